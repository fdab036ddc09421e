# A format spec whose second character is an alignment takes the first as
# the fill, even when that is an alignment character itself.
for spec in ["<<5", ">>5", "^^5", "==6", "<5", "*<5", "0>5", "=>5", "<>5"]:
    print(spec, repr(format(1, spec)), repr(format(-2.5, spec)), repr(format("x", spec)) if "=" not in spec[1:] else "")
print(f"{3:<<4}", f"{3.5:>>8.2f}", "{:^^9}".format("hi"), "{:>>{}}".format("a", 4))
