"""Air-quality orders: dispatch and control orders and heavy-pollution alerts with their periods.

An order is announced by a trigger: a numbered order ("发布夏季空气质量保障第10号调度令"), an alert
that is started, upgraded or downgraded ("启动重污染天气橙色预警", "由黄色预警升级为橙色预警"), or an
emergency response ("启动Ⅱ级应急响应", "执行二级管控措施"). Triggers in one sentence make one order,
except that a change of level (升级, 提级, 降级, 调整为, "预警由黄色转为橙色"; its direction from the
colours) is always an order of its own, and the alert it replaces ends when it starts. An alert
merely mentioned ("橙色预警期间") is none; a lifted one ("于…解除橙色预警") ends the open alert of its
colour announced before it, or, when the next sentence says when it started ("该预警自…起实施"), is
an order of its own. Alerts and responses count only when the text qualifies them by pollution,
never by weather (暴雨橙色预警 is no air-quality order).

Responses are printed by level ("Ⅱ级应急响应", look-alike numerals included), by colour ("橙色(Ⅱ级)
响应", "重污染天气应急预案橙色(二级)响应") or both ("二级(橙色)应急响应"); an alert issued with the
response of its level, in its sentence or the next, is one order; an extension ("延长", "继续执行",
"维持") is an order with its new period; an order cited in a document title ("《关于启动…预警的
通知》") or mentioned after its issue ("预警启动后") is none, and so is a joint alert of several other
cities ("甲市、乙市、丙市将于…启动"). A numbered headline names the printed order under it. An alert
named by its level alone ("实施重污染天气二级预警") is read as that level's response is, never given a
colour; "橙色预警(Ⅱ级)应急响应" is the alert with its response. A notice that moves an order's start or
end ("响应启动时间由A调整为B", "解除时间由A推迟至B") issues it with the new time, and A is none of its
period. Pages in traditional script are folded to simplified characters one for one (offsets, evidence
and the issuer as printed).

Around the trigger: the issuer is the body named before the verb (in full when the notice's signature
names it so), else the signer, else the body whose approval is cited ("经市政府同意"), else the report's
source ("记者从…获悉"); a body named by its bare head ("指挥部办公室") is the full body the article
named before it (or the approving body's office). ``issued_on`` is the date before a publishing verb,
else the signature's, else the day the source made it known. The period is the time expressions of the trigger's sentence (or,
failing those, of the next sentences of its paragraph that speak of a period, up to the next order, or
a labelled line "执行时间:A至B") through :mod:`extractors.dates`, with forecasts ("预计…", "未来两天",
"12月28日至30日大气污染仍将持续", and a bare time clause before one: "2月23日起,全市将经历…污染过程")
and the dates of names ("《预案(2018年修订)》", "2025—2026年秋冬季…调度令") left out; a start or stop word ranks a time above a bare hour, a response's start above the
hour of publishing, and the publishing hour is the start when nothing else is; "另行通知" and
"直至预警解除" leave the end open. Statements of one order, in one article or several, make one record. The measures are the clauses of the following sentences that name
a control action, up to the next order or lift; "橙色预警期间,…" belongs to the orange alert wherever
it stands, and what follows "预警解除后" to none; a framing lead ("在确保安全的前提下,") is cut and an
ended measure ("限行措施也将解除") is none.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from .date_memo import find_dates
from .dates import TimeExpression, parse_date, to_int
from .ids import normalise_name, stable_id
from .lang import zh_air_quality as lang
from .lang import zh_common as common
from .lang import zh_traditional
from .records import AirQualityOrder, Article, Issue
from .patterns import CharacterFold, EndingGated, PairGated, StartGated
from .patterns import alternation as _alternation
from .patterns import heads_its_clause
from .patterns import last_match as _last_match
from .patterns import bounds as _bounds

__all__ = ["OrderMention", "find_orders", "extract"]

# The air words: the Chinese ones in one pattern, the Latin ones (PM2.5, VOCs) in any case. One
# case-insensitive pattern for both searched ~9 times slower: it could not skip ahead to a word's
# first character, and every article of an issue is searched for them.
_AIR_HAN = re.compile(_alternation([w for w in lang.AIR_WORDS if not w.isascii()]))
_AIR_LATIN = tuple(w.upper() for w in lang.AIR_WORDS if w.isascii())
# The characters whose upper case holds the first letter of a Latin air word ("p", "P", "v", "V"):
# a text with none of them holds no Latin air word in any case, and is not upper-cased (a copy of
# every article body) to find that out. Only the letter itself and its lower case upper-case to an
# ASCII letter among P and V (test_air_quality checks the table against all of Unicode).
_LATIN_FIRSTS = frozenset(w[0] for w in _AIR_LATIN)
_AIR_LATIN_START = re.compile(
    "[" + re.escape("".join(sorted(_LATIN_FIRSTS | {c.lower() for c in _LATIN_FIRSTS}))) + "]"
) if _AIR_LATIN else None


def _names_air(text: str, start: int = 0, end: int | None = None) -> bool:
    """``text[start:end]`` names the air (its pollution, its quality)."""
    end = len(text) if end is None else end
    if _AIR_HAN.search(text, start, end):
        return True
    if _AIR_LATIN_START is None or _AIR_LATIN_START.search(text, start, end) is None:
        return False
    upper = text[start:end].upper()
    return any(word in upper for word in _AIR_LATIN)


_QUALIFIER = re.compile(_alternation(lang.POLLUTION_QUALIFIERS + lang.POLLUTION_CONTEXT))
_WEATHER = re.compile(_alternation(lang.WEATHER_HAZARDS))
_ISSUE_VERB = re.compile(_alternation(lang.ISSUE_VERBS))
_PUBLISH_VERB = re.compile(_alternation(lang.PUBLISH_VERBS))
_UPGRADE = re.compile(_alternation(lang.UPGRADE_WORDS))
_DOWNGRADE = re.compile(_alternation(lang.DOWNGRADE_WORDS))
_ANY_CHANGE = re.compile(_alternation(lang.UPGRADE_WORDS + lang.DOWNGRADE_WORDS + lang.CHANGE_WORDS))
# "预警级别由黄色提升为橙色": a change to a colour that the word 预警 does not follow.
# Marks papers print in ASCII and full width, as character-class contents.
_OPEN, _CLOSE = common.OPEN_BRACKETS, common.CLOSE_BRACKETS
_CLAUSE_MARKS = common.COMMAS + common.FULL_STOP + common.SEMICOLONS
_SENTENCE_MARKS = common.FULL_STOP + common.EXCLAMATIONS + common.QUESTION_MARKS
# A character of a body's name as printed: ideographs, brackets, list commas, quotes.
_ORG_CHAR = rf"[\u4e00-\u9fff{_OPEN}{_CLOSE}{common.LIST_COMMA}{common.DOUBLE_QUOTES}]"
_BARE_CHANGE = re.compile(
    rf"(?:{_alternation(lang.CHANGE_FROM_WORDS)})(?P<from>{_alternation(lang.ALERT_COLOURS)})(?:{lang.ALERT})?[^{_CLAUSE_MARKS}]{{0,4}}?"
    rf"(?:{_alternation(lang.UPGRADE_WORDS + lang.DOWNGRADE_WORDS + lang.CHANGE_WORDS)})"
    rf"(?P<colour>{_alternation(lang.ALERT_COLOURS)}){lang.NOT_AN_ALERT_AFTER}"
)
# The triggers' patterns open on optional words (a qualifier, a level, an order's number), which
# hide their first characters from the regex engine: it would try each at every character of every
# candidate body. StartGated finds the same matches trying them only where one can begin; PairGated
# asks the second character too where the first is common (the levels 一, 二, 1, 2 open most numbers).
_LEVEL_CHANGE = PairGated(re.compile(
    rf"(?P<qual>{_alternation(lang.POLLUTION_QUALIFIERS)})?{lang.ALERT_GRADE}"
    rf"(?P<word>{_alternation(lang.UPGRADE_WORDS + lang.DOWNGRADE_WORDS + lang.CHANGE_WORDS)})"
    rf"(?P<colour>{_alternation(lang.ALERT_COLOURS)}){lang.NOT_AN_ALERT_AFTER}"
))
# The words ALERT_GRADE matches ("预警等级", "应急预警级别" holds "预警级别"): one of them stands in every match
# of _LEVEL_CHANGE.
_ALERT_GRADE_WORDS = tuple(lang.ALERT + noun for noun in lang.ALERT_GRADE_NOUNS)
_LIFT = re.compile(_alternation(lang.LIFT_WORDS))
_OPEN_END = re.compile(_alternation(lang.OPEN_END_PHRASES))
def _order_number(group: str) -> str:
    """"第10号": an order's number, its numeral in ``group``."""
    return rf"{lang.NUMBER_BEFORE}(?P<{group}>{lang.ORDER_NUMERAL}){lang.NUMBER_AFTER}"


_NAMED_ORDER = PairGated(re.compile(
    rf"(?:{_order_number('no')})?(?P<noun>{_alternation(lang.ORDER_NOUNS)})"
    # "调度令(第1号)", "《…调度令》第3号": the number at the tail of the name.
    rf"(?:[{lang.NAME_CLOSERS}]?\s*(?P<tail>[{_OPEN}]{_order_number('tail_no')}[{_CLOSE}]|{_order_number('bare_no')}))?"
))


# (The alerts' gate stops at every pollution qualifier, "重污染天气", "大气污染", which bodies print far
# more often than alerts: on team issues 20-60, 997 places visited and 703 tried instead of 2,276.)
_ALERT = EndingGated(PairGated(re.compile(
    rf"(?P<qual>(?:{_alternation(lang.POLLUTION_QUALIFIERS)})[{_OPEN}]?)?"
    rf"(?:(?:{_alternation(lang.RESPONSE_LEVELS)}){lang.LEVEL}[{_OPEN}])?"  # "二级(橙色)预警"
    rf"(?P<colour>{_alternation(lang.ALERT_COLOURS)})(?:{lang.LEVEL})?[{_CLOSE}]?"
    rf"(?:[{_OPEN}](?:{_alternation(lang.RESPONSE_LEVELS)}){lang.LEVEL}[{_CLOSE}])?{lang.ALERT}"
)), lang.ALERT)
_RESPONSE = PairGated(re.compile(
    rf"(?P<qual>(?:{_alternation(lang.POLLUTION_QUALIFIERS)})(?:{_alternation(lang.PLAN_WORDS)})?)?"
    rf"(?P<level>{_alternation(lang.RESPONSE_LEVELS)}){lang.RESPONSE_TAIL}"
))
# "橙色(Ⅱ级)应急响应", "重污染天气应急预案橙色(二级)响应", "橙色应急响应": a response named by its colour.
_COLOUR_RESPONSE = StartGated(re.compile(
    rf"(?P<qual>(?:{_alternation(lang.POLLUTION_QUALIFIERS)})(?:{_alternation(lang.PLAN_WORDS)})?)?"
    rf"(?P<colour>{_alternation(lang.ALERT_COLOURS)})"
    rf"(?:[{_OPEN}](?P<level>{_alternation(lang.RESPONSE_LEVELS)}){lang.LEVEL}[{_CLOSE}])?\s*{lang.RESPONSE_AFTER_COLOUR}"
))
# "重污染天气二级预警": an alert named by its level, no colour (a bracket after 级 is "黄色(Ⅲ级)预警", an alert).
_LEVEL_ALERT = PairGated(re.compile(
    rf"(?P<qual>(?:{_alternation(lang.POLLUTION_QUALIFIERS)})(?:{_alternation(lang.PLAN_WORDS)})?)?"
    rf"(?P<level>{_alternation(lang.RESPONSE_LEVELS)}){lang.LEVEL_ALERT_TAIL}"
))
# Every response and alert by level ends on its tail, and a tail from its 级 on (its leading blanks
# dropped) is found by that character: a body where it stands nowhere holds no match, and the two
# patterns above (tried at every numeral 一, 二, 1, 2 followed by 级 or a blank) are not run on it.
_RESPONSE_TAIL_FROM_LEVEL = re.compile(lang.RESPONSE_TAIL.removeprefix(r"\s*"))
_LEVEL_ALERT_TAIL_FROM_LEVEL = re.compile(lang.LEVEL_ALERT_TAIL.removeprefix(r"\s*"))
_COLOUR_IN = re.compile(_alternation(lang.ALERT_COLOURS))
# "橙色预警(Ⅱ级)响应", "黄色预警(Ⅲ级)应急响应": the response of the alert, its level in brackets after 预警
# (start-gated: the lookbehind that opens it hides its first character, a bracket, from the engine).
_BRACKETED_RESPONSE = StartGated(re.compile(
    rf"(?<={lang.ALERT})(?P<qual>)[{_OPEN}](?P<level>{_alternation(lang.RESPONSE_LEVELS)})"
    rf"(?P<tail>{lang.LEVEL}[{_CLOSE}]\s*{lang.RESPONSE_AFTER_COLOUR})"
))
# "本轮Ⅱ级响应的启动时间由3月6日20时调整为3月6日8时": an order rescheduled; the time after 由 is replaced.
_RESCHEDULED = re.compile(lang.RESCHEDULED_TIME)
# "解除时间由1月6日24时推迟至1月8日24时": the time after the rescheduling word is the new end.
def _moved_to(moment: str) -> re.Pattern:
    """A move of that moment ending right before the new time ("解除时间由A推迟至" before B)."""
    return re.compile(
        rf"{moment}[^{_SENTENCE_MARKS}{common.SEMICOLONS}]{{1,30}}?"
        rf"(?:{_alternation(lang.RESCHEDULE_WORDS + lang.RESCHEDULE_STEMS)})\s*$"
    )


