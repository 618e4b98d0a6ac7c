"""Chinese word lists the air-quality order extractor applies.

Adding a word here never means touching ``extractors/air_quality.py``. Lists are matched longest
first ("可吸入颗粒物" before "颗粒物").
"""

from __future__ import annotations

from .zh_common import AT_PLACE, AT_TIME
from .zh_traditional import pair_table

# An article is a candidate only if it says something about the air.
AIR_WORDS: tuple[str, ...] = (
    "空气质量", "环境空气", "环境质量", "大气", "重污染", "污染天气", "空气污染", "臭氧", "颗粒物",
    "PM2.5", "PM10", "扬尘", "雾霾", "蓝天", "减排", "VOCs", "挥发性有机物", "氮氧化物",
)

# Alerts and responses are air-quality orders only when qualified by pollution, never by weather.
POLLUTION_QUALIFIERS: tuple[str, ...] = (
    "重污染天气", "空气重污染", "大气重污染", "大气污染", "空气污染", "污染天气", "重污染", "臭氧污染",
)
# Words that put an unqualified alert in a text about the air ("AQI小时值超过200,决定启动红色预警").
POLLUTION_CONTEXT: tuple[str, ...] = ("AQI", "空气质量指数", "蓝天办", "大气办", "PM2.5", "细颗粒物")
WEATHER_HAZARDS: tuple[str, ...] = (
    # Other hazards with colour alerts and numbered responses of their own; the weather service's haze
    # warning signal ("霾黄色预警信号") is a forecast, not a control order.
    "防汛", "抗旱", "防台", "地震", "森林防火", "疫情", "汛期", "霾", "预警信号",
    "暴雨", "暴雪", "寒潮", "大风", "高温", "雷电", "冰雹", "道路结冰", "大雾", "霜冻", "沙尘暴",
    "干旱", "台风", "森林火险", "地质灾害", "山洪", "洪水", "低温", "雨雪", "降温",
)

# Named orders: "第10号调度令", "第3号管控令"; the number may be a Chinese numeral.
ORDER_NOUNS: tuple[str, ...] = ("调度令", "管控令", "指令", "应急令", "预警令")
# Nouns that end a name a year may open ("2025—2026年秋冬季大气污染防治攻坚方案"): that year is the name's.
NAME_NOUNS: tuple[str, ...] = ("方案", "预案", "行动", "攻坚战", "计划", "清单", "战役")
ORDER_NUMERAL = r"[0-9０-９]+|[〇零一二三四五六七八九十百]+"

# Alert colours and response levels, with the level each names.
ALERT_COLOURS: tuple[str, ...] = ("红色", "橙色", "黄色", "蓝色")
RESPONSE_LEVELS: tuple[str, ...] = (
    "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "I", "II", "III", "IV", "一", "二", "三", "四", "1", "2", "3", "4",
    # Look-alikes papers print for the Roman numerals: Greek capital iota, full-width Latin letters.
    "Ι", "ΙΙ", "ΙΙΙ", "ΙV", "Ｉ", "ＩＩ", "ＩＩＩ", "ＩＶ",
    # A digit one or a small L typed for one of the strokes of Ⅱ: "1I级", "lI级".
    "1I", "I1", "lI", "Il", "1II", "lII",
)
# The record keeps a level in one spelling: look-alike numerals become the Roman numeral characters.
LEVEL_SPELLING: dict[str, str] = {
    "I": "Ⅰ", "II": "Ⅱ", "III": "Ⅲ", "IV": "Ⅳ", "Ι": "Ⅰ", "ΙΙ": "Ⅱ", "ΙΙΙ": "Ⅲ", "ΙV": "Ⅳ",
    "Ｉ": "Ⅰ", "ＩＩ": "Ⅱ", "ＩＩＩ": "Ⅲ", "ＩＶ": "Ⅳ",
    "1I": "Ⅱ", "I1": "Ⅱ", "lI": "Ⅱ", "Il": "Ⅱ", "1II": "Ⅲ", "lII": "Ⅲ",
}

