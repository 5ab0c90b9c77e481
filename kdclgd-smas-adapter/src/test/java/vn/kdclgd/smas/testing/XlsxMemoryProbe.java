package vn.kdclgd.smas.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a large student export (xlsx, shared strings in first-use order as Excel writes them) and
 * reads it, to measure the heap a read needs. Not a test: run by hand, e.g.
 *
 * <pre>
 * java -cp … vn.kdclgd.smas.testing.XlsxMemoryProbe gen  big.xlsx 1000000
 * java -Xmx64m -cp … vn.kdclgd.smas.testing.XlsxMemoryProbe read big.xlsx
 * java -Xmx64m -cp … vn.kdclgd.smas.testing.XlsxMemoryProbe fastexcel big.xlsx
 * </pre>
 * where {@code …} is {@code target/test-classes:target/classes} and the test class path
 * ({@code mvn dependency:build-classpath -Dmdep.includeScope=test}). {@code read} goes through
 * {@code Sources} (zip guard, then fastexcel-reader or — when the shared strings do not fit the heap
 * budget — the spill reader); {@code fastexcel} is fastexcel-reader alone. {@code XlsxSpillLowMemoryTest}
 * runs the {@code read} case in a 64 MiB heap as part of the build.
 *
 * <p>Each row has 20 columns: 6 nearly unique strings (student id, name, father, mother, address, phone),
 * 5 strings from small sets, a date and 8 numbers.
 */
