package vn.kdclgd.core.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.internal.Access;
import vn.kdclgd.core.internal.Audit;
import vn.kdclgd.core.internal.Units;
import vn.kdclgd.core.internal.Validate;
import vn.kdclgd.core.model.Certificate;
import vn.kdclgd.core.model.ExternalReview;
import vn.kdclgd.core.model.School;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.RecognitionKind;
import vn.kdclgd.rules.catalog.RecognitionScheme;

/**
 * Recognition certificates: issuing one from a decided review (level, validity and waiting period from
 * the catalog's {@link RecognitionScheme}, never from code), revoking, and the reminders a supervising
 * unit needs (certificates expiring soon, re-registration due).
 *
 * <p>Rules, all read from the scheme of the snapshot's catalog:
 * <ul>
 * <li>level = {@link RecognitionScheme#levelFor(int)} of the decided school level — 2018 regime:
 * cấp độ N ⇐ Mức N; chuẩn quốc gia mức độ 1 ⇐ Mức 2, mức độ 2 ⇐ Mức ≥ 3; TT57: mức độ 1/2 ⇐ Mức 1/2;
 * level 0 is refused ({@link #NO_LEVEL});</li>
 * <li>valid until {@code issuedOn + validityYears} (05 năm);</li>
 * <li>a higher level than the school's previous certificate of the same kind (the latest issued on or
 * before the new date, whatever its regime) needs {@code upgradeWaitYears} since that one was issued
 * when the scheme defines it ({@link #UPGRADE_WAIT});</li>
 * <li>a certificate stays valid to its own end date whatever regime is in force later (TT57 khoản 2
 * Điều 27): validity is a matter of dates only.</li>
 * </ul>
 *
 * <p>Listings cover a unit subtree on a date (see {@link StatisticsService} for the subtree rule) and
 * only the school's current certificate of each kind: valid on the date, not revoked, and not
 * superseded by a later certificate of the same kind valid on the date. Issuing and revoking: a unit
 * officer above the school (today, by the {@link Kdclgd#clock()}); listings: a unit officer of the unit
 * or above it.
 */
public final class RecognitionService {
    /** The review is not decided. */
    public static final String NOT_DECIDED = "KDCL-7201";
    /** The registration did not seek this kind of recognition. */
    public static final String NOT_SOUGHT = "KDCL-7202";
    /** The catalog has no scheme for this kind of recognition. */
    public static final String NO_SCHEME = "KDCL-7203";
    /** The decided school level gives no recognition level of this kind. */
    public static final String NO_LEVEL = "KDCL-7204";
    /** The waiting period before a higher level is not over. */
    public static final String UPGRADE_WAIT = "KDCL-7205";
    /** The catalog does not establish the validity of the certificate. */
    public static final String NO_VALIDITY = "KDCL-7206";
    /** A certificate of this kind was already issued on this review. */
    public static final String ALREADY_ISSUED = "KDCL-7207";
    /** The certificate is already revoked. */
    public static final String ALREADY_REVOKED = "KDCL-7208";
    /** No certificate with that id. */
    public static final String NOT_FOUND = "KDCL-7209";
    /** A date outside what the step allows (issue before the decision; revocation outside the validity). */
    public static final String BAD_DATE = "KDCL-7210";
    /** A required text is blank (decision number, revocation reason). */
    public static final String BLANK = "KDCL-7211";
    /** A negative number of months. */
    public static final String BAD_MONTHS = "KDCL-7212";

    private final Kdclgd k;

    /** The service on {@code kdclgd}. */
    public RecognitionService(Kdclgd kdclgd) {
        this.k = Objects.requireNonNull(kdclgd, "kdclgd");
    }

