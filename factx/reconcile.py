"""Find where articles disagree about the same fact.

A *fact* is a frame about a subject and an object, measured one way (money, a percentage, a count of
one kind of thing, a name, a date), at one period. Claims are grouped by fact (blocking: each claim is
looked at a constant number of times), equal statements are merged into *positions* (a value and
whether it is asserted or only hedged), and only positions are compared pairwise. Each disagreement
found becomes one conflict record per fact and kind (schema ``factx/conflict/1``).

Negated claims ("Microsoft n'a pas investi 10 milliards") are left out: they say what the value is not,
which is no position of its own; comparing them would need a kind the contract does not have.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import PurePath
from typing import Any

from .data import load
from .fx import FX_WIDENING, period_date, rate
from .intervals import Interval, amount_interval, overlaps

SCHEMA = "factx/conflict/1"

# Most decisive kinds first: a reader scanning the list, or a program taking the first conflict that
# relates two claims, meets the most specific disagreement about them first.
KIND_ORDER = ("contradiction", "bound_violation", "hedged_vs_asserted", "vague_vs_precise", "other")
SEVERITIES = ("low", "medium", "high")

# Severity by kind: (when every position involved is asserted, when one of them is only hedged).
# Incompatible figures matter most when both articles assert them; a rumour may simply have been wrong.
# One article asserting what another only reports as rumour: medium (the reader may take a rumour for
# a fact). A precise figure against a vague one it fits: low (the vague one is just less informative).
SEVERITY = {
    "contradiction": ("high", "medium"),
    "bound_violation": ("high", "medium"),
    "hedged_vs_asserted": ("medium", "medium"),
    "vague_vs_precise": ("low", "low"),
    "other": ("low", "low"),
}
# The same figure in two currencies is most likely an editing slip, not two facts: low.
CURRENCY_MIXUP_SEVERITY = "low"


@lru_cache(maxsize=1 << 16)  # names repeat across claims: folding is the hot path
def _fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'")
    return re.sub(r"\s+", " ", s).strip().casefold()


@cache
def _data() -> dict[str, Any]:
    return load("reconcile")


@cache
def _unit_classes() -> dict[str, str]:
    """Counted noun -> the first noun of its synonym class (employé, salarié, poste -> employé)."""
    out: dict[str, str] = {}
    for group in _data().get("unit_synonyms", []):
        for unit in group:
            out.setdefault(_fold(unit), _fold(group[0]))
    return out


def unit_class(unit: str | None) -> str:
    """The class of a counted noun: synonyms share one, any other noun is its own."""
    u = _fold(unit)
    return _unit_classes().get(u, u)


@dataclass(frozen=True)
class _Value:
    """What a claim states: an interval of numbers (with its currency) or a name or date."""

    interval: Interval | None = None
    unit: str | None = None
    name: str | None = None  # folded name or ISO date, for non-numeric values
    is_date: bool = False
    display: str | None = field(default=None, compare=False)  # the name as written, for output


@dataclass
class _Entry:
    claim: Mapping[str, Any]
    doc: str
    frame: str
    subject: str | None
    object: str | None
    measure: tuple[str, ...]
    period: str | None
    value: _Value
    text: str  # the compared value's text in the article
    hedged: bool

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.frame, _fold(self.subject), _fold(self.object), self.measure)


@dataclass
class _Position:
    value: _Value
    hedged: bool
    entries: list[_Entry] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.entries[0].text

    # Cached: a position's claims are all gathered before it is first sorted or shown.
    @cached_property
    def docs(self) -> list[str]:
        return sorted({e.doc for e in self.entries})

    @cached_property
    def _sort_key(self) -> tuple[Any, ...]:
        i = self.value.interval
        numeric = (i.low, i.high) if i else (0.0, 0.0)
        return (i is None, *numeric, self.value.name or "", self.hedged, self.text, self.docs)

    def sort_key(self) -> tuple[Any, ...]:
        return self._sort_key


@dataclass(frozen=True)
class _Finding:
    kind: str
    severity: str
    a: _Position  # asserted / precise / bound side, depending on the kind
    b: _Position
    variant: str  # the explanation template


@lru_cache(maxsize=4096)
def _year(value: str | None) -> str | None:
    m = re.match(r"\d{4}", value or "")
    return m.group(0) if m else None


def _name(mention: Mapping[str, Any] | None, canonical: Mapping[str, str]) -> str | None:
    if not mention:
        return None
    name = mention.get("canonical") or mention.get("text")
    return canonical.get(name, canonical.get(_fold(name), name)) if name else None


def _entry(
    claim: Mapping[str, Any], doc: str, pub_date: str | None, canonical: Mapping[str, str]
) -> _Entry | None:
    """The comparable form of a claim, or None when it states nothing to compare (or is negated)."""
    if claim.get("negated"):
        return None
    amount, value, date = claim.get("amount"), claim.get("value"), claim.get("date")
    own_period = _year(date.get("value")) if date else None
    published = _year(pub_date)
    # A date after the article's own is a horizon ("2 000 postes d'ici 2026"), not when the fact was stated:
    # the plan belongs to the period it was announced in, like the same plan reported without its horizon.
    if own_period and published and own_period > published:
        own_period = None
    period = own_period or published
    if amount:
        interval = amount_interval(amount)
        if interval is None:
            return None
        kind = amount.get("kind") or "money"
        unit = amount.get("unit")
        measure: tuple[str, ...] = (kind,)
        if kind == "count":
            measure = (kind, unit_class(unit))
        elif kind == "quantity":
            measure = (kind, _fold(unit))
        v = _Value(interval=interval, unit=unit if kind == "money" else None)
        text = amount.get("text") or ""
    elif value:
        name = _name(value, canonical)
        v, measure, text = _Value(name=_fold(name), display=name), ("value",), value.get("text") or name or ""
    elif date and date.get("value"):
        # The date is what the claim states (founded in 2015): it cannot also be the fact's period.
        v, measure, text, period = (
            _Value(name=date["value"], is_date=True, display=date["value"]),
            ("date",),
            date.get("text") or "",
            None,
        )
    else:
        return None
    return _Entry(
        claim=claim,
        doc=doc,
        frame=claim.get("frame") or "",
        subject=_name(claim.get("subject"), canonical),
        object=_name(claim.get("object"), canonical),
        measure=measure,
        period=period,
        value=v,
        text=text,
        hedged=bool(claim.get("hedged")),
    )


def _converted(a: _Value, b: _Value, on: Any) -> Interval | None:
    """a's interval in b's currency (widened for the rate a journalist may have used); None if unknown."""
    assert a.interval is not None
    if not a.unit or not b.unit or a.unit == b.unit:
        return a.interval
    r = rate(a.unit, b.unit, on)
    return None if r is None else a.interval.scaled(r, FX_WIDENING)


def _compatible(a: _Value, b: _Value, on: Any) -> bool:
    if a.interval is None or b.interval is None:
        if a.is_date and b.is_date:  # "2015" and "2015-03" agree at the coarser grain
            return a.name.startswith(b.name) or b.name.startswith(a.name)  # type: ignore[union-attr]
        return a.name == b.name
    ia = _converted(a, b, on)
    return ia is not None and overlaps(ia, b.interval)


def _currency_mixup(a: _Value, b: _Value, on: Any) -> bool:
    """The same figure in two currencies far from parity: a real conversion would have changed it."""
    if a.interval is None or b.interval is None or not a.unit or not b.unit or a.unit == b.unit:
        return False
    r = rate(a.unit, b.unit, on)
    if r is None:
        return False
    if a.interval.shape == "precise" and a.interval == b.interval:
        return abs(r - 1) > FX_WIDENING
    return overlaps(a.interval, b.interval) and not _compatible(a, b, on)


def _severity(kind: str, *positions: _Position) -> str:
    asserted, hedged = SEVERITY[kind]
    return hedged if any(p.hedged for p in positions) else asserted


def _compare(p: _Position, q: _Position, on: Any) -> _Finding | None:
    """The disagreement between two positions on the same fact, if any."""
    if p.value.interval is None or q.value.interval is None:
        if not _compatible(p.value, q.value, on):
            return _Finding("contradiction", _severity("contradiction", p, q), p, q, "contradiction")
        if p.hedged != q.hedged:
            a, b = (q, p) if p.hedged else (p, q)
            return _Finding(
                "hedged_vs_asserted", _severity("hedged_vs_asserted", a, b), a, b, "hedged_vs_asserted"
            )
        return None
    if p.value.unit != q.value.unit and _currency_mixup(p.value, q.value, on):
        return _Finding("contradiction", CURRENCY_MIXUP_SEVERITY, p, q, "currency_mixup")
    ip, iq = p.value.interval, q.value.interval
    if not _compatible(p.value, q.value, on):
        if ip.shape == "bound" or iq.shape == "bound":
            a, b = (p, q) if ip.shape == "bound" else (q, p)
            return _Finding("bound_violation", _severity("bound_violation", a, b), a, b, "bound_violation")
        # A precise figure outside a vague one's range ("plusieurs milliards" vs "500 millions") is
        # no longer a matter of vagueness: it contradicts it.
        return _Finding("contradiction", _severity("contradiction", p, q), p, q, "contradiction")
    shapes = {ip.shape, iq.shape}
    if shapes == {"precise", "vague"}:
        a, b = (p, q) if ip.shape == "precise" else (q, p)
        return _Finding("vague_vs_precise", _severity("vague_vs_precise", a, b), a, b, "vague_vs_precise")
    # Compatible statements differing only in hedging: the same precise figure, or the same range.
    if p.hedged != q.hedged and (shapes == {"precise"} or ip == iq):
        a, b = (q, p) if p.hedged else (p, q)
        return _Finding(
            "hedged_vs_asserted", _severity("hedged_vs_asserted", a, b), a, b, "hedged_vs_asserted"
        )
    return None


def _value_key(v: _Value) -> tuple[Any, ...]:
    return (v.interval, v.unit, v.name, v.is_date)


def _positions(entries: Iterable[_Entry]) -> list[_Position]:
    """Merge claims stating the same value with the same hedging into one position each."""
    by_key: dict[tuple[Any, ...], _Position] = {}
    for e in entries:
        k = (*_value_key(e.value), e.hedged)
        by_key.setdefault(k, _Position(e.value, e.hedged)).entries.append(e)
    return sorted(by_key.values(), key=_Position.sort_key)


def _assign_undated(entries: list[_Entry]) -> None:
    """Give each undated claim of a fact the dated period it fits best, in place.

    An undated claim is compatible with any period, but attaching it to all of them would make an
    undated "10 milliards" (2023's investment) contradict the 2019 "1 milliard": we pick the period
    whose stated values it agrees with most, and the latest one on a tie (an undated article is most
    likely about the current state of the story).
    """
    periods: dict[str, dict[tuple[Any, ...], _Value]] = defaultdict(dict)
    for e in entries:
        if e.period is not None:
            periods[e.period][_value_key(e.value)] = e.value
    if not periods:
        return
    best: dict[tuple[Any, ...], str] = {}
    for e in entries:
        if e.period is not None:
            continue
        k = _value_key(e.value)
        if k not in best:
            scores = []
            for period, values in periods.items():
                on = period_date(period)
                fit = sum(_compatible(e.value, v, on) for v in values.values()) / len(values)
                scores.append((fit, period))
            best[k] = max(scores)[1]
        e.period = best[k]


@lru_cache(maxsize=1 << 16)
def _doc_name(doc: str) -> str:
    return PurePath(doc).stem or doc


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {_data().get('list_and', 'et')} {names[-1]}"


def _fact_phrase(frame: str, subject: str | None, obj: str | None, period: str | None) -> str:
    phrases = _data().get("frame_phrases", {})
    template = phrases.get(frame) or phrases.get("default", "{frame}")
    phrase = template.format(
        frame=frame, subject=subject or "?", object=obj or "?", object_part=f", {obj}" if obj else ""
    )
    for word, elided in _data().get("elisions", {}).items():
        phrase = re.sub(rf"\b{word} (?=[aeiouàâéèêëîïôûAEIOUÀÂÉÈÊËÎÏÔÛ])", elided, phrase)
    if period:
        phrase += _data().get("period_phrase", " ({period})").format(period=period)
    return phrase


def _label(p: _Position) -> str:
    labels = _data().get("hedge_labels", {})
    return f"{p.text} ({labels.get('hedged' if p.hedged else 'asserted', '')})"


def _side(members: list[_Position]) -> dict[str, Any]:
    """One side: the first (most precise) position speaks for it; every member's claims are listed."""
    p = members[0]
    amount = p.entries[0].claim.get("amount") if p.value.interval is not None else None
    side: dict[str, Any] = {
        "label": _label(p),
        "value": amount.get("value") if amount else p.value.display,
        "low": amount.get("low") if amount else None,
        "high": amount.get("high") if amount else None,
        "hedged": p.hedged,
    }
    if amount:
        side["unit"] = amount.get("unit")
    entries = sorted(
        (e for m in members for e in m.entries), key=lambda e: (e.doc, str(e.claim.get("id", "")))
    )
    side["claims"] = [
        {"id": e.claim.get("id", ""), "doc": e.doc, "text": e.text, "sentence": e.claim.get("sentence", "")}
        for e in entries
    ]
    return side


def _precision(p: _Position) -> tuple[Any, ...]:
    """Asserted before hedged, then the narrowest statement first: the best speaker for a side."""
    i = p.value.interval
    width = (i.high - i.low) / max(abs(i.low), abs(i.high), 1e-12) if i else 0.0
    return (p.hedged, width, p.sort_key())


def _sides(positions: list[_Position], disagree: set[tuple[int, int]]) -> list[list[_Position]]:
    """Group the positions of a record into sides of statements that all agree with each other.

    "450 millions" and "près de 450 millions" both contradict "520 millions", but they agree: shown on
    two sides they would read as opposed. Greedy, most precise first: a position joins the first side
    whose members it all agrees with (no disagreement of any kind), else opens a new side.
    """
    sides: list[list[_Position]] = []
    for p in sorted(positions, key=_precision):
        for side in sides:
            if all((id(p), id(q)) not in disagree for q in side):
                side.append(p)
                break
        else:
            sides.append([p])
    return sorted(sides, key=lambda side: side[0].sort_key())


def _conflict_id(
    frame: str, subject: str | None, obj: str | None, measure: tuple[str, ...], period: str | None, kind: str
) -> str:
    raw = "\x1f".join([frame, _fold(subject), _fold(obj), "/".join(measure), period or "", kind])
    return "cf_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _records(entries: list[_Entry], period: str | None) -> list[dict[str, Any]]:
    """The conflict records of one fact at one period: one per kind found."""
    positions = _positions(entries)
    if len(positions) < 2:
        return []
    on = period_date(period)
    findings: dict[str, list[_Finding]] = defaultdict(list)
    disagree: set[tuple[int, int]] = set()
    for i, p in enumerate(positions):
        for q in positions[i + 1 :]:
            # Articles disagreeing is the point: two statements of one article are, far more often than not,
            # two different facts the extraction could not tell apart ("signé en 2019", "étendu aujourd'hui").
            if not any(x != y for x in p.docs for y in q.docs):
                continue
            f = _compare(p, q, on)
            if f is not None:
                findings[f.kind].append(f)
                disagree |= {(id(p), id(q)), (id(q), id(p))}
    first = entries[0]
    index = {id(p): i for i, p in enumerate(positions)}
    out = []
    for kind in KIND_ORDER:
        found = findings.get(kind)
        if not found:
            continue
        involved = {id(p): p for f in found for p in (f.a, f.b)}
        sides = _sides(list(involved.values()), disagree)
        side_of = {id(p): side for side in sides for p in side}
        # The sentence describes the most telling pair: most severe, then the fewest hedged positions.
        top = min(
            found,
            key=lambda f: (
                -SEVERITIES.index(f.severity),
                f.a.hedged + f.b.hedged,
                _precision(side_of[id(f.a)][0]) != _precision(f.a),  # prefer a side's own speaker
                index[id(f.a)],
                index[id(f.b)],
            ),
        )
        a, b = side_of[id(top.a)], side_of[id(top.b)]
        template = _data()["explanations"][top.variant]
        explanation = template.format(
            fact=_fact_phrase(first.frame, first.subject, first.object, period),
            a=a[0].text,
            b=b[0].text,
            docs_a=_join([_doc_name(d) for d in sorted({d for p in a for d in p.docs})]),
            docs_b=_join([_doc_name(d) for d in sorted({d for p in b for d in p.docs})]),
        )
        out.append(
            {
                "schema": SCHEMA,
                "id": _conflict_id(first.frame, first.subject, first.object, first.measure, period, kind),
                "frame": first.frame,
                "subject": first.subject,
                "object": first.object,
                "period": period,
                "kind": kind,
                "severity": max((f.severity for f in found), key=SEVERITIES.index),
                "explanation": explanation,
                "sides": [_side(side) for side in sides],
            }
        )
    return out


def reconcile(
    documents: Iterable[Mapping[str, Any]], canonical: Mapping[str, str] | None = None
) -> list[dict[str, Any]]:
    """The conflicts between the claims of contract documents (``factx/document/1``).

    ``canonical`` maps names to one corpus-wide name (applied to subjects, objects and values after each
    mention's own ``canonical``). The result is sorted by fact, period and kind; ids are stable.
    Without ``canonical``, the names of the documents' entities are merged across the corpus first
    (:func:`factx.canon.corpus_names`); pass ``{}`` to compare each article's own names as they are.
    """
    if canonical is None:
        from .canon import corpus_names

        documents = list(documents)
        canonical = corpus_names(documents)
    names = dict(canonical or {})
    names.update({_fold(k): v for k, v in (canonical or {}).items()})
    groups: dict[tuple[Any, ...], list[_Entry]] = defaultdict(list)
    for document in documents:
        doc, pub = str(document.get("doc", "")), document.get("date")
        for claim in document.get("claims") or []:
            e = _entry(claim, doc, pub, names)
            if e is not None:
                groups[e.key].append(e)
    conflicts: list[dict[str, Any]] = []
    for key in sorted(groups, key=lambda k: tuple(map(str, k))):
        entries = sorted(
            groups[key], key=lambda e: (e.doc, str(e.claim.get("id", "")), e.claim.get("start", 0))
        )
        _assign_undated(entries)
        by_period: dict[str | None, list[_Entry]] = defaultdict(list)
        for e in entries:
            by_period[e.period].append(e)
        for period in sorted(by_period, key=lambda p: p or ""):
            conflicts.extend(_records(by_period[period], period))
    return conflicts


def filter_conflicts(
    conflicts: Iterable[Mapping[str, Any]],
    kind: str | Iterable[str] | None = None,
    min_severity: str | None = None,
    entity: str | None = None,
    frame: str | None = None,
) -> list[Mapping[str, Any]]:
    """The conflicts of a kind (or kinds), at least as severe as ``min_severity``, naming ``entity``
    (subject or object, case and accents ignored), about ``frame``."""
    kinds = {kind} if isinstance(kind, str) else set(kind) if kind is not None else None
    floor = SEVERITIES.index(min_severity) if min_severity else 0
    wanted = _fold(entity) if entity else None
    out = []
    for c in conflicts:
        if kinds is not None and c.get("kind") not in kinds:
            continue
        if SEVERITIES.index(c.get("severity", "low")) < floor:
            continue
        if wanted is not None and wanted not in {_fold(c.get("subject")), _fold(c.get("object"))}:
            continue
        if frame is not None and c.get("frame") != frame:
            continue
        out.append(c)
    return out


# Synthetic corpus for benchmarks and property tests: contract documents about many companies, with
# figures that sometimes disagree (other figure, rumour, vague amount, bound, other currency).
_SCALES = (("millions", 1e6), ("milliards", 1e9))
_CURRENCIES = (("EUR", "d'euros"), ("USD", "de dollars"))
_COUNT_NOUNS = ("salariés", "employés", "postes")
_MODELS = ("GPT-3", "GPT-3.5", "GPT-4")


def _synthetic_amount(rng: random.Random, kind: str, base: float, scale: tuple[str, float]) -> dict[str, Any]:
    word, unit = scale
    amount: dict[str, Any] = {"kind": kind, "value": None, "low": None, "high": None, "approx": False}
    variant = rng.choices(("same", "other", "approx", "vague", "bound"), weights=(6, 1, 1, 1, 1))[0]
    number = base if variant != "other" else base + rng.choice((1, 2, 5))
    if kind == "percent":
        amount.update(text=f"{number:g} %", value=number, unit="%")
    elif kind == "count":
        noun = rng.choice(_COUNT_NOUNS)
        amount.update(
            text=f"{number:g} {noun}",
            value=number,
            unit=noun.removesuffix("s"),
        )
    else:
        code, phrase = rng.choices(_CURRENCIES, weights=(9, 1))[0]
        amount["unit"] = code
        if variant == "vague":
            amount.update(text=f"plusieurs {word} {phrase}", low=2 * unit, approx=True)
        elif variant == "bound":
            amount.update(text=f"plus de {number:g} {word} {phrase}", low=number * unit)
        else:
            prefix = "près de " if variant == "approx" else ""
            amount.update(
                text=f"{prefix}{number:g} {word} {phrase}", value=number * unit, approx=variant == "approx"
            )
    amount.update(start=0, end=len(amount["text"]))
    return amount


def synthetic_claims(n: int, seed: int = 0) -> list[dict[str, Any]]:
    """``n`` claims in contract documents (20 claims each) about ``n // 25`` facts, deterministic in ``seed``."""
    rng = random.Random(seed)
    frames = (("investment", "money"), ("acquisition", "money"), ("stake", "percent"), ("layoff", "count"))
    facts = []
    for i in range(max(1, n // 25)):
        frame, kind = rng.choice(frames + (("based_on", "value"), ("founding", "date")))
        base = (
            float(rng.randint(1, 99)) if kind == "percent" else float(rng.choice((1, 2, 5, 10, 12, 150, 480)))
        )
        facts.append(
            (
                frame,
                kind,
                f"Société {i}",
                f"Cible {i}" if frame != "founding" else None,
                base,
                rng.choice(_SCALES),
            )
        )
    documents: list[dict[str, Any]] = []
    for d in range(0, n, 20):
        pub = rng.choice((None, f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}"))
        claims = []
        for c in range(min(20, n - d)):
            frame, kind, subject, obj, base, scale = rng.choice(facts)
            year = rng.choice((None, None, str(rng.randint(2021, 2023))))
            claim: dict[str, Any] = {
                "id": f"s{d + c}",
                "frame": frame,
                "subject": {"text": subject, "canonical": subject, "label": "ORG"},
                "object": {"text": obj, "canonical": obj, "label": "ORG"} if obj else None,
                "amount": None,
                "date": {"text": f"en {year}", "start": 0, "end": 7, "value": year, "grain": "year"}
                if year
                else None,
                "value": None,
                "hedged": rng.random() < 0.2,
                "negated": rng.random() < 0.02,
                "start": 0,
            }
            if kind == "value":
                model = rng.choices(_MODELS, weights=(8, 1, 1))[0]
                claim["value"] = {"text": model, "canonical": model, "label": "PRODUCT"}
            elif kind == "date":
                founded = str(2000 + int(base) % 20 + rng.choices((0, 1), weights=(9, 1))[0])
                claim["date"] = {"text": founded, "start": 0, "end": 4, "value": founded, "grain": "year"}
            else:
                claim["amount"] = _synthetic_amount(rng, kind, base, scale)
            shown = claim["amount"]["text"] if claim["amount"] else (claim["value"] or claim["date"])["text"]
            claim["sentence"] = f"{subject} : {frame}, {shown}."
            claim["end"] = len(claim["sentence"])
            claims.append(claim)
        documents.append(
            {
                "schema": "factx/document/1",
                "doc": f"synthetic/{d // 20:06d}.txt",
                "sha256": "0" * 64,
                "date": pub,
                "entities": [],
                "amounts": [],
                "dates": [],
                "claims": claims,
            }
        )
    return documents
