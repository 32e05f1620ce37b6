"""Words that PDF extraction split in two.

pdfminer's layout analysis of justified text sometimes cuts a word where the justification
put extra space ("Confere nce", "h umankind", "St ates") and detaches a hyphen from the word
it joins ("seventy -fifth", "UN -SPIDER").  A split is mended only when the document itself
says so: the joined word occurs elsewhere in the document, and neither piece occurs anywhere
on its own ("a part" stays, since "a" is a word of the document; "Oute r" becomes "Outer").
"""

from __future__ import annotations

import re
from collections import Counter

from ..lang.base import Language

WORD = re.compile(r"[^\W\d_]+")
TOKEN = re.compile(r"\S+|\s+")
#: a token that ends with a letter run (after opening punctuation), one that starts with one
LEFT = re.compile(r"[^\w\s]*([^\W\d_]+)")
RIGHT = re.compile(r"([^\W\d_]+)[^\w\s]*")
#: a hyphen with a space before it and a letter right after: "seventy -fifth"
DETACHED_HYPHEN = re.compile(r"(?<=[^\W\d_]) -(?=[^\W\d_])")


def mend(texts: list[str], lang: Language) -> list[str]:
    """``texts`` with split words joined again (see the module's docstring); a piece that is a
    short word of the language ("a", "o", "y") is never taken for half a word."""
    counts = Counter(w.casefold() for t in texts for w in WORD.findall(t))
    short = {w.casefold() for w in lang.stopwords}

    def split(left: str, right: str) -> bool:
        left, right, joined = left.casefold(), right, (left + right).casefold()
        return (right[0].islower() and counts[left] == 1 and counts[right.casefold()] == 1 and counts[joined] > 0
                and left not in short and right.casefold() not in short)

    out = []
    for t in texts:
        tokens = TOKEN.findall(DETACHED_HYPHEN.sub("-", t))
        kept: list[str] = []
        i = 0
        while i < len(tokens):
            if i + 2 < len(tokens) and tokens[i + 1] == " ":
                left, right = LEFT.fullmatch(tokens[i]), RIGHT.fullmatch(tokens[i + 2])
                if left and right and split(left.group(1), right.group(1)):
                    tokens[i + 2] = tokens[i] + tokens[i + 2]  # may join the next piece too
                    i += 2
                    continue
            kept.append(tokens[i])
            i += 1
        out.append("".join(kept))
    return out
