"""Custom attributes factx's components read and write, registered once and guarded (spaCy's habit)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

# Span groups each component writes (doc.spans[NAME]); never doc.ents, which belongs to the model.
ENTITIES = "factx_entities"
AMOUNTS = "factx_amounts"
DATES = "factx_dates"
MENTIONS = "factx_mentions"


def register() -> None:
    # Publication date of the article (ISO 8601 string at its grain, or None): set before the pipeline runs,
    # read by the dates component to resolve "lundi", "l'an dernier".
    if not Doc.has_extension("factx_pub_date"):
        Doc.set_extension("factx_pub_date", default=None)
    # Problems met while reading the doc that cost part of it (a sentence the claims stage could not read):
    # one line each, reported in the document's "warnings".
    if not Doc.has_extension("factx_warnings"):
        Doc.set_extension("factx_warnings", default=None)
    # Claims found in the doc: list of contract claim dicts (factx/document/1 "claim").
    if not Doc.has_extension("factx_claims"):
        Doc.set_extension("factx_claims", default=None)
    # Normalised amount {kind, value, low, high, unit, approx} on spans of doc.spans[AMOUNTS].
    if not Span.has_extension("factx_amount"):
        Span.set_extension("factx_amount", default=None)
    # Normalised date {value, grain, relative} on spans of doc.spans[DATES].
    if not Span.has_extension("factx_date"):
        Span.set_extension("factx_date", default=None)
    # What a span of doc.spans[MENTIONS] stands for: {text, canonical, label, how, outlet}.
    if not Span.has_extension("factx_mention"):
        Span.set_extension("factx_mention", default=None)
    # The article's entities, most salient first: [{canonical, label, score}].
    if not Doc.has_extension("factx_salience"):
        Doc.set_extension("factx_salience", default=None)
    # Canonical name of an entity span of doc.spans[ENTITIES].
    if not Span.has_extension("factx_canonical"):
        Span.set_extension("factx_canonical", default=None)


register()
