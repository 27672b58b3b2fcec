"""Fuzzing the extraction: generated texts, hostile and ordinary, run through the whole per-file
path (decode, front matter, sentences, numbers, times, claims) to find crashes and super-linear
cost.

    python bench/fuzz.py                     # 20,000 inputs + the growth table (a minute or two)
    python bench/fuzz.py --count 1000000     # the full run (-j workers; default: every core)
    python bench/fuzz.py --growth-only

It reports: crashes (generator, seed, exception, the input's first bytes), the slowest inputs
per byte, and for each generator the growth ratio — the time for an input 4x as long over the
time for the shorter one (linear cost gives about 4; the bar is at most 6). Every input is made
from (generator, seed) alone, so a crash is reproduced with ``--replay GENERATOR:SEED``.
"""
from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.cli import line_quantities
from checker.corpus import RawSource
from checker.extract import extract_source
from checker.ruleset import default_pack, load_rules

# Words of ordinary news text, written for the fuzzer: figures, units, qualifiers, places, times.
_WORDS = ("the police said more than about nearly at least fewer than some people were killed in "  # noqa: SIM905
          "arrested deported since and but while whereas rose fell percent per cent million billion "
          "thousand half a third of dollars $ £ € US$ Rs km miles mph a month a year per 100,000 "
          "Freedonia Sylvania Ruritania Mexico Honduras 2019 2020 March 27 last year the previous year "
          "January between to from through tens of thousands hundreds dozens one two three twelve").split()
_PUNCT = list(".,;:!?-–—/()[]{}\"'“”…")
_ODD = ["\u200f", "\u200e", "\u202e", "\x00", "\ufeff", "\u0663", "\u096b", "\uff15", "\u00a0", "\t", "\r",
        "\u2028", "\x1b[31m", "٫", "¹", "½", "Ⅻ", "𝟓", "e", "E", "%", "‰", "#", "*", "_", "~", "|", "\\"]
_QUALIFIERS = ("more than", "about", "nearly", "at least", "almost", "up to", "over", "some")
_FRONT_VALUES = ("x", "[a, [b, [c]]]", "{a: 1}", "2020-01-01", "!!binary aGk=", "&a [1, *a]", "*nope", "~",
                 "1e999", "'''", "|\n  block", "- 1\n- 2", "? x\n: y", "\"\\x00\"", "2020-13-45", "[" * 50)


def _joined(size: int, piece: Callable[[], str]) -> str:
    """Pieces joined by spaces until ``size`` characters, cut there."""
    out, n = [], 0
    while n < size:
        out.append(piece())
        n += len(out[-1]) + 1
    return " ".join(out)[:size]


def _news(rng: random.Random, size: int) -> str:
    def piece() -> str:
        r = rng.random()
        return (rng.choice(_WORDS) if r < 0.55 else str(rng.randint(0, 10 ** rng.randint(1, 9))) if r < 0.75
                else rng.choice(_PUNCT) if r < 0.93 else rng.choice(_ODD))

    return _joined(size, piece)


def _figures(rng: random.Random, size: int) -> str:
    """A sentence that never ends, dense with figures, places and years (the pairing loops)."""
    return _joined(size, lambda: f"{rng.choice(('Honduras', 'Mexico', 'Freedonia'))} had {rng.randint(1, 9999):,} "
                                 f"people in {rng.randint(1990, 2025)} and")


def _qualified(rng: random.Random, size: int) -> str:
    return _joined(size, lambda: " ".join(rng.choice(_QUALIFIERS) for _ in range(rng.randint(1, 6)))
                   + f" ${rng.randint(1, 99)}/")


def _runs(chars: str) -> Callable[[random.Random, int], str]:
    def make(rng: random.Random, size: int) -> str:
        head = f"Police said {rng.randint(1, 99)} people"
        return (head + rng.choice(chars) * size + "while 6 died in 2019 per 0 people.")[:max(size, len(head))]
    make.__doc__ = f"a run of one of {chars!r}"
    return make


def _nested(rng: random.Random, size: int) -> str:
    depth = size // 2
    return "(" * depth + f"{rng.randint(1, 999)} people" + ")" * depth


def _digits(rng: random.Random, size: int) -> str:
    return "About " + "".join(rng.choice("0123456789,.") for _ in range(size)) + " people died."


def _unicode(rng: random.Random, size: int) -> str:
    return "".join(chr(rng.randint(0, 0x2FFFF)) if rng.random() < 0.3 else rng.choice(_ODD + _PUNCT + [" ", "5"])
                   for _ in range(size)).encode("utf-8", "replace").decode("utf-8", "replace")


def _front_matter(rng: random.Random, size: int) -> str:
    keys = ("title", "publisher", "author", "published", "language", "url", "x", "")
    lines = [f"{rng.choice(keys)}: {rng.choice(_FRONT_VALUES)}" for _ in range(rng.randint(0, 8))]
    body = _news(rng, max(0, size - sum(map(len, lines))))
    return "---\n" + "\n".join(lines) + "\n---\n" + body


