package vn.kdclgd.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the documents of one self-assessment are made from: the school, the council, the plan, the
 * criterion evaluations, the evidence, the improvement actions, the school's yearly counts and the free
 * texts a school writes only for the report. Immutable; text is expected in Unicode NFC (the factories in
 * {@link ReportInputs} normalise it).
 *
 * <p>Nothing here is a default: a value that is not known is an empty {@link Optional}, an absent count
 * or an absent text, and the documents print it as visibly missing ("chưa có dữ liệu"), never as blank or
 * zero.
 *
 * @param school             the school
 * @param catalogId          the catalog assessed against, e.g. {@code TT18-2018}, {@code TT57-2026-PT}
 * @param schoolYear         the school year assessed, {@code 2026-2027}
 * @param reportDate         the date printed as "…, ngày … tháng … năm …"; empty prints dots to fill in
 * @param council            the council, its decision and its groups
 * @param plan               the self-assessment plan
 * @param evaluations        criterion evaluations (any order; the documents follow the catalog)
 * @param evidence           the evidence items this self-assessment uses
 * @param improvementActions improvement actions with their reviews
 * @param profiles           counts per school year ({@code 2024-2025} → {@code students.total} → 962); a key
 *                           that is absent is unknown, not zero
 * @param texts              free texts by key (see {@link ReportTexts}); an absent key is shown as missing
 */
