"""socketserver: CPython 3.11's server classes, in a sandbox with no sockets.

The classes and attributes are CPython's on Linux: BaseServer, TCPServer,
UDPServer, UnixStreamServer, UnixDatagramServer, ThreadingMixIn,
ForkingMixIn (os.fork exists, so CPython's module defines it) and the
Threading*/Forking* combinations, BaseRequestHandler,
StreamRequestHandler and DatagramRequestHandler, with their class
settings (timeout, address_family, socket_type, request_queue_size,
allow_reuse_address, allow_reuse_port, max_packet_size, rbufsize,
wbufsize, daemon_threads, block_on_close, max_children ...).

What works: everything that does not need a socket. BaseServer can be
made and driven by hand (finish_request(), process_request(),
_handle_request_noblock() over a get_request() of your own,
handle_error()'s report on stderr, shutdown_request(), the context
manager); the request handlers run over any object with the socket
methods they call (makefile(), sendall(), sendto()), which is how a
handler is exercised in-process: StreamRequestHandler reads from
makefile('rb') and writes through sendall(), DatagramRequestHandler reads
the packet from a BytesIO and sends the reply with sendto(). ThreadingMixIn
runs each request on a threading.Thread.

What cannot work: a TCPServer/UDPServer/Unix*Server makes its socket in
__init__, and socket.socket() raises OSError(EAFNOSUPPORT, 'sockets are
not available in pywasm ...'), so constructing one raises that error, as
CPython would on a machine without the address family. serve_forever()
and handle_request() on a BaseServer subclass of your own need a fileno()
for the selector (see selectors: it never waits). ForkingMixIn's
process_request() calls os.fork(), which pywasm cannot do (OSError).

Not here: the 3.12 additions (ForkingUnixStreamServer,
ForkingUnixDatagramServer)."""

import os
import selectors
import socket
import sys
import threading
from io import BufferedIOBase
from time import monotonic as time

__version__ = '0.4'

__all__ = ['BaseServer', 'TCPServer', 'UDPServer',
           'ThreadingUDPServer', 'ThreadingTCPServer',
           'BaseRequestHandler', 'StreamRequestHandler',
           'DatagramRequestHandler', 'ThreadingMixIn']
if hasattr(os, 'fork'):
    __all__.extend(['ForkingUDPServer', 'ForkingTCPServer', 'ForkingMixIn'])
if hasattr(socket, 'AF_UNIX'):
    __all__.extend(['UnixStreamServer', 'UnixDatagramServer',
                    'ThreadingUnixStreamServer', 'ThreadingUnixDatagramServer'])

_ServerSelector = selectors.PollSelector if hasattr(selectors, 'PollSelector') else selectors.SelectSelector


