package vn.kdclgd.app.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** The evidence upload check: extension list, content signature per type, size limit, empty files. */
class EvidenceUploadTest {
    private final EvidenceUpload upload = new EvidenceUpload(1000);

    @Test
    void acceptsEachTypeWithItsSignature() {
        assertThat(check("a.pdf", bytes("%PDF-1.4 x"))).isEmpty();
        assertThat(check("a.DOCX", new byte[] {'P', 'K', 3, 4, 0})).isEmpty();
        assertThat(check("a.xlsx", new byte[] {'P', 'K', 3, 4, 0})).isEmpty();
        assertThat(check("a.zip", new byte[] {'P', 'K', 5, 6, 0})).isEmpty();
        assertThat(check("a.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0})).isEmpty();
        assertThat(check("a.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEmpty();
        assertThat(check("a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})).isEmpty();
        assertThat(check("ghi chú.txt", bytes("Biên bản họp hội đồng"))).isEmpty();
    }

    @Test
    void refusesOtherTypesMismatchedContentLargeAndEmptyFiles() {
        assertThat(check("a.html", bytes("<html>")).get(0).code()).isEqualTo("KDCL-9532");
        assertThat(check("noextension", bytes("x")).get(0).code()).isEqualTo("KDCL-9532");
        assertThat(check("a.docx", bytes("%PDF-1.4")).get(0).code()).isEqualTo("KDCL-9532");
        assertThat(check("a.txt", new byte[] {'M', 'Z', 0, 1}).get(0).code()).isEqualTo("KDCL-9532");
        assertThat(check("a.txt", bytes("%PDF-1.4")).get(0).message()).contains("không khớp");
        assertThat(check("a.pdf", new byte[1001]).get(0).code()).isEqualTo("KDCL-9533");
        assertThat(check("a.pdf", new byte[0]).get(0).code()).isEqualTo("KDCL-9534");
    }

    @Test
    void mediaTypeComesFromTheCheckedExtension() {
        assertThat(EvidenceUpload.mediaType("Quyết định.PDF")).isEqualTo("application/pdf");
        assertThat(EvidenceUpload.mediaType("x.unknown")).isEqualTo("application/octet-stream");
    }

    @Test
    void sizesAreShownForPeople() {
        assertThat(EvidenceUpload.mb(20971520)).isEqualTo("20 MB");
        assertThat(EvidenceUpload.mb(1572864)).isEqualTo("1,5 MB");
        assertThat(EvidenceUpload.mb(65536)).isEqualTo("64 KB");
    }

    private java.util.List<vn.kdclgd.rules.Problem> check(String name, byte[] content) {
        return upload.check(new MockMultipartFile("file", name, "application/octet-stream", content));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
