'use strict';
// zoneinfo reads the system's time zone database (TZif files) when the
// script mounts it, and gives what CPython gives: offsets, DST and names
// from 1900 to 2100, both folds of repeated and skipped hours, fromutc,
// datetime arithmetic across zones, caching, pickling, key errors and
// available_timezones(). Without the mount, a region key says how to mount
// it and the fixed zones (UTC, Etc/GMT±N) still work.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { engines, pywasm, tempDir } = require('../support/pywasm');

const ZONEINFO = '/usr/share/zoneinfo';

// The same script runs under python3 and pywasm; both read ZONEINFO only
// (reset_tzpath), so a distribution's own TZPATH or PYTHONTZPATH changes
// nothing, and python3 -S keeps a tzdata package out of the reference.
const SCRIPT = String.raw`
import pickle
from datetime import datetime, timedelta, timezone
import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

zoneinfo.reset_tzpath(['/usr/share/zoneinfo'])
UTC = timezone.utc
ZONES = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Europe/Dublin', 'Antarctica/Troll',
         'America/St_Johns', 'America/Santiago', 'Pacific/Chatham', 'America/Sao_Paulo', 'Africa/Casablanca',
         'Asia/Kolkata', 'America/Nuuk', 'UTC', 'Etc/GMT+5']


def info(x):
    return '%s|%s|%s|%s|%d' % (x.isoformat(), x.utcoffset(), x.dst(), x.tzname(), x.fold)


def state(z, ts):
    l = datetime.fromtimestamp(ts, z)
    return (l.utcoffset(), l.dst(), l.tzname())


def transitions(z, y0, y1):
    ts, end = int(datetime(y0, 1, 1, tzinfo=UTC).timestamp()), int(datetime(y1, 1, 1, tzinfo=UTC).timestamp())
    cur = state(z, ts)
    while ts < end:
        nts = min(ts + 25 * 86400, end)
        while state(z, nts) != cur:
            lo, hi = ts, nts
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if state(z, mid) == cur:
                    lo = mid
                else:
                    hi = mid
            yield hi
            ts, cur = hi, state(z, hi)
        ts, cur = nts, state(z, nts)


for key in ZONES:
    z = ZoneInfo(key)
    print('==', repr(z), z is ZoneInfo(key), z.utcoffset(None), z.tzname(None))
    for y in range(1900, 2101, 10):
        u = datetime(y, 7, 1, 12, tzinfo=UTC)
        w = datetime(y, 1, 1, 12, tzinfo=z)
        print(' s', info(u.astimezone(z)), info(w), w.timestamp(), w.timetuple().tm_isdst)
    for y0, y1 in ((1916, 1918), (2021, 2025), (2096, 2098)):
        for t in transitions(z, y0, y1):
            print(' T', t, state(z, t - 1), state(z, t))
            for k in range(-6, 7):
                l = datetime.fromtimestamp(t + k * 1200, z)
                print('  u', info(l), l.astimezone(UTC).timestamp() == t + k * 1200)
            wall = datetime.fromtimestamp(t, z).replace(tzinfo=None, minute=0, second=0) - timedelta(hours=2)
            for k in range(13):
                w = wall + timedelta(minutes=20 * k)
                a, b = w.replace(tzinfo=z), w.replace(tzinfo=z, fold=1)
                print('  w', info(a), info(b), a.timestamp(), b.timestamp(), info(b.astimezone(UTC).astimezone(z)))

ny, paris = ZoneInfo('America/New_York'), ZoneInfo('Europe/Paris')
a = datetime(2021, 11, 7, 1, 30, tzinfo=ny)
b = a.replace(fold=1)
print(repr(b), a == b, a < b, b - a, b.astimezone(UTC) - a.astimezone(UTC), b.astimezone(UTC) == b)
print(b.astimezone(paris), b.astimezone(paris) == b, b.astimezone(paris) - a, a + timedelta(hours=1), len({a, b}))
print([pickle.dumps(paris, p) for p in (2, 4)], pickle.loads(pickle.dumps(paris)) is paris)
print(ZoneInfo.no_cache('Europe/Paris') is paris, pickle.loads(pickle.dumps(ZoneInfo.no_cache('Europe/Paris'))) is paris)
for key in ('Mars/Olympus', 'Europe/../UTC', '/etc/localtime', '..', 'zone.tab', 'Europe', 'posix/Europe/Paris'):
    try:
        print(key, ZoneInfo(key))
    except Exception as e:
        print(key, type(e).__name__, e)
zones = available_timezones()
print(len(zones), 'posixrules' in zones)
print(sorted(zones))
`;

