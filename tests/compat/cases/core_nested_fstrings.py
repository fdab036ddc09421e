# f-strings inside the expressions of f-strings, and string literals with ':'
# or '}' in an f-string's expressions (patch 0031), as scripts write them to
# format lists and tables.
settings = {"retries": 3, "timeout": 2.5, "mode": "fast"}
print(f"settings: {', '.join(f'{k}={v!r}' for k, v in sorted(settings.items()))}")

rows = [("lint", 12, True), ("unit tests", 340, False)]
for name, count, ok in rows:
    print(f"{name:<12}{f'{count:,}':>8} {'ok' if ok else f'FAILED ({count} checked)'}")

width = 7
print(f"[{f'{3.14159:.2f}':^{width}}]")
x = 5
print(f"{'a' + f'{x}' + 'b'}", f"{f'{x=}'}", f"""{f'{x * 2}'} and {f"{x + 1}"}""")
print(f"{[f'{i}:{i * i}' for i in range(4)]}")
print(f"{'-'.join(f'{c}' for c in f'{x * 11}')}")
print(f"""{'level ' + f'1 {f"2 {x}"}'}""")
missing = None
print(f"{missing or 'n/a: none'}", f"{'{'}{x}{'}'}", f"{'a:b'.split(':')}", f"{'x' if missing else 'y: z'!r:>8}")
