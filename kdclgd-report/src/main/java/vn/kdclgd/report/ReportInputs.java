package vn.kdclgd.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.kdclgd.core.dossier.DossierContents;
import vn.kdclgd.core.dossier.DossierLimits;
import vn.kdclgd.core.dossier.DossierService;
import vn.kdclgd.core.model.ActionReview;
import vn.kdclgd.core.model.Campus;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.ImprovementAction;
import vn.kdclgd.core.model.SchoolProfile;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.report.internal.CriterionOrder;
import vn.kdclgd.rules.Problem;

/**
 * Makes a {@link ReportInput}: from a school dossier ({@code kdclgd-dossier/1}, checked as an import checks
 * it, without a database), and merges a content file of free texts into it.
 */
public final class ReportInputs {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ReportInputs() {
    }

    /**
     * The input for one self-assessment of the dossier at {@code zip}.
     *
     * @param schoolYear the school year to report (empty = the latest year in the dossier)
     * @param catalogId  the catalog (empty = the only one of that year)
     * @throws vn.kdclgd.core.dossier.DossierException when the dossier is not valid
     * @throws ReportException when no self-assessment, or several, match ({@link ReportException#NO_ASSESSMENT})
     */
    public static ReportInput fromDossier(Path zip, Optional<String> schoolYear, Optional<String> catalogId) {
        try (InputStream in = Files.newInputStream(zip)) {
            return fromContents(DossierService.read(in, DossierLimits.defaults()), schoolYear, catalogId);
        } catch (IOException e) {
            throw new ReportException(List.of(Problem.of(ReportException.WRITE_FAILED, zip.toString(),
                    "không đọc được tệp hồ sơ: " + e.getMessage(), "cannot read the dossier file: " + e.getMessage())), e);
        }
    }

    /** As {@link #fromDossier}, from contents already read with {@link DossierService#read}. */
    public static ReportInput fromContents(DossierContents d, Optional<String> schoolYear, Optional<String> catalogId) {
        SelfAssessment a = select(d.all(SelfAssessment.class), schoolYear, catalogId);
        List<CouncilMember> members = of(d.all(CouncilMember.class), a);
        Map<UUID, String> names = new HashMap<>();
        members.forEach(m -> names.put(m.getId(), nfc(m.getFullName())));
        List<ReportInput.Member> council = members.stream()
                .map(m -> new ReportInput.Member(nfc(m.getFullName()), opt(m.getTitle()), m.getPosition().name(), m.getRole().name()))
                .toList();
        List<ReportInput.Group> groups = new ArrayList<>();
        for (WorkingGroup g : d.all(WorkingGroup.class)) {
            if (g.getAssessment() == a) {
                groups.add(new ReportInput.Group(nfc(g.getName()), g.getKind() == WorkingGroup.Kind.SECRETARIAT,
                        g.getMemberIds().stream().map(id -> names.getOrDefault(id, "?")).toList(),
                        g.getCriteria().stream().sorted(CriterionOrder.COMPARATOR).toList()));
            }
        }
        List<ReportInput.Evaluation> evaluations = new ArrayList<>();
        for (CriterionEvaluation e : of(d.all(CriterionEvaluation.class), a)) {
            evaluations.add(new ReportInput.Evaluation(e.getCriterion(), opt(e.getCurrentState()), opt(e.getStrengths()),
                    opt(e.getWeaknesses()), opt(e.getImprovementPlan()),
                    e.getJudgements().stream().map(j -> new ReportInput.Judgement(j.level(), j.itemKey(), j.met())).toList()));
        }
        Map<EvidenceItem, List<String>> uses = new LinkedHashMap<>();
        for (EvidenceUse u : of(d.all(EvidenceUse.class), a)) {
            uses.computeIfAbsent(u.getEvidence(), k -> new ArrayList<>()).add(u.getCriterion());
        }
        List<ReportInput.Evidence> evidence = uses.entrySet().stream()
                .map(en -> evidence(en.getKey(), en.getValue()))
                .sorted(Comparator.comparing(ReportInput.Evidence::code))
                .toList();
        List<ReportInput.Action> actions = new ArrayList<>();
        for (ImprovementAction x : of(d.all(ImprovementAction.class), a)) {
            actions.add(new ReportInput.Action(opt(x.getCriterion()), nfc(x.getDescription()), opt(x.getOwner()),
                    Optional.ofNullable(x.getDeadline()), x.getStatus().name(),
                    x.getReviews().stream().map(ReportInputs::review).toList()));
        }
        TreeMap<String, Map<String, Long>> profiles = new TreeMap<>();
        for (SchoolProfile p : d.all(SchoolProfile.class)) {
            Map<String, Long> counts = new TreeMap<>();
            p.getCounts().forEach((k, v) -> counts.put(k, v.longValue()));
            profiles.put(p.getSchoolYear(), counts);
        }
        ReportInput.Plan plan = new ReportInput.Plan(opt(a.getPlanPurpose()),
                a.getTimeline().stream().map(m -> new ReportInput.Milestone(m.start(), m.end(), nfc(m.activity()))).toList(),
                a.getExpectedEvidence().stream()
                        .map(x -> new ReportInput.ExpectedEvidence(x.criterion(), nfc(x.description()), opt(x.responsible())))
                        .toList());
        ReportInput.Council c = new ReportInput.Council(opt(a.getCouncilDecision()), Optional.ofNullable(a.getCouncilDecisionDate()),
                council, groups);
        return new ReportInput(school(d), a.getCatalogId(), a.getSchoolYear(), Optional.empty(), c, plan, evaluations, evidence,
                actions, profiles, Map.of());
    }

