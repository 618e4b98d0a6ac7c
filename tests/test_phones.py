"""The phone extractor as a table of sentences: what is a number to call, what reaches it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.phones import dialable_numbers, extract, find_phones, may_hold_dialable
from extractors.lang.zh_traditional import TRADITIONAL_TO_SIMPLIFIED
from extractors.records import Article, Issue, IssueContext

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "gold"
TAIYUAN = "0351"
HARBIN = "0451"


def ctx(area_code: str = TAIYUAN) -> IssueContext:
    return IssueContext(issue_id="iss_test", issue_date=None, area_code=area_code)


def found(text: str, area_code: str = TAIYUAN) -> list[tuple[str, str, str, str | None]]:
    return [(m.raw, m.phone_id, m.kind, m.owner) for m in find_phones(text, ctx(area_code))]


# (text, area code, [(raw as printed, phone_id, kind, owner), ...])
# Invented town names for a long directory (over twenty lines, well past a run's usual reach).
_TOWNS = ("青溪", "白石", "柳塘", "枫岭", "石湾", "桐林", "竹坪", "梅坞", "杏山", "荷塘", "松岗", "兰溪", "桂川",
          "樟桥", "栗园", "菱湖", "苇滩", "芦洲", "榆树", "槐庄", "杉口", "柏坡", "橙岭", "茶亭")

CASES = [
    # --- the sample issues ---
    pytest.param(
        "五市分别公布了查档电话,太原市档案馆查档电话为0351-2366977;晋中市档案馆查档电话为0354-3036293;"
        "忻州市档案馆查档电话为0350-3039273;吕梁市档案馆查档电话为0358-8224334;阳泉市档案馆查档电话为0353-2296010。",
        TAIYUAN,
        [
            ("0351-2366977", "+863512366977", "landline", "太原市档案馆"),
            ("0354-3036293", "+863543036293", "landline", "晋中市档案馆"),
            ("0350-3039273", "+863503039273", "landline", "忻州市档案馆"),
            ("0358-8224334", "+863588224334", "landline", "吕梁市档案馆"),
            ("0353-2296010", "+863532296010", "landline", "阳泉市档案馆"),
        ],
        id="003-archive-landlines",
    ),
    pytest.param(
        "取名张斯媛,现寻找其亲生父母。请知情者联系刘秀兰 15235362639。",
        TAIYUAN,
        [("15235362639", "+8615235362639", "mobile", "刘秀兰")],
        id="001-missing-person-mobile",
    ),
    pytest.param(
        "特别是结合110指挥中心警情、自然资源局的举报线索和巡查记录、12345市长热线进行分析,确保精准打击。",
        TAIYUAN,
        [
            ("110", "service:110", "service", "110指挥中心"),
            ("12345", "service:12345", "service", "12345市长热线"),
        ],
        id="002-services-named-after-number",
    ),
    # --- services presented as numbers to call ---
    pytest.param("市民可拨打12345政务服务便民热线反映问题。", TAIYUAN,
                 [("12345", "service:12345", "service", "12345政务服务便民热线")], id="service-long-name"),
    pytest.param("服务热线12345", TAIYUAN, [("12345", "service:12345", "service", None)], id="service-after-cue"),
    pytest.param("市长热线:12345", TAIYUAN, [("12345", "service:12345", "service", "市长热线")], id="service-named-before"),
    pytest.param("遇到危险请及时拨打110报警。", TAIYUAN, [("110", "service:110", "service", None)], id="service-call-verb"),
    pytest.param("可拨打当地12345反映。", TAIYUAN, [("12345", "service:12345", "service", None)], id="service-verb-few-words-before"),
    pytest.param(
        "发生火灾、医疗急救或交通事故时,请拨打110、119、120求助。",
        TAIYUAN,
        [("110", "service:110", "service", None), ("119", "service:119", "service", None),
         ("120", "service:120", "service", None)],
        id="service-list-after-verb",
    ),
    pytest.param("消费者可拨打12315投诉举报热线维权。", TAIYUAN,
                 [("12315", "service:12315", "service", "12315投诉举报热线")], id="service-12315"),
    pytest.param("95598供电服务热线24小时受理报修。", TAIYUAN,
                 [("95598", "service:95598", "service", "95598供电服务热线")], id="service-95xxx"),
    pytest.param("被困电梯可拨打电梯应急处置服务平台96333求助。", TAIYUAN,
                 [("96333", "service:96333", "service", "电梯应急处置服务平台")], id="service-96xxx"),
    pytest.param("发现环境违法行为可通过12369环保举报热线反映。", TAIYUAN,
                 [("12369", "service:12369", "service", "12369环保举报热线")], id="service-12369"),
    # --- issue 15: lists and tables of numbers as other papers print them ---
    pytest.param(
        "投诉电话:市消协:6612345、6612346;\n滨河区:6623456;东湖区:6634567。",
        TAIYUAN,
        [("6612345", "+863516612345", "landline", "市消协投诉电话"),
         ("6612346", "+863516612346", "landline", "市消协投诉电话"),
         ("6623456", "+863516623456", "landline", "滨河区投诉电话"),
         ("6634567", "+863516634567", "landline", "东湖区投诉电话")],
        id="run-of-labelled-local-numbers-under-a-hotline-noun",
    ),
    pytest.param("占地面积:东区:6612345;西区:6623456。", TAIYUAN, [], id="neg-run-under-no-hotline-noun"),
    pytest.param("供热热线:6612345(县供热办)、6623456(县城管局)", TAIYUAN,
                 [("6612345", "+863516612345", "landline", "县供热办"), ("6623456", "+863516623456", "landline", "县城管局")],
                 id="list-owner-in-brackets-after-each-number"),
    pytest.param("咨询电话:13912345678(王女士)", TAIYUAN,
                 [("13912345678", "+8613912345678", "mobile", "王女士")], id="contact-in-brackets-after-the-number"),
    pytest.param("联系电话 6612345(白天) 13912345678(夜间)", TAIYUAN,
                 [("6612345", "+863516612345", "landline", None), ("13912345678", "+8613912345678", "mobile", None)],
                 id="neg-brackets-saying-when-are-no-owner"),

    pytest.param("联系电话:0351 - 6612345", TAIYUAN, [("0351 - 6612345", "+863516612345", "landline", None)],
                 id="landline-hyphen-set-off-by-spaces"),
    pytest.param("2021 - 2025年规划纲要", TAIYUAN, [], id="neg-spaced-range-of-years"),

    pytest.param("3.县征兵报名站设在县人武部一楼。咨询电话:6612345。", TAIYUAN,
                 [("6612345", "+863516612345", "landline", "县征兵报名站")], id="number-after-a-sentence-placing-its-body"),
    pytest.param("比赛设在东湖公园。咨询电话:6612345。", TAIYUAN,
                 [("6612345", "+863516612345", "landline", None)], id="neg-a-placed-event-is-no-body"),

    pytest.param("各村联系人及联系电话:东关村 王强 13912345678", TAIYUAN,
                 [("13912345678", "+8613912345678", "mobile", "王强")], id="never-a-fragment-of-the-label-及联系电"),
    pytest.param("报名地点及联系电话:0351-6612345", TAIYUAN,
                 [("0351-6612345", "+863516612345", "landline", None)], id="neg-a-field-name-is-no-owner"),
    pytest.param("联系人王强电话13912345678", TAIYUAN,
                 [("13912345678", "+8613912345678", "mobile", "王强")], id="contact-name-run-into-电话"),

    pytest.param("如有困难请联系:\n张 伟13912345678 李晓明13812345678\n", TAIYUAN,
                 [("13912345678", "+8613912345678", "mobile", "张 伟"), ("13812345678", "+8613812345678", "mobile", "李晓明")],
                 id="contact-list-names-before-numbers-a-two-character-name-spaced-out"),
    pytest.param("县里开通面向公众的举报电话,方便群众反映。\n举报电话:0351-6612345\n", TAIYUAN,
                 [("0351-6612345", "+863516612345", "landline", None)], id="neg-announced-description-is-no-name"),

    pytest.param("为方便群众反映问题,县里开通了滨河县冬季供暖质量投诉电话,全天有人接听。\n投诉电话:0351-6612345\n", TAIYUAN,
                 [("0351-6612345", "+863516612345", "landline", "滨河县冬季供暖质量投诉电话")],
                 id="number-under-the-tail-of-an-announced-line-is-that-line"),
    pytest.param("县里开通了网上办事平台。\n投诉电话:0351-6612345\n", TAIYUAN,
                 [("0351-6612345", "+863516612345", "landline", None)], id="neg-announcement-of-something-else"),

    pytest.param("据介绍,滨河县妇联12338妇女维权服务中心全天接听来电。", TAIYUAN,
                 [("12338", "service:12338", "service", "滨河县妇联12338妇女维权服务中心")],
                 id="service-name-runs-from-the-body-glued-before-the-number"),
    pytest.param("全市12345热线共受理来电。", TAIYUAN,
                 [("12345", "service:12345", "service", "12345热线")], id="neg-a-place-before-a-service-is-no-body"),

    pytest.param("举报方式\n\n滨河县纪委监委\n\n举报电话:0351-6612345\n\n举报信箱:滨河县东大街1号\n", TAIYUAN,
                 [("0351-6612345", "+863516612345", "landline", "滨河县纪委监委")], id="contact-block-headed-by-its-body"),
    pytest.param("冬季长跑开赛\n\n举报电话:0351-6612345\n", TAIYUAN,
                 [("0351-6612345", "+863516612345", "landline", None)], id="neg-headline-above-is-no-body"),
    pytest.param("如有异议,请向滨河县自然资源局用途管制科(东大街5号,联系电话:6612345)提出。", TAIYUAN,
                 [("6612345", "+863516612345", "landline", "滨河县自然资源局用途管制科")],
                 id="number-in-a-bracket-reaches-the-body-before-it"),
    pytest.param("活动地点在东湖公园(东湖路8号,咨询电话:6612345)。", TAIYUAN,
                 [("6612345", "+863516612345", "landline", None)], id="neg-bracket-after-a-place-not-a-body"),
    pytest.param("国内统一刊号:CN14-0000 滨河日报社出版新闻热线:6612345广告热线:6623456", TAIYUAN,
                 [("6612345", "+863516612345", "landline", "滨河日报社新闻热线"),
                  ("6623456", "+863516623456", "landline", "滨河日报社广告热线")],
                 id="masthead-hotlines-belong-to-the-publisher"),
    pytest.param("本报新闻热线:96123广告热线:6623456", TAIYUAN,
                 [("96123", "service:96123", "service", "本报新闻热线"),
                  ("6623456", "+863516623456", "landline", "广告热线")],
                 id="hotline-label-before-the-next-number-is-not-the-name-of-the-one-before"),

    pytest.param("滨河县人民医院(发热门诊):0351-6612345", TAIYUAN,
                 [("0351-6612345", "+863516612345", "landline", "滨河县人民医院(发热门诊)")], id="owner-keeps-a-role-bracket"),
    pytest.param("滨河县人民医院(24小时):0351-6612345", TAIYUAN,
                 [("0351-6612345", "+863516612345", "landline", "滨河县人民医院")], id="owner-drops-a-when-bracket"),

    pytest.param(
        "滨河县防汛咨询、求助电话:\n滨河县应急管理局:6612345\n滨河县水利局(防汛办):6623456\n",
        TAIYUAN,
        [("6612345", "+863516612345", "landline", "滨河县应急管理局"),
         ("6623456", "+863516623456", "landline", "滨河县水利局(防汛办)")],
        id="directory-under-a-heading-line-owner-is-the-label-with-its-bracket",
    ),

    pytest.param(
        "各卫生院联系电话\n| | 单位名称 | 联系电话 |\n| 定点医院 | 滨河县人民医院 | 6612345 |\n"
        "| 发热门诊 | 滨河县中医院 | 6623456 |\n| 东关镇卫生院 | 13912345678 | |\n",
        TAIYUAN,
        [("6612345", "+863516612345", "landline", "滨河县人民医院"),
         ("6623456", "+863516623456", "landline", "滨河县中医院"),
         ("13912345678", "+8613912345678", "mobile", "东关镇卫生院")],
        id="table-rows-owner-is-the-cell-before-the-number",
    ),
    pytest.param(
        "各乡镇粮食产量\n| 乡镇 | 产量(公斤) |\n| 东关镇 | 6612345 |\n| 西关镇 | 6623456 |\n",
        TAIYUAN, [], id="neg-table-of-quantities",
    ),
    # --- services that are not: units, ordinals, names of days ---
    pytest.param("110千伏输变电工程顺利投运。", TAIYUAN, [], id="neg-110-kilovolt"),
    pytest.param("该项目总投资120万元。", TAIYUAN, [], id="neg-120-wan-yuan"),
    pytest.param("根据第12345号决定执行。", TAIYUAN, [], id="neg-ordinal"),
    pytest.param("全市开展119消防宣传月活动。", TAIYUAN, [], id="neg-fire-day-name"),
    pytest.param("全区120余家企业参加。", TAIYUAN, [], id="neg-approx-count"),
    pytest.param("乘坐120路公交车可达。", TAIYUAN, [], id="neg-bus-route"),
    pytest.param("今年12345热线共受理诉求12345件。", TAIYUAN,
                 [("12345", "service:12345", "service", "12345热线")], id="service-and-count-in-one-sentence"),
    pytest.param("热线受理量12345", TAIYUAN, [], id="neg-cue-not-adjacent-to-short-number"),
    pytest.param("密码12345", TAIYUAN, [], id="neg-password"),
    # --- landlines with area code, in every printed form ---
    pytest.param("咨询电话:(0351)2366977", TAIYUAN,
                 [("(0351)2366977", "+863512366977", "landline", None)], id="landline-parenthesised-area"),
    pytest.param("咨询电话:（０３５１）２３６６９７７。", TAIYUAN,
                 [("（０３５１）２３６６９７７", "+863512366977", "landline", None)], id="landline-full-width"),
    pytest.param("咨询电话:0351 2366977", TAIYUAN,
                 [("0351 2366977", "+863512366977", "landline", None)], id="landline-space"),
    pytest.param("咨询电话：０３５１－２３６６９７７", TAIYUAN,
                 [("０３５１－２３６６９７７", "+863512366977", "landline", None)], id="landline-full-width-hyphen"),
    pytest.param("值班电话03512366977", TAIYUAN,
                 [("03512366977", "+863512366977", "landline", None)], id="landline-unseparated"),
    pytest.param("电话:+86 351 2366977", TAIYUAN,
                 [("+86 351 2366977", "+863512366977", "landline", None)], id="landline-international"),
    pytest.param("北京联系处电话:010-65123456", TAIYUAN,
                 [("010-65123456", "+861065123456", "landline", "北京联系处")], id="landline-beijing-8-digit"),
    pytest.param("太原市档案馆(电话:0351-2366977)", TAIYUAN,
                 [("0351-2366977", "+863512366977", "landline", "太原市档案馆")], id="landline-in-brackets"),
    pytest.param("如有疑问,请拨打市医保中心咨询电话0351-5222222。", TAIYUAN,
                 [("0351-5222222", "+863515222222", "landline", "市医保中心")], id="landline-owner-after-verb"),
    pytest.param("太原市民政局 电话:0351-4040000", TAIYUAN,
                 [("0351-4040000", "+863514040000", "landline", "太原市民政局")], id="landline-owner-field-before"),
    pytest.param("地址:太原市迎泽大街1号 电话:0351-4040000", TAIYUAN,
                 [("0351-4040000", "+863514040000", "landline", None)], id="landline-address-is-no-owner"),
    pytest.param("传真:0351-4040001", TAIYUAN, [("0351-4040001", "+863514040001", "landline", None)], id="fax"),
    # --- extensions: the line's identity, the printed form keeps the extension ---
    pytest.param("联系人:王女士 联系电话:0351-4040000转8001", TAIYUAN,
                 [("0351-4040000转8001", "+863514040000", "landline", "王女士")], id="extension-zhuan"),
    pytest.param("总机:0351-4040000-8001", TAIYUAN,
                 [("0351-4040000-8001", "+863514040000", "landline", "总机")], id="extension-hyphen"),
    # --- 400/800: nationwide numbers with an E.164 form, kind landline without area code ---
    pytest.param("客服热线:400-610-1234", TAIYUAN, [("400-610-1234", "+864006101234", "landline", None)], id="400-number"),
    pytest.param("免费咨询电话800-810-1234。", TAIYUAN, [("800-810-1234", "+868008101234", "landline", None)], id="800-number"),
    # --- mobiles ---
    pytest.param("联系电话:135 1234 5678", TAIYUAN, [("135 1234 5678", "+8613512345678", "mobile", None)], id="mobile-spaced"),
    pytest.param("手机:139-0000-1111", TAIYUAN, [("139-0000-1111", "+8613900001111", "mobile", None)], id="mobile-hyphenated"),
    pytest.param(
        "联系电话:13512345678、13612345678",
        TAIYUAN,
        [("13512345678", "+8613512345678", "mobile", None), ("13612345678", "+8613612345678", "mobile", None)],
        id="two-mobiles",
    ),
    pytest.param("联系人:张三,电话:13900000000", TAIYUAN,
                 [("13900000000", "+8613900000000", "mobile", "张三")], id="contact-person-previous-subclause"),
    pytest.param("知情者请与刘秀兰联系,电话15235362639。", TAIYUAN,
                 [("15235362639", "+8615235362639", "mobile", "刘秀兰")], id="yu-x-lianxi"),
    pytest.param("有意者请联系李先生１３９３４５６７８９０。", TAIYUAN,
                 [("１３９３４５６７８９０", "+8613934567890", "mobile", "李先生")], id="mobile-full-width"),
    pytest.param("证号:13512345678", TAIYUAN, [], id="neg-mobile-shape-certificate"),
    pytest.param("编号:03512366977", TAIYUAN, [], id="neg-landline-shape-serial"),
    # --- local numbers without area code ---
    pytest.param("燃气抢修 66668888", HARBIN, [("66668888", "+8645166668888", "landline", "燃气抢修")], id="harbin-hotline-line"),
    pytest.param("报名咨询电话:4040000", TAIYUAN, [("4040000", "+863514040000", "landline", None)], id="local-after-cue"),
    pytest.param("咨询电话:0351-2366977、2366978", TAIYUAN,
                 [("0351-2366977", "+863512366977", "landline", None), ("2366978", "+863512366978", "landline", None)],
                 id="local-continues-area-code"),
    pytest.param("阳泉市档案馆电话:0353-2296010 2296011", TAIYUAN,
                 [("0353-2296010", "+863532296010", "landline", "阳泉市档案馆"),
                  ("2296011", "+863532296011", "landline", "阳泉市档案馆")],
                 id="local-continues-other-city"),
    pytest.param("热线电话:6666-8888", HARBIN, [("6666-8888", "+8645166668888", "landline", None)], id="local-4-4"),
    pytest.param(
        "便民服务电话\n\n燃气抢修 66668888\n\n供水热线 84600000\n\n| 供热服务 | 86331234 |",
        HARBIN,
        [("66668888", "+8645166668888", "landline", "燃气抢修"),
         ("84600000", "+8645184600000", "landline", "供水热线"),
         ("86331234", "+8645186331234", "landline", "供热服务")],
        id="hotline-list-with-heading",
    ),
    pytest.param(
        "部分单位联系方式如下:\n\n道里区民政局 84610001\n\n道外区民政局 88810001",
        HARBIN,
        [("84610001", "+8645184610001", "landline", "道里区民政局"),
         ("88810001", "+8645188810001", "landline", "道外区民政局")],
        id="list-of-bodies-under-heading",
    ),
    # a listed number may carry the hours it is staffed, a second number after a semicolon: the line
    # stays a list line, and so do the lines around it
    pytest.param(
        "各街道防汛值班电话:\n青禾街道:84620001\n长乐街道:84620002(工作日白天);84620003(夜间、节假日)\n"
        "雁鸣街道:84620004\n北湖街道:84620005\n南湖街道:84620006(白天);13912340007(夜间)\n",
        HARBIN,
        [("84620001", "+8645184620001", "landline", "青禾街道"),
         ("84620002", "+8645184620002", "landline", "长乐街道"),
         ("84620003", "+8645184620003", "landline", "长乐街道"),
         ("84620004", "+8645184620004", "landline", "雁鸣街道"),
         ("84620005", "+8645184620005", "landline", "北湖街道"),
         ("84620006", "+8645184620006", "landline", "南湖街道"),
         ("13912340007", "+8613912340007", "mobile", "南湖街道")],
        id="list-lines-with-staffed-hours-after-the-numbers",
    ),
    pytest.param(
        "各区常住人口\n小店区:1234567(2020年);1234568(2021年)\n迎泽区:2345678(2020年);2345679(2021年)",
        TAIYUAN, [], id="neg-statistics-list-with-a-note-per-figure",
    ),
    # an item printed over lines under a heading that names the list: its label, then its numbers,
    # notes on the hours between
    pytest.param(
        "防汛值班电话\n\n道里区应急局\n\n84630001\n\n道外区应急局\n\n84630002\n\n(工作日8:30~17:00)\n\n"
        "84630003\n\n(其他时间)\n\n香坊区应急局\n\n13912340004\n",
        HARBIN,
        [("84630001", "+8645184630001", "landline", "道里区应急局"),
         ("84630002", "+8645184630002", "landline", "道外区应急局"),
         ("84630003", "+8645184630003", "landline", "道外区应急局"),
         ("13912340004", "+8613912340004", "mobile", "香坊区应急局")],
        id="list-items-over-lines-under-a-heading",
    ),
    pytest.param(
        "各街道咨询服务电话\n青禾街道:\n84640001、84640002\n长乐街道:84640003\n雁鸣街道:84640004\n",
        HARBIN,
        [("84640001", "+8645184640001", "landline", "青禾街道"),
         ("84640002", "+8645184640002", "landline", "青禾街道"),
         ("84640003", "+8645184640003", "landline", "长乐街道"),
         ("84640004", "+8645184640004", "landline", "雁鸣街道")],
        id="an-item-over-lines-heading-a-list",
    ),
    # negatives: a signature over a date printed without separators; figures under a heading that
    # names no line
    pytest.param("意见请于5月20日前寄送县民政局。\n联系电话:0351-4567891\n雁鸣县民政局\n2024520\n",
                 TAIYUAN, [("0351-4567891", "+863514567891", "landline", None)],
                 id="neg-a-signer-over-a-bare-date"),
    pytest.param("各区常住人口\n\n小店区\n\n1234567\n\n迎泽区\n\n2345678", TAIYUAN, [],
                 id="neg-statistics-over-lines"),
    pytest.param("各区常住人口\n\n小店区 1234567\n\n迎泽区 2345678", TAIYUAN, [], id="neg-statistics-list"),
    pytest.param("燃气抢修 66668888", TAIYUAN, [], id="neg-8-digit-local-invalid-in-taiyuan"),
    pytest.param("该中心面积2366977平方米", TAIYUAN, [], id="neg-area-with-unit"),
    pytest.param("面积:2366977", TAIYUAN, [], id="neg-area-cue"),
    pytest.param("访问量2366977次", TAIYUAN, [], id="neg-count"),
    pytest.param("全市户籍人口5432100人", TAIYUAN, [], id="neg-population"),
    pytest.param("拨打电话时请注意,全年接到投诉2366977起。", TAIYUAN, [], id="neg-incidents"),
    # --- classified ads and other digit runs ---
    pytest.param(
        "太原某某商贸有限公司遗失发票一张,发票代码:14001234567,发票号码:20031234,声明作废。联系电话:13934567890",
        TAIYUAN,
        [("13934567890", "+8613934567890", "mobile", None)],
        id="lost-invoice-notice",
    ),
    pytest.param("发票号码:20031234", TAIYUAN, [], id="neg-invoice-number"),
    pytest.param("遗失身份证,身份证号:140102199001011234,声明作废。", TAIYUAN, [], id="neg-id-card"),
    pytest.param("邮编:030006", TAIYUAN, [], id="neg-postcode"),
    pytest.param("邮编 030000 电话 2366977", TAIYUAN, [("2366977", "+863512366977", "landline", None)], id="postcode-then-phone"),
    pytest.param("账号:14001234567890123", TAIYUAN, [], id="neg-account"),
    pytest.param("卡号:6222 0212 3456 7890", TAIYUAN, [], id="neg-bank-card-spaced"),
    pytest.param("营业执照注册号:140100200012345", TAIYUAN, [], id="neg-registration"),
    pytest.param("统一社会信用代码:91140100MA0K123456", TAIYUAN, [], id="neg-credit-code"),
    pytest.param("QQ群:12345678", TAIYUAN, [], id="neg-qq-group"),
    pytest.param("考生号:23012345", TAIYUAN, [], id="neg-exam-number"),
    pytest.param("《山西中部城市群高质量发展规划(2022-2035年)》", TAIYUAN, [], id="neg-year-range"),
    pytest.param("规划期限:2021-2035", TAIYUAN, [], id="neg-bare-year-range"),
    pytest.param("电话咨询截止日期20231201", TAIYUAN, [], id="neg-date-digits"),
    pytest.param("男兵上半年报名时间为:2023年12月1日至2024年2月10日", TAIYUAN, [], id="neg-dates"),
    pytest.param("同比增长12.345678%", TAIYUAN, [], id="neg-decimal"),
    pytest.param("圆周率约为3.1415926", TAIYUAN, [], id="neg-decimal-fraction"),
    pytest.param("咨询时间:8:00-12:00、14:30-17:30", TAIYUAN, [], id="neg-office-hours"),
    pytest.param("执行标准GB/T 12345-2008,服务热线见包装。", TAIYUAN, [], id="neg-standard-number"),
    pytest.param("ISBN 978-7-111-12345-6", TAIYUAN, [], id="neg-isbn"),
    pytest.param("体彩排列5第23001期开奖号码: 12345", TAIYUAN, [], id="neg-lottery-draw"),
    pytest.param("累计服务10000", TAIYUAN, [], id="neg-served-count"),
    pytest.param("服务对象 12000", TAIYUAN, [], id="neg-statistic-line-service-shape"),
    pytest.param("服务对象 2366977", TAIYUAN, [], id="neg-statistic-line-local-shape"),
    pytest.param("咨询量达2345678", TAIYUAN, [], id="neg-volume"),
    pytest.param("全市共有110个社区,120个行政村。", TAIYUAN, [], id="neg-counts-of-places"),
    pytest.param("第七次全国人口普查太原市常住人口为5304061人。", TAIYUAN, [], id="neg-census"),
    pytest.param("今年前三季度,全市12345热线共接到来电2366977个,办结率99.8%。", TAIYUAN,
                 [("12345", "service:12345", "service", "12345热线")], id="hotline-statistics"),
    pytest.param(
        "市急救中心电话120,市公安局指挥中心电话110。",
        TAIYUAN,
        [("120", "service:120", "service", "市急救中心"), ("110", "service:110", "service", "市公安局指挥中心")],
        id="services-owned-by-bodies",
    ),
    # a list line's label that only says what the number is for names nobody (FORMAT.md: the owner
    # is the person or body the number reaches); see tests/test_phone_owners.py
    pytest.param("火警 119", TAIYUAN, [("119", "service:119", "service", None)], id="service-list-line"),
    pytest.param("中国移动客服10086、中国联通客服10010", TAIYUAN,
                 [("10086", "service:10086", "service", "中国移动客服"),
                  ("10010", "service:10010", "service", "中国联通客服")], id="carrier-services"),
    pytest.param("本报讯 记者从市热力公司获悉,供热服务热线为96199。", TAIYUAN,
                 [("96199", "service:96199", "service", "供热服务热线")], id="service-96-after-named-hotline"),
    pytest.param("市民如发现违法行为,可拨打举报电话0351-12345或发送邮件。", TAIYUAN,
                 [("0351-12345", "service:12345", "service", None)], id="service-with-area-code"),
    pytest.param("记者拨打了该公司客服电话4008123123,对方表示将尽快处理。", TAIYUAN,
                 [("4008123123", "+864008123123", "landline", None)], id="400-unseparated"),
    pytest.param(
        "某公司招聘销售员5名,月薪4000元以上。联系电话:0351-7654321 13803456789 联系人:刘经理 地址:太原市迎泽大街100号",
        TAIYUAN,
        [("0351-7654321", "+863517654321", "landline", "刘经理"), ("13803456789", "+8613803456789", "mobile", "刘经理")],
        id="job-ad-contact-after-numbers",
    ),
    pytest.param(
        "疫情防控咨询电话:\n\n小店区 0351-7021234\n\n杏花岭区 3031234",
        TAIYUAN,
        [("0351-7021234", "+863517021234", "landline", "小店区"), ("3031234", "+863513031234", "landline", "杏花岭区")],
        id="district-list-under-heading",
    ),
    pytest.param("请联系市医保中心 2366977", TAIYUAN,
                 [("2366977", "+863512366977", "landline", "市医保中心")], id="local-after-call-verb-and-name"),
    pytest.param("咨询电话(工作日):2366977", TAIYUAN,
                 [("2366977", "+863512366977", "landline", None)], id="local-cue-with-remark"),
    pytest.param("联系电话:0351-6011234 / 6011235", TAIYUAN,
                 [("0351-6011234", "+863516011234", "landline", None), ("6011235", "+863516011235", "landline", None)],
                 id="local-after-slash"),
    pytest.param("TEL:0351-2366977", TAIYUAN, [("0351-2366977", "+863512366977", "landline", None)], id="latin-tel"),
    pytest.param("监督电话:0351—4223344", TAIYUAN, [("0351—4223344", "+863514223344", "landline", None)], id="em-dash"),
    pytest.param("【咨询电话】2366977", TAIYUAN, [("2366977", "+863512366977", "landline", None)], id="cue-in-brackets"),
    pytest.param("市民可通过“12345”热线反映诉求。", TAIYUAN,
                 [("12345", "service:12345", "service", "12345热线")], id="service-in-quotes"),
    pytest.param(
        "全市各档案馆联系电话\n\n| 序号 | 单位 | 电话 |\n|---|---|---|\n| 1 | 太原市档案馆 | 2366977 |\n| 2 | 小店区档案馆 | 7021234 |",
        TAIYUAN,
        [("2366977", "+863512366977", "landline", "太原市档案馆"), ("7021234", "+863517021234", "landline", "小店区档案馆")],
        id="markdown-table-of-numbers",
    ),
    pytest.param("1.燃气抢修 4040000\n2.供水抢修 4040001", TAIYUAN,
                 [("4040000", "+863514040000", "landline", "燃气抢修"), ("4040001", "+863514040001", "landline", "供水抢修")],
                 id="numbered-hotline-list"),
    pytest.param("新闻热线:0351-4040000 广告热线:0351-4040001", TAIYUAN,
                 [("0351-4040000", "+863514040000", "landline", "新闻热线"),
                  ("0351-4040001", "+863514040001", "landline", "广告热线")], id="two-labelled-numbers-one-line"),
    pytest.param("+86-351-2366977", TAIYUAN, [("+86-351-2366977", "+863512366977", "landline", None)], id="international-hyphens"),
    pytest.param("紧急电话110、120、119", TAIYUAN,
                 [("110", "service:110", "service", None), ("120", "service:120", "service", None),
                  ("119", "service:119", "service", None)], id="emergency-numbers-after-cue"),
    pytest.param("电话:+86 123456789012", TAIYUAN, [], id="neg-international-not-a-chinese-number"),
    pytest.param("办公室电话:7654321(工作日)", TAIYUAN, [("7654321", "+863517654321", "landline", None)], id="local-with-remark-after"),
    # --- owners: a relative word is no part of the name; "X热线或Y电话" names Y; a purpose is no owner ---
    pytest.param("如有知情者请与其女儿王丽娟联系,电话:13934567890。", TAIYUAN,
                 [("13934567890", "+8613934567890", "mobile", "王丽娟")], id="owner-after-relative-word"),
    pytest.param("请联系其家属,电话13503519876。", TAIYUAN,
                 [("13503519876", "+8613503519876", "mobile", None)], id="owner-relative-word-alone-is-nobody"),
    pytest.param("纳税人如有疑问,可拨打12366纳税服务热线或市税务局咨询电话0351-4041234。", TAIYUAN,
                 [("12366", "service:12366", "service", "12366纳税服务热线"),
                  ("0351-4041234", "+863514041234", "landline", "市税务局")], id="owner-after-hotline-or"),
    pytest.param("旅客可拨打12306铁路服务热线或太原火车站咨询电话0351-2341234。", TAIYUAN,
                 [("12306", "service:12306", "service", "12306铁路服务热线"),
                  ("0351-2341234", "+863512341234", "landline", "太原火车站")], id="owner-after-hotline-or-station"),
    pytest.param("意见反馈电话:0351-5551234", TAIYUAN,
                 [("0351-5551234", "+863515551234", "landline", None)], id="owner-purpose-is-no-owner"),
    pytest.param("社区还公布了加装电梯问题反映电话0351-6061234,居民可随时反映。", TAIYUAN,
                 [("0351-6061234", "+863516061234", "landline", None)], id="owner-clause-after-announce-verb-is-no-owner"),
    pytest.param("市信访局公布了投诉电话:0351-4223344", TAIYUAN,
                 [("0351-4223344", "+863514223344", "landline", None)], id="owner-announce-verb-then-cue-only"),
    # --- owners: a labelled unit a line or two above the number's line ---
    pytest.param("实施单位:青岚市水务建设有限公司\n联系电话:0351-5550123", TAIYUAN,
                 [("0351-5550123", "+863515550123", "landline", "青岚市水务建设有限公司")], id="owner-unit-line-above"),
    pytest.param("公示单位:青岚市民政局\n地址:青岚市和平路8号\n联系电话:0351-5550124", TAIYUAN,
                 [("0351-5550124", "+863515550124", "landline", "青岚市民政局")], id="owner-unit-two-lines-above"),
    pytest.param("公示单位:青岚市民政局\n联系人:郑先生\n联系电话:0351-5550124", TAIYUAN,
                 [("0351-5550124", "+863515550124", "landline", "郑先生")], id="owner-contact-person-beats-the-unit"),
    pytest.param("实施单位:青岚市水务建设有限公司\n施工期间请车辆绕行,给您带来不便敬请谅解。\n联系电话:0351-5550123", TAIYUAN,
                 [("0351-5550123", "+863515550123", "landline", None)], id="neg-owner-unit-above-prose-is-not-the-owner"),
    pytest.param("招聘单位:见附表\n联系电话:0351-5550128", TAIYUAN,
                 [("0351-5550128", "+863515550128", "landline", None)], id="neg-owner-unit-line-naming-no-body"),
    pytest.param("实施单位:青岚市水务建设有限公司\n地址:和平路8号\n邮编:030001\n联系电话:0351-5550123", TAIYUAN,
                 [("0351-5550123", "+863515550123", "landline", None)], id="neg-owner-unit-three-lines-above-is-too-far"),
    # --- owners: the contact a sentence on the line above names, for a number on its own line ---
    pytest.param("拾到黑色手提包一个,请失主前来认领。如有疑问请与李女士联系。\n联系电话:13812345670", TAIYUAN,
                 [("13812345670", "+8613812345670", "mobile", "李女士")], id="owner-contact-sentence-above"),
    pytest.param("本社区将开展旧衣回收活动。详情请与和平社区居委会联系。\n\n联系电话:0351-5550130", TAIYUAN,
                 [("0351-5550130", "+863515550130", "landline", "和平社区居委会")], id="owner-body-in-sentence-above"),
    pytest.param("如有疑问请与李女士联系。\n地址:和平路8号\n联系电话:13812345670", TAIYUAN,
                 [("13812345670", "+8613812345670", "mobile", "李女士")], id="owner-contact-sentence-over-a-label-line"),
    pytest.param("报名请联系王先生。\n电话:13812345671", TAIYUAN,
                 [("13812345671", "+8613812345671", "mobile", "王先生")], id="owner-contact-after-call-verb-above"),
    pytest.param("如有疑问请与我们联系。\n联系电话:13812345672", TAIYUAN,
                 [("13812345672", "+8613812345672", "mobile", None)], id="neg-owner-we-are-no-contact"),
    pytest.param("如有疑问请与李女士联系。\n活动当天将有专车接送,请准时到达。\n联系电话:13812345673", TAIYUAN,
                 [("13812345673", "+8613812345673", "mobile", None)], id="neg-owner-contact-sentence-two-prose-lines-up"),
    pytest.param("请与家人结伴前往,注意安全。\n联系电话:13812345674", TAIYUAN,
                 [("13812345674", "+8613812345674", "mobile", None)], id="neg-owner-与-without-a-contact-verb"),
    # --- owners are clean names: no adverb at the start, "该公司" is the company named before ---
    pytest.param("本报讯 记者从青岚燃气有限公司获悉,节日期间服务不停歇。目前该公司客服电话为0351-5550132。", TAIYUAN,
                 [("0351-5550132", "+863515550132", "landline", "青岚燃气有限公司")], id="owner-该公司-is-the-company-before"),
    pytest.param("本报讯 青岚市图书馆推出送书上门服务。如有疑问请与该馆读者服务部联系。\n联系电话:0351-5550131", TAIYUAN,
                 [("0351-5550131", "+863515550131", "landline", "青岚市图书馆读者服务部")], id="owner-该馆-unit-keeps-its-unit"),
    pytest.param("本报讯 河湾县民政局开通养老咨询专线。现该局咨询电话为0351-5550133。", TAIYUAN,
                 [("0351-5550133", "+863515550133", "landline", "河湾县民政局")], id="owner-现该局-adverb-and-pronoun-go"),
    pytest.param("本报讯 构建发展新格局需要各方努力。现该局咨询电话为0351-5550134。", TAIYUAN,
                 [("0351-5550134", "+863515550134", "landline", None)], id="neg-owner-该局-with-no-bureau-before"),
    pytest.param("另市民政局咨询电话:0351-5550136", TAIYUAN,
                 [("0351-5550136", "+863515550136", "landline", "市民政局")], id="owner-另-before-a-place-goes"),
    pytest.param("现代物流公司服务电话:0351-5550135", TAIYUAN,
                 [("0351-5550135", "+863515550135", "landline", "现代物流公司")], id="neg-owner-现代-is-part-of-the-name"),
    pytest.param("另附联系电话:0351-5550137", TAIYUAN,
                 [("0351-5550137", "+863515550137", "landline", None)], id="neg-owner-另附-is-no-name"),
    pytest.param("目前青岚市民政局咨询电话为0351-5550138。", TAIYUAN,
                 [("0351-5550138", "+863515550138", "landline", "青岚市民政局")], id="owner-目前-goes"),
    # --- a hotline keeps the place printed right before its number ---
    pytest.param("市民可拨打市12345公共服务热线反映问题。", TAIYUAN,
                 [("12345", "service:12345", "service", "市12345公共服务热线")], id="hotline-keeps-市-prefix"),
    pytest.param("如有问题请拨打区12345热线。", TAIYUAN,
                 [("12345", "service:12345", "service", "区12345热线")], id="hotline-keeps-区-prefix"),
    pytest.param("也可拨打青岚市河湾区12345政务服务热线。", TAIYUAN,
                 [("12345", "service:12345", "service", "青岚市河湾区12345政务服务热线")], id="hotline-keeps-a-named-place"),
    pytest.param("请拨打市“12345”热线反映。", TAIYUAN,
                 [("12345", "service:12345", "service", "市12345热线")], id="hotline-keeps-a-prefix-outside-quotes"),
    pytest.param("请拨打我市12345热线。", TAIYUAN,
                 [("12345", "service:12345", "service", "12345热线")], id="neg-hotline-我市-is-no-part-of-the-name"),
    pytest.param("通过市长12345热线反映。", TAIYUAN,
                 [("12345", "service:12345", "service", "12345热线")], id="neg-hotline-市长-is-no-place"),
    # --- a count after a number says how many numbers there are, it names none ---
    pytest.param("遇到问题拨打“12366”一个电话即可。", TAIYUAN,
                 [("12366", "service:12366", "service", None)], id="neg-一个电话-is-no-hotline-name"),
    pytest.param("12345这条热线昨天很忙。", TAIYUAN,
                 [("12345", "service:12345", "service", None)], id="a-counted-hotline-is-still-a-number"),
    pytest.param("“12366”纳税服务热线开通。", TAIYUAN,
                 [("12366", "service:12366", "service", "12366纳税服务热线")], id="a-named-hotline-keeps-its-name"),
    # --- local numbers listed after one cue, the paper's area code unknown ---
    pytest.param("报名电话:5556031、5556032。", None,
                 [("5556031", "local:5556031", "landline", None), ("5556032", "local:5556032", "landline", None)],
                 id="a-listed-local-number-shares-the-cue"),
    pytest.param("全年接待游客5556031、5556032人次。", None, [], id="neg-listed-counts-are-no-numbers"),
    pytest.param("编号5556031、5556032。", None, [], id="neg-listed-codes-without-a-cue"),
    # --- a one-character count word vetoes only the number right after it ---
    pytest.param("据统计,当天8时至18时,4005550123这部专线共接来电200余个。", TAIYUAN,
                 [("4005550123", "+864005550123", "landline", None)], id="据统计-early-in-the-sentence-is-no-veto"),
    pytest.param("全年共计13955501234元。", TAIYUAN, [], id="neg-共计-right-before-is-a-count"),
    pytest.param("投资总额约 13955501234元。", TAIYUAN, [], id="neg-约-right-before-is-a-count"),
    # --- a page in traditional script (a big5 gateway of a mainland site): the same cues, owners as printed ---
    pytest.param("如有疑問，可撥打縣醫保中心諮詢電話0351-5550147。", TAIYUAN,
                 [("0351-5550147", "+863515550147", "landline", "縣醫保中心")], id="trad-consultation-line"),
    pytest.param("街道辦事處開通的專線電話5550199全天接聽。", TAIYUAN,
                 [("5550199", "+863515550199", "landline", "街道辦事處")], id="trad-local-number-after-專線電話"),
    pytest.param("市民可撥打“12345”市長熱線反映。", TAIYUAN,
                 [("12345", "service:12345", "service", "12345市長熱線")], id="trad-hotline-named-after-number"),
    pytest.param("活動報名電話：5550166、5550177。", TAIYUAN,
                 [("5550166", "+863515550166", "landline", "活動"), ("5550177", "+863515550177", "landline", "活動")],
                 id="trad-listed-local-numbers-share-the-cue"),
    pytest.param("舉報電話為13955501234，聯繫人：錢女士。", TAIYUAN,
                 [("13955501234", "+8613955501234", "mobile", "錢女士")], id="trad-為-is-no-part-of-the-label"),
    pytest.param("縣紀委舉報電話為0351-5550123。", TAIYUAN,
                 [("0351-5550123", "+863515550123", "landline", "縣紀委")], id="trad-為-ends-no-owner"),
    pytest.param("當天共接聽來電5550123個。", TAIYUAN, [], id="neg-trad-a-count-of-calls"),
    pytest.param("郵編：030012。", TAIYUAN, [], id="neg-trad-postcode"),
    pytest.param("全年接待遊客5556031、5556032人次。", None, [], id="neg-trad-listed-counts"),
    # --- a run of labelled numbers after a hotline noun that ends its sentence or heading line ---
    pytest.param("即日起，全县各乡镇武装部的征兵咨询电话同时开通。东城镇武装部：5550111；西城镇武装部：5550222；"
                 "南城镇武装部5550333；北城镇武装部：5550444。", TAIYUAN,
                 [("5550111", "+863515550111", "landline", "东城镇武装部"),
                  ("5550222", "+863515550222", "landline", "西城镇武装部"),
                  ("5550333", "+863515550333", "landline", "南城镇武装部"),
                  ("5550444", "+863515550444", "landline", "北城镇武装部")], id="run-after-a-sentence-naming-the-lines"),
    pytest.param("抢险热线电话\n市政中心（道路积雪）：5550123；区供电公司（停电报修）：95598；"
                 "叫车：5550666（安达公司）、5550777（顺风公司）；市城管办：5550888或者市执法局96310；"
                 "市园林局：5550999", TAIYUAN,
                 [("5550123", "+863515550123", "landline", "市政中心（道路积雪）"),
                  ("95598", "service:95598", "service", "区供电公司（停电报修）"),
                  ("5550666", "+863515550666", "landline", "安达公司"),
                  ("5550777", "+863515550777", "landline", "顺风公司"),
                  ("5550888", "+863515550888", "landline", "市城管办"),
                  ("96310", "service:96310", "service", "市执法局"),
                  ("5550999", "+863515550999", "landline", "市园林局")], id="run-under-a-heading-line"),
    pytest.param("热线电话公布如下：区供电局：95598；区自来水公司：5550001。", TAIYUAN,
                 [("95598", "service:95598", "service", "区供电局"),
                  ("5550001", "+863515550001", "landline", "区自来水公司")], id="run-after-公布如下"),
    pytest.param("热线电话\n全年接待：12345人次；其中：5550001元。", TAIYUAN, [], id="neg-run-of-counts"),
    pytest.param("市民热线开通。开通时间：8时至18时；受理数量：3000件。", TAIYUAN, [], id="neg-run-of-times-and-counts"),
    pytest.param("她拨通了电话。老张：5550001。", TAIYUAN, [], id="neg-one-labelled-number-after-a-sentence-is-no-run"),
    pytest.param("她拨通了电话。老张说编号5550001不对。", TAIYUAN, [], id="neg-a-glued-code-without-items"),
    pytest.param("热线电话。甲单位：" + "1" * 36 + "乙单位5550001", TAIYUAN, [],
                 id="neg-a-long-digit-run-ends-no-item-and-is-not-split"),
    # ... whose items stand one a line, each label glued to its numbers, with or without a separator
    pytest.param("监督电话\n雁鸣县财政局5551201、5551202\n雁鸣县水利局5551203\n青禾镇5551204\n", TAIYUAN,
                 [("5551201", "+863515551201", "landline", "雁鸣县财政局"),
                  ("5551202", "+863515551202", "landline", "雁鸣县财政局"),
                  ("5551203", "+863515551203", "landline", "雁鸣县水利局"),
                  ("5551204", "+863515551204", "landline", "青禾镇")], id="glued-items-one-a-line-under-a-heading"),
    pytest.param("信息报送电话:\n青禾区民政局5551301,\n青禾区司法局5551302;\n", TAIYUAN,
                 [("5551301", "+863515551301", "landline", "青禾区民政局"),
                  ("5551302", "+863515551302", "landline", "青禾区司法局")], id="glued-items-ending-in-separators"),
    pytest.param("热线电话\n老张5550001\n小李说这个号码不对。", TAIYUAN, [],
                 id="neg-one-glued-line-under-a-heading-is-no-run"),
    pytest.param("雁鸣县财政局5551201\n雁鸣县水利局5551203\n", TAIYUAN, [], id="neg-glued-lines-with-no-heading"),
    # ... which may run on far past the heading, one item a line
    pytest.param("监督电话\n" + "".join(f"{town}镇人民政府55514{i:02d}\n" for i, town in enumerate(_TOWNS)), TAIYUAN,
                 [(f"55514{i:02d}", f"+8635155514{i:02d}", "landline", f"{town}镇人民政府") for i, town in enumerate(_TOWNS)],
                 id="a-long-directory-one-item-a-line"),
    pytest.param("监督电话\n" + "这份名单按乡镇的顺序排列,各镇值守人员会在工作时间内接听群众来电。" * 8
                 + "\n甲局5551501\n乙局5551502\n", TAIYUAN, [], id="neg-prose-between-the-heading-and-glued-lines"),
]


@pytest.mark.parametrize(("text", "area_code", "expected"), CASES)
def test_numbers_found(text, area_code, expected):
    assert found(text, area_code) == expected


@pytest.mark.parametrize(("text", "area_code", "expected"), CASES)
def test_evidence_is_verbatim_and_holds_the_number(text, area_code, expected):
    for m in find_phones(text, ctx(area_code)):
        assert text[m.evidence_start:m.evidence_end] == m.evidence
        assert text[m.char_start:m.char_end] == m.raw
        assert m.evidence_start <= m.char_start and m.char_end <= m.evidence_end
        if m.owner:  # the owner is named inside the evidence (quotation marks aside) ...
            evidence = m.evidence.replace("“", "").replace("”", "")
            # ... or as two printed parts of it: a run's label and its hotline noun ("福田区" + "举报电话"),
            # a masthead's publisher and its hotline ("某日报社" + "广告热线")
            in_parts = any(m.owner[:i] in evidence and m.owner[i:] in evidence for i in range(2, len(m.owner) - 1))
            assert m.owner in evidence or in_parts


@pytest.mark.parametrize(
    "separator", [",", "，", ";", "；", " ", "　", "。"], ids=lambda s: f"separator-{s!r}"
)
@pytest.mark.parametrize("person", ["孙先生", "孙立群", "孙经理"])
def test_a_named_contact_owns_the_number_whatever_the_separator(separator, person):
    for label in ("联系电话:", "电话：", "手机:"):
        text = f"某某家政服务有限公司诚聘保洁员。联系人:{person}{separator}{label}13912340001"
        assert [m.owner for m in find_phones(text, ctx())] == [person], text


@pytest.mark.parametrize(
    "text",
    [
        "联系人:孙先生;邮箱:sun@example.cn;电话:13912340001",  # another field between: no longer the contact's
        "我们已与市人社局联系。电话:13912340001",  # a sentence that is more than a label, before a full stop
    ],
)
def test_a_contact_one_field_too_far_back_owns_nothing(text):
    assert [m.owner for m in find_phones(text, ctx())] == [None]


@pytest.mark.parametrize(
    ("text", "area_code", "e164", "area", "region", "valid"),
    [
        ("太原市档案馆查档电话为0351-2366977", TAIYUAN, "+863512366977", "0351", "山西省太原市", True),
        ("阳泉市档案馆查档电话为0353-2296010", TAIYUAN, "+863532296010", "0353", "山西省阳泉市", True),
        ("燃气抢修 66668888", HARBIN, "+8645166668888", "0451", "黑龙江省哈尔滨市", True),
        ("请知情者联系刘秀兰 15235362639", TAIYUAN, "+8615235362639", None, "山西省太原市", True),
        ("客服热线:400-610-1234", TAIYUAN, "+864006101234", None, "中国", True),
        ("12345市长热线", TAIYUAN, None, None, None, True),
        # a cue right before it vouches for a number phonenumbers does not know; it is kept, flagged
        ("抢修热线:66668888", TAIYUAN, "+8635166668888", "0351", None, False),
    ],
)
def test_number_details(text, area_code, e164, area, region, valid):
    (m,) = find_phones(text, ctx(area_code))
    assert (m.e164, m.area_code, m.region, m.valid) == (e164, area, region, valid)


def test_offset_shifts_every_position():
    text = "请知情者联系刘秀兰 15235362639。"
    (plain,) = find_phones(text, ctx())
    (shifted,) = find_phones(text, ctx(), offset=100)
    assert (shifted.char_start, shifted.char_end) == (plain.char_start + 100, plain.char_end + 100)
    assert (shifted.evidence_start, shifted.evidence_end) == (plain.evidence_start + 100, plain.evidence_end + 100)


def test_extract_keeps_one_row_per_number_preferring_a_named_owner():
    text = "如有问题请拨打12345。\n\n市民也可以通过12345市长热线反映。\n\n服务热线12345"
    (record,) = extract(Issue(ctx=ctx(), text=text, articles=()))
    assert (record.phone_id, record.event_id, record.owner) == ("service:12345", "service:12345", "12345市长热线")
    assert text[record.char_start:record.char_end] == record.evidence == "12345市长热线"
    assert record.article_seq is None


def test_extract_prefers_the_mention_readers_are_asked_to_call():
    text = "记者从滨河市12345政务服务热线办公室获悉,市民可拨打“12345”政务服务便民热线反映诉求。"
    (record,) = extract(Issue(ctx=ctx(), text=text, articles=()))
    assert record.owner == "12345政务服务便民热线"


def test_extract_sets_the_article_holding_the_number():
    text = "第一篇\n\n没有电话。\n\n寻亲启事\n\n请知情者联系刘秀兰 15235362639。"
    second_start = text.index("寻亲启事")
    articles = tuple(
        Article(seq=seq, kind="article", title=None, subtitle=None, section=None, byline=None,
                body=text[lo:hi], char_start=lo, char_end=hi, body_offsets=tuple(range(lo, hi)))
        for seq, (lo, hi) in enumerate([(0, second_start), (second_start, len(text))])
    )
    (record,) = extract(Issue(ctx=ctx(), text=text, articles=articles))
    assert (record.article_seq, record.kind, record.e164) == (1, "mobile", "+8615235362639")


@pytest.mark.parametrize(
    "spans",
    [
        pytest.param([(0, 10), (10, 20), (25, 40)], id="in-order-with-a-gap"),
        pytest.param([(0, 10), (10, 10), (10, 20)], id="an-empty-article-where-the-next-starts"),
        pytest.param([(0, 0), (0, 40)], id="an-empty-article-first"),
        pytest.param([(10, 20), (0, 10), (20, 40)], id="out-of-order"),
        pytest.param([(0, 30), (10, 20), (15, 40)], id="overlapping"),
        pytest.param([], id="no-articles"),
    ],
)
def test_the_article_holding_a_position_is_the_first_that_holds_it_whatever_the_layout(spans):
    from extractors.phones import _article_seq, _article_seq_finder

    text = "甲" * 45
    articles = tuple(
        Article(seq=seq, kind="article", title=None, subtitle=None, section=None, byline=None,
                body=text[lo:hi], char_start=lo, char_end=hi, body_offsets=tuple(range(lo, hi)))
        for seq, (lo, hi) in enumerate(spans)
    )
    issue = Issue(ctx=ctx(), text=text, articles=articles)
    finder = _article_seq_finder(issue)
    assert [finder(pos) for pos in range(-1, 46)] == [_article_seq(issue, pos) for pos in range(-1, 46)]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        pytest.param("停气通知\n\n因管网检修,我公司定于1月9日9时至17时对府东街一带暂停供气。\n\n咨询电话:0351-3031234\n\n"
                     "特此通知\n\n太原天然气有限公司\n\n2023年1月5日\n",
                     {"0351-3031234": "太原天然气有限公司"}, id="notice-number-reaches-the-signer"),
        pytest.param("公告\n\n因设备升级,本行网点1月8日暂停营业。客服热线:95566\n\n中国银行太原分行\n\n2023年1月5日\n",
                     {"95566": "中国银行太原分行"}, id="notice-service-number-reaches-the-signer"),
        pytest.param("任前公示\n\n拟任张三为市某局副局长。如有异议,请于公示期内向市纪委监委第三监督检查室反映。\n\n"
                     "举报电话:0351-4221234\n\n中共太原市委组织部\n\n2023年1月4日\n",
                     {"0351-4221234": "市纪委监委第三监督检查室"}, id="notice-number-reaches-the-body-named-before-it"),
        pytest.param("减资公告\n\n山西汇通商贸有限公司经股东会决议减少注册资本,请债权人自本公告之日起45日内向本公司申报债权。\n\n"
                     "联系电话:13700001234\n",
                     {"13700001234": "山西汇通商贸有限公司"}, id="notice-self-reference-is-the-issuer"),
        pytest.param("招聘启事\n\n山西华宇物业服务有限公司招聘保安10名。\n\n联系人:周女士\n\n联系电话:0351-7654321 13803456789\n",
                     {"0351-7654321": "周女士", "13803456789": "周女士"}, id="contact-person-on-the-line-above"),
        pytest.param("市民文化节开幕\n\n本报讯 文化节持续一个月,咨询电话:0351-4041234。(张三)\n",
                     {"0351-4041234": None}, id="news-number-without-owner-stays-without"),
        # a report's opening marker before a labelled number is the paper's, not the number's owner
        pytest.param("购票须知\n\n本报讯 购票电话:0351-5551234;市文旅局服务热线 0351-5554321。\n",
                     {"0351-5551234": None, "0351-5554321": "市文旅局服务热线"}, id="news-opener-is-no-owner"),
        pytest.param("电视台讯\n\n晋阳网讯 市图书馆咨询电话:0351-5556789。\n",
                     {"0351-5556789": "市图书馆"}, id="news-opener-then-the-owner"),
    ],
)
def test_owner_of_a_number_printed_in_a_notice(text, owners):
    """The linking stage, run after every extractor, gives such numbers the notice's body."""
    from extractors import notices
    from extractors.link import link
    from extractors.segment import segment

    issue = Issue(ctx=ctx(), text=text, articles=segment(text))
    records = link(issue, {"public_notices": notices.extract(issue), "phone_numbers": extract(issue)})
    assert {r.raw: r.owner for r in records["phone_numbers"]} == owners


