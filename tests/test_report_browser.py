"""The report in a real browser: Debian's Chromium, driven by Playwright for Python.

Skipped, saying why, where Playwright or /usr/bin/chromium is missing (`.ci/run` installs Chromium with
apt-get; Playwright's own browser download is never used). `pytest -m "not browser"` leaves these out.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import jsonl
from report_corpus import ampere_corpus, hostile_corpus

from factx.cli import cli

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("FACTX_CHROMIUM", "/usr/bin/chromium"))
# What Chromium needs here: no sandbox as root, no GPU, and none of its own background connections.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TARGET_BACKGROUND = "rgb(255, 224, 102)"  # .claim:target in report.css
# A few frames: the page's script scrolls again while the sections around the target are laid out.
SETTLED = "() => new Promise(done => { let n = 6; const f = () => (n-- ? requestAnimationFrame(f) : done()); f(); })"


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip(
            "Playwright for Python is not installed (it is in the dev extra: pip install -e '.[dev]')"
        )
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium (.ci/run does on Debian)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Opened:
    """A page with everything it did recorded: requests, console messages, script errors, dialogs."""

    def __init__(self, browser, path: Path) -> None:
        self.url = path.resolve().as_uri()
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.requests: list[str] = []
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url, wait_until="load")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def only_itself(self) -> bool:
        return self.requests == [self.url]


def write_report(tmp_path: Path, documents: list[dict], name: str = "r.html") -> Path:
    out = tmp_path / name
    text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents)
    result = CliRunner().invoke(cli, ["report", "-", "-o", str(out)], input=text)
    assert result.exit_code == 0, result.stderr
    return out


def conflict_ids(documents: list[dict]) -> list[str]:
    text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents)
    result = CliRunner().invoke(cli, ["conflicts", "-", "--json"], input=text)
    assert result.exit_code == 0, result.stderr
    return [c["id"] for c in jsonl(result.stdout)]


def follow_every_estimate(opened: Opened) -> int:
    """Click each estimate of the fact tables; each must land on its sentence, shown and highlighted."""
    page = opened.page
    links = page.locator("a.est")
    n = links.count()
    for i in range(n):
        link = links.nth(i)
        href, written = link.get_attribute("href"), link.inner_text()
        link.click()
        page.wait_for_function("h => location.hash === h", arg=href)
        page.evaluate(SETTLED)
        state = page.evaluate(
            """() => {
                const t = document.querySelector(':target');
                if (!t) return null;
                const r = t.getBoundingClientRect();
                return {cls: t.className, text: t.textContent, bg: getComputedStyle(t).backgroundColor,
                        inView: r.bottom > 0 && r.top < innerHeight && r.height > 0,
                        folded: !!t.closest('details:not([open])')};
            }"""
        )
        assert state is not None, href
        assert state["cls"] == "claim" and written in state["text"], (href, written, state)
        assert state["inView"] and not state["folded"], (href, state)
        assert state["bg"] == TARGET_BACKGROUND, state
    return n


def assert_not_blank(png: Path) -> None:
    from PIL import Image

    with Image.open(png) as im:
        rgb = im.convert("RGB")
        colours = rgb.getcolors(maxcolors=1 << 20)
        assert colours is not None
        background = max(colours)[0]
        total = rgb.width * rgb.height
        assert len(colours) > 50, "the screenshot has almost no colours"
        assert total - background > total * 0.05, "the screenshot is almost all one colour"


@pytest.mark.slow
def test_seeds_report_in_chromium(browser, seeds_documents, tmp_path):
    out = write_report(tmp_path, seeds_documents)
    ids = conflict_ids(seeds_documents)
    assert len(ids) >= 3
    opened = Opened(browser, out)
    page = opened.page
    for cid in ids:
        section = page.locator(f"article.fact[id='{cid}']")
        assert section.count() == 1, cid
        assert (
            section.locator("svg.chart").count() == 1 and section.locator("table.estimates tr").count() >= 3
        )
        assert cid in section.text_content()
    assert page.locator("article.fact").count() == len(ids)
    assert follow_every_estimate(opened) >= 2 * len(ids)
    page.goto(opened.url + "#overview")
    shot = tmp_path / "seeds-report.png"
    page.screenshot(path=str(shot))
    assert_not_blank(shot)
    assert opened.only_itself(), opened.requests
    assert [m for m in opened.console if m[0] in ("error", "warning")] == [] and opened.errors == []
    page.close()


def test_links_open_folded_sources_and_land_on_the_sentence(browser, tmp_path):
    documents = ampere_corpus(tmp_path / "articles")
    out = write_report(tmp_path, documents)
    opened = Opened(browser, out)
    assert opened.page.locator("details.source[open]").count() == 0  # sources start folded
    assert follow_every_estimate(opened) == 4 * len(conflict_ids(documents))  # four claims a section
    shot = tmp_path / "ampere.png"
    opened.page.screenshot(path=str(shot), full_page=True)
    assert_not_blank(shot)
    assert opened.only_itself(), opened.requests
    assert opened.console == [] and opened.errors == []
    opened.page.close()


def test_print_stylesheet(browser, tmp_path):
    out = write_report(tmp_path, ampere_corpus(tmp_path / "articles"))
    opened = Opened(browser, out)
    page = opened.page
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('nav.toc')).display") == "none"
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    page.close()


def test_hostile_input_runs_nothing(browser, tmp_path):
    out = write_report(tmp_path, hostile_corpus(tmp_path / "hostile"))
    opened = Opened(browser, out)
    page = opened.page
    page.locator("button[data-sources=open]").click()  # every source laid out
    for i in range(page.locator("a[href]").count()):  # every link the page has, followed
        link = page.locator("a[href]").nth(i)
        if link.is_visible():
            link.click()
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert opened.dialogs == []
    assert opened.console == [] and opened.errors == []  # not even a CSP report: nothing tried to run
    assert opened.only_itself(), opened.requests
    assert page.locator("script").count() == 1 and page.locator("img").count() == 0
    assert page.evaluate("location.href").startswith(opened.url)
    page.close()
