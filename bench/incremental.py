#!/usr/bin/env python3
"""Incremental runs: `checker check` cold, then after adding one article, with the cache of claims and judgements.

    python bench/incremental.py [--articles 1000] [--seed 7] [--repeat 5] [--keep DIR] [--json OUT.json]

Generates a synthetic corpus with bench/scale.py's generator (``scale.generate``), then, per
repetition, runs `checker check DIR --format json --fail-on never` as a subprocess:

1. cold: an empty cache folder (``--cache-dir``), so every article is extracted and cached;
2. no change: the same corpus again (every article from the cache);
3. +1 article: one new article (and its sources.toml entry) added; only it is extracted;

and, as references, the same corpus with ``--no-cache`` (cold without writing a cache), and the
new article alone in a folder of its own (``--no-cache``): what any run that adds it must at
least do (start the interpreter, import, load the rules, extract it), which bounds the ratio.
The +1 report is compared byte for byte with a ``--no-cache`` run of the same corpus. Prints the
minimum and median wall-clock seconds of each, and the ratio cold / +1 (the target: >= 20x).

Then it breaks each kind of run down by stage (the same sequence, ``--repeat`` times, each run
in a fresh interpreter with timers around the stage functions; minimum per stage): interpreter
start, imports, rule loading, reading + hashing the articles, cache look-up, extraction of the
misses, cache write, the rule engine (with the cached judgements' look-up), JSON rendering, writing
the report (``--no-stages`` skips it).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale import (  # bench/scale.py: the generator
    FILLER,
    METRICS,
    checker_command,
    generate,
    manifest_entry,
    story_sentence,
    write_article,
)

NEW_ARTICLE = "article_new.txt"
NEW_ENTRY = "\n" + manifest_entry(NEW_ARTICLE, "2024-07")


def add_article(root: Path, seed: int, stories: int, filler: int) -> None:
    """One more article shaped like the generated ones (``stories`` figures for a country and year
    among ``filler`` sentences), with its sources.toml entry."""
    rng = random.Random(seed + 1)
    sentences = rng.choices(FILLER, k=filler)
    for _ in range(stories):
        metric = rng.choice(sorted(METRICS))
        year = rng.randrange(1980, 2024)
        period = str(year) if METRICS[metric]["period"] == "year" else f"May {year}"
        value = METRICS[metric]["value"](rng)
        sentences.insert(rng.randrange(len(sentences) + 1), story_sentence(rng, metric, value, period))
    write_article(root / NEW_ARTICLE, sentences)
    with (root / "sources.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(NEW_ENTRY)


def article_alone(root: Path, alone: Path) -> None:
    """The new article in a folder of its own, with its sources.toml entry: the floor run."""
    shutil.rmtree(alone, ignore_errors=True)
    alone.mkdir(parents=True)
    shutil.copy(root / NEW_ARTICLE, alone / NEW_ARTICLE)
    (alone / "sources.toml").write_text(NEW_ENTRY, encoding="utf-8")


def remove_article(root: Path, manifest: str) -> None:
    (root / NEW_ARTICLE).unlink(missing_ok=True)
    (root / "sources.toml").write_text(manifest, encoding="utf-8")


def run_check(checker: list[str], root: Path, out: Path, *options: str) -> float:
    """Wall-clock seconds of one `checker check` subprocess; the report goes to ``out``."""
    start = time.perf_counter()
    with out.open("wb") as report:
        proc = subprocess.run([*checker, "check", str(root), "--format", "json", "--fail-on", "never",
                               "--no-progress", *options], stdout=report, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode != 0 or proc.stderr.strip():
        sys.exit(f"checker check {' '.join(options)} failed or warned ({proc.returncode}):\n{proc.stderr.decode()}")
    return seconds


# --------------------------------------------------------------------------------------------
# Stage breakdown, in a fresh interpreter (``--stage-run``)

def stage_run(root: str, cache: str) -> None:
    """Run `checker check ROOT --format json` in this process with timers around each stage;
    print the seconds per stage as JSON. Imports are timed first, as the CLI would do them."""
    started = time.perf_counter()
    import checker.claims
    import checker.corpus.reading
    import checker.extract
    import checker.pipeline
    import checker.report
    import checker.ruleset
    import checker.store
    from checker import cli
    from checker.corpus import SourceReader

    seconds = {"imports": time.perf_counter() - started}

    def timed(owner, name: str, stage: str) -> None:
        setattr(owner, name, _timed_function(getattr(owner, name), seconds, stage))

    timed(checker.ruleset, "load_rules", "rules")
    timed(checker.corpus.reading, "discover", "read + hash")
    timed(SourceReader, "read", "read + hash")
    timed(checker.store, "source_key", "read + hash")
    timed(checker.store.ClaimStore, "open", "cache open + look-up")
    timed(checker.store.ClaimStore, "lookup", "cache open + look-up")
    timed(checker.extract, "parse_source", "extract misses")
    timed(checker.claims, "document_claims", "extract misses")
    timed(checker.store.ClaimStore, "save", "cache write")
    timed(checker.pipeline, "extract_claims", "claims stage (all of the above but rules)")
    timed(checker.pipeline, "check", "check()")
    checker.report.CHECK_FORMATS["json"] = _timed_function(checker.report.CHECK_FORMATS["json"], seconds, "render json")
    timed(cli, "_emit", "write report")
    before = time.perf_counter()
    with open(os.devnull, "w") as sink:
        stdout, sys.stdout = sys.stdout, sink
        try:
            code = cli.main(["check", root, "--format", "json", "--fail-on", "never", "--no-progress",
                             "--cache-dir", cache])
        finally:
            sys.stdout = stdout
    seconds["main()"] = time.perf_counter() - before
    # check() = the claims stage, the engine, and the cache write when its CacheRun closes
    seconds["engine"] = (seconds.pop("check()") - seconds["claims stage (all of the above but rules)"]
                         - seconds.get("cache write", 0.0))
    print(json.dumps({"code": code, "seconds": seconds}))


def _timed_function(real, seconds: dict, stage: str):
    """``real``, adding the seconds each call takes to ``seconds[stage]``."""

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start
    return wrapper


def stages(root: Path, cache: Path) -> dict:
    startup = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    interpreter = time.perf_counter() - startup
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "--stage-run", str(root), str(cache)], capture_output=True,
                          text=True, check=False)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"stage run failed:\n{proc.stderr}")
    seconds = json.loads(proc.stdout)["seconds"]
    return {"wall (subprocess)": wall, "interpreter start": interpreter, **seconds}


STAGE_ORDER = ["interpreter start", "imports", "rules", "read + hash", "cache open + look-up", "extract misses",
               "cache write", "claims stage (all of the above but rules)", "engine", "render json", "write report",
               "main()", "wall (subprocess)"]


# --------------------------------------------------------------------------------------------

def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--stage-run":
        stage_run(sys.argv[2], sys.argv[3])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--stories", type=int, default=8, help="figures per article (default 8)")
    parser.add_argument("--filler", type=int, default=40, help="sentences without figures per article (default 40)")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions of the whole sequence (min/median)")
    parser.add_argument("--keep", metavar="DIR", help="keep the corpus, cache and reports under DIR")
    parser.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage breakdown")
    args = parser.parse_args()
    checker = checker_command()
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="checker-incremental-"))
    root, cache = base / f"corpus-{args.articles}", base / "cache"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    generate(args.articles, root, args.seed, args.stories, args.filler)
    manifest = (root / "sources.toml").read_text(encoding="utf-8")
    mb = sum(p.stat().st_size for p in root.glob("*.txt")) / 1e6
    print(f"corpus: {args.articles} articles, {mb:.2f} MB, {root}")

    times: dict[str, list[float]] = {name: [] for name in ("cold", "no change", "+1 article", "no cache",
                                                           "no cache +1", "article alone")}
    for _ in range(args.repeat):
        remove_article(root, manifest)
        shutil.rmtree(cache, ignore_errors=True)
        times["no cache"].append(run_check(checker, root, base / "nocache.json", "--no-cache"))
        times["cold"].append(run_check(checker, root, base / "cold.json", "--cache-dir", str(cache)))
        times["no change"].append(run_check(checker, root, base / "warm.json", "--cache-dir", str(cache)))
        if (base / "warm.json").read_bytes() != (base / "cold.json").read_bytes():
            sys.exit("the warm report differs from the cold one")
        add_article(root, args.seed, args.stories, args.filler)
        times["+1 article"].append(run_check(checker, root, base / "plus1.json", "--cache-dir", str(cache)))
        times["no cache +1"].append(run_check(checker, root, base / "plus1-nocache.json", "--no-cache"))
        article_alone(root, base / "alone")
        times["article alone"].append(run_check(checker, base / "alone", base / "alone.json", "--no-cache"))
        if (base / "plus1.json").read_bytes() != (base / "plus1-nocache.json").read_bytes():
            sys.exit("the +1 report from the cache differs from a run without it")

    summary = {name: {"min": min(values), "median": statistics.median(values)} for name, values in times.items()}
    print(f"\n{'run':<14} {'min s':>7} {'median s':>9}   ({args.repeat} runs each)")
    for name, figures in summary.items():
        print(f"{name:<14} {figures['min']:>7.2f} {figures['median']:>9.2f}")
    ratio = summary["cold"]["median"] / summary["+1 article"]["median"]
    print(f"\ncold / +1 article = {ratio:.1f}x (median; min: "
          f"{summary['cold']['min'] / summary['+1 article']['min']:.1f}x; target >= 20x); "
          f"cold / no change = {summary['cold']['median'] / summary['no change']['median']:.1f}x")
    bound = summary["cold"]["median"] / summary["article alone"]["median"]
    print(f"bound: checking the new article alone in a fresh process (start-up, rules, extracting it, "
          f"judging and printing its claims) takes {summary['article alone']['median']:.2f} s, so no +1 run "
          f"can beat cold / that = {bound:.1f}x")
    report = {"articles": args.articles, "mb": round(mb, 2), "repeat": args.repeat, "seconds": summary,
              "ratio_cold_over_plus1": round(ratio, 2),
              "bound_cold_over_alone": round(bound, 2)}

    if not args.no_stages:
        runs: dict[str, list[dict]] = {"cold": [], "no change": [], "+1 article": []}
        for _ in range(args.repeat):
            remove_article(root, manifest)
            shutil.rmtree(cache, ignore_errors=True)
            runs["cold"].append(stages(root, cache))
            runs["no change"].append(stages(root, cache))
            add_article(root, args.seed, args.stories, args.filler)
            runs["+1 article"].append(stages(root, cache))
        breakdown = {name: {stage: min(run.get(stage, 0.0) for run in each) for stage in STAGE_ORDER}
                     for name, each in runs.items()}
        print(f"\n{'stage: min seconds over the runs':<42}" + "".join(f"{name:>12}" for name in breakdown))
        for stage in STAGE_ORDER:
            print(f"{stage:<42}" + "".join(f"{run[stage]:>12.3f}" for run in breakdown.values()))
        report["stages"] = breakdown
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
