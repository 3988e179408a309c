"""A journalist's folder end to end: saved pages, a note, a PDF, an English article; stdin; reprints."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import jsonl

from factx.cli import cli

PAGES = Path(__file__).parent / "data" / "pages"
sys.path.insert(0, str(PAGES))
from build import LALIBRE_TEXT  # noqa: E402  (the article text the La Libre page was built around)


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.mark.slow
def test_journalists_folder(tmp_path):
    folder = tmp_path / "dossier"
    folder.mkdir()
    for p in PAGES.glob("*.html"):
        shutil.copy(p, folder)
    # the AFP copy La Libre carried, saved from another title: a reprint, with one figure edited
    afp = LALIBRE_TEXT.replace("quelque 10 milliards", "quelque 11 milliards")
    (folder / "sudouest.txt").write_text(
        f"source: Sud Ouest\ndate: 2020-08-31\n\n{afp} (AFP)\n", encoding="utf-8"
    )
    (folder / "lemonde.txt").write_text(
        "source: Le Monde\ndate: 2020-08-31\n\nVeolia a remis dimanche une offre à Engie, grand actionnaire "
        "de Suez. Le rachat de l'ensemble est estimé à quelque 12 milliards, auxquels s'ajoute la dette de Suez.\n",
        encoding="utf-8",
    )
    (folder / "EXPECTED.md").write_text("# Notes\nVérifier le prix de l'offre.\n", encoding="utf-8")
    (folder / "rapport.pdf").write_bytes(b"%PDF-1.4 ...")
    (folder / "english.txt").write_text(
        "Veolia unveiled on Wednesday an improved offer to buy from Engie its 29.9% stake in its competitor "
        "Suez, now offering 18 euros per share, or nearly 3.4 billion, against 2.9 billion previously.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.db")
    result = run("extract", str(folder), "--json", "--db", db)
    assert result.exit_code == 0, result.stderr
    docs = {Path(d["doc"]).name: d for d in jsonl(result.stdout)}
    assert sorted(docs) == sorted([p.name for p in PAGES.glob("*.html")] + ["lemonde.txt", "sudouest.txt"])
    assert docs["lalibre_veolia.html"]["source"] == "La Libre Belgique"
    assert docs["lalibre_veolia.html"]["date_source"] == "page"
    assert "2 files skipped: 1 .md without front matter, 1 .pdf" in result.stderr
    assert "english.txt: not in French (language: en); not analysed" in result.stderr
    assert "1 not in French" in result.stderr

    listing = run("docs", "--json", "--db", db)
    assert listing.exit_code == 0, listing.stderr
    labels = {Path(r["doc"]).name: r["reprint_label"] for r in jsonl(listing.stdout)}
    assert labels.pop("lalibre_veolia.html") == labels.pop("sudouest.txt") == "AFP, repris par 2 titres"
    assert set(labels.values()) == {None}
    assert "reprint group" in run("docs", "--db", db).stdout
    wide = CliRunner().invoke(cli, ["docs", "--db", db], env={"COLUMNS": "200"})  # the label unfolded
    assert "AFP, repris par 2 titres" in wide.stdout


def test_conflicts_table_names_groups_and_outlets(tmp_path):
    """Contract documents in a store (no model): the table and explanations name outlets, a group once."""
    from test_reprints import DISPATCH, LEDE_REPRINT, OWN_ARTICLE, _doc

    from factx.store import Store

    db = tmp_path / "c.db"
    with Store(db) as store:
        store.put(_doc("afp.txt", "Le Progrès", 646, "646 postes"), DISPATCH)
        store.put(_doc("agg.html", "Multipost", 600, "600 postes"), LEDE_REPRINT)
        store.put(_doc("nr.html", "La Nouvelle République", 700, "700 postes"), OWN_ARTICLE)
        store.update_reprint_groups()
    result = run("conflicts", "--json", "--db", str(db))
    assert result.exit_code == 0, result.stderr
    (c,) = jsonl(result.stdout)  # 646 against 600 inside the group is no conflict
    assert "selon AFP, repris par 2 titres" in c["explanation"]
    assert "La Nouvelle République (mars 2019)" in c["explanation"]
    table = run("conflicts", "--db", str(db))
    assert "AFP, repris par 2 titres" in table.stdout and "La Nouvelle République" in table.stdout


@pytest.mark.slow
def test_two_articles_on_stdin_are_both_kept(tmp_path):
    db = str(tmp_path / "s.db")
    first = run("extract", "-", "--db", db, input="Bpifrance investit 20 millions d'euros dans Ynsect.\n")
    second = run("extract", "-", "--db", db, input="Bpifrance investit 30 millions d'euros dans Agricool.\n")
    named = run("extract", "-", "--name", "note-bpi.txt", "--db", db, input="Bpifrance lève 2 milliards.\n")
    assert (first.exit_code, second.exit_code, named.exit_code) == (0, 0, 0), first.stderr
    docs = run("docs", "--json", "--db", db)
    names = sorted(d["doc"] for d in jsonl(docs.stdout))
    assert len(names) == 3 and names[0] == "note-bpi.txt"
    assert all(n.startswith("stdin-") for n in names[1:])


def test_name_needs_stdin(tmp_path):
    (tmp_path / "a.txt").write_text("Texte", encoding="utf-8")
    result = run("extract", str(tmp_path / "a.txt"), "--name", "x")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --name names the article read from stdin: give - as a path"
