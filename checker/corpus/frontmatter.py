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
    loader = yaml.SafeLoader("")
    out: dict = {}
    top = False  # inside the top-level mapping
    items: list | None = None  # the flat list being read as a value
    key: object = _NO_KEY  # the key read, waiting for its value (_DROP: the pair is skipped)
    skipping = 0  # depth inside a value or key that is skipped
    try:
        for event in yaml.parse(block, Loader=yaml.SafeLoader):
            if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentStartEvent,
                                  yaml.DocumentEndEvent)):
                continue
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise FrontMatterError(f"front matter uses YAML anchors or aliases{_at(event)}; ignored")
            opens = isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent))
            closes = isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent))
            if skipping:
                skipping += opens - closes
                if skipping > MAX_DEPTH:
                    raise FrontMatterError(f"front matter nested more than {MAX_DEPTH} levels deep{_at(event)}; ignored")
                if not skipping:
                    key = _DROP if key is _NO_KEY else _NO_KEY
            elif not top:
                if not isinstance(event, yaml.MappingStartEvent):
                    raise FrontMatterError("front matter is not a mapping of fields; ignored")
                top = True
            elif items is not None:
                if isinstance(event, yaml.ScalarEvent):
                    items.append(_scalar(loader, event))
                elif closes:
                    out[key], key, items = items, _NO_KEY, None
                else:  # a list inside the list: the whole value is skipped
                    items, skipping = None, 2
            elif isinstance(event, yaml.ScalarEvent):
                if key is _NO_KEY:
                    key = _scalar(loader, event)
                elif key is _DROP:
                    key = _NO_KEY
                else:
                    out[key], key = _scalar(loader, event), _NO_KEY
            elif isinstance(event, yaml.SequenceStartEvent) and key is not _NO_KEY and key is not _DROP:
                items = []
            elif opens:
                skipping = 1
            else:  # the end of the top-level mapping
                top = False
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise FrontMatterError(f"front matter is not valid YAML{where}; ignored") from exc
    return out


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
