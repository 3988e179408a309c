"""One canonical name per entity: folded exact keys, then fuzzy matching that never fuzzes version numbers.

Names are compared on a *key*: accents, case, spaces, hyphens, dots and other joiners removed, and words
the data declares equivalent mapped ("IA" → "ai"), so "Open IA", "open-ai" and "OpenAI" share the key
"openai", and "DALL∙E 2", "Dall-E 2" share "dalle2". Keys that differ are fuzzed (rapidfuzz) only when
they carry exactly the same digits: "GPT-3" never becomes "GPT-3.5", nor "DALL-E" "DALL-E 2".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress
from typing import Any

from rapidfuzz import fuzz, process

from . import data

LABELS = ("ORG", "PER", "LOC", "PRODUCT", "MISC")
_WORD = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d+")
_MEMO_MAX = 100_000  # token texts remembered per scanner (articles bring new words)
# Below this key length two names must be equal: "Meta" and "Metz" are one edit apart.
MIN_FUZZY_LEN = 6
FUZZY_CUTOFF = 87.0
# Punctuation found inside names ("DALL-E", "E.Leclerc", "Procter & Gamble", "Canal+").
JOINERS = {"-", "‐", "‑", ".", "∙", "·", "•", "'", "’", "&", "+", "/"}


@dataclass(frozen=True)
class Known:
    """A name of the data file (or one learnt while reading): canonical form, label, person's gender."""

    name: str
    label: str
    gender: str | None = None
    ambiguous: bool = False


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# Cached: the same few thousand words and names are folded over and over.
@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Case-, accent- and spacing-insensitive form kept readable (same as the scorer's)."""
    s = strip_accents(s or "").replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


@cache
def _equivalents() -> dict[str, str]:
    raw = (data.load("entity_stoplist") or {}).get("equivalent_words") or {}
    return {fold(k): fold(v) for k, v in raw.items()}


@lru_cache(maxsize=65536)
def shape(s: str) -> tuple[str, frozenset[int], frozenset[int]]:
    """(key, positions of capital letters in the key, positions of capital word-initials in the key)."""
    eq = _equivalents()
    key: list[str] = []
    caps: set[int] = set()
    initials: set[int] = set()
    pos = 0
    for word in _WORD.findall(s or ""):
        w = eq.get(fold(word), fold(word))
        w = "".join(c for c in w if c.isalnum())
        for k, c in enumerate(word[: len(w)]):
            if c.isupper():
                caps.add(pos + k)
        if word[:1].isupper():
            initials.add(pos)
        key.append(w)
        pos += len(w)
    return "".join(key), frozenset(caps), frozenset(initials)


def key(s: str) -> str:
    """The comparison key of a name: "DALL·E 2" → "dalle2", "Open IA" → "openai"."""
    return shape(s)[0]


def digits(s: str) -> tuple[str, ...]:
    return tuple(_DIGITS.findall(s))


def _entries(raw: dict) -> Iterable[tuple[str, list[str], dict]]:
    for label, items in (raw or {}).items():
        if label not in LABELS:
            continue
        for item in items or []:
            if isinstance(item, str):
                yield label, [item], {}
            elif isinstance(item, list) and item:
                yield label, [str(x) for x in item], {}
            elif isinstance(item, dict) and item.get("name"):
                yield label, [str(item["name"]), *map(str, item.get("variants") or [])], item


@dataclass
class KeyScanner:
    """Finds spellings in a token sequence by their folded keys: one dict lookup per token and length.

    Each spelling requires its capital word-initials in the text ("le monde" is not Le Monde, "l'état"
    is not l'État), nothing more ("NVIDIA", "Nvidia" and "DALL-E", "Dall-E" all match).
    """

    by_key: dict[str, Any] = field(default_factory=dict)
    initials: dict[str, list[frozenset[int]]] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)
    max_tokens: int = 1
    # token text -> whether a spelling can start with it (see starts()), remembered across docs; bounded
    _starts_ok: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    def add(self, spelling: str, value: Any) -> None:
        k, _, initials = shape(spelling)
        if not k:
            return
        self._starts_ok.clear()
        self.by_key.setdefault(k, value)
        self.initials.setdefault(k, []).append(initials)
        self.prefixes.update(k[:n] for n in range(1, len(k) + 1))
        self.max_tokens = max(self.max_tokens, len(re.findall(r"\w+|[^\w\s]", spelling)) + 2)

    def starts(self, texts: list[str]) -> list[int]:
        """The token indices where :meth:`candidates` can find anything: a spelling's key begins with the
        first token's own key. One cached lookup per token instead of a call to candidates()."""
        memo = self._starts_ok
        ok = list(map(memo.get, texts))
        if None in ok:
            if len(memo) > _MEMO_MAX:
                memo.clear()
            prefixes = self.prefixes
            for i, t in enumerate(texts):
                if ok[i] is None:
                    ok[i] = memo[t] = bool(t[:1].isalnum() and shape(t)[0] in prefixes)
        return list(compress(range(len(texts)), ok))

    def candidates(self, texts: list[str], spaces: list[str], i: int) -> list[tuple[int, str]]:
        """(end, key) of the spellings starting at token ``i``, longest first."""
        out: list[tuple[int, str]] = []
        if not texts[i][:1].isalnum():
            return out
        acc = ""
        for j in range(i, min(len(texts), i + self.max_tokens)):
            if j > i and "\n" in spaces[j - 1] or not texts[j].strip():
                break
            part = shape(texts[j])[0]
            if not part and not (texts[j] in JOINERS and (texts[j] == "&" or not spaces[j])):
                break  # only joiners inside a name: "Azure. « OpenAI" is two names
            acc += part
            if acc not in self.prefixes:
                break
            if part and acc in self.by_key and texts[j][-1:].isalnum():
                out.append((j + 1, acc))
        return out[::-1]

    def capitals_ok(self, text: str, k: str) -> bool:
        caps = shape(text)[1]
        return any(req <= caps for req in self.initials.get(k, []))


