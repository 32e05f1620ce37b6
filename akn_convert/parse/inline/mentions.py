"""Names in one text: treaties (by name, or by head noun after a determiner: "la Convention"),
organs and bodies (full names and abbreviations; short names after a determiner, resolved by
context), places, roles ("the Secretary-General").  Each name found updates the document
context in reading order."""

from __future__ import annotations

import re

from .context import Context, Found, Stretches, TextMentions
from .grammar import uncontracted
from .names import Mention
from .prefilter import may_match

#: a capitalised word right after a place makes the place part of a name ("Geneva Convention")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-ZÀ-Ý]\w")


def _goes_on(text: str, end: int, g) -> bool:
    """Whether a capitalised word that makes a name longer follows ``end`` (not a keyword:
    "General Assembly Resolution 60/1")."""
    return bool((w := _NAME_GOES_ON.match(text, end)) and not g.keyword.match(text, w.end() - 2))


def scan(text: str, ctx: Context) -> tuple[TextMentions, list[Found]]:
    n, g = ctx.names, ctx.grammar
    tm = TextMentions()
    # names are looked up with contractions undone ("للجمعية العامة" read as "الجمعية العامة",
    # one character for one): the name's span then holds the contracted word whole
    treaties, bodies, shorts, heads, places, roles = n.scan.find(uncontracted(text, g, ctx.lang))
    # a treaty's name inside another's that the converter does not know ("Optional Protocol to the
    # International Covenant …") names no treaty: nothing inside it is named either
    inner = [m for m in treaties if g.inner_treaty.search(text, max(0, m.start - 60), m.start)] if treaties else []
    events: list[tuple[str, Mention]] = [("treaty", m) for m in treaties if m not in inner]
    tm.taken = [(m.start, m.end) for m in treaties]
    # a name inside a work's title is part of the title ("联合国" in "《联合国宪章》")
    tm.titles = [t.span() for t in g.title.finditer(text)] if may_match(g.title, text) else []
    tm.taken += tm.titles
    # a body's name may hold a treaty's ("Conférence des Parties à la Convention ..."), not the reverse
    # and an office's name may hold a body's ("Верховный комиссар Организации Объединенных Наций …")
    if bodies and (tm.taken or roles):  # (none to hold a body's name: every body stays)
        holders = Stretches(tm.taken + [(r.start, r.end) for r in roles])
        bodies = [m for m in bodies if not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
                                               for s, e in holders.around(m.start, m.end))]
    # a name that goes on with capitalised words is part of another body's name, which the
    # converter does not know ("Counter-Terrorism Committee Executive Directorate", "Human Rights
    # Council Advisory Committee"): no organization, and nothing else inside it
    longer = [m for m in bodies if _goes_on(text, m.end, g)]
    if longer:
        bodies = [m for m in bodies if m not in longer]
        tm.taken += [(m.start, m.end) for m in longer]
    events += [("body", m) for m in bodies]
    tm.taken += [(m.start, m.end) for m in bodies]
    window = lambda m: (max(0, m.start - 40), m.start)  # noqa: E731
    for m in shorts:
        if tm.free(m.start, m.end) and g.determiner_before.search(text, *window(m)) and g.follow.match(text, m.end) \
                and not _goes_on(text, m.end, g):
            events.append(("short", m))
    events += [("inner", m) for m in inner]
    for m in heads:
        if tm.free(m.start, m.end) and g.follow.match(text, m.end) \
                and (m.ids[0] in ctx.lang.bare_heads or g.head_before.search(text, *window(m))):
            events.append(("inner" if g.inner_treaty.search(text, max(0, m.start - 60), m.start) else "head", m))
    found: list[Found] = []
    for kind, m in sorted(events, key=lambda e: e[1].start):
        if kind == "treaty":
            ctx.treaties.add(m.ids[0])
            tm.treaties.append((m, m.ids[0]))
        elif kind == "head":
            tm.treaties.append((m, ctx.treaty_for(text[m.start:m.end], (t for _, t in tm.treaties))))
        elif kind == "inner":  # another treaty, which the converter does not know, is named there
            tm.treaties.append((m, None))
        elif kind == "body":
            ctx.bodies.add(m.ids[0])
            tm.bodies.append((m, m.ids[0]))
            found.append(_organization(m, m.ids[0], ctx))
        else:  # a short name
            body = ctx.body_for(m.ids)
            tm.bodies.append((m, body))
            tm.taken.append((m.start, m.end))
            if body:
                found.append(_organization(m, body, ctx))
            else:
                ids = ctx.candidates(m.ids)
                named = [i for i in ids if i in ctx.bodies]  # (the ones the reader has to choose from)
                found.append(Found(m.start, m.end, "organization", "body", None,
                                   reason="short name of " + " or ".join(named or ids)
                                   + (": more than one named before" if named else ": none named before")))
    for m in places:
        if tm.free(m.start, m.end) and not _NAME_GOES_ON.match(text, m.end) \
                and not g.place_after.match(text, m.end) and not g.place_before.search(text, *window(m)):
            ident = m.ids[0]
            found.append(Found(m.start, m.end, "location", "place", "#" + ident,
                               (("refersTo", "#" + ident), ("showAs", n.places_show_as[ident]))))
    for m in roles:  # "the Secretary-General", not inside a body's name ("Office of the …")
        if tm.free(m.start, m.end):
            ident = m.ids[0]
            found.append(Found(m.start, m.end, "role", "role", "#" + ident,
                               (("refersTo", "#" + ident), ("showAs", n.roles_show_as[ident]))))
    return tm, found


def _organization(m: Mention, body: str, ctx: Context) -> Found:
    return Found(m.start, m.end, "organization", "body", "#" + body,
                 (("refersTo", "#" + body), ("showAs", ctx.names.show_as.get(body) or ctx.show_as[body])))
