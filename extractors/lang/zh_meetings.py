"""Chinese vocabulary for meetings: what a meeting is called, the verbs that convene one, the words
that say who chaired or spoke, and the shapes of party plenaries and congress sessions.

Pure data for ``extractors.meetings``: adding a meeting noun or a speaker verb means adding a word
here, never touching the extractor.
"""

from __future__ import annotations

# What a meeting's name ends with. A name is a noun phrase ending in one of these.
MEETING_NOUNS = (
    "会议", "全会", "大会", "推进会", "座谈会", "研讨会", "报告会", "学习会", "协商会", "峰会",
    "论坛", "动员会", "部署会", "调度会", "现场会", "推介会", "发布会", "恳谈会",
    "交流会", "对接会", "洽谈会", "评审会", "听证会", "通报会", "总结会", "年会", "例会",
    "会商会", "务虚会", "办公会", "见面会", "分析会", "讲评会", "点评会", "汇报会", "述职会",
    "生活会", "专题会", "碰头会", "协调会", "论证会", "表彰会", "党代会", "人代会", "职代会",
    "团代会", "全委会", "常务会", "联席会", "议政会",
    # a session's ceremony printed as the subject of its verb ("某某会议开幕会在某地举行")
    "开幕会", "闭幕会",
)
# What every meeting word holds (each of MEETING_NOUNS, the bare 会 and the standing committee's
# 常委会): a text holding none of these names no meeting, and is read no further.
MEETING_WORD_CUES = ("会", "论坛")
# The open family: after a convening verb (or before one) any word ending in 会 names a meeting
# (研读会, 约谈会, 复盘会, 评议会…), unless the 会 belongs to a body, a verb or another noun:
# 委员会, 协会, 工会, 社会, 机会, 开会, 会长, 会场… (characters before and after it).
OPEN_NOUN_NOT_BEFORE = "委协学工商社理联究金组管居村都机体宴舞庙晚集约聚开召再年教总分议全大展酒货谊书"
OPEN_NOUN_NOT_AFTER = "议员长堂场所址徽旗展馆计务同上中后前期间谈见晤商话意心审签战师标费籍"
# "第32次常委会" is a meeting; a bare "常委会" is a body.
ORDINAL_MEETING_NOUNS = ("常委会",)
# A modifier printed in brackets inside a meeting's name, before the short noun 会 or 会议
# ("县委常委(扩大)会", "党组(扩大)会", "常务(扩大)会议"): after it a bare 会 is the meeting.
BRACKETED_MODIFIERS = ("扩大",)
# A party committee's standing committee (县委常委会, 区委常委(扩大)会) meets as the committee: the
# meeting's convener is the committee itself (区委), not its standing committee. A congress's
# standing committee (市人大常委会) is a body of its own and keeps its name.
# A district or county body printed bare (区委, 县政府) in a city paper is named with its place in
# the sentence that reports it, in a title ("某某区委书记"): the place a bare body takes.
BARE_LOCAL_BODY = r"^[区县旗]"
PLACE_BEFORE_BODY = r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=市))(?P<place>[\u4e00-\u9fff]{2,3}?)"
# ...when a title follows the placed body: the sentence names a person of it ("温江区委书记").
TITLES_AFTER_PLACED_BODY = ("书记", "副书记", "常委", "委员", "秘书长", "主任", "副主任", "主席", "副主席")
PARTY_STANDING_COMMITTEE = r"^(?P<committee>.*?(?:[省市区县州旗盟]委|党委|党工委|纪委))常委(?:会)?$"
# ...and printed bare as what a convening verb convenes ("某某主持召开县委常委会,研究…"), that
# standing committee is the meeting (a congress's 人大常委会 stays a body: its meetings are numbered).
STANDING_COMMITTEE_MEETING = "常委会"
STANDING_COMMITTEE_AFTER_COMMITTEE = "(?<=委)" + STANDING_COMMITTEE_MEETING  # the gate: "…委常委会"
# Standing committees that are bodies of their own, never the meeting 召开 convenes.
NOT_PARTY_STANDING_COMMITTEE = ("人大", "政协")
CONVENED_PARTY_STANDING_COMMITTEE = r"(?:中共)?[\u4e00-\u9fff]{0,6}?(?:[省市区县州旗盟]委|党委|党工委)" + STANDING_COMMITTEE_MEETING
# Words after a meeting noun that make it part of a place or a document, not a meeting:
# 省人大会议中心, 会展中心, 人民大会堂, 会议精神.
NOT_AFTER_NOUN = ("中心", "室", "厅", "堂", "大厦", "场馆", "楼", "宾馆", "酒店", "精神", "纪要", "记录",
                  "文件", "议程", "代表", "决议", "决定", "公报", "报告", "战", "师")
