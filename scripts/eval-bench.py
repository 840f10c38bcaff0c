#!/usr/bin/env python3
"""Scores a dossier built from the synthetic bench corpus against the corpus's ground truth.

The Hugo twin of the corpus (make-corpus.py --format hugo) carries, per article, the people
named in the text, the meetings and the date. This compares them with public/dossier.json:
person-name precision and recall (per article, names folded), meeting precision and recall
(place and date per article), and publication-date accuracy.

Usage: scripts/eval-bench.py DOSSIER_JSON HUGO_CONTENT_FOLDER
"""
import json, os, re, sys, unicodedata

def fold(text):
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()

def front_matter(path):
    text = open(path, encoding="utf-8").read()
    block = text.split("---")[1]
    result = {}
    for line in block.splitlines():
        if ":" not in line: continue
        key, value = line.split(":", 1)
        value = value.strip()
        if value.startswith("["):
            result[key] = json.loads(value)
        else:
            result[key] = value.strip('"')
    return result

def main():
    dossier = json.load(open(sys.argv[1], encoding="utf-8"))
    content = sys.argv[2]
    people = {p["id"]: p for p in dossier["people"]}
    meetings = {m["id"]: m for m in dossier["meetings"]}
    tp = fp = fn = 0
    mtp = mfp = mfn = 0
    dates_right = dates_total = 0
    for article in dossier["articles"]:
        stem = os.path.splitext(os.path.basename(article["source"]))[0]
        truth_path = os.path.join(content, stem + ".md")
        if not os.path.exists(truth_path): continue
        truth = front_matter(truth_path)
        expected = {fold(n) for n in truth.get("people", [])}
        found = {fold(people[i]["name"]) for i in article["people"] if i in people}
        tp += len(expected & found); fp += len(found - expected); fn += len(expected - found)
        exp_m = set()
        for m in truth.get("meetings", []):
            match = re.match(r"(\S+) (?:de |d’|d'|du |à )(.*) \((\d{4}-\d{2}-\d{2})\)", m)
            if match: exp_m.add((fold(match.group(2)), match.group(3)))
        got_m = {(fold(meetings[i]["place"] or ""), meetings[i]["date"] or "") for i in article["meetings"] if i in meetings}
        mtp += len(exp_m & got_m); mfp += len(got_m - exp_m); mfn += len(exp_m - got_m)
        if truth.get("date"):
            dates_total += 1
            dates_right += article["date"] == truth["date"]
    def pr(t, f, n):
        p = t / (t + f) if t + f else 0.0
        r = t / (t + n) if t + n else 0.0
        return p, r
    p, r = pr(tp, fp, fn)
    print(f"people:   precision {p:.3f}  recall {r:.3f}  ({tp} right, {fp} extra, {fn} missed)")
    p, r = pr(mtp, mfp, mfn)
    print(f"meetings: precision {p:.3f}  recall {r:.3f}  ({mtp} right, {mfp} extra, {mfn} missed; matched on place and date)")
    print(f"dates:    {dates_right}/{dates_total} publication dates right")

if __name__ == "__main__":
    main()
