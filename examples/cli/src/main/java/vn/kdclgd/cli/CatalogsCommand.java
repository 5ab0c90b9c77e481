package vn.kdclgd.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.kdclgd.rules.SchoolType;
import vn.kdclgd.rules.catalog.Catalog;

/** {@code kdclgd catalogs}: the catalogs as a JSON array. */
@Command(name = "catalogs", mixinStandardHelpOptions = true,
        description = {"Liệt kê các danh mục tiêu chuẩn / list the catalogs (JSON array)."})
final class CatalogsCommand implements Callable<Integer> {
    @ParentCommand
    KdclgdCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Catalog c : root.registry().catalogs()) {
            out.add(summary(c));
        }
        spec.commandLine().getOut().println(Io.json(out));
        return 0;
    }

    static Map<String, Object> summary(Catalog c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("title", c.title());
        m.put("regime", c.regime());
        m.put("schoolTypes", c.schoolTypes().stream().map(SchoolType::code).toList());
        m.put("criteriaCount", c.criteria().size());
        m.put("mandatoryCount", c.mandatoryCriteria().size());
        m.put("levels", c.levels());
        m.put("schoolLevels", c.schoolRule().maxLevel());
        m.put("effective", c.effective().map(Object::toString).orElse(null));
        m.put("evidenceCodeScheme", c.evidenceCodeScheme().name());
        m.put("amendedBy", c.amendedBy());
        m.put("confidence", c.confidence());
        return m;
    }
}
