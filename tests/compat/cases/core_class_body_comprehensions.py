# Comprehensions and generator expressions in a class body: the first
# iterable is evaluated in the class scope, the rest in the comprehension's
# own scope, which does not see the class's names.
RAW = ["alpha", "beta", "gamma"]


class Config:
    names = [n.upper() for n in RAW]
    lengths = {n: len(n) for n in names}
    initials = {n[0] for n in names}
    total = sum(len(n) for n in names)
    pairs = [(a, b) for a in range(2) for b in "xy" if b != "y" or a]
    label: str = "config"

    def method(self):
        return [n.lower() for n in self.names]


print(Config.names, Config.lengths, sorted(Config.initials), Config.total)
print(Config.pairs, Config.label, Config.__annotations__ == {"label": "str"} or Config.__annotations__ == {"label": str})
print(Config().method())


class Hidden:
    base = 10
    try:
        shifted = [base + i for i in range(3)]
    except NameError as e:
        shifted = "NameError: " + str(e)


print(Hidden.shifted)
