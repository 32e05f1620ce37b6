"""Where a ``ref`` of an AKN document links to in the HTML rendition.

An AKN IRI names a work, not a file: ``/akn/un/statement/deliberation/un-ga/2006-12-19/61-144``.
A page opened from disk or from any web server cannot follow it, so the IRIs that carry a UN
document symbol go to the UN's document resolver (``https://undocs.org/{lang}/{symbol}``: the
official short link that opens the document in the page's language, from the Official Document
System).  IRIs without a symbol (treaties, decisions of conferences published in their reports)
keep the IRI, prefixed with ``iri_base`` when the publisher runs an AKN resolver.  The page keeps
every original IRI in ``data-akn-href``, so nothing is lost either way.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from ..iri import BASE
from ..organs import adopted_symbol

#: the UN's document resolver: ``{lang}`` the ISO 639-1 code, ``{symbol}`` the document symbol
UNDOCS = "https://undocs.org/{lang}/{symbol}"

_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?$")
#: an adopted number of a special or emergency special session ("ES-10-19", "S-30-1"): not a symbol
_SPECIAL = re.compile(r"^(E?S-\d{1,2})-(\d{1,4})$")


def symbol_of(iri: str, decision: bool = False) -> str | None:
    """The document symbol a deliberation IRI names, or None when it names none.

    Drafts and other documents carry the whole symbol as their number
    (``CTOC-COP-2020-L.6-Rev.1``); adopted resolutions their own number (``61-144``,
    ``ES-10-19``), as do adopted decisions (a ``ref`` of class "decision": "A/DEC/77/555").
    """
    path = iri.split("#", 1)[0]
    if not path.startswith(BASE + "/"):
        return None
    segments = [s for s in path[len(BASE) + 1:].split("/") if s]
    if len(segments) < 2:
        return None
    actor, rest = segments[0], segments[1:]
    date = rest.pop(0) if _DATE.match(rest[0]) and len(rest) > 1 else None
    number = rest[0]
    special = _SPECIAL.match(number)
    if number[:1].isalpha() and not special:  # the whole symbol: "/" -> "-", " " -> "_" (a year in brackets lost them)
        symbol = number.replace("-", "/")
        return re.sub(r"_(\d{4})$", r" (\1)", symbol).replace("_", " ")
    printed = f"{special.group(1)}/{special.group(2)}" if special else number.replace("-", "/")
    return adopted_symbol(actor, printed, "DEC" if decision else "RES", (date or "")[:4])


def resolve(iri: str, lang: str = "eng", *, iri_base: str = "", symbol_url: str = UNDOCS,
            classes: str = "") -> str:
    """The URL a ``ref`` with this ``href`` (and this ``class``) links to (internal ``#eId``
    links are left alone)."""
    if iri.startswith("#") or "://" in iri:
        return iri
    symbol = symbol_of(iri, decision="decision" in classes.split())
    if symbol and symbol_url:
        return symbol_url.format(lang=_code2(lang),
                                 symbol=quote(symbol.replace(" ", ""), safe="/().-"))
    if iri.startswith("/") and iri_base:
        return iri_base.rstrip("/") + iri
    return iri


def _code2(lang: str) -> str:
    """The two-letter code of one of the six languages (the resolver's), else English's."""
    from ..lang import get

    try:
        return get(lang).code2
    except KeyError:  # (an AKN document in another language)
        return "en"


#: the schemes a link or an image of the page may use: none that runs anything
SAFE_SCHEMES = {"http", "https", "mailto"}
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_BLANKS = re.compile(r"[\t\n\r]")  # (a browser drops them anywhere in a URL: "java\tscript:")


def safe_url(url: str) -> str:
    """``url`` when a page may link to it, else ``""``: http(s) with a host a browser can parse,
    mailto, or a URL with no scheme (a path, a fragment, an AKN IRI); never ``javascript:``,
    ``data:`` and the like."""
    url = _BLANKS.sub("", url).strip(" \f\v\x00")
    if not url:
        return ""
    if url.startswith("//"):  # (a host with no scheme: the page's own)
        return url if safe_url("https:" + url) else ""
    scheme = _SCHEME.match(url)
    if scheme is None:
        # no scheme: a colon before the first "/" would read as one ("java script:x")
        return "" if ":" in re.split(r"[/?#]", url, maxsplit=1)[0] else url
    if scheme.group(1).lower() not in SAFE_SCHEMES:
        return ""
    if scheme.group(1).lower() == "mailto":
        return url
    try:
        parts = urlsplit(url)
        parts.port  # (raises on a port that is no number)
    except ValueError:  # "http://[::1"
        return ""
    host = parts.hostname or ""
    return url if host and not re.search(r"[\s<>\\^`{|}%]", host) else ""
