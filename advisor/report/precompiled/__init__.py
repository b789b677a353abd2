"""The report templates, compiled by jinja2 (generated: do not edit).

Made by ``python -m advisor.report.precompile``; see
:mod:`advisor.report.precompile`.
"""

JINJA2 = '3.1.6'
KEYS = {
    'report.md.j2': 'd0b8f852568c7a103824ad23de9e6bff4d8d3202c83ab65bf10cd23cde741379',
    'summary.md.j2': '20149e569fca32309711ca6f124d159c8ee6177dac9ce922a3c270711f5bc4a6',
}
