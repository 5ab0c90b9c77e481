package vn.kdclgd.rules.internal;

import static vn.kdclgd.rules.internal.JsonChecker.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kdclgd.rules.SchoolType;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Condition;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.EvidenceGuidance;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.catalog.KnownIssue;
import vn.kdclgd.rules.catalog.Level4;
import vn.kdclgd.rules.catalog.MultiLevelPolicy;
import vn.kdclgd.rules.catalog.MultiLevelSchools;
import vn.kdclgd.rules.catalog.QuotedText;
import vn.kdclgd.rules.catalog.RecognitionKind;
import vn.kdclgd.rules.catalog.RecognitionScheme;
import vn.kdclgd.rules.catalog.RuleText;
import vn.kdclgd.rules.catalog.SchoolRule;
import vn.kdclgd.rules.catalog.Selection;
import vn.kdclgd.rules.catalog.Standard;
import vn.kdclgd.rules.catalog.TransitionalRule;
import vn.kdclgd.rules.evidence.EvidenceCodeScheme;

/**
 * Reads a {@code kdclgd-catalog/1} tree into a {@link Catalog}, recording every problem in a
 * {@link JsonChecker}. The result is only meaningful when the checker has no problems.
 */
public final class CatalogReader {
    private static final Pattern ITEM_KEY = Pattern.compile("[a-zđ0-9]{1,3}");

    private static final Set<String> TOP = Set.of("format", "id", "regime", "title", "circular", "appendix",
            "appendixTitle", "appendixNote", "issued", "effective", "effectiveNote", "schoolTypes",
            "schoolTypesNote", "replaces", "replacesNote", "levels", "levelDefinitions", "evidenceCodeScheme",
            "standards", "level4", "criterionRule", "schoolRule", "multiLevelSchools", "recognition",
            "transitional", "knownIssues", "amendedBy", "notes", "sources", "confidence");
    private static final Set<String> STANDARD = Set.of("number", "name", "nameVariants", "criteria");
    private static final Set<String> CRITERION = Set.of("code", "name", "nameVariants", "mandatory", "levels",
            "levelTexts", "evidenceGroup", "suggestedEvidence", "suggestedEvidenceText", "quantitativeData",
            "quantitativeDataText", "noSeparateQuantitativeData");
    private static final Set<String> ITEM = Set.of("key", "text");
    private static final Set<String> LEVEL4 = Set.of("article", "items");
    private static final Set<String> RULE_TEXT = Set.of("text", "where", "textStatus");
    private static final Set<String> SCHOOL_RULE = Set.of("article", "text", "textStatus", "levels");
    private static final Set<String> LEVEL_RULE = Set.of("level", "conditions");
    private static final Set<String> CONDITION = Set.of("type", "select", "minLevel", "atLeast", "capAtCriterionMax");
    private static final Set<String> MULTI = Set.of("policy", "status");
    private static final Set<String> RECOGNITION = Set.of("kind", "name", "article", "levels", "validityYears",
            "validityArticle", "renewalLeadMonths", "upgradeWaitYears", "upgradeWaitNote", "conditions", "status");
    private static final Set<String> RECOGNITION_LEVEL = Set.of("level", "minSchoolLevel");
    private static final Set<String> QUOTED = Set.of("key", "text", "textStatus");
    private static final Set<String> TRANSITIONAL = Set.of("type", "from", "until", "article", "text", "textStatus");
    private static final Set<String> ISSUE = Set.of("criterion", "level", "key", "note");

    private final JsonChecker c;

    /** A reader that records problems in {@code checker}. */
    public CatalogReader(JsonChecker checker) {
        this.c = checker;
    }

