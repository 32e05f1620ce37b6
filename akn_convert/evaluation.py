"""Measuring the converter on a corpus: convert every file a manifest lists and compare what
came out with the manifest's hand-made counts.

The manifest is a tab-separated file with a header row; the columns used are ``file``,
``language`` (ISO 639-1 or 639-2), ``organ`` (actor id), ``shape``, ``preamble``,
``operative``, ``points``, ``notes`` and, when present and not empty, ``symbol`` and
``date``.  Counts are taken from the XML written, not from the parser's model:

- preamble: ``recital`` elements;
- operative: top-level ``paragraph`` elements of ``mainBody``, those of its sections and
  sub-sections included; one that recommends a draft
  (an ``embeddedStructure``) counts as the draft's top-level paragraphs (``Result.counts`` alike);
- points: ``point`` elements at every level;
- notes: ``authorialNote`` elements with a numeric marker (the sponsors' ``*`` note is not
  counted; a note cited twice is one element plus a ``noteRef``);
- nothing of an annex (``attachments``), as ``Result.counts``.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .aknxml import AKN, note_label
from .errors import AknConvertError, UsageError

#: the counted columns, in table order
COUNTS = ("preamble", "operative", "points", "notes")
#: the identity columns compared as text
FIELDS = ("language", "organ", "symbol", "date")
REQUIRED = ("file", "language", "organ", *COUNTS)


@dataclass
class Row:
    """One manifest line."""

    file: str
    expected: dict[str, str]  # language (ISO 639-2), organ, symbol, date: "" = not checked
    counts: dict[str, int]
    shape: str = ""


@dataclass
class Outcome:
    """What the converter made of one file, beside what the manifest says."""

    row: Row
    got: dict[str, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    def off(self) -> list[str]:
        """The columns that differ from the manifest (all of them when the conversion failed)."""
        if self.error:
            return [*FIELDS, *COUNTS]
        wrong = [k for k, v in self.row.expected.items() if v and self.got.get(k) != v]
        wrong += [k for k in COUNTS if self.counts.get(k) != self.row.counts[k]]
        return wrong

    @property
    def exact(self) -> bool:
        return not self.off()


@dataclass
class Total:
    """Totals of a group of documents (a language and a shape, or the whole corpus)."""

    documents: int = 0
    exact: int = 0
    failed: int = 0  # conversions that raised an error
    expected: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    got: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    #: per count: how many expected units were missed or added, summed over documents
    diff: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))

    def add(self, outcome: Outcome) -> None:
        self.documents += 1
        self.exact += outcome.exact
        self.failed += outcome.error is not None
        for k in COUNTS:
            self.expected[k] += outcome.row.counts[k]
            got = outcome.counts.get(k, 0)
            self.got[k] += got
            self.diff[k] += abs(got - outcome.row.counts[k])


@dataclass
class Report:
    outcomes: list[Outcome]

    @property
    def all_exact(self) -> bool:
        return all(o.exact for o in self.outcomes)

    def totals(self) -> dict[tuple[str, str], Total]:
        """Totals per (language, shape), then per language, per shape and overall (``"*"``)."""
        groups: dict[tuple[str, str], Total] = defaultdict(Total)
        for o in self.outcomes:
            lang, shape = o.row.expected["language"] or "?", o.row.shape or "?"
            for key in ((lang, shape), (lang, "*"), ("*", shape), ("*", "*")):
                groups[key].add(o)
        return dict(sorted(groups.items(), key=lambda kv: (kv[0][0] == "*", kv[0][0], kv[0][1] == "*", kv[0][1])))


def read_manifest(path: Path) -> list[Row]:
    from . import lang as languages

    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t")
            header = reader.fieldnames or []
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise UsageError(f"the manifest lacks the column(s) {', '.join(missing)}", str(path))
            rows = []
            for n, rec in enumerate(reader, 2):
                if not (rec.get("file") or "").strip():
                    continue
                try:
                    counts = {k: int(rec[k]) for k in COUNTS}
                except (TypeError, ValueError):
                    raise UsageError(f"line {n}: the counts must be whole numbers", str(path)) from None
                code = (rec.get("language") or "").strip()
                try:
                    code = languages.get(code).code if code else ""
                except KeyError:
                    raise UsageError(f"line {n}: unknown language {code!r}", str(path)) from None
                expected = {"language": code, "organ": (rec.get("organ") or "").strip(),
                            "symbol": " ".join((rec.get("symbol") or "").split()),
                            "date": (rec.get("date") or "").strip()}
                rows.append(Row(rec["file"].strip(), expected, counts, (rec.get("shape") or "").strip()))
            if not rows:
                raise UsageError("the manifest lists no file", str(path))
            return rows
    except FileNotFoundError:
        raise UsageError("manifest not found", str(path)) from None
    except IsADirectoryError:
        raise UsageError("the manifest is a folder, not a file", str(path)) from None
    except OSError as exc:
        raise UsageError(f"the manifest cannot be read ({exc.strerror or exc})", str(path)) from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"the manifest cannot be read ({exc})", str(path)) from None


def count(xml: bytes) -> dict[str, int]:
    """The counted units of an AKN document (see the module's docstring); an annex's are not
    counted (``attachments``), as ``Result.counts`` does not count them."""
    from lxml import etree

    root = etree.fromstring(xml)
    ns = {"a": AKN[1:-1]}
    own = "[not(ancestor::a:attachments)]"
    notes = [n for n in root.xpath(f"//a:authorialNote{own}", namespaces=ns)
             if note_label(n.get("marker") or "").isdigit()]  # ("(1)", "١" too)
    return {
        "preamble": len(root.xpath(f"//a:recital{own}", namespaces=ns)),
        "operative": sum(len(p.findall(f".//{AKN}embeddedStructure/{AKN}paragraph")) or 1
                         for p in root.xpath("/a:akomaNtoso/*/a:mainBody/a:paragraph"
                                             " | /a:akomaNtoso/*/a:mainBody/a:section/a:paragraph"
                                             " | /a:akomaNtoso/*/a:mainBody/a:section/a:subsection/a:paragraph",
                                             namespaces=ns)),
        "points": len(root.xpath(f"//a:point{own}", namespaces=ns)),
        "notes": len(notes),
    }


def evaluate_file(directory: Path, row: Row) -> Outcome:
    from .pipeline import Options, convert_file

    outcome = Outcome(row)
    try:
        result = convert_file(directory / row.file, Options())
    except AknConvertError as exc:
        outcome.error = str(exc)
        return outcome
    doc = result.document
    outcome.got = {"language": result.lang, "organ": doc.organ or "", "symbol": doc.symbol or "",
                   "date": doc.date if doc.date_name == "adoption" else ""}
    outcome.counts = count(result.xml)
    outcome.warnings = list(result.warnings)
    return outcome


def evaluate(directory: Path, manifest: Path) -> Report:
    if not os.path.isdir(directory):
        raise UsageError("not a directory", str(directory))
    return Report([evaluate_file(directory, row) for row in read_manifest(manifest)])
