package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.kdclgd.app.account.Account;
import vn.kdclgd.app.account.AccountRepository;
import vn.kdclgd.app.demo.DemoData;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.ImprovementAction;
import vn.kdclgd.core.model.ItemJudgement;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.EvaluationInput;
import vn.kdclgd.core.service.EvidenceService;
import vn.kdclgd.core.service.ExternalReviewService;
import vn.kdclgd.core.service.ImprovementService;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;

/**
 * "Another school's data is unreachable by URL": signed in as nguyendu.admin, requests naming Lê Lợi's ids
 * — its self-assessment, improvement action, evidence item and file, published version, registration, staff
 * account — are refused (403 by kdclgd's access control, or 404) and show nothing of Lê Lợi, and writes
 * naming them change nothing.
 *
 * <p>Lê Lợi is given, through kdclgd's services, an improvement action with a review and a published version
 * (its three criteria left by the demo are evaluated first) so that every kind of id exists. Besides the
 * screens of this branch, every GET screen under {@code /school} with path variables or UUID request
 * parameters is found in Spring's handler mapping and requested with each of Lê Lợi's ids: screens added
 * later (evidence, documents, publishing …) are covered without naming their URLs here.
 */
class CrossSchoolAccessBrowserTest extends TamperingBrowserSupport {
    static final String SECRET = "BÍ MẬT LÊ LỢI — kế hoạch nội bộ";
    /** Text that only Lê Lợi's data contains. */
    static final List<String> MARKERS = List.of("Lê Lợi", DemoData.WORKING_SCHOOL, SECRET, "BÍ MẬT");

    /** Lê Lợi's ids, by kind. */
    static Map<String, String> ids;

    @Autowired
    TransactionTemplate tx;
    @Autowired
    AssessmentService assessments;
    @Autowired
    EvidenceService evidence;
    @Autowired
    ImprovementService improvement;
    @Autowired
    CatalogRegistry catalogs;
    @Autowired
    ExternalReviewService reviews;
    @Autowired
    java.time.Clock clock;
    @Autowired
    AccountRepository accounts;
    @Autowired
    EntityManager em;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void leLoiHasEveryKindOfData() {
        if (ids != null && ids.get("port").equals(String.valueOf(port))) {
            return;
        }
        Map<String, String> m = new LinkedHashMap<>();
        tx.executeWithoutResult(s -> {
            UUID school = em.createQuery("select s.id from School s where s.code = :c", UUID.class)
                    .setParameter("c", DemoData.WORKING_SCHOOL).getSingleResult();
            Actor admin = Actor.of("leloi.admin", Grant.school(Role.SCHOOL_ADMIN, school));
            SelfAssessment a = assessments.ofSchool(admin, school).get(0);
            ImprovementAction action = improvement.addAction(admin, a.getId(), "4.1", SECRET, "Hiệu trưởng Lê Lợi", LocalDate.of(2027, 4, 30));
            em.flush();
            improvement.addReview(admin, action.getId(), LocalDate.of(2026, 12, 1), "leloi.hieutruong", "BÍ MẬT: rà soát nội bộ");
            Map<String, String> cited = new LinkedHashMap<>();
            for (EvidenceUse u : evidence.uses(admin, a.getId())) {
                cited.put(u.getCriterion(), u.getEvidence().getCode());
            }
            for (String code : DemoData.LEFT_TO_EVALUATE) {
                Criterion c = catalogs.get(a.getCatalogId()).criterion(code).orElseThrow();
                List<ItemJudgement> judgements = new ArrayList<>();
                for (int level = 1; level <= c.maxLevel(); level++) {
                    for (Item item : c.items(level)) {
                        judgements.add(new ItemJudgement(level, item.key(), true));
                    }
                }
                long version = assessments.evaluation(admin, a.getId(), code).getVersion();
                assessments.saveEvaluation(admin, a.getId(), code, version, new EvaluationInput("Lê Lợi đáp ứng tiêu chí " + code
                        + " (" + cited.get(code) + ").", "Có hồ sơ đầy đủ (" + cited.get(code) + ").", null, "Duy trì.", judgements));
            }
            em.flush();
            assessments.advance(admin, a.getId());
            em.flush();
            UUID version = assessments.publish(admin, a.getId()).getId();
            em.flush();
            EvidenceItem item = evidence.items(admin, school).get(0);
            m.put("school", school.toString());
            m.put("assessment", a.getId().toString());
            m.put("action", action.getId().toString());
            m.put("evidence", item.getId().toString());
            m.put("file", item.getFiles().get(0).sha256());
            m.put("version", version.toString());
        });
        // a registration of Lê Lợi, so that a review id exists too
        tx.executeWithoutResult(s -> {
            UUID school = UUID.fromString(m.get("school"));
            Actor admin = Actor.of("leloi.admin", Grant.school(Role.SCHOOL_ADMIN, school));
            UUID version = UUID.fromString(m.get("version"));
            m.put("review", reviews.register(admin, version, LocalDate.now(clock), false, true).getId().toString());
        });
        m.put("account", accounts.findByUsername("leloi.gv1").orElseThrow().getId().toString());
        m.put("port", String.valueOf(port));
        ids = m;
    }

