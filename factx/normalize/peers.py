"""Pass rates of factx's number and money parsers on peer extractors' French test suites.

The cases are copies of Duckling's and Recognizers-Text's French corpora kept in ``tests/data/peers/``
(provenance and licences: README-money.md there). Comparison rules:

* Duckling money: the whole string parses to one money amount with the expected value/low/high; the
  currency matches when it is the same ISO code, or, for Duckling's generic units, any dollar for ``$``,
  any pound for ``£`` and any currency for ``unknown``/``rial``/``riyal``. ``approx`` is not compared:
  Duckling absorbs hedges ("à peu près") into a plain value, so its corpus always says false.
* Duckling numeral: the whole string parses (``parse_number``) to the expected number.
* Recognizers-Text currency (Python-supported rows): every expected result is found as a money amount whose
  span overlaps it, whose value equals theirs (their "12,345" is French, 12.345; when our amount is a bound
  we compare the bound) and whose currency is of the same family ("Dollar Canadien" -> any dollar). Their
  subunits ("Cent", "Pence", "Centimes"...) are reported by us in the main unit, so their value is divided
  by 100 and any currency is accepted. A row expecting nothing passes when we find no money.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from factx.normalize.amounts import currency_family, find_amounts, parse_amount
from factx.normalize.numbers import parse_digits, parse_number

PEERS_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "peers"

# Recognizers-Text unit names (first word, lowercased) -> our currency family; None = a subunit.
_RT_FAMILY = {
    "dollar": "dollar",
    "livre": "pound",
    "franc": "franc",
    "mark": "mark",
    "florins": "florin",
    "yen": "yen",
    "yuan": "yuan",
    "euro": "euro",
    "cent": None,
    "pence": None,
    "penny": None,
    "centimes": None,
    "pesewa": None,
}
_DUCKLING_FAMILY = {"$": "dollar", "£": "pound"}
_ANY = {"unknown", "rial", "riyal"}


def read_cases(name: str, folder: Path | None = None) -> Iterator[dict[str, Any]]:
    """The rows of ``<folder>/<name>.jsonl``."""
    with open((folder or PEERS_DIR) / f"{name}.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def duckling_money_ok(row: dict[str, Any]) -> bool:
    got = parse_amount(row["text"])
    exp = row["expected"]
    if not got or got["kind"] != "money":
        return False
    if not all(_close(got[k], exp[k]) for k in ("value", "low", "high")):
        return False
    cur = exp["currency"]
    if cur in _ANY:
        return got["unit"] is not None
    if cur in _DUCKLING_FAMILY:
        return currency_family(got["unit"]) == _DUCKLING_FAMILY[cur]
    return got["unit"] == cur


def duckling_numeral_ok(row: dict[str, Any]) -> bool:
    got = parse_number(row["text"])
    return got is not None and _close(float(got), row["expected"]["value"])


def recognizers_currency_ok(row: dict[str, Any]) -> bool:
    found = [f for f in find_amounts(row["input"]) if f.kind == "money"]
    if not row["results"]:
        return not found
    for r in row["results"]:
        res = r.get("resolution") or {}
        raw = res.get("value")
        if raw is None:
            return False  # a currency named without a figure ("dollar"): not an amount for factx
        unit = (res.get("unit") or "").split()[0].lower()
        family = _RT_FAMILY.get(unit, unit)
        expected = parse_digits(str(raw).replace(".", ",")) if "," not in str(raw) else parse_digits(str(raw))
        if expected is None:
            return False
        if family is None:
            expected *= Decimal("0.01")
        start, end = r["start"], r["end"] + 1
        if not any(
            min(end, f.end) > max(start, f.start)
            and any(v is not None and _close(v, float(expected)) for v in (f.value, f.low, f.high))
            and (family is None or currency_family(f.unit) == family)
            for f in found
        ):
            return False
    return True


CHECKS = {
    "duckling-fr-money": duckling_money_ok,
    "duckling-fr-numeral": duckling_numeral_ok,
    "recognizers-fr-currency": recognizers_currency_ok,
}


def peer_pass_rates(folder: Path | None = None) -> dict[str, tuple[int, int]]:
    """{peer file: (cases passed, cases)} for the three money and number suites."""
    out = {}
    for name, check in CHECKS.items():
        rows = list(read_cases(name, folder))
        out[name] = (sum(check(r) for r in rows), len(rows))
    return out


def failures(name: str, folder: Path | None = None) -> list[dict[str, Any]]:
    """The rows of one suite that fail, for inspection."""
    return [r for r in read_cases(name, folder) if not CHECKS[name](r)]
