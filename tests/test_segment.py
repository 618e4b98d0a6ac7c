"""Article segmentation: boundaries, titles, bylines, captions, rejoined paragraphs, exact offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.records import Article
from extractors.segment import looks_like_headline, paragraphs, segment

RAW = Path(__file__).resolve().parent.parent / "raw"


def raw_text(stem_prefix: str) -> str:
    (path,) = RAW.glob(f"{stem_prefix}_*.txt")
    return path.read_text(encoding="utf-8")


SAMPLES = {prefix: raw_text(prefix) for prefix in ("000", "001", "002", "003", "004")}


def outline(articles: tuple[Article, ...]) -> list[tuple[str, str | None]]:
    return [(a.kind, a.title) for a in articles]


# What a reader of each sample sees, item by item (read by eye from raw/*.txt). Subheads inside an
# article ("践行殷殷嘱托 彰显省会担当", "### 托起幸福“夕阳红”") are not items; column labels
# ("政务之要") are sections, not items.
EXPECTED_OUTLINES = {
    "000": [
        ("article", "“锦绣太原城·晋阳文化旅游协商平台”召开第七次协商会议"),
        ("article", "建设国家先进制造业重要承载地"),
        ("article", "为加快建设国家区域中心城市贡献力量"),
        ("article", "我市举行2023年“学习强国”学习之星集结行动颁奖仪式"),
        ("article", "市人大常委会开展人大代表联络站观摩活动"),
        ("article", "市人大常委会举办人大代表履职培训班"),
        ("caption", None),
        ("article", "2024年春季征兵"),
    ],
    "001": [
        ("article", "舞起省会这个龙头"),
        ("article", "尖草坪区依托党群服务中心搭建十五分钟党建服务圈 打造便民温情港 画好党群同心圆"),
        ("article", "市人社局聚力“经济工作会议”各项任务"),
        ("caption", None),
        ("article", "265个病种分级诊疗暂停执行"),
        ("article", "我市文物工作案例入选全国典型"),
        ("jump", None),
        ("article", None),  # the front-page story continued from page 1, untitled here
        ("article", "我市明确『植物油』燃料部门监管职责"),
        ("notice", "寻亲启事"),
    ],
    "002": [
        ("article", "全力推进“一老一小”疫苗接种"),
        ("article", "“人工智能促进分级诊疗”专题讲座举行"),
        ("article", "市委宣讲团宣讲党的十九届六中全会精神"),
        ("article", "市委城乡管理工委"),
        ("article", "市委工信工委"),
        ("article", "精准把握重点任务"),
        ("caption", None),
        ("article", "加速新突破 助燃“南引擎”"),
        ("article", "重拳打击 强化管控 古交警方排查整治私挖盗采"),
        # (then the rest of the commentary "精准把握重点任务": "…打造完" / "整产业链,…")
        ("article", "小店区运输企业防疫做好“四个加强”"),
        ("article", "满足教育刚需 投入编制资源"),
        ("article", "1950年12月21日"),
        ("article", "2011年12月21日"),
    ],
    "003": [
        ("article", "市政协党组召开扩大会议暨理论学习中心组学习会"),
        ("article", "以更加饱满的精神状态 狠抓工业高质量发展"),
        ("article", "应对天气快速升温 我市加严空气质量管控措施"),
        ("caption", None),
        ("article", "进出机场再添主干路 经北街建设火热推进"),
        ("article", "市疫情防控办提示 五地返(抵)并人员要主动报备"),
        ("article", "山西文物数字化探索「走在前」 专家学者认为"),
        ("article", "山西中部城市群档案服务打开新格局 五市民生档案可一站通查"),
        ("article", "守护“一老一小” 彰显民生温度"),
        ("notice", "通告"),
    ],
    "004": [
        ("article", "中共太原市委十二届五次全体会议举行"),
    ],
}


@pytest.mark.parametrize("sample", sorted(EXPECTED_OUTLINES))
def test_sample_outline_matches_a_reader(sample):
    assert outline(segment(SAMPLES[sample])) == EXPECTED_OUTLINES[sample]


# --- exact offsets ------------------------------------------------------------------------

MARKDOWN_ARTICLE = """# 2024年春季征兵

## 今起网上报名

**本报讯** 市征兵办消息,12月1日,2024年春季征兵工作启动,参加上半年应征的青年可登录全国征兵报名唯一官方网站——全国征兵网报名。

2024年征兵报名时间分两次进行,男兵上半年报名时间为:2023年12月1日至2024年2月10日;下半年报名时间为:2023年12月1日至2024年8月10日;女兵上半年报名时间为:2024年1月1日至

2024年2月10日,下半年报名时间为:2024年7月1日至2024年8月10日。(弓凤飞)

### 政务之要

## 市人大常委会举办人大代表履职培训班

**本报讯** 11月26日至29日,市人大常委会依托省人大会议中心举办了2023年度市人大代表履职培训班,**市人大常委会副主任李文权**出席开班仪式并讲话。(李俊华、李思明)
"""

LOST_AND_FOUND = """遗失声明

张三遗失太原市第一中学毕业证书,编号123456,声明作废。

李四不慎遗失居民身份证,号码140101199001011234,特此声明。

太原市某某商贸有限公司遗失公章一枚,声明作废。

我市举行迎新年长跑活动

本报讯 12月31日,迎新年长跑活动在汾河公园举行,2000余名市民参加。(王五)
"""

CAPTION_ONLY = """市人大常委会举办人大代表履职培训班

本报讯 11月26日至29日,市人大常委会举办了2023年度市人大代表履职培训班。(李俊华)

12月1日,市民在迎泽公园观赏冰灯。

本报记者 刘堂 摄

图为汾河公园雪景。

滨河路南延工程开工

本报讯 12月1日,滨河路南延工程开工建设。(张三)
"""

MASTHEAD_AND_NOTICE = """太原日报

2023年12月1日 星期五

第3版

关于调整部分公交线路的通告

为方便市民出行,自2023年12月5日起,1路公交车调整为双向环线运行。

特此通告。

太原市公共交通控股(集团)有限公司

2023年11月30日

