"""Annexes: the texts a resolution adopts "annexed to the present resolution", printed after its
adoption lines under the language's annex label.  Each is an ``attachment`` of the statement
(``doc name="annex"``, its own FRBR identification as a component of the resolution's work),
its content under eIds that start with the attachment's; the resolution's own counts do not
change; the document is valid, the words check covers the annexes, render and text show them.

Test texts written in UN style (tests/data/annexes): a GA resolution adopting a declaration
(preamble with its own formula, articles) and terms of reference (numbered paragraphs with
points), English, clean and PDF-extracted; an HRC resolution adopting guidelines in chapters
and articles, French, both shapes; a Security Council resolution endorsing a plan, Spanish.
"""

from __future__ import annotations

import re

import pytest
from lxml import etree

from akn_convert.lang import get
from akn_convert.parse.annexes import is_label
from akn_convert.pipeline import Options, convert_file, convert_text
from akn_convert.validate import validate_tree
from akn_convert.validate.textcheck import output_words, text_without_notes, words
from akn_convert.writers.html import render
from akn_convert.writers.text import plain_text
from conftest import DATA, NS, texts

ANNEXES = DATA / "annexes"
EN_CLEAN, EN_PDF = ANNEXES / "res-79-250.en.clean.txt", ANNEXES / "res-79-250.en.pdf-extracted.txt"
FR_CLEAN, FR_PDF = ANNEXES / "res-56-4.fr.clean.txt", ANNEXES / "res-56-4.fr.pdf-extracted.txt"
ES_CLEAN = ANNEXES / "res-2799.es.clean.txt"
ALL = [EN_CLEAN, EN_PDF, FR_CLEAN, FR_PDF, ES_CLEAN]
WORK = {"en": "/akn/un/statement/deliberation/un-ga/2024-12-18/79-250",
        "fr": "/akn/un/statement/deliberation/un-hrc/2024-04-04/56-4",
        "es": "/akn/un/statement/deliberation/un-sc/2025-11-18/2799"}


def convert(path):
    result = convert_file(path, Options())
    return result, etree.fromstring(result.xml)


def xp(root, path):
    return root.xpath(path, namespaces=NS)


def lang_of(path) -> str:
    return path.name.split(".")[1]


# --------------------------------------------------------------------------- where annexes start


@pytest.mark.parametrize("path, labels, titles", [
    (EN_CLEAN, ["Annex I", "Annex II"], ["Declaration on the Rights of Coastal Communities",
                                         "Terms of reference of the advisory group on coastal communities"]),
    (EN_PDF, ["Annex"], ["Declaration on the Rights of Coastal Communities"]),
    (FR_CLEAN, ["Annexe"], ["Principes directeurs relatifs aux défenseurs de l'environnement"]),
    (FR_PDF, ["Annexe"], ["Principes directeurs relatifs aux défenseurs de l'environnement"]),
    (ES_CLEAN, ["Anexo"], ["Plan de acción para la región"]),
])
def test_annexes_labels_and_titles(path, labels, titles):
    result, root = convert(path)
    assert [a.label.text for a in result.document.annexes] == labels
    assert texts(root, "//a:attachment/a:doc/a:preface/a:p[@class='annexLabel']") == labels
    assert texts(root, "//a:attachment/a:doc/a:preface//a:docTitle") == titles
    assert xp(root, "//a:attachments/a:attachment/@eId") == [f"att_{n}" for n in range(1, len(labels) + 1)]
    assert xp(root, "//a:attachment/a:doc/@name") == ["annex"] * len(labels)
    # the resolution's own title (a Security Council resolution has none) stays the document's
    assert texts(root, "/a:akomaNtoso/a:statement/a:preface//a:docTitle") == (
        [] if path == ES_CLEAN else [result.document.title.text])


def test_annex_numbers():
    result, _ = convert(EN_CLEAN)
    assert [a.num for a in result.document.annexes] == ["I", "II"]
    result, _ = convert(FR_CLEAN)
    assert [a.num for a in result.document.annexes] == [None]


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_the_conclusions_end_before_the_annex(path):
    result, root = convert(path)
    conclusions = texts(root, "/a:akomaNtoso/a:statement/a:conclusions/a:p")
    assert len(conclusions) == 1
    assert not re.search(r"Annex|Anexo|Article|Artículo", conclusions[0])


