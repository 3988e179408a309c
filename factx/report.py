"""`factx report`: one self-contained HTML page of a corpus and its conflicts.

The page follows the hypertext summary of White, Cardie et al. (HLT 2002): an overview, a section per fact
with disagreement (the table of every estimate, the disagreeing values marked, a small chart), and the
sources, each estimate linked to the sentence it came from. It takes contract documents
(``factx/document/1``) and conflict dicts (``factx/conflict/1``) only, so it reads the store or a pipe alike.

Everything from an article (text, names, file names, URLs) is untrusted: the page is rendered by Jinja2 with
autoescape from package templates, never assembled from strings here; it links only to its own anchors, and
a Content-Security-Policy forbids every request and every script but its own.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import cache
from pathlib import Path, PurePath
from typing import Any

from .svgchart import Chart, Estimate, build_chart

SIDE_LIMIT = 8  # colours the page has for sides; more sides share the last one
TOP_ENTITIES = 10
OPEN_ARTICLE_LIST = 40  # the overview's article list starts open up to this many articles
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


# -- the article texts ------------------------------------------------------------------------------------


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_texts(
    documents: Iterable[Mapping[str, Any]], stored: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Each document's article text, where it can be had exactly as it was analysed.

    The contract keeps spans and sentences, not the text: a document's own ``text`` field is used when
    its sha256 is the document's; else the store's copy (``stored``, by doc) when every claim's sentence
    is where the document says; else the file its ``doc`` names, read again with factx's reader, when its
    sha256 is the document's. So offsets are right, and a piped document cannot make the report embed a
    local file whose content its author did not already know.
    """
    from .errors import ArticleError
    from .ingest import read_paths

    out: dict[str, str] = {}
    for d in documents:
        doc, sha = str(d.get("doc", "")), d.get("sha256")
        text = d.get("text")
        if isinstance(text, str) and _sha256(text) == sha:
            out[doc] = text
            continue
        text = (stored or {}).get(doc)
        if isinstance(text, str) and _sentences_fit(text, d):
            out[doc] = text
            continue
        try:
            if not doc or not Path(doc).is_file():
                continue
        except (OSError, ValueError):  # a name no file system accepts (NUL, too long)
            continue
        for art in read_paths([doc]):
            if not isinstance(art, ArticleError) and art.sha256 == sha:
                out[doc] = art.text
                break
    return out


def _sentences_fit(text: str, document: Mapping[str, Any]) -> bool:
    return all(
        text[c["start"] : c["end"]] == c.get("sentence")
        for c in document.get("claims") or []
        if isinstance(c.get("start"), int) and isinstance(c.get("end"), int)
    )


# -- exchange rates -----------------------------------------------------------------------------------------


@cache
def rate_on(source: str, target: str, on: date | None) -> tuple[float, date] | None:
    """How many ``target`` one ``source`` was worth, and the day of the ECB rate used (``on`` clamped to the
    history the rates cover; the latest day when ``on`` is None); None for a currency the ECB does not quote."""
    from .fx import converter, rate

    c = converter()
    if source not in c.currencies or target not in c.currencies:
        return None
    bounds = [c.bounds[x] for x in (source, target) if x in c.bounds]
    if not bounds:
        return None
    first, last = max(b.first_date for b in bounds), min(b.last_date for b in bounds)
    day = min(max(on or last, first), last)
    r = rate(source, target, day)
    return (r, day) if r is not None else None


# -- the page's model ---------------------------------------------------------------------------------------


@dataclass
class ArticleView:
    index: int
    anchor: str
    doc: str
    name: str  # what the page calls it: the outlet, else the file name
    title: str | None
    source: str | None
    url: str | None
    date: str | None
    n_entities: int
    n_amounts: int
    n_dates: int
    n_claims: int
    reprint: str | None = None  # the reprint group it belongs to ("AFP, repris par 3 titres")
    full_text: bool = False
    blocks: list[tuple] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


