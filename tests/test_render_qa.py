"""QA of ``render`` and ``text`` on documents akn-convert did not write and on its own outputs in
the six languages (tests/data/render-qa: two Akoma Ntoso fixtures of Laws.Africa's indigo, one of
its bluebell and a judgment of The National Archives, cut to what is needed, and documents written for these tests, one after the
UN's AKN4UN markup).  Each page: one
h1 and headings in order, unique ids, in-page links that land, no link or image that runs a
script, every word of the XML on the page, the words of ``text`` in the page's order, valid
HTML5."""

from __future__ import annotations

import subprocess
from collections import Counter

import lxml.html
import pytest
from lxml import etree

from conftest import DATA, LANG_DATA, NS

QA = DATA / "render-qa"
NAMES = sorted(p.stem for p in QA.glob("*.xml"))
#: one resolution a language, converted from its clean input
OWN = ["A-RES-79-215.en.clean.txt", "A-RES-79-902.fr.clean.txt", "A-HRC-57-L.12.es.clean.txt",
       "A-RES-79-318.ru.clean.txt", "A-RES-79-905.ar.clean.txt", "A-RES-79-325.zh.clean.txt"]
#: HTML elements that set text apart (their words are not run together with the next ones)
HTML_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "td", "th", "blockquote", "br",
               "header", "footer", "main", "nav", "table", "tr", "ol", "ul", "sup", "mi", "mn", "mo", "mtext",
               "annotation"}
#: AKN elements that set text apart
AKN_BLOCKS = {"p", "num", "heading", "subheading", "td", "th", "li", "authorialNote", "noteRef", "br", "eol",
              "eop", "docTitle", "docNumber", "docProponent", "img", "from", "block", "crossHeading", "mi", "mn",
              "mo", "mtext", "annotation", "annotation-xml", "script", "style", "tocItem"}


def xml_of(name: str) -> bytes:
    return (QA / f"{name}.xml").read_bytes()


def page(xml: bytes):
    from akn_convert.writers.html import render

    return lxml.html.document_fromstring(render(xml))


def flat(el) -> str:
    return " ".join(el.text_content().split())


def spaced_text(el, blocks: set[str], local=lambda e: e.tag) -> str:
    """The text of ``el`` with a space around each block (a word runs on over inline markup:
    'و<ref>الفصل</ref>' is one word)."""
    import copy

    el = copy.deepcopy(el)
    for e in el.iter():
        if isinstance(e.tag, str) and local(e) in blocks:
            e.tail = " " + (e.tail or "")
            e.text = " " + (e.text or "") + ("" if len(e) else " ")
            if len(e):
                e[-1].tail = (e[-1].tail or "") + " "
    return "".join(el.itertext())


def page_words(doc) -> list[str]:
    """The words of the page's main part, note markers left out."""
    from akn_convert.validate.textcheck import words

    main = doc.cssselect("main")[0]
    for marker in main.cssselect("sup.noteref"):
        marker.drop_tree()
    return words(spaced_text(main, HTML_BLOCKS))


def xml_words(xml: bytes) -> list[str]:
    """The words of the document outside its metadata and outside the scripts and styles of
    foreign markup (code, not words of the document)."""
    from akn_convert.aknxml import is_code
    from akn_convert.validate.textcheck import words

    root = etree.fromstring(xml)
    for meta in root.xpath("//a:meta", namespaces=NS):
        meta.getparent().remove(meta)
    for code in [e for e in root.iter() if is_code(e)]:
        code.text = None
        code[:] = []
    return words(spaced_text(root, AKN_BLOCKS, lambda e: etree.QName(e).localname))


def in_order(expected: list[str], found: list[str]) -> list[str]:
    """The words of ``expected`` that are not in ``found`` in the same order."""
    it = iter(found)
    return [w for w in expected if not any(w == m for m in it)]


