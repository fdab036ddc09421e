// The same package from CommonJS (require), checked by tests/api/types.test.js.
import pywasm = require('pywasm');

async function main(): Promise<void> {
  const r = pywasm.runSync('print(2)', { engine: 'wasm' });
  const out: string = r.stdout;
  const again = await pywasm.run('print(3)');
  const py = new pywasm.Interpreter();
  const v = await py.eval<string>('"x"');
  const err: pywasm.PywasmError = new pywasm.OptionError('argv', 'bad');
  void [out, again.exitCode, v, err.code];
}

void main;