public record ReportInput(
        School school,
        String catalogId,
        String schoolYear,
        Optional<LocalDate> reportDate,
        Council council,
        Plan plan,
        List<Evaluation> evaluations,
        List<Evidence> evidence,
        List<Action> improvementActions,
        SortedMap<String, Map<String, Long>> profiles,
        Map<String, String> texts) {

    /** Checks the components and makes them immutable. */
    public ReportInput {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(catalogId, "catalogId");
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(reportDate, "reportDate");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(plan, "plan");
        evaluations = List.copyOf(evaluations);
        evidence = List.copyOf(evidence);
        improvementActions = List.copyOf(improvementActions);
        TreeMap<String, Map<String, Long>> p = new TreeMap<>();
        profiles.forEach((year, counts) -> p.put(year, Collections.unmodifiableMap(new TreeMap<>(counts))));
        profiles = Collections.unmodifiableSortedMap(p);
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** The evaluation of {@code criterion}, if there is one. */
    public Optional<Evaluation> evaluation(String criterion) {
        return evaluations.stream().filter(e -> e.criterion().equals(criterion)).findFirst();
    }

    /** The text stored under {@code key}, if it is there and not blank. */
    public Optional<String> text(String key) {
        String t = texts.get(key);
        return t == null || t.isBlank() ? Optional.empty() : Optional.of(t);
    }

    /** A copy with other free texts (merged over these: a key in {@code more} wins). */
    public ReportInput withTexts(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(texts);
        merged.putAll(more);
        return new ReportInput(school, catalogId, schoolYear, reportDate, council, plan, evaluations, evidence,
                improvementActions, profiles, merged);
    }

    /** A copy with another report date. */
    public ReportInput withReportDate(Optional<LocalDate> date) {
        return new ReportInput(school, catalogId, schoolYear, date, council, plan, evaluations, evidence,
                improvementActions, profiles, texts);
    }

    /**
     * The school.
     *
     * @param code          the school's code
     * @param name          its name, e.g. "Trường THCS Nguyễn Du"
     * @param schoolType    {@code THCS}, {@code TIEU_HOC}, {@code MAM_NON}, … (the catalogs' school types)
     * @param levelsTaught  cấp học taught
     * @param governingBody cơ quan quản lý trực tiếp (the supervising unit today)
     * @param province      the province (tỉnh/thành phố)
     * @param commune       the commune or ward (xã/phường)
     * @param address       the main campus's address
     * @param campuses      number of campuses (điểm trường)
     */
    public record School(String code, String name, String schoolType, List<String> levelsTaught,
                         Optional<String> governingBody, Optional<String> province, Optional<String> commune,
                         Optional<String> address, int campuses) {
        /** Checks the components. */
        public School {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(schoolType, "schoolType");
            levelsTaught = List.copyOf(levelsTaught);
            Objects.requireNonNull(governingBody, "governingBody");
            Objects.requireNonNull(province, "province");
            Objects.requireNonNull(commune, "commune");
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * The council (hội đồng tự đánh giá).
     *
     * @param decision     the decision setting it up, e.g. "Quyết định số 12/QĐ-THCS ngày 08/9/2026 …"
     * @param decisionDate its date
     * @param members      members in order (chair first as the school lists them)
     * @param groups       the secretariat and the working groups
     */
    public record Council(Optional<String> decision, Optional<LocalDate> decisionDate, List<Member> members, List<Group> groups) {
        /** Checks the components. */
        public Council {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(decisionDate, "decisionDate");
            members = List.copyOf(members);
            groups = List.copyOf(groups);
        }
    }

    /**
     * A council member.
     *
     * @param fullName full name
     * @param title    chức vụ as written, e.g. "Phó hiệu trưởng"; empty = derived from {@code position}
     * @param position {@code PRINCIPAL}, {@code VICE_PRINCIPAL}, {@code HEAD_OF_TEAM}, {@code TEACHER}, {@code STAFF}, {@code OTHER}
     * @param role     {@code CHAIR}, {@code VICE_CHAIR}, {@code SECRETARY}, {@code MEMBER}
     */
    public record Member(String fullName, Optional<String> title, String position, String role) {
        /** Checks the components. */
        public Member {
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * The secretariat or a working group.
     *
     * @param name      e.g. "Nhóm công tác tiêu chuẩn 1"
     * @param secretariat true for the secretariat (nhóm thư ký)
     * @param members   full names of its members
     * @param criteria  the criteria it is in charge of
     */
    public record Group(String name, boolean secretariat, List<String> members, List<String> criteria) {
        /** Checks the components. */
        public Group {
            Objects.requireNonNull(name, "name");
            members = List.copyOf(members);
            criteria = List.copyOf(criteria);
        }
    }

    /**
     * The self-assessment plan.
     *
     * @param purpose          the plan's purpose as the school wrote it
     * @param timeline         activities in order
     * @param expectedEvidence evidence the plan expects per criterion
     */
    public record Plan(Optional<String> purpose, List<Milestone> timeline, List<ExpectedEvidence> expectedEvidence) {
        /** Checks the components. */
        public Plan {
            Objects.requireNonNull(purpose, "purpose");
            timeline = List.copyOf(timeline);
            expectedEvidence = List.copyOf(expectedEvidence);
        }
    }

    /**
     * One activity of the plan's timeline.
     *
     * @param start    first day
     * @param end      last day
     * @param activity what is done
     */
    public record Milestone(LocalDate start, LocalDate end, String activity) {
        /** Checks the components. */
        public Milestone {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(activity, "activity");
        }
    }

    /**
     * Evidence the plan expects for a criterion.
     *
     * @param criterion   criterion code
     * @param description what evidence
     * @param responsible who collects it
     */
    public record ExpectedEvidence(String criterion, String description, Optional<String> responsible) {
        /** Checks the components. */
        public ExpectedEvidence {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(responsible, "responsible");
        }
    }

    /**
     * A criterion evaluation (phiếu đánh giá tiêu chí).
     *
     * @param criterion       criterion code ({@code 1.1}), or a Mức-4 item key for the 2018 regime's Mức-4 items
     * @param currentState    mô tả hiện trạng, with evidence citations in the regime's form
     * @param strengths       điểm mạnh
     * @param weaknesses      điểm yếu / điểm hạn chế
     * @param improvementPlan kế hoạch cải tiến chất lượng
     * @param judgements      item judgements
     */
    public record Evaluation(String criterion, Optional<String> currentState, Optional<String> strengths,
                             Optional<String> weaknesses, Optional<String> improvementPlan, List<Judgement> judgements) {
        /** Checks the components. */
        public Evaluation {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(currentState, "currentState");
            Objects.requireNonNull(strengths, "strengths");
            Objects.requireNonNull(weaknesses, "weaknesses");
            Objects.requireNonNull(improvementPlan, "improvementPlan");
            judgements = List.copyOf(judgements);
        }
    }

    /**
     * The council's judgement of one item of one level.
     *
     * @param level   the level (1–3; 4 for the 2018 regime's Mức-4 items)
     * @param itemKey the item's key in the catalog ({@code a}, {@code b}, …)
     * @param met     whether the item is met
     */
    public record Judgement(int level, String itemKey, boolean met) {
        /** Checks the components. */
        public Judgement {
            Objects.requireNonNull(itemKey, "itemKey");
        }
    }

    /**
     * An evidence item (minh chứng).
     *
     * @param code           its code in the regime's scheme ({@code [H1-1.1-01]}, {@code MC.1.1.01})
     * @param previousCode   the old code when carried over
     * @param title          tên minh chứng
     * @param documentNumber số văn bản
     * @param issuedOn       ngày ban hành
     * @param issuer         nơi ban hành
     * @param validUntil     hiệu lực đến
     * @param links          where it is stored (URLs), in order
     * @param fileNames      its files' names
     * @param criteria       the criteria that use it, in the act's order
     */
    public record Evidence(String code, Optional<String> previousCode, String title, Optional<String> documentNumber,
                           Optional<LocalDate> issuedOn, Optional<String> issuer, Optional<LocalDate> validUntil,
                           List<String> links, List<String> fileNames, List<String> criteria) {
        /** Checks the components. */
        public Evidence {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(previousCode, "previousCode");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(documentNumber, "documentNumber");
            Objects.requireNonNull(issuedOn, "issuedOn");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(validUntil, "validUntil");
            links = List.copyOf(links);
            fileNames = List.copyOf(fileNames);
            criteria = List.copyOf(criteria);
        }
    }

    /**
     * An improvement action (kế hoạch cải tiến).
     *
     * @param criterion   the criterion it improves; empty = school-wide
     * @param description what is done
     * @param owner       who is in charge
     * @param deadline    by when
     * @param status      {@code PLANNED}, {@code IN_PROGRESS}, {@code DONE}, {@code DROPPED}
     * @param reviews     its reviews (rà soát), in order
     */
    public record Action(Optional<String> criterion, String description, Optional<String> owner, Optional<LocalDate> deadline,
                         String status, List<Review> reviews) {
        /** Checks the components. */
        public Action {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(status, "status");
            reviews = List.copyOf(reviews);
        }
    }

    /**
     * A review of an improvement action.
     *
     * @param reviewedOn when
     * @param reviewer   who
     * @param finding    what was found
     */
    public record Review(LocalDate reviewedOn, String reviewer, String finding) {
        /** Checks the components. */
        public Review {
            Objects.requireNonNull(reviewedOn, "reviewedOn");
            Objects.requireNonNull(reviewer, "reviewer");
            Objects.requireNonNull(finding, "finding");
        }
    }
}
