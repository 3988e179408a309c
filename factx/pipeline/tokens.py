"""The doc's token strings and flags as plain lists, built once per doc from one array read.

Every ``doc[i]`` or ``for t in doc`` makes a new Token object; loops that only need the words, the tags or
the lexical flags (trigger lookup, cue search, span cleaning) read these lists instead.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np
from spacy.attrs import (
    DEP,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_QUOTE,
    IS_SPACE,
    IS_STOP,
    LEMMA,
    LIKE_NUM,
    LOWER,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    SPACY,
)
from spacy.tokens import Doc

_FLAGS = [IS_PUNCT, IS_SPACE, IS_QUOTE, IS_ALPHA, LIKE_NUM, IS_STOP]
_ATTRS = [ORTH, SPACY, LOWER, LEMMA, POS, DEP, HEAD, MORPH, SENT_START, IDX, *_FLAGS]


@dataclass(frozen=True)
class TokenStrings:
    text: list[str]
    space: list[str]  # each token's trailing whitespace_, " " or ""
    lower: list[str]
    lemma: list[str]
    pos: list[int]  # spacy.symbols ids (VERB, NOUN...)
    dep: list[str]  # dependency labels ("nsubj", "obj"...; "" when unparsed)
    head: list[int]  # each token's head index (its own index for a root or when unparsed)
    morph: list[str]  # UD FEATS string ("Tense=Past|VerbForm=Part"; "" or "_" for none)
    sent_start: list[bool]  # token.is_sent_start is True
    sents_marked: bool  # doc.has_annotation("SENT_START")
    idx: list[int]  # each token's character offset in ``doc_text``
    doc_text: str  # doc.text
    is_punct: list[bool]
    is_space: list[bool]
    is_quote: list[bool]
    is_alpha: list[bool]
    like_num: list[bool]
    is_stop: list[bool]

    @cached_property
    def norm(self) -> list[str]:
        """Each token's text lowercased, curly apostrophe straightened (``syntax.norm`` of it)."""
        return mapped(self.text, _norm, _NORMS)

    @cached_property
    def lower_norm(self) -> list[str]:
        """``syntax.norm`` of each token's lowercase form."""
        return mapped(self.lower, _norm, _NORMS)

    @cached_property
    def lower_apos(self) -> list[str]:
        """Each token's lowercase form, curly apostrophe straightened."""
        return mapped(self.lower, _apos, _APOS)

    @cached_property
    def lemma_lower(self) -> list[str]:
        """Each token's lemma lowercased."""
        return mapped(self.lemma, str.lower, _LOWERS)

    @cached_property
    def _feats(self) -> list[dict[str, tuple[str, ...]]]:
        return list(map(_feats, self.morph))

    @cached_property
    def children(self) -> list[list[int]]:
        """Each token's dependents in order, as ``token.children`` gives them."""
        out: list[list[int]] = [[] for _ in self.head]
        for i, h in enumerate(self.head):
            if h != i:
                out[h].append(i)
        return out

    @cached_property
    def _left_edges(self) -> dict[int, int]:
        return {}

    def left_edge(self, doc: Doc, i: int) -> int:
        """``doc[i].left_edge.i``, read from the doc once per token."""
        found = self._left_edges.get(i)
        if found is None:
            found = self._left_edges[i] = doc[i].left_edge.i
        return found

    def feat(self, i: int, field: str) -> tuple[str, ...]:
        """Token ``i``'s values of a morphological feature, as ``token.morph.get(field)`` gives them."""
        return self._feats[i].get(field, ())

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` without making the Span and its Tokens."""
        if start >= end:
            return ""
        return self.doc_text[self.idx[start] : self.idx[end - 1] + len(self.text[end - 1])]


@lru_cache(maxsize=4096)
def _feats(morph: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    if morph and morph != "_":
        for feature in morph.split("|"):
            field, _, values = feature.partition("=")
            out[field] = tuple(values.split(","))
    return out


# Weak keys and plain strings as values (nothing holding the doc): gone with the doc.
_CACHE: weakref.WeakKeyDictionary[Doc, TokenStrings] = weakref.WeakKeyDictionary()
# hash -> string: a StringStore hash is the same for every vocab (a hash of the string), and a dict lookup is
# three times faster than the StringStore's; bounded, as articles bring new words
_STRINGS: dict[int, str] = {}
_STRINGS_MAX = 100_000
_COLS = {attr: k for k, attr in enumerate(_ATTRS)}


def _strings(doc: Doc, col: list[int]) -> list[str]:
    out = list(map(_STRINGS.get, col))
    if None in out:
        if len(_STRINGS) > _STRINGS_MAX:
            _STRINGS.clear()
        store = doc.vocab.strings
        for k, x in enumerate(col):
            if out[k] is None:
                out[k] = _STRINGS[x] = store[x] if x else ""
    return out


_NORMS: dict[str, str] = {}
_APOS: dict[str, str] = {}
_LOWERS: dict[str, str] = {}


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _apos(word: str) -> str:
    return word.replace("’", "'")


def mapped(words: list[str], fn: Callable[[str], str], memo: dict[str, str]) -> list[str]:
    """``fn`` of each word, the words met before remembered in ``memo`` (bounded)."""
    out = list(map(memo.get, words))
    if None in out:
        if len(memo) > _STRINGS_MAX:
            memo.clear()
        for k, x in enumerate(words):
            if out[k] is None:
                out[k] = memo[x] = fn(x)
    return out


# the doc asked last and its lists: most calls ask about the doc of the previous one (a weak reference: a
# dead doc is never matched, and nothing here keeps a doc alive)
_LAST: tuple[weakref.ref[Doc] | None, TokenStrings | None] = (None, None)


def token_strings(doc: Doc) -> TokenStrings:
    global _LAST
    ref, last = _LAST
    if ref is not None and ref() is doc and len(last.lower) == len(doc):
        return last
    found = _CACHE.get(doc)
    if found is None or len(found.lower) != len(doc):
        found = _CACHE[doc] = _read(doc)
    _LAST = (weakref.ref(doc), found)
    return found


@dataclass(frozen=True)
class Lexical:
    """The lists a component before the parser may read (what the tokenizer alone gives), not cached."""

    text: list[str]
    space: list[str]
    is_space: list[bool]
    is_punct: list[bool]
    like_num: list[bool]


_LEXICAL = [ORTH, SPACY, IS_SPACE, IS_PUNCT, LIKE_NUM]


def lexical_tokens(doc: Doc) -> Lexical:
    arr = doc.to_array(_LEXICAL).reshape((len(doc), len(_LEXICAL)))
    return Lexical(
        text=_strings(doc, arr[:, 0].tolist()),
        space=list(map(("", " ").__getitem__, arr[:, 1].tolist())),
        is_space=(arr[:, 2] != 0).tolist(),
        is_punct=(arr[:, 3] != 0).tolist(),
        like_num=(arr[:, 4] != 0).tolist(),
    )


def _read(doc: Doc) -> TokenStrings:
    n = len(doc)
    arr = doc.to_array(_ATTRS).reshape((n, len(_ATTRS)))
    col = lambda attr: arr[:, _COLS[attr]]  # noqa: E731
    text = _strings(doc, col(ORTH).tolist())
    space = list(map(("", " ").__getitem__, col(SPACY).tolist()))
    return TokenStrings(
        text=text,
        space=space,
        lower=_strings(doc, col(LOWER).tolist()),
        lemma=_strings(doc, col(LEMMA).tolist()),
        pos=col(POS).tolist(),
        dep=_strings(doc, col(DEP).tolist()),
        # HEAD is stored as an offset, SENT_START as 1, -1 or 0 for unknown (both signed)
        head=(col(HEAD).view(np.int64) + np.arange(n)).tolist(),
        morph=_strings(doc, col(MORPH).tolist()),
        sent_start=(col(SENT_START).view(np.int64) > 0).tolist(),
        sents_marked=doc.has_annotation("SENT_START"),
        idx=col(IDX).tolist(),
        doc_text="".join([t + s for t, s in zip(text, space, strict=True)]),
        is_punct=(col(IS_PUNCT) != 0).tolist(),
        is_space=(col(IS_SPACE) != 0).tolist(),
        is_quote=(col(IS_QUOTE) != 0).tolist(),
        is_alpha=(col(IS_ALPHA) != 0).tolist(),
        like_num=(col(LIKE_NUM) != 0).tolist(),
        is_stop=(col(IS_STOP) != 0).tolist(),
    )


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the cached strings (``doc.text`` makes a Token object per word)."""
    return token_strings(doc).doc_text


def starts_at(w: list[str], i: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    """One of ``phrases`` is written from word ``i`` on ("supplémentaires", "françaises" after a figure)."""
    return any(tuple(w[i : i + len(c)]) == c for c in phrases)


def ends_at(w: list[str], i: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    """One of ``phrases`` ends right before word ``i`` ("une rallonge de", "auprès de" before a name)."""
    return any(i >= len(c) and tuple(w[i - len(c) : i]) == c for c in phrases)
