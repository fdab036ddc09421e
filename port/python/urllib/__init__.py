"""urllib: parse (URLs and query strings), request (urlopen over the host's HTTP:
pywasm --allow-net / allowNet), error, and the response types they use."""