    private HttpAgent nguyenDu() {
        HttpAgent agent = new HttpAgent(port);
        assertThat(agent.login("nguyendu.admin", PASSWORD).location()).isEqualTo("/");
        return agent;
    }

    private static void assertShowsNothingOfLeLoi(String what, HttpAgent.Response r) {
        for (String marker : MARKERS) {
            assertThat(r.body()).as(what + " shows " + marker).doesNotContain(marker);
        }
    }

    private static void assertRefused(String what, HttpAgent.Response r, int... statuses) {
        assertThat(statuses).as(what + " answered " + r.status()).contains(r.status());
        assertShowsNothingOfLeLoi(what, r);
    }

    @Test
    void namedScreensRefuseLeLoisIds() {
        HttpAgent nd = nguyenDu();
        assertRefused("plan of Lê Lợi's assessment", nd.get("/school/improvement?assessment=" + ids.get("assessment")), 403);
        assertRefused("Lê Lợi's action", nd.get("/school/improvement/" + ids.get("action")), 404);
        assertRefused("accounts screen of the province", nd.get("/admin/accounts"), 403);
        assertRefused("dossier import", nd.get("/admin/dossier"), 403);
        assertThat(nd.get("/school/improvement").body()).as("nguyendu's own plan works").contains("Hoàn thiện yêu cầu Mức 2");

        // the evidence library's download (another screen, merged from main): Lê Lợi's item and file are not served
        assertRefused("Lê Lợi's evidence file", nd.get("/school/evidence/" + ids.get("evidence") + "/files/" + ids.get("file")), 403, 404);
        EvidenceItem own = tx.execute(s -> {
            UUID school = em.createQuery("select s.id from School s where s.code = :c", UUID.class)
                    .setParameter("c", DemoData.PUBLISHED_SCHOOL).getSingleResult();
            return evidence.items(Actor.of("nguyendu.admin", Grant.school(Role.SCHOOL_ADMIN, school)), school).get(0);
        });
        HttpAgent.Response ownFile = nd.get("/school/evidence/" + own.getId() + "/files/" + own.getFiles().get(0).sha256());
        assertThat(ownFile.status()).as("the same download of nguyendu's own file works").isEqualTo(200);
        assertThat(ownFile.body()).contains("Minh chứng");
    }

    @Test
    void writesNamingLeLoisIdsAreRefusedAndChangeNothing() {
        HttpAgent nd = nguyenDu();
        String token = nd.csrf("/school/improvement");
        String action = ids.get("action");
        assertRefused("add an action to Lê Lợi's plan", nd.postForm("/school/improvement/actions", Map.of("_csrf", token,
                "assessmentId", ids.get("assessment"), "description", "ghi đè", "owner", "x", "deadline", "2027-01-01")), 403);
        assertRefused("edit Lê Lợi's action", nd.postForm("/school/improvement/" + action, Map.of("_csrf", token,
                "description", "ghi đè", "owner", "x", "deadline", "2027-01-01", "status", "DROPPED")), 403);
        assertRefused("review Lê Lợi's action", nd.postForm("/school/improvement/" + action + "/reviews", Map.of("_csrf", token,
                "reviewedOn", "2027-01-02", "finding", "ghi đè")), 403);
        assertRefused("carry Lê Lợi's assessment over", nd.postForm("/school/carry-over", Map.of("_csrf", token,
                "assessmentId", ids.get("assessment"))), 403);
        assertRefused("register Lê Lợi's published version", nd.postForm("/school/registration", Map.of("_csrf", token,
                "publishedVersionId", ids.get("version"), "registeredOn", LocalDate.now().toString(), "seeksNationalStandard", "true")), 403);
        assertRefused("disable Lê Lợi's teacher", nd.postForm("/school/accounts/" + ids.get("account") + "/enabled", Map.of("_csrf", token,
                "enabled", "false")), 403);
        assertRefused("reset Lê Lợi's teacher's password", nd.postForm("/school/accounts/" + ids.get("account") + "/password",
                Map.of("_csrf", token)), 403);

        tx.executeWithoutResult(s -> {
            UUID school = UUID.fromString(ids.get("school"));
            Actor admin = Actor.of("leloi.admin", Grant.school(Role.SCHOOL_ADMIN, school));
            List<ImprovementAction> actions = improvement.actions(admin, UUID.fromString(ids.get("assessment")));
            assertThat(actions).singleElement().satisfies(x -> {
                assertThat(x.getDescription()).isEqualTo(SECRET);
                assertThat(x.getStatus()).isEqualTo(ImprovementAction.Status.PLANNED);
                assertThat(x.getReviews()).hasSize(1);
            });
            assertThat(assessments.ofSchool(admin, school)).as("nothing carried over").hasSize(1);
            assertThat(em.createQuery("select count(r) from ExternalReview r where r.snapshot.id = :v", Long.class)
                    .setParameter("v", UUID.fromString(ids.get("version"))).getSingleResult()).as("only Lê Lợi's own registration").isEqualTo(1);
        });
        Account gv1 = accounts.findByUsername("leloi.gv1").orElseThrow();
        assertThat(gv1.isEnabled()).isTrue();
        assertThat(gv1.isMustChangePassword()).isFalse();
    }

