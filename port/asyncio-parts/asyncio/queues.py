# pywasm: CPython's asyncio.queues, whose names the package itself holds
from _pywasm_asyncio_parts import fill
__all__ = fill(globals(), __name__)
del fill