    /** Reads the catalog; returns null when the root is not an object. */
    public Catalog read(JsonNode root) {
        JsonChecker.Obj o = c.object(root, "$", TOP);
        if (o == null) {
            return null;
        }
        o.format(Catalog.FORMAT);
        String id = o.id("id");
        String regime = o.string("regime");
        String title = o.string("title");
        LocalDate issued = o.date("issued");
        if (o.raw("effective") == null) {
            c.problem(Codes.MISSING_FIELD, o.at("effective"),
                    "thiếu trường \"effective\" (ghi null nếu chưa xác định được ngày hiệu lực)",
                    "field \"effective\" is missing (write null when the date is not established)");
        }
        Optional<LocalDate> effective = o.optDate("effective");
        List<SchoolType> schoolTypes = new ArrayList<>();
        List<JsonNode> types = o.array("schoolTypes", true);
        for (int i = 0; i < types.size(); i++) {
            JsonNode t = types.get(i);
            if (!t.isTextual() || !SchoolType.isValidCode(t.textValue())) {
                c.problem(Codes.BAD_VALUE, index(o.at("schoolTypes"), i),
                        "loại trường " + JsonChecker.describe(t) + " không hợp lệ, ví dụ \"THCS\", \"MAM_NON\"",
                        "invalid school type " + JsonChecker.describe(t) + ", e.g. \"THCS\", \"MAM_NON\"");
            } else if (schoolTypes.contains(new SchoolType(t.textValue()))) {
                c.problem(Codes.BAD_VALUE, index(o.at("schoolTypes"), i), "loại trường lặp lại: " + t.textValue(),
                        "duplicate school type: " + t.textValue());
            } else {
                schoolTypes.add(new SchoolType(t.textValue()));
            }
        }
        List<String> replaces = o.strings("replaces");
        int before = c.problems().size();
        int levels = o.integer("levels", 1, 9);
        if (c.problems().size() > before) {
            // an invalid "levels" must not cascade into an error for every level key below
            levels = 9;
        }

        Map<Integer, String> levelDefinitions = new LinkedHashMap<>();
        Optional<String> levelDefinitionsStatus = Optional.empty();
        JsonChecker.Obj defs = o.object("levelDefinitions", null, false);
        if (defs != null) {
            for (String name : defs.fieldNames()) {
                if (name.equals("status")) {
                    levelDefinitionsStatus = defs.optString("status");
                    continue;
                }
                int level = levelKey(name, levels, defs.at(name));
                String text = defs.string(name);
                if (level > 0) {
                    levelDefinitions.put(level, text);
                }
            }
        }

        EvidenceCodeScheme scheme = EvidenceCodeScheme.H;
        String schemeName = o.string("evidenceCodeScheme");
        if (!schemeName.isEmpty()) {
            try {
                scheme = EvidenceCodeScheme.valueOf(schemeName);
            } catch (IllegalArgumentException e) {
                c.problem(Codes.BAD_VALUE, o.at("evidenceCodeScheme"), "sơ đồ mã minh chứng \"" + schemeName + "\" không hợp lệ, cần \"H\" hoặc \"MC\"",
                        "evidence-code scheme \"" + schemeName + "\" is invalid, expected \"H\" or \"MC\"");
            }
        }

        List<Standard> standards = readStandards(o, levels);
        Optional<Level4> level4 = readLevel4(o);
        Optional<RuleText> criterionRule = Optional.empty();
        JsonChecker.Obj cr = o.object("criterionRule", RULE_TEXT, false);
        if (cr != null) {
            criterionRule = Optional.of(new RuleText(cr.string("text"), cr.string("where"), cr.string("textStatus")));
        }
        SchoolRule schoolRule = readSchoolRule(o, standards, levels, level4.isPresent());
        Optional<MultiLevelSchools> multi = Optional.empty();
        JsonChecker.Obj m = o.object("multiLevelSchools", MULTI, false);
        if (m != null) {
            String policy = m.string("policy");
            String status = m.string("status");
            try {
                multi = Optional.of(new MultiLevelSchools(MultiLevelPolicy.valueOf(policy), status));
            } catch (IllegalArgumentException e) {
                if (!policy.isEmpty()) {
                    c.problem(Codes.BAD_VALUE, m.at("policy"), "chính sách \"" + policy + "\" không hợp lệ, cần LOWEST",
                            "policy \"" + policy + "\" is invalid, expected LOWEST");
                }
            }
        }
        List<RecognitionScheme> recognition = readRecognition(o, schoolRule.maxLevel());
        List<TransitionalRule> transitional = readTransitional(o);
        List<KnownIssue> knownIssues = readKnownIssues(o, standards);
        List<String> amendedBy = o.strings("amendedBy");
        List<String> notes = o.strings("notes");
        String sources = o.string("sources");
        String confidence = o.string("confidence");

        if (c.hasProblems()) {
            return null;
        }
        return new Catalog(id, regime, title, o.optString("circular"), o.optString("appendix"),
                o.optString("appendixTitle"), o.optString("appendixNote"), issued, effective,
                o.optString("effectiveNote"), schoolTypes, o.optString("schoolTypesNote"), replaces,
                o.optString("replacesNote"), levels, levelDefinitions, levelDefinitionsStatus, scheme, standards,
                level4, criterionRule, schoolRule, multi, recognition, transitional, knownIssues, amendedBy, notes,
                sources, confidence);
    }

