"""The frames, hedges and role-title data files, and user frames files given with --frames."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factx import data
from factx.errors import InputError
from factx.pipeline.frames import AMOUNT_KINDS, load_frames

ROOT = Path(__file__).resolve().parents[1]
FRAMES_MD = ROOT.parent / "shared" / "contract" / "FRAMES.md"
CORE = [
    "investment", "funding_round", "acquisition", "valuation", "stake", "profit_share", "revenue", "profit",
    "layoff", "hiring", "users", "price", "budget", "founding", "partnership", "based_on",
]  # fmt: skip


@pytest.mark.parametrize("name", ["frames", "hedges", "roles"])
def test_data_file_opens_with_a_comment(name):
    first = (data.DATA_DIR / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ")


def test_builtin_frames_are_valid():
    frames = load_frames(None)
    for frame in frames.frames.values():
        assert set(frame.amount) <= AMOUNT_KINDS
    # every frame can be triggered: by its words, by its counted nouns, or (role) by the titles of roles.yaml
    triggered = {t.frame for triggers in frames.index.values() for t in triggers}
    triggered |= {f.name for f in frames.frames.values() if f.units} | {"role"}
    assert set(frames.frames) == triggered


def test_every_core_frame_is_present():
    names = set(CORE)
    if FRAMES_MD.is_file():  # the contract's table, when the shared folder is beside the repo
        names |= set(re.findall(r"^\| (\w+) \|", FRAMES_MD.read_text(encoding="utf-8"), re.M)) - {
            "frame",
            "role",
        }
    assert names <= set(load_frames(None).frames)
    assert data.load("roles")["titles"]  # `role` comes from the titles, not from frames.yaml


@pytest.mark.parametrize(
    "frame,kinds",
    [("investment", {"money"}), ("stake", {"percent"}), ("layoff", {"count"}), ("founding", set())],
)
def test_amount_kind_fits_the_frame(frame, kinds):
    assert kinds <= set(load_frames(None).frames[frame].amount)


USER_FRAMES = """\
# my frames: state aid
frames:
  subsidy:
    amount: [money]
    verbs: [subventionner]
    nouns: [subvention, "aide publique"]
    verb_roles: {subject: [subj], object: [obj]}
    noun_roles: {subject: [de], object: [à]}
  investment:
    verbs: [parier]
"""


def test_frame_attributes_of_the_builtin_data():
    frames = load_frames(None).frames
    assert "action" in frames["profit_share"].per_unit and frames["profit_share"].context_role == "object"
    assert frames["stake"].bracket_role == "object" and frames["headcount"].bracket_role == "subject"
    assert ("part", "de") in frames["stake"].holder_cues and not frames["headcount"].holder_cues
    benefit = [t for t in load_frames(None).index["bénéfice"] if t.frame == "profit_share"]
    assert benefit and benefit[0].amount == ("percent",)  # "bénéfice" in money is a profit


def test_user_frames_merge_over_builtin(tmp_path):
    path = tmp_path / "frames.yaml"
    path.write_text(USER_FRAMES, encoding="utf-8")
    frames = load_frames(path)
    assert "subsidy" in frames.frames and "investment" in frames.frames
    lemmas = {t.words for triggers in frames.index.values() for t in triggers if t.frame == "investment"}
    assert ("parier",) in lemmas and ("investir",) in lemmas


@pytest.mark.slow
def test_user_frame_end_to_end(tmp_path):
    from factx.pipeline import load_pipeline

    path = tmp_path / "frames.yaml"
    path.write_text(USER_FRAMES, encoding="utf-8")
    nlp = load_pipeline(frames=path)
    doc = nlp("L'État a accordé une subvention de 50 millions d'euros à Renault.")
    claims = [c for c in doc._.factx_claims if c["frame"] == "subsidy"]
    assert claims and claims[0]["amount"]["text"] == "50 millions d'euros"


@pytest.mark.parametrize(
    "content,problem",
    [
        ("frames: [investir]", "mapping"),
        ("just text", "mapping"),
        ("frames:\n  x:\n    amount: [dollars]\n    verbs: [a]\n", "amount"),
        ("frames:\n  x:\n    verbs: investir\n", "list"),
        ("frames:\n  x:\n    trigger: [investir]\n", "unknown keys"),
        ("frames:\n  x:\n    verbs: [{lemme: investir}]\n", "lemma"),
        ("frames:\n  x:\n    needs: [money]\n    verbs: [a]\n", "needs"),
        ("frames: {x: [1, 2", "YAML"),
        ("frames:\n  x:\n    verbs: [{lemma: a, amount: [euros]}]\n", "amount kinds"),
        ("frames:\n  x:\n    bracket_role: value\n    verbs: [a]\n", "bracket_role"),
        ("frames:\n  x:\n    context_role: value\n    verbs: [a]\n", "context_role"),
        ("frames:\n  x:\n    reported_as: amende\n    verbs: [a]\n", "reported_as names no frame"),
        (
            "frames:\n  x:\n    orphan_as: aide\n    reported_as: price\n    verbs: [a]\n",
            "orphan_as names no frame",
        ),
        ("frames:\n  x:\n    orphan_as: budget\n    verbs: [a]\n", "orphan_as needs reported_as"),
        ("frames:\n  x:\n    per_unit: [an]\n    usual_per: mois\n    verbs: [a]\n", "usual_per"),
    ],
)
def test_broken_user_frames_file(tmp_path, content, problem):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_frames(path)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_missing_user_frames_file(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        load_frames(tmp_path / "nope.yaml")
