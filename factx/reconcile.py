"""Find where articles disagree about the same fact.

A *fact* is a frame about a subject and an object, measured one way (money, a percentage, a count of one
kind of thing, a name, a date):

- names are the story's: every article's names are merged into one canonical name per entity
  (:func:`factx.canon.merge_names`), and a claim that leaves out a party its story always names with the
  others ("le rachat pour 5,5 milliards" where the other claims say Alstom -> Bombardier Transport) takes it;
- a one-off event (an acquisition, a funding round, a layoff plan: frames with ``one_off`` in frames.yaml)
  is one fact from the first rumour to the closing, whatever the articles' dates, unless its own dates and
  figures set two events apart (a round in December and another in June); a recurring measure (revenue,
  a valuation, a headcount) belongs to the period of its stated date, else of its article's date.

Claims of one fact stating the same value with the same hedging are merged into *positions*, and only
positions are compared pairwise (blocking: each claim is looked at a constant number of times). A claim's
restatement in another currency ("69 milliards de dollars (60,7 milliards d'euros)") is an alternative
value of the same claim, never a position of its own. Two positions conflict only when they come from
different sources (articles, or reprint groups of one dispatch): a conflict is a disagreement between
articles. Each disagreement becomes one record per fact and kind (schema ``factx/conflict/1``):

- ``contradiction``: two asserted figures that cannot both be true (the same figure in two currencies far
  from parity is a low-severity one: likely a mix-up);
- ``hedged_vs_asserted``: a rumour against an asserted figure, the same (now confirmed) or another (the
  rumour was off);
- ``vague_vs_precise``: a precise figure against a vague one it fits;
- ``bound_violation``: a figure outside a bound another article states;
- ``other``: two rumours that disagree;
- and, for a fact its articles give with the same figure, event dates that disagree ("annoncé le 12
  juillet 2023" / "annoncé en juillet 2024") are a ``contradiction`` about the date; the dates of one
  milestone are compared like figures (a quarter against a day of it is ``vague_vs_precise``, a rumoured
  date against the asserted one ``hedged_vs_asserted``).

Negated claims ("Microsoft n'a pas investi 10 milliards") take no position: they say what the value is not.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property, lru_cache
from pathlib import PurePath
from typing import Any

from .data import load
from .fx import FX_WIDENING, period_dates, rate
from .intervals import Interval, amount_interval, overlaps

SCHEMA = "factx/conflict/1"

# Most decisive kinds first: a reader scanning the list, or a program taking the first conflict that
# relates two claims, meets the most specific disagreement about them first.
KIND_ORDER = ("contradiction", "bound_violation", "hedged_vs_asserted", "vague_vs_precise", "other")
SEVERITIES = ("low", "medium", "high")

# Severity by kind: (when every position involved is asserted, when one of them is only hedged).
SEVERITY = {
    "contradiction": ("high", "medium"),
    "bound_violation": ("high", "medium"),
    "hedged_vs_asserted": ("medium", "medium"),
    "vague_vs_precise": ("low", "low"),
    "other": ("low", "low"),
}
# The same figure in two currencies is most likely an editing slip, not two facts: low.
CURRENCY_MIXUP_SEVERITY = "low"

# One-off events: a statement more than EVENT_SPAN months from every statement of an event is another event;
# a statement with a date of its own more than EVENT_DATED months from another, with a figure that does not fit
# it, too (a second round). Within those bounds the statements chain: a rumour, the announcement a year and a
# half later and the closing six months after that are one fact, unless two of them more than EVENT_SPAN months
# apart state figures that do not fit (successive rounds a year apart each).
EVENT_SPAN = 24
EVENT_DATED = 3
# A holding that trades change (frames.yaml ``moves``): statements further apart than this are two moments.
MOMENT_DAYS = 31
# An undated measure in an article written this close to another that states last year's is last year's.
SAME_DAYS = 31
SIZE_RATIO = 1.5  # figures of one fact said of two companies are of one company when this close
# a count read from the context alone goes to the party most sources read for counts this close (closer than
# SIZE_RATIO: a buyer's 210 staff at one site are no target's 182)
VOTE_RATIO = 1.15
DEAL_ORDER = 3.0  # a price said of a deal's target is its price when within this factor of the deal's figures
# days: an undated figure this soon after another article's of the year before is that year's
CURRENT_GAP = 92
TOTAL_TOLERANCE = 0.02  # a total restated from its parts in one sentence may round them
PAST = "past"  # the milestone of a one-off event dated before its article's year (_past_milestone)


@lru_cache(maxsize=1 << 16)  # names repeat across claims: folding is the hot path
def _fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'")
    return re.sub(r"\s+", " ", s).strip().casefold()


@cache
def _data() -> dict[str, Any]:
    return load("reconcile")


@cache
def _daily_facets() -> frozenset[str]:
    return frozenset(str(f) for f in _data().get("daily_facets") or ())


def _day_of(stated: str | None, pub: str | None) -> str:
    """The day a claim speaks of: its own date when it gives the day, else its article's date."""
    for d in (stated, pub):
        if d and str(d).count("-") == 2:
            return str(d)[:10]
    return str(stated or pub or "")


@cache
def _frame_attribute(key: str) -> dict[str, Any]:
    """Frame -> its value of ``key`` in frames.yaml, for the frames that set it."""
    raw = load("frames").get("frames") or {}
    return {name: spec[key] for name, spec in raw.items() if isinstance(spec, dict) and spec.get(key)}


def _flagged(key: str) -> frozenset[str]:
    """The frames frames.yaml marks with ``key`` (``one_off``; ``once``: one event between its parties)."""
    return frozenset(_frame_attribute(key))


def _deadline(claim: Mapping[str, Any]) -> bool:
    """The claim's date is written as a deadline or horizon ("d'ici à 2027", "à l'horizon 2030"): its own
    words, or those right before it in the sentence."""
    when = claim.get("date") or {}
    sentence = str(claim.get("sentence") or "")
    at = when.get("start", -1) - claim.get("start", 0) if isinstance(when.get("start"), int) else -1
    before = _fold(sentence[max(0, at - 16) : at]).rstrip() if 0 <= at <= len(sentence) else ""
    own = _fold(str(when.get("text") or ""))
    # "la fermeture de 120 agences d'ici à 2027": the words right before the date end in one ("à" may follow)
    return any(own.startswith(w) or before.endswith((w, f"{w} a")) for w in _horizon_words())


@lru_cache(maxsize=1)
def _horizon_words() -> tuple[str, ...]:
    return tuple(_fold(str(w)) for w in _data().get("horizon_words") or [])


@cache
def _reported() -> dict[str, str]:
    """Frame -> the contract frame its claims are given as (frames.yaml ``reported_as``: a fine is a price)."""
    return {n: str(v) for n, v in _frame_attribute("reported_as").items()}


def _own_frame(claim: Mapping[str, Any]) -> str:
    """The frame a claim is compared in: factx's own frame its facets name when its contract frame is the one
    that frame is given as ("price" with the facet "fine" is a fine, compared with fines, one-off like them)."""
    frame = str(claim.get("frame") or "")
    for facet in claim.get("facets") or ():
        if _reported().get(str(facet)) == frame:
            return str(facet)
    return frame


@cache
def _usual_per() -> dict[str, str]:
    """Frame -> the unit its figures are per when none is written (frames.yaml ``usual_per``)."""
    return {n: _fold(str(v)) for n, v in _frame_attribute("usual_per").items()}


def _one_off() -> frozenset[str]:
    return _flagged("one_off")


def _once() -> frozenset[str]:
    return _flagged("once")


def _moves() -> frozenset[str]:
    return _flagged("moves")


@cache
def _offer_units() -> frozenset[str]:
    return frozenset(_fold(u) for u in _data().get("offer_units") or [])


def _offer_price(frame: str, measure: tuple[str, ...]) -> bool:
    """A price per share is a deal's offer (reconcile.yaml ``offer_frames``, ``offer_units``): one fact from
    the first rumour to the closing, like the deal, not a measure of a period (a dividend per share is)."""
    frames = frozenset(_data().get("offer_frames") or [])
    return frame in frames and len(measure) >= 3 and measure[-2] == "per" and measure[-1] in _offer_units()


