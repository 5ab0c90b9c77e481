package vn.kdclgd.benchmarks.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.data.Texts;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;

/**
 * The template-engine contender: poi-tl 1.12.2 ({@code com.deepoove:poi-tl}) on POI XWPF. Its template is a DOCX
 * built once with XWPF ({@link #template}, not measured) as a vendor would draw it in Word: {@code {{schoolName}}}
 * text tags, nested section loops {@code {{?standards}} … {{?criteria}} … {{/criteria}} … {{/standards}}}, and
 * tables whose rows repeat through {@link LoopRowTableRenderPolicy} (tag {@code {{evidence}}} in the header row,
 * {@code [code]}, {@code [title]} … in the row below). A measured operation builds the {@link ReportModel} from the
 * input, turns it into poi-tl's model (maps and lists; the evidence code a hyperlink), compiles the template bytes
 * ({@code XWPFTemplate.compile}), renders and writes.
 *
 * <p>Differences to the other contenders, all in poi-tl's favour or neutral: the storage column's file names
 * and links are one text with line breaks (a link per line would need a custom policy), and a text of several
 * lines stays one paragraph with breaks.
 */
public final class PoiTlReport {
    private static final Configure CONFIG;

    static {
        LoopRowTableRenderPolicy rows = new LoopRowTableRenderPolicy();
        CONFIG = Configure.builder().bind(rows, "council", "data", "judgements", "results", "evidence").build();
    }

    private PoiTlReport() {
    }

    /** Renders {@code m} into the template {@code template} and writes the DOCX to {@code out}. */
    public static void write(byte[] template, ReportModel m, OutputStream out) throws IOException {
        try (XWPFTemplate t = XWPFTemplate.compile(new ByteArrayInputStream(template), CONFIG)) {
            t.render(model(m));
            t.write(out);
        }
    }

    /** poi-tl's model: tag name → value; loops are lists of maps. */
    static Map<String, Object> model(ReportModel m) {
        Map<String, Object> root = new HashMap<>();
        root.put("parentBody", m.parentBody());
        root.put("schoolName", m.schoolName());
        root.put("title", m.title());
        root.put("subtitle", m.subtitle());
        root.put("dateLine", m.dateLine());
        List<Map<String, Object>> evidence = new ArrayList<>(m.evidence().size());
        for (ReportModel.EvidenceRow e : m.evidence()) {
            Map<String, Object> r = new HashMap<>(8);
            r.put("number", e.number());
            r.put("code", e.link().isEmpty() ? e.code() : Texts.of(e.code()).link(e.link()).create());
            r.put("title", e.title());
            r.put("where", e.whereText());
            r.put("note", e.note());
            evidence.add(r);
        }
        root.put("evidence", evidence);
        if (!m.report()) {
            return root;
        }
        root.put("council", rows(m.council()));
        for (int i = 0; i < m.years().size(); i++) {
            root.put("year" + i, m.years().get(i));
        }
        root.put("data", rows(m.data()));
        root.put("overview", sections(m.overview()));
        List<Map<String, Object>> standards = new ArrayList<>();
        for (ReportModel.StandardPart s : m.standards()) {
            Map<String, Object> sm = new HashMap<>();
            sm.put("heading", s.heading());
            sm.put("standardTexts", sections(s.texts()));
            List<Map<String, Object>> criteria = new ArrayList<>();
            for (ReportModel.CriterionPart c : s.criteria()) {
                Map<String, Object> cm = new HashMap<>();
                cm.put("heading", c.heading());
                cm.put("levels", sections(c.levels()));
                cm.put("criterionTexts", sections(c.texts()));
                cm.put("reached", c.reached());
                cm.put("judgements", rows(c.judgements()));
                criteria.add(cm);
            }
            sm.put("criteria", criteria);
            standards.add(sm);
        }
        root.put("standards", standards);
        root.put("results", rows(m.results()));
        return root;
    }

    private static List<Map<String, Object>> sections(List<ReportModel.Section> sections) {
        List<Map<String, Object>> out = new ArrayList<>(sections.size());
        for (ReportModel.Section s : sections) {
            out.add(Map.of("heading", s.heading(), "text", s.text()));
        }
        return out;
    }