# --------------------------------------------------------------------------- identification


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_annex_identification_is_a_component_of_the_work(path):
    _, root = convert(path)
    work, lang = WORK[lang_of(path)], {"en": "eng", "fr": "fra", "es": "spa"}[lang_of(path)]
    main = xp(root, "/a:akomaNtoso/a:statement/a:meta/a:identification")[0]
    assert xp(main, "a:FRBRWork/a:FRBRthis/@value") == [work + "/!main"]
    for n, ident in enumerate(xp(root, "//a:attachment/a:doc/a:meta/a:identification"), 1):
        date = work.split("/")[-2]
        assert xp(ident, "a:FRBRWork/a:FRBRthis/@value") == [f"{work}/!annex_{n}"]
        assert xp(ident, "a:FRBRWork/a:FRBRuri/@value") == [work]
        assert xp(ident, "a:FRBRWork/a:FRBRname/@value") == ["annex"]
        assert xp(ident, "a:FRBRExpression/a:FRBRthis/@value") == [f"{work}/{lang}@{date}/!annex_{n}"]
        assert xp(ident, "a:FRBRExpression/a:FRBRuri/@value") == [f"{work}/{lang}@{date}"]
        assert xp(ident, "a:FRBRManifestation/a:FRBRthis/@value") == [f"{work}/{lang}@{date}/!annex_{n}.xml"]


# --------------------------------------------------------------------------- content and eIds


@pytest.mark.parametrize("path", [EN_CLEAN, EN_PDF], ids=["clean", "pdf"])
def test_declaration_preamble_and_articles(path):
    _, root = convert(path)
    att = xp(root, "//a:attachment[@eId='att_1']/a:doc")[0]
    assert texts(att, "a:preamble/a:formula[@name='enactingFormula']") == ["The States Members of the United Nations,"]
    assert xp(att, "a:preamble/a:formula/@eId") == ["att_1__formula_1", "att_1__formula_2"]
    assert xp(att, "a:preamble/a:recitals/a:recital/@eId") == ["att_1__recs_1__rec_1", "att_1__recs_1__rec_2"]
    assert texts(att, "a:preamble/a:formula[@name='operativeLeadIn']") == ["Declare the following:"]
    assert xp(att, "a:mainBody/a:article/@eId") == ["att_1__art_1", "att_1__art_2"]
    assert texts(att, "a:mainBody/a:article/a:num") == ["Article 1", "Article 2"]
    assert texts(att, "a:mainBody/a:article/a:heading") == ["Definitions", "Rights"]
    assert texts(att, "a:mainBody/a:article[1]/a:content/a:p")[0].startswith("For the purposes of the present Declaration")
    assert xp(att, "a:mainBody/a:article[2]/a:paragraph/@eId") == ["att_1__art_2__para_1", "att_1__art_2__para_2"]
    assert xp(att, ".//a:point/@eId") == ["att_1__art_2__para_2__list_1__point_a", "att_1__art_2__para_2__list_1__point_b"]
    # "paragraph 1 above" in an article: the article's paragraph 1
    assert xp(att, ".//a:point[2]//a:ref/@href") == ["#att_1__art_2__para_1"]
    # the annex's note, at its marker in the annex, named after the recital that holds it
    assert xp(att, ".//a:authorialNote/@eId") == ["att_1__recs_1__rec_2__authorialNote_2"]


def test_terms_of_reference_paragraphs_points_and_plain_text():
    _, root = convert(EN_CLEAN)
    body = xp(root, "//a:attachment[@eId='att_2']/a:doc/a:mainBody")[0]
    assert xp(body, "a:paragraph/@eId") == ["att_2__para_1", "att_2__para_2", "att_2__para_3"]
    assert texts(body, "a:paragraph/a:num") == ["1.", "2.", "3."]
    assert xp(body, "a:paragraph[2]//a:point/@eId") == ["att_2__para_2__list_1__point_a", "att_2__para_2__list_1__point_b"]
    assert texts(body, "a:p") == ["The members of the advisory group serve in their personal capacity."]
    assert not xp(root, "//a:attachment[@eId='att_2']/a:doc/a:preamble")  # no formula: no preamble
    # inline semantics inside the annex: a cited resolution, its date, an organ, a place, a role
    assert xp(body, ".//a:ref[not(starts-with(@href, '#'))]/@href") == [
        "/akn/un/statement/deliberation/un-ga/2015-09-25/70-1"]
    assert xp(body, ".//a:ref/@eId")[0] == "att_2__para_2__list_1__point_b__ref_1"
    assert "2015-09-25" in xp(body, ".//a:date/@date")
    assert xp(body, ".//a:organization/@refersTo") == ["#un-ga"]
    assert xp(body, ".//a:location/@refersTo") == ["#new-york"]
    assert xp(body, ".//a:role/@refersTo") == ["#secretary-general"]
    # "paragraph 2 above" in the annex is the annex's paragraph 2
    assert xp(body, "a:paragraph[3]//a:ref/@href") == ["#att_2__para_2"]
    # the note the annex cites, at its marker; its date annotated
    assert xp(body, ".//a:authorialNote/@eId") == ["att_2__para_2__list_1__point_b__authorialNote_3"]
    assert xp(body, ".//a:authorialNote//a:date/@date") == ["2026-03-01"]


