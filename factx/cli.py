"""factx command line: options in, library call, render out. spaCy, dateparser and rich load inside commands."""

from __future__ import annotations

import contextlib
import functools
import sys
from pathlib import Path
from typing import NamedTuple

import click

from .errors import FactxError, StoreNotFound, UnknownName
from .output import Messages, echo_jsonl, one_line, output_options, visible

SEVERITIES = ("low", "medium", "high")
KINDS = ("contradiction", "vague_vs_precise", "hedged_vs_asserted", "bound_violation", "other")
LABELS = ("ORG", "PER", "LOC", "PRODUCT", "MISC")


class OneLineUsageError(click.UsageError):
    """A usage error shown as one line, exit 2 (click's default adds the usage text and a hint)."""

    def show(self, file=None) -> None:
        click.echo(f"error: {one_line(self.format_message())}", err=True)


class OneLineError(click.ClickException):
    """An error the user must act on, shown as one line, exit 1."""

    def show(self, file=None) -> None:
        click.echo(f"error: {one_line(self.format_message())}", err=True)


class Terminated(Exception):
    """SIGTERM, turned into an exception in the main process so that it ends the run as Ctrl-C does."""


def _on_sigterm(signum, frame) -> None:
    raise Terminated()


def db_option(fn):
    return click.option(
        "--db",
        "db_path",
        type=click.Path(path_type=Path),  # a folder is refused in one line by open_store, not click's four
        envvar="FACTX_DB",
        help="SQLite store [env FACTX_DB; default .factx/factx.db]",
    )(fn)


