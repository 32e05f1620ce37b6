"""References to resolutions and decisions: "sa décision 4/4 du 17 octobre 2008", "les
résolutions de l'Assemblée générale 61/144 du 19 décembre 2006, 61/180 ... et 74/176",
"Security Council resolution 2331 (2016)", "paragraph 2 of resolution 861 (1993)", and adopted
symbols ("A/RES/61/144").

A keyword opens a group; an organ's name may stand between the keyword and the first number
(the head), right after a number ("résolution 64/293 de l'Assemblée générale"), or right before
the keyword ("General Assembly resolution").  Without a name, "sa"/"its" is the document's own
organ, a number form that only one organ uses names that organ (SC "2331 (2016)", ECOSOC
"2013/41"), a bare number cited before with its organ named is that organ's, and another bare
number is the document's own organ's when the form fits.  Every number of an enumeration is its
own reference, dated by the date that follows it (or that follows the next numbers of the same
session: "27/2, 27/3 et 27/4 du 18 mai 2018").  Where the keyword follows the number (Chinese
"大会2024年12月17日第79/999号决议"), the language's ``numbered`` pattern reads the whole
reference and the organ and date stand before it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ...iri import work_iri
from ...organs import SYMBOL_RE, SYMBOL_UNSPACED_RE, parse_symbol, roman_value
from ..dates import DateMatch
from .context import Context, Found, TextMentions
from .grammar import paragraph_point
from .prefilter import iter_matches, may_match
from .works import (FORM_ORGAN, NUMBER_END, ORGAN_FORMS, date_fits, number_year, paragraph_fragment,
                    session_held, session_numbered, special_organs, work_number)

#: a head holds at most this many words besides the organ's name ("pertinentes du ... provisions")
_HEAD_SPARE_WORDS = 3


@dataclass
class _Item:
    start: int
    end: int
    form: str
    match: re.Match
    date: DateMatch | None = None
    trail: str | None = None  # organ named right after the number
    trail_at: int = -1  # where its name starts
    stranger: bool = False  # a body the converter cannot link is named right after the number
    part: str | None = None  # a part written in words after the number ("75/290 ألف")
    #: the dates its date is the first of ("of 19 and 20 December 2006"): one for each number
    #: of the list that ends here, in order, or none
    shared: list[DateMatch] = field(default_factory=list)
    undated: bool = False  # its date cannot be told (more or fewer dates than numbers)


@dataclass
class _Group:
    """The references a keyword opens ("la résolution 10/6", "resolutions 61/144, 62/175 and …")."""

    refs: list[Found]
    end: int
    titles: list[tuple[int, int]]  # the titles the list went on after
    organ: str | None
    forms: set[str]
    by_trail: bool  # the organ is named after the numbers ("… 10/1 de la Conférence")
    loose: bool  # no organ named, no possessive, no number cited before: the document's own by default
    rebuild: Callable[[str], list[Found]]  # the references as another organ's
    at: int = field(default=0)  # where its references stand in the list of the text's
    by_head: bool = False  # the organ is named between the keyword and the numbers


@dataclass(frozen=True)
class _Keyword:
    """Where a list of references starts: its keyword ("résolutions", "its resolution") and
    what stands around it.  Mostly a keyword as found; for a list that goes on with another
    organ's numbers, the keyword shared, read again where the other organ's name starts: "les
    résolutions de l'Assemblée générale 70/1 et du Conseil économique et social 2019/23"."""

    start: int  # where it stands (a possessive before the keyword included)
    end: int  # where what follows it (the organ's name, the numbers) is read from
    word_start: int  # where the keyword itself starts: a reference's text starts there
    word: str  # the keyword as written ("résolutions", "قرارها")
    own: str | None  # the possessive before it ("sa", "its"), if any

    @classmethod
    def found(cls, m: re.Match) -> "_Keyword":
        return cls(m.start(), m.end(), m.start("kw"), m.group("kw"), m.group("own"))

    def shared_at(self, at: int) -> "_Keyword":
        """The keyword read again at ``at``, before another organ's name."""
        return _Keyword(at, at, at, self.word, self.own)


def number_at(text: str, pos: int, forms) -> tuple[str, re.Match] | None:
    """The number of a resolution at ``pos`` in one of ``forms`` (the grammar's): (form, match)."""
    if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "/-"):
        return None
    for form, rx in forms:
        m = rx.match(text, pos)
        if m and NUMBER_END.match(text, m.end()):
            return form, m
    return None


#: what may follow a number of a list: punctuation or the text's end
_LIST_PUNCT = re.compile(r"\s*(?:[,;:.)]|$)")


