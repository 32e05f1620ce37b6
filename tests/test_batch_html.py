"""``batch --html`` writes the HTML rendition beside each XML file, and counts it in re-runs."""

from __future__ import annotations

import shutil
import subprocess
import sys

from lxml import html as lhtml

from conftest import CLEAN


def _batch(*args):
    return subprocess.run([sys.executable, "-m", "akn_convert", "batch", *map(str, args)],
                          capture_output=True, text=True)


def test_batch_html(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(CLEAN, src / "res.txt")
    out = tmp_path / "out"
    proc = _batch(src, "-o", out, "--html")
    assert proc.returncode == 0, proc.stderr
    page = lhtml.parse(str(out / "res.html")).getroot()
    recitals = [e for e in page.cssselect("[id^='recs_1__rec_']") if "__" not in e.get("id")[len("recs_1__rec_"):]]
    assert len(recitals) == 22
    assert page.cssselect("#para_13__list_1__point_k")
    # the XML alone is up to date, the page is missing: the file is converted again
    (out / "res.html").unlink()
    proc = _batch(src, "-o", out, "--html")
    assert "1 converted, 0 up to date" in proc.stderr + proc.stdout and (out / "res.html").exists()
    proc = _batch(src, "-o", out, "--html")
    assert "0 converted, 1 up to date" in proc.stderr + proc.stdout


def test_large_batch_table_lists_only_files_that_need_a_look(capsys, monkeypatch, tmp_path):
    from akn_convert import batch as engine
    from akn_convert.commands import batch as command

    monkeypatch.setattr(command, "TABLE_ROWS", 3)
    results = [engine.FileResult(f"in/f{k}.txt", f"out/f{k}.xml", engine.CONVERTED, f"in/f{k}.txt",
                                 counts={"preamble": 1, "operative": 1, "points": 0, "notes": 0})
               for k in range(6)]
    results[4].warnings = ["paragraph numbering jumps from 2 to 4"]
    results.append(engine.FileResult("in/bad.txt", None, engine.FAILED, "in/bad.txt", error="the file is empty"))
    command._show(engine, results, 1.0, tmp_path / "report.json", 6)
    out = capsys.readouterr().out
    assert "in/f4.txt" in out and "in/bad.txt" in out and "the file is empty" in out
    assert "in/f0.txt" not in out and "in/f5.txt" not in out
    assert "5 more files not listed" in out


def test_workers_do_not_import_a_folder_named_like_the_package_where_the_user_stands(tmp_path):
    """Running ``batch`` in a source checkout (or any folder holding an ``akn_convert``
    folder) must not make the worker processes import that folder instead of the package."""
    import sys
    from pathlib import Path

    decoy = tmp_path / "akn_convert"
    decoy.mkdir()
    (decoy / "__init__.py").write_text("raise RuntimeError('a folder named akn_convert was imported')\n")
    src = tmp_path / "in"
    src.mkdir()
    for k in range(3):
        shutil.copy(CLEAN, src / f"res{k}.txt")
    script = Path(sys.executable).parent / "akn-convert"
    proc = subprocess.run([str(script), "batch", "in", "-o", "out", "--jobs", "2"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "out").glob("*.xml")) == ["res0.xml", "res1.xml", "res2.xml"]
