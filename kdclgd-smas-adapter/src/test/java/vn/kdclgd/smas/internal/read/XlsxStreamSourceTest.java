package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.smas.internal.legacy.LegacyEncoding;
import vn.kdclgd.smas.testing.Fixtures;
import vn.kdclgd.smas.testing.RawXlsx;

/**
 * Choosing between kdclgd's reader (strings on the heap or spilled) and fastexcel-reader, the temporary
 * files of spilled strings around a whole read (also a failing one), and what an open source offers —
 * sheets, reading again, stopping — the same through every reader.
 */
class XlsxStreamSourceTest {
    @TempDir
    Path dir;
    Path temp;

    @BeforeEach
    void tempDir() throws IOException {
        temp = Files.createDirectory(dir.resolve("tmp"));
    }

    private XlsxSource.Options options(XlsxSource.Engine engine) {
        return new XlsxSource.Options(engine, temp, 64);
    }

    private TabularSource open(Path f, XlsxSource.Engine engine) {
        return Sources.open(f, ReadLimits.defaults(), LegacyEncoding.NONE, options(engine));
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.toList();
        }
    }

    private Path students(int rows) {
        List<List<Object>> table = new ArrayList<>();
        table.add(List.of("Mã HS", "Họ và tên"));
        for (int i = 1; i <= rows; i++) {
            table.add(List.of("HS" + i, "Học sinh " + i));
        }
        return Fixtures.xlsx(dir.resolve("hs.xlsx"), "HocSinh", table);
    }

    @Test
    void theHeapBudgetDecides() {
        long mib = 1 << 20;
        assertThat(XlsxSource.fitsHeap(0, 64 * mib)).isTrue();
        assertThat(XlsxSource.fitsHeap(24 * mib, 64 * mib)).as("2 × 24 MiB = 3/4 of 64 MiB").isTrue();
        assertThat(XlsxSource.fitsHeap(24 * mib + 1, 64 * mib)).isFalse();
        assertThat(XlsxSource.fitsHeap(30 * mib, 64 * mib)).isFalse();
        assertThat(XlsxSource.fitsHeap(300 * mib, 1024 * mib)).isTrue();
        assertThat(XlsxSource.fitsHeap(400 * mib, 1024 * mib)).isFalse();
    }

    @Test
    void kdclgdsReaderByDefaultFastexcelReaderWhenAskedTemporaryFilesOnlyWhenForcedForASmallWorkbook() throws IOException {
        Path f = students(3);
        try (TabularSource s = Sources.open(f, ReadLimits.defaults())) {
            assertThat(s).isInstanceOf(XlsxStreamSource.class);
        }
        assertThat(tempFiles()).isEmpty();
        try (TabularSource s = open(f, XlsxSource.Engine.KDCLGD)) {
            assertThat(s).isInstanceOf(XlsxStreamSource.class);
        }
        assertThat(tempFiles()).as("strings on the heap").isEmpty();
        try (TabularSource s = Sources.openWithFastexcel(f, ReadLimits.defaults())) {
            assertThat(s).isInstanceOf(XlsxSource.class);
        }
        try (TabularSource s = open(f, XlsxSource.Engine.FASTEXCEL)) {
            assertThat(s).isInstanceOf(XlsxSource.class);
        }
        try (TabularSource s = open(f, XlsxSource.Engine.KDCLGD_SPILL)) {
            assertThat(tempFiles()).hasSize(2);
            assertThat(s).isInstanceOf(XlsxStreamSource.class);
            assertThat(s.kind()).isEqualTo(FileKind.XLSX);
            assertThat(s.charset()).isEmpty();
        }
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void temporaryFilesLiveAsLongAsTheSource() throws IOException {
        Path f = students(50);
        TabularSource s = open(f, XlsxSource.Engine.KDCLGD_SPILL);
        assertThat(tempFiles()).hasSize(2);
        assertThat(Reads.read(s, 0).rows()).hasSize(51);
        assertThat(Reads.read(s, 0).rows()).as("read again").hasSize(51);
        assertThat(tempFiles()).hasSize(2);
        s.close();
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void temporaryFilesAreGoneAfterAFailureMidRead() throws IOException {
        Path f = students(50);
        // the handler fails
        try (TabularSource s = open(f, XlsxSource.Engine.KDCLGD_SPILL)) {
            assertThatThrownBy(() -> s.read(0, row -> {
                if (row.number() == 20) {
                    throw new IllegalStateException("handler failed");
                }
                return true;
            })).hasMessage("handler failed");
        }
        assertThat(tempFiles()).isEmpty();
        // a limit is hit halfway
        ReadLimits fewRows = new ReadLimits(200L << 20, 1L << 30, 200, 10, 1000, 32767);
        try (TabularSource s = Sources.open(f, fewRows, LegacyEncoding.NONE, options(XlsxSource.Engine.KDCLGD_SPILL))) {
            assertThatThrownBy(() -> Reads.read(s, 0)).isInstanceOf(KdclException.class)
                    .hasMessageContaining(ReadErrors.TOO_MANY_ROWS);
        }
        assertThat(tempFiles()).isEmpty();
        // the sheet part breaks off halfway
        Fixtures.rewritePart(f, "xl/worksheets/sheet1.xml", xml -> xml.replace("<row r=\"30\"", "<row r=\"30\"><c><v>1</c>"));
        try (TabularSource s = open(f, XlsxSource.Engine.KDCLGD_SPILL)) {
            assertThatThrownBy(() -> Reads.read(s, 0)).isInstanceOf(KdclException.class)
                    .satisfies(e -> assertThat(Reads.where(e)).isEqualTo("hs.xlsx sheet \"HocSinh\" row 30"))
                    .hasMessageContaining(ReadErrors.DAMAGED);
        }
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void temporaryFilesAreGoneWhenOpeningFailsAfterTheSpill() throws IOException {
        Path f = students(5);
        // the styles part is read after the shared strings were spilled
        Fixtures.rewritePart(f, "xl/styles.xml", xml -> xml.replace("</styleSheet>", ""));
        assertThatThrownBy(() -> open(f, XlsxSource.Engine.KDCLGD_SPILL)).isInstanceOf(KdclException.class)
                .hasMessageContaining(ReadErrors.DAMAGED);
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void anUnwritableTemporaryDirectoryIsKdcl9118WhenTheSpillReaderIsNeeded() throws IOException {
        Path f = students(5);
        Path notADirectory = Files.writeString(dir.resolve("not-a-dir"), "x");
        XlsxSource.Options bad = new XlsxSource.Options(XlsxSource.Engine.KDCLGD_SPILL, notADirectory, 64);
        assertThatThrownBy(() -> Sources.open(f, ReadLimits.defaults(), LegacyEncoding.NONE, bad))
                .isInstanceOf(KdclException.class)
                .satisfies(e -> assertThat(((KdclException) e).code()).isEqualTo(ReadErrors.TEMP_FILES))
                .satisfies(e -> assertThat(Reads.where(e)).isEqualTo("hs.xlsx part xl/sharedStrings.xml"));
        for (XlsxSource.Engine engine : List.of(XlsxSource.Engine.KDCLGD, XlsxSource.Engine.FASTEXCEL)) {
            XlsxSource.Options notNeeded = new XlsxSource.Options(engine, notADirectory, 64);
            try (TabularSource s = Sources.open(f, ReadLimits.defaults(), LegacyEncoding.NONE, notNeeded)) {
                assertThat(Reads.read(s, 0).rows()).as(engine + ": strings on the heap need no temporary file").hasSize(6);
            }
        }
    }

    @Test
    void aWorkbookWithoutSharedStringsNeedsNoTemporaryFile() throws IOException {
        Path f = RawXlsx.minimal(List.of("HocSinh"), "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>An</t></is></c>"
                + "<c r=\"B1\" t=\"s\"><v>0</v></c></row>").write(dir.resolve("inline.xlsx"));
        Fixtures.rewritePart(f, "[Content_Types].xml",
                xml -> xml.replaceAll("<Override PartName=\"/xl/sharedStrings.xml\"[^>]*/>", ""));
        assertThat(Fixtures.readPart(f, "[Content_Types].xml")).doesNotContain("sharedStrings");
        try (TabularSource s = open(f, XlsxSource.Engine.KDCLGD_SPILL)) {
            assertThat(tempFiles()).isEmpty();
            assertThat(Reads.read(s, 0).texts()).containsExactly(List.of("An"));
        }
        assertThat(Reads.read(f, 0).texts()).as("and fastexcel-reader agrees").containsExactly(List.of("An"));
    }

    /** What an open source offers, compared between the readers. */
    private record Seen(List<SheetInfo> sheets, List<Reads.Sheet> reads, List<RawRow> stopped, String noSheet) {
    }

    private Seen explore(Path f, XlsxSource.Engine engine) throws IOException {
        try (TabularSource s = open(f, engine)) {
            List<Reads.Sheet> reads = new ArrayList<>();
            for (int i = 0; i < s.sheets().size(); i++) {
                reads.add(Reads.read(s, i));
            }
            reads.add(Reads.read(s, 0));
            List<RawRow> stopped = new ArrayList<>();
            s.read(0, r -> {
                stopped.add(r);
                return stopped.size() < 2;
            });
            String noSheet = null;
            try {
                s.read(s.sheets().size(), r -> true);
            } catch (KdclException e) {
                noSheet = e.getMessage();
            }
            return new Seen(s.sheets(), reads, stopped, noSheet);
        } finally {
            assertThat(tempFiles()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = XlsxSource.Engine.class, names = {"FASTEXCEL_ONLY", "KDCLGD", "KDCLGD_SPILL"})
    void sheetsReadingAgainAndStoppingAreTheSameThroughBothReaders(XlsxSource.Engine engine) throws IOException {
        String nfd = Normalizer.normalize("Học sinh", Normalizer.Form.NFD);
        Path f = Fixtures.book()
                .sheet(nfd, List.of(List.of("a", "b", "c", "d"), List.of("1"), List.of("2"), List.of("3"))).hideColumns(1, 3)
                .sheet("Cu", List.of(List.of("x"))).hidden()
                .sheet("Trong", List.of())
                .xlsx(dir.resolve("book.xlsx"));
        Seen seen = explore(f, engine);
        assertThat(seen.sheets()).containsExactly(new SheetInfo(0, "Học sinh", false), new SheetInfo(1, "Cu", true),
                new SheetInfo(2, "Trong", false));
        assertThat(seen.reads().get(0).stats().hiddenColumns()).containsExactlyInAnyOrder(1, 3);
        assertThat(seen.reads().get(1).texts()).containsExactly(List.of("x"));
        assertThat(seen.reads().get(2).rows()).isEmpty();
        assertThat(seen.reads().get(3)).isEqualTo(seen.reads().get(0));
        assertThat(seen.stopped()).hasSize(2);
        assertThat(seen.noSheet()).contains(ReadErrors.NO_SUCH_SHEET);
        if (engine != XlsxSource.Engine.FASTEXCEL_ONLY) {
            assertThat(seen).isEqualTo(explore(f, XlsxSource.Engine.FASTEXCEL_ONLY));
        }
    }
}