def _list_goes_on(text: str, pos: int, g) -> bool:
    """Whether what follows a bare number at ``pos`` lets it be a resolution of a list: punctuation,
    the next item, the organ or the date ("resolutions 242 and 338 of the Security Council")."""
    return any(rx.match(text, pos) for rx in (_LIST_PUNCT, g.next_item, g.of, g.dated))


def _trail(text: str, q: int, item: _Item, ctx: Context, tm: TextMentions, head: str | None = None) -> int:
    """Read the organ named at ``q`` right after a number or its date ("64/293 de l'Assemblée
    générale") into ``item``; return where the reference goes on."""
    om = ctx.grammar.of.match(text, q)
    if om and (b := tm.body_at(om.end())) and b[1] in ORGAN_FORMS:
        if head and b[1] != head and number_at(text, b[0].end + 1, ctx.grammar.number_forms):
            return q  # "… 61/180, de la Commission … 20/3": the list goes on with the Commission's numbers
        item.trail, item.trail_at = b[1], b[0].start
        return b[0].end
    if om and text[q] != "," and _stranger_at(text, om.end(), ctx, tm):
        # "resolution 2005/69 of the Commission on Human Rights" (", du Comité …" starts another item)
        item.stranger = True
    return q


#: between two dates of a range written with a dash ("19-20 December 2006")
_DASH = re.compile(r"\s*[-–—]\s*")


def _dates_joined(text: str, first: DateMatch, dates_at: dict[int, DateMatch], g) -> list[DateMatch]:
    """The dates ``first`` is the first of, joined to it ("19 and 20 December 2006", "19-20
    December"), ``first`` included; [] when none is joined to it."""
    chain = [first]
    while (joint := g.next_item.match(text, chain[-1].end) or _DASH.match(text, chain[-1].end)) \
            and joint.end() in dates_at:
        chain.append(dates_at[joint.end()])
    return chain if len(chain) > 1 else []


def _share_dates(items: list[_Item]) -> None:
    """Numbers listed before dates listed ("61/144 and 61/180 of 19 and 20 December 2006"): one
    date each, in order, when there are as many; else none of them has a date."""
    for i, item in enumerate(items):
        if not item.shared:
            continue
        run = [item]
        while i - len(run) >= 0 and (before := items[i - len(run)]).date is None and _same_series(before, item):
            run.insert(0, before)
        paired = len(run) == len(item.shared)
        for it, date in zip(run, item.shared if paired else [None] * len(run)):
            it.date, it.undated = date, not paired


def _same_series(a: _Item, b: _Item) -> bool:
    """Whether two numbers of an enumeration can share one adoption date."""
    if a.form != b.form:
        return False
    if a.form == "session":
        return a.match.group("s") == b.match.group("s")
    return number_year(a.form, a.match) is not None and number_year(a.form, a.match) == number_year(b.form, b.match)


def _compatible(first: str, form: str) -> bool:
    """Whether two number forms can stand in one enumeration (one organ uses both)."""
    return any({first, form} <= forms for forms in ORGAN_FORMS.values())


def find(text: str, ctx: Context, tm: TextMentions, dates: list[DateMatch]) -> list[Found]:
    g = ctx.grammar
    dates_at = {d.start: d for d in dates}
    out: list[Found] = []
    done = 0
    titles: list[tuple[int, int]] = []
    prev: _Group | None = None
    for m in iter_matches(g.keyword, text) if may_match(g.keyword, text) else ():
        if m.start() < done and not any(s <= m.start() < e for s, e in titles):
            continue
        key = _Keyword.found(m)
        group = _group(text, key, ctx, tm, dates_at)
        if group is None:
            continue
        if prev and prev.loose and group.by_trail and prev.forms <= ORGAN_FORMS[group.organ] \
                and g.list_joint.fullmatch(text, prev.end, m.start()):
            # "la résolution 10/6 et la décision 10/1 de la Conférence des Parties": both the Conference's
            out[prev.at:prev.at + len(prev.refs)] = prev.rebuild(group.organ)
        group.at, prev = len(out), group
        out += group.refs
        done, titles = max(done, group.end), titles + group.titles
        while group.by_head and (more := _goes_on_with_organ(text, key, group, ctx, tm, dates_at)) is not None:
            group = prev = more
            group.at = len(out)
            out += group.refs
            done, titles = max(done, group.end), titles + group.titles
    if g.numbered is not None:
        out += _numbered(text, ctx, tm, dates)
    symbol_re = SYMBOL_RE if ctx.lang.spaced else SYMBOL_UNSPACED_RE
    for m in iter_matches(symbol_re, text) if may_match(symbol_re, text) else ():
        sym = parse_symbol(m.group())
        if sym.adopted and sym.organ in ORGAN_FORMS and all(f.end <= m.start() or f.start >= m.end() for f in out):
            what = "decision" if sym.decision else "resolution"
            part = _SYMBOL_PART.match(text, m.end())
            if part or _GLUED_PART.search(m.group()):  # "A/RES/75/290 A", "A/RES/2200 A (XXI)", "A/RES/217(III)A"
                end = part.end() if part else m.end()
                out.append(Found(m.start(), end, "ref", what, None,
                                 reason=f"a resolution in parts ({text[m.start():end]}): the profile gives no IRI for a part"))
                continue
            href = work_iri(sym.organ, sym.number, str(sym.year) if sym.year else None)
            out.append(Found(m.start(), m.end(), "ref", what, href, _ref_attrs(what, href, sym.organ)))
    return out