_NEW_END_BEFORE = _moved_to(lang.RESCHEDULED_END)
_NEW_START_BEFORE = _moved_to(lang.RESCHEDULED_START)
# How far before a time its move is looked for.
_MOVE_REACH = 60
_REPLACED_TIME_BEFORE = re.compile(rf"{lang.RESCHEDULED_MOMENT}\s*$")
_REPLACED_TIME_AFTER = re.compile(rf"\s*(?:{_alternation(lang.RESCHEDULE_WORDS)})")
_LEVEL_TAIL_COLOUR = re.compile(rf"[{_OPEN}](?:{_alternation(lang.ALERT_COLOURS)})[{_CLOSE}]|\s")
# "预计12月11日", "预计在…", and with a mark between: "经预测,3月5日至6日…", "据…预测:…".
_FORECAST = re.compile(rf"(?:{_alternation(lang.FORECAST_WORDS)})[{common.COMMAS}{common.COLONS}]?"
                       rf"(?:{_alternation(lang.FORECAST_PREPOSITIONS)})?$")
_FORECAST_TEXT = re.compile(_alternation(lang.FORECAST_WORDS))
_STATUS_CUTOFF = re.compile(_alternation(lang.STATUS_CUTOFF_WORDS))
_ALREADY = re.compile(_alternation(lang.ALREADY_WORDS))
# A clause that is a time and nothing more ("2月23日起,", "从10月22日起,"): what it dates is the next clause.
_BARE_TIME_CLAUSE = re.compile(rf"\s*(?:{_alternation(lang.FORECAST_PREPOSITIONS)})?\s*")
_BARE_TIME_TAIL = re.compile(lang.BARE_TIME_TAIL)
_CONDITIONS = re.compile(_alternation(lang.CONDITION_WORDS))
_ANY_TRIGGER_WORD = re.compile(_alternation(lang.TRIGGER_WORDS + lang.ISSUE_VERBS))
_FRAMING_LEAD = re.compile(lang.FRAMING_LEAD)
_PERIOD_CUE = re.compile(_alternation(lang.PERIOD_CUES))
_PERIOD_LABEL = StartGated(re.compile(rf"(?:(?P<end>{lang.END_LABEL})|{lang.PERIOD_LABEL})\s*$"))  # start-gated: opens on a named group
_MEASURE_ENDED = re.compile(lang.MEASURE_ENDED)
_BASIS = re.compile(rf"(?:{_alternation(lang.BASIS_WORDS)})$")  # "根据1月14日会商结果": a basis's date
_SEVERAL_CITIES = re.compile(lang.SEVERAL_CITIES)
_OWN_CITY = re.compile(_alternation(lang.OWN_CITY_WORDS))
_QUALIFIED_ALERT = re.compile(rf"(?P<qual>{_alternation(lang.POLLUTION_QUALIFIERS)}){lang.ALERT}")
_POLLUTANT = re.compile(_alternation(lang.POLLUTANTS), re.IGNORECASE)
# Whether a body names a pollutant at all is asked of every candidate body: the case-insensitive
# alternation cannot skip ahead to its words' first characters (~4x slower than the two below). The
# Chinese words have no case, and a Latin one matches only from a character that matches its first
# letter in any case: a body holds a match of _POLLUTANT exactly when it holds a Chinese word, or a
# match from the first such character on.
_POLLUTANT_HAN = re.compile(_alternation([w for w in lang.POLLUTANTS if not w.isascii()]))
_POLLUTANT_LATIN_FIRST = re.compile(
    "[" + re.escape("".join(sorted({w[0] for w in lang.POLLUTANTS if w.isascii()}))) + "]", re.IGNORECASE
)
_STATISTIC = re.compile(_alternation(lang.STATISTIC_WORDS))
_MEASURE = re.compile(_alternation(lang.MEASURE_VERBS))
_MEASURE_LEAD = re.compile(lang.MEASURE_LEADS)
_MEASURE_NUMBERING = re.compile(lang.MEASURE_NUMBERING)
# "橙色预警期间,…", "Ⅱ级应急响应期间": whose period a measure names; "预警解除后,…": none's.
_DURING = re.compile(
    rf"(?:(?P<colour>{_alternation(lang.ALERT_COLOURS)})(?:{lang.LEVEL})?(?:[{_OPEN}][^{_OPEN}{_CLOSE}]{{1,6}}[{_CLOSE}])?{lang.ALERT}"
    rf"|(?P<level>{_alternation(lang.RESPONSE_LEVELS)}){lang.RESPONSE_TAIL}|{lang.ALERT}|{lang.RESPONSE}){lang.DURING}"
)
_DURING_LEAD = re.compile(rf"^[^{common.COMMAS}{common.COLONS}]{{0,16}}{lang.DURING}[{common.COMMAS}]?")
_TITLE_MARKS = re.compile(
    rf"{common.BOOK_TITLE_OPEN}(?P<masked>[^{common.BOOK_TITLE_OPEN}{common.BOOK_TITLE_CLOSE}\n]{{1,80}}){common.BOOK_TITLE_CLOSE}"
)
_PAGE_STAMP = re.compile(lang.PAGE_STAMP)
# Every stamp holds a colon: the clock's (ASCII) or the label's (either width).
_PAGE_STAMP_COLONS = common.COLONS
_NAME_NOUN = re.compile(_alternation(lang.ORDER_NOUNS + lang.NAME_NOUNS))
_YEAR_OF_NAME = re.compile(lang.YEAR_OF_NAME + rf"(?=[\u4e00-\u9fff]{{0,16}}?(?:{_NAME_NOUN.pattern}))")
_HEADLINE_LEAD = re.compile(lang.HEADLINE_LEAD)
_PUBLISH_BEFORE = re.compile(rf"(?:{_alternation(lang.PUBLISH_VERBS)}){common.PERFECTIVE}?$")
_PUBLISH_AFTER = re.compile(rf"\s*(?:{_alternation(lang.PUBLISH_VERBS)})")
_COUNT_AFTER = re.compile(lang.COUNT_AFTER)
_DRILL = re.compile(_alternation(lang.DRILL_WORDS))
_DAY_IN_TEXT = re.compile(lang.DAY_IN_TEXT)
_AFTER_ISSUE = re.compile(rf"[^{_CLAUSE_MARKS}]{{0,4}}?(?:{_alternation(lang.ISSUE_VERBS)}){lang.AFTER_ISSUE}")
_AFTER_LIFT = re.compile(rf"(?:{_alternation(lang.LIFT_WORDS)}){lang.AFTER_LIFT}")
_MEASURE_INTRO = re.compile(_alternation(lang.MEASURE_INTRO_WORDS))
_DAILY = re.compile(f"(?:{_alternation(lang.DAILY_WORDS)})[\\s{common.COMMAS}]?(?:[\u4e00-\u9fff]{{0,2}})?$")
_ISSUER = re.compile(
    rf"(?P<org>{_ORG_CHAR}{{1,30}}(?:{_alternation(lang.ISSUER_ENDINGS)})"
    rf"(?:[{_OPEN}](?:{_alternation(lang.ISSUER_OFFICE_WORDS)})[{_CLOSE}])?)"  # "市重污染天气应急指挥部(办公室)"
    rf"(?:[{_OPEN}][\u4e00-\u9fff]{{1,12}}[{_CLOSE}])?"  # "(市大气办)": the short name, not part of the name kept
    rf"(?=(?:{'|'.join(lang.AFTER_ISSUER_WORDS)}|"
    rf"{_alternation(lang.ISSUE_VERBS + lang.UPGRADE_WORDS + lang.DOWNGRADE_WORDS + lang.CHANGE_WORDS)}|$))"
)
_TIMED_START = re.compile(lang.TIMED_START)
_SOURCE = re.compile(
    rf"{lang.SOURCE_PREPOSITIONS}(?P<org>{_ORG_CHAR}{{1,30}}(?:{_alternation(lang.ISSUER_ENDINGS)}))"
    rf"(?:{_alternation(lang.SOURCE_VERBS)})"
)
_APPROVAL = re.compile(
    rf"{lang.APPROVED_BY}(?P<org>{_ORG_CHAR}{{0,30}}?(?:{_alternation(lang.ISSUER_ENDINGS)}))"
    rf"(?:{_alternation(lang.APPROVAL_WORDS)})"
)
# Right after a body's name: it put out a notice ("发布通知", "下发了紧急通知").
_PUBLISHED_DOCUMENT = re.compile(
    rf"(?:{_alternation(lang.PUBLISH_VERBS)}){common.PERFECTIVE}?(?:{_alternation(lang.PUBLISHED_DOCUMENT_WORDS)})"
)
_SOURCE_DAY_GAP = re.compile(lang.SOURCE_DAY_GAP)
_ISSUER_LINE = re.compile(rf"[\u4e00-\u9fff{_OPEN}{_CLOSE}]{{1,30}}(?:{_alternation(lang.ISSUER_ENDINGS)})")
_ISSUER_LEAD = re.compile(rf"^(?:{_alternation(lang.ISSUER_LEAD_WORDS)})")
_SENTENCE_END = re.compile(rf"[{_SENTENCE_MARKS}\n]")
_CLAUSE_END = re.compile(rf"[{_SENTENCE_MARKS}\n{common.COMMAS}{common.SEMICOLONS}{common.COLONS}]")
_MEASURE_END = re.compile(rf"[{_SENTENCE_MARKS}\n{common.SEMICOLONS}]")

