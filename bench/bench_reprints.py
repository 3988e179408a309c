"""Measure reprint grouping: ``python bench/bench_reprints.py`` prints JSON.

The set (``bench/data/reprints.jsonl``, excerpts of stored public pages with their URLs) holds 38 real
articles on five stories (EDF's buyout, Veolia/Suez, Saint-Gobain/CSR, SFR, Renault): agency dispatches
(AFP, Reuters, Belga), three real reprints of them found on other sites (an aggregator's lede, a teaser cut
after 25 words), and articles written separately about the same events: the same communiqué, the same
quotes, the same figures, but their own sentences (the hard negatives). Each dispatch is also reprinted here
the way titles do it: the lede alone; the site's own headline with a "LIRE AUSSI" link and a photo credit,
the last paragraph cut; the typography redone (« », ’, 15 000) with the dateline dropped and a verb or two
changed; a paragraph dropped and an introduction added. The measure: the share of reprint pairs grouped, and
the number of pairs of distinct articles grouped (which must be none).
"""

from __future__ import annotations

import json
import re
import sys
import time
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = Path(__file__).with_name("data") / "reprints.jsonl"
AGENCY_RE = re.compile(r"\((?:AFP|awp/afp|Reuters|Belga)\)")


def load() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def _body(text: str) -> list[str]:
    """The dispatch's paragraphs from its first real one (titles and photo credits are short)."""
    paras = _paragraphs(text)
    for i, p in enumerate(paras):
        if len(p.split()) >= 25:
            return paras[i:]
    return paras


def lede(text: str) -> str:
    return _body(text)[0]


def regional(text: str) -> str:
    body = _body(text)
    if len(body) >= 3:
        body = body[:-1]
    out = ["Le dossier du jour : ce qu'il faut retenir", "Photo d'illustration © AFP/Archives", body[0]]
    out.append("LIRE AUSSI : Bourse de Paris, le CAC 40 finit la semaine en hausse")
    out += body[1:]
    out.append("(Avec AFP)")
    return "\n\n".join(out)


def typography(text: str) -> str:
    t = "\n\n".join(_body(text))
    t = re.sub(r"^\s*(?:PARIS|Paris)?\s*\((?:AFP|awp/afp|Reuters|Belga)\)\s*[-–]\s*", "", t)
    t = re.sub(r'"([^"]{1,300})"', "« \\1 »", t)
    t = t.replace("'", "’")
    t = re.sub(r"(\d)\.(\d{3})\b", "\\1\u202f\\2", t)
    for a, b in (("a annoncé", "a fait savoir"), ("a déclaré", "a affirmé"), ("lundi", "ce lundi")):
        t = t.replace(a, b, 1)
    return t


def trimmed(text: str) -> str:
    body = _body(text)
    if len(body) >= 3:
        body = body[:1] + body[2:]
    intro = "Le dossier, suivi de près par les marchés, connaît un nouveau rebondissement."
    return "\n\n".join([intro, *body])


EDITS = {"lede": lede, "regional": regional, "typography": typography, "trimmed": trimmed}


def build_set() -> list[dict[str, Any]]:
    """The real articles plus the edited reprints of each agency dispatch; ``group`` is the truth."""
    items = []
    for r in load():
        items.append({**r, "group": r["reprint_of"] or r["id"], "origin": "real"})
    for r in load():
        if r["reprint_of"] or not AGENCY_RE.search(r["outlet"] + " " + r["text"][:300]):
            continue
        seen = {r["text"]}
        for name, edit in EDITS.items():
            text = edit(r["text"])
            if text in seen:
                continue
            seen.add(text)
            items.append({**r, "id": f"{r['id']}~{name}", "text": text, "group": r["id"], "origin": name})
    return items


def bench_reprints() -> dict[str, Any]:
    from factx.reprints import group_reprints

    items = build_set()
    docs = [{"doc": i["id"], "text": i["text"], "source": i["outlet"]} for i in items]
    t = time.perf_counter()
    groups = group_reprints(docs)
    seconds = time.perf_counter() - t
    found = {d: g.id for d, g in groups.items()}
    reprint_pairs = grouped = real_pairs = real_grouped = distinct_pairs = wrongly = same_story = 0
    missed, wrong = [], []
    for a, b in combinations(items, 2):
        together = a["id"] in found and found.get(a["id"]) == found.get(b["id"])
        if a["group"] == b["group"]:
            reprint_pairs += 1
            grouped += together
            if a["origin"] == b["origin"] == "real":
                real_pairs += 1
                real_grouped += together
            if not together:
                missed.append(f"{a['id']} / {b['id']}")
        else:
            distinct_pairs += 1
            same_story += a["story"] == b["story"]
            if together:
                wrongly += 1
                wrong.append(f"{a['id']} / {b['id']}")
    return {
        "articles": len(items),
        "real_articles": sum(i["origin"] == "real" for i in items),
        "dispatches_reprinted": len({i["group"] for i in items if i["origin"] != "real"}),
        "reprint_pairs": reprint_pairs,
        "reprint_pairs_grouped": grouped,
        "real_reprint_pairs": real_pairs,
        "real_reprint_pairs_grouped": real_grouped,
        "distinct_pairs": distinct_pairs,
        "distinct_pairs_same_story": same_story,
        "distinct_pairs_grouped": wrongly,
        "missed": missed,
        "wrongly_grouped": wrong,
        "seconds": round(seconds, 4),
        "scale": bench_scale(),
    }


def bench_scale(n: int = 2000) -> dict[str, Any]:
    """Seconds to group ``n`` articles (the set's texts, repeated with every sentence shuffled apart)."""
    import random

    from factx.reprints import group_reprints

    rng = random.Random(3)
    sentences = [s for r in load() for s in re.split(r"(?<=[.!?])\s+", r["text"]) if len(s.split()) > 6]
    docs = []
    for i in range(n):
        docs.append({"doc": f"a{i}", "text": " ".join(rng.sample(sentences, 12))})
    t = time.perf_counter()
    groups = group_reprints(docs)
    return {"articles": n, "seconds": round(time.perf_counter() - t, 3), "grouped": len(groups)}


if __name__ == "__main__":
    print(json.dumps(bench_reprints(), indent=2, ensure_ascii=False))
