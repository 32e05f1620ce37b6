"""UN organs: actor ids, how a document symbol names its organ, and what a symbol says.

Names of organs in each language live in the language modules (``lang/*.py``); this module
holds what does not depend on the language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: (actor id, symbol prefix pattern), most specific first
SYMBOL_ORGANS: tuple[tuple[str, str], ...] = (
    ("un-hrc", r"A/HRC/"),
    ("un-ga-c1", r"A/C\.1/"),
    ("un-ga-c2", r"A/C\.2/"),
    ("un-ga-c3", r"A/C\.3/"),
    ("un-ga-c4", r"A/C\.4/"),
    ("un-ga-c5", r"A/C\.5/"),
    ("un-ga-c6", r"A/C\.6/"),
    ("un-ga", r"A/"),
    ("un-sc", r"S/"),
    ("un-ccpcj", r"E/CN\.15/"),
    ("un-cnd", r"E/CN\.7/"),
    ("un-csw", r"E/CN\.6/"),
    # functional commissions of the Economic and Social Council
    ("un-statcom", r"E/CN\.3/"),
    ("un-csocd", r"E/CN\.5/"),
    ("un-cpd", r"E/CN\.9/"),
    ("un-cstd", r"E/CN\.16/"),
    ("un-unff", r"E/CN\.18/"),
    # regional commissions
    ("un-escap", r"E/ESCAP/"),
    ("un-ece", r"E/ECE/"),
    ("un-eca", r"E/ECA/"),
    ("un-escwa", r"E/ESCWA/"),
    ("un-eclac", r"LC/"),
    ("un-ecosoc", r"E/"),
    ("un-ctoc-cop", r"CTOC/COP/"),
    ("un-cac-cosp", r"CAC/COSP/"),
    # assemblies of programmes, and the Peacebuilding Commission
    ("un-unea", r"UNEP/EA\."),
    ("un-habitat-assembly", r"HSP/HA\."),
    ("un-pbc", r"PBC/"),
)

#: the organ whose name goes in ``docAuthority`` when a committee or commission drafts for it
KNOWN_ORGANS = tuple(organ for organ, _ in SYMBOL_ORGANS)

#: the principal organ a subsidiary body reports to: its name heads the body's mastheads
#: ("General Assembly" above "Human Rights Council", "Economic and Social Council" above a
#: functional commission)
PARENT_ORGANS = {
    "un-hrc": "un-ga", "un-ga-c1": "un-ga", "un-ga-c2": "un-ga", "un-ga-c3": "un-ga", "un-ga-c4": "un-ga",
    "un-ga-c5": "un-ga", "un-ga-c6": "un-ga", "un-ccpcj": "un-ecosoc", "un-cnd": "un-ecosoc",
    "un-csw": "un-ecosoc", "un-statcom": "un-ecosoc", "un-csocd": "un-ecosoc", "un-cpd": "un-ecosoc",
    "un-cstd": "un-ecosoc", "un-unff": "un-ecosoc", "un-escap": "un-ecosoc", "un-ece": "un-ecosoc",
    "un-eca": "un-ecosoc", "un-escwa": "un-ecosoc", "un-eclac": "un-ecosoc",
}


def within(organ: str, named: str) -> bool:
    """Whether ``named`` is ``organ`` or the principal organ it belongs to."""
    while organ:
        if organ == named:
            return True
        organ = PARENT_ORGANS.get(organ, "")
    return False


#: how the organs that number their adopted texts in a symbol of their own print it:
#: ``{kind}`` "RES" (resolution) or "DEC" (decision), ``{n}`` the number as printed ("61/144",
#: "ES-10/19", "2013/41", "2331"), ``{year}`` the year an SC number carries; and the kinds each
#: one has.  Commissions and conferences print theirs inside reports: no symbol of their own.
ADOPTED_SYMBOLS: dict[str, tuple[str, tuple[str, ...]]] = {
    "un-ga": ("A/{kind}/{n}", ("RES", "DEC")),
    "un-sc": ("S/{kind}/{n} ({year})", ("RES",)),
    "un-ecosoc": ("E/{kind}/{n}", ("RES", "DEC")),
    "un-hrc": ("A/HRC/{kind}/{n}", ("RES", "DEC")),
}


def adopted_symbol(organ: str, number: str, kind: str = "RES", year: int | str | None = None) -> str | None:
    """The symbol of an organ's adopted resolution (``kind`` "RES") or decision ("DEC") of
    ``number`` as printed: "A/RES/61/144", "S/RES/2331 (2016)"; None when the organ prints none
    (or an SC number has no year)."""
    pattern, kinds = ADOPTED_SYMBOLS.get(organ, ("", ()))
    if kind not in kinds or ("{year}" in pattern and not year):
        return None
    return pattern.format(kind=kind, n=number, year=year)


#: A UN document symbol standing on its own (a running header, a masthead field).
_SYMBOL = (
    r"(?:A|S|E|CTOC|CAC|UNEP|TD|ICCD|FCCC|CRC|CEDAW|CCPR|HRC|DP|UNW|ST|LC|HSP|PBC)"
    # a part ends with a letter or digit: the full stop of a sentence ("… A/HRC/RES/35/2.") is not the symbol's
    r"(?:/[A-Za-z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?)+(?:\s*\((?:\d{4}|(?:ES-)?[IVXLCХУП]+)\))?"
)
SYMBOL_RE = re.compile(rf"(?<![\w/]){_SYMBOL}(?![\w/])")
#: a symbol in a text written without spaces between words ("和A/HRC/RES/35/2号决议"): only a
#: Latin letter or digit around it would make it longer
SYMBOL_UNSPACED_RE = re.compile(rf"(?<![A-Za-z0-9_/]){_SYMBOL}(?![A-Za-z0-9_/])")


@dataclass(frozen=True)
class Symbol:
    """A parsed document symbol such as ``S/RES/2331 (2016)`` or ``CTOC/COP/2020/L.6/Rev.1``."""

    text: str  # as printed, whitespace normalised
    organ: str | None
    adopted: bool  # a resolution or decision symbol (…/RES/…, …/DEC/…)
    decision: bool
    draft: bool  # an /L. document
    number: str  # FRBRnumber value
    year: int | None

    @property
    def name(self) -> str:
        base = "decision" if self.decision else "resolution"
        return base + ("Draft" if self.draft else "")


def normalise_symbol(text: str) -> str:
    text = " ".join(text.split())
    return re.sub(r"\s*\(", " (", text)


def organ_of(symbol: str) -> str | None:
    for organ, prefix in SYMBOL_ORGANS:
        if re.match(prefix, symbol):
            return organ
    return None


def parse_symbol(text: str) -> Symbol:
    text = normalise_symbol(text)
    organ = organ_of(text)
    year = None
    if m := re.search(r"\((\d{4})\)", text):
        year = int(m.group(1))
    elif m := re.search(r"/((?:19|20)\d\d)(?:/|$)", text):
        year = int(m.group(1))
    adopted = bool(re.search(r"/(RES|DEC)/", text))
    decision = "/DEC/" in text
    draft = bool(re.search(r"/L\.\d", text))
    number = whole_symbol_number(text)
    if m := _SESSION_RES_RE.search(text):  # "UNEP/EA.5/Res.14" -> 5-14
        return Symbol(text, organ, True, m.group("kind") == "Dec", False, f"{m.group('s')}-{m.group('n')}", year)
    if adopted:
        tail = text.split("/RES/" if "/RES/" in text else "/DEC/", 1)[1]
        tail = re.sub(r"\s*\([^)]*\)", "", tail)  # "2331 (2016)" -> "2331"
        number = tail.replace("/", "-")
    return Symbol(text, organ, adopted, decision, draft, number, year)


#: the assemblies' form: the session at the end of the body's segment, then "Res." or "Dec."
#: and the number ("UNEP/EA.5/Res.14", "HSP/HA.2/Dec.3")
_SESSION_RES_RE = re.compile(r"\.(?P<s>\d+)/(?P<kind>Res|Dec)\.(?P<n>\d+)$")


def whole_symbol_number(text: str) -> str:
    """Drafts and other documents: the whole symbol, ``/`` -> ``-`` and spaces -> ``_``; any
    other character an IRI component does not take as it is (``!`` parts an AKN IRI's
    components) ``_`` too."""
    number = re.sub(r"[()]", "", normalise_symbol(text)).replace("/", "-")
    return re.sub(r"[^A-Za-z0-9.\-]+", "_", number).strip("_") or "_"


# --------------------------------------------------------------------------- sessions

_ROMAN = (("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90), ("L", 50),
          ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def to_roman(n: int) -> str:
    out = []
    for letters, value in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def roman_value(s: str) -> int | None:
    """The value of a well-formed roman numeral ("XXVI" -> 26), or None."""
    if not s or not re.fullmatch(r"[MDCLXVI]+", s):
        return None
    total, i = 0, 0
    for letters, value in _ROMAN:
        while s.startswith(letters, i):
            total += value
            i += len(letters)
    return total if i == len(s) and to_roman(total) == s else None


def ga_session(date: str) -> int:
    """The regular session of the General Assembly sitting on an ISO date: each opens in
    September (the first in January 1946), so 25 October 1971 is in the twenty-sixth."""
    year, month = int(date[:4]), int(date[5:7])
    return max(1, year - 1945 if month >= 9 else year - 1946)
