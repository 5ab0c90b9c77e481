package vn.kdclgd.app.unit;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Vietnamese (and short English) labels of kdclgd codes for the unit and reviewer screens, used from
 * templates as {@code ${@unitLabels.schoolType(code)}}.
 */
@Component("unitLabels")
public class UnitLabels {
    private static final Map<String, String> SCHOOL_TYPES = Map.of(
            "MAM_NON", "Mầm non",
            "TIEU_HOC", "Tiểu học",
            "THCS", "Trung học cơ sở",
            "THPT", "Trung học phổ thông",
            "PHO_THONG_NHIEU_CAP", "Phổ thông nhiều cấp học",
            "TRUNG_TAM_GDTX", "Trung tâm GDTX",
            "TRUNG_TAM_GDNN_GDTX", "Trung tâm GDNN-GDTX");
    private static final Map<String, String> REVIEW_STATES = Map.of(
            "REGISTERED", "Đã đăng ký / registered",
            "IN_REVIEW", "Đang đánh giá / in review",
            "DECIDED", "Đã quyết định / decided",
            "WITHDRAWN", "Đã rút / withdrawn");

    /** A school type code as a name ({@code TIEU_HOC} → Tiểu học); unknown codes as they are. */
    public String schoolType(String code) {
        return code == null ? "" : SCHOOL_TYPES.getOrDefault(code, code);
    }

    /** A certificate kind ({@code accreditation}, {@code nationalStandard}) with its level word. */
    public String kind(String kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case "accreditation", "ACCREDITATION" -> "Kiểm định chất lượng giáo dục / accreditation";
            case "nationalStandard", "NATIONAL_STANDARD" -> "Chuẩn quốc gia / national standard";
            default -> kind;
        };
    }

    /** "cấp độ 2" for accreditation, "mức độ 1" for national standard. */
    public String kindLevel(String kind, int level) {
        return ("accreditation".equals(kind) || "ACCREDITATION".equals(kind) ? "cấp độ " : "mức độ ") + level;
    }

    /** An external review state ({@code IN_REVIEW} → Đang đánh giá / in review). */
    public String reviewState(Object state) {
        String s = String.valueOf(state);
        return REVIEW_STATES.getOrDefault(s, s);
    }

    /** A school level: "Mức 2", or "Chưa đạt Mức 1" for 0. */
    public String schoolLevel(Integer level) {
        if (level == null) {
            return "—";
        }
        return level == 0 ? "Chưa đạt Mức 1" : "Mức " + level;
    }
}
