"""Chinese word lists the public-notice extractor applies: notice words, issuers, audiences, cues.

Pure data for ``extractors.notices``. Adding a kind of notice, an organisation suffix or a cue for
a deadline means adding a word here, never touching the extractor. Lists are matched longest first.
"""

from __future__ import annotations

from .zh_common import BODY_ENDINGS, KIN_NOUNS, NAME_HONORIFICS, NOTICE_WORDS, SIGN_OFF_WORDS

__all__ = ["NOTICE_WORDS", "SIGN_OFF_WORDS", "NAME_HONORIFICS"]  # shared words this module passes on

# Words that may stand directly before a notice word as part of its name ("寻亲启事", "停水通知").
# A title made of an issuer plus one of these keeps the qualifier in its kind and drops the issuer.
KIND_QUALIFIERS: tuple[str, ...] = (
    "寻亲", "寻人", "寻物", "寻狗", "认领", "招领", "失物招领", "遗失", "挂失", "丢失", "作废", "更正",
    "招聘", "招工", "招生", "招租", "招商", "招标", "中标", "竞聘", "征婚", "拍卖", "变卖", "出让",
    "转让", "出租", "清算", "注销", "减资", "增资", "合并", "分立", "债权申报", "债权债务",
    "停水", "停电", "停气", "停暖", "停热", "停运", "停业", "停诊", "恢复供水", "供暖", "供热",
    "温馨", "安全", "出行", "健康", "消费", "防范", "风险", "预警", "紧急", "重要", "特别",
    "交通管制", "临时交通管制", "道路封闭", "封路", "施工", "禁行", "限行", "绕行", "改线",
    "征集", "征求意见", "意见征集", "征兵", "招录", "招考", "选调", "遴选", "公开招聘", "补录", "选聘", "任前", "评选", "表彰", "拆迁", "搬迁", "征收", "征地",
    "开业", "迁址", "更名", "乔迁", "放假", "休假", "开放", "闭馆", "报名", "考试", "录取",
    "年检", "年审", "换证", "验收", "环评", "环境影响评价", "规划", "听证", "公开", "催告", "催缴",
    "送达", "悬赏", "致歉", "律师", "法院", "强制执行", "执行", "破产", "物业", "解聘", "更换",
)

# A service notice titled without a notice word ("停电信息", "计划停水预告"): an outage word and one
# of these. Such a title is the notice's kind as printed.
OUTAGE_WORDS: tuple[str, ...] = ("停电", "停水", "停气", "停暖", "停热", "停供", "限电", "降压供水")
OUTAGE_TITLE_ENDINGS: tuple[str, ...] = ("信息", "预告", "安排", "")
OUTAGE_TITLE_PREFIXES: tuple[str, ...] = ("计划", "临时", "检修", "")
# Verbs by which a notice's body says who will act ("国网某供电公司将于…停电"): the body before them issues it.
ACTOR_VERBS: tuple[str, ...] = ("将于", "定于", "计划于", "拟于", "决定于", "定在", "将在")

