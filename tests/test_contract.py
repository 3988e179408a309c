"""The JSON contract: shipped schemas equal the team's, and real output validates against them."""

from __future__ import annotations

import json

import pytest
from conftest import SCHEMAS, SHARED, schema
from jsonschema import Draft202012Validator


@pytest.mark.parametrize("name", ["document.schema.json", "conflict.schema.json"])
def test_shipped_schema_equals_shared(name):
    shared = SHARED / "contract" / name
    if not shared.exists():
        pytest.skip("../shared/contract is not beside the repo")
    assert json.loads((SCHEMAS / name).read_text()) == json.loads(shared.read_text())


def test_documents_validate(seeds_documents):
    validator = Draft202012Validator(schema("document.schema.json"))
    for d in seeds_documents:
        errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(d)]
        assert not errors, errors[:5]


def test_conflicts_validate(seeds_documents):
    from factx.reconcile import reconcile

    validator = Draft202012Validator(schema("conflict.schema.json"))
    for c in reconcile(seeds_documents):
        errors = [e.message for e in validator.iter_errors(c)]
        assert not errors, errors[:5]
