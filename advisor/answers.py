"""Checking plain answers against a pack: question ids, option ids, ``unknown``.

Pure. Lenient where users are predictable and strict where they are not:
``Yes``/``TRUE``/``on`` for a yes/no question and option ids in any case are
accepted (forms and spreadsheets write them so; see
:func:`advisor.compiled.spellings`); anything else is an error naming the
question, the value and the allowed values.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from advisor.conditions import UNKNOWN
from advisor.errors import AnswersError
from advisor.i18n import Term, says
from advisor.model import Question
from advisor.pack import Pack
from advisor.references import closest


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


def normalise(question_spellings: dict[str, str], value: object) -> str | None:
    """The answer ``value`` means (an option id or ``unknown``); ``None`` when it means none."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return UNKNOWN  # nothing, or NaN: a missing cell of a pandas table
    if isinstance(value, str):
        found = question_spellings.get(value)
        return found if found is not None else question_spellings.get(value.strip().lower())
    if isinstance(value, bool):
        return question_spellings.get("yes" if value else "no")
    if isinstance(value, (int, float)):
        return question_spellings.get(str(value))
    return None


def _told(name: str, path: tuple[str, ...], /, **fields: object) -> AnswersError:
    text, message = says(name, **fields)
    return AnswersError(text, key=path, says=message)


def _unknown_question(pack: Pack, key: object, prefix: tuple[str, ...]) -> AnswersError:
    if not isinstance(key, str):
        return _told("error.key_not_text", (*prefix, str(key)), value=show(key))
    ids = [q.id for q in pack.questions]
    suggestion = closest(key, ids)
    name = "error.unknown_question" + (".suggest" if suggestion else "")
    return _told(name, (*prefix, key), key=key, suggestion=suggestion, ids=", ".join(ids))


def _invalid_answer(pack: Pack, key: str, value: object, prefix: tuple[str, ...]) -> AnswersError:
    question = pack.question(key)
    assert question is not None
    options = [o.id for o in question.options]
    suggestion = closest(value, options) if isinstance(value, str) else None
    name = "error.invalid_answer" + (".suggest" if suggestion else "")
    return _told(
        name,
        (*prefix, key),
        value=show(value),
        question=key,
        suggestion=suggestion,
        allowed=allowed(question),
    )


def kind_of(data: object) -> Term:
    """What a value is, as a catalog word (``kind.list`` says "a list")."""
    if data is None:
        return Term("kind.nothing")
    names: dict[type, str] = {
        list: "kind.list", str: "kind.text", dict: "kind.mapping", int: "kind.number",
        float: "kind.number",
    }  # fmt: skip
    return Term(names.get(type(data), "kind.other"))


def check_arguments(answers: object, team: object) -> None:
    """Refuse what the Python API cannot take as answers or as a team's name.

    Raises:
        AnswersError: ``answers`` is not a mapping, or ``team`` is not text.
    """
    if not isinstance(answers, Mapping):
        text, said = says("error.answers_not_mapping", kind=kind_of(answers))
        raise AnswersError(text, says=said)
    if team is not None and not isinstance(team, str):
        text, said = says("error.team_not_text", kind=kind_of(team))
        raise AnswersError(text, says=said)


def encode_answers(
    pack: Pack, answers: Mapping[str, object], *, prefix: tuple[str, ...] = ()
) -> list[int]:
    """Validate answers and encode them: one code per question, 0 for unknown.

    Raises:
        AnswersError: for the first unknown question or invalid answer, with
            ``key`` set to ``prefix + (question id,)`` so a loader can find the line.
    """
    compiled = pack.compiled
    positions = compiled.positions
    codes_by_spelling = compiled.codes
    codes = [0] * len(positions)
    for key, value in answers.items():
        pos = positions.get(key)
        if pos is None:
            raise _unknown_question(pack, key, prefix)
        # The common case (an exact option id) is one dict lookup.
        code = codes_by_spelling[pos].get(value) if value.__class__ is str else None
        if code is None:
            option = normalise(compiled.spellings[key], value)
            if option is None:
                raise _invalid_answer(pack, key, value, prefix)
            code = codes_by_spelling[pos][option]
        codes[pos] = code
    return codes


def check_answers(
    pack: Pack, answers: Mapping[str, object], *, prefix: tuple[str, ...] = ()
) -> dict[str, str]:
    """Validate answers; return the known ones as question id -> option id.

    Omitted questions and ``unknown`` answers are left out of the result.

    Raises:
        AnswersError: as :func:`encode_answers`.
    """
    codes = encode_answers(pack, answers, prefix=prefix)
    return {qid: option for qid, option in pack.compiled.decode(codes).items() if option != UNKNOWN}
