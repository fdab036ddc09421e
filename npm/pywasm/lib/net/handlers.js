'use strict';
// The network capability: host handlers that let the guest make HTTP
// requests (urllib.request, actions.github, actions.core.get_id_token).
// Off unless the embedder asks (the CLI's --allow-net, the library's
// allowNet, always in the action); without them the guest's call finds no
// handler and urllib raises URLError saying how to turn network access on.
//
// Each handler is loaded on its first call, so allowing the network costs a
// run that does not use it nothing.
function netHandlers({ sync }) {
  return {
    'http.request': sync
      ? (args) => require('./http-sync').httpRequestSync(args)
      : (args) => require('./http-request').httpRequest(args),
  };
}

module.exports = { netHandlers };
