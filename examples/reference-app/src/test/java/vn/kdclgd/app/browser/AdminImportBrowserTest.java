package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.dossier.DossierService;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.service.Kdclgd;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.core.service.Transactions;
import vn.kdclgd.core.spi.FileSystemEvidenceStore;
import vn.kdclgd.core.testing.Databases;
import vn.kdclgd.core.testing.SampleSchool;

/**
 * The province admin imports a school's dossier ZIP exported by another installation (built here with
 * kdclgd-core's test fixtures: a separate in-memory H2 installation holding {@link SampleSchool}, a THCS of
 * Hồ Chí Minh City with two school years, evidence files, a review and certificates). The summary is shown
 * and the school joins the province (its admin can then be created); importing it again, a file that is no
 * ZIP, and a dossier of a school of another province (Hà Nội) are refused, and a refused import leaves
 * nothing behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminImportBrowserTest extends TamperingBrowserSupport {
    static final String FOREIGN_CODE = "01000999";
    static Path sampleZip;
    static Path foreignZip;
    static Path notZip;

    @Autowired
    TransactionTemplate tx;
    @Autowired
    EntityManager em;
    @Autowired
    OrganisationService organisation;

    /** Two dossiers exported by another installation: the sample THCS of HCMC, and a school of Hà Nội. */
    @BeforeAll
    static void dossiersFromAnotherInstallation() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "test-data", "dossiers-" + UUID.randomUUID()));
        EntityManagerFactory emf = Databases.H2.freshFactory("source");
        try {
            Transactions t = new Transactions(emf);
            Kdclgd k = Kdclgd.builder().entityManager(t::current).evidenceStore(new FileSystemEvidenceStore(dir.resolve("store"))).build();
            DossierService dossiers = new DossierService(k);
            SampleSchool sample = t.run(() -> SampleSchool.build(t.current(), k.evidenceStore()));
            UUID hanoiSchool = t.run(() -> {
                UUID hanoi = t.current().createQuery("select u.id from SupervisingUnit u where u.code = '01'", UUID.class).getSingleResult();
                return new OrganisationService(k).createSchool(Actor.of("hanoi-setup", Grant.unitOfficer(hanoi)), hanoi, FOREIGN_CODE,
                        "Trường THCS Hà Nội (thử nghiệm)", "THCS", Set.of("THCS"), LocalDate.of(2020, 1, 1)).getId();
            });
            sampleZip = export(t, dossiers, sample.school.getId(), dir.resolve("sample.zip"));
            foreignZip = export(t, dossiers, hanoiSchool, dir.resolve("hanoi.zip"));
            notZip = Files.writeString(dir.resolve("hoso.zip"), "không phải ZIP", StandardCharsets.UTF_8);
        } finally {
            emf.close();
        }
    }

    private static Path export(Transactions t, DossierService dossiers, UUID school, Path to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.run(() -> dossiers.export(Actor.of("source-admin", Grant.school(Role.SCHOOL_ADMIN, school)), school, out));
        return Files.write(to, out.toByteArray());
    }

    private void upload(Path file) {
        open("/admin/dossier");
        byId("dossier").sendKeys(file.toAbsolutePath().toString());
        submit("import-submit");
    }

    private long count(String jpql, String code) {
        return tx.execute(s -> em.createQuery(jpql, Long.class).setParameter("c", code).getSingleResult());
    }

    @Test
    @Order(1)
    void aFileThatIsNoZipIsRefused() {
        login("so.admin");
        open("/admin/accounts");
        submit("go-import");
        upload(notZip);
        assertThat(byId("problems").getText()).contains("KDCL-9522").contains("ZIP");
        submit("import-submit");
        assertThat(byId("problems").getText()).contains("KDCL-9524");
    }

    @Test
    @Order(2)
    void aSchoolOfAnotherProvinceIsRefusedAndNothingStays() {
        login("so.admin");
        upload(foreignZip);
        assertThat(byId("problems").getText()).contains("KDCL-9525").contains(FOREIGN_CODE);
        assertThat(all("#summary")).isEmpty();
        assertThat(count("select count(s) from School s where s.code = :c", FOREIGN_CODE)).isZero();
        assertThat(count("select count(u) from SupervisingUnit u where u.code = :c", "01")).as("the unit it brought is rolled back").isZero();
    }

    @Test
    @Order(3)
    void theSampleSchoolIsImportedAndJoinsTheProvince() {
        login("so.admin");
        upload(sampleZip);
        assertThat(byId("flash-ok").getText()).contains(SampleSchool.CODE);
        assertThat(byId("summary-code").getText()).isEqualTo(SampleSchool.CODE);
        assertThat(byId("summary-school").getText()).isEqualTo("Trường THCS Nguyễn Du");
        assertThat(driver.findElement(By.cssSelector("#summary-counts tr[data-section='selfAssessments']")).getText()).endsWith("2");
        assertThat(driver.findElement(By.cssSelector("#summary-counts tr[data-section='publishedVersions']")).getText()).endsWith("3");
        screenshot("admin-dossier-import");

        UUID imported = tx.execute(s -> em.createQuery("select s.id from School s where s.code = :c", UUID.class)
                .setParameter("c", SampleSchool.CODE).getSingleResult());
        tx.executeWithoutResult(s -> {
            UUID province = em.createQuery("select u.id from SupervisingUnit u where u.code = '79'", UUID.class).getSingleResult();
            assertThat(organisation.schools(Actor.of("so.admin", Grant.unitOfficer(province)), province, LocalDate.now()))
                    .extracting(School::getCode).contains(SampleSchool.CODE);
        });
        assertThat(count("select count(u) from SupervisingUnit u where u.code = :c", "79")).as("the province was matched by code, not created")
                .isEqualTo(1);

        open("/admin/accounts");
        assertThat(driver.findElement(By.cssSelector("#sa-school option[value='" + imported + "']")).getText())
                .contains(SampleSchool.CODE).doesNotContain("đã có quản trị");
    }

    @Test
    @Order(4)
    void importingTheSameSchoolAgainIsRefused() {
        login("so.admin");
        upload(sampleZip);
        assertThat(byId("problems").getText()).contains("KDCL-8020");
        assertThat(count("select count(s) from School s where s.code = :c", SampleSchool.CODE)).isEqualTo(1);
    }
}
