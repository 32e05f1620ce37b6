"""Headed sections of the operative part ("I" / "Protection of sites", "II. Follow-up", "A.",
"أولا -", "一、"): read as blocks of their own, parsed into sections, written as
``section/num/heading`` with the paragraphs keeping their document-wide eIds, rendered as
headings.  The test resolutions in ``tests/data/sections`` are written in UN style."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree, html

from akn_convert import lang as languages
from akn_convert import readers
from akn_convert.pipeline import Options, convert_file, convert_text
from akn_convert.validate import validate_tree
from akn_convert.validate.textcheck import compare, input_words, output_words
from akn_convert.writers.html import render
from akn_convert.writers.text import plain_text

from conftest import NS

DATA = Path(__file__).parent / "data" / "sections"
EN = ("A-RES-79-950.en.clean.txt", "A-RES-79-950.en.pdf.txt")
FR = ("A-RES-79-951.fr.clean.txt", "A-RES-79-951.fr.pdf.txt")


def convert(name: str):
    result = convert_file(DATA / name, Options())
    return result, etree.fromstring(result.xml)


def sections(root) -> list[dict]:
    """Each section of mainBody: eId, num, heading, eIds of its paragraphs."""
    return [{"eId": s.get("eId"), "num": s.findtext("a:num", namespaces=NS),
             "heading": " ".join("".join(s.find("a:heading", NS).itertext()).split()),
             "paragraphs": [p.get("eId") for p in s.findall("a:paragraph", NS)]}
            for s in root.findall(".//a:mainBody/a:section", NS)]


def top_paragraphs(root) -> list[str]:
    return [p.get("eId") for p in root.findall(".//a:mainBody/a:paragraph", NS)]


def assert_sound(result, root) -> None:
    """Valid against the schema and the profile rules, every word of the input in order."""
    assert [p for p in validate_tree(root) if p.severity == "error"] == []
    doc = result.document
    assert compare(input_words(doc.source_texts, {m: n.text.text for m, n in doc.notes.items()}),
                   output_words(root)) is None


# --------------------------------------------------------------------------- English


@pytest.mark.parametrize("name", EN)
def test_english_sections_hold_their_paragraphs(name):
    result, root = convert(name)
    assert result.shape == ("clean" if ".clean." in name else "pdf")
    last = ("Follow-up" if ".clean." in name
            else "Strengthening of the coordination of emergency humanitarian assistance and follow-up")
    assert sections(root) == [
        {"eId": "sec_I", "num": "I", "heading": "Protection of sites", "paragraphs": ["para_2", "para_3"]},
        {"eId": "sec_II", "num": "II.", "heading": "Cooperation and assistance", "paragraphs": ["para_4", "para_5"]},
        {"eId": "sec_III", "num": "III", "heading": last, "paragraphs": ["para_6"]},
    ]
    assert top_paragraphs(root) == ["para_1"]  # the paragraph before the first section
    # the points keep their eIds under their paragraph
    assert [p.get("eId") for p in root.iterfind(".//a:section/a:paragraph/a:list/a:point", NS)] == [
        "para_3__list_1__point_a", "para_3__list_1__point_b"]
    assert result.counts == {"preamble": 2, "operative": 6, "points": 2, "notes": 1, "star_note": 0}
    assert not [w for w in result.warnings if "paragraph" in w]
    # the heading is not run into the paragraphs around it
    p1 = " ".join("".join(root.find(".//a:paragraph[@eId='para_1']", NS).itertext()).split())
    assert "Protection" not in p1 and p1.endswith("Secretary-General;A/79/300.")
    assert_sound(result, root)


@pytest.mark.parametrize("name", EN)
def test_model_keeps_the_flat_paragraph_list(name):
    doc, _ = convert(name)
    doc = doc.document
    assert [p.number for p in doc.paragraphs] == [1, 2, 3, 4, 5, 6]
    assert [(s.num, s.label, [p.number for p in s.paragraphs]) for s in doc.sections] == [
        ("I", "I", [2, 3]), ("II.", "II", [4, 5]), ("III", "III", [6])]
    # the sections' paragraphs are the document's own objects, not copies
    assert all(any(p is q for q in doc.paragraphs) for s in doc.sections for p in s.paragraphs)
    texts = [t.text for t in doc.texts()]
    assert texts.index("Protection of sites") == texts.index("Welcomes the report of the Secretary-General;") + 1


@pytest.mark.parametrize("name", EN)
def test_reader_gives_a_heading_its_own_block(name):
    text = (DATA / name).read_text("utf-8")
    blocks = [b.text.text for b in readers.read(text, languages.get("en")).blocks]
    i = blocks.index("I")
    assert blocks[i - 1] == "1. Welcomes the report of the Secretary-General;"
    assert blocks[i + 1] == "Protection of sites"
    assert blocks[i + 2] == "2. Calls upon States to implement the Declaration;"
    assert "II. Cooperation and assistance" in blocks
    assert blocks[blocks.index("II. Cooperation and assistance") + 1].startswith("4. Encourages Member States")


def test_render_shows_sections_as_headings():
    result, _ = convert(EN[0])
    page = html.fromstring(render(result.xml))
    operative = page.xpath("//section[@class='operative']")[0]
    heads = [(s.get("id"), " ".join(s.xpath("string(h3)").split())) for s in operative.xpath(".//section[@class='section']")]
    assert heads == [("sec_I", "I Protection of sites"), ("sec_II", "II. Cooperation and assistance"),
                     ("sec_III", "III Follow-up")]
    # the paragraphs keep their anchors, inside their section
    assert page.xpath("//section[@id='sec_I']//*[@id='para_2']") and page.xpath("//*[@id='para_1']")
    assert not page.xpath("//section[@id='sec_I']//*[@id='para_1']")


def test_text_command_gives_number_and_heading_lines():
    """A section's number opens its heading's line, as a paragraph's number opens its text
    (and as the heading of any other AKN document is given)."""
    _, root = convert(EN[0])
    lines = plain_text(root).split("\n\n")
    i = lines.index("I Protection of sites")
    assert lines[i - 1].startswith("1. Welcomes") and lines[i + 1].startswith("2. Calls upon")
    assert lines[lines.index("II. Cooperation and assistance") + 1].startswith("4. Encourages")
    assert "III Follow-up" in lines


# --------------------------------------------------------------------------- French


@pytest.mark.parametrize("name", FR)
def test_french_lettered_sections_before_the_first_paragraph(name):
    result, root = convert(name)
    assert sections(root) == [
        {"eId": "sec_A", "num": "A.", "heading": "Assistance à la lutte antimines", "paragraphs": ["para_1", "para_2"]},
        {"eId": "sec_B", "num": "B", "heading": "Coopération internationale et suivi", "paragraphs": ["para_3", "para_4"]},
    ]
    assert top_paragraphs(root) == []
    assert root.find(".//a:section/a:heading/a:b", NS) is None  # bold is the heading's layout
    assert result.counts == {"preamble": 2, "operative": 4, "points": 2, "notes": 0, "star_note": 0}
    assert [r.get("eId") for r in root.iterfind(".//a:recital", NS)] == ["recs_1__rec_1", "recs_1__rec_2"]
    assert not [w for w in result.warnings if "paragraph" in w]
    assert_sound(result, root)


# --------------------------------------------------------------------------- other languages


@pytest.mark.parametrize("name, expected", [
    ("A-RES-79-952.ar.clean.txt", [("sec_I", "أولا -", "حماية المواقع", ["para_2", "para_3"]),
                                   ("sec_II", "ثانيا -", "المتابعة", ["para_4"])]),
    ("A-RES-79-953.zh.clean.txt", [("sec_I", "一、", "保护遗址", ["para_1", "para_2"]),
                                   ("sec_II", "二.", "后续行动", ["para_3"])]),
    ("A-RES-79-954.ru.clean.txt", [("sec_I", "I", "Защита объектов", ["para_2"]),
                                   ("sec_B", "Б.", "Последующая деятельность", ["para_3"])]),
])
def test_sections_in_other_languages(name, expected):
    result, root = convert(name)
    assert [(s["eId"], s["num"], s["heading"], s["paragraphs"]) for s in sections(root)] == expected
    numbered = [p.number for p in result.document.paragraphs]
    assert numbered == list(range(1, len(numbered) + 1))
    assert not [w for w in result.warnings if "paragraph" in w]
    assert_sound(result, root)


# --------------------------------------------------------------------------- what sections leave alone


def _without_heads(text: str) -> str:
    """The English test resolution with its section heads taken out."""
    for head in ("I\n\nProtection of sites\n\n", "II. Cooperation and assistance\n\n", "III\n\nFollow-up\n\n"):
        assert head in text
        text = text.replace(head, "")
    return text


def test_sections_change_no_count_nor_numbering_warning():
    text = (DATA / EN[0]).read_text("utf-8").replace("4. *Encourages*", "7. *Encourages*")
    headed = convert_text(text)
    plain = convert_text(_without_heads(text))
    assert len(headed.document.sections) == 3 and plain.document.sections == []
    assert headed.counts == plain.counts
    assert headed.warnings == plain.warnings == ["paragraph numbering jumps from 3 to 7",
                                                 "paragraph numbering jumps from 7 to 5"]

    def eids(r):
        return [p.get("eId") for p in etree.fromstring(r.xml).iterfind(".//a:paragraph", NS)]

    assert eids(headed) == eids(plain) == ["para_1", "para_2", "para_3", "para_7", "para_5", "para_6"]
    # the profile's numbering warnings follow paragraphs across a section's start, as without sections
    def warn(r):
        return [p.message for p in validate_tree(etree.fromstring(r.xml)) if p.severity == "warning"]

    assert warn(headed) == warn(plain) and len(warn(headed)) == 2


def test_no_section_where_none_is_printed():
    text = (DATA / EN[0]).read_text("utf-8")
    # a capital letter and a line of text, or a numbered heading, that a recital follows (not a
    # numbered paragraph): text of the preamble, not sections
    text = _without_heads(text).replace(
        "*Deeply concerned*", "A\n\nNew developments\n\nB. Further developments\n\n*Deeply concerned*")
    result = convert_text(text)
    root = etree.fromstring(result.xml)
    assert result.document.sections == [] and root.find(".//a:section", NS) is None
    assert result.counts["operative"] == 6
    assert "New developments" in " ".join(rec.text.text for rec in result.document.recitals)


def test_a_heading_that_reads_like_a_paragraph_is_not_one():
    lang = languages.get("en")
    assert lang.section_head("II. Follow-up") == ("II.", "Follow-up")
    assert lang.section_head("IV") == ("IV", "")
    assert lang.section_head("I. Decides to remain seized of the matter.") is None
    assert lang.section_head("II. Welcomes the report") is None  # an operative opener
    assert lang.section_head("A. to be continued") is None
    assert languages.get("ar").section_label("ثانياً -") == "II"
    assert languages.get("zh").section_head("三、后续行动") == ("三、", "后续行动")
    assert re.fullmatch(r"[A-Z]+", languages.get("ru").section_label("Б."))


# --------------------------------------------------------------------------- a recommended draft


def test_sections_of_a_recommended_draft():
    """A draft quoted whole in a recommending paragraph keeps its sections, eIds under the
    structure's, as its paragraphs have them."""
    from test_nested_draft import TEXT

    text = TEXT.replace("2. *Requests*", "II. Follow-up\n\n2. *Requests*")
    result = convert_text(text)
    root = etree.fromstring(result.xml)
    (draft,) = [p.draft for p in result.document.paragraphs if p.draft]
    assert [(s.num, s.heading.text, [p.number for p in s.paragraphs]) for s in draft.sections] == [
        ("II.", "Follow-up", [2, 3])]
    structure = root.find(".//a:embeddedStructure", NS)
    (section,) = structure.findall("a:section", NS)
    prefix = structure.get("eId") + "__"
    assert section.get("eId") == prefix + "sec_II"
    assert [p.get("eId") for p in section.findall("a:paragraph", NS)] == [prefix + "para_2", prefix + "para_3"]
    assert [p.get("eId") for p in structure.findall("a:paragraph", NS)] == [prefix + "para_1"]
    assert result.counts["operative"] == 3 and result.counts["points"] == 2
    assert_sound(result, root)


