package vn.kdclgd.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FindAllTest {

    private static List<String> found(String text) {
        return EvidenceCodes.findAll(text).stream().map(EvidenceCode::format).toList();
    }

    @Test
    void tt57CitationsInRoundBrackets() {
        assertThat(found("Nhà trường đã ban hành kế hoạch năm học theo quy định (MC.1.1.01)."))
                .containsExactly("MC.1.1.01");
        assertThat(found("Nhà trường đã ban hành kế hoạch năm học theo quy định (MC.1.1.01, MC.1.1.02)."))
                .containsExactly("MC.1.1.01", "MC.1.1.02");
        assertThat(found("Tổ chuyên môn sinh hoạt định kỳ 2 lần/tháng (MC.1.3.01; MC.1.3.02; MC.2.1.05)."))
                .containsExactly("MC.1.3.01", "MC.1.3.02", "MC.2.1.05");
    }

    @Test
    void oldSchemeCitationsInSquareBrackets() {
        assertThat(found("Nhà trường có quy hoạch phát triển giai đoạn 2020-2025 [H1-1.1-01], [H1-1.1-02]."))
                .containsExactly("[H1-1.1-01]", "[H1-1.1-02]");
        assertThat(found("Hằng năm, Hội đồng trường họp 3 lần [H1-1.2-01]; [H1-1.2-02]; [H2-2.1-03]"))
                .containsExactly("[H1-1.2-01]", "[H1-1.2-02]", "[H2-2.1-03]");
        assertThat(found("Theo biên bản [H1-1.10-03] và quyết định [H1-1.4-02]"))
                .containsExactly("[H1-1.10-03]", "[H1-1.4-02]");
    }

    @Test
    void orderAndRepetitionsAreKept() {
        assertThat(found("(MC.2.1.01) … (MC.1.1.01) … (MC.2.1.01)"))
                .containsExactly("MC.2.1.01", "MC.1.1.01", "MC.2.1.01");
    }

    @Test
    void lenientFormsInText() {
        assertThat(found("Xem [ H1 - 1.10 - 03 ] và h2-2.1-01, mc.3.2.04.")).containsExactly(
                "[H1-1.10-03]", "[H2-2.1-01]", "MC.3.2.04");
        assertThat(found("Báo cáo [H1–1.1–01] (gạch nối kiểu Word)")).containsExactly("[H1-1.1-01]");
        assertThat(found("MC.1.1.01 - 5 lớp học")).containsExactly("MC.1.1.01");
        assertThat(found("…cuối câu MC.1.1.01.")).containsExactly("MC.1.1.01");
    }

    @Test
    void ignoresLookAlikes() {
        assertThat(found("")).isEmpty();
        assertThat(found(null)).isEmpty();
        assertThat(found("Năm học 2024-2025, lớp 6.1 có 35 học sinh; tiêu chí 1.1-01.")).isEmpty();
        assertThat(found("Trường TH1-1.1-01 và THCS2.1.1.01")).isEmpty();  // prefix glued to a word
        assertThat(found("MC.1.1.011 và [H1-1.1-1] và MC.1.1.01.02 và MC.1.1.01a")).isEmpty();
        assertThat(found("Phòng H2-3, tầng 1")).isEmpty();
    }

    @Test
    void scanReportsMistypedCitations() {
        List<EvidenceCitation> cited = EvidenceCodes.scan("Kế hoạch [H1-1.1-1] và biên bản [H1-1.1-02].");
        assertThat(cited).hasSize(2);
        assertThat(cited.get(0).isValid()).isFalse();
        assertThat(cited.get(0).text()).isEqualTo("H1-1.1-1");
        assertThat(cited.get(0).problem().orElseThrow().code()).isEqualTo(EvidenceCodeErrors.BAD_SEQUENCE);
        assertThat(cited.get(0).problem().orElseThrow().message()).contains("ví dụ [H1-1.1-01]");
        assertThat(cited.get(1).code()).contains(EvidenceCode.h(1, 1, 1, 2));

        String text = "Xem (MC.1.1.01, MC.01.1.02).";
        List<EvidenceCitation> scanned = EvidenceCodes.scan(text);
        assertThat(scanned).extracting(EvidenceCitation::isValid).containsExactly(true, false);
        assertThat(scanned.get(1).problem().orElseThrow().code()).isEqualTo(EvidenceCodeErrors.LEADING_ZERO);
        for (EvidenceCitation c : scanned) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
        }
    }
}
