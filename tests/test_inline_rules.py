"""The rules of the inline parsers, one by one, on small resolutions written here: which organ
a number belongs to, which date goes in its IRI, which treaty an article belongs to, when a
short name stands for a body, and what stays plain text because the text does not say."""

from __future__ import annotations

import pytest
from lxml import etree

from conftest import NS

DELIB = "/akn/un/statement/deliberation"


def convert(recital: str, formula: str = "*The General Assembly,*", symbol: str = "A/C.3/75/L.98",
            paragraphs: tuple[str, ...] = ("*Decides* to remain seized of the matter.",), notes: str = ""):
    from akn_convert.pipeline import Options, convert_text

    ops = "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1))
    text = f"{formula}\n\n{recital}\n\n{ops}\n" + (f"\n---\n\n{notes}\n" if notes else "")
    return convert_text(text, Options(shape="clean", symbol=symbol, meta={"date": "2020-11-01"}))


def targets(result, kind: str = "ref") -> list[tuple[str, str | None]]:
    """(text, target) of what was recognised after the formula (which names the organ)."""
    return [(r.text, r.target) for r in result.recognised if r.kind == kind and r.where is not result.document.formula]


# ------------------------------------------------------------------ resolutions and decisions


def test_its_resolution_is_the_organ_of_the_formula_not_the_committee():
    res = convert("*Recalling* its resolution 61/144 of 19 December 2006,")
    assert res.document.organ == "un-ga-c3"
    assert targets(res) == [("resolution 61/144", f"{DELIB}/un-ga/2006-12-19/61-144")]


def test_a_number_form_of_another_organ_is_not_guessed():
    res = convert("*Recalling* its resolution 2331 (2016) and its decision 2013/41,")
    assert targets(res) == [("resolution 2331 (2016)", None), ("decision 2013/41", None)]


def test_a_number_form_only_one_organ_uses_names_it():
    res = convert("*Recalling* resolution 2331 (2016) and resolution 2013/41,")
    assert targets(res) == [("resolution 2331 (2016)", f"{DELIB}/un-sc/2016/2331"),
                            ("resolution 2013/41", f"{DELIB}/un-ecosoc/2013/2013-41")]


def test_a_date_that_cannot_be_the_adoption_date_stays_out_of_the_iri():
    res = convert("*Recalling* its resolution 61/144 of 19 December 2010 and Security Council resolution "
                  "2331 (2016) of 20 December 2017,")
    assert targets(res) == [("resolution 61/144", f"{DELIB}/un-ga/61-144"),
                            ("resolution 2331 (2016)", f"{DELIB}/un-sc/2016/2331")]
    assert [t for t, _ in targets(res, "date")] == ["19 December 2010", "20 December 2017"]


def test_numbers_share_a_date_only_within_one_session():
    res = convert("*Recalling* its resolutions 47/19, 48/16 of 3 November 1993, and Commission on Crime "
                  "Prevention and Criminal Justice resolutions 27/2, 27/3 and 27/4 of 18 May 2018,")
    assert targets(res) == [
        ("47/19", f"{DELIB}/un-ga/47-19"), ("48/16", f"{DELIB}/un-ga/1993-11-03/48-16"),
        ("27/2", f"{DELIB}/un-ccpcj/2018-05-18/27-2"), ("27/3", f"{DELIB}/un-ccpcj/2018-05-18/27-3"),
        ("27/4", f"{DELIB}/un-ccpcj/2018-05-18/27-4")]


def test_the_organ_named_after_the_number_and_the_french_date_forms():
    res = convert("*Rappelant* la résolution 64/293 de l'Assemblée générale en date du 30 juillet 2010 et "
                  "sa résolution 9/1 adoptée le 19 octobre 2018,",
                  formula="*La Conférence des Parties à la Convention des Nations Unies contre la criminalité "
                          "transnationale organisée,*", symbol="CTOC/COP/2020/L.99",
                  paragraphs=("*Décide* de rester saisie de la question.",))
    assert targets(res) == [("résolution 64/293", f"{DELIB}/un-ga/2010-07-30/64-293"),
                            ("résolution 9/1", f"{DELIB}/un-ctoc-cop/2018-10-19/9-1")]


def test_a_paragraph_or_point_of_a_resolution():
    res = convert("*Recalling* paragraph 4 (a) of resolution 757 (1992) and paragraph 13 of its resolution 74/176,")
    assert targets(res) == [
        ("paragraph 4 (a) of resolution 757 (1992)", f"{DELIB}/un-sc/1992/757#para_4__list_1__point_a"),
        ("paragraph 13 of its resolution 74/176", f"{DELIB}/un-ga/74-176#para_13")]


