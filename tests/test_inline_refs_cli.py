"""``akn-convert refs`` as a user runs it: what was recognised, where, and what stays plain."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from conftest import CLEAN, DATA, PDF, SYMBOL


def run(*args, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "akn_convert", "refs", *map(str, args)], capture_output=True,
                          text=True, input=stdin)


def test_tsv_lists_every_reference_with_its_eids():
    proc = run(CLEAN, "--symbol", SYMBOL, "--format", "tsv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout), delimiter="\t"))
    refs = [r for r in rows if r["kind"] == "ref"]
    assert len(refs) == 39 and all(r["status"] == "ok" for r in refs)
    assert {"eId": "recs_1__rec_2", "ref": "recs_1__rec_2__ref_3", "kind": "ref", "what": "resolution",
            "text": "61/144", "target": "/akn/un/statement/deliberation/un-ga/2006-12-19/61-144",
            "status": "ok", "reason": ""} in rows
    note = next(r for r in refs if r["text"] == "2331 (2016)")
    assert (note["eId"], note["ref"]) == ("recs_1__rec_2__authorialNote_3", "recs_1__rec_2__authorialNote_3__ref_1")
    assert len([r for r in rows if r["kind"] == "date"]) == 23
    point = next(r for r in refs if r["eId"] == "para_13__list_1__point_c")
    assert point["target"].endswith("untoc-tip/!main#art_3__para_a")


def test_table_ends_with_a_summary_and_shows_the_unresolved():
    proc = run(PDF, "--symbol", SYMBOL)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["eId", "kind", "what", "text", "target"]
    assert lines[-1] == "39 ref, 23 date, 44 organization (1 unresolved), 1 role"
    assert any("“Groupe de travail”" in ln and "unresolved: short name" in ln for ln in lines)
    only = run(PDF, "--symbol", SYMBOL, "--unresolved").stdout.splitlines()
    assert len(only) == 3 and "“Groupe de travail”" in only[1]
    assert only[-1] == "1 organization unresolved"


def test_json_and_only_unresolved_from_stdin():
    text = (DATA / "E-CN.15-2021-L.99.en.clean.txt").read_text("utf-8")
    proc = run("-", "--symbol", "E/CN.15/2021/L.99", "--format", "json", "--unresolved", stdin=text)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [(r["what"], r["text"], r["eId"]) for r in rows] == [
        ("body", "Working Group", "para_5"), ("article", "article 5", "para_5")]
    assert all(r["status"] == "unresolved" and r["target"] == "" and r["reason"] for r in rows)


def test_bad_input_is_one_line_and_no_output(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    proc = run(empty)
    assert proc.returncode != 0 and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and str(empty) in proc.stderr
    proc = run(CLEAN, "--format", "xml")
    assert proc.returncode == 2 and "unknown format" in proc.stderr


def test_stdin_over_the_size_limit_is_one_line():
    text = "Recalling its resolution 61/144,\n" * 40_000  # 1.3 MB
    proc = run("-", "--max-size", "1", stdin=text)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.splitlines() == [
        "akn-convert: <stdin>: the input is over the limit of 1 MB (--max-size); a resolution is far smaller"]
