"""Meetings a body convened, as an issue reports or announces them: one row per meeting.

A mention is a clause that convenes a named meeting: "ORG召开NAME" ("市政协党组召开扩大会议…"),
"NAME(在LOC|于DATE|以视频形式)召开/举行/开幕/闭幕" ("市委十二届五次全会召开"), the same with the name
in the clause before ("NAME,于DATE在LOC召开"), a numbered session acting on the lede's date
("DATE,NAME审议通过…"), someone attending a session's ceremony ("出席NAME开幕会"), a dated sentence
set at one ("7月28日,在…研讨会现场"), or a speech printed in full ("——DATE在NAME上"). A meeting
word is one of ``lang.MEETING_NOUNS`` or, framed by a convening verb, any word in 会 (研读会, 约谈会).

Dates count from the article's own day (``Issue.base_date``: its dateline, else the issue date);
a year-less date is the nearest one, leaning forward in a clause that announces (将于/定于). An
undated report takes the day of "同日" or of the paragraph it continues; a time of day alone is
on the report's day. Years-old meetings and history columns are no meetings of the issue; a
session's 闭幕 gives its known opening an end; a row never ends before it starts.

Chairs and speakers come from role sentences (主持, 讲话, 作…报告, 某某作的关于…的报告) after the
mention in the same article, people from ``extractors.people``. Mentions of one meeting (headline
and body, several articles) merge into one record, a session and its press conference staying two;
``event_id`` is date + canonical name + venue, so a plenary called "市委十二届五次全会" in one issue
and "中共太原市委十二届五次全体会议" in another gets one id.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import Callable
from datetime import date, datetime, time, timedelta

from . import people
from .date_memo import find_dates
from .dates import TimeExpression, first_day, last_day
from .numerals import to_int
from .ids import normalise_name, stable_id
from .lang import zh_common as common
from .lang import zh_meetings as lang
from .lang.zh_people import TERM_NUMBER
from .lang import zh_air_quality, zh_notices, zh_traditional
from .records import Article, Issue, Meeting
from .patterns import CharacterFold, EndSearched, OpeningGated, PairGated, StartGated, bounds, first_characters
from .patterns import opening_characters, prefix_tree_alternation
from .script_fold import as_printed, folded_issue
from .patterns import alternation as _alternation

_TERM = re.compile(TERM_NUMBER)  # "十五届", "第十六届": a body's term in a meeting's name
__all__ = ["MeetingMention", "find_meetings", "meeting_key", "extract"]




# A bare 会 after a bracketed modifier: "常委(扩大)会".
_AFTER_BRACKETED = "|".join(
    f"(?<={re.escape(o + word + c)})" for word in lang.BRACKETED_MODIFIERS for o, c in zip(common.OPEN_BRACKETS, common.CLOSE_BRACKETS)
)
# A meeting noun, taking a following 议 ("协商会" + "议"), never part of a place or document name.
_NOUN = re.compile(
    rf"(?:{_alternation(lang.MEETING_NOUNS)}|(?<=[{lang.SESSION_COUNTERS}])(?:{_alternation(lang.ORDINAL_MEETING_NOUNS)})"
    rf"|(?:{_AFTER_BRACKETED}){lang.BARE_MEETING_WORD})"
    rf"{lang.NOUN_TAKES_YI}(?!{_alternation(lang.NOT_AFTER_NOUN)})"
)
# _NOUN searched where a meeting word can begin (its lookbehinds hide those characters from the engine),
# by its first two characters: its first ones (人, 大, 全, 工…) stand everywhere in a report, while
# the pairs (人大, 大会, 全会…) are rare. _NOUN itself stays a pattern, for the patterns built from it.
_NOUN_GATED = PairGated(_NOUN)
# A meeting word of the open family (研读会, 约谈会): only where a convening verb frames it.
_OPEN_NOUN = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?<![{lang.OPEN_NOUN_NOT_BEFORE}]){lang.BARE_MEETING_WORD}(?![{lang.OPEN_NOUN_NOT_AFTER}])"
)
_ANY_NOUN = re.compile(f"{_NOUN.pattern}|{_OPEN_NOUN.pattern}")
_NOT_IN_SUBJECT_NAME = re.compile(_alternation(lang.NOT_IN_SUBJECT_NAME))
_NOUN_AT_END = EndSearched(re.compile(rf"(?:{_NOUN.pattern})$"))
# (Gated by its first two characters: its optional adverb hides the characters a match begins with
# from the regex engine, and some of them (也, 还, 分, 同) stand everywhere.)
_VERB = PairGated(re.compile(
    rf"(?P<adv>{_alternation(lang.VERB_ADVERBS)})?(?P<verb>{_alternation(lang.CONVENE_VERBS)})(?P<le>{common.PERFECTIVE})?"
))
_VERB_AT_END = EndSearched(re.compile(rf"(?:{_alternation(lang.CONVENE_VERBS)})$"))
_NOT_MEETING = EndSearched(re.compile(f"(?:{_alternation(lang.NOT_MEETINGS)})$"))
_FUTURE = re.compile(_alternation(lang.FUTURE_MARKERS))
_MEETING_SAYS = re.compile(lang.MEETING_SAYS)
_LEAD_IN = re.compile(rf"(?:\s|{_alternation(lang.LEAD_INS)}|[{common.COMMAS}{common.LIST_COMMA}{common.COLONS}])+")  # .match at a position: no ^
_LEAD_IN_WORD = re.compile(_alternation(lang.LEAD_INS))
_SUBJECT_ADVERBS_AT_END = re.compile(f"(?:{_alternation(lang.SUBJECT_ADVERBS)})+$")
_CLAUSE_PUNCT = common.COMMAS + common.COLONS + common.SEMICOLONS
_OPEN_QUOTES = common.OPEN_QUOTES
_CLOSE_QUOTES = common.CLOSE_QUOTES
_SENTENCE_END_CHARS = f"{common.FULL_STOP}{common.EXCLAMATIONS}{common.QUESTION_MARKS}{common.SEMICOLONS}\n"
_SENTENCE_END = re.compile(f"[{re.escape(_SENTENCE_END_CHARS)}]")
# A sentence of a body (_lines): up to and with its end mark, or what is left after the last one.
_SENTENCE = re.compile(f"[^{re.escape(_SENTENCE_END_CHARS)}]*[{re.escape(_SENTENCE_END_CHARS)}]|[^{re.escape(_SENTENCE_END_CHARS)}]+")
# The characters that end a clause scan (_clause_start, _clause_end): quotation marks, clause
# marks, and the spaces parting a headline's clauses, or the sentence's end.
_CLAUSE_SPACES = " \u3000"
_CLAUSE_START_MARK = re.compile(f"[{re.escape(_OPEN_QUOTES + _CLOSE_QUOTES + _CLAUSE_PUNCT + _CLAUSE_SPACES)}]")
# The last of those marks before where the match is bounded: "." runs to that end and backs off to it.
_LAST_CLAUSE_START_MARK = re.compile(rf"(?s).*({_CLAUSE_START_MARK.pattern})")
_CLAUSE_END_MARK = re.compile(f"[{re.escape(_OPEN_QUOTES + _CLOSE_QUOTES + _CLAUSE_PUNCT + _SENTENCE_END_CHARS)}]")
_STOP_OR_SEMICOLON = re.compile(f"[{common.FULL_STOP}{common.SEMICOLONS}]")
# Where a clause or sentence breaks: after a name, in the gap between a person and a role verb.
_CLAUSE_BREAK = rf"[{common.COMMAS}{common.FULL_STOP}{common.SEMICOLONS}{common.COLONS}]"
_CLAUSE_BREAK_MARK = re.compile(_CLAUSE_BREAK)
# Where the clause of a role verb starts: the mark before it (a space too before 主持: "大会 由…主持").
_CLAUSE_PUNCT_BEFORE_SPEAKER = common.COMMAS + common.FULL_STOP + common.SEMICOLONS
_CLAUSE_PUNCT_BEFORE_CHAIR = _CLAUSE_PUNCT_BEFORE_SPEAKER + " "
# A generic modifier of a meeting's name, perhaps in brackets: "(扩大)", "常务".
_MODIFIER = rf"[{common.OPEN_BRACKETS}]?(?:{_alternation(lang.GENERIC_MODIFIERS)})[{common.CLOSE_BRACKETS}]?"
# A meeting's name within a clause: up to the clause's end or another 在.
_NAME_RUN = rf"[^{common.COMMAS}{common.FULL_STOP}{common.SEMICOLONS}{common.AT_PLACE}]{{2,60}}?"
_GENERIC = re.compile(
    rf"^(?:(?:{lang.ORDINAL})|{_MODIFIER})*(?:{_NOUN.pattern})"
    rf"(?:(?:{_alternation(lang.JOINERS)}).*)?$"
)
_ORDINAL = re.compile(lang.ORDINAL)
_ORDINALS_AT_END = re.compile(f"(?:{lang.ORDINAL})+$")
_ONE_MODIFIER_AT_END = re.compile(rf"(?:{lang.ORDINAL}|{_MODIFIER}|{lang.YEAR_MODIFIER})$")
# (Most names open on a character no match can: a place, a body.)
_BARE_REFERENCE = OpeningGated(re.compile(rf"^(?:{_alternation(lang.REFERRING_WORDS)})?(?:{_NOUN.pattern})$"))
_AFTER_NAME = re.compile(rf"{_CLAUSE_BREAK}|$|{_alternation(lang.AFTER_NAME_WORDS)}")
_JOINER = re.compile(_alternation(lang.JOINERS))
# A second name joined by 暨/及 after a meeting noun, ending in an open-family noun or a course.
_JOINED_NAME = re.compile(
    rf"(?:{_alternation(lang.NAME_RUNS_ON_AFTER)})[^{common.COMMAS}{common.FULL_STOP}{common.SEMICOLONS}{common.AT_PLACE}]{{1,30}}?"
    rf"(?:{_OPEN_NOUN.pattern}|{_alternation(lang.JOINED_COURSES)})"
)
_ATTEND_VERB = re.compile(_alternation(lang.ATTEND_VERBS))
_CONVENED_STANDING_COMMITTEE = re.compile(lang.CONVENED_PARTY_STANDING_COMMITTEE)
_NOT_IN_STANDING_NAME = re.compile(f"{_alternation(lang.NOT_PARTY_STANDING_COMMITTEE)}|{_CLAUSE_BREAK}")
_VENUE = re.compile(_alternation(lang.VENUE_PREPOSITIONS))
_AT_MEETING = re.compile(
    rf"{common.AT_PLACE}(?P<name>{_NAME_RUN}(?:{_NOUN.pattern}))(?:{_alternation(lang.AT_MEETING_AFTER)})"
    rf"|(?:{_alternation(lang.ATTEND_VERBS)})(?P<attended>{_NAME_RUN}(?:{_NOUN.pattern}))"
    rf"(?={_alternation(lang.ATTENDED_MEETINGS)})"
)
# (A tree of shared beginnings: asked of whole bodies that print no convening verb, and its words
# share their first characters: 审议通过/审议, 表决通过/表决.)
_SESSION_ACT = re.compile(prefix_tree_alternation(lang.SESSION_ACTS))
_TWO_MEETINGS_JOINER = re.compile(lang.TWO_MEETINGS_JOINER)
# Every article and line is first asked whether it names a meeting (_may_convene): searched from
# the pairs of characters a meeting word can begin with (the lookbehinds in _NOUN hide them from the
# engine; see _NOUN_GATED).
_ANY_NOUN_GATE = PairGated(re.compile(rf"{_ANY_NOUN.pattern}|{lang.STANDING_COMMITTEE_AFTER_COMMITTEE}"))  # + "主持召开市委常委会"


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words``: what a search of their alternation tells as a truth
    value (a literal word matches exactly where it stands). A substring test runs at memory speed;
    the engine's search for an alternation calls its class test of the words' first characters at
    every character (~35 instructions each). For a few words that is cheaper on any text (every
    body, every line of a convening article); for a dozen words on a short line the tests' own
    cost is more than the engine's (role words, session acts: kept as searches)."""
    for word in words:
        if word in text:
            return True
    return False


