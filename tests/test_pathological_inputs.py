"""Hostile or odd input takes time in proportion to its length (issue 7: a whole archive is
batched, and one file that takes minutes stalls it).

Each text below once took a minute or more to convert, its time growing with the square of its
length (a paragraph of thousands of dates, resolutions or article references, a page of thousands of
line-end hyphens or of rules); now each takes about a second.  The conversions run in one child
process under a generous deadline (a guard against a return to minutes, not a timing: speed is
measured by ``bench/``), and each result is checked for what it holds.  The helpers that made
them linear are checked against the plain search they replace.

Run as a script (``python tests/test_pathological_inputs.py NAME ...``) it converts the named
texts and prints one JSON line for each.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

SYMBOL = "E/CN.15/2021/L.99"
HEAD = """**Commission on Crime Prevention and Criminal Justice**

Distr.: Limited
20 May 2021
English
Original: English

**Thirtieth session**

Vienna, 17–21 May 2021

**Austria: draft resolution**

**Countering trafficking in persons**

*The Commission on Crime Prevention and Criminal Justice,*

*Recalling* its resolution 25/2,

"""
PDF_HEAD = """  Application effective du Protocole relatif à la traite des personnes


  La Conférence des Parties à la Convention des Nations Unies contre la

criminalité transnationale organisée,

