"""ICS export of the ``deadlines`` view: one RFC 5545 calendar a calendar app can subscribe to.

Every entry keeps its UID across exports (derived from ``entry_id``). SEQUENCE, LAST-MODIFIED and
DTSTAMP change only when what the entry says changes, so exporting twice over unchanged data
gives the same bytes, and a client that sees a higher SEQUENCE knows the entry was revised.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vDuration

from extractors.lang import zh_calendar as cal
from extractors.registry import calendar_categories
from flows import prefect_env
from warehouse.db import connect_for_query

LOCAL_TZID = "Asia/Shanghai"
LOCAL_TZ = ZoneInfo(LOCAL_TZID)
DEFAULT_NAME = cal.CALENDAR_NAME
DEFAULT_DESCRIPTION = cal.CALENDAR_DESCRIPTION
PRODID = "-//baoxun//baoxun calendar//ZH"
UID_DOMAIN = "baoxun"
# Newspapers change a few times a day at most; clients should not poll more often.
REFRESH_INTERVAL = timedelta(hours=6)
# A VTIMEZONE needs only cover the entries; 2000 onwards Asia/Shanghai is one rule (no DST).
_TZ_FIRST_DATE = date(2000, 1, 1)
_TZ_LAST_DATE = date(2038, 1, 1)



def categories() -> dict[str, str]:
    """The CATEGORIES calendar apps show, by the view's event_type (declared with each record type;
    unknown types show as they are)."""
    return calendar_categories()


def event_types() -> tuple[str, ...]:
    """Every event_type of the ``deadlines`` view."""
    return tuple(calendar_categories())


_QUERY = """
SELECT d.entry_id, d.event_id, d.event_type, d.title, d.starts_at, d.ends_at, d.all_day,
       d.description, d.issue_id, d.article_id, d.evidence, d.issue_date, d.paper,
       d.article_title, i.ingested_at
FROM deadlines d
LEFT JOIN issues i USING (issue_id)
WHERE d.starts_at IS NOT NULL
  AND (CAST(? AS TIMESTAMP) IS NULL OR d.ends_at > ? OR d.starts_at >= ?)
  AND (CAST(? AS TIMESTAMP) IS NULL OR d.starts_at < ?)
  AND (CAST(? AS VARCHAR[]) IS NULL OR list_contains(?, d.event_type))
