"""Stage 4 of the claim engine: the date a claim is about.

Strategies, in order: ``clause`` (a date the parse attaches to the claim's own trigger or figure, before
any other trigger), ``same_clause`` (a free date under the same verb as the claim), ``sentence`` (the
sentence's only date no other claim owns), ``nearby`` (for frames whose date is the fact — founding,
partnership — the nearest free date). A date another trigger owns ("un partenariat signé en 2019, avec un
financement de...") is that trigger's, not this claim's. With none, the reconciler uses the article's date.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from spacy.symbols import ADJ, AUX, DET, NOUN, SCONJ
from spacy.tokens import Span, Token

from .draft import Draft
from .figures import COMPARED
from .frames import Frame, opening_participle
from .lexicon import figures, grammar, milestone_nouns, milestones, sources, words_of
from .mentions import mention_index
from .syntax import brackets, clause_head
from .titles import post_verbs
from .tokens import token_strings
from .verb_forms import clause_tense

NEARBY = 10  # tokens
CLIMB = 12


def owners(
    sent: Span,
    dates: list[Span],
    anchors: set[int],
    brackets: list[tuple[int, int]] | None = None,
    figures: set[int] | None = None,
) -> tuple[dict[int, int], dict[int, tuple[int, int]], dict[int, int]]:
    """Date span start -> the anchor token (trigger or figure root) it hangs under, first met going up; and
    date span start -> the token range of the noun phrase a participle reserves it for; and date
    span start -> the first of ``figures`` (the roots of the sentence's figures) met on the way up ("contre 389
    millions en 2024": that figure's date, not the one of the trigger above it)."""
    out: dict[int, int] = {}
    scopes: dict[int, tuple[int, int]] = {}
    passed: dict[int, int] = {}
    doc = sent.doc
    # head -> its first anchor child that is its subject or object (from the anchors, not from the children:
    # a head with thousands of children made this quadratic)
    nominal: dict[int, int] = {}
    nouns = milestone_nouns()
    for a in sorted(anchors):
        t = doc[a]
        if t.dep_ in ("nsubj", "nsubj:pass", "obj") and t.head.i != a:
            nominal.setdefault(t.head.i, a)
        elif (
            t.dep_ == "nmod"
            and t.head.dep_ in ("nsubj", "nsubj:pass")
            and t.head.lemma_.lower() in nouns
            and t.head.head.i != t.head.i
        ):
            # "La finalisation de l'opération est attendue début 2025": a milestone of the deal is the deal's
            nominal.setdefault(t.head.head.i, a)
    # noun -> the anchor of the relative clause on it ("le plan de 2007, qui avait entraîné 10 000 suppressions":
    # the noun's own date dates what the clause tells of it)
    relative: dict[int, int] = {}
    for a in sorted(anchors):
        t = doc[a]
        for _ in range(3):
            if t.dep_ == "acl:relcl":
                if t.head.pos_ == "NOUN" and sent.start <= t.head.i < sent.end:
                    relative.setdefault(t.head.i, a)
                break
            if t.head.i == t.i or t.dep_ not in ("obj", "nsubj", "nsubj:pass", "obl:arg", "obl", "nmod"):
                break
            t = t.head
    if brackets is None:
        brackets = _brackets(sent)
    for span in dates:
        tok: Token = span.root
        # "Veolia (27 Md€ de chiffre d'affaires en 2019) a remis une offre": a date in brackets dates only
        # what the brackets say, whatever the parse hung them on
        box = next(((x, y) for x, y in brackets if x < span.start and span.end <= y), None)
        if box is not None and any(box[0] < a < box[1] for a in anchors):
            scopes[span.start] = box
        for _ in range(CLIMB):
            if box is not None and not box[0] < tok.i < box[1]:
                break
            if figures and tok.i in figures and tok.i != span.root.i:
                passed.setdefault(span.start, tok.i)
            hit = tok.i if tok.i in anchors else nominal.get(tok.i)
            if hit is None and tok.i == span.root.head.i and span.root.dep_ == "nmod":
                hit = relative.get(tok.i)
            if hit is not None:
                out[span.start] = hit
                break
            if tok.dep_ in ("acl", "amod") and "Part" in tok.morph.get("VerbForm") and tok.i != span.root.i:
                # "un accord signé en 2019": the participle dates its noun phrase; only a claim read inside
                # that phrase may take it
                scopes[span.start] = (tok.head.left_edge.i, tok.i)
                break
            if tok.head.i == tok.i or not sent.start <= tok.head.i < sent.end:
                break
            tok = tok.head
    return out, scopes, passed


def _in_report(span: Span, sent: Span) -> bool:
    """A day inside an attribution to an outlet (:func:`_reported_by`), below its clause: the day of the report.
    (A year or a period stays: "selon les prévisions de 2025" is the forecast's own year.)"""
    if (span._.factx_date or {}).get("grain") != "day":
        return False
    tok = span.root
    for _ in range(CLIMB):
        if _reported_by(tok):
            return True
        if (
            tok.dep_ not in ("nmod", "flat:name", "appos", "obl:mod", "obl")
            or not sent.start <= tok.head.i < sent.end
        ):
            return False
        if tok.head.i == tok.i or tok.head.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return False


def _compared_to(span: Span, sent: Span) -> bool:
    """The words right before the date are a comparison's (dates.yaml ``comparison_bases``: "par rapport à
    2022", "comparé à l'an dernier"): the date is what the fact is measured against, not its own."""
    doc = sent.doc
    w = token_strings(doc)
    # (a period's noun may stand between: "par rapport à la même période en 2021")
    gap = 0
    while gap < 4 and span.start - gap - 1 >= sent.start and w.pos[span.start - gap - 1] in (DET, ADJ, NOUN):
        gap += 1
    periods = _comparison_periods()
    for cue in _comparison_bases():
        for g in range(gap + 1):
            if g and not any(w.lemma[k].lower() in periods for k in range(span.start - g, span.start)):
                continue
            a = span.start - g - len(cue)
            if a >= sent.start and tuple(w.lower_apos[a : a + len(cue)]) == cue:
                return True
    return False


@cache
def _comparison_periods() -> frozenset[str]:
    from .. import data

    return frozenset(str(c).lower() for c in data.load("dates").get("comparison_periods") or ())


@cache
def _comparison_bases() -> tuple[tuple[str, ...], ...]:
    from .. import data

    return tuple(words_of(str(c)) for c in data.load("dates").get("comparison_bases") or ())


def _reported_by(tok: Token) -> bool:
    """``tok`` heads an attribution to an outlet ("selon le Wall Street Journal", "selon la presse allemande";
    not "selon un communiqué", "selon Bercy"): sources.yaml ``attribution_preps``, an outlet's name, or one of
    ``outlet_nouns`` / ``source_nouns``."""
    src = sources()
    # (a preposition of two words is its first and the word fixed to it: "d'" + "après")
    preps = [
        " ".join([c.lower_, *(f.lower_ for f in c.children if f.dep_ == "fixed")])
        for c in tok.children
        if c.dep_ == "case"
    ]
    if not any(p in src.attribution_preps for p in preps):
        return False
    lemma = tok.lemma_.lower()
    if lemma in src.outlet_nouns or lemma in src.source_nouns:
        return True
    m = mention_index(tok.doc).get(tok.i)
    return m is not None and bool(m.get("outlet"))


def _telling_heads(head: Token, sent: Span) -> set[int]:
    """The clause's head and the verbs whose complement it is ("a annoncé qu'elle avait dégagé", "a annoncé
    avoir dégagé"), two at most."""
    out = {head.i}
    for _ in range(2):
        up = head.head
        if not sent.start <= up.i < sent.end or up.i == head.i:
            break
        # the parse often makes the reported clause an adverbial one: then only a reporting verb tells it
        if head.dep_ not in ("ccomp", "xcomp") and not (
            head.dep_ == "advcl" and up.lemma_.lower() in sources().reporting_verbs
        ):
            break
        head = head.head
        out.add(head.i)
    return out


def _brackets(sent: Span) -> list[tuple[int, int]]:
    """Token positions of each outermost "(" and its ")" in the sentence."""
    return brackets(token_strings(sent.doc), sent.start, sent.end)


def is_measure(frame: Frame) -> bool:
    """A recurring measure (revenue, profit...), not an event nor a dated fact."""
    return not frame.one_off and not frame.date_nearby and bool(frame.amount)


def paired_preposition(noun: Token) -> Token | None:
    """The preposition of grammar.yaml ``time_links`` ``paired`` that sets the measure's noun beside its
    clause's own measure ("une perte de 187 millions, pour un chiffre d'affaires de..."), if any."""
    paired = grammar().time_links.get("paired", frozenset())
    return next((c for c in noun.children if c.dep_ == "case" and c.lower_ in paired), None)


def attach(
    drafts: list[Draft],
    sent: Span,
    dates: list[Span],
    frames: dict[str, Frame],
    asides: list[tuple[int, int]] | None = None,
) -> None:
    """Give each draft of the sentence its date, in place, recording the strategy in ``draft.how``.

    A period stated once for several measures ("au deuxième trimestre, des ventes en recul et une perte de
    120 millions") is shared by them; an event's own date is not. A date in an aside about a name ("Tencent,
    actionnaire d'Ubisoft depuis 2018, injecte...") dates only the facts read inside that aside."""
    # "selon le Wall Street Journal mercredi": the day of the report dates no fact it reports; "une hausse de 3
    # milliards par rapport à 2022": the base of a comparison dates none either
    dates = [span for span in dates if not _in_report(span, sent) and not _compared_to(span, sent)]
    if not dates:
        return

    doc = sent.doc
    anchor_of = {id(d): _anchor(d) for d in drafts}
    anchors = {a for a in anchor_of.values() if a >= 0}
    boxes = _brackets(sent)
    # brackets opening on a name tell a fact of their own ("(Veritas en 2004 par Symantec)"): their dates date
    # nothing outside them
    index = mention_index(doc)
    own_boxes = [index.get(x + 1) is not None for x, _ in boxes]
    # a figure-less draft whose trigger governs a figure's trigger of the same frame ("a réalisé un chiffre
    # d'affaires de 412 M€") is the same fact: the dates under that verb are the figure's
    figured = {anchor_of[id(d)]: d.frame for d in drafts if d.figure is not None}
    doubles = {
        a
        for d in drafts
        if d.figure is None
        and (a := anchor_of[id(d)]) >= 0
        and any(doc[f].head.i == a and frame == d.frame for f, frame in figured.items() if f != a)
    }
    by_root: dict[int, set[int]] = defaultdict(set)
    for d in drafts:
        if d.figure is not None and anchor_of[id(d)] >= 0:
            by_root[d.figure.root.i].add(anchor_of[id(d)])
    # a draft its frame's needs will drop ("Système U a signé mardi un protocole d'accord pour acquérir...": a
    # partnership with no partner) owns no date: the date is the fact's the sentence does tell (a one-off deal
    # keeps it, which a told deal may complete later)
    doomed = {
        anchor_of[id(d)]
        for d in drafts
        if not frames[d.frame].one_off
        and "date" not in frames[d.frame].needs
        and not d.fills(frames[d.frame].needs)
    }
    # ... nor does a verb of a one-off fact that only its figure can state, with none in its sentence ("Aldéris
    # a bouclé l'exercice 2025 sur un chiffre d'affaires de...": no round; the year is the revenue's)
    doomed |= {
        anchor_of[id(d)]
        for d in drafts
        if frames[d.frame].one_off
        and d.figure is None
        and d.trigger_pos == "verb"
        and set(frames[d.frame].needs) <= {"amount"}
        and not any(o.frame == d.frame and o.figure is not None for o in drafts)
    }
    owned, scopes, passed = owners(sent, dates, anchors - doubles - doomed, boxes, set(by_root))
    for start, root in passed.items():
        if len(by_root[root]) == 1:
            # "a réalisé plus de 200 M€ de chiffre d'affaires l'an dernier": the figure the date hangs under
            # is the fact it dates, whatever trigger heads the clause
            owned[start] = next(iter(by_root[root]))
    taken: set[int] = set()
    # the verb (or root) heading each date's clause, read once for all the drafts
    date_head = {s.start: clause_head(s.root, sent.start, sent.end).i for s in dates}

    # an aside the parse hangs on a claim's own trigger tells that fact ("Le rachat de Telmis par Orvane,
    # finalisé le 27 octobre, a coûté..."), not the name before it
    # (a participle the parse hangs on a noun before the aside: the parse is trusted for no more, "Orvane,
    # cotée depuis 2015 à Paris, a racheté..." keeps its date in the aside)
    told = {
        (x, y): {
            doc[i].head.i
            for i in range(x, y)
            if doc[i].dep_ == "acl" and doc[i].head.i < x and doc[doc[i].head.i].pos_ == "NOUN"
        }
        for x, y in asides or ()
    }

    # "Fondée en 1962 par Lucien Marquenat, l'entreprise compte 1 900 salariés": the clause a participle opens
    # the sentence with dates what it says (the founding), not what the main clause after its comma says; a
    # milestone's participle dates the main clause's own event ("Annoncé mardi, le plan prévoit 1 240
    # suppressions", events.yaml ``milestones``)
    opening = opening_participle(doc, sent.start, sent.end)
    cut = -1  # the comma that closes the participle's clause: the last before the main clause's finite verb
    if opening is not None and doc[opening].lemma_.lower() not in milestones():
        w = token_strings(doc)
        finite = next(
            (t for t in range(opening + 1, sent.end) if w.pos[t] == AUX or "Fin" in w.feat(t, "VerbForm")),
            None,
        )
        if finite is not None:
            cut = max((c for c in range(opening + 1, finite) if w.text[c] == ","), default=-1)

    def in_opening(a: int, s: Span) -> bool:
        return opening is not None and opening < s.start < cut < a

    def barred(a: int, s: Span) -> bool:
        # a date in an aside dates only the aside; brackets date only what they say, and only from inside
        return (
            in_opening(a, s)
            or any(x <= s.start < y and not x <= a < y and a not in told[(x, y)] for x, y in asides or ())
            or any(
                x < a < y and not x < s.start < y or own and x < s.start < y and not x < a < y
                for (x, y), own in zip(boxes, own_boxes, strict=True)
            )
        )

    for d in drafts:
        a = anchor_of[id(d)]
        mine = d.figure.root.i if d.figure is not None else -1

        def unheld(s: Span, mine: int = mine, a: int = a) -> bool:
            return passed.get(s.start, mine) in (
                mine,
                a,
            )  # not a date of another figure under the same trigger

        own = [s for s in dates if a >= 0 and owned.get(s.start) == a and not barred(a, s) and unheld(s)]
        if own:
            head = clause_head(doc[a], sent.start, sent.end)
            # "Annoncée en janvier 2022, l'acquisition ... a été bouclée en octobre 2023": the date of the verb
            # the fact hangs on (the milestone it is about) before a participle's on the way
            own = [
                s for s in own if date_head[s.start] == head.i or not _participle(doc[date_head[s.start]])
            ] or own
            d.date, d.how["date"] = _best(own, frames[d.frame], a), "clause"
            if is_measure(frames[d.frame]) and (d.date._.factx_date or {}).get("grain") == "day":
                # "a publié mercredi un bénéfice de 20 Md$ en 2022": the period under the same verb wins
                periods = [
                    s
                    for s in dates
                    if (s._.factx_date or {}).get("grain") != "day"
                    and not barred(a, s)
                    and date_head[s.start] == head.i
                    and unheld(s)
                ]
                if periods:
                    d.date, d.how["date"] = _best(periods, frames[d.frame], a), "clause_period"
            if is_measure(frames[d.frame]) and (d.date._.factx_date or {}).get("grain") != "day":
                # the day it was made public, when the clause gives one too, or the verb that tells it ("a
                # annoncé ce mercredi 8 février qu'elle avait dégagé un bénéfice de..."): articles may disagree
                heads = _telling_heads(head, sent)
                days = [
                    s
                    for s in dates
                    if (s._.factx_date or {}).get("grain") == "day"
                    and not barred(a, s)
                    and (owned.get(s.start) == a or date_head[s.start] in heads)
                ]
                d.announced = days[0] if days else None
            taken.add(d.date.start)
    measures = {a for d in drafts if is_measure(frames[d.frame]) and (a := anchor_of[id(d)]) >= 0}
    # a date between commas with another claim's trigger dates that claim ("un partenariat signé en 2019, avec
    # un financement de..."), whatever the parse made of the participle
    segment = _segments(sent)
    busy = {segment[a - sent.start] for a in anchors}
    free = [s for s in dates if s.start not in owned]
    shared = [s for s in dates if owned.get(s.start) in measures]
    compared = {d.figure.root.i for d in drafts if d.figure is not None and d.how.get("frame") == COMPARED}
    fronted = _fronted(sent, dates)
    # one date, or several that name one day ("PARIS, 25 février (AFP) - Orvéa a annoncé mardi...": the
    # dateline and the verb's weekday)
    values = {(s._.factx_date or {}).get("value") for s in dates}
    one_day = len(dates) == 1 or len(values) == 1 and None not in values
    for d in drafts:
        if d.date is not None:
            continue
        a = anchor_of[id(d)]
        if a < 0:
            continue
        head = clause_head(doc[a], sent.start, sent.end)
        # "X, nommé directeur général en 2021": an aside's appointment dates the role its name holds
        appointed = d.how.get("frame", "").startswith("title/") and head.lemma_.lower() in post_verbs()
        who = d.subject.token if appointed and d.subject is not None else -1
        free_here = [
            s
            for s in free
            if (s.start not in scopes or any(scopes[s.start][0] <= x < scopes[s.start][1] for x in (a, who)))
            and not barred(a, s)
        ]
        # a participle describing a noun ("un partenariat signé en 2019, avec un financement de...") dates
        # that noun, not what the parse hung under it
        reduced = head.dep_ in ("acl", "amod") and "Part" in head.morph.get("VerbForm")
        if appointed:
            reduced = False  # the appointment is the role's own event
        same = [] if reduced else [s for s in free_here if date_head[s.start] == head.i]
        # a measure coordinated with a measure of a stated period is of that period, not of the day it was told
        coordinated = (
            _coordinated_measure(d, drafts, frames, sent)
            if is_measure(frames[d.frame]) and all((s._.factx_date or {}).get("grain") == "day" for s in same)
            else None
        )
        if coordinated is not None:
            d.date, d.how["date"] = coordinated, "coordinated_measure"
        elif same:
            d.date, d.how["date"] = _refined(_best(same, frames[d.frame], a), free_here, a), "same_clause"
        elif one_day and free_here and _reachable(free_here[-1], a, sent, segment, busy):
            d.date, d.how["date"] = free_here[-1], "sentence"
        elif (
            len(dates) == 1
            and shared
            and is_measure(frames[d.frame])
            and not barred(a, shared[0])
            and passed.get(shared[0].start)
            not in compared - {d.figure.root.i if d.figure is not None else -1}
        ):
            # (not the date a comparison's figure holds: "640 M€, contre 590 millions en 2024")
            d.date, d.how["date"] = shared[0], "shared_period"
        elif frames[d.frame].date_nearby:
            near = [s for s in free_here if s.start not in taken and abs(s.start - a) <= NEARBY]
            if near:
                d.date, d.how["date"] = min(near, key=lambda s: abs(s.start - a)), "nearby"
        if d.date is None:
            _linked(d, a, drafts, anchor_of, dates, sent)
        if d.date is None:
            _resumed(d, a, drafts, [s for s in dates if not barred(a, s)], date_head, sent)
        if d.date is None and is_measure(frames[d.frame]):
            _coordinated_period(d, a, drafts, anchor_of, frames, sent, dates)
            if d.date is None:
                _paired_measure(d, drafts, anchor_of, frames, sent)
        if d.date is None and not reduced and frames[d.frame].one_off:
            # "Mécalor va supprimer 1 200 postes et fermer trois usines d'ici à fin 2026": verbs sharing one
            # auxiliary (infinitives or participles joined with no subject nor auxiliary of their own) are one
            # predicate, and the last one's date is the whole predicate's event's (a measure read on the way,
            # "sur les 410 que compte le site", is no event of it)
            joint = [
                c.i
                for c in head.children
                if c.dep_ == "conj"
                and c.pos_ == "VERB"
                and {"Inf", "Part"} & set(c.morph.get("VerbForm"))
                and not any(
                    g.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:tense", "aux:pass") for g in c.children
                )
            ]
            tail = [s for s in dates if date_head[s.start] in joint and s.start > a and not barred(a, s)]
            if tail:
                d.date, d.how["date"] = tail[-1], "joint_predicate"
        if d.date is None and fronted is not None and not barred(a, fronted):
            d.date, d.how["date"] = fronted, "fronted"
        if d.date is not None:
            taken.add(d.date.start)


def _coordinated_period(
    d: Draft,
    a: int,
    drafts: list[Draft],
    anchor_of: dict[int, int],
    frames: dict[str, Frame],
    sent: Span,
    dates: list[Span],
) -> None:
    """ "Son chiffre d'affaires a progressé en 2025, à 214 millions, mais son bénéfice a fondu à 6,2
    millions, après 14,8 millions en 2024": a measure's clause coordinated with a clause whose measure has a
    period, or a present participle's going on from it, is about that period (the date of its own comparison is
    the compared figure's)."""
    doc = sent.doc
    head = clause_head(doc[a], sent.start, sent.end)
    # (or a present participle's clause that goes on from it: "a réalisé 916 M€ de chiffre d'affaires au premier
    # trimestre, réduisant sa perte nette à 35 M€"; not one with a date or a past fact of its own: "annulant le
    # bénéfice de 20 millions réalisé en 2025")
    going_on = (
        head.dep_ in ("advcl", "acl", "xcomp")
        and "Part" in head.morph.get("VerbForm")
        and "Pres" in head.morph.get("Tense")
        and head.head.i < head.i
        and not any(
            head.left_edge.i <= s.start <= head.right_edge.i and not _after_compared(s, drafts) for s in dates
        )
        and not _told_before(doc[a], d)
    )
    if head.dep_ != "conj" and not going_on:
        return
    # (the parse may hang the participle on a noun of that clause)
    on = clause_head(head.head, sent.start, sent.end) if going_on else head.head
    for p in sorted(drafts, key=lambda x: -anchor_of[id(x)]):
        b = anchor_of[id(p)]
        if p is d or p.date is None or not 0 <= b < a or not is_measure(frames[p.frame]):
            continue
        if (p.date._.factx_date or {}).get("grain") == "day":
            continue
        if clause_head(doc[b], sent.start, sent.end).i == on.i:
            d.date, d.how["date"] = p.date, "coordinated_period"
        return


def _resumed(
    d: Draft, a: int, drafts: list[Draft], dates: list[Span], date_head: dict[int, int], sent: Span
) -> None:
    """ "Elle a levé 42 millions d'euros en 2022, ce qui portait sa valorisation à 180 millions": a relative
    clause on a pronoun of grammar.yaml ``time_links`` ``resumed`` tells what the clause before it brought about,
    at that clause's time: when it is told in the same tense, or in the news's present after a past (not "ce qui
    lui permettra de recruter"), with no adverb of the present ("ce qui lui permet aujourd'hui"), and not at the
    time of a figure that clause compares ("contre un bénéfice de 2 millions en 2022, ce qui...")."""
    doc = sent.doc
    w = token_strings(doc)
    g = grammar()
    head = clause_head(doc[a], sent.start, sent.end)
    heads = [head]
    while head.dep_ == "xcomp" and head.head.i < head.i:
        head = head.head  # "ce qui lui a permis de doubler son chiffre d'affaires"
        heads.append(head)
    pron = head.head
    if head.dep_ != "acl:relcl" or pron.i >= head.i or pron.lower_ not in g.time_links.get("resumed", ()):
        return
    if any(c.dep_ == "advmod" and w.lower_apos[c.i] in g.present_adverbs for h in heads for c in h.children):
        return
    main = clause_head(pron.head, sent.start, sent.end)
    told, resumed = clause_tense(main), clause_tense(head)
    if resumed != told and (resumed, told) != ("present", "past"):
        return
    compared = next((t.i for t in sent if t.i < pron.i and t.lower_ in _comparison_words()), pron.i)
    before = [
        s
        for s in dates
        if s.end <= compared and date_head[s.start] == main.i and not _after_compared(s, drafts)
    ]
    if before:
        d.date, d.how["date"] = before[-1], "resumed"


@cache
def _comparison_words() -> frozenset[str]:
    """The words that open an earlier value of a measure (figures.yaml ``comparison_openers`` and
    ``bare_comparison_openers``: "contre", "après")."""
    f = figures()
    return frozenset(
        w for opener in (*f.comparison_openers, *f.bare_comparison_openers) for w in opener if w.isalpha()
    )


def _coordinated_measure(d: Draft, drafts: list[Draft], frames: dict[str, Frame], sent: Span) -> Span | None:
    """ "un bénéfice net de 241 millions d'euros sur l'exercice 2025 et un chiffre d'affaires de 3,5 milliards": a
    measure's noun coordinated with another measure's noun is of that measure's period (not of a day it was told,
    nor of a comparison's year)."""
    doc = sent.doc
    if not 0 <= d.trigger < len(doc) or doc[d.trigger].dep_ != "conj" or frames[d.frame].as_of:
        return None  # (a value as of a day, such as a market value, has no period)
    noun = doc[d.trigger]
    # (nor a measure with a period word of its own: "un chiffre d'affaires annuel", "cumulé", "sur neuf mois")
    end = d.figure.end if d.figure is not None and d.figure.start > noun.i else noun.i + 1
    near = [*doc[noun.i : end], *noun.children, *(c for t in d.figure or () for c in t.children)]
    if any(t.lemma_.lower() in grammar().period_words for t in near):
        return None
    head = noun.head.i
    for p in drafts:
        if p is d or p.date is None or p.how.get("frame") == COMPARED or not is_measure(frames[p.frame]):
            continue
        if (p.date._.factx_date or {}).get("grain") == "day":
            continue
        own = (p.trigger, p.figure.root.i if p.figure is not None else -1)
        # (or with a complement of it, where the parse hangs the second noun: "sur l'exercice 2025 et un ...")
        if head in own or doc[head].dep_ == "nmod" and doc[head].head.i in own:
            return p.date
    return None


def _told_before(trigger: Token, d: Draft) -> bool:
    """The measure's noun carries a past participle of its own ("la perte de 12 millions subie l'année
    précédente", "le bénéfice réalisé en 2025"): a fact told as past, not the clause's period going on."""
    nodes = [trigger, *([d.figure.root] if d.figure is not None else [])]
    return any(
        c.dep_ == "acl" and "Part" in c.morph.get("VerbForm") and "Past" in c.morph.get("Tense")
        for n in nodes
        for c in n.children
    )


def _after_compared(date: Span, drafts: list[Draft]) -> bool:
    """The date comes after a compared figure ("contre 93 millions l'an dernier"): that figure's, not the clause's."""
    return any(
        d.how.get("frame") == COMPARED and d.figure is not None and d.figure.end <= date.start for d in drafts
    )


def _paired_measure(
    d: Draft, drafts: list[Draft], anchor_of: dict[int, int], frames: dict[str, Frame], sent: Span
) -> None:
    """ "Mécalor a enregistré en 2024 une perte nette de 187 millions, contre 64 millions en 2023, pour un
    chiffre d'affaires de 2,34 milliards": a measure's noun its clause sets beside another measure with a
    preposition of grammar.yaml ``time_links`` ``paired`` is of the period of the clause's first dated
    measure when a comma sets it off, else of the dated measure right before it (a comparison's figure keeps its
    own)."""
    doc = sent.doc
    if not 0 <= d.trigger < len(doc) or doc[d.trigger].pos_ != "NOUN":
        return
    noun = doc[d.trigger]
    prep = paired_preposition(noun)
    if prep is None:
        return
    head = clause_head(noun, sent.start, sent.end).i
    # set off by a comma, it pairs with the clause's first measure ("une perte de 187 millions en 2024, contre 64
    # millions en 2023, pour un chiffre d'affaires de..."); else with the measure right before it ("contre un
    # Ebitda de 20 millions en 2022 pour un chiffre d'affaires de...")
    k = prep.i - 1
    while k > sent.start and doc[k].pos_ == "ADV":
        k -= 1
    comma = doc[k].text == ","
    mates = [
        p
        for p in sorted(drafts, key=lambda x: anchor_of[id(x)], reverse=not comma)
        if p is not d
        and p.date is not None
        and 0 <= anchor_of[id(p)] < d.trigger
        and is_measure(frames[p.frame])
        and clause_head(doc[anchor_of[id(p)]], sent.start, sent.end).i == head
    ]
    if mates:
        d.date, d.how["date"] = mates[0].date, "paired_measure"


def _linked(
    d: Draft, a: int, drafts: list[Draft], anchor_of: dict[int, int], dates: list[Span], sent: Span
) -> None:
    """A time the claim's verb ties to another (grammar.yaml ``time_links``): "qui la valorisait alors 70
    millions" is dated like the sentence's fact before it, "valorisé à 1 milliard lors de son tour de table fin
    2019" by the date of the event its complement names."""
    links = grammar().time_links
    w = token_strings(sent.doc)
    head = clause_head(sent.doc[a], sent.start, sent.end).i
    for c in sorted({*w.children[head], *w.children[a]}):
        if w.dep[c] != "advmod":
            continue
        if w.lower[c] in links.get("then", ()) and not (c + 1 < sent.end and w.pos[c + 1] == SCONJ):
            before = [x for x in drafts if x.date is not None and 0 <= anchor_of[id(x)] < a]
            if before:
                d.date, d.how["date"] = max(before, key=lambda x: anchor_of[id(x)]).date, "then"
                return
        if w.lower[c] in links.get("during", ()):
            if d.figure is not None and any(
                x.figure is not None and d.figure.end <= x.figure.start < c for x in drafts
            ):
                continue  # "coûtera 240 M€, contre 186 M€ lors de la programmation": the time of the figure nearer
            lo, hi = sent.doc[c].left_edge.i, sent.doc[c].right_edge.i
            inside = [s for s in dates if lo <= s.start <= hi]
            if inside:
                d.date, d.how["date"] = inside[0], "during"
                return


def _participle(tok: Token) -> bool:
    return tok.dep_ in ("advcl", "acl") and "Part" in tok.morph.get("VerbForm")


def _fronted(sent: Span, dates: list[Span]) -> Span | None:
    """The date that opens the sentence before a comma ("En mars 2023, la société avait levé 105 millions
    ..., pour une valorisation de 1 milliard"): it sets the time of everything the sentence then tells."""
    w = token_strings(sent.doc)
    first = next((i for i in range(sent.start, sent.end) if w.text[i].strip() and not w.is_punct[i]), None)
    for s in dates:
        if s.start == first and s.end < sent.end and w.text[s.end] == ",":
            return s
    return None


def _best(dates: list[Span], frame: Frame, anchor: int) -> Span:
    """The nearest date, except that a measure's period beats a day: "a annoncé mercredi 8 février un
    bénéfice de 20,5 milliards pour l'année 2022" is the profit of 2022, announced on a Wednesday."""
    if is_measure(frame):
        periods = [s for s in dates if (s._.factx_date or {}).get("grain") != "day"]
        dates = periods or dates
    return _refined(min(dates, key=lambda s: abs(s.start - anchor)), dates, anchor)


def _refined(best: Span, pool: list[Span], anchor: int) -> Span:
    """A date the sentence then makes precise ("il y a moins d'un an, en mai 2021") is that precise one."""
    coarse = (best._.factx_date or {}).get("value") or ""
    finer = [
        s
        for s in pool
        if coarse
        and len(v := (s._.factx_date or {}).get("value") or "") > len(coarse)
        and v.startswith(coarse)
    ]
    return min(finer, key=lambda s: abs(s.start - anchor)) if finer else best


def _segments(sent: Span) -> list[int]:
    """For each token of the sentence, how many commas come before it."""
    out, n = [], 0
    for text in token_strings(sent.doc).text[sent.start : sent.end]:
        out.append(n)
        n += text == ","
    return out


def _reachable(date: Span, anchor: int, sent: Span, segment: list[int], busy: set[int]) -> bool:
    mine, its = segment[anchor - sent.start], segment[date.start - sent.start]
    return mine == its or its not in busy


def _anchor(d: Draft) -> int:
    if d.trigger >= 0:
        return d.trigger
    return d.figure.root.i if d.figure is not None else -1
