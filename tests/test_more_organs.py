"""More resolution-issuing organs (akn_convert/organs.py, lang/*.py, parse/inline/works.py):
the functional and regional commissions of the Economic and Social Council, the United Nations
Environment Assembly, the UN-Habitat Assembly and the Peacebuilding Commission.  For each: what
its symbol says, a short resolution written here in its style, and a citation of it from
another organ's text.  The texts are written for these tests."""

from __future__ import annotations

import pytest
from lxml import etree

from akn_convert.organs import PARENT_ORGANS, parse_symbol
from akn_convert.pipeline import Options, convert_text
from akn_convert.validate.schema import lxml_schema
from conftest import NS, texts

DELIB = "/akn/un/statement/deliberation"


@pytest.mark.parametrize("symbol, organ, name, number, year", [
    ("E/CN.3/2024/L.2", "un-statcom", "resolutionDraft", "E-CN.3-2024-L.2", 2024),
    ("E/CN.5/2024/L.4", "un-csocd", "resolutionDraft", "E-CN.5-2024-L.4", 2024),
    ("E/CN.9/2023/L.5", "un-cpd", "resolutionDraft", "E-CN.9-2023-L.5", 2023),
    ("E/CN.16/2023/L.2", "un-cstd", "resolutionDraft", "E-CN.16-2023-L.2", 2023),
    ("E/CN.18/2024/L.1", "un-unff", "resolutionDraft", "E-CN.18-2024-L.1", 2024),
    ("E/ESCAP/RES/79/1", "un-escap", "resolution", "79-1", None),
    ("E/ESCAP/80/L.3", "un-escap", "resolutionDraft", "E-ESCAP-80-L.3", None),
    ("E/ECE/1509", "un-ece", "resolution", "E-ECE-1509", None),
    ("E/ECA/CM/56/L.2", "un-eca", "resolutionDraft", "E-ECA-CM-56-L.2", None),
    ("LC/SES.40/12", "un-eclac", "resolution", "LC-SES.40-12", None),
    ("E/ESCWA/RES/333 (XXXII)", "un-escwa", "resolution", "333", None),
    ("UNEP/EA.5/Res.14", "un-unea", "resolution", "5-14", None),
    ("UNEP/EA.4/Dec.1", "un-unea", "decision", "4-1", None),
    ("UNEP/EA.6/L.9", "un-unea", "resolutionDraft", "UNEP-EA.6-L.9", None),
    ("HSP/HA.2/Res.1", "un-habitat-assembly", "resolution", "2-1", None),
    ("PBC/17/L.1", "un-pbc", "resolutionDraft", "PBC-17-L.1", None),
    # the commissions' prefixes do not take the numbers of other ones or the Council's
    ("E/CN.15/2019/L.3", "un-ccpcj", "resolutionDraft", "E-CN.15-2019-L.3", 2019),
    ("E/2024/L.7", "un-ecosoc", "resolutionDraft", "E-2024-L.7", 2024),
])
def test_symbol(symbol, organ, name, number, year):
    s = parse_symbol(symbol)
    assert (s.organ, s.name, s.number, s.year) == (organ, name, number, year)


def test_the_council_heads_its_commissions_only():
    assert {o for o, p in PARENT_ORGANS.items() if p == "un-ecosoc"} >= {
        "un-statcom", "un-csocd", "un-cpd", "un-cstd", "un-unff", "un-escap", "un-ece", "un-eca", "un-eclac",
        "un-escwa"}
    assert not {"un-unea", "un-habitat-assembly", "un-pbc"} & set(PARENT_ORGANS)


# --------------------------------------------------------------------------- one resolution each

COVER = """United Nations {symbol}

{masthead}

Distr.: Limited
14 March 2024

Original: English

{organ}

{stage}

{title}

{formula}

{recital}

1. {paragraph}

2. Decides to remain informed of the matter.
"""

