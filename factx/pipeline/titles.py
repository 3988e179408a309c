"""`role` claims: a person's title in an organisation, from roles.yaml's titles.

Three constructions: apposition ("Sam Altman, PDG d'OpenAI", "le PDG de Renault, Luca de Meo"), a possessive
title ("sa directrice générale, Claire Martin": the organisation the article was just talking about), and a
predicate ("Bobby Kotick restera CEO d'Activision", "X a été nommé directeur général de Y").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.symbols import ADJ, DET, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from .. import data
from ..canon import fold, is_family
from .draft import Draft, Filled
from .entities import is_place
from .entities import lexicon as entity_words
from .extensions import AMOUNTS
from .frames import guess_infinitive, split_phrase
from .lexicon import grammar
from .roles import Context, mention_of, scan_prep
from .syntax import is_possessive, logical, norm, prep_matches
from .tokens import token_strings

PREDICATE_DEPS = ("xcomp", "obj", "ROOT", "conj", "obl:arg")


@cache
def titles() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Role titles indexed by first word: {"pdg": [(("pdg",), "PDG")]}, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for written, canonical in (data.load("roles").get("titles") or {}).items():
        words = tuple(split_phrase(str(written)))
        # the tokenizer splits some hyphenated titles ("président-directeur" -> président - directeur) and
        # keeps others whole ("vice-président", "P.-D.G."): index both spellings
        split = tuple(w for word in words for w in re.split(r"(?<=\w)(-)(?=\w)", word) if w)
        # and a final period the tokenizer may split off ("p.-d.g." -> p.-d.g .)
        dotted = (*words[:-1], words[-1][:-1], ".") if len(words[-1]) > 1 and words[-1].endswith(".") else ()
        # a one-word title's plural names several holders ("les cofondateurs de Back Market")
        plural = (
            (f"{words[0]}s",)
            if len(words) == 1 and words[0][-1:].isalpha() and words[0][-1] not in "sx"
            else ()
        )
        for variant in {words, split, dotted, plural}:
            if variant:
                index.setdefault(variant[0], []).append((variant, str(canonical)))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


@cache
def title_adjectives() -> dict[str, str]:
    """Adjectives that make a title of their own after one, as written -> as in the canonical title (roles.yaml
    ``title_adjectives``)."""
    raw = data.load("roles").get("title_adjectives") or {}
    return {str(k).lower(): str(v) for k, v in raw.items()}


@cache
def company_titles() -> frozenset[str]:
    """Titles only a company's people hold (roles.yaml ``company_titles``)."""
    return frozenset(str(t) for t in data.load("roles").get("company_titles") or [])


@cache
def owner_titles() -> frozenset[str]:
    """Titles of an owner, a party of its own (roles.yaml ``owner_titles``)."""
    return frozenset(str(t) for t in data.load("roles").get("owner_titles") or [])


@cache
def public_offices() -> frozenset[str]:
    """Canonical titles of a State's offices, whose complement is a portfolio (roles.yaml ``public_offices``)."""
    return frozenset(str(t) for t in data.load("roles").get("public_offices") or [])


@cache
def _portfolio_words() -> tuple[frozenset[str], frozenset[str]]:
    raw = data.load("roles")
    return (
        frozenset(str(w).lower() for w in raw.get("portfolio_prepositions") or []),
        frozenset(str(w).lower() for w in raw.get("portfolio_joins") or []),
    )


@cache
def title_time_adverbs() -> frozenset[str]:
    """Adverbs of time between a name's comma and its title, as written (roles.yaml ``title_time_adverbs``)."""
    return frozenset(
        str(w).lower().replace("’", "'") for w in data.load("roles").get("title_time_adverbs") or []
    )


@cache
def post_nouns() -> frozenset[str]:
    """Nouns of the post a title names (roles.yaml ``post_nouns``: "au poste de directeur général")."""
    return frozenset(str(t).lower() for t in data.load("roles").get("post_nouns") or [])


