# The default filters, as CPython's: a DeprecationWarning shows when it is
# attributed to __main__ and not from a module; PendingDeprecationWarning,
# ImportWarning and ResourceWarning never show; other warnings show once
# per location. stderr is checked through a capturing showwarning.
import warnings

shown = []
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: shown.append(
    (category.__name__, str(message)))
for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning, UserWarning,
                 RuntimeWarning, FutureWarning, SyntaxWarning, BytesWarning, UnicodeWarning, EncodingWarning):
    warnings.warn("from main: " + category.__name__, category)
    warnings.warn_explicit("from a module: " + category.__name__, category, "lib.py", 3, module="lib")
for i in range(3):
    warnings.warn("repeated", UserWarning)
for entry in shown:
    print(entry)
