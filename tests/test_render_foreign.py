"""``render`` and ``text`` on Akoma Ntoso documents akn-convert did not write (tests/data/foreign:
a debate with notes in meta/notes, a decision with divisions, tables and quoted structures, an
act with a prefixed namespace and a table of contents, a Persian judgment, a documentCollection
with its components written inline): every word of the body on the page in order, anchors named
after the eIds, links that resolve inside the page, the language and its direction, valid HTML5."""

from __future__ import annotations

import subprocess

import lxml.html
import pytest
from lxml import etree

from conftest import DATA, NS

FOREIGN = DATA / "foreign"
NAMES = sorted(p.stem for p in FOREIGN.glob("*.xml"))


def page(name: str):
    from akn_convert.writers.html import render_file

    return lxml.html.document_fromstring(render_file(FOREIGN / f"{name}.xml"))


def root_of(name: str):
    return etree.parse(str(FOREIGN / f"{name}.xml")).getroot()


def flat(el) -> str:
    return " ".join(el.text_content().split())


def page_words(doc) -> list[str]:
    """The words of the page's main part, elements set apart (a number from its paragraph),
    note markers left out."""
    from akn_convert.validate.textcheck import words

    main = doc.cssselect("main")[0] if doc.tag == "html" else doc
    for marker in main.cssselect("sup.noteref"):
        marker.drop_tree()
    return words(" ".join(main.itertext()))


def test_the_foreign_documents_are_there():
    assert NAMES == ["act-prefixed", "bill-corner-cases", "collection-components", "debate-notes-meta", "decision-structures",
                     "judgment-fas"]


def in_order(expected: list[str], found: list[str]) -> list[str]:
    """The words of ``expected`` that are not in ``found`` in the same order."""
    it = iter(found)
    return [w for w in expected if not any(w == m for m in it)]


@pytest.mark.parametrize("name", NAMES)
def test_every_word_of_the_text_is_on_the_page_in_order(name):
    """The words ``akn-convert text`` gives are on the page: the body in order, then each note
    in the list of notes."""
    from akn_convert.validate.textcheck import words
    from akn_convert.writers.text import NOTES_RULE, plain_text

    body, _, notes = plain_text(root_of(name)).partition(NOTES_RULE)
    doc = page(name)
    assert len(words(body)) > 10
    assert in_order(words(body), page_words(doc)) == []
    listed = [" ".join(words(flat(li))) for li in doc.cssselect(".notes li.note")]
    for note in notes.split("\n\n"):
        if note.strip():
            assert any(" ".join(words(note)) in li for li in listed), note


def anchor_problems(doc, root) -> list[str]:
    """What is wrong with the page ``doc`` of the AKN document ``root``: an id given twice, an
    element of the text with an eId (metadata aside) that is no anchor of the page, an in-page
    link landing nowhere."""
    ids = [e.get("id") for e in doc.iter() if e.get("id")]
    problems = [f"id {i} twice" for i in sorted({i for i in ids if ids.count(i) > 1})]
    eids = {e.get("eId") for e in root.xpath("//a:*[@eId][not(ancestor::a:meta)]", namespaces=NS)}
    problems += [f"eId {e} is no anchor" for e in sorted(eids - set(ids))]
    hrefs = [a.get("href") for a in doc.iter("a") if (a.get("href") or "").startswith("#")]
    return problems + [f"link {h} lands nowhere" for h in hrefs if h[1:] not in ids]


@pytest.mark.parametrize("name", NAMES)
def test_anchors_are_the_eids_and_links_resolve_in_the_page(name):
    doc = page(name)
    assert anchor_problems(doc, root_of(name)) == []
    # (these documents have eIds and links within the page)
    assert root_of(name).xpath("//a:*[@eId][not(ancestor::a:meta)]", namespaces=NS)
    assert [a for a in doc.iter("a") if (a.get("href") or "").startswith("#")]


def test_notes_kept_in_the_metadata_are_listed_and_linked_both_ways():
    doc = page("debate-notes-meta")
    notes = doc.cssselect(".notes li.note")
    assert [n.get("id") for n in notes] == ["not01", "not02"]
    assert [flat(n.cssselect(".note-text")[0]) for n in notes] == [
        "BES: the Basic Education System.", "Corrected in the Official Report of the next sitting."]
    for note in notes:
        back = note.cssselect(".note-marker")[0]
        ref = doc.get_element_by_id(back.get("href")[1:])
        assert ref.get("href") == "#" + note.get("id") and flat(ref) == flat(back)
    assert [flat(m) for m in doc.cssselect(".note-marker")] == ["1", "†"]


