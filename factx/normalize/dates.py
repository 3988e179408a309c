"""Find French dates in plain text and resolve them against the article's publication date.

Each rule is a compiled regex over the text plus a resolver; overlapping candidates are settled longest
first. Values follow the contract's ``date``: ISO 8601 at the grain (``2019``, ``2023-01``, ``2023-01-23``,
``2023-W03``, ``2023-Q3``), ``None`` when the date cannot be resolved.

Conventions (news French looks back):
- a bare weekday ("lundi") is the one on or before the publication day; "lundi prochain" the next one;
- a day or month without a year takes the publication year, unless that puts it more than nine months
  after the publication (then the year before: "en décembre" in a February article is last December);
- a relative date resolves at no finer grain than the publication date: "hier" in an article dated
  "2022-10" is "2022-10";
- semesters have no grain of their own in the contract: they resolve to their year (grain "year");
- durations ("pendant cinq ans", "depuis trois ans", "ces trois dernières années") and anaphoric dates
  ("le lendemain", "l'année suivante") are not dates;
- ``relative`` is true when the value depends on the publication date (including a year taken from it).

Resolution is plain calendar arithmetic, cheaper and more predictable than dateparser on these spans.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from .. import data

__all__ = ["FoundDate", "find_dates", "parse_pub_date"]

GRAIN_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}
# A date inferred in the publication year moving more than this many months ahead goes back a year.
MAX_MONTHS_AHEAD = 9


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    text: str
    value: str | None
    grain: str
    relative: bool

    def to_dict(self) -> dict[str, object]:
        return {"value": self.value, "grain": self.grain, "relative": self.relative}


@dataclass(frozen=True)
class Anchor:
    """The publication date: a representative day (mid-period when coarse) and the grain it was given at."""

    day: date
    grain: str


@lru_cache(maxsize=1024)
def parse_pub_date(pub: str | None) -> Anchor | None:
    """ "2023" / "2023-01" / "2023-01-23" (longer ISO strings are cut to the day) → Anchor; else None."""
    if not pub or not isinstance(pub, str):
        return None
    m = re.match(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", pub)
    if not m:
        return None
    try:
        y = int(m[1])
        if m[3]:
            return Anchor(date(y, int(m[2]), int(m[3])), "day")
        if m[2]:
            return Anchor(date(y, int(m[2]), 15), "month")
        return Anchor(date(y, 7, 1), "year")
    except ValueError:
        return None


# ---------------------------------------------------------------- calendar helpers


def fmt(d: date, grain: str) -> str:
    if grain == "day":
        return d.isoformat()
    if grain == "week":
        iso = d.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if grain == "month":
        return f"{d.year}-{d.month:02d}"
    if grain == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    return str(d.year)


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def infer_year(month: int, day: int, anchor: Anchor) -> int:
    """Year of a day/month written without one (see module docstring)."""
    if anchor.grain == "year":
        return anchor.day.year
    ahead = (month - anchor.day.month) + ((day - anchor.day.day) / 31 if anchor.grain == "day" else 0)
    return anchor.day.year - 1 if ahead > MAX_MONTHS_AHEAD else anchor.day.year


Result = tuple[str | None, str, bool]  # value, grain, relative


def relative(anchor: Anchor | None, grain: str, compute: Callable[[date], date]) -> Result:
    """A date computed from the publication day, never finer than the publication date's grain."""
    if anchor is None:
        return None, grain, True
    if GRAIN_RANK[grain] < GRAIN_RANK[anchor.grain]:
        return fmt(anchor.day, anchor.grain), anchor.grain, True
    return fmt(compute(anchor.day), grain), grain, True


def shift(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    return date(d.year + n, 1, 1)


# ---------------------------------------------------------------- vocabulary and patterns


def _fold(s: str) -> str:
    return s.lower().replace("’", "'")


def _approximators(words: list[str]) -> str:
    """Alternation of the words that soften a count ("près de", "à peine"), each followed by its space; a
    final "de" also matches the elided "d'" ("plus d'un an")."""
    out = []
    for w in sorted({str(w) for w in words}, key=len, reverse=True):
        head, de = (w[:-3], True) if w.endswith(" de") else (w, False)
        piece = r"\s+".join(re.escape(p) for p in head.split())
        out.append(piece + (r"\s+(?:de\s+|d['’])" if de else r"\s+"))
    return "|".join(out)


def _alt(words: object, optional_dot: bool = False) -> str:
    """Regex alternation of words, longest first; "'" matches both apostrophes."""
    out = []
    for w in sorted({str(w) for w in words}, key=len, reverse=True):  # type: ignore[union-attr]
        piece = re.escape(w).replace("'", "['’]")
        if optional_dot and not w.endswith("."):
            piece += r"\.?"
        out.append(piece)
    return "|".join(out)


L = r"(?<![\w])"
R = r"(?![\w])"
YEAR = r"(?<!\d)(?:19|20)\d\d(?!\d)"


@dataclass
class Vocab:
    raw: dict
    months: dict[str, int]
    weekdays: dict[str, int]
    units: dict[str, str]
    modifiers: dict[str, int]
    counts: dict[str, int | None]
    day_numbers: dict[str, int]
    sets: dict[str, frozenset[str]]  # folded word lists, for membership tests


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    raw = data.load("dates")
    months = {_fold(k): v for k, v in raw["months"].items()}
    for k, v in raw["month_abbreviations"].items():
        months.setdefault(_fold(k).rstrip("."), v)
    weekdays = {_fold(k).rstrip("."): v for k, v in raw["weekdays"].items()}
    weekdays.update({_fold(k).rstrip("."): v for k, v in raw["weekday_abbreviations"].items()})
    return Vocab(
        raw=raw,
        months=months,
        weekdays=weekdays,
        units={_fold(k): v for k, v in raw["units"].items()},
        modifiers={_fold(k): v for k, v in raw["modifiers"].items()},
        counts={_fold(k): v for k, v in raw["counts"].items()},
        day_numbers={_fold(k): v for k, v in raw["day_numbers"].items()},
        sets={k: frozenset(_fold(str(w)) for w in ws) for k, ws in raw.items() if isinstance(ws, list)},
    )


@dataclass
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], str, Anchor | None], Result | None]
    # Prefilter: a match always contains one of these (folded) words, followed by a non-word character
    # when ``needs_end``; a text with none of them is not scanned. Empty: always scanned.
    needs: tuple[str, ...] = ()
    needs_end: bool = True
    # Every match starts at the first digit of a run of digits: try the pattern there only.
    at_digits: bool = False
    # Every match starts where this finds a match (a superset, cheap to search): try the pattern there only.
    starts: re.Pattern[str] | None = None


