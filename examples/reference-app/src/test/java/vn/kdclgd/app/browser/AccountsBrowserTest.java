package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kdclgd.app.account.Account;
import vn.kdclgd.app.account.AccountKind;
import vn.kdclgd.app.account.AccountRepository;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.service.OrganisationService;

/**
 * The province admin's and the school admin's account screens: listing by kind and school, one school admin
 * per school (the refusal for the primary school that has one; a new school created through kdclgd gets its
 * admin), temporary passwords shown once and changed at first sign-in, unit officer and reviewer accounts,
 * disabling (also ending a live session), enabling and resetting, and a school admin creating a staff
 * account that then works with the school's screens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsBrowserTest extends TamperingBrowserSupport {
    static final String NEW_SCHOOL_CODE = "79702099";
    static final String NEW_SCHOOL_NAME = "Trường Tiểu học Bến Nghé (thử nghiệm)";
    static UUID newSchool;

    @Autowired
    TransactionTemplate tx;
    @Autowired
    OrganisationService organisation;
    @Autowired
    AccountRepository accounts;
    @Autowired
    EntityManager em;

    /** A school the demo has not given an admin yet, created through kdclgd by the ward's officer. */
    @BeforeEach
    void newSchool() {
        if (newSchool != null && tx.execute(s -> em.find(School.class, newSchool)) != null) {
            return;
        }
        newSchool = tx.execute(s -> {
            UUID ward = em.createQuery("select u.id from SupervisingUnit u where u.code = '26740'", UUID.class).getSingleResult();
            return organisation.createSchool(Actor.of("test-setup", Grant.unitOfficer(ward)), ward, NEW_SCHOOL_CODE, NEW_SCHOOL_NAME,
                    "TIEU_HOC", Set.of("TIEU_HOC"), LocalDate.of(2025, 7, 1)).getId();
        });
    }

    private WebElement row(String username) {
        return driver.findElement(By.cssSelector("#accounts tr[data-username='" + username + "']"));
    }

    private String issuedPassword(String username) {
        assertThat(byId("issued-for").getText()).isEqualTo(username);
        return byId("issued-password").getText();
    }

    private void changePassword(String current, String next) {
        assertThat(path()).isEqualTo("/account/password?first");
        assertThat(byId("must-change").getText()).contains("đổi mật khẩu");
        byId("currentPassword").sendKeys(current);
        byId("newPassword").sendKeys(next);
        byId("repeat").sendKeys(next);
        submit("password-submit");
    }

    @Test
    @Order(1)
    void theProvinceAdminListsAccountsByKindAndSchool() {
        login("so.admin");
        open("/admin/accounts");
        String all = byId("accounts").getText();
        assertThat(all).contains("leloi.admin", "nguyendu.thuky", "saigon.canbo", "danhgia.hoang", "so.canbo");
        new Select(byId("filter-kind")).selectByValue("SCHOOL_ADMIN");
        submit("filter-submit");
        assertThat(all("#accounts tr[data-username]")).extracting(e -> e.getAttribute("data-username"))
                .containsExactly("leloi.admin", "nguyendu.admin", "saigon-th.admin");
        new Select(byId("filter-kind")).selectByValue("");
        new Select(byId("filter-school")).selectByVisibleText("Trường THCS Lê Lợi (dữ liệu minh hoạ)");
        submit("filter-submit");
        assertThat(all("#accounts tr[data-username]")).extracting(e -> e.getAttribute("data-username"))
                .containsExactly("leloi.admin", "leloi.gv1", "leloi.gv2", "leloi.hieutruong", "leloi.phohieutruong", "leloi.thuky");
        // staff belong to the school admin: listed, but no buttons for the province admin
        assertThat(row("leloi.gv1").findElements(By.tagName("button"))).isEmpty();
        assertThat(row("leloi.admin").findElements(By.tagName("button"))).hasSize(2);
    }

    @Test
    @Order(2)
    void aSecondAdminForTheSameSchoolIsRefused() {
        login("so.admin");
        open("/admin/accounts");
        WebElement primary = driver.findElement(By.cssSelector("#sa-school option[data-code='79702001']"));
        assertThat(primary.getText()).contains("đã có quản trị saigon-th.admin");
        new Select(byId("sa-school")).selectByValue(primary.getAttribute("value"));
        byId("sa-username").sendKeys("saigon-th.admin2");
        byId("sa-name").sendKeys("Quản trị thứ hai");
        submit("sa-submit");
        assertThat(byId("problems").getText()).contains("KDCL-9520").contains("saigon-th.admin").contains("một");
        assertThat(byId("sa-username").getAttribute("value")).as("the form keeps what was typed").isEqualTo("saigon-th.admin2");
        assertThat(accounts.findByUsername("saigon-th.admin2")).isEmpty();
    }

    @Test
    @Order(3)
    void aNewSchoolGetsItsAdminWhoMustChangeTheTemporaryPasswordAndThenWorks() {
        login("so.admin");
        open("/admin/accounts");
        WebElement option = driver.findElement(By.cssSelector("#sa-school option[data-code='" + NEW_SCHOOL_CODE + "']"));
        assertThat(option.getText()).doesNotContain("đã có quản trị");
        new Select(byId("sa-school")).selectByValue(option.getAttribute("value"));
        byId("sa-username").sendKeys("benghe.admin");
        byId("sa-name").sendKeys("Quản trị Trường Tiểu học Bến Nghé");
        submit("sa-submit");
        assertThat(byId("flash-ok").getText()).contains("benghe.admin");
        String temporary = issuedPassword("benghe.admin");
        assertThat(temporary).hasSize(12);
        assertThat(row("benghe.admin").getText()).contains("mật khẩu tạm").contains(NEW_SCHOOL_NAME);
        screenshot("admin-accounts");
        Account stored = accounts.findByUsername("benghe.admin").orElseThrow();
        assertThat(stored.getKind()).isEqualTo(AccountKind.SCHOOL_ADMIN);
        assertThat(stored.getSchoolId()).isEqualTo(newSchool);
        assertThat(stored.isMustChangePassword()).isTrue();
        assertThat(stored.getCreatedBy()).isEqualTo("so.admin");
        assertThat(stored.getPasswordHash()).doesNotContain(temporary);
        open("/admin/accounts");
        assertThat(all("#issued")).as("the temporary password is shown once").isEmpty();
        assertThat(driver.findElement(By.cssSelector("#sa-school option[data-code='" + NEW_SCHOOL_CODE + "']")).getText())
                .contains("đã có quản trị benghe.admin");

        login("benghe.admin", temporary);
        changePassword(temporary, "Ben-Nghe-2026-ok");
        assertThat(path()).isEqualTo("/school");
        assertThat(byId("school-name").getText()).isEqualTo(NEW_SCHOOL_NAME);
        assertThat(accounts.findByUsername("benghe.admin").orElseThrow().isMustChangePassword()).isFalse();
        open("/school/accounts");
        assertThat(row("benghe.admin").getText()).contains("Quản trị trường");
        login("benghe.admin", temporary);
        assertThat(byId("login-error").isDisplayed()).as("the temporary password no longer works").isTrue();
    }

    @Test
    @Order(4)
    void unitOfficerAndReviewerAccounts() {
        login("so.admin");
        open("/admin/accounts");
        String ward = driver.findElement(By.cssSelector("#uo-unit option[data-code='26734']")).getAttribute("value");
        new Select(byId("uo-unit")).selectByValue(ward);
        byId("uo-username").sendKeys("benthanh.canbo2");
        byId("uo-name").sendKeys("Võ Thị Lan (Phòng VH-XH phường Bến Thành)");
        byId("uo-password").sendKeys("Tam-thoi-Ben-Thanh");
        submit("uo-submit");
        assertThat(issuedPassword("benthanh.canbo2")).isEqualTo("Tam-thoi-Ben-Thanh");
        Account officer = accounts.findByUsername("benthanh.canbo2").orElseThrow();
        assertThat(officer.getKind()).isEqualTo(AccountKind.UNIT_OFFICER);
        assertThat(officer.getUnitId()).isEqualTo(UUID.fromString(ward));

        byId("rv-username").sendKeys("danhgia.lan");
        byId("rv-name").sendKeys("Nguyễn Thị Lan (chuyên gia)");
        byId("rv-password").sendKeys("1234");
        submit("rv-submit");
        assertThat(byId("problems").getText()).contains("KDCL-9510");
        assertThat(byId("rv-username").getAttribute("value")).isEqualTo("danhgia.lan");
        submit("rv-submit");
        String reviewerPassword = issuedPassword("danhgia.lan");
        assertThat(accounts.findByUsername("danhgia.lan").orElseThrow().getKind()).isEqualTo(AccountKind.REVIEWER);

        login("benthanh.canbo2", "Tam-thoi-Ben-Thanh");
        changePassword("Tam-thoi-Ben-Thanh", "Ben-Thanh-moi-2026");
        assertThat(accounts.findByUsername("benthanh.canbo2").orElseThrow().isMustChangePassword()).isFalse();
        login("danhgia.lan", reviewerPassword);
        assertThat(path()).isEqualTo("/account/password?first");
    }

    @Test
    @Order(5)
    void disablingEnablingAndResetting() {
        login("so.admin");
        open("/admin/accounts");
        assertThat(all("#toggle-so\\.admin")).as("no button to disable oneself").isEmpty();
        submit("toggle-saigon.canbo");
        assertThat(byId("flash-ok").getText()).contains("Đã khoá tài khoản saigon.canbo");
        assertThat(row("saigon.canbo").getText()).contains("đã khoá");
        login("saigon.canbo");
        assertThat(byId("login-error").isDisplayed()).isTrue();

        login("so.admin");
        open("/admin/accounts");
        submit("toggle-saigon.canbo");
        assertThat(row("saigon.canbo").getText()).contains("hoạt động");
        login("saigon.canbo");
        assertThat(path()).doesNotStartWith("/login");

        login("so.admin");
        open("/admin/accounts");
        submitConfirmed("reset-danhgia.hoang");
        String temporary = issuedPassword("danhgia.hoang");
        login("danhgia.hoang");
        assertThat(byId("login-error").isDisplayed()).as("the old password is gone").isTrue();
        login("danhgia.hoang", temporary);
        assertThat(path()).isEqualTo("/account/password?first");
    }

    @Test
    @Order(6)
    void theSchoolAdminCreatesAStaffAccountThatThenWorks() {
        login("leloi.admin");
        open("/school/accounts");
        assertThat(row("leloi.hieutruong").findElement(By.className("council-role")).getText()).contains("Chủ tịch");
        assertThat(row("leloi.thuky").findElement(By.className("council-role")).getText()).contains("Thư ký");
        assertThat(row("leloi.admin").findElements(By.tagName("button"))).isEmpty();
        assertThat(pageText()).doesNotContain("nguyendu.");
        byId("st-username").sendKeys("leloi.gv3");
        byId("st-name").sendKeys("Ngô Minh Châu");
        submit("st-submit");
        String temporary = issuedPassword("leloi.gv3");
        Account gv3 = accounts.findByUsername("leloi.gv3").orElseThrow();
        assertThat(gv3.getKind()).isEqualTo(AccountKind.SCHOOL_STAFF);
        assertThat(gv3.getSchoolId()).isEqualTo(accounts.findByUsername("leloi.admin").orElseThrow().getSchoolId());
        assertThat(row("leloi.gv3").findElement(By.className("council-role")).getText()).isEqualTo("—");
        screenshot("school-accounts");

        login("leloi.gv3", temporary);
        open("/school");
        assertThat(path()).as("nothing before the password change").isEqualTo("/account/password?first");
        changePassword(temporary, "Le-Loi-gv3-2026");
        open("/school");
        assertThat(byId("school-name").getText()).isEqualTo("Trường THCS Lê Lợi (dữ liệu minh hoạ)");
        open("/school/accounts");
        assertThat(pageText()).contains("403");
    }

    @Test
    @Order(7)
    void aDisabledAccountLosesItsSessionAtOnce() {
        HttpAgent gv2 = new HttpAgent(port);
        assertThat(gv2.login("leloi.gv2", PASSWORD).location()).isEqualTo("/");
        assertThat(gv2.get("/school").status()).isEqualTo(200);

        login("leloi.admin");
        open("/school/accounts");
        submit("toggle-leloi.gv2");
        assertThat(byId("flash-ok").getText()).contains("leloi.gv2");
        assertThat(accounts.findByUsername("leloi.gv2").orElseThrow().isEnabled()).isFalse();

        HttpAgent.Response r = gv2.get("/school");
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.location()).isEqualTo("/login?disabled");
        assertThat(gv2.get("/school").location()).as("the session is gone").startsWith("/login");
        assertThat(gv2.login("leloi.gv2", PASSWORD).location()).isEqualTo("/login?error");
    }
}