def _goes_on_with_organ(text: str, key: _Keyword, group: _Group, ctx: Context, tm: TextMentions,
                       dates_at: dict[int, DateMatch]) -> _Group | None:
    """The numbers of another organ a list names after its own, the keyword shared: "les
    résolutions de l'Assemblée générale 70/1 et du Conseil économique et social 2019/23" (the
    other organ's name alone between the joint and its numbers, no keyword of its own)."""
    g = ctx.grammar
    joint = g.next_item.match(text, group.end)
    if joint is None:
        return None
    at = _end_before(text, joint.end())
    hm = g.head.match(text, at)
    if hm is None or not hm.group().strip() or g.keyword.search(text, at, hm.end()):
        return None
    more = _group(text, key.shared_at(at), ctx, tm, dates_at)
    return more if more is not None and more.by_head else None


#: a part's letter after an adopted symbol ("A/RES/75/290 A", "A/RES/217 (III) A", "A/RES/217(III)A"
#: where the symbol ends before the session), or before its session ("A/RES/2200 A (XXI)")
_SYMBOL_PART = re.compile(r"(?:\s*\(\s*[IVXLC]+\s*\))?\s*[A-H](?![\w/])(?:\s*\(\s*[IVXLC]+\s*\))?")
#: a part's letter written onto the symbol's number ("A/RES/75/290A", "A/RES/217(III)A")
_GLUED_PART = re.compile(r"(?:\d|\))[A-H]$")


