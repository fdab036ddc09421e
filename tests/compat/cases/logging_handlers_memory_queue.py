"""logging.handlers in memory: BufferingHandler, MemoryHandler (capacity,
flushLevel, target, flushOnClose, the flush at exit), QueueHandler and
QueueListener (every record handed on by stop()), and the network handlers
built without sending anything."""
import io
import logging
import logging.handlers
import pickle
import queue
import struct
import sys
import time


def fresh(name, *handlers):
    lg = logging.getLogger(name)
    lg.propagate = False
    lg.setLevel(logging.DEBUG)
    for h in handlers:
        lg.addHandler(h)
    return lg


out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))


class Collect(logging.handlers.BufferingHandler):
    def flush(self):
        if self.buffer:
            print('flushing', [r.getMessage() for r in self.buffer])
        logging.handlers.BufferingHandler.flush(self)


c = Collect(3)
lg = fresh('buf', c)
for i in range(7):
    lg.info('m%d', i)
print('left:', [r.getMessage() for r in c.buffer], c.shouldFlush(None), c.capacity)
c.close()
print('after close:', c.buffer)

m = logging.handlers.MemoryHandler(4, flushLevel=logging.ERROR)
lg = fresh('mem', m)
lg.info('one')
lg.warning('two')
lg.error('three: no target, so it stays')
print('buffered:', len(m.buffer), m.target, m.flushOnClose, m.flushLevel)
m.setTarget(out)
lg.debug('four fills it')
print('buffered:', len(m.buffer))
lg.critical('five flushes at once')
m.close()
print('closed:', m.target, m.buffer)

m2 = logging.handlers.MemoryHandler(10, target=out, flushOnClose=False)
lg = fresh('mem2', m2)
lg.info('dropped on close')
m2.close()
print('flushOnClose=False left', len(m2.buffer))

# the queue pair
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
lg = fresh('q', qh)
lg.info('before any listener %s', 'arg')
try:
    1 / 0
except ZeroDivisionError:
    lg.exception('with a traceback')
r = q.get_nowait()
print(r.msg, r.args, r.exc_info, r.message, r.getMessage())
r = q.get_nowait()
print(r.msg.splitlines()[0], r.msg.splitlines()[-1], r.exc_info, r.exc_text)
q.task_done()
q.task_done()

sink = io.StringIO()
sh = logging.StreamHandler(sink)
sh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
warn_only = logging.StreamHandler(sink)
warn_only.setLevel(logging.WARNING)
warn_only.setFormatter(logging.Formatter('  warn_only saw %(message)s'))
listener = logging.handlers.QueueListener(q, sh, warn_only, respect_handler_level=True)
listener.start()
for i in range(5):
    lg.info('queued %d', i)
lg.warning('a warning')
time.sleep(0.01)  # other threads get to run here
for i in range(5, 8):
    lg.info('queued %d', i)
lg.error('last before stop')
listener.stop()
print(sink.getvalue(), end='')
print('unfinished:', q.unfinished_tasks, 'empty:', q.empty())

# a listener that ignores handler levels, over a SimpleQueue, with a
# formatter on the QueueHandler itself
sq = queue.SimpleQueue()
qh2 = logging.handlers.QueueHandler(sq)
qh2.setFormatter(logging.Formatter('<%(levelname)s> %(message)s'))
lg2 = fresh('sq', qh2)
plain = io.StringIO()
ph = logging.StreamHandler(plain)
ph.setLevel(logging.CRITICAL)
l2 = logging.handlers.QueueListener(sq, ph)
l2.start()
lg2.debug('debug %d', 1)
lg2.info('info %d', 2)
l2.stop()
print(repr(plain.getvalue()), sq.empty())

# the network handlers: built, nothing sent
sock = logging.handlers.SocketHandler('localhost', 9)
print(sock.host, sock.port, sock.address, sock.sock, sock.closeOnError, sock.retryStart, sock.retryMax)
rec = logging.makeLogRecord({'msg': 'hello %s', 'args': ('there',), 'levelno': 20, 'levelname': 'INFO'})
data = sock.makePickle(rec)
n = struct.unpack('>L', data[:4])[0]
d = pickle.loads(data[4:])
print(n == len(data) - 4, d['msg'], d['args'], d['levelname'], 'message' in d)
sock.close()
dg = logging.handlers.DatagramHandler('localhost', 9)
print(type(dg).__name__, dg.address, dg.closeOnError)
dg.close()
sl = logging.handlers.SysLogHandler()
print(sl.address, sl.facility, sl.encodePriority('user', 'info'), sl.encodePriority(sl.LOG_LOCAL3, 'err'),
      sl.mapPriority('CRITICAL'), sl.mapPriority('CUSTOM'), sl.LOG_LOCAL7, sl.ident, sl.append_nul)
sl.close()
sm = logging.handlers.SMTPHandler(('mail.example.com', 2525), 'me@example.com', 'you@example.com', 'Subject!',
                                  credentials=('u', 'p'))
print(sm.mailhost, sm.mailport, sm.fromaddr, sm.toaddrs, sm.username, sm.password, sm.getSubject(rec), sm.timeout)
sm2 = logging.handlers.SMTPHandler('mail.example.com', 'a@x', ['b@x', 'c@x'], 'S')
print(sm2.mailhost, sm2.mailport, sm2.toaddrs, sm2.username)
hh = logging.handlers.HTTPHandler('localhost:8080', '/log', method='post')
print(hh.host, hh.url, hh.method, hh.secure, hh.credentials, sorted(hh.mapLogRecord(rec))[:3])
for kw in ({'method': 'PUT'}, {'context': object()}):
    try:
        logging.handlers.HTTPHandler('h', '/u', **kw)
    except ValueError as e:
        print('ValueError', e)
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.DEFAULT_UDP_LOGGING_PORT,
      logging.handlers.SYSLOG_UDP_PORT)

# left buffered: logging's exit-time shutdown flushes it to its target
last = logging.handlers.MemoryHandler(100, target=out)
fresh('atexit', last).warning('flushed by logging.shutdown at exit')
print('end of script')
