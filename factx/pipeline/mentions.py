"""Who a token stands for: an entity, a description ("la firme de Redmond", "la start-up") or a pronoun.

``mention_for(doc, token)`` is what the claims component calls on the head of a subject, object or
oblique. The first call on a doc reads the whole doc once (entities, alias descriptions, descriptions
learnt by apposition, sentence subjects, salience) and keeps the result beside the doc (a weak-keyed
cache), so later calls are lookups.
"""

from __future__ import annotations

import weakref
from collections import Counter
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from .. import data
from ..canon import KeyScanner, fold, key, known_index
from .extensions import ENTITIES
from .tokens import token_strings

ORG_LIKE = ("ORG",)


@cache
def alias_data() -> tuple[KeyScanner, set[str], set[str], dict[str, dict]]:
    """(scanner of alias descriptions → (canonical, label), generic nouns, definite determiners, pronouns)."""
    raw = data.load("aliases") or {}
    known = known_index()
    scanner = KeyScanner()
    for canonical, spellings in (raw.get("aliases") or {}).items():
        hit = known.by_key.get(key(str(canonical)))
        label = hit.label if hit else "ORG"
        for spelling in spellings or []:
            scanner.add(str(spelling), (str(canonical), label))
    generic = {fold(w) for w in raw.get("generic") or []}
    definite = {fold(w) for w in raw.get("definite") or []}
    pronouns = {fold(k): dict(v or {}) for k, v in (raw.get("pronouns") or {}).items()}
    return scanner, generic, definite, pronouns


def _mention(text: str, canonical: str, label: str | None) -> dict:
    return {"text": text, "canonical": canonical, "label": label}


def compound(doc: Doc, i: int) -> tuple[int, int]:
    """The hyphenated word around token ``i`` ("start", "-", "up" → "start-up")."""
    return compound_at([t.text for t in doc], [t.whitespace_ for t in doc], i)


def compound_at(texts: list[str], spaces: list[str], i: int) -> tuple[int, int]:
    """:func:`compound` on the doc's token texts and trailing spaces (no Token objects: a hot loop)."""
    s = e = i
    while s >= 2 and texts[s - 1] in "-‑" and not spaces[s - 2] and not spaces[s - 1]:
        s -= 2
    while e + 2 < len(texts) and texts[e + 1] in "-‑" and not spaces[e] and not spaces[e + 1]:
        e += 2
    if texts[i] in "-‑" and s == i and i >= 1 and i + 1 < len(texts) and not spaces[i - 1]:
        s, e = i - 1, i + 1
    return s, e + 1


@cache
def _prefixes(words: frozenset[str]) -> frozenset[str]:
    """Every prefix of every word: a token can open one of ``words`` only if its folded text is one."""
    return frozenset(w[:n] for w in words for n in range(1, len(w) + 1))


def _text(texts: list[str], spaces: list[str], s: int, e: int) -> str:
    """doc[s:e].text from the token lists."""
    return "".join(texts[k] + spaces[k] for k in range(s, e - 1)) + texts[e - 1]


