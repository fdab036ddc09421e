"""select: MicroPython's select module, with poll() taking CPython's
timeouts.

CPython's poll.poll(timeout) takes milliseconds as an int or a float
(rounded up) and None or a negative value for "wait forever"; MicroPython's
takes an int only, so urllib3's poll(0.0) ("is this kept-alive connection
still open?") raised TypeError. Otherwise this is MicroPython's module:
register() takes stream objects (files, the host socket of
_pywasm_hostsocket.py), poll() answers (object, event) pairs rather than
(fd, event), and there is no select.select() or epoll.
"""
from uselect import *
import uselect as _u


def _milliseconds(timeout):
    if timeout is None:
        return -1
    if isinstance(timeout, float):
        if timeout != timeout:
            raise ValueError("Invalid value NaN (not a number)")
        whole = int(timeout)
        timeout = whole + 1 if timeout > whole else whole
    elif not isinstance(timeout, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(timeout).__name__)
    return -1 if timeout < 0 else timeout


class _Poll:
    def __init__(self):
        self._poll = _u.poll()

    def register(self, obj, eventmask=POLLIN | POLLOUT):
        self._poll.register(obj, eventmask)

    def modify(self, obj, eventmask):
        self._poll.modify(obj, eventmask)

    def unregister(self, obj):
        self._poll.unregister(obj)

    def poll(self, timeout=None):
        return self._poll.poll(_milliseconds(timeout))

    def ipoll(self, timeout=None, flags=0):
        return self._poll.ipoll(_milliseconds(timeout), flags)


def poll():
    return _Poll()
