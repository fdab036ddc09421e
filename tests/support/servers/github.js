'use strict';
// A small fake of the GitHub REST and GraphQL API for the actions.github
// tests and the example workflow. options.token is the only token it
// accepts (default: the action harness's). Issues: 23 in octo/repo, every
// third labelled "bug"; listings paginate with Link headers as GitHub's do.
const TOKEN = 'ghs_harnessToken0123456789';
const DOCS = 'https://docs.github.com/rest';

const ISSUES = Array.from({ length: 23 }, (_, i) => ({
  number: i + 1,
  title: `Issue number ${i + 1}${i === 4 ? ' | with a pipe' : ''}`,
  state: i % 5 === 4 ? 'closed' : 'open',
  user: { login: i % 2 ? 'hubot' : 'mona' },
  labels: i % 3 === 0 ? [{ name: 'bug' }] : [{ name: 'docs' }],
  created_at: `2026-11-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`,
  html_url: `https://github.com/octo/repo/issues/${i + 1}`,
}));

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

// One page of `items` with GitHub's Link header (next, last; prev, first).
function page(req, url, items) {
  const perPage = Math.min(Number(url.searchParams.get('per_page') || 30), 100);
  const number = Number(url.searchParams.get('page') || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n) => {
    const u = new URL(url.pathname + url.search, `http://${req.headers.host}`);
    u.searchParams.set('page', String(n));
    return u.href;
  };
  const rels = [];
  if (number < last) rels.push(`<${link(number + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
  if (number > 1) rels.push(`<${link(number - 1)}>; rel="prev"`, `<${link(1)}>; rel="first"`);
  return { items: items.slice((number - 1) * perPage, number * perPage), headers: rels.length ? { Link: rels.join(', ') } : {} };
}

function issues(url) {
  const state = url.searchParams.get('state') || 'open';
  const labels = (url.searchParams.get('labels') || '').split(',').filter(Boolean);
  return ISSUES.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.some((x) => x.name === l)));
}

function graphql(res, body) {
  const { query, variables } = JSON.parse(body.toString() || '{}');
  if (/broken/.test(query)) return send(res, 200, { data: null, errors: [{ message: "Field 'broken' doesn't exist on type 'Query'" }, { message: 'second problem' }] });
  if (/viewer/.test(query)) return send(res, 200, { data: { viewer: { login: 'octocat' } } });
  return send(res, 200, { data: { echo: variables === undefined ? null : variables } });
}

module.exports = (req, res, body, options = {}) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (req.headers.authorization !== `Bearer ${options.token || TOKEN}`) {
    return send(res, 401, { message: 'Bad credentials', documentation_url: DOCS });
  }
  const p = url.pathname.replace(/^\/api\/v3(?=\/)/, '').replace(/^\/api(?=\/graphql$)/, '');
  let m;
  if (p.endsWith('/request-echo')) {
    // What arrived: for checking headers, query strings and JSON bodies.
    return send(res, 200, { method: req.method, path: url.pathname, query: url.search, headers: req.headers, body: body.toString() });
  }
  if (p === '/graphql' && req.method === 'POST') return graphql(res, body);
  if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues$/.exec(p)) && req.method === 'GET') {
    if (m[1] !== 'octo' || m[2] !== 'repo') return send(res, 404, { message: 'Not Found', documentation_url: DOCS });
    const { items, headers } = page(req, url, issues(url));
    return send(res, 200, items, headers);
  }
  if (p === '/search/issues') {
    const q = url.searchParams.get('q') || '';
    const found = ISSUES.filter((i) => (!/label:bug/.test(q) || i.labels.some((l) => l.name === 'bug')));
    const { items, headers } = page(req, url, found);
    return send(res, 200, { total_count: found.length, incomplete_results: false, items }, headers);
  }
  if ((m = /^\/repos\/octo\/repo\/issues\/(\d+)\/comments$/.exec(p)) && req.method === 'POST') {
    const sent = JSON.parse(body.toString() || '{}');
    return send(res, 201, { id: 1000 + Number(m[1]), body: sent.body, issue: Number(m[1]) });
  }
  if (p === '/repos/octo/repo/labels' && req.method === 'POST') {
    return send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'missing_field', field: 'name' }], documentation_url: DOCS });
  }
  if (p === '/no-content') {
    res.writeHead(204);
    return res.end();
  }
  return send(res, 404, { message: 'Not Found', documentation_url: DOCS });
};
