"""The check registry (checker.checks): one module per check, named after its id."""
from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from checker import lang
from checker.checks import CHECKS, parts_whole, share
from checker.checks.context import Context
from checker.model import Claim, Source
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


# --------------------------------------------------------------------------- words from the language pack


def _pack_with(tmp_path, **tables):
    """A copy of the English pack with some arithmetic tables replaced."""
    folder = tmp_path / "en"
    shutil.copytree(lang.HERE / "en", folder)
    path = folder / "arithmetic.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) | tables
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return lang.read_pack(folder)


def test_the_arithmetic_checks_read_their_words_from_the_pack(tmp_path):
    pack = _pack_with(tmp_path, part_cues=["counting"], exhaustive_cues=["all told"], share_links=["out of"])
    words = parts_whole.grammar(pack)
    assert words.including.search("Rescuers saved 400 people, counting ")
    assert not words.including.search("Rescuers saved 400 people, including ")
    assert words.exhaustive.search("300 in the north and 100 in the south, all told.")
    assert not words.exhaustive.search("300 in the north and the rest in the south.")
    assert share.grammar(pack).search("4 percent out\n of ")  # a space in a link matches any whitespace
    assert not share.grammar(pack).search("4 percent of the ")
    english = lang.load(lang.DEFAULT)
    assert parts_whole.grammar(english).including.search("Rescuers saved 400 people, among them ")
    assert share.grammar(english).search("9 percent of\nthe ")


def test_each_source_is_checked_with_its_own_language_pack():
    rules = load_rules([default_pack()])
    sources = [Source("a.txt", language="en-GB"), Source("b.txt"), Source("c.txt", language="xx")]
    ctx = Context.build([], sources, rules)
    assert {ctx.pack(path).code for path in ("a.txt", "b.txt", "c.txt", "unknown.txt")} == {"en"}
    assert ctx.language == {"a.txt": "en", "b.txt": "en", "c.txt": "xx"}


def test_an_attribution_names_its_entity_with_or_without_a_leading_article():
    rules = load_rules([default_pack()])
    ctx = Context.build([], [Source("a.txt")], rules)
    ctx.canonical["harbour gazette"] = "The Harbour Gazette"

    def origin(attribution: str) -> str | None:
        claim = Claim(id="x", source="a.txt", line=1, column=1, start=0, end=1, sentence="", text="", kind="event",
                      metric=None, subject=(), attribution=attribution, value=None, unit=None, noun=None,
                      change=None, time=None)
        return ctx.origin(claim)

    assert origin("the Harbour Gazette") == origin("Harbour Gazette") == "The Harbour Gazette"
    assert origin("a Harbour Gazette") == "a Harbour Gazette"  # "a" is not a leading article of a name
    assert origin("Rivertown Courier") == "Rivertown Courier"
