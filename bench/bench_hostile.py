"""Pathological inputs against ordinary prose of the same length (issue 13): none may be more than 3x slower.

Each input is written as one file and extracted into a fresh store through the library API (read, analyse,
store), with one pipeline loaded beforehand for all of them (the model load is not timed). The prose is
real French press text (tests/data/press, seeds), repeated to the length. The canonical-name merge, which
runs over the whole store for `factx conflicts`, is timed on its own, as the growth per doubling of names.

    python bench/bench_hostile.py [--chars 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 3.0  # slowest ratio allowed against prose


def prose(n: int) -> str:
    """Real French news paragraphs, repeated to ``n`` characters (cut at a paragraph's end)."""
    paragraphs = []
    for folder in (ROOT / "tests" / "data" / "press", ROOT / "seeds"):
        for p in sorted(folder.rglob("*.txt")):
            text = re.sub(r"\A(?:[ \t]*\w+[ \t]*:[^\n]*\n)+", "", p.read_text(encoding="utf-8"))
            paragraphs += [x.strip() for x in re.split(r"\n\s*\n|\n", text) if len(x.strip()) > 80]
    out, size, k = [], 0, 0
    while size < n:
        out.append(paragraphs[k % len(paragraphs)])
        size += len(out[-1]) + 2
        k += 1
    return "\n\n".join(out)[:n]


def names(n: int, seed: int = 3) -> list[str]:
    """``n`` distinct made-up person names (no data file knows them)."""
    rng = random.Random(seed)
    onsets = [*"bcdfghjklmnprstvz", "br", "ch", "cl", "dr", "fl", "gr", "pl", "tr", "st", "vr"]
    codas = ["", "", "", "n", "r", "l", "s", "x", "m", "t"]

    def syllable() -> str:
        return rng.choice(onsets) + rng.choice(["a", "e", "i", "o", "u", "ou", "ai", "é"]) + rng.choice(codas)

    out: dict[str, None] = {}
    while len(out) < n:
        first = "".join(syllable() for _ in range(rng.randint(2, 3))).capitalize()
        last = "".join(syllable() for _ in range(rng.randint(2, 4))).capitalize()
        out[f"{first} {last}"] = None
    return list(out)


def inputs(n: int) -> dict[str, str]:
    """name -> text of about ``n`` characters."""
    base = prose(n)
    one_line = re.sub(r"\s*\n\s*", " ", base)
    listed = ", ".join(names(n // 14))
    return {
        "prose": base,
        "a run of ' without spaces": "'" * n,
        "a run of ( without spaces": "(" * n,
        "a run of € without spaces": "€" * n,
        "a run of = without spaces": "=" * n,
        "'2023-' repeated": ("2023-" * (n // 5))[:n],
        "'01 02 03 04 ' repeated": ("01 02 03 04 " * (n // 12))[:n],
        "prose on one line": one_line,
        "one sentence, no stop": ("Renault investit 10 millions d'euros dans Nissan, " * (n // 50))[:n],
        "distinct names, listed": f"Les invités étaient {listed}."[:n],
        "a number of n digits": ("1" * n),
        "'deux cent ' repeated": ("deux cent " * (n // 10))[:n],
        "prose, a zero-width space in every number": re.sub(r"(?<=\d)(?=\d)", "\u200b", base)[:n],
    }


def _extract_seconds(path: Path, db: Path, analyser) -> tuple[float, dict]:
    from factx import Store, extract

    with Store(db) as store:
        t = time.perf_counter()
        run = extract([str(path)], store, analyser=analyser, any_language=True)
        events = list(run)
        dt = time.perf_counter() - t
    kinds = [e.kind for e in events]
    return dt, {"events": kinds, "failed": run.tally.failed}


def canon_growth(sizes: tuple[int, ...] = (4000, 8000, 16000)) -> dict:
    """Seconds of the corpus-wide name merge for growing numbers of distinct names, and the growth per
    doubling (2 is linear, 4 quadratic)."""
    from factx.canon import merge_names

    secs = {}
    for n in sizes:
        entities = [{"canonical": x, "label": "PER"} for x in names(n, seed=n)]
        t = time.perf_counter()
        merge_names(entities)
        secs[n] = time.perf_counter() - t
    growth = [secs[b] / secs[a] for a, b in zip(sizes, sizes[1:], strict=False)]
    return {"seconds": secs, "growth_per_doubling": max(growth)}


def bench_hostile(chars: int = 100_000, repeat: int = 3, only: str | None = None) -> dict:
    """Seconds per input (best of ``repeat``) and the ratio to prose of the same length; ``only``: a regex
    of the input names to time (prose always is)."""
    from factx.analyse import Analyser

    analyser = Analyser()
    analyser.nlp  # noqa: B018 - load the model before timing
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="factx-hostile-") as tmp:
        folder = Path(tmp)
        texts = {k: v for k, v in inputs(chars).items() if k == "prose" or not only or re.search(only, k)}
        warm = folder / "warm_up.txt"
        warm.write_text(texts["prose"], encoding="utf-8")
        _extract_seconds(warm, folder / "warm_up.db", analyser)  # first-call costs (caches, lazy data)
        for k, (name, text) in enumerate(texts.items()):
            path = folder / f"input_{k:02d}.txt"
            path.write_text(text, encoding="utf-8")
            best, info = None, {}
            for r in range(repeat):
                dt, info = _extract_seconds(path, folder / f"{k}_{r}.db", analyser)
                best = dt if best is None else min(best, dt)
            results[name] = {"chars": len(text), "seconds": best, **info}
    base = results["prose"]["seconds"]
    for r in results.values():
        r["ratio"] = r["seconds"] / base
    worst = max((r["ratio"] for n, r in results.items() if n != "prose"), default=0.0)
    return {"chars": chars, "inputs": results, "worst_ratio": worst, "canon": canon_growth()}


def rows(res: dict) -> list[tuple[str, str, str]]:
    """Rows for bench.py's table."""
    out = []
    for name, r in res["inputs"].items():
        note = "" if name == "prose" else f"target ≤ {LIMIT:.0f}× prose"
        if r.get("failed"):
            note += f" ({r['failed']} failed)"
        out.append((f"hostile: {name}", f"{r['seconds']:.2f} s, {r['ratio']:.2f}×", note))
    c = res["canon"]
    sizes = ", ".join(f"{n}: {s:.2f} s" for n, s in c["seconds"].items())
    out.append(("hostile: name merge", f"{sizes}; ×{c['growth_per_doubling']:.2f}/doubling", "linear ≈ 2"))
    return out


def hook(res: dict, out: Path) -> None:
    """bench.py's hook: time the hostile inputs, print their rows, add them to the JSON results."""
    res["hostile"] = bench_hostile()
    print("\nPathological inputs against prose of the same length (bench/bench_hostile.py):")
    print_rows(rows(res["hostile"]))
    out.write_text(json.dumps(res, indent=2, ensure_ascii=False), encoding="utf-8")


def print_rows(table: list[tuple[str, str, str]]) -> None:
    width = max(len(x[0]) for x in table)
    vwidth = max(len(x[1]) for x in table)
    print(f"| {'measure':<{width}} | {'result':<{vwidth}} | note |")
    print(f"|{'-' * (width + 2)}|{'-' * (vwidth + 2)}|------|")
    for name, value, note in table:
        print(f"| {name:<{width}} | {value:<{vwidth}} | {note} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", help="a regex: time only the inputs whose name matches (and prose)")
    a = ap.parse_args()
    res = bench_hostile(a.chars, a.repeat, a.only)
    print_rows(rows(res))
    print(f"worst ratio: {res['worst_ratio']:.2f}× (target ≤ {LIMIT:.0f}×)")


if __name__ == "__main__":
    main()
