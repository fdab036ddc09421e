'use strict';
// Commands for the @actions/exec differential test: each is run through the
// real @actions/exec (drivers/exec-driver.js) and through actions.exec
// (drivers/exec_driver.py). Each command writes to one stream at a time, or
// pauses between its streams: when a tool writes to both, @actions/exec logs
// them in the order its two pipes happen to be read.
const cmd = (fn, commandLine, args, options) => ({ fn, commandLine, args, options });

// Output passed through, the [command] echo, argument splitting and quoting.
const passThrough = [
  cmd('exec', 'echo hello world'),
  cmd('exec', 'echo', ['a b', 'c"d', '', "it's", 'ünïcödé']),
  cmd('exec', 'echo "a\\"b" "c\\\\d" e\\f "g h"  i'),
  cmd('exec', '  echo   spaced   out  '),
  cmd('exec', 'sh -c "echo to stdout; sleep 0.2; echo to stderr >&2"'),
  cmd('exec', '/bin/sh -c "echo by absolute path"'),
  cmd('exec', 'sh', ['-c', 'printf "no newline at the end"']),
  cmd('exec', 'sh', ['-c', 'printf "\\377\\376 not UTF-8\\n"']),
  cmd('exec', 'echo quiet', [], { silent: true }),
];

// Exit codes, failures and their messages.
const failures = [
  cmd('exec', 'sh -c "exit 3"'),
  cmd('exec', 'sh -c "exit 3"', [], { ignoreReturnCode: true }),
  cmd('exec', 'sh -c "kill -9 $$"', [], { ignoreReturnCode: true }),
  cmd('exec', 'sh -c "kill -9 $$"'),
  cmd('exec', 'sh -c "echo fine; sleep 0.2; echo but noisy >&2"', [], { failOnStdErr: true }),
  cmd('exec', 'sh -c "echo noisy >&2; exit 2"', [], { failOnStdErr: true }),
  cmd('exec', 'sh -c "echo noisy but ignored >&2"', [], { failOnStdErr: false }),
  cmd('exec', 'no-such-tool-for-pywasm --flag'),
  cmd('exec', '"quoted tool" x'),
  cmd('exec', ''),
  cmd('exec', '   '),
  cmd('exec', './not-executable.sh'),
  cmd('exec', 'pwd', [], { cwd: 'missing-dir' }),
  cmd('getExecOutput', 'sh -c "exit 5"'),
];

// Captured output, input, the working directory, the environment.
const captured = [
  cmd('getExecOutput', 'sh -c "printf \'a\\nb\'"'),
  cmd('getExecOutput', 'sh -c "echo out; sleep 0.2; echo err >&2; exit 4"', [], { ignoreReturnCode: true }),
  cmd('getExecOutput', 'sh -c "echo silent; echo also >&2"', [], { silent: true }),
  cmd('getExecOutput', 'cat', [], { input: 'piped input, ünï\nsecond line' }),
  cmd('getExecOutput', 'sh', ['-c', 'printf "\\377ok"'], { silent: true }),
  cmd('getExecOutput', 'sh -c "seq 1 3000"', [], { silent: true }),
  cmd('getExecOutput', 'pwd', [], { cwd: 'sub' }),
  cmd('getExecOutput', './tool.sh one "two three"', [], { cwd: 'sub' }),
  cmd('getExecOutput', 'sub/tool.sh', ['four']),
  cmd('getExecOutput', 'sh -c "echo $PYWASM_EXEC_VAR-$HOME"', [], { env: { PYWASM_EXEC_VAR: 'only this' } }),
  cmd('getExecOutput', 'sh -c "echo $PYWASM_EXEC_VAR"', [], { silent: true }),
];

module.exports = { passThrough, failures, captured };
