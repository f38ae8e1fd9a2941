"""Size of the service pages of a built site: bytes, DOM elements and height at 1280 px in headless Chromium.

    python3 bench/service_pages.py SITE_DIR [PAGE ...]      (default pages: services/index.html, the largest service page)

Speaks WebDriver to /usr/bin/chromedriver over HTTP (no client library needed).
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


def call(port, method, path, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())["value"]


def main():
    site = Path(sys.argv[1]).resolve()
    pages = sys.argv[2:] or ["services/index.html",
                             max((p for p in (site / "services").glob("*.html") if p.name != "index.html"),
                                 key=lambda p: p.stat().st_size).relative_to(site).as_posix()]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    driver = subprocess.Popen(["/usr/bin/chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    profile = tempfile.mkdtemp(prefix="studysite-pages-")
    try:
        for _ in range(50):
            try:
                call(port, "GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", f"--user-data-dir={profile}", "--window-size=1280,900"]
        session = call(port, "POST", "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": args}}}})["sessionId"]
        print(f"{'page':48} {'KB':>8} {'elements':>9} {'height px':>10}")
        for page in pages:
            file = site / page
            call(port, "POST", f"/session/{session}/url", {"url": file.as_uri()})
            elements, height = call(port, "POST", f"/session/{session}/execute/sync", {
                "script": "return [document.querySelectorAll('*').length, document.documentElement.scrollHeight]", "args": []})
            print(f"{page:48} {file.stat().st_size / 1024:8.1f} {elements:9d} {height:10d}")
        call(port, "DELETE", f"/session/{session}")
    finally:
        driver.terminate()


if __name__ == "__main__":
    main()
