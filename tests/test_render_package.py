"""Every file of templates/ is installed with the package (package-data patterns in pyproject)."""

from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")

ROOT = Path(__file__).resolve().parent.parent


def test_templates_are_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    assert config["package-dir"]["akn_convert.templates"] == "templates"
    patterns = config["package-data"]["akn_convert.templates"]
    files = [p.name for p in (ROOT / "templates").iterdir() if p.is_file() and p.suffix != ".py"]
    assert {"akn-html.xsl", "un.css", "labels.xml"} <= set(files)
    for name in files:
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name
