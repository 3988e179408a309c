"""factx forget: by name, basename or glob, all derived rows with it, in one transaction; --dry-run."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from factx.cli import cli
from factx.store import Store

TEXT = (
    "Paris (AFP) - Le groupe lyonnais Boiron a annoncé jeudi la fermeture de son site de Montrichard et la "
    "suppression de 646 postes en France, après le déremboursement des médicaments homéopathiques décidé par "
    "le gouvernement. Le plan prévoit aussi la création de 134 postes, a indiqué un porte-parole du groupe."
)


def _document(doc: str) -> dict:
    claim = {"id": f"{doc}-c", "frame": "layoff", "subject": {"text": "Boiron", "canonical": "Boiron"}}
    entity = {"text": "Boiron", "start": 0, "end": 6, "label": "ORG", "canonical": "Boiron"}
    return {
        "schema": "factx/document/1",
        "doc": doc,
        "sha256": "0" * 64,
        "date": "2019-03",
        "entities": [entity, entity],
        "amounts": [],
        "dates": [],
        "claims": [claim],
    }


def _store(path) -> None:
    with Store(path) as s:
        for doc, text in (
            ("a/afp.txt", TEXT),
            ("b/reprise.html", TEXT + " (Avec AFP)"),
            ("b/autre.txt", "Autre."),
        ):
            s.put(_document(doc), text)
        s.update_reprint_groups()


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_forget_by_basename_removes_derived_rows_and_regroups(tmp_path):
    db = tmp_path / "f.db"
    _store(db)
    with Store(db) as s:
        assert len(s.reprint_groups()) == 2
    result = run("forget", "reprise.html", "--db", str(db))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "removed: b/reprise.html\n"
    assert "removed 1 article(s), 1 claim(s), 2 entity mention(s)" in result.stderr
    with Store(db) as s:
        assert [r["doc"] for r in s.articles()] == ["a/afp.txt", "b/autre.txt"]
        assert s.conn.execute("SELECT count(*) FROM claims WHERE doc = 'b/reprise.html'").fetchone() == (0,)
        assert s.conn.execute("SELECT count(*) FROM entities WHERE doc = 'b/reprise.html'").fetchone() == (0,)
        assert s.reprint_groups() == {}  # a group of one is no group


def test_forget_glob_dry_run_removes_nothing(tmp_path):
    db = tmp_path / "f.db"
    _store(db)
    result = run("forget", "b/*", "--dry-run", "--db", str(db))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "would remove: b/autre.txt\nwould remove: b/reprise.html\n"
    assert "would remove 2 article(s), 2 claim(s), 4 entity mention(s)" in result.stderr
    with Store(db) as s:
        assert len(s.articles()) == 3


def test_forget_unknown_name_is_an_error_and_removes_nothing(tmp_path):
    db = tmp_path / "f.db"
    _store(db)
    result = run("forget", "afp.txt", "nulle-part.txt", "--db", str(db))
    assert result.exit_code == 1
    assert (
        result.stderr.strip() == "error: no stored article matches 'nulle-part.txt' (factx docs lists them)"
    )
    with Store(db) as s:
        assert len(s.articles()) == 3


def test_forget_is_one_transaction(tmp_path, monkeypatch):
    db = tmp_path / "f.db"
    _store(db)

    def boom(self):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(Store, "_regroup", boom)
    with Store(db) as s:
        with pytest.raises(RuntimeError, match="disk gone"):
            s.forget(["a/afp.txt", "b/autre.txt"])
        assert len(s.articles()) == 3  # rolled back whole