def test_the_phone_extractor_alone_reads_no_notice():
    from extractors.segment import segment

    text = "停气通知\n\n因管网检修,我公司定于1月9日暂停供气。\n\n咨询电话:0351-3031234\n\n太原天然气有限公司\n\n2023年1月5日\n"
    (record,) = extract(Issue(ctx=ctx(), text=text, articles=segment(text)))
    assert record.owner is None  # the notice's signer is linked in later (extractors.link)


GOLD_FILES = [pytest.param(path, id=path.name.split("_")[0]) for path in sorted(GOLD.glob("*.gold.json"))]


@pytest.mark.parametrize("gold_path", GOLD_FILES)
def test_sample_issue_matches_gold(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (ROOT / "raw" / gold["file"]).read_text(encoding="utf-8-sig")
    records = extract(Issue(ctx=ctx(), text=text, articles=()))

    def key(item):
        return item["e164"] or "service:" + item["raw"]

    required = {key(g): g for g in gold["phone_numbers"] if not g.get("optional")}
    allowed = {key(g) for g in gold["phone_numbers"]}
    got = {r.phone_id: r for r in records}
    assert set(required) <= set(got), "missed numbers"
    assert set(got) <= allowed, "numbers the gold does not have"
    assert {k: got[k].owner for k in required} == {k: g["owner"] for k, g in required.items()}
    for r in records:
        assert text[r.char_start:r.char_end] == r.evidence


_PIECES = st.sampled_from([
    "电话", "热线", "拨打", "联系", "发票号码", "面积", "市长热线", "指挥中心", "万元", "第", "号", "年",
    "转", "(", ")", "（", "）", "-", "－", " ", "\u3000", ":", "：", ",", "。", "、", "\n", "|", ".", "+86",
    "0351", "110", "12345", "2366977", "66668888", "15235362639", "０３５１", "２３６６９７７", "400",
    "太原市档案馆", "刘秀兰", "联系人:", "燃气抢修", "kV", "A",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.sampled_from([TAIYUAN, HARBIN, "010"]))
def test_any_text_gives_verbatim_spans(text, area_code):
    for m in find_phones(text, ctx(area_code), offset=3):
        assert text[m.evidence_start - 3:m.evidence_end - 3] == m.evidence
        assert text[m.char_start - 3:m.char_end - 3] == m.raw
        assert (m.e164 is None) == (m.kind == "service")
        assert m.phone_id == (m.e164 or m.phone_id)


# --- the fast paths on a long issue read the same as the plain ones --------------------------------

_PHONE_TEXT_PIECES = ["0351", "-", " - ", "6612345", "12345", "110", "+86", "(0351)", "(+86)", "１３８", "（", "）",
                      "—", "\u3000", "转", "8", "年", "电话", "電話", "號", ".", "5", "a", "。", "(", "2023", " ",
                      "0086", "0", "12", "A", "3.", "١"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PHONE_TEXT_PIECES), max_size=14).map("".join))
