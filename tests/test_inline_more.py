"""Inline semantics on four more resolutions written in the style of the General Assembly, the
Security Council and the Human Rights Council (English and French), each in both shapes
(clean text; hard-wrapped as a PDF extraction prints it, with a page break, a hyphen at a line
end and a reference number on the next line): every ref, date and organization listed, with
the traps that must stay plain ("paragraph 5 above" of another text, "resolution 1 of the annex",
"2030 Agenda", "Sustainable Development Goal 16", "8th meeting", amounts, "1,000 persons"); and
one test per rule they showed missing or wrong."""

from __future__ import annotations

import pytest

from conftest import convert_lang
from test_inline_rules import DELIB, convert, targets

TREATY = "/akn/un/treaty"
SHAPES = ("clean", "pdf")
KINDS = ("ref", "date", "organization")


def recognised(name: str, shape: str) -> list[tuple[str, str, str | None]]:
    res = convert_lang(f"{name}.{shape}.txt")  # schema-valid, words in order, or it raises
    assert res.shape == shape
    return [(r.kind, r.text, r.target) for r in res.recognised if r.kind in KINDS]


GA_EN = [
    ('organization', 'General Assembly', '#un-ga'),
    ('ref', '70/1', f'{DELIB}/un-ga/2015-09-25/70-1'),
    ('date', '25 September 2015', '2015-09-25'),
    ('ref', '71/313', f'{DELIB}/un-ga/2017-07-06/71-313'),
    ('date', '6 July 2017', '2017-07-06'),
    ('organization', 'Security Council', '#un-sc'),
    ('ref', '1325 (2000)', f'{DELIB}/un-sc/2000/1325'),
    ('ref', '1820 (2008)', f'{DELIB}/un-sc/2008/1820'),
    ('ref', '2467 (2019)', f'{DELIB}/un-sc/2019/2467'),
    ('organization', 'Human Rights Council', '#un-hrc'),
    ('ref', '35/2', f'{DELIB}/un-hrc/35-2'),
    ('ref', '38/11', f'{DELIB}/un-hrc/38-11'),
    ('ref', 'decision 2019/201', f'{DELIB}/un-ecosoc/2019/2019-201'),
    ('organization', 'Economic and Social Council', '#un-ecosoc'),
    ('ref', 'Article 2, paragraph 4, of the Charter', f'{TREATY}/1945-06-26/un-charter/!main#art_2__para_4'),
    ('ref', '25', f'{TREATY}/1945-06-26/un-charter/!main#art_25'),
    ('ref', '103', f'{TREATY}/1945-06-26/un-charter/!main#art_103'),
    ('ref', 'Chapter VII of the Charter of the United Nations', f'{TREATY}/1945-06-26/un-charter/!main#chp_VII'),
    ('date', '10 December 1948', '1948-12-10'),
    ('organization', 'General Assembly', '#un-ga'),
    ('ref', 'A/RES/75/1', f'{DELIB}/un-ga/75-1'),
    ('organization', 'Office of the United Nations High Commissioner for Human Rights', '#un-ohchr'),
    ('organization', 'UNICEF', '#un-unicef'),
    ('organization', 'World Health Organization', '#who'),
    ('organization', 'International Court of Justice', '#un-icj'),
    ('organization', 'Peacebuilding Commission', '#un-pbc'),
    ('organization', 'Economic and Social Council', '#un-ecosoc'),
    ('date', '1', '2024-07-01'),
    ('date', '12 July 2024', '2024-07-12'),
    ('date', '15', '2024-04-15'),
    ('date', '19 April 2024', '2024-04-19'),
    ('date', '31 December 2025', '2025-12-31'),
    ('ref', 'paragraph 1', '#para_1'),
    ('ref', 'resolution 1', None),
    ('organization', 'Economic and Social Council', '#un-ecosoc'),
    ('ref', 'resolution 2020/12', f'{DELIB}/un-ecosoc/2020/2020-12'),
    ('organization', 'Peacebuilding Commission', '#un-pbc'),
    ('date', '18 December 2024', '2024-12-18'),
]

