package vn.kdclgd.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.kdclgd.core.dossier.DossierService;
import vn.kdclgd.core.dossier.DossierSummary;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/** {@code kdclgd dossier export|import}: a school's complete data as one ZIP (see docs/dossier.md). */
@Command(name = "dossier", mixinStandardHelpOptions = true,
        description = {"Hồ sơ di chuyển của một trường: toàn bộ dữ liệu và tệp minh chứng trong một tệp ZIP (docs/dossier.md).",
                "A school's dossier: all its data and evidence files in one ZIP, portable between installations (docs/dossier.md).",
                "The CLI acts as a built-in local administrator (kdclgd-cli) of the database in --db."},
        subcommands = {DossierCommand.Export.class, DossierCommand.Import.class})
final class DossierCommand {
    @ParentCommand
    KdclgdCommand root;

    /** {@code kdclgd dossier export --db DIR --school CODE --out FILE.zip}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Xuất hồ sơ của một trường / export a school's dossier.", "Prints a JSON summary (counts, SHA-256 of dossier.json)."})
    static final class Export implements Callable<Integer> {
        @ParentCommand
        DossierCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--db", paramLabel = "DIR", required = true, description = "Thư mục cơ sở dữ liệu / database folder")
        Path db;
        @Option(names = "--school", paramLabel = "CODE", required = true, description = "Mã trường / school code")
        String school;
        @Option(names = "--out", paramLabel = "FILE.zip", required = true, description = "Tệp ZIP sẽ ghi / ZIP file to write")
        Path out;

        @Override
        public Integer call() {
            try (LocalDatabase local = LocalDatabase.open(db, false, parent.root.registry())) {
                DossierService dossiers = new DossierService(local.kdclgd);
                Path dir = out.toAbsolutePath().getParent();
                Path temp = null;
                try {
                    Files.createDirectories(dir);
                    temp = Files.createTempFile(dir, ".kdclgd-dossier-", ".part");
                    Path written = temp;
                    DossierSummary summary = local.tx.run(() -> {
                        UUID id = local.tx.current().createQuery("select s.id from School s where s.code = :code", UUID.class)
                                .setParameter("code", school).getResultStream().findFirst()
                                .orElseThrow(() -> new KdclException(Problem.of("KDCL-8030", "--school " + school,
                                        "không có trường mã này trong " + db, "no school with this code in " + db)));
                        try (OutputStream o = Files.newOutputStream(written)) {
                            return dossiers.export(LocalDatabase.admin(id), id, o);
                        } catch (IOException e) {
                            throw io(out, e);
                        }
                    });
                    Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
                    temp = null;
                    print(spec, out, summary);
                } catch (IOException e) {
                    throw io(out, e);
                } finally {
                    if (temp != null) {
                        try {
                            Files.deleteIfExists(temp);
                        } catch (IOException ignored) {
                            // a partial file is left beside the target
                        }
                    }
                }
            }
            return 0;
        }
    }

    /** {@code kdclgd dossier import --db DIR FILE.zip}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Nhập hồ sơ của một trường (tất cả hoặc không gì cả) / import a school's dossier (all of it or nothing).",
                    "The database folder is created when missing. Prints a JSON summary."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        DossierCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--db", paramLabel = "DIR", required = true, description = "Thư mục cơ sở dữ liệu / database folder")
        Path db;
        @Parameters(index = "0", paramLabel = "FILE.zip", description = "Hồ sơ / the dossier")
        Path file;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new KdclException(Problem.of("KDCL-1002", file.toString(), "không có tệp này; kiểm tra đường dẫn",
                        "no such file; check the path"));
            }
            try (LocalDatabase local = LocalDatabase.open(db, true, parent.root.registry())) {
                DossierService dossiers = new DossierService(local.kdclgd);
                DossierSummary described;
                try (InputStream in = Files.newInputStream(file)) {
                    described = dossiers.describe(in);
                }
                DossierSummary summary = local.tx.run(() -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        return dossiers.importDossier(LocalDatabase.admin(described.schoolId()), in);
                    } catch (IOException e) {
                        throw io(file, e);
                    }
                });
                print(spec, file, summary);
            } catch (IOException e) {
                throw io(file, e);
            }
            return 0;
        }
    }

    static KdclException io(Path p, IOException e) {
        return new KdclException(List.of(Problem.of("KDCL-8040", p.toString(), "lỗi đọc/ghi tệp: " + e.getMessage(),
                "cannot read or write the file: " + e.getMessage())), e);
    }

    static void print(CommandSpec spec, Path file, DossierSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.toString());
        out.put("format", s.format());
        out.put("schoolId", s.schoolId().toString());
        out.put("schoolCode", s.schoolCode());
        out.put("schoolName", s.schoolName());
        out.put("createdAt", s.createdAt().toString());
        out.put("createdBy", s.createdBy());
        out.put("dossierSha256", s.dossierSha256());
        out.put("entries", s.entries());
        out.put("fileBytes", s.fileBytes());
        out.put("counts", s.counts());
        spec.commandLine().getOut().println(Io.json(out));
        spec.commandLine().getOut().flush();
    }
}
