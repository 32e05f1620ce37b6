"""QA pairs for the PDF-extracted shape: each resolution of ``tests/data/pdf-qa`` is written
twice, as clean text and as the text ``pdftotext`` gives of its PDF (running headers in the
document's own symbol format, job and page lines in both orders, page breaks inside sentences,
points and between a number and its text, footnote blocks splitting paragraphs, note numbers
glued to words, quotes, years and commas, hyphens at line ends that stay or go, the sponsors'
note with its star lost, the cover's columns merged on one line).  Some PDF renditions have
variants: "{stem}.norule.pdf.txt" (footnote rules not extracted), "{stem}.flat.pdf.txt" (no
layout: no indents, no blank lines, the running header's symbol and title one space apart),
"{stem}.page-foot.pdf.txt" (bare page numbers at each page's foot, the last at the text's end).

Both renditions, converted with the same symbol, must be schema-valid and pass the
words-in-order check (``convert_file`` fails otherwise), give the same eIds and the same
paragraph texts, and the counts that ``MANIFEST.tsv`` gives.
"""

from __future__ import annotations

import csv

import pytest
from lxml import etree

from akn_convert.lang import get
from akn_convert.pipeline import Options, convert_file
from akn_convert.readers import clean, pdf
from akn_convert.readers import lines as L
from conftest import DATA, NS

