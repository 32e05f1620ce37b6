"""``render``, ``text`` and ``validate`` on Akoma Ntoso documents written by others, most of them
as their publishers wrote them (tests/data/foreign-akn, sources in its README): the OASIS
standard's Kenyan debate, a Tanzanian constitution in Swahili (Laws.Africa), indigo's table with
broken spans, bluebell's CBD decision and nested annexes, a memorandum with wId in place of
eId, an AKN4UN sample and a UN resolution fixture of other projects, an Italian law as
Normattiva's exports write it, The Tempest as SayIt exports a transcript, the metadata of a
judgment of the National Archives (no text), an Italian Senate amendment in a committee draft's
namespace, and one made here with the shapes the schema allows that the UN's documents do not
use.

Every word of the body is on the page in order and in ``text`` exactly, notes in the list of
notes; headings, numbers, anchors and links are there; the pages are valid HTML5; ``validate``
says each problem on one line with its line and element path."""

from __future__ import annotations

import subprocess
import sys

import lxml.html
import pytest
from lxml import etree

from conftest import DATA

FOREIGN = DATA / "foreign-akn"
NAMES = sorted(p.stem for p in FOREIGN.glob("*.xml"))
DRAFT = "senato-it-emendamento-755-1.1"  # (a committee draft's namespace: no AKN 3.0 document)
META_ONLY = "tna-ukpc-2025-47-meta"  # (the metadata of a judgment, no text)
RENDERED = [name for name in NAMES if name != DRAFT]


def test_the_documents_are_there():
    assert NAMES == ["akn4un-sample-79-275", "aurora-it-legge-241-1990-fixture", "bluebell-cbd-debatereport",
                     "bluebell-nested-attachments", "bungenix-memorandum-wid", "indigo-tables-bad-spans",
                     "laws-africa-tz-katiba-swa-excerpt", "me-judgment-example", "oasis-ke-debate-2011-06-10",
                     "regula-unga-79-100-fixture",
                     "sayit-the-tempest-excerpt", DRAFT, "shapes-act-everything", META_ONLY]
    readme = (FOREIGN / "README.md").read_text(encoding="utf-8")
    assert all(f"{name}.xml" in readme for name in NAMES)


def root_of(name: str) -> etree._Element:
    return etree.parse(str(FOREIGN / f"{name}.xml")).getroot()


_pages: dict[str, str] = {}


def html_of(name: str) -> str:
    from akn_convert.writers.html import render_file

    if name not in _pages:
        _pages[name] = render_file(FOREIGN / f"{name}.xml")
    return _pages[name]


def page(name: str):
    return lxml.html.document_fromstring(html_of(name))


def flat(el) -> str:
    return " ".join(el.text_content().split())


def source_words(root: etree._Element) -> tuple[list[str], list[list[str]]]:
    """The words of the document outside its metadata and the code of foreign markup, in
    document order, a word running on through inline elements ("H<sub>2</sub>O"): the body's,
    and each note's."""
    from akn_convert.aknxml import AKN, INLINE, is_code
    from akn_convert.validate.textcheck import words

    body: list[str] = []
    notes: list[list[str]] = []

    def walk(el, out):
        if not isinstance(el.tag, str) or el.tag == AKN + "meta" or is_code(el):
            return
        if el.tag == AKN + "authorialNote":
            notes.append(out := [])
        block = el.tag.rpartition("}")[2] not in INLINE
        out.append(" " if block else "")
        out.append(el.text or "")
        for child in el:
            walk(child, out)
            out.append(child.tail or "")
        out.append(" " if block else "")

    walk(root, body)
    return words("".join(body)), [words("".join(note)) for note in notes]


HTML_INLINE = {"a", "abbr", "b", "i", "u", "sub", "sup", "span", "time", "ins", "del", "code"}