# Words that may follow a meeting's name inside the clause that convenes it ("召开会议研究…").
AFTER_NAME_WORDS = ("研究", "传达", "部署", "听取", "审议", "学习", "通报", "安排", "分析", "总结",
                    "讨论", "推进", "专题", "集中", "就", "对", "围绕", "并", "贯彻", "进行", "开展")
# Gatherings that end like a meeting noun but are not one, or that FORMAT.md counts as optional
# (award ceremonies, trainings, site visits: neither rewarded nor punished, so never guessed).
NOT_MEETINGS = ("运动会", "博览会", "展览会", "交易会", "展销会", "招聘会", "音乐会", "演唱会",
                "晚会", "庙会", "灯会", "联欢会", "游园会", "比赛", "竞赛", "赛事", "体育大会", "运动大会",
                "表彰大会", "颁奖大会", "追悼大会", "追悼会", "健身大会", "读书会")

# Verbs that convene or open or close a meeting.
CONVENE_VERBS = ("召开", "举行", "举办", "开幕", "闭幕")
OPEN_VERB = "开幕"
CLOSE_VERB = "闭幕"
# What after a verb makes the clause cite a meeting rather than report it: "召开的X", "召开以来",
# and 开幕 in 开幕式 (the ceremony's own verb follows).
NOT_AFTER_VERB = ("的", "以来", "式", "之际", "前夕", "后", "之后", "前", "之前", "期间", "时")
# A verb's complement of manner makes it a duty ("召开好某某会议", "举办好"), never a report.
DUTY_AFTER_VERB = ("好",)
# After a verb, a greeting makes the clause a wish about the session, not a report of it
# ("代表某某对某某会议隆重召开表示热烈祝贺", "向大会胜利召开致以祝贺").
GREETING_AFTER_VERB = r"(?:表示|致以|致)[^,，。；;]{0,8}?(?:祝贺|庆贺|贺意|问候)"
# After 开幕/闭幕 these make it a noun, the session's own ceremony ("开幕会", "闭幕大会", "开幕式"): the
# ceremony belongs to the session, it is no meeting of its own and no verb reporting one.
CEREMONY_AFTER_OPEN_CLOSE = ("会", "大会", "式")
# Someone attending a session's ceremony ("代表们出席某某会议开幕会"): the session met that day.
ATTEND_VERBS = ("出席", "参加", "列席")
# After "在某会议": what was said there, cited ("在某会议上的讲话"), not where the sentence is set.
CITED_AT_MEETING = ("上的", "中的")
CEREMONIES = ("开幕会", "开幕式", "开幕大会", "闭幕会", "闭幕式", "闭幕大会")
CLOSING_CEREMONIES = ("闭幕会", "闭幕式", "闭幕大会")
ATTENDED_MEETINGS = CEREMONIES + ("预备会议",)
# A numbered session acting as the lede's subject reports that it met that day: "3月5日,市十六届人大
# 常委会第二十次会议表决通过…", "12月31日,某某市委十五届七次全体会议审议通过…".
SESSION_ACTS = ("审议通过", "审议", "表决通过", "表决", "通过", "听取", "决定", "选举", "批准", "任命",
                "研究", "部署", "传达", "作出")
