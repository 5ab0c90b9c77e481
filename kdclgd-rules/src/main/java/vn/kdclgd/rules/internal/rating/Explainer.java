package vn.kdclgd.rules.internal.rating;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Condition;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.RecognitionKind;
import vn.kdclgd.rules.catalog.RecognitionScheme;
import vn.kdclgd.rules.catalog.SchoolRule;
import vn.kdclgd.rules.catalog.Selection;
import vn.kdclgd.rules.catalog.TransitionalRule;
import vn.kdclgd.rules.rating.JudgementRef;

/**
 * Writes the explanation of a rating: one sentence a line, in Vietnamese and in English, citing the
 * articles the catalog names. These are kdclgd's sentences about the rule, not regulation text.
 */
final class Explainer {
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_LISTED = 12;

    private final List<String> vi = new ArrayList<>();
    private final List<String> en = new ArrayList<>();

    Explainer(Rater r, int schoolLo, int schoolHi, List<JudgementRef> missing, boolean complete) {
        Catalog c = r.catalog;
        String act = act(c);
        line("Đánh giá theo " + act + " (danh mục " + c.id() + ").",
                "Rated against " + act + " (catalog " + c.id() + ").");
        SchoolRule rule = c.schoolRule();
        String basis = rule.article() + " " + act;
        for (SchoolRule.LevelRule lr : rule.levels()) {
            boolean all = true;
            List<String> partsVi = new ArrayList<>();
            List<String> partsEn = new ArrayList<>();
            for (Condition cond : lr.conditions()) {
                boolean ok = r.holds(cond, r.lo, r.level4Lo);
                all &= ok;
                describe(r, cond, ok, partsVi, partsEn);
            }
            line("Mức " + lr.level() + ": " + (all ? "đạt" : "không đạt") + " — " + String.join("; ", partsVi)
                            + " (căn cứ " + basis + ").",
                    "Level " + lr.level() + ": " + (all ? "met" : "not met") + " — " + String.join("; ", partsEn)
                            + " (basis: " + basis + ").");
            if (!all) {
                break;
            }
        }
        if (schoolLo == 0) {
            line("Kết luận: nhà trường không đạt Mức 1.", "Conclusion: the school does not reach Level 1.");
        } else {
            line("Kết luận: nhà trường đạt Mức " + schoolLo + ".", "Conclusion: the school reaches Level " + schoolLo + ".");
        }
        if (!complete) {
            line("Kết quả chưa đầy đủ: còn thiếu " + missing.size() + " nhận định (" + list(missing) + "); với các nhận định hiện có, "
                            + "nhà trường đạt chắc chắn Mức " + schoolLo + " và tối đa Mức " + schoolHi + " nếu các nhận định còn thiếu đều đạt.",
                    "The result is incomplete: " + missing.size() + " judgement(s) are missing (" + list(missing) + "); with the judgements "
                            + "given the school surely reaches Level " + schoolLo + ", and at most Level " + schoolHi + " if every missing one is met.");
        }
        r.scheme(RecognitionKind.ACCREDITATION).ifPresent(s -> {
            int level = s.levelFor(schoolLo);
            if (level > 0) {
                line("Theo " + s.article() + " " + act + ": mức này tương ứng công nhận đạt kiểm định chất lượng giáo dục cấp độ " + level
                                + " (khi có kết quả đánh giá ngoài và đủ các điều kiện khác).",
                        "Under " + s.article() + " " + act + ": this level corresponds to accreditation level " + level
                                + " (given an external review result and the other conditions).");
            } else {
                line("Theo " + s.article() + " " + act + ": chưa đủ mức để công nhận đạt kiểm định chất lượng giáo dục (cần đạt Mức "
                                + s.levels().get(0).minSchoolLevel() + " trở lên).",
                        "Under " + s.article() + " " + act + ": not enough for accreditation (Level "
                                + s.levels().get(0).minSchoolLevel() + " or above is needed).");
            }
        });
        RecognitionScheme ns = r.scheme(RecognitionKind.NATIONAL_STANDARD).orElse(null);
        if (ns == null) {
            line("Công nhận đạt chuẩn quốc gia không áp dụng theo danh mục " + c.id() + ".",
                    "National-standard recognition does not apply under catalog " + c.id() + ".");
        } else {
            int degree = ns.levelFor(schoolLo);
            if (degree > 0) {
                line("Theo " + ns.article() + " " + act + ": mức này đủ để xem xét công nhận đạt chuẩn quốc gia mức độ " + degree
                                + " (chỉ xét theo mức; các điều kiện khác của " + ns.article() + " cần xem xét riêng).",
                        "Under " + ns.article() + " " + act + ": this level supports national-standard recognition degree " + degree
                                + " (by level alone; the other conditions of " + ns.article() + " are checked separately).");
            } else {
                line("Theo " + ns.article() + " " + act + ": chưa đủ mức để công nhận đạt chuẩn quốc gia (cần đạt Mức "
                                + ns.levels().get(0).minSchoolLevel() + " trở lên).",
                        "Under " + ns.article() + " " + act + ": not enough for national-standard recognition (Level "
                                + ns.levels().get(0).minSchoolLevel() + " or above is needed).");
            }
        }
        for (TransitionalRule t : c.transitional()) {
            if (TransitionalRule.QUANTITATIVE_DATA_WARN_ONLY.equals(t.type())) {
                line("Từ " + VN_DATE.format(t.from()) + " đến hết " + VN_DATE.format(t.until()) + ", dữ liệu định lượng chính chỉ dùng để theo dõi, "
                                + "cảnh báo, không là căn cứ duy nhất hay ngưỡng loại trừ để kết luận không đạt (" + t.article() + " " + act + ").",
                        "From " + t.from() + " to " + t.until() + " key quantitative data may only be used for monitoring and warnings, "
                                + "never as the sole basis or an exclusion threshold (" + t.article() + " " + act + ").");
            }
        }
    }