# --------------------------------------------------------------------------- sub-sections


def _with_subsections(name: str) -> str:
    """The English test resolution with lettered sub-sections under section I."""
    text = (DATA / name).read_text("utf-8")
    if ".clean." in name:
        pairs = [("Protection of sites\n\n", "Protection of sites\n\nA. Sites of worship\n\n"),
                 ("3. *Urges*", "B\n\nMuseums and archives\n\n3. *Urges*")]
    else:
        pairs = [("Protection of sites\n", "Protection of sites\n" + " " * 32 + "A. Sites of worship\n"),
                 (" " * 21 + "3. Urges", " " * 50 + "B\n" + " " * 40 + "Museums and archives\n" + " " * 21 + "3. Urges")]
    for old, new in pairs:
        assert text.count(old) == 1
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize("name", EN)
def test_subsections_under_a_section(name):
    result = convert_text(_with_subsections(name))
    root = etree.fromstring(result.xml)
    assert [(s["eId"], s["paragraphs"]) for s in sections(root)] == [
        ("sec_I", []), ("sec_II", ["para_4", "para_5"]), ("sec_III", ["para_6"])]
    subs = root.findall(".//a:section[@eId='sec_I']/a:subsection", NS)
    assert [(s.get("eId"), s.findtext("a:num", namespaces=NS), s.findtext("a:heading", namespaces=NS),
             [p.get("eId") for p in s.findall("a:paragraph", NS)]) for s in subs] == [
        ("sec_I__subsec_A", "A.", "Sites of worship", ["para_2"]),
        ("sec_I__subsec_B", "B", "Museums and archives", ["para_3"])]
    (section_i,) = result.document.sections[:1]
    assert [p.number for p in section_i.paragraphs] == [2, 3]
    assert result.counts == {"preamble": 2, "operative": 6, "points": 2, "notes": 1, "star_note": 0}
    assert_sound(result, root)
    page = html.fromstring(render(result.xml))
    assert " ".join(page.xpath("string(//section[@id='sec_I']/h3)").split()) == "I Protection of sites"
    assert " ".join(page.xpath("string(//section[@id='sec_I__subsec_B']/h4)").split()) == "B Museums and archives"
    assert page.xpath("//section[@id='sec_I__subsec_B']//*[@id='para_3']")