def page_words(doc) -> list[str]:
    """The words of the page a reader reads as the text (masthead and main part), note markers,
    the list of notes and the hidden headings of the parts left out."""
    from akn_convert.validate.textcheck import words

    body = (doc.cssselect("body") or [doc])[0]  # (the page, or a part of it)
    for selector in ("a.skip-link", "footer.colophon", "section.notes", "sup.noteref", "h2.visually-hidden"):
        for el in body.cssselect(selector):
            el.drop_tree()
    out: list[str] = []

    def walk(el):
        if not isinstance(el.tag, str):
            return
        block = el.tag not in HTML_INLINE
        out.extend([" " if block else "", el.text or ""])
        for child in el:
            walk(child)
            out.append(child.tail or "")
        out.append(" " if block else "")

    walk(body)
    return words("".join(out))


def in_order(expected: list[str], found: list[str]) -> list[str]:
    """The words of ``expected`` not found in ``found`` in the same order."""
    it = iter(found)
    return [w for w in expected if not any(w == m for m in it)]


@pytest.mark.parametrize("name", RENDERED)
def test_every_word_of_the_body_is_on_the_page_in_order_and_the_notes_in_the_list(name):
    from akn_convert.validate.textcheck import words

    body, notes = source_words(root_of(name))
    doc = page(name)
    assert len(body) > 20 or name == META_ONLY
    assert in_order(body, page_words(page(name))) == []
    listed = [" ".join(words(flat(li.cssselect(".note-text")[0]))) for li in doc.cssselect("section.notes li.note")]
    assert [note for note in notes if not any(" ".join(note) in text for text in listed)] == []


@pytest.mark.parametrize("name", RENDERED)
def test_text_gives_the_same_words_in_the_same_order(name):
    """``text --front`` (front matter included) gives exactly the words of the document, then
    the notes after the rule."""
    from akn_convert.validate.textcheck import words
    from akn_convert.writers.text import NOTES_RULE, plain_text

    body, notes = source_words(root_of(name))
    text = plain_text(root_of(name), front=True)
    front_and_body, _, listed = text.partition("\n" + NOTES_RULE + "\n")
    assert words(front_and_body) == body
    # each note, then the notes kept in the metadata that the text points at
    listed_notes = {tuple(words(n)) for n in listed.split("\n\n") if n.strip()}
    assert [n for n in notes if n and tuple(n) not in listed_notes] == []


@pytest.mark.parametrize("name", RENDERED)
def test_anchors_are_the_eids_and_in_page_links_land(name):
    from test_render_foreign import anchor_problems

    assert anchor_problems(page(name), root_of(name)) == []


def test_the_oasis_debate():
    doc = page("oasis-ke-debate-2011-06-10")
    assert flat(doc.cssselect("h1.title")[0]) == flat(doc.cssselect("title")[0]) == "SECOND MEETING, 2011"
    # no number: the masthead does not print the work IRI as if it were one (the colophon has it)
    assert doc.cssselect(".masthead .symbol") == [] and flat(doc.cssselect(".masthead .organ")[0]) == "Parliament"
    assert "/akn/ke/minutes/2011-06-10/eng@/!main" in flat(doc.cssselect("footer.colophon")[0])
    assert [flat(h) for h in doc.cssselect("section.operative h3")] == [
        "PRAYERS", "MOTIONS", "QUORUM", "DIVISION", "RECOUT OF VOTES", "STATEMENTS", "ORAL ANSWERS TO QUESTIONS",
        "ADJOURNMENT"]
    assert [flat(h) for h in doc.cssselect("#dbsect_6 h4, #dbsect_6 h5")] == [
        "MINISTRY OF EDUCATION AND SPORTS", "Professional Training in the Republic of BUNGENI"]
    assert [flat(p) for p in doc.cssselect("p.from")][:3] == ["Mr. Alfa:", "Mr. Epsilon:", "The Speaker:"]
    # the note kept in the metadata, pointed at from the answer, both ways
    note = doc.get_element_by_id("not01")
    assert flat(note.cssselect(".note-text")[0]) == "BES: definition of Educational System"
    assert doc.get_element_by_id("not01-ref").get("href") == "#not01"
    assert [t.get("datetime") for t in doc.cssselect("time.akn-recordedTime")][:2] == [
        "2011-06-10T10:02:00+02:00", "2011-06-10T10:30:00+02:00"]