_COLON_AFTER_NAME = re.compile(rf"[ \u3000]*[{common.COLONS}]")
_DAY_MARK = re.compile(lang.DAY_MARK)
_START_AFTER = re.compile(lang.START_AFTER)
_END_AFTER = re.compile(lang.END_AFTER)
# A time that starts the emergency response ("21日7时启动Ⅰ级应急响应"): when an alert takes effect
# at one hour and its response at another, the order (alert and response, one row) starts with the
# response, as the measures do.
_RESPONSE_START_AFTER = re.compile(
    rf"{lang.RESPONSE_START_VERBS}[^{_CLAUSE_MARKS}]{{0,24}}?(?:{_alternation(lang.RESPONSE_WORDS)})"
)
_EDGE_PUNCT = (
    " \t" + common.IDEOGRAPHIC_SPACE + common.COMMAS + common.SEMICOLONS + common.COLONS + common.LIST_COMMA
    + common.FULL_STOP + common.DOUBLE_QUOTES + '"' + common.BOOK_TITLE_OPEN + common.BOOK_TITLE_CLOSE
)

_CLOCK_GRAINS = {"hour", "minute", "part_of_day"}
_DAY_GRAINS = _CLOCK_GRAINS | {"day"}
# Where an issuer was read, weakest first: the source a report cites ("记者从…获悉"), the body whose
# approval the decision cites ("经市政府同意,决定…"), the body the paragraph says put out a notice
# before the order's sentence, the signature of a printed notice, the body the sentence makes decide
# or publish.
_ISSUER_RANKS = {"source": 1, "approval": 2, "publisher": 3, "signer": 4, "sentence": 5}
_MAX_VERB_GAP = 14  # characters between an issuing verb and the alert it issues
_TRAILER_CHARS = 120
_MAX_DATE_LINE = 20  # a signature's date line is a date and nothing more  # text after an article searched for a signature set apart from it
_FOLLOWING_SENTENCES = 2  # sentences after a trigger searched for its period


@dataclass
class _Trigger:
    kind: str  # "named", "alert", "response"
    change: str  # "start", "upgrade", "downgrade"
    start: int
    end: int
    verb_start: int | None
    order_no: int | None = None
    name: str | None = None
    colour: str | None = None
    response: str | None = None
    qualifier: str | None = None
    from_colour: str | None = None  # the alert an upgrade or downgrade replaces


@dataclass
class _Lift:
    """An alert the text lifts: its colour, its span and where the lifting word stands."""

    colour: str
    qualifier: str | None
    start: int
    end: int
    word: int


@dataclass
class _Order:
    triggers: list[_Trigger]
    sentence: tuple[int, int]
    issuer: str | None = None
    issuer_start: int | None = None
    issuer_rank: int = 0  # how the issuer was found: see _ISSUER_RANKS
    issued_on: date | None = None
    issued_at: datetime | None = None  # "于12月10日16时发布…预警": the hour it was published
    issued_span: tuple[int, int] | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    period_spans: list[tuple[int, int]] = field(default_factory=list)

    # (plain loops over the one to three triggers an order has: asked ~100 times an article, a
    # generator and its min/max cost more than the comparisons)
    def first(self, kind: str) -> _Trigger | None:
        for t in self.triggers:
            if t.kind == kind:
                return t
        return None

    @property
    def change(self) -> str:
        return self.triggers[0].change

    @property
    def start(self) -> int:
        triggers = self.triggers
        lowest = triggers[0].start
        for t in triggers:
            if t.start < lowest:
                lowest = t.start
        return lowest

    @property
    def end(self) -> int:
        triggers = self.triggers
        highest = triggers[0].end
        for t in triggers:
            if t.end > highest:
                highest = t.end
        return highest


@dataclass(frozen=True, kw_only=True)
class OrderMention:
    """One order as the article body states it; offsets are in ``article.body``."""

    order_no: int | None
    name: str
    issuer: str | None
    issued_on: date | None
    starts_at: datetime | None
    ends_at: datetime | None
    pollutant: str | None
    measures: tuple[str, ...]
    level: str | None
    daily_hours: tuple[str, ...]
    body_start: int
    body_end: int


# Traditional characters of the vocabulary ("重污染天氣橙色預警", "啟動Ⅱ級應急響應"), folded one for one.
_fold_script = CharacterFold({**zh_traditional.TRADITIONAL_TO_SIMPLIFIED, **lang.TRADITIONAL_TO_SIMPLIFIED})


# An article is a candidate only if its folded body holds an order word (令, 预警, 响应) or 级, or its
# folded headlines 令 (_is_candidate): then the printed body holds one character of each such word,
# or one folding to it (the rarer of two: 警, 响), and the printed headlines 令 or one folding to it.
# Nine articles in ten hold none, and are neither folded nor joined into a headline to learn that.
_BODY_CUE_CHARS = _fold_script.printed_as(lang.ORDER_WORD + lang.ALERT[-1] + lang.RESPONSE[0] + lang.LEVEL)
_HEAD_CUE_CHARS = _fold_script.printed_as(lang.ORDER_WORD)


def _may_be_candidate(article: Article) -> bool:
    """False when the article, folded, cannot pass _is_candidate (see _BODY_CUE_CHARS)."""
    if article.body and _BODY_CUE_CHARS.search(article.body) is not None:
        return True
    return any(text and _HEAD_CUE_CHARS.search(text) is not None for text in (article.title, article.subtitle))


def _folded(article: Article) -> Article:
    """The article as the word lists read it: a page in traditional script (a big5 gateway of a
    mainland site) with its vocabulary in simplified characters, same length, so offsets and the
    evidence (taken from the issue text) are the printed ones; the article itself when nothing folds.
    The record's words (name, issuer, measures) are read from the folded text, in simplified script."""
    # (three plain calls, not a generator over the texts: every article of every issue comes here)
    printed_title, printed_subtitle, printed_body = article.title, article.subtitle, article.body
    title = _fold_script(printed_title) if printed_title else printed_title
    subtitle = _fold_script(printed_subtitle) if printed_subtitle else printed_subtitle
    body = _fold_script(printed_body) if printed_body else printed_body
    if title is printed_title and subtitle is printed_subtitle and body is printed_body:
        return article
    return dataclasses.replace(article, title=title, subtitle=subtitle, body=body)


def _is_candidate(article: Article) -> bool:
    head = " ".join(filter(None, (article.title, article.subtitle)))
    text = article.body
    # The order words first: substring tests, where the air words are a regular-expression search of
    # the body; a response by level alone ("Ⅱ级管控") is looked for last, and only where its 级 is.
    names_order = lang.ORDER_WORD in text or lang.ALERT in text or lang.RESPONSE in text or lang.ORDER_WORD in head
    if not names_order and not (lang.LEVEL in text and _RESPONSE_TAIL_FROM_LEVEL.search(text) and _RESPONSE.search(text)):
        return False
    return _names_air(head) or _names_air(text)


def _order_no(numeral: str | None) -> int | None:
    if not numeral:
        return None
    return to_int(numeral.translate(str.maketrans(common.FULLWIDTH_DIGITS, "0123456789")))


def _verb_before(body: str, pos: int, clause_start: int) -> re.Match | None:
    return _last_match(_ISSUE_VERB, body, max(clause_start, pos - _MAX_VERB_GAP), pos)


def _about_pollution(body: str, pos: int, qualifier: str | None, article: Article) -> bool:
    """Whether an alert or response at pos is a pollution one, not a weather one."""
    if qualifier:
        return True
    clause = body[slice(*_bounds(body, pos, _CLAUSE_END))]
    sentence = body[slice(*_bounds(body, pos, _SENTENCE_END))]
    if _WEATHER.search(clause) or (_WEATHER.search(sentence) and not _QUALIFIER.search(sentence)):
        return False
    if _QUALIFIER.search(sentence):
        return True
    head = " ".join(filter(None, (article.title, article.subtitle)))
    return bool(_QUALIFIER.search(head) or _QUALIFIER.search(body)) and not _WEATHER.search(head)


def _change_before(body: str, pos: int) -> re.Match | None:
    """The upgrade or downgrade word right before an alert or response ("升级为橙色预警")."""
    begin = max(0, pos - 5)
    return _ANY_CHANGE.search(body, begin, pos)


def _change_kind(m: re.Match | None, old_rank: int | None = None, new_rank: int | None = None) -> str | None:
    """"upgrade" or "downgrade": from the ranks of the old and new level when both are known
    (so "调整为" and "转为" get a direction), from the word otherwise."""
    if m is None:
        return None
    if old_rank is not None and new_rank is not None and old_rank != new_rank:
        return "upgrade" if new_rank > old_rank else "downgrade"
    return "downgrade" if _DOWNGRADE.fullmatch(m.group()) else "upgrade"


_RESPONSE_LEVEL = re.compile(_alternation(lang.RESPONSE_LEVELS))


def _level_rank(level: str | None) -> int | None:
    m = _RESPONSE_LEVEL.match(level or "")
    return lang.LEVEL_RANK.get(m.group()) if m else None


def _qualifier(printed: str | None) -> str | None:
    """The pollution qualifier without a plan word ("重污染天气应急预案" is 重污染天气) or bracket."""
    if not printed:
        return None
    printed = printed.rstrip(_OPEN)
    for word in lang.PLAN_WORDS:
        printed = printed.removesuffix(word)
    return printed or None


def _response_level(m: re.Match) -> str | None:
    """The level numeral of a response match, in the record's spelling; a colour names its level."""
    level = m.group("level")
    if level is None and "colour" in m.groupdict():
        return lang.COLOUR_LEVEL.get(m.group("colour"))
    return lang.LEVEL_SPELLING.get(level, level)


def _response_name(m: re.Match) -> str:
    """"Ⅱ级应急响应" for "Ⅱ级应急响应", "ΙΙ级响应" (look-alikes), "橙色(Ⅱ级)响应", "橙色预警(Ⅱ级)应急响应" and
    "二级(橙色)应急响应" keep their numeral; the colour in brackets is dropped, a colour alone names its level."""
    printed = m.group()[len(m.group("qual") or ""):]
    if "tail" in m.groupdict():  # "(Ⅱ级)应急响应" after an alert
        response = lang.EMERGENCY + lang.RESPONSE if lang.EMERGENCY in m.group("tail") else lang.RESPONSE
        return f"{_response_level(m)}{lang.LEVEL}{response}"
    if "colour" in m.groupdict():
        response = lang.EMERGENCY + lang.RESPONSE if lang.EMERGENCY in printed else lang.RESPONSE
        return f"{_response_level(m)}{lang.LEVEL}{response}"
    after = printed[len(m.group("level")):]
    return _response_level(m) + _LEVEL_TAIL_COLOUR.sub("", after)


def _no_issue(body: str, trigger: _Trigger) -> bool:
    """"共启动橙色预警2次": a count of orders; "应急演练…模拟发布橙色预警": a drill. Neither issues one."""
    if _COUNT_AFTER.match(body, trigger.end):
        return True
    s_start, s_end = _bounds(body, trigger.start, _SENTENCE_END)
    return bool(_DRILL.search(body, s_start, s_end))


def _in_title_marks(body: str, pos: int) -> bool:
    """"按照《关于启动重污染天气橙色预警的通知》要求": a document's title cites an order, it issues none;
    "下发《关于启动重污染天气橙色预警的通知》" issues the document, and the order with it."""
    s_start, _ = _bounds(body, pos, _SENTENCE_END)
    opening = body.rfind(common.BOOK_TITLE_OPEN, s_start, pos)
    if opening <= body.rfind(common.BOOK_TITLE_CLOSE, s_start, pos):
        return False
    return not _PUBLISH_BEFORE.search(body, max(s_start, opening - 4), opening)


