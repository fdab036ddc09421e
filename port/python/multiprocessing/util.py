"""multiprocessing.util: the package logger (get_logger, log_to_stderr and
the logging helpers) and register_after_fork, which has nothing to do: no
process is ever forked here."""
__all__ = ['sub_debug', 'debug', 'info', 'sub_warning', 'get_logger', 'log_to_stderr',
           'register_after_fork', 'is_exiting', 'SUBDEBUG', 'SUBWARNING']

NOTSET, SUBDEBUG, DEBUG, INFO, SUBWARNING = 0, 5, 10, 20, 25
LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'
_logger = None


def _log(level, msg, args):
    if _logger:
        _logger.log(level, msg, *args)


def sub_debug(msg, *args):
    _log(SUBDEBUG, msg, args)


def debug(msg, *args):
    _log(DEBUG, msg, args)


def info(msg, *args):
    _log(INFO, msg, args)


def sub_warning(msg, *args):
    _log(SUBWARNING, msg, args)


def get_logger():
    global _logger
    import logging
    if not _logger:
        _logger = logging.getLogger(LOGGER_NAME)
        _logger.propagate = 0
    return _logger


def log_to_stderr(level=None):
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(DEFAULT_LOGGING_FORMAT))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    return logger


def register_after_fork(obj, func):
    pass


def is_exiting():
    import threading
    return threading._exiting
