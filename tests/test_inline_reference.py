"""Inline semantics on the reference inputs: the French draft CTOC/COP/2020/L.6/Rev.1 in both
shapes, and the English test resolution written for these tests (tests/data/E-CN.15-2021-L.99).
Every ref, every date of the body and every organization is listed: nothing missing, nothing
extra, nothing wrong."""

from __future__ import annotations

from collections import Counter

import pytest
from lxml import etree

from conftest import DATA, NS, xml

EN = DATA / "E-CN.15-2021-L.99.en.clean.txt"
EN_SYMBOL = "E/CN.15/2021/L.99"
DELIB = "/akn/un/statement/deliberation"
UNTOC = "/akn/un/treaty/2000-11-15/untoc/!main"
TIP = "/akn/un/treaty/2000-11-15/untoc-tip/!main"


def flat(el) -> str:
    return " ".join("".join(el.itertext()).split()).replace("\u2019", "'")


def owner(el) -> str:
    return next(a.get("eId") for a in el.iterancestors() if a.get("eId"))


FR_REFS = [
    ("recs_1__rec_1__ref_1", "l'article 32 de la Convention des Nations Unies contre la criminalité transnationale organisée", f"{UNTOC}#art_32"),
    ("recs_1__rec_1__authorialNote_1__ref_1", "Nations Unies, Recueil des Traités, vol. 2225, n° 39574", UNTOC),
    ("recs_1__rec_1__authorialNote_2__ref_1", "Ibid., vol. 2237, n° 39574", TIP),
    ("recs_1__rec_2__ref_1", "décision 4/4", f"{DELIB}/un-ctoc-cop/2008-10-17/4-4"),
    ("recs_1__rec_2__ref_2", "résolution 5/2", f"{DELIB}/un-ctoc-cop/2010-10-22/5-2"),
    ("recs_1__rec_2__ref_3", "61/144", f"{DELIB}/un-ga/2006-12-19/61-144"),
    ("recs_1__rec_2__ref_4", "61/180", f"{DELIB}/un-ga/2006-12-20/61-180"),
    ("recs_1__rec_2__ref_5", "63/194", f"{DELIB}/un-ga/2008-12-18/63-194"),
    ("recs_1__rec_2__ref_6", "64/178", f"{DELIB}/un-ga/2009-12-18/64-178"),
    ("recs_1__rec_2__ref_7", "67/190", f"{DELIB}/un-ga/2012-12-20/67-190"),
    ("recs_1__rec_2__ref_8", "68/192", f"{DELIB}/un-ga/2013-12-18/68-192"),
    ("recs_1__rec_2__ref_9", "70/179", f"{DELIB}/un-ga/2015-12-17/70-179"),
    ("recs_1__rec_2__ref_10", "71/167", f"{DELIB}/un-ga/2016-12-19/71-167"),
    ("recs_1__rec_2__ref_11", "72/1", f"{DELIB}/un-ga/2017-09-27/72-1"),
    ("recs_1__rec_2__ref_12", "72/195", f"{DELIB}/un-ga/2017-12-19/72-195"),
    ("recs_1__rec_2__ref_13", "73/189", f"{DELIB}/un-ga/2018-12-17/73-189"),
    ("recs_1__rec_2__ref_14", "74/176", f"{DELIB}/un-ga/2019-12-18/74-176"),
    ("recs_1__rec_2__ref_15", "20/3", f"{DELIB}/un-ccpcj/2011-04-15/20-3"),
    ("recs_1__rec_2__ref_16", "23/2", f"{DELIB}/un-ccpcj/2014-05-16/23-2"),
    ("recs_1__rec_2__ref_17", "25/1", f"{DELIB}/un-ccpcj/2016-05-27/25-1"),
    ("recs_1__rec_2__ref_18", "27/2", f"{DELIB}/un-ccpcj/2018-05-18/27-2"),
    ("recs_1__rec_2__ref_19", "27/3", f"{DELIB}/un-ccpcj/2018-05-18/27-3"),
    ("recs_1__rec_2__ref_20", "27/4", f"{DELIB}/un-ccpcj/2018-05-18/27-4"),
    ("recs_1__rec_2__ref_21", "2013/41", f"{DELIB}/un-ecosoc/2013-07-25/2013-41"),
    ("recs_1__rec_2__ref_22", "2015/23", f"{DELIB}/un-ecosoc/2015-07-21/2015-23"),
    ("recs_1__rec_2__ref_23", "2017/18", f"{DELIB}/un-ecosoc/2017-07-06/2017-18"),
    ("recs_1__rec_2__authorialNote_3__ref_1", "2331 (2016)", f"{DELIB}/un-sc/2016/2331"),
    ("recs_1__rec_2__authorialNote_3__ref_2", "2368 (2017)", f"{DELIB}/un-sc/2017/2368"),
    ("recs_1__rec_2__authorialNote_3__ref_3", "2388 (2017)", f"{DELIB}/un-sc/2017/2388"),
    ("recs_1__rec_2__authorialNote_3__ref_4", "2482 (2019)", f"{DELIB}/un-sc/2019/2482"),
    ("recs_1__rec_6__ref_1", "paragraphe 1 de l'article 6 du Protocole", f"{TIP}#art_6__para_1"),
    ("recs_1__rec_11__ref_1", "résolution 64/293", f"{DELIB}/un-ga/2010-07-30/64-293"),
    ("recs_1__rec_15__ref_1", "résolution 9/1", f"{DELIB}/un-ctoc-cop/9-1"),
    ("recs_1__rec_18__ref_1", "résolution 70/1", f"{DELIB}/un-ga/2015-09-25/70-1"),
    ("para_4__ref_1", "l'article 3 du Protocole relatif à la traite des personnes", f"{TIP}#art_3"),
    ("para_4__ref_2", "paragraphe 2 de l'article 34", f"{UNTOC}#art_34__para_2"),
    ("para_7__ref_1", "l'article 3 du Protocole relatif à la traite des personnes", f"{TIP}#art_3"),
    ("para_8__ref_1", "paragraphe 1 de l'article 10 du Protocole relatif à la traite des personnes", f"{TIP}#art_10__para_1"),
    ("para_13__list_1__point_c__ref_1", "paragraphe a) de l'article 3 du Protocole", f"{TIP}#art_3__para_a"),
]

