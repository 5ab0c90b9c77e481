package vn.kdclgd.report.internal.docs.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kdclgd.report.internal.docs.common.FormsTestSupport.*;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.internal.docs.Context;
import vn.kdclgd.report.internal.docx.Styles;

class AssessmentPlanTest {
    static final List<String> SECTIONS = List.of("I. Mục đích tự đánh giá", "II. Phạm vi tự đánh giá", "III. Công cụ tự đánh giá",
            "IV. Hội đồng tự đánh giá", "V. Tập huấn nghiệp vụ tự đánh giá (nếu có)",
            "VI. Dự kiến các nguồn lực (nhân lực, tài chính,...) và thời điểm cần huy động/cung cấp",
            "VII. Dự kiến thuê chuyên gia tư vấn để giúp Hội đồng triển khai TĐG", "VIII. Lập Bảng danh mục mã minh chứng",
            "IX. Thời gian và nội dung hoạt động");

    @Test
    void tt2018Thcs() {
        ReportInput in = sample("TT18-2018");
        XWPFDocument doc = render(DocumentKind.PLAN, in, "tt2018-plan.docx");
        assertThat(styled(doc, Styles.HEADING2)).containsExactlyElementsOf(SECTIONS);
        assertThat(styled(doc, Styles.HEADING3)).containsExactly("1. Thành phần Hội đồng TĐG", "2. Nhóm thư ký và các nhóm công tác",
                "3. Phân công nhiệm vụ");
        var p = paragraphs(doc);
        assertThat(p).contains("KẾ HOẠCH TỰ ĐÁNH GIÁ",
                "1. Xác định cơ sở giáo dục phổ thông đáp ứng mục tiêu giáo dục trong từng giai đoạn; lập kế hoạch cải tiến chất lượng, duy trì"
                        + " và nâng cao chất lượng các hoạt động của nhà trường; thông báo công khai với các cơ quan quản lý nhà nước và xã hội"
                        + " về thực trạng chất lượng của nhà trường; để cơ quan quản lý nhà nước đánh giá, công nhận hoặc không công nhận cơ sở"
                        + " giáo dục phổ thông đạt kiểm định chất lượng giáo dục.",
                "3. Các mục đích cụ thể khác (nếu có).",
                "Nhà trường triển khai hoạt động TĐG được quy định tại Thông tư số 18/2018/TT-BGDĐT.",
                "Công cụ TĐG là tiêu chuẩn đánh giá trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học"
                        + " ban hành kèm theo Thông tư số 18/2018/TT-BGDĐT và các tài liệu hướng dẫn.",
                "Hội đồng TĐG được thành lập theo " + in.council().decision().orElseThrow() + ", Hội đồng gồm có 7 thành viên.",
                "a) Nhóm thư ký: Lê Thị Mai, Vũ Thị Lan.",
                "b) Các nhóm công tác, cá nhân (Có thể bao gồm: các thành viên trong Hội đồng TĐG, cán bộ, giáo viên, nhân viên,...)",
                "Tuỳ theo từng điều kiện cụ thể, mỗi trường xác định thời gian thực hiện phù hợp để hoàn thành hoạt động TĐG.");
        assertThat(allText(doc)).contains("TM. HỘI ĐỒNG", "CHỦ TỊCH", "Nguyễn Thị Hoa", "- Cơ quan chủ quản (để b/c);", "HỘI ĐỒNG TỰ ĐÁNH GIÁ");
        int criteria = catalog("TT18-2018").criteria().size();
        XWPFTable council = tables(doc, "STT", "Họ và tên", "Chức vụ, chức danh", "Nhiệm vụ").get(0);
        assertThat(council.getRows()).hasSize(1 + in.council().members().size());
        XWPFTable assignments = tables(doc, "STT", "Tiêu chí", "Nhóm công tác, cá nhân chịu trách nhiệm", "Ghi chú").get(0);
        assertThat(assignments.getRows()).hasSize(1 + criteria);
        assertThat(cell(assignments, 1, 1)).startsWith("Tiêu chí 1.1: ");
        assertThat(cell(assignments, 1, 2)).startsWith("Nhóm công tác tiêu chuẩn 1");
        XWPFTable resources = tables(doc, "Tiêu chuẩn", "Tiêu chí", "Các nguồn lực cần huy động/cung cấp").get(0);
        assertThat(resources.getRows()).hasSize(1 + criteria);
        assertThat(cell(resources, 1, 2)).isEqualTo("Văn bản, hồ sơ chứng minh các yêu cầu của tiêu chí 1.1");
        assertThat(cell(resources, 1, 3)).isEqualTo("chưa có dữ liệu");
        XWPFTable timeline = tables(doc, "Thời gian", "Nội dung hoạt động").get(0);
        assertThat(timeline.getRows()).hasSize(1 + in.plan().timeline().size());
        var first = in.plan().timeline().get(0);
        assertThat(cell(timeline, 1, 0)).isEqualTo(Context.shortDate(first.start()) + " – " + Context.shortDate(first.end()));
        assertThat(p).anyMatch(s -> s.contains("Tuần 1 … Tuần 16") && s.contains("Công văn 5932/BGDĐT-QLCL") && s.contains("ví dụ minh họa"));
        assertThat(p).doesNotContain("Sau đây là ví dụ minh họa về thời gian và nội dung hoạt động triển khai thực hiện hoạt động TĐG:");
    }