ORDER BY d.starts_at, d.entry_id
"""


@dataclass(frozen=True)
class Revision:
    """What a calendar file last said about one entry: content digest, SEQUENCE, LAST-MODIFIED (UTC)."""

    digest: str
    sequence: int
    modified: datetime

    def to_json(self) -> dict:
        return {"digest": self.digest, "sequence": self.sequence, "modified": self.modified.isoformat()}

    @classmethod
    def from_json(cls, data: Mapping) -> Revision:
        return cls(str(data["digest"]), int(data["sequence"]), datetime.fromisoformat(data["modified"]))


def parse_duration(text: str) -> timedelta:
    """A reminder lead time as people type it: ``1d``, ``2h``, ``30m``, ``1w``, ``1d12h`` or ISO ``P1D``."""
    value = text.strip().lower()
    if value.upper().startswith(("P", "-P", "+P")):
        if not any(ch.isdigit() for ch in value):
            raise ValueError(f"{text!r} is not an ISO 8601 duration (e.g. P1D, PT2H)")
        try:
            return abs(vDuration.from_ical(value.upper()))
        except ValueError:
            raise ValueError(f"{text!r} is not an ISO 8601 duration (e.g. P1D, PT2H)") from None
    parts = re.fullmatch(r"(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?", value)
    if not value or not parts:
        raise ValueError(f"{text!r} is not a duration: use e.g. 1d, 12h, 30m, 1w, 1d12h or P1D")
    weeks, days, hours, minutes = (int(p or 0) for p in parts.groups())
    return timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes)


def entry_uid(entry_id: str) -> str:
    """The ICS UID of a ``deadlines`` entry: the same entry gets the same UID on every export."""
    return f"{entry_id}@{UID_DOMAIN}"


def _as_datetime(value) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    return datetime.fromisoformat(str(value))


def _as_date(value) -> date | None:
    if value is None or isinstance(value, datetime):
        return value.date() if value else None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _all_day_span(starts_at: datetime, ends_at: datetime | None) -> tuple[date, date]:
    start = starts_at.date()
    if ends_at is None:
        return start, start + timedelta(days=1)
    # DTEND of a DATE span is exclusive: an end that is not midnight still covers its day.
    end = ends_at.date() if ends_at.time() == time() else ends_at.date() + timedelta(days=1)
    return start, max(end, start + timedelta(days=1))


def _local(moment: datetime) -> datetime:
    return moment.replace(tzinfo=LOCAL_TZ) if moment.tzinfo is None else moment.astimezone(LOCAL_TZ)


def _utc_seconds(moment: datetime) -> datetime:
    # The warehouse stores ingest times as naive local time of the machine that loaded them.
    return moment.astimezone(timezone.utc).replace(microsecond=0)


def _chinese_date(day: date) -> str:
    return cal.DATE_FORMAT.format(year=day.year, month=day.month, day=day.day)


def _titled(name: str) -> str:
    """A paper's or an article's name between title marks: 《某某日报》."""
    return f"{cal.TITLE_OPEN}{name}{cal.TITLE_CLOSE}"


def _source_line(row: Mapping) -> str:
    paper = row.get("paper")
    issue_date = _as_date(row.get("issue_date"))
    article_title = (row.get("article_title") or "").strip()
    parts = [_titled(paper) if paper else "", _chinese_date(issue_date) if issue_date else ""]
    if article_title:
        parts.append(_titled(article_title))
    source = " ".join(p for p in parts if p)
    return f"{cal.SOURCE_LABEL}{source}" if source else ""


def _description(row: Mapping) -> str:
    body = (row.get("description") or row.get("evidence") or "").strip()
    source = _source_line(row)
    return f"{body}\n\n{source}" if body and source else body or source


def _summary(row: Mapping) -> str:
    title = (row.get("title") or "").strip()
    return title or categories().get(row.get("event_type") or "", cal.FALLBACK_TITLE)


def _span(row: Mapping) -> tuple[date | datetime, date | datetime | None]:
    """DTSTART and DTEND: days (DTEND exclusive) for all-day entries, Asia/Shanghai times otherwise."""
    starts_at = _as_datetime(row["starts_at"])
    ends_at = _as_datetime(row.get("ends_at"))
    if row.get("all_day"):
        return _all_day_span(starts_at, ends_at)
    # A timed entry without a later end (an order "until further notice") is shown at its start.
    return _local(starts_at), _local(ends_at) if ends_at and ends_at > starts_at else None


def _content(row: Mapping, alarm: timedelta | None) -> dict:
    """Everything an entry shows; its digest decides whether SEQUENCE goes up."""
    event_type = row.get("event_type") or ""
    start, end = _span(row)
    return {
        "summary": _summary(row),
        "description": _description(row),
        "start": start,
        "end": end,
        "category": categories().get(event_type, event_type),
        "event_type": event_type,
        "event_id": row.get("event_id"),
        "issue_id": row.get("issue_id"),
        "alarm": alarm,
    }


def content_digest(row: Mapping, alarm: timedelta | None = None) -> str:
    """SHA-256 over what the entry shows (title, times, description, category, alarm)."""
    content = _content(row, alarm)
    content["alarm"] = alarm.total_seconds() if alarm else None
    content["all_day"] = not isinstance(content["start"], datetime)
    payload = json.dumps(content, ensure_ascii=False, sort_keys=True, default=lambda v: v.isoformat())
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _first_seen(row: Mapping) -> datetime:
    ingested_at = _as_datetime(row.get("ingested_at"))
    if ingested_at is not None:
        return _utc_seconds(ingested_at)
    issue_date = _as_date(row.get("issue_date"))
    if issue_date is not None:
        return _utc_seconds(datetime.combine(issue_date, time(), LOCAL_TZ))
    return datetime(1970, 1, 1, tzinfo=timezone.utc)


def revise(previous: Revision | None, row: Mapping, alarm: timedelta | None = None) -> Revision:
    """The entry's revision now: unchanged content keeps the old one, changed content goes one up."""
    digest = content_digest(row, alarm)
    seen = _first_seen(row)
    if previous is None:
        return Revision(digest, 0, seen)
    if previous.digest == digest:
        return previous
    # LAST-MODIFIED must move forward even when the change came from new rules, not a new issue.
    return Revision(digest, previous.sequence + 1, max(seen, previous.modified + timedelta(seconds=1)))


def _event(row: Mapping, revision: Revision, alarm: timedelta | None) -> Event:
    content = _content(row, alarm)
    event = Event.new(
        uid=entry_uid(row["entry_id"]),
        summary=content["summary"],
        description=content["description"] or None,
        start=content["start"],
        end=content["end"],
        categories=[content["category"]] if content["category"] else (),
        sequence=revision.sequence,
        stamp=revision.modified,
        last_modified=revision.modified,
        # Deadlines and control periods are things to know, not time the reader is busy.
        transparency="TRANSPARENT",
    )
    event.add("X-BAOXUN-EVENT-TYPE", content["event_type"])
    if content["event_id"]:
        event.add("X-BAOXUN-EVENT-ID", content["event_id"])
    if content["issue_id"]:
        event.add("X-BAOXUN-ISSUE-ID", content["issue_id"])
    if alarm:
        event.add_component(Alarm.new_display(description=content["summary"], trigger=-alarm))
    return event


