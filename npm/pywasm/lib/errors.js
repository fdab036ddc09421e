'use strict';
// Errors the library throws. Each has a stable `code` for programs to test.

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
  constructor({ type, message, traceback }) {
    super('PYWASM_PYTHON_ERROR', `${type}: ${message}`);
    this.name = 'PythonError';
    this.type = type;
    this.pythonMessage = message;
    this.traceback = traceback;
  }
}

module.exports = { PywasmError, OptionError, PythonError };
