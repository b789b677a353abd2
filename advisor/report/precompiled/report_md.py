"""report.md.j2, compiled by jinja2: do not edit."""
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_why_heading = l_0_answers_heading = l_0_marker_help = l_0_front = l_0_title = l_0_lead = l_0_statement = l_0_drivers = l_0_driver = l_0_options = l_0_outcome = l_0_scores = l_0_confidence = l_0_consequences = l_0_prerequisites_ = l_0_confirmation = l_0_counterfactuals = l_0_unknowns = l_0_unknown = l_0_pros_cons = l_0_pattern = l_0_rules_head = l_0_rule = l_0_no_rules = l_0_flow = l_0_layout_intro = l_0_tree = l_0_no_tree = l_0_no_flow_layout = l_0_answer = l_0_answers_head = l_0_replay = l_0_yaml_block = missing
    try:
        t_1 = environment.filters['code']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'code' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
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
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_why_heading = environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.why')
    context.vars['why_heading'] = l_0_why_heading
    context.exported_vars.add('why_heading')
    l_0_answers_heading = environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.answers')
    context.vars['answers_heading'] = l_0_answers_heading
    context.exported_vars.add('answers_heading')
    def macro():
        t_7 = []
        l_1_marker = resolve('marker')
        pass
        t_7.append(
            str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.marker_help', marker=(undefined(name='marker') if l_1_marker is missing else l_1_marker), why=(undefined(name='why_heading') if l_0_why_heading is missing else l_0_why_heading))),
        )
        return concat(t_7)
    context.exported_vars.add('marker_help')
    context.vars['marker_help'] = l_0_marker_help = Macro(environment, macro, 'marker_help', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_date, l_1_team_yaml):
        t_8 = []
        if l_1_date is missing:
            l_1_date = undefined("parameter 'date' was not provided", name='date')
        if l_1_team_yaml is missing:
            l_1_team_yaml = undefined("parameter 'team_yaml' was not provided", name='team_yaml')
        pass
        t_8.append(
            '---\nstatus: proposed\n',
        )
        if (not t_6(l_1_date)):
            pass
            t_8.extend((
                'date: ',
                str(l_1_date),
                '\n',
            ))
        if (not t_6(l_1_team_yaml)):
            pass
            t_8.extend((
                'team: ',
                str(l_1_team_yaml),
                '\n',
            ))
        t_8.append(
            '---\n\n',
        )
        return concat(t_8)
    context.exported_vars.add('front')
    context.vars['front'] = l_0_front = Macro(environment, macro, 'front', ('date', 'team_yaml'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_pack, l_1_team_md, l_1_recommended_name_md):
        t_9 = []
        if l_1_pack is missing:
            l_1_pack = undefined("parameter 'pack' was not provided", name='pack')
        if l_1_team_md is missing:
            l_1_team_md = undefined("parameter 'team_md' was not provided", name='team_md')
        if l_1_recommended_name_md is missing:
            l_1_recommended_name_md = undefined("parameter 'recommended_name_md' was not provided", name='recommended_name_md')
        pass
        t_9.append(
            '# ',
        )
        if (not t_6(l_1_team_md)):
            pass
            t_9.append(
                str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.title.team', decision=t_4(environment.getattr(l_1_pack, 'decision')), team=l_1_team_md, pattern=l_1_recommended_name_md)),
            )
        else:
            pass
            t_9.append(
                str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.title', decision=t_4(environment.getattr(l_1_pack, 'decision')), pattern=l_1_recommended_name_md)),
            )
        return concat(t_9)
    context.exported_vars.add('title')
    context.vars['title'] = l_0_title = Macro(environment, macro, 'title', ('pack', 'team_md', 'recommended_name_md'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_lead_md, l_1_conflicts):
        t_10 = []
        if l_1_lead_md is missing:
            l_1_lead_md = undefined("parameter 'lead_md' was not provided", name='lead_md')
        if l_1_conflicts is missing:
            l_1_conflicts = undefined("parameter 'conflicts' was not provided", name='conflicts')
        pass
        t_10.extend((
            '\n\n',
            str(l_1_lead_md),
            '\n',
        ))
        if l_1_conflicts:
            pass
            t_10.append(
                '\n',
            )
            for l_2_c in l_1_conflicts:
                _loop_vars = {}
                pass
                t_10.extend((
                    '- ',
                    str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.conflict', pattern=t_4(environment.getattr(l_2_c, 'pattern')), reason=environment.getattr(l_2_c, 'reason_md'), rule=t_4(environment.getattr(l_2_c, 'rule')), _loop_vars=_loop_vars)),
                    '\n',
                ))
            l_2_c = missing
        t_10.append(
            '\n',
        )
        return concat(t_10)
    context.exported_vars.add('lead')
    context.vars['lead'] = l_0_lead = Macro(environment, macro, 'lead', ('lead_md', 'conflicts'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_pack, l_1_team_md, l_1_answered, l_1_decision_total, l_1_not_applicable, l_1_long_date):
        t_11 = []
        if l_1_pack is missing:
            l_1_pack = undefined("parameter 'pack' was not provided", name='pack')
        if l_1_team_md is missing:
            l_1_team_md = undefined("parameter 'team_md' was not provided", name='team_md')
        if l_1_answered is missing:
            l_1_answered = undefined("parameter 'answered' was not provided", name='answered')
        if l_1_decision_total is missing:
            l_1_decision_total = undefined("parameter 'decision_total' was not provided", name='decision_total')
        if l_1_not_applicable is missing:
            l_1_not_applicable = undefined("parameter 'not_applicable' was not provided", name='not_applicable')
        if l_1_long_date is missing:
            l_1_long_date = undefined("parameter 'long_date' was not provided", name='long_date')
        pass
        t_11.extend((
            '## ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.context')),
            '\n\n',
            str(t_4(environment.getattr(l_1_pack, 'description'))),
            '\n\n',
            str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.context.applies', title=t_4(environment.getattr(l_1_pack, 'title')), id=t_1(environment.getattr(l_1_pack, 'id')), version=t_1(environment.getattr(l_1_pack, 'version')), who=(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.context.who.team', team=l_1_team_md) if (not t_6(l_1_team_md)) else environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.context.who.none')), answered=l_1_answered, total=l_1_decision_total, not_applicable=(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'plural'), 'report.context.not_applicable', l_1_not_applicable) if l_1_not_applicable else ''))),
        ))
        if l_1_long_date:
            pass
            t_11.extend((
                ' ',
                str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.context.date', date=l_1_long_date)),
            ))
        t_11.append(
            '\n\n',
        )
        return concat(t_11)
    context.exported_vars.add('statement')
    context.vars['statement'] = l_0_statement = Macro(environment, macro, 'statement', ('pack', 'team_md', 'answered', 'decision_total', 'not_applicable', 'long_date'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_lines):
        t_12 = []
        if l_1_lines is missing:
            l_1_lines = undefined("parameter 'lines' was not provided", name='lines')
        pass
        t_12.extend((
            '## ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.drivers')),
            '\n\n',
        ))
        if l_1_lines:
            pass
            t_12.extend((
                str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.drivers.intro')),
                '\n\n',
                str(l_1_lines),
                '\n',
            ))
        else:
            pass
            t_12.extend((
                str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.drivers.none')),
                '\n',
            ))
        t_12.append(
            '\n',
        )
        return concat(t_12)
    context.exported_vars.add('drivers')
    context.vars['drivers'] = l_0_drivers = Macro(environment, macro, 'drivers', ('lines',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_d):
        t_13 = []
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        pass
        t_13.extend((
            '- ',
            str(t_4(environment.getattr(l_1_d, 'title'))),
            ': ',
            str(environment.getattr(l_1_d, 'effect_md')),
        ))
        return concat(t_13)
    context.exported_vars.add('driver')
    context.vars['driver'] = l_0_driver = Macro(environment, macro, 'driver', ('d',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_patterns):
        t_14 = []
        if l_1_patterns is missing:
            l_1_patterns = undefined("parameter 'patterns' was not provided", name='patterns')
        pass
        t_14.extend((
            '## ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.options')),
            '\n\n',
        ))
        l_2_loop = missing
        for l_2_p, l_2_loop in LoopContext(l_1_patterns, undefined):
            _loop_vars = {}
            pass
            t_14.extend((
                str(environment.getattr(l_2_loop, 'index')),
                '. **',
                str(t_4(environment.getattr(l_2_p, 'name'))),
                '** (',
                str(t_1(environment.getattr(l_2_p, 'id'))),
                '): ',
                str(t_4(environment.getattr(l_2_p, 'summary'))),
                '\n',
            ))
        l_2_loop = l_2_p = missing
        t_14.append(
            '\n',
        )
        return concat(t_14)
    context.exported_vars.add('options')
    context.vars['options'] = l_0_options = Macro(environment, macro, 'options', ('patterns',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_outcome_md):
        t_15 = []
        if l_1_outcome_md is missing:
            l_1_outcome_md = undefined("parameter 'outcome_md' was not provided", name='outcome_md')
        pass
        t_15.extend((
            '## ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.outcome')),
            '\n\n',
            str(l_1_outcome_md),
            '\n\n',
        ))
        return concat(t_15)
    context.exported_vars.add('outcome')
    context.vars['outcome'] = l_0_outcome = Macro(environment, macro, 'outcome', ('outcome_md',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_ranking):
        t_16 = []
        l_1_yes = l_1_no = l_1_recommended_word = missing
        if l_1_ranking is missing:
            l_1_ranking = undefined("parameter 'ranking' was not provided", name='ranking')
        pass
        t_16.extend((
            '| ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.table.pattern')),
            ' | ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.table.score')),
            ' | ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.table.viable')),
            ' | ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.table.ruled_out_by')),
            ' |\n| --- | ---: | --- | --- |\n',
        ))
        (l_1_yes, l_1_no, l_1_recommended_word) = (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.yes'), environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.no'), environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.table.recommended'))
        for l_2_r in l_1_ranking:
            _loop_vars = {}
            pass
            t_16.append(
                '| ',
            )
            if environment.getattr(l_2_r, 'recommended'):
                pass
                t_16.extend((
                    '**',
                    str(t_5(environment.getattr(l_2_r, 'name'))),
                    '** (',
                    str((undefined(name='recommended_word') if l_1_recommended_word is missing else l_1_recommended_word)),
                    ')',
                ))
            else:
                pass
                t_16.append(
                    str(t_5(environment.getattr(l_2_r, 'name'))),
                )
            t_16.extend((
                ' | ',
                str(environment.getattr(l_2_r, 'score')),
                ' | ',
                str(((undefined(name='yes') if l_1_yes is missing else l_1_yes) if environment.getattr(l_2_r, 'viable') else (undefined(name='no') if l_1_no is missing else l_1_no))),
                ' | ',
                str(environment.getattr(l_2_r, 'blocked_md')),
                ' |\n',
            ))
        l_2_r = missing
        t_16.append(
            '\n',
        )
        return concat(t_16)
    context.exported_vars.add('scores')
    context.vars['scores'] = l_0_scores = Macro(environment, macro, 'scores', ('ranking',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_confidence_md):
        t_17 = []
        if l_1_confidence_md is missing:
            l_1_confidence_md = undefined("parameter 'confidence_md' was not provided", name='confidence_md')
        pass
        t_17.extend((
            str(l_1_confidence_md),
            '\n\n',
        ))
        return concat(t_17)
    context.exported_vars.add('confidence')
    context.vars['confidence'] = l_0_confidence = Macro(environment, macro, 'confidence', ('confidence_md',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_recommended, l_1_marker_note):
        t_18 = []
        l_1_good = resolve('good')
        l_1_bad = resolve('bad')
        if l_1_recommended is missing:
            l_1_recommended = undefined("parameter 'recommended' was not provided", name='recommended')
        if l_1_marker_note is missing:
            l_1_marker_note = undefined("parameter 'marker_note' was not provided", name='marker_note')
        pass
        t_18.extend((
            '### ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.consequences')),
            '\n\n',
        ))
        if l_1_recommended:
            pass
            if (l_1_marker_note == 'consequences'):
                pass
                t_18.extend((
                    str(context.call((undefined(name='marker_help') if l_0_marker_help is missing else l_0_marker_help))),
                    '\n\n',
                ))
            (l_1_good, l_1_bad) = (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.good'), environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.bad'))
            for l_2_t_ in environment.getattr(l_1_recommended, 'good'):
                _loop_vars = {}
                pass
                t_18.extend((
                    '- ',
                    str((undefined(name='good') if l_1_good is missing else l_1_good)),
                    ': ',
                    str(environment.getattr(l_2_t_, 'text_md')),
                    '\n',
                ))
            l_2_t_ = missing
            for l_2_t_ in environment.getattr(l_1_recommended, 'bad'):
                _loop_vars = {}
                pass
                t_18.extend((
                    '- ',
                    str((undefined(name='bad') if l_1_bad is missing else l_1_bad)),
                    ': ',
                    str(environment.getattr(l_2_t_, 'text_md')),
                    '\n',
                ))
            l_2_t_ = missing
        else:
            pass
            t_18.extend((
                str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.consequences.none', section=environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.counterfactuals'))),
                '\n',
            ))
        t_18.append(
            '\n',
        )
        return concat(t_18)
    context.exported_vars.add('consequences')
    context.vars['consequences'] = l_0_consequences = Macro(environment, macro, 'consequences', ('recommended', 'marker_note'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_recommended, l_1_prerequisites):
        t_19 = []
        if l_1_recommended is missing:
            l_1_recommended = undefined("parameter 'recommended' was not provided", name='recommended')
        if l_1_prerequisites is missing:
            l_1_prerequisites = undefined("parameter 'prerequisites' was not provided", name='prerequisites')
        pass
        t_19.extend((
            '### ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.prerequisites')),
            '\n\n',
        ))
        if (l_1_recommended and l_1_prerequisites):
            pass
            t_19.extend((
                '| ',
                str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.prerequisites.needs', pattern=t_5(environment.getattr(l_1_recommended, 'name')))),
                ' | ',
                str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.prerequisites.how')),
                ' |\n| --- | --- |\n',
            ))
            for l_2_p in l_1_prerequisites:
                _loop_vars = {}
                pass
                t_19.extend((
                    '| ',
                    str(t_5(environment.getattr(l_2_p, 'text'))),
                    ' | ',
                    str(t_5(environment.getattr(l_2_p, 'mitigation'))),
                    ' |\n',
                ))
            l_2_p = missing
        elif l_1_recommended:
            pass
            t_19.extend((
                str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.prerequisites.nothing', pattern=t_4(environment.getattr(l_1_recommended, 'name')))),
                '\n',
            ))
        else:
            pass
            t_19.extend((
                str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.prerequisites.none')),
                '\n',
            ))
        t_19.append(
            '\n',
        )
        return concat(t_19)
    context.exported_vars.add('prerequisites_')
    context.vars['prerequisites_'] = l_0_prerequisites_ = Macro(environment, macro, 'prerequisites_', ('recommended', 'prerequisites'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_recommended, l_1_has_layout, l_1_ci, l_1_prerequisites):
        t_20 = []
        if l_1_recommended is missing:
            l_1_recommended = undefined("parameter 'recommended' was not provided", name='recommended')
        if l_1_has_layout is missing:
            l_1_has_layout = undefined("parameter 'has_layout' was not provided", name='has_layout')
        if l_1_ci is missing:
            l_1_ci = undefined("parameter 'ci' was not provided", name='ci')
        if l_1_prerequisites is missing:
            l_1_prerequisites = undefined("parameter 'prerequisites' was not provided", name='prerequisites')
        pass
        t_20.extend((
            '### ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.confirmation')),
            '\n\n',
        ))
        if l_1_recommended:
            pass
            t_20.extend((
                str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.confirmation.intro')),
                '\n\n',
            ))
            if l_1_has_layout:
                pass
                t_20.extend((
                    '- ',
                    str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.confirmation.layout', ci=(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.confirmation.ci', paths=t_2(context.eval_ctx, t_3(context, l_1_ci, 'code'), ', ')) if l_1_ci else ''))),
                    '\n',
                ))
            if l_1_prerequisites:
                pass
                t_20.extend((
                    '- ',
                    str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.confirmation.prerequisites')),
                    '\n',
                ))
            t_20.extend((
                '- ',
                str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.confirmation.flow', flow=context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.flow', pattern=t_4(environment.getattr(l_1_recommended, 'name'))))),
                '\n- ',
                str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.confirmation.accept', answers=(undefined(name='answers_heading') if l_0_answers_heading is missing else l_0_answers_heading))),
                '\n',
            ))
        else:
            pass
            t_20.extend((
                str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.confirmation.none', answers=(undefined(name='answers_heading') if l_0_answers_heading is missing else l_0_answers_heading))),
                '\n',
            ))
        t_20.append(
            '\n',
        )
        return concat(t_20)
    context.exported_vars.add('confirmation')
    context.vars['confirmation'] = l_0_confirmation = Macro(environment, macro, 'confirmation', ('recommended', 'has_layout', 'ci', 'prerequisites'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_items, l_1_answered):
        t_21 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        if l_1_answered is missing:
            l_1_answered = undefined("parameter 'answered' was not provided", name='answered')
        pass
        t_21.extend((
            '### ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.counterfactuals')),
            '\n\n',
        ))
        if l_1_items:
            pass
            for l_2_c in l_1_items:
                _loop_vars = {}
                pass
                t_21.extend((
                    '- ',
                    str(environment.getattr(l_2_c, 'item_md')),
                    '\n',
                ))
            l_2_c = missing
        elif l_1_answered:
            pass
            t_21.extend((
                str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.counterfactuals.none')),
                '\n',
            ))
        else:
            pass
            t_21.extend((
                str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.counterfactuals.unanswered')),
                '\n',
            ))
        t_21.append(
            '\n',
        )
        return concat(t_21)
    context.exported_vars.add('counterfactuals')
    context.vars['counterfactuals'] = l_0_counterfactuals = Macro(environment, macro, 'counterfactuals', ('items', 'answered'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_lines):
        t_22 = []
        if l_1_lines is missing:
            l_1_lines = undefined("parameter 'lines' was not provided", name='lines')
        pass
        t_22.extend((
            '### ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.unknowns')),
            '\n\n',
        ))
        if l_1_lines:
            pass
            t_22.extend((
                str(l_1_lines),
                '\n',
            ))
        else:
            pass
            t_22.extend((
                str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.unknowns.none')),
                '\n',
            ))
        t_22.append(
            '\n',
        )
        return concat(t_22)
    context.exported_vars.add('unknowns')
    context.vars['unknowns'] = l_0_unknowns = Macro(environment, macro, 'unknowns', ('lines',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_u):
        t_23 = []
        if l_1_u is missing:
            l_1_u = undefined("parameter 'u' was not provided", name='u')
        pass
        t_23.extend((
            '- *',
            str(t_4(environment.getattr(l_1_u, 'question'))),
            '* (',
            str(t_1(environment.getattr(l_1_u, 'question_id'))),
            '): ',
            str(environment.getattr(l_1_u, 'effect_md')),
        ))
        return concat(t_23)
    context.exported_vars.add('unknown')
    context.vars['unknown'] = l_0_unknown = Macro(environment, macro, 'unknown', ('u',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_marker_note):
        t_24 = []
        if l_1_marker_note is missing:
            l_1_marker_note = undefined("parameter 'marker_note' was not provided", name='marker_note')
        pass
        t_24.extend((
            '## ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.pros_cons')),
            '\n\n',
        ))
        if (l_1_marker_note == 'pros_cons'):
            pass
            t_24.extend((
                str(context.call((undefined(name='marker_help') if l_0_marker_help is missing else l_0_marker_help))),
                '\n\n',
            ))
        return concat(t_24)
    context.exported_vars.add('pros_cons')
    context.vars['pros_cons'] = l_0_pros_cons = Macro(environment, macro, 'pros_cons', ('marker_note',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_p):
        t_25 = []
        l_1_good = l_1_bad = missing
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        pass
        (l_1_good, l_1_bad) = (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.good'), environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.bad'))
        t_25.extend((
            '### ',
            str(t_4(environment.getattr(l_1_p, 'name'))),
            '\n\n',
            str(t_4(environment.getattr(l_1_p, 'summary'))),
            '\n\n',
        ))
        if environment.getattr(l_1_p, 'ruled_out_md'):
            pass
            t_25.extend((
                str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.pros_cons.ruled_out', reasons=environment.getattr(l_1_p, 'ruled_out_md'))),
                '\n\n',
            ))
        for l_2_t_ in environment.getattr(l_1_p, 'good'):
            _loop_vars = {}
            pass
            t_25.extend((
                '- ',
                str((undefined(name='good') if l_1_good is missing else l_1_good)),
                ': ',
                str(environment.getattr(l_2_t_, 'text_md')),
                '\n',
            ))
        l_2_t_ = missing
        for l_2_t_ in environment.getattr(l_1_p, 'bad'):
            _loop_vars = {}
            pass
            t_25.extend((
                '- ',
                str((undefined(name='bad') if l_1_bad is missing else l_1_bad)),
                ': ',
                str(environment.getattr(l_2_t_, 'text_md')),
                '\n',
            ))
        l_2_t_ = missing
        t_25.append(
            '\n',
        )
        return concat(t_25)
    context.exported_vars.add('pattern')
    context.vars['pattern'] = l_0_pattern = Macro(environment, macro, 'pattern', ('p',), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_26 = []
        pass
        t_26.extend((
            '## ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.more')),
            '\n\n### ',
            str((undefined(name='why_heading') if l_0_why_heading is missing else l_0_why_heading)),
            '\n\n',
        ))
        return concat(t_26)
    context.exported_vars.add('rules_head')
    context.vars['rules_head'] = l_0_rules_head = Macro(environment, macro, 'rules_head', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_r):
        t_27 = []
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        pass
        t_27.extend((
            '#### ',
            str(t_4(environment.getattr(l_1_r, 'title'))),
            '\n\n',
            str(t_4(environment.getattr(l_1_r, 'reason'))),
            '\n\n- ',
            str(environment.getattr(l_1_r, 'effect_line_md')),
            '\n- ',
            str(environment.getattr(l_1_r, 'when_line_md')),
            '\n\n',
        ))
        for l_2_s in environment.getattr(l_1_r, 'sources'):
            _loop_vars = {}
            pass
            t_27.extend((
                '> ',
                str(t_4(environment.getattr(l_2_s, 'quote'))),
                '\n>\n> ',
                str(environment.getattr(l_2_s, 'source_md')),
                '\n\n',
            ))
        l_2_s = missing
        return concat(t_27)
    context.exported_vars.add('rule')
    context.vars['rule'] = l_0_rule = Macro(environment, macro, 'rule', ('r',), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_28 = []
        pass
        t_28.extend((
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.rules.none')),
            '\n\n',
        ))
        return concat(t_28)
    context.exported_vars.add('no_rules')
    context.vars['no_rules'] = l_0_no_rules = Macro(environment, macro, 'no_rules', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_recommended, l_1_flow_fence, l_1_flow):
        t_29 = []
        if l_1_recommended is missing:
            l_1_recommended = undefined("parameter 'recommended' was not provided", name='recommended')
        if l_1_flow_fence is missing:
            l_1_flow_fence = undefined("parameter 'flow_fence' was not provided", name='flow_fence')
        if l_1_flow is missing:
            l_1_flow = undefined("parameter 'flow' was not provided", name='flow')
        pass
        t_29.extend((
            '### ',
            str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.flow', pattern=t_4(environment.getattr(l_1_recommended, 'name')))),
            '\n\n',
            str(l_1_flow_fence),
            'mermaid\n',
            str(l_1_flow),
            '\n',
            str(l_1_flow_fence),
            '\n\n',
        ))
        return concat(t_29)
    context.exported_vars.add('flow')
    context.vars['flow'] = l_0_flow = Macro(environment, macro, 'flow', ('recommended', 'flow_fence', 'flow'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_project, l_1_open_md):
        t_30 = []
        if l_1_project is missing:
            l_1_project = undefined("parameter 'project' was not provided", name='project')
        if l_1_open_md is missing:
            l_1_open_md = undefined("parameter 'open_md' was not provided", name='open_md')
        pass
        t_30.extend((
            '### ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.layout')),
            '\n\n',
            str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.layout.intro', project=t_1(l_1_project), open=(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.layout.open', questions=l_1_open_md) if l_1_open_md else ''))),
            '\n\n',
        ))
        return concat(t_30)
    context.exported_vars.add('layout_intro')
    context.vars['layout_intro'] = l_0_layout_intro = Macro(environment, macro, 'layout_intro', ('project', 'open_md'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_fence, l_1_lines):
        t_31 = []
        if l_1_fence is missing:
            l_1_fence = undefined("parameter 'fence' was not provided", name='fence')
        if l_1_lines is missing:
            l_1_lines = undefined("parameter 'lines' was not provided", name='lines')
        pass
        t_31.extend((
            str(l_1_fence),
            'text\n',
            str(l_1_lines),
            '\n',
            str(l_1_fence),
            '\n\n',
        ))
        return concat(t_31)
    context.exported_vars.add('tree')
    context.vars['tree'] = l_0_tree = Macro(environment, macro, 'tree', ('fence', 'lines'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_recommended):
        t_32 = []
        if l_1_recommended is missing:
            l_1_recommended = undefined("parameter 'recommended' was not provided", name='recommended')
        pass
        t_32.extend((
            str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.layout.none', pattern=t_4(environment.getattr(l_1_recommended, 'name')))),
            '\n\n',
        ))
        return concat(t_32)
    context.exported_vars.add('no_tree')
    context.vars['no_tree'] = l_0_no_tree = Macro(environment, macro, 'no_tree', ('recommended',), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_33 = []
        pass
        t_33.extend((
            '### ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.heading.flow_layout')),
            '\n\n',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.flow_layout.none')),
            '\n\n',
        ))
        return concat(t_33)
    context.exported_vars.add('no_flow_layout')
    context.vars['no_flow_layout'] = l_0_no_flow_layout = Macro(environment, macro, 'no_flow_layout', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_a):
        t_34 = []
        if l_1_a is missing:
            l_1_a = undefined("parameter 'a' was not provided", name='a')
        pass
        t_34.extend((
            '| ',
            str(t_5(environment.getattr(l_1_a, 'question'))),
            ' | ',
        ))
        if (not environment.getattr(l_1_a, 'applies')):
            pass
            t_34.extend((
                '*',
                str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.answers.not_applicable')),
                '*',
            ))
        elif (environment.getattr(l_1_a, 'answer') == 'unknown'):
            pass
            t_34.extend((
                '*',
                str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.answers.unknown')),
                '*',
            ))
        else:
            pass
            t_34.extend((
                str(t_5(environment.getattr(l_1_a, 'label'))),
                ' (',
                str(t_1(environment.getattr(l_1_a, 'answer'))),
                ')',
            ))
        t_34.append(
            ' |',
        )
        return concat(t_34)
    context.exported_vars.add('answer')
    context.vars['answer'] = l_0_answer = Macro(environment, macro, 'answer', ('a',), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_35 = []
        pass
        t_35.extend((
            '### ',
            str((undefined(name='answers_heading') if l_0_answers_heading is missing else l_0_answers_heading)),
            '\n\n| ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.answers.question')),
            ' | ',
            str(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'report.answers.answer')),
            ' |\n| --- | --- |\n',
        ))
        return concat(t_35)
    context.exported_vars.add('answers_head')
    context.vars['answers_head'] = l_0_answers_head = Macro(environment, macro, 'answers_head', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_pack, l_1_command):
        t_36 = []
        if l_1_pack is missing:
            l_1_pack = undefined("parameter 'pack' was not provided", name='pack')
        if l_1_command is missing:
            l_1_command = undefined("parameter 'command' was not provided", name='command')
        pass
        t_36.extend((
            '\n\n',
            str(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report.answers.replay', command=t_1(l_1_command), id=t_1(environment.getattr(l_1_pack, 'id')), version=t_1(environment.getattr(l_1_pack, 'version')))),
            '\n\n',
        ))
        return concat(t_36)
    context.exported_vars.add('replay')
    context.vars['replay'] = l_0_replay = Macro(environment, macro, 'replay', ('pack', 'command'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_yaml, l_1_fence):
        t_37 = []
        if l_1_yaml is missing:
            l_1_yaml = undefined("parameter 'yaml' was not provided", name='yaml')
        if l_1_fence is missing:
            l_1_fence = undefined("parameter 'fence' was not provided", name='fence')
        pass
        t_37.extend((
            str(l_1_fence),
            'yaml\n',
            str(l_1_yaml),
            '\n',
            str(l_1_fence),
            '\n',
        ))
        return concat(t_37)
    context.exported_vars.add('yaml_block')
    context.vars['yaml_block'] = l_0_yaml_block = Macro(environment, macro, 'yaml_block', ('yaml', 'fence'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '21=49&22=52&23=55&24=65&27=75&28=79&30=82&31=86&36=95&37=107&39=120&42=129&43=132&45=137&46=142&51=152&52=169&54=171&56=173&60=187&61=194&63=197&64=200&66=202&68=208&72=217&73=231&74=238&76=242&77=246&81=262&82=269&84=271&87=277&88=285&90=294&91=295&92=301&96=331&97=337&100=343&101=354&103=357&104=359&105=362&108=365&109=366&110=371&112=377&113=382&116=391&120=400&121=409&123=412&124=416&126=421&127=426&129=432&130=435&132=441&136=450&137=463&139=466&140=469&142=472&143=476&145=479&146=483&148=488&149=490&151=496&155=505&156=514&158=517&159=519&160=524&162=528&163=531&165=537&169=546&170=553&172=556&173=559&175=565&179=574&180=590&181=597&183=600&184=603&188=609&189=615&190=618&192=620&194=623&195=626&198=629&199=634&201=640&202=645&206=657&207=662&209=664&212=670&213=677&215=679&217=681&218=683&220=686&221=691&223=693&227=700&228=704&231=710&232=721&234=723&235=725&236=727&239=733&240=742&242=744&245=750&246=758&247=760&248=762&251=768&252=774&255=780&256=785&258=787&261=793&262=831&263=836&265=838&268=846&271=855&274=861&275=869&276=871&277=873'