责任编辑 张三
"""

# Another paper's conventions: full-width punctuation, ideographic-space indents, no blank lines,
# agency and datelined openers, a parenthesised photo credit, an editor line at the foot.
NATIONAL_PAGE = """人民日报
2023年12月1日 星期五
第01版：要闻
习近平同志《论党的自我革命》出版发行
　　新华社北京11月30日电　习近平同志《论党的自我革命》一书，近日由中央文献出版社出版，在全国发行。
　　这部专题文集收入习近平同志关于推进党的自我革命的重要文稿，
　　其中部分文稿是第一次公开发表。
国务院常务会议召开
李强主持
　　本报北京11月30日电　（记者 张三）国务院总理李强11月30日主持召开国务院常务会议，研究部署有关工作。
　　会议指出，要做好今冬明春能源保供工作。（下转第二版）
图为11月30日，游客在故宫参观。（本报记者 王四 摄）
本版责编：赵五　钱六
"""

VARIANTS = {
    "national-page": NATIONAL_PAGE,
    "markdown": MARKDOWN_ARTICLE,
    "crlf": SAMPLES["000"].replace("\n", "\r\n"),
    "fullwidth-indent": "\n".join("\u3000\u3000" + line if line else line for line in SAMPLES["001"].split("\n")),
    "lost-and-found": LOST_AND_FOUND,
    "caption-only": CAPTION_ONLY,
    "masthead-notice": MASTHEAD_AND_NOTICE,
}
ALL_TEXTS = {**{f"sample-{k}": v for k, v in SAMPLES.items()}, **VARIANTS}


@pytest.mark.parametrize("name", sorted(ALL_TEXTS))
def test_every_body_character_points_at_itself_in_the_issue(name):
    text = ALL_TEXTS[name]
    for article in segment(text):
        assert len(article.body_offsets) == len(article.body)
        for index, (char, offset) in enumerate(zip(article.body, article.body_offsets)):
            if char == "\n":  # a separator the segmenter inserted: it must sit between its neighbours
                assert article.body_offsets[index - 1] < offset < article.body_offsets[index + 1]
            else:
                assert text[offset] == char, (name, article.seq, index)


@pytest.mark.parametrize("name", sorted(ALL_TEXTS))
def test_offsets_increase_and_no_character_belongs_to_two_articles(name):
    text = ALL_TEXTS[name]
    articles = segment(text)
    assert [a.seq for a in articles] == list(range(len(articles)))
    assert [a.char_start for a in articles] == sorted(a.char_start for a in articles)
    seen: set[int] = set()
    for article in articles:
        assert list(article.body_offsets) == sorted(set(article.body_offsets))
        assert 0 <= article.char_start < article.char_end <= len(text)
        if article.body_offsets:
            assert article.char_start <= article.body_offsets[0]
            assert article.body_offsets[-1] < article.char_end
        if article.title and article.kind != "classified":  # items share their block's title
            assert article.title in text[article.char_start:article.char_end].replace("**", "")
        characters = {o for o, c in zip(article.body_offsets, article.body) if c != "\n"}
        assert not characters & seen
        seen |= characters


def test_an_article_cut_off_by_a_caption_and_another_story_is_taken_up_again():
    # 002: the commentary stops at "…打造完", a photo and the 古交 report follow, then "整产业链,…".
    articles = segment(SAMPLES["002"])
    (commentary,) = [a for a in articles if a.title == "精准把握重点任务"]
    assert "带动相关配套企业落地,打造完整产业链,实现规模集聚发展。" in commentary.body
    assert commentary.body.endswith("迎接党的二十大胜利召开!")
    (inside,) = [a for a in articles if a.title == "重拳打击 强化管控 古交警方排查整治私挖盗采"]
    assert commentary.char_start < inside.char_start < inside.char_end < commentary.char_end


@pytest.mark.parametrize("name", sorted(ALL_TEXTS))
def test_issue_span_of_any_body_span_is_a_valid_issue_span(name):
    text = ALL_TEXTS[name]
    for article in segment(text):
        length = len(article.body)
        for start in range(0, length, 97):
            for end in (start + 1, min(length, start + 13), length):
                if end <= start:
                    continue
                issue_start, issue_end = article.issue_span(start, end)
                assert issue_start < issue_end
                assert text[issue_start] == article.body[start] or article.body[start] == "\n"


def test_markdown_marks_are_dropped_from_titles_and_bodies_but_offsets_still_point_into_raw_text():
    articles = segment(MARKDOWN_ARTICLE)
    assert outline(articles) == [("article", "2024年春季征兵"), ("article", "市人大常委会举办人大代表履职培训班")]
    first, second = articles
    assert first.subtitle == "今起网上报名"
    assert first.byline == "本报讯 (弓凤飞)"
    assert "**" not in first.body and "#" not in first.body
    assert "至2024年2月10日,下半年" in first.body  # the broken range is rejoined
    assert second.section == "政务之要"
    assert "市人大常委会副主任李文权出席" in second.body
    mark = MARKDOWN_ARTICLE.index("**市人大常委会副主任")
    assert mark + 2 in second.body_offsets and mark not in second.body_offsets


# A traditional-script mirror printing the pinyin of characters after them in brackets: the reader
# skips each gloss as it skips markdown marks; brackets that hold anything else stay.
PINYIN_GLOSSES = [
    pytest.param("本報(bào)訊 區(qū)長(zhǎng)韋明遠出席並講話(huà)。", "本報訊 區長韋明遠出席並講話。", id="glosses-after-han-characters"),
    pytest.param("市政協(xié)舉行主席會(huì)議,研究換屆工作。", "市政協舉行主席會議,研究換屆工作。", id="gloss-with-u-umlaut-and-tone"),
    pytest.param("濟(jì)源日?(bào)訊 今日晴", "濟源日?訊 今日晴", id="gloss-after-a-character-the-mirror-could-not-encode"),
    pytest.param("細顆粒物(PM2.5)濃度下降", "細顆粒物(PM2.5)濃度下降", id="an-abbreviation-in-brackets-stays"),
    pytest.param("英文名稱(hub)保留", "英文名稱(hub)保留", id="letters-without-a-tone-mark-stay"),
    pytest.param("第3(ā)號", "第3(ā)號", id="a-toned-letter-after-a-digit-stays"),
    pytest.param("會議(擴大)召開", "會議(擴大)召開", id="han-characters-in-brackets-stay"),
]


@pytest.mark.parametrize(("line", "read"), PINYIN_GLOSSES)
def test_pinyin_glosses_are_skipped_and_offsets_still_point_into_the_raw_text(line, read):
    (para,) = paragraphs(line)
    assert para.text == read
    assert "".join(line[i] for i in para.offsets) == read


def test_crlf_and_full_width_indents_segment_like_the_plain_sample():
    assert outline(segment(VARIANTS["crlf"])) == EXPECTED_OUTLINES["000"]
    assert outline(segment(VARIANTS["fullwidth-indent"])) == EXPECTED_OUTLINES["001"]
    plain = {a.title: a.body for a in segment(SAMPLES["000"])}
    crlf = {a.title: a.body for a in segment(VARIANTS["crlf"])}
    assert plain == crlf


def test_a_block_of_one_line_lost_and_found_notices_gives_one_classified_item_each():
    articles = segment(LOST_AND_FOUND)
    assert [(a.kind, a.title) for a in articles] == [
        ("classified", "遗失声明"),
        ("classified", "遗失声明"),
        ("classified", "遗失声明"),
        ("article", "我市举行迎新年长跑活动"),
    ]
    assert articles[1].body == "李四不慎遗失居民身份证,号码140101199001011234,特此声明。"
    assert articles[0].char_start == 0  # the block title belongs to the first item


CLASSIFIED_RUNS = [
    pytest.param(
        "遗失声明\n赵一鸣遗失滨河县第二中学毕业证书,证\n号:20101234,声明作废。\n滨河县万通物流有限公司遗失财务专用章\n一枚,声明作废。\n",
        [("classified", "赵一鸣遗失滨河县第二中学毕业证书,证号:20101234,声明作废。"),
         ("classified", "滨河县万通物流有限公司遗失财务专用章一枚,声明作废。")],
        id="items-wrapped-at-the-column-width-are-joined",
    ),
    pytest.param(
        "滨河县举办春季招聘会\n\n本报讯 3月1日,县人社局举办春季招聘会。(王五)\n\n"
        "赵一鸣遗失滨河县第二中学毕业证书,证号:20101234,声明作废。\n钱小芳遗失残疾人证,证号:14012319,声明作废。\n",
        [("article", "3月1日,县人社局举办春季招聘会。"),
         ("classified", "赵一鸣遗失滨河县第二中学毕业证书,证号:20101234,声明作废。"),
         ("classified", "钱小芳遗失残疾人证,证号:14012319,声明作废。")],
        id="a-run-under-no-heading-ends-the-story-above",
    ),
    pytest.param(
        "老人钱包失而复得\n\n本报讯 3月1日,市民赵大爷在公交车上不慎遗失钱包,他随即向车队求助,车队发表声明。\n"
        "司机很快找到了钱包,并交还给赵大爷。\n",
        [("article", None)],
        id="neg-one-news-paragraph-about-a-loss-is-no-run",
    ),
    pytest.param(
        "遗失声明\n赵一鸣遗失滨河县第二中学毕业证书,证号\n20101234。\n",
        [("classified", "赵一鸣遗失滨河县第二中学毕业证书,证号"), ("classified", "20101234。")],
        id="neg-lines-that-never-end-an-item-are-not-joined",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLASSIFIED_RUNS)
def test_runs_of_classified_items(text, expected):
    articles = segment(text)
    got = [(a.kind, a.body.split("\n")[0] if expected[i][1] is not None else None)
           for i, a in enumerate(articles[: len(expected)])]
    assert got == expected
    assert len(articles) == len(expected)


def test_caption_only_items_stand_apart_from_the_articles_around_them():
    articles = segment(CAPTION_ONLY)
    assert [(a.kind, a.title, a.byline) for a in articles] == [
        ("article", "市人大常委会举办人大代表履职培训班", "本报讯 (李俊华)"),
        ("caption", None, "本报记者 刘堂 摄"),
        ("caption", None, None),
        ("article", "滨河路南延工程开工", "本报讯 (张三)"),
    ]
    assert articles[1].body == "12月1日,市民在迎泽公园观赏冰灯。"
    assert articles[2].body == "图为汾河公园雪景。"


def test_another_papers_page():
    articles = segment(NATIONAL_PAGE)
    assert [(a.kind, a.title, a.byline) for a in articles] == [
        ("masthead", None, None),
        ("article", "习近平同志《论党的自我革命》出版发行", "新华社北京11月30日电"),
        ("article", "国务院常务会议召开", "本报北京11月30日电 （记者 张三）"),
        ("caption", None, "（本报记者 王四 摄）"),
        ("masthead", None, None),
    ]
    assert "重要文稿，其中部分文稿是第一次公开发表。" in articles[1].body
    assert articles[2].subtitle == "李强主持"
    assert articles[2].body.endswith("要做好今冬明春能源保供工作。")


def test_masthead_lines_and_a_signed_notice():
    articles = segment(MASTHEAD_AND_NOTICE)
    assert [(a.kind, a.title) for a in articles] == [
        ("masthead", None),
        ("notice", "关于调整部分公交线路的通告"),
        ("masthead", None),
    ]
    notice = articles[1]
    assert notice.body.split("\n") == [
        "为方便市民出行,自2023年12月5日起,1路公交车调整为双向环线运行。",
        "特此通告。",
        "太原市公共交通控股(集团)有限公司",
        "2023年11月30日",
    ]
    assert articles[0].body == "太原日报\n2023年12月1日 星期五\n第3版"


# --- hard-wrapped text ----------------------------------------------------------------------


def hard_wrapped(text: str, width: int) -> str:
    """Every line cut into lines of ``width`` characters, as some text exports print a page."""
    return "\n".join("\n".join(line[i:i + width] for i in range(0, len(line), width)) if line else ""
                     for line in text.split("\n"))


@pytest.mark.parametrize("width", [24, 30, 36])
@pytest.mark.parametrize("sample", ["000", "004"])
def test_text_hard_wrapped_at_a_fixed_width_segments_like_the_original(sample, width):
    original = segment(SAMPLES[sample])
    wrapped_text = hard_wrapped(SAMPLES[sample], width)
    wrapped = segment(wrapped_text)
    assert outline(wrapped) == outline(original)
    for before, after in zip(original, wrapped):
        assert after.body.replace(" ", "") == before.body.replace(" ", "")
        assert all(wrapped_text[o] == c for o, c in zip(after.body_offsets, after.body) if c != "\n")


def test_natural_paragraphs_are_never_taken_for_hard_wrapped_lines():
    from extractors.segment import _mark_hard_wrapped  # noqa: PLC0415

    for text in SAMPLES.values():
        paras = paragraphs(text)
        assert not any(p.wrapped for p in paras)
        _mark_hard_wrapped(paras)
        assert not any(p.wrapped for p in paras)


# --- paragraphs broken by the layout --------------------------------------------------------


@pytest.mark.parametrize(
    ("sample", "joined"),
    [
        ("001", "2022年,市委推动太忻大道、龙城大街东延"),
        ("001", "三是围绕打造支撑山西中部城市群产业高地,加快引育高素质人才队伍"),
        ("001", "做好太忻一体化经济区建设协同前置考古"),
        ("000", "建设国家先进制造业重要承载地,大力实施工业高质量发展"),
        ("000", "统筹推进数字产业化、产业数字化、数据价值化"),
        ("002", "省十二次党代会要求太原打造产业高地"),
        ("002", "有东湖、清泉湖、清泉西湖三湖"),
        ("002", "该局对民爆物品管理工作进行专题部署"),
        ("003", "推动企业高质量可持续发展。"),
        ("003", "为再造太原工业辉煌提供了遵循和指引。"),
        ("004", "要建设国内外重要文化旅游目的地。"),
        ("004", "推进本土品牌全国化布局。"),
    ],
)
def test_a_sentence_broken_by_the_layout_is_one_sentence_in_the_body(sample, joined):
    assert any(joined in article.body for article in segment(SAMPLES[sample]))


@pytest.mark.parametrize(
    ("sample", "title", "body_start"),
    [
        ("001", "寻亲启事", "刘秀兰于2022年4月26日"),
        ("000", "2024年春季征兵", "市征兵办消息"),
        ("002", "1950年12月21日", "中共太原市委印发"),
        ("003", "守护“一老一小” 彰显民生温度", "自从抓党建促基层治理能力提升专项行动开展以来"),
    ],
)
def test_a_headline_is_never_glued_onto_the_body_below_it(sample, title, body_start):
    (article,) = [a for a in segment(SAMPLES[sample]) if a.title == title]
    assert article.body.startswith(body_start)
    assert not article.body.startswith(title)


@pytest.mark.parametrize(
    ("sample", "title", "subheads"),
    [
        ("000", "为加快建设国家区域中心城市贡献力量", ["践行殷殷嘱托 彰显省会担当", "锚定发展目标 做好引领示范", "树立五种意识 狠抓工作落实"]),
        ("001", "尖草坪区依托党群服务中心搭建十五分钟党建服务圈 打造便民温情港 画好党群同心圆", ["功能齐备: “六大中心”提供 “一站式”服务", "各具特色: 创新载体凝聚党群合力"]),
        ("002", "加速新突破 助燃“南引擎”", ["在打造全面再现“锦绣太原城”盛景支撑地上取得新突破"]),
        ("003", "守护“一老一小” 彰显民生温度", ["托起幸福“夕阳红”", "编织成长“新摇篮”", "方便居民“零距离”"]),
    ],
)
def test_subheads_of_an_open_article_stay_in_its_body_as_paragraphs(sample, title, subheads):
    (article,) = [a for a in segment(SAMPLES[sample]) if a.title == title]
    paragraphs_ = article.body.split("\n")
    for subhead in subheads:
        assert subhead in paragraphs_


# --- titles, subtitles, bylines, sections, jumps -------------------------------------------


@pytest.mark.parametrize(
    ("sample", "title", "subtitle", "byline", "section"),
    [
        ("000", "“锦绣太原城·晋阳文化旅游协商平台”召开第七次协商会议", "操学诚讲话", "本报讯 (阎铁洁)", None),
        ("000", "建设国家先进制造业重要承载地", "——深入贯彻落实市委十二届五次全会精神(一)", "本报评", None),
        ("000", "为加快建设国家区域中心城市贡献力量", "只争朝夕 奋发有为\n——与会人员谈贯彻落实市委十二届五次全会精神",
         "记者 丁洁 王丹 史鹏程 李杰华 任晓明 贺娟芳 弓凤飞 齐向真", None),
        ("000", "市人大常委会开展人大代表联络站观摩活动", None, "本报讯 (李俊华、李思明)",
         "深入学习宣传贯彻市委十二届五次全会精神 / 政务之要"),
        ("001", "舞起省会这个龙头", "——论深入贯彻落实市委经济工作会议精神①", "本报评论员", None),
        ("001", "市人社局聚力“经济工作会议”各项任务", "稳就业 兜底线 聚人才 促和谐", "本报讯 (李晓井)", None),
        ("001", "我市文物工作案例入选全国典型", None, "记者 弓凤飞", "深入学习宣传贯彻市委经济工作会议精神"),
        ("001", "我市明确『植物油』燃料部门监管职责", None, "本报讯 (申波)", "聚焦 安全生产"),
        ("002", "全力推进“一老一小”疫苗接种", None, "本报讯 (魏 薇)", "政务之要"),
        ("002", "市委宣讲团宣讲党的十九届六中全会精神", "综改区", "本报讯 (岳景红)", "政务之要"),
        ("002", "精准把握重点任务", None, "太报评", "深入学习宣传贯彻党的十九届六中全会精神"),
        ("002", "小店区运输企业防疫做好“四个加强”", None, "本报讯 (司 勇)", "聚焦疫情防控"),
        ("002", "2011年12月21日", None, "(中共太原市委党史研究室供稿)", "聚焦疫情防控"),
        ("003", "以更加饱满的精神状态 狠抓工业高质量发展", "全市工业高质量发展大会引发热烈反响",
         "记者 王勇 司勇 李杰华 阎轶洁 侯慧琴 刘志刚", None),
        ("003", "守护“一老一小” 彰显民生温度", "万柏林区", "记者 阎轶洁 通讯员 李俾 张振江", None),
    ],
)
def test_title_subtitle_byline_and_section(sample, title, subtitle, byline, section):
    (article,) = [a for a in segment(SAMPLES[sample]) if a.title == title]
    assert (article.subtitle, article.byline, article.section) == (subtitle, byline, section)


def test_closing_bylines_are_not_left_in_the_body():
    for text in SAMPLES.values():
        for article in segment(text):
            assert not article.body.endswith(("(尹哲)", "(李俊华、李思明)", "记者 弓凤飞", "(魏 薇)"))


@pytest.mark.parametrize(
    ("sample", "byline", "body"),
    [
        ("000", "刘堂摄", "11月30日,由市卫健委、市教科文卫体工会委员会主办的太原市首届中药调剂职业技能竞赛开赛。"),
        ("001", "牛利敏 摄", "丰富的市场供应、应景的当季商品,成为市民购买年货的首选。图为1月4日,"),
        ("002", "清徐县融媒体中心提供", "图为清徐精细化工业循环产业园。"),
        ("003", "李学军 宋卫东 摄", "7月28日,山西大学美术学院内,"),
    ],
)
def test_image_captions_are_items_of_their_own_with_the_credit_as_byline(sample, byline, body):
    (caption,) = [a for a in segment(SAMPLES[sample]) if a.kind == "caption"]
    assert caption.byline == byline
    assert caption.body.startswith(body)
    assert not caption.body.endswith(("摄", "提供"))


def test_jump_lines_are_items_and_inline_jump_marks_leave_the_body():
    jump = [a for a in segment(SAMPLES["001"]) if a.kind == "jump"]
    assert [a.body for a in jump] == ["(上接第1版)"]
    (continued,) = [a for a in segment(SAMPLES["002"]) if a.title == "加速新突破 助燃“南引擎”"]
    assert continued.body.startswith("徐沟镇、东于镇是")


def test_a_one_line_notice_is_a_notice_titled_by_its_own_word():
    (notice,) = [a for a in segment(SAMPLES["003"]) if a.kind == "notice"]
    assert notice.title == "通告"
    assert notice.body.startswith("亲贤村城中村改造太原广场项目地块二项目")
    assert notice.body.endswith("特此通告 太原绿城房地产开发有限公司 2022年7月26日")


# --- small constructed pages: the rules one at a time ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A commentary has no closing byline; the next headline + body is a new article.
        ("舞起省会这个龙头\n\n本报评论员\n\n把太原这个龙头舞起来。\n\n我市新开三条公交线路\n\n1月4日起,三条新线路开通。\n",
         [("article", "舞起省会这个龙头"), ("article", "我市新开三条公交线路")]),
        # On a page that closes articles with bylines, a feature still open (no closing byline
        # yet) takes a headline followed by body as a subhead.
        ("甲地新闻\n\n本报讯 甲地消息。(张三)\n\n只争朝夕 奋发有为\n\n——与会人员谈全会精神\n\n全会召开。"
         "\n\n践行殷殷嘱托\n\n他表示,要抓落实。\n\n记者 丁洁\n",
         [("article", "甲地新闻"), ("article", "只争朝夕 奋发有为")]),
        # On a page with no closing bylines at all, every headline + body is an article.
        ("市民文化节开幕\n\n文化节持续一个月。\n\n汾河公园新添步道\n\n步道全长5公里。\n",
         [("article", "市民文化节开幕"), ("article", "汾河公园新添步道")]),
        # After a closing byline the same shape is a new article.
        ("甲地新闻\n\n本报讯 甲地消息。(张三)\n\n乙地新闻\n\n乙地消息正文。\n",
         [("article", "甲地新闻"), ("article", "乙地新闻")]),
        # "本报讯" always opens a report, even right after another report's body.
        ("甲地新闻\n\n本报讯 甲地消息。\n\n乙地新闻\n\n本报讯 乙地消息。\n",
         [("article", "甲地新闻"), ("article", "乙地新闻")]),
        # A column name above a headline is the section, not the title.
        ("政务之要\n\n市政府召开常务会议\n\n本报讯 会议研究了有关事项。\n",
         [("article", "市政府召开常务会议")]),
        # A headline that reads like a column name but sits right above "本报讯" is a headline.
        ("聚焦高质量发展\n\n本报讯 会议研究了有关事项。\n",
         [("article", "聚焦高质量发展")]),
        # A notice word in a news headline: with "本报讯" under it, it is a report.
        ("市疫情防控办发布出行提示\n\n本报讯 市疫情防控办提示市民注意防护。\n",
         [("article", "市疫情防控办发布出行提示")]),
        # A drawn rule ends the article above it, so the headline below starts a new one.
        ("甲地新闻\n\n本报讯 甲地消息。(张三)\n\n专题报道\n\n专题正文。\n\n---\n\n乙地新闻\n\n乙地正文。\n\n(李四)\n",
         [("article", "甲地新闻"), ("article", "专题报道"), ("article", "乙地新闻")]),
        # A headline may end in "？" when a report opens under it.
        ("甲地新闻\n\n本报讯 甲地消息。\n\n你的医保卡还能这样用？\n\n本报讯 医保卡可以家庭共济。\n",
         [("article", "甲地新闻"), ("article", "你的医保卡还能这样用？")]),
        # Bylines under the headline do not close anything: such a page gets no subheads.
        ("市民文化节开幕\n\n本报记者 张三\n\n文化节持续一个月。\n\n汾河公园新添步道\n\n步道全长5公里。\n"
         "\n公交线路调整\n\n本报记者 李四\n\n三条线路调整。\n",
         [("article", "市民文化节开幕"), ("article", "汾河公园新添步道"), ("article", "公交线路调整")]),
        ("一季度GDP增长5.2%\n\n本报讯 一季度经济运行良好。\n",
         [("article", "一季度GDP增长5.2%")]),
        ("寻人启事\n\n王某,男,75岁,于12月1日走失。请知情者联系13900000000。\n",
         [("notice", "寻人启事")]),
        # A sign-off on a line of its own closes the notice above it; it is no title of a new one.
        ("停气通知\n\n因管网检修,我公司定于3月5日9时至18时暂停供气。\n\n特此通知\n\n某某燃气有限公司\n\n2024年3月1日\n"
         "\n新闻标题\n\n本报讯 新闻正文。\n",
         [("notice", "停气通知"), ("article", "新闻标题")]),
        ("公告\n\n本店自即日起停业装修。\n\n特此公告。\n\n东城区某某超市\n\n2024年5月8日\n", [("notice", "公告")]),
        # A notice title under a classified-block heading is a signed notice, not a run of items.
        ("分类广告\n\n减资公告\n\n某某科技有限公司经股东会决议,注册资本减至100万元。\n\n联系人:钱女士 电话:13600001111\n"
         "\n特此公告\n\n某某科技有限公司\n\n2024年2月2日\n",
         [("notice", "减资公告")]),
        # A date line printed with 号 for 日 closes a signed notice like any date line.
        ("停水通知\n\n定于3月5号9时至18时停水。\n\n某某供水有限公司\n\n2024年3月1号\n\n停电信息\n\n"
         "某某供电公司将于3月6号8时至12时对部分区域停电。\n",
         [("notice", "停水通知"), ("article", "停电信息")]),
        # An advice line ("温馨提示:…") before a notice's signature is part of the notice.
        ("道路施工通告\n\n定于6月2日至6月9日对槐荫路全段封闭施工,禁止车辆通行。\n\n温馨提示:施工期间请过往车辆提前选择槐荫路以外的道路绕行,"
         "途经该路段的公交线路另行公布,给您带来的不便敬请谅解。\n\n某某市公安局交通警察支队\n\n2024年5月30日\n",
         [("notice", "道路施工通告")]),
        # ...while a notice printed on one line under another one is a notice of its own.
        ("道路施工通告\n\n定于6月2日至6月9日对槐荫路全段封闭施工。\n\n某某市公安局交通警察支队\n\n2024年5月30日\n\n"
         "停水通知:因管网改造,桐华小区一期、二期及沿街商铺定于6月3日8时至18时停水,请各位居民提前做好储水准备,给您带来的不便敬请谅解。\n",
         [("notice", "道路施工通告"), ("notice", "停水通知")]),
        ("(下转第2版)\n", [("jump", None)]),
        # A headline closing the page, its story printed elsewhere.
        ("甲地新闻\n\n本报讯 甲地消息。(张三)\n\n乙地新闻标题\n", [("article", "甲地新闻"), ("article", "乙地新闻标题")]),
        # A headline over a jump line titles the continued story.
        ("加速新突破 助燃“南引擎”\n\n(上接第1版)\n\n徐沟镇是“中国民间文化艺术之乡”。\n",
         [("article", "加速新突破 助燃“南引擎”"), ("jump", None)]),
        ("下转05版\n", [("jump", None)]),
        ("", []),
        ("\n\n\u3000\n", []),
    ],
)
def test_layout_rules_on_small_pages(text, expected):
    assert outline(segment(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reporter named with the outlet before the role is the byline under the headline,
        # even under a headline with a comma in it
        ("注意,春节期间槐荫公园停车场关闭\n\n滨江日报记者 王明远 通讯员 刘佳\n\n2月1日,记者从市园林局获悉,停车场将关闭一周。\n",
         [("注意,春节期间槐荫公园停车场关闭", "滨江日报记者 王明远 通讯员 刘佳")]),
        ("东湖隧道夜间封闭施工\n\n青禾新闻记者 陈立\n\n记者从市住建局获悉,隧道将于夜间封闭施工。\n",
         [("东湖隧道夜间封闭施工", "青禾新闻记者 陈立")]),
        ("这片区域明天停水\n\n记者从市自来水公司获悉,明天8时至16时停水。\n\n滨江晚报社全媒体记者:赵一凡/文图\n",
         [("这片区域明天停水", "滨江晚报社全媒体记者:赵一凡/文图")]),
        # a headline about reporters is no byline, nor a sentence naming one
        ("全市新闻记者 座谈\n\n本报讯 全市新闻工作者座谈会昨日召开。\n", [("全市新闻记者 座谈", "本报讯")]),
        ("社区开展防汛演练\n\n滨江日报记者王明远在现场看到,演练持续两小时。\n", [("社区开展防汛演练", None)]),
    ],
)
def test_bylines_naming_the_outlet(text, expected):
    assert [(a.title, a.byline) for a in segment(text) if a.kind == "article"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a formal notice title may print the hours of the stoppage it announces, and a word
        # between 的 and its notice word ("的停水通知")
        ("关于2024年6月3日21:30至6月4日5:00前河西区槐荫路供水管道改造工程的停水通知\n\n"
         "为配合管道改造,我司将于2024年6月3日21:30至6月4日5:00前停水。\n\n某某自来水有限公司\n\n2024年6月1日\n",
         [("notice", "关于2024年6月3日21:30至6月4日5:00前河西区槐荫路供水管道改造工程的停水通知")]),
        ("关于2024年6月3日起调整槐荫路沿线多条公交线路走向及站点设置的临时通告\n\n"
         "因道路施工,6路、9路临时绕行。\n\n某某公交集团\n\n2024年6月1日\n",
         [("notice", "关于2024年6月3日起调整槐荫路沿线多条公交线路走向及站点设置的临时通告")]),
        # a colon that is no clock still ends the matter: a long body line is no title
    ],
)
def test_long_formal_notice_titles(text, expected):
    assert outline(segment(text)) == expected


def test_a_colon_that_is_no_clock_still_ends_a_formal_titles_matter():
    text = ("市民关注停水\n\n本报讯 记者昨日获悉。\n\n关于停水:自来水公司将于近日发布关于桐华小区一期二期及沿街商铺管道改造工程的停水通知\n\n"
            "据了解,改造工程下周开工。\n")
    assert "notice" not in [kind for kind, _ in outline(segment(text))]


def test_an_enumerated_item_is_never_glued_to_the_clause_announcing_it():
    text = "关于调整公交线路的通告\n\n现将有关事项通告如下:\n\n一、1路公交车调整为环线。\n\n二、2路公交车停运。\n"
    (notice,) = segment(text)
    assert notice.body.split("\n") == ["现将有关事项通告如下:", "一、1路公交车调整为环线。", "二、2路公交车停运。"]


def test_opening_byline_variants():
    text = "国务院常务会议召开\n\n新华社北京12月1日电(记者 张三 李四)国务院总理主持召开国务院常务会议。\n"
    (article,) = segment(text)
    assert article.byline == "新华社北京12月1日电(记者 张三 李四)"
    assert article.body == "国务院总理主持召开国务院常务会议。"


def test_trailing_jump_mark_closes_the_article_and_leaves_the_body():
    text = "全会举行\n\n本报讯 全会审议通过了决议,要求各级(下转第2版)\n\n乙地消息正文。\n"
    first, second = segment(text)
    assert first.body == "全会审议通过了决议,要求各级"
    assert second.title is None


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("2024年春季征兵", True),
        ("只争朝夕 奋发有为", True),
        ("功能齐备: “六大中心”提供 “一站式”服务", True),
        ("市疫情防控办提示 五地返(抵)并人员要主动报备", True),
        ("山西文物数字化探索「走在前」 专家学者认为", True),
        ("三是围绕打造支撑山西中部城市群产业高地,加快", False),  # a comma: a broken sentence
        ("可持续发展。", False),
        ("(2023年11月29日中国共产党太原市第十二届委员会第五次全体会议通过)", False),
        ("一、报名时间", False),  # an enumerated item, not a headline
        ("全会号召,要更加紧密地团结在以习近平同志为核心的党中央周围,在省委的坚强领导下,坚定信心", False),
        ("市", False),
    ],
)
def test_looks_like_headline(line, headline):
    assert looks_like_headline(line) is headline


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("本报讯 11月30日,会议召开。", "opener"),
        ("**本报讯** 12月20日,会议召开。", "opener"),
        ("本报北京12月1日电 (记者 张三)", "opener"),
        ("(上接第1版)", "jump"),
        ("刘堂摄", "credit"),
        ("本报记者 刘堂 摄", "credit"),
        ("禁止拍摄", "headline"),
        ("记者 王勇 通讯员 王琦", "byline"),
        ("(李俊华、李思明)", "byline"),
        ("(张 波)", "byline"),
        ("本报评论员", "byline"),
        ("太报评", "byline"),
        ("记者节", "headline"),
        ("——深入贯彻落实市委十二届五次全会精神(一)", "subtitle"),
        ("政务之要", "section"),
        ("聚焦 安全生产", "section"),
        ("深入学习宣传贯彻党的十九届六中全会精神", "section"),
        ("1950年12月21日", "date"),
        ("2023年12月28号", "date"),
        ("寻亲启事", "notice_title"),
        ("关于调整部分公交线路的通告", "notice_title"),
        # "关于" as traditional-script gateways print it, whole or half converted
        ("關於調整部分公交線路的通告", "notice_title"),
        ("關于恢復青嵐路夜間通行的公告", "notice_title"),
        ("河灣縣交通運輸局關於青嵐路限行的通告", "notice_title"),
        ("關於青嵐路限行的幾點思考", "headline"),
        ("遗失声明", "classified_title"),
        ("特此通知", "headline"),
        ("特此声明", "headline"),
        ("特此公告。", "body"),
        ("## 全市工业高质量发展大会引发热烈反响", "heading"),
        ("**综改区**", "heading"),
        ("2023年12月1日 星期五", "masthead"),
        ("责任编辑 张三", "masthead"),
        ("10个重点项目集中开工", "headline"),
        ("编辑部召开座谈会", "headline"),
    ],
)
def test_line_classification(line, kind):
    (para,) = paragraphs(line)
    assert para.kind == kind


# --- list lines inside an article ------------------------------------------------------------
# Short lines printed as a list ("男兵:2023年12月1日至…", "燃气抢修 66668888", "一、…") are the body
# of the article they sit in: the facts they carry must reach the extractors with that article.

LIST_STORY = "征兵工作启动\n\n本报讯 2024年度征兵工作即将开始。\n\n"
# The same list on a page that closes its articles with bylines and on one that does not.
LIST_PAGES = {
    "bylined": ("甲地新闻\n\n本报讯 甲地消息。(张三)\n\n" + LIST_STORY, "\n\n(王五)\n\n乙地新闻\n\n本报讯 乙地消息。(赵六)\n",
                ["甲地新闻", "征兵工作启动", "乙地新闻"]),
    "plain": (LIST_STORY, "\n\n乙地新闻\n\n本报讯 乙地消息。\n", ["征兵工作启动", "乙地新闻"]),
}


@pytest.mark.parametrize("page", sorted(LIST_PAGES))
@pytest.mark.parametrize(
    ("lines", "paragraphs_"),
    [
        pytest.param(["报名时间:", "男兵:2023年12月1日至2024年2月10日", "女兵:2024年1月1日至2024年2月10日",
                      "报名网站:全国征兵网", "咨询电话:0351-2366977"], None, id="colon-introduces-label-value-lines"),
        pytest.param(["报名时间：", "男兵：2023年12月1日至2024年2月10日", "女兵：2024年1月1日至2024年2月10日"], None,
                     id="full-width-colons"),
        pytest.param(["男兵:具有高中以上文化程度的男性青年", "女兵:普通高校应届毕业生"], None, id="run-of-label-value-lines"),
        pytest.param(["报名网站:全国征兵网"], None, id="one-line-field-label"),
        pytest.param(["男兵:2023年12月1日至2024年2月10日"], None, id="one-line-date-value"),
        pytest.param(["联系人:张先生 电话:0351-2366977"], None, id="one-line-two-fields"),
        pytest.param(["征兵咨询 12345"], None, id="one-line-hotline"),
        pytest.param(["市民可拨打以下电话:", "燃气抢修 66668888", "供水抢修\t66669999", "火警 119"], None,
                     id="hotline-list-introduced"),
        pytest.param(["燃气抢修 66668888", "供水抢修 66669999"], None, id="hotline-run"),
        pytest.param(["一、报名时间", "二、报名条件"], None, id="enumerated-chinese"),
        pytest.param(["1.网上报名", "2.初检初考"], None, id="enumerated-digits"),
        pytest.param(["(一)报名条件"], None, id="enumerated-parenthesised"),
        pytest.param(["①报名时间", "②体检时间"], None, id="enumerated-circled"),
        pytest.param(["报名时间:", "2023年12月1日至2024年2月10日"], None, id="colon-then-bare-value"),
        pytest.param(["报名方式:", "网上报名", "报名时间:", "12月1日起"], None, id="colon-then-short-lines"),
        pytest.param(["男兵:2023年12月1日至", "2024年2月10日", "报名网站:全国征兵网"],
                     ["男兵:2023年12月1日至2024年2月10日", "报名网站:全国征兵网"], id="value-broken-by-the-layout"),
        pytest.param(["报名安排", "报名时间:12月1日至12月10日", "报名地点:各区武装部"], None, id="heading-over-a-list"),
        pytest.param(["一、听证事项", "东湖镇供水价格调整", "二、听证地点", "县政府三楼会议室"], None,
                     id="enumerated-field-heading-over-its-value"),
        pytest.param(["一、聽證事項", "東湖鎮供水價格調整"], None, id="enumerated-field-heading-traditional"),
        pytest.param(["(一)项目名称", "青石路拓宽改造工程"], None, id="parenthesised-field-heading"),
        pytest.param(["1.活动时间", "每周六上午"], None, id="digit-field-heading-over-a-time"),
        pytest.param(["二、听证时间", "2026年3月5日上午9时"], None, id="field-heading-over-a-date-line"),
        pytest.param(["**报名时间:**", "**男兵:2023年12月1日至2024年2月10日**"],
                     ["报名时间:", "男兵:2023年12月1日至2024年2月10日"], id="bold-lines"),
    ],
)
def test_list_lines_stay_in_the_body_of_their_article(page, lines, paragraphs_):
    before, after, titles = LIST_PAGES[page]
    articles = segment(before + "\n\n".join(lines) + after)
    assert [a.title for a in articles] == titles
    (story,) = [a for a in articles if a.title == "征兵工作启动"]
    assert story.body.split("\n") == ["2024年度征兵工作即将开始。", *(paragraphs_ or lines)]


CLOSED = "甲地新闻\n\n本报讯 甲地消息。(张三)\n\n"  # a story closed by its byline
OPEN = "甲地新闻\n\n甲地消息正文。\n\n"  # a story on a page that never closes with bylines


@pytest.mark.parametrize(
    ("text", "title", "subtitle"),
    [
        pytest.param(CLOSED + "聚焦：优化营商环境\n\n我市出台十条措施\n\n本报讯 措施出台。(李四)\n",
                     "我市出台十条措施", "聚焦：优化营商环境", id="kicker-after-a-closed-story"),
        pytest.param(OPEN + "聚焦：优化营商环境\n\n我市出台十条措施\n\n本报讯 措施出台。\n",
                     "我市出台十条措施", "聚焦：优化营商环境", id="kicker-after-an-open-story"),
        pytest.param(CLOSED + "访谈：市人大代表王五\n\n让老城焕发新活力\n\n记者 赵六\n\n老城改造持续推进。\n",
                     "让老城焕发新活力", "访谈：市人大代表王五", id="interview-kicker-over-a-byline"),
        pytest.param(CLOSED + "评论员文章：坚持创新驱动发展\n\n本报评论员\n\n创新是第一动力。\n",
                     "评论员文章：坚持创新驱动发展", None, id="commentary-headline"),
        pytest.param(OPEN + "聚焦：城市更新\n\n我市今年改造老旧小区100个。\n",
                     "聚焦：城市更新", None, id="colon-headline-over-plain-body"),
        pytest.param(CLOSED + "提醒：12月1日起\n\n这些新规开始施行\n\n本报讯 一批新规施行。(李四)\n",
                     "这些新规开始施行", "提醒：12月1日起", id="kicker-with-a-date"),
        pytest.param(CLOSED + "新闻热线：\n\n群众身边事 我们来关注\n\n本报讯 热线开通。(李四)\n",
                     "群众身边事 我们来关注", "新闻热线：", id="kicker-ending-in-a-colon"),
        pytest.param(OPEN + "新闻热线：\n\n群众身边事 我们来关注\n\n本报讯 热线开通。\n",
                     "群众身边事 我们来关注", "新闻热线：", id="kicker-ending-in-a-colon-after-an-open-story"),
        pytest.param(CLOSED + "中国队3:0胜日本队\n\n本报讯 比赛结束。(李四)\n",
                     "中国队3:0胜日本队", None, id="a-score-is-no-label"),
    ],
)
def test_headlines_with_a_colon_still_start_a_new_article(text, title, subtitle):
    first, second = segment(text)
    assert first.title == "甲地新闻"
    assert (second.title, second.subtitle) == (title, subtitle)
    assert "：" not in first.body and ":" not in first.body


@pytest.mark.parametrize(
    ("item", "headline_under"),
    [
        pytest.param("三、加强宣传引导", "春耕生产全面展开\n\n", id="item-naming-no-field"),
        pytest.param("一、听证事项", "春耕生产全面展开\n\n本报讯 ", id="headline-over-a-dateline-opener"),
        pytest.param("二、活动地点", "春耕生产全面展开\n\n记者 王五\n\n", id="headline-over-a-byline"),
    ],
)
def test_a_headline_under_a_list_item_still_starts_an_article(item, headline_under):
    """Only a field heading ("一、听证事项") makes the short line under it a value, and not over "本报讯"."""
    text = OPEN + item + "\n\n" + headline_under + "全市春耕进度过半。\n"
    assert [a.title for a in segment(text)] == ["甲地新闻", "春耕生产全面展开"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # On its own, "label:value" with a prose value is ambiguous; under a colon line it is body.
        ("访谈：市人大代表王五", ["headline"]),
        ("男兵:2023年12月1日至2024年2月10日", ["body"]),  # the value is a bare date range
        ("报名网站:全国征兵网", ["body"]),  # the label names a field
        ("燃气抢修 66668888", ["body"]),
        ("①报名时间", ["body"]),
        ("报名时间:\n男兵:具有高中以上文化程度的男性青年", ["body", "body"]),
        ("男兵:具有高中以上文化程度的男性青年\n女兵:普通高校应届毕业生", ["body", "body"]),
        ("访谈：市人大代表王五\n让老城焕发新活力\n记者 赵六", ["headline", "headline", "byline"]),
        ("**一、坚持党的领导**", ["heading"]),  # a bold enumerated line is the subhead it looks like
        ("## 报名网站:全国征兵网", ["heading"]),  # markdown headings are what the page says they are
    ],
)
def test_list_lines_are_told_from_headlines_by_shape_and_neighbours(text, kinds):
    assert [p.kind for p in paragraphs(text)] == kinds


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("①报名时间", False),
        ("1.网上报名", False),
        ("1.2亿元民生资金拨付到位", True),  # a decimal number, not an item number
    ],
)
def test_enumerated_lines_are_no_headlines(line, headline):
    assert looks_like_headline(line) is headline
