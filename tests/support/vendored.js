'use strict';
// The pinned pure-Python packages of a requirements file (with hashes),
// installed once per version of the file into the cache outside the clone,
// keyed by the file's checksum; the same directory for every test that
// names the same file. Returns that directory.
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

function vendoredDir(requirements) {
  const key = crypto.createHash('sha256').update(fs.readFileSync(requirements)).digest('hex').slice(0, 16);
  const cache = process.env.PYWASM_CACHE || path.join(os.homedir(), '.cache', 'pywasm');
  const dir = path.join(cache, 'vendored', key);
  if (fs.existsSync(dir)) return dir;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const partial = fs.mkdtempSync(`${dir}.partial-`);
  const r = spawnSync('python3', ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-deps',
    '--only-binary=:all:', '--require-hashes', '--target', partial, '-r', requirements], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pip could not install ${requirements}:\n${r.stderr || r.error}`);
  try {
    fs.renameSync(partial, dir);
  } catch (e) {
    // another test process got there first
    fs.rmSync(partial, { recursive: true, force: true });
    if (!fs.existsSync(dir)) throw e;
  }
  return dir;
}

module.exports = { vendoredDir };