class _Index:
    """Everything mention_for needs about one doc, computed once."""

    @property
    def doc(self) -> Doc:
        return self._doc()

    def __init__(self, doc: Doc) -> None:
        scanner, self.generic, self.definite, self.pronouns = alias_data()
        n = len(doc)
        # A weak reference: this index is the value of a weak-keyed map keyed by the doc, and a strong one
        # would keep every doc alive (memory growing with the number of articles).
        self._doc = weakref.ref(doc)
        self.n_ents = -1
        self.ents: list[dict] = []
        self.tok2ent = [-1] * n
        for span in doc.spans.get(ENTITIES, []):
            self.ents.append(_mention(span.text, span._.factx_canonical or span.text, span.label_))
            for t in range(span.start, span.end):
                self.tok2ent[t] = len(self.ents) - 1
        # Alias descriptions ("la firme de Redmond"), on tokens not already inside an entity's own name.
        self.tok2alias = [-1] * n
        self.aliases: list[dict] = []
        words = token_strings(doc)
        texts, spaces = self._texts, self._spaces = words.text, words.space
        nxt = 0  # first token not inside an alias already found
        for i in scanner.starts(texts):  # only where a spelling can begin
            if i < nxt:
                continue
            for end, k in scanner.candidates(texts, spaces, i):
                if scanner.capitals_ok(doc[i:end].text, k):
                    canonical, label = scanner.by_key[k]
                    start = self._det_start(i)
                    self.aliases.append(_mention(doc[start:end].text, canonical, label))
                    for t in range(i, end):
                        self.tok2alias[t] = len(self.aliases) - 1
                    nxt = end
                    break
        # Salience: how often each organisation is named (ties: the first named wins).
        counts: Counter[str] = Counter(e["canonical"] for e in self.ents if e["label"] in ORG_LIKE)
        first = {}
        for e in self.ents:
            first.setdefault(e["canonical"], len(first))
        self.salient = sorted(counts, key=lambda c: (-counts[c], first[c]))
        self.by_canonical = {e["canonical"]: e for e in self.ents}
        self.learned = self._learn()
        self.sent_of = [0] * n
        # Paragraphs: a line break starts one (articles put one paragraph per line).
        self.para_start = [0] * n
        start = 0
        for i, text in enumerate(texts):
            self.para_start[i] = start
            if "\n" in text:  # a line break is a token of its own (whitespace_ is only " " or "")
                start = i + 1
        self.subjects: list[dict | None] = []
        self.subject_tok: list[int] = []
        sents = list(doc.sents) if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else [doc[:]]
        # Bounds, not Spans: a Span holds its doc, and this index must not keep the doc alive.
        self._sents = [(sent.start, sent.end) for sent in sents]
        for k, sent in enumerate(sents):
            for t in range(sent.start, sent.end):
                self.sent_of[t] = k
        for sent in sents:
            subj = self._subject_token(sent)
            self.subject_tok.append(subj.i if subj is not None else -1)
            self.subjects.append(None)
            if subj is not None:
                self.subjects[-1] = self.resolve(subj)

    def _det_start(self, i: int) -> int:
        doc = self.doc
        j = i
        while j > 0 and doc[j - 1].pos_ in ("ADJ", "ADV") and doc[j - 1].text[:1].islower():
            j -= 1
        if j > 0 and fold(doc[j - 1].text) in self.definite | {"un", "une", "son", "sa"}:
            return j - 1
        return i

    def _org_after(self, end: int) -> int:
        """The entity right after a description noun and its adjectives ("la start-up (française) Mistral AI")."""
        doc = self.doc
        j = end
        while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].text[:1].islower() and self.tok2ent[j] < 0:
            j += 1
        if j < len(doc) and self.tok2ent[j] >= 0 and self.ents[self.tok2ent[j]]["label"] in ORG_LIKE:
            return self.tok2ent[j]
        return -1

    def _learn(self) -> dict[str, str]:
        """Generic nouns the article uses for a named organisation: "la start-up OpenAI", "OpenAI, une entreprise"."""
        doc = self.doc
        texts, spaces = self._texts, self._spaces
        learned: dict[str, str] = {}
        prefixes = _prefixes(frozenset(self.generic))
        for i in range(len(texts)):
            if fold(texts[i]) not in prefixes:
                continue  # no generic noun starts with this word (nearly every token)
            s, e = compound_at(texts, spaces, i)
            if s != i:
                continue
            word = fold(_text(texts, spaces, s, e))
            if word not in self.generic:
                continue
            k = self._org_after(e)
            if k < 0:
                # "OpenAI, une entreprise spécialisée": entity, comma, determiner, noun
                j = s - 1
                if j >= 2 and fold(doc[j].text) in {"un", "une", "le", "la", "l'"} and doc[j - 1].text == ",":
                    k = self.tok2ent[j - 2]
                    if k >= 0 and self.ents[k]["label"] not in ORG_LIKE:
                        k = -1
            if k >= 0:
                learned.setdefault(word, self.ents[k]["canonical"])
        return learned

    def _subject_token(self, sent: Any) -> Token | None:
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubj:pass")]
        main = [t for t in subjects if t.head == sent.root]
        return (main or subjects or [None])[0]

    def resolve(self, token: Token) -> dict | None:
        i = token.i
        ent = self.ents[self.tok2ent[i]] if self.tok2ent[i] >= 0 else None
        # An alias beats a place or misc the model saw in it ("l'État" tagged LOC is the State, an actor).
        if self.tok2alias[i] >= 0 and (ent is None or ent["label"] in ("LOC", "MISC")):
            return self.aliases[self.tok2alias[i]]
        if ent is not None:
            return ent
        return self._description(token) or self._pronoun(token)

    def _description(self, token: Token) -> dict | None:
        doc = self.doc
        s, e = compound_at(self._texts, self._spaces, token.i)
        word = fold(doc[s:e].text)
        if s > 0 and f"{fold(doc[s - 1].text)} {word}" in self.generic:
            s, word = s - 1, f"{fold(doc[s - 1].text)} {word}"  # "la jeune pousse"
        if word not in self.generic or not doc[s].text[:1].islower():
            return None
        k = self._org_after(e)
        if k >= 0:
            return self.ents[k]
        det = self._det_start(s)
        if det == s or fold(doc[det].text) not in self.definite or fold(doc[det].text) == "les":
            return None  # "une entreprise" introduces someone new; "les deux sociétés" are several
        end = e
        while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].text[:1].islower():
            end += 1
        text = doc[det:end].text
        if word in self.learned:
            return _mention(text, self.learned[word], "ORG")
        avoid = self._current_subject(token)
        near = self._recent_subject(token, avoid)
        if near is not None:
            return _mention(text, near, "ORG")
        for canonical in self.salient:
            if canonical != avoid:
                return _mention(text, canonical, "ORG")
        return None

    def _recent_subject(self, token: Token, avoid: str | None) -> str | None:
        """The named organisation that was last a subject, since the previous sentence began; else the
        first one that was a subject in the current paragraph."""
        doc = self.doc
        k = self.sent_of[token.i]
        since = self._sents[k - 1][0] if k > 0 else 0

        def org_subject(t: int) -> str | None:
            e = self.tok2ent[t]
            if e < 0 or doc[t].dep_ not in ("nsubj", "nsubj:pass") or self.ents[e]["label"] not in ORG_LIKE:
                return None
            return None if self.ents[e]["canonical"] == avoid else self.ents[e]["canonical"]

        for t in range(token.i - 1, since - 1, -1):
            if org_subject(t):
                return org_subject(t)
        for t in range(self.para_start[token.i], token.i):
            if org_subject(t):
                return org_subject(t)
        return None

    def _current_subject(self, token: Token) -> str | None:
        k = self.sent_of[token.i]
        if k < len(self.subjects) and self.subject_tok[k] not in (-1, token.i):
            subj = self.subjects[k]
            return subj["canonical"] if subj else None
        return None

    def _pronoun(self, token: Token) -> dict | None:
        info = self.pronouns.get(fold(token.text))
        if info is None or token.pos_ not in ("PRON", "") or info.get("number") == "plur":
            return None
        k = self.sent_of[token.i]
        # An earlier subject of the same sentence ("Si Microsoft investit…, c'est qu'elle…"), else the previous one's.
        cands: list[dict | None] = []
        sent = self.doc[slice(*self._sents[k])] if k < len(self._sents) else None
        if sent is not None:
            for t in sent:
                if t.i >= token.i:
                    break
                if t.dep_ in ("nsubj", "nsubj:pass") and self.tok2ent[t.i] >= 0:
                    cands.append(self.ents[self.tok2ent[t.i]])
        if k > 0 and k - 1 < len(self.subjects):
            cands.append(self.subjects[k - 1])
        for cand in cands:
            if cand is not None and self._agrees(cand, info):
                return _mention(token.text, cand["canonical"], cand["label"])
        return None

    def _agrees(self, mention: dict, info: dict) -> bool:
        if mention["label"] in ("ORG", "PRODUCT"):
            return True  # "elle" for a company is usual French; names carry no gender of their own
        if mention["label"] == "PER":
            known = known_index().by_key.get(key(mention["canonical"]))
            gender = getattr(known, "gender", None)
            return gender is None or gender == info.get("gender")
        return False


# Per-doc indexes live beside the doc, not in doc.user_data: user_data is serialised with the doc
# (msgpack, pickle) and an index holding the doc would break that. Weak keys: gone with the doc.
_INDEXES: weakref.WeakKeyDictionary[Doc, _Index] = weakref.WeakKeyDictionary()


def _index(doc: Doc) -> _Index:
    n_ents = len(doc.spans[ENTITIES]) if ENTITIES in doc.spans else -1
    idx = _INDEXES.get(doc)
    if idx is None or idx.n_ents != n_ents:  # rebuilt if the entity list changed since
        idx = _INDEXES[doc] = _Index(doc)
        idx.n_ents = n_ents
    return idx


def mention_for(doc: Doc, token: Token) -> dict | None:
    """A contract mention {"text", "canonical", "label"} for what ``token`` stands for, else None.

    In order: the entity containing it; an alias description ("la firme de Redmond"); a generic
    description it heads ("la start-up" → the organisation the article calls so, else the most salient one);
    a subject pronoun ("elle") resolved to the subject before it when gender and number agree.
    """
    try:
        return _index(doc).resolve(token)
    except (IndexError, KeyError, ValueError, AttributeError):
        return None  # never raise on odd text: no mention is a safe answer
