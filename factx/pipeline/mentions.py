"""The ``factx_mentions`` component: who each name, description, pronoun and possessive stands for, and
what the article is about.

It runs after ``factx_entities`` and writes:

- ``doc.spans["factx_mentions"]``: one span per mention, ``span._.factx_mention`` = {"text", "canonical",
  "label", "how", "outlet"}; ``how`` says what was read: ``name`` (an entity), ``alias`` ("la firme de
  Redmond"), ``apposition`` ("la start-up Mistral AI"), ``description`` ("la jeune pousse"), ``pronoun``
  ("elle"), ``possessive`` ("sa" in "sa valorisation": the owner), ``relative`` ("qui");
- ``doc._.factx_salience``: the article's entities, most salient first ({"canonical", "label", "score"}):
  named often, early (headline, lead) and as grammatical subjects. Its first organisation is the topic.

A description, pronoun or possessive resolves to the entity of a fitting label the article was just talking
about (the last subject), else to the most salient one: the same rule everywhere, one notion of "just
talking about" (the current and previous sentence, :mod:`factx.pipeline.sentences`).
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..canon import KeyScanner, is_family, key, known_index, qualified_spellings
from ..canon import fold as _fold
from . import extensions
from .entities import (
    bodies_named,
    demonym_country,
    demonym_word,
    is_demonym,
    is_people_demonym,
    is_place,
    line_start,
    places,
    single_determiners,
)
from .entities import lexicon as entity_lexicon
from .extensions import ENTITIES, MENTIONS
from .lexicon import descriptions, determiners, figures, grammar, is_outlet, sources
from .sentences import sentence_bounds, sentence_index
from .syntax import heads_above
from .tokens import ends_at, mapped, token_strings

# fold() of the same words again and again (every lowercase word is tried as a description)
fold = lru_cache(maxsize=16384)(_fold)
_FOLDED: dict[str, str] = {}  # word -> fold(word), for the doc's words (see tokens.mapped)

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
_ARGUMENT_DEPS = frozenset({*SUBJECT_DEPS, "obj", "iobj", "obl:arg"})
_APPOSITION_ENDS = frozenset({",", ".", ")", ";", "—", "–"})  # what closes a name set off by commas
# what ends the search for the name that closes a description's domain (_Builder._name_closing)
_CLOSING_STOPS = frozenset({".", ";", ":", "(", ")", "«", "»", '"', "—", "–", "?", "!"})
NAME_CLOSING_WORDS = (
    16  # words: a description's domain is a noun phrase ("du paiement dédié aux entreprises")
)
NAME_DEPS = ("appos", "flat", "flat:name", "flat:foreign", "nmod", "compound")
TOPIC_LABELS = ("ORG", "PRODUCT")
_COMPANY_LABELS = frozenset({"ORG", "MISC"})  # a company the model may tag either way ("Creed")
# prepositions that name a deal noun's agent or beneficiary, never the owner of its possessive
_PARTY_CASES = frozenset({"par", "à", "au"})
LEAD_SENTENCES = 2  # headline and first sentence: what the article is about


@cache
def _alias_scanner() -> KeyScanner:
    known = known_index()
    scanner = KeyScanner()
    for canonical, spellings in descriptions().aliases.items():
        hit = known.by_key.get(key(canonical))
        label = hit.label if hit else "ORG"
        for spelling in spellings:
            scanner.add(spelling, (canonical, label))
    return scanner


@cache
def _description_starts() -> frozenset[str]:
    """First words (folded) of the description nouns: only tokens among them can open one ("start" of
    "start-up" as the French tokenizer splits it, "start-up" whole as grammar.yaml ``hyphenated_words`` keeps it)."""
    firsts = [noun.split()[0] for noun in descriptions().label_of]
    return frozenset([*firsts, *(w.split("-")[0] for w in firsts)])


@dataclass
class MentionIndex:
    """The mentions of one doc, by token."""

    mentions: list[dict] = field(default_factory=list)
    bounds: list[tuple[int, int]] = field(default_factory=list)  # token span of each mention
    at: list[int] = field(default_factory=list)  # token -> mention position, -1 for none
    salience: list[dict] = field(default_factory=list)

    def get(self, i: int) -> dict | None:
        k = self.at[i] if 0 <= i < len(self.at) else -1
        return self.mentions[k] if k >= 0 else None

    def span_of(self, i: int) -> tuple[int, int] | None:
        k = self.at[i] if 0 <= i < len(self.at) else -1
        return self.bounds[k] if k >= 0 else None

    def topic(
        self, labels: tuple[str, ...] = TOPIC_LABELS, skip: Callable[[str], bool] | None = None
    ) -> dict | None:
        """The most salient entity of one of ``labels`` (never a news outlet, nor a speaker that never does a
        company's facts: a union's statement is about the company) whose canonical name ``skip`` does not set
        aside."""
        s = next(self.parties(labels, skip), None)
        return _mention(s["canonical"], s["canonical"], s["label"], "topic") if s is not None else None

    def parties(self, labels: tuple[str, ...], skip: Callable[[str], bool] | None = None) -> Iterator[dict]:
        """The salience entries of ``labels``, most salient first, that may be a fact's party by salience alone:
        no union, no family, none ``skip`` sets aside (outlets are never ranked)."""
        src, d = sources(), descriptions()
        for s in self.salience:
            c = s["canonical"]
            if (
                s["label"] in labels
                and not src.is_third_party(c)
                and not is_family(c)
                and not d.is_referee(c)  # "la Cour des comptes" audits the project, it is not its party
                and not (skip and skip(c))
            ):
                yield s

    def other_party(self, labels: tuple[str, ...], party: str, lead: float = 1.5) -> dict | None:
        """The story's other party than ``party``: the article's most salient entity, or, when that is
        ``party``, the next one if it stands ``lead`` times above the third (a story of two companies, not
        of a company and whoever it met)."""
        ranked = [s for s in self.salience if s["label"] in labels or s["canonical"] == party]
        if not ranked:
            return None
        if ranked[0]["canonical"] != party:
            top = ranked[0]
        elif len(ranked) > 1 and (len(ranked) == 2 or ranked[1]["score"] >= lead * ranked[2]["score"]):
            top = ranked[1]
        else:
            return None
        if top["label"] not in labels:
            return None
        return _mention(top["canonical"], top["canonical"], top["label"], "topic")


def _mention(text: str, canonical: str, label: str | None, how: str) -> dict:
    return {"text": text, "canonical": canonical, "label": label, "how": how, "outlet": is_outlet(canonical)}


class _Builder:
    """Reads one doc once: names, aliases, salience, then descriptions, pronouns and possessives in order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.n = n = len(doc)
        self.words = token_strings(doc)
        self.folded = mapped(self.words.text, _fold, _FOLDED)  # fold() of each token's text
        self.idx = MentionIndex(at=[-1] * n)
        self.sents = sentence_bounds(doc)
        self.sent_of = sentence_index(doc)
        # description noun -> (where, the entity the article names with it there), in text order
        self.learned: dict[str, list[tuple[int, dict]]] = {}
        # epithets the article gives a name ("le groupe canadien Couche-Tard", "le chinois Tencent"), folded,
        # with the entities they were given to, in order
        self.epithets: dict[str, list[dict]] = {}
        self._descriptions: dict[int, tuple[int, int, str] | None] = {}
        # nouns this article gives its names ("la foncière Astrelle", "Verrerie de la Bresle"), folded -> label
        self.local_nouns: dict[str, str] = {}
        self._institution_names: set[str] | None = None  # read once the names are all in
        self._public_named: set[str] | None = None  # the public bodies' nouns the names hold, read once
        self._first_named: dict[str, int] | None = None  # canonical -> first token a name of it stands at
        self.merged: str | None = None  # the name of what a merger makes, when the article gives it
        self._funds: set[str] | None = None  # names that say they are investment funds
        # mentions that restate the name just before them ("Solvane, le fabricant"): no more salience for it
        self.restated: set[int] = set()

    def add(self, start: int, end: int, mention: dict, head: int | None = None) -> None:
        k = len(self.idx.mentions)
        self.idx.mentions.append(mention)
        self.idx.bounds.append((start, end))
        for t in range(start, end) if head is None else (head,):
            if self.idx.at[t] < 0 or head is not None:
                self.idx.at[t] = k

    def build(self) -> MentionIndex:
        self.names()
        self.aliases()
        self.qualified_names()
        self.article_nouns()
        self.appositions()
        self.bare_epithets()
        self.merged_entity()
        self.idx.salience = self.rank()
        for k, (a, b) in enumerate(self.sents):
            self.resolve_sentence(k, a, b)
        return self.idx

    # -- named things ---------------------------------------------------------------------------------------

    def names(self) -> None:
        for span in self.doc.spans.get(ENTITIES, []):
            text = self.words.span_text(span.start, span.end)
            canonical = span._.factx_canonical or text
            mention = _mention(text, canonical, span.label_, "name")
            if not mention["outlet"] and self._after_outlet_noun(span.start):
                mention["outlet"] = True  # "rapporte le site Apple Insider"
            self.add(span.start, span.end, mention)

    def _after_outlet_noun(self, i: int) -> bool:
        """ "rapporte le site Apple Insider", "selon le quotidien Nikkei": a name after an outlet noun, where
        it reports (the noun is a reporting verb's subject or object, or follows "selon"); "Reworld rachète
        le magazine Marie Claire" names a target, not a source."""
        src = sources()
        w = self.words
        j = i - 1
        while j >= 0 and w.pos[j] == _ADJ and w.text[j][:1].islower():
            j -= 1
        if j < 0 or self.folded[j] not in src.outlet_nouns:
            return False
        if w.lemma[w.head[j]].lower() in src.reporting_verbs and w.dep[j] in ("nsubj", "obj"):
            return True
        before = " ".join(w.lower_apos[max(0, j - 3) : j])
        return any(p in before for p in src.attribution_preps)

    def aliases(self) -> None:
        """ "la firme de Redmond": an alias beats a place or misc the model saw in it ("l'État" tagged LOC)."""
        scanner = _alias_scanner()
        w = self.words
        nxt = 0
        for i in scanner.starts(w.text):
            if i < nxt:
                continue
            for end, k in scanner.candidates(w.text, w.space, i):
                span_text = self.words.span_text(i, end)
                if not scanner.capitals_ok(span_text, k):
                    continue
                inside = self.idx.get(i)
                if inside is not None and inside["label"] not in ("LOC", "MISC"):
                    break
                canonical, label = scanner.by_key[k]
                start = self._det_start(i)
                mention = _mention(self.words.span_text(start, end), canonical, label, "alias")
                for t in range(start, end):
                    self.idx.at[t] = -1
                self.add(start, end, mention)
                nxt = end
                break

    def qualified_names(self) -> None:
        """ "l'État français" once, "l'État" elsewhere: the article's State is the État français throughout
        (aliases.yaml ``qualified_by_article``: a qualified spelling the data lists for the name), unless the
        article writes the name with another adjective too ("l'État belge", "l'État allemand", whether the
        tagger took the adjective in or not). The name across articles stays the data file's
        (canon.merge_names)."""
        w = self.words
        spellings = qualified_spellings()  # key of a qualified spelling -> the name it qualifies
        named = bodies_named()
        for name in set(spellings.values()):
            # "le gouvernement français" qualifies the État too (places.yaml ``public_bodies_named``)
            folded = {_fold(name)} | {body for body, party in named.items() if party == name}
            forms: set[str] = set()
            for m, (_a, b) in zip(self.idx.mentions, self.idx.bounds, strict=True):
                if m["how"] not in ("name", "alias"):
                    continue
                if m["canonical"] != name and key(m["canonical"]) not in spellings:
                    continue  # "le gouvernement italien" is the État italien, no spelling of this name
                words = m["text"].replace("’", "'").split()
                if words and "'" in words[0]:
                    words[0] = words[0].split("'", 1)[1]  # "L'Etat"
                elif words and _fold(words[0]) in determiners():
                    words = words[1:]
                if not words or _fold(words[0]) not in folded:
                    continue
                if len(words) == 1 and b < self.n and w.pos[b] == _ADJ and w.text[b].islower():
                    words.append(w.text[b])  # "l'État belge", the adjective left out of the name
                if len(words) == 2 and words[1].islower():
                    forms.add(f"{name} {words[1]}")
            if len(forms) == 1 and key(next(iter(forms))) in spellings:
                (qualified,) = forms
                for m in self.idx.mentions:
                    if m["canonical"] == name:
                        m["canonical"] = qualified

    def article_nouns(self) -> None:
        """A common noun the article writes before one of its company names ("la foncière Astrelle", "du
        réseau Ondes d'Aquitaine") or opens one with ("Verrerie de la Bresle", when the article also writes "la
        verrerie") stands for that company later: "la foncière", "la verrerie". Only the name it was given
        to: such a noun never falls back on the article's most salient company."""
        w, g = self.words, grammar()
        single = single_determiners() | {"du", "au"}  # and the contracted articles of one thing
        pointed = {
            self.folded[i]
            for i in range(1, self.n)
            if w.text[i].islower() and w.lower_apos[i - 1] in g.definite_article
        }
        known = descriptions().label_of
        for m, (a, b) in zip(list(self.idx.mentions), list(self.idx.bounds), strict=True):
            if m["how"] != "name" or m["outlet"] or m["label"] not in ("ORG", "MISC", "LOC"):
                continue
            if m["label"] != "ORG":
                # a name the model took for no company ("Verrerie de la Bresle": MISC, "Fromagerie des Aravis":
                # LOC) is still what the noun that opens it stands for ("la verrerie"), nothing more (a known
                # place keeps its own mentions)
                if (
                    b - a > 1
                    and w.text[a][:1].isupper()
                    and self.folded[a] in pointed
                    and not is_place(m["canonical"])
                ):
                    self._learn_noun(self.folded[a], a, m, known)
                continue
            j = a - 1
            while j > 0 and w.text[j][:1].islower() and (w.pos[j] == _ADJ or w.pos[j] == _PROPN):
                j -= 1  # "la foncière parisienne Astrelle"
            if (
                j > 0
                and w.pos[j] == _NOUN
                and w.text[j].islower()
                and w.text[j].replace("-", "").isalpha()
                and w.lower_apos[j - 1] in single
                and self.idx.at[j] < 0
                and not is_demonym(w, j)  # "l'allemand Siemens": an epithet (bare_epithets)
            ):
                self._learn_noun(self.folded[j], j, m, known)
            k = b + 2  # "Kerbrat, une fromagerie familiale du Finistère", then "la fromagerie"
            if (
                k < self.n
                and w.text[b] == ","
                and self._sets_off(b + 1, k, k + 1)
                # (a common description after a definite article, "Maisonnette, l'enseigne belge", may be
                # said of another company later: only the article's own nouns are learned from it)
                and (w.lower_apos[b + 1] in grammar().indefinite or self.folded[k] not in known)
                and w.pos[k] == _NOUN
                and w.text[k].islower()
                and w.text[k].replace("-", "").isalpha()
                and self.idx.at[k] < 0
                and self.folded[k] in pointed
            ):
                self._learn_noun(self.folded[k], k, m, known)
            if b - a > 1 and w.text[a][:1].isupper() and self.folded[a] in pointed:
                self._learn_noun(self.folded[a], a, m, known)  # "Verrerie de la Bresle", then "la verrerie"
            elif b - a > 1 and w.text[a].islower() and w.pos[a] == _NOUN:
                self._learn_noun(self.folded[a], a, m, known)  # "la famille Callendre", then "la famille"
            bodies = places()["public_bodies"]
            for t in range(a + 1, b):
                if self.folded[t] in pointed and self.folded[t] in bodies and w.text[t][:1].isupper():
                    # "Vaudrelle Métropole", "Tours Métropole Val de Loire", then "la métropole"
                    self._learn_noun(self.folded[t], t, m, known)
                    break

    def _sets_off(self, det: int, noun: int, end: int) -> bool:
        """Whether the noun phrase opened by ``det`` right after a name and a comma describes that name: an
        indefinite one always ("Kerbrat, une fromagerie"); a definite one when it is no subject of what follows
        ("Solvane, le fabricant de pompes basé à Lyon", not "Pour racheter Solvane, le groupe va lever...")."""
        w = self.words
        if w.lower_apos[det] in grammar().indefinite:
            return True
        if w.lower_apos[det] not in grammar().definite_article:
            return False
        j = self._skip_adjectives(end)
        # what may close or extend a description ("de pompes", "qui détient", "basé à Lyon", a comma), not a
        # verb whose subject it would be ("..., la start-up revendique 300 clients": tagged an adjective there)
        if j < self.n and not (
            w.text[j] in _APPOSITION_ENDS
            or self.folded[j] in _complement_openers()
            or w.lower_apos[j] in grammar().relative
            or w.pos[j] == _VERB
            and "VerbForm=Part" in w.morph[j]
        ):
            return False
        # (a noun the parse made a verb's argument is left to the roles: "acquérir le bloc ... détenu par
        # Financière Laborde, la holding de la famille", where the parse took "la holding" for what is bought)
        return w.dep[noun] == "appos" or w.head[noun] <= noun and w.dep[noun] not in _ARGUMENT_DEPS

    def _in_fronted_phrase(self, t: int) -> bool:
        """Whether token ``t`` stands in a phrase that opens its sentence before any finite verb ("Déjà
        détenteur d'une participation dans X, le groupe...", "Fondée par X, la start-up..."): what follows its
        comma is then the sentence's subject, not a description of ``t``'s name."""
        w = self.words
        a = self.sents[self.sent_of[t]][0]
        span = self.idx.span_of(t)
        start = span[0] if span is not None else t
        if all(w.is_punct[j] or w.pos[j] == _ADV for j in range(a, start)):
            return False  # the name opens the sentence ("Surtout, Financière Delcourt, la holding...")
        return not any(w.pos[j] in (_VERB, _AUX) and "VerbForm=Fin" in w.morph[j] for j in range(a, start))

    def _learn_noun(self, noun: str, at: int, ent: dict, known: dict[str, str]) -> None:
        if known.get(noun, ent["label"]) != ent["label"]:
            return  # "le logiciel Orféa": a product's noun
        if noun not in known:
            self.local_nouns[noun] = ent["label"]
        self.learned.setdefault(noun, []).append((at, ent))

    def _det_start(self, i: int) -> int:
        w, g = self.words, grammar()
        j = i
        while j > 0 and w.pos[j - 1] in _ADJ_ADV and w.text[j - 1][:1].islower():
            j -= 1
        if j > 0 and self.folded[j - 1] in g.definite | g.demonstrative | g.indefinite | set(g.possessive):
            return j - 1
        return i

    def rank(self) -> list[dict]:
        """Salience: mentions by name, double in the lead, plus half a point per grammatical subject."""
        score: Counter[str] = Counter()
        label: dict[str, str] = {}
        first: dict[str, int] = {}
        lead_end = self.sents[min(LEAD_SENTENCES, len(self.sents)) - 1][1] if self.sents else 0
        for k, (m, (a, _b)) in enumerate(zip(self.idx.mentions, self.idx.bounds, strict=True)):
            if m["outlet"] or m["label"] not in ("ORG", "PRODUCT", "PER") or k in self.restated:
                continue
            c = m["canonical"]
            score[c] += 2.0 if a < lead_end else 1.0
            if self.words.dep[a] in SUBJECT_DEPS or self._subject_of_span(a):
                score[c] += 0.5
            label.setdefault(c, m["label"])
            first.setdefault(c, a)
        if self.merged in score:
            # a merger's story is the new entity's: the facts the article gives no one are its
            score[self.merged] = max(score.values()) + 1.0
        ranked = sorted(score, key=lambda c: (-score[c], first[c]))
        return [{"canonical": c, "label": label[c], "score": score[c]} for c in ranked]

    def _subject_of_span(self, a: int) -> bool:
        # a multiword name's head is its last subject-marked token more often than its first
        k = self.idx.at[a]
        if k < 0:
            return False
        s, e = self.idx.bounds[k]
        return any(self.words.dep[t] in SUBJECT_DEPS for t in range(s, e))

    # -- descriptions learnt from the article ----------------------------------------------------------------

    def _description_at(self, i: int) -> tuple[int, int, str] | None:
        """(start, end, label) of the longest description noun starting at token ``i``: "start-up",
        "jeune pousse", "homme d'affaires" (lowercase: "Groupe Duval" is a name)."""
        if i in self._descriptions:
            return self._descriptions[i]
        found = self._descriptions[i] = self._read_description(i)
        return found

    def _read_description(self, i: int) -> tuple[int, int, str] | None:
        w = self.words
        if not (
            w.text[i][:1].islower() or w.text[i].isupper() and i > 0 and self.folded[i - 1] in determiners()
        ):
            return None  # "Groupe Duval" is a name; "la PME" is not
        if self.folded[i] in self.local_nouns:
            return (i, i + 1, self.local_nouns[self.folded[i]])
        if self.folded[i] not in _description_starts():
            return None
        label_of = descriptions().label_of
        best = None
        for j in range(i + 1, min(self.n, i + 5) + 1):
            if "\n" in w.text[j - 1]:
                break
            label = label_of.get(fold("".join(w.text[t] + w.space[t] for t in range(i, j)).strip()))
            if label is not None:
                best = (i, j, label)
        return best

    def _entity_after(self, end: int, label: str | None = None) -> dict | None:
        """The name right after a description noun and its adjectives ("la start-up (française) Mistral AI"),
        or after the domain the noun is of ("la société de cybersécurité Wiz", "le géant du commerce en ligne
        Amazon": lowercase words after "de" or "en", the last of them no preposition)."""
        w = self.words
        j = self._skip_adjectives(end)
        if j < self.n and self.folded[j] in _domain_openers() and self.idx.at[j] < 0:
            k, nouns = j + 1, 0
            while k < min(self.n, j + 6) and self.idx.at[k] < 0 and w.text[k][:1].islower():
                if w.pos[k] == _NOUN:
                    nouns += 1
                elif w.pos[k] not in (_ADJ, _DET) and self.folded[k] not in _domain_openers():
                    break
                k += 1
            if nouns and k < self.n and w.pos[k - 1] in (_NOUN, _ADJ) and self.idx.at[k] >= 0:
                if self._opened_name(j, k) or self._complement_name(j, k):
                    return None
                m = self.idx.get(k)
                if w.lower[j] == "des" and m is not None and label is not None and m["label"] != label:
                    # "le fabricant des aspirateurs Roomba": a name of another kind after a plural is the
                    # things' name ("le géant des produits de beauté L'Oréal" is L'Oréal)
                    return None
                if m is not None and _person_domain(label, m):
                    return None
                j = k
            elif nouns and k < self.n and w.text[k] == "," and w.pos[k - 1] in (_NOUN, _ADJ):
                j = k  # "un autre service de messagerie, Snapchat,": the name set off by commas, below
        m = self.idx.get(j) if j < self.n else None
        if m is None and j + 1 < self.n and w.text[j] == ",":
            # "un autre service de messagerie, Snapchat, ...": a name set off by commas after the noun
            m, bounds = self.idx.get(j + 1), self.idx.span_of(j + 1)
            if (
                m is None
                or bounds is None
                or bounds[1] < self.n
                and w.text[bounds[1]] not in _APPOSITION_ENDS
            ):
                return None
        return m if m is not None and m["how"] in ("name", "alias") else None

    def _name_closing(self, j: int, label: str | None) -> dict | None:
        """The name that closes a description's long domain ("l'éditeur de logiciel RH PayFit", "le spécialiste
        français du paiement dédié aux entreprises Qonto", "le spécialiste de la gestion des TPE, PME et
        indépendants, Qonto,"). The names a preposition or an article opens are the domain's complements
        ("des TPE", "de l'allemand Siemens") and are passed over, unless a coordination follows them ("le
        fournisseur de Renault et Stellantis": both are complements); the first other name that ends the noun
        phrase, or that commas set off, is the description's, when its label fits. A singular description noun
        the domain names after another noun owns the name ("la filiale de la banque Natixis"). A figure, a finite
        verb, a pronoun, a line break or a sentence's punctuation ends the search, and so does the end of the
        window (a description's domain is a noun phrase of a few words)."""
        w = self.words
        t, stop = j, min(self.n, j + NAME_CLOSING_WORDS)
        while t < stop:
            if "\n" in w.text[t] or w.pos[t] == _PRON or w.text[t] in _CLOSING_STOPS:
                return None
            if w.pos[t] in (_VERB, _AUX) and "Fin" in w.feat(t, "VerbForm"):
                return None
            m = self.idx.get(t)
            bounds = self.idx.span_of(t)
            if m is None or bounds is None:
                # a figure ("une levée de fonds de 85 M€ auprès du fonds Redwater") is no domain
                if (
                    w.text[t] != ","
                    and not w.text[t].replace("-", "").replace("'", "").replace("’", "").isalpha()
                ):
                    return None
                t += 1
                continue
            end = bounds[1]
            if m["how"] not in ("name", "alias") or m["outlet"]:
                return None
            fits = label is None or m["label"] == label
            if w.text[t - 1] == ",":
                set_off = end >= self.n or w.text[end] in _APPOSITION_ENDS
                return m if set_off and fits else None
            closes = end >= self.n or w.pos[end] not in (_NOUN, _PROPN) and not w.text[end][:1].isupper()
            if closes and not self._opened_name(j, t):
                if self._complement_name(j, t):
                    return None
                # (a company's name the model read as a MISC is still the company's: "l'éditeur de logiciel RH
                # Paylane"; but not after a plural: "le fabricant des stylos Paper Mate" names the things)
                misc = m["label"] == "MISC" and w.lower[j] != "des"
                return m if fits or misc else None
            if end < self.n and w.pos[end] == _CCONJ:
                return None  # "de Renault et Stellantis": the coordinated name is a complement too
            t = end
        return None

    def _before_name(self, j: int, t: int) -> int:
        """The word before name ``t`` (after ``j``), past its adjectives and demonyms ("de l'allemand Siemens")."""
        w = self.words
        k = t - 1
        # a word right after an article is the domain's own noun ("le géant de l'optique EssilorLuxottica") unless
        # it is a people's demonym ("de l'allemand Siemens")
        while k > j and w.text[k].islower():
            after_article = w.pos[k - 1] in (_DET, _ADP)
            if after_article and not is_people_demonym(w.text[k]):
                break
            if not (is_demonym(w, k) or w.pos[k] == _ADJ):
                break
            k -= 1
        return k

    def _opened_name(self, j: int, t: int) -> bool:
        """Name ``t`` is a complement a preposition or an article opens ("la filiale de l'allemand Siemens",
        "du chinois Tencent"), not the name of the description whose domain starts at ``j``."""
        k = self._before_name(j, t)
        return self.words.pos[k] in (_DET, _ADP) or self.folded[k] in _complement_openers()

    def _complement_name(self, j: int, t: int) -> bool:
        """Name ``t`` names the singular description noun right before it, which the domain starting at ``j``
        names after a noun of its own ("la filiale du groupe de la banque Natixis"): not the outer description's.
        The domain's first noun is its field, not a complement ("le géant de la banque JPMorgan", "l'éditeur de
        logiciel Sage")."""
        w = self.words
        k = self._before_name(j, t)
        return (
            k > j
            and w.pos[k] == _NOUN
            and self.folded[k] in descriptions().label_of
            and "Plur" not in w.feat(k, "Number")
            and any(w.pos[i] in (_NOUN, _PROPN) for i in range(j + 1, k))
        )

    def _skip_adjectives(self, j: int) -> int:
        w = self.words
        # a lowercase word tagged as a proper noun is an adjective the tagger did not know ("l'éditeur
        # lyonnais Batiflow"), and so is a demonym whatever its tag ("le groupe eudois Cauvel": a verb)
        while (
            j < self.n
            and (w.pos[j] in (_ADJ, _PROPN) and w.text[j][:1].islower() or self._tagged_demonym(j))
            and self.idx.at[j] < 0
        ):
            j += 1
        return j

    def appositions(self) -> None:
        """ "la start-up Mistral AI", "OpenAI, une entreprise spécialisée": the noun names that entity here."""
        w = self.words
        starts = _description_starts()
        # only a word that opens a description noun can be one (and only lowercase or an acronym: see
        # _read_description)
        for i in [i for i, f in enumerate(self.folded) if f in starts]:
            found = self._description_at(i)
            if found is None or self.idx.at[i] >= 0:
                continue
            s, e, label = found
            noun = fold(self.words.span_text(s, e))
            ent = self._entity_after(e, label)
            restates = False  # the name just said, said again ("Solvane, le fabricant")
            if ent is None and s >= 3 and w.text[s - 2] == "," and self._sets_off(s - 1, s, e):
                before = self.idx.get(s - 3)
                ent = before if before is not None and before["how"] == "name" else None
                if ent is not None and self.folded[s - 1] not in grammar().indefinite:
                    if ent["label"] != label or self._in_fronted_phrase(s - 3):
                        ent = None  # "Jean Morel, le groupe...": a definite noun of another kind is its own phrase
                    else:
                        restates = True
            if ent is None and self._det_start(s) < s:
                j = self._skip_adjectives(e)
                if j < self.n and self.folded[j] in _domain_openers():
                    ent = self._name_closing(j, label)
            head_at = self._det_start(s) - 2
            if ent is None and head_at >= 0 and w.text[head_at + 1] in (".", ":"):
                # a brief's heading name, then what it is: "Monalys. La fintech parisienne a bouclé..."
                before = self.idx.get(head_at)
                bounds = self.idx.span_of(head_at)
                if before is not None and before["how"] == "name" and bounds and line_start(w, bounds[0]):
                    ent = before
            if ent is not None and not ent["outlet"]:
                # the name wins over the noun's usual label ("la technologie OpenAI"); only a fitting label
                # teaches the article's use of the noun
                start = self._det_start(s)
                if ent["label"] == label:
                    if not restates or noun in self.local_nouns:
                        self.learned.setdefault(noun, []).append((s, ent))
                    for t in (*range(start, s), *range(e, min(self.n, e + 3))):
                        # (a demonym whatever its tag: "eudois" is tagged a verb)
                        if (
                            w.pos[t] == _ADJ and w.text[t][:1].islower() or self._tagged_demonym(t)
                        ) and self.idx.at[t] < 0:
                            self._learn_epithet(w.text[t], ent)  # "le groupe canadien Couche-Tard"
                if restates:
                    self.restated.add(len(self.idx.mentions))
                self.add(
                    start,
                    e,
                    _mention(self.words.span_text(start, e), ent["canonical"], ent["label"], "apposition"),
                )

    def merged_entity(self) -> None:
        """ "leur fusion, qui donnera naissance à la Banque Coopérative Val de Loire", "le nouvel ensemble, qui
        se nommera Stellantis": once the article names what a merger makes, its descriptions ("le nouvel
        ensemble", "la nouvelle entité": grammar.yaml ``new_entity_nouns``) stand for that name everywhere in
        the article, before the name too."""
        g = grammar()
        low = self.folded
        named = None
        firsts = _first_words(g.new_entity_cues)
        for i in [i for i, f in enumerate(low) if f in firsts]:
            for cue in g.new_entity_cues:
                end = i + len(cue)
                if tuple(low[i:end]) != cue:
                    continue
                j = end + (end < self.n and low[end] in g.definite_article)  # "à la Banque ..."
                m = self.idx.get(j)
                if (
                    m is not None
                    and m["how"] == "name"
                    and m["label"] in ("ORG", "PER", "MISC")  # (the model reads many new names as people)
                    and not m["outlet"]
                    and self._names_a_making(i, end)
                ):
                    named = m
                    break
            if named is not None:
                break
        if named is None:
            return
        self.merged = named["canonical"]
        for m in self.idx.mentions:
            if m["canonical"] == self.merged:
                m["label"] = "ORG"  # what a merger makes is a company, whatever the model took its name for
        articles = g.definite | g.demonstrative
        firsts = _first_words(g.new_entity_nouns)
        for i in [i for i, f in enumerate(low) if f in firsts and i > 0]:
            if low[i - 1] not in articles or self.idx.at[i] >= 0:
                continue
            for noun in g.new_entity_nouns:
                end = i + len(noun)
                if tuple(low[i:end]) == noun and all(self.idx.at[t] < 0 for t in range(i, end)):
                    text = self.words.span_text(i - 1, end)
                    self.add(i - 1, end, _mention(text, named["canonical"], "ORG", "description"))
                    break

    def _names_a_making(self, i: int, end: int) -> bool:
        """The cue at ``i``..``end`` names what a merger makes: a maker word ("naissance") opens it or comes
        shortly before it in its sentence ("donnerait naissance à un établissement baptisé X"), or its verb is on
        a new entity's noun ("le nouvel ensemble, qui se nommera X", "la nouvelle entité, baptisée X"; not "un
        fonds baptisé X")."""
        g, w, low = grammar(), self.words, self.folded
        a, _ = self.sents[self.sent_of[i]]
        if any(low[t] in g.new_entity_makers for t in range(max(a, i - 8), i + 1)):
            return True
        verb = next((t for t in range(i, end) if w.pos[t] in (_VERB, _AUX)), i)
        noun = w.head[verb]
        return noun != verb and any(
            tuple(low[noun - len(p) + 1 : noun + 1]) == p or tuple(low[noun : noun + len(p)]) == p
            for p in g.new_entity_nouns
        )

    def _learn_epithet(self, word: str, ent: dict) -> None:
        if fold(word) in descriptions().not_epithets:
            return
        ents = self.epithets.setdefault(fold(word), [])
        if all(x["canonical"] != ent["canonical"] for x in ents):
            ents.append(ent)

    def bare_epithets(self) -> None:
        """ "le chinois Tencent", "l'allemand Siemens", "le Français Meridiam": a definite article, one
        adjective used as a noun, a name. The article may then write "le chinois" alone for it."""
        w, g = self.words, grammar()
        for m, (a, _b) in zip(list(self.idx.mentions), list(self.idx.bounds), strict=True):
            if m["how"] != "name" or m["outlet"] or a < 2:
                continue
            word, det = a - 1, a - 2
            if (
                self.idx.at[word] < 0
                and self.folded[det] in g.definite
                and w.pos[word] in (_ADJ, _NOUN, _PROPN)
                and w.text[word].isalpha()
                and self._description_at(word) is None
            ):
                self._learn_epithet(w.text[word], m)

    def _epithet_entity(self, tokens: range | list[int], label: str) -> dict | None:
        """The entity an epithet among ``tokens`` was given to ("le groupe canadien": Couche-Tard)."""
        if not self.epithets:
            return None
        for t in tokens:
            found = _matching_epithet(self.epithets, self.folded[t])
            ents = [e for e in found if e["label"] == label]
            if ents:
                return ents[-1]
        return None

    # -- descriptions, pronouns, possessives, relatives, sentence by sentence --------------------------------

    def resolve_sentence(self, k: int, a: int, b: int) -> None:
        g = grammar()
        w = self.words
        starts = _description_starts()  # a word no description opens with is never looked up as one
        for i in range(a, b):
            if self.idx.at[i] >= 0:
                continue
            low = w.lower_apos[i]
            if (
                low in g.demonstrative
                and i + 1 < b
                and w.lower_apos[i + 1] in g.latter
                # (not "cette dernière acquisition": an adjective before its noun)
                and not (i + 2 < b and w.pos[i + 2] in (_NOUN, _PROPN, _ADJ))
            ):
                m = self.latter(i, k, g.latter[w.lower_apos[i + 1]])
                if m is not None:
                    self.add(i, i + 2, m)
            elif low in g.personal and w.pos[i] == _PRON:
                m = self.pronoun(i, k, low)
                if m is not None:
                    self.add(i, i + 1, m)
            elif low in g.object_clitics and w.pos[i] == _PRON:
                m = self.clitic(i, k, low)
                if m is not None:
                    self.add(i, i + 1, m)
            elif low in g.possessive and w.dep[i] == "det" and g.possessive[low] == "sing":
                m = self.owner(i, k)
                if m is not None:
                    self.add(i, i + 1, m)
            elif low in g.relative and w.pos[i] == _PRON:
                m = self.relative(i)
                if m is not None:
                    self.add(i, i + 1, m)
            else:
                f = self.folded[i]
                found = self._description_at(i) if f in starts or f in self.local_nouns else None
                if found is not None:
                    self.description(*found, k)
                elif self.epithets and i > a and w.pos[i] in (_ADJ, _NOUN, _PROPN):
                    self.bare_epithet(i)

    def bare_epithet(self, i: int) -> None:
        """ "le chinois" alone, once the article wrote "le chinois Tencent"."""
        w = self.words
        if self.folded[i - 1] not in grammar().definite or (i + 1 < self.n and self.idx.at[i + 1] >= 0):
            return  # no article, or the apposition itself ("le chinois Tencent")
        if i + 1 < self.n and w.pos[i + 1] in (_NOUN, _PROPN):
            return  # an adjective of the next noun
        ents = _matching_epithet(self.epithets, self.folded[i])
        if ents:
            ent = ents[-1]
            self.add(
                i - 1,
                i + 1,
                _mention(self.words.span_text(i - 1, i + 1), ent["canonical"], ent["label"], "description"),
            )

    def description(self, s: int, e: int, label: str, k: int) -> None:
        g = grammar()
        w = self.words
        det = s - 1
        while det >= 0 and w.pos[det] in _ADJ_ADV and w.text[det][:1].islower():
            det -= 1  # "la jeune pousse", "la très jeune entreprise": adjectives (and their adverbs) first
        word = self.folded[det] if det >= 0 else ""
        end = e
        while end < self.n and w.pos[end] == _ADJ and w.text[end][:1].islower():
            end += 1
        head = self._noun_head(s, e)
        named = self._name_under(head)
        if named is not None and _person_domain(label, named):
            named = None
        if named is not None:
            # "la technologie AI chérie OpenAI", "le système de langage GPT-3.5": the name under the noun
            start = det if word in g.definite | g.demonstrative | g.indefinite else s
            self.add(
                start,
                end,
                _mention(self.words.span_text(start, end), named["canonical"], named["label"], "apposition"),
            )
            return
        if word not in g.definite | g.demonstrative or word in ("les", "ces", "des"):
            return  # "une entreprise" introduces someone new; "les deux sociétés" are several
        if det > 0 and fold(self.words.span_text(det - 1, e)) in descriptions().idioms:
            return  # "un bénéfice net part du groupe": a fixed phrase, no one in particular
        if any(
            fold(self.words.span_text(s, min(self.n, e + k))) in descriptions().compounds for k in (1, 2, 3)
        ):
            return  # "le fonds de roulement": a compound that describes no one
        noun = fold(self.words.span_text(s, e))
        if noun in descriptions().demonstrative_only and word not in g.demonstrative:
            return  # "le service client" points nowhere; "ce service" does
        text = self.words.span_text(det, end)
        if noun in descriptions().public_bodies:
            body = self._learned_before(noun, s) or self._public_body_before(noun, det)
            if body is not None:
                self.add(det, end, _mention(text, body["canonical"], body["label"], "description"))
            if body is not None or noun not in self.local_nouns:
                return  # (a noun of the article's names, "Tours Métropole", is read as such below)
        adjectives = [*range(det + 1, s), *range(e, end)]
        demonyms = [t for t in adjectives if self._tagged_demonym(t)]
        elsewhere = self._other_demonyms(demonyms)
        # what the text says the description is
        target = self._predicate_of(head) or self._named_subject_before(det, label)
        if target is None:
            target = (
                self._epithet_entity(adjectives, label)
                or self._learned_before(noun, s)
                or self._learned_kind_before(noun, s)
            )
            if target is not None and target["canonical"] in elsewhere:
                target = None  # "le groupe italien" is not the group the article called "eudois"
        if target is None and noun in self.local_nouns:
            return  # "la foncière" before the article named any ("la foncière Astrelle") is no one yet
        if target is None and descriptions().kind_of.get(noun) in descriptions().exclusive_kinds:
            # "la vente du club à Bluewater Sports Partners. Le fonds bostonien...": the fund its name says it is
            target = self._fund_named_before(det) or self._backer_named_before(det)
        if target is None:
            avoid = {self._clause_subject(head, k), *self._other_kind(noun, s)} - {None}
            avoid |= self._clause_objects(head, k)
            if label == "ORG":
                avoid |= self._institutions()  # "le géant technologique" is no regulator
            avoid |= elsewhere
            target = self.recent(k, head, label, avoid) or self.salient(label, avoid, before=det)
            if target is not None:
                for t in demonyms:
                    self._learn_epithet(w.text[t], target)  # "le groupe eudois", then "le groupe italien"
            if target is None and label in _KIN_LABELS and noun in descriptions().product_company:
                # "le réseau social" in an article whose companies are all known as products (Facebook,
                # WhatsApp): the product names the company
                kin = _KIN_LABELS[label]
                target = self.recent(k, head, kin, avoid, subjects_only=label != "PRODUCT") or self.salient(
                    kin, avoid
                )
            if target is None and label == "ORG":
                target = self._misread_name_before(k, det, avoid)
        if target is not None:
            self.add(det, end, _mention(text, target["canonical"], target["label"], "description"))

    def _misread_name_before(self, k: int, det: int, avoid: set[str]) -> dict | None:
        """ "la série B de Moryon. La start-up grenobloise a levé...": in an article that names no organisation
        a description fits, the last name the model took for something else (MISC) since the previous sentence
        began, as the complement of a fact's noun ("la série B de", "le rachat de"; not "le salon VivaTech"), is
        the organisation the description says it is."""
        since = self.sents[k - 1][0] if k > 0 else 0
        found = None
        for m, (a, b) in zip(self.idx.mentions, self.idx.bounds, strict=True):
            if a >= det:
                break
            if a >= since and m["label"] == "MISC" and m["how"] in ("name", "alias") and not m["outlet"]:
                # (a name, every word capitalised: not a headline's fragment, "Adnoc-Covestro : les")
                named = all(x[:1].isupper() for x in m["text"].split())
                if m["canonical"] not in avoid and named and self._of_fact_noun(a, b):
                    found = m
        return None if found is None else {**found, "label": "ORG"}

    def _of_fact_noun(self, a: int, b: int) -> bool:
        """The name at [a, b) is the complement of a noun that triggers a frame ("la série B de Moryon")."""
        w = self.words
        root = self._noun_head(a, b)
        head = w.head[root]
        return w.pos[head] == _NOUN and w.dep[root] == "nmod" and w.lemma_lower[head] in _fact_nouns()

    def _tagged_demonym(self, t: int) -> bool:
        """A demonym tagged as a word a demonym may be taken for ("eudois" as a verb, "nantais" as an unknown
        word), not an adverb or a noun with a demonym's ending ("désormais", "pétrole")."""
        return self.words.pos[t] in (_ADJ, _VERB, _PROPN, _X) and is_demonym(self.words, t)

    def _other_demonyms(self, demonyms: list[int]) -> set[str]:
        """The entities the article gave a demonym of another country than a description's ("le groupe
        italien" is not the one it called "l'eudois Cauvel" or "le groupe eudois"; places.yaml
        ``demonym_countries``), unless it gave them one of this country too ("le parisien", "le français")."""
        if not demonyms or not self.epithets:
            return set()
        countries = {demonym_country(self.words.text[t]) for t in demonyms}
        here: set[str] = set()
        other: set[str] = set()
        for word, ents in self.epithets.items():
            if demonym_word(word):
                (here if demonym_country(word) in countries else other).update(c["canonical"] for c in ents)
        return other - here

    def _institutions(self) -> set[str]:
        """The canonical names of the institutions the article names (aliases.yaml ``institution_words``), of
        its families ("la famille Callendre" is no "entreprise") and of its unions (sources.yaml
        ``third_party_names``: "l'enseigne" is never the CGT)."""
        if self._institution_names is None:
            d, src = descriptions(), sources()
            self._institution_names = {
                m["canonical"] for m in self.idx.mentions if m["how"] in ("name", "alias")
                and (
                    # an acronym an institution's name defines is that institution ("l'Agence nationale de
                    # sécurité du médicament (ANSM)")
                    d.is_institution(m["canonical"]) or d.is_institution(m["text"]) or is_family(m["canonical"])
                    or src.is_third_party(m["canonical"])
                )
            }  # fmt: skip
        return self._institution_names

    def _predicate_of(self, head: int) -> dict | None:
        """ "Qonto devenait la plus grosse startup française", "Qonto est la première fintech": a description
        said of a subject is that subject (grammar.yaml ``predicate_verbs``)."""
        w = self.words
        verbs = grammar().predicate_verbs
        if w.dep[head] in SUBJECT_DEPS and verbs.get(w.lemma[w.head[head]].lower()) == "name":
            # "la nouvelle pépite en vue s'appelle Hugging Face"
            for c in w.children[w.head[head]]:
                m = self.idx.get(c) if w.dep[c] in ("xcomp", "obj", "ccomp") else None
                if m is not None and m["how"] in ("name", "alias"):
                    return m
            return None
        subject_of = None
        if w.dep[head] in ("obj", "xcomp") and verbs.get(w.lemma[w.head[head]].lower()) == "subject":
            subject_of = w.head[head]
        elif any(w.dep[c] == "cop" for c in w.children[head]):
            subject_of = head
        if subject_of is None:
            return None
        subj = next((c for c in w.children[subject_of] if w.dep[c] in ("nsubj", "nsubj:pass")), None)
        if subj is None or subj == head:
            return None
        m = self.idx.get(subj)
        if m is None:
            m = next((self.idx.get(c) for c in w.children[subj] if self.idx.get(c) is not None), None)
        # ("la start-up française devient l'entreprise la mieux valorisée": a description said of one stands
        # for what that one does)
        return m if m is not None and m["how"] in ("name", "alias", "apposition", "description") else None

    def _named_subject_before(self, det: int, label: str) -> dict | None:
        """ "Creed y est le deuxième plus gros acteur": the name that opens the clause right before a predicate
        verb ("être", "devenir": grammar.yaml ``predicate_verbs``) that the description follows, read from the
        words when the parse missed the copula (it may hang the name as a modifier)."""
        j = self._past_fillers(det - 1, -1)
        if j < 1 or not self._predicate_verb(j):
            return None
        j = self._past_fillers(j - 1, -1)
        k = self.idx.at[j] if j >= 0 else -1
        if k < 0 or self.idx.bounds[k][1] - 1 != j or not self._opens_clause(k):
            return None
        m = self.idx.mentions[k]
        return m if m["label"] == label or {m["label"], label} <= _COMPANY_LABELS else None

    def _public_body_before(self, noun: str, i: int) -> dict | None:
        """The most salient public body named before word ``i`` whose name holds ``noun`` ("la métropole": "Tours
        Métropole Val de Loire"), or any public body's noun for a noun no name holds ("la collectivité"); never a
        company of a public body's ("Nantes Métropole Aménagement": aliases.yaml ``public_company_words``)."""
        d = descriptions()
        named = {
            m["canonical"]
            for m, (a, _b) in zip(self.idx.mentions, self.idx.bounds, strict=True)
            if a < i and m["how"] in ("name", "alias") and not m["outlet"]
            and not set(_name_words(m["canonical"])) & d.public_company_words
        }  # fmt: skip
        for s in self.idx.salience:
            if s["canonical"] not in named or s["label"] not in _COMPANY_LABELS:
                continue
            mine = _name_words(s["canonical"])
            if len(mine) > 1 and (
                noun in mine or noun not in self._public_nouns_named() and set(mine) & d.public_bodies
            ):
                # (a public noun alone, "la Région", names no one body in particular; a short form, "Tours
                # Métropole" in a headline, is the full name the article gives too, "Tours Métropole Val de Loire")
                longer = [n for n in named if n.startswith(s["canonical"] + " ")]
                full = max(longer, key=len) if longer else s["canonical"]
                return next((m for m in self.idx.salience if m["canonical"] == full), s)
        return None

    def _public_nouns_named(self) -> set[str]:
        """The public bodies' nouns the article's names hold ("métropole" in "Tours Métropole Val de Loire")."""
        if self._public_named is None:
            public = descriptions().public_bodies
            self._public_named = {
                w
                for m in self.idx.mentions
                if m["how"] in ("name", "alias")
                for w in _name_words(m["canonical"])
                if w in public
            }
        return self._public_named

    def _predicate_verb(self, j: int) -> bool:
        w = self.words
        return w.pos[j] in (_VERB, _AUX) and grammar().predicate_verbs.get(w.lemma_lower[j]) == "subject"

    def _opens_clause(self, k: int) -> bool:
        """Mention ``k`` is a name opening a sentence or a clause set off by punctuation."""
        m, (a, _b) = self.idx.mentions[k], self.idx.bounds[k]
        w = self.words
        opens = a == 0 or w.sent_start[a] or w.text[a - 1] in (".", ",", ":", ";")
        return opens and m["how"] in ("name", "alias") and not m["outlet"]

    def _copula_subject(self, t: int) -> bool:
        """``t`` ends a name opening its clause that a predicate verb follows ("Creed y est le deuxième acteur"),
        whatever the parse made of it."""
        k = self.idx.at[t]
        if k < 0 or self.idx.bounds[k][1] - 1 != t or not self._opens_clause(k):
            return False
        j = self._past_fillers(t + 1, 1)
        return j < self.n and self._predicate_verb(j)

    def _past_fillers(self, j: int, step: int) -> int:
        """The first word from ``j`` on, going ``step`` by step, that is no filler between a name, its predicate
        verb and its description (grammar.yaml ``predicate_fillers``: "y", "en", "désormais")."""
        w, fillers = self.words, grammar().predicate_fillers
        while 0 <= j < self.n and w.lower_apos[j] in fillers:
            j += step
        return j

    def _learned_kind_before(self, noun: str, i: int) -> dict | None:
        """The entity the article last named with a synonym ("la start-up Kelvora", then "la jeune pousse";
        aliases.yaml ``description_kinds`` and ``description_synonyms``)."""
        kind_of = descriptions().kind_of
        kind = kind_of.get(noun)
        if kind not in descriptions().synonym_kinds:
            return None
        found = [
            (at, ent)
            for n, seen in self.learned.items()
            if kind_of.get(n) == kind
            for at, ent in seen
            if at < i
        ]
        return max(found, key=lambda f: f[0])[1] if found else None

    def _funds_by_name(self) -> set[str]:
        """The article's companies whose name ends with an investment arm's word ("Taillefer Partners")."""
        if self._funds is None:
            self._funds = {
                m["canonical"]
                for m in self.idx.mentions
                if m["how"] in ("name", "alias") and m["label"] == "ORG" and fund_by_name(m["canonical"])
            }
        return self._funds

    def _fund_named_before(self, i: int) -> dict | None:
        """The company whose name ends with an investment arm's word ("Taillefer Partners"), when the article
        names one only, named before word ``i``."""
        funds = self._funds_by_name()
        if len(funds) != 1:
            return None
        named = [
            (a, m)
            for m, (a, _b) in zip(self.idx.mentions, self.idx.bounds, strict=True)
            if a < i and m["how"] in ("name", "alias") and m["canonical"] in funds
        ]
        return max(named, key=lambda x: x[0])[1] if named else None

    def _backer_named_before(self, i: int) -> dict | None:
        """The organisation named right after the last backer opener or lead verb's "par" before word ``i``
        (figures.yaml ``backer_openers``, ``lead_verbs``): the first backer of the last list ("levé 60 millions
        d'euros auprès d'Eurazeo et de Bpifrance. Le fonds détiendrait 18 %" is Eurazeo)."""
        fig = figures()
        agent = grammar().prep_forms("par")
        w = self.words
        last = None
        for m, (a, b) in zip(self.idx.mentions, self.idx.bounds, strict=True):
            if a >= i:
                break
            # (a one-word name the model took for a person's is a misread brand: a fund has no first name)
            org = m["label"] == "ORG" or m["label"] == "PER" and b - a == 1
            if m["how"] not in ("name", "alias") or not org or m["outlet"]:
                continue
            led = a >= 2 and w.lower[a - 1] in agent and w.lemma_lower[a - 2] in fig.lead_verbs
            if led or ends_at(w.lower_apos, a, fig.backer_openers):
                last = m
        return last

    def _other_kind(self, noun: str, i: int) -> set[str]:
        """Entities the article named with a noun of another kind than ``noun`` (the buyer "le groupe Ordalis"
        is not "la jeune pousse"), and never with one of its kind."""
        kind_of = descriptions().kind_of
        kind = kind_of.get(noun)
        if kind is None:
            # "le club" is no entity the article described only as a kind of its own ("le fonds Bluewater"), nor
            # a fund its name says it is ("Cap Horizon Partenaires": entity_stoplist.yaml arm_suffixes)
            exclusive = descriptions().exclusive_kinds
            return self._funds_by_name() | {
                ent["canonical"]
                for n, seen in self.learned.items()
                if kind_of.get(n) in exclusive
                for at, ent in seen
                if at < i
            }
        mine = {
            ent["canonical"] for n, seen in self.learned.items() if kind_of.get(n) == kind for at, ent in seen
        }
        return {
            ent["canonical"]
            for n, seen in self.learned.items()
            if kind_of.get(n) not in (None, kind)
            for at, ent in seen
            if at < i and ent["canonical"] not in mine
        }

    def _learned_before(self, noun: str, i: int) -> dict | None:
        """The entity the article last named with ``noun`` before word ``i`` ("la start-up" in a sentence
        before "la start-up française Mistral AI" is not Mistral AI)."""
        # (the nearest before it: the lists are filled by several passes, not in text order)
        found = max(
            ((at, ent) for at, ent in self.learned.get(noun, ()) if at < i), key=lambda x: x[0], default=None
        )
        return found[1] if found is not None else None

    def _name_under(self, head: int) -> dict | None:
        doc = self.doc
        for child in doc[head].children:
            if (
                child.dep_ in NAME_DEPS
                and child.i > head
                and not any(c.dep_ == "case" for c in child.children)
            ):
                m = self.idx.get(child.i)
                if (
                    m is not None
                    and m["how"] in ("name", "alias")
                    and not m["outlet"]
                    and self._adjoining(head, child.i)
                    and not self._after_case_word(child.i)
                ):
                    return m
        return None

    def _after_case_word(self, i: int) -> bool:
        """ "L'entreprise de Mountain View": a name a preposition opens is a complement, not the noun's name,
        whatever the parse hung on the noun (it may take "View" for punctuation under "entreprise")."""
        k = self.idx.at[i]
        while i > 0 and self.idx.at[i - 1] == k:
            i -= 1
        return i > 0 and self.words.pos[i - 1] == _ADP

    def _adjoining(self, head: int, name: int) -> bool:
        """No clause between a noun and the name under it: "le leader mondial des routeurs, qui a racheté
        Scientific Atlanta" is not Scientific Atlanta (a parse may hang the verb's object on the noun)."""
        w = self.words
        return not any(
            w.pos[t] in (_VERB, _AUX, _PRON) or w.text[t] in (",", ";", ":") for t in range(head + 1, name)
        )

    def _noun_head(self, s: int, e: int) -> int:
        for t in range(s, e):
            if not s <= self.words.head[t] < e:
                return t
        return s

    def _clause_objects(self, tok: int, k: int) -> set[str]:
        """The names under the verb a subject description ``tok`` is the subject of: someone else ("Le géant
        technologique souhaite reprendre l'entreprise Nuance" is not Nuance)."""
        w = self.words
        if w.dep[tok] not in SUBJECT_DEPS or w.head[tok] == tok:
            return set()
        verb = w.head[tok]
        a, b = self.sents[k]
        out = set()
        for t in range(max(a, tok + 1), b):
            m = self.idx.get(t)
            if m is None or m["how"] not in ("name", "alias"):
                continue
            if verb in heads_above(w, t, most=12):
                out.add(m["canonical"])
        return out

    def _clause_subject(self, tok: int, k: int) -> str | None:
        """The subject of the sentence ``tok`` is in, when ``tok`` is not it: an object description is
        someone else ("Carrefour rachète l'enseigne")."""
        subj = self._sentence_subject(k)
        w = self.words
        if subj is None or subj == tok or w.dep[tok] in SUBJECT_DEPS:
            return None
        # "l'action Brévalles a clôturé à 31,60 euros, ce qui valorise l'entreprise à...": in a relative clause
        # the subject an object description is not is the relative's antecedent ("Carrefour, qui rachète
        # l'enseigne"), not the sentence's
        t, verb = tok, w.head[subj]
        for _ in range(12):
            if t == verb or w.head[t] == t:
                break
            if w.dep[t] == "acl:relcl":
                subj = w.head[t]
                break
            t = w.head[t]
        m = self.idx.get(subj)
        return m["canonical"] if m else None

    def _sentence_subject(self, k: int) -> int | None:
        a, b = self.sents[k]
        w = self.words
        subjects = [t for t in range(a, b) if w.dep[t] in SUBJECT_DEPS]
        main = [t for t in subjects if w.dep[w.head[t]] == "ROOT"]
        # "Avec 450 magasins, dont une trentaine en Belgique, Givrelle pèse...": the parse may give the verb a
        # count for a second subject; the one a name fills is the sentence's
        first = next((t for t in main if self.idx.get(t) is not None), None)
        if first is None:
            first = (main or subjects or [None])[0]
        if first is None or self.idx.get(first) is None:
            # "Fondée en 2019, Pédalia avait levé 42 M€": a parse that made the opening participle the subject
            # lost the name after its comma, which is the sentence's subject
            after = self._after_participle_clause(a, a, b)
            if after is not None:
                return after
        return first

    def recent(
        self, k: int, tok: int, label: str, avoid: set[str], subjects_only: bool | None = None
    ) -> dict | None:
        """The entity of ``label`` that was last a grammatical subject since the previous sentence began (a
        product: last named, in any position — "cette technologie")."""
        w = self.words
        since = self.sents[k - 1][0] if k > 0 else 0
        for t in range(tok - 1, since - 1, -1):
            if (
                w.dep[t] not in SUBJECT_DEPS
                and (label != "PRODUCT" if subjects_only is None else subjects_only)
                and not self._fronted_subject(t)
                and not self._copula_subject(t)
            ):
                continue
            if w.dep[t] in SUBJECT_DEPS and (
                w.dep[w.head[t]] == "acl:relcl" or "Rel" in w.feat(t, "PronType")
            ):
                continue  # "menée par Eurazeo, qui apporte 20 millions": a relative's subject is not the topic
            m = self.idx.get(t)
            if m is not None and m["label"] == label and not m["outlet"] and m["canonical"] not in avoid:
                return m
        return None

    def _fronted_subject(self, t: int) -> bool:
        """``t`` ends a name between a comma and a verb, the subject after an opening clause the parse hung
        elsewhere ("Fondée en 2008 par son directeur général, Julien Kervella, Ventalis a construit ...")."""
        k = self.idx.at[t]
        if k < 0:
            return False
        s, e = self.idx.bounds[k]
        w = self.words
        return t == e - 1 and e < self.n and w.pos[e] in (_VERB, _AUX) and s > 0 and w.text[s - 1] == ","

    def salient(self, label: str, avoid: set[str], before: int | None = None) -> dict | None:
        """The article's most salient entity of ``label`` not in ``avoid``, named before token ``before`` when
        given: a description points back ("la start-up lituanienne" is no company the article names later)."""
        if before is not None and self._first_named is None:
            first: dict[str, int] = {}
            for m, (a, _b) in zip(self.idx.mentions, self.idx.bounds, strict=True):
                if m["how"] in ("name", "alias"):
                    first[m["canonical"]] = min(a, first.get(m["canonical"], a))
            self._first_named = first
        for s in self.idx.salience:
            if s["label"] != label or s["canonical"] in avoid:
                continue
            if before is not None and self._first_named is not None:
                if self._first_named.get(s["canonical"], before) >= before:
                    continue
            return s
        return None

    def pronoun(self, i: int, k: int, low: str) -> dict | None:
        """ "elle": the nearest earlier subject of the same sentence ("Si Microsoft investit..., c'est
        qu'elle..."), else the previous sentence's subject, when gender and number agree."""
        info = grammar().personal[low]
        if info.get("number") == "plur":
            return None
        w = self.words
        a, _b = self.sents[k]
        cands = [m for t in range(i - 1, a - 1, -1) if w.dep[t] in SUBJECT_DEPS and (m := self.idx.get(t))]
        if k > 0:
            subj = self._sentence_subject(k - 1)
            m = self.idx.get(subj) if subj is not None else None
            if m is not None:
                cands.append(m)
        for cand in cands:
            if not cand["outlet"] and _agrees(cand, info):
                return _mention(w.text[i], cand["canonical"], cand["label"], "pronoun")
        return None

    def latter(self, i: int, k: int, info: dict) -> dict | None:
        """ "ce dernier", "cette dernière": the last name before them, in their sentence or the one before, that
        agrees ("... au producteur Cleveland-Cliffs. Ce dernier prévoit d'acquérir...")."""
        w = self.words
        since = self.sents[k - 1][0] if k > 0 else self.sents[k][0]
        for t in range(i - 1, max(since, i - 80) - 1, -1):
            m = self.idx.get(t)
            if (
                m is not None
                and m["how"] in ("name", "alias")
                and m["label"] in ("ORG", "PRODUCT", "PER")
                and not m["outlet"]
                and _agrees(m, info)
            ):
                return _mention(w.text[i] + " " + w.text[i + 1], m["canonical"], m["label"], "pronoun")
        return None

    def clitic(self, i: int, k: int, low: str) -> dict | None:
        """ "la" before its verb: the nearest name before it, in its sentence then in the one before, that is
        not its verb's subject ("Valentino est une maison italienne. Kering l'a rachetée", "une entrée en
        bourse d'OpenAI la valoriserait"), when gender and number agree. Before a reporting verb "l'" is
        neuter ("le constructeur l'a annoncé mardi") and names no one."""
        from .hedging import cues

        info = grammar().object_clitics[low]
        w = self.words
        verb = w.head[i]
        if w.lemma[verb].lower() in sources().reporting_verbs:
            return None
        # the verb's own parties, whatever the parse called them ("Kering" tagged as an adverb)
        own = {m["canonical"] for c in w.children[verb] if c != i and (m := self.idx.get(c)) is not None}
        j = i - 1 if i > 0 and w.lower_apos[i - 1] not in cues().negation_particles else i - 2
        bounds = self.idx.span_of(j) if j >= 0 else None
        if bounds is not None and not (bounds[0] > 0 and w.pos[bounds[0] - 1] == _ADP):
            # "Le fonds CD&R la rachètera": the name right before is its subject, unless a preposition makes
            # it a complement ("une entrée en bourse de Doctolib la valoriserait")
            own.add(self.idx.get(j)["canonical"])
        since = self.sents[k - 1][0] if k > 0 else self.sents[k][0]
        for t in range(i - 1, max(since, i - 80) - 1, -1):
            m = self.idx.get(t)
            if (
                m is not None
                and m["label"] in ("ORG", "PRODUCT", "PER")
                and m["canonical"] not in own
                and not m["outlet"]
                and _agrees(m, info)
            ):
                return _mention(w.text[i], m["canonical"], m["label"], "pronoun")
        return None

    def owner(self, i: int, k: int) -> dict | None:
        """ "sa valorisation": the subject of the sentence before the possessive, else the previous sentence's
        subject, else the article's topic; never a party the possessive's own noun names ("son rachat par
        Kaltmark" is not Kaltmark's: the next candidate is then the owner)."""
        avoid = self._noun_parties(i)
        m = next((m for m in self._owners(i, k) if m["canonical"] not in avoid), None)
        return (
            _mention(self.words.text[i], m["canonical"], m["label"], "possessive") if m is not None else None
        )

    def _noun_parties(self, i: int) -> set[str]:
        """The names the possessive's noun takes as its agent or beneficiary ("son rachat par le groupe
        Kaltmark", "sa cession à Verallia")."""
        w = self.words
        noun = w.head[i]
        out: set[str] = set()
        # (the parse may hang "par le groupe X" on the verb whose object the noun is)
        agents = [c for c in w.children[w.head[noun]] if c > noun and w.dep[c] == "obl:agent"]
        for c in [*w.children[noun], *agents]:
            if c > noun and any(w.dep[g] == "case" and w.lower[g] in _PARTY_CASES for g in w.children[c]):
                m = self.idx.get(c)
                if m is None:
                    m = next((g for g in map(self.idx.get, w.children[c]) if g is not None), None)
                if m is not None:
                    out.add(m["canonical"])
        return out

    def _owners(self, i: int, k: int) -> Iterator[dict]:
        """The candidates for the owner of the possessive at ``i``, in the order ``owner`` tries them."""
        w = self.words
        a, b = self.sents[k]
        for t in range(a, i):
            m = self.idx.get(t)
            if m is None and w.dep[t] in SUBJECT_DEPS and w.pos[t] == _NOUN and t + 1 < i:
                # "le titre Oncévia a bondi de 18 %, portant sa capitalisation à...": the name right after the
                # subject's common noun is the subject
                m = self.idx.get(t + 1)
            if w.dep[t] in SUBJECT_DEPS and m is not None and not m["outlet"] and m["label"] != "LOC":
                yield m
        main = self._participle_clause_subject(i, a, b)
        if main is not None:
            yield main
        # "Du côté de Splunk, Gary Steele, son président": the company a topic opener at the sentence's start
        # names (grammar.yaml topic_openers); any other company of the sentence may be a mere circumstance
        # ("Malgré la concurrence d'Amazon, son chiffre d'affaires...")
        for opener in grammar().topic_openers:
            n = a + len(opener)
            if tuple(self.folded[a:n]) == opener and n < i:
                m = self.idx.get(n)
                if m is not None and m["label"] in ("ORG", "MISC") and not m["outlet"]:
                    yield m
        if not any(w.dep[t] in SUBJECT_DEPS for t in range(a, i)):
            # "Hexavia publie ses résultats", the name parsed as a root of its own: the name opening the sentence
            # right before its verb, whatever the model's label
            span = self.idx.span_of(a)
            m = self.idx.get(a)
            if m is not None and span is not None and span[1] < i and w.head[span[0]] == span[0]:
                if w.pos[span[1]] == _VERB and not m["outlet"] and m["label"] != "LOC":
                    yield m
            # "Fondé en 1987 à Melbourne, Aesop - prononcé Esope -, est connue pour ses produits": the parse lost
            # the subject; the first company named before the possessive outside a prepositional phrase
            for t in range(a, i):
                m = self.idx.get(t)
                if m is not None and m["label"] in ("ORG", "PRODUCT") and not m["outlet"] and self._bare(t):
                    yield m
        if k > 0:
            subj = self._sentence_subject(k - 1)
            m = self.idx.get(subj) if subj is not None else None
            if m is not None and not m["outlet"] and m["label"] in TOPIC_LABELS + ("PER",):
                yield m
        yield from self.idx.parties(TOPIC_LABELS)  # the article's topic, then the next most salient

    def _participle_clause_subject(self, i: int, a: int, b: int) -> dict | None:
        """ "Fondée en 2008 par son directeur général, Julien Kervella, Ventalis a construit...": a possessive
        in the participle clause opening the sentence is the main clause's subject's, the first company named
        after the clause's comma (a name in apposition inside the clause, "Julien Kervella", is no owner)."""
        t = self._after_participle_clause(i, a, b, inside=True)
        return self.idx.get(t) if t is not None else None

    def _after_participle_clause(self, i: int, a: int, b: int, inside: bool = False) -> int | None:
        """The first word of the name that ends the participle clause opening the sentence ``a..b``, after word
        ``i``: a name right after a comma and right before its verb, whatever the parse made of it (a person's
        too, unless ``inside``: an owner of a possessive inside the clause is a company)."""
        from .frames import opening_participle

        w = self.words
        o = opening_participle(self.doc, a, b)
        if o is None or o > i or inside and o == i:
            return None
        labels = ("ORG", "MISC", "PRODUCT", "LOC") if inside else ("ORG", "MISC", "PRODUCT", "LOC", "PER")
        for t in range(i + 1, b):
            m = self.idx.get(t) if w.text[t - 1] == "," else None
            if m is None or m["label"] not in labels or m["outlet"]:
                continue
            end = self.idx.bounds[self.idx.at[t]][1]
            if (
                end < b
                and w.pos[end] in (_VERB, _AUX)
                and not (m["label"] == "LOC" and is_place(m["canonical"]))
            ):
                return t
        return None

    def _bare(self, t: int) -> bool:
        """The mention at ``t`` opens with no preposition before it ("d'Amazon" does)."""
        span = self.idx.bounds[self.idx.at[t]]
        return span[0] == 0 or self.words.pos[span[0] - 1] != _ADP

    def relative(self, i: int) -> dict | None:
        from .syntax import antecedent

        if "Rel" not in self.words.feat(i, "PronType"):
            return None
        tok = self.doc[i]
        ante = antecedent(tok)
        m = self.idx.get(ante.i) if ante is not None and ante.i != i else None
        return _mention(tok.text, m["canonical"], m["label"], "relative") if m else None


