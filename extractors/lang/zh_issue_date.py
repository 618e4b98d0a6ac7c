"""Chinese date forms the issue-date inference reads: how a file name, a masthead and a report's
lead print a day, and how a range is marked.

Pure data for ``extractors.issue_date``.
"""

from __future__ import annotations

from .zh_common import FULL_DATE_FORMAT, MONTH_DAY_FORMAT  # noqa: F401  (how the reasons print a day)
from .zh_dates import YEAR_DIGIT_CLASS

# "…2023年12月1日…" in a file name (the other forms are digits and separators only).
FILENAME_MONTH_DAY = r"年(?P<m3>\d{1,2})月(?P<d3>\d{1,2})日?"
# A full date in Arabic numerals: "2023年12月1日", spaces allowed between its parts.
FULL_DATE = r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
# A full date in Chinese numerals: "二〇二三年十二月一日".
_CN_YEAR = f"[{YEAR_DIGIT_CLASS}]{{4}}"
_CN_MONTH = "十[一二]?|[一二三四五六七八九]"
_CN_DAY = "三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
CHINESE_NUMERAL_DATE = rf"(?P<cy>{_CN_YEAR})年(?P<cm>{_CN_MONTH})月(?P<cd>{_CN_DAY})日"
# A masthead's date comes within its first characters, before any sentence punctuation.
MASTHEAD_LEAD = r"^[^。,，;；:：]{0,12}?"
# The weekday after a masthead's date, perhaps past the lunar date: "星期五", "周五", "礼拜五".
MASTHEAD_WEEKDAY = r"(?:[\s,，、/|()（）农历\u4e00-\u9fff]{0,12}?(?:星期|周|礼拜)(?P<wd>[一二三四五六日天]))?"
# A month-day with an optional year; the lookbehind keeps "11月26日至29日" from yielding "26日至29日".
MONTH_DAY = r"(?<![\d月])(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
# What follows a date used as the time of a reported event: "11月30日," / "7月28日下午," / "…日上午".
LEAD_FOLLOWER = r"\s*(?:[上下中]午|晚|晚间|早|凌晨|夜)?\s*[,，]"
# The marks between a range's start and end ("11月26日至29日", "1日—5日").
RANGE_MARKS = r"(?:至|到|—|－|-|~|～)"
