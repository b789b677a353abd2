"""Keeping text from breaking the Markdown of a report.

Two kinds of text reach a report:

* **untrusted** text (team names, free-text answers): :func:`inline` and
  :func:`cell` make it literal, so it can neither format, link, nor open an
  HTML tag;
* **pack** text (titles, trade-offs, reasons written by a pack author):
  :func:`prose` and :func:`prose_cell` keep its Markdown (``code``,
  *emphasis*) but put it on one line and keep HTML out, so it cannot break a
  list item, a heading or a table.

:func:`code` makes an inline code span and :func:`fence` a code fence that the
text inside cannot close; :func:`yaml_string` quotes text for the YAML a report
holds (its front matter, the answers block). Pure functions, no imports from the
rest of the package.
"""

from __future__ import annotations

import re

# Everything CommonMark/GFM may read as syntax in inline text gets a backslash
# (before ASCII punctuation it always means a literal); the HTML specials become
# entities, so no tag and no entity of the input can form.
_INLINE = str.maketrans(
    {char: "\\" + char for char in "\\`*_{}[]()#+-.!|~"} | {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
)
# Control characters, line and paragraph separators would end a line or render
# as garbage; bidirectional embeddings and overrides could make the text read
# differently from what it is. All become spaces.
_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]+")
_SPACES = re.compile(r"\s+")
_PIPE = re.compile(r"(?<!\\)((?:\\\\)*)\|")
_BACKTICKS = re.compile(r"`+")
# Text that a double-quoted YAML scalar holds as it is (printable ASCII but
# the escapes): the common case, which needs no character-by-character walk.
_YAML_PLAIN_TEXT = re.compile(r"[\x20-\x21\x23-\x25\x27-\x3b\x3d\x3f-\x5b\x5d-\x7e]*")
_YAML_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def one_line(text: str) -> str:
    """Collapse newlines, control and bidi-override characters and blanks to single spaces."""
    # Fast path: printable text has no control, separator or format characters
    # and no whitespace but the ASCII space.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return _SPACES.sub(" ", _BREAKS.sub(" ", text)).strip()


def inline(text: str) -> str:
    """Untrusted text as literal inline Markdown.

    Markdown specials are backslash-escaped, ``<``, ``>`` and ``&`` become
    entities (so no HTML tag or entity can form), and newlines and control
    characters become spaces (so a heading or a list item stays one line).
    Escaping every special also defuses leading ``#``, ``-``, ``+`` and
    ``1.`` markers wherever the text lands.

    >>> inline("<b>*Fraud* [team]</b>")
    '&lt;b&gt;\\\\*Fraud\\\\* \\\\[team\\\\]&lt;/b&gt;'
    """
    literal = one_line(text).translate(_INLINE)
    # GFM makes a link of "https://x" (backslashes and all); an escaped ":" stops it.
    return literal.replace("://", "\\://") if "://" in literal else literal


def cell(text: str) -> str:
    """Untrusted text for a table cell: literal, one line, pipes escaped.

    GFM reads ``\\|`` as a literal pipe inside a cell, so a cell never
    splits; :func:`inline` already escapes it, this name says where it goes.
    """
    return inline(text)


def prose(text: str) -> str:
    """Pack text as Markdown on one line: formatting kept, HTML defused.

    ``<`` and ``>`` become entities: a pack author writing ``latency < 100 ms``
    gets exactly that, and no tag can form.
    """
    return one_line(text).replace("<", "&lt;").replace(">", "&gt;")


def prose_cell(text: str) -> str:
    """Pack text for a table cell: :func:`prose` with unescaped pipes escaped."""
    flat = prose(text)
    return _PIPE.sub(lambda match: match.group(1) + "\\|", flat) if "|" in flat else flat


def fence(text: str) -> str:
    """A backtick fence longer than any backtick run in ``text`` (at least three).

    >>> fence("plain")
    '```'
    >>> fence("has ```` inside")
    '`````'
    """
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0) if "`" in text else 0
    return "`" * max(3, longest + 1)


def code(text: str) -> str:
    """``text`` as an inline code span that its own backticks cannot close.

    >>> code("a`b")
    '``a`b``'
    """
    flat = one_line(text)
    if "`" not in flat:
        return f"`{flat}`"
    longest = max(len(run) for run in _BACKTICKS.findall(flat))
    ticks = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{ticks}{pad}{flat}{pad}{ticks}"


def yaml_string(text: str) -> str:
    """``text`` as a double-quoted YAML scalar that reads back as ``text``.

    Like JSON, plus ``\\u`` escapes for what YAML treats as a line break or
    refuses (C1 controls, U+2028/9, a BOM) and for ``<``, ``>`` and ``&``, so
    the front matter shows no HTML even where a wiki renders it as Markdown.
    """
    if _YAML_PLAIN_TEXT.fullmatch(text):
        return f'"{text}"'
    out = []
    for char in text:
        code = ord(char)
        if char in _YAML_ESCAPES:
            out.append(_YAML_ESCAPES[char])
        elif (
            code < 0x20
            or 0x7F <= code <= 0x9F
            or 0xD800 <= code <= 0xDFFF
            or char in "<>&\u2028\u2029\ufeff\ufffe\uffff"
        ):
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'
