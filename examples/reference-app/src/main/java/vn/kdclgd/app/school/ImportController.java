package vn.kdclgd.app.school;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.app.account.AppUser;
import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.model.SchoolProfile;
import vn.kdclgd.core.model.SchoolYears;
import vn.kdclgd.core.service.Kdclgd;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.ImportKind;
import vn.kdclgd.smas.ImportResult;
import vn.kdclgd.smas.SchoolDataImporter;

/**
 * Import of school data files (docs/import.md): exports of CSDL ngành, SMAS or vnEdu (xlsx, xls, csv) are
 * uploaded with the school year, read in the background as a dry run ({@link ImportJobs}; the page polls a
 * JSON status, or refreshes itself without JavaScript), and the result is shown — each sheet read (file,
 * detected kind, template, header row, encoding, rows), the counts (an unknown count is "chưa biết", never 0),
 * warnings and errors with file, sheet, row and column. "Ghi vào hồ sơ" then commits that same result into the
 * school's profile for the year, all-or-nothing in one transaction ({@link SchoolDataImporter#commit}; kdclgd
 * decides who may write the profile). A result with errors cannot be committed; a failed read writes nothing.
 */
@Controller
@RequestMapping("/school/import")
public class ImportController {
    /** Extensions accepted; the content is then checked by the importer, which decides by content. */
    static final Set<String> EXTENSIONS = Set.of("xlsx", "xls", "csv");
    static final int MAX_FILES = 10;
    /** The main counts, always shown for the kinds read (unknown: "chưa biết"). */
    static final Map<String, String> MAIN = new LinkedHashMap<>();

    static {
        MAIN.put("students.total", "Tổng số học sinh / students");
        MAIN.put("students.female", "Học sinh nữ / female students");
        MAIN.put("students.ethnicMinority", "Học sinh dân tộc thiểu số / ethnic-minority students");
        MAIN.put("students.disability", "Học sinh khuyết tật / students with disability");
        MAIN.put("classes.total", "Số lớp / classes");
        MAIN.put("staff.total", "Cán bộ, giáo viên, nhân viên / staff");
        MAIN.put("staff.female", "CB-GV-NV nữ / female staff");
        MAIN.put("staff.ethnicMinority", "CB-GV-NV dân tộc thiểu số / ethnic-minority staff");
        MAIN.put("facilities.rooms.total", "Số phòng / rooms");
        MAIN.put("facilities.rooms.area", "Diện tích phòng (m²) / room area");
    }

    private final SchoolContext context;
    private final ImportJobs jobs;
    private final SchoolDataImporter importer;
    private final Kdclgd kdclgd;
    private final OrganisationService organisation;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final long maxBytes;

