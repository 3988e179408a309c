"""The ``factx_claims`` component: frames triggered in each sentence, their roles, amount, date and hedging.

It runs after factx_entities, factx_amounts and factx_dates and writes doc._.factx_claims, a list of contract
claim dicts (factx/document/1 "claim").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import data
from . import extensions, hedging, roles
from .extensions import AMOUNTS, DATES
from .frames import Frame, Frames, Trigger, load_frames

OBJECT_LABELS = frozenset({"ORG", "MISC", "PRODUCT"})

__all__ = ["ClaimFinder", "extract_claims", "load_frames", "make_claims"]


class ClaimFinder:
    """spaCy component: fills doc._.factx_claims."""

    def __init__(self, frames_file: str | None = None) -> None:
        self.frames_file = frames_file
        self.frames = load_frames(frames_file)

    def __call__(self, doc: Doc) -> Doc:
        doc._.factx_claims = extract_claims(doc, self.frames)
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


@Language.factory("factx_claims", assigns=["doc._.factx_claims"], default_config={"frames_file": None})
def make_claims(nlp: Language, name: str, frames_file: str | None) -> ClaimFinder:
    extensions.register()
    return ClaimFinder(frames_file)


MAX_SENTENCE_TOKENS = 200  # real sentences stay far below; see sentences()


def extract_claims(doc: Doc, frames: Frames) -> list[dict]:
    """Contract claim dicts for every frame triggered in ``doc`` (never raises on odd text)."""
    claims: list[dict] = []
    matches = frames.match(doc)
    for sent in sentences(doc):
        sent_matches = [(t, trig) for t, trig, _ in matches if sent.start <= t.i < sent.end]
        # a parse we did not foresee costs a sentence, never the article
        try:
            found = _sentence_claims(doc, sent, sent_matches, frames, claims)
            claims += [c for c in found if not any(_repeats(c, k) for k in claims)]
        except Exception:
            pass
        try:
            claims += roles.role_claims(sent, claims)
        except Exception:
            pass
    return claims


def sentences(doc: Doc) -> list[Span]:
    """Sentences cut at a final stop or a line break, whatever the parser says.

    The parser both splits where there is no stop ("Ubisoft | serait valorisé") and runs several sentences
    together; a claim must see its whole sentence and nothing more.
    """
    cuts = {0, len(doc)}
    if not doc.has_annotation("DEP") and not doc.has_annotation("SENT_START"):
        return [doc[:]] if len(doc) else []
    toks = list(doc)  # one Token object per word (doc[i] makes a new one per call)
    for tok, nxt in zip(toks, toks[1:], strict=False):
        stop = tok.text in (".", "!", "?", "…") or tok.is_space and "\n" in tok.text
        if stop and (nxt.is_space or nxt.text[0].isupper() or nxt.is_punct or nxt.like_num):
            cuts.add(tok.i + 1)
        elif "\n" in tok.whitespace_:
            cuts.add(tok.i + 1)
    bounds = sorted(cuts)
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        # A run-on "sentence" (a list, a table flattened to one line) is read in slices: role search is
        # linear in the sentence per trigger, so one huge sentence would make the article quadratic.
        for start in range(a, b, MAX_SENTENCE_TOKENS):
            end = min(b, start + MAX_SENTENCE_TOKENS)
            if any(not t.is_space for t in toks[start:end]):
                out.append(doc[start:end])
    return out


def _contract_span(span: Span, extra: dict | None) -> dict:
    out = {"text": span.text, "start": span.start_char, "end": span.end_char}
    out.update(extra or {})
    return out


def _owner(
    doc: Doc, root: Token, kind: str | None, heads: dict[int, list[Trigger]], frames: Frames, sent: Span
) -> int | None:
    """The trigger whose clause governs a span's root: the first one met going up the tree that takes it."""
    tok = root
    for _ in range(12):
        nominal = [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "obj") and c.i in heads]
        for cand in (tok, *nominal):
            if cand.i in heads and (
                kind is None or any(kind in frames.frames[t.frame].amount for t in heads[cand.i])
            ):
                return cand.i
        if tok.head.i == tok.i or not (sent.start <= tok.head.i < sent.end):
            return None
        tok = tok.head
    return None


