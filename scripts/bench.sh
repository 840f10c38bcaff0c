#!/usr/bin/env bash
# Times `dossier build` on N synthetic clips made by ../shared/bench/make-corpus.py
# (the same corpus the Hugo comparison uses). Prints the stage timings, wall and CPU
# time and peak memory. Usage: scripts/bench.sh [N] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
seed=${2:-1}
generator=../shared/bench/make-corpus.py
[ -f "$generator" ] || { echo "scripts/bench.sh: error: $generator not found; put the shared folder beside the repository" >&2; exit 1; }
work=${TMPDIR:-/tmp}/dossier-bench
corpus=$work/corpus-$n-raw
if [ ! -d "$corpus" ]; then
  mkdir -p "$work"
  python3 "$generator" --n "$n" --out "$corpus" --seed "$seed" --format raw >/dev/null
fi
[ -x .build/release/dossier ] || swift build -c release --product dossier
out=$(mktemp -d "$work/out-$n.XXXXXX")
rmdir "$out"
timing=$(mktemp)
if command -v /usr/bin/time >/dev/null; then
  /usr/bin/time -v .build/release/dossier build --source "$corpus" --output "$out" --timings 2>"$timing" | grep -v warning || true
  grep -E "Elapsed|User time|System time|Maximum resident" "$timing"
else
  time .build/release/dossier build --source "$corpus" --output "$out" --timings 2>/dev/null
fi
echo "pages: $(find "$out" -name '*.html' | wc -l)"
rm -rf "$out" "$timing"
