"""colorsys: conversions between RGB and the YIQ, HLS and HSV colour
spaces, all coordinates floats in [0, 1]. The arithmetic is done in the
same order as CPython's, so results are the same floats bit for bit.
Nothing of the module is missing."""

__all__ = ['rgb_to_yiq', 'yiq_to_rgb', 'rgb_to_hls', 'hls_to_rgb',
           'rgb_to_hsv', 'hsv_to_rgb']

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _clamp(x):
    if x < 0.0:
        return 0.0
    if x > 1.0:
        return 1.0
    return x


def rgb_to_yiq(r, g, b):
    y = 0.30 * r + 0.59 * g + 0.11 * b
    i = 0.74 * (r - y) - 0.27 * (b - y)
    q = 0.48 * (r - y) + 0.41 * (b - y)
    return (y, i, q)


def yiq_to_rgb(y, i, q):
    # the inverse of rgb_to_yiq's matrix, to double precision
    r = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    g = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    b = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_clamp(r), _clamp(g), _clamp(b))


def _hue(r, g, b, maxc, span):
    """Hue in [0, 1) of a colour whose channels are not all equal."""
    rc = (maxc - r) / span
    gc = (maxc - g) / span
    bc = (maxc - b) / span
    if r == maxc:
        h = bc - gc
    elif g == maxc:
        h = 2.0 + rc - bc
    else:
        h = 4.0 + gc - rc
    return (h / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    maxc = max(r, g, b)
    minc = min(r, g, b)
    total = maxc + minc
    span = maxc - minc
    l = total / 2.0
    if minc == maxc:
        return 0.0, l, 0.0
    if l <= 0.5:
        s = span / total
    else:
        s = span / (2.0 - maxc - minc)
    return _hue(r, g, b, maxc, span), l, s


def _channel(m1, m2, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return m1 + (m2 - m1) * hue * 6.0
    if hue < 0.5:
        return m2
    if hue < TWO_THIRD:
        return m1 + (m2 - m1) * (TWO_THIRD - hue) * 6.0
    return m1


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    if l <= 0.5:
        m2 = l * (1.0 + s)
    else:
        m2 = l + s - (l * s)
    m1 = 2.0 * l - m2
    return (_channel(m1, m2, h + ONE_THIRD), _channel(m1, m2, h),
            _channel(m1, m2, h - ONE_THIRD))


def rgb_to_hsv(r, g, b):
    maxc = max(r, g, b)
    minc = min(r, g, b)
    if minc == maxc:
        return 0.0, 0.0, maxc
    span = maxc - minc
    return _hue(r, g, b, maxc, span), span / maxc, maxc


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    i = int(h * 6.0)
    f = (h * 6.0) - i
    p = v * (1.0 - s)
    q = v * (1.0 - s * f)
    t = v * (1.0 - s * (1.0 - f))
    i = i % 6
    # which of v, t, p, q each channel takes, by sextant of the hue
    return ((v, t, p), (q, v, p), (p, v, t), (p, q, v), (t, p, v), (v, p, q))[i]
