package vn.kdclgd.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.CatalogLoader;

/** {@code kdclgd validate-catalog FILE}. */
@Command(name = "validate-catalog", mixinStandardHelpOptions = true,
        description = {"Kiểm tra một tệp danh mục hoặc sửa đổi / check a catalog or amendment file.",
                "Prints OK, or every problem with its JSON path (exit code 2)."})
final class ValidateCatalogCommand implements Callable<Integer> {
    @ParentCommand
    KdclgdCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        List<Problem> problems = CatalogLoader.validate(file, root.registry());
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println("OK " + file);
            return 0;
        }
        problems.forEach(p -> spec.commandLine().getErr().println(p));
        spec.commandLine().getErr().println(problems.size() + " lỗi / problem(s) in " + file);
        return 2;
    }
}