def test_an_act_without_a_preface_is_titled_from_its_metadata():
    """A Laws.Africa act names itself only in FRBRalias: that title is the page's (visible) h1;
    its chapters, parts and sections head sections, a part with a number and no heading too."""
    doc = page("laws-africa-tz-katiba-swa-excerpt")
    assert doc.get("lang") == "sw"
    h1 = doc.cssselect("h1")
    assert [(h.get("class"), flat(h)) for h in h1] == [("title", "Katiba ya Jamhuri ya Muungano wa Tanzania, ya Mwaka")]
    assert flat(doc.cssselect("title")[0]) == "1 – Katiba ya Jamhuri ya Muungano wa Tanzania, ya Mwaka"
    assert [(h.tag, flat(h)) for h in doc.cssselect("main .heading")] == [
        ("h3", "Kwanza (ib 1-32)"), ("h4", "Kwanza Jamhuri ya muungano na watu (ib 1-5)"),
        ("h5", "1. Kutangaza jamhuri ya muungano"), ("h5", "5. Haki ya kupiga kura"), ("h4", "Pili"), ("h5", "6. Tafsiri")]
    points = doc.cssselect("#chp_Kwanza__part_Kwanza__sec_5__subsec_2 .paragraph > .num")
    assert [flat(n) for n in points] == ["(a)", "(b)"]


def test_a_title_the_text_prints_is_not_shown_twice():
    """The h1 of a document whose docTitle is printed in its front matter is that line: the
    metadata's title (FRBRalias) adds no second one."""
    doc = page("bluebell-cbd-debatereport")  # (FRBRalias "Untitled", no docTitle: the alias)
    assert [flat(h) for h in doc.iter("h1")] == ["Untitled"]
    doc = page("bungenix-memorandum-wid")  # a docTitle in the preface
    assert [(h.get("class"), flat(h)) for h in doc.iter("h1")] == [
        ("title", "MEMORANDUM ON THE OBJECTS OF THE HIGHER EDUCATION LAWS AMENDMENT BILL, 2010")]
    assert flat(doc.cssselect("main h3.heading")[0]) == "1. MAIN OBJECT OF BILL"


def test_a_table_with_spans_past_its_rows_and_empty_rows():
    doc = page("indigo-tables-bad-spans")
    first = doc.get_element_by_id("att_1__table_2")
    assert [len(tr.cssselect("td")) for tr in first.cssselect("tr")] == [2, 1, 1, 1, 1]  # (the empty rows left out)
    cell = first.cssselect("td")[0]
    assert cell.get("rowspan") == "5"  # (12 in the XML: as many rows as the table has)
    assert len(cell.cssselect("br")) == 5 and page_words(cell)[:4] == ["Nature", "of", "ownership", "or"]


def test_foreign_markup_shows_its_words_not_its_code():
    doc = page("shapes-act-everything")
    foreign = [flat(f) for f in doc.cssselect(".foreign")]
    assert foreign[1:] == ["Marker buoy", "Rates apply daily."]
    assert [e.tag for e in doc.cssselect(".foreign math *")] == ["mi", "mo", "mn", "mi"]
    assert "alert(2)" not in html_of("shapes-act-everything") and "alert(3)" not in html_of("shapes-act-everything")
    assert doc.cssselect("script, style:not(head style)") == []
    from akn_convert.writers.text import plain_text

    text = plain_text(root_of("shapes-act-everything")).split("\n\n")
    assert "L = 2 t" in text and "Marker buoy" in text and "Rates apply daily." in text
    assert not [p for p in text if "alert" in p]