GA_FR = [
    ('organization', 'Assemblée générale', '#un-ga'),
    ('ref', '70/1', f'{DELIB}/un-ga/2015-09-25/70-1'),
    ('date', '25 septembre 2015', '2015-09-25'),
    ('ref', '71/313', f'{DELIB}/un-ga/2017-07-06/71-313'),
    ('date', '6 juillet 2017', '2017-07-06'),
    ('organization', 'Conseil de sécurité', '#un-sc'),
    ('ref', '1325 (2000)', f'{DELIB}/un-sc/2000/1325'),
    ('ref', '1820 (2008)', f'{DELIB}/un-sc/2008/1820'),
    ('ref', '2467 (2019)', f'{DELIB}/un-sc/2019/2467'),
    ('organization', "Conseil des droits de l'homme", '#un-hrc'),
    ('ref', '35/2', f'{DELIB}/un-hrc/35-2'),
    ('ref', '38/11', f'{DELIB}/un-hrc/38-11'),
    ('ref', 'décision 2019/201', f'{DELIB}/un-ecosoc/2019/2019-201'),
    ('organization', 'Conseil économique et social', '#un-ecosoc'),
    ('ref', "paragraphe 4 de l'Article 2 de la Charte", f'{TREATY}/1945-06-26/un-charter/!main#art_2__para_4'),
    ('ref', '25', f'{TREATY}/1945-06-26/un-charter/!main#art_25'),
    ('ref', '103', f'{TREATY}/1945-06-26/un-charter/!main#art_103'),
    ('ref', 'Chapitre VII de la Charte des Nations Unies', f'{TREATY}/1945-06-26/un-charter/!main#chp_VII'),
    ('date', '10 décembre 1948', '1948-12-10'),
    ('ref', 'A/RES/75/1', f'{DELIB}/un-ga/75-1'),
    ('organization', "Haut-Commissariat des Nations Unies aux droits de l'homme", '#un-ohchr'),
    ('organization', 'UNICEF', '#un-unicef'),
    ('organization', 'Organisation mondiale de la Santé', '#who'),
    ('organization', 'Cour internationale de Justice', '#un-icj'),
    ('organization', 'Commission de consolidation de la paix', '#un-pbc'),
    ('organization', 'Conseil économique et social', '#un-ecosoc'),
    ('date', '30 juin', '2025-06-30'),
    ('date', '4 juillet 2025', '2025-07-04'),
    ('date', '1er', '2024-07-01'),
    ('date', '2 juillet 2024', '2024-07-02'),
    ('date', '15', '2024-04-15'),
    ('date', '19 avril 2024', '2024-04-19'),
    ('date', '31 décembre 2025', '2025-12-31'),
    ('ref', 'paragraphe 1', '#para_1'),
    ('ref', '1', '#para_1'),
    ('ref', '2', '#para_2'),
    ('ref', 'résolution 1', None),
    ('organization', 'Conseil économique et social', '#un-ecosoc'),
    ('ref', 'résolution 2020/12', f'{DELIB}/un-ecosoc/2020/2020-12'),
    ('organization', 'Commission de consolidation de la paix', '#un-pbc'),
    ('ref', 'résolution 60/251', f'{DELIB}/un-ga/2006-03-15/60-251'),
    ('organization', 'Assemblée générale', '#un-ga'),
    ('date', '15 mars 2006', '2006-03-15'),
    ('ref', 'paragraphe 2 de la résolution 5/1', f'{DELIB}/un-hrc/5-1#para_2'),
    ('organization', "Conseil des droits de l'homme", '#un-hrc'),
    ('ref', 'résolution 1996/31', f'{DELIB}/un-ecosoc/1996-07-25/1996-31'),
    ('organization', 'Conseil économique et social', '#un-ecosoc'),
    ('date', '25 juillet 1996', '1996-07-25'),
    ('ref', "l'article 13 du Pacte international relatif aux droits économiques, sociaux et culturels", f'{TREATY}/1966-12-16/icescr/!main#art_13'),
    ('organization', 'Cour internationale de Justice', '#un-icj'),
    ('date', '19 juillet 2024', '2024-07-19'),
    ('date', '18 décembre 2024', '2024-12-18'),
]

