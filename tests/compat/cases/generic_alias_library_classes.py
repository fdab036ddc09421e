# PEP 585 for the library's classes whose CPython ones are generic:
# deque[int], queue.Queue[str], re.Pattern[str], functools.partial[int]...
# print as CPython's, and a generic alias of one is a base class
# (tenacity's `class Future(futures.Future[Any])`).
import asyncio
import collections
import concurrent.futures
import contextlib
import dataclasses
import functools
import os
import queue
import re
import subprocess
import tempfile
import typing

for t in (collections.deque, collections.defaultdict, collections.OrderedDict, collections.Counter,
          collections.ChainMap, queue.Queue, queue.LifoQueue, re.Pattern, re.Match, functools.partial,
          contextlib.AbstractContextManager, dataclasses.Field, os.PathLike, subprocess.Popen,
          subprocess.CompletedProcess, tempfile.TemporaryDirectory):
    alias = t[int]
    print(alias, alias.__origin__ is t, alias.__args__)


class RetryFuture(concurrent.futures.Future[typing.Any]):
    pass


print(asyncio.Queue[int].__origin__ is asyncio.Queue, asyncio.Future[str].__args__)
print(RetryFuture.__mro__[1].__name__, isinstance(RetryFuture(), concurrent.futures.Future))
print(collections.deque[int]([1, 2]), collections.defaultdict[str, list](list)['k'])
