"""Reading the dependency parse: logical subjects and objects, prepositions, passives, governing verbs.

The French model's parse is noisy (a name tagged AUX, an oblique hung on the wrong verb); these helpers
read it the way the role strategies need, and nothing else (no mentions, no frames).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.symbols import ADJ, ADV, AUX, CCONJ, DET, NOUN, NUM, PROPN, PUNCT, VERB
from spacy.tokens import Doc, Span, Token

from .entities import SENTENCE_ENDS, line_start
from .lexicon import grammar
from .tokens import TokenStrings, token_strings

SUBJ_DEPS = ("nsubj", "nsubj:pass", "csubj")
OBL_DEPS = ("obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "acl", "obj", "iobj", "advcl")
# relations through which a noun is the complement of the verb it depends on
COMPLEMENT_DEPS = ("obj", "obl", "obl:arg", "obl:mod", "nmod", "xcomp", "nsubj:pass", "nsubj", "appos", "acl")


def norm(text: str) -> str:
    return text.lower().replace("’", "'")


# The readers below work on token positions and the doc's token lists (:mod:`factx.pipeline.tokens`), the
# public ones taking and giving Token objects: they run for every claim draft and role strategy.


def is_passive(tok: Token) -> bool:
    return passive_at(token_strings(tok.doc), tok.i)


def passive_at(w: TokenStrings, i: int) -> bool:
    """Token ``i`` is a passive verb (see :func:`is_passive`)."""
    dep, kids = w.dep, w.children[i]
    if any(dep[c] == "aux:pass" for c in kids):
        # "Lumen Médias serait entré en négociations": a verb whose compound tenses take être, with no "avoir
        # été", is active whatever the parse says
        # (an agent keeps it a passive: "le dossier est monté par la banque")
        return w.lemma[i].lower() not in grammar().etre_verbs or any(
            dep[c] == "aux:tense" and w.lemma[c] == "avoir" or dep[c] == "obl:agent" for c in kids
        )
    if any(dep[c] == "nsubj:pass" for c in kids):
        # "EDF n'a pas racheté Areva" is sometimes parsed nsubj:pass; "avoir" says active
        return not any(dep[c] == "aux:tense" and w.lemma[c] == "avoir" for c in kids)
    # a bare past participle ("Fondée en 2015, ...", "ChatGPT (alimenté par GPT-3)") reads as a passive; the
    # tagger also calls some finite verbs participles ("Cisco débourse": Tense=Pres|VerbForm=Part), which an
    # active subject or a present tense gives away
    return (
        "Part" in w.feat(i, "VerbForm")
        and "Pres" not in w.feat(i, "Tense")
        and not any(dep[c].startswith("aux") or dep[c] == "nsubj" for c in kids)
        and not finite_at(w, i)
    )


def heads_above(w: TokenStrings, i: int, most: int = 64) -> list[int]:
    """The heads above token ``i`` up to its root, ``i`` excluded (at most ``most``: a broken parse may cycle)."""
    out: list[int] = []
    while w.head[i] != i and len(out) < most:
        i = w.head[i]
        out.append(i)
    return out


def finite_at(w: TokenStrings, i: int) -> bool:
    """Token ``i`` is a finite verb, whatever the tagger says: "déboursera" is tagged a past participle at
    times, but no participle is written so (grammar.yaml ``finite_endings``)."""
    return "Fin" in w.feat(i, "VerbForm") or w.lower_norm[i].endswith(grammar().finite_endings)


def prep_matches(tok: Token, prep: str) -> bool:
    """The words right before the phrase of ``tok`` are ``prep`` ("dans OpenAI", "en faveur de la start-up")."""
    return _prep_at(tok.doc, token_strings(tok.doc), tok.i, prep)


def _prep_at(doc: Doc, w: TokenStrings, i: int, prep: str) -> bool:
    words = _words(prep)
    start = w.left_edge(doc, i)
    if start + len(words) > i:
        return False
    g = grammar()
    return all(w.norm[start + k] in g.prep_forms(x) for k, x in enumerate(words))


@lru_cache(maxsize=1024)
def _words(prep: str) -> tuple[str, ...]:
    return tuple(prep.split())


def logical(tok: Token, which: str, depth: int = 0) -> list[Token]:
    """Tokens filling the logical subject ("subj") or object ("obj") of verb ``tok``, climbing control verbs."""
    doc = tok.doc
    return [doc[c] for c in _logical(doc, token_strings(doc), tok.i, which, depth)]


def _root_before(w: TokenStrings, i: int) -> list[int]:
    """ "Telvia a finalisé lundi l'acquisition": a capitalised name opening the sentence right before the verb and
    its auxiliaries, which the parse made a root of its own, is the verb's subject."""
    j = i - 1
    while j >= 0 and w.head[j] == i and w.dep[j].startswith("aux"):
        j -= 1
    g = grammar()
    if (
        j >= 1
        and w.head[j] == i
        and w.lower_apos[j] in g.latter
        and w.lower_apos[j - 1] in g.demonstrative
        and (line_start(w, j - 1) or w.text[j - 2] in SENTENCE_ENDS - {":"})
    ):
        # "Ce dernier prévoit d'acquérir...", parsed as the verb's modifiers: the latter is its subject
        return [j]
    while j >= 0 and w.dep[j] == "flat:name" and w.head[j] < j:
        j = w.head[j]
    if j < 0 or w.head[j] != j or not w.text[j][:1].isupper() or w.pos[j] not in (PROPN, NOUN):
        return []
    # the sentence's first word as written, not as parsed (the parse may start one inside "Le fonds Aubrac
    # Capital": the name may close a noun phrase of a few words that opens the sentence)
    # (not after a colon: "X : Telvia a finalisé" may be a headline's run-in)
    k = j
    while (
        k > max(0, j - NAME_OPENING_WORDS)
        and not line_start(w, k)
        and w.pos[k - 1] in (DET, NOUN, ADJ, PROPN)
    ):
        k -= 1
    return [j] if line_start(w, k) or w.text[k - 1] in SENTENCE_ENDS - {":"} else []


