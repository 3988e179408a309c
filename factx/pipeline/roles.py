"""Stage 2 of the claim engine: who does what to whom. Each role is filled by named strategies, tried in order.

Subject: ``parse`` (the frame's role hints on the dependency tree), ``conj`` (the roles of the trigger this
one is coordinated with), ``prep`` (the role's preposition in the
words after the trigger), ``predicate`` ("X est le premier actionnaire", "ferait de X le principal
actionnaire"), ``support`` (the subject of the verb a trigger noun complements: "Stellantis a
annoncé un investissement"), ``participle`` ("Fondée en 2015, OpenAI..."), ``topic_comma`` ("Mistral AI,
fondée en 2023, a levé..."), ``possessive`` ("sa valorisation": its owner), ``previous`` (a bare noun refers
back to the last claim of its frame), ``salient`` (the article's most salient entity that fits, for a
trigger with a definite or possessive determiner and no named owner), ``nearest`` (the nearest entity of the
sentence).
Object: ``parse``, ``prep``, ``conj``, ``coordination`` ("X et Y ont signé un partenariat"), ``support`` ("OpenAI a reçu
un investissement"), ``previous`` (the other party of the last claim of its frame with the same subject),
``bare_capital`` ("8 % du capital": the company the article is about), ``nearest``, ``salient`` (the
article's most salient organisation other than the subject, for a deal whose other party goes unnamed).
Value: ``parse``, ``prep``, ``relative`` ("GPT-3.5, sur lequel ChatGPT est basé").

Each strategy is a small function ``(ctx, draft) -> Filled | None``; the draft records which one decided.
News outlets are never a role: they are the claim's attribution (stage 3).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from weakref import WeakKeyDictionary

from spacy.symbols import ADJ, ADP, ADV, AUX, CCONJ, DET, NOUN, NUM, PRON, PROPN, PUNCT, SCONJ, VERB, X
from spacy.tokens import Doc, Span, Token

from ..canon import is_family
from .draft import Draft, Filled
from .entities import is_place, single_determiners
from .extensions import ENTITIES
from .frames import Frame, Frames, Trigger, fold_word, guess_infinitive, opening_participle
from .lexicon import descriptions, figures, fold, grammar, sources
from .mentions import SUBJECT_DEPS, MentionIndex, fund_by_name
from .sentences import sentence_at, sentence_bounds
from .syntax import (
    antecedent,
    brackets,
    by_spec,
    determiner_of,
    governing_verb,
    heads_above,
    incises,
    is_passive,
    is_possessive,
    logical,
    norm,
    opening_word,
    prep_matches,
)
from .tokens import TokenStrings, token_strings

NAME_DEPS = ("appos", "amod", "flat", "flat:name", "flat:foreign", "nmod", "compound", "nsubj", "fixed")
ROLE_LABELS = frozenset({"ORG", "PER", "PRODUCT", "MISC"})
# a place the sentence itself names in a role is a party ("le budget de la France"); never a guess
NAMED_LABELS = ROLE_LABELS | {"LOC"}
OBJECT_LABELS = frozenset({"ORG", "MISC", "PRODUCT"})
PREP_REACH = 15
PARTICIPLE_REACH = 8


@dataclass
class Context:
    """What the role strategies of one sentence share."""

    sent: Span
    idx: MentionIndex
    frames: Frames
    previous: list[Draft]  # earlier drafts of the article, in order
    exclude: set[int] = field(default_factory=set)  # tokens no role may take (sources, figures)
    current: list[Draft] = field(default_factory=list)  # this sentence's drafts filled so far
    _holders: set[int] | None = None
    _held: dict[int, Filled | None] = field(default_factory=dict)  # share noun -> its holder (see _held_by)

    def __post_init__(self) -> None:
        # read once per sentence what every draft of it asks
        strings = token_strings(self.sent.doc)
        lead = figures().lead_verbs
        a, b = self.sent.start, self.sent.end
        self.conj_verbs = {i for i in range(a, b) if strings.pos[i] == VERB and strings.dep[i] == "conj"}
        self.backers: set[int] = set()  # tokens no party may take: a round's funders and judges of a fact
        # of those, a round's backers (each a claim of the round's backers frame)
        self.funders: set[int] = set()
        self.incises = incises(self.sent, lambda i: self.idx.get(i) is not None)
        self.brackets = brackets(strings, a, b)
        self.funders |= self._backers_after_openers(strings, a, b)
        self.funders |= self._backers_listed(strings, a, b)
        # of those, who joins or leads the round (verbs of joining, lead verbs): they may hold shares too ("font
        # partie du tour de table, les deux réunis pesant moins de 5 % du capital", "mené par Kering, qui a pris une
        # participation de 5 %"), where a name after "auprès de" may sell them
        self.joined = self._backers_joining(strings, a, b)
        for i in range(a, b):
            # "Tiger Global a mené ce tour de table": the active lead verb's subjects back the round it leads
            if strings.pos[i] == VERB and strings.lemma[i].lower() in lead and self._active_lead(strings, i):
                for c in strings.children[i]:
                    if strings.dep[c] == "nsubj":
                        self.joined |= {x.i for x in self.sent.doc[c].subtree}
                self.joined |= self._names_before(strings, a, i)
                continue
            # "un tour de table mené par Tiger Global": the backer is not the company raising
            if strings.lemma[i].lower() in lead and "Part" in strings.feat(i, "VerbForm"):
                # "mené par Tiger Global", "Menée par SoftBank, la levée...", "est mené par EQT Growth"
                t = self.sent.doc[i]
                agents = logical(t, "subj") if is_passive(t) else []
                agents = agents or [c for c in t.children if c.i > i and prep_matches(c, "par")]
                self.joined |= {x.i for c in agents for x in c.subtree}
                for c in agents:
                    # "Menée par le conglomérat japonais SoftBank", "menée par Lee Fixel et son fonds Addition":
                    # the names right after the agent the parse hung elsewhere are agents still
                    j = c.right_edge.i + 1
                    while j < b:
                        if self.idx.get(j) is not None and strings.pos[j] != PUNCT:
                            self.funders.add(j)
                        elif not (
                            strings.lower[j] in grammar().list_links
                            and strings.text[j] != ","
                            and any(self.idx.get(n) is not None for n in range(j + 1, min(b, j + 4)))
                            or strings.pos[j] == DET
                            or strings.pos[j] == NOUN
                            and fold_word(strings.lemma[j]) in figures().backer_nouns
                        ):
                            break
                        j += 1
            # "La Commission a donné son feu vert au rachat de Wiz par Google": who judges a deal is no party
            # to any fact of its sentence
            if (
                strings.pos[i] == VERB
                and _outside_word(strings.lower[i], strings.lemma[i], strings.pos[i])
                and self._judges_a_fact(strings, i)
            ):
                t = self.sent.doc[i]
                self.backers |= {x.i for c in logical(t, "subj") for x in c.subtree if x.i < t.i}
            # "l'approbation de l'UE pour son offre": the judge named under the noun is no party either
            if strings.pos[i] == NOUN and strings.lemma[i].lower() in grammar().outside_nouns:
                for c in strings.children[i]:
                    if strings.dep[c].startswith("nmod") and c > i and not self._fact_noun(strings, c):
                        tok = self.sent.doc[c]
                        if prep_matches(tok, "de") or prep_matches(tok, "par"):
                            self.backers |= {x.i for x in tok.subtree}
        self.funders |= self.joined
        # names a backer noun lists: backers of this sentence's round, or of the round the article told before;
        # owners: a listed backer's token -> the token of the company it backs, when the noun names it (read
        # once every other funder is known: whether the sentence names a round depends on them)
        self.owners: dict[int, int] = {}
        self.listed = self._backers_of_nouns(strings, a, b)
        if self.listed and self.names_round:
            self.funders |= self.listed  # with no round of its own, the sentence's names keep their roles
        self.backers |= self.funders

    def _active_lead(self, strings: TokenStrings, i: int) -> bool:
        """The lead verb at ``i`` is active ("mène", "a mené"; not "mené par") with a round's own noun for
        object. Not in a relative or a predicate coordinated with one of the same subject: a leader with a
        predicate of its own states facts of its own ("qui mène le tour, met 40 millions sur la table", "a mené
        l'opération et détiendra 21,5 %"); a generic deal noun is no round here ("Lazard a piloté l'opération"
        is an adviser's work)."""
        kids = strings.children[i]
        return (
            ("Part" not in strings.feat(i, "VerbForm") or any(strings.dep[c] == "aux:tense" for c in kids))
            and strings.dep[i] not in ("acl:relcl", "conj")
            and not any(
                strings.dep[c] == "conj"
                and strings.pos[c] == VERB
                and not any(strings.dep[g] == "nsubj" for g in strings.children[c])
                for c in kids
            )
            and any(strings.dep[c] == "obj" and self._round_noun(strings, c) for c in kids)
        )

    def _judges_a_fact(self, strings: TokenStrings, i: int) -> bool:
        """The outside verb at ``i`` governs a fact's noun ("a donné son feu vert au rachat", "a autorisé
        l'acquisition"), not an infinitive of its subject's own ("a accepté de payer 32 milliards")."""
        kids = strings.children[i]
        if any(strings.dep[c] in ("xcomp", "ccomp") and "Inf" in strings.feat(c, "VerbForm") for c in kids):
            return False
        nouns = [c for c in kids if strings.dep[c] in ("obj", "obl", "obl:arg", "obl:mod", "iobj")]
        nouns += [g for c in nouns for g in strings.children[c] if strings.dep[g].startswith("nmod")]
        return any(self._fact_noun(strings, n) for n in nouns)

    def holders(self) -> set[int]:
        """Tokens of the names holding the shares a share noun of the sentence names (see stake_parts)."""
        if self._holders is None:
            s = token_strings(self.doc)
            nouns = self.frames.share_nouns()
            self._holders = set()
            for i in range(self.sent.start, self.sent.end):
                if s.pos[i] == NOUN and fold_word(s.lemma[i]) in nouns:
                    holder = stake_parts(self, i, excluded=False)[0]
                    if holder is not None:
                        a, b = self.idx.span_of(holder.token) or (holder.token, holder.token + 1)
                        self._holders |= set(range(a, b))
        return self._holders

    def funder_names(self) -> set[str]:
        """The canonical names of the sentence's backers of a round."""
        return {m["canonical"] for i in self.funders if (m := self.idx.get(i)) is not None}

    def holder_names(self) -> set[str]:
        """The canonical names of :meth:`holders`."""
        return {m["canonical"] for i in self.holders() if (m := self.idx.get(i)) is not None}

    def _fact_noun(self, strings: TokenStrings, i: int) -> bool:
        return self._trigger_noun(strings, i, lambda frame: True)

    @cached_property
    def names_round(self) -> bool:
        """The sentence names a round ("ce tour de table", "la levée"): the backers it names without a round
        of its own back the round the article told."""
        strings = token_strings(self.sent.doc)
        return any(
            self._round_word(strings, i)
            or self._led_anaphor(strings, i)
            # "L'opération, à laquelle ont participé Bpifrance et Eurazeo": a deal noun the backers join
            or bool(self.funders)
            and self._round_anaphor(strings, i)
            and self._round_told()
            for i in range(self.sent.start, self.sent.end)
        )

    def _led_anaphor(self, strings: TokenStrings, i: int) -> bool:
        """ "L'opération est menée par Tencent", "Le financement, conduit par EQT": a lead verb's participle whose
        subject, or the noun it qualifies, is a generic deal noun with a definite or demonstrative article
        (figures.yaml ``round_anaphors``) names the round the article told."""
        fig = figures()
        if strings.lemma[i].lower() not in fig.lead_verbs or "Part" not in strings.feat(i, "VerbForm"):
            return False
        nouns = [c for c in strings.children[i] if strings.dep[c] in ("nsubj", "nsubj:pass")]
        if strings.dep[i].startswith("acl"):
            nouns.append(strings.head[i])
        return any(self._round_anaphor(strings, n) for n in nouns)

    def _round_noun(self, strings: TokenStrings, i: int) -> bool:
        return self._trigger_noun(strings, i, self._has_backers)

    def _round_word(self, strings: TokenStrings, i: int) -> bool:
        """Token ``i`` names a round: a noun or a verb ("lever") of a frame with backers."""
        return self._trigger_noun(strings, i, self._has_backers) or self._trigger(
            strings, i, VERB, "verb", self._has_backers
        )

    def _has_backers(self, frame: str) -> bool:
        return bool(self.frames.frames[frame].backers)

    def _trigger_noun(self, strings: TokenStrings, i: int, of_frame: Callable[[str], bool]) -> bool:
        """Token ``i`` is a noun triggering a frame ``of_frame`` accepts."""
        return self._trigger(strings, i, NOUN, "noun", of_frame)

    def _trigger(
        self, strings: TokenStrings, i: int, pos: int, kind: str, of_frame: Callable[[str], bool]
    ) -> bool:
        return strings.pos[i] == pos and any(
            t.pos == kind and of_frame(t.frame)
            for t in self.frames.index.get(fold_word(strings.lemma[i]), ())
        )

    def _backers_listed(self, strings: TokenStrings, a: int, b: int) -> set[int]:
        """ "Le tour de table comprend Google, Amazon et Nvidia": the names a verb of figures.yaml ``backer_verbs``
        lists when its subject is a round's noun (a frame with backers): the subject the parse gives, else the
        noun that opens the sentence ("Le tour de table, mené par X, comprend..."). The list is read word by
        word after the verb, whatever the parse made of it (names, list words, articles, backer nouns)."""
        verbs = figures().backer_verbs
        out: set[int] = set()
        for i in range(a, b):
            if strings.pos[i] not in (VERB, AUX) or strings.lemma[i].lower() not in verbs:
                continue
            kids = strings.children[i]
            if not (
                any(strings.dep[c] == "nsubj" and self._round_noun(strings, c) for c in kids)
                or self._opens_on_round(strings, a, i)
            ):
                continue
            out |= self._list_after(strings, i + 1, b)
        return out

    def _opens_on_round(self, strings: TokenStrings, a: int, verb: int) -> bool:
        """The sentence opens on a round's noun ("Le tour de table", "La levée de fonds") that no finite verb
        before ``verb`` takes as its subject."""
        k = a
        while k < verb and strings.pos[k] == DET:
            k += 1
        if k >= verb or not self._round_noun(strings, k):
            return False
        return not any(
            strings.pos[j] in (VERB, AUX) and "Fin" in strings.feat(j, "VerbForm") for j in range(k + 1, verb)
        )

    def _list_after(self, strings: TokenStrings, j: int, b: int) -> set[int]:
        """The tokens of the names listed from ``j`` on: names joined by list words, with articles, backer nouns
        ("le fonds Tiger Global") and bracketed figures ("Bpifrance (12 millions)") between them. The list ends
        at a comma after its last item ("Bpifrance et Eurazeo, Cyclomax conservant la majorité") and before a
        name its own verb follows ("... et Valmora a recruté 50 personnes")."""
        links = set(grammar().list_links) | {"ainsi", "que"}
        last_item = {"et", "ainsi", "que"}
        nouns = figures().backer_nouns
        closes = dict(self.brackets)  # "(" -> its ")"
        out: set[int] = set()
        closing = False  # the item being read follows "et": a comma after it ends the list
        while j < b:
            span = self.idx.span_of(j) if self.idx.get(j) is not None else None
            if span is not None:
                k = span[1]
                if k < b and (strings.pos[k] in (VERB, AUX) or strings.lower_apos[k] in ("n'", "ne")):
                    break  # the subject of a clause of its own
                out |= set(range(j, k))
                j = k
            elif j in closes:
                j = closes[j] + 1  # a bracketed figure: "Bpifrance (12 millions d'euros)"
            elif strings.lower[j] in links:
                if strings.text[j] == "," and closing:
                    break
                closing = closing or strings.lower[j] in last_item
                j += 1
            elif (
                strings.pos[j] == DET
                or strings.lemma[j].lower() in nouns
                or strings.pos[j] == ADJ
                and strings.text[j].islower()
                or strings.pos[j] == ADV
                and not out  # "comprend également Bpifrance"
                or strings.pos[j] in (PROPN, NOUN)
                and strings.text[j][:1].isupper()  # a name's last word
            ):
                j += 1
            else:
                break
        return out

    def _backers_joining(self, strings: TokenStrings, a: int, b: int) -> set[int]:
        """ "Bpifrance et Kima Ventures participent également à ce tour de table", "Eurazeo a pris part à la
        levée": the subjects of a verb of figures.yaml ``joining_verbs`` whose complement is a round's noun."""
        verbs = _joining_verbs()
        out: set[int] = set()
        for i in range(a, b):
            nouns = verbs.get(strings.lemma[i].lower()) if strings.pos[i] == VERB else None
            if nouns is None:
                continue
            kids = strings.children[i]
            objects = {strings.lemma[c].lower() for c in kids if strings.dep[c] == "obj"}
            if "" not in nouns and not nouns & objects:
                continue  # "prendre part", not "prendre une participation"
            # the round is the verb's complement, or its object noun's ("font partie du tour de table")
            held = [
                g
                for c in kids
                if strings.dep[c] == "obj" and strings.lemma[c].lower() in nouns
                for g in strings.children[c]
            ]
            if not any(
                strings.dep[c] in ("obj", "obl:arg", "obl:mod", "obl", "nmod")
                and self._names_a_round(strings, c, i)
                for c in (*kids, *held)
            ):
                continue
            for c in kids:
                if strings.dep[c] in ("nsubj", "nsubj:pass"):  # "X sont associés au tour de table"
                    out |= {x.i for x in self.sent.doc[c].subtree}
            out |= self._names_before(strings, a, i)
        return out

    def _names_a_round(self, strings: TokenStrings, c: int, verb: int) -> bool:
        """The complement ``c`` of the joining verb ``verb`` is a round: its noun, a deal noun pointing back to
        it, or a relative pronoun standing for one ("L'opération, à laquelle ont participé Eurazeo et ...")."""
        if "Rel" in strings.feat(c, "PronType") and strings.dep[verb] == "acl:relcl":
            c = strings.head[verb]
        return self._round_noun(strings, c) or self._round_anaphor(strings, c) and self._round_told()

    def _round_told(self) -> bool:
        """The article's latest one-off fact is a round (a frame with backers): a generic deal noun ("cette
        opération") points to it; after an acquisition, "Bpifrance participe à l'opération" co-invests in a
        purchase, and "le cabinet X a piloté l'opération" advises it."""
        frames = self.frames.frames
        last = next((p for p in reversed(self.previous) if frames[p.frame].one_off), None)
        return last is not None and bool(frames[last.frame].backers)

    def _round_anaphor(self, strings: TokenStrings, i: int) -> bool:
        """ "cette opération", "le financement": a generic deal noun (figures.yaml ``round_anaphors``) with a
        definite or demonstrative article, which a round's backers join as they join the round it names."""
        if strings.pos[i] != NOUN or fold_word(strings.lemma[i]) not in figures().round_anaphors:
            return False
        g = grammar()
        articles = g.definite_article | g.demonstrative
        return any(strings.dep[c] == "det" and strings.lower_apos[c] in articles for c in strings.children[i])

    def _names_before(self, strings: TokenStrings, a: int, verb: int) -> set[int]:
        """ "Kering et Tiger Global Management ont participé": the names that open the clause of ``verb``, with
        only list words, articles, backer nouns and the verb's auxiliaries and adverbs between them and it
        (the parse may hang the coordination anywhere). A comma before any "et" ends the list ("Selon Marc
        Simoncini, Eurazeo a participé"), and so does one after a word that is no name ("En 2021, Kering et
        ..."); a capitalised word no entity covers counts only next to a name (the rest of one the recogniser
        cut short)."""
        links = grammar().list_links
        out: set[int] = set()
        j = verb - 1
        while j >= a and strings.pos[j] in (AUX, ADV, PRON) and strings.dep[j] != "nsubj":
            j -= 1  # "ont également", "participent eux aussi"
        in_name, joined = True, False
        while j >= a:
            if self.idx.get(j) is not None:
                out.add(j)
                in_name = True
            elif strings.text[j] == ",":
                before = j - 1
                if not joined or before < a or self.idx.get(before) is None and strings.pos[before] != PROPN:
                    break  # the clause's boundary, not a list's comma
                in_name = False
            elif strings.lower[j] in links:
                joined, in_name = True, False
            elif (
                in_name
                and strings.text[j][:1].isupper()
                and strings.pos[j] not in (ADP, SCONJ, ADV, DET, PRON, CCONJ)
            ):
                pass  # "Tiger [Global Management]"
            elif strings.pos[j] in (DET, ADJ) or (
                strings.pos[j] == NOUN and fold_word(strings.lemma[j]) in figures().backer_nouns
            ):
                in_name = False
            else:
                break
            j -= 1
        return out if j < a or strings.pos[j] == PUNCT else set()

    def _backers_of_nouns(self, strings: TokenStrings, a: int, b: int) -> set[int]:
        """ "des investisseurs tels que Benchmark et Accel", "ses investisseurs historiques (Benchmark, Accel)",
        "deux fonds de capital-risque, Sequoia Capital et Coatue": the names a noun of figures.yaml
        ``backer_nouns`` lists after one of ``list_openers``, or right after it when the noun is plural."""
        fig = figures()
        out: set[int] = set()
        words = strings.lower_apos
        openers = sorted(fig.list_openers, key=len, reverse=True)
        for i in range(a, b):
            if strings.pos[i] != NOUN or fold_word(strings.lemma[i]) not in fig.backer_nouns:
                continue
            head = strings.head[i]
            if strings.lemma[head].lower() in grammar().one_of or (
                i > a and self._round_noun(strings, head) and words[i - 1] in grammar().prep_forms("de")
            ):
                continue  # "une levée de fonds": the round itself; "l'un des investisseurs d'Instagram": one
            j = i + 1
            # its own modifiers: "investisseurs historiques", "fonds de capital-risque", "sociétés d'investissement"
            while j < b and (
                strings.pos[j] == ADJ
                or strings.pos[j] == ADP
                and j + 1 < b
                and strings.pos[j + 1] == NOUN
                and self.idx.get(j + 1) is None
                or strings.pos[j] == NOUN
                and strings.pos[j - 1] == ADP
                and self.idx.get(j) is None
            ):
                j += 1
            # its determiner tells an invariable noun's number: "le fonds américain Vista" is one
            dets = [c for c in strings.children[i] if strings.dep[c] == "det"]
            # (as does a singular one the parse hangs nowhere; "au fonds CD&R" is the one fund something goes to)
            plural = (
                "Plur" in strings.feat(i, "Number")
                and not any("Sing" in strings.feat(c, "Number") for c in dets)
                and not (i > a and strings.lower_apos[i - 1] in _one_thing_articles())
            )
            if any(
                i - q >= a and tuple(words[i - q : i - q + len(p)]) == p
                for p in fig.backer_openers
                for q in range(1, len(p) - 1)
            ):
                continue  # "grâce au soutien d'Innovacom, Bpifrance": an opener's noun, its names the backers
            # "les investisseurs de Back Market : General Atlantic, Daphni": whose backers they are
            owner = None
            if j + 1 < b and words[j] in grammar().prep_forms("de") and self.idx.get(j + 1) is not None:
                owner = j + 1
                j = (self.idx.span_of(owner) or (owner, owner + 1))[1]
            opener = next((p for p in openers if tuple(words[j : j + len(p)]) == p), None)
            if opener is None and strings.dep[i] == "nsubj" and plural:
                # "Des investisseurs français ont pris part à l'opération, à l'image d'Olivier Pomel": the
                # subject's list after its verb, past a comma
                late = [
                    (n + 1, p)
                    for n in range(max(a, strings.head[i]), b - 1)
                    if strings.text[n] == ","
                    for p in openers
                    if p not in ((":",), ("(",)) and tuple(words[n + 1 : n + 1 + len(p)]) == p
                ]
                if late:
                    j, opener = late[0]
            comma = j < b and strings.text[j] == ","
            if j >= b or opener is None and not (comma or plural):
                continue  # "le fonds Elliott a racheté": a singular noun names one party, no list
            k = j + (len(opener) if opener else 0)
            if opener is None and comma:
                k += 1
            # "notamment les joueurs Gerard Piqué, Rio Ferdinand": a few words before the first name
            start = next((n for n in range(k, min(b, k + 6)) if self.idx.get(n) is not None), None)
            if start is None or any(strings.pos[n] in (VERB, AUX) for n in range(k, start)):
                continue
            closing = ")" if opener == ("(",) else None
            depth = 0
            found: set[int] = set()
            for n in range(start, b):
                t = strings.text[n]
                if (
                    strings.pos[n] in (VERB, AUX)
                    and self.idx.get(n) is None
                    and opener is None
                    and self.idx.get(n - 1) is not None
                ):
                    # "Après le départ de plusieurs investisseurs, Carrefour a racheté Cora": with no opener, a
                    # name right before a verb is that verb's subject, not a list (a list in apposition closes
                    # on a comma first: "Les investisseurs de Swile, Index Ventures et Idinvest, ont...")
                    found = set()
                    break
                if (
                    t == closing
                    or t in (".", ";")
                    or strings.pos[n] in (VERB, AUX)
                    and self.idx.get(n) is None
                ):
                    break
                if (
                    t == "("
                    and n > start
                    and (self.idx.get(n - 1) is not None or strings.pos[n - 1] == PROPN)
                ):
                    depth += 1  # "Olivier Pomel (Datadog)": the company a backer comes from is none
                elif t == ")" and depth:
                    depth -= 1
                elif not depth:
                    first = (self.idx.span_of(n) or (n, n + 1))[0]
                    if first - 1 >= k and strings.pos[first - 1] == ADP and strings.pos[first - 2] == NOUN:
                        continue  # a name a noun's preposition brings is no backer listed: "CEO de Datadog"
                    found.add(n)
            out |= found
            if owner is not None:
                self.owners.update(dict.fromkeys(found, owner))
        return out

    @staticmethod
    def _backers_after_openers(strings: TokenStrings, a: int, b: int) -> set[int]:
        """The names listed after "auprès de" (figures.yaml ``backer_openers``), up to the clause's end."""
        return names_after(strings, a, b, figures().backer_openers)

    @property
    def doc(self):
        return self.sent.doc

    def inside(self, i: int) -> bool:
        return self.sent.start <= i < self.sent.end


def names_after(strings: TokenStrings, a: int, b: int, openers: frozenset[tuple[str, ...]]) -> set[int]:
    """The tokens of ``a..b`` after one of ``openers`` ("auprès de"), up to the end of its clause (a verb, a stop)."""
    out: set[int] = set()
    firsts = {p[0] for p in openers}
    words = strings.lower_apos
    for i in [i for i in range(a, b) if words[i] in firsts]:
        for phrase in openers:
            if tuple(words[i : i + len(phrase)]) != phrase:
                continue
            for j in range(i + len(phrase), b):
                if strings.pos[j] in (VERB, AUX) or strings.text[j] in (".", ";", ":", "(", ")"):
                    break
                out.add(j)
    return out


# -- what a token stands for --------------------------------------------------------------------------------


def mention_of(ctx: Context, tok: Token) -> dict | None:
    """The mention a noun phrase headed by ``tok`` stands for: its own, a name under it ("le fonds PIF"), or
    a capitalised name the entity finder missed ("Ynsect lève...")."""
    m = ctx.idx.get(tok.i)
    if m is None or m.get("label") == "PER" and m.get("how") == "description":
        company = _titled_company(ctx, tok)
        if company is not None:
            return company  # "le PDG de Renault a confirmé la suppression de 2 000 postes": Renault's
    if m is not None:
        return m
    w = token_strings(tok.doc)
    dep = w.dep
    for c in w.children[tok.i]:
        if dep[c] in NAME_DEPS and c > tok.i and not any(dep[g] == "case" for g in w.children[c]):
            m = ctx.idx.get(c)
            if m is not None and m["how"] == "name":
                return m
    party = _deal_party(ctx, tok) or _product_owner(ctx, tok)
    if party is not None:
        return party
    own = proper_name(tok)
    i = tok.i
    split = i >= 2 and w.text[i - 1] == "-"  # "start", "-", "up"
    kind = _kind_noun(tok.lemma_) or split and _kind_noun(f"{w.text[i - 2]}-{w.text[i]}")
    if own is None and kind:
        # "La start-up Lumio lève...", "Le groupe Ordalis a réalisé...": the name the model missed, hung right
        # under the noun (as "up"'s flat name, or the noun's modifier)
        nxt = tok.i + 1
        if (
            nxt < len(w.text)
            and w.head[nxt] == tok.i
            and dep[nxt] in NAME_DEPS
            and not any(dep[g] == "case" for g in w.children[nxt])
            and ctx.idx.get(nxt) is None
        ):
            return proper_name(tok.doc[nxt])
    return own


def _product_owner(ctx: Context, tok: Token) -> dict | None:
    """ "Plus de 300 entreprises utilisent sa plateforme", "son logiciel, utilisé par 350 entreprises": a
    product described with a possessive (aliases.yaml PRODUCT descriptions) stands for its owner's business."""
    if tok.pos_ != "NOUN" or descriptions().label_of.get(fold(tok.lemma_)) != "PRODUCT":
        return None
    det = determiner_of(tok)
    if not is_possessive(det):
        return None
    m = ctx.idx.get(det.i)
    if not _usable(m) or m.get("label") != "ORG":
        return None
    return {**m, "text": f"{det.text} {tok.text}", "how": "possessive"}


def _deal_party(ctx: Context, tok: Token) -> dict | None:
    """ "La cible a dégagé un excédent brut de 112 millions", "l'acquéreur": a party of the deal the article
    told last (grammar.yaml ``deal_parties``), when the noun has a definite or demonstrative article."""
    g = grammar()
    if tok.pos_ != "NOUN":
        return None
    role = g.deal_parties.get(tok.lemma_.lower())
    for c in tok.children:  # "le nouvel ensemble", "l'entité combinée": the noun with its adjective
        if role is None and c.dep_ == "amod":
            role = g.deal_parties.get(
                f"{c.lower_} {tok.lower_}" if c.i < tok.i else f"{tok.lower_} {c.lower_}"
            )
    if role is None:
        return None
    articles = g.definite_article | g.demonstrative
    if (
        "Plur" in tok.morph.get("Number")
        or not any(c.dep_ == "det" and c.lower_ in articles for c in tok.children)
        or any(c.dep_.startswith("nmod") for c in tok.children)
    ):
        return None  # "les acquéreurs" are several; "la cible de Bercy" is someone's aim
    party = told_deal_party(ctx, role)
    if party is not None:
        m = party.mention
        return {"text": tok.text, "canonical": m["canonical"], "label": m.get("label"), "how": "deal_party"}
    return None


def _titled_company(ctx: Context, tok: Token) -> dict | None:
    """The company a title noun names after "de" ("le PDG de Renault", "la directrice générale d'Engie"): who
    acts through its head (roles.yaml titles)."""
    from .titles import owner_titles, titles

    w = token_strings(tok.doc)
    # (an owner is a party of its own: "le propriétaire de Chelsea, Todd Boehly, a racheté Strasbourg")
    if w.lower[tok.i] not in titles() or all(c in owner_titles() for _, c in titles()[w.lower[tok.i]]):
        return None
    for c in w.children[tok.i]:
        if (
            w.dep[c].startswith("nmod")
            and c > tok.i
            and any(w.lower[g] in ("de", "d'", "du") for g in w.children[c])
        ):
            m = ctx.idx.get(c)
            if m is not None and m.get("label") == "ORG" and not m.get("outlet"):
                return m
    return None


def proper_name(tok: Token) -> dict | None:
    """A capitalised head with no determiner the entity finder missed: a name all the same (the tagger reads
    unknown names as anything: "Exotec" as a pronoun)."""
    w = token_strings(tok.doc)
    i = tok.i
    # (a verb only right under the verb before it: "racheter Prisa", read as the verb "priser")
    misread = w.pos[i] == VERB and i - 2 <= w.head[i] < i and w.pos[w.head[i]] == VERB
    if w.pos[i] not in (PROPN, NOUN, X, PRON, ADJ) and not misread:
        return None
    if not w.text[i][:1].isupper() or w.is_stop[i]:
        return None
    if any(w.dep[c] == "det" for c in w.children[i]) or not w.is_alpha[i] or common_noun(tok):
        return None
    end = i + 1
    while end < len(w.text) and w.head[end] == i and w.dep[end].startswith("flat"):
        end += 1
    text = w.span_text(i, end)
    # "Ashgrove" after "Ashgrove Sports Capital": the one company the article named with these first words
    canonical = _named_by_first_words(tok.doc).get(text, text)
    return {"text": text, "canonical": canonical, "label": None, "how": "capitalised", "outlet": False}


_FIRST_WORDS: WeakKeyDictionary[Doc, dict[str, str]] = WeakKeyDictionary()


def _named_by_first_words(doc: Doc) -> dict[str, str]:
    """The first word of each company name of several words the entity finder read in ``doc`` -> that name,
    for the words that open one such name only."""
    found = _FIRST_WORDS.get(doc)
    if found is None:
        names: dict[str, set[str]] = {}
        for sp in doc.spans.get(ENTITIES, []):
            words = sp.text.split()
            if sp.label_ == "ORG" and len(words) > 1 and words[0][:1].isupper():
                names.setdefault(words[0], set()).add(sp._.factx_canonical or sp.text)
        found = _FIRST_WORDS[doc] = {w: next(iter(n)) for w, n in names.items() if len(n) == 1}
    return found


def common_noun(tok: Token) -> bool:
    """A capitalised common noun opening a headline ("Intelligence artificielle : X lève..."), not a name."""
    w = token_strings(tok.doc)
    j = tok.i + 1
    if j < len(w.text) and w.pos[j] == ADJ and w.text[j][:1].islower():
        return True
    return w.pos[tok.i] == NOUN and w.text[tok.i][1:].islower() and tok.vocab.has_vector(w.lower[tok.i])


def _usable(m: dict | None, labels: frozenset[str] = ROLE_LABELS) -> bool:
    return m is not None and not m.get("outlet") and (m.get("label") in labels or m.get("label") is None)


def first_mention(
    ctx: Context, tokens: list[Token], how: str, allowed: frozenset[int] | set[int] = frozenset()
) -> Filled | None:
    for tok in tokens:
        if tok.i in ctx.exclude and tok.i not in allowed or not ctx.inside(tok.i):
            continue
        m = mention_of(ctx, tok)
        if _usable(m, NAMED_LABELS):
            return Filled(m, tok.i, f"{how}/{m['how']}")
    return None


# -- shared readers -------------------------------------------------------------------------------------------


def scan_prep(
    ctx: Context, trigger: Token, preps: tuple[str, ...], stop: set[int], own_de: bool = False
) -> Filled | None:
    """A mention introduced by one of ``preps`` in the words after the trigger (before the next verb). With
    ``own_de``, a "de" after another preposition's phrase is that phrase's ("l'offre publique d'achat sur le
    solde du capital de l'enseigne": the company bid for, not the bidder)."""
    doc = ctx.doc
    g = grammar()
    s = token_strings(doc)
    normed, pos = s.norm, s.pos
    # each preposition's words, as the sets of forms each may take ("de": de, d', du, des)
    forms = [[g.prep_forms(x) for x in p.split()] for p in preps if p not in ("subj", "obj")]
    circumstance_words = g.circumstance_words
    first = trigger.i + 1
    end = min(ctx.sent.end, trigger.i + PREP_REACH)
    low = normed[first:end]
    de_forms = g.prep_forms("de")
    other_prep = False
    for j in range(first, end):
        if own_de and pos[j] == ADP and normed[j] not in de_forms:
            other_prep = True
        verb_like = (pos[j] == VERB or "Part" in s.feat(j, "VerbForm")) and ctx.idx.get(j) is None
        if (
            verb_like
            and "par" in preps
            and j + 1 < end
            and normed[j + 1] == "par"
            and s.lemma[j].lower() in g.agent_participles
        ):
            continue  # "l'investissement de 10 millions réalisé par Swisslife": its agent is the noun's "par"
        if j in stop or verb_like or s.text[j] == ",":
            # another clause: "le rachat des enseignes, détenues par X" (X is not the buyer); a name the tagger
            # calls a participle ("de la société Wiz par Google") is none
            return None
        word = normed[j]
        if word in circumstance_words and g.circumstance_at(low, j - first):
            return None  # "la perte de 7 Md$ en raison de la crise du Covid": the cause is no party
        for fs in forms:
            if other_prep and len(fs) == 1 and fs[0] == de_forms:
                continue
            if (not fs or word in fs[0]) and all(
                j + k < end and normed[j + k] in fs[k] for k in range(1, len(fs))
            ):
                k = j + len(fs)
                while k < end and pos[k] == DET:
                    k += 1
                if k < end and k not in ctx.exclude:
                    if pos[k] == PRON and normed[k] in g.relative:
                        continue
                    if normed[j] == "pour" and pos[k] == VERB and "Inf" in s.feat(k, "VerbForm"):
                        # "a proposé 16,2 milliards pour empocher Tiffany": what the money is for is the
                        # infinitive's object
                        return _infinitive_object(ctx, k, end)
                    m = mention_of(ctx, doc[k])
                    if m is None and pos[k] == NOUN and _kind_noun(doc[k].lemma_):
                        # "l'acquisition des enseignes Cora et Match", "de la start-up française Mistral AI":
                        # a noun of a kind of company or product, then the name of the party
                        n = k + 1
                        while n < end and pos[n] == ADJ:
                            n += 1
                        m = mention_of(ctx, doc[n]) if n < end and n not in ctx.exclude else None
                        if _usable(m, NAMED_LABELS) and m["how"] in ("name", "alias"):
                            return Filled(m, n, f"prep/{m['how']}")
                        continue
                    if m is None and pos[k] == NOUN and fold_word(doc[k].lemma_) in ctx.frames.share_nouns():
                        # "l'acquisition d'une participation de 30 % dans Valentino": a deal for shares is
                        # a deal for the company they are in
                        found = _shares_company(ctx, k, end)
                        if found is not None:
                            return found
                    if _usable(m, NAMED_LABELS):
                        return Filled(m, k, f"prep/{m['how']}")
    return None


def _infinitive_object(ctx: Context, k: int, end: int) -> Filled | None:
    """The company or person the infinitive at ``k`` takes as its direct object, named right after it."""
    s = token_strings(ctx.doc)
    n = k + 1
    while n < end and s.pos[n] in (DET, ADJ):
        n += 1
    if n >= end or n in ctx.exclude:
        return None
    m = mention_of(ctx, ctx.doc[n])
    if _usable(m, NAMED_LABELS) and m["how"] in ("name", "alias") and s.head[n] == k:
        return Filled(m, n, "prep/purpose")
    return None


def _shares_company(ctx: Context, k: int, end: int) -> Filled | None:
    """The company named by a complement of the shares noun at ``k`` past its figure, introduced by a
    preposition of the shares frames' objects ("dans", "de", "chez")."""
    return stake_parts(ctx, k, end)[1]


def stake_parts(
    ctx: Context, k: int, end: int | None = None, excluded: bool = True
) -> tuple[Filled | None, Filled | None]:
    """(holder, company) named by the complements of the shares noun at ``k``: "la participation d'Amber
    Capital dans Lagardère" (Amber holds, in Lagardère), "une participation de 30 % dans Valentino", "30 % du
    capital de Valentino" (no holder). A "de" name before a "dans" one holds the shares; so does the lone "de"
    name of a known stake ("la participation de 17,9 % d'Amber Capital"), whose company the context gives."""
    doc = ctx.doc
    s = token_strings(doc)
    g = grammar()
    end = min(ctx.sent.end, k + 10) if end is None else min(end, k + 10)
    of = g.prep_forms("de")
    inside = {
        form
        for name in ctx.frames.share_frames()
        for prep in ctx.frames.frames[name].roles.get("noun", {}).get("object", ())
        if " " not in prep and prep != "de"
        for form in g.prep_forms(prep)
    }
    holder = company = None
    for j in range(k + 1, end):
        if s.pos[j] == VERB or s.text[j] in (",", ";", "("):
            break
        if s.norm[j] not in of and s.norm[j] not in inside:
            continue
        n = j + 1
        while n < end and s.pos[n] == DET:
            n += 1
        if n >= end or excluded and n in ctx.exclude:
            continue
        m = mention_of(ctx, doc[n])
        if not _usable(m, NAMED_LABELS):
            continue
        found = Filled(m, n, f"prep/shares/{m['how']}")
        if s.norm[j] in inside:
            company = found
            break
        if holder is None:
            holder = found
    det = next((c for c in s.children[k] if s.dep[c] == "det"), None)
    # a known stake a verb takes or gives ("acheter la participation d'Amber"), not "avec la participation de
    # Bpifrance" (taking part in a round)
    known = (
        det is not None
        and s.norm[det] in g.definite_article
        and s.dep[k] in ("obj", "nsubj:pass")
        and s.pos[s.head[k]] == VERB
        and holder is not None
        and _stake_told_elsewhere(ctx, holder)
    )
    if company is None and holder is not None and not known:
        return None, holder  # "30 % du capital de Valentino", "une participation de 30 % de Valentino"
    return holder, company


def _kind_noun(lemma: str) -> bool:
    """A noun that names a kind of company before its name ("l'enseigne", "la marque", "la start-up":
    entity_stoplist.yaml ``org_nouns`` and aliases.yaml's descriptions of organisations)."""
    from .entities import fold, lexicon

    return fold(lemma) in lexicon()["org_nouns"]


def nearest(
    ctx: Context,
    tok: Token,
    left_first: bool,
    labels: frozenset[str],
    ok: Callable[[dict, int], bool] | None = None,
) -> Filled | None:
    punct = token_strings(ctx.doc).is_punct
    left = range(tok.i - 1, ctx.sent.start - 1, -1)
    right = range(tok.i + 1, ctx.sent.end)
    for side in (left, right) if left_first else (right, left):
        for j in side:
            if j in ctx.exclude or punct[j]:
                continue
            m = ctx.idx.get(j)
            if m is not None and m["how"] in ("possessive", "relative"):
                continue
            if m is not None and m.get("label") == "LOC" and _place_of_a_noun(ctx, j):
                continue  # "son usine de Poissy, qui emploie 2 000 salariés": the plant's town is no party
            if m is not None and _after_circumstance(ctx, j):
                continue  # "a mis 40 M€ sur la table, aux côtés d'Airbus": a companion is no party
            if _usable(m, labels) and m.get("label") is not None and (ok is None or ok(m, j)):
                return Filled(m, j, f"nearest/{m['how']}")
    return None


def _after_circumstance(ctx: Context, j: int) -> bool:
    """The name at ``j`` follows a phrase of company, cause or comparison (grammar.yaml ``circumstances``)."""
    g = grammar()
    w = token_strings(ctx.doc)
    start = (ctx.idx.span_of(j) or (j, j + 1))[0]
    # the name's article and what it is ("aux côtés du fonds américain Eurazeo", "de la banque publique")
    while start > ctx.sent.start and (
        w.pos[start - 1] in (DET, ADJ) or _kind_noun(w.lemma[start - 1]) and w.text[start - 1][:1].islower()
    ):
        start -= 1
    low = tuple(norm(t) for t in w.text[max(ctx.sent.start, start - 4) : start])
    return any(low[-n:] in g.circumstances for n in range(1, len(low) + 1))


def _place_of_a_noun(ctx: Context, j: int) -> bool:
    """The place at ``j`` complements a common noun ("l'usine de Poissy", "son site de Douai")."""
    w = token_strings(ctx.doc)
    span = ctx.idx.span_of(j) or (j, j + 1)
    before = span[0] - 1
    return (
        before > 0
        and w.lower[before] in ("de", "d'", "du")
        and w.pos[before - 1] == NOUN
        and w.text[before - 1][:1].islower()
    )


# -- subject strategies ---------------------------------------------------------------------------------------

Strategy = Callable[[Context, Draft, Token, "Trigger | None", Frame], "Filled | None"]


def _conj_mate(ctx: Context, d: Draft, tok: Token, purpose: bool = False) -> Draft | None:
    """The draft of the trigger this one is coordinated with ("a investi en 2019 et investi à nouveau en
    2021"), or, with ``purpose``, whose purpose clause it is ("injecte 1 milliard pour acquérir 25 %")."""
    if tok.dep_ != "conj" and not (purpose and tok.dep_ == "advcl"):
        return None
    same_frame = tok.dep_ == "conj"
    head = tok.head
    for _ in range(4):
        mate = next(
            (m for m in ctx.current if m.trigger == head.i and (m.frame == d.frame or not same_frame)), None
        )
        if mate is not None:
            return mate
        if head.head.i == head.i or not ctx.inside(head.head.i):
            return None
        head = head.head
    return None


def s_conj(ctx, d, tok, trig, frame):
    mate = _conj_mate(ctx, d, tok, purpose=True)
    if mate is None or mate.subject is None:
        return None
    return Filled(mate.subject.mention, mate.subject.token, f"conj/{mate.subject.how}")


def o_conj(ctx, d, tok, trig, frame):
    mate = _conj_mate(ctx, d, tok)
    if mate is None or mate.object is None:
        return None
    return Filled(mate.object.mention, mate.object.token, f"conj/{mate.object.how}")


def s_parse(ctx, d, tok, trig, frame):
    if trig is None:
        return None
    return first_mention(ctx, by_spec(tok, trig.pos, trig.roles.get("subject", ())), "parse")


def s_prep(ctx, d, tok, trig, frame):
    if trig is None:
        return None
    return scan_prep(
        ctx,
        tok,
        tuple(p for p in trig.roles.get("subject", ()) if p != "subj"),
        _stops(ctx, tok),
        own_de=True,
    )


def s_support_complement(ctx, d, tok, trig, frame):
    """ "Twitter a accepté l'offre d'Elon Musk": where a support verb's subject took the object, the trigger
    noun's complement that would have named the object names who made the offer."""
    if trig is None or trig.pos != "noun" or d.object is None or not d.object.how.startswith("support"):
        return None
    found = scan_prep(
        ctx, tok, tuple(p for p in trig.roles.get("object", ()) if p != "obj"), _stops(ctx, tok)
    )
    if found is None or found.canonical == d.object.canonical:
        return None
    return Filled(found.mention, found.token, "support_complement")


def s_parenthetical(ctx, d, tok, trig, frame):
    """ "Veolia (27,19 mrds€ de chiffre d'affaires et 180 000 salariés)": figures in brackets right after a
    name are that name's (its subject; its object for frames whose bracket names the object: "Epic Games
    (40 %)" is a stake in Epic Games)."""
    if frame.bracket_role != "subject":
        return None
    return _bracketed(ctx, tok, "parenthetical")


def s_bracket_figure(ctx, d, tok, trig, frame):
    """ "Doctolib pèse 5,8 milliards, davantage que OVHcloud (4,4 milliards)": a measure's figure alone in
    brackets right after a name, its trigger outside them, is that name's, whatever the verb's subject (a
    deal's figure so placed stays the deal's: "Cisco rachète Splunk (28 milliards)")."""
    if frame.bracket_role != "subject" or d.figure is None:
        return None
    if frame.one_off and not (frame.shared and "object" not in frame.needs):
        return None  # (a one-off fact of one party alone so placed is that party's: "derrière OVH (250 M€)")
    found = _bracketed(ctx, d.figure.root, "bracket_figure")
    if found is None or _bracketed(ctx, tok, "parenthetical") is not None:
        return None  # the trigger is inside the brackets too: the parenthetical strategy's
    if frame.one_off:
        if tok.pos_ == "VERB" and any(mention_of(ctx, c) is not None for c in logical(tok, "subj")):
            return None  # "Valmora lève 20 millions avec Eurazeo (12 millions)": the verb's subject raises it
        # "auprès de Bpifrance (12 millions) et Eurazeo (8 millions)": a backer's part of the round, the list's
        # first name a backer
        j = _list_intro(ctx, found.token)
        first = found.token if j is None else j + 1
        if any(k in ctx.funders or k in ctx.backers for k in (found.token, *range(first, first + 4))):
            return None
    if found.mention.get("label") == "LOC" or is_place(found.mention["canonical"]):
        return None  # "l'Asie-Pacifique (188 millions d'euros)": a region's share of the company's measure
    return found


def bracket_holder(ctx: Context, d: Draft, frame: Frame) -> Filled | None:
    """ "racheter les parts de Pathé (19,36 %) et d'IDG (19,85 %)", "ses actionnaires, le fonds Cap Horizon
    (65 %) et la holding Guillou (35 %)": a share alone in brackets right after a name is that name's, the
    holder, when the words before the name (or before the first name of its list) say so (frames.yaml
    ``holder_cues``). Elsewhere the name is the company held, as the frame's ``bracket_role`` says ("entré au
    capital de Solvane (12 %)", "Bolloré contrôle Vivendi (29 %)")."""
    if frame.bracket_role != "object" or not frame.holder_cues or d.figure is None:
        return None
    found = _bracketed(ctx, d.figure.root, "bracket_holder")
    if found is None or found.mention.get("label") not in ("ORG", "PER"):
        return None
    j = _list_intro(ctx, found.token)
    if j is None:
        return None
    s = token_strings(ctx.doc)
    de = grammar().prep_forms("de")
    for cue in frame.holder_cues:
        first = j - len(cue) + 1
        if first >= ctx.sent.start and all(
            fold_word(w) == c or c == "de" and w in de
            for w, c in zip(s.norm[first : j + 1], cue, strict=True)
        ):
            return found
    return None


def _bracket_names(ctx: Context) -> set[int]:
    """The tokens of the sentence's names that a bracketed figure follows ("Ardian (60 %)", not "Lyon (Rhône)")."""
    s = token_strings(ctx.doc)
    out: set[int] = set()
    for j in range(ctx.sent.start + 1, ctx.sent.end - 1):
        if s.text[j] == "(" and ctx.doc[j + 1].like_num:
            span = ctx.idx.span_of(j - 1)
            if span is not None:
                out |= set(range(*span))
    return out


def _list_intro(ctx: Context, k: int) -> int | None:
    """The last word before the name at ``k`` or, when it is an item of a list of names with bracketed figures
    ("Ardian (60 %) et la famille Morel (40 %)"), before the list's first name; determiners, adjectives and a
    description's common nouns ("le fonds Ardian") skipped. Read on the words, as the parse rarely holds such
    lists together."""
    s = token_strings(ctx.doc)
    start = ctx.sent.start
    links, de = grammar().list_links, grammar().prep_forms("de")
    j = (ctx.idx.span_of(k) or (k, k + 1))[0] - 1
    while j >= start:
        while j >= start and (s.pos[j] in (DET, ADJ) or s.pos[j] == NOUN and s.text[j].islower()):
            j -= 1
        if j < start:
            return None
        if s.norm[j] in de and j - 2 >= start and s.norm[j - 1] in links and s.text[j - 2] == ")":
            j -= 1  # "les parts de Pathé (19 %) et d'IDG (20 %)": the list's preposition said again
        if s.norm[j] not in links or j - 1 < start or s.text[j - 1] != ")":
            return j
        depth, j = 0, j - 1
        while j >= start:  # back over the previous item's brackets to its name
            depth += {")": 1, "(": -1}.get(s.text[j], 0)
            j -= 1
            if depth == 0:
                break
        span = ctx.idx.span_of(j) if j >= start else None
        if span is None:
            return None
        j = span[0] - 1
    return None


def o_parenthetical(ctx, d, tok, trig, frame):
    if frame.bracket_role != "object":
        return None
    return _bracketed(ctx, d.figure.root if d.figure is not None else tok, "parenthetical")


def _bracketed(ctx: Context, tok: Token, how: str) -> Filled | None:
    text = token_strings(ctx.doc).text
    depth = 0
    for j in range(tok.i - 1, ctx.sent.start - 1, -1):
        t = text[j]
        if t == ")":
            depth += 1
        elif t == "(":
            if depth:
                depth -= 1
                continue
            m = ctx.idx.get(j - 1) if j - 1 >= ctx.sent.start else None
            if _usable(m) and m["how"] in ("name", "alias") and j - 1 not in ctx.exclude:
                return Filled(m, j - 1, f"{how}/{m['how']}")
            return None
    return None


def s_predicate(ctx, d, tok, trig, frame):
    """A trigger noun said of someone: "X est le premier actionnaire", "ferait de X le principal actionnaire",
    "X restera le premier employeur"."""
    if trig is None or trig.pos != "noun":
        return None
    if any(c.dep_ == "cop" for c in tok.children):
        return first_mention(ctx, [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")], "predicate")
    verb = tok.head
    where = (
        grammar().predicate_verbs.get(verb.lemma_.lower())
        if tok.dep_ in ("xcomp", "obj", "obl:arg")
        else None
    )
    if where is None or not ctx.inside(verb.i):
        return None
    if where == "subject":
        cands = logical(verb, "subj")
    elif where == "object":
        cands = [c for c in verb.children if c.dep_ == "obj" and c.i != tok.i]
    else:
        cands = [c for c in verb.children if c.dep_.startswith(("obl", "nmod")) and prep_matches(c, where)]
    return first_mention(ctx, cands, "predicate")


def s_support(ctx, d, tok, trig, frame):
    """A trigger noun complementing a verb: the verb's subject ("Stellantis a annoncé un investissement")."""
    if trig is not None and trig.pos == "verb":
        return None
    verb = governing_verb(tok) or _verb_of_coordinated_object(tok)
    if verb is None or not ctx.inside(verb.i) or verb.lemma_ in frame.support_object:
        return None
    if _outside(verb):
        return None  # "l'Autorité a autorisé le rachat": who allows it is not who buys
    receivers = grammar().transfer_verbs.get(verb.lemma_.lower())
    if receivers is not None and tok.i > verb.i and fold_word(tok.lemma_) in ctx.frames.share_nouns():
        # "Sanofi cède une participation de 50 % au fonds CD&R": the stake is the receiver's
        return scan_prep(ctx, verb, receivers, _stops(ctx, verb))
    if verb.lemma_.lower() in sources().reporting_verbs and _reported_by_source(ctx, verb):
        return None
    subjects = logical(verb, "subj")
    found = first_mention(ctx, subjects, "support")
    if found is None:
        # "Le plan de Renault prévoit 2 Md€ d'économies": a plan's facts are its owner's (grammar.yaml)
        found = first_mention(ctx, _owners(ctx, subjects, grammar().owner_subjects), "support")
    if (
        found is None
        and verb.dep_ == "acl"
        and "Pres" in verb.morph.get("Tense")
        and verb.head.lemma_.lower() in grammar().owner_subjects
    ):
        # "Ardentis a déposé une offre portant sur la reprise de 60 salariés": a present participle describing
        # an offer or a plan (grammar.yaml ``owner_subjects``) another verb takes, that verb's subject
        up = governing_verb(verb.head)
        if up is not None and ctx.inside(up.i) and not _outside(up):
            found = first_mention(ctx, logical(up, "subj"), "support")
    if found is None and _infinitive(verb):
        # "Carrefour a indiqué avoir finalisé l'acquisition de Cora": an infinitive's subject is its governor's
        up = verb.head
        for _ in range(3):
            if up.pos_ in ("VERB", "AUX") and ctx.inside(up.i):
                if _outside(up):
                    return None
                return first_mention(ctx, logical(up, "subj"), "support")
            if up.head.i == up.i:
                break
            up = up.head
    return found


def _verb_of_coordinated_object(noun: Token) -> Token | None:
    """ "X propose 2,8 millions d'euros et la reprise de 140 emplois": a noun the parse coordinated with the verb
    after the verb's object is a second object of that verb (with its conjunction: "proposé 25 euros par action,
    une offre jugée insuffisante" is an apposition)."""
    verb = noun.head
    if noun.dep_ != "conj" or verb.i > noun.i or not any(c.dep_ == "cc" for c in noun.children):
        return None
    if verb.pos_ == "NOUN" and verb.dep_ == "obj":
        return verb.head if verb.head.pos_ == "VERB" else None  # coordinated with the object itself
    if verb.pos_ != "VERB":
        return None
    return verb if any(c.dep_ == "obj" and c.i < noun.i for c in verb.children) else None


def _outside(verb: Token) -> bool:
    return _outside_word(verb.lower_, verb.lemma_, verb.pos)


def _outside_word(lower: str, lemma: str, pos: int) -> bool:
    """A verb whose subject judges a fact (grammar.yaml ``outside_verbs``), also when the lemmatizer left its
    present form alone ("donne" for donner)."""
    outside = grammar().outside_verbs
    return lemma.lower() in outside or guess_infinitive(lower, lemma, pos) in outside


def _infinitive(verb: Token) -> bool:
    """An infinitive, or a past infinitive ("avoir finalisé"): it has no subject of its own."""
    return "Inf" in verb.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in verb.children
    )


def _reported_by_source(ctx: Context, verb: Token) -> bool:
    """An outlet, or a speaker that never does a company's facts (a union: "la CGT évoque 1 100 suppressions
    de postes"), reports the fact: it is the claim's source, not its party."""
    src = sources()
    return any(
        (m := ctx.idx.get(t.i)) is not None and (m.get("outlet") or src.is_third_party(m["canonical"]))
        for t in logical(verb, "subj")
    )


def _described(ctx: Context, tok: Token, trig: Trigger | None, role: str) -> Filled | None:
    """ "Fondée en 2015 par X, OpenAI ...", "Rachetée 3 milliards par Apple, la marque Beats ...": a participle
    opening the sentence describes the main clause's subject, which is what the verb acts on (its object,
    or the subject of a frame whose subject is its object: founded, valued)."""
    doc = ctx.doc
    w = token_strings(doc)
    if opening_participle(ctx.doc, ctx.sent.start, ctx.sent.end) != tok.i:
        return None
    if trig is not None and trig.pos == "verb":
        patient = "obj" in trig.roles.get(role, ())[:1]
        if not patient and (role == "subject" or "obj" not in trig.roles.get(role, ())):
            return None  # "Rachetée par Apple, Beats...": Beats is what was bought, not the buyer
    comma = _participle_clause_end(w, tok.i, ctx.sent.end)
    if comma < 0:
        return None
    for j in range(comma + 1, min(ctx.sent.end, comma + PARTICIPLE_REACH)):
        if j in ctx.exclude or w.pos[j] in (DET, PUNCT):
            continue
        m = mention_of(ctx, doc[j])
        if _usable(m):
            founder = trig is not None and "subj" in trig.roles.get("object", ())  # its agent founded it
            if founder and m["how"] == "description" and (named := _eponym(ctx, tok, m)) is not None:
                return Filled(named, j, "participle/eponym")
            return Filled(m, j, f"participle/{m['how']}")
    return None


# An aside about a person is a few words ("deux anciens de BNP Paribas"), not a clause.
ASIDE_WORDS = 8


def _participle_clause_end(w: TokenStrings, opening: int, end: int) -> int:
    """The comma closing the clause a participle opens the sentence with: the first one, past an aside about
    a person of that clause ("Fondée en 2019 par X et Y, deux anciens de BNP Paribas, Monalys édite...", "par
    Claire Vasseur et Théo Ranvier, aujourd'hui directeur technique, Moryon revendique..."): a few words with no
    verb, that a number, an indefinite article or an adverb opens before a lowercase word (not "1001
    Pharmacies", "Un Jour Ailleurs") and another comma closes; -1 when there is none."""
    indefinite = grammar().indefinite
    c = next((k for k in range(opening + 1, end) if w.text[k] == ","), -1)
    while c >= 0:
        nxt = next((k for k in range(c + 1, end) if w.text[k] == ","), end)
        first = c + 1
        opens = w.pos[first] in (NUM, ADV) or w.pos[first] == DET and w.lower_apos[first] in indefinite
        verbless = not any(w.pos[k] in (VERB, AUX) for k in range(first, nxt))
        aside = (
            first + 1 < nxt < end
            and nxt - c <= ASIDE_WORDS
            and opens
            and w.text[first + 1][:1].islower()
            and verbless
        )
        if not aside:
            return c
        c = nxt
    return -1


def _eponym(ctx: Context, participle: Token, described: dict) -> dict | None:
    """ "Fondé en 1962 par Lucien Marquenat, le groupe...": the company named after whom the participle says
    founded it, when the description after it stands for another: in a takeover of Marquenat, its founder's
    name says which company the description is more surely than the article's most salient one."""
    surnames = set()
    for t in logical(participle, "subj"):
        m = ctx.idx.get(t.i)
        if m is not None and (m["label"] == "PER" or is_family(m["canonical"])):
            surnames.add(fold(m["canonical"].split()[-1]))

    def named_after(m: dict) -> bool:
        words = {fold(x) for x in re.split(r"[\s-]+", m["canonical"])}
        return bool(surnames & words) and not is_family(m["canonical"])

    if not surnames or named_after(described):
        return None
    # only the other party of a deal the article told (the target of a takeover, whose founder it is): an
    # investor, a buyer or a holding that shares a founder's name is no company a description stands for
    targets = {
        p.object.canonical
        for p in ctx.previous
        if ctx.frames.frames[p.frame].one_off
        and p.object is not None
        and p.object.mention.get("label") != "PER"
    }
    named = [
        m
        for m in ctx.idx.mentions
        # (a company the model took for a thing: "une OPA sur Marquenat")
        if m["label"] in ("ORG", "MISC")
        and m["how"] in ("name", "alias")
        and m["canonical"] in targets
        and named_after(m)
    ]
    return named[0] if named else None


def s_participle(ctx, d, tok, trig, frame):
    return _described(ctx, tok, trig, "subject")


def o_participle(ctx, d, tok, trig, frame):
    return _described(ctx, tok, trig, "object")


def s_topic_comma(ctx, d, tok, trig, frame):
    """ "Mistral AI, fondée en 2023 par X, a levé...": the name opening the sentence before a comma."""
    if trig is None or trig.pos != "verb":
        return None
    w = token_strings(ctx.doc)
    i = ctx.sent.start
    while i < ctx.sent.end and w.pos[i] == DET:
        i += 1
    if i >= ctx.sent.end or i in ctx.exclude:
        return None
    m = ctx.idx.get(i)
    span = ctx.idx.span_of(i)
    if m is None or span is None or m["how"] != "name" or span[1] >= ctx.sent.end or w.text[span[1]] != ",":
        return None
    # (a day in digits after the comma, or after its article: "14 mai", "le 14 mai"; "première" is like a
    # number to spaCy, no day)
    after = [w.text[j] for j in range(span[1] + 1, min(span[1] + 3, ctx.sent.end))]
    dateline = (
        m["text"].isupper()
        and bool(after)
        and (
            after[0][:1].isdigit()
            or len(after) > 1
            and after[0].lower() in grammar().definite_article
            and after[1][:1].isdigit()
        )
    )
    if m["label"] == "LOC" and is_place(m["text"]) or dateline or m.get("outlet"):
        # a dateline ("PARIS, 14 mai - ..."), not the sentence's topic; a name the model took for a place that
        # no place list knows is a company all the same ("UBS, première banque suisse, a accepté...")
        return None
    return Filled(m, i, "topic_comma/name")


def s_run_in(ctx, d, tok, trig, frame):
    """ "Valeo : plan de 1 600 suppressions d'emplois", "Auchan : 2 389 postes supprimés": the name a line or
    sentence opens with before a colon is what the rest of it is about, when the rest names no one else."""
    w = token_strings(ctx.doc)
    i = ctx.sent.start
    if i in ctx.exclude:
        return None
    m = ctx.idx.get(i)
    span = ctx.idx.span_of(i)
    if m is None or span is None or m["how"] not in ("name", "alias") or span[1] >= ctx.sent.end:
        return None
    if w.text[span[1]] != ":" or tok.i <= span[1] or m.get("outlet"):
        return None
    if m["label"] not in ("ORG", "PER", "MISC") or is_place(m["text"]):
        return None
    # only when the rest names no one else: "Firminy : Arvemeca repris par Corvane" opens with a place
    others = (ctx.idx.get(j) for j in range(span[1] + 1, ctx.sent.end))
    if any(
        o is not None and o["how"] in ("name", "alias") and o["canonical"] != m["canonical"] for o in others
    ):
        return None
    return Filled(m, i, "run_in/name")


def _unit_owned(d: Draft) -> bool:
    """The draft's figure is owned as a count of a frame's unit ("unit", or "unit/whole": figures.py)."""
    return d.how.get("frame", "").split("/")[0] == "unit"


def _name_under_or_after(
    ctx: Context, head: Token, after: int, labels: frozenset[str], hows: tuple[str, ...]
) -> tuple[dict, int] | None:
    """The mention named right under ``head`` (a name with no case word of its own) or, when the parse left
    it alone, at token ``after``; with one of ``labels`` and made ``hows`` ("name", "alias")."""
    cands = [
        c for c in head.children
        if c.dep_ in NAME_DEPS and c.i > head.i and not any(g.dep_ == "case" for g in c.children)
    ]  # fmt: skip
    if after < ctx.sent.end:
        cands.append(ctx.doc[after])
    for cand in cands:
        m = ctx.idx.get(cand.i)
        if _usable(m, labels) and m["how"] in hows:
            return m, cand.i
    return None


def s_quoted_share(ctx, d, tok, trig, frame):
    """ "L'action Suez était en hausse de 1,2 %, à 16,84 euros": a share's quoted price is the company named
    right under or after the share noun (figures.yaml ``share_nouns``), whatever else the clause names."""
    if d.how.get("frame") != "quote" or fold_word(tok.lemma_) not in figures().share_nouns:
        return None
    found = _name_under_or_after(ctx, tok, tok.i + 1, OBJECT_LABELS, ("name", "alias"))
    return Filled(found[0], found[1], "quoted_share/name") if found is not None else None


def s_named_unit(ctx, d, tok, trig, frame):
    """ "60 hypermarchés Cora": a count of a frame's unit is the named one's (the name under the counted noun,
    or right after it when the parse left it alone)."""
    if d.figure is None or not _unit_owned(d):
        return None
    root = d.figure.root
    found = _name_under_or_after(ctx, root, d.figure.end, ROLE_LABELS, ("name",))
    if found is not None:
        return Filled(found[0], found[1], "named_unit/name")
    # "l'ensemble des 18 000 salariés de Renault": the company the counted noun's "de" complement names
    for c in root.children:
        if c.dep_.startswith("nmod") and c.i > root.i and prep_matches(c, "de"):
            m = ctx.idx.get(c.i)
            if _usable(m, OBJECT_LABELS) and m["how"] in ("name", "alias", "apposition"):
                return Filled(m, c.i, "named_unit/owner")
    # "Brenac, un fabricant de 450 salariés", "cette entreprise familiale de 800 salariés": the count describes
    # the company the noun it complements stands for
    head = root.head
    if root.dep_.startswith("nmod") and head.i < root.i and head.pos_ == "NOUN" and prep_matches(root, "de"):
        m = ctx.idx.get(head.i)
        if _usable(m) and m.get("label") == "ORG":
            return Filled(m, head.i, f"named_unit/{m['how']}")
    return None


def s_unit_clause(ctx, d, tok, trig, frame):
    """ "la marque australienne était distribuée dans 400 points de vente", "Le groupe emploie 22 000
    personnes": a count of a frame's unit is the subject's of the verb it is a complement of."""
    if d.figure is None or not _unit_owned(d):
        return None
    verb = d.figure.root
    for _ in range(3):
        if _predicate(verb) or verb.head.i == verb.i:
            break
        verb = verb.head
    if not _predicate(verb):
        return None
    if verb.lemma_.lower() in sources().reporting_verbs and _reported_by_source(ctx, verb):
        return None  # "le SNPL évoque plus de 400 suppressions": the union counts someone else's cuts
    subj = logical(verb, "obj") if is_passive(verb) else logical(verb, "subj")
    found = first_mention(ctx, subj, "unit_clause")
    if found is None:
        # "L'opération concernait 60 hypermarchés et 115 supermarchés": what the deal covers is its target's
        deals = figures().deal_nouns
        if any(
            t.pos_ == "NOUN"
            and t.lemma_.lower() in deals
            and ctx.idx.get(t.i) is None
            and not any(c.dep_.startswith("nmod") for c in t.children)  # "le rachat de Cora" names its own
            for t in subj
        ):
            target = told_deal_party(ctx, "object")
            return Filled(target.mention, -1, "unit_clause/deal_target") if target else None
    return found if found is not None and found.mention.get("label") == "ORG" else None


def _predicate(tok: Token) -> bool:
    """A verb, or a word the tagger took for a noun that has a subject and no copula ("La société compte 1 400
    points de vente": "compte" tagged a noun)."""
    if tok.pos_ in ("VERB", "AUX"):
        return True
    kids = [c.dep_ for c in tok.children]
    return tok.pos_ == "NOUN" and "nsubj" in kids and "cop" not in kids


@cache
def _joining_verbs() -> dict[str, frozenset[str]]:
    """figures.yaml ``joining_verbs`` by verb: the noun its object must be ("prendre part"), "" for none."""
    verbs: dict[str, set[str]] = {}
    for v in figures().joining_verbs:
        verb, _, noun = v.partition(" ")
        verbs.setdefault(verb, set()).add(noun)
    return {k: frozenset(v) for k, v in verbs.items()}


@cache
def _one_thing_articles() -> frozenset[str]:
    """The articles of one thing, the contracted "au" too ("au fonds CD&R" is one fund)."""
    return single_determiners() | {"au"}


def stated_deal(ctx: Context) -> Draft | None:
    """The last one-off fact with both its parties that an earlier sentence of the article stated (a deal, a
    round): not a draft of this sentence, which may be a negation or a mere verb ("a tout cédé")."""
    return next(
        (
            p
            for p in reversed(ctx.previous)
            if ctx.frames.frames[p.frame].one_off
            and p.stated
            and p.subject is not None
            and p.object is not None
        ),
        None,
    )


def told_deal_party(ctx: Context, role: str) -> Filled | None:
    """The buyer ("subject") or the target ("object") of the last one-off deal the article stated (this
    sentence's drafts filled so far first)."""
    for drafts in (ctx.current, ctx.previous):
        for p in reversed(drafts):
            if (
                ctx.frames.frames[p.frame].one_off
                and p.subject is not None
                and p.object is not None
                and (p.stated or drafts is ctx.current)
            ):
                return p.object if role == "object" else p.subject
    return None


def s_possessive(ctx, d, tok, trig, frame):
    """ "sa valorisation", "ses 15 000 salariés": the possessive's owner."""
    noun = tok if tok.pos_ in ("NOUN", "PROPN", "NUM") else None
    det = determiner_of(noun) if noun is not None else None
    if det is None and d.figure is not None:
        det = determiner_of(d.figure.root)
    if not is_possessive(det):
        return None
    m = ctx.idx.get(det.i)
    return Filled(m, det.i, "possessive") if _usable(m) else None


def s_clitic(ctx, d, tok, trig, frame):
    """ "L'opération la valorise à 5,8 milliards": an object clitic the tagger read as an article, before a verb
    whose object fills the subject role. It stands for what the article was just talking about: the party of
    the last fact told, when the mentions could not resolve it."""
    if trig is None or trig.pos != "verb" or "obj" not in trig.roles.get("subject", ()):
        return None
    j = tok.i - 1
    w = token_strings(ctx.doc)
    if j < ctx.sent.start or w.norm[j] not in grammar().object_clitics or ctx.idx.get(j) is not None:
        return None
    for prev in reversed(ctx.current + ctx.previous[-8:]):
        if (
            prev.subject is not None
            and _usable(prev.subject.mention)
            and prev.subject.mention.get("label") != "PER"
        ):
            return Filled(prev.subject.mention, prev.subject.token, "clitic/previous")
    return None


def s_previous(ctx, d, tok, trig, frame):
    """A bare trigger noun ("le nouvel investissement") refers back to the last claim of its frame."""
    if trig is None or trig.pos != "noun":
        return None
    for prev in latest_first(ctx.previous) if frame.one_off else reversed(ctx.previous):
        if prev.frame == d.frame and prev.subject is not None and (_read_role(prev.subject) or _told(prev)):
            return Filled(prev.subject.mention, prev.subject.token, "previous")
    return None


def latest_first(drafts: list[Draft]) -> list[Draft]:
    """The article's claims, the latest first, a precedent it cites last: a one-off fact dated years before
    the article ("plus que le rachat de Skype par Microsoft en 2011") is no deal it goes on about."""
    pub = _year(drafts[0].sent.doc._.factx_pub_date) if drafts else None
    if pub is None:
        return list(reversed(drafts))
    now, then = [], []
    for p in reversed(drafts):
        year = _year((p.date._.factx_date or {}).get("value") if p.date is not None else None)
        (then if year is not None and year < pub - 1 else now).append(p)
    return now + then


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _told(prev: Draft) -> bool:
    """A fact told whole, its subject the nearest name: with a figure and both parties, or with the other party
    its sentence named ("EssilorLuxottica a pris le contrôle de GrandVision"): what the article said."""
    return (
        prev.object is not None
        and prev.subject.how.startswith("nearest/")
        and (prev.figure is not None or _read_role(prev.object))
    )


def _read_role(f: Filled) -> bool:
    # a role its own sentence named, not one borrowed or guessed
    return f.how.split("/")[0] not in (
        "previous",
        "salient",
        "nearest",
        "merged",
        "bare_capital",
        "conj",
        "topic",
    )


def s_salient(ctx, d, tok, trig, frame):
    """A definite or possessive trigger noun with no named owner ("La valorisation atteint 6 Md€"), or one a
    definite measure noun owns ("la marge d'Ebitda": figures.yaml ``ratio_nouns``), a figure counting a
    frame's unit, or a verb whose subject is a definite common noun naming no one ("ce plan doit réduire les
    coûts de 2 milliards"): the article's most salient entity that fits."""
    g = grammar()
    pointing = g.definite | g.demonstrative | set(g.possessive)
    det = determiner_of(tok)
    definite = det is not None and norm(det.text) in pointing
    if det is None and tok.i - 1 > ctx.sent.start:
        # "le montant du rachat": a contracted article ("du") is parsed as a preposition; the measure noun
        # before it points to the deal the article is about
        before, noun = ctx.doc[tok.i - 1], ctx.doc[tok.i - 2]
        definite = (
            norm(before.text) in g.definite
            and before.pos_ == "ADP"
            and noun.lemma_.lower() in figures().measure_nouns
        )
    if (
        det is None
        and not definite
        and tok.dep_ == "nmod"
        and tok.head.lemma_.lower() in figures().ratio_nouns
        and any(c.dep_ == "case" and c.i < tok.i for c in tok.children)
    ):
        # "la marge d'Ebitda", "le niveau de l'endettement": the measure noun that owns the trigger points for it
        hdet = determiner_of(tok.head)
        definite = hdet is not None and norm(hdet.text) in pointing and ctx.idx.get(tok.head.i) is None
    if trig is not None and trig.pos == "verb":
        subj = logical(tok, "subj")
        sdet = determiner_of(subj[0]) if subj and subj[0].pos_ == "NOUN" else None
        definite = sdet is not None and norm(sdet.text) in pointing and ctx.idx.get(subj[0].i) is None
        if (
            not subj
            and d.figure is not None
            and "object" not in frame.needs
            and is_passive(tok)
            and any(d.figure.start <= t.i < d.figure.end for t in logical(tok, "obj"))
        ):
            # "Au total, 1 254 postes seront supprimés": a passive figure with no agent, of a fact that has no
            # other party, is the doing of the company the article is about
            definite = True
    # "l'annonce d'un investissement de 4 milliards dans Anthropic": a deal noun that names its other party
    # but no one doing it is the doing of the company the article is about, when that is another one
    other = d.object.canonical if d.object is not None and _read_role(d.object) else None
    owned = trig is not None and trig.pos == "noun" and other is not None and "object" in frame.needs
    if not (definite or owned or trig is None):
        return None
    # the article's topic is a company whenever the frame takes one (a product or a place may fill the role
    # when the sentence names it)
    labels = frame.labels.get("subject") or frozenset({"ORG"})
    labels = labels & {"ORG"} or labels
    skip = _no_business if frame.operating else None
    topic = (
        ctx.idx.other_party(tuple(labels), other)
        if owned and not definite
        else ctx.idx.topic(tuple(labels), skip)
    )
    if topic is None:
        return None
    if frame.backers and topic["canonical"] in ctx.funder_names():
        return None  # "Record battu pour ce tour de table mené par Softbank": the lead backer raises nothing
    return Filled(topic, -1, "salient")


def _no_business(name: str) -> bool:
    """A fund its name says it is ("Taillefer Partners": entity_stoplist.yaml ``arm_suffixes``) or a public
    body (aliases.yaml ``no_capital_words``): no business's revenue, headcount or valuation is theirs by
    salience alone."""
    return fund_by_name(name) or descriptions().holds_no_capital(name)


def s_main_subject(ctx, d, tok, trig, frame):
    """A trigger noun the parse hangs on no verb ("L'Oréal a conclu un accord avec Natura & Co en vue du
    rachat d'Aesop"): the subject of the sentence's main verb before it, rather than the nearest name."""
    if trig is None or trig.pos != "noun":
        return None
    # the sentence may hold several parse trees (a dateline before it): the last verb root before the trigger
    roots = [
        t
        for t in ctx.doc[ctx.sent.start : tok.i]
        if (t.head.i == t.i or not ctx.inside(t.head.i)) and t.pos_ in ("VERB", "AUX")
    ]
    if not roots:
        return None
    root = roots[-1]
    if root.lemma_.lower() in sources().reporting_verbs:
        # "L'Oréal souligne qu'Aesop est distribuée..., avec 537 M$ de ventes": the reported clause's verb
        root = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.i < tok.i), root)
    if root.pos_ not in ("VERB", "AUX") or _outside(root):
        return None
    if root.lemma_.lower() in sources().reporting_verbs and _reported_by_source(ctx, root):
        return None
    return first_mention(ctx, logical(root, "subj"), "main_subject")


