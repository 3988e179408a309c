"""French numbers: digits with French separators, number words and scale words, to exact Decimals.

``parse_number("125.000,50") == Decimal("125000.50")``; ``parse_number("un milliard et demi") == 1.5e9``.
French conventions: the comma is the decimal mark ("12,345" is 12.345); a dot or a space (plain, U+00A0 or
U+202F) followed by groups of exactly three digits separates thousands ("10.000", "10 000"); any other dot
is a decimal point ("3.5", common in copied English figures). The regex pieces below are shared with
``factx.normalize.amounts``, which finds numbers in running text. Word lists: ``factx/data/fr/numbers.yaml``.
We parse words ourselves rather than with text2num because amounts need "et demi", "un demi-milliard",
mixed digit-and-scale forms and the character span of each number.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from factx.data import load

SPACES = " \u00a0\u202f"
_SP = f"[{SPACES}]"
# Digits: space-grouped, dot-grouped, or plain (optionally with a dot decimal), then a French decimal part.
# Never followed by another separator and digit, which makes dates ("23/01/2023", "23.01.2023"), times
# ("14h30", "14:30") and versions ("3.5.1") fail as a whole instead of yielding a piece.
DIGITS = (
    rf"(?:\d{{1,3}}(?:{_SP}\d{{3}})+(?!\d)|\d{{1,3}}(?:\.\d{{3}})+(?![\d])|\d+(?:\.\d+)?(?!\d))(?:,\d+)?"
    r"(?![.,/:]\d|[hH]\d|[hH](?![^\W\d_]))"
)
_DIGITS_RE = re.compile(rf"{DIGITS}$")
_DOT_GROUPS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+$")
_JOIN = r"(?:[\s\u00a0-]+(?:et[\s\u00a0-]+)?)"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _data() -> dict:
    return load("numbers")


@cache
def lexicon() -> dict[str, Decimal]:
    """Every number word (units, tens, hundreds, scales) with its value, lowercased."""
    d = _data()
    out: dict[str, Decimal] = {}
    for key in ("units", "tens", "scales"):
        out.update({w.lower(): Decimal(v) for w, v in d[key].items()})
    out.update({w: Decimal(100) for w in d["hundreds"]})
    return out


@cache
def magnitude_words() -> frozenset[str]:
    """The words that make a number before them a magnitude: scales ("millions") and their abbreviations
    ("Md", "M"), as numbers.yaml spells them."""
    d = _data()
    return frozenset([*d["scales"], *d["abbreviations"]])


@cache
def patterns() -> dict[str, str]:
    """Regex sources: WORDS (a run of number words), SMALL_WORDS (no hundreds or scales, for cents),
    SCALE_WORDS, ABBR (scale abbreviations, case-sensitive)."""
    d = _data()
    small = list(d["units"]) + list(d["tens"])
    words = small + list(d["hundreds"]) + list(d["scales"]) + list(d["halves"])
    w = rf"(?:{_alternation(words)})"
    s = rf"(?:{_alternation(small)})"
    return {
        "WORDS": rf"(?<![\w-]){w}(?:{_JOIN}{w})*(?![\w])",
        "SMALL_WORDS": rf"(?<![\w-]){s}(?:{_JOIN}{s})*(?![\w])",
        "SCALE_WORDS": rf"(?:{_alternation(list(d['scales']))})(?:\s+et\s+demie?)?(?![\w])",
        "ABBR": rf"(?:{_alternation(list(d['abbreviations']))})(?![^\W\d_])",
    }


@cache
def _compiled() -> dict[str, re.Pattern[str]]:
    p = patterns()
    d = _data()
    neg = _alternation(d["negative"])
    return {
        "words": re.compile(rf"{p['WORDS']}$", re.IGNORECASE),
        "digits_scaled": re.compile(
            rf"(?P<num>{DIGITS}|,\d+)(?:\s*(?P<abbr>{p['ABBR']})|\s+(?P<scale>{p['SCALE_WORDS']}))?$"
        ),
        "sign": re.compile(rf"^(?:[-−–]\s*|(?:{neg})\s+)", re.IGNORECASE),
        "tokens": re.compile(r"[\w,.]+", re.UNICODE),
    }


def parse_digits(text: str) -> Decimal | None:
    """Digits written the French way ("10 000", "10.000", "68,7", "125.000,50", ",5") to a Decimal."""
    s = text.strip()
    for sp in SPACES:
        s = s.replace(sp, "")
    if s.startswith(","):
        s = "0" + s
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif _DOT_GROUPS_RE.match(s):
        s = s.replace(".", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def scale_of(word: str) -> Decimal:
    """Multiplier of a scale word or abbreviation ("milliards", "Md", "k", "million et demi")."""
    d = _data()
    if word in d["abbreviations"]:
        return Decimal(d["abbreviations"][word])
    parts = word.lower().split()
    base = Decimal(d["scales"].get(parts[0], 1))
    return base * Decimal("1.5") if len(parts) > 1 else base


# Cached: the finder meets the same few words ("un", "deux", "millions") in every article.
@lru_cache(maxsize=4096)
def parse_words(text: str) -> Decimal | None:
    """French number words ("quatre-vingt-dix-neuf", "deux cent mille", "un milliard et demi"); digit
    tokens may be mixed in ("trente 3"). None when a token is not a number word."""
    d = _data()
    lex = lexicon()
    halves = set(d["halves"])
    hundreds = set(d["hundreds"])
    tens = {w.lower() for w in d["tens"]}
    scales = {w.lower() for w in d["scales"]}
    tokens = [t for t in re.split(r"[\s\u00a0\u202f\-]+", text.strip().lower()) if t]
    if not tokens:
        return None
    parts: list[tuple[Decimal, Decimal]] = []  # (value, scale) of groups closed by a scale word
    current = Decimal(0)
    last_scale = Decimal(1)
    after_et = False
    seen = False
    for tok in tokens:
        if tok == "et":
            after_et = True
            continue
        if tok in halves:
            if after_et or not current:
                current += last_scale / 2 if after_et and parts else Decimal("0.5")
            else:
                current *= Decimal("0.5")
        elif tok in scales:
            s = lex[tok]
            group = current + sum((v for v, sc in parts if sc < s), Decimal(0))
            parts = [(v, sc) for v, sc in parts if sc >= s]
            parts.append(((group or Decimal(1)) * s, s))
            current = Decimal(0)
            last_scale = s
        elif tok in hundreds:
            current = (current or Decimal(1)) * 100
        elif tok in tens:
            v = lex[tok]
            current = current - 4 + 80 if v == 20 and current % 100 == 4 else current + v
        elif tok in lex:
            current += lex[tok]
        elif tok.isdecimal():
            current += Decimal(tok)
        else:
            return None
        after_et = False
        seen = True
    if not seen:
        return None
    return sum((v for v, _ in parts), Decimal(0)) + current


def parse_number(text: str) -> Decimal | None:
    """A whole string that is one French number, with an optional sign ("-", "moins") and scale
    ("2,5 millions", "1,2M", "3000K", "un milliard et demi"). None if it is anything else."""
    c = _compiled()
    s = text.strip().replace("’", "'")
    negative = False
    m = c["sign"].match(s)
    if m and len(s) > m.end():
        negative, s = True, s[m.end() :]
    m = c["digits_scaled"].match(s)
    if m:
        value = parse_digits(m["num"])
        if value is None:
            return None
        if m["abbr"] or m["scale"]:
            value *= scale_of(m["abbr"] or m["scale"])
    elif c["words"].match(s):
        value = parse_words(s)
    else:
        value = parse_words(s) if re.fullmatch(r"[\w\s\-]+", s) else None
    if value is None:
        return None
    return -value if negative else value


def to_json_number(value: Decimal | None) -> int | float | None:
    """A Decimal as the JSON number the contract wants: an int when whole (10 milliards -> 10000000000)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)
