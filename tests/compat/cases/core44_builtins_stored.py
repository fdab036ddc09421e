# A name stored on the builtins module reads back as its attribute (patch
# 0382), as gettext.install(names=...) and hasattr() checks expect; del
# removes it again.
import builtins
import gettext

setattr(builtins, 'ngettext_probe', len)
builtins.counter_probe = 1
print(hasattr(builtins, 'ngettext_probe'), builtins.counter_probe, counter_probe, ngettext_probe('ab'))
print(getattr(builtins, 'counter_probe', None), 'counter_probe' in dir(builtins) or 'not in dir')
del builtins.counter_probe
print(hasattr(builtins, 'counter_probe'))
gettext.NullTranslations().install(names=['ngettext', 'pgettext'])
print(builtins._('text'), builtins.ngettext('one', 'many', 2), hasattr(builtins, 'pgettext'))
del builtins._, builtins.ngettext, builtins.pgettext, builtins.ngettext_probe
