package vn.kdclgd.report.internal.docs.tt57;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.internal.docx.Styles;
import vn.kdclgd.report.internal.docx.Wml;

class ImprovementPlan57Test {
    @Test
    void sectionsTablesAndQuotedText() throws Exception {
        ReportInput input = Docs57.sample();
        byte[] bytes = Docs57.write(DocumentKind.IMPROVEMENT_PLAN, input);
        Docs57.save("tt57-improvement-plan.docx", bytes);
        try (XWPFDocument doc = Docs57.open(bytes)) {
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
            assertThat(Docs57.paragraphs(doc, Styles.TITLE)).containsExactly("KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2026-2027");
            List<String> sections = Docs57.paragraphs(doc, Styles.PLAIN).stream().filter(p -> p.matches("^[IVX]+\\. .*")).toList();
            assertThat(sections).containsExactly("I. THÔNG TIN CHUNG", "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "III. MỤC ĐÍCH, YÊU CẦU",
                    "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN", "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
                    "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)", "VII. TỔ CHỨC THỰC HIỆN", "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO");
            String all = Docs57.allText(doc);
            assertThat(all).contains("Số: …/KH-…",
                    "b) Không xây dựng kế hoạch cải tiến đối với toàn bộ tiêu chí mà tập trung vào các vấn đề ưu tiên;",
                    "đ) Có cơ chế theo dõi, đánh giá và điều chỉnh trong quá trình thực hiện.",
                    "Lưu ý: Chỉ lựa chọn các vấn đề trọng tâm, có tác động trực tiếp đến chất lượng giáo dục để đưa vào kế hoạch cải tiến.",
                    "c) Bảo đảm công khai, minh bạch và phục vụ trách nhiệm giải trình của cơ sở giáo dục./.",
                    "HIỆU TRƯỞNG", "Nơi nhận:");
            XWPFTable issues = Report57Test.table(doc, "TT", "Tiêu chuẩn");
            long weak = input.evaluations().stream().filter(e -> e.weaknesses().isPresent()).count();
            assertThat(issues.getRows()).hasSize(1 + (int) weak);
            assertThat(issues.getRow(1).getCell(3).getText()).isEqualTo("Đạt Mức 1");
            assertThat(issues.getRow(1).getCell(5).getText()).isEqualTo(Wml.MISSING);
            XWPFTable plan = Report57Test.table(doc, "TT", "Nội dung cải tiến");
            assertThat(plan.getRow(0).getTableCells()).hasSize(10);
            assertThat(plan.getRow(1).getCell(0).getText()).isEqualTo("(1)");
            assertThat(plan.getRow(1).getCell(9).getText()).isEqualTo("(10)");
            assertThat(plan.getRows()).hasSize(2 + input.improvementActions().size());
            ReportInput.Action a = input.improvementActions().get(0);
            assertThat(plan.getRow(2).getCell(1).getText()).contains(a.description()).contains("Tiêu chí " + a.criterion().orElseThrow());
            assertThat(plan.getRow(2).getCell(6).getText()).isEqualTo(a.owner().orElseThrow());
            assertThat(plan.getRow(2).getCell(9).getText()).isEqualTo("Đang thực hiện");
            assertThat(plan.getRow(2).getCell(2).getText()).isEqualTo(Wml.MISSING);
            XWPFTable monitor = Report57Test.table(doc, "Thời điểm", "Nội dung theo dõi");
            assertThat(monitor.getRows()).hasSize(3);
            assertThat(monitor.getRow(1).getCell(0).getText()).isEqualTo("Cuối học kỳ I");
            assertThat(monitor.getRow(2).getCell(0).getText()).isEqualTo("Cuối năm học");
            // the sample's reviews are in January 2027: end of semester I
            assertThat(monitor.getRow(1).getCell(2).getText()).contains("Đã triển khai 50% nội dung");
            assertThat(monitor.getRow(2).getCell(2).getText()).isEqualTo(Wml.MISSING);
        }
    }

    @Test
    void sparseInputShowsMissing() throws Exception {
        ReportInput s = Docs57.sparse();
        ReportInput none = new ReportInput(s.school(), s.catalogId(), s.schoolYear(), s.reportDate(), s.council(), s.plan(),
                List.of(), List.of(), List.of(), s.profiles(), s.texts());
        byte[] bytes = Docs57.write(DocumentKind.IMPROVEMENT_PLAN, none);
        Docs57.save("tt57-improvement-plan-sparse.docx", bytes);
        try (XWPFDocument doc = Docs57.open(bytes)) {
            String all = Docs57.allText(doc);
            assertThat(all).contains("1. Người đứng đầu cơ sở giáo dục\n" + Wml.MISSING);
            assertThat(Report57Test.table(doc, "TT", "Nội dung cải tiến").getRows()).hasSize(3);
            assertThat(Report57Test.table(doc, "TT", "Tiêu chuẩn").getRow(1).getCell(0).getText()).isEqualTo(Wml.MISSING);
        }
    }
}