def _group(text: str, key: _Keyword, ctx: Context, tm: TextMentions, dates_at: dict[int, DateMatch]) -> _Group | None:
    g = ctx.grammar
    decision = bool(g.decision_kw.match(key.word))
    hm = g.head.match(text, key.end)
    if not hm:
        return None
    in_head = tm.bodies_within(key.end, hm.end())
    head_organs = [(mm, b) for mm, b in in_head if b in ORGAN_FORMS]
    head_words = len(re.findall(r"\w+", text[key.end:hm.end()]))
    if head_words:
        inside = sum(len(re.findall(r"\w+", text[mm.start:mm.end])) for mm, b in in_head)
        if len(head_organs) != 1 or head_words - inside > _HEAD_SPARE_WORDS:
            return None
        if text[head_organs[0][0].end:hm.end()].strip() and (nm := number_at(text, hm.end(), g.number_forms)) and nm[0] == "plain":
            # a bare number after words that follow the organ's name is no resolution of it: "les
            # résolutions du Conseil de sécurité adoptées en 2015" (a year)
            return None

    items: list[_Item] = []
    titles: list[tuple[int, int]] = []  # the titles the list goes on after: what they cite is read too
    p = hm.end()
    while (nm := number_at(text, p, g.number_forms)) is not None:
        form, mm = nm
        if items and not _compatible(items[0].form, form):
            break
        if decision and form in ("plain", "year-paren"):
            break
        if items and form == "plain" and not _list_goes_on(text, mm.end(), g):
            break  # "resolution 1325 and 20 years later", "2250 (2015) and 15 Member States": a quantity
        item = _Item(p, mm.end(), form, mm)
        q = mm.end()
        if form in ("session", "roman") and (pt := g.part.match(text, q)):
            item.part, item.end, q = pt.group("part"), pt.end(), pt.end()
        head_organ = head_organs[0][1] if head_organs else None
        q = _trail(text, q, item, ctx, tm, head_organ)
        if (dm := g.dated.match(text, q)) and dm.end() in dates_at:
            item.date = dates_at[dm.end()]
            q = item.date.end
            item.shared = _dates_joined(text, item.date, dates_at, g)
            if item.shared:
                q = item.shared[-1].end
            if not (item.trail or item.stranger):  # "resolution 79/174 of 17 December 2024 of the General Assembly"
                q = _trail(text, q, item, ctx, tm, head_organ)
        items.append(item)
        end = q
        if title := g.titled.match(text, q):  # ", entitled "…"": the list goes on after the title
            titles.append((title.start(), title.end()))
            q = title.end()
        sm = g.next_item.match(text, q)  # "decisions 2/1 to 2/5": the first and the last, as articles
        if not (sm and number_at(text, sm.end(), g.number_forms)):
            break
        p = sm.end()
    if not items:
        return None
    _share_dates(items)
    for a, b in zip(reversed(items[:-1]), reversed(items[1:])):  # "27/2, 27/3 et 27/4 du 18 mai 2018"
        if a.date is None and b.date is not None and not a.undated and _same_series(a, b):
            a.date = b.date

    organ, how = _subject_after(text, key, end, ctx, tm, items) or _organ(text, key, ctx, tm, head_organs, items)
    what = "decision" if decision else "resolution"
    single = len(items) == 1 and not head_words
    span_start = key.word_start
    fragment = None
    paragraphs: list[tuple[int, int, str]] = []
    if len(items) == 1 and (pm := _paragraph_of(text, key, ctx, tm)):
        # "paragraph 12 of resolution 72/279"; "الفقرة ١٢ من قرار الجمعية العامة ٧٢/٢٧٩" (the organ's
        # name between the keyword and the number): one ref from the paragraph to the number
        printed, span_start = paragraph_point(pm)  # "subparagraph (b) of paragraph 4 of resolution 72/279"
        single = True
        fragment = paragraph_fragment(pm.group("p"), printed, ctx.lang)
        if pm.group("more"):
            # "paragraphs 1 and 2 of resolution 70/1": a ref to each paragraph (to the first and the
            # last of a range, as of articles), and one to the resolution from its keyword
            paragraphs = _listed_paragraphs(pm, fragment, ctx)
            span_start, fragment = key.word_start, None
    elif len(items) == 1 and (sm := _section_of(text, key, ctx, tm)):
        # "section II of resolution 60/1": the section's eId in the cited resolution ("sec_II")
        span_start, single, fragment = sm.start("sk"), True, _section_fragment(sm, ctx)
    elif len(items) == 1 and (tm_ := _after(ctx.grammar.thereof, text, end, titles) or _after(ctx.grammar.para_after, text, end, titles)):
        # "resolution 60/1, in particular paragraphs 138 and 139 thereof", "resolution 70/1, para. 5": the
        # resolution, and each paragraph
        paragraphs, end = _listed_paragraphs(tm_, paragraph_fragment(tm_.group("p"), tm_.group("pl"), ctx.lang),
                                             ctx, whole=not tm_.group("more")), tm_.end()
    elif len(items) == 1 and (sa := _after(ctx.grammar.section_after, text, end, titles)):
        # "resolution 60/1, section II": the resolution, and its section
        paragraphs, end = [(sa.start("sk"), sa.end(), _section_fragment(sa, ctx))], sa.end()
    loose = how == "bare" and not any((what, work_number(i.form, i.match, ctx.lang.session_prefixes)) in ctx.cited for i in items)

    def refs(organ, how):
        item = items[0]
        listed = [_reference(ctx, start, stop, what, organ, how, item.form, item.match, item.date, part_fragment,
                             item.part) for start, stop, part_fragment in paragraphs]
        return listed + [_reference(ctx, span_start if single else item.start, item.end, what, organ, how, item.form,
                                    item.match, item.date, fragment, item.part) for item in items]

    return _Group(refs(organ, how), end, [t for t in titles if t[1] <= end], organ, {i.form for i in items},
                  organ is not None and not head_organs and organ in {i.trail for i in items}, loose,
                  lambda other: refs(other, "named"), by_head=bool(head_organs) and organ == head_organs[0][1])


def _after(rx: re.Pattern, text: str, end: int, titles: list[tuple[int, int]]) -> re.Match | None:
    """``rx`` matched right after a reference that ends at ``end``, or after the title that follows it."""
    at = [end] + [e for s, e in titles if s == end]
    return next((mm for pos in at if (mm := rx.match(text, pos))), None)


def _section_of(text: str, key: _Keyword, ctx: Context, tm: TextMentions) -> re.Match | None:
    """"section II of" right before the keyword (or before the organ's name right before it)."""
    g = ctx.grammar
    return next((sm for e in _ends_before(text, key, ctx, tm) if (sm := g.section_of.search(text, max(0, e - 40), e))),
                None)


def _section_fragment(sm: re.Match, ctx: Context) -> str:
    """The eId of a cited resolution's section as the writer gives its own ("sec_II", "sec_B")."""
    return f"sec_{ctx.lang.section_label(sm.group('sec'))}"


