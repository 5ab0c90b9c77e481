package vn.kdclgd.app.school;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.kdclgd.core.model.AssessmentState;
import vn.kdclgd.core.model.CouncilRole;
import vn.kdclgd.core.model.StaffPosition;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.rules.rating.LevelStatus;

/**
 * Vietnamese labels of kdclgd's enums for the school screens, used in templates as
 * {@code ${@schoolLabels.step(s)}}. The enum names stay the stable values of forms and {@code data-*}
 * attributes.
 */
@Component("schoolLabels")
public class SchoolLabels {
    private static final Map<AssessmentState, String> STEPS = new EnumMap<>(Map.of(
            AssessmentState.COUNCIL, "Thành lập hội đồng",
            AssessmentState.PLAN, "Lập kế hoạch",
            AssessmentState.EVIDENCE, "Thu thập minh chứng",
            AssessmentState.RATING, "Đánh giá tiêu chí",
            AssessmentState.REPORT, "Viết báo cáo",
            AssessmentState.PUBLISHED, "Công bố",
            AssessmentState.FOLLOW_UP, "Cải tiến, theo dõi"));
    private static final Map<StaffPosition, String> POSITIONS = new EnumMap<>(Map.of(
            StaffPosition.PRINCIPAL, "Hiệu trưởng",
            StaffPosition.VICE_PRINCIPAL, "Phó hiệu trưởng",
            StaffPosition.HEAD_OF_TEAM, "Tổ trưởng, trưởng bộ phận",
            StaffPosition.TEACHER, "Giáo viên",
            StaffPosition.STAFF, "Nhân viên",
            StaffPosition.OTHER, "Khác (đại diện tổ chức, cha mẹ học sinh …)"));
    private static final Map<CouncilRole, String> ROLES = new EnumMap<>(Map.of(
            CouncilRole.CHAIR, "Chủ tịch",
            CouncilRole.VICE_CHAIR, "Phó chủ tịch",
            CouncilRole.SECRETARY, "Thư ký",
            CouncilRole.MEMBER, "Ủy viên"));
    private static final Map<WorkingGroup.Kind, String> KINDS = new EnumMap<>(Map.of(
            WorkingGroup.Kind.SECRETARIAT, "Nhóm thư ký",
            WorkingGroup.Kind.WORKING_GROUP, "Nhóm công tác"));
    private static final Map<LevelStatus, String> STATUSES = new EnumMap<>(Map.of(
            LevelStatus.MET, "Đạt",
            LevelStatus.NOT_MET, "Không đạt",
            LevelStatus.UNKNOWN, "Chưa đủ nhận định",
            LevelStatus.NOT_CONSIDERED, "Không xét"));

    /** A workflow step, e.g. "Thành lập hội đồng". */
    public String step(AssessmentState s) {
        return STEPS.get(s);
    }

    /** A position in the school. */
    public String position(StaffPosition p) {
        return POSITIONS.get(p);
    }

    /** A council role. */
    public String role(CouncilRole r) {
        return ROLES.get(r);
    }

    /** A kind of working group. */
    public String kind(WorkingGroup.Kind k) {
        return KINDS.get(k);
    }

    /** The status of a criterion level in a rating. */
    public String status(LevelStatus s) {
        return STATUSES.get(s);
    }

    /** "Mức 2", or "Chưa đạt Mức 1" for 0. */
    public String level(int level) {
        return level == 0 ? "Chưa đạt Mức 1" : "Mức " + level;
    }
}
