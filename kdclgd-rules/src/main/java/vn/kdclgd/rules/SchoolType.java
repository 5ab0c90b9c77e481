package vn.kdclgd.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A type of school (loại hình / cấp học) as catalogs name it, e.g. {@code THCS}. A value type rather
 * than an enum so that a vendor's catalog can introduce a new type without a new kdclgd release; the
 * types the bundled regulations know are the constants.
 *
 * @param code upper-snake code, e.g. {@code MAM_NON}
 */
public record SchoolType(String code) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** Trường mầm non / cơ sở giáo dục mầm non. */
    public static final SchoolType MAM_NON = new SchoolType("MAM_NON");
    /** Trường tiểu học. */
    public static final SchoolType TIEU_HOC = new SchoolType("TIEU_HOC");
    /** Trường trung học cơ sở. */
    public static final SchoolType THCS = new SchoolType("THCS");
    /** Trường trung học phổ thông. */
    public static final SchoolType THPT = new SchoolType("THPT");
    /** Trường phổ thông có nhiều cấp học. */
    public static final SchoolType PHO_THONG_NHIEU_CAP = new SchoolType("PHO_THONG_NHIEU_CAP");
    /** Trung tâm giáo dục thường xuyên. */
    public static final SchoolType TRUNG_TAM_GDTX = new SchoolType("TRUNG_TAM_GDTX");
    /** Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên. */
    public static final SchoolType TRUNG_TAM_GDNN_GDTX = new SchoolType("TRUNG_TAM_GDNN_GDTX");

    /** Validates the code. */
    public SchoolType {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("school type code must be UPPER_SNAKE: " + code);
        }
    }

    /** Whether {@code code} is a well-formed school-type code. */
    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    @Override
    public String toString() {
        return code;
    }
}
