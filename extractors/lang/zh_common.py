"""Chinese words several extractors use: what notices call themselves and sign off with, how the
name of a body ends, relatives and polite forms before a contact's name, service numbers, the kinds
of paper a masthead names.

One list a meaning: an extractor that needs a narrower or wider list builds it from these and
says why (see ``zh_layout.NOTICE_WORDS``, ``zh_phones.OWNER_LEADING_NOISE``), so the lists cannot
drift apart. Words only one extractor uses stay in its own ``lang/`` file.
"""

from __future__ import annotations

# --- notices ----------------------------------------------------------------------------------

# The words a printed notice calls itself by; a notice's title names one of these last.
NOTICE_WORDS: tuple[str, ...] = (
    "通告", "公告", "启事", "启示", "声明", "公示", "通知", "提示", "告知书", "公开信", "倡议书",
    "告示", "须知", "敬告", "告知",
)

# What a notice is signed off with after "特此" ("特此通告"), before its issuer and date.
SIGN_OFF_WORDS: tuple[str, ...] = (
    "通告", "公告", "声明", "公示", "通知", "告知", "函告", "敬告", "启事", "提示", "说明",
)

# --- bodies -----------------------------------------------------------------------------------

# Endings every kind of body's name may have, as the notice, phone and people extractors all read
# them. Each adds its own: people the levels and chambers of government (市, 人大, 宣传部), notices
# the businesses and services that issue notices and answer phones (有限公司, 物业, 站).
BODY_ENDINGS: tuple[str, ...] = (
    # government and party
    "人民政府", "政府", "办公室", "领导小组", "小组", "指挥部", "委员会", "管委会", "工委", "党委", "纪委",
    "委", "局", "厅", "署", "办", "中心", "支队", "大队", "街道", "社区",
    # courts, schools, hospitals, banks, companies
    "法院", "检察院", "医院", "学校", "学院", "大学", "银行", "公司", "集团", "事务所",
    # associations and people's organisations
    "协会", "学会", "商会", "联合会", "基金会", "工会", "妇联", "残联", "侨联", "文联", "工商联", "科协",
)

# --- people -----------------------------------------------------------------------------------

# Polite forms that stand for a contact's name ("请与李先生联系", "联系人:王女士").
NAME_HONORIFICS: tuple[str, ...] = ("先生", "女士", "小姐", "老师", "经理", "师傅", "阿姨", "大姐")

# Relatives named before a contact ("请与其子张建军联系"): the person after them answers.
KIN_WORDS: tuple[str, ...] = (
    "其子", "其女", "其儿子", "其女儿", "其丈夫", "其妻子", "其夫", "其妻", "其父", "其母", "其孙", "其孙女",
    "其兄", "其弟", "其姐", "其妹", "其侄", "其家属", "其家人", "其亲属", "家属", "家人", "亲属",
)
# Relatives named bare ("请与儿子张建军联系"). Apart from KIN_WORDS because some open a personal name
# too (孙子明, 孙女士): read only where a name is expected right after them.
KIN_NOUNS: tuple[str, ...] = ("儿子", "女儿", "丈夫", "妻子", "孙子", "孙女")

# --- numbers ----------------------------------------------------------------------------------

# Short public numbers that are services wherever printed (police, fire, ambulance, traffic,
# directory, time, weather, the Red Cross ambulance); "火警 119" on a line of its own is a hotline.
SERVICE_NUMBERS: frozenset[str] = frozenset({"110", "112", "114", "117", "119", "120", "121", "122", "999"})

# --- papers -----------------------------------------------------------------------------------

# The part of a paper's name after its city (西安日报, 某某晚报), longest before the bare 报.
PAPER_KINDS: tuple[str, ...] = ("日报", "晚报", "都市报", "早报", "晨报", "商报", "时报", "新闻", "报")

# Place names: the province part of "某某省某某市" and the suffixes a paper's name leaves off its city
# (西安日报 for 西安市; 大兴安岭日报 for 大兴安岭地区).
PROVINCE_SUFFIXES: tuple[str, ...] = ("省", "自治区")
CITY_SUFFIXES: tuple[str, ...] = ("市", "地区", "盟")

# --- punctuation ------------------------------------------------------------------------------

# Papers mix ASCII and full-width marks ("," and "，" in one article), so each mark is both forms:
# engines build character classes and strip sets from these instead of writing the marks inline.
COMMAS = ",，"
COLONS = ":："
SEMICOLONS = ";；"
FULL_STOP = "。"
EXCLAMATIONS = "!！"
QUESTION_MARKS = "?？"
LIST_COMMA = "、"  # the enumeration comma between the items of a list ("甲、乙、丙")
OPEN_BRACKETS = "(（"  # paired with CLOSE_BRACKETS by position
CLOSE_BRACKETS = ")）"
OPEN_QUOTES = "“‘《「『"  # paired with CLOSE_QUOTES by position
CLOSE_QUOTES = "”’》」』"
IDEOGRAPHIC_SPACE = "\u3000"
DOUBLE_QUOTES = "“”"
CORNER_QUOTES = "「」"
WHITE_CORNER_QUOTES = "『』"
BOOK_TITLE_OPEN = "《"  # 《…》 marks the title of a document or an order
BOOK_TITLE_CLOSE = "》"
FULLWIDTH_DIGITS = "０１２３４５６７８９"  # read as 0-9
ANGLE_BRACKETS = "〈〉"
LENTICULAR_BRACKETS = "【】"  # 【标题】: a bracketed label
DASHES = "—"  # the em dash (papers print ——)

# A character that masks a span of text no pattern may read (a document's title, a year in a
# name), the same length so offsets stay; 某 ("some") is read as part of no name, date or number.
MASK = "某"

# --- particles and prepositions ---------------------------------------------------------------

# Function words engines test for next to a match; one place, so every extractor reads them alike.
PERFECTIVE = "了"  # after a verb: "召开了", "发布了"
ATTRIBUTIVE = "的"  # "召开的会议" cites a meeting held before; "此前的预警" names an earlier alert
AT_PLACE = "在"  # "在LOC召开"
AT_TIME = "于"  # "于DATE召开"

# --- how a day is printed ---------------------------------------------------------------------

FULL_DATE_FORMAT = "{year}年{month}月{day}日"
MONTH_DAY_FORMAT = "{month}月{day}日"