def check_page(xml: bytes) -> list[str]:
    """What is wrong with the page of ``xml`` (empty: nothing)."""
    from akn_convert.validate.textcheck import words
    from akn_convert.writers.text import NOTES_RULE, plain_text

    doc = page(xml)
    problems = []
    headings = [h for h in doc.iter() if h.tag in ("h1", "h2", "h3", "h4", "h5", "h6") or h.get("role") == "heading"]
    levels = [int(h.get("aria-level") or h.tag[1]) for h in headings]
    if levels.count(1) != 1 or levels[0] != 1:
        problems.append(f"h1: {levels}")
    problems += [f"heading {a} then {b}" for a, b in zip(levels, levels[1:]) if b > a + 1]
    problems += [f"empty heading {h.tag}" for h in headings if not flat(h)]
    if not flat(doc.cssselect("title")[0]):
        problems.append("empty title")
    ids = [e.get("id") for e in doc.iter() if e.get("id") is not None]
    problems += [f"id used {n} times: {i}" for i, n in Counter(ids).items() if n > 1]
    problems += [f"bad id {i!r}" for i in ids if not i or any(c.isspace() for c in i)]
    problems += [f"link to nothing: {a.get('href')}" for a in doc.iter("a")
                 if (a.get("href") or "").startswith("#") and a.get("href")[1:] not in ids]
    for el in doc.iter():
        for name, value in el.attrib.items():
            if name.lower().startswith("on"):
                problems.append(f"event handler {name}")
            if name in ("href", "src") and value.split(":", 1)[0].lower() not in ("http", "https", "mailto") \
                    and ":" in value.split("/", 1)[0]:
                problems.append(f"{name}={value}")
    body = plain_text(etree.fromstring(xml)).partition("\n" + NOTES_RULE + "\n")[0]
    lost = in_order(words(body), page_words(page(xml)))
    if lost:
        problems.append(f"words of text not on the page in order: {lost[:6]}")
    on_page = Counter(words(spaced_text(doc.cssselect("body")[0], HTML_BLOCKS)))
    missing = Counter(xml_words(xml)) - on_page
    if missing:
        problems.append(f"words of the XML not on the page: {sorted(missing)[:6]}")
    return problems


@pytest.fixture(scope="module")
def own():
    """akn-convert's own output for one resolution of each language."""
    from akn_convert.pipeline import convert_file

    return {name: convert_file(LANG_DATA / name).xml for name in OWN}


def test_the_fixtures_are_there():
    assert NAMES == ["akn4eu-bill", "akn4un-resolution", "amendment-deu", "blocks-in-phrasing", "bluebell-debatereport", "collection-root-components", "comment-first", "cover-title", "deep-notes-refs", "indigo-bad-spans",
                     "indigo-links", "lang-dates", "legaldocml-portion", "mathml-unsafe", "nested-links", "quoted-no-p", "sinar-debate", "tna-judgment", "two-titles"]


@pytest.mark.parametrize("name", NAMES)
def test_pages_of_other_documents_hold_together(name):
    assert check_page(xml_of(name)) == []


@pytest.mark.parametrize("name", OWN)
def test_pages_of_our_own_documents_hold_together(own, name):
    assert check_page(own[name]) == []


@pytest.mark.parametrize("name, lang, direction", [
    ("A-RES-79-215.en.clean.txt", "en", "ltr"), ("A-RES-79-902.fr.clean.txt", "fr", "ltr"),
    ("A-HRC-57-L.12.es.clean.txt", "es", "ltr"), ("A-RES-79-318.ru.clean.txt", "ru", "ltr"),
    ("A-RES-79-905.ar.clean.txt", "ar", "rtl"), ("A-RES-79-325.zh.clean.txt", "zh", "ltr")])
def test_our_pages_say_their_language_and_landmarks(own, name, lang, direction):
    doc = page(own[name])
    assert (doc.get("lang"), doc.get("dir")) == (lang, direction)
    assert len(doc.cssselect("body > header.masthead")) == len(doc.cssselect("body > main")) == 1
    paragraphs = etree.fromstring(own[name]).xpath("//a:mainBody//a:paragraph", namespaces=NS)
    assert len(doc.cssselect("section.operative div.paragraph")) == len(paragraphs) > 0


def test_a_note_ref_to_a_note_in_the_text_keeps_ids_unique(own):
    """The Spanish draft's sponsors carry the note '*' and a noteRef to it: each marker links
    to the note, and the note links back to the first (the only element with its -ref id)."""
    doc = page(own["A-HRC-57-L.12.es.clean.txt"])
    markers = [a for a in doc.iter("a") if a.get("href") == "#authorialNote_star"]
    assert [flat(a) for a in markers] == ["*", "*"]
    assert [a.get("id") for a in markers] == ["authorialNote_star-ref", None]
    back = doc.get_element_by_id("authorialNote_star").cssselect(".note-marker")[0]
    assert back.get("href") == "#authorialNote_star-ref"


def test_notes_with_and_without_marker_and_eid():
    doc = page(xml_of("deep-notes-refs"))
    notes = doc.cssselect(".notes li.note")
    # markers as printed, else counted; the second note with eId n1 gets an id of its own
    assert [flat(n.cssselect(".note-marker")[0]) for n in notes] == ["1", "2", "a", "4", "1", "*"]
    assert [n.get("id") for n in notes][:2] == ["n1", "n2"] and notes[4].get("id").startswith("note-")
    assert [flat(n.cssselect(".note-text")[0]) for n in notes] == [
        "Premier.", "Sans marqueur.", "Sans eId.", "Ni l'un ni l'autre.", "Doublon.", "Côté."]
    for note in notes:  # each note links back to its marker, which links to it
        marker = doc.get_element_by_id(note.cssselect(".note-marker")[0].get("href")[1:])
        assert marker.get("href") == "#" + note.get("id")
    # the two noteRefs point at notes n1 and n6 without taking their markers' ids
    refs = [a for a in doc.cssselect("sup.noteref a") if a.get("id") is None]
    assert [a.get("href") for a in refs] == ["#n1", "#n6"]


