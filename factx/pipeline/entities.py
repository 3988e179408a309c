"""Corrected, canonical entities: the model's ``ner`` output repaired by rules, plus the data file's names.

The French model tags OpenAI as MISC, Redmond as PER, sentence-initial words ("Si", "Source") as entities,
runs spans over line breaks and cuts hyphenated names. This component keeps doc.ents untouched (it belongs
to the model, see spaCy's plugin etiquette) and writes its own list to ``doc.spans["factx_entities"]``:

1. names of ``data/fr/entities.yaml`` found by a token scan on folded keys (so "Open IA", "DALL∙E 2"
   match without listing every spelling), capital initials required ("le monde" is not Le Monde);
2. the model's spans, trimmed at line breaks and punctuation, extended over hyphens, dropped when they
   are capitalised common words, relabelled by context (ORG after "la start-up", LOC after "la firme de");
3. a canonical name on each (``span._.factx_canonical``), from :class:`factx.canon.Canonicalizer`.

In a blank pipeline (no ``ner``) only step 1 applies.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import data
from ..canon import Canonicalizer, KnownIndex, fold, key, known_index
from . import extensions
from .extensions import ENTITIES

# Words before a product noun that make it one ("la plateforme X"; not "s'offre X").
DETERMINERS = {
    "le",
    "la",
    "l'",
    "les",
    "un",
    "une",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "du",
    "des",
    "ce",
    "cette",
}
LABELS = {"ORG", "PER", "LOC", "PRODUCT", "MISC"}
# Labels other models or rulers may use, mapped to the contract's.
LABEL_MAP = {
    "PERSON": "PER",
    "GPE": "LOC",
    "NORP": "MISC",
    "FAC": "LOC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
}


@cache
def lexicon() -> dict[str, Any]:
    raw = data.load("entity_stoplist") or {}
    return {
        "stop": {fold(w) for w in (raw.get("words") or []) + (raw.get("common_acronyms") or [])},
        # nouns for organisations: the stoplist's and the descriptions' (aliases.yaml: "la fintech X")
        "org_nouns": {fold(w) for w in raw.get("org_nouns") or []} | _description_nouns("ORG"),
        "suffixes": {str(w) for w in (raw.get("org_suffixes") or []) + (raw.get("legal_forms") or [])},
        "legal": {str(w) for w in raw.get("legal_forms") or []},
        "seat_nouns": {fold(w) for w in raw.get("seat_nouns") or []},
        "breakers": {str(w) for w in raw.get("span_breakers") or []},
    }


def _description_nouns(label: str) -> set[str]:
    from .lexicon import descriptions

    return {noun for noun, lab in descriptions().label_of.items() if lab == label}


@cache
def places() -> dict[str, set[str]]:
    """Known places and the context words of ``data/fr/places.yaml``, folded."""
    raw = data.load("places") or {}
    return {
        name: {fold(str(w)) for w in raw.get(name) or []}
        for name in (
            "places",
            "product_nouns",
            "product_verbs",
            "business_nouns",
            "org_participles",
            "place_prepositions",
            "person_nouns",
        )
    }


def is_place(text: str) -> bool:
    """A name of the places list, with or without its article ("la France", "l'Allemagne")."""
    name = fold(text)
    for det in ("la ", "le ", "les ", "l'"):
        if name.startswith(det):
            name = name[len(det) :]
            break
    return name in places()["places"]


def phrase_before(doc: Doc, end: int, vocab: set[str], most: int = 4) -> int:
    """Start of the longest phrase of ``vocab`` ending right before token ``end`` ("chiffre d'affaires"), else -1."""
    for k in range(min(most, end), 0, -1):
        if fold(doc[end - k : end].text) in vocab:
            return end - k
    return -1


def skip_adjectives_back(doc: Doc, start: int, most: int = 3) -> list[int]:
    """``start`` and the positions before up to ``most`` lowercase adjectives ("la start-up (française) X")."""
    out = [start]
    j = start
    for _ in range(most):
        if j == 0 or doc[j - 1].pos_ != "ADJ" or not doc[j - 1].text[:1].islower():
            break
        j -= 1
        out.append(j)
    return out


def dateline(doc: Doc, span: Span) -> bool:
    """ "PARIS (Reuters) -", "PARIS, 14 mai (AFP) -": a capitalised place opening a line."""
    if not line_start(doc[span.start]) or span.end >= len(doc):
        return False
    if doc[span.end].text not in (",", "(", "-", "–", "—"):
        return False
    text = span.text
    return (text.isupper() and len(text) > 1) or is_place(text)


def line_start(token: Token) -> bool:
    """First word of the text or of a line."""
    i = token.i
    while i > 0:
        prev = token.doc[i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            return True
        if not (prev.is_space or prev.is_punct and prev.text in "-–—•*·>|"):
            return False
        i -= 1
    return True


def sentence_start(token: Token) -> bool:
    doc = token.doc
    if token.i == 0 or line_start(token):
        return True
    if doc.has_annotation("SENT_START"):
        return bool(token.is_sent_start)
    return doc[token.i - 1].text in {".", "!", "?", "…", ":", "«", "»", '"', "“"}


def word_before(doc: Doc, end: int) -> tuple[str, int]:
    """The word ending right before token ``end``, hyphenated compounds joined ("start-up"), and its start."""
    j = end - 1
    if j < 0:
        return "", 0
    start = j
    while (
        start >= 2
        and doc[start - 1].text in "-‑"
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
    ):
        start -= 2
    return fold(doc[start:end].text.replace(" ", "")), start


def token_strings(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's text and trailing whitespace, in one pass (doc[i] builds a Token object per call)."""
    texts: list[str] = []
    spaces: list[str] = []
    for t in doc:
        texts.append(t.text)
        spaces.append(t.whitespace_)
    return texts, spaces


