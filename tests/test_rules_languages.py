"""Issue 16 item 3: rules across languages. A word list of a rule (metric terms, nouns, verbs,
vetoes, subgroups; event objects, verbs; entity aliases) is a plain list, read in every language,
or a mapping {all: [...], en: [...], es: [...]} whose `all` words every language reads and whose
other lists only documents in that language read. Metric ids stay language-neutral."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import figure, make_pack, write_corpus

from checker.binding import matchers
from checker.errors import RuleError
from checker.examples import run_examples
from checker.ruleset import Localized, default_pack, explain, load_rules

METRIC = """kind: metric
id: thefts
name: thefts
unit: count
terms:
  all: [THEFTS-X]
  en: [thefts, burglaries]
  es: [robos, hurtos]
nouns: [theft]
verbs:
  es: [robados]
"""


def _load(tmp_path: Path, files: dict[str, str]):
    return load_rules([make_pack(tmp_path, files)])


def _error(tmp_path: Path, files: dict[str, str]) -> str:
    with pytest.raises(RuleError) as info:
        _load(tmp_path, files)
    return str(info.value)


def test_a_mapping_gives_each_language_its_words(tmp_path):
    rules = _load(tmp_path, {"metrics/thefts.yaml": METRIC})
    metric = rules.metrics["thefts"]
    assert isinstance(metric.terms, Localized)
    assert tuple(metric.terms) == ("THEFTS-X", "thefts", "burglaries", "robos", "hurtos")  # every language's
    assert metric.nouns == ("theft",)  # a plain list is every language's
    assert rules.in_language("en").metrics["thefts"].terms == ("THEFTS-X", "thefts", "burglaries")
    assert rules.in_language("es").metrics["thefts"].terms == ("THEFTS-X", "robos", "hurtos")
    assert rules.in_language("en").metrics["thefts"].verbs == ()
    assert rules.in_language("es").metrics["thefts"].verbs == ("robados",)
    assert rules.in_language("es").metrics["thefts"].nouns == ("theft",)


def test_a_view_is_built_once_and_plain_rules_are_their_own_view(tmp_path):
    rules = _load(tmp_path, {"metrics/thefts.yaml": METRIC})
    assert rules.in_language("es") is rules.in_language("es")
    assert rules.in_language("es").in_language("es") is rules.in_language("es")
    plain = _load(tmp_path / "p", {"metrics/thefts.yaml": "kind: metric\nid: thefts\nname: t\nunit: count\n"
                                                          "terms: [thefts]\n"})
    assert plain.in_language("es") is plain


def test_a_language_without_a_pack_reads_the_default_languages_words(tmp_path):
    rules = _load(tmp_path, {"metrics/thefts.yaml": METRIC})
    assert rules.in_language("xx").metrics["thefts"].terms == ("THEFTS-X", "thefts", "burglaries")


def test_an_unknown_language_is_an_error_at_its_key(tmp_path):
    text = METRIC.replace("  es: [robos, hurtos]", "  sp: [robos, hurtos]")
    message = _error(tmp_path, {"metrics/thefts.yaml": text})
    assert message.startswith("pack/metrics/thefts.yaml:8:3: terms: unknown language 'sp': expected all or the "
                              "code of a language pack (en, es")


@pytest.mark.parametrize("value, message", [
    ("{es: robos}", "pack/metrics/thefts.yaml:5:13: terms.es: expected a list of strings, got 'robos'; "
                    "write [robos] for a one-item list"),
    ("robos", "pack/metrics/thefts.yaml:5:8: terms: expected a list of strings, got 'robos'; "
              "write [robos] for a one-item list"),
    ("{es: [robos, [hurtos]]}", "pack/metrics/thefts.yaml:5:21: terms.es: expected a non-empty string, got a list"),
])
def test_a_bad_shape_is_an_error_naming_the_file_and_key(tmp_path, value, message):
    text = f"kind: metric\nid: thefts\nname: t\nunit: count\nterms: {value}\n"
    assert _error(tmp_path, {"metrics/thefts.yaml": text}).startswith(message)


def test_extends_appends_per_language(tmp_path):
    base = make_pack(tmp_path, {"metrics/thefts.yaml": METRIC}, name="base")
    more = make_pack(tmp_path, {"metrics/thefts.yaml": "kind: metric\nextends: thefts\n"
                                                       "terms: {es: [atracos], en: [thefts]}\nnouns: [hurto]\n"
                                                       "exclude: {es: [robos de autos]}\n"}, name="more")
    rules = load_rules([base, more])
    assert rules.in_language("es").metrics["thefts"].terms == ("THEFTS-X", "robos", "hurtos", "atracos")
    assert rules.in_language("en").metrics["thefts"].terms == ("THEFTS-X", "thefts", "burglaries")
    assert rules.in_language("en").metrics["thefts"].nouns == ("theft", "hurto")
    assert rules.in_language("en").metrics["thefts"].exclude == ()
    assert rules.in_language("es").metrics["thefts"].exclude == ("robos de autos",)


ENTITIES = """kind: entities
id: places
entities:
  - {name: Zembla, type: country, aliases: {all: [ZMB], en: [Zemblan], es: [zemblano, zemblanos]}}
  - {name: Ruritania, type: country, aliases: {es: [Rutenia]}}