def test_notes_without_marker_are_numbered_by_their_place_and_the_document_is_left_alone():
    """The number of a note without a marker is its place among all the document's notes, a
    note inside a note not counting the one that holds it (as XPath's preceding:: axis)."""
    from akn_convert.writers.html import numbered_notes, render

    root = etree.fromstring(
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="x"><mainBody>'
        '<p>One<authorialNote eId="n1"><p>Outer<authorialNote eId="n2"><p>Inner.</p></authorialNote></p>'
        '</authorialNote> two<authorialNote marker="x" eId="n3"><p>Marked.</p></authorialNote> three'
        '<authorialNote marker=" " eId="n4"><p>Blank marker.</p></authorialNote></p></mainBody></doc></akomaNtoso>')
    doc = lxml.html.document_fromstring(render(root))
    notes = doc.cssselect(".notes li.note")
    assert [(n.get("id"), flat(n.cssselect(".note-marker")[0])) for n in notes] == [
        ("n1", "1"), ("n2", "1"), ("n3", "x"), ("n4", "4")]
    assert [note.get("marker") for note in root.iter(f"{{{NS['a']}}}authorialNote")] == [None, None, "x", " "]
    assert numbered_notes(root, copy_first=True) is not root
    marked = etree.fromstring('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="x">'
                              '<mainBody><p>a<authorialNote marker="1"><p>b</p></authorialNote></p></mainBody></doc>'
                              '</akomaNtoso>')
    assert numbered_notes(marked) is marked

def test_refs_never_link_to_scripts_nor_to_what_a_browser_cannot_parse():
    doc = page(xml_of("deep-notes-refs"))
    links = {flat(a): a.get("href") for a in doc.cssselect("ul a.akn-ref")}
    assert links == {
        "js": None, "js2": None, "js3": None, "vbs": None, "data": None, "internal": "#hc_5", "missing": None,
        "empty": None, "unga": "https://undocs.org/fr/A/RES/61/144", "relative": "../other.html#x",
        "protocol-relative": "//cdn.example.org/x", "space": "http://example.org/a%20b", "emptyhost": None,
        "badipv6": None, "ftp": None, "hash": None, "query": "?q=1", "mail": "mailto:a@b.org", "tel": None,
        "spacehost": None, "upper": "HTTPS://EXAMPLE.ORG/"}
    # every ref keeps its IRI as written
    assert doc.cssselect("ul a.akn-ref")[0].get("data-akn-href") == "javascript:alert(1)"
    # a link and images with script sources: no href, no image, the description in its place
    assert [a.get("href") for a in doc.cssselect("main p > a")] == [None, "#hc_1"]
    assert [(i.get("src"), i.get("alt")) for i in doc.cssselect("img")] == [
        ("fig.png", "figure"), ("https://example.org/x.png", "")]
    assert [flat(s) for s in doc.cssselect("span.img")] == ["imgjs", "imgdata"]


def test_safe_url():
    from akn_convert.writers.links import safe_url

    assert [safe_url(u) for u in ["javascript:x", " JavaScript:x", "java\tscript:x", "java script:x", "data:,x",
                                  "https://", "http://[::1", "http://x:99999", "http://exa mple.org", "//exa mple.org"]] \
        == [""] * 10
    assert [safe_url(u) for u in ["https://x", "#a", "/akn/un/x", "?q=1", "mailto:a@b", "//cdn.example.org/x"]] \
        == ["https://x", "#a", "/akn/un/x", "?q=1", "mailto:a@b", "//cdn.example.org/x"]


def test_odd_mailto_and_https_links_of_indigo():
    doc = page(xml_of("indigo-links"))
    hrefs = [a.get("href") for a in doc.cssselect("a.akn-ref")]
    assert hrefs == ["mailto:", "mailto:@", "mailto:.com", "mailto:info@example.com", "mailto:.@", "mailto:@c.x",
                     "mailto:@.com", None, "https://x"]
    # an empty <meta/>: no number nor title, the page is named after the document's type
    assert flat(doc.cssselect("title")[0]) == flat(doc.cssselect("h1")[0]) == "act"
    assert doc.get("lang") == "und"