@dataclass
class KnownIndex(KeyScanner):
    """The data file's names by key (values are :class:`Known`)."""


@cache
def known_index() -> KnownIndex:
    idx = KnownIndex()
    # news outlets and agencies (sources.yaml) are organisations too: "The Information" is one name
    outlets = {"ORG": (data.load("sources") or {}).get("outlets") or []}
    for label, names, extra in [*_entries(data.load("entities")), *_entries(outlets)]:
        known = Known(names[0], label, extra.get("gender"), bool(extra.get("ambiguous")))
        for spelling in names:
            idx.add(spelling, known)
    return idx


class FuzzyKeys:
    """Keys that can be searched for those within ``fuzz.ratio >= cutoff`` of a query without comparing the
    query with every key (which made merging n names quadratic: 32,000 names took 30 s).

    PassJoin's partition filter (Li et al., VLDB 2011) for the Indel distance that ``fuzz.ratio`` normalises:
    ratio >= cutoff allows at most d = (1 - cutoff/100) * (len(a) + len(b)) insertions and deletions. A key
    cut into more than d segments keeps one of them whole in the query, and for some whole segment i the
    edits left of it are at most i (so is its shift) and those right of it at most the segments after it.
    Each key is indexed by its segments; a query looks up its own substrings at those places only. The
    candidates are a superset of the keys within the cutoff, in insertion order, so ``process.extract``
    ranks them exactly as it ranks all keys. Below :data:`SCAN_BELOW` keys a plain scan is cheaper.
    """

    SCAN_BELOW = 1024

    def __init__(self, cutoff: float) -> None:
        self.slack = 1 - cutoff / 100
        self.keys: list[str] = []
        self._rank: dict[str, int] = {}
        self._segments: dict[tuple[int, int, str], list[str]] = {}
        self._lengths: set[int] = set()

    def __len__(self) -> int:
        return len(self.keys)

    def _tau(self, m: int) -> int:
        """The most edits between a key of length m and any query within the cutoff (a query is at most
        d longer, and d <= slack * (2m + d))."""
        return int(2 * self.slack * m / (1 - self.slack) + 1e-9)

    def add(self, key: str) -> None:
        if key in self._rank or not key:
            return
        self._rank[key] = len(self.keys)
        self.keys.append(key)
        m = len(key)
        for i, (p, n) in enumerate(_partition(m, self._tau(m) + 1)):
            self._segments.setdefault((m, i, key[p : p + n]), []).append(key)
        self._lengths.add(m)

    def candidates(self, query: str) -> list[str]:
        """Every key within the cutoff of ``query`` (and some that are not), in insertion order."""
        if len(self.keys) < self.SCAN_BELOW:
            return self.keys
        n_q, s = len(query), self.slack
        found: set[str] = set()
        for m in range(max(1, int(n_q * (1 - s) / (1 + s))), int(n_q * (1 + s) / (1 - s)) + 2):
            if m not in self._lengths:
                continue
            d = int(s * (n_q + m) + 1e-9)  # the most edits this pair may differ by
            delta = n_q - m
            if abs(delta) > d:
                continue
            parts = _partition(m, self._tau(m) + 1)
            last = len(parts) - 1
            for i, (p, n) in enumerate(parts):
                # shift of segment i: |shift| <= edits on its left <= i, |shift - delta| <= edits on its right
                left, right = min(i, d), min(last - i, d)
                lo = max(p - left, p + delta - right, 0)
                hi = min(p + left, p + delta + right, n_q - n)
                for q in range(lo, hi + 1):
                    hit = self._segments.get((m, i, query[q : q + n]))
                    if hit:
                        found.update(hit)
        return sorted(found, key=self._rank.__getitem__)