def _listed_paragraphs(pm: re.Match, first: str, ctx: Context, whole: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, fragment) of each paragraph a list of them names ("paragraphs 1 and 2 of",
    "paragraphs 5 to 9 of", "paragraph 4 (a) and (b) of"): the first (``first``, its fragment)
    from its number (from its keyword when it is ``whole``: "paragraph 4"), the others as
    printed, a point alone being of the paragraph before it."""
    stop = pm.end("pl") if pm.group("pl") else pm.end("p")
    out = [(pm.start("pk") if whole else pm.start("p"), stop, first)]
    number = pm.group("p")
    for n in ctx.grammar.listed_paragraph.finditer(pm.string, pm.start("more"), pm.end("more")):
        if n.group("n"):
            number = n.group("n")
        out.append((n.start(), n.end(), paragraph_fragment(number, n.group("nl") or n.group("l"), ctx.lang)))
    return out


def _paragraph_of(text: str, key: _Keyword, ctx: Context, tm: TextMentions) -> re.Match | None:
    """"paragraph 4 (a) of" right before the keyword, or before the organ's name that stands
    right before it ("paragraph 12 of General Assembly resolution 72/279", "paragraph 3 of
    Assembly resolution 76/185")."""
    g = ctx.grammar
    return next((pm for e in _ends_before(text, key, ctx, tm) if (pm := g.paragraph_of.search(text, max(0, e - 90), e))),
                None)


def _ends_before(text: str, key: _Keyword, ctx: Context, tm: TextMentions) -> list[int]:
    """Where what names a part of the resolution may end before the keyword: at the keyword, or
    at the organ's name right before it ("paragraph 12 of General Assembly resolution 72/279",
    "section III of Assembly resolution 72/279")."""
    ends = [key.start]
    named = tm.last_body_before(key.start, ORGAN_FORMS)
    if named and ctx.grammar.lookback.fullmatch(text, named[0].end, key.start):
        ends.append(named[0].start)
    elif (w := _name_before(text, key, ctx)) is not None:
        ends.append(w.start())
    return ends


def _reference(ctx: Context, start: int, end: int, what: str, organ: str | None, how: str, form: str,
               match: re.Match, date: DateMatch | None, fragment: str | None = None,
               part: str | None = None) -> Found:
    """The reference to one number: its work's IRI, or why it stays plain text.  A bare number
    the document has cited before with its organ named is that organ's ("General Assembly
    resolution 72/4", later "resolution 72/4" in a Commission's text)."""
    number = work_number(form, match, ctx.lang.session_prefixes)
    if how == "bare" and (what, number) in ctx.cited:
        organ, how = ctx.cited[(what, number)], "named"
    special = special_organs(number)
    if special and organ not in special and how == "bare" and len(special) == 1:
        organ, how = next(iter(special)), "form"  # "resolution ES-10/19": only the General Assembly's
    problem = _problem(organ, how, form)
    if not problem and special and organ not in special:
        problem = f"{organ} holds no special sessions"
    if not problem and how == "bare" and not session_held(organ, form, match, ctx.year):
        # the document's own organ by default, which had not held that session: another organ's
        problem = f"{organ} had not held session {match.group('s')} by {ctx.year}"
    if not problem and organ and not session_numbered(organ, form, match):
        problem = f"{organ} numbered no resolution so in session {match.group('s')}"
    part = part or match.groupdict().get("part")
    if not problem and part:
        problem = f"a resolution in parts ({number} {part}): the profile gives no IRI for a part"
    if problem:
        return Found(start, end, "ref", what, None, reason=problem)
    when = None
    if date and date_fits(organ, form, match, date.iso):
        when = date.iso
    elif (year := number_year(form, match)) is not None:
        when = str(year)
    if how == "named":
        ctx.cited.setdefault((what, number), organ)
    href = work_iri(organ, number, when, fragment)
    return Found(start, end, "ref", what, href, _ref_attrs(what, href, organ))


def _ref_attrs(what: str, href: str, organ: str) -> tuple[tuple[str, str], ...]:
    """What the writer needs of a reference to a resolution or decision: its IRI, the cited organ
    and, for a decision, the class that tells it (its IRI reads as a resolution's)."""
    return (("href", href), ("organ", organ)) + ((("class", "decision"),) if what == "decision" else ())


#: full-width brackets as in "第2331（2016）号决议", read as the number forms' ASCII ones
_FULL_WIDTH = str.maketrans("（）", "()")


def _numbered(text: str, ctx: Context, tm: TextMentions, dates: list[DateMatch]) -> list[Found]:
    """References whose keyword follows the number ("大会2024年12月17日第79/999号决议", "其第5/2号
    决定"): the organ named right before (a date may stand between), else the organ of the list's
    first number ("安全理事会第2331(2016)号和第2388(2017)号决议"), else the document's own with a
    possessive, else the one the number's form names, else the document's own.  The numbers of a
    list may share one keyword around them ("第1325(2000)、2242(2015)和2467(2019)号决议"): each is
    its own reference."""
    g = ctx.grammar
    ends = {d.end: d for d in dates}
    out = []
    listed: tuple[int, str | None, str] | None = None  # where the last list's number ends, its organ
    for m in g.numbered.finditer(text):
        numbers = _listed_numbers(m, g)
        if numbers is None:
            continue
        groups = m.groupdict()
        decision = groups.get("dec") is not None or groups.get("ldec") is not None
        if decision and any(form in ("plain", "year-paren") for _, _, form, _ in numbers):
            continue
        before = _end_before(text, m.start())
        if gap := g.numbered_gap.search(text, max(0, before - 240), before):
            before = _end_before(text, gap.start())  # "2015年9月25日题为“…”的第70/1号决议"
        date = ends.get(before)
        named_end = _end_before(text, date.start) if date else before
        there = [b for mm_, b in tm.bodies_ending_at(named_end)]
        named = [b for b in there if b in ORGAN_FORMS]
        form, mm = numbers[0][2:]
        if named:
            organ, how = named[-1], "named"
        elif listed and listed[0] < named_end and g.numbered_joint.fullmatch(text, listed[0], named_end):
            organ, how = listed[1:]  # "…第2331(2016)号和第2388(2017)号决议": the list's organ
        elif there or g.body_before.search(text, max(0, named_end - 12), named_end):
            # a body that issues no resolutions the converter links, or one it does not know
            # ("人权委员会2005年4月20日第2005/69号决议", "世界卫生大会第58/3号决议")
            organ, how = None, "stranger"
        elif groups.get("own") or date and g.numbered_own.search(text, max(0, date.start - 8), date.start):
            organ, how = _own_or_other(text, m.start(), ctx, tm, {f for _, _, f, _ in numbers},
                                       [(f, n) for _, _, f, n in numbers])
        else:
            organ, how = FORM_ORGAN.get(form, ctx.own), "form" if form in FORM_ORGAN else "bare"
        listed = (m.end("ref"), organ, how) if groups.get("lres") or groups.get("ldec") else None
        # "第72/279号决议第12段", "第3(b)段"
        fragment = paragraph_fragment(groups["fp"], groups.get("fl"), ctx.lang) \
            if groups.get("fp") and len(numbers) == 1 else None
        last = len(numbers) - 1
        for i, (start, end, form, mm) in enumerate(numbers):
            out.append(_reference(ctx, m.start("ref") if i == 0 else start, m.end("ref") if i == last else end,
                                  "decision" if decision else "resolution", organ, how, form, mm,
                                  date if i == 0 else None, fragment))
    return out


def _listed_numbers(m: re.Match, g) -> list[tuple[int, int, str, re.Match]] | None:
    """The numbers a number-first reference holds (one, or a list sharing its keyword), each
    with where it stands and its form; None when one is no number of a resolution."""
    at = m.start("n")
    raw = m.group("n")
    cuts = [0, *(p for j in g.numbered_joint.finditer(raw) for p in (j.start(), j.end())), len(raw)]
    out = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        number = raw[a:b].translate(_FULL_WIDTH)
        found = next(((form, mm) for form, rx in g.number_forms if (mm := rx.fullmatch(number))), None)
        if found is None:
            return None
        out.append((at + a, at + b, *found))
    return out


def _organ(text, key: _Keyword, ctx: Context, tm: TextMentions, head, items) -> tuple[str | None, str]:
    if head:
        tm.used.add(head[0][0].start)
        return head[0][1], "named"
    trails = {i.trail for i in items if i.trail}
    if len(trails) == 1:
        tm.used.update(i.trail_at for i in items if i.trail)
        return trails.pop(), "named"
    g = ctx.grammar
    before = tm.last_body_before(key.start, ORGAN_FORMS)
    if before and g.lookback.fullmatch(text, before[0].end, key.start):
        tm.used.add(before[0].start)
        return before[1], "named"
    named = _named_before(text, key, ctx, tm)
    if any(i.stranger for i in items) or named == frozenset():
        return None, "stranger"
    forms = {i.form for i in items}
    possessive = _possessive(key, g)
    if not possessive and (general := _organ_before_particular(text, key, ctx, tm)) \
            and forms <= ORGAN_FORMS[general]:
        return general, "named"  # "relevant General Assembly resolutions, in particular resolutions 61/144"
    fitting = tuple(sorted(o for o in named or () if forms <= ORGAN_FORMS[o]))
    if fitting and ctx.own not in named and (one := ctx.body_for(fitting)):
        return one, "named"  # "Assembly resolution 78/149": the one assembly named so far
    if possessive:
        return _own_or_other(text, key.start, ctx, tm, forms, [(i.form, i.match) for i in items])
    form_organ = FORM_ORGAN.get(items[0].form)
    if form_organ and (named is None or form_organ in named):
        return form_organ, "form"
    if named is not None and ctx.own not in named:
        return None, "stranger"
    return ctx.own, "bare"


def _end_before(text: str, pos: int) -> int:
    """Where ``text[:pos]`` ends once its trailing spaces are stripped (without copying it)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _possessive(key: _Keyword, g) -> bool:
    """Whether the keyword is the document's own organ's: a possessive before it ("its", "sa"),
    or written onto it ("قرارها")."""
    return bool(key.own or g.own_suffix.search(key.word))


def _subject_after(text: str, key: _Keyword, end: int, ctx: Context, tm: TextMentions,
                   items: list[_Item]) -> tuple[str, str] | None:
    """The organ of a possessive that is the subject named right after the reference: "in its
    resolution 55/25 of 15 November 2000, the General Assembly adopted …" (not a list going on:
    "its resolution 74/176, the Human Rights Council resolution 5/1")."""
    g = ctx.grammar
    if not _possessive(key, g) or not g.subject_before.search(text, max(0, key.start - 8), key.start):
        return None
    sm = g.subject_after.match(text, end)
    body = tm.body_at(sm.end()) if sm else None
    if body is None or body[1] not in ORGAN_FORMS or not {i.form for i in items} <= ORGAN_FORMS[body[1]]:
        return None
    after = _WORD.match(text, body[0].end + 1) if text[body[0].end:body[0].end + 1] == " " else None
    if after is None or g.keyword.match(text, after.start()) or not after.group().islower():
        return None  # a verb follows the subject
    tm.used.add(body[0].start)
    return body[1], "named"


def _organ_before_particular(text: str, key: _Keyword, ctx: Context, tm: TextMentions) -> str | None:
    """The organ of the resolutions named in general right before "in particular" that stands
    before the keyword: "les résolutions pertinentes de l'Assemblée générale, notamment les
    résolutions 61/144", "relevant General Assembly resolutions, in particular resolutions 61/144"."""
    g = ctx.grammar
    pm = g.particular.search(text, max(0, key.start - 40), key.start)
    if pm is None:
        return None
    at = _end_before(text, pm.start())
    named = [b for mm, b in tm.bodies_ending_at(at)]
    if not named:  # "General Assembly resolutions, in particular": the organ before that keyword
        kw = next((k for k in g.keyword.finditer(text, max(0, at - 20), at) if k.end() == at and not k.group("own")),
                  None)
        before = tm.last_body_before(kw.start()) if kw else None
        if before and g.lookback.fullmatch(text, before[0].end, kw.start()):
            named = [before[1]]
    return named[0] if named and named[0] in ORGAN_FORMS else None


