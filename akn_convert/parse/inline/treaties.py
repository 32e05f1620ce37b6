"""References to treaties: articles and their paragraphs ("l'article 32 de la Convention ...",
"paragraphe 1 de l'article 6 du Protocole", "Article 35, paragraph 2, of the Statute of the
International Court of Justice", "Articles 39 and 40 of the Charter"), Treaty Series citations
("Nations Unies, Recueil des Traités, vol. 2225, n° 39574"), and paragraphs of the document
itself ("paragraph 2 above").

The treaty is the one named after the article; a head noun alone ("la Convention", "du
Protocole") stands for the one treaty of that kind the document names; with no name at all,
the treaty named last before it in the same paragraph (but not when the article is "common to"
treaties named after it)."""

from __future__ import annotations

import re

from ...iri import treaty_iri
from ...lang.base import number_value
from ...organs import roman_value, to_roman
from .context import Context, Found, TextMentions
from .grammar import ROMAN_ARTICLE, label_of, paragraph_point, uncontracted
from .prefilter import iter_matches, may_match
from .works import TREATIES, UNTS, paragraph_fragment, point_of

_WORD_CHAR = re.compile(r"\w")


_DIGITS = re.compile(r"\d+")
#: an article's number in a list: digits, or roman capitals standing as a word ("articles I and II")
_ARTICLE_NUMBER = re.compile(rf"\d+|\b{ROMAN_ARTICLE}")


def _run_start(text: str, pos: int) -> int:
    """Where the run of digits that goes on at ``pos`` begins (``pos`` when none stands before
    it): a search for numbers from there finds what one from the text's start finds after it."""
    while pos > 0 and _DIGITS.match(text, pos - 1, pos):
        pos -= 1
    return pos


def _name_at(text: str, pos: int) -> bool:
    """Whether a capitalised word (any script) stands at ``pos``: the name of something."""
    return text[pos:pos + 1].isupper() and bool(_WORD_CHAR.match(text, pos + 1))


def find(text: str, ctx: Context, tm: TextMentions, digits: bool = True) -> list[Found]:
    """References in ``text``; without ``digits`` in it, only chapters (numbered in roman) may
    be, and articles whose numbers are written in words ("第九条")."""
    g = ctx.grammar
    numbers = digits or _numbers_in_words(text, g)
    read = uncontracted(text, g, ctx.lang) if numbers else text  # "للمادة" read as "المادة"
    out = _articles(text, read, ctx, tm) if numbers and may_match(g.article, read) else []
    if digits and may_match(g.citation, text):
        out += _citations(text, ctx)
    if digits and may_match(g.internal, text):
        out += _internal(text, ctx)
    if may_match(g.chapter, text):
        out += _chapters(text, ctx, tm)
    return out


def _numbers_in_words(text: str, g) -> bool:
    """Whether a number written in words may stand in ``text`` (``g.numerals`` searches in it).
    Each alternative is searched on its own, and only where one of its needles stands: the
    whole pattern opens with no literal, so the engine tries each alternative at every character
    (70 us over a paragraph that holds "premiers", against 16 us for the one alternative)."""
    return any(may_match(rx, text) and rx.search(text) is not None for rx in g.numeral_parts)


def _treaty_after(text: str, pos: int, ctx: Context, tm: TextMentions) -> tuple[str | None, int, str]:
    """The treaty named at ``pos`` (after "de la", "of the"): (treaty, end of its name, problem)."""
    g = ctx.grammar
    om = g.of.match(text, pos)
    if not om:
        return None, pos, "none"
    t = om.end()
    if this := g.this.match(text, t):
        t = this.end()
    mention = tm.treaty_at(t)
    if mention:
        m, treaty = mention
        return treaty, m.end, "" if treaty else f"more than one or no {text[m.start:m.end]} named before"
    head = ctx.names.heads.match(text, t)
    if head and g.qualifier.match(text, head.end()):
        treaty = ctx.treaty_for(head.group(), (named for mm, named in tm.treaties if mm.end <= t))
        return treaty, head.end(), "" if treaty else f"more than one or no {head.group()} named before"
    if _name_at(text, t):  # "article 5 of the Convention on ..." that the treaty table does not hold
        return None, pos, "a treaty the converter does not know"
    return None, pos, "none"


