"""Stage 3 of the claim engine: is a claim hedged (rumour, conditional, projection, "selon X", a news outlet
reporting it) or negated, and who is it attributed to? Cues come from hedges.yaml and sources.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from operator import or_

from spacy.symbols import ADJ, ADP, ADV, AUX, DET, NOUN, NUM, PART, PROPN, VERB
from spacy.tokens import Span, Token

from .. import data
from .frames import fold_word, split_phrase
from .lexicon import canonical_outlet, grammar, is_outlet, sources
from .mentions import mention_index
from .tokens import TokenStrings, token_strings
from .verb_forms import conditional_of

# Relations through which a trigger's clause is governed by another word ("devrait obtenir", "rumeur ... que").
# the relations a restatement after "soit" takes to the noun it restates (never a subjunctive "soit", an AUX)
RESTATING_DEPS = {"appos", "dep", "nmod", "conj"}
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
    governing_adjectives: frozenset[str]
    own: frozenset[str]  # triggers that are a cue by themselves ("sont menacés")
    conditional: bool
    conditional_suffixes: tuple[str, ...]
    negation_words: frozenset[str]
    negation_particles: frozenset[str]
    negation_dets: frozenset[str]
    restrictive_que: frozenset[str]
    statement_verbs: frozenset[str]
    plan_modals: frozenset[str]
    modals: frozenset[str] = frozenset()  # "a dû céder", "devait être": in a past tense, what happened
    time_references: frozenset[str] = frozenset()  # "précédant les rumeurs": a point in time, no hedge
    over_references: frozenset[str] = frozenset()  # "après des mois en négociations": the talks are over
    event_references: frozenset[str] = frozenset()  # "avant l'entrée en négociations": a time of an event
    settled: frozenset[str] = frozenset()  # "avait été négocié": in a compound passive, what was settled
    targets: frozenset[str] = frozenset()  # "un objectif de 1,6 milliard": a projection of its own figure
    # "table sur": a governing verb's forms the model lemmatises as another word, with the word after them
    governing_forms: frozenset[tuple[str, str]] = frozenset()
    restating: frozenset[str] = frozenset()  # "soit": an apposition it opens restates the noun it is on
    reported_participles: frozenset[str] = frozenset()  # "les 70 M€ évoqués": only reported


@cache
def cues() -> Cues:
    raw = data.load("hedges")
    low = lambda key: frozenset(w.lower() for w in raw.get(key, []))  # noqa: E731
    return Cues(
        sentence_lemmas=low("sentence_lemmas"),
        sentence_phrases=tuple(tuple(split_phrase(p)) for p in raw.get("sentence_phrases", [])),
        governing=low("governing_lemmas"),
        reported_participles=low("reported_participles"),
        targets=low("target_nouns"),
        restating=low("restating_words"),
        # "table sur" -> ("table", "sur"); a form alone -> (form, "")
        governing_forms=frozenset(
            (words[0], words[1] if len(words) > 1 else "")
            for words in (str(p).lower().split() for p in raw.get("governing_forms", []))
        ),
        governing_adjectives=low("governing_adjectives"),
        own=low("trigger_lemmas"),
        conditional=bool(raw.get("conditional_mood", True)),
        conditional_suffixes=tuple(raw.get("conditional_suffixes", [])),
        negation_words=low("negation_words"),
        negation_particles=low("negation_particles"),
        negation_dets=low("negation_determiners"),
        restrictive_que=low("restrictive_que"),
        statement_verbs=low("statement_verbs"),
        plan_modals=low("plan_modals"),
        modals=low("modal_lemmas"),
        settled=low("settled_lemmas"),
        time_references=low("time_references"),
        over_references=low("over_references"),
        event_references=low("event_references"),
    )


@cache
def _folded_lemmas(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold_word(w) for w in words)


# The readers below work on token positions and the doc's token lists (:mod:`factx.pipeline.tokens`): they
# run for every claim draft.


def governors(w: TokenStrings, i: int, sent: Span) -> list[int]:
    """Token ``i`` (a trigger) and the words governing its clause up to the sentence root, not crossing
    coordination (but for an infinitive coordinated with another, which shares its governors)."""
    out = [i]
    head, dep = w.head, w.dep
    restating, present = cues().restating, grammar().present_adverbs
    while head[i] != i and sent.start <= head[i] < sent.end:
        if _present_participle_clause(w, i, present):
            break  # "..., aujourd'hui détenu à 75 % par Y": a fact of now, whatever the clause it hangs on hedges
        shared = _shared_infinitive(w, i)
        if shared is not None and sent.start <= shared < sent.end:
            i = shared
            out.append(i)
            continue
        # "vise une croissance de 5 %, soit un chiffre d'affaires de 3,3 milliards": a restatement in
        # apposition is the target it restates
        if dep[i] not in GOVERNING_DEPS and not (
            dep[i] in RESTATING_DEPS
            and any(w.lower[c] in restating and w.dep[c] in ("advmod", "cc", "mark") for c in w.children[i])
        ):
            break
        i = head[i]
        out.append(i)
    return out


def _present_participle_clause(w: TokenStrings, i: int, present: frozenset[str]) -> bool:
    """A participle set off by a comma, with an adverb of the present (grammar.yaml ``present_adverbs``), neither
    negated ("pas encore valorisée") nor with a condition of its own (grammar.yaml ``condition_words``)."""
    if w.dep[i] not in ("advcl", "acl") or "Part" not in w.feat(i, "VerbForm"):
        return False
    kids = w.children[i]
    # (not "désormais détenue à 80 %": the state a hedged deal would bring about)
    now = present - grammar().resulting_adverbs
    if not any(w.dep[c] == "advmod" and w.lower_apos[c] in now for c in kids):
        return False
    if any(w.lower_apos[c] in cues().negation_words for c in kids):
        return False
    conditions = grammar().condition_words
    below, stack = [], list(kids)
    while stack:
        t = stack.pop()
        below.append(t)
        stack += w.children[t]
    if any(w.lemma[t].lower() in conditions for t in below):
        return False  # "toujours valorisée 300 millions en cas d'accord": a condition of its own
    first = min([i, *kids])
    return first > 0 and w.text[first - 1] == ","


def _shared_infinitive(w: TokenStrings, i: int) -> int | None:
    """ "devrait lui rapporter 25 milliards et valoriser l'entreprise à 1 700 milliards": an infinitive
    coordinated with an infinitive shares what governs it (the modal of both); the parse may hang it on the
    first one's complement. The first infinitive, or None."""
    if w.dep[i] != "conj" or "Inf" not in w.feat(i, "VerbForm"):
        return None
    j = w.head[i]
    for _ in range(2):
        if w.pos[j] in (VERB, AUX) or w.head[j] == j:
            break
        j = w.head[j]
    return j if "Inf" in w.feat(j, "VerbForm") and w.dep[j] in GOVERNING_DEPS else None


