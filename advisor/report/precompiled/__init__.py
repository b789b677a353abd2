"""The report templates, compiled by jinja2 (generated: do not edit).

Made by ``python -m advisor.report.precompile``; see
:mod:`advisor.report.precompile`.
"""

JINJA2 = '3.1.6'
KEYS = {
    'report.md.j2': 'e687c9c22eaf07c0a965a524a9b4b42d79e692a8be45d0816c2c6dd5ff6e2da2',
    'summary.md.j2': '7dfc46d68a40f2a2dfa487913b32746cf8c84ce2469fc183689a96c6fbf20530',
}