def test_text_keeps_the_words_between_blocks_in_one_paragraph():
    """A paragraph quoting a structure: the words before it, inline elements and all, are one
    paragraph of the text, the quoted paragraph another, the words after it a third."""
    from akn_convert.writers.text import plain_text

    text = plain_text(root_of("shapes-act-everything")).split("\n\n")
    start = text.index("Recommends the draft below for adoption:")
    assert text[start:start + 3] == ["Recommends the draft below for adoption:", "The Assembly adopts the plan.",
                                     "as amended."]
    assert "(1) A person who obstructs a harbour officer commits an offence punishable by a fine of [amount] or …" \
           " [Subsection amended by Act 2 of 2021.] and the court may order restitutioncompensation." in text


def test_validate_says_why_a_block_has_no_place_in_a_line_of_text():
    done = run("validate", "--schema-only", str(FOREIGN / "sayit-the-tempest-excerpt.xml"))
    first = done.stderr.splitlines()[0]
    assert first.endswith(":105: /akomaNtoso/debate/debateBody/debateSection/debateSection/debateSection[1]/narrative[1]: "
                          "schema: Unexpected child with tag 'p' at position 1: narrative holds text and inline elements, not p")


def test_validate_says_a_missing_number_once_and_plainly():
    done = run("validate", str(FOREIGN / "akn4un-sample-79-275.xml"))
    said = [line for line in done.stderr.splitlines() if "FRBRnumber" in line]
    assert [line.partition(": profile: ")[2] for line in said] == [
        "FRBRWork has no FRBRnumber: AKN4UN gives there the document's number (its symbol in showAs)"]
    # every profile problem has its line and its element, a rule on an attribute too
    located = [line for line in done.stderr.splitlines() if "on identification names" in line]
    assert located == [f"{FOREIGN / 'akn4un-sample-79-275.xml'}:7: /akomaNtoso/statement/meta/identification: "
                       "profile: source=\"#DGACM\" on identification names no entry of meta/references"]


def test_markup_of_another_vocabulary_outside_foreign_shows_its_words_not_its_code():
    from akn_convert.validate.textcheck import words
    from akn_convert.writers.html import render
    from akn_convert.writers.text import plain_text

    xml = b"""<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" xmlns:x="urn:x"
      xmlns:h="http://www.w3.org/1999/xhtml"><act name="act"><meta/><body>
      <x:block>Loose foreign block <x:em>words</x:em></x:block>
      <section eId="s1"><num>1</num><content><p>Text <x:mark>marked</x:mark> and <h:script>alert(2)</h:script>
      <h:style>p{}</h:style>end.</p></content></section></body></act></akomaNtoso>"""
    doc = lxml.html.document_fromstring(render(xml))
    assert page_words(doc.cssselect("section.operative")[0]) == ["Loose", "foreign", "block", "words", "1", "Text", "marked", "and", "end"]
    assert [flat(s) for s in doc.cssselect("main span.foreign")] == ["Loose foreign block words", "marked", "", ""]
    assert words(plain_text(etree.fromstring(xml))) == ["Loose", "foreign", "block", "words", "1", "Text", "marked", "and",
                                                         "end"]


