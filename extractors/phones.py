"""Telephone numbers printed in an issue: mobiles, landlines (with or without area code), services.

A digit run is a phone only when its shape and the words around it both say so: the shape decides
what kind of number it could be, the nearest cue word before it (``zh_phones.PHONE_CUES`` vs
``NON_PHONE_CUES``) and the unit after it decide whether it is one. Local numbers printed without
an area code need a cue in their clause, a place in a list of hotlines, or a preceding number they
continue ("0351-2366977、2366978"); they are resolved with ``IssueContext.area_code``.

Owners: the person or body the words around the number name ("联系人:周女士" may stand on the line
above). A number printed in a notice without one is given the notice's body by the linking stage
(:mod:`extractors.link`), which runs after every extractor: this module never reads notices.

Kinds: ``mobile`` (11 digits, 1[3-9]), ``landline`` (area code + local number, and also the
nationwide 400/800 numbers, which have a full E.164 form but no area code), ``service`` (short
public numbers 110, 12345, 95xxx, 96xxx...: no E.164, identity ``service:<digits>``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

import phonenumbers

from . import frozen
from .lang import zh_common as common
from .lang import zh_phones as lang
from .lang import zh_traditional
from .records import Issue, IssueContext, PhoneKind, PhoneNumber
from .patterns import CharacterFold, StartGated, match_widths, minimal_words
from .patterns import alternation as _alternation
from .patterns import last_match as _last_match
from .phone_regions import description_zh

__all__ = ["PhoneMention", "find_phones", "extract"]

# Full-width digits, brackets, dashes and spaces folded, keeping the text's length.
_fold_width = CharacterFold(lang.CHAR_FOLDS)
# Traditional characters of the vocabulary ("舉報電話為", "熱線"); a text without one costs one search.
_fold_script = CharacterFold(zh_traditional.TRADITIONAL_TO_SIMPLIFIED)
# Both, as one fold: each folds one character to one, so folding the width and then the script is
# a fold of each character to what the two make of it, and one fold of those characters reads the
# page once for the characters it holds of both tables (the width table alone was twenty scans).
_fold_both = CharacterFold(
    {char: _fold_script(_fold_width(char)) for char in (*lang.CHAR_FOLDS, *zh_traditional.TRADITIONAL_TO_SIMPLIFIED)}
)


def _fold(text: str) -> str:
    """The text the patterns read: one character for one, so offsets are the printed text's."""
    return _fold_both(text)


