package vn.kdclgd.report.internal.docs.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.kdclgd.report.internal.docs.Context;
import vn.kdclgd.report.internal.docs.DocxDocument;
import vn.kdclgd.report.internal.docx.DocxRenderer;
import vn.kdclgd.report.internal.docx.Styles;
import vn.kdclgd.report.internal.docx.TemplateBuilder;
import vn.kdclgd.report.internal.docx.Wml;
import vn.kdclgd.report.internal.tables.DataTable;

/**
 * The 2018 regime's Phần I data tables on their own ("CƠ SỞ DỮ LIỆU", GUIDANCE.md §9): every
 * {@link DataTable} of the context in order; when there are none, "chưa có dữ liệu".
 *
 * <p>Values: the common ones. Block: {@code tables}.
 */
public final class DataTables2018 implements DocxDocument {
    @Override
    public byte[] defaultTemplate() {
        return TemplateBuilder.portrait()
                .motto(List.of("{{school.PARENT_BODY}}", "{{school.NAME}}"), "", "{{place}}, {{date}}")
                .p(Styles.TITLE, "CƠ SỞ DỮ LIỆU")
                .p(Styles.CENTER, "Năm học {{schoolYear}}")
                .block("tables")
                .build();
    }

    @Override
    public Map<String, Optional<String>> values(Context c) {
        return c.commonValues();
    }

    @Override
    public Map<String, DocxRenderer.Block> blocks(Context c) {
        return Map.of("tables", w -> {
            if (c.tables().isEmpty()) {
                w.p(Styles.BODY, Wml.missing());
                return;
            }
            for (DataTable t : c.tables()) {
                w.dataTable(t, Context.PORTRAIT_WIDTH);
            }
        });
    }
}