@pytest.mark.parametrize("name", EN)
def test_a_subsection_whose_heading_is_lost_keeps_its_number_and_paragraphs(name):
    text = _with_subsections(name)
    text = text.replace("Museums and archives\n\n", "").replace(" " * 40 + "Museums and archives\n", "")
    result = convert_text(text)  # schema-valid and the profile rules pass, or it raises
    root = etree.fromstring(result.xml)
    sub = root.find(".//a:subsection[@eId='sec_I__subsec_B']", NS)
    assert (sub.findtext("a:num", namespaces=NS), sub.find("a:heading", NS),
            [p.get("eId") for p in sub.findall("a:paragraph", NS)]) == ("B", None, ["para_3"])
    assert_sound(result, root)


def test_numbering_warnings_across_subsections():
    text = _with_subsections(EN[0]).replace("3. *Urges*", "5. *Urges*")
    result = convert_text(text)
    assert result.warnings == ["paragraph numbering jumps from 2 to 5", "paragraph numbering jumps from 5 to 4"]
    profile = [p.message for p in validate_tree(etree.fromstring(result.xml)) if p.severity == "warning"]
    assert profile == ["paragraph 5. follows paragraph 2.: numbering has a gap or a repeat",
                       "paragraph 4. follows paragraph 5.: numbering has a gap or a repeat"]


