'use strict';
// One HTTP request for the guest's `http.request` host call, redirects
// followed as Python's urllib follows them (unless told not to).
//
//   args:   { method, url, headers: [[name, value], ...], body: base64 | null, timeout_ms,
//             redirects, exact_headers, target }
//   answer: { status, reason, url (the final one), headers: [[name, value], ...], body: base64,
//             version ('1.1' or '1.0') }
//
// The last three arguments are for http.client, which sends one request as
// it was written and returns whatever comes back: `redirects: false` answers
// with the first response, a 3xx included; `exact_headers: true` sends the
// headers as given, adding neither Host, Connection nor Content-Length (a
// 'Transfer-Encoding: chunked' header among them makes Node send the body in
// chunks); `target` is the request-target sent verbatim in place of the
// url's path and query (which new URL() would have normalised). urllib
// passes none of them.
//
// A failure to get any answer throws an Error named 'URLError' whose message
// reads as the reason CPython's urllib would give ('[Errno 111] Connection
// refused', 'timed out'); urllib/_host.py turns it back into that reason.
// A timeout after the request was sent is named 'TimeoutError' instead.
//
// node:http rather than fetch: the guest's headers go out as it wrote them
// (fetch adds accept-language, sec-fetch-mode, its own accept-encoding and
// decompresses the body), the answer's headers come back in their order and
// case, and no port is refused (fetch blocks a list of "bad ports").
const { urlError, describeFailure } = require('./http-errors');

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;  // urllib's HTTPRedirectHandler.max_redirections
const MAX_REPEATS = 4;  // and its max_repeats
const LOOP_MESSAGE = 'The HTTP server returned a redirect error that would lead to an infinite loop.\nThe last 30x error message was:\n';
// Dropped when a redirect leaves the origin: a token for one host must not
// reach another (CPython keeps them; storage hosts behind GitHub's download
// redirects refuse a request that carries one).
const CREDENTIALS = new Set(['authorization', 'cookie', 'proxy-authorization']);