def test_one_work_cited_twice_gets_the_iri_with_its_date():
    res = convert("*Recalling* its resolution 72/4 of 1 November 2017 and Security Council resolution 841 "
                  "(1993) of 16 June 1993,",
                  paragraphs=("*Takes note* of resolution 72/4 and of paragraph 8 of resolution 841 (1993);",
                              "*Recalls* resolution 70/1;"))
    assert targets(res) == [
        ("resolution 72/4", f"{DELIB}/un-ga/2017-11-01/72-4"),
        ("resolution 841 (1993)", f"{DELIB}/un-sc/1993-06-16/841"),
        ("resolution 72/4", f"{DELIB}/un-ga/2017-11-01/72-4"),
        ("paragraph 8 of resolution 841 (1993)", f"{DELIB}/un-sc/1993-06-16/841#para_8"),
        # never dated in the document: as cited
        ("resolution 70/1", f"{DELIB}/un-ga/70-1"),
    ]


def test_a_bare_number_cited_before_with_its_organ_is_that_organs():
    res = convert("*Recalling* General Assembly resolution 72/4 of 1 November 2017 and its own resolution 25/1,",
                  formula="*The Commission on Crime Prevention and Criminal Justice,*", symbol="E/CN.15/2020/L.98",
                  paragraphs=("*Takes note* of resolution 72/4 and of resolution 25/1;",))
    assert targets(res) == [
        ("resolution 72/4", f"{DELIB}/un-ga/2017-11-01/72-4"),
        ("resolution 25/1", f"{DELIB}/un-ccpcj/25-1"),
        # the General Assembly's, as cited above, not the Commission's own
        ("resolution 72/4", f"{DELIB}/un-ga/2017-11-01/72-4"),
        ("resolution 25/1", f"{DELIB}/un-ccpcj/25-1"),
    ]


def test_two_dates_for_one_number_leave_each_citation_as_cited():
    res = convert("*Recalling* its resolutions 72/4 of 1 November 2017 and 72/4 of 2 November 2017 and resolution 72/4,")
    assert [t for _, t in targets(res)] == [f"{DELIB}/un-ga/2017-11-01/72-4", f"{DELIB}/un-ga/2017-11-02/72-4",
                                            f"{DELIB}/un-ga/72-4"]


def test_its_after_another_organ_is_left_unresolved():
    res = convert("*Recalling* the Declaration adopted by the General Assembly on 8 December 2017 in its "
                  "resolution 26/3, and the General Assembly, in its resolution 64/293,",
                  formula="*The Commission on Crime Prevention and Criminal Justice,*", symbol="E/CN.15/2021/L.98")
    assert targets(res) == [("resolution 26/3", None), ("resolution 64/293", f"{DELIB}/un-ga/64-293")]
    # unless one of them had not held the number's session by the document's year (2020)
    held = convert("*Recalling* the Protocol adopted by the General Assembly on 15 November 2000 in its "
                   "resolution 55/25,",
                   formula="*The Commission on Crime Prevention and Criminal Justice,*", symbol="E/CN.15/2021/L.98")
    assert targets(held) == [("resolution 55/25", f"{DELIB}/un-ga/55-25")]


def test_adopted_symbols_are_references():
    res = convert("*Recalling* A/RES/61/144, S/RES/2331 (2016) and E/RES/2013/41,")
    assert targets(res) == [("A/RES/61/144", f"{DELIB}/un-ga/61-144"), ("S/RES/2331 (2016)", f"{DELIB}/un-sc/2016/2331"),
                            ("E/RES/2013/41", f"{DELIB}/un-ecosoc/2013/2013-41")]


def test_decisions_are_never_plain_numbers():
    res = convert("*Recalling* its decision 757 and its resolutions 425 (1978) and 426,",
                  formula="*The Security Council,*", symbol="S/RES/9999 (2020)")
    assert targets(res) == [("425 (1978)", f"{DELIB}/un-sc/1978/425"), ("426", f"{DELIB}/un-sc/426")]


# ------------------------------------------------------------------ treaties


def test_a_head_noun_stands_for_the_one_treaty_of_its_kind_named_before():
    named_one = convert("*Recalling* the United Nations Convention against Corruption and article 5 of the "
                        "Convention,")
    assert targets(named_one) == [("article 5 of the Convention", "/akn/un/treaty/2003-10-31/uncac/!main#art_5")]
    named_none = convert("*Recalling* article 5 of the Convention,")
    assert targets(named_none) == [("article 5 of the Convention", None)]
    named_two = convert("*Recalling* the United Nations Convention against Corruption, the United Nations "
                        "Convention against Transnational Organized Crime and article 5 of the Convention,")
    assert targets(named_two) == [("article 5 of the Convention", None)]


