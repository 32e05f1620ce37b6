"""Document identity: symbol, organ, kind, date and FRBR number, from what the user gave
(``--symbol``, a sidecar) and what the text says (cover page, running header, heading,
formula, adoption line)."""

from __future__ import annotations

import datetime
import hashlib
import re
from dataclasses import dataclass

from ..errors import UsageError
from ..lang.base import Language
from ..model import Source
from ..organs import SYMBOL_RE, Symbol, adopted_symbol, ga_session, normalise_symbol, parse_symbol, roman_value, to_roman, within
from .cover import Front, organ_id
from .dates import parse_date


@dataclass
class Hints:
    """What the user says about the document; wins over what the text says."""

    symbol: str | None = None
    date: str | None = None  # ISO
    organ: str | None = None
    name: str | None = None  # resolution | resolutionDraft | decision | decisionDraft


@dataclass
class Identity:
    symbol: str | None
    organ: str
    name: str
    date: str
    date_name: str
    number: str
    warnings: list[str]


def _heading_symbol(front: Front, organ: str | None, lang: Language, adoption: str | None,
                    warnings: list[str], kind: str = "RES") -> str | None:
    """The symbol a yearbook or adopted-text heading implies: "Resolution 242 (1967)" of the
    Security Council is S/RES/242 (1967); "73/8." of the General Assembly is A/RES/73/8 (a
    decision's "78/548." is A/DEC/78/548: ``kind`` "DEC")."""
    number = front.heading.get("number")
    if not number or organ is None:
        return None
    number = " ".join(number.split())
    if organ == "un-ga":  # (an early number takes its session: "2758 (XXVI)")
        number = _ga_session_number(number, lang, adoption, warnings)
    return adopted_symbol(organ, number, kind, front.heading.get("year"))


def _document_symbol(text: str) -> bool:
    """Whether a running header's symbol can be the document's own: a resolution, a decision
    or a draft, not a report that prints resolutions ("A/HRC/7/78")."""
    symbol = parse_symbol(text)
    return symbol is not None and (symbol.adopted or symbol.draft)


def _ga_session_number(number: str, lang: Language, adoption: str | None, warnings: list[str]) -> str:
    """An early General Assembly number with its session in roman numerals, "2758 (XXVI)":
    the numeral as printed, or, when OCR made it out of other letters ("ХХУП") and the
    adoption date names another session, the session of that date."""
    m = re.fullmatch(r"(\d+)\s*\((ES-)?(\S+)\)", number)
    if not m:
        return number
    printed = m.group(3)
    latin = "".join(lang.roman_lookalikes.get(c, c) for c in printed)
    if m.group(2):  # an emergency special session ("1000 (ES-I)"): not the regular session of its date
        return f"{m.group(1)} (ES-{latin})"
    value = roman_value(latin)
    due = ga_session(adoption) if adoption else None
    session = latin
    if due is not None and value != due and (latin != printed or value is None):
        session = to_roman(due)
        warnings.append(f"the session {printed!r} of the heading is read as {session}, the session of the "
                        f"adoption date {adoption}")
    elif due is not None and value != due:
        warnings.append(f"the heading's session {printed} is not the session of the adoption date {adoption}")
    return f"{m.group(1)} ({session})"


