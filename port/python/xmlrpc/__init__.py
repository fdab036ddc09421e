# XML-RPC client (xmlrpc.client) and server dispatchers (xmlrpc.server).
