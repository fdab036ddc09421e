// Compiled (never run) by tests/api/types.test.js: the whole API as an
// ES module program would use it, checked against index.d.ts. The lines that
// expect an error must stay errors: they keep the types from being too loose.
import pywasm, {
  run, runSync, Interpreter, PywasmError, OptionError, PythonError, LimitError, TimeoutError, AbortError, version,
} from 'pywasm';
import type { Options, RunResult, JsonValue, Mount } from 'pywasm';
import { Readable, Writable } from 'node:stream';

async function main(): Promise<void> {
  const r: RunResult = await run('print(1 + 1)');
  const code: number = r.exitCode;
  const out: string = r.stdout;
  const ms: number = r.timing.totalMs;
  const engine: 'native' | 'wasm' = r.engine;

  const bytes: Buffer = (await run({ code: 'print(1)' }, { encoding: 'buffer' })).stdout;
  const sync: string = runSync({ file: 'script.py' }, { flags: ['-O', '-W', 'error'], argv: ['a'], cwd: '/tmp' }).stderr;
  runSync({ file: new URL('file:///tmp/x.py') });
  await run({ module: 'actions' });

  const mounts: Mount[] = ['/data:/in:ro', { host: '/tmp', guest: '/scratch', readOnly: false }];
  const options: Options = {
    argv: ['x'],
    env: { A: '1' },
    inheritEnv: false,
    mounts,
    stdin: Readable.from(['a', 'b']),
    stdout: (chunk) => { const b: Buffer = chunk; void b; },
    stderr: new Writable(),
    limits: { timeoutMs: 1000, memoryBytes: 16 << 20, fuel: 1e9, wasmMemoryBytes: 64 << 20 },
    engine: 'auto',
    signal: AbortSignal.timeout(1000),
    hostHandlers: { greet: async (name: string) => `hi ${name}`, sum: (xs: number[]) => xs.reduce((a, b) => a + b, 0) },
    allowNet: true,
    allowRun: true,
  };
  await run('pass', options);
  await run('pass', { stdin: 'text' });
  await run('pass', { stdin: Buffer.from('bytes'), stdout: 'inherit' });
  await run('pass', { stdin: 'inherit', stdout: null });

  const py = new Interpreter({ engine: 'wasm', limits: { timeoutMs: 500 } });
  const printed = await py.exec('x = 1');
  void printed.stdout;
  const value: JsonValue = await py.eval('x + 1');
  const n = await py.call<number>('max', 1, 2, [3], { k: null });
  py.interrupt();
  const closed: boolean = py.closed;
  const { exitCode } = await py.close();

  try {
    await run('raise ValueError("x")');
  } catch (err) {
    if (err instanceof PythonError) {
      const t: string = err.type;
      const tb: string = err.traceback;
      const line: number | undefined = err.line;
      void [t, tb, line, err.pythonMessage, err.file, err.exitCode, err.stdout];
    } else if (err instanceof TimeoutError) {
      const limit: 'timeoutMs' = err.limit;
      void limit;
    } else if (err instanceof LimitError) {
      void err.limit;
    } else if (err instanceof OptionError) {
      const option: string = err.option;
      void option;
    } else if (err instanceof AbortError || err instanceof PywasmError) {
      const c: string = err.code;
      void c;
    }
  }
  const v: string = version;
  void [code, out, ms, engine, bytes, sync, value, n, closed, exitCode, v, pywasm.run];

  // @ts-expect-error: an engine that does not exist
  await run('pass', { engine: 'turbo' });
  // @ts-expect-error: limits are numbers
  await run('pass', { limits: { timeoutMs: '1s' } });
  // @ts-expect-error: not an option
  await run('pass', { verbose: true });
  // @ts-expect-error: source must be code, { code }, { file } or { module }
  await run(42);
  // @ts-expect-error: an Interpreter has no AbortSignal (close() ends it)
  new Interpreter({ signal: AbortSignal.timeout(1) });
  // @ts-expect-error: env values are strings
  runSync('pass', { env: { N: 1 } });
}

void main;
