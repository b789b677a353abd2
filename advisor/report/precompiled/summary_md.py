"""summary.md.j2, compiled by jinja2: do not edit."""
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'summary.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_assessed = resolve('assessed')
    l_0_pack = resolve('pack')
    l_0_date = resolve('date')
    l_0_failed = resolve('failed')
    l_0_failed_counts = resolve('failed_counts')
    l_0_counts = resolve('counts')
    l_0_pie = resolve('pie')
    l_0_team_rows = resolve('team_rows')
    l_0_undecided = resolve('undecided')
    l_0_decisive_questions = resolve('decisive_questions')
    l_0_undecided_rows = resolve('undecided_rows')
    l_0_shared = resolve('shared')
    l_0_failures = resolve('failures')
    try:
        t_1 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    try:
        t_2 = environment.filters['code']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'code' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['prose']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'prose' found.")
    try:
        t_5 = environment.filters['prose_cell']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'prose_cell' found.")
    pass
    yield '# '
    yield str(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'plural'), 'summary.title', (undefined(name='assessed') if l_0_assessed is missing else l_0_assessed), title=t_4(environment.getattr((undefined(name='pack') if l_0_pack is missing else l_0_pack), 'title'))))
    yield '\n\n'
    yield str(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'plural'), 'summary.intro', (undefined(name='assessed') if l_0_assessed is missing else l_0_assessed), date=(undefined(name='date') if l_0_date is missing else l_0_date), title=t_4(environment.getattr((undefined(name='pack') if l_0_pack is missing else l_0_pack), 'title')), id=t_2(environment.getattr((undefined(name='pack') if l_0_pack is missing else l_0_pack), 'id')), version=t_2(environment.getattr((undefined(name='pack') if l_0_pack is missing else l_0_pack), 'version'))))
    yield '\n'
    if (undefined(name='failed') if l_0_failed is missing else l_0_failed):
        pass
        yield str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.failed_link', what=(undefined(name='failed_counts') if l_0_failed_counts is missing else l_0_failed_counts), heading=environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.heading.failed'), anchor=environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.anchor.failed')))
        yield '\n'
    yield '\n## '
    yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.heading.recommendations'))
    yield '\n\n| '
    yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.pattern'))
    yield ' | '
    yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.teams'))
    yield ' | '
    yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.share'))
    yield ' |\n| --- | ---: | ---: |\n'
    for l_1_c in (undefined(name='counts') if l_0_counts is missing else l_0_counts):
        _loop_vars = {}
        pass
        yield '| '
        yield str(t_5(environment.getattr(l_1_c, 'name')))
        yield ' | '
        yield str(environment.getattr(l_1_c, 'teams'))
        yield ' | '
        yield str(environment.getattr(l_1_c, 'share'))
        yield ' |\n'
    l_1_c = missing
    if (undefined(name='pie') if l_0_pie is missing else l_0_pie):
        pass
        yield '\n```mermaid\npie showData\n    title '
        yield str(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'plural'), 'summary.pie', (undefined(name='assessed') if l_0_assessed is missing else l_0_assessed)))
        yield '\n'
        for l_1_p in (undefined(name='pie') if l_0_pie is missing else l_0_pie):
            _loop_vars = {}
            pass
            yield '    "'
            yield str(environment.getattr(l_1_p, 'label'))
            yield '" : '
            yield str(environment.getattr(l_1_p, 'teams'))
            yield '\n'
        l_1_p = missing
        yield '```\n'
    yield '\n## '
    yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.heading.teams'))
    yield '\n\n'
    if (undefined(name='assessed') if l_0_assessed is missing else l_0_assessed):
        pass
        yield '| '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.team'))
        yield ' | '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.recommendation'))
        yield ' | '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.confidence'))
        yield ' | '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.main'))
        yield ' | '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.report'))
        yield ' |\n| --- | --- | --- | --- | --- |\n'
        yield str((undefined(name='team_rows') if l_0_team_rows is missing else l_0_team_rows))
        yield '\n'
    else:
        pass
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.none_assessed'))
        yield '\n'
    yield '\n## '
    yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.heading.undecided'))
    yield '\n\n'
    if (undefined(name='undecided') if l_0_undecided is missing else l_0_undecided):
        pass
        yield str(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'plural'), 'summary.undecided', (undefined(name='assessed') if l_0_assessed is missing else l_0_assessed), undecided=context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'count'), (undefined(name='undecided') if l_0_undecided is missing else l_0_undecided))))
        yield '\n\n| '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.question'))
        yield ' | '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.could_change'))
        yield ' |\n| --- | ---: |\n'
        for l_1_q in (undefined(name='decisive_questions') if l_0_decisive_questions is missing else l_0_decisive_questions):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_5(environment.getattr(l_1_q, 'text')))
            yield ' ('
            yield str(t_2(environment.getattr(l_1_q, 'id')))
            yield ') | '
            yield str(environment.getattr(l_1_q, 'teams'))
            yield ' |\n'
        l_1_q = missing
        yield '\n| '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.team'))
        yield ' | '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.recommendation_now'))
        yield ' | '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.leads'))
        yield ' |\n| --- | --- | --- |\n'
        yield str((undefined(name='undecided_rows') if l_0_undecided_rows is missing else l_0_undecided_rows))
        yield '\n'
    elif (undefined(name='assessed') if l_0_assessed is missing else l_0_assessed):
        pass
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.undecided.none'))
        yield '\n'
    else:
        pass
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.none_assessed'))
        yield '\n'
    yield '\n## '
    yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.heading.shared'))
    yield '\n\n'
    if (undefined(name='shared') if l_0_shared is missing else l_0_shared):
        pass
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.shared.intro'))
        yield '\n\n| '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.prerequisite'))
        yield ' | '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.teams'))
        yield ' | '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.for'))
        yield ' | '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.how'))
        yield ' |\n| --- | ---: | --- | --- |\n'
        for l_1_p in (undefined(name='shared') if l_0_shared is missing else l_0_shared):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_5(environment.getattr(l_1_p, 'text')))
            yield ' | '
            yield str(environment.getattr(l_1_p, 'teams'))
            yield ' ('
            yield str(environment.getattr(l_1_p, 'share'))
            yield ') | '
            yield str(t_5(environment.getattr(l_1_p, 'pattern')))
            yield ' | '
            yield str(t_5(environment.getattr(l_1_p, 'mitigation')))
            yield ' |\n'
        l_1_p = missing
    else:
        pass
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.shared.none'))
        yield '\n'
    yield '\n## '
    yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.heading.failed'))
    yield '\n\n'
    if (undefined(name='failures') if l_0_failures is missing else l_0_failures):
        pass
        yield str(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'plural'), 'summary.failed', t_3((undefined(name='failures') if l_0_failures is missing else l_0_failures)), what=(undefined(name='failed_counts') if l_0_failed_counts is missing else l_0_failed_counts)))
        yield '\n\n| '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.source'))
        yield ' | '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.team'))
        yield ' | '
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.column.problem'))
        yield ' |\n| --- | --- | --- |\n'
        for l_1_f in (undefined(name='failures') if l_0_failures is missing else l_0_failures):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_1(environment.getattr(l_1_f, 'where')))
            yield ' | '
            yield str((t_1(environment.getattr(l_1_f, 'team')) if environment.getattr(l_1_f, 'team') else '—'))
            yield ' | '
            yield str(t_1(environment.getattr(l_1_f, 'problem')))
            yield ' |\n'
        l_1_f = missing
    else:
        pass
        yield str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'summary.failed.none'))
        yield '\n'

blocks = {}
debug_info = '12=56&14=58&15=60&16=62&19=65&21=67&23=73&24=77&26=84&30=87&31=89&32=93&37=100&39=102&40=105&42=115&44=119&47=122&49=124&50=126&52=128&54=132&55=136&58=144&60=150&61=152&62=154&64=158&67=161&69=163&70=165&72=167&74=175&75=179&78=192&81=195&83=197&84=199&86=201&88=207&89=211&92=220'
