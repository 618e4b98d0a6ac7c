"""Chinese time vocabulary: numerals, relative words, periods, parts of the day, range marks.

Pure data; ``extractors.dates`` builds its patterns from these tables, so adding a word never
means touching the engine, and the engine holds no Chinese of its own: its regexes' fragments and
the words its handlers compare with are at the end of this module. Regex fragments here are
alternations of literals or small character classes, a few with the lookaround that keeps a word
from a longer one (中 not before 旬).
"""

from __future__ import annotations

# Full-width digits and colon map one-to-one onto ASCII, so offsets survive the translation.
# Traditional characters of the date vocabulary map one-to-one onto simplified ones the same way
# (上上個週三, 後天, 禮拜三, 下午三點).
FULLWIDTH = str.maketrans("０１２３４５６７８９：．／－～個後週禮點時號鐘兩國慶節間歲曆陰陽農劃內際準誕聖萬",
                          "0123456789:./-~个后周礼点时号钟两国庆节间岁历阴阳农划内际准诞圣万")

CN_DIGITS: dict[str, int] = {
    "〇": 0, "○": 0, "零": 0, "O": 0,
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9, "仨": 3,
}
CN_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}

# Characters that spell a year digit by digit (二〇二三, 零七).
YEAR_DIGIT_CLASS = "〇○零一二三四五六七八九"
# A Latin 0 or O some signatures type for 〇 in a year spelled digit by digit ("二0二一年",
# "二O一八年"); read as a year digit only before 年, where nothing else is spelled so.
YEAR_LATIN_ZEROS = "0O"
# Chinese numerals as months, days, hours and minutes are written, 〇 to 九十九. Wider than the
# valid values on purpose: 十三月 and 二月三十二日 are read whole and rejected, never cut down to
# 三月 or 十二日; the engine checks the values.
CN_MONTH = r"[一二三四五六七八九]?十[一二三四五六七八九]?|[〇○零一二三四五六七八九]"
CN_DAY = CN_MONTH
CN_HOUR = r"[一二三四五六七八九]?十[一二三四五六七八九]?|[零〇○一二两三四五六七八九]"
CN_MINUTE = r"[一二三四五六七八九]?十[一二三四五六七八九]?|零?[一二三四五六七八九]"
# Parts of a decade (80年代末, 九十年代初期) and of a century (21世纪初), as fractions of its span.
ERA_PARTS: dict[str, tuple[float, float]] = {
    "初期": (0.0, 0.3), "前期": (0.0, 0.3), "初": (0.0, 0.3), "中期": (0.3, 0.7), "中叶": (0.3, 0.7),
    "末期": (0.7, 1.0), "后期": (0.7, 1.0), "末": (0.7, 1.0),
}
CENTURY_PARTS: dict[str, tuple[float, float]] = {**ERA_PARTS, "初": (0.0, 0.2), "末": (0.8, 1.0)}
# A count in a duration ("3天后", "十五个工作日内").
# A count is no count after 几 or 数 ("几十年", "数百年": tens or hundreds of years, not ten or a hundred).
CN_COUNT = (r"(?<![〇零一二两三四五六七八九十百几数])(?:[一二两三四五六七八九]?百(?:零?[一二三四五六七八九]"
            r"|[一二三四五六七八九]十[一二三四五六七八九]?)?|[二三四五六七八九]?十[一二三四五六七八九]?"
            r"|[一二两三四五六七八九]|仨(?=个?[天月年周]))")  # 仨: three, in speech (近仨月)

# Marks that join the two ends of a range ("7月29日0时至7月31日24时", "12月1日—5日").
RANGE_MARKS = ["至", "到", "——", "—", "－", "–", "-", "~", "～", "〜"]

# Relative days: word -> (offset from the base day, part of the day or None).
RELATIVE_DAYS: dict[str, tuple[int, str | None]] = {
    "大前天": (-3, None), "前天": (-2, None), "昨天": (-1, None), "昨日": (-1, None),
    "昨晚": (-1, "晚上"), "昨夜": (-1, "夜间"),
    "今天": (0, None), "今日": (0, None), "本日": (0, None), "即日": (0, None), "今晨": (0, "早上"),
    "今早": (0, "早上"), "今晚": (0, "晚上"), "今夜": (0, "夜间"),
    "前晚": (-2, "晚上"), "前夜": (-2, "夜间"),
    "明天": (1, None), "明日": (1, None), "明早": (1, "早上"), "明晨": (1, "早上"),
    "明晚": (1, "晚上"), "后天": (2, None), "大后天": (3, None), "大大后天": (4, None),
    "大大前天": (-4, None),
}
# Two days named at once: word -> (first, last) offsets from the base day.
RELATIVE_SPANS: dict[str, tuple[int, int]] = {"今明两天": (0, 1), "今明两日": (0, 1),
                                              "今明后三天": (0, 2), "明后两天": (1, 2), "明后天": (1, 2)}
# Two years named at once: word -> (first, last) offsets from the base year.
RELATIVE_YEAR_SPANS: dict[str, tuple[int, int]] = {"今明两年": (0, 1), "明后两年": (1, 2), "明后年": (1, 2)}
# Seasons (meteorological: spring March-May, summer June-August, autumn September-November,
# winter December-February): word -> (first month, year offset, how many seasons). The year
# offset counts from the "season year": the base year, except that in January and February the
# current winter began the year before.
SEASONS: dict[str, tuple[int, int, int]] = {
    "今春": (3, 0, 1), "今夏": (6, 0, 1), "今秋": (9, 0, 1), "今冬": (12, 0, 1),
    "明春": (3, 1, 1), "明夏": (6, 1, 1), "明秋": (9, 1, 1),
    "去年冬天": (12, -1, 1), "去冬": (12, -1, 1), "去年夏天": (6, -1, 1),
    "今冬明春": (12, 0, 2), "今年冬季": (12, 0, 1), "今年夏季": (6, 0, 1),
}
# Days counted from the date just named; they only close a range ("12月31日20时至次日8时"),
# alone they point at a date the text does not give.
ANCHOR_DAYS: dict[str, tuple[int, str | None]] = {
    "次日": (1, None), "翌日": (1, None), "第二天": (1, None), "隔天": (1, None), "当日": (0, None),
    "当天": (0, None), "当晚": (0, "晚上"), "次晨": (1, "早上"), "翌晨": (1, "早上")}
# "半年内", "近半个月": half of a year or month as (count, unit).
HALF_COUNTS: dict[str, tuple[int, str]] = {"year": (6, "month"), "month": (15, "day"), "hour": (30, "minute"),
                                          "minute": (30, "second")}
# Words that already say "from this day on".
SINCE_DAYS: dict[str, int] = {"今起": 0, "明起": 1}