    private int levelKey(String name, int maxLevels, String path) {
        int level;
        try {
            level = Integer.parseInt(name);
        } catch (NumberFormatException e) {
            level = -1;
        }
        if (level < 1 || level > maxLevels || !String.valueOf(level).equals(name)) {
            c.problem(Codes.LEVELS, path, "khóa mức \"" + name + "\" không hợp lệ, cần \"1\" … \"" + maxLevels + "\"",
                    "level key \"" + name + "\" is invalid, expected \"1\" … \"" + maxLevels + "\"");
            return -1;
        }
        return level;
    }

    private List<Standard> readStandards(JsonChecker.Obj o, int maxLevels) {
        List<Standard> standards = new ArrayList<>();
        List<JsonNode> nodes = o.array("standards", true);
        for (int si = 0; si < nodes.size(); si++) {
            JsonChecker.Obj s = c.object(nodes.get(si), index(o.at("standards"), si), STANDARD);
            if (s == null) {
                continue;
            }
            int number = s.integer("number", 1, 99);
            if (s.has("number") && number != si + 1) {
                c.problem(Codes.STANDARD_ORDER, s.at("number"), "tiêu chuẩn số " + number + " không đúng thứ tự, cần " + (si + 1),
                        "standard number " + number + " out of order, expected " + (si + 1));
            }
            String name = s.string("name");
            List<String> variants = s.strings("nameVariants");
            List<Criterion> criteria = new ArrayList<>();
            List<JsonNode> cnodes = s.array("criteria", true);
            for (int ci = 0; ci < cnodes.size(); ci++) {
                Criterion criterion = readCriterion(cnodes.get(ci), index(s.at("criteria"), ci), si + 1, ci + 1, maxLevels);
                if (criterion != null) {
                    criteria.add(criterion);
                }
            }
            standards.add(new Standard(number, name, variants, criteria));
        }
        return standards;
    }