class EntityFixer:
    """The ``factx_entities`` component (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "factx_entities") -> None:
        self.name = name
        self.index: KnownIndex = known_index()

    # -- 1. names of the data file -------------------------------------------------------------------
    def known_spans(self, doc: Doc, ents: tuple[Span, ...] | None = None) -> list[tuple[int, int, str]]:
        """(start, end, key) of each data-file name, longest first at each position, no overlaps."""
        ents = doc.ents if ents is None else ents
        texts, spaces = token_strings(doc)
        out: list[tuple[int, int, str]] = []
        nxt = 0  # first token not inside a name already found
        for i in self.index.starts(texts):
            if i < nxt:
                continue
            for end, k in self.index.candidates(texts, spaces, i):
                if self._accept(doc, i, end, k, ents):
                    out.append((i, end, k))
                    nxt = end
                    break
        return out

    def _accept(self, doc: Doc, start: int, end: int, k: str, ents: tuple[Span, ...] | None = None) -> bool:
        # Word boundary: "Arm" must not match inside "Arm-ée"; and the capitals the name needs must be there.
        if end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text[:1].isalnum():
            return False
        if start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text[-1:].isalnum():
            return False
        if not self.index.capitals_ok(doc[start:end].text, k):
            return False
        known = self.index.by_key[k]
        if known.ambiguous and sentence_start(doc[start]):
            tagged = any(e.start <= start < e.end for e in (doc.ents if ents is None else ents))
            return tagged or doc[start].pos_ == "PROPN" and end - start == 1 and not line_start(doc[start])
        return True

    # -- 2. the model's spans --------------------------------------------------------------------------
    def clean(self, doc: Doc, span: Span) -> list[Span]:
        """Split at line breaks, strip punctuation and spaces, extend over hyphens ("Liat Ben" → "Liat Ben-Zur")."""
        parts: list[tuple[int, int]] = []
        s = span.start
        for t in span:
            if t.is_space or "\n" in t.text:
                parts.append((s, t.i))
                s = t.i + 1
            elif "\n" in t.whitespace_:
                parts.append((s, t.i + 1))
                s = t.i + 1
        parts.append((s, span.end))
        # "Cora et Match": two names the model ran together
        split: list[tuple[int, int]] = []
        for s, e in parts:
            for j in range(s + 1, e - 1):
                if doc[j].lower_ == "et" and doc[j - 1].text[:1].isupper() and doc[j + 1].text[:1].isupper():
                    split.append((s, j))
                    s = j + 1
            split.append((s, e))
        parts = split
        out = []
        breakers = lexicon()["breakers"]
        for s, e in parts:
            # "Ynsect pour 30 millions d'euros": the model's span ran on past the name
            e = next((j for j in range(s + 1, e) if doc[j].text in breakers), e)
            while s < e and (doc[s].is_punct or doc[s].is_space or doc[s].is_quote):
                s += 1
            # "prix de Bombardier Transport": a common noun (and its "de") the model ran into the name
            while (
                s + 1 < e
                and doc[s].text.islower()
                and doc[s].is_alpha
                and any(t.text[:1].isupper() for t in doc[s + 1 : e])
            ):
                s += 1
            while e > s and (
                doc[e - 1].is_space or doc[e - 1].is_quote or doc[e - 1].is_punct and doc[e - 1].text != "."
            ):
                e -= 1
            while e - 1 > s and doc[e - 1].text[:1].islower() and doc[e - 1].pos_ in ("VERB", "AUX"):
                e -= 1  # "Alvéa boucle (une levée)": a title's verb is not part of the name
            while (
                e + 1 < len(doc)
                and doc[e].text in "-‑"
                and not doc[e - 1].whitespace_
                and not doc[e].whitespace_
                and doc[e + 1].text[:1].isupper()
            ):
                e += 2
            if s < e:
                out.append(Span(doc, s, e, label=span.label_))
        return out

    def drop(self, span: Span, known_text: bool, named_elsewhere: set[str] = frozenset()) -> bool:
        """Capitalised common words and page furniture are not entities."""
        text = span.text
        if fold(text) in lexicon()["stop"]:
            return True
        if not any(c.isupper() for c in text) and not known_text:
            return True  # "cloud", "intelligence artificielle"
        if not any(c.isalpha() for c in text):
            return True
        if len(span) == 1 and not known_text and fold(text) not in named_elsewhere:
            tok = span[0]
            if sentence_start(tok) and tok.pos_ not in ("PROPN", "X", ""):
                return True  # "Si", "Publicité", "Chat" at the start of a sentence or line
        return False

    def relabel(self, doc: Doc, span: Span, label: str) -> str:
        lex = lexicon()
        pl = places()
        before, bstart = word_before(doc, span.start)
        if dateline(doc, span):
            return "LOC"  # "PARIS (Reuters) -"
        # "la firme de Redmond", "le géant de Mountain View": a one-word name after "<company noun> de" is a place
        if label in ("PER", "MISC", "ORG") and len(span) == 1 and before in ("de", "d'"):
            noun, _ = word_before(doc, bstart)
            if noun in lex["seat_nouns"]:
                return "LOC"
        if label == "PER" and len(span) == 1 and before in lex["org_nouns"]:
            return "ORG"  # "l'entreprise Quantix"
        if label == "PER" and before in ("de", "d'", "du"):
            ns = phrase_before(doc, bstart, pl["business_nouns"])
            if ns >= 0 and fold(doc[ns:bstart].text) not in pl["person_nouns"]:
                return "ORG"  # "les analystes de Kepler Cheuvreux", "le rachat de Quantix"
        if label == "PER" and len(span) == 1 and self.context(doc, span, label) == "ORG":
            return "ORG"  # "Quantix, une entreprise…" (not by the sentence role: people are subjects too)
        if label in ("MISC", "LOC"):
            known_place = label == "LOC" and is_place(span.text)
            if known_place:
                return "LOC"
            ctx = self.context(doc, span, label)
            if ctx is not None:
                return ctx
        if label != "ORG":
            last = span[-1].text
            nxt = doc[span.end].text if span.end < len(doc) else ""
            if last in lex["suffixes"] and len(span) > 1 or nxt in lex["suffixes"]:
                return "ORG"
        return label

    def context(self, doc: Doc, span: Span, label: str) -> str | None:
        """ORG or PRODUCT when the words around an unknown MISC/LOC name say so, else None."""
        lex = lexicon()
        pl = places()
        # "la plateforme X", "le modèle (open source) X", "son produit phare, X"
        for j in skip_adjectives_back(doc, span.start):
            for k in (j, j - 1 if j > 0 and doc[j - 1].text == "," else -1):
                ns = phrase_before(doc, k, pl["product_nouns"]) if k > 0 else -1
                if ns > 0 and fold(doc[ns - 1].text) in DETERMINERS:
                    return "PRODUCT"
        # "la start-up (française) Mistral AI"
        for j in skip_adjectives_back(doc, span.start):
            word, _ = word_before(doc, j)
            if word in lex["org_nouns"]:
                return "ORG"
        # "OpenAI, une entreprise spécialisée…", "X, spécialiste de…", "X, fondée en 2014"
        e = span.end
        if e + 1 < len(doc) and doc[e].text == ",":
            m = e + 1
            if fold(doc[m].text) in pl["org_participles"]:
                return "ORG"
            if doc[m].lower_ in ("un", "une", "le", "la", "l'", "l’"):
                m += 1
            for _ in range(3):
                if m >= len(doc):
                    break
                word = fold(doc[m].text)
                if m + 2 < len(doc) and doc[m + 1].text == "-" and not doc[m].whitespace_:
                    word = fold(doc[m : m + 3].text)
                if word in lex["org_nouns"]:
                    return "ORG"
                if doc[m].pos_ != "ADJ":
                    break
                m += 1
        before, bstart = word_before(doc, span.start)
        # "le rachat de X", "les salariés de X", "le chiffre d'affaires de X"
        if before in ("de", "d'", "du") and phrase_before(doc, bstart, pl["business_nouns"]) >= 0:
            return "ORG"
        if before in pl["place_prepositions"]:
            return None  # "installée à X", "en X"
        head = span.root
        if label == "PER":
            return None
        if head.dep_ in ("nsubj", "nsubj:pass"):
            return "ORG"
        if head.dep_ == "obj":
            if label == "MISC" and fold(head.head.lemma_) in pl["product_verbs"]:
                return "PRODUCT"
            return "ORG"
        return None

    def product_names(self, doc: Doc, taken: list[bool], ents: tuple[Span, ...]) -> list[tuple[int, int]]:
        """(start, end) of short capitalised sequences right after a determiner and a product noun."""
        pl = places()
        lex = lexicon()
        ent_end = {e.start: e.end for e in ents}
        out: list[tuple[int, int]] = []
        dets = DETERMINERS
        i = 1
        n = len(doc)
        while i < n:
            t = doc[i]
            if not t.text[:1].isupper() or taken[i] or t.is_punct:
                i += 1
                continue
            j = i - 1 if doc[i - 1].text == "," else i
            hit = False
            for p in skip_adjectives_back(doc, j):
                ns = phrase_before(doc, p, pl["product_nouns"])
                if ns > 0 and fold(doc[ns - 1].text) in dets and doc[ns].text[:1].islower():
                    hit = True
                    break
            if not hit:
                i += 1
                continue
            e = i + 1
            while (
                e < n
                and e - i < 3
                and not taken[e]
                and (doc[e].text[:1].isupper() or doc[e].like_num)
                and "\n" not in doc[e - 1].whitespace_
            ):
                e += 1
            e = max(e, ent_end.get(i, e))
            if any(taken[t] for t in range(i, e)) or fold(doc[i:e].text) in lex["stop"] | pl["places"]:
                i = e
                continue
            out.append((i, e))
            i = e
        return out

    def bare_name(self, span: Span) -> str:
        """The span's text without a trailing legal form: "Kalray SA" is Kalray."""
        legal = lexicon()["legal"]
        end = span.end
        while end - span.start > 1 and span.doc[end - 1].text in legal:
            end -= 1
        return span.doc[span.start : end].text

    def __call__(self, doc: Doc) -> Doc:
        canon = Canonicalizer(self.index)
        taken = [False] * len(doc)
        spans: list[Span] = []
        ents = doc.ents  # read once: each access builds new Span objects
        people = [(ent.start, ent.end) for ent in ents if ent.label_ in ("PER", "PERSON")]
        for s, e, k in self.known_spans(doc, ents):
            known = self.index.by_key[k]
            # A person's name that contains a product word ("Claude Bébéar") is the person's.
            if any(ps <= s and e <= pe and pe - ps > e - s for ps, pe in people):
                continue
            span = Span(doc, s, e, label=known.label)
            span._.factx_canonical = known.name
            canon.add(known.name, known.label, known.gender)
            spans.append(span)
            for t in range(s, e):
                taken[t] = True
        # Unknown products right after a product noun ("l'assistant Alvéa Desk"), even when the model misses them.
        for s, e in self.product_names(doc, taken, ents):
            span = Span(doc, s, e, label="PRODUCT")
            hit = canon.lookup(span.text, "PRODUCT")
            span._.factx_canonical = hit.name if hit is not None else canon.add(span.text, "PRODUCT").name
            spans.append(span)
            for t in range(s, e):
                taken[t] = True
        # A word the model also tags in mid-sentence is a name even when it opens a sentence.
        named_elsewhere = {fold(e.text) for e in ents if not sentence_start(e[0])}
        found: list[tuple[Span, str, Any, bool]] = []  # (span, label, hit, label decided by context)
        for ent in ents:
            label = LABEL_MAP.get(ent.label_, ent.label_)
            if label not in LABELS:
                continue
            for span in self.clean(doc, ent):
                if any(taken[t] for t in range(span.start, span.end)):
                    continue
                hit = canon.lookup(span.text, label)
                if self.drop(span, hit is not None, named_elsewhere):
                    continue
                if hit is not None and hit.label != "MISC":
                    label2 = "LOC" if dateline(doc, span) else hit.label
                else:
                    label2 = self.relabel(doc, span, label)
                found.append((span, label2, hit, label2 != label))
                for t in range(span.start, span.end):
                    taken[t] = True
        # One label per name in the doc: a name the context shows to be a company or product is one everywhere.
        decided: dict[str, str] = {}
        for first in (True, False):  # labels the context decided first, then the model's own ORG
            for span, label2, hit, by_context in found:
                if by_context is first and label2 in ("ORG", "PRODUCT") and hit is None:
                    decided.setdefault(key(span.text), label2)
        for span, label2, hit, by_context in found:
            k = key(span.text)
            if (
                not by_context
                and (label2 in ("LOC", "MISC") or label2 == "PER" and len(span) == 1)
                and k in decided
                and not is_place(span.text)
            ):
                label2 = decided[k]
            if hit is None and label2 in ("PER", "ORG") and not dateline(doc, span):
                short = canon.short_form(span.text)
                if short is not None:  # "Schneider" after "Schneider Electric"
                    hit, label2 = short, short.label
            name = hit.name if hit is not None else canon.add(self.bare_name(span), label2).name
            new = Span(doc, span.start, span.end, label=label2)
            new._.factx_canonical = name
            spans.append(new)
        spans.sort(key=lambda sp: sp.start)
        doc.spans[ENTITIES] = spans
        return doc

    # Nothing to save: the component's knowledge is the data files (spaCy still calls these on nlp.to_disk).
    def to_disk(self, path: Any, *, exclude: Any = ()) -> None:
        return None

    def from_disk(self, path: Any, *, exclude: Any = ()) -> EntityFixer:
        return self

    def to_bytes(self, *, exclude: Any = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Any = ()) -> EntityFixer:
        return self


@Language.factory("factx_entities", assigns=["doc.spans"], requires=["doc.ents"])
def make_entities(nlp: Language, name: str) -> EntityFixer:
    extensions.register()
    return EntityFixer(nlp, name)
