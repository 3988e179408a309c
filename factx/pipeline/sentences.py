"""The one notion of a sentence every factx component uses: cut at a final stop or a line break.

The parser both splits where there is no stop ("Ubisoft | serait valorisé") and runs several sentences
together; a claim must see its whole sentence and nothing more, and the mentions component must mean the
same sentence by "the previous sentence".
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .tokens import Lexical, TokenStrings, lexical_tokens, token_strings

_STOPS = (".", "!", "?", "…")
_CLOSERS = frozenset({")", "]", "»", "”"})  # what closes a bracket or quote after a stop
_QUOTES = frozenset({'"', "’"})  # quotes that open as well as close: closing only right after the stop
MAX_SENTENCE_TOKENS = 200  # real sentences stay far below; a list or table flattened to one line is sliced
# letters in short dotted groups ("p.-d.g", "S.A"), not a web address ("Darty.com") or a number ("3.0")
_ABBREVIATION = re.compile(r"^(?:[^\W\d_]{1,3}\.-?)+[^\W\d_]{1,3}$")

_CACHE: weakref.WeakKeyDictionary[Doc, list[tuple[int, int]]] = weakref.WeakKeyDictionary()
# the cuts mark_sentence_starts read before the parser, for the parse repair right after it
_LEXICAL_CUTS: weakref.WeakKeyDictionary[Doc, list[int]] = weakref.WeakKeyDictionary()


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token bounds of the doc's sentences, computed once per doc."""
    found = _CACHE.get(doc)
    if found is None or (found and found[-1][1] > len(doc)):
        found = _CACHE[doc] = _bounds(doc)
    return found


def sentence_at(doc: Doc, i: int) -> int:
    """The position in :func:`sentence_bounds` of the sentence holding token ``i``; -1 for none (a blank run)."""
    bounds = sentence_bounds(doc)
    k = bisect_right(bounds, (i, len(doc) + 1)) - 1
    return k if k >= 0 and i < bounds[k][1] else -1


def sentences(doc: Doc) -> list[Span]:
    return [doc[a:b] for a, b in sentence_bounds(doc)]


def _bounds(doc: Doc) -> list[tuple[int, int]]:
    if not len(doc):
        return []
    if not doc.has_annotation("DEP") and not doc.has_annotation("SENT_START"):
        return [(0, len(doc))]
    w = token_strings(doc)
    bounds = sorted(_cuts(w))
    space = w.is_space
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        # Role search is linear in the sentence per figure: one huge "sentence" would make the article quadratic.
        for start in range(a, b, MAX_SENTENCE_TOKENS):
            end = min(b, start + MAX_SENTENCE_TOKENS)
            if not all(space[start:end]):
                out.append((start, end))
    return out


def lexical_sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """The same sentences from the tokens' text alone (the cuts :func:`mark_sentence_starts` read, when it ran
    on this doc): for components that run before the tagger's and lemmatizer's attributes are final, whose
    strings :func:`token_strings` would cache."""
    cuts = _LEXICAL_CUTS.pop(doc, None)
    if cuts is None:
        cuts = sorted(_cuts(lexical_tokens(doc)))
    return list(zip(cuts, cuts[1:], strict=False))


def mark_sentence_starts(doc: Doc) -> Doc:
    """Before the parser: the sentences start where factx's do, so that no parse tree runs from one sentence
    into the next ("... une quarantaine de millions d'euros.\n\nÀ la Bourse de Paris, l'action a reculé", parsed
    as one sentence, hung the second one's figures on the first one's verb). The parser keeps preset starts."""
    w = lexical_tokens(doc)
    cuts = _LEXICAL_CUTS[doc] = sorted(_cuts(w))
    for j in cuts:
        # a paragraph break opens the sentence after it: the parse of the name after it keeps whole
        while j > 1 and w.is_space[j - 1]:
            j -= 1
        if 0 < j < len(doc):
            doc[j].is_sent_start = True
    return doc