def test_a_heading_printed_twice_is_an_empty_section_with_a_warning():
    """The PDF extraction repeats "A. Assistance à la lutte antimines": the first head holds
    nothing (its words stay, in order), the second its paragraphs; the words check used to fail."""
    text = (DATA / FR[1]).read_text("utf-8")
    head = "A. Assistance à la lutte antimines"
    assert text.count(head) == 1
    result = convert_text(text.replace(head, f"{head}\n\n{head}"), Options())
    root = etree.fromstring(result.xml)
    assert_sound(result, root)
    found = sections(root)
    assert [(s["eId"], s["num"], s["heading"]) for s in found][:2] == [
        ("sec_A", "A.", "Assistance à la lutte antimines"), ("sec_A-2", "A.", "Assistance à la lutte antimines")]
    assert found[0]["paragraphs"] == [] and found[1]["paragraphs"] == ["para_1", "para_2"]
    assert "section A. has no paragraph under its heading" in result.warnings
    assert result.counts == convert(FR[1])[0].counts


def test_paragraphs_only_in_a_sub_section_make_an_operative_part():
    """Paragraphs 1 and 2 lost (lines dropped): the only paragraph left stands in a sub-section;
    the profile rule looked for paragraphs in sections only."""
    text = (DATA / "A-RES-79-954.ru.clean.txt").read_text("utf-8")
    kept = [ln for ln in text.split("\n") if not ln.startswith(("1. ", "2. "))]
    result = convert_text("\n".join(kept), Options())
    root = etree.fromstring(result.xml)
    assert_sound(result, root)
    assert root.xpath("//a:mainBody/a:section/a:subsection/a:paragraph/@eId", namespaces=NS) == ["para_3"]


