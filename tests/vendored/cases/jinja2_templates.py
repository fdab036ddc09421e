# jinja2 with markupsafe (its pure-Python code under pywasm): autoescaped
# rendering (Markup's __add__/__radd__ call str.__add__, which does str's
# own operation: port/slotmethods.c), filters, loops, macros, template
# inheritance from a dict loader, and the errors a workflow sees: a
# syntax error with its line (jinja2 renames the error's frame with
# code.replace) and a strict undefined variable.
import os
import sys
sys.path.insert(0, os.environ['PYWASM_VENDORED'])
import jinja2
from markupsafe import Markup, escape

print(Markup('<b>') + '<i>', '<i>' + Markup('<b>'), Markup('%s & %s') % ('<', Markup('<br>')))
print(escape('<&"\'>'), Markup('<em>x</em> y').striptags(), Markup(', ').join(['<a>', Markup('<b>')]))
loader = jinja2.DictLoader({
    'base.md': '# {% block title %}Report{% endblock %}\n{% block body %}{% endblock %}\n',
    'report.md': ('{% extends "base.md" %}{% block title %}{{ name|title }} ({{ runs|length }} runs){% endblock %}'
                  '{% block body %}{% for r in runs|sort(attribute="id") %}'
                  '- {{ r.id }}: {{ r.status|upper }}{% if r.status != "ok" %} ⚠{% endif %}\n'
                  '{% endfor %}{{ summary(runs) }}{% endblock %}'
                  '{% macro summary(items) %}{{ items|selectattr("status", "eq", "ok")|list|length }}'
                  '/{{ items|length }} passed{% endmacro %}'),
})
env = jinja2.Environment(loader=loader, autoescape=jinja2.select_autoescape(['html']),
                         undefined=jinja2.StrictUndefined, trim_blocks=True)
runs = [{'id': 3, 'status': 'failed'}, {'id': 1, 'status': 'ok'}, {'id': 2, 'status': 'ok'}]
print(env.get_template('report.md').render(name='nightly build', runs=runs))
html = jinja2.Environment(autoescape=True).from_string('<p title="{{ t }}">{{ body }} {{ body|safe }}</p>')
print(html.render(t='a "quote"', body='<script>'))
try:
    env.from_string('line one\n{% for x in %}\n').render()
except jinja2.TemplateSyntaxError as e:
    print('TemplateSyntaxError', e.lineno, e.message)
try:
    env.from_string('{{ missing.attr }}').render()
except jinja2.UndefinedError as e:
    print('UndefinedError', e)
