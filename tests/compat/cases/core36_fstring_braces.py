# Braces in f-strings: "{{" just before the closing quote, and plain strings
# joined to an f-string keep their braces as text (patch 0285).
x, name = 1, 'n'
print(f"{x}{{")
print(f"{x} {{")
print(f"a{{")
print(f"{{{x}}}")
print(f"""{x}{{""")
print(f'{x}{{' + 'tail')
print(f"{x}" "{}")
print("{}" f"{x}")
print("{" f"{x}" "}")
print("{0}" "{name}" f"{x!r:>3}" "{{}}")
print(f"{x}" "}}" f"{{" "{")
print(f"{name}" r"\{x}" f"{x:{'>'}3}")
print(f"dict: {{'k': {x}}}" " and {set}")
print(len(f"{x}" "{}"))