def test_digit_runs_and_folding_are_those_of_the_plain_scan(text):
    from extractors import phones

    assert phones._fold(text) == text.translate(str.maketrans({**phones.lang.CHAR_FOLDS, **TRADITIONAL_TO_SIMPLIFIED}))
    folded = phones._fold(text)
    assert [m.span() for m in phones._digit_runs(folded)] == [m.span() for m in phones._RUN.finditer(folded)]
    assert [m.span() for m in phones._phone_sized_runs(folded)] == [
        m.span() for m in phones._RUN.finditer(folded) if phones._is_phone_sized(m) and not phones._is_plain_four(m)]


def test_no_four_digits_alone_are_a_number():
    # the digit scan does not begin at a plain group of four digits: none may have a shape
    from extractors import phones

    assert [d for d in (f"{n:04d}" for n in range(10_000)) if phones._alone_shape(d) is not None] == []


# --- a text without a run long enough for a number to dial is not scanned by notices ---------------

@pytest.mark.parametrize(
    "text, may",
    [
        ("咨询电话：0351-5550123", True),
        ("报名电话 13900001111", True),
        ("联系电话：５５５０１２３", True),  # full-width digits fold to digits
        ("服务热线0351 - 555 0123", True),  # groups joined by " - " and a space
        ("电话0351—5550123", True),  # a dash folds to a hyphen
        ("电话 555　0123", True),  # so does an ideographic space to a space
        ("拨打(0351)5550123", True),
        ("2024年12月1日至12月31日", False),  # a date's runs are short
        ("时间：9:00-17:30", False),
        ("市民热线12345", False),  # a service number has no E.164 form
        ("遇险拨打110或119", False),
        ("编号 123-456", False),  # six digits: no number to dial
        ("", False),
    ],
)
def test_a_text_may_hold_a_dialable_number_only_with_seven_digits_of_one_run(text, may):
    assert may_hold_dialable(text) is may
    if not may:
        assert not [m for m in find_phones(text, ctx()) if m.e164]


