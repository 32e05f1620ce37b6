"""One conversion, end to end, in one direction:

bytes → text (``inputs``) → language → reader (``readers``) → structure (``parse``) →
inline semantics (``parse.inline``) → AKN (``writers.akn``) → validation (``validate``) →
words-in-order check.  Nothing is written here; callers write ``Result.xml`` only when this
returns, so an invalid document never becomes a file.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import AknConvertError, NotAResolution, StructureError, UsageError
from .inputs import MAX_BYTES, Decoded, decode, read_file, without_controls
from .model import Document


@dataclass
class Options:
    shape: str | None = None  # clean | pdf; detected when None
    lang: str | None = None  # fra, eng, fr, en ...; detected when None
    symbol: str | None = None
    date: str | None = None  # YYYY-MM-DD: the document's date when the text gives none (before the sidecar's)
    meta: dict = field(default_factory=dict)  # sidecar: symbol, date, organ, name, lang, shape
    max_bytes: int = MAX_BYTES


@dataclass
class Result:
    xml: bytes
    document: Document
    shape: str
    lang: str
    encoding: str
    warnings: list[str]
    recognised: list = field(default_factory=list)  # inline semantics found (refs report)

    @property
    def counts(self) -> dict[str, int]:
        """Recitals, operative paragraphs, points, notes of the resolution (an annex's are not
        counted, nor notes only an annex cites).  A paragraph that recommends a draft
        for adoption by another organ counts as the draft's recitals, paragraphs and points
        (the units a reader counts; see akn-profile.md, "Nested drafts")."""
        doc = self.document

        def points(ps):
            return sum(1 + points(p.points) for p in ps)

        drafts = [p.draft for p in doc.paragraphs if p.draft]
        paragraphs = [p for p in doc.paragraphs if not p.draft] + [p for d in drafts for p in d.paragraphs]
        return {
            "preamble": len(doc.recitals) + sum(len(d.recitals) for d in drafts),
            "operative": len(paragraphs),
            "points": sum(points(p.points) for p in paragraphs),
            "notes": sum(1 for m in doc.notes if m != "*" and m not in _annex_notes(doc)),
            "star_note": int("*" in doc.notes),
        }


def _annex_notes(doc: Document) -> set[str]:
    """The markers of the notes that only an annex cites (not the resolution's own notes)."""
    if not doc.annexes:
        return set()
    annexed = {a.marker for annex in doc.annexes for t in annex.texts() for a in t.anchors}
    inside = {id(t) for annex in doc.annexes for t in annex.texts()}
    return annexed - {a.marker for t in doc.texts() if id(t) not in inside for a in t.anchors}


#: largest sidecar read (it holds a few short strings)
MAX_SIDECAR_BYTES = 64 * 1024
SIDECAR_KEYS = {"symbol", "date", "organ", "name", "lang", "language", "shape"}


def sidecar_of(file: Path) -> Path:
    """The sidecar of an input: ``res.txt`` -> ``res.json`` beside it (symbol, date ...)."""
    return Path(file).with_suffix(".json")


def sidecar_for(input: Path | str, given: Path | None = None) -> dict:
    """The metadata for converting ``input``: the sidecar ``given`` (``--meta``), else the
    one beside the input when there is one (as ``batch`` does), else none."""
    if given is not None:
        return load_sidecar(given)
    if str(input) == "-":
        return {}
    side = sidecar_of(Path(input))
    if side != Path(input) and os.path.isfile(side):
        return load_sidecar(side)
    return {}


def load_sidecar(path: Path) -> dict:
    """A sidecar JSON object (symbol, date, organ, name, lang, shape); errors name it."""
    where = f"the sidecar {path.name}"
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_SIDECAR_BYTES + 1)
        if len(raw) > MAX_SIDECAR_BYTES:
            raise UsageError(f"{where} is over {MAX_SIDECAR_BYTES // 1024} KB; a sidecar holds a few short values",
                             str(path))
        data = json.loads(raw.decode("utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{where} is not found", str(path)) from None
    except IsADirectoryError:
        raise UsageError("the sidecar is a folder, not a JSON file", str(path)) from None
    except OSError as exc:
        raise UsageError(f"{where} cannot be read ({exc.strerror or exc})", str(path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{where} is not a JSON file ({exc})", str(path)) from None
    if not isinstance(data, dict):
        raise UsageError(f"{where} must hold a JSON object", str(path))
    unknown = set(data) - SIDECAR_KEYS
    if unknown:
        raise UsageError(f"{where} has unknown keys: {', '.join(sorted(unknown))} "
                         f"(known: {', '.join(sorted(SIDECAR_KEYS))})", str(path))
    wrong = [k for k, v in data.items() if not isinstance(v, str)]
    if wrong:  # (naming the key: a user with several values does not have to look for it)
        raise UsageError(f"{where}: values must be strings ({', '.join(wrong)} is not: write it in quotes)",
                         str(path))
    problem = _sidecar_problem(data)
    if problem:
        raise UsageError(f"{where}: {problem}", str(path))
    return data


#: the document kinds a sidecar's ``name`` may give (the profile's statement names)
DOCUMENT_NAMES = ("resolution", "resolutionDraft", "decision", "decisionDraft")
#: an actor id: one word of letters, digits, '.', '-', '_' (it goes into IRIs and eIds)
_ACTOR_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def _sidecar_problem(data: dict) -> str | None:
    """What is wrong with a sidecar's values (checked before converting, so that the message
    names the sidecar, not the XML the value would have spoilt), or None."""
    from . import lang as languages
    from . import readers
    from .parse.metadata import iso_date

    found: dict[str, str] = {}  # key -> the language's code
    for key in ("lang", "language"):
        if data.get(key):
            try:
                found[key] = languages.get(data[key]).code
            except KeyError:
                return f"{key}: unknown language {data[key]!r} (known: {languages.known()})"
    if len(set(found.values())) > 1:
        return f"lang {data['lang']!r} and language {data['language']!r} disagree"
    if data.get("shape") and readers.shape_named(data["shape"]) is None:
        return "shape: " + readers.unknown_shape(data["shape"])
    if "name" in data and data["name"] not in DOCUMENT_NAMES:
        return f"name: {data['name']!r} is not a document kind (known: {', '.join(DOCUMENT_NAMES)})"
    if data.get("organ") and not _ACTOR_ID.fullmatch(data["organ"]):
        return (f"organ: {data['organ']!r} is not an actor id (one word of letters, digits, '.', '-', '_', "
                "such as un-ga)")
    if "date" in data:
        try:
            iso_date(data["date"])
        except UsageError as exc:
            return exc.reason
    return None


def convert_text(text: str, options: Options | None = None, *, encoding: str = "utf-8",
                 warnings: list[str] | None = None) -> Result:
    from . import lang as languages
    from . import readers
    from .parse import Hints, parse
    from .parse.inline import annotate
    from .parse.metadata import iso_date
    from .validate import require_valid
    from .validate.textcheck import check_texts
    from .writers import akn

    options = options or Options()
    text, said = without_controls(text)  # (every input passes here, decoded bytes or text given)
    warnings = [*(warnings or []), *said]
    meta = options.meta or {}
    code = options.lang or meta.get("lang") or meta.get("language")
    try:
        lang = languages.get(code) if code else languages.detect(text)
    except KeyError:
        raise UsageError(f"unknown language {code!r} (known: {languages.known()})") from None
    shape = options.shape or meta.get("shape")
    if shape:
        named = readers.shape_named(shape)
        if named is None:
            raise UsageError(readers.unknown_shape(shape))
        shape = named

    source = readers.read(text, lang, shape)
    hints = Hints(symbol=options.symbol or meta.get("symbol"), date=iso_date(options.date or meta.get("date")),
                  organ=meta.get("organ"), name=meta.get("name"))
    try:
        doc = parse(source, lang, hints)
    except (NotAResolution, StructureError) as exc:
        looks = readers.detect_shape(text) if shape else None
        if looks and looks != shape:  # told a shape the text does not look like
            exc.reason += f" (read as {shape} text, as told; it looks like {looks} text)"
        raise
    recognised = annotate(doc, lang)
    writer = akn.AknWriter(doc)
    root = writer.build()
    writer.place(recognised)  # (the refs report: each one's eIds)
    xml = akn.to_bytes(root)  # serialised first: what is checked is exactly what is written
    require_valid(root)  # its warnings (numbering) repeat the parser's, in the parser's words
    check_texts(doc.source_texts, {m: n.text.text for m, n in doc.notes.items()}, root)
    all_warnings = [*(warnings or []), *doc.warnings]
    return Result(xml, doc, source.shape, lang.code, encoding, all_warnings, recognised)


def convert_bytes(data: bytes, options: Options | None = None) -> Result:
    options = options or Options()
    decoded: Decoded = decode(data, options.max_bytes)
    return convert_text(decoded.text, options, encoding=decoded.encoding, warnings=decoded.warnings)


def convert_file(path: Path | str, options: Options | None = None) -> Result:
    """Convert one file; every anticipated failure is an AknConvertError naming the file."""
    path = Path(path)
    options = options or Options()
    try:
        decoded = read_file(path, options.max_bytes)
        return convert_text(decoded.text, options, encoding=decoded.encoding, warnings=decoded.warnings)
    except AknConvertError as exc:
        raise exc.with_source(str(path)) from None
