# StringIO and BytesIO objects take attributes of their own, as CPython's
# (which have a __dict__) do.
import io

buf = io.BytesIO(b"id,name\n1,a\n")
buf.name = "report.csv"
buf.mode = "rb"
print(buf.name, buf.mode, buf.read(3), buf.__dict__)
del buf.mode
print(hasattr(buf, "mode"), sorted(buf.__dict__))
try:
    del buf.nothing
except AttributeError:
    print("AttributeError on del")
try:
    buf.other
except AttributeError as e:
    print("AttributeError")

s = io.StringIO()
s.tag = 7
s.write("hello")
print(s.tag, s.getvalue(), "tag" in dir(s) or "tag" in s.__dict__)
s.write = lambda text: print("own write", text)
s.write("x")
print(s.getvalue())
with io.BytesIO() as b:
    b.label = "L"
    print(b.label, b.closed)
print(isinstance(buf, io.BytesIO), type(buf).__name__)
