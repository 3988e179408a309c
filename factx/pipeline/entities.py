"""Corrected, canonical entities: the model's ``ner`` output repaired by rules, plus the data file's names.

The French model tags OpenAI as MISC, Redmond as PER, sentence-initial words ("Si", "Source") as entities,
runs spans over line breaks and cuts hyphenated names. This component keeps doc.ents untouched (it belongs
to the model, see spaCy's plugin etiquette) and writes its own list to ``doc.spans["factx_entities"]``:

1. names of ``data/fr/entities.yaml`` found by a token scan on folded keys (so "Open IA", "DALL∙E 2"
   match without listing every spelling), capital initials required ("le monde" is not Le Monde);
2. the model's spans, trimmed at line breaks and punctuation, extended over hyphens, dropped when they
   are capitalised common words, relabelled by context (ORG after "la start-up", LOC after "la firme de");
3. a canonical name on each (``span._.factx_canonical``), from :class:`factx.canon.Canonicalizer`.

In a blank pipeline (no ``ner``) only step 1 applies.
"""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache
from typing import Any

from spacy.language import Language
from spacy.symbols import ADJ, AUX, DET, NOUN, PROPN, VERB, X
from spacy.tokens import Doc, Span

from .. import data
from ..canon import Canonicalizer, KnownIndex, acronym, family_nouns, fold, key, known_index
from . import extensions
from .extensions import ENTITIES
from .sentences import sentence_index
from .tokens import TokenStrings, token_strings

# fold() of the same few words and phrases, asked at every capitalised word
_fold = lru_cache(maxsize=16384)(fold)

# Words before a product noun that make it one ("la plateforme X"; not "s'offre X").
DETERMINERS = frozenset(
    {
        "le",
        "la",
        "l'",
        "les",
        "un",
        "une",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "du",
        "des",
        "ce",
        "cette",
    }
)
LABELS = {"ORG", "PER", "LOC", "PRODUCT", "MISC"}
# Labels other models or rulers may use, mapped to the contract's.
LABEL_MAP = {
    "PERSON": "PER",
    "GPE": "LOC",
    "NORP": "MISC",
    "FAC": "LOC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
}


def _with_plurals(nouns: set[str]) -> set[str]:
    """The nouns and their plurals ("les enseignes Jolène"): one word plus "s" unless it ends in s, x or z."""
    return nouns | {n + "s" for n in nouns if " " not in n and n[-1:] not in ("s", "x", "z")}


def _opens_with(folded: str, heads: tuple[str, ...]) -> bool:
    """``folded`` is one of ``heads`` or opens with one and a space, after a definite article the model took in
    or not (grammar.yaml ``definite_article``, ``plural_definite``)."""
    from .lexicon import grammar

    g = grammar()
    starts = [""] + [a if a.endswith("'") else a + " " for a in g.definite_article | g.plural_definite]
    rests = [folded[len(a) :] for a in starts if folded.startswith(a)]
    return any(r == h or r.startswith(h + " ") for r in rests for h in heads)


@cache
def lexicon() -> dict[str, Any]:
    raw = data.load("entity_stoplist") or {}
    return {
        "stop": {fold(w) for w in (raw.get("words") or []) + (raw.get("common_acronyms") or [])},
        # nouns for organisations: the stoplist's and the descriptions' (aliases.yaml: "la fintech X")
        "org_nouns": _with_plurals({fold(w) for w in raw.get("org_nouns") or []} | _description_nouns("ORG")),
        "suffixes": {str(w) for w in (raw.get("org_suffixes") or []) + (raw.get("legal_forms") or [])},
        # the words that end a name, an arm's too ("Lozach Participations")
        "name_suffixes": {str(w) for w in raw.get("org_suffixes") or []},
        # the words that end a company's own name, not an arm's ("Orvéa Énergie" is Orvéa)
        "own_suffixes": {str(w) for w in raw.get("org_suffixes") or []}
        - {str(w) for w in raw.get("arm_suffixes") or []},
        "arm_suffixes": frozenset(str(w) for w in raw.get("arm_suffixes") or []),
        "holding_openers": frozenset(str(w) for w in raw.get("holding_openers") or []),
        "legal": {str(w) for w in raw.get("legal_forms") or []},
        "seat_nouns": {fold(w) for w in raw.get("seat_nouns") or []},
        "portfolio_holders": frozenset(str(w).lower() for w in raw.get("portfolio_holders") or []),
        # (the prepositions a portfolio opens with: roles.yaml, as the titles read them)
        "portfolio_prepositions": frozenset(
            str(w).lower() for w in data.load("roles").get("portfolio_prepositions") or []
        ),
        "rubrics": {fold(w) for w in raw.get("rubrics") or []},
        "breakers": {str(w) for w in raw.get("span_breakers") or []},
        "name_particles": {_fold(str(w)) for w in raw.get("name_particles") or []},
        "honorifics": frozenset(str(w) for w in raw.get("honorifics") or []),
        "company_nouns": {fold(w) for w in raw.get("company_nouns") or []},
        "series_nouns": frozenset(str(w).lower() for w in raw.get("series_nouns") or []),
        "org_prefixes": tuple(fold(w) + " " for w in raw.get("org_prefixes") or []),
        "measure_heads": tuple(fold(w) for w in raw.get("measure_heads") or []),
        "domain_prepositions": frozenset(fold(w) for w in raw.get("domain_prepositions") or []),
    }


def _description_nouns(label: str) -> set[str]:
    from .lexicon import descriptions

    # (a public body's noun is no company noun: "la région d'Occitanie" is Région Occitanie, see public_bodies)
    d = descriptions()
    return {noun for noun, lab in d.label_of.items() if lab == label and noun not in d.public_bodies}


@cache
def places() -> dict[str, set[str]]:
    """Known places and the context words of ``data/fr/places.yaml``, folded."""
    raw = data.load("places") or {}
    return {
        name: {fold(str(w)) for w in raw.get(name) or []}
        for name in (
            "places",
            "product_nouns",
            "product_verbs",
            "bought_verbs",
            "raising_verbs",
            "business_nouns",
            "org_participles",
            "place_prepositions",
            "person_nouns",
            "head_nouns",
            "public_bodies",
            "public_bodies_alone",
            "stateless_adjectives",
            "passing_adjectives",
            "company_possessions",
            "listed_nouns",
            "demonym_endings",
            "demonym_words",
            "demonym_exceptions",
            "adjective_only_endings",
        )
    }


@cache
def bodies_named() -> dict[str, str]:
    """Public bodies that act for a party of another name, folded body -> that name (places.yaml
    ``public_bodies_named``: "gouvernement" -> "État")."""
    raw = data.load("places") or {}
    return {fold(str(k)): str(v) for k, v in (raw.get("public_bodies_named") or {}).items()}


@cache
def _demonym_countries() -> tuple[dict[str, str], str]:
    raw = data.load("places") or {}
    countries = {fold(str(k)): str(v) for k, v in (raw.get("demonym_countries") or {}).items()}
    return countries, str(raw.get("demonym_home") or "")


@lru_cache(maxsize=65536)
def _listed_country(folded: str) -> str | None:
    """The country of a folded word listed in places.yaml ``demonym_countries``, in any gender or number
    ("italiennes", "grecque", "sud-coréenne"); None for another word."""
    countries = _demonym_countries()[0]
    one = folded.removesuffix("s")
    forms = (
        folded,
        one,
        one.removesuffix("e"),
        one.removesuffix("ne"),
        one.removesuffix("que"),
        one.removesuffix("que") + "c",
    )
    return next((countries[f] for f in forms if f in countries), None)


def demonym_country(word: str) -> str:
    """The country a demonym says (places.yaml ``demonym_countries``); for one not listed (a French city's or
    region's: "eudois"), places.yaml ``demonym_home``."""
    return _listed_country(fold(word)) or _demonym_countries()[1]


def after_demonym(w: TokenStrings, start: int) -> bool:
    """ "le toulousain Hexavia", "l'américain Autodesk", "au canadien Norvik": a lowercase demonym after a
    definite article (contracted ones too), right before the name (places.yaml ``demonym_words`` or
    ``demonym_endings``, never one of ``demonym_exceptions`` nor their feminine forms)."""
    j = start - 1
    return j >= 1 and is_demonym(w, j) and w.lower_apos[j - 1] in _definite()


def is_demonym(w: TokenStrings, j: int) -> bool:
    """Token ``j`` is a lowercase demonym ("lyonnais", "grenobloise"), whatever tag the model gave it."""
    return w.text[j].islower() and demonym_word(w.text[j])


