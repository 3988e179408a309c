"""Shared fixtures: every test gets its own store (FACTX_DB) and the seeds' paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"  # the team's read-only folder, when present beside the repo
SCHEMAS = ROOT / "factx" / "schemas"


@pytest.fixture(autouse=True)
def _own_store(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTX_DB", str(tmp_path / "store.db"))
    monkeypatch.delenv("FACTX_DATA_DIR", raising=False)


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seeds_documents(tmp_path_factory) -> list[dict]:
    """`factx extract seeds --json` run once for the session (the model loads once per process)."""
    from factx.cli import cli

    db = tmp_path_factory.mktemp("seeds") / "store.db"
    result = CliRunner().invoke(
        cli, ["extract", str(SEEDS), "--json", "--db", str(db)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    return jsonl(result.stdout)
