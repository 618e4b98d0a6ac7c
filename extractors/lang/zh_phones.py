"""Chinese word lists the phone extractor applies: cue words, units, service numbers, owner noise.

Adding a word here never means touching ``extractors/phones.py``. Lists of words are matched
longest first, so a longer negative ("发票号码") beats a shorter positive inside it ("号码").
"""

from __future__ import annotations

from .zh_common import KIN_WORDS, NAME_HONORIFICS, SERVICE_NUMBERS
from .zh_notices import ORG_SUFFIXES

__all__ = ["KIN_WORDS", "NAME_HONORIFICS", "SERVICE_NUMBERS"]  # shared words this module passes on

# One-to-one character folds applied before matching digits (the text keeps its length, so every
# offset found in the folded text is an offset in the original).
CHAR_FOLDS: dict[str, str] = {
    **{chr(0xFF10 + i): str(i) for i in range(10)},  # full-width digits
    "（": "(",
    "）": ")",
    "－": "-",
    "—": "-",
    "–": "-",
    "‑": "-",
    "﹣": "-",
    "\u3000": " ",
    "\u00a0": " ",
    "＋": "+",
}

# Words that say the digits next to them are something to dial.
PHONE_CUES: tuple[str, ...] = (
    "电话", "电 话", "电　话", "热线", "联系", "联络", "拨打", "拨通", "致电", "来电", "电询", "垂询",
    "咨询", "举报", "投诉", "求助", "报警", "手机", "座机", "传真", "服务", "客服", "专线",
    "值班", "预约", "订票", "报名", "查询", "呼叫", "号码", "tel", "Tel", "TEL", "phone", "Phone",
)

# Positive cues that qualify a following noun ("咨询电话") far more often than they stand right
# before a number on their own: "服务对象 2366977" is a statistic.
WEAK_PHONE_CUES: tuple[str, ...] = ("服务", "咨询", "预约", "查询", "报名", "值班", "举报", "投诉", "求助", "报警")

# Words that say the digits next to them are some other kind of number (the nearest cue wins).
NON_PHONE_CUES: tuple[str, ...] = (
    "发票号码", "发票代码", "发票号", "发票", "票号", "证号", "证书号", "证件号", "证编号", "编号", "编码",
    "代码", "身份证", "身份证号", "身份证号码", "邮编", "邮政编码", "账号", "帐号", "账户", "帐户",
    "卡号", "银行卡", "户号", "学号", "工号", "单号", "订单", "批号", "批次", "文号", "注册号",
    "税号", "登记号", "许可证", "执照", "准考证", "车牌", "牌照", "车架号", "发动机号", "合同号",
    "案号", "序号", "货号", "型号", "密码", "验证码", "QQ", "qq", "QQ群", "面积", "金额", "价格",
    "总价", "单价", "合计", "共计", "总计", "累计", "人口", "产值", "营业额", "销售额", "投资",
    "余额", "收入", "资金", "同比", "增长", "增至", "达到", "总数", "数量", "规模", "人次",
    "尾号", "邮箱", "网址", "统一社会信用", "信用代码", "坐标", "海拔", "里程", "桩号", "开奖号码",
    "中奖号码", "开奖", "彩票", "期号", "标准号", "书号", "人数", "次数", "件数", "户数", "总额",
    # a count, never a number to dial, comes right after these
    "量", "率", "达", "约", "近", "超", "逾", "共", "计",
)

# The cue words that may stand right before a short service number ("热线12345", "拨打110");
# "服务10000" and "咨询12345" are counts more often than calls.
SERVICE_CUES: tuple[str, ...] = (
    "电话", "电 话", "热线", "专线", "客服", "号码", "平台", "拨打", "拨通", "拨", "致电", "呼叫",
    "报警", "求助", "急救", "举报", "投诉",
)

