# input() at the end of its input: EOFError('EOF when reading a line')
# (here from a replaced sys.stdin; the real standard input says the same).
import io
import sys

saved = sys.stdin
sys.stdin = io.StringIO('first\nlast')
answers = []
try:
    while True:
        answers.append(input())
except EOFError as e:
    print(answers, repr(e), e.args, str(e))
sys.stdin = io.StringIO('')
try:
    input('prompt: ')
except EOFError as e:
    print()
    print(type(e).__name__ + ':', e)
sys.stdin = saved