    /**
     * Issues the certificate of {@code kind} on a decided review.
     *
     * @throws AccessDeniedException unless the actor is a unit officer above the school
     * @throws ReviewException       {@link #NOT_DECIDED}, {@link #NOT_SOUGHT}, {@link #NO_SCHEME},
     *                               {@link #NO_LEVEL}, {@link #NO_VALIDITY}, {@link #UPGRADE_WAIT},
     *                               {@link #ALREADY_ISSUED}, {@link #BAD_DATE}, {@link #BLANK},
     *                               {@code KDCL-7111} (no such review)
     */
    public Certificate issueCertificate(Actor actor, UUID reviewId, RecognitionKind kind, String decisionNumber, LocalDate issuedOn) {
        EntityManager em = k.em();
        ExternalReview review = em.find(ExternalReview.class, reviewId);
        if (review == null) {
            throw ReviewException.of(ExternalReviewService.NOT_FOUND, "review " + reviewId, "không tìm thấy đăng ký " + reviewId,
                    "there is no review " + reviewId);
        }
        School school = review.getSnapshot().getAssessment().getSchool();
        Units.officerOverSchool(em, actor, school.getId(), LocalDate.now(k.clock()), "certificate.issue");
        Objects.requireNonNull(kind, "kind");
        String where = "review " + reviewId + " " + kind.jsonName();
        if (review.getState() != ExternalReview.State.DECIDED) {
            throw ReviewException.of(NOT_DECIDED, where, "đăng ký chưa có quyết định (trạng thái " + review.getState() + "); quyết định trước",
                    "the review is not decided (state " + review.getState() + "); decide it first");
        }
        boolean sought = kind == RecognitionKind.ACCREDITATION ? review.isSeeksAccreditation() : review.isSeeksNationalStandard();
        if (!sought) {
            throw ReviewException.of(NOT_SOUGHT, where, "đăng ký không đề nghị loại công nhận này",
                    "the registration did not seek this kind of recognition");
        }
        ExternalReviewService.verifyHash(review.getSnapshot());
        Catalog catalog = k.catalogs().get(review.getSnapshot().getAssessment().getCatalogId());
        RecognitionScheme scheme = catalog.recognition(kind).orElseThrow(() -> ReviewException.of(NO_SCHEME, where,
                "danh mục " + catalog.id() + " không có loại công nhận này", "catalog " + catalog.id() + " has no such recognition"));
        List<Problem> problems = new ArrayList<>();
        int decided = review.getResultLevel() == null ? 0 : review.getResultLevel();
        int level = scheme.levelFor(decided);
        if (level == 0) {
            problems.add(Problem.of(NO_LEVEL, where,
                    "trường được đánh giá đạt Mức " + decided + ", chưa đủ để được " + scheme.name() + " theo " + scheme.article(),
                    "the school was rated Mức " + decided + ", which gives no level of " + kind.jsonName() + " under " + scheme.article()));
        }
        if (scheme.validityYears().isEmpty()) {
            problems.add(Problem.of(NO_VALIDITY, where,
                    "danh mục " + catalog.id() + " chưa xác định thời hạn giá trị của chứng nhận; bổ sung validityYears",
                    "catalog " + catalog.id() + " does not establish the validity; add validityYears"));
        }
        if (decisionNumber == null || decisionNumber.isBlank()) {
            problems.add(Problem.of(BLANK, where + " decisionNumber", "cần số quyết định công nhận", "the decision number is required"));
        }
        if (issuedOn == null || issuedOn.isBefore(review.getDecidedOn())) {
            problems.add(Problem.of(BAD_DATE, where + " issuedOn",
                    "ngày cấp (" + issuedOn + ") không được trước ngày quyết định (" + review.getDecidedOn() + ")",
                    "the issue date (" + issuedOn + ") must not be before the decision (" + review.getDecidedOn() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new ReviewException(problems);
        }
        Long same = em.createQuery("select count(c) from Certificate c where c.review = :r and c.kind = :kind", Long.class)
                .setParameter("r", review).setParameter("kind", kind.jsonName()).getSingleResult();
        if (same > 0) {
            throw ReviewException.of(ALREADY_ISSUED, where, "đã cấp chứng nhận loại này cho đăng ký này",
                    "a certificate of this kind was already issued on this review");
        }
        Optional<Certificate> previous = em.createQuery("select c from Certificate c where c.school = :s and c.kind = :kind"
                        + " and c.issuedOn <= :d order by c.issuedOn desc", Certificate.class)
                .setParameter("s", school).setParameter("kind", kind.jsonName()).setParameter("d", issuedOn)
                .setMaxResults(1).getResultStream().findFirst();
        if (previous.isPresent() && level > previous.get().getLevel() && scheme.upgradeWaitYears().isPresent()) {
            LocalDate earliest = previous.get().getIssuedOn().plusYears(scheme.upgradeWaitYears().getAsInt());
            if (issuedOn.isBefore(earliest)) {
                throw ReviewException.of(UPGRADE_WAIT, where,
                        "trường được công nhận mức " + previous.get().getLevel() + " ngày " + previous.get().getIssuedOn()
                                + "; phải sau ít nhất " + scheme.upgradeWaitYears().getAsInt() + " năm (đến " + earliest
                                + ") mới được công nhận mức cao hơn",
                        "the school was recognised at level " + previous.get().getLevel() + " on " + previous.get().getIssuedOn()
                                + "; a higher level needs " + scheme.upgradeWaitYears().getAsInt() + " years (from " + earliest + ")");
            }
        }
        Certificate c = new Certificate(school, kind.jsonName(), level, catalog.id(), issuedOn,
                issuedOn.plusYears(scheme.validityYears().getAsInt()));
        c.setDecisionNumber(decisionNumber.strip());
        c.setReview(review);
        Validate.entity(k, c);
        em.persist(c);
        Audit.record(k, actor, "certificate.issue", c, school.getId(), "{\"kind\":\"" + kind.jsonName() + "\",\"level\":" + level
                + ",\"issuedOn\":\"" + issuedOn + "\",\"validUntil\":\"" + c.getValidUntil() + "\"}");
        return c;
    }

    /**
     * Revokes a certificate from {@code date} (thu hồi: 2018 Điều 39; TT57 khoản 1 Điều 20).
     *
     * @throws AccessDeniedException unless the actor is a unit officer above the school
     * @throws ReviewException       {@link #NOT_FOUND}, {@link #ALREADY_REVOKED}, {@link #BAD_DATE}, {@link #BLANK}
     */
    public Certificate revoke(Actor actor, UUID certificateId, LocalDate date, String reason) {
        EntityManager em = k.em();
        Certificate c = em.find(Certificate.class, certificateId);
        if (c == null) {
            throw ReviewException.of(NOT_FOUND, "certificate " + certificateId, "không tìm thấy chứng nhận " + certificateId,
                    "there is no certificate " + certificateId);
        }
        UUID schoolId = c.getSchool().getId();
        Units.officerOverSchool(em, actor, schoolId, LocalDate.now(k.clock()), "certificate.revoke");
        String where = "certificate " + certificateId;
        if (c.getRevokedOn() != null) {
            throw ReviewException.of(ALREADY_REVOKED, where, "chứng nhận đã bị thu hồi ngày " + c.getRevokedOn(),
                    "the certificate was already revoked on " + c.getRevokedOn());
        }
        List<Problem> problems = new ArrayList<>();
        if (date == null || date.isBefore(c.getIssuedOn()) || date.isAfter(c.getValidUntil())) {
            problems.add(Problem.of(BAD_DATE, where + " date",
                    "ngày thu hồi (" + date + ") phải trong thời hạn của chứng nhận (" + c.getIssuedOn() + " – " + c.getValidUntil() + ")",
                    "the revocation date (" + date + ") must be within the validity (" + c.getIssuedOn() + " – " + c.getValidUntil() + ")"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(Problem.of(BLANK, where + " reason", "cần nêu lý do thu hồi", "the reason for the revocation is required"));
        }
        if (!problems.isEmpty()) {
            throw new ReviewException(problems);
        }
        c.revoke(date, reason.strip());
        Validate.entity(k, c);
        Audit.record(k, actor, "certificate.revoke", c, schoolId, "{\"date\":\"" + date + "\"}");
        return c;
    }

    /**
     * The current certificates of the unit subtree's schools on {@code date} that end within
     * {@code months} months ({@code validUntil ≤ date + months}), by end date then school code.
     *
     * @throws AccessDeniedException unless the actor is a unit officer of the unit or above it
     * @throws ReviewException       {@link #BAD_MONTHS}
     */
    public List<CertificateInfo> expiringWithin(Actor actor, UUID unitId, LocalDate date, int months) {
        Access.unitRead(k.em(), actor, unitId, "certificate.expiring");
        if (months < 0) {
            throw ReviewException.of(BAD_MONTHS, "months", "số tháng không được âm", "the number of months must not be negative");
        }
        return current(unitId, Objects.requireNonNull(date, "date"), Optional.of(date.plusMonths(months)));
    }

    /**
     * The current certificates of the unit subtree's schools on {@code date} whose re-registration is
     * due: {@code validUntil − renewalLeadMonths ≤ date}, where the certificate's own scheme defines
     * {@code renewalLeadMonths} (the 2018 regime: 05 tháng; TT57 establishes none, so its certificates
     * never appear here).
     *
     * @throws AccessDeniedException unless the actor is a unit officer of the unit or above it
     */
    public List<ReRegistrationDue> reRegistrationDue(Actor actor, UUID unitId, LocalDate date) {
        Access.unitRead(k.em(), actor, unitId, "certificate.reRegistration");
        List<ReRegistrationDue> out = new ArrayList<>();
        for (CertificateInfo c : current(unitId, Objects.requireNonNull(date, "date"), Optional.empty())) {
            Optional<RecognitionScheme> scheme = k.catalogs().find(c.catalogId()).flatMap(cat -> cat.recognition(kindOf(c.kind())));
            if (scheme.isPresent() && scheme.get().renewalLeadMonths().isPresent()) {
                int lead = scheme.get().renewalLeadMonths().getAsInt();
                LocalDate due = c.validUntil().minusMonths(lead);
                if (!due.isAfter(date)) {
                    out.add(new ReRegistrationDue(c, lead, due));
                }
            }
        }
        return List.copyOf(out);
    }

    static RecognitionKind kindOf(String jsonName) {
        for (RecognitionKind kind : RecognitionKind.values()) {
            if (kind.jsonName().equals(jsonName)) {
                return kind;
            }
        }
        return null;
    }

    /** SQL of the current certificates of a subtree's schools on {@code :d}. */
    static String currentCertificatesWhere() {
        return " c.issued_on <= :d and c.valid_until >= :d and (c.revoked_on is null or c.revoked_on > :d)"
                + " and not exists (select 1 from kdcl_certificate n where n.school_id = c.school_id and n.kind = c.kind"
                + " and n.id <> c.id and n.issued_on > c.issued_on and n.issued_on <= :d"
                + " and n.valid_until >= :d and (n.revoked_on is null or n.revoked_on > :d))";
    }

    private List<CertificateInfo> current(UUID unitId, LocalDate date, Optional<LocalDate> endingBy) {
        String sql = Units.scopeCte(false)
                + "select c.id, s.id, s.code, s.name, c.kind, c.level_no, c.catalog_id, c.issued_on, c.valid_until"
                + " from kdcl_certificate c join sch on c.school_id = sch.id join kdcl_school s on s.id = c.school_id"
                + " where" + currentCertificatesWhere()
                + (endingBy.isPresent() ? " and c.valid_until <= :limit" : "")
                + " order by c.valid_until, s.code, c.kind";
        Query q = k.em().createNativeQuery(sql).setParameter("units", Units.unitsParameter(k.em(), unitId, date)).setParameter("d", date);
        endingBy.ifPresent(l -> q.setParameter("limit", l));
        List<CertificateInfo> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new CertificateInfo(Units.uuid(r[0]), Units.uuid(r[1]), (String) r[2], (String) r[3], (String) r[4],
                    (int) Units.number(r[5]), (String) r[6], Units.date(r[7]), Units.date(r[8])));
        }
        return List.copyOf(out);
    }
}
