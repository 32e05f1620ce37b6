"""What the converter knows about cited works, whatever the language: how each organ numbers
its resolutions and decisions, and the treaties it can link to (date of adoption, United
Nations Treaty Series registration, number of articles).  Names of organs and treaties as each
language writes them live in ``lang/*.py``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...organs import to_roman
from .grammar import label_of


def _digit(value: int) -> str:
    """A digit in the scripts resolutions are printed in: ASCII, Arabic-Indic, Eastern Arabic-Indic."""
    return "[" + "".join(chr(zero + value) for zero in (0x30, 0x660, 0x6F0)) + "]"


#: a year of the United Nations' time (19xx, 20xx) in any of those digits: "2016", "٢٠١٦"
YEAR = rf"(?:{_digit(1)}{_digit(9)}|{_digit(2)}{_digit(0)})\d\d"


def number_forms(prefixes: tuple[str, ...] = (), early: str = "") -> tuple[tuple[str, re.Pattern], ...]:
    """Number forms of resolutions and decisions, tried in this order at a number's start, with
    a language's own session ``prefixes`` ("دإ-") and ``early`` sessions ("د-25") besides the
    Latin ones.  Named groups: n (number), y (year), s (session), r (roman session)."""
    written = "".join(f"|{re.escape(p)}" for p in sorted(prefixes, key=len, reverse=True))
    session = rf"[IVXLC]+{'|' + early if early else ''}"
    return tuple(
        (name, re.compile(rx))
        for name, rx in (
            ("year-paren", rf"(?P<n>\d{{1,4}})\s*\(\s*(?P<y>{YEAR})\s*\)"),  # SC 2331 (2016), ١٣٢٥ (٢٠٠٠)
            ("year-slash", rf"(?P<y>{YEAR})/(?P<n>\d{{1,3}})"),  # ECOSOC 2013/41
            # GA 61/144, S-26/2, COP 4/4; a part of one: 75/290 A (no IRI of its own)
            ("session", rf"(?P<s>(?:E?S-{written})?\d{{1,2}})/(?P<n>\d{{1,4}})(?:\s+(?P<part>[A-H])(?![\w/]))?"),
            # GA 2758 (XXVI), 2453 A (XXIII)
            ("roman", rf"(?P<n>\d{{1,4}})(?:\s*(?P<part>[A-H]))?\s*\(\s*(?P<r>{session})\s*\)"),
            ("plain", rf"(?P<n>\d{{1,4}})(?:\s+(?P<y>{YEAR}))?"),  # SC 757; OCR "841 1993"
        )
    )


#: a number form stands on its own only when nothing follows that would make it longer
NUMBER_END = re.compile(r"(?![\d/]|\s*\(\s*\d)")

#: the number forms each organ gives its resolutions and decisions
ORGAN_FORMS: dict[str, frozenset[str]] = {
    "un-ga": frozenset({"session", "roman"}),
    "un-sc": frozenset({"year-paren", "plain"}),
    "un-ecosoc": frozenset({"year-slash", "roman"}),
    "un-hrc": frozenset({"session"}),
    "un-ccpcj": frozenset({"session"}),
    "un-cnd": frozenset({"session"}),
    "un-csw": frozenset({"session"}),
    "un-ctoc-cop": frozenset({"session"}),
    "un-cac-cosp": frozenset({"session"}),
    "un-statcom": frozenset({"session"}),  # decision 54/101
    "un-csocd": frozenset({"session"}),  # resolution 62/1
    "un-cpd": frozenset({"year-slash"}),  # resolution 2014/1
    "un-cstd": frozenset({"session"}),
    "un-unff": frozenset({"session"}),  # resolution 14/1
    "un-escap": frozenset({"session", "roman"}),  # resolution 79/1; earlier 237 (XLII)
    "un-ece": frozenset({"roman"}),
    "un-eca": frozenset({"roman"}),  # resolution 940 (XLIX)
    "un-eclac": frozenset({"roman"}),  # resolution 751(XXXVIII)
    "un-escwa": frozenset({"roman"}),  # resolution 333 (XXXII)
    "un-unea": frozenset({"session"}),  # resolution 5/14
    "un-habitat-assembly": frozenset({"session"}),  # resolution 2/1
}
#: number forms that name an organ when the text names none (the Commission on Population and
#: Development numbers its resolutions as the Council does, but a bare "2013/41" is the Council's)
FORM_ORGAN: dict[str, str] = {"year-paren": "un-sc", "year-slash": "un-ecosoc"}
#: the organs that hold special sessions, by the prefix their numbers carry ("S-26/2", "ES-10/19"):
#: the General Assembly its special and emergency special sessions, the Human Rights Council its
#: special sessions; no other organ numbers resolutions so
SPECIAL_SESSIONS: dict[str, frozenset[str]] = {"S": frozenset({"un-ga", "un-hrc"}), "ES": frozenset({"un-ga"})}
#: organs whose regular session N runs in the years 1945+N and 1946+N (a date check)
SESSION_YEAR_BASE: dict[str, int] = {"un-ga": 1945}
#: organs that number their resolutions by session: the year of their first session and the
#: most regular sessions they hold in a year.  A document of a given year cannot cite a session
#: not yet held ("resolution 75/1" in a Commission's text of 2026 is not the Commission's)
SESSIONS: dict[str, tuple[int, int]] = {
    "un-ga": (1946, 1),
    "un-hrc": (2006, 3),
    "un-ccpcj": (1992, 1),
    "un-ctoc-cop": (2004, 1),
    "un-cac-cosp": (2006, 1),
}
#: organs that number by session only from a session on: the General Assembly from its
#: thirty-first (1976; "1514 (XV)" before), so "10/3" is none of its resolutions
SESSION_FORM_FROM: dict[str, int] = {"un-ga": 31}


@dataclass(frozen=True)
class Treaty:
    """A treaty: its short name (the IRI's name), date of adoption, registrations in the
    United Nations Treaty Series (volume, number), number of articles and of chapters, and
    whether it numbers its articles in roman ("Article IV"): their eIds then read so
    (``art_IV``), whatever numerals the citing text uses."""

    name: str
    date: str
    unts: tuple[tuple[int, int], ...] = ()
    articles: int = 0
    chapters: int = 0
    roman: bool = False

    def article_label(self, value: int) -> str:
        """The eId label of its article ``value`` ("4" -> "IV" in a treaty numbered in roman)."""
        return to_roman(value) if self.roman else str(value)


TREATIES: dict[str, Treaty] = {
    t.name: t
    for t in (
        Treaty("untoc", "2000-11-15", ((2225, 39574),), 41),
        Treaty("untoc-tip", "2000-11-15", ((2237, 39574),), 20),
        Treaty("untoc-som", "2000-11-15", ((2241, 39574),), 25),
        Treaty("untoc-firearms", "2001-05-31", ((2326, 39574),), 21),
        Treaty("uncac", "2003-10-31", ((2349, 42146),), 71),
        Treaty("un-charter", "1945-06-26", (), 111, 19),
        Treaty("icj-statute", "1945-06-26", (), 70),
        Treaty("gc-iii", "1949-08-12", ((75, 972),), 143),
        Treaty("refugees-convention", "1951-07-28", ((189, 2545),), 46),
        Treaty("refugees-protocol", "1967-01-31", ((606, 8791),), 11),
        Treaty("outer-space-treaty", "1967-01-27", ((610, 8843),), 17, roman=True),
        Treaty("icescr", "1966-12-16", ((993, 14531),), 31),
        Treaty("iccpr", "1966-12-16", ((999, 14668),), 53),
        Treaty("vclt", "1969-05-23", ((1155, 18232),), 85),
        Treaty("cedaw", "1979-12-18", ((1249, 20378),), 30),
        Treaty("crc", "1989-11-20", ((1577, 27531),), 54),
        # its Optional Protocols, registered under the Convention's number
        Treaty("crc-opac", "2000-05-25", ((2173, 27531),), 13),
        Treaty("crc-opsc", "2000-05-25", ((2171, 27531),), 17),
        Treaty("crpd", "2006-12-13", ((2515, 44910),), 50),
        # the drug control conventions (the Single Convention also as amended by its 1972 Protocol)
        Treaty("single-convention", "1961-03-30", ((520, 7515), (976, 14152)), 51),
        Treaty("psychotropic-convention", "1971-02-21", ((1019, 14956),), 33),
        Treaty("drug-trafficking-convention", "1988-12-20", ((1582, 27627),), 34),
        # treaties General Assembly, Security Council and Human Rights Council texts often cite
        Treaty("cat", "1984-12-10", ((1465, 24841),), 33),
        Treaty("icerd", "1965-12-21", ((660, 9464),), 25),
        Treaty("unclos", "1982-12-10", ((1833, 31363),), 320),
        Treaty("npt", "1968-07-01", ((729, 10485),), 11, roman=True),
        Treaty("gc-iv", "1949-08-12", ((75, 973),), 159),
        Treaty("rome-statute", "1998-07-17", ((2187, 38544),), 128),
    )
}
#: (volume, number) of the Treaty Series -> treaty
UNTS: dict[tuple[int, int], str] = {reg: t.name for t in TREATIES.values() for reg in t.unts}

#: treaties every document may call by their head noun alone ("the Charter")
COMMON_TREATIES: tuple[str, ...] = ("un-charter",)
#: the treaty a body was set up under: its documents may call it by its head noun alone
ORGAN_TREATY: dict[str, str] = {"un-ctoc-cop": "untoc", "un-cac-cosp": "uncac"}


def paragraph_fragment(number, printed_point: str | None, lang) -> str:
    """The eId the writer gives paragraph ``number`` of a resolution, or its point printed
    ``printed_point`` ("(b)", "b)", "(ب)"): "para_3", "para_3__list_1__point_b"."""
    point = point_of(printed_point, lang)
    return f"para_{number}" + (f"__list_1__point_{point}" if point else "")


def point_of(printed: str | None, lang) -> str:
    """A point's label as eIds have it ("(b)" -> "b", "(ب)" -> "b"); "" for none."""
    return lang.point_label(label_of(printed or ""))


def work_number(form: str, match: re.Match, prefixes: dict[str, str] | None = None) -> str:
    """The number of a cited resolution in an IRI ("61/144" -> "61-144", "2331 (2016)" -> "2331";
    a session written with one of the language's ``prefixes`` in its Latin form: "دإ-26/2" -> "S-26-2")."""
    if form == "session":
        session = match.group("s")
        for written, latin in (prefixes or {}).items():
            if session.startswith(written):
                session = latin + session[len(written):]
                break
        return f"{session}-{match.group('n')}"
    if form == "year-slash":
        return f"{match.group('y')}-{match.group('n')}"
    return match.group("n")


def number_year(form: str, match: re.Match) -> int | None:
    """The year a number carries ("2331 (2016)" -> 2016), if any."""
    y = match.groupdict().get("y")
    return int(y) if y else None


def session_held(organ: str, form: str, match: re.Match, year: int | None) -> bool:
    """Whether the session a number carries could have been held by ``year`` (unknown: yes)."""
    if year is None or form != "session" or organ not in SESSIONS or not match.group("s").isdigit():
        return True
    first, per_year = SESSIONS[organ]
    return int(match.group("s")) <= (year - first + 1) * per_year


def special_organs(number: str) -> frozenset[str] | None:
    """The organs that may have issued a resolution numbered in a special session
    (``work_number``'s form: "S-26-2", "ES-10-19"), or None when the number is no special
    session's."""
    prefix, dash, _ = number.partition("-")
    return SPECIAL_SESSIONS.get(prefix) if dash else None


def session_numbered(organ: str, form: str, match: re.Match) -> bool:
    """Whether the organ numbered its resolutions so in the session a number carries."""
    if form != "session" or organ not in SESSION_FORM_FROM or not match.group("s").isdigit():
        return True
    return int(match.group("s")) >= SESSION_FORM_FROM[organ]


def date_fits(organ: str, form: str, match: re.Match, iso: str) -> bool:
    """Whether an adoption date given in the text can be this resolution's date."""
    year = int(iso[:4])
    carried = number_year(form, match)
    if carried is not None:
        return carried == year
    base = SESSION_YEAR_BASE.get(organ)
    if base and form == "session" and match.group("s").isdigit():
        session = int(match.group("s"))
        return year in (base + session, base + session + 1)
    return True
