package vn.kdclgd.report.internal.docs;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.ReportTexts;
import vn.kdclgd.report.internal.tables.DataTable;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.rating.RatingResult;

/**
 * What a document is made from: the input, its catalog, the rating computed from the input's judgements,
 * and the Phần I data tables.
 *
 * @param input   the input
 * @param catalog its catalog
 * @param rating  the rating of the input's judgements
 * @param tables  the Phần I data tables for this regime and school type
 */
public record Context(ReportInput input, Catalog catalog, RatingResult rating, List<DataTable> tables) {
    /** Portrait body width in twips (A4 minus 30 mm + 15 mm margins). */
    public static final int PORTRAIT_WIDTH = 9355;
    /** Landscape body width in twips (A4 landscape minus 20 mm + 20 mm margins). */
    public static final int LANDSCAPE_WIDTH = 14570;

    /** True for the TT57/2026 regime. */
    public boolean tt57() {
        return catalog.regime().startsWith("TT57");
    }

    /** A free text, if given. */
    public Optional<String> text(String key) {
        return input.text(key);
    }

    /** The date line: "ngày 31 tháng 5 năm 2027", or "ngày … tháng … năm …" to fill in by hand. */
    public String dateLine() {
        return input.reportDate().map(Context::date).orElse("ngày … tháng … năm …");
    }

    /** "ngày d tháng m năm y". */
    public static String date(LocalDate d) {
        return "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear();
    }

    /** dd/MM/yyyy. */
    public static String shortDate(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** The place printed before the date: the {@code school.place} text, else the province, else dots. */
    public String place() {
        return text(ReportTexts.SCHOOL_PLACE).or(() -> input.school().province().map(Context::shortPlace)).orElse("……………");
    }

    private static String shortPlace(String province) {
        String p = province.replaceFirst("^Sở Giáo dục và Đào tạo ", "");
        return p.replaceFirst("^(Thành phố|Tỉnh) ", "");
    }

    /** The body above the school in headers: {@code school.parentBody}, else the governing body. */
    public Optional<String> parentBody() {
        return text(ReportTexts.SCHOOL_PARENT_BODY).or(() -> input.school().governingBody());
    }

    /**
     * The values every document knows: {@code school.name}, {@code school.NAME} (upper case),
     * {@code school.code}, {@code school.parentBody}, {@code school.PARENT_BODY}, {@code school.address},
     * {@code school.principal}, {@code schoolYear}, {@code place}, {@code date}, {@code document.number},
     * {@code catalog.title}, {@code catalog.circular}.
     */
    public Map<String, Optional<String>> commonValues() {
        Map<String, Optional<String>> v = new LinkedHashMap<>();
        ReportInput.School s = input.school();
        v.put("school.name", Optional.of(s.name()));
        v.put("school.NAME", Optional.of(s.name().toUpperCase(java.util.Locale.forLanguageTag("vi"))));
        v.put("school.code", Optional.of(s.code()));
        v.put("school.parentBody", parentBody());
        v.put("school.PARENT_BODY", parentBody().map(x -> x.toUpperCase(java.util.Locale.forLanguageTag("vi"))));
        v.put("school.address", s.address());
        v.put("school.principal", text(ReportTexts.SCHOOL_PRINCIPAL));
        v.put("schoolYear", Optional.of(input.schoolYear()));
        v.put("place", Optional.of(place()));
        v.put("date", Optional.of(dateLine()));
        v.put("document.number", Optional.of(text(ReportTexts.DOCUMENT_NUMBER).orElse("……/……")));
        v.put("catalog.title", Optional.of(catalog.title()));
        v.put("catalog.circular", catalog.circular());
        return v;
    }
}
