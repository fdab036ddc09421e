'use strict';
// Writes to a file opened by name are buffered (patch 0170): whatever ends
// the script, every byte reaches the file, and a host process, or anything
// that opens, stats or lists files by name (patch 0264), sees what was
// written, in the order it was written.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { engines, pywasm, tempDir } = require('../support/pywasm');

const rows = (n) => Array.from({ length: n }, (_, i) => `row ${i}\n`).join('');

for (const engine of engines()) {
  for (const [how, ending, status] of [['the script ends', '', 0], ['sys.exit(3)', 'import sys\nsys.exit(3)\n', 3],
    ['an uncaught exception', 'raise ValueError("boom")\n', 1]]) {
    test(`[${engine}] files left open are complete when ${how}`, () => {
      const dir = tempDir();
      const code = 'f = open("rows.txt", "w")\nfor i in range(3000):\n    f.write("row %d\\n" % i)\n'
        + 'fs = [open("f%d.txt" % i, "w") for i in range(20)]\nfor i, g in enumerate(fs):\n    g.write("file %d" % i)\n'
        + 'b = open("data.bin", "ab")\nb.write(bytes(range(256)))\n' + ending;
      const r = pywasm(engine, ['-c', code], { cwd: dir });
      assert.equal(r.status, status, r.stderr);
      assert.equal(fs.readFileSync(path.join(dir, 'rows.txt'), 'utf8'), rows(3000));
      for (let i = 0; i < 20; i++) assert.equal(fs.readFileSync(path.join(dir, `f${i}.txt`), 'utf8'), `file ${i}`);
      assert.deepEqual([...fs.readFileSync(path.join(dir, 'data.bin'))], Array.from({ length: 256 }, (_, i) => i));
    });
  }

  test(`[${engine}] a host process sees what the script wrote to a file still open`, () => {
    const dir = tempDir();
    const code = 'import subprocess\nf = open("note.txt", "w")\nf.write("from python")\n'
      + 'print(subprocess.run(["cat", "note.txt"], capture_output=True, text=True).stdout)\n';
    const r = pywasm(engine, ['--allow-run', '--inherit-env', '-c', code], { cwd: dir });
    assert.equal(r.stdout, 'from python\n', r.stderr);
  });

  // Opening a file by name sends every file's buffer first (patch 0264):
  // CPython closes open(p, "w").write(s)'s file as the statement ends, and
  // a later open(p) must see s. So the first read already sees "abc", where
  // CPython's would still see '' for a file left open and unflushed.
  test(`[${engine}] open, flush, tell, seek, read and fileno send the buffer first`, () => {
    const dir = tempDir();
    const code = 'import os\ng = open("g.txt", "w+")\ng.write("abc")\nprint(repr(open("g.txt").read()))\ng.flush()\n'
      + 'print(repr(open("g.txt").read()))\ng.write("defgh")\nprint(g.tell())\ng.seek(1)\ng.write("X")\ng.seek(0)\nprint(g.read())\n'
      + 'g.write("!")\nos.write(g.fileno(), b"?")\ng.close()\nprint(open("g.txt").read())\n';
    assert.equal(pywasm(engine, ['-c', code], { cwd: dir }).stdout, "'abc'\n'abc'\n8\naXcdefgh\naXcdefgh!?\n");
  });
}
