"""Reading articles: files, folders, JSON Lines and stdin; decoding; the publication-date header.

Offsets everywhere in factx index ``Article.text``: the decoded file text as a whole (BOM dropped, line ends
normalised to ``\\n``), header included. The header is masked with spaces before analysis
(``Article.analysed_text``) so it is not read as prose while every offset stays valid.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import stat
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .clean import analysable, no_surrogates, path_name
from .errors import ArticleError, InputError
from .webpage import HTML_SUFFIXES, MAX_PAGE_BYTES, looks_like_html, read_page

# What a folder's files are read as: these always; Markdown only with front matter (a note is no article).
ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES, ".jsonl")
MARKDOWN_SUFFIXES = (".md", ".markdown")
BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"RIFF")
# spaCy's own limit on a text (nlp.max_length): a longer article is refused as soon as that is known, and a
# text file of more than MAX_CHARS * 4 bytes (UTF-8's, UTF-32's widest) before it is read at all.
MAX_CHARS = 1_000_000
MAX_TEXT_BYTES = 4 << 20  # >= 4 * MAX_CHARS
# A JSON Lines line holds one article, perhaps a saved page: as much as a page file.
MAX_LINE_BYTES = MAX_PAGE_BYTES
MAX_STDIN_BYTES = MAX_PAGE_BYTES

# A first line like " date 2023-01", "date: 2023-01-23" or "Date : 23/01/2023"; the article may go on after it.
_ISO = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_DMY = r"\d{1,2}/\d{1,2}/\d{4}"
HEADER_RE = re.compile(rf"\A[ \t]*date[ \t]*:?[ \t]*(?P<date>{_ISO}|{_DMY})(?![\d/-])[ \t]*", re.IGNORECASE)
# A first line with the date written in French: "Publié le 16 avril 2019", "Date : lundi 23 janvier 2023".
_WRITTEN = r"(?:[a-zé]+\.?\s+)?\d{1,2}(?:er)?\s+[a-zéû]+\.?\s+\d{4}"
WRITTEN_HEADER_RE = re.compile(
    rf"\A[ \t]*(?:date|publié(?:e)?\s+le|mis(?:e)?\s+à\s+jour\s+le)[ \t]*:?[ \t]*(?P<date>{_WRITTEN})(?!\w)[ \t]*",
    re.IGNORECASE,
)
FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(?P<body>.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
FRONT_DATE_RE = re.compile(rf"^date[ \t]*:[ \t]*[\"']?(?P<date>{_ISO}|{_DMY})", re.MULTILINE | re.IGNORECASE)
# Metadata lines of a header or front matter: "source: L'Humanité", "url: https://...", "titre : ...".
META_KEYS = {
    "source": "source",
    "média": "source",
    "media": "source",
    "journal": "source",
    "url": "url",
    "lien": "url",
    "title": "title",
    "titre": "title",
}
META_LINE_RE = re.compile(
    r"[ \t]*(?P<key>source|m[ée]dia|journal|url|lien|title|titre)[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t]*(?:\n|\Z)",
    re.IGNORECASE,
)
DATE_LINE_RE = re.compile(rf"[ \t]*date[ \t]*:?[ \t]*(?P<date>{_ISO}|{_DMY})[ \t]*(?:\n|\Z)", re.IGNORECASE)


@dataclass
class Article:
    doc: str
    text: str
    date: str | None = None
    date_source: str | None = None
    header_end: int = 0  # text[:header_end] is the header, masked before analysis (all but its title)
    title_span: tuple[int, int] | None = None  # where the header's title is: read for context, never reported
    warnings: list[str] = field(default_factory=list)
    source: str | None = None  # the outlet
    url: str | None = None
    title: str | None = None
    origin: str | None = None  # where it was read when that is more than its name: "a.jsonl line 5"
    from_file: bool = False  # read from a file of its own (its name is a path)

    def __post_init__(self) -> None:
        # JSON's "\ud800" is valid JSON but not UTF-8: SQLite, the sha256 and every output need UTF-8.
        clean = no_surrogates(self.text)
        if clean is not self.text:
            n = sum(1 for a, b in zip(self.text, clean, strict=True) if a != b)
            self.warnings.append(f"{n} lone surrogate(s) (not UTF-8) replaced by U+FFFD")
            self.text = clean
        self.doc = no_surrogates(self.doc)
        for key in ("source", "url", "title", "date"):
            value = getattr(self, key)
            if isinstance(value, str):
                setattr(self, key, no_surrogates(value))

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def context_end(self) -> int:
        """Where what the pipeline reads only for context (the header's title) ends: 0 when it reads none."""
        if self.title_span is None:
            return 0
        a, b = self.title_span
        return b + 1 if self.analysed_text[a:b].strip() else 0

    @property
    def analysed_text(self) -> str:
        """The text the pipeline reads: the header blanked out, invisible characters and runs that would
        choke spaCy replaced (:func:`factx.clean.analysable`); same length, so offsets carry over."""
        # the language check and the pipeline both read it: made once per text and header
        made = self.__dict__.get("_analysed")
        if made is not None and made[0] is self.text and made[1] == self.header_end:
            return made[2]
        if not self.header_end:
            out = analysable(self.text)
        else:
            head = re.sub(r"[^\n]", " ", self.text[: self.header_end])
            if self.title_span is not None:
                # the headline states the story's fact: the pipeline reads it as the article's first line, for
                # who and what later sentences refer to; nothing in it is reported (see analyse.py). It needs a
                # final stop, or the parser runs it into the body: the stop takes the place of the line's end
                # when another line of the header follows (a stop alone on a line misleads the tagger).
                a, b = self.title_span
                title = analysable(self.text[a:b])
                if title.rstrip()[-1:] in ".!?…":
                    head = head[:a] + title + head[b:]
                elif head[b : b + 1] == "\n" and "\n" in head[b + 1 : self.header_end]:
                    head = head[:a] + title + "." + head[b + 1 :]
            out = head + analysable(self.text[self.header_end :])
        self.__dict__["_analysed"] = (self.text, self.header_end, out)
        return out


def normalise_date(raw: str) -> str | None:
    """ISO 8601 at the precision given: '2023', '2023-01', '2023-01-23'; '23/01/2023' -> '2023-01-23'.

    None for anything else, year 0000 included (there is none: the calendar goes from 0001 to 9999)."""
    raw = raw.strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", raw)
    if m:
        day, month, year = (int(x) for x in m.groups())
        raw = f"{year:04d}-{month:02d}-{day:02d}"
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", raw)
    if not m:
        return None
    year, month, day = m.groups()
    if int(year) < 1:
        return None
    if month and not 1 <= int(month) <= 12:
        return None
    if day:
        import datetime

        try:
            datetime.date(int(year), int(month), int(day))
        except ValueError:
            return None
    return raw


def written_date(text: str) -> str | None:
    """ "lundi 23 janvier 2023" -> "2023-01-23", resolved by dateparser (imported only for such a header)."""
    import dateparser

    parsed = dateparser.parse(text, languages=["fr"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


def make_article(doc: str, text: str, date: str | None = None, date_source: str | None = None) -> Article:
    """An article from decoded text: line ends normalised, header date read unless a date is given."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    art = Article(doc=doc, text=text)
    m = FRONT_MATTER_RE.match(text)
    if m:
        art.header_end = m.end()
        dm = FRONT_DATE_RE.search(m.group("body"))
        if dm and normalise_date(dm.group("date")):
            art.date, art.date_source = normalise_date(dm.group("date")), "front_matter"
        pos = m.start("body")
        for line in m.group("body").splitlines(keepends=True):
            if lm := META_LINE_RE.fullmatch(line):
                _set_meta(art, lm.group("key"), lm.group("value"))
                _title_at(art, lm, pos)
            pos += len(line)
    elif _starts_with_meta(text):
        _read_header_lines(art)
    else:
        m = HEADER_RE.match(text)
        if m and normalise_date(m.group("date")):
            art.header_end = m.end()
            art.date, art.date_source = normalise_date(m.group("date")), "header"
        elif m:
            art.header_end = m.end()  # still a header, not prose
            art.warnings.append(f"header date {m.group('date')!r} is not a valid date; no publication date")
        elif (m := WRITTEN_HEADER_RE.match(text)) and (iso := written_date(m.group("date"))):
            art.header_end = m.end()
            art.date, art.date_source = iso, "header"
    if date is not None:
        art.date, art.date_source = date, date_source
    return art


def _title_at(art: Article, m: re.Match[str], offset: int) -> None:
    """Record where a title line's value is in the text (``m`` matched at ``offset``)."""
    if META_KEYS[m.group("key").casefold()] == "title" and m.group("value").strip():
        art.title_span = (offset + m.start("value"), offset + m.end("value"))


def _set_meta(art: Article, key: str, value: str) -> None:
    value = value.strip().strip("\"'").strip()
    if value:
        setattr(art, META_KEYS[key.casefold()], value)


def _meta_line(text: str, pos: int = 0) -> re.Match[str] | None:
    """A metadata line at ``pos``; "Source : la direction a confirmé." is prose, not an outlet."""
    m = META_LINE_RE.match(text, pos)
    if not m:
        return None
    value = m.group("value").strip().strip("\"'")
    if META_KEYS[m.group("key").casefold()] == "url":
        return m if re.match(r"(?:https?://|www\.)\S+$", value) else None
    return m if value and len(value) <= 150 and not value.endswith((".", ";", ",")) else None


def _starts_with_meta(text: str) -> bool:
    """A metadata line first, or a date line followed by one (a lone date line keeps the older rules)."""
    if _meta_line(text):
        return True
    m = DATE_LINE_RE.match(text)
    return bool(m and _meta_line(text, m.end()))


def _read_header_lines(art: Article) -> None:
    """A header of ``key: value`` lines (source, url, title, date) at the top of a text file."""
    pos, text = 0, art.text
    while True:
        if m := _meta_line(text, pos):
            _set_meta(art, m.group("key"), m.group("value"))
            _title_at(art, m, 0)
        elif m := DATE_LINE_RE.match(text, pos):
            iso = normalise_date(m.group("date"))
            if iso:
                art.date, art.date_source = iso, "header"
            else:
                art.warnings.append(
                    f"header date {m.group('date')!r} is not a valid date; no publication date"
                )
        else:
            break
        pos = m.end()
    art.header_end = pos


_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),  # before UTF-16's: it starts the same
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_BAD_UTF8 = re.compile("[\udc80-\udcff]+")  # undecodable bytes, as errors="surrogateescape" keeps them
_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _wide_encoding(sample: bytes) -> str | None:
    """UTF-16 or UTF-32 without a BOM, told by where the NUL bytes fall (French text is mostly ASCII, whose
    characters have NUL high bytes in both)."""
    n = len(sample) - len(sample) % 4
    if n < 8:
        return None
    s = sample[:n]
    share = [s[k::4].count(0) / (n // 4) for k in range(4)]
    if share[1] > 0.9 and share[2] > 0.9 and share[3] > 0.9 and share[0] < 0.1:
        return "utf-32-le"
    if share[0] > 0.9 and share[1] > 0.9 and share[2] > 0.9 and share[3] < 0.1:
        return "utf-32-be"
    even, odd = (share[0] + share[2]) / 2, (share[1] + share[3]) / 2
    if odd > 0.7 and even < 0.05:
        return "utf-16-le"
    if even > 0.7 and odd < 0.05:
        return "utf-16-be"
    return None


def _is_binary(data: bytes) -> bool:
    """A known binary format, or NUL bytes beyond a stray one or two (git's test, made tolerant: a NUL pasted
    inside a number is an invisible character of a text, not a sign of an image)."""
    if data.startswith(BINARY_MAGIC):
        return True
    sample = data[:8192]
    return sample.count(0) > 2 + len(sample) // 1000


def decode(data: bytes, name: str, sniff: bool = True) -> tuple[str, str | None]:
    """Decoded text and, when it was not plain UTF-8, a warning saying how it was read.

    A BOM says the encoding (UTF-8, UTF-16, UTF-32); UTF-16 and UTF-32 are also recognised without one.
    Mostly valid UTF-8 stays UTF-8: a few stray bytes of another code page (a pasted "é" in cp1252) are read
    as cp1252, and the warning says on which lines. Only text that is not UTF-8 at all is decoded as a whole
    with another encoding. ``sniff=False`` (a line inside a file) looks for no BOM and no UTF-16/32.
    """
    for bom, encoding in _BOMS if sniff else ():
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), None
            except UnicodeDecodeError as e:
                raise ArticleError(name, f"invalid {encoding.upper()} ({e.reason} at byte {e.start})") from e
    wide = _wide_encoding(data[:8192]) if sniff else None
    if wide:
        try:
            return data.decode(wide), f"no BOM; decoded as {wide.upper()}"
        except UnicodeDecodeError:
            pass
    if _is_binary(data):
        raise ArticleError(name, "binary file (not text), skipped")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = best.encoding if best else None
    # French text in a single-byte code page: cp1252 is what Windows writes and a superset of latin-1's letters,
    # and charset-normalizer often names a neighbour (cp1250, latin_1...) for short texts.
    if encoding is None or encoding.startswith(("cp125", "latin", "iso8859", "mac")):
        try:
            return data.decode("cp1252"), "not UTF-8; decoded as cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "not UTF-8; decoded as latin-1"
    return str(best), f"not UTF-8; decoded as {encoding}"


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few bytes that are not (at most one for every two valid non-ASCII characters):
    those read as cp1252, with a warning naming their lines. None when the text is not mostly UTF-8."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = list(_BAD_UTF8.finditer(text))
    n_bad = sum(m.end() - m.start() for m in bad)
    if len(_NON_ASCII.findall(text)) < 2 * n_bad:
        return None
    lines, line, pos = [], 1, 0
    for m in bad:
        line += text.count("\n", pos, m.start())
        pos = m.start()
        if not lines or lines[-1] != line:
            lines.append(line)
    fixed = _BAD_UTF8.sub(
        lambda m: bytes(ord(c) - 0xDC00 for c in m.group()).decode("cp1252", errors="replace"), text
    )
    where = ", ".join(map(str, lines[:5])) + (f" and {len(lines) - 5} more" if len(lines) > 5 else "")
    line_word = "line" if len(lines) == 1 else "lines"
    return fixed, f"{n_bad} byte(s) not valid UTF-8 on {line_word} {where}, read as cp1252"


def page_article(doc: str, html: str) -> Article:
    """An article from a saved web page: its main text, with the page's title, outlet, URL and date."""
    page = read_page(html, doc)
    return Article(
        doc=doc,
        text=page.text,
        date=normalise_date(page.date) if page.date else None,
        date_source="page" if page.date else None,
        warnings=list(page.warnings),
        source=page.source,
        url=page.url,
        title=page.title,
    )


def _file_kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return kind
    return "not a regular file"


def open_regular(path: Path | str, name: str) -> tuple[BinaryIO, int]:
    """A regular file opened for reading, and its size. A FIFO, a device (``/dev/zero``) or a socket is
    refused without blocking and before a byte is read: it may never end, or never start."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        raise ArticleError(name, f"cannot be read ({e.strerror or e})") from e
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ArticleError(name, f"{_file_kind(st.st_mode)}, not a regular file: skipped")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), st.st_size
    except BaseException:
        os.close(fd)
        raise


def _too_large(size: int, limit: int, what: str = "file") -> str:
    return f"{what} too large ({size / 1e6:.0f} MB; the limit is {limit >> 20} MB)"


def read_file(path: Path, name: str) -> Iterator[Article | ArticleError]:
    """Articles in one file (several for JSON Lines, read line by line; a bad line is yielded as its error).

    Raises ArticleError when the file as a whole cannot be read: not a regular file, too large (checked
    before reading), undecodable.
    """
    suffix = path.suffix.lower()
    f, size = open_regular(path, name)
    with f:
        if suffix == ".jsonl":
            yield from read_jsonl_file(f, name)
            return
        page = suffix in HTML_SUFFIXES
        limit = MAX_PAGE_BYTES if page else MAX_TEXT_BYTES
        what = "page" if page else "file"
        if size > limit:
            raise ArticleError(name, _too_large(size, limit, what))
        try:
            data = f.read(limit + 1)  # files of /proc say 0 bytes: the read is bounded all the same
        except OSError as e:
            raise ArticleError(name, f"cannot be read ({e.strerror or e})") from e
    if len(data) > limit:
        raise ArticleError(name, _too_large(len(data), limit, what))
    text, warning = decode(data, name)
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        art = page_article(name, text)
    else:
        if len(text) > MAX_CHARS:
            raise ArticleError(name, too_long(len(text)))
        art = make_article(name, text)
    art.from_file = True
    if warning:
        art.warnings.append(warning)
    yield art


def too_long(n: int) -> str:
    return f"too long to analyse ({n:,} characters; the limit is {MAX_CHARS:,})"


def read_jsonl_file(f: BinaryIO, name: str) -> Iterator[Article | ArticleError]:
    """The articles of a JSON Lines file, read one line at a time (a file of any size; a line of at most
    :data:`MAX_LINE_BYTES`), each line decoded on its own so that one bad byte costs one line's warning."""
    n = 0
    while True:
        raw = f.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        n += 1
        if n == 1 and raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
            # UTF-16/32 JSON Lines: not splittable on b"\n"; read whole (bounded), as older factx did
            data = raw + f.read(MAX_LINE_BYTES * 4)
            text, warning = decode(data, name)
            yield from read_jsonl(text.split("\n"), name, warning)
            return
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield ArticleError(
                f"{name} line {n}", f"line too large (more than {MAX_LINE_BYTES >> 20} MB), skipped"
            )
            continue
        if n == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        try:
            text, warning = decode(raw, f"{name} line {n}", sniff=n == 1)
        except ArticleError as e:
            yield e
            continue
        yield from read_jsonl([text.rstrip("\r\n")], name, warning, first_line=n)


def read_jsonl(
    lines: Iterable[str],
    name: str,
    warning: str | None = None,
    unnamed: str | None = None,
    first_line: int = 1,
) -> Iterator[Article | ArticleError]:
    """One article per line: {"id", "text" or "html", optional "date", "source", "url", "title"}.

    A bad line is an error of its own. A line without an id is named ``{name}:{line}``, or
    ``stdin-<sha256 prefix>`` when ``unnamed`` is "sha" (articles piped one run after another never clash).
    """
    for n, line in enumerate(lines, first_line):
        if not line.strip():
            continue
        where = f"{name} line {n}"
        try:
            obj = json.loads(line)
        except ValueError as e:
            yield ArticleError(where, f"not JSON ({getattr(e, 'msg', e)})")
            continue
        except RecursionError:
            yield ArticleError(where, "not JSON factx can read (nested too deep)")
            continue
        if not isinstance(obj, dict) or not (
            isinstance(obj.get("text"), str) or isinstance(obj.get("html"), str)
        ):
            yield ArticleError(where, 'expected an object with a "text" (or "html") string')
            continue
        doc = obj.get("id", obj.get("doc"))
        if doc is not None and (isinstance(doc, bool) or not isinstance(doc, (str, int))):
            yield ArticleError(where, '"id" must be a string')
            continue
        date = obj.get("date")
        norm = None
        if date is not None:
            norm = normalise_date(date) if isinstance(date, str) else None
            if norm is None:
                shown = date if isinstance(date, (str, int, float)) else type(date).__name__
                yield ArticleError(where, f"date {shown!r} is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)")
                continue
        provisional = str(doc) if doc is not None else f"{name}:{n}"
        try:
            if isinstance(obj.get("text"), str):
                if len(obj["text"]) > MAX_CHARS:
                    raise ArticleError(provisional, too_long(len(obj["text"])))
                art = make_article(provisional, obj["text"], norm, "input" if norm else None)
            else:
                art = page_article(provisional, obj["html"])
                if norm:
                    art.date, art.date_source = norm, "input"
        except ArticleError as e:
            yield ArticleError(where, e.problem)
            continue
        art.origin = where
        if doc is None and unnamed == "sha":
            art.doc = stdin_name(art)
        for key in ("source", "url", "title"):
            if isinstance(obj.get(key), str) and obj[key].strip():
                setattr(art, key, no_surrogates(obj[key].strip()))
        if warning:
            art.warnings.append(warning)
        yield art


@dataclass(frozen=True)
class Skipped:
    """An input left out on purpose (not an error): a file that is no article, an article in English."""

    doc: str
    reason: str
    language: str | None = None  # the article's language, when that is why

    def __str__(self) -> str:
        return f"{self.doc}: {self.reason}"


@dataclass(frozen=True)
class SkippedFiles:
    """The files of the given folders that were not read, counted by kind for one summary line."""

    counts: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)

    def __str__(self) -> str:
        kinds = ", ".join(f"{n} {kind}" for kind, n in self.counts)
        files = "file" if self.total == 1 else "files"
        return f"{self.total} {files} skipped: {kinds} (--glob PATTERN reads other files)"


def is_article_file(path: Path, globs: Sequence[str] = (), root: Path | None = None) -> bool | str:
    """True when a folder's file is read; else the kind it is counted as in the skipped summary."""
    if globs:
        rel = path.relative_to(root).as_posix() if root else path.name
        if any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(path.name, g) for g in globs):
            return True
        return path.suffix.lower() or "(no extension)"
    suffix = path.suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        return True
    if suffix in MARKDOWN_SUFFIXES:
        return True if _has_front_matter(path) else f"{suffix} without front matter"
    return suffix or "(no extension)"


def _has_front_matter(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return True  # let the reader report why it cannot be read
    head = head.removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n")
    return bool(re.match(rb"---[ \t]*\n.*?\n---[ \t]*(?:\n|$)", head, re.DOTALL))


def expand_paths(
    paths: Iterable[str], globs: Sequence[str] = ()
) -> Iterator[tuple[Path, str] | ArticleError | SkippedFiles]:
    """Files to read with the name the user gave them; folders are searched recursively.

    A file named explicitly is always read. In a folder, the article files are read (``globs`` instead,
    when given) and the others counted in one :class:`SkippedFiles`, yielded last.
    """
    skipped: Counter[str] = Counter()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = []
            for f, kind in _folder_files(p):
                verdict = is_article_file(f, globs, p) if kind is None else kind
                if verdict is True:
                    found.append(f)
                else:
                    skipped[str(verdict)] += 1
            if not found:
                wanted = ", ".join(globs) if globs else ", ".join("*" + s for s in ARTICLE_SUFFIXES)
                yield ArticleError(path_name(raw), f"no articles in this folder ({wanted})")
            for f in found:
                yield f, str(Path(raw) / f.relative_to(p))
        else:
            yield p, raw
    if skipped:
        yield SkippedFiles(tuple(sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0]))))


