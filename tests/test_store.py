"""The SQLite store: migrations, replacement, whole-article transactions, a run killed mid-way."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from conftest import SEEDS

from factx.store import MIGRATIONS, Store


def document(doc: str, n_claims: int = 2) -> dict:
    return {
        "schema": "factx/document/1",
        "doc": doc,
        "sha256": "0" * 64,
        "date": None,
        "date_source": None,
        "entities": [{"text": "Ubisoft", "start": 0, "end": 7, "label": "ORG", "canonical": "Ubisoft"}],
        "amounts": [],
        "dates": [],
        "claims": [
            {
                "id": f"c{i}",
                "frame": "layoff",
                "subject": {"text": "Ubisoft", "canonical": "Ubisoft"},
                "object": None,
                "amount": None,
                "date": None,
                "value": None,
                "hedged": False,
                "negated": False,
                "sentence": "x",
                "start": 0,
                "end": 1,
            }
            for i in range(n_claims)
        ],
    }


def test_migrations_run_once(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    with Store(path) as store:
        names = [r[0] for r in store.conn.execute("SELECT name FROM _factx_migrations")]
        assert names == [name for name, _ in MIGRATIONS]
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_put_replaces(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.put(document("a.txt", 3))
        store.put(document("a.txt", 1))
        assert [c["id"] for _, c in store.claims()] == ["c0"]
        assert store.articles()[0]["n_claims"] == 1
        assert [e["canonical"] for e in store.entity_rows()] == ["Ubisoft"]


def test_failed_put_leaves_nothing(tmp_path):
    with Store(tmp_path / "s.db") as store:
        bad = document("b.txt")
        bad["claims"].append({"id": "broken"})  # no frame: fails mid-transaction
        with pytest.raises(KeyError):
            store.put(bad)
        assert store.articles() == [] and list(store.claims()) == []


def test_unwritable_store_is_one_line(tmp_path):
    from click.testing import CliRunner

    from factx.cli import cli

    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(cli, ["extract", str(blocker), "--db", str(blocker / "s.db")])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "cannot open the store" in result.stderr


def test_killed_run_leaves_whole_articles(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(30):
        for seed in SEEDS.glob("*.txt"):
            shutil.copy(seed, corpus / f"{i:02d}_{seed.name}")
    db = tmp_path / "killed.db"
    env = {**os.environ, "FACTX_DB": str(db)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "factx", "extract", str(corpus)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=5) as conn:
                    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 3:
                break
    assert proc.poll() is None, "the run finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = store.articles()
        assert 3 <= len(rows) < 150
        for r in rows:
            doc = store.document(r["doc"])
            assert len(doc["claims"]) == r["n_claims"] == len(list(store.claims(doc=r["doc"])))
            n_entities = store.conn.execute(
                "SELECT count(*) FROM entities WHERE doc = ?", (r["doc"],)
            ).fetchone()[0]
            assert n_entities == r["n_entities"] == len(doc["entities"])


def test_entity_filter_ignores_case_beyond_ascii(tmp_path):
    with Store(tmp_path / "s.db") as store:
        d = document("etat.txt", 1)
        d["claims"][0]["subject"] = {"text": "l'État", "canonical": "État"}
        store.put(d)
        assert [c["id"] for _, c in store.claims(entity="état")] == ["c0"]
        assert [c["id"] for _, c in store.claims(entity="ÉTAT")] == ["c0"]
