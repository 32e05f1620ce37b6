"""Cover pages of several organs and kinds, written for these tests in the UN's layouts (clean
and PDF-extracted): what a records officer reads off them (symbol, organ, date, session,
agenda item and title, sponsors, kind of document) lands in the right fields, and nothing of
the cover leaks into the preamble."""

from __future__ import annotations

import pytest
from lxml import etree

from conftest import DATA, NS, texts

COVERS = DATA / "covers"  # cover pages written for these tests in the UN's layouts


def convert(text: str, **options):
    from akn_convert.pipeline import Options, convert_text

    return convert_text(text, Options(**options))


def root_of(text: str, **options):
    return etree.fromstring(convert(text, **options).xml)


def work_iri(root) -> str:
    return root.find(".//a:FRBRWork/a:FRBRuri", NS).get("value")


# --------------------------------------------------------------------------- sponsors with "*"

HRC_PDF = (COVERS / "A-HRC-55-L.3.en.pdf.txt").read_text(encoding="utf-8")

SPONSORS = ("Albania, Australia, Belgium, Chile, Costa Rica, Finland, France, Luxembourg, Mexico, "
            "Netherlands (Kingdom of the), Portugal, Slovenia and Switzerland")
NOTE = "State not a member of the Human Rights Council."


def _proponent_p(root):
    return root.find(".//a:preface//a:docProponent/..", NS)


def test_pdf_sponsors_wrapped_over_blocks_with_stars_after_commas_are_one_list():
    root = root_of(HRC_PDF)
    p = _proponent_p(root)
    prop = p.find("a:docProponent", NS)
    # the whole list in one docProponent, the stars taken out: the note at Albania, a
    # reference at Australia and Portugal, none after the list nor after the title
    assert "".join(prop.itertext()).replace(NOTE, "") == SPONSORS
    assert "*" not in "".join(root.find(".//a:preface", NS).itertext())
    assert prop.text == "Albania,"
    assert prop.find("a:authorialNote", NS).get("eId") == "authorialNote_star"
    refs = root.findall(".//a:preface//a:noteRef", NS)
    assert [r.getparent().tag.split("}")[1] for r in refs] == ["docProponent", "docProponent"]
    assert [r.getprevious().tail.split()[-1] if r.getprevious() is not None else None
            for r in refs][0] == "Australia,"
    assert p.find("a:docStage", NS).text == "draft resolution"
    assert texts(root, "//a:preface//a:docTitle") == ["The right to education"]
    # no sponsor left as a loose line of the preface
    assert not [t for t in texts(root, "//a:preface/a:p") if t.startswith("Albania") and "draft" not in t]


HRC_PDF_FR = (COVERS / "A-HRC-55-L.3.fr.pdf.txt").read_text(encoding="utf-8")


def test_french_pdf_sponsors_wrapped_with_stars_after_names():
    text = HRC_PDF_FR
    root = root_of(text, lang="fr")
    prop = _proponent_p(root).find("a:docProponent", NS)
    assert "".join(prop.itertext()).replace("État non membre du Conseil des droits de l’homme.", "") == (
        "Albanie, Australie, Belgique, Chili, Costa Rica, Finlande, France, Luxembourg, Mexique, Portugal, "
        "Slovénie et Suisse")
    assert len(root.findall(".//a:preface//a:noteRef", NS)) == 2
    assert _proponent_p(root).find("a:docStage", NS).text == "projet de résolution"


C3_CLEAN = (COVERS / "A-C.3-79-L.5-Rev.1.en.clean.txt").read_text(encoding="utf-8")


def test_stars_inside_the_list_give_no_reference_after_it():
    root = root_of(C3_CLEAN)
    p = _proponent_p(root)
    prop = p.find("a:docProponent", NS)
    # three stars, three places: the note, then two references, all inside the list
    assert len(prop.findall("a:authorialNote", NS)) == 1
    assert len(prop.findall("a:noteRef", NS)) == 2
    assert p.findall("a:noteRef", NS) == []  # none after "Uruguay", which has no star
    assert len(root.findall(".//a:preface//a:noteRef", NS)) == 2
    assert work_iri(root) == "/akn/un/statement/deliberation/un-ga-c3/2024-11-12/A-C.3-79-L.5-Rev.1"
    assert root.find(".//a:statement", NS).get("name") == "resolutionDraft"
    assert p.find("a:docStage", NS).text == "revised draft resolution"
    assert texts(root, "//a:coverPage//a:docAuthority") == ["Third Committee"]
    assert texts(root, "//a:preface//a:inline[@name='agendaItemTitle']") == ["Advancement of women"]


