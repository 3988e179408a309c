"""Review marks: a journalist's verdict on a conflict, kept in the store by the conflict's stable id (so it
outlives re-extraction) and carried in the conflict's JSON as an added ``review`` field."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

VERDICTS = ("confirmed", "dismissed")


def apply_reviews(
    conflicts: Iterable[Mapping[str, Any]], marks: Mapping[str, Mapping[str, Any]], show_all: bool = False
) -> tuple[list[dict[str, Any]], int]:
    """The conflicts with their ``review`` ({"verdict", "note", "reviewed_at"}) where one was recorded, less
    the dismissed ones unless ``show_all``; and how many were hidden."""
    shown: list[dict[str, Any]] = []
    hidden = 0
    for c in conflicts:
        mark = marks.get(c["id"])
        if mark is None:
            shown.append(dict(c))
            continue
        if mark["verdict"] == "dismissed" and not show_all:
            hidden += 1
            continue
        review = {
            "verdict": mark["verdict"],
            "note": mark.get("note"),
            "reviewed_at": mark.get("reviewed_at"),
        }
        shown.append({**c, "review": review})
    return shown, hidden
