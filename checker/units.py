"""Units: recognise unit words and currency marks in tokens, and convert to canonical units.

Recognition uses phrase tables built once from the language pack's units.yaml (dict look-ups,
longest phrase first). Conversion factors of the pack's units come from data/conversions.yaml, pint's own
answers written down (``write_conversions``; a test keeps the file in step with units.yaml and
pint): building pint's registry costs half a second to a second per process. Only an expression
missing from that file goes to pint, once per distinct expression.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from checker import lang
from checker.tokens import NUM, SYM, WORD, Token, joined, lowers, texts


@dataclass(frozen=True, slots=True)
class Unit:
    name: str  # as stated: "mile", "percentage", "dollar"
    kind: str  # length | money | percent | duration | age | ...
    pint: str | None = None  # pint expression for conversion
    currency: str | None = None  # ISO code for money
    scale: float = 1.0  # minor currency units: cents are 0.01 dollar
    time: bool = False  # can be the period of a rate ("a month")


@dataclass(frozen=True, slots=True)
class UnitMatch:
    unit: Unit
    end: int  # index of the first token after the unit


CONVERSIONS = Path(__file__).resolve().parent / "data" / "conversions.yaml"

# Canonical unit per kind (DESIGN.md "Canonical units"); others keep pint's own base name.
CANONICAL = {
    "length": "kilometer", "duration": "day", "age": "year", "speed": "kilometer / hour",
    "mass": "kilogram", "area": "kilometer ** 2", "volume": "liter", "power": "kilowatt",
    "energy": "kilowatt_hour", "temperature": "degree_Celsius", "data": "gigabyte",
    "frequency": "hertz", "fuel economy": "kilometer / liter", "pressure": "megapascal",
    "torque": "newton * meter", "data rate": "megabit / second",
}
CANONICAL_NAMES = {
    "kilometer ** 2": "square kilometer", "kilowatt_hour": "kilowatt hour", "degree_Celsius": "celsius",
    "newton * meter": "newton meter",
}


def _key(phrase: str) -> tuple[str, ...]:
    """Tokenise a pack phrase the way sentences are tokenised."""
    from checker.tokens import tokenize

    return tuple(t.text for t in tokenize(phrase))


@cache
def _tables(code: str = lang.DEFAULT) -> dict:
    """The unit and currency phrases of the pack ``code``. A pack names its units by the English
    pack's names ("kilometer", "dollar"): names are ids, so canonical units and conversions are shared."""
    data = lang.load(code)
    after_ci: dict[tuple[str, ...], Unit] = {}  # case-insensitive phrases after a number
    after_cs: dict[tuple[str, ...], Unit] = {}  # exact-case symbols after a number
    prefix: dict[tuple[str, ...], Unit] = {}  # currency marks before a number (exact case)
    for entry in data["units"]:
        unit = Unit(entry["name"], entry["kind"], entry["pint"], time=bool(entry.get("time")))
        for form in entry.get("forms") or ():
            after_ci.setdefault(tuple(p.lower() for p in _key(str(form))), unit)
        for sym in entry.get("symbols") or ():
            after_cs.setdefault(_key(str(sym)), unit)
    for entry in data["percent"]:
        unit = Unit(entry["name"], "percent")
        for form in entry["forms"]:
            after_ci[tuple(p.lower() for p in _key(str(form)))] = unit
    for entry in data["currencies"]:
        unit = Unit(entry["name"], "money", currency=entry["code"], scale=float(entry.get("scale", 1.0)))
        for form in entry.get("words") or ():
            after_ci.setdefault(tuple(p.lower() for p in _key(str(form))), unit)
        for form in entry.get("prefix") or ():
            prefix.setdefault(_key(str(form)), unit)
    # The longest unit phrase starting with each word, and the longest currency mark ending with
    # each: most tokens next to a number start and end neither, and one look-up rules them out.
    longest_from: dict[str, int] = {}
    for key in (*after_cs, *after_ci):
        longest_from[key[0]] = max(longest_from.get(key[0], 0), len(key))
    longest_to: dict[str, int] = {}
    for key in prefix:
        longest_to[key[-1]] = max(longest_to.get(key[-1], 0), len(key))
    # The second words of the phrases of two words or more: most tokens after a phrase's first word
    # ("per", "percent", "$") continue none, and then only the one-word phrase is looked up.
    seconds = frozenset(key[1] for key in (*after_cs, *after_ci) if len(key) > 1)
    return {"ci": after_ci, "cs": after_cs, "prefix": prefix, "longest_from": longest_from,
            "longest_to": longest_to, "seconds": seconds}