def _triggers(body: str, article: Article) -> tuple[list[_Trigger], list[_Lift]]:
    """The orders' triggers, and the alerts the text lifts ("于1月8日12时解除橙色预警")."""
    out: list[_Trigger] = []
    lifts: list[_Lift] = []
    head = " ".join(filter(None, (article.title, article.subtitle)))
    for m in _NAMED_ORDER.finditer(body):
        c_start, _ = _bounds(body, m.start(), _CLAUSE_END)
        s_start, s_end = _bounds(body, m.start(), _SENTENCE_END)
        if not (_names_air(body, s_start, s_end) or _names_air(head)):
            continue
        verb = None
        for v in _ISSUE_VERB.finditer(body, c_start, m.start()):
            verb = v
        number = m.group("no") or m.group("tail_no") or m.group("bare_no")
        if number is None and verb is None:
            continue  # "调度令要求": a mention of the order, not its issue
        if m.group("noun") == lang.BARE_INSTRUCTION and not number:
            continue
        if verb is not None:
            name_start = verb.end()
        else:
            # No verb: the name is the run of words before "第…号" ("夏季空气质量保障第10号调度令明确").
            run = re.search(r"[\u4e00-\u9fff]{0,16}$", body[c_start:m.start()])
            name_start = c_start + run.start()
            lead = _ISSUER_LEAD.match(body, name_start)
            name_start = lead.end() if lead else name_start
        name = body[name_start:m.end("noun")].strip(_EDGE_PUNCT + common.PERFECTIVE)
        if m.group("tail"):
            name += f"({lang.NUMBER_BEFORE}{m.group('tail_no') or m.group('bare_no')}{lang.NUMBER_AFTER})"
        out.append(_Trigger(kind="named", change="start", start=name_start, end=m.end(),
                            verb_start=verb.start() if verb else None,
                            order_no=_order_no(number), name=name))
    for m in _ALERT.finditer(body):
        c_start, c_end = _bounds(body, m.start(), _CLAUSE_END)
        preceding = body[max(c_start, m.start() - 4):m.start()]
        if preceding.endswith(lang.CHANGE_FROM_WORDS) or body.startswith(lang.DURING, m.end()):
            continue
        if preceding.endswith(lang.OBJECT_MARKER) and _ANY_CHANGE.search(body, m.end(), c_end):
            continue  # "将黄色预警升级为橙色预警": the alert replaced, not the order
        # "解除1月5日12时启动的橙色预警": an alert named by its start time is that order; "此前的预警" is not.
        if preceding.endswith(common.ATTRIBUTIVE) and not _TIMED_START.search(preceding):
            continue
        lifted = _LIFT.search(body, max(c_start, m.start() - 8), m.start()) or _LIFT.match(body, m.end())
        if lifted is None and not _ISSUE_VERB.search(body, m.end(), c_end) \
                and not _verb_before(body, m.start(), c_start) and not _change_before(body, m.start()):
            lifted = _LIFT.search(body, m.end(), c_end)  # "橙色预警于1月8日12时解除"
        if lifted is not None:
            if _about_pollution(body, m.start(), m.group("qual"), article):
                lifts.append(_Lift(colour=m.group("colour"), qualifier=(m.group("qual") or "").rstrip(_OPEN) or None,
                                   start=m.start(), end=m.end(), word=lifted.start()))
            continue
        previous = None
        # (every alert ends on 预警: a clause holding none before this one holds no earlier alert)
        if body.find(lang.ALERT, c_start, m.start()) >= 0:
            for earlier in _ALERT.finditer(body, c_start, m.start()):
                previous = earlier.group("colour")
        change_word = _change_before(body, m.start())
        change = _change_kind(change_word, lang.COLOUR_RANK.get(previous or ""), lang.COLOUR_RANK.get(m.group("colour")))
        verb = change_word or _verb_before(body, m.start(), c_start)
        if change is None and verb is None:
            after = body[m.end():c_end]
            if not _ISSUE_VERB.search(after) or lang.LIFT in after or _AFTER_ISSUE.match(after):
                continue  # "蓝色预警启动后,…", "“红色预警指令”发布后1小时内": a mention
        if not _about_pollution(body, m.start(), m.group("qual"), article):
            continue
        out.append(_Trigger(kind="alert", change=change or "start", start=m.start(), end=m.end(),
                            verb_start=verb.start() if verb else None, colour=m.group("colour"),
                            qualifier=(m.group("qual") or "").rstrip(_OPEN) or None,
                            from_colour=previous if change else None))
    # (a response named by its colour, and one in brackets after 预警, end on RESPONSE_AFTER_COLOUR, whose
    # last word is 响应: a body without it holds neither, and is not tried at each colour and bracket)
    names_response = lang.RESPONSE in body
    level_responses = _RESPONSE.finditer(body) if _RESPONSE_TAIL_FROM_LEVEL.search(body) else ()
    level_alerts = _LEVEL_ALERT.finditer(body) if _LEVEL_ALERT_TAIL_FROM_LEVEL.search(body) else ()
    responses = sorted([*level_responses, *(_COLOUR_RESPONSE.finditer(body) if names_response else ()),
                        *level_alerts, *(_BRACKETED_RESPONSE.finditer(body) if names_response else ())],
                       key=lambda m: m.start())
    for m in responses:
        c_start, _ = _bounds(body, m.start(), _CLAUSE_END)
        if lang.LIFT in body[max(c_start, m.start() - 8):m.start()] or body.startswith(lang.DURING, m.end()):
            continue
        earlier_level = None
        for earlier in responses:
            if c_start <= earlier.start() < m.start():
                earlier_level = _response_level(earlier)
        change_word = _change_before(body, m.start())
        change = _change_kind(change_word, _level_rank(earlier_level), _level_rank(_response_level(m)))
        verb = change_word or _verb_before(body, m.start(), c_start) or _RESCHEDULED.match(body, m.end())
        if verb is None:
            continue
        if not _about_pollution(body, m.start(), m.group("qual"), article):
            continue
        printed_colour = _COLOUR_IN.search(m.group())
        out.append(_Trigger(kind="response", change=change or "start", start=m.start(), end=m.end(),
                            verb_start=verb.start() if verb else None, response=_response_name(m),
                            qualifier=_qualifier(m.group("qual")),
                            colour=printed_colour.group() if printed_colour else None))
    for m in _BARE_CHANGE.finditer(body):
        c_start, c_end = _bounds(body, m.start(), _CLAUSE_END)
        s_start, _ = _bounds(body, m.start(), _SENTENCE_END)
        if lang.ALERT not in body[s_start:m.start()] or any(t.start <= m.start("colour") < t.end for t in out):
            continue
        if not _about_pollution(body, m.start(), None, article):
            continue
        word = _ANY_CHANGE.search(body, m.end("from"), m.start("colour"))
        change = _change_kind(word, lang.COLOUR_RANK[m.group("from")], lang.COLOUR_RANK[m.group("colour")])
        qualifier = _QUALIFIED_ALERT.search(body, s_start, m.start())  # "重污染天气预警由黄色…"
        out.append(_Trigger(kind="alert", change=change or "upgrade", start=m.start(), end=m.end(),
                            verb_start=m.start(), colour=m.group("colour"),
                            qualifier=qualifier.group("qual") if qualifier else None, from_colour=m.group("from")))
    # (every match holds ALERT_GRADE, whose words are 预警 and a grade noun: most bodies hold none, and
    # the pattern, led by optional words, is not tried at each of their qualifiers)
    level_changes = _LEVEL_CHANGE.finditer(body) if any(w in body for w in _ALERT_GRADE_WORDS) else ()
    for m in level_changes:
        # "全市重污染天气应急预警等级升级为橙色": a change that names only the new colour.
        if any(t.start <= m.start("colour") < t.end for t in out):
            continue
        if not _about_pollution(body, m.start(), m.group("qual"), article):
            continue
        word = _ANY_CHANGE.match(body, m.start("word"))
        change = "downgrade" if _DOWNGRADE.fullmatch(word.group()) else "upgrade"
        out.append(_Trigger(kind="alert", change=change, start=m.start(), end=m.end(), verb_start=m.start(),
                            colour=m.group("colour"), qualifier=_qualifier(m.group("qual"))))
    out = [t for t in out if not _in_title_marks(body, t.start) and not _no_issue(body, t)]
    lifts = [x for x in lifts if not _in_title_marks(body, x.start)]
    return sorted(out, key=lambda t: t.start), lifts


def _group(body: str, triggers: list[_Trigger]) -> list[_Order]:
    """Triggers of one sentence make one order; an upgrade or downgrade starts its own."""
    orders: list[_Order] = []
    for t in triggers:
        sentence = _bounds(body, t.start, _SENTENCE_END)
        current = orders[-1] if orders else None
        # "发布红色预警,并将Ⅱ级应急响应升级为Ⅰ级": the alert issued with the response it raises is one order.
        joins_alert = t.kind == "response" and current is not None and current.first("alert") is not None \
            and current.change == "start"
        if current is not None and current.sentence == sentence and current.first(t.kind) is None \
                and (t.change == "start" or (t.kind == "response" and current.change == t.change) or joins_alert):
            current.triggers.append(t)
            continue
        orders.append(_Order(triggers=[t], sentence=sentence))
    return orders


_LEADING_SKIPPED = _EDGE_PUNCT + lang.TIME_PLACE_PREPOSITIONS  # (joined once, not at each character)


def _strip_leading_dates(body: str, start: int, end: int, exprs: list[TimeExpression]) -> int:
    moved = True
    while moved:
        moved = False
        while start < end and body[start] in _LEADING_SKIPPED:
            start += 1
        for e in exprs:
            if e.start_char == start and e.end_char <= end:
                start = e.end_char
                moved = True
    return start


def _issuer_in(segment: str) -> re.Match | None:
    lead = _ISSUER_LEAD.match(segment)
    if lead is not None and lead.group() in lang.BASIS_WORDS:
        return None  # "按照省办公室要求,…": the body whose request the decision follows, not its issuer
    m = _ISSUER.match(segment, lead.end() if lead else 0)
    if m is not None and m.group("org").startswith(lang.ADDRESSEE_LEADS):
        return None  # "各区(市)县政府(管委会),相关部门:": whom a notice is addressed to
    return m


def _issuer(body: str, order: _Order, exprs: list[TimeExpression]) -> tuple[str | None, int | None]:
    """The body named at the head of a clause before the order's first verb ("…办公室决定", "…发布")."""
    limit = min([t.verb_start for t in order.triggers if t.verb_start is not None] + [order.start])
    clause_end = limit
    while clause_end > order.sentence[0]:
        begin = _bounds(body, clause_end - 1, _CLAUSE_END)[0] if clause_end > 0 else 0
        begin = max(begin, order.sentence[0])
        start = _strip_leading_dates(body, begin, clause_end, exprs)
        stop = clause_end
        # Dates and connectives between the issuer and its verb ("决定自12月1日12时起启动") are cut.
        for e in exprs:
            if start < e.start_char < stop:
                stop = e.start_char
                break
        m = _issuer_in(body[start:stop])
        if m is not None:
            return m.group("org"), start + m.start("org")
        clause_end = begin - 1
    return None, None


