"""E-paper HTML to an issue: pages in, the issue text and its articles out, structure from the markup.

Pure: bytes of pages in, text and :class:`~extractors.records.Article` records out; no file or
network I/O. Layouts read from their markup (no guessing of titles from line shapes):

* ``founder`` — the Founder (方正) e-paper system most Chinese city dailies publish on. A day is
  ``node_N.htm`` pages (one per printed page: its label ``第01版：要闻`` and its ``content_N.htm``
  links in reading order) and ``content_N.htm`` article pages whose parts are tagged
  ``<founder-introtitle>`` (lead title), ``<founder-title>``, ``<founder-subtitle>``,
  ``<founder-author>`` and ``<founder-content>`` with ``<p>`` paragraphs; an ``<!--enpproperty …-->``
  comment repeats them with the date (``<founder-date>`` or ``<date>``). Older sites carry only the
  comment and an ``<!--enpcontent-->…<!--/enpcontent-->`` body; both forms are read.
  The same system also names its files ``node_A02.html`` (lettered sections), ``col01.html`` (the
  printed pages of newer provincial sites) and, on older sites, ``nbs.D110000…_01.htm`` (a printed
  page) and ``nw.D110000…_20240305_1-01.htm`` (an article).
* ``founder-h`` — the variant that prints the parts as ``<h3>`` (lead), ``<h1>``, ``<h2>`` and
  ``p.sec`` (author; a printing note after it, ``《某报》（2024年03月05日 第 02 版）``, gives the
  page and day instead) with the body in ``#ozoom``, the headings up to a few blocks above it.
  Parts named by class (``.main-article-pretitle``/``-title``/``-subtitle``) or id (``#PreTitle``,
  ``#Title``, ``#SubTitle``, in a ``div.newsdetatit`` title block whose ``<h3>`` is the title when
  the ids are left out) are read the same way.
* ``founder-table`` — the older table templates: ``td.font01`` title between ``td.font02`` lead and
  subtitle rows, or a ``table.wz`` whose inner ``tr[valign=top]`` rows are lead title, title,
  subtitle and author; the body in ``#ozoom``. These heading forms also name a tagged body's
  article when its tags and comment give no title.
* ``cms`` — the cloud-hosted template (www.fzsyun.cn/<paper>/2024-03/05/node_01.html, the same
  node_/content_ names): the body in ``<cms-content>``, before it in its block ``<h3>`` lead title,
  ``<h1>`` title and ``<h3>`` subtitle.
* ``generic`` — any other page: its main content comes from readability-lxml (chosen over
  trafilatura by measurement, ``bench/bench_html.py``), one article per page.

Charset: the bytes decide (:func:`extractors.decode.decode`: UTF-8, else GB18030), never the
``<meta>`` declaration alone — GBK pages declared UTF-8 exist. A page cut short, with no content
or not text at all raises :class:`HtmlError`; the day goes on without it.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath
from typing import Literal

from .decode import DecodeError, decode
from .lang import zh_epaper as epaper
from .lang.zh_common import COLONS
from .numerals import to_int
from .records import Article

Layout = Literal["founder", "founder-h", "founder-table", "cms", "generic"]
PageKind = Literal["content", "node"]

HTML_SUFFIXES = (".htm", ".html", ".shtml")
# Founder file names: node_12.htm or node_A02.html (a printed page; papers with lettered sections
# number them A01, B01...), content_3456.htm (an article); newer sites of several provincial groups
# name the printed pages col01.html (pc/layout/202403/05/col01.html). The same system's older naming, still
# served by national and provincial dailies: nbs.D110000renmrb_01.htm (a printed page) and
# nw.D110000renmrb_20240305_1-01.htm (the first article of page 01).
NODE_NAME = re.compile(r"^(?:node_|col|nbs\.[a-z0-9]+_)[a-z]?(?P<no>\d+)\.s?html?$", re.IGNORECASE)
CONTENT_NAME = re.compile(
    r"^(?:content_(?P<no>\d+)(?:_\d+)?|nw\.[a-z0-9]+_\d{8}_(?P<seq>\d+)-[a-z]?(?P<page>\d+))\.s?html?$", re.IGNORECASE
)
# A printed page's label: 第01版：要闻, 第 3 版 综合新闻, A02版:时政.
_PAGE_LABEL = epaper.PAGE_LABEL
# Day paths: html/2023-12/01/, 2023-12/01/, 202312/01/, 2023-12-01, 20231201.
_PATH_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:-(?P<m1>\d{2})/(?P<d1>\d{2})|(?P<m2>\d{2})/(?P<d2>\d{2})|-(?P<m3>\d{2})-(?P<d3>\d{2})|(?P<m4>\d{2})(?P<d4>\d{2}))(?!\d)"
)
_ENP_PROPERTY = re.compile(r"<!--\s*enpproperty(?P<body>.*?)/?enpproperty\s*-->", re.DOTALL | re.IGNORECASE)
_ENP_FIELD = re.compile(r"<(?P<tag>(?:founder-)?[a-z]+)>(?P<value>.*?)</(?P=tag)>", re.DOTALL | re.IGNORECASE)
_ENP_CONTENT = re.compile(r"<!--\s*enpcontent\s*-->(?P<body>.*?)<!--\s*/enpcontent\s*-->", re.DOTALL | re.IGNORECASE)
_META_DATE = epaper.META_DATE
_TAG = re.compile(r"<[^>]+>")
_INNER_BREAK = re.compile(r"\s*\n\s*")
_EDGE_SPACE = " \t\r\n\u3000\xa0\ufeff"
# Paragraph-level elements of a Founder body: each is one paragraph.
# Main content shorter than this (a menu, a login box) is no article.
_MIN_MAIN_CONTENT_CHARS = 20
# How many levels above an article body its headings are looked for (see _headings).
_HEADING_REACH = 4
# Class names of the Founder templates' article parts: the author line under the headings (p.sec),
# the table template's title cell (td.font01) and the cells of its lead title and subtitle (td.font02).
_AUTHOR_LINE_CLASS = "sec"
_TABLE_TITLE_CLASS = "font01"
_TABLE_DECK_CLASS = "font02"
# Templates whose parts are named (attribute, then the lead title's, title's and subtitle's names):
# div.main-article-content holding the title block and #ozoom, and the title block div.newsdetatit
# (p#PreTitle, h3#Title, p#SubTitle) above div.newsdetatext with the body.
_NAMED_PARTS = (("class", "main-article-pretitle", "main-article-title", "main-article-subtitle"), ("id", "PreTitle", "Title", "SubTitle"))
# The newsdetatit title block of sites that leave the ids out: its <h3> is the title.
_TITLE_BLOCK_CLASS = "newsdetatit"
# The older table template of rows in a table.wz: lead title, title, subtitle and author rows, each
# tr[valign=top], the body (#ozoom) below them.
_ROWS_TABLE_CLASS = "wz"
_ROWS_TABLE_MIN_ROWS = 3
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "blockquote", "ul", "ol")
_SKIPPED = ("script", "style", "noscript", "iframe")


class HtmlError(ValueError):
    """A page that cannot be read (not text, cut short, nothing to read); the message says why."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, kw_only=True)
