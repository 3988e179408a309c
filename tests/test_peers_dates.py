"""Duckling's French time corpus (dates of grain day, month, quarter, year): see tests/data/peers/README-dates.md.

A case passes when the whole string yields exactly one date equal to Duckling's value (an interval's start)
at the grain of the date found. Where factx's news conventions differ from Duckling's (an assistant that
looks forward), the case is a strict xfail with the reason, never a bent rule.
"""

from __future__ import annotations

import pytest

from factx.normalize.peers_dates import PEERS_FILE, case_passes, load_cases, peer_pass_rate

FORWARD = "Duckling reads a bare weekday forward; in news a weekday is the one on or before publication"
ANAPHORIC = "relative to the event just told, not to the publication date: not a date in factx"
# "la veille", "le lendemain", "deux jours plus tard" count from the date the text just gave, else from the
# publication date (which is Duckling's reference time here): they pass.
PERIOD = "a counted period ('2 derniers jours') is a duration in the gold convention, not a date"
YEAR_RULE = "news looks back: a day or month more than 9 months after publication is taken the year before"
NOW = "'maintenant', 'en ce moment', 'dans la journée', 'en semaine' are not dates in news prose"
MONTH_START = "Duckling moves 'début du mois' to next month once the start has passed; factx keeps this month"

KNOWN = {
    "dans la journée": NOW,
    "en ce moment": NOW,
    "en semaine": NOW,
    "le jour d'avant": ANAPHORIC,
    "le jour précédent": ANAPHORIC,
    "jour suivant": ANAPHORIC,
    "le jour d'après": ANAPHORIC,
    "le mois suivant": ANAPHORIC,
    "lundi": FORWARD,
    "lun.": 'a weekday abbreviation alone is left out: "en mer." ends a sentence ("mer. 12 mars" is read)',
    "ce lundi": FORWARD,
    "mardi": FORWARD,
    "jeudi": FORWARD,
    "vendredi": FORWARD,
    "samedi": FORWARD,
    "dimanche": FORWARD,
    "le 2": FORWARD + " (bare day: Duckling takes next month)",
    "à partir du 8": FORWARD + " (bare day: Duckling takes next month)",
    "jeudi 15": "factx takes the nearest month whose 15th is a Thursday (Nov 2012), Duckling the next (Aug 2013)",
    "5 jui": "'jui' is juin or juillet: left out on purpose",
    "5 jui.": "'jui' is juin or juillet: left out on purpose",
    "17 02": "two bare numbers are not a date in prose without 'le' before",
    "17 2": "two bare numbers are not a date in prose without 'le' before",
    "31 10": "two bare numbers are not a date in prose without 'le' before",
    "Noel": YEAR_RULE,
    "noël": YEAR_RULE,
    "jour de noel": YEAR_RULE,
    "mi-décembre": YEAR_RULE,
    "jour de l'an": "Duckling takes next New Year; factx the one of the publication year",
    "nouvel an": "Duckling takes next New Year; factx the one of the publication year",
    "premier janvier": "Duckling takes next New Year; factx the one of the publication year",
    "le jour des morts": "holiday left out (2 November in the calendar, 1 November for Duckling)",
    "2 dernier jours": PERIOD,
    "deux derniers jour": PERIOD,
    "3 prochains jours": PERIOD,
    "2 derniers mois": PERIOD,
    "3 prochains mois": PERIOD,
    "3 mois suivant": PERIOD,
    "2 dernieres annees": PERIOD,
    "2 années passées": PERIOD,
    "3 prochaines années": PERIOD,
    "au début du mois": MONTH_START,
    "en début de mois": MONTH_START,
}

CASES = load_cases(PEERS_FILE)


def _param(case: dict) -> object:
    reason = KNOWN.get(case["text"])
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, marks=marks, id=case["text"])


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_duckling_fr_time(case: dict) -> None:
    assert case_passes(case)


def test_known_failures_are_listed_cases() -> None:
    assert set(KNOWN) <= {c["text"] for c in CASES}


def test_pass_rate_target() -> None:
    passed, total = peer_pass_rate()
    assert total == len(CASES) == 242
    assert passed / total >= 0.80
