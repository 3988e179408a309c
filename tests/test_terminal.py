"""One real terminal: `factx claims` and `factx conflicts` in a tmux pane 80, then 120 columns wide.

rich reads the width from the terminal itself there (no COLUMNS), and colours are on. Skipped, saying so,
where tmux is not installed (`apt-get install tmux`).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid

import pytest
from conftest import STORY
from stub import Claim, StubAnalyser, money

import factx
from factx.ingest import make_article

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None, reason="tmux is not installed (apt-get install tmux)"
)


@pytest.fixture
def store(tmp_path):
    stub = StubAnalyser()
    claims = {
        "lesechos.txt": Claim("acquisition", "Carrefour", "Cora", "1,05 milliard d'euros", money(1.05e9)),
        "humanite.txt": Claim(
            "acquisition",
            "Carrefour",
            "Cora",
            "près de 1,2 milliard d'euros",
            money(1.2e9, approx=True),
            hedged=True,
        ),
        "lemonde.txt": Claim("acquisition", "Carrefour", "Cora", "1 400 000 000 euros", money(1.4e9)),
    }
    path = tmp_path / "s.db"
    with factx.Store(path) as s:
        for name, claim in claims.items():
            s.put(stub.document(make_article(f"revue-de-presse/{name}", STORY[name]), [claim]))
    return path


def in_tmux(command: str, width: int, tmp_path) -> list[str]:
    """The screen after running ``command`` in a detached tmux session of ``width`` columns."""
    session = f"factx-test-{uuid.uuid4().hex[:8]}"
    done = tmp_path / f"done-{session}"
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    script = f"{command}; touch {shlex.quote(str(done))}; sleep 30"
    subprocess.run(
        ["tmux", "-L", session, "new-session", "-d", "-s", session, "-x", str(width), "-y", "60", script],
        check=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 20
        while not done.exists():
            assert time.monotonic() < deadline, "factx did not finish in the tmux pane"
            time.sleep(0.05)
        screen = subprocess.run(
            ["tmux", "-L", session, "capture-pane", "-p", "-t", session, "-J"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        subprocess.run(["tmux", "-L", session, "kill-server"], capture_output=True)
    return [line.rstrip() for line in screen.splitlines() if line.strip()]


@pytest.mark.parametrize("width", [80, 120])
def test_tables_in_a_real_terminal(store, tmp_path, width):
    factx_cmd = f"{shlex.quote(sys.executable)} -m factx"
    lines = in_tmux(f"{factx_cmd} conflicts --db {store}", width, tmp_path)
    assert lines[0].split()[:3] == ["id", "severity", "kind"]
    assert max(len(line) for line in lines) <= width
    for figure in ("1 400 000 000 euros", "(1,4\u00a0Md€)", "(≈\u00a01,2\u00a0Md€)", "humanite.txt"):
        assert any(figure in line for line in lines), (figure, lines)
    # the pane's own width is used: the positions fold at 80, not at 120
    longest = max(len(line) for line in lines)
    assert longest > 80 if width == 120 else longest <= 80
