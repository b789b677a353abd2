"""``summary.json`` as text: indented, one line per record, and fast for 10,000 teams.

:func:`json.dumps` with an indent takes seconds on 10,000 teams (its indented
encoder is Python); without, it spends most of its time on what the teams
have in common, their open questions and prerequisites, and a Python
encoder that walks record by record spends it on calls, a few per value.
:func:`records_text` walks a list of records field by field instead: the
records' values under one key are a column, encoded with few Python steps
per value (all text: the C string encoder of :mod:`json` over the column;
else each distinct object once), and a record's line joins its columns'
texts. The text is the same as ``json.dumps(record, ensure_ascii=False)``
of each record.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from itertools import repeat
from json.encoder import encode_basestring
from operator import itemgetter
from typing import Any


def summary_json(document: dict[str, Any]) -> str:
    """``summary.json`` text: indented, with one line per item of each list of records.

    One team per line reads well and diffs well.
    """
    lines = ["{"]
    last = len(document) - 1
    for index, (key, value) in enumerate(document.items()):
        comma = "," if index < last else ""
        name = json.dumps(key)
        if isinstance(value, list) and value and all(map(isinstance, value, repeat(dict))):
            # Each record on a line of its own, framed as it is made: the
            # text is copied once more, by the last join, not once per step.
            records = records_text(value, before="    ", after=",")
            records[-1] = records[-1].removesuffix(",")
            lines += [f"  {name}: [", *records, f"  ]{comma}"]
        else:
            lines.append(f"  {name}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines += ["}", ""]  # the text ends with a line break
    return "\n".join(lines)


def records_text(
    records: Sequence[dict[Any, Any]], *, before: str = "", after: str = ""
) -> list[str]:
    """``json.dumps(record, ensure_ascii=False)`` of each of ``records``, a column at a time.

    Each text is put between ``before`` and ``after``. Records with the same
    keys in the same order are encoded together: each key's values as a
    column (:func:`values_text`), so that a list or dict many records share
    is encoded once. A record with a key that is not text is left to
    :func:`json.dumps`, which says what the key becomes.
    """
    first = tuple(records[0]) if records else ()
    if all(map(first.__eq__, map(tuple, records))):  # the usual case: one shape
        return _same_keys(records, first, before, after)
    texts = [""] * len(records)
    for shape, indexes in _positions(list(map(tuple, records))).items():
        getter = itemgetter(*indexes)
        group = [getter(records)] if len(indexes) == 1 else list(getter(records))
        for index, text in zip(indexes, _same_keys(group, shape, before, after), strict=True):
            texts[index] = text
    return texts


def values_text(values: Sequence[Any]) -> list[str]:
    """``json.dumps(value, ensure_ascii=False)`` of each of ``values``.

    Text alone goes through the C string encoder; otherwise each distinct
    object (by identity) is encoded once: the values must not change while
    this runs.
    """
    try:
        # As json.dumps writes text (a str subclass too); anything else stops it.
        return list(map(encode_basestring, values))
    except TypeError:
        pass
    keys = list(map(id, values))
    distinct = dict(zip(keys, values, strict=True))
    if len(distinct) == len(keys):  # no object twice
        return _objects_text(values)
    texts = dict(zip(distinct, _objects_text(list(distinct.values())), strict=True))
    return list(map(texts.__getitem__, keys))


def _same_keys(
    records: Sequence[dict[Any, Any]], keys: tuple[Any, ...], before: str, after: str
) -> list[str]:
    """The text of each of ``records``, all with ``keys`` in this order, framed."""
    if not all(key.__class__ is str for key in keys):
        return [before + json.dumps(record, ensure_ascii=False) + after for record in records]
    if not keys:
        return [before + "{}" + after] * len(records)
    # The separators of json.dumps: ", " between items, ": " after a key.
    pieces: list[Iterator[str]] = []
    for number, key in enumerate(keys):
        opening = before + "{" if number == 0 else ", "
        pieces.append(repeat(opening + encode_basestring(key) + ": "))
        pieces.append(iter(values_text(list(map(itemgetter(key), records)))))
    pieces.append(repeat("}" + after))
    # The keys repeat without end; the columns end together, with the records.
    return list(map("".join, zip(*pieces, strict=False)))


def _objects_text(objects: Sequence[Any]) -> list[str]:
    """The JSON text of each of ``objects``, encoded a kind (class) at a time."""
    kinds = set(map(type, objects))
    if len(kinds) == 1:
        return _kind_text(kinds.pop(), objects)
    texts = [""] * len(objects)
    for kind, indexes in _positions(list(map(type, objects))).items():
        group = [objects[index] for index in indexes]
        for index, text in zip(indexes, _kind_text(kind, group), strict=True):
            texts[index] = text
    return texts


def _kind_text(kind: type, objects: Sequence[Any]) -> list[str]:
    """The JSON text of each of ``objects``, all of class ``kind``."""
    if kind is str:
        return list(map(encode_basestring, objects))
    if kind is dict:
        return records_text(objects)
    return [json.dumps(item, ensure_ascii=False) for item in objects]


def _positions(keys: Sequence[Any]) -> dict[Any, list[int]]:
    """Where each distinct key is in ``keys``, in order of first appearance."""
    positions: dict[Any, list[int]] = {}
    for index, key in enumerate(keys):
        positions.setdefault(key, []).append(index)
    return positions