def _folder_files(root: Path) -> list[tuple[Path, str | None]]:
    """The files under ``root`` in path order, hidden ones left out: (path, None) for a regular file, else
    (path, why it is not read). Links are followed only to files inside the folder: a folder holding a
    link to ``/proc/self/status`` or ``~/.ssh`` must not have them read; linked folders are not entered."""
    inside = root.resolve()
    out: list[tuple[Path, str | None]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        for d in list(dirnames):
            if d.startswith("."):
                dirnames.remove(d)
            elif (here / d).is_symlink():
                out.append((here / d, "(link to a folder, not followed)"))
        for name in filenames:
            if name.startswith("."):
                continue
            f = here / name
            try:
                if f.is_symlink():
                    target = f.resolve(strict=True)
                    if target != inside and inside not in target.parents:
                        out.append((f, "(link to a file outside the folder)"))
                        continue
                mode = f.stat().st_mode
            except (OSError, RuntimeError):  # a broken link, a loop, a file gone meanwhile
                out.append((f, "(broken link or unreadable entry)"))
                continue
            out.append((f, None if stat.S_ISREG(mode) else f"({_file_kind(mode)})"))
    out.sort(key=lambda item: item[0])
    return out


def read_paths(
    paths: Iterable[str], globs: Sequence[str] = ()
) -> Iterator[Article | ArticleError | SkippedFiles]:
    """Every article named by ``paths`` ('-' is stdin, read by the CLI), errors yielded in place, never raised."""
    return read_expanded(expand_paths(paths, globs))


def read_expanded(
    items: Iterable[tuple[Path, str] | ArticleError | SkippedFiles],
) -> Iterator[Article | ArticleError | SkippedFiles]:
    """The articles of :func:`expand_paths`' items; a file that cannot be read is its own error, not the run's."""
    for item in items:
        if isinstance(item, (ArticleError, SkippedFiles)):
            yield item
            continue
        path, raw = item
        name = path_name(raw)
        try:
            for art in read_file(path, name):
                if name != raw and isinstance(art, Article):
                    art.warnings.append(f"file name is not valid UTF-8: stored as {name}")
                yield art
        except ArticleError as e:
            yield e
        except (OSError, ValueError, RecursionError, MemoryError) as e:
            yield ArticleError(name, f"cannot be read ({type(e).__name__}: {e})")


def stdin_name(art: Article) -> str:
    """``stdin-<first 12 hex of the text's sha256>``: two different articles piped in never share a name."""
    return f"stdin-{art.sha256[:12]}"


def read_stream(stream: BinaryIO, label: str = "stdin", limit: int = MAX_STDIN_BYTES) -> bytes:
    """All of a stream, at most ``limit`` bytes: ``factx extract - < /dev/zero`` ends with an error."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(
            f"{label}: more than {limit >> 20} MB; save the articles as files (or JSON Lines) and name them"
        )
    return data


def read_stdin(data: bytes, name: str | None = None) -> Iterator[Article | ArticleError]:
    """stdin: JSON Lines when it starts with '{', a web page when it starts as one, else one plain-text article.

    The article is named ``name``, else ``stdin-<sha256 prefix>``.
    """
    name = path_name(name) if name is not None else None
    label = name or "stdin"
    try:
        text, warning = decode(data, label)
    except ArticleError as e:
        yield e
        return
    if text.lstrip().startswith("{"):
        yield from read_jsonl(text.replace("\r\n", "\n").split("\n"), label, warning, unnamed="sha")
        return
    try:
        if looks_like_html(text):
            art = page_article(label, text)
        elif len(text) > MAX_CHARS:
            raise ArticleError(label, too_long(len(text)))
        else:
            art = make_article(label, text)
    except ArticleError as e:
        yield e
        return
    art.doc = name or stdin_name(art)
    if warning:
        art.warnings.append(warning)
    yield art


def check_language(
    items: Iterable[Article | ArticleError | SkippedFiles], any_language: bool = False
) -> Iterator[Article | ArticleError | SkippedFiles | Skipped]:
    """Articles not in French become :class:`Skipped` (factx's rules are French), unless ``any_language``."""
    for item in items:
        if not any_language and isinstance(item, Article):
            from .language import not_french

            lang = not_french(item.analysed_text)
            if lang:
                yield Skipped(
                    item.doc,
                    f"not in French (language: {lang}); not analysed (--any-language reads it)",
                    language=lang,
                )
                continue
        yield item
