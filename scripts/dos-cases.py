#!/usr/bin/env python3
"""Writes the hostile clips that scripts/dos-bench.sh times, one folder per case.

Each case is a source folder of its own (a clip and a minimal dossier.yml), made from
repeated text so that the size is the only thing that grows. Usage: dos-cases.py OUT [SCALE]
where SCALE (default 1.0) multiplies every size.
"""
import os
import sys

out = sys.argv[1]
scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
seeds = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "seeds")


def n(x):
    return max(1, int(x * scale))


def surname(i):
    letters = "bcdfghjklmnprstvz"
    vowels = "aeiou"
    s = ""
    while True:
        s += letters[i % len(letters)] + vowels[(i // len(letters)) % len(vowels)]
        i //= len(letters) * len(vowels)
        if i == 0:
            break
    return (s + "rov").capitalize()


def seed_text():
    parts = []
    for name in sorted(os.listdir(seeds)):
        if name.endswith(".txt"):
            with open(os.path.join(seeds, name), encoding="utf-8") as f:
                parts.append(f.read())
    return "\n\n".join(parts)


header = "Un dossier de test\n\nPar Jean Martin\n\nPublié le 6 janvier 2026 à 14h32\n\n"
cases = {
    # Quotes of one paragraph, all in one sentence.
    "quotes": header + "".join("« un deux trois quatre » et " for _ in range(n(2000))) + "fin.\n",
    # Dates of one sentence.
    "dates": header + "Les ministres se sont réunis " + ", ".join(
        f"le {1 + i % 28} janvier {2000 + i % 26}" for i in range(n(1000))) + ".\n",
    # People named in one clip.
    "people": header + "".join(f"Jean {surname(i)} a rencontré Marie {surname(i + 7919)} à Paris. "
                               for i in range(n(2500))) + "\n",
    # One line, no break.
    "oneline": header + seed_text().replace("\n", " ") * n(5_000_000 // 24000),
    # A very large clip.
    "huge": header + seed_text() * n(50_000_000 // 24000),
}
nested = n(10000)
cases_md = {
    "nested": "---\ntitle: \"Listes\"\ndate: 2026-01-06\n---\n\n"
              + "".join("  " * i + "- niveau\n" for i in range(nested // 10))
              + "\n" + "> " * nested + "citation\n\n" + "- " * nested + "x\n",
}
for name, text in list(cases.items()) + list(cases_md.items()):
    folder = os.path.join(out, name)
    os.makedirs(folder, exist_ok=True)
    ext = "md" if name in cases_md else "txt"
    with open(os.path.join(folder, f"{name}.{ext}"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(folder, "dossier.yml"), "w", encoding="utf-8") as f:
        f.write("title: \"Test\"\nlanguage: fr\n")