_MEETING_WORD_CUES = tuple(lang.MEETING_WORD_CUES)
_CONVENE_VERBS = tuple(lang.CONVENE_VERBS)
_ATTENDED = re.compile(
    rf"(?:{_alternation(lang.ATTEND_VERBS)}|{common.AT_PLACE})(?P<name>{_NAME_RUN}(?:{_NOUN.pattern}))"
    rf"(?=[{common.COMMAS}{common.FULL_STOP}{common.SEMICOLONS}{lang.ON_OCCASION}]|$)"
)
_DAY_MARKER = re.compile(lang.DAY_MARKERS)
_BARE_DAY = re.compile(lang.BARE_DAY)
_CEREMONY_AT_END = re.compile(f"(?:{_alternation(lang.CEREMONIES)})$")
_SPEECH_OCCASION = re.compile(lang.SPEECH_OCCASION, re.MULTILINE)
_OWN_TIME = re.compile(_alternation(lang.OWN_TIME_WORDS))
_HISTORY_SECTION = re.compile(_alternation(lang.HISTORY_SECTIONS))
_CHAIR = re.compile(lang.CHAIR_VERB)
_CHAIR_NOUN = re.compile(lang.CHAIR_NOUN)
_ELIDED_CHAIR = re.compile(lang.ELIDED_CHAIR_OPENING)
_GREETING_AFTER_VERB = re.compile(lang.GREETING_AFTER_VERB)
_ON_BEHALF_GAP = re.compile(lang.ON_BEHALF_GAP)
_BARE_NAME_AFTER_CHAIR_NOUN = re.compile(lang.BARE_NAME_AFTER_CHAIR_NOUN)
_SPEAKER = re.compile(lang.SPEAKER)
# A sentence naming a chair or a speaker (one search where three were asked in turn; gated by its
# first two characters: the lookbehinds that open the speaker's branch would have it tried at every
# character).
_ROLE_CUE = PairGated(re.compile(f"(?:{lang.CHAIR_VERB})|(?:{lang.SPEAKER})|(?:{lang.CHAIR_NOUN})"))
_ROLE_WORD = re.compile(_alternation(lang.ROLE_WORDS))


def _names_a_role(text: str) -> bool:
    """Whether ``text`` holds a chair or speaker cue (_ROLE_CUE). Most sentences of a meeting's
    article hold none of the role words, which one plain search rules out; the cue's own search
    is tried at each 会, 大, 作, 关… of the sentence."""
    return _ROLE_WORD.search(text) is not None and _ROLE_CUE.search(text) is not None


_CITED_SPEECH = re.compile(_alternation(lang.CITED_SPEECH_VERBS))
_CHAIR_ADDRESS_VERB = re.compile(lang.CHAIR_ADDRESS_VERB)
# Whether a sentence holds _CHAIR_ADDRESS_VERB anywhere: its verb alone (the words before it are
# optional), asked several times faster than the pattern, whose optional head hides its start.
_ADDRESS_VERBS = tuple(lang.ADDRESS_VERBS)
_HELD_BY = re.compile(lang.HELD_BY_AFTER_NAME)
_ORGANISED_BY = StartGated(re.compile(lang.ORGANISED_BY))  # opens on optional words (本次, 此次)
_PLENARY = tuple(re.compile(p) for p in lang.PLENARY_FORMS)
_CONGRESS = tuple(re.compile(p) for p in lang.CONGRESS_FORMS)
_GOVERNMENT_SESSION = tuple(re.compile(p) for p in lang.GOVERNMENT_SESSION_FORMS)
_PARTY_STANDING_COMMITTEE = re.compile(lang.PARTY_STANDING_COMMITTEE)
_NATIONAL_STANDING_COMMITTEE = re.compile(lang.NATIONAL_STANDING_COMMITTEE)
_BARE_LOCAL_BODY = re.compile(lang.BARE_LOCAL_BODY)
_SESSION_LENGTH = re.compile(lang.SESSION_LENGTH)
_LENGTH_BEFORE_NAME = re.compile(lang.LENGTH_BEFORE_NAME)
_DAY_GRAINS = frozenset({"day", "part_of_day", "hour", "minute"})
_DATE_TITLE = re.compile(lang.DATE_TITLE)
_QUOTE_MARKS = re.compile(rf"[{common.OPEN_QUOTES}{common.CLOSE_QUOTES}\"]")
_NAME_LEAD_NOISE = re.compile(lang.NAME_LEAD_NOISE)
_SPACE_BY_DIGITS = re.compile(lang.SPACE_BY_DIGITS)
# What _clean_name asks before each of them (most names hold neither): the characters a non-empty
# lead-noise match begins with (its parts are all optional, so it matches every name, mostly
# emptily, and the substitution then changes nothing), and the one character every match of
# _SPACE_BY_DIGITS is (a space between digits and ideographs).
_NAME_LEAD_NOISE_STARTS = opening_characters(_NAME_LEAD_NOISE)
(_SPACE_BY_DIGITS_MARK,) = first_characters(_SPACE_BY_DIGITS)


# The day an article's dates count from (``Issue.base_date``), asked for when a date is first read:
# reading an article's dateline costs about as much as reading a line's dates, and one article in
# ten that may convene (three in ten on the samples) reads no date at all.
_DayOf = Callable[[], date]


@dataclass
class _Line:
    """A sentence of an article body, or a headline line; maps its offsets back to the issue."""

    text: str
    article: Article
    index: int  # sentence number in the body; -1 for headline lines
    body_start: int | None = None
    issue_start: int | None = None

    def issue_span(self, start: int, end: int) -> tuple[int, int] | None:
        if self.body_start is not None:
            return self.article.issue_span(self.body_start + start, self.body_start + end)
        if self.issue_start is not None:
            return self.issue_start + start, self.issue_start + end
        return None

    @property
    def is_headline(self) -> bool:
        return self.index < 0


@dataclass
class MeetingMention:
    """One clause that convenes (or is set at) a meeting, with what the clause itself says."""

    name: str
    date: date | None
    end_date: date | None
    organizer: str | None
    location: str | None
    status: str
    line: _Line
    start: int  # evidence span within the line
    end: int
    chairs: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    key: str = ""
    vague_date: bool = False  # undated, but the text says when vaguely ("近日")
    announced: bool = False  # its clause announces it (将于, 定于)
    closing: bool = False  # the clause reports its close (闭幕): its date is the session's last day


# --- names -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Session:
    """A numbered party plenary or congress session: 市委十二届五次全会 is (plenary, 市, 12, 5)."""

    kind: str  # "plenary", "congress-人大", "congress-政协"
    level: str  # 中央, 省, 市, 区, 县, 州
    term: int
    number: int
    place: str | None  # printed in the name ("中共哈尔滨市委…", "德州市委…"), else None
    rest: str  # what follows the session's own name ("…第二次全体会议")
    party_prefix: bool = True  # the place came with 中共/中国共产党 ("德州市委…" has none)


# Names recur: a meeting's name is asked for its session, key and convener where it is found, and
# again each time a later mention is merged against it (120 team issues ask _session 6,949 times
# of 251 names); these readings depend on the name (and the paper's city) only, so each is kept.
_NAMES_REMEMBERED = 4096


@lru_cache(maxsize=_NAMES_REMEMBERED)
def _session(name: str) -> _Session | None:
    if lang.SESSION_TERM_MARK not in name:
        return None  # most names are no numbered session: skip the dozen forms
    for pattern in _PLENARY:
        m = pattern.search(name)
        if m:
            groups = m.groupdict()
            place = groups.get("place") or groups.get("bare")
            return _Session("plenary", groups.get("level") or lang.CENTRAL_LEVEL, to_int(m["n"]), to_int(m["m"]),
                            place, name[m.end() :], party_prefix=not groups.get("bare"))
    for pattern in _CONGRESS:
        m = pattern.search(name)
        if m:
            kind = lang.CONGRESS_SHORT_NAMES.get(m["kind"], m["kind"])
            return _Session(f"congress-{kind}", m["level"], to_int(m["n"]), to_int(m["m"]), m["place"], name[m.end() :])
    return None


def _home(session: _Session, city: str | None) -> str | None:
    """Where a session sits: the place its name prints, else the paper's city for a city body."""
    return session.place or (city if session.level == lang.CITY_LEVEL else None)


