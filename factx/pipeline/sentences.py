"""The one notion of a sentence every factx component uses: cut at a final stop or a line break.

The parser both splits where there is no stop ("Ubisoft | serait valorisé") and runs several sentences
together; a claim must see its whole sentence and nothing more, and the mentions component must mean the
same sentence by "the previous sentence".
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc, Span

MAX_SENTENCE_TOKENS = 200  # real sentences stay far below; a list or table flattened to one line is sliced

_CACHE: weakref.WeakKeyDictionary[Doc, list[tuple[int, int]]] = weakref.WeakKeyDictionary()


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token bounds of the doc's sentences, computed once per doc."""
    found = _CACHE.get(doc)
    if found is None or (found and found[-1][1] > len(doc)):
        found = _CACHE[doc] = _bounds(doc)
    return found


def sentences(doc: Doc) -> list[Span]:
    return [doc[a:b] for a, b in sentence_bounds(doc)]


def _bounds(doc: Doc) -> list[tuple[int, int]]:
    if not len(doc):
        return []
    if not doc.has_annotation("DEP") and not doc.has_annotation("SENT_START"):
        return [(0, len(doc))]
    cuts = {0, len(doc)}
    toks = list(doc)  # one Token object per word (doc[i] makes a new one per call)
    for tok, nxt in zip(toks, toks[1:], strict=False):
        stop = tok.text in (".", "!", "?", "…") or tok.is_space and "\n" in tok.text
        if stop and (nxt.is_space or nxt.text[0].isupper() or nxt.is_punct or nxt.like_num):
            cuts.add(tok.i + 1)
        elif "\n" in tok.whitespace_:
            cuts.add(tok.i + 1)
    bounds = sorted(cuts)
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        # Role search is linear in the sentence per figure: one huge "sentence" would make the article quadratic.
        for start in range(a, b, MAX_SENTENCE_TOKENS):
            end = min(b, start + MAX_SENTENCE_TOKENS)
            if any(not t.is_space for t in toks[start:end]):
                out.append((start, end))
    return out


def sentence_index(doc: Doc) -> list[int]:
    """For each token, the position of its sentence in :func:`sentence_bounds` (-1 for blank runs)."""
    out = [-1] * len(doc)
    for k, (a, b) in enumerate(sentence_bounds(doc)):
        for i in range(a, b):
            out[i] = k
    return out
