"""Reading articles: files, folders, JSON Lines and stdin; decoding; the publication-date header.

Offsets everywhere in factx index ``Article.text``: the decoded file text as a whole (BOM dropped, line ends
normalised to ``\\n``), header included. The header is masked with spaces before analysis
(``Article.analysed_text``) so it is not read as prose while every offset stays valid.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ArticleError

ARTICLE_SUFFIXES = (".txt", ".md", ".jsonl")
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


@dataclass
class Article:
    doc: str
    text: str
    date: str | None = None
    date_source: str | None = None
    header_end: int = 0  # text[:header_end] is the header, masked before analysis
    warnings: list[str] = field(default_factory=list)

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


def read_file(path: Path, name: str) -> Iterator[Article | ArticleError]:
    """Articles in one file (several for JSON Lines; a bad line is yielded as its error).

    Raises ArticleError when the file as a whole cannot be read.
    """
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(name, e.strerror or str(e)) from e
    text, warning = decode(data, name)
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(text.split("\n"), name, warning)  # not splitlines(): U+2028 may sit in a string
        return
    art = make_article(name, text)
    if warning:
        art.warnings.append(warning)
    yield art


def read_jsonl(
    lines: Iterable[str], name: str, warning: str | None = None
) -> Iterator[Article | ArticleError]:
    """One article per line: {"id": ..., "text": ..., "date": optional}. A bad line is an error of its own."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name} line {n}"
        try:
            obj = json.loads(line)
        except ValueError as e:
            yield ArticleError(where, f"not JSON ({e.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield ArticleError(where, 'expected an object with a "text" string')
            continue
        doc = obj.get("id", obj.get("doc"))
        doc = str(doc) if doc is not None else f"{name}:{n}"
        date = obj.get("date")
        if date is not None:
            norm = normalise_date(str(date))
            if norm is None:
                yield ArticleError(where, f"date {date!r} is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)")
                continue
            art = make_article(doc, obj["text"], norm, "input")
        else:
            art = make_article(doc, obj["text"])
        if warning:
            art.warnings.append(warning)
        yield art


def expand_paths(paths: Iterable[str]) -> Iterator[tuple[Path, str] | ArticleError]:
    """Files to read with the name the user gave them; folders are searched recursively."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                f
                for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES and not _hidden(f, p)
            )
            if not found:
                yield ArticleError(
                    raw, f"no articles in this folder ({', '.join('*' + s for s in ARTICLE_SUFFIXES)})"
                )
            for f in found:
                yield f, str(Path(raw) / f.relative_to(p))
        else:
            yield p, raw


def _hidden(f: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in f.relative_to(root).parts)


def read_paths(paths: Iterable[str]) -> Iterator[Article | ArticleError]:
    """Every article named by ``paths`` ('-' is stdin, read by the CLI), errors yielded in place, never raised."""
    return read_expanded(expand_paths(paths))


def read_expanded(items: Iterable[tuple[Path, str] | ArticleError]) -> Iterator[Article | ArticleError]:
    """The articles of :func:`expand_paths`' items; a file that cannot be read is its own error, not the run's."""
    for item in items:
        if isinstance(item, ArticleError):
            yield item
            continue
        path, name = item
        try:
            yield from read_file(path, name)
        except ArticleError as e:
            yield e
        except (OSError, ValueError) as e:
            yield ArticleError(name, f"cannot be read ({type(e).__name__}: {e})")


def read_stdin(data: bytes) -> Iterator[Article | ArticleError]:
    """stdin: JSON Lines when it starts with '{', else one plain-text article named '-'."""
    try:
        text, warning = decode(data, "-")
    except ArticleError as e:
        yield e
        return
    if text.lstrip().startswith("{"):
        yield from read_jsonl(text.replace("\r\n", "\n").split("\n"), "stdin", warning)
        return
    art = make_article("-", text)
    if warning:
        art.warnings.append(warning)
    yield art
