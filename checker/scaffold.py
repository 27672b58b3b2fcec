"""`checker init`: the files a new project starts from — a configuration, a rule folder with one
commented example, and a CI workflow — so that a first run needs no reading of the reference.

Existing files are never overwritten unless asked (``force``): init is safe to run twice.
"""
from __future__ import annotations

from pathlib import Path

from checker.errors import UsageError

RULES_FOLDER = "checker-rules"
EXAMPLE = f"{RULES_FOLDER}/metrics/burglaries.yaml.example"

_CONFIG = """\
# checker's configuration (`checker config` prints every key, its value and where it comes from).
paths = ["{paths}"]              # the folders of articles `checker check` reads by default
rules = ["{rules}"]      # your rule pack, layered over the default one
# exclude = ["drafts", "*.bak.txt"]   # files to leave out (files git ignores are left out already)
# fail-on = "error"               # the lowest finding level that fails a run: error | warning | info | never
# show = "all"                    # what the report lists: conflict | drift | all
# baseline = "reports/baseline.json"   # accepted findings (`checker baseline` writes it)

# [checks]                        # re-level a check for this project: error | warning | info | off
# share = "off"
"""

_EXAMPLE = """\
# An example metric. To use it: rename this file to burglaries.yaml, edit it for your story, and
# run `checker rules test` (its examples must extract as they say). rules/README.md in checker's
# repository has the whole grammar; `checker rules explain metric` prints it. Figures are compared
# only for places checker knows: add your city to an entities file, e.g. entities/my_city.yaml
# (`checker rules explain entities` shows how).
kind: metric
id: burglaries                 # the file's name without .yaml
name: burglaries               # as reports print it
description: Burglaries recorded by the police over a period.
unit: count                    # count | USD | percent | per 100000 | ...
terms: [burglaries]            # phrases that name the figure
nouns: [burglary]              # what is counted, singular
verbs: [burgled]               # verbs near the number that signal it
tolerance: 0.0                 # slack around each figure before comparing (0.05 = 5%)
drift_band: 0.05               # a gap up to this is drift; beyond it, a conflict
granularity: year              # the coarsest period figures are reported over
examples:                      # sentences written for the rule, and the claim each must yield
  - text: "Police recorded 1,300 burglaries in the city in 2022."
    expect: {value: 1300, unit: count, start: 2022-01-01}
counterexamples:               # sentences that must yield no claim of this metric
  - text: "The museum opened 12 new rooms in 2022."
"""

_WORKFLOW = """\
# checker in CI: annotate a pull request where an article contradicts the corpus.
# Replace the install line with where you install checker from.
name: checker
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  consistency:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install checker
        run: pip install "checker @ git+https://github.com/OWNER/checker"
      - name: Check the articles (fails on a new error-level finding)
        run: checker rules test && checker check --format github
"""


def init(folder: Path, paths: str = "articles", force: bool = False) -> list[str]:
    """Write the starter files into ``folder``; the paths written, relative to it. Raises
    UsageError, writing nothing, when one exists already and ``force`` is not given."""
    files = {
        "checker.toml": _CONFIG.format(paths=paths, rules=RULES_FOLDER),
        EXAMPLE: _EXAMPLE,
        ".github/workflows/checker.yml": _WORKFLOW,
    }
    existing = [name for name in files if (folder / name).exists()]
    if existing and not force:
        raise UsageError(f"{', '.join(existing)} already exist{'s' * (len(existing) == 1)}; "
                         "nothing written (--force overwrites)")
    for name, text in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (folder / paths).mkdir(parents=True, exist_ok=True)
    return list(files)
