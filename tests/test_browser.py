"""The report of the seeds rendered by a real headless Chromium: highlights present, no injected script run.

Skips when no Chromium is installed (`apt-get install -y chromium`); under CI (CI set) it fails
instead, because .ci/run installs Chromium and the test must run there.
Set NEWSCLAIMS_SCREENSHOT=path/to.png to keep a copy of the screenshot.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from newsclaims.digest import build_digest
from newsclaims.report import build_report, highlights
from tests.report_helpers import MarkTexts

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER = next((b for b in BROWSERS if shutil.which(b)), None)
pytestmark = pytest.mark.skipif(
    BROWSER is None and not os.environ.get("CI"),
    reason="no Chromium installed (apt-get install -y chromium); CI installs it",
)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
         "--disable-dev-shm-usage"]
HOSTILE = (
    "Hostile page test\n\n"
    "<script>document.documentElement.setAttribute('data-pwned', 'script')</script>"
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned', 'img')\">\n\n"
    "“About 3,000 people crossed into Norway each day,” said Lena Dahl, a border officer."
)


def _chromium(tmp_path: Path, *args: str) -> str:
    if BROWSER is None:
        pytest.fail("CI must run the browser test, but no Chromium is installed (.ci/run installs it)")
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    done = subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                          text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def page(seed_articles, nlp, tmp_path_factory):
    from newsclaims.extractors import extract

    hostile = extract(HOSTILE, nlp, "zz_hostile.txt")
    articles = [*seed_articles, hostile]
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(build_report(articles, build_digest(articles), title="newsclaims: seed articles"),
                    encoding="utf-8")
    return path, articles


def test_rendered_report_has_a_highlight_for_every_item(page, tmp_path):
    path, articles = page
    dom = _chromium(tmp_path, "--virtual-time-budget=3000", "--dump-dom", path.as_uri())
    parser = MarkTexts()
    parser.feed(dom)
    parser.close()
    fragments = _texts_by_article(dom)
    missing = []
    for i, article in enumerate(articles, 1):
        text = article.text or ""
        for h in highlights(article, f"a{i}"):
            if fragments[i].get((h.kind, h.id, f"{h.start}-{h.end}")) != text[h.start:h.end]:
                missing.append((article.source, h.kind, h.id, text[h.start:h.end]))
    assert missing == []
    assert 'data-script="ran"' in dom  # the page's own script did run, so scripts were enabled


def test_injected_script_in_an_article_does_not_run(page, tmp_path):
    path, _ = page
    dom = _chromium(tmp_path, "--virtual-time-budget=3000", "--dump-dom", path.as_uri())
    assert "data-pwned" not in dom.split("<body", 1)[0]  # nothing set on <html>
    assert "&lt;script&gt;document.documentElement.setAttribute" in dom  # shown as text instead
    assert "<img src=\"x\"" not in dom


def test_screenshot_of_the_report(page, tmp_path):
    path, _ = page
    shot = tmp_path / "report.png"
    _chromium(tmp_path, "--window-size=1280,1400", f"--screenshot={shot}", path.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    keep = os.environ.get("NEWSCLAIMS_SCREENSHOT")
    if keep:
        shutil.copyfile(shot, keep)


def _texts_by_article(dom: str) -> dict[int, dict[tuple[str, str, str], str]]:
    """Per article section (`<article id="aN">`), the joined text of each item's mark fragments."""
    out: dict[int, dict] = {}
    parts = dom.split('<article id="a')[1:]
    for part in parts:
        number, body = part.split('"', 1)
        parser = MarkTexts()
        parser.feed(body.split("</article>", 1)[0])
        out[int(number)] = dict(parser.texts)
    return out
