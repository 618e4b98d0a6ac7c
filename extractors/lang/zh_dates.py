"""Chinese time vocabulary: numerals, relative words, periods, parts of the day, range marks.

Pure data; ``extractors.dates`` builds its patterns from these tables, so adding a word never
means touching the engine. Regex fragments here are plain alternations of literals or small
character classes.
"""

from __future__ import annotations

# Full-width digits and colon map one-to-one onto ASCII, so offsets survive the translation.
FULLWIDTH = str.maketrans("０１２３４５６７８９：．／－～", "0123456789:./-~")

CN_DIGITS: dict[str, int] = {
    "〇": 0, "○": 0, "零": 0, "O": 0,
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}
CN_UNITS: dict[str, int] = {"十": 10, "百": 100}

# Characters that spell a year digit by digit (二〇二三, 零七).
YEAR_DIGIT_CLASS = "〇○零一二三四五六七八九"
# Chinese numerals of 1..31 / 0..24 as they are written in dates and clock times.
CN_MONTH = r"十[一二]?|[一二三四五六七八九]"
CN_DAY = r"三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
CN_HOUR = r"二十[一二三四]?|十[一二三四五六七八九]?|[零〇一二两三四五六七八九]"
CN_MINUTE = r"[一二三四五]?十[一二三四五六七八九]?|零?[一二三四五六七八九]"
# A count in a duration ("3天后", "十五个工作日内").
CN_COUNT = (r"(?<![〇零一二两三四五六七八九十百])(?:[一二两三四五六七八九]?百(?:零?[一二三四五六七八九]"
            r"|[一二三四五六七八九]十[一二三四五六七八九]?)?|[二三四五六七八九]?十[一二三四五六七八九]?"
            r"|[一二两三四五六七八九])")

# Marks that join the two ends of a range ("7月29日0时至7月31日24时", "12月1日—5日").
RANGE_MARKS = ["至", "到", "——", "—", "－", "–", "-", "~", "～", "〜"]

# Relative days: word -> (offset from the base day, part of the day or None).
RELATIVE_DAYS: dict[str, tuple[int, str | None]] = {
    "大前天": (-3, None), "前天": (-2, None), "昨天": (-1, None), "昨日": (-1, None),
    "昨晚": (-1, "晚上"), "昨夜": (-1, "夜间"),
    "今天": (0, None), "今日": (0, None), "即日": (0, None), "今晨": (0, "早上"),
    "今早": (0, "早上"), "今晚": (0, "晚上"), "今夜": (0, "夜间"),
    "明天": (1, None), "明日": (1, None), "明早": (1, "早上"), "明晨": (1, "早上"),
    "明晚": (1, "晚上"), "后天": (2, None), "大后天": (3, None),
}
# Two days named at once: word -> (first, last) offsets from the base day.
RELATIVE_SPANS: dict[str, tuple[int, int]] = {"今明两天": (0, 1), "今明两日": (0, 1),
                                              "今明后三天": (0, 2), "明后两天": (1, 2), "明后天": (1, 2)}
# Words that already say "from this day on".
SINCE_DAYS: dict[str, int] = {"今起": 0, "明起": 1}

RELATIVE_YEARS: dict[str, int] = {
    "大前年": -3, "前年": -2, "去年": -1, "上年": -1, "今年": 0, "本年": 0,
    "明年": 1, "来年": 1, "次年": 1, "翌年": 1, "后年": 2, "大后年": 3,
}
# Years counted from the year just named rather than from the issue date, when one was named:
# "12月1日至次年2月10日".
FOLLOWING_YEARS = ["次年", "翌年"]
RELATIVE_MONTHS: dict[str, int] = {
    "上上个月": -2, "上个月": -1, "上月": -1, "本月": 0, "这个月": 0, "当月": 0,
    "下个月": 1, "下月": 1, "下下个月": 2,
}
RELATIVE_QUARTERS: dict[str, int] = {"上季度": -1, "上个季度": -1, "本季度": 0, "这个季度": 0,
                                     "下季度": 1, "下个季度": 1}
# Week prefixes: word -> offset in weeks.
RELATIVE_WEEKS: dict[str, int] = {
    "上上": -2, "上": -1, "本": 0, "这": 0, "这个": 0, "下": 1, "下个": 1, "下下": 2, "上个": -1,
}
WEEK_WORDS = ["星期", "礼拜", "周"]
WEEKDAYS: dict[str, int] = {
    "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
    "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6,
}

HALVES: dict[str, int] = {"上半年": 1, "下半年": 2}
# Parts of a month and of a year: word -> (first day, last day) or (first month, last month).
XUN: dict[str, tuple[int, int]] = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31),
                                   "上中旬": (1, 20), "中下旬": (11, 31)}
