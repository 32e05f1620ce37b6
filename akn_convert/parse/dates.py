"""Dates written in words ("17 octobre 2008", "1er janvier 2021", "18 December 2019",
"December 18, 2019") and ranges ("12-16 octobre 2020", "du 12 au 16 octobre 2020", "20 and 21
June 2018", "30 novembre-2 décembre 2020"), found in text and turned into ISO dates.  Month
names come from CLDR (babel) through the language module; the words of ranges and day forms
("1er") from the language module too."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang.base import Language, ascii_digits


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    iso: str


@lru_cache(maxsize=None)
def _date_re(lang: Language) -> re.Pattern:
    day_forms = "|".join(re.escape(d) for d in sorted(lang.day_forms, key=len, reverse=True))
    day = rf"(?:{day_forms}|\d{{1,2}})" if day_forms else r"\d{1,2}"
    month = lang.month_re
    words = "|".join(re.escape(w) for w in lang.date_range_words)
    range_sep = r"\s*[-–—]\s*" + (rf"|\s+(?:{words})\s+" if words else "")
    # "12-16 octobre 2020", "20 and 21 June 2018", "30 novembre-2 décembre 2020": a range; its
    # first day takes the month and year of the last one unless it has its own
    # "12, 13 and 14 October 2020": the days listed before a range's first day ("12, ") take its
    # month and year too
    return re.compile(
        rf"(?<![\w/])(?:(?P<dl>(?:{day}\s*,\s*){{1,5}}(?=(?:{day})(?:{range_sep})))?"
        rf"(?P<d0>{day})(?:\s+(?P<m0>{month})\.?)?(?:{range_sep}))?"
        rf"(?P<d>{day})\s+(?P<m>{month})\.?\s+(?P<y>\d{{4}})(?!\d)"
        rf"|(?<![\w/])(?P<m2>{month})\s+(?P<d2>\d{{1,2}}),\s+(?P<y2>\d{{4}})(?!\d)",
        re.I,
    )


def _iso(year: str | int, month: int | None, day: str, lang: Language) -> str | None:
    if month is None:
        return None
    d = lang.day_forms.get(day.lower()) or (int(day) if day.isdigit() else None)
    if d is None:
        return None
    try:
        return _dt.date(int(year), month, d).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=None)
def _pattern_res(lang: Language) -> tuple[re.Pattern, ...]:
    """The language's other date forms ("1 de noviembre de 2018", "2018年11月1日")."""
    return lang.date_pattern_res


def _pattern_dates(text: str, lang: Language) -> list[DateMatch]:
    """Dates of the language's own forms.  Groups ``d``, ``m``, ``y``: the date; a range is
    ``d0`` (and ``m0``) before it, its first day, which takes the month and year of the date
    unless it has its own month ("1 de enero y el 31 de diciembre de 2023"), or ``d1`` (and
    ``m1``) after it, its last day ("2023年1月1日至12月31日")."""
    out: list[DateMatch] = []
    for rx in _pattern_res(lang):
        has = lambda g: g in rx.groupindex and m.group(g) is not None  # noqa: E731
        for m in rx.finditer(text):
            month = _month(m.group("m"), lang)
            iso = _iso(m.group("y"), month, m.group("d"), lang)
            if not iso or any(o.start < m.end() and m.start() < o.end for o in out):
                continue
            first = last = None
            if has("d0"):
                first_month = _month(m.group("m0"), lang) if has("m0") else month
                year = int(m.group("y")) - (1 if first_month and month and first_month > month else 0)
                first = _iso(year, first_month, m.group("d0"), lang)
            if has("d1"):
                last_month = _month(m.group("m1"), lang) if has("m1") else month
                year = int(m.group("y")) + (1 if last_month and month and last_month < month else 0)
                last = _iso(year, last_month, m.group("d1"), lang)
            if first and first < iso:
                out.append(DateMatch(m.start("d0"), m.end("m0") if has("m0") else m.end("d0"), first))
                out.append(DateMatch(m.start("d"), m.end(), iso))
            elif last and iso < last:
                out.append(DateMatch(m.start(), m.end("d") + _day_suffix(text, m.end("d"), m.start("to")), iso))
                out.append(DateMatch(m.start("m1") if has("m1") else m.start("d1"), m.end(), last))
            else:
                out.append(DateMatch(m.start(), m.end("d") if has("d1") else m.end(), iso))
    return out


def _month(name: str | None, lang: Language) -> int | None:
    if name is None:
        return None
    return int(name) if name.isdigit() else lang.month(name)


def _day_suffix(text: str, end: int, stop: int) -> int:
    """The length of what closes a day before a range's separator ("日" in "1日至")."""
    return len(text[end:stop].rstrip())


_YEAR_RE = re.compile(r"\d{4}")


def find_dates(text: str, lang: Language) -> list[DateMatch]:
    """Every full date in ``text``; a range gives two matches (first day, last day)."""
    folded = ascii_digits(text)
    if not _YEAR_RE.search(folded):
        return []  # every date form has a year of four digits (most texts: none)
    out: list[DateMatch] = _pattern_dates(folded, lang) if lang.date_patterns else []
    taken = list(out)
    for m in _date_re(lang).finditer(folded):
        if any(t.start < m.end() and m.start() < t.end for t in taken):
            continue
        if m.group("m2"):
            iso = _iso(m.group("y2"), lang.month(m.group("m2")), m.group("d2"), lang)
            if iso:
                out.append(DateMatch(m.start(), m.end(), iso))
            continue
        month = lang.month(m.group("m"))
        iso = _iso(m.group("y"), month, m.group("d"), lang)
        if not iso:
            continue
        if m.group("d0"):
            first_month = lang.month(m.group("m0")) if m.group("m0") else month
            year = int(m.group("y")) - (1 if first_month and month and first_month > month else 0)
            first = _iso(year, first_month, m.group("d0"), lang)
            if first and first < iso:  # "16-12 March" is no range: the last date alone
                out += _listed_days(m, first, lang)
                out.append(DateMatch(m.start("d0"), m.end("m0") if m.group("m0") else m.end("d0"), first))
            out.append(DateMatch(m.start("d"), m.end(), iso))
        else:
            out.append(DateMatch(m.start(), m.end(), iso))
    return sorted(out, key=lambda d: d.start) if taken else out


def _listed_days(m: re.Match, first: str, lang: Language) -> list[DateMatch]:
    """The days listed before a range's first day ``first`` ("12, " of "12, 13 and 14 October
    2020"), each in its month and year; none unless they come in order before it."""
    if not m.group("dl"):
        return []
    out = []
    for d in re.finditer(r"[^\s,]+", m.group("dl")):
        iso = _iso(first[:4], int(first[5:7]), d.group(), lang)
        if not iso or iso >= first or (out and iso <= out[-1].iso):
            return []
        out.append(DateMatch(m.start("dl") + d.start(), m.start("dl") + d.end(), iso))
    return out


def parse_date(text: str, lang: Language) -> str | None:
    """The ISO date of a text that is (mostly) one date, or None."""
    found = find_dates(text, lang)
    return found[-1].iso if found else None
