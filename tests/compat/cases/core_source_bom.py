# This file starts with a UTF-8 byte-order mark, as editors on Windows
# save it; so does the module it writes and imports.
import os
import sys
import tempfile

print("first line ran")
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "bom_module.py"), "wb") as f:
        f.write(b"\xef\xbb\xbfVALUE = 42\r\ndef twice(x):\r\n    return 2 * x\r\n")
    sys.path.insert(0, d)
    import bom_module

    sys.path.remove(d)
print(bom_module.VALUE, bom_module.twice(21))
ns = {}
exec(b"\xef\xbb\xbfy = 5", ns)
print(ns["y"])
