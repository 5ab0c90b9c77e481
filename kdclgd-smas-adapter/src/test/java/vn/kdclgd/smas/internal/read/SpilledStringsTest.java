package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.smas.testing.RawXlsx;

/** The spilled shared-strings table: the same strings as fastexcel-reader, off the heap, and its temporary files. */
class SpilledStringsTest {
    private static final String PART = "xl/sharedStrings.xml";

    @TempDir
    Path dir;
    Path temp;

    @BeforeEach
    void tempDir() throws IOException {
        temp = Files.createDirectory(dir.resolve("tmp"));
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.toList();
        }
    }

    /** A package holding only a shared-strings part with these {@code <si>} contents. */
    private Path sst(List<String> items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (String si : items) {
            sb.append("<si>").append(si).append("</si>");
        }
        String xml = sb.append("</sst>").toString();
        return RawXlsx.minimal(List.of("S"), "").part(PART, xml).write(dir.resolve("s.xlsx"));
    }

    private static String t(String text) {
        return "<t xml:space=\"preserve\">" + RawXlsx.escape(text) + "</t>";
    }

    @ParameterizedTest(name = "segments of {0} bytes")
    @ValueSource(longs = {8, 16, 64, SpilledStrings.SEGMENT_BYTES})
    void stringsComeBackWhateverTheSegmentsTheyStraddle(long segmentBytes) throws IOException {
        List<String> expected = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String s = switch (i % 5) {
                case 0 -> "Nguyễn Thị Ánh " + i;
                case 1 -> "";
                case 2 -> "𝔸 ký tự ngoài BMP " + i;
                case 3 -> "x".repeat(i % 37);
                default -> "  khoảng trắng\t\n" + i + "  ";
            };
            expected.add(s);
            items.add(t(s));
        }
        Path f = sst(items);
        try (ZipFile zip = new ZipFile(f.toFile());
             SpilledStrings strings = SpilledStrings.spill(f, zip, PART, temp, 32_767, segmentBytes)) {
            assertThat(strings.size()).isEqualTo(500);
            for (int i = expected.size() - 1; i >= 0; i--) {
                assertThat(strings.get(i)).as("string " + i).isEqualTo(expected.get(i));
            }
            assertThat(strings.get(500)).as("past the end").isEmpty();
            assertThat(strings.get(Integer.MAX_VALUE)).isEmpty();
            assertThatThrownBy(() -> strings.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        }
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void richTextRunsAreJoinedPhoneticRunsSkippedLikeFastexcelReader() throws IOException {
        Path f = sst(List.of(
                "<r><rPr><b/><sz val=\"11\"/></rPr><t>Trường </t></r><r><t xml:space=\"preserve\">THCS </t></r>"
                        + "<r><t>Lê Lợi</t></r><rPh sb=\"0\" eb=\"2\"><t>よみ</t></rPh><phoneticPr fontId=\"0\"/>",
                "<t>a</t><t>b</t>",
                "<t><![CDATA[<x>]]> &amp; &#x1EA1;</t>"));
        try (ZipFile zip = new ZipFile(f.toFile());
             SpilledStrings strings = SpilledStrings.spill(f, zip, PART, temp, 100, 64)) {
            assertThat(strings.get(0)).isEqualTo("Trường THCS Lê Lợi");
            assertThat(strings.get(1)).isEqualTo("ab");
            assertThat(strings.get(2)).isEqualTo("<x> & ạ");
        }
    }

    @Test
    void aStringLongerThanACellMayBeIsCutToOneCharacterOverTheLimit() throws IOException {
        Path f = sst(List.of(t("0123456789"), "<r><t>01234</t></r><r><t>56789</t></r><r><t>ABCDEF</t></r>", t("ok")));
        try (ZipFile zip = new ZipFile(f.toFile());
             SpilledStrings strings = SpilledStrings.spill(f, zip, PART, temp, 10, 64)) {
            assertThat(strings.get(0)).isEqualTo("0123456789");
            assertThat(strings.get(1)).isEqualTo("0123456789A");
            assertThat(strings.get(2)).isEqualTo("ok");
        }
    }

    @Test
    void aPartMalformedHalfwayServesTheStringsBeforeTheFault() throws IOException {
        Path f = sst(List.of(t("An"), t("Bình"), "<t>x &nope; y</t>", t("Chi")));
        try (ZipFile zip = new ZipFile(f.toFile());
             SpilledStrings strings = SpilledStrings.spill(f, zip, PART, temp, 100, 64)) {
            assertThat(strings.size()).isEqualTo(2);
            assertThat(strings.get(1)).isEqualTo("Bình");
            assertThatThrownBy(() -> strings.get(2)).isInstanceOf(IllegalStateException.class)
                    .hasCauseInstanceOf(ByteXml.XmlFault.class)
                    .satisfies(e -> assertThat(e.getCause()).hasMessageContaining("undeclared entity &nope;"));
            assertThatThrownBy(() -> strings.get(3)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(tempFiles()).isEmpty();
    }

    /**
     * The second line of defence behind {@link ZipGuard}'s refusal of DTDs, as for fastexcel-reader in
     * {@code HostileFileTest}: the spill reader's parser neither resolves an external entity nor expands
     * a billion laughs.
     */
    @Test
    void theParserNeitherResolvesNorExpandsEntities() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        StringBuilder laughs = new StringBuilder("<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        for (String[] attack : new String[][] {
                {"<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">", "&xxe;"}, {laughs.toString(), "&lol9;"}}) {
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE sst [" + attack[0] + "]>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<si><t>An</t></si><si><t>" + attack[1] + "</t></si></sst>";
            Path f = RawXlsx.minimal(List.of("S"), "").part(PART, xml).write(dir.resolve("attack.xlsx"));
            try (ZipFile zip = new ZipFile(f.toFile());
                 SpilledStrings strings = SpilledStrings.spill(f, zip, PART, temp, 32_767, 64)) {
                String second;
                try {
                    second = strings.get(1);
                } catch (IllegalStateException e) {
                    second = "refused: " + e.getCause();
                }
                assertThat(second).doesNotContain("TOPSECRET").hasSizeLessThan(1000);
            }
        }
    }

    @Test
    void noTableGivesNullForEveryIndex() {
        try (SpilledStrings strings = SpilledStrings.none()) {
            assertThat(strings.get(0)).isNull();
            assertThat(strings.get(-1)).isNull();
        }
    }

    @Test
    void theTemporaryFilesAreOwnerOnlyWhileOpenAndGoneAfterClose() throws IOException {
        Path f = sst(List.of(t("Nguyễn Văn An")));
        try (ZipFile zip = new ZipFile(f.toFile())) {
            SpilledStrings strings = SpilledStrings.spill(f, zip, PART, temp, 100, 64);
            List<Path> files = tempFiles();
            assertThat(files).hasSize(2).allMatch(p -> p.getFileName().toString().startsWith("kdclgd-sst-"));
            if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                for (Path p : files) {
                    assertThat(Files.getPosixFilePermissions(p))
                            .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
                }
            }
            assertThat(Files.size(files.stream().filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow()))
                    .isEqualTo("Nguyễn Văn An".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            strings.close();
            assertThat(tempFiles()).isEmpty();
            assertThatThrownBy(() -> strings.get(0)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aTemporaryDirectoryThatCannotBeWrittenIsKdcl9118() throws IOException {
        Path f = sst(List.of(t("An")));
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        try (ZipFile zip = new ZipFile(f.toFile())) {
            for (Path bad : List.of(notADirectory, dir.resolve("missing"))) {
                assertThatThrownBy(() -> SpilledStrings.spill(f, zip, PART, bad, 100, 64))
                        .isInstanceOf(KdclException.class)
                        .satisfies(e -> {
                            assertThat(((KdclException) e).code()).isEqualTo(ReadErrors.TEMP_FILES);
                            assertThat(Reads.where(e)).isEqualTo("s.xlsx part xl/sharedStrings.xml");
                        })
                        .hasMessageContaining("java.io.tmpdir").hasMessageContaining("tệp tạm");
            }
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("kdclgd-sst-"))).isEmpty();
        }
    }

    @ParameterizedTest(name = "disk full after {0} bytes")
    @ValueSource(ints = {0, 100, 70_000, 150_000})
    void aDiskThatFillsUpWhileSpillingIsKdcl9118AndLeavesNoFile(int room) throws IOException {
        // about 200 KB of text: the 64 KiB write buffers overflow while the part is still being parsed
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            items.add(t("Học sinh số " + i + ", địa chỉ: số " + i + " đường Lê Lợi, phường Bến Thành"));
        }
        Path f = sst(items);
        SpilledStrings.FileSink full = path -> new FilterOutputStream(Files.newOutputStream(path)) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written + len > room) {
                    throw new IOException("No space left on device");
                }
                written += len;
                out.write(b, off, len);
            }
        };
        try (ZipFile zip = new ZipFile(f.toFile())) {
            assertThatThrownBy(() -> SpilledStrings.spill(f, zip, PART, temp, 100, 64, full))
                    .isInstanceOf(KdclException.class)
                    .satisfies(e -> assertThat(((KdclException) e).code()).isEqualTo(ReadErrors.TEMP_FILES))
                    .hasRootCauseMessage("No space left on device");
        }
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void segmentsMustBeWholeLongs() throws IOException {
        Path f = sst(List.of(t("An")));
        try (ZipFile zip = new ZipFile(f.toFile())) {
            for (long bad : new long[] {0, 12, 1L << 31}) {
                assertThatThrownBy(() -> SpilledStrings.spill(f, zip, PART, temp, 100, bad))
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
        assertThat(tempFiles()).isEmpty();
    }
}