@lru_cache(maxsize=_NAMES_REMEMBERED)
def meeting_key(name: str, city: str | None) -> str:
    """The meeting's identity within a date: numbered plenaries and sessions by their numbers
    (市委十二届五次全会 = 中共太原市委十二届五次全体会议), others by their normalised name."""
    session = _session(name)
    if session:
        # its ceremonies are the session itself (某某会议开幕会, 闭幕大会); its presidium's or press
        # meetings are not (主席团第二次会议, 新闻发布会)
        rest = _CEREMONY_AT_END.sub("", session.rest)
        parts = (session.kind, _home(session, city) or "", session.level, session.term, session.number,
                 normalise_name(rest))
        return "|".join(map(str, parts))
    return normalise_name(_QUOTE_MARKS.sub("", name))


@lru_cache(maxsize=_NAMES_REMEMBERED)
def _embedded_organizer(name: str, city: str | None) -> str | None:
    """The convener a name itself names: the party committee of a plenary, the body of a congress
    session, or an organisation printed right before a meeting noun ("…市委宣讲团报告会")."""
    session = _session(name)
    if session:
        home = _home(session, city)
        if session.kind == "plenary":
            if session.level == lang.CENTRAL_LEVEL:
                return lang.CENTRAL_COMMITTEE
            committee = f"{session.level}{lang.PARTY_COMMITTEE_END}"
            if session.place and not session.party_prefix:
                return f"{session.place}{committee}"  # as printed: 德州市委
            return f"{lang.PARTY_PREFIX}{home}{committee}" if home else committee
        if session.kind == f"congress-{lang.CPPCC_SHORT}":
            # A CPPCC session is its committee in plenary: the committee convenes it (市政协).
            return people.congress_body(session.place, session.level, city, lang.CPPCC_SHORT)
        # A people's congress session is the congress itself sitting; the standing committee that
        # convenes it is not printed in the name, so the name gives no organizer.
        return None
    if _CONVENED_STANDING_COMMITTEE.fullmatch(name):
        return _convener(name, city)  # "市委常委会" convened: the committee's (市委)
    national = _NATIONAL_STANDING_COMMITTEE.match(name)
    if national:
        return national["body"]  # no level a city's bodies use: 全国 is no 市/区/县
    for pattern in _GOVERNMENT_SESSION if lang.SESSION_TERM_MARK in name else ():
        m = pattern.search(name)
        if m and (m["level"] or m.groupdict().get("level2")):
            # "澄江市第十七届人民政府第二十次常务会议": the government, with its place unless it is the paper's
            return people.congress_body(m["place"], m["level"] or m["level2"], city, lang.GOVERNMENT_SHORT)
    for noun in _NOUN_GATED.finditer(name):
        head = name[: noun.start()]
        # "市十六届人大常委会第十五次会议": try the head as printed, then without its ordinal, then
        # without one modifier after another ("市人大常委会主任会议" -> 市人大常委会, "市政府第25次
        # 常务会议" -> 市政府).
        for candidate in _shorter_heads(head):
            committee = people.canonical_body(candidate, city) if lang.COMMITTEE_WORD in candidate else None
            if committee and committee.endswith(lang.CPPCC_SHORT):
                return committee  # "政协第十三届某某市委员会常务委员会第十七次会议": the CPPCC committee
            body = people.trailing_body(candidate)
            if body:
                # "某届市政协第某次党组会议": the count numbers the group's meetings, it is no
                # part of the group's name (市政协党组)
                return people.canonical_body(_ORDINAL.sub("", body), city)
    return None


def _convener(organizer: str | None, city: str | None) -> str | None:
    """The body a meeting's organizer names as its convener, in the short form readers use: a party
    committee's standing committee convenes as the committee (区委常委会 -> 区委, 市委常委 -> 中共某某
    市委), a government by its short name (市人民政府 -> 市政府); each of a joint list in turn."""
    if not organizer:
        return organizer
    parts = organizer.split(common.LIST_COMMA)
    for i, part in enumerate(parts):
        m = _PARTY_STANDING_COMMITTEE.match(part)
        if m:
            parts[i] = people.canonical_body(m["committee"], city) or m["committee"]
        elif part.endswith(lang.GOVERNMENT_LONG):
            parts[i] = part[: -len(lang.GOVERNMENT_LONG)] + lang.GOVERNMENT_SHORT  # 市人民政府 -> 市政府
    return common.LIST_COMMA.join(parts)


def _placed(organizer: str | None, text: str, city: str | None) -> str | None:
    """A district or county body printed bare (区委) in a city paper, with its place printed in
    the same sentence ("温江区委书记某某主持召开区委常委会"): the body with its place (温江区委)."""
    if not organizer or not city or common.LIST_COMMA in organizer or not _BARE_LOCAL_BODY.match(organizer):
        return organizer
    if not any(organizer + title in text for title in lang.TITLES_AFTER_PLACED_BODY):
        return organizer  # no "区委书记" printed: no place can be read (most sentences; no pattern built)
    places = {m["place"] for m in _placed_body(organizer).finditer(text)}
    places = {p for p in places if not p.startswith(lang.NOT_PLACE_STARTS) and p != city}
    return f"{places.pop()}{organizer}" if len(places) == 1 else organizer


@lru_cache(maxsize=256)
def _placed_body(organizer: str) -> re.Pattern:
    """A place printed before ``organizer`` and a title after it ("温江" in "温江区委书记")."""
    return re.compile(f"{lang.PLACE_BEFORE_BODY}{re.escape(organizer)}(?:{_alternation(lang.TITLES_AFTER_PLACED_BODY)})")


def _shorter_heads(head: str):
    """``head``, then ``head`` with its trailing ordinals and modifiers dropped one at a time."""
    yield head
    while True:
        m = _ONE_MODIFIER_AT_END.search(head)
        if m is None or m.start() == 0:
            return
        head = head[: m.start()]
        yield head


def _clean_name(name: str) -> str:
    name = name.strip(" " + common.IDEOGRAPHIC_SPACE + common.COMMAS + common.LIST_COMMA)
    if name[:1] in _NAME_LEAD_NOISE_STARTS:
        name = _NAME_LEAD_NOISE.sub("", name)
    if _SPACE_BY_DIGITS_MARK in name:
        name = _SPACE_BY_DIGITS.sub("", name)
    themed = _THEME_BEFORE_NAME.match(name)
    if themed and not _GENERIC.match(name[themed.end() :]):
        name = name[themed.end() :]  # "以“某某”为主题的第九届某某论坛": the forum's own name
    return name


# --- finding mentions in one line ------------------------------------------------------------


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time(23, 59, 59))


def _day(expr: TimeExpression) -> tuple[date | None, date | None]:
    if expr.kind not in ("point", "range") or expr.granularity not in _DAY_GRAINS or expr.start is None:
        return None, None
    start, last = first_day(expr), last_day(expr)
    return start, (last if expr.kind == "range" and last and last != start else None)


def _date_before(dates: list[TimeExpression], pos: int, floor: int = 0) -> TimeExpression | None:
    """The last day named before ``pos``; none when a vague time (日前, 近日) comes after it: "记者昨天
    获悉，某局日前召开…" met some day before the report, not the day the reporter learnt of it."""
    best = None
    for expr in dates:
        if not (floor <= expr.start_char and expr.end_char <= pos):
            continue
        if expr.kind == "vague":
            best = None
        elif _day(expr)[0] is not None and _DAY_MARKER.search(expr.text):
            best = expr
    return best


def _leading_day(line: _Line, base: date) -> date | None:
    """The day a sentence opens with ("2月1日 市委书记…", "1月7日,省会某某。"), if it opens with one."""
    dates = find_dates(line.text, _end_of(base), prefer="nearest")
    first = next(iter(dates), None)
    if first is None or _strip_lead(line.text, 0, first.start_char, []) != first.start_char:
        return None
    return _day(first)[0] if _DAY_MARKER.search(first.text) else None


def _last_day(line: _Line, base: date) -> date | None:
    dates = [d for d in find_dates(line.text, _end_of(base), prefer="nearest") if _DAY_MARKER.search(d.text)]
    days = [_day(d)[0] for d in dates if _day(d)[0]]
    return days[-1] if days else None


def _carried_day(m: "MeetingMention", body: list[_Line], base: date) -> date | None:
    """The day an undated report takes from the article: "同日 …召开" takes the day last named
    before it; a sentence of a paragraph that opens on a day ("2月1日 某某调研…;主持召开…",
    "1月7日,省会某某。8时许,…出席…开幕会") takes that day."""
    if _OWN_TIME.search(m.line.text, 0, m.end):
        return None  # "此前,…召开": the sentence places itself in time, elsewhere
    earlier = [ln for ln in body if ln.index < m.line.index]
    own = [d for d in find_dates(m.line.text[: m.end], _end_of(base), prefer="nearest") if d.kind == "point"]
    if any(d.granularity not in _DAY_GRAINS for d in own):
        return None  # "某论坛2027年在某市举行", "明年召开": placed in a year or month, not on a day
    if own and not any(_DAY_MARKER.search(d.text) for d in own):
        # "上午9时,…开幕": a time of day alone is on the report's own day, unless the paragraph
        # opened on another ("1月7日,省会某某。8时许,…")
        return _paragraph_day(m, body, base) or base
    if m.line.text.lstrip().startswith(lang.SAME_DAY):
        for ln in reversed(earlier):
            day = _last_day(ln, base)
            if day:
                return day
        return None
    return _paragraph_day(m, body, base)


def _paragraph_day(m: "MeetingMention", body: list[_Line], base: date) -> date | None:
    """The day the paragraph of ``m`` opens with, in a sentence before ``m``'s."""
    for ln in reversed([ln for ln in body if ln.index < m.line.index]):
        if ln.text.endswith("\n"):
            return None  # the paragraph began after this line
        day = _leading_day(ln, base)
        if day:
            return day
    return None


def _strip_lead(text: str, start: int, end: int, dates: list[TimeExpression]) -> int:
    """Advance ``start`` over lead-in words and date expressions opening ``text[start:end]``."""
    while start < end:
        m = _LEAD_IN.match(text, start, end)
        if m and m.end() > start:
            start = m.end()
            continue
        expr = next((d for d in dates if d.start_char == start and d.end_char <= end), None)
        if expr is None:
            break
        start = expr.end_char
    return start