# --------------------------------------------------------------------------- Economic and Social Council

ECOSOC_FR = (COVERS / "E-2024-L.15.fr.clean.txt").read_text(encoding="utf-8")


def test_ecosoc_draft_decision_submitted_by_an_officer():
    root = root_of(ECOSOC_FR)
    # the kind printed on the cover page (a draft decision) wins over the /L. symbol's default
    assert root.find(".//a:statement", NS).get("name") == "decisionDraft"
    assert root.find(".//a:FRBRWork/a:FRBRname", NS).get("value") == "decisionDraft"
    assert work_iri(root) == "/akn/un/statement/deliberation/un-ecosoc/2024-07-10/E-2024-L.15"
    p = root.find(".//a:preface//a:docStage/..", NS)
    assert [c.tag.split("}")[1] for c in p] == ["docStage", "docProponent"]
    assert p.find("a:docStage", NS).text == "Projet de décision"
    assert p.find("a:docProponent", NS).text == "le Vice-Président du Conseil, M. Jean Dupont (Irlande)"
    assert " ".join("".join(p.itertext()).split()) == (
        "Projet de décision présenté par le Vice-Président du Conseil, M. Jean Dupont (Irlande), "
        "à l'issue de consultations officieuses")
    assert texts(root, "//a:preface//a:docTitle") == ["Programme commun des Nations Unies sur le VIH/sida"]


def test_ecosoc_session_named_by_its_year():
    root = root_of(ECOSOC_FR)
    session = root.find(".//a:preface//a:session", NS)
    assert (session.text, session.get("value")) == ("Session de 2024", "2024")
    assert root.xpath("//a:preface/a:p[a:date]/a:date/@date", namespaces=NS) == ["2023-07-27", "2024-07-24"]
    assert texts(root, "//a:preface//a:inline[@name='agendaItem']") == ["Point 12 b) de l'ordre du jour"]


def test_submitted_by_in_english_spanish_russian_arabic_chinese():
    from akn_convert.lang import get
    from akn_convert.model import Text
    from akn_convert.parse.cover import _sponsors

    cases = [
        ("en", "Draft resolution submitted by the President", "Draft resolution", "the President", ""),
        ("en", "Draft decision submitted by the Vice-President of the Council, Ms. Ana Ruiz (Chile), on the basis "
               "of informal consultations", "Draft decision", "the Vice-President of the Council, Ms. Ana Ruiz (Chile)",
         ", on the basis of informal consultations"),
        ("es", "Proyecto de resolución presentado por la Presidencia", "Proyecto de resolución", "la Presidencia", ""),
        ("ru", "Проект решения, представленный Председателем", "Проект решения", "Председателем", ""),
        ("ar", "مشروع مقرر مقدم من الرئيس", "مشروع مقرر", "الرئيس", ""),
        ("zh", "主席提交的决议草案", "决议草案", "主席", ""),
    ]
    for code, line, stage, sponsors, tail in cases:
        lang = get(code)
        g = _sponsors(Text(line), lang)
        assert (g["stage"], g["sponsors"], g.get("tail", "")) == (stage, sponsors, tail), line
        assert lang.doc_stages[g["stage"].lower()].endswith("Draft")
    # the usual order stays: the sponsors, then the kind
    g = _sponsors(Text("Austria and Chile: draft resolution"), get("en"))
    assert (g["sponsors"], g["layout"]) == ("Austria and Chile", "sponsors sep stage")


def test_session_by_year_in_other_languages():
    from akn_convert.lang import get
    from akn_convert.parse.cover import _classify_line

    for code, line in (("fr", "Session de 2024"), ("es", "Período de sesiones de 2024"), ("ru", "Сессия 2024 года"),
                       ("ar", "دورة عام 2024"), ("zh", "2024年届会"), ("en", "2024 session")):
        kind, groups = _classify_line(line, get(code))
        assert kind == "session" and get(code).ordinal(groups["ordinal"]) == 2024, line


