// Built by scripts/build-action.js from npm/pywasm/lib/net/http-worker.js; do not edit.
"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// npm/pywasm/lib/net/http-errors.js
var require_http_errors = __commonJS({
  "npm/pywasm/lib/net/http-errors.js"(exports2, module2) {
    "use strict";
    var ERRNO = {
      ECONNREFUSED: [111, "Connection refused"],
      ECONNRESET: [104, "Connection reset by peer"],
      ECONNABORTED: [103, "Software caused connection abort"],
      EHOSTUNREACH: [113, "No route to host"],
      ENETUNREACH: [101, "Network is unreachable"],
      EPIPE: [32, "Broken pipe"],
      EADDRNOTAVAIL: [99, "Cannot assign requested address"],
      // getaddrinfo's failures, numbered as glibc's EAI_* (socket.gaierror).
      ENOTFOUND: [-2, "Name or service not known"],
      EAI_AGAIN: [-3, "Temporary failure in name resolution"],
      EAI_FAIL: [-4, "Non-recoverable failure in name resolution"]
    };
    var TIMEOUTS = /* @__PURE__ */ new Set(["ETIMEDOUT", "ESOCKETTIMEDOUT"]);
    function urlError(message) {
      const err = new Error(message);
      err.name = "URLError";
      return err;
    }
    function describeFailure(err) {
      const code = err && err.code;
      if (TIMEOUTS.has(code)) return "timed out";
      if (err && err.message === "socket hang up") return "Remote end closed connection without response";
      if (ERRNO[code]) return `[Errno ${ERRNO[code][0]}] ${ERRNO[code][1]}`;
      if (typeof code === "string" && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code)) {
        return `[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ${err.message}`;
      }
      return code ? `${code}: ${err.message}` : String(err && err.message || err);
    }
    module2.exports = { urlError, describeFailure };
  }
});

