package vn.kdclgd.app.config;

import java.nio.file.Path;
import java.time.Clock;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.kdclgd.app.account.Account;
import vn.kdclgd.core.dossier.DossierService;
import vn.kdclgd.core.model.KdclgdEntities;
import vn.kdclgd.core.service.AssessmentLoader;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.EvidenceService;
import vn.kdclgd.core.service.ExternalReviewService;
import vn.kdclgd.core.service.ImprovementService;
import vn.kdclgd.core.service.Kdclgd;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.core.service.RecognitionService;
import vn.kdclgd.core.service.StatisticsService;
import vn.kdclgd.core.spi.FileSystemEvidenceStore;
import vn.kdclgd.report.ReportDocuments;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.smas.ImportOptions;
import vn.kdclgd.smas.SchoolDataImporter;

/**
 * kdclgd wired into Spring: the library's entities join the application's persistence unit, its
 * services run inside Spring's transactions through the shared, transaction-bound {@link EntityManager},
 * and evidence files are kept under {@code kdclgd.data-dir/evidence}.
 */
@Configuration
@EntityScan(basePackageClasses = {KdclgdEntities.class, Account.class})
public class KdclgdConfig {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    CatalogRegistry catalogRegistry() {
        return CatalogRegistry.defaultRegistry();
    }

    @Bean
    Kdclgd kdclgd(EntityManager em, CatalogRegistry catalogs, Clock clock, @Value("${kdclgd.data-dir}") Path dataDir) {
        return Kdclgd.builder().entityManager(() -> em).catalogs(catalogs).clock(clock)
                .evidenceStore(new FileSystemEvidenceStore(dataDir.resolve("evidence"))).build();
    }

    @Bean
    OrganisationService organisationService(Kdclgd k) {
        return new OrganisationService(k);
    }

    @Bean
    AssessmentService assessmentService(Kdclgd k) {
        return new AssessmentService(k);
    }

    @Bean
    EvidenceService evidenceService(Kdclgd k) {
        return new EvidenceService(k);
    }

    @Bean
    ImprovementService improvementService(Kdclgd k) {
        return new ImprovementService(k);
    }

    @Bean
    ExternalReviewService externalReviewService(Kdclgd k) {
        return new ExternalReviewService(k);
    }

    @Bean
    RecognitionService recognitionService(Kdclgd k) {
        return new RecognitionService(k);
    }

    @Bean
    StatisticsService statisticsService(Kdclgd k) {
        return new StatisticsService(k);
    }

    @Bean
    AssessmentLoader assessmentLoader(Kdclgd k) {
        return new AssessmentLoader(k);
    }

    @Bean
    DossierService dossierService(Kdclgd k) {
        return new DossierService(k);
    }

    @Bean
    ReportDocuments reportDocuments(CatalogRegistry catalogs) {
        return new ReportDocuments(catalogs);
    }

    @Bean
    SchoolDataImporter schoolDataImporter() {
        return new SchoolDataImporter(ImportOptions.defaults());
    }
}
