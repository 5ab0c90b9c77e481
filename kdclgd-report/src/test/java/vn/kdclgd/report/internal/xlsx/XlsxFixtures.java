package vn.kdclgd.report.internal.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.kdclgd.report.ReportInput;

/** Inputs built directly from records, and reading back what the writers wrote. */
final class XlsxFixtures {
    private XlsxFixtures() {
    }

    /** An input with {@code evidence} and {@code evaluations}. */
    static ReportInput input(String catalogId, List<ReportInput.Evidence> evidence, List<ReportInput.Evaluation> evaluations) {
        ReportInput.School school = new ReportInput.School("79000001", "Trường THCS Nguyễn Du", "THCS", List.of("THCS"),
                Optional.of("Phòng Giáo dục và Đào tạo"), Optional.of("Thành phố Hồ Chí Minh"), Optional.of("Phường Bến Nghé"),
                Optional.of("1 Lê Duẩn"), 1);
        ReportInput.Council council = new ReportInput.Council(Optional.empty(), Optional.empty(), List.of(), List.of());
        ReportInput.Plan plan = new ReportInput.Plan(Optional.empty(), List.of(), List.of());
        return new ReportInput(school, catalogId, "2026-2027", Optional.of(LocalDate.of(2027, 5, 20)), council, plan,
                evaluations, evidence, List.of(), new TreeMap<>(), Map.of());
    }

    /** An evidence item with a link and a file. */
    static ReportInput.Evidence evidence(String code, String title, String... criteria) {
        return new ReportInput.Evidence(code, Optional.empty(), title, Optional.of("12/QĐ-THCS"),
                Optional.of(LocalDate.of(2026, 9, 8)), Optional.of("Trường THCS Nguyễn Du"), Optional.empty(),
                List.of("https://drive.example.vn/mc/" + code), List.of(code + ".pdf"), List.of(criteria));
    }

    /** An evidence item with nothing but its code, title and criteria. */
    static ReportInput.Evidence bare(String code, String title, String... criteria) {
        return new ReportInput.Evidence(code, Optional.empty(), title, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(criteria));
    }

    /** What {@code writer} writes, read back. */
    static XSSFWorkbook written(Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell of every sheet. */
    static List<Cell> allCells(XSSFWorkbook wb) {
        List<Cell> all = new ArrayList<>();
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    all.add(c);
                }
            }
        }
        return all;
    }

    /** No formula cell anywhere. */
    static long formulaCells(XSSFWorkbook wb) {
        return allCells(wb).stream().filter(c -> c.getCellType() == CellType.FORMULA).count();
    }

    /** The text of a cell, or "" when absent or not text. */
    static String text(Sheet s, int row, int col) {
        Row r = s.getRow(row);
        if (r == null || r.getCell(col) == null || r.getCell(col).getCellType() != CellType.STRING) {
            return "";
        }
        return r.getCell(col).getStringCellValue();
    }

    /** The first row whose column {@code col} reads {@code text}, or -1. */
    static int rowOf(Sheet s, int col, String text) {
        for (Row r : s) {
            if (text.equals(text(s, r.getRowNum(), col))) {
                return r.getRowNum();
            }
        }
        return -1;
    }
}