@cache
def _revision() -> re.Pattern[str]:
    """The sentence revises a figure (reconcile.yaml ``revision_cues``)."""
    cues = sorted((_fold(c) for c in _data().get("revision_cues") or []), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b" if cues else r"(?!)")


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


@cache
def _people_counts() -> dict[tuple[str, str], str]:
    """(frame, class of a generic counted noun) -> the class it stands for in that frame."""
    out: dict[tuple[str, str], str] = {}
    for frame, spec in (_data().get("people_counts") or {}).items():
        for generic in spec.get("generic") or []:
            out[(frame, unit_class(generic))] = unit_class(spec.get("as"))
    return out


@cache
def _value_classes() -> dict[str, str]:
    """Values that name the same thing ("PDG", "directeur général", "CEO") -> one class."""
    out: dict[str, str] = {}
    for group in _data().get("value_synonyms", []):
        for v in group:
            out.setdefault(_fold(v), _fold(group[0]))
    return out


# -- what a claim states ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Value:
    """What a claim states: an interval of numbers (with its currency) or a name or date."""

    interval: Interval | None = None
    unit: str | None = None
    name: str | None = None  # folded name or ISO date, for non-numeric values
    is_date: bool = False
    display: str | None = field(default=None, compare=False)  # the name as written, for output
    # "environ", "près de": a figure not as written; "4 millions" is another position (see _value_key)
    approx: bool = field(default=False, compare=False)
    percent: bool = field(default=False, compare=False)  # a share of a whole, not a sum or a count


@dataclass
class _Entry:
    claim: Mapping[str, Any]
    doc: str
    source: str  # the article, or the reprint group it belongs to
    pub: str | None
    frame: str
    subject: str | None
    object: str | None
    measure: tuple[str, ...]
    value: _Value
    alternatives: tuple[_Value, ...]
    text: str  # the compared value's text in the article
    hedged: bool
    when: date | None = None  # when the fact happened, as far as this claim says
    explicit: bool = False  # ``when`` is the claim's own date, not its article's
    period: str | None = None
    speaker: str = ""  # how explanations name the source: its reprint group, its outlet and date, its file
    alternate: bool = False  # a restatement of its claim's figure in another currency or unit

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.frame, _fold(self.subject), _fold(self.object), self.measure)

    @property
    def values(self) -> tuple[_Value, ...]:
        return (self.value, *self.alternatives)


def _day(value: str | None) -> date | None:
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", value or "")
    if not m or not 1 <= int(m.group(1)) <= 9999:
        return None
    try:
        return date(
            int(m.group(1)), int(m.group(2) or 7 if not m.group(2) else m.group(2)), int(m.group(3) or 15)
        )
    except ValueError:
        return None


def _quarter_day(value: str) -> date | None:
    m = re.match(r"(\d{4})-Q([1-4])$", value or "")
    return date(int(m.group(1)), 3 * int(m.group(2)) - 1, 15) if m else None


def _months(a: date, b: date) -> int:
    return abs((a.year - b.year) * 12 + a.month - b.month)


def _name(mention: Mapping[str, Any] | None, canonical: Mapping[str, str]) -> str | None:
    if not mention:
        return None
    name = mention.get("canonical") or mention.get("text")
    return canonical.get(name, canonical.get(_fold(name), name)) if name else None


def _amount_value(amount: Mapping[str, Any]) -> tuple[_Value, tuple[str, ...]] | None:
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
    approx = bool(amount.get("approx"))
    value = _Value(
        interval=interval, unit=unit if kind == "money" else None, approx=approx, percent=kind == "percent"
    )
    return value, measure


def _entry(
    claim: Mapping[str, Any],
    doc: str,
    source: str,
    pub: str | None,
    canonical: Mapping[str, str],
    speaker: str = "",
) -> _Entry | None:
    """The comparable form of a claim, or None when it states nothing to compare (or is negated)."""
    if claim.get("negated"):
        return None
    frame = _own_frame(claim)
    amount, value, when = claim.get("amount"), claim.get("value"), claim.get("date")
    stated = (when or {}).get("value") if isinstance(when, Mapping) else None
    alternatives: tuple[_Value, ...] = ()
    if amount:
        found = _amount_value(amount)
        if found is None:
            return None
        v, measure = found
        if measure[0] == "count":
            # "emploie 132 000 personnes" and "compte 125 000 salariés": in a frame that counts workers, people
            # are its workers (reconcile.yaml ``people_counts``)
            measure = (measure[0], _people_counts().get((frame, measure[1]), measure[1]))
        if claim.get("facets"):
            measure = (*measure, *map(str, claim["facets"]))  # "sept usines françaises" vs the group's "onze"
            if set(map(str, claim["facets"])) & _daily_facets():
                measure = (*measure, _day_of(stated, pub))  # a share's price on one day
        per = _fold(claim.get("per_unit"))
        if per and per != _usual_per().get(frame):
            measure = (*measure, "per", per)
        if claim.get("increment"):
            measure = (*measure, "increment")  # a top-up stands only against other top-ups, not a total
        if claim.get("loss"):
            measure = (*measure, "loss")  # a loss stands against losses: never a profit of the same size
        alts = [_amount_value(a) for a in claim.get("alternatives") or [] if isinstance(a, Mapping)]
        alternatives = tuple(a[0] for a in alts if a is not None and a[1][0] == measure[0])
        text = amount.get("text") or ""
    elif value:
        name = _name(value, canonical)
        folded = _fold(name)
        v = _Value(name=_value_classes().get(folded, folded), display=name)
        measure, text = ("value",), value.get("text") or name or ""
    elif stated:
        # The date is what the claim states (founded in 2015): it cannot also be the fact's period. For a
        # one-off event, the date of one of its milestones ("annoncé le 12 juillet 2023"); one with no named
        # milestone states nothing comparable (the announcement? the closing?).
        measure = ("date",)
        if frame in _one_off():
            milestone = claim.get("milestone") or _past_milestone(stated, pub)
            if not milestone:
                return None
            measure = ("date", str(milestone))
        v, text = _Value(name=stated, is_date=True, display=stated), when.get("text") or ""
        stated = None
    else:
        return None
    e = _Entry(
        claim=claim,
        doc=doc,
        source=source,
        pub=pub,
        frame=frame,
        subject=_name(claim.get("subject"), canonical),
        object=_name(claim.get("object"), canonical),
        measure=measure,
        value=v,
        alternatives=alternatives,
        text=text,
        hedged=bool(claim.get("hedged")),
        speaker=speaker or _doc_name(doc),
    )
    if e.object and _fold(e.object) == _fold(e.subject):
        e.object = None  # a party read twice under two of its names is one party: the other is not told
    published = _day(pub) if pub else None
    own = _quarter_day(stated) or _day(stated) if stated else None
    # A date after the article's own is a horizon ("2 000 postes d'ici 2026"), not when a one-off fact
    # happened; a measure's later year is the period it projects ("une dette de plus de 800 M€ en 2030" is no
    # statement of this year's debt), unless its words make it a deadline (reconcile.yaml horizon_words)
    if (
        own is not None
        and published is not None
        and own.year > published.year
        and (e.frame in _one_off() or _deadline(claim))
    ):
        own = None
    e.when, e.explicit = (own, True) if own is not None else (published, False)
    return e


# -- comparing values ---------------------------------------------------------------------------------------------


def _converted(a: _Value, b: _Value, on: Any) -> Interval | None:
    """a's interval in b's currency (widened for the rate a journalist may have used); None if unknown."""
    assert a.interval is not None
    if not a.unit or not b.unit or a.unit == b.unit:
        return a.interval
    span = _rate_span(a.unit, b.unit, on)
    if span is None:
        return None
    lo, hi = (a.interval.scaled(r, FX_WIDENING) for r in span)
    return Interval(min(lo.low, hi.low), max(lo.high, hi.high), lo.low_open, lo.high_open, lo.shape)


def _rate_span(source: str, target: str, on: Any) -> tuple[float, float] | None:
    """The lowest and highest rate over ``on``: a day, or the days of a period (see fx.period_dates)."""
    days = on if isinstance(on, tuple) else (on,)
    rates = [r for d in days if (r := rate(source, target, d)) is not None]
    return (min(rates), max(rates)) if rates else None


def _precise_fit(a: Interval, b: Interval) -> bool:
    """Two precise figures agree when the finer one's value lies in the coarser one's rounding: "19
    milliards" covers 19,1 but not 19,5; "5,7" and "5,8" disagree."""
    fine, coarse = (a, b) if a.high - a.low <= b.high - b.low else (b, a)
    return coarse.contains((fine.low + fine.high) / 2)