#: organ, symbol, masthead, organ's name, formula, title, a recital, a paragraph
RESOLUTIONS = [
    ("un-statcom", "E/CN.3/2024/L.2", "Economic and Social Council", "Statistical Commission",
     "The Statistical Commission,", "Population and housing censuses",
     "Recognizing the role of official statistics in monitoring the Sustainable Development Goals,",
     "Endorses the principles for the 2030 round of population and housing censuses;"),
    ("un-csocd", "E/CN.5/2024/L.4", "Economic and Social Council", "Commission for Social Development",
     "The Commission for Social Development,", "Promoting social inclusion",
     "Recalling its resolution 58/1 of 14 February 2020,",
     "Invites Member States to promote social inclusion through decent work;"),
    ("un-cpd", "E/CN.9/2023/L.5", "Economic and Social Council", "Commission on Population and Development",
     "The Commission on Population and Development,", "Population, education and sustainable development",
     "Recalling its resolution 2014/1 of 11 April 2014,",
     "Urges Governments to invest in education throughout the life course;"),
    ("un-cstd", "E/CN.16/2023/L.2", "Economic and Social Council",
     "Commission on Science and Technology for Development",
     "The Commission on Science and Technology for Development,", "Technology and innovation",
     "Noting the rapid pace of technological change,",
     "Encourages Member States to strengthen national innovation systems;"),
    ("un-unff", "E/CN.18/2024/L.1", "Economic and Social Council", "United Nations Forum on Forests",
     "The United Nations Forum on Forests,", "Forests and the Sustainable Development Goals",
     "Recalling the United Nations strategic plan for forests 2017-2030,",
     "Invites members of the Forum to report on their voluntary national contributions;"),
    ("un-escap", "E/ESCAP/80/L.3", "Economic and Social Council",
     "Economic and Social Commission for Asia and the Pacific",
     "The Economic and Social Commission for Asia and the Pacific,", "Regional connectivity",
     "Recalling its resolution 79/1 of 19 May 2023,",
     "Requests the Executive Secretary to support regional connectivity;"),
    ("un-ece", "E/ECE/1509", "Economic and Social Council", "Economic Commission for Europe",
     "The Economic Commission for Europe,", "Circular economy",
     "Acknowledging the work of its sectoral committees,",
     "Decides to promote the circular economy in the region;"),
    ("un-eca", "E/ECA/CM/56/L.2", "Economic and Social Council", "Economic Commission for Africa",
     "The Economic Commission for Africa,", "Financing for development in Africa",
     "Recalling its resolution 940 (XLIX) of 4 April 2016,",
     "Calls upon member States to mobilize domestic resources;"),
    ("un-eclac", "LC/SES.40/12", "Economic and Social Council",
     "Economic Commission for Latin America and the Caribbean",
     "The Economic Commission for Latin America and the Caribbean,", "Calendar of conferences",
     "Recalling its resolution 751(XXXVIII) of 29 October 2020,",
     "Approves the calendar of conferences of the Commission;"),
    ("un-escwa", "E/ESCWA/32/L.4", "Economic and Social Council",
     "Economic and Social Commission for Western Asia",
     "The Economic and Social Commission for Western Asia,", "Water security in the Arab region",
     "Recalling its resolution 333 (XXXII) of 15 December 2022,",
     "Requests the secretariat to support member States in managing shared water resources;"),
    ("un-unea", "UNEP/EA.6/L.9", "United Nations Environment Programme",
     "United Nations Environment Assembly of the United Nations Environment Programme",
     "The United Nations Environment Assembly,", "Sound management of chemicals",
     "Recalling its resolution 5/14 of 2 March 2022,",
     "Requests the Executive Director to report on the implementation of the present resolution;"),
    ("un-habitat-assembly", "HSP/HA.2/L.3", "United Nations Human Settlements Programme",
     "United Nations Habitat Assembly of the United Nations Human Settlements Programme",
     "The United Nations Habitat Assembly,", "Adequate housing for all",
     "Recalling its resolution 1/2 of 31 May 2019,",
     "Encourages member States to prioritize adequate housing;"),
    ("un-pbc", "PBC/17/L.1", "Peacebuilding Commission", "Peacebuilding Commission",
     "The Peacebuilding Commission,", "Financing for peacebuilding",
     "Recalling General Assembly resolution 60/180 of 20 December 2005,",
     "Encourages the Commission's members to support national peacebuilding priorities;"),
]


