package vn.kdclgd.app.school;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportInput;

/**
 * The frozen documents of a published version (table {@code app_published_document}, migration
 * {@code V2__published_documents.sql}): the report (DOCX) and the results summary (XLSX) rendered when the
 * version was published, in the publishing transaction, and never changed after. Kept as BLOBs in the
 * database so they commit or roll back with kdclgd's published version (see the migration for why).
 *
 * <p>Plain JDBC through Spring's transaction-bound connection: the rows are the application's, not kdclgd's.
 */
@Component
public class FrozenDocuments {
    /** What is frozen at publication. */
    public static final List<ReportFile> FROZEN = List.of(new ReportFile(DocumentKind.REPORT, false),
            new ReportFile(DocumentKind.RESULTS_SUMMARY, true));

    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final AssessmentReports reports;
    private final Clock clock;

    FrozenDocuments(JdbcTemplate jdbc, EntityManager em, AssessmentReports reports, Clock clock) {
        this.jdbc = jdbc;
        this.em = em;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * A frozen document without its content.
     *
     * @param versionId  the published version
     * @param file       which document
     * @param fileName   the download name
     * @param sha256     SHA-256 of the content
     * @param size       bytes
     * @param renderedAt when it was rendered
     * @param renderedBy the account that published
     */
    public record Frozen(UUID versionId, ReportFile file, String fileName, String sha256, long size, Instant renderedAt, String renderedBy) {
    }

    /**
     * Renders {@link #FROZEN} from the assessment's data now and stores them for {@code version}, in the
     * caller's transaction (call it right after {@code AssessmentService.publish}). The export behind the
     * rendering is refused by kdclgd unless the actor may publish.
     */
    public List<Frozen> freeze(Actor actor, SelfAssessment assessment, PublishedVersion version) {
        em.flush(); // the published version row must exist for the foreign key
        ReportInput input = reports.input(actor, assessment);
        Instant now = clock.instant();
        String code = assessment.getSchool().getCode();
        for (ReportFile f : FROZEN) {
            byte[] bytes = reports.render(f, input);
            String name = f.fileName(code, assessment.getSchoolYear()).replaceFirst("\\.(docx|xlsx)$",
                    " - phiên bản " + version.getNumber() + ".$1");
            jdbc.update("""
                    INSERT INTO app_published_document (id, published_version_id, kind, format, file_name, media_type, sha256, size_bytes,
                        content, rendered_at, rendered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    UUID.randomUUID(), version.getId(), f.kind().name(), f.format(), name, f.mediaType(), sha256(bytes), (long) bytes.length,
                    bytes, Timestamp.from(now), actor.id());
        }
        return list(version.getId());
    }

    /** The frozen documents of a version (none for a version published before the application kept them). */
    public List<Frozen> list(UUID versionId) {
        return jdbc.query("""
                SELECT published_version_id, kind, format, file_name, sha256, size_bytes, rendered_at, rendered_by
                  FROM app_published_document WHERE published_version_id = ? ORDER BY format, kind""",
                (rs, i) -> new Frozen(rs.getObject(1, UUID.class), new ReportFile(DocumentKind.valueOf(rs.getString(2)), "XLSX".equals(rs.getString(3))),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getTimestamp(7).toInstant(), rs.getString(8)),
                versionId);
    }

    /** The content of one frozen document. */
    public Optional<byte[]> content(UUID versionId, ReportFile file) {
        return jdbc.query("SELECT content FROM app_published_document WHERE published_version_id = ? AND kind = ? AND format = ?",
                (rs, i) -> rs.getBytes(1), versionId, file.kind().name(), file.format()).stream().findFirst();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
