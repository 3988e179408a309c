"""From articles to contract documents (factx/document/1): one process, a process pool, or a Dask cluster.

Workers return finished documents (plain dicts), so the parent only writes them: spaCy's parse stays the
only real cost, and one process owns the store.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import ArticleError
from .ingest import Article, make_article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SCHEMA = "factx/document/1"
BATCH_SIZE = 16


def _span(span, text: str) -> dict:
    return {"text": text[span.start_char : span.end_char], "start": span.start_char, "end": span.end_char}


def document_from_doc(doc: Doc, art: Article) -> dict:
    """The contract document of one analysed article."""
    from .pipeline.extensions import AMOUNTS, DATES, ENTITIES

    text = art.text
    entities = [
        {**_span(s, text), "label": s.label_, "canonical": s._.factx_canonical or s.text}
        for s in doc.spans.get(ENTITIES, [])
    ]
    amounts = [{**_span(s, text), **s._.factx_amount} for s in doc.spans.get(AMOUNTS, []) if s._.factx_amount]
    dates = [{**_span(s, text), **s._.factx_date} for s in doc.spans.get(DATES, []) if s._.factx_date]
    out = {
        "schema": SCHEMA,
        "doc": art.doc,
        "sha256": art.sha256,
        "date": art.date,
        "date_source": art.date_source,
        "entities": entities,
        "amounts": amounts,
        "dates": dates,
        # the sentence as the article has it (the pipeline read a copy with the header blanked out)
        "claims": [{**c, "sentence": text[c["start"] : c["end"]]} for c in doc._.factx_claims or []],
    }
    for key in ("source", "url", "title"):  # optional in the contract: present when known
        if getattr(art, key, None):
            out[key] = getattr(art, key)
    warnings = list(art.warnings) + list(doc._.factx_warnings or [])
    if warnings:
        out["warnings"] = warnings
    return out


class Analyser:
    """Runs the pipeline (loaded on first use) over articles and returns contract documents."""

    def __init__(self, frames: str | None = None, nlp: Language | None = None) -> None:
        self.frames = frames
        self._nlp = nlp

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from .pipeline import load_pipeline

            self._nlp = load_pipeline(frames=self.frames)
        return self._nlp

    def _make_doc(self, art: Article) -> Doc:
        if len(art.text) > self.nlp.max_length:
            raise ArticleError(
                art.doc,
                f"too long to analyse ({len(art.text):,} characters; the limit is {self.nlp.max_length:,})",
            )
        doc = self.nlp.make_doc(art.analysed_text)
        doc._.factx_pub_date = art.date
        return doc

    def analyse(self, art: Article) -> dict:
        return document_from_doc(self.nlp(self._make_doc(art)), art)

    def analyse_text(self, text: str, doc: str = "-", pub_date: str | None = None) -> dict:
        """Analyse a text as if read from a file named ``doc`` (a header date is read unless ``pub_date``)."""
        art = make_article(doc, text, pub_date, "option" if pub_date else None)
        return self.analyse(art)

    def analyse_many(
        self, arts: Iterable[Article], batch_size: int = BATCH_SIZE
    ) -> Iterator[dict | ArticleError]:
        """Documents in input order, streaming in batches (never all docs in memory).

        An article that makes the pipeline fail becomes an ArticleError in its place; the others go on.
        """
        nlp = self.nlp  # a missing model is the user's to fix: let it raise here, not per article
        for batch in _batches(arts, batch_size):
            try:
                pairs = [(self._make_doc(a), a) for a in batch]
                results = [
                    document_from_doc(d, a) for d, a in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size)
                ]
            except Exception:
                results = [self._analyse_or_error(a) for a in batch]
            yield from results

    def _analyse_or_error(self, art: Article) -> dict | ArticleError:
        try:
            return self.analyse(art)
        except ArticleError as e:
            return e
        except Exception as e:
            return ArticleError(art.doc, f"analysis failed ({type(e).__name__}: {e})")


# -- a pool of processes on this machine ----------------------------------------------------------------------

_worker: Analyser | None = None


def _init_worker(frames: str | None) -> None:
    global _worker
    # With fork the parent's loaded pipeline is inherited copy-on-write; otherwise each worker loads its own.
    if _worker is None or _worker.frames != frames:
        _worker = Analyser(frames)
    _worker.nlp  # noqa: B018 - load now, not inside the first task


def _analyse_batch(batch: list[Article]) -> list[dict | ArticleError]:
    assert _worker is not None
    return list(_worker.analyse_many(batch))


def _batches(arts: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for a in arts:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _ordered(submit, arts: Iterable[Article], window: int, size: int) -> Iterator[dict]:
    """Submit batches keeping at most ``window`` in flight; yield results in input order."""
    pending: deque = deque()
    for batch in _batches(arts, size):
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from pending.popleft()()
    while pending:
        yield from pending.popleft()()


def analyse_parallel(
    arts: Iterable[Article], jobs: int, frames: str | None = None, batch: int = 4
) -> Iterator[dict | ArticleError]:
    """Documents in input order from ``jobs`` worker processes."""
    import multiprocessing as mp

    global _worker
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    if method == "fork":
        _init_worker(frames)  # load once here; the workers inherit it
    ctx = mp.get_context(method)
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(frames,)) as pool:
        yield from _ordered(lambda b: pool.apply_async(_analyse_batch, (b,)).get, arts, jobs * 4, batch)


# -- a Dask distributed cluster -----------------------------------------------------------------------------


def analyse_dask(
    arts: Iterable[Article],
    scheduler: str | None = None,
    local_workers: int | None = None,
    frames: str | None = None,
) -> Iterator[dict]:
    """Documents in input order, the NLP done by Dask workers (each loads the model once).

    ``scheduler`` is a running scheduler's address (tcp://HOST:PORT); ``local_workers`` starts a LocalCluster.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        from .errors import InputError

        raise InputError("Dask is not installed: pip install 'factx[dask]'") from e
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=local_workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: never clash with a running cluster
        )
        scheduler = cluster.scheduler_address
    client = Client(scheduler)
    try:
        n = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(batch: list[Article]):
            fut = client.submit(_dask_batch, batch, frames, pure=False)
            return fut.result

        yield from _ordered(submit, arts, n * 4, 8)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_batch(batch: list[Article], frames: str | None) -> list[dict | ArticleError]:
    # Runs on a Dask worker: the module-level analyser keeps the model loaded between tasks.
    _init_worker(frames)
    return _analyse_batch(batch)
