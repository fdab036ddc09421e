# unittest.main() hands verbosity, failfast, buffer, warnings and tb_locals
# to a runner class (dropping tb_locals, then everything, for classes that
# do not take them); TextTestRunner itself keeps warnings=None as given.
import io
import unittest


class T(unittest.TestCase):
    def test_fail(self):
        self.assertEqual(2, 1)


class Modern(unittest.TextTestRunner):
    def __init__(self, **kw):
        print("modern", sorted(kw.items()))
        kw["stream"] = io.StringIO()
        super().__init__(**kw)

    def run(self, suite):
        r = super().run(suite)
        print("result tb_locals", r.tb_locals, "failures", len(r.failures))
        return r


class NoLocals:
    def __init__(self, verbosity, failfast, buffer, warnings):
        print("no-locals", verbosity, failfast, buffer, warnings)

    def run(self, suite):
        return unittest.TestResult()


class Bare:
    def __init__(self):
        print("bare")

    def run(self, suite):
        return unittest.TestResult()


print(unittest.TextTestRunner(stream=io.StringIO()).warnings)
print(unittest.TextTestRunner(stream=io.StringIO(), warnings="error").warnings)
for argv in (["prog"], ["prog", "--locals"], ["prog", "-v", "-b", "--locals"], ["prog", "-vf"]):
    unittest.main(module=__name__, argv=argv, testRunner=Modern, exit=False)
unittest.main(module=__name__, argv=["prog"], testRunner=Modern, exit=False, tb_locals=True, warnings="ignore")
unittest.main(module=__name__, argv=["prog"], testRunner=NoLocals, exit=False)
unittest.main(module=__name__, argv=["prog"], testRunner=Bare, exit=False)
