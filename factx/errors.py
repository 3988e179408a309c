"""Errors the library raises; the CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations


class FactxError(Exception):
    """Base class: str(e) is the one-line message shown to the user."""


class ArticleError(FactxError):
    """An article could not be read; the run goes on with the others."""

    def __init__(self, doc: str, problem: str) -> None:
        super().__init__(f"{doc}: {problem}")
        self.doc = doc
        self.problem = problem

    def __reduce__(self):  # picklable across worker processes
        return (type(self), (self.doc, self.problem))


class InputError(FactxError):
    """Input the user must fix (unreadable stdin, bad --frames file, no articles)."""


class StoreError(FactxError):
    """The SQLite store cannot be opened or written."""


class StoreNotFound(StoreError):
    """No store at the path a read asked for (read commands never create one)."""

    def __init__(self, path: object) -> None:
        super().__init__(f"{path}: no factx store there")
        self.path = path


class UnknownName(FactxError):
    """A name the user typed (entity, article, conflict id, frame) names nothing, or more than one thing.

    ``candidates`` are the closest existing names, or for an ambiguous id every match.
    """

    def __init__(self, message: str, candidates: list[str] | None = None) -> None:
        super().__init__(message)
        self.candidates = list(candidates or [])


class ContractError(FactxError):
    """A document (piped to `factx conflicts -`) does not follow the factx/document/1 contract."""


class ModelNotInstalled(FactxError):
    def __init__(self, model: str, found: str | None = None) -> None:
        if found:
            msg = f"spaCy model {model} {found} is installed but factx needs 3.8.x: pip install '{model}==3.8.0'"
        else:
            msg = f"spaCy model {model} is not installed: pip install '{model}==3.8.0'"
        super().__init__(msg)
