# sched: events run in time, then priority, then entry order.
import sched
clock = [0.0]
def timefunc():
    return clock[0]
def delay(seconds):
    clock[0] += seconds
log = []
s = sched.scheduler(timefunc, delay)
e1 = s.enter(5, 1, log.append, ("five",))
s.enter(1, 2, log.append, ("one-low",))
s.enter(1, 1, log.append, ("one-high",))
s.enterabs(3, 1, lambda: (log.append("three"), s.enter(0.5, 1, log.append, ("added",))))
s.enter(2, 1, log.append, kwargs={"object": "kw"}) if False else s.enter(2, 1, print, ("printed at", 2))
gone = s.enter(4, 1, log.append, ("cancelled",))
s.cancel(gone)
print([(ev.time, ev.priority, ev.argument) for ev in s.queue], s.empty())
print(s.run(blocking=False))
s.run()
print(log, clock[0], s.empty())
try:
    s.cancel(e1)
except ValueError:
    print("ValueError")
