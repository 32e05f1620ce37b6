"""Footnotes on the cover page and the title ("Item 12 of the provisional agenda¹" with "¹ A/79/150.", a title
with a note on a convention): each note stands at the end of its line, named from the root
(``authorialNote_1``: the preface has no eId), and the document stays valid (it was refused:
a note eId the profile rejected, or a note lost from a line kept as plain text)."""

from __future__ import annotations

from lxml import etree

from conftest import NS

CLEAN = """**United Nations** A/79/L.99

**General Assembly**

Distr.: Limited  
1 December 2024  
Original: English

**Seventy-ninth session**  
Item 12 of the provisional agenda<sup>1</sup>

**Austria and Chile: draft resolution**

**Implementation of the Convention<sup>2</sup>**

*The General Assembly*,

*Recalling* its resolution 75/1 of 21 September 2020,

1. *Decides* to remain seized of the matter.

---

<sup>1</sup> A/79/150.

<sup>2</sup> United Nations, *Treaty Series*, vol. 2225, No. 39574.
"""

PDF = """United Nations                                                A/79/L.99
General Assembly                                              Distr.: Limited
                                                              1 December 2024
                                                              Original: English

Seventy-ninth session
Item 12 of the provisional agenda1

Austria and Chile: draft resolution

Implementation of the Convention2

    The General Assembly,

    Recalling its resolution 75/1 of 21 September 2020,

    1. Decides to remain seized of the matter.

__________________
1 A/79/150.
2 United Nations, Treaty Series, vol. 2225, No. 39574.
"""


def convert(text: str, shape: str):
    from akn_convert.pipeline import Options, convert_text

    return convert_text(text, Options(shape=shape))


def test_notes_on_the_agenda_item_and_the_title_in_both_shapes():
    for shape, text in (("clean", CLEAN), ("pdf", PDF)):
        result = convert(text, shape)
        root = etree.fromstring(result.xml)
        preface = root.find(".//a:preface", NS)
        agenda = preface.find("a:p/a:inline[@name='agendaItem']", NS)
        assert agenda.text == "Item 12 of the provisional agenda", shape
        note = agenda.getnext()
        assert (note.get("marker"), note.get("eId"), "".join(note.itertext())) == ("1", "authorialNote_1", "A/79/150.")
        title = preface.find("a:p/a:docTitle", NS)
        assert title.text == "Implementation of the Convention"
        note = title.find("a:authorialNote", NS)
        assert (note.get("marker"), note.get("eId")) == ("2", "authorialNote_2")
        assert note.find(".//a:ref", NS).get("eId") == "authorialNote_2__ref_1"
        assert result.warnings == [] or all("footnote" not in w for w in result.warnings)


def test_a_note_in_the_adoption_lines_is_named_from_the_root():
    text = ("*The General Assembly*,\n\n*Recalling* its resolution 75/1 of 21 September 2020,\n\n"
            "1. *Decides* to remain seized of the matter.\n\n*45th plenary meeting<sup>1</sup>*  \n"
            "*3 April 2025*\n\n---\n\n<sup>1</sup> See A/79/PV.45.\n")
    from akn_convert.pipeline import Options, convert_text

    result = convert_text(text, Options(shape="clean", symbol="A/RES/79/999"))
    root = etree.fromstring(result.xml)
    note = root.find(".//a:conclusions//a:authorialNote", NS)
    assert (note.get("eId"), "".join(note.itertext())) == ("authorialNote_1", "See A/79/PV.45.")
    from akn_convert.commands.refs import report_rows

    assert [(r["eId"], r["text"]) for r in report_rows(result) if r["kind"] == "date"][-1] == (
        "conclusions", "3 April 2025")


def test_a_note_on_the_place_line_stays_there():
    text = CLEAN.replace("**Seventy-ninth session**  \n", "**Seventy-ninth session**  \nVienna, 12–16 October 2024<sup>3</sup>  \n")
    text += "\n<sup>3</sup> Resumed session.\n"
    result = convert(text, "clean")
    root = etree.fromstring(result.xml)
    note = root.find(".//a:preface/a:p[a:location]/a:authorialNote", NS)
    assert (note.get("marker"), note.get("eId"), "".join(note.itertext())) == ("3", "authorialNote_3", "Resumed session.")
    assert all("footnote" not in w for w in result.warnings)
