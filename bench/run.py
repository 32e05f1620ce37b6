#!/usr/bin/env python3
"""akn-convert benchmark, run by hand (not part of the tests):

    .venv/bin/python bench/run.py            # all figures (a few minutes)
    .venv/bin/python bench/run.py --docs 200 # a smaller batch

Prints the machine's description, then each figure as a ratio measured in the same run, so
that the machine's speed cancels out:

- per document: ``convert`` of the reference input vs lxml alone parsing and validating the XML
  it wrote (the floor; goal: at most 3x), and the time per document of ``convert`` and
  ``validate`` (in a warm process, and as a command with its start-up);
- batch: N documents (the reference inputs and ../shared/corpus repeated) with ``--jobs 2`` vs
  ``--jobs 1`` (goal: at least 1.8x), documents per second; the two alternate for a few rounds
  and the medians are compared (a shared machine drifts by 10-20 % between runs);
- growth: a resolution 10x and 100x longer (operative paragraphs repeated and renumbered):
  time at most 11x and 110x, peak memory;
- start-up: ``akn-convert --help`` (goal: at most 0.3 s).

The corpus is read from ``../shared/corpus`` (or ``$AKN_CORPUS``) when present; without it the
batch uses the reference inputs alone, and says so.  Results also go to bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
CLEAN = DATA / "CTOC-COP-2020-L.6-Rev.1.fr.clean.txt"
PDF = DATA / "CTOC-COP-2020-L.6-Rev.1.fr.pdf-extracted.txt"
SYMBOL = "CTOC/COP/2020/L.6/Rev.1"
CORPUS = Path(os.environ.get("AKN_CORPUS", ROOT.parent.parent / "shared" / "corpus"))
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus")
BIN = Path(sys.executable).parent


def command(*args: str) -> list[str]:
    script = BIN / "akn-convert"
    return [str(script), *args] if script.exists() else [sys.executable, "-m", "akn_convert", *args]


def timed(fn, repeat: int) -> float:
    """Median seconds of ``fn()`` over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def run_timed(cmd: list[str], repeat: int = 1, **kw) -> float:
    return timed(lambda: subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw),
                 repeat)


# ---------------------------------------------------------------------------- machine


def machine() -> dict:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    from lxml import etree

    return {"system": platform.platform(), "cpu": cpu, "cpus": os.cpu_count(), "usable_cpus": usable, "memory": mem,
            "python": platform.python_version(), "lxml": ".".join(map(str, etree.LXML_VERSION)),
            "libxml2": ".".join(map(str, etree.LIBXML_VERSION))}


# ---------------------------------------------------------------------------- per document


def per_document(repeat: int) -> dict:
    from lxml import etree

    from akn_convert.pipeline import Options, convert_bytes
    from akn_convert.validate.files import validate_bytes
    from akn_convert.validate.profile import check as profile_check
    from akn_convert.validate.schema import lxml_schema

    options = Options(symbol=SYMBOL)
    out: dict = {}
    for name, path in (("clean", CLEAN), ("pdf", PDF)):
        data = path.read_bytes()
        xml = convert_bytes(data, options).xml  # warm: schema and rules built, modules imported
        schema = lxml_schema()
        convert = timed(lambda: convert_bytes(data, options), repeat)
        floor_schema = timed(lambda: schema.validate(etree.fromstring(xml)), repeat)

        def parse_validate_profile():
            tree = etree.fromstring(xml)
            schema.validate(tree)
            profile_check(tree)

        floor_full = timed(parse_validate_profile, repeat)
        validate = timed(lambda: validate_bytes(xml), repeat)
        out[name] = {"convert_s": convert, "validate_s": validate, "floor_schema_s": floor_schema,
                     "floor_schema_and_rules_s": floor_full, "ratio_vs_schema_and_rules": convert / floor_full,
                     "ratio_vs_schema_only": convert / floor_schema, **render_and_text(xml, repeat)}
    with tempfile.TemporaryDirectory() as tmp:
        xml_path = Path(tmp) / "out.xml"
        out["command_convert_s"] = run_timed(command("convert", str(CLEAN), "--symbol", SYMBOL, "-o", str(xml_path)), 5)
        out["command_validate_s"] = run_timed(command("validate", str(xml_path)), 5)
        out["command_render_s"] = run_timed(command("render", str(xml_path), "-o", str(Path(tmp) / "out.html")), 5)
    return out