def unit_after(tokens: list[Token], j: int, code: str = lang.DEFAULT) -> UnitMatch | None:
    """The unit written at ``tokens[j:]`` (longest phrase), or None.

    A single hyphen joining number and unit is skipped ("125-mile", "6.1-inch").
    """
    n = len(tokens)
    if j >= n:
        return None
    tables = _tables(code)
    if tokens[j].text == "-" and j + 1 < n and joined(tokens[j - 1], tokens[j]) and joined(tokens[j], tokens[j + 1]):
        j += 1
    first = tokens[j]
    if first.kind == NUM:
        return None
    longest_from = tables["longest_from"]
    longest = max(longest_from.get(first.text, 0), longest_from.get(first.lower, 0))
    if not longest:
        return None  # most words start no unit
    longest = min(longest, n - j)
    if longest > 1 and tokens[j + 1].text not in tables["seconds"] and tokens[j + 1].lower not in tables["seconds"]:
        longest = 1  # no phrase of two words or more goes on with the next token
    # the keys of every size cut from the longest one's; most units are one word, whose keys are made directly
    if longest == 1:
        exact, lower = (first.text,), (first.lower,)
    else:
        exact, lower = texts(tokens[j:j + longest]), lowers(tokens[j:j + longest])
    for size in range(longest, 0, -1):
        unit = tables["cs"].get(exact[:size])
        if unit is None:
            unit = tables["ci"].get(lower[:size])
        if unit is None:
            continue
        # a unit word glued to a following letter is part of another word ("ms" in "msg")
        if j + size < n and tokens[j + size].kind == WORD and joined(tokens[j + size - 1], tokens[j + size]):
            continue
        if size == 1 and len(first.text) == 1 and first.kind == WORD and not _symbol_ok(tokens, j):
            continue
        return UnitMatch(unit, j + size)
    return None


def _symbol_ok(tokens: list[Token], j: int) -> bool:
    """One-letter units ("m", "p", "C", "F", "W") only when glued to the number or followed by
    punctuation/end, so that "5 a" or "2 P" are not read as units; a capital symbol also before a
    lowercase word ("35 C on Monday", "a 12 V battery"), where it cannot start a name."""
    prev, tok = tokens[j - 1], tokens[j]
    if joined(prev, tok):
        return True
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is None or nxt.kind == SYM or (tok.text.isupper() and nxt.kind == WORD and nxt.text.islower())


def currency_before(tokens: list[Token], i: int, code: str = lang.DEFAULT) -> tuple[Unit, int] | None:
    """A currency mark ending right before ``tokens[i]`` ("$", "US$", "HK $", "€", "RM"):
    returns the unit and the index of the mark's first token."""
    if i == 0 or i >= len(tokens):  # nothing before the first token; no number after the last ("$9/")
        return None
    mark = tokens[i - 1]
    tables = _tables(code)
    longest = tables["longest_to"].get(mark.text)  # most tokens before a number end no currency mark
    for size in range(min(longest, 3, i), 0, -1) if longest is not None else ():
        unit = tables["prefix"].get((mark.text,) if size == 1 else texts(tokens[i - size:i]))
        if unit is None:
            continue
        if mark.kind == WORD and len(mark.text) < 3 and not joined(mark, tokens[i]):
            continue  # short word marks ("RM", "Rs") are written against the number: "RM79"
        return unit, i - size
    if mark.text == "PS" and joined(mark, tokens[i]) and ("£",) in tables["prefix"] \
            and _looks_like_amount(tokens, i, code):
        return tables["prefix"][("£",)], i - 1  # "£" transliterated to ASCII ("PS6m", "PS21,700"); not "PS5"
    return None