# Verbs that issue or start an order; a mention without one ("橙色预警期间") issues nothing.
ISSUE_VERBS: tuple[str, ...] = (
    "发布", "下发", "印发", "签发", "发出", "启动", "启用", "实施", "执行", "开启", "拉响",
    # An extension is an order with its new period: "延长橙色预警至…", "继续执行…响应(…至…)".
    "延长", "延续", "继续执行", "继续实施", "维持",
)
# Issuing verbs proper: a date right before one is the day the order was issued.
PUBLISH_VERBS: tuple[str, ...] = ("发布", "下发", "印发", "签发", "发出")
UPGRADE_WORDS: tuple[str, ...] = (
    "升级为", "升级至", "升级到", "提升为", "提升至", "提升到", "调升为", "调升至", "提级为", "提级至", "提级到",
    "上调为", "上调至", "上调到", "提高为", "提高至", "提高到", "调高为", "调高至", "升为", "升至",
)
DOWNGRADE_WORDS: tuple[str, ...] = (
    "降级为", "降级至", "降级到", "降为", "降至", "下调为", "下调至", "下调到", "调降为", "调降至", "降低为",
    "降低至", "调低为", "调低至",
)
# Changes that name no direction ("调整为", "由黄色转为橙色"): the levels' ranks give it.
CHANGE_WORDS: tuple[str, ...] = ("调整为", "调整至", "调整到", "转为", "变更为", "改为", "切换为")
# Severity of each colour and response level (higher is more severe): Ⅰ级 goes with 红色.
COLOUR_RANK: dict[str, int] = {"红色": 4, "橙色": 3, "黄色": 2, "蓝色": 1}
LEVEL_RANK: dict[str, int] = {
    "Ⅰ": 4, "I": 4, "一": 4, "1": 4, "Ⅱ": 3, "II": 3, "二": 3, "2": 3,
    "Ⅲ": 2, "III": 2, "三": 2, "3": 2, "Ⅳ": 1, "IV": 1, "四": 1, "4": 1,
    "Ι": 4, "ΙΙ": 3, "ΙΙΙ": 2, "ΙV": 1, "Ｉ": 4, "ＩＩ": 3, "ＩＩＩ": 2, "ＩＶ": 1,
    "1I": 3, "I1": 3, "lI": 3, "Il": 3, "1II": 2, "lII": 2,
}
# The response level each alert colour goes with ("橙色(Ⅱ级)应急响应" and "橙色应急响应" are one level).
COLOUR_LEVEL: dict[str, str] = {"红色": "Ⅰ", "橙色": "Ⅱ", "黄色": "Ⅲ", "蓝色": "Ⅳ"}
# What follows a response level: "Ⅱ级应急响应", "Ⅱ级响应", "二级管控措施", "二级(橙色)应急响应".
# The noun of an emergency response ("Ⅱ级应急响应", "应急预案橙色(Ⅱ级)响应").
RESPONSE_WORDS: tuple[str, ...] = ("应急响应", "响应")
RESPONSE_TAIL = r"\s*级\s*(?:[(（](?:红色|橙色|黄色|蓝色)[)）])?\s*(?:应急)?(?:减排)?(?:响应|管控措施|管控)"
# An alert named by its level alone, without a colour ("实施重污染天气二级预警", "Ⅳ级预警"): read as
# that level's response is ("二级预警" is its name and level), never given a colour the text lacks.
LEVEL_ALERT_TAIL = r"\s*级\s*预警"
# What may stand between a pollution qualifier and the level: "重污染天气应急预案橙色(Ⅱ级)响应".
PLAN_WORDS: tuple[str, ...] = ("应急预案", "预案")

# A sentence about a drill issues no order ("应急演练…模拟发布橙色预警").
DRILL_WORDS: tuple[str, ...] = ("演练", "演习", "模拟")

# Words that end an alert: "于1月8日12时解除橙色预警" lifts it.
LIFT_WORDS: tuple[str, ...] = ("解除", "终止", "结束")

# "Until further notice": the order has no printed end.
OPEN_END_PHRASES: tuple[str, ...] = (
    "另行通知", "另行发布", "另行公告", "再行通知", "另行通告", "直至解除", "至解除", "视情况解除", "根据空气质量状况适时解除",
    "至预警解除", "到预警解除", "预警解除为止", "预警解除时止", "至响应终止", "至应急响应终止", "适时解除",
)

