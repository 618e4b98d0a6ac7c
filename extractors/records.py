"""The typed vocabulary every stage shares: issue context, articles and event records.

Records are plain frozen dataclasses so extractors stay pure and the loader can turn a list of
them into an Arrow table column by column. Every event record carries its evidence: the verbatim
span ``issue_text[char_start:char_end]``.
"""

from __future__ import annotations

import operator
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from .dateline import article_anchor
from .matching import FirstKnown, Same, issuers_agree, kinds_agree, names_overlap, same_digits, same_moment, same_name, same_names
from .event_types import CalendarEntry, Evaluation, Evidence, column, event_record
from .lang import zh_calendar as cal

IssueDateSource = Literal["manifest", "filename", "path", "markup", "inferred", "unknown"]
ArticleKind = Literal["article", "caption", "jump", "notice", "classified", "masthead"]
Gender = Literal["male", "female"]
Half = Literal["H1", "H2"]
PhoneKind = Literal["mobile", "landline", "service"]


@dataclass(frozen=True, kw_only=True)
class IssueContext:
    """What an extractor may know about the issue besides its text."""

    issue_id: str
    issue_date: date | None
    issue_date_source: IssueDateSource = "manifest"
    paper: str | None = None
    edition: str | None = None
    # The telephone area code of the paper's city, for local numbers printed without one; None when
    # unknown (the pipeline resolves it from the manifest, the paper's name or --area-code).
    area_code: str | None = None


class OffsetMap(Sequence[int]):
    """Where each character of an article's body stands in the issue text, kept as runs.

    Reads like a tuple of ints (``offsets[i]``, slices, ``len``, iteration, ``in``), but a body is
    nearly all runs of consecutive offsets (a paragraph, then its line break, then the next one),
    so it keeps only where each run starts in the body and in the issue: a few bytes per
    paragraph instead of ~36 bytes per character as a tuple of ints (600 MB for a 50 MB issue).
    """

    __slots__ = ("_starts", "_origins", "_length")

    def __init__(self, runs: Iterable[tuple[int, int]] = ()) -> None:
        """``runs``: (issue offset, length) pairs in body order; runs that touch are merged."""
        starts, origins = array("q"), array("q")
        length = 0
        run_end = -1
        for origin, size in runs:
            if size <= 0:
                continue
            if origin != run_end:  # else it carries on the run before
                starts.append(length)
                origins.append(origin)
            length += size
            run_end = origin + size
        self._starts, self._origins, self._length = starts, origins, length

    @classmethod
    def run(cls, origin: int, length: int) -> OffsetMap:
        """``length`` consecutive offsets from ``origin``."""
        made = cls.__new__(cls)
        if length <= 0:
            made._starts, made._origins, made._length = array("q"), array("q"), 0
            return made
        # Copies of one-item arrays (a slice copies in C): every paragraph of an issue is a run.
        origins = _ONE_ITEM[:]
        origins[0] = origin
        made._starts, made._origins, made._length = _ONE_ITEM[:], origins, length
        return made

    @classmethod
    def from_offsets(cls, offsets: Iterable[int]) -> OffsetMap:
        """The map of an explicit sequence of offsets (any order; runs are found where they are)."""
        if isinstance(offsets, OffsetMap):
            return offsets
        if isinstance(offsets, range) and offsets.step == 1:
            return cls([(offsets.start, len(offsets))])
        starts, origins = array("q"), array("q")
        length = 0
        expected = None
        for offset in offsets:
            offset = operator.index(offset)
            if offset != expected:
                starts.append(length)
                origins.append(offset)
            length += 1
            expected = offset + 1
        made = cls.__new__(cls)
        made._starts, made._origins, made._length = starts, origins, length
        return made

    def runs(self) -> list[tuple[int, int]]:
        """The (issue offset, length) runs, in body order."""
        starts, origins = self._starts, self._origins
        if len(starts) == 1:  # one run (a paragraph): nothing to pair up
            return [(origins[0], self._length)]
        bounds = [*starts[1:], self._length]
        return [(origins[k], bounds[k] - starts[k]) for k in range(len(starts))]

    def __len__(self) -> int:
        return self._length

    @property
    def first(self) -> int | None:
        """``self[0]``, None for an empty map: read for every article of a page (where its body begins
        in the issue), so without indexing's checks and bisection (~4,000 instructions a read)."""
        return self._origins[0] if self._length else None

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._slice(index)
        index = operator.index(index)
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset index out of range")
        run = bisect_right(self._starts, index) - 1
        return self._origins[run] + index - self._starts[run]

    def _slice(self, index: slice) -> OffsetMap:
        start, stop, step = index.indices(self._length)
        if step != 1:
            return OffsetMap.from_offsets([self[i] for i in range(start, stop, step)])
        if start >= stop:
            return OffsetMap()
        if start == 0 and stop == self._length:
            return self
        starts, origins = self._starts, self._origins
        if len(starts) == 1:  # within one run: the run that starts there
            return OffsetMap.run(origins[0] + start, stop - start)
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, stop - 1) - 1
        made = OffsetMap.__new__(OffsetMap)
        made._starts = array("q", [0, *(s - start for s in starts[first + 1 : last + 1])])
        made._origins = array("q", [origins[first] + start - starts[first], *origins[first + 1 : last + 1]])
        made._length = stop - start
        return made

    def __iter__(self) -> Iterator[int]:
        starts, origins = self._starts, self._origins
        count = len(starts)
        for k in range(count):
            end = starts[k + 1] if k + 1 < count else self._length
            origin = origins[k]
            yield from range(origin, origin + end - starts[k])

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, int):
            return False
        return any(origin <= value < origin + size for origin, size in self.runs())

    def __add__(self, other: OffsetMap) -> OffsetMap:
        if not isinstance(other, OffsetMap):
            return NotImplemented
        if not other._length:
            return self
        if not self._length:
            return other
        return OffsetMap(self.runs() + other.runs())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OffsetMap):
            return self._length == other._length and self._starts == other._starts and self._origins == other._origins
        if isinstance(other, (tuple, list)):
            return len(other) == self._length and tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self.runs()))

    def __reduce__(self):
        # Its arrays as they are (an array pickles as its bytes): a worker's articles cross to the
        # loading process without a Python loop over their runs on either side.
        return _offset_map_from_arrays, (self._starts, self._origins, self._length)

    def __repr__(self) -> str:
        return f"OffsetMap({self.runs()!r})"


