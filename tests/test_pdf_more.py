"""PDF-extracted renditions of the clean test resolutions, as pdftotext gives them (page breaks
in every kind of place, job lines, barcodes, "Please recycle", running headers, hyphens at line
ends, footnote blocks): each gives the structure, eIds and words of its clean rendition.

The renditions are in ``tests/data/pdf-more``; each holds one layout that a reader once got
wrong (named in its test).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from akn_convert.lang import get
from akn_convert.pipeline import Options, convert_file
from akn_convert.readers import read
from conftest import CLEAN, DATA, LANG_DATA, NS, texts

MORE = DATA / "pdf-more"
#: inline formatting the PDF text does not have (italic openers): its words count, not its tags
_FLAT = {"i", "b", "u", "sup"}


def _own_text(el) -> str:
    s = el.text or ""
    for child in el:
        flat = isinstance(child.tag, str) and etree.QName(child).localname in _FLAT
        s += (_own_text(child) if flat else " ") + (child.tail or "")
    return s


def structure(xml: bytes) -> list[tuple[str, str, str]]:
    """Every element of the document but its metadata: (tag, eId, its own words)."""
    doc = etree.fromstring(xml)[0]
    return [(etree.QName(el).localname, el.get("eId") or "", " ".join(_own_text(el).split()))
            for part in doc if etree.QName(part).localname != "meta"
            for el in part.iter() if isinstance(el.tag, str) and etree.QName(el).localname not in _FLAT]


def _clean_of(name: str) -> Path:
    """The clean rendition a file of pdf-more renders: 'E-RES-2024-7.en.notes.pdf.txt' ->
    lang/E-RES-2024-7.en.clean.txt."""
    stem, lang = _stem(name)
    own = LANG_DATA / f"{stem}.{lang}.clean.txt"
    return own if own.exists() else CLEAN


def _stem(name: str) -> tuple[str, str]:
    """'A-C.3-79-L.99-Rev.1.fr.word-page.pdf.txt' -> ('A-C.3-79-L.99-Rev.1', 'fr')."""
    parts = name.split(".")
    i = next(i for i, p in enumerate(parts) if p in ("en", "fr"))
    return ".".join(parts[:i]), parts[i]


def _symbol(name: str) -> str:
    return _stem(name)[0].replace("-", "/")


def _convert(name: str):
    return convert_file(MORE / name, Options(symbol=_symbol(name)))


RENDITIONS = sorted(p.name for p in MORE.glob("*.pdf.txt"))


def test_every_rendition_is_here():
    assert len(RENDITIONS) == 14


@pytest.mark.parametrize("name", RENDITIONS)
def test_a_pdf_rendition_has_the_structure_eids_and_words_of_its_clean_rendition(name):
    pdf = _convert(name)
    clean = convert_file(_clean_of(name), Options(symbol=_symbol(name)))
    assert pdf.shape == "pdf" and clean.shape == "clean"
    assert structure(pdf.xml) == structure(clean.xml)


def _root(name: str):
    return etree.fromstring(_convert(name).xml)


def test_a_short_last_page_is_text_not_a_running_title():
    """A last page holding only the meeting and its date, between the running header (symbol
    and title side by side) and the job line: its lines were taken for the running title and
    dropped."""
    root = _root("A-HRC-RES-58-901.en.last-page.pdf.txt")
    assert texts(root, "//a:conclusions/a:p") == ["45th meeting 3 April 2025"]
    assert root.xpath("//a:conclusions//a:date/@date", namespaces=NS) == ["2025-04-03"]
    # the page before ended inside a recital, after a comma: the recital goes on
    assert texts(root, "//a:recital[@eId='recs_1__rec_6']") == [
        "Welcoming the work of the Office of the United Nations High Commissioner for Human Rights and of the "
        "United Nations Educational, Scientific and Cultural Organization,"]
    assert len(root.xpath("//a:recital", namespaces=NS)) == 6


def test_a_date_or_a_last_word_alone_on_the_last_page_is_kept():
    root = _root("A-HRC-RES-58-901.en.date-page.pdf.txt")
    assert texts(root, "//a:conclusions/a:p") == ["45th meeting 3 April 2025"]
    root = _root("A-C.3-79-L.99-Rev.1.fr.word-page.pdf.txt")
    assert texts(root, "//a:paragraph[@eId='para_4']/a:content") == [
        "Prie le Secrétaire général de lui présenter, à sa quatre-vingt-unième session, un rapport sur "
        "l'application de la présente résolution."]


def test_after_a_comma_a_capital_at_the_top_of_a_page_goes_on():
    """'… International Covenant on Economic,' / page / 'Social and Cultural Rights2 and …'."""
    root = _root("E-RES-2024-7.en.comma-page.pdf.txt")
    assert root.xpath("//a:recital/@eId", namespaces=NS)[-1] == "recs_1__rec_4"
    assert texts(root, "(//a:recital[@eId='recs_1__rec_4']//a:ref)[1]") == [
        "article 9 of the International Covenant on Economic, Social and Cultural Rights"]
    assert root.xpath("//a:recital[@eId='recs_1__rec_4']//a:authorialNote/@marker", namespaces=NS) == ["2", "3"]


def test_lower_case_adopted_inside_a_paragraph_does_not_start_the_conclusions():
    """'4. Notes that the Economic and Social Council, at its 8th meeting,' / 'adopted its
    resolution 2020/12, …' (and 'Please recycle ♲' under the first page's barcode)."""
    root = _root("A-RES-79-901.en.recycle.pdf.txt")
    assert root.xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == [f"para_{n}" for n in range(1, 6)]
    assert texts(root, "//a:paragraph[@eId='para_4']/a:content") == [
        "Notes that the Economic and Social Council, at its 8th meeting, adopted its resolution 2020/12, "
        "and that the Peacebuilding Commission met in 2030;"]
    assert texts(root, "//a:conclusions/a:p") == ["50th plenary meeting 18 December 2024"]
    assert "recycle" not in etree.tostring(root, encoding="unicode")


def test_recycle_notice_and_a_lone_date_page_in_french():
    """Geneva layout without indents: 'Merci de recycler ♲' under the barcode, the meeting and
    its date set apart by blank lines, the date alone on the last page (it was taken for a
    trailing footnote 18)."""
    root = _root("A-RES-79-902.fr.geneva.pdf.txt")
    assert texts(root, "//a:conclusions/a:p") == ["50e séance plénière 18 décembre 2024"]
    assert root.xpath("//a:authorialNote", namespaces=NS) == []
    assert "recycler" not in etree.tostring(root, encoding="unicode")
    assert len(root.xpath("//a:mainBody/a:paragraph", namespaces=NS)) == 7


def test_a_footnote_line_under_the_notes_text_stays_in_the_note():
    """'1  Report of …, Sales No.' / '   E.02.IV.4), chap. I, …': a further line that stands
    under the note's text is the note's, though the line before ends with a full stop."""
    root = _root("E-RES-2024-7.en.notes.pdf.txt")
    assert texts(root, "//a:authorialNote[@marker='1']") == [
        "Report of the Second World Assembly on Ageing, Madrid, 8–12 April 2002 (United Nations publication, "
        "Sales No. E.02.IV.4), chap. I, resolution 1, annexes I and II."]
    assert root.xpath("//a:authorialNote/@marker", namespaces=NS) == ["1", "2", "3"]
    assert root.xpath("//a:wrapUp", namespaces=NS) == []


def test_a_clause_in_lower_case_after_a_comma_goes_on():
    """'… et, à cette fin,' / 'soulignant qu'il importe …' (an opener's word in lower case,
    on the next line or at the top of the next page)."""
    root = _root("CTOC-COP-2020-L.6-Rev.1.fr.clause.pdf.txt")
    last = texts(root, "//a:recital[last()]")[0]
    assert last.startswith("Consciente également du rôle fondamental") and "à cette fin, soulignant qu'il importe" in last
    assert len(root.xpath("//a:recital", namespaces=NS)) == 22


def test_lower_case_lines_go_on_but_not_in_russian():
    en, ru = get("fr"), get("ru")
    page = "  Consciente du rôle de la coopération et, à cette fin,\nsoulignant qu'il importe d'agir,\n"
    assert [b.text.text for b in read(page, en, "pdf").blocks] == [
        "Consciente du rôle de la coopération et, à cette fin, soulignant qu'il importe d'agir,"]
    page = "  напоминая о своей резолюции 70/1,\n  ссылаясь на резолюцию 75/290,\n"
    assert len(read(page, ru, "pdf").blocks) == 2


def test_a_formula_cut_by_a_page_and_a_point_cited_at_a_page_top():
    """'The Conference of the States Parties to the United Nations' / page / 'Convention against
    Corruption,'; '… in particular paragraph 2' / '(a) of article 9 of the Convention,'."""
    root = _root("CAC-COSP-2023-L.4.en.formula-page.pdf.txt")
    assert texts(root, "//a:formula") == [
        "The Conference of the States Parties to the United Nations Convention against Corruption,"]
    lines = ["  Recalling articles 5, 9 and 10 of the Convention, and in particular paragraph 2",
             "\f(a) of article 9 of the Convention,"]
    blocks = read("\n".join(lines) + "\n", get("en"), "pdf").blocks
    assert [b.text.text for b in blocks] == [
        "Recalling articles 5, 9 and 10 of the Convention, and in particular paragraph 2 (a) of article 9 of the Convention,"]