    @Test
    void tt2018MamNon() {
        XWPFDocument doc = render(DocumentKind.PLAN, sample("TT19-2018"), "tt2018-mn-plan.docx");
        assertThat(paragraphs(doc)).contains("Nhà trường triển khai hoạt động TĐG được quy định tại Thông tư số 19/2018/TT-BGDĐT.",
                "Công cụ TĐG là tiêu chuẩn đánh giá trường mầm non ban hành kèm theo Thông tư số 19/2018/TT-BGDĐT và các tài liệu hướng dẫn.")
                .anyMatch(s -> s.startsWith("1. Xác định trường mầm non đáp ứng"));
        XWPFTable assignments = tables(doc, "STT", "Tiêu chí").get(0);
        assertThat(assignments.getRows()).hasSize(1 + catalog("TT19-2018").criteria().size());
    }

    @Test
    void tt57() {
        XWPFDocument doc = render(DocumentKind.PLAN, sample("TT57-2026-PT"), "tt57-plan.docx");
        assertThat(styled(doc, Styles.HEADING2)).containsExactlyElementsOf(SECTIONS);
        assertThat(paragraphs(doc)).contains("Nhà trường triển khai hoạt động TĐG được quy định tại Thông tư số 57/2026/TT-BGDĐT.")
                .noneMatch(s -> s.contains("2018/TT-BGDĐT"));
        assertThat(tables(doc, "STT", "Tiêu chí").get(0).getRows()).hasSize(1 + catalog("TT57-2026-PT").criteria().size());
    }

    @Test
    void sparseInputPrintsTheExampleTimelineAndMissingData() {
        XWPFDocument doc = render(DocumentKind.PLAN, sparse("TT18-2018"), null);
        var p = paragraphs(doc);
        assertThat(p).contains("Sau đây là ví dụ minh họa về thời gian và nội dung hoạt động triển khai thực hiện hoạt động TĐG:",
                "Hội đồng TĐG được thành lập theo chưa có dữ liệu, Hội đồng gồm có chưa có dữ liệu thành viên.");
        XWPFTable timeline = tables(doc, "Thời gian", "Nội dung hoạt động").get(0);
        assertThat(timeline.getRows()).hasSize(1 + 8);
        assertThat(cell(timeline, 1, 0)).isEqualTo("Tuần 1");
        assertThat(cell(timeline, 8, 0)).isEqualTo("Tuần 15 - 16");
        assertThat(cell(timeline, 8, 1)).contains("2. Cập nhật lại báo cáo TĐG (nếu cần) trước khi thực hiện việc đăng ký ĐGN với cơ quan có thẩm quyền.");
        XWPFTable resources = tables(doc, "Tiêu chuẩn", "Tiêu chí", "Các nguồn lực cần huy động/cung cấp").get(0);
        assertThat(cell(resources, 1, 2)).isEqualTo("chưa có dữ liệu");
        assertThat(cell(tables(doc, "STT", "Tiêu chí").get(0), 1, 2)).isEqualTo("chưa có dữ liệu");
    }
}