_ONE_ITEM = array("q", [0])  # copied, never changed


def _offset_map_from_arrays(starts: array, origins: array, length: int) -> OffsetMap:
    made = OffsetMap.__new__(OffsetMap)
    made._starts, made._origins, made._length = starts, origins, length
    return made


@dataclass(frozen=True, kw_only=True)
class Article:
    """One article (or caption, jump line, notice block) of an issue.

    ``body`` is the article text as a reader sees it: markdown marks dropped, paragraphs that the
    page layout broke mid-sentence rejoined, paragraphs separated by a single ``\\n``.
    ``body_offsets[i]`` is the offset in the issue text of ``body[i]``, so any span found in the
    body maps back to verbatim evidence with :meth:`issue_span`. It is an :class:`OffsetMap`
    (a tuple or list of offsets given here is turned into one).
    """

    seq: int
    kind: ArticleKind
    title: str | None
    subtitle: str | None
    section: str | None
    byline: str | None
    body: str
    char_start: int
    char_end: int
    body_offsets: OffsetMap = field(repr=False, compare=False)
    # Known only when the issue came from e-paper markup (extractors/html.py); None for text issues.
    lead_title: str | None = None
    page_name: str | None = None
    page_no: int | None = None
    source_page: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.body_offsets, OffsetMap):
            object.__setattr__(self, "body_offsets", OffsetMap.from_offsets(self.body_offsets))

    @property
    def body_char_start(self) -> int:
        """Where the body begins in the issue text; ``char_end`` for an article with no body (its
        headlines are all it prints). Read through ``OffsetMap.first``: extractors ask it of every
        article of a page."""
        first = self.body_offsets.first
        return self.char_end if first is None else first

    def issue_span(self, body_start: int, body_end: int) -> tuple[int, int]:
        """Map a half-open span of ``body`` to the half-open span of the issue text it came from."""
        if not 0 <= body_start < body_end <= len(self.body):
            raise ValueError(f"span {body_start}:{body_end} outside body of length {len(self.body)}")
        return self.body_offsets[body_start], self.body_offsets[body_end - 1] + 1


