// Built by scripts/build-action.js from npm/pywasm/lib/action; do not edit.
(function (exports, require, module, __filename, __dirname) {
"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// npm/pywasm/lib/v8-tuning.js
var require_v8_tuning = __commonJS({
  "npm/pywasm/lib/v8-tuning.js"(exports2, module2) {
    "use strict";
    var FLAGS = "--wasm-lazy-validation --wasm-tiering-budget=180000000 --no-wasm-loop-unrolling";
    var tuned = false;
    function tuneForOneShortRun() {
      require("node:v8").setFlagsFromString(FLAGS);
      tuned = true;
    }
    function defaultFlags() {
      const major = Number(process.versions.v8.split(".")[0]);
      if (major === 11) return "--no-wasm-lazy-validation --wasm-tiering-budget=1800000 --wasm-loop-unrolling";
      if (major === 12 || major === 13) return "--no-wasm-lazy-validation --wasm-tiering-budget=13000000 --wasm-loop-unrolling";
      return null;
    }
    function withStartupFlags(fn) {
      const defaults = tuned ? defaultFlags() : null;
      if (!defaults) return fn();
      const v8 = require("node:v8");
      v8.setFlagsFromString(defaults);
      try {
        return fn();
      } finally {
        v8.setFlagsFromString(FLAGS);
      }
    }
    module2.exports = { tuneForOneShortRun, withStartupFlags };
  }
});

// npm/pywasm/lib/module.js
var require_module = __commonJS({
  "npm/pywasm/lib/module.js"(exports2, module2) {
    "use strict";
    var fs = require("node:fs");
    var path = require("node:path");
    function inCheckout(root) {
      if (path.basename(path.join(__dirname, "..", "..")) !== "npm") return false;
      try {
        return JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).name === "pywasm-workspace";
      } catch {
        return false;
      }
    }
    var dist = null;
    function distDir() {
      if (!dist) {
        const root = path.join(__dirname, "..", "..", "..");
        dist = inCheckout(root) ? path.join(root, "dist") : path.join(__dirname, "..", "dist");
      }
      return dist;
    }
    function interpreterPath(flavour = "micropython.wasm") {
      const file = path.join(distDir(), flavour);
      if (!fs.existsSync(file)) throw new Error(`pywasm: the interpreter (${flavour}) is missing: ${file}`);
      return file;
    }
    var LIBRARY_GUEST = "/usr/lib/pywasm";
    function libraryPath() {
      return path.join(distDir(), "pylib");
    }
    var compiled2 = null;
    function interpreterModule() {
      if (!compiled2) compiled2 = new WebAssembly.Module(fs.readFileSync(interpreterPath()));
      return compiled2;
    }
    async function compileInterpreter() {
      if (compiled2) return compiled2;
      const hold = setInterval(() => {
      }, 1 << 30);
      try {
        compiled2 = await WebAssembly.compile(fs.readFileSync(interpreterPath()));
      } finally {
        clearInterval(hold);
      }
      return compiled2;
    }
    module2.exports = { interpreterPath, libraryPath, LIBRARY_GUEST, interpreterModule, compileInterpreter };
  }
});

// npm/pywasm/lib/action/inputs.js
var require_inputs = __commonJS({
  "npm/pywasm/lib/action/inputs.js"(exports2, module2) {
    "use strict";
    function input(env, name, { trim = true } = {}) {
      const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
      return trim ? value.trim() : value;
    }
    var InputError = class extends Error {
    };
    function readInputs(env) {
      const script = input(env, "script", { trim: false });
      const scriptFile = input(env, "script-file");
      if (script.trim() && scriptFile) throw new InputError("give either 'script' or 'script-file', not both");
      if (!script.trim() && !scriptFile) throw new InputError("one of the inputs 'script' or 'script-file' is required");
      const encoding = input(env, "result-encoding") || "json";
      if (encoding !== "json" && encoding !== "string") {
        throw new InputError(`result-encoding must be 'json' or 'string', not '${encoding}'`);
      }
      const debug = input(env, "debug");
      if (debug && !["true", "True", "TRUE", "false", "False", "FALSE"].includes(debug)) {
        throw new InputError(`debug must be true or false, not '${debug}'`);
      }
      return {
        inline: Boolean(script.trim()),
        scriptFile,
        args: input(env, "args").split("\n").filter((line) => line !== "").map((line) => line.trim()),
        workingDirectory: input(env, "working-directory"),
        githubToken: input(env, "github-token"),
        debug: debug.toLowerCase() === "true"
      };
    }
    module2.exports = { readInputs, InputError };
  }
});

// npm/pywasm/lib/action/mounts.js
var require_mounts = __commonJS({
  "npm/pywasm/lib/action/mounts.js"(exports2, module2) {
    "use strict";
    var fs = require("node:fs");
    var path = require("node:path");
    var FILE_COMMANDS = ["GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STATE", "GITHUB_STEP_SUMMARY"];
    function isDirectory(dir) {
      try {
        return fs.statSync(dir).isDirectory();
      } catch {
        return false;
      }
    }
    function planMounts({ env, workingDirectory, scriptPath }) {
      const mounts = [];
      const covered = (dir) => mounts.some((m) => dir === m.host || dir.startsWith(m.host + path.sep));
      const add = (dir, readOnly) => {
        if (!dir) return;
        const host = path.resolve(dir);
        if (!covered(host) && isDirectory(host)) mounts.push({ host, guest: host, readOnly });
      };
      add(env.GITHUB_WORKSPACE, false);
      add(env.RUNNER_TEMP, false);
      add(workingDirectory, false);
      if (scriptPath) add(path.dirname(scriptPath), true);
      if (env.GITHUB_EVENT_PATH) add(path.dirname(env.GITHUB_EVENT_PATH), true);
      for (const name of FILE_COMMANDS) {
        if (env[name]) add(path.dirname(env[name]), false);
      }
      return mounts;
    }
    module2.exports = { planMounts };
  }
});

// npm/pywasm/lib/action/commands.js
var require_commands = __commonJS({
  "npm/pywasm/lib/action/commands.js"(exports2, module2) {
    "use strict";
    var escapeData = (s) => String(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
    function command(name, properties, message) {
      const props = Object.entries(properties || {}).filter(([, v]) => v).map(([k, v]) => `${k}=${escapeProperty(v)}`);
      return `::${name}${props.length ? " " + props.join(",") : ""}::${escapeData(message)}
`;
    }
    module2.exports = { command };
  }
});

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

// npm/pywasm/lib/net/http-sync.js
var require_http_sync = __commonJS({
  "npm/pywasm/lib/net/http-sync.js"(exports2, module2) {
    "use strict";
    var path = require("node:path");
    var WORKER_SCRIPT = path.join(__dirname, path.basename(__dirname) === "lib" ? "net" : "", "http-worker.js");
    var client = null;
    var STOPPED = 2;
    function start() {
      const fs = require("node:fs");
      if (!fs.existsSync(WORKER_SCRIPT)) throw new Error(`pywasm: the HTTP worker's script is missing: ${WORKER_SCRIPT}`);
      const { Worker, MessageChannel, receiveMessageOnPort } = require("node:worker_threads");
      const { port1, port2 } = new MessageChannel();
      const signal = new SharedArrayBuffer(4);
      const worker = new Worker(WORKER_SCRIPT, { workerData: { port: port2, signal }, transferList: [port2], stdout: false, stderr: false });
      const started = { worker, port: port1, flag: new Int32Array(signal), receive: () => receiveMessageOnPort(port1) };
      worker.unref();
      port1.unref();
      worker.on("error", () => {
        if (client === started) client = null;
      });
      worker.on("exit", () => {
        if (client === started) client = null;
      });
      return started;
    }
    function httpRequestSync(args) {
      if (client && Atomics.load(client.flag, 0) === STOPPED) client = null;
      if (!client) {
        return require_v8_tuning().withStartupFlags(() => {
          client = start();
          return exchange(args);
        });
      }
      return exchange(args);
    }
    function exchange(args) {
      const { port, flag, receive } = client;
      Atomics.store(flag, 0, 0);
      port.postMessage(args);
      for (; ; ) {
        Atomics.wait(flag, 0, 0);
        if (Atomics.load(flag, 0) === STOPPED) {
          client = null;
          throw require_http_errors().urlError("the HTTP worker stopped before answering");
        }
        const message = receive();
        if (!message) continue;
        const answer = message.message;
        if (answer.ok) return answer.ok;
        throw Object.assign(new Error(answer.error.message), { name: answer.error.name });
      }
    }
    module2.exports = { httpRequestSync };
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
    async function httpRequest(args) {
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
    module2.exports = { httpRequest };
  }
});

// npm/pywasm/lib/net/handlers.js
var require_handlers = __commonJS({
  "npm/pywasm/lib/net/handlers.js"(exports2, module2) {
    "use strict";
    function netHandlers({ sync }) {
      return {
        "http.request": sync ? (args) => require_http_sync().httpRequestSync(args) : (args) => require_http_request().httpRequest(args)
      };
    }
    module2.exports = { netHandlers };
  }
});

// npm/pywasm/lib/process/errors.js
var require_errors = __commonJS({
  "npm/pywasm/lib/process/errors.js"(exports2, module2) {
    "use strict";
    function named(name, message) {
      const err = new Error(message);
      err.name = name;
      return err;
    }
    var ERRNO = {
      EPERM: 1,
      ENOENT: 2,
      E2BIG: 7,
      ENOEXEC: 8,
      EAGAIN: 11,
      ENOMEM: 12,
      EACCES: 13,
      ENOTDIR: 20,
      EISDIR: 21,
      EINVAL: 22,
      ENFILE: 23,
      EMFILE: 24,
      ETXTBSY: 26,
      ENAMETOOLONG: 36,
      ELOOP: 40
    };
    function startFailure(errno, filename, strerror) {
      const error = { errno, filename };
      if (strerror) error.strerror = strerror;
      return { error };
    }
    function fromNodeError(err, filename) {
      const errno = ERRNO[err && err.code];
      if (errno) return startFailure(errno, filename);
      return startFailure(5, filename, String(err && err.message || err));
    }
    module2.exports = { named, startFailure, fromNodeError };
  }
});

// npm/pywasm/lib/process/paths.js
var require_paths = __commonJS({
  "npm/pywasm/lib/process/paths.js"(exports2, module2) {
    "use strict";
    var path = require("node:path");
    function hostPathOf(mounts, guestPath) {
      const p = path.posix.normalize(guestPath);
      let best = null;
      for (const m of mounts) {
        const root = m.guest === "/" ? "/" : `${m.guest}/`;
        if ((p === m.guest || p.startsWith(root)) && (!best || m.guest.length > best.guest.length)) best = m;
      }
      if (!best) return null;
      const rest = path.posix.relative(best.guest, p);
      return rest ? path.join(best.host, ...rest.split("/")) : best.host;
    }
    function hostProgram(mounts, program) {
      if (!program.startsWith("/")) return program;
      return hostPathOf(mounts, program) || program;
    }
    module2.exports = { hostPathOf, hostProgram };
  }
});

// npm/pywasm/lib/process/child-python.js
var require_child_python = __commonJS({
  "npm/pywasm/lib/process/child-python.js"(exports2, module2) {
    "use strict";
    var path = require("node:path");
    var { LIBRARY_GUEST } = require_module();
    var PYTHON_GUEST = `${LIBRARY_GUEST}/bin/python3`;
    var CLI_ENTRY = path.join(__dirname, "..", "..", "bin", "pywasm.js");
    function childPython({ mounts, allowNet = false, engine = null }) {
      const args = [CLI_ENTRY];
      if (engine) args.push("--engine", engine);
      for (const m of mounts) args.push("--mount", `${m.host}:${m.guest}${m.readOnly ? ":ro" : ""}`);
      args.push("--inherit-env", "--allow-run");
      if (allowNet) args.push("--allow-net");
      return { node: process.execPath, args };
    }
    module2.exports = { PYTHON_GUEST, childPython };
  }
});

// npm/pywasm/lib/process/request.js
var require_request = __commonJS({
  "npm/pywasm/lib/process/request.js"(exports2, module2) {
    "use strict";
    var fs = require("node:fs");
    var { named, startFailure, fromNodeError } = require_errors();
    var { hostPathOf, hostProgram } = require_paths();
    var { PYTHON_GUEST } = require_child_python();
    var SHOW = /* @__PURE__ */ new Set([null, "stdout", "stderr"]);
    function checkString(value, what) {
      if (typeof value !== "string") throw named("TypeError", `process.run: ${what} must be a string`);
      if (value.includes("\0")) throw named("ValueError", "embedded null byte");
      return value;
    }
    function checkStream(spec, name) {
      if (name === "stderr" && spec === "stdout") return "stdout";
      if (!spec || typeof spec !== "object") throw named("TypeError", `process.run: ${name} must be { capture, show }${name === "stderr" ? " or 'stdout'" : ""}`);
      const capture = spec.capture === void 0 ? false : spec.capture;
      const show = spec.show === void 0 ? null : spec.show;
      if (typeof capture !== "boolean") throw named("TypeError", `process.run: ${name}.capture must be true or false`);
      if (!SHOW.has(show)) throw named("ValueError", `process.run: ${name}.show must be null, 'stdout' or 'stderr'`);
      return { capture, show };
    }
    function checkStdin(spec) {
      if (spec === null || spec === void 0 || spec === "inherit") return { mode: "inherit" };
      if (spec === "devnull") return { mode: "devnull" };
      if (spec && typeof spec === "object" && typeof spec.data === "string") return { mode: "data", data: Buffer.from(spec.data, "base64") };
      throw named("TypeError", "process.run: stdin must be null, 'inherit', 'devnull' or { data: base64 }");
    }
    function checkEnv(env) {
      if (!env || typeof env !== "object" || Array.isArray(env)) throw named("TypeError", "process.run: env must be an object of strings");
      const out = {};
      for (const [k, v] of Object.entries(env)) {
        checkString(v, `the value of env '${k}'`);
        if (!k || k.includes("=") || k.includes("\0")) throw named("ValueError", `illegal environment variable name: '${k}'`);
        out[k] = v;
      }
      return out;
    }
    function checkRequest(args, mounts, childPython = null) {
      if (!args || typeof args !== "object") throw named("TypeError", "process.run: expected an object of arguments");
      const argv = args.argv;
      if (!Array.isArray(argv) || argv.length === 0) throw named("ValueError", "process.run: argv must be a non-empty list of strings");
      argv.forEach((a, i) => checkString(a, `argv[${i}]`));
      if (argv[0] === "") throw named("ValueError", "process.run: the program (argv[0]) is empty");
      const cwd = checkString(args.cwd, "cwd");
      if (!cwd.startsWith("/")) throw named("ValueError", `process.run: cwd must be an absolute guest path, not '${cwd}'`);
      const timeoutMs = args.timeout_ms === void 0 ? null : args.timeout_ms;
      if (timeoutMs !== null && !(typeof timeoutMs === "number" && timeoutMs > 0)) throw named("ValueError", "process.run: timeout_ms must be a positive number or null");
      const plan = {
        program: argv[0],
        file: hostProgram(mounts, argv[0]),
        args: argv.slice(1),
        env: checkEnv(args.env),
        stdin: checkStdin(args.stdin),
        stdout: checkStream(args.stdout, "stdout"),
        stderr: checkStream(args.stderr, "stderr"),
        timeoutMs: timeoutMs === null ? null : Math.ceil(timeoutMs),
        guestCwd: cwd
      };
      if (argv[0] === PYTHON_GUEST) {
        if (!childPython) return startFailure(2, argv[0], "this host has no pywasm command line to run sys.executable with");
        const child = childPython();
        plan.file = child.node;
        plan.args = [...child.args, ...plan.args];
      }
      const hostCwd = hostPathOf(mounts, cwd);
      if (hostCwd === null) return startFailure(13, cwd, "the working directory is outside the sandbox's mounts");
      let stat;
      try {
        stat = fs.statSync(hostCwd);
      } catch (err) {
        return fromNodeError(err, cwd);
      }
      if (!stat.isDirectory()) return startFailure(20, cwd);
      plan.cwd = hostCwd;
      return plan;
    }
    module2.exports = { checkRequest };
  }
});

// npm/pywasm/lib/process/stdio.js
var require_stdio = __commonJS({
  "npm/pywasm/lib/process/stdio.js"(exports2, module2) {
    "use strict";
    var fs = require("node:fs");
    var os = require("node:os");
    var path = require("node:path");
    var scratchCount = 0;
    function openScratch() {
      for (; ; ) {
        const name = path.join(os.tmpdir(), `pywasm-run-${process.pid}-${++scratchCount}-${Math.random().toString(36).slice(2)}`);
        try {
          const fd = fs.openSync(name, "wx+", 384);
          fs.unlinkSync(name);
          return fd;
        } catch (err) {
          if (err.code !== "EEXIST") throw err;
        }
      }
    }
    function readScratch(fd) {
      const size = fs.fstatSync(fd).size;
      const bytes = Buffer.alloc(size);
      for (let off = 0; off < size; ) {
        const n = fs.readSync(fd, bytes, off, size - off, off);
        if (n === 0) break;
        off += n;
      }
      return bytes;
    }
    function planStdio(plan, ctx) {
      const directFd = (spec) => !spec.capture && spec.show && ctx[spec.show] && ctx[spec.show].fd !== void 0 ? ctx[spec.show].fd : null;
      const entry = (spec) => {
        if (!spec.capture && !spec.show) return "ignore";
        const fd = directFd(spec);
        return fd === null ? "pipe" : fd;
      };
      const reader = (spec) => ({ capture: spec.capture, write: spec.show && directFd(spec) === null ? ctx[spec.show].write : null });
      let stdin = "ignore";
      if (plan.stdin.mode === "data") stdin = "pipe";
      else if (plan.stdin.mode === "inherit" && Number.isInteger(ctx.stdinFd)) stdin = ctx.stdinFd;
      const stdout = entry(plan.stdout);
      let stderr;
      let scratch = null;
      if (plan.stderr === "stdout") {
        if (stdout === "pipe") scratch = openScratch();
        stderr = scratch === null ? stdout : scratch;
      } else {
        stderr = entry(plan.stderr);
      }
      return {
        stdio: [stdin, scratch === null ? stdout : scratch, stderr],
        out: stdout === "pipe" ? reader(plan.stdout) : null,
        err: stderr === "pipe" ? reader(plan.stderr) : null,
        scratch,
        close() {
          if (scratch !== null) fs.closeSync(scratch);
          scratch = null;
        }
      };
    }
    function deliver(bytes, reader) {
      if (!reader) return null;
      if (reader.write && bytes && bytes.length) reader.write(bytes);
      return reader.capture ? bytes || Buffer.alloc(0) : null;
    }
    module2.exports = { planStdio, readScratch, deliver };
  }
});

// npm/pywasm/lib/process/answer.js
var require_answer = __commonJS({
  "npm/pywasm/lib/process/answer.js"(exports2, module2) {
    "use strict";
    var os = require("node:os");
    var { named } = require_errors();
    function returncode(status, signal) {
      if (status !== null && status !== void 0) return status;
      const number = signal ? os.constants.signals[signal] : void 0;
      return number ? -number : -1;
    }
    var base64 = (bytes) => bytes === null ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
    function answer({ status, signal, stdout, stderr, timedOut }) {
      return { returncode: returncode(status, signal), stdout: base64(stdout), stderr: base64(stderr), timed_out: Boolean(timedOut) };
    }
    function timeLimit(plan, ctx) {
      let ms = plan.timeoutMs;
      let byDeadline = false;
      if (ctx.deadlineMs !== null && ctx.deadlineMs !== void 0) {
        const left = Math.max(1, ctx.deadlineMs - Date.now());
        if (ms === null || left < ms) {
          ms = left;
          byDeadline = true;
        }
      }
      return { ms, byDeadline };
    }
    function deadlineError(ctx) {
      ctx.state.deadlineHit = true;
      return named("TimeoutError", "the run's time limit passed while a process was running; the process was killed");
    }
    module2.exports = { answer, timeLimit, deadlineError };
  }
});

// npm/pywasm/lib/process/run-sync.js
var require_run_sync = __commonJS({
  "npm/pywasm/lib/process/run-sync.js"(exports2, module2) {
    "use strict";
    var { spawnSync } = require("node:child_process");
    var { checkRequest } = require_request();
    var { planStdio, readScratch, deliver } = require_stdio();
    var { answer, timeLimit, deadlineError } = require_answer();
    var { fromNodeError } = require_errors();
    function runSync(args, ctx) {
      const plan = checkRequest(args, ctx.mounts, ctx.childPython);
      if (plan.error) return plan;
      const io = planStdio(plan, ctx);
      const limit = timeLimit(plan, ctx);
      let r;
      let outBytes;
      try {
        r = spawnSync(plan.file, plan.args, {
          cwd: plan.cwd,
          env: plan.env,
          stdio: io.stdio,
          input: plan.stdin.mode === "data" ? plan.stdin.data : void 0,
          timeout: limit.ms === null ? void 0 : limit.ms,
          killSignal: "SIGKILL",
          maxBuffer: Infinity,
          windowsHide: true
        });
        outBytes = io.scratch !== null ? readScratch(io.scratch) : r.stdout;
      } finally {
        io.close();
      }
      const timedOut = Boolean(r.error && r.error.code === "ETIMEDOUT");
      const unreadInput = Boolean(r.error && r.error.code === "EPIPE" && r.pid);
      if (r.error && !timedOut && !unreadInput) return fromNodeError(r.error, plan.program);
      const stdout = deliver(outBytes, io.out);
      const stderr = deliver(r.stderr, io.err);
      if (timedOut && limit.byDeadline) throw deadlineError(ctx);
      return answer({ status: r.status, signal: r.signal, stdout, stderr, timedOut });
    }
    module2.exports = { runSync };
  }
});

// npm/pywasm/lib/process/run-async.js
var require_run_async = __commonJS({
  "npm/pywasm/lib/process/run-async.js"(exports2, module2) {
    "use strict";
    var { spawn } = require("node:child_process");
    var { checkRequest } = require_request();
    var { planStdio, readScratch, deliver } = require_stdio();
    var { answer, timeLimit, deadlineError } = require_answer();
    var { fromNodeError } = require_errors();
    function drain(stream, reader) {
      const chunks = [];
      if (stream) {
        stream.on("data", (chunk) => {
          if (reader.write) reader.write(chunk);
          if (reader.capture) chunks.push(chunk);
        });
      }
      return () => reader && reader.capture ? Buffer.concat(chunks) : null;
    }
    function runAsync(args, ctx) {
      const plan = checkRequest(args, ctx.mounts, ctx.childPython);
      if (plan.error) return plan;
      const io = planStdio(plan, ctx);
      const limit = timeLimit(plan, ctx);
      let child;
      try {
        child = spawn(plan.file, plan.args, { cwd: plan.cwd, env: plan.env, stdio: io.stdio, windowsHide: true });
      } catch (err) {
        io.close();
        if (err && err.code) return fromNodeError(err, plan.program);
        throw err;
      }
      return new Promise((resolve, reject) => {
        let timer = null;
        let timedOut = false;
        let settled = false;
        const stdout = drain(child.stdout, io.out);
        const stderr = drain(child.stderr, io.err);
        const settle = (fn) => {
          if (settled) return;
          settled = true;
          if (timer) clearTimeout(timer);
          ctx.state.live.delete(child);
          try {
            fn();
          } catch (err) {
            reject(err);
          } finally {
            io.close();
          }
        };
        ctx.state.live.add(child);
        if (limit.ms !== null) {
          timer = setTimeout(() => {
            timedOut = true;
            child.kill("SIGKILL");
          }, limit.ms);
        }
        child.on("error", (err) => {
          if (child.pid === void 0) settle(() => resolve(fromNodeError(err, plan.program)));
        });
        child.on("close", (status, signal) => settle(() => {
          const outBytes = io.scratch !== null ? deliver(readScratch(io.scratch), io.out) : stdout();
          if (timedOut && limit.byDeadline) throw deadlineError(ctx);
          resolve(answer({ status, signal, stdout: outBytes, stderr: stderr(), timedOut }));
        }));
        if (child.stdin) {
          child.stdin.on("error", () => {
          });
          child.stdin.end(plan.stdin.data);
        }
      });
    }
    module2.exports = { runAsync };
  }
});

// npm/pywasm/lib/process/which.js
var require_which = __commonJS({
  "npm/pywasm/lib/process/which.js"(exports2, module2) {
    "use strict";
    var fs = require("node:fs");
    var path = require("node:path");
    var { named } = require_errors();
    var { hostProgram } = require_paths();
    function executable(file) {
      let stat;
      try {
        stat = fs.statSync(file);
      } catch {
        return false;
      }
      if (!stat.isFile()) return false;
      return (stat.mode & 1) !== 0 || (stat.mode & 8) !== 0 && stat.gid === process.getgid() || (stat.mode & 64) !== 0 && stat.uid === process.getuid();
    }
    function which(args, ctx) {
      if (!args || typeof args.name !== "string" || !args.name) throw named("ValueError", "process.which: name must be a non-empty string");
      if (args.path !== null && args.path !== void 0 && typeof args.path !== "string") throw named("TypeError", "process.which: path must be a string or null");
      const { name } = args;
      if (name.startsWith("/")) return executable(hostProgram(ctx.mounts, name)) ? name : null;
      if (name.includes("/")) return null;
      for (const dir of (args.path || "").split(path.delimiter)) {
        if (!dir) continue;
        const candidate = path.join(dir, name);
        if (executable(candidate)) return candidate;
      }
      return null;
    }
    module2.exports = { which };
  }
});

// npm/pywasm/lib/streams.js
var require_streams = __commonJS({
  "npm/pywasm/lib/streams.js"(exports2, module2) {
    "use strict";
    var fs = require("node:fs");
    var pause = new Int32Array(new SharedArrayBuffer(4));
    function fdReader(fd, isTTY = false) {
      return {
        isTTY,
        read(buffer) {
          for (; ; ) {
            try {
              return fs.readSync(fd, buffer, 0, buffer.length, null);
            } catch (err) {
              if (err.code === "EAGAIN") {
                Atomics.wait(pause, 0, 0, 5);
                continue;
              }
              if (err.code === "EOF") return 0;
              throw err;
            }
          }
        }
      };
    }
    function bytesReader(bytes) {
      const data = bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : Buffer.alloc(0);
      let offset = 0;
      return {
        isTTY: false,
        read(buffer) {
          const n = Math.min(buffer.length, data.length - offset);
          data.copy(buffer, 0, offset, offset + n);
          offset += n;
          return n;
        }
      };
    }
    function chunkReader(next) {
      let chunk = Buffer.alloc(0);
      let ended = false;
      return {
        isTTY: false,
        read(buffer) {
          while (chunk.length === 0 && !ended) {
            const got = next();
            if (!got || got.length === 0) ended = true;
            else chunk = Buffer.from(got.buffer, got.byteOffset, got.byteLength);
          }
          const n = Math.min(buffer.length, chunk.length);
          chunk.copy(buffer, 0, 0, n);
          chunk = chunk.subarray(n);
          return n;
        }
      };
    }
    function stdinReader(stdin, isTTY) {
      if (stdin === null || stdin === void 0) return bytesReader(null);
      if (stdin instanceof Uint8Array) return bytesReader(stdin);
      if (typeof stdin === "object" && Number.isInteger(stdin.fd)) {
        return fdReader(stdin.fd, isTTY !== void 0 ? isTTY : require("node:tty").isatty(stdin.fd));
      }
      throw new TypeError("stdin: expected null, a Uint8Array or { fd } here");
    }
    function fdWriter(fd, isTTY = false) {
      return {
        isTTY,
        write(bytes) {
          let offset = 0;
          while (offset < bytes.length) {
            try {
              offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
            } catch (err) {
              if (err.code === "EAGAIN") {
                Atomics.wait(pause, 0, 0, 1);
                continue;
              }
              throw err;
            }
          }
        }
      };
    }
    function callbackWriter(callback, isTTY = false) {
      return { isTTY, write: callback ? (bytes) => callback(bytes) : () => {
      } };
    }
    module2.exports = { fdReader, bytesReader, chunkReader, stdinReader, fdWriter, callbackWriter };
  }
});

// npm/pywasm/lib/process/handlers.js
var require_handlers2 = __commonJS({
  "npm/pywasm/lib/process/handlers.js"(exports2, module2) {
    "use strict";
    function processHandlers(context) {
      const state = { live: /* @__PURE__ */ new Set(), deadlineHit: false };
      const ctx = { ...context, stdout: withWriter(context.stdout), stderr: withWriter(context.stderr), state };
      return {
        handlers: {
          "process.run": context.sync ? (args) => require_run_sync().runSync(args, ctx) : (args) => require_run_async().runAsync(args, ctx),
          "process.which": (args) => require_which().which(args, ctx)
        },
        // Whether a child was killed because the run's time limit passed: the
        // run then ends as a timeout however the script went on.
        deadlineHit: () => state.deadlineHit,
        // The run has ended: children still running (run() only) are killed.
        stop() {
          for (const child of state.live) child.kill("SIGKILL");
          state.live.clear();
        }
      };
    }
    function withWriter(target) {
      if (!target || target.write || target.fd === void 0) return target;
      let writer = null;
      return {
        fd: target.fd,
        write: (bytes) => {
          if (!writer) writer = require_streams().fdWriter(target.fd);
          writer.write(bytes);
        }
      };
    }
    module2.exports = { processHandlers };
  }
});

// npm/pywasm/lib/wasi/constants.js
var require_constants = __commonJS({
  "npm/pywasm/lib/wasi/constants.js"(exports2, module2) {
    "use strict";
    var errno = {
      SUCCESS: 0,
      TOOBIG: 1,
      ACCES: 2,
      AGAIN: 6,
      BADF: 8,
      BUSY: 10,
      EXIST: 20,
      FAULT: 21,
      FBIG: 22,
      INTR: 27,
      INVAL: 28,
      IO: 29,
      ISDIR: 31,
      LOOP: 32,
      MFILE: 33,
      NAMETOOLONG: 37,
      NOENT: 44,
      NOMEM: 48,
      NOSPC: 51,
      NOSYS: 52,
      NOTDIR: 54,
      NOTEMPTY: 55,
      NOTSUP: 58,
      PERM: 63,
      PIPE: 64,
      ROFS: 69,
      SPIPE: 70,
      XDEV: 75,
      NOTCAPABLE: 76
    };
    var fromNodeCode = {
      ENOENT: errno.NOENT,
      EEXIST: errno.EXIST,
      EISDIR: errno.ISDIR,
      ENOTDIR: errno.NOTDIR,
      EACCES: errno.ACCES,
      EPERM: errno.PERM,
      ENOTEMPTY: errno.NOTEMPTY,
      EBADF: errno.BADF,
      EINVAL: errno.INVAL,
      ELOOP: errno.LOOP,
      ENAMETOOLONG: errno.NAMETOOLONG,
      ENOSPC: errno.NOSPC,
      EXDEV: errno.XDEV,
      EROFS: errno.ROFS,
      EPIPE: errno.PIPE,
      EAGAIN: errno.AGAIN,
      EMFILE: errno.MFILE,
      EBUSY: errno.BUSY,
      EIO: errno.IO,
      ESPIPE: errno.SPIPE,
      EFBIG: errno.FBIG
    };
    var filetype = { UNKNOWN: 0, CHARACTER_DEVICE: 2, DIRECTORY: 3, REGULAR_FILE: 4, SYMBOLIC_LINK: 7 };
    var rights = { FD_READ: 1n << 1n, FD_SEEK: 1n << 2n, FD_TELL: 1n << 5n, FD_WRITE: 1n << 6n };
    var ALL_RIGHTS = (1n << 30n) - 1n;
    var oflags = { CREAT: 1, DIRECTORY: 2, EXCL: 4, TRUNC: 8 };
    var fdflags = { APPEND: 1 };
    var lookupflags = { SYMLINK_FOLLOW: 1 };
    var fstflags = { ATIM: 1, ATIM_NOW: 2, MTIM: 4, MTIM_NOW: 8 };
    var whence = { SET: 0, CUR: 1, END: 2 };
    var clock = { REALTIME: 0, MONOTONIC: 1 };
    module2.exports = { errno, fromNodeCode, filetype, rights, ALL_RIGHTS, oflags, fdflags, lookupflags, fstflags, whence, clock };
  }
});

// npm/pywasm/lib/wasi/error.js
var require_error = __commonJS({
  "npm/pywasm/lib/wasi/error.js"(exports2, module2) {
    "use strict";
    var { errno, fromNodeCode } = require_constants();
    var WasiError = class extends Error {
      constructor(code) {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        super(`wasi errno ${code}`);
        Error.stackTraceLimit = limit;
        this.errno = code;
      }
    };
    function errnoOf(err) {
      if (err instanceof WasiError) return err.errno;
      if (err && typeof err.code === "string" && err.code in fromNodeCode) return fromNodeCode[err.code];
      return errno.IO;
    }
    module2.exports = { WasiError, errnoOf };
  }
});

// npm/pywasm/lib/wasi/sandbox.js
var require_sandbox = __commonJS({
  "npm/pywasm/lib/wasi/sandbox.js"(exports2, module2) {
    "use strict";
    var fs = require("node:fs");
    var path = require("node:path");
    var { errno } = require_constants();
    var { WasiError } = require_error();
    var Mount = class {
      constructor({ host, guest, readOnly }) {
        this.host = path.resolve(host);
        this.guest = guest;
        this.readOnly = Boolean(readOnly);
        this.realHost = fs.realpathSync.native(this.host);
      }
    };
    function resolve(mount, base, guestPath, { followFinal = true } = {}) {
      if (guestPath.includes("\0")) throw new WasiError(errno.INVAL);
      if (guestPath.startsWith("/")) throw new WasiError(errno.NOTCAPABLE);
      const parts = base ? base.split("/") : [];
      for (const part of guestPath.split("/")) {
        if (part === "" || part === ".") continue;
        if (part === "..") {
          if (parts.length === 0) throw new WasiError(errno.NOTCAPABLE);
          parts.pop();
        } else {
          parts.push(part);
        }
      }
      const relative = parts.join("/");
      const hostPath = relative ? path.join(mount.host, relative) : mount.host;
      checkInside(mount, hostPath, followFinal && parts.length > 0 ? hostPath : path.dirname(hostPath), parts.length > 0);
      return { hostPath, relative };
    }
    function checkInside(mount, hostPath, probe, hasParts) {
      if (!hasParts) return;
      let real;
      for (let p = probe; ; p = path.dirname(p)) {
        if (lstatQuiet(p)) {
          try {
            real = fs.realpathSync.native(p);
            break;
          } catch (err) {
            if (err.code !== "ENOENT" && err.code !== "ENOTDIR") throw err;
            throw new WasiError(errno.NOTCAPABLE);
          }
        }
        if (p === mount.host || p.length <= mount.host.length) return;
      }
      const root = mount.realHost.endsWith(path.sep) ? mount.realHost : mount.realHost + path.sep;
      if (real !== mount.realHost && !real.startsWith(root)) {
        throw new WasiError(errno.NOTCAPABLE);
      }
    }
    function lstatQuiet(p) {
      try {
        return fs.lstatSync(p, { throwIfNoEntry: false });
      } catch (err) {
        if (err.code === "ENOTDIR") return void 0;
        throw err;
      }
    }
    module2.exports = { Mount, resolve };
  }
});

// npm/pywasm/lib/wasi/fds.js
var require_fds = __commonJS({
  "npm/pywasm/lib/wasi/fds.js"(exports2, module2) {
    "use strict";
    var fs = require("node:fs");
    var path = require("node:path");
    var { errno, filetype, oflags, fdflags, rights, whence } = require_constants();
    var { WasiError } = require_error();
    var { resolve } = require_sandbox();
    var FdTable = class {
      // stdio: { stdin: {read(buf) -> n, isTTY}, stdout: {write(bytes), isTTY}, stderr: {...} }
      constructor(mounts, stdio) {
        this.entries = /* @__PURE__ */ new Map();
        this.entries.set(0, { kind: "stdio", stream: stdio.stdin, readable: true });
        this.entries.set(1, { kind: "stdio", stream: stdio.stdout, writable: true });
        this.entries.set(2, { kind: "stdio", stream: stdio.stderr, writable: true });
        mounts.forEach((mount) => this.add({ kind: "dir", mount, relative: "", preopen: true }));
      }
      add(entry) {
        let fd = 3;
        while (this.entries.has(fd)) fd++;
        this.entries.set(fd, entry);
        return fd;
      }
      get(fd, kind) {
        const entry = this.entries.get(fd);
        if (!entry) throw new WasiError(errno.BADF);
        if (kind === "dir" && entry.kind !== "dir") throw new WasiError(errno.NOTDIR);
        return entry;
      }
      // Resolves `guestPath` relative to directory fd `dirFd` inside its mount.
      resolveAt(dirFd, guestPath, options) {
        const dir = this.get(dirFd, "dir");
        return { mount: dir.mount, ...resolve(dir.mount, dir.relative, guestPath, options) };
      }
      writable(mount) {
        if (mount.readOnly) throw new WasiError(errno.ROFS);
      }
      open(dirFd, guestPath, { follow, oflag, rightsBase, fdflag }) {
        const { mount, hostPath, relative } = this.resolveAt(dirFd, guestPath, { followFinal: follow });
        const wantsWrite = (rightsBase & rights.FD_WRITE) !== 0n || (oflag & (oflags.CREAT | oflags.TRUNC)) !== 0;
        const stat = fs.statSync(hostPath, { throwIfNoEntry: false });
        if (oflag & oflags.DIRECTORY || stat && stat.isDirectory() && !wantsWrite) {
          if (!stat) throw new WasiError(errno.NOENT);
          if (!stat.isDirectory()) throw new WasiError(errno.NOTDIR);
          return this.add({ kind: "dir", mount, relative });
        }
        if (wantsWrite) this.writable(mount);
        if (stat && stat.isDirectory()) throw new WasiError(errno.ISDIR);
        let flags = wantsWrite ? rightsBase & rights.FD_READ ? fs.constants.O_RDWR : fs.constants.O_WRONLY : fs.constants.O_RDONLY;
        if (oflag & oflags.CREAT) flags |= fs.constants.O_CREAT;
        if (oflag & oflags.EXCL) flags |= fs.constants.O_EXCL;
        if (oflag & oflags.TRUNC) flags |= fs.constants.O_TRUNC;
        if (fdflag & fdflags.APPEND) flags |= fs.constants.O_APPEND;
        if (!follow) flags |= fs.constants.O_NOFOLLOW;
        const hostFd = fs.openSync(hostPath, flags, 420);
        return this.add({ kind: "file", hostFd, hostPath, position: 0, append: Boolean(fdflag & fdflags.APPEND) });
      }
      close(fd) {
        const entry = this.get(fd);
        if (entry.kind === "file") fs.closeSync(entry.hostFd);
        if (entry.preopen) throw new WasiError(errno.BADF);
        this.entries.delete(fd);
      }
      // At the end of a run: host fds the guest left open are closed.
      closeAll() {
        for (const entry of this.entries.values()) {
          if (entry.kind === "file") {
            try {
              fs.closeSync(entry.hostFd);
            } catch {
            }
          }
        }
        this.entries.clear();
      }
      read(fd, buffer) {
        const entry = this.get(fd);
        if (entry.kind === "stdio") {
          if (!entry.readable) throw new WasiError(errno.BADF);
          return entry.stream.read(buffer);
        }
        if (entry.kind !== "file") throw new WasiError(errno.ISDIR);
        const n = fs.readSync(entry.hostFd, buffer, 0, buffer.length, entry.position);
        entry.position += n;
        return n;
      }
      write(fd, bytes) {
        const entry = this.get(fd);
        if (entry.kind === "stdio") {
          if (!entry.writable) throw new WasiError(errno.BADF);
          const n2 = bytes.length;
          entry.stream.write(bytes);
          return n2;
        }
        if (entry.kind !== "file") throw new WasiError(errno.ISDIR);
        const n = fs.writeSync(entry.hostFd, bytes, 0, bytes.length, entry.append ? null : entry.position);
        entry.position = entry.append ? fs.fstatSync(entry.hostFd).size : entry.position + n;
        return n;
      }
      seek(fd, offset, how) {
        const entry = this.get(fd);
        if (entry.kind !== "file") throw new WasiError(entry.kind === "stdio" ? errno.SPIPE : errno.ISDIR);
        const base = how === whence.SET ? 0 : how === whence.CUR ? entry.position : fs.fstatSync(entry.hostFd).size;
        const next = base + offset;
        if (next < 0 || !Number.isSafeInteger(next)) throw new WasiError(errno.INVAL);
        entry.position = next;
        return next;
      }
      // { filetype, size, ... } for fd_fdstat_get.
      fdKind(fd) {
        const entry = this.get(fd);
        if (entry.kind === "stdio") return { filetype: entry.stream.isTTY ? filetype.CHARACTER_DEVICE : filetype.UNKNOWN, seekable: false };
        if (entry.kind === "dir") return { filetype: filetype.DIRECTORY, seekable: false };
        return { filetype: filetype.REGULAR_FILE, seekable: true, append: entry.append };
      }
      // Where a directory entry is on the host.
      dirHostPath(entry) {
        return entry.relative ? path.join(entry.mount.host, entry.relative) : entry.mount.host;
      }
      // A directory fd's entries, [{name, type}]: read afresh when a listing
      // starts (cookie 0) and kept for the calls that continue it, as a host's
      // readdir keeps its position: a big directory takes several calls to list.
      list(fd, cookie) {
        const entry = this.get(fd, "dir");
        if (cookie === 0n || !entry.listing) {
          entry.listing = fs.readdirSync(this.dirHostPath(entry), { withFileTypes: true }).map((d) => ({ name: d.name, type: direntType(d) }));
        }
        return entry.listing;
      }
    };
    function direntType(d) {
      if (d.isDirectory()) return filetype.DIRECTORY;
      if (d.isFile()) return filetype.REGULAR_FILE;
      if (d.isSymbolicLink()) return filetype.SYMBOLIC_LINK;
      return filetype.UNKNOWN;
    }
    function statType(st) {
      if (st.isDirectory()) return filetype.DIRECTORY;
      if (st.isFile()) return filetype.REGULAR_FILE;
      if (st.isSymbolicLink()) return filetype.SYMBOLIC_LINK;
      if (st.isCharacterDevice()) return filetype.CHARACTER_DEVICE;
      return filetype.UNKNOWN;
    }
    module2.exports = { FdTable, statType };
  }
});

// npm/pywasm/lib/wasi/random.js
var require_random = __commonJS({
  "npm/pywasm/lib/wasi/random.js"(exports2, module2) {
    "use strict";
    var fs = require("node:fs");
    var POOL_BYTES = 4096;
    var pool = null;
    var next = POOL_BYTES;
    var hasDevice = true;
    function fillRandom(target) {
      let filled = 0;
      while (filled < target.length) {
        if (next === POOL_BYTES && !refill()) {
          require("node:crypto").randomFillSync(target, filled);
          return;
        }
        const n = Math.min(POOL_BYTES - next, target.length - filled);
        target.set(pool.subarray(next, next + n), filled);
        next += n;
        filled += n;
      }
    }
    function refill() {
      if (!hasDevice) return false;
      try {
        const fd = fs.openSync("/dev/urandom", "r");
        try {
          pool = pool || new Uint8Array(POOL_BYTES);
          for (let n = 0; n < POOL_BYTES; ) {
            const got = fs.readSync(fd, pool, n, POOL_BYTES - n, null);
            if (got <= 0) throw new Error("/dev/urandom: short read");
            n += got;
          }
        } finally {
          fs.closeSync(fd);
        }
        next = 0;
        return true;
      } catch {
        hasDevice = false;
        return false;
      }
    }
    module2.exports = { fillRandom };
  }
});

// npm/pywasm/lib/wasi/imports.js
var require_imports = __commonJS({
  "npm/pywasm/lib/wasi/imports.js"(exports2, module2) {
    "use strict";
    var fs = require("node:fs");
    var { errno, rights, ALL_RIGHTS, oflags, lookupflags, fstflags, clock } = require_constants();
    var { WasiError, errnoOf } = require_error();
    var { statType } = require_fds();
    var { fillRandom } = require_random();
    var ProcExit = class extends Error {
      constructor(code) {
        super(`exit ${code}`);
        this.code = code;
      }
    };
    var encoder = new TextEncoder();
    var decoder = new TextDecoder();
    var sleeper = new Int32Array(new SharedArrayBuffer(4));
    var wallMinusMonotonic = null;
    function realtimeNs() {
      const now = process.hrtime.bigint();
      if (wallMinusMonotonic === null) wallMinusMonotonic = BigInt(Date.now()) * 1000000n - now;
      return wallMinusMonotonic + now;
    }
    function createWasiImports({ getMemory, fds, args, env }) {
      let cachedBuffer = null;
      let view = null;
      let bytes = null;
      const mem = () => {
        const buffer = getMemory().buffer;
        if (buffer !== cachedBuffer) {
          cachedBuffer = buffer;
          view = new DataView(buffer);
          bytes = new Uint8Array(buffer);
        }
        return view;
      };
      const u8 = () => (mem(), bytes);
      const str = (ptr, len) => decoder.decode(u8().subarray(ptr, ptr + len));
      const argBytes = args.map((a) => encoder.encode(a + "\0"));
      const envBytes = Object.entries(env).map(([k, v]) => encoder.encode(`${k}=${v}\0`));
      function writeList(list, ptrsPtr, bufPtr) {
        const v = mem();
        for (const item of list) {
          v.setUint32(ptrsPtr, bufPtr, true);
          u8().set(item, bufPtr);
          ptrsPtr += 4;
          bufPtr += item.length;
        }
      }
      function writeSizes(list, countPtr, sizePtr) {
        mem().setUint32(countPtr, list.length, true);
        mem().setUint32(sizePtr, list.reduce((n, b) => n + b.length, 0), true);
      }
      function iovecs(ptr, count) {
        const v = mem();
        const out = [];
        for (let i = 0; i < count; i++) out.push([v.getUint32(ptr + 8 * i, true), v.getUint32(ptr + 8 * i + 4, true)]);
        return out;
      }
      function utimesSeconds(ns) {
        if (ns < 0n) return Number(ns) / 1e9;
        const seconds = Number(ns / 1000000000n) + Number(ns % 1000000000n) / 1e9;
        return truncatedNs(seconds) < ns ? nextDouble(seconds) : seconds;
      }
      function truncatedNs(seconds) {
        const whole = Math.floor(seconds);
        return BigInt(whole) * 1000000000n + BigInt(Math.trunc((seconds - whole) * 1e9));
      }
      function nextDouble(x) {
        const f = new Float64Array([x]);
        new BigUint64Array(f.buffer)[0] += 1n;
        return f[0];
      }
      function writeFilestat(ptr, st) {
        const v = mem();
        v.setBigUint64(ptr, st.dev, true);
        v.setBigUint64(ptr + 8, st.ino, true);
        v.setUint8(ptr + 16, statType(st));
        v.setUint16(ptr + 18, Number(st.mode & 0o7777n), true);
        v.setBigUint64(ptr + 24, st.nlink, true);
        v.setBigUint64(ptr + 32, st.size, true);
        v.setBigUint64(ptr + 40, st.atimeNs, true);
        v.setBigUint64(ptr + 48, st.mtimeNs, true);
        v.setBigUint64(ptr + 56, st.ctimeNs, true);
      }
      const impl = {
        args_sizes_get: (countPtr, sizePtr) => writeSizes(argBytes, countPtr, sizePtr),
        args_get: (ptrs, buf) => writeList(argBytes, ptrs, buf),
        environ_sizes_get: (countPtr, sizePtr) => writeSizes(envBytes, countPtr, sizePtr),
        environ_get: (ptrs, buf) => writeList(envBytes, ptrs, buf),
        clock_time_get(id, _precision, outPtr) {
          const ns = id === clock.REALTIME ? realtimeNs() : process.hrtime.bigint();
          mem().setBigUint64(outPtr, ns, true);
        },
        random_get: (ptr, len) => fillRandom(u8().subarray(ptr, ptr + len)),
        fd_read(fd, iovsPtr, iovsLen, nreadPtr) {
          let total = 0;
          for (const [ptr, len] of iovecs(iovsPtr, iovsLen)) {
            const n = fds.read(fd, u8().subarray(ptr, ptr + len));
            total += n;
            if (n < len) break;
          }
          mem().setUint32(nreadPtr, total, true);
        },
        fd_write(fd, iovsPtr, iovsLen, nwrittenPtr) {
          let total = 0;
          for (const [ptr, len] of iovecs(iovsPtr, iovsLen)) {
            if (len > 0) total += fds.write(fd, u8().slice(ptr, ptr + len));
          }
          mem().setUint32(nwrittenPtr, total, true);
        },
        fd_seek(fd, offset, how, outPtr) {
          mem().setBigUint64(outPtr, BigInt(fds.seek(fd, Number(offset), how)), true);
        },
        fd_close: (fd) => fds.close(fd),
        fd_sync(fd) {
          const entry = fds.get(fd);
          if (entry.kind === "file") fs.fsyncSync(entry.hostFd);
        },
        // os.fstat: a file's or directory's own stat, as path_filestat_get
        // gives it; a standard stream is a terminal (character device) or
        // nothing known, with every other field 0 (the native engine's too).
        fd_filestat_get(fd, ptr) {
          const entry = fds.get(fd);
          if (entry.kind === "stdio") {
            u8().fill(0, ptr, ptr + 64);
            mem().setUint8(ptr + 16, fds.fdKind(fd).filetype);
            return;
          }
          const big = { bigint: true };
          writeFilestat(ptr, entry.kind === "file" ? fs.fstatSync(entry.hostFd, big) : fs.statSync(fds.dirHostPath(entry), big));
        },
        // os.ftruncate. Only a file opened for writing can be resized (the
        // host's descriptor says so), and a file in a read-only mount never is.
        fd_filestat_set_size(fd, size) {
          const entry = fds.get(fd);
          if (entry.kind !== "file") throw new WasiError(errno.INVAL);
          fs.ftruncateSync(entry.hostFd, Number(size));
        },
        fd_fdstat_get(fd, ptr) {
          const kind = fds.fdKind(fd);
          const v = mem();
          v.setUint8(ptr, kind.filetype);
          v.setUint16(ptr + 2, kind.append ? 1 : 0, true);
          const base = kind.seekable ? ALL_RIGHTS : ALL_RIGHTS & ~(rights.FD_SEEK | rights.FD_TELL);
          v.setBigUint64(ptr + 8, base, true);
          v.setBigUint64(ptr + 16, ALL_RIGHTS, true);
        },
        fd_prestat_get(fd, ptr) {
          const entry = fds.entries.get(fd);
          if (!entry || !entry.preopen) throw new WasiError(errno.BADF);
          mem().setUint8(ptr, 0);
          mem().setUint32(ptr + 4, encoder.encode(entry.mount.guest).length, true);
        },
        fd_prestat_dir_name(fd, ptr, len) {
          const entry = fds.entries.get(fd);
          if (!entry || !entry.preopen) throw new WasiError(errno.BADF);
          u8().set(encoder.encode(entry.mount.guest).subarray(0, len), ptr);
        },
        // Entries from index `cookie` on, each a 24-byte dirent and its name; a
        // truncated last entry tells the guest to call again with a bigger buffer.
        fd_readdir(fd, buf, bufLen, cookie, usedPtr) {
          const list = fds.list(fd, BigInt(cookie));
          let used = 0;
          for (let i = Number(cookie); i < list.length && used < bufLen; i++) {
            const name = encoder.encode(list[i].name);
            const entry = new Uint8Array(24 + name.length);
            const v = new DataView(entry.buffer);
            v.setBigUint64(0, BigInt(i + 1), true);
            v.setBigUint64(8, BigInt(i + 1), true);
            v.setUint32(16, name.length, true);
            v.setUint8(20, list[i].type);
            entry.set(name, 24);
            const n = Math.min(entry.length, bufLen - used);
            u8().set(entry.subarray(0, n), buf + used);
            used += n;
          }
          mem().setUint32(usedPtr, used, true);
        },
        path_open(dirFd, lookup, pathPtr, pathLen, oflag, rightsBase, _inheriting, fdflag, fdPtr) {
          const fd = fds.open(dirFd, str(pathPtr, pathLen), {
            follow: Boolean(lookup & lookupflags.SYMLINK_FOLLOW),
            oflag,
            rightsBase,
            fdflag
          });
          mem().setUint32(fdPtr, fd, true);
        },
        path_filestat_get(dirFd, lookup, pathPtr, pathLen, ptr) {
          const follow = Boolean(lookup & lookupflags.SYMLINK_FOLLOW);
          const { hostPath } = fds.resolveAt(dirFd, str(pathPtr, pathLen), { followFinal: follow });
          const how = { throwIfNoEntry: false, bigint: true };
          const st = follow ? fs.statSync(hostPath, how) : fs.lstatSync(hostPath, how);
          if (!st) throw new WasiError(errno.NOENT);
          writeFilestat(ptr, st);
        },
        path_filestat_set_times(dirFd, lookup, pathPtr, pathLen, atim, mtim, flags) {
          if (!(lookup & lookupflags.SYMLINK_FOLLOW)) throw new WasiError(errno.NOTSUP);
          const { mount, hostPath } = fds.resolveAt(dirFd, str(pathPtr, pathLen), { followFinal: true });
          fds.writable(mount);
          const now = Date.now() / 1e3;
          const st = fs.statSync(hostPath, { bigint: true });
          const pick = (nowFlag, setFlag, ns, currentNs) => {
            if (flags & nowFlag) return now;
            return utimesSeconds(flags & setFlag ? ns : currentNs);
          };
          const atime = pick(fstflags.ATIM_NOW, fstflags.ATIM, atim, st.atimeNs);
          const mtime = pick(fstflags.MTIM_NOW, fstflags.MTIM, mtim, st.mtimeNs);
          fs.utimesSync(hostPath, atime, mtime);
        },
        path_create_directory(dirFd, pathPtr, pathLen) {
          const { mount, hostPath } = fds.resolveAt(dirFd, str(pathPtr, pathLen), { followFinal: false });
          fds.writable(mount);
          fs.mkdirSync(hostPath);
        },
        path_remove_directory(dirFd, pathPtr, pathLen) {
          const { mount, hostPath, relative } = fds.resolveAt(dirFd, str(pathPtr, pathLen), { followFinal: false });
          if (relative === "") throw new WasiError(errno.BUSY);
          fds.writable(mount);
          fs.rmdirSync(hostPath);
        },
        path_unlink_file(dirFd, pathPtr, pathLen) {
          const { mount, hostPath } = fds.resolveAt(dirFd, str(pathPtr, pathLen), { followFinal: false });
          fds.writable(mount);
          if (fs.lstatSync(hostPath).isDirectory()) throw new WasiError(errno.ISDIR);
          fs.unlinkSync(hostPath);
        },
        path_rename(oldFd, oldPtr, oldLen, newFd, newPtr, newLen) {
          const from = fds.resolveAt(oldFd, str(oldPtr, oldLen), { followFinal: false });
          const to = fds.resolveAt(newFd, str(newPtr, newLen), { followFinal: false });
          fds.writable(from.mount);
          fds.writable(to.mount);
          if (from.mount !== to.mount) throw new WasiError(errno.XDEV);
          fs.renameSync(from.hostPath, to.hostPath);
        },
        // Only clock subscriptions are used (sleeping): block this thread until
        // the earliest deadline, then report every clock event as fired.
        poll_oneoff(inPtr, outPtr, count, neventsPtr) {
          const v = mem();
          let waitNs = null;
          for (let i = 0; i < count; i++) {
            const sub = inPtr + 48 * i;
            if (v.getUint8(sub + 8) !== 0) throw new WasiError(errno.NOTSUP);
            let timeout = v.getBigUint64(sub + 24, true);
            if (v.getUint16(sub + 40, true) & 1) {
              const id = v.getUint32(sub + 16, true);
              const now = id === clock.REALTIME ? realtimeNs() : process.hrtime.bigint();
              timeout = timeout > now ? timeout - now : 0n;
            }
            if (waitNs === null || timeout < waitNs) waitNs = timeout;
          }
          if (waitNs !== null && waitNs > 0n) Atomics.wait(sleeper, 0, 0, Number(waitNs) / 1e6);
          for (let i = 0; i < count; i++) {
            const sub = inPtr + 48 * i;
            const ev = outPtr + 32 * i;
            v.setBigUint64(ev, v.getBigUint64(sub, true), true);
            v.setUint16(ev + 8, 0, true);
            v.setUint8(ev + 10, 0);
          }
          v.setUint32(neventsPtr, count, true);
        },
        proc_exit(code) {
          throw new ProcExit(code);
        }
      };
      return returningErrno(impl);
    }
    function createFsImports({ getMemory, fds }) {
      const str = (ptr, len) => decoder.decode(new Uint8Array(getMemory().buffer, ptr, len));
      return returningErrno({
        // os.chmod: a change, so only in a writable mount; a final symlink is
        // followed (Linux has no permission bits of a link's own).
        path_permissions_set(dirFd, _lookup, pathPtr, pathLen, mode) {
          const { mount, hostPath } = fds.resolveAt(dirFd, str(pathPtr, pathLen), { followFinal: true });
          fds.writable(mount);
          fs.chmodSync(hostPath, mode & 4095);
        }
      });
    }
    function returningErrno(impl) {
      const wrapped = {};
      for (const [name, fn] of Object.entries(impl)) {
        wrapped[name] = (...a) => {
          try {
            fn(...a);
            return errno.SUCCESS;
          } catch (err) {
            if (err instanceof ProcExit) throw err;
            return errnoOf(err);
          }
        };
      }
      return wrapped;
    }
    module2.exports = { createWasiImports, createFsImports, ProcExit, oflags };
  }
});

// npm/pywasm/lib/wasm/host-imports.js
var require_host_imports = __commonJS({
  "npm/pywasm/lib/wasm/host-imports.js"(exports2, module2) {
    "use strict";
    var encoder = new TextEncoder();
    var decoder = new TextDecoder();
    function createHostImports({ getMemory, hostCall, poll }) {
      let pending = new Uint8Array(0);
      const respond = (response) => {
        let text;
        try {
          text = typeof response === "string" ? response : JSON.stringify(response);
        } catch (err) {
          text = JSON.stringify({ error: { type: "HostCallError", message: `host handler result is not JSON: ${err.message}` } });
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
            return respond({ error: { type: "HostCallError", message: `malformed host call: ${err.message}` } });
          }
          return respond(hostCall(request));
        },
        host_result(ptr, len) {
          const n = Math.min(len, pending.length);
          new Uint8Array(getMemory().buffer, ptr, n).set(pending.subarray(0, n));
          pending = new Uint8Array(0);
          return n;
        },
        poll: () => poll()
      };
    }
    module2.exports = { createHostImports };
  }
});

// npm/pywasm/lib/errors.js
var require_errors2 = __commonJS({
  "npm/pywasm/lib/errors.js"(exports2, module2) {
    "use strict";
    var PywasmError = class extends Error {
      constructor(code, message) {
        super(message);
        this.name = "PywasmError";
        this.code = code;
      }
    };
    var OptionError = class extends PywasmError {
      constructor(option, message) {
        super("PYWASM_BAD_OPTION", `${option}: ${message}`);
        this.name = "OptionError";
        this.option = option;
      }
    };
    var PythonError = class extends PywasmError {
      constructor({ type, message, traceback, file, line }) {
        super("PYWASM_PYTHON_ERROR", message ? `${type}: ${message}` : type);
        this.name = "PythonError";
        this.type = type;
        this.pythonMessage = message;
        this.traceback = traceback;
        if (file !== void 0) this.file = file;
        if (line !== void 0) this.line = line;
      }
    };
    var LimitError = class extends PywasmError {
      constructor(code, limit, message) {
        super(code, message);
        this.name = "LimitError";
        this.limit = limit;
      }
    };
    var TimeoutError = class extends LimitError {
      constructor(message) {
        super("PYWASM_TIMEOUT", "timeoutMs", message);
        this.name = "TimeoutError";
      }
    };
    var AbortError = class extends PywasmError {
      constructor(message, cause) {
        super("PYWASM_ABORTED", message);
        this.name = "AbortError";
        if (cause !== void 0) this.cause = cause;
      }
    };
    function typedError(err) {
      if (!(err instanceof PywasmError) || err.constructor !== PywasmError) return err;
      let typed;
      if (err.code === "PYWASM_TIMEOUT") typed = new TimeoutError(err.message);
      else if (err.code === "PYWASM_ABORTED") typed = new AbortError(err.message, err.cause);
      else if (err.code === "PYWASM_FUEL_EXHAUSTED") typed = new LimitError(err.code, "fuel", err.message);
      else if (err.code === "PYWASM_MEMORY_LIMIT") typed = new LimitError(err.code, "wasmMemoryBytes", err.message);
      else return err;
      typed.stack = err.stack;
      return typed;
    }
    module2.exports = { PywasmError, OptionError, PythonError, LimitError, TimeoutError, AbortError, typedError };
  }
});

// npm/pywasm/lib/module-args.js
var require_module_args = __commonJS({
  "npm/pywasm/lib/module-args.js"(exports2, module2) {
    "use strict";
    var fs = require("node:fs");
    var { libraryPath, LIBRARY_GUEST } = require_module();
    var { PywasmError } = require_errors2();
    var INTERPRETER_FLAGS = ["-u", "-O", "-OO", "-E", "-I"];
    function moduleArgs(job) {
      const args = ["pywasm"];
      const heap = job.limits && job.limits.memoryBytes;
      if (heap) args.push("-X", `heapsize=${heap}`);
      return args.concat(job.argv);
    }
    function moduleEnv(job) {
      return job.cwd ? { ...job.env, PWD: job.cwd } : { ...job.env };
    }
    function moduleMounts(job) {
      const library = libraryPath();
      if (!fs.existsSync(library)) {
        throw new PywasmError("PYWASM_ENGINE_UNAVAILABLE", `the interpreter's library is missing: ${library} (reinstall pywasm, or run npm run build:wasm in a checkout)`);
      }
      return [...job.mounts || [], { host: library, guest: LIBRARY_GUEST, readOnly: true }];
    }
    module2.exports = { INTERPRETER_FLAGS, moduleArgs, moduleEnv, moduleMounts };
  }
});

// npm/pywasm/lib/wasm/instance.js
var require_instance = __commonJS({
  "npm/pywasm/lib/wasm/instance.js"(exports2, module2) {
    "use strict";
    var { Mount } = require_sandbox();
    var { FdTable } = require_fds();
    var { createWasiImports, createFsImports, ProcExit } = require_imports();
    var { createHostImports } = require_host_imports();
    var { PywasmError, TimeoutError } = require_errors2();
    var { moduleArgs, moduleEnv } = require_module_args();
    var Deadline = class extends Error {
    };
    function runInstance(module3, job, io) {
      const mounts = job.mounts.map((m) => new Mount(m));
      const fds = new FdTable(mounts, { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr });
      let memory = null;
      const getMemory = () => memory;
      const timeoutMs = job.limits && job.limits.timeoutMs;
      const deadline = timeoutMs ? Date.now() + timeoutMs : null;
      const poll = () => {
        if (deadline !== null && Date.now() > deadline) throw new Deadline();
        return io.interrupted && io.interrupted() ? 1 : 0;
      };
      const imports = {
        wasi_snapshot_preview1: createWasiImports({ getMemory, fds, args: moduleArgs(job), env: moduleEnv(job) }),
        pywasm_fs: createFsImports({ getMemory, fds }),
        pywasm: createHostImports({ getMemory, hostCall: io.hostCall, poll })
      };
      const instance = new WebAssembly.Instance(module3, imports);
      memory = instance.exports.memory;
      try {
        instance.exports._start();
        return 0;
      } catch (err) {
        if (err instanceof ProcExit) return err.code;
        if (err instanceof Deadline) flushStopped(instance);
        throw engineError(err, timeoutMs);
      } finally {
        fds.closeAll();
      }
    }
    function flushStopped(instance) {
      const flush = instance.exports.pywasm_flush_stdout;
      if (typeof flush !== "function") return;
      try {
        flush();
      } catch {
      }
    }
    function engineError(err, timeoutMs) {
      if (err instanceof Deadline) return timeoutError(timeoutMs);
      if (err instanceof RangeError && /call stack/i.test(err.message)) {
        return new PywasmError("PYWASM_STACK_EXHAUSTED", "RecursionError: maximum recursion depth exceeded (the engine ran out of native stack)");
      }
      if (err instanceof WebAssembly.RuntimeError) {
        return new PywasmError("PYWASM_CRASHED", `the interpreter stopped with an engine error: ${err.message}`);
      }
      return err;
    }
    function timeoutError(timeoutMs) {
      return new TimeoutError(`the script ran longer than its time limit (${timeoutMs / 1e3} s) and was stopped`);
    }
    module2.exports = { runInstance, timeoutError };
  }
});

// npm/pywasm/lib/host-calls.js
var require_host_calls = __commonJS({
  "npm/pywasm/lib/host-calls.js"(exports2, module2) {
    "use strict";
    function handlerFor(handlers, name) {
      return handlers && Object.prototype.hasOwnProperty.call(handlers, name) && typeof handlers[name] === "function" ? handlers[name] : null;
    }
    function missing(name) {
      return { error: { type: "HostCallError", message: `no host handler for '${name}'` } };
    }
    function failure(err) {
      return { error: { type: err && err.name || "Error", message: String(err && err.message !== void 0 ? err.message : err) } };
    }
    function success(value) {
      return { ok: value === void 0 ? null : value };
    }
    function serveSync(handlers, request) {
      const handler = handlerFor(handlers, request.call);
      if (!handler) return missing(request.call);
      try {
        const value = handler(request.args);
        if (value && typeof value.then === "function") {
          return { error: { type: "HostCallError", message: `host handler '${request.call}' returned a Promise; use run() rather than runSync() for async handlers` } };
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
    module2.exports = { serveSync, serveAsync };
  }
});

// npm/pywasm/lib/wasm/worker-host.js
var require_worker_host = __commonJS({
  "npm/pywasm/lib/wasm/worker-host.js"(exports2, module2) {
    "use strict";
    var path = require("node:path");
    var { Worker, MessageChannel, receiveMessageOnPort } = require("node:worker_threads");
    var { interpreterModule } = require_module();
    var { serveAsync } = require_host_calls();
    var { moduleMounts } = require_module_args();
    var { timeoutError } = require_instance();
    var { PywasmError, AbortError, typedError } = require_errors2();
    var WORKER_SCRIPT = path.join(__dirname, path.basename(__dirname) === "wasm" ? "" : "wasm", "worker.js");
    var STACK_SIZE_MB = 64;
    function stdinForWorker(stdin) {
      if (stdin === null || stdin === void 0) return { transfer: [], data: {} };
      if (stdin instanceof Uint8Array) return { transfer: [], data: { bytes: stdin } };
      if (typeof stdin === "object" && Number.isInteger(stdin.fd)) return { transfer: [], data: { fd: stdin.fd } };
      if (stdin && typeof stdin[Symbol.asyncIterator] === "function") return { transfer: [], data: { pull: true }, iterator: stdin[Symbol.asyncIterator]() };
      throw new TypeError("stdin: expected null, a Uint8Array, { fd } or an async iterable");
    }
    function runInWorker(job) {
      return new Promise((resolve, reject) => {
        const signal = job.signal;
        if (signal && signal.aborted) {
          reject(abortError(signal));
          return;
        }
        const input = stdinForWorker(job.stdin);
        const { port1, port2 } = new MessageChannel();
        const ctrl = new SharedArrayBuffer(4);
        const flag = new Int32Array(ctrl);
        const plain = { argv: job.argv, env: job.env, mounts: moduleMounts(job), cwd: job.cwd, limits: job.limits || {}, tty: job.tty || {} };
        const worker = new Worker(WORKER_SCRIPT, {
          workerData: { wasmModule: interpreterModule(), job: plain, stdin: input.data, port: port2, ctrl, interrupt: job.interrupt || null },
          transferList: [port2],
          resourceLimits: { stackSizeMb: STACK_SIZE_MB },
          env: {},
          // the guest's environment is job.env, never this process's
          stdout: false,
          stderr: false
        });
        let settled = false;
        let timer = null;
        const finish = (err, value) => {
          if (settled) return;
          settled = true;
          if (timer) clearTimeout(timer);
          if (signal) signal.removeEventListener("abort", onAbort);
          port1.close();
          worker.terminate();
          if (err) reject(err);
          else resolve(value);
        };
        const onAbort = () => finish(abortError(signal));
        if (signal) signal.addEventListener("abort", onAbort, { once: true });
        const timeoutMs = job.limits && job.limits.timeoutMs;
        if (timeoutMs) timer = setTimeout(() => finish(timeoutError(timeoutMs)), timeoutMs);
        const hold = (on) => {
          if (settled) return;
          if (on) {
            worker.ref();
            port1.ref();
          } else {
            worker.unref();
            port1.unref();
          }
        };
        const answer = (message) => {
          if (settled) return;
          port1.postMessage(message);
          Atomics.store(flag, 0, 1);
          Atomics.notify(flag, 0);
        };
        const onMessage = (msg) => {
          switch (msg.t) {
            case "out": {
              const callback = msg.fd === 1 ? job.onStdout : job.onStderr;
              try {
                if (callback) callback(msg.bytes);
              } catch (err) {
                finish(err);
              }
              break;
            }
            case "call":
              hold(false);
              serveAsync(job.hostHandlers, msg.request).then((response) => {
                hold(true);
                answer({ text: responseText(response) });
              });
              break;
            case "drain":
              Promise.resolve(job.whenDrained ? job.whenDrained() : void 0).then(() => answer({}), (err) => finish(err));
              break;
            case "read":
              nextChunk(input.iterator).then((bytes) => answer({ bytes }), (err) => finish(err));
              break;
            case "done":
              finish(null, { exitCode: msg.exitCode });
              break;
            case "fail":
              finish(typedError(new PywasmError(msg.code, msg.message)));
              break;
            default:
              break;
          }
        };
        port1.on("message", onMessage);
        worker.on("error", (err) => finish(new PywasmError("PYWASM_CRASHED", `the engine's worker failed: ${err.message}`)));
        worker.on("exit", (code) => {
          for (let m; !settled && (m = receiveMessageOnPort(port1)); ) onMessage(m.message);
          finish(new PywasmError("PYWASM_CRASHED", `the engine's worker exited unexpectedly (code ${code})`));
        });
      });
    }
    function responseText(response) {
      try {
        return JSON.stringify(response);
      } catch (err) {
        return JSON.stringify({ error: { type: "HostCallError", message: `host handler result is not JSON: ${err.message}` } });
      }
    }
    async function nextChunk(iterator) {
      for (; ; ) {
        const { value, done } = await iterator.next();
        if (done) return new Uint8Array(0);
        const bytes = typeof value === "string" ? Buffer.from(value, "utf8") : value;
        if (bytes.length > 0) return bytes;
      }
    }
    function abortError(signal) {
      return new AbortError("the run was aborted", signal.reason);
    }
    module2.exports = { runInWorker };
  }
});

// npm/pywasm/lib/engine-wasm.js
var require_engine_wasm = __commonJS({
  "npm/pywasm/lib/engine-wasm.js"(exports2, module2) {
    "use strict";
    var { runInstance } = require_instance();
    var { interpreterModule } = require_module();
    var { stdinReader, callbackWriter } = require_streams();
    var { serveSync } = require_host_calls();
    var { moduleMounts } = require_module_args();
    function runSync(job) {
      const tty = job.tty || {};
      const handlers = job.hostHandlers || {};
      const exitCode = runInstance(interpreterModule(), { ...job, mounts: moduleMounts(job) }, {
        stdin: stdinReader(job.stdin, tty.stdin),
        stdout: callbackWriter(job.onStdout, Boolean(tty.stdout)),
        stderr: callbackWriter(job.onStderr, Boolean(tty.stderr)),
        hostCall: (request) => serveSync(handlers, request),
        interrupted: job.interrupt ? () => Atomics.exchange(job.interrupt, 0, 0) !== 0 : null
      });
      return { exitCode };
    }
    function run(job) {
      return require_worker_host().runInWorker(job);
    }
    module2.exports = { name: "wasm", runSync, run };
  }
});

// npm/pywasm/lib/action/index.js
var require_index = __commonJS({
  "npm/pywasm/lib/action/index.js"(exports2, module2) {
    "use strict";
    var fs = require("node:fs");
    var path = require("node:path");
    var { readInputs, InputError } = require_inputs();
    var { planMounts } = require_mounts();
    var { command } = require_commands();
    var pause = new Int32Array(new SharedArrayBuffer(4));
    function writeAll(fd, chunk) {
      const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      for (let offset = 0; offset < bytes.length; ) {
        try {
          offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
        } catch (err) {
          if (err.code !== "EAGAIN") throw err;
          Atomics.wait(pause, 0, 0, 1);
        }
      }
    }
    function resolveScript(inputs, workingDirectory) {
      if (inputs.inline) return { mode: "inline", name: "<script>", scriptPath: null };
      const scriptPath = path.resolve(workingDirectory, inputs.scriptFile);
      return { mode: "file", name: scriptPath, scriptPath };
    }
    function prepareAction2({ env, cwd, io = {} }) {
      io = { log: (text) => writeAll(1, Buffer.from(text)), ...io };
      let inputs;
      try {
        inputs = readInputs(env);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        io.log(command("error", { title: "pywasm action" }, err.message));
        return { exitCode: 1 };
      }
      if (inputs.githubToken) io.log(command("add-mask", null, inputs.githubToken));
      const workspace = env.GITHUB_WORKSPACE || cwd;
      const workingDirectory = path.resolve(workspace, inputs.workingDirectory || ".");
      const script = resolveScript(inputs, workingDirectory);
      if (script.scriptPath && !fs.existsSync(script.scriptPath)) {
        io.log(command("error", { title: "pywasm action" }, `script-file '${inputs.scriptFile}' not found (looked for ${script.scriptPath})`));
        return { exitCode: 1 };
      }
      const mounts = planMounts({ env: { ...env, GITHUB_WORKSPACE: workspace }, workingDirectory, scriptPath: script.scriptPath });
      const guestEnv = { ...env, PWD: workingDirectory };
      if (!env.GITHUB_WORKSPACE) guestEnv.GITHUB_WORKSPACE = workspace;
      if (inputs.debug) guestEnv.RUNNER_DEBUG = "1";
      const argv = ["-m", "_pywasm_action", script.mode, script.name, ...inputs.args];
      const job = {
        argv,
        env: guestEnv,
        mounts,
        cwd: workingDirectory,
        stdin: null,
        onStdout: io.onStdout || ((chunk) => writeAll(1, chunk)),
        onStderr: io.onStderr || ((chunk) => writeAll(2, chunk)),
        // The network is on: the GitHub API (actions.github) and the OIDC
        // token service (get_id_token) are what a workflow's scripts talk to.
        // So are processes (subprocess, actions.exec): a step's job is running
        // the repository's tools, and a `run:` step could run them anyway.
        // A child shows its output on the step's own fds (live, in order with
        // the script's), unless the caller takes the output itself.
        hostHandlers: {
          ...require_handlers().netHandlers({ sync: true }),
          ...require_handlers2().processHandlers({
            sync: true,
            mounts,
            stdout: io.onStdout ? { write: io.onStdout } : { fd: 1 },
            stderr: io.onStderr ? { write: io.onStderr } : { fd: 2 },
            stdinFd: null,
            deadlineMs: null
          }).handlers
        },
        limits: {}
      };
      if (inputs.debug) {
        io.log("::group::pywasm\n");
        io.log(`working directory: ${workingDirectory}
`);
        for (const m of mounts) io.log(`mount: ${m.host}${m.readOnly ? " (read-only)" : ""}
`);
        io.log(`argv: ${JSON.stringify(argv.slice(2))}
::endgroup::
`);
      }
      require_engine_wasm();
      return { job, io };
    }
    function runPrepared2({ job, io }) {
      const { PywasmError } = require_errors2();
      try {
        return require_engine_wasm().runSync(job).exitCode;
      } catch (err) {
        if (!(err instanceof PywasmError)) throw err;
        io.log(command("error", { title: "pywasm" }, err.message));
        return 1;
      }
    }
    function runAction(options) {
      const prepared = prepareAction2(options);
      return prepared.job ? runPrepared2(prepared) : prepared.exitCode;
    }
    module2.exports = { runAction, prepareAction: prepareAction2, runPrepared: runPrepared2 };
  }
});

// npm/pywasm/lib/action/main.js
require_v8_tuning().tuneForOneShortRun();
var compiled = require_module().compileInterpreter().catch(() => {
});
var { prepareAction, runPrepared } = require_index();
(async () => {
  const prepared = prepareAction({ env: process.env, cwd: process.cwd() });
  if (!prepared.job) {
    process.exitCode = prepared.exitCode;
    return;
  }
  await compiled;
  process.exitCode = runPrepared(prepared);
})();
module.exports = { withStartupFlags: require_v8_tuning().withStartupFlags };
})
