"""How long `factx report`'s page takes to open for a big corpus, in headless Chromium.

    python bench/bench_report.py [--articles 1000] [--db STORE]

Target: 1,000 articles and their conflicts open in under 3 s. "Open" is the wall time from asking the
browser for the file until the first frame painted after the load event (two animation frames), median of
three fresh tabs; the browser's own start is excluded. Without --db a corpus is built from the seeds
(bench.make_corpus) and extracted first.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CHROMIUM = Path(os.environ.get("FACTX_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
RUNS = 3
TARGET_S = 3.0

# Resolves after the first frame painted once the load event has run.
FIRST_FRAME_AFTER_LOAD = """() => new Promise(done => {
    const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => done()));
    if (document.readyState === 'complete') frames(); else addEventListener('load', frames);
})"""


def write_page(documents: list[dict], out: Path) -> dict:
    """Reconcile, build and render the page as `factx report` does; seconds and size."""
    from factx.canon import corpus_names
    from factx.reconcile import reconcile
    from factx.report import article_texts, build_report, render_report, write_report

    start = time.perf_counter()
    canonical = corpus_names(documents)
    conflicts = reconcile(documents, canonical=canonical)
    model = build_report(documents, conflicts, texts=article_texts(documents), canonical=canonical)
    write_report(out, render_report(model))
    return {
        "articles": len(documents),
        "full_texts": model["n_full_text"],
        "conflicts": len(conflicts),
        "write_s": round(time.perf_counter() - start, 3),
        "bytes": out.stat().st_size,
    }


def open_times(page_path: Path) -> dict:
    """Open the page in fresh tabs of one Chromium: seconds to the first frame after load, and more."""
    from playwright.sync_api import sync_playwright

    url = page_path.resolve().as_uri()
    runs = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for _ in range(RUNS):
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                requests: list[str] = []
                page.on("request", lambda r, seen=requests: seen.append(r.url))
                start = time.perf_counter()
                page.goto(url, wait_until="commit")
                page.evaluate(FIRST_FRAME_AFTER_LOAD)
                wall = time.perf_counter() - start
                timing = page.evaluate(
                    """() => { const n = performance.getEntriesByType('navigation')[0];
                    const p = performance.getEntriesByName('first-contentful-paint')[0];
                    return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, fcp: p ? p.startTime : null}; }"""
                )
                # Following an estimate's link into a folded source, as a reader does.
                link = page.locator("a.est").first
                click_s = None
                if link.count():
                    href = link.get_attribute("href")
                    t = time.perf_counter()
                    link.click()
                    page.wait_for_function("h => location.hash === h", arg=href)
                    page.evaluate(FIRST_FRAME_AFTER_LOAD)
                    click_s = time.perf_counter() - t
                runs.append(
                    {"open_s": wall, **{k: (v or 0) / 1000 for k, v in timing.items()}, "link_s": click_s}
                )
                assert requests == [url], f"the page made requests: {requests[1:]}"
                page.close()
        finally:
            browser.close()
    return {
        "open_s": round(statistics.median(r["open_s"] for r in runs), 3),
        "open_s_max": round(max(r["open_s"] for r in runs), 3),
        "dom_content_loaded_s": round(statistics.median(r["dcl"] for r in runs), 3),
        "load_event_s": round(statistics.median(r["load"] for r in runs), 3),
        "first_contentful_paint_s": round(statistics.median(r["fcp"] for r in runs), 3),
        "link_to_source_s": round(statistics.median(r["link_s"] for r in runs if r["link_s"] is not None), 3)
        if any(r["link_s"] is not None for r in runs)
        else None,
        "runs": RUNS,
    }


def why_no_browser() -> str | None:
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (dev extra)"
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


def bench_report(db: Path | None = None, articles: int = 1000, out_dir: Path | None = None) -> dict:
    """The page for the first ``articles`` documents of the store ``db`` (built when None), and its timings."""
    from factx.store import Store

    with tempfile.TemporaryDirectory(prefix="factx-bench-report-") as tmpdir:
        tmp = Path(tmpdir)
        if db is None:
            from bench import factx_extract, make_corpus

            make_corpus(tmp / "corpus", articles, seed=11)
            db = tmp / "report.db"
            factx_extract(tmp / "corpus", db, jobs=2)
        with Store(db) as store:
            documents = []
            for d in store.documents():
                documents.append(d)
                if len(documents) == articles:
                    break
        page = (out_dir or tmp) / f"report-{articles}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        res = write_page(documents, page)
        reason = why_no_browser()
        res["browser"] = {"skipped": reason} if reason else open_times(page)
        res["target_s"] = TARGET_S
    return res


def report_rows(r: dict | None) -> list[tuple[str, str, str]]:
    """Rows for bench.py's table."""
    if not r:
        return []
    rows = [
        (
            f"report page, {r['articles']} articles",
            f"{r['bytes'] / 1e6:.1f} MB, {r['conflicts']} conflicts, written in {r['write_s']:.2f} s",
            f"{r['full_texts']} with full text",
        )
    ]
    b = r["browser"]
    if "skipped" in b:
        rows.append(("report page open (Chromium)", "skipped", b["skipped"]))
    else:
        rows.append(
            (
                "report page open (Chromium)",
                f"{b['open_s']:.2f} s (max {b['open_s_max']:.2f}, first paint {b['first_contentful_paint_s']:.2f})",
                f"target < {r['target_s']:.0f} s; load event {b['load_event_s']:.2f} s",
            )
        )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--db", type=Path, help="an existing store (default: build and extract a corpus)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out", help="folder for the page")
    a = ap.parse_args()
    res = bench_report(a.db, a.articles, a.out)
    print(json.dumps(res, indent=2))
    for name, value, note in report_rows(res):
        print(f"{name}: {value} ({note})")


if __name__ == "__main__":
    main()