    private Criterion readCriterion(JsonNode node, String path, int standard, int n, int maxLevels) {
        JsonChecker.Obj o = c.object(node, path, CRITERION);
        if (o == null) {
            return null;
        }
        String expected = standard + "." + n;
        String code = o.string("code");
        if (!code.isEmpty() && !code.equals(expected)) {
            c.problem(Codes.CRITERION_ORDER, o.at("code"), "mã tiêu chí \"" + code + "\" không đúng thứ tự, cần \"" + expected + "\"",
                    "criterion code \"" + code + "\" out of order, expected \"" + expected + "\"");
        }
        String name = o.string("name");
        List<String> variants = o.strings("nameVariants");
        boolean mandatory = o.bool("mandatory", false);
        TreeMap<Integer, List<Item>> levels = new TreeMap<>();
        JsonChecker.Obj lv = o.object("levels", null, true);
        if (lv != null) {
            for (Map.Entry<String, JsonNode> e : lv.entries()) {
                int level = levelKey(e.getKey(), maxLevels, lv.at(e.getKey()));
                List<Item> items = readItems(e.getValue(), lv.at(e.getKey()));
                if (level > 0) {
                    levels.put(level, items);
                }
            }
            if (!levels.isEmpty() && (levels.firstKey() != 1 || levels.lastKey() != levels.size())) {
                c.problem(Codes.LEVELS, lv.path(), "các mức của tiêu chí " + expected + " phải liên tục từ 1 (có " + levels.keySet() + ")",
                        "levels of criterion " + expected + " must be contiguous from 1 (found " + levels.keySet() + ")");
            } else if (levels.isEmpty() && lv.fieldNames().isEmpty()) {
                c.problem(Codes.LEVELS, lv.path(), "tiêu chí " + expected + " cần ít nhất Mức 1",
                        "criterion " + expected + " needs at least level 1");
            }
        }
        Map<Integer, String> levelTexts = new LinkedHashMap<>();
        JsonChecker.Obj lt = o.object("levelTexts", null, false);
        if (lt != null) {
            for (String k : lt.fieldNames()) {
                int level = levelKey(k, maxLevels, lt.at(k));
                String text = lt.string(k);
                if (level > 0) {
                    if (!levels.containsKey(level)) {
                        c.problem(Codes.REFERENCE, lt.at(k), "levelTexts có Mức " + level + " nhưng levels không có",
                                "levelTexts has level " + level + " but levels has not");
                    }
                    levelTexts.put(level, text);
                }
            }
        }
        Optional<EvidenceGuidance> evidence = Optional.empty();
        if (o.has("evidenceGroup") || o.has("suggestedEvidence") || o.has("suggestedEvidenceText")
                || o.has("quantitativeData") || o.has("quantitativeDataText") || o.has("noSeparateQuantitativeData")) {
            evidence = Optional.of(new EvidenceGuidance(o.string("evidenceGroup"), o.strings("suggestedEvidence"),
                    o.string("suggestedEvidenceText"), o.strings("quantitativeData"), o.string("quantitativeDataText"),
                    o.bool("noSeparateQuantitativeData", false)));
        }
        if (levels.isEmpty() || levels.firstKey() != 1 || levels.lastKey() != levels.size()) {
            return null;
        }
        return new Criterion(code.isEmpty() ? expected : code, name, variants, mandatory, levels, levelTexts, evidence);
    }

    private List<Item> readItems(JsonNode node, String path) {
        List<Item> items = new ArrayList<>();
        if (node == null || !node.isArray()) {
            c.problem(Codes.WRONG_TYPE, path, "cần một mảng yêu cầu [{key, text}], gặp " + JsonChecker.describe(node),
                    "expected an array of items [{key, text}], found " + JsonChecker.describe(node));
            return items;
        }
        if (node.isEmpty()) {
            c.problem(Codes.EMPTY_LIST, path, "mức không có yêu cầu nào; bỏ mức này nếu tiêu chí không có mức đó",
                    "level has no items; remove the level if the criterion does not have it");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonChecker.Obj it = c.object(node.get(i), index(path, i), ITEM);
            if (it == null) {
                continue;
            }
            String key = it.string("key");
            String text = it.string("text");
            if (!key.isEmpty() && !ITEM_KEY.matcher(key).matches()) {
                c.problem(Codes.ITEM_KEY, it.at("key"), "khóa \"" + key + "\" không hợp lệ, dùng chữ thường a, b, c … hoặc số",
                        "key \"" + key + "\" is invalid; use lower-case letters a, b, c … or numbers");
            } else if (!key.isEmpty() && !keys.add(key)) {
                c.problem(Codes.ITEM_KEY, it.at("key"), "khóa \"" + key + "\" lặp lại trong cùng mức",
                        "key \"" + key + "\" is repeated within the level");
            }
            items.add(new Item(key, text));
        }
        return items;
    }

    private Optional<Level4> readLevel4(JsonChecker.Obj o) {
        JsonChecker.Obj l4 = o.object("level4", LEVEL4, false);
        if (l4 == null) {
            return Optional.empty();
        }
        String article = l4.string("article");
        JsonNode items = l4.raw("items");
        if (items == null) {
            c.problem(Codes.MISSING_FIELD, l4.at("items"), "thiếu trường bắt buộc \"items\"", "required field \"items\" is missing");
            return Optional.empty();
        }
        return Optional.of(new Level4(article, readItems(items, l4.at("items"))));
    }

