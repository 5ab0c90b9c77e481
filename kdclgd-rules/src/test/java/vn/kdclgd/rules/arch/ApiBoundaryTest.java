package vn.kdclgd.rules.arch;

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

/** The public API (everything outside {@code ..internal..}) never exposes internal or Jackson types. */
class ApiBoundaryTest {
    private static final DescribedPredicate<JavaClass> INTERNAL_OR_JACKSON = new DescribedPredicate<>("internal or Jackson types") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().contains(".internal") || c.getPackageName().startsWith("com.fasterxml.jackson");
        }
    };

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.kdclgd.rules");
    }

    @Test
    void theImportSeesTheApiSoTheRulesCannotPassVacuously() {
        assertThat(classes.contain("vn.kdclgd.rules.rating.RatingEngine")).isTrue();
        assertThat(classes.contain("vn.kdclgd.rules.catalog.CatalogRegistry")).isTrue();
        assertThat(classes.contain("vn.kdclgd.rules.internal.rating.Rater")).isTrue();
    }

    @Test
    void publicMethodsDoNotExposeInternalsOrJackson() {
        methods().that().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .and().areDeclaredInClassesThat().arePublic()
                .should().haveRawReturnType(DescribedPredicate.not(INTERNAL_OR_JACKSON))
                .andShould().haveRawParameterTypes(DescribedPredicate.not(DescribedPredicate.anyElementThat(INTERNAL_OR_JACKSON)))
                .because("vendors must be able to rely on the API without internal classes or a Jackson version")
                .check(classes);
    }

    @Test
    void noLoggingBackendOnTheCompilePath() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.slf4j.simple..", "ch.qos.logback..", "org.apache.logging.log4j..")
                .check(classes);
    }
}