@cache
def post_verbs() -> frozenset[str]:
    """Verbs whose subject holds the post their complement names (roles.yaml ``post_verbs``)."""
    return frozenset(str(t).lower() for t in data.load("roles").get("post_verbs") or [])


@cache
def title_frame() -> str:
    """The frame of the claims titles give (roles.yaml `frame`)."""
    return str(data.load("roles").get("frame") or "role")


def _person(ctx: Context, tok: Token) -> Filled | None:
    # a title's holder is a person whatever label the model gave a name it did not know ("Sjuul Berden,
    # PDG d'United Wardrobe": MISC); a name of two words or more, not an organisation's
    m = mention_of(ctx, tok)
    if m is None or m.get("outlet"):
        return None
    person = m.get("label") == "PER" or (
        m.get("label") == "MISC" and m["how"] == "name" and len((m.get("text") or "").split()) >= 2
    )
    return Filled(m, tok.i, f"title/{m['how']}") if person else None


def _org(ctx: Context, tok: Token, how: str) -> Filled | None:
    m = mention_of(ctx, tok)
    if m is None or m.get("label") == "PER" or m.get("outlet"):
        return None
    return Filled(m, tok.i, f"{how}/{m['how']}")


def _company_before(ctx: Context, start: int) -> bool:
    """A company set off right before the title ("Lagardère, propriétaire du magazine Paris Match"): what the
    title says is the company's (it owns), no person's."""
    if start - 2 < ctx.sent.start or ctx.doc[start - 1].text != ",":
        return False
    m = ctx.idx.get(start - 2)
    return m is not None and m.get("label") in ("ORG", "MISC") and not m.get("outlet")


def _becoming(pred: Token) -> bool:
    """The title is the predicate of "devenir" ("est devenu propriétaire de Solvik": an acquisition, told so)."""
    verb = pred.head if pred.dep_ != "ROOT" else pred
    return verb.lemma_.lower() == "devenir"


def _after_preposition(sent: Span, start: int) -> bool:
    """A word of a preposition opens the sentence before the title ("Au PDG de Kelvia, X a répondu": to him)."""
    return start > sent.start and norm(sent.doc[sent.start].text) in grammar().title_openers


def _share_in(doc: Doc, end: int, org: Filled) -> bool:
    """A percentage between the title and its organisation: "propriétaire de 10 % de Kelvia" owns a share (the
    amounts component's spans: "10 %", "10 pour cent")."""
    return org.token > end and any(
        end <= s.start < org.token and (s._.factx_amount or {}).get("kind") == "percent"
        for s in doc.spans[AMOUNTS]
    )


def _alternative_follows(ctx: Context, i: int) -> bool:
    """The name at token ``i`` is set off by a comma and followed by "ou": it goes on a list of alternatives (of
    the title's complement), no holder ("dont le CEO X ou encore le prix Nobel Y" is a list of people)."""
    span = ctx.idx.span_of(i) or (i, i + 1)
    k = span[1] + 1
    if k < ctx.sent.end and norm(ctx.doc[k].text) in grammar().alternative_adverbs:
        k += 1
    # (a name of no person right after it: "ou encore Saint Laurent"; not "ou encore l'économiste Jean Tirole",
    # "ou encore Michel-Édouard Leclerc", "ou son directeur général": a list of people)
    return (
        span[0] - 1 >= ctx.sent.start
        and ctx.doc[span[0] - 1].text == ","
        and span[1] < ctx.sent.end
        and norm(ctx.doc[span[1]].text) in grammar().alternative_links
        and k < ctx.sent.end
        and ctx.doc[k].text[:1].isupper()
        and (ctx.idx.get(k) or {}).get("label") != "PER"
    )


