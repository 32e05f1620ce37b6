"""Whatever mix of reference-like words a paragraph holds, the inline parsers keep the document
valid: semantic spans inside the text and apart from each other, every target well formed,
the words unchanged (the pipeline checks schema, profile rules and words in order)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FRAGMENTS = [
    "resolution", "resolutions", "decision", "its", "the", "of", "and", ",", "in", "by", "paragraph", "article",
    "Articles", "above", "General Assembly", "Security Council", "Economic and Social Council", "Commission",
    "the Council", "the Office", "the Working Group", "Working Group on Trafficking in Persons", "Secretariat",
    "United Nations Office on Drugs and Crime", "61/144", "2331 (2016)", "2013/41", "4/4", "3", "13", "(a)",
    "2453 A (XXIII)", "S-26/2", "18 December 2019", "12–16 October 2020", "1 January 2021", "2019", "of the Protocol",
    "the Convention", "the Charter", "United Nations Convention against Transnational Organized Crime",
    "Trafficking in Persons Protocol", "United Nations, Treaty Series, vol. 2225, No. 39574", "Ibid., vol. 1, No. 2",
    "Vienna", "Geneva Convention", "A/RES/61/144",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30),
       st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30))
def test_any_mix_converts_valid_with_separate_spans(recital, paragraph):
    from akn_convert.pipeline import Options, convert_text

    text = (f"*The General Assembly,*\n\n*Recalling* {' '.join(recital)},\n\n"
            f"1. *Decides* {' '.join(paragraph)};\n\n2. *Decides* to remain seized of the matter.\n")
    res = convert_text(text, Options(shape="clean", symbol="A/75/L.98", meta={"date": "2020-11-01"}))
    for t in res.document.texts():
        spans = sorted(t.semantic_spans(), key=lambda s: s.start)
        assert all(0 <= s.start < s.end <= len(t.text) for s in spans)
        assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    for r in res.recognised:
        if r.target and r.kind == "ref":
            assert re.fullmatch(r"(/akn/un/(statement/deliberation/[\w-]+|treaty/\d{4}-\d\d-\d\d/[\w-]+/!main)"
                                r"(/[\w.-]+)*(#[\w]+)?|#para_\d+)", r.target), r.target
        if r.target and r.kind == "date":
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", r.target)


def test_a_name_with_a_space_after_its_hyphen_or_apostrophe_is_still_the_name():
    # a PDF extraction keeps a line break after a hyphen as a space: "Secretary- General"; the
    # name patterns allow it, and the name is looked up as "Secretary-General" (was a crash)
    from akn_convert.pipeline import Options, convert_text

    text = ("*The General Assembly,*\n\n*Recalling* the report of the Special Representative of the Secretary- "
            "General and of the Secretary-General,\n\n1. *Decides* to remain seized of the matter.\n")
    res = convert_text(text, Options(shape="clean", symbol="A/75/L.98", meta={"date": "2020-11-01"}))
    assert [(r.text, r.target) for r in res.recognised if r.kind == "role"] == [
        ("Secretary- General", "#secretary-general"), ("Secretary-General", "#secretary-general")]
    fr = convert_text("*L'Assemblée générale,*\n\n*Rappelant* le rapport de l' Office des Nations Unies contre la "
                      "drogue et le crime,\n\n1. *Décide* de rester saisie de la question.\n",
                      Options(shape="clean", symbol="A/75/L.98", meta={"date": "2020-11-01"}))
    assert [r.target for r in fr.recognised if r.kind == "organization"][-1] == "#un-unodc"
