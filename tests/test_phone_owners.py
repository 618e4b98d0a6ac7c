"""Who a phone number reaches, for the ways papers print it that a first reading gets wrong.

Each family has positives and, beside them, the negatives its rule must not catch. All names,
places and numbers are invented.
"""

from __future__ import annotations

import pytest

from extractors.phones import find_phones
from extractors.records import IssueContext

TAIYUAN = "0351"


def owners(text: str) -> list[tuple[str, str | None]]:
    ctx = IssueContext(issue_id="iss_test", issue_date=None, area_code=TAIYUAN)
    return [(m.raw, m.owner) for m in find_phones(text, ctx)]


def case(text: str, expected: list[tuple[str, str | None]], id: str):
    return pytest.param(text, expected, id=id)


# --- d. a span of time opening the owner is no part of it ------------------------------------
TIME_SPAN = [
    case("暑期期间学生心理援助热线:0351-7712001", [("0351-7712001", "学生心理援助热线")],
         id="time-span-before-a-named-line"),
    case("全县防汛期间雁鸣县应急管理局值班电话:0351-7712002", [("0351-7712002", "雁鸣县应急管理局")],
         id="time-span-before-a-body"),
    case("国庆假日时段投诉热线:0351-7712003", [("0351-7712003", None)],
         id="time-span-then-a-cue-only-is-nobody"),
    case("春运期间青禾市交通运输局投诉热线:0351-7712008", [("0351-7712008", "青禾市交通运输局投诉热线")],
         id="time-span-before-a-bureau-line"),
    case("夏收期内青禾镇农机服务站电话0351-7712004", [("0351-7712004", "青禾镇农机服务站")],
         id="time-span-期内"),
    case("雁鸣县文旅局春节期间投诉热线:0351-7712091", [("0351-7712091", "雁鸣县文旅局")],
         id="time-span-after-a-body"),
    case("青禾市疾控中心疫情防控期间咨询电话为0351-7712092。", [("0351-7712092", "青禾市疾控中心")],
         id="time-span-ending-the-owner"),
    case("雁鸣县供电公司迎峰度夏期间抢修电话:0351-7712093", [("0351-7712093", "雁鸣县供电公司抢修")],
         id="time-span-inside-body-and-service"),
    # negatives: a comma already ends the adverbial; 期间 inside a place name stays
    case("节日期间,雁鸣县文旅局值班电话为0351-7712005。", [("0351-7712005", "雁鸣县文旅局")],
         id="time-span-set-off-by-a-comma"),
    case("长乐期间路社区居委会电话:0351-7712006", [("0351-7712006", "长乐期间路社区居委会")],
         id="neg-期间-inside-a-road-name"),
    case("雁鸣县文旅局值班电话:0351-7712007", [("0351-7712007", "雁鸣县文旅局")],
         id="neg-no-time-span"),
]

# --- e. a short form the writer uses for a body named in full before --------------------------
DEICTIC = [
    case("记者从雁鸣县市场监督管理局获悉,我局举报电话为0351-7712011。",
         [("0351-7712011", "雁鸣县市场监督管理局")], id="我局-is-the-bureau-named-before"),
    case("青禾市疾病预防控制中心提醒市民注意防护。本中心咨询电话:0351-7712012",
         [("0351-7712012", "青禾市疾病预防控制中心")], id="本中心-is-the-centre-named-before"),
    case("省第五巡察组日前进驻我县开展巡察。驻我县巡察组联系电话:0351-7712013。",
         [("0351-7712013", "省第五巡察组")], id="驻我县-group-is-the-group-named-before"),
    case("记者从驻我市巡察组获悉,省第二巡察组已进驻。驻我市巡察组电话:0351-7712014",
         [("0351-7712014", "省第二巡察组")], id="a-repeated-short-form-is-no-full-name"),
    case("雁鸣县住房和城乡建设局启动老旧小区改造。我局城建科电话:0351-7712010",
         [("0351-7712010", "雁鸣县住房和城乡建设局城建科")], id="我局-unit-is-the-bureau-and-its-unit"),
    case("青禾市公安局和市交通运输局联合整治。我局举报电话:0351-7712009",
         [("0351-7712009", "市交通运输局")], id="我局-is-the-last-bureau-of-a-list"),
    # negatives: nothing named before keeps the short form; a place or the paper is no body
    case("我局举报电话:0351-7712015", [("0351-7712015", "我局")], id="neg-我局-with-nothing-before"),
    case("全市共有三家医院。我市疾控中心电话:0351-7712016", [("0351-7712016", "我市疾控中心")],
         id="neg-我市-body-is-not-a-short-form"),
    case("青禾日报社今年改版。本报热线:0351-7712017", [("0351-7712017", "本报热线")],
         id="neg-本报-is-the-paper"),
    case("雁鸣县教育局召开会议。构建新格局。我局电话:0351-7712018",
         [("0351-7712018", "雁鸣县教育局")], id="neg-a-compound-ending-like-a-body-is-skipped"),
]

