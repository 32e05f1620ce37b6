"""``akn-convert text``: the AKN back to plain text has the input's words, in order, as the
words-in-order check compares them; one paragraph a line, numbers as printed."""

from __future__ import annotations

import subprocess
import sys

import pytest
from lxml import etree

from conftest import CLEAN, DATA, PDF, SYMBOL


def input_words(path):
    """The words of an input as the words-in-order check takes them (formula to last
    paragraph, then the notes by marker), read afresh from the input file."""
    from akn_convert import lang as languages
    from akn_convert import readers
    from akn_convert.inputs import read_file
    from akn_convert.parse import Hints, body_texts, parse
    from akn_convert.validate.textcheck import input_words as words_of

    text = read_file(path).text
    lang = languages.detect(text)
    source = readers.read(text, lang)
    doc = parse(source, lang, Hints(symbol=SYMBOL))
    return words_of(body_texts(source, lang), {m: n.text.text for m, n in doc.notes.items()})


@pytest.mark.parametrize("path", [CLEAN, PDF], ids=["clean", "pdf"])
def test_same_words_in_order_as_the_input(path):
    from akn_convert.pipeline import Options, convert_file
    from akn_convert.validate.textcheck import compare, words
    from akn_convert.writers.text import plain_text

    root = etree.fromstring(convert_file(path, Options(symbol=SYMBOL)).xml)
    text = plain_text(root)
    expected = input_words(path)
    assert len(expected) > 3000
    assert compare(expected, words(text)) is None


def test_same_words_as_the_check_reads_from_any_akn():
    """A document akn-convert did not write (Arabic, notes with references inside)."""
    from akn_convert.validate.textcheck import output_words, words
    from akn_convert.writers.text import plain_text

    root = etree.parse(str(DATA / "render-sample.ara.xml")).getroot()
    assert words(plain_text(root)) == output_words(root)


def test_one_paragraph_a_line_numbers_as_printed(clean_result):
    from akn_convert.writers.text import NOTES_RULE, plain_text

    paragraphs = plain_text(etree.fromstring(clean_result.xml)).rstrip("\n").split("\n\n")
    body, notes = paragraphs[:paragraphs.index(NOTES_RULE)], paragraphs[paragraphs.index(NOTES_RULE) + 1:]
    assert body[0].startswith("La Conférence des Parties") and body[0].endswith("organisée,")
    assert body[1].startswith("Rappelant les fonctions") and "organisée, en vertu" in body[1]  # no marker left
    numbered = [p.split(" ", 1)[0] for p in body if p[:1].isdigit()]
    assert numbered == [f"{n}." for n in range(1, 18)]
    points = [p.split(" ", 1)[0] for p in body if p[:2] in {f"{c})" for c in "abcdefghijk"}]
    assert points == [f"{c})" for c in "abcdefghijk"]
    assert len(body) == 1 + 22 + 17 + 11
    assert notes[0] == "Également au nom des États membres de l'Union européenne."  # the * note first
    assert notes[1].startswith("Nations Unies, Recueil des Traités") and len(notes) == 5


def test_front_puts_cover_and_preface_first(clean_result):
    from akn_convert.writers.text import plain_text

    root = etree.fromstring(clean_result.xml)
    front = plain_text(root, front=True)
    lines = front.split("\n\n")
    assert lines[:3] == ["Conférence des Parties à la Convention des Nations Unies contre la criminalité "
                         "transnationale organisée", "Distr. limitée", "15 octobre 2020"]
    assert "CTOC/COP/2020/L.6/Rev.1" in lines and "Dixième session" in lines
    assert front.endswith(plain_text(root))


def run(*args):
    return subprocess.run([sys.executable, "-m", "akn_convert", *args], capture_output=True, text=True)


def test_text_command(tmp_path, clean_result):
    from akn_convert.writers.text import plain_text

    xml = tmp_path / "r.xml"
    xml.write_bytes(clean_result.xml)
    done = run("text", str(xml))
    assert done.returncode == 0 and done.stdout == plain_text(etree.fromstring(clean_result.xml))
    out = tmp_path / "r.txt"
    assert run("text", str(xml), "-o", str(out)).returncode == 0
    assert out.read_text("utf-8") == done.stdout


def test_text_command_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<notakn/>", encoding="utf-8")
    done = run("text", str(bad), "-o", str(tmp_path / "out.txt"))
    assert done.returncode != 0 and done.stdout == ""
    assert done.stderr.strip() == f"akn-convert: {bad}: not an Akoma Ntoso 3.0 document (the root element is notakn)"
    assert not (tmp_path / "out.txt").exists()


def test_any_akn_document_gives_its_text_and_its_page():
    """An act (not a UN statement, no title, no FRBRnumber): its body is its text, and the page's
    one heading names it by its work IRI rather than staying empty."""
    from akn_convert.writers.html import render
    from akn_convert.writers.text import plain_text

    data = (DATA / "akn" / "other-act.xml").read_bytes()
    assert plain_text(etree.fromstring(data)) == "1. This Act may be cited as the Example Act.\n"
    page = etree.HTML(render(data))
    assert [h.text for h in page.iter("h1")] == ["/akn/za/act/2009/1"]
    assert page.xpath("//*[@id='sec_1']//text()[contains(., 'Example Act')]")