def test_the_shapes_the_un_does_not_use():
    doc = page("shapes-act-everything")
    assert [(h.get("class"), flat(h)) for h in doc.iter("h1")] == [("title", "Harbour Works Act")]
    # a note in a heading and one in a cell; a note kept in the metadata, pointed at by a noteRef
    assert [flat(li.cssselect(".note-text")[0]) for li in doc.cssselect("li.note")] == [
        "Headings may carry notes.", "Measured at the waterline.", "Gazetted on the second of March."]
    assert doc.get_element_by_id("n_kept-ref").get("href") == "#n_kept"
    # a blockList's introduction and wrap-up around its items
    items = doc.get_element_by_id("sec_1__list_1")
    assert [c.get("class").split()[0] for c in items] == ["listIntroduction", "item", "item", "listWrapUp"]
    assert flat(doc.cssselect("#sec_1__list_1__item_b .text")[0]) == '"works" means H2O barriers and 103 cubic metres of fill;'
    table = doc.get_element_by_id("sec_2__table_1")
    assert flat(table.cssselect("caption")[0]) == "Schedule of fees"
    assert [flat(th) for th in table.cssselect("th")] == ["Vessel", "Fee"]
    assert [(i.get("src"), i.get("alt")) for i in doc.cssselect("img")] == [("plan.png", "Plan of the harbour")]
    # a quoted section is no heading of the page; its quotation marks are
    quoted = doc.get_element_by_id("sec_3__mod_1__qstr_1__sec_4A")
    assert quoted.cssselect(".heading")[0].tag == "p" and flat(quoted) == "4A. Pilots Every pilot holds a licence."
    block = doc.get_element_by_id("sec_3__mod_1__qstr_1")  # set off as a quotation, its marks around it
    assert (block.tag, block.get("class")) == ("blockquote", "quotedStructure")
    assert [flat(m) for m in block.cssselect(".quote-mark")] == ["“", "”"]
    links = {flat(a): a.get("href") for a in doc.cssselect("#sec_3 .akn-ref")}
    assert links["section 99"] is None and links["section 1"] == "#sec_1" and links["the 2001 Act"] is None
    assert page_words(doc.cssselect(".akn-subFlow")[0]) == ["FORM", "A", "Name"]
    # a heading with nothing in it heads nothing
    assert flat(doc.get_element_by_id("sec_7").cssselect(".num")[0]) == "7."
    assert [flat(s) for s in doc.cssselect(".conclusions .akn-signature")] == ["A. Speaker, Speaker"]


def test_a_title_standing_in_the_preface_outside_a_line_is_the_h1():
    doc = page("aurora-it-legge-241-1990-fixture")
    assert [(h.get("class"), flat(h)) for h in doc.iter("h1")] == [
        ("title", "Nuove norme in materia di procedimento amministrativo. (090G0294)")]
    assert [flat(h) for h in doc.cssselect("main h3")] == [
        "Art. 1. Principi generali", "Art. 2. Conclusione del procedimento", "Art. 3."]
    assert "CODICE DELLA NAVIGAZIONE" in flat(doc.cssselect("section.attachments")[0])


def test_a_judgment_of_metadata_alone_is_named_by_it():
    doc = page(META_ONLY)
    assert [(h.get("class"), flat(h)) for h in doc.iter("h1")] == [
        ("title", "Fang Ankong and another v Green Elite Ltd (Virgin Islands)")]
    assert flat(doc.cssselect(".masthead .organ")[0]) == "The Judicial Committee of the Privy Council"
    assert "UKPC" not in flat(doc.cssselect("main")[0])  # (a publisher's metadata is no text)
    done = run("text", str(FOREIGN / f"{META_ONLY}.xml"))
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, "", "")


def test_a_header_setting_its_parts_down_bare_has_a_line_for_each():
    """A judgment's header of courtType, docketNumber, neutralCitation, docDate and judge with no
    lines around them: a line for each on the page and in ``text --front``; the neutral
    citation, else the docket number, is the number the page is known by."""
    doc = page("me-judgment-example")
    assert doc.get("lang") == "sr"
    assert [(p.get("class"), flat(p)) for p in doc.cssselect(".preface > p")] == [
        ("line courtType", "Vrhovni sud Crne Gore"), ("line docketNumber", "Kr-S.br.1/16"),
        ("line neutralCitation", "Kr-S.br.1/16"), ("line docDate", "12.01.2016.godine"),
        ("line judge", "Petar Stojanović")]
    assert flat(doc.cssselect(".masthead .symbol")[0]) == flat(doc.cssselect("title")[0]) == "Kr-S.br.1/16"
    assert doc.cssselect("time.akn-docDate")[0].get("datetime") == "2016-01-12"
    from akn_convert.writers.text import plain_text

    assert plain_text(root_of("me-judgment-example"), front=True).split("\n\n")[:5] == [
        "Vrhovni sud Crne Gore", "Kr-S.br.1/16", "Kr-S.br.1/16", "12.01.2016.godine", "Petar Stojanović"]


