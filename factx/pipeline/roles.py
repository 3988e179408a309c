"""Who does what to whom: a trigger's subject, object and value from the dependency parse, with fallbacks.

The French model's parse is noisy (a name tagged AUX, an oblique hung on the wrong verb), so each role is
looked up in the tree first, then by the preposition that introduces it in the words after the trigger, and
only then on the nearest entity of the sentence.
"""

from __future__ import annotations

import hashlib
import re
import weakref
from functools import cache

from spacy.tokens import Doc, Span, Token

from .. import data
from .extensions import ENTITIES
from .frames import Trigger, split_phrase
from .mentions import mention_for

PREP_FORMS = {"de": {"de", "d'", "du", "des"}, "à": {"à", "au", "aux"}, "en": {"en"}}
SUBJ_DEPS = ("nsubj", "nsubj:pass", "csubj")
OBL_DEPS = ("obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "acl", "obj", "iobj", "advcl")
NAME_DEPS = ("appos", "amod", "flat", "flat:name", "flat:foreign", "nmod", "compound", "nsubj", "fixed")
DEMONSTRATIVE_REACH = 80  # tokens: about two sentences
CAUSATIVES = {"faire", "rendre"}
ROLE_LABELS = frozenset({"ORG", "PER", "PRODUCT", "MISC"})


# token index -> position in doc.spans[ENTITIES], built once per doc: scanning the group per call made a Span
# object per entity per lookup (thousands per article). Weak keys, and only ints as values: a Span value
# would hold its doc and keep the entry (and the doc) alive forever.
_ENTITY_INDEX: weakref.WeakKeyDictionary[Doc, tuple[int, dict[int, int]]] = weakref.WeakKeyDictionary()


def entity_at(doc: Doc, i: int) -> Span | None:
    group = doc.spans.get(ENTITIES)
    if not group:
        return None
    cached = _ENTITY_INDEX.get(doc)
    if cached is None or cached[0] != len(group):  # rebuilt if the group changed since
        index = {j: k for k, span in enumerate(group) for j in range(span.start, span.end)}
        _ENTITY_INDEX[doc] = cached = (len(group), index)
    k = cached[1].get(i)
    return group[k] if k is not None else None


def mention_of(tok: Token) -> dict | None:
    """What a noun phrase headed by ``tok`` stands for: its own entity, a name in apposition, or mention_for."""
    doc = tok.doc
    if entity_at(doc, tok.i) is not None:
        return mention_for(doc, tok)
    if tok.pos_ == "PRON" and "Rel" in tok.morph.get("PronType"):
        ante = antecedent(tok)
        return mention_of(ante) if ante is not None and ante.i != tok.i else None
    # "la start-up Sunly", "la multinationale américaine Microsoft": a name right under the common noun
    for child in tok.children:
        if child.dep_ in NAME_DEPS and not any(c.dep_ == "case" for c in child.children) and child.i > tok.i:
            if entity_at(doc, child.i) is not None:
                return mention_for(doc, child)
    try:
        found = mention_for(doc, tok)
    except Exception:  # another component's resolver must not take the claim down with it
        found = None
    return found or demonstrative(tok) or proper_name(tok)


def proper_name(tok: Token) -> dict | None:
    """A capitalised head with no determiner ("Ynsect lève...") the entity finder missed: a name all the same."""
    if tok.pos_ not in ("PROPN", "NOUN", "X") or not tok.text[:1].isupper() or tok.is_stop:
        return None
    if any(c.dep_ == "det" for c in tok.children) or not tok.is_alpha:
        return None
    if common_noun(tok):
        return None
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].head.i == tok.i and tok.doc[end].dep_.startswith("flat"):
        end += 1
    text = tok.doc[tok.i : end].text
    return {"text": text, "canonical": text, "label": None}