    private SchoolRule readSchoolRule(JsonChecker.Obj o, List<Standard> standards, int maxLevels, boolean hasLevel4) {
        JsonChecker.Obj r = o.object("schoolRule", SCHOOL_RULE, true);
        if (r == null) {
            return new SchoolRule("", Optional.empty(), "", List.of());
        }
        String article = r.string("article");
        Optional<String> text = r.optString("text");
        String status = r.string("textStatus");
        List<SchoolRule.LevelRule> levelRules = new ArrayList<>();
        List<JsonNode> nodes = r.array("levels", true);
        List<Criterion> criteria = new ArrayList<>();
        standards.forEach(s -> criteria.addAll(s.criteria()));
        for (int li = 0; li < nodes.size(); li++) {
            JsonChecker.Obj l = c.object(nodes.get(li), index(r.at("levels"), li), LEVEL_RULE);
            if (l == null) {
                continue;
            }
            int level = l.integer("level", 1, 99);
            if (l.has("level") && level != li + 1) {
                c.problem(Codes.RULE_LEVELS, l.at("level"), "mức " + level + " không đúng thứ tự, cần " + (li + 1),
                        "level " + level + " out of order, expected " + (li + 1));
            }
            List<Condition> conditions = new ArrayList<>();
            List<JsonNode> cnodes = l.array("conditions", true);
            for (int ci = 0; ci < cnodes.size(); ci++) {
                Condition cond = readCondition(cnodes.get(ci), index(l.at("conditions"), ci), criteria, maxLevels, hasLevel4);
                if (cond != null) {
                    conditions.add(cond);
                }
            }
            levelRules.add(new SchoolRule.LevelRule(li + 1, conditions));
        }
        return new SchoolRule(article, text, status, levelRules);
    }

    private Condition readCondition(JsonNode node, String path, List<Criterion> criteria, int maxLevels, boolean hasLevel4) {
        JsonChecker.Obj o = c.object(node, path, CONDITION);
        if (o == null) {
            return null;
        }
        String type = o.string("type");
        switch (type) {
            case "level4": {
                for (String f : List.of("select", "minLevel", "atLeast", "capAtCriterionMax")) {
                    if (o.has(f)) {
                        c.problem(Codes.RULE_CONDITION, o.at(f), "điều kiện level4 không có trường \"" + f + "\"",
                                "a level4 condition has no field \"" + f + "\"");
                    }
                }
                if (!hasLevel4) {
                    c.problem(Codes.RULE_CONDITION, o.at("type"), "điều kiện level4 nhưng danh mục không có mục \"level4\"",
                            "a level4 condition, but the catalog has no \"level4\" block");
                }
                return new Condition.Level4Condition();
            }
            case "criteria": {
                String sel = o.string("select");
                Selection select = switch (sel) {
                    case "all" -> Selection.ALL;
                    case "mandatory" -> Selection.MANDATORY;
                    case "nonMandatory" -> Selection.NON_MANDATORY;
                    default -> {
                        if (!sel.isEmpty()) {
                            c.problem(Codes.BAD_VALUE, o.at("select"), "\"" + sel + "\" không hợp lệ, cần all, mandatory hoặc nonMandatory",
                                    "\"" + sel + "\" is invalid, expected all, mandatory or nonMandatory");
                        }
                        yield null;
                    }
                };
                int minLevel = o.integer("minLevel", 1, maxLevels);
                OptionalInt atLeast = o.optInteger("atLeast", 1, 999);
                boolean cap = o.bool("capAtCriterionMax", false);
                if (select == null) {
                    return null;
                }
                long selected = criteria.stream().filter(select::selects).count();
                if (selected == 0) {
                    c.problem(Codes.RULE_CONDITION, o.at("select"), "không có tiêu chí nào thuộc nhóm \"" + sel + "\"",
                            "no criterion is selected by \"" + sel + "\"");
                } else if (atLeast.isPresent() && atLeast.getAsInt() > selected) {
                    c.problem(Codes.RULE_CONDITION, o.at("atLeast"), atLeast.getAsInt() + " lớn hơn số tiêu chí được chọn (" + selected + ")",
                            atLeast.getAsInt() + " exceeds the " + selected + " selected criteria");
                }
                if (!cap) {
                    for (Criterion cr : criteria) {
                        if (select.selects(cr) && cr.maxLevel() < minLevel) {
                            c.problem(Codes.RULE_CONDITION, o.at("minLevel"), "tiêu chí " + cr.code() + " chỉ có đến Mức " + cr.maxLevel()
                                            + ", không thể đạt Mức " + minLevel + "; đặt \"capAtCriterionMax\": true nếu quy định tính tiêu chí đó ở mức cao nhất của nó",
                                    "criterion " + cr.code() + " only goes to level " + cr.maxLevel() + " and can never reach level " + minLevel
                                            + "; set \"capAtCriterionMax\": true if the act counts it at its maximum");
                            break;
                        }
                    }
                }
                return new Condition.CriteriaCondition(select, minLevel, atLeast, cap);
            }
            default:
                if (!type.isEmpty()) {
                    c.problem(Codes.BAD_VALUE, o.at("type"), "loại điều kiện \"" + type + "\" không hợp lệ, cần criteria hoặc level4",
                            "condition type \"" + type + "\" is invalid, expected criteria or level4");
                }
                return null;
        }
    }