@lru_cache(maxsize=4096)
def _partition(m: int, parts: int) -> tuple[tuple[int, int], ...]:
    """(start, length) of ``parts`` segments of a string of length ``m``, the longer ones last."""
    short, longer = divmod(m, parts)
    out, p = [], 0
    for i in range(parts):
        n = short + (1 if i >= parts - longer else 0)
        out.append((p, n))
        p += n
    return tuple(out)


class Canonicalizer:
    """Maps surface forms to canonical names: the data file's names first, then names already seen."""

    def __init__(self, index: KnownIndex | None = None, cutoff: float = FUZZY_CUTOFF) -> None:
        self.index = index or known_index()
        self.cutoff = cutoff
        self.seen: dict[str, Known] = {}
        self._seen_keys = FuzzyKeys(cutoff)  # the names read so far, indexed as they come (never rebuilt)
        self._surnames: dict[str, set[Known]] = {}
        self._tails: dict[str, set[Known]] = {}  # "Century Fox" -> the longer names it ends (or opens)
        self._acronyms: dict[str, set[Known]] = {}  # "MGM" -> the names seen it abbreviates

    def add(self, name: str, label: str, gender: str | None = None) -> Known:
        """Remember a name read in the text so that later spellings of it map to it."""
        k = key(name)
        known = self.index.by_key.get(k) or self.seen.get(k)
        if known is None:
            known = self.seen[k] = Known(name, label, gender)
            self._seen_keys.add(k)
            short = acronym(name) if label != "PER" else None
            if short is not None:
                self._acronyms.setdefault(short, set()).add(known)
        self._add_parts(known)
        return known

    def _add_parts(self, known: Known) -> None:
        """Index the first and last words of a person's or organisation's longer name ("Schneider Electric");
        for an organisation, its other proper words ("Disney" in "Walt Disney Company") and its last or first
        words ("Century Fox" in "21st Century Fox", "Tours Métropole" in "Tours Métropole Val de Loire") too."""
        words = known.name.split()
        if known.label not in ("PER", "ORG") or len(words) < 2 or is_family(known.name):
            return  # ("famille Callendre" is never "Callendre", the company or a person of its name)
        parts = {words[0], words[-1]}
        if known.label == "ORG":
            fillers = _name_fillers()
            parts = {w for w in words if fold(w) not in fillers}
            for n in range(2, len(words)):
                self._tails.setdefault(key(" ".join(words[-n:])), set()).add(known)
                # and its first words ("Tours Métropole" in "Tours Métropole Val de Loire")
                self._tails.setdefault(key(" ".join(words[:n])), set()).add(known)
        for word in parts:
            k = key(word)
            if len(k) >= 3 and word[:1].isupper():
                self._surnames.setdefault(k, set()).add(known)

    def short_form(self, text: str, label: str | None = None) -> Known | None:
        """The one longer name seen whose first or last word ``text`` is ("Schneider" → Schneider Electric),
        or whose last or first words it is ("Century Fox" → 21st Century Fox); of ``label``'s names, when several
        ("Callendre", a company, after "Louis Callendre" and "Établissements Callendre")."""
        if " " in text.strip():
            found = self._tails.get(key(text), set())
            return next(iter(found)) if len(found) == 1 else None
        found = self._surnames.get(key(text), set())
        if len(found) > 1 and label is not None:
            found = {k for k in found if k.label == label}
        return next(iter(found)) if len(found) == 1 else None

    def lookup(self, text: str, label: str | None = None) -> Known | None:
        """The known name ``text`` is a spelling of, or None. ``label`` restricts fuzzy matches."""
        k = key(text)
        if not k:
            return None
        hit = self.index.by_key.get(k) or self.seen.get(k)
        if hit is not None:
            return hit
        if label in ("ORG", "MISC", "PRODUCT", None):
            # "MGM" and "Metro-Goldwyn-Mayer", "CDPQ" and "Caisse de dépôt et placement du Québec"
            hit = self.by_acronym(text)
            if hit is not None:
                return hit
        if label in ("PER", "ORG"):
            # "Nadella" after "Satya Nadella", "Schneider" after "Schneider Electric"; "Arnault" stays ambiguous
            short = self.short_form(text, label)
            # a name read as a company is never a person's surname ("Marquenat", the company its founder
            # Lucien Marquenat gave his name to)
            if short is not None and not (label == "ORG" and short.label == "PER"):
                return short
        if len(k) < MIN_FUZZY_LEN:
            return None
        return self._fuzzy(k, label)

    def by_acronym(self, text: str) -> Known | None:
        """The one name seen that ``text`` is the acronym of, or whose acronym ``text`` is."""
        if _ACRONYM.fullmatch(text.strip()):
            found = self._acronyms.get(text.strip(), set())
            return next(iter(found)) if len(found) == 1 else None
        mine = acronym(text)
        if mine is None:
            return None
        hit = self.seen.get(key(mine)) or self.short_form(mine)
        return hit if hit is not None and hit.label != "PER" else None

    def _fuzzy(self, k: str, label: str | None) -> Known | None:
        # the data file's keys (a few hundred: scanned), then the names read (indexed), in the order a dict
        # merging both would have
        choices = [*self.index.by_key, *self._seen_keys.candidates(k)]
        want = digits(k)
        for choice, _score, _ in process.extract(
            k, choices, scorer=fuzz.ratio, score_cutoff=self.cutoff, limit=5
        ):
            known = self.index.by_key.get(choice) or self.seen[choice]
            if digits(choice) != want or len(choice) < MIN_FUZZY_LEN:
                continue  # version numbers are part of the name
            if label in ("PER",) and known.label != "PER" or label != "PER" and known.label == "PER":
                continue  # a person never fuzzes into a company or a product
            return known
        return None

    def canonical(self, text: str, label: str | None = None) -> str:
        """The canonical name for ``text`` (the text itself, tidied, when nothing is known)."""
        hit = self.lookup(text, label)
        return hit.name if hit else tidy(text)


