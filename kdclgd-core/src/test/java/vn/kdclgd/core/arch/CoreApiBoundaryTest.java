package vn.kdclgd.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** kdclgd-core's API never exposes internal types, and no public entity uses Hibernate-only API. */
@AnalyzeClasses(packages = "vn.kdclgd.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreApiBoundaryTest {
    private static final DescribedPredicate<JavaClass> INTERNAL = new DescribedPredicate<>("internal types") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().contains(".internal");
        }
    };

    @ArchTest
    static final ArchRule apiDoesNotExposeInternals = methods()
            .that().arePublic()
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
            .and().areDeclaredInClassesThat().arePublic()
            .should().haveRawReturnType(DescribedPredicate.not(INTERNAL))
            .andShould().haveRawParameterTypes(DescribedPredicate.not(DescribedPredicate.anyElementThat(INTERNAL)));

    @ArchTest
    static final ArchRule noHibernateOnlyApi = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..")
            .because("the entities and services use Jakarta Persistence only; the provider is the vendor's");
}
