"""Issue 13, "wrong data without an error": encodings, invisible characters in numbers, one file under two
names, another program's database, a closed pipe, links out of the folder."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import jsonl

from factx.clean import analysable
from factx.cli import cli
from factx.ingest import decode, read_paths
from factx.store import Store

GOOD = "Le groupe Danone a annoncé la suppression de 450 postes en France.\n"
FRENCH = (
    "L'été dernier, le chiffre d'affaires a progressé de 12 % à 3,5 milliards d'euros, précise la société.\n"
)


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def stored_docs() -> list[str]:
    with Store(os.environ["FACTX_DB"]) as store:
        return [r["doc"] for r in store.articles()]


# -- encodings --------------------------------------------------------------------------------------------------------


def test_one_stray_cp1252_byte_keeps_the_file_utf8():
    data = (FRENCH * 20).encode() + b"Un caf\xe9 offert.\n" + (FRENCH * 5).encode()
    text, warning = decode(data, "a.txt")
    assert text == FRENCH * 20 + "Un café offert.\n" + FRENCH * 5
    assert warning == "1 byte(s) not valid UTF-8 on line 21, read as cp1252"


def test_a_cp1252_file_is_still_cp1252():
    text, warning = decode((FRENCH * 3).encode("cp1252"), "a.txt")
    assert text == FRENCH * 3 and warning == "not UTF-8; decoded as cp1252"


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_and_utf32_with_or_without_bom(encoding):
    text, _ = decode(FRENCH.encode(encoding), "a.txt")
    assert text == FRENCH
    assert "\x00" not in text


def test_stray_bytes_in_a_jsonl_cost_a_warning_on_their_line(stub, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        json.dumps({"id": "a", "text": FRENCH}, ensure_ascii=False).encode()
        + b"\n"
        + b'{"id": "b", "text": "Un caf\xe9 \xe0 Paris, d\xc3\xa9j\xc3\xa0 servi, tr\xc3\xa8s bon, fran\xc3\xa7ais."}\n'
    )
    result = run("extract", str(path), "--json")
    assert result.exit_code == 0, result.stderr
    assert sorted(d["doc"] for d in jsonl(result.stdout)) == ["a", "b"]
    assert "warning: b: 2 byte(s) not valid UTF-8 on line 1, read as cp1252" in result.stderr.splitlines()


# -- invisible characters ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("joiner", ["\u200b", "\u2060", "\ufeff", "\x00", "\u00ad"])
def test_invisible_characters_inside_a_number_are_a_group_separator(joiner):
    from factx.normalize.amounts import find_amounts

    text = f"Le groupe a payé 10{joiner}000 € et 2{joiner}500 salariés."
    out = analysable(text)
    assert len(out) == len(text)
    money = [f for f in find_amounts(out) if f.kind == "money"]
    assert [(f.value, f.unit, text[f.start : f.end]) for f in money] == [(10000, "EUR", f"10{joiner}000 €")]


def test_invisible_characters_inside_a_word_stay():
    text = "Micro\u00adsoft et Open\u200bAI"
    assert analysable(text) == text


@pytest.mark.parametrize("joiner", ["\u200b", "\u2060", "\ufeff", "\x00"])
def test_invisible_joiner_through_extract(stub, tmp_path, joiner):
    from stub import Claim, money

    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "a", "text": f"Carrefour rachète Cora pour 10{joiner}000 €."}) + "\n",
        encoding="utf-8",
    )
    stub.add("a", Claim("acquisition", "Carrefour", "Cora", f"10{joiner}000 €", money(10000)))
    result = run("extract", str(tmp_path / "a.jsonl"), "--json")
    (doc,) = jsonl(result.stdout)
    assert doc["claims"][0]["amount"]["text"] == f"10{joiner}000 €"  # JSON keeps the text exact


# -- one file, two names ----------------------------------------------------------------------------------------------


def test_same_file_under_other_spellings_is_stored_once(stub, tmp_path, monkeypatch):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "x.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("extract", "./seeds/x.txt").exit_code == 0
    assert run("extract", str(folder / "x.txt")).exit_code == 0  # absolute
    assert run("extract", "seeds//x.txt", "seeds/x.txt").exit_code == 0  # twice in one run
    monkeypatch.chdir(folder)
    again = run("extract", "x.txt")  # from another working folder
    assert again.exit_code == 0 and "1 unchanged" in again.stderr
    assert stored_docs() == ["./seeds/x.txt"]
    (folder / "x.txt").write_text(GOOD.replace("450", "500"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    changed = run("extract", str(folder / "x.txt"))  # the same file, changed: its stored article is updated
    assert "updated" in changed.stdout
    assert stored_docs() == ["./seeds/x.txt"]


def test_a_renamed_file_is_said_and_a_copy_is_not(stub, tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "old.txt").write_text(GOOD, encoding="utf-8")
    (folder / "copy.txt").write_text(GOOD, encoding="utf-8")  # a reprint kept twice: reprint groups handle it
    first = run("extract", str(folder))
    assert first.exit_code == 0 and "same text" not in first.stderr
    (folder / "old.txt").rename(folder / "new.txt")
    result = run("extract", str(folder / "new.txt"))
    assert result.exit_code == 0
    assert (
        f"warning: {folder}/new.txt: the same text is stored as '{folder}/old.txt', a file not found from here "
        "(renamed or moved? `factx forget` it)"
    ) in result.stderr.splitlines()


# -- another program's database ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command", [["extract", "ARTICLE"], ["claims"], ["conflicts"], ["docs"], ["forget", "x"]]
)
def test_a_database_of_another_program_is_refused_and_untouched(stub, tmp_path, command):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Anne')")
    conn.close()
    before = db.read_bytes()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    args = [str(tmp_path / "a.txt") if a == "ARTICLE" else a for a in command]
    result = run(*args, "--db", str(db))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {db}: a SQLite database of another program (tables: contacts), not a factx store; "
        "name another file with --db\n"
    )
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "other.db"]  # no -wal, no -shm


def test_read_commands_never_migrate_or_write(stub, story, tmp_path):
    db = tmp_path / "s.db"
    assert run("extract", str(story), "--db", str(db)).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("DELETE FROM _factx_migrations WHERE name = 'm003_reviews'")
    conn.close()
    before = db.read_bytes()
    result = run("conflicts", "--db", str(db))
    assert result.exit_code == 1
    assert "a store of an older factx (it lacks m003_reviews); run `factx extract`" in result.stderr
    assert db.read_bytes() == before


def test_not_a_database_at_all(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("des notes, pas une base\n" * 100, encoding="utf-8")
    result = run("docs", "--db", str(db))
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"error: {db}: cannot open the store: it is damaged or not a SQLite file")


# -- a closed pipe ----------------------------------------------------------------------------------------------------


def test_json_reader_going_away_does_not_stop_the_storing(stub, tmp_path, monkeypatch):
    import factx.cli

    folder = tmp_path / "a"
    folder.mkdir()
    for i in range(30):
        (folder / f"{i:02d}.txt").write_text(GOOD.replace("450", str(100 + i)), encoding="utf-8")
    printed = []

    def echo(obj):  # `| head -1`: the first line goes through, then the pipe is closed
        if printed:
            raise BrokenPipeError(32, "Broken pipe")
        printed.append(obj)

    monkeypatch.setattr(factx.cli, "echo_jsonl", echo)
    monkeypatch.setattr(factx.cli, "_quiet_stdout", lambda: None)
    result = run("extract", str(folder), "--json")
    assert result.exit_code == 0, result.stderr
    assert len(printed) == 1
    assert len(stored_docs()) == 30
    assert "30 extracted" in result.stderr


# -- links out of the folder ------------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_links_out_of_the_folder_are_not_followed(tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("mot de passe", encoding="utf-8")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "status.txt").symlink_to("/proc/self/status")
    (folder / "inside.txt").symlink_to(folder / "a.txt")  # a link inside the folder is read
    (folder / "up").symlink_to(tmp_path, target_is_directory=True)
    *arts, summary = read_paths([str(folder)])
    assert sorted(a.doc for a in arts) == [f"{folder}/a.txt", f"{folder}/inside.txt"]
    assert str(summary) == (
        "3 files skipped: 2 (link to a file outside the folder), 1 (link to a folder, not followed) "
        "(--glob PATTERN reads other files)"
    )


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_a_link_named_on_the_command_line_is_read(tmp_path):
    secret = tmp_path / "elsewhere.txt"
    secret.write_text(GOOD, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(secret)
    (art,) = read_paths([str(tmp_path / "link.txt")])
    assert art.text == GOOD


def test_analysable_keeps_every_visible_character():
    text = "Prix : 10\u200b000 € — Micro\u00adsoft\x00."
    out = analysable(text)
    assert [c for c, o in zip(text, out, strict=True) if c != o] == ["\u200b", "\x00"]