// npm/pywasm/lib/net/http-request.js
var require_http_request = __commonJS({
  "npm/pywasm/lib/net/http-request.js"(exports2, module2) {
    "use strict";
    var { urlError, describeFailure } = require_http_errors();
    var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
    var MAX_REDIRECTS = 10;
    var MAX_REPEATS = 4;
    var LOOP_MESSAGE = "The HTTP server returned a redirect error that would lead to an infinite loop.\nThe last 30x error message was:\n";
    var CREDENTIALS = /* @__PURE__ */ new Set(["authorization", "cookie", "proxy-authorization"]);
    function checkArgs(args) {
      if (!args || typeof args !== "object") throw new TypeError("http.request: expected { method, url, headers, body, timeout_ms }");
      const method = typeof args.method === "string" && args.method ? args.method : "GET";
      if (typeof args.url !== "string") throw new TypeError("http.request: url must be a string");
      let url;
      try {
        url = new URL(args.url);
      } catch {
        throw urlError(`unknown url type: ${args.url}`);
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") throw urlError(`unknown url type: ${url.protocol.slice(0, -1)}`);
      const headers = Array.isArray(args.headers) ? args.headers.map(([k, v]) => [String(k), String(v)]) : [];
      const body = typeof args.body === "string" ? Buffer.from(args.body, "base64") : null;
      const timeoutMs = typeof args.timeout_ms === "number" && args.timeout_ms > 0 ? args.timeout_ms : null;
      const target = typeof args.target === "string" && args.target ? args.target : null;
      return { method, url, headers, body, timeoutMs, redirects: args.redirects !== false, exact: args.exact_headers === true, target };
    }
    function listRequest(lib, url, method, headers, body) {
      const has = (name) => headers.some(([k]) => k.toLowerCase() === name);
      const host = has("host") ? [] : [["Host", url.host]];
      const length = body && !has("content-length") ? [["Content-Length", String(body.length)]] : [];
      return lib.request(url, { method, headers: host.concat(headers, length).flat() });
    }
    function exactRequest(lib, url, method, headers, target) {
      const options = { method, setHost: false };
      if (target) options.path = target;
      const byName = /* @__PURE__ */ new Map();
      for (const [k, v] of headers) {
        const key = k.toLowerCase();
        if (byName.has(key)) byName.get(key)[1].push(v);
        else byName.set(key, [k, [v]]);
      }
      const req = lib.request(url, options);
      try {
        for (const [k, values] of byName.values()) req.setHeader(k, values.length === 1 ? values[0] : values);
      } catch (err) {
        req.on("error", () => {
        });
        req.destroy();
        throw err;
      }
      if (!byName.has("connection")) req.removeHeader("connection");
      return req;
    }
    function exchange({ method, url, headers, body, timeoutMs, exact, target }) {
      const lib = url.protocol === "https:" ? require("node:https") : require("node:http");
      return new Promise((resolve, reject) => {
        let req;
        try {
          req = exact ? exactRequest(lib, url, method, headers, target) : listRequest(lib, url, method, headers, body);
        } catch (err) {
          const refused = new Error(err.message);
          refused.name = "ValueError";
          reject(refused);
          return;
        }
        let sent = false;
        let timedOut = false;
        req.on("finish", () => {
          sent = true;
        });
        if (timeoutMs) {
          req.setTimeout(timeoutMs, () => {
            timedOut = true;
            req.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" }));
          });
        }
        const fail = (err) => {
          const failure = urlError(timedOut ? "timed out" : describeFailure(err));
          if (sent && timedOut) failure.name = "TimeoutError";
          reject(failure);
        };
        req.on("error", fail);
        req.on("response", (res) => {
          const chunks = [];
          res.on("data", (chunk) => chunks.push(chunk));
          res.on("error", fail);
          res.on("aborted", () => fail(new Error("aborted")));
          res.on("end", () => {
            const pairs = [];
            for (let i = 0; i < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
            resolve({ status: res.statusCode, reason: res.statusMessage || "", headers: pairs, body: Buffer.concat(chunks), version: res.httpVersion });
          });
        });
        req.end(body || void 0);
      });
    }
    function follows(status, method) {
      if (!REDIRECTS.has(status)) return false;
      if (method === "GET" || method === "HEAD") return true;
      return method === "POST" && status <= 303;
    }
    function redirected(request, answer) {
      const location = answer.headers.find(([k]) => /^(location|uri)$/i.test(k));
      if (!location || !follows(answer.status, request.method)) return null;
      let next;
      try {
        next = new URL(location[1].replace(/ /g, "%20"), request.url);
      } catch {
        return null;
      }
      if (next.protocol !== "http:" && next.protocol !== "https:") return null;
      const sameOrigin = next.origin === request.url.origin;
      const headers = request.headers.filter(([k]) => {
        const name = k.toLowerCase();
        return name !== "content-length" && name !== "content-type" && (sameOrigin || !CREDENTIALS.has(name));
      }).map(([k, v]) => k.toLowerCase() === "host" ? [k, next.host] : [k, v]);
      return { method: request.method === "HEAD" ? "HEAD" : "GET", url: next, headers, body: null, timeoutMs: request.timeoutMs, redirects: true };
    }
    async function httpRequest2(args) {
      let request = checkArgs(args);
      const visits = /* @__PURE__ */ new Map();
      for (let hops = 0; ; hops++) {
        const answer = await exchange(request);
        const next = request.redirects ? redirected(request, answer) : null;
        const looping = next && (hops === MAX_REDIRECTS || (visits.get(next.url.href) || 0) >= MAX_REPEATS);
        if (looping) answer.reason = LOOP_MESSAGE + answer.reason;
        if (!next || looping) {
          const url = hops === 0 ? args.url : request.url.href;
          return { status: answer.status, reason: answer.reason, url, headers: answer.headers, body: answer.body.toString("base64"), version: answer.version };
        }
        visits.set(next.url.href, (visits.get(next.url.href) || 0) + 1);
        request = next;
      }
    }
    module2.exports = { httpRequest: httpRequest2 };
  }
});

// npm/pywasm/lib/net/http-worker.js
var { workerData } = require("node:worker_threads");
var { port, signal } = workerData;
var flag = new Int32Array(signal);
process.on("exit", () => {
  Atomics.store(flag, 0, 2);
  Atomics.notify(flag, 0);
});
var { httpRequest } = require_http_request();
port.on("message", async (args) => {
  let answer;
  try {
    answer = { ok: await httpRequest(args) };
  } catch (err) {
    answer = { error: { name: err && err.name || "Error", message: String(err && err.message !== void 0 ? err.message : err) } };
  }
  port.postMessage(answer);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
