"""Chinese telephone area codes by city, read from the geocoding data phonenumbers ships.

phonenumbers' geocoder holds every country's prefixes in ~40 MB of Python modules; importing it
costs ~105 MB and ~1.5 s. China's landline area codes (``'86351': 山西省太原市``) sit in one of
those modules, so this reads only that module's text and keeps only the 2–3 digit Chinese area
codes (about 330): ~0.1 s and a few hundred kilobytes. Loading is library data, like a word list:
no file of the user's is read here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .lang import zh_common as lang

# "'86351':{'en': 'Taiyuan, Shanxi', 'zh': u('\u5c71\u897f\u7701\u592a\u539f\u5e02')}": an area code
# is 86 and 10 (Beijing), 2X, or three digits from 3 to 9 (13X-19X and longer keys are mobile blocks).
_ENTRY = re.compile(r"""\n '86(?P<code>10|2\d|[3-9]\d\d)':\{[^{}]*?'zh':\s*u?\('(?P<zh>[^']*)'\)""")
# Modules that hold Chinese entries contain this (which modules changes between releases).
_CHINA_MARK = b"\n '86"
# A province, then its city ("<province>省<city>市"): the province part goes.
_PROVINCE = re.compile(r"^.{2,8}?(?:" + "|".join(lang.PROVINCE_SUFFIXES) + ")")
# Suffixes a paper's name leaves off its city (lang.CITY_SUFFIXES).
_CITY_SUFFIX = re.compile(r"(?:" + "|".join(lang.CITY_SUFFIXES) + ")$")
# The part of a paper's name after its city.
PAPER_KINDS = lang.PAPER_KINDS
_MASTHEAD_PAPER = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:" + "|".join(PAPER_KINDS) + ")")
_MASTHEAD_LINES = 5


def _decode_escapes(value: str) -> str:
    return value.encode("ascii", "backslashreplace").decode("unicode_escape")


@lru_cache(maxsize=1)
def area_codes() -> dict[str, str]:
    """Area code with its trunk 0 ('0351') -> the zh description phonenumbers gives ('山西省太原市')."""
    geodata = resources.files("phonenumbers") / "geodata"
    codes: dict[str, str] = {}
    for module in sorted(geodata.iterdir(), key=lambda p: p.name):
        if not module.name.startswith("data") or not module.name.endswith(".py"):
            continue
        data = module.read_bytes()
        if _CHINA_MARK in data:
            text = data.decode("utf-8")
            codes.update(("0" + m["code"], _decode_escapes(m["zh"])) for m in _ENTRY.finditer(text))
    return codes


@lru_cache(maxsize=1)
def city_area_codes() -> dict[str, str]:
    """City name ('太原', '太原市', '西安') -> its area code; a name two codes claim is left out."""
    claims: dict[str, set[str]] = {}
    for code, description in area_codes().items():
        for place in description.split(lang.LIST_COMMA):  # a code shared by two cities lists both
            city = _PROVINCE.sub("", place) or place
            for name in {city, _CITY_SUFFIX.sub("", city)}:
                if len(name) >= 2:
                    claims.setdefault(name, set()).add(code)
    return {name: codes.pop() for name, codes in claims.items() if len(codes) == 1}


def area_code_for_paper(paper: str | None) -> str | None:
    """The area code of the city a paper is named after: 西安日报 -> 029, 太原晚报 -> 0351."""
    if not paper:
        return None
    cities = city_area_codes()
    name = paper.strip()
    # The longest city name the paper's name starts with (长沙 before 长).
    for length in range(min(len(name), 10), 1, -1):
        code = cities.get(name[:length])
        if code:
            return code
    return None


def paper_in_masthead(text: str) -> str | None:
    """A paper's name printed in the first lines (the masthead) whose city is known: '西安日报'."""
    lines = [line.strip() for line in text[:2000].split("\n") if line.strip()][:_MASTHEAD_LINES]
    for line in lines:
        for match in _MASTHEAD_PAPER.finditer(line):
            candidate = line[match.start():match.end()]
            if area_code_for_paper(candidate):
                return candidate
    return None
