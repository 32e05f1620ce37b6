"""A "*" after single sponsors ("Austria*, Chile and Portugal*: draft resolution", the note
"* Non-member State of the Human Rights Council"): the note at the first star, inside
``docProponent``, a ``noteRef`` at each other one; the same from both shapes."""

from __future__ import annotations

from lxml import etree

from conftest import NS

COVER = ("Human Rights Council\nFifty-seventh session\nAgenda item 3\n\n"
         "{sponsors}: draft resolution\n\n")
BODY = ("The Human Rights Council,\n\nRecalling its resolution 48/13 of 8 October 2021,\n\n"
        "1. Decides to continue its consideration of the matter.\n")
NOTE = "Non-member State of the Human Rights Council."


def convert(text: str, shape: str):
    from akn_convert.pipeline import Options, convert_text

    return convert_text(text, Options(shape=shape, symbol="A/HRC/57/L.99", meta={"date": "2024-10-03"}))


def clean_text(sponsors: str) -> str:
    body = BODY.replace("The Human Rights Council,", "*The Human Rights Council*,").replace("Recalling", "*Recalling*")
    body = body.replace("Decides", "*Decides*")
    return COVER.format(sponsors=sponsors.replace("*", "\\*")) + body + f"\n---\n\n\\* {NOTE}\n"


def pdf_text(sponsors: str) -> str:
    return (COVER.format(sponsors=sponsors) + "  " + BODY.replace("\n\n", "\n\n  ")
            + "\n__________________\n\n* " + NOTE + "\n\n\nGE.24-17654\n")


def proponent(result):
    root = etree.fromstring(result.xml)
    p = root.find(".//a:preface//a:docProponent/..", NS)
    return root, p


def test_a_star_after_single_sponsors_in_both_shapes():
    for result in (convert(clean_text("Austria*, Chile and Portugal*"), "clean"),
                   convert(pdf_text("Austria*, Chile and Portugal*"), "pdf")):
        root, p = proponent(result)
        prop = p.find("a:docProponent", NS)
        # the sponsors' names without their stars; the note at Austria, a reference at Portugal
        assert "".join(prop.itertext()).replace(NOTE, "") == "Austria, Chile and Portugal"
        note = prop.find("a:authorialNote", NS)
        assert (note.get("marker"), note.get("eId"), "".join(note.itertext())) == ("*", "authorialNote_star", NOTE)
        assert (prop.text, note.tail) == ("Austria", ", Chile and Portugal")
        refs = p.findall("a:noteRef", NS)
        assert [(r.get("marker"), r.get("href")) for r in refs] == [("*", "#authorialNote_star")]
        assert p.find("a:docStage", NS).text == "draft resolution"
        assert len(root.findall(".//a:authorialNote", NS)) == 1
        assert "*" not in "".join(p.itertext())


def test_one_star_at_the_end_of_the_list_stays_after_the_sponsors():
    for result in (convert(clean_text("Austria, Chile and Portugal*"), "clean"),
                   convert(pdf_text("Austria, Chile and Portugal*"), "pdf")):
        root, p = proponent(result)
        prop = p.find("a:docProponent", NS)
        assert (prop.text, len(prop)) == ("Austria, Chile and Portugal", 0)
        note = p.find("a:authorialNote", NS)
        assert note.getprevious() is prop and note.get("eId") == "authorialNote_star"
        assert p.findall("a:noteRef", NS) == []