# the 23 full dates of the body (formula onward), by the eId of the recital that holds them
FR_DATES = [
    ("recs_1__rec_2", "17 octobre 2008", "2008-10-17"), ("recs_1__rec_2", "22 octobre 2010", "2010-10-22"),
    ("recs_1__rec_2", "19 décembre 2006", "2006-12-19"), ("recs_1__rec_2", "20 décembre 2006", "2006-12-20"),
    ("recs_1__rec_2", "18 décembre 2008", "2008-12-18"), ("recs_1__rec_2", "18 décembre 2009", "2009-12-18"),
    ("recs_1__rec_2", "20 décembre 2012", "2012-12-20"), ("recs_1__rec_2", "18 décembre 2013", "2013-12-18"),
    ("recs_1__rec_2", "17 décembre 2015", "2015-12-17"), ("recs_1__rec_2", "19 décembre 2016", "2016-12-19"),
    ("recs_1__rec_2", "27 septembre 2017", "2017-09-27"), ("recs_1__rec_2", "19 décembre 2017", "2017-12-19"),
    ("recs_1__rec_2", "17 décembre 2018", "2018-12-17"), ("recs_1__rec_2", "18 décembre 2019", "2019-12-18"),
    ("recs_1__rec_2", "15 avril 2011", "2011-04-15"), ("recs_1__rec_2", "16 mai 2014", "2014-05-16"),
    ("recs_1__rec_2", "27 mai 2016", "2016-05-27"), ("recs_1__rec_2", "18 mai 2018", "2018-05-18"),
    ("recs_1__rec_2", "25 juillet 2013", "2013-07-25"), ("recs_1__rec_2", "21 juillet 2015", "2015-07-21"),
    ("recs_1__rec_2", "6 juillet 2017", "2017-07-06"), ("recs_1__rec_11", "30 juillet 2010", "2010-07-30"),
    ("recs_1__rec_18", "25 septembre 2015", "2015-09-25"),
]