# Labels a signature line may carry before the issuer ("声明人:张三").
SIGNATURE_LABELS: tuple[str, ...] = (
    "声明人", "公告人", "启事人", "通告单位", "发布单位", "发布人", "落款", "单位", "特此声明人",
)
# Labelled lines naming who issues a notice printed without a signature ("公示单位:某某局",
# "实施单位:某某公司" under a 公示): the unit of the first label in this order that the notice prints.
ISSUER_UNIT_LABELS: tuple[str, ...] = (
    "公示单位", "公告单位", "通告单位", "发布单位", "发布机关", "公示机关", "公告机关", "发文单位", "声明单位",
    "实施单位", "建设单位", "组织单位", "主办单位", "招聘单位", "申请单位", "施工单位",
)
# Labels of the contact lines printed with such a unit line ("联系人:", "联系电话:"), and how many
# labelled lines after a notice the layout cut off still belong to it.
CONTACT_LABELS: tuple[str, ...] = (
    "联系人", "联系电话", "咨询电话", "监督电话", "举报电话", "电话", "联系方式", "地址", "邮箱", "传真",
)
LABELLED_TAIL_MAX_LINES = 4
# How many lines a notice's heading may be broken into above its notice word ("某市公安局" /
# "关于…的" / "通告"): the lines above that word complete it.
HEADING_MAX_LINES_ABOVE = 3
# A notice that publishes a document prints it after its own signature ("某人大常委会 / 2022年5月6日"
# then "某某条例(草案)", "第一章 总则"): the line after the signature starts that document when it
# opens with one of these or is a short title ending in one of the document words (brackets aside).
ATTACHED_DOCUMENT_OPENINGS: tuple[str, ...] = ("第一章", "第一条", "目录", "目 录", "附件", "附:")
ATTACHED_DOCUMENT_WORDS: tuple[str, ...] = (
    "条例", "办法", "规定", "细则", "规则", "规划", "方案", "草案", "修订草案", "征求意见稿", "修改稿", "送审稿",
)
# Seal annotations printed beside (or under) a signature's issuer ("某办公室(代章)"): not part of
# the name. Matched inside round brackets.
SEAL_MARKS: tuple[str, ...] = ("代章", "盖章", "公章", "印章", "签章", "章", "代", "印", "签字", "签名")
# Words a signature's wrapped second line may start with when it carries on the body named above
# ("某某市应对某某工作领导小组" over "办公室"): a unit of a body, never the start of a body's own name.
CONTINUATION_HEADS: tuple[str, ...] = (
    "办公室", "领导小组", "工作领导小组", "指挥部", "工作指挥部", "工作组", "专班", "工作专班", "小组",
    "委员会", "管理委员会", "工作委员会", "秘书处", "分指挥部",
)
# Characters that mark a place in a body's name ("某某市", "某区"): a wrapped second line that
# names a place is a second body, not the rest of the first.
PLACE_MARKS: tuple[str, ...] = ("省", "市", "区", "县", "州", "镇", "乡", "旗", "盟", "街道", "中共", "共青团")
# How far back (days) a signature's date printed as a run of digits ("2020126") may lie before the
# issue date: the reading that falls in this window, if only one does, is the date.
RUN_TOGETHER_DATE_REACH_DAYS = 366

# Endings of an organisation's name: a clause ending with one names a body that can issue. Besides
# the endings every body may have, the businesses and services that print notices, and single
# characters (部, 处, 站, 院) that in a signature or an issuer clause end a body's name.
ORG_SUFFIXES: tuple[str, ...] = BODY_ENDINGS + (
    "有限责任公司", "股份有限公司", "有限公司", "分公司", "总公司", "厂", "店", "行",
    "部", "处", "科", "所", "站", "队", "中队", "院", "中学", "小学", "幼儿园",
    "会", "社", "馆", "台", "居委会", "村委会", "物业", "分行", "支行", "专班", "组", "合作社", "工作室",
    "海关", "机制", "机场", "公安", "交警", "消防", "水务", "燃气", "热力", "电力", "供电", "铁路", "地铁",
    "公交", "监督室", "检查室", "监察室", "研究室", "实验室",
)
# Verbs after "向/与 X" that send readers to X with a number printed below ("如有异议,请向市委组织部反映").
ADDRESSED_VERBS: tuple[str, ...] = ("反映", "联系", "联络", "咨询", "举报", "投诉", "提出", "反馈", "申报")
# How a notice names its own issuer ("向本公司申报", "与我单位联系", "该中心").
SELF_REFERENCE_STARTS: tuple[str, ...] = ("本", "我", "该")
# Relatives named before the contact person ("请与其子张建军联系", "请与儿子张建军联系"): the name
# after them is who to reach; here a name always follows, so bare kin nouns count too.
from .zh_common import KIN_WORDS as _KIN_BEFORE_CONTACT  # noqa: E402

KIN_WORDS: tuple[str, ...] = _KIN_BEFORE_CONTACT + KIN_NOUNS

# Kinds a private person may issue (the others need a body: a signature "张三" on a 通告 is no issuer).
PERSONAL_KINDS: tuple[str, ...] = ("启事", "启示", "声明")
# Kinds whose first sentence is about the one sought, not the one who seeks ("李大爷,男,78岁,…").
SUBJECT_IS_SOUGHT: tuple[str, ...] = ("寻人启事", "寻人启示", "寻狗启事", "寻物启事")

