"""Finding names in running text: organs and bodies, treaties, places, roles.

A name matches as written, with any run of white space for a space, either apostrophe, and a
capital for a lower-case first letter; never inside a longer word.  Longer names win over
shorter ones that start at the same place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ...lang.base import Language
from ...organs import KNOWN_ORGANS
from .grammar import grammar, uncontracted


class Mention(NamedTuple):  # a tuple: made by the hundred per document, cheaply
    start: int
    end: int
    ids: tuple[str, ...]  # what the name may stand for (one id for a full name)


def _key(s: str) -> str:
    """A name as matched, in the form its index keeps: spacing squeezed, and none after a
    hyphen or an apostrophe (``name_pattern`` lets one stand there: "Secretary- General")."""
    s = " ".join(s.replace("’", "'").replace("\u2011", "-").split())
    return _AFTER_JOINER.sub(r"\1", s) if "- " in s or "' " in s else s


_AFTER_JOINER = re.compile(r"(['-]) ")


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


def name_alternatives(name: str) -> tuple[str, ...]:
    """``name_pattern`` as alternatives that each start with a literal letter: a lower-case first
    letter gives one alternative per case.  When every alternative of a regex starts with a
    literal, the engine skips fast to those letters (five times faster on running text)."""
    pattern = name_pattern(name)
    c = name[:1]
    if not c.islower():
        return (pattern,)
    rest = pattern[len(f"[{c}{c.upper()}]"):]
    return tuple(re.escape(x) + rest for x in dict.fromkeys(c + c.upper()))


class NameIndex:
    """Names -> ids; ``find`` returns the mentions in a text, longest first, left to right.

    In a language written without spaces between words (``spaced=False``: Chinese) a name
    stands between any characters but Latin letters and digits glued to it ("大会2024年…第79/999
    号决议" names the General Assembly); a longer name that holds a shorter one is listed too, so
    that the longer is taken whole ("副秘书长" is not "秘书长")."""

    def __init__(self, names: dict[str, tuple[str, ...]], spaced: bool = True,
                 clitics: frozenset[str] = frozenset()):
        self.spaced = spaced
        self.clitics = clitics
        self.lookup: dict[str, tuple[str, ...]] = {}
        self._ids: dict[str, tuple[str, ...]] = {}  # text as matched -> ids (worked out once)
        for ident, forms in names.items():
            for form in forms:
                k = _key(form)
                k = k[:1].lower() + k[1:] if k[:1].islower() else k
                self.lookup[k] = tuple(dict.fromkeys((*self.lookup.get(k, ()), ident)))
        # longest first (a name that another starts with is tried after it)
        by_pattern = {name_pattern(f): f for fs in names.values() for f in fs}
        alts = [a for p in sorted(by_pattern, key=lambda p: (-len(p), p))
                for a in name_alternatives(by_pattern[p])]
        # no look-behind in front: it would stop the engine from skipping fast to a name's
        # first letter (five times slower); ``find`` checks the character before instead
        # nor inside a document symbol ("A/HRC/40/1", "GA/12345": no "HRC", no "GA")
        after = r"(?![\w\-/])" if spaced else r"(?![A-Za-z\-])"
        self.regex = re.compile(rf"(?:{'|'.join(alts)}){after}") if alts else None
        # the words a name may start with: a name found stands at the start of one of them
        # (a name's first word is literal and what follows it is no word character); not so
        # in an unspaced language, whose names are searched on their own
        firsts = [_first_words(f) for fs in names.values() for f in fs]
        self.first_words: frozenset[str] | None = (
            None if not spaced or not all(firsts) else frozenset(w for ws in firsts for w in ws))

    def _glued(self, text: str, pos: int) -> bool:
        """Whether what stands before ``pos`` makes a name there part of a longer word."""
        return glued(text, pos, self.spaced, self.clitics)

    def ids(self, matched: str) -> tuple[str, ...]:
        ids = self._ids.get(matched)
        if ids is None:
            k = _key(matched)
            ids = self._ids[matched] = self.lookup.get(k) or self.lookup.get(k[:1].lower() + k[1:], ())
        return ids

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        if self.regex is None:
            return []
        end = len(text) if end is None else end
        out, pos = [], start
        while (m := self.regex.search(text, pos, end)) is not None:
            if self._glued(text, m.start()):  # inside a word
                pos = m.start() + 1
                continue
            out.append(Mention(m.start(), m.end(), self.ids(m.group())))
            pos = m.end()
        return out

    def match(self, text: str, pos: int) -> re.Match | None:
        """A name starting exactly at ``pos`` (not inside a word)."""
        if self.regex is None or self._glued(text, pos):
            return None
        return self.regex.match(text, pos)


def glued(text: str, pos: int, spaced: bool = True, clitics: frozenset[str] = frozenset()) -> bool:
    """Whether the characters before ``pos`` make a word starting there part of a longer one.
    A slash glues too (a symbol's part: "A/HRC/40/1").  Unspaced (Chinese): only Latin letters
    and digits glue.  A clitic of the language written
    onto the word does not ("و" + "الجمعية العامة": "والجمعية العامة" names the Assembly)."""
    before = text[pos - 1] if pos > 0 else " "
    if not spaced:
        return (before.isascii() and before.isalnum()) or before in "_-"
    if not (before.isalnum() or before in "_-/"):
        return False
    if clitics:
        start = pos
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        return text[start:pos] not in clitics
    return True


_WORD = re.compile(r"\w+")


def _first_words(name: str) -> tuple[str, ...]:
    """The first word of ``name`` as a text may print it (either case of a lower-case first
    letter, as ``name_alternatives`` allows); () when the name does not start with a word."""
    m = _WORD.match(name)
    if not m:
        return ()
    word = m.group()
    return tuple(dict.fromkeys(x + word[1:] for x in (word[0] + word[0].upper() if word[0].islower() else word[0])))


def word_trie(words) -> str:
    """A regex of ``words`` (word characters only) as a tree of their shared starts
    ("Co(?:mité|n(?:seil|vention))"): at a letter the engine follows one branch, where a flat list
    "Comité|Conseil|Convention" tries each word in turn (about twice as fast over running text).
    Followed by ``(?!\\w)`` it matches what the flat list does: at any place at most one of the
    words is followed by no word character, whatever the order they are tried in."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words):
        by_first.setdefault(w[:1], []).append(w[1:])
    alternatives = []
    for first, rests in by_first.items():
        shared = first
        while all(rests) and len({r[0] for r in rests}) == 1:  # one branch: written as one literal
            shared += rests[0][0]
            rests = [r[1:] for r in rests]
        longer = [r for r in rests if r]
        if not longer:
            alternatives.append(re.escape(shared))
        else:  # (a word that ends here makes the longer ones optional)
            alternatives.append(f"{re.escape(shared)}(?:{word_trie(longer)}){'?' if '' in rests else ''}")
    return "|".join(alternatives)


class NameScan:
    """Several name indexes searched in one pass over a text: one regex finds the words any of
    their names starts with; each index then tries its own names there only.  Each index gets
    what its own ``find`` gets: the first name from the left, not inside a word, then the
    next one after its end."""

    def __init__(self, indexes: tuple[NameIndex, ...], spaced: bool = True, clitics: frozenset[str] = frozenset()):
        self.indexes = indexes
        self.spaced, self.clitics = spaced, clitics
        self.by_word: dict[str, tuple[int, ...]] = {}
        for i, index in enumerate(indexes):
            for w in index.first_words or ():
                self.by_word[w] = (*self.by_word.get(w, ()), i)
        self.alone = tuple(i for i, index in enumerate(indexes) if index.regex and index.first_words is None)
        self.regex = re.compile(rf"(?:{word_trie(self.by_word)})(?!\w)") if self.by_word else None

    def find(self, text: str) -> tuple[list[Mention], ...]:
        out: tuple[list[Mention], ...] = tuple([] for _ in self.indexes)
        for i in self.alone:
            out[i].extend(self.indexes[i].find(text))
        if self.regex is None:
            return out
        pos = [0] * len(self.indexes)
        for w in self.regex.finditer(text):
            start = w.start()
            if start and glued(text, start, self.spaced, self.clitics):
                continue  # inside a word
            for i in self.by_word[w.group()]:
                if start >= pos[i] and (m := self.indexes[i].regex.match(text, start)):
                    out[i].append(Mention(start, m.end(), self.indexes[i].ids(m.group())))
                    pos[i] = m.end()
        return out


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
    roles: NameIndex  # offices held by a person ("Secretary-General")
    roles_show_as: dict[str, str]  # role id -> its name
    scan: NameScan  # treaties, bodies, shorts, heads, places and roles in one pass, in this order


@lru_cache(maxsize=None)
def names(lang: Language) -> Names:
    organs = {k: v for k, v in lang.organ_names.items() if k in KNOWN_ORGANS}
    bodies: dict[str, tuple[str, ...]] = {k: (v,) for k, v in organs.items()}
    for k, forms in lang.body_names.items():
        bodies[k] = (*bodies.get(k, ()), *forms)
    show_as = {k: forms[0] for k, forms in bodies.items()}
    heads = {h: (h, *lang.treaty_head_forms.get(h, ())) for h in lang.treaty_heads}
    treaty_head = {}
    for treaty, forms in lang.treaty_names.items():
        found = [(m.start(), h) for h in lang.treaty_heads if (m := re.search(rf"\b{re.escape(h)}\b", forms[0]))]
        if found:
            treaty_head[treaty] = min(found)[1]
    places: dict[str, tuple[str, ...]] = {}
    for place, ident in lang.places.items():
        places[ident] = (*places.get(ident, ()), place)
    how = (lang.spaced, frozenset(lang.clitics))
    read = _as_read(lang)
    indexes = {
        "bodies": NameIndex(read(bodies), *how),
        "shorts": NameIndex(read(lang.body_short_names), *how),
        "treaties": NameIndex(read(lang.treaty_names), *how),
        "heads": NameIndex(read({h: forms for h, forms in heads.items()}), *how),
        "places": NameIndex(read(places), *how),
        "roles": NameIndex(read(lang.role_names), *how),
    }
    return Names(
        **indexes,
        show_as=show_as,
        treaty_head=treaty_head,
        places_show_as={k: forms[0] for k, forms in places.items()},
        roles_show_as={k: forms[0] for k, forms in lang.role_names.items()},
        scan=NameScan(tuple(indexes[k] for k in ("treaties", "bodies", "shorts", "heads", "places", "roles")), *how),
    )


def _as_read(lang: Language):
    """Names as the scan reads the text: with each contraction written back as the word's own
    start ("برنامج الأمم المتحدة للبيئة" is read "… البيئة", and was never found)."""
    g = grammar(lang)
    if g.contraction is None:
        return lambda table: table
    return lambda table: {k: tuple(dict.fromkeys((*forms, *(uncontracted(f, g, lang) for f in forms))))
                          for k, forms in table.items()}