# A company and its product share a name often enough (Facebook, WhatsApp, YouTube) that a description of one
# label stands for an entity of the other when the article names none of its own.
_KIN_LABELS = {"ORG": "PRODUCT", "PRODUCT": "ORG"}


@cache
def _fact_nouns() -> frozenset[str]:
    """The first words of the built-in frames' noun triggers ("série" of "série B"): built once, not per name (a
    description is read before any claim, so with the built-in frames)."""
    from .frames import load_frames

    return frozenset(key for key, trigs in load_frames().index.items() if any(t.pos == "noun" for t in trigs))


def fund_by_name(name: str) -> bool:
    """The name ends with an investment arm's word ("Taillefer Partners": entity_stoplist.yaml ``arm_suffixes``)."""
    return name.rsplit(" ", 1)[-1] in entity_lexicon()["arm_suffixes"]


def _name_words(name: str) -> list[str]:
    """A name's words, folded, its hyphens read as spaces ("Centre-Val de Loire")."""
    return fold(name).replace("-", " ").split()


@lru_cache(maxsize=8)
def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(p[0] for p in phrases)


@cache
def _domain_openers() -> frozenset[str]:
    """The words that open the domain of a description noun ("la société de cybersécurité", "le spécialiste
    en ligne"): the forms of "de" and "en" (grammar.yaml)."""
    return frozenset(fold(w) for w in grammar().prep_forms("de") | grammar().prep_forms("en"))


