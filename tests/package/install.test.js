'use strict';
// The packages as users get them: `npm pack` of npm/pywasm (and of the
// platform package npm/linux-x64-gnu when its addon has been built),
// installed offline from those tarballs into a fresh project, then used the
// ways users use them: `npx pywasm`, the REPL in a terminal, require, import
// and TypeScript. Also checks what each tarball holds and reports how much
// each package takes once installed.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, NODE } = require('../support/pywasm');
const { Terminal, hasTmux } = require('../support/terminal');

const MAIN = path.join(ROOT, 'npm', 'pywasm');
const PLATFORM = path.join(ROOT, 'npm', 'linux-x64-gnu');
const ADDON = path.join(PLATFORM, 'pywasm.linux-x64-gnu.node');
const hasAddon = process.platform === 'linux' && process.arch === 'x64' && fs.existsSync(ADDON);

// npm runs on the Node under test, so the packages are used there too.
const NPM_CLI = (() => {
  const beside = path.join(path.dirname(fs.realpathSync(process.execPath)), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  if (fs.existsSync(beside)) return beside;
  const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
  return path.join(path.dirname(fs.realpathSync(which)), 'npm-cli.js');
})();
const NPX_CLI = path.join(path.dirname(NPM_CLI), 'npx-cli.js');

const work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pywasm-package-')));
const project = path.join(work, 'project');
// An npm with nothing from this machine: its own empty cache, no registry
// reachable (offline), no user config.
const npmEnv = {
  PATH: `${path.dirname(NODE)}:${process.env.PATH}`,
  HOME: work,
  npm_config_cache: path.join(work, 'npm-cache'),
  npm_config_userconfig: path.join(work, 'npmrc'),
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  LANG: 'C.UTF-8',
};

function npm(args, cwd) {
  const r = spawnSync(NODE, [NPM_CLI, ...args], { cwd, env: npmEnv, encoding: 'utf8', timeout: 180000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function pack(dir) {
  const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], dir));
  return { tarball: path.join(work, info.filename), files: info.files.map((f) => f.path).sort(), size: info.size, unpackedSize: info.unpackedSize };
}

// Bytes of a directory's files (what the package takes once installed).
function du(dir) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? du(p) : fs.lstatSync(p).size;
  }
  return total;
}

function inProject(argv, { input } = {}) {
  return spawnSync(argv[0], argv.slice(1), { cwd: project, env: npmEnv, input, encoding: 'utf8', timeout: 120000 });
}

const packed = {};

test.before(() => {
  packed.main = pack(MAIN);
  if (hasAddon) packed.platform = pack(PLATFORM);
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'pywasm-consumer', version: '1.0.0', private: true }, null, 2));
  const tarballs = [packed.main.tarball];
  if (packed.platform) tarballs.push(packed.platform.tarball);
  npm(['install', ...tarballs], project);
});