def _with_aux(w: TokenStrings, toks: list[int]) -> list[int]:
    return toks + [c for t in toks for c in w.children[t] if w.dep[c].startswith(("aux", "cop"))]


_BY_FIRST: tuple[object, dict[str, list[tuple[str, ...]]]] = (None, {})


def _phrases_by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    # remembered for the phrases object itself (hashing the tuple of tuples cost more than the lookup)
    global _BY_FIRST
    if _BY_FIRST[0] is not phrases:
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            index.setdefault(phrase[0], []).append(phrase)
        _BY_FIRST = (phrases, index)
    return _BY_FIRST[1]


def sentence_cues(sent: Span) -> tuple[list[str], str | None]:
    """Cue words hedging every claim of the sentence, and who it is attributed to ("selon X")."""
    c = cues()
    src = sources()
    folded = _folded_lemmas(c.sentence_lemmas)
    by_first = _phrases_by_first_word(c.sentence_phrases)
    strings = token_strings(sent.doc)
    a = sent.start
    words = strings.lower_apos[a : sent.end]
    # a cue lemma or a cue word (folded), read word by word without a Python loop
    lemma_hits = map(c.sentence_lemmas.__contains__, strings.lemma_lower[a : sent.end])
    word_hits = map(folded.__contains__, map(fold_word, words))
    found = [
        strings.text[a + i]
        for i, hit in enumerate(map(or_, lemma_hits, word_hits))
        if hit and not _time_reference(strings, a + i, c.time_references)
    ]
    seen: set[tuple[str, ...]] = set()
    for i in [i for i, word in enumerate(words) if word in by_first]:
        # each phrase counted once, at its first occurrence
        for phrase in by_first[words[i]]:
            if phrase not in seen and tuple(words[i : i + len(phrase)]) == phrase:
                seen.add(phrase)
                span = range(a + i, a + i + len(phrase))
                # the phrase is a time, no rumour, when it (or an event noun it completes: "avant l'entrée en
                # négociations exclusives") is governed by a time word, or any noun it completes by a word of
                # talks that are over ("après des mois en négociations"); "depuis mars en négociations" is a
                # negotiation still going on
                nouns = [h for t in span if (h := strings.head[t]) < span.start and strings.pos[h] == NOUN]
                events = [h for h in nouns if _event_noun(strings, h)]
                if not (
                    any(_time_reference(strings, t, c.time_references) for t in span)
                    or any(_time_reference(strings, t, c.event_references) for t in events)
                    or any(_time_reference(strings, t, c.over_references) for t in nouns)
                ):
                    found.append(strings.span_text(span.start, span.stop))
    attribution = None
    preps = src.attribution_preps
    openers = _first_words(preps)
    for i in [i for i, word in enumerate(words) if word in preps or word in openers]:
        word = words[i]
        skip = 1 if word in preps else 2 if word in openers and " ".join(words[i : i + 2]) in preps else 0
        if skip and i + skip < len(words):
            if not _official(list(sent[i + skip : i + skip + 3])):
                found.append(strings.span_text(a + i, a + i + skip))
            attribution = attribution or _source(sent, i + skip)
    opening = outlet_opening(sent)
    if opening is not None:
        found.append(strings.text[opening[0]])
        attribution = attribution or opening[2]
    return found, attribution


