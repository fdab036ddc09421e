"""What a failed GitHub API call raises."""


class RequestError(Exception):
    """The API answered with an error status, or did not answer at all.

    status: the HTTP status (None when no answer came); message: the API's
    own `message` (or why there was no answer); response: the Response, when
    there was one; documentation_url and errors: the API's fields, if any.
    """

    def __init__(self, message, status=None, response=None, method=None, url=None):
        # str(e) and a traceback's last line (MicroPython prints the args,
        # not __str__): "GET https://api.github.com/repos/o/r: 404 Not Found".
        where = "%s %s: " % (method, url) if method else ""
        super().__init__(where + ("%s " % status if status is not None else "") + str(message))
        self.message = message
        self.status = status
        self.response = response
        self.method, self.url = method, url
        data = response.data if response is not None else None
        body = data if isinstance(data, dict) else {}
        self.documentation_url = body.get("documentation_url")
        self.errors = body.get("errors")


class GraphQLError(RequestError):
    """A GraphQL answer that lists errors. `errors` is that list; `data` the
    partial result that came with it (or None)."""

    def __init__(self, errors, data, response, url=None):
        messages = [e.get("message", str(e)) if isinstance(e, dict) else str(e) for e in errors]
        super().__init__("; ".join(messages) or "GraphQL errors", response.status, response, "POST", url)
        self.errors = errors
        self.data = data
