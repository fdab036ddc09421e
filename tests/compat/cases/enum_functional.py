# enum's functional API (Enum('Color', 'RED GREEN') and its other forms), and
# a custom __init__ that runs once per member, not again on Planet(value).
import enum
Color = enum.Enum("Color", "RED GREEN BLUE")
print(Color.RED, Color["GREEN"].value, [c.name for c in Color], repr(Color.BLUE), Color(2), Color.__name__, Color.__module__)
Shape = enum.Enum("Shape", [("SQ", "sq"), ("CI", "ci")]); print(list(Shape), Shape("ci"))
Perm = enum.Flag("Perm", "R W X"); print(Perm.R | Perm.X, Perm.X.value, list(Perm))
Level = enum.IntEnum("Level", {"LOW": 10, "HIGH": 20}); print(Level.HIGH > Level.LOW, Level.LOW + 1, Level(20))
Animal = enum.Enum("Animal", "ANT, BEE", start=10); print([a.value for a in Animal])
S = enum.StrEnum("S", "ALPHA BETA"); print(S.ALPHA == "alpha", list(S))
class Planet(enum.Enum):
    MERCURY = (3.3e23, 2.4e6)
    EARTH = (5.9e24, 6.3e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MERCURY.radius, Planet((5.9e24, 6.3e6)))
class Mood(enum.Enum):
    HAPPY = 1
    SAD = 2
print(Mood(1), Mood['SAD'], len(Mood))
try: Mood(3)
except ValueError as e: print(e)
