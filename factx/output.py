"""Output: JSON Lines for programs (plain click.echo, no rich), rich tables for people, messages on stderr.

rich is imported only when a table is drawn, so `factx --help` and `--json` runs don't pay for it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import click

# Characters str.splitlines() (and JavaScript) take for line breaks that JSON leaves raw: escaped so that one
# object stays one line for every reader of JSON Lines.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).translate(_LINE_BREAKS)


def echo_jsonl(obj: Any) -> None:
    click.echo(dumps(obj))


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
        line = " ".join(line.split())  # one line, whatever the message held
        if self.progress is not None:
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(line, err=True)


PIPE_WIDTH = 160  # rich assumes 80 columns off a terminal; tables piped to a file or pager read better wider


def stdout_console():
    from rich.console import Console

    return Console(highlight=False, width=None if sys.stdout.isatty() else PIPE_WIDTH)


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


def table(title: str | None, columns: Sequence[tuple[str, dict]], rows: Iterable[Sequence[Any]]) -> None:
    """Print a rich table on stdout; cells are escaped (article text may contain [markup])."""
    from rich.markup import escape
    from rich.table import Table

    t = Table(title=title, box=None, header_style="bold", pad_edge=False)
    for name, opts in columns:
        t.add_column(name, **opts)
    for row in rows:
        t.add_row(*(c if hasattr(c, "__rich__") else escape("" if c is None else str(c)) for c in row))
    stdout_console().print(t)


def fmt_number(x: float | None) -> str:
    if x is None:
        return ""
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", "\u202f")
    return f"{x:,.2f}".replace(",", "\u202f").replace(".", ",")


def fmt_amount(a: dict | None) -> str:
    """'10 000 000 000 USD', '≥ 2 000 000 000 USD ~', '[10, 20] EUR'."""
    if not a:
        return ""
    unit = a.get("unit") or ""
    if a.get("value") is not None:
        s = fmt_number(a["value"])
    elif a.get("low") is not None and a.get("high") is not None:
        s = f"{fmt_number(a['low'])}–{fmt_number(a['high'])}"
    elif a.get("low") is not None:
        s = f"> {fmt_number(a['low'])}"
    elif a.get("high") is not None:
        s = f"< {fmt_number(a['high'])}"
    else:
        s = "?"
    s = f"{s} {unit}".strip()
    return f"~{s}" if a.get("approx") else s
