"""getopt: getopt() and gnu_getopt() command-line parsing with CPython's
behaviour and error messages (GetoptError, alias error): short options
with ':' for an argument, long options with '=' and unique-prefix
matching, '--' ending the options, and for gnu_getopt a leading '+' in
shortopts or the POSIXLY_CORRECT environment variable stopping at the
first non-option. Nothing of the module is missing."""

import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Options until the first non-option argument; returns (opts, rest)."""
    opts = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and non-options may be mixed, unless
    shortopts starts with '+' or POSIXLY_CORRECT is set."""
    opts = []
    rest = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_early = True
    else:
        stop_early = bool(os.environ.get('POSIXLY_CORRECT'))
    while args:
        arg = args[0]
        if arg == '--':
            rest += args[1:]
            break
        if arg[:2] == '--':
            args = _long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            args = _shorts(opts, arg[1:], shortopts, args[1:])
        elif stop_early:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def _long(opts, text, longopts, args):
    """Record one --option (text without the dashes); returns what is left
    of args after any argument it took."""
    value = None
    if '=' in text:
        text, value = text.split('=', 1)
    takes_arg, name = _match_long(text, longopts)
    if takes_arg:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value = args[0]
            args = args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return args


def _match_long(text, longopts):
    """(takes an argument, full name) of the long option text names, which
    may be an unambiguous prefix."""
    found = [o for o in longopts if o.startswith(text)]
    if not found:
        raise GetoptError('option --%s not recognized' % text, text)
    # an exact name wins over longer names it is a prefix of
    if text in found:
        return False, text
    if text + '=' in found:
        return True, text
    if len(found) > 1:
        raise GetoptError('option --%s not a unique prefix' % text, text)
    name = found[0]
    if name.endswith('='):
        return True, name[:-1]
    return False, name


def _shorts(opts, letters, shortopts, args):
    """Record the short options grouped in one argument (-abc, -ofile)."""
    while letters:
        opt = letters[0]
        letters = letters[1:]
        if _short_takes_arg(opt, shortopts):
            if not letters:
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                letters = args[0]
                args = args[1:]
            value = letters
            letters = ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return args


def _short_takes_arg(opt, shortopts):
    for i in range(len(shortopts)):
        if shortopts[i] == opt and opt != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