def test_deep_nesting_caps_headings_at_h6():
    doc = page(xml_of("deep-notes-refs"))
    levels = [doc.get_element_by_id(f"hc_{i}").cssselect(".heading")[0].tag for i in range(1, 11)]
    assert levels == ["h3", "h4", "h5", "h6", "h6", "h6", "h6", "h6", "h6", "h6"]
    assert spaced_text(doc.get_element_by_id("hc_10"), HTML_BLOCKS).split() == ["10", "Niveau", "10", "Au", "fond."]


def test_quoted_structures_in_a_paragraph_are_blocks_with_their_quotes():
    doc = page(xml_of("quoted-no-p"))
    mod = doc.get_element_by_id("sec_1__mod_1")
    assert [a.tag for a in mod.iterancestors()][:2] == ["div", "div"]  # no p holds a section
    quote = doc.get_element_by_id("sec_1__mod_1__qstr_1")
    assert [flat(q) for q in quote.cssselect(".quote-mark")] == ["“", "”"]
    assert flat(quote) == "“4. Repealed”"
    assert doc.get_element_by_id("sec_1__es_1").getparent().get("class") == "p"
    assert flat(doc.cssselect(".akn-quotedText")[0]) == "«inline words»"
    assert doc.cssselect("main p section, main p blockquote, main span section, main span div") == []


def test_titles_one_h1():
    cover = page(xml_of("cover-title"))  # the title on the cover page only: a hidden h1 names it
    assert [flat(h) for h in cover.iter("h1")] == ["Cover Title Bill"]
    assert flat(cover.cssselect("title")[0]) == "B 12-2020 – Cover Title Bill"
    two = page(xml_of("two-titles"))  # a title on two lines: the first is the h1
    assert [flat(h) for h in two.iter("h1")] == ["First part of title"]
    assert [flat(p) for p in two.cssselect("p.line.title")] == ["Second part"]


def test_empty_headings_unusable_eids_and_passages_in_other_languages():
    doc = page(xml_of("cover-title"))
    sections = doc.cssselect("section.operative > .section")
    assert [(s.tag, s.get("id")) for s in sections] == [
        ("section", "sec_1"), ("div", "sec_2"), ("section", None), ("section", None)]
    assert [flat(h) for h in doc.cssselect("section.operative h3")] == ["1.", "3. Space eId", "4. Empty eId"]
    assert [(e.get("lang"), e.get("dir"), flat(e)) for e in doc.cssselect("main [lang]")] == [
        ("fr", "ltr", "liberté, égalité"), ("ar", "rtl", "نص عربي في وثيقة إنجليزية")]


def test_table_spans_stay_inside_the_table():
    doc = page(xml_of("indigo-bad-spans"))
    rows = doc.get_element_by_id("att_1__table_2").cssselect("tr")
    assert len(rows) == 3  # the empty <tr/> is left out
    assert [[c.get("rowspan") for c in r.cssselect("td")] for r in rows] == [["3", "1"], [None], ["1"]]
    # colspan="3" where no cell begins in the 3rd and 4th columns: one column
    assert [[c.get("colspan") for c in r.cssselect("td")] for r in rows] == [[None, None], [None], [None]]
    assert flat(doc.get_element_by_id("att_1__table_2__p_1")).startswith("Nature of ownership")


def test_tables_are_mended_on_a_copy():
    from akn_convert.writers.tables import mended

    bad = etree.fromstring(xml_of("indigo-bad-spans"))
    fixed = mended(bad)
    assert fixed is not bad and bad.xpath("count(//a:td[@colspan = 3])", namespaces=NS) == 3
    assert [c.get("colspan") for c in fixed.xpath("//a:td", namespaces=NS)] == [None] * 4
    good = etree.fromstring(xml_of("tna-judgment"))
    assert mended(good) is good


@pytest.mark.parametrize("rows, colspans", [
    ('<tr><td colspan="2"><p>a</p></td><td><p>b</p></td></tr>'
     '<tr><td><p>c</p></td><td colspan="3"><p>d</p></td></tr>'
     '<tr><td colspan="x"><p>e</p></td><td rowspan="0" colspan="0"><p>f</p></td></tr>',
     ["2", None, None, "2", None, None]),
    # spans of billions in a short file (untrusted XML): laid out from the columns in which cells
    # begin, never column by column (it ran out of memory).  a holds its (at most 1000) columns
    # down every row: b, c and e begin in column 1000, d in 1001, f and g after e's 1000; of b's
    # and e's columns only 1001 begins a cell
    ('<tr><td colspan="2000000000" rowspan="2000000000"><p>a</p></td><td colspan="1500"><p>b</p></td></tr>'
     '<tr><td><p>c</p></td><td><p>d</p></td></tr>'
     '<tr><td colspan="1001"><p>e</p></td><td><p>f</p></td><td><p>g</p></td></tr>',
     [None, "2", None, None, "2", None, None]),
])
def test_a_span_keeps_the_columns_in_which_cells_begin(rows, colspans):
    from akn_convert.writers.tables import mended

    table = etree.fromstring('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="x">'
                             f'<mainBody><table>{rows}</table></mainBody></doc></akomaNtoso>')
    cells = mended(table).xpath("//a:td", namespaces=NS)
    assert [c.get("colspan") for c in cells] == colspans