def s_nearest(ctx, d, tok, trig, frame):
    labels = ROLE_LABELS
    # "Fondée par Arthur Waller, la société emploie 500 salariés": a subject the sentence calls a company (that
    # no strategy could name) is no person standing nearby
    if any(c.dep_ in ("nsubj", "nsubj:pass") and _kind_noun(c.lemma_) for c in tok.children):
        labels = labels - {"PER"}
    # the nearest name the frame's labels allow ("..., a confié Marc Delorme, directeur financier de Vantelis":
    # a company's profit is no person's), outside a relative clause on the fact's words
    inside = _relative_clauses(ctx, [tok, *(d.figure if d.figure is not None else ())])
    # (nor the fact's other party: "la chaîne de magasins Tessaro est passée sous le contrôle du fonds Orkan")
    taken = d.object.canonical if d.object is not None else None
    return nearest(
        ctx,
        tok,
        left_first=True,
        labels=labels,
        ok=lambda m, j: j not in inside and _labels_ok(frame, "subject", m) and m.get("canonical") != taken,
    )


def _relative_clauses(ctx: Context, heads: list[Token]) -> set[int]:
    """The tokens of the subject relative clauses on ``heads``, each up to its closing comma (a parse may hang
    the rest of the sentence on it): "une augmentation de capital d'une centaine de millions, à laquelle
    souscriraient l'État et la Région" (they subscribe, the company raises). An object relative is left out:
    "les 212 salariés que comptait l'entreprise" (the clause's subject owns the figure)."""
    relatives = grammar().object_relatives
    inside: set[int] = set()
    for c in (c for h in heads for c in h.children if c.dep_ == "acl:relcl"):
        if any(k.pos_ == "PRON" and norm(k.text) in relatives for k in c.children):
            continue
        end = next((t.i for t in ctx.doc[c.i : ctx.sent.end] if t.text in (",", ";")), ctx.sent.end)
        inside |= {t.i for t in c.subtree if t.i < end}
    return inside


