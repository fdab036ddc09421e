"""email.mime.base: MIMEBase, a Message with Content-Type maintype/subtype
(and the given parameters) and MIME-Version: 1.0."""
from email import message

__all__ = ['MIMEBase']


class MIMEBase(message.Message):
    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        if policy is None:
            from email.policy import compat32
            policy = compat32
        message.Message.__init__(self, policy=policy)
        self.add_header('Content-Type', '%s/%s' % (_maintype, _subtype), **_params)
        self['MIME-Version'] = '1.0'
