"""The check registry (checker.checks): one module per check, named after its id."""
from __future__ import annotations

from pathlib import Path

from checker.checks import CHECKS
from checker.ruleset import default_pack, load_rules


def test_each_check_module_is_named_after_its_id_and_registered_under_it():
    for check_id, module in CHECKS.items():
        assert module.ID == check_id
        assert Path(module.__file__).stem == check_id.replace("-", "_")
        assert callable(module.blocks) and callable(module.judge)


def test_the_registry_holds_exactly_the_checks_of_the_default_pack():
    rules = load_rules([default_pack()])
    assert sorted(CHECKS) == sorted(rules.checks)
    assert sorted(CHECKS) == sorted(rules.check_docs)
