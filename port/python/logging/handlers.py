"""logging.handlers: RotatingFileHandler, TimedRotatingFileHandler (size
and time checks done on each record), MemoryHandler, BufferingHandler,
QueueHandler. Network handlers raise NotImplementedError."""
import os
import time
import logging


class BaseRotatingHandler(logging.FileHandler):
    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
        except Exception:
            self.handleError(record)
        logging.FileHandler.emit(self, record)


class RotatingFileHandler(BaseRotatingHandler):
    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        logging.FileHandler.__init__(self, filename, mode, encoding, delay)
        self.maxBytes, self.backupCount = maxBytes, backupCount

    def shouldRollover(self, record):
        if self.maxBytes <= 0:
            return False
        size = os.stat(self.baseFilename)[6] if os.path.exists(self.baseFilename) else 0
        return size + len(self.format(record)) + 1 >= self.maxBytes

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        for i in range(self.backupCount - 1, 0, -1):
            s, d = '%s.%d' % (self.baseFilename, i), '%s.%d' % (self.baseFilename, i + 1)
            if os.path.exists(s):
                if os.path.exists(d):
                    os.remove(d)
                os.rename(s, d)
        if self.backupCount > 0:
            d = self.baseFilename + '.1'
            if os.path.exists(d):
                os.remove(d)
            if os.path.exists(self.baseFilename):
                os.rename(self.baseFilename, d)
        self.mode = 'w'
        self.stream = open(self.baseFilename, 'w')


class TimedRotatingFileHandler(BaseRotatingHandler):
    _UNITS = {'S': 1, 'M': 60, 'H': 3600, 'D': 86400, 'MIDNIGHT': 86400}

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None, delay=False, utc=False,
                 atTime=None, errors=None):
        logging.FileHandler.__init__(self, filename, 'a', encoding, delay)
        w = when.upper()
        if w.startswith('W'):
            w = 'D'
            interval *= 7
        if w not in self._UNITS:
            raise ValueError('Invalid rollover interval specified: %s' % when)
        self.interval = self._UNITS[w] * interval
        self.backupCount = backupCount
        self.rolloverAt = time.time() + self.interval

    def shouldRollover(self, record):
        return record.created >= self.rolloverAt

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        t = time.gmtime(int(self.rolloverAt - self.interval))
        d = self.baseFilename + '.%04d-%02d-%02d_%02d-%02d-%02d' % t[:6]
        if os.path.exists(self.baseFilename):
            os.rename(self.baseFilename, d)
        self.stream = open(self.baseFilename, 'a')
        self.rolloverAt += self.interval


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
        self.buffer = []

    def close(self):
        self.flush()


class MemoryHandler(BufferingHandler):
    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel, self.target, self.flushOnClose = flushLevel, target, flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for r in self.buffer:
                self.target.handle(r)
            self.buffer = []

    def close(self):
        if self.flushOnClose:
            self.flush()
        self.target = None


class QueueHandler(logging.Handler):
    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def emit(self, record):
        self.queue.put_nowait(record)


def _no(name):
    class H(logging.Handler):
        def __init__(self, *a, **k):
            raise NotImplementedError('logging.handlers.%s: no network in the pywasm sandbox' % name)
    return H


SocketHandler = _no('SocketHandler')
DatagramHandler = _no('DatagramHandler')
SysLogHandler = _no('SysLogHandler')
SMTPHandler = _no('SMTPHandler')
HTTPHandler = _no('HTTPHandler')
