"""E-paper HTML as raw input: the Founder layout's parts read exactly, bad pages refused one by one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from extractors.html import CONTENT_NAME, NODE_NAME, HtmlError, date_from_path, page_label, parse_page, read_issue
from extractors.pipeline import SourceMeta, process_html_issue, process_issue
from tests.conftest import RAW, SAMPLES, sample_text
from tests.epaper_fixtures import (
    MEETING,
    NOTICE,
    PLAIN,
    SAMPLE_DAY,
    SAMPLE_PAGES,
    FounderPage,
    founder_day,
    render_content,
    text_issue_pages,
)


@pytest.fixture(scope="module")
def sample_issue():
    return read_issue(sorted(founder_day(SAMPLE_PAGES, SAMPLE_DAY).items()), "papers/2024-03-05")


def _article(issue, title):
    return next(a for a in issue.articles if a.title == title)


@pytest.mark.parametrize(
    ("article", "field", "expected"),
    [
        (MEETING, "title", "市政协召开十届二十次常委会议"),
        (MEETING, "subtitle", "——审议年度协商计划"),
        (MEETING, "lead_title", "聚焦民生实事"),
        (MEETING, "byline", "记者 钱晓禾"),
        (MEETING, "page_name", "要闻"),
        (MEETING, "page_no", 1),
        (NOTICE, "subtitle", None),
        (NOTICE, "lead_title", None),
        (NOTICE, "byline", None),
        (NOTICE, "page_name", "综合新闻"),
        (NOTICE, "page_no", 2),
        (PLAIN, "byline", "通讯员 林可"),
    ],
)
def test_founder_fields_come_out_as_marked_up(sample_issue, article, field, expected):
    assert getattr(_article(sample_issue, article.title), field) == expected


def test_articles_follow_the_printed_pages_and_their_lists(sample_issue):
    assert [a.title for a in sample_issue.articles] == [MEETING.title, NOTICE.title, PLAIN.title]
    assert [a.seq for a in sample_issue.articles] == [0, 1, 2]


def test_body_is_the_paragraphs_in_order_and_spans_point_into_the_issue_text(sample_issue):
    notice = _article(sample_issue, NOTICE.title)
    assert notice.body == "\n".join(NOTICE.paragraphs)
    start, end = notice.issue_span(0, len(notice.body))
    assert sample_issue.text[start:end].replace("\n\n", "\n") == notice.body
    phone = notice.body.index("4123456")
    s, e = notice.issue_span(phone, phone + 7)
    assert sample_issue.text[s:e] == "4123456"


def test_issue_date_from_the_path_else_the_metadata(sample_issue):
    assert sample_issue.issue_date == SAMPLE_DAY
    pages = founder_day(SAMPLE_PAGES, SAMPLE_DAY)
    flat = [(name.rsplit("/", 1)[1], data) for name, data in pages.items()]
    from_metadata = read_issue(flat, "saved-day")
    assert from_metadata.issue_date == SAMPLE_DAY
    assert "metadata" in from_metadata.date_reason


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("html/2023-12/01/node_1.htm", date(2023, 12, 1)),
        ("rmrb/html/202312/05/content_9.htm", date(2023, 12, 5)),
        ("raw/daily/2024-02-29", date(2024, 2, 29)),
        ("raw/daily/20240301/content_1.htm", date(2024, 3, 1)),
        ("html/2023-02/30/node_1.htm", None),
        ("content_12345678.htm", None),
        ("node_2.htm", None),
    ],
)
def test_date_from_path(path, expected):
    assert date_from_path(path) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("第01版：要闻", (1, "要闻")),
        ("第 3 版 综合新闻", (3, "综合新闻")),
        ("第A02版:时政", (2, "时政")),
        ("第十二版：副刊", (12, "副刊")),
        ("要闻", (None, None)),
        ("版权所有", (None, None)),
    ],
)
def test_page_label(label, expected):
    assert page_label(label) == expected


def _content(article=PLAIN, charset="utf-8"):
    page = SAMPLE_PAGES[1]
    return render_content(article, page, SAMPLE_PAGES, SAMPLE_DAY, charset)


def test_gbk_page_declared_utf8_is_read_from_its_bytes():
    page = parse_page(_content(charset="utf-8").encode("gbk"), "html/2024-03/05/content_1206.htm")
    assert page.encoding == "gb18030"
    assert page.article.title == PLAIN.title
    assert page.article.paragraphs == PLAIN.paragraphs


def test_utf8_page_declared_gbk_is_read_from_its_bytes():
    page = parse_page(_content(charset="gbk").encode("utf-8"), "content_1206.htm")
    assert (page.encoding, page.article.author) == ("utf-8", PLAIN.author)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (_content().encode("utf-8")[: len(_content().encode("utf-8")) // 2], "truncated"),
        (_content().encode("utf-8")[:-1000] + "\u6c49".encode("utf-8")[:2], "decode"),
        (b"%PDF-1.4 binary", "decode"),
        ("<html><body><div>导航</div><a href='x.htm'>首页</a></body></html>".encode(), "unknown_layout"),
        ("<html><body><founder-content></founder-content></body></html>".encode(), "empty"),
    ],
)
def test_bad_pages_raise_a_named_error(data, kind):
    with pytest.raises(HtmlError) as caught:
        parse_page(data, "content_1.htm")
    assert caught.value.kind == kind


def test_a_bad_page_is_an_error_and_the_rest_of_the_day_goes_on():
    pages = founder_day(SAMPLE_PAGES, SAMPLE_DAY)
    broken = "html/2024-03/05/content_1206.htm"
    pages[broken] = pages[broken][:300]
    issue = read_issue(sorted(pages.items()), "d/2024-03-05")
    assert [a.title for a in issue.articles] == [MEETING.title, NOTICE.title]
    assert [(e.name, e.kind) for e in issue.errors] == [(broken, "truncated")]


def test_malformed_markup_still_yields_its_parts():
    page = (
        "<html><body><founder-title>桥梁检测<b>顺利完成</founder-title>"
        "<founder-content><p>检测组三日完成全部桥墩<p>下一步将公布结果</founder-content></div></td></span></body></html>"
    )
    parsed = parse_page(page.encode(), "content_7.htm").article
    assert parsed.title == "桥梁检测顺利完成"
    assert parsed.paragraphs == ("检测组三日完成全部桥墩", "下一步将公布结果")


def test_metadata_comment_with_enpcontent_body():
    page = (
        "<html><body><!--enpproperty <articleid>9</articleid><date>2024-01-08 00:00:00.0</date>"
        "<author>记者 岳小川</author><title>新建公园年内开放</title><subtitle>占地三百亩</subtitle>"
        "<introtitle>城市更新</introtitle><nodename>第03版：城建</nodename>/enpproperty-->"
        "<div><!--enpcontent--><p>\u3000\u3000园区分三期建设。</p><p>首期以湿地为主。</p><!--/enpcontent--></div>"
        "</body></html>"
    )
    parsed = parse_page(page.encode(), "content_9.htm")
    article = parsed.article
    assert (article.title, article.subtitle, article.lead_title, article.author) == (
        "新建公园年内开放", "占地三百亩", "城市更新", "记者 岳小川",
    )
    assert (article.page_no, article.page_name, article.date) == (3, "城建", date(2024, 1, 8))
    assert article.paragraphs == ("园区分三期建设。", "首期以湿地为主。")


def test_heading_variant_with_ozoom_body():
    page = (
        "<html><body><div class='article'><h3>民生实事</h3><h1>老旧小区加装电梯</h1><h2>今年计划百部</h2>"
        "<p class='sec'>本报记者 任小舟</p><div id='ozoom'><p>改造从三月开始。</p><p>居民可到社区报名。</p></div>"
        "</div></body></html>"
    )
    parsed = parse_page(page.encode(), "html/2024-04/02/nw.D1_20240402_1-02.htm")
    assert parsed.layout == "founder-h"
    article = parsed.article
    assert (article.lead_title, article.title, article.subtitle, article.author) == (
        "民生实事", "老旧小区加装电梯", "今年计划百部", "本报记者 任小舟",
    )
    assert article.paragraphs == ("改造从三月开始。", "居民可到社区报名。")


def test_unknown_layout_goes_through_the_main_content_extractor():
    paragraphs = [
        "本市今年将新建社区食堂二十处,重点覆盖老旧小区和独居老人较多的街道。",
        "市民政局表示,食堂由社区提供场地,引入专业餐饮企业运营,老年人就餐可享受补贴。",
        "首批十处食堂预计于六月底前投入使用,其余将在年内陆续开放。",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        "<html><head><title>社区食堂年内新建二十处</title></head><body>"
        "<div class='menu'><a href='/'>首页</a> | <a href='/news'>新闻</a> | <a href='/about'>关于我们</a></div>"
        f"<div class='main'><h1>社区食堂年内新建二十处</h1>{body}</div>"
        "<div class='footer'>版权所有 测试网 联系我们 网站地图</div></body></html>"
    )
    parsed = parse_page(page.encode(), "news/2024-05-06/a1.html")
    assert parsed.layout == "generic"
    assert parsed.article.title == "社区食堂年内新建二十处"
    assert parsed.article.paragraphs == tuple(paragraphs)
    assert parsed.date == date(2024, 5, 6)


def test_a_very_large_page_is_read():
    huge = replace(PLAIN, paragraphs=tuple(f"第{i}段,各县区组织农机具检修。" for i in range(20000)))
    page = parse_page(_content(huge).encode("utf-8"), "content_1206.htm")
    assert len(page.article.paragraphs) == 20000


# ---------------------------------------------------------------- the sample issues as e-paper pages


def _comparable(record) -> tuple:
    row = record.row()
    for position in ("article_seq", "char_start", "char_end"):
        row.pop(position)
    # Evidence is verbatim issue text; the e-paper text puts a headline on its own line.
    row["evidence"] = "".join(row["evidence"].split())
    return tuple(sorted((k, repr(v)) for k, v in row.items()))


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_issue_as_founder_pages_gives_the_same_event_rows(name):
    import csv

    dates = {r["file"]: r["issue_date"] for r in csv.DictReader((RAW / "issues.csv").open(encoding="utf-8"))}
    meta = SourceMeta(source_path=name, issue_date=date.fromisoformat(dates[name]), paper="太原日报")
    from_text = process_issue((RAW / name).read_bytes(), meta)
    pages = founder_day(text_issue_pages(sample_text(name)), meta.issue_date)
    from_html, errors = process_html_issue(sorted(pages.items()), meta, sha256="0" * 64)
    assert errors == ()
    assert from_html.articles and all(a.source_page for a in from_html.articles)
    for table, records in from_text.records.items():
        assert sorted(map(_comparable, from_html.records[table])) == sorted(map(_comparable, records)), table


def test_an_empty_day_is_no_issue():
    issue, errors = process_html_issue([("d/node_1.htm", b"")], SourceMeta(source_path="d"), sha256="0")
    assert issue is None and [e.kind for e in errors] == ["empty"]


def test_node_page_lists_its_content_pages_in_order():
    pages = founder_day((FounderPage(no=2, name="综合新闻", articles=(NOTICE, PLAIN)),), SAMPLE_DAY)
    node = parse_page(pages["html/2024-03/05/node_2.htm"], "html/2024-03/05/node_2.htm")
    assert (node.kind, node.page_no, node.page_name, node.links) == (
        "node", 2, "综合新闻", ("content_1205.htm", "content_1206.htm"),
    )


def test_node_page_labelled_in_its_header_with_relative_links():
    page = (
        "<html><body><div class='date'>2024年3月5日 星期二 共8版</div>"
        "<table><tr><td class='ban'>第A03版:经济</td></tr></table>"
        "<div id='titleList'><ul>"
        "<li><a href='../../../html/2024-03/05/content_5.htm?div=-1'>稿件甲</a></li>"
        "<li><a href='content_7.htm#top'>稿件乙</a></li>"
        "<li><a href='../../../html/2024-03/05/content_5.htm'>稿件甲</a></li>"
        "<li><a href='node_4.htm'>下一版</a></li></ul></div></body></html>"
    )
    node = parse_page(page.encode(), "html/2024-03/05/node_3.htm")
    assert (node.kind, node.page_no, node.page_name) == ("node", 3, "经济")
    assert node.links == ("content_5.htm", "content_7.htm")
    assert node.nodes == ("node_4.htm",)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<founder-title>新城区<br>再添三所学校</founder-title>", "新城区再添三所学校"),
        ("<founder-title><font color='red'>新城区</font>再添三所学校</founder-title>", "新城区再添三所学校"),
        ("<founder-title>\n\u3000新城区再添三所学校&nbsp;\n</founder-title>", "新城区再添三所学校"),
        ("<founder-title>Wi-Fi 覆盖 公交站台</founder-title>", "Wi-Fi 覆盖 公交站台"),
        ("<founder-title>“十五分钟”生活圈&amp;便民点</founder-title>", "“十五分钟”生活圈&便民点"),
    ],
)
def test_titles_are_the_marked_up_text(markup, expected):
    page = f"<html><body>{markup}<founder-content><p>正文一段。</p></founder-content></body></html>"
    assert parse_page(page.encode(), "content_3.htm").article.title == expected


def test_paragraphs_broken_by_br_and_captions_in_tables():
    page = (
        "<html><body><founder-title>题</founder-title><founder-content>"
        "\u3000\u3000第一段文字。<br>\u3000\u3000第二段文字。<br/>"
        "<table><tr><td><img src='a.jpg'></td></tr><tr><td>图为施工现场。</td></tr></table>"
        "</founder-content></body></html>"
    )
    assert parse_page(page.encode(), "content_3.htm").article.paragraphs == ("第一段文字。", "第二段文字。", "图为施工现场。")


# ---------------------------------------------------------------- layout families of real e-paper sites
# Markup imitating the structure crawlers of real sites select from (own text, no page copied):
# lettered page lists (node_A02.html), the nbs./nw. file names of the same Founder system, headings
# a few blocks above the body, the table template (td.font01 title), and an author line that also
# names the paper, day and page.


@pytest.mark.parametrize(
    ("name", "is_node", "is_content"),
    [
        ("node_2.htm", True, False),
        ("node_01.html", True, False),
        ("node_A02.html", True, False),
        ("nbs.D110000sfrb_03.htm", True, False),
        ("nbs.D110000sfrb_B02.htm", True, False),
        ("content_1205.htm", False, True),
        ("content_30101.html", False, True),
        ("content_5_2.htm", False, True),
        ("nw.D110000sfrb_20240305_3-02.htm", False, True),
        ("nw.D110000sfrb_20240305_1-A08.htm", False, True),
        ("col01.html", True, False),
        ("col3.htm", True, False),
        # neither
        ("node_.htm", False, False),
        ("node_AB2.htm", False, False),
        ("nodes_2.htm", False, False),
        ("nbs_02.htm", False, False),
        ("col.html", False, False),
        ("column01.html", False, False),
        ("xcol01.html", False, False),
        ("contents_1.htm", False, False),
        ("nw.D110000sfrb_2024035_1-02.htm", False, False),
        ("nw.D110000sfrb_20240305.htm", False, False),
        ("index.html", False, False),
        ("node_2.pdf", False, False),
    ],
)
def test_founder_file_names(name, is_node, is_content):
    assert (bool(NODE_NAME.match(name)), bool(CONTENT_NAME.match(name))) == (is_node, is_content)


def _page(body: str) -> bytes:
    return f"<html><head><title>示范日报</title></head><body>{body}</body></html>".encode()


def test_a_day_in_nbs_and_nw_file_names_reads_in_page_order():
    folder = "html/2024-03-05"
    pages = {
        f"{folder}/nbs.D110000sfrb_01.htm": _page(
            "<div id='pageList'><a id='pageLink' href='nbs.D110000sfrb_01.htm'>第01版：要闻</a>"
            "<a id='pageLink' href='nbs.D110000sfrb_02.htm'>第02版：城事</a></div>"
            "<div id='titleList'><ul><li><a href='nw.D110000sfrb_20240305_1-01.htm'>甲</a></li></ul></div>"
        ),
        # no label of its own: the page number comes from the file name
        f"{folder}/nbs.D110000sfrb_02.htm": _page(
            "<div id='titleList'><ul><li><a href='nw.D110000sfrb_20240305_2-02.htm'>丙</a></li>"
            "<li><a href='nw.D110000sfrb_20240305_1-02.htm'>乙</a></li></ul></div>"
        ),
        f"{folder}/nw.D110000sfrb_20240305_1-01.htm": _page(
            "<div class='text_c'><h1>湿地公园扩建完工</h1><div class='c_c'><div id='ozoom'><p>新增步道四公里。</p></div></div></div>"
        ),
        f"{folder}/nw.D110000sfrb_20240305_1-02.htm": _page(
            "<div class='text_c'><h1>夜市延长营业</h1><div class='c_c'><div id='ozoom'><p>营业到晚十一点。</p></div></div></div>"
        ),
        f"{folder}/nw.D110000sfrb_20240305_2-02.htm": _page(
            "<div class='text_c'><h1>早市新增摊位</h1><div class='c_c'><div id='ozoom'><p>摊位免费申请。</p></div></div></div>"
        ),
    }
    issue = read_issue(sorted(pages.items()), folder)
    assert issue.errors == ()
    assert [(a.title, a.page_no, a.page_name) for a in issue.articles] == [
        ("湿地公园扩建完工", 1, "要闻"),
        ("早市新增摊位", 2, None),  # the page list's order, not the file names'
        ("夜市延长营业", 2, None),
    ]
    assert issue.issue_date == date(2024, 3, 5)


@pytest.mark.parametrize(
    ("name", "body", "page_no", "nodes"),
    [
        (
            "html/202403/05/node_A02.html",
            "<a id='pageLink' href='node_A01.html'>A01版：要闻</a><a id='pageLink' href='node_A02.html'>A02版：城事</a>"
            "<a href='node_B01.html'>B01版：文体</a><ul><li><a href='content_555.html'>稿</a></li></ul>",
            2,
            ("node_A01.html", "node_A02.html", "node_B01.html"),
        ),
        # no label: the number in the file name
        ("html/202403/05/node_B03.html", "<ul><li><a href='content_556.html'>稿</a></li></ul>", 3, ()),
    ],
)
def test_lettered_page_lists_are_page_lists(name, body, page_no, nodes):
    node = parse_page(_page(body), name)
    assert (node.kind, node.page_no, node.nodes) == ("node", page_no, nodes)


PATH_DAY = date(2024, 3, 7)


@pytest.mark.parametrize(
    ("author_line", "author", "page_no", "day"),
    [
        ("本报记者 韩青山", "本报记者 韩青山", None, PATH_DAY),
        (
            "本报记者 韩青山 <span class='date'>《示范日报》（<span>2024年03月06日</span> 第 04 版）</span>",
            "本报记者 韩青山", 4, date(2024, 3, 6),
        ),
        ("《示范日报》（2024年03月06日 04 版）", None, 4, date(2024, 3, 6)),
        # a title in book marks is no printing note
        ("本报记者 韩青山 《秋收》（组诗）", "本报记者 韩青山 《秋收》（组诗）", None, PATH_DAY),
    ],
)
def test_heading_variant_author_line_names_the_author_and_where_it_was_printed(author_line, author, page_no, day):
    page = _page(
        "<div class='article'><h1>旧厂房变身图书馆</h1>"
        f"<p class='sec'>{author_line}</p><div id='ozoom'><p>馆内藏书五万册。</p></div></div>"
    )
    article = parse_page(page, f"pc/content/{PATH_DAY:%Y%m/%d}/content_31.html").article
    assert (article.author, article.page_no, article.date) == (author, page_no, day)


def test_heading_variant_headings_above_the_body_block():
    page = _page(
        "<div class='text_c'><h3>城市更新</h3><h1>旧厂房变身图书馆</h1><h2>周末开放到晚九点</h2>"
        "<div class='c_c'><div id='ozoom'><p>馆内藏书五万册。</p></div></div></div>"
    )
    parsed = parse_page(page, "content_31.htm")
    assert parsed.layout == "founder-h"
    assert (parsed.article.lead_title, parsed.article.title, parsed.article.subtitle) == (
        "城市更新", "旧厂房变身图书馆", "周末开放到晚九点",
    )


def test_a_site_heading_far_above_the_body_is_no_title():
    page = _page(
        "<div class='top'><h1>示范日报</h1></div>"
        "<div><div><div><div><div id='ozoom'><p>今年全市新建口袋公园十二处，均已对外开放。</p>"
        "<p>各公园设有健身器材和休息座椅，方便周边居民使用。</p></div></div></div></div></div>"
    )
    assert parse_page(page, "content_32.htm").layout == "generic"


@pytest.mark.parametrize(
    ("rows", "lead", "subtitle", "author"),
    [
        (
            "<tr><td class='font02'>便民服务</td></tr><tr><td class='font01'>社区食堂今起试营业</td></tr>"
            "<tr><td class='font02'>首批开放三家</td></tr>",
            "便民服务", "首批开放三家", None,
        ),
        ("<tr><td class='font01'>社区食堂今起试营业</td></tr>", None, None, None),
        # the row under the title is the byline
        (
            "<tr><td class='font01'>社区食堂今起试营业</td></tr><tr><td class='font02'>本报记者 祁远 通讯员 项南</td></tr>",
            None, None, "本报记者 祁远 通讯员 项南",
        ),
    ],
)
def test_table_template_title_cells(rows, lead, subtitle, author):
    # title and body in tables side by side in one cell, as the template nests them
    page = _page(
        f"<table><tr><td><table>{rows}</table><table><tr><td><div id='ozoom'><p>老人用餐可享八折。</p></div>"
        "</td></tr></table></td></tr></table>"
    )
    parsed = parse_page(page, "html/2024-03/08/content_41.htm")
    assert parsed.layout == "founder-table"
    article = parsed.article
    assert (article.title, article.lead_title, article.subtitle, article.author) == ("社区食堂今起试营业", lead, subtitle, author)
    assert article.paragraphs == ("老人用餐可享八折。",)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("<tr><td class='font01'>社区食堂今起试营业</td></tr>", "社区食堂今起试营业"),
        # a tagged title wins over the cell
        ("<tr><td class='font01'>页面标题</td></tr><founder-title>社区食堂今起试营业</founder-title>", "社区食堂今起试营业"),
        ("", None),
    ],
)
def test_tagged_body_with_the_title_only_in_the_page_headings(heading, title):
    page = _page(f"<table>{heading}<tr><td><div id='ozoom'><founder-content><p>老人用餐可享八折。</p></founder-content></div></td></tr></table>")
    parsed = parse_page(page, "content_42.htm")
    assert (parsed.layout, parsed.article.title) == ("founder", title)


def test_main_content_title_is_the_h1_not_a_lead_title_above_it():
    page = _page(
        "<div class='article'><h2 class='leading_title'>春季植树</h2><h1>滨河绿道补植千株树苗</h1>"
        "<div class='text'><p>补植以国槐和白蜡为主，四月底前完成。</p><p>绿道沿线将增设自动喷灌设施，减少人工浇水。</p></div></div>"
    )
    parsed = parse_page(page, "news/2024-03-09/a3.html")
    assert (parsed.layout, parsed.article.title) == ("generic", "滨河绿道补植千株树苗")


@pytest.mark.parametrize(
    ("title_block", "expected"),
    [
        (
            "<p class='main-article-pretitle'>便民服务</p><p class='main-article-title'>社区食堂今起试营业</p>"
            "<p class='main-article-subtitle'>首批开放三家</p>",
            ("便民服务", "社区食堂今起试营业", "首批开放三家"),
        ),
        ("<p class='main-article-title'>社区食堂今起试营业</p>", (None, "社区食堂今起试营业", None)),
        # the other parts without a title name no article
        ("<p class='main-article-pretitle'>便民服务</p>", (None, None, None)),
        ("<p class='main-article-title'> </p>", (None, None, None)),
    ],
)
def test_tagged_body_with_the_headings_named_by_class(title_block, expected):
    page = _page(
        f"<div class='main-article-content'><div class='main-article-alltitle'>{title_block}</div>"
        "<div id='ozoom'><founder-content><p>老人用餐可享八折。</p></founder-content></div></div>"
    )
    article = parse_page(page, "pc/con/202403/08/content_43.html").article
    assert (article.lead_title, article.title, article.subtitle) == expected


@pytest.mark.parametrize(
    ("title_block", "expected"),
    [
        (
            "<p id='PreTitle'>便民服务</p><h3 id='Title'>社区食堂今起试营业</h3><p id='SubTitle'>首批开放三家</p>",
            ("便民服务", "社区食堂今起试营业", "首批开放三家"),
        ),
        # the template prints the empty parts too
        ("<p id='PreTitle'></p><h3 id='Title'>社区食堂今起试营业</h3><p id='SubTitle'></p>", (None, "社区食堂今起试营业", None)),
        # sites that leave the ids out: the block's h3 is the title
        ("<p>便民服务</p><h3>社区食堂今起试营业</h3>", (None, "社区食堂今起试营业", None)),
        # nothing to name the article by
        ("<p id='PreTitle'>便民服务</p><h3 id='Title'> </h3>", (None, None, None)),
        ("<p>便民服务</p>", (None, None, None)),
    ],
)
def test_tagged_body_under_a_newsdetatit_title_block(title_block, expected):
    page = _page(
        f"<div class='newsdetatit'>{title_block}<p><span>2024年03月08日</span></p></div>"
        "<div class='newsdetatext'><founder-content><p>老人用餐可享八折。</p></founder-content></div>"
    )
    article = parse_page(page, "pc/content/202403/08/content_44.html").article
    assert (article.lead_title, article.title, article.subtitle) == expected
    assert article.paragraphs == ("老人用餐可享八折。",)


def test_an_h3_outside_a_newsdetatit_block_names_no_article():
    page = _page(
        "<div class='side'><h3>往期回顾</h3></div>"
        "<div class='newsdetatext'><founder-content><p>老人用餐可享八折。</p></founder-content></div>"
    )
    assert parse_page(page, "pc/content/202403/08/content_45.html").article.title is None


def _rows_table(rows: tuple[str, ...]) -> bytes:
    cells = "".join(f"<tr valign='top'><td>{row}</td></tr>" for row in rows)
    return _page(
        f"<table class='wz'><tr valign='top'><td><table>{cells}</table></td></tr>"
        "<tr><td><div id='ozoom'><p>今年全市新建口袋公园十二处，均已对外开放。</p>"
        "<p>各公园设有健身器材和休息座椅，方便周边居民就近使用。</p></div></td></tr></table>"
    )


@pytest.mark.parametrize(
    ("rows", "layout", "parts"),
    [
        (
            ("城市绿化", "<strong>口袋公园年内再建十二处</strong>", "均已对外开放", "本报记者 吕晓岚"),
            "founder-table",
            ("城市绿化", "口袋公园年内再建十二处", "均已对外开放", "本报记者 吕晓岚"),
        ),
        # empty lead and subtitle rows; no author row
        (("", "口袋公园年内再建十二处", ""), "founder-table", (None, "口袋公园年内再建十二处", None, None)),
        # a fourth row that reads as no byline is not the author
        (("", "口袋公园年内再建十二处", "", "图为城南口袋公园"), "founder-table", (None, "口袋公园年内再建十二处", None, None)),
        # too few rows, or an empty title row: no such table, the page's own title
        (("城市绿化", "口袋公园年内再建十二处"), "generic", (None, "示范日报", None, None)),
        (("城市绿化", "", "均已对外开放"), "generic", (None, "示范日报", None, None)),
    ],
)
def test_rows_table_template_names_its_rows_in_order(rows, layout, parts):
    parsed = parse_page(_rows_table(rows), "html/2024-03/08/content_46.htm")
    article = parsed.article
    assert (parsed.layout, (article.lead_title, article.title, article.subtitle, article.author)) == (layout, parts)
    assert article.paragraphs[-2:] == ("今年全市新建口袋公园十二处，均已对外开放。", "各公园设有健身器材和休息座椅，方便周边居民就近使用。")


def test_a_day_of_col_page_lists_reads_in_page_order():
    folder = "pc/layout/202403/05"
    listing = (
        "<div class='nav-list'><ul><li><a class='btn' href='col01.html'>01版：要闻</a></li>"
        "<li><a class='btn' href='col02.html'>02版：城事</a></li></ul></div>"
    )
    pages = {
        f"{folder}/col01.html": _page(listing + "<ul><li><a href='../../../content/202403/05/content_92.html'>甲</a></li></ul>"),
        f"{folder}/col02.html": _page(listing + "<ul><li><a href='../../../content/202403/05/content_91.html'>乙</a></li></ul>"),
        "pc/content/202403/05/content_91.html": _page("<div id='ozoom'><founder-content><founder-title>夜市延长营业</founder-title><p>营业到晚十一点。</p></founder-content></div>"),
        "pc/content/202403/05/content_92.html": _page("<div id='ozoom'><founder-content><founder-title>湿地公园扩建完工</founder-title><p>新增步道四公里。</p></founder-content></div>"),
    }
    issue = read_issue(sorted(pages.items()), "2024-03-05")
    assert [(a.title, a.page_no, a.page_name) for a in issue.articles] == [("湿地公园扩建完工", 1, "要闻"), ("夜市延长营业", 2, "城事")]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # an article page linking the next article and related reading is still an article
        ("html/2024-03/08/content_47.htm", "content"),
        ("pc/content/202403/08/content_47.html", "content"),
        # a page of another name listing articles is a page list
        ("html/2024-03/08/index.htm", "node"),
        ("html/2024-03/08/node_3.htm", "node"),
    ],
)
def test_a_page_named_as_an_article_is_one_whatever_it_links(name, kind):
    page = _page(
        "<div class='text_c'><h1>口袋公园年内再建十二处</h1><div id='ozoom'><p>各公园均已对外开放。</p></div></div>"
        "<div class='next'><a href='content_48.htm'>下一篇</a></div><ul><li><a href='content_12.htm'>相关阅读</a></li></ul>"
    )
    assert parse_page(page, name).kind == kind


_CMS_BODY = "<cms-content><p>今年全市新建口袋公园十二处，均已对外开放。</p><p>各公园设有健身器材和休息座椅，方便周边居民就近使用。</p></cms-content>"


@pytest.mark.parametrize(
    ("headings", "after_body", "layout", "parts"),
    [
        ("<h3>城市绿化</h3><h1>口袋公园年内再建十二处</h1><h3>均已对外开放</h3>", "", "cms", ("城市绿化", "口袋公园年内再建十二处", "均已对外开放")),
        # the template's empty rows; headings after the body (related reading) name nothing
        ("<h3></h3><h1>口袋公园年内再建十二处</h1><h3></h3>", "<h3>相关阅读</h3>", "cms", (None, "口袋公园年内再建十二处", None)),
        # no title before the body: not this template, the page's main content
        ("<h3>城市绿化</h3>", "<h1>往期回顾</h1>", "generic", (None, "往期回顾", None)),
    ],
)
def test_cms_content_body_with_its_headings_before_it(headings, after_body, layout, parts):
    page = _page(f"<div class='main-content' id='news_content'>{headings}{_CMS_BODY}{after_body}</div>")
    parsed = parse_page(page, "2024-03/08/content_49.html")
    article = parsed.article
    assert (parsed.layout, (article.lead_title, article.title, article.subtitle)) == (layout, parts)
    assert "各公园设有健身器材和休息座椅，方便周边居民就近使用。" in article.paragraphs


def test_a_cms_content_body_never_closed_is_a_page_cut_short():
    page = _page("<div id='news_content'><h1>口袋公园年内再建十二处</h1><cms-content><p>各公园均已对外开放。</p></div>")
    with pytest.raises(HtmlError) as error:
        parse_page(page, "2024-03/08/content_50.html")
    assert error.value.kind == "truncated"
