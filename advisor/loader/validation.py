"""What pydantic finds wrong in a pack file or a pack's test, said for the file's author.

pydantic reports a misspelt key twice: the key it does not know, and the key
it then misses (``fire`` unknown, ``fires`` missing). Said once here, with a
did-you-mean. A mapping that is not one (``effects:`` left empty, its keys
indented one level too little) says what it got and where to look.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from advisor.references import closest

Loc = tuple[str | int, ...]

# pydantic's error types for a key the model does not have, and for a value
# that should have been a mapping (a dict, or a model read from one).
_UNKNOWN = ("extra_forbidden", "unexpected_keyword_argument")
_NOT_A_MAPPING = ("model_type", "dict_type", "dataclass_type", "model_attributes_type")


def problems(errors: Iterable[Mapping[str, Any]]) -> list[tuple[Loc, str]]:
    """Each problem once: where it is (the path of keys) and what it is, in pydantic's order."""
    items = [(tuple(item["loc"]), item) for item in errors]
    missing: dict[Loc, list[str]] = {}
    for loc, item in items:
        if item["type"] == "missing" and loc:
            missing.setdefault(loc[:-1], []).append(str(loc[-1]))
    meant: dict[Loc, str] = {}  # an unknown key's loc -> the missing key it stands for
    for loc, item in items:
        if item["type"] in _UNKNOWN and loc:
            suggestion = closest(str(loc[-1]), missing.get(loc[:-1], []))
            if suggestion is not None:
                meant[loc] = suggestion
    said = {(*loc[:-1], key) for loc, key in meant.items()}  # the missing keys they stand for
    found = []
    for loc, item in items:
        kind = item["type"]
        if kind == "missing" and loc in said:
            continue  # said with the unknown key
        if kind in _UNKNOWN:
            hint = f" (did you mean '{meant[loc]}'?)" if loc in meant else ""
            found.append((loc, f"unknown key '{loc[-1]}'{hint}"))
        elif kind == "missing":
            found.append((loc, f"missing key '{loc[-1]}'"))
        elif kind in _NOT_A_MAPPING:
            got = _kind(item.get("input"))
            found.append(
                (loc, f"expected a mapping of keys, got {got} (are its keys indented under it?)")
            )
        else:
            found.append((loc, str(item["msg"]).removeprefix("Value error, ")))
    return found


def _kind(value: object) -> str:
    """What a YAML value is, in words."""
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text '{value}'"
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return f"a {type(value).__name__}"