def _resolution(symbol, masthead, organ, formula, title, recital, paragraph):
    text = COVER.format(symbol=symbol, masthead=masthead, organ=organ, stage="Sponsors: draft resolution",
                        title=title, formula=formula, recital=recital, paragraph=paragraph)
    return convert_text(text, Options())


@pytest.mark.parametrize("organ, symbol, masthead, name, formula, title, recital, paragraph", RESOLUTIONS,
                         ids=[r[0] for r in RESOLUTIONS])
def test_a_resolution_of_the_organ(organ, symbol, masthead, name, formula, title, recital, paragraph):
    result = _resolution(symbol, masthead, name, formula, title, recital, paragraph)
    root = etree.fromstring(result.xml)
    assert lxml_schema().validate(root), lxml_schema().error_log
    assert result.document.organ == organ
    assert result.warnings == []
    number = parse_symbol(symbol).number
    assert root.xpath("//a:FRBRWork/a:FRBRuri/@value", namespaces=NS) == [f"{DELIB}/{organ}/2024-03-14/{number}"]
    assert set(root.xpath("//a:FRBRWork/a:FRBRauthor/@href | //a:FRBRExpression/a:FRBRauthor/@href",
                          namespaces=NS)) == {f"#{organ}"}
    tlc = root.xpath(f"//a:TLCOrganization[@eId='{organ}']", namespaces=NS)
    assert [(t.get("href"), t.get("showAs")) for t in tlc] == [(f"/ontology/organization/un/{organ}", name)]
    assert texts(root, "//a:formula/a:p") == [formula]
    assert texts(root, "//a:recital") == [recital]
    assert texts(root, "//a:paragraph[@eId='para_1']/a:content") == [paragraph]


def _refs(root):
    return [(" ".join("".join(r.itertext()).split()), r.get("href")) for r in root.xpath("//a:ref", namespaces=NS)]


def test_its_own_resolutions_in_its_number_form():
    """"Its resolution" in each organ's text is that organ's, in the form it numbers them."""
    expected = {
        "un-csocd": ("resolution 58/1", f"{DELIB}/un-csocd/2020-02-14/58-1"),
        "un-cpd": ("resolution 2014/1", f"{DELIB}/un-cpd/2014-04-11/2014-1"),
        "un-escap": ("resolution 79/1", f"{DELIB}/un-escap/2023-05-19/79-1"),
        "un-eca": ("resolution 940 (XLIX)", f"{DELIB}/un-eca/2016-04-04/940"),
        "un-eclac": ("resolution 751(XXXVIII)", f"{DELIB}/un-eclac/2020-10-29/751"),
        "un-escwa": ("resolution 333 (XXXII)", f"{DELIB}/un-escwa/2022-12-15/333"),
        "un-unea": ("resolution 5/14", f"{DELIB}/un-unea/2022-03-02/5-14"),
        "un-habitat-assembly": ("resolution 1/2", f"{DELIB}/un-habitat-assembly/2019-05-31/1-2"),
    }
    for organ, symbol, masthead, name, formula, title, recital, paragraph in RESOLUTIONS:
        if organ in expected:
            root = etree.fromstring(_resolution(symbol, masthead, name, formula, title, recital, paragraph).xml)
            assert _refs(root) == [expected[organ]], organ


# --------------------------------------------------------------------------- cited by other organs

GA = """United Nations A/79/L.90

General Assembly

Distr.: Limited
2 December 2024

Original: English

Seventy-ninth session

Sponsors: draft resolution

Cooperation among United Nations bodies

The General Assembly,

{recital}

1. Requests the Secretary-General to report on the present resolution.
"""