RELATIVE_YEARS: dict[str, int] = {
    "大前年": -3, "前年": -2, "去年": -1, "上年": -1, "今年": 0, "本年": 0,
    "明年": 1, "来年": 1, "次年": 1, "翌年": 1, "后年": 2, "大后年": 3,
    "上一个年度": -1, "上一年": -1, "下一个年度": 1, "下一年": 1, "本年": 0, "这一年": 0,
}
# 来年 is next year, but not after a numeral: "十来年", "二十来年" are ten-odd, twenty-odd years.
NEXT_YEAR_LAI = "来年"
NUMERALS_BEFORE_LAI = "0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千几"
# Years counted from the year just named rather than from the issue date, when one was named:
# "12月1日至次年2月10日".
FOLLOWING_YEARS = ["次年", "翌年"]
RELATIVE_MONTHS: dict[str, int] = {
    "上上个月": -2, "上个月": -1, "上月": -1, "本月": 0, "这个月": 0,
    "下个月": 1, "下月": 1, "下下个月": 2, "上一个月": -1, "下一个月": 1, "这一个月": 0, "当月": 0,
}
# Periods that point back to the one the text just named (2019年3月…当月; 这一年, 他…).
ANAPHORIC_PERIODS = ("当月", "这一年")
RELATIVE_QUARTERS: dict[str, int] = {"上季度": -1, "上个季度": -1, "上一季度": -1, "上一个季度": -1,
                                     "本季度": 0, "这个季度": 0, "这一季度": 0,
                                     "下季度": 1, "下个季度": 1, "下一季度": 1, "下一个季度": 1}
# Week prefixes: word -> offset in weeks.
RELATIVE_WEEKS: dict[str, int] = {
    "上上": -2, "上": -1, "本": 0, "这": 0, "这个": 0, "下": 1, "下个": 1, "下下": 2, "上个": -1,
    "上一": -1, "上一个": -1, "下一": 1, "下一个": 1, "这一": 0, "上上个": -2, "下下个": 2,
}
WEEK_WORDS = ["星期", "礼拜", "禮拜", "周", "週"]
WEEKDAYS: dict[str, int] = {
    "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
    "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6,
}

HALVES: dict[str, int] = {"上半年": 1, "下半年": 2}
# Halves of a calendar year said from the base: word -> offset in half-years (上个半年 in September
# is January-June; 下个半年 in May is July-December). 这半年 is the base's own half, but with
# 来/以来 after it (这半年来) the six months back to the base, like 近半年.
RELATIVE_HALF_YEARS: dict[str, int] = {"上个半年": -1, "上一个半年": -1, "下个半年": 1, "下一个半年": 1,
                                       "这半年": 0, "这个半年": 0}
HALF_YEAR_BACK_TAILS = ["多以来", "以来", "多来", "来"]
# Halves of a week: Monday to Wednesday and Thursday to Sunday, the split weather desks use when
# they say 前半周回暖, 后半周降温 (a cold front "on Thursday" opens the second half). Said alone they
# are halves of the base's week, or of the week named just before (下周前半周, 本周的后半周).
HALF_WEEKS: dict[str, int] = {"上半周": 1, "前半周": 1, "下半周": 2, "后半周": 2}
HALF_WEEK_DAYS: dict[int, tuple[int, int]] = {1: (0, 3), 2: (3, 7)}  # first weekday, weekday after the last
# 前半周/后半周 only open a clause or follow a week: after a noun they count from it (节前半周: the
# half week before the holiday). None of the halves goes on into 周期, 周年, 周边, 周围, 周岁, 周刊.
HALF_WEEK_FROM_NOUN = ("前半周", "后半周")
WEEK_BEFORE_HALF = ("周", "星期", "礼拜", "周的", "星期的", "礼拜的")  # 下周前半周, 本周的后半周
NOT_AFTER_HALF_WEEK = "期年边围岁刊报末"
# 前半年/后半年 are halves only straight after a year ("2018年前半年"); elsewhere "手术后半年" is
# half a year after something.
JOINED_HALVES: dict[str, int] = {"前半年": 1, "后半年": 2}
# Parts of the day that count only after a day ("昨天白天", "12月12日白天"): alone "白天把老人送来"
# is habitual, not a date.
JOINED_ONLY_PARTS = ("白天", "全天")
# "12月5日全天", "今天全天": the whole of the day just named; alone, like 白天, only when said now
# ("全天。" to a question: the base's day; in a paper "全天开放" is a habit). Not with these after
# it (全天候, 全天然, 全天下, 全天津).
WHOLE_DAY_TAIL = "全天"
NOT_AFTER_WHOLE_DAY = "候然下津空际文使"
# Parts of a month and of a year: word -> (first day, last day) or (first month, last month).
# Halves of a month (上半月, 下半月) are read like the 旬 below.
MONTH_HALVES = ["上半月", "下半月", "前半月", "后半月"]
XUN: dict[str, tuple[int, int]] = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31),
                                   "上半月": (1, 15), "前半月": (1, 15), "下半月": (16, 31), "后半月": (16, 31),
                                   "上中旬": (1, 20), "中下旬": (11, 31)}
MONTH_PARTS: dict[str, tuple[int, int]] = {"初": (1, 10), "中": (11, 20), "底": (21, 31), "末": (21, 31)}
YEAR_PARTS: dict[str, tuple[int, int]] = {"初": (1, 1), "底": (12, 12), "末": (12, 12), "伊始": (1, 1)}
# A year spelled as a number with 千 (两千一十年, 二千零三年).
CN_THOUSAND_YEAR = r"[两二一]千(?:零[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?|零)?"
# Two Chinese digits before 年 are a year (九八年, 零三年底) unless they read as a count: two
# neighbouring digits (七八年 "seven or eight years") or a first digit that starts counts (一二三四).
TWO_DIGIT_YEAR_FIRST = "〇○零五六七八九"
# A two-digit year before a holiday or season may follow these words (于24年春节) or no word at all.
BEFORE_TWO_DIGIT_YEAR = "于在从自至到是的"
# After a two-digit year these make it a count of years: 九八年前, 五六年来.
NOT_AFTER_TWO_DIGIT_YEAR = "前后来内间多左以了的里中"
# ...unless 前 opens the year's first months ("九八年前七个月"): a count of years would be 九十八年.
YEAR_FIRST_PERIOD_UNITS_RE = "个?月|个?季度|天|日|个?星期|周|週"

# Two neighbouring numerals said at once are an approximate pair (七八点, 三四天), not a number.
NUMERAL_PAIRS = ["一二", "二三", "三四", "四五", "五六", "六七", "七八", "八九", "九十"]
# Two counts said at once (两三天, 三四年): pair -> (first, second).
COUNT_PAIRS: dict[str, tuple[int, int]] = {"一两": (1, 2), "两三": (2, 3), "三四": (3, 4), "四五": (4, 5),
                                           "五六": (5, 6), "六七": (6, 7), "七八": (7, 8), "八九": (8, 9)}
# After a pair of hours these make it something else: 七八点多 stays a pair; 三四点钟 too.
PAIR_NOT_AFTER = "数"

