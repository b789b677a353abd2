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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, cast

from advisor.answers import check_answers
from advisor.conditions import UNKNOWN
from advisor.errors import AnswersError
from advisor.i18n.ui import UI
from advisor.loader.entries import Entry, Failure, TeamProfile
from advisor.loader.profiles import read_text
from advisor.model import Question
from advisor.pack import Pack
from advisor.references import did_you_mean
from advisor.text import DEFAULT_LANGUAGE

if TYPE_CHECKING:
    from _csv import Reader as _CsvReader

TEAM_COLUMNS = frozenset({"team", "team name"})
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
        hints: question id -> what a message about its answer adds (the labels).
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
    hints: dict[str, str]
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
        if error.problem == "is not UTF-8 text":
            raise AnswersError(
                "is not UTF-8 text; save it as 'CSV UTF-8' (Excel) or export it as UTF-8"
            ) from None
        raise
    first_line = text.split("\n", 1)[0]
    separator = max(_SEPARATORS, key=first_line.count)
    rows = _rows(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    try:
        header_line, header_cells = next(rows)
    except StopIteration:
        raise AnswersError(
            "the file is empty: expected a header row, 'team' and question ids"
        ) from None
    except _CsvError as error:
        raise AnswersError(error.problem, line=error.line) from None
    header = _read_header(pack, header_cells, header_line)
    count = 0
    try:
        for line, cells in rows:
            count += 1
            yield _csv_entry(pack, header, cells, file, line)
    except _CsvError as error:
        yield Failure(file, error.line, None, None, error.problem)
        return
    if not count:
        yield Failure(file, None, None, None, "has a header row but no team rows")


class _CsvError(Exception):
    def __init__(self, problem: str, line: int) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line


def _rows(reader: _CsvReader) -> Iterator[tuple[int, list[str]]]:
    """The rows that hold something, each with the line it starts on."""
    # A row starts on the line after the one the previous row ended on.
    end = reader.line_num
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num
            # Some cell holds more than blanks (the blanks of all cells are blanks).
            if "".join(cells).strip():
                yield start, cells
    except csv.Error as error:
        raise _CsvError(f"not valid CSV: {error}", end + 1) from None


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
            raise AnswersError(
                f"column '{name}' appears twice (columns {seen[meaning] + 1} and {column + 1})",
                line=line,
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
        listed = ", ".join(f"'{name}'{did_you_mean(name, [*ids, *texts])}" for name in unknown)
        raise AnswersError(
            f"unknown column{'s' * (len(unknown) > 1)} {listed}; the columns are "
            f"'team' and question ids (or the questions' texts): {', '.join(ids)}",
            line=line,
        )
    if team < 0:
        raise AnswersError(
            "no 'team' column: the header is 'team' followed by question ids, "
            f"for example: team,{','.join(ids[:3])}",
            line=line,
        )
    named = {team, *ignored, *(column for column, _ in questions)}
    spellings = pack.compiled.spellings
    by_id = {question.id: question for question in pack.questions}
    # A form export names its columns after the questions: its answers are
    # labels, so a message about one lists the labels too.
    hints = {
        qid: "; or the labels: "
        + ", ".join(f"'{option.label.get_lang(DEFAULT_LANGUAGE)}'" for option in by_id[qid].options)
        + f', "{UNKNOWN_LABELS[0].capitalize()}"'
        for qid in by_text
    }
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
        return Failure(
            file,
            line,
            None,
            name,
            f"a value in column {stray + 1} ({cells[stray].strip()!r}) has no column name "
            "in the header",
        )
    if not team:
        return Failure(file, line, None, None, "the 'team' cell is empty: every row needs a team")
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
        if isinstance(checked, str):
            return Failure(file, line, None, name, checked)
        known = checked
    return TeamProfile(team, known, f"{file}:{line}")


def _checked(pack: Pack, header: _Header, cells: list[str]) -> dict[str, str] | str:
    """A row's known answers, checked (and their cells' meanings kept); or what is wrong."""
    answers = {}
    for column, qid, spellings, labels in header.questions:
        value = cells[column]
        # An option id is the common case; a label is looked up only when it is not one.
        answers[qid] = value if value in spellings else labels.get(_folded(value), value)
    try:
        known = check_answers(pack, answers)
    except AnswersError as error:
        hint = header.hints.get(str(error.key[-1]), "") if error.key else ""
        return error.problem + hint
    # A cell's meaning depends on its column and its text only.
    for qid, meanings, value in zip(header.order, header.meanings, header.pick(cells), strict=True):
        option = known.get(qid)
        meanings[value] = () if option is None else (qid, option)
    return known