def demonym_word(text: str, endings: tuple[str, ...] | None = None) -> bool:
    """``text`` is a demonym, whatever its case ("Lyonnais", "grenobloise"): a listed word, or one of
    ``endings`` (all places.yaml ``demonym_endings`` by default)."""
    word = _fold(text)
    if _listed_country(word) is not None:
        return True  # "new-yorkais", "qatari", "grecque": listed with their country
    if not text.isalpha():
        return False
    words, all_endings, exceptions = _demonyms()
    # the ending leaves a stem of three letters or more: "lyonnais", not "mais" or "bien"
    return word not in exceptions and (
        word in words or any(word.endswith(e) and len(word) > len(e) + 2 for e in endings or all_endings)
    )


def is_people_demonym(text: str) -> bool:
    """``text`` is a listed demonym (places.yaml ``demonym_countries``, ``demonym_words``) that is a noun of people
    too ("allemand", "chinoise"), not only an adjective ("britannique": places.yaml ``adjective_only_endings``);
    an ending alone is not enough here ("l'aérien", "le quotidien" are fields)."""
    word = _fold(text)
    listed = _listed_country(word) is not None or word in _demonyms()[0]
    return listed and demonym_word(text, _person_demonym_endings())


@cache
def _person_demonym_endings() -> tuple[str, ...]:
    """The endings of demonyms that are nouns of people too ("le Français", "l'Américaine"), not "-ique"."""
    return tuple(e for e in _demonyms()[1] if e not in places()["adjective_only_endings"])


