"""Verb forms the hedging stage reads without the model (factx/pipeline/hedging.py)."""

from __future__ import annotations

import pytest

from factx.pipeline.hedging import _conditional_of


@pytest.mark.parametrize(
    "word,lemma,conditional",
    [
        # the conditional of a verb in -ir or -re is built on its infinitive
        ("investirait", "investir", True),
        ("offriraient", "offrir", True),
        ("réunirait", "réunir", True),
        ("prendrait", "prendre", True),
        ("mettraient", "mettre", True),
        # an imperfect is not, even in -irait: "tirer", "attirer"
        ("tirait", "tirer", False),
        ("attiraient", "attirer", False),
        ("investissait", "investir", False),
        ("prenait", "prendre", False),
        # verbs in -er are read by their endings (hedges.yaml conditional_suffixes), not here
        ("rachèterait", "racheter", False),
    ],
)
def test_the_conditional_of_a_verb_in_ir_or_re(word, lemma, conditional):
    assert _conditional_of(word, lemma) is conditional