@dataclass(frozen=True, kw_only=True)
class Issue:
    """A decoded issue, segmented: what every extractor receives."""

    ctx: IssueContext
    text: str
    articles: tuple[Article, ...]
    _anchors: dict[int, date | None] = field(default_factory=dict, init=False, repr=False, compare=False)

    def base_date(self, article: Article) -> date | None:
        """The day ``article``'s relative and year-less dates count from: its own dateline
        ("新华社北京3月2日电", "本报讯(记者 X)3月2日,"), else the issue date."""
        key = id(article)
        if key not in self._anchors:
            self._anchors[key] = article_anchor(article, self.ctx.issue_date)
        return self._anchors[key] or self.ctx.issue_date

    def evidence(self, article: Article, body_start: int, body_end: int) -> dict:
        """The evidence fields of a record found at ``article.body[body_start:body_end]``."""
        char_start, char_end = article.issue_span(body_start, body_end)
        return {
            "article_seq": article.seq,
            "evidence": self.text[char_start:char_end],
            "char_start": char_start,
            "char_end": char_end,
        }


def _sql_text(text: str) -> str:
    """``text`` as a SQL string literal, for the labels the calendar entries print."""
    return "'" + text.replace("'", "''") + "'"


def _labelled(column_name: str, label: str) -> str:
    """SQL: a new line with ``label`` and the column's value when it has one, else nothing."""
    return f" || CASE WHEN {column_name} IS NOT NULL THEN chr(10) || {_sql_text(label)} || {column_name} ELSE '' END"


_LIST_SEPARATOR = _sql_text(cal.LIST_SEPARATOR)
_DEADLINE_SUFFIX = _sql_text(cal.DEADLINE_SUFFIX)


@event_record(
    table="meetings",
    comment="Meetings that a body convened, reported or announced by an issue: one row per meeting per issue.",
    event_id="Stable id from date + normalised name + venue: the same meeting in two issues has the same id.",
    issue_id="The issue that reports it.",
    extractor="meetings:extract",
    evaluation=Evaluation(
        key=(Same("date", same_moment), Same("name", names_overlap)),
        headline=(Same("organizer", same_name),),
        attributes=(Same("chairs", same_names), Same("speakers", same_names), Same("location", same_name), Same("end_date", same_moment)),
    ),
    calendar=(
        CalendarEntry(
            marks="meeting",
            event_type="meeting",
            category=cal.MEETING_CATEGORY,
            title="name",
            starts_at="CAST(date AS TIMESTAMP)",
            ends_at="CAST(COALESCE(end_date, date) + INTERVAL 1 DAY AS TIMESTAMP)",
            description="evidence" + _labelled("location", cal.VENUE_LABEL) + _labelled("organizer", cal.ORGANIZER_LABEL),
            when="date IS NOT NULL",
        ),
    ),
)
@dataclass(frozen=True, kw_only=True)
class Meeting(Evidence):
    date: date | None = column("Day it was held (or starts).")
    end_date: date | None = column("Last day of a multi-day meeting (inclusive); NULL for one-day meetings.")
    name: str = column("Name as the text gives it.")
    organizer: str | None = column("The body that convened it.")
    chairs: tuple[str, ...] = column("People who chaired it (主持).", default=())
    speakers: tuple[str, ...] = column("People who spoke or reported (讲话, 作报告, 宣讲, 作说明).", default=())
    location: str | None = column("Venue, when printed.", default=None)
    status: Literal["reported", "announced"] = column("reported (held) or announced (still to come on the issue date).", default="reported")