def _own_or_other(text: str, at: int, ctx: Context, tm: TextMentions, forms: set[str],
                  numbers: list[tuple[str, re.Match]] = ()) -> tuple[str | None, str]:
    """The organ of a possessive before the keyword at ``at``: "adopted by the General Assembly
    ... in its resolution": "its" may be that organ's unless the numbers' form fits only one of
    them ("the Economic and Social Council, at its 8th meeting, adopted its resolution 2020/12"
    in a General Assembly text)."""
    window = max(text.rfind(";", 0, at) + 1, text.rfind("；", 0, at) + 1, at - 100)
    others = {b for mm, b in tm.bodies_within(window, at) if mm.end <= at and b in ORGAN_FORMS and b != ctx.own
              and mm.start not in tm.used and mm.start >= window}
    if others:
        fits = [o for o in (ctx.own, *sorted(others)) if o and forms <= ORGAN_FORMS.get(o, frozenset())]
        if len(fits) > 1:  # "adopted by the General Assembly … in its resolution 55/25" in a Commission's text
            held = [o for o in fits if all(session_held(o, f, n, ctx.year) for f, n in numbers)]
            fits = held if len(held) == 1 else fits
        if len(fits) == 1 and fits[0] != ctx.own:
            return fits[0], "named"
        return (ctx.own, "own") if fits == [ctx.own] else (None, "ambiguous")
    if ctx.own and not forms <= ORGAN_FORMS.get(ctx.own, frozenset()):
        # the number's form is not the document's own organ's: the one organ named before whose
        # form it is, even one a reference took ("la résolution 1/1 de la Conférence … et sa
        # décision 9/1" in a text of the Economic and Social Council)
        named = {b for mm, b in tm.bodies_within(window, at) if mm.end <= at and b in ORGAN_FORMS and mm.start >= window
                 and forms <= ORGAN_FORMS[b]}
        if len(named) == 1:
            return named.pop(), "named"
    return ctx.own, "own"


