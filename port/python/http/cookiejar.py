"""HTTP cookie handling for web clients (pywasm's http.cookiejar).

CookieJar stores cookies taken from HTTP responses and adds the matching
ones to later requests; a CookiePolicy decides what is accepted and sent
back.  FileCookieJar's subclasses read and write the Mozilla cookies.txt and
libwww-perl Set-Cookie3 file formats.  The date, header and domain helpers
live in http._cookiejar_util and are re-exported here.
"""

__all__ = ['Cookie', 'CookieJar', 'CookiePolicy', 'DefaultCookiePolicy',
           'FileCookieJar', 'LWPCookieJar', 'LoadError', 'MozillaCookieJar']

import re
import time

from http._cookiejar_util import (
    EPOCH_YEAR, DAYS, MONTHS, MONTHS_LOWER, UTC_ZONES, _timegm,
    time2isoz, time2netscape, offset_from_tz_string, http2time, iso2time,
    unmatched, split_header_words, join_header_words, strip_quotes,
    parse_ns_headers, IPV4_RE, cut_port_re, HTTP_PATH_SAFE, ESCAPED_CHAR_RE,
    is_HDN, domain_match, liberal_is_HDN, user_domain_match, request_host,
    eff_request_host, uppercase_escaped_char, escape_path, request_path,
    request_port, reach, is_third_party)
from http._cookiejar_policy import CookiePolicy, DefaultCookiePolicy

debug = False
logger = None

HTTPONLY_ATTR = "HTTPOnly"
HTTPONLY_PREFIX = "#HttpOnly_"
DEFAULT_HTTP_PORT = "80"
NETSCAPE_MAGIC_RGX = re.compile("#( Netscape)? HTTP Cookie File")
MISSING_FILENAME_TEXT = ("a filename was not supplied (nor was the CookieJar "
                         "instance initialised with one)")
NETSCAPE_HEADER_TEXT = (
    "# Netscape HTTP Cookie File\n"
    "# http://curl.haxx.se/rfc/cookie_spec.html\n"
    "# This is a generated file!  Do not edit.\n\n")


def _debug(*args):
    # Set http.cookiejar.debug = True to log policy decisions.  The logger
    # is made on first use so that importing this module stays cheap.
    global logger
    if debug:
        if logger is None:
            from logging import getLogger
            logger = getLogger("http.cookiejar")
        return logger.debug(*args)


def _warn_unhandled_exception():
    # Malformed input that trips an unexpected error is reported as a
    # warning carrying the traceback, then treated as "no cookie".
    import traceback, warnings
    warnings.warn("http.cookiejar bug!\n%s" % traceback.format_exc(), stacklevel=2)


class Cookie:
    """One HTTP cookie (Netscape or RFC 2965).  A plain attribute holder: the
    jar creates these and the policy judges them."""

    def __init__(self, version, name, value, port, port_specified,
                 domain, domain_specified, domain_initial_dot,
                 path, path_specified, secure, expires, discard,
                 comment, comment_url, rest, rfc2109=False):
        # Attributes below are the public interface read by policies,
        # jars and callers.  The two conversions run before the port check,
        # so a bad version or expiry is the error reported first.
        self.version = None if version is None else int(version)
        self.expires = None if expires is None else int(float(expires))
        if port_specified is True and port is None:
            raise ValueError("if port is None, port_specified must be false")
        self.name = name
        self.value = value
        self.port = port
        self.port_specified = port_specified
        self.domain = domain.lower()
        self.domain_specified = domain_specified
        self.domain_initial_dot = domain_initial_dot
        self.path = path
        self.path_specified = path_specified
        self.secure = secure
        self.discard = discard
        self.comment = comment
        self.comment_url = comment_url
        self.rfc2109 = rfc2109
        # The extra (non-standard) attributes are copied so the caller's
        # mapping and the cookie do not share later changes.
        import copy
        self._rest = copy.copy(rest)

    def get_nonstandard_attr(self, name, default=None):
        return self._rest.get(name, default)

    def has_nonstandard_attr(self, name):
        return name in self._rest

    def set_nonstandard_attr(self, name, value):
        self._rest[name] = value

    def is_expired(self, now=None):
        if now is None:
            now = time.time()
        return self.expires is not None and self.expires <= now

    def __str__(self):
        where = self.domain + ("" if self.port is None else ":" + self.port) + self.path
        nv = self.name if self.value is None else "%s=%s" % (self.name, self.value)
        return "<Cookie %s for %s>" % (nv, where)

    _REPR_FIELDS = ("version", "name", "value", "port", "port_specified",
                    "domain", "domain_specified", "domain_initial_dot",
                    "path", "path_specified", "secure", "expires", "discard",
                    "comment", "comment_url")

    def __repr__(self):
        args = ["%s=%r" % (f, getattr(self, f)) for f in self._REPR_FIELDS]
        args.append("rest=%r" % (self._rest,))
        args.append("rfc2109=%r" % (self.rfc2109,))
        return "%s(%s)" % (type(self).__name__, ", ".join(args))


