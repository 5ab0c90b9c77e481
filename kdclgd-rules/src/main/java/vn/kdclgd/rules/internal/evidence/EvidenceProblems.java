package vn.kdclgd.rules.internal.evidence;

import java.util.OptionalInt;

import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.evidence.EvidenceCode;
import vn.kdclgd.rules.evidence.EvidenceCodeErrors;
import vn.kdclgd.rules.evidence.EvidenceCodeScheme;

/**
 * Builds the bilingual {@link Problem}s of the evidence package. Internal: no compatibility promise;
 * the codes themselves are public in {@link EvidenceCodeErrors}.
 */
public final class EvidenceProblems {
    private static final int MAX_SHOWN = 60;

    private EvidenceProblems() {
    }

    /** The input as shown in messages: quoted, control characters as spaces, long input shortened. */
    public static String quote(String input) {
        if (input == null) {
            return "\"\"";
        }
        StringBuilder sb = new StringBuilder(Math.min(input.length(), MAX_SHOWN) + 3).append('"');
        int n = 0;
        for (int i = 0; i < input.length(); i++) {
            if (n == MAX_SHOWN) {
                sb.append('…');
                break;
            }
            char c = input.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
            n++;
        }
        return sb.append('"').toString();
    }

    /** {@code where} for an input, with the 1-based character position when {@code index >= 0}. */
    public static String where(String input, int index) {
        return index < 0 ? quote(input) : quote(input) + " (ký tự/char " + (index + 1) + ")";
    }

    /** A typical code of the scheme, e.g. {@code [H1-1.1-01]}; both schemes when {@code scheme} is null. */
    static String example(EvidenceCodeScheme scheme) {
        if (scheme == null) {
            return "[H1-1.1-01], MC.1.1.01";
        }
        return scheme == EvidenceCodeScheme.H ? "[H1-1.1-01]" : "MC.1.1.01";
    }

    static String formVi(EvidenceCodeScheme scheme) {
        return scheme == EvidenceCodeScheme.H
                ? "[Hn-a.b-cd] (Công văn 5932/5942)" : "MC.a.b.cd (Thông tư 57/2026)";
    }

    static String formEn(EvidenceCodeScheme scheme) {
        return scheme == EvidenceCodeScheme.H
                ? "[Hn-a.b-cd] (Official Letter 5932/5942)" : "MC.a.b.cd (Circular 57/2026)";
    }

    private static Problem invalid(String code, String input, int index, String vi, String en) {
        String q = quote(input);
        return Problem.of(code, where(input, index),
                "Mã minh chứng " + q + " không hợp lệ: " + vi,
                "Invalid evidence code " + q + ": " + en);
    }

    // ---- parsing -------------------------------------------------------------------------------

    static Problem empty(String input) {
        return Problem.of(EvidenceCodeErrors.EMPTY, quote(input),
                "Mã minh chứng trống: hãy nhập mã dạng [Hn-a.b-cd], ví dụ [H1-1.1-01], hoặc MC.a.b.cd, "
                        + "ví dụ MC.1.1.01",
                "Empty evidence code: enter a code like [Hn-a.b-cd], e.g. [H1-1.1-01], or MC.a.b.cd, "
                        + "e.g. MC.1.1.01");
    }

    static Problem notAnEvidenceCode(String input, EvidenceCodeScheme required, int index) {
        if (required != null) {
            String prefix = required == EvidenceCodeScheme.H ? "H" : "MC";
            return invalid(EvidenceCodeErrors.NOT_AN_EVIDENCE_CODE, input, index,
                    "mã phải bắt đầu bằng \"" + prefix + "\", dạng " + formVi(required) + ", ví dụ "
                            + example(required),
                    "a code starts with \"" + prefix + "\", form " + formEn(required) + ", e.g. "
                            + example(required));
        }
        return invalid(EvidenceCodeErrors.NOT_AN_EVIDENCE_CODE, input, index,
                "mã phải bắt đầu bằng \"H\" (dạng [Hn-a.b-cd], ví dụ [H1-1.1-01]) hoặc \"MC\" "
                        + "(dạng MC.a.b.cd, ví dụ MC.1.1.01)",
                "a code starts with \"H\" (form [Hn-a.b-cd], e.g. [H1-1.1-01]) or \"MC\" "
                        + "(form MC.a.b.cd, e.g. MC.1.1.01)");
    }

