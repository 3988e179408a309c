"""Stage 3 of the claim engine: is a claim hedged (rumour, conditional, projection, "selon X", a news outlet
reporting it) or negated, and who is it attributed to? Cues come from hedges.yaml and sources.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from .. import data
from .frames import fold_word, split_phrase
from .lexicon import sources
from .mentions import mention_index
from .tokens import token_strings

# Relations through which a trigger's clause is governed by another word ("devrait obtenir", "rumeur ... que").
GOVERNING_DEPS = {
    "xcomp",
    "ccomp",
    "acl",
    "nmod",
    "obj",
    "obl",
    "obl:arg",
    "obl:mod",
    "nsubj",
    "nsubj:pass",
    "advcl",
    "csubj",
}


@dataclass(frozen=True)
class Cues:
    sentence_lemmas: frozenset[str]
    sentence_phrases: tuple[tuple[str, ...], ...]
    governing: frozenset[str]
    conditional: bool
    conditional_suffixes: tuple[str, ...]
    negation_words: frozenset[str]
    negation_particles: frozenset[str]
    negation_dets: frozenset[str]


@cache
def cues() -> Cues:
    raw = data.load("hedges")
    low = lambda key: frozenset(w.lower() for w in raw.get(key, []))  # noqa: E731
    return Cues(
        sentence_lemmas=low("sentence_lemmas"),
        sentence_phrases=tuple(tuple(split_phrase(p)) for p in raw.get("sentence_phrases", [])),
        governing=low("governing_lemmas"),
        conditional=bool(raw.get("conditional_mood", True)),
        conditional_suffixes=tuple(raw.get("conditional_suffixes", [])),
        negation_words=low("negation_words"),
        negation_particles=low("negation_particles"),
        negation_dets=low("negation_determiners"),
    )


@cache
def _folded_lemmas(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold_word(w) for w in words)


def governors(tok: Token, sent: Span) -> list[Token]:
    """The trigger and the words governing its clause up to the sentence root, not crossing coordination."""
    out = [tok]
    while tok.head.i != tok.i and tok.dep_ in GOVERNING_DEPS and sent.start <= tok.head.i < sent.end:
        tok = tok.head
        out.append(tok)
    return out


def _with_aux(toks: list[Token]) -> list[Token]:
    return toks + [c for t in toks for c in t.children if c.dep_.startswith(("aux", "cop"))]


@cache
def _phrases_by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return index


def sentence_cues(sent: Span) -> tuple[list[str], str | None]:
    """Cue words hedging every claim of the sentence, and who it is attributed to ("selon X")."""
    c = cues()
    src = sources()
    folded = _folded_lemmas(c.sentence_lemmas)
    by_first = _phrases_by_first_word(c.sentence_phrases)
    strings = token_strings(sent.doc)
    lemmas = strings.lemma[sent.start : sent.end]
    words = [w.replace("’", "'") for w in strings.lower[sent.start : sent.end]]
    found: list[str] = []
    for i, (lemma, word) in enumerate(zip(lemmas, words, strict=True)):
        if lemma.lower() in c.sentence_lemmas or fold_word(word) in folded:
            found.append(sent[i].text)
    seen: set[tuple[str, ...]] = set()
    for i, word in enumerate(words):  # each phrase counted once, at its first occurrence
        for phrase in by_first.get(word, ()):
            if phrase not in seen and tuple(words[i : i + len(phrase)]) == phrase:
                seen.add(phrase)
                found.append(sent[i : i + len(phrase)].text)
    attribution = None
    for i, word in enumerate(words):
        skip = (
            1
            if word in src.attribution_preps
            else 2
            if " ".join(words[i : i + 2]) in src.attribution_preps
            else 0
        )
        if skip and i + skip < len(words):
            if not _official(list(sent[i + skip : i + skip + 3])):
                found.append(sent[i : i + skip].text)
            attribution = attribution or _source(sent, i + skip)
    return found, attribution


def _official(after: list) -> bool:
    """ "d'après ses comptes", "selon son rapport annuel", "selon le communiqué": a published source, not a rumour."""
    if not after or after[0].pos_ != "DET":
        return False
    det = after[0]
    possessive = "Yes" in det.morph.get("Poss") or det.lower_ in ("son", "sa", "ses", "leur", "leurs")
    definite = "Def" in det.morph.get("Definite") or det.lower_ in ("le", "la", "les", "l'", "l’")
    noun = next((t for t in after[1:] if t.pos_ in ("NOUN", "PROPN")), None)
    official = sources().official
    if noun is None or (noun.lemma_.lower() not in official and noun.lower_ not in official):
        return False
    return possessive or definite


def _source(sent: Span, i: int) -> str | None:
    # "selon La Tribune" -> the entity right after the preposition; "selon des sources" -> no named source
    idx = mention_index(sent.doc)
    for tok in sent[i : min(len(sent), i + 3)]:
        m = idx.get(tok.i)
        if m:
            return m["canonical"]
        if tok.pos_ not in ("DET", "PROPN", "X"):
            return None
    tok = sent[i]
    if tok.pos_ in ("PROPN", "X"):
        return sent.doc[tok.left_edge.i : tok.right_edge.i + 1].text
    return None


def trigger_cues(trigger: Token, sent: Span) -> list[str]:
    """Cue words on the trigger's own path: conditional mood, projection verbs, governing rumour nouns."""
    c = cues()
    found = []
    path = governors(trigger, sent)
    for tok in _with_aux(path):
        if c.conditional and is_conditional(tok, c):
            found.append(tok.text)
        elif tok.i != trigger.i and tok.lemma_.lower() in c.governing and not _done(tok):
            found.append(tok.text)
    return found


