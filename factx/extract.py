"""The extract run: read articles, skip unchanged ones, analyse the rest, store each in its own transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from .errors import ArticleError
from .ingest import Article, Skipped, SkippedFiles, check_language, expand_paths, read_expanded, read_stdin
from .output import Messages, progress_bar, stderr_is_terminal
from .store import Store

SMALL_RUN = 5  # no progress bar for a handful of articles


@dataclass
class ExtractReport:
    rows: list[tuple] = field(default_factory=list)
    extracted: int = 0
    skipped: int = 0
    failed: int = 0
    empty: int = 0
    other_language: int = 0

    def add_row(self, document: dict, status: str) -> None:
        self.rows.append(
            (
                document["doc"],
                document.get("date") or "",
                len(document["entities"]),
                len(document["amounts"]),
                len(document["dates"]),
                len(document["claims"]),
                status,
            )
        )

    @property
    def exit_code(self) -> int:
        """1 when some article could not be read, or when the run found nothing usable at all."""
        nothing = self.extracted + self.skipped == 0
        return 1 if self.failed or (nothing and self.empty) else 0

    def summary(self, db: Path) -> str:
        parts = [f"{self.extracted} extracted", f"{self.skipped} unchanged (skipped; --force redoes them)"]
        if self.failed:
            parts.append(f"{self.failed} could not be read")
        if self.empty:
            parts.append(f"{self.empty} empty")
        if self.other_language:
            parts.append(f"{self.other_language} not in French")
        return f"{', '.join(parts)}; store: {db}"


def _inputs(
    paths: Sequence[str],
    stdin: bytes | None,
    globs: Sequence[str] = (),
    stdin_name: str | None = None,
    any_language: bool = False,
) -> tuple[int | None, Iterator]:
    """How many articles to expect (None when JSON Lines hide the count) and the articles themselves."""
    files = list(expand_paths((x for x in paths if x != "-"), globs))
    jsonl = any(isinstance(f, tuple) and f[0].suffix.lower() == ".jsonl" for f in files)
    known = None if stdin is not None or jsonl else sum(isinstance(f, tuple) for f in files)

    items = read_expanded(files)
    if stdin is not None:
        items = chain(read_stdin(stdin, stdin_name), items)
    return known, check_language(items, any_language)


def _engine(frames: str | None, jobs: int, dask_scheduler: str | None, dask_local: int | None):
    from . import analyse

    if dask_scheduler or dask_local:
        return lambda arts: analyse.analyse_dask(arts, dask_scheduler, dask_local, frames)
    if jobs > 1:
        return lambda arts: analyse.analyse_parallel(arts, jobs, frames)
    return analyse.Analyser(frames).analyse_many


def run_extract(
    paths: Sequence[str],
    store: Store,
    msgs: Messages,
    stdin: bytes | None = None,
    force: bool = False,
    doc_date: str | None = None,
    frames: str | None = None,
    jobs: int = 1,
    dask_scheduler: str | None = None,
    dask_local: int | None = None,
    on_document: Callable[[dict], None] | None = None,
    globs: Sequence[str] = (),
    stdin_name: str | None = None,
    any_language: bool = False,
) -> ExtractReport:
    report = ExtractReport()
    status: dict[str, str] = {}
    texts: dict[str, str] = {}  # the texts of the articles being analysed, stored with their documents
    names_seen: set[str] = set()  # a name twice in one run would overwrite the first in the store
    total, items = _inputs(paths, stdin, globs, stdin_name, any_language)
    progress = None
    if stderr_is_terminal() and (total is None or total > SMALL_RUN):
        progress = progress_bar(total)
        msgs.progress = progress
        task = progress.add_task("extracting", total=total)

    def done(document: dict, state: str) -> None:
        report.add_row(document, state)
        if on_document:
            on_document(document)
        if progress is not None:
            progress.advance(task)

    def to_analyse() -> Iterator[Article]:
        for item in items:
            if isinstance(item, SkippedFiles):
                msgs.info(str(item))
                continue
            if isinstance(item, Skipped):
                msgs.warn(str(item))
                report.other_language += 1
                continue
            if isinstance(item, ArticleError):
                msgs.warn(str(item))
                report.failed += 1
                continue
            art = item
            for w in art.warnings:
                msgs.warn(f"{art.doc}: {w}")
            if art.doc in names_seen:
                msgs.warn(f"{art.doc}: a second article with this name in the run, skipped")
                report.failed += 1
                continue
            names_seen.add(art.doc)
            if not art.text.strip():
                msgs.warn(f"{art.doc}: empty article, skipped")
                report.empty += 1
                continue
            if doc_date:
                art.date, art.date_source = doc_date, "option"
            old = store.stored_sha(art.doc)
            if old == art.sha256 and not force:
                stored = store.document(art.doc)
                if stored is not None and stored.get("date") == art.date:
                    report.skipped += 1
                    done(stored, "unchanged")
                    continue
            status[art.doc] = "new" if old is None else "updated"
            texts[art.doc] = art.text
            yield art

    try:
        if progress is not None:
            progress.start()
        pending = to_analyse()
        first = next(pending, None)
        if first is not None:  # load the model only when there is something to analyse
            for result in _engine(frames, jobs, dask_scheduler, dask_local)(chain([first], pending)):
                if isinstance(result, ArticleError):
                    texts.pop(result.doc, None)
                    msgs.error(str(result))
                    report.failed += 1
                    continue
                store.put(result, texts.pop(result["doc"], None))
                report.extracted += 1
                done(result, status.pop(result["doc"], "new"))
            if report.extracted:
                store.update_reprint_groups()
    finally:
        if progress is not None:
            progress.stop()
            msgs.progress = None
    return report
