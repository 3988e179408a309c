"""Reading articles: files, folders, JSON Lines and stdin; decoding; the publication-date header.

Offsets everywhere in factx index ``Article.text``: the decoded file text as a whole (BOM dropped, line ends
normalised to ``\\n``), header included. The header is masked with spaces before analysis
(``Article.analysed_text``) so it is not read as prose while every offset stays valid.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ArticleError
from .webpage import HTML_SUFFIXES, looks_like_html, read_page

# What a folder's files are read as: these always; Markdown only with front matter (a note is no article).
ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES, ".jsonl")
MARKDOWN_SUFFIXES = (".md", ".markdown")
BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"RIFF")

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
    header_end: int = 0  # text[:header_end] is the header, masked before analysis
    warnings: list[str] = field(default_factory=list)
    source: str | None = None  # the outlet
    url: str | None = None
    title: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def analysed_text(self) -> str:
        """The text the pipeline reads: the header blanked out, same length, so offsets carry over."""
        if not self.header_end:
            return self.text
        head = re.sub(r"[^\n]", " ", self.text[: self.header_end])
        return head + self.text[self.header_end :]


def normalise_date(raw: str) -> str | None:
    """ISO 8601 at the precision given: '2023', '2023-01', '2023-01-23'; '23/01/2023' -> '2023-01-23'."""
    raw = raw.strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", raw)
    if m:
        day, month, year = (int(x) for x in m.groups())
        raw = f"{year:04d}-{month:02d}-{day:02d}"
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", raw)
    if not m:
        return None
    year, month, day = m.groups()
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
        for line in m.group("body").splitlines(keepends=True):
            if lm := META_LINE_RE.fullmatch(line):
                _set_meta(art, lm.group("key"), lm.group("value"))
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


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """Decoded text and, when it was not UTF-8, a warning naming the encoding used."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as e:
            raise ArticleError(name, f"invalid UTF-16 ({e.reason} at byte {e.start})") from e
    if data.startswith(BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise ArticleError(name, "binary file (not text), skipped")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
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
    if encoding is None:
        raise ArticleError(name, "unknown text encoding, skipped")
    return str(best), f"not UTF-8; decoded as {encoding}"


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


def read_file(path: Path, name: str) -> Iterator[Article | ArticleError]:
    """Articles in one file (several for JSON Lines; a bad line is yielded as its error).

    Raises ArticleError when the file as a whole cannot be read.
    """
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(name, e.strerror or str(e)) from e
    text, warning = decode(data, name)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(text.split("\n"), name, warning)  # not splitlines(): U+2028 may sit in a string
        return
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        art = page_article(name, text)
    else:
        art = make_article(name, text)
    if warning:
        art.warnings.append(warning)
    yield art


def read_jsonl(
    lines: Iterable[str], name: str, warning: str | None = None, unnamed: str | None = None
) -> Iterator[Article | ArticleError]:
    """One article per line: {"id", "text" or "html", optional "date", "source", "url", "title"}.

    A bad line is an error of its own. A line without an id is named ``{name}:{line}``, or
    ``stdin-<sha256 prefix>`` when ``unnamed`` is "sha" (articles piped one run after another never clash).
    """
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name} line {n}"
        try:
            obj = json.loads(line)
        except ValueError as e:
            yield ArticleError(where, f"not JSON ({e.msg})")
            continue
        if not isinstance(obj, dict) or not (
            isinstance(obj.get("text"), str) or isinstance(obj.get("html"), str)
        ):
            yield ArticleError(where, 'expected an object with a "text" (or "html") string')
            continue
        doc = obj.get("id", obj.get("doc"))
        date = obj.get("date")
        norm = None
        if date is not None:
            norm = normalise_date(str(date))
            if norm is None:
                yield ArticleError(where, f"date {date!r} is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)")
                continue
        provisional = str(doc) if doc is not None else f"{name}:{n}"
        try:
            if isinstance(obj.get("text"), str):
                art = make_article(provisional, obj["text"], norm, "input" if norm else None)
            else:
                art = page_article(provisional, obj["html"])
                if norm:
                    art.date, art.date_source = norm, "input"
        except ArticleError as e:
            yield ArticleError(where, e.problem)
            continue
        if doc is None and unnamed == "sha":
            art.doc = stdin_name(art)
        for key in ("source", "url", "title"):
            if isinstance(obj.get(key), str) and obj[key].strip():
                setattr(art, key, obj[key].strip())
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
            for f in sorted(p.rglob("*")):
                if not f.is_file() or _hidden(f, p):
                    continue
                verdict = is_article_file(f, globs, p)
                if verdict is True:
                    found.append(f)
                else:
                    skipped[str(verdict)] += 1
            if not found:
                wanted = ", ".join(globs) if globs else ", ".join("*" + s for s in ARTICLE_SUFFIXES)
                yield ArticleError(raw, f"no articles in this folder ({wanted})")
            for f in found:
                yield f, str(Path(raw) / f.relative_to(p))
        else:
            yield p, raw
    if skipped:
        yield SkippedFiles(tuple(sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0]))))


def _hidden(f: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in f.relative_to(root).parts)


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
        path, name = item
        try:
            yield from read_file(path, name)
        except ArticleError as e:
            yield e
        except (OSError, ValueError, RecursionError) as e:
            yield ArticleError(name, f"cannot be read ({type(e).__name__}: {e})")


def stdin_name(art: Article) -> str:
    """``stdin-<first 12 hex of the text's sha256>``: two different articles piped in never share a name."""
    return f"stdin-{art.sha256[:12]}"


def read_stdin(data: bytes, name: str | None = None) -> Iterator[Article | ArticleError]:
    """stdin: JSON Lines when it starts with '{', a web page when it starts as one, else one plain-text article.

    The article is named ``name``, else ``stdin-<sha256 prefix>``.
    """
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
        art = page_article(label, text) if looks_like_html(text) else make_article(label, text)
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