def _event_noun(w: TokenStrings, i: int) -> bool:
    """A noun with a definite, demonstrative or possessive article: an event ("l'entrée", "son arrivée", "cette
    entrée"), not a time ("mars", "des mois")."""
    return any(
        w.dep[c] == "det"
        and (
            {"Def", "Dem"} & set(w.feat(c, "Definite") + w.feat(c, "PronType")) or "Yes" in w.feat(c, "Poss")
        )
        for c in w.children[i]
    )


def _time_reference(w: TokenStrings, i: int, words: frozenset[str]) -> bool:
    """The cue at ``i`` is a point in time: its preposition or the verb it is the object of is one of
    ``words`` ("avant les rumeurs", "le cours précédant les premières rumeurs")."""
    if any(w.dep[c] == "case" and w.lower[c] in words for c in w.children[i]):
        return True
    head = w.head[i]
    return head != i and w.dep[i] == "obj" and w.lemma_lower[head] in words


@cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """What a word must be for it and the next, joined by a space, to be one of ``phrases``."""
    return frozenset(p[:k] for p in phrases for k, ch in enumerate(p) if ch == " ")


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
    return possessive or definite or noun.lemma_.lower() in sources().official_any


def outlet_opening(sent: Span) -> tuple[int, int, str] | None:
    """ "Pour Sky Sport, l'Inter et le PSG ont trouvé un accord": a preposition of sources.yaml
    ``outlet_preps`` opening the sentence, then a news outlet's name and a comma: the tokens from the
    preposition to the name's end, and the outlet's name (``None`` when the words are no outlet's)."""
    w = token_strings(sent.doc)
    a = sent.start
    if sent.end - a < 4 or w.lower[a] not in sources().outlet_preps:
        return None
    comma = next((j for j in range(a + 1, min(sent.end, a + 8)) if w.text[j] == ","), None)
    if comma is None or comma == a + 1:
        return None
    name_start = a + 2 if w.pos[a + 1] == DET else a + 1
    name = w.span_text(name_start, comma)
    m = mention_index(sent.doc).get(name_start)
    for candidate in (name, m["canonical"] if m else None):
        if is_outlet(candidate):
            return a, comma, canonical_outlet(candidate)
    return None


def _source(sent: Span, i: int) -> str | None:
    # "selon La Tribune" -> the entity right after the preposition; "selon des sources" -> no named source
    idx = mention_index(sent.doc)
    for tok in sent[i : min(len(sent), i + 3)]:
        m = idx.get(tok.i)
        if m:
            # an outlet by its first listed name, however it is cited ("selon CorSport", "Pour le CorSport,")
            return canonical_outlet(m["canonical"]) if is_outlet(m["canonical"]) else m["canonical"]
        if tok.pos_ not in ("DET", "PROPN", "X"):
            return None
    tok = sent[i]
    if tok.pos_ in ("PROPN", "X"):
        return sent.doc[tok.left_edge.i : tok.right_edge.i + 1].text
    return None