def test_the_charter_needs_no_introduction_and_articles_are_counted():
    res = convert("*Acting* under Articles 39 and 40 of the Charter, and recalling Article 35, paragraph 2, of the "
                  "Statute of the International Court of Justice and article 45 of the Trafficking in Persons Protocol,")
    assert targets(res) == [
        ("39", "/akn/un/treaty/1945-06-26/un-charter/!main#art_39"),
        ("40", "/akn/un/treaty/1945-06-26/un-charter/!main#art_40"),
        ("Article 35, paragraph 2, of the Statute of the International Court of Justice",
         "/akn/un/treaty/1945-06-26/icj-statute/!main#art_35__para_2"),
        ("article 45 of the Trafficking in Persons Protocol", None)]
    # the Court's name inside the Statute's is not an organization of its own
    assert targets(res, "organization") == []


def test_treaty_series_citations():
    res = convert("*Recalling* the Third Geneva Convention of 12 August 1949,<sup>1</sup> and another treaty,<sup>2</sup>",
                  notes="<sup>1</sup> United Nations, *Treaty Series*, vol. 75, No. 972.\n\n"
                        "<sup>2</sup> United Nations, *Treaty Series*, vol. 9999, No. 1.")
    assert targets(res) == [("United Nations, Treaty Series, vol. 75, No. 972", "/akn/un/treaty/1949-08-12/gc-iii/!main"),
                            ("United Nations, Treaty Series, vol. 9999, No. 1", None)]


def test_paragraphs_of_the_document_itself():
    res = convert("*Recalling* its earlier work,", paragraphs=(
        "*Decides* to act;", "*Requests* the measures referred to in paragraph 1 above and in paragraph 9 above."))
    assert targets(res) == [("paragraph 1", "#para_1"), ("paragraph 9", None)]


# ------------------------------------------------------------------ bodies and places


def test_short_names_need_one_body_named_before():
    sc = convert("*Recalling* the report to the Council,", formula="*The Security Council,*", symbol="S/RES/9999 (2020)")
    assert targets(sc, "organization") == [("Council", "#un-sc")]
    ga = convert("*Recalling* the Security Council and the Economic and Social Council, and the report to the Council,")
    assert targets(ga, "organization") == [("Security Council", "#un-sc"), ("Economic and Social Council", "#un-ecosoc"),
                                           ("Council", None)]


def test_a_short_name_for_the_organ_that_speaks_is_that_organ():
    # an organ calls itself "the Council" and names any other council in full
    hrc = convert("*Recalling* Security Council resolution 2601 (2021) and Economic and Social Council resolution "
                  "2023/12, and the fifty-eighth session of the Council,",
                  formula="*The Human Rights Council,*", symbol="A/HRC/RES/55/99")
    assert targets(hrc, "organization") == [("Security Council", "#un-sc"), ("Economic and Social Council", "#un-ecosoc"),
                                            ("Council", "#un-hrc")]
    # the General Assembly is no council: which one "the Council" is stays unsaid
    ga = convert("*Recalling* the Human Rights Council and the Security Council, and the session of the Council,")
    assert targets(ga, "organization")[-1] == ("Council", None)


def test_a_short_name_inside_a_longer_one_is_not_taken():
    fr = convert("*Rappelant* les travaux de la Commission pour la prévention du crime et la justice pénale, "
                 "de la Commission européenne et de la Commission du droit international, et la Commission qui se réunit,",
                 formula="*L'Assemblée générale,*", symbol="A/75/L.98",
                 paragraphs=("*Décide* de rester saisie de la question.",))
    assert targets(fr, "organization") == [
        ("Commission pour la prévention du crime et la justice pénale", "#un-ccpcj"),
        ("Commission du droit international", "#un-ilc"),  # a body of its own, not the short "Commission"
        ("Commission", "#un-ccpcj")]
    en = convert("*Recalling* the United Nations Office on Drugs and Crime and the Office of the High Commissioner,")
    assert targets(en, "organization") == [("United Nations Office on Drugs and Crime", "#un-unodc")]


def test_places_but_not_inside_names():
    res = convert("*Recalling* the Geneva Convention and the meeting held in Geneva, Vienna and New York,")
    assert targets(res, "location") == [("Geneva", "#geneva"), ("Vienna", "#vienna"), ("New York", "#new-york")]


# ------------------------------------------------------------------ markup


