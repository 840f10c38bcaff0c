#!/usr/bin/env python3
"""Score a built dossier against a careful reader's expectations, clip by clip.

usage: scripts/eval-calendar.py DOSSIER_JSON FIXTURE_DIR

FIXTURE_DIR holds, for each clip NAME.txt, a NAME.expect.json written by a reader before the
clip was ever built, plus seeds.expect.json (expectations for the seed clips, keyed by file
name). The dossier must have been built from the seeds and these clips together, so that the
calendar across clips counts (scripts/eval-calendar.sh does that).

Prints precision / recall / F1 per language and overall for:
  events        same clip, same date string and same precision (a clip's events are a set)
  meetings      same clip, same date at the coarser precision of the two, same place when the
                expectation names one
  participants  over matched meetings, names matched by surname (accents folded, usual
                transliterations folded); a meeting's participants are the union over the
                clips that report it, so they are scored against the union of what the
                readers expect of every clip matched to that same meeting (each matched
                clip counts once, in its language)
  participants/clip  the same, each clip's expectation alone against the meeting's union
                (a participant rightly found from another clip counts as an extra here)
  status        over matched meetings; the reader of the whole dossier knows a meeting took
                place once any clip reports it held, so the expected status of a meeting is
                the most advanced one any clip expects for it (held > cancelled > planned)
  dates         publication dates right / knowable (and dates given where none is knowable)
  people        newsmakers per clip, matched by surname
then a worklist: one line per miss and per extra.
"""
import json
import os
import sys
import unicodedata
from collections import defaultdict


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace("\u2019", "'").strip()


def surname_key(name):
    """A spelling-tolerant key for a person's surname (Zelenskyy/Zelensky, Poutine/Putin)."""
    tokens = fold(name).replace(".", " ").split()
    if not tokens:
        return ""
    s = tokens[-1]
    for a, b in (("ou", "u"), ("sch", "sh"), ("ch", "sh"), ("kh", "h"), ("y", "i"), ("j", "i")):
        s = s.replace(a, b)
    out = []
    for c in s:
        if not out or out[-1] != c:
            out.append(c)
    s = "".join(out)
    if s.endswith("e") and len(s) > 4:
        s = s[:-1]
    return s


PLACE_GROUPS = [
    {"geneve", "geneva", "genf"},
    {"moscou", "moscow", "kremlin"},
    {"floride", "florida", "hallandale"},
    {"anchorage", "alaska", "elmendorf"},
    {"washington", "maison blanche", "white house", "oval office", "bureau ovale"},
    {"bruxelles", "brussels"},
    {"londres", "london", "downing street"},
    {"kyiv", "kiev", "kyiv"},
    {"abou dhabi", "abu dhabi"},
    {"paris", "elysee"},
    {"berlin", "chancellerie", "chancellery"},
    {"mar-a-lago", "palm beach"},
    {"miami"},
    {"halifax"},
]


def place_matches(expected, got):
    if not expected:
        return True
    e, g = fold(expected), fold(got or "")
    if not g:
        return False
    if e in g or g in e:
        return True
    for group in PLACE_GROUPS:
        if any(x in e for x in group) and any(x in g for x in group):
            return True
    return False


def cut(date, precision):
    return {"day": date[:10], "month": date[:7], "year": date[:4]}.get(precision, date)


COARSE = {"day": 0, "month": 1, "year": 2}


def same_meeting_date(e_date, e_prec, g_date, g_prec):
    if not g_date:
        return False
    coarse = e_prec if COARSE.get(e_prec, 0) >= COARSE.get(g_prec, 0) else g_prec
    return cut(e_date, coarse) == cut(g_date, coarse)


