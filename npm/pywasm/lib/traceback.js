'use strict';
// The Python exception that ended a run, read back from the traceback the
// interpreter printed as the last thing on stderr before exiting with 1.
const MARK = 'Traceback (most recent call last):\n';

// tail: the end of stderr (a string). -> { type, message, traceback, file?, line? } or null
function parseTraceback(tail) {
  const at = tail.lastIndexOf(MARK);
  if (at < 0) return null;
  const traceback = tail.slice(at);
  const lines = traceback.replace(/\n$/, '').split('\n');
  const last = lines[lines.length - 1];
  const m = /^([A-Za-z_][\w.]*)(?:: ([\s\S]*))?$/.exec(last);
  if (!m || lines.length < 2) return null;
  const result = { type: m[1], message: m[2] || '', traceback };
  // The innermost frame: where the error happened (for annotations).
  for (let i = lines.length - 2; i > 0; i--) {
    const frame = /^ {2}File "(.*)", line (\d+)/.exec(lines[i]);
    if (frame) {
      result.file = frame[1];
      result.line = Number(frame[2]);
      break;
    }
  }
  return result;
}

module.exports = { parseTraceback };