def test_the_dialable_check_reads_only_the_span_asked():
    text = "电话0351-5550123。2024年12月1日"
    assert may_hold_dialable(text, 0, 16) and not may_hold_dialable(text, 16)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PHONE_TEXT_PIECES + ["555", "0123", "139", "400", "12345678"]), max_size=14).map("".join),
       st.sampled_from([TAIYUAN, HARBIN, None]))
def test_a_text_the_dialable_check_refuses_holds_no_dialable_number(text, area_code):
    if not may_hold_dialable(text):
        assert not [m.e164 for m in find_phones(text, ctx(area_code)) if m.e164]


# --- a window whose end no headed run of labelled numbers can have is not searched -----------------

@pytest.mark.parametrize(
    "window, may",
    [
        ("各街道咨询电话:", False),  # 电 begins a line noun: no item's label ends with it
        ("如需帮助请拨打服务热线：", False),
        ("城区供水服务热线", False),
        ("东:", False),  # one character is no label
        ("城南::", False),  # the label cannot end before the first of two colons
        ("2024年", False),
        ("", False),
        (" \n", False),
        ("报修电话如下:\n城南供水站", True),
        ("报修电话如下:\n城南供水站：", True),
        ("报修电话如下:\n城南供水站： \n", True),  # blanks after the colon
        ("举报电话:城北所5550101;城南所(夜间)", True),  # a bracket is a label character
        ("请拨打", True),  # a label's shape, though no run heads it
    ],
)
def test_a_headed_run_ends_in_an_item_label(window, may):
    from extractors import phones

    assert phones._may_end_a_headed_run(window) is may
    if not may:
        assert phones._HEADED_RUN.search(window) is None