# A digit run: optional country code, optional "(0351)", groups of digits joined by one space or
# hyphen. Runs glued to letters or to a decimal point are something else (codes, decimals).
_RUN = re.compile(
    r"(?<![0-9A-Za-z])(?<!\d\.)"
    r"(?P<cc>(?:\+|00)86[ -]?|\(\+?86\)[ ]?)?"
    r"(?P<paren>\(0\d{2,3}\)[ ]?)?"
    r"(?P<body>\d+(?:(?:[ -]| - )\d+)*)"  # "0351 - 6612345": a hyphen set off by spaces on older pages
)
_GROUP = re.compile(r"\d+")
# Punctuation as character-class contents, ASCII and full width (lang/zh_common.py).
_COLONS = common.COLONS
_CLAUSE_STOPS = common.FULL_STOP + common.SEMICOLONS
_SENTENCE_STOPS = common.FULL_STOP + common.EXCLAMATIONS + common.QUESTION_MARKS
_BRACKETS = common.OPEN_BRACKETS + common.CLOSE_BRACKETS
_ALL_QUOTES = common.DOUBLE_QUOTES + '"' + common.CORNER_QUOTES + common.WHITE_CORNER_QUOTES
_NUMBER_STOPS = common.COMMAS + common.FULL_STOP + common.SEMICOLONS + common.EXCLAMATIONS + common.QUESTION_MARKS
# A character of a name as printed: an ideograph or a bracket ("市人民医院(定点医院)").
_NAME_CHARS = rf"[\u4e00-\u9fff{_BRACKETS}]"
# Between the items of a labelled run ("A:N;B:N", "A:N、B:N").
_ITEM_SEPARATORS = common.SEMICOLONS + common.COMMAS + common.LIST_COMMA
# Where a digit run may begin: a digit, "+86", "(0351)" or "(+86)". Scanning for these first and
# matching _RUN only there is what _RUN.finditer does, without trying its look-behinds at every
# character of a long issue.
_RUN_START = re.compile(r"[\d+(]")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_NATIONAL = re.compile(r"[48]00\d{7}")
_EXTENSION = re.compile(rf"[ ]?(?:{'|'.join(lang.EXTENSION_WORDS)}|ext\.?|EXT\.?|Ext\.?)[ ]?(?P<ext>\d{{1,5}})(?!\d)")
# Start-gated: two named groups of words hide the characters a cue begins with from the regex engine.
_CUE = StartGated(re.compile(
    f"(?P<neg>{_alternation(lang.NON_PHONE_CUES)})|(?P<pos>{_alternation(lang.PHONE_CUES)})"
))
_UNIT = re.compile(f"[ ]?(?:{_alternation(lang.UNIT_WORDS)})")
_SERVICE_ACTION = re.compile(f"[ ]?(?:{_alternation(lang.SERVICE_ACTIONS)})")
_SERVICE_NAME = re.compile(
    rf"[{lang.QUOTE_CLOSERS}]?[\u4e00-\u9fff]{{0,8}}(?:{_alternation(lang.SERVICE_NAME_ENDINGS)})"
)
_COUNTED = re.compile(rf"[{lang.QUOTE_CLOSERS}]?{lang.COUNT_WORD}")
_CALL_VERB = re.compile(
    f"(?:{_alternation(lang.CALL_VERBS)})(?!{_alternation(lang.CALL_VERB_NOT_BEFORE)}){common.PERFECTIVE}?"
)
_CONTACT = tuple(re.compile(p) for p in lang.CONTACT_PERSON_PATTERNS)
_CONTACT_AFTER = re.compile(rf"[\s{common.COMMAS}{common.LIST_COMMA}/\d()\-]{{0,30}}?" + lang.CONTACT_PERSON_PATTERNS[0])
_UNIT_LINE = re.compile(
    rf"[\s\-*•·|]*[\u4e00-\u9fff]{{0,{lang.UNIT_LABEL_MAX - 2}}}(?:{_alternation(lang.UNIT_LABEL_ENDINGS)})\s*[{_COLONS}]\s*"
    rf"(?P<owner>{_NAME_CHARS}{{3,30}})[\s{common.FULL_STOP}.]*"
)
_LABEL_VALUE_LINE = re.compile(rf"[\s\-*•·|]*[\u4e00-\u9fff]{{2,8}}\s*[{_COLONS}].{{0,40}}")
_LEADING_ADVERB = re.compile(
    f"(?:{_alternation(lang.OWNER_LEADING_ADVERBS)})(?=(?:{_alternation(lang.PRONOUN_OR_PLACE_STARTS)}))"
)
_NAME_CHAR = re.compile(_NAME_CHARS)
_CONTACT_SENTENCE = tuple(re.compile(p) for p in lang.CONTACT_SENTENCE_PATTERNS)
_BRACKETED_CONTACT_BEFORE = re.compile(lang.BRACKETED_CONTACT_BEFORE)
_BRACKETED_CONTACT_AFTER = re.compile(lang.BRACKETED_CONTACT_AFTER)
_SENTENCE_STOP = re.compile(f"[{_SENTENCE_STOPS}]")
_CONTACT_LINE = re.compile(r"[\s\-*•·|]*" + lang.CONTACT_PERSON_PATTERNS[0] + rf"[\s{common.FULL_STOP}.]*")
_NOT_A_NAME = re.compile(_alternation(lang.PHONE_CUES + lang.OWNER_TRAILING_QUALIFIERS + lang.LINE_WORDS))
_LIST_LABEL_CUE = re.compile(_alternation(lang.LIST_LABEL_CUES))
_STRONG_LIST_LABEL_CUE = re.compile(_alternation(lang.STRONG_LIST_LABEL_CUES))
_LIST_HEADING_CUE = re.compile(_alternation(lang.LIST_HEADING_CUES))
# A line that is a label followed by numbers and nothing else ("燃气抢修 66668888"). A number may
# carry the hours it is staffed in brackets, and then the next one follows a semicolon
# ("某街道:66100002(工作日白天);66100003(夜间、节假日)").
_STAFFED_NOTE = r"(?:\s*\([^()\d]{1,10}\))?"
_LIST_LINE = re.compile(
    rf"^[\s\-*•·|]*(?:\d{{1,3}}[\s.{common.LIST_COMMA}|)]+)?(?P<label>[^\d{_NUMBER_STOPS}{_COLONS}|]{{2,24}}?)[\s{_COLONS}|]*"
    rf"(?P<nums>(?:\(?0\d{{2,3}}\)?[ -]?)?\d{{3,}}(?:[ -]\d{{3,}})*(?:[ ]?(?:{'|'.join(lang.EXTENSION_WORDS)})\d{{1,5}})?"
    rf"(?:\s*[{common.LIST_COMMA}{common.COMMAS}/{lang.OR}]\s*(?:\(?0\d{{2,3}}\)?[ -]?)?\d{{3,}}(?:[ -]\d{{3,}})*)*"
    rf"(?:{_STAFFED_NOTE}\s*[{common.SEMICOLONS}]\s*(?:\(?0\d{{2,3}}\)?[ -]?)?\d{{3,}}(?:[ -]\d{{3,}})*)*)\s*"
    rf"(?:\([^()]{{1,10}}\))?[\s|{common.FULL_STOP}]*$"
)
# A list item printed over lines ("某某中心" / "84310142" / "(其他时间)"): how far above its numbers
# its label may stand, and the shapes of the three kinds of line.
_SPLIT_ITEM_REACH = 4
_ONE_LISTED = rf"(?:\(?0\d{{2,3}}\)?[ -]?)?\d{{3,}}(?:[ -]\d{{3,}})*{_STAFFED_NOTE}"
_NUMBERS_ONLY_LINE = re.compile(
    rf"[\s\-*•·|]*{_ONE_LISTED}(?:\s*[{common.LIST_COMMA}{common.COMMAS}{common.SEMICOLONS}/{lang.OR}]\s*{_ONE_LISTED})*"
    rf"\s*(?:\([^()\n]{{1,20}}\))?[\s|{common.FULL_STOP}]*$"
)
_NOTE_ONLY_LINE = re.compile(r"\s*\([^()\n]{1,20}\)\s*")
_LABEL_ONLY_LINE = re.compile(rf"[\s\-*•·|]*(?P<label>{_NAME_CHARS}{{2,24}}?)[\s{_COLONS}]*")
_QUOTES = re.compile(f"[{_ALL_QUOTES}]")
_STRONG_NUMBER = re.compile(r"(?<!\d)(?:0\d{2,3}[ -]?\d{7,8}|1[3-9]\d{9}|[48]00\d{7})(?!\d)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_FIELD = re.compile(rf"[^\s{_COLONS}]+")
_ADJACENT_GAP = re.compile(
    rf"[\s{_COLONS}{lang.COPULAS}(){common.DOUBLE_QUOTES}\"{common.LENTICULAR_BRACKETS}\[\]"
    rf"{common.CORNER_QUOTES}{common.WHITE_CORNER_QUOTES}]*"
)
_SHORT_NAME_GAP = re.compile(rf"[^\d{_NUMBER_STOPS}{_COLONS}]{{0,12}}")
_SERVICE_CALL_VERB = re.compile(_alternation(lang.SERVICE_CALL_VERBS))
_LEADING_NOISE = re.compile(_alternation(lang.OWNER_LEADING_NOISE))
# A bracket after an owner is noise when it says what the number is ("(电话)", "(24小时值班)"); a
# bracket naming a role ("市人民医院(定点医院)") is part of the name.
_TRAILING_NOISE = re.compile(
    f"(?:{_alternation(lang.OWNER_TRAILING_NOISE)}"
    f"|[{common.OPEN_BRACKETS}][^{_BRACKETS}]{{0,10}}"
    f"(?:{_alternation(lang.PHONE_CUES + lang.OWNER_TRAILING_QUALIFIERS + lang.OWNER_BRACKET_NOISE)}|\\d)"
    f"[^{_BRACKETS}]{{0,10}}[{common.CLOSE_BRACKETS}])$"
)
_TRAILING_QUALIFIER = re.compile(f"(?:{_alternation(lang.OWNER_TRAILING_QUALIFIERS)})$")
# "某社区的热线", "某公司的服务热线": a body's line named by cue words only, possessed with 的; the
# owner is the body (as "某街道的咨询电话" is, where the cue noun goes with the trailing noise).
_POSSESSED_LINE = re.compile(
    f"{common.ATTRIBUTIVE}(?:{_alternation(lang.PHONE_CUES + lang.OWNER_TRAILING_QUALIFIERS)})*"
    f"(?:{_alternation(lang.LINE_NOUNS)})$"
)
_PURPOSE_END = re.compile(f"(?:{_alternation(lang.PURPOSE_ENDINGS)})$")
_ANNOUNCE_VERB = re.compile(_alternation(lang.ANNOUNCE_VERBS))
_OWNER_ALTERNATIVE = re.compile(
    f"(?:{_alternation(lang.SERVICE_NAME_ENDINGS)})(?:{_alternation(lang.OWNER_ALTERNATIVE_JOINS)})"
)
_LABEL = rf"{_NAME_CHARS}{{2,16}}"
_NUMS = (r"(?:\(?0\d{2,3}\)?[ -]?)?\d{3,}(?:[ -]\d{3,})*"
         rf"(?:\s*[{common.LIST_COMMA}/{lang.OR}]\s*(?:\(?0\d{{2,3}}\)?[ -]?)?\d{{3,}}(?:[ -]\d{{3,}})*)*")
# "举报电话:市征兵办:8335xxxx、8335xxxx;福田区:8387xxxx;…": a hotline noun heading a run of labelled
# numbers, matched backwards from a number (the window ends where the number starts).
# The whitespace after an item is read one way only ("\s*(?:;\s*)?", not "\s*;?\s*", which could
# split a blank line between two \s* three ways): a window of items set out one a blank line apart
# that ends in no label was tried 3^items ways (~16 items: seconds).
_LABELLED_RUN = re.compile(
    rf"(?P<cue>(?:{_alternation(lang.RUN_CUE_NOUNS)}))(?P<lead>[{_COLONS}])\s*(?:{_LABEL}[{_COLONS}]\s*{_NUMS}\s*(?:[{_ITEM_SEPARATORS}]\s*)?)*"
    rf"(?P<label>{_LABEL})[{_COLONS}]\s*$"
)
# The hotline noun may also end the sentence or the heading line before the run ("各区咨询电话开通。
# A:n;B:n", "热线电话公布如下:A:n", "抢险热线电话" over "A(停电):n;B:n"). Its items' labels name no
# line themselves ("…举报电话为0xxx-…" is prose); an item's number may carry its owner in brackets,
# an item may end in "或者" before the next ("市城管办:A或者市执法局B"), a label may run into its number.
_RUN_ITEM_LABEL_CHAR = rf"(?!{_alternation(lang.LINE_NOUNS)}){_NAME_CHARS}"
_RUN_ITEM_LABEL = rf"(?:{_RUN_ITEM_LABEL_CHAR}){{2,16}}"
# Items of a run printed one a line may end at the line, with no separator ("城建局5550123" over
# "水务局5550456": a directory set out by lines).
_ITEM_LINE_BREAK = r"[ \t]*\n\s*"
# One number of an item, with its owner in brackets; an item's numbers are read atomically, so a
# long digit run that ends no item is not tried split every way (exponential backtracking).
_RUN_ONE = r"(?:\(?0\d{2,3}\)?[ -]?)?\d{3,}(?:[ -]\d{3,})*(?:\([^()\n]{1,12}\))?"
_RUN_NUMS = rf"(?>{_RUN_ONE}(?:\s*[{common.LIST_COMMA}/{lang.OR}]\s*{_RUN_ONE})*)"
_HEADED_RUN = re.compile(
    rf"(?P<cue>(?:{_alternation(lang.RUN_CUE_NOUNS)}))"
    rf"(?P<lead>[\u4e00-\u9fff]{{0,{lang.RUN_CUE_TAIL_MAX}}}(?:[{_COLONS}{common.FULL_STOP}]?[ \t]*\n|[{_COLONS}{common.FULL_STOP}]))"
    rf"\s*(?P<items>(?:{_RUN_ITEM_LABEL}[{_COLONS}]?\s*{_RUN_NUMS}"
    rf"(?:\s*(?:[{_ITEM_SEPARATORS}]|{lang.OR}{lang.OR_TAIL}?)\s*|{_ITEM_LINE_BREAK}))*)"
    rf"(?P<label>{_RUN_ITEM_LABEL})(?P<colon>[{_COLONS}]?)\s*$"
)
# The last two characters of the label that ends every _HEADED_RUN match.
_HEADED_RUN_TAIL = re.compile(rf"(?:{_RUN_ITEM_LABEL_CHAR}){{2}}")


def _may_end_a_headed_run(window: str) -> bool:
    r"""False only when ``_HEADED_RUN.search(window, …)`` would find nothing, read at the window's
    end. Every match ends in ``label colon? \s* $``: blanks after the last printed character
    (``\s`` is what ``str.rstrip`` strips), an optional colon (no label character is a colon or a
    blank), and before them the label's last two characters, each of which the label pattern
    accepts there. Most numbers follow "电话:", whose 电 begins a line noun and is no label
    character: those windows (three in four) are not searched from their first cue noun on."""
    end = len(window.rstrip())
    if end and window[end - 1] in _COLONS:
        end -= 1
    return end >= 2 and _HEADED_RUN_TAIL.match(window, end - 2) is not None


# A line opening with an item's label, under a line that ends with a number ("…5550123" over
# "水务局5550456"): an item of a directory printed one a line, which may run on far past the
# usual reach of a run's heading.
_ITEM_LINE_LABEL = re.compile(rf"[ \t]*{_RUN_ITEM_LABEL}[{_COLONS}]?[ \t]*")
_LONG_RUN_REACH = 1500


def _opens_an_item_line(folded: str, start: int) -> bool:
    """The number at ``start`` follows only an item's label on its line, and the line above ends in a
    number (its item's hours in brackets and a separator may follow): a directory one item a line.
    Checked with string scans first: most numbers are not so placed, and this runs for many."""
    line_lo = folded.rfind("\n", max(0, start - 20), start)
    if line_lo <= 0 or _ITEM_LINE_LABEL.fullmatch(folded, line_lo + 1, start) is None:
        return False
    above = folded[max(0, line_lo - 16):line_lo].rstrip(" \t" + _ITEM_SEPARATORS)
    if above.endswith(")") and "(" in above:
        above = above[:above.rfind("(")]
    return above[-1:].isdigit()
# The item after a number in a run ("(安达公司);B:5550222", "、B 5550222").
_NEXT_ITEM = re.compile(
    rf"(?:\s*[{common.LIST_COMMA}/{lang.OR}]\s*{_RUN_ONE})*"  # the item's other numbers first
    rf"(?:\([^()\n]{{1,12}}\))?(?:\s*[{_ITEM_SEPARATORS}]\s*|{_ITEM_LINE_BREAK})"
    rf"{_LABEL}[{_COLONS}]?\s*(?:\(?0\d{{2,3}}\)?[ -]?)?\d{{3,}}"
)
_TABLE_ROW = re.compile(r"^\s*\|")
_CJK_ONLY = re.compile(_NAME_CHARS + "+")
_BRACKET_AFTER = re.compile(r"[ ]?\((?P<name>[\u4e00-\u9fff]{2,16})\)")
_BRACKET_NOISE = re.compile(_alternation(lang.PHONE_CUES + lang.OWNER_BRACKET_NOISE + lang.OWNER_TRAILING_QUALIFIERS))
_PLACED_BODY = re.compile(rf"(?P<body>{_NAME_CHARS}{{3,20}}?)(?:{_alternation(lang.PLACING_VERBS)})")
_BRACKET_OWNER_OPENER = re.compile(_alternation(lang.BRACKET_OWNER_OPENERS))
_GLUED_BODY_OPENER = re.compile(_alternation(lang.BRACKET_OWNER_OPENERS + lang.CALL_VERBS + lang.GLUED_BODY_OPENER_WORDS))
_PUBLISHER = re.compile(rf"[\u4e00-\u9fff]{{2,10}}?(?:{_alternation(lang.PUBLISHER_ENDINGS)})")
_TABLE_HEADER_CUE = re.compile(_alternation(lang.TABLE_PHONE_HEADERS))
# Small tests asked once a number or a field, compiled here rather than looked up (and, for the
# formatted ones, written out) in the re module's cache at each call.
_NON_DIGITS = re.compile(r"\D")
_COLON = re.compile(f"[{_COLONS}]")
_COLON_AHEAD = re.compile(rf"\s*[{_COLONS}]")
_MOBILE_E164 = re.compile(r"\+861[3-9]\d{9}")
_MAX_CUE_REACH = 40  # characters a cue may sit before its number
_MAX_SERVICE_GAP = 8
_SERVICE_GAP = re.compile(r"[\u4e00-\u9fff]{0,%d}" % _MAX_SERVICE_GAP)  # between a call verb and a service number
_MAX_OWNER_LEN = 24


@dataclass(frozen=True, kw_only=True)
class PhoneMention:
    """One printed telephone number with what the text says about it; offsets are in the issue."""

    phone_id: str
    raw: str
    kind: PhoneKind
    e164: str | None
    area_code: str | None
    region: str | None
    valid: bool
    owner: str | None
    extension: str | None
    char_start: int
    char_end: int
    evidence: str
    evidence_start: int
    evidence_end: int
    called: bool = False  # printed after a call verb ("拨打…"): the text asks readers to dial it


@dataclass(frozen=True)
class _Candidate:
    """A digit run (or part of one) shaped like a phone number; offsets in the folded text."""

    start: int
    end: int  # includes an extension
    shape: str  # mobile | landline | national | local | service | area_service
    digits: str  # what is dialled, area code included when printed
    printed_area: str | None
    extension: str | None
    intl: bool


# Made by the thousand (every candidate, every mention): filled without the frozen class's call.
_new_candidate = frozen.maker(_Candidate, ("start", "end", "shape", "digits", "printed_area", "extension", "intl"))
_new_mention = frozen.maker(PhoneMention, (
    "phone_id", "raw", "kind", "e164", "area_code", "region", "valid", "owner", "extension",
    "char_start", "char_end", "evidence", "evidence_start", "evidence_end", "called",
))


def _group_spans(match: re.Match) -> list[tuple[int, int]]:
    base = match.start("body")
    return [(base + g.start(), base + g.end()) for g in _GROUP.finditer(match.group("body"))]


def _is_service_number(digits: str) -> bool:
    if digits in lang.SERVICE_NUMBERS:
        return True
    return any(digits.startswith(p) and len(digits) in lengths for p, lengths in lang.SERVICE_PREFIXES)


def _looks_like_years(lens: tuple[int, ...], digits: str) -> bool:
    """'2021-2035' and '20231201' are a range of years and a date, not local numbers."""
    if lens == (4, 4):
        return all(digits[i:i + 4][:2] in ("19", "20") for i in (0, 4))
    if len(digits) == 8 and digits[:2] in ("19", "20"):
        month, day = int(digits[4:6]), int(digits[6:8])
        return 1 <= month <= 12 and 1 <= day <= 31
    return False


def _local_shape(lens: tuple[int, ...], digits: str) -> bool:
    if lens not in ((7,), (8,), (3, 4), (4, 4)) or digits[0] not in "2345678":
        return False
    return not _looks_like_years(lens, digits)


def _shape_of(
    lens: tuple[int, ...], digits: str, *, paren_area: str | None, intl: bool, alone: bool
) -> tuple[str, str | None] | None:
    """What the joined groups could be: (shape, printed area code) or None.

    ``alone``: the groups are the whole digit run; a short service number inside a longer run
    ("GB/T 12345-2008", "978-7-111-12345-6") is part of something else.
    """
    n = len(digits)
    if intl:
        national = digits[1:] if digits.startswith("0") else digits
        if _MOBILE.fullmatch(national):
            return "mobile", None
        if 9 <= n <= 12:
            return "landline", None
        return None
    if paren_area:
        if _local_shape(lens, digits):
            return "landline", paren_area
        if len(lens) == 1 and _is_service_number(digits):
            return "area_service", paren_area
        return None
    if _MOBILE.fullmatch(digits) and lens in ((11,), (3, 4, 4), (3, 8), (7, 4)):
        return "mobile", None
    if _NATIONAL.fullmatch(digits) and len(lens) <= 3:
        return "national", None
    if digits.startswith("0") and not digits.startswith("00"):
        if len(lens) == 1 and 10 <= n <= 12:
            return "landline", None
        if len(lens) >= 2 and lens[0] in (3, 4):
            rest, rest_lens = digits[lens[0]:], lens[1:]
            if _local_shape(rest_lens, rest):
                return "landline", digits[:lens[0]]
            if len(rest_lens) == 1 and _is_service_number(rest):
                return "area_service", digits[:lens[0]]
        return None
    if _local_shape(lens, digits):
        return "local", None
    if lens == (n,) and alone and _is_service_number(digits):
        return "service", None
    return None


@lru_cache(maxsize=4096)
def _alone_shape(digits: str) -> tuple[str, str | None] | None:
    """:func:`_shape_of` a digit run of one group with nothing printed before it ("2024", "66668888");
    the same few years and counts come back on every page."""
    return _shape_of((len(digits),), digits, paren_area=None, intl=False, alone=True)


# Fewer digits than this are no number of any shape without "(0351)" or "+86" before them (a local
# number has 7, a service number at least this many): such runs ("2023年12月1日") are skipped.
_MIN_DIGITS = min(
    7,
    min(map(len, lang.SERVICE_NUMBERS), default=7),
    min((min(lengths) for _, lengths in lang.SERVICE_PREFIXES), default=7),
)


def _digit_runs(folded: str) -> Iterator[re.Match]:
    """``_RUN.finditer(folded)``, found faster (see ``_RUN_START``)."""
    find_start, match_run = _RUN_START.search, _RUN.match
    position = 0
    while (start := find_start(folded, position)) is not None:
        run = match_run(folded, start.start())
        if run is None:
            position = start.start() + 1
        else:
            yield run
            position = run.end()


def _is_phone_sized(run: re.Match) -> bool:
    """Enough digits for some number, or an area code or a country code before them: "2023年12月1日"
    is three runs none of which is."""
    return run.end("body") - run.start("body") >= _MIN_DIGITS or run.start("body") != run.start()


# Where a phone-sized run may begin: a country code or an area code in brackets ("+86", "0086",
# "(0351)"), or a digit with at least _MIN_DIGITS - 1 digits or separators after it. A run too short
# to be one is not tried (a page's dates are most of its runs), and a run that begins inside a
# skipped one is shorter still, so none is lost. It opens on one character class, which the regex
# engine skips to in C; an alternation of a class and words it tries at every character (pages
# with few numbers paid more than they saved). The run's own look-behinds come first, so a digit
# inside a group is no start; and a plain group of four digits ("2024年", "3000亩": half of a
# page's runs), which no number of any shape is (test_phones checks every one), is not begun at
# unless it opens on "00", which a country code and a bracketed area code may follow ("0086(0351)…").
#
# The class opening it is written out: \d is a Unicode category, which the engine asks through a
# function call at each of the page's characters; the same digits listed (those of the basic plane,
# where a Chinese page's characters all are) are a table look-up. The plane above is one range, a
# superset of its digits: a character of it that is no digit gets no further than the last group,
# each of whose branches looks back at a "+", "(" or digit. So the matches are those of [\d+(].
#
# A run opening on "+" or "(" is a country code or a bracketed area code ("+86", "(+86)", "(86)",
# "(0351)"), so a "+" or "(" is begun at only where one follows: a page's other brackets (a
# thousand in 40 issues, as many as its numbers) are not each handed back to Python to fail _RUN.
_BASIC_PLANE_DIGITS = "".join(re.findall(r"\d", "".join(map(chr, range(0x10000)))))
_PHONE_SIZED_START = re.compile(
    f"[{re.escape(_BASIC_PLANE_DIGITS)}+(\U00010000-\U0010ffff]"
    r"(?<![0-9A-Za-z][\s\S])(?<!\d\.[\s\S])"  # the run's look-behinds, read from after its first character
    r"(?!(?<=[1-9])[0-9]{3}(?!\d|[ -]\d| - \d)|(?<=0)[1-9][0-9]{2}(?!\d|[ -]\d| - \d))"  # four digits alone, not 00…
    r"(?:(?<=\+)(?=86)|(?<=\()(?=\+?86\)|0\d{2,3}\))"  # what _RUN's "cc" and "paren" open on
    rf"|(?<=0)0|(?<=\d)[\d -]{{{_MIN_DIGITS - 1}}})"
)


def _is_plain_four(run: re.Match) -> bool:
    """The run is four ASCII digits alone, not opening on "00" (a country code may follow those)."""
    printed = run.group()
    return len(printed) == 4 and printed.isascii() and printed.isdigit() and not printed.startswith("00")


def _phone_sized_runs(folded: str) -> Iterator[re.Match]:
    """The runs of ``_RUN.finditer(folded)`` that :func:`_is_phone_sized` keeps, but for plain groups
    of four digits, found faster."""
    find_start, match_run = _PHONE_SIZED_START.search, _RUN.match
    position = 0
    while (start := find_start(folded, position)) is not None:
        run = match_run(folded, start.start())
        if run is None or not _is_phone_sized(run):
            position = start.start() + 1
        else:
            yield run
            position = run.end()


def _candidates(folded: str) -> list[_Candidate]:
    """Every phone-shaped stretch of every digit run, longest shape first, left to right."""
    found: list[_Candidate] = []
    for run in _phone_sized_runs(folded):
        if run.start("body") == run.start():  # no "+86" or "(0351)" before the digits
            body = run.group("body")
            if body.isdecimal() and _alone_shape(body) is None:
                continue  # one group that is no number ("2024", "500"): most of a page's runs
        groups = _group_spans(run)
        after = folded[run.end():run.end() + 2]
        decimal = after[:1] == "." and after[1:].isdigit()
        glued = after[:1].isascii() and after[:1].isalpha()
        if (decimal or glued) and not _EXTENSION.match(folded, run.end()):
            groups = groups[:-1]  # "2366977.5" or "12345kg": the last group is not a number to dial
        paren = run.group("paren")
        paren_area = _NON_DIGITS.sub("", paren) if paren else None
        intl = bool(run.group("cc"))
        # Each group's length and digits read once: a run's groups are tried three at a time, then
        # two, then one, from each place on.
        group_lens = [e - s for s, e in groups]
        group_digits = [folded[s:e] for s, e in groups]
        alone = len(groups) == 1
        i = 0
        while i < len(groups):
            for k in (3, 2, 1):
                if i + k > len(groups):
                    continue
                lens = tuple(group_lens[i:i + k])
                digits = "".join(group_digits[i:i + k])
                first = i == 0
                shape = _shape_of(
                    lens, digits, paren_area=paren_area if first else None, intl=intl and first, alone=alone
                )
                if shape is None:
                    continue
                kind, area = shape
                start = run.start() if first and (paren or intl) else groups[i][0]
                end = groups[i + k - 1][1]
                if paren_area and first and kind in ("landline", "area_service"):
                    digits, area = paren_area + digits, paren_area
                elif intl and first:
                    digits = "+86" + (digits[1:] if digits.startswith("0") else digits)
                extension = None
                if kind in ("landline", "local", "national"):
                    nxt = groups[i + k] if i + k < len(groups) else None
                    if nxt and folded[end] == "-" and nxt[0] == end + 1 and 1 <= nxt[1] - nxt[0] <= 5:
                        extension, end = folded[nxt[0]:nxt[1]], nxt[1]
                        k += 1
                    elif m := _EXTENSION.match(folded, end):
                        extension, end = m.group("ext"), m.end()
                found.append(_new_candidate(start, end, kind, digits, area, extension, intl and first))
                i += k
                break
            else:
                i += 1
    return found


# For each set of breaks: a match from where a clause may start at the earliest to ``pos`` ends just
# after the last break before ``pos`` (the greedy run backs off to it in C, not a Python loop).
_LAST_BREAK = {
    breaks: re.compile(f"(?s:.*)[{re.escape(breaks)}]") for breaks in (lang.CLAUSE_BREAKS, lang.SUBCLAUSE_BREAKS)
}


def _clause_start(folded: str, pos: int, breaks: str) -> int:
    """Just after the last of ``breaks`` within ``_MAX_CUE_REACH`` characters before ``pos``, else that far back."""
    floor = max(0, pos - _MAX_CUE_REACH)
    last = _LAST_BREAK[breaks].match(folded, floor, pos)
    return floor if last is None else last.end()


def _nearest_cue(folded: str, start: int) -> re.Match | None:
    """The cue word that ends closest before ``start`` within its clause."""
    lo = _clause_start(folded, start, lang.CLAUSE_BREAKS)
    best = None
    for m in _CUE.finditer(folded, lo, start):
        best = m
    return best


def _followed_by_unit(folded: str, end: int) -> bool:
    return bool(_UNIT.match(folded, end))


def _service_name_after(folded: str, end: int) -> int | None:
    """End of a hotline name printed right after a service number ("12345市长热线").

    A name followed by a colon is the label of the next number ("…:962211广告热线:8662xxxx").
    """
    m = _SERVICE_NAME.match(folded, end)
    if m is None or _COLON_AHEAD.match(folded, m.end(), m.end() + 2):
        return None
    if _COUNTED.match(folded, end):
        return None  # "拨打12366一个电话即可…", "两部专线": a count of numbers, not a hotline's name
    return m.end()


_PLACED_SENTENCE_STOPS = tuple(_CLAUSE_STOPS + common.EXCLAMATIONS + common.QUESTION_MARKS)
_NON_CJK_LEAD = re.compile(r"[^\u4e00-\u9fff]*")


def _placed_body_before(folded: str, sub_lo: int) -> tuple[int, int] | None:
    """'某登记站设在保卫处。咨询电话:…': the body the sentence before places (same line)."""
    line_lo, _ = _line_bounds(folded, sub_lo)
    end = sub_lo
    while end > line_lo and folded[end - 1] in " \t":
        end -= 1
    if end <= line_lo or folded[end - 1] not in _CLAUSE_STOPS:
        return None
    # just after the last stop before the one ending the sentence (each stop's last place found in C)
    start = max(line_lo, max(folded.rfind(stop, line_lo, end - 1) for stop in _PLACED_SENTENCE_STOPS) + 1)
    sentence = folded[start:end]
    lead = _NON_CJK_LEAD.match(sentence).end()  # "⑥", "3."
    m = _PLACED_BODY.match(sentence, lead)
    if m is None or not m.group("body").endswith(lang.BODY_ENDINGS):
        return None
    return _clean_owner(folded, start + m.start("body"), start + m.end("body"))


def _glued_words_start(folded: str, start: int, limit: int) -> int:
    """Where the run of up to ``limit`` Chinese characters printed right before ``start`` begins,
    after an opener word inside it (the words a name glued to a number may be)."""
    lo = start
    while lo > 0 and _CJK.match(folded[lo - 1]) and start - lo < limit:
        lo -= 1
    opener = _last_match(_GLUED_BODY_OPENER, folded, lo, start)
    return opener.end() if opener is not None else lo


def _body_glued_before(folded: str, start: int) -> int:
    """Where a service's name starts: "共青团某市委12355青少年服务中心" runs from the body printed
    right before the number, with nothing between them; else at the number."""
    lo = _glued_words_start(folded, start, 16)
    name = folded[lo:start]
    return lo if len(name) >= 3 and name.endswith(lang.BODY_ENDINGS) and name not in lang.OWNER_CUE_ONLY else start


def _place_glued_before(folded: str, start: int) -> int:
    """Where a hotline's name starts when a place is printed right before its number ("市12345公共服务
    热线", "某某区12345热线"): at the place; "全市12345热线" and "拨打12345" start at the number."""
    lo = _glued_words_start(folded, start, 10)
    stop = max((i + 1 for i in range(lo, start) if folded[i] in lang.NAME_STOPS), default=lo)
    place = folded[stop:start]
    if not place.endswith(lang.HOTLINE_PLACE_LEVELS) or place.startswith(lang.NOT_PLACE_STARTS):
        return start
    return stop


_OPENING_VERBS = _alternation(lang.OPENING_VERBS)


def _announced_line(folded: str, start: int) -> tuple[int, int] | None:
    """'关于开通某某监督举报电话的公告' … '监督举报电话:0371-…': the line as its announcement names it."""
    line_lo, _ = _line_bounds(folded, start)
    label = folded[line_lo:start].strip(" \t" + _COLONS)
    if not 2 <= len(label) <= 8 or not label.endswith(lang.LINE_LABEL_ENDINGS) or not _CJK_ONLY.fullmatch(label):
        return None
    lo = max(0, line_lo - lang.OPENING_REACH)
    if folded.find(label, lo, line_lo) < 0:
        return None  # every match ends in the label: no pattern to compile for a label not printed above
    pattern = re.compile(rf"(?:{_OPENING_VERBS})(?P<name>[\u4e00-\u9fff]{{0,40}}?{re.escape(label)})")
    found = _last_match(pattern, folded, lo, line_lo)
    if found is None or len(found.group("name")) <= len(label) or common.ATTRIBUTIVE in found.group("name"):
        return None  # "开通面向公众的举报电话": a description, not the line's name
    return found.start("name"), found.end("name")


def _body_line_above(folded: str, line_start: int) -> tuple[int, int] | None:
    """'湖北省某某办' on the line above '举报电话:027-…': a contact block headed by its body."""
    above = next(_neighbour_lines(folded, line_start, line_start, -1), None)
    if above is None:
        return None
    line = above.strip(" \t")
    if not 3 <= len(line) <= 20 or not _CJK_ONLY.fullmatch(line) or not _is_body_name(line):
        return None  # "市民可前往某中心": a sentence ending in a body names no owner
    line_lo = folded.rfind(line, 0, line_start)
    return _clean_owner(folded, line_lo, line_lo + len(line)) if line_lo >= 0 else None


# A line that is a body's line and nothing else ("县人民医院值班电话:", "某某局“禁毒办”电话"), with
# the number on the line below it.
_BODY_LINE_LABEL = re.compile(
    rf"[\s\-*•·|]*{lang.HEADING_ENUMERATION}\s*"
    rf"(?P<label>[\u4e00-\u9fff\d{_BRACKETS}{_ALL_QUOTES}]{{3,30}}?(?:{_alternation(lang.LINE_LABEL_ENDINGS)}))[\s{_COLONS}]*"
)


def _body_label_line_above(folded: str, line_start: int) -> tuple[int, int] | None:
    """'某某分局“禁毒办”电话:' on the line above a line of numbers alone: that body's line. A label
    naming no body ("咨询电话:", "各乡镇咨询电话:", "如有疑问请拨打电话:") heads a list, or is prose."""
    if _NUMBERS_ONLY_LINE.fullmatch(folded, line_start, _line_bounds(folded, line_start)[1]) is None:
        return None
    above = next(_neighbour_lines(folded, line_start, line_start, -1), None)
    if above is None:
        return None
    m = _BODY_LINE_LABEL.fullmatch(above)
    line_lo = folded.rfind(above, 0, line_start)
    if m is None or line_lo < 0:
        return None
    span = _clean_owner(folded, line_lo + m.start("label"), line_lo + m.end("label"))
    if span is None or not _is_body_name(_QUOTES.sub("", folded[span[0]:span[1]])):
        return None
    return span


def _body_before_bracket(folded: str, start: int) -> tuple[int, int] | None:
    """'向某局某科(某路5号,联系电话:…)提出': the number in a bracket reaches the body before it."""
    lo = max(0, start - 40)
    opening = folded.rfind("(", lo, start)
    if opening < 0 or ")" in folded[opening:start] or "\n" in folded[opening:start]:
        return None
    name_lo = opening
    while name_lo > 0 and _CJK.match(folded[name_lo - 1]) and opening - name_lo < _MAX_OWNER_LEN + 16:
        name_lo -= 1
    opener = _last_match(_BRACKET_OWNER_OPENER, folded, name_lo, opening)
    if opener is not None:
        name_lo = opener.end()
    name = folded[name_lo:opening]
    if len(name) > 40 or not name.endswith(lang.BODY_ENDINGS):
        return None
    return (name_lo, opening) if 3 <= len(name) else None


def _publisher_parts(folded: str, owner: tuple[int, int] | None) -> tuple[tuple[int, int], ...]:
    """'某某日报社出版党报热线:…': a masthead's own hotline is the publisher's (publisher + label)."""
    if owner is None:
        return ()
    name = folded[owner[0]:owner[1]]
    label = next((w for w in sorted(lang.PUBLISHER_LINE_LABELS, key=len, reverse=True) if name.endswith(w)), None)
    if label is None:
        return ()
    label_lo = owner[1] - len(label)
    lo, _ = _line_bounds(folded, owner[0])
    publisher = _last_match(_PUBLISHER, folded, lo, label_lo)
    if publisher is None:
        return ()
    return ((publisher.start(), publisher.end()), (label_lo, owner[1]))


def _without_pronoun(
    folded: str, span: tuple[int, int] | None, parts: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int] | None, tuple[tuple[int, int], ...]]:
    """An owner as a clean name: a one-character adverb before a pronoun or a place dropped ("现该单位"),
    and "该公司…" the company named before it ("该馆读者服务部" -> "某市图书馆" + "读者服务部"), or
    what follows the pronoun when nothing was named ("该公司" alone is nobody)."""
    if span is None or parts:
        return span, parts
    lo, hi = span
    adverb = _LEADING_ADVERB.match(folded, lo, hi)
    if adverb is not None:
        lo = adverb.end()
    if not folded.startswith(lang.POINTING_WORD, lo):
        return ((lo, hi) if hi - lo >= 2 else None), ()
    after = lo + len(lang.POINTING_WORD)
    head = next((n for n in range(min(4, hi - after), 0, -1) if folded[after:after + n] in lang.BODY_ENDINGS), 0)
    if head == 0:
        return None, ()  # "该项目": no body to point at
    rest = _clean_owner(folded, after + head, hi) if hi > after + head else None
    antecedent = _antecedent(folded, lo, folded[after:after + head])
    if antecedent is None:
        return rest, ()
    if rest is None:
        return antecedent, ()
    return (antecedent[0], rest[1]), (antecedent, rest)