def identify(front: Front, source: Source, formula_organ: str | None, conclusions: list[str],
             lang: Language, hints: Hints, body_text: str, narrative_date: str | None = None,
             narrative: bool | None = None) -> Identity:
    """``narrative_date``: the meeting's date as printed in a decision in narrative form (no
    formula); such a document is a decision, adopted on that date unless another is given.
    ``narrative``: whether the text is a decision in narrative form (a draft one prints no
    meeting's date: "The Human Rights Council decides …"); by default, whether it has that date."""
    narrative = narrative_date is not None if narrative is None else narrative
    warnings: list[str] = []
    adoption = (front.adoption_date or next((d for c in conclusions if (d := parse_date(c, lang))), None)
                or (parse_date(narrative_date, lang) if narrative_date else None))
    header = source.header_symbols[0] if source.header_symbols else None
    symbol_text = hints.symbol or front.cover.symbol
    if hints.symbol and front.cover.symbol and normalise_symbol(hints.symbol) != normalise_symbol(front.cover.symbol):
        warnings.append(f"the symbol given, {normalise_symbol(hints.symbol)}, is not the one the cover page prints, "
                        f"{front.cover.symbol}: the given one is used")
    if not symbol_text and header and _document_symbol(header):
        symbol_text = header
    if not symbol_text:
        # (a resolution printed in a report runs under the report's symbol: "A/HRC/7/78" over
        # "7/12. Enforced or involuntary disappearances"; its heading names the resolution)
        symbol_text = _heading_symbol(front, hints.organ or formula_organ, lang, hints.date or adoption, warnings,
                                      "DEC" if narrative else "RES") or header
    if hints.symbol and not SYMBOL_RE.fullmatch(normalise_symbol(hints.symbol)):
        warnings.append(f"the symbol given, {normalise_symbol(hints.symbol)}, does not look like a UN document "
                        "symbol (such as A/RES/78/1 or CTOC/COP/2020/L.6/Rev.1): it is used as it is")
    symbol: Symbol | None = parse_symbol(symbol_text) if symbol_text else None
    if symbol is None:
        warnings.append("no document symbol found (give --symbol, or \"symbol\" in a sidecar); the IRI uses a number made from the text")

    cover_organ = organ_id(front.cover.organ, lang)
    organ = hints.organ or (symbol.organ if symbol else None) or formula_organ or cover_organ
    if organ is None:
        organ = "un"
        warnings.append("the issuing organ could not be told from the symbol, the formula or the cover page")
    elif not hints.organ:
        for where, named in (("formula", formula_organ), ("cover page", cover_organ)):
            if named and not within(organ, named):
                warnings.append(f"the symbol names {organ} but the {where} names {named}")

    # kind of document: the symbol (adopted or draft), the cover page (resolution or decision)
    name = hints.name
    stage = lang.doc_stages.get(front.cover.doc_stage.lower().rstrip(".。")) if front.cover.doc_stage else None
    if name is None and symbol is not None and (symbol.adopted or symbol.draft):
        name = symbol.name
        if symbol.draft and stage and stage.endswith("Draft"):
            name = stage  # "draft decision" under an /L. symbol
    if name is None:
        name = stage
    if name is None:
        name = "decision" if narrative else "resolution"
    elif narrative and hints.name is None and name.startswith("resolution"):
        name = name.replace("resolution", "decision")  # the narrative form is a decision's
        if symbol is not None and symbol.adopted:
            warnings.append(f"the symbol {symbol.text} names a resolution, but the text is a decision in narrative "
                            f"form (no opening formula): written as a decision")

    # date
    if hints.date:
        date, date_name = hints.date, "adoption" if not name.endswith("Draft") else "distribution"
    elif not name.endswith("Draft") and adoption:
        date, date_name = adoption, "adoption"
    elif front.cover.date:
        date, date_name = front.cover.date, "distribution"
    elif adoption:
        date, date_name = adoption, "adoption"
    elif symbol is not None and symbol.year:
        date, date_name = f"{symbol.year}-01-01", "year"
        warnings.append(f"no date in the text; the work date is the symbol's year {symbol.year}")
    else:
        year = front.heading.get("year")
        if year:
            date, date_name = f"{year}-01-01", "year"
            warnings.append(f"no date in the text; the work date is the heading's year {year}")
        else:
            date, date_name = "", "unknown"

    if symbol is not None:
        number = symbol.number
    else:
        digest = hashlib.sha1(body_text.encode("utf-8")).hexdigest()[:8]
        number = f"nn-{digest}"
    return Identity(symbol.text if symbol else None, organ, name, date, date_name, number, warnings)


def iso_date(value: str | None) -> str | None:
    """A date given by the user (sidecar), checked: ``YYYY-MM-DD``."""
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"date {value!r} is not an ISO date (YYYY-MM-DD)") from None