def _treaty_before(text: str, pos: int, ctx: Context, tm: TextMentions) -> tuple[str | None, str]:
    """The treaty named last before ``pos`` in the text: (treaty, problem); not when a title
    the converter does not know stands after its name ("《公约》第九条和《宣言》第三条")."""
    mention = tm.last_treaty_mention_before(pos)
    # (the titles found once in the whole text: a title holds its own ends, "《…》", so those that
    # end by ``pos`` are the ones a search of the text up to ``pos`` finds)
    titles = [t for t in tm.titles if t[1] <= pos and (not mention or t[0] >= mention[0].end)]
    if any(not tm.treaty_inside(s, e) for s, e in titles):
        return None, "a treaty the converter does not know"
    return (mention[1], "") if mention and mention[1] else (None, "no treaty named")


def _articles(text: str, read: str, ctx: Context, tm: TextMentions) -> list[Found]:
    """Articles in ``text``, as the grammar reads it (``read``: contractions undone)."""
    g = ctx.grammar
    found = []  # [match, treaty, end of the reference, problem, how the treaty is named: after | list | before]
    for m in iter_matches(g.article, read):
        treaty, end, problem = _treaty_after(text, m.end(), ctx, tm)
        how = "before" if problem == "none" else "after"
        if problem == "none" and g.common.match(text, m.end()):  # "article 3 common to the Geneva Conventions"
            problem, how = "a treaty the converter does not know", "after"
        elif problem == "none" and (j := g.list_joint.match(text, m.end())) and (c := g.chapter.match(text, j.end())):
            # "l'Article 33 et le Chapitre VIII de la Charte": an article listed before a chapter
            # is of the chapter's treaty
            listed, _, why = _treaty_after(text, c.end(), ctx, tm)
            if listed:
                treaty, problem, how = listed, why, "list"
        found.append([m, treaty, end, problem, how])
    # "paragraphe 1 de l'article 6 et l'article 16 du Protocole", "article 3, subparagraph (a), and
    # article 6, paragraph 1, of the Protocol": an article listed before one whose treaty is named
    # after it is of that treaty; the others, of the treaty named last before them
    for here, after in zip(reversed(found[:-1]), reversed(found[1:])):
        if here[4] == "before" and after[4] != "before" \
                and g.list_joint.fullmatch(text, here[0].end(), after[0].start()) \
                and not g.article_own.search(text, max(0, here[0].start() - 8), here[0].start()):
            here[1], here[3], here[4] = after[1], after[3], "list"
    out = []
    for m, treaty, end, problem, how in found:
        group = m.groupdict()
        # digits, numerals or roman (kept as printed: "art_IV", as "chp_VII"); else the word for "first"
        first_value = number_value(m.group("a"))
        roman = roman_value(m.group("a")) is not None
        numbers = [m.group("a") if roman else str(1 if first_value is None else first_value),
                   *_ARTICLE_NUMBER.findall(group.get("more") or "")]  # as printed; valued below
        if how != "after":
            before, why = _treaty_before(text, m.start(), ctx, tm)
            end = m.end()
            if how == "before":
                treaty, problem = before, why
            elif before and before != treaty:
                # "the Statute …, in particular Article 36, paragraph 2, and article 5 of the Convention …"
                treaty, problem = None, "a treaty named before and another named after the list"
        para = group.get("p") or group.get("p2") or group.get("p3") or (point_of(group["al"], ctx.lang) if group.get("al") else None)
        if para and (value := number_value(para)) is not None:
            para = str(value)  # "第二款": paragraph 2
        if group.get("a0"):  # "第一至第三条": the first and the last article, each its own ref
            first_end = m.end("e0") if group.get("e0") else m.end("a0")
            spans = [(m.start(), first_end, str(number_value(group["a0"])), None), (m.start("ak0"), end, numbers[0], None)]
        elif len(numbers) == 1 and (listed := next((k for k in ("pmore", "p2more") if _DIGITS.search(group.get(k) or "")),
                                                   None)):
            # "paragraphs 1 and 2 of article 6 of the Convention", "article 5, paragraphs 1 and 2, of the
            # Convention": a ref to each paragraph (the first and the last of a range), and one to the
            # article (from its keyword; to its number when the paragraphs follow it)
            first_group = "p" if listed == "pmore" else "p2"
            spans = [(m.start(first_group), m.end("pl") if first_group == "p" and group.get("pl") else m.end(first_group), numbers[0], para)]
            spans += [(m.start(listed) + n.start(), m.start(listed) + n.end(), numbers[0], n.group())
                      for n in _DIGITS.finditer(group[listed])]
            spans.append((m.start("ak"), end if listed == "pmore" else m.end("a"), numbers[0], None))
        elif len(numbers) == 1:
            spans = [(m.start("pk") if group.get("pk") else m.start("ak") if "ak" in group else m.start(), end, numbers[0],
                      para)]
        else:
            spans = [(n.start(), n.end(), n.group(), None)
                     for n in _ARTICLE_NUMBER.finditer(text, _run_start(text, m.start("a")), m.end("more"))
                     if n.start() >= m.start("a")]
            if first_value is None and not roman:  # "les articles premier à 3": the word for "first" too
                spans.insert(0, (m.start("a"), m.end("a"), "1", None))
        for start, stop, number, para in spans:
            value = roman_value(number) or int(number)
            if not problem and TREATIES[treaty].articles and value > TREATIES[treaty].articles:
                out.append(Found(start, stop, "ref", "article", None,
                                 reason=f"{treaty} has no article {number}"))
                continue
            if problem:
                out.append(Found(start, stop, "ref", "article", None, reason=problem))
                continue
            suffix = (group.get("ax") or "") if len(numbers) == 1 else ""  # "article 8 bis": art_8bis
            fragment = f"art_{TREATIES[treaty].article_label(value)}{suffix}" + (f"__para_{label_of(para)}" if para else "")
            href = treaty_iri(TREATIES[treaty].date, treaty, fragment)
            out.append(Found(start, stop, "ref", "article", href, (("href", href),)))
    return out


