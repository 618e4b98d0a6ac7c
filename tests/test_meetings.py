"""Meetings: convening clauses from the samples and from other papers' wording, negatives beside them.

Each case is a piece of a page (as the segmenter sees it) and the rows expected from it; a row is
compared on the fields the case names. ``N`` marks a field the text does not state.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from extractors import meetings as meetings_module
from extractors.lang import zh_meetings as lang
from extractors.meetings import extract, meeting_key
from extractors.records import Issue, IssueContext
from extractors.segment import segment
from tests.conftest import GOLD, sample_text
from warehouse.evaluate import names_overlap

N = None


def meetings_of(text: str, issue_date: str, paper: str | None = "太原日报"):
    ctx = IssueContext(issue_id="iss_test", issue_date=date.fromisoformat(issue_date), paper=paper)
    found = extract(Issue(ctx=ctx, text=text, articles=segment(text)))
    for meeting in found:
        assert text[meeting.char_start : meeting.char_end] == meeting.evidence
    return found


def row(meeting, names) -> dict:
    return {name: getattr(meeting, name) for name in names}


def d(text: str) -> date:
    return date.fromisoformat(text)


CASES = [
    # --- the samples -------------------------------------------------------------------------
    pytest.param(
        "“锦绣太原城·晋阳文化旅游协商平台”召开第七次协商会议\n\n操学诚讲话\n\n本报讯 11月30日,“锦绣太原城·晋阳文化"
        "旅游协商平台”召开第七次协商会议。市政协主席操学诚出席会议并讲话,市政协副主席陈晓红主持会议。\n\n会上,晋源区"
        "文旅局负责人汇报晋源全域旅游建设工作情况。(阎铁洁)\n",
        "2023-12-01", N,
        [dict(date=d("2023-11-30"), name="“锦绣太原城·晋阳文化旅游协商平台”第七次协商会议",
              organizer="“锦绣太原城·晋阳文化旅游协商平台”", chairs=("陈晓红",), speakers=("操学诚",), location=N)],
        id="sample-000-协商会议-chair-and-speaker",
    ),
    pytest.param(
        "只争朝夕 奋发有为\n\n——与会人员谈贯彻落实市委十二届五次全会精神\n\n11月29日,市委十二届五次全会召开。全会审议"
        "通过了《行动方案》。与会党员干部表示,要把思想和行动统一到市委十二届五次全会部署要求上来。\n",
        "2023-12-01", N,
        [dict(date=d("2023-11-29"), name="市委十二届五次全会", organizer="中共太原市委", chairs=(), speakers=())],
        id="sample-000-市委全会-organizer-is-the-party-committee",
    ),
    pytest.param(
        "中共太原市委十二届五次全体会议举行\n\n市委常委会主持会议 韦韬讲话\n\n本报讯 中国共产党太原市第十二届委员会第五次"
        "全体会议于2023年11月29日举行。\n\n全会由市委常委会主持。省委常委、市委书记韦韬就《行动方案(讨论稿)》向全会作了"
        "说明。\n",
        "2023-11-30", N,
        [dict(date=d("2023-11-29"), organizer="中共太原市委", chairs=("市委常委会",), speakers=("韦韬",))],
        id="sample-004-plenary-chaired-by-a-body",
    ),
    pytest.param(
        "全力推进“一老一小”疫苗接种\n\n**本报讯** 12月20日,我市召开全市疫苗接种工作推进会。副市长陈博出席并讲话。\n\n"
        "会议强调,目前疫情防控形势依然严峻复杂。(魏 薇)\n",
        "2021-12-21", N,
        [dict(date=d("2021-12-20"), name="全市疫苗接种工作推进会", organizer="太原市", speakers=("陈博",), chairs=())],
        id="sample-002-我市-is-the-home-city",
    ),
    pytest.param(
        "**市委工信工委**\n\n**本报讯** 12月20日,学习贯彻党的十九届六中全会精神市委宣讲团报告会在市委工信工委举行。"
        "市委宣讲团成员、市委工信工委书记王国栋作宣讲报告。\n\n王国栋从深刻认识党的百年奋斗重大成就等方面作了宣讲。"
        "(何宝国)\n",
        "2021-12-21", N,
        [dict(date=d("2021-12-20"), name="学习贯彻党的十九届六中全会精神市委宣讲团报告会", organizer="市委宣讲团",
              speakers=("王国栋",), location="市委工信工委")],
        id="sample-002-宣讲团报告会-venue-and-speaker",
    ),
    pytest.param(
        "**本报讯** 12月20日,学习贯彻党的十九届六中全会精神市委宣讲团报告会在山西转型综改示范区举行。市委宣讲团成员、"
        "市委党校主持日常工作的副校长孙劲松作宣讲报告。\n",
        "2021-12-21", N,
        [dict(location="山西转型综改示范区", speakers=("孙劲松",), chairs=())],
        id="sample-002-主持日常工作-is-no-chair",
    ),
    pytest.param(
        "# 市政协党组召开扩大会议暨理论学习中心组学习会\n\n本报讯 7月27日,市政协党组召开扩大会议暨理论学习中心组"
        "学习会,学习《习近平谈治国理政》第四卷。传达十二届市委第32次常委会扩大会议和全市工业高质量发展大会精神。"
        "市政协党组书记、主席操学诚主持会议并讲话,市政协党组成员出席。(张波)\n",
        "2022-07-29", N,
        [dict(date=d("2022-07-27"), name="市政协党组扩大会议暨理论学习中心组学习会", organizer="市政协党组",
              chairs=("操学诚",), speakers=("操学诚",))],
        id="sample-003-generic-name-takes-its-convener",
    ),
    pytest.param(
        "## 全市工业高质量发展大会引发热烈反响\n\n把基础优势打造成领跑优势。7月26日,全市工业高质量发展大会召开,"
        "省委书记韦韬在会议上的讲话,为全市工业高质量发展指明了方向。\n\n“此次大会为我们开展工作指明了方向。”尖草坪区"
        "工信局的秦雅琪说。\n",
        "2022-07-29", N,
        [dict(date=d("2022-07-26"), name="全市工业高质量发展大会", organizer=N, speakers=("韦韬",))],
        id="sample-003-全市-names-no-convener",
    ),
    pytest.param(
        "## 山西文物数字化探索「走在前」 专家学者认为\n\n本报讯 “山西文物数字化走在国内前沿。”7月28日,在“黄河文化"
        "石窟寺联盟”学术研讨会现场,浙江大学文化遗产研究院副院长李志荣的一席话,让山西文物工作者引以为傲。\n\n"
        "“黄河文化石窟寺联盟”学术研讨会的举行,是市文物局深化“省校合作”的具体行动。\n\n研讨会上,上海大学文化遗产"
        "保护基础科学研究院院长黄继忠,复旦大学文物与博物馆学系教授王金华、浙江大学文化遗产研究院副院长李志荣等专家"
        "学者分别发言。(弓凤飞)\n",
        "2022-07-29", N,
        [dict(date=d("2022-07-28"), name="“黄河文化石窟寺联盟”学术研讨会", organizer="市文物局",
              speakers=("黄继忠", "王金华", "李志荣"))],
        id="sample-003-set-at-a-研讨会-speakers-listed",
    ),
    # --- other wording -----------------------------------------------------------------------
    pytest.param(
        "本报讯 太原市第十六届人民代表大会第三次会议将于2024年1月5日在太原市人民会堂开幕,1月8日闭幕。\n",
        "2023-12-28", N,
        [dict(date=d("2024-01-05"), end_date=d("2024-01-08"), name="太原市第十六届人民代表大会第三次会议",
              location="太原市人民会堂", status="announced")],
        id="人代会-announced-opening-and-closing",
    ),
    pytest.param(
        "本报讯 市十六届人大三次会议将于3月5日开幕,3月11日闭幕,会期7天。\n",
        "2024-02-20", N,
        [dict(date=d("2024-03-05"), end_date=d("2024-03-11"), name="市十六届人大三次会议", organizer=N,
              status="announced")],
        id="人代会-将于-resolves-forward-a-congress-session-names-no-convener",
    ),
    pytest.param(
        "本报讯 1月4日上午,政协第十四届太原市委员会第三次会议举行第二次全体会议。市政协主席操学诚主持会议。\n",
        "2024-01-05", N,
        [dict(date=d("2024-01-04"), name="政协第十四届太原市委员会第三次会议第二次全体会议", organizer="市政协",
              chairs=("操学诚",), status="reported")],
        id="政协-session-holds-a-全体会议",
    ),
    pytest.param(
        "本报讯 1月3日,市政协十四届三次会议在太原市人民会堂隆重开幕。\n",
        "2024-01-04", N,
        [dict(date=d("2024-01-03"), name="市政协十四届三次会议", organizer="市政协", location="太原市人民会堂")],
        id="政协-session-opens-at-a-venue",
    ),
    pytest.param(
        "本报讯 6月28日,市十六届人大常委会召开第十五次会议。市人大常委会主任张三主持会议。\n",
        "2023-06-29", N,
        [dict(date=d("2023-06-28"), name="市十六届人大常委会第十五次会议", organizer="市人大常委会",
              chairs=("张三",))],
        id="常委会-第X次会议-organizer-without-the-term",
    ),
    pytest.param(
        "本报讯 3月2日,市委召开民营企业家座谈会。市委书记韦韬主持会议并讲话,市长张吉福出席。\n",
        "2023-03-03", N,
        [dict(date=d("2023-03-02"), name="民营企业家座谈会", organizer="中共太原市委", chairs=("韦韬",),
              speakers=("韦韬",))],
        id="座谈会-主持-and-讲话-出席-is-neither",
    ),
    pytest.param(
        "本报讯 5月10日,哈尔滨市委召开常委会会议,传达学习省委全会精神。市委书记张安顺主持会议并讲话。\n",
        "2023-05-11", "哈尔滨日报",
        [dict(date=d("2023-05-10"), name="哈尔滨市委常委会会议", organizer="哈尔滨市委", chairs=("张安顺",))],
        id="another-city-哈尔滨市委",
    ),
    pytest.param(
        "本报讯 12月28日,中共哈尔滨市委十五届六次全体会议召开。\n",
        "2023-12-29", "哈尔滨日报",
        [dict(date=d("2023-12-28"), name="中共哈尔滨市委十五届六次全体会议", organizer="中共哈尔滨市委")],
        id="another-city-plenary",
    ),
    pytest.param(
        "本报讯 12月28日,市委十五届六次全会召开。\n",
        "2023-12-29", "哈尔滨日报",
        [dict(organizer="中共哈尔滨市委")],
        id="another-city-市委-is-the-papers-city",
    ),
    pytest.param(
        "本报讯 10月12日,由市社科联主办的“晋商文化与城市发展”学术研讨会在山西大学举行。山西大学教授李明作主旨报告。\n",
        "2023-10-13", N,
        [dict(date=d("2023-10-12"), name="“晋商文化与城市发展”学术研讨会", organizer="市社科联",
              location="山西大学", speakers=("李明",))],
        id="研讨会-由X主办的",
    ),
    pytest.param(
        "本报讯 9月5日,全市优化营商环境工作推进会召开。副市长李四出席并讲话。\n",
        "2023-09-06", N,
        [dict(date=d("2023-09-05"), name="全市优化营商环境工作推进会", organizer=N, speakers=("李四",))],
        id="推进会-召开-no-subject",
    ),
    pytest.param(
        "本报讯 4月3日,市委书记韦韬主持召开市委常委会会议,传达学习全国两会精神。\n",
        "2023-04-04", N,
        [dict(date=d("2023-04-03"), name="市委常委会会议", chairs=("韦韬",), organizer="中共太原市委")],
        id="主持召开-person-chairs-name-names-the-body",
    ),
    pytest.param(
        "本报讯 市政府拟于12月10日召开全市安全生产工作会议,部署冬季安全生产工作。\n",
        "2023-12-01", N,
        [dict(date=d("2023-12-10"), name="全市安全生产工作会议", organizer="市政府", status="announced")],
        id="拟于-announced",
    ),
    pytest.param(
        "本报讯 昨天上午,市政府召开第12次常务会议。市长张吉福主持会议。\n",
        "2023-05-10", N,
        [dict(date=d("2023-05-09"), name="市政府第12次常务会议", organizer="市政府", chairs=("张吉福",))],
        id="昨天-常务会议",
    ),
    pytest.param(
        "本报讯 市政府1月5日上午在市政府会议中心召开全市经济工作会议。\n",
        "2023-01-06", N,
        [dict(date=d("2023-01-05"), name="全市经济工作会议", organizer="市政府", location="市政府会议中心")],
        id="date-and-venue-inside-the-subject",
    ),
    pytest.param(
        "本报讯 近日,市商务局召开全市商贸流通企业安全生产座谈会。\n",
        "2023-01-06", N,
        [dict(date=N, name="全市商贸流通企业安全生产座谈会", organizer="市商务局")],
        id="近日-date-not-stated",
    ),
    pytest.param(
        "本报讯 11月15日,2023太原能源低碳发展论坛在太原国际会展中心开幕。\n",
        "2023-11-16", N,
        [dict(date=d("2023-11-15"), name="2023太原能源低碳发展论坛", location="太原国际会展中心")],
        id="论坛-opens-at-会展中心",
    ),
    pytest.param(
        "本报讯 12月20日,学习贯彻党的十九届六中全会精神市委宣讲团报告会在A区举行。宣讲团成员、教授张一作宣讲报告。\n\n"
        "本报讯 12月20日,学习贯彻党的十九届六中全会精神市委宣讲团报告会在B局举行。宣讲团成员、教授王二作宣讲报告。\n",
        "2021-12-21", N,
        [dict(location="A区", speakers=("张一",)), dict(location="B局", speakers=("王二",))],
        id="same-报告会-two-venues-two-rows",
    ),
    pytest.param(
        "本报讯(记者 张三)12月5日上午,市委常委会召开会议,传达学习中央经济工作会议精神。市委书记韦韬主持会议并讲话。\n",
        "2023-12-06", N,
        [dict(date=d("2023-12-05"), name="市委常委会会议", organizer="中共太原市委", chairs=("韦韬",), speakers=("韦韬",))],
        id="常委会召开会议-generic-name",
    ),
    pytest.param(
        "本报讯 12月5日,市长张吉福主持召开市政府第25次常务会议,研究部署近期重点工作。\n",
        "2023-12-06", N,
        [dict(name="市政府第25次常务会议", organizer="市政府", chairs=("张吉福",))],
        id="常务会议-convener-inside-the-name",
    ),
    pytest.param(
        "本报讯 中共中央政治局12月8日召开会议,分析研究2024年经济工作。\n",
        "2023-12-09", N,
        [dict(date=d("2023-12-08"), name="中共中央政治局会议", organizer="中共中央政治局")],
        id="date-between-subject-and-verb",
    ),
    pytest.param(
        "本报讯 12月8日至9日,中央经济工作会议在北京举行。\n",
        "2023-12-10", N,
        [dict(date=d("2023-12-08"), end_date=d("2023-12-09"), name="中央经济工作会议", location="北京")],
        id="multi-day-range",
    ),
    pytest.param(
        "本报讯 7月15日至18日,党的二十届三中全会在北京举行。\n",
        "2024-07-19", N,
        [dict(date=d("2024-07-15"), end_date=d("2024-07-18"), organizer="中共中央")],
        id="central-plenary",
    ),
    pytest.param(
        "本报讯 12月5日,省委书记林武到太原调研并主持召开座谈会。\n",
        "2023-12-06", N,
        [dict(name="座谈会", chairs=("林武",))],
        id="主持召开-a-bare-座谈会",
    ),
    pytest.param(
        "本报讯 在12月5日召开的市委常委会会议上,韦韬强调,要抓好冬季安全生产。\n",
        "2023-12-06", N,
        [dict(date=d("2023-12-05"), name="市委常委会会议", organizer="中共太原市委")],
        id="lede-opens-on-召开的-meeting",
    ),
    pytest.param(
        "本报讯 会议决定,市十六届人大三次会议于1月5日召开。\n",
        "2023-12-20", N,
        [dict(date=d("2024-01-05"), status="announced")],
        id="会议决定-announces-forward",
    ),
    pytest.param(
        "本报讯 12月5日,全市三级干部大会召开。市委副书记、市长张吉福作工作报告,市委书记韦韬发表讲话。\n",
        "2023-12-06", N,
        [dict(organizer=N, speakers=("张吉福", "韦韬"))],
        id="作工作报告-and-发表讲话-干部-is-no-body",
    ),
    pytest.param(
        "本报讯 12月5日,2023中国(太原)煤炭交易博览会新闻发布会举行。\n",
        "2023-12-06", N,
        [dict(name="2023中国(太原)煤炭交易博览会新闻发布会")],
        id="发布会-about-an-expo-is-a-meeting",
    ),
    pytest.param(
        "本报讯 9月5日至7日,2024太原能源低碳发展论坛在潇河国际会展中心举行,论坛由省政府主办。\n",
        "2024-09-08", N,
        [dict(organizer="省政府", location="潇河国际会展中心", end_date=d("2024-09-07"))],
        id="论坛由X主办",
    ),
    pytest.param(
        "本报讯 12月5日,小店区召开全区冬季安全生产工作会议。区长王五主持会议,区委书记赵六出席并讲话。\n",
        "2023-12-06", N,
        [dict(organizer="小店区", chairs=("王五",), speakers=("赵六",))],
        id="district-convenes",
    ),
    pytest.param(
        "本报讯 12月5日,“凝心聚力,共创未来”主题研讨会在山西大学举行。\n",
        "2023-12-06", N,
        [dict(name="“凝心聚力,共创未来”主题研讨会", location="山西大学")],
        id="comma-inside-a-quoted-name",
    ),
    pytest.param(
        "本报讯 12月5日,市委组织部、市人社局联合召开全市人才工作座谈会。\n",
        "2023-12-06", N,
        [dict(name="全市人才工作座谈会", organizer="市委组织部、市人社局")],
        id="two-conveners-联合召开",
    ),
    pytest.param(
        "本报讯 12月5日,市交通局召开专题会议,研究部署冬季道路保畅工作。局长李大伟主持会议。\n",
        "2023-12-06", N,
        [dict(name="市交通局专题会议", organizer="市交通局", chairs=("李大伟",))],
        id="专题会议-with-its-convener",
    ),
    pytest.param(
        "本报讯 12月5日,记者从市委宣传部获悉,市委将于12月10日召开全市宣传思想文化工作会议。\n",
        "2023-12-06", N,
        [dict(date=d("2023-12-10"), organizer="中共太原市委", status="announced")],
        id="the-nearest-date-before-the-verb-is-the-meetings",
    ),
    pytest.param(
        "本报讯 3月6日,区政协召开主席会议。区政协主席黄永和主持会议并讲话。\n",
        "2024-03-07", N,
        [dict(chairs=("黄永和",), speakers=("黄永和",))],
        id="a-name-ending-in-和-before-主持",
    ),
    pytest.param(
        "本报讯 3月6日,市政府召开全市春耕生产工作会议。副市长王强和李明出席并讲话。\n",
        "2024-03-07", N,
        [dict(speakers=("王强", "李明"))],
        id="和-between-two-names-is-a-conjunction",
    ),
    pytest.param(
        "本报讯 5月8日,市政协召开专题协商会。12位市政协委员和专家学者围绕湿地保护作了发言,市政协副主席周敏讲话。\n",
        "2024-05-09", N,
        [dict(organizer="市政协", speakers=("周敏",))],
        id="委员和专家-are-no-speakers",
    ),
    pytest.param(
        "本报讯 1月20日,政协成都市第十四届委员会第二次会议在成都开幕。\n",
        "2024-01-21", "成都日报",
        [dict(date=d("2024-01-20"), name="政协成都市第十四届委员会第二次会议", organizer="市政协", location="成都")],
        id="政协-place-first-session-home-city-is-市政协",
    ),
    pytest.param(
        "本报讯 2月26日,政协兰州市第十四届委员会常务委员会第九次会议召开。\n",
        "2024-02-27", "兰州日报",
        [dict(date=d("2024-02-26"), organizer="市政协")],
        id="政协-standing-committee-meeting-is-the-committees",
    ),
    pytest.param(
        "本报讯 1月12日,政协西安市第十五届委员会第三次会议开幕。\n",
        "2024-01-13", N,
        [dict(organizer="西安市政协")],
        id="政协-of-another-city-keeps-its-place",
    ),
    pytest.param(
        "本报讯 4月2日,区十七届人大常委会召开第九次会议。区人大常委会主任刘刚主持会议。\n",
        "2024-04-03", N,
        [dict(name="区十七届人大常委会第九次会议", organizer="区人大常委会", chairs=("刘刚",))],
        id="term-dropped-from-a-convening-subject",
    ),
    pytest.param(
        "本报讯 8月30日,县第十九届人大常委会第二十次会议召开。\n",
        "2024-08-31", N,
        [dict(name="县第十九届人大常委会第二十次会议", organizer="县人大常委会")],
        id="term-dropped-from-an-organizer-inside-the-name",
    ),
    pytest.param(
        "本报讯 郑州市第十六届人民代表大会第二次会议于1月10日在郑州开幕。\n",
        "2024-01-11", "郑州日报",
        [dict(date=d("2024-01-10"), organizer=N, location="郑州")],
        id="人代会-session-prints-no-convener",
    ),
    pytest.param(
        "本报讯 6月3日,区委理论学习中心组召开专题学习会。\n",
        "2024-06-04", N,
        [dict(name="区委理论学习中心组专题学习会", organizer="区委理论学习中心组")],
        id="中心组-is-a-body",
    ),
    pytest.param(
        "本报讯 政协成都市第十四届委员会第二次会议于2024年1月20日在成都开幕,会期两天。\n",
        "2024-01-21", "成都日报",
        [dict(date=d("2024-01-20"), end_date=d("2024-01-21"))],
        id="会期两天-gives-the-last-day",
    ),
    pytest.param(
        "本报讯 市十六届人大三次会议将于3月5日开幕。会期共５天。\n",
        "2024-02-20", N,
        [dict(date=d("2024-03-05"), end_date=d("2024-03-09"), status="announced")],
        id="会期-in-the-next-sentence-full-width-digit",
    ),
    # negative: a length given in a later sentence announcing another opening is that session's
    pytest.param(
        "本报讯 2月20日上午,市政协十届三次会议举行新闻发布会。记者在发布会上了解到,本次会议将于2月24日开幕、"
        "27日闭幕,会期4天。\n",
        "2024-02-21", N,
        [dict(date=d("2024-02-20"), end_date=None)],
        id="会期-of-the-session-a-press-conference-announces",
    ),
    # national sessions: the CPPCC's committee convenes its session; a congress sitting has no organizer,
    # and its short and formal names are one session
    pytest.param(
        "本报讯 全国政协十四届二次会议3月4日下午在北京开幕。\n",
        "2024-03-05", N,
        [dict(date=d("2024-03-04"), name="全国政协十四届二次会议", organizer="全国政协")],
        id="national-cppcc-session-convened-by-its-committee",
    ),
    pytest.param(
        "十四届全国人大二次会议开幕\n\n本报讯 第十四届全国人民代表大会第二次会议3月5日上午在北京开幕。\n",
        "2024-03-06", N,
        [dict(date=d("2024-03-05"), name="第十四届全国人民代表大会第二次会议", organizer=None)],
        id="national-congress-short-and-formal-names-one-row",
    ),
    # a bare noun restating the named meeting of its article, the same day: one row, its chair kept
    pytest.param(
        "本报讯 3月2日,市政府召开《城市更新条例(草案)》征求意见座谈会。副市长柯望川主持召开座谈会,听取意见建议。\n",
        "2024-03-03", N,
        [dict(date=d("2024-03-02"), name="《城市更新条例(草案)》征求意见座谈会", organizer="市政府", chairs=("柯望川",))],
        id="bare-noun-restates-the-named-meeting",
    ),
    # negative: a bare noun on another day is another meeting
    pytest.param(
        "本报讯 3月2日,市政府召开《城市更新条例(草案)》征求意见座谈会。3月1日,副市长柯望川主持召开座谈会,听取意见建议。\n",
        "2024-03-03", N,
        [dict(date=d("2024-03-02"), chairs=()), dict(date=d("2024-03-01"), name="座谈会", chairs=("柯望川",))],
        id="bare-noun-on-another-day-stays-apart",
    ),
    pytest.param(
        "本报讯 5月8日,为期3天的2024长江经济带发展论坛在武汉开幕。\n",
        "2024-05-09", N,
        [dict(date=d("2024-05-08"), end_date=d("2024-05-10"), name="2024长江经济带发展论坛", location="武汉")],
        id="为期3天的-before-the-name",
    ),
    pytest.param(
        "本报讯 5月8日,全市安全生产工作会议召开。会议要求,全员培训为期5天。\n",
        "2024-05-09", N,
        [dict(date=d("2024-05-08"), end_date=N)],
        id="为期-of-something-else-is-no-length",
    ),
    pytest.param(
        "本报讯 6月1日,市政府召开第8次常务会议。会期一天。\n",
        "2024-06-02", N,
        [dict(date=d("2024-06-01"), end_date=N)],
        id="会期一天-has-no-end-date",
    ),
    pytest.param(
        "本报讯 6月1日,黄河流域生态保护研讨会在郑州举行。研讨会由郑州大学水利学院和市水利局共同主办,50余位专家参加。\n",
        "2024-06-02", N,
        [dict(name="黄河流域生态保护研讨会", organizer="郑州大学水利学院、市水利局", location="郑州")],
        id="研讨会由A和B共同主办",
    ),
    pytest.param(
        "本报讯 9月3日,由省社科院与市委宣传部共同主办的“运河文化”学术论坛在扬州举行。\n",
        "2024-09-04", N,
        [dict(name="“运河文化”学术论坛", organizer="省社科院、市委宣传部", location="扬州")],
        id="由A与B共同主办的-论坛",
    ),
    pytest.param(
        "本报讯 9月3日,数字经济峰会在杭州举行。峰会由市经信局主办、市投资促进中心承办。\n",
        "2024-09-04", N,
        [dict(organizer="市经信局")],
        id="主办-before-承办-is-the-organizer",
    ),
    pytest.param(
        "本报讯 9月3日,市住房和城乡建设局召开全市物业管理工作会议。\n",
        "2024-09-04", N,
        [dict(organizer="市住房和城乡建设局")],
        id="和-inside-one-bodys-name-is-no-list",
    ),
    pytest.param(
        "本报讯 4月12日,城市更新论坛在广州举行。论坛上,清华大学建筑学院教授孙立平作题为《城市更新中的历史街区保护》的"
        "主旨报告。\n",
        "2024-04-13", N,
        [dict(name="城市更新论坛", speakers=("孙立平",))],
        id="作题为《…》的主旨报告",
    ),
    pytest.param(
        "本报讯 4月12日,市委宣传部召开理论学习报告会。省委党校教授郭红作了题为《新质生产力的理论逻辑与实践路径》的专题讲座。\n",
        "2024-04-13", N,
        [dict(speakers=("郭红",))],
        id="作了题为《…》的专题讲座",
    ),
    pytest.param(
        "本报讯 4月12日,市社科联召开学术年会。南开大学教授林洁以《数字治理》为题作报告。\n",
        "2024-04-13", N,
        [dict(speakers=("林洁",))],
        id="以《…》为题作报告",
    ),
    pytest.param(
        "本报讯 4月12日,市委召开常委会会议,学习《关于加强基层治理的意见》。市委书记王刚主持会议。\n",
        "2024-04-13", N,
        [dict(chairs=("王刚",), speakers=())],
        id="a-document-studied-is-no-report",
    ),
    # --- negatives ---------------------------------------------------------------------------
    pytest.param(
        "深入学习贯彻市委十二届五次全会精神\n\n本报讯 全市上下认真学习贯彻全会精神,与会人员表示,要把全会精神落到实处。\n",
        "2023-12-01", N, [], id="neg-全会精神-only",
    ),
    pytest.param(
        "学习贯彻市委经济工作会议精神\n\n本报讯 1月4日,市人社局党组书记、局长胡建林表示,要把力量凝聚到市委经济工作会议"
        "确定的各项任务上来。\n",
        "2023-01-05", N, [], id="neg-会议精神-headline-no-convening",
    ),
    pytest.param(
        "本报讯 “咱们下午开会再说。”他笑着说,会议室里一片笑声。\n", "2023-12-01", N, [], id="neg-开会-in-a-quote",
    ),
    pytest.param(
        "本报讯 11月30日,全市中学生运动会在市体育中心开幕,来自全市的2000余名运动员参加比赛。\n",
        "2023-12-01", N, [], id="neg-sports-meeting",
    ),
    pytest.param(
        "本报讯 12月3日,太原马拉松比赛在市区举行,3万名选手参赛。\n", "2023-12-04", N, [], id="neg-sports-match",
    ),
    pytest.param(
        "本报讯 12月1日,2023太原国际车展在太原煤炭交易中心会展中心开幕。\n", "2023-12-01", N, [], id="neg-会展中心",
    ),
    pytest.param(
        "本报讯 12月1日,颁奖典礼在人民大会堂举行。\n", "2023-12-01", N, [], id="neg-大会堂-as-a-place",
    ),
    pytest.param(
        "本报讯 各级各部门要以优异成绩迎接党的二十大胜利召开。\n", "2022-07-29", N, [], id="neg-迎接-胜利召开",
    ),
    pytest.param(
        "本报讯 操学诚指出,刚刚召开的市委十二届五次全会,通过了行动方案。\n", "2023-12-01", N, [],
        id="neg-召开的-cited-in-passing",
    ),
    pytest.param(
        "本报讯 全市工业高质量发展大会召开以来,各县区迅速行动。\n", "2022-07-29", N, [], id="neg-召开以来",
    ),
    pytest.param(
        "本报讯 11月30日,市人大常委会组织出席全市人大代表联络站工作推进会的全体代表开展观摩活动。\n",
        "2023-12-01", N, [], id="neg-推进会-attended-not-convened",
    ),
    pytest.param(
        "本报讯 11月30日,“学习的力量”颁奖仪式举行。省委宣传部副部长杨建军出席并为获奖者颁奖。\n",
        "2023-12-01", N, [], id="neg-award-ceremony-is-no-meeting",
    ),
    pytest.param(
        "本报讯 各县区要在12月10日前召开动员大会。\n", "2023-12-02", N, [], id="neg-deadline-to-convene",
    ),
    pytest.param(
        "本报讯 12月1日,第三届中国(太原)国际能源产业博览会开幕。\n", "2023-12-02", N, [], id="neg-expo-opens",
    ),
    pytest.param(
        "本报讯 12月1日,各县(市、区)分别召开会议,传达学习全会精神。\n", "2023-12-02", N, [],
        id="neg-unnamed-会议-without-a-convener",
    ),
    pytest.param(
        "本报讯 11月30日,在上月召开的全市大会上提出的任务已全部完成。\n", "2023-12-02", N, [],
        id="neg-set-at-a-cited-meeting",
    ),
    pytest.param(
        "本报讯 全市工业高质量发展大会召开后,各县区迅速行动。\n", "2022-07-29", N, [], id="neg-召开后",
    ),
    pytest.param(
        "本报讯 12月5日,我市启动冬季百日攻坚大会战。\n", "2023-12-06", N, [], id="neg-大会战-is-a-campaign",
    ),
    pytest.param(
        "本报讯 12月5日,全市教育系统先进集体和先进个人表彰大会召开。\n", "2023-12-06", N, [],
        id="neg-award-大会-is-optional-never-guessed",
    ),
    pytest.param(
        "本报讯 市委经济工作会议指出,要在基础设施互联互通上下功夫。会议要求,各级各部门要狠抓落实。\n",
        "2023-01-05", N, [], id="neg-undated-meeting-as-subject-of-指出",
    ),
]

# --- families seen in other papers (realdev, published pages); sentences our own --------------
CASES += [
    pytest.param(
        "中国共产党澄溪市东坪区第五届委员会第六次全体会议,于2023年6月18日召开。\n",
        "2023-06-20", "澄溪日报",
        [dict(date=d("2023-06-18"), name="中国共产党澄溪市东坪区第五届委员会第六次全体会议",
              organizer="中共澄溪市东坪区委")],
        id="name-then-comma-于DATE召开-district-plenary",
    ),
    pytest.param(
        "中国人民政治协商会议第九届澄溪市委员会第三次会议,于2024年1月8日至11日在澄溪隆重举行。\n",
        "2024-01-20", "澄溪日报",
        [dict(date=d("2024-01-08"), end_date=d("2024-01-11"), organizer="市政协", location="澄溪")],
        id="formal-CPPCC-name-is-the-short-市政协",
    ),
    pytest.param(
        "本报讯(记者 方远)2月3日上午,省十四届人大二次会议圆满完成各项议程,在省人民会堂胜利闭幕。\n",
        "2024-02-04", N,
        [dict(date=d("2024-02-03"), name="省十四届人大二次会议", organizer=N, location="省人民会堂")],
        id="a-session-closing-reported-alone-is-dated-its-closing-day",
    ),
    pytest.param(
        "本报讯 1月8日,澄溪市第九届人民代表大会第三次会议在市会议中心开幕。\n\n"
        "第九届人大三次会议闭幕\n\n本报讯 1月11日,澄溪市第九届人民代表大会第三次会议在市会议中心闭幕。\n",
        "2024-01-12", "澄溪日报",
        [dict(date=d("2024-01-08"), end_date=d("2024-01-11"), name="澄溪市第九届人民代表大会第三次会议")],
        id="a-session-closing-after-its-opening-gives-its-end",
    ),
    pytest.param(
        "12月30日,澄溪市委九届八次全体扩大会议审议通过了《关于加快发展的实施意见》。\n",
        "2024-01-05", "澄溪日报",
        [dict(date=d("2023-12-30"), name="澄溪市委九届八次全体扩大会议", organizer="澄溪市委")],
        id="a-numbered-session-acting-on-the-lede-date",
    ),
    pytest.param(
        "5日上午,市九届人大常委会第十四次会议表决通过了关于召开市九届人大四次会议的决定。\n",
        "2024-01-08", "澄溪日报",
        [dict(date=d("2024-01-05"), name="市九届人大常委会第十四次会议", organizer="市人大常委会")],
        id="standing-committee-session-acts-关于召开-is-a-document",
    ),
    pytest.param(
        "3月2日 市长韩松到开发区调研;主持召开项目推进座谈会。\n同日 市政协召开主席会议,研究近期重点工作。\n",
        "2023-04-01", "澄溪日报",
        [dict(date=d("2023-03-02"), name="项目推进座谈会"),
         dict(date=d("2023-03-02"), name="市政协主席会议", organizer="市政协")],
        id="chronicle-同日-and-a-paragraphs-opening-day",
    ),
    pytest.param(
        "3月5日,省城。8时许,代表们乘车前往会场,出席省十四届人大二次会议开幕会。省长林川作政府工作报告。\n",
        "2024-03-07", N,
        [dict(date=d("2024-03-05"), name="省十四届人大二次会议", speakers=("林川",))],
        id="attending-a-sessions-opening-ceremony-dates-the-session",
    ),
    pytest.param(
        "市九届人大四次会议1月20日至23日召开 市政协九届四次会议1月19日至22日召开\n",
        "2024-01-10", "澄溪日报",
        [dict(date=d("2024-01-20"), end_date=d("2024-01-23"), name="市九届人大四次会议", organizer=N),
         dict(date=d("2024-01-19"), end_date=d("2024-01-22"), name="市政协九届四次会议", organizer="市政协")],
        id="headline-clauses-parted-by-a-space-nearest-year",
    ),
    pytest.param(
        "本报讯 昨日,国务院、中央军委召开全国征兵工作电视电话会议。\n",
        "2024-02-02", N,
        [dict(date=d("2024-02-01"), organizer="国务院、中央军委")],
        id="central-bodies-convene-a-电视电话会议",
    ),
    pytest.param(
        "本报1月10日讯 在市两会即将召开之际,今天下午,中共澄溪市委召开党外人士座谈会。\n",
        "2024-01-12", "澄溪日报",
        [dict(date=d("2024-01-10"), organizer="中共澄溪市委", status="reported")],
        id="即将-in-another-clause-announces-nothing-here",
    ),
    pytest.param(
        "本报讯 市九届人大四次会议将于1月20日召开,会期两天半。\n",
        "2024-01-10", "澄溪日报",
        [dict(date=d("2024-01-20"), end_date=d("2024-01-22"), status="announced")],
        id="会期两天半-runs-into-a-third-day",
    ),
    # chairs and speakers across the article
    pytest.param(
        "本报讯 今天上午,我市召开防汛工作电视电话会议。市委常委、警备区司令员马骏,副市长罗青出席会议并讲话。\n",
        "2023-05-20", "澄溪日报",
        [dict(speakers=("马骏", "罗青"), chairs=())],
        id="titled-people-parted-by-a-comma-出席会议并讲话",
    ),
    pytest.param(
        "本报讯 9日,市政协十届二次会议开幕。市政协主席严正、副主席孔林出席。大会由孔林主持。\n",
        "2024-01-10", "澄溪日报",
        [dict(chairs=("孔林",))],
        id="由某某主持-names-the-chair",
    ),
    pytest.param(
        "本报讯 昨日上午,市九届人大常委会主任会议第三次会议召开。会议听取了副市长钱进作的关于汛期准备情况的报告;"
        "听取了市人大常委会副秘书长苗雨关于下次常委会会议议程的汇报;听取了市检察院检察长窦明作的《某某工作方案》的说明。\n",
        "2024-05-09", "澄溪日报",
        [dict(date=d("2024-05-08"), organizer="市人大常委会", speakers=("钱进", "苗雨", "窦明"))],
        id="主任会议-and-who-reported-to-it",
    ),
    pytest.param(
        "本报讯 7月5日,中共东坪区委八届九次全会召开。全会听取并讨论了韩波同志代表区委常委会作的工作报告。\n",
        "2024-07-06", "澄溪日报",
        [dict(speakers=("韩波",))],
        id="某某同志作的工作报告",
    ),
    pytest.param(
        "本报讯 3月5日,市政协召开党组会议,传达学习省委书记金石参加代表团审议时的讲话。市政协党组书记白杨主持会议并讲话。\n",
        "2024-03-06", "澄溪日报",
        [dict(chairs=("白杨",), speakers=("白杨",))],
        id="a-speech-studied-is-no-speaker",
    ),
    pytest.param(
        "本报讯 昨日,民盟市委主委齐放、民进市委驻会副主委孙禾先后发言。此前,市委召开民主协商会。市委书记林森主持会议。\n",
        "2024-01-10", "澄溪日报", [],
        id="neg-undated-协商会-after-the-speakers",
    ),
    pytest.param(
        "本报讯 1月9日,市委召开民主协商会。民盟市委主委齐放、民进市委驻会副主委孙禾先后发言。\n",
        "2024-01-10", "澄溪日报",
        [dict(speakers=("齐放", "孙禾"))],
        id="主委-titles-in-a-list-of-speakers",
    ),
    pytest.param(
        "本报讯 市九届人大四次会议将于1月20日开幕。市长林森主持筹备会并讲话。\n",
        "2024-01-10", "澄溪日报",
        [dict(date=d("2024-01-20"), chairs=(), speakers=(), status="announced")],
        id="an-announced-meeting-has-no-chair-yet",
    ),
    # the open family of meeting words ending in 会, framed by a convening verb
    pytest.param(
        "本报讯 3月7日,市委召开理论学习中心组研读会。市委书记林森主持并讲话。\n", "2024-03-08", "澄溪日报",
        [dict(name="理论学习中心组研读会", organizer="中共澄溪市委", chairs=("林森",), speakers=("林森",))],
        id="open-family-研读会",
    ),
    pytest.param(
        "本报讯 3月8日,市住建局召开燃气安全约谈会,约谈三家企业。\n", "2024-03-09", "澄溪日报",
        [dict(name="燃气安全约谈会", organizer="市住建局")],
        id="open-family-约谈会",
    ),
    pytest.param(
        "本报讯 3月8日,市防指召开防汛调度会。\n", "2024-03-09", "澄溪日报",
        [dict(name="防汛调度会", organizer="市防指")],
        id="调度会-by-an-abbreviated-command-body",
    ),
    pytest.param(
        "本报讯 3月4日,全省春季农业生产工作会议在省城以电视电话会议方式召开。\n", "2024-03-05", N,
        [dict(name="全省春季农业生产工作会议", location="省城")],
        id="held-by-video-in-another-city",
    ),
    pytest.param(
        "本报讯 3月3日,市九届人大四次会议新闻发布会举行。\n\n本报讯 3月5日,市九届人大四次会议在市会议中心开幕。\n",
        "2024-03-06", "澄溪日报",
        [dict(date=d("2024-03-03"), name="市九届人大四次会议新闻发布会"),
         dict(date=d("2024-03-05"), name="市九届人大四次会议", location="市会议中心")],
        id="a-press-conference-is-its-own-meeting",
    ),
    pytest.param(
        "本报讯 3月8日,市商务局举办春季年货展会。\n", "2024-03-09", N, [], id="neg-open-family-展会-is-a-fair",
    ),
    pytest.param(
        "本报讯 3月8日,东坪镇举办元宵庙会。\n", "2024-03-09", N, [], id="neg-open-family-庙会",
    ),
    pytest.param(
        "本报讯 3月8日,市总工会换届后召开了第一次会长办公会。\n", "2024-03-09", N,
        [dict(name="第一次会长办公会")], id="会长-inside-a-name-is-no-end",
    ),
    pytest.param(
        "本报讯 3月5日,市图书馆举办读书会。\n", "2024-03-06", N, [], id="neg-open-family-读书会",
    ),
    pytest.param(
        "本报讯 3月5日,市体育局举办全民健身大会。\n", "2024-03-06", N, [], id="neg-健身大会-is-sport",
    ),
    pytest.param(
        "本报讯 3月5日,市政府与某集团举行会谈。\n", "2024-03-06", N, [], id="neg-会谈-is-talks",
    ),
    pytest.param(
        "本报讯 3月3日上午9时,市委书记林森宣布大会开幕。\n", "2024-03-04", N, [],
        id="neg-宣布大会开幕-is-a-ceremony-inside-the-session",
    ),
    pytest.param(
        "本报讯 1月9日,市政协九届四次会议开幕。会议期间,与会委员列席市九届人大四次会议,听取并讨论了林森市长"
        "所作的政府工作报告。市政协主席严正作常委会工作报告。\n",
        "2024-01-10", "澄溪日报",
        [dict(name="市政协九届四次会议", speakers=("严正",))],
        id="roles-at-another-named-meeting-are-not-this-ones",
    ),
    pytest.param(
        "本报讯 6月3日,我县召开秋粮生产调度会。县委副书记周文涛主持会议。\n", "2024-06-04", "澄源县报",
        [dict(name="秋粮生产调度会", organizer="澄源县", chairs=("周文涛",))],
        id="我县-in-a-county-paper-is-the-county",
    ),
    pytest.param(
        "6月3日,我县在县行政中心召开秋粮生产调度会。\n", "2024-06-04", "澄溪日报",
        [dict(name="秋粮生产调度会", organizer=None, location="县行政中心")],
        id="我县-in-a-paper-that-is-not-the-countys-names-no-organizer",
    ),
    pytest.param(
        "6月3日,本区召开座谈会,听取企业意见。\n", "2024-06-04", None,
        [dict(name="本区座谈会", organizer=None)],
        id="本区-still-names-a-bare-forum-but-is-no-organizer",
    ),
    pytest.param(
        "本报讯 今天上午,我市召开防汛工作会议。副市长隋立新出席会议并讲话。\n", "2023-05-20", "澄溪日报",
        [dict(speakers=("隋立新",))],
        id="surname-隋",
    ),
    pytest.param(
        "本报1月8日讯 上午9时,市九届人大四次会议在市人民会堂隆重开幕。\n", "2024-01-09", "澄溪日报",
        [dict(date=d("2024-01-08"), location="市人民会堂")],
        id="a-time-of-day-alone-is-on-the-datelines-day",
    ),
    pytest.param(
        "3月5日,中国人民政治协商会议第五届澄溪市东坪区委员会第三次会议开幕。\n", "2024-03-06", "澄溪日报",
        [dict(organizer="东坪区政协")],
        id="district-CPPCC-formal-name-keeps-its-district",
    ),
    pytest.param(
        "本报讯 3月5日,市九届人大四次会议主席团举行第二次会议。\n", "2024-03-06", "澄溪日报",
        [dict(organizer="市九届人大四次会议主席团")],
        id="a-sessions-presidium-keeps-the-sessions-numbers",
    ),
    pytest.param(
        "本报讯 第三届澄江论坛、澄江投资峰会(以下简称“双会”)系列活动将于2024年9月12日至15日在澄溪市举行。\n",
        "2024-09-01", "澄溪日报",
        [dict(date=d("2024-09-12"), end_date=d("2024-09-15"), name="第三届澄江论坛、澄江投资峰会",
              location="澄溪市", status="announced")],
        id="alias-in-brackets-and-系列活动-between-name-and-date",
    ),
    pytest.param(
        "本报讯 昨日上午,市九届人大常委会主任会议召开。会议决定,市九届人大常委会第十次会议25日至27日举行。\n",
        "2024-06-17", "澄溪日报",
        [dict(date=d("2024-06-16")),
         dict(date=d("2024-06-25"), end_date=d("2024-06-27"), status="announced")],
        id="会议决定-announces-the-next-clause-bare-days-lean-forward",
    ),
    pytest.param(
        "本报讯 3月5日上午,市九届人大四次会议举行开幕会。\n\n本报讯 3月5日,市九届人大四次会议在市人民会堂开幕。\n",
        "2024-03-06", "澄溪日报",
        [dict(date=d("2024-03-05"), name="市九届人大四次会议", location="市人民会堂")],
        id="the-opening-ceremony-is-the-session",
    ),
    pytest.param(
        "本报讯 3月5日,市九届人大四次会议在市人民会堂开幕。\n\n本报讯 3月8日,市九届人大四次会议举行闭幕大会。\n",
        "2024-03-09", "澄溪日报",
        [dict(date=d("2024-03-05"), end_date=d("2024-03-08"))],
        id="a-closing-ceremony-ends-the-session",
    ),
    pytest.param(
        "本报讯 3月4日,市九届人大四次会议举行预备会议。\n\n本报讯 3月5日,市九届人大四次会议开幕。\n",
        "2024-03-06", "澄溪日报",
        [dict(date=d("2024-03-04"), name="市九届人大四次会议预备会议"), dict(date=d("2024-03-05"), name="市九届人大四次会议")],
        id="a-preparatory-meeting-is-its-own-row",
    ),
    # a speech printed in full: its occasion in the subtitle, its speaker in a headline line
    pytest.param(
        "政府工作报告\n——2024年1月8日在澄溪市第九届人民代表大会第三次会议上\n澄溪市市长 林森\n\n"
        "各位代表:受市政府委托,下面我向大会作政府工作报告,请一并审阅。\n",
        "2024-01-12", "澄溪日报",
        [dict(date=d("2024-01-08"), name="澄溪市第九届人民代表大会第三次会议", speakers=("林森",))],
        id="speech-subtitle-names-its-meeting-and-speaker",
    ),
    pytest.param(
        "在全市经济工作会议上的讲话\n林森\n\n同志们:这次会议的主要任务是总结工作。\n",
        "2024-01-12", "澄溪日报", [],
        id="neg-speech-title-without-a-dated-occasion",
    ),
    # negatives
    pytest.param(
        "12月30日,会议审议通过了《关于加快发展的实施意见》。\n", "2024-01-05", N, [],
        id="neg-bare-会议-acting-is-not-named",
    ),
    pytest.param(
        "为确保市九届人大四次会议顺利召开,1月18日起会场周边实行交通管制。\n", "2024-01-10", N, [],
        id="neg-确保-a-session-is-held",
    ),
    pytest.param(
        "历史上的今天\n\n2012年5月8日,澄溪市首届民营经济发展大会召开。\n", "2023-05-08", N, [],
        id="neg-history-column",
    ),
    pytest.param(
        "本报讯 2013年6月5日,市政府召开首届科技创新大会。十年来,全市研发投入翻了两番。\n",
        "2023-06-06", N, [], id="neg-a-years-old-meeting-is-background",
    ),
    pytest.param(
        "本报讯 代表们出席开幕会后分组讨论。\n", "2024-01-10", N, [], id="neg-attending-an-unnamed-ceremony",
    ),
    # --- a bracketed modifier before the short noun 会; a party standing committee convenes as the committee
    pytest.param(
        "本报讯 3月5日,县委书记柯远山主持召开县委常委(扩大)会,研究春耕备耕工作。\n", "2024-03-06", N,
        [dict(date=d("2024-03-05"), name="县委常委(扩大)会", organizer="县委", chairs=("柯远山",))],
        id="常委(扩大)会-short-noun-after-a-bracketed-modifier",
    ),
    pytest.param(
        "本报讯 4月2日,区政协党组书记闻晓岚主持召开区政协党组（扩大）会,传达学习有关文件精神。\n", "2024-04-03", N,
        [dict(date=d("2024-04-02"), name="区政协党组（扩大）会", organizer="区政协党组", chairs=("闻晓岚",))],
        id="党组（扩大）会-full-width-brackets",
    ),
    pytest.param(
        "本报讯 6月9日,县长樊志成主持召开县政府第十八次常务(扩大)会议,研究防汛工作。\n", "2024-06-10", N,
        [dict(date=d("2024-06-09"), name="县政府第十八次常务(扩大)会议", organizer="县政府", chairs=("樊志成",))],
        id="常务(扩大)会议-numbered",
    ),
    pytest.param(
        "本报讯 5月7日,县委召开常委(扩大)会,部署汛期安全工作。\n", "2024-05-08", N,
        [dict(date=d("2024-05-07"), name="县委常委(扩大)会", organizer="县委")],
        id="县委召开常委(扩大)会-generic-name-takes-its-convener",
    ),
    pytest.param(
        "本报讯 区委常委会近日召开会议,区委书记卢明哲主持会议并讲话。\n", "2024-05-08", N,
        [dict(name="区委常委会会议", organizer="区委", chairs=("卢明哲",))],
        id="区委常委会召开会议-the-committee-convenes",
    ),
    pytest.param(
        "本报讯 7月3日,澄江市副市长、青禾区委书记严守正主持召开区委常委(扩大)会议。\n", "2024-07-04", "澄江日报",
        [dict(name="区委常委(扩大)会议", organizer="青禾区委", chairs=("严守正",))],
        id="a-district-body-in-a-city-paper-takes-the-place-its-chair's-title-prints",
    ),
    pytest.param(
        "本报讯 7月3日下午,区委常委(扩大)会议在区委第二会议室召开。\n", "2024-07-04", "澄江日报",
        [dict(name="区委常委(扩大)会议", organizer="区委", location="区委第二会议室")],
        id="neg-a-venue-is-no-place-for-the-body",
    ),
    pytest.param(
        "本报讯 3月5日,镇党委书记陶一鸣主持召开镇党委(扩大)会。\n", "2024-03-06", N,
        [dict(name="镇党委(扩大)会", organizer="镇党委", chairs=("陶一鸣",))],
        id="a-township-party-committee-convenes",
    ),
    pytest.param(
        "本报讯 3月5日,白沙乡政府召开全体会议。\n", "2024-03-06", N,
        [dict(name="白沙乡政府全体会议", organizer="白沙乡政府")],
        id="a-township-government-convenes",
    ),
    pytest.param(
        "本报讯 3月5日,召开城乡建设委员会会议。\n", "2024-03-06", N,
        [dict(name="城乡建设委员会会议", organizer=N)],
        id="neg-城乡-is-no-township",
    ),
    pytest.param(
        "本报讯 7月3日,市人大常委会召开第十二次会议。\n", "2024-07-04", N,
        [dict(organizer="市人大常委会")],
        id="neg-a-congress-standing-committee-keeps-its-name",
    ),
    pytest.param(
        "本报讯 去年以来,县委常委(扩大)会多次研究乡村振兴工作。\n", "2024-07-04", N, [],
        id="neg-常委(扩大)会-cited-without-a-convening-verb",
    ),
    pytest.param(
        "本报讯 7月3日,县委书记柯远山在县社会福利院看望老人,向他们致以问候。\n", "2024-07-04", N, [],
        id="neg-社会福利院-no-meeting",
    ),
    # --- wishes and greetings about a session are no meeting, and take nothing from it
    pytest.param(
        "本报讯 3月4日,市政协十一届二次会议在市会议中心开幕。市领导祁文山等在主席台就座,祝贺大会召开。大会由市政协"
        "主席苏文远主持。\n", "2024-03-05", N,
        [dict(date=d("2024-03-04"), name="市政协十一届二次会议", organizer="市政协", chairs=("苏文远",))],
        id="祝贺大会召开-is-a-greeting-the-session-keeps-its-chair",
    ),
    pytest.param(
        "本报讯 2月6日,县政协十届四次会议开幕。县领导到会祝贺大会开幕,预祝大会圆满成功。\n", "2024-02-07", N,
        [dict(date=d("2024-02-06"), name="县政协十届四次会议")],
        id="到会祝贺大会开幕-no-second-row",
    ),
    pytest.param(
        "本报讯 3月4日,区总工会致信,热烈祝贺区工会第九次代表大会胜利召开,预祝大会取得圆满成功。\n", "2024-03-05", N, [],
        id="neg-a-letter-of-congratulation-reports-no-meeting",
    ),
    pytest.param(
        "本报讯 7月1日,全县庆祝建党103周年大会召开。\n", "2024-07-02", N,
        [dict(date=d("2024-07-01"), name="全县庆祝建党103周年大会")],
        id="庆祝-opens-a-real-name",
    ),
    pytest.param(
        "本报讯 1月21日,县政协八届二次会议在县会堂开幕。县委书记严守正讲话,代表县委对县政协八届二次会议隆重召开表示"
        "热烈祝贺。\n", "2024-01-22", N,
        [dict(date=d("2024-01-21"), name="县政协八届二次会议", speakers=("严守正",))],
        id="对NAME召开表示祝贺-a-greeting-after-the-verb-no-second-row",
    ),
    # --- the chair printed as a sentence about the session
    pytest.param(
        "本报讯 1月9日上午,县政协九届三次会议开幕。开幕会由县政协主席邬立成主持。\n", "2024-01-10", N,
        [dict(date=d("2024-01-09"), name="县政协九届三次会议", chairs=("邬立成",))],
        id="开幕会由TITLE-NAME主持",
    ),
    pytest.param(
        "本报讯 1月9日上午,县政协九届三次会议开幕。大会由邬立成主持。\n", "2024-01-10", N,
        [dict(name="县政协九届三次会议", chairs=("邬立成",))],
        id="大会由-a-bare-name-主持",
    ),
    pytest.param(
        "本报讯 1月9日上午,县政协九届三次会议开幕。大会主持人邬立成宣布大会开幕。\n", "2024-01-10", N,
        [dict(name="县政协九届三次会议", chairs=("邬立成",))],
        id="大会主持人-NAME-宣布开幕",
    ),
    pytest.param(
        "本报讯 1月9日上午,县政协九届三次会议开幕。会议主持人、县政协副主席祝海青介绍议程。\n", "2024-01-10", N,
        [dict(name="县政协九届三次会议", chairs=("祝海青",))],
        id="会议主持人、TITLE-NAME",
    ),
    pytest.param(
        "本报讯 1月9日上午,县政协九届三次会议开幕。文艺晚会主持人邬立成宣布演出开始。\n", "2024-01-10", N,
        [dict(name="县政协九届三次会议", chairs=())],
        id="neg-a-show's-presenter-chairs-nothing",
    ),
    pytest.param(
        "本报讯 1月9日上午,县政协九届三次会议开幕会在县会堂举行,县政协主席邬立成主持开幕会。\n", "2024-01-10", N,
        [dict(date=d("2024-01-09"), name="县政协九届三次会议开幕会", organizer="县政协", chairs=("邬立成",))],
        id="NAME开幕会举行-the-ceremony-as-subject-TITLE-NAME主持开幕会",
    ),
    pytest.param(
        "本报讯 1月9日上午,开幕会在县会堂举行。\n", "2024-01-10", N, [],
        id="neg-a-bare-开幕会-names-no-session",
    ),
    pytest.param(
        "本报讯 1月9日上午,县政协九届三次会议开幕。县政协主席邬立成等在主席台就座。邬立成代表九届县政协常委会向大会作"
        "工作报告。\n", "2024-01-10", N,
        [dict(name="县政协九届三次会议", speakers=("邬立成",))],
        id="a-name-titled-earlier-in-the-article-speaks-bare",
    ),
    pytest.param(
        "本报讯 1月9日,县政协九届三次会议开幕。县政协主席邬立成代表政协第九届青禾县委员会常务委员会,向大会作工作报告。\n",
        "2024-01-10", N,
        [dict(name="县政协九届三次会议", speakers=("邬立成",))],
        id="NAME代表BODY,向大会作报告-speaks-across-the-comma",
    ),
    pytest.param(
        "本报讯 1月9日,县政协九届三次会议开幕。县政协主席邬立成代表全体委员发言,县长樊志成作报告。\n",
        "2024-01-10", N,
        [dict(name="县政协九届三次会议", speakers=("邬立成", "樊志成"))],
        id="each-speaker-binds-to-their-own-clause",
    ),
    pytest.param(
        "本报讯 1月9日,县政协九届三次会议开幕。县政协主席邬立成代表全体委员,对与会人员表示感谢。\n",
        "2024-01-10", N,
        [dict(name="县政协九届三次会议", speakers=())],
        id="neg-代表-clause-without-a-role-verb",
    ),
    pytest.param(
        "本报讯 3月5日,省委常委、市委书记祁文山到白沙镇调研农田水利建设,察看灌渠修缮情况;主持召开农田水利工作座谈会,"
        "听取白沙镇工作汇报。\n", "2024-03-06", N,
        [dict(date=d("2024-03-05"), name="农田水利工作座谈会", chairs=("祁文山",))],
        id="主持召开-after-a-semicolon-the-sentence's-subject-chairs",
    ),
    pytest.param(
        "本报讯 3月5日 白沙镇开展巡河活动,镇长邹平参加;主持召开农田水利工作座谈会,听取汇报。\n", "2024-03-06", N,
        [dict(name="农田水利工作座谈会", chairs=())],
        id="neg-a-person-inside-the-clause-is-not-its-subject",
    ),
    pytest.param(
        "本报讯 3月5日 市委书记祁文山、市长樊志成到白沙镇调研;主持召开农田水利工作座谈会,听取汇报。\n", "2024-03-06", N,
        [dict(name="农田水利工作座谈会", chairs=())],
        id="neg-two-people-open-the-clause-whose-chair-is-unknown",
    ),
    # --- a government's numbered executive meeting printed with the government's term
    pytest.param(
        "本报讯 3月5日,市长钱立平主持召开第十七届市人民政府第二十次常务会议。\n", "2024-03-06", N,
        [dict(name="第十七届市人民政府第二十次常务会议", organizer="市政府", chairs=("钱立平",))],
        id="第N届市人民政府第M次常务会议-市政府",
    ),
    pytest.param(
        "本报讯 3月5日,太原市第十七届人民政府第二十次常务会议召开。\n", "2024-03-06", N,
        [dict(name="太原市第十七届人民政府第二十次常务会议", organizer="市政府")],
        id="the-paper's-own-city-government-in-full-市政府",
    ),
    pytest.param(
        "本报讯 3月5日,澄江市第十七届人民政府第二十次常务会议召开。\n", "2024-03-06", N,
        [dict(name="澄江市第十七届人民政府第二十次常务会议", organizer="澄江市政府")],
        id="another-city's-government-keeps-its-place",
    ),
    pytest.param(
        "本报讯 5月9日,县长樊志成主持召开县十六届第9次政府常务会议。\n", "2024-05-10", N,
        [dict(name="县十六届第9次政府常务会议", organizer="县政府", chairs=("樊志成",))],
        id="县十六届第N次政府常务会议-县政府",
    ),
    pytest.param(
        "本报讯 5月9日,区人民政府召开第三次全体会议。\n", "2024-05-10", N,
        [dict(organizer="区政府")],
        id="人民政府-as-convener-is-区政府",
    ),
    pytest.param(
        "本报讯 5月9日,市人民政府新闻办公室召开新闻发布会。\n", "2024-05-10", N,
        [dict(organizer="市人民政府新闻办公室")],
        id="neg-a-government-office-keeps-its-name",
    ),
    pytest.param(
        "本报讯 1月7日上午,政协第十届澄江市委员会常务委员会第九次会议召开。会议由市政协主席葛一帆主持。\n", "2024-01-08", N,
        [dict(organizer="澄江市政协", chairs=("葛一帆",))],
        id="a-CPPCC-standing-committee-meeting-by-its-formal-name-is-the-committee's",
    ),
    pytest.param(
        "本报讯 1月7日上午,政协第十届太原市委员会常务委员会第九次会议召开。\n", "2024-01-08", N,
        [dict(organizer="市政协")],
        id="the-paper's-own-CPPCC-standing-committee-市政协",
    ),
    # One standing-committee meeting announced with its term and restated without it is one row;
    # the same number on another day, or another number, is another meeting.
    pytest.param(
        "本报讯 5月6日,市十二届人大常委会举行第八次主任会议。会议决定于5月20日召开市人大常委会第九次会议。\n"
        "会议强调,要精心筹备市十二届人大常委会第九次会议。\n", "2024-05-07", "东坪日报",
        [dict(date=d("2024-05-06"), organizer="市人大常委会"),
         dict(date=d("2024-05-20"), name="市人大常委会第九次会议", organizer="市人大常委会")],
        id="a-standing-committee-meeting-restated-without-its-term-is-one",
    ),
    pytest.param(
        "本报讯 会议决定于5月20日召开市人大常委会第九次会议,6月3日召开市十二届人大常委会第十次会议。\n",
        "2024-05-07", "东坪日报",
        [dict(date=d("2024-05-20"), name="市人大常委会第九次会议"),
         dict(date=d("2024-06-03"), name="市十二届人大常委会第十次会议")],
        id="neg-two-numbered-meetings-on-two-days-stay-two",
    ),
    pytest.param(
        "本报讯 8时许,大会开幕。省长林川作政府工作报告。\n", "2024-01-10", N, [],
        id="neg-大会开幕-inside-a-session-is-no-new-meeting",
    ),
    # A sitting placed only in a year or a month is not dated on the issue's day.
    pytest.param(
        "本报讯 会议商定,第九届沿江城市论坛2027年在东坪市举行。\n", "2026-05-07", N, [],
        id="neg-a-next-sitting-placed-in-a-year-has-no-day",
    ),
    pytest.param(
        "本报讯 第九届沿江城市论坛将于明年在东坪市举行。\n", "2026-05-07", N, [],
        id="neg-a-sitting-placed-next-year-has-no-day",
    ),
    pytest.param(
        "本报讯 第九届沿江城市论坛定于6月在东坪市举行。\n", "2026-05-07", N, [],
        id="neg-a-sitting-placed-in-a-month-has-no-day",
    ),
    pytest.param(
        "本报讯 上午9时,第九届沿江城市论坛在东坪市开幕。\n", "2026-05-07", N,
        [dict(date=d("2026-05-07"), name="第九届沿江城市论坛")],
        id="a-time-of-day-alone-is-the-report's-own-day",
    ),
    # The day or hour printed between the chair and 主持召开 does not part them.
    pytest.param(
        "本报讯 区长柯望川今天(7日)上午主持召开专家顾问座谈会。\n", "2026-05-07", N,
        [dict(date=d("2026-05-07"), name="专家顾问座谈会", chairs=("柯望川",))],
        id="chair-今天(7日)下午-主持召开",
    ),
    pytest.param(
        "本报讯 区长庞晓岚昨天上午主持召开防汛调度会。\n", "2026-05-07", N,
        [dict(date=d("2026-05-06"), name="防汛调度会", chairs=("庞晓岚",))],
        id="chair-昨天上午-主持召开",
    ),
    pytest.param(
        "本报讯 市委书记柯明于5月6日主持召开市委常委会会议。\n", "2026-05-07", N,
        [dict(date=d("2026-05-06"), chairs=("柯明",))],
        id="chair-于DATE-主持召开",
    ),
    pytest.param(
        "本报讯 市长昨天上午主持召开防汛调度会。\n", "2026-05-07", N,
        [dict(date=d("2026-05-06"), name="防汛调度会", chairs=())],
        id="neg-a-title-without-a-name-chairs-nobody",
    ),
    # A party committee's standing committee printed bare after 召开 is the meeting it holds.
    pytest.param(
        "本报讯 12月6日,县委书记柯明主持召开县委常委会,研究冬季防火工作。\n", "2026-12-07", N,
        [dict(date=d("2026-12-06"), name="县委常委会", organizer="县委", chairs=("柯明",))],
        id="主持召开县委常委会-is-the-committee's-meeting",
    ),
    pytest.param(
        "本报讯 12月6日,柯明主持召开中共东坪县委常委会。\n", "2026-12-07", N,
        [dict(date=d("2026-12-06"), name="中共东坪县委常委会", organizer="中共东坪县委")],
        id="召开中共某某县委常委会",
    ),
    pytest.param(
        "本报讯 12月6日,全会由市委常委会主持。\n", "2026-12-07", N, [],
        id="neg-a-standing-committee-chairing-is-a-body",
    ),
    pytest.param(
        "本报讯 12月6日,市人大常委会主任柯明召开市人大常委会,听取汇报。\n", "2026-12-07", N, [],
        id="neg-a-congress-standing-committee-stays-a-body",
    ),
    pytest.param(
        "本报讯 12月6日,县委书记柯明主持召开县委常委会,县委副书记林川出席会议,副县长乔木在审议有关事项时列席会议。\n",
        "2026-12-07", N,
        [dict(name="县委常委会", chairs=("柯明",))],
        id="在…时列席会议-is-a-time-clause-not-another-meeting",
    ),
    pytest.param(
        "本报讯 昨天下午,区委书记柯明主持召开区委常委会会议,学习省长在全省防汛工作会议上的讲话。\n",
        "2026-09-26", N,
        [dict(date=d("2026-09-25"), name="区委常委会会议", chairs=("柯明",))],
        id="a-speech-cited-at-another-meeting-does-not-move-the-sentence",
    ),
    pytest.param(
        "本报讯 9月25日,东坪区召开防汛调度会。在全省防汛工作会议上,省长乔木主持会议并讲话。\n",
        "2026-09-26", N,
        [dict(name="防汛调度会", chairs=(), speakers=())],
        id="neg-a-sentence-set-at-another-meeting-gives-its-roles-to-none",
    ),
    pytest.param(
        "本报讯 3月15日,区委常委会会议召开,要求筹备好、召开好区九届人大二次会议。\n", "2026-03-16", N,
        [dict(name="区委常委会会议")],
        id="neg-召开好-is-a-duty-not-a-report",
    ),
    pytest.param(
        "本报讯 3月15日,东坪区召开经济工作会议,要求举办好年度招商推介会。\n", "2026-03-16", N,
        [dict(name="经济工作会议")],
        id="neg-举办好-is-a-duty-the-report-beside-it-stays",
    ),
    pytest.param(
        "本报讯 5月8日,县长柯明主持召开县委常委会暨县防汛指挥部第3次会议。\n", "2026-05-09", N,
        [dict(organizer="县委、县防汛指挥部", chairs=("柯明",))],
        id="a-joint-meeting-暨-is-convened-by-both",
    ),
    # A session closing "after completing its agenda", the day and place after the comma.
    pytest.param(
        "本报讯 东坪市第九届人民代表大会第二次会议圆满完成全部议程之后,于昨天下午在东坪会堂闭幕。\n"
        "闭幕会由执行主席柯明主持。\n", "2026-04-27", "东坪日报",
        [dict(date=d("2026-04-26"), name="东坪市第九届人民代表大会第二次会议", chairs=("柯明",), location="东坪会堂")],
        id="完成全部议程之后,于DATE在LOC闭幕",
    ),
    pytest.param(
        "本报讯 东坪市第九届人民代表大会第二次会议顺利完成了全部议程,昨天下午闭幕。\n", "2026-04-27", "东坪日报",
        [dict(date=d("2026-04-26"))],
        id="完成各项议程,DATE闭幕-the-day-opens-the-verb's-clause",
    ),
    pytest.param(
        "本报讯 东坪市第九届人民代表大会第二次会议在顺利完成全部议程后闭幕。\n", "2026-04-27", "东坪日报", [],
        id="neg-a-closing-without-a-day-is-no-row",
    ),
    pytest.param(
        "本报讯 工作组在圆满完成各项任务后,于昨天下午返回东坪。\n", "2026-04-27", "东坪日报", [],
        id="neg-completing-tasks-is-no-meeting",
    ),
    # A plenary sitting printed with no convener after a named session in its sentence is that session's.
    pytest.param(
        "本报讯 7月29日下午,东坪市第七届人大常委会第十二次会议在东坪会堂开幕,随后举行第一次全体会议。\n", "2026-07-30", "东坪日报",
        [dict(date=d("2026-07-29"), name="东坪市第七届人大常委会第十二次会议")],
        id="随后举行第一次全体会议-is-a-sitting-of-the-session",
    ),
    pytest.param(
        "本报讯 7月29日,东坪市第七届人大常委会第十二次会议闭幕。当天,市政府召开第一次全体会议。\n", "2026-07-30", "东坪日报",
        [dict(name="东坪市第七届人大常委会第十二次会议"), dict(name="市政府第一次全体会议", organizer="市政府")],
        id="neg-a-sitting-with-its-own-convener-in-the-next-sentence-is-its-own",
    ),
    # A theme printed before a meeting's own name is not part of the name; before a bare noun it is.
    pytest.param(
        "本报讯 昨天,以“青山绿水,共建共享”为主题的第九届沿江城市论坛在东坪举行。\n", "2026-07-30", "东坪日报",
        [dict(date=d("2026-07-29"), name="第九届沿江城市论坛")],
        id="以“THEME”为主题的-NAME",
    ),
    pytest.param(
        "本报讯 昨天,东坪市召开以“林下经济”为主题的座谈会。\n", "2026-07-30", "东坪日报",
        [dict(name="以“林下经济”为主题的座谈会")],
        id="neg-the-theme-of-a-bare-noun-stays",
    ),
    # Websites print a space on each side of an ASCII number; the name is read without them.
    pytest.param(
        "本报讯 25日,市长柯明主持召开市政府第 17 次常务会议。\n", "2026-07-30", "东坪日报",
        [dict(date=d("2026-07-25"), name="市政府第17次常务会议", organizer="市政府", chairs=("柯明",))],
        id="第 N 次常务会议-spaced-digits",
    ),
    pytest.param(
        "本报讯 25日,县长柯明主持召开县政府 2026 年第 14 次常务会议。\n", "2026-07-30", "东坪日报",
        [dict(name="县政府2026年第14次常务会议", organizer="县政府")],
        id="a-year-numbering-the-meetings-is-dropped-to-find-the-body",
    ),
    pytest.param(
        "本报讯 25日,市长柯明主持召开市政府第三十二次常务会议。\n", "2026-07-30", "东坪日报",
        [dict(name="市政府第三十二次常务会议", organizer="市政府")],
        id="neg-an-ordinal-in-words-is-read-as-before",
    ),
    # A verb leading the convening verb after the venue is the verb phrase's, not part of the venue.
    pytest.param(
        "本报讯 25日,市长柯明在市政府主持召开市政府常务会议。\n", "2026-07-30", "东坪日报",
        [dict(name="市政府常务会议", chairs=("柯明",), location="市政府")],
        id="在VENUE主持召开-the-venue-without-主持",
    ),
    pytest.param(
        "本报讯 25日,市发改委在市民中心组织召开重点项目推进会。\n", "2026-07-30", "东坪日报",
        [dict(name="重点项目推进会", organizer="市发改委", location="市民中心")],
        id="在VENUE组织召开-the-venue-without-组织",
    ),
    pytest.param(
        "本报讯 25日,市发改委在市主持人协会会址召开座谈会。\n", "2026-07-30", "东坪日报",
        [dict(name="市发改委座谈会", location="市主持人协会会址")],
        id="neg-主持-inside-the-venue-stays",
    ),
    # "X召集Y(在Z)召开NAME": X convenes, Y attends; neither is part of the name or the venue.
    pytest.param(
        "本报讯 25日,县长柯明召集县应急局、县水利局负责人在县政府召开了紧急会议,部署防汛工作。\n", "2026-07-30", "东坪日报",
        [dict(date=d("2026-07-25"), name="紧急会议", organizer=N, location="县政府")],
        id="a-person-summoning-others-to-a-venue",
    ),
    pytest.param(
        "本报讯 25日,市应急局召集各区应急部门在局机关召开防汛调度会。\n", "2026-07-30", "东坪日报",
        [dict(name="防汛调度会", organizer="市应急局", location="局机关")],
        id="a-body-summoning-others-to-a-venue",
    ),
    pytest.param(
        "本报讯 25日,市委书记林向东召集市直部门负责人召开专题会议。\n", "2026-07-30", "东坪日报",
        [dict(name="专题会议", location=N)],
        id="summoning-without-a-venue",
    ),
    pytest.param(
        "本报讯 25日,市委书记林向东召集市直部门负责人,在市委召开专题会议。\n", "2026-07-30", "东坪日报",
        [], id="neg-a-clause-opening-on-its-venue-names-no-convener",
    ),
    pytest.param(
        "市农业局召开防汛会议\n\n本报讯 25日上午,在局机关三楼会议室召开防汛会议,局长林可主持会议。\n", "2026-07-30", "东坪日报",
        [dict(name="防汛会议", location="局机关三楼会议室", chairs=("林可",))],
        id="a-clause-opening-on-its-venue-the-convener-in-the-headline",
    ),
    pytest.param(
        "市农业局召开防汛会议\n\n本报讯 25日上午,依托市民中心视频会议室召开防汛会议,局长林可主持会议。\n", "2026-07-30", "东坪日报",
        [dict(name="防汛会议", location="市民中心视频会议室")],
        id="a-clause-opening-on-a-two-character-venue-word",
    ),
    # What ought to be held, or a stage's work, is no meeting held or set.
    pytest.param("本报讯 活动分三个阶段,第一阶段为8月1日至8月10日,主要是召开动员大会、开展宣传。\n", "2026-07-30",
                 "东坪日报", [], id="neg-a-stage-whose-work-is-to-hold-meetings"),
    pytest.param("本报讯 8月1日至8月10日为动员阶段,各单位应召开动员大会。\n", "2026-07-30", "东坪日报", [],
                 id="neg-units-ought-to-hold-a-meeting"),
    pytest.param("本报讯 8月3日至5日,各乡镇必须召开村民代表大会。\n", "2026-07-30", "东坪日报", [],
                 id="neg-villages-must-hold-a-meeting"),
    pytest.param("本报讯 市政府定于8月1日召开动员大会。\n", "2026-07-30", "东坪日报",
                 [dict(name="动员大会", date=d("2026-08-01"), status="announced")], id="a-meeting-set-for-a-day-still-is"),
    # A day the reporter learnt of the meeting is not its day when a vague time (日前, 近日) says when
    # it met: it met some day before the report.
    pytest.param(
        "本报讯 记者昨天从市水务局获悉,市水务局日前在局机关召开防汛工作会议。\n", "2026-07-30", "东坪日报",
        [dict(date=N, name="防汛工作会议", organizer="市水务局")],
        id="a-vague-day-after-the-reporting-day-leaves-the-date-open",
    ),
    pytest.param(
        "本报讯 7月28日,记者从县教育局了解到,县教育局近日召开全县校园安全工作会议。\n", "2026-07-30", "东坪日报",
        [dict(date=N, name="全县校园安全工作会议")],
        id="a-vague-day-after-a-dated-lead-leaves-the-date-open",
    ),
    pytest.param(
        "本报讯 日前,记者了解到,市水务局于7月27日召开防汛工作会议。\n", "2026-07-30", "东坪日报",
        [dict(date=d("2026-07-27"), name="防汛工作会议")],
        id="neg-a-day-after-the-vague-word-is-the-meetings",
    ),
    pytest.param(
        "本报讯 记者昨天从市水务局获悉,市水务局当天召开防汛工作会议。\n", "2026-07-30", "东坪日报",
        [dict(date=d("2026-07-29"), name="防汛工作会议")],
        id="neg-当天-takes-the-day-named-before-it",
    ),
]

# Forms first seen on pages of other papers in a blind probe (sentences written for these tests).
CASES += [
    # A session holding a sitting at a venue: the sitting is the session's, the venue its location.
    pytest.param(
        "本报讯 3月6日下午,县十五届人大四次会议在县行政中心礼堂举行预备会议。县人大常委会主任沈和平主持会议。\n",
        "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="县十五届人大四次会议预备会议", organizer=N, location="县行政中心礼堂",
              chairs=("沈和平",))],
        id="a-session-holds-its-preparatory-sitting-at-a-venue",
    ),
    pytest.param(
        "本报讯 3月6日,东坪市第九届人民代表大会第二次会议在东坪宾馆举行第一次全体会议。\n", "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="东坪市第九届人民代表大会第二次会议第一次全体会议", location="东坪宾馆")],
        id="a-session-holds-its-first-plenary-sitting-at-a-venue",
    ),
    pytest.param(
        "本报讯 3月6日,市人大常委会在机关二楼召开主任会议。\n", "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="市人大常委会主任会议", organizer="市人大常委会", location="机关二楼")],
        id="neg-a-body-before-the-venue-still-convenes",
    ),
    # Anyone opening a clause of the report with their titles and what they told the meeting
    # (强调/指出/要求) spoke at it, chair or not; a name inside a clause, or a relayed speech, did not.
    pytest.param(
        "本报讯 6月3日,东湾县政府举行第三次全体会议。县长方明远强调,要稳住经济大盘。"
        "副县长孔立主持会议。\n", "2024-06-04", "东湾日报",
        [dict(name="东湾县政府第三次全体会议", chairs=("孔立",), speakers=("方明远",))],
        id="a-titled-person-who-强调-spoke-though-another-chaired",
    ),
    pytest.param(
        "4月9日,东湾镇召开春耕生产部署会。镇党委书记葛长青要求,各村要抓好备耕。\n", "2024-04-10", "东湾日报",
        [dict(name="春耕生产部署会", speakers=("葛长青",))],
        id="a-town-secretary-who-要求-spoke",
    ),
    pytest.param(
        "6月3日,县委常委会召开会议,县委书记孔立主持。会议要求,按照市委书记方明远要求,抓好落实。\n",
        "2024-06-04", "东湾日报",
        [dict(chairs=("孔立",), speakers=())],
        id="neg-按照-someones-要求-is-no-speech-at-the-meeting",
    ),
    pytest.param(
        "6月3日,县委常委会召开会议。会议传达学习了省委全会精神,省委书记宋志明在会上强调,要稳中求进。"
        "县委书记孔立主持会议。\n", "2024-06-04", "东湾日报",
        [dict(chairs=("孔立",), speakers=())],
        id="neg-a-speech-relayed-from-another-meeting",
    ),
    pytest.param(
        "6月3日,县委常委会召开会议,县委书记孔立主持。会上传达了县长方明远强调的三项要求。\n", "2024-06-04", "东湾日报",
        [dict(chairs=("孔立",), speakers=())],
        id="neg-a-titled-name-inside-a-clause",
    ),
    # A meeting held as one sitting with a training (暨/及): one meeting, named by both.
    pytest.param(
        "本报讯 5月9日,全县农业统计工作会议暨统计业务培训会召开。\n", "2026-05-10", "东坪日报",
        [dict(date=d("2026-05-09"), name="全县农业统计工作会议暨统计业务培训会")],
        id="a-meeting-joined-with-a-training-meeting-as-subject",
    ),
    pytest.param(
        "本报讯 5月9日,市档案局召开全市档案工作会议暨业务骨干培训会,部署全年任务。\n", "2026-05-10", "东坪日报",
        [dict(date=d("2026-05-09"), name="全市档案工作会议暨业务骨干培训会", organizer="市档案局")],
        id="a-meeting-joined-with-a-training-meeting-as-object",
    ),
    pytest.param(
        "本报讯 5月9日,全市信访干部工作会暨业务骨干研修班开班式在区行政学院举行。\n", "2026-05-10", "东坪日报",
        [dict(date=d("2026-05-09"), name="全市信访干部工作会暨业务骨干研修班", location="区行政学院")],
        id="a-meeting-joined-with-a-training-course-at-its-opening",
    ),
    pytest.param(
        "本报讯 5月9日,全市信访业务提升培训班开班。\n", "2026-05-10", "东坪日报", [],
        id="neg-a-training-course-alone-is-no-meeting",
    ),
    pytest.param(
        "本报讯 5月9日,市商务局召开招商推介会暨项目签约仪式。\n", "2026-05-10", "东坪日报",
        [dict(date=d("2026-05-09"), name="招商推介会", organizer="市商务局")],
        id="neg-a-ceremony-joined-after-a-meeting-stays-out-of-its-name",
    ),
    # "大会将于…开幕" in the sentence that names the session: the session, announced for that day.
    pytest.param(
        "本报讯 3月6日下午,县十五届人大四次会议预备会议召开。沈和平宣布,县十五届人大四次会议"
        "筹备工作已全部完成,大会将于3月7日上午9时开幕。\n",
        "2026-03-06", "东坪日报",
        [dict(date=d("2026-03-06"), name="县十五届人大四次会议预备会议"),
         dict(date=d("2026-03-07"), name="县十五届人大四次会议", status="announced")],
        id="大会-announced-is-the-session-named-in-its-sentence",
    ),
    pytest.param(
        "本报讯 昨天下午,区八届人大三次会议预备会议召开。主任方启明宣布:区八届人大三次会议各项准备"
        "工作均已完成,会议将于2月27日上午开幕。\n",
        "2026-02-26", "东坪日报",
        [dict(date=d("2026-02-25"), name="区八届人大三次会议预备会议"),
         dict(date=d("2026-02-27"), name="区八届人大三次会议", status="announced")],
        id="会议-announced-is-the-session-named-in-its-sentence",
    ),
    pytest.param(
        "本报讯 区应急局通知,全区安全生产工作会议筹备已就绪,会议将于3月9日召开。\n", "2026-03-07", "东坪日报",
        [],
        id="neg-会议-without-a-session-in-its-sentence-names-none",
    ),
    pytest.param(
        "本报讯 3月6日,市政协十届五次会议在东坪会堂开幕。主席团常务主席宣布,大会将于3月9日闭幕。\n", "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="市政协十届五次会议")],
        id="neg-大会-without-a-session-in-its-sentence-names-none",
    ),
    pytest.param(
        "本报讯 市委书记何远航表示,要全力以赴做好筹备,这次大会将于近期召开。\n", "2026-03-07", "东坪日报", [],
        id="neg-大会-in-a-sentence-naming-no-session",
    ),
    pytest.param(
        "本报讯 3月6日,县十五届人大四次会议预备会议举行。主任沈和平宣布县十五届人大四次会议筹备完毕,大会将于3月7日开幕。\n",
        "2026-03-06", "东坪日报",
        [dict(date=d("2026-03-06"), name="县十五届人大四次会议预备会议")],
        id="neg-a-session-not-opening-its-clause-is-not-read-with-a-place",
    ),
    # What a meeting says ("会议指出/强调,…") cites the meetings it names: held elsewhere, another day.
    pytest.param(
        "本报讯 3月6日上午,镇党委召开会议,镇党委书记郝一鸣主持会议。\n会议指出,党中央召开农村工作会议,"
        "对今年工作作出全面部署。全镇要抓好落实。\n",
        "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="镇党委会议", chairs=("郝一鸣",))],
        id="a-meeting-cited-in-what-a-meeting-said-is-not-reported",
    ),
    pytest.param(
        "本报讯 3月6日,县委常委会召开会议。\n会议强调,省委、省政府召开全省招商推进大会,体现了高度重视。\n",
        "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="县委常委会会议")],
        id="a-convening-body-cited-in-what-a-meeting-stressed",
    ),
    pytest.param(
        "本报讯 3月6日,县委常委会召开会议。\n会议强调,县十六届人大第五次会议定于3月20日召开,要精心筹备。\n",
        "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="县委常委会会议"),
         dict(date=d("2026-03-20"), name="县十六届人大第五次会议")],
        id="neg-a-meeting-announced-in-what-a-meeting-said-still-is",
    ),
    pytest.param(
        "本报讯 3月6日,县委常委会召开会议。\n会议指出,全县防汛工作会议于3月2日召开,各乡镇行动迅速。\n",
        "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="县委常委会会议"), dict(date=d("2026-03-02"), name="全县防汛工作会议")],
        id="neg-a-meeting-with-its-own-day-in-what-a-meeting-said-still-is",
    ),
    pytest.param(
        "本报讯 3月6日,县委常委会召开会议。\n县委书记孔文强指出,县委召开全县干部大会,部署全年工作。\n",
        "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="县委常委会会议"), dict(date=d("2026-03-06"), name="全县干部大会")],
        id="neg-a-person-speaking-is-not-the-meeting-speaking",
    ),
    # "…党组会议和…常务会议": two meetings one after the other, each its body's.
    pytest.param(
        "本报讯 3月6日,区长葛春雷主持召开区政府党组会议和区政府第8次常务会议,研究近期工作。\n", "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="区政府党组会议", organizer="区政府党组", chairs=("葛春雷",)),
         dict(date=d("2026-03-06"), name="区政府第8次常务会议", organizer="区政府", chairs=("葛春雷",))],
        id="a-party-group-meeting-and-an-executive-meeting-are-two",
    ),
    pytest.param(
        "本报讯 3月6日,区长葛春雷主持召开区政府党组会议暨中心组专题学习会议和2026年第4次常务会议。\n",
        "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="区政府党组会议暨中心组专题学习会议", organizer="区政府党组"),
         dict(date=d("2026-03-06"), name="区政府2026年第4次常务会议", organizer="区政府")],
        id="a-bare-executive-meeting-after-a-party-group-is-its-bodys",
    ),
    pytest.param(
        "本报讯 3月6日,市委召开常委会会议和全体会议。\n", "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="市委常委会会议和全体会议")],
        id="neg-a-bare-second-meeting-of-no-party-group-stays-joined",
    ),
    pytest.param(
        "本报讯 3月6日,全县春耕生产和森林防火工作会议召开。\n", "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="全县春耕生产和森林防火工作会议")],
        id="neg-和-inside-one-meetings-topic",
    ),
    # A party group's numbered meeting ("某届市政协某次党组会议"): the count is no part of the group's name.
    pytest.param(
        "本报讯 3月6日下午,十三届市政协第四十一次党组(扩大)会议在机关举行。\n", "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="十三届市政协第四十一次党组(扩大)会议", organizer="市政协党组")],
        id="a-count-before-党组-is-not-in-the-organizer",
    ),
    pytest.param(
        "本报讯 3月6日上午,县政协九届十二次党组会议召开。\n", "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="县政协九届十二次党组会议", organizer="县政协党组")],
        id="a-term-and-count-before-党组-are-not-in-the-organizer",
    ),
    pytest.param(
        "本报讯 3月6日,市政协召开十届三十三次主席会议。\n", "2026-03-07", "东坪日报",
        [dict(date=d("2026-03-06"), name="市政协十届三十三次主席会议", organizer="市政协")],
        id="neg-a-counted-chairs-meeting-keeps-its-committee",
    ),
    # A body convening its own party group ("某某召开党组(扩大)会议"): the meeting is the group's.
    pytest.param(
        "本报讯 5月12日上午,县人大常委会召开党组（扩大）会议,传达有关精神。\n", "2026-05-13", "东坪日报",
        [dict(date=d("2026-05-12"), name="县人大常委会党组（扩大）会议", organizer="县人大常委会党组")],
        id="a-body-convening-党组-meeting-gives-the-group",
    ),
    pytest.param(
        "本报讯 5月12日,省政协召开党组扩大会议。\n", "2026-05-13", "东坪日报",
        [dict(name="省政协党组扩大会议", organizer="省政协党组")],
        id="a-body-convening-党组扩大会议-gives-the-group",
    ),
    pytest.param(
        "本报讯 5月12日上午,县人大常委会召开主任(扩大)会议。\n", "2026-05-13", "东坪日报",
        [dict(name="县人大常委会主任(扩大)会议", organizer="县人大常委会")],
        id="neg-a-body-convening-its-chairmen-keeps-the-body",
    ),
    pytest.param(
        "本报讯 5月12日,区政府召开常务会议。\n", "2026-05-13", "东坪日报",
        [dict(name="区政府常务会议", organizer="区政府")],
        id="neg-a-government-convening-常务会议-keeps-the-body",
    ),
    # A study group's counted sittings ("中心组某年第三次集体学习会"): the group, as when uncounted.
    pytest.param(
        "本报讯 9月4日,县委理论学习中心组2026年第5次集体（扩大）学习会召开。\n", "2026-09-05", "东坪日报",
        [dict(date=d("2026-09-04"), organizer="县委理论学习中心组")],
        id="a-counted-集体-sitting-of-a-study-group-gives-the-group",
    ),
    pytest.param(
        "本报讯 9月4日,区委理论学习中心组第二次集体学习会召开。\n", "2026-09-05", "东坪日报",
        [dict(organizer="区委理论学习中心组")],
        id="a-counted-集体-sitting-without-a-year-gives-the-group",
    ),
    pytest.param(
        "本报讯 9月4日,机关全体干部集体学习会召开。\n", "2026-09-05", "东坪日报",
        [dict(name="机关全体干部集体学习会", organizer=N)],
        id="neg-集体-after-no-body-gives-no-organizer",
    ),
    # A command body named after what it commands ("市应对某某疫情应急指挥部") convening its meeting.
    pytest.param(
        "本报讯 2月9日,市长、指挥长吴向东主持召开市应对突发传染病疫情应急指挥部第六次会议。\n",
        "2026-02-10", "东坪日报",
        [dict(name="市应对突发传染病疫情应急指挥部第六次会议", organizer="市应对突发传染病疫情应急指挥部",
              chairs=("吴向东",))],
        id="a-long-named-指挥部-is-the-organizer",
    ),
    pytest.param(
        "本报讯 2月9日,县新型流感疫情联防联控工作指挥部会议召开。\n", "2026-02-10", "东坪日报",
        [dict(organizer="县新型流感疫情联防联控工作指挥部")],
        id="a-long-named-指挥部-before-会议召开",
    ),
    pytest.param(
        "本报讯 2月9日,县里召开新型流感疫情联防联控工作指挥部会议。\n", "2026-02-10", "东坪日报",
        [dict(organizer=N)],
        id="neg-召开-inside-makes-no-long-指挥部-name",
    ),
    # The national legislature's standing committee convenes its sittings and chairmen's meetings.
    pytest.param(
        "新华社北京6月2日电 十五届全国人大常委会第七次委员长会议2日上午在北京举行。\n", "2026-06-03", "东坪日报",
        [dict(date=d("2026-06-02"), name="十五届全国人大常委会第七次委员长会议", organizer="全国人大常委会")],
        id="委员长会议-is-the-national-standing-committee's",
    ),
    pytest.param(
        "新华社北京6月2日电 十五届全国人大常委会第九次会议6月20日至23日在北京举行。\n", "2026-06-03", "东坪日报",
        [dict(name="十五届全国人大常委会第九次会议", organizer="全国人大常委会")],
        id="a-national-standing-committee-sitting-is-its-own",
    ),
    pytest.param(
        "本报讯 3月5日,十五届全国人大二次会议在北京开幕。\n", "2026-03-06", "东坪日报",
        [dict(organizer=N)],
        id="neg-a-national-congress-session-prints-no-convener",
    ),
    # The chair addressing the meeting in a clause of their own ("某某指出,…") speaks at it.
    pytest.param(
        "本报讯 4月8日,区政协召开党组会议,区政协党组书记邵启文主持会议。会议审议了年度方案。"
        "邵启文指出,要把协商议政做实。\n", "2026-04-09", "东坪日报",
        [dict(chairs=("邵启文",), speakers=("邵启文",))],
        id="the-chair-who-then-指出-speaks",
    ),
    pytest.param(
        "本报讯 4月8日,县政协主席邵启文主持召开主席会议。会议听取了汇报。"
        "县政协党组书记、主席邵启文强调,要抓好调研成果转化。\n", "2026-04-09", "东坪日报",
        [dict(chairs=("邵启文",), speakers=("邵启文",))],
        id="the-chair-with-titles-who-then-强调-speaks",
    ),
    pytest.param(
        "本报讯 4月8日,县委书记邵启文主持召开县委常委会。围绕几项议题,邵启文要求,各地抓紧推进。\n",
        "2026-04-09", "东坪日报",
        [dict(chairs=("邵启文",), speakers=("邵启文",))],
        id="the-chair-opening-a-clause-with-要求-speaks",
    ),
    pytest.param(
        "本报讯 4月8日,县委书记邵启文主持召开县委常委会。会议强调,要稳住就业。万明远指出,要抓好春耕。\n",
        "2026-04-09", "东坪日报",
        [dict(chairs=("邵启文",), speakers=())],
        id="neg-someone-not-chairing-who-指出-is-not-taken",
    ),
    pytest.param(
        "本报讯 4月8日,县委书记邵启文主持召开县委常委会。会议认为,邵启文同志指出的问题要逐项整改。"
        "会议要求,各乡镇按照万明远、邵启文要求推进。\n", "2026-04-09", "东坪日报",
        [dict(chairs=("邵启文",), speakers=())],
        id="neg-the-chair-cited-inside-a-clause-does-not-speak",
    ),
]


@pytest.mark.parametrize("text, issue_date, paper, expected", CASES)
def test_meetings(text, issue_date, paper, expected):
    found = meetings_of(text, issue_date, paper or "太原日报")
    assert [row(m, want.keys()) for m, want in zip(found, expected)] == expected
    assert len(found) == len(expected)


def test_a_plenary_cited_by_headline_and_body_is_one_row():
    text = (
        "中共太原市委十二届五次全体会议举行\n\n本报讯 中国共产党太原市第十二届委员会第五次全体会议于2023年11月29日举行。\n\n"
        "只争朝夕 奋发有为\n\n——与会人员谈贯彻落实市委十二届五次全会精神\n\n11月29日,市委十二届五次全会召开。\n"
    )
    assert len(meetings_of(text, "2023-11-30")) == 1


def test_the_same_plenary_in_two_issues_gets_one_event_id():
    first = meetings_of("本报讯 11月29日,市委十二届五次全会召开。\n", "2023-12-01")
    second = meetings_of("本报讯 中国共产党太原市第十二届委员会第五次全体会议于2023年11月29日举行。\n", "2023-11-30")
    assert first[0].event_id == second[0].event_id
    assert first[0].name != second[0].name


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("市委十二届五次全会", "中共太原市委十二届五次全体会议", True),
        ("中国共产党太原市第十二届委员会第五次全体会议", "市委十二届五次全会", True),
        ("市十六届人大三次会议", "太原市第十六届人民代表大会第三次会议", True),
        ("市政协十四届三次会议", "政协第十四届太原市委员会第三次会议", True),
        ("市委十二届五次全会", "市委十二届四次全会", False),
        ("市委十二届五次全会", "省委十二届五次全会", False),
        ("“黄河文化石窟寺联盟”学术研讨会", "黄河文化石窟寺联盟学术研讨会", True),
    ],
)
def test_meeting_key(a, b, same):
    assert (meeting_key(a, "太原") == meeting_key(b, "太原")) is same


def _required_literals(pattern: str) -> set[str]:
    """The characters every match of ``pattern`` holds: literals at its top level (not inside an
    optional group, a repeat or an alternation)."""
    from re import _constants as C
    from re import _parser

    return {chr(value) for op, value in _parser.parse(pattern) if op is C.LITERAL}


@pytest.mark.parametrize("form", lang.PLENARY_FORMS + lang.CONGRESS_FORMS + lang.GOVERNMENT_SESSION_FORMS)
def test_every_session_form_requires_the_term_mark(form):
    """``_session`` skips a name without the term mark: sound only while every form requires it."""
    assert lang.SESSION_TERM_MARK in _required_literals(form)


@pytest.mark.parametrize(
    "pattern, required",
    [("^甲届乙", {"甲", "届", "乙"}), ("^甲(?:届)?乙", {"甲", "乙"}), ("^(?:届|会)乙", {"乙"}), ("^甲届*", {"甲"})],
)
def test_required_literals(pattern, required):
    assert _required_literals(pattern) == required


@pytest.mark.parametrize(
    "name, kind",
    [
        ("市委十二届五次全会", "plenary"),
        ("市十六届人大三次会议", "congress-人大"),
        ("市政协十四届三次会议", "congress-政协"),
        ("市委常委会会议", None),  # no term: no numbered session
        ("市十七届人大常委会第十二次会议", None),  # a standing committee's meeting, not the congress
        ("全市经济工作会议", None),
    ],
)
def test_session_kind(name, kind):
    session = meetings_module._session(name)
    assert (session.kind if session else None) == kind


@pytest.mark.parametrize(
    "word",
    lang.MEETING_NOUNS + lang.ORDINAL_MEETING_NOUNS + (lang.BARE_MEETING_WORD, lang.STANDING_COMMITTEE_MEETING),
)
def test_every_meeting_word_holds_a_cue(word):
    """``_may_convene`` reads no text without a cue: sound only while every meeting word holds one."""
    assert any(cue in word for cue in lang.MEETING_WORD_CUES)


@pytest.mark.parametrize(
    "text, may",
    [
        ("市环保局召开夏季防汛调度会。", True),
        ("第三届山水论坛在东坪举行。", True),
        ("县委副书记王某出席推进会开幕式。", True),  # a meeting attended, no convening verb
        ("3月5日,市十七届人大常委会第十九次会议表决通过决议。", True),  # a session's act
        ("县委书记主持召开县委常委会研究防汛。", True),
        ("东坪社会各界举行义卖活动。", False),  # 会 of 社会, no meeting word
        ("市民踊跃参与志愿服务。", False),  # no 会 at all
        ("座谈会上,大家踊跃发言。", False),  # a meeting word, no verb, act or attendance
        ("运动会开幕在即", True),  # the open family: a word in 会 with its verb
    ],
)
def test_may_convene(text, may):
    assert meetings_module._may_convene(text) is may


def test_every_role_cue_holds_a_role_word():
    """``_names_a_role`` asks for a role word before the cue: sound only while every match of the
    cue passes through one (some set of texts each match holds one of, all of them role words)."""
    from extractors.segment import _needed_texts

    needed = _needed_texts(meetings_module._ROLE_CUE.pattern)
    assert any(all(any(word in text for word in lang.ROLE_WORDS) for text in texts) for texts in needed)


@pytest.mark.parametrize(
    "text, names_a_role",
    [
        ("会议由副市长周明远主持。", True),
        ("区长林海作政府工作报告。", True),
        ("听取了副县长韩青所作的关于秋汛准备情况的报告。", True),
        ("大会主持人、秘书长宋平宣布开幕。", True),
        ("与会代表踊跃发言。", True),
        ("他长期主持工作,经验丰富。", False),  # a role word, but 主持工作 is no chair
        ("工会讲话稿已经印发。", False),  # 讲话稿: a text, no speech
        ("县政协召开常委会议,审议提案办理情况。", False),  # no role word at all
    ],
)
def test_names_a_role(text, names_a_role):
    assert meetings_module._names_a_role(text) is names_a_role
    assert (meetings_module._ROLE_CUE.search(text) is not None) is names_a_role


@pytest.mark.parametrize(
    "text, addresses",
    [
        ("县长马骁强调,要抓好春耕。", True),
        ("最后,区委书记陈岩指出,…", True),
        ("会议要求各部门压实责任。", True),
        ("县长马骁在会上讲话。", False),
        ("会议研究了春耕工作。", False),
    ],
)
def test_address_verb_finds_what_the_chair_address_verb_finds(text, addresses):
    assert meetings_module._holds_any(text, meetings_module._ADDRESS_VERBS) is addresses
    assert (meetings_module._CHAIR_ADDRESS_VERB.search(text) is not None) is addresses


@pytest.mark.parametrize(
    "organizer, text, city, placed",
    [
        ("区委", "青禾区委书记严守正主持召开区委常委会。", "澄江", "青禾区委"),
        ("区委", "澄江市副市长、青禾区委副书记严守正出席。", "澄江", "青禾区委"),
        ("县政府", "松岭县政府主任王某到会。", "澄江", "松岭县政府"),
        ("县政府", "松岭县政府办公室发布通知。", "澄江", "县政府"),  # no title after the body
        ("区委", "区委常委会研究秋汛防御工作。", "澄江", "区委"),  # no title after the body: no place read
        ("区委", "青禾区委书记严守正主持会议。", None, "区委"),  # no city: nothing placed
        ("市委", "青禾市委书记严守正主持会议。", "澄江", "市委"),  # a city body is never placed
    ],
)
def test_placed(organizer, text, city, placed):
    assert meetings_module._placed(organizer, text, city) == placed


def test_without_an_issue_date_nothing_is_guessed():
    ctx = IssueContext(issue_id="iss_test", issue_date=None, paper="太原日报")
    text = "本报讯 11月29日,市委十二届五次全会召开。\n"
    assert extract(Issue(ctx=ctx, text=text, articles=segment(text))) == []


@pytest.mark.parametrize("gold_path", sorted(GOLD.glob("*.gold.json")), ids=lambda p: p.name[:3])
def test_sample_issue_agrees_with_gold(gold_path):
    """Every required gold meeting is found with its organizer, and every row is in the gold."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    found = meetings_of(sample_text(gold["file"]), gold["issue_date"])
    items = gold.get("meetings", [])

    def matches(g, m):
        return g["date"] == (m.date.isoformat() if m.date else None) and names_overlap(g["name"], m.name)

    for g in items:
        if not g.get("optional"):
            hit = [m for m in found if matches(g, m)]
            assert hit, g["evidence"]
            assert any(m.organizer == g["organizer"] for m in hit), g["evidence"]
    for m in found:
        assert any(matches(g, m) for g in items), m.evidence


@pytest.mark.parametrize(
    "text, rows",
    [
        pytest.param(
            "本报讯 昨天下午,市九届人大二次会议闭幕。\n东坪市第九届人民代表大会第二次会议在顺利完成全部议程后,昨天下午闭幕。\n",
            1, id="short-and-full-name-of-one-session",
        ),
        pytest.param(
            "本报讯 昨天下午,市九届人大二次会议闭幕。\n东坪市第九届人民代表大会第三次会议在顺利完成全部议程后,昨天下午闭幕。\n",
            2, id="neg-another-session-number-is-another-meeting",
        ),
        pytest.param(
            "本报讯 昨天下午,东坪市第九届人民代表大会第二次会议闭幕。当天,青岚市第九届人民代表大会第二次会议也闭幕。\n",
            2, id="neg-two-places-printed-are-two-sessions",
        ),
    ],
)
def test_a_session_without_its_place_is_the_placed_one_when_the_city_is_unknown(text, rows):
    assert len(meetings_of(text, "2026-04-27", paper=None)) == rows
