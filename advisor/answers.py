"""Checking plain answers against a pack: question ids, option ids, ``unknown``.

Pure. Lenient where users are predictable and strict where they are not:
``Yes``/``TRUE``/``on`` for a yes/no question and option ids in any case are
accepted (forms and spreadsheets write them so); anything else that is not an
option is an error naming the question, the value and the allowed values.
"""

from __future__ import annotations

from collections.abc import Mapping

from advisor.conditions import UNKNOWN
from advisor.errors import AnswersError
from advisor.model import Question
from advisor.pack import Pack
from advisor.references import did_you_mean

_TRUE = frozenset({"yes", "true", "on", "y"})
_FALSE = frozenset({"no", "false", "off", "n"})


def show(value: object) -> str:
    """A value as the user wrote it, quoted for a message."""
    if isinstance(value, bool):
        return "'yes'" if value else "'no'"
    if isinstance(value, str):
        return repr(value)
    return repr(value) if isinstance(value, (list, dict)) else f"'{value}'"


def allowed(question: Question) -> str:
    """The allowed values of a question, for messages."""
    return ", ".join([*(option.id for option in question.options), UNKNOWN])


def normalise(question: Question, value: object) -> str | None:
    """The option id that ``value`` means for ``question`` (``None``: no option)."""
    if value is None:
        return UNKNOWN
    if isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, (str, int, float)):
        text = str(value).strip()
    else:
        return None
    if text == "" or text.lower() == UNKNOWN:
        return UNKNOWN
    options = [option.id for option in question.options]
    if text in options:
        return text
    folded = {option.lower(): option for option in options}
    lowered = text.lower()
    if lowered in folded:
        return folded[lowered]
    if "yes" in options and lowered in _TRUE:
        return "yes"
    if "no" in options and lowered in _FALSE:
        return "no"
    return None


def check_answers(
    pack: Pack, answers: Mapping[str, object], *, prefix: tuple[str, ...] = ()
) -> dict[str, str]:
    """Validate answers; return the known ones as question id -> option id.

    Omitted questions and ``unknown`` answers are left out of the result.

    Raises:
        AnswersError: for the first unknown question or invalid answer, with
            ``key`` set to ``prefix + (question id,)`` so a loader can find the line.
    """
    known: dict[str, str] = {}
    for key, value in answers.items():
        if not isinstance(key, str):
            raise AnswersError(f"question ids are text; got {show(key)}", key=(*prefix, str(key)))
        question = pack.question(key)
        if question is None:
            ids = [q.id for q in pack.questions]
            raise AnswersError(
                f"unknown question '{key}'{did_you_mean(key, ids)}; "
                f"the questions are: {', '.join(ids)}",
                key=(*prefix, key),
            )
        option = normalise(question, value)
        if option is None:
            options = [o.id for o in question.options]
            hint = did_you_mean(str(value), options) if isinstance(value, str) else ""
            raise AnswersError(
                f"invalid answer {show(value)} to question '{key}'{hint}; "
                f"allowed: {allowed(question)}",
                key=(*prefix, key),
            )
        if option != UNKNOWN:
            known[key] = option
    return known
