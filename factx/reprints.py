"""Reprints: the same dispatch carried by several titles, lightly edited, grouped so that it counts once.

Two articles are reprints of each other when most of the shorter one's word 5-grams (shingles) are in the
longer one: the *containment* |A ∩ B| / min(|A|, |B|). Containment, not Jaccard similarity, because the
commonest reprint is a cut one (an aggregator carries the lede, a site drops the last paragraphs): its
Jaccard similarity with the full dispatch is low, its containment is 1. Articles written separately about
the same story share names, figures and quotes, but few runs of five words: their containment stays low.

The computation is exact and needs numpy only: every (shingle, article) pair goes into one sorted array,
articles sharing a shingle are counted per pair, and pairs above the thresholds are joined into groups
(union-find). A store holds thousands of articles, not millions, so MinHash's estimate is not needed
(README, "Reprints", and ``bench/bench_reprints.py`` for the figures).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

SHINGLE = 5  # words per shingle: long enough that separately written articles rarely share one
MIN_CONTAINMENT = 0.5  # share of the shorter article's shingles found in the longer one
MIN_SHARED = 12  # and at least this many shingles: two sentences in common are a quote, not a reprint
# A shingle found in more articles than this is boilerplate (a credit line, a disclaimer), not a dispatch.
MAX_SHARED_BY = 200

_WORD_RE = re.compile(r"\w+")


@dataclass
class ReprintGroup:
    id: str
    docs: list[str]
    origin: str  # the agency credited, else the outlet (or file name) of the earliest article
    label: str  # "AFP, repris par 3 titres"
    members: list[dict[str, Any]] = field(default_factory=list, repr=False)


def words(text: str) -> list[str]:
    """Lower-case words without accents: typography and accents differ between titles, not the dispatch."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    # the marks among the text's few distinct characters, each deleted at once (not a test per character)
    for c in set(folded):
        if unicodedata.combining(c):
            folded = folded.replace(c, "")
    return _WORD_RE.findall(folded)


def shingles(text: str) -> set[int]:
    """Hashes of the text's word 5-grams (a text shorter than that is one shingle of all its words)."""
    w = words(text)
    if len(w) < SHINGLE:
        return {hash(tuple(w))} if w else set()
    # zip of the shifted lists gives each 5-gram as a tuple without slicing the list each time
    return set(map(hash, zip(*(w[k:] for k in range(SHINGLE)), strict=False)))


def containment_pairs(
    texts: Sequence[str], min_containment: float = MIN_CONTAINMENT, min_shared: int = MIN_SHARED
) -> list[tuple[int, int, float]]:
    """(i, j, containment) for the pairs of texts that are reprints of each other, i < j."""
    import numpy as np

    n = len(texts)
    if n < 2:
        return []
    # one array per text: the shingle sets themselves are never all held at once
    arrays = [np.fromiter(shingles(t), dtype=np.int64) for t in texts]
    sizes = np.array([len(a) for a in arrays], dtype=np.int64)
    hashes = np.concatenate(arrays)
    del arrays
    order = np.argsort(hashes, kind="stable")
    # runs of one shingle: [starts[k], ends[k]) in the sorted arrays, owners ascending within each run
    boundaries = np.flatnonzero(np.diff(hashes[order])) + 1
    del hashes
    owners = np.repeat(np.arange(n, dtype=np.int32), sizes)[order]
    del order
    starts = np.concatenate(([0], boundaries))
    ends = np.concatenate((boundaries, [len(owners)]))
    runs = ends - starts
    keep = (runs >= 2) & (runs <= MAX_SHARED_BY)
    # each place in a kept run pairs its article with the later members of the run
    first = np.repeat(starts[keep], runs[keep]) + _ramps(runs[keep])
    later = np.repeat(ends[keep], runs[keep]) - first - 1
    del starts, ends, runs, keep, boundaries
    first, later = first[later > 0], later[later > 0]  # a run's last member starts no pair
    if not len(first):
        return []
    by_article = np.argsort(owners[first], kind="stable")
    first, later = first[by_article], later[by_article]
    del by_article
    # Pairs are counted a block of first articles at a time: every pair (i, j) comes from i's places only,
    # so each block's counts are whole, and memory stays bounded however many articles share shingles.
    out: list[tuple[int, int, float]] = []
    for lo, hi in _blocks(owners[first], later, PAIRS_PER_BLOCK):
        places, counts = first[lo:hi], later[lo:hi]
        partners = owners[np.repeat(places + 1, counts) + _ramps(counts)]
        codes = np.repeat(owners[places].astype(np.int64), counts) * n + partners
        del partners
        pair_codes, shared = np.unique(codes, return_counts=True)
        del codes
        a, b = pair_codes // n, pair_codes % n
        smaller = np.minimum(sizes[a], sizes[b])
        contained = shared / np.maximum(smaller, 1)
        ok = (contained >= min_containment) & (shared >= np.minimum(min_shared, smaller))
        out += [(int(x), int(y), float(c)) for x, y, c in zip(a[ok], b[ok], contained[ok], strict=True)]
    return out