def _clause_start(text: str, pos: int) -> int:
    """Start of the clause ending at ``pos``: after the last , or : outside quotation marks
    ("“凝心聚力,共创未来”主题研讨会" is one name)."""
    # Only quotation marks, clause marks and spaces decide: they are read from the last one back,
    # not every character of the clause in turn, each found by the engine from where the one after
    # it stands (most clauses are decided by the nearest mark: the marks before it are not found).
    depth = 0
    last_mark = _LAST_CLAUSE_START_MARK.match
    while (mark := last_mark(text, 0, pos)) is not None:
        i = pos = mark.start(1)
        ch = text[i]
        if ch in _CLOSE_QUOTES:
            depth += 1
        elif ch in _OPEN_QUOTES:
            depth = max(depth - 1, 0)
        elif depth == 0 and ch in _CLAUSE_PUNCT:
            return i + 1
        elif depth == 0 and ch in _CLAUSE_SPACES and _VERB_AT_END.search(text, 0, i):
            return i + 1  # "甲会议1日召开 乙会议2日召开": a headline's clauses parted by a space
    return 0


def _clause_end(text: str, pos: int) -> int:
    depth = 0
    for mark in _CLAUSE_END_MARK.finditer(text, pos):  # the characters that decide, as above
        ch = mark.group()
        if ch in _OPEN_QUOTES:
            depth += 1
        elif ch in _CLOSE_QUOTES:
            depth = max(depth - 1, 0)
        elif (depth == 0 and ch in _CLAUSE_PUNCT) or ch in _SENTENCE_END_CHARS:
            return mark.start()
    return len(text)


def _object_span(text: str, pos: int) -> tuple[int, int] | None:
    """The meeting named right after a convening verb: up to the first meeting noun that ends the
    name, extended over 暨/及 to the next one."""
    if text[pos : pos + 1].isspace():
        return None  # "…召开 乙会议…": a space after the verb ends a headline's clause
    end = _clause_end(text, pos)
    window = text[pos:end]
    if not _holds_any(window, _MEETING_WORD_CUES):
        return None  # every meeting word (a noun, the open family's 会, 常委会) holds a cue: none here
    candidates = list(_NOUN_GATED.finditer(window)) or list(_OPEN_NOUN.finditer(window))
    if not candidates:
        standing = _CONVENED_STANDING_COMMITTEE.match(text, pos, end)
        if standing and _AFTER_NAME.match(text, standing.end()) and not _NOT_IN_STANDING_NAME.search(standing.group()):
            return pos, standing.end()  # "某某主持召开县委常委会,研究…"
        return None
    chosen = None
    for i, noun in enumerate(candidates):
        if _JOINER.match(window, noun.end()) and i + 1 < len(candidates):
            continue
        if _AFTER_NAME.match(window, noun.end()):
            chosen = noun
            break
    chosen = chosen or candidates[0]
    name_end = chosen.end()
    joined = _JOINED_NAME.match(window, name_end)
    if joined and _AFTER_NAME.match(window, joined.end()):
        name_end = joined.end()  # "召开某某会议暨业务培训会": both names are the one meeting's
    start = pos
    while start < pos + name_end and text[start] in common.PERFECTIVE + " ":
        start += 1
    return start, pos + name_end


def _without_dates(text: str, start: int, end: int, dates: list[TimeExpression]) -> str:
    """``text[start:end]`` with its time expressions (and a 于 before them) cut out:
    "市政府于1月5日上午" -> "市政府"."""
    pieces, pos = [], start
    for d in dates:
        if start <= d.start_char and d.end_char <= end:
            piece = text[pos : d.start_char]
            pieces.append(piece[:-1] if piece.endswith(common.AT_TIME) else piece)
            pos = d.end_char
    pieces.append(text[pos:end])
    subject = _LEAD_IN_WORD.sub("", "".join(pieces)).strip()
    return _SUBJECT_ADVERBS_AT_END.sub("", subject)


def _summoner(subject: str) -> tuple[str, str | None] | None:
    """"市长某某召集有关部门负责人在市政府" -> ("市长某某", "市政府"): the one who summons, and the
    venue after those summoned; None when the subject summons no one."""
    at = subject.find(lang.SUMMON_WORD)
    if at <= 0:
        return None
    head, summoned = subject[:at], subject[at + len(lang.SUMMON_WORD) :]
    venue = None
    for m in _VENUE.finditer(summoned):
        venue = summoned[m.end() :]
    return head, _strip_leading_verbs(venue) if venue else None


def _strip_leading_verbs(venue: str) -> str | None:
    """The venue without a verb that leads the convening verb ("市政府主持" -> "市政府")."""
    for word in lang.LEADING_VERBS_BEFORE_CONVENE:
        if venue.endswith(word):
            return venue[: -len(word)] or None
    return venue or None


def _split_venue(subject: str) -> tuple[str, str | None]:
    """"市人大常委会依托省人大会议中心" -> ("市人大常委会", "省人大会议中心"); "市长某某在市政府主持"
    -> ("市长某某", "市政府"): 主持 belongs to the verb it leads; a session before the venue
    ("市某届人大某次会议在某中心") is split the same way."""
    for m in _VENUE.finditer(subject):
        head, venue = subject[: m.start()], subject[m.end() :]
        if head and (people.looks_like_body(head) or people.find_people(head) or _NOUN_AT_END.search(head)):
            # a session that holds a sitting somewhere ("市某届人大某次会议在某中心举行预备会议")
            return head, _strip_leading_verbs(venue)
    return subject, None