GENERATORS: dict[str, Callable[[random.Random, int], str]] = {
    "news": _news, "figures": _figures, "qualified": _qualified, "spaces": _runs(" \t"), "stops": _runs(".!?…"),
    "commas": _runs(",;:"), "nested": _nested, "digits": _digits, "unicode": _unicode, "front-matter": _front_matter,
}
_SUFFIX = {"front-matter": ".md"}

_RULES = None


def _rules():
    global _RULES
    if _RULES is None:
        _RULES = load_rules([default_pack()])
    return _RULES


def run_one(generator: str, seed: int, size: int) -> tuple[float, int, str | None]:
    """Extract one generated input (and read its lines as ``checker quantities`` does):
    (seconds, bytes, the traceback's last line on a crash)."""
    text = GENERATORS[generator](random.Random(seed), size)
    data = text.encode("utf-8", "surrogatepass")
    raw = RawSource(Path("fuzz" + _SUFFIX.get(generator, ".txt")), "fuzz" + _SUFFIX.get(generator, ".txt"), data, {}, "")
    start = time.perf_counter()
    try:
        extract_source(raw, _rules())
        for line in text.splitlines()[:50]:
            line_quantities(line)
    except Exception:  # noqa: BLE001 - a crash is what the fuzzer reports
        return time.perf_counter() - start, len(data), traceback.format_exc().strip().splitlines()[-1]
    return time.perf_counter() - start, len(data), None


def _warm_up() -> None:
    """One input of each generator first, so that lazy loading (rules, compiled patterns, dateparser
    for a written-out date) is not counted as the cost of the first inputs."""
    for name in GENERATORS:
        for size in (200, 2000):
            run_one(name, 0, size)


def _job(args: tuple[str, int, int]) -> tuple[str, int, float, int, str | None]:
    generator, seed, size = args
    return (generator, seed, *run_one(generator, seed, size))


def _jobs(count: int, seed: int):
    rng = random.Random(seed)
    names = sorted(GENERATORS)
    for i in range(count):
        yield names[i % len(names)], seed * 10_000_000 + i, rng.choice((16, 64, 200, 800, 2000))


def crash_hunt(count: int, workers: int, seed: int) -> int:
    crashes, slow, done, started = [], [], 0, time.perf_counter()
    with multiprocessing.Pool(workers, initializer=_warm_up) as pool:
        for generator, s, seconds, size, error in pool.imap_unordered(_job, _jobs(count, seed), chunksize=200):
            done += 1
            if error:
                crashes.append((generator, s, error))
            slow.append((seconds / max(size, 1), generator, s, size, seconds))
            if len(slow) > 2000:
                slow = sorted(slow, reverse=True)[:20]
            if done % 100_000 == 0:
                print(f"  {done:,} inputs, {len(crashes)} crashes, {time.perf_counter() - started:.0f} s", flush=True)
    print(f"{done:,} inputs in {time.perf_counter() - started:.0f} s ({workers} workers): {len(crashes)} crashes")
    for generator, s, error in crashes[:20]:
        print(f"  crash {generator}:{s}: {error}")
    print("slowest per byte:")
    for per_byte, generator, s, size, seconds in sorted(slow, reverse=True)[:5]:
        print(f"  {generator}:{s} {size} bytes {seconds * 1000:.1f} ms ({per_byte * 1e6:.1f} us/byte)")
    return len(crashes)


def growth(size: int, repeats: int = 3) -> bool:
    """Each generator at ``size`` and 4x ``size`` bytes, best of ``repeats``: the ratio of times."""
    ok = True
    print(f"growth, {size:,} -> {4 * size:,} bytes (best of {repeats}); bar: at most 6x")
    for name in sorted(GENERATORS):
        times = [min(run_one(name, 1, n)[0] for _ in range(repeats)) for n in (size, 4 * size)]
        ratio = times[1] / max(times[0], 1e-9)
        ok &= ratio <= 6
        print(f"  {name:13} {times[0] * 1000:8.1f} ms {times[1] * 1000:9.1f} ms  x{ratio:.2f}"
              f"  {times[1] / (4 * size) * 1e6:.2f} us/byte{'' if ratio <= 6 else '  FAIL'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20_000, help="generated inputs to extract (default 20,000)")
    parser.add_argument("-j", "--workers", type=int, default=multiprocessing.cpu_count())
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--size", type=int, default=25_000, help="the shorter input of the growth table, in bytes")
    parser.add_argument("--growth-only", action="store_true")
    parser.add_argument("--replay", metavar="GENERATOR:SEED[:SIZE]", help="run one input and print its traceback")
    args = parser.parse_args(argv)
    if args.replay:
        generator, seed, *size = args.replay.split(":")
        text = GENERATORS[generator](random.Random(int(seed)), int(size[0]) if size else 200)
        print(repr(text[:500]))
        print(run_one(generator, int(seed), int(size[0]) if size else 200))
        return 0
    crashes = 0 if args.growth_only else crash_hunt(args.count, args.workers, args.seed)
    ok = growth(args.size)
    return 1 if crashes or not ok else 0


if __name__ == "__main__":
    sys.exit(main())
