package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdclgd.smas.testing.Fixtures;

/** The kind is decided by content, never by extension; what is not a table is refused clearly. */
class KindDetectionTest {
    private static final List<List<Object>> ROWS = List.of(List.of("Mã HS", "Họ và tên"), List.of("HS01", "An"));

    @TempDir
    Path dir;

    private static FileKind kindOf(Path file) throws IOException {
        try (TabularSource s = Sources.open(file, ReadLimits.defaults())) {
            return s.kind();
        }
    }

    @Test
    void csvRenamedXlsIsReadAsCsv() {
        Path f = Fixtures.csv(dir.resolve("hs.xls"), "Mã HS,Họ và tên\r\nHS01,An\r\n", StandardCharsets.UTF_8, false);
        Reads.Sheet sheet = Reads.read(f, 0);
        assertThat(sheet.texts()).containsExactly(List.of("Mã HS", "Họ và tên"), List.of("HS01", "An"));
    }

    @Test
    void xlsxRenamedCsvIsReadAsXlsx() throws IOException {
        Path f = Fixtures.xlsx(dir.resolve("hs.csv"), "HocSinh", ROWS);
        assertThat(kindOf(f)).isEqualTo(FileKind.XLSX);
        assertThat(Reads.read(f, 0).texts()).containsExactly(List.of("Mã HS", "Họ và tên"), List.of("HS01", "An"));
    }

    @Test
    void xlsRenamedXlsxIsReadAsXls() throws IOException {
        Path f = Fixtures.xls(dir.resolve("hs.xlsx"), "HocSinh", ROWS);
        assertThat(kindOf(f)).isEqualTo(FileKind.XLS);
        assertThat(Reads.read(f, 0).texts()).containsExactly(List.of("Mã HS", "Họ và tên"), List.of("HS01", "An"));
    }

    @Test
    void kindsAndSheetsAreReported() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("a.xlsx"), "HocSinh", ROWS);
        Path csv = Fixtures.csv(dir.resolve("ds.csv"), "a,b\r\n", StandardCharsets.UTF_8, false);
        try (TabularSource s = Sources.open(xlsx, ReadLimits.defaults())) {
            assertThat(s.file()).isEqualTo(xlsx);
            assertThat(s.charset()).isEmpty();
            assertThat(s.sheets()).containsExactly(new SheetInfo(0, "HocSinh", false));
        }
        try (TabularSource s = Sources.open(csv, ReadLimits.defaults())) {
            assertThat(s.kind()).isEqualTo(FileKind.CSV);
            assertThat(s.charset()).contains("UTF-8");
            assertThat(s.sheets()).containsExactly(new SheetInfo(0, "ds", false));
        }
    }

    @Test
    void emptyFileIsRefused() {
        Path f = Fixtures.bytes(dir.resolve("hs.xlsx"), new byte[0]);
        Reads.fails(f, ReadErrors.EMPTY).hasMessageContaining("hs.xlsx").hasMessageContaining("rỗng");
    }

    @Test
    void missingFileIsRefused() {
        Reads.fails(dir.resolve("none.xlsx"), ReadErrors.CANNOT_READ).hasMessageContaining("none.xlsx");
    }

    @Test
    void binaryJunkIsRefused() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[0] = 'J';
        Path f = Fixtures.bytes(dir.resolve("hs.xls"), junk);
        Reads.fails(f, ReadErrors.NOT_A_TABLE).hasMessageContaining("binary");
    }

    @Test
    void pdfIsRefused() {
        Path f = Fixtures.bytes(dir.resolve("hs.xlsx"), "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        Reads.fails(f, ReadErrors.NOT_A_TABLE).hasMessageContaining("PDF");
    }

    @Test
    void wordDocumentIsRefused() throws IOException {
        Path f = dir.resolve("hs.xlsx");
        try (OutputStream os = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        Reads.fails(f, ReadErrors.NOT_A_TABLE).hasMessageContaining("Word");
    }

    @Test
    void ole2DocumentThatIsNotAWorkbookIsRefused() throws IOException {
        Path f = ole2(dir.resolve("hs.xls"), "WordDocument");
        Reads.fails(f, ReadErrors.NOT_A_TABLE).hasMessageContaining("Word");
    }

    @Test
    void encryptedXlsxIsRefused() throws IOException {
        Path f = ole2(dir.resolve("hs.xlsx"), "EncryptionInfo", "EncryptedPackage");
        Reads.fails(f, ReadErrors.ENCRYPTED).hasMessageContaining("mật khẩu").hasMessageContaining("password");
    }

    /** An OLE2 compound file holding empty streams of the given names (as Word or an encrypted xlsx has). */
    private static Path ole2(Path file, String... streams) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream os = Files.newOutputStream(file)) {
            for (String name : streams) {
                fs.createDocument(new ByteArrayInputStream(new byte[600]), name);
            }
            fs.writeFilesystem(os);
        }
        return file;
    }

    @Test
    void webPageSavedAsXlsIsRefused() {
        Path f = Fixtures.csv(dir.resolve("hs.xls"), "\n<html><body><table><tr><td>An</td></tr></table>",
                StandardCharsets.UTF_8, true);
        Reads.fails(f, ReadErrors.WEB_PAGE).hasMessageContaining(".xlsx");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading() {
        Path f = Fixtures.xlsx(dir.resolve("hs.xlsx"), "HocSinh", ROWS);
        ReadLimits tiny = new ReadLimits(100, 1L << 30, 200, 100, 100, 100);
        Reads.fails(f, tiny, ReadErrors.TOO_LARGE).hasMessageContaining("hs.xlsx");
    }

    @Test
    void unknownSheetIndexIsAClearError() throws IOException {
        Path f = Fixtures.xlsx(dir.resolve("hs.xlsx"), "HocSinh", ROWS);
        try (TabularSource s = Sources.open(f, ReadLimits.defaults())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.read(3, r -> true))
                    .isInstanceOf(vn.kdclgd.rules.KdclException.class)
                    .hasMessageContaining(ReadErrors.NO_SUCH_SHEET);
        }
    }
}
