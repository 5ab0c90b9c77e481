package vn.kdclgd.benchmarks.imports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a synthetic, reproducible CSDL ngành-style student export (xlsx) for the import benchmark, and
 * the figures kdclgd's importer must find in it.
 *
 * <p>The first sheet, {@code Danh sách học sinh}, looks like a province-level CSDL export: two title rows
 * (merged, bold), a blank row, the header row (row 4) with the 20 columns below, one row per student sorted
 * by school and class, and a closing "Tổng số" row. The ten columns of the bundled template
 * {@code csdl-c1-hocsinh} (Mã lớp, Mã học sinh, Họ tên, Tên lớp, Khối, Ngày sinh, Giới tính, Trạng thái HS,
 * Dân tộc, Loại khuyết tật) are mixed with ten other CSDL columns (STT, Mã định danh, Nơi sinh, Quê quán,
 * Địa chỉ, Diện chính sách, Họ tên cha, Họ tên mẹ, Số điện thoại, Ghi chú). Every value is one the
 * template accepts (values.json). Four lookup sheets follow (ethnic groups, statuses, disabilities,
 * provinces), as in real CSDL files.
 *
 * <p>Written with fastexcel (the writer of the fastexcel-reader project), then brought to Excel's form by
 * {@link ExcelForm} (UTF-8 shared strings instead of numeric character references, the real sheet
 * dimension). Texts are shared strings (fastexcel's {@code value(row, col, String)}), as Excel writes them;
 * student codes, citizen ids, names, addresses, parents' names and phone numbers are mostly unique, so the
 * shared-strings table grows with the rows (about 7 unique strings a row) as in real exports. Numbers
 * (STT) are numeric cells; dates are text {@code dd/MM/yyyy}, as CSDL exports write them.
 *
 * <p>Deterministic: the same row count gives the same file content (seed {@value #SEED}). Files are
 * cached by name ({@code csdl-hocsinh-<rows>-v<version>.xlsx}); bump {@link #VERSION} when the content
 * changes.
 */
public final class CsdlStudentExport {
    /** The fixed seed. */
    public static final long SEED = 20_251_105L;
    /** Content version, part of the file name. */
    public static final int VERSION = 1;
    /** The school year of the export (and of the import). */
    public static final String SCHOOL_YEAR = "2025-2026";

    static final String[] HEADERS = {
        "STT", "Mã lớp", "Tên lớp", "Khối", "Mã học sinh", "Mã định danh", "Họ tên", "Ngày sinh", "Giới tính",
        "Dân tộc", "Nơi sinh", "Quê quán", "Địa chỉ", "Trạng thái HS", "Loại khuyết tật", "Diện chính sách",
        "Họ tên cha", "Họ tên mẹ", "Số điện thoại", "Ghi chú"};
    /** 0-based row of the header (row 4 of the sheet). */
    static final int HEADER_ROW = 3;

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Đoàn", "Tô", "Cao", "Hà",
        "Lương", "Tạ", "Châu", "Quách", "Kiều", "Triệu"};
    /** Cumulative weights of {@link #SURNAMES}, per mille (Nguyễn is about 38 %). */
    private static final int[] SURNAME_WEIGHTS = {380, 490, 585, 655, 700, 740, 785, 815, 840, 861, 881, 895, 908, 921,
        931, 936, 944, 952, 958, 964, 970, 975, 980, 984, 988, 991, 994, 996, 998, 1000};
    private static final String[] MALE_MIDDLE = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Gia", "Anh", "Hoàng",
        "Thành", "Tuấn", "Công", "Xuân", "Đình", "Bảo", "Nhật", "Trọng", "Quốc", "Thanh", "Phúc", "Khánh"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Ngọc", "Thu", "Thanh", "Phương", "Hồng", "Mai", "Bảo",
        "Khánh", "Minh", "Kim", "Thùy", "Diệu", "Hoài", "Gia", "Tuyết", "Ánh", "Quỳnh", "Như", "Yến"};
    private static final String[] MALE_GIVEN = {"An", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Đức", "Hải",
        "Hiếu", "Hoàng", "Huy", "Hùng", "Khang", "Khoa", "Khôi", "Kiên", "Lâm", "Long", "Minh", "Nam", "Nghĩa",
        "Nhân", "Phát", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Tâm", "Thái", "Thắng", "Thành", "Thiện",
        "Thịnh", "Toàn", "Trí", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Khải", "Lộc", "Hưng", "Hậu",
        "Định", "Tú"};
    private static final String[] FEMALE_GIVEN = {"Anh", "Ánh", "Châu", "Chi", "Diệp", "Dung", "Duyên", "Giang",
        "Hà", "Hân", "Hằng", "Hạnh", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Khánh", "Lan", "Linh", "Loan", "Ly",
        "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhi", "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Tâm", "Thảo",
        "Thư", "Thủy", "Trang", "Trâm", "Uyên", "Vân", "Vy", "Yến", "Tiên", "Xuân", "Hoài", "Lam", "Nguyệt",
        "Thơ", "Kiều"};
    private static final String[] STREETS = {"Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng",
        "Lý Thường Kiệt", "Nguyễn Huệ", "Lê Duẩn", "Điện Biên Phủ", "Cách Mạng Tháng Tám", "Võ Thị Sáu",
        "Phan Đình Phùng", "Nguyễn Văn Cừ", "Hoàng Văn Thụ", "Quang Trung", "Nguyễn Thị Minh Khai",
        "Lê Văn Sỹ", "Trường Chinh", "Âu Cơ", "Lạc Long Quân", "Phạm Văn Đồng", "Nguyễn Đình Chiểu",
        "Bà Triệu", "Lê Thánh Tôn", "Pasteur", "Nam Kỳ Khởi Nghĩa", "Tôn Đức Thắng", "Phan Chu Trinh",
        "Ngô Quyền", "Hùng Vương", "Nguyễn Tất Thành", "Trần Phú", "Lê Hồng Phong", "Nguyễn Du", "Bạch Đằng",
        "Xô Viết Nghệ Tĩnh", "Nguyễn Văn Linh", "Huỳnh Tấn Phát", "Kinh Dương Vương", "Lũy Bán Bích", "Tân Kỳ Tân Quý"};
    private static final String[] WARDS = {"Bến Nghé", "Bến Thành", "Tân Định", "Đa Kao", "Phạm Ngũ Lão",
        "Cầu Ông Lãnh", "Nguyễn Cư Trinh", "Võ Thị Sáu", "Bàn Cờ", "Tân Phú", "Phú Thạnh", "Hiệp Tân", "Tân Thới Hòa",
        "Bình Trị Đông", "An Lạc", "Tân Tạo", "Linh Trung", "Linh Xuân", "Hiệp Bình Chánh", "Thảo Điền",
        "An Khánh", "Long Bình", "Phước Long", "Tăng Nhơn Phú", "Tân Thuận Đông", "Phú Mỹ", "Tân Phong",
        "Bình Thuận", "Tân Hưng", "Tân Kiểng", "Xuân Thới Sơn", "Bà Điểm", "Tân Thông Hội", "Phước Hiệp",
        "Thái Mỹ", "Nhơn Đức", "Phước Kiển", "Bình Hưng", "Lê Minh Xuân", "Vĩnh Lộc A"};
    private static final String[] HAMLETS = {"Ấp 1", "Ấp 2", "Ấp 3", "Ấp 4", "Ấp Mới", "Ấp Chánh", "Ấp Đông",
        "Ấp Tây", "Ấp Bắc", "Ấp Nam", "Khu phố 1", "Khu phố 2", "Khu phố 3", "Khu phố 4", "Khu phố 5", "Tổ 7"};
    private static final String[] DISTRICTS = {"Quận 1", "Quận 3", "Quận 4", "Quận 5", "Quận 6", "Quận 7",
        "Quận 8", "Quận 10", "Quận 11", "Quận 12", "Quận Bình Thạnh", "Quận Gò Vấp", "Quận Tân Bình",
        "Quận Tân Phú", "Quận Bình Tân", "Quận Phú Nhuận", "TP. Thủ Đức", "Huyện Bình Chánh", "Huyện Hóc Môn",
        "Huyện Củ Chi", "Huyện Nhà Bè", "Huyện Cần Giờ"};
    private static final String[] PROVINCES = {"TP. Hồ Chí Minh", "Hà Nội", "Đồng Nai", "Bình Dương", "Long An",
        "Tiền Giang", "Bến Tre", "Vĩnh Long", "Cần Thơ", "An Giang", "Đồng Tháp", "Kiên Giang", "Sóc Trăng",
        "Bạc Liêu", "Cà Mau", "Trà Vinh", "Tây Ninh", "Bình Phước", "Lâm Đồng", "Đắk Lắk", "Gia Lai", "Kon Tum",
        "Bình Định", "Quảng Ngãi", "Quảng Nam", "Đà Nẵng", "Thừa Thiên Huế", "Quảng Trị", "Quảng Bình",
        "Hà Tĩnh", "Nghệ An", "Thanh Hóa", "Ninh Bình", "Nam Định", "Thái Bình", "Hải Phòng", "Hải Dương",
        "Hưng Yên", "Bắc Ninh", "Phú Thọ", "Thái Nguyên", "Lạng Sơn", "Cao Bằng", "Hà Giang", "Lào Cai",
        "Yên Bái", "Sơn La", "Điện Biên", "Hòa Bình", "Khánh Hòa", "Phú Yên", "Ninh Thuận", "Bình Thuận",
        "Bà Rịa - Vũng Tàu", "Hậu Giang"};
    /** Kinh first; the others are minorities (values.json: anything but Kinh/Việt is MINORITY). */
    private static final String[] ETHNIC = {"Kinh", "Hoa", "Khmer", "Tày", "Thái", "Mường", "Nùng", "H'Mông",
        "Dao", "Gia Rai", "Ê Đê", "Ba Na", "Chăm", "Sán Chay", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai",
        "Mnông", "Thổ", "Stiêng", "Khơ Mú", "Bru - Vân Kiều", "Cơ Tu"};
    /** Statuses: counted (ENROLLED in values.json) … */
    private static final String[] ENROLLED = {"Đang học", "Chuyển đến", "Lưu ban"};
    /** … and not counted (LEFT). */
    private static final String[] LEFT = {"Chuyển đi", "Thôi học"};
    private static final String[] DISABILITIES = {"Khuyết tật vận động", "Khuyết tật nghe, nói", "Khuyết tật nhìn",
        "Khuyết tật trí tuệ", "Khuyết tật thần kinh, tâm thần", "Khuyết tật khác"};
    private static final String[] POLICY = {"Con hộ nghèo", "Con hộ cận nghèo", "Con thương binh, liệt sĩ",
        "Con mồ côi", "Vùng đặc biệt khó khăn", "Dân tộc thiểu số ở vùng khó khăn"};
    private static final String[] NOTES = {"Chuyển đến từ trường khác trong năm học", "Miễn học phí",
        "Học hòa nhập", "Nhập học muộn", "Đã nộp giấy khai sinh bản sao", "Chưa có mã định danh cá nhân"};
    private static final String[] PHONE_PREFIXES = {"090", "091", "093", "094", "096", "097", "098", "032", "033",
        "034", "035", "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "083", "084", "085",
        "088", "086", "089"};

    private CsdlStudentExport() {
    }

    /** The file name for {@code rows} students. */
    public static String fileName(int rows) {
        return "csdl-hocsinh-" + rows + "-v" + VERSION + ".xlsx";
    }

    /** The figures file beside an export. */
    public static Path expectedFile(Path xlsx) {
        String name = xlsx.getFileName().toString();
        return xlsx.resolveSibling(name.substring(0, name.length() - ".xlsx".length()) + ".expected.properties");
    }

    /**
     * The export of {@code rows} students in {@code dir}, generated unless it (and its figures) is there
     * already. Prints what it does.
     */
    public static Path ensure(Path dir, int rows) throws IOException {
        Path xlsx = dir.resolve(fileName(rows));
        Path expected = expectedFile(xlsx);
        if (Files.isRegularFile(xlsx) && Files.isRegularFile(expected)) {
            return xlsx;
        }
        Files.createDirectories(dir);
        Path raw = dir.resolve(xlsx.getFileName() + ".fastexcel.tmp");
        Path tmp = dir.resolve(xlsx.getFileName() + ".tmp");
        long start = System.nanoTime();
        Expected figures;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(raw), 1 << 16)) {
            figures = write(out, rows);
        }
        ExcelForm.rewrite(raw, tmp, "A1:" + columnLetters(HEADERS.length - 1) + figures.lastRow);
        Files.delete(raw);
        Files.move(tmp, xlsx, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        figures.store(expected);
        System.out.printf("generated %s: %,d bytes in %.1f s%n", xlsx, Files.size(xlsx), (System.nanoTime() - start) / 1e9);
        return xlsx;
    }

    /** What the importer must find, and what a plain reader must see, in one export. */
    public static final class Expected {
        /** Non-empty rows of the first sheet (titles, header, students, closing row). */
        public long sheetRows;
        /** Non-empty cells of the first sheet. */
        public long sheetCells;
        /** Student rows. */
        public int students;
        /** Student rows with a LEFT status (not counted). */
        public int left;
        /** 1-based number of the last row of the first sheet. */
        int lastRow;
        /** The importer's counts (ImportResult.counts()), category → count. */
        public final Map<String, Integer> counts = new TreeMap<>();

        void store(Path file) throws IOException {
            Properties p = new Properties();
            p.setProperty("sheetRows", Long.toString(sheetRows));
            p.setProperty("sheetCells", Long.toString(sheetCells));
            p.setProperty("students", Integer.toString(students));
            p.setProperty("left", Integer.toString(left));
            counts.forEach((k, v) -> p.setProperty("count." + k, Integer.toString(v)));
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "figures of " + file.getFileName() + " (CsdlStudentExport v" + VERSION + ")");
            }
        }

        /** Reads the figures stored beside {@code xlsx}. */
        public static Expected load(Path xlsx) throws IOException {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(expectedFile(xlsx), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Expected e = new Expected();
            e.sheetRows = Long.parseLong(p.getProperty("sheetRows"));
            e.sheetCells = Long.parseLong(p.getProperty("sheetCells"));
            e.students = Integer.parseInt(p.getProperty("students"));
            e.left = Integer.parseInt(p.getProperty("left"));
            for (String k : p.stringPropertyNames()) {
                if (k.startsWith("count.")) {
                    e.counts.put(k.substring("count.".length()), Integer.parseInt(p.getProperty(k)));
                }
            }
            return e;
        }
    }

    /** Writes the workbook of {@code rows} students to {@code out}; returns its figures. */
    static Expected write(OutputStream out, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        Expected e = new Expected();
        Workbook wb = new Workbook(out, "Microsoft Excel", "16.0");
        Worksheet ws = wb.newWorksheet("Danh sách học sinh");
        int last = HEADERS.length - 1;
        ws.value(0, 0, "SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH");
        ws.range(0, 0, 0, last).merge();
        ws.style(0, 0).bold().set();
        ws.value(1, 0, "DANH SÁCH HỌC SINH TIỂU HỌC NĂM HỌC " + SCHOOL_YEAR + " (trích xuất từ CSDL ngành)");
        ws.range(1, 0, 1, last).merge();
        ws.style(1, 0).bold().fontSize(14).horizontalAlignment("center").set();
        e.sheetRows += 2;
        e.sheetCells += 2;
        for (int c = 0; c < HEADERS.length; c++) {
            ws.value(HEADER_ROW, c, HEADERS[c]);
            ws.style(HEADER_ROW, c).bold().fillColor("D9E1F2").borderStyle("thin").wrapText(true).set();
        }
        e.sheetRows++;
        e.sheetCells += HEADERS.length;
        ws.freezePane(0, HEADER_ROW + 1);

        int female = 0;
        int minority = 0;
        int disabled = 0;
        int[] byGrade = new int[6];
        int[] classesByGrade = new int[6];
        Set<String> countedClasses = new HashSet<>();
        int school = 0;
        int classInSchool = 0;
        int classSize = 0;
        int seatsLeft = 0;
        String classCode = null;
        String className = null;
        int grade = 1;
        int r = HEADER_ROW + 1;
        for (int i = 0; i < rows; i++, r++) {
            if (seatsLeft == 0) {
                // 5 grades × 5 classes a school, 28–40 pupils a class, sorted by school and class as CSDL sorts
                if (classInSchool == 25) {
                    school++;
                    classInSchool = 0;
                }
                grade = classInSchool / 5 + 1;
                className = grade + "A" + (classInSchool % 5 + 1);
                classCode = "79" + String.format("%06d", 760_000 + school) + "-" + className;
                classSize = 28 + random.nextInt(13);
                seatsLeft = classSize;
                classInSchool++;
            }
            seatsLeft--;
            boolean isFemale = random.nextInt(1000) < 485;
            String surname = SURNAMES[pick(random, SURNAME_WEIGHTS)];
            String name = personName(random, surname, isFemale, true);
            int year = 2025 - 5 - grade + (random.nextInt(100) < 3 ? -1 : 0);
            int dayOfYear = random.nextInt(365);
            java.time.LocalDate born = java.time.LocalDate.ofYearDay(year, dayOfYear + 1);
            int ethnic = random.nextInt(1000) < 860 ? 0 : 1 + random.nextInt(ETHNIC.length - 1);
            int st = random.nextInt(1000);
            String status = st < 955 ? ENROLLED[0] : st < 975 ? ENROLLED[1] : st < 985 ? ENROLLED[2]
                    : st < 993 ? LEFT[0] : LEFT[1];
            boolean counted = st < 985;
            int dis = random.nextInt(1000);
            String disability = dis < 900 ? null : dis < 980 ? "Không" : DISABILITIES[random.nextInt(DISABILITIES.length)];
            String birthProvince = random.nextInt(100) < 70 ? PROVINCES[0] : PROVINCES[random.nextInt(PROVINCES.length)];
            String homeProvince = PROVINCES[random.nextInt(PROVINCES.length)];
            String hometown = random.nextInt(100) < 40 ? "Xã " + WARDS[random.nextInt(WARDS.length)] + ", " + homeProvince
                    : homeProvince;
            String address = address(random);
            String father = random.nextInt(100) < 92 ? personName(random, surname, false, false) : null;
            String mother = random.nextInt(100) < 97
                    ? personName(random, SURNAMES[pick(random, SURNAME_WEIGHTS)], true, false) : null;
            String phone = random.nextInt(100) < 88
                    ? PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + String.format("%07d", random.nextInt(10_000_000))
                    : null;
            String policy = random.nextInt(100) < 8 ? POLICY[random.nextInt(POLICY.length)] : null;
            String note = random.nextInt(100) < 4 ? NOTES[random.nextInt(NOTES.length)] : null;
            // unique codes: affine bijections modulo 10^8 and 10^6 of the row index
            String studentCode = "79" + String.format("%08d", (48_271L * i + 12_345_679L) % 100_000_000L);
            String citizenId = "079" + (born.getYear() >= 2000 ? (isFemale ? 3 : 2) : (isFemale ? 1 : 0))
                    + String.format("%02d", born.getYear() % 100) + String.format("%06d", (7_919L * i + 104_729L) % 1_000_000L);

            ws.value(r, 0, i + 1);
            ws.value(r, 1, classCode);
            ws.value(r, 2, className);
            ws.value(r, 3, "Khối " + grade);
            ws.value(r, 4, studentCode);
            ws.value(r, 5, citizenId);
            ws.value(r, 6, name);
            ws.value(r, 7, String.format("%02d/%02d/%04d", born.getDayOfMonth(), born.getMonthValue(), born.getYear()));
            ws.value(r, 8, isFemale ? "Nữ" : "Nam");
            ws.value(r, 9, ETHNIC[ethnic]);
            ws.value(r, 10, birthProvince);
            ws.value(r, 11, hometown);
            ws.value(r, 12, address);
            ws.value(r, 13, status);
            int cells = 14;
            if (disability != null) {
                ws.value(r, 14, disability);
                cells++;
            }
            cells += optional(ws, r, 15, policy) + optional(ws, r, 16, father) + optional(ws, r, 17, mother)
                    + optional(ws, r, 18, phone) + optional(ws, r, 19, note);
            e.sheetRows++;
            e.sheetCells += cells;
            e.students++;
            if (counted) {
                if (isFemale) {
                    female++;
                }
                if (ethnic != 0) {
                    minority++;
                }
                if (disability != null && !disability.equals("Không")) {
                    disabled++;
                }
                byGrade[grade]++;
                if (countedClasses.add(classCode)) {
                    classesByGrade[grade]++;
                }
            } else {
                e.left++;
            }
            if ((i & 1023) == 1023) {
                ws.flush();
            }
        }
        ws.value(r, 0, "Tổng số học sinh: " + rows);
        e.lastRow = r + 1;
        e.sheetRows++;
        e.sheetCells++;
        ws.finish();

        lookup(wb, "DM_DanToc", new String[] {"Mã dân tộc", "Tên dân tộc"}, ETHNIC);
        lookup(wb, "DM_TrangThai", new String[] {"Mã trạng thái", "Trạng thái học sinh"},
                new String[] {ENROLLED[0], ENROLLED[1], ENROLLED[2], LEFT[0], LEFT[1]});
        lookup(wb, "DM_KhuyetTat", new String[] {"Mã khuyết tật", "Tên loại khuyết tật"}, DISABILITIES);
        lookup(wb, "DM_Tinh", new String[] {"Mã tỉnh", "Tên tỉnh/thành phố"}, PROVINCES);
        wb.finish();

        int counted = e.students - e.left;
        e.counts.put("students.total", counted);
        e.counts.put("students.female", female);
        e.counts.put("students.ethnicMinority", minority);
        e.counts.put("students.disability", disabled);
        int classes = 0;
        for (int g = 1; g <= 5; g++) {
            if (byGrade[g] > 0) {
                e.counts.put("students.grade." + g, byGrade[g]);
            }
            if (classesByGrade[g] > 0) {
                e.counts.put("classes.grade." + g, classesByGrade[g]);
            }
            classes += classesByGrade[g];
        }
        e.counts.put("classes.total", classes);
        return e;
    }

    /** Spreadsheet letters of a 0-based column. */
    static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int i = column + 1; i > 0; i = (i - 1) / 26) {
            sb.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return sb.toString();
    }

    private static int optional(Worksheet ws, int r, int c, String value) {
        if (value == null) {
            return 0;
        }
        ws.value(r, c, value);
        return 1;
    }

    private static void lookup(Workbook wb, String name, String[] header, String[] values) throws IOException {
        Worksheet ws = wb.newWorksheet(name);
        ws.value(0, 0, header[0]);
        ws.value(0, 1, header[1]);
        ws.style(0, 0).bold().set();
        ws.style(0, 1).bold().set();
        for (int i = 0; i < values.length; i++) {
            ws.value(i + 1, 0, String.format("%02d", i + 1));
            ws.value(i + 1, 1, values[i]);
        }
        ws.finish();
    }

    private static int pick(SplittableRandom random, int[] cumulativePerMille) {
        int x = random.nextInt(1000);
        int i = 0;
        while (x >= cumulativePerMille[i]) {
            i++;
        }
        return i;
    }

    /** Surname, one or two middle names (children more often two) and a given name. */
    private static String personName(SplittableRandom random, String surname, boolean female, boolean child) {
        String[] middle = female ? FEMALE_MIDDLE : MALE_MIDDLE;
        String[] given = female ? FEMALE_GIVEN : MALE_GIVEN;
        StringBuilder sb = new StringBuilder(surname).append(' ').append(middle[random.nextInt(middle.length)]);
        if (random.nextInt(100) < (child ? 45 : 20)) {
            String second = given[random.nextInt(given.length)];
            sb.append(' ').append(second);
        }
        return sb.append(' ').append(given[random.nextInt(given.length)]).toString();
    }

    /** An urban (house number, street, ward, district) or suburban (hamlet, commune, district) address. */
    private static String address(SplittableRandom random) {
        String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
        String ward = WARDS[random.nextInt(WARDS.length)];
        if (random.nextInt(100) < 70) {
            StringBuilder sb = new StringBuilder("Số ").append(1 + random.nextInt(450));
            if (random.nextInt(100) < 35) {
                sb.append('/').append(1 + random.nextInt(80));
            }
            return sb.append(random.nextInt(100) < 25 ? " Hẻm " + (1 + random.nextInt(300)) + " " : " ")
                    .append(STREETS[random.nextInt(STREETS.length)]).append(", Phường ").append(ward).append(", ")
                    .append(district).append(", TP. Hồ Chí Minh").toString();
        }
        return "Tổ " + (1 + random.nextInt(30)) + ", " + HAMLETS[random.nextInt(HAMLETS.length)] + ", Xã " + ward + ", "
                + district + ", TP. Hồ Chí Minh";
    }

    /** {@code CsdlStudentExport <dir> <rows>…}: generates (or finds) the exports. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path p = ensure(dir, Integer.parseInt(args[i]));
            System.out.println(p);
        }
    }
}