@event_record(
    table="conscription_windows",
    comment="Conscription registration windows: one row per (gender, half-year) window.",
    event_id="Stable id from year + gender + half + dates.",
    extractor="conscription:extract",
    evaluation=Evaluation(
        key=(Same("gender"), Same("half"), Same("start", same_moment, "start_date"), Same("end", same_moment, "end_date")),
        headline=(Same("year"),),
    ),
    calendar_columns={
        "label": f"(CASE gender WHEN 'male' THEN {_sql_text(cal.MALE_CALL_UP)} ELSE {_sql_text(cal.FEMALE_CALL_UP)} END)"
        f" || (CASE half WHEN 'H1' THEN {_sql_text(cal.FIRST_HALF)} ELSE {_sql_text(cal.SECOND_HALF)} END)"
        f" || {_sql_text(cal.ONLINE_REGISTRATION)}",
        "details": "evidence"
        + _labelled("site", cal.SITE_LABEL)
        + " || CASE WHEN age_min IS NOT NULL OR age_max IS NOT NULL"
        f" THEN chr(10) || {_sql_text(cal.AGE_LABEL)} || COALESCE(CAST(age_min AS VARCHAR), '') || {_sql_text(cal.AGE_TO)}"
        f" || COALESCE(CAST(age_max AS VARCHAR), '') || {_sql_text(cal.AGE_UNIT)}"
        " ELSE '' END"
        " || CASE WHEN age_note IS NOT NULL THEN chr(10) || age_note ELSE '' END",
    },
    calendar=(
        CalendarEntry(
            marks="window",
            event_type="conscription_window",
            category=cal.CONSCRIPTION_WINDOW_CATEGORY,
            title="label",
            starts_at="CAST(start_date AS TIMESTAMP)",
            ends_at="CAST(end_date + INTERVAL 1 DAY AS TIMESTAMP)",
            description="details",
            when="start_date IS NOT NULL AND end_date IS NOT NULL",
        ),
        CalendarEntry(
            marks="close",
            event_type="conscription_deadline",
            category=cal.CONSCRIPTION_DEADLINE_CATEGORY,
            title=f"label || {_DEADLINE_SUFFIX}",
            starts_at="CAST(end_date AS TIMESTAMP)",
            ends_at="CAST(end_date + INTERVAL 1 DAY AS TIMESTAMP)",
            description="details",
            when="end_date IS NOT NULL",
        ),
    ),
)
@dataclass(frozen=True, kw_only=True)
class ConscriptionWindow(Evidence):
    year: int = column("Conscription year the window belongs to.")
    gender: Gender = column("male or female.")
    half: Half = column("H1 (first half-year call-up) or H2 (second).")
    start_date: date | None = column("First day of registration.")
    end_date: date | None = column("Last day of registration (inclusive).")
    age_min: int | None = column("Youngest age admitted.", default=None)
    age_max: int | None = column("Oldest age admitted (without relaxations).", default=None)
    age_note: str | None = column("Age relaxations as printed (e.g. for graduates).", default=None)
    site: str | None = column("Where to register (e.g. 全国征兵网).", default=None)
    # False: the text names no gender and the window is taken as male
    gender_stated: bool = column("False when the text names no gender and the window is taken as the male call-up.", default=True)