    private List<RecognitionScheme> readRecognition(JsonChecker.Obj o, int maxSchoolLevel) {
        List<RecognitionScheme> out = new ArrayList<>();
        if (o.raw("recognition") == null) {
            c.problem(Codes.MISSING_FIELD, o.at("recognition"), "thiếu trường bắt buộc \"recognition\" (ghi [] nếu không có)",
                    "required field \"recognition\" is missing (write [] when there is none)");
            return out;
        }
        List<JsonNode> nodes = o.optArray("recognition", false);
        Set<RecognitionKind> seen = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonChecker.Obj r = c.object(nodes.get(i), index(o.at("recognition"), i), RECOGNITION);
            if (r == null) {
                continue;
            }
            String kindName = r.string("kind");
            RecognitionKind kind = null;
            for (RecognitionKind k : RecognitionKind.values()) {
                if (k.jsonName().equals(kindName)) {
                    kind = k;
                }
            }
            if (kind == null && !kindName.isEmpty()) {
                c.problem(Codes.BAD_VALUE, r.at("kind"), "loại công nhận \"" + kindName + "\" không hợp lệ, cần accreditation hoặc nationalStandard",
                        "recognition kind \"" + kindName + "\" is invalid, expected accreditation or nationalStandard");
            } else if (kind != null && !seen.add(kind)) {
                c.problem(Codes.RECOGNITION, r.at("kind"), "loại công nhận \"" + kindName + "\" xuất hiện hai lần",
                        "recognition kind \"" + kindName + "\" appears twice");
            }
            String name = r.string("name");
            String article = r.string("article");
            List<RecognitionScheme.RecognitionLevel> levels = new ArrayList<>();
            List<JsonNode> lnodes = r.array("levels", true);
            int prevLevel = 0;
            int prevMin = 0;
            for (int li = 0; li < lnodes.size(); li++) {
                JsonChecker.Obj l = c.object(lnodes.get(li), index(r.at("levels"), li), RECOGNITION_LEVEL);
                if (l == null) {
                    continue;
                }
                int level = l.integer("level", 1, 9);
                int min = l.integer("minSchoolLevel", 1, 99);
                if (l.has("minSchoolLevel") && min > maxSchoolLevel && maxSchoolLevel > 0) {
                    c.problem(Codes.RECOGNITION, l.at("minSchoolLevel"), "Mức " + min + " vượt mức cao nhất của quy tắc xếp mức trường (" + maxSchoolLevel + ")",
                            "level " + min + " exceeds the school rule's highest level (" + maxSchoolLevel + ")");
                }
                if (level <= prevLevel || min < prevMin) {
                    c.problem(Codes.RECOGNITION, l.path(), "các cấp công nhận phải tăng dần, mức trường yêu cầu không giảm",
                            "recognition levels must ascend and their school levels must not decrease");
                }
                prevLevel = level;
                prevMin = min;
                levels.add(new RecognitionScheme.RecognitionLevel(level, min));
            }
            OptionalInt validity = r.optInteger("validityYears", 1, 99);
            Optional<String> validityArticle = r.optString("validityArticle");
            OptionalInt renewal = r.optInteger("renewalLeadMonths", 1, 120);
            OptionalInt upgrade = r.optInteger("upgradeWaitYears", 1, 99);
            Optional<String> upgradeNote = r.optString("upgradeWaitNote");
            List<QuotedText> conditions = new ArrayList<>();
            List<JsonNode> cnodes = r.optArray("conditions", false);
            for (int ci = 0; ci < cnodes.size(); ci++) {
                JsonChecker.Obj q = c.object(cnodes.get(ci), index(r.at("conditions"), ci), QUOTED);
                if (q != null) {
                    conditions.add(new QuotedText(q.optString("key").orElse(""), q.string("text"), q.string("textStatus")));
                }
            }
            String status = r.string("status");
            if (kind != null) {
                out.add(new RecognitionScheme(kind, name, article, levels, validity, validityArticle, renewal, upgrade,
                        upgradeNote, conditions, status));
            }
        }
        return out;
    }

    private List<TransitionalRule> readTransitional(JsonChecker.Obj o) {
        List<TransitionalRule> out = new ArrayList<>();
        List<JsonNode> nodes = o.optArray("transitional", false);
        for (int i = 0; i < nodes.size(); i++) {
            JsonChecker.Obj t = c.object(nodes.get(i), index(o.at("transitional"), i), TRANSITIONAL);
            if (t == null) {
                continue;
            }
            String type = t.string("type");
            LocalDate from = t.date("from");
            LocalDate until = t.date("until");
            if (t.has("from") && t.has("until") && from.isAfter(until)) {
                c.problem(Codes.PERIOD, t.at("until"), "ngày kết thúc " + until + " trước ngày bắt đầu " + from,
                        "end " + until + " is before start " + from);
            }
            out.add(new TransitionalRule(type, from, until, t.string("article"), t.optString("text"), t.string("textStatus")));
        }
        return out;
    }

    private List<KnownIssue> readKnownIssues(JsonChecker.Obj o, List<Standard> standards) {
        List<KnownIssue> out = new ArrayList<>();
        List<JsonNode> nodes = o.optArray("knownIssues", false);
        for (int i = 0; i < nodes.size(); i++) {
            JsonChecker.Obj k = c.object(nodes.get(i), index(o.at("knownIssues"), i), ISSUE);
            if (k == null) {
                continue;
            }
            Optional<String> criterion = k.optString("criterion");
            OptionalInt level = k.optInteger("level", 1, 9);
            Optional<String> key = k.optString("key");
            String note = k.string("note");
            if (criterion.isPresent()) {
                Optional<Criterion> cr = standards.stream().flatMap(s -> s.criteria().stream())
                        .filter(x -> x.code().equals(criterion.get())).findFirst();
                if (cr.isEmpty()) {
                    c.problem(Codes.REFERENCE, k.at("criterion"), "không có tiêu chí " + criterion.get(),
                            "there is no criterion " + criterion.get());
                } else if (level.isPresent() && cr.get().items(level.getAsInt()).isEmpty()) {
                    c.problem(Codes.REFERENCE, k.at("level"), "tiêu chí " + criterion.get() + " không có Mức " + level.getAsInt(),
                            "criterion " + criterion.get() + " has no level " + level.getAsInt());
                } else if (level.isPresent() && key.isPresent()
                        && cr.get().items(level.getAsInt()).stream().noneMatch(it -> it.key().equals(key.get()))) {
                    c.problem(Codes.REFERENCE, k.at("key"), "Mức " + level.getAsInt() + " của tiêu chí " + criterion.get() + " không có yêu cầu " + key.get(),
                            "level " + level.getAsInt() + " of criterion " + criterion.get() + " has no item " + key.get());
                }
            }
            out.add(new KnownIssue(criterion, level, key, note));
        }
        return out;
    }
}
