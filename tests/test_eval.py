"""``akn-convert eval``: the corpus of real resolutions against its hand-counted manifest."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from akn_convert.cli import app
from akn_convert.errors import UsageError
from akn_convert.evaluation import COUNTS, count, evaluate, read_manifest
from conftest import CORPUS

runner = CliRunner()


@pytest.fixture(scope="module")
def report():
    return evaluate(CORPUS, CORPUS / "MANIFEST.tsv")


def test_every_corpus_document_is_exact(report):
    off = {o.row.file: (o.error or o.off()) for o in report.outcomes if not o.exact}
    assert off == {}
    assert len(report.outcomes) == 10


def test_languages_organs_symbols_and_dates_are_checked(report):
    by_file = {o.row.file: o for o in report.outcomes}
    ru = by_file["A-RES-2758-XXVI.ru.pdf-raw.txt"]
    assert ru.got == {"language": "rus", "organ": "un-ga", "symbol": "A/RES/2758 (XXVI)", "date": "1971-10-25"}
    sc = by_file["S-RES-1445-2002.en.pdf-raw.txt"]
    assert sc.got == {"language": "eng", "organ": "un-sc", "symbol": "S/RES/1445 (2002)", "date": "2002-12-04"}
    assert sc.counts == {"preamble": 8, "operative": 25, "points": 0, "notes": 0}


def test_totals_per_language_and_shape(report):
    totals = report.totals()
    eng_pdf = totals[("eng", "pdf-raw")]
    assert (eng_pdf.documents, eng_pdf.exact, eng_pdf.failed) == (8, 8, 0)
    assert eng_pdf.expected == eng_pdf.got == {"preamble": 72, "operative": 80, "points": 20, "notes": 13}
    everything = totals[("*", "*")]
    assert everything.got == {"preamble": 76, "operative": 86, "points": 20, "notes": 13}
    assert sum(everything.diff.values()) == 0
    assert totals[("rus", "*")].documents == 1 and totals[("*", "clean")].documents == 1


def test_cli_prints_the_table_and_exits_zero():
    result = runner.invoke(app, ["eval", str(CORPUS), "--manifest", str(CORPUS / "MANIFEST.tsv")])
    assert result.exit_code == 0, result.output
    assert "A-RES-73-6.en.pdf-raw.txt" in result.output
    assert "76/76" in result.output  # preambular paragraphs, whole corpus
    assert "all 10 document(s) exact" in result.output


def _copy_corpus(tmp_path, edit):
    for f in CORPUS.iterdir():
        shutil.copy(f, tmp_path / f.name)
    manifest = tmp_path / "MANIFEST.tsv"
    manifest.write_text(edit(manifest.read_text("utf-8")), "utf-8")
    return manifest


def test_a_document_off_the_manifest_fails_the_run(tmp_path):
    # claim 26 preambular paragraphs for 73/6 (it has 25) and Spanish for 73/8
    def edit(text):
        lines = text.splitlines()
        for k, line in enumerate(lines):
            cells = line.split("\t")
            if cells[0] == "A-RES-73-6.en.pdf-raw.txt":
                cells[6] = "26"
            if cells[0] == "A-RES-73-8.en.pdf-raw.txt":
                cells[1] = "es"
            lines[k] = "\t".join(cells)
        return "\n".join(lines) + "\n"

    manifest = _copy_corpus(tmp_path, edit)
    report = evaluate(tmp_path, manifest)
    off = {o.row.file: o.off() for o in report.outcomes if not o.exact}
    assert off == {"A-RES-73-6.en.pdf-raw.txt": ["preamble"], "A-RES-73-8.en.pdf-raw.txt": ["language"]}
    result = runner.invoke(app, ["eval", str(tmp_path)])  # the manifest defaults to DIR/MANIFEST.tsv
    assert result.exit_code == 1
    assert "2 of 10 document(s) differ from the manifest" in result.output
    assert "(≠26)" in result.output


def test_a_file_that_fails_to_convert_is_off(tmp_path):
    manifest = _copy_corpus(tmp_path, lambda t: t)
    (tmp_path / "S-RES-9-1946.en.clean.txt").write_text("Nothing here is a resolution.\n", "utf-8")
    report = evaluate(tmp_path, manifest)
    bad = next(o for o in report.outcomes if o.row.file == "S-RES-9-1946.en.clean.txt")
    assert bad.error and "not a resolution" in bad.error
    assert report.totals()[("eng", "clean")].failed == 1
    assert not report.all_exact


def test_manifest_errors_are_one_line(tmp_path):
    bad = tmp_path / "MANIFEST.tsv"
    bad.write_text("file\tlanguage\torgan\tpreamble\n", "utf-8")
    with pytest.raises(UsageError, match="lacks the column"):
        read_manifest(bad)
    bad.write_text("file\tlanguage\torgan\tpreamble\toperative\tpoints\tnotes\nx.txt\tkl\tun-ga\t1\t1\t0\t0\n", "utf-8")
    with pytest.raises(UsageError, match="unknown language 'kl'"):
        read_manifest(bad)
    result = runner.invoke(app, ["eval", str(tmp_path), "--manifest", str(tmp_path / "none.tsv")])
    assert result.exit_code == 1
    assert result.output.strip().endswith("none.tsv: manifest not found")


def test_counts_come_from_the_xml():
    xml = b"""<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement><preamble>
      <recitals><recital/><recital><p>x<authorialNote marker="1"/></p></recital></recitals></preamble>
      <mainBody><paragraph><list><point><list><point/></list></point><point/></list></paragraph>
      <paragraph><content><p><authorialNote marker="*"/><authorialNote marker="2"/></p></content></paragraph>
      </mainBody></statement></akomaNtoso>"""
    assert count(xml) == {"preamble": 2, "operative": 2, "points": 3, "notes": 2}
    assert COUNTS == ("preamble", "operative", "points", "notes")


def test_an_annex_is_not_counted_and_a_note_marker_may_be_printed_in_brackets():
    xml = b"""<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement><preamble>
      <recitals><recital><p>x<authorialNote marker="(1)"/></p></recital></recitals></preamble>
      <mainBody><paragraph><content><p>y<authorialNote marker="\xd9\xa2"/></p></content></paragraph></mainBody>
      <attachments><attachment><doc name="annex"><preamble><recitals><recital/></recitals></preamble>
      <mainBody><paragraph><list><point/><point/></list></paragraph><paragraph/>
      <paragraph><content><p>z<authorialNote marker="3"/></p></content></paragraph></mainBody></doc></attachment>
      </attachments></statement></akomaNtoso>"""
    assert count(xml) == {"preamble": 1, "operative": 1, "points": 0, "notes": 2}


@pytest.mark.parametrize("name", ["res-56-4.fr.clean", "res-79-250.en.clean"])
def test_eval_counts_what_convert_counts_when_there_are_annexes(name):
    from pathlib import Path

    from akn_convert.pipeline import Options, convert_file

    result = convert_file(Path(__file__).parent / "data" / "annexes" / f"{name}.txt", Options())
    assert result.document.annexes
    assert count(result.xml) == {k: v for k, v in result.counts.items() if k != "star_note"}