# --- f. short public numbers: a purpose is no owner, a body or a named line is ------------------
SERVICE = [
    case("发现火情请立即拨打火警电话119。", [("119", None)], id="火警-is-a-purpose"),
    case("突发疾病请拨打急救电话120。", [("120", None)], id="急救-is-a-purpose"),
    case("遇交通事故可拨打交通事故报警电话122。", [("122", None)], id="交通事故-is-a-purpose"),
    case("报警求助电话:110", [("110", None)], id="报警求助-is-a-purpose"),
    case("匪警 110\n火警 119\n急救 120",
         [("110", None), ("119", None), ("120", None)], id="list-of-purposes"),
    case("突发疾病时请拨打120急救电话。", [("120", None)], id="number-then-a-purpose"),
    case("遇到危险可拨打“110”报警电话。", [("110", None)], id="quoted-number-then-a-purpose"),
    # negatives: a body, a hotline's name and a centre are owners as printed
    case("雁鸣县急救中心电话120。", [("120", "雁鸣县急救中心")], id="neg-a-centre-answers"),
    case("可拨打公安机关报警电话110。", [("110", "公安机关")], id="neg-a-body-answers"),
    case("可拨打青禾市民服务热线12345反映。", [("12345", "青禾市民服务热线")], id="neg-a-named-hotline"),
    case("可拨打95598供电服务热线报修。", [("95598", "95598供电服务热线")], id="neg-a-service-line-after-the-number"),
    case("可拨打12345政务服务便民热线反映。", [("12345", "12345政务服务便民热线")],
         id="neg-a-name-after-the-number"),
]

# --- c. "X公布的…电话为:N": the body publishing the line, with the line's name if it has one ---
PUBLISHED = [
    case("青禾市交通运输局公布的投诉举报电话为:0351-7712021。", [("0351-7712021", "青禾市交通运输局")],
         id="published-by-a-body-cue-only-line"),
    case("据了解,雁鸣县商务局公布的节日市场监督电话(号码)为:0351-7712022",
         [("0351-7712022", "雁鸣县商务局节日市场监督电话")], id="published-by-a-body-named-line"),
    case("雁鸣县住房和城乡建设局公布的投诉电话为0351-7712018。", [("0351-7712018", "雁鸣县住房和城乡建设局")],
         id="published-by-a-body-with-和-in-its-name"),
    case("青禾市人社局开通的欠薪求助热线:0351-7712023", [("0351-7712023", "青禾市人社局欠薪求助热线")],
         id="opened-by-a-body"),
    case("记者从青禾市水务局获悉,该局发布的咨询电话为0351-7712024。", [("0351-7712024", "青禾市水务局")],
         id="published-by-该局-is-the-bureau-before"),
    case("青禾市心理卫生中心今起扩容。该中心开通的24小时心理援助热线为0351-7712028。",
         [("0351-7712028", "青禾市心理卫生中心24小时心理援助热线")], id="opened-by-该中心-named-before"),
    case("可在当日拨打雁鸣区政府设立的专线电话0351-7712029与区领导交流。", [("0351-7712029", "雁鸣区政府")],
         id="published-by-after-a-call-verb"),
    case("春运期间,青禾市交通运输局开通投诉热线0351-7712019。", [("0351-7712019", "青禾市交通运输局")],
         id="opened-without-的"),
    case("市政府为方便群众开通了服务热线0351-7712020。", [("0351-7712020", None)],
         id="neg-opened-by-a-clause-not-a-body"),
    # negatives: "公布了" may announce others' numbers; "该中心" with no centre before is nobody; a publisher that is no body; no line noun
    case("青禾市信访局公布了投诉电话:0351-7712025", [("0351-7712025", None)],
         id="neg-公布了-is-an-announcement"),
    case("据介绍,该中心开通的24小时心理援助热线为0351-7712030。", [("0351-7712030", None)],
         id="neg-该中心-with-nothing-before-and-no-的-fragment"),
    case("网上公布的举报电话:0351-7712026", [("0351-7712026", None)], id="neg-publisher-is-no-body"),
    case("雁鸣县统计局公布的数据显示,咨询电话为0351-7712027。", [("0351-7712027", None)],
         id="neg-published-data-is-no-line"),
]

