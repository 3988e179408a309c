"""Geometry of the report's small charts: estimates against publication date, as plain numbers.

This module computes scales, ticks and marks; ``templates/chart.svg.j2`` turns them into SVG with Jinja2's
autoescape, so no markup is ever built from article text here. Numeric estimates are drawn on a value axis
(linear from zero, or logarithmic when they span more than a factor of ``LOG_RATIO``); names and dates that
disagree ("GPT-4" against "GPT-3.5") on a categorical axis, one row per distinct value.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

WIDTH, HEIGHT = 640, 230
LEFT, RIGHT, TOP, BOTTOM = 86, 16, 14, 34  # margins: the value axis' labels on the left, dates below
UNDATED_BAND = 64  # a column at the right for articles without a publication date
LOG_RATIO = 30  # estimates spanning more than this factor are drawn on a log axis
JITTER = 7  # px: marks closer than this on the x axis are spread side by side
SPREAD = 12  # px between the marks so spread, less when many share the place
CATEGORY_ROW = 36  # px per distinct name or date on a categorical axis
ARROW = 10  # px left above (below) a bar with no upper (lower) bound for its arrow


@dataclass
class Estimate:
    """One estimate to draw: a figure (low == high), an interval, a bound (one end None) or a category."""

    published: date | None
    low: float | None = None
    high: float | None = None
    category: str | None = None
    hedged: bool = False
    negated: bool = False
    series: int = -1  # the side's index (colour); -1: same fact, not part of this disagreement
    title: str = ""  # the tooltip: what was written, where, when
    href: str | None = None  # the in-page anchor of the sentence


@dataclass
class Mark:
    x: float
    y: float  # a point's centre, or a bar's top
    y2: float | None  # a bar's bottom; None for a point
    open_top: bool
    open_bottom: bool
    filled: bool
    negated: bool
    series: int
    title: str
    href: str | None

    @property
    def is_bar(self) -> bool:
        return self.y2 is not None


@dataclass
class Tick:
    pos: float
    label: str


@dataclass
class Chart:
    marks: list[Mark]
    xticks: list[Tick]
    yticks: list[Tick]
    log: bool
    unit: str
    undated_x: float | None  # where the undated column sits, if any
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    top: int = TOP
    right: float = WIDTH - RIGHT
    bottom: float = HEIGHT - BOTTOM
    categorical: bool = False
    gridlines: list[float] = field(default_factory=list)


def compact(x: float, unit: str = "") -> str:
    """1.5e9 -> '1,5 Md', 2e6 -> '2 M', 12000 -> '12 k', 49.5 -> '49,5' (French decimal comma), then the unit."""
    sign, x = ("-" if x < 0 else ""), abs(x)
    for scale, word in ((1e12, "Bn"), (1e9, "Md"), (1e6, "M"), (1e3, "k")):
        if x >= scale:
            s = f"{x / scale:.3g} {word}"
            break
    else:
        s = f"{x:.3g}"
    s = sign + s.replace(".", ",")
    return f"{s} {unit}".strip() if unit and unit != "%" else (f"{s} %" if unit == "%" else s)


def _nice_step(span: float, target: int = 4) -> float:
    raw = span / target
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def _date_scale(dates: list[date], left: float, right: float) -> tuple[Callable[[date], float], list[Tick]]:
    lo, hi = min(dates), max(dates)
    if (hi - lo).days < 60:  # one date, or a few close ones: a window of a year around them
        mid = lo + (hi - lo) / 2
        lo, hi = mid - timedelta(days=183), mid + timedelta(days=183)
    pad = (hi - lo) * 0.06
    lo, hi = lo - pad, hi + pad
    span = (hi - lo).days

    def sx(d: date) -> float:
        return left + (d - lo).days / span * (right - left)

    ticks = []
    if span > 3 * 365:
        step = max(1, round(span / 365 / 5))
        for year in range(lo.year + 1, hi.year + 1, step):
            ticks.append(Tick(sx(date(year, 1, 1)), str(year)))
    else:
        months = max(1, round(span / 30.4 / 5))
        y, m = lo.year, lo.month + 1
        while True:
            if m > 12:
                y, m = y + 1, m - 12
            d = date(y, m, 1)
            if d > hi:
                break
            if (m - 1) % months == 0:
                ticks.append(Tick(sx(d), f"{y}-{m:02d}"))
            m += 1
    return sx, ticks


def _value_scale(
    values: list[float], top: float, bottom: float, fmt: Callable[[float], str]
) -> tuple[Callable[[float], float], list[Tick], bool]:
    lo, hi = min(values), max(values)
    log = lo > 0 and hi / lo > LOG_RATIO
    if log:
        a, b = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
        if a == b:
            b += 1

        def sy(v: float) -> float:
            v = max(v, 10**a)
            return bottom - (math.log10(v) - a) / (b - a) * (bottom - top)

        ticks = [Tick(sy(10**e), fmt(10**e)) for e in range(a, b + 1)]
        return sy, ticks, True
    lo = min(0.0, lo)
    if hi == lo:
        hi = lo + (abs(hi) or 1.0)
    step = _nice_step(hi - lo)
    hi = math.ceil(hi * 1.08 / step) * step
    lo = math.floor(lo / step) * step

    def sy(v: float) -> float:
        return bottom - (v - lo) / (hi - lo) * (bottom - top)

    n = round((hi - lo) / step)
    ticks = [Tick(sy(lo + i * step), fmt(lo + i * step)) for i in range(n + 1)]
    return sy, ticks, False


def _jitter(marks: list[Mark]) -> None:
    """Spread marks that share an x (several articles of one day, or the undated column) side by side."""
    groups: dict[int, list[Mark]] = {}
    for m in marks:
        groups.setdefault(round(m.x / JITTER), []).append(m)
    for group in groups.values():
        if len(group) > 1:
            group.sort(key=lambda m: (m.series, m.y))
            offset = (len(group) - 1) / 2
            for i, m in enumerate(group):
                m.x += (i - offset) * min(SPREAD, 48 / len(group))


def build_chart(
    estimates: list[Estimate], unit: str = "", fmt: Callable[[float], str] | None = None
) -> Chart | None:
    """The chart of a fact's estimates, or None when there is nothing to draw; ``fmt`` writes the value
    axis' labels (default: :func:`compact` with ``unit``)."""
    if not estimates:
        return None
    categorical = any(e.category is not None for e in estimates)
    dated = [e.published for e in estimates if e.published is not None]
    undated = len(dated) < len(estimates)
    right = WIDTH - RIGHT - (UNDATED_BAND if undated else 0)
    undated_x = (right + WIDTH - RIGHT) / 2 if undated else None
    if dated:
        sx, xticks = _date_scale(dated, LEFT + 8, right - 8)
    else:
        sx, xticks = (lambda d: (LEFT + right) / 2), []
    top, bottom = TOP, HEIGHT - BOTTOM
    marks: list[Mark] = []

    def x_of(e: Estimate) -> float:
        return sx(e.published) if e.published is not None else undated_x  # type: ignore[return-value]

    if categorical:
        cats = sorted({e.category or "?" for e in estimates})
        height = min(HEIGHT, TOP + BOTTOM + CATEGORY_ROW * len(cats))  # two names need no full-height plot
        bottom = height - BOTTOM
        row = (bottom - top) / len(cats)
        pos = {c: top + row * (i + 0.5) for i, c in enumerate(cats)}
        yticks = [Tick(pos[c], c) for c in cats]
        for e in estimates:
            marks.append(_mark(x_of(e), pos[e.category or "?"], None, False, False, e))
        chart = Chart(
            marks, xticks, yticks, False, unit, undated_x, categorical=True, height=height, bottom=bottom
        )
    else:
        values = [v for e in estimates for v in (e.low, e.high) if v is not None]
        if not values:
            return None
        sy, yticks, log = _value_scale(values, top, bottom, fmt or (lambda v: compact(v, unit)))
        for e in estimates:
            if e.low is not None and e.high is not None and e.low == e.high:
                marks.append(_mark(x_of(e), sy(e.low), None, False, False, e))
            else:
                # An open end stops short of the plot's edge, where an arrow says it goes on.
                y_top = sy(e.high) if e.high is not None else top + ARROW
                y_bottom = sy(e.low) if e.low is not None else bottom - ARROW
                marks.append(
                    _mark(x_of(e), y_top, max(y_bottom, y_top + 2), e.high is None, e.low is None, e)
                )
        chart = Chart(marks, xticks, yticks, log, unit, undated_x)
    chart.right = right
    chart.gridlines = [t.pos for t in chart.yticks]
    _jitter(chart.marks)
    # Context first, then bars, then points: a point is never hidden under a bar.
    chart.marks.sort(key=lambda m: (m.series >= 0, not m.is_bar))
    return chart


def _mark(x: float, y: float, y2: float | None, open_top: bool, open_bottom: bool, e: Estimate) -> Mark:
    return Mark(
        x=round(x, 1),
        y=round(y, 1),
        y2=round(y2, 1) if y2 is not None else None,
        open_top=open_top,
        open_bottom=open_bottom,
        filled=not e.hedged,
        negated=e.negated,
        series=e.series,
        title=e.title,
        href=e.href,
    )
