"""Linking: what one extractor's rows say about another's, applied once every extractor has run.

Extractors never call one another; :func:`extractors.pipeline.process_issue` runs this stage on
their rows. Today it gives a phone number printed in a public notice without a named owner the
body the notice sends readers to before the number ("如有异议,请向市委组织部反映 … 举报电话:…"),
else the notice's issuer; and a number the notice's writer gives as its own ("我局举报电话:…") the
issuer's name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .lang import zh_phones as phone_words
from .notices import addressed_body
from .records import Evidence, Issue, PhoneNumber, PublicNotice

__all__ = ["link"]


def link(issue: Issue, records: dict[str, list[Evidence]]) -> dict[str, list[Evidence]]:
    """``records`` (table -> rows) with the cross-type facts filled in; the input is not changed."""
    notices = [r for r in records.get(PublicNotice.TABLE, []) if isinstance(r, PublicNotice)]
    phones = records.get(PhoneNumber.TABLE)
    if not notices or not phones:
        return records
    linked = dict(records)
    linked[PhoneNumber.TABLE] = [_with_notice_owner(issue, phone, notices) for phone in phones]
    return linked


def _number_start(phone: PhoneNumber) -> int:
    """Where the number itself is printed (its evidence may start with its owner or cue)."""
    found = phone.evidence.rfind(phone.raw)
    return phone.char_start + (found if found >= 0 else 0)


_STATIONED = re.compile(phone_words.STATIONED_DEICTIC)


def _is_writers_short_form(owner: str) -> bool:
    """'我局', '本中心', '我单位', '驻我市督导组': the writer naming itself, left so by the phone
    extractor when no full name was printed before; in a notice, its issuer is that body."""
    if _STATIONED.match(owner):
        return True
    tail = owner[1:]
    return owner.startswith(phone_words.SELF_DEICTIC_STARTS) and (
        tail in phone_words.BODY_ENDINGS + phone_words.SELF_UNIT_WORDS) and tail not in phone_words.NOT_DEICTIC_BODIES


def _with_notice_owner(issue: Issue, phone: Evidence, notices: list[PublicNotice]) -> Evidence:
    if not isinstance(phone, PhoneNumber) or (phone.owner and not _is_writers_short_form(phone.owner)):
        return phone
    start = _number_start(phone)
    for notice in notices:
        if notice.char_start <= start < notice.char_end:
            if phone.owner:  # "我局": the body signing the notice, if a body signs it
                issuer = notice.issuer or ""
                is_body = issuer.endswith(phone_words.BODY_ENDINGS) and not _is_writers_short_form(issuer)
                return replace(phone, owner=issuer) if is_body else phone
            owner = addressed_body(issue.text[notice.char_start:start]) or notice.issuer
            return replace(phone, owner=owner) if owner else phone
    return phone
