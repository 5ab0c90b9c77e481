package vn.kdclgd.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.crosswalk.Crosswalk;
import vn.kdclgd.rules.crosswalk.CrosswalkEntry;
import vn.kdclgd.rules.crosswalk.CrosswalkMapping;

/** {@code kdclgd crosswalk --from ID [--criterion CODE]}. */
@Command(name = "crosswalk", mixinStandardHelpOptions = true,
        description = {"Gợi ý tiêu chí TT57 tương ứng với tiêu chí 2018 (gợi ý của kdclgd, không phải quy định)",
                "/ suggested TT57 criteria for a 2018 criterion (kdclgd's suggestion, not regulation)."})
final class CrosswalkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--from", required = true, paramLabel = "ID", description = "TT19-2018, TT17-2018 or TT18-2018")
    String from;
    @Option(names = "--criterion", paramLabel = "CODE", description = "one criterion, e.g. 1.5 (default: all)")
    String criterion;

    @Override
    public Integer call() {
        Crosswalk cw = Crosswalk.bundled();
        CrosswalkMapping mapping = cw.mappingFrom(from).orElseThrow(() -> new KdclException(Problem.of("KDCL-4020",
                "--from " + from, "không có bảng đối chiếu từ " + from, "there is no crosswalk from " + from)));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (CrosswalkEntry e : mapping.entries()) {
            if (criterion == null || criterion.equals(e.criterion())) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("criterion", e.criterion());
                m.put("targets", e.targets());
                m.put("note", e.note());
                entries.add(m);
            }
        }
        if (criterion != null && entries.isEmpty()) {
            throw new KdclException(Problem.of("KDCL-4021", "--criterion " + criterion,
                    from + " không có tiêu chí " + criterion, from + " has no criterion " + criterion));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", mapping.from());
        out.put("to", mapping.to());
        out.put("status", cw.status());
        out.put("entries", entries);
        spec.commandLine().getOut().println(Io.json(out));
        return 0;
    }
}