def s_topic(ctx, d, tok, trig, frame):
    """A figure of a one-party frame that no strategy could give a party, in a sentence that names no
    company, person or place, whose doer is none, the figure itself, a pronoun, or a noun of the company
    speaking for itself ("Le réseau, qui compte 610 agences", "la direction évoque 1 150 suppressions":
    figures.yaml ``topic_subjects``): the company the article is about. "La filière automobile pourrait
    supprimer 70 000 emplois", "son concurrent a supprimé 12 000 postes" are others'."""
    if d.figure is None or frame.context_role == "object" or frame.pair or frame.topic_object:
        return None
    if "object" in frame.needs or any("object" in r for r in frame.roles.values()):
        return None  # a deal's parties are two: the topic is as likely the other one
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    doers = list(logical(verb, "subj"))
    if verb.dep_ in ("acl", "acl:relcl") and verb.head.pos_ in ("NOUN", "PRON"):
        doers.append(verb.head)  # "ces entreprises valorisées à 1 milliard", "un club qui a réalisé"
    g = grammar()
    speakers = figures().topic_subjects
    schemes = []
    for s in doers:
        if d.figure.start <= s.i < d.figure.end or "Rel" in s.morph.get("PronType"):
            continue  # "1 460 postes qui disparaîtraient": the figure is the subject, no one's doing
        det = determiner_of(s)
        if "Plur" in s.morph.get("Number") or det is not None and norm(det.text) in g.indefinite:
            # "Elles ont levé 1,5 milliard", "Les repreneurs devront éponger", "Une nouvelle entité valorisée
            # à 4 milliards": others, many, or someone new
            return None
        if s.pos_ == "PRON":
            continue
        possessive = det is not None and norm(det.text) in g.possessive
        if not possessive and s.lemma_.lower() in figures().topic_schemes:
            schemes.append(s)
            continue
        if possessive or s.lemma_.lower() not in speakers and not _kind_noun(s.lemma_):
            return None  # "La filière automobile", "son concurrent": someone else
    labels = frame.labels.get("subject") or frozenset({"ORG"})
    if "ORG" not in labels:
        return None
    for k in range(ctx.sent.start, ctx.sent.end):
        m = ctx.idx.get(k)
        if m is not None and k not in ctx.exclude and m.get("label") in ("ORG", "PER", "LOC"):
            # (a person is no candidate for a company's measure: "Laurent Berthier, le PDG, table sur 90 M€
            # d'économies" are the company's)
            if not m.get("outlet") and _labels_ok(frame, "subject", m):
                return None  # whose figure it is, among the names of the sentence, is unclear
    topic = ctx.idx.topic(("ORG",))
    if topic is None or any(not _scheme_of(ctx, s, topic["canonical"]) for s in schemes):
        return None
    return Filled(topic, -1, "topic")