def _logical(doc: Doc, w: TokenStrings, i: int, which: str, depth: int = 0) -> list[int]:
    dep, pos, kids, head = w.dep, w.pos, w.children[i], w.head[i]
    passive = passive_at(w, i)
    out: list[int] = []
    if which == "subj":
        if passive:
            out = [c for c in kids if dep[c].startswith(("obl", "nmod")) and _prep_at(doc, w, c, "par")]
        else:
            out = [c for c in kids if dep[c] in ("nsubj", "csubj", "nsubj:pass")]
            if not out:
                # "Autodesk rachète l'éditeur": an unknown name right before the verb, left unattached ("dep") by
                # the parse, is its subject (not a place: "PARIS (Reuters) - ..." is a dateline)
                out = [
                    c
                    for c in kids
                    if c < i
                    and dep[c] == "dep"
                    and (pos[c] == PROPN or doc[c].ent_type_)
                    and doc[c].ent_type_ != "LOC"
                    and not any(dep[g] == "case" for g in w.children[c])
                    and not any(pos[j] == PUNCT for j in range(c + 1, i))
                ][-1:]
            if not out:
                out = _root_before(w, i)
    else:
        if passive:
            out = [c for c in kids if dep[c] in SUBJ_DEPS]
            if not out and dep[i] in ("acl", "amod", "advcl") and i >= 2 and w.text[i - 1] == ",":
                if pos[i - 2] == PROPN or doc[i - 2].ent_type_:
                    # "depuis LinkedIn, acquis 26 milliards en 2016": a participle set off by a comma
                    # describes the name right before it, wherever the parse hung it
                    out = [i - 2]
            if not out and dep[i] in ("acl", "amod") and head < i:
                out = [head]  # "ChatGPT (alimenté par GPT-3)": the participle's noun
        else:
            out = [c for c in kids if dep[c] in ("obj", "iobj") and pos[c] != NUM]
            # "s'offre Ventalis": an unknown name after the verb may be parsed as its complement, even tagged a verb
            out += [
                c
                for c in kids
                if dep[c] == "xcomp"
                and (pos[c] == PROPN or c > i and doc[c].ent_type_ and w.text[c][:1].isupper())
            ]
            if not out:
                # "avoir racheté WhatsApp, une des applications...": a name right after the verb with no case
                # word is its object, whatever relation the parse gave it (obl:mod)
                out = [
                    c
                    for c in kids
                    if 0 < c - i <= 2
                    and (pos[c] == PROPN or pos[c] == NOUN and doc[c].ent_type_)
                    and dep[c].startswith(("obl", "nmod", "dep"))
                    and not any(dep[g] == "case" for g in w.children[c])
                ]
    if out or depth > 3 or head == i:
        return out
    # control and raising ("va investir", "cherche à racheter", "devrait obtenir"), coordination
    if which == "subj" and dep[i] in ("xcomp", "conj") and pos[head] in (VERB, AUX):
        return _logical(doc, w, head, "subj", depth + 1)
    # a past infinitive ("après avoir pris") has its infinitive on the auxiliary
    infinitive = "Inf" in w.feat(i, "VerbForm") or any(
        dep[c].startswith("aux") and "Inf" in w.feat(c, "VerbForm") for c in kids
    )
    if (
        which == "subj"
        and dep[i] == "advcl"
        and infinitive
        and (pos[head] == VERB or any(dep[c] == "cop" for c in w.children[head]))
    ):
        # "Tencent injecte 1,16 milliard pour acquérir 25 %": an infinitive clause shares its verb's subject; so
        # it does a copular predicate's ("Ardian pourrait être en discussions avec Pierre Durand pour acquérir
        # 60 %": not the name its complement brings)
        return _logical(doc, w, head, "subj", depth + 1)
    if which == "subj" and dep[i] == "acl" and head < i and pos[head] == NOUN and finite_at(w, i):
        # "Le réseau social déboursera 16 milliards", parsed as a noun the verb describes: a finite verb with
        # no subject of its own (a relative clause has its pronoun) is the noun's main verb
        return [head]
    if which == "subj" and dep[i] in ("acl", "xcomp", "nmod") and pos[head] == NOUN:
        # "la décision de Meta de licencier": the noun's "de" complement decides
        owner = [c for c in w.children[head] if dep[c].startswith("nmod") and _prep_at(doc, w, c, "de")]
        if owner or "Inf" not in w.feat(i, "VerbForm"):
            return owner
        # "serait proche de conclure un accord en vue de racheter Slack": an infinitive of a noun with no owner
        # of its own is done by the subject of the clause the noun belongs to
        return _clause_subject(w, head)
    if which == "obj" and dep[i] == "conj" and pos[head] == VERB:
        return _logical(doc, w, head, "obj", depth + 1)
    if which == "obj" and passive and dep[i] == "xcomp" and pos[head] in (VERB, AUX):
        # "Slack vient d'être avalée par Salesforce", "Zeta doit être rachetée": the governing verb's subject
        return [c for c in w.children[head] if dep[c] in ("nsubj", "nsubj:pass")]
    return out


