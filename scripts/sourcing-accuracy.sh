#!/bin/sh
# Prints how many sourcing fixture clips get the expected outlet, agency and bylines.
#   scripts/sourcing-accuracy.sh [path/to/dossier]     (default: .build/debug/dossier)
set -eu
cd "$(dirname "$0")/.."
DOSSIER=${1:-.build/debug/dossier}
if [ ! -x "$DOSSIER" ]; then
    echo "no dossier binary at $DOSSIER; run 'swift build' first or pass its path" >&2
    exit 1
fi
command -v python3 >/dev/null || { echo "python3 is needed to compare the results; install it with 'apt-get install python3'" >&2; exit 1; }
python3 - "$DOSSIER" Tests/DossierCoreTests/Fixtures/sourcing <<'PY'
import json, subprocess, sys, os
dossier, folder = sys.argv[1], sys.argv[2]
expected = json.load(open(os.path.join(folder, "expectations.json")))
def front(text):
    import re
    out = {}
    for line in text.split("\n---\n")[0].splitlines()[1:]:
        key, _, value = line.partition(": ")
        value = value.split("  #")[0].strip()
        if value == "null": out[key] = None
        elif value.startswith("["): out[key] = json.loads(value)
        else: out[key] = json.loads(value) if value.startswith('"') else value
    return out
fields = {"outlet": 0, "wire": 0, "authors": 0}
misses = []
for name, want in sorted(expected.items()):
    got = front(subprocess.run([dossier, "normalize", os.path.join(folder, name)], capture_output=True, text=True).stdout)
    for field in fields:
        if got.get(field) == want.get(field): fields[field] += 1
        else: misses.append(f"{name}: {field} {got.get(field)!r}, expected {want.get(field)!r}")
n = len(expected)
for field, ok in fields.items():
    print(f"{field}: {ok}/{n} ({100 * ok / n:.0f} %)")
for miss in misses: print("  miss:", miss)
PY
