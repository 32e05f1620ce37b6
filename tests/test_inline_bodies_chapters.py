"""Inline semantics beyond the reference inputs: chapters of the Charter, missions, committees
and offices that resolutions cite, and Russian organ names, Charter and references.  Texts
written here; each document is checked whole: eIds, hrefs, every refersTo resolving to a
TLCOrganization of meta/references, schema and profile validity."""

from __future__ import annotations

from lxml import etree

from akn_convert.pipeline import Options, convert_text
from akn_convert.validate.files import validate_bytes
from conftest import NS

DELIB = "/akn/un/statement/deliberation"
CHARTER = "/akn/un/treaty/1945-06-26/un-charter/!main"


def convert(text: str, symbol: str, lang: str):
    result = convert_text(text, Options(shape="clean", symbol=symbol, lang=lang, meta={"date": "2020-11-01"}))
    assert [p for p in validate_bytes(result.xml) if p.severity == "error"] == []
    return result, etree.fromstring(result.xml)


def refs(root) -> list[tuple[str, str, str]]:
    """(eId, text, href) of every ref of the body."""
    return [(r.get("eId"), " ".join("".join(r.itertext()).split()), r.get("href"))
            for r in root.xpath("//a:preamble//a:ref | //a:mainBody//a:ref", namespaces=NS)]


def organizations(root) -> list[tuple[str, str]]:
    """(text, refersTo) of every organization after the formula, each resolving to a
    TLCOrganization of meta/references."""
    known = {o.get("eId"): o.get("href") for o in root.xpath("//a:references/a:TLCOrganization", namespaces=NS)}
    out = []
    for o in root.xpath("//a:preamble//a:organization | //a:mainBody//a:organization", namespaces=NS):
        assert o.get("refersTo")[1:] in known, o.get("refersTo")
        if not o.xpath("ancestor::a:formula", namespaces=NS):
            out.append((" ".join(o.text.split()), o.get("refersTo")))
    return out


SC_EN = """*The Security Council,*

*Recalling* Article 25 of the Charter of the United Nations and the mandate of the United Nations Interim Force in Lebanon (UNIFIL),

*Acting* under Chapter VII of the Charter of the United Nations,

1. *Requests* the Counter-Terrorism Committee to report, and MONUC to assist the Committee;

2. *Decides* that Chapter 9.1 of the peace agreement and Chapter XXIII of the Charter remain, and requests the Committee established pursuant to resolution 1267 (1999) to act.
"""


def test_chapters_missions_and_committees_in_english():
    result, root = convert(SC_EN, "S/RES/9999 (2020)", "en")
    assert refs(root) == [
        ("recs_1__rec_1__ref_1", "Article 25 of the Charter of the United Nations", f"{CHARTER}#art_25"),
        ("recs_1__rec_2__ref_1", "Chapter VII of the Charter of the United Nations", f"{CHARTER}#chp_VII"),
        ("para_2__ref_1", "resolution 1267 (1999)", f"{DELIB}/un-sc/1999/1267"),
    ]
    assert organizations(root) == [
        ("United Nations Interim Force in Lebanon", "#un-unifil"),
        ("UNIFIL", "#un-unifil"),
        ("Counter-Terrorism Committee", "#un-sc-ctc"),
        ("MONUC", "#un-monuc"),
        ("Committee", "#un-sc-ctc"),  # the one committee named before
        ("Committee", "#un-sc-committee-1267"),  # a body of its own, named after its resolution
    ]
    # "Chapter 9.1" is a section of a chapter: no ref; the Charter has 19 chapters
    assert [(r.text, r.reason) for r in result.recognised if r.target is None] == [
        ("Chapter XXIII of the Charter", "un-charter has no chapter XXIII")]
    monuc = root.xpath("//a:TLCOrganization[@eId='un-monuc']", namespaces=NS)[0]
    assert monuc.get("href") == "/ontology/organization/un/un-monuc"
    assert monuc.get("showAs") == "United Nations Organization Mission in the Democratic Republic of the Congo"


