"""Chinese word lists the conscription-window extractor applies.

Adding a word here never means touching ``extractors/conscription.py``. Lists are matched longest
first, so "男女兵" wins over "男兵" and "女兵" inside it.
"""

from __future__ import annotations

# An article is about conscription only if its title or the window's sentence says one of these.
CONSCRIPTION_WORDS: tuple[str, ...] = (
    "征兵", "应征", "参军", "入伍", "男兵", "女兵", "兵员", "义务兵",
)

# The words that make a date range a registration window (rather than a medical check or a send-off).
REGISTRATION_WORDS: tuple[str, ...] = (
    "报名", "网上报名", "网上应征", "网上应征报名", "应征报名", "报名登记",
)

# Later stages of the call-up: a date range in a clause naming one of these is not a window.
OTHER_STAGE_WORDS: tuple[str, ...] = (
    "体检", "政审", "政治考核", "走访调查", "定兵", "役前", "交接", "起运", "欢送", "入营", "入伍时间",
    "批准入伍", "新兵训练", "集中训练", "兵役登记", "宣传月", "宣传周", "考试", "面试",
)

# Military-service registration (兵役登记, every 18-year-old man, January to June) is not the
# enlistment registration, but papers often print the two as one phase, listed together
# ("7月31日前为兵役登记、应征报名及初检阶段", "集中开展兵役登记和应征报名"): listed so, right
# beside a registration word, it does not make its clause another stage's. "{registration}" is
# the alternation of REGISTRATION_WORDS.
SERVICE_REGISTRATION = "兵役登记"
LISTED_WITH_REGISTRATION = (
    r"(?:网上)?兵役登记(?:[、,/／]|和|及|与|以及)(?:网上)?(?:{registration})"
    r"|(?:{registration})(?:[、,/／]|和|及|与|以及)(?:网上)?兵役登记"
)

# Words marking a gender; a window takes the nearest one before it in its sentence.
MALE_WORDS: tuple[str, ...] = ("男兵", "男性青年", "男青年", "男性公民", "男性")
FEMALE_WORDS: tuple[str, ...] = ("女兵", "女性青年", "女青年", "女性公民", "女性")
BOTH_GENDER_WORDS: tuple[str, ...] = (
    "男女兵", "男兵女兵", "男兵和女兵", "男、女兵", "男女青年", "男、女青年", "男女应征青年", "男女性青年",
)

# Words marking the half-year call-up; 春季 is the first, 秋季 the second.
H1_WORDS: tuple[str, ...] = ("上半年", "春季")
H2_WORDS: tuple[str, ...] = ("下半年", "秋季")

# The first year with two call-ups (spring and autumn); before it, one call-up a year, in the
# second half (the winter call-up until 2012, summer-autumn from 2013).
FIRST_YEAR_OF_TWO_CALL_UPS = 2020

# Words that end a registration window printed as one date ("网上报名截止时间为2月10日").
DEADLINE_WORDS: tuple[str, ...] = ("截止", "截至", "结束", "为止")

# A cutoff heading a clause of its own, the sentence after it counting people ("截至某日,全县已有
# 300名青年报名"): the day a tally was taken, not a registration deadline.
TALLY_CUTOFF_WORDS: tuple[str, ...] = ("截至", "截止")
# A count of people: digits or Chinese numerals, maybe "余"/"多", then 名 or 人.
PEOPLE_COUNT = r"[0-9０-９零〇一二三四五六七八九十百千万]+(?:余|多)?(?:名|人)"

# Before a deadline, these say the window has already closed ("报名已于2月10日结束").
CLOSED_WORDS: tuple[str, ...] = ("已于", "已经于", "已在", "已经在", "业已")

# Text before the year that names the call-up ("2024年春季征兵", "2024年度征兵", "今年上半年征兵").
YEAR_TAIL = r"度?(?:上半年|下半年|春季|秋季)?(?:征兵|应征|兵员征集|征集)"

# Age limits: "18周岁至22周岁", "年满18至22周岁", "年龄为18-22岁"; relaxations "可放宽至24周岁".
AGE_RANGE = (
    r"(?P<lo>1[6-9]|2\d)\s*(?:周岁|岁)?\s*(?:至|到|—|-|~|～|－)\s*(?P<hi>[12]\d|3[0-5])\s*(?:周岁|岁)"
)
AGE_RELAXATION_WORDS: tuple[str, ...] = ("放宽至", "放宽到", "可放宽", "年龄可")

# Where to register: names printed in articles, and the generic pattern ("登录××网").
SITE_NAMES: tuple[str, ...] = ("全国征兵网",)
SITE_PATTERN = r"登录(?P<site>[\u4e00-\u9fff]{2,10}网)"

# A line or clause that introduces a list of windows: it ends in a colon or says "如下"
# ("报名时间:" over "男兵:2023年12月1日至2024年2月10日"), and how long such a list runs.
LIST_HEAD = r"(?:[:：]|如下[:：。]?)$"
# A heading line with no colon heads a list as well: "一、报名时间", "【报名时间】", "(二)报名时间".
BARE_HEADING = (
    r"(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])?"
    r"[【\[〔]?(?P<label>(?:\d{4}年)?[\u4e00-\u9fff]{2,12})[】\]〕]?"
)
# A line that is only a gender or half label ("男兵", "女兵:", "【上半年】") labels the dated line
# under it: "报名时间" / "男兵" / "A至B" / "女兵" / "C至D", one line each.
LABEL_LINE = r"[【\[〔(（]?(?P<label>{words})[】\]〕)）]?[:：]?"
MAX_LIST_LINES = 6
# A line is a list's date line when one date range covers at least this share of it.
DATE_LINE_SHARE = 0.6
MAX_LIST_LINE_CHARS = 60
# A clause that hands its cue to the labelled clause after it names the time of registration
# ("网上报名时间,上半年:…;下半年:…"), not merely registration ("已报名的青年,…").
CUE_TIME = r"(?:报名|应征)[\u4e00-\u9fff]{0,4}(?:时间|日期|时段|期限|截止|安排)"
# A window printed without a year whose end lies more days than this before the issue is taken
# as next year's (newspapers print windows still to come; a closed one is said to be closed).
STALE_WINDOW_DAYS = 45

# --- fragments the extractor's patterns are built from ----------------------------------------

# "正式启动", "开始": after a date, registration opens then.
START_AFTER = r"\s*(?:正式)?(?:启动|开始|开通|开启)"
# A year the text writes for a window's dates, in the dates or before them in the sentence
# ("2024年", "二〇二四年", "今年", "该年"): a bare "上半年" names a half, not a year.
YEAR_WRITTEN = r"\d{2,4}\s*年|[〇零一二三四五六七八九]{4}年|[去今明次前上同当本该]年"
# A date expression that names its year (digits, "今年", "二〇二四").
NAMES_YEAR = r"\d|[今明去本次来]年|[〇零一二三四五六七八九]{4}"
# ...and writes it out, not relative to today.
WRITES_YEAR = r"\d|[〇零一二三四五六七八九]{4}"
# Something that reads as a date ("3月", "15日", "三月").
DATE_LIKE = r"\d+\s*[月日号]|[一二三四五六七八九十]+月"
# Every match of DATE_LIKE holds one of these.
DATE_LIKE_UNITS = "月日号"
# "2025年" in a body: a year the body names, for an undated issue.
BODY_YEAR = r"(?<!\d)(20\d\d)年"
