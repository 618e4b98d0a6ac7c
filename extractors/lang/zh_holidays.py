"""The official public-holiday breaks (放假安排), as the State Council's General Office publishes them
each year: holiday -> year -> (first day, last day), both inclusive, as "MMDD" (a break that starts
in December belongs to the next year's 元旦 and is written with a leading "-" for the year before).

Years outside the table use the rule the schedule has followed since 2008 (DERIVED_RULE below);
extractors.dates applies it. Keep this file data only.
"""

from __future__ import annotations

BREAKS: dict[str, dict[int, tuple[str, str]]] = {
    "元旦": {2018: ("-1230", "0101"), 2019: ("-1230", "0101"), 2020: ("0101", "0101"),
             2021: ("0101", "0103"), 2022: ("0101", "0103"), 2023: ("-1231", "0102"),
             2024: ("-1230", "0101"), 2025: ("0101", "0101"), 2026: ("0101", "0103")},
    "春节": {2018: ("0215", "0221"), 2019: ("0204", "0210"), 2020: ("0124", "0202"),
             2021: ("0211", "0217"), 2022: ("0131", "0206"), 2023: ("0121", "0127"),
             2024: ("0210", "0217"), 2025: ("0128", "0204"), 2026: ("0215", "0223")},
    "劳动节": {2018: ("0429", "0501"), 2019: ("0501", "0504"), 2020: ("0501", "0505"),
               2021: ("0501", "0505"), 2022: ("0430", "0504"), 2023: ("0429", "0503"),
               2024: ("0501", "0505"), 2025: ("0501", "0505"), 2026: ("0501", "0505")},
    "国庆": {2018: ("1001", "1007"), 2019: ("1001", "1007"), 2020: ("1001", "1008"),
             2021: ("1001", "1007"), 2022: ("1001", "1007"), 2023: ("0929", "1006"),
             2024: ("1001", "1007"), 2025: ("1001", "1008"), 2026: ("1001", "1007")},
}

# Outside the table: holiday -> (anchor, days before the anchor, length in days). The anchor is a
# fixed "MMDD" or "lunar" (春节: the break starts on 除夕, the day before, and lasts seven days).
DERIVED_RULE: dict[str, tuple[str, int, int]] = {
    "元旦": ("0101", 0, 3),
    "春节": ("lunar", 1, 7),
    "劳动节": ("0501", 0, 5),
    "国庆": ("1001", 0, 7),
}
# Before 2020 the May Day break was three days.
DERIVED_RULE_BEFORE_2020: dict[str, tuple[str, int, int]] = {"劳动节": ("0501", 0, 3)}
