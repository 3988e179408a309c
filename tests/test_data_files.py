"""The language data files: each loads, holds what its readers expect, and agrees with the others; a user's
FACTX_DATA_DIR extends them without editing the package. No model needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from factx import data
from factx.canon import _entries, fold, key, known_index
from factx.pipeline import lexicon
from factx.pipeline.frames import fold_word, load_frames

DATA = Path(data.__file__).parent / "fr"

# every data file and the top-level keys its readers use
EXPECTED = {
    "aliases": {"aliases", "descriptions", "demonstrative_descriptions"},
    "currencies": {"currencies", "subunits"},
    "dates": set(),
    "entities": {"ORG", "PER", "PRODUCT", "LOC"},
    "entity_stoplist": {"words", "common_acronyms", "org_nouns", "legal_forms", "org_suffixes", "seat_nouns",
                        "span_breakers"},
    "events": {"milestones"},
    "figures": {"per_unit", "per_unit_frame", "restatement", "measure_nouns", "measure_verbs", "purpose_verbs",
                "lead_verbs", "company_price_frame"},
    "frames": {"frames"},
    "grammar": {"determiners", "prepositions", "pronouns", "predicate_verbs", "outside_verbs"},
    "hedges": {"sentence_lemmas", "governing_lemmas", "negation_words"},
    "numbers": {"scales", "abbreviations"},
    "places": {"places"},
    "quantifiers": {"approx", "low", "high"},
    "reconcile": {"hedge_labels", "unit_synonyms", "value_synonyms", "frame_phrases", "explanations"},
    "roles": {"frame", "titles"},
    "sources": {"outlets", "reporting_verbs", "attribution_preps", "official_sources"},
}  # fmt: skip


def _clear() -> None:
    for fn in (data.load, known_index, lexicon.grammar, lexicon.sources, lexicon.outlet_keys, lexicon.outlet_names, lexicon.figures,
               lexicon.descriptions, lexicon.milestones):  # fmt: skip
        fn.cache_clear()


@pytest.fixture(autouse=True)
def fresh_caches():
    _clear()
    yield
    _clear()


def test_every_data_file_is_known_and_loads():
    assert {p.stem for p in DATA.glob("*.yaml")} == set(EXPECTED)
    for name, keys in EXPECTED.items():
        raw = data.load(name)
        assert isinstance(raw, dict), name
        assert keys <= set(raw), (name, keys - set(raw))


def test_descriptions_have_one_label_each():
    raw = data.load("aliases")
    seen: dict[str, str] = {}
    for section in ("descriptions", "demonstrative_descriptions"):
        for label, nouns in raw[section].items():
            assert label in ("ORG", "PER", "PRODUCT"), label
            for noun in nouns:
                assert seen.setdefault(fold(noun), label) == label, noun


def test_outlets_are_organisations_not_parties():
    outlets = {key(n) for n in lexicon.outlet_keys()}
    assert outlets and "bloomberg" in outlets
    # an outlet is never also listed as a company of entities.yaml (it would be a party and a source)
    for label, names, _ in _entries(data.load("entities")):
        assert not (label == "ORG" and key(names[0]) in outlets), names[0]
    assert known_index().by_key[key("The Wall Street Journal")].label == "ORG"


def test_figure_words_parse():
    f = lexicon.figures()
    assert ("par", "action") in f.per_unit and f.per_unit[("l'", "action")] == "action"
    assert (",", "soit") in f.restatement and ("(",) in f.restatement
    frames = load_frames(None).frames
    for name in (f.per_unit_frame, f.per_unit_total_frame, f.company_price_frame):
        assert name in frames, name


def test_each_milestone_verb_names_one_milestone():
    raw = data.load("events")["milestones"]
    verbs = [v for vs in raw.values() for v in vs]
    assert len(verbs) == len(set(verbs))
    assert lexicon.milestones()["finaliser"] == "completion"


def test_units_belong_to_one_frame():
    frames = load_frames(None).frames.values()
    owner: dict[str, str] = {}
    for f in frames:
        for unit in f.units:
            assert owner.setdefault(unit, f.name) == f.name, unit
    assert owner[fold_word("salarié")] == "headcount"


@pytest.mark.parametrize(
    "written,data_word",
    [
        ("disparaitre", "disparaître"),
        ("entrainer", "entraîner"),
        ("cout", "coût"),
        ("Coûts", "coût"),
        ("levées", "levée"),
    ],
)
def test_trigger_words_match_the_reformed_spelling(written, data_word):
    """The 1990 spelling reform drops the circumflex on i and u: a word written so finds the data's."""
    assert fold_word(written) == fold_word(data_word)


def test_trigger_words_keep_other_accents():
    """Guard row: other accents tell words apart ("côte" is no "cote", "tâche" no "tache")."""
    assert fold_word("côte") != fold_word("cote") and fold_word("tâche") != fold_word("tache")


def test_predicate_and_outside_verbs_do_not_overlap():
    g = lexicon.grammar()
    assert not set(g.predicate_verbs) & g.outside_verbs
    assert g.prep_forms("de") >= {"de", "d'", "du", "des"}


def test_factx_data_dir_extends_every_concept(tmp_path, monkeypatch):
    (tmp_path / "sources.yaml").write_text(
        "outlets:\n  - [La Gazette du Nord]\nreporting_verbs: [claironner]\n"
    )
    (tmp_path / "aliases.yaml").write_text("descriptions:\n  ORG: [coopérative]\n")
    (tmp_path / "figures.yaml").write_text("per_unit:\n  par bouteille: bouteille\n")
    (tmp_path / "events.yaml").write_text("milestones:\n  completion: [solder]\n")
    (tmp_path / "grammar.yaml").write_text("outside_verbs: [applaudir]\n")
    monkeypatch.setenv("FACTX_DATA_DIR", str(tmp_path))
    _clear()
    assert lexicon.is_outlet("La Gazette du Nord")
    assert (
        "claironner" in lexicon.sources().reporting_verbs and "évoquer" in lexicon.sources().reporting_verbs
    )
    assert lexicon.descriptions().label_of["cooperative"] == "ORG"
    assert lexicon.figures().per_unit[("par", "bouteille")] == "bouteille"
    assert lexicon.milestones()["solder"] == "completion"
    assert {"applaudir", "autoriser"} <= lexicon.grammar().outside_verbs


def test_factx_data_dir_names_a_missing_folder(tmp_path, monkeypatch):
    # a folder that does not exist extends nothing (issue 13 decides how loudly): the package's data stands
    monkeypatch.setenv("FACTX_DATA_DIR", str(tmp_path / "nope"))
    _clear()
    assert "évoquer" in lexicon.sources().reporting_verbs
