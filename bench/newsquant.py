#!/usr/bin/env python3
"""Score `checker quantities` on the NewsQuant benchmark (590 news sentences, 904 gold quantities).

    python bench/newsquant.py [--gold NewsQuant.json] [--score score.py] [--output PRED.jsonl]
                              [--errors N] [--breakdown] [--checker CMD]

Runs the `checker quantities` console script as a subprocess, feeding the NewsQuant sentences on
stdin one per line (UTF-8), and scores its JSON lines with the shared scorer
(../shared/bench/newsquant/score.py, also a subprocess), whose table is printed as is. --errors N and
--breakdown are passed through to the scorer; --output keeps the predictions (otherwise they go to a
temporary file that is removed).

The console script is looked up beside the running interpreter (the venv's bin/), then on PATH; if
neither has one, `python -m checker` is used. --checker "CMD ..." overrides it.

Exit status: 0 when both subprocesses succeed (whatever the scores), else the failing subprocess's
status (or 2 when the gold file cannot be read).
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "bench" / "newsquant"
DEFAULT_GOLD = SHARED / "NewsQuant.json"
DEFAULT_SCORER = SHARED / "score.py"


def checker_command() -> list[str]:
    beside = Path(sys.executable).parent / ("checker.exe" if os.name == "nt" else "checker")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("checker")
    if found:
        return [found]
    return [sys.executable, "-m", "checker"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help=f"gold file (default: {DEFAULT_GOLD})")
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORER, help=f"scorer (default: {DEFAULT_SCORER})")
    ap.add_argument("--output", "-o", type=Path, metavar="PRED.jsonl", help="keep the predictions here")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="scorer: list the first N mismatched sentences")
    ap.add_argument("--breakdown", action="store_true", help="scorer: recall by change label and unit")
    ap.add_argument("--checker", metavar="CMD", help="command to run instead of the checker console script")
    args = ap.parse_args(argv)

    try:
        with open(args.gold, encoding="utf-8") as fh:
            sentences = [item["text"] for item in json.load(fh)]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"newsquant.py: cannot read the gold file {args.gold}: {exc}", file=sys.stderr)
        return 2
    # One sentence per line: a line break inside a sentence would split it (the scorer aligns by
    # whitespace-collapsed text, so a space is equivalent).
    stdin = "".join(" ".join(s.splitlines()) + "\n" for s in sentences)

    command = shlex.split(args.checker) if args.checker else checker_command()
    command = [*command, "quantities"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    start = time.perf_counter()
    run = subprocess.run(command, input=stdin.encode("utf-8"), capture_output=True, env=env)
    seconds = time.perf_counter() - start
    if run.stderr:
        sys.stderr.write(run.stderr.decode("utf-8", "replace"))
    if run.returncode != 0:
        print(f"newsquant.py: {shlex.join(command)} exited with status {run.returncode}", file=sys.stderr)
        return run.returncode
    output = run.stdout.decode("utf-8")
    n_lines = len(output.splitlines())
    if n_lines != len(sentences):
        print(f"newsquant.py: warning: {shlex.join(command)} wrote {n_lines} lines for {len(sentences)} "
              "sentences (the scorer counts a missing sentence as nothing predicted)", file=sys.stderr)
    print(f"{shlex.join(command)}: {len(sentences)} sentences in {seconds:.2f} s (process start included)")

    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(output, encoding="utf-8")
        pred_path, cleanup = args.output, None
    else:
        fd, tmp = tempfile.mkstemp(prefix="newsquant-checker-", suffix=".jsonl")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(output)
        pred_path, cleanup = Path(tmp), Path(tmp)

    score = [sys.executable, str(args.score), str(pred_path), "--gold", str(args.gold)]
    if args.errors:
        score += ["--errors", str(args.errors)]
    if args.breakdown:
        score.append("--breakdown")
    try:
        sys.stdout.flush()
        scored = subprocess.run(score)
    finally:
        if cleanup is not None:
            cleanup.unlink(missing_ok=True)
    if scored.returncode != 0:
        print(f"newsquant.py: {shlex.join(score)} exited with status {scored.returncode}", file=sys.stderr)
        return scored.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
