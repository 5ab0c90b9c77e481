#!/usr/bin/env python3
"""Convert the regulation source catalogs into bundled ``kdclgd-catalog/1`` files.

How to run (from anywhere; Python 3.8+, standard library only)::

    python3 tools/convert_catalogs.py            # (re)write the six catalog files
    python3 tools/convert_catalogs.py --check    # exit 1 if a bundled file is out of date
    python3 tools/convert_catalogs.py --shared /path/to/shared/regulations --out /tmp/catalogs

What it reads (read-only; default ``<repo>/../shared/regulations``):

* ``TT19-2018.json``, ``TT17-2018.json``, ``TT18-2018.json`` — the 2018 source catalogs;
* ``RULES.md`` — verbatim / near-verbatim / EN quotations used for the effective date, what TT19
  replaced, and the recognition conditions (every quoted string is checked to occur in it);
* ``tt57-2026/TT57-2026-MN.json``, ``-PT.json``, ``-GDTX.json`` — the TT57/2026 source catalogs;
* ``tt57-2026/RULES.md`` — khoản 1 Điều 16 conditions a)–d) (§10) and khoản 4 Điều 27 (§5), which
  are extracted from it, not retyped.

What it writes (default ``<repo>/kdclgd-rules/src/main/resources/vn/kdclgd/rules/catalogs/``):
``TT19-2018.json``, ``TT17-2018.json``, ``TT18-2018.json``, ``TT57-2026-MN.json``,
``TT57-2026-PT.json``, ``TT57-2026-GDTX.json`` in the format of ``docs/catalog-format.md``:
pretty-printed JSON, UTF-8 (not ASCII-escaped), 2-space indent, trailing newline, every string NFC.

Rules it follows:

* Regulation text (names, level items, Mức-4 items, TT57 evidence/quantitative data, quoted rules)
  is copied from the sources character for character; nothing is corrected. Known typos go into
  ``knownIssues`` and the converter asserts that the quoted suspect words really are in the item.
* Every string that claims to come from a Markdown source is asserted to occur in it verbatim.
* Unknown keys in a source object stop the conversion (a changed source must be looked at by a
  person, not silently dropped).
* English notes written here (status, notes, knownIssues) are kdclgd's own and say where the
  information comes from.
* Output is deterministic: same inputs, byte-identical outputs.
"""

import argparse
import json
import os
import re
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SHARED = os.path.normpath(os.path.join(REPO, "..", "shared", "regulations"))
DEFAULT_OUT = os.path.join(REPO, "kdclgd-rules", "src", "main", "resources", "vn", "kdclgd", "rules",
                           "catalogs")

FORMAT = "kdclgd-catalog/1"


class SourceError(Exception):
    """The sources are not what this converter expects."""


def read_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def require_in(text, source, source_name):
    """Return ``text`` after asserting it occurs verbatim in ``source``."""
    if text not in source:
        raise SourceError("not found verbatim in %s: %r" % (source_name, text))
    return text


def require_keys(obj, allowed, where):
    unknown = sorted(set(obj) - set(allowed))
    if unknown:
        raise SourceError("%s: unexpected source keys %s — update the converter" % (where, unknown))


