# inspect over what the interpreter keeps (f.__code__, __defaults__,
# __kwdefaults__, sys._getframe), and call errors naming methods by their
# qualified name (patches 0056, 0057).
import functools
import inspect


def build(target, jobs=2, *args, verbose, dry_run=False, **kwargs):
    """Build a target.

        Extra lines are dedented.
    """
    return target


class Service:
    def __init__(self, name, port=80):
        self.name = name

    def run(self, task, *, retries=3):
        return task

    @staticmethod
    def helper(value):
        return value

    @classmethod
    def create(cls, config=None):
        return cls('x')


class Derived(Service):
    pass


class Empty:
    pass


def numbers():
    yield 1


@functools.wraps(build)
def wrapper(*args, **kwargs):
    return build(*args, **kwargs)


for obj in (build, Service, Derived, Service('a').run, Service.run, Service.helper, Service.create, Empty,
            lambda x, y=3: 0, functools.partial(build, 'all', verbose=True), wrapper):
    print(inspect.signature(obj))
sig = inspect.signature(build)
print([(p.name, str(p.kind), p.default) for p in sig.parameters.values() if p.default is not p.empty])
print([p.kind.description for p in sig.parameters.values()])
bound = sig.bind('app', verbose=True)
bound.apply_defaults()
print(bound.arguments, bound.args, bound.kwargs)
for bad in [lambda: sig.bind(), lambda: sig.bind('a', verbose=1, nope=2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(inspect.isfunction(build), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isbuiltin('a'.upper))
print(inspect.ismethod(Service('a').run), inspect.ismethod('a'.upper), inspect.isclass(Service), inspect.ismodule(inspect))
print(inspect.isgeneratorfunction(numbers), inspect.isgeneratorfunction(build), inspect.isgenerator(numbers()),
      inspect.isroutine(len), inspect.isroutine(Service))
print(inspect.getdoc(build))
print(inspect.cleandoc('  first\n    indented\n  back\n'))
print([name for name, _ in inspect.getmembers(Service, inspect.isfunction)])
print(inspect.getmodule(build).__name__, inspect.getfile(build) == __file__, inspect.unwrap(wrapper) is build)
print(inspect.getsource(Service.run), end='')
print(inspect.getsource(numbers), end='')
print(inspect.currentframe().f_code.co_name, inspect.stack()[0].function)
print(build.__code__.co_varnames, build.__code__.co_argcount, build.__code__.co_kwonlyargcount,
      build.__code__.co_name, bool(numbers.__code__.co_flags & 0x20))
for call in [lambda: Service('a').run(), lambda: Service('a').run(1, 2), lambda: Service('a').run(1, nope=2),
             lambda: Service()]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
