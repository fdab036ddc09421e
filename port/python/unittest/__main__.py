"""`pywasm -m unittest [-v] [names... | discover ...]`: python3's test command
line (unittest.TestProgram with no module)."""
import sys

from unittest import main

sys.argv[0] = 'python -m unittest'
main(module=None)
