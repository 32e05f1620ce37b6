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

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

#: the most strings a set of exact texts may grow to before only its best needles are kept
_MAX_EXACT = 64
#: the exact texts of a part that can never match: none
_NEVER: set[str] = set()


def _read(pattern: str | re.Pattern, reader):
    """``reader`` applied to the parse tree of a case-sensitive ``pattern``, or None (a case-blind
    pattern, or an engine whose parse tree differs: no fast path, never a wrong one)."""
    flags = 0
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    if not isinstance(pattern, str) or flags & re.IGNORECASE:
        return None
    try:
        tree = _p.parse(pattern, flags)
        if tree.state.flags & re.IGNORECASE:  # "(?i)" at the start
            return None
        return reader(tree)
    except Exception:
        return None


def needles(pattern: str | re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains (longest promise found), or None."""
    read = _read(pattern, _sequence)
    if read is None:
        return None
    exact, found = read
    if exact == _NEVER:
        return ()  # no text matches: none can hold a needle
    found = _best(found, _as_needles(exact))
    if not found:
        return None
    # a text that holds "résolutions" holds "résolution": the longer needle adds nothing
    return tuple(sorted(n for n in found if not any(o != n and o in n for o in found)))


def per_regex(work):
    """``work(rx)`` worked out once for each compiled regex, which is looked up by its identity:
    a regex's own hash and equality read its whole compiled code on every call (1-2 us for the
    grammar's larger ones, more than the ``in`` tests they guard).  Each regex given is kept for
    good: meant for the grammar's own regexes, a fixed few per language, not for ones compiled
    per text."""
    done: dict[int, tuple[re.Pattern, object]] = {}

    def cached(rx: re.Pattern):
        hit = done.get(id(rx))
        if hit is None:
            hit = done[id(rx)] = (rx, work(rx))  # (the regex is kept alive: its id stays its own)
        return hit[1]

    return cached


#: ``needles`` of a compiled regex, worked out once
guard = per_regex(needles)


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


# ----------------------------------------------------------------------------- where matches start
#
# A regex that opens with an optional part, a look-around or a word boundary ("(?:paragraph 2 of
# )?article 5", "\bresolution") gives the engine no literal to skip ahead to: it tries the
# whole pattern at every character.  ``starts(pattern)`` reads the parse tree for the strings
# one of which every match starts with; ``iter_matches`` then tries the regex only where one of
# them stands, in order, as the engine's own search would (a match tried at a place sees the
# text before it: look-behinds and word boundaries read as in a search of the whole text).

#: a path through the start of a pattern: its text so far, and whether the path ends there
#: (True) or unknown text may follow (False)
_Path = tuple[str, bool]


def starts(pattern: str | re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` starts with, or None when it cannot tell
    (a match may start with any character, or with nothing)."""
    paths = _read(pattern, lambda tree: _start_paths(list(tree)))
    if paths is None or any(text == "" for text, _ in paths):
        return None
    found = {text for text, _ in paths}
    # a match that starts with "résolutions" starts with "résolution": the longer adds nothing
    return tuple(sorted(s for s in found if not any(o != s and s.startswith(o) for o in found)))


def _start_paths(items) -> set[_Path] | None:
    """The paths through the start of items matched one after another (none when they never
    match), or None when a match may start with anything."""
    paths: set[_Path] = {("", True)}
    for k, (op, av) in enumerate(items):
        if _refused(op, av, items[k + 1:k + 2]):
            return set()
        more = _start_node(op, av)
        if more is None:
            return {(text, False) for text, _ in paths}  # unknown text follows every path
        grown = {(text + t, done) for text, ended in paths if ended for t, done in more}
        grown |= {p for p in paths if not p[1]}
        if len(grown) > _MAX_EXACT:
            return {(text, False) for text, _ in paths}  # (enough is known: what follows is not read)
        paths = grown
        if all(not done for _, done in paths):
            break
    return paths


def _start_node(op, av) -> set[_Path] | None:
    if op is _c.LITERAL:
        return {(chr(av), True)}
    if op is _c.IN:
        chars = [chr(v) for o, v in av if o is _c.LITERAL]
        return {(c, True) for c in chars} if len(chars) == len(av) else None
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {("", True)}  # zero width
    if op is _c.SUBPATTERN:
        if av[1] & _c.SRE_FLAG_IGNORECASE:
            return None
        return _start_paths(list(av[-1]))
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _start_paths(list(av))
    if op is _c.BRANCH:
        out: set[_Path] = set()
        for alternative in av[1]:
            paths = _start_paths(list(alternative))
            if paths is None:
                return None
            out |= paths
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        paths = _start_paths(list(body))
        if paths is None:
            return None
        if not (low == high == 1):  # more times may follow the first: unknown text
            paths = {(text, False) for text, _ in paths}
        return paths | {("", True)} if low == 0 else paths
    return None


@per_regex
def _start_finder(rx: re.Pattern) -> re.Pattern | None:
    """A regex of the strings every match of ``rx`` starts with (worked out once), or None."""
    found = starts(rx)
    if found is None:
        return None
    return re.compile("|".join(map(re.escape, found)) if found else r"(?!x)x")  # (none: it never matches)


def iter_matches(rx: re.Pattern, text: str):
    """``rx.finditer(text)``, trying ``rx`` only where a string that its matches start with
    stands (``starts``); the same matches, in the same order."""
    if _start_finder(rx) is None:
        yield from rx.finditer(text)
        return
    pos = 0
    while (m := search(rx, text, pos, len(text))) is not None:
        yield m  # (not empty: it starts with a string)
        pos = m.end()


def search(rx: re.Pattern, text: str, pos: int, endpos: int) -> re.Match | None:
    """``rx.search(text, pos, endpos)``, trying ``rx`` only where a string that its matches
    start with stands (``starts``): worth it over a long stretch of text (a short one is
    searched as fast by the engine itself)."""
    finder = _start_finder(rx)
    if finder is None:
        return rx.search(text, pos, endpos)
    while (at := finder.search(text, pos, endpos)) is not None:
        if (m := rx.match(text, at.start(), endpos)) is not None:
            return m
        pos = at.start() + 1  # (the next place any of the strings stands, overlapping this one)
    return None
