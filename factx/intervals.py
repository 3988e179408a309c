"""What range of true values a reported amount stands for.

A figure in an article is rounded ("10 milliards" may be 9.6 or 10.4 milliards), hedged with a word
("près de", "environ"), or only bounded ("plus de 20 milliards", "plusieurs milliards"). The reconciler
compares these ranges, not the bare numbers: two reports agree when their ranges overlap.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Literal

from .data import load

Shape = Literal["precise", "vague", "bound", "range"]

# Half a unit of the last written digit is the rounding a writer applied ("68,7" -> +-0.05; "5,7" and "5,8"
# disagree, as a fact-checker reads them; a conversion between currencies is allowed for separately, see
# fx.FX_WIDENING), but at most MAX_ROUNDING: a journalist rounds "1,42 milliard" to "1,4" or "19,1" to "19",
# not "2,15 milliards" to "2" nor "4,3" to "4". In the annotated sets (tests/data), every pair of precise
# figures read as agreeing differs by less than 2 %, and 2 vs 2,15 (7 %) is a contradiction; 10 % made them
# agree.
MAX_ROUNDING = 0.05
# "près de", "environ", "quelque": the figure is within APPROX_WIDENING of the written one, at least MAX_ROUNDING (a
# hedged figure is as loose as a rounded one). Press readers take "quelque 9 milliards" against "8,45 milliards" as a disagreement: on the
# development sets, 5 % finds 3 more of their conflicts than 10 % did, for 1 more agreement flagged
# (bench/score_sets.py, 2026-12-01).
APPROX_WIDENING = 0.05
assert MAX_ROUNDING <= APPROX_WIDENING, "a hedged figure is at least as loose as a rounded one"

# A written number: "10.000" / "10 000" (thousands groups), "68,7", "2.5" (English decimal point), "49".
_NUMBER = re.compile(r"\d{1,3}(?:[\u00a0\u202f .]\d{3})+(?:,\d+)?(?![\d.,])|\d+(?:[,.]\d+)?")


@dataclass(frozen=True, order=True)
class Interval:
    """A range of values; ``high`` is ``math.inf`` when unbounded. Open ends exclude the bound itself."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False
    shape: Shape = "precise"

    def scaled(self, factor: float, widen: float = 0.0) -> Interval:
        """The interval in another unit (times ``factor``), widened by ``widen`` of each bound."""
        low, high = self.low * factor, self.high * factor
        return Interval(
            low - abs(low) * widen, high + abs(high) * widen, self.low_open, self.high_open, self.shape
        )

    def contains(self, x: float) -> bool:
        above = x > self.low or (x == self.low and not self.low_open)
        below = x < self.high or (x == self.high and not self.high_open)
        return above and below


def overlaps(a: Interval, b: Interval) -> bool:
    """True when some value lies in both: the two reports may describe the same figure."""
    low = max(a.low, b.low)
    high = min(a.high, b.high)
    if low < high:
        return True
    if low > high:
        return False
    # Touching at one point: only if that point belongs to both (closed ends on both sides).
    return all(i.contains(low) for i in (a, b))


def parse_number(token: str) -> tuple[float, int]:
    """A written number and its count of decimals: "10.000" -> (10000, 0), "68,7" -> (68.7, 1)."""
    compact = re.sub(r"[\u00a0\u202f ]", "", token)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", compact):
        compact = compact.replace(".", "")  # dots as thousands separators
    compact = compact.replace(",", ".")
    decimals = len(compact.split(".")[1]) if "." in compact else 0
    return float(compact), decimals


def written_precision(text: str, value: float) -> float | None:
    """Half a unit of the last written digit, relative to the value; None when no number is written.

    The number in ``text`` is the one that, times a power of ten (the scale word), gives ``value``:
    "68,7 milliards" with value 6.87e10 -> 0.05 / 68.7. A number in words is as precise as the same number in
    digits before its scale word: "six cent soixante-dix salariés" as "670", "un milliard" as "1 milliard".
    """
    if not value:
        return None
    for token in _NUMBER.findall(text):
        number, decimals = parse_number(token)
        if not number:
            continue
        exponent = math.log10(abs(value) / number)
        if abs(exponent - round(exponent)) < 1e-6:
            return 0.5 * 10.0**-decimals / number
    return _words_precision(text, value)


