"""What each listing shows: its columns and rows (shared by the table, CSV and TSV), and the two detail
views, ``conflicts --explain`` and ``claims --sentences``, with the compared text highlighted."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from .display import article_labels, fmt_amount, short_ids
from .output import Column, print_text, stdout_console

# -- articles (extract, docs) -----------------------------------------------------------------------------------

ARTICLE_COLUMNS = [
    Column("doc", "id", table=False),
    Column("article"),
    Column("date", "number"),
    Column("entities", "number"),
    Column("amounts", "number"),
    Column("dates", "number"),
    Column("claims", "number"),
]


COUNTED = ("entities", "amounts", "dates", "claims")


def article_summary(d: Mapping[str, Any]) -> dict:
    """What an article's row needs of its document: a run keeps these for its table, not whole documents."""
    return {"doc": d["doc"], "date": d.get("date"), **{f"n_{k}": _count(d, k) for k in COUNTED}}


def _count(d: Mapping[str, Any], k: str) -> int:
    return d[f"n_{k}"] if f"n_{k}" in d else len(d.get(k) or [])


def article_rows(items: Sequence[tuple[Mapping[str, Any], str]], extra: str) -> list[dict]:
    """Rows of (contract document or stored article row, value of the ``extra`` column)."""
    labels = article_labels(d["doc"] for d, _ in items)
    rows = []
    for d, more in items:
        counts = {k: _count(d, k) for k in COUNTED}
        rows.append(
            {"doc": d["doc"], "article": labels[d["doc"]], "date": d.get("date") or "", **counts, extra: more}
        )
    return rows


# -- claims -----------------------------------------------------------------------------------------------------

CLAIM_COLUMNS = [
    Column("id", "id", table=False),
    Column("doc", "id", table=False),
    Column("article", table=False),
    Column("frame"),
    Column("subject"),
    Column("object"),
    Column("amount"),
    Column("date", "number"),
    Column("hedged", "id"),
    Column("negated", "id"),
]


def _name(mention: Mapping[str, Any] | None, names: Mapping[str, str]) -> str:
    if not mention:
        return ""
    name = mention.get("canonical") or mention.get("text") or ""
    return names.get(name, name)


def how_line(how: Mapping[str, Any]) -> str:
    """Which strategy of the claim engine decided each part: "frame noun_complement, subject parse/name"."""
    return ", ".join(f"{part} {strategy}" for part, strategy in how.items())


def claim_rows(found: Sequence[tuple[str, Mapping[str, Any]]], names: Mapping[str, str]) -> list[dict]:
    """One row per (doc, claim); ``names`` maps each article's names to the corpus-wide ones."""
    labels = article_labels(d for d, _ in found)
    rows = []
    for d, c in found:
        value = c.get("value")
        rows.append(
            {
                "id": c.get("id", ""),
                "doc": d,
                "article": labels[d],
                "frame": c.get("frame", ""),
                "subject": _name(c.get("subject"), names),
                "object": _name(c.get("object"), names) or _name(value, names),
                "amount": fmt_amount(c.get("amount")),
                "date": (c.get("date") or {}).get("value") or "",
                "hedged": bool(c.get("hedged")),
                "negated": bool(c.get("negated")),
                "sentence": " ".join(str(c.get("sentence", "")).split()),
                "how": how_line(c.get("how") or {}),
            }
        )
    return rows


