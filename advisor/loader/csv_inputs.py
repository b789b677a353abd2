"""Reading a batch's CSV file: one team per row, as a spreadsheet or an online form exports it.

A CSV file has a header row, ``team`` plus question ids, and one row per
team; an empty cell is unknown. Accepted as form tools write it: UTF-8 with or
without a byte order mark, ``\\r\\n`` newlines, ``;`` or tab separators (Excel
in many locales), blanks around cells, column names in any case, trailing
empty columns and blank rows. A form whose questions and choices were copied
from the pack exports the questions' texts as column names and the options'
labels as answers: both are accepted too, and so is the questionnaire's label
for unknown ("I don't know", "Não sei"). The response metadata columns that
Google Forms and Microsoft Forms add (:data:`FORM_COLUMNS`) are ignored; any
other unknown column fails the whole file, since every row would be read wrong.

Fast on big files: a cell's meaning depends on its column and its text only,
so each column keeps what the texts it has met mean, and a row whose cells
were all met before is read without checking them again (a row with a new
text is checked whole, with :func:`advisor.answers.check_answers`, and fails
with its message).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple, cast

from advisor.answers import check_answers
from advisor.conditions import UNKNOWN
from advisor.errors import AnswersError, Says
from advisor.i18n import message, says
from advisor.i18n.ui import UI
from advisor.loader.entries import Entry, Failure, TeamProfile, failure, failure_of
from advisor.loader.profiles import read_text
from advisor.model import Question
from advisor.pack import Pack
from advisor.references import closest
from advisor.text import LANGUAGES, LocalText

TEAM_COLUMNS = frozenset({"team", "team name", "equipe", "nome da equipe"})
# The questionnaire's label for unknown, in every language ("I don't know", "Não sei"),
# also with the typographic apostrophe that word processors put in.
UNKNOWN_LABELS = tuple(
    dict.fromkeys(
        spelling
        for texts in UI.values()
        if "prompt.unknown" in texts
        for spelling in (
            texts["prompt.unknown"].casefold(),
            texts["prompt.unknown"].casefold().replace("'", "\u2019"),
        )
    )
)
# Response metadata that form tools put before the answers: Google Forms
# ("Timestamp", "Email Address") and Microsoft Forms ("ID", "Start time", ...),
# in English and in Brazilian Portuguese.
FORM_COLUMNS = frozenset(
    {
        "timestamp",
        "email address",
        "id",
        "start time",
        "completion time",
        "email",
        "name",
        "last modified time",
        "carimbo de data/hora",
        "endereço de e-mail",
        "hora de início",
        "hora de conclusão",
        "nome",
        "hora da última modificação",
    }
)
_SEPARATORS = (",", ";", "\t")
# The first line Excel writes to name a CSV file's separator: sep=; (maybe quoted).
_EXCEL_SEP = re.compile(r'"?sep=([,;\t|])"?', re.IGNORECASE)
# Blank lines before the header row.
_BLANK_LINES = re.compile(r"(?:[ \t]*\r?\n)*")
_meaning = dict.__getitem__

# One question's column: its position, the question id, the option ids' spellings
# (cell text -> option id) and the options' labels (folded label -> option id).
_Column = tuple[int, str, dict[str, str], dict[str, str]]


# What a cell text means in one column: (question id, option id), or () for unknown.
_Meaning = tuple[str, str] | tuple[()]


@dataclass(frozen=True, slots=True)
class _Header:
    """What each column of a CSV file holds.

    Attributes:
        team: the team column.
        questions: the question columns, in column order.
        width: the number of columns of the header.
        unnamed: the columns with an empty name (a value there has no meaning).
        hints: question id -> what a message about its answer adds (the labels),
            as the English text and the catalog message.
        order: the question ids of the question columns, in the pack's order
            of questions (the order of :func:`~advisor.answers.check_answers`).
        pick: a row's cells -> the cells of its question columns, in that order.
        meanings: per question column, in that order: what each cell text
            met so far means; filled as rows are checked.
    """

    team: int
    questions: tuple[_Column, ...]
    width: int
    unnamed: tuple[int, ...]
    hints: dict[str, tuple[str, Says]]
    order: tuple[str, ...]
    pick: Callable[[list[str]], Sequence[str]]
    meanings: tuple[dict[str, _Meaning], ...]


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _column_names(pack: Pack) -> dict[str, str]:
    """Column name (folded) -> question id: the ids, and the questions' texts."""
    names: dict[str, str] = {}
    for question in pack.questions:
        names[question.id.casefold()] = question.id
        for text in question.text.values():
            names.setdefault(_folded(text), question.id)
    return names


