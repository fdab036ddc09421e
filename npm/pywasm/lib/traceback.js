'use strict';
// The Python exception that ended a run, read back from the traceback the
// interpreter printed as the last thing on stderr before exiting with 1.
const MARK = 'Traceback (most recent call last):\n';
// A script that does not compile has no frame, so no header: the report is
// where the parser stopped, the line, and the error (as CPython prints it).
const SYNTAX_ONLY = /(?:^|\n)( {2}File "[^\n]*", line \d+\n(?: {4}[^\n]*\n)*(?:SyntaxError|IndentationError|TabError)(?:: [^\n]*)?\n?)$/;

// tail: the end of stderr (a string). -> { type, message, traceback, file?, line? } or null
function parseTraceback(tail) {
  const at = tail.lastIndexOf(MARK);
  let traceback;
  if (at >= 0) {
    traceback = tail.slice(at);
  } else {
    const syntax = SYNTAX_ONLY.exec(tail);
    if (!syntax) return null;
    traceback = syntax[1];
  }
  const lines = traceback.replace(/\n$/, '').split('\n');
  const last = lines[lines.length - 1];
  const m = /^([A-Za-z_][\w.]*)(?:: ([\s\S]*))?$/.exec(last);
  if (!m || lines.length < 2) return null;
  const result = { type: m[1], message: m[2] || '', traceback };
  // The innermost frame: where the error happened (for annotations).
  for (let i = lines.length - 2; i >= 0; i--) {
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