SC_EN = [
    ('organization', 'Security Council', '#un-sc'),
    ('ref', '1267 (1999)', f'{DELIB}/un-sc/1999/1267'),
    ('ref', '1989 (2011)', f'{DELIB}/un-sc/2011/1989'),
    ('ref', '2253 (2015)', f'{DELIB}/un-sc/2015/2253'),
    ('ref', '2368 (2017)', f'{DELIB}/un-sc/2017/2368'),
    ('ref', 'resolution 2231 (2015)', f'{DELIB}/un-sc/2015-07-20/2231'),
    ('date', '20 July 2015', '2015-07-20'),
    ('organization', 'General Assembly', '#un-ga'),
    ('ref', '60/1', f'{DELIB}/un-ga/2005-09-16/60-1'),
    ('date', '16 September 2005', '2005-09-16'),
    ('ref', '60/288', f'{DELIB}/un-ga/2006-09-08/60-288'),
    ('date', '8 September 2006', '2006-09-08'),
    ('date', '10 January 2024', '2024-01-10'),
    ('date', '12 March 2024', '2024-03-12'),
    ('ref', 'S/RES/2467 (2019)', f'{DELIB}/un-sc/2019-04-23/2467'),
    ('ref', 'Article 51 of the Charter', f'{TREATY}/1945-06-26/un-charter/!main#art_51'),
    ('ref', 'Article 2 (4) of the Charter', f'{TREATY}/1945-06-26/un-charter/!main#art_2__para_4'),
    ('ref', 'Chapter VII of the Charter of the United Nations', f'{TREATY}/1945-06-26/un-charter/!main#chp_VII'),
    ('date', '31 January 2026', '2026-01-31'),
    ('ref', 'paragraph 4 (a) of resolution 2231 (2015)', f'{DELIB}/un-sc/2015-07-20/2231#para_4__list_1__point_a'),
    ('ref', '3', f'{DELIB}/un-sc/2019-04-23/2467#para_3'),
    ('ref', '4', f'{DELIB}/un-sc/2019-04-23/2467#para_4'),
    ('ref', 'resolution 2467 (2019)', f'{DELIB}/un-sc/2019-04-23/2467'),
    ('date', '23 April 2019', '2019-04-23'),
    ('organization', 'Economic and Social Council', '#un-ecosoc'),
    ('ref', 'resolution 1996/31', f'{DELIB}/un-ecosoc/1996-07-25/1996-31'),
    ('date', '25 July 1996', '1996-07-25'),
    ('date', '15 June 2025', '2025-06-15'),
    ('organization', 'Peacebuilding Commission', '#un-pbc'),
    ('date', '1', '2024-07-01'),
    ('date', '2 July 2024', '2024-07-02'),
    ('organization', 'International Court of Justice', '#un-icj'),
    ('date', '19 July 2024', '2024-07-19'),
    ('organization', 'Security Council', '#un-sc'),
]