    static Problem wrongScheme(String input, EvidenceCodeScheme found, EvidenceCodeScheme required, int index) {
        return invalid(EvidenceCodeErrors.WRONG_SCHEME, input, index,
                "đây là mã dạng " + formVi(found) + " nhưng ở đây cần mã dạng " + formVi(required)
                        + ", ví dụ " + example(required),
                "this is a code of the form " + formEn(found) + " but a code of the form " + formEn(required)
                        + " is required here, e.g. " + example(required));
    }

    static Problem missingPart(String input, EvidenceCodeScheme scheme, Part part, int index) {
        return invalid(EvidenceCodeErrors.MALFORMED, input, index,
                "thiếu " + part.vi + "; mã đúng có dạng " + formVi(scheme) + ", ví dụ " + example(scheme),
                "the " + part.en + " is missing; a valid code looks like " + formEn(scheme) + ", e.g. "
                        + example(scheme));
    }

    static Problem extraPart(String input, EvidenceCodeScheme scheme, String extraText, int index) {
        String extra = extraText.length() > 20 ? extraText.substring(0, 20) + "…" : extraText;
        return invalid(EvidenceCodeErrors.MALFORMED, input, index,
                "thừa phần \"" + extra + "\" sau số thứ tự; mã đúng có dạng " + formVi(scheme) + ", ví dụ "
                        + example(scheme),
                "unexpected \"" + extra + "\" after the sequence number; a valid code looks like "
                        + formEn(scheme) + ", e.g. " + example(scheme));
    }

    static Problem unexpectedToken(String input, EvidenceCodeScheme scheme, Part expected, String found,
                                   int index) {
        return invalid(EvidenceCodeErrors.MALFORMED, input, index,
                "cần " + expected.vi + " nhưng gặp \"" + found + "\"; mã đúng có dạng " + formVi(scheme)
                        + ", ví dụ " + example(scheme),
                "expected the " + expected.en + " but found \"" + found + "\"; a valid code looks like "
                        + formEn(scheme) + ", e.g. " + example(scheme));
    }

    static Problem unexpectedCharacter(String input, EvidenceCodeScheme scheme, String ch, int index) {
        return invalid(EvidenceCodeErrors.MALFORMED, input, index,
                "ký tự \"" + ch + "\" không được dùng trong mã minh chứng; mã đúng có dạng "
                        + (scheme == null ? "[Hn-a.b-cd] hoặc MC.a.b.cd" : formVi(scheme)) + ", ví dụ "
                        + example(scheme),
                "the character \"" + ch + "\" has no place in an evidence code; a valid code looks like "
                        + (scheme == null ? "[Hn-a.b-cd] or MC.a.b.cd" : formEn(scheme)) + ", e.g. "
                        + example(scheme));
    }

    static Problem brackets(String input, int index, boolean square) {
        return invalid(EvidenceCodeErrors.UNBALANCED_BRACKETS, input, index,
                "ngoặc không khớp: chỉ dùng một cặp ngoặc bao quanh cả mã, mở \"[\" thì đóng \"]\", "
                        + "mở \"(\" thì đóng \")\", ví dụ " + (square ? "[H1-1.1-01]" : "(MC.1.1.01)"),
                "unbalanced brackets: use one pair of brackets around the whole code, \"[\" closed by "
                        + "\"]\" and \"(\" closed by \")\", e.g. " + (square ? "[H1-1.1-01]" : "(MC.1.1.01)"));
    }

    static Problem nonAsciiDigit(String input, EvidenceCodeScheme scheme, Part part, String digits, int index,
                                 String suggestion) {
        String ex = suggestion != null ? suggestion : example(scheme);
        return invalid(EvidenceCodeErrors.NON_ASCII_DIGIT, input, index,
                part.vi + " \"" + digits + "\" chứa chữ số không phải 0–9 thông thường (ASCII); hãy gõ lại "
                        + "bằng chữ số 0–9, ví dụ " + ex,
                "the " + part.en + " \"" + digits + "\" contains digits other than plain ASCII 0–9; retype "
                        + "it with digits 0–9, e.g. " + ex);
    }

    static Problem leadingZero(String input, EvidenceCodeScheme scheme, Part part, String digits, int index,
                               String suggestion) {
        String ex = suggestion != null ? suggestion : example(scheme);
        return invalid(EvidenceCodeErrors.LEADING_ZERO, input, index,
                part.vi + " \"" + digits + "\" không được có số 0 ở đầu, ví dụ " + ex,
                "the " + part.en + " \"" + digits + "\" must not have a leading zero, e.g. " + ex);
    }