# Words a clause may carry between an issuer and its verb ("市交警支队近日发布通告").
ISSUER_TRAILING_WORDS: tuple[str, ...] = (
    "近日", "日前", "今天", "今日", "昨天", "昨日", "当天", "当日", "再次", "紧急", "专门", "正式",
    "也", "还", "已", "已经", "特", "特别", "联合", "共同", "向社会", "向全市", "向市民",
    "向广大市民", "向公众", "向全社会", "向居民", "面向社会", "面向全市", "在此", "再次在此",
)
# Words a clause may begin with before the issuer ("近日,据悉市交通局…").
ISSUER_LEADING_WORDS: tuple[str, ...] = (
    "近日", "日前", "今天", "今日", "昨天", "昨日", "当天", "当日", "据悉", "据了解", "同时", "此外",
    "另外", "目前", "为此", "对此", "随后", "本报讯", "记者获悉", "记者了解到", "并由", "由",
)
# One-character adverbs dropped from the start of an issuer or an owner ("现该单位…", "另市民政局…")
# only before one of PRONOUN_OR_PLACE_STARTS: a name may start with these characters ("现代", "另类"),
# not with both.
LEADING_ADVERBS: tuple[str, ...] = ("现", "另", "并", "也", "还", "均", "即", "则", "再", "又", "而", "且")
PRONOUN_OR_PLACE_STARTS: tuple[str, ...] = ("该", "其", "本", "我", "市", "省", "区", "县", "镇", "乡")
# Clauses that look like an issuer but speak for a place, not a body ("我市下发通知").
NOT_ISSUERS: tuple[str, ...] = (
    "我市", "我省", "我区", "我县", "全市", "全省", "本市", "各地", "国家", "有关部门", "相关部门",
    "各部门", "该部门", "该局", "该中心", "该公司", "记者", "本报",
)

# Verbs by which a news story reports that a body issued a notice ("市疫情防控办发布提示").
REPORT_VERBS: tuple[str, ...] = ("发布", "发出", "印发", "下发", "公布", "出台", "张贴", "刊发", "推送")
# Paragraphs (the reporting one included) that tell what a reported notice says.
REPORTED_SCOPE_PARAGRAPHS = 3
# Notice words a reported notice may carry (a 声明 in a news story is a statement, not a notice).
REPORTED_WORDS: tuple[str, ...] = (
    "通告", "公告", "公示", "通知", "提示", "告知书", "公开信", "倡议书", "告示", "须知",
)
# Characters that turn a notice word into another noun ("公告牌", "通知书", "提示音").
NOT_AFTER_WORD: tuple[str, ...] = (
    "牌", "栏", "板", "屏", "书", "单", "费", "期", "音", "框", "语", "词", "精神", "中", "上",
    "名单", "结果", "内容", "信息", "事项", "文件", "制度",
)
# Qualifiers a body may put before a colon it speaks after ("市气象台温馨提示:…").
COLON_QUALIFIERS: tuple[str, ...] = ("温馨", "特别", "重要", "安全", "出行", "健康", "消费", "防范", "风险", "紧急")
# Whom a qualified 提示 is spoken to when it is used as a verb ("某局温馨提示广大市民,…").
PROMPT_AUDIENCES: tuple[str, ...] = (
    "广大", "市民", "居民", "群众", "公众", "游客", "旅客", "乘客", "驾驶人", "驾驶员", "司机", "车主",
    "家长", "考生", "消费者", "各位", "大家", "全市", "社会各界", "您",
)
# Kinds that are a notice only when a body is named giving them: a "温馨提示" box inside a news item
# with nobody before it is the paper's own advice (no row); with a body ("市气象台温馨提示…") it is that
# body's notice.
ISSUED_ONLY_KINDS: tuple[str, ...] = ("提示",)
# Counters between the verb and the notice word ("发布一则提示").
COUNTERS: tuple[str, ...] = ("一则", "一份", "一条", "一个", "一封", "一项", "了一则", "了一份", "了")

