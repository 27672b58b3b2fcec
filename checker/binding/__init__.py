"""Binding: what a figure counts, where and when, each with the evidence that bound it.

The claim stage finds figures; these modules decide their context from the figure's own words
outward — its phrase, its clause, its sentence, then the discourse (the place in focus in the
paragraph, the article's main place) — and record the basis as an ``Evidence``, so that reports
can explain a binding and the engine can refuse to compare a guess (rules/README.md, "How a
figure gets its context").
"""