HRC_EN = [
    ('organization', 'Human Rights Council', '#un-hrc'),
    ('ref', 'article 13 of the International Covenant on Economic, Social and Cultural Rights', f'{TREATY}/1966-12-16/icescr/!main#art_13'),
    ('organization', 'General Assembly', '#un-ga'),
    ('ref', 'resolution 60/251', f'{DELIB}/un-ga/2006-03-15/60-251'),
    ('date', '15 March 2006', '2006-03-15'),
    ('ref', '5/1', f'{DELIB}/un-hrc/2007-06-18/5-1'),
    ('ref', '5/2', f'{DELIB}/un-hrc/2007-06-18/5-2'),
    ('date', '18 June 2007', '2007-06-18'),
    ('ref', '35/2', f'{DELIB}/un-hrc/2017-06-22/35-2'),
    ('date', '22 June 2017', '2017-06-22'),
    ('ref', '38/11', f'{DELIB}/un-hrc/2018-07-06/38-11'),
    ('date', '6 July 2018', '2018-07-06'),
    ('ref', 'decision 1/102', f'{DELIB}/un-hrc/2006-06-30/1-102'),
    ('date', '30 June 2006', '2006-06-30'),
    ('ref', 'resolution 60/251', f'{DELIB}/un-ga/2006-03-15/60-251'),
    ('organization', 'General Assembly', '#un-ga'),
    ('ref', 'resolution 217 A (III)', None),
    ('date', '10 December 1948', '1948-12-10'),
    ('organization', 'Office of the United Nations High Commissioner for Human Rights', '#un-ohchr'),
    ('organization', 'United Nations Educational, Scientific and Cultural Organization', '#unesco'),
    ('organization', 'Council', '#un-hrc'),
    ('ref', 'paragraph 2 of resolution 5/1', f'{DELIB}/un-hrc/2007-06-18/5-1#para_2'),
    ('date', '15', '2026-04-15'),
    ('date', '19 April 2026', '2026-04-19'),
    ('ref', '1', '#para_1'),
    ('ref', '2', '#para_2'),
    ('organization', 'World Health Organization', '#who'),
    ('organization', 'UNICEF', '#un-unicef'),
    ('ref', 'A/HRC/RES/35/2', f'{DELIB}/un-hrc/2017-06-22/35-2'),
    ('date', '3 April 2025', '2025-04-03'),
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name, expected", [
    ("A-RES-79-901.en", GA_EN), ("A-RES-79-902.fr", GA_FR), ("S-RES-2990-2025.en", SC_EN),
    ("A-HRC-RES-58-901.en", HRC_EN)])
def test_every_reference_date_and_organization(name, expected, shape):
    assert recognised(name, shape) == expected


def test_what_the_texts_do_not_say_enough_for_stays_plain():
    plain = [t for _, t, target in GA_EN + GA_FR + SC_EN + HRC_EN if target is None]
    assert plain == ["resolution 1", "résolution 1", "resolution 217 A (III)"]
    # numbers that are no references and no dates: "2030 Agenda", "by 2030", "Goal 16", "8th meeting",
    # "US$ 2.5 million", "1,000 persons"; a report's and a draft's symbols
    texts = {t for _, t, _ in GA_EN}
    assert not texts & {"2030", "16", "8", "8th", "2.5", "1,000", "A/75/123", "E/2020/L.12"}
    assert not [t for t in texts if any(w in t for w in ("Agenda", "Goal", "meeting", "US$", "persons"))]


# ------------------------------------------------------------------ one rule each


def test_a_symbol_at_the_end_of_a_sentence_leaves_its_full_stop_out():
    res = convert("*Recalling* its resolution 35/2 of 22 June 2017,", formula="*The Human Rights Council,*",
                  symbol="A/HRC/RES/58/999",
                  paragraphs=("*Recalls* resolution A/HRC/RES/35/2.", "*Recalls also* document A/HRC/55/L.12."))
    assert targets(res) == [("resolution 35/2", f"{DELIB}/un-hrc/2017-06-22/35-2"),
                            ("A/HRC/RES/35/2", f"{DELIB}/un-hrc/2017-06-22/35-2")]


def test_its_resolution_after_another_organ_is_the_one_whose_number_form_fits():
    res = convert("*Noting* that the Economic and Social Council, at its 8th meeting, adopted its resolution 2020/12,")
    assert targets(res) == [("resolution 2020/12", f"{DELIB}/un-ecosoc/2020/2020-12")]
    res = convert("*Notant* que le Conseil économique et social a adopté, à sa 8e séance, sa résolution 2020/12,",
                  formula="*L'Assemblée générale,*", paragraphs=("*Décide* de rester saisie de la question.",))
    assert targets(res) == [("résolution 2020/12", f"{DELIB}/un-ecosoc/2020/2020-12")]


def test_its_resolution_after_another_organ_stays_plain_when_both_forms_fit():
    res = convert("*Noting* that the Commission on the Status of Women, at its sixtieth session, adopted its "
                  "resolution 60/2,")
    assert targets(res) == [("resolution 60/2", None)]


def test_its_resolution_is_the_own_organs_when_only_its_form_fits():
    res = convert("*Noting* that the Security Council met on 3 May 2024, and recalling its resolution 78/1,")
    assert targets(res) == [("resolution 78/1", f"{DELIB}/un-ga/78-1")]


