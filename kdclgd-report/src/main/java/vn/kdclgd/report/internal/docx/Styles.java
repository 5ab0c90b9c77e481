package vn.kdclgd.report.internal.docx;

import java.util.List;

/**
 * The paragraph styles the generated content uses. kdclgd's default templates define them (Nghị định
 * 30/2020 presentation: Times New Roman 13 pt, A4); a vendor's template may restyle them, and the renderer
 * adds any that a vendor's template lacks from the defaults.
 */
public final class Styles {
    /** Part heading (Phần I …), outline level 1: in the table of contents. */
    public static final String HEADING1 = "Heading1";
    /** Section heading (Tiêu chuẩn n …), outline level 2. */
    public static final String HEADING2 = "Heading2";
    /** Sub-heading (Tiêu chí n.m …), outline level 3. */
    public static final String HEADING3 = "Heading3";
    /** Body text: justified, first line indented. */
    public static final String BODY = "KdBody";
    /** Body text without the first-line indent (lists, labels). */
    public static final String PLAIN = "KdPlain";
    /** A document title ("BÁO CÁO TỰ ĐÁNH GIÁ"): centred, bold, capitals as written. */
    public static final String TITLE = "KdTitle";
    /** A centred line (sub-titles, "Năm học …"). */
    public static final String CENTER = "KdCenter";
    /** Text in table cells. */
    public static final String TABLE_TEXT = "KdTableText";
    /** Header cells of tables: bold, centred. */
    public static final String TABLE_HEADER = "KdTableHeader";
    /** Notes under tables and forms: italic, smaller. */
    public static final String NOTE = "KdNote";
    /** Signature blocks: centred. */
    public static final String SIGNATURE = "KdSignature";

    /** Every style id above. */
    public static final List<String> ALL = List.of(HEADING1, HEADING2, HEADING3, BODY, PLAIN, TITLE, CENTER, TABLE_TEXT,
            TABLE_HEADER, NOTE, SIGNATURE);

    private Styles() {
    }
}
