"""Chinese vocabulary for an article's own day: the datelines and publication stamps papers print.

Pure data for ``extractors.dateline``. A dateline names the day a report was filed ("新华社北京3月2日电",
"本报1月10日讯", "本报讯(记者 X)3月2日,"); 今天, 昨天 and year-less dates in that report count from it.
"""

from __future__ import annotations

# A month-day as datelines print it: Arabic digits (half or full width), or a bare day ("1日,").
_D = r"[0-9０-９]{1,2}"
MONTH_DAY = rf"(?:[0-9０-９]{{4}}年)?(?:{_D}月)?{_D}日"

# A year-less dateline's date as NFKC reads it ("3月2日", "25日"): the month (group 1, absent in a
# bare day) and the day (group 2), in ASCII digits.
YEARLESS_MONTH_DAY = r"(?:([0-9]{1,2})月)?([0-9]{1,2})日"

# Agency (and place) + month-day + 电/讯: 新华社北京3月2日电, 人民网合肥3月2日电, 本报1月10日讯,
# 某某网1月20日讯, 本报北京3月2日电. The agency-and-place stretch is a few ideographs, no punctuation.
AGENCY_DATELINE = rf"^\s*(?:据)?[\u4e00-\u9fff]{{1,10}}?(?P<date>(?:[0-9０-９]{{4}}年)?{_D}月{_D}日)(?:电|讯)"

# What may open a report before its leading date: an agency opener without a date (本报讯, 某某网讯,
# 某某报讯), then a credit in brackets ("(记者 王某)", "(通讯员 李某 记者 张某)").
OPENER = r"(?:本报讯|[\u4e00-\u9fff]{1,6}(?:报|网|台)讯|[\u4e00-\u9fff]{1,6}消息)?"
CREDIT = r"(?:\s*[(（【][^()（）【】]{1,40}[)）】])?"
# A leading date: the report's first words are its day, then a part of the day and a comma or a
# space ("3月2日,", "1日上午,", "12月31日 "). A date glued to a verb ("3月2日起实施") is no dateline.
PARTS_OF_DAY = ("上午", "下午", "晚上", "晚间", "早上", "清晨", "凌晨", "中午", "傍晚", "晚", "早", "夜间")
LEADING_DATE_END = r"[,，\s]"

# A web page's publication stamp printed over a reposted article: "2020年01月17日10:54 来源:某某报",
# "2023-05-08 09:30:12 来源：某某网", or a stamp on a line of its own under the source line.
PUBLICATION_STAMP = (
    r"^\s*(?P<y>\d{4})(?:年|-|/|\.)(?P<m>\d{1,2})(?:月|-|/|\.)(?P<d>\d{1,2})日?\s*"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:来源|稿源|发布|$)"
)

# The year mark: a dateline without it needs the issue date to be read.
YEAR_MARK = "年"