def _antecedent(folded: str, pos: int, head: str) -> tuple[int, int] | None:
    """The last body whose name ends in ``head`` before ``pos`` ("记者从某某公司获悉" for "该公司")."""
    floor = max(0, pos - lang.ANTECEDENT_REACH)
    end = folded.rfind(head, floor, pos)
    while end >= 0:
        stop = end + len(head)
        start = end
        while (start > floor and _NAME_CHAR.match(folded[start - 1]) and folded[start - 1] not in lang.NAME_STOPS
               and stop - start < _MAX_OWNER_LEN):
            start -= 1
        opener = _last_match(_GLUED_BODY_OPENER, folded, start, end)
        if opener is not None:
            start = opener.end()
        name = folded[start:stop]
        if (len(name) >= len(head) + 2 and not name.startswith(lang.POINTING_WORD)
                and not any(name.endswith(w) for w in lang.NOT_BODY_COMPOUNDS)):
            return _clean_owner(folded, start, stop)
        end = folded.rfind(head, floor, end)
    return None


def _owner_text(text: str, span: tuple[int, int] | None, parts: tuple[tuple[int, int], ...]) -> str | None:
    """The owner as printed: its span, or the printed parts it is made of ("福田区" + "举报电话")."""
    if span is None:
        return None
    return _QUOTES.sub("", "".join(text[a:b] for a, b in parts) if parts else text[span[0]:span[1]])