def handle_errors(fn):
    """Library errors become one line (exit 1; a name that names nothing, or a missing store, exit 2);
    anything unexpected too, unless --debug asks for a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        debug = (click.get_current_context().find_root().params or {}).get("debug", False)
        try:
            return fn(*args, **kwargs)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except StoreNotFound as e:
            raise OneLineUsageError(_no_store(e, kwargs.get("db_path"))) from e
        except UnknownName as e:
            raise OneLineUsageError(str(e)) from e
        except FactxError as e:
            if debug:
                raise
            raise OneLineError(str(e)) from e
        except KeyboardInterrupt:
            click.echo("error: interrupted; articles already written are complete in the store", err=True)
            raise click.exceptions.Exit(130) from None
        except Terminated:
            click.echo("error: terminated; articles already written are complete in the store", err=True)
            raise click.exceptions.Exit(143) from None
        except BrokenPipeError:
            _quiet_stdout()  # the reader went away (factx ... | head): not an error
            raise click.exceptions.Exit(0) from None
        except Exception as e:
            if debug:
                raise
            raise OneLineError(
                f"internal error: {type(e).__name__}: {e} (run with --debug for a traceback)"
            ) from e

    return wrapper


def _quiet_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # no real stdout (tests): nothing will be flushed to a closed pipe either


def _no_store(e: StoreNotFound, given: Path | None) -> str:
    if given is None:
        return (
            f"no factx store here ({e.path}); make one with `factx extract ARTICLES...` in this folder, "
            "or name one with --db or FACTX_DB"
        )
    return f"{e.path}: no factx store there; make one with `factx extract ARTICLES... --db {e.path}`"


def open_store(db_path: Path | None, create: bool = False, read_only: bool = False):
    """The store of --db / FACTX_DB / the default path; read commands (``read_only``) never create, migrate
    or write one, and ``create=False`` commands (review, forget) never create one."""
    from .store import Store, default_path

    path = db_path if db_path is not None else default_path()
    if path.is_dir():
        raise OneLineUsageError(
            f"--db {path} is a folder; name the store's file (e.g. --db {path / 'factx.db'})"
        )
    return Store(path, create=create, read_only=read_only)


def _check_data_dirs() -> None:
    """FACTX_DATA_DIR names folders of language data: one that is missing is a mistake to say, not ignore."""
    import os

    from .data import DATA_DIR_ENV, dir_problem

    for raw in os.environ.get(DATA_DIR_ENV, "").split(os.pathsep):
        if raw and not Path(raw).is_dir():
            raise OneLineUsageError(dir_problem(raw))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factx")
@click.option("--debug", is_flag=True, help="Show a traceback when something fails.")
def cli(debug: bool) -> None:
    """Extract facts from French news articles and find where articles disagree.

    Example:

        factx extract seeds/ && factx conflicts
    """
    _check_data_dirs()


# -- extract --------------------------------------------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@output_options
@click.option("--force", is_flag=True, help="Analyse again articles whose text has not changed.")
@click.option("--doc-date", help="Publication date for every article (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option(
    "--frames", type=click.Path(exists=True, dir_okay=False), help="YAML file of extra frames and triggers."
)
@click.option("-j", "--jobs", type=click.IntRange(1), default=1, show_default=True, help="Worker processes.")
@click.option("--dask-scheduler", metavar="ADDRESS", help="Send the NLP to a Dask cluster (tcp://HOST:PORT).")
@click.option(
    "--dask-local", type=click.IntRange(1), metavar="N", help="Start a local Dask cluster of N workers."
)
@click.option(
    "--glob",
    "globs",
    multiple=True,
    metavar="PATTERN",
    help="Read the folders' files matching PATTERN (e.g. '*.md') instead of the usual ones (repeatable).",
)
@click.option("--any-language", is_flag=True, help="Analyse articles that are not in French too.")
@click.option("--name", "stdin_name", metavar="NAME", help="Name of the article read from stdin (-).")
@db_option
@handle_errors
def extract(
    paths,
    fmt,
    no_headers,
    force,
    doc_date,
    frames,
    jobs,
    dask_scheduler,
    dask_local,
    globs,
    any_language,
    stdin_name,
    db_path,
) -> None:
    """Read articles (files, folders, or - for stdin), extract facts and store them.

    Folders are read recursively: *.txt, saved web pages (*.html, *.htm), *.jsonl, and *.md with front
    matter; other files are counted as skipped. JSON Lines hold one article per line:
    {"id": ..., "text": ... (or "html": ...), "date", "source", "url", "title": optional}.
    A text file may start with "source:", "url:", "title:" and "date:" lines. An article not in French is
    reported and not analysed. --json prints each article's document (the contract).

    Example:

        factx extract seeds/ --json | factx conflicts - --json
    """
    from .extraction import Failed, Skipped, Stored, Unchanged, Warned, extract
    from .ingest import normalise_date
    from .output import Column, emit, progress_bar, stderr_is_terminal
    from .render import ARTICLE_COLUMNS, article_rows, article_summary

    for p in paths:
        if p != "-" and not Path(p).exists():
            raise OneLineUsageError(f"{p}: no such file or folder")
    if stdin_name is not None and "-" not in paths:
        raise OneLineUsageError("--name names the article read from stdin: give - as a path")
    if doc_date is not None and normalise_date(doc_date) is None:
        raise OneLineUsageError(
            f"--doc-date {doc_date!r}: expected YYYY, YYYY-MM or YYYY-MM-DD (a real date, years 0001 to 9999)"
        )
    if dask_scheduler and dask_local:
        raise OneLineUsageError("--dask-scheduler and --dask-local are mutually exclusive")
    from .ingest import read_stream

    msgs = Messages()
    stdin = read_stream(sys.stdin.buffer) if "-" in paths else None
    done: list[tuple[dict, str]] = []
    progress = None
    printing = fmt == "json"  # until the reader of --json goes away (| head): the storing goes on
    with _sigterm_ends_run(), open_store(db_path, create=True) as store:
        run = extract(
            paths,
            store,
            stdin=stdin,
            force=force,
            doc_date=normalise_date(doc_date) if doc_date else None,
            frames=frames,
            jobs=jobs,
            dask_scheduler=dask_scheduler,
            dask_local=dask_local,
            globs=globs,
            stdin_name=stdin_name,
            any_language=any_language,
        )
        if stderr_is_terminal() and (run.total is None or run.total > SMALL_RUN):
            progress = progress_bar(run.total)
            msgs.progress = progress
            task = progress.add_task("extracting", total=run.total)
            progress.start()
        try:
            for event in run:
                if isinstance(event, (Stored, Unchanged)):
                    status = (
                        "unchanged" if isinstance(event, Unchanged) else "updated" if event.updated else "new"
                    )
                    if fmt != "json":  # the table's row, not the document: memory stays flat
                        done.append((article_summary(event.document), status))
                    if printing:
                        printing = _echo_or_stop(event.document)
                    if progress is not None:
                        progress.advance(task)
                elif isinstance(event, Warned):
                    msgs.warn(f"{event.doc}: {event.message}")
                elif isinstance(event, Skipped):
                    msgs.warn(f"{event.doc}: {event.reason}")
                elif isinstance(event, Failed):
                    (msgs.error if event.stage == "analyse" else msgs.warn)(str(event.error))
        finally:
            if progress is not None:
                progress.stop()
                msgs.progress = None
    if fmt != "json":
        emit(fmt, [*ARTICLE_COLUMNS, Column("status")], article_rows(done, "status"), no_headers=no_headers)
    if run.files_skipped:
        msgs.info(str(run.files_skipped))
    t = run.tally
    parts = [f"{t.extracted} extracted", f"{t.unchanged} unchanged (skipped; --force redoes them)"]
    if t.failed:
        parts.append(f"{t.failed} could not be read")
    if t.skipped:
        parts.append(f"{t.skipped} skipped")
    if t.empty:
        parts.append(f"{t.empty} empty")
    if t.other_language:
        parts.append(f"{t.other_language} not in French")
    msgs.info(f"{', '.join(parts)}; store: {store.path}")
    if not t.ok:
        raise click.exceptions.Exit(1)


SMALL_RUN = 5  # no progress bar for a handful of articles


@contextlib.contextmanager
def _sigterm_ends_run():
    """SIGTERM ends the run like Ctrl-C: one line, exit 143, every stored article whole (workers die quietly)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _echo_or_stop(document: dict) -> bool:
    """Print one document; False once stdout is a closed pipe (the rest of the run is stored, not printed)."""
    try:
        echo_jsonl(document)
        sys.stdout.flush()
        return True
    except BrokenPipeError:
        _quiet_stdout()
        return False