"""


def test_entity_aliases_per_language_and_one_alias_one_entity(tmp_path):
    rules = _load(tmp_path, {"entities/places.yaml": ENTITIES})
    index = rules.alias_index()
    assert index["zemblanos"] == index["zemblan"] == index["zmb"] == "Zembla"
    assert index["rutenia"] == "Ruritania"
    [zembla, ruritania] = rules.in_language("es").entities
    assert zembla.aliases == ("ZMB", "zemblano", "zemblanos") and ruritania.aliases == ("Rutenia",)
    assert rules.in_language("en").entities[1].aliases == ()
    clash = ENTITIES.replace("es: [Rutenia]", "es: [Zemblan]")
    assert _error(tmp_path / "b", {"entities/places.yaml": clash}).startswith(
        "pack/entities/places.yaml:5:53: aliases: 'Zemblan' already names 'Zembla' (in pack/entities/places.yaml)")


def test_explain_shows_each_languages_words(tmp_path):
    rules = _load(tmp_path, {"metrics/thefts.yaml": METRIC})
    text = explain("thefts", rules)
    assert "  terms: {all: [THEFTS-X], en: [thefts, burglaries], es: [robos, hurtos]}\n" in text
    assert "  nouns: [theft]\n" in text
    assert "terms: list of strings, or {all | <language code>: list of strings} = []" in explain("metric")


def test_matchers_are_built_per_language(rules):
    english, spanish = matchers.for_rules(rules, "en"), matchers.for_rules(rules, "es")
    assert english is matchers.for_rules(rules) and spanish is matchers.for_rules(rules, "es")
    assert ("homicidios",) in spanish.phrase_roles and ("homicidios",) not in english.phrase_roles
    assert ("homicides",) in english.phrase_roles and ("homicides",) not in spanish.phrase_roles
    assert ("estados", "unidos") in spanish.entity_keys and ("estados", "unidos") not in english.entity_keys
    assert "perro" in spanish.animals and "dog" in english.animals


def _claims(tmp_path: Path, text: str, language: str | None, rules):
    from checker.extract import extract_claims

    meta = f'language = "{language}"\n' if language else ""
    folder = write_corpus(tmp_path / "c", {"a.txt": text},
                          f'[[source]]\nfile = "a.txt"\npublished = "2020-03-01"\n{meta}')
    return extract_claims([folder], rules).claims


def test_a_spanish_article_reads_the_spanish_words_of_the_default_pack(tmp_path, rules):
    found = _claims(tmp_path, "En 2019 Honduras registró 310 homicidios. Ese año Estados Unidos deportó a 4000 "
                              "guatemaltecos. La policía de Honduras hizo 120 capturas en 2018.\n",
                    "es", rules)
    assert figure(found, "310").metric == "homicides" and figure(found, "310").subject == ("Honduras",)
    assert figure(found, "4000").metric == "deportations"
    assert "Guatemala" in figure(found, "4000").subject
    assert figure(found, "120").metric == "arrests"


def test_spanish_vetoes_and_subgroups(tmp_path, rules):
    found = _claims(tmp_path, "En 2019 fueron asesinados 30 agentes de policía en Honduras.\n\n"
                              "En 2019 murieron 12 reos bajo custodia del Estado en Honduras.\n", "es", rules)
    assert figure(found, "30").metric == "police_killed"
    assert figure(found, "12").metric != "homicides"


def test_a_spanish_event(tmp_path, rules):
    found = _claims(tmp_path, "Las pandillas de Honduras firmaron una tregua en 2013.\n", "es", rules)
    [event] = [c for c in found if c.kind == "event"]
    assert event.metric == "truce_reached" and event.time.start.startswith("2013")


def test_spanish_words_are_not_read_in_an_english_article(tmp_path, rules):
    found = _claims(tmp_path, "In 2019 the homicidios of Honduras were 310.\n", None, rules)
    assert figure(found, "310").metric is None


def test_an_example_in_spanish_runs_as_a_spanish_article(tmp_path):
    pack = make_pack(tmp_path, {"metrics/thefts.yaml": METRIC + (
        "examples:\n  - text: \"En 2019 hubo 40 robos en Zembla.\"\n    language: es\n    expect: {value: 40}\n"
        "  - text: \"En 2019 hubo 40 robos en Zembla.\"\n    expect: {value: 40}\n"
        "counterexamples:\n  - text: \"In 2019 there were 40 robos in Zembla.\"\n")})
    count, failures = run_examples(load_rules([default_pack(), pack]))
    assert [f.where for f in failures] == ["pack/metrics/thefts.yaml:16"]  # the one read as English


def test_an_acronym_glued_to_a_currency_sign_names_no_place(rules):
    m = matchers.for_rules(rules, "es")
    text = "Zembla recibió US$40 y $US 30 de EE. UU. en 2019."
    assert [name for _, _, name in matchers.entities(text, matchers.words(text), m)] == ["United States"]


def test_an_event_given_in_one_language_only_states_nothing_in_another(tmp_path):
    pack = make_pack(tmp_path, {"events/fair_opened.yaml": "kind: event\nid: fair_opened\nname: fair opened\n"
                                                           "objects: {en: [trade fair]}\nverbs: {en: [opened]}\n"})
    rules = load_rules([default_pack(), pack])
    text = "The trade fair opened in Zembla in 2019.\n"
    english = [c for c in _claims(tmp_path / "en", text, None, rules) if c.kind == "event"]
    spanish = [c for c in _claims(tmp_path / "es", text, "es", rules) if c.kind == "event"]
    assert [c.metric for c in english] == ["fair_opened"] and spanish == []
