"""E-paper pages in the Founder (方正) layout, written by the team for tests (no real page copied).

:func:`founder_day` renders a day's printed pages (``node_N.htm``) and articles (``content_N.htm``)
under ``html/YYYY-MM/DD/``; :func:`text_issue_pages` turns a text issue into such pages through
the segmenter, so the HTML path can be checked against the text path on the sample issues.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, kw_only=True)
class FounderArticle:
    content_id: int
    title: str | None
    paragraphs: tuple[str, ...]
    subtitle: str | None = None
    lead_title: str | None = None
    author: str | None = None


@dataclass(frozen=True, kw_only=True)
class FounderPage:
    no: int
    name: str
    articles: tuple[FounderArticle, ...] = field(default=())

    @property
    def label(self) -> str:
        return f"第{self.no:02d}版：{self.name}"

    @property
    def file(self) -> str:
        return f"node_{self.no}.htm"


def _e(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def day_dir(day: date) -> str:
    return f"html/{day:%Y-%m}/{day:%d}"


def _nav(pages: tuple[FounderPage, ...]) -> str:
    items = "\n".join(f'    <li><a id="pageLink" href="{p.file}">{_e(p.label)}</a></li>' for p in pages)
    return f'  <ul class="page-list">\n{items}\n  </ul>'


def render_node(page: FounderPage, pages: tuple[FounderPage, ...], day: date, charset: str = "utf-8") -> str:
    links = "\n".join(
        f'      <li><a href="content_{a.content_id}.htm">{_e(a.title or "图片")}</a></li>' for a in page.articles
    )
    areas = "\n".join(
        f'    <area shape="rect" coords="0,{i * 40},300,{i * 40 + 38}" href="content_{a.content_id}.htm">'
        for i, a in enumerate(page.articles)
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>测试晨报数字报 {day:%Y年%m月%d日}</title>
</head>
<body>
<div class="header">测试晨报 {day:%Y年%m月%d日}</div>
<div class="nav">
{_nav(pages)}
</div>
<div class="paper"><img src="../../../images/{day:%Y-%m}/{day:%d}/{page.no}/p.jpg" usemap="#pagemap">
  <map name="pagemap">
{areas}
  </map>
</div>
<div class="titles">
  <div class="current">{_e(page.label)}</div>
  <ul class="news-list">
{links}
  </ul>
  <a href="../../../images/{day:%Y-%m}/{day:%d}/{page.no}/p.pdf">PDF</a>
</div>
</body>
</html>
"""


def render_content(
    article: FounderArticle, page: FounderPage, pages: tuple[FounderPage, ...], day: date, charset: str = "utf-8"
) -> str:
    paragraphs = "\n".join(f"<p>\u3000\u3000{_e(p)}</p>" for p in article.paragraphs)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{_e(article.title)}</title>
</head>
<body>
<div class="nav">
{_nav(pages)}
</div>
<div class="article">
<!--enpproperty <founder-articleid>{article.content_id}</founder-articleid><founder-date>{day:%Y-%m-%d} 00:00:00</founder-date><founder-author>{_e(article.author)}</founder-author><founder-title>{_e(article.title)}</founder-title><founder-nodename>{_e(page.label)}</founder-nodename>/enpproperty-->
<table><tr><td>
<founder-introtitle>{_e(article.lead_title)}</founder-introtitle>
<h1><founder-title>{_e(article.title)}</founder-title></h1>
<h2><founder-subtitle>{_e(article.subtitle)}</founder-subtitle></h2>
<div class="author"><founder-author>{_e(article.author)}</founder-author></div>
<div id="ozoom"><founder-content>
{paragraphs}
</founder-content></div>
</td></tr></table>
</div>
<div class="footer">版权所有 测试晨报社 未经许可不得转载</div>
</body>
</html>
"""


def founder_day(pages: tuple[FounderPage, ...], day: date, charset: str = "utf-8") -> dict[str, bytes]:
    """Relative path → bytes of every node and content page of the day (encoded in ``charset``)."""
    out: dict[str, bytes] = {}
    folder = day_dir(day)
    for page in pages:
        out[f"{folder}/{page.file}"] = render_node(page, pages, day, charset).encode(charset)
        for article in page.articles:
            out[f"{folder}/content_{article.content_id}.htm"] = render_content(
                article, page, pages, day, charset
            ).encode(charset)
    return out


# ---------------------------------------------------------------- an invented day

SAMPLE_DAY = date(2024, 3, 5)

MEETING = FounderArticle(
    content_id=1101,
    lead_title="聚焦民生实事",
    title="市政协召开十届二十次常委会议",
    subtitle="——审议年度协商计划",
    author="记者 钱晓禾",
    paragraphs=(
        "本报讯(记者 钱晓禾) 3月4日,市政协召开十届二十次常委会议。市政协主席孙明远主持会议并讲话。",
        "会议审议通过了年度协商工作计划,听取了关于提案办理情况的报告。",
    ),
)
NOTICE = FounderArticle(
    content_id=1205,
    title="关于汾河路临时封闭施工的通告",
    author=None,
    paragraphs=(
        "因管网改造需要,汾河路(青松街至柳湾街段)将于2024年3月10日至3月20日封闭施工,请过往车辆绕行。",
        "咨询电话:4123456",
        "市城乡管理局",
        "2024年3月5日",
    ),
)
PLAIN = FounderArticle(
    content_id=1206,
    title="春耕备耕有序推进",
    author="通讯员 林可",
    paragraphs=("眼下,各县区抢抓农时,组织农机具检修,确保春耕生产顺利开展。",),
)
SAMPLE_PAGES = (
    FounderPage(no=1, name="要闻", articles=(MEETING,)),
    FounderPage(no=2, name="综合新闻", articles=(NOTICE, PLAIN)),
)


# ---------------------------------------------------------------- text issues as Founder pages


def text_issue_pages(text: str) -> tuple[FounderPage, ...]:
    """A text issue as one printed page of Founder articles, one content page per segmented article.

    Each article's head (title, subtitle and a lead line above the title) goes into the founder
    tags, its byline into ``<founder-author>``, and every other line of its span, verbatim, into a
    ``<p>``: what an e-paper prints for the same story.
    """
    from extractors.segment import segment

    articles = []
    for index, article in enumerate(segment(text)):
        lines = [ln.strip() for ln in text[article.char_start : article.char_end].split("\n") if ln.strip()]
        heads = set()
        subtitle_lines = (article.subtitle or "").split("\n") if article.subtitle else []
        lead = None
        if article.title and article.title in lines:
            before = lines[: lines.index(article.title)]
            lead_lines = [ln for ln in before if ln not in subtitle_lines]
            lead = "".join(lead_lines) or None
            heads.update(before)
            heads.add(article.title)
        elif article.title and lines and lines[0].startswith(article.title):
            lines[0] = lines[0][len(article.title) :].strip()  # a title run into its first line: 通告 本公司…
        heads.update(subtitle_lines)
        subtitle = "\n".join(ln for ln in subtitle_lines if ln != lead) or None
        body = tuple(ln for ln in lines if ln and ln not in heads)
        articles.append(
            FounderArticle(
                content_id=100 + index,
                title=article.title,
                subtitle=subtitle,
                lead_title=lead,
                author=article.byline,
                paragraphs=body,
            )
        )
    return (FounderPage(no=1, name="要闻", articles=tuple(articles)),)