def _title_at(sent: Span, low: list[str], i: int) -> tuple[tuple[str, ...], str] | None:
    """(words, canonical title) of the longest title written at token ``i`` of ``sent``."""
    return next(
        (
            (words, canonical)
            for words, canonical in titles().get(low[i], ())
            if i + len(words) <= sent.end and tuple(low[i : i + len(words)]) == words
        ),
        None,
    )


def has_title(sent: Span) -> bool:
    """The sentence writes a title (role_drafts may find a role in it)."""
    index = titles()
    low = token_strings(sent.doc).lower_norm
    return any(_title_at(sent, low, i) for i in range(sent.start, sent.end) if low[i] in index)


def _relation_before(low: list[str], i: int, start: int) -> bool:
    """The title at ``i`` is the "de" complement of a relation noun ("petit-fils du fondateur", "l'épouse du
    PDG": grammar.yaml ``relation_nouns``): another person's title."""
    g = grammar()
    j = i - 1
    while j > start and low[j] in g.definite_article:
        j -= 1
    if j <= start or low[j] not in g.prep_forms("de"):
        return False
    return any(tuple(low[j - len(r) : j]) == r for r in g.relation_nouns if j - len(r) >= start)


def _in_a_name(ctx: Context, i: int) -> bool:
    """Token ``i`` is a word of a person's name, capitalised as names are ("Bruno Le Maire")."""
    m = ctx.idx.get(i)
    span = ctx.idx.span_of(i)
    return (
        m is not None
        and m.get("label") == "PER"
        and m.get("how") in ("name", "alias")
        and span is not None
        and span[0] < i  # after the name's first word: a title opening a mention is the model's overreach
        and ctx.doc[i].text[:1].isupper()
    )


def _portfolio_end(ctx: Context, end: int) -> int:
    """Where the portfolio written after a public office's title at ``end`` ends ("ministre français de
    l'Économie et des Finances", "ministre déléguée chargée de l'Industrie", "commissaire à la Concurrence"):
    a preposition, then nouns and adjectives, parts joined by "et" or a comma; up to a name, a verb or another
    word. ``end`` when none is written."""
    doc, sent = ctx.doc, ctx.sent
    s = token_strings(doc)
    preps, joins = _portfolio_words()
    j, last = end, end
    # the office's own adjectives and participles before it ("français", "chargée")
    while j < sent.end and s.pos[j] in (ADJ, VERB) and doc[j].text.islower() and s.norm[j] not in preps:
        j += 1
    if j > end and s.pos[j - 1] == ADJ:
        last = j  # "président de la République tchèque", "ministre français"
    while j < sent.end and s.norm[j] in preps:
        k = j + 1
        while k < sent.end and s.pos[k] == DET:
            k += 1
        words = k
        while (
            words < sent.end
            and s.pos[words] in (NOUN, PROPN, ADJ)
            and not ((m := ctx.idx.get(words)) is not None and m.get("label") == "PER")
        ):
            words += 1
        if words == k:
            break  # a preposition with no portfolio after it
        last = j = words
        # "et des Finances", ", des Finances et de la Souveraineté industrielle et numérique"
        if j + 1 < sent.end and s.norm[j] in joins:
            if s.norm[j + 1] in preps:
                j += 1
            elif s.pos[j + 1] == ADJ and doc[j + 1].text.islower():
                last = j = j + 2
                if j < sent.end and s.norm[j] in joins and j + 1 < sent.end and s.norm[j + 1] in preps:
                    j += 1
    return last


