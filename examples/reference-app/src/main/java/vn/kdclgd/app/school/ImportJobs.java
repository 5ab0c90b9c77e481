package vn.kdclgd.app.school;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.ImportResult;
import vn.kdclgd.smas.SchoolDataImporter;

/**
 * Reading uploaded school data files in the background: a small in-memory registry of import jobs, each
 * keyed by a random id and owned by the account that uploaded (only that account sees it), run on two
 * threads of their own. A job reads its files with {@link SchoolDataImporter#read} (the dry run; nothing
 * is written) and keeps the {@link ImportResult} — counts only, no personal data — for the account to look
 * at and commit. The uploaded files are deleted as soon as the read ends, whatever its outcome.
 *
 * <p>kdclgd's importer reports no progress while it reads, so a job shows phases: uploaded → reading →
 * done (or failed). Jobs are forgotten two hours after they were created, and an account keeps its last
 * {@value #KEPT_PER_ACCOUNT}; an application restart forgets them all (the files were already deleted).
 */
@Component
public class ImportJobs implements DisposableBean {
    /** Jobs an account may have unfinished at once. */
    public static final int RUNNING_PER_ACCOUNT = 2;
    /** Jobs kept per account. */
    public static final int KEPT_PER_ACCOUNT = 5;
    private static final Duration KEEP = Duration.ofHours(2);
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where a job is. */
    public enum Phase {
        /** Files received, waiting for a thread. */
        UPLOADED("Đã tải lên, chờ đọc / uploaded, waiting"),
        /** The importer is reading. */
        READING("Đang đọc các tệp / reading the files"),
        /** Read: the result is ready. */
        DONE("Đã đọc xong / done"),
        /** The read stopped with problems. */
        FAILED("Không đọc được / failed");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        /** Vietnamese / English label. */
        public String label() {
            return label;
        }

        /** Whether the job has ended. */
        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /** One import job. Fields written by the worker are volatile; the rest never change. */
    public static final class Job {
        private final String id;
        private final UUID owner;
        private final UUID schoolId;
        private final String schoolYear;
        private final List<String> fileNames;
        private final Instant createdAt;
        private volatile Phase phase = Phase.UPLOADED;
        private volatile Instant startedAt;
        private volatile Instant finishedAt;
        private volatile ImportResult result;
        private volatile List<Problem> failure = List.of();
        private volatile Instant committedAt;

        Job(String id, UUID owner, UUID schoolId, String schoolYear, List<String> fileNames, Instant createdAt) {
            this.id = id;
            this.owner = owner;
            this.schoolId = schoolId;
            this.schoolYear = schoolYear;
            this.fileNames = List.copyOf(fileNames);
            this.createdAt = createdAt;
        }

        public String id() { return id; }
        public UUID owner() { return owner; }
        public UUID schoolId() { return schoolId; }
        public String schoolYear() { return schoolYear; }
        public List<String> fileNames() { return fileNames; }
        public Instant createdAt() { return createdAt; }
        public Phase phase() { return phase; }
        public Optional<Instant> startedAt() { return Optional.ofNullable(startedAt); }
        public Optional<Instant> finishedAt() { return Optional.ofNullable(finishedAt); }
        /** The dry run's result, once {@link Phase#DONE}. */
        public Optional<ImportResult> result() { return Optional.ofNullable(result); }
        /** Why the read failed ({@link Phase#FAILED}). */
        public List<Problem> failure() { return failure; }
        /** When the result was written into the school's profile. */
        public Optional<Instant> committedAt() { return Optional.ofNullable(committedAt); }

        /** Marks the result as written (after the commit's transaction committed). */
        public void committed(Instant at) {
            committedAt = at;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final SchoolDataImporter importer;
    private final Clock clock;
    private final ExecutorService executor;

    ImportJobs(SchoolDataImporter importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "kdclgd-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts reading {@code files} (all inside {@code dir}, which the job deletes when the read ends).
     *
     * @throws KdclException {@code KDCL-9564} when the account already has {@value #RUNNING_PER_ACCOUNT} unfinished jobs
     *                       (the files are deleted then too)
     */
    public Job start(UUID owner, UUID schoolId, String schoolYear, Path dir, List<Path> files) {
        expire();
        long running = jobs.values().stream().filter(j -> j.owner.equals(owner) && !j.phase.finished()).count();
        if (running >= RUNNING_PER_ACCOUNT) {
            delete(dir);
            throw new KdclException(Problem.of("KDCL-9564", "import", "đang có " + running + " lần nhập chưa đọc xong; đợi chúng xong rồi tải lên tiếp",
                    running + " imports are still being read; wait for them to finish, then upload again"));
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Job job = new Job(id, owner, schoolId, schoolYear, files.stream().map(p -> p.getFileName().toString()).toList(), clock.instant());
        jobs.put(id, job);
        trim(owner);
        executor.execute(() -> run(job, dir, files));
        return job;
    }

    private void run(Job job, Path dir, List<Path> files) {
        job.startedAt = clock.instant();
        job.phase = Phase.READING;
        ImportResult result = null;
        List<Problem> failure = List.of();
        try {
            result = importer.read(files, job.schoolYear);
        } catch (KdclException e) {
            failure = e.problems();
        } catch (RuntimeException e) {
            LOG.warn("import job {} failed", job.id, e);
            failure = unexpected(e);
        } catch (Error e) {
            failure = unexpected(e);
            throw e;
        } finally {
            delete(dir); // before the job shows as finished: a finished job has no file left
            job.result = result;
            job.failure = failure;
            job.finishedAt = clock.instant();
            job.phase = result != null ? Phase.DONE : Phase.FAILED;
        }
    }

    private static List<Problem> unexpected(Throwable e) {
        return List.of(Problem.of("KDCL-9565", "import", "đọc tệp bị lỗi ngoài dự kiến (" + e.getClass().getSimpleName()
                + "); không ghi gì. Thử lại hoặc báo quản trị hệ thống", "reading failed unexpectedly (" + e.getClass().getSimpleName()
                + "); nothing was written. Try again or tell the system administrator"));
    }

    /** The job, if it exists and belongs to {@code owner}. */
    public Optional<Job> find(String id, UUID owner) {
        expire();
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(j -> j.owner.equals(owner));
    }

    /** The account's jobs, newest first. */
    public List<Job> of(UUID owner) {
        expire();
        return jobs.values().stream().filter(j -> j.owner.equals(owner)).sorted(Comparator.comparing(Job::createdAt).reversed()).toList();
    }

    private void trim(UUID owner) {
        List<Job> mine = of(owner);
        mine.stream().skip(KEPT_PER_ACCOUNT).filter(j -> j.phase.finished()).forEach(j -> jobs.remove(j.id));
    }

    private void expire() {
        Instant limit = clock.instant().minus(KEEP);
        jobs.values().removeIf(j -> j.createdAt.isBefore(limit) && j.phase.finished());
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("cannot delete {}: {}", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", dir, e.getMessage());
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
