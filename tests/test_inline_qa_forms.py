"""A QA pass on reference forms of real English and French UN resolutions the earlier passes
left out or got wrong: numbers of special and emergency special sessions cited without their
organ, "annex I to resolution 55/25", treaties that number their articles in roman ("article IV
of the Treaty"), several paragraphs of a resolution or an article ("paragraphs 1 and 2 of
resolution 70/1"), paragraphs named after the resolution ("in particular paragraph 4 thereof"),
parts of resolutions cited by symbol ("A/RES/217(III)A"), a treaty's name inside an unknown
treaty's ("Second Optional Protocol to the International Covenant …"), days listed before a
range ("12, 13 and 14 October 2020"), and more treaties as data.  ``data/inline-qa-forms`` holds
a resolution in each language dense with them."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import NS
from inline_qa_checks import assert_written_and_resolved, expected, listing
from test_inline_rules import DELIB, convert, targets

FORMS = Path(__file__).parent / "data" / "inline-qa-forms"
NAMES = sorted(p.name.removesuffix(".clean.txt") for p in FORMS.glob("*.clean.txt"))


@pytest.mark.parametrize("name", NAMES)
def test_a_resolution_dense_with_these_forms(name):
    """A General Assembly resolution in English and one in French written with every form of this
    pass: each ref, date and organization listed in ``<name>.expected.tsv`` (an empty target
    stays plain text), written and resolved in the XML (schema-valid, words in order)."""
    from akn_convert.pipeline import Options, convert_file

    res = convert_file(FORMS / f"{name}.clean.txt", Options())
    assert listing(res, ("ref", "date", "organization")) == expected(FORMS / f"{name}.expected.tsv")
    assert_written_and_resolved(res)

TREATY = "/akn/un/treaty"
CCPCJ = "*The Commission on Crime Prevention and Criminal Justice,*"
OUTER_SPACE = ("the Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer "
               "Space, including the Moon and Other Celestial Bodies")


# ------------------------------------------------------------------ special sessions


def test_a_special_session_number_is_not_the_commissions_own():
    res = convert("*Recalling* General Assembly resolution 1 (I) of 24 January 1946, resolution S-26/2 of "
                  "27 June 2001 and resolution ES-10/19 of 21 December 2017,", formula=CCPCJ,
                  symbol="E/CN.15/2020/L.98")
    assert [(r.text, r.target, r.reason) for r in res.recognised if r.kind == "ref"] == [
        ("resolution 1 (I)", f"{DELIB}/un-ga/1946-01-24/1", ""),
        # the Assembly and the Human Rights Council hold special sessions: which one, the text does not say
        ("resolution S-26/2", None, "un-ccpcj holds no special sessions"),
        # only the Assembly holds emergency special sessions
        ("resolution ES-10/19", f"{DELIB}/un-ga/2017-12-21/ES-10-19", "")]


def test_special_sessions_of_the_organs_that_hold_them():
    res = convert("*Recalling* General Assembly resolution S-26/2, Human Rights Council resolution S-28/1 and "
                  "Commission on Narcotic Drugs resolution S-1/1, and its resolution ES-10/19,", formula=CCPCJ,
                  symbol="E/CN.15/2020/L.98")
    assert targets(res) == [("resolution S-26/2", f"{DELIB}/un-ga/S-26-2"),
                            ("resolution S-28/1", f"{DELIB}/un-hrc/S-28-1"),
                            ("resolution S-1/1", None),
                            ("resolution ES-10/19", None)]  # "its": the Commission's, which holds none
    assert [r.reason for r in res.recognised if r.kind == "ref" and not r.target] == [
        "un-cnd holds no special sessions", "un-ccpcj holds no special sessions"]


def test_a_special_session_of_the_assemblys_own_text():
    res = convert("*Recalling* its resolutions S-26/2 of 27 June 2001 and ES-10/19,")
    assert targets(res) == [("S-26/2", f"{DELIB}/un-ga/2001-06-27/S-26-2"), ("ES-10/19", f"{DELIB}/un-ga/ES-10-19")]


# ------------------------------------------------------------------ annexes of resolutions


def test_annex_i_to_a_resolution_is_no_body_named_before_the_keyword():
    res = convert("*Recalling* the United Nations Convention against Transnational Organized Crime, annex I to "
                  "resolution 55/25 of 15 November 2000, and the Protocol thereto (annex II to resolution 55/25),")
    assert targets(res) == [("resolution 55/25", f"{DELIB}/un-ga/2000-11-15/55-25"),
                            ("resolution 55/25", f"{DELIB}/un-ga/2000-11-15/55-25")]
    fr = convert("*Rappelant* la Convention (annexe I de la résolution 55/25) et la partie II de la résolution 60/1,",
                 formula="*L'Assemblée générale,*")
    assert targets(fr) == [("résolution 55/25", f"{DELIB}/un-ga/55-25"), ("résolution 60/1", f"{DELIB}/un-ga/60-1")]


def test_a_capitalised_name_before_the_keyword_still_stands_for_a_body():
    res = convert("*Recalling* Commission on Human Rights resolution 2005/69 and World Health Assembly "
                  "resolution 58/3,")
    assert targets(res) == [("resolution 2005/69", None), ("resolution 58/3", None)]


# ------------------------------------------------------------------ articles numbered in roman


def test_articles_numbered_in_roman():
    res = convert(f"*Recalling* {OUTER_SPACE}, and bearing in mind article IV of the Treaty, articles I and II "
                  "of the Treaty and article XX of the Treaty,")
    space = f"{TREATY}/1967-01-27/outer-space-treaty/!main"
    assert targets(res) == [("article IV of the Treaty", f"{space}#art_IV"), ("I", f"{space}#art_I"),
                            ("II", f"{space}#art_II"), ("article XX of the Treaty", None)]
    assert [r.reason for r in res.recognised if r.kind == "ref" and not r.target] == [
        "outer-space-treaty has no article XX"]
    root = etree.fromstring(res.xml)
    refs = root.xpath("//a:recital//a:ref", namespaces=NS)
    assert [(r.get("eId"), r.get("href")) for r in refs] == [
        ("recs_1__rec_1__ref_1", f"{space}#art_IV"), ("recs_1__rec_1__ref_2", f"{space}#art_I"),
        ("recs_1__rec_1__ref_3", f"{space}#art_II")]


def test_a_treaty_numbered_in_roman_is_linked_so_whatever_numerals_cite_it():
    res = convert("*Rappelant* l'article 4 du Traité sur les principes régissant les activités des États en "
                  "matière d'exploration et d'utilisation de l'espace extra-atmosphérique, y compris la Lune et "
                  "les autres corps célestes, et l'article I de la Charte,", formula="*L'Assemblée générale,*")
    assert [t for _, t in targets(res)] == [f"{TREATY}/1967-01-27/outer-space-treaty/!main#art_IV",
                                            f"{TREATY}/1945-06-26/un-charter/!main#art_1"]


def test_a_roman_article_in_a_paragraph_without_digits():
    res = convert(f"*Noting* {OUTER_SPACE},", paragraphs=("*Bears in mind* article IV of the Treaty;",))
    assert [(r.eid, r.text, r.target) for r in res.recognised if r.kind == "ref"] == [
        ("para_1", "article IV of the Treaty", f"{TREATY}/1967-01-27/outer-space-treaty/!main#art_IV")]


# ------------------------------------------------------------------ dates


def test_days_listed_before_a_range_take_its_month_and_year():
    res = convert("*Noting* that the Conference met on 12, 13 and 14 October 2020 and that the Working Group "
                  "met from 30 November to 2 December 2020,")
    assert targets(res, "date") == [("12", "2020-10-12"), ("13", "2020-10-13"), ("14 October 2020", "2020-10-14"),
                                    ("30 November", "2020-11-30"), ("2 December 2020", "2020-12-02")]
    fr = convert("*Notant* que la Conférence s'est réunie les 1er, 2 et 3 mars 2021 et du 29 décembre 2020 au "
                 "2 janvier 2021,", formula="*L'Assemblée générale,*")
    assert targets(fr, "date") == [("1er", "2021-03-01"), ("2", "2021-03-02"), ("3 mars 2021", "2021-03-03"),
                                   ("29 décembre 2020", "2020-12-29"), ("2 janvier 2021", "2021-01-02")]
    root = etree.fromstring(fr.xml)
    assert [(d.text, d.get("date")) for d in root.xpath("//a:recital//a:date", namespaces=NS)][:3] == [
        ("1er", "2021-03-01"), ("2", "2021-03-02"), ("3 mars 2021", "2021-03-03")]


def test_days_out_of_order_are_no_list_of_the_range():
    res = convert("*Noting* the meetings of 14, 13 and 15 October 2020 and the years 2019–2020 and 2030,")
    assert targets(res, "date") == [("13", "2020-10-13"), ("15 October 2020", "2020-10-15")]


# ------------------------------------------------------------------ several paragraphs of a resolution


def test_each_paragraph_of_a_list_is_linked_and_so_is_the_resolution():
    res = convert("*Recalling* paragraphs 1 and 2 of its resolution 70/1 of 25 September 2015 and paragraphs "
                  "1 (a), 2 and 3 (c) of General Assembly resolution 72/279,")
    work, other = f"{DELIB}/un-ga/2015-09-25/70-1", f"{DELIB}/un-ga/72-279"
    root = etree.fromstring(res.xml)
    refs = root.xpath("//a:recital//a:ref", namespaces=NS)
    assert [(r.get("eId"), r.text, r.get("href")) for r in refs] == [
        ("recs_1__rec_1__ref_1", "1", f"{work}#para_1"), ("recs_1__rec_1__ref_2", "2", f"{work}#para_2"),
        ("recs_1__rec_1__ref_3", "resolution 70/1", work),
        ("recs_1__rec_1__ref_4", "1 (a)", f"{other}#para_1__list_1__point_a"),
        ("recs_1__rec_1__ref_5", "2", f"{other}#para_2"),
        ("recs_1__rec_1__ref_6", "3 (c)", f"{other}#para_3__list_1__point_c"),
        ("recs_1__rec_1__ref_7", "resolution 72/279", other)]
    # the Assembly's name before the keyword stays an organization
    assert [o.text for o in root.xpath("//a:recital//a:organization", namespaces=NS)] == ["General Assembly"]


def test_french_paragraphs_of_a_resolution_and_of_the_document():
    res = convert("*Rappelant* les paragraphes 3 et 4 de sa résolution 70/1 et les paragraphes 1 et 2 ci-dessus,",
                  formula="*L'Assemblée générale,*",
                  paragraphs=("*Décide* un;", "*Décide* deux."))
    assert [(r.eid, r.text, r.target) for r in res.recognised if r.kind == "ref"] == [
        ("recs_1__rec_1", "3", f"{DELIB}/un-ga/70-1#para_3"), ("recs_1__rec_1", "4", f"{DELIB}/un-ga/70-1#para_4"),
        ("recs_1__rec_1", "résolution 70/1", f"{DELIB}/un-ga/70-1"),
        ("recs_1__rec_1", "1", "#para_1"), ("recs_1__rec_1", "2", "#para_2")]


def test_paragraphs_of_the_resolution_just_cited_named_after_it():
    res = convert("*Recalling* its resolution 60/1 of 16 September 2005, in particular paragraphs 138 and 139 "
                  "thereof, Security Council resolution 2396 (2017), in particular paragraph 4 (a) thereof, "
                  "resolution 70/1, entitled \"Transforming our world\", including paragraph 5 thereof, and its "
                  "resolutions 61/144 and 62/175, in particular paragraph 2 thereof,")
    summit = f"{DELIB}/un-ga/2005-09-16/60-1"
    assert targets(res) == [
        ("resolution 60/1", summit), ("138", f"{summit}#para_138"), ("139", f"{summit}#para_139"),
        ("resolution 2396 (2017)", f"{DELIB}/un-sc/2017/2396"),
        ("paragraph 4 (a)", f"{DELIB}/un-sc/2017/2396#para_4__list_1__point_a"),
        ("resolution 70/1", f"{DELIB}/un-ga/70-1"), ("paragraph 5", f"{DELIB}/un-ga/70-1#para_5"),
        # "thereof" after two resolutions: which one's, the text does not say
        ("61/144", f"{DELIB}/un-ga/61-144"), ("62/175", f"{DELIB}/un-ga/62-175")]
    root = etree.fromstring(res.xml)
    assert [(r.get("eId"), r.text) for r in root.xpath("//a:recital//a:ref", namespaces=NS)][:3] == [
        ("recs_1__rec_1__ref_1", "resolution 60/1"), ("recs_1__rec_1__ref_2", "138"), ("recs_1__rec_1__ref_3", "139")]


def test_french_paragraphs_of_the_resolution_just_cited():
    res = convert("*Rappelant* sa résolution 60/1 du 16 septembre 2005, notamment ses paragraphes 138 et 139, la "
                  "résolution 2396 (2017) du Conseil de sécurité, en particulier son paragraphe 4 a), sa résolution "
                  "70/4, y compris ses paragraphes 2 à 5, et sa résolution 70/1, notamment son paragraphe 2 de la "
                  "Convention,", formula="*L'Assemblée générale,*")
    summit = f"{DELIB}/un-ga/2005-09-16/60-1"
    assert targets(res) == [
        ("résolution 60/1", summit), ("138", f"{summit}#para_138"), ("139", f"{summit}#para_139"),
        ("résolution 2396 (2017)", f"{DELIB}/un-sc/2017/2396"),
        ("paragraphe 4 a)", f"{DELIB}/un-sc/2017/2396#para_4__list_1__point_a"),
        ("résolution 70/4", f"{DELIB}/un-ga/70-4"), ("2", f"{DELIB}/un-ga/70-4#para_2"),
        ("5", f"{DELIB}/un-ga/70-4#para_5"),
        ("résolution 70/1", f"{DELIB}/un-ga/70-1")]  # « son paragraphe 2 de la Convention »: another work's


# ------------------------------------------------------------------ treaties General Assembly texts often cite


def test_more_treaties_by_their_english_names():
    res = convert("*Recalling* the Treaty on the Non-Proliferation of Nuclear Weapons, in particular article VI of "
                  "the Treaty, article 76 of the United Nations Convention on the Law of the Sea, article 3 of the "
                  "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, article "
                  "49 of the Fourth Geneva Convention, article 7 of the Rome Statute of the International Criminal "
                  "Court and article 1 of the International Convention on the Elimination of All Forms of Racial "
                  "Discrimination,", notes="1 United Nations, Treaty Series, vol. 1833, No. 31363.")
    assert [t for _, t in targets(res)] == [
        f"{TREATY}/1968-07-01/npt/!main#art_VI", f"{TREATY}/1982-12-10/unclos/!main#art_76",
        f"{TREATY}/1984-12-10/cat/!main#art_3", f"{TREATY}/1949-08-12/gc-iv/!main#art_49",
        f"{TREATY}/1998-07-17/rome-statute/!main#art_7", f"{TREATY}/1965-12-21/icerd/!main#art_1",
        f"{TREATY}/1982-12-10/unclos/!main"]


def test_more_treaties_by_their_french_names_and_a_statute_of_two():
    res = convert("*Rappelant* l'article VI du Traité sur la non-prolifération des armes nucléaires, l'article 3 de "
                  "la Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants, "
                  "l'article 49 de la quatrième Convention de Genève, l'article 7 du Statut de Rome de la Cour pénale "
                  "internationale, l'article 36 du Statut de la Cour internationale de Justice et l'article 5 du "
                  "Statut,", formula="*L'Assemblée générale,*")
    assert targets(res) == [
        ("l'article VI du Traité sur la non-prolifération des armes nucléaires", f"{TREATY}/1968-07-01/npt/!main#art_VI"),
        ("l'article 3 de la Convention contre la torture et autres peines ou traitements cruels, inhumains ou "
         "dégradants", f"{TREATY}/1984-12-10/cat/!main#art_3"),
        ("l'article 49 de la quatrième Convention de Genève", f"{TREATY}/1949-08-12/gc-iv/!main#art_49"),
        ("l'article 7 du Statut de Rome de la Cour pénale internationale",
         f"{TREATY}/1998-07-17/rome-statute/!main#art_7"),
        ("l'article 36 du Statut de la Cour internationale de Justice", f"{TREATY}/1945-06-26/icj-statute/!main#art_36"),
        ("l'article 5 du Statut", None)]  # two statutes named: which one, the text does not say


def test_more_treaties_by_their_spanish_names():
    from test_inline_more_world import convert as convert_lang, found

    res = convert_lang("es", "*Recordando* el Tratado sobre la No Proliferación de las Armas Nucleares, en particular "
                             "el artículo VI del Tratado, y el artículo 7 del Estatuto de Roma de la Corte Penal "
                             "Internacional,")
    assert found(res) == [("artículo VI del Tratado", f"{TREATY}/1968-07-01/npt/!main#art_VI"),
                          ("artículo 7 del Estatuto de Roma de la Corte Penal Internacional",
                           f"{TREATY}/1998-07-17/rome-statute/!main#art_7")]


# ------------------------------------------------------------------ resolutions in parts


def test_an_adopted_symbol_of_a_part_stays_plain_as_its_number_does():
    res = convert("*Recalling* A/RES/2200 A (XXI), A/RES/217(III)A, A/RES/217 (III) A, A/RES/75/290 B, "
                  "A/RES/75/290A, A/RES/2200(XXI) and A/RES/60/1, and resolution 2453 A (XXIII),")
    part = "the profile gives no IRI for a part"
    assert [(r.text, r.target, r.reason) for r in res.recognised if r.kind == "ref"] == [
        ("A/RES/2200 A (XXI)", None, f"a resolution in parts (A/RES/2200 A (XXI)): {part}"),
        ("A/RES/217(III)A", None, f"a resolution in parts (A/RES/217(III)A): {part}"),
        ("A/RES/217 (III) A", None, f"a resolution in parts (A/RES/217 (III) A): {part}"),
        ("A/RES/75/290 B", None, f"a resolution in parts (A/RES/75/290 B): {part}"),
        ("A/RES/75/290A", None, f"a resolution in parts (A/RES/75/290A): {part}"),
        ("A/RES/2200(XXI)", f"{DELIB}/un-ga/2200", ""),
        ("A/RES/60/1", f"{DELIB}/un-ga/60-1", ""),
        ("resolution 2453 A (XXIII)", None, f"a resolution in parts (2453 A): {part}")]
    assert not etree.fromstring(res.xml).xpath("//a:recital//a:ref", namespaces=NS)[2:]


def test_several_paragraphs_of_an_article_written_after_it_or_before_it():
    res = convert("*Recalling* paragraphs 1 and 2 of article 6 of the United Nations Convention against "
                  "Corruption and article 5, paragraphs 1 to 3, of the Convention,")
    uncac = f"{TREATY}/2003-10-31/uncac/!main"
    root = etree.fromstring(res.xml)
    assert [(r.get("eId"), r.text, r.get("href")) for r in root.xpath("//a:recital//a:ref", namespaces=NS)] == [
        ("recs_1__rec_1__ref_1", "1", f"{uncac}#art_6__para_1"), ("recs_1__rec_1__ref_2", "2", f"{uncac}#art_6__para_2"),
        ("recs_1__rec_1__ref_3", "article 6 of the United Nations Convention against Corruption", f"{uncac}#art_6"),
        ("recs_1__rec_1__ref_4", "article 5", f"{uncac}#art_5"), ("recs_1__rec_1__ref_5", "1", f"{uncac}#art_5__para_1"),
        ("recs_1__rec_1__ref_6", "3", f"{uncac}#art_5__para_3")]


# ------------------------------------------------------------------ short names of organs


def test_a_short_name_after_a_date_is_no_longer_name():
    res = convert("*Recalling* Council resolutions 5/1 and 5/2 of 18 June 2007, Council decision 2/102 and World "
                  "Health Assembly resolution 58/3,", formula="*The Human Rights Council,*", symbol="A/HRC/60/L.9")
    # "June" before "2007, Council" is no word of the Council's name
    assert targets(res) == [("5/1", f"{DELIB}/un-hrc/2007-06-18/5-1"), ("5/2", f"{DELIB}/un-hrc/2007-06-18/5-2"),
                            ("decision 2/102", f"{DELIB}/un-hrc/2-102"), ("resolution 58/3", None)]


# ------------------------------------------------------------------ a treaty's name inside an unknown treaty's


def test_a_treatys_name_inside_an_unknown_treatys_names_no_treaty():
    res = convert("*Recalling* article 7 of the International Covenant on Civil and Political Rights, the Second "
                  "Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the "
                  "abolition of the death penalty, in particular article 1 thereof, the Optional Protocol to the "
                  "Covenant, in particular article 2 thereof, and article 6 of the Covenant,")
    iccpr = f"{TREATY}/1966-12-16/iccpr/!main"
    # the Protocols' articles were linked as the Covenant's, named inside the Protocols' names
    assert targets(res) == [("article 7 of the International Covenant on Civil and Political Rights", f"{iccpr}#art_7"),
                            ("article 1", None), ("article 2", None), ("article 6 of the Covenant", f"{iccpr}#art_6")]
    fr = convert("*Rappelant* le deuxième Protocole facultatif se rapportant au Pacte international relatif aux "
                 "droits civils et politiques, visant à abolir la peine de mort, notamment son article premier,",
                 formula="*L'Assemblée générale,*")
    assert targets(fr) == [("article premier", None)]
    # a known treaty whose name holds another's is that treaty
    crc = convert("*Recalling* article 2 of the Optional Protocol to the Convention on the Rights of the Child on "
                  "the involvement of children in armed conflict,")
    assert [t for _, t in targets(crc)] == [f"{TREATY}/2000-05-25/crc-opac/!main#art_2"]


def test_a_treatys_name_inside_an_unknown_treatys_in_spanish_and_russian():
    from test_inline_more_world import convert as convert_lang, found

    es = convert_lang("es", "*Recordando* el Segundo Protocolo Facultativo del Pacto Internacional de Derechos Civiles y "
                            "Políticos, destinado a abolir la pena de muerte, en particular su artículo 1,")
    ru = convert_lang("ru", "*ссылаясь* на второй Факультативный протокол к Международному пакту о гражданских и "
                            "политических правах, направленный на отмену смертной казни, в частности на статью 1,")
    assert (found(es), found(ru)) == ([("artículo 1", None)], [("статью 1", None)])


def test_the_head_noun_is_the_treaty_of_its_kind_named_before_it_in_the_same_paragraph():
    res = convert("*Recalling* the Treaty on Principles Governing the Activities of States in the Exploration and "
                  "Use of Outer Space, including the Moon and Other Celestial Bodies,",
                  paragraphs=("*Recalls* the Treaty on the Non-Proliferation of Nuclear Weapons, in particular "
                              "article VI of the Treaty;", "*Recalls* article II of the Treaty;"))
    # the second paragraph names no treaty: two of its kind named before, the text does not say which
    assert targets(res) == [("article VI of the Treaty", f"{TREATY}/1968-07-01/npt/!main#art_VI"),
                            ("article II of the Treaty", None)]


def test_the_word_for_first_in_a_list_of_articles():
    res = convert("*Rappelant* les articles premier à 3 de la Charte et les articles premier et 2 de la Convention "
                  "des Nations Unies contre la corruption,", formula="*L'Assemblée générale,*")
    charter, uncac = f"{TREATY}/1945-06-26/un-charter/!main", f"{TREATY}/2003-10-31/uncac/!main"
    assert targets(res) == [("premier", f"{charter}#art_1"), ("3", f"{charter}#art_3"),
                            ("premier", f"{uncac}#art_1"), ("2", f"{uncac}#art_2")]


def test_a_possessive_article_in_a_list_is_of_the_treaty_named_before():
    res = convert("*Recalling* the United Nations Convention against Corruption, in particular its article 5, and "
                  "article 3 of the Protocol against the Smuggling of Migrants by Land, Sea and Air, and the Second "
                  "Optional Protocol to the International Covenant on Civil and Political Rights, in particular its "
                  "article 1, and article 7 of the International Covenant on Civil and Political Rights,")
    assert targets(res) == [
        ("article 5", f"{TREATY}/2003-10-31/uncac/!main#art_5"),
        ("article 3 of the Protocol against the Smuggling of Migrants by Land, Sea and Air",
         f"{TREATY}/2000-11-15/untoc-som/!main#art_3"),
        ("article 1", None),  # the Protocol's, which the converter does not know (was the Covenant's)
        ("article 7 of the International Covenant on Civil and Political Rights", f"{TREATY}/1966-12-16/iccpr/!main#art_7")]
    fr = convert("*Rappelant* le deuxième Protocole facultatif se rapportant au Pacte international relatif aux droits "
                 "civils et politiques, notamment son article premier, et l'article 6 du Pacte international relatif "
                 "aux droits civils et politiques,", formula="*L'Assemblée générale,*")
    assert targets(fr) == [("article premier", None), ("l'article 6 du Pacte international relatif aux droits civils "
                                                       "et politiques", f"{TREATY}/1966-12-16/iccpr/!main#art_6")]


def test_its_paragraphs_after_the_resolution_just_cited():
    res = convert("*Recalling* its resolution 60/1, in particular its paragraphs 138 and 139, resolution 70/1, in "
                  "particular its paragraph 5 of the Convention, and resolution 70/2, including its paragraph 4 (b),")
    assert targets(res) == [
        ("resolution 60/1", f"{DELIB}/un-ga/60-1"), ("138", f"{DELIB}/un-ga/60-1#para_138"),
        ("139", f"{DELIB}/un-ga/60-1#para_139"), ("resolution 70/1", f"{DELIB}/un-ga/70-1"),
        ("resolution 70/2", f"{DELIB}/un-ga/70-2"), ("paragraph 4 (b)", f"{DELIB}/un-ga/70-2#para_4__list_1__point_b")]


def test_spanish_paragraphs_of_the_resolution_just_cited():
    from test_inline_more_world import convert as convert_lang, found

    res = convert_lang("es", "*Recordando* su resolución 60/1, de 16 de septiembre de 2005, en particular sus párrafos "
                             "138 y 139, y la resolución 70/1, en particular su párrafo 2 de la Convención,")
    summit = f"{DELIB}/un-ga/2005-09-16/60-1"
    assert found(res) == [("resolución 60/1", summit), ("138", f"{summit}#para_138"), ("139", f"{summit}#para_139"),
                          ("resolución 70/1", f"{DELIB}/un-ga/70-1")]


# ------------------------------------------------------------------ sections of a cited resolution


def test_a_section_of_a_cited_resolution_is_its_section_eid():
    res = convert("*Recalling* section II of its resolution 60/1, General Assembly resolution 70/1 of 25 September "
                  "2015, section II, section III of General Assembly resolution 72/279, section II.A of resolution "
                  "60/2 and resolutions 61/1 and 61/2, section B,")
    assert targets(res) == [
        ("section II of its resolution 60/1", f"{DELIB}/un-ga/60-1#sec_II"),
        ("resolution 70/1", f"{DELIB}/un-ga/2015-09-25/70-1"), ("section II", f"{DELIB}/un-ga/2015-09-25/70-1#sec_II"),
        ("section III of General Assembly resolution 72/279", f"{DELIB}/un-ga/72-279#sec_III"),
        # a sub-section: the resolution alone ("A" after a full stop is no body's name)
        ("resolution 60/2", f"{DELIB}/un-ga/60-2"),
        ("61/1", f"{DELIB}/un-ga/61-1"), ("61/2", f"{DELIB}/un-ga/61-2")]  # the section of which one?
    fr = convert("*Rappelant* la section II de sa résolution 60/1 et la résolution 70/1 du 25 septembre 2015, "
                 "section III,", formula="*L'Assemblée générale,*")
    assert targets(fr) == [("section II de sa résolution 60/1", f"{DELIB}/un-ga/60-1#sec_II"),
                           ("résolution 70/1", f"{DELIB}/un-ga/2015-09-25/70-1"),
                           ("section III", f"{DELIB}/un-ga/2015-09-25/70-1#sec_III")]


def test_points_listed_after_an_articles_paragraph_do_not_hide_the_treaty():
    res = convert("*Recalling* the Charter of the United Nations, and article 32, paragraph 3 (a) and (b), of the "
                  "United Nations Convention against Corruption, paragraph 4 (a) and (b) of article 9 of the "
                  "Convention and paragraphs 1 (a) and 2 of article 10 of the Convention,")
    uncac = f"{TREATY}/2003-10-31/uncac/!main"
    assert targets(res) == [
        # was the Charter's article 32: the list of points hid the treaty named after it
        ("article 32, paragraph 3 (a) and (b), of the United Nations Convention against Corruption",
         f"{uncac}#art_32__para_3"),
        ("paragraph 4 (a) and (b) of article 9 of the Convention", f"{uncac}#art_9__para_4"),  # (was article 9 alone)
        ("1 (a)", f"{uncac}#art_10__para_1"), ("2", f"{uncac}#art_10__para_2"),
        ("article 10 of the Convention", f"{uncac}#art_10")]


def test_a_point_right_after_an_articles_number():
    res = convert("*Recalling* the Charter of the United Nations and article 2 (a) of the Protocol against the "
                  "Smuggling of Migrants by Land, Sea and Air,")
    som = f"{TREATY}/2000-11-15/untoc-som/!main"
    # was the Charter's article 2: the point hid the treaty named after it
    assert targets(res) == [("article 2 (a) of the Protocol against the Smuggling of Migrants by Land, Sea and Air",
                             f"{som}#art_2__para_a")]
    fr = convert("*Rappelant* la Charte des Nations Unies et l'article 2 a) du Protocole contre le trafic illicite de "
                 "migrants par terre, mer et air,", formula="*L'Assemblée générale,*")
    assert [t for _, t in targets(fr)] == [f"{som}#art_2__para_a"]
    from test_inline_more_world import convert as convert_lang, found

    ar = convert_lang("ar", "*وإذ تشير* إلى ميثاق الأمم المتحدة والمادة ٢ (أ) من اتفاقية حقوق الطفل،")
    assert found(ar) == [("المادة ٢ (أ) من اتفاقية حقوق الطفل", f"{TREATY}/1989-11-20/crc/!main#art_2__para_a")]


def test_paragraphs_with_points_listed_after_an_article():
    res = convert("*Recalling* the Charter of the United Nations, and article 6, paragraphs 1 (a) and 2 (b), of the "
                  "United Nations Convention against Corruption,")
    uncac = f"{TREATY}/2003-10-31/uncac/!main"
    assert targets(res) == [("article 6", f"{uncac}#art_6"), ("1", f"{uncac}#art_6__para_1"),
                            ("2", f"{uncac}#art_6__para_2")]  # (were the Charter's)


def test_an_article_bis_and_a_subparagraph_after_an_articles_paragraph():
    res = convert("*Recalling* the Charter of the United Nations, article 8 bis of the Rome Statute of the "
                  "International Criminal Court and article 12, paragraph 3, subparagraph (b), of the United Nations "
                  "Convention against Corruption,")
    # both were the Charter's: what follows the number hid the treaty named after it
    assert targets(res) == [
        ("article 8 bis of the Rome Statute of the International Criminal Court",
         f"{TREATY}/1998-07-17/rome-statute/!main#art_8bis"),
        ("article 12, paragraph 3, subparagraph (b), of the United Nations Convention against Corruption",
         f"{TREATY}/2003-10-31/uncac/!main#art_12__para_3")]


def test_chapters_listed():
    res = convert("*Acting* under Chapters VI and VII of the Charter of the United Nations and Chapters VI to VIII "
                  "of the Charter, and noting chapter 9.1 of the report,")
    charter = f"{TREATY}/1945-06-26/un-charter/!main"
    assert targets(res) == [("VI", f"{charter}#chp_VI"), ("VII", f"{charter}#chp_VII"),
                            ("VI", f"{charter}#chp_VI"), ("VIII", f"{charter}#chp_VIII")]
    fr = convert("*Agissant* en vertu des Chapitres VI et VII de la Charte des Nations Unies,",
                 formula="*L'Assemblée générale,*")
    assert targets(fr) == [("VI", f"{charter}#chp_VI"), ("VII", f"{charter}#chp_VII")]


# ------------------------------------------------------------------ notes


def test_abbreviated_paragraphs_and_cross_references_of_notes():
    res = convert("*Recalling* its resolution 60/1, paras. 138-140. See resolution 70/1, para. 5 (a), and "
                  "A/75/123, para. 14. In resolution 70/2, the Assembly decided,")
    summit = f"{DELIB}/un-ga/60-1"
    assert targets(res) == [
        ("resolution 60/1", summit), ("138", f"{summit}#para_138"), ("140", f"{summit}#para_140"),
        # "See", "In": no body's name before the keyword (both were left plain as another body's)
        ("resolution 70/1", f"{DELIB}/un-ga/70-1"), ("para. 5 (a)", f"{DELIB}/un-ga/70-1#para_5__list_1__point_a"),
        ("resolution 70/2", f"{DELIB}/un-ga/70-2")]
    fr = convert("*Rappelant* la résolution 60/1, par. 138 à 140. Voir la résolution 70/1, par. 5.",
                 formula="*L'Assemblée générale,*")
    assert targets(fr) == [("résolution 60/1", summit), ("138", f"{summit}#para_138"), ("140", f"{summit}#para_140"),
                           ("résolution 70/1", f"{DELIB}/un-ga/70-1"), ("par. 5", f"{DELIB}/un-ga/70-1#para_5")]