class ParsedArticle:
    """An article as its page marks it up, before it is placed in the issue text."""

    source: str
    title: str | None
    subtitle: str | None = None
    lead_title: str | None = None
    author: str | None = None
    paragraphs: tuple[str, ...] = ()
    page_name: str | None = None
    page_no: int | None = None
    date: date | None = None


@dataclass(frozen=True, kw_only=True)
class ParsedPage:
    """One page read: a Founder page list (``node``) or an article page (``content``)."""

    name: str
    kind: PageKind
    layout: Layout
    encoding: str
    article: ParsedArticle | None = None
    page_name: str | None = None
    page_no: int | None = None
    links: tuple[str, ...] = ()  # node pages: the content pages they list, in reading order
    nodes: tuple[str, ...] = ()  # node pages: the day's printed pages (node_N.htm) they list
    hrefs: tuple[tuple[str, str], ...] = ()  # node pages: (file name, href as printed) of every link above
    date: date | None = None


@dataclass(frozen=True, kw_only=True)
class PageError:
    name: str
    kind: str
    message: str


@dataclass(frozen=True, kw_only=True)
class HtmlIssue:
    """An issue assembled from pages: the text to store, its articles, and what went wrong."""

    text: str
    articles: tuple[Article, ...]
    issue_date: date | None
    date_reason: str
    encoding: str
    layouts: tuple[str, ...]
    errors: tuple[PageError, ...] = field(default=())