# A number followed by one of these is a quantity, a date or a road, never a phone.
UNIT_WORDS: tuple[str, ...] = (
    "千伏", "伏", "kV", "KV", "kv", "万", "亿", "元", "角", "年", "号", "分",
    "米", "千米", "公里", "平方", "亩", "公顷", "吨", "克", "斤", "升", "人", "名", "位", "个",
    "次", "天", "户", "家", "件", "辆", "台", "套", "册", "份", "条", "只", "头", "项", "座", "处",
    "所", "间", "栋", "层", "室", "岁", "周", "期", "届", "批", "例", "倍", "余", "多", "%", "％",
    "‰", "度", "路", "国道", "省道", "高速", "班", "团", "师", "床", "篇", "页", "字", "股",
    "手", "场", "棵", "株", "款", "种", "类", "级", "起", "宗", "笔", "单", "kg", "km", "m", "g",
)

# Words after which nothing about the number is in doubt: a hotline's own name ends with one.
SERVICE_NAME_ENDINGS: tuple[str, ...] = (
    "热线", "电话", "专线", "平台", "中心", "服务台", "报警台", "指挥台", "呼叫台", "短信", "客服",
)

# A count right after a number ("12366一个电话", "两部专线") says how many numbers, never names one.
COUNT_WORD = r"[一二两三四五六七八九十几这那该此每][个部条路门台]"

# Words right after a short number that present it as a number to call ("拨打110报警").
SERVICE_ACTIONS: tuple[str, ...] = (
    "报警", "求助", "急救", "举报", "投诉", "咨询", "反映", "热线", "电话", "平台", "救护车",
    "急救车", "出警", "接警", "转接", "联动",
)

# Call verbs that may stand a few words before a short number ("拨打当地12345").
SERVICE_CALL_VERBS: tuple[str, ...] = ("拨打", "拨通", "致电", "呼叫", "拨")

# A field after one of these keys holds an address or a time, never who answers the phone.
NON_OWNER_KEYS: tuple[str, ...] = (
    "地址", "地点", "住址", "邮编", "网址", "邮箱", "时间", "日期", "开户行", "账号", "帐号",
)

# Short public numbers are services wherever printed (zh_common.SERVICE_NUMBERS); longer ones are
# matched by prefix.
SERVICE_PREFIXES: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("12", (5,)),  # 12xxx: government hotlines (12345, 12315, 12369, 12366, 12333, ...)
    ("100", (5,)),  # 100xx: carriers (10086, 10010, 10000)
    ("95", (5, 6, 7, 8)),  # 95xxx: nationwide enterprise numbers (95588, 95598)
    ("96", (5, 6, 7, 8)),  # 96xxx: local public-service numbers (96333, 96195)
)

# Verbs after which the words up to the number name who answers ("联系刘秀兰 152..."); the
# subject before such a verb is the caller, never the owner. "联系电话" is a noun, not the verb.
CALL_VERBS: tuple[str, ...] = ("联系", "联络", "拨打", "拨通", "致电", "呼叫", "打给")
CALL_VERB_NOT_BEFORE: tuple[str, ...] = (
    "电话", "电 话", "方式", "人", "号码", "地址", "单位", "处", "点", "站", "办", "部", "群众",
)

# Words always stripped from the end of an owner ("太原市档案馆查档电话为" -> "太原市档案馆查档").
OWNER_TRAILING_NOISE: tuple[str, ...] = (
    "为", "是", "的", ":", "：", " ", "　", "(", "（", "如下", "分别", "及", "和", "或", "/", "、",
    "-", "|", "电话号码", "手机号码", "联系号码", "号码", "电话", "电 话", "手机号", "手机", "座机", "传真",
    "联系方式", "方式", "联系人", "tel", "Tel", "TEL",
)
# Words stripped from the end only once a cue noun went before them ("查档电话" -> "", but
# "供热服务" stays a name).
OWNER_TRAILING_QUALIFIERS: tuple[str, ...] = (
    "联系", "联络", "查档", "咨询", "举报", "投诉", "报名", "值班", "办公", "服务", "预约", "查询",
    "求助", "报警", "24小时", "全天", "监督", "订票", "客服", "免费", "业务", "办事", "紧急",
    "应急", "值守",
)

