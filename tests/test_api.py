"""The library API the CLI wraps, and the pieces of what people read (amounts, labels, ids, wrapping)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from stub import Claim, StubAnalyser, money

import factx
from factx.display import article_labels, fmt_amount, fmt_value, legend, short_ids
from factx.output import allocate, measure

NB, NN = "\u00a0", "\u202f"


# -- extract: events, no terminal --------------------------------------------------------------------------


def test_extract_yields_one_event_per_article(tmp_path):
    (tmp_path / "a.txt").write_text("Back Market lève 510 millions d'euros.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (tmp_path / "d.txt").write_text("Texte.\n", encoding="utf-8")
    (tmp_path / "e.txt").write_bytes("Qonto a levé 486 millions d'euros en été.".encode("cp1252"))
    stub = StubAnalyser()
    stub.add("a.txt", Claim("funding_round", "Back Market", None, "510 millions d'euros", money(5.1e8)))
    stub.fail("d.txt", "analysis failed (test)")
    with factx.Store(tmp_path / "s.db") as store:
        run = factx.extract([tmp_path], store, analyser=stub)
        assert run.total == 5
        events = list(run)
        kinds = sorted((type(e).__name__, e.doc.rsplit("/", 1)[-1]) for e in events)
        assert kinds == [
            ("Failed", "c.txt"),
            ("Failed", "d.txt"),
            ("Skipped", "b.txt"),
            ("Stored", "a.txt"),
            ("Stored", "e.txt"),
            ("Warned", "e.txt"),
        ]
        failed = {e.doc.rsplit("/", 1)[-1]: e for e in events if isinstance(e, factx.Failed)}
        assert failed["c.txt"].stage == "read" and "binary" in str(failed["c.txt"].error)
        assert failed["d.txt"].stage == "analyse"
        assert not run.tally.ok and run.tally.extracted == 2 and run.tally.empty == 1
        again = [e for e in factx.extract([tmp_path / "a.txt"], store, analyser=stub) if e.kind != "warning"]
        assert [type(e) for e in again] == [factx.Unchanged]
        assert again[0].document["claims"][0]["frame"] == "funding_round"


def test_extract_loads_nothing_when_nothing_changed(tmp_path):
    (tmp_path / "a.txt").write_text("Un texte.\n", encoding="utf-8")
    with factx.Store(tmp_path / "s.db") as store:
        list(factx.extract([tmp_path], store, analyser=StubAnalyser()))

        def no_model(arts):
            raise AssertionError("the analyser ran for an unchanged article")

        assert [e.kind for e in factx.extract([tmp_path], store, analyser=no_model)] == ["unchanged"]


def test_extract_analyses_again_what_another_pipeline_made(tmp_path):
    # an upgraded factx or an edited data file: the stored documents are not "unchanged"
    (tmp_path / "a.txt").write_text("Back Market lève 510 millions d'euros.\n", encoding="utf-8")
    with factx.Store(tmp_path / "s.db") as store:
        first = list(factx.extract([tmp_path], store, analyser=StubAnalyser(), pipeline="v1"))
        assert [e.kind for e in first] == ["stored"] and first[0].document["pipeline"] == "v1"
        assert [e.kind for e in factx.extract([tmp_path], store, analyser=StubAnalyser(), pipeline="v1")] == [
            "unchanged"
        ]
        again = list(factx.extract([tmp_path], store, analyser=StubAnalyser(), pipeline="v2"))
        assert [e.kind for e in again] == ["stored"] and again[0].updated
        assert store.document(again[0].doc)["pipeline"] == "v2"


def test_pipeline_fingerprint_follows_the_data(tmp_path, monkeypatch):
    from factx.extraction import pipeline_fingerprint

    monkeypatch.delenv("FACTX_DATA_DIR", raising=False)
    base = pipeline_fingerprint()
    assert base == pipeline_fingerprint()
    frames = tmp_path / "frames.yaml"
    frames.write_text("frames: {}\n", encoding="utf-8")
    with_frames = pipeline_fingerprint(str(frames))
    assert with_frames != base
    frames.write_text("frames: {fine: {amount: [money], verbs: [sanctionner]}}\n", encoding="utf-8")
    assert pipeline_fingerprint(str(frames)) != with_frames
    (tmp_path / "hedges.yaml").write_text("cues: []\n", encoding="utf-8")
    monkeypatch.setenv("FACTX_DATA_DIR", str(tmp_path))
    assert pipeline_fingerprint() != base


def test_extract_skips_other_languages_counts_other_files_and_groups_reprints(tmp_path):
    from test_reprints import DISPATCH, LEDE_REPRINT

    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "afp.txt").write_text(f"source: Le Progrès\ndate: 2019-03-12\n\n{DISPATCH}\n", encoding="utf-8")
    (folder / "agg.txt").write_text(LEDE_REPRINT + "\n", encoding="utf-8")
    (folder / "en.txt").write_text(
        "Boiron announced on Thursday that it will close its Montrichard plant and cut 646 jobs in France.\n",
        encoding="utf-8",
    )
    (folder / "notes.md").write_text("# À vérifier\n", encoding="utf-8")
    (folder / "rapport.pdf").write_bytes(b"%PDF-1.4 ...")
    with factx.Store(tmp_path / "s.db") as store:
        run = factx.extract([folder], store, analyser=StubAnalyser())
        assert str(run.files_skipped).startswith("2 files skipped: 1 .md without front matter, 1 .pdf")
        events = list(run)
        skipped = [e for e in events if isinstance(e, factx.Skipped)]
        assert [(e.doc.rsplit("/", 1)[-1], e.language) for e in skipped] == [("en.txt", "en")]
        assert "not in French (language: en)" in skipped[0].reason
        assert run.tally.other_language == 1 and run.tally.extracted == 2 and run.tally.ok
        assert store.text(str(folder / "agg.txt")) == LEDE_REPRINT + "\n"  # the text the offsets index
        groups = store.reprint_groups()
        assert sorted(Path(d).name for d in groups) == ["afp.txt", "agg.txt"]
        assert {label for _, label in groups.values()} == {"AFP, repris par 2 titres"}
        again = factx.extract([folder], store, analyser=StubAnalyser(), any_language=True)
        assert [e.kind for e in again if e.doc.endswith("en.txt")] == ["stored"]


# -- reconcile merges names itself -----------------------------------------------------------------------


def _doc(name: str, spelling: str, text: str, value: float) -> dict:
    stub = StubAnalyser()
    art = factx.Article(doc=name, text=text, date="2024-05")
    claim = Claim("funding_round", spelling, None, text.split(" lève ")[1].rstrip(".\n"), money(value))
    return stub.document(art, [claim])


def test_reconcile_merges_names_across_articles():
    docs = [
        _doc("a.txt", "Back Market", "Back Market lève 510 millions d'euros.\n", 5.1e8),
        _doc("b.txt", "BackMarket", "BackMarket lève 450 millions d'euros.\n", 4.5e8),
    ]
    merged = factx.reconcile(docs)
    assert [c["subject"] for c in merged] == ["Back Market"]
    assert factx.reconcile(docs, canonical={}) == []  # each article's own names: two subjects, no conflict
    assert factx.reconcile(iter(docs)) == merged  # any iterable, read once
    import factx.reconcile as module  # the module too, still

    assert module.filter_conflicts(merged, frame="funding_round") == merged


# -- documents read back -------------------------------------------------------------------------------------


def test_read_documents_validates_against_the_contract():
    good = _doc("a.txt", "Back Market", "Back Market lève 510 millions d'euros.\n", 5.1e8)
    assert list(factx.read_documents(io.StringIO(json.dumps(good) + "\n\n"))) == [good]
    bad = json.loads(json.dumps(good))
    del bad["claims"][0]["frame"]
    with pytest.raises(
        factx.errors.ContractError, match=r"^stdin line 2: .*claims\[0\]: 'frame' is a required"
    ):
        list(factx.read_documents(["\n", json.dumps(bad)]))
    with pytest.raises(factx.errors.InputError, match="docs.jsonl line 1: not JSON"):
        list(factx.read_documents(["{nope"], name="docs.jsonl"))
    with pytest.raises(factx.errors.InputError, match="nested too deep"):
        list(factx.read_documents(["[" * 100_000]))


def test_store_for_reading_is_never_created(tmp_path):
    with pytest.raises(factx.StoreNotFound):
        factx.Store(tmp_path / "x" / "s.db", create=False)
    assert list(tmp_path.iterdir()) == []


def test_find_conflict_docs_entities():
    conflicts = [{"id": "cf_ab12cd34ef56ab78"}, {"id": "cf_ab12ff00ef56ab78"}]
    assert factx.find_conflict(conflicts, "AB12C")["id"] == "cf_ab12cd34ef56ab78"
    with pytest.raises(factx.UnknownName) as e:
        factx.find_conflict(conflicts, "cf_ab12")
    assert e.value.candidates == ["cf_ab12cd34ef56ab78", "cf_ab12ff00ef56ab78"]
    articles = [
        {"doc": "a/05_humanite.txt", "source": "L'Humanité"},
        {"doc": "b/05_humanite.txt", "source": None},
    ]
    assert factx.find_docs("05_humanite.txt", articles) == ["a/05_humanite.txt", "b/05_humanite.txt"]
    assert factx.find_docs("a/05_humanite.txt", articles) == ["a/05_humanite.txt"]
    assert factx.find_docs("l'humanite", articles) == ["a/05_humanite.txt"]
    spellings = {"Back Market": ["BackMarket"], "Qonto": []}
    assert factx.find_entity("backmarket", spellings) == "Back Market"
    with pytest.raises(factx.UnknownName, match="closest: Qonto"):
        factx.find_entity("Qonta", spellings)


def test_apply_reviews():
    conflicts = [{"id": "cf_1"}, {"id": "cf_2"}, {"id": "cf_3"}]
    marks = {"cf_1": {"verdict": "dismissed", "note": None}, "cf_2": {"verdict": "confirmed", "note": "AFP"}}
    shown, hidden = factx.apply_reviews(conflicts, marks)
    assert [c["id"] for c in shown] == ["cf_2", "cf_3"] and hidden == 1
    assert shown[0]["review"]["verdict"] == "confirmed" and "review" not in shown[1]
    assert len(factx.apply_reviews(conflicts, marks, show_all=True)[0]) == 3


# -- amounts for people ----------------------------------------------------------------------------------------

AMOUNTS = [
    ({"kind": "money", "value": 1e10, "unit": "USD"}, f"10{NB}Md$"),
    ({"kind": "money", "value": 1e9, "unit": "USD", "approx": True}, f"≈{NB}1{NB}Md$"),
    ({"kind": "money", "low": 2e9, "unit": "USD", "approx": True}, f">{NB}2{NB}Md$"),
    ({"kind": "money", "low": 2e9, "high": 5e9, "unit": "EUR"}, f"2–5{NB}Md€"),
    ({"kind": "money", "high": 5e6, "unit": "EUR"}, f"<{NB}5{NB}M€"),
    ({"kind": "money", "value": 1.05e9, "unit": "EUR"}, f"1,05{NB}Md€"),
    ({"kind": "money", "value": 300_000, "unit": "EUR"}, f"300{NN}000{NB}€"),
    ({"kind": "money", "value": 2.5e8, "unit": "CHF"}, f"250{NB}M{NB}CHF"),
    ({"kind": "percent", "value": 49, "unit": "%"}, f"49{NB}%"),
    ({"kind": "percent", "value": 4.5, "unit": "%", "approx": True}, f"≈{NB}4,5{NB}%"),
    ({"kind": "count", "value": 10_000, "unit": "employé"}, f"10{NN}000"),
    ({"kind": "count", "value": 2e6, "unit": "personne", "approx": True}, f"≈{NB}2{NB}M"),
]


@pytest.mark.parametrize(("amount", "expected"), AMOUNTS)
def test_fmt_value(amount, expected):
    assert fmt_value({"value": None, "low": None, "high": None, **amount}) == expected


def test_fmt_amount_is_wording_and_value():
    a = {
        "text": "près d'un  milliard de dollars",
        "kind": "money",
        "value": 1e9,
        "unit": "USD",
        "approx": True,
    }
    assert fmt_amount(a) == f"près d'un milliard de dollars (≈{NB}1{NB}Md$)"
    assert fmt_amount({"text": "49 %", "kind": "percent", "value": 49, "unit": "%"}) == "49 %"
    assert fmt_amount(None) == ""


def test_legend_names_what_is_used():
    assert legend([f"(≈{NB}1{NB}Md$)", "x"]) == "≈ about; M million, Md milliard (10⁹)"
    assert legend([f"(>{NB}2{NB}%)"]) == "> more than"
    assert legend([f"10{NB}Md$", "1 < 2"]) is None


def test_article_labels_and_short_ids():
    assert article_labels(["a/x.txt", "b/x.txt", "c/y.txt", "id-7"]) == {
        "a/x.txt": "a/x.txt",
        "b/x.txt": "b/x.txt",
        "c/y.txt": "y.txt",
        "id-7": "id-7",
    }
    ids = ["cf_ab12cd34ef56ab78", "cf_ab12cd34ff56ab78", "cf_0000000000000001"]
    assert short_ids(ids) == {ids[0]: "ab12cd34e", ids[1]: "ab12cd34f", ids[2]: "00000000"}


# -- wrapping ------------------------------------------------------------------------------------------------


def test_numbers_are_unbreakable_runs():
    assert measure("pour 10 000 000 euros") == (len("10 000 000 euros"), 21)
    assert measure(f"soit (≈{NB}1{NB}Md$) au total") == (len(f"(≈{NB}1{NB}Md$)"), 23)


def test_wrap_keeps_numbers_and_styles():
    from rich.text import Text

    from factx.output import wrap

    t = Text("Renault supprime 2 000 postes en France pour 300 000 000 euros.")
    t.stylize("bold", 17, 22)
    lines = wrap(t, 20)
    assert [x.plain for x in lines] == [
        "Renault supprime",
        "2 000 postes en",
        "France pour",
        "300 000 000 euros.",
    ]
    assert lines[1].spans[0].start == 0 and lines[1].spans[0].end == 5  # "2 000" still bold
    assert [x.plain for x in wrap(Text("abcdefghij"), 4)] == ["abcd", "efgh", "ij"]


def test_allocate_narrows_text_before_cutting_words():
    # two text columns (words of 10 and 8) and a number column that never shrinks
    assert allocate([10, 8, 7], [40, 30, 7], [True, True, False], 40) == [16, 17, 7]
    assert allocate([10, 8, 7], [40, 30, 7], [True, True, False], 20) == [8, 8, 7]
    assert allocate([10, 8, 7], [12, 9, 7], [True, True, False], 60) == [12, 9, 7]