def test_the_headed_run_windows_the_check_passes_are_searched():
    from extractors import phones

    for window in ("报修电话如下:\n城南供水站", "报修电话如下:\n城南供水站： \n", "举报电话:城北所5550101;城南所(夜间)"):
        assert phones._HEADED_RUN.search(window) is not None


_RUN_WINDOW_PIECES = ["咨询电话", "热线", "号码", "专线", "电", "话", ":", "：", "。", "\n", " ", "\t", "城南所", "(北区)",
                      "5550101", "0351-5550102", ";", "、", "或", "供水站", "如下", "A"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_RUN_WINDOW_PIECES), max_size=16).map("".join))
def test_a_window_the_headed_run_check_refuses_holds_no_headed_run(window):
    from extractors import phones

    if not phones._may_end_a_headed_run(window):
        assert phones._HEADED_RUN.search(window) is None


# --- the E.164 forms read without owners are those find_phones reads --------------------------------

def _e164_forms(text: str, area_code: str | None) -> list[str]:
    return [m.e164 for m in find_phones(text, ctx(area_code)) if m.e164]


@pytest.mark.parametrize(("text", "area_code", "expected"), CASES)
def test_dialable_numbers_of_every_case_are_those_find_phones_reads(text, area_code, expected):
    assert dialable_numbers(text, ctx(area_code)) == _e164_forms(text, area_code)


