# str() of a builtin's subclass that defines only __repr__ (patch 0107)
class Money(int):
    def __repr__(self):
        return "Money(%d)" % int(self)
class Version(tuple):
    def __repr__(self):
        return "v" + ".".join(map(str, self))
class Ratio(float):
    def __repr__(self):
        return "Ratio(%g)" % float(self)
class Tags(list):
    def __repr__(self):
        return "Tags" + list.__repr__(self)
class Both(dict):
    def __repr__(self):
        return "repr"
    def __str__(self):
        return "str"
class Name(str):
    def __repr__(self):
        return "Name(%s)" % str.__str__(self)
class Err(ValueError):
    def __repr__(self):
        return "Err!"
class Plain(int):
    pass
for v in (Money(5), Version((1, 2)), Ratio(0.5), Tags([1]), Both(), Name("x"), Err("msg"), Plain(3)):
    print(str(v), repr(v), "%s" % (v,), f"{v!s}", [v])
print(Money(2) + 3, Version((1, 2)) + (3,))
