package vn.kdclgd.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CouncilRole;
import vn.kdclgd.core.model.StaffPosition;
import vn.kdclgd.core.testing.Databases;
import vn.kdclgd.rules.Problem;

/** The council rules of each regime, table-driven: every problem is reported at once, nothing is saved. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilRulesTest {
    private Fixture f;
    private UUID tt18;
    private UUID tt57;

    @BeforeAll
    void setUp() {
        f = new Fixture(Databases.H2, "council").world();
        tt18 = f.tx(() -> f.assessments.create(f.chair, f.schoolId, "2025-2026", "TT18-2018")).getId();
        tt57 = f.tx(() -> f.assessments.create(f.chair, f.schoolId, "2026-2027", "TT57-2026-PT")).getId();
    }

    @AfterAll
    void tearDown() {
        f.close();
    }

    private static CouncilMemberInput m(String name, StaffPosition p, CouncilRole r) {
        return CouncilMemberInput.of(name, p, r, null);
    }

    private static List<CouncilMemberInput> members(int extra, CouncilMemberInput... head) {
        List<CouncilMemberInput> l = new ArrayList<>(List.of(head));
        for (int i = 0; i < extra; i++) {
            l.add(m("Ủy viên " + (i + 1), StaffPosition.TEACHER, CouncilRole.MEMBER));
        }
        return l;
    }

    private static final CouncilMemberInput CHAIR = m("Hiệu trưởng", StaffPosition.PRINCIPAL, CouncilRole.CHAIR);
    private static final CouncilMemberInput VICE = m("Phó hiệu trưởng", StaffPosition.VICE_PRINCIPAL, CouncilRole.VICE_CHAIR);
    private static final CouncilMemberInput SECRETARY = m("Tổ trưởng", StaffPosition.HEAD_OF_TEAM, CouncilRole.SECRETARY);

    static Stream<Arguments> table() {
        String d = "15/QĐ";
        return Stream.of(
                // regime, decision, members, expected codes (empty = accepted)
                Arguments.of("TT57", d, members(2, CHAIR, VICE, SECRETARY), List.of()),
                Arguments.of("TT57", d, members(0, CHAIR, SECRETARY, m("Giáo viên", StaffPosition.TEACHER, CouncilRole.MEMBER)),
                        List.of("KDCL-7020")),
                Arguments.of("TT57", d, members(1, CHAIR, VICE, SECRETARY), List.of("KDCL-7020", "KDCL-7025")),
                Arguments.of("TT57", d, members(3, CHAIR, VICE, SECRETARY), List.of("KDCL-7025")),
                Arguments.of("TT57", d, members(3, CHAIR, CHAIR), List.of("KDCL-7021", "KDCL-7024")),
                Arguments.of("TT57", d, members(2, m("Giáo viên", StaffPosition.TEACHER, CouncilRole.CHAIR), VICE, SECRETARY), List.of()),
                Arguments.of("TT57", null, members(2, CHAIR, VICE, SECRETARY), List.of("KDCL-7026")),
                Arguments.of("TT57", d, members(1, CHAIR, SECRETARY, CouncilMemberInput.of("A", StaffPosition.TEACHER, CouncilRole.MEMBER, "gv1"),
                        CouncilMemberInput.of("B", StaffPosition.TEACHER, CouncilRole.MEMBER, "gv1")), List.of("KDCL-7027")),
                Arguments.of("TT18", d, members(4, CHAIR, VICE, SECRETARY), List.of()),
                Arguments.of("TT18", d, members(2, CHAIR, VICE, SECRETARY), List.of("KDCL-7020")),
                Arguments.of("TT18", d, members(5, CHAIR, SECRETARY), List.of()),
                Arguments.of("TT18", d, members(4, m("Phó HT", StaffPosition.VICE_PRINCIPAL, CouncilRole.CHAIR),
                        m("Giáo viên", StaffPosition.TEACHER, CouncilRole.VICE_CHAIR), SECRETARY), List.of("KDCL-7022", "KDCL-7023")),
                Arguments.of("TT18", null, members(4, m("Giáo viên", StaffPosition.TEACHER, CouncilRole.CHAIR)),
                        List.of("KDCL-7026", "KDCL-7020", "KDCL-7024", "KDCL-7022")));
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("table")
    void councilRulesPerRegime(String regime, String decision, List<CouncilMemberInput> members, List<String> expected) {
        UUID id = regime.equals("TT57") ? tt57 : tt18;
        List<CouncilMember> before = f.tx(() -> f.assessments.council(f.viewer, id));
        if (expected.isEmpty()) {
            List<CouncilMember> saved = f.tx(() -> f.assessments.setCouncil(f.chair, id, decision, LocalDate.of(2026, 9, 5), members));
            assertThat(saved).hasSize(members.size());
            assertThat(f.tx(() -> f.assessments.council(f.viewer, id))).hasSize(members.size());
        } else {
            assertThatThrownBy(() -> f.run(() -> f.assessments.setCouncil(f.chair, id, decision, LocalDate.of(2026, 9, 5), members)))
                    .isInstanceOfSatisfying(WorkflowException.class, e -> {
                        assertThat(e.problems()).extracting(Problem::code).containsExactlyInAnyOrderElementsOf(expected);
                        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains(" / "));
                    });
            assertThat(f.tx(() -> f.assessments.council(f.viewer, id))).as("nothing saved")
                    .extracting(CouncilMember::getId).containsExactlyInAnyOrderElementsOf(before.stream().map(CouncilMember::getId).toList());
        }
    }
}
