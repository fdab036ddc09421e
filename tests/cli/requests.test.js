'use strict';
// requests (with urllib3, idna, charset-normalizer and certifi, pinned in
// tests/vendored/requirements.txt) against a real local server
// (tests/support/servers/requests.js): with --allow-net the script prints
// under pywasm what it prints under CPython. urllib3 opens its connection
// through socket.create_connection; pywasm's socket is then the host's
// stand-in (port/python/_pywasm_hostsocket.py) and http.client sends each
// request through the http.request host call.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { engines, pywasm } = require('../support/pywasm');
const { startServer, closedPort } = require('../support/http-server');
const { vendoredDir } = require('../support/vendored');

const CASES = path.join(__dirname, 'http', 'requests_cases.py');
const REQUIREMENTS = path.join(__dirname, '..', 'vendored', 'requirements.txt');
const probe = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[0])'], { encoding: 'utf8' });
const haveCPython = !probe.error && probe.status === 0 && probe.stdout.trim() === '3';
const skip = haveCPython ? false : 'python3 is not on PATH';

let server;
let refused;
let site;
test.before(async () => {
  server = await startServer('requests');
  refused = await closedPort();
  if (!skip) site = vendoredDir(REQUIREMENTS);
});
test.after(() => server.close());

for (const engine of engines()) {
  test(`[${engine}] requests prints what CPython prints against a real server`, { skip }, () => {
    const want = spawnSync('python3', ['-I', CASES, site, server.url, String(refused)], { encoding: 'utf8', timeout: 60000 });
    assert.equal(want.status, 0, want.stderr);
    const got = pywasm(engine, ['--allow-net', '--mount', `${site}:ro`, CASES, site, server.url, String(refused)]);
    assert.equal(got.stderr, '');
    assert.equal(got.stdout, want.stdout);
    assert.equal(got.status, 0);
  });

  test(`[${engine}] requests without --allow-net: ConnectionError says how to turn it on`, { skip }, () => {
    const code = [
      'import sys',
      `sys.path.insert(0, ${JSON.stringify(site)})`,
      'import requests',
      'try:',
      `    requests.get("${server.url}/echo")`,
      'except requests.ConnectionError as e:',
      '    print(type(e).__name__, "--allow-net" in str(e))',
    ].join('\n');
    const r = pywasm(engine, ['--mount', `${site}:ro`, '-c', code]);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, 'ConnectionError True\n');
  });
}
