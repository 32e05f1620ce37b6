"""Cover pages and document identity, read the way a records officer reads them.

Each file of ``data/cover-qa/`` is a cover page and a short body written for these tests in
the UN's layouts (clean text, or PDF-extracted text with its columns, job lines and running
marks), for an organ, a kind of document and a language; the file ``NAME.expected.json``
beside it says what a careful reader takes from it: symbol, organ, kind, date, language,
session, place and dates, agenda item and title, sponsors and kind of draft, title, FRBR
IRIs.  Each conversion is schema-valid and passes the words-in-order check (the pipeline
refuses it otherwise); each expected value is read back from the XML."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from conftest import DATA, NS

QA = DATA / "cover-qa"
CASES = sorted(p for p in QA.glob("*.txt"))
CODES = {"ara": "ar", "zho": "zh", "eng": "en", "fra": "fr", "rus": "ru", "spa": "es"}


def _text(el) -> str:
    """The text of an element without the notes inside it, white space squeezed."""
    parts: list[str] = []

    def walk(e):
        if e.text:
            parts.append(e.text)
        for child in e:
            if etree.QName(child).localname not in ("authorialNote", "noteRef"):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return " ".join("".join(parts).split())


def _one(root, path: str):
    found = root.xpath(path, namespaces=NS)
    return found[0] if found else None


def _read(root) -> dict:
    """What the XML says about the document's identity and cover page."""
    def text(path):
        el = _one(root, path)
        return None if el is None else _text(el)

    work = _one(root, "//a:FRBRWork")
    date = _one(work, "a:FRBRdate")
    session = _one(root, "//a:preface//a:session")
    location = _one(root, "//a:preface//a:location")
    dated = _one(root, "//a:preface/a:p[a:location or a:date]")
    star = _one(root, "//*[@eId='authorialNote_star']")
    doc_date = _one(root, "//a:coverPage//a:docDate")
    return {
        "symbol": text("//a:preface//a:docNumber"),
        "organ": _one(work, "a:FRBRauthor").get("href")[1:],
        "name": _one(root, "/a:akomaNtoso/a:statement").get("name"),
        "date": date.get("date"),
        "date_name": date.get("name"),
        "lang": _one(root, "//a:FRBRlanguage").get("language"),
        "work": _one(work, "a:FRBRuri").get("value"),
        "cover_organ": text("//a:coverPage//a:docAuthority"),
        # the principal organ a subsidiary body's masthead names above it
        "parent_organ": text("//a:coverPage/a:container[@name='organ']//a:organization"),
        "distribution": text("//a:coverPage//a:inline[@name='distribution']"),
        "doc_date": None if doc_date is None else doc_date.get("date"),
        "language": text("//a:coverPage//a:inline[@name='languageOfExpression']"),
        "languages": text("//a:coverPage//a:inline[@name='languages']"),
        "original": text("//a:coverPage//a:inline[@name='originalLanguage']"),
        "session": None if session is None else _text(session),
        "session_value": None if session is None else session.get("value"),
        "place": None if location is None else location.get("refersTo")[1:],
        "place_dates": None if dated is None else _text(dated),
        "agenda_item": text("//a:preface//a:inline[@name='agendaItem']"),
        "agenda_titles": [_text(e) for e in root.xpath("//a:preface//a:inline[@name='agendaItemTitle']",
                                                         namespaces=NS)],
        "sponsors": text("//a:preface//a:docProponent"),
        "stage": text("//a:preface//a:docStage"),
        "title": text("//a:preface//a:docTitle"),
        "star_note": None if star is None else _text(star),
        "conclusions": [_text(p) for p in root.xpath("//a:conclusions/a:p", namespaces=NS)],
        "tlc": [e.get("eId") for e in root.xpath("//a:references/a:TLCOrganization", namespaces=NS)],
    }


@pytest.fixture(scope="module", params=CASES, ids=lambda p: p.stem)
def case(request):
    from akn_convert.pipeline import convert_text

    path = request.param
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    result = convert_text(path.read_text(encoding="utf-8"))
    return expected, result, etree.fromstring(result.xml)


def test_there_are_twenty_cases_or_more():
    assert len(CASES) >= 20
    assert all(p.with_suffix(".expected.json").exists() for p in CASES)


def test_what_the_reader_takes_from_the_cover(case):
    expected, _, root = case
    got = _read(root)
    tlc = expected.pop("tlc", [])
    wrong = {k: (v, got[k]) for k, v in expected.items() if got[k] != v}
    assert not wrong, "\n".join(f"{k}: expected {v!r}, got {g!r}" for k, (v, g) in wrong.items())
    assert set(tlc) <= set(got["tlc"]), got["tlc"]
    assert got["organ"] in got["tlc"]


def test_the_iris_agree_with_each_other(case):
    expected, result, root = case
    got = _read(root)
    lang, date = got["lang"], got["date"]
    assert result.lang == lang and CODES[lang] in {"ar", "zh", "en", "fr", "ru", "es"}
    expression = f"{got['work']}/{lang}@{date}"
    assert got["work"] == f"/akn/un/statement/deliberation/{got['organ']}/{date}/" + \
        _one(root, "//a:FRBRWork/a:FRBRnumber").get("value")
    assert _one(root, "//a:FRBRWork/a:FRBRnumber").get("showAs") == got["symbol"]
    assert _one(root, "//a:FRBRWork/a:FRBRthis").get("value") == got["work"] + "/!main"
    assert _one(root, "//a:FRBRExpression/a:FRBRuri").get("value") == expression
    assert _one(root, "//a:FRBRExpression/a:FRBRthis").get("value") == expression + "/!main"
    assert _one(root, "//a:FRBRManifestation/a:FRBRthis").get("value") == expression + "/!main.xml"
    assert _one(root, "//a:FRBRManifestation/a:FRBRuri").get("value") == expression + ".akn"
    assert _one(root, "//a:FRBRWork/a:FRBRname").get("value") == got["name"]


def test_valid_and_every_word_in_order(case):
    from akn_convert.validate.files import validate_bytes
    from akn_convert.validate.textcheck import check_texts

    _, result, root = case
    assert [p.format() for p in validate_bytes(result.xml) if p.severity == "error"] == []
    doc = result.document
    check_texts(doc.source_texts, {m: n.text.text for m, n in doc.notes.items()}, root)
    # nothing of the cover page leaks into the preamble
    formula = _text(_one(root, "//a:formula")) if _one(root, "//a:formula") is not None else ""
    assert not any(w in formula for w in ("Distr", "Original", "session", "сессия", "período", "届会议", "الدورة"))


def test_a_given_symbol_that_is_not_the_cover_pages_is_said():
    from akn_convert.pipeline import Options, convert_text

    text = (QA / "A-80-L.12.en.clean.txt").read_text(encoding="utf-8")
    other = convert_text(text, Options(symbol="A/80/L.13"))
    root = etree.fromstring(other.xml)
    assert _read(root)["symbol"] == "A/80/L.13"  # the user's word wins ...
    assert [w for w in other.warnings if "A/80/L.13" in w and "A/80/L.12" in w]  # ... and is said
    same = convert_text(text, Options(symbol="A/80/L.12"))
    assert not [w for w in same.warnings if "symbol" in w]
