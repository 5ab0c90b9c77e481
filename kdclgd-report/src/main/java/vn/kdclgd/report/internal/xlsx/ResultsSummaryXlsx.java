package vn.kdclgd.report.internal.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.kdclgd.report.ReportException;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.ReportInput.Evaluation;
import vn.kdclgd.report.ReportInput.Judgement;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.rating.CriterionResult;
import vn.kdclgd.rules.rating.Judgements;
import vn.kdclgd.rules.rating.RatingEngine;
import vn.kdclgd.rules.rating.RatingResult;
import vn.kdclgd.rules.rating.StandardResult;

/**
 * A school's self-assessment results as an XLSX workbook: sheet "Kết quả" with the school level, the level
 * of every criterion (Không đạt / Mức n), for every standard the number of criteria reaching each level,
 * the Mức-4 items of the 2018 regime, and a clustered column chart "Số tiêu chí đạt từng mức theo tiêu
 * chuẩn" (one category per standard, one series per level); sheet "Giải thích" with the rating engine's
 * explanation. A level that missing judgements could still raise is marked as not yet determined.
 */
public final class ResultsSummaryXlsx {
    /** The chart's title. */
    public static final String CHART_TITLE = "Số tiêu chí đạt từng mức theo tiêu chuẩn";
    /** The results sheet's name. */
    public static final String SHEET = "Kết quả";
    /** The explanation sheet's name. */
    public static final String EXPLANATION_SHEET = "Giải thích";
    /** The evaluation "criterion" holding the 2018 regime's Mức-4 item judgements. */
    public static final String LEVEL4_CRITERION = "MUC4";

    private ResultsSummaryXlsx() {
    }

    /**
     * The judgements of {@code input}'s evaluations: item judgements per criterion and level, and the
     * Mức-4 items from the evaluation {@link #LEVEL4_CRITERION}.
     */
    public static Judgements judgements(ReportInput input) {
        Judgements.Builder b = Judgements.builder();
        for (Evaluation e : input.evaluations()) {
            for (Judgement j : e.judgements()) {
                if (LEVEL4_CRITERION.equals(e.criterion())) {
                    b.level4(j.itemKey(), j.met());
                } else {
                    b.item(e.criterion(), j.level(), j.itemKey(), j.met());
                }
            }
        }
        return b.build();
    }

    /**
     * Rates {@code input}'s judgements against {@code catalog} and writes the results.
     *
     * @throws ReportException the rating engine's problems (a judgement the catalog has no place for), or
     *                         {@code KDCL-9407} when the output cannot be written
     */
    public static void write(ReportInput input, Catalog catalog, OutputStream out) {
        RatingResult result;
        try {
            result = RatingEngine.rate(catalog, judgements(input));
        } catch (ReportException e) {
            throw e;
        } catch (KdclException e) {
            throw new ReportException(e.problems(), e);
        }
        write(input, catalog, result, out);
    }

