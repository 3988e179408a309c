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

    from .extraction import AnalyserLike

SCHEMA = "factx/document/1"
BATCH_SIZE = 16


def _span(span, text: str) -> dict:
    return {"text": text[span.start_char : span.end_char], "start": span.start_char, "end": span.end_char}


def document_from_doc(doc: Doc, art: Article) -> dict:
    """The contract document of one analysed article."""
    from .pipeline.extensions import AMOUNTS, DATES, ENTITIES
    from .pipeline.tokens import doc_text

    text = art.text
    # the header's title was read for context (who and what the body refers to); what is reported is the body's
    body = art.context_end
    entities = [
        {**_span(s, text), "label": s.label_, "canonical": s._.factx_canonical or s.text}
        for s in doc.spans.get(ENTITIES, [])
        if s.start_char >= body
    ]
    amounts = [
        {**_span(s, text), **s._.factx_amount}
        for s in doc.spans.get(AMOUNTS, [])
        if s._.factx_amount and s.start_char >= body
    ]
    dates = [
        {**_span(s, text), **s._.factx_date}
        for s in doc.spans.get(DATES, [])
        if s._.factx_date and s.start_char >= body
    ]
    out = {
        "schema": SCHEMA,
        "doc": art.doc,
        "sha256": art.sha256,
        "date": art.date,
        "date_source": art.date_source,
        "entities": entities,
        "amounts": amounts,
        "dates": dates,
        # the sentence as the article has it (the pipeline read a copy with the header blanked out), sliced
        # once per sentence: a line of a million characters holds many claims
        "claims": _with_sentences([c for c in doc._.factx_claims or [] if c["start"] >= body], text),
    }
    for key in ("source", "url", "title"):  # optional in the contract: present when known
        if getattr(art, key, None):
            out[key] = getattr(art, key)
    warnings = list(art.warnings) + list(doc._.factx_warnings or []) + dropped_numbers(doc_text(doc))
    if warnings:
        out["warnings"] = warnings
    return out


def _with_sentences(claims: list[dict], text: str) -> list[dict]:
    sentences: dict[tuple[int, int], str] = {}
    out = []
    for c in claims:
        span = (c["start"], c["end"])
        if span not in sentences:
            sentences[span] = text[span[0] : span[1]]
        out.append({**c, "sentence": sentences[span]})
    return out


def dropped_numbers(text: str) -> list[str]:
    """One warning for the figures of ``text`` too large to be a fact (and to be JSON), which the amount finder
    dropped: "2 numbers too large to be figures (over 10^18), dropped: line 3, 7"."""
    from .normalize.amounts import MAX_MAGNITUDE, oversized

    found = oversized(text)
    if not found:
        return []
    lines = []
    for start in found[:5]:
        line = text.count("\n", 0, start) + 1
        if line not in lines:
            lines.append(line)
    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
    where = ", ".join(map(str, lines)) + more
    return [
        f"{len(found)} number(s) too large to be figures (over 10^{MAX_MAGNITUDE}), dropped: line {where}"
    ]


class Analyser:
    """Runs the pipeline (loaded on first use) over articles and returns contract documents."""

    def __init__(self, frames: str | None = None, nlp: Language | None = None) -> None:
        self.frames = frames
        self._nlp = nlp

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from .errors import FactxError, InputError
            from .pipeline import load_pipeline

            try:
                self._nlp = load_pipeline(frames=self.frames)
            except FactxError:
                raise
            except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as e:
                # a language data file (FACTX_DATA_DIR) or --frames file of the wrong shape
                where = f"{self.frames} or FACTX_DATA_DIR" if self.frames else "FACTX_DATA_DIR"
                raise InputError(
                    f"the pipeline cannot load its language data ({where}): {type(e).__name__}: "
                    f"{str(e)[:200]}; check those files against factx/data/fr/"
                ) from e
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

_worker: AnalyserLike | None = None


def _init_worker(frames: str | None, analyser: AnalyserLike | None = None, pool_worker: bool = False) -> None:
    global _worker
    import signal

    if pool_worker:
        # The parent alone answers Ctrl-C and SIGTERM (one line, and it ends the workers): a worker's own
        # KeyboardInterrupt, or the parent's SIGTERM handler inherited by fork, would print a traceback each.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if analyser is not None:
        _worker = analyser
        return
    # With fork the parent's loaded pipeline is inherited copy-on-write; otherwise each worker loads its own.
    if not isinstance(_worker, Analyser) or _worker.frames != frames:
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


class _Pool:
    """A process pool that survives its workers: a worker killed (by the out-of-memory killer, say) breaks
    a ``ProcessPoolExecutor``, and the pool is started anew with the lost batches sent again."""

    def __init__(self, jobs: int, frames: str | None, analyser: AnalyserLike | None) -> None:
        import multiprocessing as mp

        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        if method == "fork" and analyser is None:
            _init_worker(frames)  # load once here; the workers inherit it
        self.jobs, self.frames, self.analyser = jobs, frames, analyser
        self.context = mp.get_context(method)
        self.executor = self._start()

    def _start(self):
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(
            self.jobs, self.context, initializer=_init_worker, initargs=(self.frames, self.analyser, True)
        )

    def submit(self, batch: list[Article]):
        return self.executor.submit(_analyse_batch, batch)

    def restart(self) -> None:
        self.close()
        self.executor = self._start()

    def close(self) -> None:
        # cancel what has not started, and end the workers now (a run interrupted must not wait for them)
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for p in processes:
            if p.is_alive():
                p.terminate()
        for p in processes:
            p.join(5)


DIED = "its worker process died while analysing it (killed, or out of memory?); skipped"


def analyse_parallel(
    arts: Iterable[Article],
    jobs: int,
    frames: str | None = None,
    batch: int = 4,
    analyser: AnalyserLike | None = None,
) -> Iterator[dict | ArticleError]:
    """Documents in input order from ``jobs`` worker processes (each runs ``analyser``, by default the French
    pipeline). A worker that dies costs no article by itself: its batch is analysed again one article at a
    time in a fresh pool, and an article whose worker dies again is an :class:`ArticleError` of its own."""
    from concurrent.futures.process import BrokenProcessPool

    pool = _Pool(jobs, frames, analyser)
    pending: deque[tuple[list[Article], object]] = deque()

    def resolve(items: list[Article], future) -> list[dict | ArticleError]:
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        pool.restart()
        results: list[dict | ArticleError] = []
        for art in items:  # one at a time: the article that kills its worker is the one named
            try:
                results += pool.submit([art]).result()
            except BrokenProcessPool:
                pool.restart()
                results.append(ArticleError(art.doc, DIED))
        for k, (other, _) in enumerate(pending):  # lost with the old pool: sent again
            pending[k] = (other, pool.submit(other))
        return results

    try:
        for b in _batches(arts, batch):
            pending.append((b, pool.submit(b)))
            if len(pending) >= jobs * 4:
                yield from resolve(*pending.popleft())
        while pending:
            yield from resolve(*pending.popleft())
    finally:
        pool.close()


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