function checkArgs(args) {
  if (!args || typeof args !== 'object') throw new TypeError('http.request: expected { method, url, headers, body, timeout_ms }');
  const method = typeof args.method === 'string' && args.method ? args.method : 'GET';
  if (typeof args.url !== 'string') throw new TypeError('http.request: url must be a string');
  let url;
  try {
    url = new URL(args.url);
  } catch {
    throw urlError(`unknown url type: ${args.url}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw urlError(`unknown url type: ${url.protocol.slice(0, -1)}`);
  const headers = Array.isArray(args.headers) ? args.headers.map(([k, v]) => [String(k), String(v)]) : [];
  const body = typeof args.body === 'string' ? Buffer.from(args.body, 'base64') : null;
  const timeoutMs = typeof args.timeout_ms === 'number' && args.timeout_ms > 0 ? args.timeout_ms : null;
  const target = typeof args.target === 'string' && args.target ? args.target : null;
  return { method, url, headers, body, timeoutMs, redirects: args.redirects !== false, exact: args.exact_headers === true, target };
}

// urllib's request. Headers as a list keep their order and case; Node then
// adds no Host. A body goes with its length (never chunked), as urllib
// sends it.
function listRequest(lib, url, method, headers, body) {
  const has = (name) => headers.some(([k]) => k.toLowerCase() === name);
  const host = has('host') ? [] : [['Host', url.host]];
  const length = body && !has('content-length') ? [['Content-Length', String(body.length)]] : [];
  return lib.request(url, { method, headers: host.concat(headers, length).flat() });
}

// http.client's request, its headers as it wrote them: set one by one (a
// repeated name keeps all its values, in one place) so that Node adds none
// of its own: no Host, no Connection (a list of headers would get one).
// http.client has already sent Content-Length or Transfer-Encoding: chunked
// with a body; Node frames the body by the latter.
function exactRequest(lib, url, method, headers, target) {
  const options = { method, setHost: false };
  if (target) options.path = target;
  const byName = new Map();
  for (const [k, v] of headers) {
    const key = k.toLowerCase();
    if (byName.has(key)) byName.get(key)[1].push(v);
    else byName.set(key, [k, [v]]);
  }
  const req = lib.request(url, options);
  try {
    for (const [k, values] of byName.values()) req.setHeader(k, values.length === 1 ? values[0] : values);
  } catch (err) {
    // Refused: the request, already under way, must not go out.
    req.on('error', () => {});
    req.destroy();
    throw err;
  }
  if (!byName.has('connection')) req.removeHeader('connection');
  return req;
}

// One exchange, no redirects: resolves with the status, reason, raw header
// pairs and the whole body.
function exchange({ method, url, headers, body, timeoutMs, exact, target }) {
  const lib = url.protocol === 'https:' ? require('node:https') : require('node:http');
  return new Promise((resolve, reject) => {
    let req;
    try {
      req = exact ? exactRequest(lib, url, method, headers, target) : listRequest(lib, url, method, headers, body);
    } catch (err) {
      // An invalid header name or value: CPython's http.client refuses it with ValueError.
      const refused = new Error(err.message);
      refused.name = 'ValueError';
      reject(refused);
      return;
    }
    // As CPython: a timeout while connecting or sending is a URLError, one
    // while waiting for the answer a bare TimeoutError (urllib does not wrap
    // what http.client's getresponse raises).
    let sent = false;
    let timedOut = false;
    req.on('finish', () => { sent = true; });
    if (timeoutMs) {
      req.setTimeout(timeoutMs, () => {
        timedOut = true;
        req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' }));
      });
    }
    const fail = (err) => {
      const failure = urlError(timedOut ? 'timed out' : describeFailure(err));
      if (sent && timedOut) failure.name = 'TimeoutError';
      reject(failure);
    };
    req.on('error', fail);
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', fail);
      res.on('aborted', () => fail(new Error('aborted')));
      res.on('end', () => {
        const pairs = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
        resolve({ status: res.statusCode, reason: res.statusMessage || '', headers: pairs, body: Buffer.concat(chunks), version: res.httpVersion });
      });
    });
    req.end(body || undefined);
  });
}

// urllib's rule: GET and HEAD follow every redirect; POST follows 301-303
// as a GET without its body; anything else stops at the 30x (an HTTPError
// for the guest).
function follows(status, method) {
  if (!REDIRECTS.has(status)) return false;
  if (method === 'GET' || method === 'HEAD') return true;
  return method === 'POST' && status <= 303;
}

function redirected(request, answer) {
  const location = answer.headers.find(([k]) => /^(location|uri)$/i.test(k));
  if (!location || !follows(answer.status, request.method)) return null;
  let next;
  try {
    next = new URL(location[1].replace(/ /g, '%20'), request.url);
  } catch {
    return null;
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') return null;
  const sameOrigin = next.origin === request.url.origin;
  const headers = request.headers.filter(([k]) => {
    const name = k.toLowerCase();
    return name !== 'content-length' && name !== 'content-type' && (sameOrigin || !CREDENTIALS.has(name));
  }).map(([k, v]) => (k.toLowerCase() === 'host' ? [k, next.host] : [k, v]));
  return { method: request.method === 'HEAD' ? 'HEAD' : 'GET', url: next, headers, body: null, timeoutMs: request.timeoutMs, redirects: true };
}

async function httpRequest(args) {
  let request = checkArgs(args);
  const visits = new Map();  // urllib gives up on the 5th visit of one URL, or after 10 redirects
  for (let hops = 0; ; hops++) {
    const answer = await exchange(request);
    const next = request.redirects ? redirected(request, answer) : null;
    const looping = next && (hops === MAX_REDIRECTS || (visits.get(next.url.href) || 0) >= MAX_REPEATS);
    if (looping) answer.reason = LOOP_MESSAGE + answer.reason;
    if (!next || looping) {
      // The guest's own text when nothing redirected (as urllib's geturl()).
      const url = hops === 0 ? args.url : request.url.href;
      return { status: answer.status, reason: answer.reason, url, headers: answer.headers, body: answer.body.toString('base64'), version: answer.version };
    }
    visits.set(next.url.href, (visits.get(next.url.href) || 0) + 1);
    request = next;
  }
}

module.exports = { httpRequest };