def test_a_debate_report_of_bluebell():
    doc = page(xml_of("bluebell-debatereport"))
    notes = doc.cssselect(".notes li.note")
    assert [flat(n.cssselect(".note-marker")[0]) for n in notes] == ["1", "3", "4"]
    assert doc.get_element_by_id("dvs_A__para_4__p_1__ref_1").get("href") == \
        "/akn/un/statement/decision/unep-cbd-cop/2010-10-18/10-20"
    assert doc.get_element_by_id("dvs_B__para_13__p_1__authorialNote_2__p_1__ref_1").get("href") == "http://unemg.org"
    assert [flat(h) for h in doc.cssselect("#att_1 .heading")] == [
        "Annex", "I. Objectives and background", "II. Conceptualizing and defining technology transfer"]
    assert [i.get("id") for i in doc.cssselect("#dvs_A__para_4__list_1 > .item")] == [
        "dvs_A__para_4__list_1__item_a", "dvs_A__para_4__list_1__item_b"]


def test_a_cover_page_naming_publisher_and_issuing_body():
    """The organ is the issuing body; the publisher's line is the masthead's "United Nations";
    the title is the preface's (the cover page's docTitle stays a line of the cover)."""
    doc = page(xml_of("akn4un-resolution"))
    assert flat(doc.cssselect(".masthead .un-name")[0]) == "United Nations"
    assert flat(doc.cssselect(".masthead .organ")[0]) == "General Assembly"
    assert [flat(p) for p in doc.cssselect(".masthead .distribution p")] == [
        "27 March 2025", "Seventy-ninth session", "The role of diamonds in fuelling conflict",
        "Resolution adopted by the General Assembly on 25 March 2025"]
    assert flat(doc.cssselect("h1")[0]).startswith("79/275. The role of diamonds in fuelling conflict: breaking")
    assert flat(doc.cssselect("title")[0]).startswith("A/RES/79/275 – The role of diamonds")
    assert [e.get("id") for e in doc.cssselect("section.preamble > div")] == ["formula_1", "container_2", "container_3"]
    assert [flat(p) for p in doc.cssselect("#para_2 .point > .num")] == ["(a)", "(b)"]


def test_a_second_organ_line_stays_on_the_page():
    """A front-matter line holding a docAuthority other than the organ is not dropped."""
    xml = xml_of("akn4un-resolution").replace(b"<p><docAuthority refersTo=\"#publisher\">United Nations</docAuthority></p>",
                                              b"<p><docAuthority refersTo=\"#publisher\">Secretariat</docAuthority></p>")
    doc = page(xml)
    assert flat(doc.cssselect(".masthead .organ")[0]) == "Secretariat"
    assert "General Assembly" in [flat(p) for p in doc.cssselect(".masthead .distribution p")]


def test_an_eu_bill_with_a_long_title_and_articles_headed_by_their_number():
    doc = page(xml_of("akn4eu-bill"))
    title = ("DECISION No …/2013/EU OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of … providing macro financial "
             "assistance to the Kyrgyz Republic")
    assert flat(doc.cssselect("title")[0]) == flat(doc.cssselect("h1")[0]) == title
    assert doc.get("lang") == "en"
    articles = doc.cssselect("section.operative > section.article")
    assert [(a.cssselect(".heading")[0].tag, flat(a.cssselect(".heading")[0])) for a in articles] == [
        ("h3", "Article 2"), ("h3", "Article 4")]
    assert [flat(n) for n in articles[1].cssselect(".point > .num")] == ["(a)", "(b)"]
    assert [flat(n.cssselect(".note-marker")[0]) for n in doc.cssselect("li.note")] == ["1", "2"]


def test_speeches_that_name_their_speaker_in_by_only():
    doc = page(xml_of("sinar-debate"))
    assert doc.get("lang") == "ms"
    speeches = doc.cssselect("div.speech")
    assert [[flat(p) for p in s.cssselect("p.from")] for s in speeches] == [
        ["TUAN SPEAKER"], ["YB TUAN HAJI SAARI BIN SUNGIB"], []]  # (the third speaker is in no reference)
    assert len(speeches[1].cssselect("br")) == 5