def trigger_cues(trigger: Token, sent: Span) -> list[str]:
    """Cue words on the trigger's own path: conditional mood, projection verbs, governing rumour nouns."""
    c = cues()
    w = token_strings(sent.doc)
    found = []
    path = governors(w, trigger.i, sent)
    # a modal hedges its infinitive ("peut racheter"), not an adverbial clause the parse hung on it ("et peut
    # être de l'industrie (...) en s'offrant WhatsApp")
    loose = {
        up
        for low, up in zip(path, path[1:], strict=False)
        if w.lemma[up].lower() in c.modals and w.dep[low] in ("advcl", "parataxis")
    }
    # "Amazon a déclaré qu'il ne paierait plus que 1,42 milliard": a conditional a past statement governs is
    # the future seen from the past (concordance des temps), not a possibility
    told = {
        low
        for low, up in zip(path, path[1:], strict=False)
        if w.dep[low] == "ccomp" and w.lemma[up].lower() in c.statement_verbs and _past(w, up)
    }
    # a target noun hedges the figure that is its own complement ("un objectif de 1,6 milliard")
    targets = {
        up
        for low, up in zip(path, path[1:], strict=False)
        if w.lemma[up].lower() in c.targets
        and w.dep[low] == "nmod"
        and (w.pos[low] == NUM or any(w.dep[k] == "nummod" for k in w.children[low]))
    }
    found += [w.text[i] for i in sorted(targets)]
    # ... and one that is the subject of a verb on the figure's path states a forecast ("le consensus LSEG
    # donnait 52,9 milliards", "les prévisions tablaient sur 3 %")
    # (the parse may make the forecaster's name the subject: "consensus" then hangs on "LSEG")
    subjects = [k for up in path[1:] for k in w.children[up] if w.dep[k] == "nsubj"]
    found += [
        w.text[t]
        for k in subjects
        for t in (k, *w.children[k])
        if w.lemma[t].lower() in c.targets and t <= k and w.text[t] not in found
    ]
    for i in _with_aux(w, path):
        future_in_past = i in told or w.head[i] in told and w.dep[i].startswith("aux")
        if c.conditional and is_conditional(w, i, c) and not future_in_past:
            found.append(w.text[i])
        elif (
            i != trigger.i
            and i not in loose
            and _governing_cue(w, i, c)
            and not _done(w, i, c)
            and not _planned(w, i, c)
        ):
            found.append(w.text[i])
        elif i == trigger.i and w.lemma[i].lower() in c.own:
            found.append(w.text[i])
    return found


def object_relative_cues(node: Token) -> list[str]:
    """The conditional of a relative clause whose relative pronoun is its object, on ``node`` (the trigger or
    its figure): "un rachat estimé à 30 milliards que Google ferait" is the deal Google would make."""
    c = cues()
    w = token_strings(node.doc)
    found = []
    for r in w.children[node.i]:
        if w.dep[r] != "acl:relcl" or not any(
            w.dep[g] == "obj" and "Rel" in w.feat(g, "PronType") for g in w.children[r]
        ):
            continue
        found += [w.text[v] for v in _with_aux(w, [r]) if c.conditional and is_conditional(w, v, c)]
    return found


def _governing_cue(w: TokenStrings, i: int, c: Cues) -> bool:
    lemma = w.lemma[i].lower()
    if c.governing_forms:
        # the word after the form, or after an adverb between ("qui table également sur")
        after = [
            w.lower[j] for j in (i + 1, i + 2) if j < len(w.lower) and (j == i + 1 or w.pos[i + 1] == ADV)
        ]
        if any((w.lower[i], a) in c.governing_forms for a in [*after, ""]):
            return True
    return lemma in c.governing or lemma in c.governing_adjectives and w.pos[i] == ADJ


def _planned(w: TokenStrings, i: int, c: Cues) -> bool:
    """ "L'acquisition doit lui coûter 5,3 milliards", "le plan doit permettre de réduire les coûts de 2,15
    milliards": a plan modal in the present indicative states what is set, not a possibility ("devrait" is)."""
    if w.lemma[i].lower() not in c.plan_modals or is_conditional(w, i, c):
        return False
    return "Pres" in w.feat(i, "Tense") and "Ind" in w.feat(i, "Mood")