# ---------------------------------------------------------------- text helpers


def clean_inline(text: str | None) -> str | None:
    """A title-like string as printed: entities decoded, line breaks inside it dropped, edges trimmed."""
    if text is None:
        return None
    text = html_lib.unescape(text).replace("\xa0", " ")
    text = _INNER_BREAK.sub("", text.strip(_EDGE_SPACE))
    return text.strip(_EDGE_SPACE) or None


def _cn_or_int(value: str) -> int | None:
    """A page number as its label prints it ("5", "０５", "十二"); None when it reads as no number."""
    if value.isdigit():
        return int(value)  # full-width digits too
    try:
        return to_int(value)
    except (KeyError, ValueError):
        return None


def page_label(text: str) -> tuple[int | None, str | None]:
    """``第01版：要闻`` → ``(1, "要闻")``; ``(None, None)`` when the text is no page label."""
    match = _PAGE_LABEL.search(clean_inline(text) or "")
    if not match:
        return None, None
    return _cn_or_int(match.group("no")), match.group("name").strip(_EDGE_SPACE + COLONS) or None


def date_from_path(path: str) -> date | None:
    """The day a Founder path names: ``html/2023-12/01/``, ``202312/01``, ``2023-12-01``."""
    for match in _PATH_DATE.finditer(path.replace("\\", "/")):
        month = next(match.group(g) for g in ("m1", "m2", "m3", "m4") if match.group(g))
        day = next(match.group(g) for g in ("d1", "d2", "d3", "d4") if match.group(g))
        try:
            return date(int(match.group("y")), int(month), int(day))
        except ValueError:
            continue
    return None


def decode_page(data: bytes, name: str) -> tuple[str, str]:
    """Page bytes to text, the bytes deciding the charset; refuses empty, binary and cut-short pages."""
    if not data.strip():
        raise HtmlError("empty", f"{name}: empty page (0 bytes of content)")
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        raise HtmlError("decode", f"{name}: {exc}") from None
    return text, encoding


def _parse_tree(text: str, name: str):
    import lxml.etree
    import lxml.html

    try:
        # No encoding declaration may reach lxml: the text is already decoded.
        root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise HtmlError("malformed", f"{name}: not HTML ({exc})") from None
    return root


def _text_of(element) -> str:
    return element.text_content() if element is not None else ""


def _paragraphs_of(container) -> tuple[str, ...]:
    """The container's paragraphs in document order: block elements and ``<br>`` end a paragraph."""
    lines: list[str] = [""]

    def brk() -> None:
        if lines[-1]:
            lines.append("")

    def walk(element) -> None:
        if element.text and isinstance(element.tag, str):
            lines[-1] += element.text
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _SKIPPED:
                pass
            elif tag == "br":
                brk()
            elif tag in _BLOCKS:
                brk()
                walk(child)
                brk()
            elif tag:
                walk(child)
            if child.tail:
                lines[-1] += child.tail

    walk(container)
    pieces = (piece for line in lines for piece in line.split("\n"))
    cleaned = (html_lib.unescape(p).replace("\xa0", " ").strip(_EDGE_SPACE) for p in pieces)
    return tuple(p for p in cleaned if p)


def _enp_properties(text: str) -> dict[str, str]:
    match = _ENP_PROPERTY.search(text)
    if not match:
        return {}
    props: dict[str, str] = {}
    for field_match in _ENP_FIELD.finditer(match.group("body")):
        key = field_match.group("tag").lower().removeprefix("founder-")
        value = clean_inline(_TAG.sub("", field_match.group("value")))
        if value and key not in props:
            props[key] = value
    return props


def _meta_date(value: str | None) -> date | None:
    match = _META_DATE.search(value or "")
    if not match:
        return None
    try:
        return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    except ValueError:
        return None


def _founder_tag(root, *names: str) -> str | None:
    for name in names:
        found = root.find(f".//{name}")
        if found is not None:
            value = clean_inline(_text_of(found))
            if value:
                return value
    return None


# ---------------------------------------------------------------- one page


def check_page(data: bytes, name: str) -> tuple[str, str]:
    """The page's text and encoding if it is a whole page; :class:`HtmlError` if empty, not text or cut short."""
    text, encoding = decode_page(data, name)
    lowered = text[:4096].lower()
    tail = text[-2048:].lower()
    if "<html" in lowered and "</html" not in tail and "</body" not in tail:
        # Every page an e-paper serves closes its document; one that stops short was cut off.
        raise HtmlError("truncated", f"{name}: page cut short (no </body> or </html> at its end; {len(data)} bytes)")
    return text, encoding


