"""Verb forms read from a word and its lemma, where the tagger's tense is wrong: the conditional and the future
of regular verbs are built on the infinitive ("investirait", "permettra"), which the tagger often reads as an
imperfect or a present."""

from __future__ import annotations

from spacy.tokens import Token


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


def clause_tense(verb: Token) -> str:
    """ "past", "present", "future" or "conditional": the time a finite clause tells, from its verb or its
    auxiliary ("a permis" and "permettait" are past; a modal tells the mood it is in)."""
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    finite = auxes[0] if auxes else verb
    mood, tense = finite.morph.get("Mood"), finite.morph.get("Tense")
    word, lemma = finite.lower_, finite.lemma_.lower()
    if "Cnd" in mood or conditional_of(word, lemma):
        return "conditional"
    if "Fut" in tense or future_of(word, lemma):
        return "future"
    if "Imp" in tense or "Past" in tense or auxes and "Part" in verb.morph.get("VerbForm"):
        return "past"
    return "present"