    static Problem numberOutOfRange(String input, EvidenceCodeScheme scheme, Part part, String digits, int index,
                                    String suggestion) {
        String ex = suggestion != null ? suggestion : example(scheme);
        return invalid(EvidenceCodeErrors.NUMBER_OUT_OF_RANGE, input, index,
                part.vi + " phải từ 1 đến 99 (đang là \"" + digits + "\"), ví dụ " + ex,
                "the " + part.en + " must be from 1 to 99 (found \"" + digits + "\"), e.g. " + ex);
    }

    static Problem badSequence(String input, EvidenceCodeScheme scheme, String digits, int index,
                               String suggestion) {
        String ex = suggestion != null ? suggestion : example(scheme);
        return invalid(EvidenceCodeErrors.BAD_SEQUENCE, input, index,
                "số thứ tự phải có 2 chữ số (01–99), đang là \"" + digits + "\", ví dụ " + ex,
                "the sequence number must have two digits (01–99), found \"" + digits + "\", e.g. " + ex);
    }

    // ---- components ----------------------------------------------------------------------------

    private static String components(EvidenceCodeScheme scheme, OptionalInt box, int standard, int criterion,
                                     int sequence) {
        return "scheme=" + scheme + (box.isPresent() ? " box=" + box.getAsInt() : "") + " standard=" + standard
                + " criterion=" + criterion + " sequence=" + sequence;
    }

    /** A box missing for H or present for MC. */
    public static Problem boxMismatch(EvidenceCodeScheme scheme, OptionalInt box, int standard, int criterion,
                                      int sequence) {
        String where = components(scheme, box, standard, criterion, sequence);
        if (scheme == EvidenceCodeScheme.H) {
            return Problem.of(EvidenceCodeErrors.BOX_MISMATCH, where,
                    "mã dạng [Hn-a.b-cd] cần số hộp n (từ 1 đến 99), ví dụ [H1-1.1-01]",
                    "a code of the form [Hn-a.b-cd] needs a box number n (1 to 99), e.g. [H1-1.1-01]");
        }
        return Problem.of(EvidenceCodeErrors.BOX_MISMATCH, where,
                "mã dạng MC.a.b.cd không có số hộp, ví dụ MC.1.1.01",
                "a code of the form MC.a.b.cd has no box number, e.g. MC.1.1.01");
    }

    /** Box, standard or criterion outside 1–99. */
    public static Problem componentOutOfRange(String part, int value, EvidenceCodeScheme scheme, OptionalInt box,
                                              int standard, int criterion, int sequence) {
        Part p = switch (part) {
            case "box" -> Part.BOX;
            case "standard" -> Part.STANDARD;
            default -> Part.CRITERION;
        };
        return Problem.of(EvidenceCodeErrors.NUMBER_OUT_OF_RANGE,
                components(scheme, box, standard, criterion, sequence),
                p.vi + " phải từ 1 đến 99 (đang là " + value + ")",
                "the " + p.en + " must be from 1 to 99 (found " + value + ")");
    }

    /** Sequence outside 1–99. */
    public static Problem sequenceOutOfRange(EvidenceCodeScheme scheme, OptionalInt box, int standard,
                                             int criterion, int sequence) {
        return Problem.of(EvidenceCodeErrors.BAD_SEQUENCE, components(scheme, box, standard, criterion, sequence),
                "số thứ tự phải từ 1 đến 99 (viết 01–99), đang là " + sequence,
                "the sequence number must be from 1 to 99 (written 01–99), found " + sequence);
    }

    // ---- catalog -------------------------------------------------------------------------------

    /** The code's scheme is not the catalog's. */
    public static Problem schemeNotOfCatalog(EvidenceCode code, String catalogId, EvidenceCodeScheme expected) {
        return Problem.of(EvidenceCodeErrors.SCHEME_NOT_OF_CATALOG, quote(code.format()),
                "mã dạng " + formVi(code.scheme()) + " nhưng bộ tiêu chí " + catalogId + " dùng mã dạng "
                        + formVi(expected) + ", ví dụ " + example(expected),
                "a code of the form " + formEn(code.scheme()) + " but catalog " + catalogId
                        + " uses codes of the form " + formEn(expected) + ", e.g. " + example(expected));
    }

    /** The criterion of a code is not in the catalog. */
    public static Problem unknownCriterion(String where, String criterionCode, String catalogId) {
        return Problem.of(EvidenceCodeErrors.UNKNOWN_CRITERION, where,
                "tiêu chí " + quote(criterionCode) + " không có trong bộ tiêu chí " + catalogId
                        + "; hãy dùng mã tiêu chí của bộ tiêu chí này, ví dụ \"1.1\"",
                "criterion " + quote(criterionCode) + " does not exist in catalog " + catalogId
                        + "; use a criterion code of that catalog, e.g. \"1.1\"");
    }

