"""Output: tables for people (rich), JSON Lines, CSV and TSV for programs, messages on stderr.

Every listing command takes the same format options (:func:`output_options`, after sqlite-utils'
``output_options``): a table by default, ``--json`` (JSON Lines per the contract), ``--csv`` or ``--tsv``
with the table's columns plus ids. Tables fit the width: numbers and ids never wrap, text folds at word
boundaries and never inside a number ("10 000 000", "10 Md$"); output that is not a terminal follows
``COLUMNS`` when set, else :data:`PIPE_WIDTH`.

rich is imported only when a table is drawn, so `factx --help` and `--json` runs don't pay for it.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING, Any, Literal

import click

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

# Characters str.splitlines() (and JavaScript) take for line breaks that JSON leaves raw: escaped so that one
# object stays one line for every reader of JSON Lines.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})

PIPE_WIDTH = 120  # a table piped to a file or pager, when COLUMNS does not say: fits most screens

# Text rendered for people (tables, --explain, messages) never carries a control character to the terminal:
# an article's "\x1b[2J" would clear the screen, an unterminated OSC title swallow the rows after it, an OSC 8
# link point anywhere, a bidi override reorder what is shown. C0 controls (but line feed and tab) become their
# visible Control Pictures (ESC shows as "␛"), DEL "␡"; C1 controls, bidi embeddings, overrides and isolates,
# and lone surrogates (unencodable) "�". One character for one, so offsets into the text still hold. JSON,
# CSV and TSV stay exact.
_VISIBLE = str.maketrans(
    {
        **{c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)},
        0x7F: 0x2421,
        **dict.fromkeys(range(0x80, 0xA0), 0xFFFD),
        **dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)], 0xFFFD),
        **dict.fromkeys(range(0xD800, 0xE000), 0xFFFD),
    }
)
MAX_MESSAGE = 1000  # characters of one message line: a data file's error must not print 300 MB


def visible(text: str) -> str:
    """``text`` safe to print on a terminal, character for character (see :data:`_VISIBLE`)."""
    return text.translate(_VISIBLE)


def one_line(message: str, limit: int = MAX_MESSAGE) -> str:
    """A message as one visible line of at most ``limit`` characters."""
    line = visible(" ".join(str(message).split()))
    return line if len(line) <= limit else line[: limit - 1] + "…"


FORMATS = ("table", "json", "csv", "tsv")


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).translate(_LINE_BREAKS)


def echo_jsonl(obj: Any) -> None:
    click.echo(dumps(obj))


# -- the format options ---------------------------------------------------------------------------------------


def output_options(fn: Callable) -> Callable:
    """Adds --json, --csv, --tsv and --no-headers; the command receives ``fmt`` ("table", "json", "csv" or
    "tsv") and ``no_headers``."""

    @click.option(
        "--json", "as_json", is_flag=True, help="JSON Lines per the factx contract, one object a line."
    )
    @click.option("--csv", "as_csv", is_flag=True, help="CSV: the table's columns plus ids.")
    @click.option("--tsv", "as_tsv", is_flag=True, help="Tab-separated: the table's columns plus ids.")
    @click.option("--no-headers", is_flag=True, help="CSV/TSV without the header row.")
    @functools.wraps(fn)
    def wrapper(*args, as_json: bool, as_csv: bool, as_tsv: bool, **kwargs):
        chosen = [f for f, on in (("json", as_json), ("csv", as_csv), ("tsv", as_tsv)) if on]
        if len(chosen) > 1:
            raise click.UsageError(f"--{' and --'.join(chosen)} are mutually exclusive: choose one format")
        return fn(*args, fmt=chosen[0] if chosen else "table", **kwargs)

    return wrapper


@dataclass(frozen=True)
class Column:
    """One column of a listing. ``kind``: "text" folds at word boundaries, "number" is right-aligned and
    never wraps, "id" never wraps. ``table=False`` columns (ids) appear in CSV/TSV only."""

    name: str
    kind: Literal["text", "number", "id"] = "text"
    table: bool = True
    csv: bool = True
    key: str | None = None  # the row's key, when not the name
    header: str | None = None  # the table's header, when not the name

    def get(self, row: Mapping[str, Any]) -> Any:
        return row.get(self.key or self.name)


def emit(
    fmt: str,
    columns: Sequence[Column],
    rows: Sequence[Mapping[str, Any]],
    objects: Iterable[Any] | None = None,
    no_headers: bool = False,
    legend: str | None = None,
    group: str | None = None,
) -> None:
    """Print a listing: ``rows`` (dicts by column name) as a table, CSV or TSV, or ``objects`` (the
    contract's JSON, default the rows) as JSON Lines. ``legend`` goes under a table."""
    if fmt == "json":
        for obj in rows if objects is None else objects:
            echo_jsonl(obj)
    elif fmt in ("csv", "tsv"):
        cols = [c for c in columns if c.csv]
        write_csv(cols, rows, delimiter="," if fmt == "csv" else "\t", headers=not no_headers)
    else:
        if rows:
            table([c for c in columns if c.table], rows, group=group)
            if legend:
                print_text(legend, style="dim")


def csv_value(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return getattr(v, "plain", v) if not isinstance(v, (int, float)) else str(v)


def write_csv(
    columns: Sequence[Column], rows: Iterable[Mapping[str, Any]], delimiter: str, headers: bool
) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    if headers:
        writer.writerow([c.name for c in columns])
    for row in rows:
        writer.writerow([csv_value(c.get(row)) for c in columns])
        click.echo(buf.getvalue(), nl=False)
        buf.seek(0)
        buf.truncate()
    click.echo(buf.getvalue(), nl=False)


# -- messages -------------------------------------------------------------------------------------------------


class Messages:
    """Warnings and errors on stderr, one line each; routed through the progress bar's console when one is up."""

    def __init__(self) -> None:
        self.progress = None

    def warn(self, msg: str) -> None:
        self._out(f"warning: {msg}")

    def error(self, msg: str) -> None:
        self._out(f"error: {msg}")

    def info(self, msg: str) -> None:
        self._out(msg)

    def _out(self, line: str) -> None:
        line = one_line(line)  # one visible line, whatever the message held
        if self.progress is not None:
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(line, err=True)


def progress_bar(total: int | None):
    """A transient progress bar on stderr (rich hides animations when stderr is not a terminal)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


# -- tables that fit --------------------------------------------------------------------------------------------


def stdout_console() -> Console:
    """rich reads the terminal's width, or COLUMNS when set; off a terminal without COLUMNS, PIPE_WIDTH."""
    from rich.console import Console

    env_width = os.environ.get("COLUMNS", "").strip().isdigit()
    return Console(highlight=False, width=None if sys.stdout.isatty() or env_width else PIPE_WIDTH)


def _breakable(s: str, i: int) -> bool:
    """A line may break at an ordinary space, unless it follows a digit: "10 000 000", "10 milliards" and
    "2 000 postes" stay whole. No-break spaces (U+00A0, U+202F) never break."""
    return s[i] == " " and not (i > 0 and s[i - 1].isdigit())


def _words(s: str) -> list[tuple[int, int]]:
    """(start, end) of the unbreakable runs of one line."""
    out, start = [], None
    for i in range(len(s) + 1):
        if i == len(s) or _breakable(s, i):
            if start is not None:
                out.append((start, i))
                start = None
        elif start is None:
            start = i
    return out


def measure(text: str) -> tuple[int, int]:
    """(longest unbreakable run, longest line) in terminal cells."""
    from rich.cells import cell_len

    lines = text.split("\n")
    longest_word = max((cell_len(line[a:b]) for line in lines for a, b in _words(line)), default=0)
    return longest_word, max(cell_len(line) for line in lines)


def wrap(text: Text, width: int) -> list[Text]:
    """The lines of ``text`` at ``width``: breaks only where :func:`_breakable` allows, a run longer than the
    width cut into pieces (the last resort of a very narrow column), styles kept."""
    from rich.cells import cell_len

    width = max(1, width)
    out: list[Text] = []
    for line in text.split("\n", allow_blank=True):
        plain = line.plain
        pre = list(accumulate((cell_len(ch) for ch in plain), initial=0))  # cells before each index
        offsets: list[int] = []
        line_start = 0  # where the current output line starts in ``plain``
        for start, end in _words(plain):
            if pre[end] - pre[line_start] <= width:
                continue
            if start > line_start and plain[line_start:start].strip():
                offsets.append(start)  # the word goes to the next line
                line_start = start
            while pre[end] - pre[line_start] > width:  # a run that fits no line is cut
                cut = bisect_right(pre, pre[line_start] + width) - 1
                line_start = max(line_start + 1, cut)
                offsets.append(line_start)
        pieces = line.divide(offsets) if offsets else [line]
        for piece in pieces:
            piece.rstrip()
            out.append(piece)
    return out


class Cell:
    """A table cell (or a paragraph) that wraps by :func:`wrap`'s rules."""

    def __init__(self, text: Text | str, style: str = "") -> None:
        from rich.text import Text

        if isinstance(text, Text):
            self.text = text.copy()
            self.text.plain = visible(text.plain)  # same length: the styles' spans hold
        else:
            self.text = Text(visible(str(text)), style=style)

    def __rich_measure__(self, console, options):
        from rich.measure import Measurement

        low, high = measure(self.text.plain)
        return Measurement(low, high).with_maximum(options.max_width)

    def __rich_console__(self, console, options):
        for line in wrap(self.text, options.max_width):
            line.no_wrap = True
            line.overflow = "crop"
            yield line


FOLD_FLOOR = 8  # a text column is never made narrower than this, even when the table does not fit


def allocate(mins: list[int], maxs: list[int], shrinkable: list[bool], avail: int) -> list[int]:
    """Column widths within ``avail``: each column at its widest, then the widest text columns narrowed
    toward their longest word, and only if that is not enough, narrower still (words get cut)."""
    widths = list(maxs)
    excess = sum(widths) - avail
    for floor in (mins, [FOLD_FLOOR] * len(mins)):
        while excess > 0:
            cands = [i for i, w in enumerate(widths) if shrinkable[i] and w > floor[i]]
            if not cands:
                break
            i = max(cands, key=lambda k: widths[k])
            runner_up = max((widths[k] for k in cands if k != i), default=0)
            target = max(floor[i], runner_up, widths[i] - excess)
            target = min(target, widths[i] - 1)
            excess -= widths[i] - target
            widths[i] = target
    return widths


def table(
    columns: Sequence[Column],
    rows: Sequence[Mapping[str, Any]],
    console: Console | None = None,
    group: str | None = None,
) -> None:
    """Print rows as a table that fits the console's width (cells are plain text or rich Text: never markup).

    ``group`` names a row key (not a column) whose value heads each run of rows: one heading per article
    instead of a column repeating it, with the same column widths all the way down.
    """
    from rich.table import Table
    from rich.text import Text

    console = console or stdout_console()
    cells = [[_as_text(c.get(row)) for c in columns] for row in rows]
    mins, maxs, shrinkable = [], [], []
    for k, col in enumerate(columns):
        word, line = measure(col.header or col.name)
        for r in cells:
            w, ln = measure(r[k].plain)
            word, line = max(word, w), max(line, ln)
        fixed = col.kind != "text"
        mins.append(line if fixed else word)
        maxs.append(line)
        shrinkable.append(not fixed)
    gaps = 2 * (len(columns) - 1)
    widths = allocate(mins, maxs, shrinkable, max(len(columns), console.width - gaps))

    def new_table(header: bool) -> Table:
        t = Table(box=None, header_style="bold", pad_edge=False, show_edge=False, show_header=header)
        for col, width in zip(columns, widths, strict=True):
            t.add_column(
                col.header or col.name,
                width=width,
                no_wrap=col.kind != "text",
                justify="right" if col.kind == "number" else "left",
                overflow="ellipsis" if col.kind != "text" else "fold",
            )
        return t

    parts: list[Any] = []
    current: Table | None = None
    heading: Any = object()
    for row, r in zip(rows, cells, strict=True):
        if group is not None and row.get(group) != heading:
            heading = row.get(group)
            if current is None:
                parts.append(new_table(header=True))  # the header alone, above the first heading
            parts.append(Cell(Text(str(heading), style="bold underline")))
            current = None
        if current is None:
            current = new_table(header=group is None and not parts)
            parts.append(current)
        current.add_row(*(Cell(c) if col.kind == "text" else c for c, col in zip(r, columns, strict=True)))
    _print(console, parts)


def _print(console: Console, renderables: Sequence[Any]) -> None:
    """Print; off a terminal, without the spaces rich pads the last column with (they'd end every line)."""
    if console.is_terminal:
        for r in renderables:
            console.print(r)
        return
    with console.capture() as captured:
        for r in renderables:
            console.print(r)
    click.echo("\n".join(line.rstrip() for line in captured.get().rstrip("\n").split("\n")))


def print_text(text: Text | str, style: str = "", console: Console | None = None, indent: int = 0) -> None:
    """A paragraph wrapped like a table cell (never inside a number)."""
    from rich.padding import Padding

    console = console or stdout_console()
    cell = Cell(text, style=style)
    _print(console, [Padding(cell, (0, 0, 0, indent)) if indent else cell])


def _as_text(v: Any) -> Text:
    from rich.text import Text

    if isinstance(v, Text):
        out = v.copy()
        out.plain = visible(v.plain)
        return out
    if v is None or v is False:
        return Text("")
    if v is True:
        return Text("yes")
    return Text(visible(str(v)))