# --------------------------------------------------------------------------- several agenda items

GA_L = (COVERS / "A-79-L.12.en.clean.txt").read_text(encoding="utf-8")


def test_two_agenda_items_two_titles():
    root = root_of(GA_L)
    assert texts(root, "//a:preface//a:inline[@name='agendaItem']") == ["Agenda items 14 and 117"]
    assert texts(root, "//a:preface//a:inline[@name='agendaItemTitle']") == [
        "Integrated and coordinated implementation of and follow-up to the outcomes of the major United Nations "
        "conferences and summits in the economic, social and related fields",
        "Follow-up to the outcome of the Millennium Summit"]
    assert texts(root, "//a:preface//a:docTitle") == ["Strengthening the coordination of humanitarian assistance"]
    assert work_iri(root) == "/akn/un/statement/deliberation/un-ga/2024-12-02/A-79-L.12"
    assert texts(root, "//a:recital")[0] == "Recalling its resolution 46/182 of 19 December 1991,"


def test_two_agenda_items_one_title_and_no_sponsors_keep_the_document_title():
    text = GA_L.replace("**Follow-up to the outcome of the Millennium Summit**\n\n", "").replace(
        "**Algeria, Brazil, Costa Rica, Germany, Indonesia, Kenya, Mexico, Norway, Philippines, South Africa and "
        "Sweden: draft resolution**\n\n", "")
    root = root_of(text)
    assert len(texts(root, "//a:preface//a:inline[@name='agendaItemTitle']")) == 1
    assert texts(root, "//a:preface//a:docTitle") == ["Strengthening the coordination of humanitarian assistance"]


def test_one_agenda_item_with_lettered_subitem_has_one_title():
    text = GA_L.replace("Agenda items 14 and 117", "Agenda item 14 (b)")
    root = root_of(text)
    # the second bold line is no item's title: it stays a line of the preface as printed
    assert len(texts(root, "//a:preface//a:inline[@name='agendaItemTitle']")) == 1
    assert "Follow-up to the outcome of the Millennium Summit" in texts(root, "//a:preface/a:p")


# --------------------------------------------------------------------------- the kind of draft

CCPCJ_PDF = (COVERS / "E-CN.15-2024-L.4-Rev.1.en.pdf.txt").read_text(encoding="utf-8")

DRAFT_DECISION = (COVERS / "A-79-L.40.en.clean.txt").read_text(encoding="utf-8")


def test_star_after_the_colon_of_the_sponsors_line_in_pdf_text():
    root = root_of(CCPCJ_PDF)
    p = _proponent_p(root)
    assert p.find("a:docProponent", NS).text == ("Austria, Canada, Colombia, Italy, Japan, Morocco, Thailand and "
                                                 "United States of America")
    note = p.find("a:authorialNote", NS)
    assert (note.get("eId"), " ".join("".join(note.itertext()).split())) == (
        "authorialNote_star", "Also on behalf of the European Union.")
    assert p.find("a:docStage", NS).text == "revised draft resolution"
    assert "*" not in "".join(root.find(".//a:preface", NS).itertext())
    # the title carries no note of its own
    assert root.find(".//a:preface//a:docTitle/..", NS).find("a:authorialNote", NS) is None
    assert work_iri(root) == "/akn/un/statement/deliberation/un-ccpcj/2024-05-16/E-CN.15-2024-L.4-Rev.1"


def test_draft_decision_on_its_own_line_is_the_kind():
    root = root_of(DRAFT_DECISION)
    assert root.find(".//a:statement", NS).get("name") == "decisionDraft"
    assert texts(root, "//a:preface//a:docStage") == ["Draft decision"]
    assert root.find(".//a:preface//a:docProponent", NS) is None
    assert texts(root, "//a:preface//a:docTitle") == ["Modalities for the high-level meeting"]
    assert "Draft decision" not in texts(root, "//a:preface/a:p[not(*)]")


# --------------------------------------------------------------------------- the languages line


def test_languages_line_wrapped_over_blocks_goes_to_the_cover_page():
    root = root_of(CCPCJ_PDF)
    assert texts(root, "//a:coverPage//a:inline[@name='languages']") == [
        "Arabic, Chinese, English, French, Russian and Spanish only"]
    assert texts(root, "//a:coverPage//a:inline[@name='originalLanguage']") == ["Original: Spanish"]
    preface = " ".join(texts(root, "//a:preface/a:p"))
    assert "Arabic" not in preface and "Spanish only" not in preface
    assert texts(root, "//a:coverPage//a:docAuthority") == ["Commission on Crime Prevention and Criminal Justice"]


