"""token: the numbers and names of Python 3.11's tokens (those of its
tokenize module), EXACT_TOKEN_TYPES, tok_name, ISTERMINAL, ISNONTERMINAL,
ISEOF."""

_NAMES = ('ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'LPAR', 'RPAR', 'LSQB', 'RSQB', 'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS', 'STAR', 'SLASH', 'VBAR', 'AMPER', 'LESS', 'GREATER', 'EQUAL', 'DOT', 'PERCENT', 'LBRACE', 'RBRACE', 'EQEQUAL', 'NOTEQUAL', 'LESSEQUAL', 'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT', 'RIGHTSHIFT', 'DOUBLESTAR', 'PLUSEQUAL', 'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL', 'PERCENTEQUAL', 'AMPEREQUAL', 'VBAREQUAL', 'CIRCUMFLEXEQUAL', 'LEFTSHIFTEQUAL', 'RIGHTSHIFTEQUAL', 'DOUBLESTAREQUAL', 'DOUBLESLASH', 'DOUBLESLASHEQUAL', 'AT', 'ATEQUAL', 'RARROW', 'ELLIPSIS', 'COLONEQUAL', 'OP', 'AWAIT', 'ASYNC', 'TYPE_IGNORE', 'TYPE_COMMENT', 'SOFT_KEYWORD', 'ERRORTOKEN', 'COMMENT', 'NL', 'ENCODING', 'N_TOKENS')

for _i, _name in enumerate(_NAMES):
    globals()[_name] = _i
NT_OFFSET = 256
tok_name = {_i: _name for _i, _name in enumerate(_NAMES)}
tok_name[NT_OFFSET] = "NT_OFFSET"
del _i, _name

_OPS = '( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> ** += -= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... :='
EXACT_TOKEN_TYPES = {_op: _i + LPAR for _i, _op in enumerate(_OPS.split())}

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF', 'EXACT_TOKEN_TYPES', 'NT_OFFSET'] + list(_NAMES)


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
