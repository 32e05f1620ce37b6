"""The rendition in a real browser: headless Chromium (Debian's package) lays the page out, and
the tests measure what a reader sees: the masthead, hanging numbers, anchors and note links
followed, a phone's width, Arabic from right to left, the print styles.  Screenshots are saved
(in pytest's temporary folder, or in $AKN_CONVERT_SCREENSHOTS when set); the README's comes
from here."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from browser import Browser, find_chromium
from conftest import DATA

DESKTOP = (1000, 1300)
PHONE = (390, 844)


@pytest.fixture(scope="module")
def browser():
    executable, why = find_chromium()
    if executable is None:
        pytest.skip(why)
    with Browser(executable) as b:
        yield b


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("AKN_CONVERT_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return Path(folder)
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def urls(tmp_path_factory, clean_result):
    from akn_convert.writers.html import render

    folder = tmp_path_factory.mktemp("pages")
    out = {}
    for name, xml in (("fr", clean_result.xml), ("ar", (DATA / "render-sample.ara.xml").read_bytes())):
        path = folder / f"{name}.html"
        path.write_text(render(xml), encoding="utf-8")
        out[name] = path.as_uri()
    return out


def rect(browser, selector: str) -> dict:
    return browser.evaluate(f"(() => {{ const r = document.querySelector({selector!r}).getBoundingClientRect();"
                            " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; })()")


def style(browser, selector: str, prop: str) -> str:
    return browser.evaluate(f"getComputedStyle(document.querySelector({selector!r})).getPropertyValue({prop!r})")


def is_png(data: bytes) -> bool:
    return data[:8] == b"\x89PNG\r\n\x1a\n"


def test_desktop_page_looks_like_a_un_document(browser, urls, shots):
    browser.media("screen")
    browser.viewport(*DESKTOP)
    browser.open(urls["fr"])
    data = browser.screenshot(shots / "screenshot-fr.png")
    assert is_png(data) and len(data) > 50_000
    browser.screenshot(shots / "screenshot-fr-full.png", full_page=True)
    # masthead: "Nations Unies" top left, the symbol top right, on the same line
    un, symbol = rect(browser, ".un-name"), rect(browser, ".symbol")
    assert un["left"] < symbol["left"] and abs(un["bottom"] - symbol["bottom"]) < 8
    assert symbol["right"] > DESKTOP[0] * 0.7
    # the organ at left, the distribution block at right, below the symbol
    organ, distribution = rect(browser, ".organ"), rect(browser, ".distribution")
    assert organ["top"] >= symbol["bottom"] and distribution["left"] > organ["right"]
    assert style(browser, "h1.title", "text-align") == "center"
    assert int(style(browser, "h1.title", "font-weight")) >= 700
    assert style(browser, ".recital p > i", "font-style") == "italic"
    assert style(browser, ".formula p", "font-style") == "normal" and style(browser, ".formula i", "font-style") == "italic"


def test_paragraph_numbers_hang(browser, urls):
    browser.media("screen")
    browser.viewport(*DESKTOP)
    browser.open(urls["fr"])
    num, text = rect(browser, "#para_13 > .num"), rect(browser, "#para_13 > .text")
    assert num["right"] <= text["left"] and abs(num["top"] - text["top"]) < 4
    point_num = rect(browser, "#para_13__list_1__point_a > .num")
    assert point_num["left"] >= text["left"] - 1  # points sit inside the paragraph's text column
    # every line of a long paragraph starts at the text column, not under the number
    lines = browser.evaluate("(() => { const r = document.createRange();"
                             " r.selectNodeContents(document.querySelector('#para_15 > .text'));"
                             " return [...r.getClientRects()].map(x => x.left); })()")
    assert len(lines) > 3 and min(lines) >= rect(browser, "#para_15 > .text")["left"] - 1


def test_anchor_of_a_point_scrolls_to_it(browser, urls, shots):
    browser.media("screen")
    browser.viewport(*DESKTOP)
    browser.open(urls["fr"])
    browser.go_to_anchor("para_13__list_1__point_c")
    assert browser.evaluate("document.querySelector(':target').id") == "para_13__list_1__point_c"
    top = rect(browser, "#para_13__list_1__point_c")["top"]
    assert 0 <= top < 60 and browser.evaluate("window.scrollY") > 1000
    assert style(browser, "#para_13__list_1__point_c", "background-color") != "rgba(0, 0, 0, 0)"
    browser.screenshot(shots / "screenshot-fr-point-c.png")


def test_notes_link_both_ways(browser, urls):
    browser.media("screen")
    browser.viewport(*DESKTOP)
    browser.open(urls["fr"])
    note = "recs_1__rec_9__authorialNote_4"
    browser.evaluate(f"document.querySelector('sup.noteref a[href=\"#{note}\"]').click()")
    assert browser.evaluate("location.hash") == f"#{note}"
    assert 0 <= rect(browser, f"#{note}")["top"] < DESKTOP[1]
    browser.evaluate(f"document.querySelector('#{note} .note-marker').click()")
    assert browser.evaluate("location.hash") == f"#{note}-ref"
    assert 0 <= rect(browser, f"#{note}-ref")["top"] < DESKTOP[1]
    # every in-page link leads to an element of the page
    assert browser.evaluate("[...document.querySelectorAll('a[href^=\"#\"]')]"
                            ".filter(a => !document.getElementById(a.getAttribute('href').slice(1))).length") == 0


def test_readable_on_a_phone(browser, urls, shots):
    browser.media("screen")
    browser.viewport(*PHONE, mobile=True)
    browser.open(urls["fr"])
    browser.screenshot(shots / "screenshot-fr-phone.png")
    assert browser.evaluate("document.documentElement.scrollWidth") <= PHONE[0]  # no sideways scrolling
    assert float(style(browser, "#para_1 p", "font-size").removesuffix("px")) >= 16
    text = rect(browser, "#para_13__list_1__point_a > .text")
    assert text["right"] <= PHONE[0] and text["right"] - text["left"] > PHONE[0] * 0.6


def test_arabic_reads_right_to_left(browser, urls, shots):
    browser.media("screen")
    browser.viewport(*DESKTOP)
    browser.open(urls["ar"])
    browser.screenshot(shots / "screenshot-ar.png")
    assert style(browser, "main", "direction") == "rtl"
    un, symbol = rect(browser, ".un-name"), rect(browser, ".symbol")
    assert un["left"] > symbol["right"]  # mirrored masthead: the symbol at the left
    num, text = rect(browser, "#para_1 > .num"), rect(browser, "#para_1 > .text")
    assert num["left"] >= text["right"]  # the number hangs at the right
    assert style(browser, ".symbol", "direction") == "ltr"


def test_print_styles(browser, urls):
    browser.viewport(*DESKTOP)
    browser.open(urls["fr"])
    browser.media("print")
    try:
        assert style(browser, ".colophon", "display") == "none"
        assert style(browser, ".skip-link", "display") == "none"
        assert style(browser, "a.akn-ref, sup.noteref a", "color") == "rgb(0, 0, 0)"
        assert style(browser, "#para_1 p", "font-size") == "13.3333px"  # 10 pt
        pdf = browser.pdf()
    finally:
        browser.media("screen")
    pages = [int(n) for n in re.findall(rb"/Count (\d+)", pdf)]  # the page tree's page count
    assert pdf.startswith(b"%PDF") and pages and max(pages) >= 3