def test_first_lines_as_many_as_further_lines_still_show_paragraphs():
    """Wide lines: most paragraphs on two lines, so as many first lines (indented) as further
    ones; 'Committed to …' (no opener the language knows) starts a recital by its indent."""
    root = _root("A-RES-79-901.en.indent.pdf.txt")
    assert texts(root, "//a:recital[last()]") == [
        "Committed to achieving the 2030 Agenda for Sustainable Development, in particular Sustainable "
        "Development Goal 16, by 2030,"]
    assert len(root.xpath("//a:recital", namespaces=NS)) == 8


def test_adopted_without_a_vote_is_a_line_of_its_own():
    root = etree.fromstring(convert_file(LANG_DATA / "A-HRC-RES-58-99.en.pdf.txt", Options()).xml)
    assert texts(root, "//a:conclusions/a:p") == ["45th meeting 3 April 2025", "[Adopted without a vote.]"]


def test_a_word_cut_at_its_hyphen_goes_on_even_when_a_label_seems_to_follow():
    """'… coronavirus (COVID-' / page / '19) selon des modalités hybrides': '19)' is no item."""
    root = _root("CTOC-COP-2020-L.6-Rev.1.fr.covid.pdf.txt")
    assert root.xpath("//a:preamble//a:blockList", namespaces=NS) == []
    (recital,) = [t for t in texts(root, "//a:recital") if "COVID" in t]
    assert "maladie à coronavirus (COVID-19) selon des modalités hybrides" in recital
    lines = ["  Notant la pandémie de maladie à coronavirus (COVID-", "19) et ses effets,"]
    assert [b.text.text for b in read("\n".join(lines) + "\n", get("fr"), "pdf").blocks] == [
        "Notant la pandémie de maladie à coronavirus (COVID-19) et ses effets,"]