def _looks_like_amount(tokens: list[Token], i: int, code: str) -> bool:
    """A money amount rather than a model number: grouped digits, decimals or a scale suffix."""
    t = tokens[i]
    if "," in t.text or "." in t.text:
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.kind == WORD and joined(t, nxt) and nxt.text in lang.load(code)["scale_suffixes"]


@cache
def _pint_by_name() -> dict[str, str]:
    out: dict[str, str] = {}
    for table in ("ci", "cs"):
        for unit in _tables(lang.DEFAULT)[table].values():
            if unit.pint:
                out.setdefault(unit.name, unit.pint)
    return out


@cache
def _minor_units() -> dict[str, float]:
    return {entry["name"]: float(entry["scale"]) for entry in lang.load(lang.DEFAULT)["currencies"] if "scale" in entry}


def currency_scale(name: str | None) -> float:
    """How many major units one stated unit is: 0.01 for "cent" or "pence", 1 otherwise."""
    return _minor_units().get(name or "", 1.0)


def pint_expression(name: str) -> str | None:
    """The pint expression of a unit by its stated name ("mile" -> "mile"), or None."""
    return _pint_by_name().get(name)


@cache
def _registry():
    import pint

    return pint.UnitRegistry(cache_folder=None)


@cache
def conversion(pint_expr: str, kind: str) -> tuple[str, float, float]:
    """(canonical unit name, factor, offset) turning a value in ``pint_expr`` into canonical."""
    if kind not in CANONICAL:
        return pint_expr, 1.0, 0.0
    known = conversions().get(pint_expr)
    if known is not None:  # a pack unit: pint's answer, written down
        name, factor, offset = known.get(kind, (pint_expr, 1.0, 0.0))
        return name, factor, offset
    return pint_conversion(pint_expr, kind)


def pint_conversion(pint_expr: str, kind: str) -> tuple[str, float, float]:
    """``conversion`` computed by pint."""
    target = CANONICAL.get(kind)
    if target is None:
        return pint_expr, 1.0, 0.0
    ureg = _registry()
    try:
        zero = ureg.Quantity(0.0, pint_expr).to(target).magnitude
        one = ureg.Quantity(1.0, pint_expr).to(target).magnitude
    except Exception:  # an expression pint cannot convert keeps its own name
        return pint_expr, 1.0, 0.0
    return CANONICAL_NAMES.get(target, target), one - zero, zero


def conversion_table() -> dict[str, dict[str, list]]:
    """For each pint expression of units.yaml, pint's conversion to each canonical kind it
    converts to (the kinds it cannot convert to are left out: those keep the expression)."""
    table: dict[str, dict[str, list]] = {}
    for expr in sorted({entry["pint"] for entry in lang.load(lang.DEFAULT)["units"] if entry.get("pint")}):
        table[expr] = {kind: [found[0], float(found[1]), float(found[2])] for kind in sorted(CANONICAL)
                       if (found := pint_conversion(expr, kind)) != (expr, 1.0, 0.0)}  # numpy floats too
    return table


@cache
def conversions() -> dict:
    """pint's conversion of each unit of the language packs to each canonical unit it converts to
    (data/conversions.yaml, written by ``write_conversions``)."""
    import yaml

    return yaml.load(CONVERSIONS.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def write_conversions() -> None:
    """Rewrite data/conversions.yaml after units.yaml (or pint) changes."""
    import yaml

    header = ("# pint's conversion of each unit of units.yaml to checker's canonical unit of each kind it\n"
              "# converts to: [canonical unit, factor, offset]. Generated: checker.units.write_conversions().\n")
    text = yaml.safe_dump(conversion_table(), sort_keys=True, default_flow_style=None, width=100)
    CONVERSIONS.write_text(header + text, encoding="utf-8")
