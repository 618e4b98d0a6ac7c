"""The typed vocabulary every stage shares: issue context, articles and event records.

Records are plain frozen dataclasses so extractors stay pure and the loader can turn a list of
them into an Arrow table column by column. Every event record carries its evidence: the verbatim
span ``issue_text[char_start:char_end]``.
"""

from __future__ import annotations

import dataclasses
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
    # The telephone area code of the paper's city, for local numbers printed without one; None when
    # unknown (the pipeline resolves it from the manifest, the paper's name or --area-code).
    area_code: str | None = None


@dataclass(frozen=True, kw_only=True)
class Article:
    """One article (or caption, jump line, notice block) of an issue.

    ``body`` is the article text as a reader sees it: markdown marks dropped, paragraphs that the
    page layout broke mid-sentence rejoined, paragraphs separated by a single ``\\n``.
    ``body_offsets[i]`` is the offset in the issue text of ``body[i]``, so any span found in the
    body maps back to verbatim evidence with :meth:`issue_span`.
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
    body_offsets: tuple[int, ...] = field(repr=False, compare=False)
    # Known only when the issue came from e-paper markup (extractors/html.py); None for text issues.
    lead_title: str | None = None
    page_name: str | None = None
    page_no: int | None = None
    source_page: str | None = None

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
