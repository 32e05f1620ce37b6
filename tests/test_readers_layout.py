"""Readers: paragraph rules and footnote markers on the layout oddities of real extractions
(pdfminer, pypdf, OCR), in every language."""

from __future__ import annotations

from akn_convert import readers
from akn_convert.lang import get
from akn_convert.readers import lines as L
from akn_convert.readers.markers import find_markers
from akn_convert.readers.pdf import is_job_or_page

EN, FR, RU, ZH, AR = (get(c) for c in ("en", "fr", "ru", "zh", "ar"))


def _texts(text: str, lang=EN, shape="pdf") -> list[str]:
    return [b.text.text for b in readers.read(text, lang, shape).blocks]


def test_a_number_alone_on_its_line_keeps_its_text():
    """pdfminer prints "2. " and the paragraph's text after a blank line."""
    text = "The General Assembly,\n\nNoting the report,\n\n1. Welcomes the report;\n\n2. \n\nInvites States to act;\n"
    assert _texts(text) == ["The General Assembly,", "Noting the report,", "1. Welcomes the report;",
                            "2. Invites States to act;"]


def test_no_paragraph_starts_inside_a_quotation():
    text = ("Reaffirming resolution 51/122, entitled “Declaration on Cooperation for the Benefit of All States,\n"
            "Taking into Particular Account the Needs of Developing Countries”, and the need,\n"
            "Mindful of the importance of space,\n")
    assert _texts(text) == [
        "Reaffirming resolution 51/122, entitled “Declaration on Cooperation for the Benefit of All States, "
        "Taking into Particular Account the Needs of Developing Countries”, and the need,",
        "Mindful of the importance of space,"]


def test_a_glued_marker_after_the_last_punctuation_ends_the_paragraph():
    assert L.ends_terminal("on the implementation of resolution 72/4;1", EN)
    assert L.ends_terminal("des enfants,2", FR)
    assert not L.ends_terminal("in the year 2015", EN)
    text = " 1. Takes note of the report on resolution 72/4;1\n 2. Reiterates its call;\n"
    assert _texts(text) == ["1. Takes note of the report on resolution 72/4;1", "2. Reiterates its call;"]


def test_full_width_punctuation_ends_chinese_paragraphs_and_lines_join_without_spaces():
    assert L.ends_terminal("回顾其决议，", ZH) and L.ends_terminal("提供技术援助。", ZH)
    assert L.ends_terminal("تقرر ما يلي؛", AR)
    text = "大会，\n\n回顾其关于儿童权利的\n各项决议，\n\n1. 决定采取行动。\n"
    assert _texts(text, ZH) == ["大会，", "回顾其关于儿童权利的各项决议，", "1. 决定采取行动。"]


def test_an_adoption_line_run_on_after_the_last_paragraph_is_its_own_block():
    text = ("постановляет восстановить права Китая во всех\nучреждениях.\n"
            "1976-е пленарное заседание,\n25 октября 1971 года.\n")
    assert _texts(text, RU) == ["постановляет восстановить права Китая во всех учреждениях.",
                                "1976-е пленарное заседание, 25 октября 1971 года."]


def test_a_symbol_is_not_a_footnote_marker():
    found = find_markers(["[without reference to a Main Committee (A/73/L.6 and A/73/L.6/Add.1)]",
                          "the objectives of UNISPACE+50, 6 which provide a perspective"], ["6"], EN)
    assert list(found) == [1]  # "UNISPACE+50, 6": a spaced marker after a word with digits


def test_a_marker_at_the_end_of_a_block_and_after_a_number():
    found = find_markers(["Acting in response to the request of the Government of Lebanon, 29",
                          "on the implementation of resolution 72/4;1"], ["29", "1"], EN)
    assert {b: [c.marker for c in cs] for b, cs in found.items()} == {0: ["29"], 1: ["1"]}
    assert find_markers(["a rate of 5 %"], ["5"], EN) == {}


def test_job_lines_of_every_duty_station():
    assert all(is_job_or_page(s) for s in ("GE.25-05555(E)", "V.20-05923 2/8", "18-18418 (E)    071118", "2/5"))
    assert not is_job_or_page("2025-2030")


def test_words_pdfminer_split_are_mended_from_the_document_s_own_words():
    from akn_convert.readers.splits import mend

    texts = ["the first United Nations Confere nce on Outer Space, in o rder to",
             "the Conference, outer space, an order, a part of it, apart from that",
             "at its seventy -fifth session (UN -SPIDER); peopl e and people"]
    assert mend(texts, EN) == ["the first United Nations Conference on Outer Space, in order to",
                           "the Conference, outer space, an order, a part of it, apart from that",
                           "at its seventy-fifth session (UN-SPIDER); people and people"]
    # "a" (English) and "o", "y" (Spanish) are words, never halves of one
    assert mend(["a part", "apart"], EN) == ["a part", "apart"]
    assert mend(["o rder y order"], get("es")) == ["o rder y order"]


def test_a_hyphen_set_apart_at_a_line_end():
    assert L.join(["including capacity -", "building activities"]) == "including capacity-building activities"
    assert L.join(["States –", "and others"]) == "States – and others"


