"""The parsing side of xml.etree.ElementTree: TreeBuilder, XMLParser (on
top of the _parser.Scanner), XMLPullParser and iterparse.

XMLParser.parser (alias _parser) is not a full pyexpat parser: it holds the
DOCTYPE handlers pyexpat would call (StartDoctypeDeclHandler,
EntityDeclHandler, UnparsedEntityDeclHandler, ExternalEntityRefHandler,
EndDoctypeDeclHandler; see _dtd._report), which is what code that hardens
parsing (defusedxml) sets."""

from xml.etree._api_element import Element, Comment, ProcessingInstruction

_EVENT_NAMES = ('start', 'end', 'comment', 'pi', 'start-ns', 'end-ns')


class TreeBuilder:
    """Builds a tree of elements from start/end/data/comment/pi calls."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None, insert_comments=False,
                 insert_pis=False):
        self._make = element_factory or Element
        self._make_comment = comment_factory or Comment
        self._make_pi = pi_factory or ProcessingInstruction
        self._keep_comments = insert_comments
        self._keep_pis = insert_pis
        self._open = []          # elements started and not yet ended
        self._latest = None      # the node the pending text belongs to
        self._as_tail = False    # pending text is _latest's tail (else its text)
        self._pending = []
        self._top = None

    def _settle_text(self):
        if self._pending:
            if self._latest is not None:
                text = ''.join(self._pending)
                if self._as_tail:
                    self._latest.tail = text
                else:
                    self._latest.text = text
            self._pending = []

    def start(self, tag, attrs):
        self._settle_text()
        node = self._make(tag, attrs)
        if self._open:
            self._open[-1].append(node)
        elif self._top is None:
            self._top = node
        self._open.append(node)
        self._latest, self._as_tail = node, False
        return node

    def end(self, tag):
        self._settle_text()
        node = self._open.pop()
        self._latest, self._as_tail = node, True
        return node

    def data(self, data):
        self._pending.append(data)

    def _leaf(self, node, keep):
        # Comments and PIs go into the tree only inside an element.
        if keep and self._open:
            self._settle_text()
            self._open[-1].append(node)
            self._latest, self._as_tail = node, True
        return node

    def comment(self, text):
        return self._leaf(self._make_comment(text), self._keep_comments)

    def pi(self, target, text=None):
        return self._leaf(self._make_pi(target, text), self._keep_pis)

    def close(self):
        if self._open:
            raise AssertionError('missing end tags')
        if self._top is None:
            raise AssertionError('missing toplevel element')
        return self._top


class _Handlers:
    # What the scanner calls: the target's methods, or None where the
    # target has none.
    def __init__(self, target):
        for name in ('start', 'end', 'data', 'comment', 'pi', 'start_ns', 'end_ns', 'doctype'):
            setattr(self, name, getattr(target, name, None))


class _ExpatHandlers:
    StartDoctypeDeclHandler = EndDoctypeDeclHandler = EntityDeclHandler = UnparsedEntityDeclHandler = None
    ExternalEntityRefHandler = NotationDeclHandler = _base = None
    _skip_external = False
    _pe_parsing = 0


class XMLParser:
    """An XML parser feeding a target (a TreeBuilder by default)."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = target
        self.entity = {}
        self.version = 'Expat 2.5.0'
        self.parser = self._parser = _ExpatHandlers()
        self._encoding = encoding
        self._start(target)

    def _start(self, target):
        from xml.etree._parser import Scanner
        whole = isinstance(target, TreeBuilder) or isinstance(target, _EventTarget)
        sc = self._scanner = Scanner(_Handlers(target), self._encoding, self.entity, not whole)
        sc.hooks = self.parser

    def _setevents(self, queue, events):
        self._start(_EventTarget(self.target, _check_events(events), queue))

    def feed(self, data):
        if not isinstance(data, (str, bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self._scanner.feed(data)

    def close(self):
        self._scanner.close()
        finish = getattr(self.target, 'close', None)
        return finish() if finish is not None else None

    def flush(self):
        pass


class _EventTarget:
    """A TreeBuilder front that also records the events asked for."""

    def __init__(self, builder, wanted, queue):
        self._builder = builder
        self._queue = queue
        self._wanted = wanted
        self.data = builder.data
        self.close = builder.close
        self.comment = self._comment if 'comment' in wanted else None
        self.pi = self._pi if 'pi' in wanted else None
        self.start_ns = self._start_ns if 'start-ns' in wanted else None
        self.end_ns = self._end_ns if 'end-ns' in wanted else None

    def start(self, tag, attrib):
        node = self._builder.start(tag, attrib)
        if 'start' in self._wanted:
            self._queue.append(('start', node))

    def end(self, tag):
        node = self._builder.end(tag)
        if 'end' in self._wanted:
            self._queue.append(('end', node))

    def _comment(self, text):
        self._queue.append(('comment', self._builder.comment(text)))

    def _pi(self, target, text):
        self._queue.append(('pi', self._builder.pi(target, text)))

    def _start_ns(self, prefix, uri):
        self._queue.append(('start-ns', (prefix or '', uri or '')))

    def _end_ns(self, prefix):
        self._queue.append(('end-ns', None))


def _check_events(events):
    wanted = ('end',) if events is None else tuple(events)
    for name in wanted:
        if name not in _EVENT_NAMES:
            raise ValueError('unknown event %r' % (name,))
    return wanted


class XMLPullParser:
    """Non-blocking parsing: feed() data, then read_events()."""

    def __init__(self, events=None, *, _parser=None):
        self._queue = []
        self._parser = _parser or XMLParser()
        self._parser._setevents(self._queue, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError('feed() called after end of stream')
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._queue.append(exc)

    def _finish(self):
        parser, self._parser = self._parser, None
        return parser.close()

    def close(self):
        self._finish()

    def flush(self):
        pass

    def read_events(self):
        queue = self._queue
        while queue:
            item = queue.pop(0)
            if isinstance(item, Exception):
                raise item
            yield item


class _IterParser:
    """What iterparse returns: an iterator of (event, element) pairs whose
    .root is set once the whole document was read."""

    def __init__(self, source, events, parser):
        self._pull = XMLPullParser(events, _parser=parser)
        self.root = None
        self._source = source
        self._steps = self._run()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._steps)

    def _run(self):
        source, owned = self._source, False
        if not hasattr(source, 'read'):
            source, owned = open(source, 'rb'), True
        pull = self._pull
        try:
            while True:
                for item in pull.read_events():
                    yield item
                chunk = source.read(16384)
                if not chunk:
                    break
                pull.feed(chunk)
            top = pull._finish()
            for item in pull.read_events():
                yield item
            self.root = top
        finally:
            if owned:
                source.close()


def iterparse(source, events=None, parser=None):
    return _IterParser(source, events, parser)
