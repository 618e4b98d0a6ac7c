"""People and bodies in a sentence: personal names read after titles, organisation names, the
paper's home city.

A personal name is trusted only where Chinese news prints one: right after a title ("市政协主席操学诚
出席会议"), continuing a list after one ("副主任李文权、何爱萍带队"), or a name already seen so in the
same text. jieba's ``nr`` tags are only a tie-breaker and a fallback for short lines (they split
操学诚 and call 养老 a name). Word lists live in ``extractors.lang.zh_people``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .cache import cache_dir
from .lang import zh_common as common
from .lang import zh_people as lang
from .patterns import OpeningGated, alternation as _alternation, prefix_tree_alternation

__all__ = [
    "PersonMention",
    "find_people",
    "person_groups",
    "is_plausible_name",
    "looks_like_body",
    "canonical_body",
    "congress_body",
    "cppcc_body",
    "body_parts",
    "leading_body",
    "trailing_body",
    "home_city",
    "jieba_names",
]

_HAN = "\u4e00-\u9fff"
_HAN_CHAR = re.compile(f"[{_HAN}]")
_NAME_SHAPE = re.compile(f"[{_HAN}]{{2,4}}")
_SESSION_NUMBER = re.compile(lang.SESSION_NUMBER)
_SURNAME_SINGLE = frozenset(lang.SURNAMES_SINGLE)
_SURNAME_DOUBLE = frozenset(lang.SURNAMES_DOUBLE)
_TITLE_WORDS = frozenset(lang.TITLES)




# (A tree of shared beginnings: a body is searched for titles whole, and a hundred titles begin with
# a few characters that are common on any page.)
_TITLE = re.compile(prefix_tree_alternation(lang.TITLES))
_GENERIC_PERSON = re.compile(_alternation(lang.GENERIC_PERSON_NOUNS))
_NOUN_FOLLOWER = re.compile(_alternation(lang.NOUN_FOLLOWERS))
_FOLLOWER = re.compile(_alternation(lang.NAME_FOLLOWERS))
# A follower word matched only where one can begin (most places a candidate name ends, none does).
_FOLLOWER_GATED = OpeningGated(_FOLLOWER)
_BODY_END = re.compile(f"(?:{_alternation(lang.BODY_SUFFIXES)})[{lang.BODY_CLOSE_QUOTES}]?$")
# Where an organisation name printed inside a longer phrase starts: a level marker or 中共.
_BODY_AT_END = re.compile(
    rf"(?:{'|'.join(lang.PARTY_PREFIXES)})?(?:[{_HAN}]{{2,4}}?(?:{'|'.join(lang.PLACE_LEVELS)}))?"
    rf"(?:{'|'.join(lang.BODY_LEVELS)})"
    rf"(?:[{_HAN}]{{0,10}}?(?:{_alternation(lang.BODY_SUFFIXES)})"
    # a command body is named after all it commands ("市应对某某疫情应急指挥部"): a longer name, of
    # no verb or particle that would make it a clause
    rf"|(?:(?!{'|'.join(lang.NOT_IN_BODY)})[{_HAN}]){{11,{lang.LONG_BODY_NAME_REACH}}}?(?:{_alternation(lang.LONG_NAMED_BODY_ENDINGS)}))$"
)
_NOT_IN_BODY = re.compile("|".join(lang.NOT_IN_BODY))
_TERM_NUMBER = re.compile(lang.TERM_NUMBER)
_BODY_CONJUNCTION = re.compile("|".join(lang.BODY_CONJUNCTIONS))
# "政协西安市委员会(常务委员会)": the committee of a place; "政协西安" before "市…委员会" opens one.
_CPPCC_COMMITTEE = re.compile(
    rf"(?:{_alternation(lang.CPPCC_PREFIXES)})(?P<place>[{_HAN}]{{2,8}}?)?(?P<level>[{lang.CPPCC_LEVELS}])"
    rf"{lang.COMMITTEE}(?:{lang.STANDING_COMMITTEE})?"
)
_CPPCC_BEFORE = re.compile(rf"(?:{_alternation(lang.CPPCC_PREFIXES)})(?:[{_HAN}]{{2,4}}?)?$")
_QUOTED_BODY = re.compile(
    rf"^[{lang.BODY_OPEN_QUOTES}][^{lang.BODY_CLOSE_QUOTES}]{{2,30}}[{lang.BODY_CLOSE_QUOTES}]$"
)
# "东坪市委", "东坪市人民政府": a city named before one of its bodies (the place is read back from
# the two or three characters before the match). The pattern opens on 市 itself, its two Han
# characters before checked behind it: the engine then skips to each 市 of the issue, where a
# leading lookbehind was tried at every character.
_CITY_BODY = re.compile(rf"{lang.CITY}(?<=[{_HAN}]{{2}}{lang.CITY})(?:{'|'.join(lang.CITY_BODIES)})")
_IS_HAN = re.compile(rf"[{_HAN}]")
_COMRADE_PRECEDERS = "".join(lang.BEFORE_COMRADE_NAME)
_NAME_BEFORE_COMRADE = re.compile(
    rf"(?:^|(?<=[^{_HAN}])|(?<=[{_COMRADE_PRECEDERS}]))(?P<name>[{_HAN}]{{2,3}}){lang.COMRADE}"
)
_LIST_SEPARATORS = frozenset((common.LIST_COMMA, *common.COMMAS, *lang.LIST_WORDS))
_CLAUSE_BREAK = re.compile(
    f"[{common.FULL_STOP}{common.SEMICOLONS}{common.EXCLAMATIONS}{common.QUESTION_MARKS}\n]"
)
# Where a title phrase starts, going back from its title: the clause's punctuation.
_PHRASE_BOUNDARY = frozenset(
    common.COMMAS + common.LIST_COMMA + common.FULL_STOP + common.SEMICOLONS + common.COLONS + common.EXCLAMATIONS
    + common.QUESTION_MARKS + "\n" + common.DOUBLE_QUOTES + common.OPEN_BRACKETS + common.CLOSE_BRACKETS
    + common.BOOK_TITLE_OPEN + common.BOOK_TITLE_CLOSE + " "
)
# Characters a bare (untitled) name may directly follow: particles and prepositions.
_BARE_NAME_PRECEDERS = frozenset(lang.BARE_NAME_PRECEDERS)


@dataclass(frozen=True)
class PersonMention:
    """A personal name in a text, with the title printed before it; offsets are in that text.

    ``phrase_start`` is where the title phrase (affiliation and title, "复旦大学…教授") begins.
    """

    name: str
    title: str | None
    start: int
    end: int
    phrase_start: int


def is_plausible_name(candidate: str) -> bool:
    """2–3 Han characters after a one-character surname, or 3–4 after a two-character one."""
    if candidate in lang.NOT_NAMES or candidate in _TITLE_WORDS:
        return False
    if not _NAME_SHAPE.fullmatch(candidate):
        return False
    if candidate[-1] in lang.NEVER_LAST_CHARS or _GENERIC_PERSON.search(candidate, 1):
        return False
    if candidate[:2] in _SURNAME_DOUBLE:
        return 3 <= len(candidate) <= 4
    return candidate[0] in _SURNAME_SINGLE and len(candidate) <= 3


def _followed_by_cue(text: str, pos: int) -> bool:
    return pos >= len(text) or text[pos] in lang.NAME_FOLLOWER_PUNCT or _FOLLOWER_GATED.match(text, pos) is not None


def _joins_at(text: str, pos: int) -> bool:
    """A conjunction at ``pos`` joining what follows it: a title, a generic noun or a name."""
    if pos >= len(text) or text[pos] not in lang.CONJUNCTION_CHARS:
        return False
    after = pos + 1
    if _TITLE.match(text, after) or _GENERIC_PERSON.match(text, after):
        return True
    return any(
        is_plausible_name(text[after : after + n]) and _followed_by_cue(text, after + n) for n in (2, 3)
    )


def _verb_follows(text: str, pos: int) -> bool:
    """Punctuation or a verb (not a noun such as 同志) starts the text at ``pos``."""
    if pos >= len(text) or text[pos] in lang.NAME_FOLLOWER_PUNCT:
        return True
    cue = _FOLLOWER_GATED.match(text, pos)
    return cue is not None and not _NOUN_FOLLOWER.fullmatch(cue.group())


def _name_at(text: str, pos: int, tagged: frozenset[str] = frozenset()) -> str | None:
    """The personal name starting at ``pos``, if one plausibly does: the candidate length whose
    following text starts a new word; a short name when a long one would swallow a particle."""
    if _joins_at(text, pos):
        return None  # "委员和专家": a conjunction, not the surname 和
    fits = [
        n for n in (2, 3, 4)
        if pos + n <= len(text) and is_plausible_name(text[pos : pos + n]) and _followed_by_cue(text, pos + n)
    ]
    if not fits:
        return None
    for n in fits:
        if text[pos : pos + n] in tagged:
            return text[pos : pos + n]
    if 2 in fits and 3 in fits and text[pos + 2] in lang.WEAK_LAST_CHARS:
        # "郑庆和主持" is 郑庆和; "王强和李明出席" is 王强 and 李明.
        name_ends_in_it = (
            text[pos + 2] in lang.CONJUNCTION_CHARS and not _joins_at(text, pos + 2) and _verb_follows(text, pos + 3)
        )
        if not name_ends_in_it:
            return text[pos : pos + 2]
    n = next(n for n in (3, 2, 4) if n in fits)
    return text[pos : pos + n]


def _phrase_start(text: str, title_start: int) -> int:
    """Start of the title phrase ending at ``title_start``: back to the clause's punctuation."""
    pos = title_start
    while pos > 0 and text[pos - 1] not in _PHRASE_BOUNDARY:
        pos -= 1
    return pos