test.after(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

test('the pywasm tarball holds the interpreter, the JS, the types and the licences, and nothing else', () => {
  const files = packed.main.files;
  const allowed = [
    /^package\.json$/, /^README\.md$/, /^LICENSE$/, /^LICENSE\.MicroPython$/,
    /^bin\/pywasm\.js$/, /^dist\/micropython\.wasm$/, /^dist\/pylib\/[\w/]+\.mpy$/, /^index\.d\.ts$/,
    /^lib\/(wasi\/|wasm\/|net\/|process\/)?[\w-]+\.m?js$/, /^lib\/cli\.bundle\.js$/, /^types\/actions\/[\w]+\.pyi$/,
  ];
  for (const f of files) assert.ok(allowed.some((re) => re.test(f)), `unexpected file in the package: ${f}`);
  for (const f of ['dist/micropython.wasm', 'dist/pylib/argparse.mpy', 'dist/pylib/urllib/request.mpy', 'bin/pywasm.js', 'lib/cli.bundle.js', 'lib/index.js', 'lib/index.mjs', 'lib/repl.js', 'lib/wasm/worker.js', 'lib/net/http-worker.js',
    'index.d.ts', 'types/actions/__init__.pyi', 'LICENSE', 'LICENSE.MicroPython']) {
    assert.ok(files.includes(f), `${f} is missing from the package`);
  }
  assert.ok(!files.some((f) => f.startsWith('lib/action/')), 'the GitHub Action entry is not part of the npm package');
  // The shipped interpreter is the repository's build, byte for byte.
  const installed = fs.readFileSync(path.join(project, 'node_modules', 'pywasm', 'dist', 'micropython.wasm'));
  assert.ok(installed.equals(fs.readFileSync(path.join(ROOT, 'dist', 'micropython.wasm'))));
  // So is the library beside it, every file of it.
  const library = (root) => fs.readdirSync(root, { recursive: true }).filter((f) => f.endsWith('.mpy')).sort();
  const built = library(path.join(ROOT, 'dist', 'pylib'));
  assert.deepEqual(library(path.join(project, 'node_modules', 'pywasm', 'dist', 'pylib')), built);
  assert.deepEqual(files.filter((f) => f.startsWith('dist/pylib/')).sort(), built.map((f) => `dist/pylib/${f}`));
  assert.match(fs.readFileSync(path.join(MAIN, 'LICENSE.MicroPython'), 'utf8'), /Copyright \(c\) 2013-2025 Damien P\. George/);
  // Packing leaves no copy behind in the checkout.
  assert.equal(fs.existsSync(path.join(MAIN, 'dist')), false);
  assert.equal(fs.existsSync(path.join(MAIN, 'lib', 'cli.bundle.js')), false);
});

test('the platform tarball holds the addon and its manifest', { skip: hasAddon ? false : 'the native addon is not built (crates/pywasm-node/build-addon.sh)' }, () => {
  const extra = packed.platform.files.filter((f) => !['package.json', 'pywasm.linux-x64-gnu.node', 'README.md', 'LICENSE', 'LICENSE.MicroPython'].includes(f));
  assert.deepEqual(extra, []);
  assert.ok(packed.platform.files.includes('pywasm.linux-x64-gnu.node'));
});

test('installed sizes', (t) => {
  const sizes = { pywasm: du(path.join(project, 'node_modules', 'pywasm')) };
  if (hasAddon) sizes['pywasm-linux-x64-gnu'] = du(path.join(project, 'node_modules', 'pywasm-linux-x64-gnu'));
  for (const [name, bytes] of Object.entries(sizes)) t.diagnostic(`${name}: ${bytes} bytes installed (${(bytes / 1024).toFixed(0)} KiB)`);
  t.diagnostic(`pywasm tarball: ${packed.main.size} bytes, ${packed.main.files.length} files`);
  // The main package is the interpreter, its library (dist/pylib, ~1.4 MB of
  // .mpy: the larger part since the 2026-12-06 library work) and a little
  // JavaScript; the bound catches a stray file or a doubled module.
  assert.ok(sizes.pywasm < 2.5 * 1024 * 1024, `pywasm takes ${sizes.pywasm} bytes`);
  // Nothing but the two packages was installed.
  const installed = fs.readdirSync(path.join(project, 'node_modules')).filter((n) => !n.startsWith('.')).sort();
  assert.deepEqual(installed, hasAddon ? ['pywasm', 'pywasm-linux-x64-gnu'] : ['pywasm']);
});

test('npx pywasm runs scripts, -c and stdin', () => {
  fs.writeFileSync(path.join(project, 'hello.py'), 'import sys\nprint("hello", sys.argv[1:])\nsys.exit(3)\n');
  const script = inProject([NODE, NPX_CLI, 'pywasm', 'hello.py', 'a', 'b']);
  assert.equal(script.stdout, "hello ['a', 'b']\n");
  assert.equal(script.status, 3);
  const version = inProject([NODE, NPX_CLI, 'pywasm', '--version']);
  assert.match(version.stdout, /^pywasm 0\.1\.0 \(MicroPython 1\.25\.0\)\n$/);
  const code = inProject([NODE, NPX_CLI, 'pywasm', '-c', 'import json; print(json.dumps({"x": [1, 2]}))']);
  assert.equal(code.stdout, '{"x": [1, 2]}\n');
  const stdin = inProject([NODE, NPX_CLI, 'pywasm', '-'], { input: 'print(sum(range(10)))\n' });
  assert.equal(stdin.stdout, '45\n');
  for (const engine of hasAddon ? ['wasm', 'native'] : ['wasm']) {
    const r = inProject([NODE, NPX_CLI, 'pywasm', '--engine', engine, '-c', 'import argparse, urllib.parse; print("on", 2 ** 10)']);
    assert.equal(r.stdout, 'on 1024\n', `${engine}: ${r.stderr}`);
  }
});

test('the installed CLI runs bundled: its loader and one file of its own JavaScript, not lib/ file by file', () => {
  // A preload that lists, at exit, the JavaScript files the process loaded.
  const hook = path.join(work, 'list-modules.js');
  fs.writeFileSync(hook, "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));\n");
  const bin = path.join(project, 'node_modules', 'pywasm', 'bin', 'pywasm.js');
  for (const engine of hasAddon ? ['wasm', 'native'] : ['wasm']) {
    const r = inProject([NODE, '-r', hook, bin, '--engine', engine, '-c', 'print("bundled")']);
    assert.equal(r.stdout, 'bundled\n', `${engine}: ${r.stderr}`);
    const loaded = JSON.parse(r.stderr).filter((f) => f.endsWith('.js') && f !== hook).map((f) => path.relative(path.join(project, 'node_modules', 'pywasm'), f));
    // lib/code-cache.js loads the bundle through V8 (not require): the
    // bundle is not in require.cache, and nothing else of lib/ is.
    assert.deepEqual(loaded, ['bin/pywasm.js', 'lib/code-cache.js'], engine);
  }
});

test('the installed CLI keeps its compiled JavaScript in a cache of its own, and a second start uses it', () => {
  const bin = path.join(project, 'node_modules', 'pywasm', 'bin', 'pywasm.js');
  const cache = path.join(work, 'code-cache');
  const env = { ...npmEnv, PYWASM_CACHE_DIR: cache };
  for (const engine of hasAddon ? ['wasm', 'native'] : ['wasm']) {
    fs.rmSync(cache, { recursive: true, force: true });
    const run = () => spawnSync(NODE, [bin, '--engine', engine, '-c', 'print("cached", 6 * 7)'], { cwd: project, env, encoding: 'utf8' });
    const first = run();
    assert.equal(first.stdout, 'cached 42\n', `${engine}: ${first.stderr}`);
    // (The native engine keeps its compiled module there too: *.wasmer.)
    const files = fs.readdirSync(cache).filter((f) => !f.endsWith('.wasmer'));
    assert.equal(files.length, 1, `${engine}: ${files}`);
    assert.match(files[0], /^cli\.bundle\.js-v\d+\.\d+\.\d+-/);
    const written = fs.statSync(path.join(cache, files[0]));
    const second = run();
    assert.equal(second.stdout, 'cached 42\n', `${engine}: ${second.stderr}`);
    // V8 refuses a cache made under other flags than the process's, and a
    // refused one is written again: the wasm engine changes V8's flags
    // (lib/v8-tuning.js), and the cache is made with the starting ones.
    const after = fs.statSync(path.join(cache, files[0]));
    assert.deepEqual([after.ino, after.mtimeMs], [written.ino, written.mtimeMs], engine);
  }
});

test('the installed CLI with --allow-net: still the bundle alone until a request; then the HTTP worker from lib/net/', async () => {
  const { startServer } = require('../support/http-server');
  const server = await startServer('echo');
  try {
    const hook = path.join(work, 'list-modules.js');
    fs.writeFileSync(hook, "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));\n");
    const bin = path.join(project, 'node_modules', 'pywasm', 'bin', 'pywasm.js');
    const installed = path.join(project, 'node_modules', 'pywasm');
    for (const engine of hasAddon ? ['wasm', 'native'] : ['wasm']) {
      // Allowed but unused: nothing more is loaded than for any run.
      const idle = inProject([NODE, '-r', hook, bin, '--engine', engine, '--allow-net', '-c', 'print("idle")']);
      assert.equal(idle.stdout, 'idle\n', `${engine}: ${idle.stderr}`);
      const idleFiles = JSON.parse(idle.stderr).filter((f) => f.endsWith('.js') && f !== hook).map((f) => path.relative(installed, f));
      assert.deepEqual(idleFiles, ['bin/pywasm.js', 'lib/code-cache.js'], engine);
      // A request: the bundle finds the worker's script in the package's lib/net/.
      const used = inProject([NODE, bin, '--engine', engine, '--allow-net', '-c', `import urllib.request\nprint(urllib.request.urlopen("${server.url}/").read())`]);
      assert.equal(used.stdout, "b'root'\n", `${engine}: ${used.stderr}`);
    }
  } finally {
    await server.close();
  }
});

test('the installed library works from require, import and TypeScript', () => {
  fs.writeFileSync(path.join(project, 'use.cjs'), [
    "const { runSync, run, Interpreter } = require('pywasm');",
    "const engine = process.argv[2];",
    "(async () => {",
    "  const a = runSync('print(1 + 1)', { engine }).stdout;",
    "  const b = (await run('import sys; print(sys.argv[1])', { engine, argv: ['async'] })).stdout;",
    "  const py = new Interpreter({ engine });",
    "  await py.exec('def sq(x):\\n    return x * x');",
    "  const c = await py.call('sq', 12);",
    "  await py.close();",
    "  console.log(JSON.stringify([a, b, c]));",
    "})();",
  ].join('\n'));
  fs.writeFileSync(path.join(project, 'use.mjs'), [
    "import { run, PythonError } from 'pywasm';",
    "const err = await run('raise ValueError(\"no\")', { engine: process.argv[2] }).catch((e) => e);",
    "console.log(err instanceof PythonError, err.type, err.line);",
  ].join('\n'));
  for (const engine of hasAddon ? ['wasm', 'native', 'auto'] : ['wasm', 'auto']) {
    const cjs = inProject([NODE, 'use.cjs', engine]);
    assert.equal(cjs.stdout, '["2\\n","async\\n",144]\n', `${engine}: ${cjs.stderr}`);
    const esm = inProject([NODE, 'use.mjs', engine]);
    assert.equal(esm.stdout, 'true ValueError 1\n', `${engine}: ${esm.stderr}`);
  }
  // The declarations resolve from the installed package.
  fs.writeFileSync(path.join(project, 'use.mts'), [
    "import { run, Interpreter, type RunResult } from 'pywasm';",
    "const r: RunResult = await run('print(1)', { limits: { timeoutMs: 1000 } });",
    "const n: number = await new Interpreter().eval<number>('1');",
    "console.log(r.exitCode, n);",
  ].join('\n'));
  fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: ['node'], typeRoots: [path.join(ROOT, 'node_modules', '@types')] },
    files: ['use.mts'],
  }));
  const tsc = inProject([NODE, path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
  assert.equal(tsc.stdout + tsc.stderr, '');
  assert.equal(tsc.status, 0);
});

test('the REPL of the installed package, in a terminal', { skip: hasTmux() ? false : 'tmux is not installed' }, async () => {
  for (const engine of hasAddon ? ['wasm', 'native'] : ['wasm']) {
    const term = new Terminal([NODE, NPX_CLI, 'pywasm', '--engine', engine], { cwd: project, env: npmEnv });
    try {
      await term.waitFor(/>>>$/);
      await term.enter('def f(x):');
      await term.enter('    return x + 1');
      await term.enter('');
      await term.enter('f(41)');
      await term.waitFor('>>> f(41)\n42\n>>>');
      term.line('while True: pass');
      await new Promise((r) => setTimeout(r, 400));
      term.keys('C-c');
      await term.waitFor(/KeyboardInterrupt\n>>>$/);
      await term.enter('f(1)');
      await term.waitFor('>>> f(1)\n2\n>>>');
      term.keys('C-d');
      // npm's exec ends itself with a SIGINT it passed on earlier (130);
      // the REPL itself exits 0 (tests/cli/repl.test.js).
      await term.waitFor(/\[exit (0|130)\]/);
    } finally {
      term.close();
    }
  }
});
