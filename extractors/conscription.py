"""Conscription registration windows: one record per (gender, half-year) window an issue prints.

A window is a date range (or a start, or a deadline) in a clause that names registration (报名)
and no later stage of the call-up (体检, 政审, 欢送...), in a sentence or article about
conscription. The window takes the nearest gender and half-year words before it in its sentence,
so "男兵上半年报名时间为A;下半年报名时间为B" gives B to the male second half, as printed.
A clause without the registration word takes it from a cue: a lead-in clause naming the time of
registration ("网上报名时间,上半年:A;下半年:B"), or the header a list line hangs from ("报名时间:"
over "男兵:A" and "女兵:B", one line each, or a label line "男兵" over the line "A"); a gender or half
in the header or in brackets after the dates ("A(上半年)") labels the line. Where the page layout set
such short lines as an article's headlines, the block of short lines around each date line is read
as the list it is (only windows on those date lines count).

Decisions where the text is silent (all in :func:`find_windows`):

- half: the nearest 上半年/下半年/春季/秋季 in the sentence; else, for a call-up before 2020 (one a
  year), the second; else the deadline's month (January to June, or December, is the first
  half-year call-up; July to November the second); else the only half the article names; else the
  start's month.
- dates printed without a year that ended more than 45 days before the issue are next year's
  (a December issue's "下半年截止时间为8月10日").
- year: the year printed before 征兵 ("2024年春季征兵", "今年下半年征兵"), nearest before the window,
  the headline's otherwise; else the deadline's year (a December deadline is next year's).
- gender: "男女兵"/"男女青年" gives one row per gender. A window whose text names no gender takes
  the only gender its article names, if named in its first sentence or before the window in its
  paragraph; failing that it is taken as the male call-up (the female
  call-up is always announced as such) and is marked ``gender_stated=False``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from .date_memo import find_dates
from .dates import TimeExpression, first_day, last_day
from .ids import stable_id
from .lang import zh_common as common
from .lang import zh_conscription as lang
from .lang import zh_traditional
from .records import Article, ConscriptionWindow, Gender, Half, Issue
from .patterns import CharacterFold, PairGated, StartGated
from .patterns import alternation as _alternation
from .patterns import heads_its_clause
from .patterns import last_match as _last_match
from .patterns import bounds as _bounds

__all__ = ["WindowMention", "find_windows", "extract"]




# Punctuation as character-class contents (each mark in its ASCII and full-width forms).
_OPEN, _CLOSE = common.OPEN_BRACKETS, common.CLOSE_BRACKETS
_SENTENCE_MARKS = common.FULL_STOP + common.EXCLAMATIONS + common.QUESTION_MARKS
_CONSCRIPTION = re.compile(_alternation(lang.CONSCRIPTION_WORDS))
_REGISTRATION = re.compile(_alternation(lang.REGISTRATION_WORDS))
_OTHER_STAGE = re.compile(_alternation(lang.OTHER_STAGE_WORDS))
_LISTED_WITH_REGISTRATION = re.compile(
    lang.LISTED_WITH_REGISTRATION.format(registration=_alternation(lang.REGISTRATION_WORDS)))
# Start-gated: its branches open on named groups, which hide their first characters from the engine.
_GENDER = PairGated(re.compile(
    f"(?P<both>{_alternation(lang.BOTH_GENDER_WORDS)})"
    f"|(?P<male>{_alternation(lang.MALE_WORDS)})|(?P<female>{_alternation(lang.FEMALE_WORDS)})"
))
_GENDER_AFTER = re.compile(
    rf"\s*[{_OPEN}](?:(?P<both>{_alternation(lang.BOTH_GENDER_WORDS)})"
    rf"|(?P<male>{_alternation(lang.MALE_WORDS)})|(?P<female>{_alternation(lang.FEMALE_WORDS)}))"
)
_HALF = re.compile(f"(?P<H1>{_alternation(lang.H1_WORDS)})|(?P<H2>{_alternation(lang.H2_WORDS)})")
_HALF_AFTER = re.compile(
    rf"\s*(?:[{_OPEN}][^{_OPEN}{_CLOSE}]{{0,8}}[{_CLOSE}])?\s*[{_OPEN}](?:(?P<H1>{_alternation(lang.H1_WORDS)})"
    rf"|(?P<H2>{_alternation(lang.H2_WORDS)}))"
)
# Bracketed labels after a window's dates ("(男兵)", "(上半年)", "(女兵,下半年)"), for the evidence.
_LABEL_AFTER = re.compile(
    rf"(?:\s*[{_OPEN}](?:{_alternation(lang.MALE_WORDS + lang.FEMALE_WORDS + lang.BOTH_GENDER_WORDS)}"
    rf"|{_alternation(lang.H1_WORDS + lang.H2_WORDS)}|[{common.COMMAS}{common.LIST_COMMA}\s])+[{_CLOSE}])+"
)
_DEADLINE = re.compile(_alternation(lang.DEADLINE_WORDS))
_TALLY_CUTOFF = re.compile(_alternation(lang.TALLY_CUTOFF_WORDS))
_PEOPLE_COUNT = re.compile(lang.PEOPLE_COUNT)
_CLOSED = re.compile(_alternation(lang.CLOSED_WORDS))
_START_AFTER = re.compile(lang.START_AFTER)
_YEAR_TAIL = re.compile(lang.YEAR_TAIL)
_YEAR_WRITTEN = re.compile(lang.YEAR_WRITTEN)
_NAMES_YEAR = re.compile(lang.NAMES_YEAR)
_WRITES_YEAR = re.compile(lang.WRITES_YEAR)
_AGE_RANGE = re.compile(lang.AGE_RANGE)
_AGE_RELAXATION = re.compile(_alternation(lang.AGE_RELAXATION_WORDS))
_SITE_NAME = re.compile(_alternation(lang.SITE_NAMES))
_SITE_PATTERN = re.compile(lang.SITE_PATTERN)
_SENTENCE_END = re.compile(rf"[{_SENTENCE_MARKS}\n]")
_DATE_LIKE = re.compile(lang.DATE_LIKE)
# (a search the engine skips ahead in, where _DATE_LIKE, opening on \d, is tried at every character:
# asked first of every article's headlines, most of which hold no date)
_DATE_LIKE_UNIT = re.compile(f"[{lang.DATE_LIKE_UNITS}]")
_PARAGRAPH_END = re.compile(r"\n")
_LIST_HEAD = re.compile(lang.LIST_HEAD)
_BARE_HEADING = re.compile(lang.BARE_HEADING)
_LABEL_LINE = re.compile(lang.LABEL_LINE.format(words=_alternation(
    lang.BOTH_GENDER_WORDS + lang.MALE_WORDS + lang.FEMALE_WORDS + lang.H1_WORDS + lang.H2_WORDS)))
_HEADER_CUT = re.compile(rf"[{_SENTENCE_MARKS}{common.SEMICOLONS}{common.COMMAS}]")
_CUE_TIME = re.compile(lang.CUE_TIME)
_CLAUSE_END = re.compile(rf"[{_SENTENCE_MARKS}\n{common.COMMAS}{common.SEMICOLONS}]")
_EDGE_PUNCT = (
    " \t" + common.IDEOGRAPHIC_SPACE + common.COMMAS + common.SEMICOLONS + common.COLONS + common.LIST_COMMA
    + common.FULL_STOP
)

_WINDOW_GRAINS = {"day", "part_of_day", "hour", "minute", "month"}

# Traditional characters of the vocabulary ("報名時間", "截止日期為"), folded one for one.
_fold_script = CharacterFold(zh_traditional.TRADITIONAL_TO_SIMPLIFIED)


def _registration_marks() -> re.Pattern:
    """A class of the printed characters some registration word needs: one character of each word
    (its first, unless one chosen already is in it), and every character the fold turns into one.
    A body printing none of them folds to a text naming no registration word, so it fails the cue
    gate whatever it is folded to: extract does not fold it."""
    chosen: set[str] = set()
    for word in sorted(lang.REGISTRATION_WORDS):
        if not chosen.intersection(word):
            chosen.add(word[0])
    return _fold_script.printed_as("".join(sorted(chosen)))


def _folded(article: Article) -> Article:
    """The article as the word lists read it: a page in traditional script (a big5 gateway of a
    mainland site) with its vocabulary in simplified characters, same length, so offsets and the
    evidence (taken from the issue text) are the printed ones; the article itself when nothing folds."""
    # (three plain calls, not a generator over the texts: every article of every issue comes here)
    printed_title, printed_subtitle, printed_body = article.title, article.subtitle, article.body
    title = _fold_script(printed_title) if printed_title else printed_title
    subtitle = _fold_script(printed_subtitle) if printed_subtitle else printed_subtitle
    body = _fold_script(printed_body) if printed_body else printed_body
    if title is printed_title and subtitle is printed_subtitle and body is printed_body:
        return article
    return replace(article, title=title, subtitle=subtitle, body=body)


_REGISTRATION_MARKS = _registration_marks()


@dataclass(frozen=True, kw_only=True)
class WindowMention:
    """One registration window as the article body states it; offsets are in ``article.body``."""

    year: int
    gender: Gender
    half: Half
    start_date: date | None
    end_date: date | None
    gender_stated: bool
    age_min: int | None
    age_max: int | None
    age_note: str | None
    site: str | None
    body_start: int
    body_end: int


@dataclass
class _Part:
    """A window in the making: the dates one clause gives and where its evidence lies."""

    start: date | None
    end: date | None
    expr_start: int
    expr_end: int
    span_start: int
    span_end: int
    sentence: tuple[int, int]
    cue: tuple[int, int] | None = None  # a cue from outside the clause (a list header above the line)


def _is_about_conscription(article: Article) -> bool:
    # The registration word first: most articles print none, and then no headline need be joined.
    if not _REGISTRATION.search(article.body):
        return False
    head = " ".join(filter(None, (article.title, article.subtitle)))
    return bool(_CONSCRIPTION.search(head) or _CONSCRIPTION.search(article.body))


def _names_other_stage(text: str, start: int = 0, end: int | None = None, *, phase_listed: bool = True) -> bool:
    """Whether text[start:end] names a later stage of the call-up (or military-service
    registration), not counting 兵役登记 listed as one phase with registration ("兵役登记、应征报名")
    unless ``phase_listed`` is False (the date is not that phase's)."""
    end = len(text) if end is None else end
    excused: list[tuple[int, int]] | None = None  # read when a 兵役登记 is found, not for every clause
    for m in _OTHER_STAGE.finditer(text, start, end):
        if m.group() == lang.SERVICE_REGISTRATION and phase_listed:
            if excused is None:
                excused = [x.span() for x in _LISTED_WITH_REGISTRATION.finditer(text, start, end)]
            if any(a <= m.start() and m.end() <= b for a, b in excused):
                continue
        return True
    return False


def _in_aside(body: str, clause_start: int, pos: int) -> bool:
    """Whether pos lies inside brackets opened in its clause and not yet closed."""
    opened = max(body.rfind(mark, clause_start, pos) for mark in _OPEN)
    return opened > max(body.rfind(mark, clause_start, pos) for mark in _CLOSE)


def _is_cue(text: str) -> bool:
    """A lead-in that names registration and gives no date itself ("网上报名时间:", "报名时间如下")."""
    return bool(_REGISTRATION.search(text)) and not _names_other_stage(text) and not _DATE_LIKE.search(text)


def _list_header(body: str, line_start: int, labelled: bool) -> tuple[int, int] | None:
    """The header a list line hangs from: the paragraph above the run of dated lines it is in, when
    its last clause names registration and it ends in a colon (or "如下"), or, for a line labelled
    with a gender or half ("男兵:…"), when it is any sentence naming registration ("网上报名开始。").

    "报名时间:\n男兵:2023年12月1日至2024年2月10日\n女兵:…" gives each line the cue above it.
    """
    pos = line_start
    label_end: int | None = None  # the end of the label line right above the dated line, if any
    for _ in range(2 * lang.MAX_LIST_LINES + 1):
        if pos <= 0:
            return None
        prev_start = body.rfind("\n", 0, pos - 1) + 1
        line = body[prev_start:pos - 1].strip(" \t\u3000")
        if not line:
            pos = prev_start
            continue
        if _LABEL_LINE.fullmatch(line):
            # "男兵" on its own line over the dates: the list's label, the header is further up.
            label_end = pos - 1 if label_end is None else label_end
            labelled = True
            pos = prev_start
            continue
        head = _LIST_HEAD.search(line)
        heading = _BARE_HEADING.fullmatch(line)
        cue_end = label_end if label_end is not None else pos - 1
        if heading is not None:
            return (prev_start, cue_end) if _is_cue(heading.group("label")) else None
        if head is not None:
            tail = line[:head.start()]
            tail = tail[max((m.end() for m in _HEADER_CUT.finditer(tail)), default=0):]
            return (prev_start, cue_end) if _is_cue(tail) else None
        if labelled:
            tail = line.rstrip(common.FULL_STOP + common.EXCLAMATIONS)
            tail = tail[max((m.end() for m in _SENTENCE_END.finditer(tail)), default=0):]
            if _is_cue(tail) and _CONSCRIPTION.search(tail):
                return prev_start, cue_end
        if not _DATE_LIKE.search(line) or len(line) > lang.MAX_LIST_LINE_CHARS:
            return None  # a list line is short and dated; anything else ends the list
        pos = prev_start
    return None


def _is_labelled(clause: str) -> bool:
    return bool(_GENDER.search(clause) or _HALF.search(clause))


def _registration_clause(body: str, expr: TimeExpression, previous: _Part | None,
                         sentence: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The span of the clause(s) that make expr a registration date, and the span of a cue it
    takes from elsewhere (a list header); None when nothing makes it one.

    ``previous``: the window found just before in the same sentence, so a parallel clause
    ("…男兵应征报名自3月20日起到8月10日止,女兵为6月18日至8月10日") is one too; ``sentence``: the
    bounds of expr's sentence (``_SENTENCE_END``), which the caller has read already.
    """
    c_start, c_end = _bounds(body, expr.start_char, _CLAUSE_END)
    clause = body[c_start:c_end]
    # "7月31日前为兵役登记、应征报名阶段": a phase listing 兵役登记 with registration ends (or spans)
    # on its dates. Not an opening ("1月10日起受理兵役登记、应征报名"): 兵役登记 opens with the
    # site, all year, and names no call-up's window; nor a date in a bracketed aside ("…(十八周岁的
    # 男青年须于4月15日前先行登记)…兵役登记和应征报名"), which is the aside's. Read only where the body
    # prints 兵役登记: elsewhere _names_other_stage never asks (every text it reads is of the body).
    phase_listed = lang.SERVICE_REGISTRATION in body and not (
        expr.kind == "since" or _START_AFTER.match(body, expr.end_char)
        or _in_aside(body, c_start, expr.start_char))
    if _names_other_stage(clause, phase_listed=phase_listed):
        return None
    if _REGISTRATION.search(clause):
        return (c_start, c_end), None
    # "截止时间:男兵上半年为2月10日,下半年为8月10日": a parallel deadline (or start) is one as well.
    one_ended = previous is not None and (previous.start is None) != (previous.end is None)
    if previous is not None and _is_labelled(clause) and (
            expr.kind == "range" or (one_ended and expr.kind in ("point", "until", "since"))):
        return (c_start, c_end), previous.cue
    s_start, s_end = sentence
    # "报名时间,上半年:12月1日至2月10日": a cue clause right before hands its cue to a labelled clause.
    if c_start > s_start:
        p_start, p_end = _bounds(body, c_start - 1, _CLAUSE_END)
        cue = body[max(p_start, s_start):p_end]
        if _is_cue(cue) and _CUE_TIME.search(cue):
            return (c_start, c_end), (max(p_start, s_start), p_end)
    # A list line under "报名时间:" (its own sentence, cut off from the header by the line break).
    if c_start == s_start:
        header = _list_header(body, s_start, expr.kind == "range" and _is_labelled(clause))
        if header is not None:
            return (c_start, c_end), header
    # "12月1日至2月10日,登录全国征兵网报名": the registration word may follow in the next clause.
    if c_end < s_end:
        n_start, n_end = _bounds(body, c_end + 1, _CLAUSE_END)
        following = body[n_start:n_end]
        if _REGISTRATION.search(following) and not _names_other_stage(following, phase_listed=phase_listed) \
                and not _DATE_LIKE.search(following):
            return (c_start, n_end), None
    # "网上报名于7月1日启动,8月10日截止": a deadline continues the registration clause before it.
    if c_start > s_start and (_DEADLINE.search(clause) or _START_AFTER.match(body, expr.end_char)):
        p_start, p_end = _bounds(body, c_start - 1, _CLAUSE_END)
        if _REGISTRATION.search(body, p_start, p_end) \
                and not _names_other_stage(body, p_start, p_end, phase_listed=phase_listed):
            return (c_start, c_end), None
    return None


def _is_tally_cutoff(body: str, expr: TimeExpression) -> bool:
    """"截至6月3日,全县已有300余名青年报名应征": a cutoff that is a clause of its own, heading a
    sentence that counts people, dates a tally of who registered by then, not a deadline to register
    by (which reads "报名截至8月15日", "截至8月15日24时,逾期不再受理")."""
    if expr.kind != "until" or not _TALLY_CUTOFF.match(expr.text):
        return False
    c_end = heads_its_clause(body, expr.start_char, expr.end_char, _CLAUSE_END, common.COMMAS, _EDGE_PUNCT)
    if c_end is None:
        return False
    s_end = _bounds(body, expr.start_char, _SENTENCE_END)[1]
    return _PEOPLE_COUNT.search(body, c_end + 1, s_end) is not None


def _may_give_dates(expr: TimeExpression) -> bool:
    """Whether :func:`_dates_of` can give expr dates: a range of months or finer, or one end that
    names its day or time (the first two tests it makes, which read nothing but expr)."""
    return expr.granularity in _WINDOW_GRAINS and (expr.kind == "range" or expr.granularity != "month")


def _dates_of(body: str, expr: TimeExpression, clause: tuple[int, int], cue: tuple[int, int] | None,
              role: str | None) -> tuple[date | None, date | None] | None:
    """The (first day, last day) a registration expression gives; None when it gives no window.

    ``cue``: a lead-in from outside the clause ("网上报名截止时间:"); ``role``: "start" or "end" when
    the expression parallels a start or a deadline just before it in its sentence.
    """
    if expr.granularity not in _WINDOW_GRAINS:
        return None
    if expr.kind == "range":
        return first_day(expr), last_day(expr)
    # One end alone must name its day: "已于本月启动" starts the call-up's work, not a window.
    if expr.granularity == "month":
        return None
    before = body[clause[0]:expr.start_char]
    # "报名已于2月10日结束": a window reported closed is no window to register in.
    if _CLOSED.search(before) and (expr.kind == "until" or _DEADLINE.search(body, expr.start_char, clause[1])):
        return None
    if expr.kind == "since":
        return first_day(expr), None
    if expr.kind == "until":
        return None, last_day(expr)
    if expr.kind == "point":
        if _DEADLINE.search(before) or _DEADLINE.match(body, expr.end_char) \
                or (cue is not None and _DEADLINE.search(body, *cue)):
            return None, last_day(expr)
        if _START_AFTER.match(body, expr.end_char):
            return first_day(expr), None
        if role == "end":
            return None, last_day(expr)
        if role == "start":
            return first_day(expr), None
    return None


def _next_year(day: date | None) -> date | None:
    if day is None:
        return None
    return day.replace(year=day.year + 1, day=28) if (day.month, day.day) == (2, 29) \
        else day.replace(year=day.year + 1)


def _rolled_forward(dates: tuple[date | None, date | None], base: datetime) -> tuple[date | None, date | None]:
    """A window printed without a year that ended well before the issue is next year's: a December
    issue's "下半年为8月10日" is the coming August (one already closed is said to be, and is dropped)."""
    last = dates[1] or dates[0]
    if last is not None and (base.date() - last).days > lang.STALE_WINDOW_DAYS:
        return _next_year(dates[0]), _next_year(dates[1])
    return dates


def _genders(body: str, part: _Part, article: Article) -> tuple[tuple[Gender, ...], bool]:
    """The genders a window applies to, and whether the text stated them."""
    s_start, s_end = part.sentence
    # "2023年12月1日至2024年2月10日(男兵)": a gender printed right after the dates is theirs.
    m = _GENDER_AFTER.match(body, part.expr_end)
    if m is None:
        m = _last_match(_GENDER, body, s_start, part.expr_start)
    if m is None:
        m = _GENDER.search(body, part.expr_start, part.span_end)
    if m is None and part.cue is not None:
        m = _last_match(_GENDER, body, part.cue[0], part.cue[1])  # "男兵报名时间:" over a list
    if m is None:
        head = " ".join(filter(None, (article.title, article.subtitle)))
        m = _GENDER.search(head)
    if m is None:
        # "2021年女兵征集工作展开。即日起至2月20日,…登录征兵网报名": the only gender the article names,
        # where it says what the article is about: its first sentence, or the window's paragraph before
        # the window. Named only further off or after the window ("女兵另有安排"), it is a
        # side note on another call-up, and the window is the general one.
        first_end = _bounds(body, 0, _SENTENCE_END)[1]
        para_start = _bounds(body, part.expr_start, _PARAGRAPH_END)[0]
        topical = any(x.start() < first_end or x.start() >= para_start
                      for x in _GENDER.finditer(body, 0, part.expr_start))
        kinds = {x.lastgroup for x in _GENDER.finditer(article.body)} if topical else None
        if kinds is not None and len(kinds) == 1:
            kind = kinds.pop()
            return (("male", "female") if kind == "both" else (kind,)), True  # type: ignore[return-value]
    if m is None:
        return ("male",), False
    if m.group("both"):
        return ("male", "female"), True
    return ("male",) if m.group("male") else ("female",), True


def _article_half(article: Article) -> Half | None:
    text = " ".join(filter(None, (article.title, article.subtitle, article.body)))
    kinds = {m.lastgroup for m in _HALF.finditer(text)}
    return kinds.pop() if len(kinds) == 1 else None  # type: ignore[return-value]


def _half(body: str, part: _Part, article: Article, year: int | None) -> Half | None:
    # "2023年12月1日至2024年2月10日(上半年)": a half printed right after the dates is theirs.
    m = _HALF_AFTER.match(body, part.expr_end) or _last_match(_HALF, body, part.sentence[0], part.expr_start)
    if m is None and part.cue is not None:
        m = _last_match(_HALF, body, part.cue[0], part.cue[1])  # "上半年报名时间:" over a list
    if m is not None:
        return "H1" if m.group("H1") else "H2"
    # Before the two call-ups a year (2020) there was one, in the second half: a June deadline for
    # students' early registration ("6月30日前完成网上报名") is that call-up's, not a spring one.
    if year is not None and year < lang.FIRST_YEAR_OF_TWO_CALL_UPS:
        return "H2"
    if part.end is not None:
        return "H1" if part.end.month <= 6 or part.end.month == 12 else "H2"
    stated = _article_half(article)
    if stated is not None:
        return stated
    if part.start is not None and part.start.month in (12, 1, 2):
        return "H1"
    if part.start is not None and part.start.month in (6, 7, 8):
        return "H2"
    return None


@dataclass(frozen=True)
class _NamedYear:
    """A call-up's year as printed ("2024年春季征兵", "今年下半年征兵"): where, which, how written."""

    start: int
    end: int
    year: int
    written: bool  # digits ("2024年"), not a relative word ("今年")


def _named_years(text: str, base: datetime) -> list[_NamedYear]:
    if _YEAR_TAIL.search(text) is None:
        return []  # a call-up's year is followed by its tail (征兵…): with none anywhere, no date need be read
    out = []
    for expr in find_dates(text, base):
        if expr.start is None or expr.granularity not in ("year", "half"):
            continue
        if _YEAR_TAIL.match(text, expr.end_char) and _NAMES_YEAR.search(expr.text):
            written = _WRITES_YEAR.search(expr.text) is not None
            out.append(_NamedYear(expr.start_char, expr.end_char, expr.start.year, written))
    return out


def _window_year(part: _Part) -> int | None:
    """The call-up a window serves, from its own dates: a December deadline or start is next year's."""
    day = part.end or part.start
    if day is None:
        return None
    return day.year + 1 if day.month == 12 else day.year


def _year(part: _Part, body_years: list[_NamedYear], head_years: list[_NamedYear]) -> int | None:
    before = [y for y in body_years if y.start < part.expr_start]
    named = before[-1] if before else (head_years[0] if head_years else (body_years[0] if body_years else None))
    from_dates = _window_year(part)
    if named is None:
        return from_dates
    # "今年征兵" in a December issue about a window closing in February means next year's call-up.
    if not named.written and from_dates is not None and from_dates > named.year:
        return from_dates
    return named.year


def _mask(text: str, spans: list[_NamedYear]) -> str:
    """The text with the call-up years blanked, so "2024年上半年征兵…12月1日至次年2月10日" does not
    lend its year to the window's dates (the call-up year is not the calendar year of the dates).
    With no year to blank it is the text itself (not a copy the date memo would hash and compare)."""
    if not spans:
        return text
    pieces, done = [], 0
    for start, end in sorted((y.start, y.end) for y in spans):  # every character of any span blanked
        if end <= done:
            continue
        start = max(start, done)
        pieces += (text[done:start], common.MASK * (end - start))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _ages(body: str) -> dict[Gender | None, tuple[int, int, str | None]]:
    """Age limits per gender (None: stated for everyone), with the relaxations as printed."""
    out: dict[Gender | None, tuple[int, int, str | None]] = {}
    for m in _AGE_RANGE.finditer(body):
        s_start, s_end = _bounds(body, m.start(), _SENTENCE_END)
        g = _last_match(_GENDER, body, s_start, m.start())
        gender: Gender | None = None
        if g is not None and not g.group("both"):
            gender = "male" if g.group("male") else "female"
        # The relaxations run to the end of the sentence or to the next gender's limits.
        note_end = s_end
        next_gender = _GENDER.search(body, m.end(), s_end)
        if next_gender is not None:
            note_end = next_gender.start()
        note = body[m.end():note_end].strip(_EDGE_PUNCT)
        if gender not in out:
            out[gender] = (int(m.group("lo")), int(m.group("hi")),
                           note if note and _AGE_RELAXATION.search(note) else None)
    return out


def _site(article: Article) -> str | None:
    m = _SITE_NAME.search(article.body)
    if m:
        return m.group()
    m = _SITE_PATTERN.search(article.body)
    return m.group("site") if m else None


def _parts(body: str, base: datetime, about_conscription: bool, named_years: list[_NamedYear]) -> list[_Part]:
    """Every registration date in the body, complete or not, with partial ones joined in a sentence."""
    parts: list[_Part] = []
    masked = _mask(body, named_years)
    for expr in find_dates(masked, base):
        if expr.kind == "vague" or not _may_give_dates(expr):
            continue  # (a year or a month alone: _dates_of gives it none, so its clause is not read)
        sentence = _bounds(body, expr.start_char, _SENTENCE_END)
        previous = parts[-1] if parts and parts[-1].sentence == sentence else None
        if _is_tally_cutoff(body, expr):
            continue
        found = _registration_clause(body, expr, previous, sentence)
        if found is None:
            continue
        clause, cue = found
        paragraph = _bounds(body, expr.start_char, _PARAGRAPH_END)
        # A list's lines and the header above them are one paragraph for what they are about.
        para_start = min(paragraph[0], cue[0]) if cue else paragraph[0]
        if not _CONSCRIPTION.search(body, para_start, paragraph[1]) and not about_conscription:
            continue
        role = None
        if previous is not None and (previous.start is None) != (previous.end is None):
            role = "end" if previous.start is None else "start"
        dates = _dates_of(body, expr, clause, cue, role)
        if dates is None:
            continue
        if not _YEAR_WRITTEN.search(masked, sentence[0], expr.end_char):
            dates = _rolled_forward(dates, base)
        lead = body[clause[0]:clause[1]]
        span_start = clause[0] + len(lead) - len(lead.lstrip(_EDGE_PUNCT))
        span_end = expr.end_char
        later = None if _REGISTRATION.search(body, clause[0], expr.end_char) \
            else _REGISTRATION.search(body, expr.end_char, clause[1])
        if later is not None:
            span_end = later.end()  # the registration word follows the dates: the evidence runs to it
        label = _LABEL_AFTER.match(body, expr.end_char)
        if label is not None and span_end == expr.end_char:
            span_end = label.end()  # "…2024年2月10日(上半年)": the label belongs to the window
        part = _Part(dates[0], dates[1], expr.start_char, expr.end_char, span_start, span_end, sentence, cue)
        previous = parts[-1] if parts else None
        # "12月1日起开始网上报名,截止时间为2月10日": a start and a deadline in one sentence are one window.
        if previous is not None and previous.sentence == sentence and previous.end is None \
                and previous.start is not None and part.start is None and part.end is not None \
                and not _GENDER.search(body, previous.span_end, part.expr_start) \
                and not _HALF.search(body, previous.span_end, part.expr_start):
            # "从12月1日开始,至2月10日结束": a deadline is never before its start.
            previous.end = part.end if part.end >= previous.start else _next_year(part.end)
            previous.span_end = part.span_end
            continue
        parts.append(part)
    return parts


def find_windows(article: Article, issue_date: date | None) -> list[WindowMention]:
    """Every registration window the article states, in text order, without duplicates."""
    article = _folded(article)
    if not _is_about_conscription(article):
        return []
    return _windows_of(article, issue_date)


def _windows_of(article: Article, issue_date: date | None) -> list[WindowMention]:
    """:func:`find_windows` of an article already folded (:func:`_folded`) that passed the cue gate."""
    body = article.body
    base = _base(issue_date, body)
    if base is None:
        return []
    head = " ".join(filter(None, (article.title, article.subtitle)))
    body_years = _named_years(body, base)
    head_years = _named_years(head, base) if head else []
    ages = _ages(body)
    site = _site(article)
    out: list[WindowMention] = []
    seen: set[tuple] = set()
    for part in _parts(body, base, bool(_CONSCRIPTION.search(head)), body_years):
        year = _year(part, body_years, head_years)
        half = _half(body, part, article, year)
        if half is None or year is None:
            continue
        genders, stated = _genders(body, part, article)
        for gender in genders:
            key = (year, gender, half, part.start, part.end)
            if key in seen:
                continue
            seen.add(key)
            age_min, age_max, age_note = ages.get(gender) or ages.get(None) or (None, None, None)
            out.append(WindowMention(
                year=year, gender=gender, half=half, start_date=part.start, end_date=part.end,
                gender_stated=stated, age_min=age_min, age_max=age_max, age_note=age_note, site=site,
                body_start=part.span_start, body_end=part.span_end,
            ))
    return _drop_partial_repeats(out)


def _drop_partial_repeats(windows: list[WindowMention]) -> list[WindowMention]:
    """A deadline or start repeated later ("报名于2月10日截止") adds nothing to the full window."""
    complete = [w for w in windows if w.start_date and w.end_date]
    kept = []
    for w in windows:
        if w.start_date is None or w.end_date is None:
            if any(c.gender == w.gender and c.half == w.half and c.year == w.year
                   and (w.start_date in (None, c.start_date)) and (w.end_date in (None, c.end_date))
                   for c in complete):
                continue
        kept.append(w)
    return kept


def _base(issue_date: date | None, body: str) -> datetime | None:
    """The date relative words resolve against; without an issue date, the middle of the last
    year the article prints (so that at least fully written dates resolve)."""
    if issue_date is not None:
        return datetime(issue_date.year, issue_date.month, issue_date.day)
    years = [int(y) for y in re.findall(lang.BODY_YEAR, body)]
    return datetime(max(years), 7, 1) if years else None


_LINE = re.compile(r"[^\n]*")


def _printed_block(text: str, line_start: int) -> tuple[int, int]:
    """The run of short lines around the line at ``line_start`` (blank lines between them allowed):
    how a list of windows stands on the page ("报名时间" / "男兵" / "A至B" / "女兵" / "C至D")."""
    begin = line_start
    for _ in range(2 * lang.MAX_LIST_LINES + 2):
        prev_end = text.rfind("\n", 0, begin)
        if prev_end < 0:
            break
        prev_start = text.rfind("\n", 0, prev_end) + 1
        if len(text[prev_start:prev_end].strip()) > lang.MAX_LIST_LINE_CHARS:
            break
        begin = prev_start
    end = text.find("\n", line_start)
    end = len(text) if end < 0 else end
    for _ in range(2 * lang.MAX_LIST_LINES + 2):
        if end >= len(text):
            break
        next_end = text.find("\n", end + 1)
        next_end = len(text) if next_end < 0 else next_end
        if len(text[end + 1:next_end].strip()) > lang.MAX_LIST_LINE_CHARS:
            break
        end = next_end
    return begin, end


def _block_article(issue: Issue, article: Article, begin: int, end: int) -> Article:
    """The printed lines issue.text[begin:end] as an article of their own (blank lines dropped,
    offsets kept), so a list the page layout set as headlines reads as the list it is."""
    body_chars: list[str] = []
    offsets: list[int] = []
    for m in _LINE.finditer(issue.text, begin, end):
        line = m.group()
        stripped = line.strip(" \t\u3000\r")
        if not stripped:
            continue
        lead = m.start() + line.index(stripped)
        if body_chars:
            body_chars.append("\n")
            offsets.append(offsets[-1] + 1)
        body_chars.extend(stripped)
        offsets.extend(range(lead, lead + len(stripped)))
    return Article(seq=article.seq, kind=article.kind, title=None, subtitle=None, section=article.section,
                   byline=None, body="".join(body_chars), char_start=begin, char_end=end,
                   body_offsets=tuple(offsets))


def _may_be_date_line(line: str) -> bool:
    """What :func:`_is_date_line` asks before reading the line's dates: short, and something dated."""
    stripped = line.strip(" \t\u3000\r")
    return bool(stripped) and _DATE_LIKE.search(stripped) is not None and len(stripped) <= lang.MAX_LIST_LINE_CHARS


def _is_date_line(line: str) -> bool:
    """A line that is a window's dates and little else ("2024年12月1日至2025年8月10日24时", "男兵:A至B")."""
    if not _may_be_date_line(line):
        return False
    stripped = line.strip(" \t\u3000\r")
    exprs = [e for e in find_dates(stripped, datetime(2000, 1, 1)) if e.kind == "range"]
    return len(exprs) == 1 and (exprs[0].end_char - exprs[0].start_char) >= lang.DATE_LINE_SHARE * len(stripped)


def _headline_lists(issue: Issue, article: Article) -> list[tuple[Article, list[tuple[int, int]]]]:
    """Date lines the page layout set among an article's headlines ("2024年12月1日至2025年8月10日24时"
    as a title, "男兵" as a subtitle): the block of short lines around them as an article, and where
    in the issue the date lines stand (only windows on them are read from the block)."""
    body_start = article.body_char_start
    if not (_DATE_LIKE_UNIT.search(issue.text, article.char_start, body_start)
            and _DATE_LIKE.search(issue.text, article.char_start, body_start)):
        return []
    blocks: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for m in _LINE.finditer(issue.text, article.char_start, body_start):
        if not _may_be_date_line(m.group()):
            continue
        block = _printed_block(issue.text, m.start())
        # The block's article passes the cue gate exactly when its printed lines name conscription
        # and registration (it is those lines, trimmed, and no word spans a line): a block that
        # cannot pass is not read, and its lines' dates are not parsed.
        if not (_CONSCRIPTION.search(issue.text, *block) and _REGISTRATION.search(issue.text, *block)):
            continue
        if _is_date_line(m.group()):
            blocks.setdefault(block, []).append(m.span())
    return [(_block_article(issue, article, *block), lines) for block, lines in blocks.items()]


def extract(issue: Issue) -> list[ConscriptionWindow]:
    """One record per registration window printed in the issue (the first statement of each)."""
    out: list[ConscriptionWindow] = []
    seen: set[str] = set()
    for article in issue.articles:
        # An article whose body prints no character a registration word needs is not folded: its
        # plain view would fail the cue gate (~93 % of a page's articles).
        views = [(_folded(article), None)] if _REGISTRATION_MARKS.search(article.body) else []
        views += _headline_lists(issue, article)
        for view, date_lines in views:
            if not _is_about_conscription(view):
                continue  # the cue gate first: an article's dateline is read only when it may matter
            # The plain view is folded and has passed the gate: find_windows would fold it again
            # (which changes nothing: no folded character is folded further) and ask the gate again.
            # A block of printed lines is the issue's text as printed, so it goes through both.
            found = _windows_of(view, issue.base_date(article)) if date_lines is None \
                else find_windows(view, issue.base_date(article))
            for w in found:
                event_id = stable_id("cw", w.year, w.gender, w.half, w.start_date, w.end_date)
                if event_id in seen:
                    continue
                if date_lines is not None and not any(
                        a <= view.body_offsets[w.body_start] < b for a, b in date_lines):
                    continue
                seen.add(event_id)
                out.append(ConscriptionWindow(
                    event_id=event_id,
                    **issue.evidence(view, w.body_start, w.body_end),
                    year=w.year,
                    gender=w.gender,
                    half=w.half,
                    start_date=w.start_date,
                    end_date=w.end_date,
                    age_min=w.age_min,
                    age_max=w.age_max,
                    age_note=w.age_note,
                    site=w.site,
                    gender_stated=w.gender_stated,
                ))
    return out