def opens_with_titles(text: str, person: PersonMention) -> bool:
    """``person`` opens its clause with nothing before the name but titles and the bodies they
    belong to ("县委副书记、县长某某", "镇党委书记某某"), not a word of the clause ("按照市委书记某某",
    "会上传达了县长某某")."""
    if not person.title:
        return False
    first = _TITLE.search(text, person.phrase_start, person.start)
    if first is None:
        return False
    before = text[person.phrase_start : first.start()]
    return not before or before in lang.BARE_LEVELS or looks_like_body(before)


def _titled_people(text: str, tagged: frozenset[str]) -> dict[int, PersonMention]:
    """The names printed right after a title in ``text``, and those listed after one, by start."""
    found: dict[int, PersonMention] = {}
    for title in _TITLE.finditer(text):
        if title.start() in found or any(p.start <= title.start() < p.end for p in found.values()):
            continue
        pos = title.end()
        name = _name_at(text, pos, tagged)
        if name is None:
            continue
        phrase = _phrase_start(text, title.start())
        found[pos] = PersonMention(name, title.group(), pos, pos + len(name), phrase)
        pos += len(name)
        # "副主任李文权、何爱萍带队", "市长王强和李明": names listed after the first share its title.
        while pos < len(text) and text[pos] in lang.NAME_LIST_JOINERS:
            following = _name_at(text, pos + 1, tagged)
            if following is None or _TITLE.match(text, pos + 1):
                break
            found[pos + 1] = PersonMention(following, title.group(), pos + 1, pos + 1 + len(following), pos + 1)
            pos += 1 + len(following)
    return found


