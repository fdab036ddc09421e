// pywasm as an ES module: the same objects as the CommonJS entry (index.js),
// so classes are identical (instanceof works across both) and a process
// that loads both forms holds one copy of the library.
import { createRequire } from 'node:module';

const pywasm = createRequire(import.meta.url)('./index.js');

export const {
  run,
  runSync,
  Interpreter,
  PywasmError,
  OptionError,
  PythonError,
  LimitError,
  TimeoutError,
  AbortError,
  version,
} = pywasm;
export default pywasm;