MONTH_PARTS: dict[str, tuple[int, int]] = {"初": (1, 10), "中": (11, 20), "底": (21, 31), "末": (21, 31)}
YEAR_PARTS: dict[str, tuple[int, int]] = {"初": (1, 1), "底": (12, 12), "末": (12, 12)}

# Parts of the day: word -> (start hour, end hour, clock hours after noon?). End may pass 24.
PARTS_OF_DAY: dict[str, tuple[int, int, bool]] = {
    "凌晨": (0, 6, False), "清晨": (5, 8, False), "早晨": (6, 9, False), "早上": (6, 9, False),
    "上午": (8, 12, False), "中午": (11, 14, False), "午间": (11, 14, False),
    "午后": (12, 18, True), "下午": (12, 18, True), "傍晚": (17, 19, True),
    "晚上": (18, 24, True), "晚间": (18, 24, True), "夜晚": (18, 24, True),
    "夜间": (20, 30, True), "夜里": (20, 30, True), "深夜": (22, 27, True),
}
# Single-character parts that only count in front of a clock time ("晚8点", "早7时").
CLOCK_PREFIXES: dict[str, tuple[int, int, bool]] = {"早": (6, 9, False), "晚": (18, 24, True),
                                                     "夜": (20, 30, True)}

# Fixed-date holidays: word -> (month, day). Lunar ones (春节, 中秋, 端午) need a calendar table
# and are left out rather than guessed.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "元旦": (1, 1), "情人节": (2, 14), "妇女节": (3, 8), "植树节": (3, 12), "劳动节": (5, 1),
    "青年节": (5, 4), "儿童节": (6, 1), "建党节": (7, 1), "建军节": (8, 1), "教师节": (9, 10),
    "国庆节": (10, 1), "国庆": (10, 1), "圣诞节": (12, 25),
}
# 晚 and 夜 alone are a part of the day only straight after a date ("12月1日晚"); these
# characters after them make another word (晚会, 夜市).
NIGHT_NOT_BEFORE = "会宴餐饭报辈年期霞秋点些安稻上间里晨场班车市校景宵色空幕游经"

# Words that place an event in time without a date.
VAGUE_WORDS = ["前不久", "不久前", "近段时间", "前段时间", "连日来", "近年来", "近日", "日前",
               "近期", "目前", "近来", "最近", "当前", "眼下"]
# 日前 is "the other day" unless it ends another word: 节日前夕, 生日前, 假日前.
NOT_BEFORE_RIQIAN = "节生假平每昨今明两几数工作"

# Duration units: word -> (unit, count of that unit).
DURATION_UNITS: dict[str, str] = {
    "个工作日": "workday", "工作日": "workday", "天": "day", "日": "day",
    "个星期": "week", "星期": "week", "周": "week", "个月": "month", "年": "year",
}
DURATION_WITHIN = ["以内", "之内", "内"]
DURATION_AFTER = ["以后", "之后", "后"]
DURATION_BEFORE = ["以前", "之前", "前"]
LOOKBACK_PREFIXES = ["近", "过去", "最近"]
AHEAD_PREFIXES = ["未来", "今后"]

# Words around an expression that turn it into an open interval.
SINCE_PREFIXES = ["自从", "自", "从"]
SINCE_SUFFIXES = ["开始", "以来", "起"]
AFTER_SUFFIXES = ["以后", "之后", "后"]
UNTIL_PREFIXES = ["截止到", "截止至", "截至", "截止", "直到", "到", "至"]
UNTIL_SUFFIXES = ["之前", "以前", "为止", "截止", "前", "止"]
TO_NOW = ["至今", "迄今", "到现在", "到目前"]
# After a bare "3日" these make another word: 3日游, 日均, 日常, 日益.
NOT_AFTER_BARE_DAY = "游均常用益趋制"
# Characters that, right after 前/后/起, show the word belongs to the next word (前往, 后来, 起草).
NOT_BEFORE_SUFFIX = "往进来行夕去列沿端线景期述任排茅后锋提沿瞻"
NOT_AFTER_SUFFIX = "来续勤期方盾台备者面边果"
# Verbs whose 到/至 means "reach" or "move to" rather than "until": 上升到2021年的第3位,
# 推迟至12月5日举行 (a new date, not a deadline). 延长至 stays an "until".
NOT_UNTIL_BEFORE = "升降增达提跃回推迟移改"
NOT_SINCE_SUFFIX = "草步来到点飞义诉床身跑伏源航色码"

OPEN_PARENS = "(（"
CLOSE_PARENS = ")）"
OPEN_QUOTES = "“‘「『\"'《"
CLOSE_QUOTES = "”’」』\"'》"
# Where a sentence ends: a year named before it no longer carries over.
SENTENCE_ENDS = "。！？!?\n"
