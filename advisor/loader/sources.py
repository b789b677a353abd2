"""The text of a pack's files, read again to place findings on their lines.

:func:`~advisor.loader.packs.load_pack` places its own problems; the authoring
tools (``advisor rules check`` and ``test``) find more once the pack is loaded,
and use this to say on which line. Paths are shown as the loader shows them:
the pack folder as given, joined with the file's name inside it.
"""

from __future__ import annotations

from pathlib import Path

from advisor.loader._yaml import line_of


class PackSources:
    """Lines of keys in the files of one pack folder; each file read once, on demand."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self._texts: dict[str, str | None] = {}

    def display(self, name: str) -> str:
        """How the file ``name`` (relative to the pack) is shown in messages."""
        return str(self.root / name)

    def text(self, name: str) -> str | None:
        """The file's text, or ``None`` when it cannot be read."""
        if name not in self._texts:
            try:
                self._texts[name] = (self.root / name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                self._texts[name] = None
        return self._texts[name]

    def line(self, name: str, loc: tuple[str | int, ...]) -> int | None:
        """The 1-based line of the key path ``loc`` in the file, when it can be found."""
        text = self.text(name)
        return line_of(text, loc) if text is not None and loc else None
