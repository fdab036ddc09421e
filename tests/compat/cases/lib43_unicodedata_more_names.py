# unicodedata names of Hebrew, Arabic and Thai letters and of the Latin
# ligatures (ftfy's "\N{LATIN SMALL LIGATURE FI}"; charset_normalizer asks
# name() of each letter it meets).
import unicodedata

for ch in 'אשת' + 'مرحبا' + 'สวัสดี' + 'ﬁﬂﬀﭏ' + 'Աա':
    print('U+%04X' % ord(ch), unicodedata.name(ch))
print('\N{LATIN SMALL LIGATURE FI}', '\N{HEBREW LETTER ALEF}', '\N{ARABIC LETTER ALEF}', '\N{THAI CHARACTER KO KAI}')
print(unicodedata.lookup('LATIN SMALL LIGATURE FFL') == '\ufb04', unicodedata.name('\u0e3f'))
print(unicodedata.name('\u05ff', 'unassigned'), unicodedata.name('\u0e7f', None))