# Bodies that issue orders; an issuer is the text before the verb that ends with one of these.
ISSUER_ENDINGS: tuple[str, ...] = (
    "领导小组办公室", "指挥部办公室", "领导小组", "指挥部", "办公室", "人民政府", "政府",
    "生态环境局", "环境保护局", "环保局", "生态环境厅", "委员会", "管委会", "指挥中心", "中心",
    "生态环境分局", "分局", "局", "厅", "办",
)
# A body a notice names again by its bare head ("经北岭市大气治理指挥部同意,指挥部办公室于…发布"):
# the short name is the full body named before it, or that body's office.
BARE_BODY_HEADS: tuple[str, ...] = (
    "指挥部", "应急指挥部", "领导小组", "应急领导小组", "环委会", "指挥中心",
)
# Marks a body's full name may follow where a report names it ("…消息,西安市…办公室发布通知").
BODY_NAME_OPENERS = ",，。；;：:“”\n "

# A body named after these is whom a notice addresses ("各区县政府,各有关单位:"), never its issuer.
ADDRESSEE_LEADS: tuple[str, ...] = ("各", "全市各", "全区各", "全县各")
# "市重污染天气应急指挥部(办公室)": the body and its office, printed as one issuer.
ISSUER_OFFICE_WORDS: tuple[str, ...] = ("办公室", "办")
# "记者从市重污染天气应急指挥部办公室获悉": the verbs after a report's source.
SOURCE_VERBS: tuple[str, ...] = ("获悉", "了解到", "得知", "获知", "消息", "介绍", "发布的消息")

# "…办公室发布通知,…。…,经市政府研究决定,我市于…启动…": a report opens with the body that put out a
# notice, and the order's own sentence names only the city ("我市") and the approving government.
# That body published the order; it is the issuer before the approver.
PUBLISHED_DOCUMENT_WORDS: tuple[str, ...] = ("紧急通知", "通知", "通告", "公告")

# "经市政府同意,决定…": the body whose approval makes the decision, when the sentence names no other.
APPROVAL_WORDS: tuple[str, ...] = (
    "研究决定", "研究同意", "同意", "批准", "决定", "审定", "审批", "授权",
    # "经市政府研究,发布…", "经市环委办研究,并报市政府同意,决定…": the body that studied it decides.
    "研究",
)

# Words that precede an issuer and are not part of it ("经市政府同意,", "根据").
ISSUER_LEAD_WORDS: tuple[str, ...] = (
    "经", "由", "根据", "按照", "依据", "据", "同时", "此外", "另外", "随后", "日前", "近日",
)

# Pollutants as printed, each with the name the record keeps.
POLLUTANTS: dict[str, str] = {
    "臭氧": "臭氧",
    "O3": "臭氧",
    "细颗粒物": "PM2.5",
    "PM2.5": "PM2.5",
    "可吸入颗粒物": "PM10",
    "PM10": "PM10",
    "颗粒物": "颗粒物",
    "二氧化硫": "二氧化硫",
    "SO2": "二氧化硫",
    "二氧化氮": "二氧化氮",
    "NO2": "二氧化氮",
    "氮氧化物": "氮氧化物",
    "挥发性有机物": "VOCs",
    "VOCs": "VOCs",
    "一氧化碳": "一氧化碳",
}

# A sentence with these reports figures about a pollutant rather than targeting it.
STATISTIC_WORDS: tuple[str, ...] = (
    "同比", "环比", "年均", "平均浓度", "累计", "优良天数", "下降", "上升", "改善率", "%", "％",
    "微克/立方米", "排名",
)

# Clauses that are control measures: they name one of these actions.
MEASURE_VERBS: tuple[str, ...] = (
    "停止", "暂停", "禁止", "严禁", "停产", "限产", "减产", "停工", "限行", "禁行", "限制", "关停",
    "实施", "落实", "加大", "加密", "增加", "强化", "执行", "错峰", "降低", "减少", "洒水", "喷雾",
    "不得",
)
# Lead-ins dropped from the front of a measure ("管控措施包括:", "调度令还要求,", "一、").
MEASURE_NUMBERING = r"^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]|[一二三四五六七八九十]是)[,，、]?"
MEASURE_LEADS = (
    r"^(?:此外|同时|另外|其中)?[,，、]?"
    r"(?:[\u4e00-\u9fff]{0,8}(?:管控措施|措施|调度令|管控令|通知|预警|通告)[\u4e00-\u9fff]{0,2}"
    r"(?:包括|要求|如下|明确|规定)[:：,，]?)?"
)
# Text before a colon that only introduces the list ("预警期间,全市实施以下措施:").
MEASURE_INTRO_WORDS: tuple[str, ...] = ("措施", "如下", "包括", "要求", "以下", "规定")