@pytest.mark.parametrize("path", [FR_CLEAN, FR_PDF], ids=["clean", "pdf"])
def test_chapters_and_articles(path):
    _, root = convert(path)
    body = xp(root, "//a:attachment[@eId='att_1']/a:doc/a:mainBody")[0]
    assert xp(body, "a:chapter/@eId") == ["att_1__chp_I", "att_1__chp_II"]
    assert texts(body, "a:chapter/a:heading") == ["Dispositions générales", "Obligations des États"]
    assert xp(body, "a:chapter/a:article/@eId") == ["att_1__chp_I__art_1", "att_1__chp_I__art_2", "att_1__chp_II__art_3"]
    assert texts(body, "a:chapter/a:article/a:num") == ["Article premier", "Article 2", "Article 3"]
    assert texts(body, "a:chapter/a:article/a:heading") == ["Objet", "Définitions", "Protection"]
    assert len(xp(body, ".//a:article[@eId='att_1__chp_I__art_2']/a:paragraph")) == 2
    assert xp(body, ".//a:article[@eId='att_1__chp_II__art_3']//a:point/a:num/text()") == ["a)", "b)"]
    assert xp(body, ".//a:ref[starts-with(@href, '#')]/@href") == ["#att_1__chp_I__art_2__para_1"]
    assert xp(body, ".//a:authorialNote/@eId") == ["att_1__chp_I__art_1__authorialNote_1"]
    assert "#un-hrc" in xp(body, ".//a:organization/@refersTo")


def test_clean_and_pdf_give_the_same_annexes():
    for clean, pdf in ((EN_CLEAN, EN_PDF), (FR_CLEAN, FR_PDF)):
        (_, a), (_, b) = convert(clean), convert(pdf)
        first = "//a:attachment[@eId='att_1']"
        assert xp(a, first + "//@eId") == xp(b, first + "//@eId")
        assert texts(a, first + "//a:mainBody//a:p") == texts(b, first + "//a:mainBody//a:p")


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_eids_unique_and_under_their_attachment(path):
    _, root = convert(path)
    eids = xp(root, "//@eId")
    assert len(eids) == len(set(eids))
    for att in xp(root, "//a:attachment"):
        inner = xp(att, ".//*/@eId")
        assert inner and all(e.startswith(att.get("eId") + "__") for e in inner)


# --------------------------------------------------------------------------- counts, validity, words


RESOLUTION_COUNTS = {
    EN_CLEAN: {"preamble": 2, "operative": 4, "points": 0, "notes": 1, "star_note": 0},
    EN_PDF: {"preamble": 2, "operative": 4, "points": 0, "notes": 1, "star_note": 0},
    FR_CLEAN: {"preamble": 2, "operative": 3, "points": 0, "notes": 0, "star_note": 0},
    FR_PDF: {"preamble": 2, "operative": 3, "points": 0, "notes": 0, "star_note": 0},
    ES_CLEAN: {"preamble": 1, "operative": 2, "points": 0, "notes": 0, "star_note": 0},
}


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_counts_are_the_resolutions(path):
    result, root = convert(path)
    assert result.counts == RESOLUTION_COUNTS[path]
    assert len(xp(root, "/a:akomaNtoso/a:statement/a:mainBody/a:paragraph")) == RESOLUTION_COUNTS[path]["operative"]


def test_counts_without_the_annex_text_are_the_same():
    text = EN_CLEAN.read_text("utf-8")
    body, _, notes = text.partition("\nAnnex I\n")
    notes = notes[notes.index("\n---\n"):]  # the notes block stays, without the annexes' notes
    notes = "\n".join(line for line in notes.splitlines() if not line.startswith(("<sup>2", "<sup>3")))
    alone = convert_text(body + notes, Options(lang="en", shape="clean"))
    assert not alone.document.annexes
    assert b"<attachments" not in alone.xml
    assert alone.counts == convert(EN_CLEAN)[0].counts


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_valid_and_words_in_order(path):
    result, root = convert(path)  # (the conversion itself runs both checks)
    assert [p for p in validate_tree(root) if p.severity == "error"] == []
    body = words(plain_text(root))
    assert body == output_words(root)
    # the annexes come last in the text compared, right after the conclusions
    attached = words(text_without_notes(xp(root, "//a:attachments")[0]))
    conclusions = words(texts(root, "//a:conclusions")[0])
    text = words(plain_text(root).partition("\n---\n")[0])
    assert text[-len(attached) - len(conclusions):] == conclusions + attached
    # and hold every word of the annexes' texts, in order (numbers and labels besides)
    left = iter(attached)
    assert all(word in left for a in result.document.annexes for t in a.texts() for word in words(t.text))


