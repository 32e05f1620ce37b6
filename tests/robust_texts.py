"""Small texts for the robustness tests: resolutions with one defect each, and texts that are
not resolutions.  Made here (not copied from a sample) so each test says what it feeds in."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"
CLEAN = DATA / "CTOC-COP-2020-L.6-Rev.1.fr.clean.txt"
PDF = DATA / "CTOC-COP-2020-L.6-Rev.1.fr.pdf-extracted.txt"
SYMBOL = "CTOC/COP/2020/L.6/Rev.1"
#: the reference counts (issue 4): preamble, operative, points, numbered notes, sponsors' note
REFERENCE_COUNTS = {"preamble": 22, "operative": 17, "points": 11, "notes": 4, "star_note": 1}


def resolution(paragraphs: list[str], *, recitals: list[str] | None = None, notes: list[str] = ()) -> str:
    """A Security Council resolution in clean text with the given operative paragraphs."""
    recitals = recitals if recitals is not None else [
        "Recalling its resolution 2334 (2016),",
        "Noting with concern the situation described in the report of the Secretary-General,",
    ]
    parts = ["Resolution 999 (2020)", "The Security Council,", *recitals, *paragraphs,
             "Adopted at the 9999th meeting on 15 December 2020."]
    text = "\n\n".join(parts) + "\n"
    if notes:
        text += "\n---\n\n" + "\n\n".join(notes) + "\n"
    return text


GOOD = resolution([
    "1. Decides to act without delay;",
    "2. Requests the Secretary-General to report on the implementation of the present resolution;",
    "3. Decides to remain seized of the matter.",
])

NUMBERING = resolution([
    "1. Decides to act without delay;",
    "2. Requests the Secretary-General to report on the implementation of the present resolution;",
    "2. Invites Member States to contribute to the Fund;",
    "4. Decides to remain seized of the matter.",
])

POINTS_OUT_OF_ORDER = resolution([
    "1. Decides to act without delay;",
    "2. Calls upon all States:",
    "a) To cooperate fully with the Committee;",
    "c) To report on the measures taken;",
    "b) To refrain from any action contrary to the present resolution;",
    "3. Decides to remain seized of the matter.",
])

MARKER_WITHOUT_NOTE = resolution([
    "1. Welcomes the report of the Secretary-General<sup>1</sup>;",
    "2. Decides to remain seized of the matter.",
])

NOTE_WITHOUT_MARKER = resolution(
    ["1. Welcomes the report of the Secretary-General;", "2. Decides to remain seized of the matter."],
    notes=["<sup>1</sup> S/2020/1234."],
)

NO_OPERATIVE_PART = "\n\n".join([
    "Resolution 999 (2020)", "The Security Council,",
    "Recalling its resolution 2334 (2016),",
    "Noting with concern the situation described in the report of the Secretary-General,",
    "Adopted at the 9999th meeting on 15 December 2020.",
]) + "\n"

LETTER = """Permanent Mission of Utopia to the United Nations
New York, 3 March 2021

Dear Mr. Secretary-General,

I have the honour to refer to the situation in the region and to request that the present
letter be circulated as a document of the Security Council.

Please accept, Excellency, the assurances of my highest consideration.

(Signed) A. Diplomat
Permanent Representative
"""

REPORT = """Report of the Secretary-General on the work of the Organization

I. Introduction

1. The present report is submitted pursuant to General Assembly resolution 75/1.

2. It covers the period from 1 January to 31 December 2020.

II. Findings

3. The Organization continued its work in difficult circumstances.
"""

NOVEL = """Chapter One

It was a bright cold day in April, and the clocks were striking thirteen. The Assembly hall
was empty; the delegates had gone home long ago, and only the cleaners remained, moving
slowly between the rows of desks.

"Nobody will read this," she said, folding the paper twice.
"""
