package vn.kdclgd.app.pub;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.kdclgd.app.school.Downloads;
import vn.kdclgd.app.school.FrozenDocuments;
import vn.kdclgd.app.school.Levels;
import vn.kdclgd.app.school.ReportFile;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;

/**
 * Công khai: the public disclosure pages, no sign-in, embeddable in a school's website (the security
 * configuration allows any frame ancestor under {@code /public/**}). They show what a school published and
 * nothing else: for each self-assessment its versions (year, catalog, number, date, school level, each
 * criterion's level read from the frozen snapshot) and the report frozen at publication. Never a draft, an
 * evaluation text, an evidence file or a council name.
 *
 * <ul>
 *   <li>{@code /public/schools}: the schools with publications;</li>
 *   <li>{@code /public/schools/{code}}: one school;</li>
 *   <li>{@code /public/schools/{code}/embed}: a compact variant for an iframe;</li>
 *   <li>{@code /public/schools/{code}/versions/{id}/report.docx} (and {@code results-summary.xlsx}): the frozen files.</li>
 * </ul>
 */
@Controller
@RequestMapping("/public/schools")
public class PublicController {
    private final PublishedReader reader;
    private final FrozenDocuments frozen;
    private final CatalogRegistry catalogs;
    private final Clock clock;

    PublicController(PublishedReader reader, FrozenDocuments frozen, CatalogRegistry catalogs, Clock clock) {
        this.reader = reader;
        this.frozen = frozen;
        this.catalogs = catalogs;
        this.clock = clock;
    }

    /**
     * A published version as shown.
     *
     * @param id          version id
     * @param number      version number
     * @param publishedOn publication date
     * @param sha256      snapshot hash
     * @param snapshot    what the snapshot says (levels)
     * @param report      whether the frozen report exists
     * @param results     whether the frozen results summary exists
     */
    public record PublicVersion(UUID id, int number, String publishedOn, String sha256, PublishedSnapshot snapshot, boolean report,
                                boolean results) {
    }

    /**
     * A published self-assessment: its latest version in full, earlier ones listed.
     *
     * @param schoolYear   school year
     * @param catalogId    catalog id
     * @param catalogLabel the catalog's circular and title, when known
     * @param latest       the latest version
     * @param earlier      earlier versions, newest first
     */
    public record PublicAssessment(String schoolYear, String catalogId, String catalogLabel, PublicVersion latest, List<PublicVersion> earlier) {
    }

    /** An unknown school code. */
    static final class UnknownSchool extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownSchool(String code) {
            super("no school " + code);
        }
    }

    @GetMapping
    @Transactional(readOnly = true)
    String index(Model model) {
        model.addAttribute("schools", reader.schoolsWithPublications());
        return "pub/index";
    }

    @GetMapping("/{code:[A-Za-z0-9._-]{1,40}}")
    @Transactional(readOnly = true)
    String school(@PathVariable String code, Model model) {
        fill(code, model);
        return "pub/school";
    }

    @GetMapping("/{code:[A-Za-z0-9._-]{1,40}}/embed")
    @Transactional(readOnly = true)
    String embed(@PathVariable String code, Model model) {
        fill(code, model);
        return "pub/embed";
    }

    @GetMapping("/{code:[A-Za-z0-9._-]{1,40}}/versions/{id}/{name:[a-z-]+}.{ext:docx|xlsx}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> frozenFile(@PathVariable String code, @PathVariable UUID id, @PathVariable String name, @PathVariable String ext) {
        reader.school(code).orElseThrow(() -> new UnknownSchool(code));
        boolean published = reader.versions(code).stream().anyMatch(v -> v.id().equals(id));
        ReportFile file = FrozenDocuments.FROZEN.stream().filter(f -> f.path().equals(name + "." + ext)).findFirst().orElse(null);
        if (!published || file == null) {
            throw new UnknownSchool(code + "/" + id + "/" + name);
        }
        FrozenDocuments.Frozen meta = frozen.list(id).stream().filter(f -> f.file().equals(file)).findFirst()
                .orElseThrow(() -> new UnknownSchool(code + "/" + id + "/" + name));
        byte[] bytes = frozen.content(id, file).orElseThrow(() -> new UnknownSchool(code + "/" + id + "/" + name));
        return Downloads.attachment(bytes, meta.fileName(), file.mediaType());
    }

    @ExceptionHandler(UnknownSchool.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(UnknownSchool e, Model model) {
        return "pub/not-found";
    }

    private void fill(String code, Model model) {
        PublishedReader.SchoolRef school = reader.school(code).orElseThrow(() -> new UnknownSchool(code));
        Map<UUID, List<PublicVersion>> byAssessment = new LinkedHashMap<>();
        Map<UUID, PublishedSnapshot> first = new LinkedHashMap<>();
        for (PublishedReader.Version v : reader.versions(code)) {
            PublishedSnapshot s = PublishedSnapshot.read(v.snapshot(), catalogs::find);
            List<FrozenDocuments.Frozen> files = frozen.list(v.id());
            byAssessment.computeIfAbsent(v.assessmentId(), k -> new ArrayList<>()).add(new PublicVersion(v.id(), v.number(),
                    Levels.date(v.publishedAt(), clock.getZone()), v.sha256(), s,
                    files.stream().anyMatch(f -> f.file().equals(FrozenDocuments.FROZEN.get(0))),
                    files.stream().anyMatch(f -> f.file().equals(FrozenDocuments.FROZEN.get(1)))));
            first.putIfAbsent(v.assessmentId(), s);
        }
        List<PublicAssessment> assessments = new ArrayList<>();
        byAssessment.forEach((id, versions) -> {
            versions.sort(Comparator.comparingInt(PublicVersion::number).reversed());
            PublicVersion latest = versions.get(0);
            String catalogId = latest.snapshot().catalogId();
            Optional<Catalog> c = catalogs.find(catalogId);
            String label = c.map(Catalog::title).orElse(catalogId);
            assessments.add(new PublicAssessment(latest.snapshot().schoolYear(), catalogId, label, latest, versions.subList(1, versions.size())));
        });
        assessments.sort(Comparator.comparing(PublicAssessment::schoolYear).reversed());
        model.addAttribute("school", school);
        model.addAttribute("assessments", assessments);
    }
}
