"""logging.handlers: the handlers of CPython 3.11.

Files: RotatingFileHandler (maxBytes, backupCount), TimedRotatingFileHandler
(when S, M, H, D, midnight, W0-W6; interval, utc, atTime; the suffixes and
the backup clean-up of CPython), WatchedFileHandler, with namer/rotator and
rotation_filename/rotate on the rotating ones. Local time is UTC here (WASI
has no time zones), so utc=True and utc=False name files the same.

Memory and queues: BufferingHandler, MemoryHandler (capacity, flushLevel,
target, flushOnClose), QueueHandler and QueueListener. The listener's
thread is a threading.Thread, which here runs only when something waits
(see threading): it handles what is queued when it runs and then ends, and
stop() hands whatever came after to the handlers itself, so by the time
stop() returns every record has been handled, as in CPython.

Network: HTTPHandler sends through http.client, which goes through the
host's HTTP (pywasm --allow-net). The sandbox has no sockets, so
SocketHandler, DatagramHandler, SysLogHandler and SMTPHandler are built as
in CPython (attributes, makePickle, encodePriority, getSubject...), but
each record they emit goes to handleError() with a NotImplementedError
naming the handler ('--- Logging error ---' on stderr; the script goes on),
where CPython would send it or, for an unreachable socket, drop it."""
import os
import time
import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514
_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay, errors)

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None


def _not_regular(path):
    # A rotating handler leaves alone what is not a plain file (/dev/null).
    return os.path.exists(path) and not os.path.isfile(path)


class RotatingFileHandler(BaseRotatingHandler):
    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'  # 'w' would empty the file that decides the rollover
        BaseRotatingHandler.__init__(self, filename, mode, encoding, delay, errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        self._close_stream()
        if self.backupCount > 0:
            base = self.baseFilename
            # shift .N-1 -> .N down to .1 -> .2, then the file itself to .1
            for i in range(self.backupCount - 1, 0, -1):
                src = self.rotation_filename('%s.%d' % (base, i))
                dst = self.rotation_filename('%s.%d' % (base, i + 1))
                if os.path.exists(src):
                    if os.path.exists(dst):
                        os.remove(dst)
                    os.rename(src, dst)
            dst = self.rotation_filename(base + '.1')
            if os.path.exists(dst):
                os.remove(dst)
            self.rotate(base, dst)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if _not_regular(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            # characters, not bytes, as CPython counts them
            size = len(self.format(record)) + 1
            self.stream.seek(0, 2)
            return self.stream.tell() + size >= self.maxBytes
        return False


# when -> (seconds per unit, strftime suffix, the suffix's shape as a regex)
_WHEN = {
    'S': (1, '%Y-%m-%d_%H-%M-%S', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$'),
    'M': (60, '%Y-%m-%d_%H-%M', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$'),
    'H': (3600, '%Y-%m-%d_%H', r'^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$'),
    'D': (_MIDNIGHT, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None, delay=False, utc=False,
                 atTime=None, errors=None):
        import re
        BaseRotatingHandler.__init__(self, filename, 'a', encoding, delay, errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        w = self.when
        if w.startswith('W'):
            if len(w) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 (0 is Monday): %s' % w)
            if not '0' <= w[1] <= '6':
                raise ValueError('Invalid day specified for weekly rollover: %s' % w)
            self.dayOfWeek = int(w[1])
            unit, self.suffix, ext = _WHEN['D']
            unit *= 7
        elif w in _WHEN or w == 'MIDNIGHT':
            unit, self.suffix, ext = _WHEN['D' if w == 'MIDNIGHT' else w]
        else:
            raise ValueError('Invalid rollover interval specified: %s' % w)
        self.extMatch = re.compile(ext)
        self.interval = unit * interval
        if os.path.exists(self.baseFilename):
            t = int(os.stat(self.baseFilename)[8])  # st_mtime
        else:
            t = int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def _tuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        result = currentTime + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            t = self._tuple(currentTime)
            at = self.atTime
            at_s = _MIDNIGHT if at is None else (at.hour * 60 + at.minute) * 60 + at.second
            # seconds from now to the next time of day at_s
            r = at_s - ((t[3] * 60 + t[4]) * 60 + t[5])
            day = t[6]
            if r < 0:
                r += _MIDNIGHT
                day = (day + 1) % 7
            result = currentTime + r
            if self.when.startswith('W') and day != self.dayOfWeek:
                result += ((self.dayOfWeek - day) % 7) * _MIDNIGHT
        return result

    def shouldRollover(self, record):
        t = int(time.time())
        if t >= self.rolloverAt:
            if _not_regular(self.baseFilename):
                self.rolloverAt = self.computeRollover(t)
                return False
            return True
        return False

    def getFilesToDelete(self):
        dirName, baseName = os.path.split(self.baseFilename)
        stem, ext = os.path.splitext(baseName)
        prefix = stem + '.'
        plen = len(prefix)
        found = []
        for name in os.listdir(dirName):
            if self.namer is None:
                if not name.startswith(baseName):
                    continue
            elif (not name.startswith(baseName) and name.endswith(ext) and len(name) > plen + 1
                  and not name[plen + 1].isdigit()):
                continue
            if name[:plen] == prefix:
                for part in name[plen:].split('.'):
                    if self.extMatch.match(part):
                        found.append(os.path.join(dirName, name))
                        break
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        self._close_stream()
        now = int(time.time())
        # The file is named for the start of the interval that ends now.
        stamp = time.strftime(self.suffix, self._tuple(self.rolloverAt - self.interval))
        dst = self.rotation_filename(self.baseFilename + '.' + stamp)
        if os.path.exists(dst):
            os.remove(dst)
        self.rotate(self.baseFilename, dst)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        nxt = self.computeRollover(now)
        while nxt <= now:
            nxt += self.interval
        self.rolloverAt = nxt


class WatchedFileHandler(logging.FileHandler):
    # Reopens the file when it was moved or removed since the last record.
    # There are no descriptors to fstat(): the path is stat()ed after open.
    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay, errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            try:
                st = os.stat(self.baseFilename)
                self.dev, self.ino = st[2], st[1]
            except OSError:
                pass

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if not st or st[2] != self.dev or st[1] != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.target = target

    def flush(self):
        # Without a target the records stay buffered.
        if self.target:
            for r in self.buffer:
                self.target.handle(r)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        # A copy carrying the formatted text, with nothing left that might
        # not survive a trip through a queue (arguments, exceptions).
        import copy
        msg = self.format(record)
        record = copy.copy(record)
        record.message = record.msg = msg
        record.args = record.exc_info = record.exc_text = record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        import threading
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for h in self.handlers:
            if not self.respect_handler_level or record.levelno >= h.level:
                h.handle(record)

    def _drain(self):
        # Hand on what is queued, up to the sentinel (True) or until the
        # queue is empty (False). Never blocks: a blocking get() with
        # nothing queued would have no thread left to fill the queue.
        import queue as _q
        q = self.queue
        done = getattr(q, 'task_done', None)
        while True:
            try:
                record = self.dequeue(False)
            except _q.Empty:
                return False
            if done:
                done()
            if record is self._sentinel:
                return True
            self.handle(record)

    def _monitor(self):
        self._drain()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.enqueue_sentinel()
        t, self._thread = self._thread, None
        if t is not None:
            t.join()
        # what arrived after the thread ran (it ends on an empty queue)
        self._drain()


# The network handlers, kept in their own file.
from logging._nethandlers import (  # noqa: E402
    SocketHandler, DatagramHandler, SysLogHandler, SMTPHandler, HTTPHandler)
