"""Archive-style resolutions (yearbook headings, OCR noise, 1946 onwards), written for the
tests in English, French and Russian, clean and as a PDF or a scan gives them: the evaluation
over their manifest, then one test per fix they led to."""

from __future__ import annotations

import random
import re
import textwrap

import pytest
from lxml import etree
from typer.testing import CliRunner

from akn_convert import lang as languages
from akn_convert.cli import app
from akn_convert.errors import AknConvertError, StructureError
from akn_convert.evaluation import COUNTS, count, evaluate, read_manifest
from akn_convert.organs import parse_symbol
from akn_convert.parse.structure import formula_organ
from akn_convert.pipeline import Options, convert_file, convert_text
from conftest import DATA, NS

ARCHIVE = DATA / "archive-qa"
MANIFEST = ARCHIVE / "MANIFEST.tsv"
ROWS = read_manifest(MANIFEST)
runner = CliRunner()


@pytest.fixture(scope="module")
def report():
    return evaluate(ARCHIVE, MANIFEST)


@pytest.mark.parametrize("file", [r.file for r in ROWS])
def test_each_document_is_exact(report, file):
    outcome = next(o for o in report.outcomes if o.row.file == file)
    assert outcome.error is None
    assert outcome.counts == outcome.row.counts
    assert outcome.got == outcome.row.expected  # language, organ, symbol, adoption date


def test_totals_per_language_and_shape(report):
    totals = report.totals()
    assert len(report.outcomes) == 20 and report.all_exact
    assert {lang: totals[(lang, "*")].documents for lang in ("eng", "fra", "rus")} == {"eng": 10, "fra": 5, "rus": 5}
    assert totals[("*", "clean")].documents == 8 and totals[("*", "pdf-raw")].documents == 12
    assert totals[("*", "*")].got == {"preamble": 66, "operative": 68, "points": 25, "notes": 1}


def _xml(name: str, **options):
    return etree.fromstring(convert_file(ARCHIVE / name, Options(**options)).xml)


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


# ---------------------------------------------------------------- an OCR-misread formula


@pytest.mark.parametrize("code, formula, organ", [
    ("en", "The Security Counci1,", "un-sc"),  # digit 1 for l
    ("en", "The Sccurity Council,", "un-sc"),  # one letter off
    ("en", "The General Assernbly,", "un-ga"),  # rn for m
    ("fr", "Le Consei1 de sécurité,", "un-sc"),
    ("ru", "Генepальная Accамблея,", "un-ga"),  # Latin "e", "p", "c" among the Cyrillic
])
def test_a_formula_misread_by_ocr_still_names_its_organ(code, formula, organ):
    assert formula_organ(formula, languages.get(code)) == organ


@pytest.mark.parametrize("code, text", [
    ("en", "The Secretary-General,"),
    ("en", "The Security Cabinet,"),  # more than one letter off
    ("en", "The Council,"),
    ("ru", "Генеральный секретарь,"),
])
def test_other_lines_are_not_taken_for_a_formula(code, text):
    assert formula_organ(text, languages.get(code)) is None


def test_ocr_formula_gives_the_symbol_from_the_heading():
    root = _xml("S-RES-61-1948.en.pdf-raw.txt")
    assert root.find(".//a:FRBRWork/a:FRBRnumber", NS).get("showAs") == "S/RES/61 (1948)"
    assert root.find(".//a:FRBRWork/a:FRBRauthor", NS).get("href") == "#un-sc"
    ru = convert_file(ARCHIVE / "A-RES-2160-XXI.ru.pdf-raw.txt", Options())
    assert (ru.lang, ru.document.organ, ru.document.symbol) == ("rus", "un-ga", "A/RES/2160 (XXI)")


# ---------------------------------------------------------------- a report's running header


def test_a_reports_running_header_yields_to_the_resolutions_heading():
    result = convert_file(ARCHIVE / "A-HRC-RES-7-12.en.pdf-raw.txt", Options())
    assert result.document.symbol == "A/HRC/RES/7/12"
    assert "A/HRC/7/78" not in result.xml.decode()


def test_without_a_heading_the_running_header_is_still_the_symbol():
    text = (ARCHIVE / "A-HRC-RES-7-12.en.pdf-raw.txt").read_text("utf-8")
    result = convert_text(text.split("\n", 2)[2], Options(shape="pdf"))
    assert result.document.symbol == "A/HRC/7/78"


# ---------------------------------------------------------------- yearbook notes after the adoption line


def test_a_note_after_the_adoption_line_and_one_blank_line_is_a_note():
    root = _xml("S-RES-188-1964.en.pdf-raw.txt")
    notes = root.findall(".//a:authorialNote", NS)
    assert [(n.get("marker"), n.get("eId")) for n in notes] == [("1", "recs_1__rec_1__authorialNote_1")]
    assert _text(notes[0]).endswith("document S/5635.")
    conclusions = root.find(".//a:conclusions", NS)
    assert "Official Records" not in _text(conclusions)


# ---------------------------------------------------------------- sections numbered without heading


