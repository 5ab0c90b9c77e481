package vn.kdclgd.app.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.kdclgd.rules.Problem;

/**
 * What a password must be, in the spirit of NIST SP 800-63B (length over composition rules):
 *
 * <ul>
 *   <li>at least {@value #MIN_LENGTH} characters;</li>
 *   <li>at most {@value #MAX_BYTES} bytes in UTF-8 — BCrypt reads no further, and Spring Security's encoder
 *       refuses longer input, so a longer password would be a server error, not a stronger password;</li>
 *   <li>not the user name, and not containing it;</li>
 *   <li>not one character repeated, and not one of the most common passwords (a short list).</li>
 * </ul>
 * Temporary passwords are generated with {@link SecureRandom} from letters and digits that cannot be
 * mistaken for one another when read aloud or copied from the screen.
 */
public final class PasswordPolicy {
    /** Shortest password accepted. */
    public static final int MIN_LENGTH = 8;
    /** Longest password accepted, in UTF-8 bytes (BCrypt's limit). */
    public static final int MAX_BYTES = 72;
    /** Length of a generated temporary password. */
    public static final int GENERATED_LENGTH = 12;

    /** Code of a password the policy refuses. */
    public static final String REFUSED = "KDCL-9510";

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> COMMON = Set.of("12345678", "123456789", "1234567890", "87654321", "11111111", "00000000",
            "password", "password1", "password123", "passw0rd", "qwertyui", "qwerty123", "abc12345", "abcd1234", "iloveyou",
            "admin123", "administrator", "matkhau", "matkhau1", "matkhau123", "12345678a", "a12345678", "khongbiet", "changeme",
            "letmein1", "welcome1", "kdclgd123");

    private PasswordPolicy() {
    }

    /**
     * The problems of {@code password} for the account {@code username}; empty when it is acceptable.
     *
     * @param where the form field the problems refer to
     */
    public static List<Problem> check(String username, String password, String where) {
        List<Problem> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add(Problem.of(REFUSED, where, "mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự",
                    "a password needs at least " + MIN_LENGTH + " characters"));
            return problems;
        }
        if (Normalizer.normalize(password, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(Problem.of(REFUSED, where, "mật khẩu dài quá " + MAX_BYTES + " byte (chữ có dấu tính 2–3 byte); hãy rút ngắn",
                    "a password may have at most " + MAX_BYTES + " bytes (accented letters count 2–3); shorten it"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!user.isEmpty() && lower.contains(user)) {
            problems.add(Problem.of(REFUSED, where, "mật khẩu không được là hoặc chứa tên đăng nhập",
                    "a password must not be or contain the user name"));
        }
        if (password.chars().distinct().count() == 1 || COMMON.contains(lower)) {
            problems.add(Problem.of(REFUSED, where, "mật khẩu quá dễ đoán; chọn một cụm từ dài hơn",
                    "the password is too easy to guess; choose a longer phrase"));
        }
        return problems;
    }

    /**
     * A new random temporary password of {@value #GENERATED_LENGTH} characters (letters and digits, no
     * look-alikes) that the policy accepts for {@code username}.
     */
    public static String generate(String username) {
        while (true) {
            StringBuilder sb = new StringBuilder(GENERATED_LENGTH);
            for (int i = 0; i < GENERATED_LENGTH; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (check(username, sb.toString(), "").isEmpty()) {
                return sb.toString();
            }
        }
    }
}