@lru_cache(maxsize=4096)
def _parse(dial: str) -> tuple[str | None, bool, str | None, str | None]:
    """(E.164, valid, area code, region) of a dialable string, as phonenumbers sees it."""
    try:
        number = phonenumbers.parse(dial, "CN")
    except phonenumbers.NumberParseException:
        return None, False, None, None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    valid = phonenumbers.is_valid_number(number)
    area = None
    if valid:
        ndc_len = phonenumbers.length_of_geographical_area_code(number)
        if ndc_len:
            area = "0" + str(number.national_number)[:ndc_len]
    region = description_zh(number) or None if valid else None
    return e164, valid, area, region


def _normal_area_code(code: str | None) -> str:
    """'0351' for '351' or '0351'; '' when the issue's area code is unknown."""
    digits = _NON_DIGITS.sub("", code or "")
    if not digits:
        return ""
    return digits if digits.startswith("0") else "0" + digits


@dataclass(frozen=True)
class _Resolved:
    kind: PhoneKind
    e164: str | None
    valid: bool
    area_code: str | None
    region: str | None
    phone_id: str


@dataclass(frozen=True)
class _Previous:
    """The last number accepted: a number joined to it ("、2366978") shares its cue and owner."""

    end: int
    kind: PhoneKind
    owner_span: tuple[int, int] | None
    owner_parts: tuple[tuple[int, int], ...]
    evidence_start: int
    area_code: str | None


_new_resolved = frozen.maker(_Resolved, ("kind", "e164", "valid", "area_code", "region", "phone_id"))
_new_previous = frozen.maker(_Previous, ("end", "kind", "owner_span", "owner_parts", "evidence_start", "area_code"))


def _resolve(cand: _Candidate, area_for_local: str) -> _Resolved:
    if cand.shape in ("service", "area_service"):
        digits = cand.digits[len(cand.printed_area):] if cand.shape == "area_service" else cand.digits
        return _new_resolved("service", None, True, None, None, f"service:{digits}")
    if cand.shape == "local" and not area_for_local:
        # The paper's area code is unknown: the number keeps its digits, with no E.164 form.
        return _new_resolved("landline", None, False, None, None, f"local:{cand.digits}")
    dial = area_for_local + cand.digits if cand.shape == "local" else cand.digits
    e164, valid, area, region = _parse(dial)
    if cand.shape == "mobile" or (cand.intl and e164 is not None and _MOBILE_E164.fullmatch(e164)):
        return _new_resolved("mobile", e164, valid, None, region, e164)
    if cand.shape == "national":
        return _new_resolved("landline", e164, valid, None, region, e164)
    if area is None and not valid:
        area = area_for_local if cand.shape == "local" else cand.printed_area
    return _new_resolved("landline", e164, valid, area, region, e164)


def _line_bounds(folded: str, pos: int) -> tuple[int, int]:
    lo = folded.rfind("\n", 0, pos) + 1
    hi = folded.find("\n", pos)
    return lo, len(folded) if hi < 0 else hi


def _neighbour_lines(folded: str, lo: int, hi: int, step: int, limit: int = 12) -> Iterator[str]:
    """Non-blank lines next to [lo, hi) going up (step -1) or down (+1), nearest first, at most ``limit``.

    Read as they are asked for: most callers look at the first line or two, and stop.
    """
    found = 0
    pos = lo - 1 if step < 0 else hi + 1
    while 0 <= pos <= len(folded) and found < limit:
        if step < 0:
            start = folded.rfind("\n", 0, pos) + 1
            line, pos = folded[start:pos], start - 1
        else:
            stop = folded.find("\n", pos)
            stop = len(folded) if stop < 0 else stop
            line, pos = folded[pos:stop], stop + 1
        if line.strip(" \t|-:"):  # blank lines and markdown table rules between rows
            found += 1
            yield line
        if pos < 0 or (step > 0 and pos > len(folded)):
            break


def _split_item_label(folded: str, lo: int, hi: int) -> tuple[int, int] | None:
    """'某某中心' / '84310142' / '(其他时间)' / '84310143': a line of numbers alone whose label stands
    on a line above it (notes on the hours and the item's other number lines between)."""
    if _NUMBERS_ONLY_LINE.match(folded, lo, hi) is None:
        return None
    pos = lo
    for line in islice(_neighbour_lines(folded, lo, hi, -1), _SPLIT_ITEM_REACH):
        pos = folded.rfind(line, 0, pos)
        if _NUMBERS_ONLY_LINE.fullmatch(line) or _NOTE_ONLY_LINE.fullmatch(line):
            continue
        m = _LABEL_ONLY_LINE.fullmatch(line)
        if m is None or _LIST_LABEL_CUE.search(m.group("label")):
            return None  # a heading ("咨询电话:") or prose above: no item's label
        return pos + m.start("label"), pos + m.end("label")
    return None


def _list_label(folded: str, cand: _Candidate) -> tuple[int, int] | None:
    """The label's span when the number sits on a line of its own after a short label."""
    lo, hi = _line_bounds(folded, cand.start)
    m = _LIST_LINE.match(folded[lo:hi])
    if not m:
        return _split_item_label(folded, lo, hi)
    if lo + m.start("nums") > cand.start:
        return None
    label = m.group("label")
    set_apart = m.end("label") < m.start("nums") or label[-1:].isspace()
    if not set_apart and not label.endswith(lang.LABEL_ENDINGS):
        return None  # "热线受理量12345" runs on like prose; a list sets its numbers apart
    return lo + m.start("label"), lo + m.end("label")


