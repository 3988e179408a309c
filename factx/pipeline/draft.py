"""A claim while it is being built: a typed draft that each stage fills, turned into the contract dict once.

Every stage records in ``how`` which strategy decided its part ({"frame": "noun_complement", "subject":
"parse/description", "date": "clause"}): `factx conflicts --explain` and `--debug` show it, and tests can say
which strategy they exercise.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from spacy.tokens import Span

from .tokens import token_strings


@dataclass
class Filled:
    """A role filled: the contract mention, the token it was read at, and the strategy that found it."""

    mention: dict  # {"text", "canonical", "label"}
    token: int
    how: str

    @property
    def canonical(self) -> str:
        return self.mention["canonical"]


@dataclass
class Draft:
    frame: str
    sent: Span
    trigger: int  # token index of the trigger's head; -1 when the frame came from a unit or the per-unit rule
    trigger_pos: str  # "verb" or "noun" ("" without a trigger)
    figure: Span | None = None
    alternatives: list[Span] = field(default_factory=list)
    per_unit: str | None = None  # "action" for "95 dollars par action"
    increment: bool = False  # "2,75 milliards supplémentaires": a top-up, not the total
    facets: tuple[str, ...] = ()  # figures.yaml facets: "sept usines françaises" is a national count
    loss: bool = False  # "une perte de 8 milliards": a result below zero (figures.yaml loss_words)
    revised: bool = False  # "a relevé son offre à 42,50 euros": a deal's revised figure (figures.yaml)
    stated: bool = False  # kept as a claim of its sentence (later sentences refer back to what was stated)
    part_of: Span | None = None  # the whole of a part ("15 000 postes, dont 4 600 en France")
    whole_of: Span | None = None  # the part a whole is out of ("182 des 310 salariés": 182)
    subject: Filled | None = None
    object: Filled | None = None
    value: Filled | None = None
    date: Span | None = None
    hedge_cues: list[str] = field(default_factory=list)
    attribution: str | None = None
    negated: bool = False
    milestone: str | None = None  # "announcement", "completion", "approval" of a one-off event
    announced: Span | None = None  # the day a measure was made public ("a annoncé mercredi 8 février")
    rival: bool = False  # another name's bid for the target of the deal the article tells (not that deal)
    how: dict[str, str] = field(default_factory=dict)

    def fills(self, needs: tuple[str, ...]) -> bool:
        """One of the roles ``needs`` names is filled (a frame's needs: its claim says something)."""
        have = {
            "amount": self.figure is not None,
            "date": self.date is not None,
            "value": self.value is not None,
            "object": self.object is not None,
        }
        return any(have.get(n, False) for n in needs)

    @property
    def anchor(self) -> int:
        """Character offset that identifies the draft in its sentence: the trigger's, else the figure's."""
        if self.trigger >= 0:
            return token_strings(self.sent.doc).idx[self.trigger]
        return self.figure.start_char if self.figure is not None else self.sent.start_char

    def to_contract(self, sentence_text: str | None = None) -> dict:
        """The contract claim; ``sentence_text`` is the sentence's text when the caller has it already (one
        sentence can hold many claims: its text is built once, not once per claim)."""
        sent = self.sent
        text = sentence_text if sentence_text is not None else sent.text
        # the id hashes the frame, the sentence and the anchor: stable across runs for the same text, and
        # distinct for two figures of one trigger
        figure_at = self.figure.start_char if self.figure is not None else -1
        raw = f"{self.frame}|{sent.start_char}|{self.anchor}|{figure_at}|{self._subject_key()}|{text}"
        out = {
            "id": hashlib.sha1(raw.encode()).hexdigest()[:16],
            "frame": self.frame,
            "subject": _mention(self.subject),
            "object": _mention(self.object),
            "amount": _amount(self.figure),
            "date": _date(self.date),
            "value": _mention(self.value),
            "hedged": bool(self.hedge_cues),
            "hedge_cues": list(dict.fromkeys(self.hedge_cues)),
            "negated": self.negated,
            "attribution": self.attribution,
            "sentence": text,
            "start": sent.start_char,
            "end": sent.end_char,
            "how": dict(self.how),
        }
        if self.alternatives:
            out["alternatives"] = [_amount(s) for s in self.alternatives]
        if self.per_unit:
            out["per_unit"] = self.per_unit
        if self.increment:
            out["increment"] = True
        if self.facets:
            out["facets"] = list(self.facets)
        if self.revised:
            out["revised"] = True
        if self.loss:
            out["loss"] = True
        if self.part_of is not None:
            out["part_of"] = _amount(self.part_of)
        if self.milestone:
            out["milestone"] = self.milestone
        if self.announced is not None:
            out["announced"] = _date(self.announced)
        return out

    def _subject_key(self) -> str:
        # two coordinated parties of one figure ("Nvidia et Salesforce apporteraient") are two claims
        if not self.how.get("split"):
            return ""
        return "|".join(f.canonical if f is not None else "" for f in (self.subject, self.object))


def _mention(filled: Filled | None) -> dict | None:
    if filled is None:
        return None
    m = filled.mention
    return {"text": m["text"], "canonical": m["canonical"], "label": m.get("label")}


def _amount(span: Span | None) -> dict | None:
    fields = span._.factx_amount if span is not None else None
    if not fields:
        return None
    return {"text": _text(span), "start": span.start_char, "end": span.end_char, **fields}


def _date(span: Span | None) -> dict | None:
    fields = span._.factx_date if span is not None else None
    if not fields:
        return None
    return {"text": _text(span), "start": span.start_char, "end": span.end_char, **fields}


def _text(span: Span) -> str:
    # span.text makes a Token object per word; the doc's token lists have it
    return token_strings(span.doc).span_text(span.start, span.end)