def test_a_note_line_that_starts_with_a_number_goes_on_with_an_unfinished_note():
    """'1  Voir … Supplément n°' / '7 (E/2024/27), chap. I, sect. A.': not a note 7."""
    root = _root("A-C.3-79-L.99-Rev.1.fr.note-split.pdf.txt")
    assert root.xpath("//a:authorialNote/@marker", namespaces=NS) == ["*", "1", "2"]
    assert texts(root, "//a:authorialNote[@marker='1']") == [
        "Voir Documents officiels du Conseil économique et social, 2024, Supplément n° 7 (E/2024/27), chap. I, sect. A."]
    page = ("  Rappelant sa résolution1,\n__________________\n 1  Voir Supplément n°\n"
            "\f__________________\n 7 (E/2024/27), chap. I.\n")
    source = read(page, get("fr"), "pdf")
    assert [(n.marker, n.text.text) for n in source.notes] == [("1", "Voir Supplément n° 7 (E/2024/27), chap. I.")]


def test_a_number_at_the_top_of_a_page_with_words_in_lower_case_goes_on():
    """'… l'objectif de développement durable' / page / '16, d'ici à 2030,' ('16,' reads as
    an OCR'd paragraph number)."""
    root = _root("A-RES-79-902.fr.number-page.pdf.txt")
    assert texts(root, "//a:recital[last()]") == [
        "Résolue à réaliser le Programme de développement durable à l'horizon 2030, en particulier "
        "l'objectif de développement durable 16, d'ici à 2030,"]
    assert len(root.xpath("//a:recital", namespaces=NS)) == 8
    assert root.xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == [f"para_{n}" for n in range(1, 8)]


def test_a_page_number_alone_and_a_label_alone_before_a_page_break():
    """Page numbers printed alone ('2', '3') under the running symbol, and paragraph numbers or
    point labels alone on their line, the last line of a page ('i)' / page / 'En supprimant …')."""
    root = _root("A-HRC-55-L.12.fr.bare-pages.pdf.txt")
    assert root.xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == [f"para_{n}" for n in range(1, 6)]
    assert root.xpath("//a:point/@eId", namespaces=NS) == [
        "para_2__list_1__point_a", "para_2__list_1__point_a__list_1__point_i",
        "para_2__list_1__point_a__list_1__point_ii", "para_2__list_1__point_b", "para_2__list_1__point_c"]
    assert texts(root, "//a:point[@eId='para_2__list_1__point_a__list_1__point_i']/a:content") == [
        "En supprimant les obstacles administratifs à l'inscription, tels que l'exigence de documents d'identité ;"]
    assert texts(root, "//a:paragraph[@eId='para_4']/a:content")[0].startswith("Prie le Rapporteur spécial")
    assert not any(t in {"2", "3", "4", "5"} for t in texts(root, "//a:p"))


def test_a_sponsors_note_left_alone_at_the_end_without_its_rule_is_the_note():
    """The "*" note of a draft whose rule line and job line were lost, after two blank lines at
    the end: a trailing note like a yearbook's (it made the reader fail on an empty note list)."""
    from akn_convert.pipeline import Options, convert_text

    lines = (Path(__file__).parent / "data" / "covers" / "A-HRC-55-L.3.fr.pdf.txt").read_text("utf-8").split("\n")
    assert lines[34].strip().startswith("_____") and lines[35].strip().startswith("* État non membre")
    text = "\n".join(lines[:34] + ["", ""] + [lines[35]]) + "\n"
    result = convert_text(text, Options())
    assert result.document.notes["*"].text.text == "État non membre du Conseil des droits de l’homme."
    assert b'eId="authorialNote_star"' in result.xml
