package vn.kdclgd.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.catalog.CatalogRegistry;

/** The top-level {@code kdclgd} command. */
@Command(name = "kdclgd", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"kdclgd — kiểm định / bảo đảm chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia.",
                "School quality assurance and national-standard recognition (Vietnam). JSON in, JSON out.",
                "Exit codes: 0 ok, 2 bad input, 1 internal error."},
        subcommands = {CatalogsCommand.class, CatalogCommand.class, RateCommand.class, EvidenceCodeCommand.class,
                ValidateCatalogCommand.class, CrosswalkCommand.class,
                DemoCommand.class, DossierCommand.class, ImportCommand.class, ReportCommand.class})
public final class KdclgdCommand {

    @Option(names = "--catalog-path", paramLabel = "PATH",
            description = "Thêm danh mục của nhà cung cấp (tệp hoặc thư mục *.json) / add vendor catalogs (file or directory of *.json); repeatable")
    List<Path> catalogPaths = new ArrayList<>();

    private CatalogRegistry registry;

    /** The bundled catalogs plus any given with --catalog-path and any ServiceLoader providers. */
    CatalogRegistry registry() {
        if (registry == null) {
            if (catalogPaths.isEmpty()) {
                registry = CatalogRegistry.defaultRegistry();
            } else {
                CatalogRegistry.Builder b = CatalogRegistry.builder().addBundled()
                        .addProviders(KdclgdCommand.class.getClassLoader());
                for (Path p : catalogPaths) {
                    if (Files.isDirectory(p)) {
                        b.addDirectory(p);
                    } else if (Files.isRegularFile(p)) {
                        b.addFile(p);
                    } else {
                        throw new KdclException(Problem.of("KDCL-1002", p.toString(),
                                "không có tệp hay thư mục này", "no such file or directory"));
                    }
                }
                registry = b.build();
            }
        }
        return registry;
    }
}
