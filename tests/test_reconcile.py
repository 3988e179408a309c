"""The reconciler on claims built by hand as contract dicts, and on the seeds' gold claims."""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

import factx.reconcile as rec
from factx.reconcile import filter_conflicts, reconcile, synthetic_claims, unit_class

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "gold" / "seeds.gold.json"
SCORE = SHARED / "tools" / "score.py"

_ids = iter(range(10**9))


# -- builders -------------------------------------------------------------------------------------------


def amount(text, value=None, low=None, high=None, unit="EUR", approx=False, kind="money"):
    return {"text": text, "start": 0, "end": len(text), "kind": kind, "value": value, "low": low,
            "high": high, "unit": unit, "approx": approx}  # fmt: skip


def mention(name):
    return {"text": name, "canonical": name, "label": None} if name else None


def claim(frame="investment", subject="Microsoft", obj="OpenAI", amount=None, value=None, date=None,
          hedged=False, negated=False, sentence=None):  # fmt: skip
    shown = amount["text"] if amount else value or date or ""
    sentence = sentence or f"{subject} {frame} {shown}."
    date_mention = (
        {"text": f"en {date}", "start": 0, "end": 7, "value": date, "grain": "year"} if date else None
    )
    return {
        "id": f"c{next(_ids)}",
        "frame": frame,
        "subject": mention(subject),
        "object": mention(obj),
        "amount": amount,
        "date": date_mention,
        "value": mention(value),
        "hedged": hedged,
        "negated": negated,
        "sentence": sentence,
        "start": 0,
        "end": len(sentence),
    }


def read(c, **how):
    """``c`` with how the extractor found its roles ("salient": from the article's context)."""
    return {**c, "how": how}


def doc(name, *claims, date=None):
    return {"schema": "factx/document/1", "doc": name, "sha256": "0" * 64, "date": date,
            "entities": [], "amounts": [], "dates": [], "claims": list(claims)}  # fmt: skip


def kinds(conflicts):
    return sorted(c["kind"] for c in conflicts)


def side_texts(conflict):
    return [sorted((c["doc"], c["text"]) for c in s["claims"]) for s in conflict["sides"]]


def joined(conflicts, role, party, side):
    """The one contradiction is about ``party`` in ``role`` and holds ``side`` (doc, text)."""
    c = one(conflicts, "contradiction")
    return c[role] == party and side in sum(side_texts(c), [])


def one(conflicts, kind):
    found = [c for c in conflicts if c["kind"] == kind]
    assert len(found) == 1, conflicts
    return found[0]


BN = 1e9


# -- each kind ---------------------------------------------------------------------------------------------