# Words saying a reported notice speaks to the public ...
PUBLIC_AUDIENCE: tuple[str, ...] = (
    "市民", "居民", "群众", "公众", "广大", "游客", "旅客", "乘客", "车主", "驾驶人", "驾驶员", "司机",
    "消费者", "家长", "学生", "考生", "用户", "业主", "住户", "患者", "参保", "社会各界", "全社会",
    "人员要", "人员需", "人员须", "人员应", "请", "提醒", "敬请", "务必", "禁止", "严禁", "不得",
    "行人", "车辆", "出行", "自觉", "主动",
)
# ... and words saying it is an internal document addressed to departments.
INTERNAL_AUDIENCE: tuple[str, ...] = (
    "各级各部门", "各部门", "各单位", "各有关单位", "各县(市、区)", "各县（市、区）", "各区县",
    "各县区", "职能部门", "主管部门", "有关部门", "相关部门", "监管职责", "监管责任", "工作专班",
    "党组织", "党员干部", "领导干部", "成员单位", "各学院", "各院系", "各院(系)", "各处室", "各科室", "各班级",
)
# Words after a reported notice that make its clause the topic of a remark on why such notices are
# issued ("水务公司贴出停水通知的目的是让用户早作准备…"): no notice is reported there.
PURPOSE_AFTER: tuple[str, ...] = ("就是为了", "是为了", "的目的是", "目的是", "的目的在于", "就是要", "是要")
# What a circular asks of the levels below it, right after it is named ("下发《…的通知》,要求各级…"):
# such a 通知 goes to departments, whoever the story later says may call a hotline.
CIRCULAR_ORDERS: tuple[str, ...] = (
    "要求各级", "要求各地", "要求各部门", "要求各单位", "要求各县", "要求各区", "要求各乡镇", "要求各街道",
    "要求全省各级", "要求全市各级", "要求全省各地", "要求全市各地",
)
# Titles of documents whose 通知 is an internal circular ("印发《…实施方案》的通知").
INTERNAL_DOCUMENTS: tuple[str, ...] = (
    "方案", "办法", "意见", "规划", "计划", "细则", "规定", "要点", "制度", "清单", "纲要", "措施",
    "条例", "决定", "标准", "指引", "指南",
)

# Bylines that open a news story: a notice article carrying one is a report, not a printed notice.
NEWS_BYLINE_STARTS: tuple[str, ...] = (
    "本报讯", "本报记者", "记者", "通讯员", "新华社", "中新社", "中新网", "人民网", "央视网", "据新华社",
)

# Words by which a printed notice addresses its readers: without one of these, a signature or a
# phone number, a "notice" heading over a story is a headline, not a notice.
ADDRESS_WORDS: tuple[str, ...] = (
    "特此", "请", "敬请", "恳请", "望", "欢迎", "现将", "现决定", "现予", "现对", "现就", "现寻",
    "现招", "现拟", "现已", "本公司", "我公司", "本单位", "本人", "本院", "本局", "本中心", "本店",
    "知情者", "知情人", "联系人", "联系电话", "咨询电话", "举报电话", "声明作废", "作废", "有意者",
    "届时", "予以公示", "公示如下", "公告如下", "通告如下", "自即日起", "即日起", "谨此", "如下",
    # A decision put to the public from the moment it takes effect ("决定于5月2日10时起…"): the whole
    # body of a short 公告 lifting or moving a measure, printed without "现" or a sign-off.
    "决定于", "决定从", "决定自",
)

# Words in a title that make a 通知 a circular to departments ("关于印发…方案的通知").
CIRCULAR_TITLE_WORDS: tuple[str, ...] = ("印发", "转发", "批转")

# How an issuer refers to itself at the start of its notice ("本公司因…").
SELF_WORDS: tuple[str, ...] = ("本人", "我单位", "我公司", "本公司", "本单位")
# Roles that tie a person to the business before them ("某五金经营部经营者王某因…"): the business declares.
SUBJECT_ROLE_WORDS: tuple[str, ...] = ("经营者", "法定代表人", "法人代表", "负责人", "投资人", "业主")
# Words that open a clause of purpose or grounds ("为确保比赛顺利进行,…", "根据《…》规定,…"): the
# clause is no subject, even when it happens to end like a body's name (进行 like 银行, 大会 like 协会).
PURPOSE_OPENERS: tuple[str, ...] = ("为了", "为", "根据", "按照", "依据", "依照", "鉴于", "由于", "随着", "针对", "结合")
# What follows the subject of a notice's first sentence when the subject is who issues it.
AFTER_SUBJECT: tuple[str, ...] = (
    "于", "在", "因", "将", "现", "决定", "拟", "经", "定于", "自", "遗失", "不慎", "丢失", "诚聘", "招聘",
)

