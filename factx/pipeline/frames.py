"""Frames (kinds of fact) and their French triggers, loaded from data and found in a parsed doc by lemma lookups."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.symbols import ADJ, ADP, AUX, DET, NOUN, PROPN, PUNCT, VERB, X
from spacy.tokens import Doc, Token

from .. import data
from ..errors import InputError
from .entities import is_place
from .lexicon import collective_nouns, cue_words, fold_word, grammar, milestones
from .syntax import opening_word
from .tokens import TokenStrings, token_strings

AMOUNT_KINDS = {"money", "percent", "count", "quantity"}
NEEDS = {"amount", "date", "value", "object"}
ROLE_KEYS = {"subject", "object", "value"}
FRAME_KEYS = {
    "amount",
    "needs",
    "date_nearby",
    "verbs",
    "nouns",
    "verb_roles",
    "noun_roles",
    "support",
    "labels",
    "units",
    "one_off",
    "once",
    "public_as",
    "operating",
    "moves",
    "told_closed",
    "pair",
    "shares",
    "bracket_role",
    "holder_cues",
    "per_unit",
    "usual_per",
    "context_role",
    "topic_object",
    "backers",
    "places",
    "reported_as",
    "orphan_as",
    "shared",
    "as_of",
    "own_shares",
    "kept_of_target",
}
TRIGGER_KEYS = {
    "lemma", "subject", "object", "value", "with", "without", "exact", "amount", "neutral", "figure_object",
    "counted", "needs_deal",
}  # fmt: skip
DEFAULT_ROLES = {"verb": {"subject": ["subj"]}, "noun": {"subject": ["de", "par"]}}


def with_roles(trig: Trigger, frame: Frame) -> Trigger:
    """``trig`` stating a fact of ``frame`` ("a racheté 30 % de Valentino": the deal's verb, the stake's
    roles): its own role hints first, then the frame's."""
    own = dict(trig.roles)
    for role, specs in frame.roles.get(trig.pos, {}).items():
        own[role] = tuple(dict.fromkeys((*own.get(role, ()), *specs)))
    return Trigger(
        frame.name,
        trig.words,
        trig.pos,
        own,
        trig.with_,
        trig.without,
        trig.exact,
        trig.amount,
        trig.neutral,
        trig.figure_object,
        trig.counted,
        trig.needs_deal,
    )


@dataclass(frozen=True)
class Trigger:
    """One way of saying a frame: a lemma or phrase, its part of speech and where its roles are."""

    frame: str
    words: tuple[str, ...]
    pos: str  # "verb" or "noun"
    roles: dict[str, tuple[str, ...]]
    with_: frozenset[str] = frozenset()
    without: frozenset[str] = frozenset()
    exact: bool = False  # matched on the written form only ("économies" is savings; "l'économie" is not)
    amount: tuple[str, ...] | None = None  # the amount kinds this trigger takes, when fewer than its frame's
    # says money changes hands, not for what ("mettre 10 milliards sur la table"): the claim takes the frame of
    # its subject's deal earlier in the article
    neutral: bool = False
    # takes a figure only as its direct object ("apporter 120 M€", not "apporter des réponses ... pour 1,4 Md$")
    figure_object: bool = False
    # a noun a figure counts needs none of its `with` words ("plus de 400 suppressions": job cuts)
    counted: bool = False
    # a neutral verb of giving ("verser", "proposer"), said of many sums: it states a deal's price only when the
    # article told that deal, and not when the verb says what else the money is for
    needs_deal: bool = False


