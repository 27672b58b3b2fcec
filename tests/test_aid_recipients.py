"""Money given or asked for is about the places it is for, not the donor (binding.recipient.only);
a figure of all of a region's members together is the region's (checks.context.places); a request
for a year still ahead is no projection (a metric's ``planned``). Every sentence here is written for
these tests, with invented figures."""
from __future__ import annotations

import pytest

import checker
from tests.conftest import figure, subject_basis, write_corpus
from tests.conftest import one_article_claims as claims


def test_a_sum_bound_to_its_sentence_is_for_the_places_the_money_goes_to(tmp_path, rules):
    found = claims(tmp_path, "Washington approved $610 million for Guatemala, El Salvador and Honduras in fiscal "
                             "year 2021, short of the $800 million the White House had sought.\n", rules=rules)
    subject, basis = subject_basis(figure(found, "$800 million"))
    assert "United States" not in subject and "Washington" not in subject
    assert {"Guatemala", "El Salvador", "Honduras"} <= set(subject) and basis == "phrase"


def test_an_institution_named_after_the_places_receives_for_them(tmp_path, rules):
    found = claims(tmp_path, "El Congreso de Estados Unidos aún estudia una solicitud de US$820 millones para el "
                             "año fiscal 2021, destinada al Fondo para el Desarrollo de Guatemala, Honduras y El "
                             "Salvador.\n", rules=rules, language="es")
    assert set(figure(found, "US$820 millones").subject) == {"Guatemala", "Honduras", "El Salvador",
                                                              "Northern Triangle"}


def test_money_of_a_place_of_its_own_keeps_it(tmp_path, rules):
    found = claims(tmp_path, "Washington gave $30 million to Guatemala and $20 million to Honduras in fiscal year "
                             "2021.\n", rules=rules)
    assert figure(found, "$20 million").subject == ("Honduras",)


def _check(tmp_path, articles: dict[str, tuple[str, str, str]]):
    manifest = "\n".join(f'[[source]]\nfile = "{name}"\npublished = "{day}"\nlanguage = "{language}"\n'
                         for name, (language, day, _) in articles.items())
    folder = write_corpus(tmp_path / "c", {name: text + "\n" for name, (_, _, text) in articles.items()}, manifest)
    return checker.check([folder])


def test_a_request_for_a_region_and_for_its_members_is_one_quantity_before_and_after_its_year(tmp_path):
    result = _check(tmp_path, {
        "a.txt": ("es", "2020-03-02", "Para el año fiscal 2021, el Congreso estadounidense aprobó US$610 millones "
                                      "para el Triángulo Norte, 190 millones menos que los US$800 millones que había "
                                      "pedido el presidente."),
        "b.txt": ("en", "2022-05-10", "Washington approved $610 million for Guatemala, El Salvador and Honduras in "
                                      "fiscal year 2021, short of the $800 million the White House had sought.")})
    agreed = [{c.text for c in f.claims} for f in result.findings if f.metric == "aid_request" and f.kind == "agreement"]
    assert {"US$800 millones", "$800 million"} in agreed


def test_aid_set_aside_for_a_fiscal_year_under_way_is_no_projection(tmp_path):
    result = _check(tmp_path, {
        "a.txt": ("en", "2019-05-02", "Congress set aside about $31 million for Belize in fiscal 2019."),
        "b.txt": ("en", "2021-02-11", "The United States provided $33 million to Belize in fiscal 2020, up from $31 "
                                      "million in fiscal 2019.")})
    agreed = [{c.text for c in f.claims} for f in result.findings if f.metric == "security_aid" and f.kind == "agreement"]
    assert {"about $31 million", "$31 million"} in agreed


@pytest.mark.parametrize(("text", "title"), [
    # the donor named before the aid's noun is not where the money goes
    ("Guatemala was set to receive $212 million in U.S. assistance in fiscal 2020.\n", None),
    # a sentence that opens on a place before a comma puts it in focus: "the country" is that one
    ("WASHINGTON — The State Department said it would release part of the frozen money.\n\nFor Guatemala, the cuts "
     "are already visible. The country was set to receive $212 million in assistance in fiscal 2020.\n",
     "U.S. releases frozen aid"),
])
def test_the_money_is_the_receivers_not_the_donors(tmp_path, rules, text, title):
    assert figure(claims(tmp_path, text, title=title, rules=rules), "$212 million").subject == ("Guatemala",)