# "NAME圆满完成各项议程,在某地闭幕": at most this many characters of predicate after a name whose
# verb stands in the next clause.
PREDICATE_AFTER_NAME_MAX = 12
# A session's closing is reported after its agenda: "某某会议在圆满完成(预定的)各项议程后(,)(于DATE)(在LOC)胜利闭幕".
AGENDA_DONE = r"在?(?:圆满|顺利)?完成(?:了)?[^,，。；;]{0,8}?议程(?:之?后)?"
# How a meeting is held, between its name and its verb: "以视频形式召开", "通过电视电话会议方式举行".
HOW_HELD = r"(?:以|通过|采取|采用)[^,，。；;]{1,14}?(?:形式|方式)"
# A speech or report printed in full carries its occasion as a subtitle: "——2024年1月8日在某某市
#第九届人民代表大会第三次会议上" (the meeting, that day), and its speaker in a headline line
# "代市长 某某".
SPEECH_OCCASION = r"^——\s*(?P<when>[^在]{4,20}?日)\s*在(?P<name>[^,，。；;]{2,60}?)上(?:的(?:讲话|报告|发言|致辞|说明))?\s*$"
SPEAKER_LINE_MAX = 24
# What may follow a name before its date and verb: an alias in brackets and the word for its
# programme ("某某峰会(以下简称“峰会”)系列活动将于…举行").
NAME_ALIAS = r"[(（](?:以下简称|下称|简称)[^()（）]{1,24}[)）]"
NAME_PROGRAMME = ("系列活动",)
# Words in a name before a convening verb that make it a clause, not a name ("市委书记某某宣布大会开幕").
NOT_IN_SUBJECT_NAME = ("宣布", "出席", "主持", "参加", "列席", "致辞", "讲话", "表示", "指出") + (
    # a wish or a greeting about a session ("到会祝贺大会召开", "热烈祝贺某某会议胜利召开") reports no
    # meeting being held (庆祝 opens real names: 庆祝某某周年大会)
    "祝贺", "预祝", "恭贺", "庆贺", "致贺", "贺信", "贺电"
)
# A sentence opening with these happened on the day last named in the article ("同日 市政府召开…").
SAME_DAY = ("同日", "当日", "当天", "同一天", "是日")
# A time with no day in it ("8时许", "上午9点") dates nothing by itself: its day is the one the
# sentence or paragraph names. These mark an expression that does say the day.
DAY_MARKERS = r"[日号天今昨明前后当同本周星]"
# A sentence with one of these places itself in time: it takes no day from the sentences before it.
OWN_TIME_WORDS = ("此前", "之前", "此后", "之后", "日前", "近日", "近期", "去年", "上月", "上周", "年初",
                  "以往", "过去", "曾经", "曾", "先前", "早前", "前不久", "不久前")
# A day printed without its month ("20日", "二十日上午", "5日至7日"): in a report, the report's month or
# the one before.
BARE_DAY = r"^[0-9０-９一二三四五六七八九十两]{1,3}[日号](?!.*月)"
# Columns that reprint history: their meetings are no meetings of the issue.
HISTORY_SECTIONS = ("历史上的今天", "党史上的今天", "今日史话", "史海钩沉", "往事", "档案")
# A reported meeting dated further back than this before its report is history, reprinted or cited.
HISTORY_DAYS = 366
# Adverbs between a meeting's name and its verb ("隆重开幕", "在京召开").
VERB_ADVERBS = ("隆重", "正式", "顺利", "胜利", "圆满", "如期", "同期", "集中", "专门", "再次", "首次", "也", "还", "分别", "相继")
# Between a convener and its verb: "市委组织部、市人社局联合召开", "市政府拟于…召开".
SUBJECT_ADVERBS = ("联合", "共同", "专门", "再次", "首次", "分别", "集中", "隆重", "正式", "还", "也", "又",
                   "将", "拟", "定", "计划", "预计", "已", "已经", "今天", "昨天", "近日", "日前")
# A verb preceded by one of these does not report a meeting: "迎接党的二十大胜利召开", a document's
# title "关于召开某某会议的决定".
NOT_CONVENING_BEFORE = ("关于", "迎接", "喜迎", "庆祝", "纪念", "祝贺", "预祝", "筹备", "准备", "推迟", "取消", "暂停", "延期",
                        "未", "不", "没有", "停止", "禁止", "不得", "严禁", "是否", "如何", "决定是否",
                        # what ought to be done, or a stage's work, is no meeting held or set:
                        # "各单位应召开动员会", "须召开", "主要是召开欢送会"
                        "应", "应当", "须", "必须", "需要", "主要是")
