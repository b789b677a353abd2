"""The prompts: what they show (as data), and how they answer keystrokes (pipe input)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput

from advisor.pack import Pack
from advisor.prompts import Session, ask_select, ask_team
from advisor.prompts.specs import (
    BACK,
    DONE,
    SEPARATOR,
    SKIP,
    Entry,
    SelectSpec,
    back_entry,
    crop,
    question_spec,
    review_spec,
    skip_title,
)
from advisor.questionnaire import TEAM, ReviewItem, Step

DOWN, UP, LEFT, ENTER, CTRL_C = "\x1b[B", "\x1b[A", "\x1b[D", "\r", "\x03"


@pytest.fixture
def pipe() -> Iterator[PipeInput]:
    with create_pipe_input() as pipe_input:
        yield pipe_input


def session_with(pipe: PipeInput, *keys: str) -> Session:
    """A session whose input holds ``keys``, then ends (so a prompt never waits)."""
    pipe.send_text("".join(keys))
    pipe.close()
    return Session(input=pipe, output=DummyOutput())


NO_BACK = Entry("", "")


def spec_for(
    pack: Pack,
    question_id: str,
    *,
    selected: str | None = None,
    back: Entry | None = NO_BACK,
    skip: str | None = None,
) -> SelectSpec:
    """The spec of question ``question_id`` as the first of 19, with "← Back" by default."""
    question = pack.question(question_id)
    assert question is not None
    return question_spec(
        question,
        lang="en",
        number=1,
        total=19,
        selected=selected,
        back=back_entry(False) if back is NO_BACK else back,
        skip=skip,
    )


# -- what the prompts show ---------------------------------------------------------------


def test_a_question_offers_its_labels_i_dont_know_and_back(pack: Pack) -> None:
    spec = spec_for(pack, "training_cost")
    # The longest answer would not fit after the question: it goes on a line of its own.
    assert spec.message == "1/19 · How much does one full training run cost?\n "
    assert spec.entries == (
        Entry("Low: minutes to a few hours on ordinary compute", "low", "1"),
        Entry("Moderate", "moderate", "2"),
        Entry("High: very expensive", "high", "3"),
        Entry("I don't know", "unknown", "0"),
        SEPARATOR,
        Entry("← Back", BACK, "b", nav=True),
    )
    assert spec.default == "low"
    assert spec.back and spec.shortcuts


def test_the_current_answer_is_pointed_at(pack: Pack) -> None:
    assert spec_for(pack, "training_cost", selected="unknown").default == "unknown"


def test_the_first_question_of_a_completion_has_no_back(pack: Pack) -> None:
    spec = spec_for(pack, "git_cicd", back=None)
    assert [entry.value for entry in spec.entries] == ["none", "git_only", "full", "unknown"]
    assert not spec.back


def test_an_edit_goes_back_to_the_review(pack: Pack) -> None:
    spec = spec_for(pack, "git_cicd", back=back_entry(True))
    assert spec.entries[-1] == Entry("← Back to the review", BACK, "b", nav=True)


def test_a_question_answered_before_offers_to_skip_ahead(pack: Pack) -> None:
    title = skip_title(Step("question", "retraining", number=7, total=19))
    spec = spec_for(pack, "git_cicd", skip=title)
    assert spec.entries[-1] == Entry("Skip to question 7 →", SKIP, "s", nav=True)
    assert skip_title(Step("review")) == "Skip to the review →"
    assert skip_title(None) is None


def test_the_key_hint_is_left_out_when_the_line_would_wrap(pack: Pack) -> None:
    assert spec_for(pack, "retraining").instruction == "(↑↓ Enter · ← back)"
    assert spec_for(pack, "prod_results_visibility").instruction == ""
    assert spec_for(pack, "retraining", back=None).instruction == "(↑↓ Enter)"


def test_the_review_lists_every_answer_in_80_columns(pack: Pack) -> None:
    items = [
        ReviewItem(TEAM, "Fraud Detection"),
        ReviewItem("dev_reads_prod_data", "yes"),
        ReviewItem("training_cost", "unknown"),
        ReviewItem("retraining", None),
    ]
    spec = review_spec(pack, items, lang="en", width=80)
    assert spec.entries[:2] == (Entry("Done — write the report", DONE, nav=True), SEPARATOR)
    lines = [entry.title for entry in spec.entries[2:]]
    assert [entry.value for entry in spec.entries[2:]] == [item.id for item in items]
    assert all(len(line) <= 74 for line in lines)
    assert lines[0].startswith("Team ") and lines[0].endswith("Fraud Detection")
    assert lines[1].startswith("Can data scientists in development read")
    assert lines[1].endswith("Yes, directly or through a r…")
    assert lines[2].endswith("I don't know")
    assert lines[3].startswith("How will the model be retrained?")
    assert lines[3].endswith("(not answered)")
    # The answers start in one column.
    column = len(lines[0]) - len("Fraud Detection")
    assert lines[2][column:] == "I don't know"
    assert spec.default == DONE and spec.erase


def test_crop() -> None:
    assert crop("short", 10) == "short"
    assert crop("a longer text", 8) == "a longe…"


# -- how they answer keystrokes ------------------------------------------------------------


def test_the_team_name_is_typed_and_stripped(pipe: PipeInput) -> None:
    assert ask_team(session_with(pipe, "  Fraud Detection ", ENTER)) == "Fraud Detection"


def test_an_empty_team_name_is_refused_until_one_is_typed(pipe: PipeInput) -> None:
    assert ask_team(session_with(pipe, ENTER, "Risk", ENTER)) == "Risk"


def test_the_team_name_keeps_its_default(pipe: PipeInput) -> None:
    assert ask_team(session_with(pipe, ENTER), default="Fraud") == "Fraud"


def test_enter_chooses_the_entry_pointed_at(pack: Pack, pipe: PipeInput) -> None:
    spec = spec_for(pack, "training_cost", selected="moderate")
    assert ask_select(session_with(pipe, ENTER), spec) == "moderate"


def test_arrows_move_over_the_separator(pack: Pack, pipe: PipeInput) -> None:
    spec = spec_for(pack, "training_cost")
    keys = (DOWN, DOWN, DOWN, DOWN, ENTER)  # low -> ... -> unknown -> (separator) -> back
    assert ask_select(session_with(pipe, *keys), spec) == BACK


def test_i_dont_know_answers_unknown(pack: Pack, pipe: PipeInput) -> None:
    spec = spec_for(pack, "training_cost")
    # Up from the first entry wraps round to "← Back", then "I don't know".
    assert ask_select(session_with(pipe, UP, UP, ENTER), spec) == "unknown"


def test_number_shortcuts_point_at_an_option(pack: Pack, pipe: PipeInput) -> None:
    spec = spec_for(pack, "training_cost")
    assert ask_select(session_with(pipe, "3", ENTER), spec) == "high"
    with create_pipe_input() as other:
        assert ask_select(session_with(other, "0", ENTER), spec) == "unknown"


def test_the_left_arrow_goes_back_at_once(pack: Pack, pipe: PipeInput) -> None:
    spec = spec_for(pack, "training_cost")
    assert ask_select(session_with(pipe, LEFT), spec) == BACK


def test_the_left_arrow_does_nothing_without_a_previous_question(
    pack: Pack, pipe: PipeInput
) -> None:
    spec = spec_for(pack, "training_cost", back=None)
    assert ask_select(session_with(pipe, LEFT, ENTER), spec) == "low"


def test_ctrl_c_raises_keyboard_interrupt(pack: Pack, pipe: PipeInput) -> None:
    with pytest.raises(KeyboardInterrupt):
        ask_select(session_with(pipe, CTRL_C), spec_for(pack, "training_cost"))
    with create_pipe_input() as other, pytest.raises(KeyboardInterrupt):
        ask_team(session_with(other, "Fra", CTRL_C))


def test_a_closed_input_raises_eof_instead_of_waiting(pack: Pack, pipe: PipeInput) -> None:
    with pytest.raises(EOFError):
        ask_select(session_with(pipe), spec_for(pack, "training_cost"))


def test_work_given_to_the_team_prompt_runs_while_it_is_shown(pipe: PipeInput) -> None:
    calls: list[str] = []

    def work() -> None:
        calls.append("loaded")

    assert ask_team(session_with(pipe, "Fraud", ENTER), meanwhile=work) == "Fraud"
    assert calls == ["loaded"]


def test_work_that_fails_leaves_the_team_prompt_working(pipe: PipeInput) -> None:
    def work() -> None:
        raise RuntimeError("the caller meets this again, outside the prompt")

    assert ask_team(session_with(pipe, "Fraud", ENTER), meanwhile=work) == "Fraud"


@pytest.mark.parametrize("width", [50, 80, 100, 120])
@pytest.mark.parametrize("lang", ["en", "pt-BR"])
def test_a_long_question_breaks_between_words_and_keeps_its_number(
    pack: Pack, width: int, lang: str
) -> None:
    for number, question in enumerate(pack.questions, start=1):
        spec = question_spec(
            question, lang=lang, number=number, total=19, selected=None, back=None, width=width
        )
        lines = spec.message.split("\n")
        words = " ".join(line.strip() for line in lines).split()
        assert words == f"{number}/19 · {question.text.get_lang(lang)}".split()
        assert all(len(line) <= width - 5 for line in lines)
        # "? " + the last line + " " + any answer fits the terminal's width.
        labels = [option.label.get_lang(lang) for option in question.options]
        assert all(2 + len(lines[-1]) + 1 + len(label) < width for label in labels) or (width < 60)


def test_escape_then_a_digit_types_the_digit_in_the_team_name(pipe: PipeInput) -> None:
    # prompt_toolkit's Emacs keys read Esc 9 as "repeat the next key 9 times",
    # and show "(arg: 9)": a user who pressed Esc meant no such thing.
    assert ask_team(session_with(pipe, "Team ", "\x1b", "9", "X", ENTER)) == "Team 9X"