@cache
def _complement_openers() -> frozenset[str]:
    """The words that open a complement inside a description's domain (folded forms of "de", "à", "en")."""
    return _domain_openers() | frozenset(fold(w) for w in grammar().prep_forms("à"))


def _person_domain(label: str | None, named: dict) -> bool:
    """ "le patron du groupe Transports Vasseur": a name in a person's description that is no person's is the
    domain the person works in, not the person."""
    return label == "PER" and named["label"] != "PER"


def _agrees(mention: dict, info: dict) -> bool:
    if mention["label"] in ("ORG", "PRODUCT"):
        return True  # "elle" for a company is usual French; names carry no gender of their own
    if mention["label"] == "PER":
        known = known_index().by_key.get(key(mention["canonical"]))
        gender = getattr(known, "gender", None)
        return gender is None or gender == info.get("gender")
    return False


# spacy.symbols ids, compared against TokenStrings.pos
from spacy.symbols import ADJ as _ADJ  # noqa: E402
from spacy.symbols import ADP as _ADP  # noqa: E402
from spacy.symbols import ADV as _ADV  # noqa: E402
from spacy.symbols import AUX as _AUX  # noqa: E402
from spacy.symbols import CCONJ as _CCONJ  # noqa: E402
from spacy.symbols import DET as _DET  # noqa: E402
from spacy.symbols import NOUN as _NOUN  # noqa: E402
from spacy.symbols import PRON as _PRON  # noqa: E402
from spacy.symbols import PROPN as _PROPN  # noqa: E402
from spacy.symbols import VERB as _VERB  # noqa: E402
from spacy.symbols import X as _X  # noqa: E402

