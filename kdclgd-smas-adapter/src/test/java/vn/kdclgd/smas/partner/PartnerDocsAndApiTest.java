package vn.kdclgd.smas.partner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import vn.kdclgd.smas.partner.internal.ConfigProperties;
import vn.kdclgd.smas.partner.internal.PartnerCodes;

/** The error codes and configuration keys are documented, and the API does not expose internals. */
class PartnerDocsAndApiTest {

    private static List<String> codes() throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field f : PartnerCodes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        return codes;
    }

    private static String doc(String name) throws IOException {
        Path p = Path.of(System.getProperty("kdclgd.project.dir", ".."), "docs", name);
        if (!Files.exists(p)) {
            p = Path.of("..", "docs", name);
        }
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void codesAreDistinctAndInTheKdcl93Range() throws IllegalAccessException {
        List<String> codes = codes();
        assertThat(codes).hasSize(19).doesNotHaveDuplicates().allMatch(c -> c.matches("KDCL-93\\d\\d"));
    }

    @Test
    void everyCodeHasARowInErrorsMdAndInThePartnerPage() throws IOException, IllegalAccessException {
        String errors = doc("errors.md");
        String partner = doc("smas-partner-api.md");
        for (String code : codes()) {
            assertThat(errors).as("docs/errors.md row for %s", code).contains("| " + code + " |");
            assertThat(partner).as("docs/smas-partner-api.md mentions %s", code).contains(code);
        }
    }

    @Test
    void everyConfigurationKeyIsDocumented() throws IOException {
        String partner = doc("smas-partner-api.md");
        assertThat(ConfigProperties.KEYS).hasSize(31);
        for (String key : ConfigProperties.KEYS) {
            assertThat(partner).as("docs/smas-partner-api.md documents %s", key).contains("| `" + key + "` |");
        }
    }

    private static final DescribedPredicate<JavaClass> INTERNAL = new DescribedPredicate<>("internal types") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().contains(".internal");
        }
    };

    private static JavaClasses classes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.kdclgd.smas.partner");
    }

    @Test
    void theApiDoesNotExposeInternals() {
        JavaClasses classes = classes();
        assertThat(classes.contain(SmasPartnerClient.class)).isTrue();
        assertThat(classes.contain(PartnerCodes.class)).isTrue();
        methods().that().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .and().areDeclaredInClassesThat().arePublic()
                .should().haveRawReturnType(DescribedPredicate.not(INTERNAL))
                .andShould().haveRawParameterTypes(DescribedPredicate.not(DescribedPredicate.anyElementThat(INTERNAL)))
                .check(classes);
    }

    @Test
    void noLoggingBackendAndNoFileImporterCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.slf4j.simple..", "org.apache.logging..",
                        "ch.qos.logback..", "vn.kdclgd.smas.internal..")
                .check(classes());
    }
}
