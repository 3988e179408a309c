"""Reprint pairs counted a block of articles at a time: the same pairs as counting them all at once, whatever
the block size (no model)."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from factx import reprints
from factx.reprints import MAX_SHARED_BY, containment_pairs, shingles

WORDS = (
    "le la les un une de du des et à en pour par avec sur dans groupe société milliard euros usine "
    "Boiron Montrichard syndicats grève postes plan direction"
).split()


def brute_force(texts: list[str], min_containment: float, min_shared: int) -> list[tuple[int, int, float]]:
    """Every pair compared shingle set to shingle set, boilerplate shingles (in too many texts) left out."""
    sets = [shingles(t) for t in texts]
    owners: dict[int, int] = {}
    for s in sets:
        for h in s:
            owners[h] = owners.get(h, 0) + 1
    out = []
    for i, j in combinations(range(len(texts)), 2):
        shared = sum(1 for h in sets[i] & sets[j] if owners[h] <= MAX_SHARED_BY)
        if not shared:
            continue
        smaller = min(len(sets[i]), len(sets[j]))
        contained = shared / max(smaller, 1)
        if contained >= min_containment and shared >= min(min_shared, smaller):
            out.append((i, j, contained))
    return out


def corpus(seed: int) -> list[str]:
    """Texts cut and patched from a few bases: reprints, near misses, empty and very short texts."""
    rng = random.Random(seed)
    bases = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 90))) for _ in range(6)]
    texts = []
    for _ in range(rng.randint(8, 30)):
        w = rng.choice(bases).split() if rng.random() < 0.8 else []
        cut = rng.randint(0, len(w))
        texts.append(" ".join(w[:cut] + [rng.choice(WORDS) for _ in range(rng.randint(0, 15))]))
    return texts


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("budget", [1, 5, 60, 2_000_000])
def test_pairs_counted_in_blocks_are_the_pairs_counted_all_at_once(monkeypatch, seed, budget):
    monkeypatch.setattr(reprints, "PAIRS_PER_BLOCK", budget)
    texts = corpus(seed)
    for min_containment, min_shared in ((0.5, 12), (0.2, 3)):
        want = brute_force(texts, min_containment, min_shared)
        got = containment_pairs(texts, min_containment, min_shared)
        assert [(i, j) for i, j, _ in got] == [(i, j) for i, j, _ in want]
        assert [c for *_, c in got] == pytest.approx([c for *_, c in want])
    assert containment_pairs(texts, 0.0, 1), "the corpus must hold some pairs for the test to mean anything"


def test_articles_numbered_past_46341_pair_without_overflow():
    # i * n + j no longer fits 32 bits: the code of the pair must not wrap around
    text = "le groupe Boiron annonce la fermeture de son site de Montrichard et la suppression de 646 postes"
    texts = [""] * 50_000 + [text, text]
    assert containment_pairs(texts) == [(50_000, 50_001, 1.0)]


def test_texts_without_shared_shingles_pair_with_nothing():
    assert containment_pairs(["", "", "un deux"]) == []
    assert containment_pairs(["un deux trois quatre cinq", "six sept huit neuf dix"]) == []
