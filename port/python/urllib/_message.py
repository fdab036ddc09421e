"""The headers of an HTTP response, read as CPython's http.client.HTTPMessage
(an email.message.Message) reads them: names compare without regard to
case, a repeated header keeps every value, order is the server's."""


class HTTPMessage:
    def __init__(self, pairs=()):
        self._pairs = [(k, v) for k, v in pairs]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._pairs:
            if k.lower() == name:
                return v
        return failobj

    def __getitem__(self, name):
        return self.get(name)

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._pairs if k.lower() == name]
        return values or failobj

    def __setitem__(self, name, value):
        # As Message: appends, even when the name is already there.
        self._pairs.append((name, value))

    def __delitem__(self, name):
        name = name.lower()
        self._pairs = [(k, v) for k, v in self._pairs if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, _ in self._pairs)

    def __len__(self):
        return len(self._pairs)

    def __iter__(self):
        return iter([k for k, _ in self._pairs])

    def keys(self):
        return [k for k, _ in self._pairs]

    def values(self):
        return [v for _, v in self._pairs]

    def items(self):
        return list(self._pairs)

    def get_content_type(self):
        value = self.get("content-type")
        if not value:
            return "text/plain"
        ctype = value.split(";")[0].strip().lower()
        return ctype if ctype.count("/") == 1 else "text/plain"

    def get_content_charset(self, failobj=None):
        for part in (self.get("content-type") or "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.strip().lower() == "charset":
                return value.strip().strip('"').lower()
        return failobj

    # What urllib3 (assert_header_parsing) and other email.message.Message
    # users ask of parsed headers: they are never multipart, carry no body
    # and were read without defects.
    defects = ()

    def is_multipart(self):
        return False

    def get_payload(self, i=None, decode=False):
        return ""

    def get_default_type(self):
        return "text/plain"

    def get_content_maintype(self):
        return self.get_content_type().split("/")[0]

    def get_content_subtype(self):
        return self.get_content_type().split("/")[1]

    def as_string(self):
        return "".join("%s: %s\n" % kv for kv in self._pairs) + "\n"

    __str__ = as_string
