// Types for pywasm's Node library (lib/index.js, lib/index.mjs).
// Python (MicroPython 1.25.0 compiled to WebAssembly) run from Node.js.

/// <reference types="node" />

/** Which engine runs the interpreter: 'auto' prefers 'native' when its addon loads. */
export type Engine = 'auto' | 'native' | 'wasm';

/** What to run: Python code, a file on the host, or a frozen module run as `__main__`. */
export type Source = string | { code: string } | { file: string | URL } | { module: string };

/**
 * A host directory made visible to the script: "HOST[:GUEST][:ro]", or an object.
 * `guest` defaults to the host path (the same absolute path inside), `readOnly` to false.
 */
export type Mount = string | { host: string; guest?: string; readOnly?: boolean };

/** Where the script's stdin comes from. `null` or omitted: empty (reads see end of file). */
export type StdinOption =
  | null
  | string
  | Uint8Array
  | 'inherit'
  | NodeJS.ReadableStream
  | AsyncIterable<Uint8Array | string>;

/**
 * Where stdout or stderr goes. Omitted: captured into the result.
 * A callback gets each write as it happens.
 */
export type OutputOption = null | 'inherit' | ((chunk: Buffer) => void) | { write(chunk: Buffer): unknown };

export interface Limits {
  /** Wall-clock limit in milliseconds; past it the run ends with a TimeoutError. */
  timeoutMs?: number;
  /** Cap on the Python heap in bytes (at least 64 KiB); Python sees MemoryError past it. */
  memoryBytes?: number;
  /** Native engine only: a deterministic budget of wasm operators (LimitError 'fuel'). */
  fuel?: number;
  /** Native engine only: a cap on the module's whole linear memory (LimitError 'wasmMemoryBytes'). */
  wasmMemoryBytes?: number;
}

/** JSON values: what crosses between Python and JavaScript. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Functions Python can reach with `_pywasm.host_call(name, json_text)`. They get the
 * decoded arguments and return a JSON-compatible value (a Promise of one with run()
 * and Interpreter). A thrown error is answered as `{"error": {"type", "message"}}`.
 */
export type HostHandlers = Record<string, (args: any) => unknown>;

export interface Options {
  /**
   * python3's interpreter flags: `-u`, `-O` (or `-OO`), `-E`, `-I`, and `-W` with
   * its value next (`['-W', 'error']`) or joined (`'-Werror'`). Default none.
   */
  flags?: string[];
  /** What `sys.argv[1:]` holds. */
  argv?: string[];
  /** The script's whole environment. Nothing of `process.env` is passed unless `inheritEnv` is set. */
  env?: Record<string, string>;
  /** Start from `process.env` (then `env` is applied over it). Default false. */
  inheritEnv?: boolean;
  /** The host directory the script starts in (mounted at its own path unless `mounts` is given). Default `process.cwd()`. */
  cwd?: string;
  /** Replaces the default mounts (the working directory, and a script's own directory). */
  mounts?: Mount[];
  stdin?: StdinOption;
  stdout?: OutputOption;
  stderr?: OutputOption;
  limits?: Limits;
  /** Default 'auto'. */
  engine?: Engine;
  /** run() only: aborting ends the run with an AbortError. */
  signal?: AbortSignal;
  hostHandlers?: HostHandlers;
  /**
   * Let the script make HTTP and HTTPS requests (`urllib.request`, the `actions`
   * toolkit's GitHub client). Default false: the network is off and urllib raises
   * `URLError`. An `http.request` entry in `hostHandlers` replaces the built-in one.
   */
  allowNet?: boolean;
  /**
   * Let Python run host programs (`subprocess.run`, the toolkit's `actions.exec`).
   * A program runs outside the sandbox, with this process's rights. Default false:
   * Python gets a `PermissionError` naming this option. `process.run` and
   * `process.which` entries in `hostHandlers` replace the built-in ones.
   */
  allowRun?: boolean;
  /** How captured output is returned: 'utf8' (strings, the default) or 'buffer' (bytes as written). */
  encoding?: 'utf8' | 'buffer';
}

export interface BufferOptions extends Options {
  encoding: 'buffer';
}

export interface Timing {
  /** From the call to the end of the run, in milliseconds. */
  totalMs: number;
}

