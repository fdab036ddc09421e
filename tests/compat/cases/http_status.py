# http: HTTPStatus (every member's value, name, phrase and description, as
# an IntEnum) and HTTPMethod (a StrEnum shown without its value).
import http
from http import HTTPMethod, HTTPStatus

print(http.__all__, len(HTTPStatus), len(HTTPMethod))
for status in HTTPStatus:
    print(status.value, status.name, repr(status.phrase), repr(status.description))
for method in HTTPMethod:
    print(repr(method), str(method), method.value, method.description)

s = HTTPStatus.NOT_FOUND
print(repr(s), str(s), "%s|%d|%r" % (s, s, s), "{}|{:>5}|{:x}".format(s, s, s), f"{s}")
print(s == 404, s != 405, s < 500, s + 1, s in HTTPStatus, isinstance(s, int), isinstance(s, HTTPStatus))
print(HTTPStatus(404) is s, HTTPStatus["NOT_FOUND"] is s, HTTPStatus(s) is s, {404: "hit"}[s], int(s), hash(s) == hash(404))
print(s.name, s.value, type(s).__name__, HTTPStatus.__members__["OK"])
print(sorted([HTTPStatus.GONE, HTTPStatus.OK, HTTPStatus.CONTINUE]), max(HTTPStatus.OK, HTTPStatus.FOUND))
print([st for st in HTTPStatus if 300 <= st < 400])
for bad in (999, "404", None):
    try:
        HTTPStatus(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    HTTPStatus["not_found"]
except KeyError as e:
    print("KeyError", e)
m = HTTPMethod.POST
print(m == "POST", m.lower(), m + "!", m in HTTPMethod, HTTPMethod("GET") is HTTPMethod.GET, m.name, m.value)
try:
    HTTPMethod("get")
except ValueError as e:
    print("ValueError", e)
