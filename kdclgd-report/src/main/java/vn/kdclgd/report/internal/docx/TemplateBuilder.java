package vn.kdclgd.report.internal.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Builds kdclgd's default DOCX templates (what {@code kdclgd report template} writes for a vendor to restyle
 * in Word): A4 with the margins of Nghị định 30/2020/NĐ-CP (top/bottom 20 mm, left 30 mm, right 15 mm),
 * the styles of {@link StylesXml}, page numbers centred at the top from page 2, the fields updated on
 * opening, and the document's skeleton: fixed wording, {@code {{value}}} placeholders and
 * {@code {{>block}}} paragraphs where generated content goes.
 */
public final class TemplateBuilder {
    private final XWPFDocument doc = new XWPFDocument();
    private final boolean landscape;

    private TemplateBuilder(boolean landscape) {
        this.landscape = landscape;
        doc.createStyles().setStyles(StylesXml.parse());
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        CTPageMar mar = sect.addNewPgMar();
        if (landscape) {
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            size.setOrient(STPageOrientation.LANDSCAPE);
            mar.setTop(BigInteger.valueOf(1701));
            mar.setBottom(BigInteger.valueOf(851));
            mar.setLeft(BigInteger.valueOf(1134));
            mar.setRight(BigInteger.valueOf(1134));
        } else {
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            mar.setTop(BigInteger.valueOf(1134));
            mar.setBottom(BigInteger.valueOf(1134));
            mar.setLeft(BigInteger.valueOf(1701));
            mar.setRight(BigInteger.valueOf(851));
        }
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
        mar.setGutter(BigInteger.ZERO);
        // page numbers from page 2: a different (empty) first-page header
        sect.addNewTitlePg();
        var header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        footer.createParagraph();
        doc.enforceUpdateFields();
    }

    /** An A4 portrait template. */
    public static TemplateBuilder portrait() {
        return new TemplateBuilder(false);
    }

    /** An A4 landscape template (improvement plan, evidence list). */
    public static TemplateBuilder landscape() {
        return new TemplateBuilder(true);
    }

    /** A paragraph of {@code style} with {@code text} (placeholders allowed); line breaks become breaks. */
    public TemplateBuilder p(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        lines(p.createRun(), text);
        return this;
    }

    /** A paragraph with a bold label and a text after it ("a) Tên cơ sở giáo dục: {{school.name}}"). */
    public TemplateBuilder labelled(String style, String label, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setText(label);
        lines(p.createRun(), text);
        return this;
    }

    /** Keeps the paragraph added last on the same page as the next one (a label above a table). */
    public TemplateBuilder keepNext() {
        List<XWPFParagraph> ps = doc.getParagraphs();
        XWPFParagraph last = ps.get(ps.size() - 1);
        var pPr = last.getCTP().isSetPPr() ? last.getCTP().getPPr() : last.getCTP().addNewPPr();
        if (!pPr.isSetKeepNext()) {
            pPr.addNewKeepNext();
        }
        return this;
    }

    /** A paragraph holding only {@code {{>name}}}: the renderer puts the block's content there. */
    public TemplateBuilder block(String name) {
        return p(Styles.BODY, "{{>" + name + "}}");
    }

    /** A page break. */
    public TemplateBuilder pageBreak() {
        doc.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
        return this;
    }

    /**
     * The heading block of an administrative document (Nghị định 30/2020, Phụ lục I): on the left the issuing
     * body's lines (the last one bold), on the right the national motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" /
     * "Độc lập - Tự do - Hạnh phúc" (bold, the second underlined), then the number on the left and the place
     * and date in italics on the right. A line may be empty to skip it.
     */
    public TemplateBuilder motto(List<String> issuer, String number, String placeAndDate) {
        XWPFTable t = layoutTable(2, new int[] {3969, 5386});
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        for (int i = 0; i < issuer.size(); i++) {
            XWPFParagraph p = i == 0 ? left.getParagraphs().get(0) : left.addParagraph();
            p.setStyle(Styles.SIGNATURE);
            XWPFRun r = p.createRun();
            r.setBold(i == issuer.size() - 1);
            r.setText(issuer.get(i));
        }
        XWPFParagraph m1 = right.getParagraphs().get(0);
        m1.setStyle(Styles.SIGNATURE);
        XWPFRun r1 = m1.createRun();
        r1.setBold(true);
        r1.setFontSize(12);
        r1.setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        XWPFParagraph m2 = right.addParagraph();
        m2.setStyle(Styles.SIGNATURE);
        XWPFRun r2 = m2.createRun();
        r2.setBold(true);
        r2.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        r2.setText("Độc lập - Tự do - Hạnh phúc");
        XWPFTable t2 = layoutTable(2, new int[] {3969, 5386});
        if (!number.isEmpty()) {
            XWPFParagraph n = t2.getRow(0).getCell(0).getParagraphs().get(0);
            n.setStyle(Styles.SIGNATURE);
            n.createRun().setText(number);
        }
        XWPFParagraph d = t2.getRow(0).getCell(1).getParagraphs().get(0);
        d.setStyle(Styles.SIGNATURE);
        XWPFRun dr = d.createRun();
        dr.setItalic(true);
        dr.setText(placeAndDate);
        return this;
    }

    /**
     * Signature block: two columns (left: "Nơi nhận" lines or a second signer; right: the signer's title, a
     * note, room to sign, the name). Lines may be empty.
     */
    public TemplateBuilder signatures(List<String> left, List<String> right) {
        XWPFTable t = layoutTable(2, new int[] {4535, 4820});
        fill(t.getRow(0).getCell(0), left, true);
        fill(t.getRow(0).getCell(1), right, false);
        return this;
    }

    private void fill(XWPFTableCell cell, List<String> lines, boolean leftAligned) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setStyle(leftAligned ? Styles.PLAIN : Styles.SIGNATURE);
            String line = lines.get(i);
            XWPFRun r = p.createRun();
            if (line.startsWith("*") && line.endsWith("*") && line.length() > 1) {
                r.setItalic(true);
                line = line.substring(1, line.length() - 1);
            } else if (line.equals(line.toUpperCase(java.util.Locale.ROOT)) && line.chars().anyMatch(Character::isLetter)) {
                r.setBold(true);
            }
            lines(r, line);
        }
    }

    private XWPFTable layoutTable(int columns, int[] portraitWidths) {
        int[] widths = portraitWidths.clone();
        if (landscape) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = widths[i] * 14570 / 9355;
            }
        }
        XWPFTable t = doc.createTable(1, columns);
        t.setTableAlignment(TableRowAlign.CENTER);
        t.removeBorders();
        t.setWidth(Integer.toString(java.util.Arrays.stream(widths).sum()));
        for (int i = 0; i < columns; i++) {
            t.getRow(0).getCell(i).setWidth(Integer.toString(widths[i]));
        }
        return t;
    }

    private static void lines(XWPFRun r, String text) {
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(parts[i], i);
        }
    }

    /** The template as DOCX bytes. */
    public byte[] build() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