def _done(w: TokenStrings, i: int, c: Cues) -> bool:
    """ "a pu enregistrer", "a dû céder", "devait être": a modal in a past tense reports what happened or what
    was set, not a possibility ("envisageait un prix" is still a possibility)."""
    if w.lemma[i].lower() in c.settled:
        kids = w.children[i]
        return any(w.dep[k] == "aux:pass" for k in kids) and any(w.dep[k] == "aux:tense" for k in kids)
    if w.lemma[i].lower() not in c.modals:
        return False
    if "Past" in w.feat(i, "Tense") and "Part" not in w.feat(i, "VerbForm"):
        return True  # passé simple
    if "Imp" in w.feat(i, "Tense") and "Ind" in w.feat(i, "Mood"):
        return True  # "le montant devait être compris entre...": what was set, in the past
    # a compound past ("a dû", "avait été négocié"), whatever the tagger made of the participle's form
    return any(w.dep[c] == "aux:tense" for c in w.children[i])


def negated(trigger: Token, sent: Span, extra: list[Token]) -> bool:
    """A "ne ... pas" on the trigger or the verbs governing it, or "aucun" on the trigger or its amount."""
    c = cues()
    w = token_strings(sent.doc)
    # Up to the first verb the fact is the subject of: what is denied of a deal named as a subject is another
    # predicate ("Le chèque de 32 milliards ne fait pas de mal", "Le rachat ne concerne pas les activités belges")
    chain = governors(w, trigger.i, sent)[:3]
    for k in range(len(chain) - 1):
        if w.dep[chain[k]] in ("nsubj", "nsubj:pass"):
            chain = chain[: k + 1]
            break
    for i in _with_aux(w, chain):
        kids = [w.lower_apos[k] for k in w.children[i]]
        if any(k in c.negation_particles for k in kids) and (
            any(
                k in c.negation_words and not _restrictive(w, j, c)
                for j, k in zip(w.children[i], kids, strict=True)
            )
            or _next_negator(w, i, c)
        ):
            return True
    for tok in [trigger.i, *(t.i for t in extra)]:
        if any(w.lower[k] in c.negation_dets for k in w.children[tok] if w.dep[k] == "det"):
            return True
    return False


def _next_negator(w: TokenStrings, i: int, c: Cues) -> bool:
    # "n'a pas investi": "pas" may hang off the auxiliary or sit right after it
    return any(
        w.lower[j] in c.negation_words and not _restrictive(w, j, c)
        for j in range(i + 1, min(len(w.lower), i + 3))
    )


def _restrictive(w: TokenStrings, j: int, c: Cues) -> bool:
    """ "il ne paierait plus que 1,42 milliard": "ne ... plus que" says only, it denies nothing."""
    return j + 1 < len(w.lower) and w.lower_apos[j + 1] in c.restrictive_que


def _past(w: TokenStrings, i: int) -> bool:
    """A verb in a past tense: compound ("a déclaré"), simple past or imperfect."""
    tense = w.feat(i, "Tense")
    return "Past" in tense or "Imp" in tense or any(w.dep[k] == "aux:tense" for k in w.children[i])


def is_conditional(w: TokenStrings, i: int, c: Cues) -> bool:
    if "Cnd" in w.feat(i, "Mood"):
        return True
    # the tagger reads some conditionals as imperfects ("ferait"): trust the ending then; and some as presents
    # ("apporteraient"), a tense that never ends in -rait/-raient
    tense = w.feat(i, "Tense")
    if "Imp" in tense:
        return w.lower[i].endswith(c.conditional_suffixes) or conditional_of(w.lower[i], w.lemma[i].lower())
    return "Pres" in tense and w.lower[i].endswith(("rait", "raient"))