PAIRS_PER_BLOCK = 2_000_000  # (article, article) codes counted at once: some 100 MB at the peak


def _ramps(lengths):
    """0, 1, ..., k-1 for each k of ``lengths``, concatenated."""
    import numpy as np

    total = int(lengths.sum())
    return np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(lengths) - lengths, lengths)


def _blocks(articles, weights, budget: int) -> list[tuple[int, int]]:
    """[lo, hi) slices of ``articles`` (sorted) whose ``weights`` sum to at most ``budget``, never splitting
    an article (an article over the budget is a block of its own)."""
    import numpy as np

    bounds = np.concatenate(([0], np.flatnonzero(np.diff(articles)) + 1, [len(articles)]))
    weight_before = np.concatenate(([0], np.cumsum(weights)))[bounds]
    blocks, i, last = [], 0, len(bounds) - 1
    while i < last:
        j = int(np.searchsorted(weight_before, weight_before[i] + budget, side="right")) - 1
        j = min(max(j, i + 1), last)
        blocks.append((int(bounds[i]), int(bounds[j])))
        i = j
    return blocks


def group_reprints(documents: Iterable[Mapping[str, Any]]) -> dict[str, ReprintGroup]:
    """Each document that is a reprint (or has reprints) -> its group; documents need ``doc`` and ``text``.

    ``source`` and ``date`` are used, when present, to name the group. A document alone is in no group.
    """
    docs = [d for d in documents if d.get("text")]
    pairs = containment_pairs([str(d["text"]) for d in docs])
    parent = list(range(len(docs)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j, _ in pairs:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    members: dict[int, list[int]] = {}
    for i in range(len(docs)):
        members.setdefault(find(i), []).append(i)
    out: dict[str, ReprintGroup] = {}
    for idx in members.values():
        if len(idx) < 2:
            continue
        group = _make_group([docs[i] for i in idx])
        for d in group.docs:
            out[d] = group
    return out


def _make_group(members: list[Mapping[str, Any]]) -> ReprintGroup:
    from .sources import data, file_name

    members = sorted(members, key=lambda d: (d.get("date") or "9999", str(d["doc"])))
    agency = _agency(members)
    outlets = []
    for d in members:
        name = d.get("source") or file_name(str(d["doc"]))
        if name not in outlets:
            outlets.append(name)
    origin = agency or outlets[0]
    carried_by = len([o for o in outlets if o != origin])
    if not carried_by:  # one outlet's copies (a page saved twice): still one source
        carried_by = len(members) - 1
    labels = data().get("reprint_label") or {}
    template = labels.get("one" if carried_by == 1 else "many", "{origin} ({n})")
    first = str(members[0]["doc"])
    return ReprintGroup(
        id="rg_" + hashlib.sha1(first.encode("utf-8", "surrogatepass")).hexdigest()[:12],
        docs=[str(d["doc"]) for d in members],
        origin=origin,
        label=template.format(origin=origin, n=carried_by),
        members=[dict(d) for d in members],
    )


def _agency(members: list[Mapping[str, Any]]) -> str | None:
    """The news agency most members credit (in their first or last 400 characters), if any."""
    from .sources import data

    counts: dict[str, int] = {}
    for d in members:
        text = str(d.get("text") or "")
        ends = (text[:400], text[-400:].rstrip())
        for name, patterns in (data().get("agencies") or {}).items():
            if any(re.search(p, part, re.MULTILINE) for p in patterns for part in ends):
                counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda k: counts[k])