_ADJ_ADV = (_ADJ, _ADV)


def _matching_epithet(epithets: dict[str, list[dict]], word: str) -> list[dict]:
    """Entities given ``word`` in any gender or number: "canadienne" and "canadien", "française" and
    "français" (the shorter within one letter of the longer's common stem)."""
    if len(word) < 4:
        return []
    if word in epithets:
        return epithets[word]
    for known, ents in epithets.items():
        n = min(len(known), len(word))
        common = 0
        while common < n and known[common] == word[common]:
            common += 1
        if common >= 4 and common >= n - 1 and abs(len(known) - len(word)) <= 2:
            return ents
    return []


# Per-doc indexes beside the doc, not in doc.user_data (serialised with the doc); weak keys: gone with it.
_INDEXES: weakref.WeakKeyDictionary[Doc, MentionIndex] = weakref.WeakKeyDictionary()


def mention_index(doc: Doc) -> MentionIndex:
    """The doc's mentions: those the component wrote, else read now (a doc made without the component)."""
    idx = _INDEXES.get(doc)
    if idx is None or len(idx.at) != len(doc):
        idx = _INDEXES[doc] = _Builder(doc).build()
    return idx


def mention_for(doc: Doc, token: Any) -> dict | None:
    """The contract mention {"text", "canonical", "label"} ``token`` stands for, else None."""
    m = mention_index(doc).get(token.i)
    return {k: m[k] for k in ("text", "canonical", "label")} if m else None


class MentionFinder:
    """spaCy component: doc.spans["factx_mentions"] and doc._.factx_salience."""

    def __call__(self, doc: Doc) -> Doc:
        idx = _INDEXES[doc] = _Builder(doc).build()
        spans = []
        for m, (s, e) in zip(idx.mentions, idx.bounds, strict=True):
            span = Span(doc, s, e, label=m["label"] or "")
            span._.factx_mention = m
            spans.append(span)
        doc.spans[MENTIONS] = spans
        doc._.factx_salience = idx.salience
        return doc

    # nothing learned: the words come from data files
    def to_disk(self, path: Any, *, exclude: Any = ()) -> None:
        return None

    def from_disk(self, path: Any, *, exclude: Any = ()) -> MentionFinder:
        return self

    def to_bytes(self, *, exclude: Any = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Any = ()) -> MentionFinder:
        return self


@Language.factory(
    "factx_mentions",
    requires=["doc.spans", "token.dep"],
    assigns=["doc.spans", "doc._.factx_salience"],
)
def make_mentions(nlp: Language, name: str) -> MentionFinder:
    extensions.register()
    return MentionFinder()
