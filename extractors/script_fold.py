"""Pages in traditional script, read by word lists written in simplified script.

Mainland papers also reach readers through traditional-script gateways (big5 mirrors of a city
site, news portals' traditional editions). An extractor reads such a page with its vocabulary's
characters folded one for one (:class:`patterns.CharacterFold`), so every offset holds; the fields
it then reads (names, bodies, places) are taken back from the printed text, in the script the page
printed them in.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from .lang import zh_common as common
from .lang import zh_layout as layout
from .patterns import spans_between
from .records import Article, Issue

_ARTICLE_TEXTS = ("title", "subtitle", "byline", "body")
# Only short values are tried as two pieces (names, bodies), not a notice's body.
_MAX_JOINED = 64


def folded_issue(issue: Issue, fold: Callable[[str], str], read: Callable[[Article], bool] | None = None) -> Issue:
    """The issue as the word lists read it: the issue itself when nothing folds. An article for
    which ``read`` says False is kept as printed: the caller has shown it reads nothing of it,
    folded or not (an article printing no character its gate's words can fold from)."""
    text = fold(issue.text)
    if text is issue.text:
        return issue
    articles = issue.articles
    read_here = [i for i, article in enumerate(articles) if read is None or read(article)]
    # Which of those a CharacterFold changes, read in one pass over all their texts; the others are
    # kept as they are, as _folded_article keeps them.
    folding = getattr(fold, "folding", None)
    changed = folding([getattr(articles[i], name) or "" for i in read_here for name in _ARTICLE_TEXTS]) \
        if folding else None
    if changed is not None:
        read_here = [read_here[index // len(_ARTICLE_TEXTS)] for index in changed]
    to_fold = set(read_here)
    return replace(issue, text=text, articles=tuple(
        _folded_article(article, fold) if i in to_fold else article for i, article in enumerate(articles)))


def _folded_article(article: Article, fold: Callable[[str], str]) -> Article:
    """The article as the word lists read it: the article itself when none of its texts folds
    (most articles of a page that prints a few traditional characters somewhere)."""
    changed = {
        name: folded
        for name in _ARTICLE_TEXTS
        if (value := getattr(article, name)) and (folded := fold(value)) is not value
    }
    return replace(article, **changed) if changed else article


def as_printed(value: str | None, printed: str, folded: str, lo: int, hi: int) -> str | None:
    """A field read from the folded text, in the characters the page printed: found in the record's
    span (else anywhere in the issue) as a whole, or piece by piece between the separators fields
    are joined with (a list with "、", lines with a line break). A page printing pinyin glosses
    (layout.PINYIN_GLOSS, which the reader skipped) is searched without them, and the field comes
    back without them too."""
    if not value:
        return value
    pos = folded.find(value, lo, hi)
    if pos >= 0:
        return printed[pos : pos + len(value)]
    view, where = _without_glosses(folded)
    if not where:  # no gloss: the folded text itself
        return _found_as_printed(value, folded, lo, hi, lambda a, b: printed[a:b])
    return _found_as_printed(
        value, view, bisect_left(where, lo), bisect_left(where, hi),
        lambda a, b: "".join(printed[where[i]] for i in range(a, b)),
    )


def _found_as_printed(value: str, folded: str, lo: int, hi: int, printed: Callable[[int, int], str]) -> str:
    pos = folded.find(value, lo, hi)
    if pos < 0:
        pos = folded.find(value)
    if pos >= 0:
        return printed(pos, pos + len(value))
    for separator in ("\n", common.LIST_COMMA):
        if separator in value:
            return separator.join(
                _found_as_printed(part, folded, lo, hi, printed) if part else part for part in value.split(separator)
            )
    # Two pieces the record joined (a body and the session it held: "区委" + "十二届五次全会").
    for cut in range(1, min(len(value), _MAX_JOINED)):
        head, tail = folded.find(value[:cut], lo, hi), folded.find(value[cut:], lo, hi)
        if head >= 0 and tail >= 0:
            return printed(head, head + cut) + printed(tail, tail + len(value) - cut)
    return value  # built from pieces the page does not print near it: left as read


@lru_cache(maxsize=1)  # the issue being read back: one text, not a run's worth kept alive
def _without_glosses(text: str) -> tuple[str, list[int]]:
    """``text`` without its pinyin glosses, and where each character left stands in ``text``
    (asked only for a field not found in it as a whole)."""
    kept = spans_between(text, layout.PINYIN_GLOSS) if "(" in text else []
    if not kept:
        return text, []  # (an empty map says so: a cached result is an equal text, not this one)
    return "".join(text[a:b] for a, b in kept), [i for a, b in kept for i in range(a, b)]
