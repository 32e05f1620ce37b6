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
from itertools import chain

from ..lang.base import Language

WORD = re.compile(r"[^\W\d_]+")
#: a hyphen with a space before it and a letter right after: "seventy -fifth"
DETACHED_HYPHEN = re.compile(r"(?<=[^\W\d_]) -(?=[^\W\d_])")


def mend(texts: list[str], lang: Language) -> list[str]:
    """``texts`` with split words joined again (see the module's docstring); a piece that is a
    short word of the language ("a", "o", "y") is never taken for half a word.

    Only pairs of words that each occur once in the document can be the two halves of a split
    word, so the pairs are looked up in sets first and the text is edited only where one is found.
    """
    words = [WORD.findall(t) for t in texts]
    folded = [list(map(str.casefold, ws)) for ws in words]
    counts = Counter(chain.from_iterable(folded))
    short = {w.casefold() for w in lang.stopwords}
    once = {w for w, n in counts.items() if n == 1} - short

    out = []
    for t, ws, fs in zip(texts, words, folded):
        if " -" in t:
            t = DETACHED_HYPHEN.sub("-", t)
        for i in [i for i, f in enumerate(fs[:-1]) if f in once]:
            left, right, lf, rf = ws[i], ws[i + 1], fs[i], fs[i + 1]
            if rf in once and right[0].islower() and counts.get(lf + rf, 0) > 0:
                # the two halves stand side by side, one space apart, in the text
                t = re.sub(rf"(?<![^\W\d_]){re.escape(left)} (?={re.escape(right)}(?![^\W\d_]))", left, t, count=1)
        out.append(t)
    return out
