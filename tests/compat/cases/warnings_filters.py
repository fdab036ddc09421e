# warnings filters as CPython applies them: the message pattern matches the
# start of the text and ignores case, the module pattern does not ignore
# case, the newest filter wins, and the actions error, ignore, once, always.
import sys
import warnings

sys.stderr = sys.stdout
warnings.showwarning = lambda message, category, *rest, **kw: print('warned %s: %s' % (category.__name__, message))


def emit(text, category=UserWarning):
    try:
        warnings.warn(text, category)
        return 'shown or ignored'
    except Warning as e:
        return 'raised %s: %s' % (type(e).__name__, e)


warnings.resetwarnings()
warnings.filterwarnings('error', 'CAREFUL')
print(emit('careful here'))
print(emit('not careful'))
warnings.filterwarnings('ignore', 'careful', UserWarning)
print(emit('Careful now'))
warnings.resetwarnings()
warnings.filterwarnings('error', module='__MAIN__')
print(emit('module pattern keeps case'))
warnings.filterwarnings('error', module='__main__')
print(emit('module pattern matched'))
warnings.resetwarnings()
warnings.filterwarnings('error', 'deprecated', DeprecationWarning)
print(emit('DEPRECATED thing', DeprecationWarning))
print(emit('deprecated thing', UserWarning))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', 'NOISY')
    warnings.warn('noisy one')
    warnings.warn('quiet one')
    print([str(w.message) for w in caught])