# Parts of the day: word -> (start hour, end hour, clock hours after noon?). End may pass 24.
PARTS_OF_DAY: dict[str, tuple[int, int, bool]] = {
    "凌晨": (0, 6, False), "清晨": (5, 8, False), "早晨": (6, 9, False), "早上": (6, 9, False),
    "上午": (8, 12, False), "早间": (6, 9, False), "黎明": (4, 6, False), "拂晓": (4, 6, False),
    "白天": (6, 18, False), "中午": (11, 14, False), "午间": (11, 14, False), "正午": (11, 14, False),
    "午后": (12, 18, True), "下午": (12, 18, True), "傍晚": (17, 19, True), "黄昏": (17, 19, True),
    "晚上": (18, 24, True), "晚间": (18, 24, True), "夜晚": (18, 24, True),
    "夜间": (20, 30, True), "夜里": (20, 30, True), "深夜": (22, 27, True),
    "上半夜": (20, 24, True), "前半夜": (20, 24, True), "下半夜": (24, 29, True), "后半夜": (24, 29, True),
    "午夜": (23, 25, True), "半夜": (23, 27, True),
}
# Parts of the day whose 12点 is noon; after any other afternoon part it is midnight.
NOON_PARTS = ("中午", "午间", "下午", "午后")
# Single-character parts that only count in front of a clock time ("晚8点", "早7时").
CLOCK_PREFIXES: dict[str, tuple[int, int, bool]] = {"早": (6, 9, False), "晚": (18, 24, True),
                                                     "夜": (20, 30, True)}

# Fixed-date holidays: word -> (month, day). Lunar ones (春节, 中秋, 端午) need a calendar table
# and are left out rather than guessed.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "元旦": (1, 1), "情人节": (2, 14), "妇女节": (3, 8), "植树节": (3, 12), "劳动节": (5, 1),
    "青年节": (5, 4), "儿童节": (6, 1), "建党节": (7, 1), "建军节": (8, 1), "教师节": (9, 10),
    "国庆节": (10, 1), "国庆": (10, 1), "圣诞节": (12, 25), "平安夜": (12, 24), "愚人节": (4, 1),
    "万圣节": (10, 31), "双十一": (11, 11), "光棍节": (11, 11), "女生节": (3, 7), "护士节": (5, 12),
    "记者节": (11, 8), "消费者权益日": (3, 15),
}
# 晚 and 夜 alone are a part of the day only straight after a date ("12月1日晚"); these
# characters after them make another word (晚会, 夜市).
NIGHT_NOT_BEFORE = "会宴餐饭报辈年期霞秋点些安稻上间里晨场班车市校景宵色空幕游经"

# A period around a holiday ("国庆节期间", "春节长假", "五一小长假"): holiday word -> the
# schedule's key in extractors.lang.zh_holidays; the words after it that make it a period.
HOLIDAY_PERIOD_WORDS: dict[str, str] = {
    "春节": "春节", "国庆节": "国庆", "国庆": "国庆", "十一": "国庆", "五一": "劳动节", "劳动节": "劳动节",
    "元旦": "元旦",
}
HOLIDAY_PERIOD_SUFFIXES = ["放假期间", "小长假期间", "长假期间", "假期期间", "小长假", "长假", "假期", "黄金周", "期间"]

# Recurrence: "每日8时至17时", "每周一至周五9:00-17:00", "工作日每天". Words that make what follows a
# rule rather than a date: word -> the ISO weekdays it covers ("daily" for every day).
EVERY_DAY_WORDS = ["每个工作日", "工作日每天", "工作日每日", "每工作日", "每日", "每天", "每晚", "每夜"]
WORKDAY_EVERY = ("每个工作日", "工作日每天", "工作日每日", "每工作日")
# A weekday set as opening hours print it: 每周二、周四, 逢周一, 周一、三、五, 周二至周四、周日.
EVERY_WEEK_RE = "每逢|每个|每|逢"  # before a week word: 每逢周三, 逢周六
WEEKDAY_LIST_MARKS = "、和及与"  # between the weekdays of a set (a comma only before a week word)
# After a bare weekday of a set (周一、三): a following character that makes it a number instead.
NOT_AFTER_LISTED_WEEKDAY = "0-9月日号年时点分:.个名位次届"
WEEKEND_EVERY_WORDS = {"周末": "6-7", "双休日": "6-7"}  # 每个周末, 逢双休日
# Days named by kind, a rule when hours follow (工作日9:00-17:00, 双休日10时至16时).
DAY_KIND_WORDS = {"工作日": "1-5", "双休日": "6-7", "周末": "6-7"}
# An aside between a weekday set and its hours: 周一至周五（节假日除外）9:00-17:00.
ASIDE_OPEN, ASIDE_CLOSE, ASIDE_MAX = "(（", ")）", 12
# A year-less span that ended this many months before the base's month, or since, is the one just
# reported on ("1—9月份" in November), not next year's.
RECENT_SPAN_MONTHS = 3
# Where the hours after a weekday set must have reached their range mark: before a clause ends.
HOURS_BREAKS = "。，,;；"
# What joins a second window to a rule's first: 上午8:30-11:30、下午2:30-5:30.
WINDOW_JOINERS = "、,，;；和及"

# Words that place an event in time without a date.
VAGUE_WORDS = ["前不久", "不久前", "近段时间", "前段时间", "连日来", "近年来", "近日", "日前",
               "近期", "目前", "近来", "最近", "当前", "眼下"]
# 日前 is "the other day" unless it ends another word: 节日前夕, 生日前, 假日前.
NOT_BEFORE_RIQIAN = "节生假平每昨今明两几数工作"

# After a Chinese-numeral clock time these make it one even without 钟/分 ("十二点之后").
CLOCK_OPEN_WORDS = ("之后", "以后", "之前", "以前", "左右")
# Duration units: word -> (unit, count of that unit).
DURATION_UNITS: dict[str, str] = {
    "个工作日": "workday", "工作日": "workday", "个交易日": "workday", "交易日": "workday", "天": "day", "日": "day",
    "个星期": "week", "星期": "week", "周": "week", "个多月": "month", "个月": "month", "年": "year",
    "个多小时": "hour", "个小时": "hour", "小时": "hour", "个钟头": "hour", "钟头": "hour",
    "分钟": "minute", "刻钟": "quarter_hour", "个季度": "quarter",
    "秒钟": "second", "秒": "second", "分半钟": "minute", "分半": "minute",
}
# "一分半钟", "十三分半": the unit word itself carries the half (a minute and a half).
HALF_UNIT_WORDS = ("分半钟", "分半")
# "两个半月", "一个半小时": the unit written after 个半 -> its DURATION_UNITS key.
HALF_AFTER_GE: dict[str, str] = {"月": "个月", "小时": "小时", "钟头": "钟头", "星期": "个星期"}
# "一年半": a count and a half, in the next finer unit: unit -> (finer per unit, finer unit).
# (A month and a half is no fixed count of days: the engine counts 两个半月 by the calendar.)
HALF_STEPS: dict[str, tuple[int, str]] = {"year": (12, "month"), "day": (24, "hour"),
                                          "hour": (60, "minute"), "week": (7, "day"),
                                          "minute": (60, "second")}
