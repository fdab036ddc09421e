# bytes(n) and bytearray(n) take any int or bool as a size; a negative one is
# refused with CPython's text.
for e in ["bytes(3)", "bytes(-1)", "bytes(True)", "bytes(False)", "bytearray(-1)", "bytearray(True)", "bytearray(2)", "bytes(0)", "bytearray(b'ab')", "bytearray([1, 2])", "bytes([True])"]:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