def test_french_range_between_two_days_with_their_articles():
    res = convert("*Notant* qu'une réunion s'est tenue entre le 15 et le 19 avril 2024, puis du 30 juin au "
                  "4 juillet 2025 et les 1er et 2 juillet 2025,", formula="*L'Assemblée générale,*",
                  paragraphs=("*Décide* de rester saisie de la question.",))
    assert targets(res, "date") == [("15", "2024-04-15"), ("19 avril 2024", "2024-04-19"),
                                    ("30 juin", "2025-06-30"), ("4 juillet 2025", "2025-07-04"),
                                    ("1er", "2025-07-01"), ("2 juillet 2025", "2025-07-02")]


def test_a_city_in_the_name_of_a_french_text_is_no_place():
    res = convert("*Guidée* par la Déclaration et le Programme d'action de Vienne, réunie à Vienne,",
                  formula="*L'Assemblée générale,*", paragraphs=("*Décide* de rester saisie de la question.",))
    places = [(r.text, r.start) for r in res.recognised if r.kind == "location"]
    assert [t for t, _ in places] == ["Vienne"]
    assert places[0][1] > res.document.recitals[0].text.text.index("réunie")


@pytest.mark.parametrize("recital, paragraphs, expected", [
    ("*Recalling* paragraphs 1 and 2 above,", ("*Decides* one;", "*Decides* two."), [("1", "#para_1"), ("2", "#para_2")]),
    ("*Recalling* paragraph 2 of the present resolution and paragraphs 1 to 3 of this resolution,",
     ("*Decides* one;", "*Decides* two;", "*Decides* three."),
     [("paragraph 2", "#para_2"), ("1", "#para_1"), ("3", "#para_3")]),
    ("*Recalling* paragraphs 1 and 4 above,", ("*Decides* one;", "*Decides* two."), [("paragraphs 1 and 4", None)]),
])
def test_paragraphs_of_the_document_itself(recital, paragraphs, expected):
    assert targets(convert(recital, paragraphs=paragraphs)) == expected


def test_a_point_of_a_paragraph_of_the_document_itself():
    """"paragraph 1 (b) above" links the point (the writer's eId of it); a point the paragraph
    does not have stays plain, with the reason."""
    res = convert("*Recalling* paragraph 1 (b) above, paragraph 1 (c) above and paragraph 2 (a) above,",
                  paragraphs=("*Decides*:\n\n(a) To act;\n\n(b) To report;", "*Decides* to remain seized of the matter."))
    assert targets(res) == [("paragraph 1 (b)", "#para_1__list_1__point_b"), ("paragraph 1 (c)", None),
                            ("paragraph 2 (a)", None)]
    assert [r.reason for r in res.recognised if r.target is None] == [
        "paragraph 1 of the document has no point c", "paragraph 2 of the document has no point a"]
    assert b'eId="para_1__list_1__point_b"' in res.xml
    fr = convert("*Rappelant* le paragraphe 1 b) ci-dessus,", formula="*L'Assemblée générale,*",
                 paragraphs=("*Décide* :\n\na) D'agir ;\n\nb) De rendre compte ;", "*Décide* de rester saisie de la question."))
    assert targets(fr) == [("paragraphe 1 b)", "#para_1__list_1__point_b")]


