"""What the inline parsers know at a given point of a document: the organ that speaks, the
bodies and treaties named so far (a short name or a treaty's head noun stands for one of
them), the document's own paragraph numbers; and what one text holds."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from ...lang.base import Language
from ...organs import PARENT_ORGANS
from .grammar import Grammar, grammar
from .names import Mention, Names, names
from .works import COMMON_TREATIES, ORGAN_TREATY


class Found(NamedTuple):  # a tuple: made by the hundred per document, cheaply
    """Something recognised in a text.  ``target`` is the href (ref), ISO date (date) or
    ``#id`` (organization, location); ``None`` when the text does not say enough."""

    start: int
    end: int
    kind: str  # span kind: ref | date | organization | role | location
    what: str  # resolution | decision | article | treaty | paragraph | date | body | role | place
    target: str | None
    attrs: tuple[tuple[str, str], ...] = ()
    reason: str = ""  # why it stays plain text


@dataclass
class Context:
    lang: Language
    own: str | None  # the organ that speaks (the formula's), its own resolutions' author
    year: int | None = None  # the document's year: what it cites was adopted by then
    bodies: set[str] = field(default_factory=set)  # bodies named so far
    treaties: set[str] = field(default_factory=set)  # treaties named so far
    #: the document's paragraph numbers -> the labels of their points ("a", "b" ...)
    paragraphs: dict[int, set[str]] = field(default_factory=dict)
    #: in an annex: the resolution's paragraphs, as ``paragraphs`` ("paragraph 2 of the present
    #: resolution" is the resolution's, "paragraph 2 above" the annex's); None elsewhere
    resolution_paragraphs: dict[int, set[str]] | None = None
    #: (resolution | decision, number) -> the organ a reference named for it, in reading order
    cited: dict[tuple[str, str], str] = field(default_factory=dict)
    #: bodies named after the resolution that set them up (``committees``): kind ("committee",
    #: "panel") -> their ids in reading order; id -> name as first printed
    established: dict[str, list[str]] = field(default_factory=dict)
    show_as: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.own:
            self.bodies.add(self.own)
            if self.own in ORGAN_TREATY:
                self.treaties.add(ORGAN_TREATY[self.own])
        self.treaties.update(COMMON_TREATIES)

    @property
    def names(self) -> Names:
        return names(self.lang)

    @property
    def grammar(self) -> Grammar:
        return grammar(self.lang)

    def body_for(self, ids: tuple[str, ...]) -> str | None:
        """The body a short name stands for: the organ that speaks when it may be that one (an
        organ calls itself "the Council", and names any other council in full), else the one
        body named so far that it may stand for, else (none named) the principal organ the
        speaking one reports to when it may be that one, or None.  A kind of body among ``ids``
        ("committee") stands for the bodies of that kind set up by a resolution named so far."""
        ids = self.candidates(ids)
        if self.own in ids:
            return self.own
        hits = [i for i in ids if i in self.bodies]
        if not hits and (parent := PARENT_ORGANS.get(self.own or "")) in ids:
            # none named: the principal organ the speaking one reports to ("the Assembly" in a
            # Human Rights Council text is the General Assembly, "the Council" in a commission's
            # the Economic and Social Council)
            return parent
        return hits[0] if len(hits) == 1 else None

    def candidates(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        """``ids`` with each kind of body ("committee") replaced by the bodies of that kind named so far."""
        kinds = self.grammar.established.groupindex
        return tuple(i for x in ids for i in (self.established.get(x, ()) if x in kinds else (x,)))

    def treaty_for(self, head: str, here: Iterable[str | None] = ()) -> str | None:
        """The one treaty named so far whose head noun is ``head`` (in any of its forms), or None;
        the one of those named ``here`` (before it in the same text: "the Treaty on the
        Non-Proliferation of Nuclear Weapons, in particular article VI of the Treaty") first."""
        head = next(iter(self.names.heads.ids(head)), head)
        for named in (set(here), self.treaties):
            hits = sorted(t for t in named if t and self.names.treaty_head.get(t) == head)
            if hits:
                return hits[0] if len(hits) == 1 else None
        return None


class Stretches:
    """Stretches ``(start, end)`` of one text, asked whether any overlaps a given one (``start <
    e and s < end``).  Each is filed under the blocks of the text it covers, so a question looks
    at its neighbours only, not at every stretch (a paragraph of thousands of names or dates)."""

    BLOCK = 64

    def __init__(self, stretches=()) -> None:
        self.blocks: dict[int, list[tuple[int, int]]] = {}
        for s, e in stretches:
            self.add(s, e)

    def add(self, start: int, end: int) -> None:
        for b in range(start // self.BLOCK, max(start, end - 1) // self.BLOCK + 1):
            self.blocks.setdefault(b, []).append((start, end))

    def around(self, start: int, end: int):
        """The stretches filed in the blocks from just before ``start`` to ``end`` (some more
        than once): every one that overlaps, holds or touches ``start``–``end`` is among them."""
        for b in range(max(0, start - 1) // self.BLOCK, end // self.BLOCK + 1):
            yield from self.blocks.get(b, ())

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a stretch overlaps ``start``–``end`` (each that does is among :meth:`around`'s)."""
        return any(start < e and s < end for s, e in self.around(start, end))


@dataclass
class TextMentions:
    """The names found in one text, in order."""

    bodies: list[tuple[Mention, str | None]] = field(default_factory=list)  # (mention, body id)
    treaties: list[tuple[Mention, str | None]] = field(default_factory=list)  # named or by head noun
    taken: list[tuple[int, int]] = field(default_factory=list)  # where names stand (no other name inside)
    used: set[int] = field(default_factory=set)  # starts of organ names that a reference took as its organ
    titles: list[tuple[int, int]] = field(default_factory=list)  # works' titles ("《…》"), in order

    _index: Stretches | None = field(default=None, repr=False, compare=False)  # ``taken``, indexed
    _indexed: tuple[int, int] = field(default=(0, 0), repr=False, compare=False)  # (id of ``taken``, count)
    _among: tuple = field(default=(None, []), repr=False, compare=False)  # (key, bodies): last_body_before
    _by_end: tuple = field(default=(-1, {}), repr=False, compare=False)  # (count, end -> bodies)

    def free(self, start: int, end: int) -> bool:
        """Whether no name stands across ``start``–``end`` (``taken``, which only grows, is
        indexed as it grows)."""
        list_id, count = self._indexed
        if self._index is None or list_id != id(self.taken) or count > len(self.taken):
            self._index, count = Stretches(), 0
        for s, e in self.taken[count:]:
            self._index.add(s, e)
        self._indexed = (id(self.taken), len(self.taken))
        return not self._index.overlaps(start, end)

    def bodies_within(self, start: int, end: int) -> list[tuple[Mention, str | None]]:
        """The bodies named inside ``start``–``end``, in order (the mentions are in the order
        they start: the ones that start there are found by bisection)."""
        k0 = bisect_left(self.bodies, start, key=lambda b: b[0].start)
        k1 = bisect_right(self.bodies, end, key=lambda b: b[0].start)
        return [b for b in self.bodies[k0:k1] if b[0].end <= end]

    def last_body_before(self, pos: int, among=None) -> tuple[Mention, str | None] | None:
        """The last body named (in order) that ends by ``pos`` and is one of ``among`` (any
        when None)."""
        key = (id(among), len(self.bodies))
        if among is None:
            bodies = self.bodies
        else:
            if self._among[0] != key:  # (the bodies that are one of ``among``, listed once)
                self._among = (key, [b for b in self.bodies if b[1] in among])
            bodies = self._among[1]
        k = bisect_right(bodies, pos, key=lambda b: b[0].start)  # (those after start after pos)
        return next((bodies[i] for i in range(k - 1, -1, -1) if bodies[i][0].end <= pos), None)

    def bodies_ending_at(self, pos: int) -> list[tuple[Mention, str | None]]:
        """The bodies named that end at ``pos``, in order."""
        if self._by_end[0] != len(self.bodies):  # (indexed by their ends once)
            by_end: dict[int, list] = {}
            for b in self.bodies:
                by_end.setdefault(b[0].end, []).append(b)
            self._by_end = (len(self.bodies), by_end)
        return self._by_end[1].get(pos, [])

    def body_at(self, pos: int) -> tuple[Mention, str | None] | None:
        return _starting_at(self.bodies, pos)

    def treaty_at(self, pos: int) -> tuple[Mention, str | None] | None:
        return _starting_at(self.treaties, pos)

    def last_treaty_mention_before(self, pos: int) -> tuple[Mention, str | None] | None:
        # (the mentions are in the order they start: the last one that ends by ``pos`` is among
        # the last ones that start before it; looked for from there back, not over all of them)
        k = bisect_left(self.treaties, pos, key=lambda t: t[0].start)
        return next((self.treaties[i] for i in range(k - 1, -1, -1) if self.treaties[i][0].end <= pos), None)

    def treaty_inside(self, start: int, end: int) -> bool:
        """Whether a treaty's name stands between ``start`` and ``end`` (in a title)."""
        return any(start <= m.start and m.end <= end for m, _ in self.treaties)


def _starting_at(mentions: list[tuple[Mention, str | None]], pos: int) -> tuple[Mention, str | None] | None:
    """The first of ``mentions`` (in the order they start) that starts at ``pos``."""
    k = bisect_left(mentions, pos, key=lambda t: t[0].start)
    return mentions[k] if k < len(mentions) and mentions[k][0].start == pos else None