def test_a_debate_reads_as_a_debate():
    doc = page("debate-notes-meta")
    assert doc.cssselect(".un-name") == []  # not a UN document
    assert flat(doc.cssselect("h1.title")[0]) == "SECOND MEETING, 2011"
    speakers = [flat(p) for p in doc.cssselect("p.from")]
    assert speakers == ["Mr. Alfa:", "Mr. Speaker:", "Mr. Alfa", "Mr. Beta"]
    assert flat(doc.cssselect("p.summary#summary_1")[0]) == "(Question carried by 72 to 56 votes)"
    assert flat(doc.cssselect("p.scene")[0]) == "(Loud consultation)"
    assert doc.cssselect("time.akn-recordedTime")[0].get("datetime") == "2011-06-10T10:02:00+02:00"
    # headings nest under the hidden h2 of the part they are in
    assert [h.tag for h in doc.cssselect("section.debateSection > .heading")] == ["h3", "h3", "h3"]


def test_a_decision_with_divisions_tables_and_quotes():
    doc = page("decision-structures")
    assert doc.cssselect(".un-name") == []  # a CBD decision (/akn/int/)
    assert flat(doc.cssselect(".masthead .symbol")[0]) == "IX/16"
    cells = [flat(c) for c in doc.cssselect("table#table_1 td")]
    assert cells == ["Cell intro: Cell quote one.", "Cell two."]
    assert doc.cssselect("#table_1__block_1 > blockquote.embeddedStructure")
    items = doc.cssselect("#dvs_nn_1__para_6__list_1 > .item")
    assert [flat(i.cssselect(".num")[0]) for i in items] == ["(a)", "(b)"]
    assert flat(doc.cssselect("#dvs_nn_1__hcontainer_1")[0]) == "Text between paragraphs"
    # a note the document raised itself (<sup><authorialNote/></sup>) is not raised twice
    marker = doc.get_element_by_id("dvs_nn_1__para_5__p_1__authorialNote_1-ref")
    assert [a.get("class") for a in marker.iterancestors() if a.tag == "sup"] == ["noteref"]
    # the annex: its heading, its subheading on a line of its own, its own body
    annex = doc.get_element_by_id("att_1")
    assert flat(annex.cssselect(".heading")[0]) == "Annex"
    assert flat(annex.cssselect("p.subheading")[0]) == "Strategy for the practical implementation"
    assert "The annex strategy has been developed" in flat(annex)
    ref = doc.get_element_by_id("dvs_nn_1__para_5__p_1__authorialNote_1__p_1__ref_1")
    assert ref.get("href") == "https://undocs.org/en/A/RES/65/161"


def test_an_act_with_a_prefixed_namespace_and_a_table_of_contents():
    doc = page("act-prefixed")
    assert doc.get("lang") == "en" and doc.cssselect(".un-name") == []
    toc = doc.cssselect("nav.toc a")
    assert [(flat(a), a.get("href")) for a in toc] == [("Chapter 1 – Definitions", "#chp_1"),
                                                        ("Chapter 2 – Water services", "#chp_2")]
    assert flat(doc.cssselect("h1.title")[0]) == "Water Services Act, 12 of 2009"
    assert [h.tag for h in doc.cssselect("#chp_1 > .heading, #chp_1__sec_1 > .heading")] == ["h3", "h4"]
    assert flat(doc.cssselect("p.crossHeading")[0]) == "General provisions"
    assert flat(doc.cssselect("#chp_2__sec_2__subsec_2__mod_1__qstr_1__sec_4")[0]) == \
        "4. Tariffs A municipality sets tariffs by by-law."
    assert doc.cssselect("img")[0].get("alt") == "Standpipe layout"


def test_a_judgment_in_a_right_to_left_language_without_labels():
    doc = page("judgment-fas")
    assert doc.get("lang") == "fa" and doc.get("dir") == "rtl"
    # the header is the judgment's front matter: its title and parties are on the page
    assert flat(doc.cssselect("h1.title")[0]) == "رأی شماره ۱۲۳۴"
    assert flat(doc.cssselect(".line.party")[0]) == "خواهان: علی رضایی"
    assert [e.get("id") for e in doc.cssselect("main .operative > div")] == [
        "intro_1", "background_1", "motivation_1", "decision_1"]


def test_a_collection_shows_its_components():
    doc = page("collection-components")
    assert doc.get("lang") == "fr"
    components = doc.cssselect("div.component")
    assert [c.get("id") for c in components] == ["cmp_1", "cmp_2"]
    assert page_words(components[0])[:5] == ["La", "Réunion", "1", "Décide", "de"]
    assert flat(components[1]) == "Le rapport a été adopté sans vote."
    assert [h.text_content() for h in doc.cssselect("main h2")] == ["Texte", "Notes"]


