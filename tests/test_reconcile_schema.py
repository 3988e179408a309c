"""Every conflict the reconciler prints validates against the contract (factx/conflict/1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from factx.reconcile import reconcile, synthetic_claims

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "factx" / "schemas" / "conflict.schema.json").read_text(
        encoding="utf-8"
    )
)
VALIDATOR = Draft202012Validator(SCHEMA)


def test_the_schema_is_valid():
    Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_synthetic_conflicts_validate(seed):
    conflicts = reconcile(synthetic_claims(3000, seed=seed))
    assert {c["kind"] for c in conflicts} >= {"contradiction", "vague_vs_precise", "hedged_vs_asserted"}
    for c in conflicts:
        errors = sorted(VALIDATOR.iter_errors(c), key=lambda e: list(e.path))
        assert not errors, (c, [e.message for e in errors])


def test_conflicts_are_json_round_trippable():
    conflicts = reconcile(synthetic_claims(1000, seed=4))
    assert json.loads(json.dumps(conflicts, ensure_ascii=False)) == conflicts
    assert all(c["explanation"].endswith(".") for c in conflicts)


def test_gold_conflicts_validate():
    from test_reconcile import GOLD, gold_documents

    if not GOLD.is_file():
        pytest.skip("the shared gold annotations are not beside the repo")
    conflicts = reconcile(gold_documents(json.loads(GOLD.read_text(encoding="utf-8"))))
    assert conflicts
    for c in conflicts:
        VALIDATOR.validate(c)