def _sentence_claims(
    doc: Doc, sent: Span, matches: list[tuple[Token, Trigger]], frames: Frames, previous: list[dict]
) -> list[dict]:
    if not matches:
        return []
    heads: dict[int, list[Trigger]] = {}
    for tok, trig in matches:
        heads.setdefault(tok.i, []).append(trig)
    amounts = [s for s in doc.spans.get(AMOUNTS, []) if sent.start <= s.start < sent.end]
    dates = [s for s in doc.spans.get(DATES, []) if sent.start <= s.start < sent.end]
    amount_of = _assign_amounts(doc, sent, amounts, heads, frames)
    date_of = {}
    for span in dates:
        owner = _owner(doc, span.root, None, heads, frames, sent)
        if owner is not None:
            date_of.setdefault(owner, span)
    sent_cues, attribution = hedging.sentence_cues(sent)
    source = _attribution_tokens(sent)
    out: list[dict] = []
    by_trigger: dict[tuple[int, str], dict] = {}
    quality: dict[int, float] = {}
    for tok, trig in matches:
        parsed_roles: dict[str, bool] = {}
        frame = frames.frames[trig.frame]
        amount = amount_of.get((tok.i, trig.frame))
        date = date_of.get(tok.i)
        if date is None and frame.date_nearby:
            # founding and partnership are about a date: take the nearest one of the sentence
            free = [d for d in dates if d not in date_of.values() and abs(d.start - tok.i) <= 10]
            date = min(free, key=lambda s: abs(s.start - tok.i), default=None)
        if date is None and frame.amount and amount is not None:
            nearby = [i for i, ts in heads.items() if any(frames.frames[t.frame].date_nearby for t in ts)]
            date = _clause_date(tok, dates, date_of, heads)
            # "son partenariat signé en 2019, avec un financement de...": the partnership's date
            if date is not None and any(abs(i - date.start) <= abs(tok.i - date.start) for i in nearby):
                date = None
        conj = _conj_claim(tok, trig, sent, by_trigger)
        if trig.frame == "investment" and _financing_means(tok, amount):
            continue
        claim = _claim(doc, sent, tok, trig, frame, amount, date, source, previous + out, conj, parsed_roles)
        if claim is None:
            continue
        # "Fondée en 2015, OpenAI serait valorisée selon X": the opening participle is background, not reported
        background = trig.pos == "verb" and roles.after_participle(tok, sent, set()) is not None
        cues = ([] if background else sent_cues) + hedging.trigger_cues(tok, sent)
        claim["hedged"] = bool(cues)
        claim["hedge_cues"] = list(dict.fromkeys(cues))
        claim["negated"] = hedging.negated(tok, sent, [amount.root] if amount is not None else [])
        claim["attribution"] = None if background else attribution
        by_trigger[(tok.i, trig.frame)] = claim
        # how far to trust the claim's roles when two triggers state one fact (see _merge); a verb with a
        # date of its own is a fact of its own ("et investi à nouveau en 2021")
        quality[id(claim)] = (1 if parsed_roles.get("ok") else 0) + (0.5 if trig.pos == "verb" else 0)
        if trig.pos == "verb" and claim["date"] is not None:
            quality[id(claim)] += 10
        out.append(claim)
    kept: list[dict] = []
    for claim in _merge(out, frames, quality):
        if _complete(claim, frames.frames[claim["frame"]].needs) and not any(_same(claim, k) for k in kept):
            kept.append(claim)
    return kept


NO_DATE_SHARING = frozenset({"partnership", "founding", "acquisition", "investment"})