# -- claims ---------------------------------------------------------------------------------------------------


@cli.command()
@click.option("--frame", help="Only this frame (investment, acquisition...).")
@click.option("--entity", help="Only claims whose subject or object is this entity (any spelling seen).")
@click.option("--doc", help="Only claims of this article (its path, file name, or the name tables print).")
@click.option("--sentences", is_flag=True, help="Show each claim over its sentence, its parts highlighted.")
@output_options
@db_option
@handle_errors
def claims(frame, entity, doc, sentences, fmt, no_headers, db_path) -> None:
    """Stored claims: who did what, for how much, when, and how sure the article is.

    Example:

        factx claims --frame investment --entity Microsoft
    """
    from .canon import corpus_names
    from .display import legend
    from .output import Column, emit
    from .query import check_frame, entity_spellings, find_docs, find_entity
    from .render import CLAIM_COLUMNS, claim_rows, claim_sentences

    with open_store(db_path, read_only=True) as store:
        rows_e = store.entity_rows()
        names = corpus_names([{"entities": rows_e}])
        if frame:
            check_frame(frame, store.frames())
        wanted = None
        if entity:
            name = find_entity(entity, entity_spellings(rows_e, names))
            wanted = {raw for raw, n in names.items() if n == name} | {name}
        docs = find_docs(doc, store.doc_names()) if doc else None
        found = list(store.claims(frame=frame, entity=wanted, doc=docs))
    rows = claim_rows(found, names)
    columns = [*CLAIM_COLUMNS, *([Column("sentence", table=False)] if sentences else [])]
    if _debug():
        columns.append(Column("how"))  # which strategy of the claim engine decided each part
    if not found:
        _say_nothing_matched("claim", frame=frame, entity=entity, doc=doc)
    if sentences and fmt == "table":
        claim_sentences(found, rows)
    else:
        emit(
            fmt,
            columns,
            rows,
            objects=({"doc": d, **c} for d, c in found),
            no_headers=no_headers,
            legend=legend(r["amount"] for r in rows),
            group="article",
        )
    if fmt == "table" and found:
        Messages().info(f"{len(found)} claim(s) in {len({d for d, _ in found})} article(s)")


def _debug() -> bool:
    return bool((click.get_current_context().find_root().params or {}).get("debug"))


def _say_nothing_matched(what: str, **filters) -> None:
    given = ", ".join(f"--{k.replace('_', '-')} {v}" for k, v in filters.items() if v)
    Messages().info(f"no {what} matches {given}" if given else f"no {what}s in the store")


# -- conflicts ------------------------------------------------------------------------------------------------


