package vn.kdclgd.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.internal.Json;

class RatingJsonTest {
    static final CatalogRegistry REGISTRY = CatalogRegistry.bundled();

    static RatingRequest read(String json) {
        return RatingJson.readRequest(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.json", REGISTRY);
    }

    static String allMet(Catalog c, boolean items) {
        StringBuilder sb = new StringBuilder("{");
        for (Criterion cr : c.criteria()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(cr.code()).append("\":{");
            for (int l = 1; l <= cr.maxLevel(); l++) {
                sb.append(l > 1 ? "," : "").append('"').append(l).append("\":");
                if (items) {
                    sb.append('{');
                    for (int k = 0; k < cr.items(l).size(); k++) {
                        sb.append(k > 0 ? "," : "").append('"').append(cr.items(l).get(k).key()).append("\":true");
                    }
                    sb.append('}');
                } else {
                    sb.append("true");
                }
            }
            sb.append('}');
        }
        return sb.append('}').toString();
    }

    @Test
    void outputHasTheContractFields() {
        Catalog c = REGISTRY.get("TT18-2018");
        String in = "{\"catalog\":\"TT18-2018\",\"judgements\":" + allMet(c, true)
                + ",\"level4\":{\"1\":true,\"2\":true,\"3\":true,\"4\":true,\"5\":true,\"6\":false}}";
        JsonNode out = Json.parse(RatingJson.toJson(read(in).rate()), "out");
        assertThat(out.get("complete").booleanValue()).isTrue();
        assertThat(out.get("missing")).isEmpty();
        assertThat(out.get("criteria").get("1.10").get("level").intValue()).isEqualTo(2);
        assertThat(out.get("criteria").get("5.6").get("level").intValue()).isEqualTo(3);
        assertThat(out.get("schoolLevel").intValue()).isEqualTo(3);
        assertThat(out.get("accreditationLevel").intValue()).isEqualTo(3);
        assertThat(out.get("nationalStandardDegree").intValue()).isEqualTo(2);
        assertThat(out.get("explanation").get(0).textValue()).contains("Thông tư 18/2018/TT-BGDĐT");
        assertThat(out.get("gaps").get(0).get("targetLevel").intValue()).isEqualTo(4);
        assertThat(out.get("gaps").get(0).get("level4Items").get(0).get("label").textValue()).isEqualTo("Mức 4 khoản 6");
    }

    @Test
    void tt57OutputHasNoAccreditationLevel() {
        Catalog c = REGISTRY.get("TT57-2026-GDTX");
        JsonNode out = Json.parse(RatingJson.toJson(read("{\"catalog\":\"TT57-2026-GDTX\",\"judgements\":" + allMet(c, false) + "}").rate()), "o");
        assertThat(out.get("schoolLevel").intValue()).isEqualTo(2);
        assertThat(out.get("accreditationLevel").isNull()).isTrue();
        assertThat(out.get("nationalStandardDegree").isNull()).as("chuẩn quốc gia does not apply to GDTX").isTrue();
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("{\"catalog\":\"TT57-2026-PT\",\"judgements\":{},\"extra\":1}", "KDCL-1101", "in.json $.extra"),
                Arguments.of("{\"judgements\":{}}", "KDCL-1102", "in.json $.catalog"),
                Arguments.of("{\"catalog\":\"TT57-2026-PT\"}", "KDCL-1102", "in.json $.judgements"),
                Arguments.of("{\"catalog\":\"TT99\",\"judgements\":{}}", "KDCL-1301", "in.json $.catalog"),
                Arguments.of("{\"catalog\":\"TT57-2026-PT\",\"judgements\":{\"1.1\":{\"1\":\"yes\"}}}", "KDCL-1103", "in.json $.judgements['1.1']['1']"),
                Arguments.of("{\"catalog\":\"TT57-2026-PT\",\"judgements\":{\"1.1\":{\"1\":{\"a\":1}}}}", "KDCL-1103", "in.json $.judgements['1.1']['1'].a"),
                Arguments.of("{\"catalog\":\"TT57-2026-PT\",\"judgements\":{\"1.1\":{\"M1\":true}}}", "KDCL-1103", "in.json $.judgements['1.1'].M1"),
                Arguments.of("{\"catalog\":\"TT57-2026-PT\",\"judgements\":{\"9.9\":{\"1\":true}}}", "KDCL-2001", "in.json $.judgements['9.9']"),
                Arguments.of("{\"catalog\":\"TT57-2026-PT\",\"judgements\":{\"1.1\":{\"3\":true}}}", "KDCL-2002", "in.json $.judgements['1.1']['3']"),
                Arguments.of("{\"catalog\":\"TT57-2026-PT\",\"judgements\":{\"1.1\":{\"1\":{\"z\":true}}}}", "KDCL-2003", "in.json $.judgements['1.1']['1']['z']"),
                Arguments.of("{\"catalog\":\"TT57-2026-PT\",\"judgements\":{},\"level4\":{\"1\":true}}", "KDCL-2004", "in.json $.level4"),
                Arguments.of("{\"catalog\":\"TT18-2018\",\"judgements\":{},\"level4\":{\"9\":true}}", "KDCL-2004", "in.json $.level4['9']"),
                Arguments.of("{\"catalog\":\"TT57-2026-PT\",\"judgements\":{},\"parts\":{}}", "KDCL-1101", "in.json $.judgements"),
                Arguments.of("{\"catalog\":\"TT57-2026-PT\",\"parts\":{\"THCS\":{\"judgements\":{\"0.1\":{\"1\":true}}}}}", "KDCL-2001",
                        "in.json $.parts['THCS'].judgements['0.1']"),
                Arguments.of("[1,2]", "KDCL-1103", "in.json $"),
                Arguments.of("{\"catalog\": ", "KDCL-1001", "in.json line 1, column 13"));
    }

