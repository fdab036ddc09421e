# enum.Flag and IntFlag: combinations, their names and reprs, IntFlag's
# kept extra bits, Flag's refusal of unknown bits, the bit operators.
import enum
class Perm(enum.IntFlag):
    R = 4; W = 2; X = 1
class F(enum.Flag):
    A = 1; B = 2
for v in (0, 6, 8, 12, 7):
    p = Perm(v); print(repr(p), str(p), p.name, list(p), p in Perm(7) if v < 8 else '-')
print(repr(~Perm.R), repr(Perm.R ^ 8), repr(F(0)), str(F(0)), F(0).name, repr(~F.A), str(F.A | F.B), (F.A|F.B).name, repr(Perm.R | 16))
try: F(8)
except ValueError as e: print(e)
print(Perm.R + 1, Perm.R == 4, Perm.R | Perm.W == 6, isinstance(Perm.R | 1, Perm), format(Perm.R|Perm.X), f"{Perm.W}")
