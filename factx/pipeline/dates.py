"""spaCy component: French dates as ``doc.spans["factx_dates"]`` with ``span._.factx_date``.

The finder works on the plain text (``factx.normalize.dates``); this component maps its character spans to
tokens, resolves relative dates against ``doc._.factx_pub_date`` and leaves out anything overlapping an
amount already found ("10 000 euros" is an amount, not a year).
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..normalize.dates import find_dates, vocab
from . import extensions
from .extensions import AMOUNTS, DATES
from .lexicon import fold
from .syntax import clause_head
from .tokens import doc_text
from .verb_forms import clause_tense


class DateFinder:
    """Writes doc.spans[DATES]; needs no model, so it also runs in ``spacy.blank("fr")``."""

    def __call__(self, doc: Doc) -> Doc:
        # amounts are disjoint and in order: the only one that can overlap [start, end) is the last one
        # starting before end (one bisection, where a scan made thousands of dates quadratic)
        taken = [(s.start_char, s.end_char) for s in doc.spans[AMOUNTS]] if AMOUNTS in doc.spans else []
        taken_starts = [a for a, _ in taken]
        spans: list[Span] = []
        kept: list[tuple[int, int]] = []  # token ranges of the spans, sorted by start
        for found in find_dates(doc_text(doc), doc._.factx_pub_date):
            k = bisect_left(taken_starts, found.end) - 1
            if k >= 0 and taken[k][1] > found.start:
                continue
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None:
                continue
            j = bisect_left(kept, (span.end, -1)) - 1
            if j >= 0 and kept[j][1] > span.start:
                continue
            kept.insert(j + 1, (span.start, span.end))
            value = found.to_dict()
            told = _past_if_told(span, value, doc._.factx_pub_date)
            span._.factx_date = (
                told if told is not value else _next_if_ahead(span, value, doc._.factx_pub_date)
            )
            spans.append(span)
        doc.spans[DATES] = spans
        return doc

    # Nothing learned or configured to save: no-op serialisation keeps nlp.to_disk() working (spacy-stanza's habit).
    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> DateFinder:
        return self

    def to_disk(self, path: object, *, exclude: tuple[str, ...] = ()) -> None:
        return None

    def from_disk(self, path: object, *, exclude: tuple[str, ...] = ()) -> DateFinder:
        return self


def _past_if_told(span: Span, value: dict, pub: str | None) -> dict:
    """ "Le 26 juillet, Stellantis a publié...", in an article of June 2024: a day or month written without
    its year that the verb tells in the past is the last one before the article, not the next one."""
    v = value.get("value")
    if not _year_guessed(span, value, pub) or v[: len(pub)] <= pub[: len(v)]:
        return value
    # the verb the date itself hangs under ("le 19 septembre" of "une journée de mobilisation le 19 septembre"
    # dates the noun, whatever tense the sentence is in)
    verb = span.root.head
    if verb.pos_ == "NUM" or verb.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in verb.children):
        # "a annoncé racheter iRobot pour 1,7 milliard en août": a figure's date is its clause's
        verb = verb.head
    elif verb.pos_ in ("NOUN", "PROPN") and _months_ahead(v, pub) >= FAR_AHEAD_MONTHS:
        # "placée en redressement judiciaire en novembre", in a March article: a date a noun holds dates that noun
        # ("une journée de mobilisation le 19 septembre" is to come), but one a season or more ahead of the
        # article, in a clause told in the past, is last year's
        verb = clause_head(verb, span.sent.start, span.sent.end)
    # (a participle the tagger took for an adjective keeps its auxiliary: "la facture s'est élevée à ...")
    participle = verb.pos_ == "ADJ" and any(c.dep_ == "aux:tense" for c in verb.children)
    if verb.pos_ not in ("VERB", "AUX") and not participle or v[5:10] == "02-29":
        return value
    tense = verb.morph.get("Tense")
    if "Fin" in verb.morph.get("VerbForm"):
        past = "Past" in tense or "Imp" in tense  # passé simple, imparfait
    else:  # a participle is past with its auxiliary ("a publié") or describing a noun ("l'opération approuvée
        # en décembre", "Annoncée fin octobre, la fusion..."), not in a passive ("pourrait être annoncé")
        past = any(c.dep_ == "aux:tense" for c in verb.children) or (
            "Past" in tense
            and verb.dep_ in ("acl", "advcl", "amod")
            and not any(c.dep_.startswith("aux") for c in verb.children)
        )
    if past and verb.lemma_.lower() in vocab().sets["expected_participles"]:
        past = not _expected(verb)
    if not past:
        return value
    # ("jeudi 19 mars" is the Thursday of this year's March, not last year's Wednesday)
    return _shift_year(span, value, -1)


# How far ahead of the article (in months) a date a noun holds, in a clause told in the past, is last year's.
FAR_AHEAD_MONTHS = 3


def _months_ahead(value: str, pub: str) -> int:
    """Months from the article's month to the date's (0 when either has no month)."""
    if len(value) < 7 or len(pub) < 7 or not (value[:4] + value[5:7] + pub[:4] + pub[5:7]).isdigit():
        return 0
    return (int(value[:4]) - int(pub[:4])) * 12 + int(value[5:7]) - int(pub[5:7])


def _expected(verb) -> bool:
    """A participle of planning (dates.yaml ``expected_participles``) that tells what is to come: "est attendu le
    3 février" (a present être, no avoir: "avait été fixée au 3 février" is past), "une journée prévue en juin"
    (with no auxiliary)."""
    if verb.lemma_.lower() not in vocab().sets["expected_participles"]:
        return False
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    if any(c.lemma_ == "avoir" for c in auxes):
        return False
    return not auxes or any(c.lemma_ == "être" and set(c.morph.get("Tense")) & {"Pres", "Fut"} for c in auxes)


def _told_ahead(verb) -> bool:
    """The clause of ``verb`` tells what is to come: a future or a conditional ("démarrera", "devrait être
    finalisé", "pourrait intervenir": through the verbs an infinitive or participle hangs on), or a planning
    participle (:func:`_expected`)."""
    if _expected(verb):
        return True
    for _ in range(3):
        if clause_tense(verb) in ("future", "conditional"):
            return True
        if "Fin" in verb.morph.get("VerbForm") or verb.dep_ not in ("xcomp", "ccomp") or verb.head is verb:
            return False
        verb = verb.head  # "devrait être finalisé": the modal the participle hangs on
    return False


def _next_if_ahead(span: Span, value: dict, pub: str | None) -> dict:
    """ "L'audience est fixée au 14 janvier", "le rachat devrait être finalisé début janvier", in an article of
    December 2024: a day or month written with its month name and without its year, taken in the article's year
    before the article, that the verb tells to come, is the next one."""
    v = value.get("value")
    if (
        not _year_guessed(span, value, pub)
        or v[: len(pub)] >= pub[: len(v)]
        or not any(fold(t.text).rstrip(".") in vocab().months for t in span)
        or span.start > 0
        and fold(span.doc[span.start - 1].text) in vocab().sets["since_words"]
    ):
        return value
    verb = span.root.head
    if verb.pos_ not in ("VERB", "AUX", "ADJ") or v[5:10] == "02-29" or not _told_ahead(verb):
        return value
    return _shift_year(span, value, 1)


def _year_guessed(span: Span, value: dict, pub: str | None) -> bool:
    """A day or month the article wrote without its year, given the article's year, in a parsed text: a date
    its verb's tense may move to the year before or after."""
    return (
        bool(pub)
        and isinstance(value.get("value"), str)
        and bool(value.get("relative"))
        and value.get("grain") in ("day", "month")
        and not any(t.text.isdigit() and len(t.text) == 4 for t in span)
        and span.doc.has_annotation("DEP")
    )


def _shift_year(span: Span, value: dict, years: int) -> dict:
    """``value`` moved by ``years``, unless a weekday the date names is not that year's date's."""
    v = value["value"]
    shifted = f"{int(v[:4]) + years:04d}{v[4:]}"
    weekdays = vocab().weekdays
    named = [weekdays[w] for t in span if (w := fold(t.text).rstrip(".")) in weekdays]
    if named and len(shifted) == 10 and date.fromisoformat(shifted).weekday() != named[0]:
        return value
    return {**value, "value": shifted}


def make_dates(nlp: Language, name: str) -> DateFinder:
    extensions.register()
    return DateFinder()


Language.factory("factx_dates", assigns=["doc.spans"])(make_dates)
