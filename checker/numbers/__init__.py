"""Number grammar: find the quantities stated in one sentence.

Digits with separators and decimals, number words ("nine", "a dozen", "twenty-eight"), scale words
and suffixes ("48 million", "$1.2bn"), fractions ("half", "a third", "1/16"), vague plurals
("tens of thousands"), ranges ("$300 to $400", "between 5% and 6%", "from 13.5 to 14.0 mm"),
qualifiers ("more than", "nearly", "up to") and stated changes ("fell 45 percent", "a 712 percent
increase"). Numbers that are not quantities (MS-13, Game 7, 9:30, 1990s, 22nd, "Section 427")
make none; calendar spans (years, dates, clock times) come from timex and are masked.

Cost: one tokenisation per sentence (tokens.py) and dictionary look-ups around each number;
sentences without a digit or number word return at once. No regex backtracking, no caching of
whole sentences: linear in the sentence length.

Modules, by job: ``words`` (the language pack's tables), ``parsing`` (a number from its tokens),
``filters`` (numbers that label rather than count), ``context`` (sign, currency, qualifiers,
changes and rate denominators around a number), ``nouns`` (the counted noun phrase), ``ranges``
(the second end of a range), ``neighbours`` (what coordinated figures share) and ``assembly``
(``find_quantities``: the above, in order, for each number of a sentence).
"""
from __future__ import annotations

from checker.numbers.assembly import find_quantities, finite

__all__ = ["find_quantities", "finite"]