def test_languages_line_in_french_and_spanish_and_what_it_is_not():
    from akn_convert.lang import get
    from akn_convert.parse.cover import _classify_line

    assert _classify_line("Anglais, espagnol et français seulement", get("fr"))[0] == "languages"
    assert _classify_line("Español, francés e inglés únicamente", get("es"))[0] == "languages"
    assert _classify_line("English only", get("en"))[0] == "languages"
    assert _classify_line("English", get("en"))[0] == "language"  # the expression's language
    assert _classify_line("Français", get("fr"))[0] == "language"
    assert _classify_line("Advancement of women", get("en")) is None
    assert _classify_line("English and French teaching", get("en")) is None


# --------------------------------------------------------------------------- session dates on their own line

HRC_ES = (COVERS / "A-HRC-55-L.3.es.clean.txt").read_text(encoding="utf-8")


def test_spanish_session_dates_joined_by_a_word_across_months():
    root = root_of(HRC_ES)
    p = root.xpath("//a:preface/a:p[a:date]", namespaces=NS)
    assert len(p) == 1
    assert [d.get("date") for d in p[0].findall("a:date", NS)] == ["2024-02-26", "2024-04-05"]
    # printed in its place: after the session, before the agenda item
    lines = texts(root, "//a:preface/a:p")
    assert lines.index("26 de febrero a 5 de abril de 2024") == lines.index("55º período de sesiones") + 1
    assert work_iri(root) == "/akn/un/statement/deliberation/un-hrc/2024-03-28/A-HRC-55-L.3"
    assert texts(root, "//a:preface//a:docTitle") == ["El derecho a la educación"]


def test_session_dates_lines_in_other_languages():
    from akn_convert.lang import get
    from akn_convert.parse.cover import _classify_line

    for code, line in (("zh", "2023年7月27日至2024年7月24日"), ("ru", "26 февраля — 5 апреля 2024 года"),
                       ("ar", "26 شباط/فبراير - 5 نيسان/أبريل 2024"), ("fr", "12 au 16 octobre 2020"),
                       ("en", "26 February–5 April 2024"), ("en", "27 July 2023 to 24 July 2024")):
        assert _classify_line(line, get(code)) == ("dates", {}), line
    # two dates with other words between them are no session dates
    assert _classify_line("26 February 2024 and the report of 5 April 2024", get("en")) is None


# --------------------------------------------------------------------------- titles, headings


def test_draft_number_left_open_is_not_part_of_the_title():
    for text, lang, title in ((HRC_PDF.replace("          The right to education", "          55/... The right to education"),
                               "en", "The right to education"),
                              (HRC_PDF_FR.replace("          Le droit", "          55/… Le droit"), "fr",
                               "Le droit à l’éducation")):
        root = root_of(text, lang=lang)
        p = root.find(".//a:preface//a:docTitle/..", NS)
        assert p.find("a:docTitle", NS).text == title
        assert p.text.strip() in ("55/...", "55/…")
        # the symbol still names the draft, not a resolution 55/...
        assert root.find(".//a:preface//a:docNumber", NS).text == "A/HRC/55/L.3"
        assert root.find(".//a:statement", NS).get("name") == "resolutionDraft"


def test_open_number_gives_no_symbol_when_the_text_has_none():
    text = HRC_PDF.replace("A/HRC/55/L.3", "").replace("          The right to education",
                                                       "          55/... The right to education")
    result = convert(text)
    root = etree.fromstring(result.xml)
    assert root.find(".//a:preface//a:docNumber", NS) is None
    assert "/nn-" in work_iri(root)  # a number made from the text, not 'A/HRC/RES/55/...'


GA_ADOPTED = (COVERS / "A-RES-79-123.en.pdf.txt").read_text(encoding="utf-8")


