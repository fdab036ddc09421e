'use strict';
// Runs a list of commands (JSON, argv[2]) through the real @actions/exec;
// exec_driver.py does the same through actions.exec in pywasm. The
// differential test compares what each step writes.
const fs = require('node:fs');
const { requireReference } = require('../reference');

const exec = requireReference('@actions/exec');

async function step(op) {
  const options = op.options ? { ...op.options } : undefined;
  try {
    if (op.fn === 'exec') {
      const code = await exec.exec(op.commandLine, op.args, options);
      process.stdout.write(`exec -> ${JSON.stringify(code)}\n`);
    } else {
      const out = await exec.getExecOutput(op.commandLine, op.args, options);
      process.stdout.write(`getExecOutput -> ${JSON.stringify([out.exitCode, out.stdout, out.stderr])}\n`);
    }
  } catch (err) {
    process.stdout.write(`${op.fn} threw: ${err.message}\n`);
  }
}

(async () => {
  for (const op of JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))) await step(op);
})();
