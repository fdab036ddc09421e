// Run by tests/api/entry.test.js: the package imported by name as an ES
// module (through package.json's "exports"), on the engine named in argv.
import { createRequire } from 'node:module';
import pywasm, { run, runSync, Interpreter, PythonError, OptionError, TimeoutError, version } from 'pywasm';

const engine = process.argv[2];
const cjs = createRequire(import.meta.url)('pywasm');
const same = cjs.run === run && cjs.PythonError === PythonError && pywasm === cjs && cjs.version === version;

const a = await run('import sys\nprint(sys.argv[1:])', { engine, argv: ['esm'] });
const b = runSync('print(6 * 7)', { engine });
let typed = false;
try {
  await run('raise KeyError("k")', { engine });
} catch (err) {
  typed = err instanceof PythonError && err.type === 'KeyError';
}
let bad = false;
try {
  runSync('pass', { engine, frobnicate: 1 });
} catch (err) {
  bad = err instanceof OptionError && err.option === 'frobnicate';
}
const py = new Interpreter({ engine });
await py.exec('def twice(x):\n    return 2 * x');
const twice = await py.call('twice', 21);
await py.close();
console.log(JSON.stringify({ same, a: a.stdout, b: b.stdout, typed, bad, twice, timeout: typeof TimeoutError }));