class BaseServer:
    # Callers drive a server with serve_forever()/shutdown() or
    # handle_request(); subclasses override the hooks (server_bind,
    # get_request, verify_request, process_request, close_request, ...).

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        # MicroPython does not mangle __names, so the CPython-mangled
        # spellings are written out (some code pokes at them directly).
        self._BaseServer__shutdown_request = False
        self._BaseServer__is_shut_down = threading.Event()

    # -- lifecycle hooks, no-ops here; the socket servers fill them in

    def server_activate(self):
        pass

    def server_close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.server_close()

    # -- waiting for requests

    def _stopping(self):
        return self._BaseServer__shutdown_request

    def serve_forever(self, poll_interval=0.5):
        done = self._BaseServer__is_shut_down
        done.clear()
        try:
            with _ServerSelector() as sel:
                sel.register(self, selectors.EVENT_READ)
                while not self._stopping():
                    readable = sel.select(poll_interval)
                    # shutdown() may have been asked for during the wait
                    if self._stopping():
                        break
                    if readable:
                        self._handle_request_noblock()
                    self.service_actions()
        finally:
            self._BaseServer__shutdown_request = False
            done.set()

    def shutdown(self):
        # Blocks until serve_forever() has returned, so it must come from
        # another thread than the one serving.
        self._BaseServer__shutdown_request = True
        self._BaseServer__is_shut_down.wait()

    def service_actions(self):
        pass

    def _wait_limit(self):
        limits = [t for t in (self.socket.gettimeout(), self.timeout) if t is not None]
        return min(limits) if limits else None

    def handle_request(self):
        wait = self._wait_limit()
        deadline = None if wait is None else time() + wait
        with _ServerSelector() as sel:
            sel.register(self, selectors.EVENT_READ)
            while not sel.select(wait):
                # woken without a request (a signal): wait out the rest
                if deadline is not None:
                    wait = deadline - time()
                    if wait < 0:
                        return self.handle_timeout()
            return self._handle_request_noblock()

    def handle_timeout(self):
        pass

    def _handle_request_noblock(self):
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if not self.verify_request(request, client_address):
            self.shutdown_request(request)
            return
        try:
            self.process_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
            self.shutdown_request(request)
        except BaseException:
            # KeyboardInterrupt and friends: still release the request
            self.shutdown_request(request)
            raise

    # -- one request

    def verify_request(self, request, client_address):
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        # The report CPython prints: a rule, the client, the traceback, a rule.
        rule = '-' * 40 + '\n'
        sys.stderr.write(rule)
        sys.stderr.write('Exception occurred during processing of request from %s\n'
                         % (client_address,))
        import traceback
        traceback.print_exc()
        sys.stderr.write(rule)


class TCPServer(BaseServer):
    # Constructing one needs a socket, which pywasm cannot make (see the
    # module docstring).

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    allow_reuse_address = False
    allow_reuse_port = False
    request_queue_size = 5

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if not bind_and_activate:
            return
        try:
            self.server_bind()
            self.server_activate()
        except BaseException:
            self.server_close()
            raise

    def server_bind(self):
        sock = self.socket
        for wanted, option in ((self.allow_reuse_address, 'SO_REUSEADDR'),
                               (self.allow_reuse_port, 'SO_REUSEPORT')):
            if wanted and hasattr(socket, option):
                sock.setsockopt(socket.SOL_SOCKET, getattr(socket, option), 1)
        sock.bind(self.server_address)
        # the real address, e.g. the port the system picked for port 0
        self.server_address = sock.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def close_request(self, request):
        request.close()

    def shutdown_request(self, request):
        # SHUT_WR lets the peer see the end of the reply before the close;
        # it fails harmlessly when the peer has already gone.
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)


class UDPServer(TCPServer):
    # A "request" is (packet bytes, server socket): there is no connection
    # to accept, listen on or close.

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def server_activate(self):
        pass

    def get_request(self):
        packet, sender = self.socket.recvfrom(self.max_packet_size)
        return (packet, self.socket), sender

    def close_request(self, request):
        pass

    def shutdown_request(self, request):
        self.close_request(request)


def _finish_reporting(server, request, client_address):
    # Run the handler; an Exception is reported through handle_error()
    # instead of propagating.  True when the handler completed.
    try:
        server.finish_request(request, client_address)
    except Exception:
        server.handle_error(request, client_address)
        return False
    return True


