package vn.kdclgd.smas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.internal.map.Field;
import vn.kdclgd.smas.internal.map.Problems;
import vn.kdclgd.smas.internal.map.TemplateReader;
import vn.kdclgd.smas.internal.map.TemplateSpec;
import vn.kdclgd.smas.internal.map.ValueMap;
import vn.kdclgd.smas.spi.TemplateProvider;

/**
 * The import templates in use: kdclgd's bundled ones (CSDL ngành students and staff, SMAS/vnEdu students,
 * class lists, room lists), templates found with {@link TemplateProvider}, and mapping files a vendor adds. Ids are
 * unique: two templates with one id are an error ({@code KDCL-9202}), never a silent choice. Immutable.
 */
public final class ImportTemplates {
    private static final String BUNDLED = "vn/kdclgd/smas/templates/";

    private final Map<String, TemplateSpec> specs;

    private ImportTemplates(Map<String, TemplateSpec> specs) {
        this.specs = Map.copyOf(specs);
    }

    /** The bundled templates and those of every {@link TemplateProvider} on the classpath. */
    public static ImportTemplates defaults() {
        return builder().addBundled().addProviders(ImportTemplates.class.getClassLoader()).build();
    }

    /** A builder starting empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** The templates, by id. */
    public List<TemplateInfo> list() {
        return specs.values().stream().sorted(java.util.Comparator.comparing(TemplateSpec::id))
                .map(s -> new TemplateInfo(s.id(), s.title(), s.source(), s.kind(),
                        s.required().stream().map(f -> s.columns().get(f).aliases().get(0)).toList(), s.origin()))
                .toList();
    }

    /** The template with {@code id}. */
    public Optional<TemplateInfo> get(String id) {
        return list().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    List<TemplateSpec> specs() {
        return specs.values().stream().sorted(java.util.Comparator.comparing(TemplateSpec::id)).toList();
    }

    /** Collects templates; {@link #build()} fails with every problem found. */
    public static final class Builder {
        private final Map<Field, ValueMap> defaults;
        private final List<TemplateSpec> specs = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        private Builder() {
            try (InputStream in = resource(BUNDLED + "values.json")) {
                defaults = TemplateReader.readValues(in, "values.json");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Adds kdclgd's bundled templates. */
        public Builder addBundled() {
            try (InputStream index = resource(BUNDLED + "bundled.txt");
                 BufferedReader r = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        try (InputStream in = resource(BUNDLED + line.strip())) {
                            add(in, "kdclgd:" + line.strip());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** Adds the templates of every {@link TemplateProvider} visible to {@code loader}. */
        public Builder addProviders(ClassLoader loader) {
            for (TemplateProvider p : ServiceLoader.load(TemplateProvider.class, loader)) {
                for (URL url : p.templates()) {
                    try (InputStream in = url.openStream()) {
                        add(in, url.toString());
                    } catch (IOException e) {
                        problems.add(Problem.of(Problems.TEMPLATE, url.toString(), "không đọc được tệp mẫu: " + e.getMessage(),
                                "cannot read the template file: " + e.getMessage()));
                    }
                }
            }
            return this;
        }

        /** Adds a mapping file, or every {@code *.json} file of a directory. */
        public Builder addPath(Path path) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(this::addPath);
                } catch (IOException e) {
                    problems.add(Problem.of(Problems.TEMPLATE, path.toString(), "không đọc được thư mục: " + e.getMessage(),
                            "cannot read the directory: " + e.getMessage()));
                }
                return this;
            }
            try (InputStream in = Files.newInputStream(path)) {
                add(in, path.toString());
            } catch (IOException e) {
                problems.add(Problem.of(Problems.TEMPLATE, path.toString(), "không đọc được tệp mẫu: " + e.getMessage(),
                        "cannot read the template file: " + e.getMessage()));
            }
            return this;
        }

        private void add(InputStream in, String origin) throws IOException {
            try {
                specs.add(TemplateReader.read(in, origin, defaults));
            } catch (KdclException e) {
                problems.addAll(e.problems());
            }
        }

        /** The templates; fails with every problem when a file is invalid or an id is used twice. */
        public ImportTemplates build() {
            Map<String, TemplateSpec> byId = new LinkedHashMap<>();
            List<Problem> all = new ArrayList<>(problems);
            for (TemplateSpec s : specs) {
                TemplateSpec before = byId.putIfAbsent(s.id(), s);
                if (before != null) {
                    all.add(Problem.of(Problems.DUPLICATE_TEMPLATE, s.origin(), "mã mẫu \"" + s.id() + "\" đã có ở " + before.origin()
                                    + "; đổi mã của một trong hai", "template id \"" + s.id() + "\" is already used by " + before.origin()
                                    + "; rename one of them"));
                }
            }
            if (!all.isEmpty()) {
                throw new KdclException(all);
            }
            return new ImportTemplates(byId);
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = ImportTemplates.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in;
        }
    }
}