# --- a. a body's name on its own line heading a block of "label:number" lines -----------------
HEADING = [
    case("青禾市雁鸣区市场监督管理局\n服务热线:0351-7712031\n咨询电话:0351-7712032\n投诉电话:0351-7712033",
         [("0351-7712031", "青禾市雁鸣区市场监督管理局"), ("0351-7712032", "青禾市雁鸣区市场监督管理局"),
          ("0351-7712033", "青禾市雁鸣区市场监督管理局")], id="heading-over-three-lines"),
    case("二、雁鸣县便民服务中心\n地址:雁鸣县长乐路18号\n咨询电话:0351-7712034",
         [("0351-7712034", "雁鸣县便民服务中心")], id="enumerated-heading-over-an-address"),
    case("青禾市水务局\n\n举报电话:0351-7712035", [("0351-7712035", "青禾市水务局")],
         id="heading-with-a-blank-line-between"),
    case("## 【雁鸣县医疗保障局】\n咨询电话:0351-7712042\n监督电话:0351-7712043",
         [("0351-7712042", "雁鸣县医疗保障局"), ("0351-7712043", "雁鸣县医疗保障局")], id="marked-up-heading"),
    case("雁鸣县医疗保障局\n咨询电话:0351-7712044;监督电话:0351-7712045",
         [("0351-7712044", "雁鸣县医疗保障局"), ("0351-7712045", "雁鸣县医疗保障局")], id="heading-over-items-on-one-line"),
    case("雁鸣县卫生健康局\n县人民医院:0351-7712046;值班电话:0351-7712047",
         [("0351-7712046", "县人民医院"), ("0351-7712047", None)], id="neg-an-item-after-a-body-item"),
    case("雁鸣县医疗保障局\n今年将开展医保宣传月活动,咨询电话:0351-7712048。", [("0351-7712048", None)],
         id="neg-a-number-in-prose-under-a-heading"),
    # negatives: a date, a headline that is a sentence, a title, prose and a contact person between
    case("2024年5月6日\n咨询电话:0351-7712036", [("0351-7712036", None)], id="neg-a-date-line-above"),
    case("全市夏季供水工作今日全面启动\n咨询电话:0351-7712037", [("0351-7712037", None)],
         id="neg-a-headline-sentence-above"),
    case("市民可就近前往雁鸣县政务服务中心\n咨询电话:0351-7712038", [("0351-7712038", None)],
         id="neg-a-sentence-ending-in-a-body"),
    case("各区政务服务中心\n咨询电话:0351-7712049\n投诉电话:0351-7712050", [("0351-7712049", None), ("0351-7712050", None)],
         id="neg-a-kind-of-body-heading"),
    case("关于调整公交线路的通告\n咨询电话:0351-7712039", [("0351-7712039", None)], id="neg-a-notice-title"),
    case("青禾市水务局\n本周六将对部分管网进行检修,请居民提前储水。\n咨询电话:0351-7712040",
         [("0351-7712040", None)], id="neg-prose-between-heading-and-number"),
    case("青禾市水务局\n联系人:孟女士\n地址:长乐路8号\n咨询电话:0351-7712041",
         [("0351-7712041", None)], id="neg-a-contact-line-between"),
]
# --- b. a sentence that only says to call names nobody: no fragment of it is the owner ------------
CALL_ONLY = [
    case("如遇水管冻裂,可及时拨打报修电话:0351-7712061。", [("0351-7712061", None)], id="报修-is-what-the-caller-does"),
    case("可拨打我们的热线0351-7712062咨询。", [("0351-7712062", None)], id="我们的-热线-is-the-writer"),
    case("可拨打市民热线反映情况:0351-7712063", [("0351-7712063", "市民热线")], id="the-line-without-its-purpose"),
    case("可拨打青禾市政府热线咨询中心电话0351-7712066", [("0351-7712066", "青禾市政府热线咨询中心")],
         id="neg-a-centre-named-after-its-line"),
    case("有关情况可拨打电话咨询:0351-7712067", [("0351-7712067", None)], id="a-call-verb-inside-is-a-fragment"),
    case("如有疑问可拨打以下电话:0351-7712068", [("0351-7712068", None)], id="以下-points-elsewhere"),
    case("详情请拨打相关部门电话0351-7712069。", [("0351-7712069", None)], id="部门-is-a-kind-not-a-body"),
    # a verb of asking before the one asked is no part of it
    case("如有疑问可询供热热线0351-7712071。", [("0351-7712071", "供热热线")], id="可询-opens-the-line"),
    case("详情可咨询青禾市图书馆0351-7712072。", [("0351-7712072", "青禾市图书馆")], id="可咨询-opens-the-body"),
    case("欢迎垂询青禾老年大学招生办0351-7712073。", [("0351-7712073", "青禾老年大学招生办")], id="垂询-opens-the-office"),
    # negatives: a service before the action, a body before the line
    case("燃气报修电话:0351-7712064", [("0351-7712064", "燃气报修")], id="neg-燃气报修-keeps-its-service"),
    case("可拨打雁鸣县民政局社会救助科电话0351-7712060。", [("0351-7712060", "雁鸣县民政局社会救助科")],
         id="neg-a-body-after-the-call-verb"),
    case("雁鸣县供水公司报修电话:0351-7712065", [("0351-7712065", "雁鸣县供水公司")], id="neg-a-body-before-报修"),
]