@pytest.mark.parametrize("name", ["A-RES-1803-XVII.en.clean.txt", "A-RES-1803-XVII.en.pdf-raw.txt"])
def test_sections_with_a_number_only_and_a_lead_in(name):
    root = _xml(name)
    sections = root.findall(".//a:mainBody/a:section", NS)
    assert [s.get("eId") for s in sections] == ["sec_I", "sec_II"]
    assert [s.find("a:heading", NS) for s in sections] == [None, None]
    assert _text(sections[0].find("a:intro", NS)) == "Declares that:"
    assert [[p.get("eId") for p in s.findall("a:paragraph", NS)] for s in sections] == [
        ["para_1", "para_2", "para_3"], ["para_4", "para_5"]]
    assert _text(sections[0].findall("a:paragraph", NS)[-1]).endswith("by international law;")
    assert root.find(".//a:preamble/a:formula[@name='operativeLeadIn']", NS) is None
    assert count(etree.tostring(root))["operative"] == 5  # paragraphs inside sections are counted


def test_a_bare_section_number_with_no_blank_line_before_its_paragraph():
    text = (ARCHIVE / "A-RES-1803-XVII.en.pdf-raw.txt").read_text("utf-8").replace("II\n\n4.", "II\n4.")
    root = etree.fromstring(convert_text(text, Options(shape="pdf")).xml)
    assert [p.get("eId") for p in root.findall(".//a:section[@eId='sec_II']/a:paragraph", NS)] == ["para_4", "para_5"]


# ---------------------------------------------------------------- emergency special sessions


def test_an_emergency_special_session_number():
    result = convert_file(ARCHIVE / "A-RES-1000-ES-I.en.pdf-raw.txt", Options())
    assert (result.document.symbol, result.document.date) == ("A/RES/1000 (ES-I)", "1956-11-05")
    assert not any("session" in w for w in result.warnings)
    symbol = parse_symbol("A/RES/1000 (ES-I)")
    assert (symbol.organ, symbol.adopted, symbol.number) == ("un-ga", True, "1000")


# ---------------------------------------------------------------- resolutions in parts: one clean error


def test_a_resolution_in_parts_each_with_its_formula_is_refused_in_one_line(tmp_path):
    out = tmp_path / "out.xml"
    source = ARCHIVE / "errors" / "A-RES-1001-ES-I.parts.en.clean.txt"
    result = runner.invoke(app, ["convert", str(source), "-o", str(out)])
    assert result.exit_code != 0
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and "a second opening formula" in lines[0] and "(line 15)" in lines[0]
    assert "Traceback" not in result.output and not out.exists()
    with pytest.raises(StructureError):
        convert_file(source, Options())


# ---------------------------------------------------------------- noise: right or one clean error

SUBS = [("l", "1"), ("O", "0"), ("m", "rn"), ("e", "c"), ("é", "e"), ("о", "o"), ("е", "e"), ("с", "c")]


def _noisy(text: str, rnd: random.Random) -> str:
    """``text`` as a scan might give it: letters misread inside words (never a paragraph's
    first word, numbers or labels), lines wrapped, some words hyphenated across lines."""
    out = []
    for para in text.split("\n\n"):
        lines = []
        for line in para.split("\n"):
            words = line.split(" ")
            for k, w in enumerate(words):
                if k and w.isalpha() and rnd.random() < 0.08:
                    a, b = rnd.choice(SUBS)
                    words[k] = w.replace(a, b, 1)
            wrapped = textwrap.wrap(" ".join(words), rnd.randint(45, 60), break_long_words=False,
                                    break_on_hyphens=False) or [line]
            for j in range(len(wrapped) - 1):
                first = wrapped[j + 1].split(" ")[0]
                if len(first) > 7 and first.isalpha() and rnd.random() < 0.3:
                    cut = rnd.randint(3, len(first) - 3)
                    wrapped[j] += f" {first[:cut]}-"
                    wrapped[j + 1] = first[cut:] + wrapped[j + 1][len(first):]
            lines += wrapped
        out.append("\n".join(lines))
    return "".join(p + ("\n" if rnd.random() < 0.1 else "\n\n") for p in out)


@pytest.mark.parametrize("row", [r for r in ROWS if r.shape == "clean"], ids=lambda r: r.file)
def test_noise_gives_the_structure_or_one_clean_error(row):
    text = (ARCHIVE / row.file).read_text("utf-8")
    converted = 0
    for seed in range(4):
        noisy = _noisy(text, random.Random(seed))
        try:
            result = convert_text(noisy, Options(shape="pdf"))
        except AknConvertError as exc:
            assert "\n" not in str(exc)
            continue
        converted += 1
        assert count(result.xml) == row.counts, seed
        assert (result.lang, result.document.organ) == (row.expected["language"], row.expected["organ"]), seed
        if result.document.symbol is not None:
            assert result.document.symbol == row.expected["symbol"], seed
    assert converted >= 3


def test_manifest_columns_are_the_corpus_ones():
    header = MANIFEST.read_text("utf-8").splitlines()[0].split("\t")
    assert header == ["file", "language", "organ", "symbol", "date", "shape", *COUNTS, "source"]
    assert all(re.fullmatch(r"[\w.()-]+\.(en|fr|ru)\.(clean|pdf-raw)\.txt", r.file) for r in ROWS)
