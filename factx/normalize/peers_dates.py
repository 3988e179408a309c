"""Duckling's French time corpus as a yardstick for the date finder (cases copied in tests/data/peers/).

A case passes when the whole string yields exactly one date whose value equals Duckling's expected value
(an interval's start) cut to the grain of the date found: day → YYYY-MM-DD, week → ISO week, month →
YYYY-MM, quarter → YYYY-Qn, year → YYYY. A negative case passes when no date is found.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from .dates import find_dates, fmt

PEERS_FILE = Path(__file__).resolve().parents[2] / "tests" / "data" / "peers" / "duckling-fr-time-dates.jsonl"


def load_cases(path: Path | str = PEERS_FILE) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def reference_date(case: dict[str, Any]) -> str:
    """Duckling's "now" as a publication day ("2013-02-12T04:30:00-02:00" → "2013-02-12")."""
    return case["ref_time"][:10]


def case_passes(case: dict[str, Any]) -> bool:
    found = find_dates(case["text"], reference_date(case))
    expected = case.get("expected")
    if expected is None:
        return not found
    if len(found) != 1 or found[0].value is None:
        return False
    iso = expected.get("value") or expected.get("from")
    if not iso:
        return False
    return found[0].value == fmt(date.fromisoformat(iso[:10]), found[0].grain)


def peer_pass_rate(path: Path | str = PEERS_FILE) -> tuple[int, int]:
    """(passed, total) over the Duckling French time cases of grain day, month, quarter or year."""
    cases = load_cases(path)
    return sum(case_passes(c) for c in cases), len(cases)
