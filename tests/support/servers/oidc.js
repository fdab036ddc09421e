'use strict';
// A stand-in for the runner's OIDC token service (ACTIONS_ID_TOKEN_REQUEST_URL).
// options.requestToken is the bearer token it expects. Paths choose the
// answer: /token gives a token naming the audience; the others fail in the
// ways getIDToken has to report.
let flaky = 0;

module.exports = (req, res, body, options = {}) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const json = (status, value) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(value === undefined ? '' : JSON.stringify(value));
  };
  if (req.headers.authorization !== `Bearer ${options.requestToken}`) return json(401, { message: 'Unauthorized: bad request token' });
  const audience = url.searchParams.get('audience');
  const token = `eyJ0eXAi.${Buffer.from(audience === null ? 'default' : audience).toString('base64url')}.sig`;
  switch (url.pathname) {
    case '/token': return json(200, { count: 1, value: token });
    case '/flaky': return ++flaky % 3 === 0 ? json(200, { value: token }) : json(503, { message: 'try again' });
    case '/empty': return json(200, {});
    case '/blank-value': return json(200, { value: '' });
    case '/not-json':
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      return res.end('hello');
    case '/error': return json(500, { message: 'Internal trouble' });
    case '/text-error':
      res.writeHead(400, { 'Content-Type': 'text/plain' });
      return res.end('plain failure text');
    case '/blank-error': return json(500);
    case '/redirect':
      // Absolute: @actions/http-client cannot follow a relative Location.
      res.writeHead(302, { Location: `http://${req.headers.host}/token?${url.searchParams}` });
      return res.end();
    default: return json(404, { message: 'Not Found' });
  }
};
