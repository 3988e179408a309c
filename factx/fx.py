"""Exchange rates for comparing sums reported in different currencies.

Uses the ECB reference-rate history that ships with CurrencyConverter (no network). The converter takes
a moment to load, so it is built once, on first use.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

# A journalist converts with the rate of their day or their outlet's, not the ECB's of the period: widen
# a converted interval by this much on each side.
FX_WIDENING = 0.03


@cache
def converter() -> Any:
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def period_date(period: str | None) -> date | None:
    """The day whose rate stands for a period: "2023" -> 2023-07-01, "2023-06" -> 2023-06-15; None if unknown."""
    if not period:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", period)
    if not m:
        return None
    year, month, day = m.groups()
    if month is None:
        return date(int(year), 7, 1)
    return date(int(year), int(month), int(day) if day else 15)


def period_dates(period: str | None) -> tuple[date, ...] | None:
    """Days whose rates span a period: a year's twelve mid-months, a month's first, middle and last weeks, a
    day itself. An article dated "2022" may have converted at any rate of 2022."""
    try:
        mid = period_date(period)
        if mid is None or period is None:
            return None
        parts = period.split("-")
        if len(parts) == 1:
            return tuple(date(mid.year, m, 15) for m in range(1, 13))
        if len(parts) == 2:
            return tuple(date(mid.year, mid.month, d) for d in (2, 15, 27))
        return (mid,)
    except ValueError:
        return None  # a date no calendar holds ("0000-01-01" in a hand-edited store): no rate is known


@cache
def rate(source: str, target: str, on: date | None = None) -> float | None:
    """How many ``target`` one ``source`` is worth on ``on`` (latest rate when None); None if unknown."""
    if source == target:
        return 1.0
    c = converter()
    if source not in c.currencies or target not in c.currencies:
        return None
    return float(c.convert(1.0, source, target, date=on))