# "十多年来", "半年多以来": an approximate count reads as the count.
APPROXIMATE = ["多", "余", "几"]
DURATION_WITHIN = ["以内", "之内", "内"]
# A count straight after 起 is a window from that day even without 内 ("自公示之日起10个工作日"),
# when 起 follows one of these (之日起, 即日起, 12月1日起, 今起), not another word (一起, 发起).
WINDOW_AFTER_SINCE = "日号今明年月时点"
DURATION_AFTER = ["以后", "之后", "后"]
DURATION_BEFORE = ["以前", "之前", "前"]
LOOKBACK_PREFIXES = ["近", "过去", "最近"]
# "还剩5分钟", "仅剩3天": the time left, from the base on; not a length of something else
# (还剩3天的口粮, 还剩两个月工资).
TIME_LEFT_WORDS = ["还剩", "仅剩", "只剩", "尚余"]
NOT_AFTER_TIME_LEFT = "的工薪口假"
# "之前3小时", "之后5分钟": a count after these runs back (False) or ahead (True) from what was told.
THEN_WORDS: dict[str, bool] = {"之前": False, "之后": True, "此前": False, "此后": True}
AHEAD_PREFIXES = ["未来", "今后"]
# Clock windows said from now (base_is_now): 前两个钟头, 前两分钟, 后半小时 opening a clause are the
# hours or minutes just before or after the moment of speaking (after a noun they count from it:
# 比赛前两分钟, 开会前两个小时; in a paper the base is a day, not a moment, so they give nothing).
CLOCK_WINDOW_UNITS = ["个多小时", "个小时", "小时", "个钟头", "钟头", "分钟", "刻钟", "秒钟"]
# The previous, this or the next clock hour, said now: 上个小时 at 16:12 is 15:00-16:00, as 上个月
# is the calendar month before (not "小时候", childhood).
RELATIVE_HOURS: dict[str, int] = {"上个小时": -1, "上一个小时": -1, "上一小时": -1, "这个小时": 0,
                                  "下个小时": 1, "下一个小时": 1, "下一小时": 1}
NOT_AFTER_RELATIVE_HOUR = "候"

# Words around an expression that turn it into an open interval.
SINCE_PREFIXES = ["自从", "自", "从"]
SINCE_SUFFIXES = ["开始", "以来", "起", "或之后", "及之后", "及以后"]
AFTER_SUFFIXES = ["以后", "之后", "后"]
UNTIL_PREFIXES = ["截止到", "截止至", "截至", "截止", "直到", "到", "至"]
UNTIL_SUFFIXES = ["或之前", "及之前", "或以前", "及以前", "之前", "以前", "为止", "截止", "前", "止"]
TO_NOW = ["至今", "迄今", "到现在", "到目前", "起至今", "以来至今"]
# "今年内", "本年度内", "本月内": until the end of the period named (not the whole period).
WITHIN_SUFFIXES = ["以内", "之内", "内"]
NOT_AFTER_WITHIN = "容部外地涵"
# After a bare "3日" these make another word: 3日游, 日均, 日常, 日益.
NOT_AFTER_BARE_DAY = "游均常用益趋制"
# A lone "27号" is a day (号 for 日) only set off like a dateline: after an edge and before a comma
# ("(记者 彭海)27号,市公安局…"); "住在27号," and "3栋27号," are addresses.
BARE_HAO_DAY_BEFORE = " \n)）】]。,，;；:："
BARE_HAO_DAY_AFTER = ",，"
# Characters that, right after 前/后/起, show the word belongs to the next word (前往, 后来, 起草).
NOT_BEFORE_SUFFIX = "往进来行夕去列沿端线景期述任排茅后锋提沿瞻"
NOT_AFTER_SUFFIX = "来续勤期方盾台备者面边果"
# Verbs whose 到/至 means "reach" or "move to" rather than "until": 上升到2021年的第3位,
# 推迟至12月5日举行 (a new date, not a deadline). 延长至 stays an "until".
NOT_UNTIL_BEFORE = "升降增达提跃回推迟移改"
NOT_SINCE_SUFFIX = "草步来到点飞义诉床身跑伏源航色码"

# After a weekday set off by a comma from the date before it, these end the note (not 至, 上午).
WEEKDAY_NOTE_AFTER = ",，。;；:：!?！？)）\n "
# Titles: a work in 《》, a short name in “” (longer quotes are speech, whose dates count).
TITLE_SPANS = r"《[^《》\n]{1,40}》|“[^“”\n。，！？；,!?;]{1,8}”"
# A date a title writes out in numbers (《2024年工作要点》) is a date still.
CALENDAR_WRITTEN = r"\d|[〇○零一二三四五六七八九十]{1,4}[年月日号]"
# Relative day words a date in brackets may follow to name that day: 昨(5日), 今天（6日）, 明天（12月7日）.
RELATIVE_DAY_BEFORE_NOTE = ("昨天", "今天", "明天", "昨日", "今日", "明日", "前天", "后天", "昨", "今", "明")
OPEN_PARENS = "(（"
CLOSE_PARENS = ")）"
OPEN_QUOTES = "“‘「『\"'《"
CLOSE_QUOTES = "”’」』\"'》"
# Where a sentence ends: a year named before it no longer carries over.
SENTENCE_ENDS = "。！？!?\n"

