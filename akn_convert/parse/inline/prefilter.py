"""Cheap pre-checks for costly regexes: the literal strings one of which every match contains.

``needles(pattern)`` reads the regex's parse tree (as RE2's prefilters do) and returns strings
such that any text the regex matches in holds at least one of them, or None when it cannot
tell.  A text holding none of them is skipped with a few ``in`` tests, which cost far less than
a regex scan that cannot skip ahead to a literal (a pattern that opens with an optional group,
a look-behind or a character class).  Only what the parse tree proves is used: a case-blind
part, a class of ranges, a look-around or an optional part makes no promise.  A part that can
never match (``(?!x)x``, what a language without some construct gives for it) is known as
such: an alternative of it adds no needle, and a regex of it alone has none (no text can
match it).
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

#: the most strings a set of exact texts may grow to before only its best needles are kept
_MAX_EXACT = 64
#: the exact texts of a part that can never match: none
_NEVER: set[str] = set()


def needles(pattern: str | re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains (longest promise found), or None."""
    flags = 0
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    if not isinstance(pattern, str) or flags & re.IGNORECASE:
        return None
    try:
        tree = _p.parse(pattern, flags)
        if tree.state.flags & re.IGNORECASE:  # "(?i)" at the start
            return None
        exact, found = _sequence(tree)
    except Exception:  # an engine whose parse tree differs: no pre-check, never a wrong one
        return None
    if exact == _NEVER:
        return ()  # no text matches: none can hold a needle
    found = _best(found, _as_needles(exact))
    if not found:
        return None
    # a text that holds "résolutions" holds "résolution": the longer needle adds nothing
    return tuple(sorted(n for n in found if not any(o != n and o in n for o in found)))


@lru_cache(maxsize=None)
def guard(rx: re.Pattern) -> tuple[str, ...] | None:
    """``needles`` of a compiled regex, worked out once."""
    return needles(rx)


def may_match(rx: re.Pattern, text: str) -> bool:
    """False when ``rx`` cannot match anywhere in ``text`` (no needle in it)."""
    strings = guard(rx)
    return strings is None or any(s in text for s in strings)


def _as_needles(exact: set[str] | None) -> set[str] | None:
    return exact if exact and "" not in exact else None


def _best(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The sharper of two promises: the one whose shortest string is longest."""
    if not a:
        return b
    if not b:
        return a
    return a if min(map(len, a)) >= min(map(len, b)) else b


def _sequence(items) -> tuple[set[str] | None, set[str] | None]:
    """(every text the items can match, or None when unknown or too many; needles) of items
    matched one after another."""
    whole: set[str] | None = {""}  # every text the sequence can match
    run: set[str] = {""}  # every text the current run of known parts can match
    found: set[str] | None = None
    items = list(items)
    for k, (op, av) in enumerate(items):
        if _refused(op, av, items[k + 1:k + 2]):
            return _NEVER, None
        e, f, open_end = _node(op, av)
        if e == _NEVER:
            return _NEVER, None
        found = _best(found, f)
        if e is not None and len(run) * len(e) <= _MAX_EXACT:
            run = {x + y for x in run for y in e}
            if not open_end:
                whole = run if whole is not None else None
                continue
            e = None  # the part goes on unknown: the run ends after its first texts
        # the run ends: its texts are needles; a known part too large starts the next one
        found = _best(found, _as_needles(run))
        run = e if e is not None and not open_end else {""}
        whole = None
    return whole, _best(found, _as_needles(run))


#: (exact texts, needles, whether unknown text may follow the exact texts)
_ANY = (None, None, False)


def _node(op, av) -> tuple[set[str] | None, set[str] | None, bool]:
    if op is _c.LITERAL:
        return {chr(av)}, None, False
    if op is _c.IN:
        chars = [chr(v) for o, v in av if o is _c.LITERAL]
        return (set(chars), None, False) if len(chars) == len(av) else _ANY
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}, None, False  # zero width
    if op is _c.SUBPATTERN:
        add_flags = av[1]
        if add_flags & _c.SRE_FLAG_IGNORECASE:
            return _ANY
        return (*_sequence(av[-1]), False)
    if op is _c.BRANCH:
        results = [r for r in map(_sequence, av[1]) if r[0] != _NEVER]  # (what never matches adds nothing)
        if not results:
            return _NEVER, None, False
        if all(e is not None for e, _ in results):
            union = set().union(*(e for e, _ in results))
            if len(union) <= _MAX_EXACT:
                return union, None, False
        each = [_best(f, _as_needles(e)) for e, f in results]
        return None, (set().union(*each) if all(each) else None), False
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        e, f = _sequence(body)
        if low == high == 1:
            return e, f, False
        if low == 0:
            return ({""} | e, None, False) if high == 1 and e is not None else _ANY
        return e, f, True  # its first time, then more unknown
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return (*_sequence(av), False)
    return _ANY


def _refused(op, av, following) -> bool:
    """Whether a negative look-ahead refuses the very literal that must follow it (``(?!x)x``):
    the sequence can never match."""
    if op is not _c.ASSERT_NOT or av[0] != 1 or not following:
        return False
    body = list(av[1])
    return len(body) == 1 and body[0][0] is _c.LITERAL and following[0] == body[0]
