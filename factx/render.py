"""Rich rendering of conflicts: the table and the --explain view with each side's sentence."""

from __future__ import annotations

from pathlib import PurePath

from .output import stdout_console, table


def _fact(c: dict) -> str:
    who = " → ".join(x for x in (c.get("subject"), c.get("object")) if x)
    period = f" ({c['period']})" if c.get("period") else ""
    return f"{c['frame']}: {who or '?'}{period}"


def _sources(side: dict, names: dict[str, str] | None = None) -> str:
    # outlets (or reprint groups) where known, else file names, not paths, to keep the table readable;
    # --json and --explain give the docs in full
    docs: list[str] = []
    for cl in side["claims"]:
        name = (names or {}).get(cl["doc"]) or PurePath(cl["doc"]).name or cl["doc"]
        if name not in docs:
            docs.append(name)
    return ", ".join(docs)


def conflicts_table(conflicts: list[dict], names: dict[str, str] | None = None) -> None:
    """``names``: doc -> how to name it (its outlet and date, its reprint group)."""
    rows = []
    for c in conflicts:
        positions = "\n".join(f"{s['label']}: {_sources(s, names)}" for s in c["sides"])
        rows.append((c["id"], _fact(c), c["kind"], c["severity"], positions))
    table(
        None,
        [
            ("id", {"no_wrap": True}),
            ("fact", {}),
            ("kind", {}),
            ("severity", {}),
            ("positions: articles", {"overflow": "fold"}),
        ],
        rows,
    )


def explain(c: dict) -> None:
    """One conflict: the fact, the explanation, then each side with its sentences, the compared text highlighted."""
    from rich.markup import escape
    from rich.text import Text

    console = stdout_console()
    console.print(Text(f"{_fact(c)} — {c['kind']}, severity {c['severity']}", style="bold"))
    console.print(escape(c["explanation"]))
    for side in c["sides"]:
        console.print()
        console.print(Text(side["label"], style="bold"))
        for cl in side["claims"]:
            sentence = Text(cl["sentence"])
            sentence.highlight_words([cl["text"]], style="bold reverse", case_sensitive=True)
            console.print(Text(f"  {cl['doc']}: ", style="dim") + sentence)