def _labels(pack: Pack, question: Question) -> dict[str, str]:
    """Option label (folded, every language) -> option id; an id always means itself."""
    spellings = pack.compiled.spellings[question.id]
    labels = dict.fromkeys(UNKNOWN_LABELS, UNKNOWN)
    for option in question.options:
        for text in option.label.values():
            if _folded(text) not in spellings:
                labels.setdefault(_folded(text), option.id)
    return labels


def csv_entries(pack: Pack, file: str) -> Iterator[Entry]:
    """The profiles of a CSV file, a :class:`Failure` for each bad row.

    Raises:
        AnswersError: the file cannot be read as a whole (not UTF-8, empty,
            a bad header row).
    """
    try:
        text = read_text(Path(file)).removeprefix("\ufeff")
    except AnswersError as error:
        if error.says is not None and error.says.key == "error.not_utf8":
            raise _error(None, "error.csv.not_utf8") from None
        raise
    separator, text = _separator(text)
    rows = _rows(text, separator)
    first = next(rows, None)
    if first is None:
        raise _error(None, "error.csv.empty")
    if isinstance(first, _Broken):
        raise _csv_problem(first)
    header = _read_header(pack, first[1], first[0])
    count = 0
    for row in rows:
        count += 1
        if isinstance(row, _Broken):
            yield failure_of(_csv_problem(row), file)
        else:
            yield _csv_entry(pack, header, row[1], file, row[0])
    if not count:
        yield failure(file, None, "error.csv.no_rows", whole=True)


def _separator(text: str) -> tuple[str, str]:
    """The separator of a CSV text, and the text to read with it.

    Excel's ``sep=;`` first line names it (that line is then read as a blank
    one, so that line numbers stay right); otherwise it is the one of
    :data:`_SEPARATORS` found most often in the header row (the first that
    is not blank), outside quoted cells: a question's text in a header may
    hold a comma.
    """
    first, newline, rest = text.partition("\n")
    named = _EXCEL_SEP.fullmatch(first.rstrip("\r"))
    if named:
        return named.group(1), newline + rest
    counts = dict.fromkeys(_SEPARATORS, 0)
    quoted = False
    for char in text[_BLANK_LINES.match(text).end() :]:  # type: ignore[union-attr]
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char == "\n":
            break
        elif char in counts:
            counts[char] += 1
    return max(_SEPARATORS, key=counts.__getitem__), text


def _csv_problem(error: _Broken) -> AnswersError:
    """What Python's CSV reader says is wrong, in the words of the catalog where it can."""
    if error.problem == NEVER_CLOSED:
        return _error(error.line, "error.csv.unclosed_quote")
    if error.problem.endswith("expected after '\"'"):
        return _error(error.line, "error.csv.after_quote")
    return _error(error.line, "error.csv.invalid", problem=error.problem)


class Problem(NamedTuple):
    """What is wrong with a row: the English text, and the catalog messages it joins."""

    text: str
    says: tuple[Says, ...]


def _label_list(question: Question) -> LocalText:
    """The labels of a question's options (and "I don't know"), quoted, in each language."""
    return LocalText(
        {
            lang: ", ".join(f"'{option.label.get_lang(lang)}'" for option in question.options)
            + f', "{message(lang, "prompt.unknown")}"'
            for lang in LANGUAGES
        }
    )


