"""Verb forms read from a word and its lemma, where the tagger's tense is wrong: the conditional and the future
of regular verbs are built on the infinitive ("investirait", "permettra"), which the tagger often reads as an
imperfect or a present."""

from __future__ import annotations


def _stem(lemma: str) -> str | None:
    """The stem the future and the conditional are built on: the infinitive, without the "e" of "-re"."""
    if lemma.endswith(("er", "ir")):
        return lemma
    if lemma.endswith("re"):
        return lemma[:-1]
    return None


def conditional_of(word: str, lemma: str) -> bool:
    """ "investirait", "offriraient", "prendrait", "montrerait" (not the imperfects "tirait", "montrait")."""
    stem = _stem(lemma)
    return stem is not None and word in (stem + "ait", stem + "aient")


def future_of(word: str, lemma: str) -> bool:
    """ "permettra", "investiront", "portera" (not the past "porta")."""
    stem = _stem(lemma)
    return stem is not None and word in (stem + "a", stem + "ont")
