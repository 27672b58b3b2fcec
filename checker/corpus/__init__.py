"""The corpus: find the articles under the paths a run is given, read them into ``Document``s
and attach their metadata.

This is the only stage that touches the file system for articles. Its job: turn paths into
readable text plus ``Source`` metadata, and turn every bad article (unreadable, empty, binary,
mis-encoded) into a ``Problem`` instead of an exception, so one broken file never stops a run.
One job per module: ``discovery`` (which files, in which order), ``reading`` (bytes, decoding,
parsing into a Document), ``metadata`` (front matter, sources.toml, dates), ``html_text`` (an
HTML page's main text), ``language`` (the language a source is read in, told from its text when
its metadata names none).

Costs: one ``stat`` and one full read per file, one decode attempt per candidate encoding
(usually only UTF-8), a single ``html.parser`` pass for HTML, and one TOML parse per folder that
holds a ``sources.toml``. Memory is the size of the corpus text.
"""
from __future__ import annotations

from checker.corpus.discovery import ARTICLE_SUFFIXES, MANIFEST_NAME, discover, display_path
from checker.corpus.html_text import HtmlPage, extract_html
from checker.corpus.metadata import METADATA_FIELDS, normalize_published
from checker.corpus.reading import (
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    RawSource,
    SourceReader,
    load_corpus,
    parse_source,
    read_sources,
)

__all__ = ["ARTICLE_SUFFIXES", "HTML_SUFFIXES", "MANIFEST_NAME", "MARKDOWN_SUFFIXES", "METADATA_FIELDS", "HtmlPage",
           "RawSource", "SourceReader", "discover", "display_path", "extract_html", "load_corpus",
           "normalize_published", "parse_source", "read_sources"]
