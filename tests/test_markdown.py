"""Escaping helpers: untrusted text stays literal, pack text stays on one line."""

from __future__ import annotations

import pytest
import yaml

from advisor.markdown import cell, code, fence, inline, one_line, prose, prose_cell, yaml_string

markdown_it = pytest.importorskip("markdown_it")


def render(source: str) -> str:
    parser = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    return str(parser.render(source))


def text_of(source: str) -> str:
    """The plain text a renderer shows for one paragraph of Markdown."""
    parser = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = parser.parse(source)
    inlines = [token for token in tokens if token.type == "inline"]
    assert len(inlines) == 1, tokens
    children = inlines[0].children or []
    assert all(child.type in ("text", "text_special") for child in children), children
    return "".join(child.content for child in children)


HOSTILE = [
    "<script>alert(1)</script>",
    "# heading",
    "[x](javascript:alert(1))",
    "| pipe |",
    "```",
    "*bold* _it_ ~~gone~~",
    "1. item",
    "- item",
    "+ item",
    "> quote",
    "![img](http://x/y.png)",
    "&lt; &amp; &#60;",
    "<http://example.com>",
    "a\\*b\\",
    "{braces} (parens)",
    "Équipe Ágil — 数据",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_inline_renders_as_the_literal_text(text: str) -> None:
    assert text_of("Team: " + inline(text)) == "Team: " + text


@pytest.mark.parametrize("text", HOSTILE)
def test_inline_text_forms_no_html(text: str) -> None:
    html = render(inline(text))
    assert "<script" not in html
    assert "<a " not in html
    assert "<img" not in html
    assert "<em>" not in html


def test_inline_turns_html_specials_into_entities() -> None:
    assert inline("<b>&") == "&lt;b&gt;&amp;"


@pytest.mark.parametrize("text", ["a\nb", "a\r\nb", "a\u2028b", "a\x00b", "a\u202eb", "a \t\n b"])
def test_inline_keeps_text_on_one_line(text: str) -> None:
    assert inline(text) == "a b"


def test_one_line_strips_the_ends() -> None:
    assert one_line("\n  two\nlines \n") == "two lines"


def test_cell_keeps_a_table_row_whole() -> None:
    row = f"| {cell('a | b')} | {cell('c')} |"
    html = render(f"| h1 | h2 |\n| --- | --- |\n{row}\n")
    assert html.count("<td>") == 2
    assert "<td>a | b</td>" in html


def test_prose_keeps_markdown_and_defuses_html() -> None:
    assert prose("Use `git`\nand <b>CI</b>") == "Use `git` and &lt;b&gt;CI&lt;/b&gt;"


def test_prose_cell_escapes_pipes_once() -> None:
    assert prose_cell("a | b \\| c") == "a \\| b \\| c"
    html = render(f"| h1 | h2 |\n| --- | --- |\n| {prose_cell('x | `y|z`')} | w |\n")
    assert html.count("<td>") == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [("no ticks", "```"), ("a ` b", "```"), ("```", "````"), ("x ````` y", "``````")],
)
def test_fence_is_longer_than_any_backtick_run(text: str, expected: str) -> None:
    assert fence(text) == expected


def test_fenced_text_cannot_close_its_fence() -> None:
    body = "```\n<script>\n````"
    mark = fence(body)
    html = render(f"{mark}text\n{body}\n{mark}\n\nafter\n")
    assert "&lt;script&gt;" in html
    assert "<p>after</p>" in html


@pytest.mark.parametrize("text", ["plain", "a`b", "`x`", "a``b`"])
def test_code_span_shows_the_text(text: str) -> None:
    html = render(code(text))
    assert html == f"<p><code>{text}</code></p>\n"


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "",
        'quote " and \\ backslash',
        "line\nbreak\r\ttab",
        "<script>alert(1)</script> & co",
        "sep\u2028\u2029nel\x85del\x7fbom\ufeff",
        "Équipe Ágil — 数据 🚀",
        "# not a comment: {a: [b]} --- ...",
        "".join(chr(code) for code in range(0x20, 0x7F)),  # every printable ASCII character
    ],
)
def test_yaml_string_reads_back_as_the_text_on_one_line_without_html(text: str) -> None:
    quoted = yaml_string(text)
    assert yaml.safe_load(f"key: {quoted}\n") == {"key": text}
    assert len(quoted.splitlines()) == 1
    assert not set("<>&") & set(quoted)


def test_a_url_in_untrusted_text_is_not_made_a_link() -> None:
    # GFM links "scheme://..." and "www." on sight, keeping backslashes in the
    # address; an escaped ":" or "." stops it, and reads the same.
    assert inline("https://intranet/reset-password") == "https\\://intranet/reset\\-password"
    assert inline("www.example.com") == "www\\.example\\.com"
