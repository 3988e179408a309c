"""spaCy component ``factx_amounts``: money, percentages, points and counts in ``doc.spans["factx_amounts"]``.

The text finder (``factx.normalize.amounts.find_amounts``) runs once on ``doc.text``; this component maps its
character spans to tokens and turns its unitless numbers into counts when a noun follows, directly or through
"de"/"d'" ("10.000 employés", "2 millions de personnes"): the unit is the noun's lemma. Without a tagger (a
blank pipeline) any alphabetic non-stop-word stands for the noun and its lowercased text for the lemma.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from factx.normalize.amounts import FoundAmount, find_amounts, grammar
from factx.normalize.numbers import magnitude_words

from . import extensions
from .extensions import AMOUNTS
from .tokens import doc_text

_LINKS = {"de", "d'", "d’", "des", "du"}


def _set_determiners() -> frozenset[str]:
    """Possessive and demonstrative determiners (grammar.yaml): "65 de ses magasins", "deux de ces sites"."""
    from .lexicon import grammar as words

    g = words()
    return frozenset(g.possessive) | g.demonstrative


def _has_tags(doc: Doc) -> bool:
    return doc.has_annotation("POS") or doc.has_annotation("TAG")


def _is_noun(tok: Token, tagged: bool) -> bool:
    if tagged:
        return tok.pos_ == "NOUN"
    return tok.is_alpha and not tok.is_stop and len(tok.text) > 1


def _lemma(tok: Token, tagged: bool) -> str:
    return (tok.lemma_ if tagged and tok.lemma_ else tok.text).lower()


class AmountFinder:
    """Writes ``doc.spans[AMOUNTS]`` with ``span._.factx_amount`` = {kind, value, low, high, unit, approx}."""

    def __init__(self, name: str = "factx_amounts", counts: bool = True) -> None:
        self.name = name
        self.counts = counts

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        tagged = _has_tags(doc)
        for found in find_amounts(doc_text(doc)):
            if found.kind == "number":
                if not self.counts:
                    continue
                span, fields = self._count(doc, found, tagged)
                if span is None and spans:
                    span, fields = _elided(doc, found, spans[-1])
                if span is None and tagged:
                    span, fields = _named_after(doc, found)
            else:
                span, fields = doc.char_span(found.start, found.end, alignment_mode="expand"), found.fields()
                if span is not None and found.kind == "money":
                    span = _with_its_unit(doc, span)
            if span is None or (spans and span.start < spans[-1].end):
                continue
            span._.factx_amount = fields
            spans.append(span)
        doc.spans[AMOUNTS] = spans
        return doc

    def _count(self, doc: Doc, found: FoundAmount, tagged: bool) -> tuple[Span | None, dict[str, Any]]:
        span = doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is None:
            return None, {}
        fields = found.fields()
        if found.context_unit:
            # "ventes de 117,2 milliards": the currency of the sentence, unless a counted noun follows
            fields.update(kind="money", unit=found.context_unit)
        none = (span, fields) if found.context_unit else (None, {})
        i = span.end
        if i < len(doc) and doc[i].lower_ in _LINKS:
            i += 1
            if i + 1 < len(doc) and doc[i].lower_ in _set_determiners():
                i += 1  # "65 de ses magasins": a part of a set the text names
            elif i + 1 < len(doc) and doc[i].like_num and not found.yearlike:
                # "271 des 1 080 salariés": a part of the whole the next count counts, of its noun
                j = i
                while j < len(doc) and (doc[j].like_num or doc[j].is_space):
                    j += 1
                if j < len(doc) and _is_noun(doc[j], tagged):
                    fields.update(kind="count", unit=_lemma(doc[j], tagged))
                    return span, fields
                return none
        if found.yearlike and i != span.end:
            return none  # "2019 de ..." is a year
        if i < len(doc) and doc[i].pos_ == "ADJ" and i + 1 < len(doc) and _is_noun(doc[i + 1], tagged):
            i += 1  # "10.000 nouveaux emplois"
        if i >= len(doc) or not _is_noun(doc[i], tagged):
            return none
        noun = doc[i]
        unit = _lemma(noun, tagged)
        g = grammar()
        if found.scaled and (unit in g.money_nouns or noun.lower_ in g.money_nouns):
            # "1,5 milliard de revenus", "2 milliards de pertes": a sum of money, in the article's currency
            # when it has one
            fields.update(kind="money", unit=found.context_unit)
            return span, fields
        end = i + 1
        for n in (3, 2):  # a compound counted noun ("points de vente") is one unit
            phrase = " ".join(_lemma(t, tagged) for t in doc[i : min(len(doc), i + n)])
            if phrase in g.counted_in_words:
                unit, end = phrase, i + n
                break
        if end == i + 1 and (unit in g.not_counted or noun.lower_ in g.not_counted):
            return none
        if found.worded and unit not in g.counted_in_words:
            return none  # "deux sociétés"
        fields.update(kind="count", unit=unit)
        return doc[span.start : end], fields

    # Nothing learned, but spaCy serialises every component: keep the settings.
    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        import srsly

        return srsly.msgpack_dumps({"counts": self.counts})

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> AmountFinder:
        import srsly

        self.counts = srsly.msgpack_loads(data).get("counts", True)
        return self

    def to_disk(self, path: Any, *, exclude: tuple[str, ...] = ()) -> None:
        from pathlib import Path

        Path(path).mkdir(parents=True, exist_ok=True)
        (Path(path) / "cfg.msgpack").write_bytes(self.to_bytes())

    def from_disk(self, path: Any, *, exclude: tuple[str, ...] = ()) -> AmountFinder:
        from pathlib import Path

        return self.from_bytes((Path(path) / "cfg.msgpack").read_bytes())


def _with_its_unit(doc: Doc, span: Span) -> Span:
    """ "18 euros par action", "entre 100 et 200 euros par mois": the unit a price is given per (figures.yaml
    ``per_unit``) is part of the amount, as a reader quotes it."""
    from .figures import per_unit_phrase_at

    n = per_unit_phrase_at(doc, span.end)
    return doc[span.start : span.end + n] if n else span


def _elided(doc: Doc, found: FoundAmount, before: Span) -> tuple[Span | None, dict[str, Any]]:
    """A bare number right after a count that counts the same thing, its noun left out: a part a part cue
    introduces ("15.000 suppressions d'emplois dans le monde dont 4.600 en France": figures.yaml ``part_cues``),
    or the whole a whole cue does ("300 postes sur les 1 450 que compte l'entreprise", "trois sites sur les
    onze": ``whole_cues``; not "sur les 3 prochaines années", a number of its own noun)."""
    from .figures import PART_REACH, whole_cue
    from .lexicon import figures
    from .syntax import norm

    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    fields = before._.factx_amount or {}
    if span is None or found.yearlike or fields.get("kind") != "count" or not 0 < span.start - before.end:
        return None, {}
    between = tuple(norm(t.text) for t in doc[before.end : span.start])
    cues = figures().part_cues
    part = (
        span.start - before.end <= PART_REACH
        and not found.worded  # "dont deux tiers en France": a fraction, not two of them
        and any(between[-len(c) :] == c for c in cues if len(c) <= len(between))
    )
    bare = span.end >= len(doc) or doc[span.end].pos_ not in ("NOUN", "ADJ", "NUM", "PROPN")
    whole = not part and whole_cue(doc, before.end, span.start) and bare
    if not (
        part
        or whole
        or bare
        and (
            _after_its_whole(doc, before, between)
            or _counted_again(doc, span, between)
            or _listed_alike(doc, before, span)
        )
    ):
        return None, {}
    out = found.fields()
    out.update(kind="count", unit=fields.get("unit"))
    return span, out


# words at most between a count and a bare number that counts its noun again
_ELIDED_REACH = 12


def _after_its_whole(doc: Doc, whole: Span, between: tuple[str, ...]) -> bool:
    """ "Sur les 1 100 salariés, 800 devraient partir": a count a whole opener introduces (figures.yaml
    ``whole_openers``), then the comma that closes its phrase right before the number."""
    from .lexicon import figures
    from .syntax import norm

    if not between or between[-1] != "," or len(between) > 8 or "," in between[:-1]:
        return False
    lead = tuple(norm(t.text) for t in doc[max(0, whole.start - 3) : whole.start])
    return any(lead[-len(o) :] == o for o in figures().whole_openers if len(o) <= len(lead))


def _counted_again(doc: Doc, span: Span, between: tuple[str, ...]) -> bool:
    """ "122 postes, quand la CGT en dénombre plus de 170": the clitic "en" of a counting verb right before
    the number (figures.yaml ``elided_counting_verbs``) stands for the count's noun."""
    from .lexicon import figures

    if len(between) > _ELIDED_REACH or len(between) < 2 or between[-2] != "en":
        return False
    verb = doc[span.start - 1]  # (its lemma, from the tagger)
    verbs = figures().elided_counting_verbs
    return verb.lemma_.lower() in verbs or verb.lower_ in verbs


# words at most between a count and the next one in a list of counts, each told where ("en France")
_LISTED_REACH = 8


def _listed_alike(doc: Doc, before: Span, span: Span) -> bool:
    """ "5 000 postes en France, 5 100 en Allemagne et 900 en Espagne": in a list of counts each told where or
    when (figures.yaml ``listed_place_preps``), a bare number told so too counts the noun of the count before it
    (itself a count or one such number). The first count's verb may come before its phrase; years may be in the
    phrase ("200 postes en 2025, 300 en 2026"), no other number, verb, clause or sentence end. Not after a
    count with a scale word ("30 millions de passagers en 2023, 25 en 2022": 25 millions, not 25)."""
    from .lexicon import figures, grammar

    preps = figures().listed_place_preps
    relatives = grammar().relative
    gap = doc[before.end : span.start]
    if not 2 <= len(gap) <= _LISTED_REACH or span.end + 1 >= len(doc):
        return False
    nxt = doc[span.end]
    if not _told_where(doc, span.end, preps) or nxt.lower_ == "à" and doc[span.end + 1].like_num:
        return False  # "2 à 3 par mois": a range
    scales = magnitude_words()
    if any(t.text in scales or t.lower_ in scales for t in before):
        return False
    lead = 0  # "3 500 postes seront supprimés à Toulouse, 2 398 à la production": the count's verb first
    while lead < len(gap) - 2 and gap[lead].pos_ in ("AUX", "VERB"):
        lead += 1
    gap = gap[lead:]
    if gap[0].pos_ != "ADP" or not (
        gap[-1].text == "," or gap[-1].lower_ == "et" and gap[-1].pos_ == "CCONJ"
    ):
        return False
    for tok in gap[1:-1]:
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":", "(", ")", ".", "!", "?", "…"):
            return False
        if tok.lower_ in relatives:
            return False  # "..., dont 300 en France": a relative clause, no list
        if tok.like_num and not (len(tok.text) == 4 and tok.text.isdigit() and 1800 < int(tok.text) < 2200):
            return False
    return True