def test_contradiction_between_asserted_figures_is_high():
    out = reconcile([
        doc("a", claim(amount=amount("10 milliards d'euros", 10 * BN)), date="2023-01"),
        doc("b", claim(amount=amount("12 milliards d'euros", 12 * BN)), date="2023-02"),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert c["severity"] == "high" and c["period"] == "2023"
    assert side_texts(c) == [[("a", "10 milliards d'euros")], [("b", "12 milliards d'euros")]]
    assert "10 milliards d'euros" in c["explanation"] and "12 milliards d'euros" in c["explanation"]


def test_one_article_does_not_disagree_with_itself():
    out = reconcile([
        doc("a", claim(frame="partnership", date="2019", amount=None),
            claim(frame="partnership", date="2023", amount=None), date="2023-01"),
    ])  # fmt: skip
    assert out == []
    # ...but each of its statements still stands against another article's
    out = reconcile([
        doc("a", claim(amount=amount("10 milliards d'euros", 10 * BN)), claim(amount=amount("12 milliards d'euros", 12 * BN))),
        doc("b", claim(amount=amount("20 milliards d'euros", 20 * BN))),
    ])  # fmt: skip
    assert [sorted(d for s in c["sides"] for cl in s["claims"] for d in [cl["doc"]]) for c in out] == [
        ["a", "a", "b"]
    ]


def test_a_rumour_against_another_asserted_figure_is_hedged_vs_asserted():
    # the rumour was off: not a contradiction between two articles that both assert something
    out = reconcile([
        doc("a", claim(amount=amount("10 milliards d'euros", 10 * BN))),
        doc("b", claim(amount=amount("12 milliards d'euros", 12 * BN), hedged=True)),
    ])  # fmt: skip
    c = one(out, "hedged_vs_asserted")
    assert c["severity"] == "medium" and len(out) == 1
    assert [s["hedged"] for s in c["sides"]] == [False, True]


def test_two_rumours_that_disagree_are_other():
    out = reconcile([
        doc("a", claim(amount=amount("10 milliards d'euros", 10 * BN), hedged=True)),
        doc("b", claim(amount=amount("12 milliards d'euros", 12 * BN), hedged=True)),
    ])  # fmt: skip
    assert kinds(out) == ["other"] and out[0]["severity"] == "low"


def test_precise_outside_a_vague_amount_contradicts_it():
    out = reconcile([
        doc("a", claim(amount=amount("plusieurs milliards", low=2 * BN, approx=True))),
        doc("b", claim(amount=amount("500 millions", 5e8))),
    ])  # fmt: skip
    assert kinds(out) == ["contradiction"]


def test_vague_vs_precise():
    out = reconcile([
        doc("a", claim(amount=amount("10 milliards de dollars", 10 * BN, unit="USD"))),
        doc("b", claim(amount=amount("plusieurs milliards de dollars", low=2 * BN, unit="USD", approx=True))),
    ])  # fmt: skip
    c = one(out, "vague_vs_precise")
    assert c["severity"] == "low" and len(out) == 1
    labels = [s["label"] for s in c["sides"]]
    assert labels == ["plusieurs milliards de dollars (affirmé)", "10 milliards de dollars (affirmé)"]


def test_a_round_count_against_a_precise_figure_is_vague_vs_precise():
    """ "une soixantaine de millions d'euros" against "60 millions d'euros": a collective noun
    (quantifiers.yaml ``approx_nouns``) tells a round figure, vague against a precise one; "près de 60
    millions" is a precise figure loosely told, and agrees (a guard)."""
    sixty = amount("60 millions d'euros", 6e7)
    out = reconcile([
        doc("a", claim("synergies", "Argenson", None, amount=sixty)),
        doc("b", claim("synergies", "Argenson", None, amount=amount("une soixantaine de millions d'euros", 6e7, approx=True))),
    ])  # fmt: skip
    c = one(out, "vague_vs_precise")
    assert side_texts(c)[0] == [("b", "une soixantaine de millions d'euros")] and len(out) == 1, out
    assert reconcile([
        doc("a", claim("synergies", "Argenson", None, amount=sixty)),
        doc("c", claim("synergies", "Argenson", None, amount=amount("près de 60 millions d'euros", 6e7, approx=True))),
    ]) == []  # fmt: skip


@pytest.mark.parametrize(
    "words, value, digits, digit_value, disagree",
    [
        # a number in words is as precise as in digits: a sentence that opens on a figure writes it in words
        ("Six cent soixante-dix salariés", 670, "653 salariés", 653, True),
        ("Six cent cinquante-trois salariés", 653, "653 salariés", 653, False),
        # a round figure in words stays round at its scale word ("un milliard" as "1 milliard")
        ("un milliard d'euros", BN, "1,02 milliard d'euros", 1.02 * BN, False),
    ],
)
def test_a_figure_in_words_is_read_as_written(words, value, digits, digit_value, disagree):
    unit = "EUR" if "euros" in digits else "salarié"
    kind = "money" if unit == "EUR" else "count"
    out = reconcile([
        doc("a", claim("layoff", "San Marina", None, amount=amount(words, value, unit=unit, kind=kind))),
        doc("b", claim("layoff", "San Marina", None, amount=amount(digits, digit_value, unit=unit, kind=kind))),
    ])  # fmt: skip
    assert (kinds(out) == ["contradiction"]) is disagree, out
    if not disagree:
        assert out == [], out


def test_hedged_vs_asserted_lists_every_article_under_its_position():
    ten = amount("10 milliards de dollars", 10 * BN, unit="USD")
    out = reconcile([
        doc("a", claim(amount=ten)),
        doc("b", claim(amount=ten, hedged=True)),
        doc("c", claim(amount=ten, hedged=True)),
    ])  # fmt: skip
    c = one(out, "hedged_vs_asserted")
    assert len(out) == 1 and c["severity"] == "medium"
    assert [(s["label"], s["hedged"]) for s in c["sides"]] == [
        ("10 milliards de dollars (affirmé)", False),
        ("10 milliards de dollars (rumeur)", True),
    ]
    assert side_texts(c)[1] == [("b", "10 milliards de dollars"), ("c", "10 milliards de dollars")]


def test_agreeing_positions_share_a_side():
    out = reconcile([
        doc("a", claim(frame="acquisition", obj="Altavia", amount=amount("450 millions d'euros", 4.5e8))),
        doc("b", claim(frame="acquisition", obj="Altavia", amount=amount("520 millions d'euros", 5.2e8))),
        doc("c", claim(frame="acquisition", obj="Altavia", amount=amount("près de 450 millions d'euros", 4.5e8, approx=True))),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert side_texts(c) == [
        [("a", "450 millions d'euros"), ("c", "près de 450 millions d'euros")],
        [("b", "520 millions d'euros")],
    ]
    assert c["sides"][0]["label"] == "450 millions d'euros (affirmé)"
    assert c["explanation"] == (
        "Les articles se contredisent sur le rachat d'Altavia par Microsoft : 450 millions d'euros selon a et c, "
        "mais 520 millions d'euros selon b."
    )


def test_two_figures_of_one_article_never_share_a_side():
    """An article giving the company's 320 cuts and a union's "plus de 400": the union's figure agrees with
    another article's 420, not with the company's 320 it stands next to."""

    def cuts(text, value, low=None, hedged=False):
        return claim(frame="layoff", subject="Air Cèdre", obj=None, hedged=hedged,
                     amount=amount(text, value, low=low, unit="poste", kind="count"))  # fmt: skip

    out = reconcile([
        doc("b", cuts("310 postes", 310)),
        doc("c", cuts("420 postes", 420, hedged=True)),
        doc("d", cuts("320 postes", 320), cuts("plus de 400 suppressions", None, low=400, hedged=True)),
    ])  # fmt: skip
    c = one(out, "hedged_vs_asserted")
    together = [s for s in side_texts(c) if ("c", "420 postes") in s]
    assert together == [[("c", "420 postes"), ("d", "plus de 400 suppressions")]], side_texts(c)
    assert not any(("d", "320 postes") in s and ("d", "plus de 400 suppressions") in s for s in side_texts(c))


def test_bound_violation():
    out = reconcile([
        doc("a", claim(frame="valuation", obj=None, amount=amount("plus de 20 milliards", low=20 * BN))),
        doc("b", claim(frame="valuation", obj=None, amount=amount("15 milliards", 15 * BN))),
    ])  # fmt: skip
    c = one(out, "bound_violation")
    assert c["severity"] == "high" and "borne" in c["explanation"]


def opposed(conflicts, x, y):
    """Articles ``x`` and ``y`` stand on two sides of one conflict."""
    for c in conflicts:
        sides = [{claim["doc"] for claim in side["claims"]} for side in c["sides"]]
        if any(x in a and y in b for a in sides for b in sides if a is not b):
            return True
    return False


@pytest.mark.parametrize(
    "bound,figure,far,violated",
    [
        # the figure as written meets the bound or not, whatever its rounding
        (amount("plus de 2 milliards", low=2 * BN), amount("1,95 milliard", 1.95 * BN), amount("1 milliard", BN),
         True),
        (amount("moins de 400 postes", high=400, kind="count", unit="poste"),
         amount("410 postes", 410, kind="count", unit="poste"),
         amount("900 postes", 900, kind="count", unit="poste"), True),
        (amount("plus de 2 milliards", low=2 * BN), amount("2,05 milliards", 2.05 * BN), amount("1 milliard", BN),
         False),
        # a floor's own figure: one figure the press rounds both ways ("plus de 15 000 emplois", "15 000
        # postes"), not a violation; a ceiling's own figure, or a share's, still breaks it
        (amount("plus de 2 milliards", low=2 * BN), amount("2 milliards", 2 * BN), amount("1 milliard", BN), False),
        (amount("moins de 400 postes", high=400, kind="count", unit="poste"),
         amount("400 postes", 400, kind="count", unit="poste"),
         amount("900 postes", 900, kind="count", unit="poste"), True),
        (amount("plus de 30 %", low=30, kind="percent", unit="%"), amount("30 %", 30, kind="percent", unit="%"),
         amount("10 %", 10, kind="percent", unit="%"), True),
        # (a range that only touches an exclusive bound is still outside it)
        (amount("plus de 3,4 milliards", low=3.4 * BN), amount("entre 3,3 et 3,4 milliards", low=3.3 * BN,
         high=3.4 * BN), amount("1 milliard", BN), True),
        # an inclusive bound takes its own figure in
        (amount("au moins 2 milliards", low=2 * BN), amount("2 milliards", 2 * BN), amount("1 milliard", BN), False),
        (amount("jusqu'à 2 milliards", high=2 * BN), amount("2 milliards", 2 * BN), amount("5 milliards", 5 * BN),
         False),
        # a figure given as approximate may lie on either side
        (amount("moins de 4 millions", high=4e6), amount("près de 4 millions", 4e6, approx=True),
         amount("9 millions", 9e6), False),
    ],
)  # fmt: skip
def test_a_figure_on_its_bound(bound, figure, far, violated):
    out = reconcile([
        doc("a", claim(frame="synergies", obj=None, amount=bound)),
        doc("b", claim(frame="synergies", obj=None, amount=figure)),
        doc("z", claim(frame="synergies", obj=None, amount=far)),  # off the bound whatever the rule
    ])  # fmt: skip
    assert opposed(out, "a", "z"), out
    assert opposed(out, "a", "b") == violated, out


@pytest.mark.parametrize("approx_doc,exact_doc", [("b", "c"), ("y", "c")])
def test_an_approximate_and_an_exact_figure_meet_a_bound_each_their_way(approx_doc, exact_doc):
    """ "près de 4 millions" and "4,1 millions" read alike but are two statements: whatever order the articles
    sort in, only the exact one breaks "moins de 4 millions"."""
    out = reconcile([
        doc("a", claim(frame="synergies", obj=None, amount=amount("moins de 4 millions", high=4e6))),
        doc(approx_doc, claim(frame="synergies", obj=None, amount=amount("près de 4 millions", 4e6, approx=True))),
        doc(exact_doc, claim(frame="synergies", obj=None, amount=amount("4,1 millions", 4.1e6))),
    ])  # fmt: skip
    assert opposed(out, "a", exact_doc), out
    assert not opposed(out, "a", approx_doc), out


def test_departures_compare_with_departures_only():
    def cut(text, n, unit):
        return claim(
            frame="layoff", subject="Mécalor", obj=None, amount=amount(text, n, kind="count", unit=unit)
        )

    out = reconcile([
        doc("a", cut("1 240 postes", 1240, "poste")),
        doc("b", cut("800 départs volontaires", 800, "départ")),
        doc("c", cut("900 départs volontaires", 900, "départ")),
    ])  # fmt: skip
    assert opposed(out, "b", "c"), out
    assert not opposed(out, "a", "b") and not opposed(out, "a", "c"), out


def test_different_values_contradict_same_value_with_other_hedging_does_not():
    out = reconcile([
        doc("a", claim(frame="based_on", subject="ChatGPT", obj=None, value="GPT-3")),
        doc("b", claim(frame="based_on", subject="ChatGPT", obj=None, value="GPT-3.5")),
        doc("c", claim(frame="based_on", subject="ChatGPT", obj=None, value="gpt-3", hedged=True)),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert [(s["value"], s["hedged"]) for s in c["sides"]] == [("GPT-3", False), ("GPT-3.5", False)]
    # the rumour confirms one asserted value and is off against the other
    assert [(s["value"], s["hedged"]) for s in one(out, "hedged_vs_asserted")["sides"]] == [
        ("GPT-3", False),
        ("GPT-3", True),  # "gpt-3" under the story's name for it
        ("GPT-3.5", False),
    ]


def test_founding_years():
    same = reconcile([
        doc("a", claim(frame="founding", subject="OpenAI", obj=None, date="2015"), date="2022-10"),
        doc("b", claim(frame="founding", subject="OpenAI", obj=None, date="2015"), date="2023-01"),
        doc("c", claim(frame="founding", subject="OpenAI", obj=None, date="2015-12")),
    ])  # fmt: skip
    assert same == []
    other = reconcile([
        doc("a", claim(frame="founding", subject="OpenAI", obj=None, date="2015")),
        doc("b", claim(frame="founding", subject="OpenAI", obj=None, date="2016")),
    ])  # fmt: skip
    c = one(other, "contradiction")
    assert c["period"] is None and [s["value"] for s in c["sides"]] == ["2015", "2016"]


# -- currencies ------------------------------------------------------------------------------------------------


def test_same_sum_in_two_currencies_agrees():
    out = reconcile([
        doc("a", claim(frame="acquisition", amount=amount("105 M€", 1.05e8)), date="2023-06-12"),
        doc("b", claim(frame="acquisition", amount=amount("113 M$", 1.13e8, unit="USD")), date="2023-06-14"),
    ])  # fmt: skip
    assert out == []


def test_a_conversion_is_checked_at_the_rates_of_the_days_the_articles_were_written():
    # 5,1 Md€ is 5,78 Md$ at January 2022's rate (1,13), not at mid-2022's (1,05): an article dated only
    # "2022" may have converted on any day of that year
    def valuation(text, value, unit):
        return claim(
            frame="valuation", subject="Back Market", obj=None, amount=amount(text, value, unit=unit)
        )

    out = reconcile([
        doc("a", valuation("5,1 milliards d'euros", 5.1 * BN, "EUR"), date="2022-01-11"),
        doc("b", valuation("5,78 milliards de dollars", 5.78 * BN, "USD"), date="2022"),
    ], canonical={})  # fmt: skip
    assert out == []
    # the same two figures written on days whose rates make them disagree stay a contradiction
    out = reconcile([
        doc("a", valuation("5,1 milliards d'euros", 5.1 * BN, "EUR"), date="2022-09-28"),
        doc("b", valuation("5,78 milliards de dollars", 5.78 * BN, "USD"), date="2022-10-03"),
    ], canonical={})  # fmt: skip
    assert one(out, "contradiction")


def test_same_figure_in_two_currencies_is_a_currency_mix_up():
    out = reconcile([
        doc("a", claim(frame="valuation", obj=None, amount=amount("2 milliards d'euros", 2 * BN)), date="2023-03"),
        doc("b", claim(frame="valuation", obj=None, amount=amount("2 milliards de dollars", 2 * BN, unit="USD")),
            date="2023-05"),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert c["severity"] == "low" and "devises" in c["explanation"]


# -- periods -------------------------------------------------------------------------------------------------


def test_different_periods_are_different_facts():
    out = reconcile([
        doc("a", claim(amount=amount("1 milliard", 1 * BN), date="2019")),
        doc("b", claim(amount=amount("10 milliards", 10 * BN)), date="2023-01"),
    ])  # fmt: skip
    assert out == []


def test_a_horizon_date_is_not_the_period():
    # "1 500 postes d'ici 2026" (published 2024) and "2 000 suppressions" (published 2024): one plan
    out = reconcile([
        doc("a", claim(frame="layoff", obj=None, date="2026",
                       amount=amount("près de 1 500 postes", 1500, unit="poste", approx=True, kind="count")),
            date="2024-09-10"),
        doc("b", claim(frame="layoff", obj=None, amount=amount("2 000 suppressions", 2000, unit="suppression", kind="count")),
            date="2024-09-11"),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert c["period"] == "2024"


def test_a_measures_later_year_is_the_period_it_projects():
    # "la dette devrait dépasser 800 M€ en 2030" (published 2025) says nothing of the 512 M€ owed in 2025
    def debts(year):
        return reconcile([
            doc("a", claim(frame="debt", subject="Métropole de Tours", obj=None, date=year, hedged=True,
                           amount=amount("plus de 800 millions d'euros", None, low=8e8)), date="2025-12-10"),
            doc("b", claim(frame="debt", subject="Métropole de Tours", obj=None, date="2025",
                           amount=amount("512 M€", 5.12e8)), date="2025-12-13"),
        ])  # fmt: skip

    assert debts("2025") != []  # the same figures said of one year do disagree
    out = debts("2030")
    assert out == []


def test_undated_claim_joins_the_period_it_fits_not_all():
    out = reconcile([
        doc("a", claim(amount=amount("1 milliard", 1 * BN), date="2019")),
        doc("b", claim(amount=amount("10 milliards", 10 * BN), hedged=True), date="2023-01"),
        doc("c", claim(amount=amount("10 milliards", 10 * BN))),  # no date anywhere
    ])  # fmt: skip
    assert kinds(out) == ["hedged_vs_asserted"] and out[0]["period"] == "2023"


def test_undated_claim_contradicting_every_period_joins_the_latest():
    out = reconcile([
        doc("a", claim(amount=amount("1 milliard", 1 * BN), date="2019")),
        doc("b", claim(amount=amount("10 milliards", 10 * BN)), date="2023-01"),
        doc("c", claim(amount=amount("40 milliards", 40 * BN))),
    ])  # fmt: skip
    assert [(c["kind"], c["period"]) for c in out] == [("contradiction", "2023")]


def test_all_undated_claims_compare_together():
    out = reconcile([
        doc("a", claim(amount=amount("1 milliard", 1 * BN))),
        doc("b", claim(amount=amount("3 milliards", 3 * BN))),
    ])  # fmt: skip
    assert [(c["kind"], c["period"]) for c in out] == [("contradiction", None)]


# -- agreements and what is not compared -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        (claim(amount=amount("près d'un milliard", 1 * BN, approx=True), date="2019"),
         claim(amount=amount("1 milliard", 1 * BN), date="2019")),
        (claim(frame="stake", amount=amount("49 %", 49, unit="%", kind="percent"), hedged=True),
         claim(frame="stake", amount=amount("49%", 49, unit="%", kind="percent"), hedged=True)),
        (claim(frame="valuation", obj=None, amount=amount("plus de 20 milliards", low=20 * BN)),
         claim(frame="valuation", obj=None, amount=amount("29 milliards", 29 * BN))),
        (claim(frame="layoff", obj=None, amount=amount("environ 10 000 postes", 1e4, unit="poste", approx=True, kind="count")),
         claim(frame="layoff", obj=None, amount=amount("9 800 salariés", 9800, unit="salarié", kind="count"))),
        (claim(amount=amount("plusieurs milliards", low=2 * BN, approx=True)),
         claim(amount=amount("quelques milliards", low=2 * BN, approx=True))),
    ],
    ids=["approx-vs-exact", "percent-spacing", "bound-satisfied", "count-synonyms", "vague-vs-vague"],
)  # fmt: skip
def test_agreements_are_not_conflicts(a, b):
    assert reconcile([doc("a", a), doc("b", b)]) == []


def test_counts_of_different_things_are_not_compared():
    assert unit_class("salarié") == unit_class("poste") == unit_class("employé")
    assert unit_class("utilisateur") != unit_class("employé")
    out = reconcile([
        doc("a", claim(frame="users", obj=None, amount=amount("1 000 employés", 1000, unit="employé", kind="count"))),
        doc("b", claim(frame="users", obj=None, amount=amount("5 000 utilisateurs", 5000, unit="utilisateur", kind="count"))),
    ])  # fmt: skip
    assert out == []


def test_negated_claims_take_no_position():
    out = reconcile([
        doc("a", claim(amount=amount("10 milliards", 10 * BN))),
        doc("b", claim(amount=amount("12 milliards", 12 * BN), negated=True)),
    ])  # fmt: skip
    assert out == []


def test_canonical_mapping_merges_names():
    a = doc("a", claim(obj="Open AI", amount=amount("10 milliards", 10 * BN)))
    b = doc("b", claim(obj="OpenAI", amount=amount("12 milliards", 12 * BN)))
    assert reconcile([a, b], canonical={}) == []  # an explicit mapping that merges nothing
    out = reconcile([a, b], canonical={"Open AI": "OpenAI"})
    assert kinds(out) == ["contradiction"] and out[0]["object"] == "OpenAI"
    # by default the documents' own names are merged, as `factx conflicts` does
    assert [(c["kind"], c["object"]) for c in reconcile([a, b])] == [("contradiction", "OpenAI")]


def test_other_frames_and_subjects_are_other_facts():
    out = reconcile([
        doc("a", claim(amount=amount("10 milliards", 10 * BN))),
        doc("b", claim(subject="Google", amount=amount("12 milliards", 12 * BN))),
        doc("c", claim(frame="budget", amount=amount("14 milliards", 14 * BN))),
    ])  # fmt: skip
    assert out == []


# -- determinism, ids, blocking -------------------------------------------------------------------------------


def test_output_does_not_depend_on_input_order():
    documents = synthetic_claims(2000, seed=3)
    out = reconcile(documents)
    shuffled = [dict(d, claims=random.Random(1).sample(d["claims"], len(d["claims"]))) for d in documents]
    random.Random(2).shuffle(shuffled)
    assert json.dumps(reconcile(shuffled)) == json.dumps(out)
    ids = [c["id"] for c in out]
    assert len(ids) == len(set(ids)) and all(i.startswith("cf_") for i in ids)


def test_ids_are_stable_hashes_of_the_fact_and_kind():
    a = [
        doc("a", claim(amount=amount("10 milliards", 10 * BN))),
        doc("b", claim(amount=amount("12 milliards", 12 * BN))),
    ]
    b = [
        doc("x", claim(amount=amount("10 milliards", 10 * BN))),
        doc("y", claim(amount=amount("30 milliards", 30 * BN))),
    ]
    assert reconcile(a)[0]["id"] == reconcile(b)[0]["id"]


def test_positions_not_claims_are_compared(monkeypatch):
    calls = []
    real = rec._compare
    monkeypatch.setattr(rec, "_compare", lambda p, q, on: calls.append(1) or real(p, q, on))
    figures = [
        amount("10 milliards", 10 * BN),
        amount("12 milliards", 12 * BN),
        amount("plusieurs milliards", low=2 * BN, approx=True),
    ]
    documents = [doc(f"d{i}", claim(amount=figures[i % 3], hedged=i % 2 == 0)) for i in range(3000)]
    out = reconcile(documents)
    assert len(calls) <= 15  # 6 positions: at most 15 pairs, whatever the number of claims
    # only the asserted 10 and 12 contradict each other (the rumours are hedged_vs_asserted or other)
    assert sum(len(s["claims"]) for c in out for s in c["sides"] if c["kind"] == "contradiction") == 1000


def test_cost_grows_linearly_with_claims(monkeypatch):
    calls = []
    real = rec._compare
    monkeypatch.setattr(rec, "_compare", lambda p, q, on: calls.append(1) or real(p, q, on))
    reconcile(synthetic_claims(5000, seed=0))
    small = len(calls)
    calls.clear()
    reconcile(synthetic_claims(20000, seed=0))
    assert len(calls) < 8 * small  # 4 times the claims: about 4 times the comparisons, not 16


def test_filter_conflicts():
    out = reconcile([
        doc("a", claim(amount=amount("10 milliards", 10 * BN)), claim(frame="based_on", subject="ChatGPT", obj=None, value="GPT-3")),
        doc("b", claim(amount=amount("plusieurs milliards", low=2 * BN, approx=True)),
            claim(frame="based_on", subject="ChatGPT", obj=None, value="GPT-4")),
    ])  # fmt: skip
    assert kinds(out) == ["contradiction", "vague_vs_precise"]
    assert kinds(filter_conflicts(out, kind="contradiction")) == ["contradiction"]
    assert kinds(filter_conflicts(out, kind=["contradiction", "vague_vs_precise"])) == kinds(out)
    assert kinds(filter_conflicts(out, min_severity="medium")) == ["contradiction"]
    assert kinds(filter_conflicts(out, entity="openai")) == ["vague_vs_precise"]
    assert kinds(filter_conflicts(out, entity="chatgpt", frame="based_on")) == ["contradiction"]
    assert filter_conflicts(out, frame="layoff") == []


# -- the seeds' gold claims --------------------------------------------------------------------------------------


def gold_documents(gold: dict) -> list[dict]:
    """The gold claims as contract documents; amount fields from the gold amount of the same text."""
    documents = []
    for name, d in gold["documents"].items():
        claims = []
        for g in d["claims"]:
            a = None
            if g["amount"]:
                found = next(x for x in d["amounts"] if x["text"] == g["amount"])
                a = amount(g["amount"], found["value"], found["low"], found["high"], found["unit"], found["approx"],
                           found["kind"])  # fmt: skip
            c = claim(
                g["frame"],
                g["subject"],
                g["object"],
                a,
                g["value"],
                g["date"],
                g["hedged"],
                sentence=g["sentence"],
            )
            claims.append(c)
        documents.append(doc(name, *claims, date=d["doc_date"]))
    return documents


@pytest.fixture(scope="module")
def gold():
    if not GOLD.is_file() or not SCORE.is_file():
        pytest.skip("the shared gold annotations are not beside the repo")
    spec = importlib.util.spec_from_file_location("factx_score", SCORE)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    return data, score.pair_found, reconcile(gold_documents(data))


def test_gold_conflicts_are_found_with_their_kind(gold):
    data, pair_found, out = gold
    for g in data["conflicts"]:
        c = pair_found(g["between"], out)
        assert c is not None, g
        assert c["kind"] == g["kind"], (g, c["kind"])


def test_gold_agreements_are_not_flagged(gold):
    data, pair_found, out = gold
    for a in data["agreements"]:
        assert pair_found(a["between"], out) is None, a


def test_gold_investment_records(gold):
    _, _, out = gold
    invest = [c for c in out if c["frame"] == "investment"]
    assert [(c["kind"], c["period"]) for c in invest] == [
        ("hedged_vs_asserted", "2023"),
        ("vague_vs_precise", "2023"),
    ]
    hedged, vague = invest
    assert [s["label"] for s in hedged["sides"]] == [
        "10 milliards de dollars (affirmé)",
        "10 milliards de dollars (rumeur)",
    ]
    assert [len(s["claims"]) for s in hedged["sides"]] == [1, 3]
    by_label = {s["label"]: {c["doc"][:3] for c in s["claims"]} for s in vague["sides"]}
    assert by_label["10 milliards de dollars (affirmé)"] == {"004"}
    assert by_label["plusieurs milliards de dollars (affirmé)"] == {"001", "002", "003"}


# -- one-off events, breakdowns, restatements, milestones ----------------------------------------------------


def dated(claim_, value, text, grain="day", milestone=None):
    claim_["date"] = {"text": text, "start": 0, "end": len(text), "value": value, "grain": grain}
    if milestone:
        claim_["milestone"] = milestone
    return claim_


def test_a_rumour_and_the_closing_a_year_later_are_one_fact():
    out = reconcile([
        doc("a", claim(frame="acquisition", subject="Carrefour", obj="Cora",
                       amount=amount("1,2 milliard d'euros", 1.2 * BN), hedged=True), date="2023-03"),
        doc("b", claim(frame="acquisition", subject="Carrefour", obj="Cora",
                       amount=amount("1,05 milliard d'euros", 1.05 * BN)), date="2024-07"),
    ])  # fmt: skip
    c = one(out, "hedged_vs_asserted")
    assert c["period"] == "2023"


def test_a_deal_chains_from_the_rumour_to_the_closing_over_two_years():
    # the rumour is 25 months before the closing, but each statement is near the one before
    deal = dict(frame="acquisition", subject="Cisco", obj="Splunk")
    out = reconcile([
        doc("rumour", claim(**deal, amount=amount("plus de 20 milliards de dollars", low=20 * BN, unit="USD"),
                            hedged=True), date="2022-02"),
        doc("announced", claim(**deal, amount=amount("28 milliards de dollars", 28 * BN, unit="USD")), date="2023-09"),
        doc("closed", claim(**deal, amount=amount("28 milliards de dollars", 28 * BN, unit="USD")), date="2024-03"),
    ])  # fmt: skip
    c = one(out, "hedged_vs_asserted")
    assert {d for side in c["sides"] for d, _ in side_texts({"sides": [side]})[0]} == {
        "rumour",
        "announced",
        "closed",
    }


def test_rounds_a_year_apart_do_not_chain_into_one_fact():
    # each statement is near the one before, but 2020's and 2022's figures are far apart and do not fit
    rnd = dict(frame="funding_round", subject="Contentsquare", obj=None)
    out = reconcile([
        doc("a", claim(**rnd, amount=amount("190 millions de dollars", 1.9e8, unit="USD")), date="2020-06"),
        doc("b", claim(**rnd, amount=amount("500 millions de dollars", 5e8, unit="USD")), date="2021-05"),
        doc("c", claim(**rnd, amount=amount("600 millions de dollars", 6e8, unit="USD")), date="2022-07"),
    ])  # fmt: skip
    together = [c for c in out if {s["value"] for s in c["sides"]} >= {1.9e8, 6e8}]
    assert together == [], out


def test_two_rounds_with_their_own_dates_are_two_facts():
    out = reconcile([
        doc("a", claim(frame="funding_round", subject="Pigment", obj=None,
                       amount=amount("105 millions d'euros", 1.05e8)), date="2024-06"),
        doc("b", dated(claim(frame="funding_round", subject="Pigment", obj=None,
                             amount=amount("145 millions d'euros", 1.45e8)), "2023-06", "en juin 2023", "month"),
            date="2024-06"),
    ])  # fmt: skip
    assert out == []


def test_an_acquisition_happens_once_between_its_parties():
    """frames.yaml ``once``: the announced price (August 2022) and the revised one (July 2023) of one buyer
    for one target are one deal that disagrees with itself; an investment of the same pair a year later with
    another figure is another investment."""

    def said(frame, text, value, when, written):
        c = claim(frame=frame, subject="Adobe", obj="Figma", amount=amount(text, value, unit="USD"))
        return doc(f"{frame}-{when}", dated(c, when, f"en {when}", "month"), date=written)

    out = reconcile([
        said("acquisition", "20 milliards de dollars", 20 * BN, "2022-09", "2022-09-20"),
        said("acquisition", "17 milliards de dollars", 17 * BN, "2023-08", "2023-08-20"),
    ])  # fmt: skip
    assert kinds(out) == ["contradiction"], out
    out = reconcile([
        said("investment", "200 millions de dollars", 2e8, "2022-09", "2022-09-20"),
        said("investment", "500 millions de dollars", 5e8, "2023-08", "2023-08-20"),
    ])  # fmt: skip
    assert out == []


def test_parts_of_one_sentence_are_not_competing_values():
    sentence = "Auchan supprime 784 postes en magasin et 915 au siège."
    parts = [
        claim(frame="layoff", subject="Auchan", obj=None, sentence=sentence,
              amount=amount(t, v, unit="poste", kind="count"))
        for t, v in (("784 postes", 784), ("915", 915))
    ]  # fmt: skip
    out = reconcile([doc("a", *parts), doc("b", claim(frame="layoff", subject="Auchan", obj=None,
                                                        amount=amount("784 postes", 784, unit="poste", kind="count")))])  # fmt: skip
    assert out == []


def test_a_figure_revised_in_one_sentence_is_no_breakdown():
    """ "annoncée pour 19 milliards, l'opération aura finalement coûté 22 milliards": both figures stand against
    the other articles' (a revision cue, reconcile.yaml ``revision_cues``); without the cue they are parts."""

    def deal(sentence, *figures):
        return [claim(frame="acquisition", subject="Facebook", obj="WhatsApp", sentence=sentence,
                      amount=amount(t, v * BN, unit="USD")) for t, v in figures]  # fmt: skip

    revised = "L'opération, annoncée pour 19 milliards, aura finalement coûté 22 milliards de dollars."
    other = doc("b", claim(frame="acquisition", subject="Facebook", obj="WhatsApp",
                           amount=amount("16 milliards de dollars", 16 * BN, unit="USD")))  # fmt: skip
    out = reconcile([doc("a", *deal(revised, ("19 milliards", 19), ("22 milliards de dollars", 22))), other])
    texts = {x["text"] for c in out for s in c["sides"] for x in s["claims"]}
    assert {"19 milliards", "22 milliards de dollars", "16 milliards de dollars"} <= texts
    listed = "Le rachat comprend 19 milliards en numéraire et 22 milliards de dollars en actions."
    assert (
        reconcile([doc("a", *deal(listed, ("19 milliards", 19), ("22 milliards de dollars", 22))), other])
        == []
    )


def test_a_total_of_a_sentences_parts_stands_against_other_articles():
    """ "16 milliards plus 3 milliards, soit un total de 19 milliards": the parts stand against nothing, the
    total (their sum) does."""
    sentence = "Facebook paie 16 milliards plus 3 milliards, soit un total de 19 milliards de dollars."
    parts = [claim(frame="acquisition", subject="Facebook", obj="WhatsApp", sentence=sentence,
                   amount=amount(t, v * BN, unit="USD")) for t, v in (("16 milliards", 16), ("3 milliards", 3),
                                                                   ("19 milliards de dollars", 19))]  # fmt: skip
    other = doc("b", claim(frame="acquisition", subject="Facebook", obj="WhatsApp",
                           amount=amount("22 milliards de dollars", 22 * BN, unit="USD")))  # fmt: skip
    out = reconcile([doc("a", *parts), other])
    texts = {x["text"] for c in out for s in c["sides"] for x in s["claims"]}
    assert texts == {"19 milliards de dollars", "22 milliards de dollars"}


def test_a_price_per_share_is_one_offer_across_years():
    """61 dollars par action (August 2022) against the 51,75 dollars par action it was cut to (July 2023): one
    offer, one conflict, whatever the articles' years (reconcile.yaml ``offer_units``)."""

    def price(text, value, date):
        c = claim(frame="price", subject="iRobot", obj=None, amount=amount(text, value, unit="USD"))
        c["per_unit"] = "action"
        return doc(text[:2], c, date=date)

    out = reconcile(
        [price("61 dollars par action", 61, "2022-08"), price("51,75 dollars par action", 51.75, "2023-07")]
    )
    assert one(out, "contradiction")["frame"] == "price"


def test_a_price_per_share_said_of_the_buyer_is_the_targets():
    """ "Adobe propose 28 dollars par action" (read as Adobe's price) against "28,5 dollars par action" for
    Figma: the story has Adobe buy Figma (two sources), so both are Figma's share price, and disagree."""

    def price(name, subject, text, value):
        c = claim(frame="price", subject=subject, obj=None, amount=amount(text, value, unit="USD"))
        c["per_unit"] = "action"
        return c

    deal = dict(
        frame="acquisition", subject="Adobe", obj="Figma", amount=amount("20 Md$", 20 * BN, unit="USD")
    )
    out = reconcile([
        doc("a.txt", claim(**deal), price("a", "Adobe", "28 dollars par action", 28), date="2022-09"),
        doc("b.txt", claim(**deal), price("b", "Figma", "28,5 dollars par action", 28.5), date="2022-09"),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert (c["frame"], c["subject"]) == ("price", "Figma")


def test_a_price_given_with_no_unit_is_per_the_unit_of_the_storys_prices():
    """ "une offre à 50 centimes" (a rumour) against "76 centimes par action": the story gives that company's
    price per share, so the bare figure is one too; a total of billions stays a total."""

    def price(text, value, per=None, hedged=False):
        c = claim(frame="price", subject="Credit Suisse", obj=None, amount=amount(text, value, unit="CHF"),
                  hedged=hedged)  # fmt: skip
        if per:
            c["per_unit"] = per
        return c

    out = reconcile([
        doc("a.txt", price("50 centimes", 0.5, hedged=True), price("3 milliards de francs", 3 * BN), date="2023-03"),
        doc("b.txt", price("76 centimes par action", 0.76, per="action"), date="2023-03"),
    ])  # fmt: skip
    c = one(out, "hedged_vs_asserted")
    assert sorted(side_texts(c)) == [[("a.txt", "50 centimes")], [("b.txt", "76 centimes par action")]]


def _share_price(subject, text, value, revised=False, hedged=False):
    c = claim(frame="price", subject=subject, obj=None, amount=amount(text, value), hedged=hedged)
    c["per_unit"] = "action"
    if revised:
        c["revised"] = True
    return c


def test_a_deals_sum_of_the_order_of_its_targets_share_prices_is_one_of_them():
    """ "Orvane relève son offre à 42,50 euros" (a headline's deal with no unit) beside "42,50 euros par action"
    in the story is that price per share: no contradiction with the deal's 1,2 billion; a salary per year is no
    share price (the transfer fee stays a total)."""
    deal = dict(frame="acquisition", subject="Orvane", obj="Telmis")
    out = reconcile([
        doc("a.txt", claim(**deal, amount=amount("42,50 euros", 42.5)), _share_price("Telmis", "42,50 euros par action", 42.5), date="2024-03"),
        doc("b.txt", claim(**deal, amount=amount("près de 1,2 Md€", 1.2 * BN, approx=True)), date="2024-03"),
    ])  # fmt: skip
    assert out == []
    out = reconcile([
        doc("a.txt", claim(**deal, amount=amount("40 euros", 40)), date="2024-03"),
        doc("b.txt", claim(**deal, amount=amount("1,2 Md€", 1.2 * BN)), _share_price("Telmis", "42,50 euros par action", 42.5), date="2024-03"),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert c["frame"] == "price" and sorted(side_texts(c)) == [
        [("a.txt", "40 euros")],
        [("b.txt", "42,50 euros par action")],
    ]
    salary = _share_price("Neymar", "36,8 millions par an", 36.8e6)
    salary["per_unit"] = "an"
    fee = dict(frame="acquisition", subject="PSG", obj="Neymar")
    out = reconcile([
        doc("a.txt", claim(**fee, amount=amount("222 millions d'euros", 222e6)), date="2017-08"),
        doc("b.txt", salary, date="2017-08"),
    ])  # fmt: skip
    assert out == []


def test_a_revised_offer_does_not_stand_against_articles_written_before_it():
    """ "Orvane a relevé son offre à 42,50 euros par action" (claim ``revised``) against the 38 euros an
    article gave two weeks before: the first offer, not a disagreement; against a later article's 40 euros, it
    is one."""
    out = reconcile([
        doc("a.txt", _share_price("Telmis", "38 euros par action", 38), date="2024-02-28"),
        doc("b.txt", _share_price("Telmis", "42,50 euros par action", 42.5, revised=True), date="2024-03-15"),
    ])  # fmt: skip
    assert out == []
    out = reconcile([
        doc("b.txt", _share_price("Telmis", "42,50 euros par action", 42.5, revised=True), date="2024-03-15"),
        doc("c.txt", _share_price("Telmis", "40 euros par action", 40), date="2024-03-18"),
    ])  # fmt: skip
    assert kinds(out) == ["contradiction"]


def test_a_founding_is_the_companys_whoever_founded_it():
    """ "fondée en 2019 par Claire Vidal et Paul Roche" against "créée en 2018": one founding, two years."""
    out = reconcile([
        doc("a.txt", claim(frame="founding", subject="Lumio", obj="Claire Vidal", date="2019"),
            claim(frame="founding", subject="Lumio", obj="Paul Roche", date="2019"), date="2024-05"),
        doc("b.txt", claim(frame="founding", subject="Lumio", obj=None, date="2018"), date="2024-05"),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert c["subject"] == "Lumio" and sorted(side_texts(c)) == [
        [("a.txt", "en 2019"), ("a.txt", "en 2019")],
        [("b.txt", "en 2018")],
    ]


def test_people_a_company_employs_are_its_employees():
    """ "emploie environ 132 000 personnes" against "compte 125 000 salariés": in a frame that counts workers,
    people are workers (reconcile.yaml ``people_counts``); elsewhere they stay their own unit."""

    def count(frame, text, value, unit):
        return claim(frame=frame, subject="Michelin", obj=None,
                     amount=amount(text, value, unit=unit, kind="count"))  # fmt: skip

    out = reconcile([
        doc("a.txt", count("headcount", "132 000 personnes", 132000, "personne"), date="2024-11"),
        doc("b.txt", count("headcount", "125 000 salariés", 125000, "salarié"), date="2024-11"),
    ])  # fmt: skip
    assert one(out, "contradiction")["frame"] == "headcount"
    users = reconcile([
        doc("a.txt", count("users", "1 million de personnes", 1e6, "personne"), date="2024-11"),
        doc("b.txt", count("users", "2 millions d'utilisateurs", 2e6, "utilisateur"), date="2024-11"),
    ])  # fmt: skip
    assert users == []


def test_a_loss_stands_against_losses_only():
    """ "une perte de 1,1 milliard" is not "un bénéfice de 1,1 milliard" (no agreement), and two losses that
    differ disagree."""

    def result(text, value, loss):
        c = claim(frame="profit", subject="Airbus", obj=None, amount=amount(text, value))
        if loss:
            c["loss"] = True
        return c

    out = reconcile([
        doc("a.txt", result("perte de 1,1 milliard", 1.1 * BN, True), date="2024-07"),
        doc("b.txt", result("bénéfice de 1,1 milliard", 1.1 * BN, False), date="2024-07"),
        doc("c.txt", result("perte de 1,4 milliard", 1.4 * BN, True), date="2024-07"),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert sorted(side_texts(c)) == [
        [("a.txt", "perte de 1,1 milliard")],
        [("c.txt", "perte de 1,4 milliard")],
    ]


def test_a_dividend_per_share_stays_a_measure_of_its_year():
    def dividend(text, value, date):
        c = claim(frame="profit_share", subject=None, obj="TotalEnergies", amount=amount(text, value))
        c["per_unit"] = "action"
        return doc(text[:4], c, date=date)

    assert (
        reconcile(
            [
                dividend("2,81 euros par action", 2.81, "2022-03"),
                dividend("3,01 euros par action", 3.01, "2023-03"),
            ]
        )
        == []
    )


def test_a_restatement_in_another_currency_is_compared_in_that_currency():
    def profit(text, value, unit, alt=None):
        c = claim(frame="profit", subject="TotalEnergies", obj=None, amount=amount(text, value, unit=unit))
        if alt:
            c["alternatives"] = [amount(*alt)]
        return c

    out = reconcile([
        doc("a", profit("20,5 milliards de dollars", 20.5 * BN, "USD", ("19 milliards d'euros", 19 * BN, None, None, "EUR"))),
        doc("b", profit("19,5 milliards d'euros", 19.5 * BN, "EUR", ("20,5 milliards de dollars", 20.5 * BN, None, None, "USD"))),
    ], canonical={})  # fmt: skip
    c = one(out, "contradiction")
    assert sorted(x["text"] for s in c["sides"] for x in s["claims"]) == [
        "19 milliards d'euros",
        "19,5 milliards d'euros",
    ]
    # the same claims, each alone in its own currency, agree: no claim stands against its own restatement
    same = profit(
        "20,5 milliards de dollars", 20.5 * BN, "USD", ("19 milliards d'euros", 19 * BN, None, None, "EUR")
    )
    assert reconcile([doc("a", same), doc("b", dict(same, id="other"))], canonical={}) == []


def test_dates_of_one_milestone_disagree_dates_of_two_do_not():
    def deal(value, text, milestone):
        return dated(
            claim(frame="acquisition", subject="Carrefour", obj="Cora"), value, text, "day", milestone
        )

    out = reconcile([
        doc("a", deal("2023-07-12", "le 12 juillet 2023", "announcement"), date="2023-07"),
        doc("b", deal("2024-07-12", "en juillet 2024", "announcement"), date="2025-03"),
        doc("c", deal("2024-07-01", "le 1er juillet", "completion"), date="2024-07"),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert c["frame"] == "acquisition" and sorted(s["value"] for s in c["sides"]) == [
        "2023-07-12",
        "2024-07-12",
    ]


def test_a_past_event_dated_two_years_is_a_contradiction_about_its_date():
    """ "Vetrolux avait acquis le site en 2016" / "en 2017", in articles of 2025: a one-off event of an earlier
    year than its articles, no milestone named, dated two ways."""

    def bought(year):
        return dated(claim(frame="acquisition", subject="Vetrolux", obj="Verrerie de la Bresle"), year,
                     f"en {year}", "year")  # fmt: skip

    out = reconcile([doc("a", bought("2016"), date="2025-11"), doc("b", bought("2017"), date="2025-12")])
    c = one(out, "contradiction")
    assert c["frame"] == "acquisition" and sorted(s["value"] for s in c["sides"]) == ["2016", "2017"]
    # the same year, once reported as a rumour then, agrees; a year of the article's own is no history
    assert reconcile([doc("a", bought("2016"), date="2025-11"), doc("b", {**bought("2016"), "hedged": True},
                                                                      date="2025-12")]) == []  # fmt: skip
    assert (
        reconcile([doc("a", bought("2025"), date="2025-11"), doc("b", bought("2024"), date="2024-12")]) == []
    )


def test_two_past_rounds_of_different_sizes_are_two_events_not_one_dated_twice():
    def round_(text, value, year):
        c = claim(frame="funding_round", subject="Monalys", obj=None, amount=amount(text, value))
        return dated(c, year, f"en {year}", "year")

    series_b = [doc("a", round_("45 millions d'euros", 45e6, "2024"), date="2026-03"),
                doc("b", round_("45 M€", 45e6, "2023"), date="2026-03")]  # fmt: skip
    series_a = doc("c", round_("30 millions d'euros", 30e6, "2022"), date="2026-03")
    c = one(reconcile(series_b), "contradiction")
    assert sorted(s["value"] for s in c["sides"]) == ["2023", "2024"]
    dates = [
        c for c in reconcile([*series_b, series_a]) if c["sides"][0]["value"] in ("2022", "2023", "2024")
    ]
    assert len(dates) == 1 and sorted(s["value"] for s in dates[0]["sides"]) == ["2023", "2024"]


def test_past_dates_of_recurring_events_need_a_figure_and_one_year_per_article():
    """A round with no figure tells none of a company's rounds; an article that dates the same figure two ways
    tells two events; a rumour of its time ("envisagé en 2015") is no date of the deal; a deal between two
    parties is one event whatever its figures."""

    def past(frame, year, figure=None, hedged=False, obj=None):
        c = claim(frame=frame, subject="Monalys", obj=obj, amount=figure, hedged=hedged)
        return dated(c, year, f"en {year}", "year")

    bare = [doc("a", past("funding_round", "2019"), date="2026-03"),
            doc("b", past("funding_round", "2021"), date="2026-03")]  # fmt: skip
    assert reconcile(bare) == []
    m45 = amount("45 M€", 45e6)
    twice = [doc("a", past("funding_round", "2017", m45), past("funding_round", "2019", m45), date="2026-03"),
             doc("b", past("funding_round", "2019", m45), date="2026-03")]  # fmt: skip
    assert [c for c in reconcile(twice) if c["sides"][0]["value"] in ("2017", "2019")] == []
    rumour = [doc("a", past("acquisition", "2015", hedged=True, obj="Vetrolux"), date="2025-11"),
              doc("b", past("acquisition", "2016", obj="Vetrolux"), date="2025-12")]  # fmt: skip
    assert reconcile(rumour) == []
    priced = [doc("a", past("acquisition", "2016", amount("20 M€", 20e6), obj="Vetrolux"), date="2025-11"),
              doc("b", past("acquisition", "2017", amount("25 M€", 25e6), obj="Vetrolux"), date="2025-12")]  # fmt: skip
    dates = [c for c in reconcile(priced) if {s["value"] for s in c["sides"]} == {"2016", "2017"}]
    assert len(dates) == 1 and dates[0]["kind"] == "contradiction"


def test_a_part_never_stands_against_another_articles_whole():
    """ "15 000 postes, dont 4 600 en France" (``part_of``) against "15 000 postes": one fact, no conflict; the
    same 4 600 given as the whole would be one."""
    whole = amount("15 000 postes", 15000, unit="poste", kind="count")
    part = {**claim("layoff", "Renault", None, amount("4 600", 4600, unit="poste", kind="count"))}
    part["part_of"] = whole
    a = doc("a.txt", claim("layoff", "Renault", None, whole), part)
    b = doc(
        "b.txt", claim("layoff", "Renault", None, amount("15.000 postes", 15000, unit="poste", kind="count"))
    )
    assert reconcile([a, b]) == []
    c = doc(
        "c.txt", claim("layoff", "Renault", None, amount("4 600 postes", 4600, unit="poste", kind="count"))
    )
    assert reconcile([b, c])


def test_positions_that_agree_share_a_side_whatever_an_outlier_agrees_with():
    """ "au moins 17 milliards d'euros" agrees with "19,7 milliards" (three articles) and with an outlier's
    "26,2 milliards" that contradicts them: the well-held figure anchors the side, the bound joins it."""

    def deal(name, text, value, bound=False, hedged=False):
        a = amount(text, None, low=value, unit="USD") if bound else amount(text, value, unit="USD")
        return doc(name, claim("acquisition", "Adobe", "Figma", a, hedged=hedged), date="2022-09-15")

    docs = [
        deal("a.txt", "19,7 milliards de dollars", 19.7e9),
        deal("b.txt", "19,7 milliards de dollars", 19.7e9),
        deal("c.txt", "19,7 milliards de dollars", 19.7e9),
        deal("d.txt", "au moins 17 milliards de dollars", 17e9, bound=True),
        deal("e.txt", "26,2 milliards de dollars", 26.2e9),
        deal("f.txt", "10 milliards de dollars", 10e9, hedged=True),
    ]
    found = reconcile(docs)
    assert found
    for c in found:
        sides = [{x["doc"] for x in s["claims"]} for s in c["sides"]]
        apart = [s for s in sides if "d.txt" in s or "a.txt" in s]
        assert len(apart) <= 1, (c["kind"], sides)


def test_a_top_up_stands_only_against_other_top_ups():
    """ "2 milliards d'euros supplémentaires" (``increment``) against another article's 5 milliards in all: two
    facts, no conflict; two different top-ups of one investment are one."""
    top_up = claim("investment", "Bpifrance", "Verkor", amount("2 milliards d'euros", 2e9))
    top_up["increment"] = True
    a = doc("a.txt", top_up)
    b = doc("b.txt", claim("investment", "Bpifrance", "Verkor", amount("5 milliards d'euros", 5e9)))
    assert reconcile([a, b]) == []
    other = claim("investment", "Bpifrance", "Verkor", amount("3 milliards d'euros", 3e9))
    other["increment"] = True
    assert kinds(reconcile([a, doc("c.txt", other)])) == ["contradiction"]


def test_two_days_for_one_announcement_are_a_contradiction():
    """The same profit of 2022 said to be announced on "mercredi 8 janvier" and on "mercredi 8 février"."""

    def profit(day_text, day):
        c = claim("profit", "Orange", None, amount("2,1 milliards d'euros", 2.1e9), date="2022")
        c["announced"] = {"text": day_text, "start": 0, "end": len(day_text), "value": day, "grain": "day"}
        return c

    a = doc("a.txt", profit("mercredi 8 janvier", "2023-01-08"), date="2023-02-09")
    b = doc("b.txt", profit("mercredi 8 février", "2023-02-08"), date="2023-02-09")
    found = reconcile([a, b])
    assert len(found) == 1 and found[0]["kind"] == "contradiction"
    texts = sorted(cl["text"] for side in found[0]["sides"] for cl in side["claims"])
    assert texts == ["mercredi 8 février", "mercredi 8 janvier"]
    same = doc("c.txt", profit("mercredi 8 février", "2023-02-08"), date="2023-02-09")
    assert reconcile([b, same]) == []


def test_a_date_side_is_shown_by_its_date_not_the_claims_figure():
    from factx.render import claims_index, side_wording

    def profit(day_text, day):
        c = claim("profit", "Orange", None, amount("2,1 milliards d'euros", 2.1e9), date="2022")
        c["announced"] = {"text": day_text, "start": 0, "end": len(day_text), "value": day, "grain": "day"}
        return c

    docs = [
        doc("a.txt", profit("mercredi 8 janvier", "2023-01-08")),
        doc("b.txt", profit("mercredi", "2023-02-08")),
    ]
    (found,) = reconcile(docs)
    shown = sorted(side_wording(s, claims_index(docs)) for s in found["sides"])
    assert shown == ["mercredi (2023-02-08)", "mercredi 8 janvier (2023-01-08)"]


def test_a_rumour_the_announcement_went_beyond_is_hedged_vs_asserted():
    # "plus de 20 milliards" reported, "28 milliards" announced: compatible figures, but the rumour was off
    out = reconcile([
        doc("a", claim(frame="acquisition", subject="Cisco", obj="Splunk", hedged=True,
                       amount=amount("plus de 20 milliards de dollars", None, low=20 * BN, unit="USD")), date="2022-02"),
        doc("b", claim(frame="acquisition", subject="Cisco", obj="Splunk",
                       amount=amount("28 milliards de dollars", 28 * BN, unit="USD")), date="2023-09"),
    ], canonical={})  # fmt: skip
    assert one(out, "hedged_vs_asserted")


# -- the story's parties --------------------------------------------------------------------------------------


def _person(c, name="Satya Nadella"):
    c["subject"] = {"text": name, "canonical": name, "label": "PER"}
    return c


def _deal(subject, figure, value, hedged=False, obj="Nuance"):
    return claim("acquisition", subject, obj, amount(figure, value, unit="USD"), hedged=hedged)


def test_a_person_with_a_title_at_the_buyer_acts_for_it():
    docs = [
        doc("a.txt", _deal("Microsoft", "16 milliards de dollars", 16e9, hedged=True)),
        doc(
            "b.txt",
            claim("role", "Satya Nadella", "Microsoft", value="directeur général"),
            _person(_deal("Satya Nadella", "19,7 milliards de dollars", 19.7e9)),
        ),
    ]
    found = reconcile(docs)
    assert [c["kind"] for c in found] == ["hedged_vs_asserted"]
    assert found[0]["subject"] == "Microsoft"


def test_a_person_acts_for_no_company_the_story_does_not_name_in_that_role():
    # the title is at a company that buys nothing here: the person bought in their own name
    docs = [
        doc("a.txt", _deal("Elon Musk", "44 milliards de dollars", 44e9, obj="Twitter")),
        doc(
            "b.txt",
            claim("role", "Elon Musk", "Tesla", value="patron"),
            _person(_deal("Elon Musk", "43 milliards de dollars", 43e9, obj="Twitter"), "Elon Musk"),
        ),
    ]
    found = reconcile(docs)
    assert [(c["kind"], c["subject"]) for c in found] == [("contradiction", "Elon Musk")]


def test_a_pair_reversed_in_one_article_is_turned_back_when_two_others_agree():
    deals = [_deal("Pfizer", "43 milliards de dollars", 43e9, obj="Seagen") for _ in range(2)]
    reversed_ = _deal("Seagen", "30 milliards de dollars", 30e9, hedged=True, obj="Pfizer")
    found = reconcile([doc("a.txt", deals[0]), doc("b.txt", deals[1]), doc("c.txt", reversed_)])
    assert {(c["subject"], c["object"]) for c in found} == {("Pfizer", "Seagen")}
    assert {c["kind"] for c in found} == {"hedged_vs_asserted"}


def test_a_pair_one_other_article_tells_the_other_way_round_stays_as_written():
    # one article against one: nothing says which of the two is the slip
    one = _deal("Pfizer", "43 milliards de dollars", 43e9, obj="Seagen")
    other = _deal("Seagen", "30 milliards de dollars", 30e9, obj="Pfizer")
    assert reconcile([doc("a.txt", one), doc("b.txt", other)]) == []


def test_two_titles_of_one_person_are_no_disagreement():
    """ "cofondatrice" in one article, "présidente" and "CEO" in others: a person holds several titles at once
    (reconcile.yaml several_values)."""
    docs = [
        doc(
            "a.txt", _person(claim("role", "Claire Moreau", "Datavelo", value="présidente"), "Claire Moreau")
        ),
        doc(
            "b.txt",
            _person(claim("role", "Claire Moreau", "Datavelo", value="cofondatrice"), "Claire Moreau"),
        ),
        doc("c.txt", _person(claim("role", "Claire Moreau", "Datavelo", value="CEO"), "Claire Moreau")),
    ]
    assert reconcile(docs) == []


def test_one_title_reported_then_stated_is_still_compared():
    rumour = _person(claim("role", "Claire Moreau", "Datavelo", value="directrice générale"), "Claire Moreau")
    rumour["hedged"] = True
    docs = [
        doc("a.txt", rumour),
        doc(
            "b.txt",
            _person(claim("role", "Claire Moreau", "Datavelo", value="directrice générale"), "Claire Moreau"),
        ),
    ]
    assert [c["kind"] for c in reconcile(docs)] == ["hedged_vs_asserted"]


def test_a_deadline_is_no_period_even_for_a_measure():
    # "la fermeture de 120 agences d'ici à 2027" (published 2024) is the plan told this year: it stands
    # against another article's "une centaine d'agences" of the same year
    sentence = "La banque a confirmé la fermeture de 120 agences d'ici à 2027."
    closing = claim(frame="sites", subject="Crédit Ligérien", obj=None, sentence=sentence,
                    amount=amount("120 agences", 120, unit="agence", kind="count"))  # fmt: skip
    closing["date"] = {"text": "2027", "start": sentence.index("2027"), "end": sentence.index("2027") + 4,
                       "value": "2027", "grain": "year"}  # fmt: skip
    out = reconcile([
        doc("a", closing, date="2024-07-26"),
        doc("b", claim(frame="sites", subject="Crédit Ligérien", obj=None,
                       amount=amount("une centaine d'agences", 100, low=90, high=110, unit="agence", approx=True,
                                     kind="count")), date="2024-07-25"),
    ])  # fmt: skip
    assert len(out) == 1 and {c["doc"] for s in out[0]["sides"] for c in s["claims"]} == {"a", "b"}, out


def test_an_estimate_beside_the_figure_is_no_part_of_a_breakdown():
    # "un bénéfice de 2,3 milliards, au-dessus du consensus qui l'attendait à 2,2 milliards": the figure still
    # stands against another article's 3,1 milliards (two figures of one sentence that disagree are a
    # breakdown only when both are asserted, or both hedged)
    sentence = "Vantelis a publié un bénéfice de 2,3 milliards, au-dessus du consensus qui l'attendait à 2,2 milliards."
    out = reconcile([
        doc("a", claim(frame="profit", subject="Vantelis", obj=None, sentence=sentence,
                       amount=amount("2,3 milliards", 2.3 * BN)),
            claim(frame="profit", subject="Vantelis", obj=None, sentence=sentence, hedged=True,
                  amount=amount("2,2 milliards", 2.2 * BN)), date="2026-02-26"),
        doc("b", claim(frame="profit", subject="Vantelis", obj=None, amount=amount("3,1 milliards", 3.1 * BN)),
            date="2026-02-27"),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert sorted(t for side in side_texts(c) for _d, t in side) == ["2,3 milliards", "3,1 milliards"]


def test_a_facet_stands_only_against_the_same_facet():
    """The group's "onze usines" and "sept usines françaises" (``facets``) are two facts; two national counts
    that differ disagree."""
    whole = claim("sites", "Marvelle", None, amount("onze usines", 11, unit="usine", kind="count"))
    national = claim("sites", "Marvelle", None, amount("sept usines", 7, unit="usine", kind="count"))
    national["facets"] = ["national"]
    a, b = doc("a.txt", whole, date="2026-04-13"), doc("b.txt", national, date="2026-04-15")
    assert reconcile([a, b]) == []
    other = claim("sites", "Marvelle", None, amount("huit usines", 8, unit="usine", kind="count"))
    other["facets"] = ["national"]
    assert kinds(reconcile([b, doc("c.txt", other, date="2026-04-16")])) == ["contradiction"]


def test_a_holding_months_apart_is_two_moments():
    """A stake (frames.yaml ``moves``) told in April and another after the bid's close in June: two moments, no
    conflict; two stakes told days apart still disagree, and an article dated only by its year is no moment."""

    def stake(text, value):
        return claim("stake", "Brekka", "Marquenat", amount(text, value, unit="%", kind="percent"))

    april, june = (
        doc("a.txt", stake("9,4 %", 9.4), date="2026-04-15"),
        doc("b.txt", stake("61,2 %", 61.2), date="2026-06-22"),
    )
    assert reconcile([april, june]) == []
    days_later = doc("c.txt", stake("12 %", 12.0), date="2026-04-20")
    assert kinds(reconcile([april, days_later])) == ["contradiction"]
    yearly = doc("d.txt", stake("12 %", 12.0), date="2026")
    assert kinds(reconcile([april, june, yearly])) == ["contradiction"]


def test_a_holding_told_again_unchanged_has_not_moved():
    """ "70 %" reported in August, "80 %" on 4 September, "80 %" again on 14 October: the holding has not moved
    since September, so the August report stands against both; a day of its own ("finalisé le 2 janvier") may
    be another event of the holding and still starts a moment of its own."""

    def stake(text, value, hedged=False):
        return claim(
            "stake", "Ashgrove", "Castelnoir", amount(text, value, unit="%", kind="percent"), hedged=hedged
        )

    august = doc("a.txt", stake("70 %", 70.0, hedged=True), date="2026-08-20")
    september = doc("b.txt", stake("80 %", 80.0), date="2026-09-04")
    october = doc("c.txt", stake("80 %", 80.0), date="2026-10-14")
    c = one(reconcile([august, september, october]), "hedged_vs_asserted")
    assert ("c.txt", "80 %") in sum(side_texts(c), []), c
    # guard: a day of its own starts a moment of its own
    closed = stake("80 %", 80.0)
    dated(closed, "2026-10-12", "le 12 octobre")
    out = reconcile([august, september, doc("d.txt", closed, date="2026-10-14")])
    shown = [t for c in out for side in side_texts(c) for t in side]
    assert ("b.txt", "80 %") in shown and ("d.txt", "80 %") not in shown, out


def test_an_undated_measure_days_after_last_year_s_results_is_last_year_s():
    """ "46 magasins" told with 2025's results on 22 July, "48 magasins" undated two days later: one count,
    a disagreement; a hedged target undated ("17 Md€ à cet horizon") is not pulled back to last year."""

    def sites(text, value, date=None):
        return claim(
            "sites", "Maisonnette", None, amount(text, value, unit="magasin", kind="count"), date=date
        )

    a = doc("a.txt", sites("46 magasins", 46, date="2025"), date="2026-07-22")
    b = doc("b.txt", sites("48 magasins", 48), date="2026-07-24")
    assert kinds(reconcile([a, b])) == ["contradiction"]
    months_later = doc("c.txt", sites("48 magasins", 48), date="2026-11-24")
    assert reconcile([a, months_later]) == []

    def revenue(text, value, date=None, hedged=False):
        return claim("revenue", "Aldéris", None, amount(text, value), date=date, hedged=hedged)

    actual = doc("d.txt", revenue("14,8 milliards d'euros", 14.8e9, date="2025"), date="2026-02-26")
    target = doc("e.txt", revenue("17 Md€", 17e9, hedged=True), date="2026-02-27")
    assert reconcile([actual, target]) == []


def test_one_article_s_undated_measure_is_not_pulled_to_its_own_last_year():
    """ "46 magasins fin 2025 ... 48 aujourd'hui" in one article: two counts, no disagreement."""

    def sites(text, value, date=None):
        return claim(
            "sites", "Maisonnette", None, amount(text, value, unit="magasin", kind="count"), date=date
        )

    one = doc("a.txt", sites("46 magasins", 46, date="2025"), sites("48 magasins", 48), date="2026-07-22")
    assert reconcile([one]) == []
    # the control: the same two counts in two articles of those days disagree
    a = doc("b.txt", sites("46 magasins", 46, date="2025"), date="2026-07-22")
    assert kinds(reconcile([a, doc("c.txt", sites("48 magasins", 48), date="2026-07-23")])) == [
        "contradiction"
    ]


def test_a_share_price_of_the_day_stands_against_the_same_days_only():
    """ "le titre a clôturé à 21,90 euros" on Monday and "à 23,40 euros" on Thursday are two days of one share,
    no disagreement; two articles quoting the same day differently disagree."""

    def quote(text, value):
        c = claim(frame="price", subject="Norelia", obj=None, amount=amount(text, value, unit="EUR"))
        c["facets"] = ["quote"]
        return c

    days = reconcile([
        doc("a.txt", quote("21,90 euros", 21.9), date="2026-07-20"),
        doc("b.txt", quote("23,40 euros", 23.4), date="2026-07-23"),
    ])  # fmt: skip
    assert days == []
    same = reconcile([
        doc("a.txt", quote("21,90 euros", 21.9), date="2026-07-20"),
        doc("b.txt", quote("23,40 euros", 23.4), date="2026-07-20"),
    ])  # fmt: skip
    assert kinds(same) == ["contradiction"]


def test_last_years_figure_beside_this_years_is_no_part_of_it():
    """ "une perte de 42 M€ en 2025, contre 118 millions en 2024": two years of one measure, not the parts of a
    whole; this year's stands against another article's figure for the same year."""
    sentence = "Aerolis a perdu 42 millions d'euros en 2025, contre 118 millions en 2024."
    a = [
        claim(frame="profit", subject="Aerolis", obj=None, sentence=sentence, date=year,
              amount=amount(t, v * 1e6))
        for t, v, year in (("42 millions d'euros", 42, "2025"), ("118 millions", 118, "2024"))
    ]  # fmt: skip
    b = claim(
        frame="profit", subject="Aerolis", obj=None, date="2025", amount=amount("57 millions d'euros", 57e6)
    )
    out = reconcile([doc("a.txt", *a, date="2026-02-19"), doc("b.txt", b, date="2026-03-06")])
    c = one(out, "contradiction")
    assert sorted(side_texts(c)) == [[("a.txt", "42 millions d'euros")], [("b.txt", "57 millions d'euros")]]


def test_a_subject_read_from_context_is_the_storys():
    """ "la métropole a emprunté 240 millions": one article read the debt as the auditor's (its most salient
    name), two others name the city; a subject an article names itself keeps its own fact."""

    def debt(subject, text, value, how):
        return read(claim(frame="debt", subject=subject, obj=None, amount=amount(text, value)), subject=how)

    out = reconcile([
        doc("a.txt", debt("Lorvenne Métropole", "210 millions d'euros", 210e6, "parse/name"), date="2026-07"),
        doc("b.txt", debt("CRC", "240 millions d'euros", 240e6, "salient"), date="2026-09"),
        doc("c.txt", debt("Lorvenne Métropole", "210 M€", 210e6, "parse/description"), date="2026-09"),
    ])  # fmt: skip
    assert one(out, "contradiction")["subject"] == "Lorvenne Métropole"
    named = reconcile([
        doc("a.txt", debt("Lorvenne Métropole", "210 millions d'euros", 210e6, "parse/name"), date="2026-07"),
        doc("b.txt", debt("CRC", "240 millions d'euros", 240e6, "parse/name"), date="2026-09"),
        doc("c.txt", debt("Lorvenne Métropole", "210 M€", 210e6, "parse/description"), date="2026-09"),
    ])  # fmt: skip
    assert named == []


def test_a_subject_read_from_context_is_the_storys_for_that_measure_only():
    """Two articles count a laboratory's plants; two others count a bank's branches, the bank read from their
    context: branches are no plants, and the story names no one else for them."""

    def sites(subject, text, value, unit, how):
        c = claim(
            frame="sites", subject=subject, obj=None, amount=amount(text, value, unit=unit, kind="count")
        )
        return read(c, subject=how)

    out = reconcile([
        doc("a.txt", sites("Ferrandière", "deux usines", 2, "usine", "parse/name"), date="2026-03"),
        doc("b.txt", sites("Ferrandière", "deux usines", 2, "usine", "parse/name"), date="2026-03"),
        doc("c.txt", sites("Banque Val de Loire", "145 agences", 145, "agence", "salient"), date="2026-04"),
        doc("d.txt", sites("Banque Val de Loire", "127 agences", 127, "agence", "salient"), date="2026-04"),
    ])  # fmt: skip
    assert one(out, "contradiction")["subject"] == "Banque Val de Loire", out


def test_an_other_party_read_from_context_is_the_storys():
    def deal(target, text, value, how):
        c = claim(frame="acquisition", subject="Kervo", obj=target, amount=amount(text, value))
        return read(c, subject="parse/name", object=how)

    out = reconcile([
        doc("a.txt", deal("Maëlle", "9,5 millions d'euros", 9.5e6, "parse/name"), date="2026-03"),
        doc("b.txt", deal("Orsival", "11 millions d'euros", 11e6, "salient"), date="2026-04"),
        doc("c.txt", deal("Maëlle", "9,5 M€", 9.5e6, "prep/name"), date="2026-03"),
    ])  # fmt: skip
    assert one(out, "contradiction")["object"] == "Maëlle"


def test_an_aid_told_as_a_budget_is_the_givers_investment():
    """ "l'aide de l'État atteint 10 millions" (a budget, no other party) against "l'État apporte 8 millions à
    Cauvel": the one company the story has the State invest in (reconcile.yaml ``party_frames``)."""

    def budget(sentence):
        return claim(frame="budget", subject="État", obj=None, amount=amount("10 millions d'euros", 10e6),
                     sentence=sentence)  # fmt: skip

    invest = claim(frame="investment", subject="État", obj="Cauvel", amount=amount("8 millions d'euros", 8e6))
    out = reconcile([
        doc("a.txt", invest, date="2025-11"),
        doc("b.txt", budget("L'aide de l'État atteint 10 millions d'euros."), date="2025-12"),
    ])  # fmt: skip
    found = one(out, "contradiction")
    assert (found["frame"], found["object"]) == ("investment", "Cauvel")
    # an envelope for a whole sector is no aid to the one company
    other = reconcile([
        doc("a.txt", invest, date="2025-11"),
        doc("b.txt", budget("L'État débloque une enveloppe de 10 millions d'euros pour la filière."), date="2025-12"),
    ])  # fmt: skip
    assert other == []


def test_a_price_a_buyer_pays_is_its_one_acquisition():
    deal = claim(
        frame="acquisition", subject="Kervo", obj="Maëlle", amount=amount("9,5 millions d'euros", 9.5e6)
    )
    paid = claim(frame="price", subject="Kervo", obj=None, amount=amount("11 millions d'euros", 11e6),
                 sentence="Kervo a payé 11 millions d'euros.")  # fmt: skip
    out = reconcile([doc("a.txt", deal, date="2026-03"), doc("b.txt", paid, date="2026-04")])
    found = one(out, "contradiction")
    assert (found["frame"], found["object"]) == ("acquisition", "Maëlle")


def test_hires_counted_by_their_own_noun_are_hired_employees():
    """ "recrutera 400 personnes", "prévoit 450 embauches": in the hiring frame a hire, a recruitment or a job
    created counts the same workers (reconcile.yaml ``people_counts``); in a headcount "embauches" stay apart."""

    def count(frame, text, value, unit):
        return claim(frame=frame, subject="Aéroval", obj=None,
                     amount=amount(text, value, unit=unit, kind="count"))  # fmt: skip

    out = reconcile([
        doc("a.txt", count("hiring", "450 embauches", 450, "embauche"), date="2026-02"),
        doc("b.txt", count("hiring", "400 recrutements", 400, "recrutement"), date="2026-02"),
        doc("c.txt", count("hiring", "400 personnes", 400, "personne"), date="2026-02"),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert sorted(side_texts(c)) == [[("a.txt", "450 embauches")], [("b.txt", "400 recrutements"),
                                                                     ("c.txt", "400 personnes")]]  # fmt: skip
    assert reconcile([
        doc("a.txt", count("headcount", "450 embauches", 450, "embauche"), date="2026-02"),
        doc("b.txt", count("headcount", "400 salariés", 400, "salarié"), date="2026-02"),
    ]) == []  # fmt: skip


def test_a_party_named_twice_is_not_its_own_other_party():
    """ "Le fonds a acquis le club ... Bluewater": a claim whose object is its subject under another name tells
    no other party, and takes the one the story names."""
    out = reconcile([
        doc("a.txt", claim(frame="acquisition", subject="Bluewater", obj="Olympique Grenoblois",
                           amount=amount("70 M€", 70e6)), date="2024-05"),
        doc("b.txt", claim(frame="acquisition", subject="Bluewater", obj="Olympique Grenoblois",
                           amount=amount("70 millions d'euros", 70e6)), date="2024-05"),
        doc("c.txt", claim(frame="acquisition", subject="Bluewater", obj="Bluewater",
                           amount=amount("60 millions d'euros", 60e6)), date="2024-05"),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert c["object"] == "Olympique Grenoblois" and ("c.txt", "60 millions d'euros") in sum(
        side_texts(c), []
    )


def test_a_frames_usual_unit_need_not_be_written():
    """Synergies are yearly (frames.yaml ``usual_per``): "40 M€ de synergies" and "45 M€ par an" disagree, while a
    budget per year stays apart from a whole budget."""

    def money(frame, text, value, per=None):
        c = claim(frame=frame, subject="Kaltmark", obj=None, amount=amount(text, value))
        if per:
            c["per_unit"] = per
        return c

    out = reconcile([
        doc("a.txt", money("synergies", "40 M€", 40e6), date="2026-03"),
        doc("b.txt", money("synergies", "45 M€ par an", 45e6, per="an"), date="2026-03"),
    ])  # fmt: skip
    assert kinds(out) == ["contradiction"]
    assert reconcile([
        doc("a.txt", money("budget", "40 M€", 40e6), date="2026-03"),
        doc("b.txt", money("budget", "45 M€ par an", 45e6, per="an"), date="2026-03"),
    ]) == []  # fmt: skip


def test_an_undated_figure_told_across_a_new_year_is_one_current_figure():
    """ "un passif de 16,8 M€" on 10 December and "près de 19 M€" on 23 January, neither dated: the same current
    figure, told weeks apart; a year apart, two years' figures."""

    def debt(text, value, approx=False):
        return claim(frame="debt", subject="Arvel", obj=None, amount=amount(text, value, approx=approx))

    out = reconcile([
        doc("a.txt", debt("16,8 millions d'euros", 16.8e6), date="2024-12-10"),
        doc("b.txt", debt("19 millions d'euros", 19e6), date="2025-01-23"),
    ])  # fmt: skip
    assert kinds(out) == ["contradiction"] and out[0]["period"] == "2024"
    assert reconcile([
        doc("a.txt", debt("16,8 millions d'euros", 16.8e6), date="2024-01-10"),
        doc("b.txt", debt("19 millions d'euros", 19e6), date="2025-01-23"),
    ]) == []  # fmt: skip


def test_the_price_of_what_a_deal_bought_is_that_deals_price():
    """ "le prix de la tour Vernay, autour de 450 millions d'euros" is the price of its purchase: by the buyer of
    that time when the story tells the tower bought twice (reconcile.yaml ``target_prices``)."""

    def price(text, value, date=None, hedged=False):
        return claim(frame="price", subject="tour Vernay", obj=None, amount=amount(text, value), date=date,
                     hedged=hedged)  # fmt: skip

    def bought(buyer, text, value, date=None):
        return claim(
            frame="acquisition", subject=buyer, obj="tour Vernay", amount=amount(text, value), date=date
        )

    out = reconcile([
        doc("a.txt", price("autour de 450 millions d'euros", 450e6, hedged=True),
            bought("Astrelle", "520 millions d'euros", 520e6, date="2019"), date="2026-09-08"),
        doc("b.txt", bought("Halden", "412 millions d'euros", 412e6), price("540 M€", 540e6, date="2018"),
            date="2026-09-15"),
    ])  # fmt: skip
    found = {(c["subject"], c["kind"]): sorted(sum(side_texts(c), [])) for c in out}
    assert found == {
        ("Halden", "hedged_vs_asserted"): [("a.txt", "autour de 450 millions d'euros"),
                                           ("b.txt", "412 millions d'euros")],
        ("Astrelle", "contradiction"): [("a.txt", "520 millions d'euros"), ("b.txt", "540 M€")],
    }  # fmt: skip
    # a price of another order (a share's, a fee) stays a price
    far = reconcile([
        doc("a.txt", price("45 millions d'euros", 45e6), date="2026-09-08"),
        doc("b.txt", bought("Halden", "412 millions d'euros", 412e6), date="2026-09-15"),
    ])  # fmt: skip
    assert far == []


def test_a_figure_read_from_the_context_is_the_company_whose_order_it_has():
    """ "L'entreprise emploie 450 salariés", read as its buyer's (a description resolved to the article's most
    salient name), is the target's when the story gives the target figures of that order and the buyer none
    (reconcile.yaml ``context_mentions``); a figure named outright stays its subject's."""

    def staff(subject, text, value, how):
        c = claim(frame="headcount", subject=subject, obj=None, amount=amount(text, value, unit="salarié",
                                                                             kind="count"))  # fmt: skip
        return read(c, subject=how)

    out = reconcile([
        doc("a.txt", staff("Norvane", "environ 450 salariés", 450, "parse/description"), date="2025-03"),
        doc("b.txt", staff("Vitrelle", "520 salariés", 520, "parse/name"), date="2025-03"),
        doc("c.txt", staff("Vitrelle", "520 salariés", 520, "parse/name"), date="2025-03"),
    ])  # fmt: skip
    assert joined(out, "subject", "Vitrelle", ("a.txt", "environ 450 salariés"))
    named = reconcile([
        doc("a.txt", staff("Norvane", "environ 450 salariés", 450, "parse/name"), date="2025-03"),
        doc("b.txt", staff("Vitrelle", "520 salariés", 520, "parse/name"), date="2025-03"),
    ])  # fmt: skip
    assert named == []


def test_a_deals_other_party_read_from_the_context_is_the_one_whose_figures_it_fits():
    """ "Vantor propose désormais 71,3 milliards", its target read from the sentence before (a rival bidder):
    the deal is the one another article gives a figure of that order for."""

    def deal(target, text, value, how):
        return read(claim(frame="acquisition", subject="Vantor", obj=target, amount=amount(text, value)),
                    object=how)  # fmt: skip

    out = reconcile([
        doc("a.txt", deal("Callisto", "71,3 milliards de dollars", 71.3e9, "previous"), date="2018-06"),
        doc("b.txt", deal("Sorell Media", "72 milliards de dollars", 72e9, "parse/name"), date="2018-06"),
    ])  # fmt: skip
    assert joined(out, "object", "Sorell Media", ("a.txt", "71,3 milliards de dollars"))
    # (a figure of another order stays the deal its article read)
    far = reconcile([
        doc("a.txt", deal("Callisto", "7 milliards de dollars", 7e9, "previous"), date="2018-06"),
        doc("b.txt", deal("Sorell Media", "72 milliards de dollars", 72e9, "parse/name"), date="2018-06"),
    ])  # fmt: skip
    assert far == []


def test_a_milestone_told_by_quarter_disagrees_with_another_quarter_and_is_vague_beside_a_day_in_it():
    """ "finalisée au deuxième trimestre 2026" against "au troisième trimestre": two dates for one closing;
    "au premier trimestre 2025" against "le 3 février" is a vague date against a precise one it fits, as
    "plusieurs milliards" against "3 milliards" (an expected closing early the next year is no horizon)."""

    def closing(value, text, grain):
        return dated(claim(frame="acquisition", subject="Kaltmark", obj="Givrelle", hedged=True), value, text,
                     grain, "completion")  # fmt: skip

    out = reconcile([
        doc("a", closing("2026-Q2", "au deuxième trimestre 2026", "quarter"), date="2026-02"),
        doc("b", closing("2026-Q3", "au troisième trimestre", "quarter"), date="2026-03"),
    ])  # fmt: skip
    assert [sorted(s["value"] for s in c["sides"]) for c in out] == [["2026-Q2", "2026-Q3"]]
    out = reconcile([
        doc("a", closing("2025-Q1", "au premier trimestre 2025", "quarter"), date="2024-06"),
        doc("b", closing("2025-02-03", "le 3 février", "day"), date="2025-01"),
    ])  # fmt: skip
    c = one(out, "vague_vs_precise")
    assert sorted(s["value"] for s in c["sides"]) == ["2025-02-03", "2025-Q1"]
    # a month and a day of it agree ("en février" / "le 3 février")
    assert reconcile([
        doc("a", closing("2025-02", "en février", "month"), date="2025-01"),
        doc("b", closing("2025-02-03", "le 3 février", "day"), date="2025-01"),
    ]) == []  # fmt: skip


def test_a_rumoured_date_against_the_asserted_same_date_is_hedged_vs_asserted():
    """ "devrait intervenir le 1er avril" / "sera effective le 1er avril": as a rumoured figure confirmed."""

    def closing(hedged):
        return dated(claim(frame="acquisition", subject="Lumen Médias", obj="Ondes d'Aquitaine", hedged=hedged),
                     "2026-04-01", "le 1er avril", "day", "completion")  # fmt: skip

    out = reconcile([doc("a", closing(True), date="2026-03"), doc("b", closing(False), date="2026-03")])
    assert [c["kind"] for c in out] == ["hedged_vs_asserted"]
    assert (
        reconcile([doc("a", closing(False), date="2026-03"), doc("b", closing(False), date="2026-03")]) == []
    )


def test_a_rounds_announcement_and_its_closing_are_one_days_news():
    """ "a annoncé mardi une levée" / "a bouclé lundi une série C" (frames.yaml ``told_closed``): two dates for
    one round; an acquisition's announcement and its closing months later are two milestones."""

    def told(frame, obj, value, milestone):
        return dated(claim(frame=frame, subject="Monalys", obj=obj), value, value, "day", milestone)

    out = reconcile([
        doc("a", told("funding_round", None, "2026-03-17", "announcement"), date="2026-03"),
        doc("b", told("funding_round", None, "2026-03-16", "completion"), date="2026-03"),
    ])  # fmt: skip
    assert [sorted(s["value"] for s in c["sides"]) for c in out] == [["2026-03-16", "2026-03-17"]]
    assert reconcile([
        doc("a", told("acquisition", "Lydia", "2026-03-17", "announcement"), date="2026-03"),
        doc("b", told("acquisition", "Lydia", "2026-09-16", "completion"), date="2026-09"),
    ]) == []  # fmt: skip


def test_a_fine_given_as_a_price_is_compared_with_fines_only():
    """A fine is a contract ``price`` with the facet "fine" (frames.yaml ``reported_as``): it meets the other
    fines of its company, one-off like them, never another price of that company; the conflict says so."""

    def price(text, value, fine):
        c = claim(frame="price", subject="Brévalles", obj=None, amount=amount(text, value))
        if fine:
            c["facets"] = ["fine"]
        return c

    out = reconcile([
        doc("a", price("148 millions d'euros", 148e6, True), date="2026-02"),
        doc("b", price("500 millions d'euros", 500e6, False), date="2026-02"),
        doc("c", price("120 millions d'euros", 120e6, True), date="2027-03"),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert c["frame"] == "price" and "amende" in c["explanation"]
    assert sorted(sum(side_texts(c), [])) == [("a", "148 millions d'euros"), ("c", "120 millions d'euros")]


def test_a_licensing_deal_s_upfront_and_milestone_payments_are_compared_apart():
    """A licensing deal's upfront payment and its milestone payments are prices of one product with facets of
    their own (frames.yaml ``upfront_payment``, ``milestone_payments``): 45 M$ upfront against 50 M€ upfront
    is a disagreement; 50 M€ upfront against 1,3 Md€ of milestones is none."""

    def pay(text, facet, value=None, high=None):
        c = claim(
            frame="price", subject="OVX-214", obj=None, amount=amount(text, value, high=high, unit="USD")
        )
        c["facets"] = [facet]
        return c

    out = reconcile([
        doc("a", pay("45 millions de dollars", "upfront_payment", 45e6),
            pay("jusqu'à 1,2 milliard de dollars", "milestone_payments", high=1.2e9), date="2026-03"),
        doc("b", pay("92 millions de dollars", "upfront_payment", 92e6), date="2026-03"),
        doc("c", pay("1,3 milliard de dollars", "milestone_payments", 1.3e9), date="2026-03"),
    ])  # fmt: skip
    compared = sorted(sorted(text for _doc, text in sum(side_texts(c), [])) for c in out)
    assert compared == [
        ["1,3 milliard de dollars", "jusqu'à 1,2 milliard de dollars"],
        ["45 millions de dollars", "92 millions de dollars"],
    ], out
    assert "paiement initial" in " ".join(c["explanation"] for c in out)


def test_a_count_of_a_generic_noun_is_of_the_noun_the_story_counts():
    """ "quatre sites" against "trois usines" of one company: four plants (reconcile.yaml ``generic_units``); a
    story counting both shops and plants leaves "sites" alone."""

    def sites(text, value, unit):
        return claim(
            frame="sites", subject="Mécalor", obj=None, amount=amount(text, value, unit=unit, kind="count")
        )

    out = reconcile([
        doc("a", sites("trois usines", 3, "usine"), date="2025-04"),
        doc("b", sites("quatre sites", 4, "site"), date="2025-04"),
    ])  # fmt: skip
    assert kinds(out) == ["contradiction"]
    both = reconcile([
        doc("a", sites("trois usines", 3, "usine"), sites("40 magasins", 40, "magasin"), date="2025-04"),
        doc("b", sites("quatre sites", 4, "site"), date="2025-04"),
    ])  # fmt: skip
    assert both == []


def _hiring(subject, text, value, how="salient"):
    c = claim(
        frame="hiring", subject=subject, obj=None, amount=amount(text, value, unit="emploi", kind="count")
    )
    return read(c, subject=how)


def _bought(buyer="Cyclomax", target="Pédalia"):
    return read(claim(frame="acquisition", subject=buyer, obj=target, amount=amount("42 M€", 42e6)),
                subject="parse/name", object="parse/name")  # fmt: skip


def test_a_count_no_article_names_a_party_of_is_the_party_most_sources_read():
    """ "Cyclomax a racheté Pédalia ... L'entreprise créera 170 emplois": one article read the jobs as the
    buyer's from its context, three as the target's, none names whose they are: the most sources' reading wins
    (for counts this close, reconcile.VOTE_RATIO), and the figures disagree."""
    out = reconcile([
        doc("a.txt", _bought(), _hiring("Cyclomax", "170 emplois", 170), date="2026-03"),
        doc("b.txt", _bought(), _hiring("Pédalia", "182 emplois", 182, "topic"), date="2026-03"),
        doc("c.txt", _bought(), _hiring("Pédalia", "182 emplois", 182, "salient"), date="2026-03"),
        doc("d.txt", _bought(), _hiring("Pédalia", "182 emplois", 182, "previous"), date="2026-03"),
    ])  # fmt: skip
    c = one(out, "contradiction")
    assert c["subject"] == "Pédalia" and ["a.txt", "170 emplois"] in [
        list(x) for s in side_texts(c) for x in s
    ]


def test_a_count_read_from_context_keeps_a_party_its_article_never_names():
    """Guard: an article that never names the party the others read keeps its own reading (a folder may hold
    several stories)."""

    def story(*first):
        return reconcile([
            doc("a.txt", *first, _hiring("Cyclomax", "170 emplois", 170), date="2026-03"),
            doc("b.txt", _bought(), _hiring("Pédalia", "182 emplois", 182, "topic"), date="2026-03"),
            doc("c.txt", _bought(), _hiring("Pédalia", "182 emplois", 182, "salient"), date="2026-03"),
        ])  # fmt: skip

    assert [c for c in story(_bought()) if c["frame"] == "hiring"], "naming the party, the count moves"
    assert [c for c in story() if c["frame"] == "hiring"] == []


def test_a_count_further_than_the_vote_ratio_keeps_its_party():
    """Guard from the second review: a buyer's 210 staff at its own site, read from the context, are no
    target's 182 (closer counts only: VOTE_RATIO)."""
    out = reconcile([
        doc("a.txt", _bought(), _hiring("Cyclomax", "210 emplois", 210), date="2026-03"),
        doc("b.txt", _bought(), _hiring("Pédalia", "182 emplois", 182, "topic"), date="2026-03"),
        doc("c.txt", _bought(), _hiring("Pédalia", "180 emplois", 180, "salient"), date="2026-03"),
    ])  # fmt: skip
    hiring = [c for c in out if c["frame"] == "hiring"]
    assert hiring, "182 against 180 is a conflict of its own"
    assert [c for c in hiring if "210" in str(c)] == [], out


def test_a_share_read_from_context_is_not_voted():
    """Guard: percentages are no count: a story tells many shares of one order (stakes, market shares)."""

    def share(subject, text, value):
        c = claim(
            frame="market_share",
            subject=subject,
            obj=None,
            amount=amount(text, value, unit="%", kind="percent"),
        )
        return read(c, subject="salient")

    out = reconcile([
        doc("a.txt", _bought(), share("Cyclomax", "17 %", 17), date="2026-03"),
        doc("b.txt", _bought(), share("Pédalia", "18 %", 18), date="2026-03"),
        doc("c.txt", _bought(), share("Pédalia", "18 %", 18), date="2026-03"),
    ])  # fmt: skip
    assert [c for c in out if c["frame"] == "market_share"] == [], out
    # (the same figures as counts are voted: the percentage is what keeps them apart)
    counts = reconcile([
        doc("a.txt", _bought(), _hiring("Cyclomax", "17 emplois", 17), date="2026-03"),
        doc("b.txt", _bought(), _hiring("Pédalia", "18 emplois", 18), date="2026-03"),
        doc("c.txt", _bought(), _hiring("Pédalia", "18 emplois", 18), date="2026-03"),
    ])  # fmt: skip
    assert [c for c in counts if c["frame"] == "hiring"], counts


def test_a_count_its_article_read_as_a_named_description_keeps_its_party():
    """Guard from the review: "Le groupe compte 200 salariés", read as the buyer's from a description, is no
    target's count whatever the other articles say of the target: only a party taken from the context alone
    moves."""
    out = reconcile([
        doc("a.txt", _bought(), _hiring("Pédalia", "180 emplois", 180, "topic"), date="2026-03"),
        doc("b.txt", _bought(), _hiring("Pédalia", "182 emplois", 182, "salient"), date="2026-03"),
        doc("c.txt", _bought(), _hiring("Cyclomax", "200 emplois", 200, "parse/description"), date="2026-03"),
    ])  # fmt: skip
    hiring = [c for c in out if c["frame"] == "hiring"]
    assert hiring, "180 against 182 is a conflict of its own"
    assert [c for c in hiring if "200" in str(c)] == [], out
