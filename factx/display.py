"""How factx writes things for people, whatever the terminal: amounts, article names, conflict ids.

One way to write an amount everywhere a person reads one: the article's own wording, then the normalised
value in French style in parentheses, "près d'un milliard de dollars (≈ 1 Md$)". The value keeps its
parts together with no-break spaces (U+00A0, U+202F), which factx's tables never break at.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import PurePath
from typing import Any

NBSP = "\u00a0"  # between a sign or a figure and what follows it: "≈ 1", "10 Md$"
NNBSP = "\u202f"  # the French thousands separator: "10 000"

# Scales for people: "Md" (milliard, 10⁹) and "M" (million, 10⁶), the French press's own abbreviations.
SCALES = ((1e9, "Md"), (1e6, "M"))
APPROX, MORE, LESS = "≈", ">", "<"
LEGEND = {
    APPROX: "≈ about",
    MORE: "> more than",
    LESS: "< less than",
}
LEGEND_SCALES = "M million, Md milliard (10⁹)"


@cache
def _symbols() -> dict[str, str]:
    """ISO code -> its sign when the data gives a one-character one (€, $, £, ¥); others stay codes."""
    from .data import load

    out = {}
    for code, spec in ((load("currencies") or {}).get("currencies") or {}).items():
        one = [s for s in (spec or {}).get("symbols") or [] if len(s) == 1]
        if one:
            out[code] = one[0]
    return out


def fmt_number(x: float, decimals: int = 2) -> str:
    """French digits: "10 000", "1,05", "74,3" (no trailing zeros)."""
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", NNBSP)
    s = f"{x:,.{decimals}f}".rstrip("0").rstrip(".")
    return s.replace(",", NNBSP).replace(".", ",")


def _scaled(x: float, scale: tuple[float, str] | None) -> str:
    if scale is None:
        return fmt_number(round(x, 2))
    return fmt_number(round(x / scale[0], 2))


def _scale_for(*values: float) -> tuple[float, str] | None:
    top = max(abs(v) for v in values)
    return next((s for s in SCALES if top >= s[0]), None)


def _with_unit(number: str, scale: tuple[float, str] | None, kind: str | None, unit: str | None) -> str:
    prefix = scale[1] if scale else ""
    if kind == "money" and unit:
        sign = _symbols().get(unit)
        if sign:
            return f"{number}{NBSP}{prefix}{sign}"
        return f"{number}{NBSP}{prefix}{NBSP if prefix else ''}{unit}"
    if kind == "percent" or unit == "%":
        return f"{number}{NBSP}%"
    if kind == "quantity" and unit:
        return f"{number}{NBSP}{prefix}{NBSP if prefix else ''}{unit}"
    # a count: the counted noun is in the wording beside it ("2 000 postes (2 000)")
    return f"{number}{NBSP}{prefix}" if prefix else number


def fmt_value(amount: Mapping[str, Any] | None) -> str:
    """The normalised value of a contract amount: "10 Md$", "≈ 1 Md$", "> 2 Md$", "2–5 Md€", "49 %"."""
    if not amount:
        return ""
    kind, unit = amount.get("kind"), amount.get("unit")
    value, low, high = amount.get("value"), amount.get("low"), amount.get("high")
    approx = f"{APPROX}{NBSP}" if amount.get("approx") else ""
    if value is not None:
        scale = _scale_for(value)
        return approx + _with_unit(_scaled(value, scale), scale, kind, unit)
    if low is not None and high is not None:
        scale = _scale_for(low, high)
        lo, hi = _scaled(low, scale), _scaled(high, scale)
        return approx + _with_unit(f"{lo}–{hi}", scale, kind, unit)
    if low is not None:
        scale = _scale_for(low)
        return f"{MORE}{NBSP}" + _with_unit(_scaled(low, scale), scale, kind, unit)
    if high is not None:
        scale = _scale_for(high)
        return f"{LESS}{NBSP}" + _with_unit(_scaled(high, scale), scale, kind, unit)
    return "?"


def fmt_amount(amount: Mapping[str, Any] | None) -> str:
    """The article's wording and the normalised value: "près d'un milliard de dollars (≈ 1 Md$)".

    The value alone when it says the same as the wording ("49 %").
    """
    if not amount:
        return ""
    wording = " ".join(str(amount.get("text") or "").split())
    value = fmt_value(amount)
    if not wording:
        return value
    if _same(wording, value):
        return wording
    return f"{wording} ({value})"


def _same(wording: str, value: str) -> bool:
    squash = str.maketrans("", "", f" {NBSP}{NNBSP}.")
    return wording.translate(squash) == value.translate(squash)


def legend(texts: Iterable[str]) -> str | None:
    """The legend line for the signs and scales these cells use, or None when they use none."""
    used: list[str] = []
    scales = False
    for t in texts:
        for sign, words in LEGEND.items():
            if f"{sign}{NBSP}" in t and words not in used:
                used.append(words)
        if not scales and any(f"{NBSP}{s}" in t for _, s in SCALES):
            scales = True
    if not used:
        return None
    order = list(LEGEND.values())
    parts = sorted(used, key=order.index) + ([LEGEND_SCALES] if scales else [])
    return "; ".join(parts)


# -- articles ---------------------------------------------------------------------------------------------


def article_labels(docs: Iterable[str]) -> dict[str, str]:
    """The name tables print for each article: its file name, with as many parent folders as it takes to
    tell apart two articles of the same file name; an id of JSON Lines input stays as it is."""
    docs = list(dict.fromkeys(docs))
    parts = {d: PurePath(d).parts or (d,) for d in docs}
    depth = dict.fromkeys(docs, 1)
    while True:
        labels = {d: "/".join(parts[d][-depth[d] :]) for d in docs}
        seen: dict[str, list[str]] = {}
        for d, label in labels.items():
            seen.setdefault(label, []).append(d)
        clashes = [d for same in seen.values() if len(same) > 1 for d in same if depth[d] < len(parts[d])]
        if not clashes:
            return labels
        for d in clashes:
            depth[d] += 1


# -- conflict ids -----------------------------------------------------------------------------------------

ID_PREFIX = "cf_"
SHORT_ID = 8  # hex digits shown in tables, like git's short hashes; more where two ids share them


def short_ids(ids: Iterable[str]) -> dict[str, str]:
    """The shortest prefix of at least ``SHORT_ID`` hex digits that tells each id from the others, without
    its "cf_" (like git's short hashes: `--explain` and `review` take any unique prefix)."""
    ids = list(dict.fromkeys(ids))
    hexes = {i: i.removeprefix(ID_PREFIX) for i in ids}
    out = {}
    ordered = sorted(ids, key=hexes.get)
    for k, i in enumerate(ordered):
        n = SHORT_ID
        for j in (ordered[k - 1] if k else None, ordered[k + 1] if k + 1 < len(ordered) else None):
            if j is not None:
                common = next(
                    (p for p, (a, b) in enumerate(zip(hexes[i], hexes[j], strict=False)) if a != b),
                    min(len(hexes[i]), len(hexes[j])),
                )
                n = max(n, common + 1)
        out[i] = hexes[i][:n]
    return out