def deepvalues(mapping):
    """Yield the leaves of nested mappings, depth first, in insertion order."""
    for obj in list(mapping.values()):
        if hasattr(obj, "items"):
            yield from deepvalues(obj)
        else:
            yield obj


class Absent:
    # Marks a cookie-attribute that was not given at all (vs. given as None).
    pass


class CookieJar:
    """A collection of cookies, stored as {domain: {path: {name: Cookie}}}."""

    non_word_re = re.compile(r"\W")
    quote_re = re.compile(r'(["\\])')
    strict_domain_re = re.compile(r"\.?[^.]*")
    domain_re = re.compile(r"[^.]*")
    dots_re = re.compile(r"^\.+")
    magic_re = re.compile(r"^\#LWP-Cookies-(\d+\.\d+)", re.ASCII)

    def __init__(self, policy=None):
        import threading
        self._policy = DefaultCookiePolicy() if policy is None else policy
        self._cookies_lock = threading.RLock()
        self._cookies = {}

    def set_policy(self, policy):
        self._policy = policy

    def _stamp(self):
        self._policy._now = self._now = int(time.time())

    # -- sending -----------------------------------------------------------

    def _cookies_for_domain(self, domain, request):
        policy = self._policy
        if not policy.domain_return_ok(domain, request):
            return []
        found = []
        by_path = self._cookies[domain]
        for path in by_path.keys():
            if not policy.path_return_ok(path, request):
                continue
            for cookie in by_path[path].values():
                if policy.return_ok(cookie, request):
                    found.append(cookie)
        return found

    def _cookies_for_request(self, request):
        found = []
        for domain in self._cookies.keys():
            found.extend(self._cookies_for_domain(domain, request))
        return found

    def _cookie_attrs(self, cookies):
        """Cookie header items, longest path first, e.g. ['$Version=1', 'a="b"', '$Path="/"']."""
        cookies.sort(key=lambda c: len(c.path), reverse=True)
        attrs = []
        first = True
        for cookie in cookies:
            version = cookie.version
            if first:
                first = False
                if version > 0:
                    attrs.append("$Version=%s" % version)
            value = cookie.value
            # Netscape values are sent exactly as received; RFC 2965 ones
            # get their quotes and backslashes escaped.
            if value is not None and version > 0 and self.non_word_re.search(value):
                value = self.quote_re.sub(r"\\\1", value)
            attrs.append(cookie.name if cookie.value is None
                         else "%s=%s" % (cookie.name, value))
            if version > 0:
                if cookie.path_specified:
                    attrs.append('$Path="%s"' % cookie.path)
                if cookie.domain.startswith("."):
                    domain = cookie.domain
                    if not cookie.domain_initial_dot:
                        domain = domain[1:]
                    attrs.append('$Domain="%s"' % domain)
                if cookie.port is not None:
                    attrs.append('$Port="%s"' % cookie.port if cookie.port_specified
                                 else "$Port")
        return attrs

    def add_cookie_header(self, request):
        """Add a Cookie header (and Cookie2 when RFC 2965 is on) to a urllib.request.Request-like object."""
        with self._cookies_lock:
            self._stamp()
            cookies = self._cookies_for_request(request)
            attrs = self._cookie_attrs(cookies)
            if attrs and not request.has_header("Cookie"):
                request.add_unredirected_header("Cookie", "; ".join(attrs))
            policy = self._policy
            if (policy.rfc2965 and not policy.hide_cookie2
                    and not request.has_header("Cookie2")):
                for cookie in cookies:
                    if cookie.version != 1:
                        request.add_unredirected_header("Cookie2", '$Version="1"')
                        break
        self.clear_expired_cookies()

    # -- receiving ---------------------------------------------------------

    _BOOL_ATTRS = ("discard", "secure")
    _VALUE_ATTRS = ("version", "expires", "max-age", "domain", "path", "port",
                    "comment", "commenturl")

    def _normalized_cookie_tuples(self, attrs_set):
        """(name, value, standard, rest) for each parsed header; bad cookies are dropped."""
        out = []
        for cookie_attrs in attrs_set:
            name, value = cookie_attrs[0]
            standard = {}
            rest = {}
            saw_max_age = False
            bad = False
            for k, v in cookie_attrs[1:]:
                lc = k.lower()
                if lc in self._VALUE_ATTRS or lc in self._BOOL_ATTRS:
                    k = lc
                if k in self._BOOL_ATTRS and v is None:
                    v = True
                if k in standard:
                    continue    # the first occurrence wins
                if k == "domain":
                    if v is None:
                        bad = True
                        break
                    v = v.lower()
                elif k == "expires":
                    # Max-Age beats Expires; an unreadable date means a
                    # session cookie.
                    if saw_max_age or v is None:
                        continue
                elif k == "max-age":
                    saw_max_age = True
                    try:
                        v = int(v)
                    except ValueError:
                        bad = True
                        break
                    k = "expires"
                    v = self._now + v
                if k in self._VALUE_ATTRS or k in self._BOOL_ATTRS:
                    if v is None and k not in ("port", "comment", "commenturl"):
                        bad = True
                        break
                    standard[k] = v
                else:
                    rest[k] = v
            if not bad:
                out.append((name, value, standard, rest))
        return out

    def _cookie_from_cookie_tuple(self, tup, request):
        name, value, attrs, rest = tup
        version = attrs.get("version")
        if version is not None:
            try:
                version = int(version)
            except ValueError:
                return None     # an unreadable version makes it unusable

        given_path = attrs.get("path", "")
        if given_path:
            path, path_specified = escape_path(given_path), True
        else:
            path, path_specified = self._default_cookie_path(request, version), False

        # A domain attribute is stored with a leading dot; without one the
        # cookie belongs to the effective request host only.
        domain_specified = "domain" in attrs
        if domain_specified:
            domain = attrs["domain"]
            domain_initial_dot = domain.startswith(".")
            if not domain_initial_dot:
                domain = "." + domain
        else:
            domain_initial_dot = False
            domain = eff_request_host(request)[1]

        port, port_specified = None, False
        if "port" in attrs:
            port = attrs["port"]
            if port is None:
                # a bare "Port" attribute: the port this response came from
                port = request_port(request)
            else:
                port, port_specified = re.sub(r"\s+", "", port), True

        discard = attrs.get("discard", False)
        expires = attrs.get("expires", Absent)
        if expires is Absent:
            # no lifetime given: a session cookie
            expires, discard = None, True
        elif expires <= self._now:
            # An expiry in the past asks for the stored cookie to go.
            try:
                self.clear(domain, path, name)
            except KeyError:
                pass
            return None

        return Cookie(version, name, value, port, port_specified,
                      domain, domain_specified, domain_initial_dot,
                      path, path_specified, attrs.get("secure", False),
                      expires, discard, attrs.get("comment"),
                      attrs.get("commenturl"), rest)

    def _default_cookie_path(self, request, version):
        # The request path cut at its last '/': Netscape cookies (version 0)
        # drop that slash, RFC 2965 ones keep it; "/" when nothing is left.
        where = request_path(request)
        cut = where.rfind("/")
        if cut >= 0:
            where = where[:cut] if version == 0 else where[:cut + 1]
        return where or "/"

    def _cookies_from_attrs_set(self, attrs_set, request):
        made = []
        for tup in self._normalized_cookie_tuples(attrs_set):
            cookie = self._cookie_from_cookie_tuple(tup, request)
            if cookie:
                made.append(cookie)
        return made

    def _process_rfc2109_cookies(self, cookies):
        as_ns = getattr(self._policy, "rfc2109_as_netscape", None)
        if as_ns is None:
            as_ns = not self._policy.rfc2965
        for cookie in cookies:
            if cookie.version == 1:
                cookie.rfc2109 = True
                if as_ns:
                    cookie.version = 0

    def make_cookies(self, response, request):
        """Cookies from the response's Set-Cookie2/Set-Cookie headers (response.info().get_all)."""
        headers = response.info()
        hdrs2965 = headers.get_all("Set-Cookie2", [])
        hdrs_ns = headers.get_all("Set-Cookie", [])
        self._stamp()
        rfc2965 = self._policy.rfc2965
        netscape = self._policy.netscape
        if ((not hdrs2965 and not hdrs_ns) or (not hdrs_ns and not rfc2965)
                or (not hdrs2965 and not netscape) or (not netscape and not rfc2965)):
            return []
        try:
            cookies = self._cookies_from_attrs_set(split_header_words(hdrs2965), request)
        except Exception:
            _warn_unhandled_exception()
            cookies = []
        if hdrs_ns and netscape:
            try:
                ns_cookies = self._cookies_from_attrs_set(parse_ns_headers(hdrs_ns), request)
            except Exception:
                _warn_unhandled_exception()
                ns_cookies = []
            self._process_rfc2109_cookies(ns_cookies)
            if rfc2965:
                # RFC 2965 section 9.1: a Set-Cookie2 cookie replaces the
                # Set-Cookie one with the same domain, path and name.
                seen = set((c.domain, c.path, c.name) for c in cookies)
                ns_cookies = [c for c in ns_cookies
                              if (c.domain, c.path, c.name) not in seen]
            cookies.extend(ns_cookies)
        return cookies

    def set_cookie_if_ok(self, cookie, request):
        """Store cookie if the policy accepts it for request."""
        with self._cookies_lock:
            self._stamp()
            if self._policy.set_ok(cookie, request):
                self.set_cookie(cookie)

    def set_cookie(self, cookie):
        """Store cookie without asking the policy."""
        with self._cookies_lock:
            by_path = self._cookies.setdefault(cookie.domain, {})
            by_path.setdefault(cookie.path, {})[cookie.name] = cookie

    def extract_cookies(self, response, request):
        """Store the cookies of response that the policy accepts for request."""
        with self._cookies_lock:
            for cookie in self.make_cookies(response, request):
                if self._policy.set_ok(cookie, request):
                    self.set_cookie(cookie)

    # -- removing ----------------------------------------------------------

    def clear(self, domain=None, path=None, name=None):
        """Remove all cookies, a domain's, a domain+path's, or one cookie; KeyError if absent."""
        if domain is None:
            if path is not None or name is not None:
                raise ValueError(
                    "domain and path must be given to remove a cookie by name"
                    if name is not None else
                    "domain must be given to remove cookies by path")
            self._cookies = {}
            return
        if name is None and path is None:
            del self._cookies[domain]
        elif name is None:
            del self._cookies[domain][path]
        elif path is None:
            raise ValueError(
                "domain and path must be given to remove a cookie by name")
        else:
            del self._cookies[domain][path][name]

    def clear_session_cookies(self):
        """Remove cookies marked discard (session cookies)."""
        with self._cookies_lock:
            for cookie in self:
                if cookie.discard:
                    self.clear(cookie.domain, cookie.path, cookie.name)

    def clear_expired_cookies(self):
        """Remove cookies whose expiry time has passed."""
        with self._cookies_lock:
            now = time.time()
            for cookie in self:
                if cookie.is_expired(now):
                    self.clear(cookie.domain, cookie.path, cookie.name)

    def __iter__(self):
        return deepvalues(self._cookies)

    def __len__(self):
        n = 0
        for _ in self:
            n += 1
        return n

    def __repr__(self):
        return "<%s[%s]>" % (type(self).__name__, ", ".join(repr(c) for c in self))

    def __str__(self):
        return "<%s[%s]>" % (type(self).__name__, ", ".join(str(c) for c in self))