def claim_sentences(
    found: Sequence[tuple[str, Mapping[str, Any]]], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Each claim as a heading line (frame, who, amount, date, hedged/negated) over its sentence, the claim's
    parts highlighted: subject and object bold, the amount and date reversed."""
    from rich.text import Text

    console = stdout_console()
    for (_, c), row in zip(found, rows, strict=True):
        head = Text.assemble(
            (row["frame"], "bold"),
            "  ",
            " → ".join(x for x in (row["subject"], row["object"]) if x) or "?",
        )
        for part in (row["amount"], row["date"]):
            if part:
                head.append(f"  {part}")
        flags = [w for w, on in (("hedged", row["hedged"]), ("negated", row["negated"])) if on]
        if c.get("attribution"):
            flags.append(f"selon {c['attribution']}")
        if flags:
            head.append(f"  [{', '.join(flags)}]", style="italic")
        head.append(f"  {row['article']}", style="dim")
        print_text(head, console=console)
        print_text(highlighted_sentence(c), console=console, indent=4)
    if rows:
        console.print()


def highlighted_sentence(c: Mapping[str, Any]) -> Any:
    """The claim's sentence with its amount and date (by offset) reversed and its names in bold."""
    from rich.text import Text

    sentence = str(c.get("sentence", ""))
    text = Text(sentence)
    base = c.get("start", 0)
    for part in ("amount", "date"):
        span = c.get(part)
        if isinstance(span, Mapping) and isinstance(span.get("start"), int):
            a, b = span["start"] - base, span.get("end", span["start"]) - base
            if 0 <= a < b <= len(sentence):
                text.stylize("bold reverse", a, b)
    words = [
        m.get("text") for m in (c.get("subject"), c.get("object"), c.get("value")) if isinstance(m, Mapping)
    ]
    text.highlight_words([w for w in words if w], style="bold", case_sensitive=True)
    return text


# -- conflicts --------------------------------------------------------------------------------------------------


def conflict_columns(with_review: bool) -> list[Column]:
    cols = [
        Column("id", "id", table=False),
        Column("short id", "id", csv=False, key="short_id", header="id"),
        Column("severity", "id"),
        Column("kind", "id"),
        Column("fact"),
        Column("positions"),
    ]
    if with_review:
        cols.append(Column("review"))
    return cols


def fact(c: Mapping[str, Any]) -> str:
    who = " → ".join(x for x in (c.get("subject"), c.get("object")) if x)
    period = f" ({c['period']})" if c.get("period") else ""
    return f"{c['frame']}: {who or '?'}{period}"


@cache
def _hedge_labels() -> dict[str, str]:
    from .data import load

    return (load("reconcile") or {}).get("hedge_labels") or {"asserted": "asserted", "hedged": "hedged"}


def side_wording(side: Mapping[str, Any], claims: Mapping[tuple[str, str], Mapping[str, Any]]) -> str:
    """A side's value for people: the article's wording with the normalised value, as everywhere."""
    first = side["claims"][0] if side.get("claims") else {}
    claim = claims.get((first.get("doc"), first.get("id")))
    if claim and claim.get("amount"):
        for amount in (claim["amount"], *(claim.get("alternatives") or [])):
            if isinstance(amount, Mapping) and amount.get("text") == first.get("text"):
                return fmt_amount(amount)
        if side.get("unit") is not None or not first.get("text"):
            return fmt_amount(claim["amount"])
        # a side about the claim's date ("mercredi 8 janvier"), not its figure
        value = side.get("value")
        return f"{first['text']} ({value})" if value and str(value) != first["text"] else first["text"]
    unit = side.get("unit")
    if unit is not None:  # a side of numbers with no claim at hand (documents without it)
        kind = "percent" if unit == "%" else "money" if len(unit) == 3 and unit.isupper() else "count"
        keys = ("value", "low", "high")
        return fmt_amount(
            {"text": first.get("text", ""), "kind": kind, "unit": unit, **{k: side.get(k) for k in keys}}
        )
    return first.get("text") or str(side.get("value") or "")


def side_line(side: Mapping[str, Any], claims: Mapping, labels: Mapping[str, str]) -> str:
    hedge = _hedge_labels().get("hedged" if side.get("hedged") else "asserted", "")
    names = dict.fromkeys(labels.get(cl["doc"], cl["doc"]) for cl in side.get("claims", []))  # a group once
    return f"{side_wording(side, claims)} — {hedge}: {', '.join(names)}"


def claims_index(documents: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], Mapping[str, Any]]:
    return {(d.get("doc"), c.get("id")): c for d in documents for c in d.get("claims") or []}


def conflict_rows(
    conflicts: Sequence[Mapping[str, Any]], claims: Mapping, names: Mapping[str, str] | None = None
) -> list[dict]:
    """``names``: doc -> how to name it where known (its reprint group, its outlet and date); the others go
    by file name."""
    labels = article_labels(cl["doc"] for c in conflicts for s in c["sides"] for cl in s["claims"])
    labels.update(names or {})
    shorts = short_ids(c["id"] for c in conflicts)
    rows = []
    for c in conflicts:
        review = c.get("review") or {}
        verdict = review.get("verdict", "")
        if verdict and review.get("note"):
            verdict += f": {review['note']}"
        rows.append(
            {
                "id": c["id"],
                "short_id": shorts[c["id"]],
                "severity": c["severity"],
                "kind": c["kind"],
                "fact": fact(c),
                "positions": "\n".join(side_line(s, claims, labels) for s in c["sides"]),
                "review": verdict,
            }
        )
    return rows


def explain(c: Mapping[str, Any], claims: Mapping) -> None:
    """One conflict: the fact, the explanation, then each side with its sentences, the compared text highlighted."""
    from rich.text import Text

    console = stdout_console()
    labels = article_labels(cl["doc"] for s in c["sides"] for cl in s["claims"])
    print_text(Text(f"{fact(c)} — {c['kind']}, severity {c['severity']}", style="bold"), console=console)
    print_text(f"id {c['id']}", style="dim", console=console)
    review = c.get("review")
    if review:
        note = f" ({review['note']})" if review.get("note") else ""
        print_text(f"reviewed: {review['verdict']}{note}, {review.get('reviewed_at', '')}", console=console)
    print_text(c["explanation"], console=console)
    for side in c["sides"]:
        console.print()
        hedge = _hedge_labels().get("hedged" if side.get("hedged") else "asserted", "")
        print_text(Text(f"{side_wording(side, claims)} — {hedge}", style="bold"), console=console)
        for cl in side["claims"]:
            claim = claims.get((cl["doc"], cl.get("id")))
            if claim is not None:
                sentence = highlighted_sentence(claim)
            else:
                sentence = Text(cl.get("sentence", ""))
            sentence.highlight_words([cl["text"]], style="bold reverse", case_sensitive=True)
            print_text(Text(labels.get(cl["doc"], cl["doc"]), style="dim"), console=console, indent=2)
            print_text(sentence, console=console, indent=4)
            if claim is not None and claim.get("how"):
                print_text(Text(f"read by: {how_line(claim['how'])}", style="dim"), console=console, indent=4)