export interface RunResult<Output = string> {
  /** 0, the code of sys.exit(n), or 2 for a script that could not be opened. */
  exitCode: number;
  /** What the script wrote, when stdout was captured (empty otherwise). */
  stdout: Output;
  stderr: Output;
  /** The engine that ran it. */
  engine: 'native' | 'wasm';
  timing: Timing;
}

/** Runs one Python program off the calling thread; never blocks the event loop. */
export function run(source: Source, options: BufferOptions): Promise<RunResult<Buffer>>;
export function run(source: Source, options?: Options): Promise<RunResult<string>>;

/** Runs one Python program on the calling thread, blocking it (no signal, no stream stdin, no async host handlers). */
export function runSync(source: Source, options: BufferOptions): RunResult<Buffer>;
export function runSync(source: Source, options?: Options): RunResult<string>;

export interface InterpreterOptions extends Omit<Options, 'signal' | 'argv'> {
  /** `timeoutMs` applies to each request; the others to the whole session. */
  limits?: Limits;
}

export interface RequestOutput<Output = string> {
  stdout: Output;
  stderr: Output;
}

/**
 * A long-lived interpreter: one Python namespace serving many requests, kept between
 * them. Each Interpreter is a separate module instance; nothing is shared.
 */
export class Interpreter {
  constructor(options?: InterpreterOptions);
  /** Runs statements; resolves with what they wrote (when output is captured). */
  exec(code: string): Promise<RequestOutput<string | Buffer>>;
  /** Evaluates an expression; resolves with its value as JSON. */
  eval<T = JsonValue>(expression: string): Promise<T>;
  /** Calls a function by name (a global, a built-in or a dotted path such as "math.sqrt"). */
  call<T = JsonValue>(name: string, ...args: JsonValue[]): Promise<T>;
  /** Raises KeyboardInterrupt in the request running now, if any. */
  interrupt(): void;
  /** Ends the session once queued requests are done. */
  close(): Promise<{ exitCode: number }>;
  /** True once the session has ended. */
  readonly closed: boolean;
  /** True once it is ending or has ended: close() was called, a request called sys.exit(), or the engine stopped. */
  readonly closing: boolean;
}

export type ErrorCode =
  | 'PYWASM_BAD_OPTION'
  | 'PYWASM_PYTHON_ERROR'
  | 'PYWASM_TIMEOUT'
  | 'PYWASM_ABORTED'
  | 'PYWASM_FUEL_EXHAUSTED'
  | 'PYWASM_MEMORY_LIMIT'
  | 'PYWASM_STACK_EXHAUSTED'
  | 'PYWASM_CRASHED'
  | 'PYWASM_ENGINE_UNAVAILABLE'
  | 'PYWASM_CLOSED';

/** Every error the library throws; `code` is stable. */
export class PywasmError extends Error {
  constructor(code: ErrorCode | string, message: string);
  readonly code: ErrorCode | string;
  /** Output captured before the run ended, when it ended with this error. */
  stdout?: string | Buffer;
  stderr?: string | Buffer;
}

/** A bad option; `option` names it (e.g. "limits.timeoutMs"). */
export class OptionError extends PywasmError {
  constructor(option: string, message: string);
  readonly code: 'PYWASM_BAD_OPTION';
  readonly option: string;
}

/** A Python exception that ended a run, or a request of an Interpreter. */
export class PythonError extends PywasmError {
  readonly code: 'PYWASM_PYTHON_ERROR';
  /** The exception's type, e.g. "ValueError". */
  readonly type: string;
  /** The exception's message (`str(exc)`). */
  readonly pythonMessage: string;
  /** The traceback as Python printed it. */
  readonly traceback: string;
  /** Where it was raised, when the traceback says. */
  readonly file?: string;
  readonly line?: number;
  /** run()/runSync(): the exit code (1), and like a RunResult the engine and timing (and `stdout`/`stderr`). */
  exitCode?: number;
  engine?: 'native' | 'wasm';
  timing?: Timing;
}

/** A limit was exhausted; `limit` names it. */
export class LimitError extends PywasmError {
  readonly limit: 'timeoutMs' | 'fuel' | 'wasmMemoryBytes';
}

/** limits.timeoutMs passed. */
export class TimeoutError extends LimitError {
  readonly code: 'PYWASM_TIMEOUT';
  readonly limit: 'timeoutMs';
}

/** The run's AbortSignal fired; `cause` is the signal's reason. */
export class AbortError extends PywasmError {
  readonly code: 'PYWASM_ABORTED';
}

/** This package's version. */
export const version: string;
