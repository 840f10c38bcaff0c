#!/usr/bin/env bash
# Builds the seed clips and the calendar fixtures as ONE dossier (the calendar across clips
# matters) with the release binary, then scores it against the readers' expectations.
# Usage: scripts/eval-calendar.sh [FIXTURE_DIR]   (default Tests/DossierCoreTests/Fixtures/calendar)
# Set KEEP=1 to keep the built dossier and print where it is; DOSSIER=path to score another
# binary (e.g. .build/debug/dossier) instead of the release one.
set -euo pipefail
cd "$(dirname "$0")/.."
fixtures=${1:-Tests/DossierCoreTests/Fixtures/calendar}
[ -d "$fixtures" ] || { echo "scripts/eval-calendar.sh: error: fixture folder '$fixtures' not found; pass the folder of *.txt clips and *.expect.json files" >&2; exit 1; }
dossier=${DOSSIER:-.build/release/dossier}
[ -n "${DOSSIER:-}" ] || [ -x "$dossier" ] || swift build -c release --product dossier
work=$(mktemp -d "${TMPDIR:-/tmp}/dossier-eval-calendar.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/source"
cp seeds/*.txt seeds/dossier.yml "$work/source/"
for clip in "$fixtures"/*.txt; do
  name=$(basename "$clip")
  if [ -e "$work/source/$name" ]; then
    echo "scripts/eval-calendar.sh: error: fixture '$clip' has the name of a seed clip; rename it" >&2
    exit 1
  fi
  cp "$clip" "$work/source/"
done
"$dossier" build --source "$work/source" --output "$work/public" --templates Templates >"$work/build.log" 2>&1 || {
  cat "$work/build.log" >&2; echo "scripts/eval-calendar.sh: error: the build failed" >&2; exit 1; }
python3 scripts/eval-calendar.py "$work/public/dossier.json" "$fixtures"
[ -z "${KEEP:-}" ] || echo "built dossier kept in $work"