def test_adopted_general_assembly_resolution_without_a_cover_page():
    root = root_of(GA_ADOPTED)
    assert root.find(".//a:coverPage", NS) is None
    assert work_iri(root) == "/akn/un/statement/deliberation/un-ga/2024-12-17/79-123"
    assert root.find(".//a:FRBRWork/a:FRBRdate", NS).get("name") == "adoption"
    assert texts(root, "//a:preface//a:docNumber") == ["A/RES/79/123"]
    assert texts(root, "//a:preface//a:docTitle") == ["Improvement of the situation of women and girls in rural areas"]
    assert "[on the report of the Third Committee (A/79/456)]" in texts(root, "//a:preface/a:p")
    assert texts(root, "//a:recital") == ["Recalling its resolution 78/180 of 19 December 2023,"]


HRC_RES_FR = (COVERS / "A-HRC-RES-55-1.fr.pdf.txt").read_text(encoding="utf-8")


def test_french_adopted_heading_of_a_council_wrapped_over_two_lines():
    root = root_of(HRC_RES_FR)
    lines = texts(root, "//a:preface/a:p")
    assert "Résolution adoptée par le Conseil des droits de l’homme le 4 avril 2024" in lines
    assert root.xpath("//a:preface/a:p[starts-with(., 'Résolution adoptée')]/a:date/@date",
                      namespaces=NS) == ["2024-04-04"]
    # not taken for the agenda item's title
    assert texts(root, "//a:preface//a:inline[@name='agendaItemTitle']") == []
    assert work_iri(root) == "/akn/un/statement/deliberation/un-hrc/2024-04-04/55-1"
    assert texts(root, "//a:preface//a:docTitle") == ["Le droit à l’éducation"]


def test_adopted_headings_of_decisions_and_of_organs_named_with_le_la():
    from akn_convert.lang import get
    from akn_convert.parse.cover import _classify_line

    for code, line, date in (
            ("fr", "Résolution adoptée par le Conseil économique et social le 24 juillet 2024", "24 juillet 2024"),
            ("fr", "Décision adoptée par la Conférence des Parties le 18 octobre 2024", "18 octobre 2024"),
            ("fr", "Résolution adoptée par l’Assemblée générale le 17 décembre 2024", "17 décembre 2024"),
            ("en", "Decision adopted by the General Assembly on 19 December 2023", "19 December 2023"),
            ("es", "Decisión aprobada por la Asamblea General el 19 de diciembre de 2023", "19 de diciembre de 2023"),
            ("ru", "Решение, принятое Генеральной Ассамблеей 19 декабря 2023 года", "19 декабря 2023")):
        kind, groups = _classify_line(line, get(code))
        assert (kind, groups["date"]) == ("adopted_by", date), line


# --------------------------------------------------------------------------- session numbers


FR_C3 = (COVERS / "A-C.3-79-L.5-Rev.1.fr.clean.txt").read_text(encoding="utf-8")


def test_french_eightieth_session_is_80_not_4_plus_20():
    text = FR_C3.replace("Soixante-dix-neuvième session", "Quatre-vingtième session")
    from akn_convert.lang import get

    fr = get("fr")
    assert [fr.ordinal(w) for w in ("Quatre-vingtième", "Quatre-vingt-unième", "Quatre-vingt-dixième",
                                    "Quatre-vingt-dix-neuvième", "Soixante-dix-neuvième", "Soixante et onzième",
                                    "Quatrième")] == [80, 81, 90, 99, 79, 71, 4]
    root = root_of(text)
    session = root.find(".//a:preface//a:session", NS)
    assert (session.text, session.get("value")) == ("Quatre-vingtième session", "80")


def test_resumed_and_reconvened_sessions():
    from akn_convert.lang import get
    from akn_convert.parse.cover import _classify_line

    for code, line, value in (("en", "Reconvened thirty-third session", 33), ("en", "Resumed seventy-eighth session", 78),
                              ("fr", "Reprise de la trente-troisième session", 33),
                              ("es", "Continuación del 33er período de sesiones", 33),
                              ("ru", "Возобновленная тридцать третья сессия", 33),
                              ("ar", "الدورة الثالثة والثلاثون المستأنفة", 33)):
        kind, groups = _classify_line(line, get(code))
        assert (kind, get(code).ordinal(groups["ordinal"])) == ("session", value), line
    root = root_of(C3_CLEAN.replace("Seventy-ninth session", "Resumed seventy-ninth session"))
    session = root.find(".//a:preface//a:session", NS)
    assert (session.text, session.get("value")) == ("Resumed seventy-ninth session", "79")


