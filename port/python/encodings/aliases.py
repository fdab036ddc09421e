"""encodings.aliases: aliases, CPython's table of the other names of each
codec (normalised, lower case) to its module name, here made from pywasm's
codec names (_pywasm_codecs_names): the codecs pywasm has, the code pages,
and those CPython has and pywasm lacks that it knows by name."""
import _pywasm_codecs_names as _names


def _table():
    if _names._aliases is None:
        _names._load_names()
    # a codec's own module name is no alias of it
    table = {alias: module for alias, module in _names._aliases.items() if alias != module}
    # Windows' codec, in CPython's table everywhere
    table['ansi'] = table['dbcs'] = 'mbcs'
    return table


aliases = _table()
del _table