def _chapters(text: str, ctx: Context, tm: TextMentions) -> list[Found]:
    """"Chapter VII of the Charter of the United Nations" -> the Charter's IRI + "#chp_VII"."""
    out = []
    for m in iter_matches(ctx.grammar.chapter, text):
        treaty, end, problem = _treaty_after(text, m.end(), ctx, tm)
        if problem == "none":
            (treaty, problem), end = _treaty_before(text, m.start(), ctx, tm), m.end()
        spans = [(m.start(), end, m.group("c"))]
        if m.groupdict().get("cmore"):  # "Chapters VI and VII of the Charter": a ref to each number
            at = m.start("cmore")
            spans = [(m.start("c"), m.end("c"), m.group("c"))] + [
                (at + n.start(), at + n.end(), n.group()) for n in _CHAPTER_NUMBER.finditer(m.group("cmore"))]
        for start, stop, number in spans:
            out.append(_chapter(start, stop, number, treaty, problem, ctx))
    return out


#: a chapter's number in a list of them
_CHAPTER_NUMBER = re.compile(r"\b(?:[IVXLC]{1,6}|\d{1,2})\b")


def _chapter(start: int, end: int, number: str, treaty: str | None, problem: str, ctx: Context) -> Found:
    value = roman_value(number) or number_value(number) or ctx.lang.ordinal(number)
    if value and not number.isdigit() and not roman_value(number):
        number = to_roman(value)  # "第七章", "الفصل السابع": chapter VII, as the other versions print it
    if not problem and (value is None or TREATIES[treaty].chapters and value > TREATIES[treaty].chapters):
        problem = f"{treaty} has no chapter {number}"
    if problem:
        return Found(start, end, "ref", "chapter", None, reason=problem)
    href = treaty_iri(TREATIES[treaty].date, treaty, f"chp_{number}")
    return Found(start, end, "ref", "chapter", href, (("href", href),))


