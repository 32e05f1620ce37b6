"""A QA pass on inline semantics in English and French: sixteen resolutions written in the
style of the General Assembly, the Security Council, the Economic and Social Council, the Human
Rights Council, the Commission on Crime Prevention and Criminal Justice and the conferences of
States parties (CAC/COSP, CTOC/COP), dense with the inline forms UN texts use and with numbers
and dates that are none (document symbols, page ranges, percentages, "24/7", "ISO 9001",
"COVID-19", "the 2030 Agenda", years alone).  Every ref, date and organization of each is
listed in ``tests/data/inline-qa/<name>.expected.tsv`` (eId, kind, text, target; an empty
target stays plain text); then one test per rule the pass showed missing or wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from inline_qa_checks import assert_written_and_resolved, expected, listing, trap_hits
from test_inline_rules import DELIB, convert, targets

QA = Path(__file__).parent / "data" / "inline-qa"
NAMES = sorted(p.name.removesuffix(".clean.txt") for p in QA.glob("*.clean.txt"))
KINDS = ("ref", "date", "organization")
TREATY = "/akn/un/treaty"
GA_FR = "*L'Assemblée générale,*"


def commission(recital: str, lang: str = "en", **options):
    """``convert`` in a draft of the Commission on Crime Prevention and Criminal Justice of 2026."""
    formula = {"en": "*The Commission on Crime Prevention and Criminal Justice,*",
               "fr": "*La Commission pour la prévention du crime et la justice pénale,*"}[lang]
    return convert(recital, formula=formula, symbol="E/CN.15/2026/L.99", **options)


def _convert(name: str):
    from akn_convert.pipeline import Options, convert_file

    return convert_file(QA / f"{name}.clean.txt", Options())  # schema-valid, words in order, or it raises


def test_the_sample_covers_both_languages_and_every_organ():
    assert len(NAMES) >= 12
    assert {n.split(".")[-1] for n in NAMES} == {"en", "fr"}
    assert {n.split("-")[0] for n in NAMES} >= {"A", "S", "E", "CAC", "CTOC"}
    assert any(n.startswith("A-HRC") for n in NAMES) and any(n.startswith("E-CN.15") for n in NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_ref_date_and_organization(name):
    assert listing(_convert(name), KINDS) == expected(QA / f"{name}.expected.tsv")


@pytest.mark.parametrize("name", NAMES)
def test_every_organization_and_ref_is_written_and_resolves(name):
    assert_written_and_resolved(_convert(name))


#: numbers and dates that are none, as the sample prints them
TRAPS = ("A/75/123", "A/80/123", "A/80/256", "E/2025/30", "S/2025/123", "E/CN.15/2026/7", "12-16", "45 à 52",
         "paras. 14-17", "24/7", "75/25", "1/3", "3/4", "2/3", "1/10", "ISO 9001", "ISO 9001:2015", "ISO/IEC 17025",
         "ISO 28000", "ISO 37001", "ISO 14001:2015", "COVID-19", "the 2030 Agenda", "Agenda 2030", "Programme 2030",
         "2024/25", "2025/2026", "S-2725", "212-963-1234", "1-800-555-0199", "31/12/2025", "G-20", "Goal 16",
         "16.4", "2022-2023", "2015-2024", "2022-2032", "2015-2030", "in 2024", "en 2024", "in 2027", "en 2028",
         "June 2020", "juin 2020", "5 March,", "5 mars,", "31 February 2026", "31 février 2026", "31 June 2026",
         "31 juin 2026", "29 February 2025", "29 février 2025", "15 Member States", "15 États Membres",
         "20 years", "20 ans", "adopted in 2015", "adoptées en 2015")


@pytest.mark.parametrize("name", NAMES)
def test_no_trap_is_a_reference_or_a_date(name):
    res = _convert(name)
    assert not trap_hits(res, TRAPS, r"[\w/]")
    # a year alone or a month and a year is no date: each has its month, but the first day of a range
    assert all(any(c.isalpha() for c in r.text) or r.text.isdigit() and len(r.text) <= 2
               for r in res.recognised if r.kind == "date")


def test_the_traps_stand_in_the_sample():
    text = "\n".join(p.read_text(encoding="utf-8") for p in QA.glob("*.clean.txt"))
    assert [t for t in TRAPS if t not in text] == []


# ------------------------------------------------------------------ one test per rule


def test_a_list_of_resolutions_goes_on_after_a_title():
    en = convert('*Recalling* General Assembly resolutions 60/288 of 8 September 2006, entitled "The United '
                 'Nations Global Counter-Terrorism Strategy", 77/298 of 22 June 2023 and 78/191,',
                 formula="*The Economic and Social Council,*", symbol="E/2025/L.99")
    assert targets(en) == [("60/288", f"{DELIB}/un-ga/2006-09-08/60-288"),
                           ("77/298", f"{DELIB}/un-ga/2023-06-22/77-298"), ("78/191", f"{DELIB}/un-ga/78-191")]
    fr = convert("*Rappelant* les résolutions de l'Assemblée générale 73/195 du 19 décembre 2018, intitulée "
                 "« Pacte mondial pour des migrations sûres, ordonnées et régulières », et 79/175,",
                 formula="*Le Conseil économique et social,*", symbol="E/2025/L.99")
    assert targets(fr) == [("73/195", f"{DELIB}/un-ga/2018-12-19/73-195"), ("79/175", f"{DELIB}/un-ga/79-175")]


def test_a_resolution_cited_in_a_title_of_a_list_is_its_own_reference():
    res = convert('*Recalling* its resolutions 70/1, entitled "Follow-up to Security Council resolution 1325 '
                  '(2000)", and 71/2,')
    assert targets(res) == [("70/1", f"{DELIB}/un-ga/70-1"), ("resolution 1325 (2000)", f"{DELIB}/un-sc/2000/1325"),
                            ("71/2", f"{DELIB}/un-ga/71-2")]


def test_the_organ_may_be_named_after_the_date():
    en = commission("*Recalling* resolution 79/174 of 17 December 2024 of the General Assembly,")
    assert targets(en) == [("resolution 79/174", f"{DELIB}/un-ga/2024-12-17/79-174")]
    fr = commission("*Rappelant* la résolution 79/174 du 17 décembre 2024 de l'Assemblée générale,", "fr")
    assert targets(fr) == [("résolution 79/174", f"{DELIB}/un-ga/2024-12-17/79-174")]


def test_a_resolution_listed_before_a_decision_of_a_named_organ_is_that_organs():
    fr = commission("*Rappelant* la résolution 10/6 et la décision 10/1 de la Conférence des Parties à la "
                    "Convention des Nations Unies contre la criminalité transnationale organisée,", "fr")
    assert targets(fr) == [("résolution 10/6", f"{DELIB}/un-ctoc-cop/10-6"),
                           ("décision 10/1", f"{DELIB}/un-ctoc-cop/10-1")]
    # with a possessive, the first is the document's own
    en = commission("*Recalling* its resolution 30/2 and decision 10/1 of the Conference of the Parties to the "
                    "United Nations Convention against Transnational Organized Crime,")
    assert targets(en) == [("resolution 30/2", f"{DELIB}/un-ccpcj/30-2"),
                           ("decision 10/1", f"{DELIB}/un-ctoc-cop/10-1")]


def test_a_short_name_before_the_keyword_is_the_one_such_organ_named_so_far():
    res = commission("*Recalling* General Assembly resolution 55/25 and paragraph 3 of Assembly resolution 78/226, "
                     "and resolution 11/1 of the Conference of the Parties to the United Nations Convention against "
                     "Transnational Organized Crime and Conference decision 10/2,")
    assert targets(res) == [("resolution 55/25", f"{DELIB}/un-ga/55-25"),
                            ("paragraph 3 of Assembly resolution 78/226", f"{DELIB}/un-ga/78-226#para_3"),
                            ("resolution 11/1", f"{DELIB}/un-ctoc-cop/11-1"),
                            ("decision 10/2", f"{DELIB}/un-ctoc-cop/10-2")]
    none_named = commission("*Recalling* Assembly resolution 78/226,")
    assert targets(none_named) == [("resolution 78/226", None)]


def test_a_french_short_name_before_the_numbers():
    res = convert("*Rappelant* les résolutions de l'Assemblée générale et du Conseil, notamment les résolutions "
                  "de l'Assemblée 61/295 du 13 septembre 2007 et 65/198, et les résolutions du Conseil 6/36 et "
                  "33/25,",
                  formula="*Le Conseil des droits de l'homme,*", symbol="A/HRC/60/L.99")
    assert targets(res) == [("61/295", f"{DELIB}/un-ga/2007-09-13/61-295"), ("65/198", f"{DELIB}/un-ga/65-198"),
                            ("6/36", f"{DELIB}/un-hrc/6-36"), ("33/25", f"{DELIB}/un-hrc/33-25")]
    assert ("Assemblée", "#un-ga") in targets(res, "organization")


def test_a_year_after_the_organ_in_the_head_is_no_resolution():
    fr = convert("*Rappelant* les résolutions du Conseil de sécurité adoptées en 2015 et les résolutions du "
                 "Conseil de sécurité 2250 (2015) et 2419 (2018),", formula=GA_FR)
    assert targets(fr) == [("2250 (2015)", f"{DELIB}/un-sc/2015/2250"), ("2419 (2018)", f"{DELIB}/un-sc/2018/2419")]
    en = convert("*Recalling* the resolutions of the Security Council adopted in 2015,")
    assert targets(en) == []


def test_a_bare_number_after_a_list_is_a_quantity():
    en = convert("*Recalling* Security Council resolution 2250 (2015) and 15 Member States that acted on it, "
                 "resolution 1325 (2000), 20 years after its adoption, and resolutions 242 and 338,")
    assert targets(en) == [("resolution 2250 (2015)", f"{DELIB}/un-sc/2015/2250"),
                           ("resolution 1325 (2000)", f"{DELIB}/un-sc/2000/1325"),
                           ("242", None), ("338", None)]
    fr = convert("*Rappelant* la résolution 2250 (2015) du Conseil de sécurité et 15 États Membres,", formula=GA_FR)
    assert targets(fr) == [("résolution 2250 (2015)", f"{DELIB}/un-sc/2015/2250")]


def test_a_possessive_whose_own_organ_does_not_fit_is_the_organ_named_before():
    res = convert("*Rappelant* la résolution 1/1 de la Conférence des États parties à la Convention des Nations "
                  "Unies contre la corruption et sa décision 9/1,",
                  formula="*Le Conseil économique et social,*", symbol="E/2025/L.99")
    assert targets(res) == [("résolution 1/1", f"{DELIB}/un-cac-cosp/1-1"),
                            ("décision 9/1", f"{DELIB}/un-cac-cosp/9-1")]
    two = convert("*Recalling* the General Assembly, the Human Rights Council and its resolution 5/1,",
                  formula="*The Economic and Social Council,*", symbol="E/2025/L.99")
    assert targets(two) == [("resolution 5/1", None)]


def test_an_organ_inside_a_longer_name_is_no_organization():
    res = convert("*Noting* the Counter-Terrorism Committee, the Counter-Terrorism Committee Executive Directorate, "
                  "the Human Rights Council Advisory Committee, the African Union Commission and General Assembly "
                  "Resolution 60/1,")
    assert targets(res, "organization") == [("Counter-Terrorism Committee", "#un-sc-ctc"),
                                            ("General Assembly", "#un-ga")]
    assert targets(res) == [("Resolution 60/1", f"{DELIB}/un-ga/60-1")]


def test_articles_listed_before_one_whose_treaty_is_named_after_are_of_that_treaty():
    fr = convert("*Rappelant* le paragraphe 1 de l'article 6, l'article 7 et l'article 16 du Protocole contre le "
                 "trafic illicite de migrants par terre, mer et air, ainsi que l'article 5,", formula=GA_FR)
    som, uncac = f"{TREATY}/2000-11-15/untoc-som/!main", f"{TREATY}/2003-10-31/uncac/!main"
    assert targets(fr) == [("paragraphe 1 de l'article 6", f"{som}#art_6__para_1"), ("l'article 7", f"{som}#art_7"),
                           ("l'article 16 du Protocole contre le trafic illicite de migrants par terre, mer et air",
                            f"{som}#art_16"),
                           ("l'article 5", f"{som}#art_5")]
    en = convert("*Bearing in mind* article 3, subparagraph (a), and article 6, paragraph 1, of the Protocol "
                 "against the Smuggling of Migrants by Land, Sea and Air, and article 5 of the Convention against "
                 "Corruption,")
    assert targets(en) == [("article 3, subparagraph (a)", f"{som}#art_3__para_a"),
                           ("article 6, paragraph 1, of the Protocol against the Smuggling of Migrants by Land, "
                            "Sea and Air", f"{som}#art_6__para_1"),
                           ("article 5 of the Convention against Corruption", f"{uncac}#art_5")]
    # another treaty named before the list: the first article may be either's
    both = convert("*Recalling* the Statute of the International Court of Justice, in particular Article 36, "
                   "paragraph 2, and article 5, paragraphs 1 and 2, of the Convention against Corruption,")
    assert targets(both) == [("Article 36, paragraph 2", None), ("article 5", f"{uncac}#art_5"),
                             ("1", f"{uncac}#art_5__para_1"), ("2", f"{uncac}#art_5__para_2")]


def test_several_paragraphs_of_an_article_are_a_ref_each_and_the_article_one():
    uncac = f"{TREATY}/2003-10-31/uncac/!main"
    fr = convert("*Rappelant* les paragraphes 1 et 3 de l'article 30 de la Convention des Nations Unies contre la "
                 "corruption,", formula=GA_FR)
    assert targets(fr) == [("1", f"{uncac}#art_30__para_1"), ("3", f"{uncac}#art_30__para_3"),
                           ("article 30 de la Convention des Nations Unies contre la corruption", f"{uncac}#art_30")]
    en = convert("*Recalling* the Charter of the United Nations and article 5, paragraphs 1 and 2, of the United "
                 "Nations Convention against Corruption,")
    # the paragraphs after the article's number: the article's ref is its keyword and number
    assert targets(en) == [("article 5", f"{uncac}#art_5"), ("1", f"{uncac}#art_5__para_1"),
                           ("2", f"{uncac}#art_5__para_2")]


def test_a_point_after_an_articles_paragraph_does_not_hide_the_treaty():
    res = convert("*Recalling* the United Nations Convention against Corruption and article 2, paragraph 1 (a), "
                  "of the United Nations Convention against Transnational Organized Crime,")
    assert targets(res) == [("article 2, paragraph 1 (a), of the United Nations Convention against Transnational "
                             "Organized Crime", f"{TREATY}/2000-11-15/untoc/!main#art_2__para_1")]


def test_a_french_first_article():
    res = convert("*Rappelant* l'article 1er de la Convention des Nations Unies contre la corruption et "
                  "l'article 2,", formula=GA_FR)
    uncac = f"{TREATY}/2003-10-31/uncac/!main"
    assert targets(res) == [("l'article 1er de la Convention des Nations Unies contre la corruption",
                             f"{uncac}#art_1"), ("l'article 2", f"{uncac}#art_2")]


def test_convention_against_corruption_and_its_working_groups():
    en = convert("*Recalling* article 7, paragraph 2, of the Convention against Corruption, and noting the "
                 "Open-ended Intergovernmental Working Group on Asset Recovery and the Implementation Review Group, "
                 "and inviting the Working Group to meet,",
                 formula="*The Conference of the States Parties to the United Nations Convention against "
                         "Corruption,*", symbol="CAC/COSP/2025/L.99")
    assert targets(en) == [("article 7, paragraph 2, of the Convention against Corruption",
                            f"{TREATY}/2003-10-31/uncac/!main#art_7__para_2")]
    assert targets(en, "organization") == [
        ("Open-ended Intergovernmental Working Group on Asset Recovery", "#un-cac-cosp-wg-ar"),
        ("Implementation Review Group", "#un-cac-cosp-irg"), ("Working Group", "#un-cac-cosp-wg-ar")]
    fr = convert("*Rappelant* l'article 5 de la Convention contre la corruption et les travaux du Groupe de travail "
                 "sur la prévention de la corruption et du Groupe d'examen de l'application,",
                 formula="*La Conférence des États parties à la Convention des Nations Unies contre la "
                         "corruption,*", symbol="CAC/COSP/2025/L.99")
    assert targets(fr) == [("l'article 5 de la Convention contre la corruption",
                            f"{TREATY}/2003-10-31/uncac/!main#art_5")]
    assert targets(fr, "organization") == [("Groupe de travail sur la prévention de la corruption",
                                            "#un-cac-cosp-wg-prev"),
                                           ("Groupe d'examen de l'application", "#un-cac-cosp-irg")]


def test_a_french_short_name_before_a_verb_or_its_session():
    res = commission("*Rappelant* le rapport de l'Office des Nations Unies contre la drogue et le crime,", "fr",
                     paragraphs=("*Invite* l'Office à faire rapport à la Commission à sa trente-cinquième "
                                 "session.",))
    assert targets(res, "organization") == [("Office des Nations Unies contre la drogue et le crime", "#un-unodc"),
                                            ("Office", "#un-unodc"), ("Commission", "#un-ccpcj")]


def test_the_own_organ_by_default_had_held_the_session():
    res = commission("*Recalling* resolution 75/1, annex, and resolution 29/3,")
    assert targets(res) == [("resolution 75/1", None), ("resolution 29/3", f"{DELIB}/un-ccpcj/29-3")]
    # what the text says ("its", an organ named) it says
    its = commission("*Recalling* its resolution 75/1,")
    assert targets(its) == [("resolution 75/1", f"{DELIB}/un-ccpcj/75-1")]
    hrc = convert("*Rappelant* la résolution 60/251,", formula="*Le Conseil des droits de l'homme,*",
                  symbol="A/HRC/45/L.99")
    assert targets(hrc) == [("résolution 60/251", None)]


def test_a_range_of_resolutions_links_the_first_and_the_last():
    en = commission("*Recalling* its decisions 2/1 to 2/5 and decisions 2/6 to 2/8 of the Conference of the Parties "
                    "to the United Nations Convention against Transnational Organized Crime,")
    assert targets(en) == [("2/1", f"{DELIB}/un-ccpcj/2-1"), ("2/5", f"{DELIB}/un-ccpcj/2-5"),
                           ("2/6", f"{DELIB}/un-ctoc-cop/2-6"), ("2/8", f"{DELIB}/un-ctoc-cop/2-8")]
    fr = convert("*Rappelant* ses résolutions 47/1 à 47/5 sur la question et les mesures à prendre par les États,",
                 formula=GA_FR)
    assert targets(fr) == [("47/1", f"{DELIB}/un-ga/47-1"), ("47/5", f"{DELIB}/un-ga/47-5")]


def test_resolutions_named_in_particular_are_those_of_the_organ_named_in_general():
    hrc = "*The Human Rights Council,*"
    en = convert("*Recalling* relevant General Assembly resolutions, in particular resolutions 60/251 and 62/175, "
                 "and the work of the Security Council, including resolution 1325 (2000),", formula=hrc,
                 symbol="A/HRC/60/L.99")
    assert targets(en) == [("60/251", f"{DELIB}/un-ga/60-251"), ("62/175", f"{DELIB}/un-ga/62-175"),
                           ("resolution 1325 (2000)", f"{DELIB}/un-sc/2000/1325")]
    fr = convert("*Rappelant* les résolutions pertinentes de l'Assemblée générale, notamment les résolutions "
                 "60/251 et 62/175,", formula="*Le Conseil des droits de l'homme,*", symbol="A/HRC/60/L.99")
    assert targets(fr) == [("60/251", f"{DELIB}/un-ga/60-251"), ("62/175", f"{DELIB}/un-ga/62-175")]
    # a number form the organ named in general does not use is not its
    form = commission("*Recalling* the role of the Commission, including resolution 2020/1,")
    assert targets(form) == [("resolution 2020/1", f"{DELIB}/un-ecosoc/2020/2020-1")]


def test_a_treaty_series_citation_of_several_volumes_links_each():
    cop = "*The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,*"
    en = convert("*Recalling* the Convention and the Protocols thereto,<sup>1</sup>", formula=cop,
                 symbol="CTOC/COP/2020/L.99",
                 notes="<sup>1</sup> United Nations, *Treaty Series*, vols. 2225, 2237, 2241 and 2326, No. 39574.")
    assert targets(en) == [("United Nations, Treaty Series, vols. 2225", f"{TREATY}/2000-11-15/untoc/!main"),
                           ("2237", f"{TREATY}/2000-11-15/untoc-tip/!main"),
                           ("2241", f"{TREATY}/2000-11-15/untoc-som/!main"),
                           ("2326", f"{TREATY}/2001-05-31/untoc-firearms/!main")]
    fr = convert("*Rappelant* la Convention et les Protocoles s'y rapportant<sup>1</sup>,",
                 formula="*La Conférence des Parties à la Convention des Nations Unies contre la criminalité "
                         "transnationale organisée,*", symbol="CTOC/COP/2020/L.99",
                 notes="<sup>1</sup> Nations Unies, *Recueil des Traités*, vol. 2225, 2237 et 9999, n° 39574.")
    assert targets(fr) == [("Nations Unies, Recueil des Traités, vol. 2225", f"{TREATY}/2000-11-15/untoc/!main"),
                           ("2237", f"{TREATY}/2000-11-15/untoc-tip/!main"), ("9999", None)]


def test_a_possessive_before_its_subject_is_the_subjects():
    en = commission("*Recalling* that, in its resolution 55/25 of 15 November 2000, the General Assembly adopted the "
                    "Protocol, and that in its resolution 30/1 the Commission decided to act,")
    assert targets(en) == [("resolution 55/25", f"{DELIB}/un-ga/2000-11-15/55-25"),
                           ("resolution 30/1", f"{DELIB}/un-ccpcj/30-1")]
    fr = commission("*Rappelant* que, dans sa résolution 55/25 du 15 novembre 2000, l'Assemblée générale a "
                    "adopté le Protocole,", "fr")
    assert targets(fr) == [("résolution 55/25", f"{DELIB}/un-ga/2000-11-15/55-25")]
    # a list going on is no subject
    ga = convert("*Recalling* its resolution 74/176, the Human Rights Council resolution 5/1 and its resolution 75/1,")
    assert targets(ga) == [("resolution 74/176", f"{DELIB}/un-ga/74-176"), ("resolution 5/1", f"{DELIB}/un-hrc/5-1"),
                           ("resolution 75/1", f"{DELIB}/un-ga/75-1")]


def test_a_work_cited_with_its_year_once_has_that_iri_everywhere():
    res = convert("*Recalling* resolution 1540 (2004) and resolutions 1373 (2001) and 1373 (2002),",
                  formula="*The Security Council,*", symbol="S/RES/2999 (2025)",
                  paragraphs=("*Decides* that resolution 1540 and resolution 1373 shall apply.",))
    assert targets(res) == [("resolution 1540 (2004)", f"{DELIB}/un-sc/2004/1540"),
                            ("1373 (2001)", f"{DELIB}/un-sc/2001/1373"), ("1373 (2002)", f"{DELIB}/un-sc/2002/1373"),
                            ("resolution 1540", f"{DELIB}/un-sc/2004/1540"),
                            ("resolution 1373", f"{DELIB}/un-sc/1373")]  # two years: left as printed


def test_the_first_article_written_in_words_is_article_1():
    fr = convert("*Rappelant* l'article premier de la Convention des Nations Unies contre la corruption et le "
                 "paragraphe 2 de l'article premier du Protocole relatif aux armes à feu, ainsi que son premier "
                 "rapport,", formula=GA_FR)
    assert targets(fr) == [
        ("l'article premier de la Convention des Nations Unies contre la corruption",
         f"{TREATY}/2003-10-31/uncac/!main#art_1"),
        ("paragraphe 2 de l'article premier du Protocole relatif aux armes à feu",
         f"{TREATY}/2001-05-31/untoc-firearms/!main#art_1__para_2")]
    # no digit anywhere in the paragraph: the word alone makes it worth reading
    es = convert("*Recordando* el artículo primero de la Convención de las Naciones Unidas contra la Corrupción, "
                 "y su primero informe,", formula="*La Asamblea General,*")
    assert targets(es) == [("artículo primero de la Convención de las Naciones Unidas contra la Corrupción",
                            f"{TREATY}/2003-10-31/uncac/!main#art_1")]


@pytest.mark.parametrize("recital, formula", [
    ("*Recalling* its resolutions 61/144 and 61/180 of 19 and 20 December 2006,", "*The General Assembly,*"),
    ("*Recalling* its resolutions 61/144 and 61/180 of 19-20 December 2006,", "*The General Assembly,*"),
    ("*Rappelant* ses résolutions 61/144 et 61/180 des 19 et 20 décembre 2006,", GA_FR),
])
def test_numbers_listed_before_as_many_dates_take_one_each(recital, formula):
    res = convert(recital, formula=formula)
    assert [t for _, t in targets(res)] == [f"{DELIB}/un-ga/2006-12-19/61-144", f"{DELIB}/un-ga/2006-12-20/61-180"]


def test_numbers_and_dates_that_do_not_pair_are_left_undated():
    res = convert("*Recalling* its resolutions 61/144, 61/180 and 61/181 of 19 and 20 December 2006, and its "
                  "resolution 62/1 of 19 and 20 December 2007,")
    assert [t for _, t in targets(res)] == [f"{DELIB}/un-ga/61-144", f"{DELIB}/un-ga/61-180",
                                            f"{DELIB}/un-ga/61-181", f"{DELIB}/un-ga/62-1"]
    assert [d for _, d in targets(res, "date")] == ["2006-12-19", "2006-12-20", "2007-12-19", "2007-12-20"]