def test_corner_cases_of_a_bill():
    doc = page("bill-corner-cases")
    assert doc.get("lang") == "he" and doc.get("dir") == "rtl"
    assert doc.cssselect(".masthead .organ") == []  # no organ named: no empty line for it
    assert [flat(p) for p in doc.cssselect(".masthead .distribution p")] == ["Cover line", "In a container"]
    links = {flat(a): a.get("href") for a in doc.cssselect("main a") if flat(a) in {"x", "y"}}
    assert links == {"x": None, "y": "#art_1"}  # "#nowhere" is not in the page: no link
    assert doc.cssselect("img") == []  # its source would run a script: not shown
    assert [flat(n.cssselect(".note-marker")[0]) for n in doc.cssselect(".notes li.note")] == ["1", "2"]
    inner = doc.get_element_by_id("art_1__n2-ref")  # the note inside the note links to its place
    assert [li.get("id") for li in inner.iterancestors("li")] == ["art_1__n1"]
    assert flat(doc.cssselect("sup.noteref")[1]) == "9"  # a noteRef to no note: its marker, no link
    assert doc.cssselect("sup.noteref")[1].cssselect("a") == []
    assert [e.tag for e in doc.cssselect(".foreign math *")] == ["mi"]
    assert doc.cssselect("td")[0].get("rowspan") == "2"
    assert flat(doc.get_element_by_id("att_1")) == "Schedule title Schedule body"
    assert [d.tag for d in doc.cssselect("ol > li > ul > li")] == ["li"]


@pytest.mark.parametrize("code, tag, direction", [
    ("fas", "fa", "rtl"), ("heb", "he", "rtl"), ("urd", "ur", "rtl"), ("deu", "de", "ltr"),
    ("ger", "de", "ltr"), ("und", "und", "ltr"), ("", "und", "ltr"), ("qqq", "und", "ltr")])
def test_language_tag(code, tag, direction):
    from akn_convert.writers.html import language_tag

    assert language_tag(code) == (tag, direction)


# ------------------------------------------------------------------ text


def text_of(name: str, *args: str) -> str:
    done = subprocess.run([*AKN_CONVERT, "text", str(FOREIGN / f"{name}.xml"), *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == ""
    return done.stdout


AKN_CONVERT = ["python", "-m", "akn_convert"]


@pytest.fixture(autouse=True, scope="module")
def _interpreter():
    import sys

    AKN_CONVERT[0] = sys.executable


def test_text_of_a_debate_one_paragraph_a_line_notes_after_the_rule():
    paragraphs = text_of("debate-notes-meta").rstrip("\n").split("\n\n")
    assert paragraphs[:2] == ["The House met at 10.02 a.m.", "[MR. SPEAKER IN THE CHAIR]"]
    assert "(Question carried by 72 to 56 votes)" in paragraphs  # one paragraph, not five
    assert paragraphs[-3:] == ["---", "BES: the Basic Education System.",
                               "Corrected in the Official Report of the next sitting."]


def test_text_keeps_inline_links_in_their_sentence():
    assert text_of("act-prefixed").rstrip().endswith("see the government portal.")


def test_text_of_a_judgment_with_its_header_in_front():
    assert text_of("judgment-fas").startswith("پرونده در تاریخ یاد شده مطرح شد.")
    front = text_of("judgment-fas", "--front").split("\n\n")
    assert front[:2] == ["رأی شماره ۱۲۳۴", "دیوان عالی کشور"]


def test_text_of_a_document_with_an_annex_ends_with_the_annex():
    paragraphs = text_of("decision-structures").split("\n---\n")[0].rstrip().split("\n\n")
    assert paragraphs[-4:] == ["Annex", "Strategy for the practical implementation", "I. Objectives and background",
                               "1. The annex strategy has been developed to assist Parties."]


def test_text_of_a_collection_has_each_component():
    assert text_of("collection-components").split("\n\n")[:3] == [
        "La Réunion,", "1. Décide de tenir sa prochaine session en 2022;", "Le rapport a été adopté sans vote."]


# ------------------------------------------------------------------ validate


def test_validate_says_one_line_per_error(tmp_path):
    bad = tmp_path / "bad.xml"
    text = (FOREIGN / "debate-notes-meta.xml").read_text(encoding="utf-8")
    bad.write_text(text.replace(' refersTo="#noes"', "").replace("<from>Mr. Alfa:</from>",
                                                                 "<from>Mr. Alfa:</from><bogus/>"), encoding="utf-8")
    done = subprocess.run([*AKN_CONVERT, "validate", "--schema-only", str(bad)],
                          capture_output=True, text=True, timeout=120)
    lines = done.stderr.strip().split("\n")
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert len(lines) == 3 and all(line.startswith(f"{bad}:") or line.startswith("akn-convert:") for line in lines)
    assert "speech (eId dbsect_1__speech_1): schema: Unexpected child with tag 'bogus'" in lines[0]
    assert "quantity[2] (eId quantity_2): schema: missing required attribute 'refersTo'" in lines[1]


@pytest.mark.parametrize("name", NAMES)
def test_the_foreign_documents_are_schema_valid(name):
    from akn_convert.validate.files import validate_file

    assert [p for p in validate_file(FOREIGN / f"{name}.xml", profile=False) if p.severity == "error"] == []


# ------------------------------------------------------------------ HTML5


def test_the_pages_are_valid_html5(tmp_path):
    from akn_convert.writers.html import render_file
    from test_render_valid_html5 import html5_problems

    paths = []
    for name in NAMES:
        paths.append(tmp_path / f"{name}.html")
        paths[-1].write_text(render_file(FOREIGN / f"{name}.xml"), encoding="utf-8")
    assert html5_problems(paths) == []