# Words asking the reader to act; a date in their clause is a deadline ("请于1月10日前…").
REQUEST_WORDS: tuple[str, ...] = ("请", "须", "需", "应", "务必")
ACTION_WORDS: tuple[str, ...] = (
    "要", "可", "办理", "报名", "申请", "提交", "申报", "前往", "登记", "缴纳", "领取", "反映", "提出", "联系",
    "认领", "逾期",
)

# Verbs of loss in a one-line classified notice ("张三遗失身份证…声明作废").
LOSS_VERBS: tuple[str, ...] = (
    "不慎遗失", "不慎丢失", "不慎丢失了", "遗失", "丢失", "被盗", "灭失", "损毁", "毁损", "不慎将",
)
# How a one-line loss notice ends ("…,声明作废。").
LOSS_ITEM_ENDINGS: tuple[str, ...] = ("声明作废", "特此声明", "予以作废", "作废")
# The default kind of a one-line loss notice with no heading of its own.
LOSS_NOTICE_KIND = "遗失声明"
# Block headings that name no kind of notice: their items take the kind their own words give.
NOT_KINDS: tuple[str, ...] = ("分类广告", "分类信息", "公告栏", "启事栏")
# Kinds whose block holds many one-paragraph notices by different issuers.
BLOCK_KINDS: tuple[str, ...] = (
    "遗失声明", "遗失公告", "遗失启事", "挂失声明", "作废声明", "声明", "注销公告", "减资公告",
    "清算公告", "债权申报公告", "合并公告", "分立公告", "公告", "分类广告", "分类信息", "公告栏",
)
# What opens an item of such a block after its issuer ("XX有限公司经股东会决议…").
BLOCK_ITEM_VERBS: tuple[str, ...] = LOSS_VERBS + (
    "经股东会决议", "经股东决定", "经股东大会决议", "经董事会决议", "经公司股东会决议", "经决定",
    "拟注销", "拟向", "拟将", "决定注销", "拟减少注册资本", "决定解散",
)

# Cues before a date range whose last day is the last day to act ("公示期为1月3日至1月9日").
DEADLINE_RANGE_CUES: tuple[str, ...] = (
    "公示期", "公示时间", "公示期限", "公告期", "报名时间", "报名日期", "受理时间", "受理期限",
    "申报时间", "申请时间", "征求意见时间", "意见反馈时间", "反馈时间", "异议期", "登记时间",
    "办理时间", "领取时间", "兑换时间", "缴费时间", "缴纳时间", "申领时间", "认领时间", "认领期限",
    "预约时间", "投票时间", "征集时间", "截止时间", "期限为", "申报期",
)
# Cues before a single date that is the last day to act ("截止日期为1月20日").
DEADLINE_POINT_CUES: tuple[str, ...] = (
    "截止日期", "截止时间", "截止", "截至", "最迟", "最晚", "最后期限", "逾期",
)
# Words right after a date that make it the last day ("1月20日截止", "1月20日止").
DEADLINE_POINT_AFTER: tuple[str, ...] = ("截止", "止", "前", "之前", "以前", "为止")
# Verbs right after "自…起" that make the date the day a rule takes effect.
EFFECTIVE_VERBS: tuple[str, ...] = (
    "施行", "实施", "执行", "生效", "实行", "启用", "起用", "正式实施", "正式施行", "正式执行",
    "开始施行", "开始实施", "开始执行", "正式启用", "废止", "停止", "调整", "恢复", "取消", "禁止",
    "限行", "开通", "上线",
)
# Words that make a dated or timed range the period a notice announces (an outage, a closure).
PERIOD_CUES: tuple[str, ...] = (
    "停水", "停电", "停气", "停暖", "停热", "停供", "停止供水", "停止供电", "停止供气", "停止供热", "停止供暖",
    "降压供水", "管制", "交通限制", "限制交通措施", "限制交通时间",
    "封闭", "施工", "限行", "禁行", "绕行", "停运", "暂停", "闭馆", "停诊", "停业", "检修", "占道",
)
# A road closure printed as a ban on passing rather than by name ("禁止一切车辆通行", "禁止机动车
#通行", "禁止通行"): event notices (races, exams, concerts) list each dated section so.
# (Every ban holds PASSAGE_BAN_WORD: a text without it names none.)
PASSAGE_BAN_WORD = "禁止"
PASSAGE_BAN = PASSAGE_BAN_WORD + r"[\u4e00-\u9fff、]{0,8}?通行"
# Words that make a clock time the end of a stoppage that began at a single printed instant
# ("于X时停止供水,预计Y时恢复供水", "恢复供电时间预计为Y时").
RESTORE_CUES: tuple[str, ...] = (
    "恢复供水", "恢复正常供水", "恢复通水", "恢复用水", "恢复供电", "恢复送电", "恢复用电",
    "恢复供气", "恢复通气", "恢复供热", "恢复供暖", "恢复通行", "恢复通车",
)
# Characters by which a time names its own day ("23日4时", "次日6时", "明天8时"), not a bare clock.
OWN_DAY_MARKS = "日号天"
# Works a dated sentence may name while the stoppage they cause comes in the next sentence
# ("…于A至B对管道实施连通作业。施工期间沿线停水"): the date is the stoppage's period then.
WORKS_CUES: tuple[str, ...] = ("作业", "维修", "抢修")
# How far (in characters) a cue may stand before the date it qualifies.
CUE_REACH = 14

