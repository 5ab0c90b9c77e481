package vn.kdclgd.report.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.bare;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.evidence;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.formulaCells;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.input;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.rowOf;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.text;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.written;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.kdclgd.report.ReportException;
import vn.kdclgd.report.ReportInput;

class XlsxEvidenceListTest {
    static final List<ReportInput.Evidence> ITEMS = List.of(
            evidence("MC.1.10.02", "Biên bản họp", "1.10"),
            evidence("MC.1.2.01", "Kế hoạch năm học", "1.2", "2.3"),
            bare("MC.1.10.01", "=1+1", "1.10"),
            evidence("MC.2.1.01", "+84 912 345 678", "2.1"),
            evidence("MC.1.2.02", "-x", "1.2"),
            evidence("MC.1.1.01", "@SUM(A1)", "1.1"),
            evidence("MC.1.2.01", "Kế hoạch năm học", "3.1"));

    @Test
    void tt57HeadingsOrderLinksAndSharedCodes() throws Exception {
        try (XSSFWorkbook wb = written(out -> EvidenceListXlsx.write(input("TT57-2026-PT", ITEMS, List.of()), "TT57-2026", out))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(rowOf(s, 0, "DANH MỤC MINH CHỨNG")).isGreaterThanOrEqualTo(0);
            assertThat(rowOf(s, 0, "Năm học 2026-2027")).isGreaterThanOrEqualTo(0);
            assertThat(rowOf(s, 0, "Lập theo mục II khoản 4 Phụ lục IV Thông tư số 57/2026/TT-BGDĐT ngày 07/7/2026 "
                    + "của Bộ trưởng Bộ Giáo dục và Đào tạo")).isGreaterThanOrEqualTo(0);
            int h = rowOf(s, 1, "Mã minh chứng");
            List<String> headings = new ArrayList<>();
            s.getRow(h).forEach(c -> headings.add(c.getStringCellValue()));
            assertThat(headings).containsExactly("TT", "Mã minh chứng", "Tên minh chứng",
                    "Định dạng, vị trí lưu trữ hoặc đường dẫn điện tử", "Ghi chú");

            List<String> codes = codes(s, h);
            assertThat(codes).containsExactly("MC.1.1.01", "MC.1.2.01", "MC.1.2.02", "MC.1.10.01", "MC.1.10.02", "MC.2.1.01");
            int shared = h + 1 + codes.indexOf("MC.1.2.01");
            assertThat(text(s, shared, 4)).isEqualTo("Dùng cho tiêu chí 2.3, 3.1");
            assertThat(s.getRow(shared).getCell(1).getHyperlink().getAddress()).isEqualTo("https://drive.example.vn/mc/MC.1.2.01");
            assertThat(text(s, shared, 3)).isEqualTo("https://drive.example.vn/mc/MC.1.2.01\nMC.1.2.01.pdf");
            int bare = h + 1 + codes.indexOf("MC.1.10.01");
            assertThat(s.getRow(bare).getCell(1).getHyperlink()).isNull();
            assertThat(text(s, bare, 3)).isEqualTo("chưa có dữ liệu");
            assertThat(s.getRow(bare).getCell(3).getCellStyle().getFont().getItalic()).isTrue();

            for (String t : List.of("=1+1", "+84 912 345 678", "-x", "@SUM(A1)")) {
                int r = rowOf(s, 2, t);
                Cell c = s.getRow(r).getCell(2);
                assertThat(c.getCellType()).as(t).isEqualTo(CellType.STRING);
                assertThat(c.getCellStyle().getQuotePrefixed()).as(t).isTrue();
            }
            assertThat(formulaCells(wb)).isZero();

            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(s.getRepeatingRows().getFirstRow()).isEqualTo(h);
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (h + 1));
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A" + (h + 1) + ":E" + (h + 1 + codes.size()));
            assertThat(rowOf(s, 3, "HIỆU TRƯỞNG")).isGreaterThan(h + codes.size());
        }
    }

    @Test
    void tt2018HeadingsContinuousNumbering() throws Exception {
        List<ReportInput.Evidence> items = List.of(evidence("[H1-1.1-01]", "Quyết định", "1.1"),
                bare("[H1-1.10-01]", "Ảnh", "1.10"), evidence("[H1-1.2-01]", "Kế hoạch", "1.2"));
        try (XSSFWorkbook wb = written(out -> EvidenceListXlsx.write(input("TT18-2018", items, List.of()), "TT2018", out))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(rowOf(s, 0, "BẢNG THỐNG KÊ DANH MỤC MÃ HÓA MINH CHỨNG")).isGreaterThanOrEqualTo(0);
            int h = rowOf(s, 1, "Mã minh chứng");
            List<String> headings = new ArrayList<>();
            s.getRow(h).forEach(c -> headings.add(c.getStringCellValue()));
            assertThat(headings).containsExactly("Số TT", "Mã minh chứng", "Tên minh chứng",
                    "Số, ngày ban hành, hoặc thời điểm khảo sát, điều tra, phỏng vấn, quan sát",
                    "Nơi ban hành hoặc nhóm, cá nhân thực hiện", "Ghi chú");
            assertThat(codes(s, h)).containsExactly("[H1-1.1-01]", "[H1-1.2-01]", "[H1-1.10-01]");
            assertThat(s.getRow(h + 3).getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(text(s, h + 1, 3)).isEqualTo("12/QĐ-THCS, ngày 08/09/2026");
            assertThat(text(s, h + 3, 4)).isEqualTo("chưa có dữ liệu");
            assertThat(formulaCells(wb)).isZero();
        }
    }

    @Test
    void unknownRegimeWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> EvidenceListXlsx.write(input("X", ITEMS, List.of()), "TT99", out))
                .isInstanceOf(ReportException.class).hasMessageContaining(ReportException.NOT_FOR_REGIME);
        assertThat(out.size()).isZero();
    }

    @Test
    void twentyThousandRows() throws Exception {
        List<ReportInput.Evidence> many = new ArrayList<>();
        for (int i = 20_000; i >= 1; i--) {
            int std = 1 + i % 4;
            int crit = 1 + (i / 4) % 12;
            many.add(evidence("MC." + std + "." + crit + "." + String.format("%04d", i), "Minh chứng số " + i, std + "." + crit));
        }
        try (XSSFWorkbook wb = written(out -> EvidenceListXlsx.write(input("TT57-2026-PT", many, List.of()), "TT57-2026", out))) {
            XSSFSheet s = wb.getSheetAt(0);
            int h = rowOf(s, 1, "Mã minh chứng");
            List<String> codes = codes(s, h);
            assertThat(codes).hasSize(20_000);
            List<String> sorted = new ArrayList<>(codes);
            sorted.sort(EvidenceListXlsx.CODE_ORDER);
            assertThat(codes).isEqualTo(sorted);
            assertThat(codes.get(0)).startsWith("MC.1.1.");
        }
    }

    @Test
    void naturalOrder() {
        List<String> c = new ArrayList<>(List.of("MC.1.10.02", "MC.1.2.01", "MC.10.1.01", "MC.2.1.01", "MC.1.2.10", "MC.1.2.02"));
        c.sort(EvidenceListXlsx.CODE_ORDER);
        assertThat(c).containsExactly("MC.1.2.01", "MC.1.2.02", "MC.1.2.10", "MC.1.10.02", "MC.2.1.01", "MC.10.1.01");
    }

    /** The codes of the numbered rows under the header. */
    static List<String> codes(XSSFSheet s, int header) {
        List<String> codes = new ArrayList<>();
        for (int r = header + 1; r <= s.getLastRowNum(); r++) {
            var row = s.getRow(r);
            if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() != CellType.NUMERIC) {
                break;
            }
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(codes.size() + 1);
            codes.add(row.getCell(1).getStringCellValue());
        }
        return codes;
    }
}