def render_and_text(xml: bytes, repeat: int) -> dict:
    """The HTML rendition (``render``, ``convert --html``) and the plain text of one document."""
    from lxml import etree

    from akn_convert.writers.html import render
    from akn_convert.writers.text import plain_text

    render(xml)  # warm: stylesheet parsed, CSS read
    return {"render_html_s": timed(lambda: render(xml), repeat),
            "text_s": timed(lambda: plain_text(etree.fromstring(xml)), repeat)}


# ---------------------------------------------------------------------------- batch


def batch(docs: int, rounds: int) -> dict:
    """``--jobs 1`` and ``--jobs 2`` on the same folder, alternating for ``rounds`` rounds (the
    machine's drift falls on both); the figures are the medians."""
    sources = [CLEAN, PDF]
    corpus_note = f"corpus: {CORPUS}"
    if CORPUS.is_dir():
        sources += sorted(p for p in CORPUS.glob("*.txt"))
    else:
        corpus_note = f"corpus not found at {CORPUS} (set AKN_CORPUS): the batch uses the two reference inputs only"
    out: dict = {"documents": docs, "sources": len(sources), "rounds": rounds, "note": corpus_note}
    times: dict[int, list[float]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for k in range(docs):
            s = sources[k % len(sources)]
            shutil.copy(s, src / f"d{k:05}-{s.name}")
        for _ in range(rounds):
            for jobs in (1, 2):
                dest = Path(tmp) / f"out{jobs}"
                shutil.rmtree(dest, ignore_errors=True)
                t = time.perf_counter()
                subprocess.run(command("batch", str(src), "-o", str(dest), "--jobs", str(jobs)), check=False,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                times[jobs].append(time.perf_counter() - t)
                report = json.loads((dest / "akn-convert-report.json").read_text("utf-8"))
                out[f"jobs{jobs}"] = {"totals": report["totals"]}
    for jobs in (1, 2):
        seconds = statistics.median(times[jobs])
        out[f"jobs{jobs}"].update(seconds=seconds, runs=times[jobs], documents_per_s=docs / seconds)
    out["speedup_2_vs_1"] = out["jobs1"]["seconds"] / out["jobs2"]["seconds"]
    return out


# ---------------------------------------------------------------------------- growth


def longer(factor: int) -> str:
    """The clean reference made about ``factor`` times longer: its operative paragraphs repeated
    and renumbered (up to 999, the most a paragraph number has), then its preambular paragraphs
    repeated for the rest; repeated copies lose their note markers and note blocks."""
    lines = CLEAN.read_text("utf-8").split("\n")
    first = next(i for i, ln in enumerate(lines) if ln.startswith("1. "))
    recitals = next(i for i, ln in enumerate(lines) if ln.startswith("*Rappelant*"))
    last = max(i for i, ln in enumerate(lines) if ln.strip() == "---")
    total = sum(len(x) + 1 for x in lines)
    wanted = factor * total

    def copy(block: list[str]) -> list[str]:
        return [re.sub(r"<sup>[^<]*</sup>", "", ln) for ln in block
                if not ln.lstrip().startswith(("---", "<sup>", "\\*"))]

    operative, preamble = lines[first:last], copy(lines[recitals:first])
    size = lambda block: sum(len(x) + 1 for x in block)  # noqa: E731
    per_para = 17
    copies = max(0, min(999 // per_para - 1, round((wanted - total) / size(operative))))
    body, number = [], 0
    for c in range(copies + 1):
        for ln in (operative if c == 0 else copy(operative)):
            m = re.match(r"^(\d+)\. ", ln)
            if m:
                number += 1
                ln = f"{number}. " + ln[m.end():]
            body.append(ln)
    grown = total + copies * size(copy(operative))
    extra_preamble = []
    while grown + size(extra_preamble) < wanted - size(preamble) / 2:
        extra_preamble += preamble
    return "\n".join(lines[:first] + extra_preamble + body + lines[last:])


GROWTH_CHILD = r"""
import json, resource, sys, time
from akn_convert.pipeline import Options, convert_text
text = open(sys.argv[1], encoding="utf-8").read()
small = open(sys.argv[2], encoding="utf-8").read()
opts = Options(symbol=sys.argv[3], max_bytes=1 << 30)
convert_text(small, opts)  # warm
t = time.perf_counter(); r = convert_text(text, opts); s = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": s, "peak_rss_mb": rss / 1024, "operative": r.counts["operative"], "chars": len(text)}))
"""


def growth() -> dict:
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "x1.txt"
        small.write_text(CLEAN.read_text("utf-8"), "utf-8")
        for factor in (1, 10, 100):
            path = Path(tmp) / f"x{factor}.txt"
            path.write_text(longer(factor) if factor > 1 else CLEAN.read_text("utf-8"), "utf-8")
            runs = []
            for _ in range(3):  # the best of three: a shared machine slows single runs
                res = subprocess.run([sys.executable, "-c", GROWTH_CHILD, str(path), str(small), SYMBOL],
                                     capture_output=True, text=True, check=True)
                runs.append(json.loads(res.stdout))
            best = min(runs, key=lambda r: r["seconds"])
            out[f"x{factor}"] = best
    base = out["x1"]
    for factor in (10, 100):
        r = out[f"x{factor}"]
        r["size_ratio"] = r["chars"] / base["chars"]
        r["time_ratio"] = r["seconds"] / base["seconds"]
    return out


# ---------------------------------------------------------------------------- start-up


def startup() -> dict:
    help_s = run_timed(command("--help"), 7)
    bare = run_timed([sys.executable, "-c", "pass"], 7)
    return {"help_s": help_s, "python_alone_s": bare}


# ---------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000, help="documents in the batch (default 1000)")
    ap.add_argument("--repeat", type=int, default=30, help="runs per in-process timing (median)")
    ap.add_argument("--rounds", type=int, default=3, help="batch runs per number of jobs (median)")
    args = ap.parse_args()

    results = {"machine": machine()}
    m = results["machine"]
    print(f"machine: {m['cpu']} | {m['usable_cpus']} of {m['cpus']} CPUs usable | {m['memory']} | {m['system']}")
    print(f"         Python {m['python']}, lxml {m['lxml']}, libxml2 {m['libxml2']}")

    d = results["per_document"] = per_document(args.repeat)
    print("\nper document (warm process, median):")
    for name in ("clean", "pdf"):
        r = d[name]
        print(f"  {name:5} convert {r['convert_s'] * 1e3:6.1f} ms | validate {r['validate_s'] * 1e3:5.1f} ms | "
              f"floor: lxml parse+schema {r['floor_schema_s'] * 1e3:4.1f} ms, +profile rules "
              f"{r['floor_schema_and_rules_s'] * 1e3:4.1f} ms")
        print(f"        convert / floor (schema + rules) = {r['ratio_vs_schema_and_rules']:.1f}x (goal <= 3x); "
              f"/ schema alone = {r['ratio_vs_schema_only']:.0f}x")
        print(f"        render HTML {r['render_html_s'] * 1e3:5.1f} ms | plain text {r['text_s'] * 1e3:5.1f} ms")
    print(f"  as commands (with start-up): convert {d['command_convert_s']:.2f} s, validate {d['command_validate_s']:.2f} s, "
          f"render {d['command_render_s']:.2f} s")

    b = results["batch"] = batch(args.docs, args.rounds)
    print(f"\nbatch of {b['documents']} documents ({b['sources']} distinct texts; {b['note']}; "
          f"median of {b['rounds']} alternating runs):")
    for jobs in (1, 2):
        r = b[f"jobs{jobs}"]
        t = r["totals"]
        print(f"  --jobs {jobs}: {r['seconds']:6.1f} s, {r['documents_per_s']:6.1f} documents/s "
              f"({t['converted']} converted, {t['failed']} failed; runs: {', '.join(f'{x:.1f}' for x in r['runs'])} s)")
    print(f"  speed-up --jobs 2 vs --jobs 1: {b['speedup_2_vs_1']:.2f}x (goal >= 1.8x)")

    g = results["growth"] = growth()
    print("\ngrowth (one document, warm process):")
    print(f"  x1   {g['x1']['chars']:>9} chars, {g['x1']['operative']:>5} paragraphs: {g['x1']['seconds'] * 1e3:8.1f} ms, "
          f"peak {g['x1']['peak_rss_mb']:.0f} MB")
    for factor, goal in ((10, 11), (100, 110)):
        r = g[f"x{factor}"]
        print(f"  x{factor:<3} {r['chars']:>9} chars, {r['operative']:>5} paragraphs: {r['seconds'] * 1e3:8.1f} ms, "
              f"peak {r['peak_rss_mb']:.0f} MB; {r['size_ratio']:.1f}x the text takes {r['time_ratio']:.1f}x the time "
              f"(goal <= {goal}x)")

    s = results["startup"] = startup()
    print(f"\nstart-up: akn-convert --help {s['help_s']:.3f} s (goal <= 0.3 s); python alone {s['python_alone_s']:.3f} s")

    folder = ROOT / "bench" / "results"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / time.strftime("bench-%Y%m%d-%H%M%S.json")
    path.write_text(json.dumps(results, indent=1))
    print(f"\nresults: {path}")


if __name__ == "__main__":
    main()
