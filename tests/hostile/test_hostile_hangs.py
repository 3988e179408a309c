"""Issue 13, "hangs and quadratic time": a dead worker, runs spaCy tokenizes quadratically, quadratic loops,
files that never end, YAML that explodes. The speed itself is measured by `make bench`
(bench/bench_hostile.py); these tests hold the behaviour that makes it linear."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time

import pytest
from click.testing import CliRunner
from conftest import jsonl

from factx.clean import MAX_RUN, analysable
from factx.cli import cli
from factx.errors import ArticleError, InputError
from factx.ingest import Article, make_article, read_paths, read_stream

GOOD = "Le groupe Danone a annoncé la suppression de 450 postes en France.\n"
fork_only = pytest.mark.skipif(sys.platform != "linux", reason="the test's analyser is inherited by fork")


def run(*args, input=None, env=None):
    return CliRunner().invoke(cli, list(args), input=input, env=env)


# -- a worker that dies ------------------------------------------------------------------------------------------------


class Killer:
    """An analyser that dies (SIGKILL, as the out-of-memory killer does) on articles saying KILL; once only
    for those saying ONCE (the marker file remembers)."""

    frames = None

    def __init__(self, marker_dir=None) -> None:
        self.marker_dir = marker_dir

    @property
    def nlp(self):
        return None

    def analyse_many(self, arts):
        for a in arts:
            marker = os.path.join(str(self.marker_dir), re.sub(r"\W", "_", a.doc))
            if "KILL" in a.text and not os.path.exists(marker):
                if "ONCE" in a.text:
                    open(marker, "w").close()
                os.kill(os.getpid(), signal.SIGKILL)
            yield {"doc": a.doc, "text": a.text}


@fork_only
def test_dead_worker_costs_one_article_and_the_run_ends(tmp_path):
    from factx.analyse import DIED, analyse_parallel

    arts = [
        Article(f"a{i}", f"texte {i}" + (" KILL" if i == 5 else " KILL ONCE" if i == 9 else ""))
        for i in range(20)
    ]
    done = []
    worker = threading.Thread(
        target=lambda: done.extend(analyse_parallel(iter(arts), 2, analyser=Killer(tmp_path), batch=3)),
        daemon=True,
    )
    worker.start()
    worker.join(120)
    assert not worker.is_alive(), "the run hangs on a dead worker"
    assert [d["doc"] if isinstance(d, dict) else d.doc for d in done] == [a.doc for a in arts]
    (lost,) = [d for d in done if isinstance(d, ArticleError)]
    assert str(lost) == f"a5: {DIED}"  # a9's worker died once: analysed again, kept


@fork_only
def test_dead_worker_through_the_cli(tmp_path, monkeypatch):
    from stub import StubAnalyser

    import factx.analyse as analyse

    stub = StubAnalyser()

    class KillerAnalyser(Killer):
        def __init__(self, frames=None):
            super().__init__(tmp_path)

        def analyse_many(self, arts):
            for a in arts:
                if "KILL" in a.text:
                    os.kill(os.getpid(), signal.SIGKILL)
                yield stub.document(a, [])

    monkeypatch.setattr(analyse, "Analyser", KillerAnalyser)
    monkeypatch.setattr(analyse, "_worker", None)
    folder = tmp_path / "a"
    folder.mkdir()
    for i in range(12):
        (folder / f"{i:02d}.txt").write_text(GOOD + (" KILL" if i == 3 else ""), encoding="utf-8")
    result = run("extract", str(folder), "--jobs", "2", "--json")
    assert result.exit_code == 1
    assert len(jsonl(result.stdout)) == 11
    (line,) = [x for x in result.stderr.splitlines() if "03.txt" in x]
    assert (
        line
        == f"error: {folder}/03.txt: its worker process died while analysing it (killed, or out of memory?); skipped"
    )


# -- runs without spaces -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("char", ["'", "(", "€", "=", "-", "·"])
def test_runs_of_symbols_are_blanked(char):
    text = "Danone investit. " + char * 10_000 + " Fin."
    out = analysable(text)
    assert len(out) == len(text)
    assert out == "Danone investit. " + " " * 10_000 + " Fin."


def test_long_runs_with_words_are_cut_not_lost():
    url = "https://www.lemonde.fr/economie/article/2024/03/12/carrefour-rachete-cora-pour-un-milliard_62167.html"
    digits = "1" * 4400
    text = f"Source : {url}. Un nombre : {digits}. Lien\u00a0{'ab' * 100}."
    out = analysable(text)
    assert len(out) == len(text)
    assert max(len(run) for run in out.split()) <= MAX_RUN
    # each character is kept or became a space, nothing else: the offsets index the same text
    assert all(a == b or b == " " for a, b in zip(text, out, strict=True))
    assert out.count(" ") - text.count(" ") <= len(text) // (MAX_RUN // 2)
    assert "www.lemonde.fr" in out  # cut at a "/" or "-", not inside the host name


def test_ordinary_prose_is_untouched():
    prose = (
        "Le rachat, annoncé mardi par l'AFP, s'élève à 1,05 milliard d'euros (hors dette) — selon Les Échos."
    )
    assert analysable(prose) == prose


# -- quadratic loops (their speed: bench/bench_hostile.py) --------------------------------------------------------------


def test_date_overlap_keeps_what_the_scan_kept():
    from factx.normalize.dates import find_dates, longest_first

    def scan(candidates):  # the quadratic rule it replaces, written plainly
        kept = []
        for c in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
            if all(c[1] <= k[0] or c[0] >= k[1] for k in kept):
                kept.append(c)
        return sorted(kept)

    rng = random.Random(3)
    for _ in range(300):
        cands = []
        for k in range(rng.randint(0, 40)):
            a = rng.randint(0, 100)
            cands.append((a, a + rng.randint(1, 15), k))
        assert longest_first(cands) == scan(cands)
    found = find_dates("2023-" * 3000, "2024-01-01")
    assert len(found) == 3000 and all(d.text == "2023" for d in found)


def test_phone_numbers_are_dropped_among_many():
    from factx.normalize.amounts import find_amounts

    text = "01 02 03 04 05 " * 2000 + "et 450 postes"
    assert [(f.text, f.kind) for f in find_amounts(text)] == [("450", "number")]


def test_fuzzy_name_index_finds_what_a_scan_finds():
    """The partition index returns every key within the cutoff (and keeps insertion order), so merging names
    gives exactly what comparing each name with every other gave."""
    from rapidfuzz import fuzz, process

    from factx.canon import FuzzyKeys

    rng = random.Random(13)
    alphabet = "abcdeéfghij0123"
    keys = FuzzyKeys(87.0)
    keys.SCAN_BELOW = 0
    for _ in range(400):
        base = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        for _ in range(4):
            s = list(base)
            for _ in range(rng.randint(0, 4)):
                at = rng.randint(0, len(s))
                op = rng.random()
                if op < 0.4 and s:
                    s.pop(min(at, len(s) - 1))
                elif op < 0.8:
                    s.insert(at, rng.choice(alphabet))
                elif s:
                    s[min(at, len(s) - 1)] = rng.choice(alphabet)
            k = "".join(s)
            if not k:
                continue
            want = [
                c for c, _, _ in process.extract(k, keys.keys, scorer=fuzz.ratio, score_cutoff=87, limit=None)
            ]
            got = keys.candidates(k)
            assert set(want) <= set(got), k
            assert got == sorted(got, key=keys.keys.index)
            keys.add(k)


def test_merge_names_same_with_index_or_scan(monkeypatch):
    from factx.canon import FuzzyKeys, merge_names

    rng = random.Random(7)
    names = []
    for _ in range(300):
        first = "".join(rng.choice("bcdfglmnprst") + rng.choice("aeiou") for _ in range(3)).capitalize()
        last = "".join(rng.choice("bcdfglmnprst") + rng.choice("aeiou") for _ in range(3)).capitalize()
        names.append(f"{first} {last}")
        names.append(f"{first} {last[:-1]}")  # a typo
    entities = [{"canonical": n, "label": "PER"} for n in names]
    scanned = merge_names(entities)
    monkeypatch.setattr(FuzzyKeys, "SCAN_BELOW", 0)
    indexed = merge_names(entities)
    assert indexed == scanned
    assert len(set(scanned.values())) < len(scanned)  # typos did merge: the comparison is not vacuous


def test_claims_share_their_sentence_text():
    from factx.analyse import _with_sentences

    text = "Un. " + "Danone investit 10 millions d'euros dans Michelin, " * 100
    claims = [{"id": str(k), "start": 4, "end": len(text)} for k in range(50)] + [
        {"id": "x", "start": 0, "end": 3}
    ]
    out = _with_sentences(claims, text)
    assert [c["sentence"] for c in out] == [text[c["start"] : c["end"]] for c in claims]
    assert len({id(c["sentence"]) for c in out[:50]}) == 1  # sliced once, not once per claim


# -- files that never end -----------------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_and_device_are_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    paths = [str(fifo)] + (["/dev/zero"] if os.path.exists("/dev/zero") else [])
    env = {**os.environ, "FACTX_DB": str(tmp_path / "s.db")}
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "factx", "extract", *paths],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert time.monotonic() - start < 60
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert f"warning: {fifo}: a FIFO, not a regular file: skipped" in lines
    if len(paths) > 1:
        assert "warning: /dev/zero: a device, not a regular file: skipped" in lines


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_in_a_folder_is_counted_not_opened(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    *arts, summary = read_paths([str(tmp_path)])
    assert [a.doc for a in arts] == [str(tmp_path / "a.txt")]
    assert str(summary) == "1 file skipped: 1 (a FIFO) (--glob PATTERN reads other files)"


def test_big_file_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1000 * 1000)  # 50 MB, sparse: costs no disk
    import tracemalloc

    tracemalloc.start()
    try:
        (err,) = read_paths([str(big)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(err) == f"{big}: file too large (50 MB; the limit is 4 MB)"
    assert peak < 5_000_000  # not a byte of it read (it was 670 MB for a 50 MB file)


def test_text_longer_than_spacy_takes_is_refused_at_reading(tmp_path):
    long = tmp_path / "long.txt"
    long.write_text("Danone. " * 130_000, encoding="utf-8")  # 1.04 million characters
    (err,) = read_paths([str(long)])
    assert str(err) == f"{long}: too long to analyse (1,040,000 characters; the limit is 1,000,000)"


def test_stdin_that_never_ends_is_refused():
    class Zeros:
        def read(self, n=-1):
            assert n > 0, "an unbounded read of stdin"
            return b"\0" * n

    with pytest.raises(InputError, match="stdin: more than"):
        read_stream(Zeros())


# -- YAML that explodes ------------------------------------------------------------------------------------------------

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + k)}: &{chr(98 + k)} [{', '.join(['*' + chr(97 + k)] * 9)}]\n" for k in range(8)
)


def test_alias_bomb_in_data_dir_is_refused(tmp_path, monkeypatch):
    from factx import data

    (tmp_path / "numbers.yaml").write_text(BOMB, encoding="utf-8")
    monkeypatch.setenv("FACTX_DATA_DIR", str(tmp_path))
    data.load.cache_clear()
    try:
        start = time.monotonic()
        with pytest.raises(InputError) as e:
            data.load("numbers")
        assert time.monotonic() - start < 5
        assert str(e.value).startswith(f"{tmp_path / 'numbers.yaml'}: not valid language data (aliases (*a)")
        assert len(str(e.value)) < 400
    finally:
        data.load.cache_clear()


def test_alias_bomb_in_frames_file_is_one_line(tmp_path, stub):
    bomb = tmp_path / "frames.yaml"
    bomb.write_text(BOMB.replace("a: &a", "frames: {}\na: &a"), encoding="utf-8")
    from factx.data import read_yaml

    with pytest.raises(Exception, match=r"aliases \(\*a\) are not allowed"):
        read_yaml(bomb)


def test_data_file_of_the_wrong_shape_names_file_and_key(tmp_path, monkeypatch):
    from factx import data

    (tmp_path / "currencies.yaml").write_text("currencies:\n  XBT: [bitcoin]\n", encoding="utf-8")
    monkeypatch.setenv("FACTX_DATA_DIR", str(tmp_path))
    data.load.cache_clear()
    try:
        with pytest.raises(InputError) as e:
            data.load("currencies")
        assert str(e.value) == (
            f"{tmp_path / 'currencies.yaml'}: currencies.XBT should be a mapping, not a list "
            "(like fr/currencies.yaml, which it extends)"
        )
    finally:
        data.load.cache_clear()


def test_data_file_that_fits_is_merged(tmp_path, monkeypatch):
    from factx import data

    (tmp_path / "currencies.yaml").write_text(
        "currencies:\n  XBT: {names: [bitcoin, bitcoins], family: bitcoin}\n", encoding="utf-8"
    )
    monkeypatch.setenv("FACTX_DATA_DIR", str(tmp_path))
    data.load.cache_clear()
    try:
        assert data.load("currencies")["currencies"]["XBT"]["names"] == ["bitcoin", "bitcoins"]
    finally:
        data.load.cache_clear()


def test_large_yaml_is_refused_unread(tmp_path):
    import yaml

    from factx.data import MAX_DATA_BYTES, read_yaml

    big = tmp_path / "x.yaml"
    big.write_text("a: " + "x" * (MAX_DATA_BYTES + 10), encoding="utf-8")
    with pytest.raises(yaml.YAMLError, match="larger than 4 MB"):
        read_yaml(big)


def test_analysed_text_of_any_article_keeps_length():
    for text in ["", "\x00", "a" * 200, "\u202e" * 3, "date: 2024\n" + "'" * 100]:
        assert len(make_article("x", text).analysed_text) == len(make_article("x", text).text)


@pytest.mark.slow
def test_alias_bomb_in_frames_file_through_extract(tmp_path):
    bomb = tmp_path / "frames.yaml"
    bomb.write_text("frames: {}\n" + BOMB, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    start = time.monotonic()
    result = run("extract", str(article), "--frames", str(bomb))
    assert time.monotonic() - start < 60
    assert result.exit_code == 1
    assert (
        result.stderr == f"error: {bomb}: not valid YAML (aliases (*a) are not allowed in factx data files)\n"
    )


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_stdin_from_dev_zero_through_the_cli(tmp_path):
    env = {**os.environ, "FACTX_DB": str(tmp_path / "s.db")}
    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run(
            [sys.executable, "-m", "factx", "extract", "-"],
            stdin=zero,
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: stdin: more than 64 MB; save the articles as files")
