"""A stand-in for the French pipeline in fast tests, like llm's mock model: the test says which claims an
article holds, and the stub builds the article's contract document over its real text (offsets, sentences,
entities found where the names are written). It reads nothing itself: it only lets the CLI, the store and
the reconciler be tested in milliseconds, with no model.

    def test_x(stub, tmp_path):
        stub.add("a.txt", Claim("acquisition", "Carrefour", "Cora", "1,05 milliard d'euros", money(1.05e9, "EUR")))
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePath

from factx.errors import ArticleError
from factx.ingest import Article


@dataclass(frozen=True)
class Claim:
    frame: str
    subject: str | None
    object: str | None = None
    amount: str | None = None  # the amount's text, as written in the article
    parsed: dict | None = None  # its normalised fields: kind, value, low, high, unit, approx
    hedged: bool = False
    negated: bool = False
    date: str | None = None  # the date's text, as written in the article
    date_value: str | None = None
    attribution: str | None = None


def money(value=None, unit="EUR", low=None, high=None, approx=False) -> dict:
    return {"kind": "money", "value": value, "low": low, "high": high, "unit": unit, "approx": approx}


def count(value=None, unit="poste", low=None, high=None, approx=False) -> dict:
    return {"kind": "count", "value": value, "low": low, "high": high, "unit": unit, "approx": approx}


class StubAnalyser:
    def __init__(self) -> None:
        self.claims: dict[str, list[Claim]] = {}
        self.failures: dict[str, str] = {}
        self.analysed: list[str] = []

    def add(self, name: str, *claims: Claim) -> None:
        """Claims of the article whose file name (or JSON Lines id) is ``name``."""
        self.claims.setdefault(name, []).extend(claims)

    def fail(self, name: str, problem: str) -> None:
        self.failures[name] = problem

    def analyse_many(self, arts: Iterable[Article]) -> Iterator[dict | ArticleError]:
        for art in arts:
            self.analysed.append(art.doc)
            name = PurePath(art.doc).name
            if name in self.failures:
                yield ArticleError(art.doc, self.failures[name])
                continue
            yield self.document(art, self.claims.get(name, []))

    def document(self, art: Article, claims: list[Claim]) -> dict:
        text = art.text
        entities, out = [], []
        for name in dict.fromkeys(n for c in claims for n in (c.subject, c.object) if n):
            for m in re.finditer(re.escape(name), text):
                entities.append(
                    {"text": name, "start": m.start(), "end": m.end(), "label": "ORG", "canonical": name}
                )
        amounts = []
        for c in claims:
            amount = _span(text, c.amount, c.parsed) if c.amount else None
            date = _span(text, c.date, {"value": c.date_value, "grain": "year"}) if c.date else None
            anchor = amount or date or _span(text, c.subject or c.frame, {})
            start, end = _sentence(text, anchor["start"])
            if amount:
                amounts.append(amount)
            ident = hashlib.sha1(f"{art.sha256}{c}".encode()).hexdigest()[:16]
            out.append(
                {
                    "id": ident,
                    "frame": c.frame,
                    "subject": _mention(c.subject),
                    "object": _mention(c.object),
                    "amount": amount,
                    "date": date,
                    "value": None,
                    "hedged": c.hedged,
                    "negated": c.negated,
                    "attribution": c.attribution,
                    "sentence": text[start:end],
                    "start": start,
                    "end": end,
                }
            )
        return {
            "schema": "factx/document/1",
            "doc": art.doc,
            "sha256": art.sha256,
            "date": art.date,
            "date_source": art.date_source,
            "entities": sorted(entities, key=lambda e: e["start"]),
            "amounts": amounts,
            "dates": [c["date"] for c in out if c["date"]],
            "claims": out,
        }


def _mention(name: str | None) -> dict | None:
    return {"text": name, "canonical": name, "label": "ORG"} if name else None


def _span(text: str, part: str, fields: dict) -> dict:
    at = text.find(part)
    if at < 0:
        raise AssertionError(f"stub: {part!r} is not in the article")
    return {"text": part, "start": at, "end": at + len(part), **fields}


def _sentence(text: str, at: int) -> tuple[int, int]:
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n", text) if m.end() <= at]
    start = starts[-1]
    m = re.compile(r"[.!?](?=\s|$)|\n").search(text, at)
    end = m.end() if m and m.group() != "\n" else (m.start() if m else len(text))
    return start, end
