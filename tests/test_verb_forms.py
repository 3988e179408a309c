"""Verb forms read from a word and its lemma where the tagger's tense is wrong (factx/pipeline/verb_forms.py)."""

from __future__ import annotations

import pytest

from factx.pipeline.verb_forms import conditional_of, future_of


@pytest.mark.parametrize(
    "word,lemma,conditional",
    [
        # the conditional is built on the infinitive
        ("investirait", "investir", True),
        ("offriraient", "offrir", True),
        ("réunirait", "réunir", True),
        ("prendrait", "prendre", True),
        ("mettraient", "mettre", True),
        ("montrerait", "montrer", True),
        # an imperfect is not, even in -irait: "tirer", "attirer"
        ("tirait", "tirer", False),
        ("attiraient", "attirer", False),
        ("investissait", "investir", False),
        ("prenait", "prendre", False),
        ("montrait", "montrer", False),
        # a stem that changes its accent is read by its ending (hedges.yaml conditional_suffixes), not here
        ("rachèterait", "racheter", False),
    ],
)
def test_the_conditional_is_built_on_the_infinitive(word, lemma, conditional):
    assert conditional_of(word, lemma) is conditional


@pytest.mark.parametrize(
    "word,lemma,future",
    [
        ("permettra", "permettre", True),
        ("investiront", "investir", True),
        ("portera", "porter", True),
        # the past simple and the present are not
        ("porta", "porter", False),
        ("permet", "permettre", False),
        ("investit", "investir", False),
    ],
)
def test_the_future_is_built_on_the_infinitive(word, lemma, future):
    assert future_of(word, lemma) is future
