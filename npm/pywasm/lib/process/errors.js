'use strict';
// How a process.run call fails, in terms the guest turns into Python
// exceptions: a refused request is a host-call error of a Python type
// (TypeError, ValueError, TimeoutError); a program that could not be
// started is an answer, { error: { errno, filename, strerror? } }, which
// the guest raises as the matching OSError (FileNotFoundError...) with
// CPython's text, as a failed exec does in CPython.

function named(name, message) {
  const err = new Error(message);
  err.name = name;
  return err;
}

// Node's error codes with Linux's numbers (the interpreter's errno module
// and os.strerror use Linux's, whatever the host).
const ERRNO = {
  EPERM: 1, ENOENT: 2, E2BIG: 7, ENOEXEC: 8, EAGAIN: 11, ENOMEM: 12, EACCES: 13, ENOTDIR: 20,
  EISDIR: 21, EINVAL: 22, ENFILE: 23, EMFILE: 24, ETXTBSY: 26, ENAMETOOLONG: 36, ELOOP: 40,
};

// A start that failed: `filename` is what CPython names in the message
// (the program, or the working directory when that is what is missing).
function startFailure(errno, filename, strerror) {
  const error = { errno, filename };
  if (strerror) error.strerror = strerror;
  return { error };
}

// spawn's error as a start failure; an error with no errno of ours keeps
// Node's words.
function fromNodeError(err, filename) {
  const errno = ERRNO[err && err.code];
  if (errno) return startFailure(errno, filename);
  return startFailure(5, filename, String((err && err.message) || err));
}

module.exports = { named, startFailure, fromNodeError };
