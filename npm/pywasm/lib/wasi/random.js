'use strict';
// Random bytes for the guest (random_get): the kernel's CSPRNG, read from
// /dev/urandom 4 KiB at a time, each byte handed out once. node:crypto gives
// the same bytes, but loading it costs a run 8-20 ms, and most runs that ask
// for randomness ask for a few bytes (random's seed, the uuid that delimits
// an action's output). Where the device is missing (Windows), node:crypto.
const fs = require('node:fs');

const POOL_BYTES = 4096;
let pool = null;
let next = POOL_BYTES;
let hasDevice = true;

function fillRandom(target) {
  let filled = 0;
  while (filled < target.length) {
    if (next === POOL_BYTES && !refill()) {
      require('node:crypto').randomFillSync(target, filled);
      return;
    }
    const n = Math.min(POOL_BYTES - next, target.length - filled);
    target.set(pool.subarray(next, next + n), filled);
    next += n;
    filled += n;
  }
}

// A fresh pool from the device; false if there is none. The file is opened
// per refill: a descriptor kept open would outlive the Worker that opened it.
function refill() {
  if (!hasDevice) return false;
  try {
    const fd = fs.openSync('/dev/urandom', 'r');
    try {
      pool = pool || new Uint8Array(POOL_BYTES);
      for (let n = 0; n < POOL_BYTES;) {
        const got = fs.readSync(fd, pool, n, POOL_BYTES - n, null);
        if (got <= 0) throw new Error('/dev/urandom: short read');
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

module.exports = { fillRandom };
