"""Reading the dependency parse: logical subjects and objects, prepositions, passives, governing verbs.

The French model's parse is noisy (a name tagged AUX, an oblique hung on the wrong verb); these helpers
read it the way the role strategies need, and nothing else (no mentions, no frames).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.symbols import ADJ, ADV, DET, NOUN, VERB
from spacy.tokens import Span, Token

from .lexicon import grammar
from .tokens import token_strings

SUBJ_DEPS = ("nsubj", "nsubj:pass", "csubj")
OBL_DEPS = ("obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "acl", "obj", "iobj", "advcl")
# relations through which a noun is the complement of the verb it depends on
COMPLEMENT_DEPS = ("obj", "obl", "obl:arg", "obl:mod", "nmod", "xcomp", "nsubj:pass", "nsubj", "appos", "acl")


def norm(text: str) -> str:
    return text.lower().replace("’", "'")


def is_passive(tok: Token) -> bool:
    if any(c.dep_ == "aux:pass" for c in tok.children):
        return True
    if any(c.dep_ == "nsubj:pass" for c in tok.children):
        # "EDF n'a pas racheté Areva" is sometimes parsed nsubj:pass; "avoir" says active
        return not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in tok.children)
    # a bare past participle ("Fondée en 2015, ...", "ChatGPT (alimenté par GPT-3)") reads as a passive; the
    # tagger also calls some finite verbs participles ("Cisco débourse": Tense=Pres|VerbForm=Part), which an
    # active subject or a present tense gives away
    return (
        "Part" in tok.morph.get("VerbForm")
        and "Pres" not in tok.morph.get("Tense")
        and not any(c.dep_.startswith("aux") or c.dep_ == "nsubj" for c in tok.children)
    )


def prep_matches(tok: Token, prep: str) -> bool:
    """The words right before the phrase of ``tok`` are ``prep`` ("dans OpenAI", "en faveur de la start-up")."""
    words = prep.split()
    start = tok.left_edge.i
    doc = tok.doc
    if start + len(words) > tok.i:
        return False
    g = grammar()
    return all(norm(doc[start + k].text) in g.prep_forms(w) for k, w in enumerate(words))


def logical(tok: Token, which: str, depth: int = 0) -> list[Token]:
    """Tokens filling the logical subject ("subj") or object ("obj") of verb ``tok``, climbing control verbs."""
    passive = is_passive(tok)
    out: list[Token] = []
    if which == "subj":
        if passive:
            out = [c for c in tok.children if c.dep_.startswith(("obl", "nmod")) and prep_matches(c, "par")]
        else:
            out = [c for c in tok.children if c.dep_ in ("nsubj", "csubj", "nsubj:pass")]
    else:
        if passive:
            out = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
            if not out and tok.dep_ in ("acl", "amod") and tok.head.i < tok.i:
                out = [tok.head]  # "ChatGPT (alimenté par GPT-3)": the participle's noun
        else:
            out = [c for c in tok.children if c.dep_ in ("obj", "iobj") and c.pos_ != "NUM"]
            out += [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "PROPN"]
    if out or depth > 3 or tok.head.i == tok.i:
        return out
    head = tok.head
    # control and raising ("va investir", "cherche à racheter", "devrait obtenir"), coordination
    if which == "subj" and tok.dep_ in ("xcomp", "conj") and head.pos_ in ("VERB", "AUX"):
        return logical(head, "subj", depth + 1)
    if which == "subj" and tok.dep_ == "advcl" and "Inf" in tok.morph.get("VerbForm") and head.pos_ == "VERB":
        # "Tencent injecte 1,16 milliard pour acquérir 25 %": an infinitive clause shares its verb's subject
        return logical(head, "subj", depth + 1)
    if which == "subj" and tok.dep_ in ("acl", "xcomp", "nmod") and head.pos_ == "NOUN":
        # "la décision de Meta de licencier": the noun's "de" complement decides
        return [c for c in head.children if c.dep_.startswith("nmod") and prep_matches(c, "de")]
    if which == "obj" and tok.dep_ == "conj" and head.pos_ == "VERB":
        return logical(head, "obj", depth + 1)
    return out


def by_spec(trigger: Token, pos: str, specs: tuple[str, ...]) -> list[Token]:
    """Candidate tokens of a role from the tree, in the order of the frame's hints (subj, obj, prepositions)."""
    out: list[Token] = []
    for spec in specs:
        if spec in ("subj", "obj"):
            if pos == "verb":
                out += logical(trigger, spec)
            elif spec == "subj":
                out += [c for c in trigger.children if c.dep_ in ("nsubj", "nsubj:pass")]
        else:
            out += [c for c in trigger.children if c.dep_ in OBL_DEPS and prep_matches(c, spec)]
    return out


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
    """The noun a relative pronoun stands for: the head of its clause, else the nearest noun on its left."""
    clause = rel.head
    if clause.dep_.startswith("acl") and clause.head.i < rel.i:
        return clause.head
    for j in range(rel.i - 1, max(-1, rel.i - 4), -1):
        t = rel.doc[j]
        if t.pos_ in ("NOUN", "PROPN", "X"):
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
    return next((c for c in noun.children if c.dep_ == "det"), None)


def is_possessive(det: Token | None) -> bool:
    return det is not None and ("Yes" in det.morph.get("Poss") or norm(det.text) in grammar().possessive)


INCISE_OPENERS = ("qui", "dont", "que", "qu'", "lequel", "laquelle", "lesquels", "lesquelles")
INCISE_MAX = 25  # tokens
_INCISE_POS = (ADV, DET, NOUN, ADJ, VERB)  # an aside opening on such a word is a description


def incises(sent: Span, named: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Token ranges of the asides between commas that describe the name right before them ("Tencent, déjà
    actionnaire d'Ubisoft depuis 2018, injecte...", "Carrefour, qui détient 20 % du marché, a..."): the main
    clause's roles and dates are not in them. Read on the words, not the parse, which such asides often break.
    An enumeration ("Onepoint, Butler Industries et Econocom") opens on a name and is no aside."""
    w = token_strings(sent.doc)
    text = w.text
    out: list[tuple[int, int]] = []
    i = sent.start
    while i < sent.end - 2:
        if text[i] == "," and named(i - 1) and i - 1 >= sent.start:
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
