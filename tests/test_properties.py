"""Property-based tests: for any text, and for the reference inputs mutated (lines dropped,
shuffled, joined, re-wrapped, markers removed), the converter either gives a schema-valid
document that passes the words-in-order check, or fails with a clean AknConvertError (one
line).  Never any other exception.

Examples per test: ``AKN_HYPOTHESIS_EXAMPLES`` (default 40; the suite stays fast); the runs are
derandomized unless ``AKN_HYPOTHESIS_RANDOM=1`` (to hunt for new cases by hand).
"""

from __future__ import annotations

import os
import random
import textwrap

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from lxml import etree

from akn_convert.errors import AknConvertError
from akn_convert.pipeline import Options, convert_bytes, convert_text
from akn_convert.validate.files import validate_bytes
from robust_texts import CLEAN, PDF, SYMBOL

EXAMPLES = int(os.environ.get("AKN_HYPOTHESIS_EXAMPLES", "40"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("AKN_HYPOTHESIS_RANDOM") != "1",
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
CLEAN_LINES = CLEAN.read_text("utf-8").split("\n")
PDF_LINES = PDF.read_text("utf-8").split("\n")


def check_words_again(text: str, result) -> None:
    """The words-in-order check, run again from the text (not trusting the pipeline's wiring)."""
    from akn_convert import lang as languages
    from akn_convert import readers
    from akn_convert.parse import body_texts
    from akn_convert.validate.textcheck import check, input_words

    lang = languages.get(result.lang)
    source = readers.read(text, lang, result.shape)
    notes = {m: n.text.text for m, n in result.document.notes.items()}
    check(input_words(body_texts(source, lang), notes), etree.fromstring(result.xml))


def converts_or_fails_cleanly(run, text: str | None = None) -> None:
    try:
        result = run()
    except AknConvertError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
        event(f"clean error: {type(exc).__name__}")
        return
    event("converted")
    problems = [p for p in validate_bytes(result.xml) if p.severity == "error"]
    assert problems == [], problems
    if text is not None:
        check_words_again(text, result)


# ---------------------------------------------------------------- any text


@SETTINGS
@given(st.text(max_size=3000))
def test_any_text(text):
    converts_or_fails_cleanly(lambda: convert_text(text, Options()), None)


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes(data):
    converts_or_fails_cleanly(lambda: convert_bytes(data, Options()))


# ---------------------------------------------------------------- resolution-shaped text

WORD = st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=0x2FF, exclude_categories=("Cs",)),
               min_size=1, max_size=12)
SENTENCE = st.lists(WORD, min_size=1, max_size=25).map(" ".join)
OPENERS = ["Recalling", "Noting", "Welcoming", "Rappelant", "Notant", "Decides", "Requests", "Prie", "Décide", ""]
LABELS = ["a)", "b)", "c)", "(a)", "(b)", "(i)", "(ii)", "d)", "1)", "-", "—"]