#: a word of a name: a capital letter starts a name ("Commission on Human Rights")
_WORD = re.compile(r"[^\W\d_][\w'’\-‑]*")


def _stranger_at(text: str, pos: int, ctx: Context, tm: TextMentions) -> bool:
    """Whether a body the converter cannot link as an issuing organ is named at ``pos``: a known
    body that issues no resolutions, a short name that stays unresolved, or a capitalised name it
    does not know (not a month: "of September 2015")."""
    if (b := tm.body_at(pos)) is not None:
        return b[1] not in ORGAN_FORMS
    w = _WORD.match(text, pos)
    return bool(w) and w.group()[0].isupper() and ctx.lang.month(w.group()) is None


def _name_before(text: str, key: _Keyword, ctx: Context) -> re.Match | None:
    """The word where a name standing right before the keyword starts, as the language's
    ``lookback`` lets a name stand there ("Assembly" in "Assembly resolution"): the farthest of
    the last words whose gap to the keyword the lookback allows, when it starts with a capital
    and is not the text's first word (the opener: "Recalling resolution")."""
    start = key.start
    words = list(_WORD.finditer(text, max(0, start - 40), start))[-4:]
    hits = [w for w in words if ctx.grammar.lookback.fullmatch(text, w.end(), start)]
    if not hits or not hits[0].group()[0].isupper() or not text[:hits[0].start()].strip():
        return None
    w = hits[0].group()
    if w.casefold() in ctx.lang.function_words or ctx.grammar.see.fullmatch(w):
        return None  # "… para. 14. See resolution 70/1", "In resolution 70/1, the Assembly": no name
    if (roman_value(w) or len(w) == 1) and ((k := words.index(hits[0])) and words[k - 1].group().islower()
                                            or text[:hits[0].start()].endswith(".")):
        return None  # a number after a word in lower case or a full stop ("annex I to", "section II.A of"), no name
    return hits[0]