@cache
def _number_words() -> tuple[frozenset[str], dict[str, float]]:
    """numbers.yaml's words below a thousand, and its scale words with their values."""
    from .normalize.numbers import lexicon

    words = lexicon()
    return frozenset(w for w, v in words.items() if v < 1000), {
        w: float(v) for w, v in words.items() if v >= 1000
    }


def _words_precision(text: str, value: float) -> float | None:
    words, scales = _number_words()
    tokens = re.findall(r"[^\W\d_]+", text.lower())
    if not any(t in words for t in tokens):
        return None
    # the last scale word is the unit of the number ("deux millions cinq cent mille": thousands), unless number
    # words follow it ("mille deux cents": units)
    last = max((i for i, t in enumerate(tokens) if t in scales), default=None)
    after = last is None or any(t in words for t in tokens[last + 1 :])
    scale = 1 if after else scales[tokens[last]]
    number = abs(value) / scale
    return 0.5 / number if number >= 1 else None


def rounding(text: str, value: float, kind: str = "money") -> float:
    """The relative rounding a written figure stands for, at most MAX_ROUNDING (``kind`` is kept for callers
    that pass it)."""
    rel = written_precision(text, value)
    if rel is None:  # "un milliard", "dix mille": a round figure in words
        rel = MAX_ROUNDING
    return min(rel, MAX_ROUNDING)


@cache
def _magnitudes() -> tuple[float, ...]:
    return tuple(sorted(float(m) for m in load("reconcile")["named_magnitudes"]))


def vague_ceiling(low: float) -> float:
    """Upper bound of a vague amount whose lower bound is ``low`` ("plusieurs milliards": 2e9 -> 1e12).

    Its scale is the power of ten of ``low``; it stays below the next named magnitude above that scale.
    """
    scale = 10.0 ** math.floor(math.log10(low)) if low > 0 else 1.0
    for magnitude in _magnitudes():
        if magnitude > scale:
            return magnitude
    return scale * 1000


def amount_interval(amount: Mapping[str, Any]) -> Interval | None:
    """The values a contract amount (value/low/high/approx/text) stands for; None without any figure."""
    return _interval(
        amount.get("kind") or "money",
        amount.get("text") or "",
        amount.get("value"),
        amount.get("low"),
        amount.get("high"),
        bool(amount.get("approx")),
    )


@lru_cache(maxsize=1 << 16)  # the same figure recurs across articles about a story
def _interval(
    kind: str, text: str, value: float | None, low: float | None, high: float | None, approx: bool
) -> Interval | None:
    if value is not None:
        value = float(value)
        # "environ 7 milliards": about 5 % either way, as wide as any rounding (MAX_ROUNDING), not on top of it
        # ("environ 7" would then reach 6,3 and agree with "jusqu'à 6,3")
        tol = APPROX_WIDENING if approx else rounding(text, value, kind)
        if value == 0:
            return Interval(0.0, 0.0)
        # Open ends: "10 milliards" and "11 milliards" round to intervals that touch, yet disagree.
        return Interval(value - abs(value) * tol, value + abs(value) * tol, True, True, "precise")
    widen = APPROX_WIDENING if approx else 0.0
    if low is not None and high is not None:
        return Interval(float(low) * (1 - widen), float(high) * (1 + widen), shape="range")
    if low is not None:
        if approx:  # "plusieurs/quelques/des milliards": at least 2 of the scale, below the next word
            return Interval(float(low), vague_ceiling(float(low)), False, True, "vague")
        # "plus de 20 milliards" leaves 20 out, "au moins 20 milliards" does not
        return Interval(float(low), math.inf, not _inclusive(text), True, "bound")
    if high is not None:  # "moins de 5 millions", "jusqu'à 5 millions"
        return Interval(0.0, float(high) * (1 + widen), True, not _inclusive(text), "bound")
    return None


@cache
def _inclusive_cues() -> tuple[str, ...]:
    """quantifiers.yaml ``inclusive``, lowercase, with the elided "d'" of a cue ending in " de"."""
    cues = [str(c).lower() for c in load("quantifiers").get("inclusive") or []]
    return tuple(sorted({*cues, *(c[:-3] + " d'" for c in cues if c.endswith(" de"))}, key=len, reverse=True))


def _inclusive(text: str) -> bool:
    """The bound a figure's text opens with includes the figure ("au moins", "jusqu'à")."""
    low = text.lower().replace("’", "'")
    return low.startswith(_inclusive_cues())
