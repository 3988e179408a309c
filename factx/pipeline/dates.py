"""spaCy component: French dates as ``doc.spans["factx_dates"]`` with ``span._.factx_date``.

The finder works on the plain text (``factx.normalize.dates``); this component maps its character spans to
tokens, resolves relative dates against ``doc._.factx_pub_date`` and leaves out anything overlapping an
amount already found ("10 000 euros" is an amount, not a year).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..normalize.dates import find_dates
from . import extensions
from .extensions import AMOUNTS, DATES


class DateFinder:
    """Writes doc.spans[DATES]; needs no model, so it also runs in ``spacy.blank("fr")``."""

    def __call__(self, doc: Doc) -> Doc:
        taken = [(s.start_char, s.end_char) for s in doc.spans[AMOUNTS]] if AMOUNTS in doc.spans else []
        spans: list[Span] = []
        for found in find_dates(doc.text, doc._.factx_pub_date):
            if any(found.start < e and s < found.end for s, e in taken):
                continue
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None or any(span.start < s.end and s.start < span.end for s in spans):
                continue
            span._.factx_date = found.to_dict()
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


def make_dates(nlp: Language, name: str) -> DateFinder:
    extensions.register()
    return DateFinder()


Language.factory("factx_dates", assigns=["doc.spans"])(make_dates)