# A name opening with these is what a measure serves ("确保某某会议顺利召开"), not a report of it.
PURPOSE_BEFORE_NAME = ("确保", "保障", "保证", "为确保", "为保障", "服务保障", "为了")
# The sentence announces a future meeting.
FUTURE_MARKERS = ("将于", "将在", "即将", "拟于", "拟在", "定于", "计划于", "将召开", "将举行", "将举办", "将开幕", "预计于",
                  "决定于", "决定在", "决定召开", "会议决定")
# A sentence in which a meeting states its view ("会议指出,…", "会议强调,…") cites the meetings it
# names ("会议指出,某某主持召开某某座谈会,…"): they were held elsewhere, on a day not printed.
MEETING_SAYS = r"^(?:会议|全会|会上)[,，]?(?:指出|强调|认为|要求|提出|表示)"
# A clause ending in one of these announces what the next clause says ("会议决定,某会议25日举行").
DECISION_VERBS = ("决定", "确定", "商定", "议定", "同意", "定于")
# Lead-in words before a meeting's subject or name ("近日,", "本报讯").
LEAD_INS = ("本报讯", "近日", "日前", "昨天", "昨日", "今天", "今日", "上午", "下午", "晚上", "当天",
            "当日", "同日", "随后", "此前", "目前", "在此期间", "期间", "据悉", "记者从", "消息")
# Prepositions introducing a venue before the verb ("在市委党校召开", "依托省人大会议中心举办").
VENUE_PREPOSITIONS = ("在", "于", "依托")
# "在NAME现场/上": a dated sentence set at a meeting.
AT_MEETING_AFTER = ("现场", "开幕式上", "会场", "期间", "间隙", "上")

# Words of a generic meeting name that needs its convener in front ("召开扩大会议" by 市政协党组:
# 市政协党组扩大会议): ordinals and these modifiers, then a meeting noun.
GENERIC_MODIFIERS = ("扩大", "全体", "常务", "常委会", "常委", "专题", "党组", "主任", "主席", "主席团", "预备",
                     "工作", "理论学习中心组", "中心组", "联席", "民主", "组织", "领导小组", "第一次",
                     "学习", "例行", "紧急", "视频", "电视电话", "年度", "半年", "季度", "月度",
                     # a study group's sittings are counted and held together ("中心组某年第三次集体学习会")
                     "集体")
ORDINAL = r"第?(?:[一二三四五六七八九十百零〇两]+| ?\d+ ?)(?:次|届)"  # "第 17 次": sites space ASCII digits
# A session's plenary sitting ("随后举行第二次全体会议"): part of the session, not a meeting of its own.
PLENARY_SITTING = "全体会议"
JOINERS = ("暨", "及", "和")
# "某某党组会议和某某常务会议": two meetings held one after the other, each of its own body; 暨 and 及
# join the names of one meeting ("党组会议暨中心组学习会") and stay one name.
TWO_MEETINGS_JOINER = "和"
# After 暨 or 及 a meeting's name runs on to the second name it is held as, which may end in any word
# of the open family ("某某工作会议暨业务培训会") or be a training course held as the same sitting
# ("某某主任会议暨业务培训班"): one meeting, named by both.
NAME_RUNS_ON_AFTER = ("暨", "及")
JOINED_COURSES = ("培训班", "研修班", "轮训班")
# A party group's meeting is its body's ("县政府党组"): a bare meeting joined after it ("和第17次常务
# 会议") is the body's own.
PARTY_GROUP = "党组"