def parse_page(data: bytes, name: str) -> ParsedPage:
    """Read one page: a Founder node or content page, or any article page (main content)."""
    text, encoding = check_page(data, name)
    base = PurePosixPath(name).name
    props = _enp_properties(text)
    lowered = text.lower()
    if "<founder-content" in lowered:
        if "</founder-content" not in lowered:
            raise HtmlError("truncated", f"{name}: page cut short (<founder-content> is never closed)")
        return _founder_content(text, name, encoding, props)
    if props and _ENP_CONTENT.search(text):
        return _founder_content(text, name, encoding, props)
    if props and "<!--enpcontent" in lowered:
        raise HtmlError("truncated", f"{name}: page cut short (<!--enpcontent--> is never closed)")
    if "<cms-content" in lowered and "</cms-content" not in lowered:
        raise HtmlError("truncated", f"{name}: page cut short (<cms-content> is never closed)")
    root = _parse_tree(text, name)
    if "<cms-content" in lowered:
        cms = _cms_content(root, name, encoding)
        if cms is not None:
            return cms
    # A page named as an article (content_N.htm) is one even when it links other articles (related
    # reading, the next article); a page of another name that lists articles is a page list.
    if NODE_NAME.match(base) or (not CONTENT_NAME.match(base) and _is_node_page(root)):
        return _founder_node(root, name, encoding)
    h_layout = _founder_h_content(root, name, encoding)
    if h_layout is not None:
        return h_layout
    return _generic(text, root, name, encoding)


def _founder_content(text: str, name: str, encoding: str, props: dict[str, str]) -> ParsedPage:
    root = _parse_tree(text, name)
    container = root.find(".//founder-content")
    if container is not None:
        paragraphs = _paragraphs_of(container)
    else:
        body = _ENP_CONTENT.search(text).group("body")
        paragraphs = _paragraphs_of(_parse_tree(f"<div>{body}</div>", name).find(".//div"))
    title = _founder_tag(root, "founder-title") or props.get("title")
    subtitle = _founder_tag(root, "founder-subtitle") or props.get("subtitle")
    lead = _founder_tag(root, "founder-introtitle", "founder-leadtitle", "founder-pretitle") or props.get(
        "introtitle", props.get("leadtitle")
    )
    author = _founder_tag(root, "founder-author") or props.get("author")
    if title is None:
        # Tagged body, untagged headings: some sites print the title only as the page's heading.
        anchor = container if container is not None else root.find(".//*[@id='ozoom']")
        heads = _headings(anchor) if anchor is not None else None
        if heads is not None:
            title, lead, subtitle, author = heads.title, lead or heads.lead_title, subtitle or heads.subtitle, author or heads.author
    page_no, page_name = page_label(props.get("pagename") or props.get("nodename") or "")
    if not paragraphs and not title:
        raise HtmlError("empty", f"{name}: Founder article page with neither a title nor body paragraphs")
    day = _meta_date(props.get("date")) or date_from_path(name)
    article = ParsedArticle(
        source=name,
        title=title,
        subtitle=subtitle,
        lead_title=lead,
        author=author,
        paragraphs=paragraphs,
        page_name=page_name or props.get("nodename"),
        page_no=page_no,
        date=day,
    )
    return ParsedPage(name=name, kind="content", layout="founder", encoding=encoding, article=article, date=day)


def _hrefs(root, wanted) -> dict[str, str]:
    """File name → href (query and fragment dropped) of the links whose file name ``wanted`` matches, first first."""
    found: dict[str, str] = {}
    for el in root.iter("a", "area"):
        href = (el.get("href") or "").strip().split("#")[0].split("?")[0]
        target = PurePosixPath(href).name
        if href and wanted(target) and target not in found:
            found[target] = href
    return found


def _links(root) -> list[str]:
    return list(_hrefs(root, CONTENT_NAME.match))


def _node_links(root) -> list[str]:
    return list(_hrefs(root, NODE_NAME.match))


def _is_node_page(root) -> bool:
    return bool(_links(root))


