package vn.kdclgd.report.internal.docs.tt57;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportDocuments;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.internal.docs.Context;
import vn.kdclgd.report.internal.docs.Documents;
import vn.kdclgd.report.internal.docx.DocxRenderer;
import vn.kdclgd.report.internal.docx.Styles;
import vn.kdclgd.report.internal.docx.Wml;
import vn.kdclgd.report.internal.tables.DataTable;

class DataTables57Test {
    @Test
    void titleBlockAndTablesOrMissing() throws Exception {
        ReportInput input = Docs57.sample();
        byte[] bytes = Docs57.write(DocumentKind.DATA_TABLES, input);
        Docs57.save("tt57-data-tables.docx", bytes);
        try (XWPFDocument doc = Docs57.open(bytes)) {
            assertThat(Docs57.paragraphs(doc, Styles.TITLE)).containsExactly("Phần I", "THÔNG TIN DỮ LIỆU");
            String all = Docs57.allText(doc);
            assertThat(all).contains("(Đối với trường phổ thông)", DataTables57.SENTENCE,
                    "Tên trường (theo quyết định mới nhất): " + input.school().name());
            // the context's tables are whatever the engine gives: rendered all, or "chưa có dữ liệu" when none
            var tables = new ReportDocumentsProbe().tables(input);
            if (tables.isEmpty()) {
                assertThat(all).contains(DataTables57.SENTENCE + "\n" + Wml.MISSING);
            } else {
                assertThat(Docs57.paragraphs(doc, Styles.HEADING3)).containsExactlyElementsOf(tables.stream().map(DataTable::title).toList());
            }
        }
    }

    @Test
    void rendersEveryDataTable() throws Exception {
        ReportInput input = Docs57.sample();
        DataTable t1 = new DataTable("classes", "1. Số lớp học",
                List.of(List.of(DataTable.HeaderCell.of("Số lớp học"), DataTable.HeaderCell.of("Năm học 2026-2027"))),
                List.of(new DataTable.Row(List.of(Optional.of("Khối lớp 6"), Optional.of("5")), false),
                        new DataTable.Row(List.of(Optional.of("Khối lớp 7"), Optional.empty()), false)),
                List.of());
        DataTable t2 = new DataTable("other", "5. Các số liệu khác (nếu có)",
                List.of(List.of(DataTable.HeaderCell.of("Số liệu"), DataTable.HeaderCell.of("Giá trị"))), List.of(), List.of("Ghi chú."));
        var registry = Docs57.REGISTRY;
        Context c = new Context(input, Docs57.catalog(), new ReportDocuments(registry).rating(input), List.of(t1, t2));
        DataTables57 d = new DataTables57();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxRenderer.render(Documents.template(d), "t", d.values(c), d.blocks(c), out);
        try (XWPFDocument doc = Docs57.open(out.toByteArray())) {
            assertThat(Docs57.paragraphs(doc, Styles.HEADING3)).containsExactly("1. Số lớp học", "5. Các số liệu khác (nếu có)");
            assertThat(doc.getTables()).hasSize(2);
            assertThat(doc.getTables().get(0).getRow(2).getCell(1).getText()).isEqualTo(Wml.MISSING);
        }
    }

    @Test
    void sparseInputShowsMissing() throws Exception {
        byte[] bytes = Docs57.write(DocumentKind.DATA_TABLES, Docs57.sparse());
        try (XWPFDocument doc = Docs57.open(bytes)) {
            assertThat(Docs57.allText(doc)).contains("Tên trước đây (nếu có): " + Wml.MISSING, Wml.MISSING);
        }
    }

    /** What tables the engine gives the documents (same package as ReportDocuments would need: use a round trip). */
    static final class ReportDocumentsProbe {
        List<DataTable> tables(ReportInput input) {
            return vn.kdclgd.report.ReportDocumentsAccess.tables(input, Docs57.catalog());
        }
    }
}
