#!/usr/bin/env python3
"""Throughput of checker's claim extraction next to quantulum3, on the same NewsQuant text, in one run.

    python bench/speed.py [--gold NewsQuant.json] [--copies 20] [--runs 3] [--json OUT.json] [--quick]

Text: the 590 NewsQuant sentences repeated --copies times (default 20: 11,800 sentences, about 1.5 MB
of UTF-8). Three tools, interleaved inside every run so that drift in machine load hits all alike:

  checker-claims      the whole claim pipeline: checker.claims.document_claims(doc, rules) on one
                      Document per copy whose text is the 590 sentences joined by blank lines (each
                      sentence is its own paragraph), published "2019-06". This covers sentence
                      splitting, time expressions, calendar masks, quantities, units, metrics,
                      subjects, time scopes, attribution and events.
  checker-quantities  numbers.find_quantities(s, timex.calendar_spans(s)) per sentence (what the
                      `checker quantities` command does).
  checker-command     the whole `checker claims FOLDER --isolated --no-cache --format json -o FILE`
                      command in a fresh process, on a folder holding each copy as one article with
                      a sources.toml: start-up, corpus reading, the claim pipeline and the JSON report
                      (checker's byte-code written first, as installing it does).
  quantulum3          quantulum3.parser.parse(s) per sentence (classifier on).

Imports, rule loading and each tool's first call happen before timing and are reported apart.
Wall-clock time (time.perf_counter); MB = 10**6 bytes of the sentences' UTF-8 text (the blank-line
separators of checker-claims' documents are not counted). For each tool the min and median over --runs
runs are reported ("best" throughput is from the min), with the spread of per-copy times over all runs:
a much faster later copy than the first would mean work is remembered across the repeated sentences.
(checker compiles its time-expression atoms per opening letter on first use and caches near-spelling
entity matches per word, never whole sentences; those are warm after the first copy of the first run,
and the spread shows what that is worth.)

If quantulum3 cannot be imported, that is said and checker's figures alone are printed (exit 0).
quantulum3's output depends on the string-hash seed, so the script re-runs itself with
PYTHONHASHSEED=0 unless a seed is already set.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO.parent / "shared" / "bench" / "newsquant" / "NewsQuant.json"
PUBLISHED = "2019-06"
WARM_UP = "Prices rose 5% to $6 a share on 6 April 2015, about 60 mph faster than in 2014."


def _version(dist: str) -> str | None:
    try:
        return version(dist)
    except PackageNotFoundError:
        return None


def git_state() -> str | None:
    """The repository's commit, with "+dirty" when checker/ has uncommitted edits (None outside git)."""
    try:
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "checker"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+dirty" if dirty else "")


def load_checker() -> tuple[dict, dict, dict]:
    """Import checker, load the default rules, warm each tool up; return tools, load times, doc info."""
    load: dict[str, float] = {}
    start = time.perf_counter()
    from checker import timex
    from checker.claims import document_claims
    from checker.model import Document, Source
    from checker.numbers import find_quantities
    from checker.ruleset import default_pack, load_rules

    load["checker import"] = time.perf_counter() - start
    start = time.perf_counter()
    rules = load_rules([default_pack()])
    load["checker rules"] = time.perf_counter() - start

    def make_doc(sentences: list[str], name: str) -> Document:
        return Document(Source(path=name, published=PUBLISHED, published_from="metadata"), "\n\n".join(sentences))

    start = time.perf_counter()
    document_claims(make_doc([WARM_UP], "warm-up"), rules)
    load["checker-claims first call"] = time.perf_counter() - start
    start = time.perf_counter()
    find_quantities(WARM_UP, timex.calendar_spans(WARM_UP))
    load["checker-quantities first call"] = time.perf_counter() - start

    def quantities(sentence: str) -> int:
        return len(find_quantities(sentence, timex.calendar_spans(sentence)))

    def claims(doc: Document) -> int:
        return len(document_claims(doc, rules)[1])

    helpers = {"make_doc": make_doc, "rules": rules}
    return {"checker-claims": claims, "checker-quantities": quantities}, load, helpers


