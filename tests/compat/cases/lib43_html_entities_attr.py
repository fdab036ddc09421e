# `import html` makes html.entities usable, as in CPython (whose html
# imports it): ftfy reads html.entities.html5 after a plain `import html`.
import html

print(html.entities.html5['amp;'], html.entities.name2codepoint['eacute'])
print(html.entities.codepoint2name[0x3c], html.entities.entitydefs["lt"], len(html.entities.html5) > 2000)
print(html.unescape('&lt;&eacute;&gt;'))
try:
    html.nonexistent
except AttributeError as e:
    print('AttributeError', e)
