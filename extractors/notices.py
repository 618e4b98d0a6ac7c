"""Public notices: printed ones (通告, 寻亲启事, 停水通知 …), one-line classifieds, and reported ones.

Three sources, one record type:

* a printed notice is an article under a notice title (the segmenter's ``notice`` kind, or an
  unsigned-news article whose title ends in a notice word): its title names the kind, its
  signature (issuer line, date line, "特此通告 …") names the issuer and the date;
* a classified is a one-line notice under a block heading ("遗失声明"): one row per line, issued by
  whoever lost the item;
* a reported notice is a news sentence saying a body issued a notice to the public
  ("7月28日,市疫情防控办发布提示,…"); circulars to departments are left out.

Positions are read from the issue text line by line (the signature lines keep their breaks), so
evidence is always ``issue.text[char_start:char_end]``. Every date goes through
:mod:`extractors.dates`, every phone number through :func:`extractors.phones.dialable_numbers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import islice
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .date_memo import find_dates
from .frozen import maker, replaced
from .dates import TimeExpression, first_day, last_day
from .ids import normalise_name, stable_id
from .lang import zh_common as common
from .lang import zh_notices as L
from .lang import zh_traditional
from .people import is_plausible_name
from .phones import dialable_numbers_in_area, may_hold_dialable
from .records import Article, Issue, IssueContext, PublicNotice
from .script_fold import as_printed, folded_issue
from .patterns import CharacterFold, PairGated, StartGated, bounds, minimal_words
from .patterns import alternation as _alt

__all__ = ["extract", "kind_of_title", "Schedule", "schedule_of", "addressed_body"]




_HAN = r"\u4e00-\u9fff"
_SPACE = " \t\u3000\u00a0"
_BULLETS = "■□●○◆◇★☆▲△·•*-—>#|"
# Punctuation as character-class contents (each mark in its ASCII and full-width forms).
_OPEN, _CLOSE = common.OPEN_BRACKETS, common.CLOSE_BRACKETS
_BRACKETS = _OPEN + _CLOSE
_SENTENCE_MARKS = common.FULL_STOP + common.EXCLAMATIONS + common.QUESTION_MARKS + common.SEMICOLONS
_CLAUSE_MARKS = common.COMMAS + common.FULL_STOP + common.SEMICOLONS
_STOP_OR_EXCLAIM = common.FULL_STOP + "." + common.EXCLAMATIONS  # how a sign-off or an item ends
_SENTENCE_END_CHARS = common.FULL_STOP + common.EXCLAMATIONS + common.QUESTION_MARKS + "\n"
_SENTENCE_END_CHAR = re.compile(f"[{re.escape(_SENTENCE_END_CHARS)}]")
_BOOK_OPEN, _BOOK_CLOSE = common.BOOK_TITLE_OPEN, common.BOOK_TITLE_CLOSE
# A line holding only a day ("2021年3月8日", "年3月8日"): a signature's date, never part of a name.
_DATE_ONLY_LINE = re.compile(L.DATE_ONLY_LINE)
_DAY_AT_END = re.compile(rf"[{L.DAY_SUFFIXES}]\s*$")  # a line ending in a date ("…2020年1月26日")
_WORD = _alt(L.NOTICE_WORDS)
# (Start-gated: an optional head hides the characters a match begins with from the engine.)
_TITLE_KIND = StartGated(re.compile(rf"(?:(?P<qual>{_alt(L.KIND_QUALIFIERS)}))?(?P<word>{_WORD})$"))
# A notice's number after its title: "(第3号)", "（2020年第3号）", "第3号", "〔2020〕第3号".
_TITLE_NUMBER = re.compile(L.TITLE_NUMBER)


def _without_title_number(title: str) -> str:
    r"""``_TITLE_NUMBER.sub("", title)``: the pattern opens on ``\s*``, so the engine tries it at every
    character of a title; a title whose last printed character closes no match is returned as is
    (most headlines: the pattern's match ends in one of L.TITLE_NUMBER_LAST_CHARS, then blanks,
    which ``str.rstrip`` and the pattern's ``\s`` both take as Unicode whitespace)."""
    last = title.rstrip()[-1:]
    if not last or last not in L.TITLE_NUMBER_LAST_CHARS:
        return title
    return _TITLE_NUMBER.sub("", title)


_DOCUMENT_NUMBER_TAIL = re.compile(L.DOCUMENT_NUMBER_TAIL)
_NUMBER_BEFORE_KIND = re.compile(L.NUMBER_BEFORE_KIND)
_ORG_END = re.compile(rf"(?:{_alt(L.ORG_SUFFIXES)})$")
_SIGN_OFF = re.compile(rf"{L.SIGN_OFF_LEAD}(?:{_alt(L.SIGN_OFF_WORDS)})[{_STOP_OR_EXCLAIM}]?")
_SIGNATURE_LABEL = re.compile(rf"^(?:{_alt(L.SIGNATURE_LABELS)})[{common.COLONS}]?\s*")
_ISSUER_UNIT_LINE = re.compile(
    rf"^(?P<label>{_alt(L.ISSUER_UNIT_LABELS)})\s*[{common.COLONS}]\s*"
    rf"(?P<unit>[^\s{_CLAUSE_MARKS}{common.COLONS}]{{3,40}}?)\s*(?:$|[{_SPACE}])"
)
_CONTACT_LABEL_LINE = re.compile(rf"^(?:{_alt(L.CONTACT_LABELS)})\s*[{common.COLONS}]")
_SEAL_MARK = re.compile(rf"[{_OPEN}](?:{_alt(L.SEAL_MARKS)})[{_CLOSE}]")
_CONTINUATION_HEAD = re.compile(rf"^(?:{_alt(L.CONTINUATION_HEADS)})")
_PLACE_MARK = re.compile(_alt(L.PLACE_MARKS))
# A clause naming only a place ("滨江市发布通告"): the body that signs the notice reprinted after it issues it.
_PLACE_ONLY = re.compile(rf"[{_HAN}]{{1,8}}(?:{_alt(L.SELF_PLACE_WORDS)})")
# A signature date whose 年/月/日 were lost: "2020126", "20200126", "2020 1 26".
_DIGIT_DATE = re.compile(
    r"^(?P<year>(?:19|20)\d{2})(?:(?P<run>\d{2,4})|[ .\-/]+(?P<month>\d{1,2})[ .\-/]+(?P<day>\d{1,2}))"
    rf"[{L.DAY_SUFFIXES}]?$"
)
_SENTENCE_END = re.compile(rf"[{_SENTENCE_MARKS}]")
_CLAUSE_BREAK = re.compile(rf"[{common.COMMAS}{_SENTENCE_MARKS}{common.COLONS}\n]")
# The same marks as sets, for the loops that walk a clause character by character (a set lookup,
# not a regular-expression call per character).
_CLAUSE_BREAK_CHARS = frozenset(common.COMMAS + _SENTENCE_MARKS + common.COLONS + "\n")
_OUTAGE_TITLE = re.compile(
    rf"(?:{_alt(L.OUTAGE_TITLE_PREFIXES)})?(?:{_alt(L.OUTAGE_WORDS)})(?:{_alt(L.OUTAGE_TITLE_ENDINGS)})?"
)
_ACTOR = re.compile(rf"^(?P<actor>[{_HAN}{_BRACKETS}]{{3,30}}?)(?:{_alt(L.ACTOR_VERBS + L.DECIDING_VERBS)})")
_PHRASE_BREAK = re.compile(rf"[{common.COMMAS}{_SENTENCE_MARKS}\n]")
# A quoted span: “…”, 「…」 or "…".
_QUOTED = re.compile("|".join(f"{o}[^{c}]*{c}" for o, c in (common.DOUBLE_QUOTES, common.CORNER_QUOTES, '""')))
_REPORT_VERB = re.compile(_alt(L.REPORT_VERBS))
_CIRCULAR_TITLE = re.compile(_alt(L.CIRCULAR_TITLE_WORDS))
_ADDRESSEE_LINE = re.compile(rf"^[^{common.FULL_STOP}\n]{{2,80}}[{common.COLONS}]\s*(?:\n|$)")
_ADDRESS = re.compile(_alt(L.ADDRESS_WORDS))
_LOSS = re.compile(_alt(L.LOSS_VERBS))
_LOSS_ITEM_END = re.compile(rf"(?:{_alt(L.LOSS_ITEM_ENDINGS)})[{_STOP_OR_EXCLAIM}]?")
# An item's issuer may carry its registration number in brackets ("某公司(统一社会信用代码:…)").
_BLOCK_ITEM = re.compile(
    rf"^(?P<issuer>(?:[^{_CLAUSE_MARKS}{common.COLONS}\s{_OPEN}]|[{_OPEN}][^{_BRACKETS}]{{0,60}}[{_CLOSE}]){{2,60}}?)"
    rf"[{common.COMMAS}]?(?:{_alt(L.BLOCK_ITEM_VERBS)})"
)
_ITEM_NUMBER = re.compile(rf"^(?:{_alt(L.SELF_WORDS)}|[0-9]+[{L.ITEM_NUMBER_MARKS}])")
_BRACKETED = re.compile(L.BRACKETED_REGISTRATION)
_SUBJECT = re.compile(
    rf"^(?:{_alt(L.SELF_WORDS)})?(?P<subject>[^{_CLAUSE_MARKS}{common.COLONS}\s{common.DOUBLE_QUOTES}{_BRACKETS}]{{2,30}}?)"
    rf"(?={_alt(L.AFTER_SUBJECT)}|[{common.COMMAS}])"
)
_ADDRESSED = re.compile(rf"{L.TOWARDS}(?P<body>[{_HAN}{_BRACKETS}]{{3,24}}?)(?:{_alt(L.ADDRESSED_VERBS)})")
_SUBJECT_ROLE = re.compile(
    rf"^(?:{_alt(L.SELF_WORDS)})?(?P<business>[^{_CLAUSE_MARKS}{common.COLONS}\s{common.DOUBLE_QUOTES}]{{3,40}}?)"
    rf"(?:{_alt(L.SUBJECT_ROLE_WORDS)})"
)
_PERSON = re.compile(rf"^[{_HAN}]{{2,4}}$")
_CONTACT_NAME = rf"(?:(?:{_alt(L.KIN_WORDS)})?(?P<name>[{_HAN}]{{1,2}}?(?:{_alt(L.NAME_HONORIFICS)})|[{_HAN}]{{2,4}}?))"
# "联系人:王女士", "请与其子张建军联系", "请知情者联系刘秀兰 152…": who a notice asks readers to reach.
_CONTACTS = (
    re.compile(
        rf"{L.CONTACT_PERSON_LABEL}[{common.COLONS}\s]*{_CONTACT_NAME}"
        rf"(?=[\s{common.COMMAS}{common.LIST_COMMA}{common.SEMICOLONS}{common.FULL_STOP}{common.COLONS}{_OPEN}]|{L.PHONE_WORDS}|\d|$)"
    ),
    re.compile(rf"{L.TOWARDS}{_CONTACT_NAME}{L.CONTACT_AFTER_NAME}"),
    re.compile(rf"{L.CONTACT_VERB}{_CONTACT_NAME}\s*(?={L.PHONE_WORDS}|[{common.COLONS}]|\d)"),
)
_BODY_KIND = re.compile(
    rf"(?P<before>{_alt(L.BODY_KIND_WORDS)}){L.AS_FOLLOWS}|{L.AS_FOLLOWS}(?P<after>{_alt(L.BODY_KIND_WORDS)})"
    rf"|{L.SELF}(?P<self>{_alt(L.SELF_KIND_WORDS)})(?!{_alt(L.NOT_AFTER_SELF_KIND)})"
)
_AS_FOLLOWS = re.compile(rf"{L.AS_FOLLOWS_LEAD}[^{_SENTENCE_MARKS}]{{0,80}}?(?:{_alt(L.BODY_KIND_WORDS)}){L.AS_FOLLOWS}")
_JURISDICTION = re.compile(
    rf"(?P<body>[{_HAN}{_BRACKETS}]{{3,30}}?)(?:{_alt(L.JURISDICTION_WORDS)})"
)
_ITEM_MARK = re.compile(L.ITEM_MARK)
_FORMAL_TITLE_LINE = re.compile(rf"^[^{common.FULL_STOP}{common.COMMAS}]{{0,100}}{L.FORMAL_TITLE}(?:{_WORD})$")
_ANNOUNCES_NUMBERS = re.compile(
    rf"(?:{_alt(L.ANNOUNCES_NUMBERS_VERBS)}){common.PERFECTIVE}?[^{common.FULL_STOP}{common.SEMICOLONS}]{{0,20}}"
    rf"(?:{_alt(L.ANNOUNCES_NUMBERS_NOUNS)})"
)
_NEWS_BYLINE = re.compile(rf"^(?:{_alt(L.NEWS_BYLINE_STARTS)})")
# Start-gated: its branches open on named groups and optional words, which hide the characters a
# match begins with from the regex engine (it would try the pattern at every character of a body).
_INFIX_CHAR = (rf"[^{_CLAUSE_MARKS}{common.COLONS}{common.EXCLAMATIONS}{common.QUESTION_MARKS}"
               rf"{_BOOK_OPEN}{_BOOK_CLOSE}{common.DOUBLE_QUOTES}\s]")
_REPORTED = PairGated(re.compile(
    rf"(?P<verb>{_alt(L.REPORT_VERBS)})(?:{_alt(L.COUNTERS)})?"
    rf"(?:(?P<doc>{_BOOK_OPEN}[^{_BOOK_OPEN}{_BOOK_CLOSE}]{{2,80}}{_BOOK_CLOSE}){common.ATTRIBUTIVE}?)?"
    # (an unquoted formal title, "关于…的", may run longer than other words between the verb and the kind)
    rf"(?:(?P<infix>{L.ABOUT}{_INFIX_CHAR}{{2,{L.REPORTED_FORMAL_TITLE_MAX}}}?{common.ATTRIBUTIVE}|{_INFIX_CHAR}{{0,24}}?)"
    rf"(?P<qual>{_alt(L.KIND_QUALIFIERS)})?(?P<word>{_alt(L.REPORTED_WORDS)})(?!{_alt(L.NOT_AFTER_WORD)}))?"
    rf"|(?P<colon_qual>{_alt(L.COLON_QUALIFIERS)})?(?P<colon_word>{L.COLON_KINDS})[{common.COLONS}]"
    # "市气象台温馨提示广大市民,…": a qualified 提示 spoken to its audience is a 提示 of that body
    rf"|(?P<audience_qual>{_alt(L.COLON_QUALIFIERS)})(?P<audience_word>{L.PROMPT_KIND})(?=(?:{_alt(L.PROMPT_AUDIENCES)}))"
))
_DOC_WORD = re.compile(rf"(?:{_alt(L.REPORTED_WORDS)})(?=(?:[{_OPEN}][^{_CLOSE}]*[{_CLOSE}])?{_BOOK_CLOSE}$)")
_REPORT_PREFILTER = re.compile(_alt(L.REPORTED_WORDS))
_ISSUER_TRAILING = re.compile(rf"(?:{_alt(L.ISSUER_TRAILING_WORDS)})+$")
_ISSUER_LEADING = re.compile(
    rf"^(?:{_alt(L.ISSUER_LEADING_WORDS)}|(?:{_alt(L.LEADING_ADVERBS)})(?=(?:{_alt(L.PRONOUN_OR_PLACE_STARTS)})))+"
)
_PUBLIC = re.compile(_alt(L.PUBLIC_AUDIENCE))
_INTERNAL = re.compile(_alt(L.INTERNAL_AUDIENCE))
_PURPOSE_AFTER = re.compile(rf"[{common.COMMAS}]?\s*(?:{_alt(L.PURPOSE_AFTER)})")
_CIRCULAR_ORDER = re.compile(rf"[{common.COMMAS}]?\s*(?:{_alt(L.CIRCULAR_ORDERS)})")
_INTERNAL_DOC = re.compile(rf"(?:{_alt(L.INTERNAL_DOCUMENTS)})(?:[{_OPEN}][^{_CLOSE}]*[{_CLOSE}])?{_BOOK_CLOSE}$")
_DEADLINE_RANGE_CUE = re.compile(_alt(L.DEADLINE_RANGE_CUES))
_DEADLINE_POINT_CUE = re.compile(rf"(?:{_alt(L.DEADLINE_POINT_CUES)}){L.DEADLINE_POINT_GAP}")
_DEADLINE_AFTER = re.compile(rf"^{L.INCLUSIVE}(?:{_alt(L.DEADLINE_POINT_AFTER)})")
# "请考生于1月9日至1月13日登录平台报名": a window the reader is asked to act in.
_REQUEST_BEFORE = re.compile(rf"(?:{_alt(L.REQUEST_WORDS)})[^{_CLAUSE_MARKS}]{{0,10}}{L.AT_DATE}")
_RELATIVE_DAYS = re.compile(L.RELATIVE_DAYS)
_ACTION = re.compile(_alt(L.REQUEST_WORDS + L.ACTION_WORDS))
_EFFECTIVE = re.compile(rf"{L.EFFECTIVE_LEAD}(?:{_alt(L.EFFECTIVE_VERBS)})")
_PERIOD = re.compile(rf"{_alt(L.PERIOD_CUES)}|{L.PASSAGE_BAN}")
_WORKS = re.compile(_alt(L.WORKS_CUES))
_RESTORE = re.compile(_alt(L.RESTORE_CUES))
# Small character tests, compiled once (each is asked thousands of times an issue).
_SPACE_RUN = re.compile(f"[{_SPACE}]+")
_COMMA_OR_COLON = re.compile(rf"[{common.COMMAS}{common.COLONS}]")
_ANY_HAN = re.compile(f"[{_HAN}]")
_DIGIT_RUN = re.compile(r"\d{3,}")  # a number, not a name
_DIGIT_OR_DATE_UNIT = re.compile(rf"\d|[{L.DATE_UNITS}]")
# A time expression that prints its own day ("23日4:00", "次日6时") rather than a bare clock.
_OWN_DAY = re.compile(rf"[{L.OWN_DAY_MARKS}]")


@dataclass(frozen=True)
class _Line:
    """One non-empty line of the issue: its visible text and where that text sits."""

    start: int
    end: int
    text: str
    # Issue offset of each character of ``text`` when the line was joined from several printed lines
    # (a classified item wrapped at the column width); None when ``text`` is ``issue.text[start:end]``.
    # A slice of the article's OffsetMap (a few runs), not a tuple of one int per character.
    offsets: Sequence[int] | None = None

    def span(self, lo: int, hi: int) -> tuple[int, int]:
        """The issue span of ``text[lo:hi]`` (``hi > lo``)."""
        if self.offsets is None:
            return self.start + lo, self.start + hi
        return self.offsets[lo], self.offsets[hi - 1] + 1


# A line of the issue text as read (offsets None): made without the frozen class's call, a line
# at a time by the ten thousand.
_new_line = maker(_Line, ("start", "end", "text"))


def _body_lines(article: Article) -> list[_Line]:
    """The article's body paragraphs as lines, each mapped back to the issue (wrapped lines joined)."""
    out, pos = [], 0
    for piece in article.body.split("\n"):
        unled = piece.lstrip(_SPACE)
        content = unled.rstrip(_SPACE)
        if content:
            lo = pos + len(piece) - len(unled)
            offsets = article.body_offsets[lo : lo + len(content)]
            out.append(_Line(offsets[0], offsets[-1] + 1, content, offsets))
        pos += len(piece) + 1
    return out


# What _lines trims off a line's ends: spaces, markdown heading and bold marks, a carriage return,
# and at its start a byte-order mark.
_LINE_LEAD = _SPACE + "#*\r\ufeff"
_LINE_TRAIL = _SPACE + "#*\r"


def _trimmed_line(text: str, lo: int, hi: int) -> _Line | None:
    """``text[lo:hi]`` (one line) trimmed as _lines trims, or None when nothing is left."""
    # str.lstrip/rstrip trim in C what a loop over the characters trimmed one by one.
    raw = text[lo:hi]
    unled = raw.lstrip(_LINE_LEAD)
    content = unled.rstrip(_LINE_TRAIL)
    if not content:
        return None
    start = lo + len(raw) - len(unled)
    return _new_line(start, start + len(content), content)


# The first character of a line's visible text: one that _trimmed_line keeps (every character it
# trims at the end it trims at the start too, so a line holding one such character is not empty).
_VISIBLE = re.compile(f"[^{re.escape(_LINE_LEAD)}\n]")


def _lines(text: str, lo: int, hi: int) -> list[_Line]:
    """The non-empty lines of ``text[lo:hi]``, markdown heading and bold marks trimmed."""
    # What _trimmed_line gives for each piece between line breaks, the pieces split in C.
    out = []
    pos = lo
    for raw in text[lo:hi].split("\n"):
        unled = raw.lstrip(_LINE_LEAD)
        if unled:
            content = unled.rstrip(_LINE_TRAIL)
            start = pos + len(raw) - len(unled)
            out.append(_new_line(start, start + len(content), content))
        pos += len(raw) + 1
    return out


def _last_lines(text: str, lo: int, hi: int, count: int) -> list[_Line]:
    """The last ``count`` non-empty lines of ``text[lo:hi]``, the last first: what
    ``reversed(_lines(text, lo, hi)[-count:])`` is, read backwards from ``hi`` and no further."""
    return list(islice(_lines_backwards(text, lo, hi), count))


def _lines_backwards(text: str, lo: int, hi: int) -> Iterator[_Line]:
    """The non-empty lines of ``text[lo:hi]``, the last first, each read when asked for."""
    stop = hi
    while stop > lo:
        nl = text.rfind("\n", lo, stop)
        line = _trimmed_line(text, lo if nl < 0 else nl + 1, stop)
        if line is not None:
            yield line
        if nl < 0:
            break
        stop = nl


def _following_lines(text: str, pos: int, count: int) -> list[_Line]:
    """Up to ``count`` non-empty lines starting after ``pos``."""
    out: list[_Line] = []
    # Each line from the first visible character on (blank lines skipped by one search in C).
    while len(out) < count and (first := _VISIBLE.search(text, pos)) is not None:
        start = first.start()
        nl = text.find("\n", start)
        stop = len(text) if nl < 0 else nl
        content = text[start:stop].rstrip(_LINE_TRAIL)
        out.append(_new_line(start, start + len(content), content))
        pos = stop + 1
    return out


# --------------------------------------------------------------------------------------------
# Kinds, issuers, dates


# How every title kind_of_title reads ends: a notice word (_TITLE_KIND; its "$" also matches before
# a final line break), or an outage word or ending (_OUTAGE_TITLE, matched whole).
_TITLE_ENDS = (*L.NOTICE_WORDS, *L.OUTAGE_WORDS, *(ending for ending in L.OUTAGE_TITLE_ENDINGS if ending))


def kind_of_title(title: str | None) -> str | None:
    """The notice's word for itself in a title: "寻亲启事", "通告" (from "关于…的通告"), or None."""
    if not title:
        return None
    text = _without_title_number(title.strip(_SPACE + "#*"))
    text = _compact(text)
    if not (text.endswith(_TITLE_ENDS) or text[:-1].endswith(_TITLE_ENDS)):
        return None  # (most headlines: neither pattern below can match, tested by two calls in C)
    match = _TITLE_KIND.search(text)
    if match is None:
        return text if _OUTAGE_TITLE.fullmatch(text) else None  # "停电信息": a service notice as titled
    word, qual = match.group("word"), match.group("qual")
    if qual:
        return qual + word
    head = text[: match.start()]
    # An unknown short qualifier ("开工公告") is part of the kind; an issuer or a 的-phrase is not.
    if 0 < len(head) <= 2 and re.fullmatch(f"[{_HAN}]+", head) and not _ORG_END.search(head):
        return head + word
    if _DOCUMENT_NUMBER_TAIL.search(title) and (subject := _subject_after_issuer(head)):
        return subject + word  # "某区政府迁坟公告 某政〔2019〕6号": a government's numbered 迁坟公告
    return word


def _subject_after_issuer(head: str) -> str | None:
    """The subject a numbered government title prints between its issuer and its notice word
    ("某区政府" + "迁坟"), when the head is a body's name and a few ideographs, nothing else."""
    shortest, longest = L.TITLE_SUBJECT_CHARS
    for size in range(shortest, min(longest, len(head) - 3) + 1):
        issuer, subject = head[:-size], head[-size:]
        if _ORG_END.search(issuer) and re.fullmatch(f"[{_HAN}]+", subject) and common.ATTRIBUTIVE not in subject:
            return subject
    return None


def _compact(title: str) -> str:
    """A short title without the spacing of display type ("通　告" is "通告")."""
    return _SPACE_RUN.sub("", title) if len(title) <= 12 else title


def _issuer_of_title(title: str | None, kind: str) -> str | None:
    """The issuer a title names before its kind ("太原市公安局交通管理局通告")."""
    if not title:
        return None
    text = _without_title_number(title.strip())
    if not text.endswith(kind):
        return None
    head = _NUMBER_BEFORE_KIND.sub("", text[: -len(kind)].strip(_SPACE))
    if L.ABOUT in head:
        head = head[: head.index(L.ABOUT)]  # "某市交警支队关于…的通告": the body before 关于
    head = head.strip(_SPACE)
    if common.ATTRIBUTIVE in head or not head:
        return None
    return head if _ORG_END.search(head) and len(head) >= 3 else None


def _is_org(name: str) -> bool:
    return len(name) >= 3 and _ORG_END.search(name) is not None and name not in L.NOT_ISSUERS


def _clean_issuer(raw: str) -> str | None:
    """A signature's issuer text: spaces between several issuers become "、"; None when it is prose."""
    text = _SIGNATURE_LABEL.sub("", _SEAL_MARK.sub("", raw).strip(_SPACE + _BULLETS + common.FULL_STOP + "." + common.COMMAS + common.COLONS)).strip(_SPACE)
    if not text or len(text) > 60 or _SENTENCE_END.search(text) or _COMMA_OR_COLON.search(text):
        return None  # prose, or a labelled line ("施工单位:某公司") that is no signature
    if not _ANY_HAN.search(text) or _DIGIT_RUN.search(text):
        return None
    parts = [p for p in _SPACE_RUN.split(text) if p]
    return common.LIST_COMMA.join(parts)


def _base(ctx: IssueContext) -> date:
    return ctx.issue_date or date(2000, 1, 1)


def _dates(text: str, ctx: IssueContext, base: date | None = None, prefer: str = "nearest") -> list[TimeExpression]:
    """Time expressions of ``text``; without an issue date only those that print their year count."""
    found = find_dates(text, base or _base(ctx), prefer=prefer)
    if ctx.issue_date is None and base is None:
        found = [e for e in found if L.YEAR in e.text]
    return found


@dataclass(frozen=True)
class Schedule:
    """What a notice asks of its readers in time: the last day to act, a start day, a period."""

    deadline: date | None = None
    effective_from: date | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None


def _clause(text: str, start: int, end: int) -> str:
    """The clause holding ``text[start:end]``: from just after the last clause break before
    ``start`` up to the first at or after ``end``."""
    return text[bounds(text, start, _CLAUSE_BREAK)[0] : bounds(text, end, _CLAUSE_BREAK)[1]]


def _sentence(text: str, start: int, end: int) -> str:
    lo = _after_last_sentence_end(text, start)
    stop = _SENTENCE_END.search(text, end)
    return text[lo : stop.start() if stop else len(text)]


def _after_last_sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins: just after the last sentence mark before ``pos``
    (0 when there is none)."""
    return bounds(text, pos, _SENTENCE_END)[0]


def _next_sentence(text: str, end: int) -> str:
    stop = _SENTENCE_END.search(text, end)
    return _sentence(text, stop.end(), stop.end()) if stop else ""


def _names_period(text: str, sentence: str, end: int) -> bool:
    """The dated sentence names a stoppage ("定于…停水"), or works whose stoppage the next sentence
    names ("…实施连通作业。施工期间沿线停水")."""
    return bool(_PERIOD.search(sentence)) or (
        bool(_WORKS.search(sentence)) and bool(_PERIOD.search(_next_sentence(text, end))))


# Every cue a date of schedule_of must stand by holds one of these words, each branch's own:
# until - an action or request word in its clause, or a deadline word before it; range - a range
# cue, a request word, 起 (L.RELATIVE_DAYS) or a period; point - a deadline word before it, 止 or 前
# after it (L.DEADLINE_POINT_AFTER), or a period; since - an effective verb after it, 自 or 从
# (L.FROM_WORDS) opening it, or a period; a period - a period cue or 禁止 (L.PASSAGE_BAN; works
# need a period cue in the next sentence, a restoring time a period before it). The texts these
# cues are read in (before, after, clause, sentence, next sentence) are all slices of the text.
_SCHEDULE_CUE_WORDS = (
    *L.REQUEST_WORDS, *L.ACTION_WORDS, *L.DEADLINE_POINT_CUES, *L.DEADLINE_RANGE_CUES, L.RELATIVE_DAYS_WORD,
    *L.DEADLINE_POINT_AFTER, *L.EFFECTIVE_VERBS, *L.FROM_WORDS, *L.PERIOD_CUES, L.PASSAGE_BAN_WORD,
)


# Searched in C once a text: a text holding none of the cue words has no schedule, and its dates
# (a whole body's scan) are not read. A word holding a shorter cue word is left to that one.
_SCHEDULE_CUE = re.compile(_alt(minimal_words(_SCHEDULE_CUE_WORDS)))


def schedule_of(text: str, ctx: IssueContext, notice_date: date | None = None) -> Schedule:
    """The deadline, effective date and announced period a notice's text states, if any.

    Only dates tied to a cue count: "请于1月10日前…办理", "公示期为…至…", "自…起施行",
    "定于…停水"; relative spans ("自本公告之日起45日内") count from the notice's date.
    """
    if _SCHEDULE_CUE.search(text) is None:
        return _NO_SCHEDULE  # no date can stand by a cue: _read_schedule would keep none
    return _read_schedule(text, ctx, notice_date)


def _read_schedule(text: str, ctx: IssueContext, notice_date: date | None) -> Schedule:
    """schedule_of without its gate: every date of the text read against its cues."""
    deadlines: list[date] = []
    effective: list[date] = []
    period: tuple[datetime, datetime | None] | None = None
    open_ended = False  # the period began at one printed instant; a restoring time may close it
    for expr in _dates(text, ctx, base=notice_date):
        # (the expression's clause and sentence are read only by the branches that ask: a month,
        # a year or a vague time asks nothing)
        before = text[max(0, expr.start_char - L.CUE_REACH) : expr.start_char]
        after = text[expr.end_char : expr.end_char + 8]
        if expr.kind == "until":
            clause = _clause(text, expr.start_char, expr.end_char)
            if expr.text.startswith(L.UNTIL_WORDS) and not _ACTION.search(clause.replace(expr.text, "")):
                continue  # "截至7月27日24时,累计…": a count, not a deadline
            if _ACTION.search(clause) or _DEADLINE_POINT_CUE.search(before):
                deadlines.append(last_day(expr))
        elif expr.kind == "range":
            if (_DEADLINE_RANGE_CUE.search(_PHRASE_BREAK.split(before)[-1]) or _REQUEST_BEFORE.search(before)
                    or _RELATIVE_DAYS.search(before)):  # "自…之日起N日(内)": a window after 起
                deadlines.append(last_day(expr))
            elif period is None and _names_period(text, _sentence(text, expr.start_char, expr.end_char), expr.end_char) \
                    and expr.start is not None:
                period = (expr.start, expr.end)
            elif _continues(period, expr, open_ended) and _names_period(
                    text, _sentence(text, expr.start_char, expr.end_char), expr.end_char):
                period = (period[0], expr.end)
        elif expr.kind == "point" and expr.granularity in ("day", "hour", "minute", "part_of_day"):
            if _DEADLINE_POINT_CUE.search(before) or _DEADLINE_AFTER.match(after):
                deadlines.append(last_day(expr))
            elif (expr.granularity in ("day", "part_of_day") and _continues(period, expr, open_ended)
                    and _names_period(text, _sentence(text, expr.start_char, expr.end_char), expr.end_char)):
                period = (period[0], expr.end)
            elif open_ended and period is not None and _RESTORE.search(_clause(text, expr.start_char, expr.end_char)):
                period = (period[0], _restored_at(expr, period[0]))
                open_ended = period[1] is None
            elif period is None and expr.granularity != "day" and _names_period(
                    text, _sentence(text, expr.start_char, expr.end_char), expr.end_char):
                # "于16时停水" names when the stoppage starts, not an hour-long one: its end is
                # unknown unless a restoring time follows ("预计20时恢复供水"). A part of a day
                # ("6日上午停电") is the window itself.
                open_ended = expr.granularity in ("hour", "minute")
                period = (expr.start, None if open_ended else expr.end)
        elif expr.kind == "since" and expr.start is not None:
            # "自1月10日起施行", and "自1月10日起,…禁止…": a notice's "from … on" is when it applies.
            if _EFFECTIVE.match(after) or expr.text.startswith(L.FROM_WORDS):
                effective.append(first_day(expr))
            elif period is None and _PERIOD.search(_sentence(text, expr.start_char, expr.end_char)):
                period = (expr.start, None)
                open_ended = True
    deadlines = [d for d in deadlines if d is not None]
    return Schedule(
        deadline=max(deadlines) if deadlines else None,
        effective_from=min(effective) if effective else None,
        starts_at=period[0] if period else None,
        ends_at=period[1] if period else None,
    )


_NO_SCHEDULE = Schedule()


def _continues(period: tuple[datetime, datetime | None] | None, expr: TimeExpression, open_ended: bool) -> bool:
    """A later window of the same closure: it starts within the period found so far and ends after
    it. Event notices list their windows one item or line each ("6月7日至8日:…" then "6月9日:…";
    "一、4月6日7时至9时…" then "二、4月6日8时至11时…"), and the period is all of them; a window
    after a gap (a second outage the next week, an afternoon after a morning) is not joined."""
    return (period is not None and not open_ended and period[1] is not None
            and expr.start is not None and expr.end is not None
            and period[0] <= expr.start <= period[1] < expr.end)


def _restored_at(expr: TimeExpression, stopped: datetime) -> datetime | None:
    """When a stoppage that began at ``stopped`` ends, read from the time it is restored at: a bare
    clock ("预计20:00恢复供水") is on the stoppage's day, or the next one when it is not later;
    a time printed with its own day must come after the stoppage (else it is not its end)."""
    if expr.granularity not in ("hour", "minute") or expr.start is None:
        return None
    if _OWN_DAY.search(expr.text) is None:
        restored = datetime.combine(stopped.date(), expr.start.time())
        return restored if restored > stopped else restored + timedelta(days=1)
    return expr.start if expr.start > stopped else None


def _phones(issue: Issue, lo: int, hi: int) -> tuple[str, ...]:
    """E.164 numbers printed in ``issue.text[lo:hi]`` (service numbers have none), first seen first."""
    if not may_hold_dialable(issue.text, lo, hi):
        return ()  # no run long enough for a number with an E.164 form: dialable_numbers would find none
    return _distinct_dialable(issue.text[lo:hi], issue.ctx.area_code)


# A classified block read line by line and then, when a line is no item, as one printed notice
# reads its items' lines again (a quarter of the texts scanned): the last texts' numbers are kept.
@lru_cache(maxsize=256)
def _distinct_dialable(text: str, area_code: str | None) -> tuple[str, ...]:
    """The distinct E.164 numbers :func:`phones.dialable_numbers` reads in ``text``, first seen first."""
    return tuple(dict.fromkeys(dialable_numbers_in_area(text, area_code)))


# --------------------------------------------------------------------------------------------
# Printed notices


@dataclass(frozen=True)
class _Signature:
    start: int  # where the signature begins in the issue text (the body ends here)
    issuer: str | None
    notice_date: date | None
    dated: bool = False  # it ends in a date line (read or not: "2020126" may be two days)


def _digit_date_line(text: str, ctx: IssueContext) -> tuple[bool, date | None]:
    """Whether a signature line is a date printed without 年/月/日 ("2020126", "2020 1 26"), and the
    day it reads as when only one reading is a real day on or before the issue date (else None:
    "2020126" is 1月26日 or 12月6日, and only the issue date can tell)."""
    stripped = text.strip(_SPACE)
    # (every match opens on a year of 19xx or 20xx: most lines are turned down without the pattern)
    match = _DIGIT_DATE.match(stripped) if stripped.startswith(("19", "20")) else None
    if match is None:
        return False, None
    year = int(match.group("year"))
    run = match.group("run")
    if run is None:
        splits = [(match.group("month"), match.group("day"))]
    elif len(run) == 2:
        splits = [(run[0], run[1])]
    elif len(run) == 3:
        splits = [(run[0], run[1:]), (run[:2], run[2])]
    else:
        splits = [(run[:2], run[2:])]
    readings = set()
    for month, day in splits:
        try:
            readings.add(date(year, int(month), int(day)))
        except ValueError:
            continue
    if ctx.issue_date is not None:
        reach = L.RUN_TOGETHER_DATE_REACH_DAYS
        readings = {d for d in readings if 0 <= (ctx.issue_date - d).days <= reach}
    if not readings:
        return False, None  # no day at all near the issue: some other number
    return True, readings.pop() if len(readings) == 1 else None


def _signature(issue: Issue, lines: list[_Line], kind: str) -> _Signature | None:
    """The closing "特此通告 / issuer / date" of a notice, read from its last lines."""
    if not lines:
        return None
    text = issue.text
    last = lines[-1]
    dated = [
        e for e in _dates(last.text, issue.ctx, prefer="past")
        if e.kind == "point" and e.granularity == "day" and not last.text[e.end_char :].strip(_SPACE + common.FULL_STOP + ".")
    ]
    digit_date_line, digit_date = (False, None) if dated else _digit_date_line(last.text, issue.ctx)
    notice_date = first_day(dated[-1]) if dated else digit_date
    head_end = last.start + dated[-1].start_char if dated else (last.start if digit_date_line else last.end)
    head = text[last.start:head_end]
    sign_off = None
    for m in _SIGN_OFF.finditer(head):
        sign_off = m
    if sign_off is not None:
        issuer = _clean_issuer(head[sign_off.end():])
        return _Signature(last.start + sign_off.start(), issuer, notice_date, True)
    if dated or digit_date_line:
        # The date line may carry the issuer ("太原绿城房地产开发有限公司 2022年7月26日"), after
        # the body's last sentence when the notice is printed on one line.
        cut = _after_last_sentence_end(head, len(head))
        issuer = _clean_issuer(head[cut:])
        sig_start = last.start + cut
        if issuer is None and not head[cut:].strip(_SPACE) and len(lines) > 1:
            issuer, sig_start = _issuer_lines_above(lines[:-1], sig_start)
        elif issuer is not None and cut == 0 and len(lines) > 1 and common.LIST_COMMA not in issuer:
            # "某某市应对某某工作" over "领导小组办公室 2020年1月26日": the date line ends a wrapped name
            above, above_start = _issuer_lines_above(lines[:-1][-1:], sig_start)
            if above is not None and common.LIST_COMMA not in above and _continues_name(above, issuer):
                issuer, sig_start = above + issuer, above_start
        while sig_start < last.end and text[sig_start] in _SPACE:
            sig_start += 1
        return _Signature(sig_start, issuer, notice_date, True)
    # No date: the last short lines naming a body are the signature.
    if len(lines) > 1 and len(last.text) <= 40:
        issuer, sig_start = _issuer_lines_above(lines, last.end)
        if issuer and (_is_org(issuer.split(common.LIST_COMMA)[-1]) or (_signs_as_person(kind) and _PERSON.match(issuer))):
            # A date line right above the issuer ("2021年3月8日" over "某某局") is the signature's date.
            above = [line for line in lines if line.end <= sig_start][-1:]
            if above and _DATE_ONLY_LINE.match(above[0].text.strip(_SPACE)):
                days = [e for e in _dates(above[0].text, issue.ctx, prefer="past") if e.kind == "point" and e.granularity == "day"]
                return _Signature(above[0].start, issuer, first_day(days[-1]) if days else None, True)
            return _Signature(sig_start, issuer, None, False)
    return None


def _issuer_lines_above(lines: list[_Line], sig_start: int) -> tuple[str | None, int]:
    """The issuer printed on the short lines ending ``lines`` (up to two, a seal line aside) and where
    the signature starts; a "特此通告" line above them starts it."""
    issuer_lines: list[str] = []
    for line in reversed(lines[-3:]):
        if _SIGN_OFF.fullmatch(line.text):
            sig_start = line.start
            break
        if len(issuer_lines) == 2:
            break
        unsealed = _SEAL_MARK.sub("", line.text).strip(_SPACE)
        if not unsealed:  # "(盖章)" on a line of its own
            sig_start = line.start
            continue
        if len(line.text) > 40 or line.text[-1] in _SENTENCE_MARKS or _ITEM_MARK.match(line.text):
            break  # a sentence or a numbered item of the body, not a signature line
        cleaned = None if _DATE_ONLY_LINE.match(unsealed) else _clean_issuer(unsealed)
        if cleaned is None:
            break  # (a date, or prose: no issuer; asked after the cheaper tests above)
        issuer_lines.insert(0, cleaned)
        sig_start = line.start
    issuer = _join_issuer_lines(issuer_lines)
    if issuer is None and len(lines) > 1 and _SIGN_OFF.fullmatch(lines[-1].text):
        sig_start = lines[-1].start
    return issuer, sig_start


def _join_issuer_lines(parts: list[str]) -> str | None:
    """Issuer lines of a signature as one name: "西宁市某某疫情" over "防控指挥部" is one body wrapped
    over two lines (the upper line names no body on its own), and so is "某某市某某工作领导小组" over
    "办公室" (the lower line is a unit with no place of its own); two bodies are joined with "、"."""
    joined: list[str] = []
    for part in parts:
        if joined and _continues_name(joined[-1].split(common.LIST_COMMA)[-1], part):
            joined[-1] += part
        else:
            joined.append(part)
    return common.LIST_COMMA.join(joined) or None


def _continues_name(upper: str, lower: str) -> bool:
    if common.LIST_COMMA in lower or not _is_org(lower):
        return False
    if not _is_org(upper):
        return True
    return _CONTINUATION_HEAD.match(lower) is not None and _PLACE_MARK.search(lower) is None


def _labelled_issuer(lines: list[_Line]) -> str | None:
    """The unit a notice printed without a signature names on a labelled line ("公示单位:某某局",
    "实施单位:某某公司"), the most telling label first."""
    found: dict[str, str] = {}
    for line in lines:
        match = _ISSUER_UNIT_LINE.match(line.text.lstrip(_SPACE + _BULLETS))
        if match is None:
            continue
        unit = _SEAL_MARK.sub("", match.group("unit"))
        if _is_org(unit):
            found.setdefault(match.group("label"), unit)
    return next((found[label] for label in L.ISSUER_UNIT_LABELS if label in found), None)


def _signs_as_person(kind: str) -> bool:
    """Whether a person may sign (or be the subject issuing) a notice of this kind: 启事 and 声明."""
    return kind.endswith(L.PERSONAL_KINDS)


def _subject(body: str, kind: str) -> str | None:
    """Who the first sentence is about, when that is an issuer: a body, or a person in a 启事."""
    # "某经营部(统一社会信用代码…)经营者王某因…": the business declares, not the bracket or its keeper.
    opening = _BRACKETED.sub("", body.lstrip(_SPACE + _BULLETS))
    role = _SUBJECT_ROLE.match(opening)
    if role and _is_org(role.group("business")):
        return role.group("business")
    match = _SUBJECT.match(opening)
    if match is None:
        return None
    subject = match.group("subject")
    if subject.startswith(L.PURPOSE_OPENERS):
        return None
    if _is_org(subject):
        return subject
    if (_PERSON.match(subject) and is_plausible_name(subject) and _signs_as_person(kind)
            and kind not in L.SUBJECT_IS_SOUGHT):
        return subject  # a person ("刘秀兰于…捡到"), not a word for one ("职工在…拾到")
    return None


def _actor(body: str) -> str | None:
    """The body a clause says will act or decides ("国网某供电公司将于…停电", "我市某指挥部决定…"),
    the first one named; "我市X" is "市X" (the paper's own city's body)."""
    for clause in _CLAUSE_BREAK.split(body):
        match = _ACTOR.match(clause.strip(_SPACE))
        if match is None:
            continue
        actor = match.group("actor")
        if actor[:1] in L.OWN_PRONOUNS and actor[1:2] in L.SELF_PLACE_WORDS:
            actor = actor[1:]
        if _is_org(actor) and not actor.startswith(L.SELF_REFERENCE_STARTS):
            return actor
    return None


def addressed_body(text: str) -> str | None:
    """The body a notice last sends its readers to in ``text`` ("请向市委组织部干部监督室反映"), if any."""
    found = None
    for match in _ADDRESSED.finditer(text):
        body = match.group("body")
        if _is_org(body) and not body.startswith(L.SELF_REFERENCE_STARTS):  # "向本公司申报": the issuer itself
            found = body
    return found


def _contact(body: str) -> str | None:
    """The person a notice asks readers to reach, as named: "张建军", "李先生" (relatives dropped)."""
    found = []
    for pattern in _CONTACTS:
        for match in pattern.finditer(body):
            name = match.group("name")
            if name in L.KIN_WORDS:
                continue
            if name.endswith(L.NAME_HONORIFICS) or is_plausible_name(name):
                found.append((match.start("name"), name))
                break
    return min(found)[1] if found else None


SIGNATURE_TAIL_LINES = 3  # how many lines after a notice the layout may have cut its signature into


def _signature_tail(issue: Issue, pos: int) -> list[_Line]:
    """Short lines right after a notice that end in a date: its signature, cut off by the layout."""
    return _signature_in(issue, _following_lines(issue.text, pos, SIGNATURE_TAIL_LINES))


def _signature_in(issue: Issue, tail: list[_Line]) -> list[_Line]:
    """The longest run of ``tail``'s first lines, each short and holding no sentence end but at its
    last character, whose last line ends in a date (else none)."""
    short = next((i for i, line in enumerate(tail) if len(line.text) > 40 or _SENTENCE_END.search(line.text[:-1])),
                 len(tail))  # no run reaches past a long line or a sentence
    for count in range(short, 0, -1):
        if _ends_with_date(issue, tail[count - 1]):
            return tail[:count]
    return []


def _ends_with_date(issue: Issue, line: _Line) -> bool:
    if _digit_date_line(line.text, issue.ctx)[0]:
        return True
    return bool(_DAY_AT_END.search(line.text)) and bool(_dates(line.text, issue.ctx))


def _notice_lines(issue: Issue, article_lines: list[_Line], title: str) -> list[_Line]:
    """The lines of a printed notice from its title line on, signature lines included
    (``article_lines``: the article's lines, _lines of its span)."""
    lines = article_lines
    for i, line in enumerate(lines):
        if title and line.text.startswith(title):
            lines = lines[i:]
            break
    if not lines:
        return lines
    # A notice whose last line does not end in a date takes the tail after it. The tail is looked
    # for first: most notices have none, and then whether the last line ends in a date (a date
    # reading) need not be asked. (The lines after it are read once for both kinds of tail: the
    # first lines of more are the same lines.)
    after = _following_lines(issue.text, lines[-1].end, max(SIGNATURE_TAIL_LINES, L.LABELLED_TAIL_MAX_LINES))
    tail = _signature_in(issue, after[:SIGNATURE_TAIL_LINES]) or _labelled_tail(after[: L.LABELLED_TAIL_MAX_LINES])
    if tail and not _ends_with_date(issue, lines[-1]):
        return lines + tail
    return lines


def _labelled_tail(following: list[_Line]) -> list[_Line]:
    """Labelled lines right after a notice the layout cut off ("公示单位:某局" / "联系电话:…"), when
    one of them names the issuing unit: the first of the ``following`` lines, up to a line that is
    no such label."""
    tail: list[_Line] = []
    for line in following:
        text = line.text.lstrip(_SPACE + _BULLETS)
        if len(text) > 40 or not (_ISSUER_UNIT_LINE.match(text) or _CONTACT_LABEL_LINE.match(text)):
            break
        tail.append(line)
    return tail if _labelled_issuer(tail) else []


def _split_title(lines: list[_Line], title: str) -> tuple[_Line, list[_Line]]:
    """The title line and the body lines; a notice printed on one line ("通告 亲贤村…") is split."""
    first = lines[0]
    if first.text == title or not title or not first.text.startswith(title):
        return first, lines[1:]
    offset = len(title)
    while offset < len(first.text) and first.text[offset] in _SPACE + common.COLONS:
        offset += 1
    return first, [_Line(first.start + offset, first.end, first.text[offset:])] + lines[1:]


_ATTACHED_DOCUMENT = re.compile(
    rf"^(?:{_alt(L.ATTACHED_DOCUMENT_OPENINGS)})"
    rf"|^[^{_SENTENCE_MARKS}{common.COMMAS}{common.COLONS}]{{2,40}}?(?:{_alt(L.ATTACHED_DOCUMENT_WORDS)})"
    rf"(?:[{_OPEN}][^{_BRACKETS}]{{1,12}}[{_CLOSE}])*$"
)


def _signature_before_document(issue: Issue, lines: list[_Line], kind: str) -> tuple[_Signature, int] | None:
    """A dated signature followed by the document the notice publishes ("…公开征求意见的公告 … 某人大
    常委会 / 2022年5月6日 / 某某条例(草案) / 第一章 总则 …"): the signature, and how many lines the
    notice keeps (the document after it is no part of the notice)."""
    for j in range(1, len(lines) - 1):
        line = lines[j]
        if len(line.text) > 20 or not (_DATE_ONLY_LINE.match(line.text.strip(_SPACE)) or _digit_date_line(line.text, issue.ctx)[0]):
            continue
        if not _ATTACHED_DOCUMENT.match(lines[j + 1].text.strip(_SPACE)):
            continue
        signature = _signature(issue, lines[: j + 1], kind)
        if signature is not None and signature.issuer and _is_org(signature.issuer.split(common.LIST_COMMA)[-1]):
            return signature, j + 1
    return None


def _heading_above(issue: Issue, article: Article, article_lines: list[_Line], title: str) -> tuple[str, int] | None:
    """A heading broken over lines, the notice word on the last ("某市公安局" / "关于…的" / "通告"),
    as one title and where it starts: the short lines from the article's start down to the title
    line, when together they name the notice formally ("…关于…的通告") or name its issuer."""
    if not title or not article.subtitle:
        return None
    lines = article_lines[: L.HEADING_MAX_LINES_ABOVE + 1]
    at = next((i for i, line in enumerate(lines) if line.text == title), None)
    if not at:
        return None
    above = lines[:at]
    kind = kind_of_title(title)
    # The title line alone must be incomplete: the bare notice word ("通 告"), or the end of a
    # "关于…的" the line above leaves open.
    if not (_compact(title) == kind or above[-1].text.endswith(common.ATTRIBUTIVE)):
        return None
    for line, below in zip(above, lines[1 : at + 1]):
        if (len(line.text) > 40 or _SENTENCE_END.search(line.text) or _COMMA_OR_COLON.search(line.text)
                or _DATE_ONLY_LINE.match(line.text) or issue.text.count("\n", line.end, below.start) > 1):
            return None  # prose, a date, or a line set apart by a blank line: no part of one heading
    heading = _compact("".join(line.text for line in above) + title)
    if kind_of_title(heading) != kind or not (_FORMAL_TITLE_LINE.match(heading) or _issuer_of_title(heading, kind)):
        return None
    return heading, above[0].start


def _printed(issue: Issue, article: Article, title: str | None = None) -> list[PublicNotice]:
    title = (title or article.title or "").strip()
    kind = kind_of_title(title)
    if kind is None or _CIRCULAR_TITLE.search(title) or _REPORT_VERB.search(title):
        return []  # a circular, or a headline reporting a notice ("市应急管理局发布安全提示")
    article_lines = _lines(issue.text, article.char_start, article.char_end)  # (read once for both)
    lines = _notice_lines(issue, article_lines, title)
    heading = _heading_above(issue, article, article_lines, title)
    title = _compact(title)
    if not lines:
        return []
    first, body_lines = _split_title(lines, title)
    span_start = first.start
    if heading is not None:
        title, span_start = heading
    if not body_lines:
        return []
    if kind in L.BLOCK_KINDS or _LOSS.search(kind):
        items = _block_items(issue, article, body_lines, kind, title)
        if items:
            return items
    signature = _signature(issue, body_lines, kind)
    if signature is None and (before_document := _signature_before_document(issue, body_lines, kind)):
        signature, kept = before_document
        body_lines = body_lines[:kept]
    end = body_lines[-1].end
    body_end = signature.start if signature else end
    body = "\n".join(
        issue.text[line.start : min(line.end, body_end)] for line in body_lines if line.start < body_end
    ).strip()
    labelled = _labelled_issuer(body_lines)
    # The notice's phone numbers and schedule are read when a test below asks for them, else for
    # its record: a heading turned down first asks for neither.
    phones = None

    def notice_phones() -> tuple[str, ...]:
        nonlocal phones
        if phones is None:
            phones = _phones(issue, first.start, end)
        return phones

    # (the address search last: it copies the body without its quotations, and most notices are
    # signed or labelled)
    if not (signature or labelled or kind not in L.NOTICE_WORDS or _ADDRESS.search(_QUOTED.sub("", body))) \
            and not notice_phones():
        return []  # a bare "notice" heading over something that addresses nobody
    if _ADDRESSEE_LINE.match(body) and _INTERNAL.search(body.split("\n", 1)[0]):
        return []  # "各县(市、区)人民政府,市直各单位:": a circular to departments printed in full
    notice_date = signature.notice_date if signature else None
    outage = _TITLE_KIND.search(kind) is None  # titled without a notice word: "停电信息"
    schedule = schedule_of(body, issue.ctx, notice_date) if outage else None
    if outage and schedule.starts_at is None:
        return []  # "停电信息" over no outage period: a story, not a service notice
    if article.kind != "notice" and not (signature or labelled or _issuer_of_title(title, kind) or outage) \
            and not notice_phones():
        return []  # a story whose headline ends in a notice word ("一封特殊的公开信")
    if schedule is None:
        schedule = schedule_of(body, issue.ctx, notice_date)
    issuer = signature.issuer if signature and signature.issuer else None
    # The person to contact issues a personal notice (a 启事 or 声明 of one's own), but only speaks for a
    # body's 公示 or 通告, whose issuer is then unknown rather than its clerk.
    issuer = (issuer or labelled or _issuer_of_title(title, kind) or _subject(body, kind)
              or _actor(body) or (_contact(body) if _signs_as_person(kind) else None))
    return [
        _record(
            issue, article, kind=kind, title=title, issuer=issuer, notice_date=notice_date, body=body,
            phones=notice_phones(), schedule=schedule, span=(span_start, end),
            identity=(normalise_name(body)[:200],),
        )
    ]


def _is_signature_line(issue: Issue, line: _Line) -> bool:
    return len(line.text) <= 40 and (_ends_with_date(issue, line) or _clean_issuer(line.text) is not None
                                     or _SIGN_OFF.fullmatch(line.text) is not None)


def _block_items(issue: Issue, article: Article, lines: list[_Line], kind: str, title: str) -> list[PublicNotice]:
    """One row per notice of a block heading that covers many one-paragraph notices ("遗失声明")."""
    if not lines or _BLOCK_ITEM.match(lines[0].text.lstrip(_SPACE + _BULLETS)) is None:
        # The first line is no item (its first piece, a prefix of this text, is none), and were it
        # a signature line every line would be: no block either way, and the signature lines
        # (dates read) need not be set aside. Most notices under 公告 or 声明 stop here.
        return []
    content = list(lines)
    while content and _is_signature_line(issue, content[-1]):
        content.pop()
    notices: list[PublicNotice] = []
    for line in content:
        items = _item_notices(issue, article, line, kind, title)
        if not items:
            return []  # a paragraph that is no notice of its own: the block is one notice
        notices.extend(items)
    loss_block = bool(_LOSS.search(kind)) or all(_LOSS.search(n.body) for n in notices)
    return notices if notices and (loss_block or len(notices) >= 2) else []


def _item_notices(issue: Issue, article: Article, line: _Line, kind: str, title: str) -> list[PublicNotice]:
    """The one-paragraph notices of a line ("甲遗失…声明作废。乙遗失…声明作废。" is two)."""
    pieces: list[tuple[int, int]] = []
    lo = 0
    for m in _LOSS_ITEM_END.finditer(line.text):
        if _LOSS.search(line.text, lo, m.start()):
            pieces.append((lo, m.end()))
            lo = m.end()
    if lo < len(line.text) and line.text[lo:].strip(_SPACE):
        if pieces and not _BLOCK_ITEM.match(line.text[lo:].strip(_SPACE + _BULLETS)):
            pieces[-1] = (pieces[-1][0], len(line.text))
        else:
            pieces.append((lo, len(line.text)))
    notices = []
    for a, b in pieces:
        while a < b and line.text[a] in _SPACE + _BULLETS:
            a += 1
        while b > a and line.text[b - 1] in _SPACE:
            b -= 1
        text = line.text[a:b]
        match = _BLOCK_ITEM.match(text)
        if match is None:
            return []
        issuer = _ITEM_NUMBER.sub("", _BRACKETED.sub("", match.group("issuer")))
        role = _SUBJECT_ROLE.match(issuer)
        if role and _is_org(role.group("business")):
            issuer = role.group("business")  # "某公司法定代表人孙某因公司印章遗失": the company
        start, end = line.span(a, b)
        own_kind = kind if kind not in L.NOT_KINDS else (L.LOSS_NOTICE_KIND if _LOSS.search(text) else L.STATEMENT_KIND)
        dated = [e for e in _dates(text, issue.ctx, prefer="past") if e.kind == "point" and e.granularity == "day"
                 and not text[e.end_char:].strip(_SPACE + common.FULL_STOP + ".")]
        notice_date = first_day(dated[-1]) if dated else None
        notices.append(
            _record(
                issue, article, kind=own_kind, title=title or own_kind, issuer=issuer, notice_date=notice_date,
                body=text, phones=_phones(issue, start, end), schedule=schedule_of(text, issue.ctx, notice_date),
                span=(start, end), identity=(normalise_name(text)[:200],),
            )
        )
    return notices


def _block_heading(issue: Issue, article: Article, body_start: int) -> str | None:
    """The heading of the classified block an item sits in ("遗失声明"), looking back a few lines."""
    if kind_of_title(article.title):
        return article.title
    # (lines read back one at a time: the first that is no item of the block decides)
    for line in islice(_lines_backwards(issue.text, max(0, body_start - 2000), body_start), 30):
        if _LOSS.search(line.text) and len(line.text) <= 200:
            continue  # another item of the same block
        return line.text if len(line.text) <= 12 and kind_of_title(line.text) else None
    return None


def _classified(issue: Issue, article: Article) -> list[PublicNotice]:
    if not article.body:
        return []
    body_start, body_end = article.issue_span(0, len(article.body))
    heading = _block_heading(issue, article, body_start)
    kind = kind_of_title(heading) if heading else None
    notices: list[PublicNotice] = []
    for line in _body_lines(article):
        if heading and line.text == heading:
            continue
        items = _item_notices(issue, article, line, kind or L.LOSS_NOTICE_KIND, heading or "")
        if not items:
            # Not a one-line notice: a notice of its own under a block-like heading ("声明").
            return _printed(issue, article, heading) if heading else []
        notices.extend(items)
    return notices


# --------------------------------------------------------------------------------------------
# Notices printed without a notice title


# Every match of _kind_in_body's patterns holds one of these words: a sign-off's lead ("特此"),
# "如下" ("通告如下", "如下通知"), or the notice naming itself ("本公告"). Tested in C first: most
# articles hold none, and the patterns' alternations are tried at every character of the text.
_KIND_IN_BODY_WORDS = (L.SIGN_OFF_LEAD, L.AS_FOLLOWS, *(L.SELF + word for word in L.SELF_KIND_WORDS))


def _may_name_kind(text: str, lo: int, hi: int) -> bool:
    """False when ``_kind_in_body(text[lo:hi])`` is None for certain: none of its words is there."""
    return any(text.find(word, lo, hi) >= 0 for word in _KIND_IN_BODY_WORDS)


def _kind_in_body(text: str) -> str | None:
    """The word a notice calls itself by in its own text: its sign-off, "…通告如下", "本公告"."""
    sign_offs = list(_SIGN_OFF.finditer(text))
    if sign_offs:
        return sign_offs[-1].group().strip(_STOP_OR_EXCLAIM)[len(L.SIGN_OFF_LEAD):]
    for match in _BODY_KIND.finditer(text):
        return match.group("before") or match.group("after") or match.group("self")
    return None


def _closing_signature(issue: Issue, lines: list[_Line]) -> _Signature | None:
    """A dated signature closing ``lines``: "特此公告 / 某局 / 2019年12月16日", "…。 某局 2019年11月29日".

    Only a signature naming a body, or a date under "特此…", counts: a date ending a line of
    prose ("报名截止时间为3月1日") closes nothing.
    """
    last = lines[-1]
    if not _may_close(issue, last):
        return None
    signature = _signature(issue, lines, L.ANNOUNCEMENT_KIND)
    if signature is None or not signature.dated:
        return None
    if signature.issuer and _is_org(signature.issuer.split(common.LIST_COMMA)[-1]):
        return signature
    above = [line for line in lines if line.end <= signature.start]
    signed_off = _SIGN_OFF.search(issue.text, signature.start, last.end) or (above and _SIGN_OFF.fullmatch(above[-1].text))
    return signature if signed_off else None


def _may_close(issue: Issue, line: _Line) -> bool:
    """Whether ``line`` may end a dated signature: it ends in a day ("…1月26日", "2020126"), and it
    is short or holds a sentence end (the body's last sentence before the signature)."""
    if len(line.text) > 40 and not _SENTENCE_END.search(line.text):
        return False
    return bool(_DAY_AT_END.search(line.text)) or _digit_date_line(line.text, issue.ctx)[0]


def _is_addressee(text: str) -> bool:
    """"广大居民朋友们:": a short line naming whom the notice speaks to, ending in a colon."""
    return (len(text) <= 30 and text[-1] in common.COLONS and not re.search(rf"[0-9{common.COMMAS}{common.LIST_COMMA}{common.FULL_STOP}]", text)
            and not _ITEM_MARK.match(text) and any(word in text for word in L.ADDRESSEE_WORDS))


def _notice_start(lines: list[_Line]) -> int:
    """Index of the line a notice starts at: its addressee ("广大居民朋友们:") or its own title."""
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i].text
        if _FORMAL_TITLE_LINE.match(text) or _is_addressee(text):
            return i
    return 0


def _untitled(issue: Issue, article: Article) -> list[PublicNotice]:
    """Notices printed under a news headline or none: each dated signature closes one.

    The text before a signature (from the article's start, the previous signature, or an
    addressee line) is the notice; it must call itself a notice ("…通告如下", "本公告", "特此公告").
    A notice with no signature counts only when it says "现将…通告如下".
    """
    # A notice found below must call itself one in its own lines: a piece, cut at line ends, of the
    # article and the signature tail read after it (at most SIGNATURE_TAIL_LINES lines, the same
    # whether read from the article's last line or from its end). No kind pattern looks past a line
    # end, so when this text names no kind, no piece of it does. Most articles stop here.
    tail = _following_lines(issue.text, article.char_end, SIGNATURE_TAIL_LINES)
    scope_end = max(article.char_end, tail[-1].end) if tail else article.char_end
    if (not _may_name_kind(issue.text, article.char_start, scope_end)
            or _kind_in_body(issue.text[article.char_start : scope_end]) is None):
        return _one_paragraph_notices(issue, article)
    lines = _lines(issue.text, article.char_start, article.char_end)
    if not lines:
        return []
    # (the tail first, as in _notice_lines: without one, the last line's date need not be read)
    if (tail := _signature_tail(issue, lines[-1].end)) and not _ends_with_date(issue, lines[-1]):
        lines = lines + tail
    notices: list[PublicNotice] = []
    begin = 0
    for i in range(len(lines)):
        if not _may_close(issue, lines[i]):
            continue  # (asked before copying lines[begin : i + 1]: most lines end in no date)
        signature = _closing_signature(issue, lines[begin : i + 1])
        if signature is None:
            continue
        part = lines[begin : i + 1]
        begin = i + 1
        found = _untitled_notice(issue, article, part[_notice_start(part):], signature)
        if found is not None:
            notices.append(found)
    if not notices:
        rest = lines[begin:]
        if rest and _AS_FOLLOWS.search("\n".join(line.text for line in rest)):
            found = _untitled_notice(issue, article, rest[_notice_start(rest):], None)
            if found is not None:
                notices.append(found)
    if not notices:
        notices = _one_paragraph_notices(issue, article)
    return notices


def _reporting_sentence(issue: Issue, article: Article, lo: int, hi: int, kind: str) -> PublicNotice | None:
    """The reported notice (a sentence saying a body issued a notice of this kind) that stands inside the
    printed notice's own lines lo..hi, so the printed one's evidence names its issuer too."""
    for report in _reported(issue, article, [], details=False):
        if report.issuer and lo <= report.char_start and report.char_end <= hi \
                and (report.kind.endswith(kind) or kind.endswith(report.kind)):
            return report
    return None


def _one_paragraph_notices(issue: Issue, article: Article) -> list[PublicNotice]:
    """Unsigned one-paragraph notices among classifieds ("某公司经股东会决议,拟注销本公司,请债权人自本
    公告之日起45日内…申报债权"): each paragraph that opens with its issuer and a company's act
    and calls itself a notice is one, issued by that company."""
    if not _may_name_kind(article.body, 0, len(article.body)) or _kind_in_body(article.body) is None:
        return []  # no line calls itself a notice when the whole body does not (no pattern spans a line)
    notices: list[PublicNotice] = []
    for line in _body_lines(article):
        text = line.text.lstrip(_SPACE + _BULLETS)
        kind = _kind_in_body(text)
        if kind is None or _BLOCK_ITEM.match(text) is None or _LOSS.match(text):
            continue
        notices.extend(_item_notices(issue, article, line, kind, ""))
    return notices


def _untitled_notice(issue: Issue, article: Article, lines: list[_Line], signature: _Signature | None) -> PublicNotice | None:
    if not lines:
        return None
    first, end = lines[0], lines[-1].end
    body_end = signature.start if signature else end
    body = "\n".join(
        issue.text[line.start : min(line.end, body_end)] for line in lines if line.start < body_end
    ).strip()
    kind = _kind_in_body(issue.text[first.start:end])
    if kind is None or not body:
        return None
    if _ADDRESSEE_LINE.match(body) and _INTERNAL.search(body.split("\n", 1)[0]):
        return None  # "各学院:" / "各县(市、区)人民政府:": a circular to departments
    if kind == L.CIRCULAR_KIND and not _addresses_public(body, None, kind):
        return None
    issuer = signature.issuer if signature else None
    if issuer is None:
        issuer = _jurisdiction(body) or _actor(body)
    notice_date = signature.notice_date if signature else None
    if issuer is None and (report := _reporting_sentence(issue, article, first.start, end, kind)) is not None:
        # "某局3月2日发布关于…的通告。……现就…通告如下:" / "某指挥部发布紧急通知,全文如下:……紧急通知如下":
        # the story's own sentence names who issued the notice it then prints, and when.
        issuer, kind = report.issuer, report.kind if report.kind.endswith(kind) else kind
        notice_date = notice_date or report.notice_date
    title = lines[0].text if _FORMAL_TITLE_LINE.match(lines[0].text) else None
    return _record(
        issue, article, kind=kind, title=title, issuer=issuer, notice_date=notice_date, body=body,
        phones=_phones(issue, first.start, end), schedule=schedule_of(body, issue.ctx, notice_date),
        span=(first.start, end), identity=(normalise_name(body)[:200],),
    )


def _jurisdiction(body: str) -> str | None:
    """The body whose own area a "现将…如下" sentence names ("现将某街道范围内…通告如下")."""
    sentence = _AS_FOLLOWS.search(body)
    if sentence is None:
        return None
    for match in _JURISDICTION.finditer(sentence.group()):
        candidate = match.group("body")
        for cut in range(len(candidate) - 2):
            name = candidate[cut:]
            if _is_org(name) and not re.match(rf"[0-9{L.YEAR_MARKS}]", name):
                return name
    return None


# --------------------------------------------------------------------------------------------
# Reported notices


def _issuer_before(body: str, pos: int, ctx: IssueContext) -> tuple[str, int, date | None] | None:
    """The body issuing what the verb at ``pos`` reports: the clause before it, if it names one.

    Returns the issuer, where it starts, and the day printed between it and the verb, if any
    ("市公安局交警支队1月5日发布通告").
    """
    lo = pos
    while lo > 0 and body[lo - 1] not in _CLAUSE_BREAK_CHARS and pos - lo < 40:
        lo -= 1
    clause = body[lo:pos]
    said_on = None
    if _DIGIT_OR_DATE_UNIT.search(clause):
        clause_dates = _dates(clause, ctx, prefer="past")
        if clause_dates and clause_dates[0].start_char == 0:  # "7月28日市疫情防控办…"
            cut = clause_dates[0].end_char
            clause, lo = clause[cut:], lo + cut
            clause_dates = _dates(clause, ctx, prefer="past")
        tail = _ISSUER_TRAILING.sub("", clause)
        if clause_dates and clause_dates[-1].end_char == len(tail) and clause_dates[-1].granularity == "day":
            said_on = first_day(clause_dates[-1])
            clause = clause[: clause_dates[-1].start_char]
    stripped = _ISSUER_LEADING.sub("", clause)
    lo += len(clause) - len(stripped)
    issuer = _ISSUER_TRAILING.sub("", stripped).strip(_SPACE + "“”\"")
    if issuer.startswith(L.THAT) and len(issuer) >= 2:
        issuer = _antecedent(body, lo, issuer[1:])  # "该支队" is the 支队 named before, if any
        if issuer is None:
            return None
    if not _is_org(issuer) or not re.fullmatch(f"[{_HAN}{_BRACKETS}·{common.LIST_COMMA}]+", issuer):
        return None
    return issuer, lo, said_on


def _antecedent(body: str, pos: int, head: str) -> str | None:
    """The body "该<head>" points back at: the last name ending in ``head`` before ``pos``
    ("记者从市交警支队获悉,该支队…" -> "市交警支队")."""
    end = body.rfind(head, 0, pos)
    while end >= 0:
        start = end
        while start > 0 and re.match(f"[{_HAN}{_BRACKETS}]", body[start - 1]) and body[start - 1] not in L.NAME_STOPS \
                and end - start < 24:
            start -= 1
        name = body[start : end + len(head)]
        if len(name) > len(head) and _is_org(name) and not name.startswith(L.THAT):
            return name
        end = body.rfind(head, 0, end)
    return None


def _issuer_elsewhere(
    issue: Issue, article: Article, pos: int, earlier: list[PublicNotice]
) -> tuple[str, int, date | None] | None:
    """The issuer of a notice whose report names only a channel ("微信公号某某发布辟谣通告") or a
    place ("某某市发布通告"):

    * the dated signature that closes the reprinted notice after the report (within the next few
      paragraphs, or on the short lines right after the article);
    * the issuer of the notice reported just before, when the report points back at its publisher
      ("同日,上述微信公号发布…"), and its date when it says 同日.
    """
    body = article.body
    lo = pos
    while lo > 0 and body[lo - 1] not in _CLAUSE_BREAK_CHARS and pos - lo < 40:
        lo -= 1
    clause = body[lo:pos]
    s_lo, _ = _sentence_bounds(body, pos)
    if clause.startswith(L.ANAPHORA_WORDS) and earlier:
        here = article.body_offsets[pos]
        before = max((n for n in earlier if n.char_start < here and n.issuer and here - n.char_end <= L.ANAPHORA_REACH),
                     key=lambda n: n.char_start, default=None)
        if before is not None:
            same_day = any(word in body[s_lo:lo] for word in L.SAME_DAY_WORDS)
            return before.issuer, lo, before.notice_date if same_day else None
        return None
    place_only = _PLACE_ONLY.fullmatch(_ISSUER_LEADING.sub("", clause).strip(_SPACE)) is not None
    if not any(word in clause for word in L.CHANNEL_WORDS) and not place_only:
        return None
    start = article.body_offsets[pos]
    lines = [line for line in _lines(issue.text, article.char_start, article.char_end) if line.end > start]
    if not lines:
        return None
    lines = lines[: L.REPORTED_SCOPE_PARAGRAPHS + 1]
    if lines[-1].end >= article.char_end - 1:
        lines = lines + _signature_tail(issue, lines[-1].end)
    for i in range(1, len(lines)):
        signature = _closing_signature(issue, lines[: i + 1])
        if signature is not None and signature.issuer:
            return signature.issuer, lo, signature.notice_date
    return None


def _sentence_bounds(body: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos``: from just after the last sentence end or line break before it,
    through the sentence mark that ends it (not through a line break)."""
    lo, hi = bounds(body, pos, _SENTENCE_END_CHAR)
    return lo, min(hi + 1, len(body)) if hi < len(body) and body[hi] != "\n" else hi


def _addresses_public(window: str, doc: str | None, word: str) -> bool:
    """Whether a reported notice speaks to citizens rather than to departments."""
    if doc and word == L.CIRCULAR_KIND and _INTERNAL_DOC.search(doc):
        return False
    public = len(_PUBLIC.findall(window))
    internal = len(_INTERNAL.findall(window))
    if word == L.CIRCULAR_KIND:
        return public > internal
    return public >= internal


def _reported(
    issue: Issue, article: Article, earlier: list[PublicNotice], *, details: bool = True
) -> list[PublicNotice]:
    """The notices the article's sentences report. ``details=False``: without their phone numbers and
    schedules (for a caller reading only who issued which kind when, and where: no notice found
    here reads another's numbers or schedule, nor does its identity)."""
    body = article.body
    if not _REPORT_PREFILTER.search(body):
        return []
    notices: list[PublicNotice] = []
    seen: set[tuple[str, str]] = set()
    for match in _REPORTED.finditer(body):
        doc = match.group("doc")
        doc_word = _DOC_WORD.search(doc) if doc and not match.group("word") else None
        word = (match.group("word") or match.group("colon_word") or match.group("audience_word")
                or (doc_word.group() if doc_word else None))
        if word is None or (word == L.CIRCULAR_KIND and _CIRCULAR_ORDER.match(body, match.end())):
            continue  # (a circular naming what it asks of the levels below it)
        if _PURPOSE_AFTER.match(body, match.end()):
            continue  # "水务公司贴出停水通知的目的是让用户早作准备…": why such notices are issued, none reported
        found = _issuer_before(body, match.start(), issue.ctx) or _issuer_elsewhere(
            issue, article, match.start(), earlier + notices
        )
        if found is None:
            continue
        issuer, issuer_start, dated_after = found
        qual = match.group("qual") or match.group("colon_qual") or match.group("audience_qual") or ""
        kind = qual + word
        if (kind, normalise_name(issuer)) in seen:
            continue
        s_lo, s_hi = _sentence_bounds(body, match.start())
        if not _addresses_public(body[issuer_start : s_hi + 300], doc, word):
            continue
        seen.add((kind, normalise_name(issuer)))
        before = body[s_lo:issuer_start]
        dated = [e for e in _dates(before, issue.ctx, prefer="past") if e.kind == "point" and e.granularity == "day"]
        notice_date = dated_after or (first_day(dated[-1]) if dated else None)
        # What the notice says is told in its sentence's paragraph and the next few, not the whole story.
        scope_end = s_hi
        for _ in range(L.REPORTED_SCOPE_PARAGRAPHS):
            nl = body.find("\n", scope_end)
            if nl < 0:
                scope_end = len(body)
                break
            scope_end = nl + 1
        scope = body[s_lo:scope_end].rstrip()
        infix = match.group("infix") or ""
        if doc:
            title = doc.strip(_BOOK_OPEN + _BOOK_CLOSE)
        elif infix.startswith(L.ABOUT) and match.group("word"):
            title = infix + qual + word  # "发布关于加强春节期间安全管理的通告"
        else:
            title = article.title or None
        notices.append(
            _record(
                issue, article, kind=kind, title=title, issuer=issuer, notice_date=notice_date, body=scope,
                phones=tuple(dict.fromkeys(
                    _phones_in_body(issue, article, s_lo, s_lo + len(scope))
                    + _announced_list_phones(issue, article, body[s_lo:s_hi], s_lo + len(scope)))) if details else (),
                schedule=schedule_of(scope, issue.ctx, notice_date) if details else _NO_SCHEDULE,
                span=article.issue_span(s_lo, s_hi), identity=(normalise_name(doc),),
            )
        )
    return notices


def _announced_list_phones(issue: Issue, article: Article, sentence: str, scope_end: int) -> tuple[str, ...]:
    """A report that announces numbers ("…并公布了举报电话、信箱") whose scope ends its article: the
    numbers of the contact list printed right after it (short lines and "label:value" lines)."""
    if scope_end < len(article.body) or not _ANNOUNCES_NUMBERS.search(sentence):
        return ()
    lines = _following_lines(issue.text, article.char_end, L.CONTACT_LIST_MAX_LINES)
    end = None
    for line in lines:
        label = re.match(rf"^[^{common.COLONS}{common.COMMAS}{common.FULL_STOP}]{{1,{L.CONTACT_LIST_LABEL_MAX}}}[{common.COLONS}]", line.text)
        if len(line.text) > L.CONTACT_LIST_LINE_MAX and label is None:
            break
        end = line.end
    if end is None:
        return ()
    return _phones(issue, article.char_end, end)


def _phones_in_body(issue: Issue, article: Article, lo: int, hi: int) -> tuple[str, ...]:
    if lo >= hi:
        return ()
    start, end = article.issue_span(lo, hi)
    return _phones(issue, start, end)


# --------------------------------------------------------------------------------------------


def _record(
    issue: Issue, article: Article, *, kind: str, title: str | None, issuer: str | None, notice_date: date | None,
    body: str, phones: tuple[str, ...], schedule: Schedule, span: tuple[int, int], identity: tuple,
) -> PublicNotice:
    start, end = span
    return _new_notice(
        stable_id("ntc", normalise_name(kind), normalise_name(issuer), normalise_name(title), notice_date, *identity),
        article.seq, issue.text[start:end], start, end, kind, title, issuer, notice_date, body, phones,
        schedule.deadline, schedule.effective_from, schedule.starts_at, schedule.ends_at,
    )


# A notice made without the frozen class's call (one object.__setattr__ a field): every field, in
# the class's order (checked at import by frozen.maker).
_new_notice = maker(PublicNotice, (
    "event_id", "article_seq", "evidence", "char_start", "char_end", "kind", "title", "issuer", "notice_date",
    "body", "phones", "deadline", "effective_from", "starts_at", "ends_at",
))


def _is_news(article: Article) -> bool:
    return bool(article.byline and _NEWS_BYLINE.match(article.byline))


# A page in traditional script (a big5 gateway of a city site) is read with its notice vocabulary
# folded to simplified characters, one for one, so offsets hold; every field is then read back from
# the printed text (see script_fold.as_printed).
_fold_script = CharacterFold({
    **zh_traditional.TRADITIONAL_TO_SIMPLIFIED,
    **zh_traditional.pair_table(L.NOTICE_TRADITIONAL_PAIRS),
})


def _printed_script(notice: PublicNotice, issue: Issue, folded: Issue) -> PublicNotice:
    lo, hi = notice.char_start, notice.char_end
    return replaced(
        notice,
        evidence=issue.text[lo:hi],
        **{name: as_printed(getattr(notice, name), issue.text, folded.text, lo, hi)
           for name in ("kind", "title", "issuer", "body")},
    )


def extract(issue: Issue) -> list[PublicNotice]:
    """Every public notice of the issue: printed, classified and reported, in text order."""
    folded = folded_issue(issue, _fold_script)
    if folded is issue:
        return _extract(issue)
    return [_printed_script(notice, issue, folded) for notice in _extract(folded)]


def _extract(issue: Issue) -> list[PublicNotice]:
    notices: list[PublicNotice] = []
    for article in issue.articles:
        if article.kind == "classified":
            notices.extend(_classified(issue, article))
        elif article.kind in ("notice", "article"):
            printed = [] if _is_news(article) else (_printed(issue, article) or _untitled(issue, article))
            notices.extend(printed or _reported(issue, article, notices))
    unique: dict[tuple, PublicNotice] = {}
    for notice in notices:
        unique.setdefault((notice.event_id, notice.char_start), notice)
    ordered = sorted(unique.values(), key=lambda n: (n.char_start, -n.char_end))
    # A notice's signature the segmenter set apart is read with the notice: the same lines read
    # again as a notice of their own are no second notice.
    given = [n for n in ordered if not (n.issuer is None and n.kind.endswith(L.ISSUED_ONLY_KINDS))]
    # (a "温馨提示" box nobody is named to give is the paper's advice, not a notice)
    return outside_earlier_of_kind(given)


def outside_earlier_of_kind(ordered: list[PublicNotice]) -> list[PublicNotice]:
    """The notices (sorted by start, longer first) not lying inside an earlier kept one of their kind.

    Every kept notice of a kind starts at or before the current one, so it lies inside one of them
    exactly when it ends no later than the furthest end kept for its kind: one comparison per
    notice, not one per kept notice (1,600 notices of one big file were 1.3 M comparisons).
    """
    kept: list[PublicNotice] = []
    furthest_end: dict[str, int] = {}
    for notice in ordered:
        if notice.char_end <= furthest_end.get(notice.kind, -1):
            continue
        kept.append(notice)
        furthest_end[notice.kind] = max(furthest_end.get(notice.kind, -1), notice.char_end)
    return kept
