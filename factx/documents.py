"""Contract documents read back: JSON Lines of `factx extract --json`, each checked against the contract
(``factx/schemas/document.schema.json``) before the reconciler sees it, so that a wrong field is the
input's fault said in one line, never an internal error further on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any

from .errors import ContractError, InputError

SCHEMA = "factx/document/1"


@cache
def _validator():
    from jsonschema import Draft202012Validator

    schema = json.loads(resources.files("factx").joinpath("schemas/document.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema)


def contract_problem(document: Any) -> str | None:
    """What is wrong with a document for the contract (the first, most telling error), or None."""
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(document))
    if error is None:
        return None
    where = error.json_path.removeprefix("$").lstrip(".")
    message = error.message if len(error.message) <= 200 else error.message[:197] + "..."
    return f"{where}: {message}" if where else message


def validate_document(document: Any) -> dict:
    """The document itself if it follows the contract; else :class:`ContractError`."""
    problem = contract_problem(document)
    if problem is not None:
        raise ContractError(f"not a {SCHEMA} document ({problem})")
    return document


def read_documents(lines: Iterable[str | bytes], name: str = "stdin") -> Iterator[dict]:
    """Contract documents from JSON Lines (blank lines skipped), each validated. Errors name ``name``
    and the line: "stdin line 3: not JSON (Expecting value)"."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            raise InputError(f"{name} line {n}: not JSON ({getattr(e, 'msg', e)})") from e
        except RecursionError as e:
            raise InputError(f"{name} line {n}: not JSON (nested too deep)") from e
        if not isinstance(obj, dict) or "claims" not in obj or "doc" not in obj:
            raise InputError(
                f"{name} line {n}: not a factx document (expected the output of factx extract --json)"
            )
        try:
            yield validate_document(obj)
        except ContractError as e:
            raise ContractError(f"{name} line {n}: {e}") from e