# Words stripped from the start of an owner ("请拨打市医保中心" -> "市医保中心", "其子张三" -> "张三").
# Only words that never begin a name: no single characters like 向 or 人 (向阳街道, 人民医院), and
# of the relatives only zh_common.KIN_WORDS, not the bare nouns that open names (孙子明).
OWNER_LEADING_NOISE: tuple[str, ...] = (
    "请", "可以", "也可", "也可以", "即可", "欢迎", "直接", "随时", "及时", "如有疑问", "如有问题",
    "如有需要", "详情", "详询", "具体", "另外", "此外", "同时", "广大市民", "广大群众", "知情者",
    "知情人", "有关", "相关", "通过", "拨打", "致电", "联系", "咨询", "-", "*", "•", "·", "|", " ",
    # "可询…", "可咨询…", "欢迎垂询…": a verb of asking before the one asked
    "可咨询", "可询", "请询", "垂询",
    "　", ":", "：", "当地", "本地", "属地", "所在地",
    # time adverbs that open a sentence, never a name ("目前该公司客服电话为…")
    "目前", "现在", "如今", "当前", "此前", "今后", "届时", "平时", "日前", "近日", "近期", "眼下", "另外还",
    "另附", "现附", "附上",
) + KIN_WORDS
# One-character adverbs ("现该单位…", "另市民政局…") dropped from an owner's start only before a
# pronoun or a place level (shared with the notice extractor).
from .zh_notices import LEADING_ADVERBS as OWNER_LEADING_ADVERBS, PRONOUN_OR_PLACE_STARTS  # noqa: E402
# "该公司", "该馆": a body referred back to. The owner is the body of that kind named before the
# number (within this many characters), else what follows the pronoun, else nobody.
POINTING_WORD = "该"
ANTECEDENT_REACH = 400
# Characters a body's name read backwards never runs over ("记者从某某公司获悉").
from .zh_notices import NAME_STOPS  # noqa: E402
# Words ending like a body that are no body ("格局", "场所"): never the body "该局"/"该所" points at.
NOT_BODY_COMPOUNDS: tuple[str, ...] = (
    "格局", "布局", "结局", "大局", "全局", "开局", "变局", "骗局", "僵局", "时局", "当局", "饭局", "棋局",
    "场所", "住所", "厕所", "处所", "全部", "内部", "外部", "局部", "东部", "西部", "南部", "北部", "中部",
    "部分", "网站", "车站", "好处", "到处", "之处", "处处", "市中心", "核心", "重心", "信心", "中心城区",
    "排队", "方队", "球队", "团队", "队伍",
)

# What a number is for, not who answers it: an owner left ending with one of these is no owner
# ("意见反馈电话", "改造问题反映电话").
PURPOSE_ENDINGS: tuple[str, ...] = (
    "反馈", "反映", "意见", "建议", "诉求", "问题", "线索",
    # a field's name, not who answers ("报名地点及联系电话:…")
    "地点", "地址", "时间", "日期", "网址", "邮箱",
    # what the call is for: booking ("订票电话", "订餐热线")
    "订票", "购票", "退票", "改签", "预订", "订餐", "订房",
)
# Words an owner never starts with: what is left after them is a fragment of a label ("及联系电").
OWNER_FRAGMENT_STARTS: tuple[str, ...] = ("及", "和", "与", "或", "并", "等", "的")
# Levels of a place a body's name may start with ("市医保局"): after a fragment word above, one of
# these starts a second body of a list ("和市医保局"), not a name beginning with that word ("和平社区").
PLACE_LEVELS: tuple[str, ...] = ("省", "市", "区", "县", "镇", "乡", "州")
# "12393医保服务热线或市医保局咨询电话": after a hotline and "或", the words name another owner.
OWNER_ALTERNATIVE_JOINS: tuple[str, ...] = ("或者", "或", "以及", "及")
# Verbs by which a text announces a number ("街道公布了…电话"): the owner is not in the words after them.
ANNOUNCE_VERBS: tuple[str, ...] = (
    "公布了", "公布", "公开了", "开通了", "开通", "设立了", "设立", "推出了", "推出", "发布了", "发布",
)

