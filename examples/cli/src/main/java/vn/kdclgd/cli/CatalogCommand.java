package vn.kdclgd.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.SchoolType;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogLoader;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.catalog.KnownIssue;
import vn.kdclgd.rules.catalog.Standard;

/** {@code kdclgd catalog show|for}. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"Xem một danh mục / show one catalog."},
        subcommands = {CatalogCommand.Show.class, CatalogCommand.For.class})
final class CatalogCommand {
    @ParentCommand
    KdclgdCommand root;

    /** {@code kdclgd catalog show ID [--format json|text]}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"In một danh mục / print a catalog (JSON in the kdclgd-catalog/1 format, or text)."})
    static final class Show implements Callable<Integer> {
        enum Format { json, text }

        @ParentCommand
        CatalogCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID", description = "Mã danh mục / catalog id, e.g. TT57-2026-PT")
        String id;
        @Option(names = "--format", defaultValue = "json", description = "json (default) or text")
        Format format;

        @Override
        public Integer call() {
            Catalog c = parent.root.registry().get(id);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.print(CatalogLoader.toJson(c));
            } else {
                text(c, out);
            }
            out.flush();
            return 0;
        }

        static void text(Catalog c, PrintWriter out) {
            out.println(c.id() + " — " + c.title());
            out.println("Loại trường / school types: " + c.schoolTypes() + "; hiệu lực / effective: "
                    + c.effective().map(LocalDate::toString).orElse("chưa xác định / not established"));
            out.println("Độ tin cậy / confidence: " + c.confidence());
            for (Standard s : c.standards()) {
                out.println();
                out.println("Tiêu chuẩn " + s.number() + ": " + s.name());
                for (Criterion cr : s.criteria()) {
                    out.println("  Tiêu chí " + cr.code() + (cr.mandatory() ? " (bắt buộc)" : "") + ": " + cr.name());
                    cr.levels().forEach((level, items) -> {
                        out.println("    Mức " + level + ":");
                        for (Item it : items) {
                            out.println("      " + it.key() + ") " + it.text());
                        }
                    });
                }
            }
            c.level4().ifPresent(l4 -> {
                out.println();
                out.println("Mức 4 (" + l4.article() + "):");
                l4.items().forEach(it -> out.println("  Khoản " + it.key() + ". " + it.text()));
            });
            out.println();
            out.println("Quy tắc xếp mức / school rule: " + c.schoolRule().article() + " — " + c.schoolRule().textStatus());
            c.schoolRule().text().ifPresent(t -> out.println("  " + t));
            if (!c.knownIssues().isEmpty()) {
                out.println();
                out.println("Lưu ý về văn bản / known issues:");
                for (KnownIssue k : c.knownIssues()) {
                    out.println("  - " + k.criterion().map(x -> x + " ").orElse("") + k.note());
                }
            }
            if (!c.notes().isEmpty()) {
                out.println();
                out.println("Ghi chú / notes:");
                c.notes().forEach(n -> out.println("  - " + n));
            }
        }
    }

    /** {@code kdclgd catalog for --school-type T [--date D]}. */
    @Command(name = "for", mixinStandardHelpOptions = true,
            description = {"Danh mục áp dụng cho loại trường vào một ngày / the catalog in force for a school type on a date."})
    static final class For implements Callable<Integer> {
        @ParentCommand
        CatalogCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--school-type", required = true, paramLabel = "TYPE",
                description = "MAM_NON, TIEU_HOC, THCS, THPT, PHO_THONG_NHIEU_CAP, TRUNG_TAM_GDTX, TRUNG_TAM_GDNN_GDTX")
        String type;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Ngày / date (default: today)")
        String date;

        @Override
        public Integer call() {
            if (!SchoolType.isValidCode(type)) {
                throw new KdclException(Problem.of("KDCL-1108", "--school-type " + type,
                        "loại trường không hợp lệ, ví dụ THCS", "invalid school type, e.g. THCS"));
            }
            LocalDate on;
            try {
                on = date == null ? LocalDate.now() : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new KdclException(Problem.of("KDCL-1106", "--date " + date,
                        "ngày không hợp lệ, cần YYYY-MM-DD", "invalid date, use YYYY-MM-DD"));
            }
            Catalog c = parent.root.registry().forSchool(new SchoolType(type), on).orElseThrow(() ->
                    new KdclException(Problem.of("KDCL-1301", type + " " + on,
                            "không có danh mục nào áp dụng cho " + type + " vào " + on,
                            "no catalog applies to " + type + " on " + on)));
            spec.commandLine().getOut().println(Io.json(CatalogsCommand.summary(c)));
            return 0;
        }
    }

}