def _clause_subject(w: TokenStrings, i: int) -> list[int]:
    """The subject of the clause ``i`` belongs to, up through complements and control ("proche de conclure")."""
    for _ in range(5):
        subj = [c for c in w.children[i] if w.dep[c] in ("nsubj", "nsubj:pass")]
        if subj:
            return subj
        if w.head[i] == i or w.dep[i] not in ("nmod", "obj", "obl", "obl:mod", "obl:arg", "xcomp"):
            return []
        i = w.head[i]
    return []


def by_spec(trigger: Token, pos: str, specs: tuple[str, ...]) -> list[Token]:
    """Candidate tokens of a role from the tree, in the order of the frame's hints (subj, obj, prepositions)."""
    doc = trigger.doc
    w = token_strings(doc)
    i, dep, kids = trigger.i, w.dep, w.children[trigger.i]
    out: list[int] = []
    # a verb the parse hung as a function word ("valorisant VMware à 61 milliards": mark) has no tree of use
    mistagged = pos == "verb" and (w.pos[i] not in (VERB, AUX) or dep[i] in MISPARSED_VERB_DEPS)
    for spec in specs:
        if spec in ("subj", "obj"):
            if pos == "verb":
                found = _logical(doc, w, i, spec) or (_linear(doc, w, i, spec) if mistagged else [])
                out += found or (_misread_name(doc, w, i) if spec == "obj" else [])
            elif spec == "subj":
                out += [c for c in kids if dep[c] in ("nsubj", "nsubj:pass")]
        else:
            out += [c for c in kids if dep[c] in OBL_DEPS and _prep_at(doc, w, c, spec)]
    return [doc[c] for c in out]


