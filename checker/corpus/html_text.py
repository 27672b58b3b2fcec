"""HTML main text: page chrome dropped, one line per block, each line mapped to its raw line,
and the page's metadata (title, meta tags, canonical URL, language)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from checker import patterns

_ISO_DATE_PREFIX_RE = patterns.compile(r"\s*(\d{4}-\d{2}-\d{2})")

_DROPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
    "button", "iframe", "select", "textarea", "object", "canvas",
})
_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr",
    "table", "thead", "tbody", "tfoot", "blockquote", "section", "article", "main", "figure",
    "figcaption", "pre", "hr", "address", "details", "summary", "caption", "body", "td", "th",
})
_VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
})
_MAIN_TAGS = frozenset({"article", "main"})
_CHROME_NAME_RE = patterns.compile(
    r"(?:^|[-_])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|related|share|sharing|"
    r"social|comments?|advert\w*|ads?|cookies?|newsletter)(?:$|[-_])", patterns.IGNORECASE)
_SPACE_RE = patterns.compile(r"\s+")


@dataclass
class HtmlPage:
    """What ``extract_html`` found: main text, raw line of each text line, and metadata."""

    text: str
    line_map: tuple[int, ...]
    metadata: dict[str, object] = field(default_factory=dict)


def extract_html(html: str) -> HtmlPage:
    """Main text of an HTML page: page chrome dropped, one line per block, blank line between blocks."""
    parser = _main_text_parser()()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; keep whatever was read before a pathological input
        pass
    return parser.result()


@cache
def _main_text_parser() -> type:
    """_MainText over html.parser's parser, imported with the first HTML page (most corpora have
    none, and html.parser's imports cost several milliseconds)."""
    from html.parser import HTMLParser

    return type("_MainTextParser", (_MainText, HTMLParser), {})


class _MainText:
    """Collects text lines with their raw line numbers, tagging those inside <article>/<main>
    (the methods of an ``HTMLParser``: see ``_main_text_parser``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, dropped here, opens main content)
        self._dropped = 0
        self._main = 0
        self._article = 0
        self._in_head = False
        self._in_title = False
        self._title_parts: list[str] = []
        self._meta: dict[str, str] = {}
        self._lines: list[tuple[str, int, bool]] = []  # (text or "" for a break, raw line, in main)
        self._current: list[str] = []
        self._current_line = 0
        self._current_main = False
        self.saw_main = False

    # -- structure --------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: (value or "") for name, value in attrs}
        if tag == "html" and attributes.get("lang"):
            self._meta.setdefault("language", attributes["lang"])
        if tag == "head":
            self._in_head = True
        elif tag == "body":
            self._in_head = False
        if tag == "meta":
            self._read_meta(attributes)
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self._meta.setdefault("url", attributes.get("href", ""))
        if tag == "title" and not self._dropped:  # not an <svg><title>
            self._in_title = True
        if tag in _VOID_TAGS:
            if tag in ("br", "hr"):
                self._end_line(paragraph=(tag == "hr"))
            return
        if tag in _BLOCK_TAGS:
            self._end_line(paragraph=True)
        dropped = self._is_chrome(tag, attributes)
        opens_main = tag in _MAIN_TAGS and not self._dropped
        self._stack.append((tag, dropped, opens_main))
        if dropped:
            self._dropped += 1
        if opens_main:
            self._main += 1
            self.saw_main = True
            if tag == "article":
                self._article += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "head":
            self._in_head = False
        if tag in _BLOCK_TAGS or tag == "br":
            self._end_line(paragraph=(tag != "br"))
        if not any(open_tag == tag for open_tag, _, _ in self._stack):
            return  # a stray end tag closes nothing
        while self._stack:
            open_tag, dropped, opens_main = self._stack.pop()
            if dropped:
                self._dropped -= 1
            if opens_main:
                self._main -= 1
                if open_tag == "article":
                    self._article -= 1
            if open_tag == tag:
                break

    def _is_chrome(self, tag: str, attributes: dict[str, str]) -> bool:
        """Navigation, footers, share bars and the like; an article's own <header> holds its headline."""
        if tag == "header" and self._article:
            return False
        if tag in _DROPPED_TAGS:
            return True
        names = f"{attributes.get('class', '')} {attributes.get('id', '')}".split()
        return any(_CHROME_NAME_RE.search(name) for name in names)

    def _read_meta(self, attributes: dict[str, str]) -> None:
        key = (attributes.get("property") or attributes.get("name") or "").strip().lower()
        content = attributes.get("content", "").strip()
        if not key or not content:
            return
        field_for_key = {
            "article:published_time": "published", "date": "published", "og:title": "title",
            "author": "author", "article:author": "author", "og:site_name": "publisher",
            "og:url": "url", "language": "language",
        }.get(key)
        if field_for_key == "published":
            match = _ISO_DATE_PREFIX_RE.match(content)
            content = match.group(1) if match else content  # a written-out date: normalize_published
        if field_for_key == "author" and content.startswith(("http://", "https://")):
            return  # article:author is often a profile URL, not a name
        if field_for_key and field_for_key not in self._meta:
            self._meta[field_for_key] = content

    # -- text -------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
            return
        if self._in_head or self._dropped:
            return
        if not self._current or not "".join(self._current).strip():
            stripped = data.lstrip()
            if not stripped:
                if self._current:
                    self._current.append(data)
                return
            line, _ = self.getpos()
            self._current_line = line + data.count("\n", 0, len(data) - len(stripped))
            self._current_main = self._main > 0
        self._current.append(data)

    def _end_line(self, paragraph: bool) -> None:
        text = _SPACE_RE.sub(" ", "".join(self._current)).strip()
        self._current = []
        if text:
            self._lines.append((text, self._current_line, self._current_main))
        if paragraph and self._lines and self._lines[-1][0]:
            self._lines.append(("", self._lines[-1][1], self._lines[-1][2]))

    def result(self) -> HtmlPage:
        self._end_line(paragraph=True)
        lines = self._lines
        if self.saw_main and any(text for text, _, in_main in lines if in_main):
            lines = [entry for entry in lines if entry[2]]  # an empty <main> shell falls back to body
        texts: list[str] = []
        raw_lines: list[int] = []
        for text, raw_line, _ in lines:
            if not text and (not texts or not texts[-1]):
                continue  # collapse repeated breaks; no leading blank line
            texts.append(text)
            raw_lines.append(raw_line)
        while texts and not texts[-1]:
            texts.pop()
            raw_lines.pop()
        metadata: dict[str, object] = dict(self._meta)
        title = _SPACE_RE.sub(" ", "".join(self._title_parts)).strip()
        if title and "title" not in metadata:
            metadata["title"] = title
        return HtmlPage("\n".join(texts), tuple(raw_lines), metadata)