@pytest.mark.parametrize(
    "text, area_code, numbers",
    [
        ("", TAIYUAN, []),
        ("13912340000", TAIYUAN, ["+8613912340000"]),  # a number alone, at both ends of the text
        ("报名电话:0351-5550001、5550002", HARBIN, ["+863515550001", "+863515550002"]),  # the second inherits 0351
        ("报名电话:5550001、5550002", TAIYUAN, ["+863515550001", "+863515550002"]),  # the issue's area code
        ("报名电话:5550001、5550002", None, []),  # no area code: no E.164 form
        ("遇险请拨打110、119,或致电市应急局0351-5550003", TAIYUAN, ["+863515550003"]),  # services have none
        ("联系人:孙女士,电话13912340001;孙先生13912340001", TAIYUAN, ["+8613912340001", "+8613912340001"]),  # repeats kept
        ("发票号码 13912340002", TAIYUAN, []),  # a veto word before it
        ("面积5550004平方米", TAIYUAN, []),  # a unit after it
    ],
)
def test_dialable_numbers_read_without_owners(text, area_code, numbers):
    assert dialable_numbers(text, ctx(area_code)) == numbers == _e164_forms(text, area_code)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.sampled_from([TAIYUAN, HARBIN, None]))
def test_dialable_numbers_of_any_text_are_those_find_phones_reads(text, area_code):
    assert dialable_numbers(text, ctx(area_code)) == _e164_forms(text, area_code)


