"""The report templates, compiled by jinja2 (generated: do not edit).

Made by ``python -m advisor.report.precompile``; see
:mod:`advisor.report.precompile`.
"""

JINJA2 = '3.1.6'
KEYS = {
    'report.md.j2': 'e687c9c22eaf07c0a965a524a9b4b42d79e692a8be45d0816c2c6dd5ff6e2da2',
    'summary.md.j2': 'c020221b95f15263553664cf8cff377a79464513e079c2c9550e44becbc405e5',
}
