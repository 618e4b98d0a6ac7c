"""The typed vocabulary every stage shares: issue context, articles and event records.

Records are plain frozen dataclasses so extractors stay pure and the loader can turn a list of
them into an Arrow table column by column. Every event record carries its evidence: the verbatim
span ``issue_text[char_start:char_end]``.
"""

from __future__ import annotations

import dataclasses
import operator
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import ClassVar, Literal

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
    area_code: str = "0351"


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
        made._starts, made._origins, made._length = array("q", [0]), array("q", [origin]), length
        if length <= 0:
            made._starts, made._origins, made._length = array("q"), array("q"), 0
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
        bounds = [*starts[1:], self._length]
        return [(origins[k], bounds[k] - starts[k]) for k in range(len(starts))]

    def __len__(self) -> int:
        return self._length

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
        return OffsetMap, (self.runs(),)

    def __repr__(self) -> str:
        return f"OffsetMap({self.runs()!r})"


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
            from .dateline import article_anchor  # imported here: dateline imports this module

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


@dataclass(frozen=True, kw_only=True)
class Evidence:
    """Where a record came from: the verbatim span of the issue text and its article."""

    TABLE: ClassVar[str] = ""

    event_id: str
    article_seq: int | None
    evidence: str
    char_start: int
    char_end: int

    def row(self) -> dict:
        """The record as a flat dict of column values (what the loader writes)."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


@dataclass(frozen=True, kw_only=True)
class Meeting(Evidence):
    TABLE: ClassVar[str] = "meetings"

    date: date | None
    end_date: date | None
    name: str
    organizer: str | None
    chairs: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    location: str | None = None
    status: Literal["reported", "announced"] = "reported"


@dataclass(frozen=True, kw_only=True)
class ConscriptionWindow(Evidence):
    TABLE: ClassVar[str] = "conscription_windows"

    year: int
    gender: Gender
    half: Half
    start_date: date | None
    end_date: date | None
    age_min: int | None = None
    age_max: int | None = None
    age_note: str | None = None
    site: str | None = None
    gender_stated: bool = True  # False: the text names no gender and the window is taken as male


@dataclass(frozen=True, kw_only=True)
class AirQualityOrder(Evidence):
    TABLE: ClassVar[str] = "air_quality_orders"

    order_no: int | None
    name: str
    issuer: str | None
    issued_on: date | None
    starts_at: datetime | None
    ends_at: datetime | None
    pollutant: str | None
    measures: tuple[str, ...] = ()
    level: str | None = None
    daily_hours: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class PublicNotice(Evidence):
    TABLE: ClassVar[str] = "public_notices"

    kind: str
    title: str | None
    issuer: str | None
    notice_date: date | None
    body: str
    phones: tuple[str, ...] = ()
    deadline: date | None = None
    effective_from: date | None = None
    starts_at: datetime | None = None  # the period the notice announces (停水 8时至20时), end exclusive
    ends_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class PhoneNumber(Evidence):
    """One telephone number printed in the issue (one row per number per issue).

    ``event_id`` is the number's identity across issues (its E.164, or ``service:<digits>``);
    ``phone_id`` is the same value, kept under the name the contract gives it.
    """

    TABLE: ClassVar[str] = "phone_numbers"

    phone_id: str
    raw: str
    e164: str | None
    kind: PhoneKind
    area_code: str | None
    region: str | None
    owner: str | None
    valid: bool = True


RECORD_TYPES: tuple[type[Evidence], ...] = (
    Meeting,
    ConscriptionWindow,
    AirQualityOrder,
    PublicNotice,
    PhoneNumber,
)
