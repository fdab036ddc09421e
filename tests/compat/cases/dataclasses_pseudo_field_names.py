# ClassVar, InitVar and KW_ONLY reached through any name the module gives
# them: a module alias (dc.InitVar), a renamed import (ClassVar as CV), or a
# name imported inside a function.
import dataclasses as dc, typing as t
import dataclasses, typing
from typing import ClassVar as CV


@dc.dataclass
class Config:
    path: str
    retries: dc.InitVar[int] = 0
    verbose: dataclasses.InitVar[bool] = False
    instances: t.ClassVar[int] = 0
    registry: CV[dict] = {}
    default_name: typing.ClassVar = 'cfg'
    _: dc.KW_ONLY
    timeout: float = 1.5

    def __post_init__(self, retries, verbose):
        self.attempts = retries + 1
        print('post_init', retries, verbose)


print([(f.name, f._field_type, f.kw_only) for f in dc.fields(Config)])
print({name: f._field_type for name, f in Config.__dataclass_fields__.items()})
c = Config('a.txt', 2, True, timeout=3.0)
print(c, c.attempts, Config.registry, Config.default_name)
try:
    Config('b', 1, False, 2.0)
except TypeError as e:
    print('TypeError', e)


def make():
    from dataclasses import InitVar, dataclass

    @dataclass
    class Local:
        size: InitVar[int]
        area: int = 0

        def __post_init__(self, size):
            self.area = size * size
    return Local(7)


print(make())
