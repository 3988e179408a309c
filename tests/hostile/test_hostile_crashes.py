"""Issue 13, "crashes that lose the rest of the run": each input is one line naming the file (and line), the
article skipped or the value dropped, and every other article stored. The pipeline is the stub's (no model)
except where the real one is what is tested (slow)."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner
from conftest import jsonl
from stub import Claim, money

from factx.cli import cli
from factx.errors import ArticleError
from factx.ingest import Article, make_article, normalise_date, read_paths
from factx.normalize.amounts import MAX_MAGNITUDE, find_amounts, oversized
from factx.store import Store

GOOD = "Le groupe Danone a annoncé la suppression de 450 postes en France.\n"


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def stored_docs(db=None) -> list[str]:
    with Store(db or os.environ["FACTX_DB"]) as store:
        return [r["doc"] for r in store.articles()]


# -- file names that are not UTF-8 ---------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_file_name_not_utf8_is_stored_under_a_readable_name(stub, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    with open(os.fsencode(folder) + b"/r\xe9sum\xe9.txt", "wb") as f:  # written on Windows, in latin-1
        f.write("Le résumé : Carrefour rachète Cora.\n".encode())
    (folder / "z.txt").write_text(GOOD.replace("Danone", "Michelin"), encoding="utf-8")
    result = run("extract", str(folder))
    assert result.exit_code == 0, result.stderr
    name = f"{folder}/r\\xe9sum\\xe9.txt"
    assert sorted(stored_docs()) == [f"{folder}/a.txt", name, f"{folder}/z.txt"]
    (warning,) = [line for line in result.stderr.splitlines() if "UTF-8" in line]
    assert warning == f"warning: {name}: file name is not valid UTF-8: stored as {name}"


# -- lone surrogates -----------------------------------------------------------------------------------------------


def test_jsonl_lone_surrogate_is_replaced_and_stored(stub, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": "x", "text": "Bonjour \\ud800 Danone", "source": "Le \\udfff Monde"}\n'
        + json.dumps({"id": "y", "text": GOOD})
        + "\n",
        encoding="utf-8",
    )
    result = run("extract", str(path), "--json")
    assert result.exit_code == 0, result.stderr
    docs = {d["doc"]: d for d in jsonl(result.stdout)}
    assert sorted(docs) == ["x", "y"]
    (art, _) = read_paths([str(path)])
    assert art.source == "Le \ufffd Monde"
    assert "x: 1 lone surrogate(s) (not UTF-8) replaced by U+FFFD" in result.stderr
    with Store(os.environ["FACTX_DB"]) as store:
        assert store.text("x") == "Bonjour \ufffd Danone"


def test_article_built_by_hand_is_made_valid():
    art = Article("a\udce9", "texte \ud83d seul")  # a library user's own Article: the same rule
    assert art.doc == "a\ufffd" and art.text == "texte \ufffd seul"
    assert len(art.sha256) == 64


# -- numbers JSON cannot write ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Il a payé " + "1" * 4400 + " euros.",
        "Il a payé " + "deux cent " * 3000 + "euros.",
        "Il a payé " + "9" * 400 + ",5 euros.",  # a float: inf, which JSON writes as the invalid Infinity
        "Un total de " + "9" * 30 + " salariés.",
    ],
)
def test_numbers_too_large_are_dropped_and_said(text):
    found = find_amounts(text + " Et 3 euros de plus.")
    assert [(f.text, f.value) for f in found] == [("3 euros", 3)]
    assert len(oversized(text)) == 1
    json.dumps([f.fields() for f in find_amounts(text)], allow_nan=False)


def test_largest_news_figure_is_kept():
    (found,) = find_amounts("Une dette de 999 000 milliards de dollars.")
    assert found.value == 999_000 * 10**9 < 10**MAX_MAGNITUDE


def test_a_document_json_cannot_hold_costs_its_article_only(stub, tmp_path):
    """Whatever the analyser returns, an unwritable document is that article's error, not the run's."""
    folder = tmp_path / "a"
    folder.mkdir()
    for name in ("big.txt", "ok.txt"):
        (folder / name).write_text(GOOD, encoding="utf-8")
    real = stub.document

    def document(art, claims):
        doc = real(art, claims)
        if art.doc.endswith("big.txt"):
            doc["amounts"] = [{"text": "x", "start": 0, "end": 1, "value": 10**5000}]
        return doc

    stub.document = document
    result = run("extract", str(folder))
    assert result.exit_code == 1
    assert stored_docs() == [f"{folder}/ok.txt"]
    (line,) = [x for x in result.stderr.splitlines() if "big.txt" in x]
    assert line.startswith(f"error: {folder}/big.txt: could not be stored (ValueError")


@pytest.mark.slow
def test_huge_numbers_through_the_pipeline(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [
        {"id": "digits", "text": "La société a payé " + "1" * 4400 + " euros pour Cora."},
        {"id": "words", "text": "Le groupe a payé " + "deux cent " * 3000 + "euros pour Cora."},
        {"id": "ok", "text": GOOD},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    result = run("extract", str(path), "--json", "--any-language")
    assert result.exit_code == 0, result.stderr
    docs = {d["doc"]: d for d in jsonl(result.stdout)}
    assert sorted(docs) == ["digits", "ok", "words"]
    for name in ("digits", "words"):
        assert any("too large to be figures" in w for w in docs[name]["warnings"]), docs[name]["warnings"]
        assert all(abs(a["value"] or 0) < 10**MAX_MAGNITUDE for a in docs[name]["amounts"])


# -- JSON nested too deep --------------------------------------------------------------------------------------------


def test_jsonl_nested_too_deep_is_one_line(stub, tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text(
        "[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"id": "ok", "text": GOOD}) + "\n", encoding="utf-8"
    )
    result = run("extract", str(path), "--json")
    assert result.exit_code == 1
    assert [d["doc"] for d in jsonl(result.stdout)] == ["ok"]
    assert f"warning: {path} line 1: not JSON factx can read (nested too deep)" in result.stderr.splitlines()


def test_conflicts_stdin_nested_too_deep(tmp_path):
    result = run("conflicts", "-", input='{"a":' * 50_000 + "1" + "}" * 50_000 + "\n")
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: stdin line 1: not JSON (nested too deep)"


# -- year 0000 -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["0000", "0000-01", "0000-01-01", "01/01/0000"])
def test_year_zero_is_no_date(raw):
    assert normalise_date(raw) is None


def test_year_zero_from_header_option_and_jsonl(stub, tmp_path):
    (tmp_path / "h.txt").write_text("date: 0000-03-01\n" + GOOD, encoding="utf-8")
    header = run("extract", str(tmp_path / "h.txt"), "--json")
    assert header.exit_code == 0 and jsonl(header.stdout)[0]["date"] is None
    assert "header date '0000-03-01' is not a valid date; no publication date" in header.stderr
    option = run("extract", str(tmp_path / "h.txt"), "--doc-date", "0000", "--force")
    assert option.exit_code == 2
    assert (
        option.stderr.startswith("error: --doc-date '0000': expected YYYY") and option.stderr.count("\n") == 1
    )
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"id": "zero", "text": GOOD, "date": "0000-05"})
        + "\n"
        + json.dumps({"id": "fine", "text": GOOD, "date": "2024-05"})
        + "\n",
        encoding="utf-8",
    )
    lines = run("extract", str(tmp_path / "d.jsonl"), "--json")
    assert [d["doc"] for d in jsonl(lines.stdout)] == ["fine"]
    assert f"{tmp_path / 'd.jsonl'} line 1: date '0000-05' is not ISO 8601" in lines.stderr


def test_library_refuses_year_zero_too(tmp_path):
    from factx import extract
    from factx.errors import InputError

    with Store(tmp_path / "s.db") as store, pytest.raises(InputError, match="doc_date '0000'"):
        extract([str(tmp_path)], store, doc_date="0000")


def test_conflicts_on_a_store_holding_year_zero(stub, tmp_path):
    """A store written by an older factx (or by hand) may hold year 0000: reading it must still work."""
    from stub import StubAnalyser

    texts = {
        "a.txt": "Carrefour rachète Cora pour 1 milliard de dollars en 0000.",
        "b.txt": "Carrefour rachète Cora pour 2 milliards d'euros en 0000.",
    }
    stub_ = StubAnalyser()
    with Store(os.environ["FACTX_DB"]) as store:
        for (name, text), (amount, value, unit) in zip(
            texts.items(),
            [("1 milliard de dollars", 1e9, "USD"), ("2 milliards d'euros", 2e9, "EUR")],
            strict=True,
        ):
            art = Article(name, text, date="0000-05", date_source="header", source="Le Monde")
            claim = Claim("acquisition", "Carrefour", "Cora", amount, money(value, unit), date="0000")
            claim = Claim(**{**claim.__dict__, "date_value": "0000"})
            store.put(stub_.document(art, [claim]), text)
    for args in (["conflicts"], ["conflicts", "--json"], ["claims"], ["docs"]):
        result = run(*args)
        assert result.exit_code == 0, (args, result.stderr)
    assert len(jsonl(run("conflicts", "--json").stdout)) == 1


# -- the rest of a folder is never lost ------------------------------------------------------------------------------


def test_read_paths_never_raises_and_names_each_bad_file(tmp_path):
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (tmp_path / "bad.jsonl").write_bytes(b'{"id": "a", "text": 1}\n\xff\xfe{]\n')
    items = list(read_paths([str(tmp_path)]))
    assert [i.doc for i in items if not isinstance(i, ArticleError)] == [str(tmp_path / "ok.txt")]
    errors = sorted(str(i) for i in items if isinstance(i, ArticleError))
    assert errors[0].startswith(f"{tmp_path / 'bad.jsonl'} line 1: expected an object")
    assert errors[1].startswith(f"{tmp_path / 'bad.jsonl'} line 2: not JSON")
    assert errors[2] == f"{tmp_path / 'bin.txt'}: binary file (not text), skipped"


def test_make_article_keeps_offsets_on_any_text():
    art = make_article("a", "date: 2024-01-02\n\x00\u202e" + "€" * 500 + " Danone\u200b10\u2060000 €")
    assert len(art.analysed_text) == len(art.text)