    /**
     * Reads a content file: {@code {"reportDate": "2027-05-31", "texts": {"school.principal": "…", …}}}, both
     * fields optional, keys as in {@link ReportTexts} (per-standard keys {@code standard.<n>.<part>}). Text is
     * normalised to NFC.
     *
     * @throws ReportException ({@link ReportException#BAD_CONTENT}) listing every problem with its JSON path
     */
    public static ReportInput withContent(ReportInput input, InputStream contentJson, String fileName) {
        JsonNode root;
        try {
            root = JSON.readTree(contentJson);
        } catch (IOException e) {
            throw ReportException.of(ReportException.BAD_CONTENT, fileName, "không phải JSON hợp lệ: " + e.getMessage(),
                    "not valid JSON: " + e.getMessage());
        }
        List<Problem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw ReportException.of(ReportException.BAD_CONTENT, fileName + " $", "phải là một đối tượng JSON {…}",
                    "must be a JSON object {…}");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Optional<LocalDate> date = input.reportDate();
        for (var it = root.fields(); it.hasNext(); ) {
            var f = it.next();
            switch (f.getKey()) {
                case "reportDate" -> {
                    try {
                        date = Optional.of(LocalDate.parse(f.getValue().asText()));
                    } catch (RuntimeException e) {
                        problems.add(Problem.of(ReportException.BAD_CONTENT, fileName + " $.reportDate",
                                "ngày phải có dạng YYYY-MM-DD", "the date must be YYYY-MM-DD"));
                    }
                }
                case "texts" -> {
                    if (!f.getValue().isObject()) {
                        problems.add(Problem.of(ReportException.BAD_CONTENT, fileName + " $.texts",
                                "phải là một đối tượng {\"khóa\": \"văn bản\"}", "must be an object {\"key\": \"text\"}"));
                        break;
                    }
                    for (var t = f.getValue().fields(); t.hasNext(); ) {
                        var e = t.next();
                        String path = fileName + " $.texts['" + e.getKey() + "']";
                        if (!e.getValue().isTextual()) {
                            problems.add(Problem.of(ReportException.BAD_CONTENT, path, "phải là chuỗi văn bản", "must be a string"));
                        } else if (!ContentKeys.known(e.getKey())) {
                            problems.add(Problem.of(ReportException.BAD_CONTENT, path,
                                    "khóa không có trong danh sách (xem docs/report.md)", "unknown key (see docs/report.md)"));
                        } else {
                            texts.put(e.getKey(), nfc(e.getValue().textValue()));
                        }
                    }
                }
                default -> problems.add(Problem.of(ReportException.BAD_CONTENT, fileName + " $." + f.getKey(),
                        "trường không biết; chỉ có \"reportDate\" và \"texts\"", "unknown field; only \"reportDate\" and \"texts\""));
            }
        }
        if (!problems.isEmpty()) {
            throw new ReportException(problems);
        }
        return input.withTexts(texts).withReportDate(date);
    }