def common_noun(tok: Token) -> bool:
    """A capitalised common noun opening a headline ("Intelligence artificielle : X lève..."), not a name:
    followed by a lowercase adjective, or a known word the tagger reads as a noun."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "ADJ" and nxt.text[:1].islower():
        return True
    return tok.pos_ == "NOUN" and tok.text[1:].islower() and tok.vocab.has_vector(tok.lower_)


def topic(sent: Span, exclude: set[int]) -> tuple[dict, Token] | None:
    """ "Mistral AI, fondée en 2023 par X, a levé...": the name opening the sentence before a comma."""
    doc = sent.doc
    i = sent.start
    while i < sent.end and doc[i].pos_ == "DET":
        i += 1
    span = entity_at(doc, i) if i < sent.end else None
    end = span.end if span is not None else i + 1
    if span is None or end >= sent.end or doc[end].text != "," or i in exclude:
        return None
    dateline = span.text.isupper() and end + 1 < sent.end and doc[end + 1].like_num
    if span.label_ == "LOC" or dateline:
        return None  # a dateline ("PARIS, 14 mai - ..."), not the sentence's topic
    m = mention_for(doc, doc[i])
    return (m, doc[i]) if m else None


def demonstrative(tok: Token) -> dict | None:
    """ "cette technologie", "ce service": the last product named shortly before (the article's topic)."""
    if tok.pos_ != "NOUN" or not any(
        "Dem" in c.morph.get("PronType") for c in tok.children if c.dep_ == "det"
    ):
        return None
    best = None
    for span in tok.doc.spans.get(ENTITIES, []):
        if span.label_ == "PRODUCT" and tok.i - DEMONSTRATIVE_REACH <= span.start < tok.i:
            if best is None or span.start > best.start:
                best = span
    return mention_for(tok.doc, tok.doc[best.start]) if best is not None else None


def antecedent(rel: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of its clause, else the nearest noun on its left."""
    clause = rel.head
    if clause.dep_.startswith("acl") and clause.head.i < rel.i:
        return clause.head
    for j in range(rel.i - 1, max(-1, rel.i - 4), -1):
        t = rel.doc[j]
        if t.pos_ in ("NOUN", "PROPN", "X") or entity_at(rel.doc, j) is not None:
            return t
        if t.pos_ not in ("PUNCT", "ADP", "DET"):
            break
    return None


def is_passive(tok: Token) -> bool:
    if any(c.dep_ == "aux:pass" for c in tok.children):
        return True
    if any(c.dep_ == "nsubj:pass" for c in tok.children):
        # "EDF n'a pas racheté Areva" is sometimes parsed nsubj:pass; "avoir" says active
        return not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in tok.children)
    # a bare past participle ("Fondée en 2015, ...", "ChatGPT (alimenté par GPT-3)") reads as a passive
    return "Part" in tok.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in tok.children)


def _prep_matches(tok: Token, prep: str) -> bool:
    # the words right before the phrase's first token: "dans OpenAI", "en faveur de la start-up", "du capital"
    words = prep.split()
    start = tok.left_edge.i
    doc = tok.doc
    if start + len(words) > len(doc):
        return False
    for k, w in enumerate(words):
        form = doc[start + k].lower_.replace("’", "'")
        if form not in PREP_FORMS.get(w, {w}):
            return False
    return start + len(words) <= tok.i


def logical(tok: Token, which: str, depth: int = 0) -> list[Token]:
    """Tokens filling the logical subject ("subj") or object ("obj") of verb ``tok``, climbing control verbs."""
    passive = is_passive(tok)
    out: list[Token] = []
    if which == "subj":
        if passive:
            out = [c for c in tok.children if c.dep_.startswith(("obl", "nmod")) and _prep_matches(c, "par")]
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
    if which == "subj" and tok.dep_ in ("xcomp", "conj") and head.pos_ in ("VERB", "AUX", "NOUN", "PROPN"):
        if head.pos_ in ("VERB", "AUX"):
            return logical(head, "subj", depth + 1)
    if which == "subj" and tok.dep_ in ("acl", "xcomp", "nmod") and head.pos_ == "NOUN":
        # "la décision de Microsoft de licencier": the noun's "de" complement decides
        return [c for c in head.children if c.dep_.startswith("nmod") and _prep_matches(c, "de")]
    if which == "obj" and tok.dep_ == "conj" and head.pos_ in ("VERB",):
        return logical(head, "obj", depth + 1)
    return out


def by_spec(trigger: Token, trig: Trigger, role: str) -> list[Token]:
    """Candidate tokens for ``role`` of a trigger from the tree, in the order of the frame's hints."""
    out: list[Token] = []
    for spec in trig.roles.get(role, ()):
        if spec in ("subj", "obj"):
            if trig.pos == "verb":
                out += logical(trigger, spec)
            elif spec == "subj":
                out += [c for c in trigger.children if c.dep_ in ("nsubj", "nsubj:pass")]
        else:
            out += [c for c in trigger.children if c.dep_ in OBL_DEPS and _prep_matches(c, spec)]
    return out


def governing_verb(noun: Token) -> Token | None:
    """The verb whose complement a trigger noun is, through at most two nouns ("l'extension de son partenariat")."""
    tok = noun
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ not in (
            "obj",
            "obl",
            "obl:arg",
            "obl:mod",
            "nmod",
            "xcomp",
            "nsubj:pass",
            "appos",
            "acl",
        ):
            return None
        tok = tok.head
        # a bare participle ("partenariat signé en 2019, avec un financement") only describes its noun
        if tok.pos_ in ("VERB", "AUX") and not (tok.dep_ == "acl" and is_passive(tok)):
            return tok
    return None


def predicate_subject(verb: Token, exclude: set[int]) -> tuple[dict, Token] | None:
    """ "ferait de Microsoft le principal actionnaire": the "de" complement of a causative verb."""
    if verb.lemma_ not in CAUSATIVES:
        return None
    return first_mention(
        [c for c in verb.children if c.dep_.startswith("obl") and _prep_matches(c, "de")], exclude
    )


def first_mention(tokens: list[Token], exclude: set[int]) -> tuple[dict, Token] | None:
    for tok in tokens:
        if tok.i in exclude:
            continue
        m = mention_of(tok)
        if m:
            return m, tok
    return None


def scan_prep(
    trigger: Token, sent: Span, preps: tuple[str, ...], exclude: set[int], stop: set[int]
) -> tuple[dict, Token] | None:
    """A mention introduced by one of ``preps`` in the words after the trigger (before the next trigger)."""
    doc = trigger.doc
    words = [p.split() for p in preps if p not in ("subj", "obj")]
    end = min(sent.end, trigger.i + 15)
    for j in range(trigger.i + 1, end):
        if j in stop:
            return None
        for w in words:
            if all(
                j + k < end and doc[j + k].lower_.replace("’", "'") in PREP_FORMS.get(x, {x})
                for k, x in enumerate(w)
            ):
                k = j + len(w)
                while k < end and doc[k].pos_ == "DET":
                    k += 1
                if k < end and k not in exclude:
                    if doc[k].pos_ == "PRON" and "Rel" in doc[k].morph.get("PronType"):
                        continue
                    m = mention_of(doc[k])
                    if m:
                        return m, doc[k]
    return None


def relative_value(trigger: Token, sent: Span, preps: tuple[str, ...]) -> tuple[dict, Token] | None:
    """ "GPT-3.5 sur lequel ChatGPT est basé": the mention before "sur lequel" on the trigger's left."""
    doc = trigger.doc
    for j in range(trigger.i - 1, max(sent.start, trigger.i - 8), -1):
        tok = doc[j]
        if tok.pos_ == "PRON" and "Rel" in tok.morph.get("PronType") and j - 1 >= sent.start:
            if doc[j - 1].lower_ in preps or doc[j - 1].lemma_ in preps:
                for k in range(j - 2, max(sent.start - 1, j - 6), -1):
                    m = mention_of(doc[k])
                    if m:
                        return m, doc[k]
    return None


def nearest_mention(
    trigger: Token, sent: Span, exclude: set[int], left_first: bool, labels: frozenset[str] = ROLE_LABELS
) -> tuple[dict, Token] | None:
    """The nearest entity of the sentence (last resort when the parse gives nothing)."""
    doc = trigger.doc
    left = [doc[j] for j in range(trigger.i - 1, sent.start - 1, -1)]
    right = [doc[j] for j in range(trigger.i + 1, sent.end)]
    for side in (left, right) if left_first else (right, left):
        for tok in side:
            if tok.i in exclude or tok.is_punct:
                continue
            if tok.pos_ in ("DET", "ADP", "VERB", "AUX") and entity_at(doc, tok.i) is None:
                continue
            # descriptions count too ("la firme de Redmond"), as the mentions component resolves them
            m = mention_for(doc, tok)
            if m and m.get("label") in labels:
                return m, tok
    return None


def after_participle(trigger: Token, sent: Span, exclude: set[int]) -> tuple[dict, Token] | None:
    """ "Fondée en 2015 par X, OpenAI ...": a sentence-initial participle describes the main clause's subject."""
    doc = trigger.doc
    if trigger.i - sent.start > 2 or "Part" not in trigger.morph.get("VerbForm"):
        return None
    comma = next((t.i for t in doc[trigger.i : sent.end] if t.text == ","), None)
    if comma is None:
        return None
    for j in range(comma + 1, min(sent.end, comma + 8)):
        if j in exclude or doc[j].pos_ in ("DET", "PUNCT"):
            continue
        m = mention_of(doc[j])
        if m:
            return m, doc[j]
    return None


@cache
def _titles() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Role titles from roles.yaml indexed by first word: {"pdg": [(("pdg",), "PDG")]}."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for written, canonical in (data.load("roles").get("titles") or {}).items():
        words = tuple(split_phrase(str(written)))
        # the tokenizer splits some hyphenated titles ("président-directeur" -> président - directeur) and
        # keeps others whole ("vice-président", "P.-D.G."): index both spellings
        split = tuple(w for word in words for w in re.split(r"(?<=\w)(-)(?=\w)", word) if w)
        for variant in {words, split}:
            if variant:
                index.setdefault(variant[0], []).append((variant, str(canonical)))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))  # longest title first: "directeur général" before "directeur"
    return index


