# Readers for the two cookie file formats of http.cookiejar, imported only
# when a file jar is loaded.

import time

from http.cookiejar import (
    Cookie, LoadError, split_header_words, iso2time, _warn_unhandled_exception,
    NETSCAPE_MAGIC_RGX, HTTPONLY_ATTR, HTTPONLY_PREFIX)

_LWP_FLAGS = ("port_spec", "path_spec", "domain_dot", "secure", "discard")
_LWP_VALUES = ("version", "port", "path", "domain", "expires", "comment", "commenturl")


def _lwp_cookie(data):
    name, value = data[0]
    std = dict.fromkeys(_LWP_FLAGS, False)
    rest = {}
    for k, v in data[1:]:
        lc = None if k is None else k.lower()
        if lc in _LWP_VALUES or lc in _LWP_FLAGS:
            k = lc
        if k in _LWP_FLAGS:
            std[k] = True if v is None else v
        elif k in _LWP_VALUES:
            std[k] = v
        else:
            rest[k] = v
    get = std.get
    expires = get("expires")
    discard = get("discard")
    if expires is not None:
        expires = iso2time(expires)
    if expires is None:
        discard = True
    domain = get("domain")
    return Cookie(get("version"), name, value, get("port"), get("port_spec"),
                  domain, domain.startswith("."), get("domain_dot"),
                  get("path"), get("path_spec"), get("secure"), expires,
                  discard, get("comment"), get("commenturl"), rest)


def _keep(jar, cookie, ignore_discard, ignore_expires, now):
    # a loaded cookie goes into the jar unless the caller drops session or
    # expired ones
    if (ignore_discard or not cookie.discard) and (ignore_expires or not cookie.is_expired(now)):
        jar.set_cookie(cookie)


def load_lwp(jar, f, filename, ignore_discard, ignore_expires):
    if not jar.magic_re.search(f.readline()):
        raise LoadError("%r does not look like a Set-Cookie3 (LWP) format file"
                        % filename)
    now = time.time()
    prefix = "Set-Cookie3:"
    line = ""
    try:
        while True:
            line = f.readline()
            if line == "":
                break
            if not line.startswith(prefix):
                continue
            line = line[len(prefix):].strip()
            for data in split_header_words([line]):
                _keep(jar, _lwp_cookie(data), ignore_discard, ignore_expires, now)
    except OSError:
        raise
    except Exception:
        _warn_unhandled_exception()
        raise LoadError("invalid Set-Cookie3 format file %r: %r" % (filename, line))


def load_mozilla(jar, f, filename, ignore_discard, ignore_expires):
    now = time.time()
    if not NETSCAPE_MAGIC_RGX.match(f.readline()):
        raise LoadError("%r does not look like a Netscape format cookies file"
                        % filename)
    line = ""
    try:
        while True:
            line = f.readline()
            if line == "":
                break
            rest = {}
            # "#HttpOnly_" before the domain marks an HttpOnly cookie
            # (curl's convention), not a comment.
            if line.startswith(HTTPONLY_PREFIX):
                rest[HTTPONLY_ATTR] = ""
                line = line[len(HTTPONLY_PREFIX):]
            # Only the newline goes: an empty last field keeps its tab.
            if line.endswith("\n"):
                line = line[:-1]
            s = line.strip()
            if s == "" or s.startswith(("#", "$")):
                continue
            domain, dom_flag, path, secure, expires, name, value = line.split("\t")
            domain_specified = dom_flag == "TRUE"
            if name == "":
                # a nameless cookies.txt entry is our value-less cookie
                name, value = value, None
            # an empty expiry field marks a session cookie
            discard = expires == ""
            if discard:
                expires = None
            initial_dot = domain.startswith(".")
            assert domain_specified == initial_dot
            c = Cookie(0, name, value, None, False, domain, domain_specified,
                       initial_dot, path, False, secure == "TRUE", expires,
                       discard, None, None, rest)
            _keep(jar, c, ignore_discard, ignore_expires, now)
    except OSError:
        raise
    except Exception:
        _warn_unhandled_exception()
        raise LoadError("invalid Netscape format cookies file %r: %r" % (filename, line))