# --------------------------------------------------------------------------- a "*" note on the title

TITLE_NOTE = "Reissued for technical reasons on 5 December 2024."


def test_star_note_printed_on_the_title_stays_on_the_title():
    clean = GA_L.replace("**Strengthening the coordination of humanitarian assistance**",
                         "**Strengthening the coordination of humanitarian assistance**\\*") + f"\n---\n\n\\* {TITLE_NOTE}\n"
    pdf = ("United Nations A/79/L.12\nGeneral Assembly Distr.: Limited\n2 December 2024\nOriginal: English\n\n"
           "Seventy-ninth session\nAgenda item 14\n\n"
           "          Algeria, Brazil and Sweden: draft resolution\n\n"
           "          Strengthening the coordination of humanitarian assistance*\n\n"
           "              The General Assembly,\n\n"
           "              Recalling its resolution 46/182 of 19 December 1991,\n\n"
           "             1.     Requests the Secretary-General to report to it at its eightieth session.\n\n"
           f"          __________________\n          * {TITLE_NOTE}\n\n24-22345 (E)    031224\n")
    for text, shape in ((clean, "clean"), (pdf, "pdf")):
        root = root_of(text, shape=shape)
        title = root.find(".//a:preface//a:docTitle", NS)
        note = title.find("a:authorialNote", NS)
        assert note is not None, shape
        assert (note.get("eId"), " ".join("".join(note.itertext()).split())) == ("authorialNote_star", TITLE_NOTE)
        prop_p = _proponent_p(root)
        assert prop_p.find("a:authorialNote", NS) is None and prop_p.find("a:noteRef", NS) is None, shape
        assert root.findall(".//a:noteRef", NS) == []


GA_L_PDF = (COVERS / "A-79-L.12.en.pdf.txt").read_text(encoding="utf-8")


def test_two_agenda_items_two_titles_in_pdf_text():
    root = root_of(GA_L_PDF)
    assert texts(root, "//a:preface//a:inline[@name='agendaItemTitle']") == [
        "Integrated and coordinated implementation of and follow-up to the outcomes of the major United Nations "
        "conferences and summits in the economic, social and related fields",
        "Follow-up to the outcome of the Millennium Summit"]
    assert _proponent_p(root).find("a:docProponent", NS).text.startswith("Algeria, Brazil")


def test_one_agenda_item_keeps_a_title_wrapped_at_a_capital_whole():
    text = GA_L_PDF.replace("Agenda items 14 and 117", "Agenda item 14").replace(
        "Follow-up to the outcome of the Millennium Summit\n", "")
    text = text.replace("to the outcomes of the major United Nations conferences and\n",
                        "to the outcomes of the major\nUnited Nations conferences and\n")
    root = root_of(text)
    assert texts(root, "//a:preface//a:inline[@name='agendaItemTitle']") == [
        "Integrated and coordinated implementation of and follow-up to the outcomes of the major United Nations "
        "conferences and summits in the economic, social and related fields"]


def test_reissued_document_star_after_the_symbol():
    note = "Reissued for technical reasons on 5 December 2024."
    clean = GA_L.replace("**United Nations** A/79/L.12\n", "**United Nations** A/79/L.12\\*\n") + f"\n---\n\n\\* {note}\n"
    pdf = GA_L_PDF.replace("A/79/L.12\n", "A/79/L.12*\n").replace(
        "24-22345 (E)", f"          __________________\n          * {note}\n\n24-22345 (E)")
    for text, shape in ((clean, "clean"), (pdf, "pdf")):
        result = convert(text, shape=shape)
        root = etree.fromstring(result.xml)
        # the symbol is read (it was not, with its star: no organ, an IRI made from the text)
        assert work_iri(root) == "/akn/un/statement/deliberation/un-ga/2024-12-02/A-79-L.12", shape
        assert not result.warnings, shape
        p = root.find(".//a:preface//a:docNumber/..", NS)
        assert p.find("a:docNumber", NS).text == "A/79/L.12"
        assert " ".join("".join(p.find("a:authorialNote", NS).itertext()).split()) == note
        assert _proponent_p(root).find("a:authorialNote", NS) is None
        assert root.findall(".//a:noteRef", NS) == []
        assert texts(root, "//a:coverPage//a:docAuthority") == ["General Assembly"]
        assert "*" not in "".join(root.find(".//a:preface", NS).itertext())