def test_speakers_named_only_by_the_iri_of_their_reference():
    """SayIt's exports name a speaker in @by and give its reference no eId: the name is the
    reference's whose IRI ends with it."""
    doc = page("sayit-the-tempest-excerpt")
    assert [flat(p) for p in doc.cssselect(".speech > p.from")] == [
        "Master", "Boatswain", "Master", "Boatswain", "ALONSO", "Boatswain", "MIRANDA"]
    assert [(h.tag, flat(h)) for h in doc.cssselect("main .heading")] == [
        ("h3", "The Tempest"), ("h4", "ACT I"),
        ("h5", "SCENE I. On a ship at sea: a tempestuous noise of thunder and lightning heard."),
        ("h5", "SCENE II. The island. Before PROSPERO'S cell.")]
    lines = doc.cssselect(".speech")[3].cssselect("p:not(.from)")[0]
    assert len(lines.cssselect("br")) == 4 and page_words(lines)[:3] == ["Heigh", "my", "hearts"]


# ------------------------------------------------------------------ HTML5


def test_the_pages_are_valid_html5(tmp_path):
    from test_render_valid_html5 import html5_problems

    paths = []
    for name in RENDERED:
        paths.append(tmp_path / f"{name}.html")
        paths[-1].write_text(html_of(name), encoding="utf-8")
    assert html5_problems(paths) == []


# ------------------------------------------------------------------ the commands


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "akn_convert", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name", RENDERED)
def test_render_and_text_commands(name, tmp_path):
    out = tmp_path / "page.html"
    done = run("render", str(FOREIGN / f"{name}.xml"), "-o", str(out))
    assert (done.returncode, done.stderr) == (0, "") and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    done = run("text", str(FOREIGN / f"{name}.xml"))
    assert (done.returncode, done.stderr) == (0, "") and (done.stdout.strip() or name == META_ONLY)


def test_a_committee_draft_namespace_is_said_in_one_line_by_each_command(tmp_path):
    path = FOREIGN / f"{DRAFT}.xml"
    said = ("not an Akoma Ntoso 3.0 document (the namespace of akomaNtoso is "
            "http://docs.oasis-open.org/legaldocml/ns/akn/3.0/CSD03, not http://docs.oasis-open.org/legaldocml/ns/akn/3.0; "
            "CSD03 is a committee draft, not the OASIS standard)")
    for command in ("render", "text"):
        done = run(command, str(path), *(["-o", str(tmp_path / "x.html")] if command == "render" else []))
        assert (done.returncode, done.stdout, done.stderr) == (1, "", f"akn-convert: {path}: {said}\n")
    assert not (tmp_path / "x.html").exists()
    done = run("validate", str(path))
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == f"{path}:2: /akomaNtoso: xml: {said}"


@pytest.mark.parametrize("name", NAMES)
def test_validate_says_each_problem_on_a_line_with_its_line_and_path(name):
    done = run("validate", str(FOREIGN / f"{name}.xml"))
    assert "Traceback" not in done.stderr
    path = str(FOREIGN / f"{name}.xml")
    if done.returncode == 0:
        assert done.stdout.strip() == f"{path}: valid"
        return
    problems = [line for line in done.stderr.splitlines() if not line.startswith("akn-convert:")]
    assert problems and all(line.startswith(f"{path}:") for line in problems)
    for line in problems:
        where = line[len(path) + 1:].split(": ")
        assert where[0].isdigit() and where[1].startswith("/akomaNtoso")


def test_validate_says_what_a_value_should_be_in_plain_words():
    done = run("validate", str(FOREIGN / "laws-africa-tz-katiba-swa-excerpt.xml"))
    assert done.stderr.splitlines()[0].endswith(
        "9: /akomaNtoso/act/meta/identification/FRBRWork/FRBRdate: schema: attribute date='1977': "
        "expected a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDThh:mm:ss)")
    from akn_convert.validate.files import validate_bytes

    xml = (FOREIGN / "shapes-act-everything.xml").read_bytes().replace(b'width="300"', b'width="wide"')
    assert [p.format() for p in validate_bytes(xml, profile=False)] == [
        "line 91: /akomaNtoso/act/body/section[2]/content/p/img: schema: attribute width='wide': expected a whole number"]
