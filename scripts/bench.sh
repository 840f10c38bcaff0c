#!/usr/bin/env bash
# dossier and Hugo side by side on the same N synthetic clips, in one run.
#
# The corpus comes from ../shared/bench/make-corpus.py in both of its formats: raw clips
# for dossier, the Hugo twin (ready Markdown with front matter) for Hugo (Debian's `hugo`).
# Each tool builds into a new empty folder. Printed for both: wall time, CPU time
# (user+sys), peak RSS, files and bytes written, and the ratios dossier ÷ Hugo; then
# dossier's stage breakdown (--timings), what each kind of page costs in files and bytes,
# and the time to rebuild after one clip changed (with how many files that rebuild wrote).
# The full build runs with --no-cache; a second build fills the clip cache, then one clip changes.
#
# On a shared machine wall time depends on the load; CPU time is the steadier figure.
# Run it under `nice` when others are working.
#
# Usage: scripts/bench.sh [N] [seed]        (make bench N=10000)
# Environment: BENCH_DIR (default $TMPDIR/dossier-bench) keeps the corpora between runs;
#              DOSSIER (default .build/release/dossier); HUGO=0 skips Hugo.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
seed=${2:-1}
generator=../shared/bench/make-corpus.py
[ -f "$generator" ] || { echo "scripts/bench.sh: error: '$generator' not found; put the shared folder beside the repository" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "scripts/bench.sh: error: '/usr/bin/time' not found; install it with 'apt-get install time'" >&2; exit 1; }
dossier=${DOSSIER:-.build/release/dossier}
[ -x "$dossier" ] || swift build -c release --product dossier
use_hugo=${HUGO:-1}
if [ "$use_hugo" = 1 ] && ! command -v hugo >/dev/null; then
  echo "scripts/bench.sh: warning: 'hugo' not found; install it with 'apt-get install hugo' (showing dossier alone)" >&2
  use_hugo=0
fi

work=${BENCH_DIR:-${TMPDIR:-/tmp}/dossier-bench}
mkdir -p "$work"
for format in raw hugo; do
  corpus=$work/corpus-$n-$format
  [ "$format" = hugo ] && [ "$use_hugo" = 0 ] && continue
  if [ ! -d "$corpus" ]; then
    python3 "$generator" --n "$n" --out "$corpus.tmp" --seed "$seed" --format "$format" >/dev/null
    mv "$corpus.tmp" "$corpus"
  fi
done
run=$(mktemp -d "$work/run-$n.XXXXXX")
trap 'rm -rf "$run"' EXIT

# measure NAME COMMAND...: runs the command under /usr/bin/time, keeps "wall cpu rss_kib".
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$run/$name.time" "$@" >"$run/$name.out" 2>"$run/$name.err" || {
    echo "scripts/bench.sh: error: '$*' failed:" >&2; tail -5 "$run/$name.err" >&2; exit 1; }
  read -r wall user sys rss <"$run/$name.time"
  printf '%s %s %s\n' "$wall" "$(echo "$user + $sys" | bc)" "$rss" >"$run/$name.fig"
}
files() { find "$1" -type f | wc -l; }
bytes() { du -sb "$1" | cut -f1; }

if [ "$use_hugo" = 1 ]; then
  measure hugo hugo --quiet --source "$work/corpus-$n-hugo" --destination "$run/hugo-out"
fi
# dossier builds from a copy of the corpus (hard links), so one clip can then be edited in place.
cp -al "$work/corpus-$n-raw" "$run/edited"
measure dossier "$dossier" build --source "$run/edited" --output "$run/dossier-out" --templates Templates --timings --no-cache

# One clip changed: it gets a new sentence (a new file, the corpus keeps its own), and the site
# is rebuilt into the output of the full build, with the clip cache a first build leaves.
measure warm "$dossier" build --source "$run/edited" --output "$run/dossier-out" --templates Templates
clip=$(find "$run/edited" -name '*.txt' | sort | sed -n "$(( (n + 1) / 2 ))p")
{ cat "$clip"; printf '\nUne phrase ajoutée pour le banc d’essai.\n'; } >"$run/clip.new"
rm "$clip" && mv "$run/clip.new" "$clip"
find "$run/dossier-out" -type f -printf '%i %T@ %P\n' | sort >"$run/before.stamps"
measure rebuild "$dossier" build --source "$run/edited" --output "$run/dossier-out" --templates Templates
find "$run/dossier-out" -type f -printf '%i %T@ %P\n' | sort >"$run/after.stamps"
rewritten=$(comm -13 "$run/before.stamps" "$run/after.stamps" | wc -l)

read -r dw dc dr <"$run/dossier.fig"
df=$(files "$run/dossier-out"); db=$(bytes "$run/dossier-out")
# What each kind of page costs: files and bytes by top folder (top-level files by name).
kinds=$(find "$run/dossier-out" -type f -printf '%s %P\n' | awk '
  { n = index($2, "/"); kind = n ? substr($2, 1, n - 1) "/" : $2; files[kind]++; bytes[kind] += $1 }
  END { for (k in files) printf "  %-16s %8d files %10.1f MB\n", k, files[k], bytes[k] / 1e6 }' | sort -k4 -rn)
printf '\n%s clips (seed %s), %s\n' "$n" "$seed" "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf '%-8s %9s %9s %10s %8s %10s\n' tool wall_s cpu_s peak_MiB files MB
printf '%-8s %9.2f %9.2f %10.0f %8d %10.1f\n' dossier "$dw" "$dc" "$(echo "$dr / 1024" | bc -l)" "$df" "$(echo "$db / 1000000" | bc -l)"
if [ "$use_hugo" = 1 ]; then
  read -r hw hc hr <"$run/hugo.fig"
  hf=$(files "$run/hugo-out"); hb=$(bytes "$run/hugo-out")
  printf '%-8s %9.2f %9.2f %10.0f %8d %10.1f\n' hugo "$hw" "$hc" "$(echo "$hr / 1024" | bc -l)" "$hf" "$(echo "$hb / 1000000" | bc -l)"
  printf '%-8s %9.2f %9.2f %10.2f %8.2f %10.2f\n' 'd ÷ h' "$(echo "$dw / $hw" | bc -l)" "$(echo "$dc / $hc" | bc -l)" \
    "$(echo "$dr / $hr" | bc -l)" "$(echo "$df / $hf" | bc -l)" "$(echo "$db / $hb" | bc -l)"
fi
read -r rw rc rr <"$run/rebuild.fig"
printf '\none clip changed, rebuilt into the same output: wall %.2f s, CPU %.2f s, peak %.0f MiB, %d of %d files written\n' \
  "$rw" "$rc" "$(echo "$rr / 1024" | bc -l)" "$rewritten" "$(wc -l <"$run/after.stamps")"
printf '\ndossier output by kind:\n%s\n' "$kinds"
printf '\ndossier stages (--timings):\n'
grep -E '^  [a-z].*: [0-9.]+ s$' "$run/dossier.out" "$run/dossier.err" | sed 's/^[^:]*://' || true
