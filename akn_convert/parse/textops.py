"""Operations on :class:`~akn_convert.model.Text` that keep spans and anchors in step."""

from __future__ import annotations

from ..model import NoteAnchor, Span, Text


def cut(text: Text, start: int, end: int | None = None) -> Text:
    """``text[start:end]`` with its spans clipped and anchors shifted."""
    end = len(text.text) if end is None else end
    spans = [
        Span(max(sp.start, start) - start, min(sp.end, end) - start, sp.kind, dict(sp.attrs))
        for sp in text.spans
        if sp.end > start and sp.start < end and min(sp.end, end) > max(sp.start, start)
    ]
    anchors = [NoteAnchor(a.offset - start, a.marker) for a in text.anchors if start <= a.offset <= end]
    return Text(text.text[start:end], spans, anchors)


def strip(text: Text, chars: str | None = None) -> Text:
    """``text`` without leading and trailing white space (or ``chars``)."""
    s = text.text
    left = len(s) - len(s.lstrip(chars))
    right = len(s.rstrip(chars))
    return cut(text, left, max(left, right))


def append(target: Text, other: Text, sep: str = " ") -> Text:
    """Append ``other`` to ``target`` in place (with ``sep`` between); return ``target``."""
    if not target.text:
        sep = ""
    shift = len(target.text) + len(sep)
    target.text = target.text + sep + other.text
    target.spans.extend(Span(sp.start + shift, sp.end + shift, sp.kind, dict(sp.attrs)) for sp in other.spans)
    target.anchors.extend(NoteAnchor(a.offset + shift, a.marker) for a in other.anchors)
    return target


def starts_lower(s: str) -> bool:
    c = s[:1]
    return c.islower() or (c in ",;)]»”" and len(s) > 1)


def plain(text: str) -> Text:
    return Text(text)