    @Test
    void theBrowserShowsTheRefusalAndNothingOfLeLoi() {
        login("nguyendu.admin");
        open("/school/improvement/" + ids.get("action"));
        assertThat(byId("error-title").getText()).startsWith("404");
        assertThat(pageText()).doesNotContain(SECRET).doesNotContain("Lê Lợi");
        open("/school/improvement?assessment=" + ids.get("assessment"));
        assertThat(byId("error-title").getText()).startsWith("403");
        assertThat(byId("error-problems").getText()).contains("KDCL-6001");
        assertThat(pageText()).doesNotContain(SECRET).doesNotContain("Lê Lợi");
        screenshot("cross-school-refused");

        // the page's own form, pointed at Lê Lợi's action by someone editing the page: the server refuses
        open("/school/improvement");
        String own = all("#actions tr[data-action-id]").get(0).getAttribute("data-action-id");
        open("/school/improvement/" + own);
        submitTampered("add-review", "/school/improvement/" + ids.get("action") + "/reviews", "finding", "chèn vào trường khác");
        assertThat(byId("error-title").getText()).startsWith("403");
        assertThat(pageText()).doesNotContain(SECRET);
    }

    @Test
    void everySchoolScreenWithAnIdRefusesLeLoisIds() {
        HttpAgent nd = nguyenDu();
        List<String> values = List.of(ids.get("school"), ids.get("assessment"), ids.get("action"), ids.get("evidence"), ids.get("file"),
                ids.get("version"), ids.get("review"), ids.get("account"));
        Pattern variable = Pattern.compile("\\{([^}/]+)}");
        List<String> checked = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/school")) {
                    continue;
                }
                Matcher m = variable.matcher(pattern);
                int vars = 0;
                while (m.find()) {
                    vars++;
                }
                if (vars > 0) {
                    for (String path : fill(pattern, vars, values)) {
                        assertRefused("GET " + path + " (" + pattern + ")", nd.get(path), 400, 403, 404);
                        checked.add(path);
                    }
                }
                for (String param : uuidParameters(e.getValue())) {
                    String base = pattern.replaceAll("\\{(?:[^{}]|\\{[^{}]*})+}", values.get(0));
                    for (String v : values) {
                        String path = base + "?" + param + "=" + v;
                        HttpAgent.Response r = nd.get(path);
                        assertThat(r.status()).as("GET " + path).isNotEqualTo(500);
                        assertShowsNothingOfLeLoi("GET " + path, r);
                        checked.add(path);
                    }
                }
            }
        }
        assertThat(checked).as("this branch's own screens are among those checked")
                .anyMatch(p -> p.startsWith("/school/improvement/")).anyMatch(p -> p.startsWith("/school/improvement?assessment="));
    }

    /** Every way of filling {@code vars} variables with {@code values} (at most 200). */
    private static List<String> fill(String pattern, int vars, List<String> values) {
        List<String> out = new ArrayList<>(List.of(pattern));
        for (int i = 0; i < vars; i++) {
            List<String> next = new ArrayList<>();
            for (String p : out) {
                for (String v : values) {
                    if (next.size() < 200) {
                        next.add(p.replaceFirst("\\{[^}/]+}", v));
                    }
                }
            }
            out = next;
        }
        return out;
    }

    /** Names of a handler's request parameters of type UUID. */
    private static List<String> uuidParameters(HandlerMethod handler) {
        List<String> names = new ArrayList<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp != null && p.getParameterType() == UUID.class) {
                p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                names.add(!rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName());
            }
        }
        return names;
    }
}
