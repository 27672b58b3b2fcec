"""Front matter read as what it is: a flat mapping of field names to scalar values.

``yaml.safe_load`` builds any shape the text describes: an alias bomb of a few hundred bytes
expands to gigabytes, thousands of nested ``[`` exhaust the recursion limit, and an invalid
timestamp ("2020-13-45") raises a ValueError. Here the YAML event stream (PyYAML's parser is a
state machine, not a recursion) is read in one pass with a size cap: anchors and aliases are
refused, a value may be a scalar or a flat list of scalars (several authors), anything deeper is
skipped (and refused beyond ``MAX_DEPTH`` levels), and each scalar is resolved as YAML would (a
date, a number, null) or kept as text when that fails. The cost is linear in the block, whatever it holds.
"""
from __future__ import annotations

import yaml

MAX_FRONT_MATTER = 64_000  # characters: far above any real front matter, far below any harm
MAX_DEPTH = 50  # levels of nesting skipped inside a value before the block is refused


class FrontMatterError(ValueError):
    """Why a front-matter block was ignored (the message a warning prints)."""


def load_front_matter(block: str) -> dict:
    """The fields of a front-matter block: {key: scalar | list of scalars}. A value nested
    deeper (a mapping, a list of lists) is skipped, as is a key that is not a scalar."""
    if len(block) > MAX_FRONT_MATTER:
        raise FrontMatterError(f"front matter longer than {MAX_FRONT_MATTER:,} characters; ignored")
    fields = _Fields(yaml.SafeLoader(""))
    try:
        for event in yaml.parse(block, Loader=yaml.SafeLoader):
            if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentStartEvent,
                                  yaml.DocumentEndEvent)):
                continue
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise FrontMatterError(f"front matter uses YAML anchors or aliases{_at(event)}; ignored")
            fields.feed(event)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise FrontMatterError(f"front matter is not valid YAML{where}; ignored") from exc
    return fields.out


class _Fields:
    """The top-level mapping read one event at a time."""

    def __init__(self, loader: yaml.SafeLoader):
        self.loader = loader
        self.out: dict = {}
        self.top = False  # inside the top-level mapping
        self.items: list | None = None  # the flat list being read as a value
        self.key: object = _NO_KEY  # the key read, waiting for its value (_DROP: the pair is skipped)
        self.skipping = 0  # depth inside a value or key that is skipped

    def feed(self, event: yaml.Event) -> None:
        if self.skipping:
            self._skip(event)
        elif not self.top:
            if not isinstance(event, yaml.MappingStartEvent):
                raise FrontMatterError("front matter is not a mapping of fields; ignored")
            self.top = True
        elif self.items is not None:
            self._item(event)
        elif isinstance(event, yaml.ScalarEvent):
            self._key_or_value(event)
        elif isinstance(event, yaml.SequenceStartEvent) and self.key is not _NO_KEY and self.key is not _DROP:
            self.items = []
        elif isinstance(event, _OPENS):
            self.skipping = 1
        else:  # the end of the top-level mapping
            self.top = False

    def _skip(self, event: yaml.Event) -> None:
        self.skipping += isinstance(event, _OPENS) - isinstance(event, _CLOSES)
        if self.skipping > MAX_DEPTH:
            raise FrontMatterError(f"front matter nested more than {MAX_DEPTH} levels deep{_at(event)}; ignored")
        if not self.skipping:
            self.key = _DROP if self.key is _NO_KEY else _NO_KEY

    def _item(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.ScalarEvent):
            self.items.append(_scalar(self.loader, event))
        elif isinstance(event, _CLOSES):
            self.out[self.key], self.key, self.items = self.items, _NO_KEY, None
        else:  # a list or mapping inside the list: the whole value is skipped
            self.items, self.skipping = None, 2

    def _key_or_value(self, event: yaml.ScalarEvent) -> None:
        if self.key is _NO_KEY:
            self.key = _scalar(self.loader, event)
        elif self.key is _DROP:
            self.key = _NO_KEY
        else:
            self.out[self.key], self.key = _scalar(self.loader, event), _NO_KEY


_OPENS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSES = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
_NO_KEY, _DROP = object(), object()


def _scalar(loader: yaml.SafeLoader, event: yaml.ScalarEvent) -> object:
    """The value YAML gives a scalar ("2015-04-01" a date, "~" null), or its text when that
    fails (an impossible date) or is not hashable as a key."""
    tag = event.tag if event.tag not in (None, "!") else loader.resolve(yaml.ScalarNode, event.value, event.implicit)
    try:
        value = loader.construct_object(yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark))
    except (ValueError, TypeError, OverflowError, yaml.YAMLError):
        return event.value
    return value if isinstance(value, (str, int, float, bool, type(None))) or hasattr(value, "isoformat") \
        else event.value


def _at(event: yaml.Event) -> str:
    return f" at line {event.start_mark.line + 2}" if event.start_mark is not None else ""