def build_calendar(
    rows: Iterable[Mapping],
    *,
    name: str = DEFAULT_NAME,
    alarm: timedelta | None = None,
    revisions: Mapping[str, Revision] | None = None,
    refresh_interval: timedelta = REFRESH_INTERVAL,
) -> Calendar:
    """A calendar of ``deadlines`` rows (mappings with the view's columns, plus ``ingested_at``).

    ``revisions`` maps UIDs to what an earlier export said; without one every entry is at SEQUENCE 0.
    """
    revisions = revisions or {}
    calendar = Calendar.new(
        prodid=PRODID,
        name=name,
        description=DEFAULT_DESCRIPTION,
        uid=uuid.uuid5(uuid.NAMESPACE_URL, f"urn:baoxun:calendar:{name}"),
        refresh_interval=refresh_interval,
    )
    # RFC 7986 requires the VALUE parameter here, unlike for most properties.
    calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"
    calendar.add("X-WR-TIMEZONE", LOCAL_TZID)
    calendar.add("X-PUBLISHED-TTL", vDuration(refresh_interval))
    first_timed, last_timed = _TZ_FIRST_DATE, _TZ_LAST_DATE
    for row in sorted(rows, key=lambda r: (_as_datetime(r["starts_at"]), r["entry_id"])):
        uid = entry_uid(row["entry_id"])
        revision = revisions.get(uid) or revise(None, row, alarm)
        calendar.add_component(_event(row, revision, alarm))
        if not row.get("all_day"):
            starts_at, ends_at = _as_datetime(row["starts_at"]), _as_datetime(row.get("ends_at"))
            first_timed = min(first_timed, starts_at.date() - timedelta(days=1))
            last_timed = max(last_timed, (ends_at or starts_at).date() + timedelta(days=366))
    calendar.add_missing_timezones(first_date=first_timed, last_date=last_timed)
    return calendar


def fetch_rows(
    db_path: str | Path | None = None,
    *,
    start: date | None = None,
    end: date | None = None,
    types: Sequence[str] | None = None,
) -> list[dict]:
    """``deadlines`` rows still open on ``start`` and starting by ``end`` (both inclusive days)."""
    since = datetime.combine(start, time()) if start else None
    until = datetime.combine(end + timedelta(days=1), time()) if end else None
    wanted = list(types) if types else None
    con = connect_for_query(db_path)
    try:
        cursor = con.execute(_QUERY, [since, since, since, until, until, wanted, wanted])
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]
    finally:
        con.close()


def local_today() -> date:
    return datetime.now(LOCAL_TZ).date()


def state_path(out_path: str | Path, state_dir: str | Path | None = None) -> Path:
    """Where the revisions of one calendar file are kept (one state file per output path)."""
    resolved = Path(out_path).expanduser().resolve()
    key = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:12]
    return Path(state_dir or prefect_env.STATE_DIR) / "calendar" / f"{resolved.stem}-{key}.json"


def load_revisions(path: Path) -> dict[str, Revision]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {uid: Revision.from_json(item) for uid, item in data.get("entries", {}).items()}
    except FileNotFoundError:
        return {}
    except (ValueError, KeyError, TypeError, AttributeError):
        # A damaged state file costs only SEQUENCE history, never the export.
        return {}


def _write_atomically(path: Path, data: bytes) -> bool:
    """Replace ``path`` with ``data`` in one rename; leave the file (and its mtime) alone if equal."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def write_calendar(
    db_path: str | Path | None,
    out_path: str | Path,
    *,
    start: date | None = None,
    end: date | None = None,
    types: Sequence[str] | None = None,
    alarm: timedelta | None = None,
    name: str = DEFAULT_NAME,
    state_dir: str | Path | None = None,
) -> int:
    """Export the ``deadlines`` view to ``out_path`` (``start`` defaults to today); returns entries written."""
    rows = fetch_rows(db_path, start=start or local_today(), end=end, types=types)
    out = Path(out_path)
    state_file = state_path(out, state_dir)
    known = load_revisions(state_file)
    current = {}
    for row in rows:
        uid = entry_uid(row["entry_id"])
        current[uid] = revise(known.get(uid), row, alarm)
    calendar = build_calendar(rows, name=name, alarm=alarm, revisions=current)
    _write_atomically(out, calendar.to_ical())
    # Entries outside this export keep their history, so they resume at the right SEQUENCE.
    merged = {**known, **current}
    state = {"calendar": str(out.expanduser().resolve()), "entries": {u: r.to_json() for u, r in sorted(merged.items())}}
    _write_atomically(state_file, json.dumps(state, ensure_ascii=False, indent=1).encode("utf-8"))
    return len(rows)


__all__ = [
    "DEFAULT_NAME",
    "Revision",
    "build_calendar",
    "categories",
    "content_digest",
    "entry_uid",
    "event_types",
    "fetch_rows",
    "parse_duration",
    "revise",
    "write_calendar",
]