# --- notices printed without a notice title ---------------------------------------------------
# A notice printed under a news headline, or with its title lost, still names itself in its body:
# "现将有关事项通告如下", "我们提出如下倡议", "本公告自发布之日起施行", "特此公告". These are the
# words it may call itself by there (the kind of the row).
BODY_KIND_WORDS: tuple[str, ...] = ("通告", "公告", "通知", "公示", "倡议", "提示", "告知")
# Words by which a notice refers to itself ("对本公告所列内容有异议的"): a kind only a notice uses.
SELF_KIND_WORDS: tuple[str, ...] = ("通告", "公告", "公示")
# Characters after "本公告" that make it another noun ("公告栏", "公告牌").
NOT_AFTER_SELF_KIND: tuple[str, ...] = ("栏", "牌", "板", "期", "书")
# Words after a body in a "现将…如下" sentence that make it the issuing body's own area
# ("现将某街道范围内征兵工作有关事项通告如下"): the body issues the notice.
JURISDICTION_WORDS: tuple[str, ...] = ("范围内", "辖区内", "辖区", "行政区域内", "管辖范围内")
# Verbs after a body that make it the one deciding what a notice announces ("某指挥部决定…").
DECIDING_VERBS: tuple[str, ...] = ("决定", "研究决定", "经研究决定")
# Places a body's name may start with as "我X" / "本X": "我市某指挥部" is "市某指挥部".
SELF_PLACE_WORDS: tuple[str, ...] = ("市", "省", "区", "县", "镇", "乡", "州", "盟", "旗")
# Words in a line "X:" that make it a notice's addressee ("广大居民朋友们:", "各位车主:"), not a
# list heading ("二、以下区域划为中风险区:").
ADDRESSEE_WORDS: tuple[str, ...] = (
    "们", "朋友", "同志", "市民", "居民", "群众", "各界", "各位", "用户", "旅客", "乘客", "车主",
    "家长", "同学", "业主", "游客", "各单位", "各部门", "各学院",
)
# Words by which a report points back at the publisher of the notice reported just before
# ("同日,上述微信公号发布…", "该指挥部还发布…"): the same issuer.
ANAPHORA_WORDS: tuple[str, ...] = ("上述", "前述", "该", "这一", "同一")
# Words saying a reported notice came out on the day of the one before ("同日,…发布…").
SAME_DAY_WORDS: tuple[str, ...] = ("同日", "当日", "同一天", "当天")
# Channels a body publishes through: a report naming one ("微信公号某某发布辟谣通告") names no
# issuer, the reprinted notice's signature does.
CHANNEL_WORDS: tuple[str, ...] = (
    "微信公号", "微信公众号", "公众号", "官方微博", "微博", "官方网站", "官网", "网站", "客户端", "APP",
    "抖音号", "视频号",
)
# How far (characters) back the notice an anaphoric report points at may end.
ANAPHORA_REACH = 400
# A reported notice that announces numbers ("并公布了举报电话、信箱") has as its phones the contact
# list printed right after the report: these verbs and nouns say it announces them.
ANNOUNCES_NUMBERS_VERBS: tuple[str, ...] = ("公布", "开通", "设立", "公开")
ANNOUNCES_NUMBERS_NOUNS: tuple[str, ...] = ("电话", "热线", "举报方式", "联系方式")
# Lines of such a list: short lines, or "label:value" lines with a label this short.
CONTACT_LIST_LINE_MAX = 40
CONTACT_LIST_LABEL_MAX = 10
CONTACT_LIST_MAX_LINES = 15
# Characters a body's name never contains, so a name read backwards stops at them ("记者从市交警支队"
# gives "市交警支队").
# (Not 和/及/经: "自然资源和规划局", "经济开发区管委会".)
NAME_STOPS: tuple[str, ...] = ("从", "向", "在", "据", "由", "对", "将", "于", "了", "的", "是")