@pytest.mark.parametrize("recital, organ, expected", [
    ("Recalling Statistical Commission decision 54/101 of 3 March 2023,", "un-statcom",
     ("decision 54/101", f"{DELIB}/un-statcom/2023-03-03/54-101")),
    ("Recalling Commission for Social Development resolution 62/1 of 14 February 2024,", "un-csocd",
     ("resolution 62/1", f"{DELIB}/un-csocd/2024-02-14/62-1")),
    ("Recalling Commission on Population and Development resolution 2014/1,", "un-cpd",
     ("resolution 2014/1", f"{DELIB}/un-cpd/2014/2014-1")),
    ("Recalling Commission on Science and Technology for Development resolution 26/1,", "un-cstd",
     ("resolution 26/1", f"{DELIB}/un-cstd/26-1")),
    ("Recalling resolution 14/1 of the United Nations Forum on Forests,", "un-unff",
     ("resolution 14/1", f"{DELIB}/un-unff/14-1")),
    ("Recalling resolution 79/1 of the Economic and Social Commission for Asia and the Pacific,", "un-escap",
     ("resolution 79/1", f"{DELIB}/un-escap/79-1")),
    ("Recalling Economic Commission for Europe resolution 1 (XXXIX),", "un-ece",
     ("resolution 1 (XXXIX)", f"{DELIB}/un-ece/1")),
    ("Recalling ECA resolution 940 (XLIX) of 4 April 2016,", "un-eca",
     ("resolution 940 (XLIX)", f"{DELIB}/un-eca/2016-04-04/940")),
    ("Recalling ECLAC resolution 751(XXXVIII),", "un-eclac",
     ("resolution 751(XXXVIII)", f"{DELIB}/un-eclac/751")),
    ("Recalling ESCWA resolution 333 (XXXII),", "un-escwa",
     ("resolution 333 (XXXII)", f"{DELIB}/un-escwa/333")),
    ("Recalling United Nations Environment Assembly resolution 5/14 of 2 March 2022,", "un-unea",
     ("resolution 5/14", f"{DELIB}/un-unea/2022-03-02/5-14")),
    ("Recalling UN-Habitat Assembly resolution 2/7 of 9 June 2023,", "un-habitat-assembly",
     ("resolution 2/7", f"{DELIB}/un-habitat-assembly/2023-06-09/2-7")),
    ("Recalling UNEP/EA.5/Res.14 and HSP/HA.2/Res.1,", None,
     ("UNEP/EA.5/Res.14", f"{DELIB}/un-unea/5-14")),
])
def test_cited_from_a_general_assembly_text(recital, organ, expected):
    root = etree.fromstring(convert_text(GA.format(recital=recital), Options()).xml)
    refs = _refs(root)
    assert refs[0] == expected
    if organ:
        assert [t.get("showAs") for t in root.xpath(f"//a:TLCOrganization[@eId='{organ}']", namespaces=NS)]
        assert root.xpath(f"//a:organization[@refersTo='#{organ}']", namespaces=NS)
    else:
        assert refs[1] == ("HSP/HA.2/Res.1", f"{DELIB}/un-habitat-assembly/2-1")


def test_the_peacebuilding_commission_is_named():
    root = etree.fromstring(convert_text(GA.format(
        recital="Welcoming the work of the Peacebuilding Commission,"), Options()).xml)
    assert texts(root, "//a:organization[@refersTo='#un-pbc']") == ["Peacebuilding Commission"]


def test_a_bare_year_number_stays_the_councils():
    """The Commission on Population and Development numbers as the Council does; a bare
    "resolution 2013/41" in another organ's text is still the Council's."""
    root = etree.fromstring(convert_text(GA.format(recital="Recalling resolution 2013/41,"), Options()).xml)
    assert _refs(root) == [("resolution 2013/41", f"{DELIB}/un-ecosoc/2013/2013-41")]


# --------------------------------------------------------------------------- other languages

FR = """Nations Unies E/CN.5/2024/L.6

Conseil économique et social

Distr. limitée
12 février 2024

Français
Original : anglais

Commission du développement social

Soixante-deuxième session

Namibie : projet de résolution

Promotion de l'inclusion sociale

*La Commission du développement social*,

*Rappelant* sa résolution 58/1 du 14 février 2020, la résolution 5/14 de l'Assemblée des Nations Unies pour l'environnement et la résolution 751(XXXVIII) de la Commission économique pour l'Amérique latine et les Caraïbes,

1. *Prie* la CESAP et la Commission économique pour l'Afrique de coopérer avec la Commission;

2. *Décide* de demeurer saisie de la question.
"""


