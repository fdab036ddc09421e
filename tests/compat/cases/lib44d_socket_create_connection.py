# socket.create_connection tries each resolved address in turn: a failed
# attempt's socket is closed, the last failure is raised (or all of them in
# an ExceptionGroup with all_errors=True).  The network is replaced by fakes
# so the case runs offline.
import socket
log = []
class Fake:
    def __init__(self, af, kind, proto):
        log.append(("new", af == socket.AF_INET6))
        if af == socket.AF_INET6 and FAIL_NEW:
            raise OSError(97, "no v6")
        self.af = af
    def settimeout(self, t): log.append(("timeout", t))
    def bind(self, a): log.append(("bind", a))
    def connect(self, sa):
        log.append(("connect", sa))
        if sa[1] in REFUSE:
            raise ConnectionRefusedError(111, "refused %s" % (sa,))
    def close(self): log.append(("close",))
def fake_gai(host, port, fam, kind):
    return [(socket.AF_INET6, kind, 6, "", ("::1", port)),
            (socket.AF_INET, kind, 6, "", ("127.0.0.1", port + 1))][:N]
socket.socket = Fake
socket.getaddrinfo = fake_gai
for FAIL_NEW in (False, True):
    for N in (0, 1, 2):
        for REFUSE in ((), (5,), (5, 6)):
            for kw in ({}, {"all_errors": True}, {"timeout": 3, "source_address": ("", 0)}):
                log.clear()
                try:
                    r = socket.create_connection(("h", 5), **kw)
                    print("ok", type(r).__name__, log)
                except Exception as e:
                    sub = getattr(e, "exceptions", None)
                    print(type(e).__name__, e if sub is None else [str(x) for x in sub], log)