def _founder_node(root, name: str, encoding: str) -> ParsedPage:
    base = PurePosixPath(name).name
    page_no = page_name = None
    # The page's own entry in the page list names it; other entries name the other pages.
    for anchor in root.iter("a"):
        href = PurePosixPath((anchor.get("href") or "").split("?")[0]).name
        if href == base:
            page_no, page_name = page_label(_text_of(anchor))
            if page_no is not None:
                break
    if page_no is None:
        # Else a label printed outside the page list (the page header).
        for el in root.iter():
            if el.tag in ("a", "script", "style", "title") or not isinstance(el.tag, str):
                continue
            own = clean_inline(el.text) or ""
            # 第…版 only: a header's "共8版" (eight pages in all) names no page.
            if own.startswith(epaper.PAGE_ORDINAL) and _PAGE_LABEL.match(own):
                page_no, page_name = page_label(own)
                break
    if page_no is None:
        match = NODE_NAME.match(base)
        page_no = int(match.group("no")) if match else None
    return ParsedPage(
        name=name,
        kind="node",
        layout="founder",
        encoding=encoding,
        page_name=page_name,
        page_no=page_no,
        links=tuple(_links(root)),
        nodes=tuple(_node_links(root)),
        hrefs=tuple({**_hrefs(root, NODE_NAME.match), **_hrefs(root, CONTENT_NAME.match)}.items()),
        date=date_from_path(name),
    )


@dataclass(frozen=True, kw_only=True)
class _Headings:
    """An article's parts printed around its body as headings or table cells."""

    layout: Layout
    title: str
    lead_title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    page_no: int | None = None
    page_name: str | None = None
    date: date | None = None


def _with_class(scope, css_class: str):
    return next((el for el in scope.iter() if isinstance(el.tag, str) and css_class in (el.get("class") or "").split()), None)


def _named(scope, attribute: str, name: str):
    if attribute == "class":
        return _with_class(scope, name)
    return next((el for el in scope.iter() if isinstance(el.tag, str) and el.get(attribute) == name), None)


def _named_text(scope, attribute: str, name: str) -> str | None:
    found = _named(scope, attribute, name)
    return clean_inline(_text_of(found)) if found is not None else None


def _named_headings(scope) -> _Headings | None:
    """Parts named by class or id (``.main-article-title``, ``#Title`` ...), or the ``h3`` of a ``.newsdetatit`` block."""
    for attribute, lead, title, subtitle in _NAMED_PARTS:
        text = _named_text(scope, attribute, title)
        if text:
            return _Headings(
                layout="founder-h",
                title=text,
                lead_title=_named_text(scope, attribute, lead),
                subtitle=_named_text(scope, attribute, subtitle),
            )
    block = _with_class(scope, _TITLE_BLOCK_CLASS)
    heading = block.find(".//h3") if block is not None else None
    if heading is not None and clean_inline(_text_of(heading)):
        return _Headings(layout="founder-h", title=clean_inline(_text_of(heading)))
    return None


def _rows_table_headings(scope, body) -> _Headings | None:
    """``table.wz``: the ``tr[valign=top]`` rows of the tables in it are the lead title, title, subtitle and author.

    The template prints every row, empty when the article has no such part; fewer than three rows, or
    an empty title row, is no such table. A row holding the body is none of them, and the fourth row
    is the author only when it reads as a byline (``本报记者 王一``).
    """
    from .lang import zh_layout as L

    table = _with_class(scope, _ROWS_TABLE_CLASS)
    if table is None or table.tag != "table":
        return None
    around_body = set(body.iterancestors())
    rows = [
        clean_inline(_text_of(row))
        for row in table.iter("tr")
        if (row.get("valign") or "").lower() == "top" and row not in around_body
        and next(row.iterancestors("table")) is not table  # rows of the tables inside, not of table.wz itself
    ]
    if len(rows) < _ROWS_TABLE_MIN_ROWS or not rows[1]:
        return None
    author = rows[3] if len(rows) > 3 and rows[3] and L.BYLINE_LINE.match(rows[3]) else None
    return _Headings(layout="founder-table", title=rows[1], lead_title=rows[0], subtitle=rows[2], author=author)


