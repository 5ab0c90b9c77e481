package vn.kdclgd.rules.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.BundledTestFiles;

/** The bundled crosswalk and {@link Crosswalk}'s reading and validation. */
class CrosswalkTest {

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> criteria(String catalogId) {
        List<String> codes = new ArrayList<>();
        for (JsonNode s : BundledTestFiles.catalog(catalogId).get("standards")) {
            for (JsonNode c : s.get("criteria")) {
                codes.add(c.get("code").asText());
            }
        }
        return codes;
    }

    static Stream<String> fromIds() {
        return Crosswalk.bundled().mappings().stream().map(CrosswalkMapping::from);
    }

    @Test
    void bundledCrosswalkLoadsAndIsMarkedAsASuggestion() {
        Crosswalk x = Crosswalk.bundled();
        assertThat(x.id()).isEqualTo("TT2018-TT57-2026");
        assertThat(x.status()).startsWith("SUGGESTION").contains("not regulation");
        assertThat(x.mappings()).extracting(CrosswalkMapping::from, CrosswalkMapping::to).containsExactly(
                tuple("TT19-2018", "TT57-2026-MN"),
                tuple("TT17-2018", "TT57-2026-PT"),
                tuple("TT18-2018", "TT57-2026-PT"));
        assertThat(Crosswalk.bundled()).isSameAs(x);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fromIds")
    void everyOldCriterionAppearsExactlyOnceInCatalogOrder(String from) {
        CrosswalkMapping m = Crosswalk.bundled().mappingFrom(from).orElseThrow();
        List<String> mapped = m.entries().stream().map(CrosswalkEntry::criterion).toList();
        assertThat(mapped).as(from).doesNotHaveDuplicates().containsExactlyElementsOf(criteria(from));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fromIds")
    void everyTargetExistsInTheNewCatalog(String from) {
        CrosswalkMapping m = Crosswalk.bundled().mappingFrom(from).orElseThrow();
        Set<String> existing = new HashSet<>(criteria(m.to()));
        List<String> problems = new ArrayList<>();
        for (CrosswalkEntry e : m.entries()) {
            for (String t : e.targets()) {
                if (!existing.contains(t)) {
                    problems.add(from + " " + e.criterion() + " -> " + t + " does not exist in " + m.to());
                }
            }
            if (e.targets().stream().distinct().count() != e.targets().size()) {
                problems.add(from + " " + e.criterion() + ": duplicate target");
            }
            if (e.note().isBlank()) {
                problems.add(from + " " + e.criterion() + ": empty note");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void targetsLookUp() {
        Crosswalk x = Crosswalk.bundled();
        assertThat(x.targets("TT17-2018", "2.2")).containsExactly("2.2");
        assertThat(x.targets("TT18-2018", "1.10")).containsExactly("4.2");
        assertThat(x.targets("TT19-2018", "1.4")).first().isEqualTo("1.2");
        assertThat(x.targets("TT17-2018", "9.9")).isEmpty();
        assertThat(x.targets("TT57-2026-PT", "1.1")).isEmpty();
        assertThat(x.targets("nope", "1.1")).isEmpty();
        assertThat(x.mappingFrom("TT18-2018").flatMap(m -> m.entry("5.6")).flatMap(CrosswalkEntry::bestTarget))
                .contains("3.5");
    }

    @Test
    void modelIsImmutable() {
        Crosswalk x = Crosswalk.bundled();
        assertThatThrownBy(() -> x.mappings().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> x.mappings().get(0).entries().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> x.targets("TT17-2018", "1.1").clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void readsAValidDocumentAndNormalisesToNfc() {
        String decomposed = Normalizer.normalize("Tiêu chí mới", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Tiêu chí mới");
        Crosswalk x = Crosswalk.read(json("""
                {"format": "kdclgd-crosswalk/1", "id": "A-B", "title": "%s", "status": "test",
                 "mappings": [{"from": "A", "to": "B", "entries": [
                   {"criterion": "1.1", "targets": ["2.1", "1.1"], "note": "%s"},
                   {"criterion": "1.2", "targets": [], "note": "no sensible target"}]}]}
                """.formatted(decomposed, decomposed)), "test.json");
        assertThat(x.title()).isEqualTo("Tiêu chí mới");
        assertThat(x.mappings().get(0).entries().get(0).note()).isEqualTo("Tiêu chí mới");
        assertThat(x.targets("A", "1.1")).containsExactly("2.1", "1.1");
        assertThat(x.targets("A", "1.2")).isEmpty();
    }

    @Test
    void brokenCrosswalkReportsEveryProblemWithItsJsonPath() {
        String broken = """
                {"format": "kdclgd-crosswalk/2", "id": "bad id", "title": "", "colour": "blue",
                 "mappings": [
                   {"from": "TT17-2018", "to": "TT57-2026-PT", "entries": [
                     {"criterion": "1.1", "targets": ["1.1"], "note": "ok"},
                     {"criterion": "1.1", "targets": ["1.1", "1.1"], "note": "dup"},
                     {"criterion": "1", "targets": ["x.2", 3], "notes": "typo"},
                     {"criterion": "1.3", "targets": "1.2", "note": "ok"}]},
                   {"from": "TT17-2018", "to": "TT57-2026-PT", "entries": []},
                   "not an object"]}
                """;
        assertThatThrownBy(() -> Crosswalk.read(json(broken), "broken.json"))
                .isInstanceOfSatisfying(KdclException.class, e -> {
                    List<String> reported = e.problems().stream().map(p -> p.code() + " " + p.where()).toList();
                    assertThat(reported).containsExactlyInAnyOrder(
                            "KDCL-1101 broken.json $.colour",
                            "KDCL-1003 broken.json $.format",
                            "KDCL-1201 broken.json $.id",
                            "KDCL-1104 broken.json $.title",
                            "KDCL-1102 broken.json $.status",
                            "KDCL-4010 broken.json $.mappings[0].entries[1].targets[1]",
                            "KDCL-4009 broken.json $.mappings[0].entries[1].criterion",
                            "KDCL-1101 broken.json $.mappings[0].entries[2].notes",
                            "KDCL-4008 broken.json $.mappings[0].entries[2].criterion",
                            "KDCL-4008 broken.json $.mappings[0].entries[2].targets[0]",
                            "KDCL-1103 broken.json $.mappings[0].entries[2].targets[1]",
                            "KDCL-1102 broken.json $.mappings[0].entries[2].note",
                            "KDCL-1103 broken.json $.mappings[0].entries[3].targets",
                            "KDCL-4012 broken.json $.mappings[1].entries",
                            "KDCL-4011 broken.json $.mappings[1].from",
                            "KDCL-1103 broken.json $.mappings[2]");
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains(" / "));
                    assertThat(e.getMessage()).startsWith(e.problems().size() + " lỗi / problems:");
                });
    }

    @Test
    void messagesAreBilingualAndSayWhatToDo() {
        KdclException e = catchKdcl("""
                {"format": "kdclgd-crosswalk/1", "id": "x", "title": "t", "status": "s",
                 "mappings": [{"from": "A", "to": "B", "entries": [{"criterion": "1.1", "targets": []}]}]}
                """);
        Problem p = e.problems().get(0);
        assertThat(p.code()).isEqualTo("KDCL-1102");
        assertThat(p.where()).isEqualTo("x.json $.mappings[0].entries[0].note");
        assertThat(p.message()).isEqualTo(
                "thiếu trường bắt buộc \"note\" / required field \"note\" is missing");
    }

    @Test
    void malformedJsonIsOneProblem() {
        assertThat(catchKdcl("{\"format\": ").problems()).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("KDCL-1001"))
                .satisfies(p -> assertThat(p.where()).startsWith("x.json dòng/line 1"));
        assertThat(catchKdcl("").code()).isEqualTo("KDCL-1001");
        assertThat(catchKdcl("{\"id\": 1, \"id\": 2}").code()).as("duplicate keys").isEqualTo("KDCL-1001");
        assertThat(catchKdcl("{} {}").code()).as("trailing document").isEqualTo("KDCL-1001");
        assertThat(catchKdcl("[]").code()).isEqualTo("KDCL-1103");
    }

    private static KdclException catchKdcl(String text) {
        try {
            Crosswalk.read(json(text), "x.json");
        } catch (KdclException e) {
            return e;
        }
        throw new AssertionError("expected a KdclException for: " + text);
    }
}
