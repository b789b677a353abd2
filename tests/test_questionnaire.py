"""The questionnaire's flow, without a terminal: order, `when`, going back, review, edits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from advisor.loader import load_pack
from advisor.pack import Pack
from advisor.questionnaire import TEAM, Flow, Progress, ReviewItem, Step

# The tiny pack (tests/conftest.py): size, locked, detail (asked unless locked = yes), colour.


@pytest.fixture
def tiny(make_pack: Callable[..., Path]) -> Pack:
    return load_pack(make_pack())


def walk(flow: Flow, *answers: str) -> list[str]:
    """Answer the steps in turn; return the ids of the steps asked."""
    asked = []
    for value in answers:
        step = flow.current()
        asked.append(step.id)
        flow.answer(value)
    return asked


def test_a_fresh_run_asks_the_team_then_every_question_in_order(tiny: Pack) -> None:
    flow = Flow(tiny)
    assert flow.current() == Step("team", TEAM, can_back=False, total=4)
    asked = walk(flow, "Fraud", "small", "no", "fine", "red")
    assert asked == [TEAM, "size", "locked", "detail", "colour"]
    assert flow.current().kind == "review"
    assert flow.team == "Fraud"
    assert flow.answers == {"size": "small", "locked": "no", "detail": "fine", "colour": "red"}


def test_a_question_whose_when_is_false_is_skipped(tiny: Pack) -> None:
    flow = Flow(tiny)
    assert walk(flow, "Fraud", "large", "yes", "blue") == [TEAM, "size", "locked", "colour"]
    assert "detail" not in flow.answers
    assert flow.progress() == Progress(answered=3, unknown=0, total=3)
    assert [item.id for item in flow.review()] == [TEAM, "size", "locked", "colour"]


def test_steps_are_numbered_among_the_questions_that_apply(tiny: Pack) -> None:
    flow = Flow(tiny)
    walk(flow, "Fraud", "large")
    assert flow.current() == Step("question", "locked", can_back=True, number=2, total=4)
    flow.answer("yes")
    assert flow.current() == Step("question", "colour", can_back=True, number=3, total=3)


def test_unknown_is_an_answer(tiny: Pack) -> None:
    flow = Flow(tiny)
    walk(flow, "Fraud", "unknown", "unknown", "unknown", "unknown")
    assert flow.current().kind == "review"
    assert flow.answers == dict.fromkeys(["size", "locked", "detail", "colour"], "unknown")
    assert flow.progress() == Progress(answered=0, unknown=4, total=4)


def test_back_returns_to_the_previous_step_with_its_answer_kept(tiny: Pack) -> None:
    flow = Flow(tiny)
    walk(flow, "Fraud", "large", "no")
    assert flow.current().id == "detail"
    flow.back()
    assert flow.current().id == "locked"
    assert flow.preselected("locked") == "no"
    flow.back()
    flow.back()
    assert flow.current() == Step("team", TEAM, can_back=False, total=4)
    with pytest.raises(ValueError, match="no previous step"):
        flow.back()
    # Forward again: the same steps, the answers still there to confirm.
    assert walk(flow, "Fraud", "large", "no") == [TEAM, "size", "locked"]
    assert flow.current().id == "detail"


def test_going_back_skips_questions_that_do_not_apply(tiny: Pack) -> None:
    flow = Flow(tiny)
    walk(flow, "Fraud", "small", "yes")
    assert flow.current().id == "colour"
    flow.back()
    assert flow.current().id == "locked"


def test_changing_an_earlier_answer_switches_questions_on_and_off(tiny: Pack) -> None:
    flow = Flow(tiny)
    walk(flow, "Fraud", "small", "no", "fine")
    flow.back()
    flow.back()
    flow.answer("yes")  # locked: detail no longer applies; its answer is dropped
    assert "detail" not in flow.answers
    assert flow.current().id == "colour"
    flow.back()
    flow.answer("no")  # detail applies again and must be asked again
    assert flow.current().id == "detail"
    assert flow.preselected("detail") is None


def test_the_review_lists_the_team_and_every_answer(tiny: Pack) -> None:
    flow = Flow(tiny)
    walk(flow, "Fraud", "small", "no", "unknown", "red")
    assert flow.review() == [
        ReviewItem(TEAM, "Fraud"),
        ReviewItem("size", "small"),
        ReviewItem("locked", "no"),
        ReviewItem("detail", "unknown"),
        ReviewItem("colour", "red"),
    ]
    flow.finish()
    assert flow.done
    assert flow.current().kind == "done"


def test_an_edit_asks_the_chosen_question_then_returns_to_the_review(tiny: Pack) -> None:
    flow = Flow(tiny)
    walk(flow, "Fraud", "small", "no", "fine", "red")
    flow.edit("size")
    assert flow.current() == Step(
        "question", "size", can_back=True, to_review=True, number=1, total=4
    )
    assert flow.preselected("size") == "small"
    flow.answer("large")
    assert flow.current().kind == "review"
    assert flow.answers["size"] == "large"


def test_an_edit_asks_only_the_questions_it_switches_on(tiny: Pack) -> None:
    flow = Flow(tiny)
    walk(flow, "Fraud", "small", "yes", "red")
    flow.edit("locked")
    flow.answer("no")  # detail now applies: asked, and nothing else
    step = flow.current()
    assert (step.id, step.can_back, step.to_review) == ("detail", True, False)
    flow.answer("coarse")
    assert flow.current().kind == "review"
    assert flow.answers == {"size": "small", "locked": "no", "detail": "coarse", "colour": "red"}


def test_an_edit_drops_the_answers_of_questions_that_no_longer_apply(tiny: Pack) -> None:
    flow = Flow(tiny)
    walk(flow, "Fraud", "small", "no", "fine", "red")
    flow.edit("locked")
    flow.answer("yes")
    assert flow.current().kind == "review"
    assert flow.answers == {"size": "small", "locked": "yes", "colour": "red"}
    assert [item.id for item in flow.review()] == [TEAM, "size", "locked", "colour"]


def test_back_from_an_edit_returns_to_the_review_unchanged(tiny: Pack) -> None:
    flow = Flow(tiny)
    walk(flow, "Fraud", "small", "yes", "red")
    flow.edit("colour")
    flow.back()
    assert flow.current().kind == "review"
    assert flow.answers["colour"] == "red"
    # Back from a question the edit switched on returns to the edited one.
    flow.edit("locked")
    flow.answer("no")
    flow.back()
    assert flow.current().id == "locked"


def test_the_team_can_be_renamed_from_the_review(tiny: Pack) -> None:
    flow = Flow(tiny)
    walk(flow, "Fraud", "small", "yes", "red")
    flow.edit(TEAM)
    assert flow.current().kind == "team"
    flow.answer("  Risk  ")
    assert flow.team == "Risk"
    assert flow.current().kind == "review"


def test_after_going_back_the_walk_can_skip_to_where_it_stopped(tiny: Pack) -> None:
    flow = Flow(tiny)
    walk(flow, "Fraud", "small", "no")
    assert flow.skip_target() is None  # detail has no answer yet: nothing to skip
    flow.back()
    flow.back()
    assert flow.current().id == "size"
    assert flow.skip_target() == Step("question", "detail", can_back=True, number=3, total=4)
    flow.skip()
    assert flow.current().id == "detail"
    assert flow.answers == {"size": "small", "locked": "no"}


def test_skipping_with_every_question_answered_goes_to_the_review(tiny: Pack) -> None:
    flow = Flow(tiny, team="Fraud", answers={"size": "small", "locked": "yes"})
    assert flow.current().id == "colour"
    flow.back()
    assert flow.skip_target() == Step("question", "colour", can_back=True, number=3, total=3)
    flow.answer("no")  # now detail applies: the skip goes there
    flow.back()
    flow.back()
    assert flow.current().id == "size"
    assert flow.skip_target() == Step("question", "detail", can_back=True, number=3, total=4)
    flow.skip()
    flow.answer("fine")
    flow.answer("red")
    assert flow.current().kind == "review"
    flow.edit("size")
    assert flow.skip_target() is None  # edits return to the review by themselves
    with pytest.raises(ValueError, match="only a question answered before"):
        flow.skip()


def test_a_resumed_run_starts_at_the_first_question_without_an_answer(tiny: Pack) -> None:
    flow = Flow(tiny, team="Fraud", answers={"size": "large", "locked": "unknown"})
    assert flow.current().id == "detail"
    flow.back()  # the earlier answers are still there to go back to
    assert flow.current().id == "locked"
    assert flow.preselected("locked") == "unknown"
    flow.back()
    flow.back()
    assert flow.current().kind == "team"


def test_a_resumed_run_does_not_ask_again_what_a_completed_file_answered(tiny: Pack) -> None:
    # `--answers FILE --interactive` interrupted, then `--resume`: the draft holds
    # the file's answers (colour) after the point where the run stopped.
    flow = Flow(tiny, team="Fraud", answers={"size": "large", "colour": "red"})
    assert walk(flow, "no", "fine") == ["locked", "detail"]
    assert flow.current().kind == "review"
    assert flow.answers["colour"] == "red"


def test_a_resumed_run_without_a_team_starts_with_it(tiny: Pack) -> None:
    flow = Flow(tiny, answers={"size": "large"})
    assert flow.current().kind == "team"
    flow.answer("Fraud")
    # The walk goes on in order (size shows its answer), with a skip to where it stopped.
    assert flow.current().id == "size"
    target = flow.skip_target()
    assert target is not None and target.id == "locked"


def test_completing_a_file_asks_only_what_is_missing(tiny: Pack) -> None:
    flow = Flow(tiny, team="Fraud", answers={"size": "large", "colour": "red"}, only_missing=True)
    step = flow.current()
    assert (step.id, step.can_back) == ("locked", False)
    flow.answer("no")
    assert flow.current().id == "detail"
    flow.back()
    assert flow.current().id == "locked"
    flow.answer("no")
    flow.answer("fine")
    assert flow.current().kind == "review"
    assert flow.answers == {"size": "large", "colour": "red", "locked": "no", "detail": "fine"}


def test_completing_a_file_without_a_team_asks_it_first(tiny: Pack) -> None:
    flow = Flow(tiny, answers={"size": "large"}, only_missing=True)
    assert walk(flow, "Fraud", "yes", "red") == [TEAM, "locked", "colour"]
    assert flow.current().kind == "review"


def test_a_complete_file_goes_straight_to_the_review(tiny: Pack) -> None:
    flow = Flow(
        tiny,
        team="Fraud",
        answers={"size": "large", "locked": "yes", "colour": "red"},
        only_missing=True,
    )
    assert flow.current().kind == "review"


def test_answers_to_questions_that_do_not_apply_are_dropped_at_the_start(tiny: Pack) -> None:
    flow = Flow(tiny, team="Fraud", answers={"locked": "yes", "detail": "fine"})
    assert flow.answers == {"locked": "yes"}
    assert flow.engine_answers() == {"locked": "yes"}


def test_defaults_of_the_pack_are_preselected(make_pack: Callable[..., Path]) -> None:
    questions = """
        questions:
          - id: size
            kind: decision
            text: How big?
            help: Size.
            default: large
            options:
              - {id: small, label: Small}
              - {id: large, label: Large}
    """
    rules = {
        "large-favours-beta": """
            id: large-favours-beta
            title: Rule
            reason: Because.
            when: {question: size, is: large}
            effects: {scores: {beta: 3}}
            sources:
              - {section: Somewhere, quote: Something.}
        """
    }
    pack = load_pack(make_pack(rules=rules, questions__yaml=questions))
    flow = Flow(pack, team="Fraud")
    assert flow.preselected("size") == "large"
    flow.answer("small")
    assert flow.preselected("size") == "small"


def test_without_a_default_nothing_is_preselected(tiny: Pack) -> None:
    assert Flow(tiny).preselected("size") is None


def test_invalid_moves_are_refused(tiny: Pack) -> None:
    flow = Flow(tiny)
    with pytest.raises(ValueError, match="cannot be empty"):
        flow.answer("   ")
    flow.answer("Fraud")
    with pytest.raises(ValueError, match="'huge' is not an answer to 'size'"):
        flow.answer("huge")
    with pytest.raises(ValueError, match="from the review screen"):
        flow.edit("size")
    with pytest.raises(ValueError, match="from the review screen"):
        flow.finish()
    with pytest.raises(ValueError, match="only a question answered before"):
        flow.skip()
    walk(flow, "large", "yes", "red")
    with pytest.raises(ValueError, match="'detail' is not a question that applies"):
        flow.edit("detail")
    with pytest.raises(ValueError, match="no question is asked on the review step"):
        flow.answer("x")


def test_the_default_pack_skips_visibility_when_prod_training_is_not_allowed(pack: Pack) -> None:
    flow = Flow(pack, team="Fraud")
    asked = []
    while flow.current().kind == "question":
        step = flow.current()
        asked.append(step.id)
        flow.answer("no" if step.id == "training_in_prod_allowed" else "unknown")
    assert "prod_results_visibility" not in asked
    assert len(asked) == len(pack.questions) - 1
    flow.edit("training_in_prod_allowed")
    flow.answer("yes")
    assert flow.current().id == "prod_results_visibility"
    flow.answer("yes")
    assert flow.current().kind == "review"
