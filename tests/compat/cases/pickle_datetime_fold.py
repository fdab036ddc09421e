# A datetime or time with fold=1 pickles as CPython packs it (the month or
# hour byte's high bit from protocol 4) and comes back with its fold.
import pickle, datetime
d = datetime.datetime(2024, 11, 3, 1, 30, fold=1)
t = datetime.time(1, 30, 5, 7, fold=1)
for proto in range(6):
    for x in (d, t, d.replace(fold=0), datetime.datetime(2024, 11, 3, 1, 30, tzinfo=datetime.timezone.utc, fold=1)):
        b = pickle.dumps(x, proto)
        y = pickle.loads(b)
        print(proto, b.hex()[:90], y == x, y.fold)