def role_drafts(ctx: Context) -> list[Draft]:
    sent, doc = ctx.sent, ctx.doc
    out: list[Draft] = []
    index = titles()
    low = token_strings(doc).lower_norm  # no Token object for the words that open no title (nearly all)
    found: list[tuple[int, int, str]] = []
    offices: set[int] = set()
    i = sent.start
    while i < sent.end:
        hit = _title_at(sent, low, i) if low[i] in index else None
        if hit is None or _relation_before(low, i, sent.start) or _in_a_name(ctx, i):
            # "petit-fils du fondateur": the complement's title is someone else's; "Bruno Le Maire": a name
            i += 1
            continue
        end = i + len(hit[0])
        canonical = hit[1]
        # "directeur sportif", "vice-présidente exécutive": adjectives written right after a title that make
        # a title of their own (roles.yaml ``title_adjectives``) are part of it
        adjectives = end
        while adjectives < sent.end and low[adjectives] in title_adjectives():
            adjectives += 1
        # (a one-word title is an adjective there too: "directeur général délégué")
        after = _title_at(sent, low, end) if adjectives > end else None
        if adjectives > end and (after is None or len(after[0]) == 1):
            canonical = " ".join([canonical, *(title_adjectives()[a] for a in low[end:adjectives])])
            end = adjectives
        if hit[1] in public_offices():
            # "ministre de l'Économie et des Finances": the portfolio is the title's, and names no organisation
            portfolio = _portfolio_end(ctx, end)
            if portfolio > end:
                canonical = f"{canonical} {doc[end:portfolio].text}"
                end = portfolio
            offices.add(i)
        found.append((i, end, canonical))
        i = end
    # "président et CEO de Cisco", "cofondateur et PDG de WhatsApp": titles joined by "et" are one person's
    # titles at one organisation, read once for the group
    groups: list[list[tuple[int, int, str]]] = []
    for t in found:
        if groups and tuple(low[groups[-1][-1][1] : t[0]]) in grammar().title_joins:
            groups[-1].append(t)
        else:
            groups.append([t])
    for group in groups:
        # "Nicolas Julia, dirigeant et co-fondateur": a company's title in the group makes them all a company's
        company = any(canonical in company_titles() for _, _, canonical in group)
        drafts = [(t, _title(ctx, *t, company=company, office=t[0] in offices)) for t in group]
        model = next((d for _, d in drafts if d is not None), None)
        for (start, end, canonical), d in drafts:
            if d is None and model is not None:
                d = Draft(model.frame, sent, start, "noun")
                d.subject, d.object = model.subject, model.object
                d.value = Filled(
                    {"text": doc[start:end].text, "canonical": canonical, "label": None}, start, "title"
                )
                # (a title joined to a predicated one is predicated too: "X pourrait devenir président et PDG")
                joined = (
                    "title/predicate/joined" if model.how["frame"] == "title/predicate" else "title/joined"
                )
                d.how = {**model.how, "frame": joined}
            if d is not None:
                out.append(d)
                out += _coordinated(ctx, d)
    return out


def _post_participle(tok: Token) -> bool:
    """A past participle of a verb of taking or holding a post ("nommé", "élue", "reconduit")."""
    if "Part" not in tok.morph.get("VerbForm") or "Past" not in tok.morph.get("Tense"):
        return False
    return (
        guess_infinitive(tok.lower_, tok.lemma_, tok.pos) in post_verbs()
        or tok.lemma_.lower() in post_verbs()
    )


def _determiner_of(sent: Span, start: int) -> int:
    """The index of the word before the title at ``start`` and the adjectives before it ("son actuel directeur
    général", "le nouveau PDG"): its determiner when it has one."""
    det = start - 1
    while det > sent.start and sent.doc[det].pos_ == "ADJ" and sent.doc[det].text[:1].islower():
        det -= 1
    return det


def _has_definite_article(sent: Span, start: int) -> bool:
    det = _determiner_of(sent, start)
    return det >= sent.start and norm(sent.doc[det].text) in grammar().definite_article


