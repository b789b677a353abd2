"""The report templates, compiled by jinja2 (generated: do not edit).

Made by ``python -m advisor.report.precompile``; see
:mod:`advisor.report.precompile`.
"""

JINJA2 = '3.1.6'
KEYS = {
    'report.md.j2': '9ca2db3f429d883a3819723f1262d5e38c1d02a32e397c4554079c279f39dadf',
    'summary.md.j2': 'c020221b95f15263553664cf8cff377a79464513e079c2c9550e44becbc405e5',
}