def _clause_date(
    tok: Token, dates: list[Span], date_of: dict, heads: dict[int, list[Trigger]]
) -> Span | None:
    """A figure's date the parse hung elsewhere ("a racheté X en 2023 pour 10 milliards", "une perte de 140
    millions au deuxième trimestre ... sur la période"): the sentence's only date, else the nearest free one
    with no other trigger in between."""
    if len(dates) == 1:
        owner = next((i for i, d in date_of.items() if d is dates[0]), None)
        # a date another fact owns ("partenariat signé en 2019") is not this figure's; a period shared by two
        # figures ("un chiffre d'affaires ... au deuxième trimestre ... une perte ... sur la période") is
        if (
            owner is None
            or owner == tok.i
            or all(t.pos == "noun" and t.frame not in NO_DATE_SHARING for t in heads[owner])
        ):
            return dates[0]
        return None
    best = None
    for d in dates:
        if d in date_of.values():
            continue
        lo, hi = sorted((tok.i, d.start))
        if hi - lo > 12 or any(lo < j < hi for j in heads):
            continue
        if best is None or abs(d.start - tok.i) < abs(best.start - tok.i):
            best = d
    return best


def _merge(claims: list[dict], frames: Frames, quality: dict[int, float]) -> list[dict]:
    """Two triggers of one fact ("le principal actionnaire ... avec 49 % du capital"): the one holding the
    figure keeps it, the better-parsed one gives the roles."""
    out = []
    for claim in claims:
        frame = frames.frames[claim["frame"]]
        if frame.amount and claim["amount"] is None and quality.get(id(claim), 0) < 10:
            mate = next((c for c in claims if c["frame"] == claim["frame"] and c["amount"] is not None), None)
            if mate is not None:
                if quality.get(id(claim), 0) > quality.get(id(mate), 0):
                    mate["subject"] = claim["subject"]
                    mate["object"] = claim["object"] or mate["object"]
                continue
        out.append(claim)
    return out


def _conj_claim(tok: Token, trig: Trigger, sent: Span, by_trigger: dict) -> dict | None:
    """The claim of the trigger this one is coordinated with, if any ("investi ... et investi à nouveau")."""
    if tok.dep_ != "conj":
        return None
    head = tok.head
    for _ in range(4):
        if (head.i, trig.frame) in by_trigger:
            return by_trigger[(head.i, trig.frame)]
        if head.head.i == head.i or not sent.start <= head.head.i < sent.end:
            return None
        head = head.head
    return None


def _assign_amounts(
    doc: Doc, sent: Span, amounts: list[Span], heads: dict[int, list[Trigger]], frames: Frames
) -> dict:
    """Each amount goes to at most one trigger taking its kind: the one governing it, else the nearest."""
    taken: dict[tuple[int, str], Span] = {}
    used: set[int] = set()

    def give(i: int, span: Span) -> None:
        for trig in heads[i]:
            if span._.factx_amount and span._.factx_amount.get("kind") in frames.frames[trig.frame].amount:
                taken.setdefault((i, trig.frame), span)
        used.add(span.start)

    for span in amounts:
        kind = (span._.factx_amount or {}).get("kind")
        inside = [i for i in heads if span.start <= i < span.end or span.start <= doc[i].head.i < span.end]
        inside = [i for i in inside if any(kind in frames.frames[t.frame].amount for t in heads[i])]
        owner = inside[0] if inside else _owner(doc, span.root, kind, heads, frames, sent)
        if owner is not None:
            give(owner, span)
    # nearest unused amount of a fitting kind, with no other trigger taking that kind in between
    for i, trigs in heads.items():
        for trig in trigs:
            if (i, trig.frame) in taken:
                continue
            kinds = frames.frames[trig.frame].amount
            best = None
            for span in amounts:
                if span.start in used or (span._.factx_amount or {}).get("kind") not in kinds:
                    continue
                if trig.pos == "noun" and span.start < i:
                    continue  # a noun's figure follows it ("un investissement ... de 10 milliards")
                lo, hi = sorted((i, span.start))
                if any(
                    lo < j < hi and any(k in frames.frames[t.frame].amount for t in heads[j] for k in kinds)
                    for j in heads
                ):
                    continue
                dist = abs(span.start - i)
                if dist <= 15 and (best is None or dist < abs(best.start - i)):
                    best = span
            if best is not None:
                taken[(i, trig.frame)] = best
                used.add(best.start)
    return taken


