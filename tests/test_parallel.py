"""--jobs and Dask give exactly the single-process output, in the same order."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from conftest import SEEDS, jsonl

from factx.cli import cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for i in range(3):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copy(seed, folder / f"{i}_{seed.name}")
    return folder


def extract(corpus, tmp_path, *extra):
    result = CliRunner().invoke(
        cli, ["extract", str(corpus), "--json", "--db", str(tmp_path / f"{len(extra)}.db"), *extra]
    )
    assert result.exit_code == 0, result.stderr
    return jsonl(result.stdout)


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory):
    return extract(corpus, tmp_path_factory.mktemp("single"))


def test_jobs_equal_single_process(corpus, single, tmp_path):
    assert extract(corpus, tmp_path, "--jobs", "2") == single


def test_dask_local_equals_single_process(corpus, single, tmp_path):
    pytest.importorskip("distributed")
    assert extract(corpus, tmp_path, "--dask-local", "2") == single