def _told_where(doc: Doc, i: int, preps: frozenset[str]) -> bool:
    """Token ``i`` opens a phrase of place or time: one of ``preps``, or "de" before a name ("300 employés de
    Vannes et 963 de Cholet"; not "500 de moins")."""
    from .lexicon import grammar

    word = doc[i].lower_.replace("’", "'")
    if word in preps:
        return True
    return word in grammar().prep_forms("de") and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"


def _named_after(doc: Doc, found: FoundAmount) -> tuple[Span | None, dict[str, Any]]:
    """ "Force ouvrière estime à 1 500 le nombre d'emplois menacés": a bare number the words after it name
    (figures.yaml ``count_namers``) counts the noun they name."""
    from .lexicon import figures
    from .syntax import norm

    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or found.yearlike or found.worded:
        return None, {}
    for namer in figures().count_namers:
        end = span.end + len(namer)
        if end < len(doc) and tuple(norm(t.text) for t in doc[span.end : end]) == namer:
            noun = doc[end]
            if noun.pos_ == "NOUN":
                out = found.fields()
                out.update(kind="count", unit=noun.lemma_.lower())
                return span, out
    return None, {}


def make_amounts(nlp: Language, name: str, counts: bool) -> AmountFinder:
    """Factory maker (also the ``spacy_factories`` entry point)."""
    extensions.register()
    grammar()  # compile the finder now, not on the first document
    return AmountFinder(name, counts=counts)


Language.factory(
    "factx_amounts",
    assigns=["doc.spans"],
    default_config={"counts": True},
    func=make_amounts,
)