# Words that alone are no owner: what is left of "联系电话" after cleaning is nothing at all.
# A report's opening marker ("本报讯", "某某网讯") before a labelled number is the paper's byline, not
# whom the number reaches ("本报讯 订票电话:…").
NEWS_OPENER_ENDINGS: tuple[str, ...] = ("报讯", "网讯", "台讯", "社讯")
OWNER_CUE_ONLY: tuple[str, ...] = (
    "服务热线", "热线", "热线电话", "咨询热线", "举报热线", "投诉热线", "电话", "联系电话", "咨询电话",
    "举报电话", "投诉电话", "服务电话", "办公电话", "值班电话", "报名电话", "预约电话", "监督电话",
    "求助电话", "报警电话", "手机", "联系方式", "地址", "邮编",
)

# Words in a list line's label that say the line gives a number to call. A strong one does so
# on its own ("燃气抢修 66668888"); a weak one ("服务", "咨询") only inside a list of such lines,
# since "服务对象 12000" alone is a statistic.
LIST_LABEL_EXTRA_CUES: tuple[str, ...] = (
    "抢修", "报修", "急救", "救援", "救助", "调度", "办公室", "服务中心", "营业厅", "火警", "匪警",
    "消防", "交通事故", "供水", "供电", "供暖", "供热", "燃气", "自来水", "停水", "停电", "市长",
)
LIST_LABEL_CUES: tuple[str, ...] = PHONE_CUES + LIST_LABEL_EXTRA_CUES
STRONG_LIST_LABEL_CUES: tuple[str, ...] = SERVICE_CUES + LIST_LABEL_EXTRA_CUES + (
    "手机", "座机", "传真", "Tel", "TEL", "tel",
)

# Words a label may end with and run straight into its number ("市长热线12345", "电话66668888").
LABEL_ENDINGS: tuple[str, ...] = SERVICE_NAME_ENDINGS + ("号码", "手机", "传真", "座机", "Tel", "TEL", "tel")

# A heading over a list of numbers ("便民服务电话一览", "各区热线如下").
LIST_HEADING_CUES: tuple[str, ...] = ("电话", "热线", "号码", "通讯录", "联系方式", "一览")

# Labels of a line naming a unit ("实施单位:某某公司", "公示单位:某某局"): a "联系电话:…" line a line
# or two below it reaches that unit. A label ends with one of these and is at most this long.
UNIT_LABEL_ENDINGS: tuple[str, ...] = ("单位", "机关", "机构")
UNIT_LABEL_MAX = 6
# How many lines above a number's line a unit's labelled line may stand.
UNIT_LINE_REACH = 2

# "联系人:张三" and "与张三联系" name the owner in a clause before the number.
CONTACT_PERSON_PATTERNS: tuple[str, ...] = (
    r"联系人[:：\s]*(?P<owner>[\u4e00-\u9fff]{2,4}(?:先生|女士)?)(?=电话|手机|[^\u4e00-\u9fff]|$)",
    r"(?:与|同|向)(?P<owner>[\u4e00-\u9fff]{2,12}?)(?:联系|联络|咨询)",
)

