#!/usr/bin/env python3
"""Check the TT22/2024 repeal mapping against the catalogs and write the amendment file.

How to run (Python 3.8+, standard library only)::

    python3 tools/build_tt22_amendment.py           # verify, print the report, write the file
    python3 tools/build_tt22_amendment.py --check   # verify; exit 1 if the bundled file is out of date

What it reads:

* ``../shared/regulations/TT22-2024-changes.json`` — title, date, effective-date note, the verbatim
  repeal sentences (C2 for TT17, C3 for TT18, truncated), the interpretation and its confidence, and
  the news-level summaries C4–C7;
* the bundled base catalogs ``kdclgd-rules/src/main/resources/vn/kdclgd/rules/catalogs/TT17-2018.json``
  and ``TT18-2018.json`` (written by ``tools/convert_catalogs.py``).

What it writes: ``kdclgd-rules/src/main/resources/vn/kdclgd/rules/amendments/TT22-2024.json``
(format ``kdclgd-amendment/1``, see ``docs/catalog-format.md``), UTF-8, 2-space indent, trailing
newline, NFC.

Before writing, every operation is checked against the base catalog: the criterion and level exist,
the keys exist, the targeted item is what the interpretation says it is (e.g. TT17 2.2 Mức 2 a is the
above-standard training-rate indicator, TT18 1.5 has a Mức 3, TT18 2.2 Mức 3 a is about chuẩn nghề
nghiệp and therefore not listed), the article/khoản arithmetic of the interpretation holds (khoản n of
Điều 17 = the n-th standard-1 criterion that has a Mức 3), and applying all operations leaves every
criterion with contiguous levels starting at 1. Any failed check aborts without writing.
"""

import argparse
import json
import os
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared", "regulations"))
RES = os.path.join(REPO, "kdclgd-rules", "src", "main", "resources", "vn", "kdclgd", "rules")
OUT = os.path.join(RES, "amendments", "TT22-2024.json")


class CheckError(Exception):
    pass


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def nfc(v):
    if isinstance(v, str):
        return unicodedata.normalize("NFC", v)
    if isinstance(v, list):
        return [nfc(x) for x in v]
    if isinstance(v, dict):
        return {nfc(k): nfc(x) for k, x in v.items()}
    return v


def criterion(cat, code):
    for s in cat["standards"]:
        for c in s["criteria"]:
            if c["code"] == code:
                return c
    raise CheckError("%s has no criterion %s" % (cat["id"], code))


def item(cat, code, level, key):
    for it in criterion(cat, code)["levels"].get(str(level), []):
        if it["key"] == key:
            return it["text"]
    raise CheckError("%s %s Mức %d has no item %s" % (cat["id"], code, level, key))


def excerpt(text, fragment):
    if fragment not in text:
        raise CheckError("interpretation excerpt not found in TT22-2024-changes.json: %r" % fragment)
    return fragment


def check(cond, message, report):
    if not cond:
        raise CheckError("FAILED: " + message)
    report.append("OK  " + message)


def with_mức3(cat, standard):
    return [c["code"] for s in cat["standards"] if s["number"] == standard for c in s["criteria"]
            if "3" in c["levels"]]


def apply_ops(cat, ops):
    """Levels of every criterion after the operations (dict code -> dict level -> keys)."""
    result = {}
    for s in cat["standards"]:
        for c in s["criteria"]:
            result[c["code"]] = {int(l): [i["key"] for i in items] for l, items in c["levels"].items()}
    for op in ops:
        levels = result[op["criterion"]]
        if "keys" in op:
            levels[op["level"]] = [k for k in levels[op["level"]] if k not in op["keys"]]
            if not levels[op["level"]]:
                del levels[op["level"]]
        else:
            del levels[op["level"]]
    return result


def contiguous(levels):
    return sorted(levels) == list(range(1, len(levels) + 1))