def _issued_on(body: str, order: _Order, exprs: list[TimeExpression]) -> tuple[date | None, tuple[int, int] | None]:
    """The day before a publishing verb ("7月28日下午,…办公室发布", "…办公室11月30日16时发布").
    ``exprs`` holds no forecast's time (_orders_of leaves them out): none is asked again here."""
    verb_starts = [t.verb_start for t in order.triggers if t.verb_start is not None]
    limit = min(verb_starts + [order.start])
    candidates = [e for e in exprs if order.sentence[0] <= e.start_char and e.end_char <= limit
                  and e.kind == "point" and e.start is not None and e.granularity in _DAY_GRAINS
                  and not _BASIS.search(body, max(0, e.start_char - 3), e.start_char)
                  and not _START_AFTER.match(body, e.end_char)]
    if not candidates:
        return None, None
    e = candidates[-1]
    verb_is_publishing = any(_PUBLISH_VERB.match(body, v) for v in verb_starts)
    if e.granularity in _CLOCK_GRAINS - {"part_of_day"} and not verb_is_publishing:
        return None, None  # "于12月1日18时启动": the start, not the issue
    return e.start.date(), (e.start_char, e.end_char)


def _speaks_of_period(body: str, e: TimeExpression) -> bool:
    """A later sentence gives an order's period only when the time's clause, or the one before it,
    speaks of one ("预警时间为…", "调度令明确,8月3日0时至…"), not of the weather ("经研判,18日午后至19日,
    空气质量转好")."""
    s_start, _ = _bounds(body, e.start_char, _SENTENCE_END)
    c_start, c_end = _bounds(body, e.start_char, _CLAUSE_END)
    before = _bounds(body, c_start - 1, _CLAUSE_END)[0] if c_start > s_start else c_start
    return bool(_PERIOD_CUE.search(body, max(before, s_start), c_end))


def _is_forecast(body: str, e: TimeExpression) -> bool:
    """"预计12月11日至13日", "未来两天", "12月28日至30日大气污染仍将持续": a forecast's time (or the
    conditions'), not the order's; nor is the time a rescheduling replaces ("由12月26日12时调整为…")."""
    if _FORECAST_TEXT.match(e.text) or _FORECAST.search(body, max(0, e.start_char - 8), e.start_char):
        return True
    if _REPLACED_TIME_BEFORE.search(body, max(0, e.start_char - 8), e.start_char) and _REPLACED_TIME_AFTER.match(body, e.end_char):
        return True  # "启动时间由12月26日12时调整为…": the time replaced, no longer the order's
    c_start, c_end = _bounds(body, e.start_char, _CLAUSE_END)
    if _BARE_TIME_CLAUSE.fullmatch(body, c_start, e.start_char) and _BARE_TIME_TAIL.fullmatch(body, e.end_char, c_end) \
            and c_end < len(body) and body[c_end] in common.COMMAS:
        # "2月23日起,我市将经历一轮重度污染过程": a clause of a bare time speaks of the clause after it.
        c_end = _bounds(body, c_end + 1, _CLAUSE_END)[1]
    return bool(_CONDITIONS.search(body, e.end_char, c_end)) and not _ANY_TRIGGER_WORD.search(body, c_start, c_end)


def _is_status_cutoff(body: str, e: TimeExpression) -> bool:
    """"截至11月13日18时,甲、乙两市已发布黄色预警": a time that is a clause of its own, heading a
    sentence that reports what was already done by then; it dates a tally, not an order's start."""
    if e.kind != "until" or not _STATUS_CUTOFF.match(e.text):
        return False
    c_end = heads_its_clause(body, e.start_char, e.end_char, _CLAUSE_END, common.COMMAS)
    if c_end is None:
        return False
    s_end = _bounds(body, e.start_char, _SENTENCE_END)[1]
    return _ALREADY.search(body, c_end + 1, s_end) is not None


def _publisher(body: str, order: _Order, exprs: list[TimeExpression]) -> tuple[str | None, int | None]:
    """"1月5日,市…办公室发布通知,…。…经市政府研究决定,我市于…启动…": the body at the head of a clause
    of the order's paragraph, before its sentence, that put out a notice (the nearest such clause)."""
    paragraph_start = body.rfind("\n", 0, order.sentence[0]) + 1
    found = None
    clause_start = paragraph_start
    for mark in _CLAUSE_END.finditer(body, paragraph_start, order.sentence[0]):
        start = _strip_leading_dates(body, clause_start, mark.start(), exprs)
        clause = body[start:mark.start()]
        m = _issuer_in(clause)
        if m is not None and _PUBLISHED_DOCUMENT.match(clause, m.end("org")):
            found = (m.group("org"), start + m.start("org"))
        clause_start = mark.end()
    return found if found else (None, None)


def _approval(body: str, order: _Order) -> tuple[str | None, int | None]:
    """"经市政府同意,决定…": the approving body named in the order's sentence before its trigger."""
    found = None
    for m in _APPROVAL.finditer(body, order.sentence[0], order.start):
        found = m
    return (found.group("org"), found.start("org")) if found else (None, None)


def _several_cities(body: str, trigger: _Trigger, article: Article) -> bool:
    """"甲市、乙市、丙市将于…启动黄色预警": several cities' joint order, which is no order of the paper's
    city unless the list names it ("我市") ."""
    c_start, _ = _bounds(body, trigger.start, _CLAUSE_END)
    # A list of cities holds its commas ("甲市、乙市、丙市") or counts them ("等5个城市"); the pattern,
    # led by a class of ideographs, would be tried at each character of a clause holding neither.
    if all(body.find(mark, c_start, trigger.start) < 0 for mark in lang.SEVERAL_CITIES_MARKS):
        return False
    for m in _SEVERAL_CITIES.finditer(body, c_start, trigger.start):
        if not _OWN_CITY.search(m.group()):
            return True
    return False


def _names_masked(body: str) -> str:
    """The body with the dates that belong to names blanked (offsets kept): a document title in book-title
    marks ("《应急预案(2018年修订)》") and the years of an order's name ("2025—2026年秋冬季…调度令"), so
    that they are neither periods nor lend their year to the dates after them; and a web page's
    publication stamp run into the text ("2023-01-05 10:12来源:…"), which dates the page, not the order."""
    chars: list[str] | None = None  # the body's characters, copied at the first date to blank
    # (the year and stamp patterns open on digits, where the engine cannot skip ahead: tried at every
    # character of the body, they cost more than its date scan's search. Each asked only of a body
    # holding what every match of it holds: a name's noun, a colon.)
    patterns = [_TITLE_MARKS]
    if _NAME_NOUN.search(body) is not None:
        patterns.append(_YEAR_OF_NAME)
    if any(colon in body for colon in _PAGE_STAMP_COLONS):
        patterns.append(_PAGE_STAMP)
    for pattern in patterns:
        for m in pattern.finditer(body):
            start, end = m.span("masked") if m.group("masked") is not None else m.span("labelled")
            if chars is None:
                chars = list(body)
            chars[start:end] = common.MASK * (end - start)
    return body if chars is None else "".join(chars)


def _is_daily(body: str, e: TimeExpression) -> bool:
    if e.kind == "recurring":
        return True
    return bool(_DAILY.search(body, max(0, e.start_char - 4), e.start_char)) or not _DAY_MARK.search(e.text)


def _assign(body: str, orders: list[_Order], exprs: list[TimeExpression]) -> dict[int, list[TimeExpression]]:
    """Each order's candidate period expressions: those of its sentence that fall to its triggers."""
    out: dict[int, list[TimeExpression]] = {i: [] for i in range(len(orders))}
    for e in exprs:
        if e.kind == "vague" or _is_daily(body, e):
            continue
        mine = [i for i, o in enumerate(orders) if o.sentence[0] <= e.start_char < o.sentence[1]]
        if not mine:
            continue
        chosen = mine[-1]
        for i in mine:
            if orders[i].start > e.start_char:
                # Before this order's trigger: its own if no clause break lies between them.
                gap = body[e.end_char:orders[i].start]
                previous = [j for j in mine if j < i and orders[j].end <= e.start_char]
                chosen = i if (not previous or not re.search(rf"[{common.COMMAS}{common.SEMICOLONS}]", gap)) else previous[-1]
                break
        out[chosen].append(e)
    return out


def _moved_before(move: re.Pattern, body: str, e: TimeExpression) -> bool:
    """The text moves a start or end to this time (``move`` ends right before it)."""
    return move.search(body, max(0, e.start_char - _MOVE_REACH), e.start_char) is not None

def _period(body: str, order: _Order, exprs: list[TimeExpression]) -> None:
    """Fill starts_at/ends_at from the order's expressions (the issue date excluded); a time a start
    or an end word follows speaks before a bare hour ("3月6日14时暂停,3月9日18时重新启动")."""
    def rank(e: TimeExpression) -> int:
        """-1: the start of the response; 0: a start or an end the text marks; 1: the hour of publishing ("自14日12时发布预警,14时启动
        响应": the response's start is the order's); 2: a bare hour."""
        if _RESPONSE_START_AFTER.match(body, e.end_char):
            return -1
        if _START_AFTER.match(body, e.end_char) or _END_AFTER.match(body, e.end_char) \
                or _moved_before(_NEW_END_BEFORE, body, e) \
                or _moved_before(_NEW_START_BEFORE, body, e):
            return 0
        if _PUBLISH_AFTER.match(body, e.end_char):
            return 1
        return 0 if e.kind != "point" or _ISSUE_VERB.match(body, e.end_char) else 2
    for e in sorted(exprs, key=rank):
        if order.issued_span is not None and e.start_char == order.issued_span[0]:
            continue
        if e.granularity not in _DAY_GRAINS:
            continue  # "今年以来": a year is no order's period
        if e.kind in ("point", "until") and _moved_before(_NEW_START_BEFORE, body, e):
            # "启动时间由A提前至B": B is the new start, though "至B" reads as an end.
            order.starts_at = order.starts_at or (e.end if e.kind == "until" else e.start)
        elif e.kind == "range":
            order.starts_at = order.starts_at or e.start
            order.ends_at = order.ends_at or e.end
        elif e.kind == "since" and _END_AFTER.match(body, e.end_char):
            order.ends_at = order.ends_at or e.start  # "从12月18日18时起解除"
        elif e.kind == "since":
            order.starts_at = order.starts_at or e.start
        elif e.kind == "until" and e.end_char <= order.start:
            # "于1月28日8时前,将橙色预警提升至红色预警": a deadline to act is when the order starts.
            order.starts_at = order.starts_at or e.end
        elif e.kind == "until":
            order.ends_at = order.ends_at or e.end
        elif e.kind == "point" and (_END_AFTER.match(body, e.end_char)
                                    or _moved_before(_NEW_END_BEFORE, body, e)):
            order.ends_at = order.ends_at or (e.start if e.granularity in _CLOCK_GRAINS else e.end)
        elif e.kind == "point" and (_START_AFTER.match(body, e.end_char)
                                    or _ISSUE_VERB.match(body, e.end_char)
                                    or e.granularity in _CLOCK_GRAINS):
            order.starts_at = order.starts_at or e.start
        else:
            continue
        order.period_spans.append((e.start_char, e.end_char))


def _following_sentences(body: str, sentence: tuple[int, int], limit: int | None = None) -> tuple[int, int]:
    """The next sentences of the trigger's paragraph (where "预警时间为…" often stands)."""
    para_end = body.find("\n", sentence[1])
    para_end = len(body) if para_end < 0 else para_end
    end = sentence[1]
    for _ in range(_FOLLOWING_SENTENCES):
        if end >= para_end:
            break
        m = _SENTENCE_END.search(body, end + 1)
        end = min(m.start() if m else len(body), para_end)
    return sentence[1], end if limit is None else min(end, limit)