def _values_fit(a: _Value, b: _Value, on: Any) -> bool:
    if a.interval is None or b.interval is None:
        if a.is_date and b.is_date:  # "2015" and "2015-03" agree at the coarser grain
            return _dates_agree(str(a.name), str(b.name))
        return a.name == b.name
    ia = _converted(a, b, on)
    if ia is None:
        return False
    same_unit = a.unit == b.unit or not a.unit or not b.unit
    if ia.shape == "precise" and b.interval.shape == "precise":
        if same_unit:
            return _precise_fit(ia, b.interval)
    if same_unit and {ia.shape, b.interval.shape} == {"precise", "bound"}:
        # "plus de 2 milliards" and "2,1 milliards": the figure as written, not its rounding, meets the bound
        # ("près de 4 millions" is no figure as written: it may be below "moins de 4 millions"); a floor's own
        # figure agrees with it, as the press rounds one sum or count both ways ("plus de 15 000 emplois" and
        # "15 000 postes" report one plan), not a ceiling's ("moins de 2 000 postes") nor a share's ("plus de
        # 30 %" of a company is past a legal threshold that 30 % is not)
        (fig, exact), bound = ((ia, a), b.interval) if ia.shape == "precise" else ((b.interval, b), ia)
        if not exact.approx:
            mid = (fig.low + fig.high) / 2
            floor = bound.high == math.inf and not (a.percent or b.percent)
            return bound.contains(mid) or floor and mid == bound.low
    return overlaps(ia, b.interval)


def _compatible(p: _Position, q: _Position, on: Any) -> bool:
    """Some value of one fits some value of the other; where both give a figure in one currency, those
    figures decide (the article's own conversion, not the ECB's rate of the period)."""
    shared = {a.unit for a in p.values} & {b.unit for b in q.values} - {None}
    pairs = [
        (a, b) for a in p.values for b in q.values if not shared or a.unit == b.unit and a.unit in shared
    ]
    return any(_values_fit(a, b, on) for a, b in pairs)


def _currency_mixup(a: _Value, b: _Value, on: Any) -> bool:
    """The same figure in two currencies far from parity: a real conversion would have changed it."""
    if a.interval is None or b.interval is None or not a.unit or not b.unit or a.unit == b.unit:
        return False
    span = _rate_span(a.unit, b.unit, on)
    if span is None:
        return False
    if a.interval.shape == "precise" and a.interval == b.interval:
        return min(abs(r - 1) for r in span) > FX_WIDENING
    return overlaps(a.interval, b.interval) and not _values_fit(a, b, on)


# -- positions and their comparison -------------------------------------------------------------------------------


@dataclass
class _Position:
    value: _Value
    hedged: bool
    entries: list[_Entry] = field(default_factory=list)
    alternate: bool = False

    @property
    def text(self) -> str:
        return self.entries[0].text

    # Cached: a position's claims are all gathered before it is first compared, sorted or shown.
    @cached_property
    def values(self) -> tuple[_Value, ...]:
        out = [self.value]
        for e in self.entries:
            out += [a for a in e.alternatives if a not in out]
        return tuple(out)

    @cached_property
    def written(self) -> frozenset[date] | None:
        """The days its articles were written (an article's whole month or year when its date says no more);
        None when one article's date is unknown."""
        days: set[date] = set()
        for e in self.entries:
            found = period_dates(e.pub)
            if found is None:
                return None
            days.update(found)
        return frozenset(days)

    @cached_property
    def docs(self) -> list[str]:
        return sorted({e.doc for e in self.entries})

    @cached_property
    def sources(self) -> frozenset[str]:
        return frozenset(e.source for e in self.entries)

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


def _severity(kind: str, *positions: _Position) -> str:
    asserted, hedged = SEVERITY[kind]
    return hedged if any(p.hedged for p in positions) else asserted


def _compare(p: _Position, q: _Position, on: Any) -> _Finding | None:
    """The disagreement between two positions on the same fact, if any. A restatement in another currency
    is compared with figures in that currency only: the article chose its own rate, the ECB's of the period
    would read a mere rounding of it as a disagreement."""
    if (p.alternate or q.alternate) and p.value.unit != q.value.unit:
        return None
    if p.hedged != q.hedged:
        # a rumour against what another article asserts of the same fact: off ("plus de 20 milliards" reported,
        # "28 milliards" announced), or confirmed ("10 milliards" both); only a vague figure keeps its kind
        a, b = (q, p) if p.hedged else (p, q)  # a: asserted
        vague = _vague_vs_precise(p, q)
        if vague is not None and _compatible(p, q, on):
            return vague
        return _Finding(
            "hedged_vs_asserted", _severity("hedged_vs_asserted", a, b), a, b, "hedged_vs_asserted"
        )
    if p.value.interval is None or q.value.interval is None:
        if p.value.is_date and q.value.is_date:
            a, b = str(p.value.name), str(q.value.name)
            pair = (q, p) if _vague_date(a, b) else (p, q) if _vague_date(b, a) else None  # (precise, vague)
            if pair is not None:
                return _Finding(
                    "vague_vs_precise", _severity("vague_vs_precise", p, q), *pair, "vague_vs_precise"
                )
        if _compatible(p, q, on):
            return None
        kind = "other" if p.hedged else "contradiction"
        return _Finding(kind, _severity(kind, p, q), p, q, "other" if p.hedged else "contradiction")
    if p.value.unit != q.value.unit and _currency_mixup(p.value, q.value, on):
        return _Finding("contradiction", CURRENCY_MIXUP_SEVERITY, p, q, "currency_mixup")
    ip, iq = p.value.interval, q.value.interval
    if not _compatible(p, q, on):
        if p.hedged:  # two rumours that disagree: neither article asserts anything
            return _Finding("other", _severity("other", p, q), p, q, "other")
        if ip.shape == "bound" or iq.shape == "bound":
            a, b = (p, q) if ip.shape == "bound" else (q, p)
            return _Finding("bound_violation", _severity("bound_violation", a, b), a, b, "bound_violation")
        # A precise figure outside a vague one's range ("plusieurs milliards" vs "500 millions") is no longer
        # a matter of vagueness: it contradicts it.
        return _Finding("contradiction", _severity("contradiction", p, q), p, q, "contradiction")
    return _vague_vs_precise(p, q)


@cache
def _collective_nouns() -> frozenset[str]:
    """quantifiers.yaml ``approx_nouns``, folded: "soixantaine", "centaines"."""
    return frozenset(_fold(str(w)) for w in load("quantifiers").get("approx_nouns") or {})


def _counted_round(p: _Position) -> bool:
    """Every claim of the position tells its figure with a collective noun ("une quarantaine de millions")."""
    nouns = _collective_nouns()
    return bool(p.entries) and all(nouns & set(re.findall(r"\w+", _fold(e.text))) for e in p.entries)


def _vague_vs_precise(p: _Position, q: _Position) -> _Finding | None:
    """A precise figure and a vague one ("10 milliards", "plusieurs milliards"), the precise one first."""
    ip, iq = p.value.interval, q.value.interval
    if ip is not None and iq is not None and ip.shape == iq.shape == "precise":
        # "une soixantaine de millions" against "60 millions": a round count of tens or hundreds is vague the way
        # "plusieurs" is ("près de 60 millions" is only a precise figure loosely told)
        round_p, round_q = _counted_round(p), _counted_round(q)
        if round_p == round_q:
            return None
        a, b = (q, p) if round_p else (p, q)
        return _Finding("vague_vs_precise", _severity("vague_vs_precise", a, b), a, b, "vague_vs_precise")
    if ip is None or iq is None or {ip.shape, iq.shape} != {"precise", "vague"}:
        return None
    a, b = (p, q) if ip.shape == "precise" else (q, p)
    return _Finding("vague_vs_precise", _severity("vague_vs_precise", a, b), a, b, "vague_vs_precise")


def _value_key(v: _Value) -> tuple[Any, ...]:
    return (v.interval, v.unit, v.name, v.is_date, v.approx)


def _positions(entries: Iterable[_Entry]) -> list[_Position]:
    """Merge claims stating the same value with the same hedging into one position each."""
    by_key: dict[tuple[Any, ...], _Position] = {}
    for e in entries:
        k = (*_value_key(e.value), e.hedged, e.alternate)
        by_key.setdefault(k, _Position(e.value, e.hedged, alternate=e.alternate)).entries.append(e)
    return sorted(by_key.values(), key=_Position.sort_key)


# -- facts: the story's names, events and periods -----------------------------------------------------------------


def _titles(documents: list[Mapping[str, Any]], names: Mapping[str, str]) -> dict[str, set[str]]:
    """The companies each person holds a title at, from the articles' title claims (folded names)."""
    frame = _data().get("title_frame")
    out: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        for claim in document.get("claims") or []:
            if claim.get("frame") != frame or claim.get("negated"):
                continue
            person, company = _name(claim.get("subject"), names), _name(claim.get("object"), names)
            if person and company:
                out[_fold(person)].add(company)
    return out