def _scheme_of(ctx: Context, noun: Token, name: str) -> bool:
    """The scheme ``noun`` ("le plan", "la réorganisation") is company ``name``'s unless the two sentences before
    gave it to another organisation ("Norda a lancé un plan", "Son donneur d'ordre a engagé une réorganisation")."""
    lo = sentence_bounds(ctx.doc)[max(0, sentence_at(ctx.doc, ctx.sent.start) - 2)][0]
    lemma = noun.lemma_.lower()
    earlier = [t for t in ctx.doc[lo : ctx.sent.start] if t.pos_ == "NOUN" and t.lemma_.lower() == lemma]
    if not earlier:
        return True
    told = earlier[-1]
    det = determiner_of(told)
    if det is not None and is_possessive(det):
        owner = ctx.idx.get(det.i)  # "la mise en œuvre de son plan d'économies"
        return owner is None or owner["canonical"] == name
    verb = told.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        # another organisation named as the subject, or someone else's partner ("Son donneur d'ordre"); the
        # company's people ("la direction", "ses dirigeants"), a person, a passive or the scheme itself leave it
        # the company's
        m = ctx.idx.get(c.i)
        if m is not None:
            return m["canonical"] == name or m.get("label") not in ("ORG", "LOC")
        cdet = determiner_of(c)
        return not (cdet is not None and is_possessive(cdet) and c.lemma_.lower() in figures().others_nouns)
    return True