FR_ORGANIZATIONS = Counter({
    ("Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée", "#un-ctoc-cop"): 1,
    ("Assemblée générale", "#un-ga"): 4,
    ("Commission pour la prévention du crime et la justice pénale", "#un-ccpcj"): 1,
    ("Conseil économique et social", "#un-ecosoc"): 1,
    ("Conseil de sécurité", "#un-sc"): 1,
    ("Secrétariat", "#un-secretariat"): 2,
    ("Office des Nations Unies contre la drogue et le crime", "#un-unodc"): 9,
    ("Office", "#un-unodc"): 3,  # "l'Office", once the document has named it in full
    ("Groupe de travail sur la traite des personnes", "#un-ctoc-cop-wg-tip"): 4,
    ("Groupe de travail sur la coopération internationale", "#un-ctoc-cop-wg-ic"): 1,
    ("Groupe de travail sur l'assistance technique", "#un-ctoc-cop-wg-ta"): 1,
    ("Groupe de travail sur le trafic illicite de migrants", "#un-ctoc-cop-wg-som"): 1,
    ("Groupe de travail sur les armes à feu", "#un-ctoc-cop-wg-firearms"): 1,
    ("Groupe interinstitutions de coordination contre la traite des personnes", "#un-icat"): 2,
    ("Groupe de coordination interinstitutions", "#un-icat"): 3,
    ("Organisation des Nations Unies", "#un"): 1,
    ("Union européenne", "#eu"): 2,  # one in the sponsors' note
    ("Communauté économique des États de l'Afrique de l'Ouest", "#ecowas"): 1,
    ("Communauté économique des États de l'Afrique centrale", "#eccas"): 1,
    ("Conseil de l'Europe", "#coe"): 1,
    ("Organisation des États américains", "#oas"): 1,
    ("Organisation pour la sécurité et la coopération en Europe", "#osce"): 1,
    ("Communauté d'États indépendants", "#cis"): 1,
})


@pytest.fixture(scope="module")
def en_result():
    from akn_convert.pipeline import Options, convert_file

    return convert_file(EN, Options(symbol=EN_SYMBOL))


def refs_of(root):
    return [(el.get("eId"), flat(el), el.get("href")) for el in root.iterfind(".//a:ref", NS)]


def body_dates(root):
    parts = [root.find(".//a:preamble", NS), root.find(".//a:mainBody", NS)]
    return [(owner(el), flat(el), el.get("date")) for part in parts for el in part.iterfind(".//a:date", NS)]


def organizations(root):
    return Counter((flat(el), el.get("refersTo")) for el in root.iterfind(".//a:organization", NS))


def test_every_reference_of_the_french_input(result):
    same = lambda refs: [(e, t.replace("n°", "no"), h) for e, t, h in refs]  # noqa: E731 (the PDF has "no")
    assert same(refs_of(xml(result))) == same(FR_REFS)


def test_26_resolutions_and_decisions_4_security_council_7_articles(result):
    hrefs = [href for _, _, href in refs_of(xml(result))]
    deliberations = [h for h in hrefs if h.startswith(DELIB)]
    assert len([h for h in deliberations if "/un-sc/" not in h]) == 26
    assert len([h for h in deliberations if "/un-sc/" in h]) == 4
    assert len([h for h in hrefs if "#art_" in h]) == 7


def test_every_full_date_of_the_body(result):
    assert body_dates(xml(result)) == FR_DATES


def test_cover_page_dates_stay_in_the_preface(clean_result):
    preface = xml(clean_result).find(".//a:preface", NS)
    assert [(d.text, d.get("date")) for d in preface.iterfind(".//a:date", NS)] == [
        ("12", "2020-10-12"), ("16 octobre 2020", "2020-10-16")]


def test_every_organization(clean_result, pdf_result):
    assert organizations(xml(clean_result)) == FR_ORGANIZATIONS
    # the PDF rendition spells ASEAN in full and drops an "s" in one name ("des personne")
    pdf = FR_ORGANIZATIONS + Counter({("Association des nations de l'Asie du Sud-Est", "#asean"): 1})
    pdf -= Counter({("Groupe interinstitutions de coordination contre la traite des personnes", "#un-icat"): 1})
    assert organizations(xml(pdf_result)) == pdf


def test_every_organization_and_cited_organ_has_its_tlc_entry(result):
    root = xml(result)
    tlc = {el.get("eId"): el for el in root.iterfind(".//a:references/a:TLCOrganization", NS)}
    for el in root.iterfind(".//a:organization", NS):
        assert el.get("refersTo")[1:] in tlc
    for organ in ("un-ga", "un-sc", "un-ecosoc", "un-ccpcj", "un-ctoc-cop"):
        assert tlc[organ].get("href") == f"/ontology/organization/un/{organ}"
    assert tlc["un-ga"].get("showAs") == "Assemblée générale"
    assert tlc["un-unodc"].get("showAs") == "Office des Nations Unies contre la drogue et le crime"
    assert tlc["eu"].get("href") == "/ontology/organization/eu"


def test_the_one_unresolved_name_stays_plain_text(result):
    unresolved = [(r.kind, r.text) for r in result.recognised if r.target is None]
    # "le Groupe de travail a tenu sa dixième réunion": five working groups are named before it
    assert unresolved == [("organization", "Groupe de travail")]
    recital = xml(result).find(".//a:recital[@eId='recs_1__rec_17']", NS)
    assert recital.find(".//a:organization", NS) is None