def conflict_filters(fn):
    """The selection `conflicts` and `report` share: kinds, severity, entity, frame, dismissed ones."""
    options = [
        click.option(
            "--kind", type=click.Choice(KINDS), multiple=True, help="Only these kinds (repeatable)."
        ),
        click.option(
            "--min-severity", type=click.Choice(SEVERITIES), help="Only conflicts at least this severe."
        ),
        click.option("--entity", help="Only facts about this entity (subject or object, any spelling seen)."),
        click.option("--frame", help="Only this frame."),
        click.option(
            "--all", "show_all", is_flag=True, help="Show dismissed conflicts too (see factx review)."
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


class Loaded(NamedTuple):
    documents: list[dict]
    names: dict  # corpus-wide canonical names
    conflicts: list[dict]
    marks: dict  # review marks by conflict id
    groups: dict  # doc -> (reprint group id, label), for stored articles
    texts: dict  # doc -> the text its offsets index, for stored articles (when asked for)


def _load_conflicts(source: str | None, db_path: Path | None, texts: bool = False) -> Loaded:
    """Documents (from stdin or the store), their corpus-wide names, their conflicts, the review marks;
    reprint groups are known for stored articles (their texts are in the store)."""
    from .canon import corpus_names
    from .documents import read_documents
    from .reconcile import reconcile

    marks: dict = {}
    groups: dict = {}
    stored: dict = {}
    if source == "-":
        documents = list(read_documents(sys.stdin))
    else:
        with open_store(db_path, read_only=True) as store:
            documents = list(store.documents())
            marks = store.reviews()
            groups = store.reprint_groups()
            if texts:
                stored = {d["doc"]: t for d in documents if (t := store.text(d["doc"])) is not None}
    names = corpus_names(documents)
    return Loaded(
        documents, names, reconcile(documents, canonical=names, groups=groups), marks, groups, stored
    )


def _select_conflicts(documents, names, found, marks, kind, min_severity, entity, frame, show_all):
    """The conflicts the filters keep, with their review marks (dismissed ones unless ``show_all``), and
    how many dismissed ones were hidden."""
    from .query import check_frame, document_entity_rows, entity_spellings, find_entity
    from .reconcile import filter_conflicts
    from .reviews import apply_reviews

    if frame:
        check_frame(frame, (c.get("frame") for d in documents for c in d.get("claims") or []))
    wanted = find_entity(entity, entity_spellings(document_entity_rows(documents), names)) if entity else None
    selected = filter_conflicts(
        found, kind=kind or None, min_severity=min_severity, entity=wanted, frame=frame
    )
    return apply_reviews(selected, marks, show_all)


@cli.command()
@click.argument("source", required=False, type=click.Choice(["-"]))
@conflict_filters
@click.option(
    "--explain",
    "explain_id",
    metavar="ID",
    help="Show one conflict (any unique id prefix) with its sentences.",
)
@output_options
@db_option
@handle_errors
def conflicts(
    source, kind, min_severity, entity, frame, explain_id, show_all, fmt, no_headers, db_path
) -> None:
    """Where the articles disagree: from the store, or from `factx extract --json` output on stdin (-).

    Conflicts dismissed with `factx review` are hidden unless --all; confirmed ones are marked.

    Example:

        factx extract seeds/ --json | factx conflicts - --json
    """
    from .query import find_conflict
    from .reviews import apply_reviews

    documents, names, found, marks, groups, _ = _load_conflicts(source, db_path)
    sources = _source_names(documents, groups)
    if explain_id:
        (one,), _ = apply_reviews([find_conflict(found, explain_id)], marks, show_all=True)
        if fmt == "table":
            from .render import claims_index, explain

            explain(one, claims_index(documents))
        else:
            _emit_conflicts(fmt, [one], documents, no_headers, sources)
        return
    shown, hidden = _select_conflicts(
        documents, names, found, marks, kind, min_severity, entity, frame, show_all
    )
    _emit_conflicts(fmt, shown, documents, no_headers, sources)
    msgs = Messages()
    if not shown and (kind or min_severity or entity or frame):
        _say_nothing_matched(
            "conflict", kind=",".join(kind), min_severity=min_severity, entity=entity, frame=frame
        )
    if fmt == "table":
        more = f"; {hidden} dismissed, hidden (--all shows them)" if hidden else ""
        msgs.info(f"{len(shown)} conflict(s) across {len(documents)} article(s){more}")


def _source_names(documents: list[dict], groups: dict) -> dict[str, str]:
    """doc -> how tables name it, where known: its reprint group, else its outlet and date."""
    from .sources import display_name

    return {
        d["doc"]: groups[d["doc"]][1] if d["doc"] in groups else display_name(d)
        for d in documents
        if d["doc"] in groups or d.get("source")
    }


def _emit_conflicts(
    fmt: str, shown: list[dict], documents: list[dict], no_headers: bool, names: dict[str, str]
) -> None:
    from .display import legend
    from .output import emit
    from .render import claims_index, conflict_columns, conflict_rows

    rows = conflict_rows(shown, claims_index(documents), names)
    columns = conflict_columns(with_review=fmt != "table" or any(c.get("review") for c in shown))
    emit(
        fmt, columns, rows, objects=shown, no_headers=no_headers, legend=legend(r["positions"] for r in rows)
    )


# -- review ---------------------------------------------------------------------------------------------------


@cli.command()
@click.argument("conflict_id", required=False)
@click.option("--dismiss", is_flag=True, help="Not a real disagreement: hide it from `factx conflicts`.")
@click.option("--confirm", is_flag=True, help="A real disagreement, checked: mark it in `factx conflicts`.")
@click.option("--clear", is_flag=True, help="Remove the mark.")
@click.option("--note", help="Why (kept with the mark, shown by `factx conflicts`).")
@output_options
@db_option
@handle_errors
def review(conflict_id, dismiss, confirm, clear, note, fmt, no_headers, db_path) -> None:
    """Record a verdict on a conflict, by its id (any unique prefix), or list the verdicts (no id).

    Marks are kept by the conflict's stable id, so they survive re-extraction.

    Example:

        factx review e8675b36 --dismiss --note "the rumour was about the 2019 deal"
    """
    from .query import find_conflict
    from .reconcile import reconcile
    from .render import fact

    chosen = [name for name, on in (("dismiss", dismiss), ("confirm", confirm), ("clear", clear)) if on]
    if len(chosen) > 1:
        raise OneLineUsageError(f"--{' and --'.join(chosen)} are mutually exclusive")
    if conflict_id is None and (chosen or note):
        raise OneLineUsageError("name the conflict: factx review ID --dismiss|--confirm|--clear")
    if conflict_id is not None and not chosen:
        raise OneLineUsageError("say what to record: --dismiss, --confirm or --clear")
    if note is not None and clear:
        raise OneLineUsageError("--note goes with --dismiss or --confirm")
    with open_store(db_path) as store:
        current = reconcile(list(store.documents()), groups=store.reprint_groups())
        marks = store.reviews()
        if conflict_id is None:
            return _list_reviews(marks, current, fmt, no_headers)
        known = current + [{"id": i, "frame": None} for i in marks if i not in {c["id"] for c in current}]
        c = find_conflict(known, conflict_id)
        about = fact(c) if c.get("frame") else (marks.get(c["id"]) or {}).get("fact") or ""
        if clear:
            if not store.clear_review(c["id"]):
                raise OneLineError(f"{c['id']} ({about}) has no review mark")
            Messages().info(f"{c['id']} ({about}): mark cleared")
            return
        verdict = "dismissed" if dismiss else "confirmed"
        store.set_review(c["id"], verdict, note, about)
    effect = (
        "hidden by `factx conflicts` (--all shows it)" if dismiss else "marked confirmed in `factx conflicts`"
    )
    Messages().info(f"{c['id']} ({about}): {verdict}; {effect}")


def _list_reviews(marks: dict, current: list[dict], fmt: str, no_headers: bool) -> None:
    from .output import Column, emit

    present = {c["id"] for c in current}
    rows = [
        {
            "id": i,
            **m,
            "reviewed_at": (m.get("reviewed_at") or "")[:16].replace("T", " "),
            "present": i in present,
        }
        for i, m in marks.items()
    ]
    columns = [
        Column("id", "id"),
        Column("verdict", "id"),
        Column("fact"),
        Column("note"),
        Column("reviewed_at", "number", header="reviewed"),
        Column("present", "id"),
    ]
    emit(fmt, columns, rows, no_headers=no_headers)
    if not rows:
        Messages().info("no review marks yet (factx review ID --dismiss|--confirm)")


# -- report ---------------------------------------------------------------------------------------------------


@cli.command()
@click.argument("source", required=False, type=click.Choice(["-"]))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default="factx-report.html",
    show_default=True,
    help="The HTML file to write.",
)
@conflict_filters
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")
@db_option
@handle_errors
def report(source, output, kind, min_severity, entity, frame, show_all, open_browser, db_path) -> None:
    """One self-contained HTML page: overview, a section per conflict, the sources highlighted.

    From the store, or from `factx extract --json` output on stdin (-); the same filters as `conflicts`.
    The page makes no request and runs no script but its own: it opens offline and forwards as one file.

    Example:

        factx extract seeds/ && factx report -o report.html
    """
    from .report import article_texts, build_report, render_report, write_report

    documents, names, found, marks, groups, stored = _load_conflicts(source, db_path, texts=True)
    if not documents:
        where = "stdin" if source == "-" else "the store"
        raise FactxError(f"no articles in {where}: run factx extract first")
    shown, hidden = _select_conflicts(
        documents, names, found, marks, kind, min_severity, entity, frame, show_all
    )
    filters = {
        "kind": list(kind),
        "min_severity": min_severity,
        "entity": entity,
        "frame": frame,
        "all": show_all,
    }
    model = build_report(
        documents,
        shown,
        texts=article_texts(documents, stored),
        canonical=names,
        filters=filters,
        hidden=hidden,
        groups=groups,
    )
    try:
        write_report(output, render_report(model))
    except OSError as e:
        raise FactxError(f"{output}: cannot write the report ({e.strerror or e})") from e
    uri = output.resolve().as_uri()
    more = f"; {hidden} dismissed, left out (--all keeps them)" if hidden else ""
    click.echo(
        one_line(f"{output}: {len(shown)} conflict(s) across {len(documents)} article(s){more}"), err=True
    )
    click.echo(visible(uri), err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(uri)


# -- docs and entities ----------------------------------------------------------------------------------------


@cli.command()
@output_options
@db_option
@handle_errors
def docs(fmt, no_headers, db_path) -> None:
    """Stored articles with their date, outlet, reprint group and how many entities, amounts, dates and
    claims each holds."""
    from .output import Column, emit
    from .render import ARTICLE_COLUMNS, article_rows

    with open_store(db_path, read_only=True) as store:
        stored = store.articles()
    rows = article_rows([(r, r["extracted_at"][:10]) for r in stored], "extracted")
    for row, r in zip(rows, stored, strict=True):
        row.update(source=r["source"] or "", reprint_group=r["reprint_label"] or "")
    columns = [
        *ARTICLE_COLUMNS,
        Column("source"),
        Column("reprint_group", header="reprint group"),
        Column("extracted", "number"),
    ]
    emit(fmt, columns, rows, objects=stored, no_headers=no_headers)
    if not stored:
        Messages().info("the store holds no articles yet (factx extract ARTICLES...)")


# -- forget ---------------------------------------------------------------------------------------------------


@cli.command()
@click.argument("docs", nargs=-1, required=True)
@click.option("--dry-run", is_flag=True, help="List what would be removed; remove nothing.")
@db_option
@handle_errors
def forget(docs, dry_run, db_path) -> None:
    """Remove stored articles and all that was derived from them (claims, entities, reprint groups).

    DOC is a stored name, a basename or a glob ('seeds/*', '*.html'). Everything is removed in one
    transaction.

    Example:

        factx forget notes.txt 'brouillons/*' --dry-run
    """
    with open_store(db_path) as store:
        matched = store.match_docs(list(docs))
        unmatched = [p for p, found in matched.items() if not found]
        if unmatched:
            raise FactxError(
                f"no stored article matches {', '.join(map(repr, unmatched))} (factx docs lists them)"
            )
        chosen = sorted({d for found in matched.values() for d in found})
        removed = store.forget(chosen, dry_run=dry_run)
    verb = "would remove" if dry_run else "removed"
    for d in chosen:
        click.echo(f"{verb}: {visible(d)}")
    Messages().info(
        f"{verb} {removed['articles']} article(s), {removed['claims']} claim(s), "
        f"{removed['entities']} entity mention(s); store: {store.path}"
    )


@cli.command()
@click.option("--label", type=click.Choice(LABELS), help="Only this label.")
@output_options
@db_option
@handle_errors
def entities(label, fmt, no_headers, db_path) -> None:
    """Canonical names across the stored articles: label, spellings seen, articles and mentions."""
    from .canon import corpus_names
    from .output import Column, emit
    from .store import aggregate_entities

    with open_store(db_path, read_only=True) as store:
        raw = store.entity_rows()
    found = aggregate_entities(raw, corpus_names([{"entities": raw}]))
    if label:
        found = [r for r in found if r["label"] == label]
    rows = [{**r, "entity": r["canonical"], "aliases": ", ".join(r["aliases"])} for r in found]
    columns = [
        Column("entity"),
        Column("label", "id"),
        Column("aliases"),
        Column("articles", "number"),
        Column("mentions", "number"),
    ]
    emit(fmt, columns, rows, objects=found, no_headers=no_headers)
    if not found:
        _say_nothing_matched("entity", label=label)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
