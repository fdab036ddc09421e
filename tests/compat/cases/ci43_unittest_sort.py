# unittest.TestLoader.sortTestMethodsUsing (CPython's hook; None keeps dir()'s
# order): it was missing, so setting it had no effect and reading it failed.
import io
import unittest


class T(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def test_c(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(T))
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(T))
suite = loader.loadTestsFromTestCase(T)
print([t._testMethodName for t in suite])
loader.sortTestMethodsUsing = None
print(loader.getTestCaseNames(T))
print(unittest.TestLoader.sortTestMethodsUsing("a", "b"), unittest.defaultTestLoader.sortTestMethodsUsing("b", "a"))
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(loader.loadTestsFromTestCase(T))
print([line.split()[0] for line in stream.getvalue().splitlines() if line.startswith("test_")])
