"""email: only the email.utils module is here (dates and addresses in RFC
2822 form: formatdate, format_datetime, parsedate*, parseaddr, formataddr,
getaddresses, make_msgid, ...). The message model is not: email.message,
email.parser, email.policy, email.header, email.mime and the rest do not
exist (importing them raises ModuleNotFoundError), and message_from_string/
_bytes/_file/_binary_file raise NotImplementedError."""


def _no_parser(name):
    raise NotImplementedError('email.%s (email.parser and email.message are not available; only email.utils)'
                              % name)


def message_from_string(s, *args, **kws):
    _no_parser('message_from_string')


def message_from_bytes(s, *args, **kws):
    _no_parser('message_from_bytes')


def message_from_file(fp, *args, **kws):
    _no_parser('message_from_file')


def message_from_binary_file(fp, *args, **kws):
    _no_parser('message_from_binary_file')