# A sentence that sends readers to someone ("如有疑问请与李女士联系。") on the line above a number's
# own "联系电话:…" line names who the number reaches. The owner is the group ``owner``.
CONTACT_SENTENCE_PATTERNS: tuple[str, ...] = (
    r"(?:与|同|向)(?P<owner>[\u4e00-\u9fff()（）]{2,24}?)(?:联系|联络|咨询|反映)",
    r"(?:请|可|可以|或)(?:联系|联络|咨询)(?P<owner>[\u4e00-\u9fff()（）]{2,24}?)(?=[。.!！,，;；]|\s*$)",
)
# What may separate "联系人:张三" (or "请与张三联系") from the number's own "电话:…" sub-clause: the
# contact is the owner whichever is printed ("联系人:王先生;联系电话:…" as "联系人:王先生,联系电话:…").
CONTACT_SEPARATORS = ",，;；"
# After a full stop only a bare label sentence ("联系人:王先生。电话:…") still names the owner.
CONTACT_LABEL_SEPARATORS = "。"
# A place printed right before a service number is part of the hotline's name ("市12345公共服务热线",
# "某某区12345热线"): it ends with one of these levels, and a scope word never starts it ("全市", "我市").
HOTLINE_PLACE_LEVELS: tuple[str, ...] = ("市", "区", "县", "省", "州", "镇", "乡", "旗", "盟")
NOT_PLACE_STARTS: tuple[str, ...] = ("全", "我", "本", "各", "该", "外", "此", "当地", "属地", "所在")
# A contact starting so is the writer or the reader, not a name ("请与我们联系"), or someone referred
# back to ("与他取得联系"): the clause names nobody.
NOT_CONTACT_STARTS: tuple[str, ...] = ("我", "本", "您", "你", "他", "她", "其", "之", "大家")
# "请与某某中心值守电话(66001234)联系", "请与某某居委会(电话:66001234)联系": the number in brackets inside
# a contact clause reaches the one the clause names, between the preposition and the bracket (its
# line's noun trimmed). ``before`` ends where the number starts; ``after`` starts where it ends.
BRACKETED_CONTACT_BEFORE = r"(?:与|同|向)(?P<owner>[\u4e00-\u9fff]{1,30}?)[(（](?:[\u4e00-\u9fff]{0,6}[:：]?)?"
BRACKETED_CONTACT_AFTER = r"[)）](?:取得)?(?:联系|联络|咨询)"
# How many sentences at the end of the line above such a line may hold the contact.
CONTACT_SENTENCE_REACH = 2

# Characters that end a clause: a cue before one of these does not reach a number after it.
CLAUSE_BREAKS = "。!！?？;；\n"
# Characters that end a sub-clause (the span an owner or an evidence may come from).
SUBCLAUSE_BREAKS = CLAUSE_BREAKS + ",，"
# What may separate two numbers that share a cue and an owner ("0351-2366977、2366978").
NUMBER_JOINERS: tuple[str, ...] = ("、", ",", "，", "/", "或", "和", "及", "与", " ", "　")

# Hotline nouns that head a run of "place:number" items ("举报电话:市征兵办:8335xxxx;福田区:…"):
# each item's owner is its label with the noun ("福田区举报电话"). Longest first.
RUN_CUE_NOUNS: tuple[str, ...] = (
    "举报电话", "咨询电话", "联系电话", "监督电话", "服务电话", "投诉电话", "报名电话", "值班电话",
    "求助电话", "热线电话", "咨询热线", "举报热线", "服务热线", "投诉热线", "监督热线", "电话", "热线",
)
# Nouns naming a line: an item label of a run holding one is prose ("…举报电话为"), not a name.
LINE_NOUNS: tuple[str, ...] = ("电话", "热线", "专线")
# Words a run's hotline noun may take before the sentence or heading line ends ("咨询电话开通。",
# "热线电话公布如下"), at most this many characters.
RUN_CUE_TAIL_MAX = 4
# Header words of a table column holding numbers to call ("| 单位名称 | 联系电话 |").
TABLE_PHONE_HEADERS: tuple[str, ...] = ("电话", "热线", "手机", "号码", "联系方式", "座机", "传真")
# Words inside a bracket after an owner that make the bracket say when or what the number is
# ("电话(工作日)", "(24小时)"), not a role that is part of the name ("市人民医院(定点医院)").
OWNER_BRACKET_NOISE: tuple[str, ...] = (
    "工作日", "工作时间", "办公时间", "上班", "白天", "夜间", "晚间", "节假日", "假日", "周末", "周一",
    "小时", "全天", "值班", "时间",
)
# How a body's name ends (the notice extractor's endings): a short line ending so, right above a
# "举报电话:…" line, names the body the number reaches.
BODY_ENDINGS: tuple[str, ...] = ORG_SUFFIXES
# Words between a body and the bracket holding its number ("向某局某科(地址…,联系电话:…)提出"):
# the body is named after the last of these.
BRACKET_OWNER_OPENERS: tuple[str, ...] = ("向", "与", "到", "至", "联系", "拨打", "咨询", "前往", "或")
# A paper's publisher as its masthead or footer prints it ("某某日报社出版 党报热线:…"): the paper's
# own hotlines there belong to it.
PUBLISHER_ENDINGS: tuple[str, ...] = ("日报社", "晚报社", "报社", "报业集团", "报业传媒集团", "传媒集团")
# Labels that are a paper's own lines of business (a masthead's "党报热线", "广告热线", "订阅热线").
PUBLISHER_LINE_LABELS: tuple[str, ...] = (
    "党报热线", "新闻热线", "报料热线", "爆料热线", "广告热线", "订阅热线", "订报热线", "发行热线", "读者热线",
    "投诉热线", "服务热线",
)
# Verbs by which a text announces a new line by name ("关于开通某某监督举报电话的公告"): a number
# later printed under the tail of that name ("监督举报电话:…") is that line.
OPENING_VERBS: tuple[str, ...] = ("开通了", "开通", "设立了", "设立", "开设了", "开设", "启用了", "启用")
# How far back (characters) such an announcement may stand.
OPENING_REACH = 600
# "某登记站设在保卫处。咨询电话:…": a sentence placing a body, then its number on its own.
PLACING_VERBS: tuple[str, ...] = ("设在", "设于", "位于", "地处", "坐落在", "坐落于", "办公地点在", "地址在")