@Language.factory("factx_sentence_starts")
def make_sentence_starts(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Factory maker (also the ``spacy_factories`` entry point): :func:`mark_sentence_starts`."""
    return mark_sentence_starts


def _cuts(w: TokenStrings | Lexical) -> set[int]:
    """The tokens a sentence starts at (and the end): after a final stop or at a line break."""
    cuts = {0, len(w.text)}
    text, space = w.text, w.is_space
    # only a stop, a line break or a newline after a token can cut: look at those alone
    for i in [
        i
        for i, t in enumerate(text)
        if t in _STOPS or "\n" in t or "\n" in w.space[i] or t[-1:] == "." and _INITIAL.match(t)
    ]:
        if i >= len(text) - 1:
            continue
        stop = text[i] in _STOPS or space[i] and "\n" in text[i]
        if (
            text[i] == "."
            and i
            and not w.space[i - 1]
            and "\n" not in w.space[i]
            and _ABBREVIATION.match(text[i - 1])
        ):
            # an abbreviation's own period the tokenizer split off ("le p.-d.g. Alexandre Bompard")
            stop = False
        j = i + 1
        closes = text[j] in _CLOSERS or text[j] in _QUOTES and not w.space[i]  # '."' closes, '. "' opens
        if stop and closes and text[i] in _STOPS and "\n" not in w.space[i]:
            # "acquis 26 milliards (!) en 2016", "« Un record ! » a lancé le PDG": the sentence goes on after
            # the closing bracket or quote; else it ends with it
            if _goes_on(w, j + 1):
                continue
            j += 1
            if j >= len(text):
                continue
        if stop and (space[j] or text[j][0].isupper() or w.is_punct[j] or w.like_num[j]):
            cuts.add(j)
        elif _initial_ends(text, i):
            cuts.add(j)
        elif "\n" in w.space[i]:
            cuts.add(j)
    return cuts


# a capital letter and its stop, one token: a person's initial ("J. Dupont") or a series' letter
_INITIAL = re.compile(r"^[A-ZÀ-Ý]\.$")


def _initial_ends(text: list[str], i: int) -> bool:
    """ "un tour de table de 500 millions en série G. Cette levée...": the stop of a lone capital the
    tokenizer kept ends the sentence when the next word is a determiner or a subject pronoun (grammar.yaml),
    which no name an initial stands before starts with."""
    if not (_INITIAL.match(text[i]) and i + 1 < len(text) and text[i + 1][:1].isupper()):
        return False
    openers, articles, honorifics = _openers()
    if text[i] in honorifics:
        return False  # "M. Le Maire": a form of address goes on to its name (entity_stoplist.yaml)
    word = text[i + 1].lower().replace("’", "'")
    if word in articles:
        # "P. La Rocca", "Yann L. Le Gall", "A. Du Pont": an article may start a surname; one before a
        # lowercase noun starts a sentence ("en série A. La start-up...")
        return i + 2 < len(text) and text[i + 2][:1].islower()
    return word in openers


@cache
def _openers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from .entities import lexicon
    from .lexicon import grammar

    g = grammar()
    honorifics = lexicon()["honorifics"]
    articles = frozenset([*g.definite, *g.prep_forms("de")])
    openers = frozenset([*g.demonstrative, *g.indefinite, *g.possessive, *g.personal]) - articles
    return openers, articles, honorifics


def _goes_on(w: TokenStrings | Lexical, k: int) -> bool:
    """Token ``k`` carries on the sentence before it: a lowercase word or a comma on the same line."""
    if k >= len(w.text) or w.is_space[k] or "\n" in w.space[k - 1]:
        return False
    return w.text[k][:1].islower() or w.text[k] in (",", ";", ":")


def sentence_index(doc: Doc) -> list[int]:
    """For each token, the position of its sentence in :func:`sentence_bounds` (-1 for blank runs)."""
    out = [-1] * len(doc)
    for k, (a, b) in enumerate(sentence_bounds(doc)):
        for i in range(a, b):
            out[i] = k
    return out
