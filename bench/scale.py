#!/usr/bin/env python3
"""How `checker check` scales: synthetic corpora of N articles, timed at two sizes.

    python bench/scale.py [--sizes 1000 10000] [--seed 7] [--keep DIR] [--json OUT.json]

Each corpus is generated from templates: "stories" (a metric for a country and period, with a
true value) are told by several articles each, in varied wording; most articles state the true
value (or one within the metric's tolerance), and one article in every tenth story states a value
far from it: a planted conflict. The number of stories grows with N, so each story has about the
same number of articles at every size, as in a real corpus that grows by covering more events.
Filler sentences without figures make the articles article-sized (about 2 kB).

For each size the script writes the corpus to a temporary folder, runs
`checker check DIR --format json --fail-on never` as a subprocess (wall-clock time; peak memory =
the child's maximum resident set size), and counts the planted conflicts recovered: a conflict
finding that holds the planted claim. Prints one row per size and the time ratio of the largest
to the smallest size next to the size ratio (linear = the same ratio).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COUNTRIES = ["El Salvador", "Guatemala", "Honduras", "Nicaragua", "Costa Rica", "Panama", "Belize", "Mexico",
             "Colombia", "Venezuela", "Ecuador", "Brazil", "Cuba", "Haiti", "Canada", "Spain"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# Each metric: how a story's period is written, a true-value generator, and sentence templates.
METRICS = {
    "homicide_rate": {
        "period": "year",
        "value": lambda rng: round(rng.uniform(5, 90), 1),
        "templates": [
            "{place} recorded a murder rate of {value} per 100,000 people in {period}.",
            "In {period}, the homicide rate in {place} was {value} per 100,000 inhabitants.",
            "{place}'s murder rate stood at {value} per 100,000 residents in {period}, officials said.",
        ],
    },
    "homicides": {
        "period": "month",
        "value": lambda rng: rng.randrange(40, 900),
        "templates": [
            "Police in {place} counted {value} murders in {period}.",
            "In {period}, {value} people were killed in {place}.",
            "{place} registered {value} homicides in {period}, according to the national police.",
        ],
    },
    "deportations": {
        "period": "year",
        "value": lambda rng: rng.randrange(1000, 90000),
        "templates": [
            "The United States deported {value} people to {place} in {period}.",
            "In {period}, {value} migrants were deported to {place}.",
            "Authorities deported {value} people to {place} in {period}, official data show.",
        ],
    },
}
FILLER = [
    "Residents described a climate of fear in the neighbourhoods on the edge of the capital.",
    "The ministry did not respond to a request for comment.",
    "Human rights groups have criticised the government's approach for years.",
    "Analysts say the figures are only part of the picture.",
    "Many families have left their homes for safer towns in the north.",
    "The president defended the policy in a televised address.",
    "Local journalists have documented similar cases across the region.",
    "Aid organisations warn that the situation could worsen without new funding.",
    "Opposition lawmakers called for an independent inquiry.",
    "Community leaders asked for more schools and clinics rather than more patrols.",
]


def story_sentence(rng: random.Random, metric: str, value: float, period: str, place: str | None = None) -> str:
    """One figure told in one of its metric's templates ("9,800" for counts), about ``place`` or,
    when not given, a country drawn after the template."""
    shown = f"{value:,}" if isinstance(value, int) else f"{value}"
    template = rng.choice(METRICS[metric]["templates"])
    return template.format(place=place or rng.choice(COUNTRIES), value=shown, period=period)


def write_article(path: Path, sentences: list[str]) -> None:
    """The sentences as an article: paragraphs of three."""
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def manifest_entry(name: str, published: str) -> str:
    """A generated article's sources.toml entry."""
    return f'[[source]]\nfile = "{name}"\npublisher = "Synthetic Daily"\npublished = "{published}"\n'