def load_quantulum3() -> tuple[object | None, float | None, str | None]:
    """quantulum3's parse (after one warm-up call) and its load time, or None and the reason."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        try:
            from quantulum3 import parser as q3

            q3.parse(WARM_UP)
        except Exception as exc:  # ImportError, or a classifier pickled for another scikit-learn
            return None, None, f"{type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - start

    def parse(sentence: str) -> int:
        return len(q3.parse(sentence))

    return parse, seconds, None


def time_copies(fn, copies: list) -> tuple[list[float], int]:
    """Call fn on every copy of the text (a list of sentences, or a document); per-copy seconds
    and total hits."""
    per_copy, hits = [], 0
    clock = time.perf_counter
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for copy in copies:
            start = clock()
            hits += fn(copy)
            per_copy.append(clock() - start)
    return per_copy, hits


def command_tool(docs: list, folder: Path):
    """The whole `checker claims` command on ``docs`` written as articles under ``folder``: one
    call runs the command once over every copy (per-copy times are that time shared evenly)."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = []
    for doc in docs:
        (folder / f"{doc.source.path}.txt").write_text(doc.text + "\n", encoding="utf-8")
        manifest.append(f'[[source]]\nfile = "{doc.source.path}.txt"\npublished = "{PUBLISHED}"\n')
    (folder / "sources.toml").write_text("\n".join(manifest), encoding="utf-8")
    out = folder.parent / "claims.json"
    byte_compile()
    command = [sys.executable, "-m", "checker", "claims", str(folder), "--isolated", "--no-cache", "--format",
               "json", "-o", str(out)]

    def run(_all) -> int:
        subprocess.run(command, check=True, cwd=folder.parent, stdout=subprocess.DEVNULL)
        return len(json.loads(out.read_text(encoding="utf-8"))["claims"])

    return run


def byte_compile() -> None:
    """Write checker's byte-code files, as installing a package does: the timed command then starts
    as a user's does. Without them (an editable install run with PYTHONDONTWRITEBYTECODE set, or
    files edited since their byte-code was written) every run compiles the modules it imports from
    source again, about 0.2 s of one CPU, and the byte-code files present would decide the ratio."""
    import compileall

    import checker

    compileall.compile_dir(Path(checker.__file__).parent, quiet=1)


def per_sentence(fn):
    """Turn a one-sentence tool into a one-copy tool: fn on each sentence in turn."""
    return lambda block: sum(map(fn, block))


