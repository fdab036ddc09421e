'use strict';
// HTTP from Python scripts (urllib.request and http.client over the
// http.request host call) with the CLI: --allow-net turns it on; the same
// script prints the same under CPython and pywasm against a real server
// (tests/support/servers/echo.js).
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { engines, pywasm, tempDir, CLI, NODE } = require('../support/pywasm');
const { startServer, closedPort } = require('../support/http-server');

const CASES = path.join(__dirname, 'http', 'urllib_cases.py');
const CLIENT_CASES = path.join(__dirname, 'http', 'http_client_cases.py');
const probe = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[0])'], { encoding: 'utf8' });
const haveCPython = !probe.error && probe.status === 0 && probe.stdout.trim() === '3';

let server;
let refused;
test.before(async () => {
  server = await startServer('echo');
  refused = await closedPort();
});
test.after(() => server.close());

test('--help lists --allow-net', () => {
  const r = pywasm('wasm', ['--help']);
  assert.match(r.stdout, /--allow-net +let the script make HTTP requests/);
});

for (const engine of engines()) {
  test(`[${engine}] urllib.request prints what CPython prints against a real server`, { skip: haveCPython ? false : 'python3 is not on PATH' }, () => {
    const want = spawnSync('python3', [CASES, server.url, String(refused)], { encoding: 'utf8', timeout: 60000 });
    assert.equal(want.status, 0, want.stderr);
    const got = pywasm(engine, ['--allow-net', CASES, server.url, String(refused)]);
    assert.equal(got.stderr, '');
    assert.equal(got.stdout, want.stdout);
    assert.equal(got.status, 0);
  });

  test(`[${engine}] http.client prints what CPython prints against a real server`, { skip: haveCPython ? false : 'python3 is not on PATH' }, () => {
    const want = spawnSync('python3', [CLIENT_CASES, server.url, String(refused)], { encoding: 'utf8', timeout: 60000 });
    assert.equal(want.status, 0, want.stderr);
    const got = pywasm(engine, ['--allow-net', CLIENT_CASES, server.url, String(refused)]);
    assert.equal(got.stderr, '');
    assert.equal(got.stdout, want.stdout);
    assert.equal(got.status, 0);
  });

  test(`[${engine}] http.client without --allow-net: request() raises OSError saying how to turn it on`, () => {
    const code = [
      'import http.client',
      `conn = http.client.HTTPConnection("127.0.0.1", ${server.port})`,
      'try:',
      '    conn.request("GET", "/echo")',
      'except OSError as e:',
      '    print(type(e).__name__, e)',
    ].join('\n');
    const r = pywasm(engine, ['-c', code]);
    assert.equal(r.stdout, 'OSError network access is off in this sandbox (run pywasm with --allow-net, or pass allowNet: true to the library)\n');
    assert.equal(r.status, 0);
  });

  test(`[${engine}] without --allow-net the network is off: URLError says how to turn it on`, () => {
    const code = [
      'import urllib.request, urllib.error',
      'try:',
      `    urllib.request.urlopen("${server.url}/echo")`,
      'except urllib.error.URLError as e:',
      '    print(type(e.reason).__name__, e.reason)',
      `urllib.request.urlopen("${server.url}/echo")`,
    ].join('\n');
    const r = pywasm(engine, ['-c', code]);
    assert.equal(r.stdout, 'str network access is off in this sandbox (run pywasm with --allow-net, or pass allowNet: true to the library)\n');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /\nurllib\.error\.URLError: <urlopen error network access is off in this sandbox \(run pywasm with --allow-net, or pass allowNet: true to the library\)>\n$/);
  });

  test(`[${engine}] an uncaught HTTPError reads as CPython's last traceback line`, () => {
    const r = pywasm(engine, ['--allow-net', '-c', `import urllib.request\nurllib.request.urlopen("${server.url}/status?code=403&reason=Forbidden")`]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /\nurllib\.error\.HTTPError: HTTP Error 403: Forbidden\n$/);
  });

  test(`[${engine}] no answer within the timeout raises TimeoutError soon, as CPython's urllib does`, () => {
    const code = [
      'import urllib.request, urllib.error, time',
      't = time.time()',
      'try:',
      `    urllib.request.urlopen("${server.url}/slow?ms=5000", timeout=0.5)`,
      'except TimeoutError as e:',
      '    print("TimeoutError", e)',
      'except urllib.error.URLError as e:',
      '    print("URLError", type(e.reason).__name__, e.reason)',
      'print(time.time() - t < 4)',
    ].join('\n');
    const r = pywasm(engine, ['--allow-net', '-c', code]);
    assert.equal(r.stdout, 'TimeoutError timed out\nTrue\n', r.stderr);
  });
}

test('a run with --allow-net that makes no request loads no network code', () => {
  // A preload listing, at exit, the files this process loaded and whether
  // node:worker_threads was (it is loaded only for a request, or a Worker).
  const dir = tempDir({
    'list.js': "process.on('exit', () => process.stderr.write(JSON.stringify({ files: Object.keys(require.cache), workers: process.moduleLoadList.some((m) => /worker_threads/.test(m)) })));\n",
  });
  const run = (args) => {
    const r = spawnSync(NODE, ['-r', path.join(dir, 'list.js'), CLI, '--engine', 'wasm', ...args], { encoding: 'utf8' });
    const report = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('{"files"')));
    return { stdout: r.stdout, net: report.files.filter((f) => f.includes(`${path.sep}net${path.sep}`)).map((f) => path.basename(f)), workers: report.workers };
  };
  const idle = run(['--allow-net', '-c', 'print("no request")']);
  assert.deepEqual(idle, { stdout: 'no request\n', net: ['handlers.js'], workers: false });
  const off = run(['-c', 'print("no request")']);
  assert.deepEqual(off, { stdout: 'no request\n', net: [], workers: false });
  const used = run(['--allow-net', '-c', `import urllib.request\nprint(urllib.request.urlopen("${server.url}/").read())`]);
  assert.deepEqual(used, { stdout: "b'root'\n", net: ['handlers.js', 'http-sync.js'], workers: true });
  fs.rmSync(dir, { recursive: true, force: true });
});
