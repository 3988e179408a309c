"""French language data (currencies, number words, hedge cues, frames, aliases) kept apart from code.

Each data set is a YAML file in ``factx/data/fr/``. Users extend one without editing Python by putting a
file of the same name in a folder named by ``FACTX_DATA_DIR`` (several folders separated by ``os.pathsep``):
lists are appended to, mappings are merged (the user's keys win).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "fr"


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return extra


def read_yaml(path: Path) -> Any:
    import yaml

    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f) or {}


def user_dirs() -> list[Path]:
    raw = os.environ.get("FACTX_DATA_DIR", "")
    return [Path(p) for p in raw.split(os.pathsep) if p]


@cache
def load(name: str) -> Any:
    """The data set ``name`` (file ``fr/<name>.yaml``), merged with the user's files of that name."""
    data = read_yaml(DATA_DIR / f"{name}.yaml")
    for folder in user_dirs():
        extra = folder / f"{name}.yaml"
        if extra.is_file():
            data = _merge(data, read_yaml(extra))
    return data
