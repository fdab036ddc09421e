# Private names of CPython's modules that packages import: argparse's
# _name_parser_map (plac), dataclasses' _MISSING_TYPE (simple-parsing),
# unittest.util (the mock backport), unittest.mock._Sentinel (testfixtures),
# uuid's _uuid hooks (freezegun), xml.etree.cElementTree (xmljson).
import argparse
import dataclasses
import unittest.mock
import uuid
from unittest import util

p = argparse.ArgumentParser(prog='tool')
sub = p.add_subparsers(dest='cmd')
a = sub.add_parser('add', aliases=['plus'])
a.add_argument('n', type=int)
print(sorted(sub._name_parser_map), sub._name_parser_map['plus'] is a, sub.choices is sub._name_parser_map)

print(type(dataclasses.MISSING).__name__, isinstance(dataclasses.MISSING, dataclasses._MISSING_TYPE),
      type(dataclasses.KW_ONLY).__name__)


@dataclasses.dataclass
class D:
    x: int = 1


print(isinstance(dataclasses.fields(D)[0].default_factory, dataclasses._MISSING_TYPE))

print(util.safe_repr('x' * 90, True), util.strclass(D))
print(util.sorted_list_difference([1, 2, 2, 4, 7], [2, 3, 4, 4, 8]))
print(util.unorderable_list_difference([1, [2], 3], [[2], 4]), util.three_way_cmp(1, 2))
print(util._count_diff_all_purpose([1, 1, [2], 3], [1, [2], [2], 4]))
print(sorted(util._count_diff_hashable('aab', 'abcc')))
print(util._common_shorten_repr('a' * 100 + 'x', 'a' * 100 + 'y'))
print(type(unittest.mock.sentinel) is unittest.mock._Sentinel, isinstance(unittest.mock.sentinel.x, unittest.mock._SentinelObject))

print(uuid._UuidCreate, uuid._load_system_functions(), hasattr(uuid, '_generate_time_safe'))

from xml.etree import cElementTree
e = cElementTree.fromstring('<a x="1"><b>t</b></a>')
print(e.tag, e.get('x'), e.find('b').text, cElementTree.tostring(e))