# A time after these is a forecast ("预计12月11日至13日将出现重污染过程", "未来两天"), not the
# order's period or issue day.
FORECAST_WORDS: tuple[str, ...] = ("预计", "预测", "预报", "预估", "估计", "未来", "今后", "有望")

# A time after these, heading its clause, is the moment a state is reported at ("截至11月13日18时,
# 甲、乙两市已发布黄色预警"): what was done by then (ALREADY_WORDS), not when an order starts.
STATUS_CUTOFF_WORDS: tuple[str, ...] = ("截至", "截止")
ALREADY_WORDS: tuple[str, ...] = ("已经", "已")

# Labelled lines of a printed notice: "指令执行时间:A至B", "预警时段为A至B" give the period;
# "(本次橙色预警)拟定解除时间为B" the end.
PERIOD_LABEL = (
    r"(?:指令|预警|管控|响应|调度令|应急|措施)(?:执行|实施|持续|有效)?(?:时间|时段|期限)\s*(?:为|是|[:：])"
    r"|(?:执行|实施|有效)(?:时间|时段|期限)\s*(?:为|是|[:：])"
)
END_LABEL = r"(?:拟定|预计|计划|拟)?解除时间\s*(?:为|是|[:：])"

# A time the conditions follow in its clause ("12月28日至30日大气污染仍将持续") is the weather's, not an
# order's, unless the clause also names an order.
CONDITION_WORDS: tuple[str, ...] = (
    "大气污染", "空气污染", "空气质量", "扩散条件", "气象条件", "污染过程", "仍将持续", "将出现", "可能出现",
    "污染天气过程", "重度污染", "中度污染", "轻度污染",
)

# What may follow the time of a clause that holds nothing else ("2月23日起,", "从1月5日开始,").
BARE_TIME_TAIL = r"\s*(?:起|开始|以来|前后)?\s*"

# A sentence after an order gives its period only if it speaks of one with these words
# ("预警时间为…", "调度令明确,…", "…起实施"); "18日午后至19日,空气质量转好" gives none.
PERIOD_CUES: tuple[str, ...] = (
    "预警", "响应", "时间", "时段", "期间", "调度令", "管控令", "管控", "措施", "实施", "执行", "启动",
    "生效", "解除", "持续至", "有效期",
)

# A lead that only frames a measure ("在确保安全生产的前提下,", "根据《应急预案》规定,") is no part of it.
FRAMING_LEAD = (
    r"^(?:在[^,，;；]{1,40}(?:前提|情况|基础|条件)下"
    r"|(?:根据|按照|依据|依照)[^,，;；]{0,8}《[^》]{1,40}》[^,，;；]{0,8}"
    r"|(?:根据|按照|依据|依照)[^,，;；《》]{0,16}(?:规定|要求|部署))[,，]"
)
# "限行措施也将解除", "管控措施同步取消": a measure ended, not one taken.
MEASURE_ENDED = r"措施[^,，;；。]{0,4}(?:解除|取消|终止|结束)"
# "根据1月14日会商结果,决定…": the date of what the decision rests on, not the day it was issued.
BASIS_WORDS: tuple[str, ...] = ("根据", "依据", "按照", "据")

# "甲市、乙市、丙市将于…启动": a joint order of several cities, not the paper's city's unless it
# names itself ("我市", "本市") among them; "成都等14市" likewise.
OWN_CITY_WORDS: tuple[str, ...] = ("我市", "本市", "全市", "我区", "我县")
# The list is the subject: the verb phrase follows it ("…、丙市将于", "…等14市于").
SEVERAL_CITIES = (
    r"(?:(?:[\u4e00-\u9fff]{1,6}、){2,}[\u4e00-\u9fff]{1,6}(?:等(?:[0-9一二三四五六七八九十]+个?)?(?:城市|市|地))?"
    r"|等[0-9一二三四五六七八九十]+个?(?:城市|市|地市|省辖市))"
    r"(?=将|于|已|均|同时|分别|共同|也将|自|从|启动|发布)"
)
# What every match of SEVERAL_CITIES holds: the list's enumeration comma, or 等 before its count.
SEVERAL_CITIES_MARKS: tuple[str, ...] = ("、", "等")


