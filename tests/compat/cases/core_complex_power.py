# A complex power by CPython's formula (patch 0112): hypot(z)**x with the
# phase, not exp(x*log(z)), so these print to the last digit as CPython's.
print((-8) ** (1 / 3), (1 + 2j) ** 0.5, (1 + 2j) ** (0.5 + 1j), 2 ** (1j), (-1) ** 0.5)
print((3 + 4j) ** 2.5, 1j ** 1j, (-2.5) ** 1.5, pow(-27, 1 / 3), (1 + 1j) ** 2, (2 - 1j) ** -2)