@dataclass
class Row:
    """One estimate in a fact's table."""

    side: int  # index of the side in the conflict; -1 for another report of the same fact
    written: str
    normalised: str
    converted: str | None
    rate: str | None
    status: str  # asserted | hedged | negated
    cues: list[str]
    attribution: str | None
    article: ArticleView | None
    doc: str
    href: str | None
    also_in: list[tuple[str, str]] = field(default_factory=list)  # (conflict id, kind) of sibling conflicts


@dataclass
class Section:
    conflict: Mapping[str, Any]
    id: str
    fact: str
    sides: list[dict]
    rows: list[Row]
    chart: Chart | None
    currency_note: str | None
    siblings: list[tuple[str, str]]
    n_articles: int
    review: Mapping[str, Any] | None  # a journalist's verdict (factx review): confirmed or dismissed
    legend: str | None  # what ≈, >, <, M and Md mean, when the table uses them


def _claim_period(claim: Mapping[str, Any], pub: str | None) -> str | None:
    """The year a claim is about, as the reconciler sees it: its own date's year unless later than the
    article's (a horizon: "d'ici 2026"), else the article's year."""
    d = claim.get("date") or {}
    value = d.get("value") if isinstance(d, Mapping) else None
    own = value[:4] if isinstance(value, str) and re.match(r"\d{4}", value) else None
    published = pub[:4] if isinstance(pub, str) and re.match(r"\d{4}", pub) else None
    if own and published and own > published:
        own = None
    return own or published


def _fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'")
    return " ".join(s.split()).casefold()


def _measure(claim: Mapping[str, Any]) -> tuple[str, ...] | None:
    from .reconcile import unit_class

    amount = claim.get("amount")
    if amount:
        kind = amount.get("kind") or "money"
        if kind == "count":
            return (kind, unit_class(amount.get("unit")))
        if kind == "quantity":
            return (kind, _fold(amount.get("unit")))
        return (kind,)
    if claim.get("value"):
        return ("value",)
    if (claim.get("date") or {}).get("value"):
        return ("date",)
    return None


def _status(claim: Mapping[str, Any]) -> str:
    return "negated" if claim.get("negated") else "hedged" if claim.get("hedged") else "asserted"


def _bounds(amount: Mapping[str, Any]) -> tuple[float | None, float | None]:
    if amount.get("value") is not None:
        return amount["value"], amount["value"]
    return amount.get("low"), amount.get("high")


def _published(d: str | None) -> date | None:
    from .fx import period_date

    try:
        return period_date(d)
    except ValueError:  # a malformed date in a piped document: drawn as undated
        return None