def test_links_in_links():
    """No link holds a link: a reference inside one is a span; a note's marker comes right after."""
    doc = page(xml_of("nested-links"))
    assert [a for a in doc.iter("a") if any(x.tag == "a" for x in a.iterancestors())] == []
    ref = doc.get_element_by_id("p_1__ref_1")
    assert (flat(ref), ref.getnext().get("class"), flat(ref.getnext())) == ("resolution 61/144", "noteref", "1")
    assert ref.getnext().cssselect("a")[0].get("href") == "#p_1__n_1"
    assert doc.get_element_by_id("p_1__n_1").cssselect(".note-marker")[0].get("href") == "#p_1__n_1-ref"
    assert [(e.tag, e.get("href")) for e in map(doc.get_element_by_id, ["p_1__ref_2", "p_1__ref_3", "p_1__ref_4"])] == [
        ("a", "#p_2"), ("span", None), ("span", None)]
    assert flat(doc.get_element_by_id("p_1__ref_5").getnext()) == "*"


def test_a_portion_with_a_heading_only():
    doc = page(xml_of("legaldocml-portion"))
    assert flat(doc.cssselect("title")[0]) == flat(doc.cssselect("h1")[0]) == "title_9"
    assert [(h.tag, flat(h)) for h in doc.cssselect("section.operative .heading")] == [("h3", "simple test")]


def test_a_judgment_of_the_national_archives():
    """Named by its FRBRname (no docTitle); the empty cover line is no line of the masthead; the
    header's lines, its table of parties and the numbered paragraphs are on the page in order."""
    doc = page(xml_of("tna-judgment"))
    name = "British Telecommunications PLC, R (On the Application Of) v Treasury"
    # (known by its neutral citation, not by its FRBRnumber "1")
    assert flat(doc.cssselect("title")[0]) == "[2020] EWCA Civ 1 – " + name and [flat(h) for h in doc.iter("h1")] == [name]
    assert flat(doc.cssselect(".masthead .organ")[0]) == "The Court of Appeal of England and Wales (Civil Division)"
    assert doc.cssselect(".masthead .distribution") == []
    lines = [flat(p) for p in doc.cssselect("main > .preface > p")]
    assert lines[:4] == ["Neutral Citation Number: [2020] EWCA Civ 1", "Case No: C1/2018/2925",
                         "IN THE COURT OF APPEAL (CIVIL DIVISION)", "Date: 21/01/2020"]
    assert lines[-1] == "Judgment Approved"
    parties = doc.cssselect(".preface table tr")
    assert [[flat(td) for td in tr.cssselect("td")] for tr in parties] == [
        ["R (on the application of BRITISH TELECOMMUNICATIONS PLC)", "Appellant"],
        ["HER MAJESTY’S TREASURY", "Respondent"]]
    assert [flat(n) for n in doc.cssselect(".operative .paragraph > .num")] == ["1.", "2."]
    assert doc.cssselect("time.akn-docDate")[0].get("datetime") == "2020-01-21"


def test_an_amendment_whose_parts_hold_blocks():
    doc = page(xml_of("amendment-deu"))
    assert doc.get("lang") == "de" and flat(doc.cssselect("h1")[0]) == "Änderungsantrag 7"
    heading = doc.get_element_by_id("amhead_1")
    assert heading.tag == "div" and [(p.tag, p.get("class"), flat(p)) for p in heading] == [
        ("p", "block", "Artikel 3 – Absatz 2")]
    cells = doc.get_element_by_id("amcont_1__table_1").cssselect("td")
    assert [(flat(c.cssselect("del, ins")[0]), c.cssselect("del, ins")[0].tag) for c in cells] == [
        ("können", "del"), ("müssen", "ins")]
    assert [flat(p) for p in doc.get_element_by_id("amjust_1")] == ["Begründung", "Klarstellung der Pflicht."]


