'use strict';
// The library's allowNet option: HTTP for Python through run(), runSync()
// and an Interpreter, against a real server on 127.0.0.1; the network off
// by default; an embedder's own http.request handler in its place.
const test = require('node:test');
const assert = require('node:assert/strict');
const { engines, pywasmLibrary } = require('../support/pywasm');
const { startServer } = require('../support/http-server');

const py = pywasmLibrary();

let server;
test.before(async () => { server = await startServer('echo'); });
test.after(() => server.close());

// GET with a header, POST with bytes that are not UTF-8; prints what the server saw.
const roundTrip = () => [
  'import json, urllib.request',
  `base = "${server.url}"`,
  'r = urllib.request.urlopen(urllib.request.Request(base + "/echo?q=1", headers={"X-Test": "yes"}))',
  'seen = json.loads(r.read())',
  'print(r.status, seen["method"], seen["target"], [v for k, v in seen["headers"] if k == "X-Test"])',
  'body = urllib.request.urlopen(base + "/bytes", data=b"\\xff\\x00\\xfe").read()',
  'print(len(body), body[-3:])',
].join('\n');
const ROUND_TRIP_OUT = "200 GET /echo?q=1 ['yes']\n259 b'\\xff\\x00\\xfe'\n";

for (const engine of engines()) {
  test(`[${engine}] runSync() with allowNet makes requests`, () => {
    const r = py.runSync(roundTrip(), { engine, allowNet: true });
    assert.equal(r.stdout, ROUND_TRIP_OUT);
  });

  test(`[${engine}] run() with allowNet makes requests without blocking the event loop`, async () => {
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 5);
    const code = `import urllib.request\nprint(urllib.request.urlopen("${server.url}/slow?ms=300").read())\n${roundTrip()}`;
    const r = await py.run(code, { engine, allowNet: true });
    clearInterval(timer);
    assert.equal(r.stdout, `b'late'\n${ROUND_TRIP_OUT}`);
    assert.ok(ticks > 10, `the event loop turned ${ticks} times during the run`);
  });

  test(`[${engine}] an Interpreter with allowNet makes requests`, async () => {
    const session = new py.Interpreter({ engine, allowNet: true });
    try {
      await session.exec('import urllib.request');
      assert.equal(await session.eval(`urllib.request.urlopen("${server.url}/").read().decode()`), 'root');
    } finally {
      await session.close();
    }
  });

  test(`[${engine}] the network is off by default: URLError naming allowNet`, async () => {
    const code = `import urllib.request\nurllib.request.urlopen("${server.url}/")`;
    const err = await py.run(code, { engine }).catch((e) => e);
    assert.equal(err.type, 'urllib.error.URLError');  // as the traceback's last line names it
    assert.match(err.pythonMessage, /network access is off in this sandbox \(run pywasm with --allow-net, or pass allowNet: true to the library\)/);
    assert.throws(() => py.runSync(code, { engine, allowNet: false }), (e) => e.type === 'urllib.error.URLError');
  });

  test(`[${engine}] an embedder's http.request handler wins over allowNet's`, async () => {
    const calls = [];
    const handler = (args) => {
      calls.push([args.method, args.url]);
      return { status: 200, reason: 'OK', url: args.url, headers: [['Content-Type', 'text/plain']], body: Buffer.from('canned').toString('base64') };
    };
    const code = 'import urllib.request\nr = urllib.request.urlopen("https://example.invalid/x")\nprint(r.read(), r.headers["content-type"])';
    const sync = py.runSync(code, { engine, allowNet: true, hostHandlers: { 'http.request': handler } });
    const async = await py.run(code, { engine, hostHandlers: { 'http.request': async (a) => handler(a) } });
    assert.equal(sync.stdout, "b'canned' text/plain\n");
    assert.equal(async.stdout, sync.stdout);
    assert.deepEqual(calls, [['GET', 'https://example.invalid/x'], ['GET', 'https://example.invalid/x']]);
  });
}

test('allowNet must be a boolean', () => {
  assert.throws(() => py.runSync('pass', { allowNet: 'yes' }), (e) => e instanceof py.OptionError && e.option === 'allowNet');
});