"""


def _decides(payload: str) -> str:
    return HEAD + "1. *Decides* " + payload + ".\n"


#: name -> (text, shape, what the result holds: element name -> count)
def texts() -> dict[str, tuple[str, str, dict[str, int]]]:
    n = 4000  # repetitions: 60 to 290 thousand characters (a glued note: 12,000)
    return {
        # inline markup: each date, reference and span checked against all those before it
        "dates": (_decides("on " + "1 January 2020, " * n + "and 2 January 2020"), "clean", {"date": n + 1}),
        "date ranges": (_decides("from 12 to 16 October 2020 and " * n + "later"), "clean", {"date": 2 * n}),
        "articles": (_decides("under the United Nations Convention against Transnational Organized Crime, "
                              + "article 5, " * (2 * n) + "and article 6"), "clean", {"ref": 2 * n + 1}),
        # resolutions cited: the names of organs before each looked for among all the text's names
        "resolutions": (_decides("recalling " + "Security Council resolution 2331 (2016), " * n + "and others"),
                        "clean", {"ref": n, "organization": n}),
        "resolutions in particular": (_decides("recalling " + "relevant General Assembly resolutions, in particular "
                                               "resolution 61/144, " * n + "and others"), "clean", {"ref": n}),
        # dehyphenation: the paragraph joined so far searched again at each line-end hyphen
        "line-end hyphens": (PDF_HEAD + "  Rappelant " + "crimi-\nnalité " * n + ",\n\n  1. Décide d'agir.\n",
                             "pdf", {"paragraph": 1}),
        # the clean reader: the rest of the text copied at each rule to find the line after it
        "rules": (_decides("to act") + "\n---\n" * (10 * n), "clean", {"paragraph": 1}),
        # footnote numbers glued after a number's comma ("79/173,1"): the text before each searched
        # from its start, and each cited again checked against all those chosen before it
        "glued notes": (PDF_HEAD + "  Rappelant la Convention,\n\n  1. Décide, vu " + "le Plan, 79/173,1 et " * (3 * n)
                        + "la suite, d'agir.\n\n  __________________\n  1 Voir A/79/1.\n", "pdf",
                        {"authorialNote": 1, "noteRef": 3 * n - 1}),
    }


def _run(names: list[str]) -> None:
    from lxml import etree

    from akn_convert.pipeline import Options, convert_text

    for name in names:
        text, shape, _ = texts()[name]
        result = convert_text(text, Options(shape=shape, symbol=SYMBOL))
        root = etree.fromstring(result.xml)
        counts = {}  # elements of the main body
        for el in root.find(".//{*}mainBody").iter(etree.Element):
            local = etree.QName(el).localname
            counts[local] = counts.get(local, 0) + 1
        print(json.dumps({"name": name, "length": len(text), "counts": counts}), flush=True)


#: seconds for all the texts together: about 5 now, more than ten minutes before
DEADLINE = 120


@pytest.fixture(scope="module")
def converted() -> dict[str, dict]:
    names = list(texts())
    try:
        proc = subprocess.run([sys.executable, __file__, *names], capture_output=True, text=True,
                              timeout=DEADLINE, cwd=Path(__file__).parent.parent)
        out, err = proc.stdout, proc.stderr
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        err = f"timed out after {DEADLINE} s"
    done = {r["name"]: r for r in map(json.loads, out.splitlines())}
    done["__err__"] = err
    return done


@pytest.mark.parametrize("name", list(texts()))
def test_converted_in_linear_time(converted, name):
    assert name in converted, f"{name!r} not converted ({converted['__err__'][-300:]})"
    text, _, holds = texts()[name]
    assert converted[name]["length"] == len(text) > 50_000
    for element, count in holds.items():
        assert converted[name]["counts"].get(element) == count, element


# --------------------------------------------------------------------------- the helpers


def test_stretches_answer_as_a_walk_over_all_does():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from akn_convert.parse.inline.context import Stretches

    stretch = st.tuples(st.integers(0, 300), st.integers(0, 150)).map(lambda t: (t[0], t[0] + t[1]))

    @settings(max_examples=300, deadline=None)
    @given(st.lists(stretch, max_size=8), st.lists(stretch, max_size=25))
    def check(initial, queries):
        taken, plain = Stretches(initial), list(initial)
        for s, e in queries:
            want = any(s < e0 and s0 < e for s0, e0 in plain)
            assert taken.overlaps(s, e) == want, (initial, plain, (s, e))
            # every stretch that holds this one is among those filed around it
            holders = {(s0, e0) for s0, e0 in plain if s0 <= s and e <= e0}
            assert holders <= set(taken.around(s, e)), (plain, (s, e))
            taken.add(s, e)
            plain.append((s, e))

    check()


def test_anchor_inside_is_strictly_between():
    from akn_convert.parse.inline import _anchor_inside

    anchors = [3, 7, 7, 12]
    for start in range(15):
        for end in range(start, 16):
            assert _anchor_inside(anchors, start, end) == any(start < a < end for a in anchors), (start, end)


@pytest.mark.parametrize("text", ["", "abc", "the inter", "2015", "a" * 200, "x " + "é" * 70,
                                  "word 12" + "b" * 64, "b" * 63 + "_" + "c" * 5])
def test_last_word_is_the_word_the_text_ends_with(text):
    from akn_convert.readers.lines import _last_word

    for end in range(len(text) + 1):
        got = _last_word(text, end)
        want = re.search(r"[^\W\d_]+$", text[:end])
        assert (got and (got.start(), got.end())) == (want and (want.start(), want.end())), (text, end)


def test_a_word_is_searched_for_once_in_the_document():
    from akn_convert import lang
    from akn_convert.readers.lines import Dehyphenator

    d = Dehyphenator("criminalité " + "crimi- nalité " * 50, lang.get("fr"))
    calls = []
    search = d._search
    d._search = lambda word: calls.append(word) or search(word)
    assert [d.keep_hyphen("la crimi-", "nalité") for _ in range(50)] == [False] * 50  # the word is there
    assert calls == ["crimi-nalité", "criminalité"]


def test_the_line_after_each_rule():
    from akn_convert.readers.clean import _next_nonblank

    raw = ["a", "", "  ", "---", "", " b ", "", "c", ""]
    assert _next_nonblank(raw) == ["---", "---", "---", "b", "b", "c", "c", "", ""]


if __name__ == "__main__":
    _run(sys.argv[1:])


def _join_by_strings(lines, dehyphen, spaced=None):
    """readers.lines.join as it was, adding to one string (quadratic on a long paragraph)."""
    from akn_convert.readers.lines import _latin_words, squeeze

    if spaced is None:
        spaced = dehyphen is None or dehyphen.lang.spaced
    out = ""
    for raw in lines:
        s = squeeze(raw)
        if not s:
            continue
        if not out:
            out = s
        elif out.endswith(" -") and s[0].islower():
            out = out[:-2] + "-" + s
        elif out.endswith(("–", "/")) and not out[-2:-1].isspace() and not s[:1] in "–/":
            out = out + s
        elif out.endswith(("-", "‑")) and not out.endswith((" -", " ‑")) and dehyphen is not None:
            out = out + s if dehyphen.keep_hyphen(out, s) else out[:-1] + s
        elif not spaced and not _latin_words(out, s):
            out = out + s
        else:
            out = out + " " + s
    return out


@pytest.mark.parametrize("code", ["fr", "zh"])
def test_a_paragraph_joined_in_pieces_is_the_one_joined_in_a_string(code):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from akn_convert import lang
    from akn_convert.readers.lines import Dehyphenator, join

    piece = st.sampled_from(["crimi-", "nalité", "auto-", "évaluation", " -", "-", "‑", "a", "B", "12",
                             "000人", "第75/", "290", "  ", "x" * 70 + "-", "y" * 300, "de la", "\t", "–", "/", " –"])
    line = st.lists(piece, min_size=0, max_size=4).map("".join)
    dehyphen = Dehyphenator("la criminalité et l'auto-évaluation", lang.get(code))

    @settings(max_examples=300, deadline=None)
    @given(st.lists(line, max_size=8))
    def check(lines):
        assert join(lines, dehyphen) == _join_by_strings(lines, dehyphen)
        assert join(lines) == _join_by_strings(lines, None)
        assert join(lines, None, False) == _join_by_strings(lines, None, False)

    check()


def test_a_repeated_eid_is_numbered_on_from_the_last_repeat():
    from akn_convert.writers.akn import AknWriter

    class Counted(set):
        asked = 0

        def __contains__(self, item):
            Counted.asked += 1
            return super().__contains__(item)

    writer = AknWriter.__new__(AknWriter)  # (only the eId registry is used)
    writer.eids, writer.repeats = Counted(), {}
    got = [writer.eid("para_1__list_1__point_a") for _ in range(2000)] + [writer.eid("para_2")]
    assert got[:3] == ["para_1__list_1__point_a", "para_1__list_1__point_a-2", "para_1__list_1__point_a-3"]
    assert got[-2:] == ["para_1__list_1__point_a-2000", "para_2"]
    assert Counted.asked <= 2 * len(got)  # (each repeat asked about every number before it: 2 million)
