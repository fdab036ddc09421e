'use strict';
// The requests tests' server: echo.js's paths, plus cookies set and read
// back (httpbin-style) and JSON bodies.
const echo = require('./echo');

module.exports = (req, res, body) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const p = url.pathname;
  if (p === '/cookies/set') {
    // Every query parameter becomes a cookie; then a redirect to /cookies.
    const cookies = [...url.searchParams].map(([k, v]) => `${k}=${v}; Path=/`);
    res.writeHead(302, [['Location', '/cookies'], ...cookies.map((c) => ['Set-Cookie', c])]);
    res.end();
  } else if (p === '/cookies/delete') {
    const cookies = [...url.searchParams.keys()].map((k) => `${k}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/`);
    res.writeHead(302, [['Location', '/cookies'], ...cookies.map((c) => ['Set-Cookie', c])]);
    res.end();
  } else if (p === '/cookies') {
    // The Cookie header the request carried, parsed.
    const jar = {};
    for (const part of (req.headers.cookie || '').split(';')) {
      const i = part.indexOf('=');
      if (i > 0) jar[part.slice(0, i).trim()] = part.slice(i + 1).trim();
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ cookies: jar }));
  } else if (p === '/json') {
    // The JSON body posted, echoed back with what it was sent as.
    res.writeHead(200, { 'Content-Type': 'application/json' });
    let parsed = null;
    try { parsed = JSON.parse(body.toString('utf8')); } catch { parsed = null; }
    res.end(JSON.stringify({ json: parsed, contentType: req.headers['content-type'] || null, length: req.headers['content-length'] || null }));
  } else if (p === '/gzip') {
    const zlib = require('node:zlib');
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' });
    res.end(zlib.gzipSync(Buffer.from('compressed hello\n'.repeat(20))));
  } else {
    echo(req, res, body);
  }
};