_ACRONYM = re.compile(r"[A-Z]{2,6}")


@cache
def family_nouns() -> frozenset[str]:
    """entity_stoplist.yaml ``family_nouns``, folded: "famille"."""
    return frozenset(fold(w) for w in (data.load("entity_stoplist") or {}).get("family_nouns") or [])


def is_family(canonical: str) -> bool:
    """A family's name ("famille Callendre"): a shareholder or founder, never what a company's description or
    measure stands for, nor a short form of the company or person of its name."""
    first = canonical.split(" ", 1)[0]
    return first.islower() and fold(first) in family_nouns()  # ("Famille Michaud" is a brand)


@cache
def _name_fillers() -> frozenset[str]:
    """Words inside organisations' names that say no name on their own: legal forms, suffixes, particles."""
    raw = data.load("entity_stoplist") or {}
    words = [
        *(raw.get("legal_forms") or []),
        *(raw.get("org_suffixes") or []),
        *(raw.get("acronym_skips") or []),
    ]
    return frozenset(fold(w) for w in words)


@cache
def _acronym_skips() -> frozenset[str]:
    return frozenset(fold(w) for w in (data.load("entity_stoplist") or {}).get("acronym_skips") or [])


def acronym(name: str, min_words: int = 3) -> str | None:
    """The acronym a name of ``min_words`` words or more would have: the initials of its words, hyphenated parts
    included, small grammar words left out ("Metro-Goldwyn-Mayer" -> "MGM", "Caisse de dépôt et placement du
    Québec" -> "CDPQ"); None for shorter names, which an acronym would confuse with too many others (within
    one article, ``min_words=2``: "Olympique Dauphinois" -> "OD")."""
    words = [w for w in re.split(r"[\s\-‑]+", name.strip()) if w]
    words = [w for w in words if fold(w) not in _acronym_skips()]
    if len(words) < min_words or not all(w[:1].isalpha() for w in words):
        return None
    return "".join(w[0].upper() for w in words)


