"""End-to-end QA: eight whole resolutions written for the tests (French and English; GA Third
Committee revised draft, HRC resolution with sections, SC resolution, ECOSOC resolution with a
nested draft, CCPCJ draft decision, CND draft with an annex, CAC/COSP draft citing the
Convention's articles, GA plenary resolution with a star note and a vote line), each in both
shapes (``NAME.clean.txt`` and ``NAME.pdf.txt``: cover block, running headers, job and page lines,
notes at the page feet, hard wraps, glued note numbers).  ``NAME.expected.json`` holds what a
careful reader expects of both: counts, identity, and every reference, date and organization
in reading order.  Beyond that: the same eIds from both shapes, ``akn-convert text`` gives the
input's words in order, ``render`` gives a page whose in-page links resolve, and ``batch`` over
the folder converts every file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest import NS

HERE = Path(__file__).parent / "data" / "e2e-qa"
NAMES = sorted(p.name[: -len(".expected.json")] for p in HERE.glob("*.expected.json"))
SHAPES = ("clean", "pdf")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip()


def facts(root) -> dict:
    """What the expectations list, read from the XML."""
    x = lambda q: root.xpath(q, namespaces=NS)  # noqa: E731
    c = lambda q: int(x(f"count({q})"))  # noqa: E731
    spans = lambda q, attr: [[norm("".join(e.itertext())), e.get(attr)] for e in x(q)]  # noqa: E731
    return {
        "counts": {"preambular": c(f"//a:recital{OWN}"), "operative": c(f"//a:mainBody//a:paragraph{OWN}"),
                   "points": c(f"//a:mainBody//a:point{OWN}"), "notes": c("//a:authorialNote[@marker!='*']"),
                   "star": c("//a:authorialNote[@marker='*']")},
        "symbol": x("string(//a:FRBRWork/a:FRBRnumber/@showAs)"),
        "organ": x("string(//a:FRBRWork/a:FRBRauthor/@href)"),
        "name": x("string(/a:akomaNtoso/*/@name)"),
        "work": x("string(//a:FRBRWork/a:FRBRuri/@value)"),
        "language": x("string(//a:FRBRlanguage/@language)"),
        "date": x("string(//a:FRBRWork/a:FRBRdate/@date)"),
        "refs": spans("//a:ref", "href"),
        "dates": spans("//a:date", "date"),
        "organizations": spans("//a:organization", "refersTo"),
    }


OWN = "[not(ancestor::a:attachments)]"  # the resolution's own parts, its annexes aside
_CACHE: dict = {}


def converted(name: str, shape: str):
    if (name, shape) not in _CACHE:
        from akn_convert.pipeline import Options, convert_file

        result = convert_file(HERE / f"{name}.{shape}.txt", Options())
        _CACHE[name, shape] = (result, etree.fromstring(result.xml))
    return _CACHE[name, shape]


def expected(name: str) -> dict:
    return json.loads((HERE / f"{name}.expected.json").read_text(encoding="utf-8"))


def clean_input_words(name: str) -> list[str]:
    """The words of the clean input from its formula on (cover aside), markup and note
    markers dropped, the notes last (the sponsors' note first): how a reader reads it."""
    text = (HERE / f"{name}.clean.txt").read_text(encoding="utf-8")
    want = expected(name)
    body = re.sub(r"<sup>\d+</sup>", "", text[text.index(want["formula_starts"]):]).replace("\\*", "")
    body, rule, notes = body.rpartition("\n---\n") if "\n---\n" in body else (body, "", "")
    # an adoption line above the formula is the conclusions', after the last paragraph (the profile)
    return words(body) + words(want.get("formula_adoption_line", "")) + words(notes)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.replace("\u2019", "'"))


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", NAMES)
def test_what_a_reader_expects(name, shape):
    want = {k: v for k, v in expected(name).items() if not k.startswith(("formula_", "_"))}
    got = facts(converted(name, shape)[1])
    for key in want:
        assert got[key] == want[key], key


@pytest.mark.parametrize("name", NAMES)
def test_both_shapes_give_the_same_eids(name):
    clean, pdf = (converted(name, s)[1] for s in SHAPES)
    assert clean.xpath("//@eId") == pdf.xpath("//@eId")


def front(root) -> list[tuple[tuple[str, ...], str]]:
    """Each paragraph of the cover pages and prefaces (annexes' too) as the elements it holds
    and its text, notes and emphasis aside."""
    out = []
    for p in root.xpath("//a:coverPage//a:p[not(ancestor::a:authorialNote)] | "
                        "//a:preface//a:p[not(ancestor::a:authorialNote)]", namespaces=NS):
        p = etree.fromstring(etree.tostring(p))
        for note in p.xpath(".//a:authorialNote", namespaces=NS):
            note.getparent().remove(note)
        kinds = tuple(f"{etree.QName(e).localname}:{e.get('name', '')}" for e in p.iter()
                      if etree.QName(e).localname not in {"i", "b"})
        out.append((kinds, norm("".join(p.itertext()))))
    return out


@pytest.mark.parametrize("name", NAMES)
def test_both_shapes_give_the_same_front(name):
    """The same cover metadata where both carry it (the PDF's masthead and the clean text's)."""
    clean, pdf = (front(converted(name, s)[1]) for s in SHAPES)
    assert clean == pdf


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", NAMES)
def test_text_command_gives_the_inputs_words(name, shape, tmp_path):
    from akn_convert.cli import app

    xml = tmp_path / f"{name}.xml"
    xml.write_bytes(converted(name, shape)[0].xml)
    out = CliRunner().invoke(app, ["text", str(xml)])
    assert out.exit_code == 0, out.output
    assert words(out.stdout) == clean_input_words(name)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", NAMES)
def test_render_links_resolve_inside_the_page(name, shape, tmp_path):
    from akn_convert.cli import app

    xml = tmp_path / f"{name}.xml"
    xml.write_bytes(converted(name, shape)[0].xml)
    html = tmp_path / f"{name}.html"
    out = CliRunner().invoke(app, ["render", str(xml), "-o", str(html)])
    assert out.exit_code == 0, out.output
    page = etree.parse(str(html), etree.HTMLParser()).getroot()
    ids = set(page.xpath("//@id"))
    inside = [h[1:] for h in page.xpath("//a/@href") if h.startswith("#")]
    assert inside and not [h for h in inside if h not in ids]
    for eid in converted(name, shape)[1].xpath("//a:paragraph/@eId | //a:recital/@eId", namespaces=NS):
        assert eid in ids


def test_batch_converts_the_folder(tmp_path):
    from akn_convert.cli import app

    out = CliRunner().invoke(app, ["batch", str(HERE), "-o", str(tmp_path / "out"), "--jobs", "2"])
    assert out.exit_code == 0, out.output
    report = json.loads((tmp_path / "out" / "akn-convert-report.json").read_text(encoding="utf-8"))
    assert len(NAMES) == 8
    assert report["totals"]["converted"] == report["totals"]["files"] == 16
    assert report["totals"]["failed"] == 0
    assert len(list((tmp_path / "out").glob("*.xml"))) == 16
