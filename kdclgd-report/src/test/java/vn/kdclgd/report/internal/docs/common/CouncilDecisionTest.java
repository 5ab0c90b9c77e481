package vn.kdclgd.report.internal.docs.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kdclgd.report.internal.docs.common.FormsTestSupport.*;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportInput;

class CouncilDecisionTest {
    private static final String DIEU1 = "Điều 1. Thành lập Hội đồng tự đánh giá Trường THCS Mẫu (dữ liệu minh hoạ) gồm các ông (bà) có tên trong"
            + " danh sách kèm theo. Giúp việc cho Hội đồng có nhóm thư ký và các nhóm công tác gồm các ông (bà) có tên trong danh sách kèm theo.";

    @Test
    void tt2018Thcs() {
        ReportInput in = sample("TT18-2018");
        XWPFDocument doc = render(DocumentKind.COUNCIL_DECISION, in, "tt2018-council-decision.docx");
        var p = paragraphs(doc);
        assertThat(p).containsSubsequence("QUYẾT ĐỊNH", "Về việc thành lập Hội đồng tự đánh giá",
                "HIỆU TRƯỞNG TRƯỜNG THCS MẪU (DỮ LIỆU MINH HOẠ)",
                "Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy định về kiểm định"
                        + " chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường trung học cơ sở, trường trung học phổ thông"
                        + " và trường phổ thông có nhiều cấp học;",
                "Căn cứ Công văn số 5932/BGDĐT-QLCL ngày 28/12/2018 của Bộ Giáo dục và Đào tạo về việc hướng dẫn tự đánh giá và đánh giá"
                        + " ngoài cơ sở giáo dục phổ thông;",
                "QUYẾT ĐỊNH:", DIEU1,
                "Điều 2. Hội đồng tự đánh giá có trách nhiệm triển khai công tác tự đánh giá Trường THCS Mẫu (dữ liệu minh hoạ) theo quy"
                        + " định của Bộ Giáo dục và Đào tạo.",
                "Điều 3. Các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
                "DANH SÁCH THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ", "(Danh sách gồm có 7 người)", "DANH SÁCH NHÓM THƯ KÝ", "DANH SÁCH NHÓM CÔNG TÁC");
        assertThat(allText(doc)).contains("UBND PHƯỜNG BẾN THÀNH — PHÒNG VĂN HÓA – XÃ HỘI", "Số: ……/……", "HIỆU TRƯỞNG", "Nguyễn Thị Hoa",
                "Nơi nhận:");
        assertThat(p).doesNotContain("BẢNG PHÂN CÔNG NHIỆM VỤ");
        var lists = tables(doc, "STT", "Họ và tên", "Chức vụ, chức danh", "Nhiệm vụ");
        assertThat(lists).hasSize(2);
        XWPFTable members = lists.get(0);
        assertThat(members.getRows()).hasSize(1 + in.council().members().size());
        assertThat(cell(members, 1, 1)).isEqualTo("Nguyễn Thị Hoa");
        assertThat(cell(members, 1, 3)).isEqualTo("Chủ tịch");
        assertThat(cell(members, 3, 3)).isEqualTo("Thư ký");
        assertThat(lists.get(1).getRows()).hasSize(1 + 2);
        assertThat(cell(lists.get(1), 1, 3)).isEqualTo("Trưởng nhóm");
        XWPFTable groups = tables(doc, "Nhóm", "Họ và tên").get(0);
        int rows = in.council().groups().stream().filter(g -> !g.secretariat()).mapToInt(g -> g.members().size()).sum();
        assertThat(groups.getRows()).hasSize(1 + rows);
        assertThat(cell(groups, 1, 0)).isEqualTo("Nhóm công tác tiêu chuẩn 1");
        assertThat(cell(groups, 1, 3)).isEqualTo("Trưởng nhóm; tiêu chí 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.10");
    }

    @Test
    void tt2018MamNon() {
        XWPFDocument doc = render(DocumentKind.COUNCIL_DECISION, sample("TT19-2018"), "tt2018-mn-council-decision.docx");
        assertThat(paragraphs(doc)).anyMatch(s -> s.startsWith("Căn cứ Thông tư số 19/2018/TT-BGDĐT") && s.endsWith("đối với trường mầm non;"))
                .contains("Căn cứ Công văn số 5942/BGDĐT-QLCL ngày 28/12/2018 của Bộ Giáo dục và Đào tạo về việc hướng dẫn tự đánh giá và đánh"
                        + " giá ngoài trường mầm non;");
    }

    @Test
    void tt57() {
        ReportInput in = sample("TT57-2026-PT");
        XWPFDocument doc = render(DocumentKind.COUNCIL_DECISION, in, "tt57-council-decision.docx");
        var p = paragraphs(doc);
        assertThat(p).containsSubsequence("QUYẾT ĐỊNH", "Về việc thành lập Hội đồng tự đánh giá", CouncilDecision.TT57_BASIS, "QUYẾT ĐỊNH:",
                DIEU1, "DANH SÁCH HỘI ĐỒNG TỰ ĐÁNH GIÁ", "DANH SÁCH NHÓM THƯ KÝ", "DANH SÁCH NHÓM CÔNG TÁC", "BẢNG PHÂN CÔNG NHIỆM VỤ");
        assertThat(p).noneMatch(s -> s.contains("5932") || s.contains("2018"));
        XWPFTable members = tables(doc, "TT", "Họ và tên", "Chức vụ", "Vai trò trong Hội đồng", "Ghi chú").get(0);
        assertThat(members.getRows()).hasSize(1 + in.council().members().size());
        XWPFTable assignments = tables(doc, "TT", "Họ và tên", "Vai trò trong Hội đồng", "Tiêu chí phụ trách").get(0);
        assertThat(assignments.getRows()).hasSize(1 + in.council().members().size());
        // every member's criteria are those of their working groups
        for (int i = 0; i < in.council().members().size(); i++) {
            String name = in.council().members().get(i).fullName();
            var expected = FormSupport.criteriaOf(in, name);
            assertThat(cell(assignments, i + 1, 3)).isEqualTo(expected.isEmpty() ? "-" : String.join(", ", expected));
        }
    }

    @Test
    void sparseInputIsVisiblyMissing() {
        XWPFDocument doc = render(DocumentKind.COUNCIL_DECISION, sparse("TT18-2018"), null);
        assertThat(paragraphs(doc)).contains("(Danh sách gồm có chưa có dữ liệu người)");
        assertThat(cell(tables(doc, "STT", "Họ và tên").get(0), 1, 0)).isEqualTo("chưa có dữ liệu");
        assertThat(allText(doc)).contains("chưa có dữ liệu");
    }
}
