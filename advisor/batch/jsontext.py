"""``summary.json`` as text: indented, one line per record, and fast for 10,000 teams.

:func:`json.dumps` with an indent takes seconds on 10,000 teams (its indented
encoder is Python); without, it spends most of its time on what the teams
have in common, their open questions and prerequisites. :func:`records_json`
encodes each list or dict once (by identity: equal values that are one
object) and the rest of a record with the C string encoder of :mod:`json`,
giving the same text as ``json.dumps(record, ensure_ascii=False)``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import encode_basestring
from typing import Any


def summary_json(document: dict[str, Any]) -> str:
    """``summary.json`` text: indented, with one line per item of each list of records.

    One team per line reads well and diffs well.
    """
    lines = ["{"]
    last = len(document) - 1
    record = records_json()
    for index, (key, value) in enumerate(document.items()):
        comma = "," if index < last else ""
        name = json.dumps(key)
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            lines.append(f"  {name}: [")
            lines.append(",\n".join([f"    {record(item)}" for item in value]))
            lines.append(f"  ]{comma}")
        else:
            lines.append(f"  {name}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def records_json() -> Callable[[dict[str, Any]], str]:
    """A function giving ``json.dumps(record, ensure_ascii=False)``, faster.

    A list or dict inside a record is encoded once per object, so the
    records' values must not change while the function is in use (it is
    meant for one document, which keeps them alive).
    """
    encoded: dict[int, str] = {}

    def value(item: Any) -> str:
        if item is None:
            return "null"
        kind = item.__class__
        if kind is list or kind is dict:
            text = encoded.get(id(item))
            if text is None:
                whole = record(item) if kind is dict else json.dumps(item, ensure_ascii=False)
                text = encoded[id(item)] = whole
            return text
        return json.dumps(item, ensure_ascii=False)

    def record(item: dict[str, Any]) -> str:
        try:
            # The separators of json.dumps: ", " between items, ": " after a key.
            fields = [
                f"{encode_basestring(key)}: "
                + (encode_basestring(field) if field.__class__ is str else value(field))
                for key, field in item.items()
            ]
        except TypeError:  # a key that is not text: json.dumps says what it becomes
            return json.dumps(item, ensure_ascii=False)
        return "{" + ", ".join(fields) + "}"

    return record