# --- f. a contact clause "请与…联系": the one it names, never its preposition or a pronoun -------------
CONTACT_CLAUSE = [
    # the number in brackets inside the clause reaches the body the clause names
    case("如有发热症状,请及时与长乐街道卫生服务中心值守电话(0351-7712081)联系。",
         [("0351-7712081", "长乐街道卫生服务中心")], id="body-and-值守-line-then-the-number-in-brackets"),
    case("如有疑问,请与青禾社区居委会值班电话(0351-7712082)联系。",
         [("0351-7712082", "青禾社区居委会")], id="body-and-值班-line-then-the-number-in-brackets"),
    case("需要上门服务的老人可与雁鸣县养老服务站(电话:0351-7712083)取得联系。",
         [("0351-7712083", "雁鸣县养老服务站")], id="the-number-with-its-cue-in-brackets"),
    case("报名者请同县文化馆(0351-7712084)联系。", [("0351-7712084", "县文化馆")], id="同-opens-the-clause"),
    # a pronoun names nobody: the clause refers back to someone
    case("孟师傅说,失主看到报道后可与他取得联络,手机13912340085。", [("13912340085", None)],
         id="与他-in-the-clause-before"),
    case("拾到钱包的市民请与她(电话13912340086)联系。", [("13912340086", None)], id="与她-with-the-number-in-brackets"),
    case("如有意向,请与我们(电话:0351-7712087)联系。", [("0351-7712087", None)], id="与我们-is-the-writer"),
    # negatives: no contact verb after the bracket; a named person in the clause before; a body
    # whose name starts like the preposition
    case("市卫健委与市医保局(电话:0351-7712088)共同受理投诉。",
         [("0351-7712088", "市卫健委与市医保局")], id="neg-与-joining-two-bodies-without-a-contact-verb"),
    case("有意者请与孙女士联系,电话13912340089。", [("13912340089", "孙女士")], id="neg-a-named-contact-stays"),
    case("独居老人可与向阳社区(电话:0351-7712090)联系。", [("0351-7712090", "向阳社区")],
         id="neg-向-opening-a-name-is-no-preposition"),
]