def test_words_check_covers_the_annexes():
    """A word lost from an annex fails the conversion (the check compares the annexes too)."""
    from akn_convert.errors import TextCheckError
    from akn_convert.validate.textcheck import check_texts

    result, root = convert(EN_CLEAN)
    notes = {m: n.text.text for m, n in result.document.notes.items()}
    check_texts(result.document.source_texts, notes, root)
    p = xp(root, "//a:attachment[@eId='att_2']//a:mainBody/a:p")[0]
    p.text = p.text.replace("personal ", "")
    with pytest.raises(TextCheckError):
        check_texts(result.document.source_texts, notes, root)


# --------------------------------------------------------------------------- profile rules


def _problems(root) -> list[str]:
    return [p.message for p in validate_tree(root) if p.severity == "error"]


def test_profile_rules_check_an_annex_identification_and_eids():
    _, root = convert(EN_CLEAN)
    this = xp(root, "//a:attachment[@eId='att_2']//a:FRBRWork/a:FRBRthis")[0]
    this.set("value", this.get("value").replace("annex_2", "annex_1"))
    assert any("/!annex_2" in m for m in _problems(root))

    _, root = convert(EN_CLEAN)
    para = xp(root, "//a:attachment[@eId='att_2']//a:mainBody/a:paragraph")[0]
    para.set("eId", "para_9")
    problems = _problems(root)
    assert any("att_2__" in m and "para_9" in m for m in problems)  # not under its attachment
    assert any("does not follow its number" in m for m in problems)

    _, root = convert(EN_CLEAN)
    xp(root, "//a:attachment")[1].set("eId", "att_7")
    assert any("att_2" in m for m in _problems(root))


# --------------------------------------------------------------------------- render and text


def test_render_heads_each_annex_and_anchors_its_eids():
    result, root = convert(EN_CLEAN)
    html = render(result.xml)
    page = etree.fromstring(html.encode("utf-8"), etree.HTMLParser())
    headings = [" ".join("".join(h.itertext()).split()) for h in page.xpath("//h2[@class='annex-heading']")]
    assert headings == ["Annex I Declaration on the Rights of Coastal Communities",
                        "Annex II Terms of reference of the advisory group on coastal communities"]
    ids = set(page.xpath("//@id"))
    for eid in ("att_1", "att_2", "att_1__art_2", "att_1__art_2__para_2__list_1__point_b", "att_2__para_3",
                "att_1__recs_1__rec_2"):
        assert eid in ids
    # articles head sections below the annex's heading
    assert page.xpath("//section[@id='att_1__art_1']/h3//text()")[0] == "Article 1"
    # an in-page link to an annex's paragraph lands on it
    assert page.xpath("//a[@href='#att_2__para_2']")
    # the annexes' notes are listed with the others, linked both ways
    assert page.xpath("//*[@id='att_2__para_2__list_1__point_b__authorialNote_3']")


def test_text_command_puts_the_annexes_after_the_body():
    _, root = convert(FR_PDF)
    text = plain_text(root)
    body, _, notes = text.partition("\n---\n")
    paragraphs = body.strip().split("\n\n")
    at = paragraphs.index("Annexe")
    assert paragraphs[at - 1].startswith("45e séance")
    assert paragraphs[at + 1] == "Principes directeurs relatifs aux défenseurs de l'environnement"
    assert "Article 2 Définitions" in paragraphs
    assert paragraphs[-1] == "b) Ils en rendent compte au Conseil des droits de l'homme."
    assert "Voir la résolution 48/13" in notes


# --------------------------------------------------------------------------- what is no annex


@pytest.mark.parametrize("code, label", [
    ("en", "Annex"), ("en", "Annex II"), ("en", "ANNEX"), ("fr", "Annexe"), ("fr", "Annexe III"), ("es", "Anexo"),
    ("ru", "Приложение"), ("ru", "Приложение I"), ("ar", "المرفق"), ("ar", "المرفق الأول"), ("zh", "附件"),
    ("zh", "附件一"),
])
def test_annex_labels_of_each_language(code, label):
    assert is_label(label, get(code))


