package vn.kdclgd.report.internal.docx;

import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles of kdclgd's default templates, as WordprocessingML: Nghị định 30/2020/NĐ-CP presentation —
 * Times New Roman 13 pt body (14 pt titles), single-and-a-bit line spacing, justified body with a 1 cm first
 * line; headings with outline levels so the table of contents finds them.
 */
final class StylesXml {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static final String XML = "<w:styles xmlns:w=\"" + W + "\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
            + "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>"
            + "</w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"60\" w:line=\"288\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
            + "</w:docDefaults>"
            + style("Normal", "Normal", true, "", "")
            + style("Heading1", "heading 1", false,
                    "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>",
                    "<w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
            + style("Heading2", "heading 2", false,
                    "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"100\"/><w:jc w:val=\"both\"/><w:outlineLvl w:val=\"1\"/>",
                    "<w:b/>")
            + style("Heading3", "heading 3", false,
                    "<w:keepNext/><w:spacing w:before=\"160\" w:after=\"80\"/><w:jc w:val=\"both\"/><w:outlineLvl w:val=\"2\"/>",
                    "<w:b/><w:i/>")
            + style("KdBody", "kdclgd Body", false, "<w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/>", "")
            + style("KdPlain", "kdclgd Plain", false, "<w:jc w:val=\"both\"/>", "")
            + style("KdTitle", "kdclgd Title", false, "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/><w:jc w:val=\"center\"/>",
                    "<w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
            + style("KdCenter", "kdclgd Center", false, "<w:jc w:val=\"center\"/>", "")
            + style("KdTableText", "kdclgd Table Text", false, "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>",
                    "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
            + style("KdTableHeader", "kdclgd Table Header", false,
                    "<w:keepNext/><w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
                    "<w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
            + style("KdNote", "kdclgd Note", false, "<w:jc w:val=\"both\"/>", "<w:i/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
            + style("KdSignature", "kdclgd Signature", false, "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>", "")
            + "</w:styles>";

    private StylesXml() {
    }

    private static String style(String id, String name, boolean isDefault, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"" + (isDefault ? " w:default=\"1\"" : "") + ">"
                + "<w:name w:val=\"" + name + "\"/>" + (isDefault ? "" : "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"KdBody\"/>")
                + "<w:qFormat/>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>")
                + "</w:style>";
    }

    /** A fresh parsed copy. */
    static CTStyles parse() {
        try {
            return StylesDocument.Factory.parse(XML).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("kdclgd's default styles do not parse", e);
        }
    }
}