    /**
     * Writes {@code result} (the rating of {@code input} against {@code catalog}) to {@code out} (left open).
     *
     * @throws ReportException {@code KDCL-9407} when the output cannot be written
     */
    public static void write(ReportInput input, Catalog catalog, RatingResult result, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            SafeCells cells = new SafeCells(wb);
            XSSFSheet sheet = wb.createSheet(SHEET);
            Sheets.a4(sheet, false);
            int levels = Math.max(1, catalog.levels());
            int cols = Math.max(5, 3 + levels);
            sheet.setColumnWidth(0, 16 * 256);
            sheet.setColumnWidth(1, 12 * 256);
            sheet.setColumnWidth(2, 48 * 256);
            for (int c = 3; c < cols; c++) {
                sheet.setColumnWidth(c, 14 * 256);
            }
            sheet.setColumnWidth(cols, 34 * 256);

            int r = 0;
            cells.text(sheet.createRow(r++), 0, input.school().name(), st.leftBold);
            cells.text(sheet.createRow(r), 0, "KẾT QUẢ TỰ ĐÁNH GIÁ", st.title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, cols));
            r++;
            cells.text(sheet.createRow(r), 0, "Năm học " + input.schoolYear(), st.subtitle);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, cols));
            r += 2;
            r = pair(sheet, cells, st, r, "Bộ tiêu chuẩn", catalog.title() + " (" + result.catalogId() + ")");
            String school = levelText(result.schoolLevel(), "Không đạt Mức 1");
            if (!result.complete()) {
                school += " (chưa đủ nhận định; có thể đạt tới " + levelText(result.schoolLevelUpperBound(), "Không đạt Mức 1") + ")";
            }
            r = pair(sheet, cells, st, r, "Mức đạt của trường", school);
            if (result.accreditationLevel().isPresent()) {
                int a = result.accreditationLevel().getAsInt();
                r = pair(sheet, cells, st, r, "Cấp độ kiểm định chất lượng giáo dục tương ứng", a == 0 ? "Không đạt" : "Cấp độ " + a);
            }
            if (result.nationalStandardDegree().isPresent()) {
                int d = result.nationalStandardDegree().getAsInt();
                r = pair(sheet, cells, st, r, "Mức độ đạt chuẩn quốc gia tương ứng", d == 0 ? "Không đạt" : "Mức độ " + d);
            }
            r++;

            // 1. criteria
            cells.text(sheet.createRow(r++), 0, "1. Mức đạt của từng tiêu chí", st.leftBold);
            Row h = sheet.createRow(r++);
            String[] ch = {"Tiêu chuẩn", "Tiêu chí", "Tên tiêu chí", "Mức đạt", "Ghi chú"};
            for (int c = 0; c < ch.length; c++) {
                cells.text(h, c, ch[c], st.header);
            }
            for (Criterion c : catalog.criteria()) {
                CriterionResult cr = result.criteria().get(c.code());
                Row row = sheet.createRow(r++);
                cells.number(row, 0, c.standardNumber(), st.bodyCentered);
                cells.text(row, 1, c.code(), st.bodyCentered);
                cells.text(row, 2, c.name(), st.body);
                if (cr == null) {
                    cells.text(row, 3, SafeCells.MISSING, st.missing);
                    cells.text(row, 4, "", st.body);
                    continue;
                }
                cells.text(row, 3, levelText(cr.level(), "Không đạt"), st.bodyCentered);
                List<String> notes = new ArrayList<>();
                if (cr.mandatory()) {
                    notes.add("Tiêu chí bắt buộc");
                }
                if (!cr.determined()) {
                    notes.add("Chưa đủ nhận định; có thể đạt tới " + levelText(cr.upperBound(), "Không đạt"));
                }
                cells.text(row, 4, String.join("\n", notes), st.body);
            }
            r++;

            // 2. counts per standard
            cells.text(sheet.createRow(r++), 0, "2. Số tiêu chí đạt từng mức theo tiêu chuẩn", st.leftBold);
            int countsHeader = r;
            h = sheet.createRow(r++);
            cells.text(h, 0, "Tiêu chuẩn", st.header);
            cells.text(h, 1, "Số tiêu chí", st.header);
            for (int l = 1; l <= levels; l++) {
                cells.text(h, 1 + l, "Mức " + l, st.header);
            }
            cells.text(h, 2 + levels, "Ghi chú", st.header);
            int firstCount = r;
            for (StandardResult sr : result.standards()) {
                Row row = sheet.createRow(r++);
                int total = catalog.standard(sr.number()).map(s -> s.criteria().size()).orElse(0);
                cells.text(row, 0, "Tiêu chuẩn " + sr.number(), st.body);
                cells.number(row, 1, total, st.number);
                List<String> notes = new ArrayList<>();
                for (int l = 1; l <= levels; l++) {
                    int reached = l <= sr.reached().size() ? sr.reached(l) : 0;
                    cells.number(row, 1 + l, reached, st.number);
                    if (l <= sr.outOf().size() && sr.outOf(l) != total) {
                        notes.add("Mức " + l + ": " + reached + "/" + sr.outOf(l) + " tiêu chí có mức này");
                    }
                }
                cells.text(row, 2 + levels, String.join("\n", notes), st.body);
            }
            int lastCount = r - 1;
            cells.text(sheet.createRow(r++), 0,
                    "Số tiêu chí đạt một mức gồm cả các tiêu chí đạt mức cao hơn.", st.note);
            r++;

            // 3. Mức-4 items (2018 regime)
            if (catalog.level4().isPresent()) {
                cells.text(sheet.createRow(r++), 0, "3. Các yêu cầu Mức 4 (" + catalog.level4().get().article() + ")", st.leftBold);
                h = sheet.createRow(r++);
                cells.text(h, 0, "Khoản", st.header);
                cells.text(h, 1, "Kết quả", st.header);
                cells.text(h, 2, "Nội dung", st.header);
                for (Item item : catalog.level4().get().items()) {
                    Row row = sheet.createRow(r++);
                    cells.text(row, 0, item.key(), st.bodyCentered);
                    Optional<Boolean> met = Optional.ofNullable(result.level4().get(item.key()));
                    if (met.isPresent()) {
                        cells.text(row, 1, met.get() ? "Đạt" : "Không đạt", st.bodyCentered);
                    } else {
                        cells.text(row, 1, SafeCells.MISSING, st.missing);
                    }
                    cells.text(row, 2, item.text(), st.body);
                }
                r++;
            }

            if (lastCount >= firstCount) {
                List<Charts.Series> series = new ArrayList<>();
                for (int l = 1; l <= levels; l++) {
                    series.add(new Charts.Series(new CellReference(countsHeader, 1 + l),
                            new CellRangeAddress(firstCount, lastCount, 1 + l, 1 + l)));
                }
                Charts.clusteredColumns(sheet, 0, r, cols + 1, r + 20, CHART_TITLE, "Tiêu chuẩn", "Số tiêu chí",
                        new CellRangeAddress(firstCount, lastCount, 0, 0), series);
            }

            XSSFSheet why = wb.createSheet(EXPLANATION_SHEET);
            why.setColumnWidth(0, 120 * 256);
            Sheets.a4(why, false);
            int w = 0;
            for (String line : result.explanation()) {
                cells.text(why.createRow(w++), 0, line, st.note);
            }
            wb.setActiveSheet(0);
            Sheets.write(wb, out, "results-summary");
        } catch (IOException e) {
            throw Sheets.writeFailed("results-summary", e);
        }
    }

    private static int pair(XSSFSheet sheet, SafeCells cells, Styles st, int r, String label, String value) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, label, st.leftBold);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        cells.text(row, 2, value, st.left);
        return r + 1;
    }

    /** "Mức n", or {@code zero} for level 0. */
    static String levelText(int level, String zero) {
        return level <= 0 ? zero : "Mức " + level;
    }
}
