"""Finding what people name: conflicts by any unique id prefix, articles by path, file name or outlet,
entities by any spelling seen. A name that finds nothing raises :class:`UnknownName` with the closest
names (rapidfuzz), so the caller can say "did you mean".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePath
from typing import Any

from .canon import fold
from .display import ID_PREFIX, article_labels
from .errors import UnknownName

SUGGESTIONS = 3
SUGGEST_CUTOFF = 60.0


def closest(query: str, choices: Iterable[str], limit: int = SUGGESTIONS) -> list[str]:
    """The names most like ``query`` (case and accents ignored), best first."""
    from rapidfuzz import fuzz, process, utils

    pool = list(dict.fromkeys(c for c in choices if c))
    found = process.extract(
        fold(query),
        [fold(c) for c in pool],
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=limit,
        score_cutoff=SUGGEST_CUTOFF,
    )
    return [pool[i] for _, _, i in found]


def find_conflict(conflicts: Sequence[Mapping[str, Any]], query: str) -> Mapping[str, Any]:
    """The conflict whose id is ``query``, or starts with it, with or without its "cf_"."""
    q = query.strip().lower()
    q = q if q.startswith(ID_PREFIX) else ID_PREFIX + q
    exact = [c for c in conflicts if c["id"] == q]
    if exact:
        return exact[0]
    found = [c for c in conflicts if c["id"].startswith(q)]
    if len(found) == 1:
        return found[0]
    if found:
        ids = [c["id"] for c in found]
        shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
        raise UnknownName(f"conflict id {query!r} is ambiguous: it starts {len(ids)} ids: {shown}", ids)
    raise UnknownName(f"no conflict with id {query!r}")


def find_docs(query: str, articles: Iterable[Mapping[str, Any]]) -> list[str]:
    """The stored names of the articles ``query`` names: the name itself, its file name (with or without
    the extension), the name tables print, or the outlet (``source``). ``articles`` are {"doc", "source"}."""
    articles = list(articles)
    docs = [a["doc"] for a in articles]
    labels = article_labels(docs)
    q = query.strip()
    for key in (
        lambda a: a["doc"],
        lambda a: labels[a["doc"]],
        lambda a: PurePath(a["doc"]).name,
        lambda a: PurePath(a["doc"]).stem,
    ):
        hits = [a["doc"] for a in articles if key(a) == q]
        if hits:
            return hits
    hits = [a["doc"] for a in articles if a.get("source") and fold(a["source"]) == fold(q)]
    if hits:
        return hits
    near = closest(query, [labels[d] for d in docs] + [a["source"] for a in articles if a.get("source")])
    raise UnknownName(_no_such("article", query, near), near)


def find_entity(query: str, spellings: Mapping[str, Iterable[str]]) -> str:
    """The canonical name ``query`` stands for: ``spellings`` maps each canonical name to every spelling
    seen for it (its aliases). Case and accents are ignored."""
    q = fold(query)
    for name in spellings:
        if fold(name) == q:
            return name
    for name, aliases in spellings.items():
        if any(fold(a) == q for a in aliases):
            return name
    near = closest(query, spellings)
    raise UnknownName(_no_such("entity", query, near), near)


def _no_such(what: str, query: str, near: list[str]) -> str:
    hint = f"; closest: {', '.join(near)}" if near else ""
    return f"no {what} named {query!r} in these articles{hint}"


def known_frames(seen: Iterable[str] = ()) -> list[str]:
    """The frames of the language data, plus those ``seen`` in stored claims (a ``--frames`` file's)."""
    from .data import load

    return sorted(set((load("frames") or {}).get("frames") or {}) | set(seen))


def check_frame(frame: str, seen: Iterable[str] = ()) -> str:
    """``frame`` itself when it is a known frame; else :class:`UnknownName` listing every frame."""
    frames = known_frames(seen)
    if frame in frames:
        return frame
    raise UnknownName(
        f"no frame named {frame!r}; the frames are: {', '.join(frames)}", closest(frame, frames)
    )


def entity_spellings(rows: Iterable[Mapping[str, Any]], mapping: Mapping[str, str]) -> dict[str, list[str]]:
    """Each corpus-wide name with every spelling seen for it, from entity rows {"canonical", "label",
    "text", "doc"} and the corpus mapping (:func:`factx.canon.corpus_names`)."""
    from .store import aggregate_entities

    out: dict[str, list[str]] = {}
    for e in aggregate_entities(list(rows), dict(mapping)):
        out.setdefault(e["canonical"], []).extend(e["aliases"])
    for raw, name in mapping.items():
        out.setdefault(name, [])
        if raw != name and raw not in out[name]:
            out[name].append(raw)
    return out


def document_entity_rows(documents: Iterable[Mapping[str, Any]]) -> list[dict]:
    """The entity rows of contract documents, as the store keeps them."""
    return [
        {
            "canonical": e.get("canonical") or e.get("text"),
            "label": e.get("label"),
            "text": e.get("text"),
            "doc": d.get("doc"),
        }
        for d in documents
        for e in d.get("entities") or []
    ]
