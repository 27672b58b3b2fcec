"""Checker's own YAML data files (language packs, their schema, unit conversions) read into the
values ``yaml.load`` gives, in less time.

Every run reads the default pack and the schema on start-up, and PyYAML spends about as long
building Python objects from the composed nodes (its constructor: a Python call per node) as
libyaml spends composing them. Strings, lists and mappings of strings, which is nearly everything
in these files, are built here in one walk of the nodes; any other node (a number, a boolean, a
null, a date) is handed to PyYAML's own constructor, and a document this walk does not cover (a
merge key, a key that cannot be a dict key) is read again by ``yaml.load``, with its errors.
"""
from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

__all__ = ["load"]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class _Other(Exception):
    """A node this walk leaves to ``yaml.load``."""


def load(text: str) -> Any:
    """``yaml.load(text, Loader=CSafeLoader)``'s value."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _value(node, loader, {})
    except _Other:
        return yaml.load(text, Loader=_Loader)
    finally:
        loader.dispose()


def _value(node: Node, loader, made: dict[int, Any]) -> Any:
    """The value of ``node``; ``made`` holds the lists and mappings built so far, by node, so that
    an alias gives the very object its anchor did, as PyYAML's does."""
    tag = node.tag
    if tag == _STR and type(node) is ScalarNode:
        return node.value
    if tag == _SEQ and type(node) is SequenceNode:
        done = made.get(id(node))
        if done is None:
            done = made[id(node)] = []
            done.extend(_value(item, loader, made) for item in node.value)
        return done
    if tag == _MAP and type(node) is MappingNode:
        done = made.get(id(node))
        if done is None:
            done = made[id(node)] = {}
            for key_node, value_node in node.value:
                if type(key_node) is not ScalarNode or key_node.tag not in _PLAIN_KEYS:
                    raise _Other  # a merge key ("<<"), a "=" key, a list or mapping as a key
                done[_value(key_node, loader, made)] = _value(value_node, loader, made)
        return done
    if type(node) is ScalarNode:
        return loader.construct_object(node, deep=True)
    raise _Other


# The key tags a mapping is read with here: PyYAML's constructor reads these as it reads a value.
_PLAIN_KEYS = frozenset({_STR, "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
                         "tag:yaml.org,2002:float"})