def main(argv: list[str] | None = None) -> int:
    if "PYTHONHASHSEED" not in os.environ:  # quantulum3's output depends on the hash seed
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help=f"NewsQuant.json (default: {DEFAULT_GOLD})")
    ap.add_argument("--copies", type=int, default=20, help="repeat the 590 sentences this many times (default 20)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs (default 3)")
    ap.add_argument("--quick", action="store_true", help="smoke test: --copies 2 --runs 1")
    ap.add_argument("--json", type=Path, metavar="OUT", help="also write the figures to this file")
    args = ap.parse_args(argv)
    if args.quick:
        args.copies, args.runs = 2, 1
    if args.copies < 1 or args.runs < 1:
        ap.error("--copies and --runs must be at least 1")

    with open(args.gold, encoding="utf-8") as fh:
        base = [item["text"] for item in json.load(fh)]
    copies = [list(base) for _ in range(args.copies)]
    n_sent = len(base) * args.copies
    sent_mb = sum(len(s.encode("utf-8")) for s in base) * args.copies / 1e6

    commit = git_state()  # before importing checker: the code that is timed
    tools, load, helpers = load_checker()
    docs = [helpers["make_doc"](block, f"newsquant-copy-{i + 1}") for i, block in enumerate(copies)]
    q3_parse, q3_load, q3_problem = load_quantulum3()
    if q3_parse is not None:
        load["quantulum3 import + first call"] = q3_load

    # What the claim pipeline sees of one copy (outside timing): its sentence split and boilerplate.
    from checker.text import split_sentences

    boiler = helpers["rules"].boilerplate
    split = split_sentences(docs[0], boiler.paragraph_markers if boiler else (), boiler.tail_markers if boiler else ())
    split_info = {"sentences": len(split), "boilerplate": sum(s.boilerplate for s in split)}

    names = ["checker-claims", "checker-command", "checker-quantities"] + (["quantulum3"] if q3_parse else [])
    results = {name: {"seconds": [], "hits": [], "per_copy": []} for name in names}
    scratch = tempfile.TemporaryDirectory(prefix="checker-speed-")
    command = command_tool(docs, Path(scratch.name) / "corpus")
    for run in range(args.runs):
        for name in names:
            if name == "checker-claims":
                per_copy, hits = time_copies(tools[name], docs)
            elif name == "checker-command":
                per_copy, hits = time_copies(command, [docs])
                per_copy = [per_copy[0] / len(docs)] * len(docs)
            else:
                per_copy, hits = time_copies(per_sentence(tools[name] if name in tools else q3_parse), copies)
            seconds = sum(per_copy)
            results[name]["seconds"].append(seconds)
            results[name]["hits"].append(hits)
            results[name]["per_copy"].extend(per_copy)
            print(f"run {run + 1}: {name:<19} {seconds:9.3f} s  hits {hits}", file=sys.stderr, flush=True)

    report = {
        "date": time.strftime("%Y-%m-%d"),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "versions": {p: _version(p) for p in ("checker", "quantulum3", "scikit-learn", "dateparser", "pint")},
        "checker_commit": commit,
        "gold": str(args.gold), "copies": args.copies, "runs": args.runs,
        "sentences": n_sent, "sentence_mb": round(sent_mb, 3),
        "claims_split_per_copy": split_info,
        "load_seconds": {k: round(v, 3) for k, v in load.items()},
        "quantulum3_problem": q3_problem,
        "tools": {}, "ratios": {},
    }
    print(f"{n_sent} sentences ({len(base)} x {args.copies}), {sent_mb:.3f} MB; {args.runs} runs; "
          f"Python {report['python']}, {report['machine']}; checker {report['checker_commit']}")
    print(f"checker-claims: {args.copies} documents of {len(base)} paragraphs; split into {split_info['sentences']} "
          f"sentences per copy, {split_info['boilerplate']} of them boilerplate (skipped)")
    print("load + first call (not timed below): " + ", ".join(f"{k} {v:.2f} s" for k, v in load.items()))
    if q3_problem:
        print(f"quantulum3 not usable ({q3_problem}); install the peer with pip install -e '.[bench]'. "
              "Checker's figures only.")
    print("throughput 'best' is from the min time, 'med' from the median time")
    print(f"{'tool':<20}{'min s':>9}{'median s':>10}{'sent/s best':>13}{'sent/s med':>12}"
          f"{'MB/s best':>11}{'MB/s med':>10}{'hits':>8}  per-copy s (min..max)")
    for name, r in results.items():
        lo, med = min(r["seconds"]), statistics.median(r["seconds"])
        row = {
            "min_s": round(lo, 4), "median_s": round(med, 4),
            "sentences_per_s_best": round(n_sent / lo, 1), "sentences_per_s_median": round(n_sent / med, 1),
            "mb_per_s_best": round(sent_mb / lo, 4), "mb_per_s_median": round(sent_mb / med, 4),
            "hits": r["hits"], "per_copy_s": [round(min(r["per_copy"]), 4), round(max(r["per_copy"]), 4)],
            "first_copy_s": round(r["per_copy"][0], 4),
        }
        report["tools"][name] = row
        spread = f"{row['per_copy_s'][0]:.3f}..{row['per_copy_s'][1]:.3f} (first {row['first_copy_s']:.3f})"
        print(f"{name:<20}{lo:>9.3f}{med:>10.3f}{n_sent / lo:>13,.0f}{n_sent / med:>12,.0f}"
              f"{sent_mb / lo:>11.3f}{sent_mb / med:>10.3f}{r['hits'][0]:>8}  {spread}")
    if "quantulum3" in results:
        q3 = report["tools"]["quantulum3"]
        for name in ("checker-claims", "checker-command", "checker-quantities"):
            row = report["tools"][name]
            best = q3["min_s"] / row["min_s"]
            med = q3["median_s"] / row["median_s"]
            report["ratios"][f"{name} / quantulum3"] = {"best": round(best, 2), "median": round(med, 2)}
            print(f"{name} / quantulum3 = {best:.1f}x  (median {med:.1f}x)")
    if git_state() != commit:
        print(f"note: the checker tree changed during the run (now {git_state()}); "
              f"the figures are for {commit} as imported at the start", file=sys.stderr)
    scratch.cleanup()
    report["loadavg_at_end"] = os.getloadavg()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
