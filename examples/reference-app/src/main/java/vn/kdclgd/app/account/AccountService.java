package vn.kdclgd.app.account;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * Creating accounts and changing passwords. Who may create which account is checked here (this is the
 * application's own data): a province admin creates every kind except school staff; a school admin creates
 * staff accounts of its own school only. New accounts must change their password at first login.
 */
@Service
public class AccountService {
    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** What a new account needs. {@code schoolId} for school accounts, {@code unitId} for unit accounts. */
    public record NewAccount(String username, String displayName, AccountKind kind, UUID schoolId, UUID unitId, String initialPassword) {
    }

    /**
     * Creates an account on behalf of {@code creator}; the new account must change its password at first
     * login unless {@code mustChange} is false (demo data only).
     */
    @Transactional
    public Account create(AppUser creator, NewAccount n, boolean mustChange) {
        List<Problem> problems = new ArrayList<>();
        boolean allowed = switch (creator.kind()) {
            case PROVINCE_ADMIN -> n.kind() != AccountKind.SCHOOL_STAFF;
            case SCHOOL_ADMIN -> n.kind() == AccountKind.SCHOOL_STAFF && creator.schoolId().equals(n.schoolId());
            default -> false;
        };
        if (!allowed) {
            throw new KdclException(Problem.of("KDCL-9502", "account.kind",
                    "tài khoản " + creator.username() + " không được tạo tài khoản loại " + n.kind().label(),
                    "account " + creator.username() + " may not create a " + n.kind() + " account"));
        }
        String username = normalise(n.username());
        if (username.isEmpty() || !username.matches(Account.USERNAME_PATTERN)) {
            problems.add(Problem.of("KDCL-9503", "username", "tên đăng nhập 3–100 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới",
                    "user name: 3–100 lower-case ASCII letters, digits, dot, dash or underscore"));
        } else if (accounts.findByUsername(username).isPresent()) {
            problems.add(Problem.of("KDCL-9504", "username", "tên đăng nhập \"" + username + "\" đã có; chọn tên khác",
                    "the user name \"" + username + "\" is taken; choose another"));
        }
        String displayName = n.displayName() == null ? "" : Normalizer.normalize(n.displayName().strip(), Normalizer.Form.NFC);
        if (displayName.isEmpty() || displayName.length() > 200) {
            problems.add(Problem.of("KDCL-9505", "displayName", "nhập họ tên hoặc tên đơn vị (tối đa 200 ký tự)",
                    "enter a name (at most 200 characters)"));
        }
        if (n.kind().isSchool() && n.schoolId() == null || n.kind().isUnit() && n.unitId() == null) {
            problems.add(Problem.of("KDCL-9506", n.kind().isSchool() ? "schoolId" : "unitId", "chọn trường hoặc đơn vị của tài khoản",
                    "choose the account's school or unit"));
        }
        checkPassword(username, n.initialPassword(), "initialPassword", problems);
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
        Account a = new Account(username, encoder.encode(n.initialPassword()), displayName, n.kind(),
                n.kind().isSchool() ? n.schoolId() : null, n.kind().isUnit() ? n.unitId() : null, mustChange, Instant.now(clock),
                creator.username());
        return accounts.save(a);
    }

    /** Changes the signed-in account's password after checking the current one. */
    @Transactional
    public void changePassword(AppUser user, String current, String next, String repeat) {
        Account a = accounts.findById(user.id()).orElseThrow(() -> new IllegalStateException("account gone"));
        List<Problem> problems = new ArrayList<>();
        if (current == null || !encoder.matches(current, a.getPasswordHash())) {
            problems.add(Problem.of("KDCL-9507", "currentPassword", "mật khẩu hiện tại không đúng", "the current password is wrong"));
        }
        if (next == null || !next.equals(repeat)) {
            problems.add(Problem.of("KDCL-9508", "repeat", "hai lần nhập mật khẩu mới không giống nhau", "the two new passwords differ"));
        }
        checkPassword(a.getUsername(), next, "newPassword", problems);
        if (next != null && current != null && next.equals(current)) {
            problems.add(Problem.of("KDCL-9509", "newPassword", "mật khẩu mới phải khác mật khẩu cũ", "the new password must differ from the old one"));
        }
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
        a.setPassword(encoder.encode(next), false);
    }

    /** Whether the account must change its password before anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(UUID accountId) {
        return accounts.findById(accountId).map(Account::isMustChangePassword).orElse(false);
    }

    static String normalise(String username) {
        return username == null ? "" : Normalizer.normalize(username.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static void checkPassword(String username, String password, String where, List<Problem> problems) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.equalsIgnoreCase(username)) {
            problems.add(Problem.of("KDCL-9510", where, "mật khẩu cần ít nhất " + MIN_PASSWORD_LENGTH + " ký tự và khác tên đăng nhập",
                    "a password needs at least " + MIN_PASSWORD_LENGTH + " characters and must differ from the user name"));
        }
    }
}