@pytest.mark.parametrize("code, text", [
    ("en", "annexed to the present resolution"), ("en", "Annex to the report of the Secretary-General"),
    ("en", "Annexes"), ("fr", "Annexe à la présente résolution"), ("en", "Annex."), ("fr", "Annex"),
])
def test_what_is_no_annex_label(code, text):
    assert not is_label(text, get(code))


def test_annexed_in_a_paragraph_starts_no_annex():
    text = EN_CLEAN.read_text("utf-8").split("\nAnnex I\n")[0]
    text += "\n5. *Takes note* of the guidelines annexed to the present resolution;\n"
    result = convert_text(text, Options(lang="en", shape="clean"))
    assert not result.document.annexes
    root = etree.fromstring(result.xml)
    assert not xp(root, "//a:attachments")
    assert "annexed to the present resolution" in texts(root, "//a:mainBody/a:paragraph[1]")[0]


def test_a_label_before_the_operative_part_starts_no_annex():
    """The word alone on its line above the formula or in the preamble is not an annex."""
    text = EN_CLEAN.read_text("utf-8").split("\nAnnex I\n")[0]
    text = text.replace("*Recognizing* the contribution", "Annex\n\n*Recognizing* the contribution")
    result = convert_text(text, Options(lang="en", shape="clean"))
    assert not result.document.annexes


# --------------------------------------------------------------------------- PDF layout, references


def test_wrapped_title_upper_case_label_and_the_resolutions_paragraphs():
    """A PDF annex under "ANNEX" whose title wraps onto a line that starts in upper case; in it,
    "paragraph 2 of the present resolution" is the resolution's paragraph 2, not the annex's."""
    result, root = convert(ANNEXES / "res-79-300.en.pdf-extracted.txt")
    assert texts(root, "//a:attachment/a:doc/a:preface/a:p") == [
        "ANNEX", "Programme of Action on Coastal Resilience for the Small Island Developing States and Least "
        "Developed Countries, 2025–2035"]
    body = xp(root, "//a:attachment/a:doc/a:mainBody")[0]
    assert xp(body, "a:paragraph/@eId") == ["att_1__para_1", "att_1__para_2", "att_1__para_3"]
    assert texts(body, "a:paragraph[2]//a:point/a:num") == ["(a)", "(b)"]
    assert xp(body, "a:paragraph[3]//a:ref/@href") == ["#para_2"]
    assert xp(root, "/a:akomaNtoso/a:statement/a:mainBody/a:paragraph/@eId") == ["para_1", "para_2"]
    assert result.counts["operative"] == 2


def test_headed_sections_of_a_programme_of_action():
    """"I. Introduction", "II. Goals and targets": headed sections holding the paragraphs after
    them (PDF-extracted, the heading on the line of its number)."""
    result, root = convert(ANNEXES / "res-79-301.en.pdf-extracted.txt")
    body = xp(root, "//a:attachment/a:doc/a:mainBody")[0]
    assert xp(body, "a:section/@eId") == ["att_1__sec_I", "att_1__sec_II"]
    assert texts(body, "a:section/a:num") == ["I.", "II."]
    assert texts(body, "a:section/a:heading") == ["Introduction", "Goals and targets"]
    assert xp(body, "a:section/a:paragraph/@eId") == ["att_1__para_1", "att_1__para_2",
                                                       "att_1__para_3", "att_1__para_nn_1"]
    # the closing sentence, its first line indented as every paragraph's (further lines are
    # not), is a paragraph of its own, not the end of point (b)
    assert texts(body, "a:section[2]/a:paragraph[last()]") == ["The Programme of Action will be reviewed in 2030."]
    assert texts(root, "//a:attachment/a:doc/a:preface//a:docTitle") == ["Programme of Action on Coastal Resilience"]
    assert result.counts["operative"] == 2


@pytest.mark.parametrize("code, line, heading", [
    ("en", "II. Goals and targets", True), ("fr", "III. Mise en œuvre", True), ("zh", "二、目标", True),
    ("en", "I. The Programme of Action applies to all States.", False), ("zh", "一些国家", False),
])
def test_section_headings(code, line, heading):
    from akn_convert.parse.annexes import _section

    assert bool(_section(line, get(code))) is heading


