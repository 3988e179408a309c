"""Stage 1 of the claim engine: every figure is a candidate fact. Which frame owns it?

For each money amount, percentage and count of a sentence, in order:

1. a *restatement* of the figure just before it ("69 milliards de dollars (60,7 milliards d'euros)", "soit
   74 milliards") is the same claim's alternative value, never a fact of its own;
2. a figure *per unit* ("95 dollars par action") is a price claim, not the deal's amount;
3. otherwise the owning trigger is found by named strategies, tried in order:
   ``noun_complement`` (the trigger noun the figure complements, through measure nouns: "une levée de fonds
   de 600 M€", "le prix net d'acquisition"), ``own_phrase`` (the figure's own complement: "49 % du capital",
   "2 000 suppressions de postes"), ``support_verb`` (a verb whose subject or object is the trigger noun:
   "porte à 6 Md€ la valorisation", "le prix s'élève à"), ``purpose`` ("débourser X pour racheter Y"),
   ``governing`` (the first trigger up the tree that takes the figure's kind), ``adjacent`` (a trigger right
   before the figure, whatever the parse made of it), ``unit`` (a count of a frame's
   counted noun: "ses 15 000 salariés"), ``nearest`` (the nearest trigger of the sentence that takes it).

The result is a list of :class:`Owned`: figure, frame, trigger and the strategy that decided.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.symbols import ADJ, ADP, ADV, AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from .entities import lexicon as entity_lexicon
from .extensions import DATES
from .frames import Frames, Trigger, fold_word, opening_participle, with_roles
from .lexicon import determiners, figures, grammar, words_of
from .mentions import mention_index
from .sentences import sentence_at, sentence_bounds
from .syntax import antecedent, finite_at, is_passive, logical, norm, prep_matches
from .tokens import token_strings

NEAREST_REACH = 15  # tokens between a trigger and a figure it takes by proximity alone
MISTAGGED_REACH = 6  # tokens between a verb trigger tagged as a noun and the figure it takes ("valorise X à")
PART_REACH = (
    12  # tokens between a whole and its part ("15.000 suppressions d'emplois dans le monde dont 4.600")
)
CLIMB = 12
PARALLEL_REACH = 16  # tokens between two figures of one fact told for a list of names
# a percentage's token as the tokenizer writes it: a share's move ("chutait de 12 % à 178,75 euros")
PERCENT_WORDS = ("%", "pourcent")


@dataclass
class Owned:
    figure: Span
    frame: str
    trigger: Token | None
    trig: Trigger | None
    how: str
    alternatives: list[Span] = field(default_factory=list)
    per_unit: str | None = None
    part_of: Span | None = None  # "15 000 postes, dont 4 600 en France": the whole this figure is part of
    whole_of: Span | None = None  # "300 postes sur les 1 450": the part this figure is the whole of
    # "a racheté X pour 7 milliards en 2005, Y pour 4,5 milliards": the figure this one parallels, the name
    # before each figure's preposition (token spans)
    parallel_of: Span | None = None
    # a per-share price's deal trigger ("acquérir X pour 157 dollars par action, soit 28 milliards"): the
    # total restating the price is that deal's amount, with its roles
    deal: tuple[Token, Trigger] | None = None
    parallel_names: tuple[tuple[int, int], tuple[int, int]] | None = None
    gapped: bool = False  # the parallel is a conjunct with no verb of its own ("…, la Région 90 millions")


def is_share(tok: Token) -> bool:
    """``tok`` is a share noun (figures.yaml ``share_nouns``) that names a share: "le titre de transport", a
    share noun with a noun complement of its own, is no share (a name is the company's: "les actions de Credit
    Suisse")."""
    # (a complement follows its noun: "En Bourse, l'action de la foncière..." hung on the share is none)
    return tok.lemma_.lower() in figures().share_nouns and not any(
        g.dep_.startswith("nmod")
        and g.pos_ == "NOUN"
        and g.i > tok.i
        and mention_index(tok.doc).get(g.i) is None
        for g in tok.children
    )


def kind_of(span: Span) -> str | None:
    return (span._.factx_amount or {}).get("kind")


def _takes(frames: Frames, trig: Trigger, kind: str | None) -> bool:
    kinds = trig.amount if trig.amount is not None else frames.frames[trig.frame].amount
    return kind is not None and kind in kinds


class _Sentence:
    def __init__(self, sent: Span, matches: list[tuple[Token, Trigger]], frames: Frames) -> None:
        self.sent = sent
        self.doc = sent.doc
        self.frames = frames
        self.heads: dict[int, list[Trigger]] = {}
        for tok, trig in matches:
            self.heads.setdefault(tok.i, []).append(trig)

    def inside(self, i: int) -> bool:
        return self.sent.start <= i < self.sent.end

    def trigger_at(self, i: int, kind: str | None) -> Trigger | None:
        return next((t for t in self.heads.get(i, ()) if _takes(self.frames, t, kind)), None)

    # -- strategies: each returns (trigger token, Trigger) or None ------------------------------------------

    def noun_complement(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """The noun the figure is a complement of, through measure nouns ("d'un montant de X")."""
        measure = figures().measure_nouns
        tok = fig.root
        for _ in range(3):
            head = tok.head
            if head.i == tok.i or not self.inside(head.i) or head.pos_ not in ("NOUN", "PROPN"):
                return None
            if tok.dep_ not in ("nmod", "nummod", "appos", "amod", "obl", "obl:mod"):
                return None
            found = self._noun_or_its_complement(head, kind)
            if found is not None:
                # "Cette levée valorise l'entreprise, fondée en 2019, à 300 millions": a verb the tagger took
                # for a noun between them owns the figure, whatever the parse hung it on
                return None if self._verb_misread_between(found[0].i, fig, kind) else found
            if head.lemma_.lower() not in measure:
                return None
            tok = head
        return None

    def _noun_or_its_complement(self, noun: Token, kind: str | None) -> tuple[Token, Trigger] | None:
        """A trigger noun (or a word inside a trigger phrase: "fonds" in "levée de fonds"), or a measure noun
        whose complement is one ("le prix net d'acquisition")."""
        head = noun.head
        if noun.i not in self.heads and head.i in self.heads and head.i < noun.i:
            trig = self.trigger_at(head.i, kind)
            if (
                trig is not None
                and len(trig.words) > 1
                and fold_word(noun.lower_) in map(fold_word, trig.words)
            ):
                return head, trig
        if noun.lemma_.lower() in figures().measure_nouns:
            for child in noun.children:
                if child.dep_.startswith("nmod") and (trig := self.trigger_at(child.i, kind)):
                    return child, trig
            company = self._company_price(noun, kind)
            if company is not None:
                return noun, company
        trig = self.trigger_at(noun.i, kind)
        return (noun, trig) if trig is not None else None

    def _company_price(self, noun: Token, kind: str | None) -> Trigger | None:
        """ "le prix de Bombardier Transport": a company's price is what it is bought for (figures.yaml's
        company_price_frame), with that frame's noun roles."""
        frame = self.frames.frames.get(figures().company_price_frame)
        if frame is None or kind not in frame.amount:
            return None
        idx = mention_index(self.doc)
        for child in noun.children:
            m = idx.get(child.i) if child.dep_.startswith("nmod") else None
            if (
                m is not None
                and m["label"] in ("ORG", "PER")  # a company, a player; not an event ("le coût des Jeux")
                and not m["outlet"]
                and prep_matches(child, "de")
            ):
                return with_roles(Trigger(frame.name, (noun.lemma_,), "noun", {}), frame)
        return None

    def measured(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """A trigger noun right after the figure and "de" names what the figure measures, before any noun the
        figure complements ("la reprise de 13,7 milliards de dettes", "1,5 milliard de revenus")."""
        doc = self.doc
        i = fig.end
        if i + 1 < len(doc) and doc[i].lower_ in ("de", "d'", "d’") and doc[i + 1].head.i < fig.end:
            trig = self.trigger_at(i + 1, kind)
            if trig is not None and not self._is_unit(trig, i + 1):
                return doc[i + 1], trig
        return None

    def own_phrase(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """A trigger inside the figure's phrase or complementing it ("49 % du capital", "2 000 suppressions")."""
        doc = self.doc
        means = fig.end + _means_at(doc, fig.end)  # "132 millions en dette": how it is raised, no fact
        for i in self.heads:
            # a trigger coordinated with the figure's noun is another fact ("la fermeture de trois usines et la
            # suppression de 1 180 postes")
            if fig.start <= i < fig.end or (
                fig.start <= doc[i].head.i < fig.end and doc[i].head.i != i and doc[i].dep_ != "conj"
            ):
                trig = self.trigger_at(i, kind)
                if (
                    trig is not None
                    and not self._is_unit(trig, i)
                    and not self._qualifier(i)
                    and not fig.end <= i < means
                ):
                    return doc[i], trig
        return None

    def _qualifier(self, i: int) -> bool:
        """ "12,5 milliards, dette comprise", "y compris la dette", "hors dette": a noun that says what the sum
        includes (figures.yaml ``inclusion_words``)."""
        doc = self.doc
        words = figures().inclusion_words
        before = [doc[j].lower_ for j in range(max(0, i - 3), i)]
        phrases = {*before, *(f"{a} {b}" for a, b in zip(before, before[1:], strict=False))}
        return any(c.lower_ in words for c in doc[i].children) or bool(phrases & words)

    def _is_unit(self, trig: Trigger, i: int) -> bool:
        # "300 salariés": a counted noun names what is counted, not the fact (see the `unit` strategy)
        return fold_word(self.doc[i].lemma_) in self.frames.frames[trig.frame].units

    def support_verb(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """The verb governing the figure has a trigger noun as subject or object: "porte sa valorisation à
        6 Md€", "le prix net d'acquisition s'élève à X", "obtenir X dans le cadre de sa levée de fonds"."""
        root = fig.root
        while (
            root.head.i != root.i
            and root.head.lemma_.lower() in figures().measure_nouns
            and root.dep_ == "nmod"
        ):
            root = root.head  # "lui coûter un montant de 5,3 milliards"
        passive_measure = False
        if any(c.dep_ == "cop" for c in root.children):
            # "le prix pourrait être de l'ordre de 7 milliards": the figure is the copula's predicate
            verb, measure = root, True
        else:
            verb = root.head
            if root.dep_ not in ("obl", "obl:arg", "obl:mod", "obj", "xcomp", "nsubj", "advmod", "nmod"):
                return None
            if verb.i == root.i or not self.inside(verb.i) or verb.pos_ not in ("VERB", "AUX", "ADJ"):
                return None
            passive_measure = verb.lemma_.lower() in figures().passive_measure_verbs and is_passive(verb)
            measure = verb.lemma_.lower() in figures().measure_verbs or passive_measure
        if verb.i in self.heads and self.trigger_at(verb.i, kind) and not measure:
            return None  # the verb is a trigger itself: the governing strategy takes it
        up = verb.head
        if verb.dep_ == "xcomp" and up.i in self.heads and self.trigger_at(up.i, kind) and not measure:
            # a verb complementing a trigger verb leaves the figure to that trigger, the governing strategy's
            # ("L'opération valoriserait la jeune pousse à...", "pousse" parsed as a verb under "valoriserait")
            return None
        # the verb's own dependents, and its subject through a control verb ("qui doit lui coûter")
        children = [c for c in verb.children if c.i != root.i]
        before: list[Token] = []
        if verb.i != root.i:
            children += [c for c in logical(verb, "subj") if c not in children]
            if (
                measure
                and not passive_measure
                and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in children)
            ):
                before = self._noun_before(verb)
                children += before
            if measure and verb.dep_ == "acl" and is_passive(verb):
                children.append(verb.head)  # "une offre évaluée à 23 milliards": the offer is measured
            if passive_measure:
                # only what is measured, the passive's subject (through "devrait être valorisée" too) or the
                # noun its participle describes: "la société, valorisée à 2 milliards lors de sa levée" is no
                # round's
                measured = {t.i for t in logical(verb, "obj")}  # a passive's object is its subject
                if verb.dep_ == "acl":
                    measured.add(verb.head.i)
                children = [c for c in children if c.i in measured]
        elif not any(c.dep_ in ("nsubj", "nsubj:pass") for c in children):
            # "Le prix de X, dont ..., pourrait être de l'ordre de 7 milliards": the parse lost the
            # copula's subject; the sentence's first one stands for it
            children += [t for t in self.sent if t.dep_ in ("nsubj", "nsubj:pass")][:1]
            children += [t for t in self.sent if t.pos_ == "NOUN"][:1]
        if any(c.dep_ == "case" and c.lower_ in ("à", "au", "contre") for c in root.children):
            # "Cette levée propulse la valorisation à 5,1 milliards (contre 2,7 milliards)": what is brought to
            # the figure (or was before) is the object, whatever the subject is
            children.sort(key=lambda c: c.dep_ != "obj")
        for child in children:
            if measure and child.dep_ in ("nsubj", "nsubj:pass") and child.pos_ == "PRON":
                # "cette acquisition, qui doit lui coûter 5,3 milliards": the relative's antecedent
                ante = antecedent(child)
                found = self._noun_or_its_complement(ante, kind) if ante is not None else None
                if found is not None and not self._is_unit(found[1], found[0].i):
                    return found
            if (
                child.i == fig.root.i
                or child.dep_ not in ("nsubj", "nsubj:pass", "obj", "obl", "obl:mod")
                and child not in before
                and (verb.i != root.i or child.i not in (t.i for t in children[-2:]))
            ):
                continue
            found = self._noun_or_its_complement(child, kind)
            if found is None and child.dep_.startswith("obl"):
                # "dans le cadre de sa levée de fonds": one noun down
                found = next(
                    (f for g in child.children if g.dep_.startswith("nmod")
                     if (f := self._noun_or_its_complement(g, kind))),
                    None,
                )  # fmt: skip
            if found is not None and not self._is_unit(found[1], found[0].i):
                if self._verb_misread_between(found[0].i, fig, kind):
                    return None
                return found
        return None

    def _noun_before(self, verb: Token) -> list[Token]:
        """ "... et son bénéfice net a atteint 32 millions": a measure verb the parse left with no subject
        (it made the noun another's conjunct) has the noun right before it, auxiliaries and adverbs aside."""
        w = token_strings(self.doc)
        j = verb.i - 1
        while j > self.sent.start and w.pos[j] in (AUX, ADV):
            j -= 1
        if j < self.sent.start:
            return []
        if w.pos[j] == ADJ and self.sent.start <= w.head[j] < j:
            j = w.head[j]  # "bénéfice net"
        return [self.doc[j]] if w.pos[j] == NOUN and w.dep[j] == "conj" else []

    def _verb_misread_between(self, i: int, fig: Span, kind: str | None) -> bool:
        """ "Le tour de table valorise la jeune pousse à 2,7 milliards": the tagger took the verb trigger for a
        noun and "pousse" for the verb; the trigger between the subject noun and the figure owns it."""
        found = self.mistagged_verb(fig, kind)
        return found is not None and i < found[0].i < fig.start

    def purpose(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """ "débourser 69 milliards pour racheter X": a paying verb's figure belongs to its purpose."""
        f = figures()
        for tok in self._up(fig.root):
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in f.purpose_verbs:
                if _relative_clause(tok):
                    # "pour s'emparer de Thermonor, qui valait 742 millions": the figure is the relative
                    # clause's, not money the purpose verb pays
                    return None
                continue
            for child in tok.children:
                if child.dep_ not in ("advcl", "xcomp", "obl", "obl:mod", "acl", "dep") or not self.inside(
                    child.i
                ):
                    continue
                if any(
                    norm(m.text) in f.purpose_markers for m in child.children if m.dep_ in ("mark", "case")
                ):
                    trig = self.trigger_at(child.i, kind)
                    # "investir 1,16 milliard pour obtenir un quart": a verb that owns only its direct
                    # object's money is no purpose the money is paid for
                    if trig is not None and not trig.figure_object:
                        return child, trig
            return None
        return None

    def share(self, fig: Span, kind: str | None) -> tuple[Token, Trigger, str] | None:
        """ "a racheté 30 % de Valentino": a percentage a deal's verb takes is the stake it gives (the frame's
        ``shares`` say which frame), with the deal's roles."""
        for tok in self._up(fig.root)[1:3]:
            for trig in self.heads.get(tok.i, ()):
                target = self.frames.frames[trig.frame].shares.get(kind or "")
                if target:
                    return tok, trig, target
        return None

    def governing(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """The first trigger met going up the tree that takes the figure's kind (or one of its nominal
        dependents: "un investissement ... atteint X")."""
        climb = self._up(fig.root)
        if kind == "count" and self.counted_frames(fig):
            # "224 suppressions de postes ainsi que la fermeture d'une dizaine de magasins": a count of a
            # frame's counted noun is another fact's figure only when that fact's word governs it directly
            climb = climb[:2]
        for k, tok in enumerate(climb):
            nominal = [
                c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "obj") and c.i in self.heads
            ]
            if k == 1 and climb[0].dep_ in ("nsubj", "nsubj:pass", "expl:subj"):
                # "800 salariés devraient perdre leur emploi", "791 emplois vont rester sur le carreau": the
                # subject of a verb whose complement is the trigger (an infinitive, or a phrase saying it;
                # "Sur les 1 100 salariés, 800 devraient...": a bare number the parse may call expletive)
                nominal += self._complement_triggers(tok)
            elif k == 1 and climb[0].dep_ in ("obj", "obl:arg") and self._counts_staff(fig):
                # "qui laisse 800 salariés sans emploi": the phrase saying what becomes of the verb's object, when
                # it counts staff (figures.yaml ``workforce_nouns``: not "200 passagers sur le carreau")
                nominal += [c for c in self._complement_triggers(tok) if c.dep_.startswith("obl")]
            elif k == 0:
                # "1 800 postes risquent de disparaître", the verb parsed as the figure's modifier
                for c in tok.children:
                    if c.dep_ == "acl" and c.pos_ == "VERB":
                        nominal += [c] if c.i in self.heads else self._complement_triggers(c)
            if any(c.dep_ == "cop" for c in tok.children) and any(c.dep_ == "case" for c in tok.children):
                # "1 800 emplois seraient en réalité menacés": the parse makes the adverbial phrase the
                # predicate; the participle hung on it is the verb
                nominal += [
                    c for c in tok.children if c.dep_ in ("acl", "amod", "xcomp") and c.i in self.heads
                ]
            for cand in (tok, *nominal):
                trig = self.trigger_at(cand.i, kind) if cand.i != fig.root.i or cand.i in self.heads else None
                if trig is not None and trig.figure_object and cand is tok and k > 0:
                    if climb[k - 1].dep_ not in ("obj", "nsubj:pass"):
                        continue  # "apporter des réponses ... pour 1,4 milliard": not the money it brings
                if trig is not None and not self._is_unit(trig, cand.i):
                    return cand, trig
        return None

    def _counts_staff(self, fig: Span) -> bool:
        staff = figures().workforce_nouns
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in staff for t in fig)

    def _complement_triggers(self, verb: Token) -> list[Token]:
        """Triggers complementing ``verb``: its infinitives ("devraient perdre"), theirs ("vont devoir
        supprimer"), and the phrases they take ("rester sur le carreau")."""
        out: list[Token] = []
        chain = [verb]
        k = 0
        while k < min(len(chain), 3):
            v, k = chain[k], k + 1
            for c in v.children:
                if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
                    (out if c.i in self.heads else chain).append(c)
                elif c.dep_.startswith("obl") and any(len(t.words) > 1 for t in self.heads.get(c.i, ())):
                    out.append(c)
        return out

    def mistagged_verb(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """A verb trigger the tagger took for a noun, shortly before the figure ("ce qui valorise Figma à 20
        milliards"): the parse around it is of no use, so the tree's governor is not to be trusted either."""
        found = self.nearest(fig, kind)
        if (
            found is None
            or found[1].pos != "verb"
            or found[0].pos_ in ("VERB", "AUX")
            or found[0].i > fig.start
        ):
            return None
        return found if self._gap(found[0].i, fig.start, clauses=True) <= MISTAGGED_REACH else None

    def _up(self, tok: Token) -> list[Token]:
        out = [tok]
        for _ in range(CLIMB):
            if tok.head.i == tok.i or not self.inside(tok.head.i):
                break
            tok = tok.head
            out.append(tok)
        return out

    def nearest(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """The nearest trigger taking the kind, with no other such trigger in between; a noun's figure
        follows it ("un investissement ... de 10 milliards")."""
        best = None
        box = self._box(fig.start)
        for i in self.heads:
            trig = self.trigger_at(i, kind)
            if trig is None or self._is_unit(trig, i) or trig.pos == "noun" and fig.start < i:
                continue
            if trig.figure_object:
                continue  # it owns the money it has for object only (see governing)
            if box is not None and not box[0] < i < box[1]:
                continue  # "(Veritas en 2004 par Symantec pour 15,5 Md$)": a bracket's figure is its own fact's
            lo, hi = sorted((i, fig.start))
            if self._gap(lo, hi) > NEAREST_REACH or any(
                lo < j < hi and self.trigger_at(j, kind) for j in self.heads
            ):
                continue
            if best is None or abs(fig.start - i) < abs(fig.start - best[0].i):
                best = (self.doc[i], trig)
        return best

    def _box(self, i: int) -> tuple[int, int] | None:
        """The brackets token ``i`` is inside when they tell a fact of their own, opening on a name ("(Veritas
        en 2004 par Symantec pour 15,5 Md$)"), as the positions of "(" and ")"; None otherwise ("la part de
        marché de Carrefour (19,9 %)", "la dette de 4 milliards (sur 5 milliards)" belong outside)."""
        text = token_strings(self.doc).text
        start = next((j for j in range(i - 1, self.sent.start - 1, -1) if text[j] in ("(", ")")), None)
        if start is None or text[start] != "(" or mention_index(self.doc).get(start + 1) is None:
            return None
        end = next((j for j in range(i + 1, self.sent.end) if text[j] in ("(", ")")), None)
        return (start, end) if end is not None and text[end] == ")" else None

    def price_for(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """ "pour" and a sum: the price of the deal told before it in the same clause, however long the
        names and appositions between ("le rachat par le groupe X des trois quarts du capital de Y, un réseau
        de 17 stations, pour 65 millions d'euros")."""
        if kind != "money" or not any(c.dep_ == "case" and c.lower_ == "pour" for c in fig.root.children):
            return None
        doc = self.doc
        w = token_strings(doc)
        for i in range(fig.start - 1, self.sent.start - 1, -1):
            t = doc[i]
            if t.pos_ in ("VERB", "AUX") and finite_at(w, i) or t.text in (";", ":"):
                return None  # another clause
            trig = self.trigger_at(i, kind)
            if trig is None or self._is_unit(trig, i) or trig.figure_object:
                continue
            return (t, trig) if self.frames.frames[trig.frame].one_off else None
        return None

    def quote(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """A sum after "à" in the clause of a share ("l'action Marquenat a clôturé à 23,55 euros", "le titre a
        gagné 8,5 %, pour clôturer à 21,70 euros") or that a market's verb takes ("Credit Suisse a clôturé à
        1,86 franc"): the share's price of the day (figures.yaml ``share_nouns``, ``quote_verbs``,
        ``quote_frame``). A price a share is issued at is the issue_price strategy's."""
        found = self._share_clause(fig, kind)
        if found is not None and scaled_sum(fig):
            return None  # "l'action de Bpifrance s'est élevée à 3 milliards": an act, no share's close
        if found is not None:
            verb, share, trig = found
            return None if verb.lemma_.lower() in figures().issue_verbs else (share, trig)
        return self._market_verb(fig, kind) or self._move_quote(fig, kind)

    def _move_quote(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """ "Alstom (-0,65 % à 45,58 euros)", "avec un gain de 0,71 % à 156,68 euros": a sum after "à" right
        after a move in percent is the share's price once the move is made; a sum of figures.yaml
        ``quote_max`` or more is a measure's level ("progresse de 5 % à 120 millions d'euros")."""
        f = figures()
        frame = self.frames.frames.get(f.quote_frame)
        j = fig.start - 2  # the word before "à"
        if frame is None or j < self.sent.start or not self._after_quote_preposition(fig, kind):
            return None
        value = (fig._.factx_amount or {}).get("value")
        if self.doc[j].lower_ not in PERCENT_WORDS or value is None or value >= f.quote_max:
            return None
        if not self._bracketed_after_name(j) and self._measure_subject(self.doc[j]):
            return None  # "le bénéfice par action progresse de 5 % à 2,30 euros": the measure's level
        return self.doc[j], with_roles(Trigger(frame.name, ("%",), "noun", {}), frame)

    def _bracketed_after_name(self, i: int) -> bool:
        """Token ``i`` is inside brackets opened right after a name ("Alstom (-0,65 % à 45,58 euros)")."""
        w = token_strings(self.doc)
        k = next((k for k in range(i - 1, max(self.sent.start, i - 6) - 1, -1) if w.text[k] in "()"), None)
        return (
            k is not None
            and w.text[k] == "("
            and k > self.sent.start
            and mention_index(self.doc).get(k - 1) is not None
        )

    def _measure_subject(self, tok: Token) -> bool:
        """The verb ``tok`` hangs on has a common noun for subject that names no company nor share ("le
        bénéfice progresse de 5 %"): the move is that measure's."""
        verb = tok
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        idx = mention_index(self.doc)

        def measure(c: Token) -> bool:
            return c.pos_ == "NOUN" and idx.get(c.i) is None and c.lemma_.lower() not in figures().share_nouns

        if verb.pos_ not in ("VERB", "AUX"):
            return verb.i != tok.i and measure(verb)  # a parse with no verb: the noun at its root
        return any(c.dep_ in ("nsubj", "nsubj:pass") and measure(c) for c in verb.children)

    def _market_verb(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """ "Credit Suisse a clôturé vendredi à 1,86 franc": a sum a market's verb takes, its subject a company,
        its object none but a session ("a terminé sa séance à", not "a ouvert une usine à", "a terminé l'année
        à"; nor "le chiffre d'affaires a terminé l'année à 4,2 milliards")."""
        f = figures()
        frame = self.frames.frames.get(f.quote_frame)
        hung, verb = fig.root, fig.root.head
        # "Soitec chutait de 12 % à 178,75 euros": the parse may hang the sum on the percentage, the verb's
        # oblique or, misparsed, its object
        if (
            hung.dep_.startswith("nmod")
            and verb.lower_ in PERCENT_WORDS
            and verb.dep_.startswith(("obl", "obj"))
        ):
            hung, verb = verb, verb.head
        elif (
            hung.dep_.startswith("nmod")
            and verb.lemma_.lower() in f.quote_objects
            and verb.dep_ == "obj"
            and verb.i < hung.i
        ):
            hung, verb = verb, verb.head  # "a terminé sa première séance à 22,70 euros": hung on the session
        if (
            frame is None
            or not self._after_quote_preposition(fig, kind)
            or verb.pos_ != "VERB"
            or verb.lemma_.lower() not in f.quote_verbs
            or hung is fig.root
            and not hung.dep_.startswith("obl")
            or any(
                c.dep_ == "obj" and c != hung and c.lemma_.lower() not in f.quote_objects
                for c in verb.children
            )
        ):
            return None
        idx = mention_index(self.doc)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subjects and all((m := idx.get(c.i)) is not None and m["label"] == "ORG" for c in subjects):
            return verb, with_roles(Trigger(frame.name, (verb.lemma_.lower(),), "verb", {}), frame)
        return None

    def issue_price(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """ "son titre a terminé en hausse, après avoir été introduit à 20 euros", "les nouvelles actions ont
        été souscrites à 12,40 €": the price a share is issued at (figures.yaml ``issue_verbs``), one price,
        not a quote of the day."""
        found = self._share_clause(fig, kind)
        if found is not None and found[0].lemma_.lower() in figures().issue_verbs:
            return found[1], found[2]
        return None

    def _after_quote_preposition(self, fig: Span, kind: str | None) -> bool:
        return (
            kind == "money"
            and fig.start > self.sent.start
            and self.doc[fig.start - 1].lower_ in figures().quote_prepositions
        )

    def _share_clause(self, fig: Span, kind: str | None) -> tuple[Token, Token, Trigger] | None:
        """(the figure's verb, the share noun, a trigger of quote_frame) when the figure comes after "à" in a
        clause whose subject is a share noun: the figure's own verb, or the verb an infinitive or participle
        with no subject of its own hangs on ("pour clôturer à", "après avoir été introduit à"); never a
        clause of its own ("après que le groupe a cédé sa filiale à 300 millions")."""
        f = figures()
        frame = self.frames.frames.get(f.quote_frame)
        verb = fig.root.head
        if frame is None or verb.i == fig.root.i or not self._after_quote_preposition(fig, kind):
            return None
        for _ in range(2):  # "gagnait 6,2 % à 4,18 euros": the parse may hang the sum on the percentage
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if any(
            c.dep_ == "obj"
            and c.pos_ == "NOUN"
            and verb.i < c.i < fig.start  # "ramener X à Y", in that order
            and c.lower_ not in PERCENT_WORDS  # the share's move
            and c.lemma_.lower() not in f.share_nouns | f.quote_objects
            and not _in_date(self.doc, c.i)  # "avait terminé la veille à 18,24 euros": a time, no object
            for c in verb.children
        ):
            return None  # "ramenant la capitalisation du groupe à 6 milliards": the object's level
        clause = [verb]
        if verb.dep_ in ("advcl", "xcomp") and not any(
            c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children
        ):
            clause.append(verb.head)
        for tok in clause:
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")]
            # "Le titre, qui avait clôturé à 77,95 euros": the noun the clause is on, the clause's pronoun standing
            # for it (a fact of that clause, not of the sentence's verb)
            pronoun = (
                next((c for c in subjects if c.pos_ == "PRON"), None) if tok.dep_ == "acl:relcl" else None
            )
            for c in [tok.head] if pronoun is not None else subjects:
                if is_share(c):
                    trig = with_roles(Trigger(frame.name, (c.lemma_.lower(),), "noun", {}), frame)
                    return verb, pronoun if pronoun is not None else c, trig
        return None

    def opening(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """ "Valorisée 2 milliards d'euros, la start-up lève 75 millions": a participle trigger opening the
        sentence owns the figures after it up to the first comma (or the next trigger), whatever verb the parse
        hung them on."""
        doc = self.doc
        w = token_strings(doc)
        first = opening_participle(doc, self.sent.start, self.sent.end)  # "Déjà valorisée..."
        if first is None or first >= fig.start:
            return None
        trig = self.trigger_at(first, kind)
        if trig is None or trig.pos != "verb":
            return None
        between = range(first + 1, fig.start)
        if any(w.text[j] in (",", ";", ":") or self.trigger_at(j, kind) for j in between):
            return None
        return doc[first], trig

    def adjacent(self, fig: Span, kind: str | None) -> tuple[Token, Trigger] | None:
        """A trigger right before the figure, only determiners or adverbs between ("de licencier 10 000
        employés", "lever quelque 600 M€"), whatever the parse made of them."""
        doc = self.doc
        for i in range(fig.start - 1, max(self.sent.start, fig.start - 4) - 1, -1):
            trig = self.trigger_at(i, kind)
            if trig is not None and not self._is_unit(trig, i):
                return doc[i], trig
            if doc[i].pos_ not in ("DET", "ADV", "ADP") or doc[i].text in (",", ";"):
                return None
        return None

    def _gap(self, lo: int, hi: int, clauses: bool = False) -> int:
        """Tokens between two positions, an aside in brackets or dashes not counted ("La vente de X - qui a
        confirmé lundi des discussions - pour environ 7 milliards"); with ``clauses``, nor a participle's or a
        relative clause that a comma opens and another closes before ``hi`` ("valorise l'entreprise, fondée en
        2019, à 300 millions"; not "dont": "700 000 sociétaires, dont 310 000 dans le Berry, et 1,1 million")."""
        doc = self.doc
        w = token_strings(doc)
        count, depth, dash, aside_end = 0, 0, False, -1
        for j in range(lo + 1, hi):
            t = w.text[j]
            if j <= aside_end:
                continue
            if t in ("(", "["):
                depth += 1
            elif t in (")", "]"):
                depth = max(0, depth - 1)
            elif t in ("-", "–", "—") and w.space[j - 1]:
                dash = not dash
            elif clauses and t == "," and j + 1 < hi and _clause_opener(w, j + 1):
                close = next((k for k in range(j + 2, hi) if w.text[k] == ","), None)
                if close is not None:
                    aside_end = close
                elif not depth and not dash:
                    count += 1
            elif not depth and not dash:
                count += 1
        return count

    def unit(self, fig: Span, kind: str | None) -> str | None:
        """A count of a frame's counted noun ("ses 15 000 salariés" is a headcount), unless a trigger of another
        fact governs it ("a cédé 61 magasins": what was sold, not how many it has)."""
        head = fig.root.head.i
        if kind != "count":
            return None
        # (a verb of paying limited to money, "lui offrirait 7 000 magasins", is no deal of the count)
        governing = [
            t
            for t in self.heads.get(head, ())
            if not (t.neutral and t.amount is not None and kind not in t.amount)
        ]
        if any(self.frames.frames[t.frame].one_off for t in governing) and not _all_of_owner(fig):
            return None
        frames = self.counted_frames(fig)
        return frames[0] if frames else None

    def counted_frames(self, fig: Span) -> list[str]:
        """The frames whose counted noun the count ``fig`` counts ("ses 15 000 salariés": headcount)."""
        frames = self.frames.unit_frames((fig._.factx_amount or {}).get("unit"))
        if not frames:
            # "2 700 points de vente": the counted noun may be a phrase
            doc = self.doc
            words = [t.lemma_.lower() for t in doc[fig.root.i : min(self.sent.end, fig.root.i + 3)]]
            for n in (3, 2):
                frames = self.frames.unit_frames(" ".join(words[:n]))
                if frames:
                    break
        return frames


def _all_of_owner(fig: Span) -> bool:
    """ "racheter les 60 hypermarchés de Cora": a count with the plural definite article and its owner named
    after "de" is all the owner has, whatever the deal does with them ("a cédé 61 magasins" is what was sold)."""
    root = fig.root
    articles = grammar().plural_definite
    return any(c.dep_ == "det" and c.lower_ in articles for c in root.children) and any(
        c.dep_.startswith("nmod") and c.pos_ == "PROPN" and prep_matches(c, "de") for c in root.children
    )


STRATEGIES = (
    "opening",
    "measured",
    "noun_complement",
    "own_phrase",
    "quote",
    "support_verb",
    "issue_price",
    "purpose",
    "mistagged_verb",
    "governing",
    "adjacent",
    "price_for",
)


# The word tests below read the doc's token lists (:mod:`factx.pipeline.tokens`), and the figures' kinds
# once per sentence (``kinds``: a span extension read makes an object per call).


def _clause_opener(w, j: int) -> bool:
    """Token ``j`` opens a participle's clause or a relative one whose pronoun is the subject ("qui"; not
    "dont", which opens a part: "700 000 sociétaires, dont 310 000 dans le Berry")."""
    return "Part" in w.feat(j, "VerbForm") or "Rel" in w.feat(j, "PronType") and w.dep[j].startswith("nsubj")


def _between(doc, a: Span, b: Span) -> tuple[str, ...]:
    return tuple(token_strings(doc).norm[a.end : b.start])


def _after(doc, end: int) -> list[str]:
    """The words after token ``end``, as many as the longest per_unit entry ("pour chacune des actions")."""
    # plurals fold ("15,50 € par actions")
    return [fold_word(x) for x in token_strings(doc).norm[end : end + _per_unit_longest()]]


def _is_part(
    doc,
    whole: Span,
    fig: Span,
    kinds: dict[int, str | None],
    counted: Callable[[Span], list[str]] | None = None,
) -> bool:
    """ "15 000 postes, dont 4 600 en France": a figure a part cue introduces right after a whole of its kind."""
    if kinds[id(whole)] != kinds[id(fig)] or not 0 < fig.start - whole.end <= PART_REACH:
        return False
    if counted is not None and counted(fig) != counted(whole):
        return False  # "466 postes supprimés, dont trois hypermarchés": stores are no part of jobs
    between = token_strings(doc).norm[whole.end : fig.start]
    return any(
        tuple(between[i : i + len(c)]) == c
        for c in figures().part_cues
        for i in range(len(between) - len(c) + 1)
    )


def _is_change(doc, fig: Span) -> bool:
    cues = figures().change_cues
    w = token_strings(doc)
    before = w.norm[max(0, fig.start - 3) : fig.start]
    after = tuple(w.norm[fig.end : fig.end + 3])
    # "le titre prenait 4,6 %", "l'action a gagné 12 %": what a share's verb takes is its move
    verb = fig.root.head
    if (
        fig.root.dep_ == "obj"
        and verb.lemma_.lower() in figures().share_move_verbs
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in figures().share_nouns for c in verb.children)
    ):
        return True
    # the figure's own text may open with its sign ("+12 %", "-3,5 %")
    return (
        w.span_text(fig.start, fig.end)[:1] in "+-"
        and ("+",) in cues
        or any(tuple(before[len(before) - len(c) :]) == c for c in cues if len(c) <= len(before))
        or any(after[: len(c)] == c for c in figures().change_after)
    )


def _per_unit_after_complement(doc, fig: Span) -> str | None:
    """ "500 millions d'euros de synergies (de coûts) par an": the unit after the figure's noun complement."""
    w = token_strings(doc)
    i = fig.end
    end = min(len(doc), fig.end + 6)
    while i < end and (w.pos[i] in (NOUN, ADJ) or w.norm[i] in ("de", "d'")):
        i += 1
    if i == fig.end:
        return None
    return _per_unit_at(doc, i)


def _means_at(doc, end: int) -> int:
    """How many tokens of how a sum is paid or raised (figures.yaml ``payment_means``: "en dette", "en
    actions") start at token ``end``; 0 for none."""
    longest = max(map(len, figures().payment_means), default=0)
    return _means_len(token_strings(doc).norm[end : end + longest])


def _means_len(words: Sequence[str]) -> int:
    """The length of the longest way of paying ``words`` open with ("en obligations convertibles", not "en
    obligations": a set's order is no order); 0 for none."""
    return max((len(m) for m in figures().payment_means if tuple(words[: len(m)]) == m), default=0)


def _per_unit(doc, fig: Span) -> str | None:
    return _per_unit_inside(doc, fig)[0] or _per_unit_at(doc, fig.end) or _per_unit_fronted(doc, fig)


def _per_unit_fronted(doc, fig: Span) -> str | None:
    """The unit a sentence opens with, before a comma ("Au kilomètre, la facture s'établit à 41,3 M€"): every
    money figure of the sentence is given per that unit."""
    k = sentence_at(doc, fig.start)
    if k < 0:
        return None
    start = sentence_bounds(doc)[k][0]
    found = _per_unit_entry(_after(doc, start))
    # (a preposition's unit: "Le titre, qui avait clôturé à 77,95 euros" opens with the share, not per share)
    if found is None or fig.start < start + len(found[0]) or doc[start].pos_ != "ADP":
        return None
    w = token_strings(doc)
    comma = start + len(found[0])
    return found[2] if comma < len(doc) and w.text[comma] == "," else None


def _per_unit_inside(doc, fig: Span) -> tuple[str | None, int]:
    """The unit a money amount's own span ends with ("18 euros par action": the amounts component keeps it),
    and how many tokens it takes."""
    w = token_strings(doc)
    for words, _written, unit in _per_unit_words():
        n = len(words)
        if fig.end - fig.start > n and tuple(fold_word(x) for x in w.norm[fig.end - n : fig.end]) == words:
            return unit, n
    return None, 0


def _per_unit_match(doc, end: int) -> tuple[tuple[str, ...], tuple[str, ...], str] | None:
    """The figures.yaml per_unit entry (folded words, written words, unit) starting at token ``end``, also
    after how the sum is paid ("229 dollars en espèces par action": the words include the payment's)."""
    found = _per_unit_entry(_after(doc, end))
    if found is not None:
        return found
    n = _means_at(doc, end)
    if n:
        means = tuple(token_strings(doc).norm[end : end + n])
        e = _per_unit_entry(_after(doc, end + n))
        if e is not None:
            return (*means, *e[0]), (*means, *e[1]), e[2]
    return None


def _per_unit_entry(after: list[str]) -> tuple[tuple[str, ...], tuple[str, ...], str] | None:
    return next((e for e in _per_unit_words() if tuple(after[: len(e[0])]) == e[0]), None)


def _per_unit_at(doc, end: int) -> str | None:
    """The unit a figure ending at token ``end`` is given per ("par action", "par an"), unless those words
    open a date ("180 millions de dollars l'an dernier")."""
    found = _per_unit_match(doc, end)
    return None if found is None or _in_date(doc, end) else found[2]


def scaled_sum(fig: Span) -> bool:
    """A sum written with a word of scale ("3 milliards", "120 M€"): no share is quoted so."""
    from ..normalize.numbers import magnitude_words

    return any(t.lower_.rstrip("€$£") in magnitude_words() for t in fig)


def _in_date(doc, i: int) -> bool:
    return any(s.start <= i < s.end for s in doc.spans.get(DATES, ()))


def per_unit_phrase_at(doc, end: int) -> int:
    """How many tokens of a per-unit phrase with "par" ("par action") start at token ``end``; 0 for none.
    "l'an", "le mois" may open a date ("4 milliards l'an dernier"): they stay out of the amount."""
    found = _per_unit_match(doc, end)
    return len(found[0]) if found is not None and found[0][0] == "par" else 0


_PER_UNIT: tuple[object, list[tuple[tuple[str, ...], tuple[str, ...], str]], int] = (None, [], 0)


def _per_unit_cache() -> tuple[object, list[tuple[tuple[str, ...], tuple[str, ...], str]], int]:
    """figures.yaml's per_unit entries (folded words, written words, unit) and the longest entry's length,
    computed once per load of it."""
    global _PER_UNIT
    f = figures()
    if _PER_UNIT[0] is not f:
        entries = [(tuple(fold_word(x) for x in words), words, unit) for words, unit in f.per_unit.items()]
        _PER_UNIT = (f, entries, max((len(e[0]) for e in entries), default=0))
    return _PER_UNIT


def _per_unit_words() -> list[tuple[tuple[str, ...], tuple[str, ...], str]]:
    return _per_unit_cache()[1]


def _per_unit_longest() -> int:
    return _per_unit_cache()[2]


def _restates(doc, prev: Span, fig: Span, kinds: dict[int, str | None]) -> bool:
    """``fig`` says ``prev`` again: same kind, joined by a restatement cue ("(", "soit")."""
    if kinds[id(prev)] != kinds[id(fig)] or fig.start - prev.end > 16:
        return False
    # "reprendra 290 des 412 salariés, soit 122 suppressions de postes": what follows from it, no restatement
    if kinds[id(fig)] == "count" and _other_count(prev, fig):
        return False
    between = _between(doc, prev, fig)
    if _per_unit(doc, prev):
        # the unit phrase, unless the amount's span holds it ("18 euros par action")
        skip = 0 if _per_unit_inside(doc, prev)[0] else len(words_of(_unit_phrase(doc, prev)))
        text = token_strings(doc).text
        start = skip
        while skip < len(between) and skip - start < 3 and text[prev.end + skip][:1].isupper():
            skip += 1  # "229 dollars par action Seagen, soit...": the shares' company
        between = between[skip:]
    f = figures()
    between = between[_means_len(between) :]
    if between in f.restatement or between == ():
        return True
    if len(between) > 8:
        return False
    # "soit l'équivalent de 28 milliards", "soit une valeur d'entreprise totale de 43 milliards": a cue, then
    # words that only announce the figure
    return any(
        between[: len(cue)] == cue and _announces(between[len(cue) :], f) for cue in f.restatement if cue
    )


def _other_count(prev: Span, fig: Span) -> bool:
    """Two counts of different things and numbers: no restatement of one another."""
    digits = [[t.text for t in span if t.like_num] for span in (prev, fig)]
    return prev.root.lemma_.lower() != fig.root.lemma_.lower() and digits[0] != digits[1]


def _announces(tail: tuple[str, ...], f) -> bool:
    if tail in f.restatement_tails:
        return True
    return (
        2 <= len(tail) <= 6
        and tail[-1] in grammar().prep_forms("de")
        and any(fold_word(w) in f.restatement_nouns for w in tail)
    )


def _parallel(
    doc, prev: Span, fig: Span, kinds: dict[int, str | None]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``fig`` repeats ``prev``'s fact for another name, each name before the same preposition: "a racheté
    Scientific Atlanta pour 7 milliards en 2005, Acacia pour 4,5 milliards en 2021 ou encore Duo Security
    pour 2,3 milliards". Returns the token spans of the two names, or None."""
    if kinds[id(prev)] != kinds[id(fig)] or fig.start - prev.end > PARALLEL_REACH:
        return None
    s = token_strings(doc)
    words = s.lower_apos
    a, b = prev.start - 1, fig.start - 1  # each figure's preposition
    if a < 1 or words[a] != words[b] or s.pos[a] != ADP:
        return None
    # a preposition of several words repeated whole: "la Région s'est engagée à hauteur de 12 M€ et l'État à
    # hauteur de 20 millions"
    pa, pb = a, b
    while pa > 1 and a - pa < 3 and pb - 1 >= prev.end and words[pa - 1] == words[pb - 1]:
        if s.pos[pa - 1] not in (ADP, NOUN):
            break
        pa, pb = pa - 1, pb - 1
    while pa < a and s.pos[pa] != ADP:
        pa, pb = pa + 1, pb + 1  # the phrase opens on a preposition
    a, b = pa, pb
    first, name = _name_before(doc, a), _name_before(doc, b)
    if first is None and doc[a - 1].pos_ == "VERB":
        # "Bpifrance a souscrit pour 40 M€, Airbus pour 25 M€": the first name is the verb's subject
        first = next(
            (
                span
                for c in logical(doc[a - 1], "subj")
                if (span := mention_index(doc).span_of(c.i)) is not None
            ),
            None,
        )
    if first is None or name is None:
        return None
    j, k = prev.end, name[0]
    while j < k and _in_date(doc, j):
        j += 1  # "pour 7 milliards en 2005, ..."
    if k - 1 > j and words[k - 1] in determiners():
        k -= 1  # "…, et l'État pour 20 millions"
    if tuple(words[j:k]) not in figures().parallel_separators:
        return None
    return first, name


def _gapped(
    doc: Doc,
    prev: Span,
    fig: Span,
    kinds: dict[int, str | None],
    figs: Sequence[Span] = (),
    reach: int = PARALLEL_REACH,
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``fig`` repeats ``prev``'s fact for another name in a conjunct with no verb of its own, the name right
    before the figure: "L'État met 380 M€ sur la table, la Région Grand Est 90 millions", "X détient 70 % du
    capital, la famille Callendre 18 %". Returns the token spans of the first fact's subject and of the name."""
    if kinds[id(prev)] != kinds[id(fig)] or fig.start - prev.end > reach:
        return None
    s = token_strings(doc)
    name = _name_before(doc, fig.start)
    if name is None:
        return None
    k = name[0] - 1
    if k > prev.end + 1 and s.pos[k] == NOUN and fold_word(s.text[k]) in entity_lexicon()["org_nouns"]:
        k -= 1  # "la banque Arkéa", "le fonds Jolt Capital": a company noun before the name
        if s.lower_apos[k] not in determiners():
            return None
    if k > prev.end and s.lower_apos[k] in determiners():
        k -= 1  # "la Région Grand Est", "la famille Callendre"
    if k < prev.end or s.text[k] not in (",", ";") and s.lower_apos[k] != "et":
        return None
    verb = prev.root
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB":
        return None
    # "L'État apportera 75 M€ et détiendra 40 % du capital, la Région 30 millions": a verb coordinated with the
    # fact's, of the same doer, and its figure of another kind may come between
    same_doer = {
        c.i
        for c in verb.children
        if c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubj:pass") for g in c.children)
    }
    others = [(a.start, a.end) for a in figs if a.start >= prev.end and a.end <= k]  # the sentence's figures
    if any(
        s.pos[t] in (VERB, AUX)
        and t not in same_doer
        and not (s.pos[t] == AUX and s.head[t] in same_doer)
        or s.like_num[t]
        and not _in_date(doc, t)
        and not any(a <= t < b for a, b in others)
        for t in range(prev.end, k)
    ):
        return None  # "…, qui détient 18 %": a clause of its own
    idx = mention_index(doc)
    first = next((span for c in logical(verb, "subj") if (span := idx.span_of(c.i)) is not None), None)
    if first is None or first == name:
        return None
    return first, name


def _name_before(doc, p: int) -> tuple[int, int] | None:
    """The token span of the name that ends right before token ``p``, with the capitalised words the entity
    finder left out of it ("Acacia Communications" found as "Acacia")."""
    s = token_strings(doc)
    idx = mention_index(doc)
    j = p - 1
    while j > 0 and idx.span_of(j) is None and s.text[j][:1].isupper() and p - j < 4:
        j -= 1
    span = idx.span_of(j)
    if span is None or span[1] != j + 1 or (idx.get(j) or {}).get("how") not in ("name", "alias"):
        return None
    return span[0], p


def _unit_phrase(doc, fig: Span) -> str:
    found = _per_unit_match(doc, fig.end)
    return " ".join(found[1]) if found is not None else ""


def owned_figures(
    sent: Span, figs: list[Span], matches: list[tuple[Token, Trigger]], frames: Frames
) -> list[Owned]:
    """Each figure of ``sent`` with the frame that owns it (figures no frame takes are left out)."""
    s = _Sentence(sent, matches, frames)
    doc = sent.doc
    out: list[Owned] = []
    last: Owned | None = None
    last_fig: Span | None = None
    by_kind: dict[str, Owned] = {}  # the last figure of each kind a frame owns
    per_unit_frame = figures().per_unit_frame
    kinds = {id(fig): kind_of(fig) for fig in figs}
    for fig in figs:
        kind = kinds[id(fig)]
        if kind not in ("money", "percent", "count", "quantity"):
            last_fig = None
            continue
        if (
            last_fig is not None
            and _restates(doc, last_fig, fig, kinds)
            and not (_per_unit(doc, fig) and not last.per_unit if last else False)
        ):
            if last is not None and last.per_unit and not _per_unit(doc, fig):
                # "95 dollars par action, soit 68,7 milliards": the total is the deal's amount
                owned = _own(s, fig, kind)
                total = figures().per_unit_total_frame
                if (
                    owned is not None
                    and owned.trigger is not None
                    and last_fig.end <= owned.trigger.i < fig.start
                ):
                    owned = None  # "soit une valorisation de 43 milliards": the noun only announces the total
                if owned is None and total in frames.frames:
                    tok, trig = last.deal if last.deal is not None else (None, None)
                    owned = Owned(fig, total, tok, trig, "per_unit_total")
                if owned is not None:
                    out.append(owned)
                    last, last_fig = owned, fig
                continue
            if last is not None and last.figure is last_fig:
                last.alternatives.append(fig)
            last_fig = fig
            continue
        if (
            last is not None
            and last_fig is last.figure
            and _is_part(doc, last_fig, fig, kinds, s.counted_frames)
        ):
            # "15 000 suppressions de postes, dont 4 600 en France": a part of the same fact
            owned = Owned(fig, last.frame, last.trigger, last.trig, "part", part_of=last_fig)
            out.append(owned)
            last_fig = fig
            continue
        whole = _whole_frame(doc, last_fig, fig, frames) if last_fig is not None and kind == "count" else None
        if whole is not None:
            # "300 postes sur les 1 450 que compte l'entreprise": the whole, a measure of its own
            owned = Owned(fig, whole, None, None, UNIT_WHOLE, whole_of=last_fig)
            out.append(owned)
            last_fig, last = fig, owned
            continue
        if (
            last is not None
            and last_fig is last.figure
            and kinds[id(last_fig)] == kind
            and _compared(doc, last_fig, fig)
        ):
            # "à 5,1 milliards, contre 2,7 milliards auparavant": the same measure at another time
            owned = Owned(fig, last.frame, last.trigger, last.trig, COMPARED)
            out.append(owned)
            last_fig = fig
            continue
        names = _parallel(doc, last_fig, fig, kinds) if last is not None and last_fig is last.figure else None
        gapped = names is None and last is not None and last_fig is last.figure
        if gapped:
            # (an apposition may come between: "apporte 55 M€ au titre du Feader, le fonds européen agricole pour
            # le développement rural, et l'État 41 M€")
            names = _gapped(doc, last_fig, fig, kinds, figs, 2 * PARALLEL_REACH)
        earlier = by_kind.get(kind)
        if names is None and earlier is not None and earlier is not last:
            # "L'État apportera 75 M€ et détiendra 40 % du capital, la Région 30 millions": the fact of the
            # last figure of its kind, a figure of another kind between
            names = _gapped(doc, earlier.figure, fig, kinds, figs, 2 * PARALLEL_REACH)
            if names is not None:
                last, gapped = earlier, True
        if names is not None:
            owned = Owned(fig, last.frame, last.trigger, last.trig, "parallel", parallel_of=last.figure)
            owned.parallel_names, owned.gapped = names, gapped
            out.append(owned)
            last_fig, last = fig, owned
            by_kind[kind] = owned
            continue
        if kind == "percent" and _is_change(doc, fig):
            last_fig, last = fig, None
            continue  # "en hausse de 90 %": a change, not a level
        unit = _per_unit(doc, fig)
        owned = _own(s, fig, kind)
        if owned is not None and unit is None:
            later = _per_unit_after_complement(doc, fig)
            if later in frames.frames[owned.frame].per_unit:
                owned.per_unit = later  # "400 M€ de synergies par an"
        if unit is not None and owned is not None and unit in frames.frames[owned.frame].per_unit:
            owned.per_unit = unit  # "un dividende de 3,81 euros par action", "2 Md€ par an pour le plan"
        elif unit is not None and kind == "money" and per_unit_frame in frames.frames:
            deal = None
            if (
                owned is not None
                and owned.trigger is not None
                and owned.frame == figures().per_unit_total_frame
            ):
                deal = (owned.trigger, owned.trig)
            owned = Owned(fig, per_unit_frame, None, None, "per_unit", per_unit=unit, deal=deal)
        last_fig = fig
        last = owned
        if owned is not None:
            out.append(owned)
            by_kind[kind] = owned
    return out


# how a count that is the whole another count is out of is owned: by its noun, as a count of a frame's unit
UNIT_WHOLE = "unit/whole"
COMPARED = "compared"  # "à 5,1 milliards, contre 2,7 milliards auparavant": the same measure, earlier


def _whole_frame(doc: Doc, part: Span, fig: Span, frames: Frames) -> str | None:
    """The frame of ``fig`` when it is the whole the count ``part`` is out of ("300 postes sur les 1 450",
    figures.yaml ``whole_cues``): the frame counting the part's noun (or ``whole_nouns``' stand-in)."""
    unit = (part._.factx_amount or {}).get("unit")
    if (
        unit is None
        or (fig._.factx_amount or {}).get("unit") != unit
        or not whole_cue(doc, part.end, fig.start)
    ):
        return None
    for noun in (unit, figures().whole_nouns.get(unit)):
        measures = [name for name in frames.unit_frames(noun) if not frames.frames[name].one_off]
        if measures:
            return measures[0]
    return None


def whole_cue(doc: Doc, part_end: int, start: int) -> bool:
    """The words from ``part_end`` to ``start`` are a whole cue (figures.yaml ``whole_cues``: "sur les")."""
    return (
        0 < start - part_end <= 4 and tuple(norm(t.text) for t in doc[part_end:start]) in figures().whole_cues
    )


def _pays(found: tuple[Token, Trigger], fig: Span) -> bool:
    """A trigger may own ``fig``: any trigger but a neutral money verb, which owns only the sum it pays."""
    tok, trig = found
    return not (trig.neutral and trig.pos == "verb") or _paid(tok, fig, trig)


def _paid(verb: Token, fig: Span, trig: Trigger | None = None) -> bool:
    """``fig`` is what ``verb`` pays, not the complement of another thing it pays ("payer une amende de 1
    milliard", "verser un dividende de 2 euros"); a measure noun is the sum itself ("la somme de")."""
    noun = fig.root.head
    return not (
        noun.i != fig.root.i
        and noun.pos_ == "NOUN"
        and noun.head.i == verb.i
        and noun.lemma_.lower() not in figures().measure_nouns
        and (
            trig is None or fold_word(noun.lemma_) not in {fold_word(w) for w in trig.words}
        )  # "sur la table"
    )


def _relative_clause(tok: Token) -> bool:
    """``tok`` heads a relative clause, however the parse attached it ("reprendre X, qui a perdu...")."""
    return tok.dep_ == "acl:relcl" or any(
        c.dep_ in ("nsubj", "nsubj:pass") and "Rel" in c.morph.get("PronType") for c in tok.children
    )


def _own(s: _Sentence, fig: Span, kind: str | None) -> Owned | None:
    if kind == "count" and fig.root.lemma_.lower() in figures().place_counts and not _counted_site(s, fig):
        return None  # "emploie 12 000 personnes dans 30 pays": where, not how many of the fact
    if _term_of_deal(fig):
        return None  # "une prime de 30 %", "une indemnité de rupture de 25 millions": no fact of a frame
    if kind == "count" and fold_word(fig.root.lemma_) in figures().event_nouns:
        return None  # "près de 200 plans sociaux": a count of events, not the measure of any fact
    box = s._box(fig.start)
    counted = s.counted_frames(fig) if kind == "count" else []
    for name in STRATEGIES:
        found = getattr(s, name)(fig, kind)
        if found is not None and box is not None and not box[0] < found[0].i < box[1]:
            continue  # "(Veritas en 2004 par Symantec pour 15,5 Md$)": a bracket's figure is its own fact's
        if found is not None and not _pays(found, fig):
            continue  # "payer une amende de 1 milliard": a neutral verb's sum is what it pays, nothing else
        if found is not None:
            if counted and found[1].frame not in counted and s.frames.frames[found[1].frame].units:
                # "emploie 14 000 salariés dans une trentaine d'usines", "compte 32 usines et 14 150
                # collaborateurs": a measure that counts nouns of its own counts no other frame's ("a cédé 61
                # magasins" stays the sale's, "reprendra 126 salariés" the hires)
                return Owned(fig, counted[0], None, None, "unit")
            return Owned(fig, found[1].frame, found[0], found[1], name)
    shared = s.share(fig, kind)
    if shared is not None:
        return Owned(fig, shared[2], shared[0], shared[1], "share")
    frame = s.unit(fig, kind)
    if frame is not None:
        return Owned(fig, frame, None, None, "unit")
    found = s.nearest(fig, kind)
    if found is not None and _pays(found, fig):
        if counted and found[1].frame not in counted:
            return None  # "rachète 22 magasins ... reprendra 126 salariés": the stores are no hires
        return Owned(fig, found[1].frame, found[0], found[1], "nearest")
    return None


def _term_of_deal(fig: Span) -> bool:
    """The figure complements (directly or through one more noun) a noun of figures.yaml ``unframed_nouns``, or
    one is its own complement ("180 millions d'euros de charges")."""
    nouns = figures().unframed_nouns
    de = grammar().prep_forms("de")
    if any(
        c.dep_.startswith("nmod")
        and fig.end <= c.i <= fig.end + 1
        and c.lemma_.lower() in nouns
        and any(g.dep_ == "case" and g.lower_ in de for g in c.children)
        for t in fig
        for c in t.children
    ):
        return True
    t = fig.root
    for _ in range(2):
        head = t.head
        if head.i == t.i or not t.dep_.startswith("nmod") or head.pos_ != "NOUN":
            return False
        if head.lemma_.lower() in nouns:
            return True
        if head.lemma_.lower() in figures().measure_nouns:
            return False  # "une prime de 58 %, pour un montant total de 1,2 Md€": the sum itself
        t = head
    return False


def _compared(doc: Doc, before: Span, fig: Span) -> bool:
    """Only a comparison word between two figures ("5,1 milliards, contre 2,7 milliards"; figures.yaml
    ``comparison_openers``), after the first figure's date if any."""
    start = before.end
    while start < fig.start and _in_date(doc, start):
        start += 1  # "640 M€ fin décembre, contre 790 millions fin 2023": the first figure's date first
    between = tuple(t.lower_ for t in doc[start : fig.start])
    fg = figures()
    return between in fg.comparison_openers or between in fg.bare_comparison_openers and bare_figure(fig)


def bare_figure(fig: Span) -> bool:
    """No noun, participle or relative clause of its own follows the figure: "contre 512 M€ l'an dernier", not
    "après 30 M€ de charges", "45 M€ dépensés pour X", "500 M€ que le groupe espérait"."""
    doc = fig.doc
    j = fig.end
    if j >= len(doc):
        return True
    w = token_strings(doc)
    if w.lower_apos[j] in grammar().prepositions["de"] and j + 1 < len(doc) and w.pos[j + 1] == NOUN:
        return False
    if w.pos[j] == VERB and "Part" in w.feat(j, "VerbForm"):
        return False
    return not any(c.dep_ in ("acl", "acl:relcl") for c in fig.root.children)


def _counted_site(s: _Sentence, fig: Span) -> bool:
    """A count of places that is a frame's own unit ("30 pays" is no one's; "60 hypermarchés" are sites)."""
    lemma = fold_word(fig.root.lemma_)
    return any(lemma in f.units for f in s.frames.frames.values())
