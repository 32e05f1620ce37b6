"""Inline semantics in Spanish and Arabic, from language data alone (lang/es.py, lang/ar.py):
a draft resolution of the Conference of the Parties written for these tests in each language's
UN style (tests/data/lang/CTOC-COP-2020-L.98.{es,ar}.clean.txt).  Every ref, every date of the
body, every organization and place is listed: nothing missing that the data can express,
nothing extra, nothing wrong."""

from __future__ import annotations

from collections import Counter

import pytest
from lxml import etree

from conftest import NS, convert_lang, xml

DELIB = "/akn/un/statement/deliberation"
UNTOC = "/akn/un/treaty/2000-11-15/untoc/!main"
TIP = "/akn/un/treaty/2000-11-15/untoc-tip/!main"
ES = "CTOC-COP-2020-L.98.es.clean.txt"
AR = "CTOC-COP-2020-L.98.ar.clean.txt"

#: the references both versions share, from the second recital on: (eId, href)
_CITED = [
    ("recs_1__rec_2__ref_3", f"{DELIB}/un-ga/2006-12-19/61-144"),
    ("recs_1__rec_2__ref_4", f"{DELIB}/un-ga/2006-12-20/61-180"),
    ("recs_1__rec_2__ref_5", f"{DELIB}/un-ga/2019-12-18/74-176"),
    ("recs_1__rec_2__ref_6", f"{DELIB}/un-ccpcj/2018-05-18/27-2"),
    ("recs_1__rec_2__ref_7", f"{DELIB}/un-ccpcj/2018-05-18/27-3"),
    ("recs_1__rec_2__ref_8", f"{DELIB}/un-ccpcj/2018-05-18/27-4"),
    ("recs_1__rec_2__ref_9", f"{DELIB}/un-ecosoc/2013-07-25/2013-41"),
    ("recs_1__rec_2__ref_10", f"{DELIB}/un-ecosoc/2017-07-06/2017-18"),
    ("recs_1__rec_2__authorialNote_3__ref_1", f"{DELIB}/un-sc/2016/2331"),
    ("recs_1__rec_2__authorialNote_3__ref_2", f"{DELIB}/un-sc/2017/2388"),
]
_NUMBERS = ["61/144", "61/180", "74/176", "27/2", "27/3", "27/4", "2013/41", "2017/18", "2331 (2016)", "2388 (2017)"]
CITED = [(e, n, h) for (e, h), n in zip(_CITED, _NUMBERS)]

ES_REFS = [
    ("recs_1__rec_1__ref_1",
     "artículo 32 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional",
     f"{UNTOC}#art_32"),
    ("recs_1__rec_1__authorialNote_1__ref_1", "Naciones Unidas, Treaty Series, vol. 2225, núm. 39574", UNTOC),
    ("recs_1__rec_1__authorialNote_2__ref_1", "Ibid., vol. 2237, núm. 39574", TIP),
    ("recs_1__rec_2__ref_1", "decisión 4/4", f"{DELIB}/un-ctoc-cop/2008-10-17/4-4"),  # "su decisión"
    ("recs_1__rec_2__ref_2", "resolución 5/2", f"{DELIB}/un-ctoc-cop/2010-10-22/5-2"),
    *CITED,
    # "la resolución 64/293 de la Asamblea General, de 30 de julio de 2010": organ and date after
    ("recs_1__rec_3__ref_1", "resolución 64/293", f"{DELIB}/un-ga/2010-07-30/64-293"),
    # "del Protocolo": the one protocol named
    ("recs_1__rec_4__ref_1", "párrafo 1 del artículo 6 del Protocolo", f"{TIP}#art_6__para_1"),
    # "de la Convención": the one convention named
    ("para_1__ref_1", "párrafo 2 del artículo 34 de la Convención", f"{UNTOC}#art_34__para_2"),
    ("para_3__ref_1", "párrafo 1", "#para_1"),  # "el párrafo 1 supra"
]

AR_REFS = [
    ("recs_1__rec_1__ref_1", "المادة 32 من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية",
     f"{UNTOC}#art_32"),
    # Treaty Series citations with Arabic commas
    ("recs_1__rec_1__authorialNote_1__ref_1", "الأمم المتحدة، مجموعة المعاهدات، المجلد 2225، الرقم 39574", UNTOC),
    ("recs_1__rec_1__authorialNote_2__ref_1", "المرجع نفسه، المجلد 2237، الرقم 39574", TIP),
    # the possessive suffix: the Conference's own decision and resolution
    ("recs_1__rec_2__ref_1", "مقرره 4/4", f"{DELIB}/un-ctoc-cop/2008-10-17/4-4"),
    ("recs_1__rec_2__ref_2", "قراره 5/2", f"{DELIB}/un-ctoc-cop/2010-10-22/5-2"),
    *CITED,
    ("recs_1__rec_3__ref_1", "64/293", f"{DELIB}/un-ga/2010-07-30/64-293"),  # "قرار الجمعية العامة 64/293"
    ("para_1__ref_1", "الفقرة 2 من المادة 34 من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية",
     f"{UNTOC}#art_34__para_2"),
    ("para_3__ref_1", "الفقرة 1", "#para_1"),  # "الفقرة 1 أعلاه"
]