def test_fragments_pdfminer_put_before_their_opener():
    """"in" / "that" / "Reaffirming," / "regard, …": the opener goes first, and the fragments
    start its paragraph instead of ending the one before."""
    text = ("Mindful of the need to promote access to space,\n\nin \n\nthat \n\nReaffirming, \n\n"
            "regard,  General  Assembly \n\nresolution  51/122  of \n13 December 1996,\n\n"
            "Mindful of the importance of knowledge,\n")
    assert _texts(text) == ["Mindful of the need to promote access to space,",
                            "Reaffirming, in that regard, General Assembly resolution 51/122 of 13 December 1996,",
                            "Mindful of the importance of knowledge,"]


def test_a_sentence_cut_by_a_blank_line_after_a_function_word_goes_on():
    """pdfminer sets a blank line inside a paragraph; the line before ends with "of the"."""
    text = ("The General Assembly,\n\nHaving considered the report of the\n\nSecretary-General on the question,\n\n"
            "Noting with appreciation the work of the\n\nRecalling its resolution 72/4,\n\n"
            "1. Welcomes the report;\n")
    assert _texts(text) == [
        "The General Assembly,",
        "Having considered the report of the Secretary-General on the question,",
        # an opener after the blank line starts a paragraph all the same
        "Noting with appreciation the work of the",
        "Recalling its resolution 72/4,",
        "1. Welcomes the report;"]
    fr = "La Conférence,\n\nRappelant la résolution de la\n\nCommission des stupéfiants,\n\n1. Décide d’agir ;\n"
    assert _texts(fr, FR) == ["La Conférence,", "Rappelant la résolution de la Commission des stupéfiants,",
                              "1. Décide d’agir ;"]
    # a line that ends with a word of substance stays a paragraph of its own
    assert _texts("Distr.: General\n\n31 October 2018\n", EN) == ["Distr.: General", "31 October 2018"]


PAGE_BREAK = "\n\n\n24-01234\n\n\n"


def test_a_point_label_at_the_top_of_a_page_starts_a_point():
    """"f) … ;" / page / "g) Envisager …": a lower-case letter label is no continuation."""
    text = ("La Conférence,\n\n1. Décide :\n\n  f) Mettre en place des mécanismes de protection pour les\n"
            "familles, conformément au droit interne ;" + PAGE_BREAK +
            "  g) Envisager de prévoir que les victimes ne sont pas sanctionnées ;\n")
    assert _texts(text, FR) == ["La Conférence,", "1. Décide :",
                                "f) Mettre en place des mécanismes de protection pour les familles, "
                                "conformément au droit interne ;",
                                "g) Envisager de prévoir que les victimes ne sont pas sanctionnées ;"]
    # without a complete sentence above, a label still starts a point, unless the sentence stops
    # on a function word
    text = ("The Security Council,\n\n4. Calls upon all States to strengthen the arms\nembargo" + PAGE_BREAK +
            "(a) By implementing it fully;\n")
    assert _texts(text)[-2:] == ["4. Calls upon all States to strengthen the arms embargo",
                                 "(a) By implementing it fully;"]
    text = "The Security Council,\n\n4. Recalls paragraph 3 of the" + PAGE_BREAK + "(a) annex;\n"
    assert _texts(text)[-1] == "4. Recalls paragraph 3 of the (a) annex;"


def test_a_note_number_printed_apart_before_a_page_break_ends_the_paragraph():
    """Yearbooks print the note number apart: "… Protocol, 28" / page / "Deeply concerned …"."""
    text = ("The Security Council,\n\nDeploring the use of chemical weapons contrary to the 1925 Geneva\n"
            "Protocol, 28" + PAGE_BREAK + "Deeply concerned that further escalation may take place,\n\n"
            "3. Urges that prisoners-of-war be released in accordance with the Third Geneva\n"
            "Convention of 12 August 1949; 31" + PAGE_BREAK + "4. Calls upon Iran and Iraq to co-operate;\n")
    assert _texts(text) == ["The Security Council,",
                            "Deploring the use of chemical weapons contrary to the 1925 Geneva Protocol, 28",
                            "Deeply concerned that further escalation may take place,",
                            "3. Urges that prisoners-of-war be released in accordance with the Third Geneva "
                            "Convention of 12 August 1949; 31",
                            "4. Calls upon Iran and Iraq to co-operate;"]
    # a number that is not a note goes on across the page when no opener follows
    text = "The Security Council,\n\nRecalling its resolutions 2331 (2016), 2388" + PAGE_BREAK + "(2017),\n"
    assert _texts(text)[-1] == "Recalling its resolutions 2331 (2016), 2388 (2017),"


def test_a_sentence_cut_by_a_page_break_after_a_formula_on_two_lines_goes_on():
    text = ("The Conference of the States Parties to the United Nations Convention\nagainst Corruption,\n\n"
            "Recalling also its resolutions 3/1 of 13 November 2009 and 9/4 of" + PAGE_BREAK +
            "17 December 2021, and its decision 5/1,\n\n1. Decides to act;\n")
    assert _texts(text)[1:] == ["Recalling also its resolutions 3/1 of 13 November 2009 and 9/4 of "
                                "17 December 2021, and its decision 5/1,", "1. Decides to act;"]