def generate(n_articles: int, root: Path, seed: int, stories_per_article: int = 2,
             filler: int = 8) -> list[tuple[str, float]]:
    """Write ``n_articles`` articles and sources.toml under ``root``; return the planted conflicts
    as (file name, stated value). Each article tells ``stories_per_article`` stories among
    ``filler`` sentences: the defaults make short articles (about 1 kB); 8 and 40 make
    news-sized ones (about 3.2 kB with 8 figures, a short news story)."""
    rng = random.Random(seed)
    per_story = 4
    stories = []
    keys = set()
    while len(stories) < max(1, n_articles * stories_per_article // per_story):
        metric = rng.choice(sorted(METRICS))
        place = rng.choice(COUNTRIES)
        year = rng.randrange(1980, 2024)
        month = rng.randrange(12) if METRICS[metric]["period"] == "month" else None
        if (metric, place, year, month) in keys:
            continue
        keys.add((metric, place, year, month))
        stories.append({"metric": metric, "place": place, "year": year, "month": month,
                        "value": METRICS[metric]["value"](rng), "planted": len(stories) % 10 == 0, "told": 0})
    # Each article tells `stories_per_article` stories; each story is told by about `per_story` articles.
    slots = [i for i, _ in enumerate(stories) for _ in range(per_story)]
    rng.shuffle(slots)
    planted: list[tuple[str, float]] = []
    manifest = []
    for a in range(n_articles):
        name = f"article_{a:05d}.txt"
        k = stories_per_article
        story_ids = slots[k * a: k * a + k] or [rng.randrange(len(stories))]
        sentences = rng.choices(FILLER, k=filler // 2)
        for sid in story_ids:
            story = stories[sid]
            value = story["value"]
            if story["planted"] and story["told"] == 1:
                value = round(value * 3, 1) if isinstance(value, float) else value * 3
                planted.append((name, value))
            story["told"] += 1
            period = str(story["year"]) if story["month"] is None else f"{MONTHS[story['month']]} {story['year']}"
            sentences.insert(rng.randrange(len(sentences) + 1),
                             story_sentence(rng, story["metric"], value, period, story["place"]))
        sentences += rng.choices(FILLER, k=filler - filler // 2)
        write_article(root / name, sentences)
        manifest.append(manifest_entry(name, "2024-06"))
    (root / "sources.toml").write_text("\n".join(manifest), encoding="utf-8")
    return planted


def run_check(root: Path, checker: list[str]) -> tuple[float, float, dict]:
    """(seconds, peak MB of the child, report) for one `checker check` run."""
    out = root.parent / "report.json"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run([*checker, "check", str(root), "--format", "json", "--fail-on", "never",
                           "--no-progress", "--output", str(out)], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"checker check failed ({proc.returncode}):\n{proc.stderr}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024, json.loads(out.read_text(encoding="utf-8"))


def recovered(report: dict, planted: list[tuple[str, float]]) -> int:
    claims = {c["id"]: c for c in report["claims"]}
    hits = set()
    for finding in report["findings"]:
        if finding["kind"] != "conflict":
            continue
        for cid in finding["claims"]:
            c = claims[cid]
            hits.add((c["source"].rsplit("/", 1)[-1], c["value"]["point"]))
    return sum(1 for name, value in planted if (name, value) in hits)


def checker_command() -> list[str]:
    beside = Path(sys.executable).with_name("checker")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("checker")
    return [found] if found else [sys.executable, "-m", "checker"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", metavar="DIR", help="keep the generated corpora under DIR")
    parser.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    args = parser.parse_args()
    checker = checker_command()
    rows = []
    print(f"{'articles':>9} {'MB':>6} {'claims':>8} {'findings':>9} {'conflicts':>10} {'seconds':>8} {'peak MB':>8} "
          f"{'planted conflicts found':>24}")
    for size in args.sizes:
        base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="checker-scale-"))
        root = base / f"corpus-{size}"
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        planted = generate(size, root, args.seed)
        mb = sum(p.stat().st_size for p in root.glob("*.txt")) / 1e6
        seconds, peak, report = run_check(root, checker)
        found = recovered(report, planted)
        conflicts = report["summary"]["conflict"]
        rows.append({"articles": size, "mb": round(mb, 2), "claims": len(report["claims"]),
                     "findings": len(report["findings"]), "conflicts": conflicts, "seconds": round(seconds, 2),
                     "peak_mb": round(peak), "planted": len(planted), "recovered": found})
        print(f"{size:>9} {mb:>6.1f} {len(report['claims']):>8} {len(report['findings']):>9} {conflicts:>10} "
              f"{seconds:>8.1f} {peak:>8.0f} {found:>13} / {len(planted)}")
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    if len(rows) > 1:
        small, large = rows[0], rows[-1]
        print(f"time ratio {large['seconds'] / small['seconds']:.1f}x for {large['articles'] / small['articles']:.0f}x "
              f"the articles (linear = equal ratios)")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