# strategies that find a party from the context, not from the words of the fact (frames.yaml `context_role`)
CONTEXT_STRATEGIES = frozenset({"possessive", "previous", "salient", "main_subject", "nearest", "topic"})


def _history_owner(ctx: Context, tok: Token) -> Token | None:
    """ "la plus grosse acquisition de l'histoire de Google", "de son histoire": whose history it is."""
    if tok.pos_ != "NOUN":
        return None
    nouns = grammar().history_nouns
    for c in tok.children:
        if c.dep_.startswith("nmod") and c.i > tok.i and c.lemma_.lower() in nouns and prep_matches(c, "de"):
            for g in c.children:
                if (
                    g.dep_.startswith("nmod")
                    and prep_matches(g, "de")
                    or g.dep_ == "det"
                    and ctx.idx.get(g.i)
                ):
                    return g
    return None


def _stake_noun(ctx: Context, tok: Token, trig: Trigger | None) -> bool:
    return (
        trig is not None
        and trig.pos == "noun"
        and trig.frame in ctx.frames.share_frames()
        and fold_word(tok.lemma_) in ctx.frames.share_nouns()
    )


def _stake_told_elsewhere(ctx: Context, holder: Filled) -> bool:
    """The article already told a stake in another company than ``holder``: "la participation d'Amber Capital"
    can then be Amber's stake in it ("Vivendi détient déjà 27 % de Lagardère"); told alone, "la participation
    de 5 % d'Ubisoft" is a stake in Ubisoft."""
    shared = ctx.frames.share_frames()
    return any(
        p.frame in shared and p.object is not None and p.object.canonical != holder.canonical
        for p in (*ctx.previous, *ctx.current)
    )