def test_russian_annex_with_articles():
    """A Russian resolution of the language tests with an annex appended before its notes."""
    text = (DATA / "lang" / "A-RES-79-318.ru.clean.txt").read_text("utf-8")
    head, sep, notes = text.rpartition("\n---\n")
    annex = ("\nПриложение\n\n**Руководящие принципы**\n\nСтатья 1\n\nЦель\n\n"
             "Настоящие принципы направлены на защиту детей.\n\nСтатья 2\n\n"
             "1. Государства принимают необходимые меры.\n\n"
             "2. Положения пункта 1 выше применяются ко всем государствам.\n")
    with_annex = convert_text(head + "\n" + annex + sep + notes, Options(lang="ru", shape="clean"))
    without = convert_text(text, Options(lang="ru", shape="clean"))
    root = etree.fromstring(with_annex.xml)
    assert texts(root, "//a:attachment//a:preface/a:p") == ["Приложение", "Руководящие принципы"]
    assert texts(root, "//a:attachment//a:article/a:num") == ["Статья 1", "Статья 2"]
    assert texts(root, "//a:attachment//a:article/a:heading") == ["Цель"]
    assert xp(root, "//a:attachment//a:article[2]/a:paragraph/@eId") == ["att_1__art_2__para_1", "att_1__art_2__para_2"]
    assert xp(root, "//a:attachment//a:ref/@href") == ["#att_1__art_2__para_1"]
    assert with_annex.counts == without.counts


def test_a_headed_section_of_an_annex_with_nothing_under_it_is_valid():
    """"II. Goals and targets" twice (a PDF extraction repeats a line): the first section holds
    only its heading, as a chapter may; the document was refused as invalid."""
    path = ANNEXES / "res-79-301.en.pdf-extracted.txt"
    text = path.read_text("utf-8")
    assert text.count("II. Goals and targets") == 1
    result = convert_text(text.replace("II. Goals and targets", "II. Goals and targets\n\nII. Goals and targets"),
                          Options(shape="pdf"))
    root = etree.fromstring(result.xml)
    sections = root.xpath("//a:attachment//a:section", namespaces=NS)
    assert [s.get("eId") for s in sections][-2:] == ["att_1__sec_II", "att_1__sec_II-2"]
    assert [c.tag.split("}")[1] for c in sections[-2]] == ["num", "heading"]
    assert result.counts == convert(path)[0].counts


def test_an_ecosoc_resolution_in_french_pdf_text_with_two_annexes():
    """Annexe I under a title in capitals wrapped over two lines, 'Article premier' and an
    article of one unnumbered paragraph; Annexe II terms of reference; the adoption line
    '40 e séance plénière' (its superscript set apart) ends the operative part.  The title's
    second line was a paragraph of the annex, the adoption lines were paragraph 2's words."""
    path = ANNEXES / "res-2025-31.fr.pdf-extracted.txt"
    result, root = convert(path)
    assert texts(root, "//a:attachment//a:preface//a:docTitle") == [
        "CODE DE CONDUITE SUR LA COOPÉRATION DANS LA LUTTE CONTRE LA FRAUDE FISCALE",
        "Mandat du comité d'experts"]
    assert texts(root, "//a:attachment//a:preface/a:p[@class='annexLabel']") == ["Annexe I", "Annexe II"]
    assert xp(root, "//a:attachment[1]//a:mainBody/*/@eId") == ["att_1__art_1", "att_1__art_2"]
    assert texts(root, "//a:attachment[1]//a:article/a:num") == ["Article premier", "Article 2"]
    assert xp(root, "//a:attachment[1]//a:article[1]/a:paragraph/@eId") == [
        "att_1__art_1__para_1", "att_1__art_1__para_2"]
    assert xp(root, "//a:attachment[2]//a:paragraph/@eId") == ["att_2__para_1", "att_2__para_2"]
    assert " ".join(texts(root, "//a:conclusions//a:p")).split() == [
        "40", "e", "séance", "plénière", "24", "juillet", "2025"]
    assert texts(root, "//a:mainBody/a:paragraph[@eId='para_2']//a:p")[0].endswith("présente résolution.")
    assert result.counts == {"preamble": 2, "operative": 2, "points": 0, "notes": 1, "star_note": 0}
    assert [p for p in validate_tree(root) if p.severity == "error"] == []


