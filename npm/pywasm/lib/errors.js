'use strict';
// Errors the library throws. Each has a stable `code` for programs to test;
// the classes let programs use instanceof.

class PywasmError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'PywasmError';
    this.code = code;
  }
}

// A bad option: names the option.
class OptionError extends PywasmError {
  constructor(option, message) {
    super('PYWASM_BAD_OPTION', `${option}: ${message}`);
    this.name = 'OptionError';
    this.option = option;
  }
}

// A Python exception that ended a run or a session request.
class PythonError extends PywasmError {
  constructor({ type, message, traceback, file, line }) {
    super('PYWASM_PYTHON_ERROR', message ? `${type}: ${message}` : type);
    this.name = 'PythonError';
    this.type = type;
    this.pythonMessage = message;
    this.traceback = traceback;
    if (file !== undefined) this.file = file;
    if (line !== undefined) this.line = line;
  }
}

// A limit of the run was exhausted: `limit` names which one
// ('timeoutMs', 'fuel' or 'wasmMemoryBytes').
class LimitError extends PywasmError {
  constructor(code, limit, message) {
    super(code, message);
    this.name = 'LimitError';
    this.limit = limit;
  }
}

// limits.timeoutMs passed.
class TimeoutError extends LimitError {
  constructor(message) {
    super('PYWASM_TIMEOUT', 'timeoutMs', message);
    this.name = 'TimeoutError';
  }
}

// The run's AbortSignal fired.
class AbortError extends PywasmError {
  constructor(message, cause) {
    super('PYWASM_ABORTED', message);
    this.name = 'AbortError';
    if (cause !== undefined) this.cause = cause;
  }
}

// Engines may throw plain PywasmErrors (the native engine builds them from
// Rust); the library hands out the specific class for the code.
function typedError(err) {
  if (!(err instanceof PywasmError) || err.constructor !== PywasmError) return err;
  let typed;
  if (err.code === 'PYWASM_TIMEOUT') typed = new TimeoutError(err.message);
  else if (err.code === 'PYWASM_ABORTED') typed = new AbortError(err.message, err.cause);
  else if (err.code === 'PYWASM_FUEL_EXHAUSTED') typed = new LimitError(err.code, 'fuel', err.message);
  else if (err.code === 'PYWASM_MEMORY_LIMIT') typed = new LimitError(err.code, 'wasmMemoryBytes', err.message);
  else return err;
  typed.stack = err.stack;
  return typed;
}

module.exports = { PywasmError, OptionError, PythonError, LimitError, TimeoutError, AbortError, typedError };
