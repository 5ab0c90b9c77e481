package vn.kdclgd.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.kdclgd.core.dossier.DossierService;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportDocuments;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.ReportInputs;
import vn.kdclgd.report.ReportSamples;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;

/**
 * {@code kdclgd report}: the documents of a self-assessment from a dossier (or the demo school), DOCX or XLSX
 * by the extension of {@code --out}; and {@code --template-out} writes a document's default template for a
 * vendor to restyle in Word.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Tạo tài liệu (báo cáo tự đánh giá, kế hoạch, quyết định, phiếu đánh giá, kế hoạch cải tiến, danh mục minh chứng, bảng số liệu).",
                "Make a document of a self-assessment from a dossier ZIP (or --demo), DOCX or XLSX by the extension of --out.",
                "Documents: report, plan, council-decision, criterion-forms, improvement-plan, evidence-list, data-tables (DOCX);",
                "evidence-list, data-tables, results-summary (XLSX). See docs/report.md."})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    KdclgdCommand root;
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--dossier", paramLabel = "FILE.zip", description = "Hồ sơ của trường (kdclgd dossier export) / the school's dossier")
        Path dossier;
        @Option(names = "--demo", description = "Dùng trường mẫu (như kdclgd demo) / use the demo school")
        boolean demo;
        @Option(names = "--sample", paramLabel = "tt57|tt2018",
                description = "Dữ liệu minh hoạ đầy đủ (THCS, TT57-2026-PT hoặc TT18-2018) / full illustration data of a THCS school")
        String sample;
    }

    @Option(names = "--document", paramLabel = "NAME", required = true,
            description = "report | plan | council-decision | criterion-forms | improvement-plan | evidence-list | data-tables | results-summary")
    String document;
    @Option(names = "--out", paramLabel = "FILE", description = "Tệp sẽ ghi (.docx hoặc .xlsx) / file to write (.docx or .xlsx)")
    Path out;
    @Option(names = "--template", paramLabel = "FILE.docx", description = "Mẫu DOCX của đơn vị / a vendor's DOCX template")
    Path template;
    @Option(names = "--template-out", paramLabel = "FILE.docx",
            description = "Ghi mẫu mặc định của tài liệu để sửa trong Word / write the document's default template to restyle in Word")
    Path templateOut;
    @Option(names = "--school-year", paramLabel = "YYYY-YYYY", description = "Năm học (mặc định: năm mới nhất) / school year (default: the latest)")
    String schoolYear;
    @Option(names = "--catalog", paramLabel = "ID", description = "Bộ tiêu chuẩn khi năm học có nhiều đợt / the catalog when a year has several")
    String catalog;
    @Option(names = "--content", paramLabel = "FILE.json",
            description = "Văn bản riêng của báo cáo (bối cảnh, kết luận tiêu chuẩn, kiến nghị…) / the report's free texts (docs/report.md)")
    Path content;

    @Override
    public Integer call() throws IOException {
        DocumentKind kind = DocumentKind.byCliName(document).orElseThrow(() -> new KdclException(Problem.of("KDCL-9405", "--document " + document,
                "không có tài liệu này; chọn một trong: " + names(), "no such document; choose one of: " + names())));
        if (out == null && templateOut == null) {
            throw new KdclException(Problem.of("KDCL-1002", "--out", "thiếu --out (hoặc --template-out)", "--out (or --template-out) is missing"));
        }
        ReportDocuments docs = new ReportDocuments(root.registry());
        ReportInput input = source.demo ? demoInput() : source.sample != null ? sampleInput(source.sample)
                : ReportInputs.fromDossier(existing(source.dossier, "--dossier"), Optional.ofNullable(schoolYear), Optional.ofNullable(catalog));
        if (content != null) {
            try (InputStream in = Files.newInputStream(existing(content, "--content"))) {
                input = ReportInputs.withContent(input, in, content.getFileName().toString());
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("document", kind.cliName());
        summary.put("school", input.school().code());
        summary.put("schoolYear", input.schoolYear());
        summary.put("catalog", input.catalogId());
        if (templateOut != null) {
            byte[] bytes = docs.defaultTemplate(kind, input.catalogId());
            write(templateOut, o -> o.write(bytes));
            summary.put("template", templateOut.toString());
        }
        if (out != null) {
            boolean xlsx = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
            Optional<byte[]> vendor = template == null ? Optional.empty() : Optional.of(Files.readAllBytes(existing(template, "--template")));
            ReportInput in = input;
            if (xlsx) {
                write(out, o -> docs.writeXlsx(kind, in, o));
            } else {
                write(out, o -> docs.writeDocx(kind, in, vendor, o));
            }
            summary.put("out", out.toString());
            summary.put("format", xlsx ? "xlsx" : "docx");
            summary.put("bytes", Files.size(out));
        }
        spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String names() {
        return String.join(", ", Stream.of(DocumentKind.values()).map(DocumentKind::cliName).toList());
    }

    private static Path existing(Path p, String option) {
        if (!Files.isRegularFile(p)) {
            throw new KdclException(Problem.of("KDCL-1002", option + " " + p, "không có tệp này; kiểm tra đường dẫn", "no such file; check the path"));
        }
        return p;
    }

    private ReportInput sampleInput(String regime) {
        return switch (regime) {
            case "tt57" -> ReportSamples.sample(root.registry().get("TT57-2026-PT"), "2026-2027", 3);
            case "tt2018" -> ReportSamples.sample(root.registry().get("TT18-2018"), "2024-2025", 3);
            default -> throw new KdclException(Problem.of("KDCL-1002", "--sample " + regime, "chọn tt57 hoặc tt2018", "choose tt57 or tt2018"));
        };
    }

    /** The demo school (as {@code kdclgd demo} makes it) in a temporary database, exported and read back as a dossier. */
    private ReportInput demoInput() throws IOException {
        Path dir = Files.createTempDirectory("kdclgd-report-demo-");
        try {
            Path zip = dir.resolve("dossier.zip");
            Catalog c = root.registry().get(DemoCommand.CATALOG);
            try (LocalDatabase local = LocalDatabase.open(dir.resolve("db"), true, root.registry())) {
                local.tx.run(() -> {
                    SelfAssessment a = DemoCommand.ensure(local, c);
                    java.util.UUID school = a.getSchool().getId();
                    try (OutputStream o = Files.newOutputStream(zip)) {
                        return new DossierService(local.kdclgd).export(LocalDatabase.admin(school), school, o);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            return ReportInputs.fromDossier(zip, Optional.of(DemoCommand.YEAR), Optional.of(DemoCommand.CATALOG));
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @FunctionalInterface
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file beside {@code target} and moves it into place only when complete. */
    private static void write(Path target, Writing writing) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".kdclgd-report-", ".part");
        try {
            try (OutputStream o = Files.newOutputStream(temp)) {
                writing.to(o);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