# --- owners the words around the number do not name in full (see phones._refined_owner) ---------

# What an emergency or public line is for ("火警", "急救", "交通事故"): an owner made only of these
# words (and a line noun) names no person or body, so a short service number printed after it
# ("拨打火警电话119") has no owner; "市急救中心电话120" keeps its centre.
EMERGENCY_PURPOSE_WORDS: tuple[str, ...] = (
    "火警", "匪警", "报警", "急救", "求助", "紧急", "应急", "交通事故", "医疗", "救援", "救助",
    "消防", "治安", "案件", "火灾", "事故",
)
LINE_NOUNS: tuple[str, ...] = ("电话", "热线", "专线", "号码")

# A span of time opening an owner ("春运期间投诉热线", "暑假期间心理热线"): dropped, the line or body
# after it is the owner. It is at most this many characters before its ending word, and a place
# name continues after such a word instead ("某期间路社区" keeps its road).
TIME_SPAN_ENDINGS: tuple[str, ...] = ("期间", "时段", "期内")
TIME_SPAN_MAX = 10
PLACE_NAME_CONTINUATIONS: tuple[str, ...] = ("路", "街", "巷", "村", "桥", "里", "坊", "弄", "胡同", "小区")

# A body named by the writer as itself or by where it is stationed ("我局", "本中心", "驻我市督导组"):
# the full name printed before it ("某区民政局", "省第三督导组") is the owner, when there is one.
SELF_DEICTIC_STARTS: tuple[str, ...] = ("我", "本")
STATIONED_DEICTIC = r"驻(?:我|本)[省市区县州旗镇乡]"
# "我市", "本报": a place or the paper itself, never a body to look up.
NOT_DEICTIC_BODIES: tuple[str, ...] = ("省", "市", "区", "县", "州", "旗", "镇", "乡", "村", "报", "刊", "台", "网")
# How far back (characters) the full name may be printed.
DEICTIC_REACH = 600

# "某局公布的投诉电话为:…": the body that publishes a line in a relative clause is who the line reaches.
# (With "公布了" the subject may be announcing other bodies' numbers, and is not taken.)
PUBLISHED_BY_VERBS: tuple[str, ...] = ("公布", "公开", "发布", "开通", "设立", "开设", "推出")
# A body that opens a line owns it with or without 的 ("某局开通投诉热线…", "某局开通了…热线").
OPENED_BY_VERBS: tuple[str, ...] = ("开通", "设立", "开设", "启用")