def _named_before(text: str, key: _Keyword, ctx: Context, tm: TextMentions) -> frozenset[str] | None:
    """The organs a name standing right before the keyword may be, as the language's
    ``lookback`` lets an organ's name stand there, or None when no name stands there: the
    farthest of the last words whose gap to the keyword the lookback allows, when it starts
    with a capital and is not the text's first word (the opener: "Recalling resolution") nor
    followed by a bare comma (an enumeration goes on).  A
    short name without its article ("Council decision 2022/213", "Council resolutions 5/1") may
    be any organ of that short name; a body that issues no resolutions, a short name left
    unresolved or a name the converter does not know ("Commission on Human Rights resolution
    2005/69", "World Health Assembly resolution", "the Commission on Human Rights, in its
    resolution") none: an empty set."""
    start = key.start
    w = _name_before(text, key, ctx)
    if w is None:
        return None
    if "," in text[w.end():start] and not text[w.end():start].replace(",", "").strip():
        return None  # a list goes on ("… of the Commission on Human Rights, resolution 70/1")
    known = [b for mm, b in tm.bodies if mm.start <= w.start() < mm.end]
    if known:  # an organ's name was taken as the organ before: this is another body, or none resolved
        return frozenset()
    organs = frozenset()
    for short, ids in _short_names(ctx.lang).items():
        if text[:w.end()].endswith(short):  # not when a longer name ends so ("World Health Assembly")
            at = w.end() - len(short)
            prev = list(_WORD.finditer(text, max(0, at - 40), at))
            if not prev or not prev[-1].group()[0].isupper() or not text[:prev[-1].start()].strip() \
                    or text[prev[-1].end():at].strip():  # a word of another phrase ("of 18 June 2007, Council")
                organs |= ids
    return organs


@lru_cache(maxsize=None)
def _short_names(lang) -> dict[str, frozenset[str]]:
    """Short name -> the organs it may stand for ("Council" -> the Security Council, ...)."""
    out: dict[str, frozenset[str]] = {}
    for ident, shorts in lang.body_short_names.items():
        for short in shorts:
            if ident in ORGAN_FORMS:
                out[short] = out.get(short, frozenset()) | {ident}
    return out


def _problem(organ: str | None, how: str, form: str) -> str:
    if organ is None:
        return ("another organ named before may be the one of the possessive" if how == "ambiguous"
                else "issued by a body the converter does not link" if how == "stranger"
                else "the issuing organ is not named")
    if form not in ORGAN_FORMS.get(organ, ()):
        return f"the number's form does not fit {organ}"
    return ""
