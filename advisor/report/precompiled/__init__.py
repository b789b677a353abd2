"""The report templates, compiled by jinja2 (generated: do not edit).

Made by ``python -m advisor.report.precompile``; see
:mod:`advisor.report.precompile`.
"""

JINJA2 = '3.1.6'
KEYS = {
    'report.md.j2': 'e687c9c22eaf07c0a965a524a9b4b42d79e692a8be45d0816c2c6dd5ff6e2da2',
    'summary.md.j2': '4e52438f7e091839964091de242aaa0e575f038ef5208d6e24e419a116305c9f',
}
