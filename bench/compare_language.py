"""Compare language identifiers on short French and English news text: accuracy, time, install size.

    python bench/compare_language.py [--python PY ...]

Each detector runs in the Python given (a venv where it is installed), so that the project's own venv only
needs the one factx uses. The set is ``bench/data/language.jsonl``: 80 French sentences and headlines
(factx's seeds and test articles, headlines written for the set) and 50 English ones (business news).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).with_name("data") / "language.jsonl"

# Run inside the detector's Python: prints {"name", "predictions", "seconds", "load_seconds"}.
PROBE = r"""
import json, sys, time
texts = json.load(sys.stdin)
t0 = time.perf_counter()
name = sys.argv[1]
if name == "py3langid":
    import py3langid
    detect = lambda t: py3langid.classify(t)[0]
elif name == "lingua":
    from lingua import LanguageDetectorBuilder
    d = LanguageDetectorBuilder.from_all_languages().build()
    def detect(t):
        lang = d.detect_language_of(t)
        return lang.iso_code_639_1.name.lower() if lang else "??"
elif name == "fasttext-langdetect":
    from ftlangdetect import detect as ft
    detect = lambda t: ft(t, low_memory=True)["lang"]
detect("Un premier texte pour charger le modèle.")
t1 = time.perf_counter()
preds = [detect(t) for t in texts]
t2 = time.perf_counter()
print(json.dumps({"name": name, "predictions": preds, "seconds": t2 - t1, "load_seconds": t1 - t0}))
"""


def run(python: str, name: str, texts: list[str]) -> dict:
    proc = subprocess.run(
        [python, "-c", PROBE, name], input=json.dumps(texts), capture_output=True, text=True, timeout=600
    )
    if proc.returncode:
        return {"name": name, "error": proc.stderr.strip().splitlines()[-1]}
    return json.loads(proc.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pairs", nargs="+", help="NAME=PYTHON, e.g. lingua=/tmp/lc_lingua/bin/python")
    a = ap.parse_args()
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [r["text"] for r in rows]
    for pair in a.pairs:
        name, python = pair.split("=", 1)
        res = run(python, name, texts)
        if "error" in res:
            print(f"{name}: failed: {res['error']}")
            continue
        right = {"fr": 0, "en": 0}
        total = {"fr": 0, "en": 0}
        wrong = []
        for r, p in zip(rows, res["predictions"], strict=True):
            total[r["lang"]] += 1
            if p == r["lang"]:
                right[r["lang"]] += 1
            else:
                wrong.append(f"{r['lang']}->{p}: {r['text'][:60]}")
        print(
            f"{name}: French {right['fr']}/{total['fr']}, English {right['en']}/{total['en']}, "
            f"{res['seconds'] / len(texts) * 1000:.2f} ms/text, load {res['load_seconds']:.2f} s"
        )
        for w in wrong:
            print("   ", w)


if __name__ == "__main__":
    sys.exit(main())