# Lunar festivals by Gregorian year, "YYYY:MMDD" (1950-2060), generated once with
# jionlp.lunar2solar and spot-checked (春节 2023-01-22, 2024-02-10; 中秋 2023-09-29); no run-time dependency.
_SPRING_FESTIVAL = (
    "1950:0217 1951:0206 1952:0127 1953:0214 1954:0203 1955:0124 1956:0212 1957:0131 1958:0218 1959:0208 "
    "1960:0128 1961:0215 1962:0205 1963:0125 1964:0213 1965:0202 1966:0121 1967:0209 1968:0130 1969:0217 "
    "1970:0206 1971:0127 1972:0215 1973:0203 1974:0123 1975:0211 1976:0131 1977:0218 1978:0207 1979:0128 "
    "1980:0216 1981:0205 1982:0125 1983:0213 1984:0202 1985:0220 1986:0209 1987:0129 1988:0217 1989:0206 "
    "1990:0127 1991:0215 1992:0204 1993:0123 1994:0210 1995:0131 1996:0219 1997:0207 1998:0128 1999:0216 "
    "2000:0205 2001:0124 2002:0212 2003:0201 2004:0122 2005:0209 2006:0129 2007:0218 2008:0207 2009:0126 "
    "2010:0214 2011:0203 2012:0123 2013:0210 2014:0131 2015:0219 2016:0208 2017:0128 2018:0216 2019:0205 "
    "2020:0125 2021:0212 2022:0201 2023:0122 2024:0210 2025:0129 2026:0217 2027:0206 2028:0126 2029:0213 "
    "2030:0203 2031:0123 2032:0211 2033:0131 2034:0219 2035:0208 2036:0128 2037:0215 2038:0204 2039:0124 "
    "2040:0212 2041:0201 2042:0122 2043:0210 2044:0130 2045:0217 2046:0206 2047:0126 2048:0214 2049:0202 "
    "2050:0123 2051:0211 2052:0201 2053:0219 2054:0208 2055:0128 2056:0215 2057:0204 2058:0124 2059:0212 "
    "2060:0202 "
)
_DRAGON_BOAT = (
    "1950:0619 1951:0609 1952:0528 1953:0615 1954:0605 1955:0624 1956:0613 1957:0602 1958:0621 1959:0610 "
    "1960:0529 1961:0617 1962:0606 1963:0625 1964:0614 1965:0604 1966:0623 1967:0612 1968:0531 1969:0619 "
    "1970:0608 1971:0528 1972:0615 1973:0605 1974:0624 1975:0614 1976:0602 1977:0621 1978:0610 1979:0530 "
    "1980:0617 1981:0606 1982:0625 1983:0615 1984:0604 1985:0622 1986:0611 1987:0531 1988:0618 1989:0608 "
    "1990:0528 1991:0616 1992:0605 1993:0624 1994:0613 1995:0602 1996:0620 1997:0609 1998:0530 1999:0618 "
    "2000:0606 2001:0625 2002:0615 2003:0604 2004:0622 2005:0611 2006:0531 2007:0619 2008:0608 2009:0528 "
    "2010:0616 2011:0606 2012:0623 2013:0612 2014:0602 2015:0620 2016:0609 2017:0530 2018:0618 2019:0607 "
    "2020:0625 2021:0614 2022:0603 2023:0622 2024:0610 2025:0531 2026:0619 2027:0609 2028:0528 2029:0616 "
    "2030:0605 2031:0624 2032:0612 2033:0601 2034:0620 2035:0610 2036:0530 2037:0618 2038:0607 2039:0527 "
    "2040:0614 2041:0603 2042:0622 2043:0611 2044:0531 2045:0619 2046:0608 2047:0529 2048:0615 2049:0604 "
    "2050:0623 2051:0613 2052:0601 2053:0620 2054:0610 2055:0530 2056:0617 2057:0606 2058:0625 2059:0614 "
    "2060:0603 "
)
_MID_AUTUMN = (
    "1950:0926 1951:0915 1952:1003 1953:0922 1954:0911 1955:0930 1956:0919 1957:0908 1958:0927 1959:0917 "
    "1960:1005 1961:0924 1962:0913 1963:1002 1964:0920 1965:0910 1966:0929 1967:0918 1968:1006 1969:0926 "
    "1970:0915 1971:1003 1972:0922 1973:0911 1974:0930 1975:0920 1976:0908 1977:0927 1978:0917 1979:1005 "
    "1980:0923 1981:0912 1982:1001 1983:0921 1984:0910 1985:0929 1986:0918 1987:1007 1988:0925 1989:0914 "
    "1990:1003 1991:0922 1992:0911 1993:0930 1994:0920 1995:0909 1996:0927 1997:0916 1998:1005 1999:0924 "
    "2000:0912 2001:1001 2002:0921 2003:0911 2004:0928 2005:0918 2006:1006 2007:0925 2008:0914 2009:1003 "
    "2010:0922 2011:0912 2012:0930 2013:0919 2014:0908 2015:0927 2016:0915 2017:1004 2018:0924 2019:0913 "
    "2020:1001 2021:0921 2022:0910 2023:0929 2024:0917 2025:1006 2026:0925 2027:0915 2028:1003 2029:0922 "
    "2030:0912 2031:1001 2032:0919 2033:0908 2034:0927 2035:0916 2036:1004 2037:0924 2038:0913 2039:1002 "
    "2040:0920 2041:0910 2042:0928 2043:0917 2044:1005 2045:0925 2046:0915 2047:1004 2048:0922 2049:0911 "
    "2050:0930 2051:0919 2052:0907 2053:0926 2054:0916 2055:1005 2056:0924 2057:0913 2058:1002 2059:0921 "
    "2060:0909 "
)
_DOUBLE_NINTH = (
    "1950:1019 1951:1009 1952:1027 1953:1016 1954:1005 1955:1024 1956:1012 1957:1031 1958:1021 1959:1010 "
    "1960:1028 1961:1018 1962:1007 1963:1025 1964:1014 1965:1003 1966:1022 1967:1012 1968:1030 1969:1019 "
    "1970:1008 1971:1027 1972:1015 1973:1004 1974:1023 1975:1013 1976:1031 1977:1021 1978:1010 1979:1029 "
    "1980:1017 1981:1006 1982:1025 1983:1014 1984:1003 1985:1022 1986:1012 1987:1031 1988:1019 1989:1008 "
    "1990:1026 1991:1016 1992:1004 1993:1023 1994:1013 1995:1101 1996:1020 1997:1010 1998:1028 1999:1017 "
    "2000:1006 2001:1025 2002:1014 2003:1004 2004:1022 2005:1011 2006:1030 2007:1019 2008:1007 2009:1026 "
    "2010:1016 2011:1005 2012:1023 2013:1013 2014:1002 2015:1021 2016:1009 2017:1028 2018:1017 2019:1007 "
    "2020:1025 2021:1014 2022:1004 2023:1023 2024:1011 2025:1029 2026:1018 2027:1008 2028:1026 2029:1016 "
    "2030:1005 2031:1024 2032:1012 2033:1001 2034:1020 2035:1009 2036:1027 2037:1017 2038:1007 2039:1026 "
    "2040:1014 2041:1003 2042:1022 2043:1011 2044:1029 2045:1018 2046:1008 2047:1027 2048:1016 2049:1005 "
    "2050:1024 2051:1013 2052:1030 2053:1020 2054:1009 2055:1028 2056:1017 2057:1006 2058:1025 2059:1014 "
    "2060:1002 "
)


def _table(packed: str) -> dict[int, tuple[int, int]]:
    out = {}
    for item in packed.split():
        year, mmdd = item.split(":")
        out[int(year)] = (int(mmdd[:2]), int(mmdd[2:]))
    return out


SPRING_FESTIVAL = _table(_SPRING_FESTIVAL)
DRAGON_BOAT = _table(_DRAGON_BOAT)
MID_AUTUMN = _table(_MID_AUTUMN)
DOUBLE_NINTH = _table(_DOUBLE_NINTH)

# Lunar holidays: word -> (table, days after the table's date). 除夕 is the day before 春节,
# 元宵 the fifteenth of the first month.
LUNAR_HOLIDAYS: dict[str, tuple[dict[int, tuple[int, int]], int]] = {
    "春节": (SPRING_FESTIVAL, 0), "大年初一": (SPRING_FESTIVAL, 0), "除夕": (SPRING_FESTIVAL, -1),
    "大年三十": (SPRING_FESTIVAL, -1), "年三十": (SPRING_FESTIVAL, -1),
    "元宵节": (SPRING_FESTIVAL, 14), "元宵": (SPRING_FESTIVAL, 14),
    "端午节": (DRAGON_BOAT, 0), "端午": (DRAGON_BOAT, 0),
    "中秋节": (MID_AUTUMN, 0), "中秋": (MID_AUTUMN, 0),
    "重阳节": (DOUBLE_NINTH, 0), "重阳": (DOUBLE_NINTH, 0),
}
# Holidays on the n-th weekday of a month: word -> (month, weekday Monday=0, n).
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {"母亲节": (5, 6, 2), "父亲节": (6, 6, 3), "感恩节": (11, 3, 4)}
# Days of the first lunar month are counted from 春节: 正月初八, 正月十五, 大年初三.
FIRST_LUNAR_MONTH = ["正月", "大年"]
# 清明 is a solar term: 4 or 5 April, by the usual 21st-century formula.
QINGMING_WORDS = ["清明节", "清明"]