@event_record(
    table="air_quality_orders",
    comment="Air-quality dispatch orders, control orders and heavy-pollution alerts with their effective periods.",
    event_id="Stable id from issuer + name + period.",
    extractor="air_quality:extract",
    evaluation=Evaluation(
        key=(
            FirstKnown(Same("order_no"), Same("name", names_overlap)),
            Same("start", same_moment, "starts_at"),
            Same("end", same_moment, "ends_at"),
        ),
        headline=(Same("issuer", same_name),),
        attributes=(Same("issued_on", same_moment), Same("pollutant"), Same("order_no")),
    ),
    calendar=(
        CalendarEntry(
            marks="period",
            event_type="air_quality_order",
            category=cal.AIR_QUALITY_CATEGORY,
            # "第10号调度令:加严空气质量管控"; an unnumbered alert keeps its name ("重污染天气橙色预警:…").
            title="CASE"
            f" WHEN regexp_matches(name, {_sql_text(cal.ORDER_NUMBER_SQL_PATTERN)})"
            f" THEN regexp_extract(name, {_sql_text(cal.ORDER_NUMBER_SQL_PATTERN + '.*$')})"
            " ELSE name END"
            f" || CASE WHEN level IS NOT NULL THEN {_sql_text(cal.HEAVY_POLLUTION_CONTROL)}"
            f" ELSE {_sql_text(cal.STRICTER_CONTROL)} END",
            starts_at="starts_at",
            ends_at="ends_at",
            all_day="FALSE",
            description="evidence"
            + _labelled("issuer", cal.ISSUER_LABEL)
            + _labelled("level", cal.LEVEL_LABEL)
            + f" || CASE WHEN len(daily_hours) > 0 THEN chr(10) || {_sql_text(cal.DAILY_LABEL)}"
            f" || array_to_string(daily_hours, {_LIST_SEPARATOR}) ELSE '' END"
            " || CASE WHEN len(measures) > 0 THEN chr(10) || array_to_string(measures, chr(10)) ELSE '' END",
            when="starts_at IS NOT NULL",
        ),
    ),
)
@dataclass(frozen=True, kw_only=True)
class AirQualityOrder(Evidence):
    order_no: int | None = column("Order number (第10号调度令 is 10).")
    name: str = column("Name as printed.")
    issuer: str | None = column("The body that issued it.")
    issued_on: date | None = column("Day it was issued.")
    starts_at: datetime | None = column("Start of the control period (local time).")
    ends_at: datetime | None = column("End of the control period, exclusive (7月31日24时 is 08-01 00:00); NULL until further notice.")
    pollutant: str | None = column("Pollutant targeted (臭氧, PM2.5, 颗粒物 ...).")
    measures: tuple[str, ...] = column("Control measures, one per clause.", default=())
    level: str | None = column("Alert level or response level (橙色预警, Ⅱ级应急响应 ...).", default=None)
    daily_hours: tuple[str, ...] = column("Daily time windows of restrictions as HH:MM-HH:MM (每日8时至17时 is 08:00-17:00; a window "
                                           "closing the next morning ends before it starts: 每日22时至次日6时 is 22:00-06:00).",
                                           default=())