def _coordinated(ctx: Context, d: Draft) -> list[Draft]:
    """ "Les dirigeants de Renault, Jean-Dominique Senard et Clotilde Delbos", "X, Y et Z, les cofondateurs de
    Back Market": one role each."""
    out = []
    people = [c for c in ctx.doc[d.subject.token].children if c.dep_ == "conj"]
    written = (d.value.mention.get("text") or "") if d.value is not None else ""
    canonical = (d.value.mention.get("canonical") or "") if d.value is not None else ""
    if d.subject.token < d.trigger and written.lower().endswith("s") and not canonical.lower().endswith("s"):
        # a plural title ("X, Y et Z, les cofondateurs de Back Market"): the names listed right before the
        # holder the title follows, whatever the parse made of the list
        links = set(grammar().list_links)
        span = ctx.idx.span_of(d.subject.token) or (d.subject.token, d.subject.token + 1)
        j = span[0] - 1
        while j > ctx.sent.start and ctx.doc[j].lower_ in links:
            prev = ctx.idx.span_of(j - 1)
            if prev is None or ctx.idx.get(j - 1) is None:
                break
            if prev[0] > ctx.sent.start and ctx.doc[prev[0] - 1].pos_ == "ADP":
                break  # "Reçus par Emmanuel Macron, Arthur Mensch et Timothée Lacroix, les cofondateurs de..."
            people.append(ctx.doc[prev[0]])
            j = prev[0] - 1
    seen = {d.subject.canonical}
    for c in people:
        p = _person(ctx, c)
        if p is not None and p.canonical not in seen:
            seen.add(p.canonical)
            other = Draft(d.frame, d.sent, d.trigger, "noun")
            other.subject, other.object, other.value = p, d.object, d.value
            other.how = {**d.how, "subject": p.how, "split": "subject"}
            out.append(other)
    return out


def _known_post(ctx: Context, person: Filled) -> Filled | None:
    """The organisation of the latest title the article gave ``person`` with its organisation named."""
    for d in reversed(ctx.previous):
        if (
            d.frame == title_frame()
            and d.subject is not None
            and d.subject.canonical == person.canonical
            and d.object is not None
            and d.object.how not in ("salient", "known_post")
        ):
            return Filled(d.object.mention, -1, "known_post")
    return None


def _namesake(ctx: Context, person: Filled) -> Filled | None:
    """ "Isabelle Callendre, PDG et petite-fille du fondateur": the one company of the article that bears the
    person's family name (a family firm: "Callendre", "Marquenat" for Hélène Marquenat-Roux), not the family
    itself ("la famille Callendre" holds shares, it has no PDG) nor its holding or fund ("Financière Laborde",
    "Lozach Participations": entity_stoplist.yaml ``holding_openers``, ``arm_suffixes``)."""
    words = person.canonical.split()
    if len(words) < 2:
        return None
    lex = entity_words()
    surnames = {fold(p) for p in words[-1].split("-") if len(p) > 2}
    found: dict[str, dict] = {}
    for m in ctx.idx.mentions:
        name = m["canonical"]
        parts = name.replace("-", " ").split()
        if (
            m.get("label") in ("ORG", "MISC")  # (a company the model may tag either way)
            and not m.get("outlet")
            and not is_family(name)
            and parts[0] not in lex["holding_openers"]
            and parts[-1] not in lex["arm_suffixes"]
            and surnames & {fold(x) for x in parts}
        ):
            found[name] = m
    # one company, however many spellings ("Établissements Callendre", "Callendre"): its shortest
    names = sorted(found, key=len)
    if not names or any(not set(names[0].split()) <= set(n.split()) for n in names[1:]):
        return None  # none, or several that share the name: no guess
    # and one the story is about (a party of a fact it stated before, or its most salient company), not a
    # competitor, client or sponsor named in passing ("la concurrence de Legrand" for Sophie Legrand)
    parties = {
        f.canonical
        for p in ctx.previous
        if p.stated and p.frame != title_frame()
        for f in (p.subject, p.object)
        if f is not None
    }
    topic = ctx.idx.topic(("ORG", "MISC"))
    if topic is not None:
        parties.add(topic["canonical"])
    if not parties & set(names):
        return None
    return Filled(found[names[0]], -1, "namesake")