# Reign eras (年号) of the Ming and Qing and the best-known Tang ones: name -> (first Gregorian
# year, last year). "康熙三年" is 1664; "康熙年间" the whole reign. Only read with 年 or 年间
# after them, so a name that is also a word or a person's name (永乐, 天宝) stays a name.
REIGN_ERAS: dict[str, tuple[int, int]] = {
    "贞观": (627, 649), "永徽": (650, 655), "神龙": (705, 707), "开元": (713, 741), "天宝": (742, 756),
    "洪武": (1368, 1398), "建文": (1399, 1402), "永乐": (1403, 1424), "洪熙": (1425, 1425),
    "宣德": (1426, 1435), "正统": (1436, 1449), "景泰": (1450, 1457), "天顺": (1457, 1464),
    "成化": (1465, 1487), "弘治": (1488, 1505), "正德": (1506, 1521), "嘉靖": (1522, 1566),
    "隆庆": (1567, 1572), "万历": (1573, 1620), "泰昌": (1620, 1620), "天启": (1621, 1627),
    "崇祯": (1628, 1644), "顺治": (1644, 1661), "康熙": (1662, 1722), "雍正": (1723, 1735),
    "乾隆": (1736, 1795), "嘉庆": (1796, 1820), "道光": (1821, 1850), "咸丰": (1851, 1861),
    "同治": (1862, 1874), "光绪": (1875, 1908), "宣统": (1909, 1911),
}

# The 24 solar terms (节气) after 清明: word -> (month, the 21st-century constant C of the usual
# formula day = int(YY * 0.2422 + C) - leap days), read for 2001-2099 only. SOLAR_TERM_SHIFTS
# lists the years the formula is a day off. Terms that are also weather or farm words (大雪纷飞,
# 霜降, 白露, 谷雨) count only with a year before them or 节气/时节 after them.
SOLAR_TERMS: dict[str, tuple[int, float]] = {
    "小寒": (1, 5.4055), "大寒": (1, 20.12), "立春": (2, 3.87), "雨水": (2, 18.73),
    "惊蛰": (3, 5.63), "春分": (3, 20.646), "谷雨": (4, 20.1), "立夏": (5, 5.52),
    "小满": (5, 21.04), "芒种": (6, 5.678), "夏至": (6, 21.37), "小暑": (7, 7.108),
    "大暑": (7, 22.83), "立秋": (8, 7.5), "处暑": (8, 23.13), "白露": (9, 7.646),
    "秋分": (9, 23.042), "寒露": (10, 8.318), "霜降": (10, 23.438), "立冬": (11, 7.438),
    "小雪": (11, 22.36), "大雪": (12, 7.18), "冬至": (12, 21.94),
}
SOLAR_TERM_SHIFTS: dict[tuple[str, int], int] = {
    ("小寒", 2019): -1, ("大寒", 2082): 1, ("雨水", 2026): -1, ("春分", 2084): 1, ("小满", 2008): 1,
    ("小暑", 2016): 1, ("立秋", 2002): 1, ("霜降", 2089): 1, ("立冬", 2089): 1, ("冬至", 2021): -1,
}
SOLAR_TERMS_PLAIN = ["立春", "惊蛰", "春分", "立夏", "小满", "芒种", "夏至", "立秋", "处暑", "秋分",
                     "寒露", "立冬", "冬至"]
SOLAR_TERMS_MARKED = ["小寒", "大寒", "雨水", "谷雨", "小暑", "大暑", "白露", "霜降", "小雪", "大雪"]
SOLAR_TERM_AFTER = ("节气", "时节")

# A season or the summer holidays of a year named just before: word -> (first month, months).
# Meteorological seasons (spring March-May, winter December-February), as 今冬/明春 above.
SEASONS_OF_A_YEAR: dict[str, tuple[int, int]] = {
    "春季": (3, 3), "春天": (3, 3), "夏季": (6, 3), "夏天": (6, 3), "秋季": (9, 3), "秋天": (9, 3),
    "冬季": (12, 3), "冬天": (12, 3), "暑假": (7, 2), "暑期": (7, 2), "春": (3, 3), "夏": (6, 3),
    "秋": (9, 3), "冬": (12, 3),
}
# ... only where the season is the time of its clause: followed by a boundary or one of these.
YEAR_SEASON_ENDS = " \u3000,，。;；:：、!?！？)）\n"
YEAR_SEASON_AFTER = ["的", "里", "期间", "以来", "以后", "之后", "以前", "之前", "前", "后", "时", "开始", "起"]

# Festivals on a fixed day of the lunar calendar, read through the lunar table: word -> (month,
# day). 腊八 only as 腊八节 (腊八粥, 腊八蒜 are food).
LUNAR_DATE_FESTIVALS: dict[str, tuple[int, int]] = {
    "七夕节": (7, 7), "七夕": (7, 7), "中元节": (7, 15), "腊八节": (12, 8), "二月二龙抬头": (2, 2),
    "龙抬头": (2, 2),
}

# "再过两天": a count after these is a point that far ahead, like "两天后". Plain 过 is left out
# (超过3天, 经过两天, 度过三年 are lengths).
LATER_PREFIXES = ["再过", "又过"]
NOT_AFTER_LATER = "的"
# A Chinese-numeral hour alone ("十点") is read as a time only after 大约 ("大约十点"); otherwise
# "一点", "十一点" are amounts (节约一点, 十一点建议).
CLOCK_CN_AFTER = ("大约",)
# "11/3号": month/day, unless 号 goes on into a number's noun (1/3号楼).
NOT_AFTER_SLASH_DAY = "楼线院馆门房车机位窗床柜口桩场厅台店站文令码"
# "近三月": the last three months; not after these (接近五月, 临近五月: May is coming) nor before
# a word that makes 月 the month's name (近3月份, 近3月底, 近3月1日).
NOT_BEFORE_NEAR = "接将附靠临邻亲贴逼"
NOT_AFTER_NEAR_MONTHS = "份日号初底末中旬上下0123456789一二三四五六七八九十"
# 前两天, 后1年 alone: the window's first character, the edges it must follow and what may not
# come after it (前两天内, 前两年里 and 前三天的比赛 count from something else).
WINDOW_WORDS = "前后"
CLAUSE_EDGES = " \u3000\n，,。；;！!？?：:“\"（("
NOT_AFTER_WINDOW = "前后内以之里中来的"
# Characters after which a clause starts ("，过两天再说").
CLAUSE_STARTS = "，,。；;！!？?：:“\""


