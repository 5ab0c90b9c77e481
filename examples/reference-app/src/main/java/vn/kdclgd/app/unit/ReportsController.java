package vn.kdclgd.app.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.kdclgd.core.model.School;
import vn.kdclgd.core.service.OrganisationService;

/**
 * Published self-assessment reports of the unit's schools, read-only: the list (every published version of
 * the schools of the subtree today) and one version — school level, the level of every criterion and kdclgd's
 * explanation, as frozen in the snapshot. Both go through {@code AssessmentService.publishedVersions} with the
 * officer's actor, so an officer of another unit is refused by kdclgd (403).
 */
@Controller
@RequestMapping("/unit/reports")
public class ReportsController {
    private final UnitContext context;
    private final OrganisationService organisation;
    private final PublishedReports reports;

    ReportsController(UnitContext context, OrganisationService organisation, PublishedReports reports) {
        this.context = context;
        this.organisation = organisation;
        this.reports = reports;
    }

    /**
     * A row of the list.
     *
     * @param school    the school
     * @param published one of its published versions
     */
    public record Row(School school, PublishedReports.Published published) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    String list(Model model) {
        UnitContext.Current c = context.current();
        List<School> schools = organisation.schools(c.actor(), c.unitId(), c.today());
        Map<UUID, List<PublishedReports.Published>> published = reports.ofSchools(c.actor(), schools.stream().map(School::getId).toList());
        List<Row> rows = new ArrayList<>();
        for (School s : schools) {
            published.getOrDefault(s.getId(), List.of()).forEach(p -> rows.add(new Row(s, p)));
        }
        rows.sort(Comparator.comparing((Row r) -> r.published().schoolYear()).reversed()
                .thenComparing(r -> r.school().getCode()).thenComparing(r -> -r.published().number()));
        model.addAttribute("rows", rows);
        model.addAttribute("schools", schools.size());
        return "unit/reports";
    }

    @GetMapping("/{versionId}")
    @Transactional(readOnly = true)
    String view(@PathVariable UUID versionId, Model model) {
        UnitContext.Current c = context.current();
        model.addAttribute("r", reports.report(c.actor(), versionId));
        return "unit/report";
    }
}
