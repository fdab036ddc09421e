# argparse's action classes under CPython's names: tools subclass them
# (bump2version's DiscardDefaultIfSpecifiedAppendAction(_AppendAction)) or
# test parsed actions against them.
import argparse
from argparse import _AppendAction, _StoreAction, _StoreTrueAction, _SubParsersAction


class DiscardDefaultAppend(_AppendAction):
    # the first value given replaces the default instead of adding to it
    def __call__(self, parser, namespace, values, option_string=None):
        if getattr(self, '_seen', False) is False:
            self._seen = True
            setattr(namespace, self.dest, [])
        super().__call__(parser, namespace, values, option_string)


p = argparse.ArgumentParser(prog='bump')
p.add_argument('--file', action=DiscardDefaultAppend, default=['setup.py'])
p.add_argument('--name')
p.add_argument('--dry-run', action='store_true')
sub = p.add_subparsers(dest='cmd')
sub.add_parser('patch')
print(p.parse_args(['--file', 'a.txt', '--file', 'b.txt', 'patch']))
print(argparse.ArgumentParser().add_argument('--x').__class__ is _StoreAction)
kinds = {}
for action in p._actions:
    for cls in (_AppendAction, _StoreAction, _StoreTrueAction, _SubParsersAction,
                argparse._HelpAction, argparse._StoreConstAction):
        if isinstance(action, cls):
            kinds.setdefault(action.dest, []).append(cls.__name__)
print(sorted(kinds.items()))
print(type(p._actions[1]).__mro__[1].__name__, type(p._actions[2]).__name__)
print(all(hasattr(argparse, n) for n in ('_StoreAction', '_StoreConstAction', '_StoreTrueAction', '_StoreFalseAction', '_AppendAction', '_AppendConstAction', '_CountAction', '_HelpAction', '_VersionAction', '_ExtendAction', '_SubParsersAction')))