def _headings(body) -> _Headings | None:
    """The headings of the article whose body is ``body``, looked for in the blocks around it.

    The forms: parts named by class (``.main-article-pretitle``, ``.main-article-title``,
    ``.main-article-subtitle``) or id (``#PreTitle``, ``#Title``, ``#SubTitle``), the ``<h3>`` of a
    ``.newsdetatit`` title block, ``<h3>`` lead title, ``<h1>`` title, ``<h2>`` subtitle and a
    ``.sec`` author line (all ``founder-h``), or the table templates' ``td.font01`` title between
    ``td.font02`` lead and subtitle rows and ``table.wz`` rows (``founder-table``). The body sits a
    few levels below the block holding them (``div.text_c > div.c_c > #ozoom``, ``table > tr > td >
    #ozoom``); the search stops before it could reach the page's own header.
    """
    scope = body.getparent()
    for _ in range(_HEADING_REACH):
        if scope is None:
            return None
        named = _named_headings(scope)
        if named is not None:
            return named
        h1 = scope.find(".//h1")
        if h1 is not None and clean_inline(_text_of(h1)):
            return _h_headings(scope, h1)
        cell = _with_class(scope, _TABLE_TITLE_CLASS)
        if cell is not None and clean_inline(_text_of(cell)):
            return _table_headings(scope, cell)
        rows = _rows_table_headings(scope, body)
        if rows is not None:
            return rows
        scope = scope.getparent()
    return None


def _h_headings(scope, h1) -> _Headings:
    author_line = _with_class(scope, _AUTHOR_LINE_CLASS)
    author, page_no, page_name, day = _author_line(clean_inline(_text_of(author_line)) if author_line is not None else None)
    return _Headings(
        layout="founder-h",
        title=clean_inline(_text_of(h1)),
        lead_title=clean_inline(_text_of(scope.find(".//h3"))),
        subtitle=clean_inline(_text_of(scope.find(".//h2"))),
        author=author,
        page_no=page_no,
        page_name=page_name,
        date=day,
    )


def _author_line(line: str | None) -> tuple[str | None, int | None, str | None, date | None]:
    """``记者 王一 《某报》（2024年03月05日 第 02 版）`` → the author, and the page and day it names."""
    if not line:
        return None, None, None, None
    printed = epaper.PRINTED_IN.search(line)
    if printed is None:
        return line, None, None, None
    author = line[: printed.start()].strip(_EDGE_SPACE) or None
    page_no, page_name = page_label(printed.group("where"))
    return author, page_no, page_name, _meta_date(printed.group("where"))


def _table_headings(scope, title_cell) -> _Headings:
    """``td.font01`` is the title; the ``td.font02`` row just above it the lead title, the one just below the subtitle.

    A row below that reads as a byline (``本报记者 王一``) is the author, not a subtitle.
    """
    before: list[str] = []
    after: list[str] = []
    passed = False
    for el in scope.iter():
        if el is title_cell:
            passed = True
        elif isinstance(el.tag, str) and _TABLE_DECK_CLASS in (el.get("class") or "").split():
            text = clean_inline(_text_of(el))
            if text:
                (after if passed else before).append(text)
    from .lang import zh_layout as L

    below = after[0] if after else None
    is_byline = below is not None and L.BYLINE_LINE.match(below) is not None
    return _Headings(
        layout="founder-table",
        title=clean_inline(_text_of(title_cell)),
        lead_title=before[-1] if before else None,
        subtitle=None if is_byline else below,
        author=below if is_byline else None,
    )


def _founder_h_content(root, name: str, encoding: str) -> ParsedPage | None:
    body = root.find(".//*[@id='ozoom']")
    if body is None:
        return None
    heads = _headings(body)
    if heads is None:
        return None
    day = heads.date or date_from_path(name)
    article = ParsedArticle(
        source=name,
        title=heads.title,
        subtitle=heads.subtitle,
        lead_title=heads.lead_title,
        author=heads.author,
        paragraphs=_paragraphs_of(body),
        page_no=heads.page_no,
        page_name=heads.page_name,
        date=day,
    )
    return ParsedPage(name=name, kind="content", layout=heads.layout, encoding=encoding, article=article, date=day)


