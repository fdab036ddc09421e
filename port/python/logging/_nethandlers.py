"""The network handlers of logging.handlers (imported from there): built as
in CPython; HTTPHandler sends through http.client, the others hand each
record to handleError() with a NotImplementedError, since the pywasm
sandbox has no sockets."""
import logging

SYSLOG_UDP_PORT = 514


class _NoSocket:
    # For the handlers that would talk to a socket: emit() reports through
    # handleError() that the sandbox has none.
    def _refuse(self):
        raise NotImplementedError('logging.handlers.%s: the pywasm sandbox has no sockets' % type(self).__name__)

    def emit(self, record):
        try:
            self._refuse()
        except Exception:
            self.handleError(record)


class SocketHandler(_NoSocket, logging.Handler):
    def __init__(self, host, port):
        logging.Handler.__init__(self)
        self.host, self.port = host, port
        self.address = host if port is None else (host, port)
        self.sock = None
        self.closeOnError = False
        self.retryTime = None
        self.retryStart, self.retryMax, self.retryFactor = 1.0, 30.0, 2.0

    def makeSocket(self, timeout=1):
        self._refuse()

    def createSocket(self):
        self._refuse()

    def send(self, s):
        self._refuse()

    def makePickle(self, record):
        # What CPython would send: the record's attributes, pickled, after
        # a 4-byte big-endian length. Formatting first fills exc_text.
        import pickle
        import struct
        if record.exc_info:
            self.format(record)
        d = dict(record.__dict__)
        d.update(msg=record.getMessage(), args=None, exc_info=None)
        d.pop('message', None)
        s = pickle.dumps(d, 1)
        return struct.pack('>L', len(s)) + s

    def close(self):
        self.sock = None
        logging.Handler.close(self)


class DatagramHandler(SocketHandler):
    def __init__(self, host, port):
        SocketHandler.__init__(self, host, port)
        self.closeOnError = False


class SysLogHandler(_NoSocket, logging.Handler):
    LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR, LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG = range(8)
    (LOG_KERN, LOG_USER, LOG_MAIL, LOG_DAEMON, LOG_AUTH, LOG_SYSLOG, LOG_LPR, LOG_NEWS, LOG_UUCP, LOG_CRON,
     LOG_AUTHPRIV, LOG_FTP, LOG_NTP, LOG_SECURITY, LOG_CONSOLE, LOG_SOLCRON, LOG_LOCAL0, LOG_LOCAL1,
     LOG_LOCAL2, LOG_LOCAL3, LOG_LOCAL4, LOG_LOCAL5, LOG_LOCAL6, LOG_LOCAL7) = range(24)
    priority_names = {'alert': 1, 'crit': 2, 'critical': 2, 'debug': 7, 'emerg': 0, 'err': 3, 'error': 3,
                      'info': 6, 'notice': 5, 'panic': 0, 'warn': 4, 'warning': 4}
    facility_names = {'auth': 4, 'authpriv': 10, 'console': 14, 'cron': 9, 'daemon': 3, 'ftp': 11, 'kern': 0,
                      'lpr': 6, 'mail': 2, 'news': 7, 'ntp': 12, 'security': 13, 'solaris-cron': 15,
                      'syslog': 5, 'user': 1, 'uucp': 8, 'local0': 16, 'local1': 17, 'local2': 18,
                      'local3': 19, 'local4': 20, 'local5': 21, 'local6': 22, 'local7': 23}
    priority_map = {'DEBUG': 'debug', 'INFO': 'info', 'WARNING': 'warning', 'ERROR': 'error',
                    'CRITICAL': 'critical'}
    ident = ''
    append_nul = True

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT), facility=LOG_USER, socktype=None):
        logging.Handler.__init__(self)
        self.address, self.facility, self.socktype = address, facility, socktype
        self.unixsocket = isinstance(address, str)
        self.socket = None

    def createSocket(self):
        self._refuse()

    def encodePriority(self, facility, priority):
        if isinstance(facility, str):
            facility = self.facility_names[facility]
        if isinstance(priority, str):
            priority = self.priority_names[priority]
        return (facility << 3) | priority

    def mapPriority(self, levelName):
        return self.priority_map.get(levelName, 'warning')

    def close(self):
        self.socket = None
        logging.Handler.close(self)


class SMTPHandler(_NoSocket, logging.Handler):
    def __init__(self, mailhost, fromaddr, toaddrs, subject, credentials=None, secure=None, timeout=5.0):
        logging.Handler.__init__(self)
        if isinstance(mailhost, (list, tuple)):
            self.mailhost, self.mailport = mailhost
        else:
            self.mailhost, self.mailport = mailhost, None
        if isinstance(credentials, (list, tuple)):
            self.username, self.password = credentials
        else:
            self.username = None
        self.fromaddr = fromaddr
        self.toaddrs = [toaddrs] if isinstance(toaddrs, str) else toaddrs
        self.subject = subject
        self.secure = secure
        self.timeout = timeout

    def getSubject(self, record):
        return self.subject


class HTTPHandler(logging.Handler):
    def __init__(self, host, url, method='GET', secure=False, credentials=None, context=None):
        logging.Handler.__init__(self)
        method = method.upper()
        if method not in ('GET', 'POST'):
            raise ValueError('method must be GET or POST')
        if not secure and context is not None:
            raise ValueError('context parameter only makes sense with secure=True')
        self.host, self.url, self.method = host, url, method
        self.secure, self.credentials, self.context = secure, credentials, context

    def mapLogRecord(self, record):
        return record.__dict__

    def getConnection(self, host, secure):
        import http.client
        if secure:
            return http.client.HTTPSConnection(host, context=self.context)
        return http.client.HTTPConnection(host)

    def emit(self, record):
        try:
            import urllib.parse
            host = self.host
            h = self.getConnection(host, self.secure)
            url = self.url
            data = urllib.parse.urlencode(self.mapLogRecord(record))
            if self.method == 'GET':
                url += ('&' if '?' in url else '?') + data
            h.putrequest(self.method, url)  # it sends Host: itself
            if self.method == 'POST':
                h.putheader('Content-type', 'application/x-www-form-urlencoded')
                h.putheader('Content-length', str(len(data)))
            if self.credentials:
                import base64
                s = ('%s:%s' % self.credentials).encode('utf-8')
                h.putheader('Authorization', 'Basic ' + base64.b64encode(s).strip().decode('ascii'))
            h.endheaders()
            if self.method == 'POST':
                h.send(data.encode('utf-8'))
            h.getresponse()
        except Exception:
            self.handleError(record)