public final class XlsxMemoryProbe {
    /** Unique string columns per row. */
    public static final int UNIQUE_PER_ROW = 6;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Quốc", "Hoàng",
            "Thu", "Xuân", "Gia", "Bảo", "Khánh", "Phương", "Anh", "Hải", "Trọng", "Diệu", "Thảo"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hạnh", "Hiếu", "Hòa", "Hùng",
            "Hương", "Khoa", "Lan", "Linh", "Long", "Mai", "My", "Nam", "Nga", "Ngân", "Nhung", "Phúc", "Phượng",
            "Quân", "Quyên", "Sơn", "Tâm", "Thắng", "Thủy", "Tiến", "Trang", "Trung", "Tú", "Tuấn", "Uyên", "Vân",
            "Việt", "Vy", "Xuân", "Yến"};
    private static final List<String> SHARED = List.of("Nam", "Nữ", "Kinh", "Tày", "Thái", "Mường", "Khmer",
            "Hoàn thành tốt", "Hoàn thành", "Chưa hoàn thành", "Đang học", "Thôi học", "Chuyển đi");

    private XlsxMemoryProbe() {
    }

    /** Entry point: {@code gen FILE ROWS} or {@code read FILE} or {@code fastexcel FILE}. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        long t0 = System.nanoTime();
        switch (args[0]) {
            case "gen" -> generate(file, Integer.parseInt(args[2]));
            case "read" -> System.out.println("cells " + readWithSources(file));
            case "fastexcel" -> System.out.println("cells " + readWithFastexcel(file));
            default -> throw new IllegalArgumentException(args[0]);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%s done in %.1f s, max heap %d MiB, file %d MiB%n", args[0], (System.nanoTime() - t0) / 1e9,
                rt.maxMemory() >> 20, Files.size(file) >> 20);
    }

    private static String person(long i, int salt) {
        long k = i * 7919 + salt * 104_729L;
        return FAMILY[(int) (k % FAMILY.length)] + " " + MIDDLE[(int) ((k / 15) % MIDDLE.length)] + " "
                + MIDDLE[(int) ((k / 300) % MIDDLE.length)] + " " + GIVEN[(int) ((k / 6000) % GIVEN.length)] + " "
                + Long.toString(i, 36).toUpperCase();
    }

    /**
     * The nearly unique strings of data row {@code i} (0-based; sheet row {@code i + 2}), in column order B,
     * C, H, I, J, K: student id, name, father, mother, address, phone.
     */
    public static List<String> uniques(long i) {
        List<String> u = new ArrayList<>(UNIQUE_PER_ROW);
        u.add(String.format("HS%010d", i));
        u.add(person(i, 0));
        u.add(person(i, 1));
        u.add(person(i, 2));
        u.add("Số " + (i % 400 + 1) + " đường Lê Lợi, phường Bến Thành, tổ " + i);
        u.add(String.format("09%08d", i));
        return u;
    }

    /** Writes the probe workbook with {@code rows} data rows under one header row. */
    public static void generate(Path file, int rows) {
        String[] header = {"STT", "Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Lớp", "Họ tên cha",
                "Họ tên mẹ", "Địa chỉ", "Điện thoại", "Trạng thái", "Kết quả", "Toán", "Văn", "Anh", "Lý", "Hóa", "Sinh",
                "Sử"};
        int headerBase = SHARED.size();
        int uniqueBase = headerBase + header.length;
        RawXlsx.workbook(List.of("HocSinh"), List.of(false), "Times New Roman")
                .part("xl/sharedStrings.xml", out -> {
                    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                    for (String s : SHARED) {
                        si(out, s);
                    }
                    for (String s : header) {
                        si(out, s);
                    }
                    for (long i = 0; i < rows; i++) {
                        for (String s : uniques(i)) {
                            si(out, s);
                        }
                    }
                    out.write("</sst>");
                })
                .part("xl/worksheets/sheet1.xml", out -> {
                    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<dimension ref=\"A1:T" + (rows + 1) + "\"/><sheetData><row r=\"1\">");
                    for (int c = 0; c < header.length; c++) {
                        out.write("<c r=\"" + col(c) + "1\" t=\"s\"><v>" + (headerBase + c) + "</v></c>");
                    }
                    out.write("</row>");
                    for (long i = 0; i < rows; i++) {
                        long r = i + 2;
                        long u = uniqueBase + i * UNIQUE_PER_ROW;
                        out.write("<row r=\"" + r + "\">");
                        num(out, 0, r, Long.toString(i + 1));
                        str(out, 1, r, u);
                        str(out, 2, r, u + 1);
                        out.write("<c r=\"D" + r + "\" s=\"1\"><v>" + (38_000 + i % 2000) + "</v></c>");
                        str(out, 4, r, i % 2);
                        str(out, 5, r, 2 + i % 5);
                        out.write("<c r=\"G" + r + "\" t=\"inlineStr\"><is><t>" + (6 + i % 7) + "A" + (i % 9 + 1)
                                + "</t></is></c>");
                        str(out, 7, r, u + 2);
                        str(out, 8, r, u + 3);
                        str(out, 9, r, u + 4);
                        str(out, 10, r, u + 5);
                        str(out, 11, r, 10 + i % 3);
                        str(out, 12, r, 7 + i % 3);
                        for (int c = 13; c < 20; c++) {
                            num(out, c, r, (i * c) % 10 + "." + (i % 4) * 25);
                        }
                        out.write("</row>");
                    }
                    out.write("</sheetData></worksheet>");
                })
                .write(file);
    }

    /** Reads every cell through {@code Sources} with limits raised for the probe; returns the cell count. */
    static long readWithSources(Path file) throws IOException {
        vn.kdclgd.smas.internal.read.ReadLimits limits = new vn.kdclgd.smas.internal.read.ReadLimits(
                1L << 30, 4L << 30, 200, 2_000_000, 1000, 32_767);
        long[] cells = {0};
        try (vn.kdclgd.smas.internal.read.TabularSource source = vn.kdclgd.smas.internal.read.Sources.open(file, limits)) {
            source.read(0, row -> {
                cells[0] += row.cells().size();
                if (row.number() % 100_000 == 0) {
                    Runtime rt = Runtime.getRuntime();
                    System.out.printf("row %d used %d MiB%n", row.number(), (rt.totalMemory() - rt.freeMemory()) >> 20);
                }
                return true;
            });
        }
        return cells[0];
    }

    /** Reads every cell with plain fastexcel-reader (in-memory shared strings); returns the cell count. */
    static long readWithFastexcel(Path file) throws IOException {
        long cells = 0;
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                file.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true, true));
             java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().openStream()) {
            java.util.Iterator<org.dhatim.fastexcel.reader.Row> it = rows.iterator();
            while (it.hasNext()) {
                org.dhatim.fastexcel.reader.Row row = it.next();
                for (org.dhatim.fastexcel.reader.Cell c : row) {
                    if (c != null && !c.getText().isEmpty()) {
                        cells++;
                    }
                }
                if (row.getRowNum() % 100_000 == 0) {
                    Runtime rt = Runtime.getRuntime();
                    System.out.printf("row %d used %d MiB%n", row.getRowNum(), (rt.totalMemory() - rt.freeMemory()) >> 20);
                }
            }
        }
        return cells;
    }

    private static void si(Writer out, String s) throws IOException {
        out.write("<si><t>");
        out.write(RawXlsx.escape(s));
        out.write("</t></si>");
    }

    private static void str(Writer out, int c, long r, long index) throws IOException {
        out.write("<c r=\"" + col(c) + r + "\" t=\"s\"><v>" + index + "</v></c>");
    }

    private static void num(Writer out, int c, long r, String v) throws IOException {
        out.write("<c r=\"" + col(c) + r + "\"><v>" + v + "</v></c>");
    }

    private static String col(int c) {
        return String.valueOf((char) ('A' + c));
    }
}
