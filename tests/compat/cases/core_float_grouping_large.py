# Digit grouping of floats with many digits before the point.
for v in [1e22, 1e40, 1.5e100, -2.5e200, 1.7976931348623157e308]:
    print(format(v, ",.2f"))
    print(format(v, "_.0f"), "{:,}".format(v), "%.3f" % v)
print(f"{123456789.125:,.2f}", f"{-1e45:,.1f}", f"{1e50:>80,.1f}|", f"{1e30:080,.1f}")