def titled_names(text: str) -> set[str]:
    """The names :func:`find_people` reads after a title (or listed after one) in ``text``.

    A name never spans a sentence's end, and what decides a titled name lies between its title
    and that end: a body gives the names of its sentences asked one by one, in one search.
    """
    return {p.name for p in _titled_people(text, frozenset()).values()}


def find_people(text: str, known: tuple[str, ...] | frozenset[str] = (), *, use_jieba: bool = False) -> list[PersonMention]:
    """Every personal name in ``text`` printed after a title, listed after one, or in ``known``.

    ``use_jieba`` adds jieba's person tags as a tie-breaker and, for bare names before a cue, a
    source; only pass it for short texts (a headline, one sentence).
    """
    tagged = frozenset(jieba_names(text)) if use_jieba else frozenset()
    found = _titled_people(text, tagged)
    # "听取了某某某同志作的报告": a name right before 同志, after a particle or punctuation.
    for m in _NAME_BEFORE_COMRADE.finditer(text):
        name = m["name"]
        if is_plausible_name(name) and not any(p.start <= m.start("name") < p.end for p in found.values()):
            found[m.start("name")] = PersonMention(name, None, m.start("name"), m.end("name"), m.start("name"))
    names = set(known) | {p.name for p in found.values()} | {
        n for n in tagged if is_plausible_name(n)
    }
    for name in sorted(names, key=len, reverse=True):
        for start, end in _occurrences(name, text):
            if any(p.start <= start < p.end or start <= p.start < end for p in found.values()):
                continue
            before = text[start - 1] if start else ""
            if _HAN_CHAR.match(before) and before not in _BARE_NAME_PRECEDERS:
                continue  # glued to the word before it: part of another word
            if not _followed_by_cue(text, end):
                continue
            found[start] = PersonMention(name, None, start, end, start)
    return sorted(found.values(), key=lambda p: p.start)