def _listed(lang: str, names: Sequence[str], choices: Sequence[str]) -> str:
    """The unknown column names, quoted, each with a did-you-mean when one is close."""
    parts = []
    for name in names:
        suggestion = closest(name, choices)
        if suggestion is None:
            parts.append(message(lang, "error.csv.unknown_column", name=name))
        else:
            key = "error.csv.unknown_column.suggest"
            parts.append(message(lang, key, name=name, suggestion=suggestion))
    return ", ".join(parts)


def _error(line: int | None, key: str, /, **fields: object) -> AnswersError:
    """An error of the whole file, from the catalog message ``key``."""
    text, said = says(key, **fields)
    return AnswersError(text, line=line, says=said)


class _Broken(NamedTuple):
    """A row Python's CSV reader refuses: what it says (its own words), and the row's line."""

    problem: str
    line: int


# What Python's CSV reader says of a quoted cell still open at the end of the text;
# and the problem of every broken row that runs over several lines.
NEVER_CLOSED = "unexpected end of data"


def _rows(text: str, separator: str) -> Iterator[tuple[int, list[str]] | _Broken]:
    """The rows that hold something, each with the line it starts on; a row the
    reader refuses is a :class:`_Broken`, and the rows after it are read still.

    The reader is strict: text after a cell's closing quote is an error, not
    glued to the cell. A quote left open takes the lines after it into its
    cell, up to the next quote or to the end of the text: a broken row that
    runs over several lines is cut at its first line (its problem is then
    the quote left open there: :data:`NEVER_CLOSED`), and the reading starts
    again on the next line.
    """
    skip = 0  # the lines before the reader's first
    split: list[str] = []  # the text's lines, once a reading starts again
    while True:
        lines: Iterator[str] = io.StringIO(text, newline="")
        if skip:
            split = split or list(lines)
            lines = map(split.__getitem__, range(skip, len(split)))
        reader = csv.reader(lines, delimiter=separator, strict=True)
        # A row starts on the line after the one the previous row ended on.
        end = skip
        while True:
            try:
                for cells in reader:
                    start, end = end + 1, skip + reader.line_num
                    # Some cell holds more than blanks (the blanks of all cells are blanks).
                    if "".join(cells).strip():
                        yield start, cells
                return
            except csv.Error as error:  # noqa: PERF203 - once per broken row
                start = end + 1
                if skip + reader.line_num > start:
                    yield _Broken(NEVER_CLOSED, start)
                    skip = start
                    break
                # The reader drops the rest of the line it stopped on, and goes on.
                yield _Broken(str(error), start)
                end = start


