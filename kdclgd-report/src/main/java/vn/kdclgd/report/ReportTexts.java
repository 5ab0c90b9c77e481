package vn.kdclgd.report;

import java.util.List;

/**
 * The keys of {@link ReportInput#texts()}: what a school writes only for its documents (context, per-standard
 * conclusions, recommendations) and school details the dossier does not hold. A key that is absent is printed
 * as visibly missing ("chưa có dữ liệu"). In a content file for the CLI ({@code report --content FILE.json})
 * they are the fields of {@code "texts"}.
 */
public final class ReportTexts {
    /** Tên trước đây. */
    public static final String SCHOOL_FORMER_NAME = "school.formerName";
    /** Họ và tên hiệu trưởng. */
    public static final String SCHOOL_PRINCIPAL = "school.principal";
    /** Điện thoại. */
    public static final String SCHOOL_PHONE = "school.phone";
    /** Fax. */
    public static final String SCHOOL_FAX = "school.fax";
    /** Website. */
    public static final String SCHOOL_WEBSITE = "school.website";
    /** Năm thành lập (theo quyết định thành lập). */
    public static final String SCHOOL_FOUNDED = "school.founded";
    /** Loại hình: "Công lập", "Tư thục", "Dân lập". */
    public static final String SCHOOL_OWNERSHIP = "school.ownership";
    /** Địa danh printed before the date ("Quận 1, ngày … tháng … năm …"); default: the province. */
    public static final String SCHOOL_PLACE = "school.place";
    /** Cơ quan chủ quản printed above the school's name in headers; default: the governing body. */
    public static final String SCHOOL_PARENT_BODY = "school.parentBody";
    /** Số văn bản of the document being made, e.g. "15/KH-THCS". */
    public static final String DOCUMENT_NUMBER = "document.number";
    /** Danh mục các chữ viết tắt: one abbreviation per line, "CBQL: Cán bộ quản lý". */
    public static final String ABBREVIATIONS = "abbreviations";

    /** TT57 Phần I.2 a) Điều kiện kinh tế - xã hội địa phương. */
    public static final String CONTEXT_ECONOMY = "overview.context.economy";
    /** TT57 Phần I.2 b) Thuận lợi. */
    public static final String CONTEXT_ADVANTAGES = "overview.context.advantages";
    /** TT57 Phần I.2 c) Khó khăn. */
    public static final String CONTEXT_DIFFICULTIES = "overview.context.difficulties";
    /** TT57 Phần I.2 d) Đặc điểm người học. */
    public static final String CONTEXT_LEARNERS = "overview.context.learners";
    /** TT57 Phần I.4 a) Lập kế hoạch tự đánh giá. */
    public static final String PROCESS_PLANNING = "overview.process.planning";
    /** TT57 Phần I.4 b) Tổ chức thực hiện. */
    public static final String PROCESS_IMPLEMENTATION = "overview.process.implementation";
    /** TT57 Phần I.4 c) Kiểm tra, phân tích. */
    public static final String PROCESS_REVIEW = "overview.process.review";
    /** TT57 Phần I.4 d) Tổng hợp và xác nhận kết quả tự đánh giá. */
    public static final String PROCESS_CONFIRMATION = "overview.process.confirmation";
    /** TT57 Phần III.1 Khái quát về mức độ đáp ứng tiêu chuẩn. */
    public static final String CONCLUSION_OVERVIEW = "conclusion.overview";
    /** TT57 Phần III.4 a) Đề xuất, kiến nghị với cơ quan quản lý. */
    public static final String RECOMMEND_AUTHORITY = "recommendations.authority";
    /** TT57 Phần III.4 b) … với Ủy ban nhân dân / đơn vị chủ quản. */
    public static final String RECOMMEND_OWNER = "recommendations.owner";
    /** TT57 Phần III.4 c) … với tổ chức, cá nhân liên quan. */
    public static final String RECOMMEND_OTHERS = "recommendations.others";

    /** 2018 regime Phần II A.1 Tình hình chung của nhà trường. */
    public static final String INTRO_GENERAL = "introduction.general";
    /** 2018 regime Phần II A.2 Mục đích tự đánh giá. */
    public static final String INTRO_PURPOSE = "introduction.purpose";
    /** 2018 regime Phần II A.3 Tóm tắt quá trình và những vấn đề nổi bật. */
    public static final String INTRO_PROCESS = "introduction.process";
    /** 2018 regime Phần III Kết luận chung. */
    public static final String CONCLUSION_GENERAL = "conclusion.general";
    /** 2018 regime: Kết luận về đánh giá tiêu chí Mức 4. */
    public static final String LEVEL4_CONCLUSION = "level4.conclusion";

    /** Improvement plan (TT57 Mẫu 2) II.2 Kết quả rà soát kế hoạch cải tiến năm học trước. */
    public static final String PLAN_PREVIOUS_REVIEW = "improvement.basis.previousReview";
    /** Improvement plan II.3 Kế hoạch năm học và định hướng phát triển. */
    public static final String PLAN_YEAR_PLAN = "improvement.basis.yearPlan";
    /** Improvement plan VII.1 Người đứng đầu cơ sở giáo dục. */
    public static final String PLAN_ORG_HEAD = "improvement.organisation.head";
    /** Improvement plan VII.2 Hội đồng tự đánh giá. */
    public static final String PLAN_ORG_COUNCIL = "improvement.organisation.council";
    /** Improvement plan VII.3 Các tổ chuyên môn và bộ phận liên quan. */
    public static final String PLAN_ORG_TEAMS = "improvement.organisation.teams";

    private ReportTexts() {
    }

    /**
     * The key of a per-standard text: {@code standard.<n>.<part>}. Parts: {@code opening} (2018: Mở đầu),
     * {@code strengths} (điểm mạnh nổi bật), {@code weaknesses} (điểm hạn chế / điểm yếu, with their causes),
     * {@code trend} (TT57 3a: xu hướng chất lượng 3 năm), {@code priorities} (TT57 3b: vấn đề trọng tâm cần
     * ưu tiên cải tiến).
     */
    public static String standard(int number, String part) {
        if (!STANDARD_PARTS.contains(part)) {
            throw new IllegalArgumentException("unknown part " + part + "; one of " + STANDARD_PARTS);
        }
        return "standard." + number + "." + part;
    }

    /** The parts {@link #standard(int, String)} accepts. */
    public static final List<String> STANDARD_PARTS = List.of("opening", "strengths", "weaknesses", "trend", "priorities");
}