@dataclass
class Frame:
    name: str
    amount: tuple[str, ...]
    needs: tuple[str, ...]
    support_object: frozenset[str]
    labels: dict[str, frozenset[str]] = field(default_factory=dict)
    date_nearby: bool = False
    units: frozenset[str] = frozenset()  # counted nouns that make a count this frame's figure
    one_off: bool = False  # one event across articles (a deal, a round, a plan), not a measure per period
    pair: bool = False  # coordinated subjects are the two parties, not two claims
    shares: dict[str, str] = field(default_factory=dict)  # figure kind -> frame it states with these roles
    roles: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # pos -> default role hints
    # the role of a name a bracketed figure follows ("Veolia (180 000 salariés)")
    bracket_role: str = "subject"
    # where the bracket names the object, the words before a name (or its list) that make its bracketed share
    # its own, folded, so a plural is its singular ("les parts de Pathé (19 %)": Pathé holds it; "de" stands for
    # its forms "d'", "du", "des")
    holder_cues: tuple[tuple[str, ...], ...] = ()
    per_unit: frozenset[str] = (
        frozenset()
    )  # units its figure may be given per ("un dividende de 3 € par action")
    context_role: str = "subject"  # the role a party found only from context fills ("ses dividendes": object)
    # an object the sentence leaves out is the article's topic ("Bpifrance aurait environ 2 %": of the company
    # the article is about)
    topic_object: bool = False
    # the frame of the facts its backers state ("une levée auprès de Sprints et Eurazeo": each backer's
    # investment in the company raising), or "" for none
    backers: str = ""
    # a place of the places list may fill the subject (a country's debt, not its valuation)
    places: bool = True
    # the contract frame its claims are given as, this frame's name becoming their facet ("fine": a price)
    reported_as: str = ""
    # the contract frame its claims with no object are given as ("une aide de 8 M€" with no recipient is its
    # giver's budget; "une aide de 8 M€ à Givrelle" an investment in Givrelle); with it, the claims are compared
    # as the frames they are given as, with no facet of this frame's name
    orphan_as: str = ""
    # a measure coordinated subjects share ("Apollo et Bpifrance ont cédé des titres pour 888 M€" is one IPO's
    # money, not each seller's round): no claim per subject
    shared: bool = False
    # the fact sells its subject's own shares (a round, a capital increase): a price per share its sentence gives
    # is of those shares ("lever 15 M€ au prix de 3,40 euros par action"), not of a deal's target
    own_shares: bool = False
    # the deal frame whose buyer keeps part of the company it takes over, said by these trigger lemmas
    # ("conserver 182 des 310 salariés": the 310 are that company's, not the buyer's)
    kept_of_target: str = ""
    kept_words: frozenset[str] = frozenset()
    # a value as of a day (a market value, a headcount), not the sum of a period: a measure of a period it is
    # coordinated with does not give it that period
    as_of: bool = False
    # one event between its two parties, like an acquisition (also read by the reconciler): another name paying
    # for its target is a rival bid, not a second deal
    once: bool = False
    # the frame of the money a public body gives with none of this frame's deals to pay and no recipient its
    # sentence names ("l'État a mis 1,5 milliard d'euros sur la table": an aid, its giver's budget)
    public_as: str = ""
    # the subject is a business's own measure: one guessed from the article's salience is never a fund its name
    # says it is ("Taillefer Partners") nor a public body
    operating: bool = False