# --- fragments the extractor's patterns are built from ----------------------------------------

# A notice's number after its title: "(第3号)", "（2020年第3号）", "第3号", "〔2020〕第3号", or the
# document number of a government's notice set apart by a space or brackets, its agency's
# abbreviation first ("某区政府迁坟公告 某政〔2019〕6号", "…公告（某征预〔2022〕4号）").
DOCUMENT_NUMBER = r"[\u4e00-\u9fff]{1,8}[〔［﹝][0-9]{4}[〕］﹞]第?[0-9]+号"
TITLE_NUMBER = (
    r"\s*(?:[(（](?:第?[0-9一二三四五六七八九十]+号?|[0-9]{4}年第?[0-9]+号|" + DOCUMENT_NUMBER + r")[)）]"
    r"|(?:[〔\[［][0-9]{4}[〕\]］])?第?[0-9一二三四五六七八九十]+号"
    r"|(?<=[^\s])[ \t\u3000]+" + DOCUMENT_NUMBER + r")\s*$"
)
# The characters a match of TITLE_NUMBER ends on before its trailing blanks (each of its branches
# closes on a bracket or on 号): a title ending on none of them holds no number to take off.
TITLE_NUMBER_LAST_CHARS = "号)）"
# A title that ends in such a document number (after a space, or in brackets).
DOCUMENT_NUMBER_TAIL = r"(?:[ \t\u3000\u00a0]+|[(（])" + DOCUMENT_NUMBER + r"[)）]?\s*$"
# How long the subject between an issuer and its notice word may be in a numbered government title
# ("某区政府迁坟公告", "某县政府土地征收预公告").
TITLE_SUBJECT_CHARS = (2, 8)
# "某指挥部第3号通告": the number between the issuer and the kind.
NUMBER_BEFORE_KIND = r"第[0-9一二三四五六七八九十]+号$"
# "特此通告": what a sign-off opens with, before its word (zh_common.SIGN_OFF_WORDS).
SIGN_OFF_LEAD = "特此"
# What a signature date ends with ("2020年1月26日", "1月26号").
DAY_SUFFIXES = "日号"
# Digits a signature's date line is printed in ("2021年3月8日", "二〇二一年三月八日", "年3月8日" when a
# copy lost the year's digits).
DATE_LINE_DIGITS = "0123456789０１２３４５６７８９〇○零一二三四五六七八九十O"  # O: "二O二一年"
DATE_ONLY_LINE = (
    rf"^[{DATE_LINE_DIGITS}]{{0,4}}年?[{DATE_LINE_DIGITS}]{{1,3}}月[{DATE_LINE_DIGITS}]{{1,3}}[{DAY_SUFFIXES}]?$"
)
# A registration number in brackets after a name ("某公司(统一社会信用代码:…)", "(证号…)").
BRACKETED_REGISTRATION = r"[(（][^()（）]*(?:\d|代码|号|证)[^()（）]*[)）]"
# A numbered item: "(一)", "1、", "2.", "①".
ITEM_MARK = r"^(?:[(（]?[一二三四五六七八九十0-9]{1,3}[)）、.．]|[①-⑳])"
# After an item's digits: "1.", "1、", "1．".
ITEM_NUMBER_MARKS = ".、．"
# "某公司关于…的通告": a formal title names its subject after 关于 and before 的.
ABOUT = "关于"
FORMAL_TITLE = r"关于[^。]{2,100}的"
# How long an unquoted formal title a report names may be ("发布关于…期间临时封闭某路的通告").
REPORTED_FORMAL_TITLE_MAX = 60
# "现将…公告如下": the body announcing what follows.
AS_FOLLOWS = "如下"
AS_FOLLOWS_LEAD = r"现(?:将|就|对)?"
# "本公告", "本通知": the notice naming itself.
SELF = "本"
# "向/与/同ORG联系/咨询": a body the reader is sent to.
TOWARDS = r"(?:向|与|同)"
# "联系人:王女士", "请与其子张建军联系", "请知情者联系刘秀兰 152…": who a notice asks readers to reach.
CONTACT_PERSON_LABEL = "联系人"
CONTACT_VERB = "联系"
CONTACT_AFTER_NAME = r"(?=联系|联络)"
PHONE_WORDS = r"电话|手机"
# The kinds the extractor names itself: the default of a block's items, a signature's kind, a circular.
STATEMENT_KIND = "声明"
ANNOUNCEMENT_KIND = "通告"
CIRCULAR_KIND = "通知"
# The kinds a reported notice is named by after a colon ("市交警支队提示:").
COLON_KINDS = r"提示|通告|公告"
PROMPT_KIND = "提示"
# "(含)": a deadline that includes its day.
INCLUSIVE = r"(?:\(含\)|（含）)?"
# What may stand between a deadline cue and its date: "截止日期为", "截至时间:".
DEADLINE_POINT_GAP = r"(?:日期|时间)?[为是到至:：\s]*$"
# "请考生于1月9日…": the preposition before the date a request names.
AT_DATE = r"(?:于|在)$"
# "自…之日起", "…日起", "…起": a date counted from.
# (Every branch ends in RELATIVE_DAYS_WORD: a text without it holds no such span.)
RELATIVE_DAYS_WORD = "起"
RELATIVE_DAYS = "|".join(lead + RELATIVE_DAYS_WORD + "$" for lead in ("之日", "日", ""))
# "…起(,)正式施行": a date's effective verb after it.
EFFECTIVE_LEAD = r"^(?:起)?[,，]?(?:正式|开始|将|起)?"
# Words that start a deadline's or a start's date ("截至1月5日", "自1月5日起").
UNTIL_WORDS = ("截至", "截止")
FROM_WORDS = ("自", "从")
# The calendar words a line or name holds when it is a date, not a name.
YEAR = "年"
YEAR_MARKS = "年度"
DATE_UNITS = "月日年"
# The demonstrative that refers back ("该公司"): a name opening with it names no one new.
THAT = "该"
# A pronoun before a place word ("我市", "本区"): the paper's own place.
OWN_PRONOUNS = "我本"

# Traditional characters of the notice vocabulary beyond the phone and conscription ones
# (extractors.lang.zh_traditional): 遺失聲明, 尋人啓事, 認領, 溫馨提示, 註銷, 環境, 封閉, 繞行, 權利, 決定...
# (traditional, simplified) pairs; the notice extractor folds them with the shared table, one
# character for one, so offsets hold and every field is read back in the script it was printed in.
NOTICE_TRADITIONAL_PAIRS = (
    "遺遗聲声尋寻啓启認认溫温註注廢废權权環环劃划歸归負负險险風风難难遷迁財财質质擬拟稱称"
    "職职斷断燈灯閉闭繞绕龍龙島岛灣湾嶺岭漢汉陽阳蘇苏濟济寧宁陝陕貴贵遼辽莊庄築筑樓楼"
    "質质鄭郑劉刘張张陳陈楊杨黃黄趙赵吳吴週周衝冲擁拥務务協协撫抚憑凭給给償偿聽听證证"
    "決决"
)