def tidy(text: str) -> str:
    """A surface form as a name: single spaces, straight apostrophes."""
    return re.sub(r"\s+", " ", (text or "").replace("’", "'")).strip()


def merge_names(entities: list[dict]) -> dict[str, str]:
    """Map each canonical name of many documents' entity dicts to one corpus-wide canonical name.

    Names of the data file win; otherwise the most frequent spelling among those that fold or fuzz
    together (ties: the earliest seen).
    """
    counts: Counter[str] = Counter()
    seen_labels: dict[str, Counter[str]] = {}
    order: dict[str, int] = {}
    for e in entities or []:
        if not isinstance(e, dict):
            continue
        name = tidy(str(e.get("canonical") or e.get("text") or ""))
        if not name:
            continue
        counts[name] += 1
        seen_labels.setdefault(name, Counter())[str(e.get("label") or "MISC")] += 1
        order.setdefault(name, len(order))
    # a name one article shows to be a company is one in all ("Aubriet-Lenoir", a place to the model in one
    # article, merges with "Champagne Aubriet-Lenoir"); else the label most articles give it
    labels = {
        n: "ORG" if "ORG" in c and "PER" not in c else c.most_common(1)[0][0] for n, c in seen_labels.items()
    }
    canon = Canonicalizer()
    known = canon.index.by_key
    ranked = sorted(counts, key=lambda n: (key(n) not in known, -counts[n], order[n]))
    out: dict[str, str] = {}
    # Longer names first, so that "Schneider" finds the "Schneider Electric" of another document.
    ranked.sort(key=lambda n: len(n.split()) < 2)
    qualified = qualified_spellings()
    for name in ranked:
        # "État français", an article's own name for the State (mentions.qualified_names): the State of the
        # articles that write it bare
        base = qualified.get(key(name))
        if base is not None:
            # (the name itself, never a longer one it opens: "État" is no short form of "État allemand")
            known_base = canon.index.by_key.get(key(base)) or canon.seen.get(key(base))
            out[name] = (known_base or canon.add(base, labels[name])).name
            continue
        hit = canon.lookup(name, labels[name])
        out[name] = hit.name if hit else canon.add(name, labels[name]).name
    return out


@cache
def qualified_spellings() -> dict[str, str]:
    """The aliases.yaml spellings of the names an article may qualify (``qualified_by_article``), by key."""
    raw = data.load("aliases") or {}
    aliases = raw.get("aliases") or {}
    return {key(str(s)): str(n) for n in raw.get("qualified_by_article") or [] for s in aliases.get(n) or []}


def corpus_names(documents: Iterable[dict]) -> dict[str, str]:
    """One corpus-wide name for each entity name of these contract documents (see :func:`merge_names`):
    what makes "Open AI" in one article and "OpenAI" in another the same subject for the reconciler. The
    claims' parties count too (a description resolved to a name the entity list spells otherwise)."""
    names: list[dict] = []
    for d in documents:
        if not isinstance(d, dict):
            continue
        names += [e for e in d.get("entities") or [] if isinstance(e, dict)]
        for c in d.get("claims") or []:
            for role in ("subject", "object", "value"):
                m = c.get(role) if isinstance(c, dict) else None
                if isinstance(m, dict) and m.get("canonical"):
                    names.append({"canonical": m["canonical"], "label": m.get("label")})
    return merge_names(names)
