'use strict';
// `${{ ... }}` in workflow files, for what the examples use: property paths
// (steps.x.outputs.y, inputs.x, env.X, github.*, runner.*), string literals,
// fromJSON(...) and `||`. Anything else is an error, so an example cannot
// silently depend on an expression the harness does not understand.

function tokenize(text) {
  const tokens = [];
  const re = /\s*(?:('(?:[^']|'')*')|(\|\||[().\[\]])|([A-Za-z_][A-Za-z0-9_-]*)|(\d+))/y;
  let at = 0;
  while (text.slice(at).trim()) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) throw new Error(`expression not understood: ${text}`);
    at = re.lastIndex;
    if (m[1]) tokens.push({ str: m[1].slice(1, -1).replace(/''/g, "'") });
    else if (m[2]) tokens.push({ op: m[2] });
    else if (m[3]) tokens.push({ id: m[3] });
    else tokens.push({ num: Number(m[4]) });
  }
  return tokens;
}

function evaluate(text, context) {
  const tokens = tokenize(text);
  let i = 0;
  const peek = (op) => tokens[i] && tokens[i].op === op;
  const expect = (op) => { if (!peek(op)) throw new Error(`expected '${op}' in: ${text}`); i++; };
  function primary() {
    const t = tokens[i++];
    if (!t) throw new Error(`unexpected end of: ${text}`);
    if ('str' in t || 'num' in t) return 'str' in t ? t.str : t.num;
    if (t.id === 'fromJSON') { expect('('); const v = or(); expect(')'); return JSON.parse(v); }
    if (t.id === 'true' || t.id === 'false') return t.id === 'true';
    if (!t.id) throw new Error(`unexpected '${t.op}' in: ${text}`);
    return context[t.id];
  }
  function postfix() {
    let v = primary();
    for (;;) {
      if (peek('.')) { i++; const key = tokens[i++].id; v = v == null ? undefined : v[key]; }
      else if (peek('[')) { i++; const key = or(); expect(']'); v = v == null ? undefined : v[key]; }
      else return v;
    }
  }
  function or() {
    let v = postfix();
    while (peek('||')) { i++; const r = postfix(); v = v || r; }
    return v;
  }
  const v = or();
  if (i !== tokens.length) throw new Error(`expression not understood: ${text}`);
  return v;
}

const asString = (v) => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

// Replaces every ${{ }} in `text`.
function substitute(text, context) {
  if (typeof text !== 'string') return text;
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expr) => asString(evaluate(expr, context)));
}

module.exports = { evaluate, substitute };
