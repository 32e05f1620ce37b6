"""Dates in running text: every form the resolutions use, ranges, and what is not a full date.
Month names come from CLDR through babel, in both languages, with or without accents."""

from __future__ import annotations

import pytest

from akn_convert.lang import get
from akn_convert.parse.dates import find_dates, parse_date


def dates(text: str, code: str) -> list[tuple[str, str]]:
    return [(text[d.start:d.end], d.iso) for d in find_dates(text, get(code))]


@pytest.mark.parametrize("code, text, expected", [
    ("fr", "le 17 octobre 2008", [("17 octobre 2008", "2008-10-17")]),
    ("fr", "du 1er janvier 2021", [("1er janvier 2021", "2021-01-01")]),
    ("fr", "19 décembre 2006, 15 août 2019 et 3 février 2020",
     [("19 décembre 2006", "2006-12-19"), ("15 août 2019", "2019-08-15"), ("3 février 2020", "2020-02-03")]),
    ("fr", "19 decembre 2006", [("19 decembre 2006", "2006-12-19")]),  # accents lost by an extraction
    ("fr", "le 5 déc. 2019", [("5 déc. 2019", "2019-12-05")]),
    ("fr", "Vienne, 12-16 octobre 2020", [("12", "2020-10-12"), ("16 octobre 2020", "2020-10-16")]),
    ("fr", "du 12 au 16 octobre 2020", [("12", "2020-10-12"), ("16 octobre 2020", "2020-10-16")]),
    ("fr", "du 30 novembre au 2 décembre 2020", [("30 novembre", "2020-11-30"), ("2 décembre 2020", "2020-12-02")]),
    ("fr", "30 décembre 2020-3 janvier 2021", [("30 décembre 2020", "2020-12-30"), ("3 janvier 2021", "2021-01-03")]),
    ("fr", "30 décembre-3 janvier 2021", [("30 décembre", "2020-12-30"), ("3 janvier 2021", "2021-01-03")]),
    ("en", "of 18 December 2019", [("18 December 2019", "2019-12-18")]),
    ("en", "on December 18, 2019", [("December 18, 2019", "2019-12-18")]),
    ("en", "Vienna, 12–16 October 2020", [("12", "2020-10-12"), ("16 October 2020", "2020-10-16")]),
    ("en", "on 20 and 21 June 2018", [("20", "2018-06-20"), ("21 June 2018", "2018-06-21")]),
    ("en", "from 30 November to 2 December 2021", [("30 November", "2021-11-30"), ("2 December 2021", "2021-12-02")]),
    ("en", "of 23\nSeptember 1993", [("23\nSeptember 1993", "1993-09-23")]),
])
def test_date_forms(code, text, expected):
    assert dates(text, code) == expected


@pytest.mark.parametrize("code, text, expected", [
    # a range whose first date leaves its year (and month) to the last one
    ("es", "entre el 1 de enero y el 31 de diciembre de 2023",
     [("1 de enero", "2023-01-01"), ("31 de diciembre de 2023", "2023-12-31")]),
    ("es", "del 30 de noviembre al 2 de diciembre de 2020",
     [("30 de noviembre", "2020-11-30"), ("2 de diciembre de 2020", "2020-12-02")]),
    ("es", "el 3 de mayo de 2021 y el 5 de junio de 2022",  # two dates, no range
     [("3 de mayo de 2021", "2021-05-03"), ("5 de junio de 2022", "2022-06-05")]),
    ("ru", "с 1 января по 31 декабря 2023 года", [("1 января", "2023-01-01"), ("31 декабря 2023", "2023-12-31")]),
    ("ru", "с 12 по 16 октября 2020 года", [("12", "2020-10-12"), ("16 октября 2020", "2020-10-16")]),
    # a range whose last day leaves its year (and month) to the first date
    ("zh", "2023年1月1日至12月31日", [("2023年1月1日", "2023-01-01"), ("12月31日", "2023-12-31")]),
    ("zh", "2020年10月12日至16日", [("2020年10月12日", "2020-10-12"), ("16日", "2020-10-16")]),
    ("zh", "2023年12月30日至1月2日", [("2023年12月30日", "2023-12-30"), ("1月2日", "2024-01-02")]),
    ("zh", "2021年5月3日和2022年6月5日", [("2021年5月3日", "2021-05-03"), ("2022年6月5日", "2022-06-05")]),
])
def test_ranges_that_share_a_year(code, text, expected):
    assert dates(text, code) == expected


@pytest.mark.parametrize("code, text", [
    ("en", "on 24 October, in April 2009, in 2013 and 2017"),  # no full date
    ("en", "on 31 February 2020 and 30 Smarch 2020"),  # no such day, no such month
    ("en", "resolution 2331 (2016) and 61/144"),
    ("fr", "les 250 recommandations de 2018"),
    ("en", "12345 May 2020"),
])
def test_what_is_not_a_full_date(code, text):
    assert dates(text, code) == []


def test_a_backwards_range_is_only_its_last_date():
    assert dates("16-12 March 2020", "en") == [("12 March 2020", "2020-03-12")]


def test_month_names_come_from_cldr():
    from babel.dates import get_month_names

    for code in ("fr", "en"):
        lang = get(code)
        for number, name in get_month_names("wide", locale=code).items():
            assert lang.month(name) == number
            assert parse_date(f"2 {name} 2020", lang) == f"2020-{number:02d}-02"
