package vn.kdclgd.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.ImportIssue;
import vn.kdclgd.smas.ImportOptions;
import vn.kdclgd.smas.ImportResult;
import vn.kdclgd.smas.ImportTemplates;
import vn.kdclgd.smas.SchoolDataImporter;
import vn.kdclgd.smas.SourceReport;
import vn.kdclgd.smas.XlsxReader;

/** {@code kdclgd import FILE... --school-year Y [--dry-run] [--json]}: school exports into a profile. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Nhập dữ liệu trường từ tệp xuất của CSDL ngành, SMAS, vnEdu (xlsx, xls, csv) / "
                + "import school data from CSDL ngành, SMAS and vnEdu exports (xlsx, xls, csv).",
            "Reads every FILE, finds each sheet's template and header, derives the counts (students, classes, staff, rooms);",
            "with --dry-run writes nothing, otherwise writes them all-or-nothing into the school's profile in --db.",
            "Unknown figures are null, never 0. Exit 0 when usable, 2 when the input cannot be used."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    KdclgdCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Tệp xuất / export files")
    List<Path> files;
    @Option(names = "--school-year", required = true, paramLabel = "YYYY-YYYY", description = "Năm học / school year, e.g. 2025-2026")
    String schoolYear;
    @Option(names = "--dry-run", description = "Chỉ đọc và báo cáo, không ghi / read and report, write nothing")
    boolean dryRun;
    @Option(names = "--json", description = "In kết quả dạng JSON / print the result as JSON")
    boolean json;
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "kdclgd-demo",
            description = "Thư mục cơ sở dữ liệu / database folder (default: ${DEFAULT-VALUE})")
    Path db;
    @Option(names = "--school", paramLabel = "CODE", defaultValue = DemoCommand.SCHOOL_CODE,
            description = "Mã trường nhận dữ liệu / code of the school to write to (default: ${DEFAULT-VALUE}, the demo school)")
    String school;
    @Option(names = "--template", paramLabel = "ID", description = "Dùng mẫu này cho mọi tệp / use this template for every file")
    String template;
    @Option(names = "--templates", paramLabel = "PATH", description = "Thêm mẫu ánh xạ (tệp hoặc thư mục) / add mapping templates (file or folder)")
    List<Path> templates = List.of();
    @Option(names = "--max-rows", paramLabel = "N", description = "Số dòng tối đa mỗi trang tính / most rows per sheet (default 100000)")
    Integer maxRows;
    @Option(names = "--xlsx-reader", paramLabel = "READER", defaultValue = "KDCLGD",
            description = "Bộ đọc tệp .xlsx: ${COMPLETION-CANDIDATES} (mặc định ${DEFAULT-VALUE}) / the .xlsx reader")
    XlsxReader xlsxReader;

    @Override
    public Integer call() {
        ImportTemplates.Builder tb = ImportTemplates.builder().addBundled().addProviders(ImportCommand.class.getClassLoader());
        templates.forEach(tb::addPath);
        ImportOptions options = ImportOptions.defaults().withTemplates(tb.build()).withXlsxReader(xlsxReader);
        if (template != null) {
            options = options.withTemplate(template);
        }
        if (maxRows != null) {
            options = options.withLimits(options.limits().withMaxRowsPerSheet(maxRows));
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new KdclException(Problem.of("KDCL-1002", f.toString(), "không có tệp này; kiểm tra đường dẫn", "no such file; check the path"));
            }
        }
        SchoolDataImporter importer = new SchoolDataImporter(options);
        ImportResult result = importer.read(files, schoolYear);
        boolean committed = false;
        if (!dryRun && result.usable()) {
            try (LocalDatabase local = LocalDatabase.open(db, false, root.registry())) {
                local.tx.run(() -> {
                    UUID id = local.tx.current().createQuery("select s.id from School s where s.code = :code", UUID.class)
                            .setParameter("code", school).getResultStream().findFirst()
                            .orElseThrow(() -> new KdclException(Problem.of("KDCL-6201", "--school " + school,
                                    "không có trường mã \"" + school + "\" trong " + db + "; kiểm tra mã trường",
                                    "no school with code \"" + school + "\" in " + db + "; check the code")));
                    return importer.commit(local.kdclgd, LocalDatabase.admin(id), id, result);
                });
                committed = true;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(withCommitState(result.toJson(), committed));
        } else {
            human(out, result, committed);
        }
        out.flush();
        return result.usable() ? 0 : 2;
    }

    /** The library's JSON with the CLI's {@code dryRun} and {@code committed} after {@code schoolYear}. */
    private String withCommitState(String libraryJson, boolean committed) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode in = (com.fasterxml.jackson.databind.node.ObjectNode) Io.JSON.readTree(libraryJson);
            com.fasterxml.jackson.databind.node.ObjectNode out = Io.JSON.createObjectNode();
            in.fields().forEachRemaining(e -> {
                out.set(e.getKey(), e.getValue());
                if (e.getKey().equals("schoolYear")) {
                    out.put("dryRun", dryRun);
                    out.put("committed", committed);
                }
            });
            return Io.JSON.writeValueAsString(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void human(PrintWriter out, ImportResult r, boolean committed) {
        out.println("Năm học / school year " + r.schoolYear());
        for (SourceReport s : r.sources()) {
            out.println("  " + s.file() + " [" + s.fileKind() + "] sheet \"" + s.sheet() + "\": template " + s.template() + ", header row "
                    + s.headerRow() + ", " + s.encoding() + ", " + s.rowsRead() + " rows read, " + s.records() + " "
                    + (s.kind() == vn.kdclgd.smas.ImportKind.FACILITIES ? "rooms" : s.kind().name().toLowerCase()));
        }
        out.println("Số liệu / counts (unknown = chưa biết, never 0):");
        for (String key : new String[] {"students.total", "students.female", "students.ethnicMinority", "students.disability", "classes.total",
            "staff.total"}) {
            if (key.startsWith("staff") && !r.kinds().contains(vn.kdclgd.smas.ImportKind.STAFF)) {
                continue;
            }
            out.println("  " + key + " = " + (r.counts().containsKey(key) ? r.counts().get(key) : "chưa biết / unknown"));
        }
        r.counts().forEach((k, v) -> {
            if (k.contains(".grade.") || k.contains(".role.") || k.contains(".training.") || k.contains(".standard.")) {
                out.println("  " + k + " = " + v);
            }
        });
        if (r.kinds().contains(vn.kdclgd.smas.ImportKind.FACILITIES)) {
            rooms(out, r);
        }
        r.studentsPerClass().ifPresent(v -> out.println("  students per class = " + v));
        r.teachersPerClass().ifPresent(v -> out.println("  teachers per class = " + v));
        print(out, "Cảnh báo / warnings", r.warnings());
        print(out, "Lỗi / errors", r.errors());
        out.println(dryRun ? "Chạy thử: không ghi gì / dry run: nothing written"
                : committed ? "Đã ghi vào hồ sơ trường " + school + " / written to the profile of school " + school
                : "Không ghi gì vì có lỗi / nothing written because of errors");
    }

    /** Rooms per type (the report's "Cơ cấu khối công trình" blocks), each with its kiên cố / bán kiên cố / tạm split and area. */
    private static void rooms(PrintWriter out, ImportResult r) {
        String p = "facilities.rooms.";
        out.println("  " + p + "total = " + r.counts().get(p + "total") + " phòng / rooms, diện tích / area "
                + r.count(p + "area").stream().mapToObj(a -> a + " m²").findFirst().orElse("chưa biết / unknown"));
        if (r.count(p + "CLASSROOM").isEmpty()) {
            out.println("  " + p + "<TYPE> = chưa biết / unknown");
            return;
        }
        for (String type : List.of("CLASSROOM", "SUBJECT_ROOM", "LEARNING_SUPPORT", "ADMINISTRATION", "LIBRARY", "KITCHEN", "OTHER")) {
            StringBuilder line = new StringBuilder("  " + p + type + " = " + r.counts().get(p + type));
            line.append(r.count(p + type + ".SOLID").isPresent()
                    ? " (kiên cố / solid " + r.counts().get(p + type + ".SOLID") + ", bán kiên cố / semi-solid "
                            + r.counts().get(p + type + ".SEMI_SOLID") + ", tạm / temporary " + r.counts().get(p + type + ".TEMPORARY") + ")"
                    : " (kiên cố, bán kiên cố, tạm: chưa biết / by building grade: unknown)");
            r.count(p + type + ".area").ifPresent(a -> line.append(", ").append(a).append(" m²"));
            out.println(line);
        }
    }

    private static void print(PrintWriter out, String title, List<ImportIssue> issues) {
        out.println(title + ": " + issues.size());
        issues.forEach(i -> out.println("  " + i));
    }
}
