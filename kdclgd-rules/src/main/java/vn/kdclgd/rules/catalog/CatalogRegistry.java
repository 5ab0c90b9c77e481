package vn.kdclgd.rules.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.SchoolType;
import vn.kdclgd.rules.internal.Amendment;
import vn.kdclgd.rules.internal.Codes;
import vn.kdclgd.rules.internal.Json;
import vn.kdclgd.rules.internal.JsonChecker;
import vn.kdclgd.rules.spi.CatalogProvider;
import vn.kdclgd.rules.spi.CatalogSource;

/**
 * An immutable set of validated catalogs: the bundled ones (TT17/18/19-2018, their TT22/2024
 * amendments, TT57/2026 MN/PT/GDTX) plus any a vendor supplies from files, directories, the classpath
 * or {@link CatalogProvider}s found with {@link ServiceLoader}.
 *
 * <p>Building a registry reads and validates every document first; if any has a problem the build
 * fails with all problems of all documents (never a half-loaded registry). Two catalogs with one id
 * are an error, never a silent choice.
 */
public final class CatalogRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogRegistry.class);
    private static final String BUNDLE_INDEX = "vn/kdclgd/rules/bundled.txt";

    private final Map<String, Catalog> catalogs;

    private CatalogRegistry(Map<String, Catalog> catalogs) {
        this.catalogs = catalogs;
    }

    /** The bundled catalogs only; loaded once and shared. */
    public static CatalogRegistry bundled() {
        return Bundled.INSTANCE;
    }

    /** The bundled catalogs plus those of every {@link CatalogProvider} on the context class loader. */
    public static CatalogRegistry defaultRegistry() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return builder().addBundled().addProviders(cl != null ? cl : CatalogRegistry.class.getClassLoader()).build();
    }

    /** A builder for a registry with exactly the sources you add. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every catalog, in load order (bundled first). */
    public List<Catalog> catalogs() {
        return List.copyOf(catalogs.values());
    }

    /** The catalog with {@code id}. */
    public Optional<Catalog> find(String id) {
        return Optional.ofNullable(catalogs.get(id));
    }

    /**
     * The catalog with {@code id}.
     *
     * @throws KdclException {@code KDCL-1301} naming the known ids when there is none
     */
    public Catalog get(String id) {
        Catalog c = catalogs.get(id);
        if (c == null) {
            throw new KdclException(Problem.of(Codes.UNKNOWN_CATALOG, "catalog \"" + id + "\"",
                    "không có danh mục \"" + id + "\"; các danh mục có: " + String.join(", ", catalogs.keySet()),
                    "there is no catalog \"" + id + "\"; known catalogs: " + String.join(", ", catalogs.keySet())));
        }
        return c;
    }

    /**
     * The catalog in force for {@code type} on {@code date}: among catalogs for that type effective on
     * or before the date, those replaced by another such catalog are dropped (TT57/2026 replaces
     * TT17/18/19-2018 from 07/7/2026). Catalogs with no established effective date are never picked.
     *
     * @return empty when no catalog applies (e.g. GDTX centres before 07/7/2026)
     * @throws KdclException {@code KDCL-1303} when several catalogs apply and none replaces the others
     */
    public Optional<Catalog> forSchool(SchoolType type, LocalDate date) {
        List<Catalog> candidates = catalogs.values().stream()
                .filter(c -> c.appliesTo(type) && c.effective().isPresent() && !c.effective().get().isAfter(date))
                .collect(Collectors.toList());
        List<Catalog> inForce = candidates.stream()
                .filter(c -> candidates.stream().noneMatch(other -> other != c && replaces(other, c)))
                .toList();
        if (inForce.size() > 1) {
            String ids = inForce.stream().map(Catalog::id).collect(Collectors.joining(", "));
            throw new KdclException(Problem.of(Codes.AMBIGUOUS_CATALOG, type + " " + date,
                    "nhiều danh mục cùng áp dụng (" + ids + "); khai báo \"replaces\" trong danh mục mới hoặc chọn theo mã",
                    "several catalogs apply (" + ids + "); declare \"replaces\" in the newer catalog or choose one by id"));
        }
        return inForce.stream().findFirst();
    }

    private static boolean replaces(Catalog newer, Catalog older) {
        if (newer.replaces().contains(older.id())) {
            return true;
        }
        return older.amendedBy().stream().anyMatch(newer.replaces()::contains);
    }

    /** Builds a {@link CatalogRegistry}. Sources are read in the order added, at {@link #build()}. */
    public static final class Builder {
        private final List<CatalogSource> sources = new ArrayList<>();
        private final List<Catalog> ready = new ArrayList<>();
        private final List<Problem> early = new ArrayList<>();

        private Builder() {
        }

        /** Adds the bundled catalogs and amendments. */
        public Builder addBundled() {
            ClassLoader cl = CatalogRegistry.class.getClassLoader();
            try (InputStream in = cl.getResourceAsStream(BUNDLE_INDEX)) {
                if (in == null) {
                    throw new IllegalStateException("kdclgd-rules is incomplete: " + BUNDLE_INDEX + " is missing");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String l = line.strip();
                    if (!l.isEmpty() && !l.startsWith("#")) {
                        sources.add(CatalogSource.ofResource(cl, "vn/kdclgd/rules/" + l));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + BUNDLE_INDEX, e);
            }
            return this;
        }

        /** Adds the documents of every {@link CatalogProvider} that {@code loader} finds. */
        public Builder addProviders(ClassLoader loader) {
            try {
                for (CatalogProvider p : ServiceLoader.load(CatalogProvider.class, loader)) {
                    addProvider(p);
                }
            } catch (java.util.ServiceConfigurationError e) {
                early.add(Problem.of(Codes.PROVIDER, "ServiceLoader", "không nạp được CatalogProvider: " + e.getMessage(),
                        "cannot load a CatalogProvider: " + e.getMessage()));
            }
            return this;
        }

        /** Adds the documents of one provider. */
        public Builder addProvider(CatalogProvider provider) {
            List<CatalogSource> list;
            try {
                list = provider.sources();
            } catch (RuntimeException e) {
                early.add(Problem.of(Codes.PROVIDER, provider.getClass().getName(),
                        "CatalogProvider gặp lỗi: " + e, "the CatalogProvider failed: " + e));
                return this;
            }
            LOG.info("kdclgd: {} catalog document(s) from provider {}", list.size(), provider.name());
            sources.addAll(list);
            return this;
        }

        /** Adds one catalog or amendment file. */
        public Builder addFile(Path file) {
            sources.add(CatalogSource.ofPath(file));
            return this;
        }

        /** Adds every {@code *.json} file of a directory (not recursive), in name order. */
        public Builder addDirectory(Path dir) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
                ds.forEach(files::add);
            } catch (IOException e) {
                early.add(Problem.of(Codes.IO, dir.toString(), "không đọc được thư mục: " + e.getMessage(),
                        "cannot read the directory: " + e.getMessage()));
                return this;
            }
            files.stream().sorted().forEach(this::addFile);
            return this;
        }

        /** Adds one document from the classpath of {@code loader}. */
        public Builder addResource(ClassLoader loader, String resource) {
            sources.add(CatalogSource.ofResource(loader, resource));
            return this;
        }

        /** Adds a catalog already built (e.g. by {@link CatalogLoader}). */
        public Builder addCatalog(Catalog catalog) {
            ready.add(catalog);
            return this;
        }

        /**
         * Reads and validates every source, applies amendments and builds the registry.
         *
         * @throws KdclException with every problem of every source; nothing is registered then
         */
        public CatalogRegistry build() {
            List<Problem> problems = new ArrayList<>(early);
            Map<String, Catalog> byId = new LinkedHashMap<>();
            Map<String, String> origin = new LinkedHashMap<>();
            List<Map.Entry<String, Amendment>> amendments = new ArrayList<>();
            for (Catalog c : ready) {
                register(c, "(API)", byId, origin, problems);
            }
            for (CatalogSource s : sources) {
                JsonNode root;
                try (InputStream in = s.opener().open()) {
                    root = Json.parse(in, s.name());
                } catch (KdclException e) {
                    problems.addAll(e.problems());
                    continue;
                } catch (IOException | RuntimeException e) {
                    problems.add(Problem.of(Codes.IO, s.name(), "không đọc được: " + e, "cannot read: " + e));
                    continue;
                }
                JsonChecker checker = new JsonChecker();
                if (Amendment.FORMAT.equals(root.path("format").asText())) {
                    Amendment a = Amendment.read(root, checker);
                    if (a != null) {
                        amendments.add(Map.entry(s.name(), a));
                    }
                } else {
                    Catalog c = new vn.kdclgd.rules.internal.CatalogReader(checker).read(root);
                    if (c != null && !checker.hasProblems()) {
                        register(c, s.name(), byId, origin, problems);
                    }
                }
                checker.problems().forEach(p -> problems.add(p.within(s.name())));
            }
            for (Map.Entry<String, Amendment> e : amendments) {
                for (Catalog c : e.getValue().apply(id -> Optional.ofNullable(byId.get(id)), e.getKey(), problems)) {
                    register(c, e.getKey(), byId, origin, problems);
                }
            }
            if (!problems.isEmpty()) {
                throw new KdclException(problems);
            }
            LOG.debug("kdclgd: registry with {} catalogs: {}", byId.size(), byId.keySet());
            return new CatalogRegistry(java.util.Collections.unmodifiableMap(byId));
        }

        private static void register(Catalog c, String source, Map<String, Catalog> byId, Map<String, String> origin,
                                     Collection<Problem> problems) {
            if (byId.containsKey(c.id())) {
                problems.add(Problem.of(Codes.DUPLICATE_CATALOG, source,
                        "mã danh mục \"" + c.id() + "\" đã có ở " + origin.get(c.id()) + "; mỗi danh mục cần một mã riêng",
                        "catalog id \"" + c.id() + "\" is already used by " + origin.get(c.id()) + "; every catalog needs its own id"));
                return;
            }
            byId.put(c.id(), c);
            origin.put(c.id(), source);
        }
    }

    private static final class Bundled {
        static final CatalogRegistry INSTANCE = builder().addBundled().build();
    }
}