@event_record(
    table="public_notices",
    comment="Notices addressed to the public: 通告, 公告, 启事, 声明, 提示, 通知, 公示 (one row per notice).",
    event_id="Stable id from kind + issuer + title + date (+ the text of a printed notice, so each line of a classified block is its own).",
    extractor="notices:extract",
    evaluation=Evaluation(
        key=(Same("kind", kinds_agree), Same("issuer", issuers_agree)),
        headline=(Same("issuer", same_name),),
        attributes=(Same("date", same_moment, "notice_date"), Same("phones", same_names)),
    ),
    # A notice's label: its own title when that names it ("关于调整12路公交线路的公告"), else who
    # issued it and its kind ("中共太原市委组织部任前公示"), never a news headline about it.
    calendar_columns={
        "label": "CASE"
        " WHEN title IS NOT NULL AND ends_with(title, kind) AND length(title) > length(kind) + 2 THEN title"
        " ELSE COALESCE(issuer, '') || kind END",
        "details": "COALESCE(body, evidence)"
        f" || CASE WHEN len(phones) > 0 THEN chr(10) || {_sql_text(cal.PHONE_LABEL)}"
        f" || array_to_string(phones, {_LIST_SEPARATOR}) ELSE '' END",
    },
    calendar=(
        CalendarEntry(
            marks="deadline",
            event_type="notice_deadline",
            category=cal.NOTICE_DEADLINE_CATEGORY,
            title=f"label || {_DEADLINE_SUFFIX}",
            starts_at="CAST(deadline AS TIMESTAMP)",
            ends_at="CAST(deadline + INTERVAL 1 DAY AS TIMESTAMP)",
            description="details",
            when="deadline IS NOT NULL",
        ),
        CalendarEntry(
            marks="effective",
            event_type="notice_effective",
            category=cal.NOTICE_EFFECTIVE_CATEGORY,
            title=f"label || {_sql_text(cal.EFFECTIVE_SUFFIX)}",
            starts_at="CAST(effective_from AS TIMESTAMP)",
            ends_at="CAST(effective_from + INTERVAL 1 DAY AS TIMESTAMP)",
            description="details",
            when="effective_from IS NOT NULL",
        ),
        # The period a notice announces (停水 8时至20时, a road closed for a week): timed unless it
        # runs midnight to midnight.
        CalendarEntry(
            marks="period",
            event_type="notice_period",
            category=cal.NOTICE_PERIOD_CATEGORY,
            title="label",
            starts_at="starts_at",
            ends_at="ends_at",
            all_day="ends_at IS NOT NULL AND CAST(starts_at AS TIME) = TIME '00:00' AND CAST(ends_at AS TIME) = TIME '00:00'",
            description="details",
            when="starts_at IS NOT NULL",
        ),
    ),
)
@dataclass(frozen=True, kw_only=True)
class PublicNotice(Evidence):
    kind: str = column("The notice's own word for itself (通告, 寻亲启事, 遗失声明 ...).")
    title: str | None = column("Heading of the notice.")
    issuer: str | None = column("Who signs or issues it.")
    notice_date: date | None = column("Date it was signed or issued, if printed.")
    body: str = column("Text of the notice.", nullable=True)  # nullable in the published schema
    phones: tuple[str, ...] = column("Phone numbers in the notice, E.164 (the same numbers as in phone_numbers).", default=())
    deadline: date | None = column("Last day to act, if the notice sets one (inclusive).", default=None)
    effective_from: date | None = column("Day the notice takes effect, if printed.", default=None)
    # the period the notice announces (停水 8时至20时), end exclusive
    starts_at: datetime | None = column("Start of the period the notice announces (an outage, a road closure), local time.", default=None)
    ends_at: datetime | None = column("End of that period, exclusive; NULL if open-ended or not stated.", default=None)


def _same_number(gold: Mapping, row: Mapping) -> bool:
    """A number with an E.164 form is that form; one without (a service number, a local number of
    an unknown area) is its digits, and the row must have no E.164 either."""
    if gold.get("e164"):
        return gold["e164"] == row.get("e164")
    return not row.get("e164") and same_digits(gold.get("raw"), row.get("raw"))


@event_record(
    table="phone_numbers",
    comment="Every telephone number printed in an issue: one row per number per issue.",
    event_id="Same value as phone_id (every event table has an event_id).",
    extractor="phones:extract",
    evaluation=Evaluation(key=(_same_number,), headline=(Same("owner", same_name),), attributes=(Same("kind"),)),
)
@dataclass(frozen=True, kw_only=True)
class PhoneNumber(Evidence):
    """One telephone number printed in the issue (one row per number per issue).

    ``event_id`` is the number's identity across issues (its E.164, or ``service:<digits>``);
    ``phone_id`` is the same value, kept under the name the contract gives it.
    """

    phone_id: str = column(
        "The number's identity across issues: its E.164, service:<digits> for short numbers, or local:<digits> "
        "for a local number when the paper's area code is unknown (e164 is then null).",
        first=True,
    )
    raw: str = column("The number as printed.")
    e164: str | None = column("E.164 form (+86...); NULL for service numbers and for local numbers whose area code is unknown (see phone_id).")
    kind: PhoneKind = column("mobile, landline or service (short public numbers: 110, 120, 12345 ...).")
    area_code: str | None = column("Trunk area code of a landline (0351); the issue's area code when printed without one.")
    region: str | None = column("Region from the phonenumbers Chinese geocoder (山西省太原市).")
    owner: str | None = column("The person or body the text says the number reaches.")
    valid: bool = column("Whether phonenumbers considers the number valid.", default=True)