# A heading over a block of "label:number" lines ("某区市场监督管理局" / "服务热线:…" / "咨询电话:…"):
# how many such lines may stand between the heading and a number's line. The heading is a body's
# name on its own line, after an optional enumeration ("一、", "1.", "(二)").
HEADING_BLOCK_REACH = 6
HEADING_ENUMERATION = r"(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）])?"

# Words that make a line ending in a body's name a sentence ("市民可前往某中心"), not the name alone.
NOT_IN_A_BODY_LINE: tuple[str, ...] = (
    "前往", "可以", "可", "请", "将", "到", "向", "拨打", "联系", "咨询", "是", "已", "正在", "今日", "昨日",
    "近日", "日前", "记者", "获悉", "了解",
)

# What a caller does, never who answers: an owner made only of these ("报修电话" -> "报修") is none,
# and after a line's noun they end its name ("市民热线反映情况" -> "市民热线"). "燃气报修" keeps its gas.
CALLER_ACTIONS: tuple[str, ...] = (
    "报修", "报案", "报警", "求助", "举报", "投诉", "咨询", "反映", "预约", "报名", "办理", "查询", "进行",
    "了解", "联系", "反馈",
)
# The writer or the reader: an owner starting so ("我们的热线", "您的专属客服") names nobody; the
# notice's signer is linked in later.
WRITER_READER_STARTS: tuple[str, ...] = ("我们", "咱们", "您", "你们", "你")
# Words pointing at numbers or bodies given elsewhere ("以下电话", "上述电话", "所在社区"), and bare
# kinds of body ("部门"): an owner starting with the first or being the second names nobody.
POINTING_ELSEWHERE_STARTS: tuple[str, ...] = ("以下", "上述", "下列", "如下", "以上", "前述", "所在")
GENERIC_BODY_NOUNS: tuple[str, ...] = ("部门", "单位", "机构", "有关部门", "相关部门", "相关单位", "有关单位")
# A call verb inside an owner makes it a piece of the sentence ("情况可拨打"), never a name.
CALL_VERBS_IN_OWNER: tuple[str, ...] = ("拨打", "拨通", "致电", "可拨", "请拨")
# "我单位", "本单位": the writer's own unit, a short form like "我局".
SELF_UNIT_WORDS: tuple[str, ...] = ("单位",)
# A line starting with a scope word names a kind of body, not one ("各区政务服务中心", "全市各医院").
NOT_ONE_BODY_STARTS: tuple[str, ...] = ("各", "全市", "全区", "全县", "全省", "有关", "相关", "部分")


# --- the pieces extractors/phones.py builds its patterns from ---------------------------------

# An extension after a number ("转8012", "分机12").
EXTENSION_WORDS = ("转", "分机")
# Quotes that may open or close a quoted service name or short number ("“12345”热线").
QUOTE_OPENERS = "“\"「『"
QUOTE_CLOSERS = "”\"」』"
NUMBER_QUOTE_OPENERS = "“\"「"
NUMBER_QUOTE_CLOSERS = "”\"」"
# "或" between two numbers of one line ("8335xxxx或8335yyyy").
OR = "或"
# ..."或者": the character that may follow it.
OR_TAIL = "者"
# The copulas between a line's name and its number ("热线为", "电话是").
COPULAS = "为是"
# Words that end a line's name, not a body's: a name ending in them names no one.
LINE_WORDS = ("热线", "方式", "号码")
# A label naming a line ("监督举报电话", "服务热线") ends with one of these.
LINE_LABEL_ENDINGS = ("电话", "热线")
# "第12345期": an ordinal, not a number to call.
ORDINAL_PREFIX = "第"
# Words that end the text before a body glued to its number (and never start the body's name).
GLUE_WORDS = ("的", "是", "为", "在", "结合", "通过")
GLUED_BODY_OPENER_WORDS = ("的", "和", "及", "是", "为", "在", "结合", "通过")
# "某局和市某局": a conjunction before a second body's level opens that body.
LIST_CONJUNCTIONS = ("和", "及", "与")
