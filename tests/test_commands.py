"""The commands people use every day, through click's CliRunner with the stub analyser (no model):
stores that are never created by reading, tables at any width, formats, filters, review marks."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner
from conftest import jsonl

from factx.cli import cli

READ_COMMANDS = [["claims"], ["conflicts"], ["docs"], ["entities"], ["review"]]


def run(*args, input=None, width=120, env=None):
    return CliRunner().invoke(cli, list(args), input=input, env={"COLUMNS": str(width), **(env or {})})


@pytest.fixture
def stored(story):
    result = run("extract", str(story))
    assert result.exit_code == 0, result.stderr
    return story


# -- stores --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", READ_COMMANDS)
def test_read_commands_never_create_a_store(command, tmp_path):
    db = tmp_path / "no" / "such" / "dir" / "x.db"
    result = run(*command, "--db", str(db))
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert str(db) in line and "factx extract" in line and f"--db {db}" in line
    assert not (tmp_path / "no").exists()


def test_read_command_in_a_folder_without_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTX_DB")
    result = run("conflicts")
    assert result.exit_code == 2
    assert "no factx store here" in result.stderr and "--db or FACTX_DB" in result.stderr
    assert list(tmp_path.iterdir()) == []


# -- extract ---------------------------------------------------------------------------------------------------


def test_extract_table_statuses_and_failures(stub, story):
    stub.fail("lemonde.txt", "analysis failed (boom)")
    first = run("extract", str(story))
    assert first.exit_code == 1  # one article could not be analysed; the others are stored
    assert "error: " in first.stderr and "lemonde.txt: analysis failed (boom)" in first.stderr
    assert "3 extracted" in first.stderr and "1 could not be read" in first.stderr
    rows = {line.split()[0]: line.split()[-1] for line in first.stdout.splitlines()[1:]}
    assert rows == {"afp.txt": "new", "humanite.txt": "new", "lesechos.txt": "new"}
    del stub.failures["lemonde.txt"]
    second = run("extract", str(story))
    assert second.exit_code == 0, second.stderr
    rows = {line.split()[0]: line.split()[-1] for line in second.stdout.splitlines()[1:]}
    assert rows == {
        "afp.txt": "unchanged",
        "humanite.txt": "unchanged",
        "lemonde.txt": "new",
        "lesechos.txt": "unchanged",
    }
    assert stub.analysed.count(f"{story}/lemonde.txt") == 2
    assert sum(d.endswith("afp.txt") for d in stub.analysed) == 1  # unchanged: not analysed again


def test_extract_empty_and_duplicate_are_skipped(stub, tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "x", "text": "Un texte."})
        + "\n"
        + json.dumps({"id": "x", "text": "Un autre."})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    result = run("extract", str(tmp_path), "--json")
    assert result.exit_code == 1
    assert [d["doc"] for d in jsonl(result.stdout)] == ["x"]
    jl = tmp_path / "a.jsonl"
    assert (
        f"x: a second article with this name in the run ({jl} line 2; the first is {jl} line 1)"
        in result.stderr
    )
    assert "empty.txt: empty article, skipped" in result.stderr
    assert "1 skipped" in result.stderr and "1 empty" in result.stderr


# -- formats ---------------------------------------------------------------------------------------------------


def _csv(text: str, delimiter: str = ",") -> list[dict]:
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def _name(m):
    return (m or {}).get("canonical") or ""


# For each listing: the command, and how a --json object reads in the CSV's columns (written here, apart from
# factx's own code, so that the test can fail).
LISTINGS = {
    "claims": (
        ["claims"],
        lambda o: {
            "id": o["id"],
            "doc": o["doc"],
            "frame": o["frame"],
            "subject": _name(o["subject"]),
            "object": _name(o["object"]),
            "date": (o["date"] or {}).get("value") or "",
            "hedged": str(o["hedged"]).lower(),
            "negated": str(o["negated"]).lower(),
        },
    ),
    "conflicts": (
        ["conflicts"],
        lambda o: {"id": o["id"], "kind": o["kind"], "severity": o["severity"], "review": ""},
    ),
    "docs": (["docs"], lambda o: {"doc": o["doc"], "date": o["date"] or "", "claims": str(o["n_claims"])}),
    "entities": (
        ["entities"],
        lambda o: {"entity": o["canonical"], "label": o["label"], "articles": str(o["articles"])},
    ),
}


@pytest.mark.parametrize("listing", sorted(LISTINGS))
def test_csv_and_tsv_hold_the_json_rows(stored, listing):
    command, expect = LISTINGS[listing]
    objects = jsonl(run(*command, "--json").stdout)
    assert objects, "the story gives every listing some rows"
    csv_rows = _csv(run(*command, "--csv").stdout)
    tsv_rows = _csv(run(*command, "--tsv").stdout, "\t")
    assert csv_rows == tsv_rows
    assert len(csv_rows) == len(objects)
    for row, obj in zip(csv_rows, objects, strict=True):
        want = expect(obj)
        assert {k: row[k] for k in want} == want
    headless = run(*command, "--csv", "--no-headers").stdout
    assert list(csv.reader(io.StringIO(headless))) == [list(r.values()) for r in csv_rows]


def test_csv_amount_and_positions_keep_the_wording(stored):
    rows = _csv(run("claims", "--csv", "--frame", "acquisition").stdout)
    assert "près de 1,2 milliard d'euros (≈\u00a01,2\u00a0Md€)" in {r["amount"] for r in rows}
    (conflict, *_) = _csv(run("conflicts", "--csv").stdout)
    assert "1 400 000 000 euros (1,4\u00a0Md€)" in conflict["positions"]


def test_formats_are_exclusive(stored):
    result = run("claims", "--json", "--csv")
    assert result.exit_code == 2 and "--json and --csv are mutually exclusive" in result.stderr


def test_extract_csv(stub, story):
    result = run("extract", str(story), "--csv")
    rows = _csv(result.stdout)
    assert [r["article"] for r in rows] == ["afp.txt", "humanite.txt", "lemonde.txt", "lesechos.txt"]
    assert {r["status"] for r in rows} == {"new"} and rows[0]["doc"].endswith("/afp.txt")


# -- tables at any width ----------------------------------------------------------------------------------------

# What must never be cut across lines: the figures as written, normalised values, dates and ids.
WHOLE = [
    "1 400 000 000",
    "2 000",
    "24 000",
    "1,05",
    "1,05\u00a0Md€",
    "≈\u00a01,2\u00a0Md€",
    "1,4\u00a0Md€",
    "2024-03-12",
]


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize(
    "command", [["claims"], ["conflicts"], ["docs"], ["entities"], ["claims", "--sentences"]]
)
def test_tables_fit_and_never_split_a_number(stored, command, width):
    result = run(*command, width=width)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and max(len(line) for line in lines) <= width
    assert all(line == line.rstrip() for line in lines)  # no padding at the ends of lines
    squashed = re.sub(r"\s", "", result.stdout)
    shown = [w for w in WHOLE if w.replace("\u00a0", "") in squashed]
    assert len(shown) >= {"claims": 4, "conflicts": 4, "docs": 1, "entities": 0}[command[0]]
    for whole in shown:
        assert any(whole in line for line in lines), (whole, result.stdout)


def test_conflict_ids_never_wrap_and_long_text_folds(stored):
    narrow = run("conflicts", width=80).stdout
    wide = run("conflicts", width=120).stdout
    ids = [c["id"] for c in jsonl(run("conflicts", "--json").stdout)]
    for cid in ids:
        assert re.search(rf"^{cid[3:11]}\b", narrow, re.M)
    assert len(narrow.splitlines()) > len(wide.splitlines())  # the text folded at 80, not the ids


def test_piped_output_width_follows_columns(stored, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    default = CliRunner().invoke(cli, ["claims", "--sentences"]).stdout
    assert max(map(len, default.splitlines())) > 80  # the pipe default, 120: wider than 80
    assert max(map(len, run("claims", "--sentences", width=60).stdout.splitlines())) <= 60


def test_legend_only_under_tables_that_need_it(stored):
    table = run("claims").stdout
    assert table.splitlines()[-1] == "≈ about; M million, Md milliard (10⁹)"
    plain = run("claims", "--frame", "layoff").stdout
    assert "≈" not in plain and "about" not in plain
    assert "≈ about" not in run("claims", "--csv").stdout


def test_hedged_and_negated_are_separate_columns(stub, tmp_path):
    from stub import Claim, money

    (tmp_path / "a.txt").write_text(
        "Ubisoft n'a pas cédé 10 % de son capital à Tencent pour 300 millions d'euros.\n"
    )
    stub.add("a.txt", Claim("stake", "Tencent", "Ubisoft", "300 millions d'euros", money(3e8), negated=True))
    assert run("extract", str(tmp_path / "a.txt")).exit_code == 0
    header, _, row = run("claims").stdout.splitlines()[:3]
    assert header.split()[-2:] == ["hedged", "negated"]
    hedged, negated = header.index("hedged"), header.index("negated")
    assert row[negated:].strip() == "yes" and row[hedged:negated].strip() == ""
    assert "300 millions d'euros (300\u00a0M€)" in row and "not" not in row
    (obj,) = _csv(run("claims", "--csv").stdout)
    assert (obj["hedged"], obj["negated"]) == ("false", "true")


def test_claims_sentences_highlight_the_parts(stored):
    result = run("claims", "--sentences", "--doc", "lemonde.txt", env={"FORCE_COLOR": "1", "TERM": "xterm"})
    out = result.stdout
    assert "Carrefour a racheté Cora pour" in re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "\x1b[1;7m1 400 000 000 euros" in out  # the amount reversed
    assert "\x1b[1mCarrefour" in out  # the subject in bold
    csv_rows = _csv(run("claims", "--sentences", "--csv").stdout)
    assert all(r["sentence"] for r in csv_rows)


# -- filters that say so ------------------------------------------------------------------------------------


def test_unknown_frame_lists_the_frames(stored):
    result = run("claims", "--frame", "rachat")
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert "no frame named 'rachat'" in line and "acquisition" in line and "investment" in line


def test_unknown_kind_lists_the_kinds(stored):
    result = run("conflicts", "--kind", "disagreement")
    assert (
        result.exit_code == 2 and "contradiction" in result.stderr and "hedged_vs_asserted" in result.stderr
    )


@pytest.mark.parametrize("command", [["claims"], ["conflicts"]])
def test_entity_that_matches_nothing_suggests(stored, command):
    result = run(*command, "--entity", "Carrefur")
    assert result.exit_code == 2 and result.stdout == ""
    assert "no entity named 'Carrefur'" in result.stderr and "closest: Carrefour" in result.stderr


def test_entity_any_case_and_spelling(stored):
    assert {r["subject"] for r in _csv(run("claims", "--csv", "--entity", "carrefour").stdout)} == {
        "Carrefour"
    }
    assert len(jsonl(run("conflicts", "--json", "--entity", "CORA").stdout)) >= 1


def test_known_entity_without_conflicts_says_so(stored):
    result = run("conflicts", "--frame", "layoff")
    assert result.exit_code == 0 and result.stdout == ""
    assert "no conflict matches --frame layoff" in result.stderr


@pytest.mark.parametrize("query", ["humanite.txt", "humanite", "{story}/humanite.txt"])
def test_doc_by_path_file_name_or_table_name(stored, query):
    result = run("claims", "--json", "--doc", query.format(story=stored))
    assert result.exit_code == 0, result.stderr
    assert {d["doc"] for d in jsonl(result.stdout)} == {f"{stored}/humanite.txt"}


def test_doc_that_matches_nothing_suggests(stored):
    result = run("claims", "--doc", "humanité.txt")
    assert result.exit_code == 2 and "closest: humanite.txt" in result.stderr


@pytest.mark.parametrize("cut", [lambda i: i, lambda i: i[3:], lambda i: i[3:9], lambda i: i[:8].upper()])
def test_explain_takes_any_unique_prefix(stored, cut):
    first = jsonl(run("conflicts", "--json").stdout)[0]
    result = run("conflicts", "--explain", cut(first["id"]))
    assert result.exit_code == 0, result.stderr
    assert f"id {first['id']}" in result.stdout
    assert first["explanation"].split(",")[0] in result.stdout.replace("\n", " ")
    assert jsonl(run("conflicts", "--explain", cut(first["id"]), "--json").stdout)[0]["id"] == first["id"]


def test_explain_ambiguous_prefix_lists_candidates(stored):
    ids = [c["id"] for c in jsonl(run("conflicts", "--json").stdout)]
    assert len(ids) >= 2
    result = run("conflicts", "--explain", "cf_")
    assert result.exit_code == 2
    assert "ambiguous" in result.stderr and all(i in result.stderr for i in ids)
    missing = run("conflicts", "--explain", "ffffffffff")
    assert missing.exit_code == 2 and missing.stderr.strip() == "error: no conflict with id 'ffffffffff'"


def test_explain_shows_amounts_the_one_way(stored):
    found = jsonl(run("conflicts", "--json").stdout)
    rumour = next(c for c in found if c["kind"] == "hedged_vs_asserted")
    out = run("conflicts", "--explain", rumour["id"], width=80).stdout
    assert "1,05 milliard d'euros (1,05\u00a0Md€) — affirmé" in out
    assert "près de 1,2 milliard d'euros (≈\u00a01,2\u00a0Md€) — rumeur" in out


# -- review marks -------------------------------------------------------------------------------------------


def test_review_dismiss_confirm_all_and_json(stub, stored):
    found = jsonl(run("conflicts", "--json").stdout)
    first, second = found[0]["id"], found[1]["id"]
    done = run("review", first[3:11], "--dismiss", "--note", "même chiffre, deux arrondis")
    assert done.exit_code == 0, done.stderr
    assert first in done.stderr and "dismissed" in done.stderr
    assert run("review", second, "--confirm").exit_code == 0

    table = run("conflicts")
    assert first[3:11] not in table.stdout and second[3:11] in table.stdout
    assert "confirmed" in table.stdout
    assert "1 dismissed, hidden (--all shows them)" in table.stderr
    every = jsonl(run("conflicts", "--all", "--json").stdout)
    marks = {c["id"]: c.get("review") for c in every}
    assert marks[first]["verdict"] == "dismissed" and marks[first]["note"] == "même chiffre, deux arrondis"
    assert marks[second]["verdict"] == "confirmed"
    assert {c["id"] for c in jsonl(run("conflicts", "--json").stdout)} == {c["id"] for c in every} - {first}

    # re-extraction replaces every article: the marks, keyed by the conflicts' stable ids, stay
    assert run("extract", str(stored), "--force").exit_code == 0
    assert first not in {c["id"] for c in jsonl(run("conflicts", "--json").stdout)}
    listed = _csv(run("review", "--csv").stdout)
    assert {(r["id"], r["verdict"], r["present"]) for r in listed} == {
        (first, "dismissed", "true"),
        (second, "confirmed", "true"),
    }
    assert run("review", first, "--clear").exit_code == 0
    assert first in {c["id"] for c in jsonl(run("conflicts", "--json").stdout)}


@pytest.mark.parametrize(
    "args, message",
    [
        (["--dismiss"], "name the conflict"),
        (["ID"], "say what to record"),
        (["ID", "--dismiss", "--confirm"], "--dismiss and --confirm are mutually exclusive"),
        (["ffffffff", "--dismiss"], "no conflict with id 'ffffffff'"),
    ],
)
def test_review_errors_are_one_line(stored, args, message):
    result = run("review", *args)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert message in line


def test_stdin_conflicts_carry_no_marks_and_equal_the_store(stored):
    piped = run("extract", str(stored), "--json").stdout
    from_pipe = jsonl(run("conflicts", "-", "--json", input=piped).stdout)
    assert from_pipe == jsonl(run("conflicts", "--json").stdout)


# -- errors ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, problem",
    [
        ("pas du json", "stdin line 1: not JSON (Expecting value)"),
        ('{"doc": "a", "claims": "x"}', "stdin line 1: not a factx/document/1 document ("),
        ("[1, 2]", "stdin line 1: not a factx document (expected the output of factx extract --json)"),
    ],
)
def test_conflicts_stdin_bad_input_is_one_line(line, problem):
    result = run("conflicts", "-", input=line + "\n")
    assert result.exit_code == 1
    (err,) = result.stderr.splitlines()
    assert err.startswith(f"error: {problem}")


def test_malformed_claim_names_its_field(stored):
    doc = jsonl(run("extract", str(stored), "--json").stdout)[0]
    doc["claims"][0]["amount"]["value"] = "abc"
    result = run("conflicts", "-", input=json.dumps(doc) + "\n")
    assert result.exit_code == 1
    assert (
        "claims[0].amount" in result.stderr and "'abc'" in result.stderr and "Traceback" not in result.stderr
    )
