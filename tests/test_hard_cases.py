"""The readers' hard cases, one by one, on small texts written for the tests."""

from __future__ import annotations

from akn_convert import lang as languages
from akn_convert.readers import clean, detect_shape, pdf

FR = languages.get("fra")
EN = languages.get("eng")

FORMULA = "  La Conférence des Parties à la Convention,\n\n"


def test_hard_wraps_are_joined():
    src = pdf.read(FORMULA + "  Rappelant les fonctions qui lui sont\nassignées à l’article 32 de la\nConvention,\n", FR)
    assert [b.text.text for b in src.blocks] == [
        "La Conférence des Parties à la Convention,",
        "Rappelant les fonctions qui lui sont assignées à l’article 32 de la Convention,",
    ]


def test_running_headers_and_job_lines_are_removed():
    text = (FORMULA + "  Rappelant sa décision 4/4 et\n\nCTOC/COP/2020/L.6/Rev.1\n\nV.20-05923 2/8\n\n"
            "sa résolution 5/2,\n\n2/8 V.20-05923\n\n  Notant le rapport,\n")
    src = pdf.read(text, FR)
    texts = [b.text.text for b in src.blocks]
    assert texts[1:] == ["Rappelant sa décision 4/4 et sa résolution 5/2,", "Notant le rapport,"]
    assert src.header_symbols == ["CTOC/COP/2020/L.6/Rev.1"]


def test_paragraph_rejoined_across_footnote_block_and_page():
    text = (FORMULA + "  Rappelant la Convention1, et ayant examiné les efforts déployés\n\n__________________\n\n"
            " 1  Nations Unies, Recueil des Traités, vol. 2225, no 39574.\n\n\nCTOC/COP/2020/L.6/Rev.1\n\n"
            "V.20-05923 2/8\n\npour prévenir la traite,\n\n  Notant le rapport,\n")
    src = pdf.read(text, FR)
    assert [b.text.text for b in src.blocks[1:]] == [
        "Rappelant la Convention, et ayant examiné les efforts déployés pour prévenir la traite,",
        "Notant le rapport,",
    ]
    assert [(n.marker, n.text.text) for n in src.notes] == [("1", "Nations Unies, Recueil des Traités, vol. 2225, no 39574.")]
    assert [(a.offset, a.marker) for a in src.blocks[1].text.anchors] == [(len("Rappelant la Convention"), "1")]


def test_line_end_hyphen_of_a_compound_is_kept():
    src = pdf.read(FORMULA + "  Encourage les États à répondre aux questionnaires d’auto-\névaluation du Mécanisme,\n", FR)
    assert "questionnaires d’auto-évaluation du Mécanisme" in src.blocks[1].text.text


def test_line_end_hyphen_of_a_broken_word_is_removed():
    text = "The Security Council,\n\nRecalling that the Force must not prevent it from dis-\ncharging its duties,\n"
    src = pdf.read(text, EN)
    assert src.blocks[1].text.text == "Recalling that the Force must not prevent it from discharging its duties,"


def test_line_end_hyphen_decided_by_the_language_word_list():
    """Where the document's own words leave a line-end hyphen open, the language's word list
    (wordfreq) decides: compounds whose joined form is no word keep it ("good-neighbourliness",
    "gender-based", "réunion-débat"); a common word that is more common than its two halves apart
    is joined, even after a listed prefix ("state-" / "ment", "inter-" / "national")."""
    text = ("The General Assembly,\n\nRecalling the principles of good-\nneighbourliness and gender-\n"
            "based violence, the state-\nment of the President and inter-\nnational law,\n")
    assert pdf.read(text, EN).blocks[1].text.text == (
        "Recalling the principles of good-neighbourliness and gender-based violence, the statement of the "
        "President and international law,")
    fr = pdf.read(FORMULA + "  Se félicitant de la réunion-\ndébat tenue à Vienne et de la coopé-\nration,\n", FR)
    assert fr.blocks[1].text.text == "Se félicitant de la réunion-débat tenue à Vienne et de la coopération,"


def test_line_end_hyphen_of_latin_words_in_chinese_text():
    """Latin words cut at a hyphen in a Chinese text: wordfreq cuts Chinese with jieba, which is
    not installed; the word list then says nothing and the hyphen goes (it raised before)."""
    text = "大会，\n\n回顾关于non-\nstate actors的报告，\n"
    assert pdf.read(text, languages.get("zho")).blocks[1].text.text == "回顾关于nonstate actors的报告，"


def test_hyphen_kept_before_a_capital():
    text = "The Security Council,\n\nRequests the Secretary-\nGeneral to report,\n"
    assert pdf.read(text, EN).blocks[1].text.text == "Requests the Secretary-General to report,"


def test_footnote_number_glued_to_a_word():
    text = (FORMULA + "  Rappelant l’article 32 de la Convention des Nations Unies contre la criminalité "
            "transnationale organisée1, en vertu duquel,\n\n__________________\n\n 1  Nations Unies, vol. 2225.\n")
    src = pdf.read(text, FR)
    t = src.blocks[1].text
    assert "organisée, en vertu" in t.text and "organisée1" not in t.text
    assert [(t.text[: a.offset][-9:], a.marker) for a in t.anchors] == [("organisée", "1")]


