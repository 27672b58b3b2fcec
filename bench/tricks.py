#!/usr/bin/env python3
"""What each speed trick of checker/patterns.py buys: the claim extraction of bench/speed.py's text
(the NewsQuant sentences, one paragraph each, published "2019-06"), with every trick on and with
each switched off, in one process, the modes alternating inside every round so that drift in
machine load hits all alike.

    python bench/tricks.py [--rounds 25] [--copies 3]

Prints, per mode, the median over rounds of (its CPU time / the all-on CPU time of the same
round), then min and median CPU seconds. A trick is kept only where switching it off costs 5% or
more (README, "Speed tricks"). The tricks are switched off from outside, as no user would:

  markers-lower+lead-in-off   boilerplate markers run with re.I over the text, no lead-in literals
  lead-in-off                 markers over the lower-cased text, but no lead-in literals

(AnyCase and AsciiTwin, measured here at 2.6-4% and 0-1%, were removed; docs/development.md.)
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO.parent / "shared" / "bench" / "newsquant" / "NewsQuant.json"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=25)
    ap.add_argument("--copies", type=int, default=3, help="documents of the 590 sentences per round and mode")
    ap.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))
    from checker import text
    from checker.claims import document_claims
    from checker.model import Document, Source
    from checker.ruleset import default_pack, load_rules

    rules = load_rules([default_pack()])
    sentences = [item["text"] for item in json.loads(args.gold.read_text(encoding="utf-8"))]
    docs = [Document(Source(path=f"copy-{i}", published="2019-06", published_from="metadata"), "\n\n".join(sentences))
            for i in range(args.copies)]
    for doc in docs:
        document_claims(doc, rules)  # warm: every regex compiled, every cache filled
    lead_in, lower_ok = text._lead_in_literals, text.lower_case_ok

    def switch(mode: str) -> None:
        text._lead_in_literals = (lambda marker: ()) if "lead-in" in mode else lead_in
        text.lower_case_ok = (lambda p: False) if "markers-lower" in mode else lower_ok
        text._one_of.cache_clear()

    modes = ["all-on", "markers-lower+lead-in-off", "lead-in-off"]
    times: dict[str, list[float]] = {mode: [] for mode in modes}
    for _ in range(args.rounds):
        for mode in modes:
            switch(mode)
            start = time.process_time()
            for doc in docs:
                document_claims(doc, rules)
            times[mode].append(time.process_time() - start)
    switch("all-on")
    print(f"{args.rounds} rounds of {args.copies} x 590 sentences; CPU seconds per round and mode")
    print(f"{'mode':28s} {'cost vs all-on':>15s} {'min s':>8s} {'median s':>9s}")
    for mode in modes:
        ratio = statistics.median(t / base for t, base in zip(times[mode], times["all-on"]))
        print(f"{mode:28s} {100 * (ratio - 1):+14.1f}% {min(times[mode]):8.3f} {statistics.median(times[mode]):9.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
