#!/usr/bin/env python3
"""Fault trials: a damaged cache, concurrent runs, and kill -9 in the middle of writing.

    python bench/faults.py [--articles 300] [--kills 20] [--pairs 5] [--seed 7] [--json OUT.json] [--checker CMD]

Generates a synthetic corpus with bench/scale.py's generator and takes, as the reference, the
JSON report of `checker check CORPUS --format json --fail-on never --no-cache`. Every trial runs
checker as a subprocess and compares its report with the reference byte for byte:

1. cache faults — a warm cache (``--cache-dir``) is then corrupted (random bytes written over its
   middle), truncated to half, replaced by an empty file, replaced by text, or made read-only
   (files 0444, folder 0555; as root, whose writes permissions do not stop, also ``chattr +i``,
   which stops root too). Each run must give a warning on stderr and the reference report, and
   so must the run after it (the cache rebuilt, or still refused).
2. concurrency — two runs started together on one empty cache folder, then two on the warm
   cache (``--pairs`` times): both reports are the reference.
3. kill -9 — ``--kills`` times each: `check --output FILE` over a previous FILE, `baseline
   --output FILE` over a previous FILE, and a cached `check` on an empty cache, each killed with
   SIGKILL after a random delay (half of them anywhere up to 1.2× the time the command takes,
   half in its last 15 %, where the report is written and the cache committed). FILE must then be the
   old file or the new one, whole; the cache must give the reference report on the next run.
   Counts the temporary files (``.*.tmp``) left beside FILE or the cache right after the kill,
   and after the next run of the same command (which removes those of processes that are gone).

Prints one line per trial kind and exits 1 if any trial failed.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale import checker_command, generate  # bench/scale.py: the corpus generator

CACHE_FILE = "claims.sqlite3"


class Trials:
    """Runs checker over one corpus and compares each report with the reference."""

    def __init__(self, root: Path, work: Path, checker: list[str]):
        self.root, self.work, self.checker = root, work, checker
        self.reference = self.check("--no-cache").stdout
        self.baseline = self.run("baseline", str(root), "--no-cache", "--output", str(work / "b.json")).returncode
        self.baseline_text = (work / "b.json").read_text(encoding="utf-8")

    def command(self, *argv: str) -> list[str]:
        return [*self.checker, *argv]

    def run(self, *argv: str) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(*argv), capture_output=True, text=True, cwd=self.work)

    def check(self, *options: str) -> subprocess.CompletedProcess:
        return self.run("check", str(self.root), "--format", "json", "--fail-on", "never", "--no-progress", *options)

    def fresh(self, name: str) -> Path:
        folder = self.work / name
        shutil.rmtree(folder, ignore_errors=True)
        return folder


# --------------------------------------------------------------------------- cache faults

def _corrupt(path: Path, rng: random.Random) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 3)
        fh.write(rng.randbytes(min(8192, size // 3)))


def _truncate(path: Path, rng: random.Random) -> None:
    os.truncate(path, path.stat().st_size // 2)


def _empty(path: Path, rng: random.Random) -> None:
    path.write_bytes(b"")


def _text(path: Path, rng: random.Random) -> None:
    path.write_text("not a database\n", encoding="utf-8")


def _read_only(path: Path, rng: random.Random) -> None:
    items = list(path.parent.iterdir())
    for item in items:
        item.chmod(0o444)
    path.parent.chmod(0o555)
    if os.geteuid() == 0:  # root writes through permissions: make the files and folder immutable
        subprocess.run(["chattr", "+i", *map(str, items), str(path.parent)], check=True)


def _writable(folder: Path) -> None:
    if os.geteuid() == 0 and shutil.which("chattr"):
        subprocess.run(["chattr", "-i", str(folder), *map(str, folder.iterdir())], capture_output=True)
    folder.chmod(0o755)
    for item in folder.iterdir():
        item.chmod(0o644)


FAULTS = {"corrupted": _corrupt, "truncated": _truncate, "empty file": _empty, "text file": _text,
          "read-only": _read_only}


def cache_faults(t: Trials, rng: random.Random) -> list[dict]:
    rows = []
    for name, fault in FAULTS.items():
        cache = t.fresh("cache-" + name.replace(" ", "-"))
        warm = t.check("--cache-dir", str(cache))
        fault(cache / CACHE_FILE, rng)
        first = t.check("--cache-dir", str(cache))
        second = t.check("--cache-dir", str(cache))
        rows.append({"fault": name, "warm": warm.stdout == t.reference,
                     "identical": first.stdout == t.reference and second.stdout == t.reference,
                     "warned": "warning" in first.stderr, "exit": [first.returncode, second.returncode],
                     "stderr": first.stderr.strip().splitlines()[-1:]})
        _writable(cache)
    return rows


# --------------------------------------------------------------------------- concurrency

def concurrency(t: Trials, pairs: int) -> list[dict]:
    rows = []
    for i in range(pairs):
        cache = t.fresh(f"cache-pair-{i}")
        for state in ("cold", "warm"):
            argv = t.command("check", str(t.root), "--format", "json", "--fail-on", "never", "--no-progress",
                             "--cache-dir", str(cache))
            procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=t.work)
                     for _ in range(2)]
            outs = [p.communicate() for p in procs]
            rows.append({"pair": i, "state": state, "identical": all(o == t.reference for o, _ in outs),
                         "exit": [p.returncode for p in procs], "stderr": [e.strip()[-200:] for _, e in outs if e]})
    return rows


# --------------------------------------------------------------------------- kill -9

def _leftovers(folder: Path) -> int:
    return len(list(folder.glob(".*.tmp"))) if folder.is_dir() else 0


def _timed(argv: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, capture_output=True, cwd=cwd, check=False)
    return time.perf_counter() - start


def _kill_after(argv: list[str], cwd: Path, delay: float) -> bool:
    """Start ``argv``, SIGKILL it after ``delay`` seconds; True when the kill came before its end."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def kills(t: Trials, rng: random.Random, n: int) -> list[dict]:
    rows = []
    out_dir = t.work / "out"
    out_dir.mkdir(exist_ok=True)
    report, baseline, cache = out_dir / "report.json", out_dir / "baseline.json", t.work / "cache-killed"
    old = '{"old": "a previous report"}\n'
    modes = {
        "check --output": (t.command("check", str(t.root), "--format", "json", "--fail-on", "never", "--no-progress",
                                     "--no-cache", "--output", str(report)), report, t.reference),
        "baseline --output": (t.command("baseline", str(t.root), "--no-progress", "--no-cache", "--output",
                                        str(baseline)), baseline, t.baseline_text),
        "cached check": (t.command("check", str(t.root), "--format", "json", "--fail-on", "never", "--no-progress",
                                   "--cache-dir", str(cache)), None, t.reference),
    }
    for mode, (argv, target, new) in modes.items():
        times = []
        for _ in range(2):  # the first run also warms the file cache
            if target is None:
                shutil.rmtree(cache, ignore_errors=True)  # a cached run is timed cold, as it is killed
            times.append(_timed(argv, t.work))
        full = min(times)
        row = {"mode": mode, "kills": 0, "finished first": 0, "broken": 0, "tmp after kill": 0,
               "tmp after next run": 0, "next run identical": 0, "seconds": round(full, 2)}
        for _ in range(n):
            if target is None:
                shutil.rmtree(cache, ignore_errors=True)
            else:
                target.write_text(old, encoding="utf-8")
            delay = rng.uniform(0.0, 1.2 * full) if rng.random() < 0.5 else rng.uniform(0.85 * full, full)
            killed = _kill_after(argv, t.work, delay)
            row["kills" if killed else "finished first"] += 1
            folder = cache if target is None else out_dir
            row["tmp after kill"] += _leftovers(folder)
            if target is not None:
                text = target.read_text(encoding="utf-8") if target.exists() else None
                row["broken"] += text not in (old, new)
            after = subprocess.run(argv, capture_output=True, text=True, cwd=t.work)
            produced = after.stdout if target is None else target.read_text(encoding="utf-8")
            row["next run identical"] += produced == new
            row["tmp after next run"] += _leftovers(folder)
        rows.append(row)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--kills", type=int, default=20, help="kill -9 trials per mode")
    parser.add_argument("--pairs", type=int, default=5, help="pairs of concurrent runs")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it")
    parser.add_argument("--checker", metavar="CMD", help="the checker command to try (default: the one beside "
                                                         "this Python, else on PATH)")
    parser.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="checker-faults-"))
    root = work / "corpus"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    generate(args.articles, root, args.seed)
    t = Trials(root, work, args.checker.split() if args.checker else checker_command())
    figures = {"articles": args.articles, "cache faults": cache_faults(t, rng),
               "concurrency": concurrency(t, args.pairs), "kill -9": kills(t, rng, args.kills)}
    ok = True
    print(f"corpus: {args.articles} generated articles; reference: check --no-cache, "
          f"{len(t.reference):,} bytes of JSON")
    for row in figures["cache faults"]:
        good = row["identical"] and row["warned"] and row["warm"]
        ok &= good
        print(f"cache {row['fault']:<11} warning: {'yes' if row['warned'] else 'NO '}  report identical (this run and "
              f"the next): {'yes' if row['identical'] else 'NO'}  exit {row['exit']}"
              f"{'' if good else '  ' + ' '.join(row['stderr'])}")
    same = sum(r["identical"] for r in figures["concurrency"])
    ok &= same == len(figures["concurrency"])
    print(f"concurrent pairs on one cache: {same}/{len(figures['concurrency'])} pairs both identical "
          f"({args.pairs} cold, {args.pairs} warm)")
    for row in figures["kill -9"]:
        trials = row["kills"] + row["finished first"]
        good = not row["broken"] and row["next run identical"] == trials and not row["tmp after next run"]
        ok &= good
        print(f"kill -9 {row['mode']:<18} {row['kills']:>3} killed ({row['finished first']} finished first, "
              f"run {row['seconds']} s): broken files {row['broken']}, .tmp left by the kill "
              f"{row['tmp after kill']}, after the next run {row['tmp after next run']}, next run identical "
              f"{row['next run identical']}/{trials}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