def s_fronted(ctx, d, tok, trig, frame):
    """ "Avec quelque 1 250 salariés, Callendre reste le premier employeur du bassin": a figure in the phrase a
    sentence opens with (figures.yaml ``fronted_openers``) up to its first comma is the main clause's subject's,
    named right after that comma and before its verb."""
    if d.figure is None:
        return None
    w = token_strings(ctx.doc)
    b = ctx.sent.end
    a = opening_word(w, ctx.sent.start, b)
    low = tuple(w.lower_apos[a : a + 3])
    if not any(low[: len(o)] == o for o in figures().fronted_openers):
        return None
    boxed = brackets(w, a, b)
    comma = next((j for j in range(a, b) if w.text[j] == "," and not any(x < j < y for x, y in boxed)), None)
    if comma is None or not a < d.figure.start < comma:
        return None
    k = comma + 1
    while k < b and w.pos[k] in (DET, ADJ):
        k += 1
    m = mention_of(ctx, ctx.doc[k]) if k < b else None
    if not _usable(m, NAMED_LABELS):
        return None
    end = (ctx.idx.span_of(k) or (k, k + 1))[1]
    if end >= b or w.pos[end] not in (VERB, AUX):
        return None
    return Filled(m, k, f"fronted/{m['how']}")


def s_holder(ctx, d, tok, trig, frame):
    """ "la participation d'Amber Capital dans Lagardère": the "de" name holds the shares; so does the one a
    holding verb's participle or relative names ("la participation de 76,72 % détenue par HAL", "les 12 % que
    détenait Nokia"), whoever takes them."""
    if not _stake_noun(ctx, tok, trig):
        return None
    held = _held_by(ctx, tok)
    if held is not None:
        return held
    holder = stake_parts(ctx, tok.i, excluded=False)[0]
    return Filled(holder.mention, holder.token, f"holder/{holder.mention['how']}") if holder else None


