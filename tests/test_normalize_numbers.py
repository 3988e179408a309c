"""French number parsing: digits with French separators, number words, scales (factx.normalize.numbers)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factx.normalize.numbers import parse_digits, parse_number, parse_words, to_json_number

# Written for factx: the forms French news uses.
DIGITS = [
    ("10.000", Decimal(10000)),
    ("10 000", Decimal(10000)),
    ("10\u00a0000", Decimal(10000)),
    ("10\u202f000", Decimal(10000)),
    ("1 200 000", Decimal(1200000)),
    ("68,7", Decimal("68.7")),
    ("1,50", Decimal("1.5")),
    ("125.000,50", Decimal("125000.5")),
    ("12,345", Decimal("12.345")),  # the comma is always decimal in French
    ("3.5", Decimal("3.5")),  # a dot not followed by groups of three is an (English) decimal point
    ("1.5000", Decimal("1.5")),
    ("0,5", Decimal("0.5")),
    (",5", Decimal("0.5")),
]

WORDS = [
    ("vingt-cinq", 25),
    ("vingt et un", 21),
    ("soixante-dix-sept", 77),
    ("quatre-vingt-dix-neuf", 99),
    ("quatre-vingts", 80),
    ("cent dix-huit", 118),
    ("deux cents", 200),
    ("deux cent mille", 200000),
    ("trois millions", 3000000),
    ("un million deux cent mille", 1200000),
    ("un milliard et demi", 1500000000),
    ("deux millions et demi", 2500000),
    ("un demi-milliard", 500000000),
    ("mille milliards", 10**12),
    ("un billion", 10**12),  # long scale: a French billion is 10^12
    ("septante-cinq", 75),  # Belgian and Swiss French
]

WHOLE = [
    ("2,5 millions", 2500000),
    ("1,8 Md", 1800000000),
    ("3 Mds", 3000000000),
    ("10K", 10000),
    ("10 k", 10000),
    ("1,2M", 1200000),
    ("10 milliards", 10**10),
    ("175 milliards", 175 * 10**9),
    ("1 milliard et demi", 1500000000),
    ("-1,2M", -1200000),
    ("moins 12", -12),
    ("trente 3", 33),
]

NOT_NUMBERS = ["", "abc", "deux pommes", "23/01/2023", "14h30", "3.5.1", "GPT-3", "1er", "milliards de"]


@pytest.mark.parametrize(("text", "expected"), DIGITS)
def test_parse_digits(text: str, expected: Decimal) -> None:
    assert parse_digits(text) == expected


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_parse_words(text: str, expected: int) -> None:
    assert parse_words(text) == expected
    assert parse_number(text) == expected


@pytest.mark.parametrize(("text", "expected"), WHOLE)
def test_parse_number(text: str, expected: int) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_json_numbers_are_exact() -> None:
    assert to_json_number(parse_number("10 milliards")) == 10000000000
    assert isinstance(to_json_number(parse_number("10 milliards")), int)
    assert to_json_number(parse_number("1,8 Md")) == 1800000000
    assert to_json_number(parse_number("68,7")) == 68.7
    assert to_json_number(None) is None


SEPARATORS = st.sampled_from([" ", "\u00a0", "\u202f", ".", ""])


def french(n: int, cents: int | None, sep: str) -> str:
    groups = f"{n:,}".replace(",", sep)
    return groups + (f",{cents:02d}" if cents is not None else "")


@given(st.integers(0, 10**15), st.one_of(st.none(), st.integers(0, 99)), SEPARATORS)
def test_french_digits_round_trip(n: int, cents: int | None, sep: str) -> None:
    text = french(n, cents, sep)
    expected = Decimal(n) + (Decimal(cents) / 100 if cents is not None else 0)
    assert parse_number(text) == expected


@given(st.text(max_size=60))
def test_parse_number_never_raises(text: str) -> None:
    parse_number(text)
