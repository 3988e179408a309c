"""Rich rendering of conflicts: the table and the --explain view with each side's sentence."""

from __future__ import annotations

from .output import stdout_console, table


def _fact(c: dict) -> str:
    who = " → ".join(x for x in (c.get("subject"), c.get("object")) if x)
    period = f" ({c['period']})" if c.get("period") else ""
    return f"{c['frame']}: {who or '?'}{period}"


def _sources(side: dict) -> str:
    docs: list[str] = []
    for cl in side["claims"]:
        if cl["doc"] not in docs:
            docs.append(cl["doc"])
    return ", ".join(docs)


def conflicts_table(conflicts: list[dict]) -> None:
    rows = []
    for c in conflicts:
        rows.append(
            (
                c["id"][:8],
                _fact(c),
                "\n".join(s["label"] for s in c["sides"]),
                "\n".join(_sources(s) for s in c["sides"]),
                c["kind"],
                c["severity"],
            )
        )
    table(
        None,
        [
            ("id", {"no_wrap": True}),
            ("fact", {}),
            ("positions", {}),
            ("sources", {"overflow": "fold"}),
            ("kind", {}),
            ("severity", {}),
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