def test_a_sub_section_head_with_nothing_under_it_before_the_next_section_is_valid():
    """'B' / 'Museums and archives' with its paragraph lost (lines dropped), the head 'II' after it:
    the sub-section holds only its number and heading, as an empty section does; the profile
    rule refused the document."""
    text = _with_subsections(EN[0])
    kept = [ln for ln in text.split("\n") if not ln.startswith(("3. ", "(a) ", "(b) "))]
    result = convert_text("\n".join(kept), Options())
    root = etree.fromstring(result.xml)
    assert_sound(result, root)
    sub_b = root.find(".//a:subsection[@eId='sec_I__subsec_B']", NS)
    assert [c.tag.split("}")[1] for c in sub_b] == ["num", "heading"]
    assert "section B has no paragraph under its heading" in result.warnings
    assert [s["eId"] for s in sections(root)] == ["sec_I", "sec_II", "sec_III"]


def test_sub_sections_after_paragraphs_of_their_section_in_pdf_text():
    """An oceans resolution (PDF text): 'I' over a heading in capitals on two lines; 'II. …' on
    two lines, paragraph 3, then 'A' / 'Data collection' (its note and a page break after it)
    and 'B' over a heading on two lines; 'III' over a heading that reads like a sentence.  'A'
    and 'B' were read as sections of their own, closing section II."""
    result = convert_file(DATA / "A-RES-80-500.en.pdf.txt", Options())
    root = etree.fromstring(result.xml)
    assert_sound(result, root)
    assert [(s["eId"], s["paragraphs"]) for s in sections(root)] == [
        ("sec_I", ["para_1", "para_2"]), ("sec_II", ["para_3"]), ("sec_III", ["para_6", "para_7"])]
    assert sections(root)[0]["heading"] == (
        "IMPLEMENTATION OF THE OUTCOME OF THE WORLD SUMMIT ON SUSTAINABLE OCEANS")
    assert sections(root)[2]["heading"] == "States should act together to protect the oceans"
    subs = root.findall(".//a:section[@eId='sec_II']/a:subsection", NS)
    assert [(s.get("eId"), s.findtext("a:num", namespaces=NS), [p.get("eId") for p in s.findall("a:paragraph", NS)])
            for s in subs] == [("sec_II__subsec_A", "A", ["para_4"]), ("sec_II__subsec_B", "B", ["para_5"])]
    assert subs[0].find("a:heading/a:authorialNote", NS).get("eId") == "sec_II__subsec_A__authorialNote_1"
    assert " ".join("".join(subs[1].find("a:heading", NS).itertext()).split()) == (
        "Capacity-building for developing States")
    assert result.counts == {"preamble": 2, "operative": 7, "points": 0, "notes": 1, "star_note": 0}
    assert not result.warnings


def test_a_heading_that_runs_on_over_a_page_break():
    """'III' / '… emergency humanitarian' / page break / 'assistance of the United Nations': the
    heading's line after the page starts in lower case and goes on the heading.  The head was
    not seen, and paragraph 6 ran into paragraph 5 with it (operative count 6, a numbering jump)."""
    text = (DATA / "A-RES-80-500.en.pdf.txt").read_text("utf-8")
    old = " " * 30 + "States should act together to protect the oceans\n"
    assert text.count(old) == 1
    page = ("25-23456 (E)    050126\n\nA/RES/80/500        Implementation of the outcome of the World Summit on"
            " Sustainable Oceans\n\n\n3/3" + " " * 78 + "25-23456\n")
    text = text.replace(old, " " * 30 + "Strengthening of the coordination of emergency humanitarian\n" + page
                        + " " * 35 + "assistance of the United Nations\n")
    result = convert_text(text, Options(shape="pdf"))
    root = etree.fromstring(result.xml)
    assert_sound(result, root)
    assert sections(root)[-1] == {
        "eId": "sec_III", "num": "III", "paragraphs": ["para_6", "para_7"],
        "heading": "Strengthening of the coordination of emergency humanitarian assistance of the United Nations"}
    assert result.counts["operative"] == 7 and not result.warnings
