package vn.kdclgd.report.internal.docs.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kdclgd.report.internal.docs.common.FormsTestSupport.*;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.internal.docs.Documents;

class DataTables2018Test {
    @Test
    void headingThenTablesOrMissing() {
        XWPFDocument doc = render(DocumentKind.DATA_TABLES, sample("TT18-2018"), "tt2018-data-tables.docx");
        var p = paragraphs(doc);
        assertThat(p).containsSubsequence("CƠ SỞ DỮ LIỆU", "Năm học 2026-2027");
        // until the Phần I tables are computed the document says so; afterwards it holds them
        if (doc.getTables().size() <= 2) {
            assertThat(p).contains("chưa có dữ liệu");
        }
        assertThat(Documents.docx(DocumentKind.DATA_TABLES, false)).get().isInstanceOf(DataTables2018.class);
    }
}