    @ParameterizedTest(name = "{1} at {2}")
    @MethodSource("badRequests")
    void badInputSaysWhatAndWhere(String json, String code, String where) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(KdclException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.code()).isEqualTo(code);
                    assertThat(p.where()).isEqualTo(where.replace("line 1, column 13", "dòng/line 1, cột/column 13"));
                }));
    }

    @Test
    void multiLevelSchoolIsRatedPerLevelAndGetsTheLowest() {
        Catalog c = REGISTRY.get("TT57-2026-PT");
        String all = allMet(c, false);
        String thcs = all.replaceFirst("\"1.1\":\\{\"1\":true,\"2\":true}", "\"1.1\":{\"1\":true,\"2\":false}")
                .replaceFirst("\"1.2\":\\{\"1\":true,\"2\":true}", "\"1.2\":{\"1\":true,\"2\":false}")
                .replaceFirst("\"2.3\":\\{\"1\":true,\"2\":true}", "\"2.3\":{\"1\":true,\"2\":false}");
        assertThat(thcs).isNotEqualTo(all);
        RatingResult r = read("{\"catalog\":\"TT57-2026-PT\",\"parts\":{\"TIEU_HOC\":{\"judgements\":" + all
                + "},\"THCS\":{\"judgements\":" + thcs + "}}}").rate();
        assertThat(r.parts()).containsOnlyKeys("TIEU_HOC", "THCS");
        assertThat(r.parts().get("TIEU_HOC").schoolLevel()).isEqualTo(2);
        assertThat(r.parts().get("THCS").schoolLevel()).isEqualTo(1);
        assertThat(r.schoolLevel()).isEqualTo(1);
        assertThat(r.nationalStandardDegree()).hasValue(1);
        assertThat(r.criterion("1.1").level()).as("lowest part per criterion").isEqualTo(1);
        assertThat(r.gaps()).extracting(g -> g.part().orElseThrow()).containsExactly("THCS");
        assertThat(r.explanation()).last().asString().contains("mức thấp nhất").contains("Mức 1");

        Map<String, Judgements> parts = new LinkedHashMap<>();
        r.parts().keySet().forEach(k -> parts.put(k, Judgements.empty()));
        RatingResult custom = RatingEngine.rateParts(c, Map.of("TIEU_HOC", read("{\"catalog\":\"TT57-2026-PT\",\"judgements\":" + all + "}").judgements(),
                        "THCS", read("{\"catalog\":\"TT57-2026-PT\",\"judgements\":" + thcs + "}").judgements()),
                RatingOptions.defaults().withMultiLevelCombiner(levels -> levels.values().stream().mapToInt(Integer::intValue).max().orElse(0)));
        assertThat(custom.schoolLevel()).as("a vendor's own rule").isEqualTo(2);
        assertThat(parts).hasSize(2);
    }

    @Test
    void partsAreRefusedWhereTheCatalogDoesNotRatePerLevel() {
        assertThatThrownBy(() -> read("{\"catalog\":\"TT57-2026-MN\",\"parts\":{\"MAM_NON\":{\"judgements\":{}}}}").rate())
                .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-2005"));
        assertThatThrownBy(() -> read("{\"catalog\":\"TT57-2026-PT\",\"parts\":{\"MAM_NON\":{\"judgements\":{}}}}").rate())
                .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.problems().get(0).where()).isEqualTo("$.parts['MAM_NON']"));
    }

    @Test
    void gapsCanBeSwitchedOff() {
        RatingResult r = read("{\"catalog\":\"TT57-2026-PT\",\"judgements\":{},\"options\":{\"gaps\":false}}").rate();
        assertThat(r.gaps()).isEmpty();
        assertThat(r.complete()).isFalse();
    }
}