def _in_hotline_list(folded: str, cand: _Candidate, label: tuple[int, int]) -> bool:
    """A labelled line counts as a hotline when its label or its list says numbers are to call."""
    if _STRONG_LIST_LABEL_CUE.search(folded, label[0], label[1]):
        return True
    lo, hi = _line_bounds(folded, cand.start)
    block: list[str] = [folded[lo:hi]]
    split = _LIST_LINE.match(block[0]) is None
    heading = None
    for step in (-1, 1):
        # an item over lines takes at least two, so a list of them reaches twice as far
        for line in _neighbour_lines(folded, lo, hi, step, 24 if split else 12):
            if _LIST_LINE.match(line) or _split_item_part(line):
                block.append(line)
                continue
            if step < 0 and len(line) <= 40:
                heading = line
            break
    if len(block) < 2:
        return False
    if heading and _LIST_HEADING_CUE.search(heading):
        return True
    if split:
        return False  # an item over lines counts under a heading that says so only ("某局" over a date)
    labels = [m.group("label") for m in map(_LIST_LINE.match, block) if m]
    return any(_LIST_LABEL_CUE.search(label) for label in labels) or any(_STRONG_NUMBER.search(line) for line in block)


def _split_item_part(line: str) -> bool:
    """A line of a list item printed over several lines: its label alone, its numbers alone, or a note
    on the hours a number is staffed."""
    if _NUMBERS_ONLY_LINE.fullmatch(line) or _NOTE_ONLY_LINE.fullmatch(line):
        return True
    m = _LABEL_ONLY_LINE.fullmatch(line)
    return m is not None and _LIST_LABEL_CUE.search(m.group("label")) is None


# Every noun that heads a run holds one of its cores (the nouns holding no other: "电话" in
# "举报电话"), at most this many characters into it.
_RUN_CUE_CORES = minimal_words(lang.RUN_CUE_NOUNS)
_RUN_CUE_CORE_REACH = max(min(w.find(c) for c in _RUN_CUE_CORES if c in w) for w in lang.RUN_CUE_NOUNS)


def _first_run_cue(window: str) -> int | None:
    """Where in ``window`` a match of ``_LABELLED_RUN`` or ``_HEADED_RUN`` may start at the earliest
    (both open on a run's cue noun), or None when it holds none: searched from there, the regex
    engine does not try every 服, 报, 联… of the window before the first cue noun."""
    found = [i for i in (window.find(c) for c in _RUN_CUE_CORES) if i >= 0]
    return max(0, min(found) - _RUN_CUE_CORE_REACH) if found else None


def _labelled_run(folded: str, start: int, end: int) -> re.Match | None:
    """The run "举报电话:A:n1、n2;B:n3" that the number at ``folded[start:end]`` is an item of, if any."""
    if start == 0:
        return None
    after_colon = folded[start - 1] in _COLONS + " " or folded[max(0, start - 2):start].strip().endswith(tuple(_COLONS))
    if not after_colon and not _CJK.match(folded, start - 1):
        return None
    window_lo = max(0, start - 300)
    window = folded[window_lo:start]
    cue_lo = _first_run_cue(window)
    run = _LABELLED_RUN.search(window, cue_lo) if after_colon and cue_lo is not None else None
    if run is not None:
        return run
    run = _HEADED_RUN.search(window, cue_lo) if cue_lo is not None and _may_end_a_headed_run(window) else None
    if run is None and window_lo > 0 and _opens_an_item_line(folded, start):
        window_lo = max(0, start - _LONG_RUN_REACH)  # deep in a directory set out one item a line
        window = folded[window_lo:start]
        cue_lo = _first_run_cue(window)
        run = _HEADED_RUN.search(window, cue_lo) if cue_lo is not None and _may_end_a_headed_run(window) else None
    if run is None:
        return None
    if not after_colon and not run.group("items") and not (
            "\n" in run.group("lead") and _NEXT_ITEM.match(folded, end)):
        return None  # "B85553333" glued is an item only after items set out as such, or as the
        # first of a heading's lines of them ("举报电话" over "A85553333" over "B85554444")
    if run.group("lead")[-1:] not in _COLONS and not run.group("items") and not _NEXT_ITEM.match(folded, end):
        return None  # after "…电话。" or a heading line, one "老张:5550001" is no run: it takes two items
    return run


def _table_cells(line: str, offset: int) -> list[tuple[int, int]]:
    """Spans (stripped) of the cells of a markdown table row, empty cells included as empty spans."""
    cells, pos = [], line.index("|") + 1
    while True:
        bar = line.find("|", pos)
        if bar < 0:
            break
        lo, hi = pos, bar
        while lo < hi and line[lo] in " \t\u3000":
            lo += 1
        while hi > lo and line[hi - 1] in " \t\u3000":
            hi -= 1
        cells.append((offset + lo, offset + hi))
        pos = bar + 1
    return cells


def _table_label(folded: str, cand: _Candidate) -> tuple[int, int] | None:
    """In a table of numbers ("| 县人民医院 | 5323815 |"), the cell before the number's own cell.

    The number must fill its cell, and the table must say it holds numbers to call: a header or
    heading with a phone word, or a full-length number in one of its rows.
    """
    lo, hi = _line_bounds(folded, cand.start)
    line = folded[lo:hi]
    if not _TABLE_ROW.match(line):
        return None
    cells = _table_cells(line, lo)
    index = next((i for i, (a, b) in enumerate(cells) if a <= cand.start < b), None)
    if index is None or cells[index] != (cand.start, cand.end):
        return None
    label = next(((a, b) for a, b in reversed(cells[:index]) if b > a), None)
    if label is None or not _CJK.search(folded[label[0]:label[1]]):
        return None
    rows = [line] + _table_block(folded, lo, hi)
    if any(_TABLE_HEADER_CUE.search(row) or _STRONG_NUMBER.search(row) for row in rows):
        return label
    return None


def _table_block(folded: str, lo: int, hi: int) -> list[str]:
    """The other rows of the table around a row, and the line heading it."""
    rows: list[str] = []
    for step in (-1, 1):
        for line in _neighbour_lines(folded, lo, hi, step):
            rows.append(line)
            if not _TABLE_ROW.match(line):
                break  # the heading above the table (or the first line after it)
    return rows


def _strip_words(s: str, lo: int, hi: int) -> tuple[int, int]:
    """Peel particles and cue words off both ends; qualifiers go only once a cue noun went."""
    cue_noun_gone = False
    while lo < hi:
        changed = False
        m = _TRAILING_NOISE.search(s, lo, hi)
        if m and m.start() >= lo:
            hi, changed, cue_noun_gone = m.start(), True, True
        elif cue_noun_gone and (m := _TRAILING_QUALIFIER.search(s, lo, hi)) and m.start() >= lo:
            hi, changed = m.start(), True
        m = _LEADING_NOISE.match(s, lo, hi)
        if m and m.end() > lo:
            lo, changed = m.end(), True
        if not changed:
            break
    return lo, hi