def build(report):
    src = load(os.path.join(SHARED, "TT22-2024-changes.json"))
    tt17 = load(os.path.join(RES, "catalogs", "TT17-2018.json"))
    tt18 = load(os.path.join(RES, "catalogs", "TT18-2018.json"))
    ch = {c["id"]: c for c in src["changes"]}
    c2, c3 = ch["C2"], ch["C3"]
    raw = json.dumps(src, ensure_ascii=False)

    # ---- checks, TT17 -------------------------------------------------------------------------
    report.append("TT17-2018 (C2):")
    check(set(criterion(tt17, "1.5")["levels"]) == {"1", "2"},
          "TT17 1.5 has Mức 1 and Mức 2 but no Mức 3 (so no Điều 17 entry is expected)", report)
    check("không quá 30 (ba mươi) lớp" in item(tt17, "1.5", 2, "a"),
          "TT17 1.5 Mức 2 a is the class-number limit \"không quá 30 (ba mươi) lớp\" (khoản 5 Điều 12)", report)
    check(with_mức3(tt17, 1)[3:4] == ["1.6"] and "1.5" not in with_mức3(tt17, 1),
          "TT17 standard-1 criteria with Mức 3 are %s (1.5 not among them)" % with_mức3(tt17, 1), report)
    t = item(tt17, "2.2", 2, "a")
    check("Tỷ lệ giáo viên đạt trên chuẩn trình độ đào tạo đạt ít nhất 55%" in t,
          "TT17 2.2 Mức 2 a is the above-standard training-rate indicator (≥ 55%/40%)", report)
    t = item(tt17, "2.2", 3, "a")
    check("Tỷ lệ giáo viên đạt trên chuẩn trình độ đào tạo đạt ít nhất 65%" in t,
          "TT17 2.2 Mức 3 a is the above-standard training-rate indicator (≥ 65%/50%)", report)
    for key in ("b", "c"):
        check("trên chuẩn trình độ đào tạo" not in item(tt17, "2.2", 2, key),
              "TT17 2.2 Mức 2 %s is not a training-rate indicator (stays)" % key, report)
    check("trên chuẩn trình độ đào tạo" not in item(tt17, "2.2", 3, "b"),
          "TT17 2.2 Mức 3 b is not a training-rate indicator (stays)", report)

    # ---- checks, TT18 -------------------------------------------------------------------------
    report.append("TT18-2018 (C3):")
    check(set(criterion(tt18, "1.5")["levels"]) == {"1", "2", "3"}, "TT18 1.5 has a Mức 3", report)
    check(item(tt18, "1.5", 2, "a") == "Trường có không quá 45 (bốn mươi lăm) lớp. Sỹ số học sinh trong lớp theo "
                                       "quy định.",
          "TT18 1.5 Mức 2 is the single item quoted in the interpretation (≤ 45 lớp, sĩ số)", report)
    check(with_mức3(tt18, 1) == ["1.1", "1.3", "1.4", "1.5", "1.6"] and with_mức3(tt18, 1)[3] == "1.5",
          "TT18 standard-1 criteria with Mức 3 are %s; the 4th (khoản 4 Điều 17) is 1.5" % with_mức3(tt18, 1),
          report)
    check("không quá 40 (bốn mươi) học sinh" in item(tt18, "1.5", 3, "a"),
          "TT18 1.5 Mức 3 a is the class-size limit (≤ 40 học sinh/lớp THCS-THPT)", report)
    check("tỷ lệ giáo viên trên chuẩn trình độ đào tạo" in item(tt18, "2.2", 2, "a"),
          "TT18 2.2 Mức 2 a is the above-standard training-rate indicator", report)
    check("trình độ đào tạo" not in item(tt18, "2.2", 3, "a") and "chuẩn nghề nghiệp" in item(tt18, "2.2", 3, "a"),
          "TT18 2.2 Mức 3 a concerns chuẩn nghề nghiệp, not the training rate (consistent with no Điều 18 entry)",
          report)
    s5 = [c["code"] for s in tt18["standards"] if s["number"] == 5 for c in s["criteria"]]
    check(s5[2:5] == ["5.3", "5.4", "5.5"], "TT18 khoản 3, 4, 5 of Điều 11 (standard 5, Mức 1) = criteria "
                                           "5.3, 5.4, 5.5", report)
    check(all("2" in criterion(tt18, c)["levels"] for c in ("5.3", "5.4", "5.5")),
          "TT18 5.3–5.5 all have Mức 2 (5.5 also Mức 3): repealing only their Mức 1 would leave levels "
          "without Mức 1 — not applied", report)

    # ---- operations ---------------------------------------------------------------------------
    m17 = ("; interpretation confidence (TT22-2024-changes.json C2): " + c2["interpretationConfidence"])
    m18 = ("; interpretation confidence (TT22-2024-changes.json C3): " + c3["interpretationConfidence"])
    i2, i3 = c2["interpretation"], c3["interpretation"]

    ops17 = [
        {"op": "repealItems", "provision": "khoản 5 Điều 12", "criterion": "1.5", "level": 2,
         "sourceText": c2["text"],
         "mapping": "LIKELY — whole Mức 2 of criterion 1.5: \"" + excerpt(
             i2, "khoản 5 Điều 12 = criterion 1.5 at Mức 2") + "\"" + m17},
        {"op": "repealItems", "provision": "điểm a khoản 2 Điều 13", "criterion": "2.2", "level": 2, "keys": ["a"],
         "sourceText": c2["text"],
         "mapping": "LIKELY — criterion 2.2 Mức 2 a: \"" + excerpt(
             i2, "điểm a khoản 2 Điều 13 = criterion 2.2 Mức 2 point a (tỷ lệ giáo viên trên chuẩn trình độ đào tạo "
                 "≥ 55%/40%)") + "\"" + m17},
        {"op": "repealItems", "provision": "điểm a khoản 2 Điều 18", "criterion": "2.2", "level": 3, "keys": ["a"],
         "sourceText": c2["text"],
         "mapping": "LIKELY — criterion 2.2 Mức 3 a: \"" + excerpt(
             i2, "điểm a khoản 2 Điều 18 = criterion 2.2 Mức 3 point a (≥ 65%/50%)") + "\"" + m17},
    ]
    ops18 = [
        {"op": "repealItems", "provision": "khoản 5 Điều 12", "criterion": "1.5", "level": 2,
         "sourceText": c3["text"],
         "mapping": "LIKELY — whole Mức 2 of criterion 1.5: \"" + excerpt(
             i3, "khoản 5 Điều 12 = criterion 1.5 Mức 2") + "\"" + m18},
        {"op": "repealItems", "provision": "điểm a khoản 2 Điều 13", "criterion": "2.2", "level": 2, "keys": ["a"],
         "sourceText": c3["text"],
         "mapping": "LIKELY — criterion 2.2 Mức 2 a: \"" + excerpt(
             i3, "điểm a khoản 2 Điều 13 = criterion 2.2 Mức 2 point a (tỷ lệ giáo viên trên chuẩn trình độ đào tạo "
                 "được duy trì ổn định …)") + "\"" + m18},
        {"op": "repealItems", "provision": "khoản 4 Điều 17", "criterion": "1.5", "level": 3,
         "sourceText": c3["text"],
         "mapping": "LIKELY — whole Mức 3 of criterion 1.5: \"" + excerpt(
             i3, "khoản 4 Điều 17 = criterion 1.5 Mức 3 (≤ 45 lớp; ≤ 40 học sinh/lớp THCS-THPT, ≤ 35 tiểu học): "
                 "in TT18 the standard-1 criteria having a Mức 3 requirement are 1.1, 1.3, 1.4, 1.5, 1.6, the 4th "
                 "being 1.5") + "\"" + m18},
    ]

    for cat, ops in ((tt17, ops17), (tt18, ops18)):
        for op in ops:
            check(op["provision"] in op["sourceText"],
                  "%s: provision \"%s\" occurs in the repeal sentence" % (cat["id"], op["provision"]), report)
            for key in op.get("keys", []):
                item(cat, op["criterion"], op["level"], key)
        after = apply_ops(cat, ops)
        check(all(contiguous(lv) and lv for lv in after.values()),
              "%s: after applying every operation all criteria have contiguous levels from Mức 1" % cat["id"],
              report)
        report.append("    result: " + ", ".join("%s %s" % (code, {l: after[code][l] for l in sorted(after[code])})
                                                 for code in ("1.5", "2.2")))

    div40 = ("Not catalog content (Chương II, the evaluation standards, is Điều 7–22, RULES.md §2); its content was not "
             "established — \"" + excerpt(i2, "Content of Điều 40 not established (likely provincial-level "
                                              "responsibilities, cf. C6)") + "\" (TT22-2024-changes.json C2).")
    div40_18 = ("Not catalog content (Chương II, the evaluation standards, is Điều 7–22, RULES.md §2); its content was not "
                "established — interpretation confidence \"" + excerpt(c3["interpretationConfidence"],
                                                                       "UNCERTAIN for 5.3-5.5 and Điều 40")
                + "\" (TT22-2024-changes.json C3).")
    targets = [
        {"base": "TT17-2018", "resultId": "TT17-2018+TT22-2024", "operations": ops17,
         "notApplied": [{"provision": "Điều 40", "reason": div40}],
         "unknown": ["Whether TT22/2024 also rewrote (sửa đổi, bổ sung) other TT17 criterion texts: only the repeal "
                     "list is verbatim; C1 says the circular also \"bãi bỏ, thay thế một số điều, biểu mẫu\" — "
                     "replacement wording not available."]},
        {"base": "TT18-2018", "resultId": "TT18-2018+TT22-2024", "operations": ops18,
         "notApplied": [
             {"provision": "khoản 3, khoản 4 và khoản 5 Điều 11",
              "reason": "Interpreted as criteria 5.3, 5.4, 5.5 at Mức 1 (UNCERTAIN, TT22-2024-changes.json C3). "
                        "Applying it would leave the Mức 2 (and, for 5.5, Mức 3) requirements of these criteria "
                        "without a Mức 1, and it is unknown whether the criteria were removed entirely (their "
                        "Mức 2/3 would be in Điều 16/21, beyond the truncation of the source list) or rewritten: \""
                        + excerpt(i3, "whether these criteria were removed entirely (their Mức 2/3 would be in "
                                      "Điều 16/21, beyond the truncation) or rewritten could not be established")
                        + "\"."},
             {"provision": "Điều 40", "reason": div40_18}],
         "unknown": ["The repeal list in the source is truncated after \"Điều 40\" (\"" + excerpt(
             c3["provision"], "... (list truncated in the source read)") + "\"); further repealed provisions (e.g. "
             "the Mức 2/3 of criteria 5.3–5.5 in Điều 16/21) may exist and are not applied.",
                     "Whether TT22/2024 rewrote other TT18 criterion texts: replacement wording not available."]},
    ]

    c4, c5, c6, c7 = ch["C4"], ch["C5"], ch["C6"], ch["C7"]
    unknown = [
        "Effective date of TT22/2024: not established (effective = null; see effectiveNote). Result catalogs are "
        "therefore never picked by date, only by id.",
        "TT19-2018: the repeal list was not found, so no TT19-2018+TT22-2024 target exists. C4 (" + c4["confidence"]
        + "): " + c4["text"],
        "Replacement texts: the amending text itself was not available; no operation writes text. C1 ("
        + ch["C1"]["confidence"] + "): " + ch["C1"]["text"],
        "C5 (" + c5["confidence"] + "): " + c5["text"],
        "C6 (" + c6["confidence"] + "): " + c6["text"] + " Not applied: catalogs do not model the recognition "
        "authority.",
        "C7 (" + c7["confidence"] + "): " + c7["text"] + " Not applied: an amendment cannot change recognition "
        "data, so the result catalogs keep upgradeWaitYears 2 with its note.",
    ]

    return {
        "format": "kdclgd-amendment/1",
        "id": src["id"],
        "title": src["title"],
        "issued": src["issued"],
        "effective": None,
        "effectiveNote": src["effectiveNote"],
        "confidence": src["confidence"],
        "sources": src["sources"],
        "targets": targets,
        "unknown": unknown,
    }, raw


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if the file is out of date")
    args = ap.parse_args(argv)
    report = []
    try:
        amendment, _ = build(report)
    except (CheckError, KeyError, OSError, ValueError) as e:
        print("\n".join(report), file=sys.stderr)
        print("build_tt22_amendment: " + str(e), file=sys.stderr)
        return 2
    print("\n".join(report))
    text = json.dumps(nfc(amendment), ensure_ascii=False, indent=2) + "\n"
    old = None
    if os.path.exists(OUT):
        with open(OUT, encoding="utf-8") as f:
            old = f.read()
    if args.check:
        if old != text:
            print("out of date: " + OUT, file=sys.stderr)
            return 1
        return 0
    if old != text:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print("wrote " + os.path.relpath(OUT, REPO))
    else:
        print("amendment up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