def _org_in_apposition(ctx: Context, end: int) -> Filled | None:
    """ "vice-président chargé de l'oncologie chez AstraZeneca", "analyste principal à la Swissquote Bank": the
    first organisation a preposition of grammar.yaml ``title_org_prepositions`` introduces after the title,
    before the apposition's comma."""
    doc, g = ctx.doc, grammar()
    s = token_strings(doc)
    for j in range(end, min(ctx.sent.end, end + 12) - 1):
        if s.text[j] in (",", ";", "(", "«", '"') or s.pos[j] == VERB and "Part" not in s.feat(j, "VerbForm"):
            return None  # the apposition ends; a finite verb is another clause
        if s.norm[j] in g.title_org_prepositions:
            k = j + 1
            while k < ctx.sent.end and s.pos[k] == DET:
                k += 1
            if k < ctx.sent.end and (m := ctx.idx.get(k)) is not None and m.get("label") == "ORG":
                return _org(ctx, doc[k], "apposition")
    return None


def _title_org(ctx: Context, start: int, end: int, head: Token) -> Filled | None:
    """The organisation the title at ``start``..``end`` names: its "de" complement (or an adjective's:
    "vice-présidente exécutive d'Autodesk"), one right after it ("délégué FO"), or one further in its
    apposition."""
    doc = ctx.doc
    org = next(
        (o for t in doc[start:end] for c in t.children if c.dep_.startswith(("nmod", "obl")) and not start <= c.i < end
         and prep_matches(c, "de") if (o := _org(ctx, c, "de"))),
        None,
    )  # fmt: skip
    if org is None:
        found = scan_prep(ctx, head, ("de", "chez"), set())
        org = found if found is not None and found.mention.get("label") != "PER" else None
    if org is None and end < ctx.sent.end:
        # "Jacques Martin, délégué FO": an organisation named right after the title
        org = _org(ctx, doc[end], "next")
    return org if org is not None else _org_in_apposition(ctx, end)


