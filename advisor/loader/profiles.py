"""Reading answer files (profiles): ``team`` plus ``answers``, in YAML or JSON."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from advisor.answers import check_answers
from advisor.errors import AnswersError
from advisor.loader._yaml import ParseError, line_of, parse
from advisor.pack import Pack
from advisor.references import did_you_mean

PROFILE_KEYS = ("team", "answers")


@dataclass(frozen=True, slots=True)
class Profile:
    """A team's answers, checked against a pack.

    Attributes:
        team: the team's name, if the file gives one.
        answers: the known answers, question id -> option id.
        source: the file the profile came from.
    """

    team: str | None
    answers: dict[str, str]
    source: str


def read_text(path: Path) -> str:
    """A file's text, or an :class:`AnswersError` that says why it cannot be read."""
    source = str(path)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AnswersError("no such file", source=source) from None
    except IsADirectoryError:
        raise AnswersError("is a folder, not an answers file", source=source) from None
    except UnicodeDecodeError:
        raise AnswersError("is not UTF-8 text", source=source) from None
    except OSError as error:
        raise AnswersError(f"cannot be read: {error.strerror}", source=source) from None


def parse_document(text: str, source: str, *, json_text: bool) -> object:
    """Parse an answers document, placing syntax errors in the file."""
    try:
        return parse(text, json_text=json_text)
    except ParseError as error:
        raise AnswersError(error.problem, source=source, line=error.line) from None


def profile_from_data(
    pack: Pack,
    data: object,
    *,
    source: str,
    text: str | None = None,
    at: tuple[str | int, ...] = (),
) -> Profile:
    """Check one profile mapping; ``at`` is its path inside the document (batch lists).

    Raises:
        AnswersError: placed at ``source`` and, when ``text`` is given, its line.
    """
    try:
        return _profile(pack, data, source)
    except AnswersError as error:
        if error.source is not None:
            raise
        line = line_of(text, (*at, *error.key)) if text is not None else None
        raise error.at(source, line) from None


def _kind(data: object) -> str:
    if data is None:
        return "nothing (the file is empty)"
    names: dict[type, str] = {list: "a list", str: "a text", dict: "a mapping"}
    return names.get(type(data), f"a {type(data).__name__}")


def _profile(pack: Pack, data: object, source: str) -> Profile:
    if not isinstance(data, dict):
        raise AnswersError(
            f"expected a mapping with 'team' and 'answers', got {_kind(data)}", key=()
        )
    for key in data:
        if key not in PROFILE_KEYS:
            raise AnswersError(
                f"unknown key '{key}'{did_you_mean(str(key), PROFILE_KEYS)}; "
                f"an answers file has: {', '.join(PROFILE_KEYS)}",
                key=(str(key),),
            )
    team = data.get("team")
    if team is not None and not isinstance(team, (str, int, float)):
        raise AnswersError(f"'team' must be text, got {_kind(team)}", key=("team",))
    answers = data.get("answers")
    if answers is None:
        answers = {}
    if not isinstance(answers, dict):
        raise AnswersError(
            f"'answers' must be a mapping of question id to option id, got {_kind(answers)}",
            key=("answers",),
        )
    known = check_answers(pack, answers, prefix=("answers",))
    name = str(team).strip() if team is not None else None
    return Profile(team=name or None, answers=known, source=source)


def read_profile(pack: Pack, path: str | Path) -> Profile:
    """Read and check one answers file (YAML, or JSON by its ``.json`` suffix).

    Raises:
        AnswersError: naming the file, the line, the question, the bad value
            and the allowed values.
    """
    file = Path(path)
    source = str(path)
    text = read_text(file)
    data = parse_document(text, source, json_text=file.suffix.lower() == ".json")
    return profile_from_data(pack, data, source=source, text=text)
