# \N{NAME} escapes in str literals, f-strings included; bytes and raw
# strings keep the text; a malformed escape is a SyntaxError when the
# source is compiled. (A name the table lacks raises NotImplementedError
# here, where CPython's SyntaxError says it is unknown: docs/compat.md.)
print(ascii("\N{BULLET} item \N{EM DASH} done"), ascii("\N{bullet}"), len("\N{SNOWMAN}"))
print(ascii("\N{LATIN SMALL LETTER E WITH ACUTE}t\N{LATIN SMALL LETTER E WITH ACUTE}"))
print(ascii(f"\N{CHECK MARK} {1 + 1} \N{WARNING SIGN}"), ascii("\N{GREEK CAPITAL LETTER DELTA}x\N{DIGIT ONE}"))
print(ascii("\N{NO-BREAK SPACE}"), ascii("\N{HIRAGANA LETTER A}"), ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}"))
print(ascii("\N{ROCKET} \N{PARTY POPPER} \N{grinning face} \N{BLACK STAR} \N{CRAB}"))
print(b"\N{BULLET}", r"\N{BULLET}", "\N{BOX DRAWINGS LIGHT HORIZONTAL}" * 3 == "\u2500" * 3)
for source in ['"\\N{BULLET"', '"\\N"', '"\\N{}"', 'x = "a\\N{BULLET}b\\N{BULLET"']:
    try:
        compile(source, "<escape>", "eval" if source.startswith('"') else "exec")
        print("compiled", source)
    except SyntaxError as e:
        print("SyntaxError", source, e.lineno)