    ImportController(SchoolContext context, ImportJobs jobs, SchoolDataImporter importer, Kdclgd kdclgd, OrganisationService organisation,
                     TransactionTemplate tx, Clock clock, @Value("${kdclgd.upload.import-max-bytes}") long maxBytes) {
        this.context = context;
        this.jobs = jobs;
        this.importer = importer;
        this.kdclgd = kdclgd;
        this.organisation = organisation;
        this.tx = tx;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /**
     * A count as shown.
     *
     * @param key   profile category
     * @param label Vietnamese / English label (the key itself for breakdowns)
     * @param value the number, or "chưa biết / unknown"
     * @param known whether the count is known
     */
    public record CountRow(String key, String label, String value, boolean known) {
    }

    /** The form, the account's recent imports and the stored profile of the year. */
    @GetMapping
    @Transactional(readOnly = true)
    String form(@RequestParam(required = false) String year, Model model) {
        SchoolContext.Current c = context.current();
        String y = year != null && SchoolYears.isValid(year.strip()) ? year.strip() : defaultYear(c);
        fill(model, c, y);
        return "school/import";
    }

    /** One import: its progress while reading, then its result and the commit button. */
    @GetMapping("/jobs/{id}")
    @Transactional(readOnly = true)
    String job(@PathVariable String id, Model model) {
        SchoolContext.Current c = context.current();
        ImportJobs.Job job = job(id, c.user());
        fill(model, c, job.schoolYear());
        // the phase first: the worker sets the result before the phase, so a finished phase comes with its result
        ImportJobs.Phase phase = job.phase();
        model.addAttribute("job", job);
        model.addAttribute("phase", phase);
        model.addAttribute("elapsed", elapsed(job));
        if (phase.finished()) {
            job.result().ifPresent(r -> {
                model.addAttribute("result", r);
                model.addAttribute("resultCounts", resultCounts(r));
            });
        }
        return "school/import";
    }

    /** The job's phase as JSON, for {@code js/import.js}. */
    @GetMapping("/jobs/{id}/status")
    @ResponseBody
    Map<String, Object> status(@PathVariable String id) {
        ImportJobs.Job job = job(id, vn.kdclgd.app.account.Actors.requireUser());
        ImportJobs.Phase phase = job.phase();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", job.id());
        out.put("phase", phase.name());
        out.put("label", phase.label());
        out.put("done", phase.finished());
        out.put("files", job.fileNames());
        out.put("elapsedSeconds", elapsed(job));
        job.result().filter(r -> phase.finished()).ifPresent(r -> {
            out.put("usable", r.usable());
            out.put("rowsRead", r.sources().stream().mapToInt(s -> s.rowsRead()).sum());
        });
        return out;
    }

    /** Uploads the files into an owner-only temporary folder and starts the dry run. */
    @PostMapping
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, @RequestParam String schoolYear,
                  RedirectAttributes redirect) throws IOException {
        String year = Normalizer.normalize(schoolYear, Normalizer.Form.NFC).strip();
        AppUser user = tx.execute(s -> context.current().user()); // a school account (and its school) or refused
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()).toList();
        List<Problem> problems = check(chosen, year);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/school/import" + (SchoolYears.isValid(year) ? "?year=" + year : "");
        }
        Path dir = Files.createTempDirectory("kdclgd-import-");
        List<Path> paths = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try {
            for (MultipartFile f : chosen) {
                String name = safeName(f.getOriginalFilename());
                String unique = name;
                for (int i = 2; !names.add(unique.toLowerCase(Locale.ROOT)); i++) {
                    unique = i + "-" + name;
                }
                Path p = dir.resolve(unique);
                try (InputStream in = f.getInputStream()) {
                    Files.copy(in, p);
                }
                paths.add(p);
            }
            ImportJobs.Job job = jobs.start(user.id(), user.schoolId(), year, dir, paths);
            return "redirect:/school/import/jobs/" + job.id();
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", e.problems());
            return "redirect:/school/import?year=" + year;
        } catch (IOException | RuntimeException e) {
            ImportJobs.delete(dir);
            throw e;
        }
    }

    /** Writes the job's result into the school's profile: all of it or nothing. */
    @PostMapping("/jobs/{id}/commit")
    String commit(@PathVariable String id, RedirectAttributes redirect) {
        try {
            ImportJobs.Job done = tx.execute(s -> {
                SchoolContext.Current c = context.current();
                ImportJobs.Job job = job(id, c.user());
                ImportResult r = job.result().orElseThrow(() -> new KdclException(Problem.of("KDCL-9566", "import",
                        "tệp chưa đọc xong hoặc không đọc được; không ghi gì", "the files are not read yet or could not be read; nothing written")));
                importer.commit(kdclgd, c.actor(), job.schoolId(), r);
                return job;
            });
            done.committed(clock.instant());
            redirect.addFlashAttribute("flashOk", "Đã ghi vào hồ sơ năm học " + done.schoolYear() + " / written to the school's profile for "
                    + done.schoolYear());
        } catch (AccessDeniedException e) {
            throw e;
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/school/import/jobs/" + id;
    }

    private ImportJobs.Job job(String id, AppUser user) {
        ImportJobs.Job job = jobs.find(id, user.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no import " + id + " of this account (imports are kept two hours)"));
        if (!job.schoolId().equals(user.schoolId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no import " + id);
        }
        return job;
    }

    private void fill(Model model, SchoolContext.Current c, String year) {
        model.addAttribute("c", c);
        model.addAttribute("year", year);
        model.addAttribute("maxMb", maxBytes / (1024 * 1024));
        model.addAttribute("recent", jobs.of(c.user().id()).stream().filter(j -> j.schoolId().equals(c.school().getId())).toList());
        Map<String, Integer> stored = organisation.profile(c.actor(), c.school().getId(), year).map(SchoolProfile::getCounts).orElse(Map.of());
        List<CountRow> rows = new ArrayList<>();
        new TreeMap<>(stored).forEach((k, v) -> rows.add(new CountRow(k, label(k), String.valueOf(v), true)));
        model.addAttribute("stored", rows);
    }

    /** The main counts of the kinds read (all as unknown when nothing was read), then every other known count. */
    static List<CountRow> resultCounts(ImportResult r) {
        Set<ImportKind> kinds = r.kinds();
        List<CountRow> rows = new ArrayList<>();
        MAIN.forEach((key, label) -> {
            boolean relevant = key.startsWith("staff.") ? kinds.contains(ImportKind.STAFF)
                    : key.startsWith("facilities.") ? kinds.contains(ImportKind.FACILITIES)
                    : key.startsWith("students.") ? kinds.contains(ImportKind.STUDENTS) || kinds.isEmpty()
                    : kinds.contains(ImportKind.STUDENTS) || kinds.contains(ImportKind.CLASSES) || kinds.isEmpty();
            if (relevant) {
                rows.add(r.count(key).isPresent() ? new CountRow(key, label, String.valueOf(r.count(key).getAsInt()), true)
                        : new CountRow(key, label, "chưa biết / unknown", false));
            }
        });
        r.counts().forEach((k, v) -> {
            if (!MAIN.containsKey(k)) {
                rows.add(new CountRow(k, label(k), String.valueOf(v), true));
            }
        });
        return rows;
    }

    /** A Vietnamese / English label for a profile category; the key itself when none is known. */
    static String label(String key) {
        if (MAIN.containsKey(key)) {
            return MAIN.get(key);
        }
        String[] p = key.split("\\.");
        if (p.length == 3 && p[1].equals("grade")) {
            return (p[0].equals("students") ? "Học sinh khối " : "Số lớp khối ") + p[2] + (p[0].equals("students") ? " / students, grade " : " / classes, grade ")
                    + p[2];
        }
        if (key.equals("staff.teachers")) {
            return "Giáo viên / teachers";
        }
        if (p.length == 3 && p[0].equals("staff")) {
            String what = switch (p[2]) {
                case "MANAGER" -> "cán bộ quản lý / managers";
                case "TEACHER" -> "giáo viên / teachers";
                case "SUPPORT" -> "nhân viên / support staff";
                case "DOCTORATE" -> "tiến sĩ / doctorate";
                case "MASTER" -> "thạc sĩ / master";
                case "BACHELOR" -> "đại học / bachelor";
                case "COLLEGE" -> "cao đẳng / college";
                case "INTERMEDIATE" -> "trung cấp / intermediate";
                case "GOOD" -> "chuẩn nghề nghiệp Tốt / good";
                case "FAIR" -> "chuẩn nghề nghiệp Khá / fair";
                case "MET" -> "chuẩn nghề nghiệp Đạt / met";
                case "NOT_MET" -> "chuẩn nghề nghiệp Chưa đạt / not met";
                default -> null;
            };
            return what == null ? key : "CB-GV-NV: " + what;
        }
        return key;
    }

    private List<Problem> check(List<MultipartFile> files, String year) {
        List<Problem> p = new ArrayList<>();
        if (!SchoolYears.isValid(year)) {
            p.add(Problem.of("KDCL-9567", "schoolYear", "năm học \"" + year + "\" không hợp lệ; viết như 2026-2027",
                    "invalid school year \"" + year + "\"; write it like 2026-2027"));
        }
        if (files.isEmpty()) {
            p.add(Problem.of("KDCL-9560", "files", "chưa chọn tệp nào", "no file chosen"));
        }
        if (files.size() > MAX_FILES) {
            p.add(Problem.of("KDCL-9561", "files", "tối đa " + MAX_FILES + " tệp mỗi lần", "at most " + MAX_FILES + " files at once"));
        }
        for (MultipartFile f : files) {
            String name = f.getOriginalFilename();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (!EXTENSIONS.contains(ext)) {
                p.add(Problem.of("KDCL-9561", name, "chỉ nhận tệp .xlsx, .xls hoặc .csv xuất từ CSDL ngành, SMAS, vnEdu",
                        "only .xlsx, .xls or .csv exports of CSDL ngành, SMAS or vnEdu are accepted"));
            } else if (f.isEmpty()) {
                p.add(Problem.of("KDCL-9560", name, "tệp rỗng", "the file is empty"));
            } else if (f.getSize() > maxBytes) {
                p.add(Problem.of("KDCL-9501", name, "tệp lớn hơn " + maxBytes / (1024 * 1024) + " MB; chia nhỏ tệp rồi tải lại",
                        "the file is larger than " + maxBytes / (1024 * 1024) + " MB; split it and upload again"));
            }
        }
        return p;
    }

    /** The uploaded name without any folder, NFC, without control characters, at most 120 characters. */
    static String safeName(String original) {
        String n = Normalizer.normalize(original, Normalizer.Form.NFC);
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        if (n.startsWith(".")) {
            n = "_" + n;
        }
        if (n.length() > 120) {
            String ext = n.substring(n.lastIndexOf('.'));
            n = n.substring(0, 120 - ext.length()) + ext;
        }
        return n.isEmpty() ? "tep" : n;
    }

    private long elapsed(ImportJobs.Job job) {
        Instant end = job.finishedAt().orElse(clock.instant());
        return Duration.between(job.createdAt(), end).toSeconds();
    }

    private String defaultYear(SchoolContext.Current c) {
        return c.assessment().map(a -> a.getSchoolYear()).orElseGet(() -> {
            LocalDate today = LocalDate.now(clock);
            int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
            return start + "-" + (start + 1);
        });
    }
}
