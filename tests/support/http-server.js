'use strict';
// A real HTTP server on 127.0.0.1 for the network tests, run in a worker
// thread: the tests run pywasm with spawnSync or runSync, which block this
// thread's event loop, and a server on it could not answer meanwhile.
//
//   const server = await startServer('echo');   // servers/echo.js
//   server.url         'http://127.0.0.1:PORT'
//   await server.requests()   every request so far: { method, url, headers (raw pairs), body (base64) }
//   await server.close()
const path = require('node:path');
const { Worker } = require('node:worker_threads');

function startServer(name, options = {}) {
  const worker = new Worker(path.join(__dirname, 'http-server-worker.js'), {
    workerData: { handler: path.join(__dirname, 'servers', `${name}.js`), options },
  });
  let nextId = 0;
  const waiting = new Map();
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (msg) => {
      if (msg.t === 'listening') {
        resolve({
          url: `http://127.0.0.1:${msg.port}`,
          port: msg.port,
          requests: () => ask('requests'),
          close: async () => { await ask('close'); await worker.terminate(); },
        });
      } else if (waiting.has(msg.id)) {
        waiting.get(msg.id)(msg.value);
        waiting.delete(msg.id);
      }
    });
  });
  function ask(t) {
    const id = ++nextId;
    return new Promise((resolve) => { waiting.set(id, resolve); worker.postMessage({ t, id }); });
  }
}

// A port on which nothing listens (connections are refused): one the
// system gave out and that was closed again.
async function closedPort() {
  const net = require('node:net');
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

module.exports = { startServer, closedPort };