    private static List<Map<String, Object>> rows(List<List<String>> rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            Map<String, Object> r = new HashMap<>();
            for (int i = 0; i < row.size(); i++) {
                r.put("c" + i, row.get(i));
            }
            out.add(r);
        }
        return out;
    }

    /**
     * The template for a report ({@code report}) or an evidence list, with {@code years} columns of data (the
     * five school years of the input). Built with XWPF; styles as {@link XwpfReport}'s.
     */
    public static byte[] template(boolean report, int years) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XwpfReport.styles(doc);
            if (!report) {
                XwpfReport.landscape(doc);
            }
            p(doc, null, ParagraphAlignment.CENTER, false, "{{parentBody}}");
            p(doc, null, ParagraphAlignment.CENTER, true, "{{schoolName}}");
            p(doc, "Title", ParagraphAlignment.CENTER, true, "{{title}}");
            p(doc, null, ParagraphAlignment.CENTER, false, "{{subtitle}}");
            p(doc, null, ParagraphAlignment.RIGHT, false, "{{dateLine}}");
            if (report) {
                p(doc, "Heading1", null, false, "DANH SÁCH VÀ CHỮ KÝ THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ");
                table(doc, "council", List.of("TT", "Họ và tên", "Chức vụ", "Nhiệm vụ"), List.of("c0", "c1", "c2", "c3"));
                p(doc, "Heading1", null, false, "Phần I. CƠ SỞ DỮ LIỆU");
                List<String> header = new ArrayList<>(List.of("Số liệu"));
                List<String> cells = new ArrayList<>(List.of("c0"));
                for (int i = 0; i < years; i++) {
                    header.add("{{year" + i + "}}");
                    cells.add("c" + (i + 1));
                }
                table(doc, "data", header, cells);
                p(doc, "Heading1", null, false, "Phần II. TỰ ĐÁNH GIÁ");
                p(doc, null, null, false, "{{?overview}}");
                p(doc, "Heading3", null, false, "{{heading}}");
                p(doc, null, ParagraphAlignment.BOTH, false, "{{text}}");
                p(doc, null, null, false, "{{/overview}}");
                p(doc, null, null, false, "{{?standards}}");
                p(doc, "Heading2", null, false, "{{heading}}");
                p(doc, null, null, false, "{{?standardTexts}}");
                labelled(doc);
                p(doc, null, null, false, "{{/standardTexts}}");
                p(doc, null, null, false, "{{?criteria}}");
                p(doc, "Heading3", null, false, "{{heading}}");
                p(doc, null, null, false, "{{?levels}}");
                labelled(doc);
                p(doc, null, null, false, "{{/levels}}");
                p(doc, null, null, false, "{{?criterionTexts}}");
                labelled(doc);
                p(doc, null, null, false, "{{/criterionTexts}}");
                XWPFParagraph r = doc.createParagraph();
                XWPFRun b = r.createRun();
                b.setBold(true);
                b.setText("Tự đánh giá: ");
                r.createRun().setText("{{reached}}");
                table(doc, "judgements", List.of("Mức", "Yêu cầu", "Kết quả"), List.of("c0", "c1", "c2"));
                p(doc, null, null, false, "{{/criteria}}");
                p(doc, null, null, false, "{{/standards}}");
                p(doc, "Heading1", null, false, "Phần III. KẾT LUẬN CHUNG");
                table(doc, "results", List.of("TT", "Tiêu chí", "Kết quả"), List.of("c0", "c1", "c2"));
                p(doc, "Heading1", null, false, "Phần IV. PHỤ LỤC: DANH MỤC MINH CHỨNG");
            }
            table(doc, "evidence", List.of("TT", "Mã minh chứng", "Tên minh chứng", "Định dạng, vị trí lưu trữ hoặc đường dẫn điện tử", "Ghi chú"),
                    List.of("number", "code", "title", "where", "note"));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void labelled(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        XWPFRun b = p.createRun();
        b.setBold(true);
        b.setText("{{heading}}");
        XWPFRun colon = p.createRun();
        colon.setBold(true);
        colon.setText(": ");
        p.createRun().setText("{{text}}");
    }

    /** A table: header row with the loop tag in its first cell, one template row of {@code [field]}s. */
    private static void table(XWPFDocument doc, String tag, List<String> header, List<String> fields) {
        XWPFTable t = doc.createTable(2, header.size());
        XWPFTableRow h = t.getRow(0);
        h.setRepeatHeader(true);
        for (int i = 0; i < header.size(); i++) {
            XWPFParagraph p = h.getCell(i).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            if (i == 0) {
                p.createRun().setText("{{" + tag + "}}");
            }
            XWPFRun r = p.createRun();
            r.setBold(true);
            r.setText(header.get(i));
        }
        for (int i = 0; i < fields.size(); i++) {
            t.getRow(1).getCell(i).getParagraphs().get(0).createRun().setText("[" + fields.get(i) + "]");
        }
    }

    private static void p(XWPFDocument doc, String style, ParagraphAlignment align, boolean bold, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        if (align != null) {
            p.setAlignment(align);
        }
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setText(text);
    }
}
