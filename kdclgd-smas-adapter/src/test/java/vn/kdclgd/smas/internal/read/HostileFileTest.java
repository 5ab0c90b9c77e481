package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kdclgd.smas.testing.Fixtures;
import vn.kdclgd.smas.testing.RawXlsx;

/** Zip bombs, XML entity tricks, lying sizes and dimensions: refused or harmless, never a crash. */
class HostileFileTest {
    private static final String SST_PART = "xl/sharedStrings.xml";

    @TempDir
    Path dir;

    private Path plain(String name) {
        return RawXlsx.minimal(List.of("HocSinh"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .part(SST_PART, RawXlsx.sharedStrings(List.of("An")))
                .write(dir.resolve(name));
    }

    /** A sheet part of {@code rows} identical rows: compresses about a thousandfold. */
    private static String repetitiveSheet(int rows) {
        return RawXlsx.sheet("", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                + "<row><c/></row>".repeat(rows));
    }

    @Test
    void theBaselineFileIsReadable() {
        assertThat(Reads.read(plain("ok.xlsx"), 0).texts()).containsExactly(List.of("An"));
    }

    @Test
    void totalUncompressedSizeOverTheLimitIsRefused() {
        Path f = RawXlsx.minimal(List.of("HocSinh"), "").part("xl/worksheets/sheet1.xml", repetitiveSheet(200_000))
                .write(dir.resolve("big.xlsx"));
        ReadLimits limits = new ReadLimits(200L << 20, 1L << 20, 100_000, 100_000, 1000, 32767);
        Reads.fails(f, limits, ReadErrors.UNZIPS_TOO_LARGE).hasMessageContaining("big.xlsx");
    }

    @Test
    void compressionRatioOverTheLimitIsRefused() {
        Path f = RawXlsx.minimal(List.of("HocSinh"), "").level(9)
                .part("xl/worksheets/sheet1.xml", repetitiveSheet(400_000))
                .write(dir.resolve("bomb.xlsx"));
        Reads.fails(f, ReadErrors.COMPRESSION_RATIO)
                .satisfies(e -> assertThat(Reads.where(e)).isEqualTo("bomb.xlsx part xl/worksheets/sheet1.xml"));
    }

    @Test
    void aPartThatInflatesToMoreThanItsDirectoryEntrySaysIsRefused() throws IOException {
        Path f = RawXlsx.minimal(List.of("HocSinh"), "").part("xl/worksheets/sheet1.xml", repetitiveSheet(20_000))
                .write(dir.resolve("liar.xlsx"));
        shrinkDeclaredSize(f, "xl/worksheets/sheet1.xml", 1000);
        try (ZipFile zip = new ZipFile(f.toFile())) {
            assertThat(zip.getEntry("xl/worksheets/sheet1.xml").getSize()).as("the directory now lies").isEqualTo(1000);
        }
        Reads.fails(f, ReadErrors.DAMAGED).satisfies(e -> assertThat(Reads.where(e)).contains("xl/worksheets/sheet1.xml"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SST_PART, "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml"})
    void externalEntitiesAreRefusedInAnyPart(String part) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        Path f = plain("xxe.xlsx");
        Fixtures.rewritePart(f, part, xml -> withDoctype(xml,
                "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"));
        Reads.fails(f, ReadErrors.DTD).satisfies(e -> assertThat(Reads.where(e)).isEqualTo("xxe.xlsx part " + part))
                .hasMessageNotContaining("TOPSECRET");
    }

    @Test
    void billionLaughsIsRefused() {
        Path f = plain("laughs.xlsx");
        Fixtures.rewritePart(f, SST_PART, xml -> withDoctype(xml, billionLaughs()).replace(">An<", ">&lol9;<"));
        Reads.fails(f, ReadErrors.DTD);
    }

    /**
     * The second line of defence, behind {@link ZipGuard}'s refusal of DTDs: fastexcel-reader's own XML
     * factory (Aalto, DTD support off) neither reads an external entity nor expands a billion laughs.
     */
    @Test
    void fastexcelReaderItselfNeitherResolvesNorExpandsEntities() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        Path xxe = plain("xxe-direct.xlsx");
        Fixtures.rewritePart(xxe, SST_PART, xml -> withDoctype(xml,
                "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>").replace(">An<", ">&xxe;<"));
        assertThat(readRawWithFastexcel(xxe)).doesNotContain("TOPSECRET");

        Path laughs = plain("laughs-direct.xlsx");
        Fixtures.rewritePart(laughs, SST_PART, xml -> withDoctype(xml, billionLaughs()).replace(">An<", ">&lol9;<"));
        assertThat(readRawWithFastexcel(laughs)).hasSizeLessThan(1000);
    }

    /** The same for the parts kdclgd reads itself (styles, rels, column widths): no entity is resolved. */
    @Test
    void ownXmlPassesNeitherResolveNorExpandEntities() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        Path f = plain("styles.xlsx");
        Fixtures.rewritePart(f, "xl/styles.xml", xml -> withDoctype(xml,
                "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>").replace("Calibri", ".VnTime&xxe;"));
        try (ZipFile zip = new ZipFile(f.toFile()); XlsxParts parts = new XlsxParts(f, zip)) {
            assertThatThrownBy(parts::styleEncodings).hasMessageContaining(ReadErrors.DAMAGED)
                    .hasMessageNotContaining("TOPSECRET");
        }
    }