# Who chaired: "主持会议", "主持召开", "由X主持"; not "主持日常工作", "主持人".
CHAIR_VERB = r"主持(?!日常|工作|人|全面|召开的)"
# A clause opening on 主持召开 after a semicolon has the sentence's subject as its chair ("2月1日 市长某某到
# 某地调研…;主持召开座谈会…"): the person opening the clause before, after its date and lead-in words
# and a title phrase of at most this many characters.
ELIDED_CHAIR_OPENING = r"^\s*(?:并|随后|还|之后)?主持召开"
ELIDED_SUBJECT_REACH = 24
SUBJECT_CLAUSE_ENDS = (";", "；")
# Who chaired, printed as the session's presenter: "大会主持人某某宣布大会开幕", "会议主持人、市政协主席
# 某某": the person right after it (a programme's 节目主持人 is no chair: a meeting word comes first).
CHAIR_NOUN = r"(?:大会|会议|开幕会|闭幕会|开幕式|闭幕式|开幕大会|闭幕大会)主持人[、,，:：\s]?"
# A bare name after CHAIR_NOUN ends where the presenter's act or the clause begins.
BARE_NAME_AFTER_CHAIR_NOUN = r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?=宣布|主持|说|致|介绍|同志|[,，。、；;\s]|$)"
# Who spoke: 讲话, 致辞, 发言, 作报告/说明, 宣讲, 作题为《…》的主旨报告; not 讲话精神.
SPEAKER_VERB = (
    r"(?:讲话|致辞|发言|主讲|宣讲|(?:作|发表)(?:了)?(?:(?:题为|以)?《[^》]{1,60}》(?:为题)?的?)?"
    r"[^,，。；;、]{0,14}?(?:讲话|报告|说明|宣讲|讲解|辅导|解读|点评|演讲|讲座)"
    # "听取了副市长某某(所)作的关于…的报告", "听取了某某关于…的汇报": who reported to the meeting
    r"|所?作的(?:关于[^,，。；;]{1,80}?|《[^》]{1,80}》)的[^,，。；;的]{0,4}?(?:报告|说明|汇报)"
    r"|关于[^,，。；;]{1,80}?的(?:汇报|情况说明))"
    r"(?!精神|稿)"
)
# Words every chair or speaker sentence prints one of (CHAIR_VERB, CHAIR_NOUN and each branch of
# SPEAKER_VERB end in or pass through one): a sentence holding none names no role.
ROLE_WORDS = ("主持", "讲话", "致辞", "发言", "主讲", "宣讲", "报告", "说明", "讲解", "辅导", "解读", "点评", "演讲",
              "讲座", "作的", "关于")
# A speech in a clause that studies or relays it was given elsewhere ("传达学习某某的讲话").
CITED_SPEECH_VERBS = ("传达", "学习贯彻", "学习了")
# A clause of the report opening on the meeting's chair (with their titles) and what they said to it
# ("某某指出,…", "针对议题,主席某某强调,…"): the chair addressed the meeting, a speaker of it.
ADDRESS_VERBS = ("指出", "强调", "要求")
CHAIR_ADDRESS_VERB = rf"(?:还|也|最后|同时|在讲话中|在会上)?(?:{'|'.join(ADDRESS_VERBS)})"
# A role verb binds to the person before it across at most this many characters.
ROLE_REACH = 40
# ...and across one comma when the clause between says on whose behalf ("某某代表某某委员会常务委员会,
# 向大会作工作报告", "某某受市政府委托,向会议作说明").
ON_BEHALF_GAP = r"^(?:代表|受)[^,，。；;:：]{2,36}[,，](?:向(?:大会|会议|全会|全体会议)|在会上)?$"