def _cms_content(root, name: str, encoding: str) -> ParsedPage | None:
    """The cloud-hosted template: the body in ``<cms-content>``, the headings before it in its block.

    ``<h3>`` lead title, ``<h1>`` title and ``<h3>`` subtitle precede the body in the block holding it
    (``#news_content``); headings after the body (related reading) name nothing. No title, no article.
    """
    body = root.find(".//cms-content")
    scope = body.getparent()
    for _ in range(_HEADING_REACH):
        if scope is None or any(clean_inline(_text_of(h1)) for h1 in scope.iter("h1")):
            break
        scope = scope.getparent()
    if scope is None:
        return None
    before_title: list[str] = []
    after_title: list[str] = []
    title = None
    for el in scope.iter():
        if el is body:
            break
        text = clean_inline(_text_of(el)) if el.tag in ("h1", "h3") else None
        if not text:
            continue
        if el.tag == "h1" and title is None:
            title = text
        elif el.tag == "h3":
            (after_title if title else before_title).append(text)
    if title is None:
        return None
    day = date_from_path(name)
    article = ParsedArticle(
        source=name,
        title=title,
        lead_title=before_title[-1] if before_title else None,
        subtitle=after_title[0] if after_title else None,
        paragraphs=_paragraphs_of(body),
        date=day,
    )
    return ParsedPage(name=name, kind="content", layout="cms", encoding=encoding, article=article, date=day)


def _generic(text: str, root, name: str, encoding: str) -> ParsedPage:
    """A page of no known layout: its main content by readability-lxml, its title from its headline.

    readability-lxml was chosen over trafilatura by measurement on the team's fixture pages
    (``bench/bench_html.py``): all paragraphs of every page found whole against 78 %, where
    trafilatura merged the paragraphs of table layouts into one line or dropped them.
    """
    import lxml.html
    from readability import Document

    document = Document(text)
    try:
        summary = lxml.html.fragment_fromstring(document.summary(html_partial=True), create_parent="div")
    except Exception as exc:  # noqa: BLE001 - readability raises its own Unparseable and lxml errors
        raise HtmlError("unknown_layout", f"{name}: no known e-paper layout and no main content ({exc})") from None
    paragraphs = _paragraphs_of(summary)
    # The first <h1>, else the first <h2>: a lead title printed as an <h2> above the <h1> is no title.
    headline = next(
        (clean_inline(_text_of(h)) for tag in ("h1", "h2") for h in root.iter(tag) if clean_inline(_text_of(h))), None
    )
    title = headline or clean_inline(document.short_title())
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if sum(len(p) for p in paragraphs) < _MIN_MAIN_CONTENT_CHARS:
        raise HtmlError("unknown_layout", f"{name}: no known e-paper layout and no main content found")
    day = date_from_path(name)
    article = ParsedArticle(source=name, title=title, paragraphs=paragraphs, date=day)
    return ParsedPage(name=name, kind="content", layout="generic", encoding=encoding, article=article, date=day)


# ---------------------------------------------------------------- a day


def _page_order(pages: Sequence[ParsedPage]) -> list[ParsedArticle]:
    """Articles in reading order: printed page by printed page, each page's list in order.

    A content page no page lists comes after them, in file-name order; a content page listed by
    two pages is read once, on the first.
    """
    contents = {PurePosixPath(p.name).name: p for p in pages if p.kind == "content"}
    nodes = sorted((p for p in pages if p.kind == "node"), key=lambda p: (p.page_no is None, p.page_no or 0, p.name))
    ordered: list[ParsedArticle] = []
    placed: set[str] = set()
    for node in nodes:
        for link in node.links:
            page = contents.get(link)
            if page is None or link in placed:
                continue
            placed.add(link)
            article = page.article
            if node.page_name or node.page_no is not None:
                article = _with_page(article, node.page_name, node.page_no)
            ordered.append(article)
    rest = sorted((n for n in contents if n not in placed), key=_name_key)
    ordered.extend(contents[n].article for n in rest)
    return ordered


def _with_page(article: ParsedArticle, page_name: str | None, page_no: int | None) -> ParsedArticle:
    from dataclasses import replace

    return replace(article, page_name=page_name or article.page_name, page_no=page_no if page_no is not None else article.page_no)


def _name_key(name: str) -> tuple:
    match = CONTENT_NAME.match(name)
    if match is None:
        return (1, 0, 0, name)
    if match.group("no") is not None:
        return (0, int(match.group("no")), 0, name)
    return (0, int(match.group("page")), int(match.group("seq")), name)  # nw.…_1-02: page 02, first article


