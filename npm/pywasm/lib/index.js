'use strict';
// pywasm: Python (MicroPython 1.25.0 compiled to WebAssembly) for Node.js.
// The package's entry point; each export lives in its own file.
const { run, runSync } = require('./run');
const errors = require('./errors');

module.exports = {
  run,
  runSync,
  get Interpreter() {
    return require('./interpreter').Interpreter;
  },
  PywasmError: errors.PywasmError,
  OptionError: errors.OptionError,
  PythonError: errors.PythonError,
  LimitError: errors.LimitError,
  TimeoutError: errors.TimeoutError,
  AbortError: errors.AbortError,
  version: require('../package.json').version,
};