# Party plenaries and congress sessions: their numbered forms, matched on a meeting's name.
NUM = r"[\d一二三四五六七八九十百零〇两]+"
# A plenary's name ends 全会, 全体会议 or 全体扩大会议 after its numbers.
_PLENARY_END = r"全(?:体(?:扩大)?会议|会)"
# Every numbered session's name prints its body's term ("十二届"): each of PLENARY_FORMS,
# CONGRESS_FORMS and GOVERNMENT_SESSION_FORMS requires this character, so a name without it is
# asked no further.
SESSION_TERM_MARK = "届"
PLENARY_FORMS = (
    # 中共太原市委十二届五次全体会议, 市委十二届五次全会, 市委第十二届第五次全体会议, 德州市委十五届七次
    # 全体扩大会议 (a place printed without 中共: ``bare``)
    rf"^(?:中共(?P<place>[\u4e00-\u9fff]{{2,8}}?)|(?P<bare>[\u4e00-\u9fff]{{2,8}}?))?(?P<level>[省市区县州])委(?:员会)?第?(?P<n>{NUM})届第?(?P<m>{NUM})次{_PLENARY_END}",
    # 中国共产党太原市第十二届委员会第五次全体会议, 中国共产党某某市某某区第八届委员会第八次全体会议
    rf"^中国共产党(?P<place>[\u4e00-\u9fff]{{2,8}}?)(?P<level>[省市区县州])第(?P<n>{NUM})届委员会第(?P<m>{NUM})次全体(?:扩大)?会议",
    # 党的二十届三中全会, 中国共产党第二十届中央委员会第三次全体会议
    rf"^(?:党的|中共)?(?P<n>{NUM})届(?P<m>{NUM})中全会",
    rf"^中国共产党第(?P<n>{NUM})届中央委员会第(?P<m>{NUM})次全体会议",
    # 十二届市委第五次全会
    rf"^(?P<n>{NUM})届(?P<level>[省市区县州])委第?(?P<m>{NUM})次{_PLENARY_END}",
)
# A government's numbered executive meeting, printed with the government's term: 第十七届市人民政府第二十次
# 常务会议, 某某市第十七届人民政府第二十次常务会议, 县十六届第9次政府常务会议. The government convenes it.
GOVERNMENT_SESSION_FORMS = (
    rf"^(?:(?P<place>(?!第)[\u4e00-\u9fff]{{2,8}}?)?(?P<level>[省市区县州]))?第?{NUM}届(?P<level2>[省市区县州])?(?:人民)?政府",
    rf"^(?P<place>(?!第)[\u4e00-\u9fff]{{2,8}}?)?(?P<level>[省市区县州])第?{NUM}届第?{NUM}次(?:人民)?政府",
)
# The short form of a government as a meeting's convener: 市人民政府 -> 市政府.
GOVERNMENT_LONG = "人民政府"
GOVERNMENT_SHORT = "政府"
CONGRESS_FORMS = (
    # 市十六届人大三次会议, 太原市第十六届人民代表大会第三次会议
    rf"^(?P<place>[\u4e00-\u9fff]{{2,8}}?)?(?P<level>[省市区县州])第?(?P<n>{NUM})届(?P<kind>人大|人民代表大会)第?(?P<m>{NUM})次会议",
    # 市政协十四届三次会议, 市政协第十四届委员会第三次会议
    rf"^(?P<place>[\u4e00-\u9fff]{{2,8}}?)?(?P<level>[省市区县州])(?P<kind>政协)第?(?P<n>{NUM})届(?:委员会)?第?(?P<m>{NUM})次会议",
    # 政协第十四届太原市委员会第三次会议
    # 中国人民政治协商会议第十四届某某市委员会第四次会议 (the formal name)
    rf"^(?P<kind>政协|中国人民政治协商会议)第(?P<n>{NUM})届(?P<place>[\u4e00-\u9fff]{{2,8}}?)(?P<level>[省市区县州])委员会第(?P<m>{NUM})次会议",
    # 政协西安市第十五届委员会第三次会议 (not its 常务委员会第十二次会议, a standing-committee meeting)
    rf"^(?P<kind>政协|中国人民政治协商会议)(?P<place>[\u4e00-\u9fff]{{2,8}}?)?(?P<level>[省市区县州])第(?P<n>{NUM})届委员会第(?P<m>{NUM})次会议",
    # 市十四届政协三次会议
    rf"^(?P<place>[\u4e00-\u9fff]{{2,8}}?)?(?P<level>[省市区县州])第?(?P<n>{NUM})届(?P<kind>政协)第?(?P<m>{NUM})次会议",
    # National sessions, as city papers print them each March (no place: the level is 全国):
    # 全国政协十四届二次会议, 全国人大十四届二次会议
    rf"^(?P<place>)(?P<level>全国)(?P<kind>政协|人大)第?(?P<n>{NUM})届(?:委员会)?第?(?P<m>{NUM})次会议",
    # 十四届全国人大二次会议, 十四届全国政协二次会议
    rf"^(?P<place>)第?(?P<n>{NUM})届(?P<level>全国)(?P<kind>人大|政协)第?(?P<m>{NUM})次会议",
    # 第十四届全国人民代表大会第二次会议; 中国人民政治协商会议第十四届全国委员会第二次会议
    rf"^(?P<place>)第(?P<n>{NUM})届(?P<level>全国)(?P<kind>人民代表大会)第(?P<m>{NUM})次会议",
    rf"^(?P<kind>政协|中国人民政治协商会议)第(?P<n>{NUM})届(?P<place>)(?P<level>全国)委员会第(?P<m>{NUM})次会议",
)