def _citations(text: str, ctx: Context) -> list[Found]:
    """Treaty Series citations; several volumes under one number ("vols. 2225, 2237, 2241 and
    2326, No. 39574": the Convention and its Protocols) are a reference each, the first with the
    series' name."""
    out = []
    for m in iter_matches(ctx.grammar.citation, text):
        number = int(m.group("no")) if m.group("no") else None
        volumes = [(m.start(), m.end() if not m.group("vols") else m.end("vol"), int(m.group("vol")))]
        volumes += [(m.start("vols") + v.start(), m.start("vols") + v.end(), int(v.group()))
                    for v in re.finditer(r"\d+", m.group("vols") or "")]
        for start, end, vol in volumes:
            if number is not None:
                treaty = UNTS.get((vol, number))
            else:
                in_volume = [t for (v, _), t in UNTS.items() if v == vol]
                treaty = in_volume[0] if len(in_volume) == 1 else None
            if treaty:
                href = treaty_iri(TREATIES[treaty].date, treaty)
                out.append(Found(start, end, "ref", "treaty", href, (("href", href),)))
            else:
                out.append(Found(start, end, "ref", "treaty", None,
                                 reason=f"Treaty Series vol. {vol} is not in the treaty table"))
    return out


def _internal(text: str, ctx: Context) -> list[Found]:
    out = []
    for m in iter_matches(ctx.grammar.internal, text):
        numbers = [int(m.group("p"))] + [int(n) for n in re.findall(r"\d+", m.group("more") or "")]
        stop = m.end("more") if m.group("more") else m.end("pl") if m.group("pl") else m.end("p")
        if m.groupdict().get("end"):  # "第1段": the keyword's end
            stop = m.end("end")
        # in an annex, "of the present resolution" names the resolution's paragraphs
        resolution = ctx.resolution_paragraphs is not None and ctx.grammar.this.search(text, stop, m.end())
        paragraphs = ctx.resolution_paragraphs if resolution else ctx.paragraphs
        missing = [n for n in numbers if n not in paragraphs]
        printed, start = paragraph_point(m)  # "paragraph 3 (b) above", "subparagraph (b) of paragraph 3 above"
        point = point_of(printed, ctx.lang)
        if missing:
            out.append(Found(start, stop, "ref", "paragraph", None,
                             reason=f"the document has no paragraph {missing[0]}"))
        elif point and point not in paragraphs[numbers[0]]:
            out.append(Found(start, stop, "ref", "paragraph", None,
                             reason=f"paragraph {numbers[0]} of the document has no point {point}"))
        elif len(numbers) == 1:
            href = "#" + paragraph_fragment(numbers[0], printed, ctx.lang)  # (an int: ASCII digits)
            out.append(Found(start, stop, "ref", "paragraph", href, _internal_attrs(href, resolution)))
        else:
            # several paragraphs ("paragraphs 1 and 2 above", "paragraphs 1 to 5 above"): a ref to
            # each number (the first and the last of a range), as of a cited resolution's paragraphs
            first = m.end("pl") if m.group("pl") else m.end("p")
            spans = [(m.start("p"), first, paragraph_fragment(numbers[0], printed, ctx.lang))]
            spans += [(m.start("more") + n.start(), m.start("more") + n.end(), paragraph_fragment(int(n.group()), None, ctx.lang))
                      for n in re.finditer(r"\d+", m.group("more"))]
            out += [Found(a, b, "ref", "paragraph", "#" + f, _internal_attrs("#" + f, resolution)) for a, b, f in spans]
    return out


def _internal_attrs(href: str, resolution) -> tuple[tuple[str, str], ...]:
    """A ref to a paragraph of the document itself; in an annex, "of the present resolution"
    marks one of the resolution's (the writer resolves it there)."""
    return (("href", href), ("resolution", "1")) if resolution else (("href", href),)