def test_formula_names_its_organ_inside_the_italics(clean_result):
    p = xml(clean_result).find(".//a:formula/a:p", NS)
    i = p.find("a:i", NS)
    org = i.find("a:organization", NS)
    assert (i.text, org.get("refersTo"), org.tail) == ("La ", "#un-ctoc-cop", ",")


def test_italics_nest_inside_the_treaty_series_ref(clean_result):
    ref = xml(clean_result).find(".//a:authorialNote[@marker='1']//a:ref", NS)
    assert ref.find("a:i", NS).text == "Recueil des Traités"


# ------------------------------------------------------------------ the English test resolution

EN_REFS = [
    ("recs_1__rec_1__ref_1", "resolution 74/176", f"{DELIB}/un-ga/2019-12-18/74-176"),
    ("recs_1__rec_1__ref_2", "61/144", f"{DELIB}/un-ga/2006-12-19/61-144"),
    ("recs_1__rec_1__ref_3", "64/293", f"{DELIB}/un-ga/2010-07-30/64-293"),
    ("recs_1__rec_1__ref_4", "72/1", f"{DELIB}/un-ga/2017-09-27/72-1"),
    ("recs_1__rec_2__ref_1", "2331 (2016)", f"{DELIB}/un-sc/2016-12-20/2331"),
    ("recs_1__rec_2__ref_2", "2388 (2017)", f"{DELIB}/un-sc/2017-11-21/2388"),
    ("recs_1__rec_2__ref_3", "2482 (2019)", f"{DELIB}/un-sc/2019/2482"),
    ("recs_1__rec_2__ref_4", "2013/41", f"{DELIB}/un-ecosoc/2013-07-25/2013-41"),
    ("recs_1__rec_2__ref_5", "2017/18", f"{DELIB}/un-ecosoc/2017-07-06/2017-18"),
    ("recs_1__rec_2__ref_6", "25/2", f"{DELIB}/un-ccpcj/2016-05-27/25-2"),
    ("recs_1__rec_2__ref_7", "27/2", f"{DELIB}/un-ccpcj/2018-05-18/27-2"),
    ("recs_1__rec_2__ref_8", "27/3", f"{DELIB}/un-ccpcj/2018-05-18/27-3"),
    ("recs_1__rec_2__ref_9", "27/4", f"{DELIB}/un-ccpcj/2018-05-18/27-4"),
    ("recs_1__rec_3__ref_1", "decision 4/4", f"{DELIB}/un-ctoc-cop/2008-10-17/4-4"),
    ("recs_1__rec_3__ref_2", "resolution 10/3", f"{DELIB}/un-ctoc-cop/10-3"),
    ("recs_1__rec_4__ref_1", "article 32 of the United Nations Convention against Transnational Organized Crime", f"{UNTOC}#art_32"),
    ("recs_1__rec_4__authorialNote_1__ref_1", "United Nations, Treaty Series, vol. 2225, No. 39574", UNTOC),
    ("recs_1__rec_4__authorialNote_2__ref_1", "Ibid., vol. 2237, No. 39574", TIP),
    ("recs_1__rec_5__ref_1", "resolution 70/1", f"{DELIB}/un-ga/2015-09-25/70-1"),
    ("recs_1__rec_5__ref_2", "resolution 44/4", f"{DELIB}/un-hrc/2020-07-16/44-4"),
    ("recs_1__rec_8__ref_1", "paragraph 1 of article 6 of the Protocol", f"{TIP}#art_6__para_1"),
    ("recs_1__rec_8__ref_2", "subparagraph (a) of article 3 of the Protocol", f"{TIP}#art_3__para_a"),
    # "adopted by the General Assembly … in its resolution 55/25": the Commission had held no 55th session
    ("recs_1__rec_8__authorialNote_3__ref_1", "resolution 55/25", f"{DELIB}/un-ga/55-25"),
    ("para_2__ref_1", "article 5 of the Protocol", f"{TIP}#art_5"),
    ("para_2__ref_2", "paragraph 2 of article 34", f"{UNTOC}#art_34__para_2"),
    ("para_4__ref_1", "paragraph 1 of article 10 of the Trafficking in Persons Protocol", f"{TIP}#art_10__para_1"),
    ("para_4__ref_2", "paragraph 3", "#para_3"),
    # undated here, dated where the preamble cites it: one work, one IRI
    ("para_5__ref_1", "paragraph 13 of resolution 74/176", f"{DELIB}/un-ga/2019-12-18/74-176#para_13"),
]