class _Builder:
    def __init__(
        self,
        documents: list[Mapping[str, Any]],
        conflicts: list[Mapping[str, Any]],
        texts: Mapping[str, str],
        canonical: Mapping[str, str],
        groups: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        self.groups = groups or {}
        self.documents = documents
        self.conflicts = conflicts
        self.texts = texts
        self.names = {**canonical, **{_fold(k): v for k, v in canonical.items()}}
        self.docs = {str(d.get("doc", "")): d for d in documents}
        self.claims: dict[tuple[str, str], Mapping[str, Any]] = {}
        for d in documents:
            for c in d.get("claims") or []:
                self.claims[(str(d.get("doc", "")), str(c.get("id", "")))] = c
        self.articles = self._articles()
        # the conflicts each claim is part of, for back-links from the sources and between sections
        self.claim_conflicts: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for c in conflicts:
            for side in c["sides"]:
                for cl in side["claims"]:
                    key = (cl["doc"], str(cl.get("id", "")))
                    if (c["id"], c["kind"]) not in self.claim_conflicts[key]:
                        self.claim_conflicts[key].append((c["id"], c["kind"]))
                    art = self.articles.get(cl["doc"])
                    if art is not None and c["id"] not in art.conflicts:
                        art.conflicts.append(c["id"])
        self._by_fact: dict[tuple, list[tuple[Mapping[str, Any], Mapping[str, Any]]]] | None = None
        self.anchors: dict[tuple[str, int, int], str] = {}
        for art in self.articles.values():
            self._highlight(art)

    # -- articles ---------------------------------------------------------------------------------------

    def _articles(self) -> dict[str, ArticleView]:
        from .display import article_labels

        labels = article_labels(self.docs)  # the names factx's tables print
        out = {}
        ordered = sorted(self.docs.values(), key=lambda d: (str(d.get("date") or "9999"), str(d.get("doc"))))
        for i, d in enumerate(ordered):
            doc = str(d.get("doc", ""))
            source = d.get("source") if isinstance(d.get("source"), str) else None
            out[doc] = ArticleView(
                index=i,
                anchor=f"a{i}",
                doc=doc,
                name=source or labels.get(doc) or doc,
                title=d.get("title") if isinstance(d.get("title"), str) else None,
                source=source,
                url=d.get("url") if isinstance(d.get("url"), str) else None,
                date=d.get("date") if isinstance(d.get("date"), str) else None,
                n_entities=len(d.get("entities") or []),
                n_amounts=len(d.get("amounts") or []),
                n_dates=len(d.get("dates") or []),
                n_claims=len(d.get("claims") or []),
                reprint=self.groups[doc][1] if doc in self.groups else None,
            )
        return out

    def _highlight(self, art: ArticleView) -> None:
        from .highlight import highlight

        text = self.texts.get(art.doc)
        art.full_text = text is not None
        done = highlight(
            self.docs[art.doc],
            text,
            art.anchor,
            back_links=lambda c: self.claim_conflicts.get((art.doc, str(c.get("id", ""))), []),
            name_of=lambda name: self.names.get(name, name),
            value_of=_fmt_value,
        )
        art.blocks = done.blocks
        for (start, end), anchor in done.anchors.items():
            self.anchors[(art.doc, start, end)] = anchor

    # -- conflicts --------------------------------------------------------------------------------------

    def _href(self, doc: str, claim: Mapping[str, Any] | None) -> str | None:
        if not claim:
            return None
        anchor = self.anchors.get((doc, claim.get("start"), claim.get("end")))
        return f"#{anchor}" if anchor else None

    def _name(self, mention: Mapping[str, Any] | None) -> str | None:
        if not mention:
            return None
        name = mention.get("canonical") or mention.get("text")
        return self.names.get(name, self.names.get(_fold(name), name)) if name else None

    def _normalised(self, claim: Mapping[str, Any], fallback: str = "") -> str:
        if claim.get("amount"):
            return _fmt_value(claim["amount"])
        if claim.get("value"):
            return self._name(claim["value"]) or ""
        return (claim.get("date") or {}).get("value") or fallback

    def _related(
        self, c: Mapping[str, Any], listed: set[tuple[str, str]], measure
    ) -> list[tuple[str, Mapping]]:
        """Other claims of the same fact (frame, subject, object, measure, period) that no side lists:
        negated ones, and statements the reconciler set aside as agreeing."""
        if self._by_fact is None:  # claims by (frame, subject, object), built once for every section
            self._by_fact = defaultdict(list)
            for d in self.documents:
                for cl in d.get("claims") or []:
                    key = (
                        cl.get("frame"),
                        _fold(self._name(cl.get("subject"))),
                        _fold(self._name(cl.get("object"))),
                    )
                    self._by_fact[key].append((d, cl))
        out = []
        for d, cl in self._by_fact.get((c.get("frame"), _fold(c.get("subject")), _fold(c.get("object"))), []):
            doc = str(d.get("doc", ""))
            if (doc, str(cl.get("id", ""))) in listed:
                continue
            if measure is not None and _measure(cl) != measure:
                continue
            period = _claim_period(cl, d.get("date"))
            if c.get("period") and period not in (None, str(c["period"])[:4]):
                continue
            out.append((doc, cl))
        return out

    def section(self, c: Mapping[str, Any], by_fact: Mapping[tuple, list[tuple[str, str]]]) -> Section:
        from .display import legend

        listed: set[tuple[str, str]] = set()
        entries: list[tuple[int, str, Mapping[str, Any], str]] = []  # side, doc, claim, compared text
        for i, side in enumerate(c["sides"]):
            for cl in side["claims"]:
                key = (cl["doc"], str(cl.get("id", "")))
                listed.add(key)
                claim = self.claims.get(key) or {"sentence": cl.get("sentence", "")}
                entries.append((i, cl["doc"], claim, cl.get("text", "")))
        first = next((e[2] for e in entries if _measure(e[2]) is not None), None)
        measure = _measure(first) if first else None
        for doc, cl in self._related(c, listed, measure):
            entries.append((-1, doc, cl, self._written(cl)))
        currencies = Counter(
            e[2]["amount"].get("unit")
            for e in entries
            if e[2].get("amount")
            and (e[2]["amount"].get("kind") or "money") == "money"
            and e[2]["amount"].get("unit")
        )
        reference = None
        if len(currencies) > 1:
            side_units = [s.get("unit") for s in c["sides"] if s.get("unit")]
            top = max(currencies.values())
            reference = next((u for u in side_units if currencies[u] == top), currencies.most_common(1)[0][0])
        on = _published(c.get("period"))
        rows, estimates = [], []
        for side, doc, claim, written in entries:
            art = self.articles.get(doc)
            amount = claim.get("amount")
            converted = rate_note = None
            factor = 1.0
            if reference and amount and amount.get("unit") and amount.get("unit") != reference:
                found = rate_on(amount["unit"], reference, on)
                if found:
                    factor, day = found
                    converted = _fmt_converted(amount, factor, reference)
                    rate_note = (
                        f"1 {amount['unit']} = {_decimal(factor)} {reference} (BCE, {day.isoformat()})"
                    )
                else:
                    factor = float("nan")
            href = self._href(doc, claim)
            row = Row(
                side=side,
                written=written,
                normalised=self._normalised(claim, written),
                converted=converted,
                rate=rate_note,
                status=_status(claim),
                cues=[str(x) for x in claim.get("hedge_cues") or []],
                attribution=claim.get("attribution") if isinstance(claim.get("attribution"), str) else None,
                article=art,
                doc=doc,
                href=href,
                also_in=[
                    x
                    for x in self.claim_conflicts.get((doc, str(claim.get("id", ""))), [])
                    if x[0] != c["id"]
                ],
            )
            rows.append(row)
            estimates.append(self._estimate(row, claim, art, factor))
        # By side, then in publication order (undated last): a side's story reads as a timeline.
        rows.sort(key=lambda r: (r.side < 0, r.side, (r.article.date if r.article else None) or "~", r.doc))
        unit = reference or _unit(first)
        kind = ((first or {}).get("amount") or {}).get("kind") or "money"

        def tick(v: float) -> str:
            return _fmt_value({"kind": kind, "unit": unit or None, "value": v})

        chart = build_chart([e for e in estimates if e is not None], unit, fmt=tick)
        fact_key = (c.get("frame"), _fold(c.get("subject")), _fold(c.get("object")), c.get("period"))
        sides = []
        for i, side in enumerate(c["sides"]):
            docs = {cl["doc"] for cl in side["claims"]}
            sides.append(
                {
                    "index": i,
                    "label": side.get("label", ""),
                    "hedged": side.get("hedged"),
                    "articles": len(docs),
                }
            )
        return Section(
            conflict=c,
            id=c["id"],
            fact=fact_title(c),
            sides=sides,
            rows=rows,
            chart=chart,
            currency_note=(
                f"Montants convertis en {reference} au taux de référence de la BCE"
                + (f" pour {c['period']}" if c.get("period") else " le plus récent")
                if reference
                else None
            ),
            siblings=[x for x in by_fact.get(fact_key, []) if x[0] != c["id"]],
            n_articles=len({cl["doc"] for s in c["sides"] for cl in s["claims"]}),
            review=c.get("review") if isinstance(c.get("review"), Mapping) else None,
            legend=legend([r.normalised for r in rows] + [r.converted or "" for r in rows]),
        )

    def _written(self, claim: Mapping[str, Any]) -> str:
        for key in ("amount", "value", "date"):
            if claim.get(key) and isinstance(claim[key].get("text"), str):
                return claim[key]["text"]
        return ""

    def _estimate(
        self, row: Row, claim: Mapping[str, Any], art: ArticleView | None, factor: float
    ) -> Estimate | None:
        published = _published(art.date) if art else None
        where = " · ".join(x for x in (art.name if art else row.doc, art.date if art else None) if x)
        title = f"{row.written} — {where} ({STATUS_WORDS[row.status]})"
        common = dict(
            published=published,
            hedged=row.status == "hedged",
            negated=row.status == "negated",
            series=min(row.side, SIDE_LIMIT - 1),
            title=title,
            href=row.href,
        )
        amount = claim.get("amount")
        if amount:
            low, high = _bounds(amount)
            if factor != factor:  # no rate: cannot be drawn on the reference currency's axis
                return None
            low = low * factor if isinstance(low, (int, float)) else None
            high = high * factor if isinstance(high, (int, float)) else None
            if low is None and high is None:
                return None
            return Estimate(low=low, high=high, **common)
        if row.normalised:
            return Estimate(category=row.normalised, **common)
        return None

    def build(self, filters: Mapping[str, Any] | None) -> dict[str, Any]:
        by_fact: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
        for c in self.conflicts:
            by_fact[
                (c.get("frame"), _fold(c.get("subject")), _fold(c.get("object")), c.get("period"))
            ].append((c["id"], c["kind"]))
        ordered = sorted(self.conflicts, key=lambda c: SEVERITY_ORDER.get(c.get("severity"), 3))
        sections = [self.section(c, by_fact) for c in ordered]
        severities = Counter(c.get("severity") for c in self.conflicts)
        kinds = Counter(c.get("kind") for c in self.conflicts)
        articles = sorted(self.articles.values(), key=lambda a: a.index)
        return {
            "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "articles": articles,
            "sections": sections,
            "severities": [(s, severities.get(s, 0)) for s in ("high", "medium", "low")],
            "kinds": [(k, n) for k, n in kinds.most_common()],
            "entities": self._top_entities(),
            "filters": {k: v for k, v in (filters or {}).items() if v},
            "n_claims": sum(a.n_claims for a in articles),
            "n_full_text": sum(a.full_text for a in articles),
            "open_articles": len(articles) <= OPEN_ARTICLE_LIST,
            "side_limit": SIDE_LIMIT,
        }

    def _top_entities(self) -> list[dict[str, Any]]:
        docs: dict[tuple[str, str], set[str]] = defaultdict(set)
        mentions: Counter = Counter()
        for d in self.documents:
            for e in d.get("entities") or []:
                name = self.names.get(e.get("canonical"), e.get("canonical")) or e.get("text")
                if not isinstance(name, str):
                    continue
                key = (name, str(e.get("label") or "MISC"))
                docs[key].add(str(d.get("doc", "")))
                mentions[key] += 1
        in_conflicts: Counter = Counter()
        for c in self.conflicts:
            for name in {_fold(c.get("subject")), _fold(c.get("object"))} - {""}:
                in_conflicts[name] += 1
        top = sorted(docs, key=lambda k: (-len(docs[k]), -mentions[k], k))[:TOP_ENTITIES]
        most = max((len(docs[k]) for k in top), default=1)
        return [
            {
                "name": k[0],
                "label": k[1],
                "articles": len(docs[k]),
                "mentions": mentions[k],
                "conflicts": in_conflicts.get(_fold(k[0]), 0),
                "share": round(100 * len(docs[k]) / most),
            }
            for k in top
        ]


STATUS_WORDS = {"asserted": "affirmé", "hedged": "rumeur", "negated": "nié"}


def _decimal(x: float) -> str:
    return f"{x:.4g}".replace(".", ",")


def _fmt_converted(amount: Mapping[str, Any], factor: float, unit: str) -> str:
    """The amount in another currency, written as factx writes amounts: '≈ 4,65 Md€', '> 1,84 Md€'."""
    scaled = {
        "kind": "money",
        "unit": unit,
        "approx": True,  # a conversion is never exact: the rate of the day is not the writer's
        **{k: amount[k] * factor if _is_number(amount.get(k)) else None for k in ("value", "low", "high")},
    }
    return _fmt_value(scaled)


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _fmt_value(amount: Mapping[str, Any]) -> str:
    """The normalised value as every factx table writes it: '10 Md$', '≈ 1 Md$', '> 2 Md$', '49 %'."""
    from .display import fmt_value

    try:
        return fmt_value(amount)
    except (TypeError, ValueError):  # a malformed amount in a piped document: shown as written
        return str(amount.get("text") or "?")


def _unit(claim: Mapping[str, Any] | None) -> str:
    amount = (claim or {}).get("amount") or {}
    return str(amount.get("unit") or "")


def fact_title(c: Mapping[str, Any]) -> str:
    who = " → ".join(x for x in (c.get("subject"), c.get("object")) if x)
    period = f" ({c['period']})" if c.get("period") else ""
    return f"{c.get('frame')} : {who or '?'}{period}"


# -- rendering ------------------------------------------------------------------------------------------


@cache
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("factx", "templates"),
        autoescape=True,  # every template, whatever its name: article text is untrusted
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["basename"] = lambda p: PurePath(str(p)).name or str(p)
    return env


def _script() -> tuple[str, str]:
    """The page's one script and its CSP hash (the policy allows that script and no other)."""
    from importlib.resources import files

    source = files("factx").joinpath("templates", "report.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return source, f"sha256-{digest}"


def build_report(
    documents: Iterable[Mapping[str, Any]],
    conflicts: Iterable[Mapping[str, Any]],
    *,
    texts: Mapping[str, str] | None = None,
    canonical: Mapping[str, str] | None = None,
    filters: Mapping[str, Any] | None = None,
    hidden: int = 0,
    groups: Mapping[str, tuple[str, str]] | None = None,
) -> dict[str, Any]:
    """The page's model: overview, one section per conflict, the sources.

    ``texts`` maps a document's ``doc`` to its article text (:func:`article_texts`); ``canonical`` is the
    corpus-wide names the conflicts were reconciled with (merged here as ``reconcile`` does when None);
    ``filters`` and ``hidden`` (dismissed conflicts left out) are said on the page; ``groups`` (doc ->
    reprint group id and label, as the store keeps them) name each reprint's group.
    """
    docs = list(documents)
    if canonical is None:
        from .canon import corpus_names

        canonical = corpus_names(docs)
    builder = _Builder(docs, list(conflicts), texts or {}, canonical, groups)
    return {**builder.build(filters), "hidden": hidden}


def render_report(model: Mapping[str, Any]) -> str:
    from markupsafe import Markup

    script, script_hash = _script()
    template = _environment().get_template("report.html.j2")
    # The script is the package's own file, not data: marked safe so autoescape leaves it as written.
    return template.render(**model, script=Markup(script), script_hash=script_hash)


def write_report(path: Path, html: str) -> None:
    """Write the page in one step: a reader never sees half a file, and a failure leaves none."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(html)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's file is private; a report is meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
