'use strict';
// The urllib tests' server: echoes requests, redirects, fails and stalls
// on demand (paths below).
module.exports = (req, res, body) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const p = url.pathname;
  if (p === '/echo') {
    // The request as the server saw it: method, target, raw headers in order, body bytes.
    const headers = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i], req.rawHeaders[i + 1]]);
    res.writeHead(200, [['Content-Type', 'application/json'], ['X-Multi', 'one'], ['X-Multi', 'two']]);
    res.end(JSON.stringify({ method: req.method, target: req.url, headers, body: body.toString('base64') }));
  } else if (p === '/bytes') {
    // Every byte value, then the request body back.
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    res.end(Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), body]));
  } else if (p === '/lines') {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('first line\nsecond line\n\nünï line\nno newline at the end');
  } else if (p === '/framing') {
    // The same text with its end marked ?by=length (Content-Length), chunked
    // (one chunk) or close (the server closes the connection after it).
    const text = 'alpha\nbeta\n\ngamma line\nno newline at the end';
    const by = url.searchParams.get('by') || 'length';
    const headers = { 'Content-Type': 'text/plain' };
    if (by === 'length') headers['Content-Length'] = Buffer.byteLength(text);
    if (by === 'close') res.useChunkedEncodingByDefault = false;
    res.writeHead(200, headers);
    res.end(text);
  } else if (p === '/redirect') {
    // ?code=302&to=/echo (to defaults to /echo?from=redirect); ?hops=N chains N redirects.
    const hops = Number(url.searchParams.get('hops') || 0);
    const code = Number(url.searchParams.get('code') || 302);
    const to = hops > 1 ? `/redirect?code=${code}&hops=${hops - 1}` : (url.searchParams.get('to') || '/echo?from=redirect');
    res.writeHead(code, { Location: to, 'Content-Type': 'text/plain' });
    res.end(`redirecting to ${to}`);
  } else if (p === '/loop') {
    res.writeHead(302, { Location: '/loop' });
    res.end();
  } else if (p === '/status') {
    // ?code=404&reason=Nope: that status, with a body to read.
    const code = Number(url.searchParams.get('code') || 404);
    res.writeHead(code, url.searchParams.get('reason') || undefined, { 'Content-Type': 'text/plain', 'X-Error': 'yes' });
    res.end(`status ${code} body`);
  } else if (p === '/slow') {
    // Answers after ?ms= milliseconds (default 3000).
    const timer = setTimeout(() => res.end('late'), Number(url.searchParams.get('ms') || 3000));
    res.on('close', () => clearTimeout(timer));
  } else if (p === '/hangup') {
    req.socket.destroy();
  } else {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('root');
  }
};
