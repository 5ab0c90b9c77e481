package vn.kdclgd.app.unit;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SchoolYears;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.core.service.StatisticsScope;
import vn.kdclgd.core.service.StatisticsService;
import vn.kdclgd.core.service.UnitStatistics;
import vn.kdclgd.report.ReportDocuments;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.catalog.CatalogRegistry;

/**
 * The unit's statistics for a school year ({@code StatisticsService.summary} on
 * {@code StatisticsScope.forYear}: as of the year's last day, 31 July — or, on request, the current year as of
 * today with {@code StatisticsScope.onDate}), optionally for one school type, with
 * the counts per school type, the level distribution per catalog as inline SVG bar charts, certificates
 * expiring and overdue improvement reviews — counts only, no ranking — and the same figures as XLSX
 * ({@code ReportDocuments.writeStatistics}).
 */
@Controller
@RequestMapping("/unit")
public class StatisticsController {
    /** The XLSX media type. */
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** Windows offered for expiring certificates, in months. */
    static final List<Integer> MONTHS = List.of(3, 6, 12, 24, 36);

    private final UnitContext context;
    private final StatisticsService statistics;
    private final OrganisationService organisation;
    private final CatalogRegistry catalogs;

    StatisticsController(UnitContext context, StatisticsService statistics, OrganisationService organisation, CatalogRegistry catalogs) {
        this.context = context;
        this.statistics = statistics;
        this.organisation = organisation;
        this.catalogs = catalogs;
    }

    @GetMapping("/statistics")
    @Transactional(readOnly = true)
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String type,
                @RequestParam(defaultValue = "12") int months, @RequestParam(required = false) String asOf, Model model) {
        UnitContext.Current c = context.current();
        String current = SchoolYears.of(c.today());
        String chosenYear = year == null || year.isBlank() ? current : year.strip();
        String chosenType = type == null || type.isBlank() ? null : type.strip();
        boolean today = "today".equals(asOf);
        if (today) {
            chosenYear = current;
        }
        UnitStatistics s;
        try {
            s = statistics.summary(c.actor(), scope(c, chosenYear, chosenType, today), months);
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (KdclException e) {
            model.addAttribute("problems", e.problems());
            chosenYear = current;
            chosenType = null;
            months = 12;
            today = false;
            s = statistics.summary(c.actor(), scope(c, chosenYear, null, false), months);
        }
        List<String> types = organisation.schools(c.actor(), c.unitId(), c.today()).stream().map(School::getSchoolType).distinct().sorted().toList();
        Map<String, UnitStatistics.SchoolCounts> byType = new LinkedHashMap<>();
        for (String t : types) {
            byType.put(t, statistics.schoolCounts(c.actor(), scope(c, chosenYear, t, today)));
        }
        List<String> years = new ArrayList<>();
        for (String y = current; years.size() < 6; y = previous(y)) {
            years.add(y);
        }
        if (!years.contains(chosenYear)) {
            years.add(chosenYear);
        }
        model.addAttribute("s", s);
        model.addAttribute("charts", LevelChart.of(s.levels(), catalogs));
        model.addAttribute("byType", byType);
        model.addAttribute("types", types);
        model.addAttribute("years", years);
        model.addAttribute("monthsOptions", MONTHS);
        model.addAttribute("year", chosenYear);
        model.addAttribute("type", chosenType);
        model.addAttribute("months", months);
        model.addAttribute("asOf", today ? "today" : null);
        return "unit/statistics";
    }

    @GetMapping("/statistics.xlsx")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String year, @RequestParam(required = false) String type,
                                @RequestParam(defaultValue = "12") int months, @RequestParam(required = false) String asOf) {
        UnitContext.Current c = context.current();
        boolean today = "today".equals(asOf);
        String chosenYear = today || year == null || year.isBlank() ? SchoolYears.of(c.today()) : year.strip();
        UnitStatistics s = statistics.summary(c.actor(), scope(c, chosenYear, type == null || type.isBlank() ? null : type.strip(), today),
                months);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportDocuments.writeStatistics(s, out);
        String name = "thong-ke-" + chosenYear + (s.scope().schoolType().map(t -> "-" + t).orElse("")) + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
    }

    /** The whole school year (as of 31 July, {@code forYear}), or the current year as of today ({@code onDate}). */
    private static StatisticsScope scope(UnitContext.Current c, String year, String type, boolean today) {
        if (today) {
            return type == null ? StatisticsScope.onDate(c.unitId(), c.today()) : StatisticsScope.onDate(c.unitId(), type, c.today());
        }
        return type == null ? StatisticsScope.forYear(c.unitId(), year) : StatisticsScope.forYear(c.unitId(), type, year);
    }

    private static String previous(String year) {
        int start = Integer.parseInt(year.substring(0, 4)) - 1;
        return start + "-" + (start + 1);
    }
}
