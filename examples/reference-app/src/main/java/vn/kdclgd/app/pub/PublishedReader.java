package vn.kdclgd.app.pub;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * The one place of the application that reads kdclgd's tables without an actor: the public disclosure pages
 * read published versions ({@code PublishedVersion}: number, date, level, hash, the frozen snapshot) and the
 * school's code and name — nothing else. Drafts, evidence files and accounts are never read here.
 */
@Component
public class PublishedReader {
    private final EntityManager em;

    PublishedReader(EntityManager em) {
        this.em = em;
    }

    /**
     * A school as the public pages name it.
     *
     * @param code the school's code
     * @param name the school's name
     */
    public record SchoolRef(String code, String name) {
    }

    /**
     * A published version.
     *
     * @param id           version id
     * @param assessmentId the self-assessment it publishes (to group versions)
     * @param number       version number
     * @param publishedAt  publication time
     * @param schoolLevel  the school level frozen with it
     * @param sha256       SHA-256 of the snapshot
     * @param snapshot     the canonical JSON snapshot ({@code kdclgd-published/1})
     */
    public record Version(UUID id, UUID assessmentId, int number, Instant publishedAt, int schoolLevel, String sha256, String snapshot) {
    }

    /** Schools with at least one published version, by name. */
    public List<SchoolRef> schoolsWithPublications() {
        return em.createQuery("""
                        select distinct s.code, s.name from PublishedVersion v join v.assessment a join a.school s order by s.name""", Object[].class)
                .getResultList().stream().map(r -> new SchoolRef((String) r[0], (String) r[1])).toList();
    }

    /** The school with this code. */
    public Optional<SchoolRef> school(String code) {
        return em.createQuery("select s.code, s.name from School s where s.code = :code", Object[].class).setParameter("code", code)
                .getResultStream().findFirst().map(r -> new SchoolRef((String) r[0], (String) r[1]));
    }

    /** The published versions of the school, newest first. */
    public List<Version> versions(String schoolCode) {
        return em.createQuery("""
                        select v.id, a.id, v.number, v.publishedAt, v.schoolLevel, v.contentHash, v.snapshot
                          from PublishedVersion v join v.assessment a join a.school s where s.code = :code
                         order by v.publishedAt desc, v.number desc""", Object[].class)
                .setParameter("code", schoolCode).getResultList().stream()
                .map(r -> new Version((UUID) r[0], (UUID) r[1], (Integer) r[2], (Instant) r[3], (Integer) r[4], (String) r[5], (String) r[6]))
                .toList();
    }
}
