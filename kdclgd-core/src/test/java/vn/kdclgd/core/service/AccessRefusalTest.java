package vn.kdclgd.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.AuditEntry;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.core.testing.Databases;

/**
 * Every public method of every public service, found by reflection, refuses a wrong actor with
 * {@link AccessDeniedException} and writes nothing: an actor without grants, an actor whose grants are on
 * another school, another unit and a review, and — for every method that writes — a viewer of the school.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRefusalTest {
    static final List<Class<?>> SERVICES = List.of(OrganisationService.class, AssessmentService.class, EvidenceService.class,
            ImprovementService.class);
    /** Methods that only read; a school viewer may call most of them. Every other method writes. */
    static final Set<String> READS = Set.of("get", "ofSchool", "council", "workingGroups", "evaluation", "evaluations", "rate",
            "readiness", "snapshot", "publishedVersions", "memberships", "profile", "schools", "school", "items", "uses", "checks",
            "actions", "overdueReviews");

    private Fixture f;
    private final Map<String, Object> ids = new HashMap<>();
    private Map<Class<?>, Object> services;
    private Actor nobody;
    private Actor elsewhere;

    @BeforeAll
    void setUp() {
        f = new Fixture(Databases.H2, "access").world();
        UUID id = f.assessmentToEvidence("2026-2027", "TT57-2026-PT", Fixture.tt57Council());
        Map<String, String> codes = f.evidencePerCriterion(id, "TT57-2026-PT");
        f.evaluateAll(id, "TT57-2026-PT", codes);
        UUID otherProvince = f.tx(() -> f.org.createUnit(f.officer, "01", "Sở GDĐT Hà Nội", UnitKind.PROVINCE, null, LocalDate.of(2008, 1, 1))).getId();
        UUID otherCommune = f.tx(() -> f.org.createUnit(f.officer, "79-26737", "Phường Sài Gòn", UnitKind.COMMUNE_WARD, f.provinceId,
                LocalDate.of(2025, 7, 1))).getId();
        Actor hanoi = Actor.of("so-01", Grant.unitOfficer(otherProvince));
        School other = f.tx(() -> f.org.createSchool(hanoi, otherProvince, "01000001", "Trường THCS Khác", "THCS", Set.of("THCS"),
                LocalDate.of(2025, 7, 1)));
        nobody = Actor.of("nobody");
        elsewhere = new Actor("elsewhere", List.of(Grant.school(Role.SCHOOL_ADMIN, other.getId()), Grant.school(Role.COUNCIL_CHAIR, other.getId()),
                Grant.unitOfficer(otherProvince), Grant.reviewer(UUID.randomUUID())));
        ids.put("schoolId", f.schoolId);
        ids.put("unitId", f.communeId);
        ids.put("parentId", f.communeId);
        ids.put("newUnitId", otherCommune);
        ids.put("assessmentId", id);
        ids.put("itemId", f.tx(() -> f.evidence.items(f.viewer, f.schoolId).get(0)).getId());
        ids.put("actionId", f.tx(() -> f.improvement.addAction(f.secretary, id, "1.1", "Việc", "Ai đó", LocalDate.of(2027, 1, 1))).getId());
        ids.put("groupId", f.tx(() -> f.assessments.workingGroups(f.viewer, id)).stream()
                .filter(g -> g.getKind() == WorkingGroup.Kind.WORKING_GROUP).findFirst().orElseThrow().getId());
        services = Map.of(OrganisationService.class, f.org, AssessmentService.class, f.assessments, EvidenceService.class, f.evidence,
                ImprovementService.class, f.improvement);
    }

    @AfterAll
    void tearDown() {
        f.close();
    }

    static List<Method> publicMethods(Class<?> service) {
        List<Method> list = new ArrayList<>();
        for (Method m : service.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                list.add(m);
            }
        }
        list.sort(Comparator.comparing(Method::toGenericString));
        return list;
    }

    @Test
    void everyServiceMethodTakesAnActorFirst() {
        for (Class<?> s : SERVICES) {
            assertThat(Modifier.isPublic(s.getModifiers())).isTrue();
            for (Method m : publicMethods(s)) {
                assertThat(m.getParameterTypes()).as(m.toGenericString()).isNotEmpty();
                assertThat(m.getParameterTypes()[0]).as(m.toGenericString()).isEqualTo(Actor.class);
            }
        }
    }

    @Test
    void wrongActorsAreRefusedAndNothingIsWritten() {
        int checked = 0;
        for (Class<?> s : SERVICES) {
            for (Method m : publicMethods(s)) {
                List<Actor> wrong = new ArrayList<>(List.of(nobody, elsewhere));
                if (!READS.contains(m.getName())) {
                    wrong.add(f.viewer);
                }
                for (Actor actor : wrong) {
                    Map<String, Long> before = f.counts();
                    long files = f.storedFiles();
                    Object[] args = arguments(m, actor);
                    assertThatThrownBy(() -> f.run(() -> invoke(services.get(s), m, args)))
                            .as(s.getSimpleName() + "." + m.getName() + " by " + actor.id())
                            .isInstanceOf(AccessDeniedException.class)
                            .satisfies(e -> assertThat(((AccessDeniedException) e).code()).isEqualTo("KDCL-6001"));
                    assertThat(f.counts()).as("nothing written by " + s.getSimpleName() + "." + m.getName()).isEqualTo(before);
                    assertThat(f.storedFiles()).as("no file stored").isEqualTo(files);
                    checked++;
                }
            }
        }
        assertThat(checked).as("every method of every service").isGreaterThan(100);
        assertThat(f.count(AuditEntry.class)).isPositive();
    }

    @Test
    void aRootUnitNeedsAnOfficerOfARootUnitOnceTheFirstExists() {
        long before = f.count(AuditEntry.class);
        assertThatThrownBy(() -> f.run(() -> f.org.createUnit(nobody, "48", "Sở GDĐT Đà Nẵng", UnitKind.PROVINCE, null, LocalDate.of(2008, 1, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.run(() -> f.org.createUnit(f.viewer, "48", "Sở GDĐT Đà Nẵng", UnitKind.PROVINCE, null, LocalDate.of(2008, 1, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.count(AuditEntry.class)).isEqualTo(before);
    }

    private static void invoke(Object target, Method m, Object[] args) {
        try {
            m.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object[] arguments(Method m, Actor actor) {
        Parameter[] ps = m.getParameters();
        Object[] args = new Object[ps.length];
        args[0] = actor;
        for (int i = 1; i < ps.length; i++) {
            args[i] = value(m, ps[i]);
        }
        return args;
    }

    private Object value(Method m, Parameter p) {
        Class<?> t = p.getType();
        String name = p.getName();
        if (t == UUID.class) {
            Object id = ids.get(name);
            if (id == null) {
                throw new AssertionError("no id for parameter " + name + " of " + m + " (compile with -parameters)");
            }
            return id;
        }
        if (t == String.class) {
            return switch (name) {
                case "criterion" -> "1.1";
                case "schoolYear" -> "2030-2031";
                case "catalogId" -> "TT57-2026-PT";
                case "schoolType" -> "THCS";
                case "partLevel", "mediaType" -> null;
                case "fileName" -> "a.pdf";
                default -> "x";
            };
        }
        if (t == LocalDate.class) {
            return LocalDate.of(2026, 10, 1);
        }
        if (t == long.class) {
            return 0L;
        }
        if (t == Set.class) {
            return name.equals("levelsTaught") ? Set.of("THCS") : Set.of();
        }
        if (t == List.class) {
            return List.of();
        }
        if (t == Map.class) {
            return Map.of("students.total", 1);
        }
        if (t == InputStream.class) {
            return new ByteArrayInputStream(new byte[] {1, 2, 3});
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        if (t == EvaluationInput.class) {
            return new EvaluationInput("x", null, null, null, List.of());
        }
        if (t == EvidenceInput.class) {
            return EvidenceInput.of("x", LocalDate.of(2026, 10, 1));
        }
        throw new AssertionError("no value for " + t + " " + name + " of " + m + "; extend the test: " + Arrays.toString(m.getParameters()));
    }
}