# How long a meeting lasts, in days: "会期4天" in its sentence or the next, "为期两天的…论坛" before its
# name. The last day is the first plus N-1 (a half day more is one more day).
SESSION_LENGTH = r"会期(?:为|共)?(?P<days>[\d０-９一二三四五六七八九十两]+)(?:天|日)(?P<half>半)?"  # 两天半: a third day
LENGTH_BEFORE_NAME = r"为期(?P<days>[\d０-９一二三四五六七八九十两]+)(?:天|日)的"

# "NAME的召开/举行,是ORG…": the sentence names who held it.
HELD_BY_AFTER_NAME = r"的(?:成功)?(?:召开|举行|举办)[,，]?(?:是|系|由)"
# "本次会议由ORG主办", "研讨会由A和B共同主办": a sentence about the article's meeting naming its
# convener(s); 承办 only when no 主办 is named first.
ORGANISED_BY = (
    r"(?:本次|此次|这次|该|本届)?(?:" + "|".join(MEETING_NOUNS) + r"|活动)由(?P<org>[^,，。；;由]{2,40}?)(?:联合|共同)?(?:主办|召开|举办|承办)"
)

# --- fragments the extractor's patterns are built from ----------------------------------------

# The bare meeting word of the open family and of "常委(扩大)会".
BARE_MEETING_WORD = "会"
# Counters a numbered session's ordinal ends with ("第32次常委会", "十二届"): after one, the short
# nouns of ORDINAL_MEETING_NOUNS name a meeting.
SESSION_COUNTERS = "次届"
# A 会 takes a following 议 ("协商会" + "议" is 协商会议); any other meeting noun must not be followed
# by one (议 would open another word).
NOUN_TAKES_YI = r"(?:(?<=会)议|(?!议))"
# "在NAME上": the postposition that closes an occasion.
ON_OCCASION = "上"
# "由ORG主办", "大会由某某主持": what introduces the agent.
BY_AGENT = "由"
# The verb of chairing, as a bare word before a convening verb ("主持召开").
CHAIR_WORD = "主持"
# Verbs leading the convening verb ("在市政府主持召开", "在县委组织召开"): the verb phrase's, not the venue's.
LEADING_VERBS_BEFORE_CONVENE = ("主持", "组织", "牵头")
# "市长某某召集有关部门(在市政府)召开专题会议": the person before it convenes; who is summoned attends.
SUMMON_WORD = "召集"
# Words that refer back to a meeting named before ("此次会议", "本届大会"): a name that is only one of
# these and a meeting noun names nothing.
REFERRING_WORDS = ("此次", "这次", "本次", "该", "本届", "上述", "各", "全")
# A speaker verb, not inside another word (工作报告会 is a noun: 合作, 创作, 协作, 操作…), not 时的
# ("某某参加某团审议时的讲话" cites a speech given elsewhere), not a delegation or a person (讲话团, 报告人).
SPEAKER = rf"(?<![工合创协操动写制著])(?<!时的)(?:{SPEAKER_VERB})(?!团|人)"
# A headline line that is only a date ("2025年3月2日").
DATE_TITLE = r"^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$"
# What a meeting's name may open with that is not part of it: "召开了一次…", "为期两天的…".
# A year numbering a body's meetings ("县政府2026年第14次常务会议"): dropped with the ordinal to find the body.
YEAR_MODIFIER = r"(?:\d{4}|[一二〇零三四五六七八九]{4})年度?"
# A space a website prints between an ASCII number and the words around it ("第 17 次常务会议", "2027 年").
SPACE_BY_DIGITS = r"(?<=[\u4e00-\u9fff\d]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff])"
NAME_LEAD_NOISE = r"^(?:了|一次|一场|首次|决定|会议决定)?(?:为期[^的]{1,6}的)?"
# A theme printed before a meeting's own name ("以“某某”为主题的第九届某某论坛"); kept before a bare
# noun ("以“某某”为主题的座谈会"), where it is all the name there is.
THEME_BEFORE_NAME = r"^以(?:“[^”]{1,60}”|[^,，。；;“]){1,40}?为(?:主题|题|主旨)的"
# Between a name and its verb: "将/拟/定于", a ceremony, a venue (1 character: "在京召开", "在沪举行"),
# and "由ORG(联合)主办的" before a name.
TAIL_FUTURE = r"(?:将|拟|定|计划|预计)"
TAIL_CEREMONY = r"(?:开幕式|闭幕式|开班式)"
TAIL_VENUE = r"(?:在|依托)(?P<loc>[^,，在于]{1,30})"
HOSTED_BY = r"由(?P<org>[^,，。由]{2,40}?)(?:联合|共同)?(?:主办|组织|举办|承办)的"
# What the paper calls its own city when it names the convener ("我市召开…"): the city itself.
OWN_CITY = ("我市", "本市")
# A county's or district's own ("我县召开…"): the place when the paper names it, else the word
# still names the meeting ("我县座谈会") but no organizer (see zh_people.OWN_LOCALITY).
OWN_LOCALITY = ("我县", "本县", "我区", "本区")
# The word a session's report uses for the session itself once named ("某某会议筹备就绪,大会明日
# 开幕", "…已经就绪,会议将于某日开幕"): announced as such, it is the session named before it in the
# same sentence.
SESSION_BY_ITSELF = ("大会", "会议")