# --- a body's line possessed with 的, named by cue words only: the body answers it ---------------
POSSESSED_LINE = [
    case("随后记者又拨通了柳岸街道红桥社区的热线电话13912340301,对方很快接听。",
         [("13912340301", "柳岸街道红桥社区")], id="的-热线电话-after-a-community"),
    case("用户可拨打青禾市长乐供水有限公司的服务热线0351-7712302报修。",
         [("0351-7712302", "青禾市长乐供水有限公司")], id="的-服务热线-after-a-company"),
    case("发现违规行为,可拨打雁鸣县城管局的举报热线0351-7712303。",
         [("0351-7712303", "雁鸣县城管局")], id="的-举报热线-after-a-bureau"),
    case("县图书馆的值班专线为0351-7712304。", [("0351-7712304", "县图书馆")], id="的-值班专线"),
    # negatives: a line with a name of its own keeps it; no body before 的; a pronoun is nobody
    case("返乡旅客可拨打青禾市的春运热线0351-7712305。", [("0351-7712305", "青禾市的春运热线")],
         id="neg-a-line-named-beyond-cue-words-stays"),
    case("有困难可拨打我们的热线0351-7712306。", [("0351-7712306", None)], id="neg-我们的-is-nobody"),
    case("市民热线0351-7712307", [("0351-7712307", "市民热线")], id="neg-no-的-the-line-is-the-name"),
]

def test_a_possessed_line_of_every_body_of_a_kind_is_no_one_body():
    # "各社区的热线电话": each community has one; "各社区" is no owner to give the number
    assert owners("各村社区的热线电话0351-7712308已全部开通。")[0][1] != "各村社区"


# --- "手机号" after a contact is the number's noun, not part of the name --------------------------
# --- a body's line on a line of its own, its number on the line below ---------------------------
BODY_LINE_ABOVE = [
    case("雁鸣县公安局“禁毒办”电话:\n\n0351-7712101\n\n青禾市公安局“禁毒办”电话:\n\n0351-7712102、7712103",
         [("0351-7712101", "雁鸣县公安局禁毒办"), ("0351-7712102", "青禾市公安局禁毒办"),
          ("7712103", "青禾市公安局禁毒办")], id="quoted-office-lines-one-under-another"),
    case("青禾市防汛抗旱指挥部值班电话\n0351-7712104", [("0351-7712104", "青禾市防汛抗旱指挥部")],
         id="no-colon-after-the-line"),
    case("三、雁鸣县人民医院咨询电话:\n\n13912340401;13912340402",
         [("13912340401", "雁鸣县人民医院"), ("13912340402", "雁鸣县人民医院")], id="enumerated-line-over-two-mobiles"),
    # negatives: a line that names no body heads nothing but itself
    case("咨询电话:\n\n0351-7712105", [("0351-7712105", None)], id="neg-the-line-noun-alone"),
    case("各街道咨询电话:\n0351-7712106", [("0351-7712106", None)], id="neg-a-kind-of-body"),
    case("如需帮助可拨打电话:\n0351-7712107", [("0351-7712107", None)], id="neg-a-sentence-asking-to-call"),
    case("雁鸣县人民医院开通夜间热线\n0351-7712108", [("0351-7712108", None)],
         id="neg-a-headline-announcing-a-line"),
]
PHONE_NOUN = [
    case("失物招领请联系周师傅手机号13912340311。", [("13912340311", "周师傅")], id="手机号-glued-after-a-person"),
    case("报名咨询:柳老师手机号:13912340312", [("13912340312", "柳老师")], id="手机号-label-after-a-person"),
    case("何女士手机号码13912340313", [("13912340313", "何女士")], id="neg-手机号码-as-before"),
]


