"""Conditions over answers: a small tree of ``all`` / ``any`` / ``not`` over matches.

A condition is data, never code. In YAML::

    when:
      all:
        - {question: dev_reads_prod_data, in: ["no", sample_only]}
        - {question: full_data_training, is: "yes"}
        - not: {question: retraining, is: rare}

A match tests one question's answer against one option (``is``) or a list of
options (``in``); ``unknown`` is a value like any option. This module parses the
YAML shape into frozen records and evaluates them; it does no IO.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Match:
    """True when the answer to ``question`` is one of ``values``."""

    question: str
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class All:
    """True when every item is true (and when there are none)."""

    items: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    """True when at least one item is true."""

    items: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Not:
    """True when the item is false."""

    item: Condition


Condition = Match | All | AnyOf | Not

_SHAPE = (
    "a condition is a mapping with exactly one of: 'question' (with 'is' or 'in'), "
    "'all', 'any', 'not'"
)


def parse_condition(data: object) -> Condition:
    """Build a condition from its YAML shape.

    Raises:
        ValueError: the shape is wrong; the message says what is expected.
    """
    if isinstance(data, (Match, All, AnyOf, Not)):
        return data
    if not isinstance(data, Mapping):
        raise ValueError(f"{_SHAPE}; got {type(data).__name__}")
    keys = set(data)
    if "question" in keys:
        return _parse_match(data)
    if len(keys) != 1:
        raise ValueError(f"{_SHAPE}; got keys {', '.join(sorted(map(str, keys))) or 'none'}")
    (key,) = keys
    value = data[key]
    if key in ("all", "any"):
        if not isinstance(value, list) or not value:
            raise ValueError(f"'{key}' takes a non-empty list of conditions")
        items = tuple(parse_condition(item) for item in value)
        return All(items) if key == "all" else AnyOf(items)
    if key == "not":
        return Not(parse_condition(value))
    raise ValueError(f"{_SHAPE}; got '{key}'")


def _parse_match(data: Mapping[object, object]) -> Match:
    extra = set(data) - {"question", "is", "in"}
    if extra:
        names = ", ".join(sorted(map(str, extra)))
        raise ValueError(f"a match takes 'question' with 'is' or 'in'; unexpected: {names}")
    question = data["question"]
    if not isinstance(question, str) or not question:
        raise ValueError("'question' must be a question id")
    if ("is" in data) == ("in" in data):
        raise ValueError(f"the match on '{question}' needs exactly one of 'is' or 'in'")
    if "is" in data:
        values: tuple[object, ...] = (data["is"],)
    else:
        listed = data["in"]
        if not isinstance(listed, list) or not listed:
            raise ValueError(f"'in' of the match on '{question}' must be a non-empty list")
        values = tuple(listed)
    for value in values:
        if not isinstance(value, str):
            raise ValueError(f"the match on '{question}' compares with {value!r}; quote it")
    return Match(question, tuple(str(value) for value in values))


def matches(condition: Condition) -> Iterator[Match]:
    """Every match of a condition, depth first, in the order written."""
    if isinstance(condition, Match):
        yield condition
    elif isinstance(condition, Not):
        yield from matches(condition.item)
    else:
        for item in condition.items:
            yield from matches(item)


def questions_of(condition: Condition) -> tuple[str, ...]:
    """The questions a condition reads, each once, in the order first read."""
    return tuple(dict.fromkeys(match.question for match in matches(condition)))


def holds(condition: Condition, answers: Mapping[str, str]) -> bool:
    """Evaluate a condition; a question missing from ``answers`` is unknown."""
    if isinstance(condition, Match):
        return answers.get(condition.question, UNKNOWN) in condition.values
    if isinstance(condition, All):
        return all(holds(item, answers) for item in condition.items)
    if isinstance(condition, AnyOf):
        return any(holds(item, answers) for item in condition.items)
    return not holds(condition.item, answers)


def to_data(condition: Condition) -> dict[str, object]:
    """The YAML shape of a condition (the inverse of :func:`parse_condition`)."""
    if isinstance(condition, Match):
        if len(condition.values) == 1:
            return {"question": condition.question, "is": condition.values[0]}
        return {"question": condition.question, "in": list(condition.values)}
    if isinstance(condition, All):
        return {"all": [to_data(item) for item in condition.items]}
    if isinstance(condition, AnyOf):
        return {"any": [to_data(item) for item in condition.items]}
    return {"not": to_data(condition.item)}


def describe(condition: Condition) -> str:
    """A short readable form, for reports and docs: ``a = x and (b in {y, z})``."""
    if isinstance(condition, Match):
        if len(condition.values) == 1:
            return f"{condition.question} = {condition.values[0]}"
        return f"{condition.question} in {{{', '.join(condition.values)}}}"
    if isinstance(condition, Not):
        return f"not ({describe(condition.item)})"
    joiner = " and " if isinstance(condition, All) else " or "
    parts = [
        describe(item) if isinstance(item, (Match, Not)) else f"({describe(item)})"
        for item in condition.items
    ]
    return joiner.join(parts)
