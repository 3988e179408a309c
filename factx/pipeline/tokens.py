"""The doc's token strings as plain lists, built once per doc from one array read.

Every ``doc[i]`` or ``for t in doc`` makes a new Token object; loops that only need the words (trigger
lookup, cue search) read these lists instead.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS, SPACY
from spacy.tokens import Doc


@dataclass(frozen=True)
class TokenStrings:
    text: list[str]
    space: list[str]  # each token's trailing whitespace_, " " or ""
    lower: list[str]
    lemma: list[str]
    pos: list[int]  # spacy.symbols ids (VERB, NOUN...)
    dep: list[str]  # dependency labels ("nsubj", "obj"...; "" when unparsed)
    head: list[int]  # each token's head index (its own index for a root or when unparsed)


# Weak keys and plain strings as values (nothing holding the doc): gone with the doc.
_CACHE: weakref.WeakKeyDictionary[Doc, TokenStrings] = weakref.WeakKeyDictionary()


def token_strings(doc: Doc) -> TokenStrings:
    found = _CACHE.get(doc)
    if found is None or len(found.lower) != len(doc):
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, SPACY, LOWER, LEMMA, POS, DEP, HEAD]).tolist() if len(doc) else []
        found = _CACHE[doc] = TokenStrings(
            [strings[r[0]] for r in rows],
            [" " if r[1] else "" for r in rows],
            [strings[r[2]] for r in rows],
            [strings[r[3]] for r in rows],
            [r[4] for r in rows],
            [strings[r[5]] if r[5] else "" for r in rows],
            # HEAD is stored as an offset (unsigned in the array: wrap it back)
            [i + (r[6] if r[6] < 2**63 else r[6] - 2**64) for i, r in enumerate(rows)],
        )
    return found