class _Exclusion(set):
    """Token indices no role may take: those added, and every token outside the sentence.

    The bounds are checked, not stored: a set of all outside indices cost O(doc) per claim.
    """

    def __init__(self, sent: Span, items: set[int] = frozenset()) -> None:
        super().__init__(items)
        self.start, self.end = sent.start, sent.end

    def __contains__(self, i: object) -> bool:
        return not (isinstance(i, int) and self.start <= i < self.end) or set.__contains__(self, i)


def _attribution_tokens(sent: Span) -> set[int]:
    # the source of "selon La Tribune" is who speaks, never a role of the claim
    out: set[int] = set()
    doc = sent.doc
    for tok in sent:
        if tok.lower_ in ("selon", "d'après", "d’après", "après") and tok.i + 1 < sent.end:
            j = tok.i + 1
            while j < sent.end and not doc[j].is_punct and doc[j].pos_ not in ("VERB", "AUX"):
                out.add(j)
                j += 1
    return out


def _claim(
    doc: Doc,
    sent: Span,
    tok: Token,
    trig: Trigger,
    frame: Frame,
    amount: Span | None,
    date: Span | None,
    source: set[int],
    previous: list[dict],
    conj: dict | None = None,
    parsed_roles: dict | None = None,
) -> dict | None:
    exclude = _Exclusion(sent, source)
    if amount is not None:
        exclude |= set(range(amount.start, amount.end))
    stop = {t.i for t in sent if t.i > tok.i + 1 and t.pos_ == "VERB" and t.dep_ == "conj"}

    taken: set[str] = set()
    if "subj" not in trig.roles.get("subject", ()) and "subj" not in trig.roles.get("object", ()):
        # "Casino a cédé X à Intermarché": the grammatical subject (the seller) fills no role here; in a
        # passive ("Zeta est utilisée par 300 hôpitaux") the grammatical subject is the logical object
        if trig.pos == "verb" and roles.is_passive(tok):
            exclude |= {t.i for c in roles.logical(tok, "subj") for t in c.subtree}
        else:
            exclude |= {t.i for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass") for t in c.subtree}

    def pick(role: str) -> tuple[dict, Token] | None:
        found = roles.first_mention(roles.by_spec(tok, trig, role), exclude)
        if found is None and role in trig.roles:
            found = roles.scan_prep(tok, sent, trig.roles[role], exclude, stop)
        if found is None and role == "value":
            found = roles.relative_value(tok, sent, trig.roles.get(role, ()))
        if found is not None and found[0]["canonical"] in taken:
            found = None  # "le système GPT-3.5 sur lequel ChatGPT est basé": one name, one role
        if found is not None:
            exclude.add(found[1].i)
            taken.add(found[0]["canonical"])
        return found

    subj_head = next((t for t in roles.by_spec(tok, trig, "subject") if t.pos_ == "NOUN"), None)
    value = pick("value") if "value" in trig.roles else None
    obj = pick("object") if "object" in trig.roles else None
    subj = pick("subject")
    if subj is None and trig.pos == "noun":
        verb = roles.governing_verb(tok)
        if verb is not None and sent.start <= verb.i < sent.end:
            found = roles.predicate_subject(verb, exclude) or roles.first_mention(
                roles.logical(verb, "subj"), exclude
            )
            if verb.lemma_ in frame.support_object:
                # "OpenAI a reçu un investissement de Microsoft": the receiver is what is invested in
                obj = obj or found
            else:
                subj = found
            if found:
                exclude.add(found[1].i)
    if obj is None and subj is not None and "object" in trig.roles:
        # "Nvidia et Mistral AI ont signé un partenariat": the other party is coordinated with the subject
        obj = roles.first_mention([c for c in subj[1].children if c.dep_ == "conj"], exclude)
    subject, object_ = subj[0] if subj else None, obj[0] if obj else None
    parsed = subject is not None and (object_ is not None or "object" not in trig.roles)
    subject_parsed = subject is not None
    if parsed_roles is not None:
        parsed_roles["ok"] = parsed
    # a verb coordinated with an earlier trigger shares its roles ("a investi en 2019 et investi en 2021")
    if conj is not None:
        subject = subject or conj["subject"]
        object_ = object_ or conj["object"]
    # a bare noun ("le nouvel investissement") refers back to the last claim of its frame in the article
    earlier = next(
        (c for c in reversed(previous) if c["frame"] == trig.frame and _complete(c, frame.needs)), None
    )
    if trig.pos == "noun" and earlier:
        subject = subject or earlier["subject"]
        object_ = object_ or (earlier["object"] if "object" in trig.roles else None)
    if subject is None and any("Yes" in c.morph.get("Poss") for c in tok.children if c.dep_ == "det"):
        # "Son chiffre d'affaires": whoever the article was just talking about
        subject = next((c["subject"] for c in reversed(previous) if c["frame"] != "role"), None)
    if subject is None and _pronoun_subject(tok, trig, sent):
        # "Il a signé en juillet un partenariat avec X": the company the article was just talking about
        subject = next(
            (
                c["subject"]
                for c in reversed(previous)
                if c["frame"] != "role" and c["subject"] and c["subject"]["canonical"] not in taken
            ),
            None,
        )
    if subject is None and trig.pos == "verb":
        found = roles.after_participle(tok, sent, exclude) or roles.topic(sent, exclude)
        if found:
            subject = found[0]
            exclude.add(found[1].i)
    if subject is None:
        found = roles.nearest_mention(tok, sent, exclude, left_first=True)
        if found:
            subject = found[0]
            exclude.add(found[1].i)
    if object_ is None and "object" in trig.roles and "object" in frame.needs:
        found = roles.nearest_mention(tok, sent, exclude, left_first=False, labels=OBJECT_LABELS)
        if found and (subject is None or found[0]["canonical"] != subject["canonical"]):
            object_ = found[0]
    if object_ is None and subject is not None and "object" in trig.roles and _bare_capital(sent):
        # "Bpifrance détient 8 % du capital": the capital of the company the article is about
        object_ = next(
            (
                c["subject"]
                for c in reversed(previous)
                if c["frame"] != "role"
                and c["subject"]
                and c["subject"]["canonical"] != subject["canonical"]
                and c["subject"].get("label") != "PER"
            ),
            None,
        )
    if subject is not None and (recent := _recent_subject(subject, previous, sent)) is not None:
        subject = recent
    if subject is None and subj_head is not None and _definite(subj_head):
        # "L'application coûte 4,99 euros": a definite description no resolver knows is the last topic
        subject = next(
            (
                c["subject"]
                for c in reversed(previous)
                if c["frame"] != "role" and c["start"] >= sent.start_char - 300
            ),
            None,
        )
    if earlier and trig.pos == "verb" and (amount is not None or not frame.amount):
        # (with no figure, a verb whose roles are all borrowed says nothing: "permettra de financer")
        subject = subject or earlier["subject"]
        object_ = object_ or (earlier["object"] if "object" in trig.roles else None)
    if subject is None or not _labels_ok(frame, subject, value[0] if value else None):
        return None
    loose = not frame.amount and subject_parsed and object_ is not None  # "X et Y ont conclu un partenariat"
    if trig.pos == "noun" and amount is None and not (parsed or loose):
        return None  # "un investissement" with no figure and borrowed roles says nothing new
    if object_ is not None and object_["canonical"] == subject["canonical"]:
        object_ = None
    return roles.new_claim(
        trig.frame,
        sent,
        tok.idx,
        subject,
        object_,
        value=value[0] if value else None,
        amount=_contract_span(amount, amount._.factx_amount) if amount is not None else None,
        date=_contract_span(date, date._.factx_date) if date is not None else None,
    )


def _bare_capital(sent: Span) -> bool:
    """ "du capital" with no owner named ("du capital de X", "de son capital")."""
    return any(
        t.lemma_.lower() == "capital"
        and t.pos_ == "NOUN"
        and not any(c.dep_.startswith("nmod") or "Yes" in c.morph.get("Poss") for c in t.children)
        for t in sent
    )


# "financera l'opération par une émission obligataire de 1 milliard": how a deal is paid for, not an investment
FINANCING_MEANS = frozenset(
    {
        "émission",
        "obligataire",
        "obligation",
        "dette",
        "emprunt",
        "prêt",
        "trésorerie",
        "augmentation",
        "crédit",
    }
)


def _financing_means(tok: Token, amount: Span | None) -> bool:
    if tok.lemma_.lower() != "financer" or amount is None:
        return False
    doc = tok.doc
    window = doc[max(tok.head.i if tok.head.i < tok.i else tok.i, amount.start - 6) : amount.end]
    return any(t.lemma_.lower() in FINANCING_MEANS for t in window) and any(
        t.lower_ in ("par", "sur", "via", "grâce") for t in doc[tok.i : amount.start]
    )


PERSONAL = frozenset({"il", "elle", "ils", "elles"})


def _pronoun_subject(tok: Token, trig: Trigger, sent: Span) -> bool:
    """The trigger's subject (or, for a noun, its governing verb's) is a personal pronoun."""
    verb = tok if trig.pos == "verb" else roles.governing_verb(tok)
    if verb is None or not sent.start <= verb.i < sent.end:
        return False
    return any(t.lower_ in PERSONAL and t.pos_ == "PRON" for t in roles.logical(verb, "subj"))


@cache
def _generic_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    raw = data.load("aliases") or {}
    generic = frozenset(str(w).lower() for w in raw.get("generic") or [])
    aliases = tuple(
        str(a).lower() for spellings in (raw.get("aliases") or {}).values() for a in spellings or []
    )
    return generic, aliases


def _recent_subject(subject: dict, previous: list[dict], sent: Span) -> dict | None:
    """ "Le groupe de Mark Zuckerberg a supprimé...": a generic description names the company the article
    was just talking about (the last claim's subject), rather than the article's most salient one."""
    generic, aliases = _generic_nouns()
    text = subject["text"].lower().replace("’", "'")
    words = text.replace("'", " ").split()
    if not words or subject["text"][:1].isupper() and words[0] not in ("le", "la", "l", "les", "cette", "ce"):
        return None
    if not any(w in generic for w in words[:3]) or any(a in text for a in aliases):
        return None
    # keep the resolver's answer unless the last claim is about another company named more recently
    named = sent.doc.text.rfind(subject["canonical"], 0, sent.end_char)
    for claim in reversed(previous):
        if claim["start"] < sent.start_char - 600:
            break
        other = claim["subject"]
        if other and other.get("label") != "PER" and claim["frame"] != "role":
            if other["canonical"] != subject["canonical"] and claim["start"] > named:
                return other
            return None
    return None


def _definite(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in tok.children
    )


def _labels_ok(frame: Frame, subject: dict, value: dict | None) -> bool:
    for role, mention in (("subject", subject), ("value", value)):
        allowed = frame.labels.get(role)
        if allowed and mention is not None and mention.get("label") not in allowed:
            return False
    return True


def _complete(claim: dict, needs: tuple[str, ...]) -> bool:
    for need in needs:
        if need == "object" and claim["object"] is not None:
            return True
        if need in ("amount", "date", "value") and claim[need] is not None:
            return True
    return False


def _repeats(a: dict, b: dict) -> bool:
    """A headline and the first sentence often state one fact twice: same frame, roles, figure, date and
    hedging (a hedged report and its confirmation are two claims)."""

    def key(c: dict) -> tuple:
        canon = lambda m: m and m.get("canonical")  # noqa: E731
        amount = c["amount"] and (c["amount"].get("value"), c["amount"].get("low"), c["amount"].get("unit"))
        return (
            c["frame"],
            canon(c["subject"]),
            canon(c["object"]),
            canon(c["value"]),
            amount,
            c["date"] and c["date"].get("value"),
            c["hedged"],
            c["negated"],
        )

    return key(a) == key(b)


def _same(a: dict, b: dict) -> bool:
    # two triggers of one fact ("rassembler ... d'utilisateurs", "récipiendaire ... des bénéfices")
    if a["frame"] != b["frame"]:
        return False
    if a["amount"] is not None or b["amount"] is not None:
        return (
            a["amount"] is not None
            and b["amount"] is not None
            and a["amount"]["start"] == b["amount"]["start"]
        )
    return a["subject"] == b["subject"] and a["object"] == b["object"] and a["value"] == b["value"]
