package vn.kdclgd.smas.partner;

import java.util.ArrayList;
import java.util.List;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.partner.internal.PartnerCodes;

/**
 * Who asks: a school, identified by its province and school code, with the secret the vendor issued to
 * that school.
 *
 * <p>{@link #toString()} never shows the secret, and the client never puts it in a URL, a log line or a
 * problem message; it travels only in the configured request header.
 *
 * @param provinceCode the province code (mã tỉnh), ASCII digits, usually two such as {@code 01}
 * @param schoolCode   the school code (mã trường), exactly eight ASCII digits
 * @param secret       the per-school secret; visible ASCII, not blank
 */
public record PartnerCredentials(String provinceCode, String schoolCode, String secret) {

    /**
     * Checks every component.
     *
     * @throws KdclException {@code KDCL-9302} listing every malformed component at once (the secret is never
     *                       quoted)
     */
    public PartnerCredentials {
        List<Problem> problems = new ArrayList<>();
        if (provinceCode == null || !provinceCode.matches("[0-9]{1,3}")) {
            problems.add(Problem.of(PartnerCodes.CREDENTIALS, "provinceCode " + quoted(provinceCode),
                    "mã tỉnh phải là chữ số (thường 2 chữ số, ví dụ 01); kiểm tra mã tỉnh của trường",
                    "the province code must be digits (usually two, e.g. 01); check the school's province code"));
        }
        if (schoolCode == null || !schoolCode.matches("[0-9]{8}")) {
            problems.add(Problem.of(PartnerCodes.CREDENTIALS, "schoolCode " + quoted(schoolCode),
                    "mã trường phải đúng 8 chữ số; kiểm tra mã trường trên CSDL ngành",
                    "the school code must be exactly 8 digits; check the school code in the sector database"));
        }
        if (secret == null || secret.isBlank()) {
            problems.add(Problem.of(PartnerCodes.CREDENTIALS, "secret",
                    "thiếu khoá bí mật của trường; nhập khoá do nhà cung cấp cấp cho trường",
                    "the school's secret is missing; enter the secret the vendor issued to the school"));
        } else if (!secret.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
            problems.add(Problem.of(PartnerCodes.CREDENTIALS, "secret",
                    "khoá bí mật chứa dấu cách, xuống dòng hoặc ký tự ngoài ASCII (thường do sao chép thừa); dán lại khoá",
                    "the secret contains a space, line break or non-ASCII character (often a copy-and-paste slip);"
                            + " paste it again"));
        }
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
    }

    private static String quoted(String value) {
        return value == null ? "(null)" : "\"" + value + "\"";
    }

    /** The codes, with the secret masked. */
    @Override
    public String toString() {
        return "PartnerCredentials[provinceCode=" + provinceCode + ", schoolCode=" + schoolCode + ", secret=***]";
    }
}