def _venue_or_none(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip(" " + common.COMMAS)
    return text if 2 <= len(text) <= 30 else None


def _may_convene(text: str) -> bool:
    """Whether ``text`` (an article's body or one sentence) names a meeting word and a convening
    verb, a session's act or a meeting attended: what a text must hold to be read for meetings.
    The plain word searches come first, the pair-gated noun search (a Python loop over candidate
    characters) last, so that the many texts without 会 or without a verb cost next to nothing."""
    return _holds_any(text, _MEETING_WORD_CUES) and _convenes_past_cue(text)


def _convenes_past_cue(text: str) -> bool:
    """:func:`_may_convene` for a text known to hold a meeting word's cue (会, 论坛)."""
    # a convening verb with its optional adverb (_VERB) is found exactly where a verb word is
    if not (_holds_any(text, _CONVENE_VERBS) or _SESSION_ACT.search(text) or _AT_MEETING.search(text)):
        return False
    return _ANY_NOUN_GATE.search(text) is not None


def _find_in_line(line: _Line, day_of: _DayOf, city: str | None, cue_seen: bool = False) -> list[MeetingMention]:
    """The mentions of one line; ``cue_seen``: the caller found a meeting word's cue in it already."""
    text = line.text
    if not (_convenes_past_cue(text) if cue_seen else _may_convene(text)):
        return []
    # A year-less date is the nearest one: a report's "2月1日至4日召开" printed on 1月27日 is days
    # ahead, not last year's; counted from the end of the report's day ("1月4日上午" filed on 1月4日
    # is that morning). A clause that announces (将于, 定于) leans forward.
    reported = _ReportDates(text, day_of)
    announced: list[TimeExpression] | None = None
    found: list[MeetingMention] = []
    said_by_meeting = _MEETING_SAYS.match(text) is not None
    for verb in _VERB.finditer(text):
        if text.endswith(lang.NOT_CONVENING_BEFORE, 0, verb.start()):
            continue
        clause = _clause_start(text, verb.start())
        future = _FUTURE.search(text, clause, verb.end()) is not None or text[:clause].rstrip(common.COMMAS + common.COLONS).endswith(
            lang.DECISION_VERBS
        )  # "会议决定,某会议25日至27日举行": the decision governs the next clause
        if future and announced is None:
            announced = find_dates(text, _end_of(day_of()), prefer="ahead")
        dates = announced if future else reported
        if verb["verb"] in (lang.OPEN_VERB, lang.CLOSE_VERB) and text.startswith(
            lang.CEREMONY_AFTER_OPEN_CLOSE, verb.end()
        ):
            continue  # "开幕会", "闭幕大会": the session's ceremony, named, not a verb
        if _GREETING_AFTER_VERB.match(text, verb.end()):
            continue  # "对某某会议隆重召开表示热烈祝贺": a greeting, not a report
        if text.startswith(lang.DUTY_AFTER_VERB, verb.end()):
            continue  # "筹备好、召开好某某会议": a duty to hold it well, not a report
        if text.startswith(lang.NOT_AFTER_VERB, verb.end()):
            # "召开的X", "召开以来", "开幕式": a meeting cited, not reported here; except a lede
            # that opens on it ("12月5日召开的市委常委会会议强调").
            mention = _lede_citation(line, verb, clause, dates, city)
        else:
            mention = _object_mention(line, verb, clause, dates, city) or _subject_mention(line, verb, clause, dates, city)
        if mention is not None and said_by_meeting and not future and not any(clause <= d.start_char < verb.start() for d in dates):
            continue  # "会议指出,某某召开某会议,…": cited in what a meeting said, on no day of its own
        if mention is not None:
            mention.announced = future
            found.extend(_two_meetings(mention, city))
    found = [m for m in found if not _sitting_of_earlier(m, found, text)]
    found.extend(a for a in _session_acts(line, reported, city) if all(a.end <= m.start or m.end <= a.start for m in found))
    if not found:
        for at in _AT_MEETING.finditer(text):
            expr = _date_before(reported, at.start())
            name = _clean_name(at["name"] or at["attended"])
            attending = at.group(0).startswith(lang.ATTEND_VERBS)
            if (expr is None and not attending) or _BARE_REFERENCE.match(name) or _NOT_MEETING.search(name) or _VERB.search(name):
                continue
            day, end_day = _day(expr) if expr else (None, None)
            found.append(
                MeetingMention(
                    name=name, date=day, end_date=end_day, organizer=_embedded_organizer(name, city),
                    location=None, status="reported", line=line, start=expr.start_char if expr else at.start("name" if at["name"] else "attended"),
                    end=at.end("name" if at["name"] else "attended"),
                )
            )
    for mention in found:
        mention.closing = mention.closing or mention.name.endswith(lang.CLOSING_CEREMONIES)
        mention.vague_date = mention.date is None and any(
            d.kind == "vague" and d.start_char < mention.end for d in reported
        )
        if mention.announced and mention.date is None:
            mention.status = "announced"
        mention.key = meeting_key(mention.name, city)
    return found


def _sitting_of_earlier(m: "MeetingMention", found: list["MeetingMention"], text: str) -> bool:
    """"某某会议在某地开幕,随后举行第二次全体会议": a bare plenary sitting with no convener, after a
    named meeting in the same sentence, is a sitting of that meeting, not a meeting of its own."""
    if m.organizer or not m.name.endswith(lang.PLENARY_SITTING) or not _GENERIC.match(m.name):
        return False  # (the plain test first: most names end otherwise)
    return any(
        k is not m and k.end < m.end and not _GENERIC.match(k.name) and m.name in text[k.end : m.end]
        and not _STOP_OR_SEMICOLON.search(text, k.end, m.end)
        for k in found
    )


class _ReportDates:
    """A line's report dates (:func:`_report_dates`), read when first iterated: most lines that
    may convene end before any date is asked (no name after the verb, no session act, nothing at a
    meeting), and ``find_dates`` is pure, so reading them later gives the same list. The day they
    count from is asked then too (:data:`_DayOf`)."""

    __slots__ = ("_text", "_day_of", "_dates")

    def __init__(self, text: str, day_of: _DayOf):
        self._text, self._day_of, self._dates = text, day_of, None

    def __iter__(self):
        if self._dates is None:
            self._dates = _report_dates(self._text, self._day_of())
        return iter(self._dates)


def _report_dates(text: str, base: date) -> list[TimeExpression]:
    """A report's dates: a year-less month-day is the nearest one ("2月1日至4日召开" printed on 1月27日
    is days ahead); a bare day is in the report's month or just before it ("28日召开" in a report
    filed on 3月2日 is 2月28日), counted from the end of the report's day."""
    nearest = find_dates(text, _end_of(base), prefer="nearest")
    if not any(_BARE_DAY.match(e.text) for e in nearest):
        return nearest
    past = {(e.start_char, e.end_char): e for e in find_dates(text, _end_of(base), prefer="past")}
    return [past.get((e.start_char, e.end_char), e) if _BARE_DAY.match(e.text) else e for e in nearest]


def _session_acts(line: _Line, dates: list[TimeExpression], city: str | None) -> list[MeetingMention]:
    """"DATE,NAME审议通过/决定…": a named session (not "会议") acting, right after the date that
    opens the sentence, met that day."""
    text = line.text
    if _SESSION_ACT.search(text) is None:
        return []  # no act anywhere, so none after the lead: the line's dates need not be read
    if lang.SESSION_TERM_MARK not in text and _ORDINAL.search(text) is None:
        # the name is a piece of the line: with no 届 and no ordinal in the line, none in the
        # name either (_ORDINAL looks at nothing around its match), so no numbered session acts
        return []
    lead = _strip_lead(text, 0, len(text), dates)
    expr = _date_before(dates, lead)
    if expr is None:
        return []
    for act in _SESSION_ACT.finditer(text, lead):
        clause = _clause_start(text, act.start())
        if clause > lead:
            return []
        nouns = [n for n in _NOUN_GATED.finditer(text, lead, act.start()) if n.end() == act.start()]
        if not nouns:
            continue
        name = _clean_name(text[lead : act.start()])
        if not name or _GENERIC.match(name) or _NOT_MEETING.search(name) or _VERB.search(name) or len(name) > 60:
            return []
        if _session(name) is None and not _ORDINAL.search(name):
            return []  # "某某会议听取…": only numbered sessions are sure to be the meeting itself
        day, end_day = _day(expr)
        return [MeetingMention(
            name=name, date=day, end_date=end_day, organizer=_embedded_organizer(name, city), location=None,
            status="reported", line=line, start=expr.start_char, end=act.start(),
        )]
    return []


def _two_meetings(m: MeetingMention, city: str | None) -> list[MeetingMention]:
    """"区政府党组会议和区政府第9次常务会议": two meetings, each with its own body; a bare
    second name ("和常务会议") belongs to the first one's body (a party group's body itself)."""
    for joiner in _TWO_MEETINGS_JOINER.finditer(m.name):
        first, second = m.name[: joiner.start()], m.name[joiner.end() :]
        if not (_NOUN_AT_END.search(first) and _NOUN_AT_END.search(second)) or _QUOTE_MARKS.search(first):
            continue
        first_organizer = _embedded_organizer(first, city) or m.organizer
        if _embedded_organizer(second, city) is None:
            if not (first_organizer and first_organizer.endswith(lang.PARTY_GROUP)):
                continue  # "召开常委会会议和全体会议": whose the second is, the name does not say
            second = first_organizer.removesuffix(lang.PARTY_GROUP) + second
        return [replace(m, name=first, organizer=first_organizer),
                replace(m, name=second, organizer=_embedded_organizer(second, city))]
    return [m]


def _lede_citation(line: _Line, verb: re.Match, clause: int, dates, city) -> MeetingMention | None:
    """"(在)DATE召开的NAME(上)…" opening an article's first sentence: the meeting it reports."""
    text = line.text
    if line.index != 0 or not text.startswith(common.ATTRIBUTIVE, verb.end()):
        return None
    start = _strip_lead(text, clause, verb.start(), dates)
    start = start + 1 if text.startswith(common.AT_PLACE, start) else start
    if _strip_lead(text, start, verb.start(), dates) != verb.start():
        return None
    expr = _date_before(dates, verb.start(), clause)
    span = _object_span(text, verb.end() + 1)
    if expr is None or span is None:
        return None
    name = _clean_name(text[span[0] : span[1]])
    if not name or _BARE_REFERENCE.match(name) or _NOT_MEETING.search(name):
        return None
    day, end_day = _day(expr)
    return MeetingMention(
        name=name, date=day, end_date=end_day, organizer=_embedded_organizer(name, city), location=None,
        status="reported", line=line, start=min(expr.start_char, start), end=span[1],
    )


def _object_mention(line: _Line, verb: re.Match, clause: int, dates, city) -> MeetingMention | None:
    """"ORG召开NAME": the name after the verb, the convener before it."""
    text = line.text
    span = _object_span(text, verb.end())
    if span is None:
        return None
    name = _clean_name(text[span[0] : span[1]])
    if not name or _NOT_MEETING.search(name) or len(name) > 60:
        return None
    subject_start = _strip_lead(text, clause, verb.start(), dates)
    subject, venue = _split_venue(_without_dates(text, subject_start, verb.start(), dates))
    summoner = _summoner(subject)
    venue_first = None if venue else _VENUE.match(subject)
    if summoner is not None:
        subject, venue = summoner
    elif venue_first is not None:
        # ",在机关会议室召开…" opening its clause: the venue; who convened is told elsewhere
        subject, venue = "", _strip_leading_verbs(subject[venue_first.end() :])
    organizer = None
    prefix = None
    if _NOUN_AT_END.search(subject) and not people.find_people(subject):
        name, prefix = subject + name, None  # "市十六届人大三次会议举行预备会议"
    elif people.looks_like_body(subject):
        organizer = people.canonical_body(subject, city)
        if subject in lang.OWN_CITY:
            prefix = organizer
        elif subject in lang.OWN_LOCALITY:
            prefix = organizer or subject
        else:
            prefix = subject
    if _BARE_REFERENCE.match(name) and prefix is None and not (
        (text[: verb.start()].endswith(lang.CHAIR_WORD) or summoner is not None) and people.find_people(subject)
    ):
        return None  # "会议": named elsewhere, unless a person 主持召开 it
    if prefix and _GENERIC.match(name):
        if organizer and name.startswith(lang.PARTY_GROUP):
            # "县政协召开党组会议": the body convenes its party group, whose meeting it is
            organizer += lang.PARTY_GROUP
        name = prefix + name
    organizer = organizer or _embedded_organizer(name, city)
    expr = _date_before(dates, verb.start())
    day, end_day = _day(expr) if expr else (None, None)
    start = min(expr.start_char if expr else subject_start, subject_start)
    return MeetingMention(
        name=name, date=day, end_date=end_day, organizer=organizer,
        location=_venue_or_none(venue),
        status="announced" if _FUTURE.search(text, clause, verb.end()) else "reported",
        line=line, start=start, end=span[1],
    )


_TAIL_FUTURE = re.compile(lang.TAIL_FUTURE)
_TAIL_CEREMONY = re.compile(lang.TAIL_CEREMONY)
_HOW_HELD = re.compile(lang.HOW_HELD)
_NAME_ALIAS = re.compile(lang.NAME_ALIAS)
_NAME_PROGRAMME = re.compile(_alternation(lang.NAME_PROGRAMME))
_TAIL_VENUE = re.compile(lang.TAIL_VENUE)
_AGENDA_DONE = re.compile(lang.AGENDA_DONE)
_THEME_BEFORE_NAME = re.compile(lang.THEME_BEFORE_NAME)
_ADVERB = re.compile(_alternation(lang.VERB_ADVERBS))
_ADVERB_AT_END = re.compile(f"(?:{_ADVERB.pattern})$")
_HOSTED_BY = re.compile(lang.HOSTED_BY)
_CLOSING = re.compile(rf"[{common.COMMAS}]?(?P<when>[^{common.COMMAS}{common.FULL_STOP}{common.SEMICOLONS}]{{2,16}}?){lang.CLOSE_VERB}")


def _tail(text: str, pos: int, end: int, dates: list[TimeExpression]) -> tuple[TimeExpression | None, str | None] | None:
    """What may stand between a meeting's name and its verb: an alias, 系列活动, 开幕式, 将/拟, 于DATE, 在VENUE, an
    adverb; returns (date, venue), or None when anything else is there."""
    if pos == end:
        # the name runs up to the verb ("某某会议召开": 4 in 9 calls): each part of a tail, and each
        # date, spans a character at least, so none is found and the tail is empty
        return None, None
    return _read_tail(text, pos, end, dates)


def _read_tail(text: str, pos: int, end: int, dates) -> tuple[TimeExpression | None, str | None] | None:
    """:func:`_tail`, each of its parts asked in turn."""
    expr = venue = None
    m = _NAME_ALIAS.match(text, pos, end)
    pos = m.end() if m else pos
    m = _NAME_PROGRAMME.match(text, pos, end)
    pos = m.end() if m else pos
    m = _TAIL_CEREMONY.match(text, pos, end)
    pos = m.end() if m else pos
    m = _AGENDA_DONE.match(text, pos, end)
    pos = m.end() if m else pos
    m = _TAIL_FUTURE.match(text, pos, end)
    pos = m.end() if m else pos
    date_at = next((d for d in dates if pos <= d.start_char <= pos + 1 and d.end_char <= end), None)
    if date_at is not None and text[pos : date_at.start_char] in ("", common.AT_TIME):
        expr, pos = (date_at if _day(date_at)[0] else None), date_at.end_char
        m = _LEAD_IN.match(text, pos, end)
        pos = m.end() if m else pos
    m = _HOW_HELD.match(text, pos, end)
    pos = m.end() if m else pos
    m = _TAIL_VENUE.match(text, pos, end)
    if m:
        venue, pos = m["loc"], m.end()
        how = _HOW_HELD.search(venue)
        venue = venue[: how.start()] if how else venue  # "在省城以视频方式": the venue is 省城
        venue = _ADVERB_AT_END.sub("", venue)
    m = _ADVERB.match(text, pos, end)
    pos = m.end() if m else pos
    if pos != end:
        return None
    return expr, _venue_or_none(venue)


def _name_in_clause_before(text: str, start: int, end: int, clause: int, dates) -> tuple[int, int, tuple] | None:
    """"NAME,于DATE在LOC召开", "NAME圆满完成各项议程,在LOC闭幕": the verb's clause is only its tail
    (date, venue, adverbs), the name opens the clause before it. Returns (name start, name end, tail)."""
    if clause == 0 or text[clause - 1] not in common.COMMAS or _NOUN_GATED.search(text, start, end):
        return None
    tail = _tail(text, start, end, dates)
    if tail is None:
        return None
    before = _clause_start(text, clause - 1)
    name_start = _strip_lead(text, before, clause - 1, dates)
    if _VERB.search(text, name_start, clause - 1):
        return None
    nouns = list(_NOUN_GATED.finditer(text, name_start, clause - 1))
    if not nouns or (
        clause - 1 - nouns[-1].end() > lang.PREDICATE_AFTER_NAME_MAX
        and not _AGENDA_DONE.fullmatch(text, nouns[-1].end(), clause - 1)
    ):
        return None
    expr, venue = tail
    # the day may open the verb's clause ("…各项议程,昨天下午在某地闭幕") or the sentence
    expr = expr or _date_before(dates, end, floor=clause) or _date_before(dates, name_start)
    return name_start, nouns[-1].end(), (expr, venue)


def _subject_mention(line: _Line, verb: re.Match, clause: int, dates, city) -> MeetingMention | None:
    """"NAME(于DATE)(在LOC)召开": the name before the verb."""
    text = line.text
    start = _strip_lead(text, clause, verb.start(), dates)
    organizer = None
    by = _HOSTED_BY.match(text[start : verb.start()])
    if by and people.looks_like_body(by["org"]):
        organizer = people.canonical_body(by["org"], city)
        start += by.end()
    phrase_end = verb.start()
    # The name ends at a meeting noun; what follows it (将于DATE, 在LOC) is the tail.
    tail = None
    nouns = list(_NOUN_GATED.finditer(text, start, phrase_end)) or list(_OPEN_NOUN.finditer(text, start, phrase_end))
    for noun in nouns:
        parsed = _tail(text, noun.end(), phrase_end, dates)
        if parsed is not None:
            name_end, tail = noun.end(), parsed
        joined = _JOINED_NAME.match(text, noun.end(), phrase_end)
        if joined and (parsed := _tail(text, joined.end(), phrase_end, dates)) is not None:
            name_end, tail = joined.end(), parsed  # "某某会议暨业务培训会召开"
    if tail is None:
        named = _name_in_clause_before(text, start, phrase_end, clause, dates)
        if named is None:
            return None
        start, name_end, tail = named
    name = _clean_name(text[start:name_end])
    if name in lang.SESSION_BY_ITSELF and _FUTURE.search(text, clause, verb.end()):
        earlier = _session_named_before(text, clause)
        if earlier is not None:
            start, name = earlier.start(), earlier.group()
    if name.startswith(lang.PURPOSE_BEFORE_NAME) or _NOT_IN_SUBJECT_NAME.search(name):
        return None  # "确保NAME顺利召开": what a measure serves; "某某宣布大会开幕": a ceremony
    if not name or name.startswith(common.AT_PLACE) or _BARE_REFERENCE.match(name) or _NOT_MEETING.search(name) or len(name) > 60:
        return None
    expr, venue = tail
    expr = expr or _date_before(dates, start)
    day, end_day = _day(expr) if expr else (None, None)
    evidence_end = verb.end("verb")
    is_closing = verb["verb"] == lang.CLOSE_VERB
    if verb["verb"] == lang.OPEN_VERB:
        closing = _CLOSING.search(text[evidence_end:])
        if closing:
            close_expr = next(
                (d for d in dates if d.start_char >= evidence_end + closing.start("when") and d.end_char <= evidence_end + closing.end("when")),
                None,
            )
            if close_expr and _day(close_expr)[0]:
                end_day = _day(close_expr)[0]
                evidence_end = evidence_end + closing.end()
    ev_start = min(expr.start_char, start) if expr else start
    return MeetingMention(
        name=name, date=day, end_date=end_day,
        organizer=organizer or _embedded_organizer(name, city),
        location=venue,
        status="announced" if _FUTURE.search(text, clause, verb.end()) else "reported",
        line=line, start=ev_start, end=evidence_end, closing=is_closing,
    )


# A numbered session's name opening a clause: where a clause opens, no word of the clause before
# the name can be taken for the place it prints ("某某宣布市某届人大…" would read 某某宣布 as one).
_SESSION_OPENING_CLAUSE = tuple(
    re.compile(rf"(?:^|(?<=[\s{_CLAUSE_PUNCT}{common.FULL_STOP}]))" + p.removeprefix("^"))
    for p in lang.CONGRESS_FORMS + lang.PLENARY_FORMS
)


def _session_named_before(text: str, end: int) -> re.Match | None:
    """The last numbered session (congress or plenary) opening a clause of ``text`` before
    ``end``: what "大会" announces in the same sentence."""
    last = None
    for pattern in _SESSION_OPENING_CLAUSE:
        for m in pattern.finditer(text, 0, end):
            if last is None or m.end() > last.end():
                last = m
    return last


# --- roles ------------------------------------------------------------------------------------


def _roles(text: str, known: frozenset[str], headline: bool) -> tuple[list[str], list[str]]:
    """Chairs and speakers named in one sentence: each role verb binds to the list of people
    printed right before it; "由X主持" and "BODY主持" name a chairing body. A headline whose role
    verb finds nobody ("张三讲话", a name never printed with a title) asks jieba."""
    if not _names_a_role(text):
        return [], []
    chairs, speakers, unbound = _bind_roles(text, people.find_people(text, known))
    if headline and unbound:
        chairs, speakers, _ = _bind_roles(text, people.find_people(text, known, use_jieba=True))
    return chairs, speakers


def _bind_roles(text: str, mentions: list[people.PersonMention]) -> tuple[list[str], list[str], bool]:
    groups = people.person_groups(text, mentions)
    chairs: list[str] = []
    speakers: list[str] = []
    unbound = False

    def bound(verb_start: int) -> list[str]:
        before = [g for g in groups if g[-1].end <= verb_start]
        if not before:
            return []
        gap = text[before[-1][-1].end : verb_start]
        if len(gap) > lang.ROLE_REACH or (_CLAUSE_BREAK_MARK.search(gap) and not _ON_BEHALF_GAP.match(gap)):
            return []
        return [p.name for p in before[-1]]

    for verb in _CHAIR.finditer(text):
        names = bound(verb.start())
        if not names:
            clause = max((text.rfind(p, 0, verb.start()) for p in _CLAUSE_PUNCT_BEFORE_CHAIR), default=-1) + 1
            who = text[clause : verb.start()]
            who = who.split(lang.BY_AGENT, 1)[1] if lang.BY_AGENT in who else who
            if people.looks_like_body(who) and not _BARE_REFERENCE.match(who):
                names = [who]
            elif lang.BY_AGENT in text[clause : verb.start()] and people.is_plausible_name(who.strip()):
                names = [who.strip()]  # "大会由某某主持": 由 and 主持 frame a bare name
        unbound = unbound or not names
        chairs.extend(n for n in names if n not in chairs)
    for noun in _CHAIR_NOUN.finditer(text):
        # "大会主持人(、TITLE)NAME": the person printed right after the presenter's noun
        after = next((p for p in mentions if p.phrase_start in (noun.end(), noun.end() + 1) or p.start == noun.end()), None)
        if after is not None:
            name = after.name
        else:
            bare = _BARE_NAME_AFTER_CHAIR_NOUN.match(text, noun.end())
            name = bare["name"] if bare and people.is_plausible_name(bare["name"]) else None
        unbound = unbound or name is None
        if name and name not in chairs:
            chairs.append(name)
    for verb in _SPEAKER.finditer(text):
        clause = max((text.rfind(p, 0, verb.start()) for p in _CLAUSE_PUNCT_BEFORE_SPEAKER), default=-1) + 1
        if _CITED_SPEECH.search(text, clause, verb.start()):
            continue  # "传达学习某某的讲话": a speech studied, not given here
        names = bound(verb.start())
        unbound = unbound or not names
        speakers.extend(n for n in names if n not in speakers)
    return chairs, speakers, unbound


# --- one article ------------------------------------------------------------------------------


def _lines(article: Article, issue_text: str) -> list[_Line]:
    lines: list[_Line] = []
    head_end = article.body_char_start
    cursor = article.char_start
    for part in (article.title, article.subtitle):
        for piece in (part or "").split("\n"):
            piece = piece.strip()
            if not piece:
                continue
            at = issue_text.find(piece, cursor, head_end)
            if at < 0:  # a title printed below its subtitle lines ("代市长 某某" under "——…上")
                at = issue_text.find(piece, article.char_start, head_end)
            lines.append(_Line(piece, article, -1, issue_start=at if at >= 0 else None))
            if at >= 0:
                cursor = at + len(piece)
    index = start = 0
    # Each sentence is one match (its text up to and with its end mark, or the text left after the
    # last mark): the engine cuts them, not a Python loop slicing between the marks' ends. The
    # matches tile the body (a match opens wherever the last one ended, on an end mark or not, and
    # none is empty), so each one starts where the ones before it end: no match objects are made.
    for sentence in _SENTENCE.findall(article.body):
        if not sentence.isspace():
            lines.append(_Line(sentence, article, index, start))
            index += 1
        start += len(sentence)
    return lines


def _article_mentions(article: Article, issue: Issue, day_of: _DayOf, city: str | None) -> list[MeetingMention]:
    if article.section and _HISTORY_SECTION.search(article.section):
        return []  # a history column reprints old meetings (asked first: its lines need not be read)
    lines = _lines(article, issue.text)
    # _lines gives the headline lines first, then the body's sentences numbered from 0
    first = len(lines)
    for i, ln in enumerate(lines):  # (a loop: a generator left unfinished is closed by an exception)
        if ln.index >= 0:
            first = i
            break
    headlines, body = lines[:first], lines[first:]
    # A line with no meeting word is never read (_may_convene asks for one first): asked here, two
    # calls are spared for half the lines of a team article that convenes (3 in 4 on the samples).
    mentions = [m for ln in lines if _holds_any(ln.text, _MEETING_WORD_CUES) for m in _find_in_line(ln, day_of, city, cue_seen=True)]
    mentions.extend(_speech_occasions(headlines, day_of, city))
    if not mentions:
        return []
    base = day_of()
    title_date = next(
        (d for ln in headlines if _DATE_TITLE.match(ln.text) for d in find_dates(ln.text, base)), None
    )
    kept: list[MeetingMention] = []
    for m in mentions:
        if m.line.is_headline and not m.speakers:
            continue
        if m.date is None and m.line.index == 0 and title_date is not None:
            m.date = _day(title_date)[0]  # a dated column: "2011年12月21日 / …大会举行"
        if m.date is None and not m.vague_date:
            m.date = _carried_day(m, body, base)
        if m.date is None and not (m.line.index == 0 and m.vague_date):
            continue  # undated and not a lede's "近日": a meeting cited, not reported
        published = issue.ctx.issue_date or base
        if m.date is not None and (published - m.date).days > lang.HISTORY_DAYS:
            continue  # a years-old meeting: reprinted history or background, not this issue's
        if m.date is not None and m.date > published:
            m.status = "announced"  # still ahead when the reader holds the paper
        kept.append(m)
    # Headline mentions only lend their convener and venue to the body mention they name.
    for h in (m for m in mentions if m.line.is_headline):
        target = next((k for k in kept if _same_meeting(h, k)), None)
        if target is not None:
            target.organizer = target.organizer or h.organizer
            target.location = target.location or h.location
    _attach_organisers(body, kept, city)
    _attach_roles(headlines, body, kept)
    _attach_lengths(body, kept)
    return kept


def _speech_occasions(headlines: list[_Line], day_of: _DayOf, city: str | None) -> list[MeetingMention]:
    """A speech printed in full: its subtitle "——DATE在NAME上" names the meeting and the day, a
    short headline line "TITLE NAME" its speaker."""
    found = []
    for ln in headlines:
        m = _SPEECH_OCCASION.match(ln.text)
        if m is None:
            continue
        name = re.sub(r"\s+", "", m["name"])
        if not _NOUN_AT_END.search(name) or _BARE_REFERENCE.match(name):
            continue
        when = find_dates(m["when"], _end_of(day_of()), prefer="nearest")
        day = _day(when[0])[0] if len(when) == 1 else None
        speakers = [
            p.name
            for other in headlines
            if other is not ln and len(other.text) <= lang.SPEAKER_LINE_MAX
            for p in people.find_people(re.sub(r"\s+", "", other.text))
            if p.title
        ]
        if day is None or not speakers:
            continue
        found.append(MeetingMention(
            name=name, date=day, end_date=None, organizer=_embedded_organizer(name, city), location=None,
            status="reported", line=ln, start=0, end=len(ln.text), speakers=speakers[:1],
            key=meeting_key(name, city),
        ))
    return found


def _scope(body: list[_Line], kept: list[MeetingMention], m: MeetingMention) -> list[_Line]:
    """The body sentences about ``m``: from its own up to the next mention's (a headline's
    mention: from the first). ``body[i]`` is sentence ``i`` (:func:`_lines`), so it is a slice."""
    later = [k.line.index for k in kept if k.line.index > m.line.index]
    stop = min(later) if later else len(body)
    return body[max(m.line.index, 0) : stop]


def _attach_lengths(body: list[_Line], kept: list[MeetingMention]) -> None:
    """"会期4天" (the mention's sentence or the next) and "为期两天的NAME" give a dated meeting's
    last day."""
    for m in kept:
        if m.date is None or m.end_date is not None:
            continue
        length = _LENGTH_BEFORE_NAME.search(m.line.text, m.start, m.end)
        if length is None:
            for ln in _scope(body, kept, m)[:2]:
                length = _SESSION_LENGTH.search(ln.text, m.start if ln is m.line else 0)
                if length and _opens_another(ln, length.start(), m):
                    length = None  # "…发布会召开。本次会议将于27日开幕,会期4天": the session's length
                if length:
                    break
        if length is None:
            continue
        days = to_int(unicodedata.normalize("NFKC", length["days"])) + (1 if length.groupdict().get("half") else 0)
        if days and 1 < days <= 31:
            m.end_date = m.date + timedelta(days=days - 1)


def _opens_another(line: _Line, pos: int, m: MeetingMention) -> bool:
    """The sentence holding ``pos`` announces an opening or closing of its own (开幕, 闭幕) apart from
    the mention's sentence: a length stated there is that session's, not the mention's."""
    lo, hi = bounds(line.text, pos, _SENTENCE_END)
    if line is m.line and lo <= m.start:
        return False  # the mention's own sentence ("某某会议27日开幕,会期4天")
    sentence = line.text[lo:hi]
    return lang.OPEN_VERB in sentence or lang.CLOSE_VERB in sentence


def _attach_organisers(body: list[_Line], kept: list[MeetingMention], city: str | None) -> None:
    """"NAME的举行,是ORG…" and "本次会议由ORG主办" name the convener outside the mention."""
    for m in kept:
        if m.organizer:
            continue
        for ln in body:
            at = ln.text.find(m.name)
            if at >= 0:
                held = _HELD_BY.match(ln.text, at + len(m.name))
                if held:
                    org = people.leading_body(ln.text[held.end() :])
                    if org:
                        m.organizer = people.canonical_body(org, city)
                        break
            if len(kept) != 1:
                continue  # "本次会议由ORG主办" is read for an article's only meeting
            by = _ORGANISED_BY.search(ln.text)
            if by and people.looks_like_body(by["org"]):
                m.organizer = people.canonical_body(by["org"], city)
                break


def _about_another_meeting(text: str, m: MeetingMention) -> bool:
    """A role sentence set at another named meeting ("列席某某会议,听取了某某作的报告") speaks of
    that meeting's roles, not of ``m``'s."""
    for at in _ATTENDED.finditer(text):
        if text.startswith(lang.CITED_AT_MEETING, at.end()):
            continue  # "学习某某在某会议上的讲话": a speech cited, the sentence is not set there
        name = _clean_name(at["name"])
        # "在审议有关事项时列席会议": 在 opens a time clause; what is attended follows the last verb
        name = _ATTEND_VERB.split(name)[-1]
        if _BARE_REFERENCE.match(name) or name in m.name or m.name in name:
            continue
        if meeting_key(name, None) != meeting_key(m.name, None):
            return True
    return False


def _attach_roles(headlines: list[_Line], body: list[_Line], kept: list[MeetingMention]) -> None:
    if not kept:
        return
    # Whether a line names a role, asked of the lines in a reported meeting's scope only (not those
    # before the first mention, nor an announced meeting's), once each.
    names_a_role: dict[int, bool] = {}
    # Names printed with a title anywhere in the article may recur bare in a role sentence or a
    # headline ("市政协主席某某…在主席台就座。…某某作工作报告", "操学诚讲话"). Read once, and only
    # when a role sentence is to be bound, in one search over the body's sentences.
    known: frozenset[str] | None = None
    for m in kept:
        if m.status == "announced":
            continue  # nobody has chaired or spoken at a meeting still to come
        scope = _scope(body, kept, m)
        if m is kept[0]:
            scope = headlines + scope
        for ln in scope:
            role = names_a_role.get(id(ln))
            if role is None:
                role = names_a_role[id(ln)] = _names_a_role(ln.text)
            if not role or _about_another_meeting(ln.text, m):
                continue
            if known is None:
                known = frozenset(people.titled_names("".join(sentence.text for sentence in body)))
            chairs, speakers = _roles(ln.text, known, ln.is_headline)
            if not chairs and ln is m.line:
                chairs = _elided_chair(body, ln)
            m.chairs.extend(c for c in chairs if c not in m.chairs)
            m.speakers.extend(s for s in speakers if s not in m.speakers)
        m.speakers.extend(_chairs_addressing(m, scope))


def _chairs_addressing(m: MeetingMention, scope: list[_Line]) -> list[str]:
    """The meeting's chairs, and people printed with their titles, who address it in a clause of
    their own ("某某指出,…", "县长某某强调,…"), not yet among its speakers."""
    waiting = [c for c in m.chairs if c not in m.speakers]
    found: list[str] = []
    for ln in scope:
        text = ln.text
        if ln.is_headline or not _holds_any(text, _ADDRESS_VERBS) or _about_another_meeting(text, m):
            continue
        for p in people.find_people(text, frozenset(waiting)):
            if p.name in m.speakers or p.name in found or not _CHAIR_ADDRESS_VERB.match(text, p.end):
                continue
            before = text[: p.phrase_start].rstrip()
            # at a clause's start, its titles and all ("市政协党组书记、主席某某强调")
            opens_clause = not before or before[-1] in common.COMMAS or (before[-1] == common.LIST_COMMA and p.title)
            if p.name in waiting:
                if opens_clause:
                    found.append(p.name)
            elif opens_clause and people.opens_with_titles(text, p) and not _CITED_SPEECH.search(text, 0, p.phrase_start):
                # anyone else opening a clause of the report with their titles ("县委副书记、县长某某
                # 强调,…", "镇党委书记某某要求,…"), unless the sentence relays another meeting
                # ("传达学习了某全会精神,省委书记某某在会上强调")
                found.append(p.name)
    return found


def _elided_chair(body: list[_Line], line: _Line) -> list[str]:
    """"DATE TITLE某某到某地调研…;主持召开座谈会": a clause opening on 主持召开 after a semicolon is
    chaired by the one person who opens the clause before it."""
    if not _ELIDED_CHAIR.match(line.text):
        return []
    before = next((ln for ln in body if ln.index == line.index - 1), None)
    if before is None or not before.text.rstrip().endswith(lang.SUBJECT_CLAUSE_ENDS):
        return []
    found = people.find_people(before.text)
    groups = people.person_groups(before.text, found)
    if len(groups) != 1 or len(groups[0]) != 1:
        return []  # nobody, or several people: whose clause it is cannot be told
    subject = groups[0][0]
    lead = _strip_lead(before.text, 0, subject.start, find_dates(before.text, _end_of(date.today())))
    title_phrase = before.text[lead : subject.start]
    if len(title_phrase) > lang.ELIDED_SUBJECT_REACH or re.search(rf"[{common.COMMAS}{common.COLONS}]", title_phrase):
        return []  # the person does not open the clause: someone in it, not its subject
    return [subject.name]


# --- the issue --------------------------------------------------------------------------------


def _same_meeting(a: MeetingMention, b: MeetingMention) -> bool:
    if a.key != b.key and not (
        _session(a.name) and _session(b.name) and _same_session_one_place_unknown(a.key, b.key)
    ):  # ("市九届人大二次会议" and "某某市第九届人民代表大会第二次会议" when the paper's city is unknown)
        if _session(a.name) or _session(b.name):
            return False  # a session and its press conference or preparatory meeting are two
        # "市十五届人大常委会第十六次会议" restated as "市人大常委会第十六次会议": on one day, the term
        # printed once and left out once names one meeting.
        x, y = _TERM.sub("", a.key), _TERM.sub("", b.key)
        if len(x) < 4 or len(y) < 4 or not (x in y or y in x):
            return False
    if a.date and b.date and a.date != b.date:
        return False
    la, lb = normalise_name(a.location), normalise_name(b.location)
    return not la or not lb or la == lb


def _same_session_one_place_unknown(a_key: str, b_key: str) -> bool:
    """Two session keys (kind|home|level|term|number|rest) alike but for a home one of them lacks:
    a city session printed without its place when the paper's city is not known."""
    a, b = a_key.split("|"), b_key.split("|")
    if len(a) != len(b) or len(a) < 2 or (a[1] and b[1]):
        return False
    return a[:1] + a[2:] == b[:1] + b[2:]


def _restates(named: MeetingMention, bare: MeetingMention) -> bool:
    """A bare meeting noun ("座谈会", "会议") in the article of a named meeting ending with it, on the
    same day: the named one again ("市政府召开…征求意见座谈会。副市长某某主持召开座谈会…")."""
    return (bare.name in lang.MEETING_NOUNS and named.name != bare.name and named.name.endswith(bare.name)
            and not bare.organizer)


def _name_rank(name: str) -> tuple[bool, int]:
    """Which of two names of one session a row takes: the session's own over a ceremony's, then the
    longer (the formal one)."""
    return (not _CEREMONY_AT_END.search(name), len(name))


def _closes_known_session(m: MeetingMention, merged: list[MeetingMention]) -> bool:
    """A session's 闭幕 reported apart from its opening gives that session's last day; reported on
    its own it is the row (dated its closing day)."""
    if not m.closing or m.date is None:
        return False
    opening = next(
        (k for k in merged if k.date and k.date < m.date and k.key == m.key), None
    )
    if opening is None:
        return False
    opening.end_date = max(opening.end_date or m.date, m.date)
    return True


def find_meetings(issue: Issue) -> list[MeetingMention]:
    """Every meeting the issue reports or announces, merged across headlines and articles."""
    city = people.home_city(issue.ctx.paper, issue.text)
    merged: list[MeetingMention] = []
    for article in issue.articles:
        if not _may_convene(article.body) and not _may_print_speech(article):
            continue
        if issue.ctx.issue_date is None and issue.base_date(article) is None:
            continue  # no day to count from (with an issue date, there is always one)
        in_article: list[MeetingMention] = []
        for m in _article_mentions(article, issue, partial(issue.base_date, article), city):
            if _closes_known_session(m, merged):
                continue
            same = next((k for k in merged if k.date == m.date and _same_meeting(k, m)), None)
            if same is None:
                same = next((k for k in in_article if k.date == m.date and _restates(k, m)), None)
            in_article.append(m)
            if same is None:
                merged.append(m)
                continue
            if _session(m.name) and _session(same.name) and _name_rank(m.name) > _name_rank(same.name):
                # one session printed short and in full ("市十六届人大五次会议" / "某某市第十六届人民
                # 代表大会第五次会议") or by its ceremony ("…开幕会"): the row takes the session's full
                # name, with the evidence that prints it
                same.name, same.line, same.start, same.end = m.name, m.line, m.start, m.end
            same.organizer = same.organizer or m.organizer
            same.location = same.location or m.location
            same.end_date = same.end_date or m.end_date
            same.chairs.extend(c for c in m.chairs if c not in same.chairs)
            same.speakers.extend(s for s in m.speakers if s not in same.speakers)
    for m in merged:
        m.organizer = _placed(_convener(m.organizer, city), m.line.text, city)
    return merged


# A page in traditional script (a big5 gateway of a city paper) is read with the meeting vocabulary
# folded to simplified characters, one for one, so offsets hold; names, bodies, people and venues
# are then read back from the printed text (script_fold.as_printed).
_SCRIPT_TABLE = {
    **zh_traditional.TRADITIONAL_TO_SIMPLIFIED,
    **zh_traditional.pair_table(zh_notices.NOTICE_TRADITIONAL_PAIRS),
    **zh_air_quality.TRADITIONAL_TO_SIMPLIFIED,
    **zh_traditional.pair_table(lang.MEETING_TRADITIONAL_PAIRS),
}
_fold_script = CharacterFold(_SCRIPT_TABLE)
# find_meetings reads an article only if its body holds a meeting word's cue (会, 论坛: _may_convene)
# or its headline a speech's occasion line (_SPEECH_OCCASION, opening on ——). An article printing
# none of the characters that fold to a cue's first character or to "—" holds none of them folded
# or not: it is skipped either way, so it is not folded (half the articles of a team issue).
_SPEECH_OCCASION_MARK = "——"
_READ_FIRST = {word[0] for word in lang.MEETING_WORD_CUES} | {_SPEECH_OCCASION_MARK[0]}
# (asked by substring tests, a handful of characters: faster on a body than a class's search)
_MAY_BE_READ = tuple(_fold_script.printed_chars("".join(sorted(_READ_FIRST))))


def _may_print_speech(article: Article) -> bool:
    """Whether ``article``'s headlines hold a speech's occasion (_SPEECH_OCCASION, "——DATE在NAME上"),
    searched only where a headline prints the dash every match opens on (the line break joining
    title and subtitle makes no dash)."""
    headlines = [part for part in (article.title, article.subtitle) if part]
    if not any(_SPEECH_OCCASION_MARK in part for part in headlines):
        return False
    return _SPEECH_OCCASION.search("\n".join(headlines)) is not None


def _may_be_read(article: Article) -> bool:
    """Whether find_meetings may read ``article`` once folded (see _MAY_BE_READ)."""
    for text in (article.body, article.title, article.subtitle):  # (a loop, as in _article_mentions)
        if text and _holds_any(text, _MAY_BE_READ):
            return True
    return False


def extract(issue: Issue) -> list[Meeting]:
    """The issue's meetings as warehouse records, evidence mapped back to the issue text."""
    folded = folded_issue(issue, _fold_script, read=_may_be_read)
    if folded is issue:
        return _records(issue)
    records = _records(folded)
    if not records:
        return records
    changed = _fold_script.folded_into(issue.text)  # (a table of one character to one: a set)
    return [_printed_script(meeting, issue, folded, changed) for meeting in records]


def _printed_script(meeting: Meeting, issue: Issue, folded: Issue, changed: frozenset[str]) -> Meeting:
    lo, hi = meeting.char_start, meeting.char_end

    def printed(value: str | None) -> str | None:
        # A value holding none of the characters the fold produced on this page reads the same
        # printed: as_printed returns it or pieces of the printed text whose folded text equals
        # pieces of it, and printed and folded texts differ only where the folded one holds such a
        # character. (Most values: their span's search and the page's gloss-free view are spared.)
        if not value or changed.isdisjoint(value):
            return value
        return as_printed(value, issue.text, folded.text, lo, hi)

    evidence = issue.text[lo:hi]
    name, organizer, location = printed(meeting.name), printed(meeting.organizer), printed(meeting.location)
    chairs = tuple(printed(person) for person in meeting.chairs)
    speakers = tuple(printed(person) for person in meeting.speakers)
    if (evidence == meeting.evidence and name == meeting.name and organizer == meeting.organizer
            and location == meeting.location and chairs == meeting.chairs and speakers == meeting.speakers):
        return meeting  # the span prints no folded character and no field changed: the same record
    return replace(meeting, evidence=evidence, name=name, organizer=organizer, location=location,
                   chairs=chairs, speakers=speakers)


def _records(issue: Issue) -> list[Meeting]:
    records: list[Meeting] = []
    for m in find_meetings(issue):
        span = m.line.issue_span(m.start, m.end)
        if span is None:
            continue
        if m.end_date is not None and (m.date is None or m.end_date <= m.date):
            m.end_date = None  # a row never ends before it starts: that end was misread
        records.append(
            Meeting(
                event_id=stable_id("mtg", m.date, m.key, normalise_name(m.location)),
                article_seq=m.line.article.seq,
                evidence=issue.text[span[0] : span[1]],
                char_start=span[0],
                char_end=span[1],
                date=m.date,
                end_date=m.end_date,
                name=m.name,
                organizer=m.organizer,
                chairs=tuple(m.chairs),
                speakers=tuple(m.speakers),
                location=m.location,
                status=m.status,
            )
        )
    return records
