package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Every place form {@link ReadErrors} writes is taken apart into the fields the import report shows. */
class ProblemPlaceTest {
    @Test
    void everyFormReadErrorsWritesIsTakenApart() {
        Path f = Path.of("dir", "Danh sách sheet 1.xlsx");
        String name = "Danh sách sheet 1.xlsx";
        Object[][] cases = {
            {ReadErrors.where(f), "", 0, "", ""},
            {ReadErrors.where(f, null), "", 0, "", ""},
            {ReadErrors.where(f, "HocSinh"), "HocSinh", 0, "", ""},
            {ReadErrors.where(f, "Lớp \"6A\" row 3", 12), "Lớp \"6A\" row 3", 12, "", ""},
            {ReadErrors.where(f, "HocSinh", 7, 27), "HocSinh", 7, "AB", ""},
            {ReadErrors.where(f, null, 2) + " column C", "", 2, "C", ""},
            {ReadErrors.wherePart(f, "xl/sharedStrings.xml"), "", 0, "", "xl/sharedStrings.xml"},
        };
        for (Object[] c : cases) {
            assertThat(ProblemPlace.of((String) c[0], name)).as((String) c[0])
                    .isEqualTo(new ProblemPlace((String) c[1], (int) c[2], (String) c[3], (String) c[4]));
        }
    }

    @Test
    void aPlaceAboutAnotherFileOrInAnotherFormIsEmpty() {
        assertThat(ProblemPlace.of("other.xlsx row 3", "hs.xlsx")).isEqualTo(new ProblemPlace("", 0, "", ""));
        assertThat(ProblemPlace.of("hs.xlsx, somewhere", "hs.xlsx")).isEqualTo(new ProblemPlace("", 0, "", ""));
        assertThat(ProblemPlace.of(null, "hs.xlsx")).isEqualTo(new ProblemPlace("", 0, "", ""));
    }
}
