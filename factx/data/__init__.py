"""French language data (currencies, number words, hedge cues, frames, aliases) kept apart from code.

Each data set is a YAML file in ``factx/data/fr/``. Users extend one without editing Python by putting a
file of the same name in a folder named by ``FACTX_DATA_DIR`` (several folders separated by ``os.pathsep``):
lists are appended to, mappings are merged (the user's keys win).

A user's file is read safely: YAML aliases are refused (400 bytes of nested aliases expand to gigabytes), so
are files over :data:`MAX_DATA_BYTES`, and its structure must have the shape of the built-in file it extends
(a list where the built-in has a list...), so that a mistake is one line naming the file and the key, not a
``TypeError`` deep in the pipeline.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import InputError

DATA_DIR = Path(__file__).parent / "fr"
DATA_DIR_ENV = "FACTX_DATA_DIR"
# A language data file is a few hundred lines; past this it is a mistake (or an attack) and is refused unread.
MAX_DATA_BYTES = 4 << 20


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return extra


def _loader():
    import yaml

    class NoAliasLoader(yaml.SafeLoader):
        """yaml.SafeLoader without aliases: an alias bomb is refused at its first ``*``, before it expands."""

        def compose_node(self, parent, index):  # noqa: ANN001, ANN202 - PyYAML's signature
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(
                    None,
                    None,
                    f"aliases (*{event.anchor}) are not allowed in factx data files",
                    event.start_mark,
                )
            return super().compose_node(parent, index)

    return NoAliasLoader


def read_yaml(path: Path) -> Any:
    """A YAML file's data. Raises ``yaml.YAMLError`` for a file that is not YAML, holds aliases or is larger
    than :data:`MAX_DATA_BYTES`; ``OSError`` when it cannot be read."""
    import yaml

    with open(path, "rb") as f:
        raw = f.read(MAX_DATA_BYTES + 1)
    if len(raw) > MAX_DATA_BYTES:
        raise yaml.YAMLError(f"larger than {MAX_DATA_BYTES >> 20} MB: not a language data file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise yaml.YAMLError(f"not UTF-8 (byte {e.start})") from None
    fast = getattr(yaml, "CSafeLoader", None)  # libyaml: the data files load ten times faster
    if fast is None:
        return yaml.load(text, Loader=_loader()) or {}  # noqa: S506 - a SafeLoader subclass
    # libyaml composes nodes in C, out of NoAliasLoader's reach: its event stream is read first for aliases
    for event in yaml.parse(text, Loader=fast):
        if isinstance(event, yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, f"aliases (*{event.anchor}) are not allowed in factx data files", event.start_mark
            )
    return yaml.load(text, Loader=fast) or {}  # noqa: S506 - libyaml's SafeLoader


def user_dirs() -> list[Path]:
    """The folders of ``FACTX_DATA_DIR``. One that is not a folder extends nothing: the library warns
    (``warnings.warn``) and goes on with the package's data; the command line refuses it before any work
    (exit 2), since a mistyped folder would otherwise be ignored in silence."""
    out = []
    for raw in os.environ.get(DATA_DIR_ENV, "").split(os.pathsep):
        if not raw:
            continue
        folder = Path(raw)
        if not folder.is_dir():
            import warnings

            warnings.warn(f"{dir_problem(raw)}; ignored", stacklevel=2)
            continue
        out.append(folder)
    return out


def dir_problem(raw: str) -> str:
    """What is wrong with an entry of ``FACTX_DATA_DIR`` that is not a folder."""
    what = "not a folder" if Path(raw).exists() else "no such folder"
    return f"{DATA_DIR_ENV}: {raw}: {what} (it names folders of YAML language data)"


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "empty" if value is None else type(value).__name__


def _same_kind(base: Any, extra: Any) -> bool:
    if base is None or extra is None:
        return True
    if isinstance(base, bool) or isinstance(extra, bool):
        return isinstance(base, bool) == isinstance(extra, bool) or isinstance(base, str)
    if isinstance(base, (int, float)):
        return isinstance(extra, (int, float))
    if isinstance(base, (dict, list)):
        return isinstance(extra, type(base))
    if isinstance(base, str):  # a word or a number written as one ("2", 2)
        return isinstance(extra, (str, int, float))
    return True


def _uniform(values: list[Any]) -> Any:
    """The one kind of value ``values`` all share (their example), or None when they mix kinds."""
    if not values:
        return None
    first = values[0]
    return first if all(_same_kind(first, v) and _same_kind(v, first) for v in values) else None


def check_shape(base: Any, extra: Any, where: str = "") -> str | None:
    """Where ``extra`` (a user's data) departs from the shape of ``base`` (the built-in data), or None.

    A key of both must hold the same kind of value; a new key of a mapping whose values all share a kind
    (currencies, frames) must hold that kind; the items of a list of one kind must be of that kind.
    """
    if not _same_kind(base, extra):
        return f"{where or 'the file'} should be {_kind(base)}, not {_kind(extra)}"
    if isinstance(base, dict) and isinstance(extra, dict):
        example = _uniform(list(base.values()))
        for key, value in extra.items():
            inner = f"{where}.{key}" if where else str(key)
            model = base.get(key, example)
            if model is not None:
                problem = check_shape(model, value, inner)
                if problem:
                    return problem
    elif isinstance(base, list) and isinstance(extra, list):
        example = _uniform(base)
        if example is not None:
            for k, item in enumerate(extra):
                problem = check_shape(example, item, f"{where}[{k}]")
                if problem:
                    return problem
    return None


@cache
def load(name: str) -> Any:
    """The data set ``name`` (file ``fr/<name>.yaml``), merged with the user's files of that name."""
    import yaml

    data = read_yaml(DATA_DIR / f"{name}.yaml")
    for folder in user_dirs():
        extra_path = folder / f"{name}.yaml"
        if not extra_path.is_file():
            continue
        try:
            extra = read_yaml(extra_path)
        except OSError as e:
            raise InputError(f"{extra_path}: cannot be read ({e.strerror or e})") from None
        except yaml.YAMLError as e:
            first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise InputError(f"{extra_path}: not valid language data ({first[:200]})") from None
        problem = check_shape(data, extra)
        if problem:
            raise InputError(
                f"{extra_path}: {problem[:300]} (like {DATA_DIR.name}/{name}.yaml, which it extends)"
            )
        data = _merge(data, extra)
    return data
