"""Regions of Chinese numbers from the +86 prefix table: the geocoder's answers, without its 105 MB."""

from __future__ import annotations

import random
import sys
import subprocess

import phonenumbers
import pytest

from extractors.area_codes import area_codes
from extractors.phone_regions import china_name, description_zh


def _numbers() -> list[str]:
    rng = random.Random(14)
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    mobiles = [f"1{second}{digits(9)}" for second in "3456789" for _ in range(150)]
    landlines = [f"{code}{digits(rng.choice((7, 8)))}" for code in sorted(area_codes()) for _ in range(3)]
    services = ["12345", "110", "95598", "12369", "4008001234", "8008101234", "0351-12345", "010-12345678"]
    foreign = ["+85221234567", "+14155550100", "+886223456789", "+8613912345678"]
    return mobiles + landlines + services + foreign


def test_every_number_gets_the_geocoders_region():
    from phonenumbers import geocoder

    differ = []
    for printed in _numbers():
        try:
            number = phonenumbers.parse(printed, "CN")
        except phonenumbers.NumberParseException:
            continue
        if description_zh(number) != geocoder.description_for_number(number, "zh"):
            differ.append(printed)
    assert differ == []


@pytest.mark.parametrize(
    ("printed", "region"),
    [
        ("0351-4000000", "山西省太原市"),  # a landline: its area code's city
        ("4008001234", "中国"),  # a nationwide number has no place: the country
        ("12345", ""),  # a short service number is of no known type: nothing
        ("95598", ""),
    ],
)
def test_regions_of_kinds_of_numbers(printed, region):
    assert description_zh(phonenumbers.parse(printed, "CN")) == region


def test_china_is_named_in_chinese():
    assert china_name() == "中国"


def test_extracting_phones_never_imports_the_geocoder():
    code = (
        "import sys; from extractors.phones import find_phones; from extractors.records import IssueContext;"
        "from datetime import date;"
        "found = find_phones('咨询电话:0351-4000000,13900000000', IssueContext(issue_id='x', issue_date=date(2023, 12, 1), issue_date_source='manifest'));"
        "assert found and all(m.region for m in found), found;"
        "print('phonenumbers.geocoder' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