const NO_DATABASE = String.raw`
from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones
try:
    ZoneInfo('Europe/Paris')
except ZoneInfoNotFoundError as e:
    print(type(e).__name__, e)
u = datetime(2024, 7, 1, 12, tzinfo=ZoneInfo('UTC'))
print(u, u.astimezone(ZoneInfo('Etc/GMT-3')), u.astimezone(ZoneInfo('Etc/GMT-3')).tzname())
zones = available_timezones()
print('UTC' in zones, 'Etc/GMT+12' in zones, 'Europe/Paris' in zones)
`;

const probe = spawnSync('python3', ['-S', '-c', 'import zoneinfo, sys; print(sys.version_info[0])'], { encoding: 'utf8' });
const haveCPython = !probe.error && probe.status === 0 && probe.stdout.trim() === '3';
const haveDatabase = fs.existsSync(path.join(ZONEINFO, 'Europe', 'Paris'));
const skipDiff = !haveCPython ? 'python3 (CPython 3.9+ with zoneinfo) is not on PATH: nothing to compare with'
  : !haveDatabase ? `${ZONEINFO} is missing: no time zone database to mount` : false;

let reference;

for (const engine of engines()) {
  test(`[${engine}] with ${ZONEINFO} mounted, zoneinfo gives what CPython gives`, { skip: skipDiff }, () => {
    const dir = tempDir({ 'zones.py': SCRIPT });
    const file = path.join(dir, 'zones.py');
    if (!reference) {
      reference = spawnSync('python3', ['-S', file], { cwd: dir, encoding: 'utf8', timeout: 120000, maxBuffer: 64 * 1024 * 1024 });
    }
    if (reference.error) throw reference.error;
    assert.equal(reference.status, 0, `CPython itself fails:\n${reference.stderr}`);
    const got = pywasm(engine, ['--mount', `${ZONEINFO}:ro`, '--mount', dir, file], { cwd: dir, timeout: 120000 });
    assert.equal(got.stderr, '');
    assert.equal(got.status, 0);
    const want = reference.stdout.split('\n');
    const lines = got.stdout.split('\n');
    // the first differing line, not a 1 MB diff
    const i = want.findIndex((line, k) => line !== lines[k]);
    assert.equal(i === -1 ? lines.length : i, want.length,
      i === -1 ? 'pywasm printed more lines' : `line ${i + 1}\n  cpython: ${want[i]}\n  pywasm:  ${lines[i]}`);
  });

  test(`[${engine}] without the database mounted, a region key says how to mount it; UTC and Etc/GMT-3 still work`, () => {
    const dir = tempDir({ 'nodb.py': NO_DATABASE });
    const r = pywasm(engine, ['--mount', dir, path.join(dir, 'nodb.py')], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.equal(r.stdout,
      "ZoneInfoNotFoundError 'No time zone found with key Europe/Paris (no directory of zoneinfo.TZPATH is visible: "
      + 'the sandbox sees only mounted host directories; mount the time zone database, '
      + "e.g. pywasm --mount /usr/share/zoneinfo:ro, or put the tzdata package on sys.path)'\n"
      + '2024-07-01 12:00:00+00:00 2024-07-01 15:00:00+03:00 +03\n'
      + 'True True False\n');
  });
}
