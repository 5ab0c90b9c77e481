package vn.kdclgd.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kdclgd.core.model.StoredFile;
import vn.kdclgd.rules.KdclException;

class FileSystemEvidenceStoreTest {
    static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void storesByContentHashOnceAndReadsBack(@TempDir Path dir) throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir);
        StoredFile a = store.put(bytes("Quyết định thành lập hội đồng"), "QĐ 17.pdf", "application/pdf");
        StoredFile b = store.put(bytes("Quyết định thành lập hội đồng"), "copy.pdf", null);
        assertThat(a.sha256()).hasSize(64).isEqualTo(b.sha256());
        assertThat(a.size()).isEqualTo("Quyết định thành lập hội đồng".getBytes(StandardCharsets.UTF_8).length);
        assertThat(store.contains(a.sha256())).isTrue();
        try (InputStream in = store.open(a.sha256()).orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Quyết định thành lập hội đồng");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).as("stored once, no temporary files left").hasSize(1)
                    .allSatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo(a.sha256()));
        }
        // sha256 of "abc"
        assertThat(store.put(bytes("abc"), "abc.txt", "text/plain").sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "a/b.pdf", "a\\b.pdf", "..", ".", "x\u0000.pdf", "bad\nname.pdf", " "})
    void refusesUnsafeNames(String name, @TempDir Path dir) {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir);
        assertThatThrownBy(() -> store.put(bytes("x"), name, null))
                .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-5001"));
    }

    @Test
    void refusesFilesOverTheLimitAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir, 10);
        assertThatThrownBy(() -> store.put(bytes("01234567890"), "big.bin", null))
                .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-5002"));
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(store.put(bytes("0123456789"), "ok.bin", null).size()).isEqualTo(10);
    }

    @Test
    void unknownOrMalformedHashesAreNotFound(@TempDir Path dir) {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir);
        assertThat(store.open("0".repeat(64))).isEmpty();
        assertThat(store.contains("../../etc/passwd")).isFalse();
        assertThat(store.contains(null)).isFalse();
        assertThat(store.open("ZZ")).isEmpty();
    }
}