    List<String> vietnamese() {
        return vi;
    }

    List<String> english() {
        return en;
    }

    private void line(String v, String e) {
        vi.add(v);
        en.add(e);
    }

    static String act(Catalog c) {
        String base = c.circular().map(x -> "Thông tư " + x).orElse(c.title());
        return c.appendix().map(a -> base + ", " + a).orElse(base);
    }

    private static void describe(Rater r, Condition cond, boolean ok, List<String> vi, List<String> en) {
        if (cond instanceof Condition.CriteriaCondition cc) {
            int selected = 0;
            int reached = 0;
            List<String> short_ = new ArrayList<>();
            for (int i = 0; i < r.criteria.length; i++) {
                Criterion c = r.criteria[i];
                if (cc.select().selects(c)) {
                    selected++;
                    if (r.lo[i] >= cc.requiredLevel(c)) {
                        reached++;
                    } else {
                        short_.add(c.code());
                    }
                }
            }
            String groupVi = switch (cc.select()) {
                case ALL -> "tiêu chí";
                case MANDATORY -> "tiêu chí bắt buộc";
                case NON_MANDATORY -> cc.select() == Selection.NON_MANDATORY && hasMandatory(r) ? "tiêu chí còn lại" : "tiêu chí";
            };
            String groupEn = switch (cc.select()) {
                case ALL -> "criteria";
                case MANDATORY -> "mandatory criteria";
                case NON_MANDATORY -> hasMandatory(r) ? "other criteria" : "criteria";
            };
            String need = cc.atLeast().isPresent() && cc.atLeast().getAsInt() < selected
                    ? "ít nhất " + cc.atLeast().getAsInt() + " trong " + selected + " " + groupVi
                    : "tất cả " + selected + " " + groupVi;
            String needEn = cc.atLeast().isPresent() && cc.atLeast().getAsInt() < selected
                    ? "at least " + cc.atLeast().getAsInt() + " of the " + selected + " " + groupEn
                    : "all " + selected + " " + groupEn;
            String cap = cc.capAtCriterionMax() && anyBelow(r, cc) ? " (tiêu chí không có Mức " + cc.minLevel() + " tính ở mức cao nhất của nó)" : "";
            String capEn = cc.capAtCriterionMax() && anyBelow(r, cc) ? " (criteria without level " + cc.minLevel() + " count at their highest level)" : "";
            String shortVi = ok || short_.isEmpty() ? "" : ", chưa đạt: " + shortList(short_);
            String shortEn = ok || short_.isEmpty() ? "" : ", short: " + shortList(short_);
            vi.add(need + " đạt Mức " + cc.minLevel() + " trở lên" + cap + ": " + reached + "/" + selected + shortVi);
            en.add(needEn + " at level " + cc.minLevel() + " or above" + capEn + ": " + reached + "/" + selected + shortEn);
        } else {
            int total = r.level4.length;
            int met = 0;
            for (Boolean b : r.level4) {
                if (Boolean.TRUE.equals(b)) {
                    met++;
                }
            }
            String article = r.catalog.level4().map(l -> l.article()).orElse("");
            vi.add("tất cả " + total + " yêu cầu Mức 4 (" + article + ") đạt: " + met + "/" + total);
            en.add("all " + total + " Mức-4 items (" + article + ") met: " + met + "/" + total);
        }
    }

    private static boolean hasMandatory(Rater r) {
        for (Criterion c : r.criteria) {
            if (c.mandatory()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyBelow(Rater r, Condition.CriteriaCondition cc) {
        for (Criterion c : r.criteria) {
            if (cc.select().selects(c) && c.maxLevel() < cc.minLevel()) {
                return true;
            }
        }
        return false;
    }

    private static String shortList(List<String> codes) {
        return codes.size() <= MAX_LISTED ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, MAX_LISTED)) + " …(+" + (codes.size() - MAX_LISTED) + ")";
    }

    private static String list(List<JudgementRef> refs) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < refs.size() && i < MAX_LISTED; i++) {
            labels.add(refs.get(i).label());
        }
        return String.join(", ", labels) + (refs.size() > MAX_LISTED ? " …(+" + (refs.size() - MAX_LISTED) + ")" : "");
    }
}