# --------------------------------------------------------------------------- a conference of States parties

COSP_FR = (COVERS / "CAC-COSP-2023-L.10.fr.pdf.txt").read_text(encoding="utf-8")


def test_french_cosp_masthead_with_the_language_beside_the_wrapped_organ_name():
    root = root_of(COSP_FR)
    assert texts(root, "//a:coverPage//a:docAuthority") == [
        "Conférence des États parties à la Convention des Nations Unies contre la corruption"]
    assert root.find(".//a:coverPage//a:docAuthority", NS).get("refersTo") == "#un-cac-cosp"
    assert texts(root, "//a:coverPage//a:inline[@name='languageOfExpression']") == ["Français"]
    assert work_iri(root) == "/akn/un/statement/deliberation/un-cac-cosp/2023-12-13/CAC-COSP-2023-L.10"


def test_place_with_its_country_in_brackets():
    root = root_of(COSP_FR)
    p = root.xpath("//a:preface/a:p[a:location]", namespaces=NS)[0]
    assert (p.find("a:location", NS).text, p.find("a:location", NS).get("refersTo")) == ("Atlanta", "#atlanta")
    assert [d.get("date") for d in p.findall("a:date", NS)] == ["2023-12-11", "2023-12-15"]
    assert " ".join("".join(p.itertext()).split()) == "Atlanta (États-Unis d’Amérique), 11-15 décembre 2023"
    st = root.find(".//a:preface//a:docStage/..", NS)
    assert (st.find("a:docStage", NS).text, st.find("a:docProponent", NS).text) == ("Projet de résolution",
                                                                                    "la Présidence")


# --------------------------------------------------------------------------- an older masthead

OLD_GA = (COVERS / "A-RES-45-123.en.pdf.txt").read_text(encoding="utf-8")


def test_older_masthead_series_letter_distr_on_two_lines_and_undated_heading():
    root = root_of(OLD_GA)
    # "UNITED NATIONS  A": the masthead, not the organ; "General Assembly  Distr." / "GENERAL": the
    # organ and one distribution field
    assert texts(root, "//a:coverPage//a:docAuthority") == ["General Assembly"]
    assert texts(root, "//a:coverPage//a:inline[@name='distribution']") == ["Distr. GENERAL"]
    assert texts(root, "//a:coverPage//a:inline[@name='originalLanguage']") == ["ORIGINAL: SPANISH"]
    # "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY" (no date) is no agenda item's title
    assert texts(root, "//a:preface//a:inline[@name='agendaItemTitle']") == []
    assert "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY" in texts(root, "//a:preface/a:p")
    assert work_iri(root) == "/akn/un/statement/deliberation/un-ga/1990-12-14/45-123"
    assert texts(root, "//a:preface//a:docTitle") == ["Strengthening of the rule of law"]


def test_undated_adopted_heading_does_not_swallow_a_date_or_a_wrapped_one():
    from akn_convert.lang import get
    from akn_convert.parse.cover import _classify_line

    en = get("en")
    assert _classify_line("RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY", en) == ("adopted_by", {"organ": "GENERAL ASSEMBLY"})
    assert _classify_line("Resolution adopted by the General Assembly on", en) is None  # its date is below
    assert _classify_line("Resolution adopted by the General Assembly on 17 December 2024 [on the report of the "
                          "Third Committee (A/79/456)]", en) is None
    assert _classify_line("Résolution adoptée par le Conseil des droits de l’homme le", get("fr")) is None


@pytest.mark.parametrize("place, code, ident", [
    ("Санкт-Петербург", "ru", "sankt-peterburg"),  # a place the languages do not list: its Latin letters
    ("北京", "zh", "beijing"),
    ("Kyoto", "en", "kyoto"),
    ("Genève", "fr", "geneva"),  # places the languages list: one id in every language
    ("Вена", "ru", "vienna"),
    ("维也纳", "zh", "vienna"),
])
def test_a_place_named_in_any_script_has_an_id_of_its_own(place, code, ident):
    from akn_convert.lang import get
    from akn_convert.parse.cover import location_id

    assert location_id(place, get(code)) == ident
