"""Finding names in running text: organs and bodies, treaties, places.

A name matches as written, with any run of white space for a space, either apostrophe, and a
capital for a lower-case first letter; never inside a longer word.  Longer names win over
shorter ones that start at the same place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lang.base import Language
from ...organs import KNOWN_ORGANS


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    ids: tuple[str, ...]  # what the name may stand for (one id for a full name)


def _key(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("\u2011", "-").split())


def name_pattern(name: str) -> str:
    out = []
    for i, c in enumerate(name):
        if c.isspace():
            if out and out[-1] != r"\s+":
                out.append(r"\s+")
        elif c in "'’":
            out.append(r"['’]\s?")
        elif c in "-\u2011":
            out.append(r"[-\u2011]\s?")
        elif i == 0 and c.islower():
            out.append(f"[{c}{c.upper()}]")
        else:
            out.append(re.escape(c))
    return "".join(out)


class NameIndex:
    """Names -> ids; ``find`` returns the mentions in a text, longest first, left to right."""

    def __init__(self, names: dict[str, tuple[str, ...]]):
        self.lookup: dict[str, tuple[str, ...]] = {}
        for ident, forms in names.items():
            for form in forms:
                k = _key(form)
                k = k[:1].lower() + k[1:] if k[:1].islower() else k
                self.lookup[k] = tuple(dict.fromkeys((*self.lookup.get(k, ()), ident)))
        alts = sorted({name_pattern(f) for forms in names.values() for f in forms}, key=len, reverse=True)
        # no look-behind in front: it would stop the engine from skipping fast to a name's
        # first letter (five times slower); ``find`` checks the character before instead
        self.regex = re.compile(rf"(?:{'|'.join(alts)})(?![\w\-])") if alts else None

    def ids(self, matched: str) -> tuple[str, ...]:
        k = _key(matched)
        return self.lookup.get(k) or self.lookup.get(k[:1].lower() + k[1:], ())

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        if self.regex is None:
            return []
        end = len(text) if end is None else end
        out, pos = [], start
        while (m := self.regex.search(text, pos, end)) is not None:
            before = text[m.start() - 1] if m.start() > 0 else " "
            if before.isalnum() or before in "_-":  # inside a word
                pos = m.start() + 1
                continue
            out.append(Mention(m.start(), m.end(), self.ids(m.group())))
            pos = m.end()
        return out

    def match(self, text: str, pos: int) -> re.Match | None:
        """A name starting exactly at ``pos`` (not inside a word)."""
        before = text[pos - 1] if pos > 0 else " "
        if self.regex is None or before.isalnum() or before in "_-":
            return None
        return self.regex.match(text, pos)


@dataclass(frozen=True)
class Names:
    """The name indexes of one language."""

    bodies: NameIndex  # full names and abbreviations of organs and bodies
    shorts: NameIndex  # short names, resolved by context
    treaties: NameIndex
    heads: NameIndex  # head nouns of treaty names
    places: NameIndex
    show_as: dict[str, str]  # body id -> its name (TLC showAs)
    treaty_head: dict[str, str]  # treaty -> its head noun
    places_show_as: dict[str, str]  # place id -> its name


@lru_cache(maxsize=None)
def names(lang: Language) -> Names:
    organs = {k: v for k, v in lang.organ_names.items() if k in KNOWN_ORGANS}
    bodies: dict[str, tuple[str, ...]] = {k: (v,) for k, v in organs.items()}
    for k, forms in lang.body_names.items():
        bodies[k] = (*bodies.get(k, ()), *forms)
    show_as = {k: forms[0] for k, forms in bodies.items()}
    heads = {h: (h,) for h in lang.treaty_heads}
    treaty_head = {}
    for treaty, forms in lang.treaty_names.items():
        found = [(m.start(), h) for h in lang.treaty_heads if (m := re.search(rf"\b{re.escape(h)}\b", forms[0]))]
        if found:
            treaty_head[treaty] = min(found)[1]
    places: dict[str, tuple[str, ...]] = {}
    for place, ident in lang.places.items():
        places[ident] = (*places.get(ident, ()), place)
    return Names(
        bodies=NameIndex(bodies),
        shorts=NameIndex(lang.body_short_names),
        treaties=NameIndex(lang.treaty_names),
        heads=NameIndex({h: forms for h, forms in heads.items()}),
        places=NameIndex(places),
        show_as=show_as,
        treaty_head=treaty_head,
        places_show_as={k: forms[0] for k, forms in places.items()},
    )
