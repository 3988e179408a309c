"""Find money amounts, percentages, points and countable numbers in French text.

``find_amounts(text)`` scans plain text once with one compiled regex and returns ``FoundAmount`` spans with
the contract's normalised fields {kind, value, low, high, unit, approx}. Hedges and bounds written before
the figure ("près de", "plus de", "entre X et Y", "plusieurs milliards") are part of the span. Numbers with
no unit come back as kind "number": the spaCy component (``factx.pipeline.amounts``) turns them into counts
when a noun follows and drops them otherwise; plain-text callers can ignore them.
Language data: ``factx/data/fr/{currencies,quantifiers,numbers}.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from spacy.lang.fr.stop_words import STOP_WORDS

from factx.data import load
from factx.normalize.numbers import (
    DIGITS,
    parse_digits,
    parse_words,
    patterns,
    scale_of,
    to_json_number,
)

_APOS = "['’]"
# Ordinal endings written after digits ("1er", "3e", "XXe" is not digits): never a quantity.
_ORDINAL = r"(?:er|re|ère|ème|eme|e|è|nd|nde|ᵉ|ᵉʳ)(?![^\W\d_])"
# Phone numbers (pairs of digits) and the like, dropped as a whole.
_PHONE = re.compile(r"(?<![\d,])(?:\+\d{2,3}[\s.\u00a0]?)?\d{1,2}(?:[\s.\u00a0-]\d{2}){4}(?!\d)")
_PHONE_STARTS = re.compile(r"[+\d]")
_DE = rf"(?:de\s+|d{_APOS}\s*)"
# No news figure reaches a billion billions; past it a "number" is a smear of digits or of number words
# ("deux cent " x 3000 reads 202020...), which JSON could not even write (4,300+ digits, or Infinity).
MAX_MAGNITUDE = 18
_MAX_VALUE = Decimal(10) ** MAX_MAGNITUDE


@dataclass(frozen=True)
class FoundAmount:
    """One amount found in text: ``text == source[start:end]``; kind "number" = a candidate count."""

    start: int
    end: int
    text: str
    kind: str
    value: int | float | None
    low: int | float | None
    high: int | float | None
    unit: str | None
    approx: bool
    yearlike: bool = False  # a plain four-digit number that may be a year (counts need more evidence)
    # For a scaled number with no unit ("pour des ventes de 117,2 milliards"): the currency of the last money
    # amount before it (in news, bare "milliards" are money), which it shares when no counted noun follows.
    context_unit: str | None = None
    # A small number in words ("trois usines"): a count only of a noun quantifiers.yaml lists
    # (``counted_in_words``), since "deux sociétés" or "trois raisons" state no fact worth a figure.
    worded: bool = False
    # Ends in a scale word of a million or more ("1,5 milliard"): with no unit, a sum of money when a money
    # noun follows ("1,5 milliard de revenus").
    scaled: bool = False

    def fields(self) -> dict[str, Any]:
        """The contract's normalised fields."""
        # Built directly: asdict() deep-copies every field, and the values are plain scalars.
        return {
            "kind": self.kind,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "approx": self.approx,
        }


def _alt(items: list[str]) -> str:
    return "|".join(sorted(set(items), key=len, reverse=True))


def _phrase(words: str) -> str:
    """A phrase from the data files as a regex: flexible spaces and apostrophes, "de" also elided."""
    out = re.escape(words.strip())
    out = re.sub("['’]", lambda _: _APOS, out.replace(r"\ ", r"\s+"))
    if words.endswith(" de"):
        out = out[: -len(r"\s+de")] + rf"\s+(?:de(?![\w])|d{_APOS})"
    elif not words.endswith("'"):
        out += r"(?![\w])"
    return out


def _first_word(phrase: str, apostrophe: bool = True) -> str:
    """A data phrase's first word as it must appear in the text: up to its first space (the regex reads any
    run of spaces there) or apostrophe (either apostrophe)."""
    phrase = phrase.strip()
    return re.split(r"[\s'’]" if apostrophe else r"\s", phrase)[0] or phrase[:1]


def _piece(ch: str) -> str:
    return re.escape(ch)


