'use strict';
// The server thread of http-server.js. The handler module exports
// (req, res, body: Buffer, options) => void and answers as it likes.
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');

const handler = require(workerData.handler);
const seen = [];
const sockets = new Set();

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const headers = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i], req.rawHeaders[i + 1]]);
    seen.push({ method: req.method, url: req.url, headers, body: body.toString('base64') });
    try {
      handler(req, res, body, workerData.options);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(err && err.stack));
    }
  });
});
server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });

parentPort.on('message', (msg) => {
  if (msg.t === 'requests') parentPort.postMessage({ id: msg.id, value: seen });
  if (msg.t === 'close') {
    for (const s of sockets) s.destroy();
    server.close(() => parentPort.postMessage({ id: msg.id }));
  }
});

server.listen(0, '127.0.0.1', () => parentPort.postMessage({ t: 'listening', port: server.address().port }));