@pytest.mark.parametrize("comma", [",", ""])
def test_annex_label_alone_on_a_wrapped_line_of_a_paragraph_is_no_annex(comma):
    """'… contained in document A/HRC/58/1,' / 'Annex I' / 'to the present resolution …': the
    label alone on its line goes on the sentence (lower case after it); it opened an annex that
    took paragraph 2 and the adoption lines.  The real annexes after the adoption lines stay."""
    path = ANNEXES / "res-58-14.en.pdf-extracted.txt"
    text = path.read_text("utf-8")
    assert text.count("A/HRC/58/1,\n") == 1
    result = convert_text(text.replace("A/HRC/58/1,\n", f"A/HRC/58/1{comma}\n"), Options(shape="pdf"))
    root = etree.fromstring(result.xml)
    assert [a.label.text for a in result.document.annexes] == ["Annex I", "Annex II"]
    assert texts(root, "//a:attachment//a:preface//a:docTitle") == [
        "Framework principles on human rights and the environment", "LIST OF INDICATORS"]
    assert xp(root, "/a:akomaNtoso/a:statement/a:mainBody/a:paragraph/@eId") == ["para_1", "para_2"]
    assert f"in document A/HRC/58/1{comma} Annex I to the present resolution and" in " ".join(
        texts(root, "//a:mainBody/a:paragraph[@eId='para_1']//a:p"))
    assert " ".join(" ".join(texts(root, "//a:conclusions//a:p")).split()) == (
        "52nd meeting 3 April 2025 [Adopted without a vote.]")
    assert xp(root, "//a:attachment[1]//a:section/@eId") == ["att_1__sec_I", "att_1__sec_II"]
    assert result.counts == {"preamble": 2, "operative": 2, "points": 0, "notes": 0, "star_note": 0}
    assert [p for p in validate_tree(root) if p.severity == "error"] == []


def test_french_convention_in_chapters_from_chapitre_premier():
    """A GA resolution with headed sections adopting a convention: its own preamble, 'Chapitre
    premier' / 'Article premier', then 'Chapitre II'.  'Chapitre premier' was no chapter: its
    label and heading were plain text and its articles stood outside any chapter."""
    result, root = convert(ANNEXES / "res-80-277.fr.clean.txt")
    assert xp(root, "//a:attachment//a:mainBody/*/@eId") == ["att_1__chp_1", "att_1__chp_II"]
    assert texts(root, "//a:attachment//a:chapter/a:num") == ["Chapitre premier", "Chapitre II"]
    assert texts(root, "//a:attachment//a:chapter/a:heading") == ["Dispositions générales", "Protection"]
    assert xp(root, "//a:attachment//a:chapter[1]/a:article/@eId") == ["att_1__chp_1__art_1", "att_1__chp_1__art_2"]
    assert xp(root, "//a:attachment//a:chapter[2]/a:article/a:paragraph/@eId") == [
        "att_1__chp_II__art_3__para_1", "att_1__chp_II__art_3__para_2"]
    assert xp(root, "//a:attachment//a:preamble//a:recital/@eId") == ["att_1__recs_1__rec_1"]
    assert xp(root, "/a:akomaNtoso/a:statement/a:mainBody/a:section/@eId") == ["sec_I", "sec_II"]
    assert xp(root, "//a:authorialNote/@eId") == [
        "recs_1__rec_2__authorialNote_1", "sec_II__authorialNote_2", "att_1__recs_1__rec_1__authorialNote_3",
        "att_1__chp_1__art_2__para_1__list_1__point_b__authorialNote_4"]
    assert result.counts == {"preamble": 2, "operative": 3, "points": 0, "notes": 2, "star_note": 0}
    assert [p for p in validate_tree(root) if p.severity == "error"] == []


OMNIBUS = [ANNEXES / "res-80-412.en.clean.txt", ANNEXES / "res-80-412.en.pdf-extracted.txt"]


@pytest.mark.parametrize("path", OMNIBUS)
def test_an_appendix_of_an_annex(path):
    """A GA omnibus resolution in sections (notes in headings) whose annex, in headed sections
    with notes of its own, ends with 'Appendix' / 'Model terms of reference' and paragraphs 1
    and 2 of its own.  The appendix was plain text and its paragraphs became the annex's last
    section's, eIds att_1__para_1-2 (PDF text: label, title and paragraph 1 in one paragraph)."""
    result, root = convert(path)
    (appendix,) = xp(root, "//a:attachment//a:mainBody/a:hcontainer")
    assert (appendix.get("eId"), appendix.get("name")) == ("att_1__appendix_1", "appendix")
    assert texts(appendix, "a:num") == ["Appendix"]
    assert texts(appendix, "a:heading") == ["Model terms of reference"]
    assert xp(appendix, "a:paragraph/@eId") == ["att_1__appendix_1__para_1", "att_1__appendix_1__para_2"]
    assert texts(appendix, "a:paragraph[1]//a:p") == ["The humanitarian country team shall meet at least once a month."]
    assert xp(root, "//a:attachment//a:mainBody/*/@eId") == ["att_1__sec_I", "att_1__sec_II", "att_1__appendix_1"]
    assert xp(root, "//a:attachment//a:section[@eId='att_1__sec_II']/a:paragraph/@eId") == ["att_1__para_3"]
    assert xp(root, "//a:attachment//a:authorialNote/@eId") == ["att_1__authorialNote_4", "att_1__para_1__authorialNote_5"]
    assert xp(root, "//a:attachment//a:point[last()]//a:ref/@href") == ["#att_1__para_1", "#para_9"]
    assert result.counts == {"preamble": 3, "operative": 9, "points": 2, "notes": 3, "star_note": 0}
    assert [p for p in validate_tree(root) if p.severity == "error"] == []
    page = render(result.xml)
    assert '<span class="num">Appendix</span> Model terms of reference' in page
    text = plain_text(root)
    assert "\nAppendix Model terms of reference\n\n1. The humanitarian country team" in text


