package vn.kdclgd.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.kdclgd.app.account.AccountService.Issued;
import vn.kdclgd.app.account.AccountService.NewAccount;
import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * AccountService's rules without a database: who creates which account, one school admin per school, the
 * area of the province admin (as kdclgd's OrganisationService answers it), who manages whom, temporary
 * passwords and the password policy on every path.
 */
class AccountServiceTest {
    static final UUID PROVINCE = UUID.randomUUID();
    static final UUID WARD = UUID.randomUUID();
    static final UUID OTHER_PROVINCE = UUID.randomUUID();
    static final UUID SCHOOL = UUID.randomUUID();
    static final UUID OTHER_SCHOOL = UUID.randomUUID();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    final List<Account> saved = new ArrayList<>();
    AccountRepository repo;
    OrganisationService organisation;
    AccountService service;

    final AppUser province = new AppUser(UUID.randomUUID(), "so.admin", "", "Sở", AccountKind.PROVINCE_ADMIN, null, PROVINCE, true);
    final AppUser schoolAdmin = new AppUser(UUID.randomUUID(), "a.admin", "", "A", AccountKind.SCHOOL_ADMIN, SCHOOL, null, true);

    /** A reversible fake: tests read what was hashed. */
    static final PasswordEncoder ENCODER = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encoded.equals("hash:" + raw);
        }
    };

    @BeforeEach
    void setUp() {
        repo = mock(AccountRepository.class);
        organisation = mock(OrganisationService.class);
        when(repo.findByUsername(any())).thenAnswer(i -> saved.stream().filter(a -> a.getUsername().equals(i.getArgument(0))).findFirst());
        when(repo.findBySchoolIdOrderByUsername(any())).thenAnswer(i -> saved.stream().filter(a -> i.getArgument(0).equals(a.getSchoolId())).toList());
        when(repo.findById(any())).thenAnswer(i -> saved.stream().filter(a -> a.getId().equals(i.getArgument(0))).findFirst());
        when(repo.save(any())).thenAnswer(i -> {
            saved.add(i.getArgument(0));
            return i.getArgument(0);
        });
        // kdclgd's answer: the province admin supervises PROVINCE, WARD and SCHOOL, nothing else.
        when(organisation.school(any(), eq(OTHER_SCHOOL))).thenThrow(new AccessDeniedException("so.admin", "school.read", "school"));
        when(organisation.schools(any(), eq(OTHER_PROVINCE), any())).thenThrow(new AccessDeniedException("so.admin", "unit.schools", "unit"));
        service = new AccountService(repo, ENCODER, Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC), organisation,
                new Actors(null));
    }

    private static List<String> codes(KdclException e) {
        return e.problems().stream().map(Problem::code).toList();
    }

    private Account staff(String username, UUID school) {
        Account a = new Account(username, "hash:x", username, AccountKind.SCHOOL_STAFF, school, null, false, Instant.EPOCH, "t");
        saved.add(a);
        return a;
    }

    @Test
    void theProvinceAdminCreatesASchoolAdminWithAGeneratedTemporaryPassword() {
        Issued issued = service.createWithTemporaryPassword(province,
                new NewAccount("  MoI.Admin ", "Quản trị trường mới", AccountKind.SCHOOL_ADMIN, SCHOOL, UUID.randomUUID(), ""));
        Account a = issued.account();
        assertThat(a.getUsername()).isEqualTo("moi.admin");
        assertThat(a.getSchoolId()).isEqualTo(SCHOOL);
        assertThat(a.getUnitId()).as("a school account has no unit").isNull();
        assertThat(a.isMustChangePassword()).isTrue();
        assertThat(a.getCreatedBy()).isEqualTo("so.admin");
        assertThat(issued.temporaryPassword()).hasSize(PasswordPolicy.GENERATED_LENGTH);
        assertThat(a.getPasswordHash()).isEqualTo("hash:" + issued.temporaryPassword());
        verify(organisation).school(any(), eq(SCHOOL));
    }

    @Test
    void aTypedTemporaryPasswordIsKeptAndChecked() {
        Issued issued = service.createWithTemporaryPassword(province,
                new NewAccount("ward.officer", "Cán bộ phường", AccountKind.UNIT_OFFICER, null, WARD, "Tam-thoi-2026"));
        assertThat(issued.temporaryPassword()).isEqualTo("Tam-thoi-2026");
        assertThat(issued.account().getUnitId()).isEqualTo(WARD);
        assertThat(issued.account().isMustChangePassword()).isTrue();
        KdclException e = catchThrowableOfType(KdclException.class, () -> service.createWithTemporaryPassword(province,
                new NewAccount("reviewer.x", "Chuyên gia", AccountKind.REVIEWER, null, null, "1234567")));
        assertThat(codes(e)).containsExactly("KDCL-9510");
    }

    @Test
    void oneSchoolAdminPerSchool() {
        service.create(province, new NewAccount("first.admin", "A", AccountKind.SCHOOL_ADMIN, SCHOOL, null, "Mat-khau-2026"), true);
        KdclException e = catchThrowableOfType(KdclException.class, () ->
                service.create(province, new NewAccount("second.admin", "B", AccountKind.SCHOOL_ADMIN, SCHOOL, null, "Mat-khau-2026"), true));
        assertThat(codes(e)).containsExactly(AccountService.SECOND_SCHOOL_ADMIN);
        assertThat(e.problems().get(0).message()).contains("first.admin");
        assertThat(saved).extracting(Account::getUsername).containsExactly("first.admin");
    }

    @Test
    void schoolsAndUnitsOutsideTheAreaAreRefusedByKdclgd() {
        assertThatThrownBy(() -> service.create(province,
                new NewAccount("x.admin", "X", AccountKind.SCHOOL_ADMIN, OTHER_SCHOOL, null, "Mat-khau-2026"), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(province,
                new NewAccount("x.officer", "X", AccountKind.UNIT_OFFICER, null, OTHER_PROVINCE, "Mat-khau-2026"), true))
                .isInstanceOf(AccessDeniedException.class);
        verify(repo, never()).save(any());
    }

    @Test
    void whoCreatesWhichKind() {
        assertThat(codes(catchThrowableOfType(KdclException.class, () -> service.create(province,
                new NewAccount("gv.x", "X", AccountKind.SCHOOL_STAFF, SCHOOL, null, "Mat-khau-2026"), true))))
                .as("staff are the school admin's").containsExactly("KDCL-9502");
        assertThat(codes(catchThrowableOfType(KdclException.class, () -> service.create(schoolAdmin,
                new NewAccount("gv.x", "X", AccountKind.SCHOOL_STAFF, OTHER_SCHOOL, null, "Mat-khau-2026"), true))))
                .as("another school's staff").containsExactly("KDCL-9502");
        assertThat(codes(catchThrowableOfType(KdclException.class, () -> service.create(schoolAdmin,
                new NewAccount("a2.admin", "X", AccountKind.SCHOOL_ADMIN, SCHOOL, null, "Mat-khau-2026"), true))))
                .containsExactly("KDCL-9502");
        AppUser officer = new AppUser(UUID.randomUUID(), "so.canbo", "", "", AccountKind.UNIT_OFFICER, null, PROVINCE, true);
        assertThat(codes(catchThrowableOfType(KdclException.class, () -> service.create(officer,
                new NewAccount("r.x", "X", AccountKind.REVIEWER, null, null, "Mat-khau-2026"), true)))).containsExactly("KDCL-9502");
        Account gv = service.create(schoolAdmin, new NewAccount("a.gv3", "Giáo viên", AccountKind.SCHOOL_STAFF, SCHOOL, null, "Mat-khau-2026"), true);
        assertThat(gv.getSchoolId()).isEqualTo(SCHOOL);
    }

    @Test
    void inputProblemsAreReportedTogether() {
        staff("a.gv1", SCHOOL);
        KdclException e = catchThrowableOfType(KdclException.class, () -> service.create(schoolAdmin,
                new NewAccount("a.gv1", " ", AccountKind.SCHOOL_STAFF, SCHOOL, null, "a.gv1-pass"), true));
        assertThat(codes(e)).containsExactly("KDCL-9504", "KDCL-9505", "KDCL-9510");
        assertThat(codes(catchThrowableOfType(KdclException.class, () -> service.create(schoolAdmin,
                new NewAccount("Nguyễn Văn A", "A", AccountKind.SCHOOL_STAFF, SCHOOL, null, "Mat-khau-2026"), true))))
                .containsExactly("KDCL-9503");
    }

    @Test
    void theSchoolAdminManagesItsOwnStaffOnly() {
        Account own = staff("a.gv1", SCHOOL);
        Account other = staff("b.gv1", OTHER_SCHOOL);

        Issued reset = service.resetPassword(schoolAdmin, own.getId(), null);
        assertThat(own.isMustChangePassword()).isTrue();
        assertThat(own.getPasswordHash()).isEqualTo("hash:" + reset.temporaryPassword());
        assertThat(service.state(own.getId())).isEqualTo(AccountService.State.MUST_CHANGE_PASSWORD);

        service.setEnabled(schoolAdmin, own.getId(), false);
        assertThat(own.isEnabled()).isFalse();
        assertThat(service.state(own.getId())).isEqualTo(AccountService.State.DISABLED);
        service.setEnabled(schoolAdmin, own.getId(), true);
        assertThat(own.isEnabled()).isTrue();

        assertThatThrownBy(() -> service.setEnabled(schoolAdmin, other.getId(), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetPassword(schoolAdmin, other.getId(), "Mat-khau-2026")).isInstanceOf(AccessDeniedException.class);
        assertThat(other.isEnabled()).isTrue();
        assertThat(service.manages(schoolAdmin, own)).isTrue();
        assertThat(service.manages(schoolAdmin, other)).isFalse();
    }

    @Test
    void theProvinceAdminManagesNonStaffAccountsOfItsArea() {
        Account admin = service.create(province, new NewAccount("b.admin", "B", AccountKind.SCHOOL_ADMIN, SCHOOL, null, "Mat-khau-2026"), false);
        Account gv = staff("b.gv1", SCHOOL);
        Account far = new Account("far.admin", "hash:x", "Far", AccountKind.SCHOOL_ADMIN, OTHER_SCHOOL, null, false, Instant.EPOCH, "t");
        saved.add(far);

        assertThat(service.resetPassword(province, admin.getId(), "Tam-thoi-2026").temporaryPassword()).isEqualTo("Tam-thoi-2026");
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThatThrownBy(() -> service.setEnabled(province, gv.getId(), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setEnabled(province, far.getId(), false)).isInstanceOf(AccessDeniedException.class);
        assertThat(far.isEnabled()).isTrue();
    }

    @Test
    void nobodyDisablesOrResetsThemselvesHere() {
        Account self = new Account("so.admin", "hash:x", "Sở", AccountKind.PROVINCE_ADMIN, null, PROVINCE, false, Instant.EPOCH, "t");
        saved.add(self);
        AppUser me = new AppUser(self.getId(), "so.admin", "", "Sở", AccountKind.PROVINCE_ADMIN, null, PROVINCE, true);
        assertThat(codes(catchThrowableOfType(KdclException.class, () -> service.setEnabled(me, self.getId(), false))))
                .containsExactly(AccountService.OWN_ACCOUNT);
        assertThat(self.isEnabled()).isTrue();
    }

    @Test
    void aResetPasswordFollowsThePolicy() {
        Account own = staff("a.gv1", SCHOOL);
        assertThat(codes(catchThrowableOfType(KdclException.class, () -> service.resetPassword(schoolAdmin, own.getId(), "a.gv1-123"))))
                .containsExactly("KDCL-9510");
        assertThat(own.getPasswordHash()).isEqualTo("hash:x");
        assertThat(own.isMustChangePassword()).isFalse();
    }

    @Test
    void changingThePasswordChecksTheCurrentOneThePolicyAndTheRepeat() {
        Account a = staff("a.gv1", SCHOOL);
        a.setPassword("hash:Tam-thoi-2026", true);
        AppUser me = new AppUser(a.getId(), "a.gv1", "", "", AccountKind.SCHOOL_STAFF, SCHOOL, null, true);
        assertThat(codes(catchThrowableOfType(KdclException.class, () -> service.changePassword(me, "wrong", "Moi-2026-abc", "Moi-2026-abc"))))
                .containsExactly("KDCL-9507");
        assertThat(codes(catchThrowableOfType(KdclException.class, () -> service.changePassword(me, "Tam-thoi-2026", "Moi-2026-abc", "Moi-2026-abd"))))
                .containsExactly("KDCL-9508");
        assertThat(codes(catchThrowableOfType(KdclException.class, () -> service.changePassword(me, "Tam-thoi-2026", "Tam-thoi-2026", "Tam-thoi-2026"))))
                .containsExactly("KDCL-9509");
        assertThat(codes(catchThrowableOfType(KdclException.class, () -> service.changePassword(me, "Tam-thoi-2026", "password", "password"))))
                .containsExactly("KDCL-9510");
        assertThat(codes(catchThrowableOfType(KdclException.class, () -> service.changePassword(me, "Tam-thoi-2026", "x".repeat(80) + "y", "x".repeat(80) + "y"))))
                .containsExactly("KDCL-9510");
        service.changePassword(me, "Tam-thoi-2026", "Moi-2026-abc", "Moi-2026-abc");
        assertThat(a.getPasswordHash()).isEqualTo("hash:Moi-2026-abc");
        assertThat(service.state(a.getId())).isEqualTo(AccountService.State.ACTIVE);
    }

    @Test
    void aMissingAccountIsDisabled() {
        assertThat(service.state(UUID.randomUUID())).isEqualTo(AccountService.State.DISABLED);
        assertThat(repo.findById(UUID.randomUUID())).isEqualTo(Optional.empty());
    }
}