def test_a_point_named_before_its_paragraph():
    """"subparagraph (b) of paragraph 1 above", "l'alinéa b) du paragraphe 1 ci-dessus": the point
    first, then its paragraph; one ref to the point, of the document or of a cited resolution.
    Several points ("subparagraphs (a) and (b) of paragraph 1") link the paragraph."""
    points = ("*Decides*:\n\n(a) To act;\n\n(b) To report;", "*Decides* to remain seized of the matter.")
    res = convert("*Recalling* subparagraph (b) of paragraph 1 above, subparagraph (c) of paragraph 1 above, "
                  "subparagraph (a) of paragraph 5 of General Assembly resolution 74/176 and "
                  "subparagraphs (a) and (b) of paragraph 1 above,", paragraphs=points)
    assert targets(res) == [
        ("subparagraph (b) of paragraph 1", "#para_1__list_1__point_b"),
        ("subparagraph (c) of paragraph 1", None),
        ("subparagraph (a) of paragraph 5 of General Assembly resolution 74/176", f"{DELIB}/un-ga/74-176#para_5__list_1__point_a"),
        ("paragraph 1", "#para_1")]
    fr = convert("*Rappelant* l'alinéa b) du paragraphe 1 ci-dessus et l'alinéa a) du paragraphe 5 de la "
                 "résolution 74/176 de l'Assemblée générale,", formula="*L'Assemblée générale,*",
                 paragraphs=("*Décide* :\n\na) D'agir ;\n\nb) De rendre compte ;", "*Décide* de rester saisie de la question."))
    assert targets(fr) == [("alinéa b) du paragraphe 1", "#para_1__list_1__point_b"),
                           ("alinéa a) du paragraphe 5 de la résolution 74/176", f"{DELIB}/un-ga/74-176#para_5__list_1__point_a")]


def test_french_paragraphs_of_the_document_itself():
    res = convert("*Rappelant* les paragraphes 1 et 2 ci-dessus et le paragraphe 2 de la présente résolution,",
                  formula="*L'Assemblée générale,*",
                  paragraphs=("*Décide* une chose ;", "*Décide* de rester saisie de la question."))
    assert targets(res) == [("1", "#para_1"), ("2", "#para_2"), ("paragraphe 2", "#para_2")]


def test_a_range_of_articles_of_a_treaty_named_after_it():
    res = convert("*Recalling* articles 1 to 3 of the Convention on the Rights of the Child,")
    assert targets(res) == [("1", f"{TREATY}/1989-11-20/crc/!main#art_1"), ("3", f"{TREATY}/1989-11-20/crc/!main#art_3")]


def test_an_article_with_its_paragraph_in_brackets():
    res = convert("*Reaffirming* Article 2 (4) of the Charter of the United Nations,")
    assert targets(res) == [("Article 2 (4) of the Charter of the United Nations",
                             f"{TREATY}/1945-06-26/un-charter/!main#art_2__para_4")]


def test_ecosoc_abbreviated_names_the_council():
    res = convert("*Recalling* ECOSOC resolution 2004/27,")
    assert targets(res, "organization") == [("ECOSOC", "#un-ecosoc")]
    assert targets(res) == [("resolution 2004/27", f"{DELIB}/un-ecosoc/2004/2004-27")]


def test_a_part_of_a_session_numbered_resolution_has_no_iri_of_its_own():
    res = convert("*Recalling* General Assembly resolution 75/290 A of 25 June 2021 and resolution 75/290 B,",
                  formula="*The Economic and Social Council,*", symbol="E/RES/2025/999")
    assert targets(res) == [("resolution 75/290 A", None), ("resolution 75/290 B", None)]
    res = convert("*Rappelant* la résolution 75/290 A de l'Assemblée générale,", formula="*L'Assemblée générale,*",
                  paragraphs=("*Décide* de rester saisie de la question.",))
    assert targets(res) == [("résolution 75/290 A", None)]


def test_a_session_number_before_a_symbol_or_a_capital_word_is_whole():
    res = convert("*Recalling* its resolution 60/251 E/2020/L.12 and resolution 61/144 And,")
    assert targets(res) == [("resolution 60/251", f"{DELIB}/un-ga/60-251"), ("resolution 61/144", f"{DELIB}/un-ga/61-144")]


def test_a_paragraph_of_a_resolution_whose_organ_is_named_before_the_keyword():
    res = convert("*Recalling* paragraph 12 of General Assembly resolution 72/279 and paragraph 3 (b) of the "
                  "Security Council resolution 2231 (2015),", formula="*The Economic and Social Council,*",
                  symbol="E/RES/2025/999")
    assert targets(res) == [
        ("paragraph 12 of General Assembly resolution 72/279", f"{DELIB}/un-ga/72-279#para_12"),
        ("paragraph 3 (b) of the Security Council resolution 2231 (2015)",
         f"{DELIB}/un-sc/2015/2231#para_3__list_1__point_b")]


