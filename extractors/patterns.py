"""Turning language data into regular expressions, the same way for every extractor."""

from __future__ import annotations

import re
from bisect import bisect_right
from re import _constants as _sre_constants
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, escaped, longest first so the longest word wins.

    Words of one length are in code-point order: two of them never match at the same place, and
    the pattern reads the same in every process (a cached compiled pattern is found by its text).
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def minimal_words(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` without those holding another of them, sorted: a text holds one of ``words``
    exactly when it holds one of these (a cheaper gate, or fewer finds)."""
    unique = set(words)
    return tuple(sorted(w for w in unique if not any(v != w and v in w for v in unique)))


def prefix_tree_alternation(words: Iterable[str]) -> str:
    """The same matches as :func:`alternation`, the words written as a tree of shared beginnings
    ("市长(?:助理)?|市委书记" for 市长, 市长助理, 市委书记).

    The engine tries an alternation's words one after the other at each place one may begin; a
    hundred titles, most beginning with a handful of common characters (副, 市, 县), were a hundred
    tries at each of those characters. Here each character leads to the words it begins only. The
    words that can match at one place are beginnings of one another, and each branch tries the longer
    first (a greedy optional tail), so the longest word wins, as in :func:`alternation`, and a
    pattern that backtracks into it is offered the same words in the same order.
    """
    tree: dict = {}
    for word in set(words):
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branches(node: dict) -> list[str]:
        return [re.escape(ch) + tail(node[ch]) for ch in sorted(k for k in node if k)]

    def tail(node: dict) -> str:
        alternatives = branches(node)
        if not alternatives:
            return ""
        group = "(?:" + "|".join(alternatives) + ")"
        return group + "?" if "" in node else (alternatives[0] if len(alternatives) == 1 else group)

    pattern = "|".join(branches(tree))
    return pattern + "|" if "" in tree else pattern  # the empty word last, as in alternation


def bounds(text: str, pos: int, pattern: re.Pattern) -> tuple[int, int]:
    """The stretch of text around pos between two matches of pattern (a clause or a sentence)."""
    # The caches below are keyed by the pattern's source and flags, not the compiled pattern: its
    # hash reads its whole compiled program (~0.5 us, twice a call: 2/3 of a call's cost).
    source, flags = pattern.pattern, pattern.flags
    if 0 <= pos <= len(text) and _one_character_source(source, flags):
        # Each match is one character, so the matches before pos are those of the whole text that
        # end by pos: found once per text and pattern, then bisected. An extractor asks for the
        # clause or sentence of dozens of positions of one body; read from the start each time,
        # that was a Python loop over every mark before each position.
        ends = _match_ends(text, source, flags)
        after = bisect_right(ends, pos)  # the first match at or after pos
        return (ends[after - 1] if after else 0), (ends[after] - 1 if after < len(ends) else len(text))
    begin = 0
    for m in pattern.finditer(text, 0, pos):
        begin = m.end()
    m = pattern.search(text, pos)
    return begin, (m.start() if m else len(text))


def last_match(pattern: re.Pattern | StartGated, text: str, start: int, end: int) -> re.Match | None:
    """The last of pattern's matches in text[start:end], as finditer finds them (the one nearest
    before ``end``: the cue, verb or opener closest to what follows)."""
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found


def heads_its_clause(text: str, start: int, end: int, clause_end: re.Pattern, closers: str,
                     ignored: str | None = None) -> int | None:
    """Where the clause that text[start:end] is the whole of closes, when one of ``closers`` closes
    it ("截至6月3日," heading its sentence); None when other words share the clause. ``ignored``:
    characters allowed before it in the clause (None: whitespace only)."""
    c_start, c_end = bounds(text, start, clause_end)
    if text[c_start:start].strip(ignored) or text[end:c_end].strip() or c_end >= len(text) \
            or text[c_end] not in closers:
        return None
    return c_end


def spans_between(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    """The spans of ``text`` outside ``pattern``'s matches, in order (empty spans included): what
    is left of a text read with something skipped (pinyin glosses a mirror printed). ``[]`` when
    the pattern matches nowhere, so a caller can tell "nothing skipped" from "all of it kept"."""
    spans: list[tuple[int, int]] = []
    position = 0
    for skipped in pattern.finditer(text):
        spans.append((position, skipped.start()))
        position = skipped.end()
    if spans:
        spans.append((position, len(text)))
    return spans


@lru_cache(maxsize=64)
def _one_character_source(source: str, flags: int) -> bool:
    """Whether every match of the pattern compiled from ``source`` with ``flags`` is one character:
    a single character or class, nothing else (no lookaround, no repeat), so that where it matches
    does not depend on where a search stops."""
    from re import _constants as C, _parser

    try:
        parsed = _parser.parse(source, flags)
    except Exception:  # noqa: BLE001 - a parser other than CPython's: the plain loop
        return False
    return len(parsed) == 1 and parsed[0][0] in (C.LITERAL, C.IN)


# The bodies of the articles an extractor is reading (a few at a time), with their marks' ends.
@lru_cache(maxsize=32)
def _match_ends(text: str, source: str, flags: int) -> tuple[int, ...]:
    # (re.compile answers from re's own cache: the pattern was compiled by whoever passed it)
    return tuple(m.end() for m in re.compile(source, flags).finditer(text))


class CharacterFold:
    """``text.translate(table)`` for a table of one character to one character, faster.

    ``str.translate`` looks every character of a Chinese text up in a dict (~150 ns each: a 7,000
    character page takes a millisecond); one ``str.replace`` per folded character scans the text at
    memory speed instead. A table that is not one to one, or whose outputs are folded again, is
    applied with translate as before. A large table (a script's vocabulary, hundreds of characters)
    is first asked as one character class, so that a text holding none of them costs one search,
    not a substring test per character (such a text comes back as the same object), and a text
    holding some is folded for those it holds."""

    __slots__ = ("_pairs", "_folds", "_table", "_class", "_gate_always")

    # Above this many characters a table is searched for as one class before folding.
    _GATED_ABOVE = 64
    # A text shorter than this is searched for as one class first whatever the table's size: a
    # line of a few dozen characters costs a search ~8x cheaper than a substring test per folded
    # character (dates fold each line an extractor asks about, ~60 a page, nearly all unchanged).
    _SHORT_TEXT = 128

    def __init__(self, mapping: dict[str, str]) -> None:
        self._table = str.maketrans(mapping)
        one_to_one = all(len(k) == 1 and len(v) == 1 and v not in mapping for k, v in mapping.items())
        self._pairs = tuple(mapping.items()) if one_to_one else None
        self._folds = dict(mapping) if one_to_one else None
        self._class = re.compile(f"[{re.escape(''.join(mapping))}]") if one_to_one and mapping else None
        self._gate_always = len(mapping) > self._GATED_ABOVE

    def __call__(self, text: str) -> str:
        if self._pairs is None:
            return text.translate(self._table)
        if self._class is None:
            return text  # an empty table
        if self._gate_always or len(text) < self._SHORT_TEXT:
            first = self._class.search(text)
            if first is None:
                return text
            # The characters the text holds, read in one pass from the first: a page printing a
            # few traditional characters is not searched once for each of the table's hundreds.
            for char in set(self._class.findall(text, first.start())):
                text = text.replace(char, self._folds[char])
            return text
        for char, folded in self._pairs:
            if char in text:
                text = text.replace(char, folded)
        return text

    def folding(self, texts: Sequence[str]) -> set[int] | None:
        """The indexes of ``texts`` this fold changes (each other text it returns as itself), found
        by one search of the texts joined: a page's articles asked one by one cost a search call
        each, ~200 a page. None when that cannot be told so (a table folded with translate)."""
        if self._pairs is None or self._class is None:
            return None if self._pairs is None else set()
        if self._class.match(_SEPARATOR):
            return None  # (no table of a script folds it)
        starts, pos = [], 0
        for text in texts:
            starts.append(pos)
            pos += len(text) + 1
        joined, search, pos = _SEPARATOR.join(texts), self._class.search, 0
        found: set[int] = set()
        # (the separator folds to nothing: a match lies inside one text, and the search goes on
        # from the next text's start, not from each folding character)
        while (hit := search(joined, pos)) is not None:
            index = bisect_right(starts, hit.start()) - 1
            found.add(index)
            pos = starts[index + 1] if index + 1 < len(starts) else len(joined)
        return found

    def printed_chars(self, chars: str) -> str:
        """``chars`` and every character this fold turns into text holding one of them, sorted.
        The fold works character by character, so a printed text holds one of these wherever its
        folded text holds one of ``chars``: a text holding none need not be folded to learn that
        its folded text holds none."""
        if not chars:
            raise ValueError("printed_chars needs at least one character")
        printed = set(chars)
        for code, folded in self._table.items():
            folded_text = folded if isinstance(folded, str) else ("" if folded is None else chr(folded))
            if any(char in chars for char in folded_text):
                printed.add(chr(code))
        return "".join(sorted(printed))

    def printed_as(self, chars: str) -> re.Pattern:
        """:meth:`printed_chars` as one character class, to search a text for."""
        return re.compile("[" + re.escape(self.printed_chars(chars)) + "]")

    def folded_into(self, text: str) -> frozenset[str] | None:
        """The characters this fold turns some character of ``text`` into: wherever the folded
        text differs from ``text``, it holds one of these. None for a table that is not one
        character to one (where the two texts may differ in length)."""
        if self._folds is None:
            return None
        if self._class is None:
            return frozenset()
        return frozenset(self._folds[char] for char in set(self._class.findall(text)))


# What CharacterFold.folding joins texts with: a character no fold table holds.
_SEPARATOR = "\x00"


# Characters a pattern's match can start with, read off the parsed pattern. A character class
# wider than this many code points counts as "any" (a set that large would not narrow the search).
_WIDEST_CLASS = 512


def _starts(items) -> tuple[frozenset[str] | None, bool]:
    """For a parsed sequence: the characters a match can begin with (None: any) and whether the
    sequence can match the empty string (then what follows it may begin the match too)."""
    from re import _constants as C

    found: set[str] = set()
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # zero-width: what follows begins the match
        if op is C.LITERAL:
            chars, empty = frozenset(chr(av)), False
        elif op is C.IN:
            chars, empty = _class_chars(av), False
        elif op is C.SUBPATTERN:
            chars, empty = _starts(av[3])
        elif op is getattr(C, "ATOMIC_GROUP", None):
            chars, empty = _starts(av)
        elif op is C.BRANCH:
            chars, empty = frozenset(), False
            for branch in av[1]:
                branch_chars, branch_empty = _starts(branch)
                if branch_chars is None:
                    return None, True
                chars, empty = chars | branch_chars, empty or branch_empty
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
            chars, empty = _starts(av[2])
            empty = empty or av[0] == 0
        else:
            return None, True  # any character, a back-reference, a conditional: cannot be told
        if chars is None:
            return None, True
        found |= chars
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def _class_chars(items) -> frozenset[str] | None:
    from re import _constants as C

    chars: set[str] = set()
    for kind, value in items:
        if kind is C.LITERAL:
            chars.add(chr(value))
        elif kind is C.RANGE and value[1] - value[0] < _WIDEST_CLASS:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None  # a negated class, a category (\d is any Unicode digit), a wide range
    return frozenset(chars)


def _parsed_starts(pattern: re.Pattern) -> tuple | None:
    """:func:`_starts` of the pattern as CPython's parser reads it; None when that cannot be told
    (case-insensitive or bytes patterns, another parser)."""
    from re import _parser

    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        return _starts(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a parser other than CPython's: no shortcut
        return None


# The greatest width :func:`match_widths` gives a pattern whose matches have none (a ``*``, ``+`` or
# ``{n,}``): the regex parser's own bound, longer than any text read here.
UNBOUNDED_WIDTH = _sre_constants.MAXREPEAT


def match_widths(pattern: re.Pattern) -> tuple[int, int]:
    """The fewest and the most characters a match of ``pattern`` spans, as CPython's parser reads the
    pattern (a look-around spans none); the most is :data:`UNBOUNDED_WIDTH` when there is no most."""
    from re import _parser

    return _parser.parse(pattern.pattern, pattern.flags).getwidth()


def first_characters(pattern: re.Pattern) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can begin with; None when that cannot be told or a
    match may be empty (case-insensitive patterns, wide classes, ``.``)."""
    starts = _parsed_starts(pattern)
    if starts is None:
        return None
    chars, empty = starts
    return None if empty or not chars else chars


def opening_characters(pattern: re.Pattern) -> frozenset[str] | None:
    """Every character a non-empty match of ``pattern`` can begin with: for a pattern whose parts
    are all optional ("^(?:了|一次)?(?:为期…的)?"), a text opening on none of them is matched only
    emptily. None when that cannot be told (as :func:`first_characters`)."""
    starts = _parsed_starts(pattern)
    return None if starts is None else starts[0]


class OpeningGated:
    """``pattern.match``, asked only where the text's character can begin a match
    (:func:`first_characters`): at most places a word list's alternation is matched at, no word
    begins, and the engine would still try each word in turn. A pattern whose first characters
    cannot be told is always tried."""

    __slots__ = ("pattern", "_first")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern, self._first = pattern, first_characters(pattern)

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        if self._first is not None and text[pos : pos + 1] not in self._first:
            return None
        return self.pattern.match(text, pos)


class StartGated:
    """``pattern.search``, faster where the pattern's start cannot be seen by the regex engine.

    The engine skips quickly to a match's possible first characters only when it can read them off
    the pattern's head; an alternation mixing words with lookbehinds ("(?<=[届次])会议|会") is tried
    at every position instead. This finds the next position holding one of the characters a match
    can begin with (:func:`first_characters`) and tries the pattern there: the same leftmost match,
    several times faster on Chinese text. A pattern whose first characters cannot be told is
    searched as usual.
    """

    __slots__ = ("pattern", "_start")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        chars = first_characters(pattern)
        self._start = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]") if chars else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        if self._start is None:
            return self.pattern.search(text, pos, end)
        find, match = self._start.search, self.pattern.match
        while (hit := find(text, pos, end)) is not None:
            found = match(text, hit.start(), end)
            if found is not None:
                return found
            pos = hit.start() + 1
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """``pattern.finditer``: each leftmost match, the next searched for from where it ends (no
        match is empty, or the characters would not be told, so none needs the step past it)."""
        end = len(text) if endpos is None else endpos
        if self._start is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        find, match = self._start.search, self.pattern.match
        while (hit := find(text, pos, end)) is not None:
            found = match(text, hit.start(), end)
            if found is None:
                pos = hit.start() + 1
            else:
                yield found
                pos = found.end()


class PairGated(StartGated):
    """:class:`StartGated` that also asks a match's second character where the pattern tells it.

    A pattern whose matches may begin with common characters ("一级应急响应", "2级管控": the levels
    一, 二, 1, 2 begin most numbers on a page) is tried at each of them by StartGated; here the
    search for where to try it is one alternation of the pairs a match can begin with ("一级", "一 ",
    …), each first character alone where its second cannot be told (:func:`second_characters`).
    The pattern is still tried with ``match`` at each such place: the same leftmost matches.
    """

    __slots__ = ()

    def __init__(self, pattern: re.Pattern) -> None:
        super().__init__(pattern)
        chars = first_characters(pattern)
        if not chars:
            return
        seconds = second_characters(pattern.pattern, pattern.flags)
        # Every branch opens on its first character as a literal (a first character alone is a branch
        # of its own, not a class): the regex engine then skips in C to where one of them stands.
        branches = []
        for char in sorted(chars):
            gate = seconds.get(char)
            if gate is None:
                branches.append(re.escape(char))
                continue
            second = "".join(re.escape(c) for c in sorted(gate.chars)) + (r"\d" if gate.any_decimal else "")
            branches.append(f"{re.escape(char)}[{second}]")
        self._start = re.compile("|".join(branches))


# ---- the first two characters ------------------------------------------------------------------
# Knowing a match's first character narrows where to try a pattern; on Chinese text many of those
# characters are common (一, 大, 中 start date words but mostly start other words), so the second
# character decides most of the rest. These read the two-character prefixes off a parsed pattern.

_ANY = None  # a position any character may hold
_DECIMAL = "\\d"  # a position any decimal digit may hold (``\d`` matches every script's digits)
_PAIR_LIMIT = 50_000  # prefixes kept at most; past it the analysis gives up (no gate)


class _TooWide(Exception):
    pass


def _prefixes(items, k: int) -> set[tuple]:
    """The prefixes of length k of every match of a parsed sequence, as tuples of characters or
    _ANY; a shorter tuple is a whole match (what follows it is not the pattern's). Zero-width items
    are skipped, which can only add prefixes."""
    from re import _constants as C

    out: set[tuple] = {()}
    items = list(items)
    for index, item in enumerate(items):
        grown = {p for p in out if len(p) >= k}
        open_ = [p for p in out if len(p) < k]
        if open_:
            if item[0] is C.ASSERT and item[1][0] == 1 and index == len(items) - 1:
                # A lookahead ending a sequence ("a numeral, when a range follows"): what follows
                # the match must begin as it says. Its prefixes are padded to full length, so that
                # nothing after the sequence (which starts at the same place) is added to them.
                tails = {tail + (_ANY,) * k for tail in _prefixes(item[1][1], k)}
            else:
                tails = _item_prefixes(item, k)
            for head in open_:
                for tail in tails:
                    grown.add((head + tail)[:k])
        if len(grown) > _PAIR_LIMIT:
            raise _TooWide
        out = grown
        if all(len(p) >= k for p in out):
            break
    return out


def _item_prefixes(item, k: int) -> set[tuple]:
    from re import _constants as C

    op, av = item
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return {()}
    if op is C.LITERAL:
        return {(chr(av),)}
    if op is C.IN:
        chars = _class_chars_or_decimal(av)
        return {(_ANY,)} if chars is None else {(c,) for c in chars}
    if op is C.SUBPATTERN:
        return _prefixes(av[3], k)
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _prefixes(av, k)
    if op is C.BRANCH:
        out: set[tuple] = set()
        for branch in av[1]:
            out |= _prefixes(branch, k)
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
        low, high, body = av
        # n copies for n in [min(low, k), min(high, k)] give every prefix of length k: past k
        # copies the first k already fill it, and a body that can be empty pads a shorter run.
        out = set()
        for n in range(min(low, k), min(high, k) + 1):
            out |= _prefixes(list(body) * n, k)
        return out
    return {(_ANY,)}  # any character, a category, a back-reference: one position of anything


def _class_chars_or_decimal(items) -> set[str] | None:
    from re import _constants as C

    chars: set[str] = set()
    for kind, value in items:
        if kind is C.CATEGORY and value in (C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT):
            chars.add(_DECIMAL)
        elif kind is C.CATEGORY and value in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE):
            chars |= _whitespace()
        elif kind is C.NEGATE:
            return None
        else:
            known = _class_chars([(kind, value)])
            if known is None:
                return None
            chars |= known
    return chars


def _whitespace() -> frozenset[str]:
    """What ``\\s`` matches in a str pattern: str.isspace()'s characters, all below U+3001."""
    global _WHITESPACE
    if _WHITESPACE is None:
        _WHITESPACE = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
    return _WHITESPACE


_WHITESPACE: frozenset[str] | None = None

# For tables read off a grammar elsewhere (the date scan's windows after a digit): the prefixes of
# length k of a parsed pattern's matches, what stands in them for any character and any decimal
# digit, and the error saying there are too many to list.
prefixes = _prefixes
ANY, DECIMAL, TooWide = _ANY, _DECIMAL, _TooWide


class SecondGate:
    """The characters a match's second character can be, for one first character."""

    __slots__ = ("chars", "any_decimal")

    def __init__(self, chars: frozenset[str], any_decimal: bool) -> None:
        self.chars, self.any_decimal = chars, any_decimal

    def allows(self, second: str) -> bool:
        return second in self.chars or (self.any_decimal and second.isdecimal())


def second_characters(pattern: str, flags: int = 0) -> dict[str, SecondGate]:
    """For each character a match of ``pattern`` can begin with, the characters its second can be,
    where those are known and every match is longer than one character; a character missing from
    the result has no such gate (try the pattern there). Empty for case-insensitive patterns."""
    from re import _parser

    if flags & re.IGNORECASE:
        return {}
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & re.IGNORECASE:
            return {}  # an inline (?i): the characters would need their cases too
        prefixes = _prefixes(parsed, 2)
    except _TooWide:
        return {}
    except Exception:  # noqa: BLE001 - a parser other than CPython's: no gates
        return {}
    seconds: dict[str, set[str]] = {}
    open_ended: set[str] = set()
    for prefix in prefixes:
        if not prefix or prefix[0] is _ANY:
            return {}
        # A first \d is taken as an ASCII digit: callers find the first character with a class
        # of the characters this reports, and text is folded to ASCII digits before it is matched.
        for first in ("0123456789" if prefix[0] == _DECIMAL else prefix[0]):
            if len(prefix) < 2 or prefix[1] is _ANY:
                open_ended.add(first)
            else:
                seconds.setdefault(first, set()).add(prefix[1])
    return {first: SecondGate(frozenset(chars - {_DECIMAL}), _DECIMAL in chars)
            for first, chars in seconds.items() if first not in open_ended}


class EndSearched:
    """``pattern.search`` for a pattern anchored at the end (``…$``) whose matches are at most a few
    characters long: a match ends at the end (or before a final line break), so it starts within
    its longest width of it, and the search begins there rather than at every earlier character
    (lookbehinds still see the text before the search's start)."""

    __slots__ = ("pattern", "_reach")

    def __init__(self, pattern: re.Pattern) -> None:
        longest = match_widths(pattern)[1]
        self.pattern = pattern
        # (+1: "$" also matches before a line break that ends the text)
        self._reach = longest + 1 if longest < UNBOUNDED_WIDTH else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        if self._reach is not None:
            pos = max(pos, end - self._reach)
        return self.pattern.search(text, pos, end)


class EndingGated:
    """``gated.finditer`` for a pattern every match of which ends on ``ending`` and is at most a
    fixed width long (both read off the pattern here): a match starting at a place has ``ending``
    starting at most ``width - len(ending)`` characters after it, so the places the gate finds before
    the next ``ending``'s reach are skipped, neither tried nor visited one by one: for a gate that
    stops at words printed far more often than a match's ending. A pattern of which that cannot be
    read is refused (ValueError)."""

    __slots__ = ("gated", "ending", "_reach")

    def __init__(self, gated: StartGated, ending: str) -> None:
        from re import _parser

        tail = list(_parser.parse(gated.pattern.pattern, gated.pattern.flags))[-len(ending):]
        if tail != [(_sre_constants.LITERAL, ord(c)) for c in ending]:
            raise ValueError(f"a match of {gated.pattern.pattern!r} does not always end on {ending!r}")
        width = match_widths(gated.pattern)[1]
        if width >= UNBOUNDED_WIDTH:
            raise ValueError(f"the matches of {gated.pattern.pattern!r} have no greatest width")
        self.gated, self.ending, self._reach = gated, ending, width - len(ending)

    @property
    def pattern(self) -> re.Pattern:
        return self.gated.pattern

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return self.gated.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        if self.gated._start is None:
            yield from self.gated.finditer(text, pos, end)
            return
        find, match, ending, reach = self.gated._start.search, self.gated.pattern.match, self.ending, self._reach
        while (hit := find(text, pos, end)) is not None:
            at = hit.start()
            closing = text.find(ending, at, end)
            if closing < 0:
                return  # no match ends after this place
            if closing - at > reach:
                pos = closing - reach  # no match starts before this one's ending is in reach
                continue
            found = match(text, at, end)
            if found is None:
                pos = at + 1
            else:
                yield found
                pos = found.end()
