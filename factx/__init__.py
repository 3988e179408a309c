"""factx: facts from French news articles (entities, amounts, dates, claims) and where articles disagree.

The command line only wraps this API, which knows no terminal:

>>> import factx                                                   # doctest: +SKIP
>>> with factx.Store("factx.db") as store:
...     for event in factx.extract(["articles/"], store):           # Stored, Unchanged, Skipped, Failed, Warned
...         print(event.kind, event.doc)
...     conflicts = factx.reconcile(store.documents())             # names merged across the articles
>>> docs = list(factx.read_documents(open("docs.jsonl")))          # validated against the contract
>>> factx.find_conflict(conflicts, "e8675b")                       # any unique id prefix
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "Analyser",
    "Article",
    "Extraction",
    "Failed",
    "Skipped",
    "Store",
    "StoreNotFound",
    "Stored",
    "Unchanged",
    "UnknownName",
    "Warned",
    "__version__",
    "apply_reviews",
    "corpus_names",
    "extract",
    "find_conflict",
    "find_docs",
    "find_entity",
    "load_pipeline",
    "read_documents",
    "read_paths",
    "reconcile",
    "validate_document",
]

if TYPE_CHECKING:
    from .analyse import Analyser
    from .canon import corpus_names
    from .documents import read_documents, validate_document
    from .errors import StoreNotFound, UnknownName
    from .extraction import Extraction, Failed, Skipped, Stored, Unchanged, Warned, extract
    from .ingest import Article, read_paths
    from .pipeline import load_pipeline
    from .query import find_conflict, find_docs, find_entity
    from .reconcile import reconcile
    from .reviews import apply_reviews
    from .store import Store

_LAZY = {
    "Analyser": ".analyse",
    "Article": ".ingest",
    "read_paths": ".ingest",
    "load_pipeline": ".pipeline",
    "reconcile": ".reconcile",
    "Store": ".store",
    "StoreNotFound": ".errors",
    "UnknownName": ".errors",
    "corpus_names": ".canon",
    "read_documents": ".documents",
    "validate_document": ".documents",
    "find_conflict": ".query",
    "find_docs": ".query",
    "find_entity": ".query",
    "apply_reviews": ".reviews",
    **dict.fromkeys(
        ["extract", "Extraction", "Stored", "Unchanged", "Skipped", "Failed", "Warned"], ".extraction"
    ),
}


class _CallableModule(types.ModuleType):
    """A submodule named like the function it holds (``factx.reconcile``): calling it calls the function.

    Once ``factx.reconcile`` (the module) is imported, Python binds the module to ``factx.reconcile``, which
    would shadow the function of the API; this keeps ``factx.reconcile(documents)`` working either way while
    ``import factx.reconcile as rec`` still gives the module.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(self, self.__name__.rpartition(".")[2])(*args, **kwargs)


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SAME_NAME and isinstance(value, types.ModuleType):
            value.__class__ = _CallableModule
        super().__setattr__(name, value)


_SAME_NAME = {"reconcile"}
sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    # Lazy: `import factx` (and `factx --help`) must not import spaCy.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(name)