def _story_parties(entries: list[_Entry], titles: Mapping[str, set[str]]) -> None:
    """In place: the parties the story gives a directed fact where one article's claim reads it otherwise.
    A person acts for the company they hold a title at when the story names that company in the person's
    role of the same fact; a pair reversed in one article only, that two others tell the other way round,
    is turned back."""
    directed = frozenset(_data().get("directed_frames") or ())
    told: dict[tuple[str, str | None, str | None], set[str]] = defaultdict(set)
    for e in entries:
        # (a date of history, "B avait racheté A en 2016", tells nothing of the way round of today's deal)
        if e.frame in directed and e.subject and e.object and e.measure != ("date", PAST):
            told[(e.frame, _fold(e.subject), _fold(e.object))].add(e.source)
    for e in entries:
        if e.frame not in directed or not e.subject or not e.object:
            continue
        if (e.claim.get("subject") or {}).get("label") == "PER":
            companies = {
                c for c in titles.get(_fold(e.subject), ()) if told.get((e.frame, _fold(c), _fold(e.object)))
            }
            if len(companies) == 1:
                e.subject = companies.pop()
                continue
        pair, back = (
            (e.frame, _fold(e.subject), _fold(e.object)),
            (e.frame, _fold(e.object), _fold(e.subject)),
        )
        if len(told.get(back, ())) >= 2 and told[pair] <= {e.source}:
            e.subject, e.object = e.object, e.subject
    _offer_owners(entries, told)