# "每日8时至17时": a daily window of the restrictions.
DAILY_WORDS: tuple[str, ...] = ("每日", "每天", "每晚", "逐日", "日间", "夜间")

# A notice that moves an order's start or end: "本轮Ⅱ级响应的启动时间由A调整为B", "响应解除时间由A推迟至B".
# The time after 由 is the one replaced, never the order's; the rescheduling itself issues the order.
# Only a moment is replaced so: "预警时间由12月11日0时延长至12月20日24时" is a period from its first time on.
RESCHEDULED_MOMENT = r"(?:启动|实施|执行|解除|终止|结束)时间[\s,，]*由"
RESCHEDULED_TIME = r"\s*(?:的)?" + RESCHEDULED_MOMENT
# The moment moved is the end when the notice names the end's time ("解除时间由A推迟至B": B ends it).
RESCHEDULED_END = r"(?:解除|终止|结束)时间[\s,，]*由"
# ... and the start when it names the start's ("启动时间由A提前至B": B starts it, though 至 reads as "until").
RESCHEDULED_START = r"(?:启动|实施|执行)时间[\s,，]*由"
# The verbs of a move without their 至 (which the date reader takes into "至B").
RESCHEDULE_STEMS: tuple[str, ...] = ("提前", "推迟", "延长", "顺延", "延后")
RESCHEDULE_WORDS: tuple[str, ...] = (
    "调整为", "调整至", "调整到", "改为", "变更为", "提前至", "提前到", "推迟至", "推迟到", "延长至", "延长到", "顺延至", "延后至",
)

# --- fragments the extractor's patterns are built from ----------------------------------------