if hasattr(os, 'fork'):
    class ForkingMixIn:
        timeout = 300
        active_children = None
        max_children = 40
        block_on_close = True

        def _reap_until_below_limit(self, kids):
            while len(kids) >= self.max_children:
                try:
                    pid, _status = os.waitpid(-1, 0)
                except ChildProcessError:
                    kids.clear()  # no children at all any more
                except OSError:
                    return
                else:
                    kids.discard(pid)

        def collect_children(self, *, blocking=False):
            kids = self.active_children
            if kids is None:
                return
            self._reap_until_below_limit(kids)
            flags = 0 if blocking else os.WNOHANG
            for child in list(kids):
                try:
                    # with WNOHANG a running child reports pid 0, which is
                    # never in the set, so it stays
                    pid, _status = os.waitpid(child, flags)
                except ChildProcessError:
                    kids.discard(child)
                except OSError:
                    continue
                else:
                    kids.discard(pid)

        def handle_timeout(self):
            self.collect_children()

        def service_actions(self):
            self.collect_children()

        def _child_main(self, request, client_address):
            code = 1
            try:
                if _finish_reporting(self, request, client_address):
                    code = 0
            finally:
                try:
                    self.shutdown_request(request)
                finally:
                    # never return into the parent's serving loop
                    os._exit(code)

        def process_request(self, request, client_address):
            pid = os.fork()
            if pid == 0:
                self._child_main(request, client_address)
            if self.active_children is None:
                self.active_children = set()
            self.active_children.add(pid)
            # the child has its own copy of the connection
            self.close_request(request)

        def server_close(self):
            super().server_close()
            self.collect_children(blocking=self.block_on_close)


class _RequestThreads(list):
    # Non-daemon request threads still running, joined by server_close().

    def append(self, thread):
        self[:] = [t for t in self if t.is_alive()]
        if not thread.daemon:
            super().append(thread)

    def join(self):
        waiting = self[:]
        del self[:]
        for t in waiting:
            t.join()


class _NoRequestThreads:
    # The class-level default: with block_on_close off nothing is joined.

    def append(self, thread):
        pass

    def join(self):
        pass


class ThreadingMixIn:
    daemon_threads = False
    block_on_close = True
    _threads = _NoRequestThreads()

    def process_request_thread(self, request, client_address):
        try:
            _finish_reporting(self, request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        if self.block_on_close and '_threads' not in vars(self):
            self._threads = _RequestThreads()
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address))
        worker.daemon = self.daemon_threads
        self._threads.append(worker)
        worker.start()

    def server_close(self):
        super().server_close()
        self._threads.join()


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


if hasattr(os, 'fork'):
    class ForkingUDPServer(ForkingMixIn, UDPServer):
        pass

    class ForkingTCPServer(ForkingMixIn, TCPServer):
        pass


if hasattr(socket, 'AF_UNIX'):
    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        pass


class BaseRequestHandler:
    # One instance per request; construction runs the whole exchange:
    # setup(), handle(), and finish() even when handle() raises.

    def __init__(self, request, client_address, server):
        self.request, self.client_address, self.server = request, client_address, server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def handle(self):
        pass

    def setup(self):
        pass

    def finish(self):
        pass


class _SocketWriter(BufferedIOBase):
    # wfile for wbufsize == 0: every write goes straight to sendall().

    def __init__(self, sock):
        self._sock = sock

    def write(self, b):
        self._sock.sendall(b)
        return memoryview(b).nbytes

    def writable(self):
        return True

    def fileno(self):
        return self._sock.fileno()


class StreamRequestHandler(BaseRequestHandler):
    # rfile/wfile over a connected stream socket.

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        conn = self.connection = self.request
        if self.timeout is not None:
            conn.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = conn.makefile('rb', self.rbufsize)
        if self.wbufsize:
            self.wfile = conn.makefile('wb', self.wbufsize)
        else:
            self.wfile = _SocketWriter(conn)

    def finish(self):
        out = self.wfile
        if not out.closed:
            # the last flush may hit a connection the peer already dropped
            try:
                out.flush()
            except OSError:
                pass
        out.close()
        self.rfile.close()


class DatagramRequestHandler(BaseRequestHandler):
    # The packet is read from an in-memory rfile; whatever handle() writes
    # to wfile goes back to the sender in one datagram.

    def setup(self):
        import io
        packet, sock = self.request
        self.packet, self.socket = packet, sock
        self.rfile, self.wfile = io.BytesIO(packet), io.BytesIO()

    def finish(self):
        reply = self.wfile.getvalue()
        self.socket.sendto(reply, self.client_address)