def test_a_point_ended_by_and_is_complete_in_pdf_text():
    """'(b) Identify gaps; and' / '(c) Make recommendations.' on consecutive lines (and 'a) … ;
    et' / 'b) …' in French): the line ending on the conjunction ran on into the next point, which
    was lost ((c) inside (b)'s text)."""
    result = convert_file(DATA / "sections" / "A-RES-80-500.en.pdf.txt", Options())
    root = etree.fromstring(result.xml)
    points = xp(root, "//a:attachment//a:paragraph[@eId='att_1__para_2']//a:point")
    assert [p.get("eId")[-7:] for p in points] == ["point_a", "point_b", "point_c"]
    assert [texts(p, ".//a:p") for p in points] == [["Review progress;"], ["Identify gaps; and"],
                                                    ["Make recommendations."]]
    text = (ANNEXES / "res-2025-31.fr.pdf-extracted.txt").read_text("utf-8")
    assert text.count("renseignements ;\n") == 1
    result = convert_text(text.replace("renseignements ;\n", "renseignements ; et\n"), Options(shape="pdf"))
    root = etree.fromstring(result.xml)
    assert texts(root, "//a:point/a:num") == ["a)", "b)"]
    assert texts(root, "//a:point[1]//a:p") == ["Échangent des renseignements ; et"]


@pytest.mark.parametrize("path", OMNIBUS)
def test_annex_section_numbers_alone_on_their_line(path):
    """The annex's sections printed 'I' / 'Purpose' and 'II' / 'Principles' (the number alone on
    its line, as in the operative part): sections with the same eIds as 'I. Purpose'.  The bare
    number ran into the annex's title (clean) or into a paragraph with its heading and
    paragraph 1 (PDF text), and no section was read."""
    text = path.read_text("utf-8")
    for num, heading in (("I", "Purpose"), ("II", "Principles")):
        (line,) = [ln for ln in text.split("\n") if ln.strip() == f"{num}. {heading}"]
        indent = line[:len(line) - len(line.lstrip())]
        text = text.replace(line, f"{indent}{num}\n\n{indent}{heading}" if ".clean." in path.name
                            else f"{indent}{num}\n{indent}{heading}")
    result = convert_text(text, Options())
    root = etree.fromstring(result.xml)
    assert xp(root, "//a:attachment//a:preface//a:docTitle/text()") == [
        "Guidelines on the coordination of humanitarian assistance in the field"]
    assert xp(root, "//a:attachment//a:mainBody/*/@eId") == ["att_1__sec_I", "att_1__sec_II", "att_1__appendix_1"]
    assert texts(root, "//a:attachment//a:section/a:num") == ["I", "II"]
    assert texts(root, "//a:attachment//a:section/a:heading") == ["Purpose", "Principles"]
    assert xp(root, "//a:attachment//a:section[1]/a:paragraph/@eId") == ["att_1__para_1", "att_1__para_2"]
    assert xp(root, "//a:attachment//a:section[2]/a:paragraph/@eId") == ["att_1__para_3"]
    assert result.counts == convert(path)[0].counts
    assert [p for p in validate_tree(root) if p.severity == "error"] == []


def test_articles_under_a_bare_section_number_keep_the_annex_eids():
    """"Chapitre II" cut before its number leaves "II" alone on its line: a headed section,
    whose articles keep the annex's eIds (att_1__art_3) as its paragraphs do; the profile rule
    wanted them under the section's eId and refused the document."""
    path = ANNEXES / "res-80-277.fr.clean.txt"
    text = path.read_text("utf-8")
    assert "\nChapitre II\n" in text
    result = convert_text(text.replace("\nChapitre II\n", "\nChapitre\nII\n"), Options())
    root = etree.fromstring(result.xml)
    section = xp(root, "//a:attachment//a:section")[-1]
    assert section.get("eId") == "att_1__sec_II"
    assert [a.get("eId") for a in section.iterfind("a:article", NS)][:1] == ["att_1__art_3"]