# --- the width and script folds applied as one -------------------------------------------------------

def test_one_fold_of_both_tables_is_the_width_fold_then_the_script_fold():
    from extractors import phones

    chars = [*phones.lang.CHAR_FOLDS, *TRADITIONAL_TO_SIMPLIFIED, "电", "话", "5", " ", "-", "(", "a", ""]
    assert [phones._fold(c) for c in chars] == [phones._fold_script(phones._fold_width(c)) for c in chars]
    text = "".join(chars)
    assert phones._fold(text) == phones._fold_script(phones._fold_width(text))
    assert len(phones._fold(text)) == len(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PHONE_TEXT_PIECES + ["舉報電話", "熱線", "聯繫", "（０３５１）", "—", "－"]), max_size=20).map("".join))
def test_the_one_fold_reads_any_text_as_the_two(text):
    from extractors import phones

    assert phones._fold(text) == phones._fold_script(phones._fold_width(text))


# --- the start scan's class is the digits written out -------------------------------------------------

def _start_with_digit_category() -> str:
    """The scan as it read before its class was written out: [\\d+(] and the same look-arounds."""
    from extractors import phones

    return (r"[\d+(](?<![0-9A-Za-z][\s\S])(?<!\d\.[\s\S])"
            r"(?!(?<=[1-9])[0-9]{3}(?!\d|[ -]\d| - \d)|(?<=0)[1-9][0-9]{2}(?!\d|[ -]\d| - \d))"
            r"(?:(?<=\+)(?=86)|(?<=\()(?=\+?86\)|0\d{2,3}\))"
            rf"|(?<=0)0|(?<=\d)[\d -]{{{phones._MIN_DIGITS - 1}}})")


