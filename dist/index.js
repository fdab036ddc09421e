// Built by scripts/build-action.js from npm/pywasm/lib/action/entry.js; do not edit.
"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// npm/pywasm/lib/code-cache.js
var require_code_cache = __commonJS({
  "npm/pywasm/lib/code-cache.js"(exports2, module2) {
    "use strict";
    var fs = require("node:fs");
    var path = require("node:path");
    var vm = require("node:vm");
    var { createRequire } = require("node:module");
    var MAGIC = "pywasm-v8-cache-1\n";
    function defaultDir() {
      const env = (k) => process.env[k] || null;
      let base;
      if (process.platform === "win32") base = env("LOCALAPPDATA");
      else if (process.platform === "darwin") base = env("HOME") && path.join(env("HOME"), "Library", "Caches");
      else base = env("XDG_CACHE_HOME") || env("HOME") && path.join(env("HOME"), ".cache");
      return base ? path.join(base, "pywasm", "js") : null;
    }
    function cacheDir({ create }) {
      if (["0", "off", "false", "no"].includes(process.env.PYWASM_CACHE)) return null;
      const dir = process.env.PYWASM_CACHE_DIR || defaultDir();
      if (!dir) return null;
      const uid = typeof process.getuid === "function" ? process.getuid() : null;
      try {
        if (create) fs.mkdirSync(dir, { recursive: true, mode: 448 });
        const st = fs.lstatSync(dir);
        if (!st.isDirectory()) return null;
        if (uid !== null && (st.uid !== uid || (st.mode & 18) !== 0)) return null;
        return dir;
      } catch {
        return null;
      }
    }
    function readCache(file, source) {
      let data;
      try {
        data = fs.readFileSync(file);
      } catch {
        return void 0;
      }
      const head = MAGIC.length + 4;
      if (data.length < head || data.toString("latin1", 0, MAGIC.length) !== MAGIC) return void 0;
      const sourceEnd = head + data.readUInt32LE(MAGIC.length);
      if (sourceEnd > data.length || !source.equals(data.subarray(head, sourceEnd))) return void 0;
      return data.subarray(sourceEnd);
    }
    var STALE_MS = 30 * 24 * 3600 * 1e3;
    function pruneOthers(file, prefix) {
      const dir = path.dirname(file);
      const now = Date.now();
      try {
        for (const name of fs.readdirSync(dir)) {
          const other = path.join(dir, name);
          if (!name.startsWith(prefix) || other === file) continue;
          if (now - fs.statSync(other).mtimeMs > STALE_MS) fs.rmSync(other, { force: true });
        }
      } catch {
      }
    }
    function writeCache(file, source, code, prefix) {
      const length = Buffer.alloc(4);
      length.writeUInt32LE(source.length);
      const partial = `${file}.${process.pid}`;
      try {
        fs.writeFileSync(partial, Buffer.concat([Buffer.from(MAGIC, "latin1"), length, source, code]), { mode: 384 });
        fs.renameSync(partial, file);
        pruneOthers(file, prefix);
      } catch {
        try {
          fs.rmSync(partial, { force: true });
        } catch {
        }
      }
    }
    function requireCached(file) {
      const source = fs.readFileSync(file);
      const name = `${path.basename(file)}-${process.version}-${process.arch}-${source.length}`;
      const dir = cacheDir({ create: false });
      const cachedData = dir ? readCache(path.join(dir, name), source) : void 0;
      const script = new vm.Script(source.toString("utf8"), { filename: file, cachedData });
      const module3 = { exports: {}, filename: file, id: file, loaded: false };
      script.runInThisContext()(module3.exports, createRequire(file), module3, file, path.dirname(file));
      module3.loaded = true;
      if ((!cachedData || script.cachedDataRejected) && process.execArgv.length === 0) {
        process.once("exit", () => {
          const where = cacheDir({ create: true });
          if (!where) return;
          const withStartupFlags = module3.exports.withStartupFlags || ((fn) => fn());
          let code;
          try {
            code = withStartupFlags(() => script.createCachedData());
          } catch {
            return;
          }
          writeCache(path.join(where, name), source, code, `${path.basename(file)}-`);
        });
      }
      return module3.exports;
    }
    module2.exports = { requireCached };
  }
});

// npm/pywasm/lib/action/entry.js
require_code_cache().requireCached(require("node:path").join(__dirname, "action.js"));
