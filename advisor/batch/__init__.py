"""``advisor batch``: many team profiles, one report each, and a portfolio summary.

The parts, each with one job:

* :mod:`advisor.batch.naming`: safe, unique report file names for team names;
* :mod:`advisor.batch.files`: atomic writes into the output folder, and nowhere else;
* :mod:`advisor.batch.runner`: assessing the teams, in this process and worker
  processes when asked;
* :mod:`advisor.batch.interrupts`: an interruption waits for the report being written;
* :mod:`advisor.batch.heap`: long-lived objects out of the garbage collector's way;
* :mod:`advisor.batch.summary`: what the portfolio summaries say (pure):
  each team's outcome, the counts, ``summary.json``'s document;
  :mod:`advisor.batch.summary_md` and :mod:`advisor.batch.summary_csv`: the
  context of ``summary.md`` and the rows of ``summary.csv``;
* :mod:`advisor.batch.jsontext`, :mod:`advisor.batch.csvtext`: ``summary.json``
  and ``summary.csv`` as text, fast for thousands of teams.

Reading the inputs is the loader's job (:mod:`advisor.loader.batch_inputs`,
:mod:`advisor.loader.csv_inputs`).
"""
