"""The reference grammar of one language, compiled from the regex pieces of
``Language.ref_grammar``:

``resolution``, ``decision``  the keywords ("résolutions?", "decisions?")
``own``          a possessive before the keyword that means the document's own organ ("sa ", "its ")
``of``           the link between a number or keyword and the name that follows (" de la ", " of the ")
``own_suffix``   a possessive written onto the keyword, searched in it ("قرارها", "its resolution"):
                 the keyword is then read as after ``own``
``and``          an enumeration separator (", ", " et ", ", and ")
``dated``        what stands between a number and its adoption date (" du ", " of ")
``lookback``     what may stand between an organ's name and the keyword ("General Assembly resolution",
                 "par l'Assemblée générale, de la résolution")
``article``, ``paragraph``, ``label``  article and paragraph keywords, a lettered label ("a)", "(a)")
``point``        the keyword of a point named before its paragraph ("subparagraph", "alinéa"):
                 "subparagraph (b) of paragraph 1 above", groups ``qk`` and ``ql``
``article_paragraph``  a paragraph written right after an article's number, group ``p3``
                 ("Article 2 (4)": paragraph 4 of Article 2)
``chapter``      the chapter keyword ("Chapter", "chapitre", "главы"): "Chapter VII of the Charter"
``numbered``     a whole reference where the keyword follows the number ("第79/999号决议"): groups
                 ``ref`` (the reference), ``n`` (the number), ``res`` or ``dec`` (the keyword),
                 ``own`` (a possessive before it: "其"), ``fp`` and ``fl`` (a paragraph and a point of
                 it after the keyword: "决议第3(b)段"); ``lres`` or ``ldec`` for a number of a list
                 whose keyword follows the list's last number ("第2664(2022)号和第2719(2023)号决议")
``numbered_joint``  what joins the numbers of a number-first list ("、", "和"): a list's
                 numbers take the organ of its first, and may share one keyword around them
                 ("第1325(2000)、2242(2015)和2467(2019)号决议")
``numbered_own`` the possessive of a number-first reference before its date, searched up to the
                 date ("其2022年10月21日第11/2号决议")
``this``         "la présente", "this" before a treaty's head noun
``above``        " ci-dessus", " above", " of the present resolution" after a paragraph of the
                 document itself (or after a list of them: "paragraphs 1 and 2 above")
``internal``     a whole reference to the document's own paragraph where the keyword stands
                 around the number ("上文第1(b)段", "本决议第2段"): groups pk, p, pl, more as the
                 keyword-first form builds them, ``end`` (where the reference ends); replaces it
``qualifier``    "relatif à", "relating to" after a treaty's head noun ("du Protocole relatif à ...")
``common``       what makes an article one of treaties named after it, not of one named before
                 ("common to", ", общей для": "article 3 common to the Geneva Conventions")
``treaty_series``, ``ibid``, ``volume``, ``number_sign``  a Treaty Series citation;
                 ``volume_end``, ``number_end`` what closes the volume and the number ("第2225卷")
``established``  the name of a body set up by a resolution and the words that link it to the
                 reference that follows ("Security Council Committee established pursuant to "):
                 group ``body`` (the name) and one group per kind of body (``committee``, ``panel``)
``body_end``     how the name of a body ends, where names are written without capitals: a
                 name the converter does not know right before a number-first reference
                 ("人权委员会" before "第2005/69号决议") is a body it cannot link
``numbered_gap`` what may stand between a number-first reference and its date or organ (a
                 title: "题为“…”的")
``part``         a part of a resolution written in words right after its number, group ``part``
                 (" ألف" in "75/290 ألف"; the letters "75/290 A" are read by the number forms)
``titled``       a cited resolution's title after its number or its date (", entitled "…"",
                 ", intitulée « … »"): an enumeration goes on after it
``thereof_before``, ``thereof_after``  what stands around paragraphs of the resolution just cited,
                 named after it (", in particular paragraph 4 thereof", ", notamment ses
                 paragraphes 138 et 139"): before the paragraph keyword, and after its numbers
``article_own``  a possessive right before an article ("its article 1", "son article premier"):
                 the article is of the treaty named before, even in a list whose last article
                 names another
``paragraph_abbrev``  the abbreviated paragraph keyword of notes ("para.", "paras.", "par."): after a
                 resolution and a comma ("resolution 70/1, para. 5", "paras. 138-140") its paragraphs
``see``          a word of cross-reference written with a capital ("See resolution 70/1", « Voir la
                 résolution »): no body's name, as a capitalised function word ("In resolution") is none
``section``      the keyword of a headed section of a cited resolution ("section II of resolution 60/1",
                 "resolution 60/1, section II"): its fragment is the section's eId (``sec_II``)
``inner_treaty`` what makes a treaty's name, right after it, part of another treaty's name the
                 converter does not know ("Second Optional Protocol to the International Covenant on
                 Civil and Political Rights"): searched up to the name's start
``particular``   what stands between resolutions named in general and the numbers of some of
                 them (", in particular", ", notamment les"): those are the same organ's
``subject_before``, ``subject_after``  a possessive whose organ is the subject named after the
                 reference ("in its resolution 55/25, the General Assembly adopted", « dans sa
                 résolution 55/25, l'Assemblée générale a adopté »): what stands before the
                 possessive, and between the reference and the organ's name
``ordinal_suffix``  what an article's number may end with when it is an ordinal ("er" in
                 "l'article 1er")
``first``        the word that numbers a first article ("l'article premier", "el artículo primero")
``through``      a range of paragraphs ("paragraphs 1 to 5 of", "paragraphes 1 à 5 de")
``numbered_article``, ``numbered_chapter``  a whole article or chapter reference where the
                 number stands inside the keyword ("第九条", "第9条", "第七章"): group ``a``
                 (the article's number, digits or numerals), ``p2`` (a paragraph of it), ``c``
                 (the chapter's); they replace the keyword-first forms
``numerals``     a character of numbers written in words ("九", "十"): a text with no digit
                 may still hold an article or a chapter (so may one with the ``first`` word)
``title``        a work's title as the language marks it ("《联合国宪章》"): the names inside it
                 are part of the title, not organizations or places; an article after a title
                 the converter does not know is not one of a treaty named before it
``place_before``, ``place_after``  what makes a place part of a name when it stands right
                 before or right after it ("اتفاقيات جنيف", "日内瓦公约")
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lang.base import Language

NEVER = r"(?!x)x"
#: the number of a headed section of a resolution ("section II", "section B"); not a sub-section's ("II.A")
SECTION_NUMBER = r"(?:[IVXL]{1,6}|[A-Z])(?![\w/]|\.\w)"
#: an article's number in roman capitals ("article IV", "articles I and II"); not a word
ROMAN_ARTICLE = r"[IVXL]{1,7}(?![\w/])"


@dataclass(frozen=True)
class Grammar:
    keyword: re.Pattern  # groups: own, kw
    of: re.Pattern
    next_item: re.Pattern  # between two numbers of a list: a separator or a range's ("2/1 to 2/5")
    dated: re.Pattern
    lookback: re.Pattern
    article: re.Pattern  # groups: pk, p, ak, a, more, pk2, p2
    paragraph_of: re.Pattern  # before a resolution keyword: groups pk, p, pl
    internal: re.Pattern  # groups: pk, p
    this: re.Pattern
    label: re.Pattern
    citation: re.Pattern  # groups: series, ibid, vol, vols (more volumes), no, page
    decision_kw: re.Pattern
    determiner_before: re.Pattern
    list_joint: re.Pattern  # between two items of a list: a separator, then a determiner ("et le ", ", and ")
    head_before: re.Pattern  # a determiner or "la présente", "this" before a treaty's head noun
    follow: re.Pattern  # what may follow a short name or a bare head
    qualifier: re.Pattern  # "relatif à", "relating to" after a head
    common: re.Pattern  # "common to" after an article
    chapter: re.Pattern  # groups: ck, c (roman or arabic)
    numbered: re.Pattern | None  # number-first references: groups own, ref, n, res | dec
    numbered_joint: re.Pattern  # what joins the numbers of a number-first list
    own_suffix: re.Pattern  # a possessive written onto the keyword ("قرارها")
    numbered_own: re.Pattern  # searched up to a number-first reference's date: its possessive ("其")
    established: re.Pattern  # a body set up by the reference that follows: groups body, committee | panel
    numerals: re.Pattern  # a number written in words may stand in the text
    numeral_parts: tuple[re.Pattern, ...]  # the alternatives of ``numerals``, each on its own (faster searched apart)
    title: re.Pattern  # a work's title as the language marks it
    listed_paragraph: re.Pattern  # in a list of paragraphs: a number and its point (n, nl), or a point (l)
    thereof: re.Pattern  # matched after a reference: paragraphs of it named after it; groups pk, p, pl, more
    inner_treaty: re.Pattern  # searched up to a treaty's name: it is part of another treaty's name
    article_own: re.Pattern  # searched up to an article: a possessive stands right before it
    para_after: re.Pattern  # matched after a reference: ", para. 5"; groups pk, p, pl, more
    see: re.Pattern  # fullmatched against a capitalised word before a keyword: a cross-reference word
    section_of: re.Pattern  # searched up to a keyword: "section II of"; groups sk, sec
    section_after: re.Pattern  # matched after a reference: ", section II"; groups sk, sec
    place_before: re.Pattern  # searched up to a place's start: the place is part of a name
    place_after: re.Pattern  # matched at a place's end: the place is part of a name
    body_before: re.Pattern  # searched up to a number-first reference: a body's name ends there
    numbered_gap: re.Pattern  # searched up to a number-first reference: a title between it and its date
    part: re.Pattern  # a part written in words after a number: group part
    titled: re.Pattern  # a cited work's title after its number or date (", entitled "…"")
    particular: re.Pattern  # searched up to a keyword: ", in particular", ", notamment les"
    subject_before: re.Pattern  # searched up to a possessive: "in " (its resolution …, the Assembly …)
    subject_after: re.Pattern  # matched after the numbers: ", the " (… the General Assembly adopted)
    contraction: re.Pattern | None  # a clitic written with a word's start ("لل"): group c
    number_forms: tuple[tuple[str, re.Pattern], ...]  # a resolution's number, as works.number_forms
    head: re.Pattern  # the words between a keyword and its first number


@lru_cache(maxsize=None)
def grammar(lang: Language) -> Grammar:
    from .works import number_forms  # (works reads labels as this module does)

    g = {k: v for k, v in lang.ref_grammar.items()}
    get = lambda key: g.get(key) or NEVER  # noqa: E731
    num = r"\d{1,3}"
    # an article numbered in roman, as some treaties number theirs ("article IV of the Treaty")
    art_num = rf"(?:{num}(?![\d/])|{ROMAN_ARTICLE})"
    label = get("label")
    para_label = rf"(?:{num}|{label})"
    # a clitic written onto the keyword stays outside the reference ("و" + "قراره 5/2")
    clitics = "|".join(map(re.escape, sorted(lang.clitics, key=len, reverse=True)))
    session_prefixes = "".join(f"|{re.escape(p)}" for p in sorted(lang.session_prefixes, key=len, reverse=True))
    before_kw = rf"(?:(?<!\w)(?:{clitics})(?=\w)|\b)" if clitics else r"\b"
    keyword = rf"(?:(?P<own>{get('own')}))?{before_kw}(?P<kw>(?:{get('resolution')}|{get('decision')}))\b"
    # a clitic may stand on the article or paragraph keyword too ("وبالمادة 5"), outside the ref
    article = g.get("numbered_article") or (
        # "paragraph 1 of article 6", "les paragraphes 1 et 3 de l'article 30" (the others: group pmore)
        rf"(?:{before_kw}(?P<pk>(?:{get('paragraph')}))\s+(?P<p>{para_label})(?:\s*(?P<pl>{label}))?"
        rf"(?P<pmore>(?:(?:{get('and')}|{get('through')})(?:{num}(?![\d/])(?:\s*{label})?|{label}))*){get('of')})?"
        rf"{before_kw}(?P<ak>(?:{get('article')}))\s+(?P<a>{num}|{ROMAN_ARTICLE}|(?:{get('first')})\b)(?:{get('ordinal_suffix')})?(?![\d/])"
        rf"(?:\s+(?P<ax>bis|ter|quater)\b)?"  # "article 8 bis of the Rome Statute"
        rf"(?:{g.get('article_paragraph', NEVER)})?"  # "Article 2 (4)": group p3
        rf"(?:\s*(?P<al>{label}))?"  # "article 2 (a) of the Protocol", « l'article 2 a) du Protocole »
        rf"(?P<more>(?:(?:{get('and')}|{get('through')}){art_num})*)"  # "Articles 25 and 103", "articles 1 to 3", "articles I and II"
        # "article 6, paragraph 1, of", "article 8, paragraph 1 (a), of" (the point is read, not linked),
        # "article 5, paragraphs 1 and 2, of" (the others: group p2more), "article 32, paragraph 3 (a) and (b), of"
        rf"(?:\s*,\s*(?P<pk2>\b(?:{get('paragraph')}))\s+(?P<p2>{para_label})(?:\s*{label})?"
        rf"(?P<p2more>(?:(?:{get('and')}|{get('through')})(?:{num}(?![\d/])(?:\s*{label})?|{label}))*)"
        rf"(?:\s*,\s*(?:{get('point')})\s+{label})?(?=\s*,|\s|$))?"  # "article 12, paragraph 3, subparagraph (b), of"
    )
    # the point named before its paragraph ("subparagraph (b) of paragraph 1", "l'alinéa b) du
    # paragraphe 1"): groups qk, ql
    point_first = rf"(?:{before_kw}(?P<qk>{get('point')})\s+(?P<ql>{label}){get('of')})?"
    comma = r"\s*[,،，]\s*"  # the comma of the language: Latin, Arabic or full-width
    citation = (
        rf"(?:(?P<series>{get('treaty_series')})|(?P<ibid>{get('ibid')})){comma}(?:{get('volume')})\s*(?P<vol>\d+)"
        rf"(?P<vols>(?:(?:{get('and')})\d+(?![\d/]))*)"  # "vols. 2225, 2237, 2241 and 2326, No. 39574"
        rf"(?:{g.get('volume_end', '')})"
        rf"(?:{comma}(?:{get('number_sign')})\s*(?P<no>\d+)(?:{g.get('number_end', '')})|{comma}p\.\s*(?P<page>\d+))?"
    )
    # "第九条", "l'article premier", "article IV"
    numerals = (get("numerals"), rf"\b(?:{get('first')})\b", rf"(?:{get('article')})\s+{ROMAN_ARTICLE}")
    return Grammar(
        keyword=re.compile(keyword),
        of=re.compile(rf",?{get('of')}"),
        next_item=re.compile(rf"{get('and')}|{get('through')}"),
        dated=re.compile(get("dated")),
        lookback=re.compile(get("lookback")),
        article=re.compile(article),
        # "paragraph 4 (a) of", "paragraphs 1 to 5 of", "paragraphs 2 and 3 of": the first, and the
        # others (group more) each with its point, if any
        paragraph_of=re.compile(
            rf"{point_first}{before_kw}(?P<pk>(?:{get('paragraph')}))\s+(?P<p>{num})(?:\s*(?P<pl>{label}))?"
            rf"(?P<more>(?:(?:{get('through')}|{get('and')})(?:{num}(?:\s*{label})?|{label}))*){get('of')}(?:{get('own')})?$"),
        # "paragraph 2 above", "paragraph 3 (b) above", "paragraphs 1 and 2 above", "paragraphs 3 to 5 of
        # the present resolution"
        internal=re.compile(g.get("internal") or
                            rf"{point_first}{before_kw}(?P<pk>(?:{get('paragraph')}))\s+(?P<p>{num})(?![\d/])(?:\s*(?P<pl>{label}))?"
                            rf"(?P<more>(?:(?:{get('through')}|{get('and')}){num}(?![\d/]))*)(?:{get('above')})"),
        this=re.compile(get("this")),
        label=re.compile(label),
        citation=re.compile(citation),
        decision_kw=re.compile(rf"^(?:{get('decision')})$"),
        determiner_before=re.compile(rf"(?:{lang.short_name_before or lang.determiner})$"),
        list_joint=re.compile(rf"(?:{get('and')})(?:{lang.determiner})?"),
        head_before=re.compile(rf"(?:{lang.determiner}|{get('this')})$"),
        follow=re.compile(lang.short_name_follow),
        qualifier=re.compile(get("qualifier")),
        common=re.compile(rf"\s*,?\s*(?:{get('common')})"),
        # "Chapter VII", "chapitre 7"; not "Chapter 9.1" (a section of a chapter)
        # "Chapters VI and VII": the others, group cmore
        chapter=re.compile(g.get("numbered_chapter") or
                           rf"(?P<ck>(?<!\w)(?:{get('chapter')}))\s+(?P<c>[IVXLC]{{1,6}}|\d{{1,2}})(?![\w/]|\.\d)"
                           rf"(?P<cmore>(?:(?:{get('and')}|{get('through')})(?:[IVXLC]{{1,6}}|\d{{1,2}})(?![\w/]|\.\d))*)"),
        numbered=re.compile(g["numbered"]) if g.get("numbered") else None,
        numbered_joint=re.compile(get("numbered_joint")),
        own_suffix=re.compile(get("own_suffix")),
        numbered_own=re.compile(get("numbered_own")),
        established=re.compile(rf"(?:{get('established')})$"),
        numerals=re.compile("|".join(numerals)),
        numeral_parts=tuple(map(re.compile, numerals)),
        title=re.compile(get("title")),
        listed_paragraph=re.compile(rf"(?P<n>{num})(?:\s*(?P<nl>{label}))?|(?P<l>{label})"),
        inner_treaty=re.compile(rf"(?:{get('inner_treaty')})$"),
        article_own=re.compile(rf"(?:{get('article_own')})$"),
        para_after=re.compile(
            rf"\s*,\s*(?P<pk>{get('paragraph_abbrev')})\s*(?P<p>{num})(?![\d/])(?:\s*(?P<pl>{label}))?"
            rf"(?P<more>(?:(?:{get('through')}|{get('and')}|\s*[-–]\s*)(?:{num}(?![\d/])(?:\s*{label})?|{label}))*)"),
        see=re.compile(get("see")),
        section_of=re.compile(rf"{before_kw}(?P<sk>{get('section')})\s+(?P<sec>{SECTION_NUMBER}){get('of')}(?:{get('own')})?$"),
        section_after=re.compile(rf"\s*,\s*(?P<sk>{get('section')})\s+(?P<sec>{SECTION_NUMBER})"),
        # ", in particular paragraphs 138 and 139 thereof", ", notamment son paragraphe 4 a)"
        thereof=re.compile(
            rf"(?:{get('thereof_before')})(?P<pk>(?:{get('paragraph')}))\s+(?P<p>{num})(?![\d/])(?:\s*(?P<pl>{label}))?"
            rf"(?P<more>(?:(?:{get('through')}|{get('and')})(?:{num}(?![\d/])(?:\s*{label})?|{label}))*)"
            rf"(?!(?:{get('through')}|{get('and')})(?:{num}|{label}))(?:{get('thereof_after')})"),
        place_before=re.compile(rf"(?:{get('place_before')})$"),
        place_after=re.compile(get("place_after")),
        body_before=re.compile(rf"(?:{get('body_end')})$"),
        numbered_gap=re.compile(rf"(?:{get('numbered_gap')})$"),
        part=re.compile(get("part")),
        titled=re.compile(get("titled")),
        particular=re.compile(rf"(?:{get('particular')})$"),
        subject_before=re.compile(rf"(?:{get('subject_before')})$"),
        subject_after=re.compile(get("subject_after")),
        contraction=_contraction(lang),
        number_forms=number_forms(tuple(lang.session_prefixes), lang.early_session),
        # at most 14 words, no punctuation, then a number (or its session's prefix: "S-26/2")
        head=re.compile(rf"(?:\s+[^\s\d,;:.()«»“”\"\[\]]+){{0,14}}?\s+(?=(?:E?S-{session_prefixes})?\d)"),
    )


def _contraction(lang: Language) -> re.Pattern | None:
    """A contraction written at a word's start, after any clitic ("لل" in "وللمادة")."""
    if not lang.contractions:
        return None
    clitics = "|".join(map(re.escape, sorted(lang.clitics, key=len, reverse=True)))
    written = "|".join(map(re.escape, sorted(lang.contractions, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{clitics})?(?P<c>{written})(?=\w)" if clitics else rf"(?<!\w)(?P<c>{written})(?=\w)")


def uncontracted(text: str, g: Grammar, lang: Language) -> str:
    """``text`` with each contraction written back as the word's own start, one character for
    one (offsets stay valid): "للمادة 2" -> "المادة 2", whose keyword the grammar reads."""
    if g.contraction is None or not g.contraction.search(text):
        return text
    return g.contraction.sub(lambda m: m.group()[:m.start("c") - m.start()] + lang.contractions[m.group("c")], text)


def label_of(printed: str) -> str:
    """The eId label of a printed label or number ("a)" -> "a", "(b)" -> "b", "2" -> "2")."""
    return "".join(c for c in printed if c.isalnum())


def paragraph_point(m: re.Match) -> tuple[str | None, int]:
    """The point a paragraph reference names, as printed ("(b)" after the paragraph's number, or
    before it: "subparagraph (b) of paragraph 1"), and where the reference starts."""
    groups = m.groupdict()
    if groups.get("ql"):
        return groups["ql"], m.start("qk")
    return groups.get("pl"), m.start("pk")
