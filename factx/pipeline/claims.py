"""The ``factx_claims`` component: claims in explicit stages over a typed draft.

Per sentence:

1. figures -> the frame that owns each one (:mod:`factx.pipeline.figures`); triggers no figure took make
   figure-less drafts (roles, founding, partnership, based_on, a deal named without its price);
2. roles by named strategies (:mod:`factx.pipeline.roles`), role titles (:mod:`factx.pipeline.titles`);
3. hedging, negation and attribution (:mod:`factx.pipeline.hedging`);
4. the date (:mod:`factx.pipeline.claim_dates`);

then drafts that state one fact twice are merged and incomplete ones dropped, and each draft becomes a
contract claim dict (factx/document/1 "claim") with a ``how`` record of the strategies that decided it.
It runs after factx_entities, factx_mentions, factx_amounts and factx_dates and writes doc._.factx_claims.

A sentence whose reading fails goes to the component's error handler: by default the failure is counted
in ``doc._.factx_warnings`` (the document's ``warnings``), and the other sentences go on;
``set_error_handler(raise_error)`` makes it raise instead (``--debug``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.symbols import ADP, ADV, AUX, DET, NOUN, PRON, VERB, X
from spacy.tokens import Doc, Span, Token

from ..normalize.dates import GRAIN_RANK
from . import claim_dates, extensions, hedging
from .draft import Draft, Filled
from .entities import is_place
from .extensions import AMOUNTS, DATES
from .figures import COMPARED, UNIT_WHOLE, Owned, bare_figure, is_share, kind_of, owned_figures, scaled_sum
from .frames import Frame, Frames, Trigger, fold_word, load_frames, with_roles
from .hedging import cues as hedge_cues
from .lexicon import (
    Figures,
    deal_nouns,
    descriptions,
    figures,
    grammar,
    granting_verbs,
    milestone_nouns,
    milestones,
    occurrence_verbs,
    sources,
)
from .mentions import MentionIndex, mention_index
from .roles import Context, coordinated, fill, latest_first, named_at, names_after, told_deal_party
from .sentences import sentence_at, sentence_bounds, sentences
from .syntax import clause_head, finite_at, governing_verb, heads_above, prep_matches
from .titles import has_title, role_drafts, title_frame, titles
from .tokens import ends_at, starts_at, token_strings

__all__ = ["ClaimFinder", "extract_claims", "load_frames", "make_claims", "sentences"]

# the unit a share's price is given per (figures.yaml per_unit: "par action")
SHARE_UNIT = "action"

# the strategies that read a role from the sentence itself (the others borrow it from the discourse)
READ = (
    "parse", "prep", "predicate", "support", "participle", "topic_comma", "run_in", "coordination", "possessive", "title",
    "conj", "relative", "named_unit", "unit_clause", "parenthetical", "support_complement", "quoted_share", "fronted",
)  # fmt: skip

ErrorHandler = Callable[[str, object, list[Doc], Exception], None]


def record_error(name: str, proc: object, docs: list[Doc], e: Exception) -> None:
    """spaCy error-handler signature: count the failure on the doc instead of losing the article."""
    for doc in docs:
        if doc._.factx_warnings is None:
            doc._.factx_warnings = []
        doc._.factx_warnings.append(f"{name}: a sentence could not be read ({type(e).__name__}: {e})")


def raise_error(name: str, proc: object, docs: list[Doc], e: Exception) -> None:
    raise e


class ClaimFinder:
    """spaCy component: fills doc._.factx_claims."""

    def __init__(self, frames_file: str | None = None, name: str = "factx_claims") -> None:
        self.name = name
        self.frames_file = frames_file
        self.frames = load_frames(frames_file)
        self.error_handler: ErrorHandler = record_error

    def set_error_handler(self, handler: ErrorHandler) -> None:
        self.error_handler = handler

    def get_error_handler(self) -> ErrorHandler:
        return self.error_handler

    def __call__(self, doc: Doc) -> Doc:
        doc._.factx_claims = extract_claims(
            doc, self.frames, on_error=lambda e: self.error_handler(self.name, self, [doc], e)
        )
        return doc

    # nothing learned: the frames come from data files named in the config
    def to_disk(self, path: Path | str, exclude: tuple = ()) -> None:
        pass

    def from_disk(self, path: Path | str, exclude: tuple = ()) -> ClaimFinder:
        return self

    def to_bytes(self, exclude: tuple = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, exclude: tuple = ()) -> ClaimFinder:
        return self


@Language.factory(
    "factx_claims",
    requires=["doc.spans", "token.dep", "token.lemma"],
    assigns=["doc._.factx_claims"],
    default_config={"frames_file": None},
)
def make_claims(nlp: Language, name: str, frames_file: str | None) -> ClaimFinder:
    extensions.register()
    return ClaimFinder(frames_file, name)


def extract_claims(
    doc: Doc, frames: Frames, on_error: Callable[[Exception], None] | None = None
) -> list[dict]:
    """Contract claim dicts for the facts stated in ``doc`` (an unparsed doc has none)."""
    if not doc.has_annotation("DEP"):
        return []
    bounds = sentence_bounds(doc)
    sent_of = _bucket(bounds, len(doc))
    by_sent: list[tuple[list, list, list]] = [([], [], []) for _ in bounds]
    for tok, trig, _end in frames.match(doc):
        if sent_of[tok.i] >= 0:
            by_sent[sent_of[tok.i]][0].append((tok, trig))
    for k, group in ((1, AMOUNTS), (2, DATES)):
        for span in doc.spans.get(group, []):
            if sent_of[span.start] >= 0:
                by_sent[sent_of[span.start]][k].append(span)
    # one claim per statement: a fact the lead restates ("Après avoir levé 50 millions en février..." and "En
    # février, la jeune pousse annonçait avoir levé 50 millions d'euros") is two claims, each with its sentence
    # (the reconciler counts one article once per fact)
    kept: list[Draft] = []
    memory: list[Draft] = []  # every draft whose own sentence named a party: what later ones refer back to
    for (a, b), (matches, figs, dates) in zip(bounds, by_sent, strict=True):
        try:
            found, drafts = _sentence(doc[a:b], matches, figs, dates, frames, memory)
            for d in found:
                d.stated = True
            memory += [d for d in drafts if _read(d.subject) or _read(d.object)]
            kept += found
        except Exception as e:
            if on_error is None:
                raise
            on_error(e)
    texts: dict[int, str] = {}
    w = token_strings(doc)  # a sentence's text from the cached strings, not from a Token object per word
    for d in kept:
        if d.sent.start not in texts:
            texts[d.sent.start] = w.span_text(d.sent.start, d.sent.end)
    out = [d.to_contract(texts[d.sent.start]) for d in kept]
    for d, c in zip(kept, out, strict=True):
        frame = frames.frames[d.frame]
        if frame.orphan_as:
            # an aid is an investment in whom it names, else its giver's budget: compared with those, no facet
            c["frame"] = frame.orphan_as if c["object"] is None else frame.reported_as
            continue
        shown = frame.reported_as
        if shown:
            # a frame of factx's own given as the contract frame it is a kind of: "une amende de 148 M€" is a
            # price, told apart from others by its facet
            c["frame"], c["facets"] = shown, [*c.get("facets", []), d.frame]
    return out


def _bucket(bounds: list[tuple[int, int]], n: int) -> list[int]:
    out = [-1] * n
    for k, (a, b) in enumerate(bounds):
        for i in range(a, b):
            out[i] = k
    return out


def _attribution_tokens(sent: Span) -> set[int]:
    """ "selon La Tribune", "d'après des sources": who speaks is never a role of the claim."""
    preps = sources().attribution_preps
    w = token_strings(sent.doc)
    low = w.lower_norm
    out: set[int] = set()
    opening = hedging.outlet_opening(sent)
    if opening is not None:
        out |= set(range(opening[0] + 1, opening[1]))  # "Pour Sky Sport, ..."
    for i in range(sent.start, sent.end - 1):
        # "selon", and two-word ones ("d'après" is two tokens) opening the sentence or a clause ("le mois
        # d'après, Renault..." is a time)
        opens = i == sent.start or w.is_punct[i - 1]
        if low[i] in preps or opens and i + 2 < sent.end and f"{low[i]} {low[i + 1]}" in preps:
            j = i + 1 if low[i] in preps else i + 2
            while j < sent.end and not w.is_punct[j] and w.pos[j] not in (VERB, AUX):
                out.add(j)
                j += 1
    return out


def _sentence(
    sent: Span,
    matches: list[tuple[Token, Trigger]],
    figs: list[Span],
    dates: list[Span],
    frames: Frames,
    previous: list[Draft],
) -> tuple[list[Draft], list[Draft]]:
    if (
        not matches
        and not figs
        and not has_title(sent)
        and not _backer_noun_in(sent)
        and not (dates and _milestone_in(sent))
    ):
        # no trigger, figure, title, backer nor dated milestone: no draft, nothing for the later stages to read
        return [], []
    ctx = Context(sent, mention_index(sent.doc), frames, previous, exclude=_attribution_tokens(sent))
    # 1. figures and their frames, then triggers no figure took
    work: list[tuple[Draft, Token | None, Trigger | None]] = []
    taken: set[tuple[int, str]] = set()
    parallels: dict[int, Owned] = {}
    for o in owned_figures(sent, figs, matches, frames):
        d = Draft(o.frame, sent, o.trigger.i if o.trigger is not None else -1, o.trig.pos if o.trig else "")
        d.figure, d.alternatives, d.per_unit, d.part_of = o.figure, o.alternatives, o.per_unit, o.part_of
        d.whole_of = o.whole_of
        d.how["frame"] = o.how
        trig = o.trig
        if trig is not None and trig.frame != o.frame:
            trig = with_roles(trig, frames.frames[o.frame])  # a deal's percentage: the stake's roles too
        work.append((d, o.trigger, trig))
        if o.parallel_of is not None:
            parallels[id(d)] = o
        if o.trigger is not None:
            taken.add((o.trigger.i, o.frame))
    for tok, trig in matches:
        if (tok.i, trig.frame) not in taken:
            d = Draft(trig.frame, sent, tok.i, trig.pos)
            d.how["frame"] = "trigger"
            work.append((d, tok, trig))
    deal_measures = _measures_of_the_deal(sent, figs, work, frames, previous)
    # the names of the sentence's lists of givers ("l'État 20 M€, la Région 10 millions et la métropole 5")
    givers = {
        m["canonical"]
        for o in parallels.values()
        if o.gapped and o.parallel_names is not None
        for span in o.parallel_names
        if (m := ctx.idx.get(span[0])) is not None
    }
    # 2. roles
    drafts: list[Draft] = []
    for d, tok, trig in work:
        frame = frames.frames[d.frame]
        anchor = tok if tok is not None else d.figure.root
        fill(ctx, d, anchor, trig, frame)
        if d.part_of is not None:
            _whole_roles(d, drafts)
        if id(d) in parallels:
            _parallel_roles(ctx, d, parallels[id(d)], drafts, givers)
        if trig is not None and trig.neutral:
            paid = _paid_sum_frame(d, tok, trig, frame, frames, previous)
            if paid is None:
                continue
            frame = paid
        drafts.append(d)
        ctx.current.append(d)
        if id(d) in parallels:
            continue  # its name is its own: no coordination to split
        if not frame.pair and (d.figure is not None or d.subject is not None and d.object is not None):
            split = _split(ctx, d, ("object",) if frame.shared else ("subject", "object"), figs=figs)
            # (never into a list of givers: "X investit 2 milliards, Engie 1 milliard et EDF 500 millions")
            drafts += [c for c in split if getattr(c, c.how["split"]).canonical not in givers]
        elif frame.pair and d.subject is not None and d.object is not None and not _paired(d):
            # "Pelmont a noué des partenariats avec Veranol et Axiane": one partner named, others coordinated
            # with it; where the two parties are themselves coordinated ("X et Y ont signé"), nothing to split
            drafts += _split(ctx, d, ("object",), whole=True)
    drafts += deal_measures
    _spent_on_names(ctx, drafts, frames)
    _told_direction(drafts, frames, previous)
    _subscribed_rounds(ctx, drafts, frames)
    _backed_operations(ctx, drafts, frames)
    _taken_over(ctx, drafts)
    _kept_wholes(drafts, frames, previous)
    _per_unit_subjects(drafts, frames, previous)
    _share_prices(ctx, drafts)
    _deal_valuations(drafts, frames, previous)
    _eponym_descriptions(drafts)
    _paired_measure_subjects(ctx, drafts, frames)
    _figure_marks(drafts)
    drafts += role_drafts(ctx)
    if dates:
        drafts += _milestone_drafts(sent, drafts, frames, previous)
    # 3. hedging, negation, attribution, the event's milestone
    _hedge(sent, drafts, dates, frames)
    _no_union_measures(drafts)
    _milestones(sent, drafts, frames)
    # 4. dates
    claim_dates.attach(drafts, sent, dates, frames.frames, ctx.incises)
    _deal_price_dates(drafts, frames)
    # a milestone noun's claim says when: only a date of its own clause ("et la finalisation interviendra
    # ensuite" has none, whatever date the sentence's other clause gives)
    drafts = [
        d for d in drafts if not d.how["frame"].startswith(MILESTONE_NOUN) or d.how.get("date") == "clause"
    ]
    _figure_dates(drafts, dates)
    merged = _merge(drafts, frames)
    _dated_anaphors(merged, frames, previous)
    _shares_of_deal(merged, frames)
    _deal_dates(merged, frames)
    kept = _keep(merged, frames)
    backers = _backer_drafts(ctx, merged, kept, frames)
    return kept + backers + _co_backer_drafts(ctx, kept, backers, frames, figs), drafts


MILESTONE_NOUN = "milestone_noun"
COMPLETION = "completion"  # the milestone (events.yaml) a pronoun's verb may name a told deal at


def _milestone_drafts(sent: Span, drafts: list[Draft], frames: Frames, previous: list[Draft]) -> list[Draft]:
    """ "La finalisation interviendra le 3 février": a bare milestone noun (events.yaml ``milestone_nouns``,
    with a definite or demonstrative article and no complement) is the event the article told last, at that
    milestone, when its sentence tells no event of its own (kept only when a date of its own clause dates it); so
    is a bare deal noun ("L'accord a été signé le 14 octobre"; events.yaml ``deal_nouns``) a milestone's verb or
    an occurrence verb has for subject."""
    if any(frames.frames[d.frame].one_off for d in drafts):
        return []
    told = _told_deal(list(_deals(previous, frames)))
    if told is None:
        return []
    w = token_strings(sent.doc)
    nouns, deals = milestone_nouns(), deal_nouns()
    for i in range(sent.start, sent.end):
        lemma = w.lemma_lower[i]
        if w.pos[i] not in (NOUN, X) or lemma not in nouns and lemma not in deals:
            continue  # ("le closing": a foreign word to the tagger)
        if (
            any(w.dep[c].startswith("nmod") for c in w.children[i])
            or not _definite(w, i, possessive=lemma in nouns)
            or not (_occurs(w, i) or lemma in deals and _reaches_milestone(w, i))
        ):
            # "la finalisation de l'opération": its complement is the trigger; "une annonce": new; "l'accord
            # de méthode avec les syndicats", "son accord": another agreement
            continue
        return [_told_again(told, sent, i, "noun")]
    verb = _milestone_clitic(sent)
    if verb is not None and all(w.is_space[t] for t in range(told.sent.end, sent.start)):
        # (only for a deal told in this sentence or the one before: "la" points no further back)
        return [_told_again(told, sent, verb, "verb")]
    return []


def _told_deal(deals: list[Draft]) -> Draft | None:
    """The first of ``deals`` later sentences may point back to: one kept as a claim; when none was, one whose
    sentence named both parties though it had no figure nor date to be a claim ("Kaltmark serait entré en
    négociations exclusives pour prendre le contrôle de Givrelle. L'accord pourrait être annoncé d'ici à la fin
    du mois")."""
    stated = next((p for p in deals if p.stated), None)
    return stated or next((p for p in deals if _read(p.subject) and _read(p.object)), None)


def _told_again(told: Draft, sent: Span, i: int, pos: str) -> Draft:
    """A draft of the deal ``told`` at the milestone word ``i`` of ``sent``, with the told deal's parties."""
    d = Draft(told.frame, sent, i, pos)
    d.subject, d.object = told.subject, told.object
    d.how = {"frame": f"{MILESTONE_NOUN}/anaphor", "subject": "article_deal", "object": "article_deal"}
    return d


def _milestone_clitic(sent: Span) -> int | None:
    """ "Orvalis espère la finaliser d'ici la fin de l'année": a completion verb (events.yaml ``milestones``)
    whose object is a pronoun names the event the article told last, completed (an announcement's or an
    approval's verb takes plans and budgets as often: "La direction le présentera aux syndicats")."""
    w = token_strings(sent.doc)
    clitics, verbs = grammar().object_clitics, milestones()
    for i in range(sent.start, sent.end):
        if w.pos[i] == PRON and w.dep[i] == "obj" and w.lower_apos[i] in clitics:
            verb = w.head[i]
            if w.pos[verb] == VERB and verbs.get(w.lemma_lower[verb]) == COMPLETION:
                return verb
    return None


def _backer_drafts(ctx: Context, merged: list[Draft], kept: list[Draft], frames: Frames) -> list[Draft]:
    """ "Back Market lève 450 millions d'euros auprès de Sprints Capital, Eurazeo et General Atlantic", "un tour
    de table mené par Softbank": each backer named is a fact of the round frame's ``backers`` frame (its
    investment in the company raising), dated and hedged as the round is."""
    # a round named without its figure names its backers all the same ("Menée par SoftBank, la levée...")
    rounds = [d for d in merged if frames.frames[d.frame].backers in frames.frames and d.subject is not None]
    out: list[Draft] = []
    said = {(d.frame, d.subject.canonical, d.object.canonical) for d in kept if d.subject and d.object}
    backs = next((f.backers for f in frames.frames.values() if f.backers in frames.frames), None)
    for i, owner in sorted(ctx.owners.items()):
        # "les précédents investisseurs de Back Market : General Atlantic, Daphni": the company is named
        m, o = ctx.idx.get(i), ctx.idx.get(owner)
        if (
            backs is None
            or m is None
            or o is None
            or not _backer_label(m)
            or m["how"] not in ("name", "alias")
        ):
            continue
        a, _ = ctx.idx.span_of(i) or (i, i + 1)
        if (a != i and a in ctx.owners) or (backs, m["canonical"], o["canonical"]) in said:
            continue
        said.add((backs, m["canonical"], o["canonical"]))
        out.append(_listed_backer(ctx, backs, m, i, Filled(o, owner, f"backer_noun/{o['how']}")))
    funders = ctx.funders - set(ctx.owners)
    told = not rounds
    if told:
        # "Ils ont été rejoints par deux fonds de capital-risque, Sequoia Capital et Coatue": the names a
        # backer noun lists back the round the article told last; so do those a sentence naming a round with no
        # figure of its own brings ("Le tour de table est mené par Eurazeo, avec la participation de Partech",
        # "Bpifrance participe également à ce tour de table")
        funders = (ctx.listed | (ctx.funders if ctx.names_round else set())) - set(ctx.owners)
        if funders:
            rounds = [
                d
                for d in reversed(ctx.previous)
                if frames.frames[d.frame].backers in frames.frames and d.subject is not None
            ][:1]
    if not rounds or not funders:
        return out
    for r in rounds:
        frame = frames.frames[r.frame].backers
        for i in sorted(funders):
            m = ctx.idx.get(i)
            if m is None or m["how"] not in ("name", "alias") or not _backer_label(m):
                continue
            a, _ = ctx.idx.span_of(i) or (i, i + 1)
            if a != i and a in ctx.funders:
                continue  # one claim per name, read at its first word
            if (frame, m["canonical"], r.subject.canonical) in said or m["canonical"] == r.subject.canonical:
                continue
            said.add((frame, m["canonical"], r.subject.canonical))
            if told:
                out.append(_listed_backer(ctx, frame, m, i, r.subject, "round_told"))
                continue
            d = Draft(frame, ctx.sent, i, "")
            d.subject, d.object = Filled(m, i, f"backer/{m['how']}"), r.subject
            d.date, d.hedge_cues, d.attribution = r.date, list(r.hedge_cues), r.attribution
            d.how = {"frame": "backer", "subject": d.subject.how, "object": "round", "date": "round"}
            out.append(d)
    return out


def _co_backer_drafts(
    ctx: Context, kept: list[Draft], backers: list[Draft], frames: Frames, figs: list[Span]
) -> list[Draft]:
    """ "General Atlantic a investi 70 M€, aux côtés de Bpifrance et des investisseurs existants": the names
    listed after figures.yaml ``co_backer_openers`` put money into the same company as the investor the sentence
    names with its figure right before them (a frame some round takes its backers' facts in), their figures
    unsaid; dated, hedged and negated as that investment is."""
    backing = {f.backers for f in frames.frames.values() if f.backers in frames.frames}
    invested = [
        d
        for d in kept
        if d.frame in backing and d.figure is not None and _read(d.subject) and d.object is not None
    ]
    w = token_strings(ctx.doc)
    listed = names_after(w, ctx.sent.start, ctx.sent.end, figures().co_backer_openers) if invested else set()
    if not listed:
        return []
    said = {
        (d.frame, d.subject.canonical, d.object.canonical)
        for d in (*kept, *backers)
        if d.subject and d.object
    }
    # a name already a party of the sentence's facts is no co-investor of them
    parties = {f.canonical for d in kept for f in (d.subject, d.object) if f is not None}
    figured = {t for f in figs for t in range(f.start, f.end)}
    out: list[Draft] = []
    for i in sorted(listed):
        m = ctx.idx.get(i)
        if (
            m is None
            or m["how"] not in ("name", "alias")
            or not _backer_label(m)
            or m["canonical"] in parties
        ):
            continue
        a, _ = ctx.idx.span_of(i) or (i, i + 1)
        if a != i or i in ctx.exclude:
            continue  # one claim per name, read at its first word; no speaker ("..., selon Les Echos")
        if m.get("label") == "PER" and w.lower_norm[a - 1] in titles():
            continue  # "aux côtés du ministre X": who stood by, not who paid
        # the investment right before the names: no finite verb, pronoun, other figure nor speaker between
        # ("dans Orbitel, où il siège aux côtés de X", "et 10 M€ dans Kinetix aux côtés de Y"; "pour accompagner
        # l'opération, aux côtés d'Airbus" is the investment's own purpose)
        d = next((d for d in reversed(invested) if d.figure.end <= i), None)
        if d is None or any(
            t in figured
            or t in ctx.exclude
            or w.pos[t] == PRON
            or w.pos[t] in (VERB, AUX)
            and "Fin" in w.feat(t, "VerbForm")
            for t in range(d.figure.end, i)
        ):
            continue
        # nor another company before the list ("et 10 M€ dans Kinetix aux côtés de Serena": Kinetix's backers)
        j = i
        while j - 1 in listed:
            j -= 1
        own = {d.object.canonical, m["canonical"]}
        if any(
            (n := ctx.idx.get(t)) is not None and n["canonical"] not in own for t in range(d.figure.end, j)
        ):
            continue
        if any(t in figured for t in range(j, i)):
            continue  # a list that runs on past another figure: that figure's
        if (d.frame, m["canonical"], d.object.canonical) in said:
            continue
        said.add((d.frame, m["canonical"], d.object.canonical))
        c = Draft(d.frame, ctx.sent, i, "")
        c.subject, c.object = Filled(m, i, f"co_backer/{m['how']}"), d.object
        c.date, c.hedge_cues, c.attribution, c.negated = d.date, list(d.hedge_cues), d.attribution, d.negated
        c.how = {"frame": "co_backer", "subject": c.subject.how, "object": "co_backer", "date": "co_backer"}
        out.append(c)
    return out


def _listed_backer(
    ctx: Context, frame: str, m: dict, i: int, company: Filled, how: str | None = None
) -> Draft:
    """A backer a noun listed, of a company its sentence or an earlier one named: this sentence's own hedges,
    no date of its own."""
    d = Draft(frame, ctx.sent, i, "")
    d.subject, d.object = Filled(m, i, f"backer/{m['how']}"), company
    d.how = {"frame": "backer_list", "subject": d.subject.how, "object": how or company.how}
    _hedge(ctx.sent, [d])
    # "Le tour serait mené par le fonds Halvard Ventures": the verb the name hangs on hedges it too
    verb = next((t for t in ctx.sent.doc[i].ancestors if t.pos == VERB), None)  # (a tree is one sentence)
    if verb is not None:
        d.hedge_cues += [c for c in hedging.trigger_cues(verb, ctx.sent) if c not in d.hedge_cues]
    return d


def _backer_noun_in(sent: Span) -> bool:
    """ "ses investisseurs, notamment Benchmark et Accel": a sentence with no trigger may list a round's backers."""
    nouns, w = figures().backer_nouns, token_strings(sent.doc)
    return any(fold_word(w.lemma[i]) in nouns for i in range(sent.start, sent.end))


def _occurs(w, noun: int) -> bool:
    """The milestone noun at ``noun`` is the subject of a verb that says it happens ("interviendra", "est
    attendue", "sera effective", "a eu lieu"; events.yaml ``occurrence``)."""
    if w.dep[noun] not in ("nsubj", "nsubj:pass"):
        # "La finalisation ..., sera effective le 1er février" parsed with the adjective hung on the noun
        return any(
            w.dep[c] == "amod"
            and (w.lemma_lower[c],) in occurrence_verbs()
            and any(w.dep[x] == "cop" for x in w.children[c])
            for c in w.children[noun]
        )
    head = w.head[noun]
    heads = _predicates(w, noun)
    lemma = w.lemma_lower
    # (a verb with an object of its own says what the noun's event holds, not that it happens: "l'accord prévoit
    # le maintien des emplois"; "avoir lieu" is the phrase)
    active = w.dep[noun] == "nsubj" and not any(w.dep[c] == "aux:pass" for c in w.children[head])
    said = {(lemma[h],) for h in heads if not (active and any(w.dep[c] == "obj" for c in w.children[h]))}
    said |= {(lemma[h], lemma[c]) for h in heads for c in w.children[h]}
    return bool(said & occurrence_verbs())


def _reaches_milestone(w, noun: int) -> bool:
    """The deal noun at ``noun`` is the subject of a milestone's verb ("L'accord a été signé", "l'offre s'est
    achevée", "pourrait être annoncé"; events.yaml ``milestones``)."""
    if w.dep[noun] not in ("nsubj", "nsubj:pass"):
        return False
    return any(w.pos[h] == VERB and w.lemma_lower[h] in milestones() for h in _predicates(w, noun))


def _predicates(w, subject: int) -> list[int]:
    """The verb ``subject`` is the subject of, and the verbs it governs ("La finalisation devrait intervenir",
    "l'accord pourrait être annoncé": through a modal)."""
    head = w.head[subject]
    return [head, *(c for c in w.children[head] if w.dep[c] == "xcomp")]


def _definite(w, i: int, possessive: bool = False) -> bool:
    """The noun at ``i`` has a definite or demonstrative article: it points back ("la finalisation", "ce
    rachat"; "une annonce" introduces something new); with ``possessive``, a possessive too ("sa
    finalisation")."""
    g = grammar()
    articles = g.definite_article | g.demonstrative
    if possessive:
        articles = articles | set(g.possessive)
    return any(w.dep[c] == "det" and w.lower_apos[c] in articles for c in w.children[i])


def _milestone_in(sent: Span) -> bool:
    nouns, deals, lemma = milestone_nouns(), deal_nouns(), token_strings(sent.doc).lemma_lower
    return (
        any(lemma[i] in nouns or lemma[i] in deals for i in range(sent.start, sent.end))
        or _milestone_clitic(sent) is not None
    )


def _backer_label(m: dict) -> bool:
    # a name listed among backers is an organisation or a person whatever the model's label ("Benchmark",
    # "Accel": MISC; "Blisce": LOC), unless it is a known place
    if m.get("outlet") or m.get("label") not in ("ORG", "PER", "MISC", "LOC"):
        return False
    return m.get("label") != "LOC" or not is_place(m.get("text") or "")


def _whole_roles(d: Draft, drafts: list[Draft]) -> None:
    """ "l'emploi des 1 900 salariés de Thermonor, dont 1 100 à Lesquin": a part is of its whole's company,
    whatever name stands nearer the part (the place it counts, the buyer the sentence opens with)."""
    part_of = d.part_of
    whole = next(
        (
            w
            for w in drafts
            if w.frame == d.frame
            and w.figure is not None
            and (w.figure.start, w.figure.end) == (part_of.start, part_of.end)
        ),
        None,
    )
    if whole is not None and whole.subject is not None:
        d.subject = Filled(whole.subject.mention, whole.subject.token, "whole/" + whole.subject.how)
        d.how["subject"] = d.subject.how


def _kept_wholes(drafts: list[Draft], frames: Frames, previous: list[Draft]) -> None:
    """Jobs a buyer keeps (a frame with ``kept_of_target``, the deal frame of taking over): "seuls 176 postes
    seront repris", which context alone gave to the company taken over, are kept by its buyer; and the whole a
    kept part is out of ("Le repreneur conservera 168 des 212 salariés") is that company's workforce, not the
    buyer's, unless its own words name its company ("des 212 salariés de sa filiale Varmet")."""
    told = [*previous, *drafts]
    kept = [d for d in drafts if _keeps(d, frames)]
    for d in kept:
        if d.subject is None or _read(d.subject):
            continue
        by = frames.frames[d.frame].kept_of_target
        target = d.subject.canonical
        deal = _latest_deal(told, frames, by, object=target)
        if deal is not None and deal.subject.canonical != target:
            d.subject = Filled(
                deal.subject.mention, deal.subject.token, "buyer_of_target/" + deal.subject.how
            )
            d.how["subject"] = d.subject.how
    for w in drafts:
        if w.whole_of is None:
            continue
        span = (w.whole_of.start, w.whole_of.end)
        part = next(
            (d for d in kept if d.figure is not None and (d.figure.start, d.figure.end) == span), None
        )
        if part is None or part.subject is None:
            continue
        buyer = part.subject.canonical
        if _read(w.subject) and w.subject.canonical != buyer or _buyers_own(w.figure, buyer):
            continue
        deal = _latest_deal(told, frames, frames.frames[part.frame].kept_of_target, subject=buyer)
        if deal is not None and deal.object.canonical != buyer:
            w.subject = Filled(deal.object.mention, deal.object.token, "kept_whole/" + deal.object.how)
            w.how["subject"] = w.subject.how


def _buyers_own(whole: Span, buyer: str) -> bool:
    """The whole's noun says it is the buyer's: a possessive or the buyer's name in its complement ("des 150
    salariés de son usine de Roanne", "des 1 500 salariés du groupe" standing for the buyer)."""
    idx = mention_index(whole.doc)
    for c in whole.root.children:
        if not c.dep_.startswith("nmod") or c.i < whole.end:
            continue
        if any(g.dep_ == "det" and "Yes" in g.morph.get("Poss") for g in c.children):
            return True
        m = idx.get(c.i)
        if m is not None and m["canonical"] == buyer:
            return True
    return False


def _keeps(d: Draft, frames: Frames) -> bool:
    """``d`` tells jobs a buyer keeps: its frame's ``kept_of_target`` words name its trigger."""
    frame = frames.frames[d.frame]
    return (
        bool(frame.kept_of_target)
        and d.trigger >= 0
        and d.sent.doc[d.trigger].lemma_.lower() in frame.kept_words
    )


def _latest_deal(
    told: list[Draft], frames: Frames, frame: str, subject: str | None = None, object: str | None = None
) -> Draft | None:
    """The latest deal of ``frame`` in ``told`` with that subject or object (canonical names)."""
    return next(
        (
            p
            for p in _deals(told, frames)
            if p.frame == frame
            and (subject is None or p.subject.canonical == subject)
            and (object is None or p.object.canonical == object)
        ),
        None,
    )


def _figure_dates(drafts: list[Draft], dates: list[Span]) -> None:
    """The date right after a figure is its fact's: "Havas pour 3,9 milliards en 2017 et Lagardère pour 610
    millions en 2023", "une série A de 50 millions de dollars en février dernier", whatever the parse hung the
    date on."""
    for d in drafts:
        if d.figure is None:
            continue
        after, how = next((s for s in dates if s.start == d.figure.end), None), "after_figure"
        if after is None and d.figure.end < d.sent.end and _told_participle(d.sent.doc[d.figure.end]):
            # "un montant d'un milliard d'euros annoncé en novembre 2019": through the participle telling it (the
            # figure's own date, not its sentence's: see _deal_dates)
            after = next((s for s in dates if s.start == d.figure.end + 1), None)
            how = "told_after_figure"
        # (a comparison's own date, coarser or not: "640 M€ fin décembre, contre 790 millions fin 2023")
        if after is not None and (d.how.get("frame") == COMPARED or not _finer(d.date, after)):
            d.date, d.how["date"] = after, how


def _told_participle(tok: Token) -> bool:
    """A past participle of telling a figure ("annoncé", "évoqué": sources.yaml ``reporting_verbs``)."""
    if "Part" not in tok.morph.get("VerbForm") or "Pres" in tok.morph.get("Tense"):
        return False
    return tok.lemma_.lower() in sources().reporting_verbs


def _finer(a: Span | None, b: Span) -> bool:
    """``a`` is a date at a finer grain than ``b`` ("le 3 mars" against "l'an dernier")."""
    if a is None:
        return False
    ga, gb = ((s._.factx_date or {}).get("grain") for s in (a, b))
    return ga in GRAIN_RANK and gb in GRAIN_RANK and GRAIN_RANK[ga] < GRAIN_RANK[gb]


def _parallel_roles(ctx: Context, d: Draft, o: Owned, drafts: list[Draft], givers: set[str]) -> None:
    """ "a racheté X pour 7 milliards, Y pour 4,5 milliards": the second figure's fact is the first's, with
    the name before its preposition in the role the first name held."""
    source = next((p for p in drafts if p.figure is o.parallel_of), None)
    if source is None or o.parallel_names is None:
        return
    (a, b), (c, _) = o.parallel_names
    m = ctx.idx.get(c)
    if m is None:
        return
    name = Filled(m, c, f"parallel/{m['how']}")
    if (
        source.object is not None
        and (source.object.token == c or source.object.canonical == name.canonical)
        and source.subject is not None
        and a <= source.subject.token < b
    ):
        # "Bpifrance a souscrit pour 40 M€, Airbus pour 25 M€", "la Région s'est engagée à hauteur de 12 M€ et
        # l'État à hauteur de 20 millions": the first fact took the list's next name, the nearest, as its
        # object; the names listed are subjects, and what they put money in the article's topic, else unsaid
        _receiver_off_list(ctx, source, {name.canonical, source.subject.canonical})
    first = ctx.idx.get(a)
    if o.gapped and _gapped_giver(ctx, d, source, first, (a, b), name, givers):
        return
    for role, other in (("object", "subject"), ("subject", "object")):
        held, kept = getattr(source, role), getattr(source, other)
        # (a role a strategy filled from elsewhere in the sentence may point at no token of the name)
        if held is not None and (
            a <= held.token < b or first is not None and held.canonical == first["canonical"]
        ):
            if kept is not None and kept.canonical == name.canonical:
                if o.gapped and role == "subject":
                    # "L'État met 380 M€ sur la table, la Région 90 millions": the first fact took the next name
                    # as its other party; the name listed gives, what to is unsaid
                    d.subject, d.object = name, None
                    d.how["subject"], d.how["object"] = name.how, "gapped"
                return  # "à Cellnex pour 2 milliards, et Orange pour 3 milliards": not a list of that role
            setattr(d, role, name)
            setattr(d, other, kept)
            d.how[role], d.how[other] = name.how, "parallel"
            return
    # the parse gave the first name no role ("a racheté Bioverativ pour 11,6 milliards, Ablynx pour..."): the
    # names listed are what the fact is about, its objects
    if first is None or source.subject is None or name.canonical == source.subject.canonical:
        return
    if first["canonical"] != source.subject.canonical:
        source.object = Filled(first, a, f"parallel/{first['how']}")
        source.how["object"] = source.object.how
    d.subject, d.object = source.subject, name
    d.how["subject"], d.how["object"] = "parallel", name.how


def _gapped_giver(
    ctx: Context,
    d: Draft,
    source: Draft,
    first: dict | None,
    span: tuple[int, int],
    name: Filled,
    givers: set[str],
) -> bool:
    """ "L'État apporte 20 M€, la Région 10 millions et la métropole 5 millions": a conjunct with no verb of its
    own names another doer of the first fact, to the same party. The names listed are never that party: the
    first fact took the next one for it where the parse hung it there, and then the party is the article's
    topic, else unsaid. False when the first fact's doer is no name listed (its listed name is its object)."""
    a, b = span
    doer = source.subject
    if doer is None:
        return False
    # (a chain: "…, la métropole 5 millions" after "la Région", itself a listed name)
    chained = doer.how.startswith("parallel/")
    if not (chained or a <= doer.token < b or first is not None and doer.canonical == first["canonical"]):
        return False
    listed = {name.canonical, doer.canonical, *givers}
    if first is not None:
        listed.add(first["canonical"])
    if source.object is not None and source.object.canonical in listed:
        _receiver_off_list(ctx, source, listed)
    d.subject, d.how["subject"] = name, name.how
    if source.object is not None:
        d.object, d.how["object"] = source.object, "parallel"
    elif d.object is not None and d.object.canonical in listed:
        d.object, d.how["object"] = None, "gapped"
    return True


def _receiver_off_list(ctx: Context, d: Draft, listed: set[str]) -> None:
    """``d`` took a name of a list of givers for its receiver: the receiver is the article's topic among the
    names not listed, else unsaid."""
    topic = ctx.idx.topic(("ORG",), skip=lambda n: n in listed)
    d.object = Filled(topic, -1, "salient") if topic is not None else None
    d.how["object"] = "salient" if topic is not None else "gapped"


def _deal_dates(drafts: list[Draft], frames: Frames) -> None:
    """ "a acquis en 2023 une participation de 30 % dans Valentino pour 1,57 milliard": the date the parse
    gave the stake is the date of the deal that gave it."""
    for d in drafts:
        frame = frames.frames[d.frame]
        if d.date is not None or not frame.one_off or d.object is None:
            continue
        for g in drafts:
            if (
                g.frame in frame.shares.values()
                and g.date is not None
                and g.how.get("date") == "clause"
                and g.object is not None
                and g.object.canonical == d.object.canonical
            ):
                d.date, d.how["date"] = g.date, "stake_of_deal"
                break
    # "En octobre, Veolia a acheté une participation de 29,9 % dans Suez": a stake a dated deal of the
    # sentence gives is dated by it
    shared = frames.share_frames()
    for d in drafts:
        if d.frame not in shared or d.date is not None or d.object is None:
            continue
        deal = next(
            (
                g
                for g in drafts
                if frames.frames[g.frame].one_off
                and d.frame in frames.frames[g.frame].shares.values()
                and g.date is not None
                and g.how.get("date") != "told_after_figure"
                and g.object is not None
                and g.object.canonical == d.object.canonical
            ),
            None,
        )
        if deal is not None:
            d.date, d.how["date"] = deal.date, "deal_of_stake"


def _paired(d: Draft) -> bool:
    return any(f is not None and f.how.startswith("coordination") for f in (d.subject, d.object))


def _split(
    ctx: Context,
    d: Draft,
    roles: tuple[str, ...] = ("subject", "object"),
    whole: bool = False,
    figs: Iterable[Span] = (),
) -> list[Draft]:
    """One claim per coordinated party: "Nvidia et Salesforce apporteraient 120 M€", "le rachat de Cora et
    Match pour 1,05 milliard" (``whole``: every member of the list, see roles.coordinated_tokens); with
    "respectivement", the party of the figure's rank in the list of figures."""
    out = []
    for role in roles:
        others = coordinated(ctx, getattr(d, role), whole)
        own = _respective(ctx, d, [getattr(d, role), *others], figs) if others else None
        if own is not None:
            if own is not getattr(d, role):
                setattr(d, role, own)
                d.how[role] = own.how
            d.how["respective"] = role
            continue
        for other in others:
            if any(f is not None and f.canonical == other.canonical for f in (d.subject, d.object)):
                continue  # "Ubisoft et Tencent discutent d'un rachat": one party cannot be both
            # (every field but the roles and the record of how they were read, as the original has them)
            copy = dataclasses.replace(
                d, alternatives=list(d.alternatives), hedge_cues=list(d.hedge_cues), how={}
            )
            copy.subject, copy.object, copy.value = d.subject, d.object, d.value
            setattr(copy, role, other)
            copy.how = {**d.how, role: other.how, "split": role}
            d.how["split"] = role
            out.append(copy)
    return out


def _respective(ctx: Context, d: Draft, members: list[Filled], figs: Iterable[Span]) -> Filled | None:
    """ "Apollo et Bpifrance détiennent respectivement 90 % et 10 % de Verallia": after a word of grammar.yaml
    ``respective``, a list of figures as long as the list of names gives each name the figure of its rank; None
    when there is no such word or the lists differ in length."""
    if d.figure is None:
        return None
    g = grammar()
    s = token_strings(ctx.doc)
    cue = next(
        (j for j in range(d.figure.start - 1, ctx.sent.start - 1, -1) if s.norm[j] in g.respective), None
    )
    if cue is None or any(m.token < 0 for m in members):
        return None
    at = {id(m): named_at(ctx, m) for m in members}
    if any(at[id(m)] > cue for m in members):
        return None
    listed: list[Span] = []
    for f in sorted((f for f in figs if f.start > cue), key=lambda f: f.start):
        # the figures right after the word, each joined to the previous by list links only
        if listed and not all(s.norm[j] in g.list_links for j in range(listed[-1].end, f.start)):
            break
        if not listed and any(s.pos[j] not in (ADV, ADP, DET) for j in range(cue + 1, f.start)):
            break
        listed.append(f)
    starts = [f.start for f in listed]
    if len(listed) != len(members) or d.figure.start not in starts:
        return None
    return sorted(members, key=lambda m: at[id(m)])[starts.index(d.figure.start)]


def _measures_of_the_deal(
    sent: Span, figs: list[Span], work: list, frames: Frames, previous: list[Draft]
) -> list[Draft]:
    """ "Le chèque de 32 milliards de dollars ne fait pas de mal": a sum a measure noun names with nothing else
    to say what for, in a sentence with no fact of its own, is the amount of the deal the article was telling
    (the last one-off fact with both parties), with its parties."""
    if work:
        return []
    measure = figures().measure_nouns
    deal = next((p for p in _deals(previous, frames) if "money" in frames.frames[p.frame].amount), None)
    if deal is None:
        return []
    g = grammar()
    out = []
    person_deal = "PER" in frames.frames[deal.frame].labels.get("object", ())
    # a player's fee written with its bonus ("60 millions d'euros, plus 10 M€ de bonus"): each sum of the sentence
    transfer_words = person_deal and any(_with_transfer_words(f) for f in figs if kind_of(f) == "money")
    for fig in figs:
        if kind_of(fig) != "money":
            continue
        head = fig.root.head
        said = _measured_subject(fig)
        if transfer_words and _fresh_deal(sent, fig, deal, previous, frames):
            out.append(_deal_sum(sent, fig, deal, "measure/transfer_words"))
            continue
        if said is not None:
            if not _fresh_deal(sent, fig, deal, previous, frames):
                continue
            head = said  # "Le montant s'élèverait à 90 M€", "la somme serait de 100 millions"
        elif head.i == fig.root.i or head.lemma_.lower() not in measure:
            continue
        elif fig.root.dep_ not in ("nmod", "appos") or not prep_matches(fig.root, "de"):
            continue  # "le chèque de 32 milliards", not "le prix pour 32 milliards"
        det = next((c for c in head.children if c.dep_ == "det"), None)
        if det is None:
            continue
        if det.lower_ not in g.definite | g.demonstrative and not _reported_sum(head, det):
            continue  # "le chèque", "ce montant", "évoquait un montant de": the one the article is about
        # a transfer's fee ("le montant de l'indemnité"), when the deal is of a frame whose other party may be a
        # person (a player): a company's "indemnité" is severance or damages
        fees = figures().deal_fee_nouns if person_deal else frozenset()
        if any(
            t.pos_ in ("NOUN", "PROPN") and not fig.start <= t.i < fig.end and t.i != head.i
            for t in head.subtree
            if not (said is not None and t.lemma_.lower() in fees and t.head.i == head.i)
        ):
            continue  # "la valeur de 3 milliards de ses actifs": the sum of something else
        out.append(_deal_sum(sent, fig, deal, "measure/article_deal"))
    return out


def _deal_sum(sent: Span, fig: Span, deal: Draft, how: str) -> Draft:
    d = Draft(deal.frame, sent, -1, "")
    d.figure = fig
    d.subject, d.object = deal.subject, deal.object
    d.how = {"frame": how, "subject": "article_deal", "object": "article_deal"}
    return d


def _with_transfer_words(fig: Span) -> bool:
    """The words of a transfer's sum right after the figure, or its comma (figures.yaml ``transfer_sum_words``)."""
    doc = fig.doc
    after = [t.lower_ for t in doc[fig.end : min(fig.sent.end, fig.end + 4)] if t.text != ","]
    return any(tuple(after[: len(p)]) == p for p in figures().transfer_sum_words)


DEAL_REACH = 8  # sentences back a sum said by a verb may look for the deal it is the amount of


def _fresh_deal(sent: Span, fig: Span, deal: Draft, previous: list[Draft], frames: Frames) -> bool:
    """The deal a sum said by a verb may be the amount of: told at most ``DEAL_REACH`` sentences before, with no
    event of its parties nor fact of someone else told since (a measure of a party with its own figure, a
    person's post do not count: "Le fabricant de batteries emploie 4 000 personnes"), not dated long before the
    article, its figure no percentage (a stake bought), and the sum no recurring one ("le montant annuel", "12
    millions d'euros brut annuels": a salary, a rent)."""
    if deal.figure is not None and kind_of(deal.figure) == "percent":
        return False
    role = title_frame()
    since = previous[next(k for k in range(len(previous) - 1, -1, -1) if previous[k] is deal) + 1 :]

    def parties(p: Draft) -> tuple:
        return p.frame, *(r.canonical if r is not None else None for r in (p.subject, p.object))

    named = {r.canonical for r in (deal.subject, deal.object)}

    def other_fact(p: Draft) -> bool:
        if p.sent.start == deal.sent.start or parties(p) == parties(deal) or p.frame == role:
            return False
        if p.subject is not None and p.subject.canonical not in named:
            return True
        # a measure of a party with its own figure (its staff, sales, sites) keeps the deal in view; any event
        # of it does not ("Dalmor versera un dividende", "a contracté un prêt")
        return not (p.figure is not None and not frames.frames[p.frame].one_off)

    if any(other_fact(p) for p in since):
        return False
    if _told_long_before(sent.doc._.factx_pub_date, deal):
        return False
    if sentence_at(sent.doc, sent.start) - sentence_at(sent.doc, deal.sent.start) > DEAL_REACH:
        return False
    doc = sent.doc
    return not _recurring([*fig.root.head.children, *doc[fig.end : min(fig.end + 3, sent.end)]])


def _recurring(tokens: Iterable[Token]) -> bool:
    """A word of ``tokens`` makes a sum recurring (figures.yaml ``recurring_words``: "annuel", "chaque", "par")."""
    recurring = figures().recurring_words
    return any(fold_word(t.lemma_) in recurring or fold_word(t.lower_) in recurring for t in tokens)


def _told_long_before(pub: str | None, deal: Draft) -> bool:
    """The deal is dated before the article's year, more than a season before it ("Kelvora, rachetée en 2019 par
    KKR", "rachetée l'an dernier"); a December deal told in January is news still."""
    told = ((deal.date._.factx_date or {}).get("value") or "") if deal.date is not None else ""
    if not (pub and pub[:4].isdigit() and told[:4].isdigit()) or told[:4] >= pub[:4]:
        return False
    if len(told) < 7 or len(pub) < 7 or not (told[5:7].isdigit() and pub[5:7].isdigit()):
        return True  # a year only: of another year
    months = (int(pub[:4]) - int(told[:4])) * 12 + int(pub[5:7]) - int(told[5:7])
    return months > DEAL_SEASON


DEAL_SEASON = 3  # months before the article a deal of the year before is still the one it tells


def _measured_subject(fig: Span) -> Token | None:
    """The sum noun a verb of measure or a copula says the figure of ("Le montant s'élèverait à 90 M€", "le
    montant serait supérieur à 100 millions", "la somme pourrait être de 80 millions"): that noun, else None."""
    root = fig.root
    if any(c.dep_ == "cop" for c in root.children):
        pred = root  # "serait de 80 millions"
    else:
        pred = root.head
        if pred.i == root.i or root.dep_ not in ("obl", "obl:arg", "obj", "xcomp"):
            return None
        # "supérieur à"; "la somme serait de 42 millions", parsed with "être" as the verb
        copula = (
            pred.lemma_.lower() == "être"
            or pred.pos_ == "ADJ"
            and any(c.dep_ == "cop" for c in pred.children)
        )
        if not copula and (pred.pos_ != "VERB" or pred.lemma_.lower() not in figures().measure_verbs):
            return None
    subj = [c for c in pred.children if c.dep_ == "nsubj"]
    if not subj and pred.dep_ == "xcomp":
        subj = [c for c in pred.head.children if c.dep_ == "nsubj"]  # "la somme pourrait atteindre..."
    if len(subj) != 1 or subj[0].lemma_.lower() not in figures().sum_nouns:
        return None  # "le montant", "la somme": not "la valeur" (a valuation), "le total" (of several)
    if any(c.dep_ == "amod" and c.lemma_.lower() in figures().sum_of_parts_words for c in subj[0].children):
        return None  # "le montant total atteint 800 millions par saison": the sum of several deals
    return subj[0]


def _reported_sum(noun: Token, det: Token) -> bool:
    """ "Bloomberg évoquait un montant de 2 milliards", "pour une somme de 48 M€": a sum noun (figures.yaml
    ``sum_nouns``) with an indefinite article ``det`` is the deal's amount only as what a source reports or
    what the deal is made for; "l'État a débloqué une somme de 200 millions" is another payment."""
    if noun.lemma_.lower() not in figures().sum_nouns or det.lower_ not in grammar().indefinite:
        return False
    if any(c.dep_ == "case" and c.lower_ == "pour" for c in noun.children):
        return True
    verb = noun.head
    said = sources().reporting_verbs | sources().estimate_verbs
    return noun.dep_ == "obj" and verb.pos_ == "VERB" and verb.lemma_.lower() in said


def _deals(
    drafts: list[Draft], frames: Frames, order: Callable[[list[Draft]], Iterable[Draft]] = reversed
) -> Iterator[Draft]:
    """The one-off facts of ``drafts`` that name both parties (deals, rounds), the latest first (in ``order``)."""
    for p in order(drafts):
        if p.rival:
            continue  # a rival's bid is not the deal the article tells
        if frames.frames[p.frame].one_off and p.subject is not None and p.object is not None:
            yield p


def _subscribed_rounds(ctx: Context, drafts: list[Draft], frames: Frames) -> None:
    """ "Le laboratoire Halvorsen souscrit à une augmentation de capital de 30 millions d'euros": a round whose
    noun a subscribing verb takes (figures.yaml ``subscribing_verbs``) is its subject's investment in the company
    raising (the round the article told, else its topic), not a round of its own."""
    verbs = figures().subscribing_verbs
    for d in drafts:
        frame = frames.frames[d.frame]
        if not frame.backers or frame.backers not in frames.frames or d.trigger < 0 or d.figure is None:
            continue
        if d.subject is None or not d.how.get("subject", "").startswith("support"):
            continue
        verb = governing_verb(ctx.doc[d.trigger])
        if verb is None or verb.lemma_.lower() not in verbs:
            continue
        investor = d.subject.canonical
        raising = next(
            (
                p.subject
                for p in reversed(ctx.previous)
                if p.frame == d.frame
                and p.subject is not None
                and p.subject.canonical != investor
                and _read(p.subject)
            ),
            None,
        )
        if raising is None:
            topic = ctx.idx.topic(skip=lambda n, who=investor: n == who)
            raising = Filled(topic, -1, "topic") if topic is not None else None
        if raising is None:
            continue
        d.frame, d.object = frame.backers, raising
        d.how["frame"] += "/subscribed"
        d.how["object"] = "raising/" + raising.how


def _deal_price_dates(drafts: list[Draft], frames: Frames) -> None:
    """ "Atlas Copco a officialisé lundi son offre sur Thermonor, au prix de 38 euros par action": the price per
    share of a deal its sentence dates is of that day."""
    for d in drafts:
        if d.date is not None or d.per_unit is None or not d.how.get("subject", "").startswith("deal_target"):
            continue
        deal = next(
            (g for g in drafts if g is not d and g.date is not None and frames.frames[g.frame].one_off), None
        )
        if (
            deal is not None
            and d.subject is not None
            and deal.object is not None
            and deal.object.canonical == d.subject.canonical
        ):
            d.date, d.how["date"] = deal.date, "deal"


def _spent_on_names(ctx: Context, drafts: list[Draft], frames: Frames) -> None:
    """ "Google avait dépensé 12 milliards de dollars pour Motorola Mobility", "les 160 millions dépensés par le
    Barça pour Philippe Coutinho": money spent for a company or a player (figures.yaml ``purchase_spending``
    verbs, a name after "pour") buys it; spent for anything else it stays a budget."""
    verbs = figures().purchase_spending
    deal = frames.frames.get(figures().per_unit_total_frame)  # the frame of a purchase's total
    if not verbs or deal is None:
        return
    doc = ctx.doc
    for d in drafts:
        if d.trigger < 0 or d.figure is None or d.object is not None or d.subject is None:
            continue
        if doc[d.trigger].lemma_.lower() not in verbs:
            continue
        # (the parse may hang "pour Motorola" on the figure)
        for c in [*doc[d.trigger].children, *d.figure.root.children]:
            if c.i < d.figure.start and c.head.i == d.figure.root.i:
                continue
            if not any(g.dep_ == "case" and g.lower_ == "pour" for g in c.children):
                continue
            m = ctx.idx.get(c.i)
            if (
                m is not None
                and m["how"] in ("name", "alias")
                and m["label"] in ("ORG", "PER", "MISC", "PRODUCT")
            ):
                if m["canonical"] != d.subject.canonical:
                    d.frame, d.object = deal.name, Filled(m, c.i, f"spent_for/{m['how']}")
                    d.how["frame"] += "/spent_for"
                    d.how["object"] = d.object.how
                break


def _told_direction(drafts: list[Draft], frames: Frames, previous: list[Draft]) -> None:
    """A deal whose parties the sentence did not both name goes the way the article told it: "La verrerie
    Bresle est reprise par Cauvel. [...] Le montant de l'opération se limite à 1 euro", guessed from salience as
    Bresle buying Cauvel, is Cauvel buying Bresle."""
    for d in drafts:
        if d.subject is None or d.object is None or not frames.frames[d.frame].one_off:
            continue
        if _read(d.subject) and _read(d.object):
            continue
        for p in _deals(previous, frames):
            if p.frame != d.frame or not (_read(p.subject) and _read(p.object)):
                continue
            if (p.subject.canonical, p.object.canonical) == (d.object.canonical, d.subject.canonical):
                d.subject, d.object = d.object, d.subject
                d.how["subject"], d.how["object"] = "told_direction", "told_direction"
            break


def _paid_sum_frame(
    d: Draft, tok: Token | None, trig: Trigger, frame: Frame, frames: Frames, previous: list[Draft]
) -> Frame | None:
    """The frame a neutral money verb's draft states: that of the deal it pays (:func:`_deal_frame`), else its
    own trigger's ``frame``; None when it states none."""
    if d.per_unit is not None:
        return None  # "proposer 15,64 euros par obligation": a price per unit, not the sum paid
    if d.figure is not None and _bid_per_share(d.figure):
        return None  # "le groupe suédois proposait 38 euros": a share's price, told without "par action"
    if trig.needs_deal and d.subject is not None and descriptions().holds_no_capital(d.subject.canonical):
        return None  # "L'État a versé 7 milliards pour Air France": a public body's aid buys nothing
    if (
        tok is not None
        and (tok.dep_ == "acl" or d.figure is None and "Part" in tok.morph.get("VerbForm"))
        and not finite_at(token_strings(d.sent.doc), tok.i)
        and (d.figure is None or not d.figure.start <= tok.head.i < d.figure.end)
    ):
        # "le joueur le mieux payé", "un complément de prix de 150 M$, versé d'ici fin 2026": a participle
        # describing someone or a sum, not money changing hands
        return None
    deal = _deal_frame(d, tok, frames, previous)
    if trig.needs_deal and tok is not None and d.figure is not None and _paid_for_else(tok, d):
        return None
    if deal is None and d.object is None and not trig.needs_deal:
        # "Renault paiera 2 milliards": money paid for no deal the article tells, to no one; unless a public body
        # gives it ("l'État a mis 1,5 milliard sur la table"): an aid (a recipient guessed from the context stays:
        # "L'État met à lui seul 380 M€ sur la table" in an article about the factory it funds)
        return _public_aid(d, frame, frames)
    if deal is None and trig.needs_deal and not _paid_for_name(d):
        # "Vormann versera 20 M€ à la ville de Lyon": money given, no deal's
        return None
    return deal or frame


def _public_aid(d: Draft, frame: Frame, frames: Frames) -> Frame | None:
    """The frame (``frame.public_as``) of money a public body its sentence names puts on the table for no deal
    and gives to no one ("l'État a mis 1,5 milliard d'euros sur la table"), else None."""
    if not frame.public_as or d.object is not None or not _read(d.subject):
        return None
    if not descriptions().holds_no_capital(d.subject.canonical):
        return None
    d.frame = frame.public_as
    return frames.frames[frame.public_as]


def _deal_frame(d: Draft, verb: Token | None, frames: Frames, previous: list[Draft]) -> Frame | None:
    """A neutral money verb ("Danone serait prêt à mettre 12 milliards sur la table") states its subject's
    deal told earlier in the article: its frame, and its other party when the sentence names none. A party
    the sentence did not read ("Kaltmark lui versera 460 M€") gives way to the deal's."""
    if d.subject is None:
        return None
    guessed = d.object is not None and not _read(d.object)
    for p in _deals(previous, frames):
        frame = frames.frames[p.frame]
        if p.subject.canonical != d.subject.canonical:
            continue
        if d.object is not None and not guessed and d.object.canonical != p.object.canonical:
            continue
        if p.frame != d.frame and d.figure is not None and kind_of(d.figure) not in frame.amount:
            return None
        return _adopt_deal(d, p, frame, "deal_of_subject")
    if (d.object is None or guessed) and verb is not None:
        return _rival_bid(d, verb, frames, previous)
    return None


def _bid_per_share(fig: Span) -> bool:
    """A sum with no word of scale below a share's usual price (figures.yaml ``bid_per_share_max``): "le groupe
    suédois proposait 38 euros" bids per share; "a payé 80 000 euros" paid for a small business."""
    if kind_of(fig) != "money":
        return False
    amount = fig._.factx_amount or {}
    top = amount.get("high") or amount.get("value")
    return top is not None and top < figures().bid_per_share_max and not scaled_sum(fig)


def _paid_for_else(verb: Token, d: Draft) -> bool:
    """The sum is paid for something else than a deal's price: a top-up ("40 M€ supplémentaires"), a recurring
    sum ("verse chaque année 12 M€ de redevances"), a purpose the verb states ("poser 100 M€ sur la table pour
    financer son développement"; a purpose that is a deal's own trigger took the sum before)."""
    if _top_up(d.figure):
        return True
    markers = figures().purpose_markers
    if any(
        c.dep_ in ("advcl", "xcomp") and any(m.dep_ == "mark" and m.lower_ in markers for m in c.children)
        for c in verb.children
    ):
        return True
    doc, fig = d.sent.doc, d.figure
    return _recurring([*verb.children, *fig.root.children, *doc[fig.end : min(fig.end + 3, d.sent.end)]])


def _rival_bid(d: Draft, verb: Token, frames: Frames, previous: list[Draft]) -> Frame | None:
    """ "Le lyonnais Cyclomax propose 6,8 millions d'euros", in an article telling a takeover of Pédalia by
    someone else: a company the parse read as the subject of a neutral money verb bids for the target of the
    latest purchase the article told (a frame that happens once between two parties). Not a public body, nor
    money given to someone the verb names ("offre 2 M€ aux associations", "lui versera 30 M€")."""
    frame = frames.frames[d.frame]
    if not frame.once or d.figure is None or not _read(d.subject) or d.subject.mention.get("label") != "ORG":
        return None
    if descriptions().holds_no_capital(d.subject.canonical) or _given_to(verb, d.figure):
        return None
    for p in _deals(previous, frames):
        if p.frame != d.frame:
            continue
        if d.subject.canonical in (p.subject.canonical, p.object.canonical):
            return None
        d.rival = True
        return _adopt_deal(d, p, frame, "rival_bid")
    return None


def _paid_for_name(d: Draft) -> bool:
    """The sentence names what the money buys after "pour" ("a aligné 80 M€ pour l'attaquant Rui Costa Silva")."""
    if d.object is None or d.object.token < 0 or not _read(d.object):
        return False
    tok = d.sent.doc[d.object.token]
    pour = grammar().prep_forms("pour")
    own = [g.lower_ for g in tok.children if g.dep_ == "case"]
    if own:
        return not pour.isdisjoint(own)  # not "pour son usine de Lyon": that name has its own "de"
    # (a name set beside its noun: "pour l'attaquant Rui Costa Silva")
    return tok.dep_ in ("appos", "flat:name") and any(
        g.dep_ == "case" and g.lower_ in pour for g in tok.head.children
    )


def _given_to(verb: Token, fig: Span) -> bool:
    """The verb names whom the money goes to: an indirect object pronoun, or an "à" / "aux" complement of the
    verb or, as the parse may hang it, of the sum ("offre 2 M€ aux associations")."""
    to = grammar().prep_forms("à")
    return any(
        c.dep_ == "iobj"
        or c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod")
        and any(g.dep_ == "case" and g.lower_ in to for g in c.children)
        for c in [*verb.children, *fig.root.children]
    )


def _adopt_deal(d: Draft, deal: Draft, frame: Frame, how: str) -> Frame:
    """``d`` states ``deal``: its frame, and its other party in place of none or of one guessed from context."""
    d.how["frame"] = f"{d.how['frame']}/{how}"
    d.frame = deal.frame
    if d.object is None or not _read(d.object):
        d.object, d.how["object"] = deal.object, how
    return frame


def _shares_of_deal(drafts: list[Draft], frames: Frames) -> None:
    """ "LVMH proposerait de racheter 100 % du capital": the stake a deal of the sentence gives is in that
    deal's target when the figure's own words name no other company."""
    shared = frames.share_frames()
    for d in drafts:
        if d.frame not in shared or d.subject is None:
            continue
        deals = [
            g
            for g in drafts
            if g is not d
            and frames.frames[g.frame].one_off
            and d.frame in frames.frames[g.frame].shares.values()
        ]
        if not _read(d.subject) and d.figure is not None:
            # "Tencent investit 1,25 milliard dans Ubisoft, soit 25 % du capital": a stake with no holder of its
            # own words is the one the sentence's deal gives, before it, to its buyer or investor
            told = next(
                (
                    g
                    for g in deals
                    if g.figure is not None
                    and g.figure.end <= d.figure.start
                    and _read(g.subject)
                    and _read(g.object)
                ),
                None,
            )
            if told is not None:
                d.subject, d.object = told.subject, told.object
                d.how["subject"] = d.how["object"] = "deal_of_stake"
                continue
        if d.object is not None and d.object.canonical != d.subject.canonical:
            continue
        deal = next(
            (
                g
                for g in deals
                if g.subject is not None
                and g.subject.canonical == d.subject.canonical
                and g.object is not None
            ),
            None,
        )
        if deal is not None:
            d.object, d.how["object"] = deal.object, "deal_target"


def _backed_operations(ctx: Context, drafts: list[Draft], frames: Frames) -> None:
    """ "une opération à 27 millions d'euros, bouclée auprès de Sofinnova, Bpifrance et Balestier": a generic
    deal noun (figures.yaml ``round_anaphors``) whose sentence names backers of a round is that round, not a
    purchase of one of them."""
    if not ctx.funders:
        return
    rounds = [f for f in frames.frames.values() if f.backers in frames.frames]
    if len(rounds) != 1:
        return
    w = token_strings(ctx.doc)
    funders, generic = ctx.funder_names(), figures().round_anaphors
    for d in drafts:
        if (
            d.figure is None
            or d.trigger < 0
            or d.frame == rounds[0].name
            or not frames.frames[d.frame].one_off
            or fold_word(w.lemma[d.trigger]) not in generic
            or d.object is not None
            and _read(d.object)
            and d.object.canonical not in funders
        ):
            continue
        d.frame, d.object = rounds[0].name, None
        d.how.pop("object", None)
        d.how["frame"] += "/backed"


def _taken_over(ctx: Context, drafts: list[Draft]) -> None:
    """ "Orvéa reprendra une dette nette de 520 millions d'euros", "480 millions d'euros de dette reprise": a
    figure the buyer takes on (figures.yaml ``taken_over``) is the deal target's."""
    words = figures().taken_over
    for d in drafts:
        lemmas = words.get(d.frame)
        if not lemmas or d.figure is None:
            continue
        w = token_strings(d.sent.doc)
        near = heads_above(w, d.figure.root.i, 3)
        if d.trigger >= 0:
            near += [d.trigger, *w.children[d.trigger], *heads_above(w, d.trigger, 2)]
        end = max(d.figure.end, d.trigger + 1)
        for t in range(end, min(d.sent.end, end + 3)):  # "de dette reprise", whatever the parse hung it on
            if w.is_punct[t] or w.pos[t] == AUX or w.pos[t] == VERB and w.dep[t] not in ("acl", "amod"):
                break  # another clause: "Orvéa, dont la dette atteint 520 millions, reprendra Lumio"
            near.append(t)
        if not any(w.lemma_lower[t] in lemmas or w.lower[t] in lemmas for t in near):
            continue
        # the buyer's words ("Orvéa reprendra une dette"), not a debt the sentence gives its owner ("la dette
        # du club")
        target, buyer = told_deal_party(ctx, "object"), told_deal_party(ctx, "subject")
        if target is None or buyer is None:
            continue
        if d.subject is not None and (
            d.subject.canonical != buyer.canonical or d.subject.how.startswith("parse")
        ):
            continue
        d.subject, d.how["subject"] = Filled(target.mention, -1, "deal_target"), "deal_target"


def _issuer(d: Draft, rounds: list[Draft]) -> Filled | None:
    """The company of the round whose own clause the price per share ``d`` stands in ("lever 15 M€ au moyen
    d'une augmentation de capital au prix de 3,40 euros par action"), not of another verb's ("lèvera 6 Md€
    pour financer le rachat de Neoen à 39,85 euros par action": Neoen's)."""
    if d.figure is None:
        return None
    w = token_strings(d.sent.doc)
    triggers = {r.trigger: r.subject for r in rounds}
    i = d.figure.root.i
    for _ in range(8):
        if i in triggers:
            return triggers[i]
        if i != d.figure.root.i and w.pos[i] in (VERB, AUX):
            return None  # another verb's clause
        h = w.head[i]
        if h == i or not d.sent.start <= h < d.sent.end:
            return None
        i = h
    return None


def _per_unit_subjects(drafts: list[Draft], frames: Frames, previous: list[Draft]) -> None:
    """ "95 dollars par action" in a sentence (else an article) about a deal: the price of the target's shares."""
    # the target of a deal of the sentence, one its words name (or that it continues) first; else of the deal
    # whose total an earlier sentence gave; else of the buyer's deal told earlier ("LVMH proposerait 120 dollars
    # par action"); else of the article's last deal
    # (not a deal the sentence only guesses, its parties both taken from salience: "les détails de
    # l'opération devraient être rendus publics" names no deal of its own)
    here = [
        d.object
        for d in drafts
        if frames.frames[d.frame].one_off and d.object is not None and not _guessed_deal(d)
    ]
    targets = [o for o in here if _read(o) or o.how.startswith("previous")] + [
        o for o in here if not (_read(o) or o.how.startswith("previous"))
    ]
    targets = targets or [
        d.object
        for d in reversed(previous)
        if d.frame == figures().per_unit_total_frame and d.object is not None
    ]
    deals = list(_deals(previous, frames))
    # a buyer the article told is no target of its shares ("Tiffany a proposé à LVMH ... son offre, qui
    # représentait 120 dollars par titre": LVMH bids, its shares are not bought)
    if targets and any(d.per_unit in ("action", "part") for d in drafts):
        told = list(_deals([*previous, *drafts], frames))
        buyers = {p.subject.canonical for p in told if p.frame == figures().per_unit_total_frame} - {
            p.object.canonical for p in told
        }
        # (a target the sentence names by its name stays: the text says so)
        targets = [
            t for t in targets if t.canonical not in buyers or t.mention.get("how") in ("name", "alias")
        ]
    index = mention_index(drafts[0].sent.doc) if drafts else None
    # a round or a capital increase of the sentence, whose company the sentence names, sells that company's own
    # shares
    rounds = [
        d
        for d in drafts
        if frames.frames[d.frame].own_shares
        and d.subject is not None
        and d.subject.token >= d.sent.start
        and d.subject.mention.get("how") in ("name", "alias")
        and d.trigger >= 0
    ]
    for d in drafts:
        if d.per_unit not in ("action", "part"):
            continue
        named = _share_owner(d, index)
        buyer = d.subject.canonical if d.subject is not None else None
        bought = next((p.object for p in deals if p.subject.canonical == buyer), None)
        if named is not None:  # "76 centimes par action Credit Suisse"
            d.subject, d.how["subject"] = named, "per_unit_name"
        elif (issuer := _issuer(d, rounds)) is not None:
            d.subject, d.how["subject"] = issuer, "issuer"
        elif targets:
            d.subject, d.how["subject"] = targets[0], "deal_target"
        elif bought is not None and d.frame == figures().per_unit_frame:
            d.subject, d.how["subject"] = bought, "deal_target/previous"
        elif deals and _read(deals[0].object):
            d.subject, d.how["subject"] = deals[0].object, "deal_target/article"
    # "48 euros par action, soit 6,1 milliards au total": the total is the deal for those shares
    prices = [d for d in drafts if d.per_unit in ("action", "part") and d.subject is not None]
    for d in drafts:
        if d.how.get("frame") == "per_unit_total" and prices and (d.object is None or not _read(d.object)):
            d.object, d.how["object"] = prices[0].subject, "per_unit_target"


def _share_prices(ctx: Context, drafts: list[Draft]) -> None:
    """A price a share is issued at ("l'action a été introduite à 45 dollars", the issue_price strategy), or
    that a price noun whose complement is a share noun holds ("le prix d'introduction de l'action était fixé à
    45 dollars"), is a price per share, though no "par action" is written: the reconciler compares it with the
    other articles' prices per share. (Once the sentence's parties are read: its subject stays its own.) Not a
    market quote ("le cours de clôture de l'action", figures.yaml ``quote_nouns``), not a sum of a share's
    order of magnitude at most (figures.yaml ``quote_max``: "le prix total des actions ... 3 milliards"), not
    a share noun with a noun complement of its own ("le tarif des titres de transport")."""
    fig = figures()
    doc = ctx.doc
    for d in drafts:
        if d.frame != fig.per_unit_frame or d.figure is None or d.per_unit is not None:
            continue
        amount = d.figure._.factx_amount or {}
        top = amount.get("high") or amount.get("value")
        if kind_of(d.figure) != "money" or top is None or top >= fig.quote_max:
            continue
        if d.how.get("frame") != "issue_price" and not _share_price_noun(doc, d):
            continue
        d.per_unit = SHARE_UNIT


def _share_price_noun(doc: Doc, d: Draft) -> bool:
    """The draft's trigger is a price noun of a share: "le prix (d'introduction) de l'action"."""
    fig = figures()
    t = doc[d.trigger] if d.trigger >= 0 else None
    if t is None or t.pos_ != "NOUN" or any(x.lemma_.lower() == "total" for x in t.children):
        return False  # "le prix total des actions": a sum for a block of shares
    w = token_strings(doc)
    if any(tuple(w.lower[t.i : t.i + len(q)]) == q for q in fig.quote_nouns):
        return False  # "le cours de clôture de l'action": a quote of the day
    figs = [(x.start, x.end) for x in doc.spans.get(AMOUNTS, ())]

    def mods(tok: Token) -> list[Token]:
        # (never a figure's complement: "un prix de 12 euros par action et de 15,52 euros par obligation")
        return [c for c in tok.children if c.dep_ == "nmod" and not any(a <= c.i < b for a, b in figs)]

    # (the share may complete the price noun's own complement: "le prix d'introduction de l'action")
    near = mods(t)
    return any(is_share(c) for c in (*near, *(x for m in near for x in mods(m))))


def _told_anew(noun: Token) -> bool:
    """A fact's noun with an indefinite determiner or "nouveau" ("une levée de fonds", "la nouvelle levée"):
    a fact the text introduces, not one it has told."""
    return noun.pos_ == "NOUN" and any(
        (c.dep_ == "det" and "Ind" in c.morph.get("Definite"))
        or (c.dep_ == "amod" and c.lemma_.lower() == "nouveau")
        for c in noun.children
    )


def _guessed_deal(d: Draft) -> bool:
    """A figure-less deal whose parties are both salience's guesses, none read from the sentence."""
    return (
        d.figure is None
        and d.object is not None
        and d.object.how == "salient"
        and (d.subject is None or d.subject.how == "salient")
    )


def _paired_measure_subjects(ctx: Context, drafts: list[Draft], frames: Frames) -> None:
    """ "L'Ebitda s'élève à 10,6 milliards, pour un chiffre d'affaires de 57,9 milliards": a measure's noun its
    clause sets beside another measure (grammar.yaml ``time_links`` ``paired``), with no party of its own, is of
    the company that measure is of."""
    for d in drafts:
        frame = frames.frames[d.frame]
        if d.subject is not None or d.trigger < 0 or not claim_dates.is_measure(frame):
            continue
        noun = ctx.doc[d.trigger]
        if noun.pos_ != "NOUN" or claim_dates.paired_preposition(noun) is None:
            continue
        inside = range(d.figure.start, d.figure.end) if d.figure is not None else range(0)
        if any(
            c.dep_.startswith("nmod")
            and c.i not in inside
            and any(g.dep_ == "det" or g.dep_ == "case" and g.lower_ in ("du", "des") for g in c.children)
            for c in noun.subtree
            if c.i != noun.i
        ):
            continue  # "pour un chiffre d'affaires moyen du secteur de 50 millions": someone else's
        head = clause_head(noun, ctx.sent.start, ctx.sent.end).i
        mate = next(
            (
                p
                for p in drafts
                if p is not d
                and p.subject is not None
                and p.figure is not None
                and 0 <= p.trigger < d.trigger
                and claim_dates.is_measure(frames.frames[p.frame])
                and clause_head(ctx.doc[p.trigger], ctx.sent.start, ctx.sent.end).i == head
            ),
            None,
        )
        if mate is not None:
            d.subject, d.how["subject"] = mate.subject, f"paired/{mate.how.get('subject', '')}"


def _deal_valuations(drafts: list[Draft], frames: Frames, previous: list[Draft]) -> None:
    """ "L'opération valorise l'opérateur télécoms à 4,1 milliards": what a deal values is its target, so a
    valuation a deal noun states of a company the sentence only describes is that of the sentence's deal, else
    of the article's last deal (figures.yaml ``deal_valuation_frame``, ``deal_nouns``)."""
    if not drafts:
        return
    fig = figures()
    w = token_strings(drafts[0].sent.doc)
    for d in drafts:
        if d.frame != fig.deal_valuation_frame or d.trigger < 0:
            continue
        s = d.subject
        if (
            s is not None
            and (_read(s) or s.how.startswith("previous"))
            and not s.how.endswith("/description")
        ):
            continue  # a name the sentence gives stays
        # its subject, or (where the tagger lost the verb: "L'opération valorise") the noun right before it
        subjects = [k for k in w.children[d.trigger] if w.dep[k] == "nsubj"]
        k = d.trigger - 1
        if k >= d.sent.start and (w.pos[k] == NOUN or k > d.sent.start and w.pos[k - 1] == DET):
            subjects.append(k)
        if not any(fold_word(w.lemma[k]) in fig.deal_nouns for k in subjects):
            continue
        here = [p for p in drafts if p is not d and frames.frames[p.frame].one_off and _read(p.object)]
        deal = here[0] if here else next(_deals(previous, frames), None)
        if deal is not None and _read(deal.object):
            d.subject, d.how["subject"] = deal.object, "deal_target"


def _eponym_descriptions(drafts: list[Draft]) -> None:
    """ "Fondée en 1962 par Lucien Marquenat, l'entreprise compte 1 900 salariés": the description a founder's
    name resolved to its company (roles._eponym) is that company for every fact of the sentence it is the
    subject of."""
    named = {
        d.subject.token: d.subject
        for d in drafts
        if d.subject is not None and d.subject.how.endswith("eponym")
    }
    for d in drafts:
        s = d.subject
        if s is not None and s.token in named and s.how.endswith("/description"):
            d.subject = Filled(named[s.token].mention, s.token, "eponym")
            d.how["subject"] = "eponym"


def _top_up(figure: Span) -> bool:
    """figures.yaml `increment_after` / `increment_before`: "2,75 milliards de dollars supplémentaires", "une
    rallonge de 500 millions" is a top-up, not the deal's total."""
    fig, w = figures(), token_strings(figure.doc).lower_apos
    return starts_at(w, figure.end, fig.increment_after) or ends_at(w, figure.start, fig.increment_before)


def _figure_marks(drafts: list[Draft]) -> None:
    """figures.yaml `increment_after` / `increment_before`: "2,75 milliards de dollars supplémentaires",
    "une rallonge de 500 millions" is a top-up, not the deal's total; `loss_words`: "une perte de 8
    milliards" is a loss."""
    if not drafts:
        return
    fig = figures()
    strings = token_strings(drafts[0].sent.doc)
    w, lemmas = strings.lower_apos, strings.lemma
    sent = drafts[0].sent
    deals = (fig.per_unit_frame, fig.per_unit_total_frame)
    cues = (
        set(_revision_cues(w, lemmas, sent.start, sent.end, fig))
        if any(d.frame in deals for d in drafts)
        else set()
    )
    for d in drafts:
        if d.frame in deals and d.trigger >= 0:
            d.revised = _revises(strings, d.trigger, cues, sent)
    # a price per share has no trigger of its own: it is revised with its sentence's deal
    deal_revised = any(d.revised for d in drafts)
    for d in drafts:
        if d.figure is None:
            continue
        if d.frame in deals and d.trigger < 0:
            d.revised = deal_revised
        # (money only: "800 salariés devraient perdre leur emploi" are job cuts like any other)
        d.loss = (
            d.trigger >= 0 and fold_word(lemmas[d.trigger]) in fig.loss_words and kind_of(d.figure) == "money"
        )
        d.increment = _top_up(d.figure)
    if fig.facets:
        _facets(drafts, w, fig)
    quotes = [d for d in drafts if d.figure is not None and _quote(d, w, fig)]
    if quotes:
        for d in drafts:
            # a share's price of the day, and the market value it gives ("l'action a clôturé à 21,90 euros, ce
            # qui valorise le groupe à 1,8 milliard"): see reconcile.yaml daily_facets
            if d in quotes or d.frame == fig.deal_valuation_frame:
                d.facets = (*d.facets, "quote")


def _quote(d: Draft, w: list[str], fig: Figures) -> bool:
    """A share's market price: read by the quote strategy, or owned by a quote noun ("le cours de clôture")."""
    return d.how.get("frame") == "quote" or (
        d.frame == fig.quote_frame and d.trigger >= 0 and starts_at(w, d.trigger, fig.quote_nouns)
    )


# words after a figure where a `near` facet cue may stand ("103 M€ au total depuis sa création")
FACET_REACH = 8


def _facets(drafts: list[Draft], w: list[str], fig: Figures) -> None:
    """figures.yaml `facets`: a cue right after the figure ("sept usines françaises", "395 M€ avant
    l'opération") or near it ("Depuis sa création, Mirandol a levé 103 M€") makes the figure a facet of its
    fact, compared only with figures of the same facets."""
    sent = drafts[0].sent
    spans = sorted({(d.figure.start, d.figure.end) for d in drafts if d.figure is not None})
    starts = {x for x, _ in spans}
    for d in drafts:
        if d.figure is None:
            continue
        a, b = d.figure.start, d.figure.end
        # before it: from the sentence's start when no figure comes first ("Depuis sa création, X a levé"),
        # else from the clause after the figure before it (a cue written after that figure is that figure's)
        ends = [y for x, y in spans if x < a]
        lo = sent.start
        if ends:
            lo = max([ends[-1], *(k + 1 for k in range(ends[-1], a) if w[k] in CLAUSE_STOPS)])
        hi = b
        while hi < min(sent.end, b + FACET_REACH) and w[hi] not in CLAUSE_STOPS and hi not in starts:
            hi += 1
        before, after = w[lo:a], w[b:hi]
        found = []
        for name, facet in fig.facets.items():
            if facet.frames and d.frame not in facet.frames:
                continue
            if (
                starts_at(w, b, facet.next)
                or ends_at(w, a, facet.prev)
                or any(_has(before, c) or _has(after, c) for c in facet.near)
            ):
                found.append(name)
        d.facets = tuple(sorted(found))


CLAUSE_STOPS = frozenset({",", ";", ".", ":", "(", ")", "—", "–", "!", "?"})


def _has(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def _revises(w, t: int, cues: set[int], sent: Span) -> bool:
    """The deal noun or verb at ``t`` is told as revised: a cue is the word governing it ("a relevé son
    offre"), qualifies it ("l'offre relevée", "la nouvelle offre"), or is the subject of its verb ("le
    nouveau prix porte la valeur de l'opération à..."); not a cue elsewhere in the sentence ("a relevé son
    objectif après le rachat de Telmis")."""
    if not cues:
        return False
    near = {t, w.head[t], *w.children[t]}
    verb = _clause_of(sent, t)
    subjects = [c for c in w.children[verb] if w.dep[c] in ("nsubj", "nsubj:pass")]
    near |= {*subjects, *(g for c in subjects for g in w.children[c])}
    if near & cues:
        return True
    # a cue heading a clause the deal's hangs in ("le nouveau prix représente une prime ... et porte la valeur
    # de l'opération à"), unless a preposition of time sets the deal apart ("après le rachat de Telmis")
    times = hedge_cues().time_references
    above: set[int] = set()
    i = t
    for _ in range(CLIMB_REVISION):
        if any(w.dep[c] == "case" and w.lower[c] in times for c in w.children[i]):
            return False
        above.add(i)
        if w.head[i] == i or not sent.start <= w.head[i] < sent.end:
            break
        i = w.head[i]
    return any(_clause_of(sent, c) in above for c in cues)


CLIMB_REVISION = 10  # heads climbed from a deal's word to the clauses it hangs in


def _clause_of(sent: Span, i: int) -> int:
    tok = sent.doc[i]
    return i if tok.pos_ in ("VERB", "AUX") else clause_head(tok, sent.start, sent.end).i


def _revision_cues(w: list[str], lemmas: list[str], a: int, b: int, fig) -> list[int]:
    """Where the sentence tells a revised deal figure (figures.yaml ``revision_lemmas``, ``revision_phrases``):
    the cue words' positions."""
    out = [i for i in range(a, b) if fold_word(lemmas[i]) in fig.revision_lemmas]
    words = w[a:b]
    out += [
        a + i + k
        for p in fig.revision_phrases
        for i in range(len(words) - len(p) + 1)
        if tuple(words[i : i + len(p)]) == p
        for k in range(len(p))
    ]
    return out


def _share_owner(d: Draft, index: MentionIndex | None) -> Filled | None:
    """ "76 centimes par action Credit Suisse": the company the per-unit noun names right after it; else the
    one the sentence's total is for ("229 dollars par action, soit 43 milliards pour Seagen")."""
    if index is None or d.figure is None:
        return None
    doc, end = d.figure.doc, d.figure.end
    named = [end] if end < len(doc) else []
    w = token_strings(doc)
    named += [j + 1 for j in range(end, d.sent.end - 1) if w.lower[j] == "pour" and w.text[j - 1] != ","]
    for k in named:
        while k < d.sent.end - 1 and w.pos[k] == DET:
            k += 1
        m = index.get(k)
        if (
            m is not None
            and m.get("how") in ("name", "alias", "apposition")
            and m.get("label") in ("ORG", "PRODUCT")
        ):
            return Filled({x: m[x] for x in ("text", "canonical", "label")}, k, "per_unit/name")
    return None


def _anchor(d: Draft) -> Token:
    doc = d.sent.doc
    return doc[d.trigger] if d.trigger >= 0 else d.figure.root


def _figure_tops(figure: Span) -> list[Token]:
    """The figure's root, then its other words the parse hung outside it (a range's ends)."""
    root = figure.root
    return [root, *(t for t in figure if t.i != root.i and not figure.start <= t.head.i < figure.end)]


def _hedge(sent: Span, drafts: list[Draft], dates: Iterable[Span] = (), frames: Frames | None = None) -> None:
    sent_cues, attribution = hedging.sentence_cues(sent)
    incises = hedging.reporting_incises(sent)
    for d in drafts:
        tok = _anchor(d)
        while d.how["frame"] == "title/predicate/joined" and tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # "pourrait devenir président et directeur général": the first title's hedges
        # "Fondée en 2015, OpenAI serait valorisée selon X": an opening participle is background, not reported
        # so is a person's title in apposition ("Yves Guillemot, PDG d'Ubisoft, pourrait...")
        # "300 postes sur les 1 450 que compte l'entreprise": the whole is the company's size, not the news
        whole = d.how["frame"] == UNIT_WHOLE
        # "devrait s'établir à 450 M€, contre 512 M€ l'an dernier": the earlier value of a measure a forecast is
        # compared with, bare and of a past year, is a past fact, not the forecast (a source the whole sentence
        # cites still tells it; "contre 500 M€ que le groupe espérait", "430 M€ prévus en janvier" stay what they
        # were: hopes; a deal's earlier figure is an earlier offer or another deal, no fact of its own)
        earlier = (
            d.how["frame"] == COMPARED
            and frames is not None
            and not frames.frames[d.frame].one_off
            and _past_value(d.figure, dates)
        )
        background = d.trigger_pos == "verb" and _opening_participle(tok, sent) or _title_aside(d) or whole
        cues = [] if background else list(sent_cues)
        if d.how["frame"] == "title/fronted":
            # "PDG de Kelvia selon nos informations, Marc Devaux a démenti": the fronted title's own hedges
            comma = next((k for k in range(tok.i, sent.end) if sent.doc[k].text == ","), sent.end)
            cues = hedging.sentence_cues(sent.doc[sent.start : comma])[0]
        if whole or earlier:
            # hedged by its own clause only ("sur les 1 450 qu'elle compterait"), not by the part's verb
            own = {t for f in d.figure for t in (f, *f.children) if t.dep_ == "acl:relcl"}
            cues += [c for t in own for c in hedging.trigger_cues(t, sent)]
        elif not _title_aside(d):
            cues += hedging.trigger_cues(tok, sent)
        if d.figure is not None and not whole and not earlier:
            # "le prix ... pourrait être de l'ordre de 7 milliards": the figure's own clause may be the hedged one;
            # a range's other end may hang where the parse put it ("serait prêt à débourser ... pour une
            # participation comprise entre 70 % et 80 %": the first "%" is the participle's)
            for top in _figure_tops(d.figure):
                if top.i != tok.i:
                    cues += [c for c in hedging.trigger_cues(top, sent) if c not in cues]
        if not background and not whole:
            nodes = [tok] + ([d.figure.root] if d.figure is not None and d.figure.root.i != tok.i else [])
            cues += [c for node in nodes for c in hedging.object_relative_cues(node) if c not in cues]
        if d.figure is not None and not whole:
            # "bien loin des 70 M€ évoqués en avril", "loin des 5 % visés": a figure a hedging verb's past participle
            # qualifies is only reported, or a target
            cues += [
                c.text
                for c in d.figure.root.children
                if c.dep_ == "acl"
                and "Part" in c.morph.get("VerbForm")
                and "Pres" not in c.morph.get("Tense")
                and c.lemma_.lower() in hedge_cues().reported_participles
                and c.text not in cues
            ]
        parties = frozenset(f.canonical for f in (d.subject, d.object) if f is not None)
        reported = None
        if not background and d.frame in sources().third_party_counts and _third_party_subject(d):
            # a union as the claim's subject may be the source itself: "La CGT estime que 1 500 emplois sont
            # menacés" tells the company's cuts by the CGT's count (not "la CFDT revendique 620 000 adhérents")
            union = d.subject.canonical
            reported = hedging.reported_by(tok, sent, incises, parties - {union})
            if reported is None or reported[1] != union or not _source_is_no_subject(d, union):
                reported = hedging.reported_by(tok, sent, incises, parties)
        elif not background:
            reported = hedging.reported_by(tok, sent, incises, parties)
        if reported is not None:
            cues.append(reported[0])
        d.hedge_cues = cues
        d.attribution = None if background else (reported[1] if reported and reported[1] else attribution)
        extra = [d.figure.root] if d.figure is not None else []
        # (a title said in passing is denied by no verb of the sentence either: "« Nous ne sommes pas à vendre »,
        # a tranché le PDG, X")
        d.negated = not _title_aside(d) and hedging.negated(tok, sent, extra)


def _past_value(fig: Span, dates: Iterable[Span]) -> bool:
    """A bare figure (figures.bare_figure), a date of a year before the article's right after it, and nothing
    more before the clause ends: "contre 512 M€ l'an dernier." ("180 M€ en 2025 attendus par les analystes",
    "180 M€ en 2025 pour son concurrent" say more of it)."""
    pub = (fig.doc._.factx_pub_date or "")[:4]
    if not pub.isdigit() or not bare_figure(fig):
        return False
    after = next((s for s in dates if s.start == fig.end), None)
    value = ((after._.factx_date or {}).get("value") or "") if after is not None else ""
    # (a year or a part of one, as a measure's period is told; "contre 180 M€ en octobre 2025" is more likely
    # when an earlier forecast was made)
    year = value[:4]
    if not year.isdigit() or int(year) >= int(pub) or not (len(value) == 4 or value[4:6] in ("-Q", "-H")):
        return False
    w = token_strings(fig.doc)
    end = after.end
    return end >= len(w.text) or w.is_punct[end] or w.lower_apos[end] in grammar().list_links


def _title_aside(d: Draft) -> bool:
    """A person's title said in passing ("Yves Guillemot, PDG d'Ubisoft", "Son nouveau directeur général,
    Stéphane Ardouin, ... devra convaincre"), not the predicate of the sentence's verb ("X pourrait devenir
    PDG"): no hedge of that verb is the title's."""
    frame = d.how["frame"]
    return frame.startswith("title/") and not frame.startswith("title/predicate")


def _third_party_subject(d: Draft) -> bool:
    """The claim's subject, however it was read (but "sa", "son": its own), is a speaker that never does a
    company's facts (sources.yaml ``third_party_names``)."""
    s = d.subject
    if s is None or s.how.split("/")[0] == "possessive":
        return False
    return sources().is_third_party(s.canonical)


def _no_union_measures(drafts: list[Draft]) -> None:
    """A fact a union counts of the company's (sources.yaml ``third_party_counts``) whose subject is still that
    union ("Pour la CFDT, ce sont 1 800 postes qui disparaîtraient", "150 suppressions, un chiffre que la CFDT
    conteste") is the company's the article is about: the union counts, the company cuts ("la CFDT, qui
    revendique 620 000 adhérents" keeps its members)."""
    counted = sources().third_party_counts
    for d in drafts:
        if d.frame in counted and _third_party_subject(d):
            _source_is_no_subject(d, d.subject.canonical)


def _source_is_no_subject(d: Draft, source: str) -> bool:
    """A source giving its estimate is the claim's attribution, never its subject: the party is the company the
    article is about (its most salient organisation that is no such speaker), when it names one (True)."""
    topic = mention_index(d.sent.doc).topic(("ORG",), skip=lambda n: n == source)  # (topic() skips unions)
    if topic is None:
        return False
    d.subject, d.how["subject"] = Filled(topic, -1, "topic/source"), "topic/source"
    return True


def _milestones(sent: Span, drafts: list[Draft], frames: Frames) -> None:
    """ "a annoncé le rachat", "l'acquisition, annoncée en juillet", "a finalisé le rachat": which milestone of
    a one-off event the claim is about, from the verbs on its trigger's path and the participles on it."""
    names, nouns = milestones(), milestone_nouns()
    modals = hedging.cues().modals
    w = token_strings(sent.doc)
    for d in drafts:
        if not frames.frames[d.frame].one_off:
            continue
        i = _anchor(d).i
        if w.pos[i] == NOUN and d.trigger == i and _occurs(w, i):
            d.milestone = COMPLETION  # "La cession sera effective le 1er avril": the deal itself happens
            continue
        path = hedging.governors(w, i, sent) + [c for c in w.children[i] if w.dep[c] in ("acl", "amod")]
        path += _complemented(w, i, sent)
        # "L'opération devrait être finalisée au deuxième trimestre": the verb a modal on the path governs
        path += [
            c for t in path if w.lemma[t].lower() in modals for c in w.children[t] if w.dep[c] == "xcomp"
        ]
        for t in path:
            found = names.get(w.lemma[t].lower())
            if found is None and w.pos[t] in (NOUN, X) and (noun := _milestone_noun(w, t, nouns)):
                # "la finalisation de l'opération interviendra le...", "a donné son feu vert au rachat"
                found = noun if _occurs(w, t) or _granted(w, t, sent.start) else None
            if found:
                d.milestone = found
                break


def _complemented(w, i: int, sent: Span) -> list[int]:
    """The noun the trigger at ``i`` is the complement of ("son feu vert au rachat", "l'autorisation de
    l'acquisition"): its head, and the noun right before its preposition, however the parse hung it."""
    out = [w.head[i]] if w.dep[i] == "nmod" and sent.start <= w.head[i] < sent.end else []
    j = i - 1
    while j > sent.start and w.pos[j] in (ADP, DET):
        j -= 1
    if j < i - 1:
        out += [k for k in (j, j - 1) if k >= sent.start and w.pos[k] in (NOUN, X) and k not in out]
    return out


def _milestone_noun(w, t: int, nouns: dict[str, str]) -> str | None:
    """The milestone a noun names, alone ("finalisation") or with the word after it ("feu vert")."""
    if t + 1 < len(w.lemma_lower) and (found := nouns.get(f"{w.lemma_lower[t]} {w.lemma_lower[t + 1]}")):
        return found
    return nouns.get(w.lemma_lower[t])


def _granted(w, noun: int, start: int) -> bool:
    """The milestone noun at ``noun`` is the object of a verb that grants or obtains it ("a donné son feu vert
    au rachat", "a obtenu l'autorisation de", events.yaml ``granting``)."""
    verbs = granting_verbs()
    if w.dep[noun] == "obj":
        return w.lemma_lower[w.head[noun]] in verbs
    # the parse hung the noun elsewhere ("a donné jeudi 19 mars son feu vert": on the date): the verb before it
    verb = next((j for j in range(noun - 1, max(start - 1, noun - 8), -1) if w.pos[j] == VERB), None)
    return verb is not None and w.lemma_lower[verb] in verbs


def _opening_participle(tok: Token, sent: Span) -> bool:
    w = token_strings(sent.doc)
    if tok.i - sent.start > 2 or "Part" not in w.feat(tok.i, "VerbForm"):
        return False
    return "," in w.text[tok.i : sent.end]


def _read(f: Filled | None) -> bool:
    return f is not None and f.how.split("/")[0] in READ


def _merge(drafts: list[Draft], frames: Frames) -> list[Draft]:
    """A figure-less trigger of a frame whose figure another trigger holds ("le principal actionnaire ...
    avec 49 % du capital") states that fact: it lends its roles when they are read better, and goes. With a
    date of its own it is a fact of its own ("investi en 2019 et à nouveau en 2021")."""
    out = []
    for d in drafts:
        mates = [g for g in drafts if g is not d and g.frame == d.frame and g.figure is not None]
        if d.figure is not None or not mates or not frames.frames[d.frame].amount:
            out.append(d)
            continue
        own_date = d.date is not None and d.how.get("date") == "clause"
        if own_date and any(g.date is not None and g.date.start != d.date.start for g in mates):
            out.append(d)  # two dates, two events: "investi en 2019 et à nouveau en 2021"
            continue
        if own_date and (d.date._.factx_date or {}).get("value"):
            # "Dans le cadre d'une opération orchestrée dimanche, UBS paiera 3 milliards": the noun names the
            # fact, its date is the fact's; so is a verb's whose own object or subject is the figure's trigger
            # ("a réalisé l'an dernier un chiffre d'affaires de 412 millions"). A verb of another clause has a
            # fact of its own ("Après avoir levé 50 millions en février, l'entreprise annonce avoir amassé...")
            w = token_strings(d.sent.doc)
            for g in mates:
                governed = (
                    d.trigger >= 0
                    and g.trigger >= 0
                    and w.head[g.trigger] == d.trigger
                    and w.dep[g.trigger] in ("obj", "nsubj", "nsubj:pass")
                )
                # (not across a semicolon to a fact told anew: "lors de sa dernière levée de fonds en août 2018 ;
                # et une levée de fonds de 8,1 milliards" tells two rounds; "a finalisé en mars le rachat de
                # Lumio ; l'opération s'élève à 2 milliards" one)
                apart = (
                    d.trigger >= 0
                    and g.trigger >= 0
                    and any(
                        w.text[i] == ";"
                        for i in range(min(d.trigger, g.figure.start), max(d.trigger, g.figure.start))
                    )
                    and _told_anew(d.sent.doc[g.trigger])
                )
                if g.date is None and (d.trigger_pos == "noun" or governed) and not apart:
                    g.date, g.how["date"] = d.date, f"merged/{d.how['date']}"
        for g in mates:
            for role in ("subject", "object"):
                mine, theirs = getattr(d, role), getattr(g, role)
                if g.how.get(role, "").startswith("deal_target"):
                    continue  # a per-share price is the target's, whoever the sentence's subject is
                if theirs is None and g.how.get(role) == "gapped" and not _read(mine):
                    # a list of givers left their receiver unsaid: a trigger's guess (its nearest name) does not
                    # say it, its own complement does ("Pour l'investissement dans Verkor, l'État apporte...")
                    continue
                if mine is not None and (theirs is None or _read(mine) and not _read(theirs)):
                    setattr(g, role, mine)
                    g.how[role] = f"merged/{d.how.get(role, '')}"
    return out


def _keep(drafts: list[Draft], frames: Frames) -> list[Draft]:
    kept: list[Draft] = []
    for d in drafts:
        frame = frames.frames.get(d.frame)
        if d.object is not None and d.subject is not None and d.object.canonical == d.subject.canonical:
            d.object = None  # one party cannot be both
        if frame is None or not d.fills(frame.needs):
            continue
        if d.subject is None and not (
            d.figure is not None
            and (_read(d.object) or frame.context_role == "object" and d.object is not None)
        ):
            # a figure with no party named is nobody's; "X verse un dividende de 2 €" is X's, and so is "les
            # actionnaires recevront un dividende de 2 €" in an article about X (its context role)
            continue
        if d.figure is None and frame.amount and d.date is None:
            # a deal, a round, a plan named without its figure or its date states nothing to compare
            # (its parties still help later sentences: they stay in the discourse memory)
            continue
        if d.figure is None and not d.how["frame"].startswith("title") and not _says_something(d, frame):
            continue
        if any(_same(d, k) for k in kept):
            continue
        if frame.one_off and "money" in frame.amount and _several_events(d):
            continue
        kept.append(d)
    return kept


def _several_events(d: Draft) -> bool:
    """ "Les cinq plus grosses opérations totalisent un milliard d'euros": a deal noun in the plural with a
    number of its own, or with a definite or demonstrative article as the subject of a verb of totalling
    (figures.yaml ``total_verbs``), names several deals; their total is no fact of one ("des financements de
    30 millions", "des amendes de 2 milliards" are one sum)."""
    if d.trigger < 0 or d.trigger_pos != "noun" or d.figure is None:
        return False
    w = token_strings(d.sent.doc)
    if "Plur" not in w.feat(d.trigger, "Number"):
        return False
    kids = [c for c in w.children[d.trigger] if not d.figure.start <= c < d.figure.end]
    if any(w.dep[c] == "nummod" for c in kids):
        return True
    g = grammar()
    definite = any(
        w.dep[c] == "det" and w.lower_apos[c] in g.definite_article | g.demonstrative for c in kids
    )
    head = w.head[d.trigger]
    return definite and w.dep[d.trigger] == "nsubj" and w.lemma_lower[head] in figures().total_verbs


def _says_something(d: Draft, frame: Frame) -> bool:
    """A trigger with no figure is a claim only when its own sentence names its parties: "un investissement"
    whose roles are all borrowed from the discourse says nothing new. A subject the parse missed but that
    stands right by the trigger ("sur lequel ChatGPT est basé") counts as named."""
    if frame.pair and _paired(d):
        return True  # "Ubisoft et Tencent viennent de sceller un partenariat": the pair is read as one
    if d.how["frame"].endswith("/anaphor"):
        return True  # "Le rachat a été annoncé en mai": the told deal, dated (see _dated_anaphors)
    if "object" in frame.needs and d.object is not None and not _read(d.object):
        return False
    if frame.amount and d.object is not None and not _read(d.object):
        return False
    if _read(d.subject):
        return True
    near = (
        d.subject is not None
        and d.subject.how.startswith("nearest")
        and (
            abs(d.subject.token - d.trigger) <= 3
            # "Le numéro deux français a annoncé un accord pour racheter Cora": the sentence's own subject,
            # a description that names the buyer, even where the parse lost it
            or d.subject.how.endswith(("/description", "/apposition"))
            and d.subject.token < d.trigger
            and d.date is not None
        )
    )
    defined = (
        _read(d.value) if "value" in frame.needs else _read(d.object) if "object" in frame.needs else False
    )
    return near and defined


def _dated_anaphors(drafts: list[Draft], frames: Frames, previous: list[Draft]) -> None:
    """ "Le rachat a été annoncé en mai", "cette acquisition avait été finalisée en septembre 2023": a one-off
    deal's noun with a definite or demonstrative article, no complement and no party of its own is the deal of
    its frame the article told last; with a date of its own it says when (a milestone of that deal), so it
    takes that deal's parties. Its subject may be named again ("L'opération, la plus importante jamais
    réalisée par Cisco"), never another one."""
    for d in drafts:
        frame = frames.frames[d.frame]
        if d.figure is not None or not _anaphor_dated(d, frame):
            continue
        lo, hi = sorted((d.trigger, d.date.start))
        if any(o is not d and lo < o.trigger < hi for o in drafts):
            continue  # "Cette acquisition ... depuis le rachat de Tableau en 2019": the nearer deal's date
        # (a precedent dated years before the article comes last: roles.latest_first)
        told = _told_deal([p for p in _deals(previous, frames, latest_first) if p.frame == d.frame])
        if told is None or d.object is not None and _read(d.object):
            continue
        if d.subject is not None and _read(d.subject) and d.subject.canonical != told.subject.canonical:
            continue
        if d.subject is None or not _read(d.subject):
            d.subject, d.how["subject"] = told.subject, "article_deal"
        d.object, d.how["object"] = told.object, "article_deal"
        d.how["frame"] = f"{d.how['frame']}/anaphor"


def _anaphor_dated(d: Draft, frame: Frame) -> bool:
    """``d`` is a definite one-off deal noun with no complement, dated by its own clause."""
    if not frame.one_off or d.trigger_pos != "noun" or d.trigger < 0 or d.date is None:
        return False
    w = token_strings(d.sent.doc)
    date = range(d.date.start, d.date.end)

    def named_complement(t: int) -> bool:
        return any(w.dep[c] == "nmod" and c not in date and c != d.trigger for c in w.children[t])

    if named_complement(d.trigger):
        return False  # "la cession des magasins": a noun with a complement is about that, not the deal
    path = heads_above(w, d.date.root.i)
    if d.how.get("date") != "clause" and d.trigger not in path:
        return False  # "l'opération annoncée l'année dernière": a participle on the noun dates it too
    milestone = milestone_nouns()
    if any(
        w.pos[t] == NOUN and t != d.trigger and named_complement(t) and w.lemma_lower[t] not in milestone
        for t in path
    ):
        # "depuis le rachat de Promodès en 1999": the date of another thing named on its way (a milestone of
        # the deal is the deal's: "la finalisation de l'opération est attendue début 2025")
        return False
    return _definite(w, d.trigger)


def _key(d: Draft) -> tuple:
    fig = d.figure._.factx_amount if d.figure is not None else None
    amount = fig and (fig.get("value"), fig.get("low"), fig.get("unit"))
    name = lambda f: f.canonical if f is not None else None  # noqa: E731
    date = d.date._.factx_date.get("value") if d.date is not None and d.date._.factx_date else None
    return (
        d.frame,
        name(d.subject),
        name(d.object),
        name(d.value),
        amount,
        date,
        bool(d.hedge_cues),
        d.negated,
    )


def _same(a: Draft, b: Draft) -> bool:
    # two triggers of one fact in one sentence ("rassembler ... d'utilisateurs", "récipiendaire ... des bénéfices")
    if a.frame != b.frame:
        return False
    if a.figure is not None or b.figure is not None:
        return (
            a.figure is not None
            and b.figure is not None
            and a.figure.start == b.figure.start
            and (a.subject and a.subject.canonical) == (b.subject and b.subject.canonical)
            and (a.object and a.object.canonical) == (b.object and b.object.canonical)
        )
    return _key(a)[:4] == _key(b)[:4]