def _title(
    ctx: Context, start: int, end: int, canonical: str, company: bool = False, office: bool = False
) -> Draft | None:
    sent, doc = ctx.sent, ctx.doc
    head = next((t for t in doc[start:end] if not (start <= t.head.i < end) or t.head.i == t.i), doc[start])
    how = "apposition"
    person = None
    first = head
    # "X, petit-fils du fondateur et PDG de Thermonor", "X, ancien banquier et PDG de Kelvia": a bare title
    # joined to the apposition (the parse may join it to the name itself) is the named person's; "X et le PDG
    # de Y" are two people
    bare = not any(c.dep_ == "det" for c in head.children) and any(
        c.dep_.startswith("nmod") and prep_matches(c, "de") for c in head.children
    )  # (a title with no company of its own is its group's: "son président et CEO")
    while bare and person is None and first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
        person = _person(ctx, first)
    if person is None:
        person = _person(ctx, first.head) if first.dep_ == "appos" else None
    person = person or next((p for c in head.children if c.dep_ == "appos" and (p := _person(ctx, c))), None)
    # linear reading: "Name , title", "Name, le title", "title de Org , Name"; an adverb of time may stand
    # between ("Nathalie Ferrand, jusqu'ici directrice financière du club", "X, désormais PDG de Y")
    before = start - 1
    if before >= sent.start and doc[before].pos_ == "DET":
        before -= 1
    adverbs = title_time_adverbs()
    for _ in range(3):
        k = next(
            (
                before - n
                for n in reversed(range(min(3, before - sent.start)))  # the longest first: "jusqu'alors"
                if doc[before - n : before + 1].text.lower().replace("’", "'") in adverbs
            ),
            None,
        )
        if k is None or k <= sent.start:
            break
        before = k - 1
    if person is None and before - 1 >= sent.start and doc[before].text == ",":
        person = _person(ctx, doc[before - 1])
    # "Paul Mercier, nommé directeur général de Norvalis en 2021": the name before a participle of taking a post
    # (roles.yaml post_verbs), an adverb between them ("récemment nommé")
    if person is None and before - 2 >= sent.start and _post_participle(doc[before]):
        k = before - 1
        while k > sent.start and doc[k].pos_ == "ADV":
            k -= 1
        if k - 1 >= sent.start and doc[k].text == ",":
            person = _person(ctx, doc[k - 1])
    # a State's office names no organisation: its complement is its portfolio
    org = None if office else _title_org(ctx, start, end, head)
    if person is None and org is not None and org.token >= 0:
        j = org.token + 1
        span = ctx.idx.span_of(org.token)
        if span is not None:
            j = max(j, span[1])
        # "le directeur général de Porsche AG, Oliver Blume": a legal form or suffix after the name
        while j < sent.end and doc[j].text in entity_words()["suffixes"]:
            j += 1
        if j + 1 < sent.end and doc[j].text == ",":
            person = _person(ctx, doc[j + 1])
    if person is None:
        # "le p.-d.g. Alexandre Bompard", "le patron du distributeur Guillaume Darrasse": the name follows
        j = end
        if org is not None and org.token >= 0:
            span = ctx.idx.span_of(org.token)
            j = max(end, span[1] if span is not None else org.token + 1)
        elif j < sent.end and norm(doc[j].text) in ("du", "de", "d'", "des"):
            j = next((k for k in range(j, min(sent.end, j + 5)) if doc[k].pos_ == "PROPN"), j)
        if j < sent.end:
            person = _person(ctx, doc[j])
            how = "title_name" if person is not None else how
        if (
            person is None
            and org is None
            and j + 1 < sent.end
            and doc[j].text == ","
            and _has_definite_article(sent, start)
        ):
            # "la directrice financière, Laure Chassagne, a indiqué": the name set off after the title, up to a
            # comma or the sentence's end ("Interrogé par le président, Patrick Martin a..." is no apposition)
            person = _person(ctx, doc[j + 1])
            span = ctx.idx.span_of(j + 1) if person is not None else None
            if span is None or span[1] < sent.end and doc[span[1]].text not in (",", ";", ".", "!", "?"):
                person = None
            how = "title_name" if person is not None else how
    if person is None and _determiner_of(sent, start) <= sent.start and not _after_preposition(sent, start):
        # "PDG de Fromageries Arnal depuis 2015, Marc Devaux serait sur le départ": a title opening the sentence,
        # set off by a comma before any verb, is the name's that follows the comma
        comma = next(
            (k for k in range(end, sent.end) if doc[k].text == "," or doc[k].pos_ in ("VERB", "AUX")), None
        )
        if comma is not None and comma + 1 < sent.end and doc[comma].text == ",":
            person = _person(ctx, doc[comma + 1])
            how = "fronted" if person is not None else how
    pred = head
    if head.dep_.startswith("nmod") and prep_matches(head, "de") and head.head.lemma_.lower() in post_nouns():
        pred = head.head  # "a été nommé au poste de directeur général", "prendra ses fonctions de PDG"
    # a title with no preposition of its own the parse hung as a modifier ("X reste présidente du directoire")
    bare_modifier = pred.dep_ in ("obl", "obl:mod") and (
        pred.i != head.i or not any(c.dep_ == "case" for c in head.children)
    )
    # a title as the object of a verb is the subject's only after a predicate verb ("X devient PDG", parsed
    # so at times): "Jean Martin a rencontré la présidente de Pelmont" is someone else's
    verb_lemma = pred.head.lemma_.lower()
    object_of_other = (
        pred.i == head.i and pred.dep_ == "obj" and verb_lemma not in grammar().predicate_verbs
    ) or (
        # a post is its holder's after a verb of taking or holding it, or a noun ("la nomination de X au
        # poste de"): "a confié le poste de DG à Y", "a supprimé le poste de DG" give it to no subject
        pred.i != head.i
        and pred.head.pos_ != "NOUN"
        and verb_lemma not in post_verbs()
        and guess_infinitive(pred.head.lower_, pred.head.lemma_, pred.head.pos) not in post_verbs()
    )
    if person is None and (pred.dep_ in PREDICATE_DEPS or bare_modifier) and not object_of_other:
        # "X restera CEO de Y", "X est PDG de Y", "X a été nommé directeur général"
        verb = pred.head if pred.dep_ != "ROOT" else pred
        cands = logical(verb, "subj") if verb.i != pred.i else [c for c in pred.children if c.dep_ == "nsubj"]
        if verb.i != pred.i and not cands:
            cands = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        person = next((p for c in cands if (p := _person(ctx, c))), None)
        how = "predicate"
        # "Propriétaire du club depuis 2011, l'homme d'affaires conserverait...": a title opening the sentence,
        # set off before its subject, is said in passing (no predicate of the verb: none of its hedges)
        if (
            person is not None
            and start <= sent.start + 1
            and not _after_preposition(sent, start)
            and any(doc[k].text == "," for k in range(end, person.token))
        ):
            how = "fronted"
    elif person is None and pred.i != head.i and pred.dep_.startswith("nmod") and pred.head.pos_ == "NOUN":
        # "la nomination de Jean Martin au poste de directeur général": the noun's "de" complement
        cands = [c for c in pred.head.children if c.dep_.startswith("nmod") and prep_matches(c, "de")]
        person = next((p for c in cands if (p := _person(ctx, c))), None)
        how = "predicate"
    det = _determiner_of(sent, start)  # "son actuel directeur général"
    if org is None and not office and det >= sent.start and is_possessive(doc[det]):
        # "sa directrice générale, Claire Martin": the possessive's owner
        if person is None and end + 1 < sent.end and doc[end].text == ",":
            person = _person(ctx, doc[end + 1])
        owner = ctx.idx.get(det)
        if owner is not None and owner.get("label") != "PER":
            org = Filled(owner, det, "possessive")
            how = "possessive"
            # "sa PDG, Hélène Marquenat-Roux" after a bid for Marquenat: the family firm the story is about wins
            # over the possessive's reading (often the bidder the article is about)
            namesake = _namesake(ctx, person) if person is not None else None
            if namesake is not None:
                org = namesake
    if (
        person is not None
        and org is None
        and not office
        and (_has_definite_article(sent, start) or canonical in company_titles() or company)
    ):
        # "le PDG, Jean-Baptiste Delcourt": whose post the article already named for that person, else the
        # head of the company the article is about ("le p.-d.g. Alexandre Bompard")
        org = _known_post(ctx, person) or _namesake(ctx, person)
        topic = ctx.idx.topic(("ORG",)) if org is None else None
        if topic is not None:
            org = Filled(topic, -1, "salient")
    if person is None or org is None and not office:
        return None
    if (
        org is not None
        and org.mention.get("label") == "LOC"
        and canonical in owner_titles()
        and is_place(org.canonical)
    ):
        return None  # an owner owns no place: "propriétaire des clubs de Botafogo (Brésil)" ("le PDG de Nantes" is)
    if canonical in owner_titles() and (
        org is None
        or org.how.endswith("salient")
        or _share_in(doc, end, org)
        or len(person.canonical.split()) < 2
        or _company_before(ctx, start)
        or how == "predicate"
        and _becoming(pred)
    ):
        return None  # "propriétaire des locaux", "propriétaire de 10 % de Kelvia": no owner of the company
    if _alternative_follows(ctx, person.token):
        return None  # "Le propriétaire de Gucci, Saint Laurent ou encore Alexander McQueen": the list goes on
    d = Draft(title_frame(), sent, start, "noun")
    d.subject, d.object = person, org
    d.value = Filled({"text": doc[start:end].text, "canonical": canonical, "label": None}, start, "title")
    d.how = {"frame": f"title/{how}", "subject": person.how, "value": "title"}
    if org is not None:
        d.how["object"] = org.how
    return d
