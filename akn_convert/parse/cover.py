"""Front matter: everything before the opening formula.

The cover page (organ, distribution, date, languages, session, place and dates, agenda item
and title, sponsors and document kind, symbol), or the heading of a yearbook or an adopted
text ("Resolution 242 (1967) of 22 November 1967", "73/8. Necessity of ..."), the adoption
line ("Adopted by the Security Council at its 4653rd meeting, on 4 December 2002", which goes
to the conclusions), and the title.  Each line is matched against the language's cover
patterns, then those of the languages its mastheads borrow ("Distr.: General" and an English
date on a Russian cover page); what matches nothing is the organ's name (at the top), the
agenda item's title (after the agenda item) or the document's title (last; a title broken
over several blocks is joined again).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import get as get_language
from ..lang.base import Language, ascii_digits
from ..model import Block, Cover, NoteAnchor, Span, Text
from ..organs import SYMBOL_RE, normalise_symbol, within
from . import textops
from .dates import find_dates, parse_date


@dataclass
class Front:
    cover: Cover
    title: Text | None = None
    #: lines kept in the preface as they are: (kind, Text) with kind "heading", "adopted",
    #: "reference" or "other"
    extras: list[tuple[str, Text]] = field(default_factory=list)
    heading: dict[str, str] = field(default_factory=dict)  # number, year, session, date
    adoption_date: str | None = None
    has_cover: bool = False  # a masthead / cover page was seen
    #: adoption lines ("Adopted by the Security Council at its 4653rd meeting, on …"): conclusions
    adoption_lines: list[Text] = field(default_factory=list)


@dataclass
class _Unit:
    text: Text
    block: int
    kind: str | None = None
    groups: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=None)
def _languages(lang: Language) -> tuple[Language, ...]:
    """The language and those its mastheads borrow forms from."""
    from ..lang import get

    return (lang, *(get(code) for code in lang.masthead_languages))


def _match(lang: Language, kind: str, s: str) -> tuple[dict[str, str], Language] | None:
    for lg in _languages(lang):
        for rx in lg.cover_res.get(kind, ()):
            m = rx.match(s)
            if m:
                return {k: v for k, v in m.groupdict().items() if v is not None}, lg
    return None


def _sponsors(text: Text, lang: Language) -> dict[str, str] | None:
    """The groups of a line naming the sponsors and the kind of draft: sponsors, stage, sep, tail
    and layout (the names of the parts in printed order, joined by spaces)."""
    for rx in _sponsors_res(lang):
        m = rx.match(text.text)
        if m:
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            parts = sorted(groups, key=m.start)
            raw = groups["sponsors"]
            groups["sponsors"] = raw.strip()
            groups["at"] = str(m.start("sponsors") + len(raw) - len(raw.lstrip()))  # where the names start
            groups["layout"] = " ".join(parts)
            return groups
    return None


@lru_cache(maxsize=None)
def _sponsors_res(lang: Language) -> tuple[re.Pattern, ...]:
    """"Austria, …: draft resolution": the sponsors, then the kind of draft; "Draft decision
    submitted by the President": the kind, then who submits it (the language's
    ``submitted_patterns``)."""
    stages = sorted((k for k, v in lang.doc_stages.items() if v.endswith("Draft")), key=len, reverse=True)
    alt = "|".join(re.escape(s) for s in stages)
    if not alt:
        return ()
    return (re.compile(rf"^(?P<sponsors>.+?)(?P<sep>\s*[:：]\s*)(?P<stage>{alt})[.。]?$", re.I),
            *(re.compile(p.replace("{stage}", alt), re.I) for p in lang.submitted_patterns))


#: whole-line kinds tried in order (the first that matches wins)
_KINDS = ("masthead", "distribution", "original", "session", "agenda_item", "heading", "adoption_line",
          "adopted_by", "numbered_title", "reference", "place_dates", "languages")
#: kinds that may take a whole block of several lines (a bracketed reference wrapped: "[on the
#: recommendation of the Commission …" / "… (E/2025/30)]")
_BLOCK_KINDS = ("heading", "adoption_line", "adopted_by", "numbered_title", "reference")


def _classify_line(s: str, lang: Language) -> tuple[str, dict[str, str]] | None:
    """The kind of a cover line and its groups (a dict of the caller's own); None when it is no
    cover line.  A line is tried against every kind once per document: the cover's lines are
    classified again as blocks are split, merged and joined (``parse_front`` empties the memo,
    so it holds one document's lines)."""
    found = _classified(s, lang)
    return (found[0], dict(found[1])) if found else None


@lru_cache(maxsize=4096)
def _classified(s: str, lang: Language) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    found = _classify(s, lang)
    return (found[0], tuple(found[1].items())) if found else None


def _classify(s: str, lang: Language) -> tuple[str, dict[str, str]] | None:
    if SYMBOL_RE.fullmatch(s):
        return "symbol", {"symbol": normalise_symbol(s)}
    for kind in _KINDS:
        found = _match(lang, kind, s)
        if found is not None:
            groups, lg = found
            if kind == "session" and lg.ordinal(groups.get("ordinal", "")) is None:
                continue
            if kind == "languages" and not _language_list(s, groups, lg):
                continue
            if lg is not lang:
                groups["_lang"] = lg.code
            return kind, groups
    if _is_language_name(s, lang):
        return "language", {}
    if lang.doc_stages.get(s.lower().rstrip(".。"), "").endswith("Draft"):
        return "stage", {}  # "Draft decision" on its own line: the kind, no sponsors named
    if _range_line(s, lang):  # (before the single date: "12-16 octobre 2020" ends with one)
        return "dates", {}
    date = _date_line(s, lang)
    if date:
        return "date", {"date": date}
    return None


def _range_line(s: str, lang: Language) -> bool:
    """A line that holds two dates and nothing else: the session's dates with no place
    ("24 February–4 April 2025", "26 février-5 avril 2024")."""
    for lg in _languages(lang):
        found = find_dates(s, lg)
        if len(found) == 2 and found[0].start == 0 and _fills(lg, "range_joint", s[found[0].end:found[1].start]) \
                and _fills(lg, "year_word", s[found[1].end:]):
            return True
    return False


def _fills(lang: Language, kind: str, s: str) -> bool:
    """Whether ``s`` is empty or, white space aside, what the language's cover pattern ``kind``
    matches ("–", "a", "至" between two dates; "года" after a year)."""
    s = s.strip()
    return not s or any(rx.fullmatch(s) for rx in lang.cover_res.get(kind, ()))


def _language_list(s: str, groups: dict[str, str], lang: Language) -> bool:
    """Whether a line names the languages a document is issued in, or a piece of that list
    wrapped ("Arabic, Chinese, English, French," / "Russian and Spanish only"): the official
    languages' names (CLDR through babel) and nothing else, two at least or one with "only" or
    a comma after it."""
    conjunctions = "|".join(re.escape(w) for w in lang.list_conjunctions) or r"(?!x)x"
    names = [n for n in re.split(rf"\s*[,،、，]\s*|\s+(?:{conjunctions})\s+", lang.fold(groups["names"])) if n]
    known = _official_language_names(lang)
    return bool(names) and all(n in known for n in names) and (
        len(names) > 1 or "only" in groups or s.rstrip()[-1:] in ",،、，")


@lru_cache(maxsize=None)
def _official_language_names(lang: Language) -> frozenset[str]:
    from babel import Locale

    from ..lang import codes, get

    names = Locale.parse(lang.code2).languages  # (the six official languages are the six the converter knows)
    return frozenset(lang.fold(names[get(c).code2]) for c in codes())


def _is_language_name(s: str, lang: Language) -> bool:
    """The line naming the expression's language: "Français", or "Russian" on a Russian
    document whose masthead is in English (names from CLDR through babel)."""
    return lang.fold(s) in _language_names(lang)


@lru_cache(maxsize=None)
def _language_names(lang: Language) -> frozenset[str]:
    from babel import Locale

    names = {lang.fold(lang.name)}
    for lg in _languages(lang)[1:]:
        names.add(lang.fold(Locale.parse(lg.code2).languages.get(lang.code2, "")))
    return frozenset(names)


def _date_line(s: str, lang: Language) -> str | None:
    """The ISO date of a line that holds a date and nothing else (but a prefix such as a
    weekday or "Date:", and the word the language may put after a year: "21 декабря 2023 года")."""
    for lg in _languages(lang):
        found = find_dates(s, lg)
        if found and found[-1].start <= 8 and _date_prefix(s[:found[-1].start], lg) and (
                len(s) - found[-1].end <= 1 or _fills(lg, "year_word", s[found[-1].end:].rstrip(".,"))):
            return found[-1].iso
    return None


def _date_prefix(prefix: str, lang: Language) -> bool:
    """Whether the words before a date leave its line a date line: none, a label ending with a
    colon or a comma ("Date:"), a weekday (CLDR through babel) or the language's small words
    ("on 17 December 2024", the end of a wrapped adoption heading); not a name ("缔约方会议
    15 October 2024": a wrapped organ's name beside the masthead's date)."""
    prefix = prefix.strip()
    return not prefix or prefix[-1] in ":：,，،" or lang.fold(prefix) in _weekdays(lang) or all(
        w in lang.function_words for w in prefix.casefold().split())


@lru_cache(maxsize=None)
def _weekdays(lang: Language) -> frozenset[str]:
    from babel import dates

    return frozenset(lang.fold(name) for width in ("wide", "abbreviated")
                     for name in dates.get_day_names(width, locale=lang.code2).values())


def _mirrored_masthead(s: str, lang: Language) -> list[str] | None:
    """A masthead line of a language written right to left as a layout extraction prints it,
    the Latin column first ("A/HRC/RES/54/97   الأمم المتحدة", "Distr.: General   الجمعية
    العامة"): the two fields, when the Latin one is the symbol or a distribution, date,
    original or language line and the other is in the language's script alone."""
    if not lang.rtl or lang.script_regex is None:
        return None
    first = lang.script_regex.search(s)
    if first is None or first.start() == 0:
        return None
    left, right = s[: first.start()].strip(), s[first.start():].strip()
    if not left or re.search(r"[A-Za-z]", right):
        return None
    kind = (_classify_line(left, lang) or ("",))[0]
    return [left, right] if kind in ("symbol", "distribution", "date", "original", "language") else None


def _split_masthead(s: str, lang: Language, masthead: bool = False) -> list[str]:
    """"United Nations S/RES/1445 (2002)" and "Security Council Distr.: General" hold two fields;
    so does a line of the masthead's two columns with the date on the right ("to the United
    Nations Convention 13 December 2023": a long organ name wrapped beside the date)."""
    m = SYMBOL_RE.search(s)
    if m and m.end() == len(s) and m.start() > 0:
        return [s[: m.start()].strip(), m.group(0)]
    mirrored = _mirrored_masthead(s, lang)
    if mirrored:
        return mirrored
    m = re.search(r"\s(Distr\.?\s*:?.*)$", s)
    if m and m.start() > 0:
        return [s[: m.start()].strip(), *_split_masthead(m.group(1), lang)]
    if s.startswith("Distr"):  # the date beside it on the same line ("Distr.: Limited 14 November 2025")
        found = [d for lg in _languages(lang) for d in find_dates(s, lg)[-1:] if d.end == len(s)]
        if found and found[0].start > 0 and _match(lang, "distribution", s[:found[0].start].strip()):
            return [s[:found[0].start].strip(), s[found[0].start:]]
    if masthead and _classify_line(s, lang) is None:
        found = [d for lg in _languages(lang) for d in find_dates(s, lg)[-1:] if d.end == len(s)]
        if found and found[0].start > 0 and not re.search(r"[\d,;:\-–]\s*$", s[:found[0].start]):
            return [s[: found[0].start].strip(), s[found[0].start:]]
        # the language's line on the right ("contre la corruption Français", "… Original : anglais")
        words = s.split()  # (the longest such right part: "Original: English", not "English")
        for k in range(min(4, len(words) - 1), 0, -1):
            right = " ".join(words[-k:])
            if (_classify_line(right, lang) or ("",))[0] in ("language", "original"):
                return [" ".join(words[:-k]), right]
    return [s]


def _merge_split_lines(blocks: list[Block], lang: Language) -> list[Block]:
    """Join a block to the next when together, not alone, they make a heading or an adoption
    line ("Resolution adopted by the General Assembly on" / "26 October 2018")."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        joined = _wrapped_sponsors(blocks, i, lang)
        if joined is not None:
            out.append(joined[0])
            i = joined[1]
            continue
        alone = _classify_line(block.text.text, lang)
        # (an adopted heading with no date may go on with its date: "… General Assembly on" / "26 October 2018")
        if i + 1 < len(blocks) and (alone is None or alone[0] == "adopted_by" and "date" not in alone[1]) \
                and not _has_cover_lines(block, lang):
            nxt = blocks[i + 1]
            joined = textops.append(Text(block.text.text, list(block.text.spans), list(block.text.anchors)), nxt.text)
            found = _classify_line(joined.text, lang)
            if found and found[0] in _BLOCK_KINDS and found[0] != "numbered_title":
                out.append(Block(joined, block.line, [joined.text]))
                i += 2
                continue
        out.append(block)
        i += 1
    return out


def _wrapped_sponsors(blocks: list[Block], i: int, lang: Language) -> tuple[Block, int] | None:
    """A list of sponsors that PDF extraction cut into blocks ("Albania,* Australia, …, France," /
    "Luxembourg, …, Slovenia and" / "Switzerland: draft resolution"): the blocks joined, and the
    index of the block after them; None when block ``i`` does not start such a list."""
    text = blocks[i].text
    if not _ends_list_item(text.text, lang) or _classify_line(text.text, lang) is not None \
            or _has_cover_lines(blocks[i], lang):
        return None
    sep = " " if lang.spaced else ""
    joined = Text(text.text, list(text.spans), list(text.anchors))
    for j in range(i + 1, min(i + 6, len(blocks))):
        textops.append(joined, blocks[j].text, sep)
        if _sponsors(joined, lang):
            lines = [ln for b in blocks[i:j + 1] for ln in (b.lines or [b.text.text])]
            return Block(joined, blocks[i].line, lines), j + 1
        if not _ends_list_item(blocks[j].text.text, lang):
            return None
    return None


def _ends_list_item(s: str, lang: Language) -> bool:
    """Whether ``s`` stops in the middle of a list of names: after a comma or before its last
    name ("…, Slovenia and")."""
    s = s.rstrip()
    if s[-1:] in ",，、،":
        return True
    last = s.rsplit(None, 1)[-1] if s else ""
    return lang.fold(last) in {lang.fold(w) for w in lang.list_conjunctions}


def _has_cover_lines(block: Block, lang: Language) -> bool:
    """Whether a block of several lines holds cover lines of their own ("第七十九届会议" /
    "议程项目69(b)", joined where a line break is no space): not half of a broken heading."""
    return len(block.lines) > 1 and any(_classify_line(" ".join(ln.split()), lang) for ln in block.lines)


def _units(blocks: list[Block], lang: Language) -> list[_Unit]:
    """The front matter cut into classified units (a block, or a line of a block)."""
    units: list[_Unit] = []
    sep = " " if lang.spaced else ""
    for bi, block in enumerate(blocks):
        sponsors = _sponsors(block.text, lang)
        if sponsors:
            units.append(_Unit(block.text, bi, "sponsors", sponsors))
            continue
        whole = _classify_line(block.text.text, lang)
        if whole and whole[0] in _BLOCK_KINDS:
            units.append(_Unit(block.text, bi, whole[0], whole[1]))
            continue
        pending: list[str] = []
        classified_any = False
        raw_lines = [_closed_up(ln, lang) for ln in _lines_without_markers(block)]
        masthead = any(SYMBOL_RE.search(ln) or _match(lang, "distribution", _split_masthead(ln, lang)[-1])
                       for ln in raw_lines)
        for k, line in enumerate(raw_lines):
            parts = _split_masthead(line, lang, masthead)
            # the left column of a two-column masthead line ("Conference of the States Parties
            # Distr.: Limited") goes on with the lines below it: the organ's name wrapped
            column = len(parts) == 2 and _classify_line(parts[0], lang) is None
            for s in parts:
                if not s:
                    continue
                if column and s is parts[0]:
                    pending.append(s)
                    continue
                sponsors = _sponsors(Text(s), lang)
                found = ("sponsors", sponsors) if sponsors else \
                    _classify_line(s, lang)
                if found is None or found[0] == "adopted_by" and "date" not in found[1] \
                        and _dated_below(s, raw_lines, k, lang):
                    pending.append(s)  # (an adopted heading with no date going on with it on the next line)
                    continue
                if pending and not column:
                    # a heading or adoption line wrapped: "Resolution adopted by the General
                    # Assembly" / "on 17 December 2024", under the lines of an agenda item's
                    # title when no blank line sets them apart (an extraction without layout)
                    wrapped = next(((j, joined) for j in range(len(pending))
                                    if (joined := _classify_line(sep.join([*pending[j:], s]), lang))
                                    and joined[0] in _BLOCK_KINDS and joined[0] != "numbered_title"), None)
                    before = pending[:wrapped[0]] if wrapped else pending
                    if before:
                        units.extend(_Unit(Text(sep.join(t)), bi) for t in _item_titles(before, units))
                    if wrapped:
                        s, found = sep.join([*pending[wrapped[0]:], s]), wrapped[1]
                    pending = []
                classified_any = True
                units.append(_Unit(Text(s), bi, found[0], found[1]))
        if pending and not classified_any:
            units.append(_Unit(block.text, bi))
        elif pending:
            units.extend(_Unit(Text(sep.join(t)), bi) for t in _item_titles(pending, units))
    _reattach_notes(units, blocks)
    return units


def _dated_below(s: str, lines: list[str], k: int, lang: Language) -> bool:
    """Whether an adopted heading with no date (line ``k``) takes its date from the next line
    ("Resolution adopted by the General Assembly" / "on 17 December 2024")."""
    if k + 1 >= len(lines):
        return False
    found = _classify_line(f"{s} {lines[k + 1]}" if lang.spaced else s + lines[k + 1], lang)
    return bool(found) and found[0] == "adopted_by" and "date" in found[1]


def _item_titles(lines: list[str], units: list[_Unit]) -> list[list[str]]:
    """The lines below an agenda line naming several items, cut into one title each ("Agenda
    items 14 and 117" / "Integrated and coordinated implementation of and follow-up" / "to the
    outcomes …" / "Follow-up to the outcome of the Millennium Summit"): a title starts at a
    line that starts with a capital, when there are just as many such lines as items after
    the first; otherwise the lines are one text."""
    items = _agenda_items(units[-1].text.text) if units and units[-1].kind == "agenda_item" else 1
    starts = [k for k in range(1, len(lines)) if lines[k][:1].isupper()]
    if items < 2 or len(starts) != items - 1:
        return [lines]
    bounds = [0, *starts, len(lines)]
    return [lines[a:b] for a, b in zip(bounds, bounds[1:])]


def _closed_up(line: str, lang: Language) -> str:
    """A cover line of a language written without spaces, its characters closed up where PDF
    text keeps a masthead's letter spacing ("联 合 国", "大   会" -> "联合国", "大会")."""
    if lang.spaced or lang.script_regex is None:
        return line
    c = lang.script  # (one character apart from the next, each: two fields on a line stay two)
    return re.sub(rf"(?<!{c})(?:{c}[ \t\u3000]+)+{c}(?!{c})", lambda m: "".join(m.group().split()), line)


def _lines_without_markers(block: Block) -> list[str]:
    """The block's physical lines, white space squeezed, without the note numbers the reader
    took out of its text ("… provisional agenda1" -> "… provisional agenda")."""
    lines = [" ".join(ln.split()) for ln in (block.lines or [block.text.text])]
    markers = {a.marker for a in block.text.anchors if a.marker.isdigit() or a.marker == "*"}
    if not markers:
        return lines
    text = block.text.text
    out = []
    for line in lines:
        if line not in text:
            for m in markers:
                stripped = re.sub(rf"(?<=[^\d\s]){re.escape(m)}(?=[\W]|$)" if m != "*" else r"\*", "", line, count=1)
                if stripped != line and stripped in text:
                    line = stripped
                    break
        out.append(line)
    return out


def _reattach_notes(units: list[_Unit], blocks: list[Block]) -> None:
    """A block cut into lines ("Seventy-ninth session / Agenda item 12¹") gives units of plain
    text: each note marker of the block goes back to the unit whose text holds its place (the
    block's last unit when none does), so that no note of the cover page is lost."""
    for bi, block in enumerate(blocks):
        mine = [u for u in units if u.block == bi]
        if not block.text.anchors or any(u.text is block.text for u in mine) or not mine:
            continue
        where = []
        for u in mine:
            start = block.text.text.find(u.text.text)
            where.append((start, start + len(u.text.text)) if start >= 0 else None)
        for a in block.text.anchors:
            k = next((k for k, w in enumerate(where) if w and w[0] <= a.offset <= w[1]), len(mine) - 1)
            u, start = mine[k], (where[k] or (0, 0))[0]
            offset = min(max(a.offset - start, 0), len(u.text.text))
            u.text = Text(u.text.text, list(u.text.spans), [*u.text.anchors, NoteAnchor(offset, a.marker)])


def parse_front(blocks: list[Block], lang: Language) -> Front:
    _classified.cache_clear()
    front = Front(Cover())
    cover = front.cover
    units = _units(_merge_split_lines(blocks, lang), lang)

    seen_agenda = False
    unknown: list[_Unit] = []
    title_units: list[_Unit] = []  # a numbered title and the blocks that continue it
    more_titles: list[_Unit] = []  # the titles of the second and further agenda items
    unknown_before_agenda = 0
    for u in units:
        s, g = u.text.text, u.groups
        date_lang = get_language(g["_lang"]) if "_lang" in g else lang
        if u.kind is None:
            if title_units:
                title_units.append(u)
            elif seen_agenda and cover.agenda_title is None and cover.sponsors is None:
                cover.agenda_title = s
                _keep_notes(cover, "agenda_title", u)
            elif seen_agenda and cover.sponsors is None and len(unknown) == unknown_before_agenda and \
                    len(more_titles) + 1 < _agenda_items(cover.agenda_item):
                more_titles.append(u)  # "Agenda items 14 and 117": one title for each
            else:
                unknown.append(u)
            continue
        _continue_title(front, title_units)
        if u.kind in _FIELDS_AS_STRINGS and not (u.kind == "date" and cover.date is not None):
            _keep_notes(cover, u.kind, u)  # (a second date is kept as printed, notes and all)
        front.has_cover = front.has_cover or u.kind in ("distribution", "original", "session", "agenda_item", "sponsors",
                                                        "languages")
        if u.kind == "symbol":
            cover.symbol = cover.symbol or g["symbol"]
        elif u.kind == "masthead":
            pass
        elif u.kind == "sponsors":
            cover.sponsors, cover.doc_stage, cover.stage_separator = g["sponsors"], g["stage"], g["sep"]
            cover.sponsors_tail, cover.sponsors_layout = g.get("tail", ""), tuple(g["layout"].split())
            stars = [a.offset - int(g["at"]) for a in u.text.anchors if a.marker == "*"]
            cover.sponsors_stars = [offset for offset in stars if offset < len(cover.sponsors)]
            if len(cover.sponsors_stars) < len(stars):  # a "*" after the last sponsor: the whole list's
                cover.sponsors_marker = "*"
        elif u.kind == "distribution":  # ("Distr." / "GENERAL" on two lines: one field)
            cover.distribution = f"{cover.distribution} {s}" if cover.distribution else s
        elif u.kind == "date":
            if cover.date is None:
                cover.date_text, cover.date = s, g["date"]
            else:  # a second date: kept as printed
                front.extras.append(("other", _with_dates(u.text, lang)))
        elif u.kind == "languages":  # a list wrapped over lines comes as several units
            cover.languages = f"{cover.languages} {s}" if cover.languages else s
        elif u.kind == "stage":
            cover.doc_stage = cover.doc_stage or s
        elif u.kind == "language":
            cover.language = s
        elif u.kind == "original":
            cover.original_language = s
        elif u.kind == "session":
            cover.session_text, cover.session = s, date_lang.ordinal(g["ordinal"])
        elif u.kind == "agenda_item":
            cover.agenda_item, seen_agenda, unknown_before_agenda = s, True, len(unknown)
        elif u.kind == "dates" and cover.place_dates is None:
            cover.place_dates = _with_dates(u.text, lang)
        elif u.kind == "dates":
            front.extras.append(("other", _with_dates(u.text, lang)))
        elif u.kind == "place_dates":
            cover.place = g["place"]
            cover.place_dates = _place_dates(u.text, g["place"], lang)
        elif u.kind == "heading":
            front.heading.update({k: v for k, v in g.items() if not k.startswith("_")})
            front.extras.append(("heading", _with_dates(u.text, lang)))
            if g.get("date"):
                front.adoption_date = parse_date(g["date"], date_lang)
        elif u.kind == "adoption_line":
            front.adoption_lines.append(_with_dates(u.text, lang))
            front.adoption_date = parse_date(g["date"], date_lang) or front.adoption_date
        elif u.kind == "adopted_by":  # (older texts print no date: "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY")
            front.extras.append(("adopted", _with_dates(u.text, lang)))
            front.adoption_date = (parse_date(g["date"], date_lang) if "date" in g else None) or front.adoption_date
        elif u.kind == "numbered_title":
            if g["number"][-1:].isdigit() or g["number"].endswith(")"):  # ("55/...": no number yet)
                front.heading.setdefault("number", g["number"])
            prefix = len(u.text.text) - len(g["title"])
            front.extras.append(("number", textops.strip(textops.cut(u.text, 0, prefix))))
            front.title = textops.cut(u.text, prefix)
            title_units = [u]
        elif u.kind == "reference":
            front.extras.append(("reference", u.text))
    _continue_title(front, title_units)
    if more_titles and front.title is None and not any(units.index(u) > units.index(more_titles[-1])
                                                       for u in unknown):
        unknown.append(more_titles.pop())  # nothing after it: the document's title, not an item's
    cover.more_agenda_titles = [u.text.text for u in more_titles]

    # the organ's name heads the cover page (the body's own name when the masthead names its
    # principal organ first: "General Assembly" / "Human Rights Council"); the title is the
    # last unclassified unit
    named = [(u, organ) for u in unknown if (organ := organ_id(u.text.text, lang))]
    if front.has_cover and named:
        unit, organ = next((u, o) for u, o in reversed(named) if not any(within(p, o) and p != o for _, p in named))
        unknown.remove(unit)
        cover.organ = unit.text.text
        _keep_notes(cover, "organ", unit)
        parent = next(((u, p) for u, p in named if u is not unit and p != organ and within(organ, p)), None)
        if parent is not None:
            unknown.remove(parent[0])
            cover.parent_organ = (parent[0].text.text, parent[1])
    elif unknown and front.has_cover and _is_organ_line(unknown[0], units):
        _keep_notes(cover, "organ", unknown[0])
        cover.organ = unknown.pop(0).text.text
    if unknown and front.title is None:
        front.title = unknown.pop().text
    if front.title is not None:
        front.title = _unbold(front.title)
    for u in unknown:
        front.extras.append(("other", u.text))
    front.extras = [(k, _unbold(t)) for k, t in front.extras]
    front.adoption_lines = [_unbold(t) for t in front.adoption_lines]
    return front


#: cover lines the cover keeps as plain strings (their notes are kept aside: ``Cover.field_notes``)
_FIELDS_AS_STRINGS = frozenset({"symbol", "distribution", "date", "language", "languages", "original", "session",
                                "agenda_item", "sponsors"})


def _agenda_items(agenda_item: str | None) -> int:
    """How many items an agenda line names, by their numbers ("Agenda items 14 and 117": 2;
    "Point 2 b) de l'ordre du jour": 1)."""
    return len(re.findall(r"\d+", ascii_digits(agenda_item or "")))


def _keep_notes(cover: Cover, field: str, unit: _Unit) -> None:
    """The footnote markers of a cover line kept as a plain string (the sponsors' "*" aside;
    a reissued document's "*" after its symbol is the symbol's)."""
    markers = [a.marker for a in unit.text.anchors if a.marker != "*" or field != "sponsors"]
    if markers:
        cover.field_notes.setdefault(field, []).extend(markers)


def _unbold(text: Text) -> Text:
    """Bold is the cover page's layout, not the markup of its lines."""
    return Text(text.text, [sp for sp in text.spans if sp.kind != "b"], text.anchors)


def _continue_title(front: Front, title_units: list[_Unit]) -> None:
    """A numbered title broken over several blocks: the unclassified blocks right after it
    are the rest of the title."""
    for u in title_units[1:]:
        textops.append(front.title, u.text)
    title_units.clear()


def organ_id(text: str | None, lang: Language) -> str | None:
    """The actor id of an organ named on its own ("General Assembly" -> ``un-ga``)."""
    if not text:
        return None
    folded = lang.fold(" ".join(text.split()))
    return next((k for k, n in lang.organ_names.items() if lang.fold(n) == folded), None)


def _is_organ_line(unit: _Unit, units: list[_Unit]) -> bool:
    """The first unclassified unit is the organ when it comes before the distribution line."""
    idx = units.index(unit)
    return any(u.kind in ("distribution", "date", "symbol") for u in units[idx + 1:]) and all(
        u.kind in (None, "masthead", "symbol") for u in units[:idx]
    )


def _place_dates(text: Text, place: str, lang: Language) -> Text:
    text = _with_dates(text, lang)
    at = max(text.text.find(place), 0)  # (first, or after the dates: "2020年10月12日至16日，维也纳")
    text.spans.append(Span(at, at + len(place), "location",
                           {"refersTo": "#" + location_id(place, lang), "showAs": place}))
    text.spans.sort(key=lambda s: (s.start, -s.end))
    return text


def _with_dates(text: Text, lang: Language) -> Text:
    out = Text(text.text, list(text.spans), list(text.anchors))
    for d in find_dates(text.text, lang):
        out.spans.append(Span(d.start, d.end, "date", {"date": d.iso}))
    return out


def location_id(place: str, lang: Language) -> str:
    """The place's id: the same in every language for the places the languages know ("Vienne",
    "Vienna" -> ``vienna``); another is its name in Latin letters ("Genève" -> ``geneve``,
    "Санкт-Петербург" -> ``sankt-peterburg``, by anyascii for other scripts)."""
    known = {lang.fold(k): v for k, v in lang.places.items()}
    folded = lang.fold(place)
    if folded in known:
        return known[folded]
    if not folded.isascii():
        from anyascii import anyascii

        folded = anyascii(folded).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "place"
