"""Score factx on annotated article sets in one process (the model loads once).

    python bench/score_sets.py                 # the development sets: seeds, eval, press-dev
    python bench/score_sets.py press-heldout2  # a held-out set, only when asked by name
    python bench/score_sets.py seeds press-dev --misses   # and list what the gold has that factx missed

A set is a folder of articles and a gold file in the format of ../shared/gold/seeds.gold.json, scored by
../shared/tools/score.py as a user's run would be (extract, then conflicts from the stored documents).
``--misses`` is for development sets only: it refuses a held-out set, which is scored, never read.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"


def _press(part: str) -> tuple[Path, Path]:
    return DATA / "press" / part / "articles", DATA / "press" / part / "gold.json"


def _invented(letter: str) -> tuple[Path, Path]:
    return DATA / "invented" / letter / "articles", DATA / "invented" / letter / "gold.json"


SETS = {
    "seeds": (ROOT / "seeds", SHARED / "gold" / "seeds.gold.json"),
    "eval": (DATA / "eval" / "articles", DATA / "eval" / "eval.gold.json"),
    "press-dev": _press("dev"),
    "press-dev2": _press("dev2"),
    "press-dev3": _press("dev3"),
    "press-dev4": _press("dev4"),
    "press-dev5": _press("dev5"),
    "press-dev6": _press("dev6"),
    "press-dev7": _press("dev7"),
    "press-heldout": _press("heldout"),
    "press-heldout2": _press("heldout2"),
    "press-heldout3": _press("heldout3"),
    "press-heldout4": _press("heldout4"),
    "press-heldout5": _press("heldout5"),
    "press-heldout6": _press("heldout6"),
    "press-heldout7": _press("heldout7"),
    "press-heldout8": _press("heldout8"),
    "press-heldout9": _press("heldout9"),
    # invented stories written for the purpose without reading factx's rules (tests/data/invented/*/README.md)
    "invented-a": _invented("a"),
    "invented-b": _invented("b"),
    "invented-c": _invented("c"),
    "invented-d": _invented("d"),
    "invented-e": _invented("e"),
    "invented-f": _invented("f"),
    "invented-g": _invented("g"),
    "invented-h": _invented("h"),
    "invented-i": _invented("i"),
    "invented-j": _invented("j"),
    "invented-k": _invented("k"),
    "invented-l": _invented("l"),
    "invented-m": _invented("m"),
    "invented-n": _invented("n"),
    "invented-o": _invented("o"),
    "invented-p": _invented("p"),
    "press-heldout10": _press("heldout10"),
    "invented-q": _invented("q"),
    "invented-r": _invented("r"),
    "press-heldout11": _press("heldout11"),
    "invented-s": _invented("s"),
    "invented-t": _invented("t"),
    "press-heldout12": _press("heldout12"),
    "press-heldout13": _press("heldout13"),
    "press-heldout14": _press("heldout14"),
    "press-heldout15": _press("heldout15"),
    "press-heldout16": _press("heldout16"),
    "press-heldout17": _press("heldout17"),
    "press-heldout18": _press("heldout18"),
    "press-heldout19": _press("heldout19"),
    "press-heldout20": _press("heldout20"),
    "press-heldout21": _press("heldout21"),
    "press-heldout22": _press("heldout22"),
    "press-heldout23": _press("heldout23"),
    "press-heldout24": _press("heldout24"),
    "press-heldout25": _press("heldout25"),
    "press-heldout26": _press("heldout26"),
    "press-heldout27": _press("heldout27"),
    "press-heldout28": _press("heldout28"),
    "press-heldout29": _press("heldout29"),
}
# press-heldout was retired to development on 2026-12-01, invented-b and invented-d on 2026-12-02, invented-e and
# invented-f at the start of the twelfth round, invented-g and invented-h at the start of the thirteenth, invented-i and invented-j at the start
# of the fourteenth, invented-k and invented-l at the start of the fifteenth, press-heldout8, invented-m and
# invented-n at the start of the sixteenth, press-heldout9, invented-o and invented-p at the start of the
# seventeenth, press-heldout10, invented-q and invented-r at the start of the eighteenth, press-heldout12 and
# press-heldout13 at the start of the twenty-eighth, press-heldout11 and press-heldout14 at the start of the
# twenty-ninth, press-heldout15 at the start of the thirtieth, press-heldout16 at the start of the
# thirty-first, press-heldout17 at the start of the thirty-second, press-heldout18 at the start of the
# thirty-third, press-heldout19 at the start of the thirty-fourth, press-heldout20 at the start of the thirty-fifth,
# press-heldout22 at the start of the thirty-sixth (its file names had been printed once in round 35),
# press-heldout23 at the start of the thirty-seventh (a round-36 review helper printed its files), press-heldout21
# at the start of the thirty-eighth, press-heldout24 and press-heldout25 at the start of the thirty-ninth (the latter's
# article file names had been printed once that day), press-heldout2 and press-heldout3 at the start of the
# forty-first, press-heldout27 at the start of the forty-second (two of its story slugs had been printed once in
# round 41), press-heldout4 and press-heldout5 at the start of the forty-third (the oldest held-out sets), each after
# its before/after scores were taken; fresh held-out sets replace them
HELD_OUT = {
    "press-heldout6",
    "press-heldout7",
    "press-heldout26",
    "press-heldout28",
    "press-heldout29",
    "invented-s",
    "invented-t",
}


def _scorer():
    spec = importlib.util.spec_from_file_location("factx_score", SHARED / "tools" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {SHARED / 'tools' / 'score.py'}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run_set(analyser, folder: Path, gold: dict) -> tuple[list[dict], list[dict]]:
    from factx.canon import corpus_names
    from factx.ingest import read_paths
    from factx.reconcile import reconcile

    docs = []
    wanted = set(gold["documents"])
    for art in read_paths([str(folder)]):
        if getattr(art, "doc", None) and Path(art.doc).name in wanted and hasattr(art, "text"):
            docs.append(analyser.analyse(art))
    # the names merged as `factx conflicts` merges them (entities and the claims' parties)
    return docs, reconcile(docs, canonical=corpus_names(docs))


def summary(name: str, s: dict) -> str:
    c, cf = s["claims"], s.get("conflicts", {})
    return (
        f"{name:14} amounts sF1 {s['amounts']['strict_f1']:.3f}  dates sF1 {s['dates']['strict_f1']:.3f}  "
        f"ents P/R {s['entities']['precision']:.2f}/{s['entities']['recall']:.2f}  "
        f"claims P/R {c['precision']:.3f}/{c['recall']:.3f} ({c['tp']}/{c['gold']}, {c['predicted']} pred) "
        f"hedged {c['hedged_accuracy']}  conflicts {cf.get('found')}/{cf.get('gold')} "
        f"(kind {cf.get('kind_accuracy')}), {cf.get('false_alarms')}/{cf.get('agreements')} agreements flagged, "
        f"{cf.get('predicted')} reported"
    )


def misses(score, gold: dict, folder: Path, docs: list[dict], conflicts: list[dict]) -> None:
    by_name = {Path(d["doc"]).name: d for d in docs}
    for name, g in gold["documents"].items():
        text = (folder / name).read_text(encoding="utf-8")
        preds = by_name.get(name, {}).get("claims", [])
        used: set[int] = set()
        for gc in g["claims"]:
            hit = next(
                (k for k, p in enumerate(preds) if k not in used and score.claim_matches(gc, p, text)), None
            )
            if hit is None:
                print(
                    f"MISS {name}: {gc['frame']} {gc['subject']} -> {gc['object']} | {gc.get('amount')} | "
                    f"{gc.get('date')} | {gc.get('value')} | hedged={gc['hedged']}\n      {gc['sentence'][:220]}"
                )
                for p in preds:
                    if (
                        p["sentence"][:40] == gc["sentence"][:40]
                        or p["frame"] == gc["frame"]
                        and (gc.get("amount") and p.get("amount") and gc["amount"] in p["sentence"])
                    ):
                        print(
                            f"   got {p['frame']} {(p['subject'] or {}).get('canonical')} -> "
                            f"{(p['object'] or {}).get('canonical')} | {(p['amount'] or {}).get('text')} | "
                            f"{(p['date'] or {}).get('value')} | {(p['value'] or {}).get('canonical')} | "
                            f"hedged={p['hedged']} {p.get('how', '')}"
                        )
            else:
                used.add(hit)
        for k, p in enumerate(preds):
            if k not in used:
                print(
                    f"EXTRA {name}: {p['frame']} {(p['subject'] or {}).get('canonical')} -> "
                    f"{(p['object'] or {}).get('canonical')} | {(p['amount'] or {}).get('text')} | "
                    f"{(p['date'] or {}).get('value')} | {(p['value'] or {}).get('canonical')} | "
                    f"hedged={p['hedged']}\n      {p['sentence'][:160]}"
                )
    for gc in gold.get("conflicts", []):
        if not score.pair_found(gc["between"], conflicts):
            print(f"CONFLICT MISSED ({gc['kind']}): {gc['between']}  {gc.get('note', '')[:100]}")
    for a in gold.get("agreements", []):
        if score.pair_found(a["between"], conflicts):
            print(f"AGREEMENT FLAGGED: {a['between']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "sets",
        nargs="*",
        default=[n for n in SETS if n not in HELD_OUT],
        help=f"among {', '.join(SETS)} (default: all but the held-out set, scored only when named)",
    )
    ap.add_argument(
        "--misses", action="store_true", help="list missed and extra claims (development sets only)"
    )
    ap.add_argument("--json", action="store_true", help="one JSON object per set")
    a = ap.parse_args()
    from factx import Analyser

    score = _scorer()
    analyser = Analyser()
    for name in a.sets:
        folder, gold_path = SETS[name]
        if not gold_path.exists():
            print(f"{name:14} (no gold at {gold_path})")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        docs, conflicts = run_set(analyser, folder, gold)
        s = score.score(gold, folder, docs, conflicts)
        print(json.dumps({"set": name, **s}, ensure_ascii=False) if a.json else summary(name, s))
        if a.misses:
            if name in HELD_OUT:
                print(f"  (--misses refused for {name}: a held-out set is scored, never read)")
            else:
                misses(score, gold, folder, docs, conflicts)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
