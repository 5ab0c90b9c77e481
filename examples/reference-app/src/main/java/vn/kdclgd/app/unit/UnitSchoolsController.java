package vn.kdclgd.app.unit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SupervisingUnit;
import vn.kdclgd.core.model.UnitMembership;
import vn.kdclgd.core.service.CertificateInfo;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.core.service.RecognitionService;

/**
 * The unit's start page: the schools of its subtree today ({@code OrganisationService.schools}), each with its
 * unit (from its membership history), type, last published self-assessment (version, school level) and
 * current certificates; filtered by unit (ward) and school type.
 *
 * <p>The self-assessment in progress (its step and year) is <b>not shown</b>: kdclgd lets only the school's
 * own roles read it ({@code AssessmentService.ofSchool}/{@code get}); a unit officer reads published versions.
 */
@Controller
@RequestMapping("/unit")
public class UnitSchoolsController {
    /** A window long enough for every current certificate (kdclgd's validity is at most years). */
    static final int ALL_MONTHS = 12 * 100;

    private final UnitContext context;
    private final OrganisationService organisation;
    private final RecognitionService recognition;
    private final PublishedReports reports;

    UnitSchoolsController(UnitContext context, OrganisationService organisation, RecognitionService recognition, PublishedReports reports) {
        this.context = context;
        this.organisation = organisation;
        this.recognition = recognition;
        this.reports = reports;
    }

    /**
     * One school of the list.
     *
     * @param school       the school
     * @param unit         the unit it belongs to today
     * @param lastPublished its latest published version, if any
     * @param published    how many versions are published
     * @param certificates its current certificates
     */
    public record SchoolRow(School school, SupervisingUnit unit, Optional<PublishedReports.Published> lastPublished, int published,
                            List<CertificateInfo> certificates) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    String schools(@RequestParam(required = false) UUID unit, @RequestParam(required = false) String type, Model model) {
        UnitContext.Current c = context.current();
        List<School> all = organisation.schools(c.actor(), c.unitId(), c.today());
        Map<UUID, SupervisingUnit> unitOf = new LinkedHashMap<>();
        for (School s : all) {
            organisation.memberships(c.actor(), s.getId()).stream()
                    .filter(m -> !m.getValidFrom().isAfter(c.today()) && (m.getValidTo() == null || !m.getValidTo().isBefore(c.today())))
                    .map(UnitMembership::getUnit).findFirst().ifPresent(u -> unitOf.put(s.getId(), u));
        }
        List<School> shown = all;
        if (unit != null) {
            Set<UUID> inUnit = organisation.schools(c.actor(), unit, c.today()).stream().map(School::getId).collect(Collectors.toSet());
            shown = shown.stream().filter(s -> inUnit.contains(s.getId())).toList();
        }
        String typeFilter = type == null || type.isBlank() ? null : type.strip();
        if (typeFilter != null) {
            shown = shown.stream().filter(s -> typeFilter.equals(s.getSchoolType())).toList();
        }
        Map<UUID, List<PublishedReports.Published>> published = reports.ofSchools(c.actor(), shown.stream().map(School::getId).toList());
        Map<UUID, List<CertificateInfo>> certificates = recognition.expiringWithin(c.actor(), c.unitId(), c.today(), ALL_MONTHS).stream()
                .collect(Collectors.groupingBy(CertificateInfo::schoolId));
        List<SchoolRow> rows = shown.stream().map(s -> {
            List<PublishedReports.Published> p = published.getOrDefault(s.getId(), List.of());
            return new SchoolRow(s, unitOf.get(s.getId()), p.stream().findFirst(), p.size(),
                    certificates.getOrDefault(s.getId(), List.of()).stream().sorted(Comparator.comparing(CertificateInfo::kind)).toList());
        }).toList();
        Map<UUID, String> units = new TreeMap<>();
        unitOf.values().forEach(u -> units.put(u.getId(), u.getName()));
        model.addAttribute("rows", rows);
        model.addAttribute("total", all.size());
        model.addAttribute("units", units.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList());
        model.addAttribute("types", all.stream().map(School::getSchoolType).distinct().sorted().toList());
        model.addAttribute("unit", unit);
        model.addAttribute("type", typeFilter);
        model.addAttribute("today", c.today());
        return "unit/schools";
    }
}
