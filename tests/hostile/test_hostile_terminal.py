"""Issue 13, "the terminal": nothing an article, a name or a file name holds reaches the terminal raw, in any
table, detail view or message; JSON stays exact. SIGTERM ends a --jobs run in one line."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner
from conftest import SEEDS, jsonl
from stub import Claim, money

from factx.cli import cli
from factx.output import visible

# What must never be printed for people: C0 controls but tab and line feed, DEL, C1 controls, bidi
# embeddings, overrides and isolates.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

CLEAR = "\x1b[2J"
TITLE = "\x1b]0;pwned"  # an OSC title never terminated: a terminal would swallow what follows
LINK = "\x1b]8;;file:///etc/passwd\x07voir\x1b]8;;\x07"
BIDI = "\u202egpj.exe"
CSI = "\x9b31m"


def run(*args, input=None, width=120):
    return CliRunner().invoke(cli, list(args), input=input, env={"COLUMNS": str(width)})


@pytest.fixture
def hostile(stub, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    texts = {
        f"a{CLEAR}.txt": f"Carrefour{CLEAR} rachète Cora{TITLE} pour 1 milliard d'euros {LINK}.\n",
        f"b{BIDI}.txt": f"Selon nos informations, Carrefour{CLEAR} paierait 2 milliards d'euros pour Cora{TITLE}. {BIDI}\n",
        "c.txt": f"Carrefour{CLEAR} a racheté Cora{TITLE} pour 3 milliards d'euros {CSI}.\n",
    }
    amounts = ["1 milliard d'euros", "2 milliards d'euros", "3 milliards d'euros"]
    for (name, text), amount, k in zip(texts.items(), amounts, range(3), strict=True):
        (folder / name).write_text(text, encoding="utf-8")
        stub.add(
            name,
            Claim(
                "acquisition",
                f"Carrefour{CLEAR}",
                f"Cora{TITLE}",
                amount,
                money((k + 1) * 1e9),
                hedged=k == 1,
            ),
        )
    (folder / f"bad{CLEAR}.txt").write_bytes(b"%PDF-1.4" + bytes(range(256)))  # its error names it
    return folder


def assert_visible(*outputs: str) -> None:
    for out in outputs:
        found = RAW.findall(out)
        assert not found, f"raw {found[:3]!r} in {out[:200]!r}"


def test_tables_explain_and_messages_show_nothing_raw(hostile):
    first = run("extract", str(hostile))
    assert first.exit_code == 1  # the PDF
    assert_visible(first.stdout, first.stderr)
    assert "␛[2J" in first.stdout + first.stderr  # made visible, not dropped
    outputs = []
    for args in (
        ["claims"],
        ["claims", "--sentences"],
        ["conflicts"],
        ["docs"],
        ["entities"],
        ["review"],
        ["claims", "--entity", f"Nothing{CLEAR}"],
        ["claims", "--doc", f"x{BIDI}"],
    ):
        result = run(*args)
        outputs.append((args, result))
        assert_visible(result.stdout, result.stderr)
    conflict, *_ = jsonl(run("conflicts", "--json").stdout)
    explained = run("conflicts", "--explain", conflict["id"])
    assert explained.exit_code == 0
    assert_visible(explained.stdout, explained.stderr)
    assert "Cora␛]0;pwned" in explained.stdout
    forgotten = run("forget", f"b{BIDI}.txt", "--dry-run")
    assert_visible(forgotten.stdout, forgotten.stderr)
    assert "b\ufffdgpj.exe" in forgotten.stdout


def test_json_and_csv_stay_exact(hostile):
    run("extract", str(hostile))
    claims = jsonl(run("claims", "--json").stdout)
    assert {c["subject"]["canonical"] for c in claims} == {f"Carrefour{CLEAR}"}
    assert any(LINK in c["sentence"] for c in claims)
    csv_out = run("claims", "--csv").stdout
    assert TITLE in csv_out  # CSV is for programs: exact


def test_errors_show_nothing_raw(tmp_path):
    name = f"no{CLEAR}such{BIDI}.txt"
    result = run("extract", str(tmp_path / name))
    assert result.exit_code == 2
    assert_visible(result.stderr)
    bad_id = run("conflicts", "--explain", f"zz{CLEAR}", "--db", str(tmp_path / "nostore.db"))
    assert_visible(bad_id.stderr)


def test_visible_is_one_character_for_one():
    text = f"a{CLEAR}b{TITLE}c{LINK}d{BIDI}e{CSI}\ud800\tf\ng"
    out = visible(text)
    assert len(out) == len(text)
    assert not RAW.findall(out) and out.endswith("\tf\ng")


# -- SIGTERM on a --jobs 2 run --------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="signals to a process group")
def test_sigterm_on_a_jobs_run_is_one_line(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):
        for seed in SEEDS.glob("*.txt"):
            shutil.copy(seed, corpus / f"{i:02d}_{seed.name}")
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "factx", "extract", str(corpus), "--jobs", "2", "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.time() + 180
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.3)
        try:
            with sqlite3.connect(db, timeout=5) as conn:
                if conn.execute("SELECT count(*) FROM articles").fetchone()[0] >= 2:
                    break
        except sqlite3.OperationalError:
            continue
    assert proc.poll() is None, "the run ended before it could be stopped"
    os.killpg(proc.pid, signal.SIGTERM)  # as `kill -TERM -PGID`, systemd or a container stop do
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert err == "error: terminated; articles already written are complete in the store\n"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