# re.IGNORECASE also equates these with ASCII letters, which str.lower() does not (İ lowers to two chars).
_CASE_FIXES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "ẛ": "ṡ"})


def _lowered(text: str) -> str:
    """The text as the prefilter compares it: same length, lower case, straight apostrophes."""
    if any(c in text for c in "İıſẛ"):
        text = text.translate(_CASE_FIXES)
    return text.lower().replace("’", "'")


_DIGIT_RUN = re.compile(r"\d+")


def _matches(rule: Rule, text: str, digit_starts: list[int], low: str) -> Iterator[re.Match[str]]:
    """``rule.pattern.finditer(text)``; for an ``at_digits`` rule, the same matches from a match() at each
    start of a digit run (a few per article) instead of a search trying every position."""
    if rule.starts is not None:
        yield from _at_starts(rule.pattern, rule.starts, text, low)
        return
    if not rule.at_digits:
        yield from rule.pattern.finditer(text)
        return
    end = 0
    for p in digit_starts:
        if p < end:
            continue  # inside the previous match, as finditer would skip it
        m = rule.pattern.match(text, p)  # lookbehinds still see the text before p
        if m is not None:
            yield m
            end = max(m.end(), p + 1)


def _at_starts(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, low: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` (a pattern that never matches empty text), tried only where ``starts``
    matches in ``low`` (the text lowered, same length; case-sensitive: faster): the big pattern tried at
    every position of the text was most of its time."""
    search, match = starts.search, pattern.match
    pos = 0
    while (c := search(low, pos)) is not None:
        p = c.start()
        m = match(text, p)  # lookbehinds still see the text before p
        if m is None:
            pos = p + 1
            continue
        yield m
        pos = m.end()


def _mentions(text: str, low: str, rule: Rule) -> bool:
    """Whether ``text`` (``low`` lowered) holds one of the rule's required words: str.find is far cheaper
    than a regex pass that tries every position."""
    for k in rule.needs:
        i = low.find(k)
        while i >= 0:
            j = i + len(k)
            if not rule.needs_end or j == len(text) or not (text[j].isalnum() or text[j] == "_"):
                return True  # \w is isalnum() or "_"
            i = low.find(k, i + 1)
    return False


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([\w'’-]+['’]?|[(,/–-])\s*$", text[max(0, start - 40) : start])
    return _fold(m[1]) if m else ""


def _word_after(text: str, end: int) -> str:
    m = re.match(r"\s*([\w]+['’]?|\S)?", text[end : end + 40])
    return (m[1] or "") if m else ""


def _follower_ok(word: str, v: Vocab) -> bool:
    """May this word follow a bare number that is a date (rather than a count)?"""
    if not word:
        return True
    if word in "%€$£":
        return False
    if not word[0].isalnum():
        return True
    if word[0].isdigit():
        return False
    if word[0].isupper():
        return True
    return _fold(word) in v.sets["year_followers"]


# ---------------------------------------------------------------- resolvers


def _month_of(word: str, v: Vocab) -> int:
    return v.months[_fold(word).rstrip(".")]


def _day_of(word: str, v: Vocab) -> int:
    w = _fold(word)
    if w in v.sets["first_day"]:
        return 1
    return int(w) if w.isdigit() else v.day_numbers[w]


def _day_month(day: int, month: int, year: int | None, anchor: Anchor | None) -> Result | None:
    if year is not None:
        d = safe_date(year, month, day)
        return (d.isoformat(), "day", False) if d else None
    if safe_date(2000, month, day) is None:  # 2000 is a leap year: 29 février passes
        return None
    if anchor is None:
        return None, "day", True
    d = safe_date(infer_year(month, day, anchor), month, day)
    return (d.isoformat(), "day", True) if d else None


def _year2(y: str) -> int:
    n = int(y)
    return n if len(y) == 4 else (2000 + n if n < 50 else 1900 + n)


def r_full(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    v = vocab()
    year = m["year"]
    if year and len(year) == 2 and not _follower_ok(_word_after(text, m.end()), v):
        return None  # "le 5 mars 20 salariés": the number counts something
    day, month = _day_of(m["day"], v), _month_of(m["mon"], v)
    res = _day_month(day, month, _year2(year) if year else None, anchor)
    mod = v.modifiers.get(_fold(m["mod"] or ""), 0)
    if res and res[0] and mod and anchor is not None:  # "le 3 avril dernier": the last one before publication
        d, pub = date.fromisoformat(res[0]), anchor.day
        y = d.year + (-1 if mod < 0 and d >= pub else 1 if mod > 0 and d <= pub else 0)
        d = safe_date(y, month, day) or d
        res = d.isoformat(), "day", True
    if res and res[0] and m["shift"]:  # "le lendemain du 13 février"
        n = {_fold(re.sub(r"\s+", " ", k)): d for k, d in v.raw["day_shift_words"].items()}[_fold(m["shift"])]
        return (date.fromisoformat(res[0]) + timedelta(days=n)).isoformat(), "day", res[2]
    return res


def r_range(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    v = vocab()
    d1, d2 = _day_of(m["d1"], v), _day_of(m["d2"], v)
    if not m["m1"] and d1 >= d2:
        return None
    if not (m["m1"] or m["m2"]):
        # "du 13 au 18": this month's days, only with "du"/"entre le" and nothing counted after
        if not m["pre"] or not _follower_ok(_word_after(text, m.end()), v):
            return None
        if anchor is None or anchor.grain == "year":
            return None, "day", True
        d = safe_date(anchor.day.year, anchor.day.month, d1)
        return (d.isoformat(), "day", True) if d else None
    return _day_month(d1, _month_of(m["m1"] or m["m2"], v), int(m["year"]) if m["year"] else None, anchor)


def r_numeric(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    g = m.groupdict()
    if g.get("iy"):
        d = safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
        return (d.isoformat(), "day", False) if d else None
    if g.get("y"):
        if g["sep"] != "/" and len(g["y"]) == 2:
            return None  # "1.2.24" is a version number more often than a date
        d = safe_date(_year2(g["y"]), int(g["m"]), int(g["d"]))
        return (d.isoformat(), "day", False) if d else None
    if g.get("my"):
        return f"{g['my']}-{int(g['mm']):02d}", "month", False
    if g.get("sy"):  # "20 02 2014": spaces, so make sure no word of a count follows
        if not _follower_ok(_word_after(text, m.end()), vocab()):
            return None
        d = safe_date(_year2(g["sy"]), int(g["sm"]), int(g["sd"]))
        return (d.isoformat(), "day", False) if d else None
    before = _word_before(text, m.start())
    if g.get("sd2"):  # "le 17 02": only after "le"
        if before != "le" or not _follower_ok(_word_after(text, m.end()), vocab()):
            return None
        dd, mm = g["sd2"], g["sm2"]
        return _day_month(int(dd), int(mm), None, anchor) if 1 <= int(mm) <= 12 else None
    # day/month without a year: a proper fraction ("2/3 des salariés") is common in prose, so a small
    # first number needs two digits on each side or "le"/"du"/"au" before.
    dd, mm = g["dd"], g["dm"]
    if m[0] in vocab().sets["not_dates"]:
        return None
    if not (len(dd) == 2 and len(mm) == 2) and int(dd) <= int(mm) and before not in {"le", "du", "au"}:
        return None
    if not 1 <= int(mm) <= 12:
        return None
    return _day_month(int(dd), int(mm), None, anchor)


def r_month_year(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    return f"{m['year']}-{_month_of(m['mon'], vocab()):02d}", "month", False


def r_month(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    v = vocab()
    word = m["mon"]
    has_context = bool(m["pre"]) or bool(m["mod"])
    if word[0].isupper() and _fold(word) in v.sets["ambiguous_capitalised_months"] and not has_context:
        return None
    if re.search(r"\d\s*$", text[max(0, m.start() - 3) : m.start()]):
        return None  # "12 mars" that the day rule refused (invalid day): not a month either
    month = _month_of(word, v)
    if anchor is None:
        return None, "month", True
    ay, am = anchor.day.year, anchor.day.month
    mod = v.modifiers.get(_fold(m["mod"] or ""), 0)
    if mod < 0:
        y = ay if month < am else ay - 1
    elif mod > 0:
        y = ay if month > am else ay + 1
    else:
        y = infer_year(month, 1, anchor)
    return f"{y}-{month:02d}", "month", True


def r_month_range(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    """The months from one to another of one year ("entre juillet et septembre", "de janvier à juin"): a
    quarter when they make one, a year when they make a half-year or the whole year (as "premier semestre"
    does); None for any other span (read one by one: "entre janvier et février" compares two months)."""
    v = vocab()
    words = (m["m1"] or m["m3"], m["m2"] or m["m4"])
    if any(w[0].isupper() and _fold(w) in v.sets["ambiguous_capitalised_months"] for w in words):
        return None  # "entre Mars et Mai"
    first, last = (_month_of(w, v) for w in words)
    quarter = first % 3 == 1 and last == first + 2
    if not quarter and (first, last) not in ((1, 6), (7, 12), (1, 12)):
        return None
    grain = "quarter" if quarter else "year"
    if m["year"]:
        y, relative = int(m["year"]), False
    elif anchor is None:
        return None, grain, True
    else:
        y, relative = infer_year(last, 1, anchor), True
    return (f"{y}-Q{(first + 2) // 3}" if quarter else str(y)), grain, relative


def r_quarter(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    v = vocab()
    semester = (m["unit"] or "").lower().startswith("sem") or (m["code"] or "").lower() in v.raw[
        "semester_prefixes"
    ]
    n = int(m["n"]) if m["n"] else v.raw["ordinals"].get(_fold(m["ord"]), 0)
    if not n or (semester and n > 2):
        return None
    if m["year"]:
        y = int(m["year"])
        return (str(y), "year", False) if semester else (f"{y}-Q{n}", "quarter", False)
    if _fold(m["ord"] or "") == "dernier":  # "au dernier trimestre" with no year: the last quarter
        return relative(anchor, "quarter", lambda d: add_months(d, -3))
    if anchor is None:
        return None, "year" if semester else "quarter", True
    y = anchor.day.year
    return (str(y), "year", True) if semester else (f"{y}-Q{n}", "quarter", True)


def r_year(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    v = vocab()
    start = m.start("year")
    before = text[max(0, start - 2) : start]
    if before.endswith("-") and len(before) == 2 and before[0].isalpha() and not m["pre"]:
        return None  # "GPT-2019", "COVID-2020"-like names
    if re.match(r"-\d", text[m.end() : m.end() + 2]) and not re.match(
        r"[-–]\s*(?:19|20)\d\d(?!\d)", text[m.end() :]
    ):
        return None  # "loi n° 2019-486": a reference number, not a year (a range "2019-2021" is fine)
    if re.search(r"n[°o]\s*$", text[max(0, start - 4) : start]):
        return None
    after = _word_after(text, m.end())
    if _fold(after) in v.sets["amount_nouns"]:
        return None
    if int(m["year"]) < 1900:
        # "fondée en 1837", "depuis 1850": older years only after these cues, where a number is rarely a count
        pre = (m["pre"] or "").strip().lower()
        if pre != "en" and _word_before(text, start) not in v.sets["old_year_cues"]:
            return None
    if not m["pre"]:
        prev = _word_before(text, start)
        if prev in v.sets["year_vetoes"]:
            return None
        strong = prev in v.sets["year_strong_cues"]
        if not strong and not _follower_ok(after, v):
            return None
    return m["year"], "year", False


def r_day_word(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    v = vocab()
    word = _fold(m["w"])
    if word in v.sets["figurative_after_de"] and _word_before(text, m.start()) in {
        "de",
        "d'",
    }:
        return None  # "l'IA de demain", "les jeunes d'aujourd'hui"
    offset = {_fold(k): n for k, n in v.raw["day_words"].items()}[word]
    return relative(anchor, "day", lambda d: d + timedelta(days=offset))


def _weekday_on_or_before(d: date, wd: int) -> date:
    return d - timedelta(days=(d.weekday() - wd) % 7)


def r_weekday(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    v = vocab()
    word = m["wd"]
    if word.endswith("."):
        # an abbreviation alone is a word before a full stop ("l'éolien en mer."): only "mer. 12" is a day
        return None
    wd = v.weekdays[_fold(word).rstrip(".")]
    mod = v.modifiers.get(_fold(m["mod"] or ""), 0)
    week = m["week"]
    if _fold(m["mod"] or "") in v.sets["next_week_words"]:
        week = "la semaine suivante"  # "mercredi suivant": the Wednesday of next week
    if week:
        last = _fold(week.split()[-1])
        wmod = (
            0
            if _fold(week).startswith("cette")
            else 1
            if last in v.sets["next_week_words"]
            else v.modifiers[last]
        )

        def compute(d: date) -> date:
            return d - timedelta(days=d.weekday()) + timedelta(weeks=wmod, days=wd)
    elif m["en"]:
        extra = 14 if _fold(m["en"]) in {"quinze", "15"} else 7

        def compute(d: date) -> date:
            return d + timedelta(days=(wd - d.weekday()) % 7 + extra)
    elif mod > 0:

        def compute(d: date) -> date:
            return d + timedelta(days=(wd - d.weekday() - 1) % 7 + 1)
    elif mod < 0:

        def compute(d: date) -> date:
            return d - timedelta(days=(d.weekday() - wd - 1) % 7 + 1)
    else:

        def compute(d: date) -> date:
            return _weekday_on_or_before(d, wd)

    return relative(anchor, "day", compute)


def r_weekday_day(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    """ "mercredi 13": the nearest month (before first on ties) whose 13th is a Wednesday."""
    v = vocab()
    if not _follower_ok(_word_after(text, m.end()), v):
        return None
    wd, day = v.weekdays[_fold(m["wd"])], _day_of(m["day"], v)
    if anchor is None:
        return None, "day", True
    if anchor.grain != "day":
        return fmt(anchor.day, anchor.grain), anchor.grain, True
    best: date | None = None
    for k in range(-14, 15):
        first = add_months(anchor.day, k)
        d = safe_date(first.year, first.month, day)
        if d and d.weekday() == wd:
            if best is None or abs((d - anchor.day).days) < abs((best - anchor.day).days):
                best = d
    return (best.isoformat(), "day", True) if best else None


def r_nth_weekday(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    """ "le premier mercredi du mois prochain", "le dernier lundi de septembre"."""
    v = vocab()
    wd = v.weekdays[_fold(m["wd"])]
    last = _fold(m["ord"]) == "dernier"
    n = v.raw["ordinals"][_fold(m["ord"])]
    if m["mon"]:
        month = _month_of(m["mon"], v)
        if m["year"]:
            y = int(m["year"])
        elif anchor is None:
            return None, "day", True
        else:
            y = infer_year(month, 1, anchor)
        first, rel = date(y, month, 1), not m["year"]
    else:
        if anchor is None:
            return None, "day", True
        if anchor.grain != "day":
            return fmt(anchor.day, anchor.grain), anchor.grain, True
        first, rel = add_months(anchor.day, v.modifiers[_fold(m["mod"])]), True
    if last:
        end = add_months(first, 1) - timedelta(days=1)
        d = end - timedelta(days=(end.weekday() - wd) % 7)
    else:
        d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    return (d.isoformat(), "day", rel) if d.month == first.month else None


def r_bare_day(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    """ "le 16" standing alone: a day of the publication month. Anything counted after it is refused."""
    after = _word_after(text, m.end())
    if after and (after[0].isalnum() or after in "%€$£°"):
        return None
    if anchor is None or anchor.grain == "year":
        return None, "day", True
    d = safe_date(anchor.day.year, anchor.day.month, int(m["day"]))
    return (d.isoformat(), "day", True) if d else None


def r_unit(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    v = vocab()
    grain = v.units[_fold(m["unit"])]
    n = v.modifiers.get(_fold(m["mod"] or ""), 0)
    return relative(anchor, grain, lambda d: shift(d, grain, n))


def r_count(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    v = vocab()
    grain = v.units[_fold(m["unit"])]
    raw = _fold(m["n"])
    n = int(raw) if raw.isdigit() else v.counts.get(raw)
    if n is None:
        return None, grain, True
    sign = -1 if _fold(m["dir"]).startswith("il") else 1
    return relative(anchor, grain, lambda d: shift(d, grain, sign * n))


def r_vague(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    return None, vocab().units[_fold(m["unit"])], True


def r_holiday(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    v = vocab()
    if _word_before(text, m.start()) == "père":
        return None
    holidays = {_fold(k): h for k, h in v.raw["holidays"].items()}
    month, day = (int(x) for x in holidays[_fold(re.sub(r"\s+", " ", m["h"]))].split("-"))
    return _day_month(day, month, int(m["year"]) if m["year"] else None, anchor)


def r_season(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    v = vocab()
    if m["year"]:
        return m["year"], "year", False
    start_month = {_fold(k): s for k, s in v.raw["seasons"].items()}[_fold(m["s"])]
    mod = v.modifiers.get(_fold(m["mod"] or ""), 0)

    def compute(d: date) -> date:
        # the season's year is the year it starts in; a winter started in December runs into the new year
        if mod == 0:
            y = d.year if d.month >= start_month else d.year - 1 if start_month == 12 else d.year
            return date(y, 1, 1)
        # the last season of that name to have started, and whether it is still on (a season lasts 3 months)
        started = d.year if d.month >= start_month else d.year - 1
        running = (d.month - start_month) % 12 < 3
        if mod < 0:
            # "l'été dernier" said in August is the summer before; said in November, this year's
            return date(started - 1 if running else started, 1, 1)
        return date(started + 1, 1, 1)  # "l'été prochain": the next one to start

    return relative(anchor, "year", compute)


def r_part(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    grain = vocab().units[_fold(m["unit"])]
    return relative(anchor, grain, lambda d: d)


def r_first_months(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
    """ "les neuf premiers mois de l'année", "les trois premiers mois de l'exercice": the year's first quarter
    for three months, else the year itself (the contract has no grain for a half or nine months)."""
    if _fold(m["n"]) in ("trois", "3"):
        return relative(anchor, "quarter", lambda d: date(d.year, 1, 1))
    return relative(anchor, "year", lambda d: d)


# ---------------------------------------------------------------- rules


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    v = vocab()
    raw = v.raw
    month_full = _alt(raw["months"])
    month_any = f"(?:{month_full}|{_alt(raw['month_abbreviations'], optional_dot=True)})"
    day = rf"(?:{_alt(raw['first_day'])}|{_alt(raw['day_numbers'])}|3[01]|[12]\d|0?[1-9])(?!\d)"
    wd = _alt(raw["weekdays"])
    wd_any = f"(?:{wd}|{_alt(raw['weekday_abbreviations'])})"
    mods = _alt(raw["modifiers"])
    parts = _alt(raw["period_parts"])
    units_sing = _alt([u for u in raw["units"] if not u.endswith("s") or u == "mois"])
    units_all = _alt(raw["units"])
    this = _alt(raw["this"])
    ords = _alt(raw["ordinals"])
    counts = _alt(raw["counts"])
    approx = _approximators(raw.get("count_approximators") or [])
    # Prefix shared by month expressions: "en", "fin", "début du mois de", "au mois de".
    month_pre = (
        rf"(?P<pre>(?:en\s+)?(?:(?:{parts})(?:\s*-\s*|\s+)(?:du\s+mois\s+(?:de\s+|d['’])|de\s+|d['’])?)?"
        rf"(?:(?:au\s+|le\s+)?mois\s+(?:de\s+|d['’]))?)"
    )
    nextw = _alt(raw["next_week_words"])
    codes = "".join(raw["quarter_prefixes"] + raw["semester_prefixes"])
    specs: list[tuple[str, str, Callable[..., Result | None]]] = [
        (
            "range",
            rf"{L}(?P<pre>(?:du|entre\s+le)\s+)?(?:(?:{wd})\s+)?(?P<d1>{day})(?:e|ème)?(?:\s+(?P<m1>{month_any}))?{R}"
            rf"\s*(?:au|et(?:\s+le)?|-|–|jusqu['’]au)\s*(?:(?:{wd})\s+)?(?P<d2>{day})(?:e|ème)?(?:\s+(?P<m2>{month_any}))?{R}"
            rf"(?:\s+(?P<year>{YEAR}))?",
            r_range,
        ),
        (
            "full",
            rf"{L}(?:(?P<shift>{_alt(raw['day_shift_words'])})\s+(?:du|de)\s+)?(?:(?:{wd_any})\s+)?(?P<day>{day})(?:e|ème)?\s*(?P<mon>{month_any}){R}(?:\s+(?P<year>{YEAR}|\d\d(?!\d))|\s+(?P<mod>{mods}){R})?",
            r_full,
        ),
        (
            "numeric",
            r"(?<![\w/.,-])(?:(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d?)-(?P<id>\d\d?)"
            r"|(?P<d>\d\d?)(?P<sep>[/.-])(?P<m>\d\d?)(?P=sep)(?P<y>\d{4}|\d\d)"
            r"|(?P<mm>0[1-9]|1[0-2])/(?P<my>(?:19|20)\d\d)"
            r"|(?P<dd>\d\d?)/(?P<dm>\d\d?))(?![\w/]|[.,-]\d)"
            r"|(?<![\d\s]\s)(?<![\w/.,-])(?:(?P<sd>\d\d?) (?P<sm>\d\d?) (?P<sy>\d{4}|\d\d)|(?P<sd2>\d\d?) (?P<sm2>\d\d?))(?!\s?\d|[.,]\d)",
            r_numeric,
        ),
        (
            # "entre juillet et septembre", "de janvier à mars 2025": one period, the quarter or half-year it fills
            "month_range",
            rf"{L}(?:entre\s+(?P<m1>{month_full}){R}\s+et\s+(?P<m2>{month_full})"
            rf"|(?:de\s+|d['’]\s*)(?P<m3>{month_full}){R}\s+(?:à|au)\s+(?P<m4>{month_full})){R}"
            rf"(?:\s+(?P<year>{YEAR}))?",
            r_month_range,
        ),
        (
            "month_year",
            rf"{L}{month_pre}(?P<mon>{month_any}){R}\s+(?:de\s+l['’]année\s+)?(?P<year>{YEAR})",
            r_month_year,
        ),
        ("month", rf"{L}{month_pre}(?P<mon>{month_full}){R}(?:\s+(?P<mod>{mods}){R})?", r_month),
        (
            "quarter",
            rf"{L}(?:(?P<ord>{ords})\s+(?P<unit>trimestre|semestre)|(?P<code>[{codes}])(?P<n>[1-4])(?=\s*(?:{YEAR})))"
            rf"(?:\s*(?:de\s+l['’]année\s+|de\s+|d['’])?(?P<year>{YEAR}))?{R}",
            r_quarter,
        ),
        (
            "year",
            rf"(?<![\w.,/])(?P<pre>(?:en|l['’]an(?:née)?|(?:{parts})(?:\s*-\s*|\s+)(?:de\s+l['’]année\s+|d['’]année\s+)?)\s*)?"
            rf"(?P<year>{YEAR}|(?<!\d)1[5-8]\d\d(?!\d))(?![\w]|[.,]\d|\s\d{{3}}(?!\d))",
            r_year,
        ),
        ("day_word", rf"{L}(?P<w>{_alt(raw['day_words'])}){R}", r_day_word),
        (
            "weekday",
            rf"{L}(?:(?:{this})\s+)?(?P<wd>{wd_any})(?:\s+(?:de\s+)?(?P<week>la\s+semaine\s+(?:{mods}|{nextw})|cette\s+semaine)"
            rf"|\s+en\s+(?P<en>huit|8|quinze|15)|\s+(?P<mod>{mods}|{nextw}))?{R}",
            r_weekday,
        ),
        (
            "nth_weekday",
            rf"{L}(?P<ord>{ords})\s+(?P<wd>{wd})\s+(?:du|de)\s+(?:mois\s+(?P<mod>{mods})"
            rf"|(?:mois\s+(?:de\s+|d['’]))?(?P<mon>{month_full})(?:\s+(?P<year>{YEAR}))?){R}",
            r_nth_weekday,
        ),
        ("bare_day", r"(?<=\ble\s)(?P<day>3[01]|[12]\d|[1-9])(?![\w.,/-])", r_bare_day),
        # "a investi mercredi 2,75 milliards": a decimal after the weekday is the figure, not its day
        ("weekday_day", rf"{L}(?P<wd>{wd})\s+(?P<day>{day})(?![,.]\d){R}", r_weekday_day),
        (
            "unit",
            rf"{L}(?:(?:{parts})\s+(?:de\s+|du\s+|d['’])?)?(?:(?:{this})\s+(?P<unit>{units_sing})(?:\s*-\s*ci)?(?!\s*-\s*là)"
            rf"(?!(?<=exercice)\s+(?:de|d['’]))"  # "cet exercice de style" is no financial year
            rf"(?!\s+(?:{mods}){R})|(?:l['’]|le\s+|la\s+|du\s+|au\s+)(?P<unit2>{units_sing})\s+(?P<mod>{mods})){R}",
            None,  # set below: two unit groups
        ),
        (
            "count",
            rf"{L}(?P<dir>il\s+y\s+a|dans)\s+(?:{approx})?(?P<n>\d{{1,3}}|{counts})\s+(?P<unit>{units_all}){R}",
            r_count,
        ),
        (
            "vague",
            rf"{L}(?:{_alt(raw['vague_determiners'])})\s+(?:derni(?:er|ère)s\s+(?P<unit>{units_all})"
            rf"|(?P<unit2>{units_all})\s+derni(?:er|ère)s|(?P<unit3>jours)-ci){R}",
            None,
        ),
        (
            "holiday",
            rf"{L}(?:(?:le\s+)?jour\s+de\s+|la\s+journée\s+de\s+)?(?P<h>{_alt(raw['holidays'])}){R}(?:\s+(?P<year>{YEAR}))?",
            r_holiday,
        ),
        (
            "season",
            rf"{L}(?:(?:{this})\s+(?P<s>{_alt(raw['seasons'])})(?!\s*-\s*là)|(?:l['’]|le\s+)?(?P<s2>{_alt(raw['seasons'])})"
            rf"(?:\s+(?P<mod>{mods})|\s+(?:de\s+l['’]année\s+)?(?P<year>{YEAR}))){R}",
            None,
        ),
        (
            "first_months",
            rf"{L}(?:les\s+|des\s+)?(?P<n>trois|six|neuf|3|6|9)\s+premiers\s+mois\s+de\s+l['’](?:année|exercice){R}"
            rf"(?!\s+(?:{mods}|\d))",  # "de l'année dernière", "de l'année 2023": left to the other rules
            r_first_months,
        ),
        (
            "part",
            rf"{L}(?:en|au|le|la|à\s+la|a\s+la)\s+(?:{parts})\s+(?:de\s+la\s+|du\s+|de\s+l['’]|d['’]|de\s+)"
            rf"(?P<unit>semaine|mois|année|an|trimestre)(?!\s*(?:{mods}|\d|-))",
            r_part,
        ),
    ]

    def merged(fn: Callable[..., Result | None], **alias: str) -> Callable[..., Result | None]:
        # Patterns with alternatives name a group twice (unit/unit2); expose the one that matched.
        def resolve(m: re.Match[str], text: str, anchor: Anchor | None) -> Result | None:
            g = _Groups(m, alias)
            return fn(g, text, anchor)

        return resolve

    # Words each rule's match must contain (see Rule.needs); in every listed rule but "quarter" the word is
    # followed by {R}, whitespace or "-", so a non-word character.
    def words(*keys: str) -> tuple[str, ...]:
        return tuple(sorted({_fold(str(w)) for k in keys for w in raw[k]}))

    months, weekdays = words("months", "month_abbreviations"), words("weekdays", "weekday_abbreviations")
    needs: dict[str, tuple[str, ...]] = {
        "full": months,
        "month_year": months,
        "month_range": words("months"),
        "month": words("months"),
        "day_word": words("day_words"),
        "weekday": weekdays,
        "nth_weekday": words("weekdays"),
        "weekday_day": words("weekdays"),
        "unit": tuple(sorted({_fold(u) for u in raw["units"] if not u.endswith("s") or u == "mois"})),
        "count": words("units"),
        "vague": ("derniers", "dernières", "jours-ci"),
        "holiday": words("holidays"),
        "season": words("seasons"),
        "part": words("period_parts"),
        "first_months": ("premiers",),
    }
    # "3e trimestre2023", "T3 2023": no boundary after the word here.
    quarter = ("trimestre", "semestre", *(_fold(c) + n for c in codes for n in "1234"))

    # Where a match of these rules can start (see Rule.starts), in lower case: the first word of each way
    # it can open.
    def folded(*keys: str) -> str:
        return _alt({_fold(str(w)) for k in keys for w in raw[k]})

    starts = {
        # "du 3 au 5 mars", "entre le lundi 3 et...", "3-5 mars", "premier au trois"
        "range": rf"{L}(?:du|entre|{folded('weekdays', 'first_day', 'day_numbers')}|\d)",
        # "en 2023", "l'an 2023", "fin 2023", "2023"
        "year": rf"(?<![\w.,/])(?:en|l'an|{folded('period_parts')}|\d)",
    }
    out = []
    for name, pattern, fn in specs:
        if name == "unit":
            fn = merged(r_unit, unit="unit2")
        elif name == "vague":
            fn = merged(r_vague, unit="unit2|unit3")
        elif name == "season":
            fn = merged(r_season, s="s2")
        compiled = re.compile(pattern, re.IGNORECASE)
        if name == "quarter":
            out.append(Rule(name, compiled, fn, quarter, needs_end=False))
        else:
            # "numeric" and "bare_day" open on a digit that no word character precedes
            at_digits = name in ("numeric", "bare_day")
            start = re.compile(starts[name]) if name in starts else None
            out.append(Rule(name, compiled, fn, needs.get(name, ()), at_digits=at_digits, starts=start))
    return tuple(out)


class _Groups:
    """A match whose group ``key`` falls back to the alternative groups named in ``alias``."""

    def __init__(self, m: re.Match[str], alias: dict[str, str]) -> None:
        self.m, self.alias = m, alias

    def __getitem__(self, key: str) -> str | None:
        value = self.m[key]
        for other in self.alias.get(key, "").split("|") if value is None else ():
            if other and self.m[other] is not None:
                return self.m[other]
        return value

    def start(self, *a: object) -> int:
        return self.m.start(*a)

    def end(self, *a: object) -> int:
        return self.m.end(*a)


# ---------------------------------------------------------------- entry point


def find_dates(text: str, pub_date: str | None) -> list[FoundDate]:
    """Dates in ``text`` with their character spans, resolved against ``pub_date`` (ISO at any grain)."""
    if not isinstance(text, str) or not text:
        return []
    anchor = parse_pub_date(pub_date)
    low = _lowered(text)
    digit_starts = [m.start() for m in _DIGIT_RUN.finditer(text)]
    candidates: list[tuple[int, int, Result]] = []
    mentioned: dict[tuple[tuple[str, ...], bool], bool] = {}  # rules sharing a word list look it up once
    for rule in rules():
        if rule.needs:
            key = (rule.needs, rule.needs_end)
            if key not in mentioned:
                mentioned[key] = _mentions(text, low, rule)
            if not mentioned[key]:
                continue
        for m in _matches(rule, text, digit_starts, low):
            if m.end() <= m.start():
                continue
            try:
                res = rule.resolve(m, text, anchor)
            except (ValueError, OverflowError, KeyError, IndexError):
                res = None
            if res is not None:
                candidates.append((m.start(), m.end(), res))
    kept = longest_first(candidates)
    out = []
    for s, e, (value, grain, rel) in kept:
        # Trim whitespace the optional parts of a pattern may have swallowed.
        while e > s and text[e - 1].isspace():
            e -= 1
        if rel and _fold(f"{_word_before(text, s)} {text[s:e]}") in vocab().sets["so_far"]:
            continue  # "la plus grosse acquisition à ce jour": until now, no date of a fact
        out.append(FoundDate(s, e, text[s:e], value, grain, rel))
    return _anaphoric(_join_year_of(out, text), text, anchor)


@lru_cache(maxsize=1)
def _anaphoric_pattern() -> re.Pattern[str]:
    v = vocab()
    raw = v.raw
    counts = _alt([k for k, n in raw["counts"].items() if n is not None])
    units = _alt(list(raw["units"]))
    dirs = _alt(list(raw.get("anaphoric_directions") or {}))
    days = _alt(list(raw.get("anaphoric_days") or {}))
    blockers = _alt(list(raw.get("anaphoric_blockers") or []))
    return re.compile(
        rf"(?<![\w])(?:(?P<count>{counts}|\d{{1,3}})\s+(?P<unit>{units})\s+(?P<dir>{dirs})"
        rf"(?!\s+(?:{blockers})(?![\w]))"
        rf"|(?P<day>{days}))(?![\w'’])(?!\s+(?:du|de|d['’])\s)",
        re.IGNORECASE,
    )


def _anaphoric(found: list[FoundDate], text: str, anchor: Anchor | None) -> list[FoundDate]:
    """ "Le 12 mars, X a annoncé. Six mois plus tard, ...": spans counted from the date the text just gave
    (else from the publication date), at that date's grain at most."""
    v = vocab()
    directions = {_fold(k): n for k, n in (v.raw.get("anaphoric_directions") or {}).items()}
    day_shifts = {_fold(k): n for k, n in (v.raw.get("anaphoric_days") or {}).items()}
    extra = []
    for m in _anaphoric_pattern().finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        before = [f for f in found if f.end <= m.start() and f.value and f.grain in GRAIN_RANK]
        base = parse_pub_date(before[-1].value) if before else anchor
        if m["day"]:
            unit, n = "day", day_shifts[_fold(m["day"])]
        else:
            count = m["count"]
            k = int(count) if count.isdigit() else v.counts.get(_fold(count))
            if k is None:
                continue
            unit, n = v.units[_fold(m["unit"])], k * directions[_fold(m["dir"])]
            if n > 0 and _past_infinitive_at(text, m.end()):
                base, n = anchor, -n  # "deux ans après avoir lancé": the launch, two years before now
        if base is None:
            value, grain = None, unit
        else:
            grain = unit if GRAIN_RANK[unit] >= GRAIN_RANK[base.grain] else base.grain
            value = fmt(shift(base.day, unit, n), grain)
        extra.append(FoundDate(m.start(), m.end(), m.group(0), value, grain, True))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


def _past_infinitive_at(text: str, i: int) -> bool:
    """A past infinitive (dates.yaml ``anaphoric_past_infinitive``) opens the text at ``i``."""
    return _past_infinitive_pattern().match(_fold(text[i : i + 12].lstrip())) is not None


@lru_cache(maxsize=1)
def _past_infinitive_pattern() -> re.Pattern[str]:
    words = vocab().raw.get("anaphoric_past_infinitive") or []
    if not words:
        return re.compile(r"(?!)")  # none listed: nothing is one
    return re.compile(rf"(?:{'|'.join(re.escape(_fold(str(w))) for w in words)})(?![\w])")


def longest_first(candidates: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """The (start, end, ...) candidates kept: longest first, then leftmost; one overlapping a kept one is
    dropped. Returned by start.

    The kept spans are disjoint, so kept sorted by start, the only one that can overlap [s, e) is the last
    one starting before e: one bisection per candidate, where a scan of all kept spans made "2023-" x 30,000
    quadratic (52 s)."""
    kept: list[tuple[int, int, Any]] = []
    starts: list[int] = []
    for c in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        k = bisect_left(starts, c[1]) - 1
        if k >= 0 and kept[k][1] > c[0]:
            continue
        starts.insert(k + 1, c[0])
        kept.insert(k + 1, c)
    return kept


_OF = re.compile(r"\s+(?:de|d['’])\s*")


def _join_year_of(found: list[FoundDate], text: str) -> list[FoundDate]:
    """ "en mars de l'an dernier", "le 3 mai de cette année": a day or month, "de", then its year: one date."""
    out: list[FoundDate] = []
    for d in found:
        prev = out[-1] if out else None
        if (
            prev
            and prev.grain in ("day", "month")
            and d.grain == "year"
            and _OF.fullmatch(text, prev.end, d.start)
        ):
            value = d.value[:4] + prev.value[4:] if prev.value and d.value else None
            out[-1] = FoundDate(
                prev.start, d.end, text[prev.start : d.end], value, prev.grain, prev.relative or d.relative
            )
        else:
            out.append(d)
    return out
