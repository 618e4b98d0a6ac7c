"""The region phonenumbers' geocoder gives a Chinese number, without importing the geocoder.

``phonenumbers.geocoder`` imports the prefix tables of every country (~40 MB of Python modules):
~105 MB of memory and ~1 s in every process that extracts, for the few thousand Chinese prefixes
a paper's numbers use. This module reads only the entries for +86 from the same data files'
text (as :mod:`extractors.area_codes` does for area codes) and applies the geocoder's own rule:
the longest prefix of the E.164 digits with a Chinese (``zh``) description; for a number of a
type that has no place (a service number) or a prefix with none, the country's name. Numbers of
other countries go to the geocoder itself. Its answers are the geocoder's, number for number
(``tests/test_phone_regions.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import phonenumbers
from phonenumbers.phonenumberutil import PhoneNumberType, is_number_type_geographical, number_type

CHINA = 86
# " '861300000':{'en': 'Jinan, Shandong', 'zh': u('\u5c71\u4e1c...')}," (entries without 'zh' skipped:
# the geocoder then tries a shorter prefix, as here).
_ENTRY = re.compile(r"""\n '(86\d*)':\{[^{}]*?'zh':\s*(?:u\('([^']*)'\)|'([^']*)')""")
_CHINA_MARK = b"\n '86"
_LOCALE_CN = re.compile(r"""'CN':\s*\{[^{}]*?'zh':\s*(?:u\('(?P<escaped>[^']*)'\)|'(?P<plain>[^']*)')""")


def _text(match: re.Match) -> str:
    if match.group("escaped") is not None:
        return match.group("escaped").encode("ascii", "backslashreplace").decode("unicode_escape")
    return match.group("plain")


@lru_cache(maxsize=1)
def china_prefixes() -> dict[str, str]:
    """E.164 digit prefix ('86351', '861300000') -> its zh description, for every +86 entry."""
    geodata = resources.files("phonenumbers") / "geodata"
    table: dict[str, str] = {}
    names: dict[str, str] = {}  # printed form -> one string per description (~130,000 entries, few places)
    for module in sorted(geodata.iterdir(), key=lambda p: p.name):
        if not (module.name.startswith("data") and module.name.endswith(".py")):
            continue
        data = module.read_bytes()
        start = data.find(_CHINA_MARK)
        if start < 0:
            continue
        for prefix, escaped, plain in _ENTRY.findall(data.decode("utf-8"), start):
            printed = escaped or plain
            name = names.get(printed)
            if name is None:
                name = names[printed] = (
                    printed.encode("ascii", "backslashreplace").decode("unicode_escape") if escaped else plain
                )
            table[prefix] = name
    return table


@lru_cache(maxsize=1)
def china_name() -> str:
    """The country's own name in Chinese, as the geocoder gives it for a number with no place."""
    locale = (resources.files("phonenumbers") / "geodata" / "locale.py").read_text(encoding="utf-8")
    found = _LOCALE_CN.search(locale)
    return _text(found) if found else ""


def description_zh(number: phonenumbers.PhoneNumber) -> str:
    """``phonenumbers.geocoder.description_for_number(number, "zh")``."""
    if number.country_code != CHINA:
        from phonenumbers import geocoder

        return geocoder.description_for_number(number, "zh")
    kind = number_type(number)
    if kind == PhoneNumberType.UNKNOWN:
        return ""
    if not is_number_type_geographical(kind, CHINA):
        return china_name()
    digits = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
    table = china_prefixes()
    for length in range(len(digits), 0, -1):
        name = table.get(digits[:length])
        if name is not None:
            return name
    return china_name()