# words that may stand between a verb and its object or subject in plain word order
_SKIP_LINEAR = (DET, ADV)
# relations a verb never has: the parse around a verb trigger given one is of no use
MISPARSED_VERB_DEPS = frozenset({"mark", "case", "det", "cc"})


def opening_word(w: TokenStrings, start: int, end: int) -> int:
    """The word opening the sentence ``start..end``: past at most two adverbs, punctuation marks or
    conjunctions ("Déjà valorisée...", "« Fondée en 2015"); ``end`` for none."""
    i = start
    while i < min(end, start + 2) and w.pos[i] in (ADV, PUNCT, CCONJ):
        i += 1
    return i if i < end else end


def _misread_name(doc: Doc, w: TokenStrings, i: int) -> list[int]:
    """ "Vivendi serait en discussions pour racheter Prisa": the tagger read the unknown name as a verb
    ("priser") and the verb is left with no object. A capitalised word right after the verb, inside the
    sentence and outside any entity, is its object all the same."""
    j = i + 1
    while j < len(w.text) and w.pos[j] == ADV:
        j += 1
    # (an entity the model found is read as a mention already; the head test keeps j in i's sentence)
    if j >= len(w.text) or not w.text[j][:1].isupper() or doc[j].ent_type_:
        return []
    return [j] if w.head[j] == i else []


def _linear(doc: Doc, w: TokenStrings, i: int, which: str) -> list[int]:
    """A verb trigger the tagger took for a noun ("ce qui valorise Tiffany à 16 milliards", "l'offre valorise
    Zeta"): its parse is of no use, so read plain word order. The object is the noun right after it (or the
    clitic right before it), the subject the nearest noun before it in the same stretch of words."""
    sent = doc[i].sent
    if which == "obj":
        if i - 1 >= sent.start and w.norm[i - 1] in grammar().object_clitics:
            return [i - 1]
        for j in range(i + 1, min(sent.end, i + 4)):
            if w.pos[j] in (NOUN, PROPN):
                return [j]
            if w.pos[j] not in _SKIP_LINEAR:
                break
        return []
    for j in range(i - 1, max(sent.start - 1, i - 6), -1):
        if w.norm[j] in grammar().object_clitics or w.pos[j] in _SKIP_LINEAR:
            continue
        if w.norm[j] in grammar().relative:
            found = antecedent(doc[j])
            return [found.i] if found is not None else []
        return [j] if w.pos[j] in (NOUN, PROPN) else []
    return []


def governing_verb(noun: Token) -> Token | None:
    """The verb whose complement a trigger noun is, through at most two nouns ("l'extension de son partenariat")."""
    tok = noun
    for _ in range(4):
        if tok.head.i == tok.i or tok.dep_ not in COMPLEMENT_DEPS:
            return None
        tok = tok.head
        # a bare participle ("partenariat signé en 2019, avec un financement") only describes its noun
        if tok.pos_ in ("VERB", "AUX") and not (tok.dep_ == "acl" and is_passive(tok)):
            return tok
    return None