class LoadError(OSError):
    """A cookie file could not be read (an OSError, for old callers)."""
    pass


class FileCookieJar(CookieJar):
    """A CookieJar that can be saved to and loaded from a file.
    Nothing is read until load() or revert() is called."""

    def __init__(self, filename=None, delayload=False, policy=None):
        CookieJar.__init__(self, policy)
        if filename is not None:
            import os
            filename = os.fspath(filename)
        self.filename = filename
        self.delayload = bool(delayload)

    def _filename(self, filename):
        if filename is not None:
            return filename
        if self.filename is not None:
            return self.filename
        raise ValueError(MISSING_FILENAME_TEXT)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        raise NotImplementedError()

    def load(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Add the cookies stored in filename (default self.filename)."""
        filename = self._filename(filename)
        with open(filename) as f:
            self._really_load(f, filename, ignore_discard, ignore_expires)

    def revert(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Replace the jar's cookies with the file's; on OSError the jar is left unchanged."""
        filename = self._filename(filename)
        with self._cookies_lock:
            import copy
            saved = copy.deepcopy(self._cookies)
            self._cookies = {}
            try:
                self.load(filename, ignore_discard, ignore_expires)
            except OSError:
                self._cookies = saved
                raise

    def _open_for_save(self, filename):
        # Cookie files may hold credentials: create them owner-only.
        import os
        return os.fdopen(os.open(filename, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600), "w")

    def _kept(self, ignore_discard, ignore_expires, now):
        for cookie in self:
            if not ignore_discard and cookie.discard:
                continue
            if not ignore_expires and cookie.is_expired(now):
                continue
            yield cookie


def lwp_cookie_str(cookie):
    """The Set-Cookie3 value (libwww-perl format, with pywasm/CPython extensions) for one cookie."""
    h = [(cookie.name, cookie.value), ("path", cookie.path), ("domain", cookie.domain)]
    if cookie.port is not None:
        h.append(("port", cookie.port))
    for flag, present in (("path_spec", cookie.path_specified),
                          ("port_spec", cookie.port_specified),
                          ("domain_dot", cookie.domain_initial_dot),
                          ("secure", cookie.secure)):
        if present:
            h.append((flag, None))
    if cookie.expires:
        h.append(("expires", time2isoz(float(cookie.expires))))
    if cookie.discard:
        h.append(("discard", None))
    if cookie.comment:
        h.append(("comment", cookie.comment))
    if cookie.comment_url:
        h.append(("commenturl", cookie.comment_url))
    for k in sorted(cookie._rest.keys()):
        h.append((k, str(cookie._rest[k])))
    h.append(("version", str(cookie.version)))
    return join_header_words([h])


class LWPCookieJar(FileCookieJar):
    """Saves and loads "Set-Cookie3" lines, libwww-perl's format, which keeps
    everything an RFC 2965 cookie carries."""

    def as_lwp_str(self, ignore_discard=True, ignore_expires=True):
        """The cookies as newline-terminated 'Set-Cookie3: ...' lines."""
        lines = ["Set-Cookie3: %s" % lwp_cookie_str(c)
                 for c in self._kept(ignore_discard, ignore_expires, time.time())]
        return "\n".join(lines + [""])

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._filename(filename)
        with self._open_for_save(filename) as f:
            f.write("#LWP-Cookies-2.0\n")
            f.write(self.as_lwp_str(ignore_discard, ignore_expires))

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        from http._cookiejar_files import load_lwp
        load_lwp(self, f, filename, ignore_discard, ignore_expires)


class MozillaCookieJar(FileCookieJar):
    """Saves and loads the Netscape/Mozilla cookies.txt format (as used by
    curl and wget).  Version, port and the *_specified flags are not kept."""

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        from http._cookiejar_files import load_mozilla
        load_mozilla(self, f, filename, ignore_discard, ignore_expires)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._filename(filename)
        with self._open_for_save(filename) as f:
            f.write(NETSCAPE_HEADER_TEXT)
            for cookie in self._kept(ignore_discard, ignore_expires, time.time()):
                domain = cookie.domain
                if cookie.value is None:
                    # cookies.txt keeps a value-only cookie as a nameless one
                    name, value = "", cookie.name
                else:
                    name, value = cookie.name, cookie.value
                if cookie.has_nonstandard_attr(HTTPONLY_ATTR):
                    domain = HTTPONLY_PREFIX + domain
                expires = "" if cookie.expires is None else str(cookie.expires)
                f.write("\t".join([
                    domain, "TRUE" if cookie.domain.startswith(".") else "FALSE",
                    cookie.path, "TRUE" if cookie.secure else "FALSE",
                    expires, name, value]) + "\n")
