"""urllib.request is not available: the sandbox has no sockets. Import
succeeds so that scripts can probe it; every entry point raises
NotImplementedError naming the feature."""


def _no(*a, **k):
    raise NotImplementedError('urllib.request: no network access from the pywasm sandbox')


urlopen = urlretrieve = build_opener = install_opener = _no


class Request:
    def __init__(self, *a, **k):
        _no()