def _read_header(pack: Pack, cells: list[str], line: int) -> _Header:
    ids = [q.id for q in pack.questions]
    by_name = _column_names(pack)
    seen: dict[str, int] = {}
    team = -1
    questions: list[tuple[int, str]] = []
    ignored: list[int] = []
    unknown: list[str] = []
    by_text: list[str] = []
    for column, cell in enumerate(cells):
        name = cell.strip()
        key = _folded(name)
        if key in FORM_COLUMNS:
            ignored.append(column)
            continue
        if not name:
            continue
        meaning = "team" if key in TEAM_COLUMNS else by_name.get(key, key)
        if meaning in seen:
            raise _error(
                line,
                "error.csv.column_twice",
                name=name,
                first=seen[meaning] + 1,
                second=column + 1,
            )
        seen[meaning] = column
        if meaning == "team":
            team = column
        elif key in by_name:
            questions.append((column, meaning))
            if key != meaning:
                by_text.append(meaning)
        else:
            unknown.append(name)
    if unknown:
        texts = [text for q in pack.questions for text in q.text.values()]
        listed = LocalText({lang: _listed(lang, unknown, [*ids, *texts]) for lang in LANGUAGES})
        plural = "one" if len(unknown) == 1 else "many"
        raise _error(line, f"error.csv.unknown_columns.{plural}", listed=listed, ids=", ".join(ids))
    if team < 0:
        raise _error(line, "error.csv.no_team_column", example=",".join(ids[:3]))
    named = {team, *ignored, *(column for column, _ in questions)}
    spellings = pack.compiled.spellings
    by_id = {question.id: question for question in pack.questions}
    # A form export names its columns after the questions: its answers are
    # labels, so a message about one lists the labels too.
    hints = {qid: says("error.csv.labels", labels=_label_list(by_id[qid])) for qid in by_text}
    position = {qid: index for index, qid in enumerate(ids)}
    ordered = sorted(questions, key=lambda question: position[question[1]])
    return _Header(
        team,
        tuple(
            (column, qid, spellings[qid], _labels(pack, by_id[qid])) for column, qid in questions
        ),
        len(cells),
        tuple(column for column in range(len(cells)) if column not in named),
        hints,
        tuple(qid for _, qid in ordered),
        _picker([column for column, _ in ordered]),
        tuple({} for _ in ordered),
    )


def _picker(columns: list[int]) -> Callable[[list[str]], Sequence[str]]:
    """A function picking the cells of ``columns`` out of a row, in that order."""
    if len(columns) > 1:
        return itemgetter(*columns)
    return lambda cells: [cells[column] for column in columns]


def _csv_entry(pack: Pack, header: _Header, cells: list[str], file: str, line: int) -> Entry:
    team = cells[header.team].strip() if header.team < len(cells) else ""
    name = team or None
    # A value under no column name: in a column whose header is empty, or past the header.
    stray = None
    if header.unnamed:
        stray = next(
            (column for column in header.unnamed if column < len(cells) and cells[column].strip()),
            None,
        )
    if stray is None and len(cells) > header.width:
        stray = next(
            (column for column in range(header.width, len(cells)) if cells[column].strip()), None
        )
    if stray is not None:
        value = repr(cells[stray].strip())
        return failure(
            file, line, "error.csv.stray_value", team=name, column=stray + 1, value=value
        )
    if not team:
        return failure(file, line, "error.csv.empty_team")
    if len(cells) < header.width:
        # A short row: its missing cells are empty.
        cells = [*cells, *[""] * (header.width - len(cells))]
    try:
        # Every cell's text was met before: its meaning, at C speed (filter
        # drops the () of unknown answers); a new text is a KeyError.
        meanings = filter(None, map(_meaning, header.meanings, header.pick(cells)))
        known = dict(cast("Iterator[tuple[str, str]]", meanings))
    except KeyError:
        checked = _checked(pack, header, cells)
        if isinstance(checked, Problem):
            return Failure(file, line, None, name, checked.text, checked.says)
        known = checked
    return TeamProfile(team, known, f"{file}:{line}")


def _checked(pack: Pack, header: _Header, cells: list[str]) -> dict[str, str] | Problem:
    """A row's known answers, checked (and their cells' meanings kept); or what is wrong."""
    answers = {}
    for column, qid, spellings, labels in header.questions:
        value = cells[column]
        # An option id is the common case; a label is looked up only when it is not one.
        answers[qid] = value if value in spellings else labels.get(_folded(value), value)
    try:
        known = check_answers(pack, answers)
    except AnswersError as error:
        said = () if error.says is None else (error.says,)
        hint = header.hints.get(str(error.key[-1])) if error.key else None
        if hint is None:
            return Problem(error.problem, said)
        return Problem(error.problem + hint[0], (*said, hint[1]))
    # A cell's meaning depends on its column and its text only.
    for qid, meanings, value in zip(header.order, header.meanings, header.pick(cells), strict=True):
        option = known.get(qid)
        meanings[value] = () if option is None else (qid, option)
    return known
