"""Organs and document kinds from the symbol, confirmed by the formula and the cover page."""

from __future__ import annotations

import pytest

from akn_convert.organs import ga_session, parse_symbol, roman_value, to_roman, within
from akn_convert.pipeline import Options, convert_text


@pytest.mark.parametrize("symbol, organ, name, number", [
    ("A/RES/73/8", "un-ga", "resolution", "73-8"),
    ("A/RES/2758 (XXVI)", "un-ga", "resolution", "2758"),
    ("A/79/L.12", "un-ga", "resolutionDraft", "A-79-L.12"),
    ("A/79/L.12/Rev.1", "un-ga", "resolutionDraft", "A-79-L.12-Rev.1"),
    ("A/C.3/79/L.5", "un-ga-c3", "resolutionDraft", "A-C.3-79-L.5"),
    ("S/RES/2331 (2016)", "un-sc", "resolution", "2331"),
    ("E/RES/2013/41", "un-ecosoc", "resolution", "2013-41"),
    ("E/2024/L.7", "un-ecosoc", "resolutionDraft", "E-2024-L.7"),
    ("A/HRC/RES/43/1", "un-hrc", "resolution", "43-1"),
    ("A/HRC/DEC/43/115", "un-hrc", "decision", "43-115"),
    ("A/HRC/55/L.3", "un-hrc", "resolutionDraft", "A-HRC-55-L.3"),
    ("CTOC/COP/2020/L.6/Rev.1", "un-ctoc-cop", "resolutionDraft", "CTOC-COP-2020-L.6-Rev.1"),
    ("CAC/COSP/2023/L.9", "un-cac-cosp", "resolutionDraft", "CAC-COSP-2023-L.9"),
    ("E/CN.15/2019/L.3/Rev.1", "un-ccpcj", "resolutionDraft", "E-CN.15-2019-L.3-Rev.1"),
    ("E/CN.7/2024/L.2", "un-cnd", "resolutionDraft", "E-CN.7-2024-L.2"),
    ("E/CN.6/2024/L.3", "un-csw", "resolutionDraft", "E-CN.6-2024-L.3"),
])
def test_symbols(symbol, organ, name, number):
    s = parse_symbol(symbol)
    assert (s.organ, s.name, s.number) == (organ, name, number)


def test_a_symbol_given_that_is_none_is_said_and_makes_a_clean_iri_component():
    text = "*The General Assembly*,\n\n*Recalling* its resolution 61/144,\n\n1. *Decides* to act.\n"
    res = convert_text(text, Options(symbol="draft #3 (final!)", date="2024-05-06"))
    assert any("the symbol given, draft #3 (final!), does not look like a UN document symbol" in w
               for w in res.warnings)
    assert b'<FRBRnumber value="draft_3_final" showAs="draft #3 (final!)"/>' in res.xml
    assert b'/un-ga/2024-05-06/draft_3_final/!main"' in res.xml
    assert not any("does not look like" in w
                   for w in convert_text(text, Options(symbol="A/78/L.5", date="2024-05-06")).warnings)


def test_sessions_and_roman_numerals():
    assert [roman_value(r) for r in ("XXVI", "XXVII", "IIII", "XIV", "")] == [26, 27, None, 14, None]
    assert to_roman(26) == "XXVI"
    assert [ga_session(d) for d in ("1971-10-25", "1972-03-01", "1946-01-20", "2018-09-18")] == [26, 26, 1, 73]
    assert within("un-hrc", "un-ga") and within("un-ccpcj", "un-ecosoc") and within("un-sc", "un-sc")
    assert not within("un-ga", "un-hrc") and not within("un-sc", "un-ga")


COVER = """United Nations {symbol}

{masthead}

Distr.: Limited
3 May 2024

Original: English

{body}

{stage}

Title of the draft

{formula}

Recalling its earlier resolutions,

1. Decides to act;

2. Requests a report.
"""


def _convert(symbol, formula, masthead="General Assembly", body="", stage="Sponsors: draft resolution"):
    text = COVER.format(symbol=symbol, masthead=masthead, body=body, stage=stage, formula=formula)
    return convert_text(text, Options())


def test_draft_decision_under_an_l_symbol():
    result = _convert("A/79/L.40", "The General Assembly,", stage="Canada and Chile: draft decision")
    assert (result.document.name, result.document.organ) == ("decisionDraft", "un-ga")
    assert result.warnings == []


def test_commission_draft_under_the_council_masthead():
    result = _convert("E/CN.15/2024/L.5", "The Commission on Crime Prevention and Criminal Justice,",
                      masthead="Economic and Social Council", body="Commission on Crime Prevention and Criminal Justice")
    doc = result.document
    assert (doc.organ, doc.cover.organ, doc.name) == ("un-ccpcj", "Commission on Crime Prevention and Criminal Justice",
                                                      "resolutionDraft")
    assert result.warnings == []


def test_a_formula_naming_another_organ_is_reported():
    result = _convert("A/79/L.41", "The Security Council,")
    assert result.document.organ == "un-ga"  # the symbol decides
    assert result.warnings == ["the symbol names un-ga but the formula names un-sc"]


def test_a_cover_page_naming_another_organ_is_reported():
    result = _convert("A/79/L.42", "The General Assembly,", masthead="Security Council")
    assert result.warnings == ["the symbol names un-ga but the cover page names un-sc"]


def test_an_unknown_language_is_refused_naming_the_known_as_lang_takes_them():
    from akn_convert.errors import UsageError

    with pytest.raises(UsageError, match=r"unknown language 'de' \(known: fr, en, es, ru, ar, zh\)"):
        convert_text("*The General Assembly*,\n\n1. *Decides* to act.\n", Options(lang="de"))
