'use strict';
// The `pywasm` import module: host calls (JSON in, JSON out) and the VM's poll.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

// hostCall(request) -> the response ({ok} or {error}, or its JSON text), synchronously; the
// engine decides where the handler runs (this thread, or the Worker's parent).
// poll() -> 0 to continue, 1 to raise KeyboardInterrupt; it may throw to stop the run.
function createHostImports({ getMemory, hostCall, poll }) {
  let pending = new Uint8Array(0);
  const respond = (response) => {
    let text;
    try {
      text = typeof response === 'string' ? response : JSON.stringify(response);
    } catch (err) {
      // A handler's value JSON cannot carry (a BigInt, a cycle) is the handler's error.
      text = JSON.stringify({ error: { type: 'HostCallError', message: `host handler result is not JSON: ${err.message}` } });
    }
    pending = encoder.encode(text);
    return pending.length;
  };
  return {
    host_call(ptr, len) {
      let request;
      try {
        request = JSON.parse(decoder.decode(new Uint8Array(getMemory().buffer, ptr, len)));
      } catch (err) {
        return respond({ error: { type: 'HostCallError', message: `malformed host call: ${err.message}` } });
      }
      return respond(hostCall(request));
    },
    host_result(ptr, len) {
      const n = Math.min(len, pending.length);
      new Uint8Array(getMemory().buffer, ptr, n).set(pending.subarray(0, n));
      pending = new Uint8Array(0);
      return n;
    },
    poll: () => poll(),
  };
}

module.exports = { createHostImports };