@dataclass
class Frames:
    """The frames and an index of their triggers by first word (lemma or lowercase form)."""

    frames: dict[str, Frame] = field(default_factory=dict)
    index: dict[str, list[Trigger]] = field(default_factory=dict)
    # (lowercase form, lemma, pos) -> the index keys it may trigger, () for none: most words come back often
    _keys: dict[tuple[str, str, int], tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _keys_for: tuple[int, int] = field(default=(0, 0), init=False, repr=False, compare=False)
    # read by every sentence's drafts, derived once the frames are loaded
    _shares: tuple[frozenset[str], frozenset[str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def share_frames(self) -> frozenset[str]:
        """The frames other frames' figures state (frames.yaml ``shares``: an acquisition's percentage is a
        stake)."""
        return self._share_sets()[0]

    def share_nouns(self) -> frozenset[str]:
        """The nouns of shares, folded: the one-word noun triggers and counted units of :meth:`share_frames`
        (a stake's "participation", "capital", "action", "titre")."""
        return self._share_sets()[1]

    def _share_sets(self) -> tuple[frozenset[str], frozenset[str]]:
        if self._shares is None:
            names = frozenset(f for frame in self.frames.values() for f in frame.shares.values())
            words = {u for n in names if n in self.frames for u in self.frames[n].units}
            for key, trigs in self.index.items():
                if any(t.frame in names and t.pos == "noun" and len(t.words) == 1 for t in trigs):
                    words.add(key)
            self._shares = (names, frozenset(words))
        return self._shares

    def unit_frames(self, unit: str | None) -> list[str]:
        """Frames whose counted nouns include ``unit`` (a count's lemma: "salarié" -> headcount)."""
        u = fold_word(unit or "")
        return [f.name for f in self.frames.values() if u and u in f.units]

    def match(self, doc: Doc) -> list[tuple[Token, Trigger, int]]:
        """(head token, trigger, end index) of every trigger occurrence, in document order."""
        out = []
        index = self.index
        words = token_strings(doc)
        if self._keys_for != (id(index), len(index)) or len(self._keys) > 100_000:
            # the index changed (the keys it holds may have too), or a long run met many words
            self._keys.clear()
            self._keys_for = (id(index), len(index))
        known = self._keys
        found = list(map(known.get, zip(words.lower, words.lemma, words.pos, strict=True)))
        if None in found:  # words not met before
            for i, keys in enumerate(found):
                if keys is None:
                    word = (words.lower[i], words.lemma[i], words.pos[i])
                    found[i] = known[word] = _keys(index, *word)
        # no Token object for the words that trigger nothing (nearly all)
        for i in [i for i, keys in enumerate(found) if keys]:
            for key in found[i]:
                for trig in index.get(key, ()):
                    end = _match_words(words, i, trig.words)
                    if end is not None and trig.exact and words.lower[i:end] != list(trig.words):
                        continue
                    if end is not None and _constraints_ok(words, i, end, trig):
                        out.append((doc[_phrase_head(words, i, end)], trig, end))
        # where phrases of different frames cover one word, the longest wins ("part de marché" over "part")
        longest: dict[int, int] = {}
        for head, trig, _end in out:
            longest[head.i] = max(longest.get(head.i, 0), len(trig.words))
        # a milestone verb whose subject or object is another frame's noun names a step of that event ("le
        # rachat a été bouclé en octobre", "a bouclé l'acquisition"), not a fact of its own frame
        nouns = {head.i: trig.frame for head, trig, _end in out if trig.pos == "noun"}
        steps = milestones()
        # one trigger per head token and frame (a lemma and its form can both hit)
        seen, unique = set(), []
        for head, trig, end in out:
            if len(trig.words) < longest[head.i] or (head.i, trig.frame) in seen:
                continue
            if (
                trig.pos == "verb"
                and not trig.with_  # "signer un contrat": its complement names its own frame
                and words.lemma_lower[head.i] in steps
                and _names_other_event(words, head.i, trig.frame, nouns)
            ):
                continue
            seen.add((head.i, trig.frame))
            unique.append((head, trig, end))
        return unique


def _names_other_event(w: TokenStrings, i: int, frame: str, nouns: dict[int, str]) -> bool:
    def bare(c: int) -> bool:
        return not any(w.dep[g] == "case" for g in w.children[c])

    # (an oblique with no preposition is an object the parse misread after a time, and so is a bare noun it
    # hung on that time: "a bouclé mardi l'arrivée", "a bouclé vendredi le rachat")
    obliques = [c for c in w.children[i] if w.dep[c].startswith("obl") and bare(c)]
    named = [c for c in w.children[i] if w.dep[c] in ("nsubj", "nsubj:pass", "obj")] + obliques
    named += [g for c in obliques for g in w.children[c] if w.dep[g] == "nmod" and bare(g)]
    return any(nouns.get(c, frame) != frame for c in named)


def _keys(index: dict[str, list[Trigger]], low: str, lem: str, pos: int) -> tuple[str, ...]:
    """The index keys a word may trigger: its lemma, then its form, then a guessed infinitive (a fixed order:
    a set's would vary between runs and change which of two hits on one head is kept); () when the index
    holds none of them."""
    lemma, form = fold_word(lem), fold_word(low)
    keys = [lemma] if lemma == form else [lemma, form]
    guess = guess_infinitive(low, lem, pos)
    if guess and guess not in keys:
        keys.append(guess)
    return tuple(keys) if any(k in index for k in keys) else ()


def guess_infinitive(low: str, lemma: str, pos: int) -> str | None:
    # the lemmatizer leaves some present forms alone ("repose" for reposer): guess the -er infinitive
    # (a verb tagged NOUN keeps its form as lemma: "ce qui la valorise"; tagged PROPN, its lowercase form:
    # "ce qui valorise Figma", where a real name keeps its capital in the lemma)
    # (tagged ADJ, a rare verb's present loses its ending in the lemma: "injecte" -> "inject")
    if pos == PROPN and low != lemma and lemma[:1].isupper():
        # a participle written with a capital reads as a name (one opening a sentence: "Valorisée à 3
        # milliards, la plateforme..."): only its participle ending says it is a verb
        return _participle_infinitive(low)
    if pos != VERB and not (
        pos == NOUN and low == lemma.lower() or pos == PROPN and low == lemma or pos == ADJ and low != lemma
    ):
        return None
    if pos != VERB and low in grammar().noun_lookalikes:
        return None
    for ending in ("ent", "es", "e"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return low[: -len(ending)] + "er"
    return None


def _participle_infinitive(low: str) -> str | None:
    """The infinitive of a past participle (grammar.yaml ``participle_endings``: "valorisée" -> "valoriser"),
    None for another word (``low`` is lowercase)."""
    for ending, infinitive in grammar().participle_endings:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return low[: -len(ending)] + infinitive
    return None


def is_participle(tok: Token) -> bool:
    """A past participle: so tagged, or a word with a participle's ending the tagger took for a name
    ("Valorisée" opening a sentence)."""
    if "Part" in tok.morph.get("VerbForm"):
        return True
    return tok.pos == PROPN and tok.lemma_[:1].isupper() and _participle_infinitive(tok.lower_) is not None


def opening_participle(doc: Doc, start: int, end: int) -> int | None:
    """The participle opening the sentence ``start..end`` ("Valorisée 2 milliards, la start-up...", "Déjà
    rachetée par..."; see syntax.opening_word), None when it opens otherwise."""
    first = opening_word(token_strings(doc), start, end)
    return first if first < end and is_participle(doc[first]) else None


def _match_words(w: TokenStrings, i: int, words: tuple[str, ...]) -> int | None:
    if i + len(words) > len(w.text):
        return None
    for k, x in enumerate(words):
        j = i + k
        if fold_word(x) not in (fold_word(w.lemma[j]), fold_word(w.lower[j])) and (
            k or fold_word(x) != guess_infinitive(w.lower[j], w.lemma[j], w.pos[j])
        ):
            return None
    return i + len(words)


def _phrase_head(w: TokenStrings, start: int, end: int) -> int:
    # the phrase token whose head lies outside the phrase ("chiffre" in "chiffre d'affaires")
    for i in range(start, end):
        if not (start <= w.head[i] < end) or w.head[i] == i:
            return i
    return start


_NOMINAL_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:mod", "nmod"})


def _nominal(w: TokenStrings, i: int) -> bool:
    """A word the tagger may read as a verb ("offre" as "offrir") is a noun after an article and adjectives
    ("la première offre de Google": no object clitic stands before an adjective) or with a preposition of its
    own ("un projet d'offre publique"), unless it is an infinitive (the tagger makes "de licencier" a case too)."""
    c = i - 1
    while c >= 0 and w.pos[c] == ADJ and w.head[c] == i:
        c -= 1
    if c < i - 1 and c >= 0 and w.dep[c] == "det" and w.head[c] == i:
        return True
    return w.lower[i] != w.lemma[i].lower() and any(w.dep[k] == "case" and k < i for k in w.children[i])


def _constraints_ok(w: TokenStrings, i: int, end: int, trig: Trigger) -> bool:
    # a verb tagged NOUN in its infinitive form ("de licencier 10 000 employés") still counts
    # and so does a lowercase word tagged as a name ("ce qui valorise Figma": no name is lowercase)
    verb_like = (
        w.pos[i] in (VERB, AUX, ADJ)
        or w.lower[i] == w.lemma[i].lower()
        or (w.pos[i] == PROPN and w.text[i].islower())
    )
    # a word after a determiner that cannot be an object clitic ("son offre", "une offre") is a noun, whatever
    # the tagger says
    after_det = i > 0 and w.pos[i - 1] == DET and w.lower_apos[i - 1] not in grammar().object_clitics
    # and so is a word with an article that the parse makes a subject or object ("L'offre serait supérieure")
    # (an article that could be an object clitic counts only where no clitic can stand: "L'offre" opening
    # the sentence, not "L'opération la valorise")
    c = i - 1  # the article right before the word, attached to it
    after_det = after_det or (
        c >= 0
        and w.dep[i] in _NOMINAL_DEPS
        and w.dep[c] == "det"
        and w.head[c] == i
        and (
            w.lower_apos[c] not in grammar().object_clitics
            or c == 0
            or w.pos[c - 1] in (ADP, PUNCT)
            or w.pos[c - 1] == VERB  # "a accepté l'offre": a clitic stands before its verb, never after
            or w.is_space[c - 1]  # a paragraph's first word
        )
    )
    if trig.pos == "verb" and (not verb_like or after_det or _nominal(w, i)) and len(trig.words) == 1:
        return False
    # a rare noun the tagger took for something else keeps its preposition ("la marge d'Ebitda": PRON)
    after_case = any(w.dep[c] == "case" and c < i for c in w.children[i])
    if (
        trig.pos == "noun"
        and w.pos[i] not in (NOUN, PROPN, X)
        and not after_det
        and not after_case
        and len(trig.words) == 1
    ):
        return False
    if not (trig.with_ or trig.without):
        return True
    kids = w.children[i]
    # words near the trigger: its dependents (reflexive "se", object "postes") and the next few tokens
    near = {fold_word(w.lemma[t]) for t in kids} | {fold_word(w.lower[t]) for t in kids}
    # and the prepositions of its complements ("offre 6 milliards ... pour Exclusive Networks", "proposé 16,2
    # milliards pour empocher Tiffany")
    near |= {fold_word(w.lower[g]) for t in kids for g in w.children[t] if w.dep[g] in ("case", "mark")}
    # and the next few words: for the words a trigger needs, up to another predicate's verb ("les ventes
    # s'élèvent à": that "à" is the verb's; a capitalised word the tagger took for a verb is a name's: "La vente
    # de Bombardier Transport à Alstom"); the content words that rule it out may stand past it ("le plan prévoit
    # la suppression de 500 postes" is no budget), not a preposition of that verb's
    reach = 4
    if (
        trig.pos == "noun"
        and end + 1 < len(w.text)
        and w.lower[end] in ("en", "au", "aux")
        and w.text[end + 1][:1].isupper()
    ):
        # "la suppression en France de 1 233 emplois", "au Royaume-Uni": a known place right after the noun,
        # before what it counts ("aux Galeries Lafayette" is no place)
        last = next((k for k in range(end + 1, len(w.text)) if not w.text[k][:1].isupper()), len(w.text))
        if is_place(w.span_text(end + 1, last)):
            reach += last - end
    nxt, stop = end, min(len(w.text), end + reach)
    while nxt < stop and not (w.pos[nxt] in (VERB, AUX) and w.text[nxt][:1].islower()):
        nxt += 1
    after = {fold_word(w.lemma[t]) for t in range(nxt, stop) if w.pos[t] in (NOUN, PROPN, ADJ, VERB)}
    near |= {fold_word(w.lemma[t]) for t in range(end, nxt)}
    near |= {fold_word(w.lemma[t]) for t in range(max(0, i - 2), i)} | {
        fold_word(w.lower[t]) for t in range(max(0, i - 2), i)
    }
    subjects = [t for t in kids if w.dep[t] in ("nsubj", "nsubj:pass")]
    if w.dep[i] in ("acl", "amod", "xcomp"):
        # "1 800 postes seront en réalité supprimés": the subject of the predicate the participle hangs on
        subjects += [t for t in w.children[w.head[i]] if w.dep[t] in ("nsubj", "nsubj:pass")]
        near |= {fold_word(w.lemma[t]) for t in subjects}
    # "détiendrait près de 30 % du marché français": the complement of the verb's object; "un millier
    # d'emplois pourraient être menacés": the jobs a word of quantity heading its subject counts
    objects = [t for t in kids if w.dep[t] == "obj"]
    # (through a cue's word the parse made the object: "mettrait de l'ordre de 4 millions d'euros sur la table")
    cues = cue_words()
    objects += [
        g
        for t in objects
        if w.pos[t] == NOUN and fold_word(w.lemma[t]) in cues
        for g in w.children[t]
        if w.dep[g] == "nmod"
    ]
    complements = [g for t in objects for g in w.children[t] if w.dep[g] == "nmod"]
    if trig.figure_object:
        # what a sum it takes is of ("offrira 15 millions d'euros de loyers"), however the parse nests it
        complements += [h for g in complements for h in w.children[g] if w.dep[h] == "nmod"]
    near |= {fold_word(w.lemma[g]) for g in complements}
    collectives, lent = collective_nouns()
    near |= {
        noun
        for t in subjects
        if fold_word(w.lemma[t]) in collectives
        for g in w.children[t]
        if w.dep[g] == "nmod" and (noun := fold_word(w.lemma[g])) in lent
    }
    # "1 500 emplois qui vont disparaître": the noun a relative clause hangs on
    v = i
    while w.dep[v] == "xcomp" and w.head[v] != v:
        v = w.head[v]
    # (or a verb the parse hangs on it: "1 800 postes risquent de disparaître")
    if w.dep[v] in ("acl:relcl", "acl"):
        near.add(fold_word(w.lemma[w.head[v]]))
    counted = trig.counted and any(w.dep[c] in ("nummod", "det") and w.text[c][:1].isdigit() for c in kids)
    if trig.with_ and not (trig.with_ & near) and not counted:
        return False
    return not (trig.without & (near | after))


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where} must be a list of strings")
    return value


def _build(raw: Any, frames: Frames, source: str) -> None:
    if not isinstance(raw, dict) or not isinstance(raw.get("frames"), dict):
        raise InputError(f"{source}: expected a mapping with a 'frames:' mapping of frame names")
    for name, spec in raw["frames"].items():
        where = f"{source}: frame '{name}'"
        try:
            _build_frame(str(name), spec, frames, where)
        except (ValueError, TypeError) as e:
            raise InputError(f"{where}: {e}") from None
    for name in raw["frames"]:
        for key in ("reported_as", "orphan_as", "public_as"):
            shown = getattr(frames.frames[str(name)], key)
            if shown and shown not in frames.frames:
                raise InputError(f"{source}: frame '{name}': {key} names no frame ({shown!r})")


def _build_frame(name: str, spec: Any, frames: Frames, where: str) -> None:
    if not isinstance(spec, dict):
        raise ValueError("must be a mapping")
    unknown = set(spec) - FRAME_KEYS
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)} (allowed: {sorted(FRAME_KEYS)})")
    old = frames.frames.get(name)
    amount = tuple(_strings(spec["amount"], "amount")) if "amount" in spec else (old.amount if old else ())
    if set(amount) - AMOUNT_KINDS:
        raise ValueError(f"amount kinds must be among {sorted(AMOUNT_KINDS)}")
    default_needs = ("amount",) if amount else ("object",)
    needs = (
        tuple(_strings(spec["needs"], "needs")) if "needs" in spec else (old.needs if old else default_needs)
    )
    if set(needs) - NEEDS:
        raise ValueError(f"needs must be among {sorted(NEEDS)}")
    support = spec.get("support") or {}
    if not isinstance(support, dict):
        raise ValueError("support must be a mapping {object: [verbs]}")
    support_object = frozenset(_strings(support.get("object", []), "support.object"))
    if old:
        support_object |= old.support_object
    raw_labels = spec.get("labels") or {}
    if not isinstance(raw_labels, dict) or set(raw_labels) - ROLE_KEYS:
        raise ValueError(f"labels must be a mapping with keys among {sorted(ROLE_KEYS)}")
    labels = dict(old.labels) if old else {}
    labels.update({k: frozenset(_strings(v, f"labels.{k}")) for k, v in raw_labels.items()})
    date_nearby = bool(spec.get("date_nearby", old.date_nearby if old else False))
    units = frozenset(fold_word(u) for u in _strings(spec.get("units", []), "units"))
    if old:
        units |= old.units
    one_off = bool(spec.get("one_off", old.one_off if old else False))
    pair = bool(spec.get("pair", old.pair if old else False))
    shares = dict(old.shares) if old else {}
    raw_shares = spec.get("shares") or {}
    if not isinstance(raw_shares, dict) or set(raw_shares) - AMOUNT_KINDS:
        raise ValueError(f"shares must map amount kinds among {sorted(AMOUNT_KINDS)} to frame names")
    shares.update({str(k): str(v) for k, v in raw_shares.items()})
    bracket_role = str(spec.get("bracket_role", old.bracket_role if old else "subject"))
    if bracket_role not in ("subject", "object"):
        raise ValueError("bracket_role must be subject or object")
    holder_cues = tuple(
        dict.fromkeys(
            tuple(fold_word(w) for w in cue.split())
            for cue in _strings(spec.get("holder_cues", []), "holder_cues")
        )
    ) or (old.holder_cues if old else ())
    context_role = str(spec.get("context_role", old.context_role if old else "subject"))
    if context_role not in ("subject", "object"):
        raise ValueError("context_role must be subject or object")
    per_unit = frozenset(_strings(spec.get("per_unit", []), "per_unit"))
    if old:
        per_unit |= old.per_unit
    topic_object = bool(spec.get("topic_object", old.topic_object if old else False))
    backers = str(spec.get("backers", old.backers if old else "") or "")
    places_ok = bool(spec.get("places", old.places if old else True))
    reported_as = str(spec.get("reported_as", old.reported_as if old else "") or "")
    orphan_as = str(spec.get("orphan_as", old.orphan_as if old else "") or "")
    if orphan_as and not reported_as:
        raise ValueError("orphan_as needs reported_as: the frame its claims with an object are given as")
    shared = bool(spec.get("shared", old.shared if old else False))
    own_shares = bool(spec.get("own_shares", old.own_shares if old else False))
    as_of = bool(spec.get("as_of", old.as_of if old else False))
    once = bool(spec.get("once", old.once if old else False))
    public_as = str(spec.get("public_as", old.public_as if old else "") or "")
    operating = bool(spec.get("operating", old.operating if old else False))
    kept = spec.get("kept_of_target")
    if kept is None:
        kept_of_target, kept_words = (old.kept_of_target, old.kept_words) if old else ("", frozenset())
    elif not isinstance(kept, dict) or set(kept) != {"deal", "words"} or not isinstance(kept["deal"], str):
        raise ValueError("kept_of_target must be a mapping {deal: <frame>, words: [trigger lemmas]}")
    else:
        kept_of_target, kept_words = kept["deal"], frozenset(_strings(kept["words"], "kept_of_target.words"))
    usual_per = spec.get("usual_per")
    if usual_per is not None and usual_per not in per_unit:
        raise ValueError("usual_per must be one of the frame's per_unit units")
    frames.frames[name] = Frame(
        name, amount, needs, support_object, labels, date_nearby, units, one_off, pair, shares,
        bracket_role=bracket_role, holder_cues=holder_cues, per_unit=per_unit, context_role=context_role,
        topic_object=topic_object, backers=backers, places=places_ok, reported_as=reported_as, orphan_as=orphan_as,
        shared=shared, own_shares=own_shares, kept_of_target=kept_of_target,
        kept_words=kept_words, as_of=as_of, once=once, public_as=public_as, operating=operating,
    )  # fmt: skip
    for pos in ("verb", "noun"):
        roles = dict(DEFAULT_ROLES[pos])
        raw_roles = spec.get(f"{pos}_roles") or {}
        if not isinstance(raw_roles, dict) or set(raw_roles) - ROLE_KEYS:
            raise ValueError(f"{pos}_roles must be a mapping with keys among {sorted(ROLE_KEYS)}")
        roles.update({k: _strings(v, f"{pos}_roles.{k}") for k, v in raw_roles.items()})
        frames.frames[name].roles[pos] = {k: tuple(v) for k, v in roles.items()}
        entries = spec.get(f"{pos}s") or []
        if not isinstance(entries, list):
            raise ValueError(f"{pos}s must be a list of lemmas, phrases or mappings")
        for entry in entries:
            _add_trigger(frames, name, pos, roles, entry)


def _add_trigger(frames: Frames, frame: str, pos: str, roles: dict, entry: Any) -> None:
    own = dict(roles)
    with_: frozenset[str] = frozenset()
    without: frozenset[str] = frozenset()
    exact = neutral = figure_object = counted = needs_deal = False
    amount: tuple[str, ...] | None = None
    if isinstance(entry, dict):
        if set(entry) - TRIGGER_KEYS or not isinstance(entry.get("lemma"), str):
            raise ValueError(
                f"trigger {entry!r} must be a string or a mapping with 'lemma' and keys among {sorted(TRIGGER_KEYS)}"
            )
        own.update({k: _strings(entry[k], k) for k in ROLE_KEYS if k in entry})
        with_ = frozenset(fold_word(w) for w in _strings(entry.get("with", []), "with"))
        without = frozenset(fold_word(w) for w in _strings(entry.get("without", []), "without"))
        exact = bool(entry.get("exact", False))
        neutral = bool(entry.get("neutral", False))
        figure_object = bool(entry.get("figure_object", False))
        counted = bool(entry.get("counted", False))
        needs_deal = bool(entry.get("needs_deal", False))
        if "amount" in entry:
            amount = tuple(_strings(entry["amount"], "amount"))
            if set(amount) - AMOUNT_KINDS:
                raise ValueError(
                    f"trigger {entry['lemma']!r}: amount kinds must be among {sorted(AMOUNT_KINDS)}"
                )
        text = entry["lemma"]
    elif isinstance(entry, str):
        text = entry
    else:
        raise ValueError(f"trigger {entry!r} must be a string or a mapping")
    words = tuple(split_phrase(text))
    if not words:
        raise ValueError("empty trigger")
    trig = Trigger(
        frame,
        words,
        pos,
        {k: tuple(v) for k, v in own.items()},
        with_,
        without,
        exact,
        amount,
        neutral,
        figure_object,
        counted,
        needs_deal,
    )
    frames.index.setdefault(fold_word(words[0]), []).append(trig)


def split_phrase(text: str) -> list[str]:
    # "chiffre d'affaires" -> ["chiffre", "d'", "affaires"], as spaCy's French tokenizer splits elisions
    out = []
    for word in text.lower().replace("’", "'").split():
        if "'" in word[:-1]:
            head, _, rest = word.partition("'")
            out += [head + "'", rest]
        else:
            out.append(word)
    return out


def load_frames(frames_file: str | Path | None = None) -> Frames:
    """The built-in frames (factx/data/fr/frames.yaml) with the user's ``frames_file`` merged over them."""
    frames = Frames()
    _build(data.load("frames"), frames, "frames.yaml")
    if frames_file:
        path = Path(frames_file)
        try:
            raw = data.read_yaml(path)
        except OSError as e:
            raise InputError(f"{path}: cannot read frames file ({e.strerror or e})") from None
        except Exception as e:  # yaml.YAMLError and friends: one line naming the file
            raise InputError(f"{path}: not valid YAML ({str(e).splitlines()[0]})") from None
        built_in = {word: set(map(id, trigs)) for word, trigs in frames.index.items()}
        _build(raw, frames, str(path))
        # a user's trigger for a word the built-in frames also use comes first: the user's frame wins it ("une
        # subvention de 50 M€" for a user's subsidy frame, not the built-in budget)
        for word, trigs in frames.index.items():
            mine = built_in.get(word, set())
            trigs.sort(key=lambda t: id(t) in mine)
    return frames
