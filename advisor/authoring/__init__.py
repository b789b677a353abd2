"""Tooling for rule-pack authors: ``advisor rules check | test | schema | docs``.

* :mod:`~advisor.authoring.lint` finds the problems of a pack, linter style;
* :mod:`~advisor.authoring.verify` works out what the pack concludes for every
  combination of answers (dead rules, patterns never recommended, answers with
  no viable pattern, ties);
* :mod:`~advisor.authoring.runner` runs a pack's own tests;
* :mod:`~advisor.authoring.schema` makes the JSON Schemas of the pack files;
* :mod:`~advisor.authoring.docs` makes a pack's Markdown documentation.

Files are read only through :mod:`advisor.loader`.
"""
