"""The ``factx_parse_repair`` component: mends two parse errors the French model makes often.

"Fondée en 2016 par Inès Morel et Paul Ardent, Solvane a réalisé un chiffre d'affaires de 80 millions":
about one sentence in eight that opens with a participle's clause is parsed with the participle as the root,
the company after the comma as its complement and the main verb as a second root (or a parataxis). Every
later stage then misses the main clause's subject, and the founding its company. The repair gives the tree
its French shape: the finite verb is the root, the participle's clause an adverbial of it, and the name
between the comma and the verb that verb's subject.

"402 postes vont être supprimés", "122 salariés vont perdre leur emploi": the near future's "aller" is parsed as
the main verb, its infinitive as a complement, so the figure is the subject of "aller", not of the fact's verb.
The repair makes the infinitive the clause's verb and "aller" its auxiliary, as "seront supprimés" has one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import data
from .hedging import cues
from .sentences import lexical_sentence_bounds

# what the parse may have made of the main verb when the participle took the root
_MAIN_DEPS = ("ROOT", "parataxis", "conj", "ccomp", "advcl", "acl", "xcomp")
# what it may have made of the main clause's subject
_SUBJECT_DEPS = ("obl:mod", "obl", "obl:arg", "nmod", "appos", "obj", "dep", "conj", "flat:name")


def repair(doc: Doc) -> Doc:
    if not doc.has_annotation("DEP"):
        return doc
    for a, b in lexical_sentence_bounds(doc):
        _opening_participle(doc, a, b)
    forms = _near_future_forms()  # (the lemmatizer runs later: the forms are read)
    for tok in doc:
        if tok.lower_ in forms and tok.pos_ in ("VERB", "AUX"):
            _near_future(tok)
    return doc


@cache
def _near_future_forms() -> frozenset[str]:
    """grammar.yaml ``near_future_forms``: the forms of "aller" that make the near future."""
    return frozenset(str(f) for f in data.load("grammar").get("near_future_forms") or [])


def _near_future(aller: Token) -> None:
    """ "vont être supprimés": the infinitive (or the participle an infinitive auxiliary carries) right after
    "aller", its complement in the parse, becomes the clause's verb and takes "aller"'s other dependents."""
    verb = next(
        (
            c
            for c in aller.children
            if c.dep_ == "xcomp"
            and 0 < c.i - aller.i <= 4
            and not any(k.dep_ == "mark" for k in c.children)  # "va à Paris pour signer": a movement
            and (
                "Inf" in c.morph.get("VerbForm")
                or any(k.dep_.startswith("aux") and "Inf" in k.morph.get("VerbForm") for k in c.children)
            )
        ),
        None,
    )
    if verb is None or verb.lower_ in cues().modals:
        return  # "va pouvoir fermer": the modal keeps the parse it has (a future ability is no hedge)
    passive = any(k.dep_ == "aux:pass" for k in verb.children)
    verb.head, verb.dep_ = (verb if aller.head.i == aller.i else aller.head), aller.dep_
    for c in [c for c in aller.children if c.i != verb.i]:
        c.head = verb
        if c.dep_ == "nsubj" and passive:
            c.dep_ = "nsubj:pass"
    # ("aux", not "aux:tense": readers take a tense auxiliary for a compound past, "a publié")
    aller.head, aller.dep_ = verb, "aux"


def _opening_participle(doc: Doc, a: int, b: int) -> None:
    first = next((i for i in range(a, b) if not (doc[i].is_space or doc[i].is_punct)), None)
    if first is None:
        return
    part = doc[first]
    if (
        part.head.i != part.i
        or "Part" not in part.morph.get("VerbForm")
        or any(c.dep_.startswith("aux") for c in part.children)
    ):
        return
    # the main verb: a finite verb after a comma that the parse made a root of its own or hung on the participle
    main = next(
        (
            doc[i]
            for i in range(first + 1, b)
            if doc[i].pos_ in ("VERB", "AUX")
            and _finite(doc[i])
            and doc[i].dep_ in _MAIN_DEPS
            and doc[i].head.i in (i, part.i)
            and any(doc[c].text == "," for c in range(first + 1, i))
        ),
        None,
    )
    if main is None:
        return
    if not any(c.dep_ in ("nsubj", "nsubj:pass") for c in main.children):
        subject = _subject_before(doc, first, main)
        if subject is None:
            return
        subject.head, subject.dep_ = main, "nsubj:pass" if _passive(main) else "nsubj"
    main.head, main.dep_ = main, "ROOT"
    part.head, part.dep_ = main, "advcl"


def _subject_before(doc: Doc, first: int, main: Token) -> Token | None:
    """The name between the last comma before the main verb and the verb (its auxiliaries, a negation),
    which the parse hung elsewhere: "Fondée en 2016 par Inès Morel, Solvane a réalisé"."""
    j = main.i - 1
    while j > first and (doc[j].pos_ in ("AUX", "ADV", "PRON") or doc[j].lower_ in ("ne", "n'", "n’")):
        j -= 1  # "a réalisé", "n'a pas perdu", "s'est imposée"
    comma = next((c for c in range(j, first, -1) if doc[c].text == ","), None)
    if comma is None:
        return None
    n = comma + 1
    while n <= j and doc[n].pos_ == "DET":
        n += 1
    if n > j or doc[n].pos_ not in ("PROPN", "NOUN") or doc[n].dep_ not in _SUBJECT_DEPS:
        return None
    if doc[n].right_edge.i != j:
        return None  # the words before the verb are more than that name and its complements
    return doc[n]


def _finite(tok: Token) -> bool:
    """A finite verb, or a participle with a finite auxiliary ("a réalisé", "est devenue")."""
    return (
        "Fin" in tok.morph.get("VerbForm")
        or any(c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in tok.children)
        or any(
            doc_tok.pos_ == "AUX" and "Fin" in doc_tok.morph.get("VerbForm")
            for doc_tok in tok.doc[max(0, tok.i - 3) : tok.i]
        )
    )


def _passive(tok: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in tok.children)


@Language.factory("factx_parse_repair")
def make_parse_repair(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Factory maker: :func:`repair`."""
    return repair
