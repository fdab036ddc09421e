'use strict';
// Why an HTTP request got no answer, in the words CPython's urllib uses for
// the reason of its URLError: the guest (urllib/_host.py) reads
// '[Errno N] text' back as OSError(N, text) and 'timed out' as TimeoutError.

// Node's error codes, with Linux's errno numbers and strerror texts (the
// interpreter's errno module uses the same numbers).
const ERRNO = {
  ECONNREFUSED: [111, 'Connection refused'],
  ECONNRESET: [104, 'Connection reset by peer'],
  ECONNABORTED: [103, 'Software caused connection abort'],
  EHOSTUNREACH: [113, 'No route to host'],
  ENETUNREACH: [101, 'Network is unreachable'],
  EPIPE: [32, 'Broken pipe'],
  EADDRNOTAVAIL: [99, 'Cannot assign requested address'],
  // getaddrinfo's failures, numbered as glibc's EAI_* (socket.gaierror).
  ENOTFOUND: [-2, 'Name or service not known'],
  EAI_AGAIN: [-3, 'Temporary failure in name resolution'],
  EAI_FAIL: [-4, 'Non-recoverable failure in name resolution'],
};

const TIMEOUTS = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT']);

function urlError(message) {
  const err = new Error(message);
  err.name = 'URLError';
  return err;
}

function describeFailure(err) {
  const code = err && err.code;
  if (TIMEOUTS.has(code)) return 'timed out';
  // The server closed the connection before any answer (http.client's RemoteDisconnected).
  if (err && err.message === 'socket hang up') return 'Remote end closed connection without response';
  if (ERRNO[code]) return `[Errno ${ERRNO[code][0]}] ${ERRNO[code][1]}`;
  // TLS: certificate problems read as CPython's ssl module words them.
  if (typeof code === 'string' && (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code))) {
    return `[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ${err.message}`;
  }
  return code ? `${code}: ${err.message}` : String((err && err.message) || err);
}

module.exports = { urlError, describeFailure };
