# __import__ by keyword, with a package's submodules named in fromlist
# imported (0361: parsedatetime, jsonpickle); a module's __annotations__,
# annotations that call with keywords, star arguments, dict displays and
# signs (pydantic v1's constr(min_length=2)), and annotation texts past
# 255 characters (typer).
from __future__ import annotations

import sys

os_module = __import__('os', fromlist=['path'], level=0)
print(os_module.__name__, hasattr(os_module, 'path'))
sys.modules.pop('xml.dom.minidom', None)
dom = __import__('xml.dom', None, None, ['minidom', 'no_such_module'], 0)
print(dom.__name__, hasattr(dom, 'minidom'), hasattr(dom, 'no_such_module'))
print(__import__(name='json').__name__, __import__('xml.etree', fromlist=()).__name__)
try:
    __import__('no_such_module_at_all')
except ImportError as e:
    print(type(e).__name__, e)

retries: int = 3
names: list[str]
print(__annotations__)


def constr(**kw):
    return str


def validate(name: constr(min_length=2, max_length=-1), *items: tuple[int, ...],
             options: dict(a=1) = None, extra: f(*args, **kwargs) = None) -> {'ok': bool}:
    return name


for key, text in validate.__annotations__.items():
    print(key, repr(text))
long_text = 'Annotated[str, typer.Option(help="' + 'a very long help text ' * 14 + '")]'
namespace = {}
exec('def command(name: ' + repr(long_text) + ' = "x"):\n    return name\n', namespace)
print(len(namespace['command'].__annotations__['name']), namespace['command']())


class Model:
    limit: conint(gt=0, lt=-5) = 1
    tags: set[str] = set()


print(Model.__annotations__)