def test_a_footnote_marker_inside_a_reference_leaves_it_plain():
    res = convert("*Recalling* article 32 of the United Nations Convention<sup>1</sup> against Transnational "
                  "Organized Crime,", notes="<sup>1</sup> United Nations, *Treaty Series*, vol. 2225, No. 39574.")
    assert [(r.text, r.reason) for r in res.recognised if r.target is None] == [
        ("article 32 of the United Nations Convention against Transnational Organized Crime",
         "a footnote marker stands inside")]


def test_italics_are_cut_around_a_reference_never_the_reverse():
    res = convert("*Recalling its resolution* 61/144 of 19 December 2006,")
    p = etree.fromstring(res.xml).find(".//a:recital/a:p", NS)
    refs = p.findall(".//a:ref", NS)
    assert [("".join(r.itertext()), r.get("eId")) for r in refs] == [("resolution 61/144", "recs_1__rec_1__ref_1")]
    assert [i.text for i in p.iter(f"{{{NS['a']}}}i")] == ["Recalling its ", "resolution"]


@pytest.mark.parametrize("text", [
    "*Recalling* resolutions 61/144, 62/1 and 63/2 of the General Assembly,",
    "*Recalling* General Assembly resolutions 61/144, 62/1 and 63/2,",
    "*Recalling* the resolutions of the General Assembly 61/144, 62/1 and 63/2,",
])
def test_every_number_of_an_enumeration_is_a_reference(text):
    res = convert(text, formula="*The Security Council,*", symbol="S/RES/9999 (2020)")
    assert [t for _, t in targets(res)] == [f"{DELIB}/un-ga/61-144", f"{DELIB}/un-ga/62-1", f"{DELIB}/un-ga/63-2"]


def test_an_article_of_a_treaty_the_table_does_not_hold_is_not_given_to_another():
    res = convert("*Recalling* the United Nations Convention against Corruption, article 5 of the Convention on "
                  "Biological Diversity and article 3 of the Convention on the Rights of the Child,")
    assert targets(res) == [("article 5", None), ("article 3 of the Convention on the Rights of the Child",
                                                 "/akn/un/treaty/1989-11-20/crc/!main#art_3")]
    assert [r.reason for r in res.recognised if r.target is None] == ["a treaty the converter does not know"]


def test_a_short_name_that_goes_on_is_another_body():
    res = convert("*Recalling* the Conference of the Parties to the United Nations Convention against Transnational "
                  "Organized Crime and the Conference of the Parties to the United Nations Framework Convention on "
                  "Climate Change, and the work of the Conference of the Parties,")
    assert [t for t, _ in targets(res, "organization")] == [
        "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
        "Conference of the Parties"]


def test_resolutions_of_the_general_assembly_across_its_numberings():
    res = convert("*Recalling* its resolutions 2453 A (XXIII) of 20 December 1968, 2758 (XXVI) and 37/90 of "
                  "10 December 1982, and resolution S-26/2 and ES-10/19,")
    assert targets(res) == [("2453 A (XXIII)", None), ("2758 (XXVI)", f"{DELIB}/un-ga/2758"),
                            ("37/90", f"{DELIB}/un-ga/1982-12-10/37-90"), ("S-26/2", f"{DELIB}/un-ga/S-26-2"),
                            ("ES-10/19", f"{DELIB}/un-ga/ES-10-19")]


def test_a_language_without_inline_data_marks_nothing_rather_than_guess():
    from akn_convert.lang.base import Language
    from akn_convert.model import Document, Recital, Text
    from akn_convert.parse.inline import annotate

    spanish = Language(code="spa", code2="es", name="Español")  # no names, no reference grammar yet
    recital = Text("Recordando su resolución 61/144, de 19 de diciembre de 2006, y la Asamblea General,")
    doc = Document(lang="spa", name="resolution", symbol=None, organ="un-ga", date="2020-01-01", date_name="year",
                   number="75-1", formula=Text("La Asamblea General,"), recitals=[Recital(recital)])
    assert annotate(doc, spanish) == [] and recital.spans == []


def test_a_resolution_in_parts_stays_plain_and_says_which():
    res = convert("*Recalling* its resolutions 2200 A (XXI) of 16 December 1966 and 61/144 of 19 December 2006,")
    assert targets(res) == [("2200 A (XXI)", None), ("61/144", f"{DELIB}/un-ga/2006-12-19/61-144")]
    assert [r.reason for r in res.recognised if r.kind == "ref" and r.target is None] == [
        "a resolution in parts (2200 A): the profile gives no IRI for a part"]