@st.composite
def resolution_like(draw) -> str:
    formula = draw(st.sampled_from(["The Security Council,", "The General Assembly,", "L'Assemblée générale,",
                                    "La Conférence des Parties à la Convention des Nations Unies contre la "
                                    "criminalité transnationale organisée,"]))
    blocks = [draw(st.sampled_from(["", "Resolution 12 (2019)", "Resolution 12 (2019)", "Distr. générale\n15 octobre 2020"])),
              formula]
    markers = []
    for _ in range(draw(st.integers(0, 6))):
        blocks.append(f"{draw(st.sampled_from(OPENERS))} {draw(SENTENCE)},")
    number = 0
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["para", "para", "point", "text", "marker"]))
        if kind == "para":
            number = draw(st.sampled_from([number + 1, number + 1, number, number + 2, 1]))
            blocks.append(f"{number}. {draw(st.sampled_from(OPENERS))} {draw(SENTENCE)}{draw(st.sampled_from([';', ':', '.']))}")
        elif kind == "point":
            blocks.append(f"{draw(st.sampled_from(LABELS))} {draw(SENTENCE)};")
        elif kind == "marker":
            m = draw(st.integers(1, 5))
            markers.append(m)
            blocks.append(f"{draw(SENTENCE)}<sup>{m}</sup>{draw(st.sampled_from([',', ';', '']))}")
        else:
            blocks.append(draw(SENTENCE))
    blocks.append(draw(st.sampled_from(["", "Adopted at the 1234th meeting on 3 May 2019.",
                                        "Adopted at the 1234th meeting on 3 May 2019.", "85e séance plénière"])))
    text = "\n\n".join(blocks)
    notes = draw(st.lists(st.integers(1, 5), max_size=4))
    if notes or draw(st.booleans()):
        text += "\n\n---\n\n" + "\n\n".join(f"<sup>{m}</sup> {draw(SENTENCE)}" for m in notes)
        if draw(st.booleans()):
            text += "\n\n\\* " + draw(SENTENCE)
    return text


@SETTINGS
@given(resolution_like())
def test_resolution_like_text(text):
    converts_or_fails_cleanly(lambda: convert_text(text, Options()), text)


#: characters XML cannot hold, and the vertical tab and form feed text copied from a word
#: processor or a PDF carries
CONTROLS = st.sampled_from(["\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\ufffe", "\uffff", "\ud800"])


@SETTINGS
@given(resolution_like(), st.lists(st.tuples(st.integers(0, 10_000), CONTROLS), min_size=1, max_size=6))
def test_resolution_like_text_with_control_characters(text, insertions):
    for pos, char in insertions:
        pos = pos % (len(text) + 1)
        text = text[:pos] + char + text[pos:]
    from akn_convert.inputs import without_controls

    converts_or_fails_cleanly(lambda: convert_text(text, Options()), without_controls(text)[0])


# ---------------------------------------------------------------- the reference inputs, mutated


def mutate(lines: list[str], data, *, clean: bool) -> str:
    ops = data.draw(st.lists(st.sampled_from(["drop", "shuffle", "join", "rewrap", "unmark", "blank", "dup"]),
                             min_size=1, max_size=4))
    lines = list(lines)
    for op in ops:
        n = len(lines)
        if n < 2:
            break
        i = data.draw(st.integers(0, n - 2))
        j = data.draw(st.integers(i + 1, min(n, i + 12)))
        if op == "drop":
            del lines[i:j]
        elif op == "shuffle":
            seg = lines[i:j]
            random.Random(data.draw(st.integers(0, 10**6))).shuffle(seg)
            lines[i:j] = seg
        elif op == "join":
            lines[i:j] = [" ".join(lines[i:j])]
        elif op == "rewrap":
            width = data.draw(st.integers(20, 120))
            lines[i:j] = textwrap.wrap(" ".join(lines[i:j]), width) or [""]
        elif op == "unmark":
            if clean:
                lines = [ln.replace("<sup>", "").replace("</sup>", "") if k in range(i, j) else ln
                         for k, ln in enumerate(lines)]
            else:  # a footnote's first line loses its number
                lines[i:j] = [ln.lstrip("0123456789*").lstrip() for ln in lines[i:j]]
        elif op == "blank":
            lines[i:i] = [""] * data.draw(st.integers(1, 3))
        elif op == "dup":
            lines[j:j] = lines[i:j]
    return "\n".join(lines)


@SETTINGS
@given(st.data())
def test_reference_clean_mutated(data):
    text = mutate(CLEAN_LINES, data, clean=True)
    converts_or_fails_cleanly(lambda: convert_text(text, Options(symbol=SYMBOL)), text)


@SETTINGS
@given(st.data())
def test_reference_pdf_mutated(data):
    text = mutate(PDF_LINES, data, clean=False)
    converts_or_fails_cleanly(lambda: convert_text(text, Options(symbol=SYMBOL)), text)