def nfc(value):
    """Recursively normalise every string (keys and values) to NFC."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): nfc(v) for k, v in value.items()}
    return value


def dump(obj):
    return json.dumps(nfc(obj), ensure_ascii=False, indent=2) + "\n"


def find_item(catalog, criterion, level, key):
    for std in catalog["standards"]:
        for crit in std["criteria"]:
            if crit["code"] == criterion:
                for item in crit["levels"].get(str(level), []):
                    if item["key"] == key:
                        return item["text"]
    raise SourceError("%s: no item %s Mức %s %s" % (catalog["id"], criterion, level, key))


def copy_levels(levels, where):
    out = {}
    for level in sorted(levels, key=int):
        items = []
        for i, item in enumerate(levels[level]):
            require_keys(item, ("key", "text"), "%s.levels.%s[%d]" % (where, level, i))
            items.append({"key": item["key"], "text": item["text"]})
        out[level] = items
    return out


# ---------------------------------------------------------------------------------------------
# 2018 regime (TT17 / TT18 / TT19)
# ---------------------------------------------------------------------------------------------

EFFECTIVE_2018_SENTENCE = "Thông tư này có hiệu lực thi hành kể từ ngày 10 tháng 10 năm 2018."

CIRCULAR_2018 = {
    "TT19-2018": "19/2018/TT-BGDĐT",
    "TT17-2018": "17/2018/TT-BGDĐT",
    "TT18-2018": "18/2018/TT-BGDĐT",
}

# Quotations from RULES.md (each asserted to occur in it).
R_TT19_REPLACED = ("TT19 replaced Thông tư 25/2014/TT-BGDĐT (07/8/2014, KĐCL mầm non) and Thông tư "
                   "02/2014/TT-BGDĐT (08/02/2014, chuẩn quốc gia mầm non) (district education office "
                   "page summarising TT19; near-verbatim).")
R_NOT_CHECKED = ("What TT17 and TT18 replaced was not checked (UNCERTAIN: TT42/2012 for KĐCL and the "
                 "older chuẩn-quốc-gia regulations, e.g. TT59/2012 and TT47/2012).")
R_TT19_D34_A = "Hoạt động giáo dục ít nhất 05 năm"
R_TT19_D34_B = "Có kết quả đánh giá ngoài đạt từ Mức 1 trở lên theo quy định tại Mục 1 Chương II"
R_TT19_TRANSITION = ("Các trường mầm non đạt kiểm định chất lượng giáo dục cấp độ 1, 2, 3 theo Thông tư "
                     "25/2014/TT-BGDĐT tương đương trường mầm non đạt kiểm định chất lượng giáo dục cấp "
                     "độ 1, 2, 3 Quy định này.")
R_TT18_D34_A = ("Having at least an academic course in which students have graduated the secondary "
                "education program;")
R_TT18_D34_B = ("Achieving the external assessment results stating that the assessed school has conquered "
                "Level-1 or more in accordance with clause 1 of Article 6 herein.")
R_TT17_D34_A = "at least one cohort of students who have completed the primary education program"
R_D37_EN = ("A … school is recognized as meeting national standards when it meets the provisions in point a, "
            "clause 1, Article 34, and has an external evaluation result of Level 2 or higher according to "
            "… clause 1, Article 6 …")
R_TT18_D37_A = "Có ít nhất một khóa học sinh đã hoàn thành Chương trình trung học"
R_TT18_D37_B = "Có kết quả đánh giá ngoài đạt từ Mức 2 trở lên theo quy định tại khoản 1 Điều 6 của Quy định này"
R_D35_TT17 = ("Chứng nhận trường đạt kiểm định chất lượng giáo dục có giá trị 05 năm. Ít nhất 05 tháng trước "
              "thời hạn hết giá trị của Chứng nhận trường đạt kiểm định chất lượng giáo dục, trường tiểu học "
              "phải thực hiện xong quy trình tự đánh giá theo quy định tại Điều 23 và đăng ký đánh giá ngoài "
              "theo quy định tại Điều 26 của Quy định này để được công nhận lại. Việc công nhận lại thực hiện "
              "theo quy định tại Điều 34 của Quy định này.")
R_D6_EN = ("Primary schools are evaluated at the following levels: a) Level 1: Meets the criteria set forth "
           "in Section 1, Chapter II of this Regulation;")
R_ACCREDITATION_NAME = "Công nhận trường đạt kiểm định chất lượng giáo dục"
R_NATIONAL_NAME = "Công nhận trường đạt chuẩn quốc gia"

ST_EN = "EN translation (lawnet.vn), Vietnamese wording not seen — safe for logic, not for display"


def known_issues_2018(cid, src):
    """Known issues from shared/regulations/README.md, section "Known issues in the catalog texts"."""
    issues = []

    def item_issue(criterion, level, key, words, note):
        text = find_item(src, criterion, level, key)
        for w in words:
            if w not in text:
                raise SourceError("%s %s Mức %s %s: suspect words %r not in %r" % (cid, criterion, level, key,
                                                                                 w, text))
        issues.append({"criterion": criterion, "level": level, "key": key, "note": note})

    if cid == "TT17-2018":
        item_issue("1.6", 1, "b", ["báo cáo tài chính và cơ sở vật chất", "quy chế chỉ tiêu nội bộ"],
                   "Suspected transcription slips: \"báo cáo tài chính và cơ sở vật chất\" and \"quy chế chỉ tiêu "
                   "nội bộ\" — TT18/TT19 read \"báo cáo tài chính và tài sản\" and \"quy chế chi tiêu nội bộ\". "
                   "Kept verbatim; compare with the official text before display (shared/regulations README, "
                   "Known issues).")
        item_issue("1.6", 1, "c", ["có hiệu quả để khắc phục các hoạt động giáo dục"],
                   "Suspected transcription slip: \"có hiệu quả để khắc phục các hoạt động giáo dục\" — TT18/TT19 "
                   "read \"để phục vụ các hoạt động giáo dục\". Kept verbatim.")
        item_issue("4.2", 3, "a", ["các tô chức"],
                   "Suspected typo: \"các tô chức\" (tổ chức). Kept verbatim.")
        missing = []
        for std in src["standards"]:
            for crit in std["criteria"]:
                for level in sorted(crit["levels"], key=int):
                    for item in crit["levels"][level]:
                        if not item["text"].rstrip().endswith((";", ".")):
                            missing.append("%s Mức %s %s" % (crit["code"], level, item["key"]))
        issues.append({"note": "Many indicators lack the final \";\" or \".\" (punctuation only; the least "
                               "carefully typed of the three transcriptions): " + ", ".join(missing) + "."})
    elif cid == "TT18-2018":
        item_issue("5.1", 1, "b", ["năng cao khả năng làm việc theo nhóm"],
                   "Suspected typo: \"năng cao khả năng làm việc theo nhóm\" (nâng cao). Kept verbatim.")
        item_issue("5.5", 1, "c", ["tuyền thống"],
                   "Suspected typo: \"tuyền thống\" (truyền thống). Kept verbatim.")
        l4 = [x for x in src["level4"] if x["code"] == "4"]
        if not l4 or not l4[0]["text"].startswith("Thư viên có hệ thống"):
            raise SourceError("TT18 level4 #4 does not start with 'Thư viên có hệ thống'")
        issues.append({"level": 4, "key": "4",
                       "note": "Mức-4 item 4 (khoản 4 Điều 22, level4 key \"4\"): suspected typo \"Thư viên có hệ "
                               "thống…\" (Thư viện). Kept verbatim."})
    elif cid == "TT19-2018":
        for key in ("b", "c"):
            text = find_item(src, "1.4", 1, key)
            if text.rstrip().endswith((";", ".")):
                raise SourceError("TT19 1.4 Mức 1 %s unexpectedly ends with punctuation" % key)
            issues.append({"criterion": "1.4", "level": 1, "key": key,
                           "note": "Lacks the final \";\" or \".\" (punctuation only). Kept verbatim."})
        if len(find_item_list(src, "5.1", "3")) != 2:
            raise SourceError("TT19 5.1 is expected to have two Mức-3 indicators")
        issues.append({"criterion": "5.1", "level": 3,
                       "note": "In the source data the two Mức-3 indicators were tagged as level 2 although listed "
                               "under the \"Mức 3:\" heading; the transcription places them in level 3 (consistent "
                               "with the structure of the other criteria) — UNCERTAIN until checked against the "
                               "official text."})
    return issues


def find_item_list(src, code, level):
    for std in src["standards"]:
        for crit in std["criteria"]:
            if crit["code"] == code:
                return crit["levels"].get(level, [])
    raise SourceError("no criterion %s" % code)


def recognition_2018(cid, rules):
    r = lambda t: require_in(t, rules, "RULES.md")  # noqa: E731

    validity_status = ("Validity 05 năm and re-registration at least 05 tháng before expiry: VERBATIM for TT17 "
                       "khoản 2 Điều 35 (RULES.md §6)")
    if cid == "TT17-2018":
        validity_status += ": \"" + r(R_D35_TT17) + "\""
    else:
        validity_status += "; assumed identical here because RULES.md §2 says article numbers are the same in "\
                           "TT17/TT18/TT19 unless a difference is stated — UNCERTAIN for this circular"

    if cid == "TT19-2018":
        acc_conditions = [
            {"key": "a", "text": r(R_TT19_D34_A),
             "textStatus": "near-verbatim — khoản 1 Điều 34 as summarised by a district education office page "
                           "(RULES.md §5); point letter a per RULES.md §5"},
            {"key": "b", "text": r(R_TT19_D34_B),
             "textStatus": "near-verbatim — same page (RULES.md §5); point letter b inferred from the English "
                           "translation of TT18 khoản 1 Điều 34 (a, b) — UNCERTAIN"},
        ]
        acc_extra = (" Transition, near-verbatim (TT19, RULES.md §5): \"" + r(R_TT19_TRANSITION) + "\" — not "
                     "modelled (the format has no rule type for it).")
        nat_conditions = [
            {"text": r(R_D37_EN),
             "textStatus": ST_EN + "; khoản 1 Điều 37, stated identical for TT17/TT18/TT19 (RULES.md §5); "
                                   "ellipses as in RULES.md"},
            {"text": r(R_TT19_D34_A),
             "textStatus": "near-verbatim — point a khoản 1 Điều 34 for mầm non, which khoản 1 Điều 37 requires "
                           "(RULES.md §5)"},
        ]
    elif cid == "TT17-2018":
        acc_conditions = [
            {"key": "a", "text": r(R_TT17_D34_A),
             "textStatus": ST_EN + "; point a khoản 1 Điều 34 as cited via Điều 37 (RULES.md §5)"},
        ]
        acc_extra = (" Point b (external assessment result Mức 1 or higher) was seen only for TT18 (EN) and "
                     "TT19 (near-verbatim), not for TT17, so it is not listed in conditions.")
        nat_conditions = [
            {"text": r(R_D37_EN),
             "textStatus": ST_EN + "; khoản 1 Điều 37, stated identical for TT17/TT18/TT19 (RULES.md §5); "
                                   "ellipses as in RULES.md"},
            {"text": r(R_TT17_D34_A),
             "textStatus": ST_EN + "; point a khoản 1 Điều 34, which khoản 1 Điều 37 requires (RULES.md §5)"},
        ]
    else:
        acc_conditions = [
            {"key": "a", "text": r(R_TT18_D34_A), "textStatus": ST_EN + "; TT18 khoản 1 Điều 34 (RULES.md §5)"},
            {"key": "b", "text": r(R_TT18_D34_B), "textStatus": ST_EN + "; TT18 khoản 1 Điều 34 (RULES.md §5)"},
        ]
        acc_extra = ""
        nat_conditions = [
            {"text": r(R_TT18_D37_A),
             "textStatus": "near-verbatim — Vietnamese summary of TT18 Điều 37 (thuvienphapluat.vn news, "
                           "RULES.md §5)"},
            {"text": r(R_TT18_D37_B),
             "textStatus": "near-verbatim — Vietnamese summary of TT18 Điều 37 (thuvienphapluat.vn news, "
                           "RULES.md §5)"},
        ]

    accreditation = {
        "kind": "accreditation",
        "name": r(R_ACCREDITATION_NAME),
        "article": "Điều 34",
        "levels": [{"level": n, "minSchoolLevel": n} for n in (1, 2, 3, 4)],
        "validityYears": 5,
        "validityArticle": "khoản 2 Điều 35",
        "renewalLeadMonths": 5,
        "upgradeWaitYears": 2,
        "upgradeWaitNote": "2018 text; TT22/2024 reportedly cut it to 1 year (news summary, UNCERTAIN)",
        "conditions": acc_conditions,
        "status": "Cấp độ N requires school Mức N (RULES.md §5: near-verbatim TT19 \"Cấp độ 1: Đạt Mức 1 …\", "
                  "table; EN for TT18). Conditions: only texts found in RULES.md, each with its status; the "
                  "Vietnamese wording of Điều 34 was not seen except as a near-verbatim TT19 summary. "
                  + validity_status + ". Waiting time before a higher level: 2 years (2018 text, RULES.md §6)."
                  + acc_extra,
    }
    national = {
        "kind": "nationalStandard",
        "name": r(R_NATIONAL_NAME),
        "article": "Điều 37",
        "levels": [{"level": 1, "minSchoolLevel": 2}, {"level": 2, "minSchoolLevel": 3}],
        "validityYears": 5,
        "renewalLeadMonths": 5,
        "conditions": nat_conditions,
        "status": "Mức độ 1 requires school Mức 2, mức độ 2 requires Mức 3 or higher (EN khoản 2 Điều 37, "
                  "TT17/TT18/TT19; RULES.md §5). Validity 05 năm and re-registration at least 05 tháng before "
                  "expiry: EN for TT17 only (RULES.md §6), article number UNCERTAIN (Điều 38 by position), so "
                  "validityArticle is not given. No waiting time before mức độ 2 is established in RULES.md "
                  "(upgradeWaitYears absent). Recognition authority: Chủ tịch UBND cấp tỉnh in 2018, Giám đốc Sở "
                  "GDĐT after TT22/2024 (news summary, UNCERTAIN) — not modelled.",
    }
    return [accreditation, national]


def convert_2018(cid, shared, rules):
    src = read_json(os.path.join(shared, cid + ".json"))
    require_keys(src, ("id", "title", "schoolTypes", "issued", "standards", "level4", "sources", "confidence"),
                 cid)
    if src["id"] != cid:
        raise SourceError("%s: id is %r" % (cid, src["id"]))

    standards = []
    for s_i, std in enumerate(src["standards"]):
        require_keys(std, ("number", "name", "criteria", "nameVariants"), "%s.standards[%d]" % (cid, s_i))
        criteria = []
        for c_i, crit in enumerate(std["criteria"]):
            where = "%s.standards[%d].criteria[%d]" % (cid, s_i, c_i)
            require_keys(crit, ("code", "name", "levels", "nameVariants"), where)
            criteria.append({
                "code": crit["code"],
                "name": crit["name"],
                "nameVariants": list(crit.get("nameVariants", [])),
                "mandatory": False,
                "levels": copy_levels(crit["levels"], where),
            })
        standards.append({"number": std["number"], "name": std["name"],
                          "nameVariants": list(std.get("nameVariants", [])), "criteria": criteria})

    level4_items = []
    for i, item in enumerate(src["level4"]):
        require_keys(item, ("code", "text"), "%s.level4[%d]" % (cid, i))
        level4_items.append({"key": item["code"], "text": item["text"]})

    if cid == "TT19-2018":
        replaces = ["TT25-2014", "TT02-2014"]
        replaces_note = ("RULES.md §1: \"" + require_in(R_TT19_REPLACED, rules, "RULES.md") + "\" No catalogs "
                         "with these ids are bundled.")
    else:
        replaces = []
        replaces_note = ("Left empty on purpose: what this circular replaced was not checked. RULES.md §1: \""
                         + require_in(R_NOT_CHECKED, rules, "RULES.md") + "\"")

    criterion_levels = []
    for n in (1, 2, 3):
        criterion_levels.append({"level": n, "conditions": [
            {"type": "criteria", "select": "all", "minLevel": n, "capAtCriterionMax": True}]})
    criterion_levels.append({"level": 4, "conditions": [
        {"type": "criteria", "select": "all", "minLevel": 3, "capAtCriterionMax": True}, {"type": "level4"}]})

    notes = ["TT22/2024 amendments are not applied in this catalog (unamended 2018 text)."]
    if cid == "TT19-2018":
        notes.append("No TT19-2018+TT22-2024 variant exists: the TT22/2024 repeal list for TT19 was not found "
                     "(see amendments/TT22-2024.json, unknown).")
    else:
        notes.append("The variant " + cid + "+TT22-2024 is built at load time from this catalog and "
                     "amendments/TT22-2024.json.")
    notes.append("Superseded for new assessments by Thông tư 57/2026/TT-BGDĐT (07/7/2026); still needed for "
                 "certificates still valid and historical data (shared/regulations README).")

    return {
        "format": FORMAT,
        "id": cid,
        "regime": "TT2018",
        "title": src["title"],
        "circular": CIRCULAR_2018[cid],
        "issued": src["issued"],
        "effective": "2018-10-10",
        "effectiveNote": "VERBATIM (official codification \"Bộ pháp điển\", quoted in RULES.md §1; the same "
                         "sentence for TT17, TT18 and TT19): \""
                         + require_in(EFFECTIVE_2018_SENTENCE, rules, "RULES.md") + "\"",
        "schoolTypes": list(src["schoolTypes"]),
        "replaces": replaces,
        "replacesNote": replaces_note,
        "levels": 3,
        "evidenceCodeScheme": "H",
        "standards": standards,
        "level4": {"article": "Điều 22", "items": level4_items},
        "schoolRule": {
            "article": "khoản 1 Điều 6",
            "textStatus": "No Vietnamese wording seen; only the English translation published by lawnet.vn was "
                          "read (EN, RULES.md §4; Điều 6 khoản 1 of TT17, TT19 and TT18 stated identical), e.g. \""
                          + require_in(R_D6_EN, rules, "RULES.md") + " …\". The conditions are kdclgd's reading "
                          "of \"meets Section N of Chapter II\" (every criterion at Mức N; criteria without Mức 3 "
                          "count at Mức 2; Mức 4 = Mức 3 plus every Điều-22 item Đạt) — UNCERTAIN as to exact "
                          "wording (RULES.md §4). No \"at least X criteria\" threshold exists in the 2018 regime.",
            "levels": criterion_levels,
        },
        "recognition": recognition_2018(cid, rules),
        "knownIssues": known_issues_2018(cid, src),
        "notes": notes,
        "sources": src["sources"],
        "confidence": src["confidence"],
    }


# ---------------------------------------------------------------------------------------------
# TT57/2026 regime
# ---------------------------------------------------------------------------------------------

TT57_TOP_KEYS = ("id", "title", "circular", "appendix", "appendixTitle", "schoolTypes", "schoolTypesNote",
                 "issued", "effective", "replaces", "replacesNote", "levels", "mandatoryCriteria",
                 "appendixNote", "levelDefinitions", "standards", "schoolRule", "criterionRule", "counts",
                 "sources", "confidence")
TT57_CRITERION_KEYS = ("code", "name", "nameVariants", "mandatory", "levels", "levelTexts", "evidenceGroup",
                       "suggestedEvidence", "suggestedEvidenceText", "quantitativeData", "quantitativeDataText",
                       "noSeparateQuantitativeData")


def section(md, number):
    """The text of '## <number>. …' up to the next '## ' heading."""
    m = re.search(r"^## %d\. .*?(?=^## |\Z)" % number, md, re.S | re.M)
    if not m:
        raise SourceError("tt57-2026/RULES.md: section %d not found" % number)
    return m.group(0)


def tt57_conditions(rules57):
    sec = section(rules57, 10)
    found = re.findall(r'^  - ([a-d])\) "([^"\n]+)"$', sec, re.M)
    if [k for k, _ in found] != ["a", "b", "c", "d"]:
        raise SourceError("tt57 RULES.md §10: expected quoted conditions a)–d), found %r" % found)
    if "QUOTED" not in sec or "Nguyên văn khoản 1" not in sec:
        raise SourceError("tt57 RULES.md §10: status of khoản 1 Điều 16 changed")
    status = ("QUOTED — khoản 1 Điều 16 as given by family B (\"Nguyên văn khoản 1. Chép đúng để nhà trường đối "
              "chiếu\"; tt57-2026/RULES.md §10); official text not available")
    return [{"key": k, "text": t, "textStatus": status} for k, t in found]


def tt57_transitional_text(rules57):
    sec = section(rules57, 5)
    m = re.search(r'^> "([^"\n]+)"$', sec, re.M)
    if not m:
        raise SourceError("tt57 RULES.md §5: quoted khoản 4 Điều 27 not found")
    return m.group(1)


def known_issues_tt57(cid, src):
    """Discrepancies from tt57-2026/README.md ("Discrepancies and known issues") that concern the catalog."""
    issues = []
    if cid == "TT57-2026-PT":
        c14 = [c for s in src["standards"] for c in s["criteria"] if c["code"] == "1.4"][0]
        if c14["name"] != "Tự đánh giá, cải tiến, công khai và trách nhiệm giải trình" or not c14.get("nameVariants"):
            raise SourceError("PT 1.4 name/nameVariants changed")
        issues.append({"criterion": "1.4",
                       "note": "Criterion name differs between source families: family A \"Tự đánh giá, cải tiến, "
                               "công khai và trách nhiệm giải trình\" (used; same in MN and GDTX) vs family B \"Tự "
                               "đánh giá, cải tiến chất lượng, công khai và trách nhiệm giải trình\" (in "
                               "nameVariants). tt57-2026/README.md."})
        issues.append({"note": "Standard 3 name: family A's Phụ lục II heading \"… và phát triển học sinh\" (used) "
                               "vs family B and the PDT seed \"… và phát triển người học\" (in nameVariants); "
                               "possibly appendix vs body wording — UNCERTAIN. tt57-2026/README.md."})
        issues.append({"note": "levelDefinitions (\"Ghi chú của Phụ lục II về hai mức\") are quoted only by family "
                               "B; family A's extraction has no such note for Phụ lục II (it has definition notes "
                               "for Phụ lục I and III). tt57-2026/README.md."})
    elif cid == "TT57-2026-GDTX":
        c41 = [c for s in src["standards"] for c in s["criteria"] if c["code"] == "4.1"][0]
        if "Tỷ lệ sử dụng thiết bị (%)" not in c41["quantitativeData"]:
            raise SourceError("GDTX 4.1 quantitative item 'Tỷ lệ sử dụng thiết bị (%)' not found")
        issues.append({"criterion": "4.1",
                       "note": "Quantitative item \"Tỷ lệ sử dụng thiết bị (%)\" starts with a capital after a "
                               "semicolon — kept as in the source. tt57-2026/README.md."})
    return issues


def convert_tt57(cid, shared, rules57):
    src = read_json(os.path.join(shared, "tt57-2026", cid + ".json"))
    require_keys(src, TT57_TOP_KEYS, cid)
    if src["id"] != cid or src["levels"] != 2:
        raise SourceError("%s: unexpected id/levels" % cid)
    mandatory = set(src["mandatoryCriteria"])

    standards = []
    for s_i, std in enumerate(src["standards"]):
        require_keys(std, ("number", "name", "nameVariants", "criteria"), "%s.standards[%d]" % (cid, s_i))
        criteria = []
        for c_i, crit in enumerate(std["criteria"]):
            where = "%s.standards[%d].criteria[%d]" % (cid, s_i, c_i)
            require_keys(crit, TT57_CRITERION_KEYS, where)
            if crit["mandatory"] != (crit["code"] in mandatory):
                raise SourceError("%s: mandatory flag disagrees with mandatoryCriteria" % where)
            criteria.append({
                "code": crit["code"],
                "name": crit["name"],
                "nameVariants": list(crit.get("nameVariants", [])),
                "mandatory": crit["mandatory"],
                "levels": copy_levels(crit["levels"], where),
                "levelTexts": {k: crit["levelTexts"][k] for k in sorted(crit["levelTexts"], key=int)},
                "evidenceGroup": crit["evidenceGroup"],
                "suggestedEvidence": list(crit["suggestedEvidence"]),
                "suggestedEvidenceText": crit["suggestedEvidenceText"],
                "quantitativeData": list(crit["quantitativeData"]),
                "quantitativeDataText": crit["quantitativeDataText"],
                "noSeparateQuantitativeData": crit["noSeparateQuantitativeData"],
            })
        standards.append({"number": std["number"], "name": std["name"],
                          "nameVariants": list(std.get("nameVariants", [])), "criteria": criteria})

    sr = src["schoolRule"]
    require_keys(sr, ("text", "article", "textStatus", "logic"), cid + ".schoolRule")
    cr = src["criterionRule"]
    require_keys(cr, ("text", "where", "textStatus"), cid + ".criterionRule")

    out = {
        "format": FORMAT,
        "id": cid,
        "regime": "TT57-2026",
        "title": src["title"],
        "circular": src["circular"],
        "appendix": src["appendix"],
        "appendixTitle": src["appendixTitle"],
    }
    if "appendixNote" in src:
        out["appendixNote"] = src["appendixNote"]
    out.update({
        "issued": src["issued"],
        "effective": src["effective"],
        "effectiveNote": "REPORTED by both source families (tt57-2026/RULES.md §1: family A metadata "
                         "ngay_hieu_luc 2026-07-07, family B \"hiệu lực từ 07/7/2026\"); the article itself was "
                         "not seen.",
        "schoolTypes": list(src["schoolTypes"]),
        "schoolTypesNote": src["schoolTypesNote"],
        "replaces": list(src["replaces"]),
        "replacesNote": src["replacesNote"],
        "levels": 2,
    })
    if "levelDefinitions" in src:
        ld = src["levelDefinitions"]
        require_keys(ld, ("1", "2", "status"), cid + ".levelDefinitions")
        out["levelDefinitions"] = {"1": ld["1"], "2": ld["2"], "status": ld["status"]}
    out.update({
        "evidenceCodeScheme": "MC",
        "standards": standards,
        "criterionRule": {"text": cr["text"], "where": cr["where"], "textStatus": cr["textStatus"]},
        "schoolRule": {
            "article": sr["article"],
            "text": sr["text"],
            "textStatus": sr["textStatus"],
            "levels": [
                {"level": 1, "conditions": [
                    {"type": "criteria", "select": "mandatory", "minLevel": 1},
                    {"type": "criteria", "select": "nonMandatory", "minLevel": 1, "atLeast": 5}]},
                {"level": 2, "conditions": [
                    {"type": "criteria", "select": "mandatory", "minLevel": 2},
                    {"type": "criteria", "select": "nonMandatory", "minLevel": 2, "atLeast": 5},
                    {"type": "criteria", "select": "nonMandatory", "minLevel": 1}]},
            ],
        },
    })
    if cid == "TT57-2026-PT":
        sec4 = section(rules57, 4)
        require_in("NOT FOUND in any quoted text", sec4, "tt57-2026/RULES.md §4")
        require_in("**UNCERTAIN, an implementation choice**", sec4, "tt57-2026/RULES.md §4")
        out["multiLevelSchools"] = {
            "policy": "LOWEST",
            "status": "UNCERTAIN — implementation choice, not found in any quoted text (tt57-2026/RULES.md §4: "
                      "rating rule for trường phổ thông có nhiều cấp học NOT FOUND). Family A's implementation "
                      "rates each cấp học separately and takes the lowest result for the whole school; the PDT "
                      "schema stores results per cấp học. A caller can override the policy.",
        }
    notes = ["No accreditation (kiểm định chất lượng giáo dục, cấp độ) scheme: external assessment and cấp độ "
             "are NOT FOUND in any TT57 source (tt57-2026/RULES.md §11) — UNCERTAIN, an inference."]
    if cid == "TT57-2026-GDTX":
        out["recognition"] = []
        notes.insert(0, "No national-standard scheme: công nhận đạt chuẩn quốc gia applies only to trường mầm non "
                        "and trường phổ thông according to the circular's title (tt57-2026/RULES.md §1, scope "
                        "of recognition); GDTX centres have quality assurance only.")
    else:
        out["recognition"] = [{
            "kind": "nationalStandard",
            "name": "Công nhận trường đạt chuẩn quốc gia",
            "article": "Điều 16",
            "levels": [{"level": 1, "minSchoolLevel": 1}, {"level": 2, "minSchoolLevel": 2}],
            "validityYears": 5,
            "validityArticle": "khoản 2 Điều 19",
            "upgradeWaitYears": 2,
            "upgradeWaitNote": "khoản 4 Điều 19, REPORTED (family B): a school recognised at Mức độ 1 may be "
                               "considered for Mức độ 2 by the Sở \"sau ít nhất 02 năm kể từ ngày được công "
                               "nhận\" — \"có thể\", not automatic. Differs from the 1-year wait reported for "
                               "TT22/2024.",
            "conditions": tt57_conditions(rules57),
            "status": "Levels: khoản 2 Điều 16, REPORTED (school Mức 1 → Mức độ 1, Mức 2 → Mức độ 2). Validity: "
                      "khoản 2 Điều 19, QUOTED: \"" + require_in(
                          "Bằng công nhận trường đạt chuẩn quốc gia có giá trị 05 năm kể từ ngày ký quyết định.",
                          rules57, "tt57-2026/RULES.md") + "\" Renewal lead time and re-recognition procedure: NOT "
                      "FOUND (renewalLeadMonths absent). The four conditions must all be met (\"đáp ứng đồng thời "
                      "bốn yêu cầu\", REPORTED). Authority: Sở Giáo dục và Đào tạo (Điều 17, REPORTED). "
                      "Revocation: khoản 1 Điều 20 (REPORTED). Certificates issued before 07/7/2026 stay valid "
                      "\"đến hết thời hạn ghi trên bằng\" (khoản 2 Điều 27, REPORTED).",
        }]
    transitional_text = tt57_transitional_text(rules57)
    out["transitional"] = [{
        "type": "quantitativeDataWarnOnly",
        "from": "2026-07-07",
        "until": "2028-12-31",
        "article": "khoản 4 Điều 27",
        "text": transitional_text,
        "textStatus": "QUOTED — family B, \"trích nguyên văn\" (two repositories; tt57-2026/RULES.md §5); official "
                      "text not available. What applies after 31/12/2028 was NOT FOUND.",
    }]
    out["knownIssues"] = known_issues_tt57(cid, src)
    out["notes"] = notes
    out["sources"] = src["sources"]
    out["confidence"] = src["confidence"]
    return out


CATALOGS = ("TT19-2018", "TT17-2018", "TT18-2018", "TT57-2026-MN", "TT57-2026-PT", "TT57-2026-GDTX")


def build_all(shared):
    rules = read_text(os.path.join(shared, "RULES.md"))
    rules57 = read_text(os.path.join(shared, "tt57-2026", "RULES.md"))
    result = {}
    for cid in CATALOGS:
        if cid.startswith("TT57"):
            result[cid] = convert_tt57(cid, shared, rules57)
        else:
            result[cid] = convert_2018(cid, shared, rules)
    return result


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=DEFAULT_SHARED, help="folder shared/regulations (default: %(default)s)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if any output is out of date")
    args = ap.parse_args(argv)

    try:
        catalogs = build_all(args.shared)
    except (SourceError, OSError, ValueError) as e:
        print("convert_catalogs: " + str(e), file=sys.stderr)
        return 2

    stale = []
    for cid, obj in catalogs.items():
        path = os.path.join(args.out, cid + ".json")
        text = dump(obj)
        old = read_text(path) if os.path.exists(path) else None
        if old == text:
            continue
        stale.append(path)
        if not args.check:
            os.makedirs(args.out, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
    if args.check:
        for p in stale:
            print("out of date: " + p, file=sys.stderr)
        return 1 if stale else 0
    for p in stale:
        print("wrote " + os.path.relpath(p, REPO))
    if not stale:
        print("all catalogs up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
