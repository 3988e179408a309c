"""The range of values a reported amount stands for: rounding from the text, approx, bounds, vague, FX."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factx.fx import FX_WIDENING, period_date, rate
from factx.intervals import (
    APPROX_WIDENING,
    MAX_ROUNDING,
    Interval,
    amount_interval,
    overlaps,
    parse_number,
    rounding,
    vague_ceiling,
    written_precision,
)


def money(text, value=None, low=None, high=None, approx=False, kind="money", unit="EUR"):
    return {
        "text": text,
        "kind": kind,
        "value": value,
        "low": low,
        "high": high,
        "unit": unit,
        "approx": approx,
    }


@pytest.mark.parametrize(
    "token, number, decimals",
    [
        ("10", 10, 0),
        ("68,7", 68.7, 1),
        ("10.000", 10000, 0),
        ("10 000", 10000, 0),
        ("1\u202f234,5", 1234.5, 1),
        ("2.5", 2.5, 1),
        ("1,25", 1.25, 2),
    ],
)
def test_parse_number(token, number, decimals):
    assert parse_number(token) == (pytest.approx(number), decimals)


@pytest.mark.parametrize(
    "text, value, rel",
    [
        ("10 milliards de dollars", 1e10, 0.05),  # [9.5, 10.5] milliards
        ("68,7 milliards", 6.87e10, 0.05 / 68.7),  # +-0.05 milliard
        ("10.000 employés", 1e4, 0.5e-4),  # every digit written
        ("49 %", 49, 0.5 / 49),
        ("1,5 million d'euros", 1.5e6, 0.05 / 1.5),
        # in words, as precise as the same number in digits before its scale word
        ("un milliard", 1e9, 0.5),  # as "1 milliard" (rounding caps it at MAX_ROUNDING)
        ("Six cent soixante-dix salariés", 670, 0.5 / 670),  # as "670 salariés"
        ("deux millions cinq cent mille euros", 2.5e6, 0.5 / 2500),  # thousands: its smallest scale word
        ("dix mille emplois", 1e4, 0.05),  # as "10 mille"
        ("Mille deux cents postes", 1200, 0.5 / 1200),  # number words after the scale word: as "1 200"
        ("quelques milliards", 2e9, None),  # no number word: nothing written to read
        ("en 2019, 3 milliards", 3e9, 0.5 / 3),  # the number that matches the value, not the year
    ],
)
def test_written_precision(text, value, rel):
    got = written_precision(text, value)
    assert got == (pytest.approx(rel) if rel is not None else None)


@pytest.mark.parametrize(
    "text, value, kind, expected",
    [
        ("10 milliards", 1e10, "money", 0.05),
        ("1 milliard", 1e9, "money", MAX_ROUNDING),  # half a unit would be +-50 %
        ("68,7 milliards", 6.87e10, "money", 0.05 / 68.7),  # as written: 68,7 and 68,8 disagree
        ("105 millions", 1.05e8, "money", 0.5 / 105),
        ("49 %", 49, "percent", 0.5 / 49),  # percentages are quoted as given: no floor
        ("un milliard", 1e9, "money", MAX_ROUNDING),
        ("trois cents postes", 300, "count", 0.5 / 300),
    ],
)
def test_rounding(text, value, kind, expected):
    assert rounding(text, value, kind) == pytest.approx(expected)


@pytest.mark.parametrize(
    "amount, low, high, shape",
    [
        (money("10 milliards", 1e10), 9.5e9, 10.5e9, "precise"),
        (money("1 milliard", 1e9), 0.95e9, 1.05e9, "precise"),  # at most MAX_ROUNDING, not half a unit
        # "about": 5 % either way, as wide as any rounding, not on top of it
        (money("près d'un milliard", 1e9, approx=True), 0.95e9, 1.05e9, "precise"),
        # "environ": 5 % either way, whatever the digits written
        (money("environ 7 milliards", 7e9, approx=True), 6.65e9, 7.35e9, "precise"),
        (money("environ 68,7 milliards", 6.87e10, approx=True), 6.5265e10, 7.2135e10, "precise"),
        (money("environ 6,25 milliards", 6.25e9, approx=True), 5.9375e9, 6.5625e9, "precise"),
        (money("68,7 milliards", 6.87e10), 6.865e10, 6.875e10, "precise"),
        (money("plus de 20 milliards", low=2e10), 2e10, math.inf, "bound"),
        (money("moins de 5 millions", high=5e6), 0.0, 5e6, "bound"),
        (money("plusieurs milliards", low=2e9, approx=True), 2e9, 1e12, "vague"),
        (money("quelques centaines", low=200, approx=True, kind="count"), 200, 1000, "vague"),
        (money("entre 2 et 3 milliards", low=2e9, high=3e9), 2e9, 3e9, "range"),
        (money("49 %", 49, kind="percent", unit="%"), 48.5, 49.5, "precise"),
    ],
    ids=lambda x: x["text"] if isinstance(x, dict) else None,
)
def test_amount_interval(amount, low, high, shape):
    i = amount_interval(amount)
    assert i is not None
    assert (i.low, i.high, i.shape) == (pytest.approx(low), pytest.approx(high), shape)


def test_bounds_are_open_and_vague_is_closed_below():
    above = amount_interval(money("plus de 20 milliards", low=2e10))
    assert not above.contains(2e10) and above.contains(2.0001e10)
    vague = amount_interval(money("plusieurs milliards", low=2e9, approx=True))
    assert vague.contains(2e9) and not vague.contains(1e12)


def test_no_figure_no_interval():
    assert amount_interval(money("des fonds")) is None


@pytest.mark.parametrize(
    "a, b, agree",
    [
        (money("près d'un milliard", 1e9, approx=True), money("1 milliard", 1e9), True),
        (money("5 milliards", 5e9), money("6 milliards", 6e9), False),
        (money("10 milliards", 1e10), money("11 milliards", 1.1e10), False),  # rounding intervals only touch
        # a round figure is the rounding of a close precise one, not of one 7 % away
        (money("1,4 milliard", 1.4e9), money("1,42 milliard", 1.42e9), True),
        (money("19 milliards", 1.9e10), money("19,1 milliards", 1.91e10), True),
        (money("2 milliards", 2e9), money("2,15 milliards", 2.15e9), False),
        (money("4 milliards", 4e9), money("4,3 milliards", 4.3e9), False),
        (money("plus de 20 milliards", low=2e10), money("29 milliards", 2.9e10), True),
        (money("plus de 20 milliards", low=2e10), money("15 milliards", 1.5e10), False),
        (money("plusieurs milliards", low=2e9, approx=True), money("10 milliards", 1e10), True),
        (money("plusieurs milliards", low=2e9, approx=True), money("500 millions", 5e8), False),
        (money("49 %", 49, kind="percent"), money("50 %", 50, kind="percent"), False),
        (
            money("environ 10 000 postes", 1e4, approx=True, kind="count"),
            money("9 500", 9500, kind="count"),
            True,
        ),
    ],
    ids=lambda x: x["text"] if isinstance(x, dict) else str(x),
)
def test_agreement_table(a, b, agree):
    assert overlaps(amount_interval(a), amount_interval(b)) is agree
    assert overlaps(amount_interval(b), amount_interval(a)) is agree


def test_closed_intervals_touching_overlap():
    assert overlaps(Interval(1, 2), Interval(2, 3))
    assert not overlaps(Interval(1, 2, high_open=True), Interval(2, 3))


@pytest.mark.parametrize("low, ceiling", [(2e9, 1e12), (2e6, 1e9), (2000, 1e6), (200, 1000), (20, 100)])
def test_vague_ceiling_is_the_next_named_magnitude(low, ceiling):
    assert vague_ceiling(low) == ceiling


@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from([1, 1e3, 1e6, 1e9]),
    st.booleans(),
)
def test_a_written_figure_lies_in_its_interval(number, scale, approx):
    value = number * scale
    i = amount_interval(money(f"{number} unités", value, approx=approx))
    assert i.contains(value)
    rel = (i.high - value) / value
    assert 0 < rel <= (APPROX_WIDENING if approx else MAX_ROUNDING) + 1e-9


def test_period_date():
    assert period_date("2023") == date(2023, 7, 1)
    assert period_date("2023-06") == date(2023, 6, 15)
    assert period_date("2023-06-02") == date(2023, 6, 2)
    assert period_date(None) is None


def test_fx_rate_of_the_period():
    r = rate("EUR", "USD", date(2023, 6, 15))
    assert 1.05 < r < 1.12  # the ECB's EUR/USD in June 2023 was about 1.08
    assert rate("EUR", "EUR", None) == 1.0
    assert rate("EUR", "XXX", None) is None


def test_fx_converted_interval_agrees_within_the_widening():
    # 105 M EUR and 113 M USD in June 2023 are the same sum.
    eur = amount_interval(money("105 millions d'euros", 1.05e8))
    usd = amount_interval(money("113 millions de dollars", 1.13e8, unit="USD"))
    converted = eur.scaled(rate("EUR", "USD", date(2023, 6, 15)), FX_WIDENING)
    assert overlaps(converted, usd)
    # ...but 105 M EUR is not 150 M USD.
    assert not overlaps(converted, amount_interval(money("150 millions", 1.5e8, unit="USD")))


@pytest.mark.parametrize(
    "text,low,high,includes",
    [
        ("plus de 2 milliards", 2e9, None, False),
        ("au moins 2 milliards", 2e9, None, True),
        ("pas moins d'un milliard", 1e9, None, True),
        ("moins de 400 postes", None, 400, False),
        ("jusqu’à 58 millions d'euros", None, 58e6, True),
        ("au maximum 58 millions", None, 58e6, True),
    ],
)
def test_a_bound_includes_its_figure_as_its_cue_says(text, low, high, includes):
    i = amount_interval({"text": text, "kind": "money", "value": None, "low": low, "high": high})
    assert i is not None and i.shape == "bound"
    assert i.contains(low if low is not None else high) == includes