_ISO = ["2008-10-17", "2010-10-22", "2006-12-19", "2006-12-20", "2019-12-18", "2018-05-18", "2013-07-25",
        "2017-07-06", "2010-07-30"]
ES_DATES = list(zip(["17 de octubre de 2008", "22 de octubre de 2010", "19 de diciembre de 2006",
                     "20 de diciembre de 2006", "18 de diciembre de 2019", "18 de mayo de 2018",
                     "25 de julio de 2013", "6 de julio de 2017", "30 de julio de 2010"], _ISO))
# the Levantine month, a slash, the other name; July as the UN writes it ("يوليه", CLDR "يوليو")
AR_DATES = list(zip(["17 تشرين الأول/أكتوبر 2008", "22 تشرين الأول/أكتوبر 2010", "19 كانون الأول/ديسمبر 2006",
                     "20 كانون الأول/ديسمبر 2006", "18 كانون الأول/ديسمبر 2019", "18 أيار/مايو 2018",
                     "25 تموز/يوليه 2013", "6 تموز/يوليه 2017", "30 تموز/يوليه 2010"], _ISO))

ES_ORGANIZATIONS = Counter({
    ("Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada "
     "Transnacional", "#un-ctoc-cop"): 1,
    ("Conferencia", "#un-ctoc-cop"): 1,  # "la Conferencia": the document's own organ
    ("Asamblea General", "#un-ga"): 2,
    ("Comisión de Prevención del Delito y Justicia Penal", "#un-ccpcj"): 1,
    ("Consejo Económico y Social", "#un-ecosoc"): 1,
    ("Consejo de Seguridad", "#un-sc"): 1,
    ("Oficina de las Naciones Unidas contra la Droga y el Delito", "#un-unodc"): 1,
    ("Oficina", "#un-unodc"): 2,  # "la Oficina", once named in full
    ("Grupo de Trabajo sobre la Trata de Personas", "#un-ctoc-cop-wg-tip"): 1,
    ("Secretaría", "#un-secretariat"): 1,
})
AR_ORGANIZATIONS = Counter({
    ("مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية", "#un-ctoc-cop"): 1,
    ("المؤتمر", "#un-ctoc-cop"): 1,
    ("الجمعية العامة", "#un-ga"): 2,
    ("لجنة منع الجريمة والعدالة الجنائية", "#un-ccpcj"): 1,
    ("المجلس الاقتصادي والاجتماعي", "#un-ecosoc"): 1,
    ("مجلس الأمن", "#un-sc"): 1,
    ("مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "#un-unodc"): 1,
    ("المكتب", "#un-unodc"): 2,
    ("الفريق العامل المعني بالاتجار بالأشخاص", "#un-ctoc-cop-wg-tip"): 1,
    ("الفريق العامل", "#un-ctoc-cop-wg-tip"): 1,  # "الفريق العامل", once named in full
    ("الأمانة العامة", "#un-secretariat"): 1,
})

CASES = {
    ES: (ES_REFS, ES_DATES, ES_ORGANIZATIONS, ["Viena", "Viena", "Nueva York", "Ginebra"]),
    AR: (AR_REFS, AR_DATES, AR_ORGANIZATIONS, ["فيينا", "فيينا", "نيويورك", "جنيف"]),
}
PLACES = ["#vienna", "#vienna", "#new-york", "#geneva"]  # the cover page's and the body's


def flat(el) -> str:
    return " ".join("".join(el.itertext()).split())


@pytest.fixture(scope="module", params=[ES, AR])
def case(request):
    return request.param, convert_lang(request.param)


def test_identity(case):
    name, result = case
    doc = result.document
    assert (result.lang, doc.organ, doc.symbol, doc.name) == (
        {ES: "spa", AR: "ara"}[name], "un-ctoc-cop", "CTOC/COP/2020/L.98", "resolutionDraft")


def test_every_reference(case):
    name, result = case
    refs = [(el.get("eId"), flat(el), el.get("href")) for el in xml(result).iterfind(".//a:ref", NS)]
    assert refs == CASES[name][0]


def test_every_date_of_the_body_with_its_iso_value(case):
    name, result = case
    root = xml(result)
    dates = [(flat(el), el.get("date")) for part in ("preamble", "mainBody")
             for el in root.find(f".//a:{part}", NS).iterfind(".//a:date", NS)]
    assert dates == CASES[name][1]
    # the cover page's range "12 a 16 de octubre de 2020" / "12-16 تشرين الأول/أكتوبر 2020"
    preface = root.find(".//a:preface", NS)
    assert [el.get("date") for el in preface.iterfind(".//a:date", NS)] == ["2020-10-12", "2020-10-16"]


def test_every_organization_resolves_to_its_tlc_entry(case):
    name, result = case
    root = xml(result)
    found = Counter((flat(el), el.get("refersTo")) for el in root.iterfind(".//a:organization", NS))
    assert found == CASES[name][2]
    tlc = {el.get("eId"): el for el in root.iterfind(".//a:references/a:TLCOrganization", NS)}
    for el in root.iterfind(".//a:organization", NS):
        assert el.get("refersTo")[1:] in tlc
    # every organ a ref cites has its entry, with the name the language gives it
    for organ in ("un-ga", "un-sc", "un-ecosoc", "un-ccpcj", "un-ctoc-cop"):
        assert tlc[organ].get("href") == f"/ontology/organization/un/{organ}"
    show = {ES: ("Asamblea General", "Oficina de las Naciones Unidas contra la Droga y el Delito"),
            AR: ("الجمعية العامة", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة")}[name]
    assert (tlc["un-ga"].get("showAs"), tlc["un-unodc"].get("showAs")) == show


def test_places(case):
    name, result = case
    locations = [(flat(el), el.get("refersTo")) for el in xml(result).iterfind(".//a:location", NS)]
    assert locations == list(zip(CASES[name][3], PLACES))


def test_what_is_not_a_reference_stays_plain(case):
    name, result = case
    root = xml(result)
    # "178 partes", "50 000 víctimas en 148 países", "en 2019", "11º período de sesiones": no ref
    observing = root.find(".//a:recital[@eId='recs_1__rec_5']", NS)
    assert observing.find(".//a:ref", NS) is None and observing.find(".//a:date", NS) is None
    assert root.find(".//a:paragraph[@eId='para_3']//a:ref", NS).get("href") == "#para_1"
    # "el artículo 3 de la Declaración Universal ...": a text the converter does not know
    unresolved = [(r.what, r.text) for r in result.recognised if r.target is None]
    assert unresolved == {ES: [("article", "artículo 3")], AR: []}[name]
    assert [flat(el) for el in root.iterfind(".//a:recital[@eId='recs_1__rec_3']//a:ref", NS)] == [
        {ES: "resolución 64/293", AR: "64/293"}[name]]


def test_schema_valid_with_unique_eids(case):
    from akn_convert.validate.files import validate_bytes

    _, result = case
    assert [p for p in validate_bytes(result.xml) if p.severity == "error"] == []
    root = etree.fromstring(result.xml)
    eids = [e.get("eId") for e in root.iter() if isinstance(e.tag, str) and e.get("eId")]
    assert len(eids) == len(set(eids))


# ------------------------------------------------------------------ rules, one by one


def convert(text: str, symbol: str):
    from akn_convert.pipeline import Options, convert_text

    return convert_text(text, Options(shape="clean", symbol=symbol, meta={"date": "2020-11-01"}))


def refs(result) -> list[tuple[str, str | None]]:
    return [(r.text, r.target) for r in result.recognised if r.kind == "ref"]


def test_spanish_organ_before_and_after_the_number_and_its_possessive():
    res = convert("*La Asamblea General,*\n\n*Recordando* su resolución 74/176, de 18 de diciembre de 2019, "
                  "la resolución 2331 (2016) del Consejo de Seguridad y la decisión 2013/41 del Consejo "
                  "Económico y Social, así como la resolución 9/1 de la Comisión de Estupefacientes,\n\n"
                  "1. *Decide* seguir ocupándose de la cuestión.\n", "A/75/L.98")
    assert refs(res) == [("resolución 74/176", f"{DELIB}/un-ga/2019-12-18/74-176"),
                         ("resolución 2331 (2016)", f"{DELIB}/un-sc/2016/2331"),
                         ("decisión 2013/41", f"{DELIB}/un-ecosoc/2013/2013-41"),
                         ("resolución 9/1", f"{DELIB}/un-cnd/9-1")]


def test_spanish_short_names_and_treaty_heads_need_what_follows_to_end_the_name():
    res = convert("*La Asamblea General,*\n\n*Recordando* la Carta de las Naciones Unidas y el capítulo VII de "
                  "la Carta, la Comisión Europea, la Comisión de Derecho Internacional, la Conferencia de las Partes en "
                  "la Convención Marco de las Naciones Unidas sobre el Cambio Climático y el Protocolo "
                  "Facultativo,\n\n1. *Pide* a la Asamblea que examine la cuestión.\n", "A/75/L.98")
    assert refs(res) == [("capítulo VII de la Carta", "/akn/un/treaty/1945-06-26/un-charter/!main#chp_VII")]
    assert [(r.text, r.target) for r in res.recognised if r.kind == "organization"][1:] == [
        ("Comisión de Derecho Internacional", "#un-ilc"),  # a body of its own, not the short "Comisión"
        ("Asamblea", "#un-ga")]


def test_arabic_proclitics_and_what_follows_an_article():
    res = convert("*إن الجمعية العامة*،\n\n*إذ تشير* إلى اتفاقية الأمم المتحدة لمكافحة الفساد، وإلى المادة 5 من "
                  "الإعلان العالمي لحقوق الإنسان، وإلى المادة 7 منها، وقراري مجلس الأمن 2331 (2016) و 2388 (2017)، "
                  "وقرارها 70/1، وإلى المقرر الخاص المعني بالاتجار بالأشخاص وإلى اللجنة الفرعية وإلى المجلس "
                  "التنفيذي،\n\n"
                  "1 - *تقرر* أن تبقي المسألة قيد نظرها.\n", "A/75/L.98")
    assert refs(res) == [
        # "منها" (of it): the treaty named last in the paragraph
        ("المادة 7", "/akn/un/treaty/2003-10-31/uncac/!main#art_7"),
        # a proclitic before an organ's name: the numbers are the refs
        ("2331 (2016)", f"{DELIB}/un-sc/2016/2331"), ("2388 (2017)", f"{DELIB}/un-sc/2017/2388"),
        # "وقرارها 70/1": the clitic "و" (and) stays outside the ref
        ("قرارها 70/1", f"{DELIB}/un-ga/70-1")]
    # "المادة 5 من الإعلان ..." is no treaty's; an adjective makes a short name part of a longer
    # one ("اللجنة الفرعية", "المجلس التنفيذي")
    assert [(r.text, r.target) for r in res.recognised if r.kind == "organization"][1:] == [
        ("مجلس الأمن", "#un-sc")]


def test_arabic_indic_digits_give_the_iri_in_ascii_digits():
    result = convert_lang("A-79-L.99.ar.clean.txt")  # "إلى قرارها ٧٨/٩٩٩ المؤرخ ٥ كانون الأول/ديسمبر ٢٠٢٣"
    root = xml(result)
    assert all(h.isascii() for h in root.xpath("//@href | //@refersTo", namespaces=NS))
    refs = [(r.text, r.get("href")) for r in root.xpath("//a:recital//a:ref", namespaces=NS)]
    assert refs == [("قرارها ٧٨/٩٩٩", f"{DELIB}/un-ga/2023-12-05/78-999")]
    assert root.xpath("//a:preamble//a:date/@date", namespaces=NS) == ["2023-12-05"]


def test_arabic_treaty_series_citation_with_arabic_commas():
    from akn_convert.pipeline import Options, convert_text

    text = ("إن الجمعية العامة،\n\nإذ تشير إلى اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية<sup>1</sup> "
            "وبروتوكولها<sup>2</sup>،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n\n---\n\n"
            "<sup>1</sup> الأمم المتحدة، مجموعة المعاهدات، المجلد 2225، الرقم 39574.\n\n"
            "<sup>2</sup> المرجع نفسه، المجلد 2237، الرقم 39574.\n")
    result = convert_text(text, Options(shape="clean", lang="ar", symbol="A/RES/79/997", meta={"date": "2024-12-20"}))
    root = etree.fromstring(result.xml)
    refs = [(r.get("eId"), r.get("href")) for r in root.xpath("//a:authorialNote//a:ref", namespaces=NS)]
    assert refs == [("recs_1__rec_1__authorialNote_1__ref_1", UNTOC),
                    ("recs_1__rec_1__authorialNote_2__ref_1", TIP)]


def test_arabic_names_with_a_clitic_written_onto_them():
    """"و" (and), "ب" (by), "ل" (for) are written onto the next word: the name after them is still
    the name ("ومجلس الأمن", "لمجلس الأمن", "والجمعية العامة"); a longer word is not ("الأمينة")."""
    from akn_convert.pipeline import Options, convert_text

    text = ("إن الجمعية العامة،\n\nإذ تحيط علما بتقرير الأمين العام وبالتقرير المقدم إلى مجلس الأمن،\n\n"
            "1 - تطلب إلى الأمين العام ومجلس الأمن والجمعية العامة أن يقدموا تقريرا لمجلس الأمن؛\n\n"
            "2 - تقرر أن تبقي المسألة قيد نظرها.\n")
    result = convert_text(text, Options(shape="clean", lang="ar", symbol="A/RES/79/996", meta={"date": "2024-12-20"}))
    root = etree.fromstring(result.xml)
    marked = [(el.text, el.get("refersTo")) for el in root.xpath("//a:paragraph[@eId='para_1']//a:organization"
                                                                 " | //a:paragraph[@eId='para_1']//a:role", namespaces=NS)]
    assert marked == [("الأمين العام", "#secretary-general"), ("مجلس الأمن", "#un-sc"), ("الجمعية العامة", "#un-ga"),
                      ("مجلس الأمن", "#un-sc")]
    # the clitic stays outside the element: "و<organization>مجلس الأمن</organization>"
    para = root.find(".//a:paragraph[@eId='para_1']//a:p", NS)
    assert "ومجلس الأمن" in "".join(para.itertext())
    assert [el.tail[:1] for el in para.iter(f"{{{NS['a']}}}organization")][:1] == [" "]


def test_arabic_names_after_the_contracted_li_al():
    """"ل" + "ال" is written "لل" ("للجمعية العامة", "وللأمين العام"): the name is still the name,
    and its element holds the contracted word whole (the two cannot be cut apart)."""
    from akn_convert.pipeline import Options, convert_text

    text = ("إن الجمعية العامة،\n\nإذ تشير إلى التقرير المقدم للجمعية العامة وللأمين العام ولمجلس الأمن،\n\n"
            "1 - تقرر أن تبقي المسألة قيد نظرها.\n")
    result = convert_text(text, Options(shape="clean", lang="ar", symbol="A/RES/79/995", meta={"date": "2024-12-20"}))
    recital = etree.fromstring(result.xml).find(".//a:recital/a:p", NS)
    marked = [(el.text, el.get("refersTo")) for el in recital if el.tag != f"{{{NS['a']}}}i"]
    assert marked == [("للجمعية العامة", "#un-ga"), ("للأمين العام", "#secretary-general"), ("مجلس الأمن", "#un-sc")]
    assert "وللأمين العام ولمجلس الأمن" in "".join(recital.itertext())


def test_arabic_chapters_numbered_in_words():
    """"الفصل السابع من ميثاق الأمم المتحدة" is chapter VII of the Charter (its ordinal read as a
    number, the fragment in roman figures as the other language versions print it); a chapter
    "من" another text ("من التقرير", or "من الميثاق" with no name to tell which) stays plain."""
    text = ("إن مجلس الأمن،\n\nإذ يتصرف بموجب الفصل السابع من ميثاق الأمم المتحدة، وإذ يشير إلى "
            "الفصل الحادي عشر من ميثاق الأمم المتحدة والفصل الثاني عشر من الميثاق والفصل الخامس من التقرير،\n\n"
            "١ - يقرر أن يبقي المسألة قيد نظره.\n")
    from akn_convert.pipeline import Options, convert_text

    result = convert_text(text, Options(shape="clean", lang="ar", symbol="S/RES/2799 (2025)",
                                        meta={"date": "2025-01-10"}))
    charter = "/akn/un/treaty/1945-06-26/un-charter/!main"
    assert refs(result) == [("الفصل السابع من ميثاق الأمم المتحدة", f"{charter}#chp_VII"),
                            ("الفصل الحادي عشر من ميثاق الأمم المتحدة", f"{charter}#chp_XI")]


def test_a_city_in_the_name_of_a_spanish_text_is_no_place():
    from akn_convert.pipeline import Options, convert_text

    text = ("La Asamblea General,\n\nRecordando la Declaración y el Programa de Acción de Viena, aprobados en "
            "Viena el 25 de junio de 1993, y el Plan de Acción de Madrid,\n\n1. Decide actuar;\n")
    result = convert_text(text, Options(symbol="A/RES/79/1", meta={"date": "2024-12-18"}))
    places = [(r.text, r.target, r.start) for r in result.recognised if r.kind == "location"]
    assert places == [("Viena", "#vienna", text.index("Viena el") - len("La Asamblea General,\n\n"))]