    /** Every cell's text as fastexcel-reader gives it, or the error it throws; never the entity's content. */
    private static String readRawWithFastexcel(Path f) {
        try (ReadableWorkbook wb = new ReadableWorkbook(f.toFile()); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            StringBuilder sb = new StringBuilder();
            rows.forEach(r -> r.forEach(c -> sb.append(c == null ? "" : c.getText())));
            return sb.toString();
        } catch (Exception e) {
            return "refused: " + e.getClass().getSimpleName();
        }
    }

    @Test
    void aWrongDimensionDoesNotLoseData() {
        Path f = Fixtures.xlsx(dir.resolve("dim.xlsx"), "HocSinh", List.of(
                List.of("Mã HS", "Họ và tên", "Lớp"), List.of("HS01", "An", "6A"), List.of("HS02", "Bình", "6B", "ghi chú")));
        Fixtures.rewritePart(f, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<dimension ref=\"[^\"]*\"/>",
                "<dimension ref=\"A1:B2\"/>"));
        assertThat(Fixtures.readPart(f, "xl/worksheets/sheet1.xml")).contains("<dimension ref=\"A1:B2\"/>");
        assertThat(Reads.read(f, 0).texts()).containsExactly(
                List.of("Mã HS", "Họ và tên", "Lớp"), List.of("HS01", "An", "6A"), List.of("HS02", "Bình", "6B", "ghi chú"));
    }

    @Test
    void rowsAndCellsWithoutReferencesAreNumberedInOrder() {
        Path f = RawXlsx.minimal(List.of("HocSinh"), "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c></row>"
                + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>b</t></is></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>c</t></is></c></row>").write(dir.resolve("noref.xlsx"));
        List<RawRow> rows = Reads.read(f, 0).rows();
        assertThat(rows).extracting(RawRow::number).containsExactly(1, 3, 4);
        assertThat(rows.get(0).cells()).extracting(RawCell::column).containsExactly(0, 1);
        assertThat(rows.get(1).cells()).extracting(RawCell::column).containsExactly(1);
    }

    @Test
    void aSharedStringFarLongerThanACellMayBeIsRefusedBeforeParsing() {
        Path f = plain("long.xlsx");
        StringBuilder noise = new StringBuilder();
        java.util.Random random = new java.util.Random(1);
        while (noise.length() < 300_000) {
            noise.append((char) ('a' + random.nextInt(26)));
        }
        Fixtures.rewritePart(f, SST_PART, xml -> xml.replace(">An<", ">" + noise + "<"));
        Reads.fails(f, ReadErrors.CELL_TOO_LONG).satisfies(e -> assertThat(Reads.where(e)).isEqualTo("long.xlsx part " + SST_PART));
    }

    private static String withDoctype(String xml, String doctype) {
        int afterDecl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, afterDecl) + doctype + xml.substring(afterDecl);
    }

    private static String billionLaughs() {
        StringBuilder sb = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        sb.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">");
        for (int i = 2; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return sb.append("]>").toString();
    }

    /** Rewrites the uncompressed size of {@code entry} in the central directory (the local header is left). */
    private static void shrinkDeclaredSize(Path zip, String entry, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (b.getInt(i) == 0x02014b50 && (b.getShort(i + 28) & 0xFFFF) == name.length
                    && new String(bytes, i + 46, name.length, StandardCharsets.UTF_8).equals(entry)) {
                b.putInt(i + 24, size);
                Files.write(zip, bytes);
                return;
            }
        }
        throw new IllegalStateException("no central directory entry " + entry);
    }
}
