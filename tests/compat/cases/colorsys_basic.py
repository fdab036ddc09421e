# colorsys: every conversion gives CPython's exact floats (printed with
# repr) on corner colours, a grid of values and out-of-range inputs.
import colorsys

points = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0),
          (0.0, 0.0, 1.0), (0.2, 0.4, 0.4), (0.5, 0.5, 0.25), (0.9, 0.1, 0.3),
          (1 / 3, 2 / 3, 0.1), (0.75, 0.6, 0.95), (0.999, 0.001, 0.5)]
for p in points:
    yiq = colorsys.rgb_to_yiq(*p)
    hls = colorsys.rgb_to_hls(*p)
    hsv = colorsys.rgb_to_hsv(*p)
    print(p)
    print('  yiq', yiq, colorsys.yiq_to_rgb(*yiq))
    print('  hls', hls, colorsys.hls_to_rgb(*hls))
    print('  hsv', hsv, colorsys.hsv_to_rgb(*hsv))

# hue wrap-around, the six sextants, lightness on both sides of 0.5
for h in (0.0, 0.1, 0.2, 0.4, 0.55, 0.7, 0.9, 1.0, 1.25, -0.1):
    print(h, colorsys.hsv_to_rgb(h, 0.8, 0.6), colorsys.hls_to_rgb(h, 0.3, 0.7),
          colorsys.hls_to_rgb(h, 0.8, 0.5))
print(colorsys.hsv_to_rgb(0.3, 0.0, 0.4), colorsys.hls_to_rgb(0.3, 0.4, 0.0))
# yiq_to_rgb clamps to [0, 1]
print(colorsys.yiq_to_rgb(1.0, 0.6, 0.5), colorsys.yiq_to_rgb(0.0, -0.6, 0.5))

# a grid, summarised so the output stays short
total = []
steps = [i / 7 for i in range(8)]
for r in steps:
    for g in steps:
        for b in steps:
            for f, back in (('rgb_to_yiq', 'yiq_to_rgb'), ('rgb_to_hls', 'hls_to_rgb'),
                            ('rgb_to_hsv', 'hsv_to_rgb')):
                there = getattr(colorsys, f)(r, g, b)
                total.append(repr(there) + repr(getattr(colorsys, back)(*there)))
import hashlib
print(len(total), hashlib.sha256('|'.join(total).encode()).hexdigest())
print(sorted(n for n in colorsys.__all__))
