package vn.kdclgd.benchmarks.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The "no template engine" contender: the same content ({@link ReportModel}) built with POI's XWPF API
 * directly — paragraphs with heading styles, tables with a repeated header row, hyperlinked evidence codes and
 * storage links — and written. What a developer writes by hand without kdclgd.
 */
public final class XwpfReport {
    private XwpfReport() {
    }

    /** Writes {@code m} as a DOCX to {@code out}. */
    public static void write(ReportModel m, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            if (!m.report()) {
                landscape(doc);
            }
            p(doc, null, m.parentBody(), ParagraphAlignment.CENTER, false);
            p(doc, null, m.schoolName(), ParagraphAlignment.CENTER, true);
            p(doc, "Title", m.title(), ParagraphAlignment.CENTER, true);
            p(doc, null, m.subtitle(), ParagraphAlignment.CENTER, false);
            p(doc, null, m.dateLine(), ParagraphAlignment.RIGHT, false);
            if (m.report()) {
                p(doc, "Heading1", "DANH SÁCH VÀ CHỮ KÝ THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ", null, false);
                table(doc, List.of("TT", "Họ và tên", "Chức vụ", "Nhiệm vụ"), m.council());
                p(doc, "Heading1", "Phần I. CƠ SỞ DỮ LIỆU", null, false);
                table(doc, header(m.years()), m.data());
                p(doc, "Heading1", "Phần II. TỰ ĐÁNH GIÁ", null, false);
                for (ReportModel.Section s : m.overview()) {
                    p(doc, "Heading3", s.heading(), null, false);
                    text(doc, s.text());
                }
                for (ReportModel.StandardPart s : m.standards()) {
                    p(doc, "Heading2", s.heading(), null, false);
                    for (ReportModel.Section t : s.texts()) {
                        labelled(doc, t.heading(), t.text());
                    }
                    for (ReportModel.CriterionPart c : s.criteria()) {
                        p(doc, "Heading3", c.heading(), null, false);
                        for (ReportModel.Section l : c.levels()) {
                            labelled(doc, l.heading(), l.text());
                        }
                        for (ReportModel.Section t : c.texts()) {
                            labelled(doc, t.heading(), t.text());
                        }
                        labelled(doc, "Tự đánh giá", c.reached());
                        table(doc, List.of("Mức", "Yêu cầu", "Kết quả"), c.judgements());
                    }
                }
                p(doc, "Heading1", "Phần III. KẾT LUẬN CHUNG", null, false);
                table(doc, List.of("TT", "Tiêu chí", "Kết quả"), m.results());
                p(doc, "Heading1", "Phần IV. PHỤ LỤC: DANH MỤC MINH CHỨNG", null, false);
            }
            evidence(doc, m.evidence());
            doc.write(out);
        }
    }

    private static List<String> header(List<String> years) {
        List<String> h = new java.util.ArrayList<>();
        h.add("Số liệu");
        h.addAll(years);
        return h;
    }

    private static void evidence(XWPFDocument doc, List<ReportModel.EvidenceRow> rows) {
        XWPFTable t = doc.createTable(1, 5);
        headerRow(t.getRow(0), List.of("TT", "Mã minh chứng", "Tên minh chứng", "Định dạng, vị trí lưu trữ hoặc đường dẫn điện tử", "Ghi chú"));
        for (ReportModel.EvidenceRow e : rows) {
            XWPFTableRow r = t.createRow();
            cell(r.getCell(0), e.number());
            XWPFParagraph code = r.getCell(1).getParagraphs().get(0);
            if (e.link().isEmpty()) {
                code.createRun().setText(e.code());
            } else {
                link(code, e.code(), e.link());
            }
            cell(r.getCell(2), e.title());
            XWPFTableCell where = r.getCell(3);
            boolean first = true;
            for (String f : e.where()) {
                (first ? where.getParagraphs().get(0) : where.addParagraph()).createRun().setText(f);
                first = false;
            }
            for (String l : e.links()) {
                link(first ? where.getParagraphs().get(0) : where.addParagraph(), l, l);
                first = false;
            }
            if (first) {
                cell(where, ReportModel.MISSING);
            }
            cell(r.getCell(4), e.note());
        }
    }

    private static void link(XWPFParagraph p, String text, String url) {
        XWPFHyperlinkRun run = p.createHyperlinkRun(url);
        run.setText(text);
        run.setStyle("Hyperlink");
    }

    private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows) {
        XWPFTable t = doc.createTable(1, header.size());
        headerRow(t.getRow(0), header);
        for (List<String> row : rows) {
            XWPFTableRow r = t.createRow();
            for (int i = 0; i < row.size(); i++) {
                cell(r.getCell(i), row.get(i));
            }
        }
    }

    private static void headerRow(XWPFTableRow row, List<String> header) {
        row.setRepeatHeader(true);
        for (int i = 0; i < header.size(); i++) {
            XWPFRun run = row.getCell(i).getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(header.get(i));
            row.getCell(i).getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
        }
    }

    private static void cell(XWPFTableCell cell, String text) {
        lines(cell.getParagraphs().get(0).createRun(), text);
    }

    private static void p(XWPFDocument doc, String style, String text, ParagraphAlignment align, boolean bold) {
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

    /** A body text: one paragraph per line. */
    private static void text(XWPFDocument doc, String text) {
        for (String line : text.split("\n")) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.createRun().setText(line);
        }
    }

    private static void labelled(XWPFDocument doc, String label, String text) {
        String[] lines = text.split("\n");
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        XWPFRun l = p.createRun();
        l.setBold(true);
        l.setText(label + ": ");
        p.createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            XWPFParagraph q = doc.createParagraph();
            q.setAlignment(ParagraphAlignment.BOTH);
            q.createRun().setText(lines[i]);
        }
    }

    private static void lines(XWPFRun run, String text) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    static void landscape(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
    }

    /** Title, Heading1–3 and Hyperlink styles, Times New Roman 13 pt as kdclgd's default templates. */
    static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        add(styles, "Title", "Title", 32, true, false);
        add(styles, "Heading1", "heading 1", 28, true, false);
        add(styles, "Heading2", "heading 2", 28, true, false);
        add(styles, "Heading3", "heading 3", 26, true, true);
        CTStyle h = CTStyle.Factory.newInstance();
        h.setStyleId("Hyperlink");
        h.setType(STStyleType.CHARACTER);
        h.addNewName().setVal("Hyperlink");
        h.addNewRPr().addNewColor().setVal("0563C1");
        h.getRPr().addNewU().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline.SINGLE);
        styles.addStyle(new XWPFStyle(h, styles));
    }

    private static void add(XWPFStyles styles, String id, String name, int halfPoints, boolean bold, boolean italic) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        var rpr = s.addNewRPr();
        var fonts = rpr.addNewRFonts();
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            rpr.addNewB();
        }
        if (italic) {
            rpr.addNewI();
        }
        if (name.startsWith("heading")) {
            s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(name.charAt(name.length() - 1) - '1'));
        }
        styles.addStyle(new XWPFStyle(s, styles));
    }
}
