"""Issue 13, "messages": every failure of the store, of a data file or of an option is one line naming the file
or store, what is wrong and what to do, exit 1 or 2; never an internal error."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from factx.cli import cli
from factx.store import Store

GOOD = "Le groupe Danone a annoncé la suppression de 450 postes en France.\n"


def run(*args, input=None, env=None):
    return CliRunner().invoke(cli, list(args), input=input, env=env)


def one_line(result) -> str:
    assert result.stderr.count("\n") == 1, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    return result.stderr.strip()


def in_read_only_folder(folder, args: list[str]) -> subprocess.CompletedProcess:
    """factx run where ``folder`` cannot be written: chmod for a user, a read-only bind mount for root (who
    may write anything); skipped where neither can be had."""
    env = {k: v for k, v in os.environ.items() if k != "FACTX_DB"}
    cmd = [sys.executable, "-m", "factx", *args]
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
        finally:
            folder.chmod(0o755)
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("root here, and no mount namespace to make a read-only folder")
    script = f'mount --bind -o ro "{folder}" "{folder}" && exec "$@"'
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", *cmd],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def read_only_store(stub, story, tmp_path):
    """A store alone in its folder, its WAL checkpointed and its -wal and -shm files gone (as a copy)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "s.db"
    assert run("extract", str(story), "--db", str(db)).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for extra in ("s.db-wal", "s.db-shm"):
        (folder / extra).unlink(missing_ok=True)
    return db


def test_read_only_folder_can_still_be_read(read_only_store):
    docs = in_read_only_folder(read_only_store.parent, ["docs", "--db", str(read_only_store), "--json"])
    assert docs.returncode == 0, docs.stderr
    assert len(docs.stdout.splitlines()) == 4
    conflicts = in_read_only_folder(read_only_store.parent, ["conflicts", "--db", str(read_only_store)])
    assert conflicts.returncode == 0, conflicts.stderr
    assert sorted(p.name for p in read_only_store.parent.iterdir()) == ["s.db"]


def test_writing_a_read_only_store_is_one_line(read_only_store, tmp_path):
    article = tmp_path / "new.txt"
    article.write_text("", encoding="utf-8")  # nothing to analyse: the model is not loaded
    result = in_read_only_folder(
        read_only_store.parent, ["extract", str(article), "--db", str(read_only_store)]
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "internal error" not in result.stderr, result.stderr
    assert result.stderr.startswith(f"error: {read_only_store}: ")
    assert "read-only" in result.stderr or "permissions" in result.stderr


def test_disk_full_is_one_line_and_keeps_stored_articles(stub, tmp_path, monkeypatch):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "0_small.txt").write_text(GOOD, encoding="utf-8")
    (folder / "1_big.txt").write_text(GOOD + "Danone " * 100_000, encoding="utf-8")
    real_init = Store.__init__

    def small_disk(self, *args, **kwargs):  # a disk with room for the first article only
        real_init(self, *args, **kwargs)
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        self.conn.execute(f"PRAGMA max_page_count = {pages + 40}")

    monkeypatch.setattr(Store, "__init__", small_disk)
    db = tmp_path / "s.db"
    result = run("extract", str(folder), "--db", str(db))
    assert result.exit_code == 1
    line = result.stderr.strip().splitlines()[-1]
    assert line == (
        f"error: {db}: cannot store an article: the disk is full: free some space and run again; "
        "articles already stored are whole"
    )
    monkeypatch.setattr(Store, "__init__", real_init)
    with Store(db) as store:
        assert [r["doc"] for r in store.articles()] == [f"{folder}/0_small.txt"]
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("command", [["claims"], ["conflicts"], ["docs"]])
def test_a_damaged_row_is_one_line_with_what_to_do(stub, story, tmp_path, command):
    db = tmp_path / "s.db"
    assert run("extract", str(story), "--db", str(db)).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET document = '{\"doc\": tronqué' WHERE doc LIKE '%afp.txt'")
        conn.execute("UPDATE claims SET claim = 'pas du json' WHERE doc LIKE '%afp.txt'")
    conn.close()
    result = run(*command, "--db", str(db))
    if command == ["docs"]:  # docs reads no JSON column: it works
        assert result.exit_code == 0
        return
    assert result.exit_code == 1
    afp = f"{story}/afp.txt"
    assert one_line(result) == (
        f"error: {db}: the stored row of {afp!r} is damaged (not JSON); `factx forget {afp}` and extract it again"
    )


@pytest.mark.parametrize(
    "content, problem",
    [
        ("hedge_labels: {asserted: [oui\n", "not valid language data (while parsing a flow"),
        ("hedge_labels: [affirmé, rumeur]\n", "hedge_labels should be a mapping, not a list"),
    ],
)
def test_a_bad_data_file_is_one_line_naming_it(stub, story, tmp_path, content, problem):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "reconcile.yaml").write_text(content, encoding="utf-8")
    assert run("extract", str(story)).exit_code == 0
    from factx import data
    from factx.render import _hedge_labels

    data.load.cache_clear()
    _hedge_labels.cache_clear()
    try:
        result = run("conflicts", env={"FACTX_DATA_DIR": str(data_dir)})
    finally:
        data.load.cache_clear()
        _hedge_labels.cache_clear()
    assert result.exit_code == 1
    line = one_line(result)
    assert line.startswith(f"error: {data_dir / 'reconcile.yaml'}: ") and problem in line


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_factx_data_dir_that_is_no_folder(tmp_path, kind):
    path = tmp_path / "données"
    if kind == "file":
        path.write_text("x", encoding="utf-8")
    result = run("docs", env={"FACTX_DATA_DIR": str(path)})
    assert result.exit_code == 2
    what = "no such folder" if kind == "missing" else "not a folder"
    assert (
        one_line(result) == f"error: FACTX_DATA_DIR: {path}: {what} (it names folders of YAML language data)"
    )


@pytest.mark.parametrize("command", [["docs"], ["extract", "ARTICLE"]])
def test_db_that_is_a_folder_is_one_line(tmp_path, command):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    args = [str(tmp_path / "a.txt") if a == "ARTICLE" else a for a in command]
    result = run(*args, "--db", str(tmp_path))
    assert result.exit_code == 2
    assert (
        one_line(result)
        == f"error: --db {tmp_path} is a folder; name the store's file (e.g. --db {tmp_path / 'factx.db'})"
    )


def test_duplicate_id_names_file_and_lines(stub, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        "".join(json.dumps({"id": "x", "text": GOOD + str(k)}) + "\n" for k in range(3)), encoding="utf-8"
    )
    result = run("extract", str(path))
    assert (
        f"warning: x: a second article with this name in the run ({path} line 3; the first is {path} line 1), skipped"
        in result.stderr.splitlines()
    )


def test_ambiguous_explain_prefix_is_refused(stub, story):
    assert run("extract", str(story)).exit_code == 0
    result = run("conflicts", "--explain", "cf_")
    assert result.exit_code == 2
    assert one_line(result).startswith("error: conflict id 'cf_' is ambiguous: it starts ")


def test_messages_are_bounded(stub, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x" * 100_000, "text": 5}) + "\n", encoding="utf-8")
    result = run("extract", str(path))
    lines = result.stderr.splitlines()
    assert lines and all(len(line) <= 1000 for line in lines), result.stderr[:300]


def test_library_warns_of_a_missing_data_dir(tmp_path, monkeypatch):
    from factx import data

    monkeypatch.setenv("FACTX_DATA_DIR", str(tmp_path / "nope"))
    with pytest.warns(UserWarning, match="no such folder .*; ignored"):
        assert data.user_dirs() == []
