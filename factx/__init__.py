"""factx: facts from French news articles (entities, amounts, dates, claims) and where articles disagree.

>>> from factx import Analyser, reconcile          # doctest: +SKIP
>>> docs = [Analyser().analyse_text(text, doc="a.txt", pub_date="2023-01")]
>>> reconcile(docs)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Analyser", "Article", "Store", "load_pipeline", "read_paths", "reconcile", "__version__"]

if TYPE_CHECKING:
    from .analyse import Analyser
    from .ingest import Article, read_paths
    from .pipeline import load_pipeline
    from .reconcile import reconcile
    from .store import Store

_LAZY = {
    "Analyser": ".analyse",
    "Article": ".ingest",
    "read_paths": ".ingest",
    "load_pipeline": ".pipeline",
    "reconcile": ".reconcile",
    "Store": ".store",
}


def __getattr__(name: str) -> Any:
    # Lazy: `import factx` (and `factx --help`) must not import spaCy.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(name)
