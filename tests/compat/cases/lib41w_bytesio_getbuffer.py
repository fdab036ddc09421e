# BytesIO.getbuffer(): a view of the stream's bytes (werkzeug's send_file
# sizes an in-memory file with getbuffer().nbytes); other streams have none.
import io

b = io.BytesIO(b'hello world')
b.seek(3)
view = b.getbuffer()
print(view.nbytes, len(view), bytes(view), view[0], bytes(view[2:5]), b.tell())
del view
b.write(b'LO')
print(bytes(b.getbuffer()), b.getbuffer().nbytes)
print(io.BytesIO().getbuffer().nbytes)
print(hasattr(io.BytesIO(), 'getbuffer'), hasattr(io.StringIO(), 'getbuffer'))
try:
    io.StringIO().getbuffer()
except AttributeError as e:
    print('AttributeError', e)