    // ---- book ----------------------------------------------------------------------------------

    /** 99 codes already issued for a criterion. */
    public static Problem sequenceExhausted(String criterionCode, String itemId) {
        boolean named = itemId != null && !itemId.isEmpty();
        return Problem.of(EvidenceCodeErrors.SEQUENCE_EXHAUSTED, "tiêu chí/criterion " + criterionCode,
                "đã cấp hết 99 mã minh chứng (số thứ tự 2 chữ số 01–99) cho tiêu chí " + criterionCode
                        + (named ? ", không thể cấp mã cho minh chứng " + quote(itemId) : "")
                        + "; hãy gộp các minh chứng cùng loại thành một minh chứng",
                "all 99 evidence codes (two-digit sequence 01–99) of criterion " + criterionCode
                        + " have been issued" + (named ? ", no code left for item " + quote(itemId) : "")
                        + "; merge evidence of the same kind into one item");
    }

    /** Two items carry codes with the same criterion and sequence. */
    public static Problem duplicateCode(EvidenceCode code, String firstItem, EvidenceCode otherCode,
                                        String secondItem) {
        boolean same = code.equals(otherCode);
        String codes = same ? code.format() : code.format() + " / " + otherCode.format();
        return Problem.of(EvidenceCodeErrors.DUPLICATE_CODE, quote(code.format()),
                "hai minh chứng " + quote(firstItem) + " và " + quote(secondItem) + " cùng mang mã " + codes
                        + (same ? "" : " (cùng tiêu chí và số thứ tự)")
                        + "; mỗi mã chỉ thuộc một minh chứng, hãy sửa một trong hai",
                "items " + quote(firstItem) + " and " + quote(secondItem) + " both carry code " + codes
                        + (same ? "" : " (same criterion and sequence)")
                        + "; a code belongs to one item only, correct one of them");
    }

    /** A retired code is also assigned. */
    public static Problem retiredCodeAssigned(EvidenceCode code, String itemId) {
        return Problem.of(EvidenceCodeErrors.RETIRED_CODE_ASSIGNED, quote(code.format()),
                "mã " + code.format() + " được ghi là đã thu hồi nhưng vẫn đang gán cho minh chứng "
                        + quote(itemId) + "; bỏ mã khỏi danh sách thu hồi hoặc khỏi minh chứng",
                "code " + code.format() + " is listed as retired but is still assigned to item " + quote(itemId)
                        + "; remove it from the retired codes or from the item");
    }

    /** A blank item id. */
    public static Problem invalidItemId(String itemId) {
        return Problem.of(EvidenceCodeErrors.INVALID_ITEM_ID, quote(itemId),
                "mã định danh minh chứng không được để trống",
                "an evidence item id must not be blank");
    }

    /** The box policy fails for a standard. */
    public static Problem noBoxForStandard(int standard, String detailVi, String detailEn) {
        return Problem.of(EvidenceCodeErrors.NO_BOX_FOR_STANDARD, "tiêu chuẩn/standard " + standard,
                "không xác định được hộp minh chứng (số 1–99) cho tiêu chuẩn " + standard + ": " + detailVi
                        + "; hãy khai báo hộp cho mọi tiêu chuẩn",
                "no evidence box (1–99) for standard " + standard + ": " + detailEn
                        + "; declare a box for every standard");
    }

    /** An item with no criterion. */
    public static Problem itemWithoutCriterion(String itemId) {
        return Problem.of(EvidenceCodeErrors.ITEM_WITHOUT_CRITERION, quote(itemId),
                "minh chứng " + quote(itemId) + " chưa gắn với tiêu chí nào nên chưa thể cấp mã; "
                        + "hãy gắn với ít nhất một tiêu chí hoặc bỏ ra khỏi danh sách",
                "item " + quote(itemId) + " is used by no criterion, so it cannot be coded; "
                        + "link it to at least one criterion or leave it out");
    }

    /** The parts of a code, named for messages. */
    enum Part {
        BOX("số hộp", "box number"),
        STANDARD("số tiêu chuẩn", "standard number"),
        CRITERION("số tiêu chí", "criterion number"),
        SEQUENCE("số thứ tự (2 chữ số)", "two-digit sequence number"),
        DASH("dấu gạch ngang \"-\"", "hyphen \"-\""),
        DOT("dấu chấm \".\"", "dot \".\"");

        final String vi;
        final String en;

        Part(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }
    }
}
