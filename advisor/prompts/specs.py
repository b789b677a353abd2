"""What each prompt shows, as plain data: built here, drawn by :mod:`advisor.prompts`.

Keeping the choices, labels, shortcuts and defaults out of questionary makes
them testable as data (as copier tests its ``get_questionary_structure``).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from advisor.conditions import UNKNOWN
from advisor.i18n import message
from advisor.markdown import one_line
from advisor.questionnaire import TEAM, ReviewItem, Step

if TYPE_CHECKING:  # the team's name is asked before the pack is loaded
    from advisor.model import Question
    from advisor.pack import Pack

BACK = "<back>"
"""The value of the "← Back" entry (option ids are snake_case, so it never clashes)."""
SKIP = "<skip>"
"""The value of the "Skip to ..." entry (back where the team left off)."""
DONE = "<done>"
"""The value of the review screen's "Done" entry."""

SHORTCUTS = "123456789"


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a select prompt.

    Attributes:
        title: the text shown.
        value: what choosing it returns.
        shortcut: the key that points at it (shown as ``1)``), if any.
        nav: a navigation entry (back, review, done), styled apart from the answers.
        description: shown under the list while the entry is pointed at.
    """

    title: str
    value: str
    shortcut: str | None = None
    nav: bool = False
    description: str | None = None


SEPARATOR = Entry("", "")
"""A separator line between the answers and the navigation entries."""


@dataclass(frozen=True, slots=True)
class SelectSpec:
    """A select prompt as data.

    Attributes:
        message: the question line.
        entries: the lines of the list, :data:`SEPARATOR` for a separator.
        default: the value pointed at first.
        instruction: the hint shown after the message until it is answered.
        back: whether the left arrow key goes back (returns :data:`BACK`).
        shortcuts: whether entries carry number/letter shortcuts.
        erase: whether the prompt vanishes once answered (the review screen).
    """

    message: str
    entries: tuple[Entry, ...]
    default: str | None
    instruction: str
    back: bool
    shortcuts: bool
    erase: bool = False


def back_entry(to_review: bool, *, lang: str = "en") -> Entry:
    """The "← Back" entry (back to the review screen when an edit is being cancelled)."""
    title = message(lang, "prompt.back_to_review" if to_review else "prompt.back")
    return Entry(title, BACK, "b", nav=True)


def question_spec(
    question: Question,
    *,
    lang: str,
    number: int,
    total: int,
    selected: str | None,
    back: Entry | None,
    skip: str | None = None,
    width: int = 80,
) -> SelectSpec:
    """The select prompt of one question: its options, "I don't know", then navigation.

    Args:
        question: the question asked.
        lang: the language of its texts.
        number: its position among the questions that apply (0: not shown).
        total: how many questions apply.
        selected: the option pointed at first (the current answer or the default).
        back: the back entry, or ``None`` when there is nowhere to go back to.
        skip: the title of the entry that skips ahead, when offered.
        width: the terminal's width: the key hint, then the number, are left out
            when the question's line would wrap.
    """
    shortcuts = len(question.options) <= len(SHORTCUTS)
    entries = [
        Entry(
            option.label.get_lang(lang),
            option.id,
            SHORTCUTS[index] if shortcuts else None,
            description=None if option.help is None else one_line(option.help.get_lang(lang)),
        )
        for index, option in enumerate(question.options)
    ]
    entries.append(Entry(message(lang, "prompt.unknown"), UNKNOWN, "0" if shortcuts else None))
    navigation = []
    if back is not None:
        navigation.append(back if shortcuts else Entry(back.title, back.value, nav=True))
    if skip is not None:
        navigation.append(Entry(skip, SKIP, "s" if shortcuts else None, nav=True))
    if navigation:
        entries.append(SEPARATOR)
        entries.extend(navigation)
    instruction = message(lang, "prompt.keys_back" if back is not None else "prompt.keys")
    prefix = f"{number}/{total} · " if number else ""
    text = prefix + one_line(question.text.get_lang(lang))
    # "? <message> <instruction>": the key hint only when it fits on the line
    # (the screen shows the keys once, above); a question too long for one
    # line is broken between words, its next lines under its first word.
    room = width - 5  # "? ", " ", " " and the last column (a full line wraps)
    if len(text) + 1 + len(instruction) > room:
        instruction = ""
    if len(text) > room:
        lines = textwrap.wrap(text, max(room, 20), subsequent_indent="  ", break_on_hyphens=False)
        text = "\n".join(lines)
    # Once answered, the answer is shown after the question: on a line of its
    # own when the longest one would not fit after the question's last line.
    longest = max(len(entry.title) for entry in entries if entry is not SEPARATOR and not entry.nav)
    if len(text.rpartition("\n")[2]) + 1 + longest > room:
        text += "\n "
    return SelectSpec(
        message=text,
        entries=tuple(entries),
        default=selected if selected is not None else entries[0].value,
        instruction=instruction,
        back=back is not None,
        shortcuts=shortcuts,
    )


def skip_title(target: Step | None, *, lang: str = "en") -> str | None:
    """The title of the skip-ahead entry for a :meth:`Flow.skip_target`."""
    if target is None:
        return None
    if target.kind == "review":
        return message(lang, "prompt.skip_review")
    if target.kind == "team":
        return message(lang, "prompt.skip_team")
    return message(lang, "prompt.skip_question", number=target.number)


def crop(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, with an ellipsis when cut."""
    if len(text) <= width:
        return text
    return text[: max(width - 1, 0)].rstrip() + "…"


def answer_label(pack: Pack, question_id: str, answer: str | None, *, lang: str) -> str:
    """How an answer reads on the review screen."""
    if answer is None:
        return message(lang, "review.not_answered")
    if question_id == TEAM:
        return one_line(answer)
    if answer == UNKNOWN:
        return message(lang, "prompt.unknown")
    question = pack.question(question_id)
    assert question is not None
    for option in question.options:
        if option.id == answer:
            return option.label.get_lang(lang)
    return answer


def review_spec(
    pack: Pack, items: Sequence[ReviewItem], *, lang: str, width: int = 80
) -> SelectSpec:
    """The review screen: "Done", then every answer on one line, cropped to ``width``.

    Each line reads ``<question>  <answer>``, the answers aligned in a column.
    """
    room = max(width - 6, 30)  # the pointer and the margins
    texts = []
    for item in items:
        if item.id == TEAM:
            texts.append(message(lang, "review.team"))
        else:
            question = pack.question(item.id)
            assert question is not None
            texts.append(one_line(question.text.get_lang(lang)))
    answers = [answer_label(pack, item.id, item.answer, lang=lang) for item in items]
    answer_room = min(max((len(answer) for answer in answers), default=0), room * 2 // 5)
    text_room = room - answer_room - 2
    entries = [Entry(message(lang, "review.done"), DONE, nav=True), SEPARATOR]
    for item, text, answer in zip(items, texts, answers, strict=True):
        title = f"{crop(text, text_room):<{text_room}}  {crop(answer, answer_room)}"
        entries.append(Entry(title.rstrip(), item.id))
    return SelectSpec(
        message=message(lang, "review.title"),
        entries=tuple(entries),
        default=DONE,
        instruction=message(lang, "review.instruction"),
        back=False,
        shortcuts=False,
        erase=True,
    )
