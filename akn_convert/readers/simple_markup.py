"""The inline tokens markdown-it gives a clean text's paragraph whose markup is simple, without
running markdown-it (its parser costs some 50 µs a paragraph, most of what reading takes).

Simple markup is what nearly every paragraph of the UN's clean texts holds: an opener in
italics between single stars (``*Rappelant* les …``, ``1. *Décide* …``), a cover's lines in
bold between two stars (``**Dixième session**``), note numbers between ``<sup>`` and
``</sup>``, line breaks.  For such a text, CommonMark's rules come down to these (markdown-it's
own code for each is named):

- a ``<sup>`` or ``</sup>`` is an HTML tag token (``html_inline``);
- a line end is a break (``newline``): a hard one after two spaces or more, a soft one
  otherwise; the spaces before it are dropped from the text, those after it skipped;
- a run of one or two stars opens emphasis where it is left-flanking and not right-flanking,
  and closes it where it is right-flanking and not left-flanking, by the characters around it
  (``StateInline.scanDelims``, with markdown-it's own tests of white space and punctuation);
  where openers and closers take turns, each closer closes the opener just before it when
  its run is as long (``balance_pairs``: no rule of three applies, as no run can both open and
  close);
- a pair of single stars becomes ``em_open`` / ``em_close``; a pair of double ones
  ``strong_open`` / ``strong_close``, each star left over an empty text beside them, outside
  (``emphasis.postProcess``);
- all else is text, and text tokens side by side are one (``fragments_join``).

Anything else (a backslash, ``_``, a backtick, ``[``, ``&``, another ``<``, a run of three
stars, a run that may both open and close or neither, runs that do not pair off in turn) makes
:func:`tokens` return None, and markdown-it reads the text.  ``tests/test_simple_markup.py``
checks that the tokens are markdown-it's, on every paragraph of the test data and on generated
texts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple


class Token(NamedTuple):
    """What :class:`clean._TextBuilder` reads of a markdown-it token."""

    type: str
    content: str = ""


#: where markup may start: a star, a tag's "<", a line end, or a character that sends the text
#: to markdown-it (one its other rules start at; a carriage return or NUL, which it replaces).
#: One class of characters: the regex engine skips the plain text between them fast.
_MARKUP_START_RE = re.compile(r"[*<\n_\\`\[&\x00\r]")
_TAG_RE = re.compile(r"</?sup>")


def tokens(src: str) -> list[Token] | None:
    """markdown-it's inline tokens for ``src`` (types and contents), or None where its markup is
    not simple (see the module's docstring)."""
    out: list[Token] = []
    open_run = 0  # the length of the run of stars that opened the emphasis now open (0: none)
    pending, pos = "", 0  # the text since the last token; where reading goes on
    for m in _MARKUP_START_RE.finditer(src):
        at, c = m.start(), m.group()
        if at < pos:
            continue  # (the second star of a run read already)
        pending += src[pos:at]
        if c == "\n":
            if pending.endswith("  "):
                pending, brk = pending.rstrip(" "), "hardbreak"
            else:
                pending, brk = pending.removesuffix(" "), "softbreak"
            _flush(out, pending)
            out.append(Token(brk))
            pos = at + 1
            while pos < len(src) and src[pos] in " \t":  # (a further line's indent)
                pos += 1
        elif c == "<" and (tag := _TAG_RE.match(src, at)):
            _flush(out, pending)
            out.append(Token("html_inline", tag.group()))
            pos = tag.end()
        elif c == "*" and not src.startswith("***", at):
            run = 2 if src.startswith("**", at) else 1
            opens, closes = _flanking(src, at, run)
            if opens == closes or (opens and open_run) or (closes and open_run != run):
                return None  # (a run that may both open and close, or neither; not in turn)
            _flush(out, pending)
            _emphasis(out, run, opens)
            open_run = run if opens else 0
            pos = at + run
        else:
            return None  # (a run of three stars, another tag, another rule's character)
        pending = ""
    if open_run:
        return None  # an emphasis left open: its stars are text
    _flush(out, pending + src[pos:])
    return out


def _emphasis(out: list[Token], run: int, opens: bool) -> None:
    """The tokens of a run of stars that opens or closes an emphasis."""
    if run == 1:
        out.append(Token("em_open" if opens else "em_close"))
    elif opens:
        _flush(out, "", keep=True)  # (the first star: an empty text)
        out.append(Token("strong_open"))
    else:
        out.append(Token("strong_close"))
        _flush(out, "", keep=True)  # (the second star)


def _flush(out: list[Token], text: str, keep: bool = False) -> None:
    """Add ``text`` after the tokens ``out``: to the text token last, or as a text token of its
    own (not when empty, unless ``keep``: a strong run's star)."""
    if out and out[-1].type == "text":
        out[-1] = Token("text", out[-1].content + text)
    elif text or keep:
        out.append(Token("text", text))


def _flanking(src: str, at: int, run: int) -> tuple[bool, bool]:
    """Whether the run of ``run`` stars at ``at`` is left-flanking and right-flanking
    (CommonMark: may open, may close emphasis), as ``StateInline.scanDelims`` decides it."""
    last = src[at - 1] if at > 0 else " "  # (the text's start and end count as white space)
    nxt = src[at + run] if at + run < len(src) else " "
    last_space, last_punct = _kind(last)
    next_space, next_punct = _kind(nxt)
    left = not (next_space or (next_punct and not (last_space or last_punct)))
    right = not (last_space or (last_punct and not (next_space or next_punct)))
    return left, right


@lru_cache(maxsize=4096)
def _kind(c: str) -> tuple[bool, bool]:
    """Whether the character ``c`` is white space, and whether punctuation, as markdown-it's
    ``scanDelims`` tells them (a few characters stand by stars: each told once)."""
    # (imported here: a text without stars needs no markdown-it at all)
    from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace

    return isWhiteSpace(ord(c)), isMdAsciiPunct(ord(c)) or isPunctChar(c)