def _issue_date(pages: Sequence[ParsedPage], unit_name: str) -> tuple[date | None, str]:
    from_path = date_from_path(unit_name)
    if from_path is not None:
        return from_path, f"date in the path {unit_name!r}"
    votes: dict[date, int] = {}
    for page in pages:
        if page.date is not None:
            votes[page.date] = votes.get(page.date, 0) + 1
    if votes:
        best = max(votes, key=lambda d: (votes[d], d))
        return best, f"date in the pages' paths or metadata ({votes[best]} of {len(pages)} pages)"
    return None, "no date in the path or the pages' metadata"


def _without_closing_credit(paragraph: str) -> str:
    """The last paragraph without the credit that closes it (…。(刘一) / …。记者 王二): a byline, not text.

    The credit stays in the issue text (and in the article's span); only the body leaves it out.
    """
    from .lang import zh_layout as L

    for pattern in (L.TRAILING_PAREN_BYLINE, L.TRAILING_ROLE_BYLINE):
        match = pattern.search(paragraph)
        if match is not None and match.start("byline") > 0:
            return paragraph[: match.start("byline")].rstrip(_EDGE_SPACE)
    return paragraph


def assemble(pages: Sequence[ParsedPage], unit_name: str, errors: Iterable[PageError] = ()) -> HtmlIssue:
    """Place the articles in one issue text and make :class:`Article` records whose spans point into it.

    Each article is written as its lead title, title and subtitle lines, then its paragraphs, blocks
    separated by a blank line (as the text issues are); the author stays a field (it is printed in
    the body when the paper prints it there).
    """
    parts: list[str] = []
    cursor = 0
    articles: list[Article] = []

    def put(piece: str) -> int:
        nonlocal cursor
        if parts:
            parts.append("\n\n")
            cursor += 2
        at = cursor
        parts.append(piece)
        cursor += len(piece)
        return at

    for seq, parsed in enumerate(_page_order(pages)):
        start = None
        for head in (parsed.lead_title, parsed.title, parsed.subtitle):
            if head:
                at = put(head)
                start = at if start is None else start
        body_chars: list[str] = []
        offsets: list[int] = []
        last = len(parsed.paragraphs) - 1
        for index, printed in enumerate(parsed.paragraphs):
            at = put(printed)
            start = at if start is None else start
            paragraph = _without_closing_credit(printed) if index == last else printed
            if not paragraph:
                continue
            if body_chars:
                body_chars.append("\n")
                offsets.append(offsets[-1] + 1)  # the line end after the previous paragraph
            body_chars.append(paragraph)
            offsets.extend(range(at, at + len(paragraph)))
        if start is None:
            continue
        articles.append(
            Article(
                seq=len(articles),
                kind="article",
                title=parsed.title,
                subtitle=parsed.subtitle,
                section=None,
                byline=parsed.author,
                body="".join(body_chars),
                char_start=start,
                char_end=cursor,
                body_offsets=tuple(offsets),
                lead_title=parsed.lead_title,
                page_name=parsed.page_name,
                page_no=parsed.page_no,
                source_page=parsed.source,
            )
        )
    issue_date, reason = _issue_date(pages, unit_name)
    encodings = sorted({p.encoding for p in pages})
    return HtmlIssue(
        text="".join(parts),
        articles=tuple(articles),
        issue_date=issue_date,
        date_reason=reason,
        encoding="+".join(encodings) or "utf-8",
        layouts=tuple(sorted({p.layout for p in pages})),
        errors=tuple(errors),
    )


def read_issue(pages: Iterable[tuple[str, bytes]], unit_name: str) -> HtmlIssue:
    """A day folder's (or a single page's) pages to an issue; a bad page is an error, the rest goes on."""
    parsed: list[ParsedPage] = []
    errors: list[PageError] = []
    for name, data in pages:
        try:
            parsed.append(parse_page(data, name))
        except HtmlError as exc:
            errors.append(PageError(name=name, kind=exc.kind, message=str(exc)))
    return assemble(parsed, unit_name, errors)


def is_html_name(name: str) -> bool:
    return name.lower().endswith(HTML_SUFFIXES)


__all__ = [
    "HtmlError",
    "HtmlIssue",
    "PageError",
    "ParsedArticle",
    "ParsedPage",
    "assemble",
    "check_page",
    "date_from_path",
    "decode_page",
    "is_html_name",
    "page_label",
    "parse_page",
    "read_issue",
]