ALERT = "预警"
ORDER_WORD = "令"  # what every order noun ends with (调度令, 管控令, 指令)
# "将黄色预警升级为橙色预警": 将 before an alert makes it the object of a change, not an order.
OBJECT_MARKER = "将"
RESPONSE = "响应"
EMERGENCY = "应急"
LEVEL = "级"  # "Ⅱ级", "橙色级"
DURING = "期间"  # "橙色预警期间"
LIFT = "解除"  # the word that lifts an order, apart from its synonyms: "解除" near a start is a lift
# What the words that start an order or answer it are: a trigger of some order.
TRIGGER_WORDS = ("预警", "响应", "调度令", "管控令")
# An order's own kind when it is called only 指令: a mention unless it has a number.
BARE_INSTRUCTION = "指令"
# "预警级别由黄色提升为橙色": the colour a change starts from.
CHANGE_FROM_WORDS = ("由", "从")
# A colour not followed by 预警 (in "由黄色提升为橙色" the colour stands alone).
NOT_AN_ALERT_AFTER = r"(?!(?:级)?预警)"
# "(重污染天气)(应急)预警等级/级别": the level of an alert as the subject of a change.
ALERT_GRADE_NOUNS: tuple[str, ...] = ("等级", "级别")
ALERT_GRADE = rf"(?:应急)?预警(?:{'|'.join(ALERT_GRADE_NOUNS)})"
# After a colour: "(应急)(减排)响应".
RESPONSE_AFTER_COLOUR = r"(?:应急)?(?:减排)?响应"
# An order's number: 第 + numeral + 号 ("第10号调度令").
NUMBER_BEFORE = "第"
NUMBER_AFTER = "号"
# Closing marks a name may end with before its number: "《…调度令》第3号", "「…」第3号".
NAME_CLOSERS = "》」"
# "预计在…": a forecast's preposition before a date.
FORECAST_PREPOSITIONS = ("在", "于", "从", "自")
# Prepositions of time and place a span may start with ("于1月5日", "在全市").
TIME_PLACE_PREPOSITIONS = AT_TIME + AT_PLACE
# "蓝色预警启动后" ("以后"), "预警解除后": after an event, not at it.
AFTER_ISSUE = r"(?:以)?后"
AFTER_LIFT = "后"
# Words an issuer's name is followed by ("市指挥部决定…", "市大气办今天发布…"), besides the verbs.
AFTER_ISSUER_WORDS = (
    "决定", "研究决定", "要求", "宣布", "将", "已", "于", "在", "再次", "正式", "紧急", "联合", "共同",
    "今天", "今日", "昨日", "昨天", "当日", "自", "从", "依法", "及时",
)
# "从ORG获悉", "据ORG消息", "向ORG了解到": where the report has it from.
SOURCE_PREPOSITIONS = r"(?:从|据|向)"
# "经(过)(报请)ORG同意": the body that approved it.
APPROVED_BY = r"经(?:过)?(?:报请|报)?"
# "12月31日,记者从…获悉": between a source's day and the source.
SOURCE_DAY_GAP = r"[\s,，]*(?:本报)?记者"
# "关于发布…": what a headline opens with before the order's name.
HEADLINE_LEAD = r"^(?:关于)?(?:发布|印发|下发|签发)?"
# "调度令发布3次": a count after an order is a statistic.
COUNT_AFTER = r"\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:次|期|轮|个)"
DAY_IN_TEXT = r"\d{1,2}\s*[日号]|[〇零一二三四五六七八九十]\s*日"
# A year at the head of a name ("2025年度…方案", "2024—2025年…"): masked, it is no date.
YEAR_OF_NAME = r"(?P<masked>\d{4}\s*(?:年)?\s*(?:[—–\-~～至到]+\s*\d{4}\s*)?年(?:度)?)"
# A web page's publication stamp run into the text ("2023-01-05 10:12来源:某局", "发布时间:2023-01-05
# 10:12"): when the page went up, never an order's start or issue day; masked, it is no date. Only the
# stamp's digits-and-dashes form is taken after a label: "发布时间:1月5日18时" in a printed order is its own.
PAGE_STAMP = (
    r"(?P<masked>\d{4}(?:年|-|/|\.)\d{1,2}(?:月|-|/|\.)\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?)"
    r"(?=\s*(?:来源|稿源|作者|编辑|浏览|点击|访问量))"
    r"|(?:发布|发表|更新)(?:时间|日期)\s*[:：]\s*"
    r"(?P<labelled>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)"
)
# "1月5日12时启动的橙色预警": an alert named by its start time.
TIMED_START = r"[时日号分](?:起)?(?:启动|发布)的$"
DAY_MARK = r"[日号天]|即日|今|明|昨"
# After a time: it starts or ends the period ("8时起实施", "24时解除").
START_AFTER = r"\s*(?:重新|再次|同步|紧急|继续)?(?:正式|起|开始|启动|实施|执行|生效)"
# "至12日24时自动解除": an end the plan sets ahead of time reads as any other end.
END_AFTER = r"\s*(?:自动|自行)?(?:解除|结束|终止|截止|止|暂停|暂时停止|停止)"
# "21日7时启动Ⅰ级应急响应": the verb that starts a response after its time.
RESPONSE_START_VERBS = r"\s*(?:起)?\s*(?:正式|同步|同时|全面)?(?:启动|实施|执行)"
# The qualifier an order's calendar name gets when its text names none.
DEFAULT_QUALIFIER = "重污染天气"
# A city body's prefix, dropped to compare a signer with an issuer (市生态环境局 ~ 生态环境局).
CITY_PREFIX = "市"

# Traditional characters of this vocabulary that the shared table (``zh_traditional``, the phone and
# conscription words) lacks: "重污染天氣橙色預警", "啟動Ⅱ級應急響應", "解除時間另行通知" as a
# traditional-script gateway prints them. Folded one for one with that table, so offsets and the
# evidence stay as printed; a character whose traditional form is shared with another simplified one
# maps the common reading only.
_TRADITIONAL_PAIRS = (
    # alerts, responses and their colours
    "響响紅红黃黄藍蓝綠绿決决終终遲迟續续維维臨临復复複复態态環环測测擴扩濃浓優优嚴严"
    # pollution and its sources
    "汙污顆颗霧雾揚扬塵尘質质燒烧爐炉煙烟鍋锅灑洒噴喷掃扫淨净礦矿築筑廢废氮氮碳碳"
    # traffic, sites, schools
    "雙双輸输駛驶鏈链戶户課课學学園园兒儿遊游"
    # the rest of a notice
    "佈布內内後后萬万劃划職职責责險险護护範范圍围務务據据規规條条準准採采"
)
TRADITIONAL_TO_SIMPLIFIED: dict[str, str] = pair_table(_TRADITIONAL_PAIRS)