@pytest.mark.parametrize(("text", "expected"), TIME_SPAN + DEICTIC + SERVICE + PUBLISHED + HEADING + CALL_ONLY + CONTACT_CLAUSE + POSSESSED_LINE + PHONE_NOUN + BODY_LINE_ABOVE)
def test_owner(text, expected):
    assert owners(text) == expected


# --- b. ...and the notice's signer is linked in (extractors.link, after every extractor) --------
def linked_owners(text: str) -> dict[str, str | None]:
    from extractors import notices
    from extractors.link import link
    from extractors.phones import extract
    from extractors.records import Issue
    from extractors.segment import segment

    ctx = IssueContext(issue_id="iss_test", issue_date=None, area_code=TAIYUAN)
    issue = Issue(ctx=ctx, text=text, articles=segment(text))
    records = link(issue, {"public_notices": notices.extract(issue), "phone_numbers": extract(issue)})
    return {r.raw: r.owner for r in records["phone_numbers"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("温馨提示\n天气转冷,请居民做好水表防冻。如遇水管冻裂,可及时拨打报修电话:0351-7712071。\n"
                     "青禾市长乐供水有限公司\n2024年1月6日\n", {"0351-7712071": "青禾市长乐供水有限公司"},
                     id="signer-below-a-报修-line"),
        pytest.param("停水通知\n因管网改造,长乐路一带明日停水,请提前储水。可拨打我们的热线0351-7712072咨询。\n"
                     "青禾市长乐供水有限公司\n2024年1月6日\n", {"0351-7712072": "青禾市长乐供水有限公司"},
                     id="signer-for-我们的热线"),
        pytest.param("通告\n全县禁止露天焚烧秸秆。发现焚烧行为,可拨打举报电话0351-7712073。\n特此通告。\n"
                     "雁鸣县人民政府\n2024年1月6日\n", {"0351-7712073": "雁鸣县人民政府"}, id="signer-after-sign-off"),
        pytest.param("公告\n为规范市场秩序,现开展专项整治。我局举报电话:0351-7712076。\n特此公告。\n"
                     "雁鸣县市场监督管理局\n2024年1月6日\n", {"0351-7712076": "雁鸣县市场监督管理局"},
                     id="我局-in-a-notice-is-its-issuer"),
        # negatives: a named owner in the sentence stays; a news article has no signer; a person
        # signing is no body for "本单位" to be
        pytest.param("公告\n为规范市场秩序,现开展专项整治。本单位举报电话:0351-7712077。\n特此公告。\n"
                     "孟长青\n2024年1月6日\n", {"0351-7712077": "本单位"}, id="neg-本单位-signed-by-a-person"),
        pytest.param("通告\n全县禁止露天焚烧秸秆。雁鸣县生态环境局举报电话:0351-7712074。\n特此通告。\n"
                     "雁鸣县人民政府\n2024年1月6日\n", {"0351-7712074": "雁鸣县生态环境局"}, id="neg-a-named-body-stays"),
        pytest.param("长乐路明日停水\n本报讯 长乐路一带明日停水,居民可拨打报修电话0351-7712075咨询。(记者 孟长青)\n",
                     {"0351-7712075": None}, id="neg-news-has-no-signer"),
    ],
)
def test_linked_owner(text, expected):
    assert linked_owners(text) == expected
