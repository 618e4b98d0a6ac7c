"""``find_dates``, remembered for the lines an issue's extractors read more than once.

Extractors read an article's dates each for itself (its dateline, a notice's schedule, a
meeting's day, a window's dates): about one call in five repeats the same text against the same
day. ``find_dates`` is pure, so the answer is the same; this keeps the last ones. Callers get a
list of their own (the expressions are frozen), as from ``find_dates``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dates

# extractors.dates is imported when first asked: compiling its grammar costs ~1 s of CPU, which
# importing the record declarations (the schema, the CLI, an unchanged re-run) should not pay.

# Enough for the distinct texts of a few issues (an issue asks ~90 times); the texts are lines and
# article bodies, so a full cache holds a few megabytes.
CACHED_CALLS = 1024


# Extractors pass ``prefer`` or nothing: it is a parameter of its own here, so that the key is
# built without sorting the keywords (a call answered from memory cost ~5,700 instructions, a third
# of them the sorted tuple of one keyword). ``_NOT_GIVEN`` stands for a prefer not passed.
_NOT_GIVEN = object()


# extractors.dates.find_dates once imported: an import statement run again at each call not
# remembered costs ~3,000 instructions (its module found in sys.modules, its name read), about 1 %
# of what meetings spends on 40 team issues.
_parse = None


def _parser():
    global _parse
    if _parse is None:
        from .dates import find_dates

        _parse = find_dates
    return _parse


@lru_cache(maxsize=CACHED_CALLS)
def _remembered(text: str, base, prefer, options: tuple) -> tuple[dates.TimeExpression, ...]:
    parse = _parse or _parser()
    if prefer is _NOT_GIVEN:
        return tuple(parse(text, base, **dict(options)))
    return tuple(parse(text, base, prefer=prefer, **dict(options)))


def find_dates(text: str, base, prefer=_NOT_GIVEN, **options) -> list[dates.TimeExpression]:
    """Same as :func:`extractors.dates.find_dates`."""
    try:
        return list(_remembered(text, base, prefer, tuple(sorted(options.items())) if options else ()))
    except TypeError:  # an unhashable argument: ask directly
        from .dates import find_dates as parse

        if prefer is _NOT_GIVEN:
            return parse(text, base, **options)
        return parse(text, base, prefer=prefer, **options)
