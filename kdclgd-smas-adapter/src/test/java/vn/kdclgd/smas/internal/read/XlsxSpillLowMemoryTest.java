package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdclgd.smas.testing.XlsxMemoryProbe;

/**
 * The 64 MiB goal: a student export whose shared strings do not fit a 64 MiB heap — one the reader used
 * to refuse (KDCL-9117) — is read end to end through {@link Sources#open} in a 64 MiB heap.
 *
 * <p>Tagged {@code low-memory}: runs only in the surefire execution of that name of this module
 * ({@code -Xmx64m}, temporary files under {@code target/}); in a larger heap it is skipped. The workbook is written in a
 * stream by {@link XlsxMemoryProbe}, in the same heap.
 */
@Tag("low-memory")
class XlsxSpillLowMemoryTest {
    /** Data rows: about 45 MiB of shared strings, 1.9 times what fits a 64 MiB heap's budget. */
    private static final int ROWS = 180_000;

    @TempDir
    Path dir;

    @Test
    void aWorkbookWhoseSharedStringsDoNotFitTheHeapIsReadEndToEndIn64MiB() throws IOException {
        long heap = Runtime.getRuntime().maxMemory();
        assumeTrue(heap <= 64L << 20, "run by the low-memory execution (-Xmx64m), heap here " + (heap >> 20) + " MiB");
        Path file = dir.resolve("hoc-sinh.xlsx");
        XlsxMemoryProbe.generate(file, ROWS);
        long sharedStrings;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            sharedStrings = zip.getEntry("xl/sharedStrings.xml").getSize();
        }
        assertThat(XlsxSource.fitsHeap(sharedStrings, heap))
                .as("%d MiB of shared strings fit a %d MiB heap: the test proves nothing", sharedStrings >> 20, heap >> 20)
                .isFalse();

        ReadLimits limits = new ReadLimits(1L << 30, 4L << 30, 200, 1_000_000, 1000, 32_767);
        long[] cells = {0};
        int[] rows = {0};
        RawRow[] kept = new RawRow[4];
        int[] wanted = {1, 2, 100_002, ROWS + 1};
        try (TabularSource source = Sources.open(file, limits)) {
            assertThat(source).isInstanceOf(XlsxStreamSource.class);
            assertThat(source.sheets()).containsExactly(new SheetInfo(0, "HocSinh", false));
            ReadStats stats = source.read(0, row -> {
                rows[0]++;
                cells[0] += row.cells().size();
                for (int i = 0; i < wanted.length; i++) {
                    if (row.number() == wanted[i]) {
                        kept[i] = row;
                    }
                }
                return true;
            });
            assertThat(stats.rowsRead()).isEqualTo(ROWS + 1);
            assertThat(tempFiles()).as("the spilled strings, while the source is open").hasSize(2);
        }
        assertThat(tempFiles()).as("temporary files after close").isEmpty();

        assertThat(rows[0]).isEqualTo(ROWS + 1);
        assertThat(cells[0]).isEqualTo(20L * (ROWS + 1));
        assertThat(kept[0].cell(1).text()).isEqualTo("Mã học sinh");
        assertThat(kept[0].cell(19).text()).isEqualTo("Sử");
        for (int i = 1; i < kept.length; i++) {
            long index = wanted[i] - 2L;
            List<String> uniques = XlsxMemoryProbe.uniques(index);
            RawRow row = kept[i];
            assertThat(row.cell(0).number()).isEqualTo(index + 1.0);
            assertThat(row.cell(1).text()).isEqualTo(uniques.get(0));
            assertThat(row.cell(2).text()).isEqualTo(uniques.get(1));
            assertThat(row.cell(9).text()).isEqualTo(uniques.get(4));
            assertThat(row.cell(10).text()).isEqualTo(uniques.get(5));
            assertThat(row.cell(3).date()).isTrue();
            assertThat(row.cell(3).number()).isEqualTo(38_000.0 + index % 2000);
            assertThat(row.cell(4).text()).isEqualTo(index % 2 == 0 ? "Nam" : "Nữ");
            assertThat(row.cell(6).text()).isEqualTo((6 + index % 7) + "A" + (index % 9 + 1));
        }
    }

    /** Spill files in {@code java.io.tmpdir} (the execution points it into {@code target/}). */
    private static List<Path> tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("kdclgd-sst-")).toList();
        }
    }
}