def _pollutant_name(m: re.Match) -> str:
    return lang.POLLUTANTS.get(m.group(), lang.POLLUTANTS.get(m.group().upper(), m.group()))


def _pollutant(body: str, sentence: tuple[int, int], region_end: int) -> str | None:
    """The pollutant the order targets: named in its sentence, else in the nearest sentence of the
    article that is not a statistic ("PM2.5年均浓度下降3.8%" reports, it does not target)."""
    if not _names_pollutant(body):
        return None  # (most bodies: then no sentence of it need be searched, nor the sentences split)
    m = _POLLUTANT.search(body, sentence[0], sentence[1])
    if m is not None:
        return _pollutant_name(m)
    after = [(0, s) for s in _sentences(body, sentence[1], region_end)]
    before = [(1, s) for s in reversed(_sentences(body, 0, sentence[0]))]
    for _, (start, end) in after + before:
        if _STATISTIC.search(body, start, end):
            continue
        m = _POLLUTANT.search(body, start, end)
        if m is not None:
            return _pollutant_name(m)
    return None


@lru_cache(maxsize=16)
def _names_pollutant(body: str) -> bool:
    """Whether the body names a pollutant anywhere. _POLLUTANT is an alternation of words and
    nothing else (no anchor, no lookaround), so a search of any stretch of the body finds one only
    if this does; asked once per body (an order's pollutant may be looked for in every sentence)."""
    if _POLLUTANT_HAN.search(body) is not None:
        return True
    latin = _POLLUTANT_LATIN_FIRST.search(body)
    return latin is not None and _POLLUTANT.search(body, latin.start()) is not None