@pytest.mark.parametrize(
    "text",
    [
        "(0351)5550123", "(0351) 5550123", "(351)5550123", "(0351 5550123", "(03)5550123", "(03511)5550123",
        "(+86)13900001111", "(86)13900001111", "(+87)13900001111", "(+86 13900001111",
        "+86 139 0000 1111", "+8613900001111", "+1 555 0123", "+ 86 5550123", "＋86 13900001111",
        "(注)电话5550123", "(5550123)", "((0351)5550123", "a(0351)5550123", "(0)5550123", "(００３５１)5550123",
    ],
)
def test_a_run_opening_on_a_bracket_or_plus_is_begun_at_only_where_one_follows(text):
    """The start scan passes over a "(" or "+" that opens no country or area code: every run the
    plain scan keeps is still found, on both sides of that gate."""
    from extractors import phones

    folded = phones._fold(text)
    assert [m.span() for m in phones._phone_sized_runs(folded)] == [
        m.span() for m in phones._RUN.finditer(folded) if phones._is_phone_sized(m) and not phones._is_plain_four(m)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "电话0351-5550123",
        "5550123",  # at the text's start
        "编号 ١٢٣٤٥٦٧٨",  # Arabic-Indic digits are digits too
        "𝟘𝟛𝟝𝟙𝟝𝟝𝟝𝟘𝟙𝟚𝟛 和 😀😀😀😀😀😀😀😀",  # digits of the plane above, and what is no digit there
        "+86 139 0000 1111、(0351)5550123、0086 351 5550123",
        "2024年12月1日 3000亩 0000",
    ],
)
def test_the_start_scan_finds_what_the_digit_category_finds(text):
    import re

    from extractors import phones

    expected = [m.span() for m in re.finditer(_start_with_digit_category(), text)]
    assert [m.span() for m in phones._PHONE_SIZED_START.finditer(text)] == expected


def test_the_written_out_digits_are_every_digit_of_the_basic_plane():
    from extractors import phones

    assert phones._BASIC_PLANE_DIGITS == "".join(c for c in map(chr, range(0x10000)) if c.isdecimal())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PHONE_TEXT_PIECES + ["𝟘", "𝟙𝟚𝟛", "😀", "٣", "0086", "(+86)"]), max_size=16).map("".join))
def test_the_start_scan_of_any_text_is_the_digit_category_s(text):
    import re

    from extractors import phones

    assert [m.span() for m in phones._PHONE_SIZED_START.finditer(text)] == [
        m.span() for m in re.finditer(_start_with_digit_category(), text)]


# --- extract makes no mention no record can take -----------------------------------------------------

def _extract_from_every_mention(issue: Issue) -> list:
    """What extract is by its definition: every mention made (owners found), then one chosen a number."""
    # (the choosing rule is extract's own: what is checked is that skipping mentions changes nothing)
    from extractors.phones import _article_seq_finder, _choose_mention, _record

    chosen, order = {}, []
    for mention in find_phones(issue.text, issue.ctx):
        _choose_mention(chosen, order, mention)
    finder = _article_seq_finder(issue)
    return [_record(chosen[pid], finder) for pid in order]


@pytest.mark.parametrize(
    "text",
    [
        # a repeat after a mention naming its owner: not made
        "市档案馆查档电话:0351-5550001。\n如需查档请致电0351-5550001。",
        # a repeat after a mention naming no owner: made (it may name one)
        "请拨打0351-5550001。\n市档案馆查档电话:0351-5550001",
        # a called repeat after an uncalled mention with an owner: made (called is preferred)
        "市档案馆查档电话:0351-5550001。\n有疑问可拨打0351-5550001咨询。",
        # a number joined to a repeat that was not made shares its owner: the repeat's owner is read
        "市档案馆查档电话:0351-5550001。\n市图书馆咨询电话:0351-5550001、5550002",
        # joined twice over: two repeats in a row, then a new number joined to them
        "联系人:刘女士,电话13912340001、13912340002。\n联系人:王先生,电话13912340001、13912340002、13912340003",
        # a new number after a repeat that was not made, not joined to it: only the repeat's end is read
        "市档案馆查档电话:0351-5550001。\n咨询:0351-5550001,市图书馆电话0351-5550004",
        # services repeated, and a number joined to a repeated service
        "拨打12345市长热线。\n市民可拨打12345、12346反映",
        "",
    ],
)
def test_extract_skips_only_mentions_no_record_takes(text):
    issue = Issue(ctx=ctx(), text=text, articles=())
    assert extract(issue) == _extract_from_every_mention(issue)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.sampled_from([TAIYUAN, HARBIN, None]))
def test_extract_of_any_text_is_the_choice_among_every_mention(text, area_code):
    issue = Issue(ctx=ctx(area_code), text=text, articles=())
    assert extract(issue) == _extract_from_every_mention(issue)


# --- owner helpers' shortcuts read as their plain definitions ------------------------------------------


def _is_joined_plain(folded: str, prev_end: int, start: int) -> bool:
    from extractors import phones

    between = folded[prev_end:start]
    bracket = phones._BRACKET_AFTER.match(between)
    if bracket is not None:
        between = between[bracket.end():]
    if not 0 < len(between) <= 4 or "\n" in between:
        return False
    return between.strip(" ") == "" or between.strip(" ") in phones.lang.NUMBER_JOINERS


@pytest.mark.parametrize(
    "between",
    ["、", " ", "", "或", " 、 ", "(县供热办)、", "(" + "某" * 16 + ")、", "(" + "某" * 16 + ")  或 ",
     "(" + "某" * 16 + ")   、 ", "(" + "某" * 17 + ")、", "," + "某" * 30, "\n", "、\n", "某" * 23, "某" * 24],
)
def test_numbers_far_apart_are_not_joined_as_the_plain_test_says(between):
    from extractors import phones

    folded = "5550001" + between + "5550002"
    assert phones._is_joined(folded, 7, 7 + len(between)) == _is_joined_plain(folded, 7, 7 + len(between))


def _placed_start_plain(folded: str, line_lo: int, end: int) -> int:
    from extractors import phones

    stops = phones._CLAUSE_STOPS + phones.common.EXCLAMATIONS + phones.common.QUESTION_MARKS
    return max(line_lo, max((i + 1 for i in range(line_lo, end - 1) if folded[i] in stops), default=line_lo))


@pytest.mark.parametrize(
    "text",
    ["某登记站设在保卫处。咨询电话:5550001", "前文!又一句?某登记站设在保卫处;咨询电话:5550001", "。咨询电话:5550001",
     "第一行\n某中心设在二楼。 咨询电话:5550001", "某中心设在二楼。", "无句号咨询电话:5550001", ""],
)
def test_the_placed_body_s_sentence_starts_where_the_plain_scan_says(text):
    from extractors import phones

    sub_lo = text.find("咨询") if "咨询" in text else len(text)
    line_lo = phones._line_bounds(text, sub_lo)[0]
    for end in range(line_lo + 1, sub_lo + 1):  # (it turns down an end at the line's start first)
        stops = phones._PLACED_SENTENCE_STOPS
        fast = max(line_lo, max(text.rfind(stop, line_lo, end - 1) for stop in stops) + 1)
        assert fast == _placed_start_plain(text, line_lo, end)


def _announced_line_plain(folded: str, start: int):
    """_announced_line without its check that the label is printed above."""
    import re

    from extractors import phones
    from extractors.patterns import last_match

    line_lo, _ = phones._line_bounds(folded, start)
    label = folded[line_lo:start].strip(" \t" + phones._COLONS)
    if not 2 <= len(label) <= 8 or not label.endswith(phones.lang.LINE_LABEL_ENDINGS) or not phones._CJK_ONLY.fullmatch(label):
        return None
    lo = max(0, line_lo - phones.lang.OPENING_REACH)
    pattern = re.compile(rf"(?:{phones._OPENING_VERBS})(?P<name>[\u4e00-\u9fff]{{0,40}}?{re.escape(label)})")
    found = last_match(pattern, folded, lo, line_lo)
    if found is None or len(found.group("name")) <= len(label) or phones.common.ATTRIBUTIVE in found.group("name"):
        return None
    return found.start("name"), found.end("name")


@pytest.mark.parametrize(
    "above",
    ["关于开通滨江市监督举报电话的公告\n", "关于开通滨江市环保热线的公告\n", "开通面向公众的举报电话\n", "举报电话\n",
     "市民可拨打举报电话反映。\n", "", "某" * 700 + "\n", "关于开通滨江市监督举报电话的公告\n" + "某" * 600 + "\n"],
)
def test_an_announced_line_is_found_as_without_the_label_check(above):
    from extractors import phones

    for label in ("监督举报电话", "举报电话", "环保热线"):
        text = above + label + ":0351-5550001"
        start = text.index("0351")
        assert phones._announced_line(text, start) == _announced_line_plain(text, start)
