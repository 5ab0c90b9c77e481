package vn.kdclgd.report.internal.docs.tt57;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.kdclgd.report.ReportTexts;
import vn.kdclgd.report.internal.docs.Context;
import vn.kdclgd.report.internal.docs.DocxDocument;
import vn.kdclgd.report.internal.docx.DocxRenderer;
import vn.kdclgd.report.internal.docx.Styles;
import vn.kdclgd.report.internal.docx.TemplateBuilder;

/**
 * TT57 Phụ lục V Biểu 1 Phần I "THÔNG TIN DỮ LIỆU" (FORMS.md §5): the title block "Phần I" / "THÔNG TIN DỮ
 * LIỆU" / "(Đối với trường phổ thông)", the lines Tên trường / Tên trước đây / Cơ quan quản lý, the sentence
 * verbatim, then every data table of the context ({@link Context#tables()}); "chưa có dữ liệu" when there is
 * none. Only the THCS variant of the tables was found (FORMS.md §5); the title is printed as found whatever
 * the school type.
 */
public final class DataTables57 implements DocxDocument {
    /** The sentence of the title block (verbatim). */
    static final String SENTENCE = "Cơ sở dữ liệu là nguồn thông tin phục vụ phân tích, đối chiếu minh chứng và xác định mức đạt của các tiêu chí chất lượng giáo dục.";

    @Override
    public byte[] defaultTemplate() {
        return TemplateBuilder.portrait()
                .p(Styles.TITLE, "Phần I")
                .p(Styles.TITLE, "THÔNG TIN DỮ LIỆU")
                .p(Styles.CENTER, "(Đối với trường phổ thông)")
                .labelled(Styles.PLAIN, "Tên trường (theo quyết định mới nhất): ", "{{school.name}}")
                .labelled(Styles.PLAIN, "Tên trước đây (nếu có): ", "{{school.formerName}}")
                .labelled(Styles.PLAIN, "Cơ quan quản lý: ", "{{school.governingBody}}")
                .p(Styles.BODY, SENTENCE)
                .block("tables")
                .build();
    }

    @Override
    public Map<String, Optional<String>> values(Context c) {
        Map<String, Optional<String>> v = new LinkedHashMap<>(c.commonValues());
        v.put("school.formerName", c.text(ReportTexts.SCHOOL_FORMER_NAME));
        v.put("school.governingBody", c.input().school().governingBody());
        return v;
    }

    @Override
    public Map<String, DocxRenderer.Block> blocks(Context c) {
        return Map.of("tables", w -> Report57.dataTables(w, c.tables(), Context.PORTRAIT_WIDTH));
    }
}