def _person(tok: Token) -> tuple[dict, Token] | None:
    m = mention_of(tok)
    return (m, tok) if m and m.get("label") == "PER" else None


def new_claim(
    frame: str,
    sent: Span,
    anchor: int,
    subject: dict | None,
    object_: dict | None,
    value: dict | None = None,
    amount: dict | None = None,
    date: dict | None = None,
) -> dict:
    """A contract claim of ``sent``, not yet hedged or negated. Its id hashes the frame, the sentence and the
    trigger's character offset ``anchor``: stable across runs for the same text."""
    text = sent.text
    ident = hashlib.sha1(f"{frame}|{sent.start_char}|{anchor}|{text}".encode()).hexdigest()[:16]
    return {
        "id": ident,
        "frame": frame,
        "subject": subject,
        "object": object_,
        "amount": amount,
        "date": date,
        "value": value,
        "hedged": False,
        "hedge_cues": [],
        "negated": False,
        "attribution": None,
        "sentence": text,
        "start": sent.start_char,
        "end": sent.end_char,
    }


def role_claims(sent: Span, previous: list[dict] | None = None) -> list[dict]:
    """`role` claims from appositions: "Sam Altman, PDG d'OpenAI", "le PDG de Renault, Luca de Meo".

    With no "de X", a possessive title ("sa directrice générale, Claire Martin") belongs to whoever the
    article was just talking about: the last non-person subject of ``previous`` claims."""
    doc = sent.doc
    out = []
    index = _titles()
    i = sent.start
    while i < sent.end:
        hit = None
        for words, canonical in index.get(doc[i].lower_, ()):
            if i + len(words) <= sent.end and tuple(t.lower_ for t in doc[i : i + len(words)]) == words:
                hit = (words, canonical)
                break
        if hit is None:
            i += 1
            continue
        start, end = i, i + len(hit[0])
        i = end
        head = next(
            (t for t in doc[start:end] if not (start <= t.head.i < end) or t.head.i == t.i), doc[start]
        )
        person = _person(head.head) if head.dep_ == "appos" else None
        person = person or next((p for c in head.children if c.dep_ == "appos" and (p := _person(c))), None)
        # linear reading: "Name , title" or "title de Org , Name"
        if person is None and start - 2 >= sent.start and doc[start - 1].text == ",":
            person = _person(doc[start - 2])
        org = first_mention(
            [c for c in head.children if c.dep_.startswith("nmod") and _prep_matches(c, "de")], set()
        )
        org = org or scan_prep(head, sent, ("de", "chez"), set(), set())
        if person is None and org is not None:
            j = org[1].i + 1
            while j < sent.end and (entity_at(doc, j) is not None and entity_at(doc, j).start <= org[1].i):
                j += 1
            if j + 1 < sent.end and doc[j].text == ",":
                person = _person(doc[j + 1])
        if org is None and start - 1 >= sent.start and "Yes" in doc[start - 1].morph.get("Poss"):
            if person is None and end + 1 < sent.end and doc[end].text == ",":
                person = _person(doc[end + 1])
            last = next(
                (
                    c["subject"]
                    for c in reversed(previous or [])
                    if c["frame"] != "role" and c["subject"] and c["subject"].get("label") != "PER"
                ),
                None,
            )
            if last is None:  # no claim yet: the last organisation named before the title
                orgs = [e for e in doc.spans.get(ENTITIES, []) if e.label_ == "ORG" and e.end <= start]
                last = mention_for(doc, doc[orgs[-1].start]) if orgs else None
            org = (last, doc[start - 1]) if last is not None else None
        if person is None or org is None or org[0].get("label") == "PER":
            continue
        value = {"text": doc[start:end].text, "canonical": hit[1], "label": None}
        out.append(new_claim("role", sent, doc[start].idx, person[0], org[0], value=value))
    return out
