"""An article as the report shows it: its text cut into blocks, entities, amounts and dates highlighted,
each claim's sentence anchored.

Blocks are plain tuples the template renders (with autoescape): the header ("h", text), plain text
("t", text), a highlighted span ("m", class, tooltip, text) and a claim sentence ("s", anchor, parts,
back-links), whose parts are "t" and "m" blocks. Spans are placed from the document's offsets and kept only
where the text says what the document says; overlapping ones give way (an amount over a date over a name).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

MARK_PRIORITY = {"amt": 0, "dt": 1}  # where spans overlap, an amount wins over a date over an entity
GAP = "\n[…]\n"  # between the sentences of an article whose text could not be had

Mark = tuple[int, int, str, str, str]  # start, end, class, tooltip, text


@dataclass
class Highlighted:
    blocks: list[tuple] = field(default_factory=list)
    anchors: dict[tuple[int, int], str] = field(default_factory=dict)  # a claim's (start, end) -> anchor


def highlight(
    document: Mapping[str, Any],
    text: str | None,
    prefix: str,
    back_links: Callable[[Mapping[str, Any]], list[tuple[str, str]]],
    name_of: Callable[[str], str],
    value_of: Callable[[Mapping[str, Any]], str],
) -> Highlighted:
    """The blocks of one article. ``text`` is its full text, or None to show its claim sentences alone;
    anchors are ``prefix-OFFSET``; ``back_links(claim)`` gives the (conflict id, kind) a claim is part of;
    ``name_of`` and ``value_of`` write an entity's canonical name and an amount's value for tooltips."""
    out = Highlighted()
    claims = [
        c
        for c in document.get("claims") or []
        if isinstance(c.get("start"), int) and isinstance(c.get("end"), int)
    ]
    sentences: dict[tuple[int, int], str] = {}
    for c in claims:
        s, e = c["start"], c["end"]
        said = c.get("sentence") if isinstance(c.get("sentence"), str) else None
        if text is not None and 0 <= s < e <= len(text):
            sentences.setdefault((s, e), text[s:e])
        elif text is None and said:
            sentences.setdefault((s, s + len(said)), said)
    # Non-overlapping sentences; a claim whose sentence overlaps a kept one links to that one.
    kept: list[tuple[int, int]] = []
    for span in sorted(sentences, key=lambda x: (x[0], -x[1])):
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    links: dict[tuple[int, int], list[tuple[str, str]]] = defaultdict(list)
    for c in claims:
        home = next((k for k in kept if k[0] <= c["start"] < k[1]), None)
        if home is None:
            continue
        out.anchors[(c["start"], c["end"])] = f"{prefix}-{home[0]}"
        for cf in back_links(c):
            if cf not in links[home]:
                links[home].append(cf)
    marks = _placed(_marks(document, name_of, value_of), text, sentences, kept)
    if text is not None:
        out.blocks = _full(document, text, prefix, kept, marks, links)
        return out
    for i, span in enumerate(kept):
        if i:
            out.blocks.append(("t", GAP))
        inner = [m for m in marks if span[0] <= m[0] and m[1] <= span[1]]
        parts = _parts(sentences[span], span[0], span[0], span[1], inner)
        out.blocks.append(("s", f"{prefix}-{span[0]}", parts, links.get(span, [])))
    return out


def _marks(document, name_of, value_of) -> list[Mark]:
    """The spans to highlight, as the document gives them."""
    out = []
    for e in document.get("entities") or []:
        label = e.get("label") or "MISC"
        canon = name_of(e.get("canonical")) or e.get("text") or ""
        out.append((e.get("start"), e.get("end"), f"e e-{label}", f"{canon} · {label}", e.get("text")))
    for a in document.get("amounts") or []:
        out.append((a.get("start"), a.get("end"), "amt", value_of(a), a.get("text")))
    for t in document.get("dates") or []:
        out.append((t.get("start"), t.get("end"), "dt", t.get("value") or "?", t.get("text")))
    return [m for m in out if isinstance(m[0], int) and isinstance(m[1], int) and isinstance(m[4], str)]


def _placed(marks: list[Mark], text, sentences, kept) -> list[Mark]:
    """Marks whose text is where the document says, not overlapping each other nor a sentence's edge."""
    out = []
    last_end = -1
    for m in sorted(marks, key=lambda m: (m[0], -(m[1] - m[0]), MARK_PRIORITY.get(m[2], 2))):
        s, e, _, _, said = m
        if s < last_end or e <= s:
            continue
        if text is not None:
            if not (0 <= s and e <= len(text) and text[s:e] == said):
                continue
        else:
            home = next((k for k in kept if k[0] <= s and e <= k[1]), None)
            if home is None or sentences[home][s - home[0] : e - home[0]] != said:
                continue
        if any(k[0] < s < k[1] < e or s < k[0] < e < k[1] for k in kept):  # across a sentence's edge
            continue
        out.append(m)
        last_end = e
    return out


def _full(document, text, prefix, kept, marks, links) -> list[tuple]:
    blocks: list[tuple] = []
    pos, mi = 0, 0
    header = header_end(str(document.get("doc", "")), text)
    if header and all(k[0] >= header for k in kept[:1]) and all(m[0] >= header for m in marks[:1]):
        blocks.append(("h", text[:header]))
        pos = header
    for s, e in kept:
        before = [m for m in marks[mi:] if m[1] <= s]
        blocks += _parts(text[pos:s], pos, pos, s, before)
        mi += len(before)
        inside = [m for m in marks[mi:] if m[0] >= s and m[1] <= e]
        mi += len(inside)
        blocks.append(("s", f"{prefix}-{s}", _parts(text[s:e], s, s, e, inside), links.get((s, e), [])))
        pos = e
    blocks += _parts(text[pos:], pos, pos, len(text), marks[mi:])
    return blocks


def _parts(text: str, offset: int, start: int, end: int, marks: list[Mark]) -> list[tuple]:
    """``text`` (which begins at ``offset`` in the article) cut into plain and highlighted parts."""
    parts: list[tuple] = []
    pos = start
    for s, e, cls, tip, _ in marks:
        if s > pos:
            parts.append(("t", text[pos - offset : s - offset]))
        parts.append(("m", cls, tip, text[s - offset : e - offset]))
        pos = e
    if end > pos:
        parts.append(("t", text[pos - offset : end - offset]))
    return parts


def header_end(doc: str, text: str) -> int:
    """Where the article's header (date line, front matter) ends, as factx's reader finds it."""
    from .ingest import make_article

    return make_article(doc, text).header_end
