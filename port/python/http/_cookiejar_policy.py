# CookiePolicy and DefaultCookiePolicy for http.cookiejar (which re-exports
# them): which cookies a jar accepts from a server and sends back to it.

from http._cookiejar_util import (
    IPV4_RE, user_domain_match, eff_request_host, request_path, request_port,
    domain_match, is_third_party)


def _debug(*args):
    # http.cookiejar.debug switches the logging on (imported late: that
    # module imports this one).
    from http import cookiejar
    cookiejar._debug(*args)


class CookiePolicy:
    """Decides which cookies are accepted from and returned to servers.
    set_ok and return_ok must be provided by subclasses."""

    __module__ = "http.cookiejar"

    def set_ok(self, cookie, request):
        raise NotImplementedError()

    def return_ok(self, cookie, request):
        raise NotImplementedError()

    def domain_return_ok(self, domain, request):
        return True

    def path_return_ok(self, path, request):
        return True


# Second-level labels that, under a two-letter top-level domain, are public
# suffixes (".co.uk"): strict_domain refuses cookies set for them.
_CC_SLDS = ("co", "ac", "com", "edu", "org", "net", "gov", "mil", "int",
            "aero", "biz", "cat", "coop", "info", "jobs", "mobi", "museum",
            "name", "pro", "travel", "eu")


