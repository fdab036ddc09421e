# PrettyPrinter converts indent and width with int(), so float arguments
# work, and the argument checks run in a fixed order.
import pprint

data = ["abc def " * 5, [1, 2], {"k": "v" * 30}]
print(pprint.pformat(data, indent=2.7, width=30.2))
for bad in (dict(indent=-1), dict(depth=0), dict(width=0), dict(indent=-1, depth=0),
            dict(depth=-2, width=0), dict(indent="2")):
    try:
        pprint.PrettyPrinter(**bad)
        print(bad, "accepted")
    except Exception as e:
        print(bad, type(e).__name__, e)
