package vn.kdclgd.app.account;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.service.NotFoundException;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * Creating accounts, enabling and disabling them, temporary passwords and password changes. Who may do
 * what is checked here (this is the application's own data), with kdclgd deciding whether a school or a
 * unit lies in the creator's area:
 *
 * <ul>
 *   <li>a province admin creates every kind except school staff — a school admin only for a school of its
 *       area ({@link OrganisationService#school}, which refuses other schools) and only one per school; unit
 *       accounts only for its unit or a unit below ({@link OrganisationService#schools} refuses others);
 *       it manages (disables, enables, resets) the non-staff accounts of its area and every reviewer;</li>
 *   <li>a school admin creates and manages the staff accounts of its own school only;</li>
 *   <li>nobody disables or resets their own account here (the password change is {@code /account/password}).</li>
 * </ul>
 * New accounts and reset passwords are temporary: the account must change it at its next sign-in
 * ({@code PasswordChangeInterceptor}). Passwords follow {@link PasswordPolicy}. A refusal of scope is
 * kdclgd's {@link AccessDeniedException} (shown as 403); wrong input is a {@link KdclException}.
 */
@Service
public class AccountService {
    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    /** A second school admin for one school. */
    public static final String SECOND_SCHOOL_ADMIN = "KDCL-9520";
    /** Disabling or resetting one's own account. */
    public static final String OWN_ACCOUNT = "KDCL-9521";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final OrganisationService organisation;
    private final Actors actors;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, Clock clock, OrganisationService organisation, Actors actors) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.organisation = organisation;
        this.actors = actors;
    }

    /**
     * What a new account needs. {@code schoolId} for school accounts, {@code unitId} for unit accounts;
     * {@code initialPassword} blank means "generate one" for {@link #createWithTemporaryPassword}.
     */
    public record NewAccount(String username, String displayName, AccountKind kind, UUID schoolId, UUID unitId, String initialPassword) {
    }

    /** An account and the temporary password it was given, to be shown once. */
    public record Issued(Account account, String temporaryPassword) {
    }

    /** Whether an account may work, must change its password first, or may not sign in. */
    public enum State {
        /** Enabled, password changed. */
        ACTIVE,
        /** Enabled, with a temporary password to change first. */
        MUST_CHANGE_PASSWORD,
        /** Disabled (or removed). */
        DISABLED
    }

    /**
     * Creates an account on behalf of {@code creator}; the new account must change its password at first
     * login unless {@code mustChange} is false (demo data only).
     *
     * @throws AccessDeniedException when the school or unit is outside the creator's area
     * @throws KdclException         {@code KDCL-9502} kind not allowed, {@code 9503}/{@code 9504} user name,
     *                               {@code 9505} name, {@code 9506} school/unit missing, {@code 9510} password,
     *                               {@code 9520} a second school admin
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
        boolean placeMissing = n.kind().isSchool() && n.schoolId() == null || n.kind().isUnit() && n.unitId() == null;
        if (placeMissing) {
            problems.add(Problem.of("KDCL-9506", n.kind().isSchool() ? "schoolId" : "unitId", "chọn trường hoặc đơn vị của tài khoản",
                    "choose the account's school or unit"));
        } else if (creator.kind() == AccountKind.PROVINCE_ADMIN) {
            requireInArea(creator, n.kind(), n.schoolId(), n.unitId(), "account.create");
            if (n.kind() == AccountKind.SCHOOL_ADMIN) {
                accounts.findBySchoolIdOrderByUsername(n.schoolId()).stream().filter(a -> a.getKind() == AccountKind.SCHOOL_ADMIN)
                        .findFirst().ifPresent(existing -> problems.add(Problem.of(SECOND_SCHOOL_ADMIN, "schoolId",
                                "trường đã có tài khoản quản trị " + existing.getUsername() + "; mỗi trường chỉ có một — hãy đặt lại mật khẩu "
                                        + "của tài khoản đó nếu người quản trị thay đổi",
                                "the school already has the administrator account " + existing.getUsername() + "; one per school — reset "
                                        + "that account's password when the administrator changes")));
            }
        }
        problems.addAll(PasswordPolicy.check(username, n.initialPassword(), "initialPassword"));
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
        Account a = new Account(username, encoder.encode(n.initialPassword()), displayName, n.kind(),
                n.kind().isSchool() ? n.schoolId() : null, n.kind().isUnit() ? n.unitId() : null, mustChange, Instant.now(clock),
                creator.username());
        return accounts.save(a);
    }

    /**
     * Creates an account with a temporary password: the one given, or a generated one when
     * {@code n.initialPassword()} is blank. The account must change it at first sign-in.
     */
    @Transactional
    public Issued createWithTemporaryPassword(AppUser creator, NewAccount n) {
        String password = blank(n.initialPassword()) ? PasswordPolicy.generate(normalise(n.username())) : n.initialPassword();
        Account a = create(creator, new NewAccount(n.username(), n.displayName(), n.kind(), n.schoolId(), n.unitId(), password), true);
        return new Issued(a, password);
    }

    /**
     * Gives an account a new temporary password — {@code typed}, or a generated one when blank — which it
     * must change at its next sign-in.
     *
     * @return the account and its temporary password, to be shown once
     * @throws AccessDeniedException unless {@code actor} manages the account
     */
    @Transactional
    public Issued resetPassword(AppUser actor, UUID accountId, String typed) {
        Account a = managed(actor, accountId, "account.resetPassword");
        String password = blank(typed) ? PasswordPolicy.generate(a.getUsername()) : typed;
        List<Problem> problems = PasswordPolicy.check(a.getUsername(), password, "temporaryPassword");
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
        a.setPassword(encoder.encode(password), true);
        return new Issued(a, password);
    }

    /**
     * Enables or disables an account. A disabled account cannot sign in, and a session it still has is
     * ended at its next request.
     *
     * @throws AccessDeniedException unless {@code actor} manages the account
     */
    @Transactional
    public Account setEnabled(AppUser actor, UUID accountId, boolean enabled) {
        Account a = managed(actor, accountId, enabled ? "account.enable" : "account.disable");
        a.setEnabled(enabled);
        return a;
    }

    /**
     * The accounts {@code actor} may see, by user name: for a province admin those of the schools and units
     * of its area plus every reviewer; for a school admin those of its school; nothing for others.
     */
    @Transactional(readOnly = true)
    public List<Account> visibleTo(AppUser actor) {
        return switch (actor.kind()) {
            case SCHOOL_ADMIN -> accounts.findBySchoolIdOrderByUsername(actor.schoolId());
            case PROVINCE_ADMIN -> {
                Set<UUID> schools = new HashSet<>();
                organisation.schools(actors.of(actor), actor.unitId(), LocalDate.now(clock)).forEach(s -> schools.add(s.getId()));
                Map<UUID, Boolean> units = new HashMap<>();
                yield accounts.findAll(Sort.by("username")).stream()
                        .filter(a -> a.getKind() == AccountKind.REVIEWER
                                || a.getSchoolId() != null && schools.contains(a.getSchoolId())
                                || a.getUnitId() != null && units.computeIfAbsent(a.getUnitId(), u -> officerOver(actor, u)))
                        .toList();
            }
            default -> List.of();
        };
    }

    /** Whether {@code actor} may disable, enable or reset {@code target} (for showing the buttons; the actions check again). */
    @Transactional(readOnly = true)
    public boolean manages(AppUser actor, Account target) {
        try {
            requireManages(actor, target, "account.manage");
            return true;
        } catch (KdclException e) {
            return false;
        }
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
        problems.addAll(PasswordPolicy.check(a.getUsername(), next, "newPassword"));
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
        return state(accountId) == State.MUST_CHANGE_PASSWORD;
    }

    /** The account's state now (read at every request by {@code PasswordChangeInterceptor}). */
    @Transactional(readOnly = true)
    public State state(UUID accountId) {
        return accounts.findById(accountId)
                .map(a -> !a.isEnabled() ? State.DISABLED : a.isMustChangePassword() ? State.MUST_CHANGE_PASSWORD : State.ACTIVE)
                .orElse(State.DISABLED);
    }

    static String normalise(String username) {
        return username == null ? "" : Normalizer.normalize(username.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private Account managed(AppUser actor, UUID accountId, String action) {
        Account a = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        requireManages(actor, a, action);
        return a;
    }

    private void requireManages(AppUser actor, Account target, String action) {
        if (target.getId().equals(actor.id())) {
            throw new KdclException(Problem.of(OWN_ACCOUNT, "account " + target.getUsername(),
                    "không tự khoá hoặc đặt lại mật khẩu tài khoản của mình ở đây; đổi mật khẩu ở trang Đổi mật khẩu",
                    "you cannot disable or reset your own account here; change your password on the password page"));
        }
        boolean ok = switch (actor.kind()) {
            case SCHOOL_ADMIN -> target.getKind() == AccountKind.SCHOOL_STAFF && actor.schoolId().equals(target.getSchoolId());
            case PROVINCE_ADMIN -> target.getKind() != AccountKind.SCHOOL_STAFF;
            default -> false;
        };
        if (!ok) {
            throw new AccessDeniedException(actor.username(), action, "account " + target.getUsername());
        }
        if (actor.kind() == AccountKind.PROVINCE_ADMIN) {
            requireInArea(actor, target.getKind(), target.getSchoolId(), target.getUnitId(), action);
        }
    }

    /** kdclgd refuses a school or unit outside the province admin's area. Reviewers belong to no area. */
    private void requireInArea(AppUser provinceAdmin, AccountKind kind, UUID schoolId, UUID unitId, String action) {
        Actor actor = actors.of(provinceAdmin);
        if (kind.isSchool()) {
            organisation.school(actor, schoolId);
        } else if (kind.isUnit()) {
            organisation.schools(actor, unitId, LocalDate.now(clock));
        }
    }

    private boolean officerOver(AppUser actor, UUID unitId) {
        try {
            requireInArea(actor, AccountKind.UNIT_OFFICER, null, unitId, "account.list");
            return true;
        } catch (AccessDeniedException | NotFoundException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