# Sessions: the level of a central plenary (printed without one), a city body's level, and the
# short names a congress and a CPPCC session go by.
CENTRAL_LEVEL = "中央"
CITY_LEVEL = "市"
CONGRESS_SHORT_NAMES = {"人民代表大会": "人大", "中国人民政治协商会议": "政协"}
CPPCC_SHORT = "政协"
COMMITTEE_WORD = "委员会"
# A party committee as the convener of its plenary: 中共 + place + level + 委 (中共太原市委); the
# central committee is 中共中央.
PARTY_PREFIX = "中共"
PARTY_COMMITTEE_END = "委"
CENTRAL_COMMITTEE = "中共中央"
# The national legislature's standing committee opening a meeting's name, with its term
# ("十四届全国人大常委会第三次会议", "…第九次委员长会议"): it convenes its sittings and its chairmen's
# meetings; city papers reprint these from the news agency.
NATIONAL_STANDING_COMMITTEE = rf"^(?:第?{NUM}届)?(?P<body>全国人大常委会)(?:第?{NUM}次)?(?:委员长)?会议"
# What a "place" before a bare local body starts with when it is a quantifier or a pronoun, not a
# place name ("全区", "我县", "各区", "两区").
NOT_PLACE_STARTS = ("全", "我", "本", "该", "各", "两", "每")

# Traditional characters of the meeting vocabulary beyond those the phone, conscription, notice and
# air-quality extractors fold already (zh_traditional and the others' pairs, which the meeting
# extractor folds too): sessions and their numbering, convening and chairing, speaking and hearing,
# the venues. (traditional, simplified) pairs, folded one character for one, so offsets hold and
# names, bodies and venues are read back in the script the page printed them in.
MEETING_TRADITIONAL_PAIRS = (
    "屆届講讲聽听貫贯徹彻強强擴扩範范維维勢势續续歷历鬥斗爭争頓顿圍围繞绕鞏巩穩稳環环態态"
    "討讨論论習习兩两剛刚鍵键圖图談谈說说彙汇匯汇蒞莅臨临視视幹干織织儀仪禮礼賓宾壇坛獎奖"
    "勵励頒颁慶庆創创優优譯译選选換换嚴严狀状憲宪綱纲觀观認认識识頭头邊边讓让據据"
    "裡里麼么們们個个屬属鎮镇溝沟遞递權权務务總总隊队黨党軍军紀纪檢检監监"
    # surnames, so a chair or speaker is told from the words around them
    "顧顾韓韩錢钱馬马羅罗謝谢馮冯蔣蒋盧卢葉叶呂吕賈贾閻阎鍾钟譚谭鄒邹陸陆萬万湯汤喬乔賀贺"
    "賴赖龔龚鄧邓蕭萧魯鲁藍蓝韋韦鳳凤聶聂齊齐龐庞遠远"
)
