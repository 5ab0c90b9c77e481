package vn.kdclgd.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** kdclgd-core's API never exposes internal types, and nothing in it uses Hibernate-only API. */
class CoreApiBoundaryTest {
    private static final DescribedPredicate<JavaClass> INTERNAL = new DescribedPredicate<>("internal types") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().contains(".internal");
        }
    };

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.kdclgd.core");
    }

    @Test
    void theImportSeesTheApiSoTheRulesCannotPassVacuously() {
        assertThat(classes.contain("vn.kdclgd.core.model.SelfAssessment")).isTrue();
        assertThat(classes.contain("vn.kdclgd.core.service.AssessmentService")).isTrue();
        assertThat(classes.contain("vn.kdclgd.core.internal.Access")).isTrue();
    }

    @Test
    void apiDoesNotExposeInternals() {
        methods().that().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .and().areDeclaredInClassesThat().arePublic()
                .should().haveRawReturnType(DescribedPredicate.not(INTERNAL))
                .andShould().haveRawParameterTypes(DescribedPredicate.not(DescribedPredicate.anyElementThat(INTERNAL)))
                .check(classes);
    }

    @Test
    void noHibernateOnlyApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.hibernate..")
                .because("the entities and services use Jakarta Persistence only; the provider is the vendor's")
                .check(classes);
    }
}
