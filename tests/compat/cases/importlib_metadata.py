# importlib.metadata: a missing distribution (PackageNotFoundError's type,
# str, repr, name, and each function raising it), an empty entry point
# selection, then a *.dist-info written to a temp dir on sys.path: version by
# any spelling of the name, metadata headers/json/body, requires, files from
# RECORD, entry points (select, names, groups, load) and packages_distributions.
import importlib.metadata as md
import os
import sys
import tempfile

try:
    md.version('pywasm-case-surely-not-installed')
except md.PackageNotFoundError as e:
    print(type(e).__name__, '|', e, '|', repr(e), '|', e.name, e.args)
    print(isinstance(e, ModuleNotFoundError), isinstance(e, ImportError))
for fn in (md.metadata, md.distribution, md.files, md.requires, md.Distribution.from_name):
    try:
        fn('pywasm_case.missing')
    except md.PackageNotFoundError as e:
        print(fn.__name__, e)
try:
    md.Distribution.from_name('')
except ValueError as e:
    print('ValueError', e)
eps = md.entry_points(group='pywasm_case.none')
print(type(eps).__name__, eps, len(eps), list(eps), eps.names, eps.groups, eps.select(name='x'))
try:
    eps['x']
except KeyError as e:
    print('KeyError', e)
print(md.entry_points().select(group='pywasm_case.none'), 'pywasm_case.none' in md.entry_points())
print([d for d in md.distributions(name='pywasm-case-surely-not-installed')])
print(md.packages_distributions().get('pywasm_case_nothing'))

ep = md.EntryPoint(name='j', value='os.path:join', group='g')
print(ep, ep.module, ep.attr, ep.extras, ep.load()('a', 'b'), ep.matches(group='g', name='j'), ep.matches(name='k'))
ep2 = md.EntryPoint(name='x', value='pkg.sub:obj.attr [ex1, ex2]', group='g')
print(ep2.module, ep2.attr, ep2.extras, md.EntryPoint('m', 'pkg.mod', 'g').attr)
print(ep == md.EntryPoint(name='j', value='os.path:join', group='g'), ep == ep2)

META = '''Metadata-Version: 2.1
Name: PyWasm-Case_Dist
Version: 1.2.3
Summary: A test distribution
Classifier: Topic :: A
Classifier: Topic :: B
Requires-Dist: requests (>=2.0)
Requires-Dist: pytest ; extra == 'test'
Keywords: one two
Description-Content-Type: text/markdown

Long description
  indented line.
'''
ENTRY = '''[console_scripts]
pywasm-case-tool = pywasm_case_mod:main
other = pywasm_case_mod:Obj.method [extra1]

[pywasm_case.plugins]
p1 = pywasm_case_mod
'''
with tempfile.TemporaryDirectory() as d:
    info = os.path.join(d, 'PyWasm_Case_Dist-1.2.3.dist-info')
    os.makedirs(info)
    with open(os.path.join(info, 'METADATA'), 'w') as f:
        f.write(META)
    with open(os.path.join(info, 'entry_points.txt'), 'w') as f:
        f.write(ENTRY)
    with open(os.path.join(info, 'RECORD'), 'w') as f:
        f.write('pywasm_case_mod.py,sha256=abc,40\nPyWasm_Case_Dist-1.2.3.dist-info/METADATA,,\n')
    with open(os.path.join(d, 'pywasm_case_mod.py'), 'w') as f:
        f.write('def main():\n    return "main ran"\nclass Obj:\n    @staticmethod\n    def method():\n        return 7\n')
    sys.path.insert(0, d)
    for n in ('PyWasm-Case-Dist', 'pywasm_case_dist', 'pywasm.case.dist', 'PYWASM--CASE_DIST'):
        print(n, md.version(n))
    m = md.metadata('pywasm-case-dist')
    print(m['Name'], m['Summary'], m['Nope'], m.get('Nope', 'dflt'), m.get_all('Classifier'), m.get_all('Nope'))
    print(list(m.keys()), len(m), 'Version' in m, 'version' in m, 'Nope' in m)
    print(repr(m.get_payload()))
    print(m.json)
    dist = md.distribution('pywasm-case-dist')
    print(dist.name, dist.version, dist.requires, md.requires('pywasm-case-dist') == dist.requires)
    fs = dist.files
    print([str(p) for p in fs], fs[0].hash, fs[0].size, fs[1].hash, fs[1].size, fs[0].suffix)
    print(fs[0].locate() == __import__('pathlib').Path(d, 'pywasm_case_mod.py'), fs[0].read_text().splitlines()[0])
    print(dist.read_text('RECORD').splitlines()[0], dist.read_text('nope.txt'))
    print(dist.entry_points)
    cs = md.entry_points(group='console_scripts').select(name='pywasm-case-tool')
    print(cs, cs.names, cs['pywasm-case-tool'].load()())
    print(md.entry_points(group='console_scripts', name='other')[0].load()(), md.entry_points(group='console_scripts', name='other')[0].extras)
    plugins = md.entry_points().select(group='pywasm_case.plugins')
    print(plugins, plugins.groups, plugins['p1'].load().__name__, plugins['p1'].dist.name)
    print(md.packages_distributions().get('pywasm_case_mod'))
    print([x.metadata['Name'] for x in md.distributions(name='pywasm-case-dist')])
    sys.path.remove(d)
    sys.modules.pop('pywasm_case_mod', None)