    private static SelfAssessment select(List<SelfAssessment> all, Optional<String> year, Optional<String> catalog) {
        List<SelfAssessment> match = all.stream()
                .filter(a -> year.map(a.getSchoolYear()::equals).orElse(true))
                .filter(a -> catalog.map(a.getCatalogId()::equals).orElse(true))
                .toList();
        if (year.isEmpty() && !match.isEmpty()) {
            String latest = match.stream().map(SelfAssessment::getSchoolYear).max(Comparator.naturalOrder()).orElseThrow();
            match = match.stream().filter(a -> a.getSchoolYear().equals(latest)).toList();
        }
        String available = String.join(", ", all.stream().map(a -> a.getSchoolYear() + " " + a.getCatalogId()).sorted().toList());
        if (match.isEmpty()) {
            throw ReportException.of(ReportException.NO_ASSESSMENT, "dossier.json $.selfAssessments",
                    "không có đợt tự đánh giá nào khớp (" + year.orElse("năm học bất kỳ") + ", " + catalog.orElse("bộ tiêu chuẩn bất kỳ")
                            + "); hồ sơ có: " + (available.isEmpty() ? "không có" : available),
                    "no self-assessment matches; the dossier has: " + (available.isEmpty() ? "none" : available));
        }
        if (match.size() > 1) {
            throw ReportException.of(ReportException.NO_ASSESSMENT, "dossier.json $.selfAssessments",
                    "có nhiều đợt tự đánh giá khớp; chọn thêm năm học và bộ tiêu chuẩn: " + available,
                    "several self-assessments match; give the school year and the catalog: " + available);
        }
        return match.get(0);
    }

    private static ReportInput.School school(DossierContents d) {
        var s = d.school();
        Optional<String> governing = Optional.empty();
        Optional<String> province = Optional.empty();
        Optional<String> commune = Optional.empty();
        Optional<DossierContents.Membership> current = d.memberships().stream().filter(m -> m.validTo().isEmpty())
                .reduce((x, y) -> y);
        if (current.isPresent()) {
            Optional<DossierContents.Unit> u = d.unit(current.get().unitId());
            governing = u.map(DossierContents.Unit::name);
            while (u.isPresent()) {
                if (u.get().kind() == UnitKind.PROVINCE && province.isEmpty()) {
                    province = Optional.of(u.get().name());
                }
                if ((u.get().kind() == UnitKind.COMMUNE_WARD || u.get().kind() == UnitKind.DISTRICT_LEGACY) && commune.isEmpty()) {
                    commune = Optional.of(u.get().name());
                }
                u = u.get().parentId().flatMap(d::unit);
            }
        }
        Optional<String> address = s.getCampuses().stream().filter(Campus::main).findFirst().map(Campus::address)
                .flatMap(ReportInputs::opt);
        return new ReportInput.School(s.getCode(), nfc(s.getName()), s.getSchoolType(), s.getLevelsTaught().stream().sorted().toList(),
                governing.map(ReportInputs::nfc), province.map(ReportInputs::nfc), commune.map(ReportInputs::nfc), address,
                s.getCampuses().size());
    }

    private static ReportInput.Evidence evidence(EvidenceItem e, List<String> criteria) {
        return new ReportInput.Evidence(e.getCode(), opt(e.getPreviousCode()), nfc(e.getTitle()), opt(e.getDocumentNumber()),
                Optional.ofNullable(e.getIssuedOn()), opt(e.getIssuer()), Optional.ofNullable(e.getValidUntil()),
                List.copyOf(e.getLinks()), e.getFiles().stream().map(f -> nfc(f.fileName())).toList(),
                criteria.stream().distinct().sorted(CriterionOrder.COMPARATOR).toList());
    }

    private static ReportInput.Review review(ActionReview r) {
        return new ReportInput.Review(r.reviewedOn(), nfc(r.reviewer()), nfc(r.finding()));
    }

    private static <T> List<T> of(List<T> all, SelfAssessment a) {
        return all.stream().filter(x -> owner(x) == a).toList();
    }

    private static SelfAssessment owner(Object x) {
        if (x instanceof CouncilMember m) {
            return m.getAssessment();
        } else if (x instanceof CriterionEvaluation e) {
            return e.getAssessment();
        } else if (x instanceof EvidenceUse u) {
            return u.getAssessment();
        } else if (x instanceof ImprovementAction i) {
            return i.getAssessment();
        }
        return null;
    }

    private static Optional<String> opt(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(nfc(s));
    }

    static String nfc(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The keys a content file may set. */
    static final class ContentKeys {
        private ContentKeys() {
        }

        static boolean known(String key) {
            if (key.matches("standard\\.[1-9]\\.[a-z]+")) {
                return ReportTexts.STANDARD_PARTS.contains(key.substring(key.lastIndexOf('.') + 1));
            }
            for (var f : ReportTexts.class.getFields()) {
                try {
                    if (f.getType() == String.class && key.equals(f.get(null))) {
                        return true;
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return false;
        }
    }
}