def _occurrences(word: str, text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``word`` in ``text``, left to right, none overlapping the one before: the
    matches of its escaped pattern, found without compiling one (a pattern per name asked for is
    more patterns than the regex module keeps: ~120 compiles in 40 team issues)."""
    if not word:  # (every place matches the empty word)
        yield from (m.span() for m in re.finditer("", text))
        return
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        yield start, end
        start = text.find(word, end)


def person_groups(text: str, people: list[PersonMention]) -> list[list[PersonMention]]:
    """People printed as one list ("院长黄继忠,…教授王金华、…副院长李志荣等"): consecutive mentions
    separated only by a list separator between one name and the next title phrase."""
    groups: list[list[PersonMention]] = []
    for person in people:
        if groups:
            previous = groups[-1][-1]
            gap = text[previous.end : person.phrase_start]
            # "司令员甲,副市长乙出席会议并讲话": titled people parted by commas are one list too
            if gap in _LIST_SEPARATORS or (gap in tuple(common.COMMAS) and person.title and previous.title):
                groups[-1].append(person)
                continue
        groups.append([person])
    return groups


# Bodies recur: the same few (市委, 市政府, 市政协…) are read as the subject or venue of most meetings
# an issue reports, and each reading below depends on the text (and the paper's city) alone.
_BODIES_REMEMBERED = 4096


@lru_cache(maxsize=_BODIES_REMEMBERED)
def looks_like_body(text: str | None) -> bool:
    """An organisation's name: ends like one ("市政协党组", "市委宣讲团") or is a quoted name."""
    if not text:
        return False
    text = text.strip()
    if text in lang.SELF_REFERENCES:
        return True
    if len(text) > 40 or _CLAUSE_BREAK.search(text) or any(comma in text for comma in common.COMMAS):
        return False
    if _NOT_IN_BODY.search(text):
        return False
    if _QUOTED_BODY.match(text):
        return True
    parts = body_parts(text)
    return bool(parts) and all(_one_body(p) for p in parts)


def _one_body(text: str) -> bool:
    return len(text) >= 2 and _BODY_END.search(text) is not None


def body_parts(text: str) -> list[str]:
    """The bodies a list names: split at 、, and at 和/与/及 only where every side ends like a body
    ("南京大学环境学院和市生态环境局" is two, "市住房和城乡建设局" one)."""
    parts: list[str] = []
    for part in (p for p in text.split(common.LIST_COMMA) if p):
        pieces = _BODY_CONJUNCTION.split(part)
        parts.extend(pieces if len(pieces) > 1 and all(map(_one_body, pieces)) else [part])
    return parts


def trailing_body(text: str) -> str | None:
    """The organisation name that ends ``text`` ("…精神市委宣讲团" -> 市委宣讲团), if any."""
    best = None
    for start in range(len(text)):
        if text[start] == lang.CITY_NAME_END and text[start + 1 : start + 2] in lang.LEVELS_AFTER_CITY_NAME:
            continue  # 兰州市, 郑州市: 州 ends the city's name, 市 is the level
        if text[start] in lang.TOWNSHIP_LEVELS and text[start - 1 : start] == lang.BEFORE_TOWNSHIP_IN_WORDS:
            continue  # 城镇, 城乡: words, not a township
        if text[start] in lang.BODY_START_CHARS:
            m = _BODY_AT_END.match(text, start)
            if m and m.end() == len(text):
                cppcc = _CPPCC_BEFORE.search(text, 0, start)
                best = text[cppcc.start() if cppcc else start :]
                break
    return best


def leading_body(text: str) -> str | None:
    """The organisation name that opens ``text`` ("市文物局深化…" -> 市文物局), using jieba's
    segmentation to find where the name stops: only for short texts."""
    words = _jieba_words(text[:40], hmm=False)
    body = ""
    result = None
    for word, flag in words:
        if flag[:1] not in ("n", "j") and flag not in ("ns", "nt", "nz"):
            break
        body += word
        if _BODY_END.search(body) and looks_like_body(body):
            result = body
    return result


def home_city(paper: str | None, text: str = "") -> str | None:
    """The paper's home city: its name minus 日报/晚报…, else the city the text names most."""
    if paper:
        for suffix in lang.PAPER_SUFFIXES:
            if paper.endswith(suffix) and len(paper) > len(suffix):
                place = paper[: -len(suffix)]
                if place.endswith(lang.CITY):
                    place = place[:-1]
                if place in lang.PROVINCES:
                    return None
                return place or None
    counts = Counter(filter(None, (_place_before(text, m.start()) for m in _CITY_BODY.finditer(text))))
    for place, _ in counts.most_common():
        if not place.startswith(lang.NOT_A_CITY_STARTS):
            return place
    return None


def _place_before(text: str, end: int) -> str | None:
    """The city named right before ``end`` (where "市委", "市政府"… begins): the longest of the three
    or two characters there that is a city of the national area-code list, else that follows 中共
    (a county-level city's party committee, "中共东坪市委")."""
    from .area_codes import city_area_codes

    candidates = [text[end - n:end] for n in (3, 2) if end - n >= 0 and not _IS_HAN.sub("", text[end - n:end])]
    known = city_area_codes()
    for place in candidates:
        if place in known:
            return place
    for place in candidates:
        start = end - len(place)
        if text.endswith(lang.CITY_NAME_PRECEDERS, 0, start):
            return place
    return None


@lru_cache(maxsize=_BODIES_REMEMBERED)
def canonical_body(text: str | None, city: str | None) -> str | None:
    """The body as the warehouse names it: 我市 -> 太原市, bare 市委 -> 中共太原市委, 政协西安市委员会
    -> 市政协 (in a Xi'an paper), a named place's committee as printed (哈尔滨市委, 中共青岛市委), without a term number (市十六届人大常委会 -> 市人大常委会)."""
    if not text:
        return None
    text = text.strip()
    if not _SESSION_NUMBER.search(text):  # a session's presidium keeps its session's numbers
        text = _TERM_NUMBER.sub("", text)
    parts = [] if _QUOTED_BODY.match(text) else body_parts(text)
    if len(parts) > 1:
        return common.LIST_COMMA.join(filter(None, (canonical_body(p, city) for p in parts)))  # "A和B" -> "A、B"
    cppcc = _CPPCC_COMMITTEE.fullmatch(text)
    if cppcc:
        return cppcc_body(cppcc["place"], cppcc["level"], city)
    if text in lang.SELF_REFERENCES:
        return f"{city}{lang.SELF_REFERENCES[text]}" if city else None
    if text in lang.OWN_LOCALITY:
        return city if city and city.endswith(lang.OWN_LOCALITY[text]) else None
    if text == lang.CITY_PARTY_COMMITTEE and city:
        return f"{lang.PARTY_PREFIXES[0]}{city}{lang.CITY_PARTY_COMMITTEE}"
    return text


def cppcc_body(place: str | None, level: str, city: str | None) -> str:
    """A CPPCC committee by level, as the samples print it: 市政协; the place only when it is not
    the paper's own (a Taiyuan paper's 西安市政协)."""
    return congress_body(place, level, city, lang.CPPCC_SHORT)


def congress_body(place: str | None, level: str, city: str | None, chamber: str) -> str:
    """A people's congress (人大) or CPPCC (政协) by level, the short form papers use: 市人大, 市政协;
    the place only when it is not the paper's own city."""
    if place and city and place.startswith(city) and len(place) > len(city) + 1:
        place = place[len(city) :].lstrip(lang.CITY)  # 某某市东坪区 in a 某某 paper: 东坪区
    return f"{place if place and place != city else ''}{level}{chamber}"


# --- jieba, lazily and quietly ------------------------------------------------------------------


@lru_cache(maxsize=1)
def _tokenizer():
    # The tables jieba loads slowly (~2 s a process) are kept pickled in a user cache folder, never
    # beside the code (extractors/jieba_tables.py).
    from .jieba_tables import pos_tokenizer

    return pos_tokenizer(cache_dir() / "jieba")


@lru_cache(maxsize=4096)
def _jieba_words(text: str, hmm: bool = True) -> tuple[tuple[str, str], ...]:
    """Words and part-of-speech tags; ``hmm`` guesses unknown words (names), at ten times the cost."""
    return tuple((w.word, w.flag) for w in _tokenizer().cut(text, HMM=hmm))


def jieba_names(text: str) -> list[str]:
    """jieba's person-tagged words in a short text that pass the surname test: candidates only."""
    return [w for w, flag in _jieba_words(text) if flag in ("nr", "nrfg") and is_plausible_name(w)]
