package vn.kdclgd.rules.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The public API (everything outside {@code ..internal..}) never exposes internal or Jackson types. */
@AnalyzeClasses(packages = "vn.kdclgd.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiBoundaryTest {

    private static final DescribedPredicate<JavaClass> INTERNAL_OR_JACKSON = new DescribedPredicate<>("internal or Jackson types") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().contains(".internal") || c.getPackageName().startsWith("com.fasterxml.jackson");
        }
    };

    @ArchTest
    static final ArchRule publicMethodsDoNotExposeInternals = methods()
            .that().arePublic()
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
            .and().areDeclaredInClassesThat().arePublic()
            .should().haveRawReturnType(DescribedPredicate.not(INTERNAL_OR_JACKSON))
            .andShould().haveRawParameterTypes(DescribedPredicate.not(DescribedPredicate.anyElementThat(INTERNAL_OR_JACKSON)))
            .because("vendors must be able to rely on the API without internal classes or a Jackson version");

    @ArchTest
    static final ArchRule apiDoesNotDependOnLoggingBackends = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.slf4j.simple..", "ch.qos.logback..", "org.apache.logging.log4j..");

    @ArchTest
    static final ArchRule internalClassesArePublicOnlyForTheModule = noClasses()
            .that().resideOutsideOfPackage("..internal..")
            .and().haveModifier(JavaModifier.PUBLIC)
            .should().haveSimpleNameEndingWith("Impl");
}
