"""Issue 13: a fuzz test over the whole extract path (read, decode, analyse, store, read back, render):
random bytes, random Unicode with controls and surrogates, random JSON Lines, file names that are not UTF-8,
among one ordinary article. Whatever the folder holds: no internal error, every article accounted for by one
event, the ordinary one stored, every stored document valid for the contract, `PRAGMA integrity_check` ok,
and the read commands still work on what was stored.

The fast tier runs the stub analyser (reading, decoding, storing, rendering); the slow tier runs the French
pipeline itself on the same inputs.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factx import Store, extract
from factx.cli import cli
from factx.documents import validate_document
from factx.extraction import Failed, Skipped, Stored, Unchanged, Warned

GOOD = (
    "date: 2024-03-12\nLe groupe Carrefour a annoncé le rachat de l'enseigne Cora pour 1,05 milliard d'euros. "
    "Selon Les Echos, 2 000 postes seraient supprimés d'ici 2025.\n"
)
# Pieces hostile input is made of, mixed into random text so that the fuzzer reaches the paths behind them.
PIECES = [
    "1" * 400,
    "deux cent " * 40,
    "2023-" * 50,
    "01 02 03 04 " * 20,
    "'" * 300,
    "€" * 300,
    "(" * 200,
    "10\u200b000 €",
    "\x1b[2J",
    "\x1b]8;;file:///etc/passwd\x07",
    "\u202e",
    "\ud800",
    "\x00",
    "\ufeff",
    "date: 0000-01-01\n",
    "---\ndate: 2024-13-45\nsource: x\n---\n",
    "<html><body><p>",
    " milliards d'euros ",
    " le 31 février 2024 ",
    "Carrefour rachète Cora pour ",
    "\n\n",
    "https://example.org/" + "a/" * 60,
]
# Real press sentences, cut at random, so that hostile pieces land inside claims, amounts, dates and names.
SENTENCES = [
    s.strip()
    for p in sorted(SEEDS.glob("*.txt"))
    for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8"))
    if len(s.strip()) > 40
]
sentence_part = st.tuples(st.sampled_from(SENTENCES), st.integers(0, 200), st.integers(0, 400)).map(
    lambda t: t[0][t[1] : t[1] + t[2]]
)
hostile_text = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=()), max_size=300),
        st.sampled_from(PIECES),
        sentence_part,
        sentence_part,
    ),
    max_size=10,
).map(lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
json_line = st.one_of(
    st.fixed_dictionaries(
        {"text": hostile_text},
        optional={
            "id": st.one_of(hostile_text, st.integers(), json_values),
            "date": st.one_of(st.sampled_from(["2024", "0000", "2024-02-30", "9999-12-31"]), json_values),
            "source": json_values,
            "title": json_values,
        },
    ),
    st.fixed_dictionaries(
        {"html": st.sampled_from(["<html><body><p>" + "Cora " * 20 + "</p></body></html>", ""])}
    ),
    json_values,
).map(lambda v: json.dumps(v, ensure_ascii=True))
jsonl_file = st.lists(st.one_of(json_line, hostile_text.map(lambda t: t.replace("\n", " "))), max_size=5).map(
    lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass")
)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252"]
text_file = st.one_of(
    st.binary(max_size=2000),
    st.tuples(hostile_text, st.sampled_from(ENCODINGS)).map(
        lambda te: te[0].encode(te[1], "surrogatepass" if te[1].startswith("utf") else "replace")
    ),
)
file_name = st.one_of(
    st.text(
        alphabet=st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
        min_size=1,
        max_size=20,
    ),
    st.binary(min_size=1, max_size=20).filter(lambda b: b"/" not in b and b"\0" not in b),
)


folders = st.lists(
    st.tuples(
        file_name, st.sampled_from([".txt", ".jsonl", ".html", ".md"]), st.one_of(text_file, jsonl_file)
    ),
    min_size=1,
    max_size=4,
)

ANALYSE_PROBLEMS = re.compile(r"too long to analyse|could not be stored")


def write_folder(root: Path, files) -> None:
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    for k, (name, suffix, data) in enumerate(files):
        raw = name if isinstance(name, bytes) else name.encode("utf-8")
        raw = b"f%d_" % k + raw.lstrip(b".") + suffix.encode()
        if len(raw) > 200:
            raw = raw[:190] + suffix.encode()
        with open(os.fsencode(root) + b"/" + raw, "wb") as f:
            f.write(data)


def check_run(root: Path, db: Path, analyser=None, any_language: bool = True) -> None:
    with Store(db) as store:
        run = extract([str(root)], store, analyser=analyser, any_language=any_language)
        events = list(run)  # never raises: every problem is an event
        stored = [e.doc for e in events if isinstance(e, Stored)]
        assert f"{root}/good.txt" in stored, [str(getattr(e, "error", e)) for e in events]
        for e in events:
            assert isinstance(e, (Stored, Unchanged, Skipped, Failed, Warned))
            if isinstance(e, Failed) and e.stage == "analyse":
                assert ANALYSE_PROBLEMS.search(e.error.problem), str(e.error)  # no pipeline crash
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        documents = list(store.documents())
        assert sorted(d["doc"] for d in documents) == sorted(set(stored))
        for d in documents:
            validate_document(d)
    for args in (["claims"], ["conflicts"], ["docs"], ["entities"], ["claims", "--sentences"]):
        result = CliRunner().invoke(cli, [*args, "--db", str(db)])
        assert result.exit_code == 0, (args, result.stderr)
        assert "\x1b" not in result.stdout + result.stderr


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(files=folders, any_language=st.booleans())
def test_fuzz_extract_with_the_stub(files, any_language):
    from stub import StubAnalyser

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "in"
        root.mkdir()
        write_folder(root, files)
        check_run(root, Path(tmp) / "s.db", StubAnalyser(), any_language)


@pytest.fixture(scope="module")
def pipeline():
    from factx.analyse import Analyser

    analyser = Analyser()
    analyser.nlp  # noqa: B018 - load once for every example
    return analyser


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(files=folders)
def test_fuzz_extract_with_the_french_pipeline(pipeline, files):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "in"
        root.mkdir()
        write_folder(root, files)
        check_run(root, Path(tmp) / "s.db", analyser=pipeline)