def _story_subjects(entries: list[_Entry]) -> None:
    """In place: a fact of no other party whose subject an article found only from its context (the article's
    most salient name, the last subject, the nearest name: reconcile.yaml ``context_subjects``) is the
    story's, when no other article names that subject for the fact and the story names one subject for it in
    two articles or more ("la métropole a emprunté 240 millions", read as the auditor's debt in one article,
    the city's in the others). So is the other party of a directed fact found from its context, among the
    other parties the story gives that subject for the fact. A fact is its frame and measure: a count of
    branches is no count of plants."""
    context = frozenset(_data().get("context_subjects") or ())
    named: dict[tuple[Any, ...], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    spelled: dict[str, str] = {}
    guessed: list[tuple[_Entry, str, tuple[Any, ...], str]] = []
    for e in entries:
        if not e.subject:
            continue
        # the role to settle: the subject of a fact of no other party, the other party of a directed one
        role = "object" if e.object else "subject"
        party = _fold(str(e.object or e.subject))
        spelled.setdefault(party, str(e.object or e.subject))
        fact = (e.frame, e.measure, _fold(e.subject) if e.object else None)
        how = str((e.claim.get("how") or {}).get(role) or "").split("/")[0]
        if how in context:
            guessed.append((e, role, fact, party))  # (a restatement with its claim)
        elif not e.alternate:
            named[fact][party].add(e.source)
    for e, role, fact, party in guessed:
        told = named.get(fact) or {}
        if told.get(party, set()) - {e.source}:
            continue
        story = [p for p, sources in told.items() if len(sources - {e.source}) >= 2]
        if len(story) == 1:
            setattr(e, role, spelled[story[0]])


def _offer_owners(entries: list[_Entry], told: Mapping[tuple[str, str | None, str | None], set[str]]) -> None:
    """In place: a price per share is the target's ("LVMH propose 120 dollars par action" is Tiffany's share
    price): one said of a company the story has buy one target (frames.yaml ``once``, told by two sources or
    more), and never be bought, is that target's."""
    offers = frozenset(_data().get("offer_frames") or ())
    once = _once()
    names = {_fold(e.object): e.object for e in entries if e.object}
    bought: dict[str | None, set[str | None]] = defaultdict(set)
    targets: set[str | None] = set()
    for (frame, buyer, target), sources in told.items():
        if frame in once:
            targets.add(target)
            if len(sources) >= 2:
                bought[buyer].add(target)
    for e in entries:
        if e.frame not in offers or not e.subject or _fold(e.subject) in targets:
            continue
        found = bought.get(_fold(e.subject), set())
        if len(found) == 1 and (target := next(iter(found))) in names:
            e.subject = names[target]


def _complete_parties(entries: list[_Entry]) -> None:
    """A claim that leaves out a party takes the one its story always names ("le rachat pour 5,5 milliards"
    where every other claim of the frame says who bought whom), in place."""
    full: dict[tuple[Any, ...], set[tuple[str, str]]] = defaultdict(set)
    for e in entries:
        if e.subject and e.object:
            full[(e.frame, e.measure)].add((e.subject, e.object))
    # "l'aide de l'État, 30 millions" (a budget) is the State's investment in the one company the story has it
    # invest in; "le prix payé par Orsane" its one purchase (reconcile.yaml ``party_frames``), when the
    # claim's sentence has one of the words that say so ("une enveloppe de 2 milliards pour la filière" stays)
    for e in entries:
        frame, words = _party_frames().get(e.frame, (None, ()))
        if frame is None or e.object or not e.subject:
            continue
        said = set(re.findall(r"\w+", _fold(str(e.claim.get("sentence") or ""))))
        if words and not said & words:
            continue
        objs = {o for s, o in full.get((frame, e.measure), ()) if _fold(s) == _fold(e.subject)}
        if len(objs) == 1:
            e.frame, e.object = frame, objs.pop()
    for e in entries:
        pairs = full.get((e.frame, e.measure))
        if not pairs or (e.subject and e.object) or not (e.subject or e.object):
            continue
        if e.object is None:
            objs = {o for s, o in pairs if _fold(s) == _fold(e.subject)}
            if len(objs) == 1:
                e.object = objs.pop()
        else:
            subs = {s for s, o in pairs if _fold(o) == _fold(e.object)}
            if len(subs) == 1:
                e.subject = subs.pop()


def _size(e: _Entry) -> float | None:
    i = e.value.interval
    if i is None or i.high == math.inf or i.low <= 0:
        return None
    return (i.low + i.high) / 2


def _parties_by_size(entries: list[_Entry]) -> None:
    """In place: the party an article read from its context (a description, a pronoun, the article's most
    salient name, the last one named) is the one other party the story gives a figure of its order for the
    fact (within SIZE_RATIO: a euro and a dollar figure of one deal are of one order), when no figure the story
    gives that party for it is of that order: the subject of a measure of no other party ("L'entreprise emploie
    450 salariés" read as its buyer's, which the story says employs 14 000, where another article gives the
    target 460), the other party of a directed fact ("Disney propose 71,3 milliards" read as a bid for its
    rival). A count no article names the party of is the party most sources read for counts this close
    (VOTE_RATIO)."""
    data = _data()
    context = frozenset(data.get("context_subjects") or ()) | frozenset(data.get("context_mentions") or ())
    context_objects = context | frozenset(data.get("context_objects") or ())
    # fact -> folded party -> (the party as spelled, its figures)
    named: dict[tuple[Any, ...], dict[str, tuple[str, list[float]]]] = defaultdict(dict)
    guessed: list[tuple[_Entry, str, tuple[Any, ...], float]] = []
    for e in entries:
        size = _size(e)
        if not e.subject or size is None or e.alternate:
            continue
        role = "object" if e.object else "subject"
        fact = (e.frame, e.measure, _fold(e.subject) if e.object else None)
        how = str((e.claim.get("how") or {}).get(role) or "").split("/")
        known = context_objects if e.object else context
        if how[0] in known or how[-1] in known:
            guessed.append((e, role, fact, size))
        else:
            party = str(getattr(e, role))
            named[fact].setdefault(_fold(party), (party, []))[1].append(size)
    for e, role, fact, size in guessed:
        told = named.get(fact) or {}
        mine = _fold(getattr(e, role))

        def fits(sizes: list[float], size: float = size) -> bool:
            return any(max(x, size) / min(x, size) <= SIZE_RATIO for x in sizes)

        if fits(told.get(mine, ("", []))[1]):
            continue
        other_party = _fold(e.subject if role == "object" else e.object)
        others = [p for k, (p, sizes) in told.items() if k not in (mine, other_party) and fits(sizes)]
        if len(others) == 1:
            setattr(e, role, others[0])
    # a count no article names a party of: the party the most sources read from their context for counts this
    # close ("environ 180 emplois" read as the buyer's in one article, "182 emplois" as the target's in three);
    # not percentages nor money, of which one story tells many facts of one order (stakes, rounds)
    by_fact: dict[tuple[Any, ...], list[tuple[_Entry, str, float]]] = defaultdict(list)
    for e, role, fact, size in guessed:
        if not named.get(fact) and e.measure[0] == "count":
            by_fact[fact].append((e, role, size))
    # (only a party its article took from its context alone moves: a description, a pronoun or a possessive the
    # article read for a name votes, but keeps its name: "Le groupe compte 250 salariés" is the buyer's)
    pure = frozenset(data.get("context_subjects") or ())
    # (a party the article itself names: a folder may hold several stories)
    in_doc: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        in_doc[e.doc] |= {_fold(x) for x in (e.subject, e.object) if x}
    moves: list[tuple[_Entry, str, str]] = []
    for group in by_fact.values():
        # each party's counts in order of size, to find those of one order by bisection
        by_party: dict[str, list[tuple[float, str]]] = defaultdict(list)
        spelled: dict[str, str] = {}
        for e, role, size in group:
            party = _fold(getattr(e, role))
            by_party[party].append((size, e.source))
            spelled.setdefault(party, str(getattr(e, role)))
        for sizes in by_party.values():
            sizes.sort()
        for e, role, size in group:
            votes = {party: _sources_near(sizes, size) for party, sizes in by_party.items()}
            mine = _fold(getattr(e, role))
            best = max(votes, key=lambda k: votes[k])
            how = str((e.claim.get("how") or {}).get(role) or "").split("/")[0]
            if (
                best != mine
                and how in pure
                and best in in_doc[e.doc]
                and all(v < votes[best] for k, v in votes.items() if k != best)
            ):
                moves.append((e, role, spelled[best]))
    for e, role, party in moves:
        setattr(e, role, party)


def _sources_near(sizes: list[tuple[float, str]], size: float) -> int:
    """How many sources give one of these (size, source) pairs, sorted, a figure within VOTE_RATIO of ``size``."""
    lo = bisect_left(sizes, (size / VOTE_RATIO, ""))
    hi = bisect_right(sizes, (size * VOTE_RATIO, "\uffff"))
    return len({source for _, source in sizes[lo:hi]})


def _target_prices(entries: list[_Entry]) -> None:
    """In place: a price said of what a deal of the story bought, in money, per nothing and of that deal's order
    ("le prix de la tour Orféa, autour de 450 millions d'euros"), is that deal's price (reconcile.yaml
    ``target_prices``): the deal of its buyer nearest in time when the story tells the target bought twice. A
    company the story has buy something is no target ("le prix payé par Orsane" is a party frame's)."""
    for price_frame, deal_frame in (_data().get("target_prices") or {}).items():
        deals: dict[str, list[_Entry]] = defaultdict(list)
        for e in entries:
            if e.frame == deal_frame and e.subject and e.object and e.measure == ("money",):
                deals[_fold(e.object)].append(e)
        buyers = {_fold(d.subject) for told in deals.values() for d in told}
        for e in entries:
            if e.frame != price_frame or e.object or not e.subject or e.measure != ("money",):
                continue
            size = _size(e)
            told = [
                d
                for d in deals.get(_fold(e.subject), ())
                if size is not None
                and (x := _size(d)) is not None
                and max(x, size) / min(x, size) <= DEAL_ORDER
            ]
            if not told or _fold(e.subject) in buyers:
                continue
            gap: dict[str, float] = {}
            for d in told:
                months = float(_months(e.when, d.when)) if e.when and d.when else math.inf
                gap[str(d.subject)] = min(gap.get(str(d.subject), math.inf), months)
            best = sorted(gap.items(), key=lambda kv: kv[1])
            if len(best) > 1 and best[0][1] == best[1][1]:
                continue  # two buyers as near: whose price it is, the story does not say
            e.frame, e.object, e.subject = deal_frame, e.subject, best[0][0]


@cache
def _party_frames() -> dict[str, tuple[str, frozenset[str]]]:
    out = {}
    for k, v in (_data().get("party_frames") or {}).items():
        v = v if isinstance(v, dict) else {"frame": v}
        out[str(k)] = (str(v["frame"]), frozenset(_fold(str(w)) for w in v.get("words") or ()))
    return out


def _complete_units(entries: list[_Entry]) -> None:
    """A price given with no unit ("une offre à 50 centimes") is per the unit the story's other prices of that
    company are given per ("76 centimes par action"), when they all name one and the figure is of their order
    of magnitude (a total price of billions stays a total), in place; so is a deal's "sum" of that order
    (reconcile.yaml ``deal_prices``: "Atlas Copco relève son offre à 42,50 euros")."""
    offers = frozenset(_data().get("offer_frames") or ())
    per: dict[tuple[str, str | None], list[_Entry]] = defaultdict(list)
    for e in entries:
        if (
            e.frame in offers
            and len(e.measure) == 3
            and e.measure[1] == "per"
            and e.value.interval is not None
        ):
            per[(e.frame, _fold(e.subject))].append(e)
    for e in entries:
        if e.frame not in offers or e.measure != ("money",) or e.value.interval is None:
            continue
        others = [o for o in per.get((e.frame, _fold(e.subject)), []) if o.doc != e.doc]
        if _of_their_order(e, others):
            e.measure = others[0].measure
    # a deal's "sum" of the order of its target's prices per unit is one of those prices
    units = _offer_units()  # per share, not per year (a salary)
    for deal_frame, price_frame in (_data().get("deal_prices") or {}).items():
        for e in entries:
            if e.frame != deal_frame or e.measure != ("money",) or e.value.interval is None or not e.object:
                continue
            prices = [o for o in per.get((price_frame, _fold(e.object)), []) if o.measure[-1] in units]
            if _of_their_order(e, prices):  # not "pour 1 euro symbolique", not a total of billions
                e.frame, e.subject, e.object, e.measure = price_frame, e.object, None, prices[0].measure


def _generic_units(entries: list[_Entry]) -> None:
    """In place: a count of a generic noun ("quatre sites") in a frame whose counts the story gives in one
    specific noun for that subject ("trois usines") is a count of that noun (reconcile.yaml ``generic_units``)."""
    generic = {
        str(f): frozenset(unit_class(u) for u in us) for f, us in (_data().get("generic_units") or {}).items()
    }
    if not generic:
        return
    classes: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    for e in entries:
        if e.frame in generic and e.measure[0] == "count" and e.measure[1] not in generic[e.frame]:
            classes[(e.frame, _fold(e.subject))].add(e.measure[1:2])
    for e in entries:
        if e.frame not in generic or e.measure[0] != "count" or e.measure[1] not in generic[e.frame]:
            continue
        found = classes.get((e.frame, _fold(e.subject)), set())
        if len(found) == 1:
            e.measure = (e.measure[0], *next(iter(found)), *e.measure[2:])


def _of_their_order(e: _Entry, prices: list[_Entry]) -> bool:
    """``e``'s figure is within ten times the range of ``prices``, all given per one unit (each has an
    interval: ``_complete_units`` indexes no other)."""
    if not prices or len({o.measure for o in prices}) != 1:
        return False
    highs = [o.value.interval.high for o in prices if o.value.interval.high < math.inf]
    low = min(o.value.interval.low for o in prices)
    v = e.value.interval
    return bool(highs) and low / 10 <= v.low and v.high <= max(highs) * 10


def _without_breakdowns(entries: list[_Entry]) -> list[_Entry]:
    """One sentence giving several figures that cannot all be the fact ("784 postes en magasin, 915 au siège
    et 466 dans les entrepôts") states its parts, not competing values: its figures stand against no other
    article's."""
    by_sentence: dict[tuple[Any, ...], list[_Entry]] = defaultdict(list)
    for e in entries:
        if e.value.interval is not None:
            c = e.claim
            # (an estimate beside the figure, "1,21 milliard, au-dessus du consensus de 1,15", is no part of it;
            # nor last year's, "une perte de 42 M€ en 2025, contre 118 millions en 2024")
            stated = (c.get("date") or {}).get("value") if e.explicit else None
            by_sentence[
                (e.doc, c.get("start"), c.get("end"), c.get("sentence"), e.hedged, stated, *e.key)
            ].append(e)
    parts: set[int] = set()
    for group in by_sentence.values():
        if len(group) < 2 or _revision().search(_fold(group[0].claim.get("sentence") or "")):
            continue
        on = group[0].when
        if any(
            not any(_values_fit(x, y, on) for x in a.values for y in b.values) for a in group for b in group
        ):
            parts |= {id(e) for e in group if not _total_of(e, group)}
    return [e for e in entries if id(e) not in parts]


def _total_of(e: _Entry, group: list[_Entry]) -> bool:
    """``e`` is the sum of the sentence's other figures ("16 milliards plus 3 milliards, soit un total de 19
    milliards"): the whole, which stands against other articles, its parts do not."""
    others = [x for x in group if x is not e and not x.alternate]
    if e.alternate or len(others) < 2 or e.value.interval is None or e.value.unit is None:
        return False
    if any(x.value.interval is None or x.value.unit != e.value.unit for x in others):
        return False
    total = sum((x.value.interval.low + x.value.interval.high) / 2 for x in others)
    return e.value.interval.scaled(1.0, TOTAL_TOLERANCE).contains(total)


def _alternates(e: _Entry) -> list[_Entry]:
    """A claim's restatements ("20,5 milliards de dollars (19 milliards d'euros)") as entries of their own,
    so that a conflict names the figure that disagrees; they never stand against their own claim (one
    source)."""
    out = []
    amounts = [a for a in e.claim.get("alternatives") or [] if isinstance(a, Mapping)]
    for amount, value in zip(amounts, e.alternatives, strict=False):
        out.append(replace(e, value=value, alternatives=(), text=amount.get("text") or "", alternate=True))
    return out


def _near(a: _Entry, b: _Entry) -> bool:
    return a.when is None or b.when is None or _months(a.when, b.when) <= EVENT_SPAN


def _apart(a: _Entry, b: _Entry) -> bool:
    """Two events whatever chains them: figures that do not fit, more than EVENT_DATED months apart when either
    has a date of its own (a second round, a new offer), else more than EVENT_SPAN (rounds a year apart each:
    190 M$, then 500 M$, then 600 M$)."""
    if a.when is None or b.when is None:
        return False
    if a.frame in _once() and a.subject and a.object:
        return False  # one deal between two parties: its revised price is a disagreement, not another deal
    if _months(a.when, b.when) <= (EVENT_DATED if a.explicit or b.explicit else EVENT_SPAN):
        return False
    return not any(_values_fit(x, y, a.when) for x in a.values for y in b.values)


def _period_label(entries: list[_Entry]) -> str | None:
    dated = [e.when for e in entries if e.when is not None]
    return str(min(dated).year) if dated else None


def _events(entries: list[_Entry]) -> dict[str | None, list[_Entry]]:
    """One-off facts: the events the claims tell, each labelled by the year it began."""
    dated = sorted(
        (e for e in entries if e.when is not None), key=lambda e: (e.when, e.doc, str(e.claim.get("id")))
    )
    events: list[list[_Entry]] = []
    for e in dated:
        for ev in events:
            # a deal's statements chain from the first rumour to the closing: each near the one before, none
            # set apart from any by its own date
            if any(_near(e, m) for m in ev) and not any(_apart(e, m) for m in ev):
                ev.append(e)
                break
        else:
            events.append([e])
    undated = [e for e in entries if e.when is None]
    if undated and events:
        _place_undated(undated, events)
    elif undated:
        events.append(undated)
    out: dict[str | None, list[_Entry]] = defaultdict(list)
    for ev in events:
        label = _period_label(ev)
        for e in ev:
            e.period = label
        out[label] += ev
    return out


def _place_undated(undated: list[_Entry], groups: list[list[_Entry]]) -> None:
    """An undated claim joins the group whose values it fits best (the latest on a tie): attached to all, an
    undated "10 milliards" (2023's investment) would contradict the 2019 "1 milliard"."""
    best: dict[tuple[Any, ...], int] = {}
    values = [list({_value_key(m.value): m.value for m in g}.values()) for g in groups]
    for e in undated:
        k = _value_key(e.value)
        if k not in best:
            scores = []
            for n, (g, vals) in enumerate(zip(groups, values, strict=True)):
                on = g[0].when
                fit = sum(_values_fit(e.value, v, on) for v in vals) / len(vals)
                scores.append((fit, max((m.when for m in g if m.when), default=date.min), n))
            best[k] = max(scores)[2]
        groups[best[k]].append(e)


def _periods(entries: list[_Entry]) -> dict[str | None, list[_Entry]]:
    """Recurring measures: the period of the claim's stated quarter or year, else of its article's year, or
    of the year before when the story states that year and the figure fits it (2022's results are reported
    in February 2023)."""
    out: dict[str | None, list[_Entry]] = defaultdict(list)
    undated, implicit = [], []
    for e in entries:
        stated = (e.claim.get("date") or {}).get("value") if e.explicit else None
        # a day or a month ("a publié mercredi 8 février un bénéfice de...") dates the report, not the period
        period_grain = (e.claim.get("date") or {}).get("grain") in ("year", "quarter")
        if stated and re.match(r"\d{4}-Q[1-4]$", stated):
            e.period = stated
        elif e.explicit and period_grain and e.when is not None:
            e.period = str(e.when.year)
        elif e.when is not None:
            implicit.append(e)
            continue
        else:
            undated.append(e)
            continue
        out[e.period].append(e)
    stated = {k: list(v) for k, v in out.items()}  # the periods the claims themselves state
    current = _current_years(implicit)
    for e in implicit:
        year, before = current[id(e)], str(int(current[id(e)]) - 1)

        def fits(period: str, e: _Entry = e) -> bool:
            return any(_values_fit(x, m.value, m.when) for m in stated.get(period, ()) for x in e.values)

        def told_then(period: str, e: _Entry = e) -> bool:
            # another article of the same days states that period: "46 magasins" said with 2025's results on
            # the 22nd, "48 magasins" undated on the 24th are one count
            mine = _pub_day(e)
            return mine is not None and any(
                m.doc != e.doc
                and (theirs := _pub_day(m)) is not None
                and abs((theirs - mine).days) <= SAME_DAYS
                for m in stated.get(period, ())
            )

        # an amount only (a name said without a date is today's), never a hedged one (a target: "table sur
        # 17 Md€ à cet horizon" is no figure of the year before)
        pulled = e.measure[0] != "value" and not e.hedged and told_then(before) and not told_then(year)
        e.period = before if (fits(before) and not fits(year)) or pulled else year
        out[e.period].append(e)
    if undated and out:
        keys = sorted(out, key=lambda k: k or "")
        groups = [out[k] for k in keys]
        _place_undated(undated, groups)
        for k, g in zip(keys, groups, strict=True):
            for e in g:
                e.period = k
    elif undated:
        out[None] = undated
    return out


def _current_years(implicit: list[_Entry]) -> dict[int, str]:
    """The year each measure that states no year or quarter of its own is the current figure of: the year of its
    day (its article's, or a day it gives), or the year before when another figure of the fact was given in the
    last weeks of that year ("un passif de 16,8 millions" on 10 December and "près de 19 millions" on 23
    January state one figure)."""
    # (the latest day of the year before is the nearest one, and another article's: an article has one date)
    latest: dict[int, date] = {}
    for e in implicit:
        latest[e.when.year] = max(latest.get(e.when.year, e.when), e.when)
    out: dict[int, str] = {}
    for e in implicit:
        year = e.when.year
        last = latest.get(year - 1)
        out[id(e)] = str(year - 1 if last is not None and (e.when - last).days <= CURRENT_GAP else year)
    return out


def _moments(periods: dict[str | None, list[_Entry]]) -> dict[str | None, list[_Entry]]:
    """A holding's periods cut where two statements in a row are more than MOMENT_DAYS apart (9,4 % in April,
    61,2 % after the bid in June; a stake told every three weeks stays one moment), unless the later one, dated
    only by its article, tells the same value again (the holding has not moved): each moment is labelled by
    the month of its first dated statement, claims with no day of their own (a year, no date) join the moment
    their value fits."""
    out: dict[str | None, list[_Entry]] = {}
    for period, group in periods.items():
        timed = sorted((e for e in group if e.when is not None and _day_grain(e)), key=lambda e: e.when)
        moments: list[list[_Entry]] = []
        for e in timed:
            # a holding told again unchanged months later, dated only by its article, has not moved ("80 %" in
            # September and in October); a day of its own may be another event of it (a deal's closing)
            if moments and (
                (e.when - moments[-1][-1].when).days <= MOMENT_DAYS
                or (
                    not e.explicit
                    and {_value_key(x) for x in e.values} & {_value_key(x) for x in moments[-1][-1].values}
                )
            ):
                moments[-1].append(e)
            else:
                moments.append([e])
        if len(moments) < 2:
            out[period] = group
            continue
        labels = [f"{m[0].when.year:04d}-{m[0].when.month:02d}" for m in moments]
        ids = {id(e) for e in timed}
        _place_undated([e for e in group if id(e) not in ids], moments)
        for label, m in zip(labels, moments, strict=True):
            for e in m:
                e.period = label
            out.setdefault(label, []).extend(m)
    return out


def _pub_day(e: _Entry) -> date | None:
    """The day the claim's article was written, when its date gives the day."""
    return _day(e.pub) if e.pub and str(e.pub).count("-") == 2 else None


def _day_grain(e: _Entry) -> bool:
    """The claim's moment is known to the month: its own date, else its article's (an article dated only by
    its year could be from any month)."""
    if e.explicit:
        return (e.claim.get("date") or {}).get("grain") in ("day", "month")
    return e.pub is not None and str(e.pub).count("-") >= 1


# -- records ------------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def _doc_name(doc: str) -> str:
    return PurePath(doc).stem or doc


def _speakers(side: list[_Position]) -> list[str]:
    """A side's sources as explanations name them, in the order of their docs; a reprint group once."""
    entries = sorted((e for p in side for e in p.entries), key=lambda e: e.doc)
    return list(dict.fromkeys(e.speaker for e in entries))


def _source_of(document: Mapping[str, Any], group: str | tuple[str, str] | None) -> tuple[str, str]:
    """(source, speaker) of a document: a reprint group is one source, named by its label when it has one
    ("AFP, repris par 3 titres"); an article is its own, named by its outlet and date when its document has
    a ``source`` ("L'Humanité (juil. 2024)"), else by its file name."""
    doc = str(document.get("doc", ""))
    if isinstance(group, tuple):
        return group[0], group[1]
    if document.get("source"):
        from .sources import display_name

        return group or doc, display_name(document)
    return group or doc, _doc_name(doc)


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
    side["claims"] = list(
        {
            (e.doc, e.claim.get("id", ""), e.text): {
                "id": e.claim.get("id", ""),
                "doc": e.doc,
                "text": e.text,
                "sentence": e.claim.get("sentence", ""),
            }
            for e in entries
        }.values()
    )  # a claim and its restatement dated alike are listed once
    return side


def _precision(p: _Position) -> tuple[Any, ...]:
    """Asserted before hedged, then the narrowest statement first: the best speaker for a side."""
    i = p.value.interval
    width = (i.high - i.low) / max(abs(i.low), abs(i.high), 1e-12) if i else 0.0
    return (p.hedged, width, p.sort_key())


def _written(p: _Position, q: _Position) -> tuple[date, ...] | None:
    """The days the articles of two positions were written: a figure in another currency was converted at
    one of them."""
    if p.written is None or q.written is None:
        return None
    return tuple(sorted(p.written | q.written)) or None


def _sides(positions: list[_Position], disagree: set[tuple[int, int]]) -> list[list[_Position]]:
    """Group the positions of a record into sides of statements that all agree with each other.

    "450 millions" and "près de 450 millions" both contradict "520 millions", but they agree: shown on
    two sides they would read as opposed. Greedy, asserted first, then the positions the most articles
    hold (a one-article outlier placed early would keep those that agree with the rest apart), then the most
    precise: a position joins the first side whose members it all agrees with (no disagreement of any kind),
    else opens a new side.
    """
    sides: list[list[_Position]] = []
    for p in sorted(positions, key=lambda p: (p.hedged, -len(p.docs), _precision(p))):
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


def _before_revision(p: _Position, q: _Position) -> bool:
    """``p`` gives a revised figure ("Atlas Copco a relevé son offre à 42,50 euros", claim ``revised`` in one of
    its articles) that ``q``'s articles, all written before any of ``p``'s, could not know: the first offer is
    no disagreement."""
    # a figure one article calls the raised one is that one, for the articles that give it without saying so
    if not any(e.claim.get("revised") for e in p.entries) or any(e.claim.get("revised") for e in q.entries):
        return False
    # the days the articles were written (an article dated by its month is any day of it)
    if not p.written or not q.written:
        return False
    return max(q.written) < min(p.written)


def _records(entries: list[_Entry], period: str | None, measure: tuple[str, ...] | None = None) -> list[dict]:
    """The conflict records of one fact at one period: one per kind found."""
    positions = _positions(entries)
    if len(positions) < 2:
        return []
    on = period_dates(period)
    findings: dict[str, list[_Finding]] = defaultdict(list)
    disagree: set[tuple[int, int]] = set()
    apart: set[tuple[int, int]] = set()  # two figures of one article: no conflict, but never one side
    for i, p in enumerate(positions):
        for q in positions[i + 1 :]:
            # a conflict is between articles: two statements of one source are, far more often than not, two
            # moments of a story it tells ("annoncé à 10 milliards, le prix a été porté à 12")
            if len(p.sources | q.sources) < 2:
                # (one article, not one reprint group: an edited copy stays with its dispatch)
                if set(p.docs) & set(q.docs) and not _compatible(p, q, _written(p, q) or on):
                    apart |= {(id(p), id(q)), (id(q), id(p))}
                continue
            if _before_revision(p, q) or _before_revision(q, p):
                continue
            f = _compare(p, q, _written(p, q) or on)
            if f is not None:
                findings[f.kind].append(f)
                disagree |= {(id(p), id(q)), (id(q), id(p))}
    first = entries[0]
    measure = measure or first.measure
    index = {id(p): i for i, p in enumerate(positions)}
    out = []
    for kind in KIND_ORDER:
        found = findings.get(kind)
        if not found:
            continue
        involved = {id(p): p for f in found for p in (f.a, f.b)}
        # the company's 320 cuts and the union's "plus de 400" that one article gives stand on two sides
        sides = _sides(list(involved.values()), disagree | apart)
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
            docs_a=_join(_speakers(a)),
            docs_b=_join(_speakers(b)),
        )
        out.append(
            {
                "schema": SCHEMA,
                "id": _conflict_id(first.frame, first.subject, first.object, measure, period, kind),
                "frame": _reported().get(first.frame, first.frame),
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


def by_key_entries(by_key: Mapping[tuple[Any, ...], list[_Entry]]) -> list[_Entry]:
    return [e for k in sorted(by_key, key=lambda k: tuple(map(str, k))) for e in by_key[k]]


def _past_milestone(stated: Any, pub: str | None) -> str | None:
    """ "Vetrolux avait acquis le site en 2016", in an article of 2025: a one-off event of an earlier year than
    its article's, whose words name no milestone, is told as what happened then (its date is history: two
    articles giving it two years disagree)."""
    year, published = str(stated or "")[:4], str(pub or "")[:4]
    return PAST if year.isdigit() and published.isdigit() and year < published else None


def _milestone_records(entries: list[_Entry]) -> list[dict]:
    """One-off events: the dates articles give for one milestone of them ("annoncé le 12 juillet 2023" /
    "l'acquisition, annoncée en juillet 2024"), with or without a figure, that disagree."""
    groups: dict[tuple[Any, ...], list[tuple[_Entry, dict]]] = defaultdict(list)
    for e in entries:
        d = e.claim.get("date") or {}
        milestone = e.claim.get("milestone") or _past_milestone(d.get("value"), e.pub)
        # (a year after the article's is a horizon, not a milestone's date; an expected closing early the next
        # year is one: "la finalisation est attendue au premier trimestre 2025", in June 2024)
        year = str(d.get("value") or "")[:4]
        horizon = (
            e.pub
            and year > str(e.pub)[:4]
            and not (
                milestone == "completion"
                and d.get("grain") != "year"
                and int(year) - 1 == int(str(e.pub)[:4])
            )
        )
        if (
            milestone
            and not horizon
            and not e.alternate
            and (
                d.get("grain") in ("day", "month", "quarter")
                or milestone == PAST
                and d.get("grain") == "year"
            )
            and d.get("value")
        ):
            if milestone == "completion" and e.frame in _flagged("told_closed"):
                milestone = (
                    "announcement"  # "a annoncé une levée" / "a bouclé une levée": the same day's news
                )
            groups[(e.frame, _fold(e.subject), _fold(e.object), milestone)].append((e, d))
    out: list[dict] = []
    for key in sorted(groups, key=lambda k: tuple(map(str, k))):
        g = sorted(groups[key], key=lambda x: (x[0].doc, str(x[0].claim.get("id", ""))))
        for one in _past_events(g, key[0] in _once()) if key[3] == PAST else [g]:
            out += _milestone_dates(one, key[3])
    return out


def _past_events(g: list[tuple[_Entry, dict]], once: bool) -> list[list[tuple[_Entry, dict]]]:
    """The past events a milestone group tells. A rumour of its time is no date of the event ("envisagé en
    2015", "acquis en 2016"). Between two parties a deal happens once (frames.yaml ``once``): one event. Other
    one-off facts recur (rounds, investments): figures that fit one another are one event (a series B of
    45 M€, a series A of 30 M€: two), a claim with no figure tells none of them, and an article that dates the
    group two ways tells two events."""
    g = [(e, d) for e, d in g if not e.hedged]
    if once:
        return [g]
    events: list[list[tuple[_Entry, dict]]] = []
    for e, d in g:
        if e.value.interval is None or e.value.is_date:
            continue
        for ev in events:
            if all(_values_fit(e.value, o.value, e.when) for o, _d in ev):
                ev.append((e, d))
                break
        else:
            events.append([(e, d)])
    return [
        ev
        for ev in events
        if all(len({d["value"] for e, d in ev if e.source == s}) == 1 for s in {e.source for e, _d in ev})
    ]


def _milestone_dates(g: list[tuple[_Entry, dict]], milestone: str) -> list[dict]:
    """The records of one milestone's dates that disagree across sources."""
    values = {d["value"] for _e, d in g}
    if len({e.source for e, _d in g}) < 2:
        return []
    agree = all(_dates_agree(a, b) for a in values for b in values)
    if agree and milestone == PAST:
        return []  # a year in history told as a rumour then ("avait été évoqué à l'été 2024") is still that year
    if agree and not (
        # a rumour's date against the asserted one ("devrait intervenir le 1er avril" / "le 1er avril"), or
        # a quarter against a day of it ("au premier trimestre" / "le 3 février"): as for figures
        len({e.hedged for e, _d in g}) > 1 or any(_vague_date(a, b) for a in values for b in values)
    ):
        return []
    dated = [
        _Entry(e.claim, e.doc, e.source, e.pub, e.frame, e.subject, e.object, ("date", milestone),
               _Value(name=d["value"], is_date=True, display=d["value"]), (), d.get("text") or "", e.hedged,
               speaker=e.speaker)
        for e, d in g
    ]  # fmt: skip
    return _records(dated, None, ("date", milestone))


def _vague_date(a: str, b: str) -> bool:
    """``a`` is a quarter and ``b`` a month or a day of it: a vague date against a precise one it fits."""
    return bool(re.match(r"\d{4}-Q[1-4]$", a)) and bool(re.match(r"\d{4}-\d{2}", b)) and _dates_agree(a, b)


def _dates_agree(a: str, b: str) -> bool:
    """Two dates of one milestone agree when one is within the other: "2025-02" and "2025-02-03", a quarter
    and a day of it ("au premier trimestre 2025", "le 3 février")."""
    if a.startswith(b) or b.startswith(a):
        return True
    for q, other in ((a, b), (b, a)):
        m = re.match(r"(\d{4})-Q([1-4])$", q)
        if m and other[:4] == m.group(1) and re.match(r"\d{4}-\d{2}", other):
            return (int(other[5:7]) - 1) // 3 + 1 == int(m.group(2))
    return False


def _date_records(entries: list[_Entry], period: str | None) -> list[dict]:
    """Articles giving one fact with the same figure but different dates for it ("annoncé le 12 juillet 2023"
    / "annoncé en juillet 2024"): a contradiction about the date."""
    dated = []
    for e in entries:
        # a measure's period is its date; the day it was announced is what articles may date two ways
        d = e.claim.get("announced") or e.claim.get("date") or {}
        if (
            e.explicit
            and e.value.interval is not None
            and d.get("grain") in ("day", "month")
            and d.get("value")
        ):
            dated.append((e, d))
    if len(dated) < 2:
        return []
    groups: list[list[tuple[_Entry, dict]]] = []
    for e, d in dated:  # claims that state the same figure: the same statement, dated two ways or one
        for g in groups:
            if g[0][0].claim.get("milestone") != e.claim.get("milestone"):
                continue  # the announcement's date is not the closing's
            if _values_fit(e.value, g[0][0].value, e.when) and e.value.interval.shape == "precise":
                g.append((e, d))
                break
        else:
            groups.append([(e, d)])
    shifted = []
    for g in groups:
        values = {d["value"] for _e, d in g}
        if len({e.source for e, _d in g}) < 2 or len(values) < 2:
            continue
        if all(a.startswith(b) or b.startswith(a) for a in values for b in values):
            continue  # "juillet 2023" and "le 12 juillet 2023" agree
        for e, d in g:
            shifted.append(
                _Entry(
                    e.claim,
                    e.doc,
                    e.source,
                    e.pub,
                    e.frame,
                    e.subject,
                    e.object,
                    ("date",),
                    _Value(name=d["value"], is_date=True, display=d["value"]),
                    (),
                    d.get("text") or "",
                    e.hedged,
                    speaker=e.speaker,
                )  # fmt: skip
            )
    if not shifted:
        return []
    return _records(shifted, period, (*entries[0].measure, "date"))


def reconcile(
    documents: Iterable[Mapping[str, Any]],
    canonical: Mapping[str, str] | None = None,
    groups: Mapping[str, str | tuple[str, str]] | None = None,
) -> list[dict[str, Any]]:
    """The conflicts between the claims of contract documents (``factx/document/1``).

    ``canonical`` maps names to one corpus-wide name (applied to subjects, objects and values after each
    mention's own ``canonical``). Without it, the documents' names are merged across the corpus first
    (:func:`factx.canon.corpus_names`); pass ``{}`` to compare each article's own names as they are.
    ``groups`` maps an article to the reprint group it belongs to (one source, whose reprints neither
    confirm nor contradict each other): a group id, or (id, label) as ``Store.reprint_groups()`` gives it,
    the label naming the group in explanations. Explanations name other articles by outlet and date when
    their document has a ``source``, else by file name. The result is sorted by fact, period and kind; ids
    are stable.
    """
    documents = list(documents)
    if canonical is None:
        from .canon import corpus_names

        canonical = corpus_names(documents)
    names = {**canonical, **{_fold(k): v for k, v in canonical.items()}}
    entries: list[_Entry] = []
    for document in documents:
        doc, pub = str(document.get("doc", "")), document.get("date")
        source, speaker = _source_of(document, (groups or {}).get(doc))
        for claim in document.get("claims") or []:
            if claim.get("part_of"):
                continue  # "dont 4 600 en France": a part stands against no article's whole
            e = _entry(claim, doc, source, pub, names, speaker)
            if e is not None:
                entries.append(e)
                entries += _alternates(e)
    _story_parties(entries, _titles(documents, names))
    _story_subjects(entries)
    _parties_by_size(entries)
    _target_prices(entries)
    _complete_parties(entries)
    alone = frozenset(_data().get("subject_facts") or ())
    for e in entries:
        if e.frame in alone and e.subject:
            e.object = None  # the founders are no part of when the company was founded
    _complete_units(entries)
    _generic_units(entries)
    # "présidente" and "CEO": a frame of several values at once (a person's titles) keeps each value a fact
    # of its own, compared only with itself (a nomination reported, then announced)
    several = frozenset(_data().get("several_values") or ())
    by_key: dict[tuple[Any, ...], list[_Entry]] = defaultdict(list)
    for e in _without_breakdowns(entries):
        k = e.key
        by_key[(*k, _value_key(e.value)) if k[0] in several and k[3][0] == "value" else k].append(e)
    one_off, moves = _one_off(), _moves()
    conflicts: list[dict[str, Any]] = _milestone_records(
        [e for e in by_key_entries(by_key) if e.frame in one_off]
    )
    for key in sorted(by_key, key=lambda k: tuple(map(str, k))):
        group = sorted(
            by_key[key], key=lambda e: (e.doc, str(e.claim.get("id", "")), e.claim.get("start", 0))
        )
        if key[0] in one_off and key[3][0] == "date":
            continue  # a milestone's date: _milestone_records compares those, with or without a figure
        if key[3][0] in ("date", "value"):
            facts = {None: group} if key[3][0] == "date" else _periods(group)
        else:
            facts = _events(group) if key[0] in one_off or _offer_price(key[0], key[3]) else _periods(group)
            if key[0] in moves:
                facts = _moments(facts)
        for period in sorted(facts, key=lambda p: p or ""):
            conflicts.extend(_records(facts[period], period))
            if key[3][0] not in ("date", "value") and key[0] not in one_off:
                conflicts.extend(_date_records(facts[period], period))
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
        amount.update(text=f"{number:g} {noun}", value=number, unit=noun.removesuffix("s"))
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
