# socketserver: the class surface CPython 3.11 has on Linux, a BaseServer
# driven by hand (finish_request, process_request, _handle_request_noblock,
# verify_request, handle_error), and the request handlers over stand-in
# sockets (StreamRequestHandler's rfile/wfile, DatagramRequestHandler).
import contextlib
import io
import socket
import socketserver
import sys

print(socketserver.__version__, sorted(socketserver.__all__))
for name in ('BaseServer', 'TCPServer', 'UDPServer', 'UnixStreamServer', 'UnixDatagramServer',
             'ThreadingTCPServer', 'ThreadingUDPServer', 'ForkingTCPServer', 'ForkingUDPServer',
             'ThreadingUnixStreamServer', 'ThreadingUnixDatagramServer'):
    cls = getattr(socketserver, name)
    print(name, [c.__name__ for c in cls.__mro__])
T = socketserver.TCPServer
print(T.address_family == socket.AF_INET, T.socket_type == socket.SOCK_STREAM, T.request_queue_size,
      T.allow_reuse_address, T.allow_reuse_port, T.timeout)
U = socketserver.UDPServer
print(U.socket_type == socket.SOCK_DGRAM, U.max_packet_size, U.allow_reuse_address)
print(socketserver.UnixStreamServer.address_family == socket.AF_UNIX)
print(socketserver.ThreadingMixIn.daemon_threads, socketserver.ThreadingMixIn.block_on_close)
F = socketserver.ForkingMixIn
print(F.timeout, F.active_children, F.max_children, F.block_on_close)
S = socketserver.StreamRequestHandler
print(S.rbufsize, S.wbufsize, S.timeout, S.disable_nagle_algorithm)


class Sock:
    """Stands in for a connected socket."""
    def __init__(self, data):
        self.data, self.sent, self.closed_calls = data, [], []

    def makefile(self, mode, bufsize=-1):
        return io.BytesIO(self.data) if 'r' in mode else io.BytesIO()

    def sendall(self, b):
        self.sent.append(bytes(b))

    def sendto(self, b, addr):
        self.sent.append((bytes(b), addr))

    def shutdown(self, how):
        self.closed_calls.append(('shutdown', how))

    def close(self):
        self.closed_calls.append('close')


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            n = self.wfile.write(line.upper())
            print('wrote', n)


class Server(socketserver.BaseServer):
    def __init__(self, handler, requests=()):
        super().__init__(('host', 1), handler)
        self.requests = list(requests)
        self.closed = []

    def get_request(self):
        if not self.requests:
            raise OSError('none')
        return self.requests.pop(0)

    def verify_request(self, request, client_address):
        return client_address != 'refused'

    def close_request(self, request):
        self.closed.append(request.data if isinstance(request, Sock) else request)


srv = Server(Echo)
print(srv.server_address, srv.RequestHandlerClass is Echo, srv.timeout)
s = Sock(b'ab\ncd\n')
srv.finish_request(s, ('c', 2))
print(s.sent)
s2 = Sock(b'x\n')
srv.process_request(s2, ('c', 3))
print(s2.sent, srv.closed)
srv.requests = [(Sock(b'q\n'), 'ok'), (Sock(b'r\n'), 'refused')]
srv._handle_request_noblock()
srv._handle_request_noblock()
srv._handle_request_noblock()  # get_request's OSError: nothing happens
print(srv.closed)


class Boom(socketserver.BaseRequestHandler):
    def setup(self):
        print('setup', self.request, self.client_address, self.server is srv2)

    def handle(self):
        raise ValueError('bad request')

    def finish(self):
        print('finish')


srv2 = Server(Boom, [('req', 'addr')])
err = io.StringIO()
with contextlib.redirect_stderr(err):
    srv2._handle_request_noblock()
lines = err.getvalue().splitlines()
print(lines[0], lines[1], lines[-2], lines[-1], srv2.closed)

# datagrams: the packet in rfile, the reply sent back with sendto()
class Up(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())


sock = Sock(b'')
Up((b'hello', sock), ('peer', 9), srv)
print(sock.sent)

# the writer StreamRequestHandler uses when wbufsize is 0
w = socketserver._SocketWriter(sock)
print(w.writable(), w.write(b'xyz'), w.write(bytearray(b'12')), sock.sent[-2:], w.closed)
w.close()
print(w.closed)

with Server(Echo) as srv3:
    print('in with', type(srv3).__name__)

# ThreadingMixIn over a hand-driven server: one thread per request,
# joined by server_close()


class TServer(socketserver.ThreadingMixIn, Server):
    pass


ts = TServer(Echo)
s3 = Sock(b'thread\n')
ts.process_request(s3, ('t', 1))
ts.server_close()
print(s3.sent, ts.closed, len(ts._threads))