EN_DATES = [
    ("recs_1__rec_1", "18 December 2019", "2019-12-18"), ("recs_1__rec_1", "19 December 2006", "2006-12-19"),
    ("recs_1__rec_1", "30 July 2010", "2010-07-30"), ("recs_1__rec_1", "27 September 2017", "2017-09-27"),
    ("recs_1__rec_2", "20 December 2016", "2016-12-20"), ("recs_1__rec_2", "21 November 2017", "2017-11-21"),
    ("recs_1__rec_2", "25 July 2013", "2013-07-25"), ("recs_1__rec_2", "6 July 2017", "2017-07-06"),
    ("recs_1__rec_2", "27 May 2016", "2016-05-27"), ("recs_1__rec_2", "18 May 2018", "2018-05-18"),
    ("recs_1__rec_3", "17 October 2008", "2008-10-17"),
    ("recs_1__rec_3", "12", "2020-10-12"), ("recs_1__rec_3", "16 October 2020", "2020-10-16"),
    ("recs_1__rec_5", "25 September 2015", "2015-09-25"), ("recs_1__rec_5", "16 July 2020", "2020-07-16"),
    ("recs_1__rec_7", "1", "2020-07-01"), ("recs_1__rec_7", "2 July 2020", "2020-07-02"),
    ("recs_1__rec_8__authorialNote_3", "15 November 2000", "2000-11-15"),
    ("para_5", "30 November", "2021-11-30"), ("para_5", "2 December 2021", "2021-12-02"),
    ("para_6", "1 January 2022", "2022-01-01"),
]


def test_every_reference_of_the_english_resolution(en_result):
    assert refs_of(xml(en_result)) == EN_REFS


def test_every_date_of_the_english_resolution(en_result):
    assert body_dates(xml(en_result)) == EN_DATES
    preface = xml(en_result).find(".//a:preface", NS)
    assert [(d.text, d.get("date")) for d in preface.iterfind(".//a:date", NS)] == [
        ("17", "2021-05-17"), ("21 May 2021", "2021-05-21")]


def test_organizations_and_places_of_the_english_resolution(en_result):
    assert organizations(xml(en_result)) == Counter({
        ("Commission on Crime Prevention and Criminal Justice", "#un-ccpcj"): 1,
        ("Commission", "#un-ccpcj"): 2,  # "the Commission": the document's own organ
        ("General Assembly", "#un-ga"): 5,
        ("Security Council", "#un-sc"): 2,
        ("Economic and Social Council", "#un-ecosoc"): 2,
        ("Human Rights Council", "#un-hrc"): 1,
        ("Conference of the Parties to the United Nations Convention against Transnational Organized Crime", "#un-ctoc-cop"): 1,
        ("Conference of the Parties", "#un-ctoc-cop"): 2,
        ("United Nations Office on Drugs and Crime", "#un-unodc"): 3,
        ("Office", "#un-unodc"): 1,
        ("Working Group on Trafficking in Persons", "#un-ctoc-cop-wg-tip"): 2,
        ("Working Group on the Smuggling of Migrants", "#un-ctoc-cop-wg-som"): 1,
        ("Secretariat", "#un-secretariat"): 2,
        ("European Union", "#eu"): 1,
        ("African Union", "#au"): 1,
    })
    body = xml(en_result).find(".//a:preamble", NS)
    assert [(el.text, el.get("refersTo")) for el in body.iterfind(".//a:location", NS)] == [("Vienna", "#vienna")]


def test_what_the_english_resolution_does_not_say_stays_plain(en_result):
    unresolved = [(r.what, r.text, r.reason) for r in en_result.recognised if r.target is None]
    assert [(what, text) for what, text, _ in unresolved] == [
        ("body", "Working Group"),  # two working groups named before
        ("article", "article 5"),  # no treaty named in the paragraph before it
    ]


def test_outputs_stay_valid(result, en_result):
    from akn_convert.validate import validate_tree
    from akn_convert.validate.schema import lxml_schema

    for res in (result, en_result):
        root = etree.fromstring(res.xml)
        assert lxml_schema().validate(root), lxml_schema().error_log
        assert [p for p in validate_tree(etree.ElementTree(root)) if p.severity == "error"] == []
        eids = [e.get("eId") for e in root.iter() if isinstance(e.tag, str) and e.get("eId")]
        assert len(eids) == len(set(eids))
