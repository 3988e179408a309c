"""The command line, end to end through click's CliRunner, with the real model (slow; test_commands.py has
the fast tier, on a stub analyser)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import SEEDS, jsonl

from factx.cli import cli

COMMANDS = ["extract", "claims", "conflicts", "docs", "entities", "review"]
ARTICLE = (
    "date: 2024-03-12\n"
    "Le groupe Renault a annoncé mardi la suppression de 2 000 postes en France d'ici 2025. "
    "Selon Les Echos, le constructeur pourrait aussi céder sa filiale pour 300 millions d'euros.\n"
)


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help(command):
    result = run(*([command] if command else []), "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout


def test_help_does_not_import_spacy():
    code = (
        "import sys; from click.testing import CliRunner; from factx.cli import cli; "
        "r = CliRunner().invoke(cli, ['--help']); assert r.exit_code == 0; "
        "print(sorted(m for m in ('spacy', 'dateparser', 'rich', 'factx.pipeline') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_extract_seeds_json(seeds_documents):
    assert sorted(d["doc"].rsplit("/", 1)[-1] for d in seeds_documents) == sorted(
        p.name for p in SEEDS.glob("*.txt")
    )
    for d in seeds_documents:
        text = (SEEDS / d["doc"].rsplit("/", 1)[-1]).read_text(encoding="utf-8")
        for group in ("entities", "amounts", "dates"):
            for item in d[group]:
                assert text[item["start"] : item["end"]] == item["text"], (group, item)
        for c in d["claims"]:
            assert text[c["start"] : c["end"]] == c["sentence"]
    dated = {d["doc"].rsplit("/", 1)[-1]: d["date"] for d in seeds_documents}
    assert dated["000_410d332cc422cd51.txt"] == "2022-10"
    assert dated["001_8efc7d3a4e054838.txt"] is None


@pytest.mark.slow
def test_extract_table_then_skip_unchanged(tmp_path):
    art = tmp_path / "renault.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    first = run("extract", str(art))
    assert first.exit_code == 0, first.stderr
    assert "renault.txt" in first.stdout and "new" in first.stdout
    second = run("extract", str(art))
    assert second.exit_code == 0
    assert "unchanged" in second.stdout and "1 unchanged" in second.stderr
    art.write_text(ARTICLE.replace("2 000", "3 000"), encoding="utf-8")
    third = run("extract", str(art), "--json")
    (doc,) = jsonl(third.stdout)
    assert "updated" not in third.stdout  # --json prints documents only
    assert "1 extracted" in third.stderr
    docs = run("docs", "--json")
    (row,) = jsonl(docs.stdout)
    assert row["doc"] == str(art) and row["date"] == "2024-03-12"


@pytest.mark.slow
def test_bad_inputs_one_line_each(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "cp1252.txt").write_bytes(
        "L'État prévoit un budget de 1,5 milliard d'euros.".encode("cp1252")
    )
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (tmp_path / "nothing").mkdir()
    result = run("extract", str(tmp_path), "--json")
    assert result.exit_code == 1  # the PNG could not be read
    docs = {d["doc"].rsplit("/", 1)[-1]: d for d in jsonl(result.stdout)}
    assert set(docs) == {"good.txt", "cp1252.txt"}
    assert "État" in docs["cp1252.txt"]["entities"][0]["text"] or docs["cp1252.txt"]["sha256"]
    lines = result.stderr.strip().splitlines()
    assert any("empty.txt" in line and "empty" in line for line in lines)
    assert any("cp1252.txt" in line and "cp1252" in line for line in lines)
    assert any("image.txt" in line and "binary" in line for line in lines)
    assert "Traceback" not in result.stderr
    # the empty sub-folder was not named on the command line, so it is not an error of its own
    empty_folder = run("extract", str(tmp_path / "nothing"))
    assert empty_folder.exit_code == 1
    assert empty_folder.stderr.strip().count("\n") == 1  # the warning and the summary line
    assert "no articles" in empty_folder.stderr


def test_missing_path_is_usage_error(tmp_path):
    result = run("extract", str(tmp_path / "absent.txt"))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'absent.txt'}: no such file or folder"


def test_bad_doc_date():
    result = run("extract", str(SEEDS), "--doc-date", "hier")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1


@pytest.mark.slow
def test_stdin_jsonl_and_doc_date():
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE.split("\n", 1)[1]}),
        json.dumps({"id": "a2", "text": "Texte.", "date": "2022"}),
    ]
    result = run("extract", "-", "--json", "--doc-date", "2024-03", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.stderr
    docs = jsonl(result.stdout)
    assert [(d["doc"], d["date"], d["date_source"]) for d in docs] == [
        ("a1", "2024-03", "option"),
        ("a2", "2024-03", "option"),
    ]


@pytest.mark.slow
def test_stdin_plain_text():
    result = run("extract", "-", "--json", input=ARTICLE)
    (doc,) = jsonl(result.stdout)
    assert doc["doc"] == f"stdin-{doc['sha256'][:12]}" and doc["date"] == "2024-03-12"


def test_conflicts_from_stdin_equal_store(seeds_documents, tmp_path):
    piped = "\n".join(json.dumps(d, ensure_ascii=False) for d in seeds_documents) + "\n"
    from_stdin = run("conflicts", "-", "--json", input=piped)
    assert from_stdin.exit_code == 0, from_stdin.stderr
    db = tmp_path / "s.db"
    assert run("extract", str(SEEDS), "--db", str(db)).exit_code == 0
    from_store = run("conflicts", "--json", "--db", str(db))
    assert from_store.exit_code == 0
    strip = lambda cs: [{k: v for k, v in c.items()} for c in jsonl(cs)]  # noqa: E731
    assert strip(from_stdin.stdout) == strip(from_store.stdout)


@pytest.mark.slow
def test_claims_and_entities_commands(tmp_path):
    art = tmp_path / "renault.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    assert run("extract", str(art)).exit_code == 0
    for command in (
        ["claims"],
        ["claims", "--json"],
        ["entities"],
        ["entities", "--json"],
        ["docs"],
        ["conflicts"],
    ):
        result = run(*command)
        assert result.exit_code == 0, (command, result.stderr)
    ents = jsonl(run("entities", "--json").stdout)
    assert any(e["canonical"] == "Renault" for e in ents)


def test_conflicts_table_filters_and_explain(seeds_documents):
    piped = "\n".join(json.dumps(d, ensure_ascii=False) for d in seeds_documents) + "\n"
    found = jsonl(run("conflicts", "-", "--json", input=piped).stdout)
    assert found, "the seeds disagree on the 2023 investment"
    kinds = {c["kind"] for c in found}
    only = jsonl(run("conflicts", "-", "--json", "--kind", "contradiction", input=piped).stdout)
    assert {c["kind"] for c in only} <= {"contradiction"} and len(only) <= len(found)
    high = jsonl(run("conflicts", "-", "--json", "--min-severity", "high", input=piped).stdout)
    assert all(c["severity"] == "high" for c in high)
    unknown = run("conflicts", "-", "--json", "--entity", "Renault", input=piped)
    assert unknown.exit_code == 2 and "no entity named 'Renault'" in unknown.stderr
    table = run("conflicts", "-", input=piped)
    assert table.exit_code == 0 and all(k in table.stdout for k in kinds)
    first = found[0]
    explained = run("conflicts", "-", "--explain", first["id"][:10], input=piped)
    assert explained.exit_code == 0
    for side in first["sides"]:
        assert f"{side['claims'][0]['text']} — " in explained.stdout  # the side's heading, then its articles
        assert side["claims"][0]["doc"].rsplit("/", 1)[-1] in explained.stdout
    missing = run("conflicts", "-", "--explain", "nope", input=piped)
    assert missing.exit_code == 2 and missing.stderr.strip() == "error: no conflict with id 'nope'"


@pytest.mark.slow
def test_review_cases_one_line_each(tmp_path):
    (tmp_path / "odd16.txt").write_bytes(b"\xff\xfeM\x00i\x00A")  # UTF-16 cut mid-character
    (tmp_path / "bad_date.txt").write_text(
        "date: 2023-02-30\nLe groupe Duval a racheté Ynsect.\n", encoding="utf-8"
    )
    lines = [
        json.dumps(
            {"id": "dup", "text": "Renault a annoncé\u2028 2 000 suppressions de postes."}, ensure_ascii=False
        ),
        json.dumps({"id": "dup", "text": "Un autre texte."}),
    ]
    (tmp_path / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("extract", str(tmp_path), "--json")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    docs = {d["doc"].rsplit("/", 1)[-1]: d for d in jsonl(result.stdout)}
    assert set(docs) == {"bad_date.txt", "dup"}  # U+2028 inside a JSON string is not a line break
    assert docs["bad_date.txt"]["date"] is None and "not a valid date" in docs["bad_date.txt"]["warnings"][0]
    assert "Renault" in docs["dup"]["claims"][0]["sentence"] if docs["dup"]["claims"] else True
    err = result.stderr
    assert "odd16.txt: invalid UTF-16" in err
    assert "dup: a second article with this name in the run (" in err and "line 2; the first is" in err


@pytest.mark.slow
def test_claim_sentence_is_the_article_text_when_the_header_shares_its_line(tmp_path):
    art = tmp_path / "h.txt"
    text = "Publié le lundi 23 janvier 2023 Microsoft a investi 10 milliards de dollars dans OpenAI hier.\n"
    art.write_text(text, encoding="utf-8")
    (doc,) = jsonl(run("extract", str(art), "--json").stdout)
    assert doc["date"] == "2023-01-23" and doc["claims"]
    for c in doc["claims"]:
        assert c["sentence"] == text[c["start"] : c["end"]]


def test_library_reconcile_equals_conflicts_from_stdin(seeds_documents):
    import factx

    piped = "\n".join(json.dumps(d, ensure_ascii=False) for d in seeds_documents) + "\n"
    from_cli = jsonl(run("conflicts", "-", "--json", input=piped).stdout)
    assert from_cli and factx.reconcile(seeds_documents) == from_cli


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory):
    db = tmp_path_factory.mktemp("seeds_store") / "s.db"
    result = CliRunner().invoke(cli, ["extract", str(SEEDS), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    return db


@pytest.mark.slow
@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize(
    "command", [["claims"], ["conflicts"], ["docs"], ["entities"], ["claims", "--sentences"]]
)
def test_seeds_tables_split_no_number(seeds_store, command, width):
    import re

    result = CliRunner().invoke(cli, [*command, "--db", str(seeds_store)], env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and max(len(line) for line in lines) <= width
    # every figure the seeds write, and every normalised value, stands whole on one line
    figures = {"10 milliards", "29 milliards", "1 milliard", "10.000", "49 %", "75 %", "2015", "2023-01"}
    figures |= {"10\u00a0Md$", "≈\u00a01\u00a0Md$", ">\u00a02\u00a0Md$", ">\u00a020\u00a0Md$"}
    squashed = re.sub(r"\s", "", result.stdout)
    shown = [f for f in figures if re.sub(r"\s", "", f) in squashed]
    assert shown or command[0] in ("docs", "entities")
    for figure in shown:
        assert any(figure in line for line in lines), (figure, width)