def test_the_world_bank_and_the_monetary_fund():
    res = convert("*Welcoming* the work of the World Bank and the International Monetary Fund (IMF),")
    assert targets(res, "organization") == [("World Bank", "#world-bank"), ("International Monetary Fund", "#imf"),
                                            ("IMF", "#imf")]
    res = convert("*Saluant* l'action de la Banque mondiale et du Fonds monétaire international,",
                  formula="*L'Assemblée générale,*", paragraphs=("*Décide* de rester saisie de la question.",))
    assert targets(res, "organization") == [("Banque mondiale", "#world-bank"),
                                            ("Fonds monétaire international", "#imf")]


# ------------------------------------------------------------------ an issuer the converter cannot link


def test_a_body_named_before_the_keyword_that_the_converter_does_not_know_is_not_guessed():
    # the Commission on Human Rights numbered its resolutions as the Economic and Social Council does
    res = convert("*Recalling* Commission on Human Rights resolution 2005/69 of 20 April 2005, World Health Assembly "
                  "resolution 58/3 and the Commission on Human Rights, in its resolution 2004/1,")
    assert targets(res) == [("resolution 2005/69", None), ("resolution 58/3", None), ("resolution 2004/1", None)]
    assert {r.reason for r in res.recognised if r.kind == "ref"} == {"issued by a body the converter does not link"}


def test_a_body_named_after_the_number_that_the_converter_does_not_know_is_not_guessed():
    res = convert("*Recalling* resolution 2005/69 of the Commission on Human Rights, resolution 70/1 of September 2015 "
                  "and decision 27/5 of the Governing Council of the United Nations Environment Programme,")
    assert targets(res) == [("resolution 2005/69", None), ("resolution 70/1", f"{DELIB}/un-ga/70-1"),
                            ("decision 27/5", None)]
    res = convert("*Rappelant* la résolution 2005/69 de la Commission des droits de l'homme et la résolution 27/5 du "
                  "Conseil d'administration du Programme des Nations Unies pour l'environnement,",
                  formula="*L'Assemblée générale,*", paragraphs=("*Décide* de rester saisie de la question.",))
    assert targets(res) == [("résolution 2005/69", None), ("résolution 27/5", None)]


def test_a_short_name_without_its_article_before_the_keyword():
    # "Council" may be the Security Council, the Economic and Social Council or the Human Rights Council:
    # the number's form chooses; the own organ's short name is the own organ
    res = convert("*Recalling* Council resolution 2331 (2016), Council decision 2022/213 and Council resolution 5/1, "
                  "and Assembly resolution 70/1,")
    assert targets(res) == [("resolution 2331 (2016)", f"{DELIB}/un-sc/2016/2331"),
                            ("decision 2022/213", f"{DELIB}/un-ecosoc/2022/2022-213"),
                            ("resolution 5/1", None), ("resolution 70/1", f"{DELIB}/un-ga/70-1")]
    res = convert("*Recalling* Council resolutions 5/1 and 5/2,", formula="*The Human Rights Council,*",
                  symbol="A/HRC/RES/58/999")
    assert targets(res) == [("5/1", f"{DELIB}/un-hrc/5-1"), ("5/2", f"{DELIB}/un-hrc/5-2")]


def test_a_point_of_a_paragraph_numbered_twice_is_the_first_paragraphs():
    """Paragraph 1 printed twice (the second has the points): "paragraph 1 (b) above" names the
    first, whose eId is para_1 and which has no point b; the link to a point of the second
    (para_1-2) named no eId and the document was refused."""
    from akn_convert.pipeline import Options, convert_text

    text = ("*The General Assembly,*\n\n*Recalling* paragraph 1 (b) above and paragraph 1 above,\n\n"
            "1. *Decides* to act;\n\n1. *Decides*:\n\n(a) To act;\n\n(b) To report;\n\n"
            "2. *Decides* to remain seized of the matter.\n")
    res = convert_text(text, Options(shape="clean", symbol="A/C.3/75/L.98", meta={"date": "2020-11-01"}))
    assert targets(res) == [("paragraph 1 (b)", None), ("paragraph 1", "#para_1")]
    assert b'eId="para_1-2__list_1__point_b"' in res.xml