def test_a_french_draft_of_the_commission_for_social_development():
    result = convert_text(FR, Options())
    root = etree.fromstring(result.xml)
    assert lxml_schema().validate(root), lxml_schema().error_log
    assert (result.lang, result.document.organ, result.document.name) == ("fra", "un-csocd", "resolutionDraft")
    assert result.warnings == []
    assert texts(root, "//a:coverPage//a:docAuthority") == ["Commission du développement social"]
    assert texts(root, "//a:formula/a:p") == ["La Commission du développement social,"]
    assert _refs(root) == [
        ("résolution 58/1", f"{DELIB}/un-csocd/2020-02-14/58-1"),
        ("résolution 5/14", f"{DELIB}/un-unea/5-14"),
        ("résolution 751(XXXVIII)", f"{DELIB}/un-eclac/751"),
    ]
    shown = {t.get("eId"): t.get("showAs") for t in root.xpath("//a:TLCOrganization", namespaces=NS)}
    assert shown["un-unea"] == ("Assemblée des Nations Unies pour l'environnement du Programme des Nations Unies "
                                "pour l'environnement")
    assert shown["un-escap"] == "Commission économique et sociale pour l'Asie et le Pacifique"
    # the abbreviation, the full name and the short name of the speaking commission
    assert [(o.text, o.get("refersTo")) for o in root.xpath("//a:paragraph[@eId='para_1']//a:organization",
                                                             namespaces=NS)] == [
        ("CESAP", "#un-escap"), ("Commission économique pour l'Afrique", "#un-eca"), ("Commission", "#un-csocd")]


ES = """Naciones Unidas LC/SES.40/L.5

Comisión Económica para América Latina y el Caribe

Distr. limitada
24 de octubre de 2024

Español
Original: español

Cuadragésimo período de sesiones

Proyecto de resolución

Calendario de conferencias

*La Comisión Económica para América Latina y el Caribe*,

*Recordando* su resolución 751(XXXVIII), la resolución 2014/1 de la Comisión de Población y Desarrollo y la resolución 79/1 de la CESPAP,

1. *Aprueba* el calendario de conferencias de la Comisión;

2. *Decide* seguir ocupándose de la cuestión.
"""


def test_a_spanish_draft_of_eclac():
    result = convert_text(ES, Options())
    root = etree.fromstring(result.xml)
    assert lxml_schema().validate(root), lxml_schema().error_log
    assert (result.lang, result.document.organ) == ("spa", "un-eclac")
    assert root.xpath("//a:FRBRWork/a:FRBRuri/@value", namespaces=NS) == [
        f"{DELIB}/un-eclac/2024-10-24/LC-SES.40-L.5"]
    assert root.xpath("//a:FRBRWork/a:FRBRauthor/@href", namespaces=NS) == ["#un-eclac"]
    assert texts(root, "//a:formula/a:p") == ["La Comisión Económica para América Latina y el Caribe,"]
    assert _refs(root) == [
        ("resolución 751(XXXVIII)", f"{DELIB}/un-eclac/751"),
        ("resolución 2014/1", f"{DELIB}/un-cpd/2014/2014-1"),
        ("resolución 79/1", f"{DELIB}/un-escap/79-1"),
    ]
    assert root.xpath("//a:paragraph[@eId='para_1']//a:organization/@refersTo", namespaces=NS) == ["#un-eclac"]


ZH = """人口与发展委员会，

*回顾*其第2014/1号决议和联合国环境大会第5/14号决议，

1. *请*亚太经社会提出报告；

2. *决定*继续处理这一问题。
"""


def test_chinese_names_before_the_number():
    result = convert_text(ZH, Options(shape="clean", lang="zh", symbol="E/CN.9/2025/L.3",
                                      meta={"date": "2025-04-10"}))
    root = etree.fromstring(result.xml)
    assert result.document.organ == "un-cpd" and result.warnings == []
    assert _refs(root) == [("第2014/1号决议", f"{DELIB}/un-cpd/2014/2014-1"),
                           ("第5/14号决议", f"{DELIB}/un-unea/5-14")]
    assert root.xpath("//a:paragraph//a:organization/@refersTo", namespaces=NS) == ["#un-escap"]