# ---- Fragments of the engine's token table (extractors.dates._PATTERN_PARTS) -------------------
# The words and small classes the table is built from, so that the engine holds no Chinese of its
# own. Each is a plain literal, a character class's contents, or an alternation (some with the
# lookahead that keeps it from a longer word).
YEAR_WORD, MONTH_WORD, DAY_WORD = "年", "月", "日"
DAY_SUFFIXES = "日号"
MONTH_TAIL = "份"  # 3月份
FISCAL = "度"  # 2023年度, 本年度
HALF = "半"
GE = "个"
GE_AND_A_HALF = "个半"  # 两个半月
TWO = "两"
OF = "的"  # 近的3天 (spoken), 未来的两周
SINCE_WORD = "起"
SINCE_TAILS = ["以来", "来"]  # 近3年来
NTH = "第"
FIRST_WORD = "首"  # 首季度
LEAD_WORDS = ["前", "头"]  # 前三季度, 头两个月
QUARTER_WORD = "季度"
QUARTER_NUMERALS = "一二三四1-4"  # a class's contents, 1-4 a range
LEAD_QUARTER_NUMERALS = "一二两三1-3"
CN_NUMERALS_TO_TEN = "一二三四五六七八九十"
# Counts of years or months are never preceded by another numeral (一三季度 is no 三季度).
COUNT_NUMERALS = "〇零一二两三四五六七八九十百"
# Period edges: 年初, 月底, 一季度末; a month's middle too, unless 中旬/中午/中下旬 follows.
PERIOD_EDGE_RE = "初|底|末"
YEAR_PART_RE = "初|底|末|伊始"  # the keys of YEAR_PARTS
QUARTER_PART_RE = "初|末|底"
MONTH_PART_RE = "初|底|末|中(?![旬午下])"
XUN_WORD = "旬"
XUN_PARTS_RE = "上中|中下|[上中下]"
# What after a two-digit year with 年 makes it a year (24年3月, 18年第二季度, 19年上半年, 20年前…).
AFTER_TWO_DIGIT_YEAR = (r"第?[一二三四1-4]季度|[上下]半年|前"
                        r"|第[\d一二三四五六七八九十]+个?(?:周|星期|礼拜|月)|首月")
# Clock times: 8时, 8点, 8点钟; 8点30分, 8点半, 8点一刻, 8点过5分, 8点05, 八点零五, 8点30分15秒,
# 8点许/整/左右; 时 after 8:30 unless it starts 时间/时期/时代….
CLOCK_UNITS_RE = "时|点钟|点"
CLOCK_HOUR_RE = "时|点"
MINUTE_WORD, SECOND_WORD, PAST_WORD = "分", "秒", "过"
QUARTER_CLOCK_RE = "[一三13]刻"
COLON_SHI = "时(?!间|期|代|候|光|刻)"
NOT_AFTER_DIGIT_MINUTE = "分秒%％个元万亿倍米"  # 8点30个, 3点50万: a number, not 8:30
CN_MINUTE_AFTER_HOUR = "零[一二三四五六七八九]|[一二三四五]?十[一二三四五六七八九]?"
NOT_AFTER_CN_MINUTE = "分秒个倍"
CN_SECOND = "[一二三四五]?十[一二三四五六七八九]?|零?[一二三四五六七八九]"
CLOCK_TAIL_RE = "许|整|左右"
WEEKDAY_WORD_CHARS = "一二三四五六日天"
WEEKDAY_DIGITS = "1-7"
WEEKDAY_CHARS = WEEKDAY_WORD_CHARS + WEEKDAY_DIGITS
WEEKEND_TAIL = "末"  # 周末
# 正月初八, 正月十五, 大年三十 counted from 春节.
LUNAR_EARLY = "初"
LUNAR_EARLY_DAY = "十|[一二三四五六七八九]"
LUNAR_LATER_DAY = "二十[一二三四五六七八九]?|十[一二三四五六七八九]?|三十"
NIGHT_CHARS = "晚夜"

# ---- Fragments of the engine's families (extractors.dates, @_family) ---------------------------
RANGE_CHARS = "-—–~～至到"  # one-character range marks, as a class's contents
BETWEEN_AND = "与和"  # 2015年与2018年之间
NOT_AFTER_BARE_YEAR = "年万亿元%％个件人次名号"  # 2018万, 2018个: a number, not a year
LIST_JOINERS = "、和及与"  # 3月2号、3号和4号
NOT_AFTER_COMMA_LIST = "起前后至到"  # 3月5日，6日，7日起: the list's last day starts something
NUMERALS_BEFORE_YEAR = "〇○零一二两三四五六七八九十百千"  # 一九八年 is no 九八年
CN_THOUSAND_YEAR_FIRST = "两二一"
CN_MONTH_NUMBER = "十[一二]?|[一二三四五六七八九]"  # 第十二个月
LAST_ONE = "最后一个"  # 最后一个周五
WEEK_WORDS_RE = "周|星期|礼拜|禮拜|週"
NOT_BEFORE_HALF_MONTH = "上下前后"  # 上半月 is a part of a month, 半月后 half a month on
LUNAR_MONTH_RE = "正|腊|冬|十[一二]|[一二三四五六七八九十]|1[0-2]|[1-9]"
LUNAR_DAY_RE = ("初[一二三四五六七八九十]|初[1-9]|初10|十[一二三四五六七八九]|二十[一二三四五六七八九]?"
                "|廿[一二三四五六七八九]?|卅|三十|[12]\\d|3[0]|[1-9]")
CN_CENTURY = "[一二]?十[一二三四五六七八九]?|[一二三四五六七八九]"
BEFORE_TIME_YEAR = "于在自从"  # 于2018, 自2016起
AFTER_TIME_YEAR = ",，。;；起以"
TEN_AND_TWO = "十两"  # 十七八点, 两三点: not a pair of hours from the second numeral
HOUR_PAIR_UNIT_RE = "点|时"
# ...but 九十点, 九十时 read as ninety o'clock (an impossible clock time, voiding its range) unless
# the pair's tail follows (九十点钟, 九十点左右: nine or ten), since 九十 is a number too.
NOT_AN_HOUR_PAIR = ("九十点", "九十时")
HOUR_PAIR_TAIL_RE = "钟|左右"
# 去年的前10天, 2021年后三个月, 最后3周; 前两年/后1年 alone (WINDOW_WORDS).
LEAD_FIRST_RE = "前|头|首"
LEAD_LAST_RE = "后|最后|最後"
LEAD_DAY_UNITS_RE = "天|日|个?星期|周|週"
LEAD_MONTH_UNITS_RE = "个?月|天|日|个?星期|周|週"
WINDOW_WORDS_RE = "前|后"
FESTIVAL_WORD = "节"  # 国庆节期间
CN_WEEK_NUMBER = "[二三四]?十[一二三四五六七八九]?|五十[一二三]?"  # 第十二周, 第五十三周
MINGUO = "民国"
CN_ERA_YEAR = "[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]"
FIRST_YEAR_WORD = "元"  # 民国元年
REIGN_SPAN_WORD = "年间"  # 康熙年间
SECOND_DAY = "第二天"  # an anchor word of its own (ANCHOR_DAYS)
CN_NTH_DAY = ("[一二三四五六七八九]|[一二三]?十[一二三四五六七八九]?"
              "|[一二三]百(?:零?[一二三四五六七八九]|[一二三四五六七八九]十[一二三四五六七八九]?)?")
