package vn.kdclgd.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import vn.kdclgd.rules.KdclException;

/** The error-code table in docs/evidence-codes.md and the public API boundary of the package. */
class EvidenceDocsAndApiTest {

    private static List<Field> errorConstants() {
        List<Field> fields = new ArrayList<>();
        for (Field f : EvidenceCodeErrors.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                fields.add(f);
            }
        }
        return fields;
    }

    @Test
    void errorCodesAreDistinctAndInTheKdcl30Range() throws IllegalAccessException {
        Set<String> seen = new HashSet<>();
        for (Field f : errorConstants()) {
            String code = (String) f.get(null);
            assertThat(code).matches("KDCL-30\\d\\d");
            assertThat(seen.add(code)).as("code %s used twice", code).isTrue();
        }
        assertThat(seen).hasSize(18);
    }

    private static Path doc() {
        String dir = System.getProperty("kdclgd.project.dir", "..");
        Path p = Path.of(dir, "docs", "evidence-codes.md");
        if (!Files.exists(p)) {
            p = Path.of("..", "docs", "evidence-codes.md");
        }
        return p;
    }

    @Test
    void everyErrorCodeIsDocumented() throws IOException, IllegalAccessException {
        Path doc = doc();
        assumeTrue(Files.exists(doc), "docs/evidence-codes.md not found from " + doc.toAbsolutePath());
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        for (Field f : errorConstants()) {
            String row = "| `" + f.get(null) + "` | `" + f.getName() + "` |";
            assertThat(text).as("docs row for %s", f.getName()).contains(row);
        }
    }

    @Test
    void theDocumentedExampleMessageIsWhatUsersSee() throws IOException {
        Path doc = doc();
        assumeTrue(Files.exists(doc));
        String text = Files.readString(doc, StandardCharsets.UTF_8).replace("\n", " ").replace("\r", "");
        KdclException e = org.assertj.core.api.Assertions.catchThrowableOfType(KdclException.class,
                () -> EvidenceCodes.parse("[H1-1.1-1]"));
        // the doc wraps the line; compare with line breaks as spaces
        assertThat(text.replaceAll("\\s+", " ")).contains(e.problems().get(0).toString().replaceAll("\\s+", " "));
    }

    @Test
    void publicApiDoesNotExposeInternalTypes() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.kdclgd.rules.evidence");
        List<String> leaks = new ArrayList<>();
        for (JavaClass c : classes) {
            if (!c.getPackageName().equals("vn.kdclgd.rules.evidence") || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            for (JavaCodeUnit m : c.getCodeUnits()) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
                    continue;
                }
                m.getAllInvolvedRawTypes().stream()
                        .filter(t -> t.getPackageName().contains(".internal"))
                        .forEach(t -> leaks.add(m.getFullName() + " -> " + t.getName()));
            }
            c.getFields().stream()
                    .filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC))
                    .filter(f -> f.getRawType().getPackageName().contains(".internal"))
                    .forEach(f -> leaks.add(f.getFullName()));
        }
        assertThat(leaks).isEmpty();
    }
}