def _done(tok: Token) -> bool:
    """ "a pu enregistrer", "a dû céder", "devait être": a modal in a past tense reports what happened or what
    was set, not a possibility."""
    if "Past" in tok.morph.get("Tense") and "Part" not in tok.morph.get("VerbForm"):
        return True  # passé simple
    if "Imp" in tok.morph.get("Tense") and "Ind" in tok.morph.get("Mood"):
        return True  # "le montant devait être compris entre...": what was set, in the past
    return "Part" in tok.morph.get("VerbForm") and any(c.dep_ == "aux:tense" for c in tok.children)


def negated(trigger: Token, sent: Span, extra: list[Token]) -> bool:
    """A "ne ... pas" on the trigger or the verbs governing it, or "aucun" on the trigger or its amount."""
    c = cues()
    for tok in _with_aux(governors(trigger, sent)[:3]):
        kids = [k.lower_.replace("’", "'") for k in tok.children]
        if any(k in c.negation_particles for k in kids) and (
            any(k in c.negation_words for k in kids) or _next_negator(tok, c)
        ):
            return True
    for tok in [trigger, *extra]:
        if any(k.lower_ in c.negation_dets for k in tok.children if k.dep_ == "det"):
            return True
    return False


def _next_negator(tok: Token, c: Cues) -> bool:
    # "n'a pas investi": "pas" may hang off the auxiliary or sit right after it
    doc = tok.doc
    return any(doc[j].lower_ in c.negation_words for j in range(tok.i + 1, min(len(doc), tok.i + 3)))


def is_conditional(tok: Token, c: Cues) -> bool:
    if "Cnd" in tok.morph.get("Mood"):
        return True
    # the tagger reads some conditionals as imperfects ("ferait"): trust the ending then; and some as presents
    # ("apporteraient"), a tense that never ends in -rait/-raient
    tense = tok.morph.get("Tense")
    if "Imp" in tense:
        return tok.lower_.endswith(c.conditional_suffixes)
    return "Pres" in tense and tok.lower_.endswith(("rait", "raient"))


def reported_by(trigger: Token, sent: Span) -> tuple[str, str | None] | None:
    """(cue, source) when a news outlet or an unnamed source reports the trigger's clause: "Le Wall Street
    Journal évoque un rachat", "Bloomberg estime que X lèverait", "une source affirme que...". The source is
    the reporting verb's subject, or the outlet named right before it when the parse splits the sentence."""
    src = sources()
    idx = mention_index(sent.doc)
    doc = sent.doc
    for tok in governors(trigger, sent)[1:] + [trigger]:
        lemma = tok.lemma_.lower()
        if lemma not in src.reporting_verbs and _infinitive(tok) not in src.reporting_verbs:
            continue
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")]
        j = tok.i - 1
        while j >= sent.start and doc[j].pos_ in ("ADV", "AUX", "PART"):
            j -= 1
        if j >= sent.start:
            subjects.append(doc[j])
        for subj in subjects:
            m = idx.get(subj.i)
            if m is not None and m.get("outlet"):
                return tok.text, m["canonical"]
            if subj.lemma_.lower() in src.source_nouns:
                return tok.text, None
    return None


def _infinitive(tok: Token) -> str | None:
    # the lemmatizer leaves some present forms alone ("estime" for estimer)
    low = tok.lower_
    for ending in ("ent", "es", "e"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return low[: -len(ending)] + "er"
    return None
