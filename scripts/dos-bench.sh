#!/usr/bin/env bash
# Times `dossier build` on the hostile clips of scripts/dos-cases.py (quotes and dates of one
# sentence, a clip naming 5,000 people, a 5 MB line, a 50 MB clip, 10,000 nested Markdown
# levels), each alone in its source folder, and prints CPU seconds, wall seconds and peak
# memory per case. Give an older build as BEFORE to print it beside this one:
#   scripts/dos-bench.sh [BEFORE_BINARY] [SCALE] [TIMEOUT_SECONDS]
# e.g. git worktree add /tmp/old <commit> && (cd /tmp/old && swift build -c release)
#      scripts/dos-bench.sh /tmp/old/.build/release/dossier
# Run it under `nice -n 10` on a shared machine: CPU seconds stay comparable under load.
set -euo pipefail
cd "$(dirname "$0")/.."
before=${1:-}
scale=${2:-1}
limit=${3:-300}
work=${TMPDIR:-/tmp}/dossier-dos-bench
rm -rf "$work"
mkdir -p "$work"
python3 scripts/dos-cases.py "$work/cases" "$scale"
[ -x .build/release/dossier ] || swift build -c release --product dossier >&2
after=.build/release/dossier
# An older build renders with its own templates (repository/.build/release/dossier → repository/Templates).
before_templates=Templates
if [ -n "$before" ] && [ -d "$(dirname "$before")/../../Templates" ]; then before_templates=$(dirname "$before")/../../Templates; fi
run() { # binary templates case -> "cpu wall peak" or "timeout"
  local out="$work/out-$RANDOM" stats="$work/stats"
  if timeout "$limit" /usr/bin/time -f "%U %S %e %M" -o "$stats" "$1" build --source "$work/cases/$3" --output "$out" \
       --templates "$2" >/dev/null 2>"$work/err"; then
    awk '{ printf "%8.2f %8.2f %8.0f", $1 + $2, $3, $4 / 1024 }' "$stats"
  else
    printf "%8s %8s %8s" ">${limit}s" "-" "-"
  fi
  rm -rf "$out"
}
printf "%-8s %8s %8s %8s" case cpu_s wall_s peak_MB
[ -n "$before" ] && printf " | %8s %8s %8s" before before before
echo
for c in quotes dates people oneline huge nested; do
  printf "%-8s %s" "$c" "$(run "$after" Templates "$c")"
  [ -n "$before" ] && printf " | %s" "$(run "$before" "$before_templates" "$c")"
  echo
done
