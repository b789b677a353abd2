"""Reading answer files (profiles): ``team`` plus ``answers``, in YAML or JSON."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from advisor.answers import check_answers, kind_of
from advisor.errors import AnswersError
from advisor.i18n import Term, says
from advisor.loader._yaml import ParseError, line_of, parse
from advisor.pack import Pack
from advisor.references import closest

PROFILE_KEYS = ("team", "answers")
# The answers file name that stands for standard input.
STDIN = "-"


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


def _told(name: str, /, *, source: str | None = None, **fields: object) -> AnswersError:
    text, message = says(name, **fields)
    return AnswersError(text, source=source, says=message)


def read_text(path: Path) -> str:
    """A file's text, or an :class:`AnswersError` that says why it cannot be read."""
    source = str(path)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _told("error.no_such_file", source=source) from None
    except IsADirectoryError:
        raise _told("error.is_folder", source=source) from None
    except UnicodeDecodeError:
        raise _told("error.not_utf8", source=source) from None
    except OSError as error:
        raise _told("error.unreadable", source=source, reason=error.strerror) from None


def parse_document(text: str, source: str, *, json_text: bool) -> object:
    """Parse an answers document, placing syntax errors in the file."""
    try:
        return parse(text, json_text=json_text, as_written=True)
    except ParseError as error:
        raise AnswersError(error.problem, source=source, line=error.line, says=error.says) from None


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
        return _profile(pack, data, source, whole=not at)
    except AnswersError as error:
        if error.source is not None:
            raise
        line = line_of(text, (*at, *error.key)) if text is not None else None
        raise error.at(source, line) from None


def _placed(name: str, key: tuple[str, ...], /, **fields: object) -> AnswersError:
    text, message = says(name, **fields)
    return AnswersError(text, key=key, says=message)


def _profile(pack: Pack, data: object, source: str, *, whole: bool) -> Profile:
    """``whole``: ``data`` is the file's whole document (nothing there: the file is empty)."""
    if not isinstance(data, dict):
        kind = Term("kind.empty_file") if data is None and whole else kind_of(data)
        raise _placed("error.not_a_profile", (), kind=kind)
    for key in data:
        if key not in PROFILE_KEYS:
            suggestion = closest(str(key), PROFILE_KEYS)
            raise _placed(
                "error.unknown_key" + (".suggest" if suggestion else ""),
                (str(key),),
                key=key,
                suggestion=suggestion,
                allowed=", ".join(PROFILE_KEYS),
            )
    team = data.get("team")
    if team is not None and not isinstance(team, (str, int, float)):
        raise _placed("error.team_not_text", ("team",), kind=kind_of(team))
    answers = data.get("answers")
    if answers is None:
        answers = {}
    if not isinstance(answers, dict):
        raise _placed("error.answers_not_mapping", ("answers",), kind=kind_of(answers))
    known = check_answers(pack, answers, prefix=("answers",))
    name = str(team).strip() if team is not None else None
    return Profile(team=name or None, answers=known, source=source)


def read_profile(pack: Pack, path: str | Path) -> Profile:
    """Read and check one answers file (YAML, or JSON by its ``.json`` suffix);
    ``-`` reads standard input (JSON when it starts with ``{``).

    Raises:
        AnswersError: naming the file, the line, the question, the bad value
            and the allowed values.
    """
    if str(path) == STDIN:
        source = "<stdin>"
        text = _read_stdin(source)
        # JSON by its first character: its own parser says more about its mistakes.
        json_text = text.lstrip("\ufeff \t\r\n")[:1] in ("{", "[")
    else:
        file = Path(path)
        source = str(path)
        if file.suffix.lower() == ".csv" and file.is_file():
            # One team per row: a batch's input, not one team's answers.
            raise _told("error.csv_is_a_batch", source=source, file=source)
        text = read_text(file)
        json_text = file.suffix.lower() == ".json"
    data = parse_document(text, source, json_text=json_text)
    return profile_from_data(pack, data, source=source, text=text)


def _read_stdin(source: str) -> str:
    """Standard input's text, read as UTF-8 whatever the console's encoding."""
    import sys

    stream = getattr(sys.stdin, "buffer", None)
    try:
        return sys.stdin.read() if stream is None else stream.read().decode("utf-8")
    except UnicodeDecodeError:
        raise _told("error.not_utf8", source=source) from None
