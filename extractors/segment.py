"""Split a decoded issue into articles, captions, jump lines, notices and classifieds.

Pure line logic, no tokenizer. Each non-empty line is a paragraph; markdown heading marks and bold
marks are dropped from what the reader sees, but every body character keeps its offset in the
issue text (``Article.body_offsets``). The layout rules, in short:

* a headline is a run of short lines without sentence-final punctuation, followed by an optional
  subtitle ("——…") or byline and then body paragraphs;
* "本报讯", a subtitle or a byline under a headline always opens a new report;
* an article is closed by its closing byline ("(张波)", "记者 王勇"), a caption, a jump line, a
  drawn rule or a column label; on pages that close articles with bylines, a headline inside an
  article still open is a subhead and stays in the body (markdown: a deeper heading level);
* list lines are body, never headlines: enumerated lines ("一、", "1.", "(一)", "①"), and "label:value"
  or hotline lines ("男兵:2023年12月1日至…", "燃气抢修 66668888") when a field label, a bare value,
  a line ending in a colon above them or a run of them says so; each is a paragraph of its own.
  Between one story's end and the next headline, "访谈：…" is a kicker, and it is not taken as the
  title;
* a paragraph the page layout broke mid-sentence is glued to the next one ("…推动太" + "忻大道…"),
  and an article cut off mid-word by a caption or another story is taken up again where an
  untitled paragraph carries on its sentence;
* captions (text + "刘堂摄"), jump lines, notices (启事/通告…), one-line classifieds under
  "遗失声明" and masthead lines are items of their own kind;
* text hard-wrapped at a fixed width (many lines of one length) is read across the cuts.

Vocabulary (bylines, column names, notice words) lives in ``lang/zh_layout.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate

from . import frozen
from .lang import zh_common as common
from .lang import zh_layout as L
from .patterns import spans_between
from .records import Article, ArticleKind, OffsetMap

_STRIP = " \t\r\f\v\u3000\u00a0\u2002\u2003\u200b\ufeff"
_NO_OFFSETS = OffsetMap()
_SPACES = re.compile(r"[\s\u3000]+")

class _EndAnchored:
    """A pattern anchored at the end of the text (``…$``), searched only when the text's last
    character could end a match: a regular-expression search tries every position of the
    paragraph, and most paragraphs end in "。", which ends no byline, credit or jump mark.

    The characters that may end a match are read from the pattern itself, so the vocabulary in
    ``lang/zh_layout.py`` can change freely; a pattern that cannot be read so is always searched.
    Any pattern is also left unsearched in a text that lacks one set of the texts its matches hold
    (``_needed_texts``), which is all the gate there is for a pattern not anchored at the end.
    """

    __slots__ = ("pattern", "_chars", "_ranges", "_seen", "_needed")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self._chars: frozenset[str] | None = None
        self._ranges: tuple[tuple[int, int], ...] = ()
        self._seen: dict[str, bool] = {}  # could_end, per character met so far
        last = _last_characters(pattern)
        if last is not None:
            chars, self._ranges = last
            self._chars = frozenset(chars)
        # Texts of which every match holds one (each tuple): a paragraph that holds none of one is
        # not searched. A substring test runs in C; the search tries every position of the paragraph.
        self._needed = _needed_texts(pattern)

    def could_end(self, char: str) -> bool:
        """A match may end with ``char`` (always True for a pattern that could not be read)."""
        if self._chars is None:
            return True
        known = self._seen.get(char)
        if known is None:
            code = ord(char)
            known = self._seen[char] = char in self._chars or any(lo <= code <= hi for lo, hi in self._ranges)
        return known

    def search(self, text: str) -> re.Match | None:
        if self._chars is not None:
            if not text:
                return None  # the pattern matches no empty text
            # "$" matches at the end and before a final line break.
            last = text[-1]
            known = self._seen.get(last)  # could_end's answer, without the call when known
            if known is None:
                known = self.could_end(last)
            if not known and not (last == "\n" and len(text) > 1 and self.could_end(text[-2])):
                return None
        for texts in self._needed:
            for needed in texts:
                if needed in text:
                    break
            else:
                return None
        return self.pattern.search(text)


def _needed_texts(pattern: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """Sets of texts such that every match of ``pattern`` holds at least one text of each set: the
    literal runs, literal sets and alternations of literals every match must pass through (those
    in optional or lookaround parts are left out). Empty when none can be read."""
    import re._constants as C
    import re._parser as P

    try:
        parsed = P.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return ()
    if parsed.state.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return ()

    def required(items) -> list[tuple[str, ...]]:
        """Sets every match of the sequence ``items`` holds one text of."""
        out: list[tuple[str, ...]] = []
        run = ""
        for op, av in list(items) + [(None, None)]:
            if op is C.LITERAL:
                run += chr(av)
                continue
            if run:
                out.append((run,))
                run = ""
            if op is C.IN:
                if all(kind is C.LITERAL for kind, _ in av):
                    out.append(tuple(chr(value) for _, value in av))
            elif op is C.SUBPATTERN:
                if not av[1] & re.IGNORECASE:
                    out.extend(required(av[-1]))
            elif op is C.ATOMIC_GROUP:
                out.extend(required(av))
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                if av[0] >= 1:
                    out.extend(required(av[2]))
            elif op is C.BRANCH:
                choices = [required(branch) for branch in av[1]]
                if all(choices):
                    # One text set per branch (its longest shortest text), joined: any match passes one branch.
                    best = [max(c, key=lambda texts: (min(map(len, texts)), -len(texts))) for c in choices]
                    out.append(tuple(dict.fromkeys(text for texts in best for text in texts)))
            # lookarounds, anchors, categories, references: nothing required of the text they read
        return out

    return tuple(required(parsed.data))


def _last_characters(pattern: re.Pattern) -> tuple[set[str], tuple[tuple[int, int], ...]] | None:
    """The characters (literals, code point ranges) the last character of any match of ``pattern``
    is one of, when every match must end at the end of the text; else None."""
    read = _edge_characters(pattern, at_end=True)
    return None if read is None else (set(read[0]), read[1])


def _edge_characters(pattern: re.Pattern, at_end: bool) -> tuple[frozenset[str], tuple[tuple[int, int], ...], bool] | None:
    """The characters the first (or, ``at_end``, the last) character of any match of ``pattern`` is
    one of: literals, code point ranges, and whether any decimal digit (``\\d``, which is
    ``str.isdecimal`` in a str pattern; read at a match's start only); None when it cannot be told,
    when a match may be empty, or (``at_end``) when a match need not end at the text's end.

    At the end, lookarounds are stepped over (they consume nothing; the character before them
    ends the match); at the start only the text-start anchors are, and a lookaround is not read."""
    import re._constants as C
    import re._parser as P

    try:
        parsed = P.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return None
    refused = re.IGNORECASE | re.MULTILINE | (0 if at_end else re.ASCII)
    if parsed.state.flags & refused or not isinstance(pattern.pattern, str):
        return None

    def ends_at_end(items) -> bool:
        for op, av in reversed(list(items)):
            if op is C.AT:
                return av is C.AT_END or av is C.AT_END_STRING
            if op in (C.ASSERT, C.ASSERT_NOT):
                continue
            if op is C.BRANCH:
                return all(ends_at_end(branch) for branch in av[1])
            if op is C.SUBPATTERN:
                return ends_at_end(av[-1])
            return False
        return False

    def stepped_over(op, av) -> bool:
        if at_end:
            return op in (C.AT, C.ASSERT, C.ASSERT_NOT)
        return op is C.AT and (av is C.AT_BEGINNING or av is C.AT_BEGINNING_STRING)  # where a match begins

    chars: set[str] = set()
    ranges: list[tuple[int, int]] = []
    digits = False

    def edge_of(items) -> bool | None:
        """Add what the edge character of ``items`` may be; True when ``items`` may consume
        nothing (the items next to them then count too), None when it cannot be told."""
        for op, av in (reversed(list(items)) if at_end else items):
            if stepped_over(op, av):
                continue
            empty = item(op, av)
            if empty is None:
                return None
            if not empty:
                return False
        return True

    def item(op, av) -> bool | None:
        nonlocal digits
        if op is C.LITERAL:
            chars.add(chr(av))
            return False
        if op is C.IN:
            for kind, value in av:
                if kind is C.LITERAL:
                    chars.add(chr(value))
                elif kind is C.RANGE:
                    ranges.append(value)
                elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT and not at_end:
                    digits = True
                else:
                    return None  # a negated set, another category
            return False
        if op is C.SUBPATTERN and av[1] & refused:
            return None
        if op is C.SUBPATTERN or op is C.ATOMIC_GROUP:
            return edge_of(av[-1] if op is C.SUBPATTERN else av)
        if op is C.BRANCH:
            empties = [edge_of(branch) for branch in av[1]]
            return None if None in empties else any(empties)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _, inner = av
            empty = edge_of(inner)
            return None if empty is None else (empty or low == 0)
        return None  # lookarounds (at a start), anchors, any character, references: not read

    if at_end and not ends_at_end(parsed.data):
        return None
    if edge_of(parsed.data) is not False:
        return None
    return frozenset(chars), tuple(sorted(set(ranges))), digits


def _line_words(words) -> re.Pattern:
    """``_Lines.holding``'s pattern for a paragraph holding one of ``words``: the first of them in a
    line and the rest of the line, so each line gives one match at most (however many it holds)."""
    if not words or any("\n" in word or not word for word in words):
        raise ValueError(f"words found line by line must be some, none empty or holding a line break: {words!r}")
    return re.compile("(?:" + "|".join(re.escape(word) for word in words) + ")[^\n]*")


class _StartGated:
    """A pattern matched at the start of texts (``match``), not tried on a text whose first character
    no match can begin with: most lines open on a character that begins no enumerator ("一、") and no
    jump mark ("(上接…)"), and a character test costs a fraction of a failed match.

    The characters a match may begin with are read from the pattern (``_first_characters``); a
    pattern that cannot be read so is always tried.
    """

    __slots__ = ("pattern", "_first", "_seen")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self._first = _first_characters(pattern)
        self._seen: dict[str, bool] = {}  # could_start, per character met so far

    def could_start(self, char: str) -> bool:
        """A match may begin with ``char`` (always True for a pattern that could not be read)."""
        if self._first is None:
            return True
        known = self._seen.get(char)
        if known is None:
            chars, ranges, digits = self._first
            code = ord(char)
            known = self._seen[char] = (char in chars or any(lo <= code <= hi for lo, hi in ranges)
                                        or (digits and char.isdecimal()))
        return known

    def match(self, text: str) -> re.Match | None:
        if text:
            known = self._seen.get(text[0])  # could_start's answer, without the call when known
            if known is None:
                known = self.could_start(text[0])
            if not known:
                return None
        return self.pattern.match(text)


def _first_characters(pattern: re.Pattern) -> tuple[frozenset[str], tuple[tuple[int, int], ...], bool] | None:
    """The characters the first character of any match of ``pattern`` at a text's start is one of:
    literals, code point ranges, and whether any decimal digit (``\\d``, which is ``str.isdecimal``
    in a str pattern); None when it cannot be told, or when a match may be empty."""
    return _edge_characters(pattern, at_end=False)


# Asked of most lines (list entries, headlines, glued paragraphs; the jump mark a body paragraph may open on).
_ENUMERATED = _StartGated(L.ENUMERATED)
_LEADING_JUMP = _StartGated(L.LEADING_JUMP)
if _ENUMERATED._first is None or _LEADING_JUMP._first is None:
    raise ValueError("the first characters of L.ENUMERATED and L.LEADING_JUMP could not be read")

_TRAILING_JUMP = _EndAnchored(L.TRAILING_JUMP)
_TRAILING_PAREN_BYLINE = _EndAnchored(L.TRAILING_PAREN_BYLINE)
_TRAILING_ROLE_BYLINE = _EndAnchored(L.TRAILING_ROLE_BYLINE)
_TRAILING_CREDIT = _EndAnchored(L.TRAILING_CREDIT)
_CLASSIFIED_ITEM = _EndAnchored(L.CLASSIFIED_ITEM)
_SIGNATURE_DATE = _EndAnchored(L.SIGNATURE_DATE)
# Not anchored at the end, so searched whenever the paragraph holds one of the words it needs
# ("遗失", "丢失"…): asked of every line, it tries each of the line's first sixty positions otherwise.
_CLASSIFIED_ITEM_START = _EndAnchored(L.CLASSIFIED_ITEM_START)
# List entries, asked of most short lines: a "label:value" line needs its colon, a hotline line the
# space between label and number. Both open on "^", so a search tries the start only, as match does.
_LABELLED_LINE = _EndAnchored(L.LABELLED_LINE)
_HOTLINE_LINE = _EndAnchored(L.HOTLINE_LINE)
if not all(p.pattern.startswith("^") and not p.flags & re.MULTILINE for p in (L.LABELLED_LINE, L.HOTLINE_LINE)):
    raise ValueError("L.LABELLED_LINE and L.HOTLINE_LINE must be matched at the start: search them with ^")
if len(_CLASSIFIED_ITEM_START._needed) != 1:
    raise ValueError("L.CLASSIFIED_ITEM_START must need one set of words")
# The words a classified item starts with, for ``_Lines.holding``: a line holding none starts no item.
_CLASSIFIED_START_WORDS = _line_words(_CLASSIFIED_ITEM_START._needed[0])
# ...and is no item: every match of L.CLASSIFIED_ITEM holds one of them too (``_Segmenter.classified_lines``).
if not any(set(texts) <= set(_CLASSIFIED_ITEM_START._needed[0]) for texts in _CLASSIFIED_ITEM._needed):
    raise ValueError("every match of L.CLASSIFIED_ITEM must hold a word of L.CLASSIFIED_ITEM_START's")

# Paragraph kinds.
MASTHEAD = "masthead"
JUMP = "jump"
SECTION = "section"
SUBTITLE = "subtitle"
OPENER = "opener"
CREDIT = "credit"
BYLINE = "byline"
DATE = "date"
CLASSIFIED_TITLE = "classified_title"
NOTICE_TITLE = "notice_title"
HEADING = "heading"
NOTICE_INLINE = "notice_inline"
HEADLINE = "headline"
BODY = "body"

RULE = "rule"

# List lines (``_Para.listed``).
ENUMERATED_ITEM = "enumerated"  # "一、…", "1.…", "(一)…", "①…"
LABELLED_ITEM = "labelled"  # "男兵:2023年12月1日至…", "燃气抢修 66668888"
ENTRY_TAIL = "tail"  # the rest of an entry the layout broke: "男兵:2023年12月1日至" / "2024年2月10日"


def _made_offsets(line: _Para | _Piece) -> OffsetMap:
    """A line's or piece's ``offsets``: its known map, made from its run when it has none yet."""
    known = line.known_offsets
    if known is None:
        known = line.known_offsets = OffsetMap.run(line.start, len(line.text))
    return known


@dataclass(slots=True)
class _Para:
    """One non-empty line: its visible text, the issue offset of each character, its raw span."""

    text: str
    # The issue offset of each character of ``text`` (``offsets``); None for a line read as printed
    # (no mark dropped, nothing cut off), whose characters stand one after another from ``start``:
    # most lines, whose map is made only when asked for (most never are).
    known_offsets: OffsetMap | None
    start: int  # first raw character of the line's content (markdown marks included)
    end: int  # one past the last raw character of the line's content
    line_end: int  # offset of the line break ending the line (or the text length)
    level: int = 0  # markdown heading level, 0 when not a heading
    bold: bool = False  # the whole line is bold
    kind: str = BODY
    wrapped: bool = False  # a full line of hard-wrapped text: the sentence goes on in the next line
    gap_before: bool = False  # a blank line precedes it
    listed: str = ""  # a list line, never a headline: ENUMERATED_ITEM, LABELLED_ITEM or ENTRY_TAIL

    offsets = property(_made_offsets, doc="The issue offset of each character of ``text``.")

    def offset_at(self, index: int) -> int:
        """``offsets[index]`` (an index into ``text``, negative from its end), without making the map."""
        if self.known_offsets is not None:
            return self.known_offsets[index]
        if not -len(self.text) <= index < len(self.text):
            raise IndexError("offset index out of range")
        return self.start + index % len(self.text)

    def cut(self, begin: int, stop: int | None = None) -> _Para:
        """The paragraph restricted to ``text[begin:stop]``, whitespace trimmed."""
        first, _, _ = slice(begin, stop).indices(len(self.text))
        text = self.text[begin:stop]
        left = len(text) - len(text.lstrip(_STRIP))
        right = len(text.rstrip(_STRIP))
        if right <= left:
            offsets = _NO_OFFSETS
        elif self.known_offsets is None:  # the slice of a run is the run from its first offset
            offsets = OffsetMap.run(self.start + first + left, right - left)
        else:
            offsets = self.known_offsets[first + left : first + right]
        return _Para(text[left:right], offsets, self.start, self.end, self.line_end,
                     self.level, self.bold, self.kind, self.wrapped, self.gap_before, self.listed)

    def joined(self, following: _Para) -> _Para:
        """This line and the next as one (a headline hard-wrapped over two lines)."""
        return _Para(self.text + following.text, self.offsets + following.offsets, self.start,
                     following.end, following.line_end, self.level, self.bold, HEADLINE, following.wrapped,
                     self.gap_before)


@dataclass(slots=True)
class _Piece:
    """A body paragraph under construction (possibly several lines glued together)."""

    text: str
    # As ``_Para.known_offsets``: None while the text's characters stand one after another from ``start``.
    known_offsets: OffsetMap | None
    start: int
    end: int
    separator: int  # offset used for the "\n" that follows this paragraph in the body
    whole: bool = False  # a line complete in itself (subhead, signature): nothing is glued to it
    wrapped: bool = False  # ends in a hard-wrapped line: the next line carries on
    entry: bool = False  # a "label:value" or hotline entry: it ends with its line unless the next clearly goes on

    offsets = property(_made_offsets, doc="The issue offset of each character of ``text``.")

    def runs(self) -> list[tuple[int, int]]:
        """``offsets.runs()``, without making the map."""
        if self.known_offsets is None:
            return [(self.start, len(self.text))]
        return self.known_offsets.runs()


@dataclass
class _Builder:
    kind: ArticleKind
    section: str | None
    heads: list[_Para] = field(default_factory=list)
    title: _Para | None = None
    subtitles: list[_Para] = field(default_factory=list)
    bylines: list[tuple[str, int, int]] = field(default_factory=list)
    pieces: list[_Piece] = field(default_factory=list)
    closed: bool = False
    ended: bool = False  # closed by its own end mark (closing byline, signature date, "下转")
    started_by: str = "heads"  # heads | opener | orphan | notice
    title_level: int | None = None
    title_is_date: bool = False

    @property
    def has_body(self) -> bool:
        return bool(self.pieces)

    def add_byline(self, text: str, start: int, end: int) -> None:
        self.bylines.append((text, start, end))

    def spans(self) -> list[tuple[int, int]]:
        spans = [(p.start, p.end) for p in self.heads] + [(p.start, p.end) for p in self.pieces]
        return spans + [(s, e) for _, s, e in self.bylines]

    def first_offset(self) -> int:
        starts = [p.start for p in self.heads]
        starts += [p.start for p in self.pieces]
        starts += [s for _, s, _ in self.bylines]
        return min(starts)

    def build(self, seq: int, char_start: int) -> Article:
        """The article, ``char_start`` being its ``first_offset()``."""
        pieces = self.pieces
        if len(pieces) == 1:
            # One paragraph (most articles): its text and its map, which OffsetMap(runs) would copy
            # (a map is never changed, and every map is made with its runs merged as the copy has them).
            piece = pieces[0]
            body = piece.text
            offsets = piece.known_offsets
            if offsets is None:
                offsets = OffsetMap.run(piece.start, len(body))
        else:
            runs: list[tuple[int, int]] = []
            previous = None
            for piece in pieces:
                if previous is not None:
                    runs.append((previous.separator, 1))  # the "\n" between two paragraphs
                if piece.known_offsets is None:
                    runs.append((piece.start, len(piece.text)))
                else:
                    runs += piece.known_offsets.runs()
                previous = piece
            body = "\n".join([p.text for p in pieces])
            offsets = OffsetMap(runs)
        subtitle = "\n".join([p.text for p in self.subtitles]) or None
        # A byline of letters and digits alone ("本报讯") holds no space to fold.
        byline = " ".join([text if text.isalnum() else _SPACES.sub(" ", text) for text, _, _ in self.bylines]) or None
        ends = [p.end for p in self.heads]
        ends += [p.end for p in pieces]
        ends += [e for _, _, e in self.bylines]
        char_end = max(ends)
        return _new_article(
            seq, self.kind, self.title.text if self.title is not None else None, subtitle, self.section, byline,
            body, char_start, char_end, offsets,
        )


# What ``_Builder.build`` gives an article, in the order of Article's fields; the fields after them
# (e-paper markup's) keep their defaults. Made without the frozen dataclass's __init__ (about half of
# what building an issue's articles cost); ``body_offsets`` is an OffsetMap already, which is all
# Article's ``__post_init__`` sees to.
_BUILT_FIELDS = ("seq", "kind", "title", "subtitle", "section", "byline", "body", "char_start", "char_end", "body_offsets")
_new_article = frozen.maker(Article, _BUILT_FIELDS)


def _first_item(pair: tuple) -> object:
    return pair[0]


def segment(text: str) -> tuple[Article, ...]:
    """The issue's articles (and captions, jump lines, notices, classifieds) in text order."""
    paras, closes_with_bylines, classified_lines = _read_page(text)
    return _Segmenter(paras, closes_with_bylines, classified_lines).run()


def paragraphs(text: str) -> list[_Para]:
    """Every non-empty line as a paragraph, markdown marks removed, with per-character offsets."""
    return _read_paragraphs(text)[0]


def _read_paragraphs(text: str) -> tuple[list[_Para], bool]:
    """``paragraphs(text)``, and whether the page closes its articles with bylines (``_closes_with_bylines``)."""
    return _read_page(text)[:2]


def _read_page(text: str) -> tuple[list[_Para], bool, set[int]]:
    """``_read_paragraphs(text)``, and the indexes of the paragraphs holding a word a classified item
    needs (``_Segmenter``'s ``classified_lines``)."""
    result: list[_Para] = []
    position = 0
    blank_before = False
    # Most issues print no markdown mark at all: their lines need not be looked at for one.
    marked = "#" in text or "**" in text or "__" in text
    for line in text.split("\n"):
        if not line:
            blank_before = True
            position += 1
            continue
        line_end = position + len(line)
        content = line.lstrip(_STRIP)
        start = line_end - len(content)
        content = content.rstrip(_STRIP)
        if not content:
            para = None
        elif not marked or (content[0] != "#" and "**" not in content and "__" not in content):
            # No markdown marks (most lines): the trimmed line is the paragraph.
            para = _Para(content, None, start, start + len(content), line_end)
        else:
            para = _line_paragraph(text, position, line_end)
        if para is not None and "(" in para.text and _GLOSS_VOWEL.search(para.text):
            para = _without_glosses(para)
        if para is not None:
            para.kind = _classify(para)
            para.gap_before = blank_before
            result.append(para)
        blank_before = para is None
        position = line_end + 1
    # The lines holding a word a classified item starts with, found with one search of all lines
    # joined instead of one a line (few lines hold one).
    holding = _Lines(result).holding(_CLASSIFIED_START_WORDS)
    joined = _join_wrapped_classifieds(result, holding)
    if joined is not result:  # lines joined: read again which paragraphs hold a word
        holding = _Lines(joined).holding(_CLASSIFIED_START_WORDS)
    _mark_hard_wrapped(joined)  # (neither changes a paragraph's text)
    closes_with_bylines = _mark_list_items(joined)
    return joined, closes_with_bylines, holding


# Every pinyin gloss holds a vowel with a tone mark (read off the pattern): a line holding none is
# not searched (the gloss pattern opens on a lookbehind, so its search tries every position).
_GLOSS_VOWEL = re.compile("|".join(re.escape(text) for text in max(_needed_texts(L.PINYIN_GLOSS), key=len)))
if not _GLOSS_VOWEL.pattern:
    raise ValueError("no text every pinyin gloss holds could be read from L.PINYIN_GLOSS")


_PLUS_ONE = (1).__add__


class _Lines:
    """The paragraphs' texts joined by line breaks, to find the paragraphs holding some word with one
    search of the whole instead of one a paragraph. Exact for words without a line break: no text
    of a paragraph holds one, so no match spans two paragraphs, and a paragraph holding a word holds
    a match (the search, reaching the paragraph, finds the first match from there on, at the latest
    where the word stands)."""

    __slots__ = ("texts", "joined")

    def __init__(self, paras: list[_Para]) -> None:
        self.texts = [para.text for para in paras]
        self.joined = "\n".join(self.texts)

    def holding(self, words: re.Pattern) -> set[int]:
        """The indexes of the paragraphs holding one of some words, ``words`` being their ``_line_words``."""
        starts = [match.start() for match in words.finditer(self.joined)]
        if not starts:
            return set()
        # One past each paragraph's line break in ``joined``: paragraph i is [ends[i-1], ends[i] - 1).
        ends = list(accumulate(map(_PLUS_ONE, map(len, self.texts))))
        return {bisect_right(ends, start) for start in starts}


def _without_glosses(para: _Para) -> _Para:
    """The paragraph as read without the pinyin glosses a mirror printed after its characters
    (L.PINYIN_GLOSS): dropped like markdown marks, so the offsets of what is left still hold."""
    kept = spans_between(para.text, L.PINYIN_GLOSS)
    if not kept:
        return para
    text = "".join(para.text[a:b] for a, b in kept)
    offsets = OffsetMap()
    for a, b in kept:
        offsets = offsets + para.offsets[a:b]
    return _Para(text, offsets, para.start, para.end, para.line_end, para.level, para.bold)


def _join_wrapped_classifieds(paras: list[_Para], starts: set[int] | None = None) -> list[_Para]:
    """A classified item wrapped at the column width ("某某遗失…,编" / "号:…,声明作废。") is one line.

    A line that starts an item but does not end it is joined with the next line(s) when together
    they make one item and no line in between starts an item of its own.

    ``starts``: the indexes of the lines holding a word an item starts with (``_CLASSIFIED_START_WORDS``),
    when known; no other line can start one (``_wrapped_item`` is 0), so only these are asked.
    """
    candidates = range(len(paras)) if starts is None else sorted(starts)
    out: list[_Para] = []
    index = 0  # the first line not yet in ``out``
    for start in candidates:
        if start < index:
            continue  # joined to an item above
        taken = _wrapped_item(paras, start)
        if taken:
            out += paras[index:start]
            joined = paras[start]
            for following in paras[start + 1 : start + 1 + taken]:
                joined = joined.joined(following)
            joined.kind = BODY
            out.append(joined)
            index = start + 1 + taken
    if not index:
        return paras
    out += paras[index:]
    return out


def _wrapped_item(paras: list[_Para], index: int) -> int:
    """How many lines after ``paras[index]`` complete the classified item it starts (0: none)."""
    para = paras[index]
    if para.level or para.bold or not _CLASSIFIED_ITEM_START.search(para.text):
        return 0
    if _is_classified_item(para.text) or _ends_complete(para.text):
        return 0
    text = para.text
    for taken, following in enumerate(paras[index + 1 : index + L.CLASSIFIED_WRAP_MAX_LINES], start=1):
        if following.level or _CLASSIFIED_ITEM_START.search(following.text):
            return 0
        text += following.text
        if len(text) > L.CLASSIFIED_ITEM_MAX_CHARS:
            return 0
        if _is_classified_item(text):
            return taken
        if _ends_complete(text):
            return 0
    return 0


_NEVER_CONTINUATIONS = frozenset({OPENER, JUMP, MASTHEAD, RULE})


def _mark_hard_wrapped(paras: list[_Para]) -> None:
    """On text hard-wrapped at a fixed width, a full-width line is never a headline by itself."""
    lengths = Counter(len(p.text) for p in paras if p.kind in (BODY, HEADLINE) and len(p.text) >= L.WRAP_MIN_WIDTH)
    if not lengths:
        return
    width, count = lengths.most_common(1)[0]
    if count < L.WRAP_MIN_LINES or count < L.WRAP_MIN_SHARE * len(paras):
        return
    run_start = 0
    # Where blank lines separate paragraphs, a full line followed by no blank line runs on even
    # when it happens to end on "。".
    gapped = sum(p.gap_before for p in paras) >= max(3, L.WRAP_GAP_SHARE * len(paras))
    run_chars = 0  # characters of the lines from run_start to index
    for index, para in enumerate(paras):
        continuing = index > 0 and paras[index - 1].wrapped
        if continuing and para.level == 0 and para.kind not in _NEVER_CONTINUATIONS:
            para.kind = BODY  # the rest of the sentence the line above was cut in
        if not continuing:
            _reclassify_run(paras[run_start:index])
            run_start = index
            run_chars = 0
        run_chars += len(para.text)
        runs_on = not _ends_complete(para.text) or (
            gapped and index + 1 < len(paras) and not paras[index + 1].gap_before)
        if para.kind in (BODY, HEADLINE, OPENER, NOTICE_INLINE) and len(para.text) >= width - 1 and runs_on \
                and not _ends_with_byline(para.text):
            para.wrapped = True
            if para.kind == HEADLINE:
                para.kind = BODY
        elif continuing and paras[run_start].kind == BODY and run_chars <= L.HEADLINE_MAX_CHARS \
                and looks_like_headline("".join(p.text for p in paras[run_start : index + 1])):
            for line in paras[run_start : index + 1]:  # a headline wrapped over several lines
                line.kind = HEADLINE
    _reclassify_run(paras[run_start:])


def _reclassify_run(lines: list[_Para]) -> None:
    """A notice printed on one logical line ("通告 亲贤村…") but wrapped over several."""
    if len(lines) > 1 and lines[0].kind == BODY:
        logical = "".join(line.text for line in lines)
        if _classify(_Para(logical, _NO_OFFSETS, 0, 0, 0)) == NOTICE_INLINE:
            lines[0].kind = NOTICE_INLINE


# Kinds a list line may have been given on its own: a short line with no sentence punctuation looks
# like a headline, and a whole-bold line ("**报名时间:**") like a subhead.
_LIST_CANDIDATE_KINDS = frozenset({HEADLINE, BODY, HEADING})


def _mark_list_items(paras: list[_Para]) -> bool:
    """Mark list lines: they are body, never headlines, however short and unpunctuated.

    An enumerated line is one wherever it stands. A "label:value" or hotline line is one when its
    label names a field ("报名时间:"), its value is a bare datum (a date, a phone number, a web
    address), a line ending in a colon introduces it, or it stands in a run of such lines, unless
    the run sits right above "本报讯" or a byline. Between the end of one story and the headline of
    the next, "访谈：…" or "提醒：12月1日起" is a kicker, not an entry. A short unpunctuated line right
    under a line ending in a colon is what the colon introduces, unless it heads a report; one
    (or a date line) under an enumerated field heading ("一、听证事项", "二、听证时间") is that
    field's value, unless "本报讯" or a byline follows it right below.

    Returns ``_closes_with_bylines(paras)`` as the lines stand once marked: read before marking, it
    is the same unless a line changed kind and it was False (a line made body can only add a closing
    byline, one a body line precedes; none is made a byline).
    """
    bylined = _closes_with_bylines(paras)
    changed = False
    shapes = [_entry_shape(paras, index, bylined) if _may_be_list_line(paras, index) else None
              for index in range(len(paras))]
    index = 0
    while index < len(paras):
        if shapes[index] is None:
            index += 1
            continue
        end = index
        while end + 1 < len(paras) and shapes[end + 1] is not None:
            end += 1
        in_run = end > index and not (end + 1 < len(paras) and _opens_report_at(paras, end + 1))
        introduced = _introduces(paras, index - 1)
        kicker = not introduced and _ends_story(paras, index - 1) and _heads_a_report(paras, end + 1)
        for position in range(index, end + 1):
            para = paras[position]
            if shapes[position] == ENUMERATED_ITEM:
                if para.kind != HEADING:  # a bold "**一、坚持党的领导**" is the subhead it looks like
                    para.listed = ENUMERATED_ITEM
            elif not kicker and (in_run or introduced or _is_field_entry(para.text)):
                para.listed = LABELLED_ITEM
            if para.listed and para.kind in (HEADLINE, HEADING, DATE):
                para.kind = BODY
                changed = True
        if paras[end].listed == LABELLED_ITEM and end + 1 < len(paras) and _is_entry_tail(paras[end], paras[end + 1]):
            paras[end + 1].listed = ENTRY_TAIL
            changed = changed or paras[end + 1].kind != BODY
            paras[end + 1].kind = BODY
            end += 1
        index = end + 1
    return bylined or (changed and _closes_with_bylines(paras))


def _is_entry_tail(entry: _Para, following: _Para) -> bool:
    """``following`` is the rest of a value the layout broke ("…至" / "2024年2月10日")."""
    if following.kind not in (HEADLINE, BODY, DATE) or following.level or entry.wrapped or following.listed:
        return False
    if _ends_complete(entry.text) or _ENUMERATED.match(following.text):
        return False
    return entry.text[-1] in L.ENTRY_CONNECTORS or following.text[0] in L.CONTINUATION_START


def _ends_story(paras: list[_Para], index: int) -> bool:
    """Nothing of a story is open after the paragraph at ``index``: the page top, a closing byline, a rule."""
    if index < 0:
        return True
    para = paras[index]
    if para.kind in (BYLINE, CREDIT, RULE, MASTHEAD, SECTION, JUMP):
        return True
    return any(pattern.search(para.text) for pattern in (_TRAILING_PAREN_BYLINE, _TRAILING_ROLE_BYLINE, _TRAILING_JUMP))


def _heads_a_report(paras: list[_Para], index: int) -> bool:
    """Headline lines from ``index`` on, and then "本报讯", a subtitle or a byline."""
    stop = min(len(paras), index + L.DECK_MAX_LINES)
    while index < stop and paras[index].kind in (HEADLINE, HEADING):
        index += 1
    return index < len(paras) and _opens_report_at(paras, index)


def _may_be_list_line(paras: list[_Para], index: int) -> bool:
    para = paras[index]
    if para.kind == DATE:
        return _names_a_field(paras, index - 1)  # "二、听证时间" over "2026年3月5日上午9时"
    if para.kind not in _LIST_CANDIDATE_KINDS or para.level:
        return False  # a markdown heading is structure the page states
    return not (index and paras[index - 1].wrapped)  # the tail of a hard-wrapped line


def _introduces(paras: list[_Para], index: int) -> bool:
    """The paragraph at ``index`` ends in a colon: the lines under it are what it announces."""
    return index >= 0 and paras[index].text.endswith(tuple(common.COLONS)) and paras[index].kind not in (MASTHEAD, SECTION)


def _names_a_field(paras: list[_Para], index: int) -> bool:
    """The paragraph at ``index`` is an enumerated field heading ("一、听证事项"): the line under it is its value."""
    if index < 0 or paras[index].level:
        return False
    text = paras[index].text
    enumerator = _ENUMERATED.match(text)
    return enumerator is not None and L.ENUMERATED_FIELD_HEADING.match(text[enumerator.end():].strip(" \u3000")) is not None


def _entry_shape(paras: list[_Para], index: int, bylined: bool) -> str | None:
    """ENUMERATED_ITEM, LABELLED_ITEM ("label:value", "label  number", a line a colon introduces) or None.

    ``bylined``: the page closes its stories with bylines, so a story not yet closed is still going on.
    """
    para = paras[index]
    text = para.text
    if _ENUMERATED.match(text):
        return ENUMERATED_ITEM
    if len(text) > L.LIST_ENTRY_MAX_CHARS:
        return None  # a paragraph of prose that happens to open "…包括:"
    if _LABELLED_LINE.search(text) or _HOTLINE_LINE.search(text):
        return LABELLED_ITEM
    if para.kind in (HEADLINE, DATE) and _names_a_field(paras, index - 1) \
            and not (index + 1 < len(paras) and _opens_report_at(paras, index + 1)):
        return LABELLED_ITEM  # "一、听证事项" over its value, unless the line is a headline over "本报讯"
    if para.kind == HEADLINE and _introduces(paras, index - 1):
        # What "报名时间:" announces, unless "新闻热线：" is a kicker over a headline and "本报讯".
        inside_story = bylined and not _ends_story(paras, index - 2)
        if L.LIST_DATUM.match(text) is not None or inside_story or not _heads_a_report(paras, index):
            return LABELLED_ITEM
    return None


def _is_field_entry(text: str) -> bool:
    """A "label:value" line that is data by itself: a field label, or a value that is a bare datum."""
    match = _LABELLED_LINE.search(text) or _HOTLINE_LINE.search(text)
    if match is None:
        return False
    label = _SPACES.sub("", match.group("label"))
    content = match.group("content").strip(_STRIP)
    return (L.FIELD_LABEL.search(label) is not None or L.LIST_DATUM.match(content) is not None
            or content in L.SERVICE_NUMBERS)


def _opens_report_at(paras: list[_Para], index: int) -> bool:
    """The paragraph at ``index`` begins a report: "本报讯…", a subtitle or a top byline."""
    para = paras[index]
    return para.kind in (OPENER, SUBTITLE) or (para.kind == BYLINE and L.BYLINE_LINE.match(para.text) is not None)


def _line_paragraph(text: str, line_start: int, line_end: int) -> _Para | None:
    start, end = line_start, line_end
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    if start == end:
        return None
    level = 0
    content_start, content_end = start, end
    heading = L.MD_HEADING.match(text, start, end)
    if heading is not None:
        level = len(heading.group("marks"))
        content_start = heading.end()
        trailer = L.MD_HEADING_TRAILER.search(text, content_start, end)
        if trailer is not None:
            content_end = trailer.start()
    bold = False
    segments: list[tuple[int, int]] = []
    cursor = content_start
    marks = list(L.MD_BOLD.finditer(text, content_start, content_end))
    if marks:
        bold = (len(marks) == 2 and marks[0].start() == content_start and marks[1].end() == content_end)
        for mark in marks:
            segments.append((cursor, mark.start()))
            cursor = mark.end()
    segments.append((cursor, content_end))
    if len(segments) == 1 and content_start == start and content_end == end:
        # No markdown marks: the line's content is already trimmed.
        return _Para(text[start:end], None, start, end, line_end)
    visible = "".join(text[a:b] for a, b in segments)
    offsets = OffsetMap((a, b - a) for a, b in segments)
    para = _Para(visible, offsets, start, end, line_end, level, bold)
    para = para.cut(0)
    if not para.text:
        return None
    return para


def _classify(para: _Para) -> str:
    """The paragraph's kind, read from its own text (what surrounds it is read later).

    The tests run in order; ``first`` is the position in _CLASSIFY_PATTERNS of the first pattern
    that matches the text (len(_CLASSIFY_PATTERNS) when none does, as for most body lines), so
    each pattern test is guarded by its position and the patterns before ``first`` are not tried.
    """
    text = para.text
    first = _first_classifying_match(text)
    if first == _NONE_MATCHES:
        # No pattern matches (most lines): the tests below that need none, in their order.
        if text.startswith(L.DECK_DASH_RULES) and len(text) <= L.DECK_MAX_CHARS:
            return SUBTITLE
        if para.level or para.bold:
            return HEADING
        return HEADLINE if looks_like_headline(text) else BODY
    if first <= _AT_RULE and L.RULE_LINE.match(text):
        return RULE
    if first <= _AT_JUMP and L.JUMP_LINE.match(text):
        return JUMP
    if first <= _AT_MASTHEAD and L.MASTHEAD_LINE.match(text):
        return MASTHEAD
    if first <= _AT_SECTION and L.SECTION_LINE.match(text):
        return SECTION
    if text.startswith(L.DECK_DASH_RULES) and len(text) <= L.DECK_MAX_CHARS:
        return SUBTITLE
    if first <= _AT_OPENER and L.BYLINE_OPENER.match(text) and para.level == 0:
        return OPENER
    if first <= _AT_CREDIT and L.CREDIT_LINE.match(text) and not text.endswith(L.NOT_CREDIT_ENDINGS):
        return CREDIT
    if (first <= _AT_BYLINE and L.BYLINE_LINE.match(text)) or (first <= _AT_PAREN_BYLINE and L.PAREN_BYLINE.fullmatch(text)):
        return BYLINE
    if first <= _AT_DATE and L.DATE_LINE.match(text):
        return DATE
    if first <= _AT_SIGN_OFF and L.SIGN_OFF_LINE.match(text):
        return HEADLINE if looks_like_headline(text) else BODY  # a signature line, like the issuer's
    if first <= _AT_CLASSIFIED_TITLE and L.CLASSIFIED_TITLE.match(text):
        return CLASSIFIED_TITLE
    if len(text) <= L.HEADLINE_MAX_CHARS and first <= _AT_NOTICE_TITLE and L.NOTICE_TITLE.match(text):
        return NOTICE_TITLE
    if len(text) <= L.FORMAL_NOTICE_TITLE_MAX_CHARS and (
            (first <= _AT_FORMAL_NOTICE_TITLE and L.FORMAL_NOTICE_TITLE.match(text))
            or (first <= _AT_ISSUER_NOTICE_TITLE and L.ISSUER_NOTICE_TITLE.match(text))):
        return NOTICE_TITLE
    if para.level or para.bold:
        return HEADING
    inline = L.NOTICE_INLINE.match(text) if first <= _AT_NOTICE_INLINE else None
    if inline is not None and len(text) > L.HEADLINE_MAX_CHARS and any(m in text[inline.end():] for m in L.PROSE_MARKS) \
            and inline.group("title") not in L.ADVICE_LABELS:
        return NOTICE_INLINE
    if looks_like_headline(text):
        return HEADLINE
    return BODY


# --- the classifying prefilter --------------------------------------------------------------

# Every pattern ``_classify`` matches a paragraph's text against, in its order. Most lines are
# body text that none of them matches: one regular expression holding them as alternatives, tried
# in this order, tells so in one call instead of fifteen, and when one matches, which. Most of them
# are anchored at the end, and the characters their matches may end with are read from them: a
# line ending in "。" or "，" is tried against the five or six that may end so (5.8 -> 2.8 us a line
# on long body lines; a prefilter on the first character gained nothing on top of one pattern).
_CLASSIFY_PATTERNS = (
    L.RULE_LINE, L.JUMP_LINE, L.MASTHEAD_LINE, L.SECTION_LINE, L.BYLINE_OPENER, L.CREDIT_LINE,
    L.BYLINE_LINE, L.PAREN_BYLINE, L.DATE_LINE, L.SIGN_OFF_LINE, L.CLASSIFIED_TITLE, L.NOTICE_TITLE,
    L.FORMAL_NOTICE_TITLE, L.ISSUER_NOTICE_TITLE, L.NOTICE_INLINE,
)
# Their positions, which guard their tests in ``_classify`` (tests/test_segment_speed.py checks
# that every pattern test there is guarded by its own position).
(_AT_RULE, _AT_JUMP, _AT_MASTHEAD, _AT_SECTION, _AT_OPENER, _AT_CREDIT, _AT_BYLINE, _AT_PAREN_BYLINE,
 _AT_DATE, _AT_SIGN_OFF, _AT_CLASSIFIED_TITLE, _AT_NOTICE_TITLE, _AT_FORMAL_NOTICE_TITLE,
 _AT_ISSUER_NOTICE_TITLE, _AT_NOTICE_INLINE) = range(len(_CLASSIFY_PATTERNS))
_NONE_MATCHES = len(_CLASSIFY_PATTERNS)
_GROUP_NAME = re.compile(r"\(\?P<\w+>")


def _classifying_alternatives() -> list[str]:
    """Each pattern of _CLASSIFY_PATTERNS as the alternative ``(?P<pN>…)`` of a combined pattern."""
    alternatives = []
    for index, pattern in enumerate(_CLASSIFY_PATTERNS):
        # Their own group names would clash; nothing refers to them by name or number.
        source = _GROUP_NAME.sub("(?:", pattern.pattern)
        if pattern.flags != re.UNICODE or "(?P=" in source or re.search(r"\\[1-9]", source):
            raise ValueError(f"the classifying prefilter cannot combine {pattern.pattern!r}")
        alternatives.append(f"(?P<p{index}>{source})")
    return alternatives


_CLASSIFYING = _classifying_alternatives()
# The characters each pattern's matches may end with (None: any, or not anchored at the end).
_CLASSIFYING_ENDS = [_last_characters(pattern) for pattern in _CLASSIFY_PATTERNS]
# The alternatives that cost most when they fail (a run of ideographs read and given back, word by
# word) and need words few lines hold: a photo credit needs "摄" or "图", a notice's title or inline
# notice its notice word. A short line holding none of them is asked without them (see below).
_GATED = (_AT_CREDIT, _AT_NOTICE_TITLE, _AT_FORMAL_NOTICE_TITLE, _AT_ISSUER_NOTICE_TITLE, _AT_NOTICE_INLINE)


def _gate_pattern() -> re.Pattern:
    """One search for any of the texts one of which each _GATED pattern's matches hold (for each,
    its set with the longest shortest text: "摄" rather than "(", a notice word rather than "的")."""
    texts: set[str] = set()
    for index in _GATED:
        needed = _needed_texts(_CLASSIFY_PATTERNS[index])
        if not needed:
            raise ValueError(f"no text every match of {_CLASSIFY_PATTERNS[index].pattern!r} holds could be read")
        texts.update(max(needed, key=lambda texts: min(map(len, texts))))
    return re.compile("|".join(re.escape(text) for text in sorted(texts, key=lambda t: (-len(t), t))))


_GATE = _gate_pattern()
# The gate search reads the whole line while the alternatives it spares fail within their first
# dozen characters: longer lines are not worth the search.
_GATE_MAX_CHARS = 60
# A line's last character -> the patterns it may end, and the same without the _GATED ones (None
# when it may end none of them).
_CLASSIFYING_BY_LAST: dict[str, tuple[re.Pattern, re.Pattern | None]] = {}
_CLASSIFYING_BY_SET: dict[tuple[int, ...], re.Pattern] = {}


def _combined(keep: tuple[int, ...]) -> re.Pattern:
    combined = _CLASSIFYING_BY_SET.get(keep)
    if combined is None:
        combined = _CLASSIFYING_BY_SET[keep] = re.compile("|".join(_CLASSIFYING[index] for index in keep) or r"(?!)")
    return combined


def _classifying_pattern_for(last: str) -> tuple[re.Pattern, re.Pattern | None]:
    """The alternatives of _CLASSIFY_PATTERNS that may match a text ending in ``last``, in
    order, as one pattern (compiled on first use: "。", which ends most lines, ends few of them),
    and the same without the _GATED alternatives."""
    code = ord(last)
    keep = tuple(
        index for index, ends in enumerate(_CLASSIFYING_ENDS)
        # "$" matches before a final line break too: a text ending in one may end any pattern.
        if ends is None or last == "\n" or last in ends[0] or any(lo <= code <= hi for lo, hi in ends[1])
    )
    if len(keep) > len(_CLASSIFYING) // 2:
        # Compiling costs (30 ms for a few alternatives, 120 ms for all): a character that may
        # end many patterns (an ideograph, a digit, ")") takes them all, one pattern shared.
        keep = tuple(range(len(_CLASSIFYING)))
    ungated = tuple(index for index in keep if index not in _GATED)
    entry = _CLASSIFYING_BY_LAST[last] = (_combined(keep), _combined(ungated) if ungated != keep else None)
    return entry


def _first_classifying_match(text: str) -> int:
    """The position in _CLASSIFY_PATTERNS of the first pattern that matches ``text`` (``match``:
    at its start), or len(_CLASSIFY_PATTERNS) when none does.

    Alternatives are tried in order, and each alternative's group closes last when it matched, so
    the last group names the first pattern that matches; a pattern left out cannot match (its
    text's last character ends none of its matches, or the text holds no word its matches need).
    """
    last = text[-1] if text else "\n"
    entry = _CLASSIFYING_BY_LAST.get(last)
    if entry is None:
        entry = _classifying_pattern_for(last)
    combined, ungated = entry
    if ungated is not None and len(text) <= _GATE_MAX_CHARS and _GATE.search(text) is None:
        combined = ungated
    match = combined.match(text)
    return _NONE_MATCHES if match is None else int(match.lastgroup[1:])


# The clause marks as a set: one set operation over the text instead of a search per mark
# (which only single characters allow).
_CLAUSE_MARK_SET = frozenset(L.CLAUSE_MARKS)
if any(len(mark) != 1 for mark in L.CLAUSE_MARKS):
    raise ValueError("L.CLAUSE_MARKS must be single characters")


def looks_like_headline(text: str) -> bool:
    """A short line with no sentence punctuation: a headline, a deck line or a subhead."""
    if not 2 <= len(text) <= L.HEADLINE_MAX_CHARS:
        return False
    if text[-1] in L.CLAUSE_PUNCT or _ends_complete(text):
        return False
    if not _CLAUSE_MARK_SET.isdisjoint(text):
        return False
    if text[0] in common.OPEN_BRACKETS or text[0] in L.CONTINUATION_START or _ENUMERATED.match(text) or _PHONE_LIKE.search(text):
        return False
    return True


def _ends_with_byline(text: str) -> bool:
    """Ends in "(张波)": a closed paragraph, whatever its length (a cut name could go on: "记者 弓凤")."""
    return _TRAILING_PAREN_BYLINE.search(text) is not None


def _exclaims(text: str) -> bool:
    """A short line ending in its own "？" or "！": a headline when a report opens under it."""
    return len(text) <= L.HEADLINE_MAX_CHARS and text[-1] in L.HEADLINE_END_MARKS and _CLAUSE_MARK_SET.isdisjoint(text)


def _ends_complete(text: str) -> bool:
    """The paragraph ends a sentence: final punctuation, possibly inside closing quotes."""
    stripped = text.rstrip(L.CLOSERS)
    return bool(stripped) and stripped[-1] in L.FINAL_PUNCT


def _ends_open(text: str) -> bool:
    """The paragraph stops where a sentence cannot end: in a word or after a comma."""
    last = text[-1]
    if last in L.FINAL_PUNCT or last in L.CLOSERS:
        return False
    return last.isalnum() or last in L.CLAUSE_PUNCT


def _carries_on(last: _Piece, para: _Para) -> bool:
    """``para`` goes on with the body paragraph ``last`` (a break the page layout made)."""
    if para.listed == LABELLED_ITEM:
        return False  # a list entry starts a line of its own, whatever the line above ends with
    if last.entry:
        # "报名网站:全国征兵网" / "市民可…": only a value the layout broke goes on ("…至" / "2024年2月10日").
        return para.listed == ENTRY_TAIL
    return _continues(last.text, para.text)


def _continues(previous: str, following: str) -> bool:
    """``following`` carries on the sentence ``previous`` stopped in (page-layout break)."""
    if _ends_complete(previous) or _ENUMERATED.match(following):
        return False  # "…通告如下:" / "一、报名时间…" are two paragraphs
    first = following[0]
    if first in L.CONTINUATION_START:
        return True
    if not _ends_open(previous):
        return False
    return first.isalnum() or first in L.SENTENCE_OPENERS


# Seven digits in a row is a telephone number: "电话 13900000000" is a notice line, no headline.
# Written as ``\d{7}|\d{3,4}[-－]\d{7,8}`` with its first digit taken out of the alternatives (the
# same texts match): a pattern opening on a character class lets the engine skip ahead to a digit,
# while one opening on an alternation of repeats is tried at every position of the line.
_PHONE_LIKE = re.compile(rf"\d(?:\d{{6}}|\d{{2,3}}[{L.PHONE_HYPHENS}]\d{{7,8}})")


class _Segmenter:
    def __init__(self, paras: list[_Para], closes_with_bylines: bool | None = None,
                 classified_lines: set[int] | None = None) -> None:
        """``closes_with_bylines``: ``_closes_with_bylines(paras)`` when known; ``classified_lines``: the
        indexes of the paragraphs holding a word of _CLASSIFIED_START_WORDS, when known."""
        self.paras = paras
        # No other paragraph is a classified item (each holds such a word): one search of the page
        # instead of a pattern test of every body paragraph.
        self.classified_lines = (_Lines(paras).holding(_CLASSIFIED_START_WORDS) if classified_lines is None
                                 else classified_lines)
        # Finished builders in the order they were finished, by id: one taken up again by
        # ``_resume`` leaves in O(1). A finished builder is never changed until it is taken up again.
        self.done: dict[int, _Builder] = {}
        # The finished ones an interrupting caption or story cut off mid-word (``_is_cut_off``).
        self.cut_off: dict[int, _Builder] = {}
        self.cur: _Builder | None = None
        self.pending: list[_Para] = []
        self.section: str | None = None
        self.classified_title: _Para | None = None
        self.block_heads: list[_Para] = []
        self.continued = False  # the last jump line said the next text continues an article
        self.skip_until = -1
        self.section_end = -2  # index of the paragraph that last ended a column label
        self.closes_with_bylines = _closes_with_bylines(paras) if closes_with_bylines is None else closes_with_bylines
        self.list_follows = ""  # the paragraph being read is a list line (``_Para.listed``)

    # -- driver ---------------------------------------------------------------------------

    def run(self) -> tuple[Article, ...]:
        handlers = {
            RULE: self._rule,
            MASTHEAD: self._masthead,
            JUMP: self._jump,
            SECTION: self._section,
            SUBTITLE: self._subtitle,
            OPENER: self._opener,
            CREDIT: self._credit,
            BYLINE: self._byline,
            DATE: self._date,
            NOTICE_INLINE: self._notice_inline,
            BODY: self._body,
        }
        for index, para in enumerate(self.paras):
            if index <= self.skip_until:
                continue
            cur = self.cur
            if cur is not None and cur.pieces and cur.pieces[-1].wrapped and para.kind != BODY:
                self._read_end(cur)  # hard-wrapped text: the paragraph ended on the line above
            if para.kind != BODY and para.kind != DATE and self.classified_title is not None:
                self.classified_title = None
            self.list_follows = para.listed
            handler = handlers.get(para.kind)
            if handler is None:  # a head of some kind
                self._head(para, index)
            else:
                handler(para, index)
        self._flush_heads("end")
        self._finish()
        # In text order (a stable sort: builders starting at one offset keep the order they ended in).
        ordered = sorted(((builder.first_offset(), builder) for builder in self.done.values()), key=_first_item)
        return tuple(builder.build(seq, start) for seq, (start, builder) in enumerate(ordered))

    # -- state helpers ------------------------------------------------------------------

    def _finish(self) -> None:
        if self.cur is not None:
            if self.cur.pieces and self.cur.pieces[-1].wrapped:
                self._read_end(self.cur)
            if self.cur.has_body or self.cur.heads or self.cur.bylines:
                self.done[id(self.cur)] = self.cur
                if _is_cut_off(self.cur):
                    self.cut_off[id(self.cur)] = self.cur
            self.cur = None

    def _close(self) -> None:
        if self.cur is not None:
            self.cur.closed = True

    def _open_article(self, kind: ArticleKind, started_by: str) -> _Builder:
        self._finish()
        self.continued = False
        self.cur = _Builder(kind=kind, section=self.section, started_by=started_by)
        return self.cur

    def _is_open(self) -> bool:
        return self.cur is not None and not self.cur.closed

    def _opens_report(self, index: int) -> bool:
        """The paragraph at ``index`` begins a report: "本报讯…", a subtitle or a top byline."""
        return index < len(self.paras) and _opens_report_at(self.paras, index)

    # -- heads ----------------------------------------------------------------------------

    def _head(self, para: _Para, index: int) -> None:
        after_notice_title = self.pending and self.pending[-1].kind in (NOTICE_TITLE, CLASSIFIED_TITLE)
        if after_notice_title and para.kind == HEADLINE and not self._opens_report(index + 1):
            # Short lines under "寻人启事" are the notice itself ("请知情者联系王建国 139…").
            self._flush_heads("body")
            if self.classified_title is not None:
                self._classified_item(para)
            else:
                self._append_body(para, glue=False)
            return
        self.pending.append(para)

    def _deck_run_before_opener(self, index: int, short_only: bool = False) -> bool:
        """Lines from ``index`` on are headline or deck lines, and then a byline opens the report.

        Deck lines may be long and carry commas (004: "全会号召,要更加紧密地…篇章"), and a headline
        may end in "？" or "！" ("你的医保卡还能这样用？"); "本报讯" under them settles it.
        """
        if short_only and index and self.paras[index - 1].wrapped:
            return False  # the tail of a hard-wrapped sentence of the open article
        longest = L.HEADLINE_MAX_CHARS if short_only else L.DECK_MAX_CHARS
        j = index
        while j < len(self.paras) and j - index < L.DECK_MAX_LINES:
            para = self.paras[j]
            if para.listed:
                break  # list lines are body: "男兵:…", "燃气抢修 66668888"
            if para.kind in (HEADLINE, HEADING):
                j += 1
                continue
            if para.kind == BODY and len(para.text) <= longest and common.FULL_STOP not in para.text \
                    and (not _ends_complete(para.text) or _exclaims(para.text)):
                j += 1
                continue
            break
        if j == index:
            return False
        return self._opens_report(j)

    def _flush_heads(self, followed_by: str) -> None:
        """Decide what the pending headline lines are, given what follows them."""
        heads, self.pending = self.pending, []
        if not heads:
            return
        if followed_by in ("opener", "byline"):
            self._start_titled(heads, "article")
            return
        if followed_by == "body":
            notice = next((h for h in heads if h.kind in (NOTICE_TITLE, CLASSIFIED_TITLE)), None)
            if notice is not None and notice.kind == CLASSIFIED_TITLE and heads[-1].kind == NOTICE_TITLE:
                notice = heads[-1]  # "分类信息" over "注销公告": a signed notice in the classified pages
            if notice is not None and notice.kind == CLASSIFIED_TITLE:
                self._finish()
                self.classified_title = notice
                self.block_heads = heads
                return
            if notice is not None:
                self._start_titled(heads, "notice", title=notice)
                return
            if self._heads_start_article(heads, above_list=self.list_follows in (LABELLED_ITEM, ENTRY_TAIL)):
                self._start_titled(heads, "article")
                return
            for head in _unwrap(heads):  # subheads of the open article
                self.cur.pieces.append(_piece(head, whole=True))
            return
        if self._is_open() and self.cur.kind == "notice" and self.cur.has_body:
            self.pending = heads
            self._signature_lines()
            return
        if followed_by == "end":
            # A headline closing the page: its story goes on elsewhere, unmarked.
            self._start_titled(heads, "article")
            return
        # Nothing readable follows: the lines label what comes next.
        self.section = " ".join(h.text for h in heads)

    def _heads_start_article(self, heads: list[_Para], above_list: bool = False) -> bool:
        cur = self.cur
        if cur is not None and not cur.closed and cur.kind == "notice" and cur.has_body \
                and all(h.kind == HEADLINE for h in heads) \
                and sum(len(p.text) for p in cur.pieces) < L.NOTICE_MAX_CHARS_FOR_LINES:
            return False  # "联系人 张先生" and the like, inside a short notice
        if cur is None or cur.closed or cur.kind != "article" or not cur.has_body:
            return True
        if above_list and len(heads) == 1 and heads[0].kind in (HEADLINE, HEADING) and not heads[0].level:
            return False  # "报名安排" over "报名时间:…" / "报名网站:…": a heading inside the story
        if cur.started_by == "opener" or any(h.kind == SUBTITLE for h in heads):
            return True
        if any(h.kind == DATE for h in heads) and cur.title_is_date:
            return True
        levels = [h.level for h in heads if h.level]
        if levels and cur.title_level is not None:
            return min(levels) <= cur.title_level
        # Plain text: a headline inside an article not yet closed is a subhead, but only on pages
        # that close their articles with bylines; elsewhere "not closed" tells nothing.
        return not self.closes_with_bylines

    def _start_titled(self, heads: list[_Para], kind: ArticleKind, title: _Para | None = None) -> None:
        cur = self.cur
        if kind == "article" and cur is not None and not cur.closed and cur.kind == "article" \
                and cur.heads and not cur.has_body and not cur.bylines:
            # More deck lines for the headline just started.
            heads = cur.heads + heads
            self.cur = None
        self._finish()
        heads = _unwrap(heads)
        builder = self._open_article(kind, "notice" if kind == "notice" else "heads")
        builder.heads = heads
        chosen = title or _choose_title(heads)
        builder.title = chosen
        builder.subtitles = [h for h in heads if h is not chosen]
        builder.title_level = chosen.level or None
        builder.title_is_date = chosen.kind == DATE

    # -- handlers -------------------------------------------------------------------------

    def _rule(self, para: _Para, index: int) -> None:
        """A drawn rule ("---", "＊＊＊") separates stories: whatever was open ends here."""
        self._flush_heads("none")
        self._close()

    def _masthead(self, para: _Para, index: int) -> None:
        self._flush_heads("none")
        self._close()
        cur = self.cur
        if cur is not None and cur.kind == "masthead":
            cur.pieces.append(_piece(para))
            return
        builder = self._open_article("masthead", "orphan")
        builder.pieces.append(_piece(para))
        builder.closed = True

    def _jump(self, para: _Para, index: int) -> None:
        continues = L.JUMP_FROM.search(para.text) is not None
        held = self.pending if continues else []  # a headline over "(上接第1版)" titles what follows
        self.pending = []
        self._flush_heads("none")
        self._close()
        builder = self._open_article("jump", "orphan")
        builder.pieces.append(_piece(para))
        builder.closed = True
        self.continued = continues
        self.pending = held

    def _section(self, para: _Para, index: int) -> None:
        if self._opens_report(index + 1):
            # "聚焦高质量发展" right above "本报讯": a headline that reads like a column name.
            self._head(para, index)
            return
        self._flush_heads("none")
        self._close()
        label = para.text
        if L.SECTION_OPEN_END.match(label) and index + 1 < len(self.paras):
            following = self.paras[index + 1]
            if L.SECTION_CONTINUATION.match(following.text):
                label += following.text
                self.skip_until = index + 1
        if self.section is not None and self.section_end == index - 1:
            # Stacked labels: a banner over a column name ("深入学习宣传贯彻…精神" / "政务之要").
            label = f"{self.section} / {label}"
        self.section = label
        self.section_end = max(index, self.skip_until)

    def _subtitle(self, para: _Para, index: int) -> None:
        if self.pending:
            self.pending.append(para)
            return
        cur = self.cur
        if cur is not None and not cur.closed and not cur.has_body and cur.heads:
            cur.heads.append(para)
            cur.subtitles.append(para)
            return
        self._body(para, index)

    def _opener(self, para: _Para, index: int) -> None:
        match = L.BYLINE_OPENER.match(para.text)
        if self.pending:
            self._flush_heads("opener")
        elif not (self._is_open() and self.cur.kind == "article" and self.cur.heads and not self.cur.has_body):
            self._open_article("article", "opener")
        cur = self.cur
        if cur.started_by == "heads":
            cur.started_by = "opener"
        byline = match.group("byline")
        cur.add_byline(byline, para.offset_at(0), para.offset_at(len(byline) - 1) + 1)
        rest = para.cut(match.end())
        if rest.text:
            self._append_body(rest)

    def _credit(self, para: _Para, index: int) -> None:
        credit = (para.text, para.start, para.end)
        if self.pending:
            heads, self.pending = self.pending, []
            builder = self._open_article("caption", "orphan")
            builder.pieces.extend(_piece(h) for h in heads)
        elif self._is_open() and self.cur.started_by == "orphan" and self.cur.kind == "article" \
                and len(self.cur.pieces) <= 2:
            builder = self.cur
            builder.kind = "caption"
        elif self._is_open() and self.cur.has_body and _is_caption_text(self.cur.pieces[-1].text):
            piece = self.cur.pieces.pop()
            self._close()
            builder = self._open_article("caption", "orphan")
            builder.pieces.append(piece)
        else:
            self._close()
            builder = self._open_article("caption", "orphan")
        builder.add_byline(*credit)
        builder.closed = True

    def _byline(self, para: _Para, index: int) -> None:
        span = (para.text, para.start, para.end)
        if self.pending:
            self._flush_heads("byline")
        cur = self.cur
        if cur is None:
            return
        cur.add_byline(*span)
        if cur.has_body:
            cur.closed = cur.ended = True
        elif cur.started_by == "heads" and L.COMMENTARY_BYLINE.search(para.text):
            # A commentary ("本报评论员") carries no subheads and no closing byline: the next
            # headline starts a new article.
            cur.started_by = "opener"

    def _date(self, para: _Para, index: int) -> None:
        cur = self.cur
        if self._is_open() and cur.kind == "notice" and cur.has_body:
            self._signature_lines()
            self._append_body(para, glue=False)
            cur.closed = cur.ended = True
            return
        if not self.done and self.cur is None and not self.pending:
            # A bare date opening the page is the masthead's.
            self._masthead(para, index)
            return
        self.pending.append(para)

    def _signature_lines(self) -> None:
        """Pending short lines under an open notice are its signature, not a new headline."""
        for head in self.pending:
            self.cur.pieces.append(_piece(head, whole=True))
        self.pending = []

    def _notice_inline(self, para: _Para, index: int) -> None:
        self._flush_heads("none")
        match = L.NOTICE_INLINE.match(para.text)
        builder = self._open_article("notice", "notice")
        title = para.cut(0, len(match.group("title")))
        builder.heads = [title]
        builder.title = title
        rest = para.cut(match.end())
        self._append_body(rest)
        if _SIGNATURE_DATE.search(rest.text):
            builder.closed = True

    def _body(self, para: _Para, index: int) -> None:
        classified = index in self.classified_lines and _is_classified_item(para.text)  # para is self.paras[index]
        if classified and self._in_classified_run(index) and self._is_open_article():
            self._close()  # a run of one-line notices under no heading ends the story above it
        if self.classified_title is not None or classified and not self._is_open_article():
            if len(para.text) <= L.CLASSIFIED_ITEM_MAX_CHARS and (self.classified_title is not None or not self.pending):
                self._classified_item(para)
                return
            self.classified_title = None
        if self.pending and self.pending[-1].wrapped:
            self.pending.append(para)  # the rest of a headline or deck line cut at the page width
            return
        if self.pending:
            if self._deck_run_before_opener(index):
                self.pending.append(para)
                return
            if _is_caption_text(para.text):
                self._caption_paragraph(para, heads=self.pending)
                self.pending = []
                return
            self._flush_heads("body")
            if self.classified_title is not None:
                self._classified_item(para)
                return
        elif not self._is_open():
            if self._deck_run_before_opener(index):
                self.pending.append(para)
                return
            if _is_caption_text(para.text):
                self._caption_paragraph(para)
                return
            if not self._resume(para):
                self._open_article("article", "jump" if self.continued else "orphan")
        elif _has_trailing_credit(para.text):
            self._close()
            self._caption_paragraph(para)
            return
        elif self._deck_run_before_opener(index, short_only=True):
            self.pending.append(para)
            return
        self._append_body(para)

    def _in_classified_run(self, index: int) -> bool:
        """The paragraph is one of two or more classified items in a row ("甲遗失…作废。" / "乙遗失…")."""
        if not _is_classified_item(self.paras[index].text):
            return False
        return any(
            0 <= other < len(self.paras) and self.paras[other].kind == BODY and _is_classified_item(self.paras[other].text)
            for other in (index - 1, index + 1)
        )

    def _resume(self, para: _Para) -> bool:
        """Take up again the one article a caption or another story cut off mid-word, when an
        untitled paragraph carries on its sentence ("…打造完" … "整产业链,…")."""
        if self.continued or not _is_ideograph(para.text[0]):
            return False
        current = self.cur is not None and _is_cut_off(self.cur)
        if len(self.cut_off) + current != 1:
            return False
        builder = self.cur if current else next(iter(self.cut_off.values()))
        self._finish()
        del self.done[id(builder)]
        self.cut_off.pop(id(builder), None)
        builder.closed = False
        self.cur = builder
        return True

    def _is_open_article(self) -> bool:
        return self._is_open() and self.cur.kind in ("article", "notice")

    def _classified_item(self, para: _Para) -> None:
        builder = self._open_article("classified", "orphan")
        if self.classified_title is not None:
            builder.title = self.classified_title
            if self.block_heads:
                builder.heads, self.block_heads = self.block_heads, []
        builder.pieces.append(_piece(para))
        builder.closed = True

    def _caption_paragraph(self, para: _Para, heads: list[_Para] | None = None) -> None:
        builder = self._open_article("caption", "orphan")
        if heads:
            builder.heads = heads
            builder.title = _choose_title(heads)
            builder.subtitles = [h for h in heads if h is not builder.title]
        credit = _TRAILING_CREDIT.search(para.text)
        if credit is not None and not para.text.endswith(L.NOT_CREDIT_ENDINGS):
            begin = credit.start("credit")
            builder.add_byline(credit.group("credit"), para.offset_at(begin), para.offset_at(-1) + 1)
            para = para.cut(0, begin)
        if para.text:
            builder.pieces.append(_piece(para))
        builder.closed = True

    def _append_body(self, para: _Para, glue: bool = True) -> None:
        """Add a paragraph to the open article, gluing a sentence the layout broke, then take a
        closing byline or "(下转…)" off its end."""
        cur = self.cur
        leading = _LEADING_JUMP.match(para.text)
        if leading is not None:
            para = para.cut(leading.end())
        if not para.text:
            return
        last = cur.pieces[-1] if cur.pieces else None
        if glue and last is not None and not last.whole and (last.wrapped or _carries_on(last, para)):
            last.known_offsets = last.offsets + para.offsets  # before the text grows: a lazy map reads its length
            last.text += para.text
            last.end = para.end
            last.separator = para.line_end
            last.wrapped = para.wrapped
        else:
            cur.pieces.append(_piece(para))
        if not cur.pieces[-1].wrapped:  # else the paragraph goes on; its end is read there
            self._read_end(cur)

    def _read_end(self, cur: _Builder) -> None:
        """Take a closing byline or "(下转…)" off the end of the last paragraph, closing the article."""
        piece = cur.pieces[-1]
        piece.wrapped = False
        text = piece.text
        if text:
            # _may_end_with_trailer's answer, read from its table without the call when known.
            known = _TRAILER_ENDS.get(text[-1])
            if known is None:
                known = _may_end_with_trailer(text[-1])
        if text and not known:
            # Nothing can be taken off its end (most paragraphs end in "。").
            if cur.kind == "notice" and _SIGNATURE_DATE.search(text):
                cur.closed = cur.ended = True
            return
        close_after = False
        trailing = _TRAILING_JUMP.search(piece.text)
        if trailing is not None:
            _truncate(piece, trailing.start())
            close_after = True
        for pattern in (_TRAILING_PAREN_BYLINE, _TRAILING_ROLE_BYLINE):
            match = pattern.search(piece.text)
            if match is not None and match.start("byline") > 0:
                begin = match.start("byline")
                cur.add_byline(match.group("byline"), piece.offsets[begin], piece.offsets[-1] + 1)
                _truncate(piece, begin)
                close_after = True
                break
        if not piece.text:
            cur.pieces.pop()
        elif cur.kind == "notice" and _SIGNATURE_DATE.search(piece.text):
            close_after = True
        if close_after:
            cur.closed = cur.ended = True


_TRAILERS = (_TRAILING_JUMP, _TRAILING_PAREN_BYLINE, _TRAILING_ROLE_BYLINE)  # what _read_end takes off
_TRAILER_ENDS: dict[str, bool] = {}


def _may_end_with_trailer(char: str) -> bool:
    """A paragraph ending in ``char`` may end in a closing byline or "(下转…)" (read from the
    patterns; "$" also matches before a final line break, so a line break may)."""
    known = _TRAILER_ENDS.get(char)
    if known is None:
        known = _TRAILER_ENDS[char] = char == "\n" or any(trailer.could_end(char) for trailer in _TRAILERS)
    return known


def _is_cut_off(builder: _Builder) -> bool:
    """An article that stops mid-word ("…打造完"): what an untitled paragraph may take up again."""
    return (builder.kind == "article" and not builder.ended and bool(builder.pieces)
            and not builder.pieces[-1].whole and _is_ideograph(builder.pieces[-1].text[-1]))


def _is_ideograph(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


# Pages with fewer closing bylines than this do not mark the ends of their articles.
_MIN_CLOSING_BYLINES = 2


def _closes_with_bylines(paras: list[_Para]) -> bool:
    """The page closes its articles with bylines: at least _MIN_CLOSING_BYLINES bylines printed
    after a body, "(张波)" ending a paragraph or on a line of its own (counting stops there)."""
    count = 0
    for index, para in enumerate(paras):
        if para.kind == BYLINE and index and paras[index - 1].kind in (BODY, OPENER):
            count += 1
        elif _TRAILING_PAREN_BYLINE.search(para.text) or _TRAILING_ROLE_BYLINE.search(para.text):
            count += 1
        if count >= _MIN_CLOSING_BYLINES:
            return True
    return False


def _piece(para: _Para, whole: bool = False) -> _Piece:
    return _Piece(para.text, para.known_offsets, para.start, para.end, para.line_end, whole, para.wrapped,
                  para.listed in (LABELLED_ITEM, ENTRY_TAIL))


def _truncate(piece: _Piece, length: int) -> None:
    text = piece.text[:length].rstrip(_STRIP)
    if piece.known_offsets is not None:  # else the shorter text still stands from ``start`` on
        piece.known_offsets = piece.known_offsets[: len(text)]
    piece.text = text


def _unwrap(heads: list[_Para]) -> list[_Para]:
    """Headline lines hard-wrapped at the page width, joined back into one line each."""
    joined: list[_Para] = []
    for head in heads:
        if joined and joined[-1].wrapped and _continues(joined[-1].text, head.text):
            joined[-1] = joined[-1].joined(head)
        else:
            joined.append(head)
    return joined


def _choose_title(heads: list[_Para]) -> _Para:
    """The main headline among stacked headline lines (the rest are kicker or deck lines)."""
    candidates = [h for h in heads if h.kind != SUBTITLE] or heads
    levels = [h.level for h in candidates if h.level]
    if levels:
        top = min(levels)
        return next(h for h in candidates if h.level == top)
    short = [h for h in candidates if len(h.text) <= L.HEADLINE_MAX_CHARS]
    if not short:
        return candidates[0]
    short = [h for h in short if not _is_kicker(h.text)] or short
    return max(short, key=lambda h: len(h.text.replace(" ", "").replace("\u3000", "")))


def _is_kicker(text: str) -> bool:
    """"聚焦：优化营商环境", "访谈：…": a label and a colon over the main headline line."""
    match = _LABELLED_LINE.search(text)
    return match is not None and len(_SPACES.sub("", match.group("label"))) <= L.KICKER_LABEL_MAX_CHARS


def _is_caption_text(text: str) -> bool:
    return text.startswith(L.CAPTION_MARKERS) or _has_trailing_credit(text)


def _has_trailing_credit(text: str) -> bool:
    match = _TRAILING_CREDIT.search(text)
    if match is None or text.endswith(L.NOT_CREDIT_ENDINGS):
        return False
    credit = match.group("credit")
    if credit.endswith(L.CREDIT_PROVIDED_ENDINGS):
        return any(marker in text for marker in L.CAPTION_MARKERS)
    return match.start("credit") > 0


def _is_classified_item(text: str) -> bool:
    return len(text) <= L.CLASSIFIED_ITEM_MAX_CHARS and _CLASSIFIED_ITEM.search(text) is not None
