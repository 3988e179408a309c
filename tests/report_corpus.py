"""Contract documents built by hand over real article files, for the report's tests (no model needed).

Each article is written to disk and its document gives the offsets of the phrases it names, found in the
text, so the report reads the file back exactly as `factx extract` would have (same sha256, same offsets).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

HOSTILE_SCRIPT = "<script>window.__pwned = 1; alert('script')</script>"
HOSTILE_IMG = '"><img src=x onerror="window.__pwned = 2; alert(\'img\')">'
HOSTILE_JS = "javascript:alert('js')"


def span(text: str, phrase: str, after: int = 0) -> dict:
    start = text.index(phrase, after)
    return {"text": phrase, "start": start, "end": start + len(phrase)}


def amount(text: str, phrase: str, value=None, low=None, high=None, unit="EUR", approx=False) -> dict:
    return {**span(text, phrase), "kind": "money", "value": value, "low": low, "high": high, "unit": unit,
            "approx": approx}  # fmt: skip


def mention(name: str | None) -> dict | None:
    return {"text": name, "canonical": name, "label": "ORG"} if name else None


def claim(text: str, sentence: str, cid: str, subject: str, obj: str | None, money: dict | None = None,
          value: str | None = None, hedged=False, negated=False, attribution=None, cues=(),
          frame="investment") -> dict:  # fmt: skip
    s = span(text, sentence)
    return {
        "id": cid,
        "frame": frame,
        "subject": mention(subject),
        "object": mention(obj),
        "amount": money,
        "date": None,
        "value": mention(value),
        "hedged": hedged,
        "hedge_cues": list(cues),
        "negated": negated,
        "attribution": attribution,
        "sentence": sentence,
        "start": s["start"],
        "end": s["end"],
    }


def document(path: Path, text: str, claims: list[dict], date: str | None, entities=(), amounts=(),
             **meta) -> dict:  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    ents = [{**span(text, name), "label": label, "canonical": name} for name, label in entities]
    return {
        "schema": "factx/document/1",
        "doc": str(path),
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "date": date,
        "date_source": "header" if date else None,
        **meta,
        "entities": ents,
        "amounts": list(amounts),
        "dates": [],
        "claims": claims,
    }


def ampere_corpus(folder: Path) -> list[dict]:
    """Three outlets disagree on what Renault puts into Ampere (one in dollars, one a rumour, one negation)."""
    a = (
        "date: 2024-01-16\n"
        "Renault a confirmé mardi qu'il investira 3 milliards d'euros dans Ampere, sa filiale consacrée "
        "aux véhicules électriques.\n\nLe groupe compte aussi sur Nissan pour accompagner la filiale.\n"
    )
    a_sent = "Renault a confirmé mardi qu'il investira 3 milliards d'euros dans Ampere, sa filiale consacrée aux véhicules électriques."
    a_amt = amount(a, "3 milliards d'euros", value=3e9)
    b = (
        "date: 2024-02-02\n"
        "Selon La Tribune, Renault pourrait investir 1 milliard d'euros dans Ampere cette année. "
        "Renault n'a jamais investi 2 milliards d'euros dans Ampere, précise un porte-parole du groupe.\n"
    )
    b_sent1 = "Selon La Tribune, Renault pourrait investir 1 milliard d'euros dans Ampere cette année."
    b_sent2 = "Renault n'a jamais investi 2 milliards d'euros dans Ampere, précise un porte-parole du groupe."
    b_amt1, b_amt2 = amount(b, "1 milliard d'euros", value=1e9), amount(b, "2 milliards d'euros", value=2e9)
    c = "Renault a investi 5 milliards de dollars dans Ampere, d'après un communiqué publié à Paris.\n"
    c_amt = amount(c, "5 milliards de dollars", value=5e9, unit="USD")
    return [
        document(
            folder / "les-echos.txt",
            a,
            [claim(a, a_sent, "a1", "Renault", "Ampere", a_amt)],
            "2024-01-16",
            entities=[("Renault", "ORG"), ("Ampere", "ORG"), ("Nissan", "ORG")],
            amounts=[a_amt],
            source="Les Echos",
            title="Renault muscle Ampere",
            url="https://www.lesechos.fr/industrie/renault-ampere",
        ),
        document(
            folder / "la-tribune.txt",
            b,
            [
                claim(
                    b,
                    b_sent1,
                    "b1",
                    "Renault",
                    "Ampere",
                    b_amt1,
                    hedged=True,
                    attribution="La Tribune",
                    cues=["selon", "pourrait"],
                ),  # fmt: skip
                claim(b, b_sent2, "b2", "Renault", "Ampere", b_amt2, negated=True),
            ],
            "2024-02-02",
            entities=[("La Tribune", "ORG"), ("Renault", "ORG"), ("Ampere", "ORG")],
            amounts=[b_amt1, b_amt2],
        ),
        document(
            folder / "depeche.txt",
            c,
            [claim(c, c.strip(), "c1", "Renault", "Ampere", c_amt)],
            None,
            entities=[("Renault", "ORG"), ("Ampere", "ORG"), ("Paris", "LOC")],
            amounts=[c_amt],
        ),
    ]


def hostile_corpus(folder: Path) -> list[dict]:
    """Two articles whose names, text, outlet, title and URL carry markup and script: they disagree, so
    every hostile string reaches a fact section as well as the sources."""
    a = (
        f"Le fonds {HOSTILE_SCRIPT} a investi 4 millions d'euros dans Cora {HOSTILE_IMG}. "
        f"Lien : {HOSTILE_JS}\n"
    )
    a_sent = f"Le fonds {HOSTILE_SCRIPT} a investi 4 millions d'euros dans Cora {HOSTILE_IMG}."
    a_amt = amount(a, "4 millions d'euros", value=4e6)
    b = f"Le fonds {HOSTILE_SCRIPT} a investi 9 millions d'euros dans Cora, selon {HOSTILE_IMG}.\n"
    b_amt = amount(b, "9 millions d'euros", value=9e6)
    # A file name cannot hold '/': the script tag's closing slash makes a folder of the first half.
    name_a = folder / "<script>window.__pwned = 3; alert('file')<" / "script>.txt"
    name_b = folder / f"{HOSTILE_IMG} {HOSTILE_JS}.txt"
    return [
        document(
            name_a,
            a,
            [claim(a, a_sent, "h1", HOSTILE_SCRIPT, "Cora", a_amt, attribution=HOSTILE_IMG)],
            "2023-05",
            entities=[(HOSTILE_SCRIPT, "ORG"), ("Cora", "ORG"), (HOSTILE_IMG, "PER")],
            amounts=[a_amt],
            source=HOSTILE_SCRIPT,
            title=HOSTILE_IMG,
            url=HOSTILE_JS,
        ),
        document(
            name_b,
            b,
            [claim(b, b.strip(), "h2", HOSTILE_SCRIPT, "Cora", b_amt, hedged=True, cues=[HOSTILE_IMG])],
            "2023-06",
            entities=[(HOSTILE_SCRIPT, "ORG"), ("Cora", "ORG")],
            amounts=[b_amt],
            url=f"{HOSTILE_JS} {HOSTILE_IMG}",
        ),
    ]
