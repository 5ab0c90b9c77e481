package vn.kdclgd.benchmarks.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.cache.MapCache;
import com.alibaba.excel.context.AnalysisContext;
import com.alibaba.excel.event.AnalysisEventListener;

import vn.kdclgd.smas.ImportIssue;
import vn.kdclgd.smas.ImportLimits;
import vn.kdclgd.smas.ImportOptions;
import vn.kdclgd.smas.ImportResult;
import vn.kdclgd.smas.SchoolDataImporter;
import vn.kdclgd.smas.SourceReport;
import vn.kdclgd.smas.XlsxReader;

/**
 * One read of one export by one reader, in a JVM of its own (started by {@link ImportBenchmark} with the
 * heap under test): {@code ReadOnce <reader> <file.xlsx>}. Prints one line
 * {@code RESULT reader=… ms=… rows=… cells=… check=ok} (or {@code ERROR …} / {@code MISMATCH …} with exit
 * code 2). The time is taken inside the JVM, from opening the file to closing it: JVM start-up is not in
 * it; loading and JIT-compiling the reader's classes are (one read per JVM, as a one-off import does).
 *
 * <p>Every reader must see the whole first sheet — the same number of non-empty rows and cells the
 * generator wrote — and kdclgd's importer must, in addition, find exactly the generator's counts: a
 * benchmark that reads less proves nothing.
 */
public final class ReadOnce {
    /** The readers compared. */
    public enum Reader {
        /** kdclgd's {@code SchoolDataImporter.read} end to end (detection, mapping, counts), default options. */
        OURS,
        /** The same with {@code ImportOptions.withXlsxReader(XlsxReader.FASTEXCEL)}: fastexcel-reader under the importer. */
        OURS_FASTEXCEL,
        /** fastexcel-reader 0.20.2 alone: {@code ReadableWorkbook} over the file, every cell's value. */
        FASTEXCEL,
        /** EasyExcel 4.0.3 with its in-memory read cache ({@code MapCache}), a listener touching every cell. */
        EASYEXCEL,
        /** Apache POI {@code XSSFWorkbook} over an {@code OPCPackage} opened read-only from the file. */
        POI;

        /** Lower-case name, as on the command line. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The importer's limits for the benchmark: the defaults, with room for 1,000,000-row sheets and 2 GiB files. */
    static ImportLimits benchmarkLimits() {
        return ImportLimits.defaults().withMaxRowsPerSheet(2_000_000).withMaxFileBytes(2L << 30);
    }

    private long rows;
    private long cells;
    private long hash;

    private ReadOnce() {
    }

    public static void main(String[] args) throws Exception {
        Reader reader = Reader.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        Path file = Path.of(args[1]);
        CsdlStudentExport.Expected expected = CsdlStudentExport.Expected.load(file);
        ReadOnce r = new ReadOnce();
        long start = System.nanoTime();
        String problem = switch (reader) {
            case OURS -> r.ours(file, expected, XlsxReader.KDCLGD);
            case OURS_FASTEXCEL -> r.ours(file, expected, XlsxReader.FASTEXCEL);
            case FASTEXCEL -> r.fastexcel(file);
            case EASYEXCEL -> r.easyexcel(file);
            case POI -> r.poi(file);
        };
        long ns = System.nanoTime() - start;
        if (problem != null && problem.startsWith("ERROR")) {
            System.out.println(problem);
            System.exit(2);
        }
        if (problem == null && (r.rows != expected.sheetRows || (reader != Reader.OURS && reader != Reader.OURS_FASTEXCEL && r.cells != expected.sheetCells))) {
            problem = "MISMATCH rows=" + r.rows + " (expected " + expected.sheetRows + ") cells=" + r.cells + " (expected "
                    + expected.sheetCells + ")";
        }
        if (problem != null) {
            System.out.println(problem);
            System.exit(2);
        }
        System.out.printf(java.util.Locale.ROOT, "RESULT reader=%s ms=%.1f rows=%d cells=%d hash=%x check=ok%n", reader.id(),
                ns / 1e6, r.rows, r.cells, r.hash);
    }

    /** The importer's dry run; null when it read everything and found the generator's counts. */
    private String ours(Path file, CsdlStudentExport.Expected expected, XlsxReader xlsxReader) {
        ImportOptions options = ImportOptions.defaults().withLimits(benchmarkLimits()).withXlsxReader(xlsxReader);
        ImportResult result = new SchoolDataImporter(options).read(List.of(file), CsdlStudentExport.SCHOOL_YEAR);
        if (!result.errors().isEmpty()) {
            ImportIssue first = result.errors().get(0);
            return "ERROR code=" + first.code() + " errors=" + result.errors().size() + " message=" + oneLine(first.toString());
        }
        if (result.sources().size() != 1) {
            return "MISMATCH sources=" + result.sources();
        }
        SourceReport s = result.sources().get(0);
        rows = s.rowsRead();
        cells = -1; // the importer does not count cells
        hash = result.counts().hashCode();
        Map<String, Integer> got = new TreeMap<>(result.counts());
        if (!got.equals(expected.counts) || !s.template().equals("csdl-c1-hocsinh") || s.records() != expected.counts.get("students.total")) {
            return "MISMATCH template=" + s.template() + " records=" + s.records() + " counts=" + got + " expected=" + expected.counts;
        }
        if (!result.warnings().isEmpty()) {
            return "MISMATCH warnings=" + result.warnings().stream().limit(3).map(w -> oneLine(w.toString())).collect(Collectors.joining(" | "));
        }
        return null;
    }

    private String fastexcel(Path file) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile());
             Stream<org.dhatim.fastexcel.reader.Row> stream = wb.getFirstSheet().openStream()) {
            stream.forEach(row -> {
                rows++;
                for (org.dhatim.fastexcel.reader.Cell c : row) {
                    if (c != null) {
                        Object v = c.getValue();
                        if (v != null) {
                            cells++;
                            hash = hash * 31 + v.hashCode();
                        }
                    }
                }
            });
        }
        return null;
    }

    private String easyexcel(Path file) {
        EasyExcel.read(file.toFile(), new AnalysisEventListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> data, AnalysisContext context) {
                rows++;
                for (String v : data.values()) {
                    if (v != null) {
                        cells++;
                        hash = hash * 31 + v.hashCode();
                    }
                }
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {
            }
        }).readCache(new MapCache()).headRowNumber(0).sheet(0).doRead();
        return null;
    }

    private String poi(Path file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                rows++;
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    Object v = switch (c.getCellType()) {
                        case STRING -> c.getStringCellValue();
                        case NUMERIC -> c.getNumericCellValue();
                        case BOOLEAN -> c.getBooleanCellValue();
                        case FORMULA -> c.getCellFormula();
                        default -> null;
                    };
                    if (v != null) {
                        cells++;
                        hash = hash * 31 + v.hashCode();
                    }
                }
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
