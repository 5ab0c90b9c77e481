package vn.kdclgd.report.internal.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.kdclgd.core.service.UnitStatistics;
import vn.kdclgd.core.service.UnitStatistics.KindCount;
import vn.kdclgd.core.service.UnitStatistics.LevelCount;

/**
 * A supervising unit's statistics as an XLSX workbook: the scope, the school counts, the schools per level
 * for each catalog (levels of different regimes are never added up), certificates ending soon by kind, the
 * improvement actions with overdue reviews, and a clustered column chart "Số trường theo mức đạt" (one
 * category per level, one series per catalog). Counts only: no school is named and nothing is ranked.
 */
public final class StatisticsXlsx {
    /** The sheet's name. */
    public static final String SHEET = "Thống kê";
    /** The chart's title. */
    public static final String CHART_TITLE = "Số trường theo mức đạt";

    private StatisticsXlsx() {
    }

    /**
     * Writes {@code stats} to {@code out} (left open).
     *
     * @throws vn.kdclgd.report.ReportException {@code KDCL-9407} when the output cannot be written
     */
    public static void write(UnitStatistics stats, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            SafeCells cells = new SafeCells(wb);
            XSSFSheet sheet = wb.createSheet(SHEET);
            Sheets.a4(sheet, false);
            sheet.setColumnWidth(0, 60 * 256);
            for (int c = 1; c < 8; c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }

            int r = 0;
            cells.text(sheet.createRow(r), 0, "THỐNG KÊ TỰ ĐÁNH GIÁ VÀ ĐÁNH GIÁ NGOÀI", st.title);
            r += 2;
            cells.text(sheet.createRow(r++), 0, "1. Phạm vi thống kê", st.leftBold);
            r = textRow(sheet, cells, st, r, "Đơn vị (mã)", stats.scope().unitId().toString());
            r = textRow(sheet, cells, st, r, "Loại trường", stats.scope().schoolType().orElse("Tất cả"));
            r = textRow(sheet, cells, st, r, "Năm học", stats.scope().schoolYear());
            r = textRow(sheet, cells, st, r, "Tính đến ngày", SafeCells.date(stats.scope().date()));
            r++;

            cells.text(sheet.createRow(r++), 0, "2. Số trường", st.leftBold);
            r = headerRow(sheet, cells, st, r, "Chỉ tiêu", "Số lượng");
            UnitStatistics.SchoolCounts c = stats.counts();
            r = numberRow(sheet, cells, st, r, "Số trường", c.schools());
            r = numberRow(sheet, cells, st, r, "Số trường đã công bố báo cáo tự đánh giá", c.published());
            Row pct = sheet.createRow(r++);
            cells.text(pct, 0, "Tỉ lệ trường đã công bố báo cáo tự đánh giá (%)", st.body);
            cells.number(pct, 1, c.publishedPercent(), st.decimal);
            r = numberRow(sheet, cells, st, r, "Số trường đăng ký đánh giá ngoài", c.reviewsRegistered());
            r = numberRow(sheet, cells, st, r, "Số trường đã có quyết định kết quả đánh giá ngoài", c.reviewsCompleted());
            r++;

            cells.text(sheet.createRow(r++), 0, "3. Số trường theo mức đạt (theo bộ tiêu chuẩn)", st.leftBold);
            Map<String, Map<Integer, Long>> byCatalog = new TreeMap<>();
            TreeSet<Integer> levels = new TreeSet<>();
            for (LevelCount lc : stats.levels()) {
                byCatalog.computeIfAbsent(lc.catalogId(), k -> new TreeMap<>()).merge(lc.level(), lc.schools(), Long::sum);
                levels.add(lc.level());
            }
            int chartHeader = -1;
            int firstLevel = -1;
            int lastLevel = -1;
            List<String> catalogs = new ArrayList<>(byCatalog.keySet());
            if (catalogs.isEmpty()) {
                cells.text(sheet.createRow(r++), 0, "Không có trường nào có mức đạt trong phạm vi thống kê.", st.left);
            } else {
                for (int l = 0; l <= levels.last(); l++) {
                    levels.add(l);
                }
                chartHeader = r;
                Row h = sheet.createRow(r++);
                cells.text(h, 0, "Mức đạt", st.header);
                for (int i = 0; i < catalogs.size(); i++) {
                    cells.text(h, 1 + i, catalogs.get(i), st.header);
                }
                firstLevel = r;
                for (int l : levels) {
                    Row row = sheet.createRow(r++);
                    cells.text(row, 0, l == 0 ? "Không đạt Mức 1" : "Mức " + l, st.body);
                    for (int i = 0; i < catalogs.size(); i++) {
                        cells.number(row, 1 + i, byCatalog.get(catalogs.get(i)).getOrDefault(l, 0L), st.number);
                    }
                }
                lastLevel = r - 1;
                cells.text(sheet.createRow(r++), 0,
                        "Mức đạt theo báo cáo tự đánh giá công bố gần nhất của mỗi trường; mức của các bộ tiêu chuẩn khác nhau không cộng gộp.",
                        st.note);
            }
            r++;

            cells.text(sheet.createRow(r++), 0,
                    "4. Giấy chứng nhận còn hiệu lực hết hạn trong " + stats.expiringMonths() + " tháng tới", st.leftBold);
            r = headerRow(sheet, cells, st, r, "Loại", "Số giấy chứng nhận");
            for (KindCount k : stats.expiring()) {
                r = numberRow(sheet, cells, st, r, kindText(k.kind()), k.certificates());
            }
            Row total = sheet.createRow(r++);
            cells.text(total, 0, "Tổng cộng", st.bodyBold);
            cells.number(total, 1, stats.expiringTotal(), st.numberBold);
            r++;

            cells.text(sheet.createRow(r++), 0, "5. Hoạt động cải tiến quá hạn rà soát", st.leftBold);
            r = headerRow(sheet, cells, st, r, "Chỉ tiêu", "Số lượng");
            r = numberRow(sheet, cells, st, r, "Số lần rà soát phải có tính đến ngày thống kê", stats.overdue().requiredReviews());
            r = numberRow(sheet, cells, st, r, "Số hoạt động cải tiến quá hạn rà soát", stats.overdue().actions());
            r = numberRow(sheet, cells, st, r, "Số trường có hoạt động cải tiến quá hạn rà soát", stats.overdue().schools());
            r++;

            if (chartHeader >= 0) {
                List<Charts.Series> series = new ArrayList<>();
                for (int i = 0; i < catalogs.size(); i++) {
                    series.add(new Charts.Series(new CellReference(chartHeader, 1 + i),
                            new CellRangeAddress(firstLevel, lastLevel, 1 + i, 1 + i)));
                }
                Charts.clusteredColumns(sheet, 0, r, 4, r + 20, CHART_TITLE, "Mức đạt", "Số trường",
                        new CellRangeAddress(firstLevel, lastLevel, 0, 0), series);
            }
            Sheets.write(wb, out, "statistics");
        } catch (IOException e) {
            throw Sheets.writeFailed("statistics", e);
        }
    }

    private static String kindText(String kind) {
        return switch (kind) {
            case "accreditation" -> "Công nhận đạt kiểm định chất lượng giáo dục";
            case "nationalStandard" -> "Công nhận đạt chuẩn quốc gia";
            default -> kind;
        };
    }

    private static int headerRow(XSSFSheet sheet, SafeCells cells, Styles st, int r, String a, String b) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, a, st.header);
        cells.text(row, 1, b, st.header);
        return r + 1;
    }

    private static int textRow(XSSFSheet sheet, SafeCells cells, Styles st, int r, String label, String value) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, label, st.body);
        cells.text(row, 1, value, st.body);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 3));
        for (int c = 2; c <= 3; c++) {
            cells.blank(row, c, st.body);
        }
        return r + 1;
    }

    private static int numberRow(XSSFSheet sheet, SafeCells cells, Styles st, int r, String label, long value) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, label, st.body);
        cells.number(row, 1, value, st.number);
        return r + 1;
    }
}
