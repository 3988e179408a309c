"""factx command line: options in, library call, render out. spaCy, dateparser and rich load inside commands."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from .errors import FactxError
from .output import Messages, echo_jsonl

SEVERITIES = ("low", "medium", "high")
KINDS = ("contradiction", "vague_vs_precise", "hedged_vs_asserted", "bound_violation", "other")
# The columns `extract` and `docs` share: an article and what was found in it.
ARTICLE_COLUMNS = [
    ("article", {"overflow": "fold"}),
    ("date", {}),
    *((name, {"justify": "right"}) for name in ("entities", "amounts", "dates", "claims")),
]


class OneLineUsageError(click.UsageError):
    """A usage error shown as one line (click's default adds the usage text and a hint)."""

    def show(self, file=None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


def db_option(fn):
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar="FACTX_DB",
        help="SQLite store [env FACTX_DB; default .factx/factx.db]",
    )(fn)


def json_option(fn):
    return click.option(
        "--json", "as_json", is_flag=True, help="JSON Lines per the factx contract, one object per line."
    )(fn)


def handle_errors(fn):
    """Library errors become one line and exit 1; anything unexpected too, unless --debug asks for a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        debug = (click.get_current_context().find_root().params or {}).get("debug", False)
        try:
            return fn(*args, **kwargs)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except FactxError as e:
            if debug:
                raise
            click.echo(f"error: {e}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("error: interrupted; articles already written are complete in the store", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (factx ... | head): not an error
            sys.exit(0)
        except Exception as e:
            if debug:
                raise
            click.echo(
                f"error: internal error: {type(e).__name__}: {e} (run with --debug for a traceback)", err=True
            )
            sys.exit(1)

    return wrapper


def open_store(db_path: Path | None):
    from .store import Store

    return Store(db_path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factx")
@click.option("--debug", is_flag=True, help="Show a traceback when something fails.")
def cli(debug: bool) -> None:
    """Extract facts from French news articles and find where articles disagree.

    Example:

        factx extract seeds/ && factx conflicts
    """


# -- extract --------------------------------------------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@json_option
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
@db_option
@handle_errors
def extract(paths, as_json, force, doc_date, frames, jobs, dask_scheduler, dask_local, db_path) -> None:
    """Read articles (files, folders, or - for stdin), extract facts and store them.

    Folders are read recursively (*.txt, *.md, *.jsonl). JSON Lines hold one article per line:
    {"id": ..., "text": ..., "date": optional}.

    Example:

        factx extract seeds/ --json | factx conflicts - --json
    """
    from .extract import run_extract
    from .ingest import normalise_date

    for p in paths:
        if p != "-" and not Path(p).exists():
            raise OneLineUsageError(f"{p}: no such file or folder")
    if doc_date is not None and normalise_date(doc_date) is None:
        raise OneLineUsageError(f"--doc-date {doc_date!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    if dask_scheduler and dask_local:
        raise OneLineUsageError("--dask-scheduler and --dask-local are mutually exclusive")
    msgs = Messages()
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    with open_store(db_path) as store:
        report = run_extract(
            paths,
            store,
            msgs,
            stdin=stdin,
            force=force,
            doc_date=normalise_date(doc_date) if doc_date else None,
            frames=frames,
            jobs=jobs,
            dask_scheduler=dask_scheduler,
            dask_local=dask_local,
            on_document=echo_jsonl if as_json else None,
        )
    if not as_json:
        from .output import table

        table(
            None,
            [*ARTICLE_COLUMNS, ("status", {})],
            report.rows,
        )
    msgs.info(report.summary(store.path))
    if report.exit_code:
        sys.exit(report.exit_code)


# -- claims ---------------------------------------------------------------------------------------------------


@cli.command()
@click.option("--frame", help="Only this frame (investment, acquisition...).")
@click.option("--entity", help="Only claims whose subject or object is this canonical name.")
@click.option("--doc", help="Only claims of this article.")
@json_option
@db_option
@handle_errors
def claims(frame, entity, doc, as_json, db_path) -> None:
    """Stored claims: who did what, for how much, when, and how sure the article is.

    Example:

        factx claims --frame investment --entity Microsoft
    """
    from .output import fmt_amount, table

    with open_store(db_path) as store:
        found = list(store.claims(frame=frame, entity=entity, doc=doc))
    if as_json:
        for d, c in found:
            echo_jsonl({"doc": d, **c})
        return

    def name(m):
        return (m.get("canonical") or m.get("text")) if m else ""

    table(
        None,
        [
            ("frame", {}),
            ("subject", {}),
            ("object", {}),
            ("amount", {"justify": "right"}),
            ("date", {}),
            ("hedged", {}),
            ("article", {"overflow": "fold"}),
        ],
        [
            (
                c["frame"],
                name(c.get("subject")),
                name(c.get("object")) or name(c.get("value")),
                fmt_amount(c.get("amount")),
                (c.get("date") or {}).get("value") or "",
                ("not " if c.get("negated") else "") + ("hedged" if c.get("hedged") else ""),
                d,
            )
            for d, c in found
        ],
    )


# -- conflicts ------------------------------------------------------------------------------------------------


def _read_documents_stdin(msgs: Messages) -> list[dict]:
    import json

    docs = []
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            raise FactxError(f"stdin line {n}: not JSON ({e.msg})") from e
        if not isinstance(obj, dict) or "claims" not in obj or "doc" not in obj:
            raise FactxError(
                f"stdin line {n}: not a factx document (expected the output of factx extract --json)"
            )
        _check_document(obj, n)
        docs.append(obj)
    return docs


def _check_document(obj: dict, n: int) -> None:
    """The shapes the reconciler relies on; a wrong one is the input's fault, said in one line."""
    for field in ("claims", "entities"):
        items = obj.get(field, [])
        if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
            raise FactxError(f"stdin line {n}: {field!r} must be a list of objects")
    for c in obj["claims"]:
        amount = c.get("amount")
        bounds = (amount.get(k) for k in ("value", "low", "high")) if isinstance(amount, dict) else ()
        if amount is not None and (
            not isinstance(amount, dict)
            or any(b is not None and (isinstance(b, bool) or not isinstance(b, (int, float))) for b in bounds)
        ):
            raise FactxError(f"stdin line {n}: claim {c.get('id')!r} has a malformed amount")


def conflict_filters(fn):
    """The filters `conflicts` and `report` share."""
    for option in reversed(
        [
            click.option(
                "--kind", type=click.Choice(KINDS), multiple=True, help="Only these kinds (repeatable)."
            ),
            click.option(
                "--min-severity", type=click.Choice(SEVERITIES), help="Only conflicts at least this severe."
            ),
            click.option("--entity", help="Only facts about this canonical name (subject or object)."),
            click.option("--frame", help="Only this frame."),
        ]
    ):
        fn = option(fn)
    return fn


@cli.command()
@click.argument("source", required=False, type=click.Choice(["-"]))
@json_option
@conflict_filters
@click.option("--explain", "explain_id", metavar="ID", help="Show one conflict with each side's sentence.")
@db_option
@handle_errors
def conflicts(source, as_json, kind, min_severity, entity, frame, explain_id, db_path) -> None:
    """Where the articles disagree: from the store, or from `factx extract --json` output on stdin (-).

    Example:

        factx extract seeds/ --json | factx conflicts - --json
    """
    from .reconcile import filter_conflicts, reconcile

    msgs = Messages()
    if source == "-":
        documents = _read_documents_stdin(msgs)
    else:
        with open_store(db_path) as store:
            documents = list(store.documents())
    found = reconcile(documents, canonical=_corpus_names(documents))
    if explain_id:
        match = [c for c in found if c["id"] == explain_id or c["id"].startswith(explain_id)]
        if not match:
            raise FactxError(f"no conflict with id {explain_id}")
        if as_json:
            echo_jsonl(match[0])
        else:
            from .render import explain

            explain(match[0])
        return
    found = filter_conflicts(found, kind=kind or None, min_severity=min_severity, entity=entity, frame=frame)
    if as_json:
        for c in found:
            echo_jsonl(c)
        return
    from .render import conflicts_table

    conflicts_table(found)
    msgs.info(f"{len(found)} conflict(s) across {len(documents)} article(s)")


def _corpus_names(documents: list[dict]) -> dict[str, str] | None:
    try:
        from .canon import merge_names
    except ImportError:
        return None
    return merge_names([e for d in documents for e in d.get("entities", [])])


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
def report(source, output, kind, min_severity, entity, frame, open_browser, db_path) -> None:
    """One self-contained HTML page: overview, a section per conflict, the sources highlighted.

    From the store, or from `factx extract --json` output on stdin (-). The page makes no request and runs
    no script but its own: it can be opened offline and forwarded as one file.

    Example:

        factx extract seeds/ && factx report -o report.html
    """
    from .reconcile import filter_conflicts, reconcile
    from .report import article_texts, build_report, render_report, write_report

    if source == "-":
        documents = _read_documents_stdin(Messages())
    else:
        with open_store(db_path) as store:
            documents = list(store.documents())
    if not documents:
        where = "stdin" if source == "-" else "the store"
        raise FactxError(f"no articles in {where}: run factx extract first")
    canonical = _corpus_names(documents)
    found = reconcile(documents, canonical=canonical)
    found = filter_conflicts(found, kind=kind or None, min_severity=min_severity, entity=entity, frame=frame)
    model = build_report(
        documents,
        found,
        texts=article_texts(documents),
        canonical=canonical,
        filters={"kind": list(kind), "min_severity": min_severity, "entity": entity, "frame": frame},
    )
    try:
        write_report(output, render_report(model))
    except OSError as e:
        raise FactxError(f"{output}: cannot write the report ({e.strerror or e})") from e
    uri = output.resolve().as_uri()
    click.echo(f"{output}: {len(found)} conflict(s) across {len(documents)} article(s)", err=True)
    click.echo(uri, err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(uri)


# -- docs and entities ----------------------------------------------------------------------------------------


@cli.command()
@json_option
@db_option
@handle_errors
def docs(as_json, db_path) -> None:
    """Stored articles with their date and how many entities, amounts, dates and claims each holds."""
    with open_store(db_path) as store:
        rows = store.articles()
    if as_json:
        for r in rows:
            echo_jsonl(r)
        return
    from .output import table

    table(
        None,
        [*ARTICLE_COLUMNS, ("extracted", {})],
        [
            (
                r["doc"],
                r["date"] or "",
                r["n_entities"],
                r["n_amounts"],
                r["n_dates"],
                r["n_claims"],
                r["extracted_at"][:16].replace("T", " "),
            )
            for r in rows
        ],
    )


@cli.command()
@click.option("--label", type=click.Choice(["ORG", "PER", "LOC", "PRODUCT", "MISC"]), help="Only this label.")
@json_option
@db_option
@handle_errors
def entities(label, as_json, db_path) -> None:
    """Canonical names across the stored articles: label, spellings seen, articles and mentions."""
    from .store import aggregate_entities

    with open_store(db_path) as store:
        raw = store.entity_rows()
    rows = aggregate_entities(raw, _corpus_names([{"entities": raw}]))
    if label:
        rows = [r for r in rows if r["label"] == label]
    if as_json:
        for r in rows:
            echo_jsonl(r)
        return
    from .output import table

    table(
        None,
        [
            ("entity", {}),
            ("label", {}),
            ("aliases", {"overflow": "fold"}),
            ("articles", {"justify": "right"}),
            ("mentions", {"justify": "right"}),
        ],
        [(r["canonical"], r["label"], ", ".join(r["aliases"]), r["articles"], r["mentions"]) for r in rows],
    )


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