DAY_UNITS_RE = "天|日"
SLASH_DAY_SUFFIXES = "号日"
NEAR_RE = "最近|近"
NEAR_FIRST = "最近"
CN_NEAR_MONTHS = "[两二三四五六七八九仨]|十[一二]?"
LUNAR_MARK_RE = "农历|阴历|旧历"
LEAP = "闰"
WINTER_LUNAR_MONTHS_RE = "腊|冬"
LUNAR_ONLY_DAY_RE = "初[一二三四五六七八九十]|初[1-9]|初10|廿[一二三四五六七八九]?|卅"  # 二月初二: lunar by its day
LUNAR_DATE_FIRST = "农阴旧闰腊冬正"
CENTURY_WORD = "世纪"
DECADE_WORD = "年代"
RELATIVE_CENTURY_RE = "上个?世纪|本世纪"
RELATIVE_CENTURY_FIRST = "上本"
CN_DECADE = "[一二三四五六七八九]十"
BARE_MONTH_DAY_ENDS = ",，。;；、)）"  # 5月20 then one of these: a date without 日
MONTH_DAY_RANGE_RE = "至|到|[-—~～]"
TEN = "十"
EVERY = "每"  # 每周一至周五, 每日
WEEK_SHORT_RE = "周|星期"
WEEK_SHORT_FIRST = "周星"
DAY_CHARS = "日天"
BEFORE_BARE_YEAR_RANGE_RE = "(?<=从)|(?<=在)|(?<=自)"  # 从2016到2019: lookbehinds, one per word
CN_ONE_TO_FIVE = "一二三四五"
CN_REIGN_YEAR = "[一二三四五六]?十[一二三四五六七八九]?|[一二三四五六七八九]"
# Characters a token of the main table may start with besides its words' first characters.
TOKEN_FIRST_CHARS = "第首前头上中下月年半"
RANGE_START_WORDS_RE = "起|开始"  # 12月1日起至5日
# Between a "since" and the "until" that closes it across a comma: 自12月5日起(实施)，(预计)至12月31日止.
SINCE_UNTIL_GAP_RE = "(?:实施|执行|施行)?[,，]\\s?(?:预计|暂定|计划)?"
# How long what starts on a "since" day lasts: 自12月5日起，为期两个月 / 连续3天 / 持续一周.
LASTING_WORDS = ("为期", "连续", "持续")
LASTING_UNITS = ("个工作日", "工作日", "个星期", "星期", "个月", "天", "日", "周", "年")
LASTING_REACH = 12  # characters from the "since" to the length it lasts, within one sentence
# A verb of lasting before the range mark: 12月1日持续至5日, 将一直持续到5日, 延续至5日.
RANGE_LASTING_RE = "(?:将|会|还将)?(?:一直)?(?:持续|延续)"
BETWEEN_JOINERS = "与和及"  # 2015年与2018年之间
RESPECTIVELY = "分别"
RESPECTIVELY_CLAUSE_ENDS = "。；;!?！？"


# ---- Words the engine's handlers compare with or store ------------------------------------------
# Values a unit carries (its day's suffix, clock unit, part of the day) and the few words a handler
# tells apart from the rest of what its pattern matched.
HAO = "号"  # 27号: 号 for 日; a lone day with 号 counts only where set off like a dateline
CLOCK_POINT, CLOCK_SHI, CLOCK_POINT_ZHONG = "点", "时", "点钟"  # 8点, 8时, 8点钟: a clock unit
# 每晚, 每夜: a nightly rule, in the evening part of the day.
NIGHTLY_WORDS, NIGHTLY_PART = ("每晚", "每夜"), "晚上"
# 中午1点 is 13:00; 凌晨12点 is midnight (the parts of the day that shift a clock hour).
MIDDAY_PART, SMALL_HOURS_PART = "中午", "凌晨"
NEW_YEAR_WORD = "大年"  # 大年初三: a day of the first lunar month; 大年 with a later numeral is not read
SPRING_FESTIVAL_WORD = "春节"  # the LUNAR_HOLIDAYS key days of the first lunar month count from
EARLY_PART = "初"  # 一季度初: a quarter's first month (末/底 its last)
# Lunar dates (腊月二十三, 五月廿二, 九月初九): month names that are no numeral, and the short forms
# of twenty and thirty a lunar day is written with.
LUNAR_MONTH_NAMES: dict[str, int] = {"正": 1, "冬": 11, "腊": 12}
LUNAR_TWENTY, TWENTY, LUNAR_THIRTY = "廿", "二十", "卅"
# First or last n days of a period (前10天, 头两个月, 首三天, 后三个月, 最后3周): the characters
# F_leadn's words start with; which of 前/后 a lone window (前两天, 后1年) is.
LEAD_FIRST_CHARS = "前头首后最"
BEFORE_WORD = "前"
# A lone window may end with these as well as at a clause edge (前两天里, 前三年内, 前两年中).
LONE_WINDOW_ENDS = "里内中"
LAST_CENTURY_FIRST = "上"  # 上个世纪 (the 1900s), against 本世纪
ONE_QUARTER_FIRST = "一1"  # 一刻, 1刻: a quarter past (三刻 three quarters)
# A lone piece that is usually no date (_plausible): 日前 after 节/生/假 (NOT_BEFORE_RIQIAN); a bare
# day after these (第10日, 每3日, 近3日, 约5日); a year before 历史 (有2000年历史); a Chinese month
# spelled from 一 before 次/个; a holiday before 周年 (国庆70周年); a Chinese clock hour with 点
# before any character but these (三点钟, 八点半, 十点前); a clock time after 第/每.
THE_OTHER_DAY = "日前"
NOT_BEFORE_BARE_DAY = "第每近连共约这前月个余多"
HISTORY_WORD = "历史"
ONE, NOT_AFTER_MONTH_ONE = "一", "次个"
ANNIVERSARY = "周年"
AFTER_CLOCK_POINT = "钟半分整许左右起前后至到以之开始时"
NOT_BEFORE_CLOCK = "第每"
# Words around an expression a handler tells apart: 前/止/后 as suffixes (before NOT_BEFORE_SUFFIX,
# NOT_AFTER_SUFFIX), 到/至 after a verb of change (NOT_UNTIL_BEFORE), 之间/间 closing a between,
# 止/为止 closing a range (至12月5日止), 从 starting a range rather than an open "since".
AFTER_WORD, UNTIL_WORD, UNTIL_CLOSE = "后", "止", "为止"
REACH_WORDS = ("到", "至")
BETWEEN_WORD, BETWEEN_SHORT = "之间", "间"
FROM_WORD = "从"
