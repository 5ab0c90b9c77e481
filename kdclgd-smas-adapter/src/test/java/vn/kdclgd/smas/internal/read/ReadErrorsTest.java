package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReadErrorsTest {

    @Test
    void everyCodeIsDocumentedOnceInErrorsMd() throws IOException, IllegalAccessException {
        String doc = Files.readString(Path.of("..", "docs", "errors.md"));
        List<String> codes = new ArrayList<>();
        for (Field f : ReadErrors.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        assertThat(codes).hasSize(17).doesNotHaveDuplicates().allMatch(c -> c.matches("KDCL-91\\d\\d"));
        for (String code : codes) {
            assertThat(doc.split("\\| " + code + " \\|", -1)).as(code).hasSize(2);
        }
    }

    @Test
    void columnNames() {
        assertThat(ReadErrors.columnName(0)).isEqualTo("A");
        assertThat(ReadErrors.columnName(25)).isEqualTo("Z");
        assertThat(ReadErrors.columnName(26)).isEqualTo("AA");
        assertThat(ReadErrors.columnName(701)).isEqualTo("ZZ");
        assertThat(ReadErrors.columnName(702)).isEqualTo("AAA");
        assertThat(XlsxParts.columnOf("AAA12")).isEqualTo(702);
        assertThat(XlsxParts.columnOf("c7")).isEqualTo(2);
    }

    @Test
    void numbersAsExcelShowsThem() {
        assertThat(SheetContext.plain(1234567.0)).isEqualTo("1234567");
        assertThat(SheetContext.plain(-0.0)).isEqualTo("0");
        assertThat(SheetContext.plain(8.1999999999999993)).isEqualTo("8.2");
        assertThat(SheetContext.plain(1.0 / 3)).isEqualTo("0.333333333333333");
        assertThat(SheetContext.plain(123456789012.0)).isEqualTo("123456789012");
        assertThat(SheetContext.plain(Double.NaN)).isEqualTo("NaN");
    }
}
