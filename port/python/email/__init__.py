"""email: message_from_string/_bytes/_file/_binary_file (parse with
email.parser; compat32 and Message unless a policy is given). The package
has email.message, parser, feedparser, generator, policy, header, charset,
encoders, errors, utils, headerregistry, contentmanager, iterators,
base64mime, quoprimime and email.mime; see each one's docstring for what it
covers."""

__all__ = ['base64mime', 'charset', 'encoders', 'errors', 'feedparser', 'generator', 'header', 'iterators',
           'message', 'message_from_file', 'message_from_binary_file', 'message_from_string',
           'message_from_bytes', 'mime', 'parser', 'quoprimime', 'utils']


def message_from_string(s, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)


# CPython's email.message imports utils, header, charset, encoders,
# iterators, base64mime and quoprimime, so after `import email.message`
# (or parser, policy...) scripts use email.utils.formatdate() or
# email.header.decode_header() without importing them. Here the package's
# submodules load when first named.
_SUBMODULES = frozenset(('base64mime', 'charset', 'contentmanager', 'encoders', 'errors', 'feedparser',
                         'generator', 'header', 'headerregistry', 'iterators', 'message', 'mime', 'parser',
                         'policy', 'quoprimime', 'utils'))


def __getattr__(name):
    if name in _SUBMODULES:
        import sys
        __import__('email.' + name)
        return sys.modules['email.' + name]
    raise AttributeError("module 'email' has no attribute %r" % (name,))
