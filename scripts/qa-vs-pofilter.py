#!/usr/bin/env python3
"""Jeju's checks side by side with Translate Toolkit's pofilter, on this repository's translations.

    python3 scripts/qa-vs-pofilter.py JEJU [--locales ko,ru,...] [--json FILE]

JEJU is a built jeju binary (.build/debug/jeju or .build/release/jeju). On a scratch copy of the project, for
each target language:

- clean: `jeju check --locale L --format json` on the translations as they are, and `pofilter --language=L` on
  the same translations exported with `jeju export --format po`: every finding of either on a clean file is a
  false alarm (the translations pass review as drafts; Jeju's suppressed findings, which a reviewer accepted,
  do not count);
- planted: one defect of each kind below written into one segment of the notice (or of the page messages),
  all kinds at once in different segments, then both tools run again. A defect counts as caught when the tool
  reports, on that segment, a check it did not report there on the clean file.

Prints a table per language (kinds planted, caught by each, false alarms on the clean files) and the kinds
each tool missed. Needs Translate Toolkit (pip install translate-toolkit==3.20.4) and polib.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

import polib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTICE = "2016-05-26-local-officials-learn-e-government"
LOCALES = ["ko", "vi", "id", "fil", "ms", "uz", "ru", "ar", "sw", "ha", "yo", "ig", "am"]
# The form of the quoted Director General's name in each language, and the same name changed (given name and
# family name's syllables swapped: "Lee Jae-in" for "Lee In-jae").
NAMES = {"ko": ("이인재", "이재인"), "ru": ("Ли Ин Джэ", "Ли Джэ Ин"), "ar": ("لي إن جاي", "لي جاي إن"), "am": ("ሊ ኢን-ጄ", "ሊ ጄ-ኢን")}
LATIN_NAME = ("Lee In-jae", "Lee Jae-in")
MARKED = {"vi", "yo", "ig", "ha", "uz"}
CYRILLIC = {"ru"}
LATIN = {"vi", "id", "fil", "ms", "uz", "sw", "ha", "yo", "ig"}

SEGMENT = re.compile(r'(<segment id="(?P<id>[^"]+)"[^>]*>\s*<source>(?P<source>.*?)</source>\s*<target>)(?P<target>.*?)(</target>)', re.S)


def run(args, cwd=None, ok=(0, 1)):
    r = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if r.returncode not in ok:
        sys.exit(f"{' '.join(args)} failed ({r.returncode}): {r.stderr}")
    return r.stdout


def unescape(text):
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def strip_marks(text):
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain.translate(str.maketrans("ɓɗƙƴƁƊƘƳʻđĐ", "bdkyBDKY'dD")))


# Each kind: a name, whether it applies to the segment (source, target, locale), and the planted target.
def digits(text):
    return re.search(r"\d+", text)


KINDS = [
    ("number changed", lambda s, t, l: "24" in s and digits(t),
     lambda s, t, l, o: t[:digits(t).start()] + str(int(digits(t).group()) + 18) + t[digits(t).end():]),
    ("number dropped", lambda s, t, l: "60" in s and digits(t),
     lambda s, t, l, o: t[:digits(t).start()] + t[digits(t).end():]),
    ("name changed", lambda s, t, l: "Lee In-jae" in s,
     lambda s, t, l, o: t.replace(*NAMES.get(l, LATIN_NAME))),
    ("word doubled", lambda s, t, l: len(t.split()) > 8,
     lambda s, t, l, o: " ".join(t.split()[:3] + [t.split()[2]] + t.split()[3:])),
    ("marks stripped", lambda s, t, l: l in MARKED and len(t) > 80 and strip_marks(t) != t,
     lambda s, t, l, o: strip_marks(t)),
    ("look-alike letter", lambda s, t, l: (l in LATIN and "o" in t) or (l in CYRILLIC and "о" in t),
     lambda s, t, l, o: t.replace("о", "o", 1) if l in CYRILLIC else t.replace("o", "о", 1)),
    ("sentence end dropped", lambda s, t, l: s.endswith(".") and len(t) > 40,
     lambda s, t, l, o: t.rstrip()[:-1]),
    ("bracket unpaired", lambda s, t, l: len(t) > 40 and "(" not in t,
     lambda s, t, l, o: t[: len(t) // 2] + "(" + t[len(t) // 2:]),
    ("double space", lambda s, t, l: len(t.split()) > 6,
     lambda s, t, l, o: t.replace(" ", "  ", 1)),
    ("left in English", lambda s, t, l: len(s) > 40,
     lambda s, t, l, o: s),
    ("other language pasted", lambda s, t, l: len(s) > 40,
     lambda s, t, l, o: o),
]


def segments(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def jeju_findings(jeju, project, locale):
    out = json.loads(run([jeju, "-C", project, "check", "--locale", locale, "--format", "json"]))
    found = {}
    for f in out["findings"]:
        found.setdefault(f["segment"], set()).add(f["check"])
    return found


def pofilter_findings(jeju, project, locale):
    folder = os.path.join(project, "po-" + locale)
    shutil.rmtree(folder, ignore_errors=True)
    run([jeju, "-C", project, "export", "--locale", locale, "--format", "po", "-o", folder], ok=(0,))
    found = {}
    for name in sorted(os.listdir(folder)):
        source, result = os.path.join(folder, name), os.path.join(folder, name + ".out")
        lang = "tl" if locale == "fil" else locale
        run([sys.executable, "-m", "translate.filters.pofilter", "--progress=none", f"--language={lang}", source, result], ok=(0, 1))
        if not os.path.exists(result):
            continue
        for entry in polib.pofile(result):
            tests = set(re.findall(r"\(pofilter\) ([\w-]+):", entry.tcomment or ""))
            if tests:
                found.setdefault(entry.msgctxt, set()).update(tests)
    return found


def newly(planted, clean, segment):
    return bool(planted.get(segment, set()) - clean.get(segment, set()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("jeju")
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--json")
    args = parser.parse_args()
    jeju = os.path.abspath(args.jeju)
    rows, missed = [], {"Jeju": {}, "pofilter": {}}
    with tempfile.TemporaryDirectory() as scratch:
        project = os.path.join(scratch, "project")
        os.mkdir(project)
        for item in ["jeju.yml", "locales", "glossary", "qa"]:
            (shutil.copytree if os.path.isdir(os.path.join(ROOT, item)) else shutil.copy)(os.path.join(ROOT, item), os.path.join(project, item))
        for locale in args.locales.split(","):
            path = os.path.join(project, "locales", locale, NOTICE + ".xlf")
            original = segments(path)
            other = "ru" if locale == "ko" else "ko"
            others = {m.group("id"): unescape(m.group("target")) for m in SEGMENT.finditer(segments(os.path.join(project, "locales", other, NOTICE + ".xlf")))}
            clean_jeju, clean_po = jeju_findings(jeju, project, locale), pofilter_findings(jeju, project, locale)
            # Plant each kind into the first segment it applies to that no other kind took.
            planted, taken, text = {}, set(), original
            for kind, applies, plant in KINDS:
                for m in SEGMENT.finditer(text):
                    sid, source, target = m.group("id"), unescape(m.group("source")), unescape(m.group("target"))
                    if sid in taken or not applies(source, target, locale):
                        continue
                    new = plant(source, target, locale, others.get(sid))
                    if not new or new == target:
                        continue
                    text = text[: m.start("target")] + escape(new) + text[m.end("target"):]
                    planted[kind], taken = sid, taken | {sid}
                    break
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            after_jeju, after_po = jeju_findings(jeju, project, locale), pofilter_findings(jeju, project, locale)
            with open(path, "w", encoding="utf-8") as f:
                f.write(original)
            caught = {"Jeju": [], "pofilter": []}
            for kind, sid in planted.items():
                for tool, (after, clean) in {"Jeju": (after_jeju, clean_jeju), "pofilter": (after_po, clean_po)}.items():
                    if newly(after, clean, sid):
                        caught[tool].append(kind)
                    else:
                        missed[tool].setdefault(kind, []).append(locale)
            rows.append({
                "locale": locale, "planted": len(planted),
                "jeju": len(caught["Jeju"]), "pofilter": len(caught["pofilter"]),
                "jejuFalse": sum(len(v) for v in clean_jeju.values()), "pofilterFalse": sum(len(v) for v in clean_po.values()),
                "pofilterOnly": sorted(set(caught["pofilter"]) - set(caught["Jeju"])),
                "kinds": sorted(planted), "segments": planted,
            })
    print("| lang | defects planted | caught by Jeju | caught by pofilter | caught by pofilter only | false alarms on the clean files: Jeju | pofilter |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['locale']} | {r['planted']} | {r['jeju']} | {r['pofilter']} | {', '.join(r['pofilterOnly']) or '—'} | {r['jejuFalse']} | {r['pofilterFalse']} |")
    total = {k: sum(r[k] for r in rows) for k in ["planted", "jeju", "pofilter", "jejuFalse", "pofilterFalse"]}
    print(f"| all | {total['planted']} | {total['jeju']} | {total['pofilter']} | | {total['jejuFalse']} | {total['pofilterFalse']} |")
    for tool, kinds in missed.items():
        print(f"\n{tool} missed: " + ("; ".join(f"{k} ({', '.join(v)})" for k, v in sorted(kinds.items())) or "nothing"))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"rows": rows, "missed": missed}, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