def test_structures_in_running_text_are_blocks_and_no_part_of_the_outline():
    doc = page(xml_of("blocks-in-phrasing"))
    line = doc.get_element_by_id("preface__p_1")
    assert (line.tag, line.get("class")) == ("div", "line mod")
    quoted = doc.get_element_by_id("mod_1__qstr_1__sec_9")  # a quoted section: no heading of the page
    assert quoted.tag == "div" and [(h.tag, flat(h)) for h in quoted.cssselect(".heading")] == [("p", "9. Quoted rule")]
    heading = doc.get_element_by_id("sec_1").cssselect(".heading")[0]  # a heading holding a block
    assert (doc.get_element_by_id("sec_1").tag, heading.tag, heading.get("role"), heading.get("aria-level")) == (
        "div", "div", "heading", "3")
    assert (doc.get_element_by_id("sec_1__i_1").tag, doc.get_element_by_id("sec_1__i_1").get("class")) == ("div", "akn-i")
    assert doc.get_element_by_id("sec_1__inline_1").tag == "div"
    crossing = doc.get_element_by_id("sec_1__es_4")
    assert [(c.tag, flat(c)) for c in crossing.cssselect(".crossHeading")] == [
        ("p", "first cross heading"), ("p", "second cross heading")]
    note = doc.get_element_by_id("sec_1__n_1")
    assert [(h.tag, flat(h)) for h in note.cssselect(".heading")] == [("p", "A Headed note")]
    assert [h.tag for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")] == ["h1", "h2", "h2"]
    toc = doc.get_element_by_id("sec_1__table_1").cssselect(".toc")[0]  # (HTML allows no nav in a th)
    assert toc.tag == "div" and [a.get("href") for a in toc.cssselect("a")] == ["#sec_1"]


def test_mathml_keeps_presentation_markup_only():
    doc = page(xml_of("mathml-unsafe"))
    math = doc.cssselect(".foreign math")[0]
    assert math.get("display") == "block"
    names = {e.tag for e in math.iter()}
    assert names == {"math", "mrow", "mi", "mo", "mn", "mtext", "semantics", "annotation", "maction"}
    assert [(e.tag, dict(e.attrib)) for e in math.iter() if e.attrib] == [
        ("math", {"display": "block"}), ("mi", {"mathvariant": "bold"}), ("maction", {"actiontype": "statusline"})]
    # (a script's or a style's code is no text of the document: not shown)
    assert [flat(t) for t in math.iter("mtext")] == ["hover", "link"]
    assert doc.cssselect("body script, body embed, body meta, body iframe, body img, body style") == []


def test_times_dates_and_languages_html_can_read():
    doc = page(xml_of("lang-dates"))
    times = [(e.tag, e.get("datetime"), e.get("data-time"), e.get("data-date")) for e in
             doc.cssselect(".akn-recordedTime, .akn-date")]
    assert times == [("time", "2011-06-10T10:02:00+02:00", None, None), ("span", None, "10h02", None),
                     ("span", None, "2011-06-10T25:61:00", None), ("span", None, None, "2020-02-31"),
                     ("time", "2020-02-29", None, None)]
    assert [(p.get("lang"), p.get("dir")) for p in doc.cssselect("section.debateSection > p")][1:] == [
        ("fr-CA", "ltr"), ("ar", "rtl"), (None, None), ("fa-IR", "rtl")]


def test_spans_and_sizes_html_cannot_read_are_left_out():
    doc = page(b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="act"><meta/><body>'
               b'<hcontainer name="x" eId="hc_1"><content><table eId="t1"><tr><td colspan="x"><p>a</p></td>'
               b'<td colspan="0"><p>b</p></td><td colspan="1.5"><p>c</p></td></tr><tr><td colspan="3"><p>d</p></td></tr>'
               b'</table><p><img src="a.png" alt="a" width="50%" height="20"/><img src="b.png" alt="b" width="-3" height=""/>'
               b'</p></content></hcontainer></body></act></akomaNtoso>')
    assert [c.get("colspan") for c in doc.cssselect("#t1 td")] == [None, None, None, "3"]
    assert [dict(i.attrib) for i in doc.cssselect("img")] == [{"src": "a.png", "alt": "a", "height": "20"},
                                                              {"src": "b.png", "alt": "b"}]


def test_html_datetime():
    from akn_convert.writers.html import html_datetime

    assert [html_datetime(v) for v in ["2020-02-29", "2020-02-31", "2011-06-10T10:02:00+02:00", "2011-06-10T10:02Z",
                                       "10h02", "2020", "2020-01-01T25:00"]] == [
        "2020-02-29", "", "2011-06-10T10:02:00+02:00", "2011-06-10T10:02Z", "", "", ""]


def test_a_large_document_is_rendered_whole():
    """3000 paragraphs side by side, each with a note (speed is measured by bench/, not here)."""
    from akn_convert.writers.text import NOTES_RULE, plain_text

    paragraphs = "".join(
        f'<paragraph eId="para_{i}"><num>{i}.</num><content><p>Paragraph {i} says<authorialNote marker="{i}" '
        f'eId="para_{i}__n"><p>Note {i}.</p></authorialNote> a word.</p></content></paragraph>' for i in range(1, 3001))
    xml = (f'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="x">'
           f'<mainBody>{paragraphs}</mainBody></statement></akomaNtoso>').encode()
    doc = page(xml)
    assert len(doc.cssselect("section.operative > div.paragraph")) == len(doc.cssselect("li.note")) == 3000
    assert doc.get_element_by_id("para_2999__n").cssselect(".note-marker")[0].get("href") == "#para_2999__n-ref"
    body, _, notes = plain_text(etree.fromstring(xml)).partition("\n" + NOTES_RULE + "\n")
    assert body.split("\n\n")[-1].strip() == "3000. Paragraph 3000 says a word."
    assert notes.strip().split("\n\n")[-2:] == ["Note 2999.", "Note 3000."]


def test_a_collection_whose_documents_are_kept_in_components():
    """The documents are on the page after the collection's body, where its references land."""
    doc = page(xml_of("collection-root-components"))
    refs = [(a.get("href"), flat(a)) for a in doc.cssselect(".operative .component a")]
    assert refs == [("#cmp_1", "Decision 1/1"), ("#cmp_2", "Report")]
    assert [c.get("id") for c in doc.cssselect("main > .components > .component")] == ["cmp_1", "cmp_2"]
    assert spaced_text(doc.get_element_by_id("cmp_1__para_1"), HTML_BLOCKS).split() == \
        ["1.", "Decides", "to", "meet", "again", "in", "2022."]
    assert flat(doc.get_element_by_id("cmp_2__p_1")) == "The session was opened by the Chair."


def test_text_of_a_collection_with_components_after_it():
    from akn_convert.writers.text import plain_text

    assert plain_text(etree.fromstring(xml_of("collection-root-components"))).split("\n\n") == [
        "The following report was adopted without a vote.", "1. Decides to meet again in 2022.",
        "The session was opened by the Chair.\n"]


# ------------------------------------------------------------------ text


def test_text_of_a_document_after_a_comment(tmp_path):
    from akn_convert.aknfile import read_akn
    from akn_convert.writers.text import plain_text

    assert plain_text(read_akn(QA / "comment-first.xml")) == "1. 决定继续处理此案。\n"
    doc = page(xml_of("comment-first"))
    assert doc.get("lang") == "zh"
    assert spaced_text(doc.get_element_by_id("para_1"), HTML_BLOCKS).split() == ["1.", "决定继续处理此案。"]


def test_a_document_element_holding_only_a_comment_is_one_line_error(tmp_path):
    import sys

    bad = tmp_path / "empty.xml"
    bad.write_text('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><!-- x --></akomaNtoso>')
    for command in ("render", "text"):
        done = subprocess.run([sys.executable, "-m", "akn_convert", command, str(bad)],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode != 0 and done.stdout == ""
        assert done.stderr.strip() == f"akn-convert: {bad}: the akomaNtoso element is empty: it holds no document"


def test_an_iri_base_that_would_run_a_script_gives_no_link():
    from akn_convert.writers.html import render

    xml = (b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="x"><mainBody>'
           b'<p>See <ref href="/akn/un/treaty/2000-11-15/untoc">the Convention</ref> and '
           b'<ref href="/akn/un/statement/deliberation/un-ga/2006-12-19/61-144">61/144</ref>.</p>'
           b'</mainBody></statement></akomaNtoso>')
    hrefs = [a.get("href") for a in lxml.html.document_fromstring(render(xml, iri_base="javascript:alert(1)//")).iter("a")
             if "akn-ref" in (a.get("class") or "")]
    assert hrefs == [None, "https://undocs.org/en/A/RES/61/144"]
    hrefs = [a.get("href") for a in lxml.html.document_fromstring(render(xml, iri_base="https://akn.example.org/")).iter("a")
             if "akn-ref" in (a.get("class") or "")]
    assert hrefs == ["https://akn.example.org/akn/un/treaty/2000-11-15/untoc", "https://undocs.org/en/A/RES/61/144"]


@pytest.mark.parametrize("name", ["bluebell-debatereport", "deep-notes-refs", "quoted-no-p"])
def test_text_has_the_words_of_the_xml_in_order(name):
    """``text --front`` gives every word of the document; the body's in the XML's order (the
    notes follow the body)."""
    from akn_convert.validate.textcheck import words
    from akn_convert.writers.text import NOTES_RULE, plain_text

    xml = xml_of(name)
    text = plain_text(etree.fromstring(xml), front=True)
    assert Counter(words(text)) == Counter(xml_words(xml))
    root = etree.fromstring(xml)
    for note in root.xpath("//a:authorialNote", namespaces=NS):
        note.text, note.tail = None, " " + (note.tail or "")
        note[:] = []  # (its words are in the list of notes after the body)
    body = words(text.partition("\n" + NOTES_RULE + "\n")[0])
    assert len(body) > 10 and in_order(body, xml_words(etree.tostring(root))) == []


# ------------------------------------------------------------------ HTML5


def test_the_pages_are_valid_html5(tmp_path, own):
    """By the Nu HTML Checker."""
    from akn_convert.writers.html import render
    from test_render_valid_html5 import html5_problems

    paths = []
    sources = {name: xml_of(name) for name in NAMES}
    sources |= {name.removesuffix(".clean.txt"): xml for name, xml in own.items()}
    for name, xml in sources.items():
        paths.append(tmp_path / f"{name}.html")
        paths[-1].write_text(render(xml), encoding="utf-8")
    assert html5_problems(paths) == []