@cache
def _demonyms() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(whole words, endings, exceptions with their feminine forms: "comédien", "comédienne")."""
    pl = places()
    exceptions = pl["demonym_exceptions"]
    feminine = {x + "ne" for x in exceptions if x.endswith(("en", "on"))} | {x + "e" for x in exceptions}
    return (
        frozenset(pl["demonym_words"]),
        tuple(sorted(pl["demonym_endings"])),
        frozenset(exceptions | feminine),
    )


@cache
def _function_words() -> frozenset[str]:
    """Articles, demonstratives and possessives (grammar.yaml): never a name on their own."""
    from .lexicon import grammar

    g = grammar()
    words = g.definite | g.definite_article | g.indefinite | g.demonstrative | set(g.possessive)
    return frozenset(fold(w) for w in words)


@cache
def _not_names() -> frozenset[str]:
    """What a capitalised sequence after a company noun is never: a stoplist word, a place, a function word."""
    return frozenset(lexicon()["stop"] | places()["places"] | _function_words())


@cache
def _body_names() -> tuple[dict[str, str], frozenset[str]]:
    """places.yaml ``public_body_names`` (a body's noun, folded -> the noun of the name it goes by) and
    ``public_body_prepositions`` (those names that keep the "de" before the place)."""
    raw = data.load("places") or {}
    names = {fold(str(k)): str(v) for k, v in (raw.get("public_body_names") or {}).items()}
    return names, frozenset(str(v) for v in raw.get("public_body_prepositions") or [])


def is_place(text: str) -> bool:
    """A name of the places list, with or without its article ("la France", "l'Allemagne")."""
    name = fold(text)
    for det in ("la ", "le ", "les ", "l'"):
        if name.startswith(det):
            name = name[len(det) :]
            break
    return name in places()["places"]


# The helpers below read the doc's token lists (:mod:`factx.pipeline.tokens`), not Token objects: they run at
# every capitalised word of the article.


def phrase_before(w: TokenStrings, end: int, vocab: set[str], most: int = 4) -> int:
    """Start of the longest phrase of ``vocab`` ending right before token ``end`` ("chiffre d'affaires"), else -1."""
    for k in range(min(most, end), 0, -1):
        if _fold(w.span_text(end - k, end)) in vocab:
            return end - k
    return -1


def skip_adjectives_back(w: TokenStrings, start: int, most: int = 3) -> list[int]:
    """``start`` and the positions before up to ``most`` lowercase adjectives ("la start-up (française) X"; a
    demonym the model took for a name too: "la start-up grenobloise X")."""
    out = [start]
    j = start
    for _ in range(most):
        if j == 0 or not (w.pos[j - 1] == ADJ and w.text[j - 1][:1].islower() or is_demonym(w, j - 1)):
            break
        j -= 1
        out.append(j)
    return out


def dateline(w: TokenStrings, start: int, end: int) -> bool:
    """ "PARIS (Reuters) -", "PARIS, 14 mai (AFP) -": a capitalised place opening a line."""
    if not line_start(w, start) or end >= len(w.text):
        return False
    if w.text[end] not in (",", "(", "-", "–", "—"):
        return False
    text = w.span_text(start, end)
    return (text.isupper() and len(text) > 1) or is_place(text)


# What a sentence's first word may follow, written out.
SENTENCE_ENDS = frozenset({".", "!", "?", "…", ":", "«", "»", '"', "“"})


def line_start(w: TokenStrings, i: int) -> bool:
    """Token ``i`` is the first word of the text or of a line."""
    while i > 0:
        prev = w.text[i - 1]
        if "\n" in prev or "\n" in w.space[i - 1]:
            return True
        if not (w.is_space[i - 1] or w.is_punct[i - 1] and prev in "-–—•*·>|"):
            return False
        i -= 1
    return True


@cache
def _definite() -> frozenset[str]:
    from .lexicon import grammar  # lexicon imports this module's neighbours: read it when first needed

    return grammar().definite


def sentence_start(w: TokenStrings, i: int) -> bool:
    if i == 0 or line_start(w, i):
        return True
    if w.sents_marked:
        # (a quoted headline: '"Communiqué de l'intersyndicale : ..."')
        return w.sent_start[i] or w.text[i - 1] in ('"', "«", "“") and sentence_start(w, i - 1)
    return w.text[i - 1] in SENTENCE_ENDS


def _owns_company_things(doc: Doc, span: Span, vocab: set[str]) -> bool:
    """The name is the subject of a verb whose object (or its infinitive's) is something only a company has,
    with a singular possessive (places.yaml ``company_possessions``: "Lumarys prépare son entrée en Bourse")."""
    from .lexicon import grammar

    w = token_strings(doc)
    singular = {p for p, number in grammar().possessive.items() if number == "sing"}
    longest = max((len(v.split()) for v in vocab), default=1) + 2

    def owned(noun: int) -> bool:
        end = min(len(doc), noun + longest)
        return any(_fold(w.span_text(noun, k)) in vocab for k in range(noun + 1, end + 1))

    root = span.root
    if root.dep_ in ("nsubj", "nsubj:pass") and root.head.i != root.i:
        verbs = [root.head, *(c for c in root.head.children if c.dep_ == "xcomp")]
        for obj in (c for v in verbs for c in v.children if c.dep_ == "obj"):
            if any(c.dep_ == "det" and c.lower_ in singular for c in obj.children) and owned(obj.i):
                return True
        return False
    # an unknown name the parse left alone ("Lumarys prépare son entrée en Bourse" with two roots): its verb
    # right after it, then the possessive
    j = span.end
    while j < len(doc) and w.pos[j] == AUX:
        j += 1
    if j + 1 < len(doc) and w.pos[j] == VERB and w.lower[j + 1] in singular:
        return owned(j + 2)
    return False


def _bought_or_raising(span: Span, pl: dict[str, set[str]]) -> bool:
    """A name that is the direct object of a verb of buying a company (places.yaml ``bought_verbs``), or the
    subject of a verb of raising money with a figure for object (``raising_verbs``)."""
    head = span.root
    verb = head.head
    lemma = fold(verb.lemma_)
    if head.dep_ == "obj" and verb.pos_ == "VERB" and lemma in pl["bought_verbs"]:
        return True
    return (
        head.dep_ == "nsubj"
        and lemma in pl["raising_verbs"]
        and any(
            c.dep_ == "obj" and (c.like_num or any(g.like_num for g in c.children)) for c in verb.children
        )
    )


def word_before(w: TokenStrings, end: int) -> tuple[str, int]:
    """The word ending right before token ``end``, hyphenated compounds joined ("start-up"), and its start."""
    j = end - 1
    if j < 0:
        return "", 0
    start = j
    while start >= 2 and w.text[start - 1] in "-‑" and not w.space[start - 2] and not w.space[start - 1]:
        start -= 2
    return _fold(w.span_text(start, end).replace(" ", "")), start


def _in_portfolio(w: TokenStrings, start: int) -> bool:
    """The words at ``start`` complete a title of entity_stoplist.yaml ``portfolio_holders``: a preposition right
    before them (an article between), then back to the title over the portfolio's earlier parts ("de l'Économie
    et des"), its adjectives and participles ("française", "déléguée chargée")."""
    preps = lexicon()["portfolio_prepositions"]
    j = start - 1
    while j >= 0 and w.pos[j] == DET:
        j -= 1
    if j < 0 or w.lower_apos[j] not in preps:
        return False
    holders = lexicon()["portfolio_holders"]
    for k in range(j - 1, max(-1, start - 14), -1):
        word = w.lower_apos[k]
        if word in holders:
            return True
        lower = w.text[k][:1].islower()
        if word in ("et", ",") and (k + 1 >= start or w.lower_apos[k + 1] not in preps):
            return False  # "le ministre de l'Industrie et le PDG de Valmora": another person's title
        if not (
            word in preps
            or word in ("et", ",")
            or w.pos[k] == DET
            or w.text[k][:1].isupper()
            or lower
            and w.pos[k] == ADJ
            or lower
            and w.pos[k] == VERB
            and "Part" in w.feat(k, "VerbForm")
        ):
            return False
    return False


class EntityFixer:
    """The ``factx_entities`` component (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "factx_entities") -> None:
        self.name = name
        self.index: KnownIndex = known_index()

    # -- 1. names of the data file -------------------------------------------------------------------
    def known_spans(self, doc: Doc, ents: tuple[Span, ...] | None = None) -> list[tuple[int, int, str]]:
        """(start, end, key) of each data-file name, longest first at each position, no overlaps."""
        ents = doc.ents if ents is None else ents
        w = token_strings(doc)
        texts, spaces = w.text, w.space
        out: list[tuple[int, int, str]] = []
        nxt = 0  # first token not inside a name already found
        for i in self.index.starts(texts):
            if i < nxt:
                continue
            for end, k in self.index.candidates(texts, spaces, i):
                if self._accept(w, i, end, k, ents):
                    out.append((i, end, k))
                    nxt = end
                    break
        return out

    def _accept(self, w: TokenStrings, start: int, end: int, k: str, ents: tuple[Span, ...]) -> bool:
        # Word boundary: "Arm" must not match inside "Arm-ée"; and the capitals the name needs must be there.
        if end < len(w.text) and not w.space[end - 1] and w.text[end][:1].isalnum():
            return False
        if start > 0 and not w.space[start - 1] and w.text[start - 1][-1:].isalnum():
            return False
        if not self.index.capitals_ok(w.span_text(start, end), k):
            return False
        known = self.index.by_key[k]
        if known.ambiguous and sentence_start(w, start):
            tagged = any(e.start <= start < e.end for e in ents)
            return tagged or w.pos[start] == PROPN and end - start == 1 and not line_start(w, start)
        return True

    # -- 2. the model's spans --------------------------------------------------------------------------
    def clean(self, doc: Doc, span: Span) -> list[Span]:
        """Split at line breaks, strip punctuation and spaces, extend over hyphens ("Liat Ben" → "Liat Ben-Zur")."""
        from .lexicon import grammar

        w = token_strings(doc)
        text = w.text
        parts: list[tuple[int, int]] = []
        s = span.start
        for i in range(span.start, span.end):
            if w.is_space[i] or "\n" in text[i]:
                parts.append((s, i))
                s = i + 1
            elif "\n" in w.space[i]:
                parts.append((s, i + 1))
                s = i + 1
        parts.append((s, span.end))
        # "Cora et Match", "ni Autodesk ni Batiflow": two names the model ran together
        links = grammar().list_links
        split: list[tuple[int, int]] = []
        for s, e in parts:
            for j in range(s + 1, e - 1):
                if (
                    w.lower[j] in links
                    and w.lower[j].isalpha()
                    and text[j - 1][:1].isupper()
                    and text[j + 1][:1].isupper()
                ):
                    split.append((s, j))
                    s = j + 1
            split.append((s, e))
        parts = split
        out = []
        breakers = lexicon()["breakers"]
        for s, e in parts:
            # "Ynsect pour 30 millions d'euros": the model's span ran on past the name
            e = next((j for j in range(s + 1, e) if text[j] in breakers), e)
            # "Tikehau injecte 100 millions d'euros", "A de 50 millions": a figure the model ran into the name
            # ends it, with the lowercase words before it ("21st Century Fox", "Paris 2024" keep theirs)
            figure = next(
                (
                    j
                    for j in range(s + 1, e - 1)
                    if any(c.isdigit() for c in text[j]) and _magnitude(text[j + 1])
                ),
                None,
            )
            if figure is not None:
                e = figure
                while e - 1 > s and not text[e - 1][:1].isupper():
                    e -= 1
                if e - s == 1 and len(text[s]) == 1:
                    continue  # "une série A de 50 millions": a letter is no name
            # "UBS - une banque": a spaced dash before a lowercase word ends the name
            e = next(
                (
                    j
                    for j in range(s + 1, e - 1)
                    if text[j] in ("-", "–", "—") and w.space[j - 1] and text[j + 1][:1].islower()
                ),
                e,
            )
            while s < e and (w.is_punct[s] or w.is_space[s] or w.is_quote[s]):
                s += 1
            # "Le britanique Sprints Capital": an article and a lowercase word before the name are no part of it
            # ("Le Monde", "La Poste" keep theirs: a capital follows)
            if (
                s + 2 < e
                and w.lower_apos[s] in _definite()
                and text[s + 1][:1].islower()
                and w.is_alpha[s + 1]
            ):
                s += 1
            if (
                s + 1 < e
                and w.lower_apos[s] in _definite()
                and fold(w.span_text(s + 1, e)) in _alias_spellings()
            ):
                s += 1  # "L'État français" is the État français of aliases.yaml, whatever the model took in
            label = span.label_
            if _before_name(w, s, label):
                # "le Français Meridiam", "Me Hélène Carrat": no part of the name; alone in the model's span
                # ("Britannique" a place, then nothing), the capitalised words after it are the name
                s += 1
                if s == e:
                    e = _untagged_capitals(doc, e)
                    label = "MISC" if label == "LOC" else label
            # "prix de Bombardier Transport": a common noun (and its "de") the model ran into the name
            while (
                s + 1 < e
                and text[s].islower()
                and w.is_alpha[s]
                and any(text[t][:1].isupper() for t in range(s + 1, e))
            ):
                s += 1
            # "la série B de Moryon": a round's letter and its "de" the model ran into the name
            if (
                s > 0
                and s + 2 < e
                and len(text[s]) == 1
                and text[s].isupper()
                and w.lower_apos[s + 1] in grammar().prep_forms("de")
                and w.lower[s - 1] in lexicon()["series_nouns"]
            ):
                s += 2
            # "PDG de Cyclomax": a head's title and its "de" the model ran into the company's name
            for k in range(min(4, e - s - 2), 0, -1):
                if (
                    w.lower_apos[s + k] in ("de", "d'", "du")
                    and _fold(w.span_text(s, s + k)) in places()["head_nouns"]
                ):
                    s += k + 1
                    break
            while e > s and (
                w.is_space[e - 1] or w.is_quote[e - 1] or w.is_punct[e - 1] and text[e - 1] != "."
            ):
                e -= 1
            while e - 1 > s and text[e - 1][:1].islower() and w.pos[e - 1] in (VERB, AUX):
                e -= 1  # "Alvéa boucle (une levée)": a title's verb is not part of the name
            while (
                e + 1 < len(text)
                and text[e] in "-‑"
                and not w.space[e - 1]
                and not w.space[e]
                and text[e + 1][:1].isupper()
            ):
                e += 2
            if label != "PER":
                # "Volterre Énergie", a place to the model, is a company by its last word (or "Transports
                # Lemoine" by its first)
                rest = _rest_of_name(doc, s, e)
                label = "ORG" if rest > e else label
                e = _rest_of_place(doc, s, rest)
            if s < e:
                out.append(Span(doc, s, e, label=label))
        return out

    def drop(self, span: Span, known_text: bool, named_elsewhere: set[str] = frozenset()) -> bool:
        """Capitalised common words and page furniture are not entities."""
        w = token_strings(span.doc)
        text = w.span_text(span.start, span.end)
        if (
            fold(text) in lexicon()["stop"]
            or len(span) == 1
            and not text.isupper()  # "SES", "le CE de Renault": acronyms
            and fold(text) in _function_words()
        ):
            return True  # "La rumeur enflait": an article the model ran into a name
        if not any(c.isupper() for c in text) and not known_text:
            return True  # "cloud", "intelligence artificielle"
        if (
            len(span) > 1
            and not known_text
            and sentence_start(w, span.start)
            and fold(w.text[span.start]) in lexicon()["rubrics"]
            and (w.span_text(span.start + 1, span.end).islower() or text.isupper())
        ):
            return True  # a rubric opening a line with its words: "Communiqué de l'intersyndicale", "COMMUNIQUÉ DE"
        if not known_text and span.label_ != "PER" and _in_portfolio(w, span.start):
            # "le ministre de l'Économie et des Finances": a minister's portfolio, no organisation
            return True
        if not known_text and len(span) == 1 and fold(text) in lexicon()["company_nouns"]:
            return True  # "le chiffre d'affaires du Groupe": a company noun written with its capital
        if not known_text and _opens_with(fold(text), lexicon()["measure_heads"]):
            return True  # "Le Chiffre d'affaires consolidé du Groupe", "Résultat Opérationnel": an accounting line
        if not any(c.isalpha() for c in text) or len(text) == 1 and not known_text:
            return True  # ("une levée de fonds en série E": a letter is no name)
        # "Plateforme de communication collaborative et de gestion de projet, Slack...": a noun phrase opening
        # the sentence, no other capital, four words or more
        if (
            len(span) >= 4
            and not known_text
            and sentence_start(w, span.start)
            and w.pos[span.start] == NOUN
            and not any(w.text[t][:1].isupper() for t in range(span.start + 1, span.end))
        ):
            return True
        if len(span) == 1 and not known_text and fold(text) not in named_elsewhere:
            # (a web address is a company's name: "Salesforce.com a annoncé")
            if sentence_start(w, span.start) and w.pos[span.start] not in (PROPN, X, 0) and "." not in text:
                return True  # "Si", "Publicité", "Chat" at the start of a sentence or line
        return False

    def relabel(self, doc: Doc, span: Span, label: str) -> str:
        lex = lexicon()
        pl = places()
        w = token_strings(doc)
        before, bstart = word_before(w, span.start)
        if dateline(w, span.start, span.end):
            return "LOC"  # "PARIS (Reuters) -"
        if (
            label in ("LOC", "MISC")
            and w.text[span.start][:1].isupper()
            and fold(w.text[span.start]) in pl["public_bodies"]
            and before not in pl["place_prepositions"]  # "qu'en Métropole": the land
        ):
            return "ORG"  # "la Région Nouvelle-Aquitaine", "la Région": the body that votes budgets, not the land
        if (
            label in ("LOC", "MISC")
            and len(span) > 1
            and w.text[span.end - 1][:1].isupper()
            and fold(w.text[span.end - 1]) in pl["public_bodies"]
        ):
            return "ORG"  # "Toulouse Métropole", "Vaudrelle Métropole"
        if (
            label in ("LOC", "MISC", "PER")
            and len(span) > 1
            and w.text[span.start][:1].isupper()
            and fold(w.span_text(span.start, span.end)).startswith(lex["org_prefixes"])
        ):
            return "ORG"  # "aux Laboratoires Ferrandière", "la Banque Mutuelle du Berry": a company's name
        if label in ("ORG", "PER") and is_place(w.span_text(span.start, span.end)):
            return "LOC"  # "à la conquête du Benelux": a known place is one whatever the model made of it
        # "la firme de Redmond", "le géant de Mountain View": a one-word name after "<company noun> de" is a place
        if label in ("PER", "MISC", "ORG", "LOC") and len(span) == 1 and before in ("de", "d'"):
            noun, _ = word_before(w, bstart)
            if noun in lex["seat_nouns"]:
                return "LOC"  # (also "l'usine de Poissy": the model's place stays one)
        if (
            (label in ("LOC", "MISC") or label == "PER" and len(span) == 1)  # "le comédien Jean Dujardin"
            and after_demonym(w, span.start)
            and not is_place(w.span_text(span.start, span.end))
        ):
            return "ORG"  # "le toulousain Hexavia", "l'américain Autodesk"
        if label == "PER" and (
            len(span) == 1
            and (before in lex["org_nouns"] or _after_noun(w, span.start, lex["org_nouns"]))
            or span.start > 0
            and is_demonym(w, span.start - 1)
            and _after_noun(w, span.start, lex["org_nouns"], single_determiners())
        ):
            # "l'entreprise Quantix", "la PME bretonne Armoris"; two words only after a demonym, "la start-up
            # grenobloise Arvène Cells" ("le producteur Thomas Langmann", "l'armateur Rodolphe Saadé" are people);
            # after "du" the name may be its head's: "le patron du distributeur nordiste Guillaume Darrasse"
            return "ORG"
        if label in ("PER", "LOC", "MISC") and len(span) == 1 and before in pl["listed_nouns"]:
            return "ORG"  # "l'action Lumarys", "le titre Aldéris": a listed company
        if label == "PER" and before in ("de", "d'", "du"):
            ns = phrase_before(w, bstart, pl["business_nouns"])
            if ns >= 0 and fold(w.span_text(ns, bstart)) not in pl["person_nouns"]:
                return "ORG"  # "les analystes de Kepler Cheuvreux", "le rachat de Quantix"
            if phrase_before(w, bstart, pl["head_nouns"]) >= 0:
                return "ORG"  # "la présidente d'Arvène Cells": the one a company's head heads is a company
        if label == "PER" and len(span) == 1 and _bought_or_raising(span, pl):
            return "ORG"  # "Cyclomax rachète Pédalia", "Pédalia avait levé 42 M€": no person is bought or raises money
        if label == "PER" and len(span) == 1 and self.context(doc, span, label) == "ORG":
            return "ORG"  # "Quantix, une entreprise…" (not by the sentence role: people are subjects too)
        if label == "PER" and len(span) == 1 and _owns_company_things(doc, span, pl["company_possessions"]):
            return "ORG"  # "Lumarys prépare son entrée en Bourse"
        if label in ("MISC", "LOC"):
            known_place = label == "LOC" and is_place(w.span_text(span.start, span.end))
            if known_place:
                return "LOC"
            ctx = self.context(doc, span, label)
            if ctx is not None:
                return ctx
        if label != "ORG":
            last = w.text[span.end - 1]
            nxt = w.text[span.end] if span.end < len(doc) else ""
            if last in lex["suffixes"] and len(span) > 1 or nxt in lex["suffixes"]:
                return "ORG"
        return label

    def context(self, doc: Doc, span: Span, label: str) -> str | None:
        """ORG or PRODUCT when the words around an unknown MISC/LOC name say so, else None."""
        lex = lexicon()
        pl = places()
        w = token_strings(doc)
        text = w.text
        # "la plateforme X", "le modèle (open source) X", "son produit phare, X"
        for j in skip_adjectives_back(w, span.start):
            for k in (j, j - 1 if j > 0 and text[j - 1] == "," else -1):
                ns = phrase_before(w, k, pl["product_nouns"]) if k > 0 else -1
                if ns > 0 and _fold(text[ns - 1]) in DETERMINERS:
                    return "PRODUCT"
        # "la start-up (française) Mistral AI"
        for j in skip_adjectives_back(w, span.start):
            word, _ = word_before(w, j)
            if word in lex["org_nouns"]:
                return "ORG"
        # "OpenAI, une entreprise spécialisée…", "X, spécialiste de…", "X, fondée en 2014"
        e = span.end
        n = len(text)
        # a brief's heading name, then what it is: "Monalys. La fintech parisienne a bouclé..."
        if (
            e + 2 < n
            and text[e] in (".", ":")
            and w.lower[e + 1] in ("la", "le", "l'", "l’")
            and fold(text[e + 2]) in lex["org_nouns"]
            and line_start(w, span.start)
        ):
            return "ORG"
        if e + 1 < n and text[e] == ",":
            m = e + 1
            if fold(text[m]) in pl["org_participles"]:
                return "ORG"
            if w.lower[m] in ("un", "une", "le", "la", "l'", "l’"):
                m += 1
            for _ in range(3):
                if m >= n:
                    break
                word = fold(text[m])
                if m + 2 < n and text[m + 1] == "-" and not w.space[m]:
                    word = fold(w.span_text(m, m + 3))
                if word in lex["org_nouns"]:
                    return "ORG"
                if w.pos[m] != ADJ:
                    break
                m += 1
        before, bstart = word_before(w, span.start)
        # "le rachat de X", "les salariés de X", "le chiffre d'affaires de X"
        if before in ("de", "d'", "du") and phrase_before(w, bstart, pl["business_nouns"]) >= 0:
            return "ORG"
        if _listed_with_a_company(span):
            return "ORG"  # "Riot Games (100 %), Epic Games (40 %), Supercell (84,3 %)"
        if before in pl["place_prepositions"]:
            return None  # "installée à X", "en X"
        head = span.root
        # "Le spécialiste de la comptabilité en ligne Pennylane": a name a (singular) company noun governs
        # without a preposition (its apposition, however far the noun's complements run) is that company
        if (
            head.dep_ in ("nmod", "appos", "flat:name")
            and head.head.i < head.i
            and not any(c.dep_ in ("case", "mark") for c in head.children)
        ):
            noun = head.head
            # "Le fabricant de tubes Kerlann", "le producteur de produits chimiques Covestro": the parse may hang
            # a name the model made a place on the domain's noun, a lowercase one after "de" or "en"; the company
            # noun is the one the domain complements ("le fabricant des aspirateurs Roomba": the things' name; "le
            # spécialiste de la mode Martin": a person)
            for _ in range(3 if label == "LOC" else 0):
                if fold(noun.lemma_) in lex["org_nouns"] or not (
                    noun.pos_ == "NOUN"
                    and noun.text[:1].islower()
                    and noun.dep_ == "nmod"
                    and noun.head.i < noun.i
                    and any(
                        c.dep_ == "case" and fold(c.text) in lex["domain_prepositions"] for c in noun.children
                    )
                ):
                    break
                noun = noun.head
            if (
                fold(noun.lemma_) in lex["org_nouns"]
                and "Plur" not in noun.morph.get("Number")  # "180 clubs dont Liverpool": one of several
            ):
                return "ORG"
        if label == "PER":
            return None
        if head.dep_ in ("nsubj", "nsubj:pass"):
            return "ORG"
        if head.dep_ == "obj":
            if label == "MISC" and fold(head.head.lemma_) in pl["product_verbs"]:
                return "PRODUCT"
            return "ORG"
        return None

    def product_names(self, doc: Doc, taken: list[bool], ents: tuple[Span, ...]) -> list[tuple[int, int]]:
        """(start, end) of short capitalised sequences right after a determiner and a product noun."""
        return self.names_after(doc, taken, ents, places()["product_nouns"])

    def names_after(
        self, doc: Doc, taken: list[bool], ents: tuple[Span, ...], nouns: set[str]
    ) -> list[tuple[int, int]]:
        """(start, end) of short capitalised sequences right after a determiner and one of ``nouns`` (and its
        adjectives): "l'assistant Alvéa Desk", "la start-up lyonnaise Kelvora"."""
        lex = lexicon()
        w = token_strings(doc)
        text = w.text
        ent_end = {e.start: e.end for e in ents}
        out: list[tuple[int, int]] = []
        i = 1
        n = len(doc)
        while i < n:
            if not text[i][:1].isupper() or taken[i] or w.is_punct[i]:
                i += 1
                continue
            # a headline's last noun is no name's ("aux portes du club\n\nRumeur persistante")
            if (
                "\n" in w.space[i - 1]
                or w.is_space[i - 1]
                or not _after_noun(w, i - 1 if text[i - 1] == "," else i, nouns)
            ):
                i += 1
                continue
            e = i + 1
            while (
                e < n
                and e - i < 3
                and not taken[e]
                and (text[e][:1].isupper() or w.like_num[e] and not (e + 1 < n and _magnitude(text[e + 1])))
                and "\n" not in w.space[e - 1]
            ):
                # (a number is part of a name, "Studio 71", not a figure: "le fonds Jolt Capital 5 millions")
                e += 1
            if ent_end.get(i, e) > e:
                # the model's own span, cut where it ran on past the name ("Yoplait pour 900 millions")
                stop = ent_end[i]
                e = next((j for j in range(e, stop) if text[j] in lex["breakers"]), stop)
            name = fold(w.span_text(i, e))
            if any(taken[t] for t in range(i, e)) or name in _not_names():
                i = e
                continue
            out.append((i, e))
            i = e
        return out

    def bare_name(self, span: Span) -> str:
        """The span's text without a trailing legal form: "Kalray SA" is Kalray."""
        legal = lexicon()["legal"]
        w = token_strings(span.doc)
        end = span.end
        while end - span.start > 1 and w.text[end - 1] in legal:
            end -= 1
        return w.span_text(span.start, end)

    def __call__(self, doc: Doc) -> Doc:
        canon = Canonicalizer(self.index)
        w = token_strings(doc)
        taken = [False] * len(doc)
        spans: list[Span] = []
        ents = _joined_names(doc, doc.ents)  # read once: each access builds new Span objects
        people = [(ent.start, ent.end) for ent in ents if ent.label_ in ("PER", "PERSON")]
        for s, e, k in self.known_spans(doc, ents):
            known = self.index.by_key[k]
            # A person's name that contains a product word ("Claude Bébéar") is the person's.
            if any(ps <= s and e <= pe and pe - ps > e - s for ps, pe in people):
                continue
            span = Span(doc, s, e, label=known.label)
            span._.factx_canonical = known.name
            canon.add(known.name, known.label, known.gender)
            spans.append(span)
            for t in range(s, e):
                taken[t] = True
        # Unknown products right after a product noun ("l'assistant Alvéa Desk"), even when the model misses them.
        for s, e in self.product_names(doc, taken, ents):
            span = Span(doc, s, e, label="PRODUCT")
            text = w.span_text(s, e)
            hit = canon.lookup(text, "PRODUCT")
            span._.factx_canonical = hit.name if hit is not None else canon.add(text, "PRODUCT").name
            spans.append(span)
            for t in range(s, e):
                taken[t] = True
        # "Tours Métropole Val de Loire", "Brest Métropole": a public body's name the model often misses
        for s, e in _place_bodies(doc, taken):
            spans.append(_org_span(doc, s, e, w.span_text(s, e), canon, taken, known_label=True))
        # A word the model also tags in mid-sentence is a name even when it opens a sentence.
        named_elsewhere = {fold(w.span_text(e.start, e.end)) for e in ents if not sentence_start(w, e.start)}
        alone = {fold(w.span_text(e.start, e.end)) for e in ents}
        # (span, its text, label, hit, label decided by context)
        found: list[tuple[Span, str, str, Any, bool]] = []
        for ent in ents:
            label = LABEL_MAP.get(ent.label_, ent.label_)
            if label not in LABELS:
                continue
            for span in self.clean(doc, ent):
                if span.end - span.start > 1 and is_place(w.text[span.start]):
                    rest = fold(w.span_text(span.start + 1, span.end))
                    if rest in alone:
                        # "la plus grande banque de Suisse UBS": a country the model ran into a name the
                        # article also writes alone
                        span = Span(doc, span.start + 1, span.end, label=span.label_)
                if any(taken[t] for t in range(span.start, span.end)):
                    continue
                text = w.span_text(span.start, span.end)
                hit = canon.lookup(text, label)
                if self.drop(span, hit is not None, named_elsewhere):
                    continue
                if hit is not None and hit.label != "MISC":
                    label2 = "LOC" if dateline(w, span.start, span.end) else hit.label
                else:
                    label2 = self.relabel(doc, span, label)
                found.append((span, text, label2, hit, label2 != label))
                for t in range(span.start, span.end):
                    taken[t] = True
        # One label per name in the doc: a name the context shows to be a company or product is one everywhere.
        decided: dict[str, str] = dict.fromkeys(_brief_headings(w), "ORG")
        for first in (True, False):  # labels the context decided first, then the model's own ORG
            for _span, text, label2, hit, by_context in found:
                if by_context is first and label2 in ("ORG", "PRODUCT") and hit is None:
                    decided.setdefault(key(text), label2)
        for span, text, label2, hit, by_context in found:
            k = key(text)
            if (
                not by_context
                and (label2 in ("LOC", "MISC") or label2 == "PER" and not _titled(w, span.start))
                and k in decided
                and not is_place(text)
            ):
                # (a person's title keeps the person: "Son fondateur, Pierre Fabre", of the company of his name)
                label2 = decided[k]
            if hit is None and label2 in ("PER", "ORG", "MISC") and not dateline(w, span.start, span.end):
                short = canon.short_form(text)
                seen = canon.seen.get(k)
                if label2 == "MISC" and (short is None or short.label != "ORG"):
                    # "Bluewater", a thing to the model, after "Bluewater Sports Partners": only a company's name
                    short = None
                if short is not None and seen is not None and seen.label == "ORG" and short.label == "PER":
                    # "Marquenat" the company, named alone before "fondé par Lucien Marquenat": the name the
                    # article already gave the company stays the company's
                    hit, label2 = seen, seen.label
                elif short is not None:  # "Schneider" after "Schneider Electric"
                    hit, label2 = short, short.label
            if hit is None and label2 in ("ORG", "PRODUCT"):
                # "Metro-Goldwyn-Mayer (MGM)" after a headline's "MGM": names read earlier in the article
                hit = canon.by_acronym(text)
            name = hit.name if hit is not None else canon.add(self.bare_name(span), label2).name
            new = Span(doc, span.start, span.end, label=label2)
            new._.factx_canonical = name
            spans.append(new)
            for t in range(span.start, span.end):
                taken[t] = True
        # Unknown companies right after a company noun ("le groupe Ordalis", "la start-up Kelvora"), where the
        # model tagged nothing
        for s, e in self.names_after(doc, taken, ents, lexicon()["org_nouns"]):
            spans.append(_org_span(doc, s, e, w.span_text(s, e), canon, taken, known_label=True))
        spans = self.public_bodies(doc, spans, taken, canon)
        spans += self.bodies_alone(doc, taken, canon)
        spans += self.other_occurrences(doc, spans, taken)
        spans = self.families(doc, spans)
        spans = self.described_company(doc, spans)
        self.defined_acronyms(doc, spans)
        self.initials(spans)
        self.fullest_names(spans)
        spans.sort(key=lambda sp: sp.start)
        doc.spans[ENTITIES] = spans
        return doc

    @staticmethod
    def public_bodies(doc: Doc, spans: list[Span], taken: list[bool], canon: Canonicalizer) -> list[Span]:
        """A place after a public body's noun is that body ("la ville de Paris" -> Ville de Paris, "la région
        Bretagne" -> Région Bretagne: places.yaml ``public_bodies``), an organisation with a budget of its own."""
        from .lexicon import grammar

        w = token_strings(doc)
        bodies = places()["public_bodies"]
        de = grammar().prep_forms("de")  # "de", "d'", "du", "des" ("le conseil régional des Hauts-de-France")
        out = []
        for sp in spans:
            if sp.label_ == "LOC" and not dateline(w, sp.start, sp.end):
                end = sp.start - 1 if sp.start > 0 and _fold(w.text[sp.start - 1]) in de else sp.start
                ns = phrase_before(w, end, bodies, most=3)
                if ns > 0 and w.text[ns][:1].islower() and _fold(w.text[ns - 1]) in DETERMINERS:
                    named, keep = _body_names()
                    noun = named.get(_fold(w.span_text(ns, end)))
                    first = end if noun in keep else sp.start
                    while noun not in keep and first < sp.end - 1 and _fold(w.text[first]) in de:
                        first += 1  # "le conseil régional d'Occitanie" (the model may take "d'" in) -> Région Occitanie
                    place = w.span_text(first, sp.end)
                    name = f"{noun} {place}" if noun else w.span_text(ns, sp.end)
                    out.append(_org_span(doc, ns, sp.end, _capitalised(name), canon, taken))
                    continue
            out.append(sp)
        return out

    @staticmethod
    def bodies_alone(doc: Doc, taken: list[bool], canon: Canonicalizer) -> list[Span]:
        """ "le gouvernement", "le conseil régional" (places.yaml ``public_bodies_alone``) with no place after
        them: an organisation of the article, named as written with its adjectives."""
        w = token_strings(doc)
        bodies = places()["public_bodies_alone"]
        firsts = {b.split()[0] for b in bodies}  # only words that open a body's name are read further
        out: list[Span] = []
        i = 1
        while i < len(doc):
            if w.lower[i] not in firsts:
                i += 1
                continue
            found = next(
                (k for k in (3, 2, 1) if i + k <= len(doc) and _fold(w.span_text(i, i + k)) in bodies), None
            )
            if found is None or taken[i] or _fold(w.text[i - 1]) not in ("le", "la", "l'", "du", "au"):
                i += 1
                continue
            end = i + found
            while end < len(doc) and w.pos[end] == ADJ and w.text[end][:1].islower() and not taken[end]:
                end += 1
            if end < len(doc) and _fold(w.text[end]) in ("de", "d'", "du", "des"):
                i = end  # "le gouvernement de Michel Barnier", "le conseil régional d'Occitanie": named otherwise
                continue
            name = _capitalised(w.span_text(i, end))
            party = bodies_named().get(_fold(w.span_text(i, i + found)))
            adjectives = [w.text[t] for t in range(i + found, end)]
            stateless = places()["stateless_adjectives"]
            adjectives = [a for a in adjectives if fold(a) not in places()["passing_adjectives"]]
            if party is not None and all(
                _listed_country(fold(a)) is not None and fold(a) not in stateless for a in adjectives
            ):
                # "le gouvernement allemand" is the État allemand; "le gouvernement wallon", "fédéral" or
                # "provisoire" is no country's State and keeps its name
                name = " ".join([party, *adjectives])
            out.append(_org_span(doc, i, end, name, canon, taken))
            i = end
        return out

    def defined_acronyms(self, doc: Doc, spans: list[Span]) -> None:
        """A company whose acronym the article defines and then writes at least as often as the full name
        ("Metro-Goldwyn-Mayer (MGM)", then "MGM") goes by that acronym: it is how the press calls it. Its first
        words alone ("Orvéa" for "Orvéa Énergie", "Nuance" for "Nuance Communications") do not replace the full
        name: it names the company unambiguously across articles, and annotators write it (on the invented sets
        D and E, 16 claims more agree on their parties; on the real press, 4 fewer, all of one story). A name of
        the data file keeps its own form."""
        w = token_strings(doc)
        written: dict[str, Counter[str]] = {}
        short: dict[str, str] = {}
        for sp in spans:
            name = sp._.factx_canonical
            if sp.label_ == "ORG" and name and key(name) not in self.index.by_key:
                if name not in short:
                    short[name] = acronym(name) or ""
                if short[name]:
                    written.setdefault(name, Counter())[w.span_text(sp.start, sp.end)] += 1
        for name, forms in written.items():
            n = forms.get(short[name], 0)
            if n and n >= forms.get(name, 0):
                for sp in spans:
                    if sp._.factx_canonical == name:
                        sp._.factx_canonical = short[name]

    def initials(self, spans: list[Span]) -> None:
        """An unknown company written in capitals that are the initials of exactly one other name of the article,
        a company's ("L'OD passe à l'heure américaine", then "l'Olympique Dauphinois"), is that company, whichever
        came first; two-word names too, which the corpus-wide acronyms leave alone. Names of any label count
        ("la Brasserie Cordier" the model took for a place makes "BC" two names' initials); a person's initials
        stay as written ("MK" and its boss Marc Kessler)."""
        label = {sp._.factx_canonical: sp.label_ for sp in spans if sp._.factx_canonical}
        shorts = [
            n
            for n, lab in label.items()
            if lab == "ORG"
            and 2 <= len(n) <= 6
            and n.isascii()
            and n.isalpha()
            and n.isupper()
            and key(n) not in self.index.by_key
        ]
        if not shorts:
            return
        initials: dict[str, list[str]] = {}
        for n in label:
            a = acronym(n, min_words=2)
            if a is not None:
                initials.setdefault(a, []).append(n)
        full: dict[str, str] = {}
        for short in shorts:
            found = [n for n in initials.get(short, []) if n != short]
            if len(found) == 1 and label[found[0]] != "PER":
                full[short] = found[0]
        for sp in spans:
            if sp.label_ == "ORG" and sp._.factx_canonical in full:
                sp._.factx_canonical = full[sp._.factx_canonical]

    def fullest_names(self, spans: list[Span]) -> None:
        """A company's name written shorter elsewhere in the article goes by its full name, whichever came
        first, when it shortens only that one name: without the words that end companies' names ("Orvéa" in
        the headline, "Orvéa Énergie" below), or without the first words ("Couche-Tard", "Alimentation
        Couche-Tard"); a public body's noun alone ("la Région", "la Métropole") is the one body named with it.
        Never two names one sentence writes, and the data file's names keep their own form ("Google" is not
        "Google Cloud")."""
        suffixes = lexicon()["own_suffixes"]
        names = {sp._.factx_canonical for sp in spans if sp.label_ == "ORG" and sp._.factx_canonical}
        # the sentences each name is written in: two names written in one sentence are two parties ("Hitachi a
        # racheté ABB Power Grids, rebaptisé Hitachi Energy", "le Crédit Gascon a vendu sa filiale Crédit Gascon
        # Immobilier")
        sent_of = sentence_index(spans[0].doc) if spans else []
        written: dict[str, set[int]] = {}
        for sp in spans:
            written.setdefault(sp._.factx_canonical or "", set()).add(sent_of[sp.start])
        # a person's name counts against it too ("Adouria Gascogne", which the model may take for one)
        words = {
            sp._.factx_canonical: sp._.factx_canonical.split() for sp in spans if sp.label_ in ("ORG", "PER")
        }
        full: dict[str, str] = {}
        for n in names:
            ws = words[n]
            if key(n) in self.index.by_key or len(n) < 3:
                continue  # ("U" is no short form of "Système U")
            k = len(ws)
            longer = [m for m, ms in words.items() if len(ms) > k and (ms[:k] == ws or ms[-k:] == ws)]
            if len(longer) != 1:
                continue  # "Adouria": "Banque Adouria" or "Adouria Gascogne"
            ms = words[longer[0]]
            if longer[0] not in names or written.get(n, set()) & written.get(longer[0], set()):
                continue
            body = k == 1 and fold(n) in places()["public_bodies"]  # "la Région", "la Métropole"
            if (
                ms[:k] == ws
                and (body or all(x in suffixes for x in ms[k:]))
                or ms[-k:] == ws
                and all(x[:1].isupper() for x in ms[:-k])
            ):
                full[n] = longer[0]
        for sp in spans:
            if sp.label_ == "ORG" and sp._.factx_canonical in full:
                sp._.factx_canonical = full[sp._.factx_canonical]

    @staticmethod
    def described_company(doc: Doc, spans: list[Span]) -> list[Span]:
        """An article that calls its subject "l'enseigne", "la marque", "l'entreprise" at least twice
        (entity_stoplist.yaml ``company_nouns``) is about the unknown one-word name the model took for a person
        or a place that it names most ("Camaïeu"), when it names no company as often (unions, outlets and
        institutions aside) and no person of that surname ("François-Henri Pinault", then "Pinault")."""
        from .lexicon import descriptions, grammar, is_outlet, sources

        w = token_strings(doc)
        nouns = lexicon()["company_nouns"]
        pointing = _definite() | grammar().demonstrative
        described = sum(
            1
            for i in range(1, len(doc))
            if w.lower_apos[i - 1] in pointing and w.text[i].islower() and fold(w.text[i]) in nouns
        )
        if described < 2:
            return spans
        counts: Counter[str] = Counter(sp._.factx_canonical for sp in spans if sp._.factx_canonical)
        labels: dict[str, set[str]] = {}
        for sp in spans:
            labels.setdefault(sp._.factx_canonical, set()).add(sp.label_)
        d, src = descriptions(), sources()
        orgs = max(
            (
                n
                for c, n in counts.items()
                if "ORG" in labels[c] and not (src.is_third_party(c) or is_outlet(c) or d.is_institution(c))
            ),
            default=0,
        )
        surnames = {c.rsplit(" ", 1)[-1] for c in counts if " " in c and "PER" in labels[c]}
        candidates = [
            (n, c)
            for c, n in counts.items()
            if n >= 2
            and n > orgs
            and c not in surnames
            and " " not in c
            and labels[c] <= {"PER", "LOC", "MISC"}
            and not is_place(c)
        ]
        if not candidates:
            return spans
        _n, name = max(candidates)
        out = []
        for sp in spans:
            if sp._.factx_canonical == name:
                new = Span(doc, sp.start, sp.end, label="ORG")
                new._.factx_canonical = name
                sp = new
            out.append(sp)
        return out

    @staticmethod
    def families(doc: Doc, spans: list[Span]) -> list[Span]:
        """ "la famille Callendre", "par la famille Le Goff": the family is a party of its own, an organisation
        named "famille Callendre" (entity_stoplist.yaml ``family_nouns``), not the company or person of its name."""
        w = token_strings(doc)
        nouns = family_nouns()
        by_start = {sp.start: sp for sp in spans}
        dets = single_determiners() | {"leur"}
        found: dict[int, Span] = {}
        for i in [i for i, t in enumerate(w.lower) if t in nouns and 0 < i < len(doc) - 1]:
            name = by_start.get(i + 1)
            if name is None or not w.text[i].islower() or w.lower_apos[i - 1] not in dets:
                continue
            text = w.span_text(name.start, name.end)
            # a surname the model took for a town is one, a known place is not; "la famille Pixel 9" is products
            if name.label_ not in ("PER", "ORG", "MISC", "LOC") or name.label_ == "LOC" and is_place(text):
                continue
            if any(c.isdigit() for c in text):
                continue
            new = Span(doc, i, name.end, label="ORG")
            # the name as written: "la famille Callendre" of "Établissements Callendre" is famille Callendre
            new._.factx_canonical = f"{w.text[i]} {text}"
            found[name.start] = new
        if not found:
            return spans
        return [sp for sp in spans if sp.start not in found] + list(found.values())

    @staticmethod
    def other_occurrences(doc: Doc, spans: list[Span], taken: list[bool]) -> list[Span]:
        """A company or product name the model found once is the same name where it missed it ("la société de
        cybersécurité Wiz par Google", where only "Google" was tagged): every other occurrence of its exact
        words, capitalised as found, not inside another name."""
        w = token_strings(doc)
        by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for sp in spans:
            words = tuple(w.text[sp.start : sp.end])
            if sp.label_ in ("ORG", "PRODUCT") and words[0][:1].isupper() and len("".join(words)) >= 3:
                entry = (words, sp.label_, sp._.factx_canonical or " ".join(words))
                if entry not in by_first.setdefault(words[0], []):
                    by_first[words[0]].append(entry)
        out: list[Span] = []
        for i in [i for i, t in enumerate(w.text) if t in by_first and not taken[i]]:
            for words, label, canonical in sorted(by_first[w.text[i]], key=lambda e: -len(e[0])):
                end = i + len(words)
                if tuple(w.text[i:end]) == words and not any(taken[i:end]):
                    longer = _rest_of_name(doc, i, end) if label == "ORG" else end
                    if longer > end and any(taken[end:longer]):
                        continue
                    if longer == end and end < len(doc) and w.text[end][:1].isupper():
                        continue  # a longer name of its own
                    if longer > end:  # "Orvéa Énergie", where the model found only "Orvéa": the full name
                        canonical, end = w.span_text(i, longer), longer
                    new = Span(doc, i, end, label=label)
                    new._.factx_canonical = canonical
                    out.append(new)
                    for t in range(i, end):
                        taken[t] = True
                    break
        return out

    # Nothing to save: the component's knowledge is the data files (spaCy still calls these on nlp.to_disk).
    def to_disk(self, path: Any, *, exclude: Any = ()) -> None:
        return None

    def from_disk(self, path: Any, *, exclude: Any = ()) -> EntityFixer:
        return self

    def to_bytes(self, *, exclude: Any = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Any = ()) -> EntityFixer:
        return self


@Language.factory("factx_entities", assigns=["doc.spans"], requires=["doc.ents"])
def make_entities(nlp: Language, name: str) -> EntityFixer:
    extensions.register()
    return EntityFixer(nlp, name)


def _before_name(w: TokenStrings, s: int, label: str) -> bool:
    """Token ``s`` says who the capitalised name right after it is without being part of it: a form of address
    ("Me Hélène Carrat", "Mme Isabelle Callendre"; a word such as "Monsieur" only before a person's name the
    model tagged, "Monsieur Bricolage" is a brand), or a demonym written with a capital, as of a person, after a
    definite article ("le Français Meridiam", "l'Américain GlobalFoundries"). "La Française des Jeux" keeps its
    own (no capital follows), "l'Olympique Dauphinois" too (capitalised words ending as adjectives open names,
    and a demonym follows), and so does "La Parisienne Assurances" (a sector word follows)."""
    text = w.text
    if s + 1 >= len(text) or not text[s + 1][:1].isupper() or "\n" in w.space[s]:
        return False
    if text[s] in lexicon()["honorifics"]:
        return label == "PER" or not text[s].isalpha() or len(text[s]) <= 3  # "M.", "Mme", "Dr"
    return (
        s > 0
        and w.lower_apos[s - 1] in _definite()
        and text[s][:1].isupper()
        and demonym_word(text[s], _person_demonym_endings())
        and not demonym_word(text[s + 1])
        and text[s + 1] not in lexicon()["suffixes"]
    )


def _untagged_capitals(doc: Doc, e: int, most: int = 4) -> int:
    """The end of the capitalised words from ``e`` (``most`` of them), each after a space on the same line, that
    the model tagged in no name."""
    w = token_strings(doc)
    end = e
    while (
        end < len(doc)
        and end - e < most
        and w.space[end - 1]
        and "\n" not in w.space[end - 1]
        and w.text[end][:1].isupper()
        and w.is_alpha[end]
        and doc[end].ent_iob_ not in ("B", "I")
    ):
        end += 1
    return end


def _rest_of_name(doc: Doc, s: int, e: int) -> int:
    """ "le Crédit Gascon Coopératif", "Orvéa Énergie rachète": the words that end companies' names
    (entity_stoplist.yaml ``org_suffixes``) the model left after one, on the same line, are the rest of it; an
    arm's ("la holding Lozach Participations") too, a party of its own."""
    w = token_strings(doc)
    lex = lexicon()
    if e - s == 1 and fold(w.text[s]) + " " in lex["org_prefixes"]:
        # "les Transports Lemoine": the model kept the company noun alone; the capitalised words after it name
        e = _untagged_capitals(doc, e, most=3)
    suffixes = lex["name_suffixes"]
    while (
        e < len(doc)
        and e - s < 5
        and "\n" not in w.space[e - 1]
        and w.space[e - 1]
        and w.text[e] in suffixes
        and _untagged_or_alone(doc, e)
    ):
        e += 1
    return e


def _rest_of_place(doc: Doc, s: int, e: int) -> int:
    """ "la Région Grand Est": a listed place (places.yaml) the model's name cut before its last words, on the
    same line, is whole."""
    w = token_strings(doc)
    for m in (e + 2, e + 1):
        if m > len(doc) or any(
            "\n" in w.space[t - 1] or not w.space[t - 1] or not w.text[t][:1].isupper() or not w.is_alpha[t]
            for t in range(e, m)
        ):
            continue
        if any(is_place(w.span_text(k, m)) for k in range(max(s, e - 2), e)):
            return m
    return e


def _untagged_or_alone(doc: Doc, i: int) -> bool:
    """The model tagged token ``i`` in no name, or as a name of that one word ("Austral" + "Télécom": a sector
    word alone names no company)."""
    iob = doc[i].ent_iob_
    return iob not in ("B", "I") or iob == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")


def _brief_headings(w: TokenStrings) -> list[str]:
    """The keys of the names a brief opens a line with, then what they are: "Monalys. La fintech parisienne a
    bouclé...". The model may tag no name there, the line being a sentence of its own."""
    out = []
    org_nouns = lexicon()["org_nouns"]
    n = len(w.text)
    for i in [i for i in range(n - 3) if w.text[i][:1].isupper() and line_start(w, i)]:
        k = i
        while k < min(n - 2, i + 4) and w.text[k][:1].isupper() and not w.is_stop[k]:
            k += 1  # (not "Selon Talvane.")
        if (
            k > i
            and w.text[k] in (".", ":")
            and w.lower_apos[k + 1] in single_determiners()
            and k + 2 < n
            and fold(w.text[k + 2]) in org_nouns
        ):
            out.append(key(w.span_text(i, k)))
    return out


def _magnitude(word: str) -> bool:
    """A word that makes the number before it an amount ("100 millions", "3 Md€", "25 %")."""
    from ..normalize.numbers import magnitude_words

    return word == "%" or word.rstrip("€$£") in magnitude_words()


def _listed_with_a_company(span: Span) -> bool:
    """Whether the name is a list's item next to one the model tags ORG, a bracket after an item skipped
    ("Telecom Italia (23,8 %), Mediaset (28,8 %) et MultiChoice"): places are kept by the places list before
    this is asked, and the parse often hangs such lists on the wrong word."""
    from .lexicon import grammar

    links = grammar().list_links
    doc = span.doc
    i = span.start - 1
    if i > 0 and doc[i].lower_ in links:
        i -= 1
        if doc[i].text == ")":
            i = next((k for k in range(i - 1, max(-1, i - 12), -1) if doc[k].text == "("), 0) - 1
        if i >= 0 and doc[i].ent_type_ == "ORG":
            return True
    j = span.end
    if j < len(doc) and doc[j].text == "(":
        j = next((k for k in range(j + 1, min(len(doc), j + 12)) if doc[k].text == ")"), len(doc)) + 1
    return j + 1 < len(doc) and doc[j].lower_ in links and doc[j + 1].ent_type_ == "ORG"


def _joined_names(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """A person's name the model cut in two at a middle name ("Thibaud" + "Hug" + "De Larauze"): one PER span,
    when its first part is a person, only capitalised words come between and the second part starts with a
    capital or a name particle (entity_stoplist.yaml ``name_particles``). A company after it is no part of it
    ("Paul Pogba de la Juventus"), nor is what a lowercase word joins ("le fonds Addition de Lee Fixel").
    A name cut after an apostrophe is one too."""
    w = token_strings(doc)
    particles = lexicon()["name_particles"]
    out: list[Span] = []
    for ent in ents:
        end = ent.end
        if (
            end < len(doc)
            and w.text[end - 1][-1:] in ("'", "’")
            and not w.space[end - 1]
            and w.is_alpha[end]
            and w.text[end][:1].isupper()
        ):
            # no name ends on an elision: the tokenizer cut "Tram'Ouest" after its apostrophe
            end += 1
        if end != ent.end:
            ent = Span(doc, ent.start, end, label=ent.label_)
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "PER"
            and ent.label_ != "ORG"
            and 0 <= ent.start - prev.end <= 2
        ):
            gap = range(prev.end, ent.start)
            joined = all("\n" not in w.space[t - 1] for t in (*gap, ent.start))
            capitals = all(w.text[t][:1].isupper() and w.is_alpha[t] for t in gap)
            first = w.text[ent.start]
            particle = _fold(first) in particles
            if joined and capitals and (particle or gap and first[:1].isupper()):
                out[-1] = Span(doc, prev.start, ent.end, label="PER")
                continue
        out.append(ent)
    return tuple(out)


def _titled(w: TokenStrings, start: int) -> bool:
    """A person's title right before the name, or before its comma ("le fondateur Pierre Fabre", "Son
    fondateur, Pierre Fabre"): places.yaml ``person_nouns`` and ``head_nouns``."""
    word, at = word_before(w, start)
    if word == "," and at > 0:
        word, _ = word_before(w, at)
    return word in _titles()


@cache
def _titles() -> frozenset[str]:
    pl = places()
    return frozenset(pl["person_nouns"] | pl["head_nouns"])


@cache
def _alias_spellings() -> frozenset[str]:
    """The names aliases.yaml gives and their spellings (folded): a name an article may write after an article."""
    from .lexicon import descriptions

    return frozenset(fold(x) for k, v in descriptions().aliases.items() for x in [k, *v] if x)


@cache
def single_determiners() -> frozenset[str]:
    """The determiners of one thing, no contracted "du" (grammar.yaml): "le patron du distributeur X"."""
    from .lexicon import grammar

    g = grammar()
    possessive = {w for w, n in g.possessive.items() if n == "sing" and not w.endswith("s")}
    return frozenset(g.definite_article | g.indefinite | possessive | g.demonstrative - {"ces"})


def _after_noun(w: TokenStrings, j: int, nouns: set[str], determiners: frozenset[str] = DETERMINERS) -> bool:
    """One of ``determiners``, one of ``nouns`` (lowercase) and its adjectives right before token ``j`` ("la PME
    bretonne", "l'assistant")."""
    for p in skip_adjectives_back(w, j):
        ns = phrase_before(w, p, nouns)
        if ns > 0 and _fold(w.text[ns - 1]) in determiners and w.text[ns][:1].islower():
            return True
    return False


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _place_bodies(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of names a capitalised public body's noun (places.yaml ``public_bodies``) closes or joins,
    after a capitalised word: "Tours Métropole Val de Loire", "Brest Métropole" (the capitalised words and
    particles after the noun are the rest of the name, on the same line)."""
    w = token_strings(doc)
    bodies = places()["public_bodies"]
    particles = lexicon()["name_particles"]
    n = len(doc)
    out: list[tuple[int, int]] = []

    def capital(t: int) -> bool:
        return 0 <= t < n and not taken[t] and w.text[t][:1].isupper() and w.is_alpha[t]

    def name_word(t: int) -> bool:  # a capitalised word of a name: "Selon", "Pour", "Le" open no name
        return capital(t) and w.pos[t] in (PROPN, NOUN, ADJ, X) and _fold(w.text[t]) not in _function_words()

    for i in range(1, n):
        if not capital(i) or _fold(w.text[i]) not in bodies or "\n" in w.space[i - 1]:
            continue
        if out and out[-1][1] > i:
            continue
        s = i
        while s > 0 and i - s < 3 and "\n" not in w.space[s - 1] and name_word(s - 1):
            s -= 1
        if s > 0 and capital(s - 1) and is_place(w.span_text(s - 1, i)):
            s -= 1  # "Le Mans Métropole": a place's name with its article
        if s == i:
            continue
        e = i + 1
        while e < n and "\n" not in w.space[e - 1] and e - i < 5:
            if capital(e):
                e += 1
            elif _fold(w.text[e]) in particles and capital(e + 1):
                e += 2
            else:
                break
        out.append((s, e))
    return out


def _org_span(
    doc: Doc,
    start: int,
    end: int,
    name: str,
    canon: Canonicalizer,
    taken: list[bool],
    known_label: bool = False,
) -> Span:
    """An organisation's span named ``name`` (a name read before, or a new one), its tokens taken; with
    ``known_label``, a name the article or the data file already knows keeps its label."""
    hit = canon.lookup(name, "ORG")
    span = Span(doc, start, end, label=hit.label if known_label and hit is not None else "ORG")
    span._.factx_canonical = hit.name if hit is not None else canon.add(name, "ORG").name
    for t in range(start, end):
        taken[t] = True
    return span