def test_the_office_named_in_full_gives_its_short_name():
    text = """*The General Assembly,*

*Noting* the work of the Committee on the Peaceful Uses of Outer Space, its Legal Subcommittee and the Office for Outer Space Affairs,

1. *Requests* the Office to report to the Committee.
"""
    _, root = convert(text, "A/RES/99/9", "en")
    assert organizations(root) == [
        ("Committee on the Peaceful Uses of Outer Space", "#un-copuos"),
        ("Legal Subcommittee", "#un-copuos-lsc"),
        ("Office for Outer Space Affairs", "#un-unoosa"),
        ("Office", "#un-unoosa"),
        ("Committee", "#un-copuos"),
    ]


def test_two_offices_named_leave_the_short_name_plain():
    text = """*The General Assembly,*

*Noting* the work of the Office for Outer Space Affairs and of the United Nations Office on Drugs and Crime,

1. *Requests* the Office to report.
"""
    result, root = convert(text, "A/RES/99/9", "en")
    assert [t for t, _ in organizations(root)] == ["Office for Outer Space Affairs",
                                                    "United Nations Office on Drugs and Crime"]
    assert [r.text for r in result.recognised if r.target is None] == ["Office"]


def test_chapters_and_bodies_in_french():
    text = """*Le Conseil de sécurité,*

*Agissant* en vertu du Chapitre VII de la Charte des Nations Unies,

1. *Prie* le Bureau des affaires spatiales et la Force intérimaire des Nations Unies au Liban de faire rapport au Comité contre le terrorisme.
"""
    _, root = convert(text, "S/RES/9999 (2020)", "fr")
    assert refs(root) == [("recs_1__rec_1__ref_1", "Chapitre VII de la Charte des Nations Unies", f"{CHARTER}#chp_VII")]
    assert organizations(root) == [
        ("Bureau des affaires spatiales", "#un-unoosa"),
        ("Force intérimaire des Nations Unies au Liban", "#un-unifil"),
        ("Comité contre le terrorisme", "#un-sc-ctc"),
    ]


RU = """*Генеральная Ассамблея,*

*напоминая* о своей резолюции 1514 (XV) от 14 декабря 1960 года и резолюциях Совета Безопасности 242 (1967) и 338 (1973),

*действуя* на основании главы VII Устава Организации Объединенных Наций и статьи 25 Устава Организации Объединенных Наций,

1. *просит* Секретариат представить доклад Экономическому и Социальному Совету;

2. *постановляет*, что пункт 2 резолюции 2758 (XXVI) Генеральной Ассамблеи и резолюция 9999 остаются в силе.
"""


def test_russian_references_organs_and_charter():
    result, root = convert(RU, "A/RES/99/1", "ru")
    assert refs(root) == [
        ("recs_1__rec_1__ref_1", "резолюции 1514 (XV)", f"{DELIB}/un-ga/1960-12-14/1514"),
        ("recs_1__rec_1__ref_2", "242 (1967)", f"{DELIB}/un-sc/1967/242"),
        ("recs_1__rec_1__ref_3", "338 (1973)", f"{DELIB}/un-sc/1973/338"),
        ("recs_1__rec_2__ref_1", "главы VII Устава Организации Объединенных Наций", f"{CHARTER}#chp_VII"),
        ("recs_1__rec_2__ref_2", "статьи 25 Устава Организации Объединенных Наций", f"{CHARTER}#art_25"),
        ("para_2__ref_1", "пункт 2 резолюции 2758 (XXVI)", f"{DELIB}/un-ga/2758#para_2"),
    ]
    assert [d.get("date") for d in root.xpath("//a:preamble//a:date", namespaces=NS)] == ["1960-12-14"]
    assert organizations(root) == [
        ("Совета Безопасности", "#un-sc"),
        ("Секретариат", "#un-secretariat"),
        ("Экономическому и Социальному Совету", "#un-ecosoc"),
        ("Генеральной Ассамблеи", "#un-ga"),
    ]
    # a plain number is the Security Council's form: the General Assembly's own text leaves it plain
    assert [(r.text, r.reason) for r in result.recognised if r.target is None] == [
        ("резолюция 9999", "the number's form does not fit un-ga")]
    # the TLC entry shows the name in the nominative, whatever case the text declines it in
    ecosoc = root.xpath("//a:TLCOrganization[@eId='un-ecosoc']", namespaces=NS)[0]
    assert ecosoc.get("showAs") == "Экономический и Социальный Совет"
