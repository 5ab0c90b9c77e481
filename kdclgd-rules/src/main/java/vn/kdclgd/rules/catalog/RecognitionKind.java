package vn.kdclgd.rules.catalog;

/** The kinds of recognition a school can get from its rating. */
public enum RecognitionKind {
    /** Công nhận đạt kiểm định chất lượng giáo dục, cấp độ 1–4 (2018 regime). */
    ACCREDITATION("accreditation"),
    /** Công nhận trường đạt chuẩn quốc gia, mức độ 1–2. */
    NATIONAL_STANDARD("nationalStandard");

    private final String jsonName;

    RecognitionKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in catalog files. */
    public String jsonName() {
        return jsonName;
    }
}