def antecedent(rel: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of its clause (unless the parse hung the clause on a
    verb), else the nearest noun on its left (a place after "de" stands for the noun it completes: "son usine de
    Douai, qui emploie" is the plant)."""
    clause = rel.head
    nearest = _nearest_noun(rel)
    if clause.dep_.startswith("acl") and clause.head.i < rel.i and clause.head.pos_ not in ("VERB", "AUX"):
        head = clause.head
        if head.ent_type_ == "LOC" and nearest is not None and nearest.ent_type_ not in ("", "LOC"):
            return nearest  # "à Roubaix par la famille Delcourt, qui détient": the name right before, not the town
        if (site := _site_of_town(head)) is not None:
            return site  # "son usine de Blanquefort (Gironde), qui compte 850 salariés": the plant
        return head  # "racheter Cerba, qui pesait": the parse may hang the clause on the verb
    return nearest


def _site_of_town(t: Token) -> Token | None:
    """The noun a place completes, written right before it ("l'usine de Douai", "son site de Saint-Étienne"),
    whatever the parse hung the place on; None when ``t`` is no such place."""
    if t.ent_type_ != "LOC":
        return None
    doc, k = t.doc, t.i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1  # the place's first word
    if k >= 2 and doc[k - 1].lower_.replace("’", "'") in ("de", "d'") and doc[k - 2].pos_ == "NOUN":
        return doc[k - 2]
    return None


def _nearest_noun(rel: Token) -> Token | None:
    for j in range(rel.i - 1, max(-1, rel.i - 4), -1):
        t = rel.doc[j]
        if t.pos_ in ("NOUN", "PROPN", "X"):
            if (site := _site_of_town(t)) is not None:
                return site  # "son usine de Douai, qui emploie": the plant, not its town
            return t
        if t.pos_ not in ("PUNCT", "ADP", "DET"):
            break
    return None


def clause_head(tok: Token, lo: int, hi: int) -> Token:
    """The verb (or root) heading ``tok``'s clause, staying inside the sentence bounds [lo, hi)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") and cur.i != tok.i or cur.head.i == cur.i:
            return cur
        if not lo <= cur.head.i < hi:
            return cur
        cur = cur.head
    return cur


def path_to_root(tok: Token, lo: int, hi: int, most: int = 12) -> list[Token]:
    """``tok`` and its heads up to the sentence's root, inside [lo, hi)."""
    out = [tok]
    cur = tok
    for _ in range(most):
        if cur.head.i == cur.i or not lo <= cur.head.i < hi:
            break
        cur = cur.head
        out.append(cur)
    return out


def determiner_of(noun: Token) -> Token | None:
    w = token_strings(noun.doc)
    c = next((c for c in w.children[noun.i] if w.dep[c] == "det"), None)
    return noun.doc[c] if c is not None else None


def is_possessive(det: Token | None) -> bool:
    if det is None:
        return False
    w = token_strings(det.doc)
    return "Yes" in w.feat(det.i, "Poss") or w.norm[det.i] in grammar().possessive


NAME_OPENING_WORDS = 4  # "Le fonds Aubrac Capital", "La jeune pousse lyonnaise Brenac": words before the name
INCISE_OPENERS = ("qui", "dont", "que", "qu'", "lequel", "laquelle", "lesquels", "lesquelles")
INCISE_MAX = 25  # tokens
_INCISE_POS = (ADV, DET, NOUN, ADJ, VERB)  # an aside opening on such a word is a description


def incises(sent: Span, named: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Token ranges of the asides between commas that describe the name (or described noun) right before them ("Tencent, déjà
    actionnaire d'Ubisoft depuis 2018, injecte...", "Carrefour, qui détient 20 % du marché, a..."): the main
    clause's roles and dates are not in them. Read on the words, not the parse, which such asides often break.
    An enumeration ("Onepoint, Butler Industries et Econocom") opens on a name and is no aside."""
    w = token_strings(sent.doc)
    text = w.text
    out: list[tuple[int, int]] = []
    i = sent.start
    while i < sent.end - 2:
        if text[i] == "," and i - 1 >= sent.start and _describes(w, sent, i, named):
            opens = w.lower[i + 1] in INCISE_OPENERS or (w.pos[i + 1] in _INCISE_POS and not named(i + 1))
            close = next(
                (j for j in range(i + 2, min(sent.end - 1, i + 1 + INCISE_MAX)) if text[j] == ","), None
            )
            if opens and close is not None and not any(text[j] in (";", ":") for j in range(i + 1, close)):
                out.append((i + 1, close))
                i = close
                continue
        i += 1
    return out


def _describes(w: TokenStrings, sent: Span, comma: int, named: Callable[[int], bool]) -> bool:
    """What stands before ``comma`` may have an aside: a name, a described noun and its adjectives, or the noun
    phrase the sentence opens with before a relative pronoun ("Le sous-traitant toulousain, qui équipe ...,")."""
    if named(comma - 1):
        return True
    j = comma - 1
    while j > sent.start and w.pos[j] == ADJ:
        j -= 1
    if j < comma - 1 and named(j):
        return True
    return (
        w.pos[j] == NOUN
        and w.lower[comma + 1] in INCISE_OPENERS
        and all(w.pos[t] == DET for t in range(sent.start, j))
    )


def brackets(strings: TokenStrings, a: int, b: int) -> list[tuple[int, int]]:
    """Token positions of each outermost "(" and its ")" between ``a`` and ``b``."""
    out: list[tuple[int, int]] = []
    depth, start = 0, -1
    for i in range(a, b):
        if strings.text[i] == "(":
            depth += 1
            if depth == 1:
                start = i
        elif strings.text[i] == ")" and depth:
            depth -= 1
            if not depth:
                out.append((start, i))
    return out