def _held_by(ctx: Context, tok: Token) -> Filled | None:
    """The agent of a holding verb's participle on the share noun ``tok`` ("détenue par HAL"), or the subject
    of its relative clause ("que détenait Nokia"): a verb of a frame that takes shares (frames.yaml). Read
    once per noun: the subject and the object strategies both ask."""
    if tok.i not in ctx._held:
        ctx._held[tok.i] = _read_held_by(ctx, tok)
    return ctx._held[tok.i]


def _read_held_by(ctx: Context, tok: Token) -> Filled | None:
    share_frames = ctx.frames.share_frames()
    for c in tok.children:
        if c.pos != VERB or c.dep_ not in ("acl", "acl:relcl"):
            continue
        if not any(
            t.pos == "verb" and t.frame in share_frames for t in ctx.frames.index.get(fold_word(c.lemma_), ())
        ):
            continue
        if c.dep_ == "acl":
            who = [x for x in c.children if x.dep_ == "obl:agent" or x.i > c.i and prep_matches(x, "par")]
        else:
            who = [x for x in c.children if x.dep_ == "nsubj" and "Rel" not in x.morph.get("PronType")]
        for x in who:
            m = mention_of(ctx, x)
            if not _usable(m):
                # "détenue par la société d'investissement HAL Holding": the name under or after the noun
                found = _name_under_or_after(ctx, x, x.right_edge.i + 1, ROLE_LABELS, ("name", "alias"))
                m, x_i = found if found is not None else (None, x.i)
            else:
                x_i = x.i
            if _usable(m):
                return Filled(m, x_i, f"holder/held_by/{m['how']}")
    return None


def s_history(ctx, d, tok, trig, frame):
    owner = _history_owner(ctx, tok)
    if owner is None:
        return None
    m = mention_of(ctx, owner)
    return Filled(m, owner.i, f"history/{m['how']}") if _usable(m, NAMED_LABELS) else None


SUBJECT: tuple[tuple[str, Strategy], ...] = (
    ("bracket_figure", s_bracket_figure),
    ("quoted_share", s_quoted_share),
    ("history", s_history),
    ("holder", s_holder),
    ("fronted", s_fronted),
    ("parse", s_parse),
    ("clitic", s_clitic),
    ("conj", s_conj),
    ("prep", s_prep),
    ("support_complement", s_support_complement),
    ("parenthetical", s_parenthetical),
    ("named_unit", s_named_unit),
    ("unit_clause", s_unit_clause),
    ("predicate", s_predicate),
    ("support", s_support),
    ("participle", s_participle),
    ("topic_comma", s_topic_comma),
    ("run_in", s_run_in),
    ("possessive", s_possessive),
    ("previous", s_previous),
    ("salient", s_salient),
    ("main_subject", s_main_subject),
    ("nearest", s_nearest),
    ("topic", s_topic),
)


# -- object strategies ----------------------------------------------------------------------------------------


def o_parse(ctx, d, tok, trig, frame):
    if trig is None or "object" not in trig.roles:
        return None
    found = by_spec(tok, trig.pos, trig.roles["object"])
    candidates = found[:1]
    if not candidates and trig.pos == "verb":
        # the shares bought, whatever relation the parse gave them ("a acquis en 2023 une participation":
        # obl:mod; a case word that is no "de" or "dans" comes from a date the parse hung on it)
        linked = grammar().prep_forms("de") | grammar().prep_forms("dans")
        candidates = [
            c
            for c in tok.children
            if c.i > tok.i and not any(g.dep_ == "case" and norm(g.text) in linked for g in c.children)
        ]
    shares = [
        t
        for t in candidates
        if t.pos_ == "NOUN" and fold_word(t.lemma_) in ctx.frames.share_nouns() and trig.pos == "verb"
    ][:1]
    if shares and mention_of(ctx, shares[0]) is None:
        # "prend une participation de 30 % dans Valentino", "s'empare de 30 % du capital de Zeta"
        return _shares_company(ctx, shares[0].i, min(ctx.sent.end, shares[0].i + PREP_REACH))
    return first_mention(ctx, found, "parse")


def o_relative(ctx, d, tok, trig, frame):
    """ "c'est la plateforme Discord que Microsoft envisageait d'acquérir", "la start-up qu'il a rachetée":
    a verb with no object of its own, in a relative clause "que" opens (through the verbs it complements), has
    the noun the clause is on as its object."""
    if trig is None or trig.pos != "verb" or "object" not in trig.roles:
        return None
    if any(c.dep_ in ("obj", "nsubj:pass") for c in tok.children):
        return None
    clause = tok
    for _ in range(3):  # "que Microsoft envisageait d'acquérir": up the verbs it complements
        if clause.dep_ == "acl:relcl" or clause.dep_ not in ("xcomp", "ccomp") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "acl:relcl" or not ctx.inside(clause.head.i):
        return None
    objects = grammar().object_relatives
    if not any(c.i < clause.i and norm(c.text) in objects for c in clause.children):
        return None
    noun = clause.head
    after = [c for c in noun.children if c.i > noun.i and c.i < clause.i and c.pos_ in ("PROPN", "NOUN", "X")]
    return first_mention(ctx, [noun, *after], "relative")


def o_prep(ctx, d, tok, trig, frame):
    if trig is None or "object" not in trig.roles:
        return None
    return scan_prep(ctx, tok, trig.roles["object"], _stops(ctx, tok))


def o_coordination(ctx, d, tok, trig, frame):
    """ "Nvidia et Mistral AI ont signé un partenariat": the other party is coordinated with the subject."""
    if d.subject is None or d.subject.token < 0 or not frame.pair:
        return None
    return first_mention(ctx, coordinated_tokens(ctx, ctx.doc[d.subject.token]), "coordination")


def coordinated_tokens(ctx: Context, tok: Token, whole: bool = False) -> list[Token]:
    """The tokens coordinated with ``tok``: its conjuncts in the parse (with ``whole``, every member of its
    coordination, however the parse chained the list: in "Carrefour, Danone et Michelin", "Michelin" may
    hang on "Danone"), else the names either side of an "et" next to it ("Airbus et Renault ont conclu",
    when the parse splits the sentence in two)."""
    doc = ctx.doc
    w = token_strings(doc)
    if whole:
        first = tok.i
        while w.dep[first] == "conj" and w.head[first] != first:
            first = w.head[first]
        members, todo = [first], [first]
        while todo:
            kids = [c for c in w.children[todo.pop()] if w.dep[c] == "conj"]
            members += kids
            todo += kids
        out = [doc[c] for c in sorted(members) if c != tok.i]
    else:
        out = [doc[c] for c in w.children[tok.i] if w.dep[c] == "conj"]
        if w.dep[tok.i] == "conj":
            out.insert(0, doc[w.head[tok.i]])  # the subject is itself the second of two
    if out:
        return out
    span = ctx.idx.span_of(tok.i) or (tok.i, tok.i + 1)
    before, after = span[0] - 1, span[1]
    if before - 1 >= ctx.sent.start and w.lower[before] == "et":
        out.append(doc[before - 1])
    if after + 1 < ctx.sent.end and w.lower[after] == "et":
        out.append(doc[after + 1])
    return out


def o_support(ctx, d, tok, trig, frame):
    """ "OpenAI a reçu un investissement de Microsoft": the receiver is what is invested in."""
    if trig is None or trig.pos != "noun":
        return None
    verb = governing_verb(tok)
    if verb is None or verb.lemma_ not in frame.support_object:
        return None
    subjects = logical(verb, "subj")
    # who turns down or accepts the offer judges it (no party of the sentence's other facts), and is its target
    judges = ctx.backers - ctx.funders
    found = first_mention(ctx, subjects, "support", judges)
    if found is None:
        # "Le conseil d'administration de Tiffany a rejeté l'offre": a company's body acts for the company
        found = first_mention(ctx, _owners(ctx, subjects, grammar().body_subjects), "support", judges)
    return found


def _owners(ctx: Context, subjects: list[Token], nouns: frozenset[str]) -> list[Token]:
    """The "de" complements (through the noun's own "de" complements: "le conseil d'administration de X") of
    the subjects that are one of ``nouns`` and name no one themselves."""
    out: list[Token] = []
    for t in subjects:
        if t.pos_ != "NOUN" or ctx.idx.get(t.i) is not None or t.lemma_.lower() not in nouns:
            continue
        frontier = [t]
        for _ in range(2):
            nxt = [c for f in frontier for c in f.children if c.dep_ == "nmod" and prep_matches(c, "de")]
            out += nxt
            frontier = nxt
    return out


def o_previous(ctx, d, tok, trig, frame):
    """The fact's other party named earlier: "le nouvel investissement pourrait se chiffrer à 10 milliards"
    is in whatever the last claim of its frame with the same subject was in."""
    if "object" not in frame.needs:
        return None
    for prev in latest_first(ctx.previous) if frame.one_off else reversed(ctx.previous):
        if prev.frame != d.frame or prev.object is None or not _read_role(prev.object):
            continue
        if d.subject is None or prev.subject is None or prev.subject.canonical == d.subject.canonical:
            return Filled(prev.object.mention, prev.object.token, "previous")
    return None


def o_bare_capital(ctx, d, tok, trig, frame):
    """ "Bpifrance détient 8 % du capital": the capital of the company the article is about."""
    if d.subject is None:
        return None
    doc = ctx.doc
    w = token_strings(doc)
    capital = next(
        (
            t
            for t in range(ctx.sent.start, ctx.sent.end)
            if w.lemma[t].lower() == "capital"
            and w.pos[t] == NOUN
            and not any(w.dep[c].startswith("nmod") or is_possessive(doc[c]) for c in w.children[t])
        ),
        None,
    )
    if capital is None:
        return None
    owner = _relative_capital_owner(ctx, w, capital, d.subject.canonical)
    if owner is not None:
        return Filled(owner, -1, "bare_capital/relative")
    # (a market, the State or a referee has no capital a holder's stake is of: "la Bourse de Paris")
    ranked = list(
        ctx.idx.parties(
            ("ORG",), skip=lambda n: n == d.subject.canonical or descriptions().holds_no_capital(n)
        )
    )
    # in a deal's story, a stake held before or after the deal is in its target ("la famille Vernet, qui
    # détenait 28 % du capital", "Aubrac Capital détiendra 70 % du capital"); one held now may be in the buyer
    # the article is about ("L'État, qui détient 11 % du capital, a soutenu l'opération")
    deal = None if _held_now(w, capital) else stated_deal(ctx)
    target = deal.object if deal is not None else None
    if (
        target is not None
        and target.canonical != d.subject.canonical
        and target.mention.get("label") in ("ORG", "MISC")
        and not descriptions().holds_no_capital(target.canonical)
    ):
        ranked = [dict(target.mention)] + ranked
    if is_family(d.subject.canonical):
        # "la famille Callendre conservera 18 % du capital": of the company of its name, if the article names it
        surname = d.subject.canonical.split(" ", 1)[-1]
        ranked = [s for s in ranked if f" {surname} " in f" {s['canonical']} "] + ranked
    if not ranked:
        return None
    return Filled({**ranked[0], "text": ranked[0]["canonical"], "how": "topic"}, -1, "bare_capital")


def _holding_verb(w: TokenStrings, capital: int, start: int, end: int) -> int:
    """The verb a bare "du capital" hangs under ("détient 14 % du capital"), else ``capital`` itself."""
    v = capital
    while w.pos[v] not in (VERB, AUX) and w.head[v] != v and start <= w.head[v] < end:
        v = w.head[v]
    return v


def _held_now(w: TokenStrings, capital: int) -> bool:
    """Whether "du capital" is held in the present ("qui détient 11 % du capital"), not before or after a deal
    ("détenait", "détiendra"), nor kept through it or given up to it ("conserve 20 % du capital", "apporte 25 % du
    capital à l'offre": grammar.yaml ``deal_holding_verbs``)."""
    v = _holding_verb(w, capital, 0, len(w.text))
    return (
        w.pos[v] in (VERB, AUX)
        and w.lemma_lower[v] not in grammar().deal_holding_verbs
        and guess_infinitive(w.lower[v], w.lemma[v], w.pos[v]) not in grammar().deal_holding_verbs
        and "Tense=Pres" in w.morph[v]
        and "Mood=Ind" in w.morph[v]
        and not w.lower[v].endswith(grammar().not_present_endings)
    )


def _relative_capital_owner(ctx: Context, w: TokenStrings, capital: int, holder: str) -> dict | None:
    """The company whose capital a relative clause speaks of: the antecedent of "dont" ("Le motoriste, dont
    l'État détient 14 % du capital"), or the main clause's subject after a holder's relative ("Fondée par la
    famille Delcourt, qui détient 41 % du capital, l'enseigne emploie..."): the sentence says whose it is."""
    v = _holding_verb(w, capital, ctx.sent.start, ctx.sent.end)
    if w.dep[v] != "acl:relcl":
        return None
    # (the parse may hang "dont" on the clause's subject: any "dont" between the antecedent and the verb)
    owning = grammar().owner_relatives
    dont = next((t for t in range(v - 1, max(w.head[v], ctx.sent.start), -1) if w.lower[t] in owning), None)
    if dont is not None:  # the first name before it
        found = next(
            (
                m
                for t in range(dont - 1, ctx.sent.start - 1, -1)
                if (m := ctx.idx.get(t)) and not m.get("outlet")
            ),
            None,
        )
    elif any(c < v and w.lower_apos[c] in grammar().relative for c in w.children[v]):
        # the subject after the relative clause's closing comma
        end = next((t for t in range(capital, ctx.sent.end) if w.text[t] == ","), ctx.sent.end)
        found = next(
            (m for t in range(end + 1, ctx.sent.end) if w.dep[t] in SUBJECT_DEPS and (m := ctx.idx.get(t))),
            None,
        )
    else:
        return None
    if (
        found is None
        or found.get("label") != "ORG"
        or found.get("outlet")
        or found["canonical"] == holder
        or descriptions().holds_no_capital(found["canonical"])
    ):
        return None
    return {**found, "text": found.get("text") or found["canonical"]}


def o_nearest(ctx, d, tok, trig, frame):
    if "object" not in frame.needs:
        return None
    found = nearest(
        ctx, tok, left_first=False, labels=OBJECT_LABELS, ok=lambda m, j: not _subject_elsewhere(ctx, j, tok)
    )
    if found is not None and d.subject is not None and found.canonical == d.subject.canonical:
        return None
    if found is not None and any(c.canonical == found.canonical for c in coordinated(ctx, d.subject)):
        return None  # "L'État, la Région et la métropole vont apporter 15 millions": a co-giver, not the receiver
    return found