def reported_by(
    trigger: Token, sent: Span, incises: list[int] | None = None, parties: frozenset[str] = frozenset()
) -> tuple[str, str | None] | None:
    """(cue, source) when a news outlet or an unnamed source reports the trigger's clause: "Le Wall Street
    Journal évoque un rachat", "Bloomberg estime que X lèverait", "une source affirme que...". The source is
    the reporting verb's subject, or the outlet named right before it when the parse splits the sentence.
    An organisation that is none of the claim's ``parties`` (canonical names) and gives its estimate ("La
    CGT estime que 1 500 emplois sont menacés") is a source too (sources.yaml ``estimate_verbs``)."""
    src = sources()
    idx = mention_index(sent.doc)
    w = token_strings(sent.doc)
    if incises is None:
        incises = reporting_incises(sent)
    for i in governors(w, trigger.i, sent)[1:] + [trigger.i] + incises:
        forms = (w.lemma[i].lower(), _infinitive(w.lower[i]))
        reporting = any(f in src.reporting_verbs for f in forms)
        estimate = any(f in src.estimate_verbs for f in forms)
        if not (reporting or estimate):
            continue
        subjects = [c for c in w.children[i] if w.dep[c] in ("nsubj", "nsubj:pass")]
        if not subjects and w.dep[i] == "conj" and sent.start <= w.head[i] < sent.end:
            # "La CGT dénonce un plan de casse et estime que...": the first verb's subject
            subjects = [c for c in w.children[w.head[i]] if w.dep[c] in ("nsubj", "nsubj:pass")]
        # an inverted subject after the verb, which the parse often makes its object: "..., ont dit ces
        # sources", "..., affirme la presse britannique"
        if i in incises:
            subjects += [c for c in w.children[i] if c > i and w.dep[c] in ("obj", "nsubj", "nsubj:pass")]
            # "..., rapporte dimanche le Financial Times": a date word between the verb and its subject
            # (not a name a preposition brings: "a déclaré lundi à l'AFP Bernard Arnault")
            for n in range(i + 1, min(sent.end, i + 5)):
                if w.pos[n] == ADP:
                    break
                if idx.get(n) is not None:
                    subjects.append(n)
                    break
        j = i - 1
        while j >= sent.start and w.pos[j] in (ADV, AUX, PART):
            j -= 1
        if j >= sent.start:
            subjects.append(j)
        # "la CGT évoque 1 100 suppressions", "le syndicat des pilotes SNPL évoque": a union's count
        speakers = [
            m["canonical"]
            for subj in subjects
            if (m := idx.get(subj)) is not None
            and src.is_third_party(m["canonical"])
            and m["canonical"] not in parties
        ]
        if speakers:
            return w.text[i], speakers[0]
        for subj in subjects:
            m = idx.get(subj)
            if m is not None and m.get("outlet"):
                return w.text[i], m["canonical"]
            if subj < i and i not in incises:
                if w.lemma[subj].lower() in src.third_party_nouns:
                    # "Le syndicat Sud affirme": the name its noun governs; "les syndicats": none
                    kids = [c for c in w.children[subj] if w.dep[c] in ("appos", "flat:name", "nmod")]
                    # "le syndicat des pilotes SNPL": the name may hang on the noun's complement
                    kids += [
                        g for c in kids for g in w.children[c] if w.dep[g] in ("appos", "flat:name", "nmod")
                    ]
                    named = [idx.get(c) for c in kids]
                    name = next(
                        (n["canonical"] for n in named if n is not None and n["canonical"] not in parties),
                        None,
                    )
                    return w.text[i], name
                # a named organisation only when the verb says an estimate ("la CGT estime que"), not a
                # statement ("Stellantis affirme que sa filiale Leapmotor vendra...")
                if estimate and m is not None and m.get("label") == "ORG" and m["canonical"] not in parties:
                    return w.text[i], m["canonical"]
            if not reporting:
                continue
            if m is None and w.lemma[subj].lower() in src.source_nouns:
                return w.text[i], None  # "une source", not "l'Agence des participations de l'État"
            if w.lemma[subj].lower() in src.outlet_nouns:
                # "rapporte le site Apple Insider": the outlet named after its noun
                after = next((m for t in range(subj + 1, min(sent.end, subj + 4)) if (m := idx.get(t))), None)
                if after is not None and after.get("outlet"):
                    return w.text[i], after["canonical"]
    return None


def reporting_incises(sent: Span) -> list[int]:
    """Verbs of a reporting incise, which the parse hangs anywhere: "..., ont dit ces sources", "..., affirme
    la presse britannique" (a comma, perhaps an auxiliary, the verb, then its subject). Read once per sentence
    and passed to :func:`reported_by` for each of its claims."""
    w = token_strings(sent.doc)
    out = []
    for i in range(sent.start + 1, sent.end - 1):
        j = i - 1
        while j > sent.start and w.pos[j] == AUX:
            j -= 1
        # a closing bracket ends the clause as a comma does: "(1,87 milliard d'euros) rapporte le Financial Times"
        # (right after it: "Kering (PRTP.PA) a annoncé" is the company's own verb)
        bracket = w.lower[j] == ")" and j == i - 1
        if (w.lower[j] == "," or bracket) and w.pos[i] in (VERB, AUX) and w.pos[i + 1] in (DET, PROPN, NOUN):
            out.append(i)
    return out


def _infinitive(low: str) -> str | None:
    # the lemmatizer leaves some present forms alone ("estime" for estimer)
    for ending in ("ent", "es", "e"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return low[: -len(ending)] + "er"
    return None