def _cue_start(phrase: str) -> str:
    """What every text a cue phrase's regex (:func:`_phrase`) matches starts with: its words with single
    spaces and straight apostrophes, but a last "de" (elided in the text: "près d'un milliard")."""
    words = phrase.replace("’", "'").split()
    if len(words) > 1 and words[-1] == "de":
        words = words[:-1]
    return " ".join(words)


def _phrase_piece(ch: str) -> str:
    """A character of :func:`_cue_start` as the text may write it: any run of spaces, either apostrophe."""
    return r"\s+" if ch == " " else _APOS if ch == "'" else re.escape(ch)


def _trie(words: list[str], piece: Callable[[str], str] = _piece) -> str:
    """An alternation of literal words as a trie ("d(?:e(?:s|ux)?|ix)"): each position tries a few first
    letters, not every word. It matches the same words (and their prefixes that are words); ``piece`` is
    the regex of each character."""
    root: dict = {}
    for w in words:
        if w:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node[""] = {}

    def emit(node: dict) -> str:
        alts = [piece(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        group = "(?:" + "|".join(alts) + ")"
        return group + "?" if "" in node else group

    return emit(root) or r"(?!x)x"


@dataclass(frozen=True)
class _Grammar:
    regex: re.Pattern[str]
    currency_of: dict[str, str]  # lowercased name/symbol/code -> ISO
    family_of: dict[str, str]  # ISO -> family
    subunit_of: dict[str, tuple[str, Decimal]]  # lowercased subunit name -> (default ISO, factor)
    approx_nouns: dict[str, Decimal]
    vague_factor: Decimal
    change_words: frozenset[str]
    identifier_words: frozenset[str]
    metric_words: frozenset[str]
    year_words: frozenset[str]
    not_counted: frozenset[str]
    counted_in_words: frozenset[str]  # lemmas (or phrases of lemmas) a small number in words counts
    index_points_from: Decimal
    restrictive: frozenset[str]  # low cues meaning "only" after "ne" ("ne vaut plus que")
    article_ambiguous: tuple[str, ...]  # currency words that follow the article "un" in other senses
    scale_tags: frozenset[str] = frozenset()  # currency tags read only after a scale word
    money_nouns: frozenset[str] = (
        frozenset()
    )  # "1,5 milliard de revenus": what a scaled number of money names
    # Where a match can start (see _finditer): a superset of the regex's start positions, cheap to search.
    starts: re.Pattern[str] | None = None


@cache
def grammar() -> _Grammar:
    """Compile the finder once from the data files."""
    cur = load("currencies")
    q = load("quantifiers")
    np = patterns()
    currency_of: dict[str, str] = {}
    family_of: dict[str, str] = {}
    names: list[str] = []
    signs: list[str] = []
    letters: list[str] = []
    scale_tags: set[str] = set()
    raw_signs: list[str] = []  # as written, for the start prefilter
    for iso, spec in cur["currencies"].items():
        family_of[iso] = spec.get("family", iso)
        raw_signs += spec.get("after_scale", []) + spec.get("symbols", []) + spec.get("codes", [])
        for tag in spec.get("after_scale", []):
            currency_of.setdefault(tag.lower(), iso)
            scale_tags.add(tag.lower())
            signs.append(re.escape(tag) + r"(?![^\W\d_])")
        for letter in spec.get("press_letters", []):
            currency_of.setdefault(letter.lower(), iso)
            letters.append(re.escape(letter))
        for n in spec.get("names", []):
            currency_of[n.lower()] = iso
            names.append(_phrase(n))
        for s in spec.get("symbols", []) + spec.get("codes", []):
            currency_of.setdefault(s.lower(), iso)
            sym = re.escape(s).replace(r"\ ", r"\s?")
            signs.append(sym + (r"(?![^\W\d_]|['’])" if s[-1].isalpha() else ""))
    subunit_of: dict[str, tuple[str, Decimal]] = {}
    sub_names: list[str] = []
    for spec in cur["subunits"].values():
        for n in spec["names"]:
            subunit_of[n.lower()] = (spec["default"], Decimal(str(spec["factor"])))
            sub_names.append(_phrase(n))
    apn = {k.lower(): Decimal(v) for k, v in q["approx_nouns"].items()}
    cue_groups = "|".join(
        rf"(?P<c_{cls}>(?i:{_alt([_phrase(c) for c in q[cls]])}))"
        for cls in ("approx", "low", "high", "exact", "range")
    )
    currency = rf"(?:(?i:{_alt(names)})|{_alt(signs)})"
    prefix = _alt(signs)
    subunits = rf"(?i:{_alt(sub_names)})"
    scale_pl = _alt([re.escape(w) for w in load("numbers")["scales"] if w.endswith("s")])
    apn_rx = _alt([re.escape(w) for w in apn])
    quant = rf"(?:{apn_rx}|{scale_pl})(?![\w])"
    vdet = _alt([_phrase(v) for v in q["vague_determiners"]])
    # "189 ME", "5,2 MdE": a currency letter glued to a scale abbreviation, as press tables write money
    abbr_letter = (
        rf"(?P<abbr2>{_alt([re.escape(a) for a in load('numbers')['abbreviations']])})"
        rf"(?P<plet>{_alt(letters)})(?![^\W\d_])"
        if letters
        else r"(?!x)x"
    )
    rx = rf"""
    (?:(?<![\w])(?:{cue_groups})\s*)?
    (?:
        (?<![\w])(?P<vague>(?i:{vdet})\s+(?P<vq1>{quant})(?:\s+{_DE}(?P<vq2>{quant}))?)
      | (?:
          (?<![^\W\d_])(?P<pre>{prefix})\s*(?P<pnum>{DIGITS})
        | (?:(?<![\w.,/:)\]])(?P<sign>[-−+])(?=\d))?(?<![\w.,/:])(?<![^\W\d_]-)(?P<num>{DIGITS})
        | (?P<wnum>(?i:{np["WORDS"]}))
        )
        (?!{_ORDINAL})
        (?:\s*{abbr_letter}|\s*(?P<abbr>{np["ABBR"]})|\s+(?P<scale>(?i:{np["SCALE_WORDS"]})))?
        (?:\s+(?P<aq>(?i:{apn_rx}))(?![\w])(?:\s+{_DE}(?P<aq2>(?i:{scale_pl}|milliers))(?![\w]))?)?
    )
    (?:
        (?P<pct>\s*(?:%|(?i:pour\s*cents?|pourcents?)(?![\w])))
      | (?P<pts>\s*(?i:points?\s+de\s+(?P<ptkind>pourcentage|base)|points?(?!\s+(?:de|d['’]))|pdb|pb)(?![\w]))
      | \s*(?:{_DE})?(?P<cur>{currency})
        (?P<subpart>\s*(?:et\s+)?(?P<sub>\d{{1,2}}|(?i:{np["SMALL_WORDS"]}))(?:\s*(?P<subw>{subunits})|(?=\s*(?:[.,;:!?](?!\d)|[)\]»]|$))))?
      | \s*(?:{_DE})?(?P<subonly>{subunits})
    )?
    """
    # What a match can start with: a cue (its words but an elidable last "de"), a vague determiner and the
    # word after it, a number word's first word (followed by a non-word character in any match), or a
    # currency sign written before its figure. Cues ("de l'ordre de", "à partir de") whole, not their first
    # word: "de", "à" and "en" start thousands of places where no figure does.
    first_words = [
        _first_word(w) for k in ("units", "tens", "hundreds", "scales", "halves") for w in load("numbers")[k]
    ]
    cues = [_cue_start(c) for cls in ("approx", "low", "high", "exact", "range") for c in q[cls]]
    starts = (
        rf"(?<![^\W\d_])(?:[-−+\d]|(?i:{_trie(first_words)})(?![\w])"
        rf"|(?i:{_trie(cues, _phrase_piece)})|(?i:{vdet})\s+{quant}"
        rf"|{_trie([_first_word(s, apostrophe=False) for s in raw_signs])})"
    )
    return _Grammar(
        starts=re.compile(starts),
        regex=re.compile(rx, re.VERBOSE),
        currency_of=currency_of,
        family_of=family_of,
        subunit_of=subunit_of,
        approx_nouns=apn,
        vague_factor=Decimal(q["vague_low_factor"]),
        change_words=frozenset(w.lower() for w in q["change_words"]),
        identifier_words=frozenset(w.lower() for w in q["identifier_words"]),
        metric_words=frozenset(w.lower() for w in q.get("metric_words") or []),
        year_words=frozenset(w.lower() for w in q["year_words"]),
        not_counted=frozenset(w.lower() for w in q["not_counted"]),
        counted_in_words=frozenset(" ".join(w.lower().split()) for w in q.get("counted_in_words", [])),
        money_nouns=frozenset(w.lower() for w in q.get("money_nouns", [])),
        restrictive=frozenset(c.lower() for c in q.get("restrictive_after_ne", [])),
        index_points_from=Decimal(q.get("index_points_from", 100)),
        article_ambiguous=tuple(w.lower() for w in cur.get("article_ambiguous", [])),
        scale_tags=frozenset(scale_tags),
    )


_NE_BEFORE = re.compile(r"(?<![\w])(?:ne|n['’])\s*[\w'’-]+(?:\s+[\w'’-]+)?\s+$", re.IGNORECASE)
_PREV_WORD = re.compile(r"([\w°'’-]+)[\s\u00a0\u202f]*$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_CONNECTOR = re.compile(r"\s*(et|à|au|-|–|—)\s*$")
_DE_BEFORE = re.compile(rf"(?:(?<![\w])([\w-]+)\s+)?(?:de|d{_APOS})\s*$", re.IGNORECASE)
_BARE_ARTICLE = {"un", "une"}


@dataclass
class _Atom:
    start: int
    end: int
    kind: str
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str | None
    approx: bool
    cue: str | None
    cue_start: int
    num_start: int
    base: Decimal  # the figure before its scale
    scaled: bool
    yearlike: bool = False
    worded: bool = False


def _norm(cue: str) -> str:
    return re.sub(r"\s+", " ", cue.replace("’", "'")).strip().lower()


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 40), pos)
    return m.group(1) if m else ""


def _atom(m: re.Match[str], text: str, g: _Grammar) -> _Atom | None:
    cue = next((c for c in ("approx", "low", "high", "exact", "range") if m.group(f"c_{c}")), None)
    cue_start = m.start(f"c_{cue}") if cue else -1
    if (
        cue == "low"
        and _norm(m["c_low"]) in g.restrictive
        and _NE_BEFORE.search(text, max(0, cue_start - 40), cue_start)
    ):
        cue = None  # "ne vaut plus que 6 euros": the figure alone, exact
    approx = cue == "approx"
    kind, unit = "number", None
    scaled = False
    yearlike = False
    if m["vague"]:
        mult = g.approx_nouns.get(m["vq1"].lower()) or scale_of(m["vq1"])
        if m["vq2"]:
            mult *= g.approx_nouns.get(m["vq2"].lower()) or scale_of(m["vq2"])
        base, value, approx, scaled = mult, None, True, True
        low: Decimal | None = g.vague_factor * mult
        num_start = m.start("vague")
    else:
        low = None
        digits = m["pnum"] or m["num"]
        if digits:
            base = parse_digits(digits)
            num_start = m.start("pnum") if m["pnum"] else m.start("sign") if m["sign"] else m.start("num")
        else:
            words = m["wnum"].lower()
            if all(
                w in ("et", "demi", "demie") or w in load("numbers")["scales"]
                for w in re.split(r"[\s-]+", words)
            ):
                return None  # "millions de personnes" with no figure
            base = parse_words(words)
            num_start = m.start("wnum")
        if base is None:
            return None
        if m["sign"] == "-" or m["sign"] == "−":
            base = -base
        value = base
        if m["abbr"] or m["abbr2"] or m["scale"]:
            value = base * scale_of(m["abbr"] or m["abbr2"] or m["scale"].lower())
            scaled = True
        if m["aq"]:
            value *= g.approx_nouns[m["aq"].lower()]
            if m["aq2"]:
                value *= scale_of(m["aq2"].lower()) if m["aq2"].lower() != "milliers" else 1000
            approx = scaled = True
        if digits and not scaled and re.fullmatch(r"\d{4}", digits) and 1000 <= base <= 2100 and cue is None:
            yearlike = True
    end = m.end()
    if m["pct"]:
        kind, unit = "percent", "%"
    elif m["pts"]:
        kind = "quantity"
        basis = (m["ptkind"] or "").lower() == "base" or m["pts"].strip().lower() in ("pb", "pdb")
        bare = not m["ptkind"] and not basis
        unit = "point de base" if basis else "point de pourcentage"
        if bare and value is not None and abs(value) >= g.index_points_from:
            unit = "point"
    elif m["plet"]:
        kind, unit = "money", g.currency_of[m["plet"].lower()]
    elif m["cur"] and re.sub(r"\s+", " ", m["cur"]).lower() in g.scale_tags and not m["scale"]:
        end = m.start("cur")  # "3 US Open": a tag, not a currency, without a scale word before it
        while end > m.start() and text[end - 1].isspace():
            end -= 1  # (not text[:end].rstrip(): a copy of the text before every such figure)
    elif m["cur"]:
        kind, unit = "money", g.currency_of.get(re.sub(r"\s+", " ", m["cur"]).lower())
        if unit is None:
            unit = g.currency_of.get(re.sub(r"\s+", "", m["cur"]).lower())
        if m["subpart"]:
            ok = not scaled
            sub = parse_digits(m["sub"]) if m["sub"][0].isdigit() else parse_words(m["sub"])
            if ok and sub is not None and sub < 100 and value is not None:
                value += sub / 100
            else:
                end = m.end("cur")
    elif m["subonly"]:
        kind = "money"
        unit, factor = g.subunit_of[re.sub(r"\s+", " ", m["subonly"]).lower()]
        value = value * factor if value is not None else None
        low = low * factor if low is not None else None
    elif m["pre"]:
        kind = "money"
        unit = g.currency_of.get(m["pre"].lower()) or g.currency_of.get(re.sub(r"\s+", "", m["pre"]).lower())
    if m["pre"] and kind != "money":
        return None
    if m["wnum"] and m["wnum"].lower() in _BARE_ARTICLE and not scaled and not m["aq"]:
        # "un"/"une" is an article unless a currency follows it at once ("une yen", "un dollar").
        if kind != "money" or (m["cur"] or "").lower().startswith(g.article_ambiguous):
            return None
    if m["abbr"] and kind == "number":
        return None  # "5G", "3M": a code, not a quantity
    hi: Decimal | None = None
    if value is not None and cue in ("low", "high"):
        if cue == "low":
            low = value
        else:
            hi = value
        value = None
    body = m.start("vague") if m["vague"] else m.start("pre") if m["pre"] else num_start
    start = cue_start if cue else body
    # "deux sociétés": a small number in words is a count only of the nouns that make one a fact
    worded = kind == "number" and cue is None and bool(m["wnum"]) and not scaled and (base or 0) < 1000
    return _Atom(
        start,
        end,
        kind,
        value,
        low,
        hi,
        unit,
        approx,
        cue,
        cue_start,
        num_start,
        base,
        scaled,
        yearlike,
        worded,
    )


def _not_score(a: _Atom, text: str) -> bool:
    """A unitless number glued to another by a hyphen is a score or a code ("3-1", "2024-270")."""
    return text[a.num_start - 1 : a.num_start] != "-" and not re.match(r"-\d", text[a.end : a.end + 2])


def _number_ok(a: _Atom, text: str, g: _Grammar) -> bool:
    """Whether a unitless number may still become a count (not an identifier, year or phone number)."""
    num = text[a.num_start : a.end]
    if num[:1] == "0" and len(num) > 1 and num[1].isdigit():
        return False  # "01 23 45", "007"
    prev = _prev_word(text, a.start)
    low = prev.lower().replace("’", "'")
    if low in g.identifier_words or low.endswith("n°"):
        return False
    metric = re.sub(r"^[ld]['’]", "", low) in g.metric_words
    if (
        prev
        and any(c.isupper() for c in prev)
        and low not in STOP_WORDS
        and a.cue is None
        and (metric or not a.scaled)
    ):
        # "Windows 11", "DALL-E 2", "Airbus A380"; not "l'État 8,5 millions" (a list that leaves its verb out),
        # but "l'Ebitda 7 milliards" (quantifiers.yaml metric_words: that measure's, no party's sum)
        return False
    if a.yearlike and (low in g.year_words or low.endswith(("'", "-"))):
        return False
    return True


def _scale_like(a: _Atom, b: _Atom) -> Decimal:
    """Multiplier ``a`` borrows from ``b`` in "entre 2 et 3 milliards" (1 when it has its own)."""
    if a.scaled or not b.scaled or b.value is None or not b.base:
        return Decimal(1)
    ratio = a.base / b.base
    if Decimal("0.01") <= ratio <= 100:
        return b.value / b.base
    return Decimal(1)


def _scale_word(a: _Atom, text: str) -> bool:
    """Whether a figure ends in a scale word of a million or more ("6,7 milliards", "entre 5,8 milliards et
    6,2 milliards"; not "3 500")."""
    v = next((x for x in (a.value, a.high, a.low) if x is not None), None)
    return a.scaled and v is not None and abs(v) >= 10**6 and text[a.end - 1].isalpha()


SUM_AND_PRICE_RATIO = 100  # "X à Y" with X a hundred times Y: two figures of two things, no range


def _changed_before(text: str, start: int, g: _Grammar) -> bool:
    """ "de" right before ``start`` and a change word among the four words before it ("a ramené mardi de")."""
    before = text[max(0, start - 60) : start]
    if not _DE_BEFORE.search(before):
        return False
    words = re.findall(r"[\w-]+", before)[:-1][-4:]  # (the "de" itself left out)
    return any(w.lower() in g.change_words for w in words)


def _merge(atoms: list[_Atom], text: str, g: _Grammar) -> list[_Atom]:
    """Join "entre X et Y", "de X à Y", "X - Y" into ranges; "passé de X à Y" stays two amounts."""
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is None or a.value is None or b.value is None or b.cue or a.cue in ("low", "high"):
            out.append(a)
            i += 1
            continue
        c = _CONNECTOR.match(text[a.end : b.start])
        conn = c.group(1) if c else None
        compatible = a.kind == "number" or (a.kind == b.kind and a.unit == b.unit)
        ok = conn is not None and compatible
        if ok and conn == "et":
            ok = a.cue == "range"
        elif ok and conn in ("à", "au"):
            ok = not (a.yearlike or b.yearlike)
        elif ok:
            ok = b.kind != "number" and a.cue is None
        mult = _scale_like(a, b) if ok else 1
        a_value = a.value * mult
        if ok and conn in ("à", "au") and a_value > b.value * SUM_AND_PRICE_RATIO:
            # a sum and a price, no range ("lever 30 millions d'euros à 6,40 euros par action")
            ok = False
        if not ok:
            out.append(a)
            i += 1
            continue
        de = _DE_BEFORE.search(text, max(0, a.start - 40), a.start) if a.cue is None else None
        if conn in ("à", "au") and (
            de
            and (de.group(1) or "").lower() in g.change_words
            # a fall "de X à Y" after a change word a few words back ("a ramené mardi de 2,6 millions à 1,1
            # million d'euros"); a falling pair without one stays a range ("200 à 150 postes")
            or a_value > b.value
            and _changed_before(text, a.start, g)
        ):
            # a change between two figures: two amounts, the first one borrowing the second's unit
            out.append(
                _Atom(
                    a.start,
                    a.end,
                    b.kind,
                    a_value,
                    None,
                    None,
                    b.unit,
                    a.approx,
                    a.cue,
                    a.cue_start,
                    a.num_start,
                    a.base,
                    True,
                    a.yearlike,
                    a.worded,
                )
            )
            i += 1
            continue
        out.append(
            _Atom(
                a.start,
                b.end,
                b.kind,
                None,
                a_value,
                b.value,
                b.unit,
                a.approx or b.approx,
                a.cue,
                a.cue_start,
                a.num_start,
                a.base,
                True,
                worded=a.worded and b.worded,
            )
        )
        i += 2
    return out


def find_amounts(text: str) -> list[FoundAmount]:
    """Money, percentages, points and candidate counts (kind "number") in ``text``, in order.

    A figure beyond 10^:data:`MAX_MAGNITUDE` is dropped (:func:`oversized` says where)."""
    return list(_scan(text)[0]) if text else []


def oversized(text: str) -> list[int]:
    """Where the figures of ``text`` that :func:`find_amounts` dropped as too large start."""
    return list(_scan(text)[1]) if text else []


def _too_large(a: _Atom) -> bool:
    return any(
        v is not None and not (v.is_finite() and abs(v) < _MAX_VALUE) for v in (a.value, a.low, a.high)
    )


def _finditer(regex: re.Pattern[str], starts: re.Pattern[str] | None, text: str) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)``, the regex tried only where ``starts`` finds a place a match can begin (the
    start of a figure, of a number word, cue or currency sign): the finder's big pattern tried at every
    position of the text was most of its time. ``starts`` must match wherever ``regex`` can (a superset);
    ``regex`` must never match empty text."""
    if starts is None:
        yield from regex.finditer(text)
        return
    search, match = starts.search, regex.match
    pos = 0
    while (c := search(text, pos)) is not None:
        p = c.start()
        m = match(text, p)  # lookbehinds still see the text before p
        if m is None or m.end() == p:
            pos = p + 1
            continue
        yield m
        pos = m.end()


@lru_cache(maxsize=4)  # the analyser asks what was dropped from the text its component just read
def _scan(text: str) -> tuple[tuple[FoundAmount, ...], tuple[int, ...]]:
    g = grammar()
    atoms: list[_Atom] = []
    dropped: list[int] = []
    # phone numbers' spans, sorted and disjoint: one bisection per figure (a list of 20,000 would be quadratic)
    phones = [p.span() for p in _finditer(_PHONE, _PHONE_STARTS, text)]
    phone_starts = [s for s, _ in phones]
    for m in _finditer(g.regex, g.starts, text):
        if m.end() == m.start():
            continue
        try:
            a = _atom(m, text, g)
        except (ArithmeticError, ValueError, KeyError):  # never raise on odd text
            a = None
        if a is None:
            continue
        k = bisect_right(phone_starts, a.num_start) - 1
        if k >= 0 and a.num_start < phones[k][1]:
            continue
        if _too_large(a):
            dropped.append(a.start)
            continue
        if a.kind == "number" and not _number_ok(a, text, g):
            continue  # before merging, so that "CAC 40 à 7 000 points" is no range
        atoms.append(a)
    found = []
    money: _Atom | None = None
    seen: dict[str, int] = {}  # currency -> money amounts so far
    for a in _merge(atoms, text, g):
        if a.kind == "number" and not _not_score(a, text):
            continue
        context = None
        if a.kind == "money":
            money = a
            seen[a.unit or ""] = seen.get(a.unit or "", 0) + 1
        elif a.kind == "number" and money and _scale_word(a, text):
            # same sentence: that amount's currency; further: the article's most used currency so far
            same = not _SENTENCE_END.search(text, money.end, a.start)
            context = money.unit if same else max(seen, key=lambda u: (seen[u], u == money.unit)) or None
        found.append(
            FoundAmount(
                a.start,
                a.end,
                text[a.start : a.end],
                a.kind,
                to_json_number(a.value),
                to_json_number(a.low),
                to_json_number(a.high),
                a.unit,
                a.approx,
                a.yearlike,
                context,
                a.worded,
                a.kind == "number" and _scale_word(a, text),
            )
        )
    return tuple(found), tuple(dropped)


def parse_amount(text: str) -> dict[str, Any] | None:
    """The single amount that a whole string is ("plus de 10 euros"), as contract fields, else None."""
    stripped = text.strip().rstrip(".!?;").strip()
    found = [f for f in find_amounts(stripped) if f.kind != "number"]
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(stripped):
        return None
    return found[0].fields()


def currency_family(iso: str | None) -> str | None:
    """The family ("dollar", "pound", "franc"...) of an ISO code, from the currencies data file."""
    return grammar().family_of.get(iso or "")