QA = DATA / "pdf-qa"
with open(QA / "MANIFEST.tsv", encoding="utf-8") as f:
    MANIFEST = [row for row in csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t")]
#: the units whose text is compared (cover items aside: the two renditions print them differently)
_TEXT_PATH = ("//a:preamble//a:p | //a:mainBody//a:p | //a:mainBody//a:num | //a:mainBody//a:heading"
              " | //a:conclusions//a:p | //a:authorialNote//a:p")


def _eids(root) -> list[str]:
    return [el.get("eId") for part in root[0] if etree.QName(part).localname != "meta"
            for el in part.iter() if isinstance(el.tag, str) and el.get("eId")]


def _own(el) -> str:
    """The text of ``el`` without the notes inside it (they are compared on their own)."""
    s = el.text or ""
    for child in el:
        if isinstance(child.tag, str) and etree.QName(child).localname != "authorialNote":
            s += _own(child)
        s += child.tail or ""
    return s


def _norm(s: str) -> str:
    """White space collapsed, the typographic apostrophe of the PDF as the clean text's."""
    return " ".join(s.replace("’", "'").split())


def _texts(root) -> list[str]:
    return [_norm(_own(el)) for el in root.xpath(_TEXT_PATH, namespaces=NS)]


def _convert(name: str, symbol: str):
    return convert_file(QA / name, Options(symbol=symbol))


#: each PDF rendition with its manifest row: "{stem}.pdf.txt", and variants of it,
#: "{stem}.{variant}.pdf.txt" (the same pages with their footnote rules not extracted: norule;
#: as an extraction without layout prints them, no indents, no blank lines: flat; page numbers
#: alone at each page's foot, the last one at the end of the text: page-foot)
RENDITIONS = [(row, p.name) for row in MANIFEST for p in sorted(QA.glob(f"{row['stem']}.*pdf.txt"))]


def test_the_manifest_lists_every_pair():
    stems = sorted(p.name[: -len(".clean.txt")] for p in QA.glob("*.clean.txt"))
    assert stems == sorted(row["stem"] for row in MANIFEST)
    assert all((QA / f"{stem}.pdf.txt").exists() for stem in stems)
    assert len(stems) == 16
    assert len(RENDITIONS) == len(list(QA.glob("*.pdf.txt"))) == 25


@pytest.fixture(scope="module", params=RENDITIONS, ids=lambda r: r[1][: -len(".pdf.txt")])
def pair(request):
    row, name = request.param
    clean = _convert(f"{row['stem']}.clean.txt", row["symbol"])
    pdf = _convert(name, row["symbol"])
    return row, clean, pdf


def test_both_shapes_are_read_as_what_they_are(pair):
    _, clean, pdf = pair
    assert (clean.shape, pdf.shape) == ("clean", "pdf")


def test_both_shapes_give_the_manifest_counts(pair):
    row, clean, pdf = pair
    expected = {"preamble": int(row["preambular"]), "operative": int(row["operative"]),
                "points": int(row["points"]), "notes": int(row["notes"]), "star_note": int(row["star"])}
    assert clean.counts == expected
    assert pdf.counts == expected
    assert clean.lang == pdf.lang == row["lang"]


def test_both_shapes_give_the_same_eids(pair):
    _, clean, pdf = pair
    assert _eids(etree.fromstring(pdf.xml)) == _eids(etree.fromstring(clean.xml))


def test_both_shapes_give_the_same_paragraph_texts(pair):
    _, clean, pdf = pair
    assert _texts(etree.fromstring(pdf.xml)) == _texts(etree.fromstring(clean.xml))


def test_both_shapes_put_each_note_at_the_same_place(pair):
    _, clean, pdf = pair

    def places(xml):
        root = etree.fromstring(xml)
        return [(n.get("marker"), n.get("eId"), etree.QName(n.getparent()).localname, _norm("".join(n.itertext())))
                for n in root.xpath("//a:authorialNote", namespaces=NS)]

    assert places(pdf.xml) == places(clean.xml)


# --------------------------------------------------------------------------- the fixes, one by one

EN, FR, ZH = get("eng"), get("fra"), get("zho")
_FORMULA = "      The General Assembly,\n"


def test_a_job_line_with_two_dates_is_page_furniture():
    """Geneva and translated documents print the job number with two dates ("GE.24-12345 (F)
    050724 080724"): it went into the footnote above it."""
    text = (_FORMULA + "      Recalling its resolution 70/1,1\n      __________________\n      1 See A/70/1.\n\n"
            "GE.24-12345 (E)    050724    080724\n*2412345*\nA/HRC/56/L.3\n\n2  GE.24-12345\n"
            "      1.    Decides to remain seized of the matter.\n")
    src = pdf.read(text, EN)
    assert [n.text.text for n in src.notes] == ["See A/70/1."]
    assert [b.text.text for b in src.blocks][-1] == "1. Decides to remain seized of the matter."


@pytest.mark.parametrize("end", ["Criminal Justice”,3", "Criminal Justice\",3", "the Child.”3", "(2019).3"])
def test_a_note_glued_after_a_closing_quote_and_its_punctuation(end):
    """"… entitled “… Criminal Justice”,3": the line ends the recital (the next one was joined
    to it) and 3 is the note's number, not text."""
    assert L.ends_terminal(f"Prevention and {end}", EN)
    text = (_FORMULA + f"      Recalling its resolution 69/194 and the Model Strategies in Crime\n"
            f"Prevention and {end}\n      Noting the Global Study,\n      __________________\n"
            "      3 General Assembly resolution 69/194, annex.\n")
    src = pdf.read(text, EN)
    texts = [b.text.text for b in src.blocks]
    assert texts[2] == "Noting the Global Study,"
    assert not texts[1].endswith("3") and [a.marker for a in src.blocks[1].text.anchors] == ["3"]


def test_a_note_block_without_its_rule_at_the_foot_of_a_page():
    """A footnote block printed without its "_____" rule, above the page's furniture: its
    note number glued above it says it is one."""
    text = (_FORMULA + "  Recalling the outcome document of the Conference on South-South Cooperation1,\n\n"
            "  Recognizing the contribution of the Association of Southeast Asian\n\n\n"
            " 1  Resolution 73/291, annex.\n\n25-21061 (E)    161225\n*2521061*\n\nA/RES/80/61\n\n2/2 25-21061\n\n"
            "Nations,\n\n  1. Decides to remain seized of the matter.\n")
    src = pdf.read(text, EN)
    assert [(n.marker, n.text.text) for n in src.notes] == [("1", "Resolution 73/291, annex.")]
    assert [b.text.text for b in src.blocks][2] == "Recognizing the contribution of the Association of Southeast Asian Nations,"


def test_a_numbered_line_at_a_page_foot_without_a_glued_number_above_stays_text():
    text = (_FORMULA + "  Recalling its resolutions 78/1 and\n\n"
            " 2  other resolutions on the question,\n\n25-21061 (E)    161225\n\n"
            "  1. Decides to remain seized of the matter.\n")
    src = pdf.read(text, EN)
    assert src.notes == []
    assert "2 other resolutions on the question," in src.blocks[1].text.text


def test_a_line_break_in_chinese_clean_text_is_no_space():
    """"*第55次全体会议*  " / "*2025年12月11日*": the PDF joins the two lines without a space,
    as Chinese is written; the clean text now does too (a space stays between Latin words)."""
    src = clean.read("*大会*，\n\n*第55次全体会议*  \n*2025年12月11日*\n\nDistr.: General  \n16 December 2025\n", ZH)
    assert [b.text.text for b in src.blocks] == ["大会，", "第55次全体会议2025年12月11日", "Distr.: General 16 December 2025"]
    assert [(s.start, s.end, s.kind) for s in src.blocks[1].text.spans] == [(0, 8, "i"), (8, 19, "i")]


def test_the_end_of_a_note_continued_at_the_next_page_foot_without_a_rule():
    """"… du Plan d'action mondial des" / page / … / "" / "Nations Unies … personnes." / job
    line: the end of the note, not the text of the paragraph number above it."""
    text = ("  L'Assemblée générale,\n\n  Rappelant sa résolution 72/1 du 27 septembre 20173,\n\n"
            "  1. Prie le Secrétaire général de lui présenter\n\n"
            "__________________\n 3  Déclaration politique sur l'application du Plan d'action mondial des\n\n"
            "25-20145 (F)    091225\n*2520145*\n\nA/RES/80/45\n\n2/3 25-20145\n\nun rapport ;\n\n"
            "    Nations Unies pour la lutte contre la traite des personnes.\n\n\n25-20145 3/3\n\nA/RES/80/45\n\n"
            "Décide d'adopter les principes directeurs.\n")
    src = pdf.read(text, FR)
    assert [n.text.text for n in src.notes] == [
        "Déclaration politique sur l'application du Plan d'action mondial des Nations Unies pour la lutte contre "
        "la traite des personnes."]
    assert [b.text.text for b in src.blocks][-2:] == ["1. Prie le Secrétaire général de lui présenter un rapport ;",
                                                      "Décide d'adopter les principes directeurs."]


def test_a_finished_note_takes_no_text_from_the_next_page_foot():
    text = ("  L'Assemblée générale,\n\n  Rappelant sa résolution 72/1 du 27 septembre 20173,\n\n"
            "__________________\n 3  Déclaration politique.\n\n25-20145 (F)    091225\n\n"
            "  1. Prie le Secrétaire général de lui présenter un rapport sur\n\n"
            "    l'application de la présente résolution.\n\n\n25-20145 3/3\n")
    src = pdf.read(text, FR)
    assert [n.text.text for n in src.notes] == ["Déclaration politique."]
    assert src.blocks[-1].text.text.endswith("sur l'application de la présente résolution.")


def test_a_chinese_note_block_without_its_rule():
    """"《巴黎协定》2": a note number glued to a closing title mark says the block below is notes."""
    text = ("               大会，\n               重申《联合国气候变化框架公约》1和《巴黎协定》2，\n"
            "               认识到联合国粮食及农业组织在推广农\n\n"
            " 1 联合国，《条约汇编》，第1771卷，第30822号。\n 2 见FCCC/CP/2015/10/Add.1。\n\n"
            "25-21071 (C)    161225    171225\n*2521071*\nA/RES/80/71\n\n25-21071 (C) 2/2\n          业技术方面的工作，\n")
    src = pdf.read(text, ZH)
    assert [n.marker for n in src.notes] == ["1", "2"]
    assert [b.text.text for b in src.blocks][-1] == "认识到联合国粮食及农业组织在推广农业技术方面的工作，"


@pytest.mark.parametrize("code, left, right, joined", [
    ("eng", "re-", "affirms", "reaffirms"), ("eng", "co-", "operation", "cooperation"),
    ("eng", "extra-", "budgetary", "extrabudgetary"), ("eng", "multi-", "lateral", "multilateral"),
    ("eng", "in-", "depth", "in-depth"), ("eng", "small-", "scale", "small-scale"),
    ("eng", "re-", "establish", "re-establish"), ("eng", "non-", "governmental", "non-governmental"),
    ("fra", "ré-", "affirme", "réaffirme"), ("fra", "inter-", "gouvernemental", "intergouvernemental"),
    ("fra", "porte-", "parole", "porte-parole"), ("fra", "auto-", "évaluation", "auto-évaluation"),
    ("spa", "afro-", "descendientes", "afrodescendientes"), ("spa", "sub-", "regional", "subregional"),
    ("spa", "Sur-", "Sur", "Sur-Sur"),
])
def test_a_line_end_hyphen_decided_by_un_style(code, left, right, joined):
    """Where the document does not have the word either way, the language's UN style decides
    (the word list counts "re" and "co" as words, and "indepth" as one)."""
    lang = get(code)
    assert L.join([f"x {left}", right], L.Dehyphenator("x", lang)) == f"x {joined}"


def test_a_footer_with_the_job_number_as_the_file_is_named_is_page_furniture():
    text = (_FORMULA + "      Recalling its resolution 70/1,1\n      __________________\n      1 See A/70/1.\n\n"
            "N2518734\n*2518734*\nA/80/L.12\n\n2/2\n      1.    Decides to remain seized of the matter.\n")
    src = pdf.read(text, EN)
    assert [n.text.text for n in src.notes] == ["See A/70/1."]
    assert [b.text.text for b in src.blocks][-1] == "1. Decides to remain seized of the matter."


_A_TO_G = "".join(f"({c}) To act;\n\n" for c in "abcdefg")
_LETTER_I_CLEAN = ("**United Nations** S/RES/2800 (2025)\n\n*The Security Council*,\n\n*Recalling* its resolution 2719 (2023),\n\n"
                   "1. *Calls upon* States:\n\n" + _A_TO_G + "(h) To act, including by:\n\n(i) Reporting;\n\n(ii) Sharing;\n\n"
                   "(i) To act;\n\n(j) To act;\n\n2. *Decides* to remain seized of the matter.\n")
_LETTER_I_PDF = ("United Nations                                S/RES/2800 (2025)\n\n      The Security Council,\n"
                 "      Recalling its resolution 2719 (2023),\n      1.    Calls upon States:\n"
                 + "".join(f"      ({c}) To act;\n" for c in "abcdefg")
                 + "      (h) To act, including by:\n            (i) Reporting;\n\n25-12345 (E)    010125\n*2512345*\n\n"
                 "S/RES/2800 (2025)\n\n2/2                       25-12345\n           (ii) Sharing;\n      (i) To act;\n"
                 "      (j) To act;\n      2.    Decides to remain seized of the matter.\n")


@pytest.mark.parametrize("text", [_LETTER_I_CLEAN, _LETTER_I_PDF], ids=["clean", "pdf"])
def test_the_letter_i_after_a_point_that_announces_sub_points(text):
    """"(h) …, including by:" / "(i) Reporting;" / "(ii) Sharing;" / "(i) To act;": the first
    (i) is (h)'s first sub-point, the second the ninth letter."""
    from akn_convert.pipeline import convert_text

    root = etree.fromstring(convert_text(text, Options(symbol="S/RES/2800 (2025)", meta={"date": "2025-01-01"})).xml)
    points = root.xpath("//a:point/@eId", namespaces=NS)
    assert points[7:] == ["para_1__list_1__point_h", "para_1__list_1__point_h__list_1__point_i",
                          "para_1__list_1__point_h__list_1__point_ii", "para_1__list_1__point_i",
                          "para_1__list_1__point_j"]


@pytest.mark.parametrize("lines, joined", [
    (["Disaster Risk Reduction 2015–", "2030,"], "Disaster Risk Reduction 2015–2030,"),
    (["from 9 September–", "11 October 2024"], "from 9 September–11 October 2024"),
    (["available at www.un.org/", "sustainabledevelopment."], "available at www.un.org/sustainabledevelopment."),
    (["the Council –", "which"], "the Council – which"),
])
def test_a_line_that_ends_on_a_closed_en_dash_or_slash_goes_on_without_a_space(lines, joined):
    assert L.join(lines, L.Dehyphenator("x", EN)) == joined


def test_a_running_header_with_its_title_one_space_apart_without_layout():
    """"A/RES/80/60 Улучшение положения женщин …" between two halves of a word: the header,
    not text; a line that starts with another symbol is text."""
    text = ("Организация Объединенных Наций\nA/RES/80/60\nГенеральная Ассамблея\n80/60. Улучшение положения женщин\n"
            "в сельских районах\nГенеральная Ассамблея,\nпризнавая роль женщин в обеспечении продовольст-\n"
            "25-21060 (R) 151225\nA/RES/80/60 Улучшение положения женщин в сельских районах\n25-21060 (R) 2/2\n"
            "венной безопасности,\nссылаясь на доклады\nA/80/211 Улучшение положения женщин и на резолюцию 78/1,\n")
    texts = [b.text.text for b in pdf.read(text, get("rus")).blocks]
    assert "признавая роль женщин в обеспечении продовольственной безопасности," in texts
    assert texts[-1] == "ссылаясь на доклады A/80/211 Улучшение положения женщин и на резолюцию 78/1,"


def test_latin_ligatures_of_a_pdf_are_letters():
    text = _FORMULA + "      Recalling the ﬁnal documents and the eﬀective ﬂows of ﬁnance,\n"
    assert pdf.read(text, EN).blocks[1].text.text == "Recalling the final documents and the effective flows of finance,"


def test_the_sponsors_note_with_its_star_lost_in_a_note_block_without_its_rule():
    text = ("      Fiji and Samoa: draft resolution\n\n      Disaster risk reduction\n\n" + _FORMULA
            + "      Recalling the SAMOA Pathway,1 and its resolution 78/317,\n"
            "      1.    Calls upon Member States to strengthen their strategies;\n\n"
            "         Also on behalf of the States members of the Alliance of Small\n"
            "         Island States.\n      1 Resolution 69/15, annex.\n\n25-18734 (E)    171125\n*2518734*\n\n"
            "A/80/L.12\n\n2/2    25-18734\n      2.    Decides to remain seized of the matter.\n")
    src = pdf.read(text, EN)
    assert [(n.marker, n.text.text) for n in src.notes] == [
        ("*", "Also on behalf of the States members of the Alliance of Small Island States."),
        ("1", "Resolution 69/15, annex.")]
    assert [b.text.text for b in src.blocks][-2:] == ["1. Calls upon Member States to strengthen their strategies;",
                                                      "2. Decides to remain seized of the matter."]
