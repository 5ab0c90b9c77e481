package vn.kdclgd.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.evidence.EvidenceCode;
import vn.kdclgd.rules.evidence.EvidenceCodeScheme;
import vn.kdclgd.rules.evidence.EvidenceCodes;

/** {@code kdclgd evidence-code parse|format}. */
@Command(name = "evidence-code", mixinStandardHelpOptions = true,
        description = {"Mã minh chứng [Hn-a.b-cd] (CV 5932/5942) và MC.a.b.cd (TT57) / evidence codes."},
        subcommands = {EvidenceCodeCommand.Parse.class, EvidenceCodeCommand.Format.class})
final class EvidenceCodeCommand {
    @ParentCommand
    KdclgdCommand root;

    /** {@code kdclgd evidence-code parse CODE [--catalog ID]}. */
    @Command(name = "parse", mixinStandardHelpOptions = true,
            description = {"Phân tích một mã / parse a code; with --catalog also check it against the catalog."})
    static final class Parse implements Callable<Integer> {
        @ParentCommand
        EvidenceCodeCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "CODE")
        String code;
        @Option(names = "--catalog", paramLabel = "ID")
        String catalog;

        @Override
        public Integer call() {
            EvidenceCode c = EvidenceCodes.parse(code);
            if (catalog != null) {
                List<Problem> problems = EvidenceCodes.validate(c, parent.root.registry().get(catalog));
                if (!problems.isEmpty()) {
                    throw new KdclException(problems);
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scheme", c.scheme().name());
            m.put("box", c.box().isPresent() ? c.box().getAsInt() : null);
            m.put("standard", c.standard());
            m.put("criterion", c.criterion());
            m.put("sequence", c.sequence());
            m.put("criterionCode", c.criterionCode());
            m.put("code", c.format());
            spec.commandLine().getOut().println(Io.json(m));
            return 0;
        }
    }

    /** {@code kdclgd evidence-code format --scheme H|MC [--box n] --standard n --criterion n --sequence n}. */
    @Command(name = "format", mixinStandardHelpOptions = true, description = {"Viết một mã / format a code."})
    static final class Format implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--scheme", required = true, description = "H or MC")
        EvidenceCodeScheme scheme;
        @Option(names = "--box", description = "hộp minh chứng (H only)")
        Integer box;
        @Option(names = "--standard", required = true)
        int standard;
        @Option(names = "--criterion", required = true, description = "số tiêu chí trong tiêu chuẩn / number within the standard")
        int criterion;
        @Option(names = "--sequence", required = true, description = "1–99")
        int sequence;

        @Override
        public Integer call() {
            OptionalInt b = box == null ? OptionalInt.empty() : OptionalInt.of(box);
            spec.commandLine().getOut().println(EvidenceCodes.format(scheme, b, standard, criterion, sequence));
            return 0;
        }
    }
}
