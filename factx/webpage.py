"""Saved web pages: the article's main text and its metadata, with trafilatura (text) and htmldate (date).

What a journalist keeps is the page as the browser saved it: menus, cookie banners, "Publicité" slots and
related links around the article. trafilatura keeps the article's own text; the store keeps that text, and
every offset factx reports indexes it. The outlet comes from the page's site name (og:site_name, JSON-LD
publisher), the URL from its canonical link or from the comment browsers write when saving a page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import ArticleError

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# Past this, a page is refused before it is parsed: saved pages with inline images reach a few tens of MB,
# and lxml's tree of a page costs several times its size.
MAX_PAGE_BYTES = 64 * 1024 * 1024
MIN_WORDS = 10
# Inline images and fonts (SingleFile, "save as complete page") are most of a big page's bytes and no text.
_DATA_URI_RE = re.compile(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]{200,}")
# <!-- saved from url=(0061)https://... --> (Chrome, Edge) and SingleFile's "url: https://..." comment.
_SAVED_FROM_RE = re.compile(r"<!--\s*saved from url=\(\d+\)(?P<url>\S+?)\s*-->", re.IGNORECASE)
_SINGLEFILE_RE = re.compile(r"<!--\s*Page saved with SingleFile\s+url:\s*(?P<url>\S+)", re.IGNORECASE)
_HTML_START_RE = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL
)


def looks_like_html(text: str) -> bool:
    """True when a text starts as an HTML document does (a page saved without its .html suffix)."""
    return bool(_HTML_START_RE.match(text[:4096]))


@dataclass
class Page:
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_page(html: str, name: str) -> Page:
    """The main text and metadata of a saved page. Raises ArticleError when it holds no article text."""
    import trafilatura

    if len(html) > MAX_PAGE_BYTES:
        raise ArticleError(
            name, f"page too large ({len(html) / 1e6:.0f} MB; the limit is {MAX_PAGE_BYTES >> 20} MB)"
        )
    saved_url = _saved_url(html[:8192])
    html = _DATA_URI_RE.sub("data:,", html)
    if not re.search(r"<\s*body[\s>]", html, re.IGNORECASE) and not re.search(
        r"<\s*(p|div|article)[\s>]", html, re.I
    ):
        raise ArticleError(name, "HTML page with no body, nothing to read")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=saved_url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except (ValueError, TypeError, RecursionError) as e:
        raise ArticleError(name, f"HTML page could not be parsed ({type(e).__name__})") from e
    text = (doc.text or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_WORDS:  # a menu entry or a caption is what is left of a page with no article
        raise ArticleError(name, "no article text found in this HTML page")
    title = _clean(doc.title)
    page = Page(
        text=_drop_title_line(text, title),
        title=title,
        source=outlet_name(_clean(doc.sitename), _clean(doc.hostname)),
        url=_clean(doc.url) or saved_url,
        date=_page_date(html) or _iso(doc.date),
        author=_clean(doc.author),
    )
    if not re.search(r"</html\s*>", html[-4096:], re.IGNORECASE):
        page.warnings.append("the saved page ends before </html>: it may be incomplete")
    return page


def _page_date(html: str) -> str | None:
    """The publication date (not the last update) from the page's metadata; the text is not searched."""
    from htmldate import find_date

    try:
        return _iso(find_date(html, original_date=True, extensive_search=False))
    except (ValueError, TypeError):
        return None


def outlet_name(sitename: str | None, hostname: str | None) -> str | None:
    """The outlet as a reader names it: the page's site name, or a known site's name for its host name."""
    from .sources import data

    known = {k.casefold(): v for k, v in (data().get("outlet_hosts") or {}).items()}
    for candidate in (sitename, hostname):
        if candidate:
            host = candidate.casefold().removeprefix("www.")
            if host in known:
                return known[host]
    return sitename or (hostname.removeprefix("www.") if hostname else None)


def _saved_url(head: str) -> str | None:
    m = _SAVED_FROM_RE.search(head) or _SINGLEFILE_RE.search(head)
    return m.group("url") if m and m.group("url").startswith(("http://", "https://")) else None


def _drop_title_line(text: str, title: str | None) -> str:
    """trafilatura sometimes keeps the page's <h1> as the first line: the title is metadata, not prose."""
    first, _, rest = text.partition("\n")
    if title and rest and first.strip().casefold() == title.casefold():
        return rest.lstrip("\n")
    return text


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None


def _iso(value: str | None) -> str | None:
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ].*)?", value or "")
    return m.group(1) if m else None