def test_footnote_number_glued_to_a_year():
    text = (FORMULA + "  Rappelant les résolutions 2015/23 du 21 juillet 2015 et 2017/18 du 6 juillet\n"
            "20173, et ayant examiné les rapports,\n\n__________________\n\n"
            " 1  Une note.\n 2  Une autre.\n 3  Prenant note des résolutions 2331 (2016).\n")
    src = pdf.read(text, FR)
    t = src.blocks[1].text
    assert "du 6 juillet 2017, et ayant examiné" in t.text
    assert [a.marker for a in t.anchors] == ["3"]  # notes 1 and 2 have no marker in this text
    assert t.text[: t.anchors[0].offset].endswith("du 6 juillet 2017")


def test_sponsors_note_whose_star_was_lost():
    text = ("  Application effective du Protocole\n\n" + FORMULA + "  Rappelant la Convention,\n\n"
            "__________________\n\n \n  Également au nom des États membres de l’Union européenne.\n\n"
            " 1  Nations Unies.\n")
    src = pdf.read(text, FR)
    assert [(n.marker, n.text.text) for n in src.notes][0] == ("*", "Également au nom des États membres de l’Union européenne.")


def test_clean_markdown_markers_and_notes():
    text = ("**Australie et Union européenne\\* : projet de résolution révisé**\n\n"
            "*La Conférence des Parties à la Convention,*\n\n"
            "*Rappelant* la Convention<sup>1</sup>, et ayant examiné les efforts déployés\n\n---\n\n"
            "\\* Également au nom des États membres.\n\n<sup>1</sup> Nations Unies, *Recueil des Traités*.\n\n\n\n"
            "pour prévenir la traite,\n")
    src = clean.read(text, FR)
    texts = [b.text.text for b in src.blocks]
    assert texts == [
        "Australie et Union européenne : projet de résolution révisé",
        "La Conférence des Parties à la Convention,",
        "Rappelant la Convention, et ayant examiné les efforts déployés pour prévenir la traite,",
    ]
    assert [a.marker for a in src.blocks[0].text.anchors] == ["*"]
    rec = src.blocks[2].text
    assert [(s.start, s.end, s.kind) for s in rec.spans] == [(0, 9, "i")]
    assert [(a.offset, a.marker) for a in rec.anchors] == [(len("Rappelant la Convention"), "1")]
    assert [(n.marker, n.text.text) for n in src.notes] == [
        ("*", "Également au nom des États membres."), ("1", "Nations Unies, Recueil des Traités.")]
    assert [(s.kind, n) for n in src.notes[1:] for s in n.text.spans] == [("i", src.notes[1])]


def test_shape_detection():
    assert detect_shape("*Rappelant* la Convention<sup>1</sup>,\n") == "clean"
    assert detect_shape("  Rappelant la\nConvention,\n\nV.20-05923 2/8\n") == "pdf"


def test_cover_lines_are_not_joined_across_a_note_block():
    # above the formula, a line without final punctuation ("… : projet de résolution") is not
    # cut by the note block after it: the title after the block stands on its own
    text = ("**Australie et Union européenne\\* : projet de résolution**\n\n---\n\n"
            "\\* Également au nom des États membres de l'Union européenne.\n\n"
            "**Application effective du Protocole**\n\n" + FORMULA
            + "*Rappelant* les fonctions qui lui sont assignées\n\n---\n\n<sup>1</sup> Note.\n\n"
            "à l'article 32 de la Convention<sup>1</sup>,\n")
    src = clean.read(text, FR)
    assert [b.text.text for b in src.blocks] == [
        "Australie et Union européenne : projet de résolution",
        "Application effective du Protocole",
        "La Conférence des Parties à la Convention,",
        "Rappelant les fonctions qui lui sont assignées à l'article 32 de la Convention,",
    ]
    assert [a.marker for a in src.blocks[0].text.anchors] == ["*"]


def test_a_page_that_starts_with_a_number_is_no_footnote_block():
    # "… on" / page break / "18 October 1993, unless …": the number opening the page is the
    # sentence's, not a footnote's; the paragraphs after it stay paragraphs (they became notes)
    text = ("Resolution 873 (1993)\n\n  The Security Council,\n\n  Recalling its resolution 841 (1993),\n\n"
            "  1. Decides to bring into force the measures as of 2359 hours eastern standard time on\n\n\n"
            "S/RES/873 (1993)\n\n93-55555\n\n\n"
            "18 October 1993, unless the Secretary-General has reported otherwise;\n\n"
            "  2. Requests the Secretary-General to report;\n\n  3. Decides to remain seized of the matter.\n")
    src = pdf.read(text, EN)
    assert src.notes == []
    assert [b.text.text[:12] for b in src.blocks[-3:]] == ["1. Decides t", "2. Requests ", "3. Decides t"]
    assert src.blocks[-3].text.text.endswith("standard time on 18 October 1993, unless the Secretary-General has "
                                             "reported otherwise;")
