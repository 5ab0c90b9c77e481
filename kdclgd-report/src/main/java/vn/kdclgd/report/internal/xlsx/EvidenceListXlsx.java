package vn.kdclgd.report.internal.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.kdclgd.report.ReportException;
import vn.kdclgd.report.internal.CriterionOrder;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.ReportInput.Evidence;
import vn.kdclgd.report.ReportTexts;
import vn.kdclgd.report.internal.CriterionOrder;

/**
 * The evidence list (danh mục minh chứng) as an XLSX workbook, streamed so that lists of tens of
 * thousands of items are written in little memory.
 *
 * <ul>
 * <li>{@code TT57-2026}: the 5 columns of the form in mục II khoản 4 Phụ lục IV Thông tư 57/2026/TT-BGDĐT
 * (TT | Mã minh chứng | Tên minh chứng | Định dạng, vị trí lưu trữ hoặc đường dẫn điện tử | Ghi chú) under
 * the title block "DANH MỤC MINH CHỨNG / Năm học … / Lập theo …", signed by HIỆU TRƯỞNG. Each code is a
 * hyperlink to the item's first link when it has an {@code http(s)} link.</li>
 * <li>{@code TT2018}: the 6 columns of the 2018 guidance (Số TT | Mã minh chứng | Tên minh chứng | Số, ngày
 * ban hành, hoặc thời điểm khảo sát, điều tra, phỏng vấn, quan sát | Nơi ban hành hoặc nhóm, cá nhân thực
 * hiện | Ghi chú), numbered continuously (the B2 form "BẢNG THỐNG KÊ DANH MỤC MÃ HÓA MINH CHỨNG"; the B1
 * grouping by criterion is not used).</li>
 * </ul>
 *
 * <p>Both: sorted by code in natural order ({@code MC.1.2.01} before {@code MC.1.10.01}); a code listed
 * several times (one item used by several criteria) is printed once, and the criteria other than the one
 * its code belongs to are named in Ghi chú ("Dùng cho tiêu chí 1.2, 2.3"). A4 landscape, header row
 * repeated on every printed page, frozen under the header, with an autofilter. A value that is not known is
 * printed "chưa có dữ liệu" in grey italic.
 */
public final class EvidenceListXlsx {
    /** The TT57 regime. */
    public static final String TT57 = "TT57-2026";
    /** The 2018 regime. */
    public static final String TT2018 = "TT2018";

    /** The TT57 column headings, verbatim. */
    public static final List<String> TT57_HEADINGS = List.of("TT", "Mã minh chứng", "Tên minh chứng",
            "Định dạng, vị trí lưu trữ hoặc đường dẫn điện tử", "Ghi chú");
    /** The 2018 column headings, verbatim. */
    public static final List<String> TT2018_HEADINGS = List.of("Số TT", "Mã minh chứng", "Tên minh chứng",
            "Số, ngày ban hành, hoặc thời điểm khảo sát, điều tra, phỏng vấn, quan sát",
            "Nơi ban hành hoặc nhóm, cá nhân thực hiện", "Ghi chú");
    /** The TT57 title. */
    public static final String TT57_TITLE = "DANH MỤC MINH CHỨNG";
    /** The TT57 line naming the form's basis. */
    public static final String TT57_BASIS = "Lập theo mục II khoản 4 Phụ lục IV Thông tư số 57/2026/TT-BGDĐT "
            + "ngày 07/7/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo";
    /** The 2018 title (guidance form B2). */
    public static final String TT2018_TITLE = "BẢNG THỐNG KÊ DANH MỤC MÃ HÓA MINH CHỨNG";

    /** Evidence codes in natural order: runs of digits compare as numbers, the rest as text. */
    public static final Comparator<String> CODE_ORDER = CriterionOrder.EVIDENCE_CODES;

    /** Rows kept in memory while streaming. */
    static final int WINDOW = 64;

    private static final Pattern CRITERION_IN_CODE = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final int[] TT57_WIDTHS = {6, 18, 52, 46, 30};
    private static final int[] TT2018_WIDTHS = {7, 18, 46, 32, 28, 24};

    private EvidenceListXlsx() {
    }

