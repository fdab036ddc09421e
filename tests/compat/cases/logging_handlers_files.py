"""logging.handlers file handlers: RotatingFileHandler (size rollover,
backups, namer/rotator, delay), TimedRotatingFileHandler on a fixed clock
(when S/M/H/D/midnight/W0-W6, interval, atTime, suffixes, backups kept,
computeRollover), WatchedFileHandler reopening a moved file. Everything in
a temporary directory under the working directory."""
import datetime
import logging
import logging.handlers
import os
import shutil
import tempfile
import time

work = tempfile.mkdtemp(dir=os.getcwd())


def listing():
    return sorted(os.listdir(work))


def read(name):
    with open(os.path.join(work, name)) as f:
        return f.read()


def show():
    for n in listing():
        print('  %s: %r' % (n, read(n)))


def logger_with(name, handler):
    lg = logging.getLogger(name)
    lg.handlers = []
    lg.propagate = False
    lg.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
    lg.addHandler(handler)
    return lg


real_time = time.time
try:
    # size rollover: 5 files' worth of records, 2 backups kept
    path = os.path.join(work, 'app.log')
    h = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
    print(repr(h).replace(work, '<dir>'), h.mode, h.maxBytes, h.backupCount)
    lg = logger_with('rot', h)
    for i in range(9):
        lg.info('record number %d', i)
    show()
    h.doRollover()
    print('after an explicit doRollover:', listing(), repr(read('app.log')))
    h.close()
    for n in listing():
        os.remove(os.path.join(work, n))

    # namer and rotator
    h = logging.handlers.RotatingFileHandler(path, maxBytes=30, backupCount=3, delay=True)
    print('delay: file there?', os.path.exists(path), h.stream)
    h.namer = lambda name: name + '.bak'

    def rotator(source, dest):
        with open(source) as s, open(dest, 'w') as d:
            d.write(s.read().upper())
        os.remove(source)
    h.rotator = rotator
    print(h.rotation_filename('x.log'))
    lg = logger_with('rot2', h)
    for word in ('alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta'):
        lg.warning(word * 2)
    show()
    h.close()
    for n in listing():
        os.remove(os.path.join(work, n))

    # maxBytes=0 never rolls over; mode 'w' is kept then
    h = logging.handlers.RotatingFileHandler(path, mode='w', backupCount=1)
    lg = logger_with('rot3', h)
    for i in range(20):
        lg.info('x' * 10)
    print(h.mode, listing(), len(read('app.log')))
    h.close()
    os.remove(path)

    # timed rollover on a fixed clock
    now = [1700000000.0]  # 2023-11-14 22:13:20 UTC
    time.time = lambda: now[0]
    tpath = os.path.join(work, 'timed.log')
    h = logging.handlers.TimedRotatingFileHandler(tpath, when='S', interval=10, backupCount=2, utc=True,
                                                  delay=True)
    print(h.when, h.interval, h.suffix, h.rolloverAt - 1700000000, h.extMatch.pattern)
    lg = logger_with('timed', h)
    for step in range(7):
        lg.info('at +%d', step * 6)
        now[0] += 6
    show()
    print('next at +%d' % (h.rolloverAt - 1700000000))
    print([os.path.basename(p) for p in h.getFilesToDelete()])
    h.close()
    for n in listing():
        os.remove(os.path.join(work, n))

    # the other units and their suffixes
    now[0] = 1700000000.0
    for when, interval in (('M', 1), ('H', 2), ('D', 1), ('midnight', 1), ('W0', 1), ('W2', 1), ('w6', 1)):
        h = logging.handlers.TimedRotatingFileHandler(tpath, when=when, interval=interval, utc=True, delay=True)
        print(when, h.when, h.interval, h.suffix, h.rolloverAt - 1700000000,
              getattr(h, 'dayOfWeek', None), h.computeRollover(1700006400) - 1700006400)
        h.close()
    h = logging.handlers.TimedRotatingFileHandler(tpath, when='midnight', utc=True, delay=True,
                                                  atTime=datetime.time(3, 30, 15))
    print('atTime', h.rolloverAt - 1700000000, h.computeRollover(1700011111) - 1700011111)
    h.close()
    h = logging.handlers.TimedRotatingFileHandler(tpath, when='W3', utc=True, delay=True,
                                                  atTime=datetime.time(23, 0))
    print('W3 atTime', h.rolloverAt - 1700000000)
    h.close()
    for bad in ('X', 'W', 'W7', 'W12'):
        try:
            logging.handlers.TimedRotatingFileHandler(tpath, when=bad, delay=True)
        except ValueError as e:
            print('ValueError', e)

    # a daily rollover names the file for the day that ended
    h = logging.handlers.TimedRotatingFileHandler(tpath, when='midnight', backupCount=1, utc=True,
                                                  delay=True)
    lg = logger_with('daily', h)
    lg.info('day one')
    now[0] += 86400
    lg.info('day two')
    now[0] += 86400
    lg.info('day three')
    show()
    h.close()
    time.time = real_time
    for n in listing():
        os.remove(os.path.join(work, n))

    # WatchedFileHandler reopens a file that was moved away
    wpath = os.path.join(work, 'watched.log')
    h = logging.handlers.WatchedFileHandler(wpath)
    lg = logger_with('watched', h)
    lg.info('first')
    os.rename(wpath, os.path.join(work, 'moved.log'))
    lg.info('second')
    lg.info('third')
    show()
    print(h.dev != -1, h.ino != -1)
    h.close()

    # FileHandler: delay, encoding, reopening after close
    fpath = os.path.join(work, 'plain.log')
    h = logging.FileHandler(fpath, delay=True, encoding='utf-8')
    print(repr(h).replace(work, '<dir>'), h.stream, h.encoding, os.path.exists(fpath))
    lg = logger_with('plain', h)
    lg.info('caf\u00e9')
    h.close()
    lg.info('after close')
    h.close()
    print(repr(read('plain.log')))
finally:
    time.time = real_time
    logging.shutdown()
    shutil.rmtree(work)
print(os.path.exists(work))