def _sentences(body: str, begin: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = begin
    while pos < end:
        m = _SENTENCE_END.search(body, pos, end)
        stop = m.start() if m else end
        if stop > pos:
            out.append((pos, stop))
        pos = stop + 1
    return out


def _measure_text(clause: str) -> str:
    """A clause without its lead-ins: an introducing "…措施:", list numbering, "调度令还要求,"."""
    colon = re.search(rf"[{common.COLONS}]", clause)
    if colon and _MEASURE_INTRO.search(clause, 0, colon.start()):
        clause = clause[colon.end():]
    clause = clause.strip(_EDGE_PUNCT)
    clause = clause[_MEASURE_NUMBERING.match(clause).end():] if _MEASURE_NUMBERING.match(clause) else clause
    clause = clause[_MEASURE_LEAD.match(clause).end():].strip(_EDGE_PUNCT)
    during = _DURING_LEAD.match(clause)
    clause = clause[during.end():].strip(_EDGE_PUNCT) if during else clause
    numbering = _MEASURE_NUMBERING.match(clause)
    clause = clause[numbering.end():].strip(_EDGE_PUNCT) if numbering else clause
    # "在确保安全生产的前提下,…", "根据《应急预案》,…": framing, not the action.
    framing = _FRAMING_LEAD.match(clause)
    while framing is not None and framing.end() > 0:
        clause = clause[framing.end():].strip(_EDGE_PUNCT)
        framing = _FRAMING_LEAD.match(clause)
    return clause


def _during_owner(clause: str, orders: list[_Order], default: int | None) -> int | None:
    """The order a clause's "橙色预警期间" / "Ⅱ级响应期间" names (the latest so named), or default."""
    m = _DURING.search(clause)
    if m is None:
        return default
    for i in range(len(orders) - 1, -1, -1):
        alert, response = orders[i].first("alert"), orders[i].first("response")
        if m.group("colour") and alert is not None and alert.colour == m.group("colour"):
            return i
        if m.group("level") and response is not None and response.response.startswith(m.group("level")):
            return i
    return default


def _owned_measures(body: str, orders: list[_Order], evidence_ends: list[int],
                    lift_sentences: list[tuple[int, int]]) -> list[tuple[str, ...]]:
    """The measures of each order: the control clauses after its statement, up to the next order or
    lift, except that "橙色预警期间,…" belongs to the orange alert wherever it stands and what
    follows "预警解除后" to none."""
    out: list[list[str]] = [[] for _ in orders]
    # (where a stretch begins, whose its clauses are by default, where its own statement ends, and
    # where measures start inside that statement: after a colon right behind the order's name,
    # "全市发布空气重污染橙色预警:停止室外喷涂,…", else None)
    stretches: list[tuple[int, int | None, int, int | None]] = []
    for i, order in enumerate(orders):
        stated_end = max(order.sentence[1], evidence_ends[i])
        own_end = _bounds(body, max(stated_end - 1, 0), _SENTENCE_END)[1]
        colon = _COLON_AFTER_NAME.match(body, order.end)
        stretches.append((order.sentence[0], i, own_end, colon.end() if colon and colon.end() < own_end else None))
    stretches += [(start, None, end, None) for start, end in lift_sentences]
    stretches.sort(key=lambda x: x[0])
    if not stretches:
        return []
    # (sorted by where they begin, those begun by a position are a prefix: the last of them is found by
    # bisection; the first begins where the reading starts, so there is always one)
    stretch_starts = [x[0] for x in stretches]
    current: tuple[int, int | None, int, int | None] | None = None
    owner: int | None = None
    pos = stretches[0][0]
    while pos < len(body):
        m = _MEASURE_END.search(body, pos)
        stop = m.start() if m else len(body)
        start, raw = pos, body[pos:stop].strip()
        pos = stop + 1
        here = stretches[bisect_right(stretch_starts, start) - 1]  # the last stretch begun by start
        if here is not current:
            current, owner = here, here[1]
        if start < current[2]:
            listed = current[3]
            if listed is None or not start <= listed < stop:
                continue  # the order's own statement
            raw = body[listed:stop].strip()  # the measures its statement lists after a colon
        if _AFTER_LIFT.search(raw):
            owner = None
        elif lang.DURING in raw and _DURING.search(raw):  # (every match ends in 期间: most clauses hold none)
            owner = _during_owner(raw, orders, current[1])
        clause = raw.strip(_EDGE_PUNCT)
        if owner is None or not clause or not _MEASURE.search(clause) or raw.endswith(tuple(common.COLONS)):
            continue  # "全市实施以下措施:" introduces the measures and is none of them
        clause = _measure_text(clause)
        if clause and _MEASURE.search(clause) and not _MEASURE_ENDED.search(clause) and clause not in out[owner]:
            out[owner].append(clause)
    return [tuple(x) for x in out]


def _signature(body: str, base: datetime, trailer: str = "") -> tuple[str | None, date | None]:
    """The signer and date of a printed notice: its last lines "太原市重污染天气应急指挥部 / 2023年11月30日"
    (blank lines between them do not matter), or, where the page layout set them apart from the body,
    the first two lines after it (the trailer), which must then give both."""
    signer, signed_on = _signed(_last_lines(body.rstrip(), 2), base)
    if signed_on is None and trailer and _DAY_IN_TEXT.search(trailer):
        lines = [line for line in (x.strip(_EDGE_PUNCT) for x in trailer.split("\n")) if line][:2]
        signer, signed_on = _signed(lines, base)
        if signer is None:
            return None, None
    return signer, signed_on


def _last_lines(text: str, count: int) -> list[str]:
    """The last ``count`` lines of ``text`` not empty once stripped of edge punctuation, stripped, in
    order: read back from the end (a body's other lines are neither split off nor stripped)."""
    lines: list[str] = []
    stop = len(text)
    while len(lines) < count:
        nl = text.rfind("\n", 0, stop)
        line = text[nl + 1:stop].strip(_EDGE_PUNCT)
        if line:
            lines.insert(0, line)
        if nl < 0:
            break
        stop = nl
    return lines


def _signed(lines: list[str], base: datetime) -> tuple[str | None, date | None]:
    """(signer, date) from a signature's lines: a day date last, the body's name above it."""
    if not lines or len(lines[-1]) > _MAX_DATE_LINE or not _DAY_IN_TEXT.search(lines[-1]):
        return None, None
    signed = parse_date(lines[-1], base)
    if signed is None or signed.kind != "point" or signed.granularity != "day" or signed.start is None:
        return None, None
    signer = None
    if len(lines) >= 2:
        m = _ISSUER_LINE.fullmatch(lines[-2])
        signer = m.group() if m else None
    return signer, signed.start.date()


def _daily_hours(body: str, begin: int, end: int, exprs: list[TimeExpression]) -> tuple[str, ...]:
    out: list[str] = []
    for e in exprs:
        if not begin <= e.start_char < end:
            continue
        # A date grammar that reads "每日8时至17时" as a recurring window gives its rule directly.
        rule = getattr(e, "recurrence", None)
        if e.kind == "recurring" and rule and rule.get("from") and rule.get("to"):
            window = f"{rule['from']}-{rule['to']}"
            if window not in out:
                out.append(window)
            continue
        if e.kind != "range" or e.start is None or e.end is None:
            continue
        if not _DAILY.search(body, max(begin, e.start_char - 4), e.start_char):
            continue
        stop = "24:00" if e.end - e.start >= timedelta(hours=24) or (e.end.time() == datetime.min.time()
                                                                   and e.end > e.start) else e.end.strftime("%H:%M")
        window = f"{e.start.strftime('%H:%M')}-{stop}"
        if window not in out:
            out.append(window)
    return tuple(out)


def _name(order: _Order) -> str:
    named = order.first("named")
    if named is not None and named.name:
        return named.name
    alert = order.first("alert")
    response = order.first("response")
    qualifier = next((t.qualifier for t in order.triggers if t.qualifier), None) or lang.DEFAULT_QUALIFIER
    if alert is not None:
        return f"{qualifier}{alert.colour}{lang.ALERT}"
    if response is not None and response.colour:
        return f"{qualifier}{response.colour}({response.response})"  # "重污染天气橙色(Ⅱ级响应)"
    return f"{qualifier}{response.response}" if response is not None else qualifier


def _level(order: _Order) -> str | None:
    parts = []
    alert = order.first("alert")
    if alert is not None:
        parts.append(f"{alert.colour}{lang.ALERT}")
    response = order.first("response")
    if response is not None:
        parts.append(response.response)
    return "/".join(parts) or None


def find_orders(article: Article, issue_date: date | None, trailer: str = "") -> list[OrderMention]:
    """Every air-quality order the article announces, in text order. ``trailer`` is the text that follows
    the article in the issue, where a notice's signature may stand apart from its body."""
    if issue_date is None:
        return []
    if not _may_be_candidate(article):
        return []
    folded = _folded(article)
    if not _is_candidate(folded):
        return []
    return _orders_of(folded, article.body, issue_date, trailer)


def _orders_of(article: Article, printed_body: str, issue_date: date, trailer: str) -> list[OrderMention]:
    """find_orders on a candidate article already folded to simplified script (``printed_body`` is its
    body as printed, whence a traditional page's issuer is read)."""
    printed = (printed_body, trailer)
    trailer = _fold_script(trailer)
    body = article.body
    triggers, lifts = _triggers(body, article)
    base = datetime(issue_date.year, issue_date.month, issue_date.day)
    headline = _headline_order(article, triggers, base)
    if headline is not None:
        triggers.insert(0, headline)
    joint = [t for t in triggers if _several_cities(body, t, article)]
    triggers = [t for t in triggers if t not in joint]
    if not _may_hold_an_order(body, triggers, lifts):
        return []  # (its dates are not read)
    all_exprs = find_dates(_names_masked(body), base)
    exprs = [e for e in all_exprs if not _is_forecast(body, e) and not _is_status_cutoff(body, e)]
    orders = _group(body, triggers)
    signer, signed_on = _signature(body, base, trailer)
    for order in orders:
        _resolve_issuer(body, order, all_exprs, signer)
        order.issued_on, order.issued_span = _issued_on(body, order, exprs)
        if order.issued_span is not None:
            e = next(x for x in exprs if (x.start_char, x.end_char) == order.issued_span)
            order.issued_at = e.start if e.granularity in ("hour", "minute") else None
        order.issued_on = order.issued_on or signed_on or _source_day(body, order, exprs)
    assigned = _assign(body, orders, exprs)
    for i, order in enumerate(orders):
        _period(body, order, assigned[i])
        if order.starts_at is None and order.ends_at is None:
            # "…发布橙色预警。预警自…起至…止": the period in the next sentences, up to the next order.
            later_orders = [o.sentence[0] for o in orders[i + 1:] if o.sentence[0] >= order.sentence[1]]
            region = _following_sentences(body, order.sentence, later_orders[0] if later_orders else None)
            later = [e for e in exprs if region[0] <= e.start_char < region[1]
                     and e.kind != "vague" and not _is_daily(body, e) and _speaks_of_period(body, e)]
            _period(body, order, later)
            if _OPEN_END.search(body, order.sentence[0], order.sentence[1]):
                order.ends_at = None  # "解除时间另行通知" outweighs a date in a later sentence
        elif order.ends_at is None and not _OPEN_END.search(body, order.sentence[0], order.sentence[1]):
            # "…12月2日20时起升级为橙色预警。预警时间为12月2日20时至12月4日24时": the end in a later sentence,
            # from a range that starts when the order does, or a stated end.
            later_orders = [o.sentence[0] for o in orders[i + 1:] if o.sentence[0] >= order.sentence[1]]
            region = _following_sentences(body, order.sentence, later_orders[0] if later_orders else None)
            ends = [e for e in exprs if region[0] <= e.start_char < region[1] and not _is_daily(body, e)
                    and ((e.kind == "range" and e.start == order.starts_at)
                         or (e.kind == "point" and _END_AFTER.match(body, e.end_char)))]
            _period(body, order, ends[:1])
    orders = _join_responses(body, orders)
    _labelled_periods(body, orders, exprs)
    for order in orders:
        if order.starts_at is None and order.issued_at is not None:
            # "市政府于3月2日15时发布重污染天气黄色预警": an alert published at an hour, with no other
            # start, is in force from that hour.
            order.starts_at = order.issued_at
    _end_replaced_alerts(orders)
    # A lift's sentence, and a joint order of other cities, end the measures of the order before them.
    lift_sentences = [_bounds(body, t.start, _SENTENCE_END) for t in joint]
    for lift in lifts:
        lifted = _apply_lift(body, lift, orders, exprs)
        if lifted is not None:
            _resolve_issuer(body, lifted, all_exprs, signer)
            orders.append(lifted)
        else:
            lift_sentences.append(_bounds(body, lift.start, _SENTENCE_END))
    orders.sort(key=lambda o: (o.sentence[0], o.start))
    # FORMAT.md: an order has an effective period; "去年共启动橙色预警3次" states none.
    orders = [o for o in _merge_repeats(orders) if o.starts_at or o.ends_at]
    out: list[dict] = []  # each mention's fields but its measures
    evidence_ends: list[int] = []
    for i, order in enumerate(orders):
        next_start = orders[i + 1].sentence[0] if i + 1 < len(orders) else len(body)
        if order.starts_at and order.ends_at and order.ends_at <= order.starts_at:
            order.ends_at = None
        named = order.first("named")
        spans = [(order.start, order.end), *order.period_spans]
        if order.issuer_start is not None:
            spans.append((order.issuer_start, order.issuer_start + len(order.issuer or "")))
        if order.issued_span is not None:
            spans.append(order.issued_span)
        begin = min(s for s, _ in spans)
        end = max(e for _, e in spans)
        # (the closing bracket after the span first: the span's brackets are counted only then)
        if any(body.startswith(c, end) and body.count(o, begin, end) > body.count(c, begin, end) for o, c in zip(_OPEN, _CLOSE)):
            end += 1  # "橙色预警(Ⅱ级应急响应)": keep the bracket closed
        evidence_ends.append(end)
        out.append(dict(
            order_no=named.order_no if named else None,
            name=_name(order),
            issuer=_as_printed(order.issuer, (body, trailer), printed),
            issued_on=order.issued_on,
            starts_at=order.starts_at,
            ends_at=order.ends_at,
            pollutant=_pollutant(body, order.sentence, next_start),
            level=_level(order),
            daily_hours=_daily_hours(body, order.sentence[0], next_start, all_exprs),
            body_start=begin,
            body_end=end,
        ))
    # (each mention made once, with its measures: they are read once every order's evidence ends)
    measures = _owned_measures(body, orders, evidence_ends, lift_sentences)
    return [OrderMention(**fields, measures=m) for fields, m in zip(out, measures)]


def _as_printed(value: str | None, folded: tuple[str, ...], printed: tuple[str, ...]) -> str | None:
    """A body's name read from a page in traditional script, as the page prints it ("濟南市環保局",
    not a mix of both scripts); the folded name where the text does not hold it verbatim."""
    if value is None:
        return None
    for f, p in zip(folded, printed):
        at = f.find(value) if f is not p else -1
        if at >= 0:
            return p[at:at + len(value)]
    return value


def _lift_time(body: str, lift: _Lift, exprs: list[TimeExpression]) -> tuple[datetime, TimeExpression] | None:
    """When a lifted alert ends: the time stated before the lifting word in its sentence."""
    s_start, _ = _bounds(body, lift.start, _SENTENCE_END)
    before = [e for e in exprs if s_start <= e.start_char and e.end_char <= lift.word
              and e.kind in ("point", "until") and not _is_daily(body, e)]
    if not before:
        return None
    e = before[-1]
    if e.kind == "until":
        return (e.end, e) if e.end else None
    if e.start is None or e.end is None:
        return None
    return (e.start if e.granularity in _CLOCK_GRAINS else e.end), e


def _may_hold_an_order(body: str, triggers: list[_Trigger], lifts: list[_Lift]) -> bool:
    """False when the body holds no order whatever its dates say: with no trigger (a joint order of
    other cities is none), only a lift can make one, and only a lift whose next sentence names the
    alert (where its start is stated, :func:`_apply_lift`); most lifts a page prints stand alone
    ("…于3月15日0时解除重污染橙色预警。")."""
    return bool(triggers) or any(
        _sentence_naming_alert_after(body, _bounds(body, lift.start, _SENTENCE_END)) is not None for lift in lifts)


def _sentence_naming_alert_after(body: str, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The bounds of the sentence after ``sentence`` (across a paragraph break too), if it names an
    alert ("该预警自1月5日12时起实施"): where a lifted alert's start may be stated."""
    region = _following_sentences(body, sentence)
    following = _bounds(body, min(region[1], sentence[1] + 1), _SENTENCE_END)
    return following if lang.ALERT in body[following[0]:following[1]] else None


def _apply_lift(body: str, lift: _Lift, orders: list[_Order], exprs: list[TimeExpression]) -> _Order | None:
    """A lifted alert ends the open order of its colour announced before it; failing one, the next
    sentence may say when it started ("…于1月8日12时解除橙色预警。该预警自1月5日12时起实施"), which
    makes it an order of its own, returned."""
    found = _lift_time(body, lift, exprs)
    if found is None:
        return None
    ends_at, end_expr = found
    for order in reversed(orders):
        alert = order.first("alert")
        if order.start < lift.start and alert is not None and alert.colour == lift.colour:
            if order.ends_at is None and order.starts_at is not None and order.starts_at < ends_at:
                order.ends_at = ends_at
            return None
    sentence = _bounds(body, lift.start, _SENTENCE_END)
    next_sentence = _sentence_naming_alert_after(body, sentence)
    if next_sentence is None:
        return None
    for e in exprs:
        if not next_sentence[0] <= e.start_char < next_sentence[1] or e.start is None or _is_daily(body, e):
            continue
        if e.kind in ("since", "range") or (e.kind == "point" and (
                _START_AFTER.match(body, e.end_char) or _ISSUE_VERB.match(body, e.end_char))):
            if e.start >= ends_at:
                return None
            trigger = _Trigger(kind="alert", change="start", start=lift.start, end=lift.end, verb_start=None,
                               colour=lift.colour, qualifier=lift.qualifier)
            order = _Order(triggers=[trigger], sentence=sentence, starts_at=e.start, ends_at=ends_at,
                           period_spans=[(end_expr.start_char, end_expr.end_char), (e.start_char, e.end_char)])
            return order
    return None


def _resolve_issuer(body: str, order: _Order, exprs: list[TimeExpression], signer: str | None) -> None:
    """The body that decides or publishes the order: named in its sentence (in its full form when the
    notice's signature gives one: "市重污染天气应急指挥部" signed "邯郸市重污染天气应急指挥部"), else the
    signer of the printed notice, else the body its paragraph says put out a notice before the order's
    sentence, else the body whose approval the sentence cites, else the report's source."""
    issuer, start = _issuer(body, order, exprs)
    approver, approver_start = _approval(body, order)
    # The publisher (a search of every clause of the paragraph before the sentence) is read only when
    # it can decide: when the sentence's body is the approver, or when the sentence and the signature
    # name none. Half the orders name their issuer in their sentence and stop before it.
    publisher = publisher_start = None
    publisher_read = False
    if issuer is not None and (issuer, start) == (approver, approver_start):
        publisher, publisher_start = _publisher(body, order, exprs)
        publisher_read = True
        if publisher is not None:
            # "经市政府研究决定,我市…": the sentence's only body approves; the notice's publisher issues.
            issuer = None
    if issuer is not None:
        if signer is not None and signer != issuer and signer.endswith(issuer.removeprefix(lang.CITY_PREFIX)):
            issuer, start = signer, None
        elif start is not None:
            full = _full_name_of_short(body, issuer, start, approver)
            if full is not None:
                issuer, start = full, None
        order.issuer, order.issuer_start, order.issuer_rank = issuer, start, _ISSUER_RANKS["sentence"]
        return
    if signer is not None:
        order.issuer, order.issuer_start, order.issuer_rank = signer, None, _ISSUER_RANKS["signer"]
        return
    if not publisher_read:
        publisher, publisher_start = _publisher(body, order, exprs)
    if publisher is not None:
        order.issuer, order.issuer_start, order.issuer_rank = publisher, publisher_start, _ISSUER_RANKS["publisher"]
    elif approver is not None:
        order.issuer, order.issuer_start, order.issuer_rank = approver, approver_start, _ISSUER_RANKS["approval"]
    else:
        source = _source(body, order)
        order.issuer, order.issuer_start = source, None
        order.issuer_rank = _ISSUER_RANKS["source"] if source else 0


def _full_name_of_short(body: str, issuer: str, start: int, approver: str | None) -> str | None:
    """"…,北岭市大气治理指挥部办公室发布通知,…。经…批准,指挥部办公室于…发布…": a body the
    sentence names by its bare head is the full body named before it in the article, else the office of
    the approving body whose name ends with that head ("经北岭市…指挥部同意,指挥部办公室…")."""
    head = next((h for h in sorted(lang.BARE_BODY_HEADS, key=len, reverse=True) if issuer.startswith(h)), None)
    if head is None:
        return None
    found = None
    for m in re.finditer(rf"(?:^|(?<=[{lang.BODY_NAME_OPENERS}]))[\u4e00-\u9fff]{{1,16}}?{re.escape(issuer)}", body[:start]):
        found = m.group()
    if found is not None:
        lead = _ISSUER_LEAD.match(found)
        return found[lead.end():] if lead else found
    if approver is not None and approver.endswith(head) and len(approver) > len(head):
        return approver + issuer[len(head):]
    return None


def _source_match(body: str, order: _Order) -> re.Match | None:
    paragraph_start = body.rfind("\n", 0, order.sentence[0]) + 1
    found = None
    for m in _SOURCE.finditer(body, paragraph_start, order.start):
        found = m
    return found


def _source(body: str, order: _Order) -> str | None:
    """The body a report names as its source ("记者从市重污染天气应急指挥部办公室获悉"), when the order
    itself is issued by "我市": the nearest such source before the order in its paragraph."""
    found = _source_match(body, order)
    return found.group("org") if found else None


def _source_day(body: str, order: _Order, exprs: list[TimeExpression]) -> date | None:
    """"12月31日,记者从…获悉,…决定于1月1日零时启动…": the day the source made the order known."""
    found = _source_match(body, order)
    if found is None:
        return None
    for e in exprs:
        if e.kind == "point" and e.granularity == "day" and e.start is not None and e.end_char <= found.start() \
                and _SOURCE_DAY_GAP.fullmatch(body, e.end_char, found.start()):
            return e.start.date()
    return None


def _end_replaced_alerts(orders: list[_Order]) -> None:
    """An alert upgraded or downgraded ("将黄色预警升级为橙色预警") ends when its successor starts; a
    change that does not say from what ("12月2日起升级为橙色预警") replaces the latest open alert."""
    for change in orders:
        alert = change.first("alert")
        if alert is None or change.change == "start" or change.starts_at is None:
            continue
        for earlier in reversed(orders[:orders.index(change)]) if alert.from_colour is None else orders:
            replaced = earlier.first("alert")
            if earlier is change or replaced is None:
                continue
            if alert.from_colour is not None and replaced.colour != alert.from_colour:
                continue
            if earlier.ends_at is None and earlier.starts_at is not None and earlier.starts_at < change.starts_at:
                earlier.ends_at = change.starts_at
            if alert.from_colour is None:
                break


def _labelled_periods(body: str, orders: list[_Order], exprs: list[TimeExpression]) -> None:
    """A printed notice's labelled lines, wherever they stand: "指令执行时间:A至B" gives its period to the
    order before it that states none, "本次橙色预警拟定解除时间为B" its end to the order (of that colour)
    before it that states none."""
    for e in exprs:
        label = _PERIOD_LABEL.search(body, max(0, e.start_char - 12), e.start_char)
        if label is None or label.end() != e.start_char or e.start is None:
            continue
        before = [o for o in orders if o.end <= label.start()]
        sentence = _bounds(body, e.start_char, _SENTENCE_END)
        colour = _ALERT.search(body, sentence[0], label.start())
        if colour is not None:
            before = [o for o in before if (o.first("alert") and o.first("alert").colour == colour.group("colour"))]
        if label.group("end"):
            owner = next((o for o in reversed(before) if o.ends_at is None and o.starts_at is not None), None)
            if owner is None or e.kind != "point":
                continue
            owner.ends_at = e.start if e.granularity in _CLOCK_GRAINS else e.end
        else:
            owner = next((o for o in reversed(before) if o.starts_at is None and o.ends_at is None), None)
            if owner is None or e.kind not in ("range", "since"):
                continue
            owner.starts_at, owner.ends_at = e.start, e.end if e.kind == "range" else None
        owner.period_spans.append((e.start_char, e.end_char))


def _headline_order(article: Article, triggers: list[_Trigger], base: datetime) -> _Trigger | None:
    """A printed order whose number and name are its headline ("秋冬季大气污染防治调度令(第1号)") and
    whose body gives its period ("…决定,12月1日0时至12月3日24时,全市…"): the trigger stands at the
    first period the body states, the name and number come from the headline."""
    for head in filter(None, (article.title, article.subtitle)):
        m = None
        for found in _NAMED_ORDER.finditer(head):
            if found.group("no") or found.group("tail_no") or found.group("bare_no"):
                m = found
                break
        if m is None or not (_names_air(head) or _names_air(article.body)):
            continue
        number = m.group("no") or m.group("tail_no") or m.group("bare_no")
        name = _HEADLINE_LEAD.sub("", head[:m.end()] if m.group("no") else head[:m.end("noun")]).strip(_EDGE_PUNCT)
        name = name[name.rfind(" ") + 1:]  # "我市发布第3号调度令" reads from the verb on
        name = name[_ISSUE_VERB.search(name).end():] if _ISSUE_VERB.search(name) else name
        if m.group("tail"):
            name += f"({lang.NUMBER_BEFORE}{number}{lang.NUMBER_AFTER})"
        named = [t for t in triggers if t.kind == "named"]
        if named:
            # "市大气办昨日发布调度令,明确…" under the headline "…第3号调度令": the headline numbers it.
            bare = [t for t in named if t.order_no is None and t.name and t.name.endswith(m.group("noun"))]
            if len(named) == 1 and bare:
                bare[0].order_no = _order_no(number)
                bare[0].name = name if len(name) >= len(bare[0].name) else bare[0].name
            return None
        body = article.body
        for e in find_dates(_names_masked(body), base):
            if e.kind in ("range", "since") and not _is_daily(body, e) and not _is_forecast(body, e):
                return _Trigger(kind="named", change="start", start=e.start_char, end=e.end_char, verb_start=None,
                                order_no=_order_no(number), name=name)
    return None


def _join_responses(body: str, orders: list[_Order]) -> list[_Order]:
    """"于11月3日17时发布橙色预警。11月4日0时启动Ⅱ级应急响应。": an alert that states no start of its
    own and the response of its level started in the next sentence are one order, from the response's
    start."""
    out: list[_Order] = []
    for order in orders:
        previous = out[-1] if out else None
        response = order.first("response")
        if previous is not None and response is not None and len(order.triggers) == 1 and order.change == "start" \
                and previous.first("alert") is not None and previous.first("response") is None \
                and previous.change == "start" and previous.starts_at is None and order.starts_at is not None \
                and _next_sentence_start(body, previous.sentence) == order.sentence[0] \
                and _level_rank(response.response) == lang.COLOUR_RANK.get(previous.first("alert").colour):
            previous.triggers.append(response)
            previous.starts_at, previous.ends_at = order.starts_at, order.ends_at
            previous.period_spans.extend(order.period_spans)
            if order.issuer_rank > previous.issuer_rank:
                previous.issuer, previous.issuer_rank, previous.issuer_start = order.issuer, order.issuer_rank, None
            continue
        out.append(order)
    return out


def _next_sentence_start(body: str, sentence: tuple[int, int]) -> int:
    pos = sentence[1] + 1
    while pos < len(body) and body[pos] in " \t\u3000\n":
        pos += 1
    return pos


def _merge_repeats(orders: list[_Order]) -> list[_Order]:
    """A later mention of an order already announced ("第10号调度令明确…") is that order: the statement
    with the fuller period stands, and takes from the other what it lacks (the better-read issuer, the
    issue day)."""
    kept: list[_Order] = []
    for order in orders:
        twin = next((k for k in kept if _same_order(k, order)), None)
        if twin is None:
            kept.append(order)
            continue
        if (_period_size(order), len(order.triggers)) > (_period_size(twin), len(twin.triggers)):
            kept[kept.index(twin)] = order
            base, other = order, twin
        else:
            base, other = twin, order
        if other.issuer_rank > base.issuer_rank:
            base.issuer, base.issuer_rank, base.issuer_start = other.issuer, other.issuer_rank, None
        if base.issued_on is None:
            base.issued_on = other.issued_on
    return kept


def _period_size(order: _Order) -> int:
    return (order.starts_at is not None) + (order.ends_at is not None)


def _periods_agree(a: _Order, b: _Order) -> bool:
    """Two statements' periods may be one order's: one states none, they are equal, or they start
    together and only one states the end ("16日20时启动" and "16日20时至21日24时")."""
    if not _period_size(a) or not _period_size(b):
        return True
    if (a.starts_at, a.ends_at) == (b.starts_at, b.ends_at):
        return True
    return a.starts_at is not None and a.starts_at == b.starts_at and (a.ends_at is None or b.ends_at is None)


def _same_order(a: _Order, b: _Order) -> bool:
    if b.change != a.change or not _periods_agree(a, b):
        return False
    na, nb = a.first("named"), b.first("named")
    if na is not None and nb is not None:
        return na.order_no == nb.order_no if na.order_no is not None else na.name == nb.name
    aa, ab = a.first("alert"), b.first("alert")
    if aa is not None and ab is not None:
        return aa.colour == ab.colour
    ra, rb = a.first("response"), b.first("response")
    return ra is not None and rb is not None and ra.response == rb.response and na is None and nb is None


def _identity(o: OrderMention):
    return o.order_no if o.order_no is not None else normalise_name(o.name)


def _restates(kept: OrderMention, new: OrderMention) -> bool:
    """Two articles' statements of one order: same order, same start, only one states the end
    ("16日20时启动红色预警" in one report, "16日20时至21日24时" in another)."""
    # (the periods first: comparing them is cheaper than normalising two names)
    return kept.starts_at is not None and kept.starts_at == new.starts_at \
        and (kept.ends_at is None) != (new.ends_at is None) and _identity(kept) == _identity(new)


def extract(issue: Issue) -> list[AirQualityOrder]:
    """One record per air-quality order the issue announces (its fullest statement)."""
    mentions: list[tuple[Article, OrderMention]] = []
    # Where the mentions of each start stand in ``mentions``, in order: a restatement has the start of
    # the mention it restates (a mention replaced by the fuller of the two keeps it), so only those
    # are asked, not every mention of the issue for every new one.
    by_start: dict[datetime, list[int]] = {}
    for article in issue.articles:
        if not _may_be_candidate(article):
            continue
        folded = _folded(article)
        if not _is_candidate(folded):
            continue  # the cue gate first: an article's dateline is read only when it may matter
        trailer = issue.text[article.char_end:article.char_end + _TRAILER_CHARS]
        base_date = issue.base_date(article)
        for o in (_orders_of(folded, article.body, base_date, trailer) if base_date is not None else []):
            same_start = by_start.get(o.starts_at, ()) if o.starts_at is not None else ()
            i = next((i for i in same_start if _restates(mentions[i][1], o)), None)
            if i is None:
                if o.starts_at is not None:
                    by_start.setdefault(o.starts_at, []).append(len(mentions))
                mentions.append((article, o))
                continue
            kept_article, kept = mentions[i]
            (where, fuller), other = ((article, o), kept) if o.ends_at is not None else ((kept_article, kept), o)
            mentions[i] = (where, dataclasses.replace(fuller, issuer=fuller.issuer or other.issuer,
                                                      issued_on=fuller.issued_on or other.issued_on))
    out: list[AirQualityOrder] = []
    seen: set[str] = set()
    for article, o in mentions:
        event_id = stable_id("aq", normalise_name(o.issuer), _identity(o), o.starts_at, o.ends_at)
        if event_id in seen:
            continue
        seen.add(event_id)
        out.append(AirQualityOrder(
            event_id=event_id,
            **issue.evidence(article, o.body_start, o.body_end),
            order_no=o.order_no,
            name=o.name,
            issuer=o.issuer,
            issued_on=o.issued_on,
            starts_at=o.starts_at,
            ends_at=o.ends_at,
            pollutant=o.pollutant,
            measures=o.measures,
            level=o.level,
            daily_hours=o.daily_hours,
        ))
    return out
