"""How an article is named for people: its outlet and date ("L'Humanité (juil. 2024)"), else its file name.

The words are data (``factx/data/fr/sources.yaml``), extendable through ``FACTX_DATA_DIR``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import PurePath
from typing import Any


@cache
def data() -> dict[str, Any]:
    from .data import load

    return load("sources")


def short_date(iso: str | None) -> str | None:
    """'2024-07-12' or '2024-07' -> 'juil. 2024'; '2024' -> '2024'."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?", iso or "")
    if not m:
        return None
    year, month = m.groups()
    months = data().get("months") or []
    if month and 1 <= int(month) <= len(months):
        return f"{months[int(month) - 1]} {year}"
    return year


def file_name(doc: str) -> str:
    """The file's name without folders or suffix ('seeds/05_humanite.txt' -> '05_humanite')."""
    return PurePath(doc).stem or doc


def display_name(document: Mapping[str, Any]) -> str:
    """'L'Humanité (juil. 2024)' when the outlet is known, 'L'Humanité' without a date, else the file name."""
    source = document.get("source")
    if not source:
        return file_name(str(document.get("doc", "")))
    when = short_date(document.get("date"))
    if not when:
        return str(source)
    return data().get("source_with_date", "{source} ({date})").format(source=source, date=when)
