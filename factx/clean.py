"""Text as factx can hold it: no lone surrogates (SQLite, JSON and sha256 need valid UTF-8), and the copy the
pipeline reads, which must neither choke spaCy nor hide a number's digits.

Every function here keeps what offsets index: the analysed text has the article's length, character for
character, so that ``text[start:end]`` of the article is what the pipeline found at ``start:end``.
"""

from __future__ import annotations

import os
import re

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
# What a file name undecodable as UTF-8 holds after os.fsdecode: one U+DC80..U+DCFF per byte.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")

# Characters that are not shown and take no room: C0 controls but tab and line ends, DEL, C1 controls,
# zero-width space/joiners, word joiner and invisible operators, BOM, soft hyphen, bidi marks, embeddings,
# overrides and isolates. Inside a number they are a group separator at most ("10\u200b000" is 10 000).
INVISIBLE = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb"
)
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]+")

# spaCy's tokenizer is quadratic in the length of a run without spaces (it peels prefixes and suffixes one
# at a time: 10,000 "€" take 16 s). Past this length a run is cut, and a run that is mostly punctuation
# (a separator line, a smear of symbols) is blanked: it holds nothing to analyse, and each of its characters
# would be a token of its own.
MAX_RUN = 48
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
_WORD_CHAR = re.compile(r"[^\W_]")


def no_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (valid in JSON's "\\ud800", not in UTF-8) replaced by U+FFFD."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(REPLACEMENT, text)


def path_name(raw: str) -> str:
    """A file name as factx stores it: valid UTF-8. The bytes of a name that is not UTF-8 (``r\\xe9sum\\xe9``
    from a Windows disk) are written as ``\\xe9``, so the name stays readable, unique and stable."""
    if not _SURROGATE.search(raw):
        return raw
    if not _SURROGATE.sub("", _ESCAPED_BYTE.sub("", raw)) == _ESCAPED_BYTE.sub("", raw):
        return no_surrogates(raw)  # surrogates that do not stand for bytes: not from the file system
    return os.fsencode(raw).decode("utf-8", errors="backslashreplace")


def _tame_run(m: re.Match[str]) -> str:
    run = m.group()
    words = len(_WORD_CHAR.findall(run))
    if 2 * words < len(run):
        return " " * len(run)  # mostly punctuation or symbols
    # Cut every MAX_RUN characters, at the last non-word character before the cut when there is one (a URL
    # splits at a "/" or "-"), else at the cut itself.
    chars = list(run)
    start = 0
    while len(chars) - start > MAX_RUN:
        cut = start + MAX_RUN
        for k in range(cut, start + MAX_RUN // 2, -1):
            if not chars[k].isalnum():
                cut = k
                break
        chars[cut] = " "
        start = cut + 1
    return "".join(chars)


def _invisible(m: re.Match[str]) -> str:
    """Invisible characters become spaces (between two digits, a group separator: "10\u200b000" is read as
    "10 000"), except inside a word, where a space would cut it in two ("Micro\u00adsoft")."""
    s, a, b = m.string, m.start(), m.end()
    before = s[a - 1] if a else " "
    after = s[b] if b < len(s) else " "
    if before.isalpha() and after.isalpha():
        return m.group()
    return " " * (b - a)


def analysable(text: str) -> str:
    """The text the pipeline reads: same length as ``text``; invisible characters and runs without spaces
    that would make spaCy quadratic replaced by spaces (see :data:`INVISIBLE`, :data:`MAX_RUN`)."""
    text = _INVISIBLE_RE.sub(_invisible, text)
    return _LONG_RUN.sub(_tame_run, text)
