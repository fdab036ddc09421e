"""A first script for pywasm: ordinary Python, no Python installed."""
import json
import sys

languages = {"python": 1991, "javascript": 1995, "webassembly": 2017}
newest = max(languages, key=languages.get)
print("Hello from", sys.implementation.name, "on", sys.platform)
print(json.dumps({"newest": newest, "count": len(languages)}))
print("arguments:", sys.argv[1:])