class DefaultCookiePolicy(CookiePolicy):
    """The standard Netscape / RFC 2965 acceptance and return rules.
    Pass constructor arguments by keyword."""

    __module__ = "http.cookiejar"

    DomainStrictNoDots = 1
    DomainStrictNonDomain = 2
    DomainRFC2965Match = 4
    DomainLiberal = 0
    DomainStrict = 3

    def __init__(self, blocked_domains=None, allowed_domains=None,
                 netscape=True, rfc2965=False, rfc2109_as_netscape=None,
                 hide_cookie2=False, strict_domain=False,
                 strict_rfc2965_unverifiable=True, strict_ns_unverifiable=False,
                 strict_ns_domain=DomainLiberal,
                 strict_ns_set_initial_dollar=False, strict_ns_set_path=False,
                 secure_protocols=("https", "wss")):
        self.netscape = netscape
        self.rfc2965 = rfc2965
        self.rfc2109_as_netscape = rfc2109_as_netscape
        self.hide_cookie2 = hide_cookie2
        self.strict_domain = strict_domain
        self.strict_rfc2965_unverifiable = strict_rfc2965_unverifiable
        self.strict_ns_unverifiable = strict_ns_unverifiable
        self.strict_ns_domain = strict_ns_domain
        self.strict_ns_set_initial_dollar = strict_ns_set_initial_dollar
        self.strict_ns_set_path = strict_ns_set_path
        self.secure_protocols = secure_protocols
        self._blocked_domains = () if blocked_domains is None else tuple(blocked_domains)
        self._allowed_domains = None if allowed_domains is None else tuple(allowed_domains)

    def blocked_domains(self):
        return self._blocked_domains

    def set_blocked_domains(self, blocked_domains):
        self._blocked_domains = tuple(blocked_domains)

    def is_blocked(self, domain):
        for b in self._blocked_domains:
            if user_domain_match(domain, b):
                return True
        return False

    def allowed_domains(self):
        return self._allowed_domains

    def set_allowed_domains(self, allowed_domains):
        self._allowed_domains = None if allowed_domains is None else tuple(allowed_domains)

    def is_not_allowed(self, domain):
        if self._allowed_domains is None:
            return False
        for a in self._allowed_domains:
            if user_domain_match(domain, a):
                return False
        return True

    # -- accepting ---------------------------------------------------------

    def set_ok(self, cookie, request):
        """True if cookie may be stored; subclasses overriding this should call it."""
        _debug(" - checking cookie %s=%s", cookie.name, cookie.value)
        assert cookie.name is not None
        for part in ("version", "verifiability", "name", "path", "domain", "port"):
            if not getattr(self, "set_ok_" + part)(cookie, request):
                return False
        return True

    def set_ok_version(self, cookie, request):
        if cookie.version is None:
            # Netscape cookies always get version 0 from the parser, so
            # this is a Set-Cookie2 without a Version attribute.
            return False
        if cookie.version > 0 and not self.rfc2965:
            return False
        if cookie.version == 0 and not self.netscape:
            return False
        return True

    def _third_party_refused(self, cookie, request):
        if request.unverifiable and is_third_party(request):
            if cookie.version > 0 and self.strict_rfc2965_unverifiable:
                return True
            if cookie.version == 0 and self.strict_ns_unverifiable:
                return True
        return False

    def set_ok_verifiability(self, cookie, request):
        return not self._third_party_refused(cookie, request)

    def set_ok_name(self, cookie, request):
        # A '$' name could be read as an RFC 2965 attribute by servers
        # speaking both protocols.
        return not (cookie.version == 0 and self.strict_ns_set_initial_dollar
                    and cookie.name.startswith("$"))

    def set_ok_path(self, cookie, request):
        if cookie.path_specified:
            request_path(request)
            if ((cookie.version > 0 or (cookie.version == 0 and self.strict_ns_set_path))
                    and not self.path_return_ok(cookie.path, request)):
                return False
        return True

    def set_ok_domain(self, cookie, request):
        if self.is_blocked(cookie.domain) or self.is_not_allowed(cookie.domain):
            return False
        if not cookie.domain_specified:
            return True
        req_host, erhn = eff_request_host(request)
        domain = cookie.domain
        if self.strict_domain and domain.count(".") >= 2:
            i = domain.rfind(".")
            j = domain.rfind(".", 0, i)
            if j == 0 and len(domain[i + 1:]) == 2 and domain[j + 1:i].lower() in _CC_SLDS:
                return False
        bare = domain[1:] if domain.startswith(".") else domain
        if "." not in bare and not erhn.endswith(".local"):
            return False
        if cookie.version == 0:
            if (not (erhn.endswith(domain) or erhn.endswith(bare + ".local"))
                    and not erhn.startswith(".")
                    and not ("." + erhn).endswith(domain)):
                return False
        if cookie.version > 0 or (self.strict_ns_domain & self.DomainRFC2965Match):
            if not domain_match(erhn, domain):
                return False
        if cookie.version > 0 or (self.strict_ns_domain & self.DomainStrictNoDots):
            prefix = req_host[:-len(domain)]
            if "." in prefix and not IPV4_RE.search(req_host):
                return False
        return True

    def set_ok_port(self, cookie, request):
        if not cookie.port_specified:
            return True
        req_port = request_port(request)
        req_port = "80" if req_port is None else str(req_port)
        for p in cookie.port.split(","):
            try:
                int(p)
            except ValueError:
                return False
            if p == req_port:
                return True
        return False

    # -- returning ---------------------------------------------------------

    def return_ok(self, cookie, request):
        """True if cookie may be sent with request (path and domain lists are checked elsewhere)."""
        _debug(" - checking cookie %s=%s", cookie.name, cookie.value)
        for part in ("version", "verifiability", "secure", "expires", "port", "domain"):
            if not getattr(self, "return_ok_" + part)(cookie, request):
                return False
        return True

    def return_ok_version(self, cookie, request):
        if cookie.version > 0 and not self.rfc2965:
            return False
        if cookie.version == 0 and not self.netscape:
            return False
        return True

    def return_ok_verifiability(self, cookie, request):
        return not self._third_party_refused(cookie, request)

    def return_ok_secure(self, cookie, request):
        return not (cookie.secure and request.type not in self.secure_protocols)

    def return_ok_expires(self, cookie, request):
        return not cookie.is_expired(self._now)

    def return_ok_port(self, cookie, request):
        if not cookie.port:
            return True
        req_port = request_port(request)
        if req_port is None:
            req_port = "80"
        return req_port in cookie.port.split(",")

    def return_ok_domain(self, cookie, request):
        req_host, erhn = eff_request_host(request)
        domain = cookie.domain
        dotted = "." + domain if domain and not domain.startswith(".") else domain
        if (cookie.version == 0 and (self.strict_ns_domain & self.DomainStrictNonDomain)
                and not cookie.domain_specified and domain != erhn):
            return False
        if cookie.version > 0 and not domain_match(erhn, domain):
            return False
        if cookie.version == 0 and not ("." + erhn).endswith(dotted):
            return False
        return True

    def domain_return_ok(self, domain, request):
        # Cheap first filter on the jar's domain keys.
        req_host, erhn = eff_request_host(request)
        if not req_host.startswith("."):
            req_host = "." + req_host
        if not erhn.startswith("."):
            erhn = "." + erhn
        dotted = "." + domain if domain and not domain.startswith(".") else domain
        if not (req_host.endswith(dotted) or erhn.endswith(dotted)):
            return False
        return not (self.is_blocked(domain) or self.is_not_allowed(domain))

    def path_return_ok(self, path, request):
        req_path = request_path(request)
        if req_path == path:
            return True
        return req_path.startswith(path) and (
            path.endswith("/") or req_path[len(path):len(path) + 1] == "/")
