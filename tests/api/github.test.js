'use strict';
// actions.github (the toolkit's GitHub API client) on both engines, through
// the library with allowNet, against a fake API on 127.0.0.1
// (tests/support/servers/github.js).
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { engines, pywasmLibrary } = require('../support/pywasm');
const { startServer, closedPort } = require('../support/http-server');

const py = pywasmLibrary();
const CASES = path.join(__dirname, 'http', 'github_cases.py');
const TOKEN = 'ghs_harnessToken0123456789';

let server;
let refused;
test.before(async () => {
  server = await startServer('github');
  refused = await closedPort();
});
test.after(() => server.close());

const EXPECTED = `token ${TOKEN} True True
-- request
200 Response 5 1 True application/json; charset=utf-8
GET ?q=label%3Abug%20is%3Aopen+x&labels=a%2Cb%20c&flag=true
['application/vnd.github+json', '2022-11-28', 'pywasm-actions-github/1', 'Bearer ${TOKEN}']
POST /repos/a%20b%2Fc/%C3%BC/request-echo {"title": "\\u00fcn\\u00ef", "labels": ["x"]} application/json; charset=utf-8 1 application/vnd.github.raw+json
PUT raw text body text/plain; charset=utf-8 13
201 1007 Thanks!
204 None
-- paginate
7 [1, 4, 7, 13, 16, 19, 22]
23
8 [1, 4, 7, 10, 13, 16, 19, 22]
[7, 7, 5]
-- graphql
{'viewer': {'login': 'octocat'}}
['n', 's'] 3 True
GraphQLError True 200 Field 'broken' doesn't exist on type 'Query'; second problem 2 None
-- errors
404 Not Found https://docs.github.com/rest None 404 GET GET BASE/repos/nobody/x/issues: 404 Not Found
422 Validation Failed https://docs.github.com/rest [{'resource': 'Label', 'code': 'missing_field', 'field': 'name'}] 422 POST POST BASE/repos/octo/repo/labels: 422 Validation Failed
401 Bad credentials {'message': 'Bad credentials', 'documentation_url': 'https://docs.github.com/rest'}
ValueError the route needs the parameter 'repo'
None [Errno 111] Connection refused None GET http://127.0.0.1:PORT/api/v3/x: [Errno 111] Connection refused
https://ghe.example/api/graphql
octo repo
`;

for (const engine of engines()) {
  const options = (more) => ({
    engine,
    allowNet: true,
    argv: [String(refused)],
    env: { GITHUB_API_URL: server.url, 'INPUT_GITHUB-TOKEN': TOKEN, GITHUB_REPOSITORY: 'octo/repo' },
    ...more,
  });

  test(`[${engine}] actions.github: request, paginate, graphql and RequestError`, async () => {
    const r = py.runSync({ file: CASES }, options());
    assert.equal(r.stdout, EXPECTED);
    const again = await py.run({ file: CASES }, options());
    assert.equal(again.stdout, EXPECTED);
  });

  test(`[${engine}] actions.github's token: the github-token input, then GITHUB_TOKEN, else none`, () => {
    const code = 'from actions import github\nprint(github.client().token, github.client(token="t").token)';
    const run = (env) => py.runSync(code, { engine, env }).stdout;
    assert.equal(run({ 'INPUT_GITHUB-TOKEN': 'a', GITHUB_TOKEN: 'b' }), 'a t\n');
    assert.equal(run({ 'INPUT_GITHUB-TOKEN': '', GITHUB_TOKEN: 'b' }), 'b t\n');
    assert.equal(run({}), 'None t\n');
  });
}