def _subject_elsewhere(ctx: Context, j: int, tok: Token) -> bool:
    """The name at ``j`` is (in) the subject of a verb other than the trigger's: "Bpifrance investit 15
    millions, et les actionnaires Index Ventures et Eurazeo complètent le tour" (who does something else is
    not what the trigger's money goes to)."""
    w = token_strings(ctx.doc)
    k = j
    for _ in range(4):  # up through the name's own words, its noun ("le fonds Massif Capital") and the list
        if w.dep[k] in ("nsubj", "nsubj:pass"):
            verb = w.head[k]
            return verb != tok.i and verb not in heads_above(w, tok.i, 3) and w.pos[verb] in (VERB, AUX)
        if w.dep[k] not in ("flat:name", "nmod", "conj", "appos") or w.head[k] == k:
            return False
        k = w.head[k]
    return False


def o_salient(ctx, d, tok, trig, frame):
    """A deal whose other party the sentence leaves out ("le nouvel investissement pourrait se chiffrer à 10
    milliards"): the article's most salient organisation other than the subject; a person first for a frame
    whose object may be one (a transfer's player: "Le montant du transfert atteint 80 millions d'euros")."""
    if "object" not in frame.needs and not frame.topic_object or d.subject is None:
        return None
    if frame.topic_object:
        # "Sanofi cède le contrôle d'Opella. Bpifrance aurait environ 2 %": the company the last fact of the
        # frame was about, whoever held it
        for prev in reversed(ctx.previous[-6:]):
            if prev.frame == d.frame and prev.object is not None and _read_role(prev.object):
                if prev.object.canonical != d.subject.canonical:
                    return Filled(prev.object.mention, prev.object.token, "salient/previous")
                break
    # a person first where the frame's object may be one (a transfer's player), else a company
    wanted = frame.labels.get("object") or frozenset({"ORG"})
    # (nor a name coordinated with the subject: "Bpifrance, Eurazeo et la Région vont apporter 15 millions")
    givers = {d.subject.canonical} | {c.canonical for c in coordinated(ctx, d.subject)}
    for label in [lb for lb in ("PER", "ORG") if lb in wanted] or ["ORG"]:
        s = next(ctx.idx.parties((label,), skip=lambda n: n in givers), None)
        if s is not None:
            return Filled({**s, "text": s["canonical"], "how": "topic"}, -1, "salient")
    return None


OBJECT: tuple[tuple[str, Strategy], ...] = (
    ("parenthetical", o_parenthetical),
    # before the noun's own complements: "Twitter a accepté l'offre d'Elon Musk" (who accepts an offer is
    # what it is for; the noun's complement is then who made it, see s_support_complement); and before the
    # subject: the receiver is not the one who gives
    ("support", o_support),
    ("parse", o_parse),
    ("relative", o_relative),
    ("prep", o_prep),
    ("conj", o_conj),
    ("participle", o_participle),
    ("coordination", o_coordination),
    ("previous", o_previous),
    ("bare_capital", o_bare_capital),
    ("nearest", o_nearest),
    ("salient", o_salient),
)
HELD_IN = tuple((name, fn) for name, fn in OBJECT if name in ("prep", "salient"))
# the strategies that read the fact's own words run before the subject is filled; the others (which compare
# with the subject or the context) after it
OBJECT_OWN_WORDS = next(k for k, (name, _) in enumerate(OBJECT) if name == "coordination")


# -- value strategies -----------------------------------------------------------------------------------------


def v_parse(ctx, d, tok, trig, frame):
    if trig is None or "value" not in trig.roles:
        return None
    return first_mention(ctx, by_spec(tok, trig.pos, trig.roles["value"]), "parse")


def v_prep(ctx, d, tok, trig, frame):
    if trig is None or "value" not in trig.roles:
        return None
    return scan_prep(ctx, tok, trig.roles["value"], _stops(ctx, tok))


def v_relative(ctx, d, tok, trig, frame):
    """ "GPT-3.5, sur lequel ChatGPT est basé": the mention before "sur lequel" on the trigger's left."""
    if trig is None or "value" not in trig.roles:
        return None
    doc = ctx.doc
    preps = trig.roles["value"]
    for j in range(tok.i - 1, max(ctx.sent.start, tok.i - 8), -1):
        t = doc[j]
        if t.pos_ == "PRON" and norm(t.text) in grammar().relative and j - 1 >= ctx.sent.start:
            if norm(doc[j - 1].text) in preps or doc[j - 1].lemma_ in preps:
                for k in range(j - 2, max(ctx.sent.start - 1, j - 6), -1):
                    m = mention_of(ctx, doc[k])
                    if _usable(m):
                        return Filled(m, k, f"relative/{m['how']}")
    return None


VALUE: tuple[tuple[str, Strategy], ...] = (("parse", v_parse), ("prep", v_prep), ("relative", v_relative))


# -- the stage ------------------------------------------------------------------------------------------------


def _stops(ctx: Context, tok: Token) -> set[int]:
    # a coordinated verb after the trigger starts another clause: "a racheté X et cédé Y"
    return {i for i in ctx.conj_verbs if i > tok.i + 1}


def role_exclusions(ctx: Context, d: Draft, tok: Token, trig: Trigger | None) -> set[int]:
    """Tokens this draft's roles may not take, beyond the sentence's: its figures, a seller, a round's backers."""
    out: set[int] = set()
    for span in (d.figure, *d.alternatives):
        if span is not None:
            out.update(range(span.start, span.end))
    for a, b in ctx.incises:
        # "Tencent, déjà actionnaire d'Ubisoft, injecte...": Ubisoft is not invested in
        if not a <= tok.i < b:
            out.update(range(a, b))
    for a, b in ctx.brackets:
        # "la plus grosse acquisition du secteur (Veritas en 2004 par Symantec) en s'offrant WhatsApp": a
        # bracket tells its own fact; its names fill no role of a fact told outside it
        if not a < tok.i < b:
            out.update(range(a, b + 1))
    if (
        trig is not None
        and "subj" not in trig.roles.get("subject", ())
        and "subj" not in trig.roles.get("object", ())
    ):
        # "Casino a cédé X à Intermarché": the grammatical subject (the seller) fills no role here; in a passive
        # ("Zeta est utilisée par 300 hôpitaux") the grammatical subject is the logical object
        if trig.pos == "verb" and is_passive(tok):
            out |= {t.i for c in logical(tok, "subj") for t in c.subtree}
        else:
            out |= {t.i for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass") for t in c.subtree}
    owner = _history_owner(ctx, tok)
    if owner is not None:
        out |= {t.i for t in owner.subtree}  # the history's owner is the subject, never the object
    # who holds shares is neither the company they are in nor a party to a deal for them ("acheter la
    # participation de 17,9 % d'Amber Capital": Amber sells; the deal is for its company)
    out |= ctx.holders()
    if d.frame in ctx.frames.share_frames():
        # who joins a round may hold shares ("Bpifrance participe au tour de table et détient 12 % du capital")
        return out | (ctx.backers - ctx.joined)
    return out | ctx.backers


def fill(ctx: Context, d: Draft, tok: Token, trig: Trigger | None, frame: Frame) -> None:
    """Fill the draft's value, object and subject (in that order: one name, one role)."""
    saved = set(ctx.exclude)
    ctx.exclude |= role_exclusions(ctx, d, tok, trig)
    try:
        if trig is not None and "value" in trig.roles:
            d.value = _first(ctx, d, tok, trig, frame, VALUE, "value")
        wants_object = trig is not None and "object" in trig.roles or frame.pair or frame.topic_object
        holder = bracket_holder(ctx, d, frame)
        if holder is not None:
            # the holder first, so that no strategy for the company in which it holds takes its name
            d.subject = holder
            d.how["subject"] = holder.how
            # nor any other name of the list of holders it belongs to ("de Pathé (19,3 %) et d'IDG (19,8 %)")
            ctx.exclude |= _bracket_names(ctx)
        if holder is not None:
            # the company is said by a preposition ("dans Solvane") or is the article's: the list's other
            # names are holders too, and the strategies reading the figure's neighbours would take them
            d.object = _first(ctx, d, tok, trig, frame, HELD_IN, "object")
        elif wants_object:
            d.object = _first(ctx, d, tok, trig, frame, OBJECT[:OBJECT_OWN_WORDS], "object")
        if holder is None:
            d.subject = _first(ctx, d, tok, trig, frame, SUBJECT, "subject")
        if d.object is None and wants_object:
            d.object = _first(ctx, d, tok, trig, frame, OBJECT[OBJECT_OWN_WORDS:], "object")
    finally:
        ctx.exclude = saved
    if d.subject is not None and _sellers_guess(ctx, d, tok, trig):
        d.subject = None  # "KKR envisagerait de céder sa participation": KKR sells; the buyer is not named
        d.how.pop("subject", None)
    if d.object is not None and d.subject is not None and d.object.canonical == d.subject.canonical:
        d.object = None
        d.how.pop("object", None)
    if (
        frame.pair
        and d.subject is not None
        and d.object is not None
        and 0 <= d.object.token < d.subject.token
    ):
        d.subject, d.object = d.object, d.subject  # two parties: in the order the text names them
        d.how["subject"], d.how["object"] = d.how.get("object", ""), d.how.get("subject", "")
    if (
        frame.context_role == "object"
        and d.object is None
        and d.subject is not None
        and d.subject.how.split("/")[0] in CONTEXT_STRATEGIES
    ):
        # "dont 1 euro en dividende exceptionnel": the company the context gives is whose profits are shared
        d.object, d.subject = d.subject, None
        d.how["object"] = d.how.pop("subject", d.object.how)


def _sellers_guess(ctx: Context, d: Draft, tok: Token, trig: Trigger | None) -> bool:
    """A subject guessed from the context that is the grammatical subject of a verb whose subject is the other
    party (a seller: "céder", "vendre", whose buyer comes after "à")."""
    if trig is None or trig.pos != "verb" or "subj" in trig.roles.get("subject", ("subj",)):
        return False
    if d.subject.how.split("/")[0] not in CONTEXT_STRATEGIES:
        return False
    doers = list(logical(tok, "subj"))
    up = tok
    for _ in range(3):  # "X serait en négociations pour céder...": the subject of the clause the sale is for
        if up.dep_ not in ("xcomp", "advcl", "obl", "obl:arg", "obl:mod") or up.head.i == up.i:
            break
        up = up.head
        doers += [c for c in up.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if up.dep_ == "ROOT" and up.pos_ in ("PROPN", "NOUN"):
            doers.append(up)  # the parse made the name itself the root
    for t in doers:
        m = mention_of(ctx, t)
        if m is not None and m["canonical"] == d.subject.canonical:
            return True
    return False


def _first(ctx, d, tok, trig, frame, strategies, role) -> Filled | None:
    taken = {f.canonical for f in (d.subject, d.object, d.value) if f is not None}
    # who holds shares the sentence deals in is no party to the deal, whichever strategy offers it
    holders = set() if frame.name in ctx.frames.share_frames() else ctx.holder_names()
    if role == "object" and frame.name in ctx.frames.share_frames() and tok is not None:
        # "la participation détenue par HAL dans GrandVision": HAL holds, it is not what is held
        held = _held_by(ctx, tok)
        if held is not None:
            taken.add(held.canonical)
    for name, fn in strategies:
        found = fn(ctx, d, tok, trig, frame)
        if found is None or found.canonical in taken or found.canonical in holders:
            continue
        if not _labels_ok(frame, role, found.mention):
            if name == "parse" and _place_for_company(frame, found.mention):
                return None  # "La Bretagne compte 480 agences": the place's, so no company's by context
            found = _titled_in_sentence(ctx, found)
            if found is None or not _labels_ok(frame, role, found.mention):
                continue
            if found.canonical in taken or found.canonical in holders:
                continue
        if found.token >= 0:
            ctx.exclude.add(found.token)
        d.how[role] = found.how if "/" in found.how or found.how == name else f"{name}/{found.how}"
        return found
    return None


def _titled_in_sentence(ctx: Context, person: Filled) -> Filled | None:
    """ "Luca de Meo, directeur général de Renault, a annoncé 1 600 suppressions de postes": a person the
    sentence gives a title at a company does, in a role no person fills (a company's measure), for it."""
    if person.mention.get("label") != "PER" or person.token < 0:
        return None
    from .titles import role_drafts

    for r in role_drafts(ctx):
        if r.subject is not None and r.subject.canonical == person.canonical and r.object is not None:
            if r.object.token >= 0 and r.object.mention.get("label") == "ORG":
                return Filled(r.object.mention, r.object.token, f"title_company/{r.object.how}")
    return None


def _place_for_company(frame: Frame, mention: dict) -> bool:
    """A known place offered for a company's measure (frames.yaml ``places: false``)."""
    return not frame.places and mention.get("label") == "LOC" and is_place(str(mention.get("canonical")))


def _labels_ok(frame: Frame, role: str, mention: dict) -> bool:
    allowed = frame.labels.get(role)
    if _place_for_company(frame, mention):
        return False  # "L'Arabie saoudite ... une valorisation ramenée à 1.700 milliards": the company's
    if not allowed or mention.get("label") in allowed:
        return True
    if not {"ORG", "LOC"} <= allowed:
        return False
    # a company's measure (a role open to companies and places): a capitalised word no entity covers may fill
    # it, and a one-word "person" is as often a brand the model misread ("WhatsApp revendiquait 600 millions
    # d'utilisateurs"); a first and last name is a person, even where the parse puts it in the role
    label = mention.get("label")
    return label is None or label == "PER" and " " not in str(mention.get("canonical"))


def named_at(ctx: Context, filled: Filled) -> int:
    """Where the sentence names a role's party: a relative pronoun's antecedent ("Ardian et Bpifrance, qui
    détiennent ensemble 45 %": the list the pronoun stands for), else the role's own token."""
    if filled.mention.get("how") != "relative":
        return filled.token
    return next(
        (
            k
            for k in range(filled.token - 1, ctx.sent.start - 1, -1)
            if (m := ctx.idx.get(k)) is not None
            and m["canonical"] == filled.canonical
            and m["how"] != "relative"
        ),
        filled.token,
    )


def coordinated(ctx: Context, filled: Filled | None, whole: bool = False) -> list[Filled]:
    """Other parties coordinated with a role's ("Nvidia et Salesforce apporteraient 120 M€", "le rachat de
    Cora et Match"); ``whole``: see :func:`coordinated_tokens`."""
    if filled is None or filled.token < 0:
        return []
    out = []
    for c in coordinated_tokens(ctx, ctx.doc[named_at(ctx, filled)], whole):
        if c.i in ctx.exclude:
            continue
        m = mention_of(ctx, c)
        if (
            _usable(m)
            and m["canonical"] != filled.canonical
            and all(m["canonical"] != o.canonical for o in out)
        ):
            out.append(Filled(m, c.i, f"coordination/{m['how']}"))
    return out


def relative_antecedent(tok: Token) -> Token | None:
    return antecedent(tok)
