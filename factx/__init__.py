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


def __getattr__(name: str) -> Any:
    # Lazy: `import factx` (and `factx --help`) must not import spaCy.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(name)