    /**
     * Writes the evidence list of {@code input} for {@code regime} to {@code out} (left open).
     *
     * @param regime {@link #TT57} or {@link #TT2018}
     * @throws ReportException {@code KDCL-9405} for another regime (nothing is written), {@code KDCL-9407}
     *                         when the output cannot be written
     */
    public static void write(ReportInput input, String regime, OutputStream out) {
        boolean tt57;
        if (TT57.equals(regime)) {
            tt57 = true;
        } else if (TT2018.equals(regime)) {
            tt57 = false;
        } else {
            throw ReportException.of(ReportException.NOT_FOR_REGIME, "regime \"" + regime + "\"",
                    "danh mục minh chứng chỉ có cho chế độ " + TT57 + " và " + TT2018,
                    "the evidence list exists for regimes " + TT57 + " and " + TT2018 + " only");
        }
        List<Entry> entries = entries(input.evidence());
        SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, true, false);
        try {
            Styles st = new Styles(wb);
            SafeCells cells = new SafeCells(wb);
            Sheet sheet = wb.createSheet("Danh mục minh chứng");
            List<String> headings = tt57 ? TT57_HEADINGS : TT2018_HEADINGS;
            int[] widths = tt57 ? TT57_WIDTHS : TT2018_WIDTHS;
            int cols = headings.size();
            for (int c = 0; c < cols; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            Sheets.a4(sheet, true);

            int r = 0;
            cells.text(sheet.createRow(r++), 0, input.school().name(), st.leftBold);
            r = titleLine(sheet, cells, r, tt57 ? TT57_TITLE : TT2018_TITLE, st.title, cols);
            r = titleLine(sheet, cells, r, "Năm học " + input.schoolYear(), st.subtitle, cols);
            if (tt57) {
                int basis = r;
                r = titleLine(sheet, cells, r, TT57_BASIS, st.italicCentered, cols);
                sheet.getRow(basis).setHeightInPoints(34);
            }
            r++;
            int headerRow = r;
            Row hr = sheet.createRow(r++);
            for (int c = 0; c < cols; c++) {
                cells.text(hr, c, headings.get(c), st.header);
            }
            CellStyle linkStyle = st.link;
            int n = 0;
            for (Entry e : entries) {
                Row row = sheet.createRow(r++);
                cells.number(row, 0, ++n, st.bodyCentered);
                Cell code = cells.text(row, 1, e.code(), st.body);
                if (tt57) {
                    Optional<String> target = e.links().stream().findFirst().flatMap(EvidenceListXlsx::linkTarget);
                    if (target.isPresent()) {
                        Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
                        h.setAddress(target.get());
                        code.setHyperlink(h);
                        if (!SafeCells.needsQuote(e.code())) {
                            code.setCellStyle(linkStyle);
                        }
                    }
                    cells.text(row, 2, e.item().title(), st.body);
                    List<String> where = new ArrayList<>(e.links());
                    where.addAll(e.fileNames());
                    textOrMissing(cells, st, row, 3, where.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", where)));
                    cells.text(row, 4, e.note(), st.body);
                } else {
                    cells.text(row, 2, e.item().title(), st.body);
                    textOrMissing(cells, st, row, 3, issued(e.item()));
                    textOrMissing(cells, st, row, 4, e.item().issuer().filter(s -> !s.isBlank()));
                    cells.text(row, 5, e.note(), st.body);
                }
            }
            int lastDataRow = r - 1;
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, cols - 1));
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastDataRow), 0, cols - 1));
            if (tt57) {
                signature(sheet, cells, st, input, r + 1, cols);
            }
            Sheets.write(wb, out, "evidence-list");
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException e) {
                // closing a streamed workbook only releases resources already written; nothing to report
            }
        }
    }

    /** The place-and-date line and HIỆU TRƯỞNG under the last two columns. */
    private static void signature(Sheet sheet, SafeCells cells, Styles st, ReportInput input, int r, int cols) {
        String place = input.text(ReportTexts.SCHOOL_PLACE).or(() -> input.school().province()).orElse("……");
        String date = input.reportDate().map(EvidenceListXlsx::longDate).orElse("ngày … tháng … năm …");
        int first = cols - 2;
        Row d = sheet.createRow(r);
        cells.text(d, first, place + ", " + date, st.italicCentered);
        sheet.addMergedRegion(new CellRangeAddress(r, r, first, cols - 1));
        Row h = sheet.createRow(r + 1);
        cells.text(h, first, "HIỆU TRƯỞNG", st.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, first, cols - 1));
        Optional<String> principal = input.text(ReportTexts.SCHOOL_PRINCIPAL);
        if (principal.isPresent()) {
            Row p = sheet.createRow(r + 5);
            cells.text(p, first, principal.get(), st.subtitle);
            sheet.addMergedRegion(new CellRangeAddress(r + 5, r + 5, first, cols - 1));
        }
    }

    private static String longDate(LocalDate d) {
        return String.format(Locale.ROOT, "ngày %02d tháng %02d năm %d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static int titleLine(Sheet sheet, SafeCells cells, int r, String text, CellStyle style, int cols) {
        cells.text(sheet.createRow(r), 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, cols - 1));
        return r + 1;
    }

    private static void textOrMissing(SafeCells cells, Styles st, Row row, int col, Optional<String> value) {
        if (value.isPresent()) {
            cells.text(row, col, value.get(), st.body);
        } else {
            cells.text(row, col, SafeCells.MISSING, st.missing);
        }
    }

    /** "12/QĐ-THCS, ngày 08/09/2026", either part alone, or empty when neither is known. */
    private static Optional<String> issued(Evidence e) {
        Optional<String> number = e.documentNumber().filter(s -> !s.isBlank());
        if (number.isPresent() && e.issuedOn().isPresent()) {
            return Optional.of(number.get() + ", ngày " + SafeCells.date(e.issuedOn().get()));
        }
        if (number.isPresent()) {
            return number;
        }
        return e.issuedOn().map(d -> "Ngày " + SafeCells.date(d));
    }

    /** {@code link} as a hyperlink target when it is an absolute http(s) URI, else empty. */
    static Optional<String> linkTarget(String link) {
        String s = SafeCells.clean(link).strip();
        try {
            URI uri = new URI(s.replace(" ", "%20"));
            String scheme = uri.getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null) {
                return Optional.of(uri.toString());
            }
        } catch (URISyntaxException e) {
            // not a URI: printed in the links column, not made a hyperlink
        }
        return Optional.empty();
    }

    /**
     * One printed row: the first item with a code, and what all items with that code add (criteria, links,
     * file names).
     */
    record Entry(String code, Evidence item, List<String> criteria, List<String> links, List<String> fileNames) {
        /** The criterion the code belongs to: the one named in the code when it uses it, else the first. */
        String ownCriterion() {
            Matcher m = CRITERION_IN_CODE.matcher(code);
            if (m.find()) {
                String named = Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2));
                if (criteria.contains(named)) {
                    return named;
                }
            }
            return criteria.isEmpty() ? "" : criteria.get(0);
        }

        /** Ghi chú: the other criteria using the item, and its previous code. */
        String note() {
            List<String> parts = new ArrayList<>();
            String own = ownCriterion();
            List<String> others = criteria.stream().filter(c -> !c.equals(own)).toList();
            if (!others.isEmpty()) {
                parts.add("Dùng cho tiêu chí " + String.join(", ", others));
            }
            item.previousCode().filter(p -> !p.isBlank()).ifPresent(p -> parts.add("Mã cũ: " + p));
            return String.join("\n", parts);
        }
    }

    /** The items merged by code and sorted by {@link #CODE_ORDER}. */
    static List<Entry> entries(List<Evidence> evidence) {
        Map<String, List<Evidence>> byCode = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            byCode.computeIfAbsent(SafeCells.clean(e.code()).strip(), k -> new ArrayList<>()).add(e);
        }
        List<Entry> out = new ArrayList<>(byCode.size());
        byCode.forEach((code, items) -> {
            Set<String> criteria = new LinkedHashSet<>();
            Set<String> links = new LinkedHashSet<>();
            Set<String> files = new LinkedHashSet<>();
            for (Evidence e : items) {
                e.criteria().forEach(c -> criteria.add(SafeCells.clean(c).strip()));
                e.links().forEach(l -> links.add(SafeCells.clean(l).strip()));
                e.fileNames().forEach(f -> files.add(SafeCells.clean(f).strip()));
            }
            List<String> sorted = new ArrayList<>(criteria);
            sorted.sort(CriterionOrder.COMPARATOR);
            out.add(new Entry(code, items.get(0), List.copyOf(sorted), List.copyOf(links), List.copyOf(files)));
        });
        out.sort(Comparator.comparing(Entry::code, CODE_ORDER));
        return out;
    }
}
