package vn.kdclgd.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.kdclgd.core.model.CouncilRole;
import vn.kdclgd.core.model.StaffPosition;
import vn.kdclgd.rules.Problem;

/**
 * The council rules of each regime ({@code catalog.regime()}):
 * <ul>
 *   <li>{@code TT2018} (Điều 24 TT17/TT18/TT19): at least 7 members; exactly one chair, who is the
 *       principal; vice-chairs are vice-principals; exactly one secretary;</li>
 *   <li>{@code TT57-2026} (Điều 9 TT57): at least 5 members, an odd number; exactly one chair and one
 *       secretary;</li>
 *   <li>any other regime (a vendor's catalog): exactly one chair and one secretary.</li>
 * </ul>
 * Every regime needs the decision number and date. All problems are returned at once.
 */
public final class CouncilRules {
    /** The 2018 regime label. */
    public static final String TT2018 = "TT2018";
    /** The TT57 regime label. */
    public static final String TT57 = "TT57-2026";

    private CouncilRules() {
    }

    /** A member as the rules see it. */
    public record M(String fullName, StaffPosition position, CouncilRole role, String actorId) {
    }

    /** Every problem of a council under {@code regime}. */
    public static List<Problem> check(String regime, String decision, LocalDate decisionDate, List<M> members) {
        List<Problem> p = new ArrayList<>();
        if (Text.blank(decision) || decisionDate == null) {
            p.add(Problems.of(Problems.COUNCIL_DECISION, "council.decision",
                    "cần số và ngày của quyết định thành lập hội đồng tự đánh giá",
                    "the number and date of the decision establishing the council are required"));
        }
        int n = members.size();
        List<M> chairs = members.stream().filter(m -> m.role() == CouncilRole.CHAIR).toList();
        long secretaries = members.stream().filter(m -> m.role() == CouncilRole.SECRETARY).count();
        if (TT2018.equals(regime)) {
            if (n < 7) {
                p.add(Problems.of(Problems.COUNCIL_SIZE, "council.members",
                        "hội đồng có " + n + " thành viên; cần ít nhất 07 (khoản 1 Điều 24)",
                        "the council has " + n + " members; at least 7 are required (Điều 24 khoản 1)"));
            }
        } else if (TT57.equals(regime)) {
            if (n < 5) {
                p.add(Problems.of(Problems.COUNCIL_SIZE, "council.members",
                        "hội đồng có " + n + " thành viên; cần từ 05 thành viên trở lên (khoản 1 Điều 9)",
                        "the council has " + n + " members; at least 5 are required (Điều 9 khoản 1)"));
            }
            if (n % 2 == 0) {
                p.add(Problems.of(Problems.COUNCIL_ODD, "council.members",
                        "hội đồng có " + n + " thành viên; số thành viên phải là số lẻ (Điều 9)",
                        "the council has " + n + " members; the number must be odd (Điều 9)"));
            }
        }
        if (chairs.size() != 1) {
            p.add(Problems.of(Problems.COUNCIL_CHAIR, "council.members",
                    "hội đồng có " + chairs.size() + " chủ tịch; cần đúng 01 chủ tịch",
                    "the council has " + chairs.size() + " chairs; exactly one is required"));
        }
        if (secretaries != 1) {
            p.add(Problems.of(Problems.COUNCIL_SECRETARY, "council.members",
                    "hội đồng có " + secretaries + " thư ký; cần đúng 01 thư ký",
                    "the council has " + secretaries + " secretaries; exactly one is required"));
        }
        if (TT2018.equals(regime)) {
            for (M c : chairs) {
                if (c.position() != StaffPosition.PRINCIPAL) {
                    p.add(Problems.of(Problems.COUNCIL_CHAIR_PRINCIPAL, "council.members[" + members.indexOf(c) + "]",
                            "chủ tịch hội đồng phải là hiệu trưởng (điểm a khoản 2 Điều 24); " + c.fullName() + " là " + c.position(),
                            "the chair must be the principal (Điều 24 khoản 2 điểm a); " + c.fullName() + " is " + c.position()));
                }
            }
            for (int i = 0; i < n; i++) {
                M m = members.get(i);
                if (m.role() == CouncilRole.VICE_CHAIR && m.position() != StaffPosition.VICE_PRINCIPAL) {
                    p.add(Problems.of(Problems.COUNCIL_VICE_CHAIR, "council.members[" + i + "]",
                            "phó chủ tịch hội đồng phải là phó hiệu trưởng (điểm b khoản 2 Điều 24); " + m.fullName() + " là " + m.position(),
                            "a vice-chair must be a vice-principal (Điều 24 khoản 2 điểm b); " + m.fullName() + " is " + m.position()));
                }
            }
        }
        Set<String> accounts = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String a = members.get(i).actorId();
            if (a != null && !a.isBlank() && !accounts.add(a)) {
                p.add(Problems.of(Problems.COUNCIL_DUPLICATE, "council.members[" + i + "]",
                        "tài khoản " + a + " xuất hiện hai lần trong hội đồng",
                        "account " + a + " appears twice in the council"));
            }
        }
        return p;
    }
}
