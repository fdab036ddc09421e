'use strict';
// Serving a host call from the embedder's handlers: the request
// {"call", "args"} in, the response {"ok"} or {"error": {type, message}} out
// (docs/module-interface.md).

function handlerFor(handlers, name) {
  return handlers && Object.prototype.hasOwnProperty.call(handlers, name) && typeof handlers[name] === 'function'
    ? handlers[name]
    : null;
}

function missing(name) {
  return { error: { type: 'HostCallError', message: `no host handler for '${name}'` } };
}

function failure(err) {
  return { error: { type: (err && err.name) || 'Error', message: String(err && err.message !== undefined ? err.message : err) } };
}

function success(value) {
  return { ok: value === undefined ? null : value };
}

// Synchronous handlers only (runSync): a Promise cannot be waited for here.
function serveSync(handlers, request) {
  const handler = handlerFor(handlers, request.call);
  if (!handler) return missing(request.call);
  try {
    const value = handler(request.args);
    if (value && typeof value.then === 'function') {
      return { error: { type: 'HostCallError', message: `host handler '${request.call}' returned a Promise; use run() rather than runSync() for async handlers` } };
    }
    return success(value);
  } catch (err) {
    return failure(err);
  }
}

async function serveAsync(handlers, request) {
  const handler = handlerFor(handlers, request.call);
  if (!handler) return missing(request.call);
  try {
    return success(await handler(request.args));
  } catch (err) {
    return failure(err);
  }
}

module.exports = { serveSync, serveAsync };
