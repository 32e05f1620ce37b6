"""``batch`` reads a sidecar beside each input (``res.txt`` + ``res.json``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from lxml import etree

from conftest import CLEAN, NS, PDF, SYMBOL


def test_sidecars_give_both_renditions_the_same_iri(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(CLEAN, src / "clean.txt")
    shutil.copy(PDF, src / "pdf.txt")
    (src / "clean.json").write_text(json.dumps({"symbol": SYMBOL}))
    (src / "pdf.json").write_text(json.dumps({"date": "2020-10-15"}))
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "akn_convert", "batch", str(src), "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    uris = {name: etree.parse(str(out / name)).find(".//a:FRBRWork/a:FRBRuri", NS).get("value")
            for name in ("clean.xml", "pdf.xml")}
    assert set(uris.values()) == {"/akn/un/statement/deliberation/un-ctoc-cop/2020-10-15/CTOC-COP-2020-L.6-Rev.1"}
    report = json.loads((out / "akn-convert-report.json").read_text())
    assert all(f["warnings"] == [] for f in report["files"])

    # a newer sidecar makes the output out of date
    made = (out / "clean.xml").stat().st_mtime_ns
    os.utime(src / "clean.json", ns=(made + 10**9, made + 10**9))
    proc = subprocess.run([sys.executable, "-m", "akn_convert", "batch", str(src), "-o", str(out)],
                          capture_output=True, text=True)
    assert "1 converted, 1 up to date" in proc.stderr + proc.stdout


def test_a_broken_sidecar_fails_only_its_file(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(CLEAN, src / "a.txt")
    shutil.copy(CLEAN, src / "b.txt")
    (src / "a.json").write_text("{not json")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "akn_convert", "batch", str(src), "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "a.txt: the sidecar a.json is not a JSON file" in proc.stderr
    assert (out / "b.xml").exists() and not (out / "a.xml").exists()
