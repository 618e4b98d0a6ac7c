"""Pages in traditional script, read by word lists written in simplified script.

Mainland papers also reach readers through traditional-script gateways (big5 mirrors of a city
site, news portals' traditional editions). An extractor reads such a page with its vocabulary's
characters folded one for one (:class:`patterns.CharacterFold`), so every offset holds; the fields
it then reads (names, bodies, places) are taken back from the printed text, in the script the page
printed them in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .lang import zh_common as common
from .records import Article, Issue

_ARTICLE_TEXTS = ("title", "subtitle", "byline", "body")
# Only short values are tried as two pieces (names, bodies), not a notice's body.
_MAX_JOINED = 64


def folded_issue(issue: Issue, fold: Callable[[str], str]) -> Issue:
    """The issue as the word lists read it: the issue itself when nothing folds."""
    text = fold(issue.text)
    if text is issue.text:
        return issue
    return replace(issue, text=text, articles=tuple(_folded_article(article, fold) for article in issue.articles))


def _folded_article(article: Article, fold: Callable[[str], str]) -> Article:
    """The article with its texts folded; the article itself when none of them folds (most of a page
    that prints a few words in traditional script: a copy of each costs more than the folding)."""
    folded = {}
    for name in _ARTICLE_TEXTS:
        value = getattr(article, name)
        if value and (changed := fold(value)) is not value:
            folded[name] = changed
    return replace(article, **folded) if folded else article


def as_printed(value: str | None, printed: str, folded: str, lo: int, hi: int) -> str | None:
    """A field read from the folded text, in the characters the page printed: found in the record's
    span (else anywhere in the issue) as a whole, or piece by piece between the separators fields
    are joined with (a list with "、", lines with a line break)."""
    if not value:
        return value
    pos = folded.find(value, lo, hi)
    if pos < 0:
        pos = folded.find(value)
    if pos >= 0:
        return printed[pos : pos + len(value)]
    for separator in ("\n", common.LIST_COMMA):
        if separator in value:
            return separator.join(as_printed(part, printed, folded, lo, hi) or part for part in value.split(separator))
    # Two pieces the record joined (a body and the session it held: "区委" + "十二届五次全会").
    for cut in range(1, min(len(value), _MAX_JOINED)):
        head, tail = folded.find(value[:cut], lo, hi), folded.find(value[cut:], lo, hi)
        if head >= 0 and tail >= 0:
            return printed[head : head + cut] + printed[tail : tail + len(value) - cut]
    return value  # built from pieces the page does not print near it: left as read