class Tally:
    def __init__(self):
        self.tp = self.exp = self.got = 0

    def add(self, tp, exp, got):
        self.tp += tp
        self.exp += exp
        self.got += got

    def prf(self):
        p = self.tp / self.got if self.got else 1.0
        r = self.tp / self.exp if self.exp else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: eval-calendar.py DOSSIER_JSON FIXTURE_DIR")
    dossier_path, fixture_dir = sys.argv[1], sys.argv[2]
    with open(dossier_path, encoding="utf-8") as f:
        dossier = json.load(f)

    expectations = {}
    seeds_path = os.path.join(fixture_dir, "seeds.expect.json")
    if os.path.exists(seeds_path):
        with open(seeds_path, encoding="utf-8") as f:
            expectations.update(json.load(f))
    for name in sorted(os.listdir(fixture_dir)):
        if name.endswith(".expect.json") and name != "seeds.expect.json":
            with open(os.path.join(fixture_dir, name), encoding="utf-8") as f:
                expectations[name[: -len(".expect.json")] + ".txt"] = json.load(f)

    people = {p["id"]: p for p in dossier.get("people", [])}
    meetings = {m["id"]: m for m in dossier.get("meetings", [])}
    articles = {os.path.basename(a.get("source", "")): a for a in dossier.get("articles", [])}

    def person_keys(pid):
        p = people.get(pid)
        if not p:
            return {surname_key(pid)}
        return {surname_key(n) for n in [p.get("name", "")] + list(p.get("aliases") or [])}

    tallies = defaultdict(lambda: defaultdict(Tally))
    dates = defaultdict(lambda: [0, 0, 0])  # right, knowable, given where none knowable
    status_votes = defaultdict(list)  # meeting id -> [(lang, clip, expected status)]
    participant_votes = defaultdict(list)  # meeting id -> [(lang, expected participant names)]
    work = []

    for clip, exp in sorted(expectations.items()):
        lang = exp.get("lang", "?")
        art = articles.get(clip)
        if art is None:
            work.append(f"{clip}: MISSING clip not found in dossier.json")
            continue
        buckets = [tallies[lang], tallies["all"]]

        # publication date
        want, got_date = exp.get("date"), art.get("date")
        for key in (lang, "all"):
            if want:
                dates[key][1] += 1
                dates[key][0] += int(got_date == want)
            elif got_date:
                dates[key][2] += 1
        if want and got_date != want:
            work.append(f"{clip}: DATE want {want} got {got_date} ({art.get('date_basis')})")
        elif not want and got_date:
            work.append(f"{clip}: DATE want none got {got_date} ({art.get('date_basis')})")

        # events
        exp_events = {}
        for e in exp.get("events", []):
            exp_events.setdefault((e["date"], e["precision"]), e.get("text", ""))
        got_events = {}
        for e in art.get("events", []):
            got_events.setdefault((e.get("date"), e.get("precision")), e.get("text", ""))
        tp = len(set(exp_events) & set(got_events))
        for b in buckets:
            b["events"].add(tp, len(exp_events), len(got_events))
        for k in sorted(set(exp_events) - set(got_events)):
            work.append(f"{clip}: EVENT miss {k[0]} {k[1]}: {exp_events[k]}")
        for k in sorted(set(got_events) - set(exp_events), key=lambda k: (k[0] or "", k[1] or "")):
            work.append(f"{clip}: EVENT extra {k[0]} {k[1]}: {(got_events[k] or '')[:110]}")

        # meetings
        got_ids = [m for m in art.get("meetings", []) if m in meetings]
        used = set()
        matched = []
        exp_meetings = exp.get("meetings", [])
        # exact precision and named place first, so a looser match cannot take another's meeting
        order = sorted(range(len(exp_meetings)), key=lambda i: (exp_meetings[i].get("place") is None,))
        pairs = {}
        for i in order:
            em = exp_meetings[i]
            best = None
            for mid in got_ids:
                if mid in used:
                    continue
                gm = meetings[mid]
                if not same_meeting_date(em["date"], em.get("precision", "day"), gm.get("date"), gm.get("precision", "day")):
                    continue
                if not place_matches(em.get("place"), gm.get("place")):
                    continue
                want = {surname_key(n) for n in em.get("participants", [])}
                overlap = sum(1 for pid in gm.get("participants", []) if person_keys(pid) & want)
                score = ((gm.get("precision") == em.get("precision")) * 2 + bool(em.get("place")), overlap)
                if best is None or score > best[0]:
                    best = (score, mid)
            if best:
                used.add(best[1])
                pairs[i] = best[1]
        for b in buckets:
            b["meetings"].add(len(pairs), len(exp_meetings), len(got_ids))
        for i, em in enumerate(exp_meetings):
            if i not in pairs:
                work.append(f"{clip}: MEETING miss {em['date']} {em.get('place')} {em.get('kind', '')} "
                            f"[{', '.join(em.get('participants', []))}]")
                continue
            gm = meetings[pairs[i]]
            matched.append((em, gm))
            status_votes[gm["id"]].append((lang, clip, em.get("status", "held")))
            participant_votes[gm["id"]].append((lang, em.get("participants", [])))
        for mid in got_ids:
            if mid not in used:
                gm = meetings[mid]
                names = ", ".join(people.get(p, {}).get("name", p) for p in gm.get("participants", []))
                work.append(f"{clip}: MEETING extra {gm.get('date')} {gm.get('place')} "
                            f"\"{gm.get('title', '')}\" [{names}]")

        # participants over matched meetings
        for em, gm in matched:
            want_keys = {surname_key(n): n for n in em.get("participants", [])}
            got_keys = {}
            for pid in gm.get("participants", []):
                keys = person_keys(pid)
                got_keys[pid] = keys
            tp_exp = sum(1 for k in want_keys if any(k in ks for ks in got_keys.values()))
            tp_got = sum(1 for ks in got_keys.values() if ks & set(want_keys))
            for b in buckets:
                b["participants/clip"].tp += tp_exp
                b["participants/clip"].exp += len(want_keys)
                b["participants/clip"].got += len(got_keys)
                # precision counts matched got participants, recall matched expected ones
                b["participants/clip_p"].add(tp_got, 0, len(got_keys))
            for k, n in want_keys.items():
                if not any(k in ks for ks in got_keys.values()):
                    work.append(f"{clip}: PARTICIPANT miss {n} in {gm.get('date')} {gm.get('place')} ({gm['id']})")
            others = {surname_key(n) for _, names in participant_votes[gm["id"]] for n in names}
            for pid, ks in got_keys.items():
                if not ks & set(want_keys):
                    known = " (expected from another clip of it)" if ks & others else ""
                    work.append(f"{clip}: PARTICIPANT extra {people.get(pid, {}).get('name', pid)} "
                                f"in {gm.get('date')} {gm.get('place')} ({gm['id']}){known}")

        # people
        want_people = {surname_key(n): n for n in exp.get("people", [])}
        got_people = {pid: person_keys(pid) for pid in art.get("people", [])}
        tp_exp = sum(1 for k in want_people if any(k in ks for ks in got_people.values()))
        tp_got = sum(1 for ks in got_people.values() if ks & set(want_people))
        for b in buckets:
            b["people"].tp += tp_exp
            b["people"].exp += len(want_people)
            b["people_p"].add(tp_got, 0, len(got_people))
            b["people"].got += len(got_people)
        for k, n in want_people.items():
            if not any(k in ks for ks in got_people.values()):
                work.append(f"{clip}: PERSON miss {n}")
        for pid, ks in got_people.items():
            if not ks & set(want_people):
                work.append(f"{clip}: PERSON extra {people.get(pid, {}).get('name', pid)}")

    # participants, with the dossier-wide expectation per meeting: the union over its clips
    for mid, votes in participant_votes.items():
        want_keys = {surname_key(n) for _, names in votes for n in names}
        got_keys = [person_keys(pid) for pid in meetings[mid].get("participants", [])]
        tp_exp = sum(1 for k in want_keys if any(k in ks for ks in got_keys))
        tp_got = sum(1 for ks in got_keys if ks & want_keys)
        for lang, _ in votes:
            for key in (lang, "all"):
                t = tallies[key]
                t["participants"].tp += tp_exp
                t["participants"].exp += len(want_keys)
                t["participants_p"].add(tp_got, 0, len(got_keys))
        missed = sorted(k for k in want_keys if not any(k in ks for ks in got_keys))
        extra = [people.get(pid, {}).get("name", pid) for pid, ks in zip(meetings[mid].get("participants", []), got_keys)
                 if not ks & want_keys]
        if missed or extra:
            work.append(f"{mid}: PARTICIPANTS of the meeting miss [{', '.join(missed)}] extra [{', '.join(extra)}]")

    # status, with the dossier-wide expectation per meeting
    rank = {"planned": 0, "cancelled": 1, "held": 2}
    for mid, votes in status_votes.items():
        want = max((v[2] for v in votes), key=lambda s: rank.get(s, 0))
        got = meetings[mid].get("status")
        for lang, clip, _ in votes:
            for key in (lang, "all"):
                t = tallies[key]["status"]
                t.exp += 1
                t.got += 1
                t.tp += int(got == want)
        if got != want:
            work.append(f"{mid}: STATUS want {want} got {got} (clips: {', '.join(sorted({v[1] for v in votes}))})")

    print(f"{'':6} {'metric':17} {'P':>6} {'R':>6} {'F1':>6}   tp/expected/got")
    for lang in sorted(k for k in tallies if k != "all") + ["all"]:
        t = tallies[lang]
        for metric in ("events", "meetings"):
            p, r, f = t[metric].prf()
            print(f"{lang:6} {metric:17} {p:6.3f} {r:6.3f} {f:6.3f}   {t[metric].tp}/{t[metric].exp}/{t[metric].got}")
        for metric, pk in (("participants", "participants_p"), ("participants/clip", "participants/clip_p"),
                           ("people", "people_p")):
            rec = t[metric].tp / t[metric].exp if t[metric].exp else 1.0
            prec = t[pk].tp / t[pk].got if t[pk].got else 1.0
            f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            print(f"{lang:6} {metric:17} {prec:6.3f} {rec:6.3f} {f:6.3f}")
        s = t["status"]
        print(f"{lang:6} {'status':17} {s.tp}/{s.exp} right over matched meetings")
        d = dates[lang]
        print(f"{lang:6} {'dates':17} {d[0]}/{d[1]} knowable right, {d[2]} given where none is knowable")
    print()
    print(f"worklist ({len(work)} lines)")
    for line in work:
        print("  " + line)


if __name__ == "__main__":
    main()
