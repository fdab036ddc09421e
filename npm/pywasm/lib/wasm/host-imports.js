'use strict';
// The `pywasm` imports: host calls (JSON in, JSON out) and the VM's poll.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

// handlers: { name: (args) => value }, called synchronously.
// poll(): 0 to continue, 1 to raise KeyboardInterrupt; may throw to stop the run.
function createHostImports({ getMemory, handlers = {}, poll = () => 0 }) {
  let pending = new Uint8Array(0);
  const respond = (value) => {
    pending = encoder.encode(JSON.stringify(value));
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
      const handler = Object.prototype.hasOwnProperty.call(handlers, request.call) ? handlers[request.call] : null;
      if (!handler) return respond({ error: { type: 'HostCallError', message: `no host handler for '${request.call}'` } });
      try {
        const value = handler(request.args);
        return respond({ ok: value === undefined ? null : value });
      } catch (err) {
        return respond({ error: { type: (err && err.name) || 'Error', message: String(err && err.message) } });
      }
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
