"""No stage imports a later one: the pipeline's order, read from the modules' own imports.

Each module of the outer house has a stage; a module may import modules of its own stage or of
earlier ones, never of a later one (a late import inside a function counts too). A module of
checker that is not listed here is not checked (the grammar stages list only their entry points)."""
from __future__ import annotations

import ast
from pathlib import Path

import checker

PACKAGE = Path(checker.__file__).resolve().parent  # tests of another tree: set PACKAGE

# Stages in pipeline order; a module name ending in "." stands for every module of that package.
STAGES = [
    ["checker", "checker.errors", "checker.patterns", "checker.lang", "checker.fingerprints", "checker.model",
     "checker.printable", "checker.atomic",
     "checker.limits", "checker.regexrisk"],
    ["checker.corpus.", "checker.corpus", "checker.yamlnodes", "checker.rulekinds", "checker.ruleexplain",
     "checker.ruleset"],
    ["checker.text", "checker.tokens", "checker.units", "checker.numbers.", "checker.numbers", "checker.timex",
     "checker.binding.", "checker.binding", "checker.claims"],
    ["checker.extract", "checker.store", "checker.examples"],
    ["checker.checks.", "checker.checks"],
    ["checker.engine", "checker.copies"],
    ["checker.baseline", "checker.suppressions"],
    ["checker.pipeline"],
    ["checker.diff", "checker.report.", "checker.report"],
    ["checker.config", "checker.completion", "checker.scaffold", "checker.progress", "checker.cli", "checker.__main__"],
]


def stage_of(module: str) -> int | None:
    for rank, names in enumerate(STAGES):
        for name in names:
            if module == name or (name.endswith(".") and module.startswith(name)):
                return rank
    return None


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str) -> bool:
    path = PACKAGE.parent / name.replace(".", "/")
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imports(path: Path, name: str) -> set[str]:
    """The checker modules ``path`` imports, anywhere in it (``from checker import x`` names x)."""
    package = (name if path.name == "__init__.py" else name.rpartition(".")[0]).split(".")
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))
            found.update(f"{base}.{alias.name}" if is_module(f"{base}.{alias.name}") else base for alias in node.names)
    return {m for m in found if m == "checker" or m.startswith("checker.")}


def test_no_stage_imports_a_later_one():
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = module_name(path)
        rank = stage_of(name)
        if rank is None:
            continue
        for imported in sorted(imports(path, name)):
            other = stage_of(imported)
            if other is not None and other > rank:
                upward.append(f"{name} (stage {rank}) imports {imported} (stage {other})")
    assert upward == [], "\n".join(upward)


def test_the_stages_cover_the_outer_house():
    outer = ["extract", "store", "engine", "pipeline", "baseline", "suppressions", "fingerprints", "ruleset",
             "corpus", "cli", "config", "diff"]
    assert all(stage_of(f"checker.{name}") is not None for name in outer)