def _clean_owner(folded: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Trim cue words and particles off both ends; None when no name is left."""
    lo, hi = _strip_words(folded, lo, hi)
    possessed = _POSSESSED_LINE.search(folded, lo, hi)
    if (possessed is not None and folded[lo:possessed.start()].endswith(lang.BODY_ENDINGS)
            and not folded.startswith(lang.NOT_ONE_BODY_STARTS, lo)):
        hi = possessed.start()  # "各社区的热线" names a kind of body: no one body to answer it
    name = folded[lo:hi]
    if not 2 <= len(name) <= _MAX_OWNER_LEN or not _CJK.search(name):
        return None
    if name in lang.OWNER_CUE_ONLY or len(_CJK.findall(_NOT_A_NAME.sub("", name))) < 2:
        return None
    if name.endswith(lang.NEWS_OPENER_ENDINGS):
        return None
    if _PURPOSE_END.search(name):
        return None  # "意见反馈(电话)": what the number is for, not who answers
    if name.startswith(lang.OWNER_FRAGMENT_STARTS) and not (
            name.endswith(lang.BODY_ENDINGS) and name[1:2] not in lang.PLACE_LEVELS):
        return None  # "及联系电", "和市医保局": a piece of a label or a list, never a name ("和平社区" is one)
    if any(ch in name for ch in _SENTENCE_STOPS + common.SEMICOLONS):
        return None
    return lo, hi


def _spaced_name(folded: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Two one-character fields one space apart ("郑 丹"): a personal name spaced out in a list."""
    return (first[1] - first[0] == 1 and second[1] - second[0] == 1 and second[0] - first[1] == 1
            and bool(_CJK.match(folded[first[0]])) and bool(_CJK.match(folded[second[0]]))
            and folded[first[1]] in " \u3000")


def _owner_in_fields(folded: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The owner among the last two space- or colon-separated fields ("太原市民政局 电话:")."""
    fields = [(lo + m.start(), lo + m.end()) for m in _FIELD.finditer(folded[lo:hi])]
    if len(fields) >= 2 and _spaced_name(folded, fields[-2], fields[-1]):
        # "郑 丹13704982003": a two-character name set to the width of three is one field
        fields[-2:] = [(fields[-2][0], fields[-1][1])]
    for idx in range(len(fields) - 1, max(-1, len(fields) - 3), -1):
        f_lo, f_hi = fields[idx]
        if idx > 0:
            key_lo, key_hi = fields[idx - 1]
            if _COLON.search(folded, key_hi, f_lo) and folded[key_lo:key_hi].endswith(lang.NON_OWNER_KEYS):
                return None
        span = _clean_owner(folded, f_lo, f_hi)
        if span:
            return span
    return None


def _contact_named(folded: str, m: re.Match) -> tuple[int, int] | None:
    """The contact a "联系人:…" or "与…联系" match names; none for a pronoun ("与他取得联系")."""
    span = _clean_owner(folded, m.start("owner"), m.end("owner"))
    if span is None or folded.startswith(lang.NOT_CONTACT_STARTS, span[0]):
        return None
    return span


def _bracketed_contact(folded: str, lo: int, start: int, end: int) -> tuple[bool, tuple[int, int] | None]:
    """(whether the number sits in brackets inside a contact clause, the contact it names):
    "请与某某中心值守电话(66001234)联系" -> "某某中心"; "请与他(电话:139…)联系" names nobody."""
    after = _BRACKETED_CONTACT_AFTER.match(folded, end)
    if after is None:
        return False, None
    # the clause's opening must run up to the number: the last match before it, ending there
    before = _last_match(_BRACKETED_CONTACT_BEFORE, folded, lo, start)
    if before is None or before.end() != start:
        return False, None
    return True, _contact_named(folded, before)


def _owner_before(folded: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Who the number reaches, named in folded[lo:hi], the words before it in its sub-clause."""
    for pattern in _CONTACT:
        m = _last_match(pattern, folded, lo, hi)
        if m:
            span = _contact_named(folded, m)
            if span:
                return span
    start = lo
    # "拨打…", "街道公布了…电话", "12393热线或市医保局…": the owner is named after the last of these.
    for pattern in (_CALL_VERB, _ANNOUNCE_VERB, _OWNER_ALTERNATIVE):
        m = _last_match(pattern, folded, lo, hi)
        if m:
            start = max(start, m.end())
    return _owner_in_fields(folded, start, hi)


def _owner_in_previous_subclause(folded: str, sub_lo: int) -> tuple[int, int] | None:
    """'联系人:张三,电话:139…' and '请与刘秀兰联系,电话…': the name sits one sub-clause back, whatever
    the separator (",", ";", "；"); after a full stop only a bare "联系人:张三。" label counts."""
    if sub_lo == 0 or folded[sub_lo - 1] not in lang.CONTACT_SEPARATORS + lang.CONTACT_LABEL_SEPARATORS:
        return None
    prev_lo = _clause_start(folded, sub_lo - 1, lang.SUBCLAUSE_BREAKS)
    if folded[sub_lo - 1] in lang.CONTACT_LABEL_SEPARATORS:
        label = _CONTACT_LINE.fullmatch(folded, prev_lo, sub_lo - 1)
        return _clean_owner(folded, label.start("owner"), label.end("owner")) if label else None
    for pattern in _CONTACT:
        m = _last_match(pattern, folded, prev_lo, sub_lo - 1)
        if m:
            span = _contact_named(folded, m)
            if span:
                return span
    verb = _last_match(_CALL_VERB, folded, prev_lo, sub_lo - 1)
    if verb:
        return _clean_owner(folded, verb.end(), sub_lo - 1)
    return None


def _contact_person_after(folded: str, end: int) -> tuple[int, int] | None:
    """'联系电话:0351-7654321 13803456789 联系人:刘经理': the name printed after the numbers."""
    m = _CONTACT_AFTER.match(folded, end)
    return _clean_owner(folded, m.start("owner"), m.end("owner")) if m else None


def _contact_person_line_above(folded: str, line_start: int) -> tuple[int, int] | None:
    """'联系人:周女士' on the line above '联系电话:…': the person the numbers reach."""
    line = next(_neighbour_lines(folded, line_start, line_start, -1), None)
    if line is None:
        return None
    line_lo = folded.rfind(line, 0, line_start)
    m = _CONTACT_LINE.fullmatch(line)
    if m is None or line_lo < 0:
        return None
    return _clean_owner(folded, line_lo + m.start("owner"), line_lo + m.end("owner"))


def _labelled_unit_above(folded: str, line_start: int) -> tuple[int, int] | None:
    """'实施单位:某某公司' a line or two above '联系电话:…' (label lines between): the unit it reaches."""
    pos = line_start
    for line in islice(_neighbour_lines(folded, line_start, line_start, -1), lang.UNIT_LINE_REACH):
        line_lo = folded.rfind(line, 0, pos)
        if line_lo < 0:
            return None
        pos = line_lo
        m = _UNIT_LINE.fullmatch(line)
        if m is not None:
            if not m.group("owner").endswith(lang.BODY_ENDINGS):
                return None
            return _clean_owner(folded, line_lo + m.start("owner"), line_lo + m.end("owner"))
        if _LABEL_VALUE_LINE.fullmatch(line) is None:
            return None  # prose between: the unit above is not this number's
    return None


def _contact_sentence_above(folded: str, line_start: int) -> tuple[int, int] | None:
    """'如有疑问请与李女士联系。' ending the paragraph above '联系电话:…' (label lines between): the
    contact it names, a person ("李女士", "张建军") or a body ("和平社区居委会")."""
    pos = line_start
    for line in islice(_neighbour_lines(folded, line_start, line_start, -1), lang.UNIT_LINE_REACH):
        line_lo = folded.rfind(line, 0, pos)
        if line_lo < 0:
            return None
        pos = line_lo
        if _LABEL_VALUE_LINE.fullmatch(line) is not None and not _SENTENCE_STOP.search(line.rstrip(" " + common.FULL_STOP + ".")):
            continue  # "地址:和平路8号。" between the sentence and the number
        stops = [m.end() for m in _SENTENCE_STOP.finditer(line.rstrip(" \t"))]
        lo = stops[-lang.CONTACT_SENTENCE_REACH - 1] if len(stops) > lang.CONTACT_SENTENCE_REACH else 0
        found = None
        for pattern in _CONTACT_SENTENCE:
            for m in pattern.finditer(line, lo):
                if found is None or m.start("owner") > found[0]:
                    found = (m.start("owner"), m.end("owner"))
        if found is None:
            return None
        span = _clean_owner(folded, line_lo + found[0], line_lo + found[1])
        if span is None:
            return None
        name = folded[span[0]:span[1]]
        if name.startswith(lang.NOT_CONTACT_STARTS):
            return None  # "请与我们联系", "与本单位联系": the writer, named elsewhere if at all
        if name.endswith(lang.BODY_ENDINGS + lang.NAME_HONORIFICS) or 2 <= len(name) <= 4:
            return span
        return None
    return None


def _bracket_owner_after(folded: str, end: int) -> tuple[int, int] | None:
    """'6612345(县供热办)', '13912345678(王女士)': the body or contact named in brackets right after."""
    m = _BRACKET_AFTER.match(folded, end)
    if m is None:
        return None
    name = m.group("name")
    if _BRACKET_NOISE.search(name) or not name.endswith(lang.BODY_ENDINGS + lang.NAME_HONORIFICS):
        return None
    return _clean_owner(folded, m.start("name"), m.end("name"))


# The most characters _BRACKET_AFTER matches (an owner in brackets after a number), and so the
# farthest two numbers can stand apart and be joined: an owner in brackets and a joiner of up to four.
_BRACKET_AFTER_MAX = match_widths(_BRACKET_AFTER)[1]
_JOIN_REACH = _BRACKET_AFTER_MAX + 4


def _is_joined(folded: str, prev_end: int, start: int) -> bool:
    if start - prev_end > _JOIN_REACH:
        return False  # (what a bracket leaves is longer than a joiner; not copied: numbers lie pages apart)
    between = folded[prev_end:start]
    bracket = _BRACKET_AFTER.match(between)
    if bracket is not None:  # "6612345(县供热办)、6623456(县城管局)": the list goes on after the owner
        between = between[bracket.end():]
    if not 0 < len(between) <= 4 or "\n" in between:
        return False
    core = between.strip(" ")
    return core == "" or core in lang.NUMBER_JOINERS


def _dialable_run_pattern() -> re.Pattern:
    """Seven digits of one digit run, as printed: before folding, any character that folds to a
    digit is a digit, and up to three characters that fold to a space or a hyphen join two groups."""
    folds = {k: _fold(k) for k in (*lang.CHAR_FOLDS, *zh_traditional.TRADITIONAL_TO_SIMPLIFIED) if len(k) == 1}
    digits = "".join(k for k, v in folds.items() if v.isdigit())
    joins = "".join(sorted({" ", "-"} | {k for k, v in folds.items() if v in (" ", "-")}))
    digit = rf"[\d{re.escape(digits)}]"
    return re.compile(rf"{digit}(?:[{re.escape(joins)}]{{0,3}}{digit}){{6}}")


# Every number find_phones gives an E.164 form is a stretch of one digit run with at least seven
# digits in its groups (a local number has 7, a mobile 11, a "400" number 10; an area code or a
# country code only adds to them), and a run's groups are joined by one space or hyphen or " - ".
# Service numbers, the only shorter ones, have none. Dates ("2024年12月1日") and times hold no such run.
_DIALABLE_RUN = _dialable_run_pattern()


def may_hold_dialable(text: str, start: int = 0, end: int | None = None) -> bool:
    """False when ``find_phones(text[start:end], …)`` finds no number with an E.164 form (a
    necessary condition, read without folding the text): callers that keep only such numbers
    need not scan a text without."""
    return _DIALABLE_RUN.search(text, start, len(text) if end is None else end) is not None


def find_phones(text: str, ctx: IssueContext, *, offset: int = 0) -> list[PhoneMention]:
    """Every telephone number mentioned in ``text``, in order; ``offset`` is added to positions."""
    folded = _fold(text)
    mentions: list[PhoneMention] = []
    prev: _Previous | None = None  # the last number kept, with its owner (a joined number shares it)
    for cand, verdict, resolved in _numbers(folded, _normal_area_code(ctx.area_code)):
        mention, prev = _mention(text, folded, cand, verdict, resolved, prev, _called(folded, cand), offset)
        mentions.append(mention)
    return mentions


def _called(folded: str, cand: _Candidate) -> bool:
    """Whether the number is printed after a call verb ("拨打…", "拨打“12345”")."""
    start = cand.start
    return _called_from_before(folded, start - 1 if start and folded[start - 1] in lang.QUOTE_OPENERS else start)


def _mention(
    text: str, folded: str, cand: _Candidate, verdict: tuple, resolved: _Resolved, prev: _Previous | None,
    called: bool, offset: int,
) -> tuple[PhoneMention, _Previous]:
    """The mention of an accepted number, its owner found, and what the number after it reads of it."""
    owner_span, evidence_start, owner_parts = _owned(folded, cand, prev, verdict)
    named_after = _bracket_owner_after(folded, cand.end)
    if named_after is not None:  # the owner printed in brackets after the number is its own
        owner_span, owner_parts = named_after, ()
    owner_span, owner_parts = _without_pronoun(folded, owner_span, owner_parts)
    owner_span, owner_parts = _refined_owner(folded, resolved.kind, owner_span, owner_parts)
    evidence_end = max(cand.end, owner_span[1]) if owner_span else cand.end
    if named_after is not None:
        evidence_end += 1  # the closing bracket
    evidence_start = min([evidence_start] + ([owner_span[0]] if owner_span else []) + [a for a, _ in owner_parts])
    mention = _new_mention(
        resolved.phone_id,
        text[cand.start:cand.end],
        resolved.kind,
        resolved.e164,
        resolved.area_code,
        resolved.region,
        resolved.valid,
        _owner_text(text, owner_span, owner_parts),
        cand.extension,
        offset + cand.start,
        offset + cand.end,
        text[evidence_start:evidence_end],
        offset + evidence_start,
        offset + evidence_end,
        called,
    )
    prev = _new_previous(
        cand.end, resolved.kind, owner_span, owner_parts, evidence_start,
        resolved.area_code if resolved.kind == "landline" else None,
    )
    return mention, prev


@dataclass(frozen=True)
class _Unread:
    """A number whose mention was not made (no record could take it), standing in as the number before
    the next: :func:`_owned` reads only its end, unless the next is joined to it and shares its owner,
    and then :func:`_read` makes it as :func:`find_phones` would have."""

    end: int
    cand: _Candidate
    verdict: tuple
    resolved: _Resolved
    prev: "_Previous | _Unread | None"


def _read(text: str, folded: str, prev: "_Previous | _Unread | None") -> _Previous | None:
    """``prev`` as find_phones makes it: an unread number's owner found (and so on back, while each
    was joined to the one before it)."""
    if not isinstance(prev, _Unread):
        return prev
    before = _read(text, folded, prev.prev) if prev.verdict[0] else prev.prev
    return _mention(text, folded, prev.cand, prev.verdict, prev.resolved, before, False, 0)[1]


def dialable_numbers(text: str, ctx: IssueContext) -> list[str]:
    """``[m.e164 for m in find_phones(text, ctx) if m.e164]``, read without the owners: whether a
    number is kept, its E.164 form and what the numbers after it inherit from it (its end, kind and
    area code) never depend on who owns it, so the owner's search (a third of a scan) is skipped."""
    return dialable_numbers_in_area(text, ctx.area_code)


def dialable_numbers_in_area(text: str, area_code: str | None) -> list[str]:
    """:func:`dialable_numbers` for an issue whose area code is ``area_code`` (the only part of the
    issue's context the numbers read)."""
    return [resolved.e164 for _, _, resolved in _numbers(_fold(text), _normal_area_code(area_code)) if resolved.e164]


def _numbers(folded: str, home_area: str | None) -> Iterator[tuple[_Candidate, tuple, _Resolved]]:
    """Each candidate that is a number, in order, with :func:`_verdict`'s answer and its reading.
    Whether one is kept reads only the end, kind and area code of the number kept before it, never
    who owns it: callers find owners (or not) apart, from the verdict."""
    prev: _Previous | None = None
    for cand in _candidates(folded):
        verdict = _verdict(folded, cand, prev)
        if verdict is None:
            continue
        inherited_area = verdict[1]  # a local number joined to a landline takes its area code
        resolved = _resolve(cand, inherited_area or home_area)
        if not _kept(folded, cand, resolved, inherited_area, prev):
            continue
        yield cand, verdict, resolved
        prev = _new_previous(cand.end, resolved.kind, None, (), cand.start,
                             resolved.area_code if resolved.kind == "landline" else None)


def _kept(folded: str, cand: _Candidate, resolved: _Resolved, inherited_area: str | None, prev: _Previous | None) -> bool:
    """Whether an accepted candidate is a number: one phonenumbers reads (a local number of an
    unknown area aside), and a local one it does not vouch for only when something else does."""
    unknown_area = cand.shape == "local" and resolved.phone_id.startswith("local:")
    if resolved.kind != "service" and not unknown_area and (resolved.e164 is None or (cand.intl and not resolved.valid)):
        return False  # phonenumbers cannot read it as a Chinese number at all
    if cand.shape != "local" or resolved.valid or inherited_area:
        return True
    listed = prev is not None and prev.kind == "landline" and _is_joined(folded, prev.end, cand.start)
    # ("报名电话:5550001、5550002": the second shares the cue that vouched for the first)
    return listed or _strong_local_cue(folded, cand)


def _strong_local_cue(folded: str, cand: _Candidate) -> bool:
    """A cue directly before a local number ("热线:66668888") vouches for it even if phonenumbers does not."""
    cue = _nearest_cue(folded, cand.start)
    if not cue or not cue.group("pos"):
        return False
    return _ADJACENT_GAP.fullmatch(folded[cue.end():cand.start]) is not None


# What _verdict found out about an accepted candidate, for _owned: whether it is joined to the
# number before (and shares its owner), the area code it inherits, the nearest cue, and the list
# label, labelled run and service name read to accept it (_UNREAD when acceptance did not need one).
_UNREAD = object()


def _verdict(folded: str, cand: _Candidate, prev: _Previous | None) -> tuple | None:
    """None when the candidate is no phone; else (joined, inherited area code, cue, label, run,
    service name's end), what :func:`_owned` needs to find its owner. Nothing here reads who owns
    the number before it (only its end, kind and area code)."""
    start, end = cand.start, cand.end
    if start > 0 and folded[start - 1] == lang.ORDINAL_PREFIX:
        return None
    if prev is not None and _is_joined(folded, prev.end, start) and cand.shape != "area_service":
        # "0351-2366977、2366978", "拨打110、119": the second shares the first's cue, owner, area
        if (cand.shape == "service") == (prev.kind == "service") and not _followed_by_unit(folded, end):
            inherited_area = prev.area_code if cand.shape == "local" else None
            return True, inherited_area, None, None, None, None

    if _followed_by_unit(folded, end):
        return None
    cue = _nearest_cue(folded, start)
    positive = cue is not None and cue.group("pos") is not None
    gap = folded[cue.end():start] if cue else ""

    if cand.shape in ("service", "area_service"):
        service_name_end = _service_name_after(folded, end)
        label = _list_label(folded, cand) or _table_label(folded, cand)
        run = _labelled_run(folded, start, end)
        ok = (
            service_name_end is not None
            or (_COUNTED.match(folded, end) is not None and _SERVICE_NAME.match(folded, end) is not None)
            or _SERVICE_ACTION.match(folded, end) is not None
            or (positive and cue.group() in lang.SERVICE_CUES and _ADJACENT_GAP.fullmatch(gap) is not None)
            or _called_from_before(folded, start)
            or (label is not None and _in_hotline_list(folded, cand, label))
            or run is not None  # an item of a run of labelled numbers ("市电力局:95598;…")
        )
        if not ok:
            return None
        return False, None, cue, label, run, service_name_end
    # a one-character count word (计, 约, 达…) vetoes only the number it stands right before:
    # "据统计,…4005550123这部专线" is no count, "共计 12345678" is
    negative = cue is not None and cue.group("neg") is not None and (
        len(cue.group()) > 1 or _ADJACENT_GAP.fullmatch(gap) is not None
    )
    if cand.shape == "local":
        label = _list_label(folded, cand) or _table_label(folded, cand)
        run = _labelled_run(folded, start, end)
        near_cue = positive and cue.group() not in lang.WEAK_PHONE_CUES and (
            _ADJACENT_GAP.fullmatch(gap) is not None
            or (_CALL_VERB.fullmatch(cue.group()) is not None and _SHORT_NAME_GAP.fullmatch(gap) is not None)
        )
        in_list = label is not None and not negative and (
            _table_label(folded, cand) == label or _in_hotline_list(folded, cand, label)
        )
        if not (near_cue or in_list or run is not None):
            return None
        return False, None, cue, label, run, None
    # mobile, landline, national: the shape speaks, only the words can veto
    if negative:
        return None
    if not positive and not _valid_shape(cand):
        return None
    return False, None, cue, _UNREAD, _UNREAD, None


def _owned(
    folded: str, cand: _Candidate, prev: _Previous | None, verdict: tuple
) -> tuple[tuple[int, int] | None, int, tuple[tuple[int, int], ...]]:
    """(owner span, evidence start, printed parts of the owner) of a candidate :func:`_verdict`
    accepted; ``prev`` is the number kept before it, with its owner."""
    joined, _, cue, label, run, service_name_end = verdict
    if joined:
        return prev.owner_span, prev.evidence_start, prev.owner_parts
    start, end = cand.start, cand.end
    if label is _UNREAD:
        label = _list_label(folded, cand) or _table_label(folded, cand)
        run = _labelled_run(folded, start, end)
    if service_name_end is not None:
        quoted_start = start - 1 if start > 0 and folded[start - 1] in lang.QUOTE_OPENERS else start
        name_start = _body_glued_before(folded, quoted_start)
        if name_start == quoted_start:
            name_start = _place_glued_before(folded, quoted_start)
        return (name_start, service_name_end), name_start, ()
    sub_lo = _clause_start(folded, start, lang.SUBCLAUSE_BREAKS)
    if prev is not None and prev.end > sub_lo:
        sub_lo = prev.end  # words before an earlier number in the sub-clause belong to it
    while sub_lo < start and folded[sub_lo] in " \t" + common.LIST_COMMA + common.COMMAS + "/":
        sub_lo += 1

    if run is not None:
        window_lo = start - len(run.string)  # the run was read from the window ending at the number
        label_lo, label_hi = window_lo + run.start("label"), window_lo + run.end("label")
        # Inline ("举报电话:A:n;B:n") each item is its label's line of that kind: the owner takes the
        # noun, and the evidence runs from it. Under a heading line ("咨询电话:" / "A:n" / "B:n")
        # each item is a directory entry: the label alone is the owner.
        heading = "\n" in run.string[run.end("cue"):run.end("cue") + 3] or run.group("lead") not in _COLONS
        if heading:
            return _clean_owner(folded, label_lo, label_hi), label_lo, ()
        cue = (window_lo + run.start("cue"), window_lo + run.end("cue"))
        return (label_lo, label_hi), cue[0], ((label_lo, label_hi), cue)
    published = _published_owner(folded, sub_lo, start)
    if published is not None:
        return published[0], min(sub_lo, published[0][0]), published[1]
    if label is not None:
        line_lo = _line_bounds(folded, start)[0]
        owner = (_owner_before(folded, *label) or _contact_person_line_above(folded, line_lo)
                 or _labelled_unit_above(folded, line_lo) or _body_line_above(folded, line_lo)
                 or _contact_sentence_above(folded, line_lo) or _announced_line(folded, start)
                 or _body_heading_above(folded, line_lo))
        return owner, label[0], _publisher_parts(folded, owner)
    in_contact, contact = _bracketed_contact(folded, sub_lo, start, end)
    if in_contact:
        return contact, sub_lo, _publisher_parts(folded, contact)
    owner = _owner_before(folded, sub_lo, start)
    if owner is None:
        owner = _owner_in_previous_subclause(folded, sub_lo)
        if owner is not None:
            sub_lo = _clause_start(folded, owner[0], lang.SUBCLAUSE_BREAKS)
    if owner is None:
        owner = _contact_person_after(folded, end)
    if owner is None and sub_lo == _line_bounds(folded, start)[0]:
        owner = (_contact_person_line_above(folded, sub_lo) or _labelled_unit_above(folded, sub_lo)
                 or _body_line_above(folded, sub_lo) or _contact_sentence_above(folded, sub_lo)
                 or _announced_line(folded, start) or _body_heading_above(folded, sub_lo))
    if owner is None:  # every number of a line of numbers alone, after a separator too
        owner = _body_label_line_above(folded, _line_bounds(folded, start)[0])
    if owner is None:
        owner = _body_before_bracket(folded, start) or _placed_body_before(folded, sub_lo)
    if owner is None:
        owner = _heading_over_items(folded, sub_lo)
    evidence_start = sub_lo
    if start - sub_lo > 25:
        anchors = [start]
        if owner and owner[0] >= sub_lo:
            anchors.append(owner[0])
        if cue and cue.start() >= sub_lo:
            anchors.append(cue.start())
        evidence_start = min(anchors)
    return owner, evidence_start, _publisher_parts(folded, owner)


def _called_from_before(folded: str, start: int) -> bool:
    """'拨打当地12345': a call verb a few words before a short number, nothing else between."""
    lo = max(0, start - _MAX_SERVICE_GAP - 2)
    verb = _last_match(_SERVICE_CALL_VERB, folded, lo, start)
    return verb is not None and _SERVICE_GAP.fullmatch(folded, verb.end(), start) is not None


def _valid_shape(cand: _Candidate) -> bool:
    if cand.shape in ("service", "area_service", "local"):
        return True
    return _parse(cand.digits)[1]


def extract(issue: Issue) -> list[PhoneNumber]:
    """One record per distinct number in the issue: its first mention that asks readers to call it and
    names an owner ("拨打12345市长公开电话热线"), else its first that names an owner, else its first.
    (A number inside a body's name, "长春市12345市长公开电话办公室", is not printed to be called.)

    The mentions are those of :func:`find_phones`, but a mention no record can take (its number's
    record already names an owner, and is called or this one is not) is not made: its owner, the
    costliest part of a mention, is read only if the next number is joined to it and shares it."""
    text = issue.text
    folded = _fold(text)
    chosen: dict[str, PhoneMention] = {}
    order: list[str] = []
    prev: _Previous | _Unread | None = None
    for cand, verdict, resolved in _numbers(folded, _normal_area_code(issue.ctx.area_code)):
        called = _called(folded, cand)
        held = chosen.get(resolved.phone_id)
        if held is not None and held.owner is not None and (held.called or not called):
            prev = _Unread(cand.end, cand, verdict, resolved, prev)
            continue
        if verdict[0]:  # joined: it shares the owner of the number before it
            prev = _read(text, folded, prev)
        mention, prev = _mention(text, folded, cand, verdict, resolved, prev, called, 0)
        _choose_mention(chosen, order, mention)
    article_seq = _article_seq_finder(issue)
    return [_record(chosen[pid], article_seq) for pid in order]


def _choose_mention(chosen: dict[str, PhoneMention], order: list[str], mention: PhoneMention) -> None:
    """Keep ``mention`` as its number's record if it is the first one met (``order`` then takes the
    number), or if it names an owner where the kept one names none, or is called where the kept one,
    naming an owner too, is not."""
    held = chosen.get(mention.phone_id)
    if held is None:
        chosen[mention.phone_id] = mention
        order.append(mention.phone_id)
    elif mention.owner is not None and (held.owner is None or (mention.called and not held.called)):
        chosen[mention.phone_id] = mention


def _article_seq(issue: Issue, pos: int) -> int | None:
    for article in issue.articles:
        if article.char_start <= pos < article.char_end:
            return article.seq
    return None


def _article_seq_finder(issue: Issue) -> Callable[[int], int | None]:
    """:func:`_article_seq` for one issue's positions: bisected when its articles are in text order and
    do not overlap (as the segmenter and the markup give them; one holds a position at most), so
    that an issue's numbers are not each compared with every article; looked up one by one otherwise."""
    articles = issue.articles
    if not all(a.char_start <= a.char_end <= b.char_start for a, b in zip(articles, articles[1:])):
        return lambda pos: _article_seq(issue, pos)
    starts = [a.char_start for a in articles]

    def seq(pos: int) -> int | None:
        i = bisect_right(starts, pos) - 1
        return articles[i].seq if i >= 0 and pos < articles[i].char_end else None

    return seq


def _record(m: PhoneMention, article_seq: Callable[[int], int | None]) -> PhoneNumber:
    return PhoneNumber(
        event_id=m.phone_id,
        article_seq=article_seq(m.char_start),
        evidence=m.evidence,
        char_start=m.evidence_start,
        char_end=m.evidence_end,
        phone_id=m.phone_id,
        raw=m.raw,
        e164=m.e164,
        kind=m.kind,
        area_code=m.area_code,
        region=m.region,
        owner=m.owner,
        valid=m.valid,
    )


# --- owners named in part: a span of time before them, a deictic short form, a purpose only ------

_EMERGENCY_PURPOSE_ONLY = re.compile(  # "火警", "急救电话", "110报警电话": the number's own digits may lead
    rf"(?:[{lang.NUMBER_QUOTE_OPENERS}]?\d{{3,6}}[{lang.NUMBER_QUOTE_CLOSERS}]?)?(?:{_alternation(lang.EMERGENCY_PURPOSE_WORDS)})+(?:{_alternation(lang.LINE_NOUNS)})?"
)
_TIME_SPAN_LEAD = re.compile(
    rf"[\u4e00-\u9fff]{{1,{lang.TIME_SPAN_MAX}}}?(?P<ending>{_alternation(lang.TIME_SPAN_ENDINGS)})"
    rf"(?!{_alternation(lang.PLACE_NAME_CONTINUATIONS)})"
)
_STATIONED_DEICTIC = re.compile(lang.STATIONED_DEICTIC)
# Where a body's name read backwards starts: after a verb or particle, or after a 和/及 that joins a
# second body of a list ("某局和市某局"); a 和 inside a name stays ("住房和城乡建设局").
_NAME_OPENER = re.compile(
    rf"(?:{_alternation(lang.BRACKET_OWNER_OPENERS + lang.CALL_VERBS + lang.GLUE_WORDS)})"
    rf"|(?:{'|'.join(lang.LIST_CONJUNCTIONS)})(?=[{''.join(lang.PLACE_LEVELS)}])"
)
_CALL_VERB_IN_OWNER = re.compile(_alternation(lang.CALL_VERBS_IN_OWNER))
_ACTION_AFTER_BODY = re.compile(rf"(?:{_alternation(lang.CALLER_ACTIONS)})$")
_CALLER_ACTIONS_ONLY = re.compile(rf"(?:{_alternation(lang.CALLER_ACTIONS)})+")
_ACTION_AFTER_LINE = re.compile(
    rf"(?:{_alternation(lang.LINE_NOUNS)})(?P<action>(?:{_alternation(lang.CALLER_ACTIONS)})[\u4e00-\u9fff]*)$"
)


def _refined_owner(
    folded: str, kind: PhoneKind, span: tuple[int, int] | None, parts: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int] | None, tuple[tuple[int, int], ...]]:
    """An owner found around the number, made a name: a leading span of time dropped ("春运期间投诉
    热线" -> the line), a short form the writer uses for a body named earlier ("我局", "本中心",
    "驻我市督导组") replaced by that name, and a service number's purpose ("火警") no owner at all."""
    if span is None or parts:
        return span, parts
    span, parts = _without_time_span(folded, span)
    if parts:
        return span, parts  # "某局" + "投诉热线" around "春节期间": a body named in full
    if span is not None:
        span = _without_caller_action(folded, span)
    if span is None:
        return None, ()
    if kind == "service" and _EMERGENCY_PURPOSE_ONLY.fullmatch(folded, span[0], span[1]):
        return None, ()  # "拨打火警电话119": what the number is for, not who answers it
    return _deictic_with_unit(folded, span)


def _without_caller_action(folded: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """'报修' is no owner; '市民热线反映情况' is '市民热线', '某公司报修' the company; '我们的热线' is
    nobody (a notice's signer is linked in later)."""
    lo, hi = span
    if (folded.startswith(lang.WRITER_READER_STARTS + lang.POINTING_ELSEWHERE_STARTS, lo)
            or folded[lo:hi] in lang.GENERIC_BODY_NOUNS or _CALL_VERB_IN_OWNER.search(folded, lo, hi)
            or _CALLER_ACTIONS_ONLY.fullmatch(folded, lo, hi)):
        return None  # "以下(电话)", "上述", "部门", "情况可拨打": no name, a piece of the sentence
    after_line = _ACTION_AFTER_LINE.search(folded, lo, hi)
    if after_line is not None and not after_line.group("action").endswith(lang.BODY_ENDINGS):
        return _clean_owner(folded, lo, after_line.start("action"))
    action = _ACTION_AFTER_BODY.search(folded, lo, hi)
    body = folded[lo:action.start()] if action is not None else ""
    if len(body) >= 3 and body.endswith(lang.BODY_ENDINGS) and body not in lang.BODY_ENDINGS:
        return _clean_owner(folded, lo, action.start())  # "某供水公司报修(电话)": the company
    return span


def _without_time_span(
    folded: str, span: tuple[int, int]
) -> tuple[tuple[int, int] | None, tuple[tuple[int, int], ...]]:
    """'春运期间投诉热线' -> '投诉热线' (then nothing: a line noun alone is no owner); after a body,
    '某局春节期间投诉热线' -> '某局' + '投诉热线' ('某局' alone when the rest is cue words)."""
    lead = _TIME_SPAN_LEAD.search(folded, span[0], span[1])
    if lead is None:
        return span, ()
    words = folded[span[0]:lead.start("ending")]
    body_end = next((i for i in range(len(words) - 2, 2, -1) if words[:i].endswith(lang.BODY_ENDINGS)), None)
    if body_end is None:
        if lead.start() != span[0] or lead.end() >= span[1]:
            return span, ()
        return _clean_owner(folded, lead.end(), span[1]), ()
    body = (span[0], span[0] + body_end)
    rest = _clean_owner(folded, lead.end(), span[1]) if lead.end() < span[1] else None
    if rest is None:
        return body, ()
    return (body[0], rest[1]), (body, rest)


def _deictic_with_unit(
    folded: str, span: tuple[int, int]
) -> tuple[tuple[int, int] | None, tuple[tuple[int, int], ...]]:
    """'我局' -> the bureau named before; '我局办公室' -> that bureau + '办公室' (as the text prints
    them); with no such body before, the short form as printed."""
    lo, hi = span
    if not folded.startswith(lang.SELF_DEICTIC_STARTS, lo) or _STATIONED_DEICTIC.match(folded, lo, hi):
        return _deictic_expanded(folded, span), ()
    for n in range(min(4, hi - lo - 1), 0, -1):
        head = folded[lo + 1:lo + 1 + n]
        if head in lang.BODY_ENDINGS and head not in lang.NOT_DEICTIC_BODIES:
            break
    else:
        return span, ()
    head_hi = lo + 1 + n
    if head_hi == hi:
        return _deictic_expanded(folded, span), ()
    unit = _clean_owner(folded, head_hi, hi)
    full = _full_name_before(folded, lo, head)
    if unit is None or full is None:
        return span, ()
    return (full[0], unit[1]), (full, unit)


def _deictic_expanded(folded: str, span: tuple[int, int]) -> tuple[int, int]:
    """'我局', '本中心', '驻我市督导组': the body of that kind named before, else the short form."""
    lo, hi = span
    stationed = _STATIONED_DEICTIC.match(folded, lo, hi)
    if stationed is not None:
        tail = folded[stationed.end():hi]
        if not (2 <= len(tail) <= 8 and tail.endswith(lang.BODY_ENDINGS)):
            return span
    elif folded.startswith(lang.SELF_DEICTIC_STARTS, lo):
        tail = folded[lo + 1:hi]
        if tail not in lang.BODY_ENDINGS or tail in lang.NOT_DEICTIC_BODIES:
            return span
    else:
        return span
    return _full_name_before(folded, lo, tail) or span


def _full_name_before(folded: str, pos: int, tail: str) -> tuple[int, int] | None:
    """The last name ending in ``tail`` printed before ``pos`` that is more than a short form of it."""
    floor = max(0, pos - lang.DEICTIC_REACH)
    end = folded.rfind(tail, floor, pos)
    while end >= 0:
        stop = end + len(tail)
        start = end
        while (start > floor and _NAME_CHAR.match(folded[start - 1]) and folded[start - 1] not in lang.NAME_STOPS
               and stop - start < _MAX_OWNER_LEN):
            start -= 1
        opener = _last_match(_NAME_OPENER, folded, start, end)
        if opener is not None:
            start = opener.end()
        name = folded[start:stop]
        deictic = (name.startswith(lang.SELF_DEICTIC_STARTS + (lang.POINTING_WORD,))
                   or _STATIONED_DEICTIC.search(name) is not None)
        if (len(name) >= len(tail) + 2 and not deictic
                and not any(name.endswith(w) for w in lang.NOT_BODY_COMPOUNDS)):
            found = _clean_owner(folded, start, stop)
            if found is not None:
                return found
        end = folded.rfind(tail, floor, end)
    return None


# --- "某局公布的投诉电话为:…": the body publishing a line in a relative clause -----------------

_PUBLISHED_BY = re.compile(
    rf"(?:(?:{_alternation(lang.PUBLISHED_BY_VERBS)}){common.ATTRIBUTIVE}|(?:{_alternation(lang.OPENED_BY_VERBS)})"
    rf"{common.PERFECTIVE}?)(?P<line>[\u4e00-\u9fff{_BRACKETS}0-9]{{2,24}}?)"
    rf"[\s{_COLONS}{lang.COPULAS}]*(?:[{common.OPEN_BRACKETS}][^{_BRACKETS}]{{0,6}}[{common.CLOSE_BRACKETS}])?"
    rf"[\s{_COLONS}{lang.COPULAS}]*$"
)


def _published_owner(
    folded: str, lo: int, hi: int
) -> tuple[tuple[int, int], tuple[tuple[int, int], ...]] | None:
    """'某局公布的春节市场监督电话(号码)为:' right before a number: the body and its line ("某局" +
    "春节市场监督电话"), or the body alone when the line is only cue words ("投诉举报电话")."""
    m = _PUBLISHED_BY.search(folded, lo, hi)
    if m is None or not m.group("line").endswith(lang.LINE_NOUNS):
        return None
    verb_lo = m.start()
    start = verb_lo
    while start > lo and _NAME_CHAR.match(folded[start - 1]) and folded[start - 1] not in lang.NAME_STOPS \
            and verb_lo - start < _MAX_OWNER_LEN:
        start -= 1
    opener = _last_match(_NAME_OPENER, folded, start, verb_lo)
    if opener is not None:
        start = opener.end()
    body = _clean_owner(folded, start, verb_lo)
    if body is None or not folded[body[0]:body[1]].endswith(lang.BODY_ENDINGS):
        return None
    body = _without_pronoun(folded, body, ())[0]  # "该中心开通的…": the centre named before
    if body is None:
        return None
    body = _deictic_expanded(folded, body)
    line = (m.start("line"), m.end("line"))
    if len(_CJK.findall(_NOT_A_NAME.sub("", folded[line[0]:line[1]]))) < 2:
        return body, ()  # "投诉举报电话": cue words, the body's line of that kind is the body's
    return (body[0], line[1]), (body, line)


# --- a body heading a block of numbers -------------------------------------------------------------

_HEADING = re.compile(
    rf"[\s\-*•·|#]*{lang.HEADING_ENUMERATION}\s*[{common.LENTICULAR_BRACKETS[0]}\[]?(?P<name>{_NAME_CHARS}{{3,24}})"
    rf"[{common.LENTICULAR_BRACKETS[1]}\]]?[\s{_COLONS}]*"
)
_NOT_IN_A_BODY_LINE = re.compile(_alternation(lang.NOT_IN_A_BODY_LINE))


# "服务热线:…;咨询电话:" before a number on its line: items of a block, whatever separates them.
_LABELLED_ITEMS = re.compile(rf"(?:\s*[\u4e00-\u9fff]{{2,10}}\s*[{_COLONS}]?\s*{_NUMS}\s*[{_ITEM_SEPARATORS}]?\s*)+")
_LABELLED_ITEM = re.compile(rf"\s*(?P<label>[\u4e00-\u9fff]{{2,10}})\s*[{_COLONS}]?\s*{_NUMS}\s*[{_ITEM_SEPARATORS}]?\s*")


def _heading_over_items(folded: str, sub_lo: int) -> tuple[int, int] | None:
    """The body heading a line of several cue-labelled numbers ("服务热线:…;咨询电话:…"), for an
    item after the first; an item labelled with a body ("区中医院:…") is that body's, and so on."""
    line_lo = _line_bounds(folded, sub_lo)[0]
    if line_lo >= sub_lo or _LABELLED_ITEMS.fullmatch(folded, line_lo, sub_lo) is None:
        return None
    for item in _LABELLED_ITEM.finditer(folded, line_lo, sub_lo):
        if _clean_owner(folded, item.start("label"), item.end("label")) is not None:
            return None
    return _body_heading_above(folded, line_lo)


def _is_body_name(name: str) -> bool:
    """A line that names a body and nothing else: no verb or preposition inside ("前往某中心")."""
    return (name.endswith(lang.BODY_ENDINGS) and _NOT_IN_A_BODY_LINE.search(name) is None
            and name not in lang.OWNER_CUE_ONLY and not name.startswith(lang.NOT_ONE_BODY_STARTS))


def _body_heading_above(folded: str, line_start: int) -> tuple[int, int] | None:
    """'某区市场监督管理局' over '服务热线:…' / '咨询电话:…' lines: the body heading the block."""
    pos = line_start
    for line in islice(_neighbour_lines(folded, line_start, line_start, -1), lang.HEADING_BLOCK_REACH + 1):
        line_lo = folded.rfind(line, 0, pos)
        if line_lo < 0:
            return None
        pos = line_lo
        if _CONTACT_LINE.fullmatch(line) is not None:
            return None  # "联系人:王先生" nearer than the heading reaches the number first
        if _LABEL_VALUE_LINE.fullmatch(line) is not None or _LIST_LINE.match(line) is not None:
            continue
        m = _HEADING.fullmatch(line)
        if m is None or not _is_body_name(m.group("name")):
            return None  # prose, a date, a headline: the block has no body heading it
        return _clean_owner(folded, line_lo + m.start("name"), line_lo + m.end("name"))
    return None
