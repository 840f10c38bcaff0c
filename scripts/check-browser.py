#!/usr/bin/env python3
"""Checks a built dossier in a real browser (headless Chromium through Selenium).

Serves the site over HTTP under a sub-path (as a static host would), then, for the front
page, an article, a person, a meeting, the timeline, a month of the archive, search (with a query typed) and the 404
page at a nested URL:
  - runs axe-core (shipped by axe-selenium-python) and fails on serious or critical violations;
  - takes screenshots at 390 and 1280 px wide (the whole page, up to 6000 px tall);
  - on the 404 page, checks that the stylesheet applied and that every navigation link reaches a page.
Usage: scripts/check-browser.py SITE_FOLDER SCREENSHOT_FOLDER [LABEL]
"""
import base64
import functools
import http.server
import os
import sys
import threading
import time
import urllib.parse
import urllib.request

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from axe_selenium_python import Axe
except ImportError as error:
    sys.exit(f"check-browser: error: {error.name} is missing; run: pip install selenium axe-selenium-python")

PREFIX = "/dossier/"  # the site is served under a sub-path, as on a static host


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves SITE under PREFIX; any missing path gets 404.html with status 404."""

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        path = urllib.parse.urlsplit(path).path
        if not path.startswith(PREFIX):
            return os.path.join(self.directory, "\0missing")
        return super().translate_path("/" + path[len(PREFIX):])

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()
            path = os.path.join(path, "index.html")
        if not os.path.exists(path):
            body = open(os.path.join(self.directory, "404.html"), "rb").read()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            import io
            return io.BytesIO(body)
        return super().send_head()


class QuietServer(http.server.ThreadingHTTPServer):
    """A browser closing a connection mid-file is not an error of the site."""

    def handle_error(self, request, client_address):
        pass


def first(site, kind):
    folder = os.path.join(site, kind)
    names = sorted(n for n in os.listdir(folder) if os.path.isfile(os.path.join(folder, n, "index.html"))) if os.path.isdir(folder) else []
    return f"{kind}/{names[0]}/" if names else None


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    site, shots = sys.argv[1], sys.argv[2]
    label = sys.argv[3] if len(sys.argv) > 3 else os.path.basename(os.path.abspath(site))
    if not os.path.isfile(os.path.join(site, "index.html")):
        sys.exit(f"check-browser: error: {site}/index.html not found; build the site first (make site)")
    os.makedirs(shots, exist_ok=True)
    server = QuietServer(("127.0.0.1", 0), functools.partial(Handler, directory=os.path.abspath(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"

    pages = [("home", ""), ("article", first(site, "articles")), ("person", first(site, "people")),
             ("meeting", first(site, "meetings")), ("timeline", "timeline/"), ("archive", first(site, "archive")), ("search", "search/?q=macron"),
             ("404", "articles/no-such-article/deeper/")]
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]:
        options.add_argument(flag)
    binary = next((p for p in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] if os.path.exists(p)), None)
    if binary:
        options.binary_location = binary
    driver_path = next((p for p in ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"] if os.path.exists(p)), None)
    try:
        driver = webdriver.Chrome(service=Service(driver_path) if driver_path else Service(), options=options)
    except Exception as error:  # selenium raises several kinds here; say what to install
        sys.exit(f"check-browser: error: cannot start Chromium ({str(error).splitlines()[0]}); apt-get install chromium chromium-driver")
    failures = 0
    try:
        for name, path in pages:
            if path is None:
                print(f"{label} {name}: no such page in this site; skipped")
                continue
            try:
                failures += check_page(driver, base + path, name, label, shots)
            except Exception as error:  # a timeout or a crashed tab: report it as a failure, not a traceback
                print(f"{label} {name}: error: the browser gave up on {path or 'the front page'}: {str(error).splitlines()[0][:200]}")
                failures += 1
        print(f"{label}: screenshots in {shots}")
    finally:
        driver.quit()
        server.shutdown()
    sys.exit(1 if failures else 0)


def check_page(driver, url, name, label, shots):
    """axe-core, the 404 checks, and the two screenshots of one page; the number of failures."""
    failures = 0
    driver.set_window_size(1280, 900)
    driver.get(url)
    time.sleep(0.8 if name in ("search", "404") else 0.2)
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    minor = [v for v in results["violations"] if v.get("impact") not in ("serious", "critical")]
    status = "ok" if not bad else "FAILED"
    print(f"{label} {name}: axe-core {len(results['passes'])} rules passed, "
          f"{len(bad)} serious/critical, {len(minor)} minor/moderate violations — {status}")
    for v in bad + minor:
        targets = ", ".join(str(n["target"]) for n in v["nodes"][:3])
        print(f"    {v['impact']}: {v['id']}: {v['help']} ({len(v['nodes'])} nodes: {targets})")
    failures += len(bad)
    if name == "404":
        failures += check_not_found(driver, label)
    for width in (390, 1280):
        driver.set_window_size(width, 900)
        time.sleep(0.2)
        height = min(driver.execute_script("return document.documentElement.scrollHeight"), 6000)
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        file = os.path.join(shots, f"{label}_{name}_{width}.png")
        with open(file, "wb") as out:
            out.write(base64.b64decode(shot["data"]))
    return failures


def check_not_found(driver, label):
    """The 404 page at a nested URL: styled, and its navigation reaches real pages."""
    problems = []
    styled = driver.execute_script("return getComputedStyle(document.body).fontFamily")
    if "serif" not in styled.lower() and "charter" not in styled.lower():
        problems.append(f"the stylesheet did not apply (body font {styled!r})")
    links = driver.execute_script("return Array.from(document.querySelectorAll('nav a, .lede a')).map(a => a.href)")
    for href in links:
        try:
            with urllib.request.urlopen(href) as response:
                if response.status != 200:
                    problems.append(f"{href} answers {response.status}")
        except Exception as error:
            problems.append(f"{href}: {error}")
    if problems:
        for p in problems:
            print(f"    404: error: {p}")
    else:
        print(f"{label} 404: styled, {len(links)} navigation links reach their pages from a nested URL")
    return len(problems)


if __name__ == "__main__":
    main()
