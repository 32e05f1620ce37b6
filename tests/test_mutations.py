"""Every test resolution of ``tests/data/lang`` (six languages, both shapes), damaged the way
extraction and editing damage texts (lines dropped, shuffled, joined, repeated, cut), converts
to a valid document whose words are those of its input in order, or is refused because it is no
longer a resolution.  It is never refused for the converter's own fault: an invalid document
(``OutputInvalid``) or words lost or moved (``TextCheckError``).  The damage is seeded: the same
texts every run."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from akn_convert.errors import AknConvertError, OutputInvalid, TextCheckError
from akn_convert.pipeline import Options, convert_text

LANG = Path(__file__).parent / "data" / "lang"
FILES = sorted(LANG.glob("*.txt"))
PER_FILE = 6


def damaged(lines: list[str], rng: random.Random) -> tuple[str, str]:
    ls = list(lines)
    how = rng.choice(["drop", "shuffle", "join", "repeat", "cut"])
    n = max(1, len(ls) // 10)
    if how == "drop":
        for _ in range(n):
            ls.pop(rng.randrange(len(ls)))
    elif how == "shuffle":
        i = rng.randrange(len(ls))
        j = min(len(ls), i + rng.randint(2, 8))
        part = ls[i:j]
        rng.shuffle(part)
        ls[i:j] = part
    elif how == "join":
        for _ in range(n):
            i = rng.randrange(len(ls) - 1)
            ls[i:i + 2] = [ls[i] + " " + ls[i + 1]]
    elif how == "repeat":
        i = rng.randrange(len(ls))
        ls.insert(i, ls[i])
    else:
        i = rng.randrange(len(ls))
        c = rng.randrange(len(ls[i]) + 1)
        ls[i:i + 1] = [ls[i][:c], ls[i][c:]]
    return "\n".join(ls), how


def test_there_are_texts_in_every_language():
    assert {p.name.split(".")[-3] for p in FILES} >= {"ar", "en", "es", "fr", "ru", "zh"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_damaged_texts_convert_or_are_refused_for_what_they_are(path):
    rng = random.Random(path.name)
    lines = path.read_text("utf-8").split("\n")
    converted = 0
    for _ in range(PER_FILE):
        text, how = damaged(lines, rng)
        try:
            convert_text(text, Options(meta={"date": "2024-01-01"}))
            converted += 1
        except (OutputInvalid, TextCheckError) as exc:
            pytest.fail(f"{path.name}, lines {how}: {exc}")
        except AknConvertError:
            pass  # no longer a resolution (its formula or its operative part gone): refused
    assert converted >= 1


def test_a_note_marked_in_a_line_before_the_formula_that_is_not_kept_is_not_lost():
    """A yearbook heading's line moved above the formula carries a note's marker ("1964,1"):
    the line is not kept (it is no cover field), so its note goes where a note with no marker
    goes (its words were lost, and the words-in-order check refused the document)."""
    lines = (Path(__file__).parent / "data" / "archive-qa" / "S-RES-188-1964.en.pdf-raw.txt").read_text("utf-8").split("\n")
    assert lines[7] == "on 28 March 1964,1"
    lines[0], lines[7] = lines[7], lines[0]
    result = convert_text("\n".join(lines), Options())
    assert result.document.notes["1"].text.text.startswith("Official Records of the Security Council")
    assert b'<authorialNote marker="1" placement="bottom" eId="para_5__authorialNote_1">' in result.xml
    assert "footnote 1 has no marker in the text; it is placed at the end of the last paragraph" in result.warnings
