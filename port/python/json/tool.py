"""json.tool: `pywasm -m json.tool [infile [outfile]]` checks JSON and prints it
indented, with python3's options, output and error messages (a parse error is
one line on stderr and exit status 1)."""
import argparse
import json
import sys


def _parser():
    parser = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='Check JSON and print it indented.')
    parser.add_argument('infile', nargs='?', help='the JSON to read (default: stdin)', default=None)
    parser.add_argument('outfile', nargs='?', help='where to write it (default: stdout)', default=None)
    parser.add_argument('--sort-keys', action='store_true', default=False, help='write the keys of objects in sorted order')
    parser.add_argument('--no-ensure-ascii', dest='ensure_ascii', action='store_false', help='write non-ASCII characters as they are, not as \\u escapes')
    parser.add_argument('--json-lines', action='store_true', default=False, help='read one JSON document per line (write JSON Lines with --no-indent or --compact)')
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument('--indent', default=4, type=int, help='indent by this many spaces (default: 4)')
    layout.add_argument('--tab', action='store_const', dest='indent', const='\t', help='indent by tabs')
    layout.add_argument('--no-indent', action='store_const', dest='indent', const=None, help='one line per document, items separated by spaces')
    layout.add_argument('--compact', action='store_true', help='one line per document, no spaces at all')
    return parser


def _documents(text, lines):
    if not lines:
        return [json.loads(text)]
    # as python3: every line, its end included, is a document (a blank one
    # is an error), each written before the next is read
    return (json.loads(line) for line in text.splitlines(True))


def main(argv=None):
    parser = _parser()
    options = parser.parse_args(sys.argv[1:] if argv is None else argv)
    dump_args = {'sort_keys': options.sort_keys, 'indent': options.indent, 'ensure_ascii': options.ensure_ascii}
    if options.compact:
        dump_args['indent'] = None
        dump_args['separators'] = (',', ':')
    try:
        # the whole input is read before the output is opened, so a file may
        # be rewritten in place
        if options.infile is None:
            text = sys.stdin.read()
        else:
            with open(options.infile, encoding='utf-8') as f:
                text = f.read()
    except OSError as e:
        # as python3's argparse.FileType: a usage error, status 2
        parser.error("argument infile: can't open '%s': %s" % (options.infile, e))
    try:
        documents = _documents(text, options.json_lines)
        out = sys.stdout if options.outfile is None else open(options.outfile, 'w', encoding='utf-8')
        try:
            for document in documents:
                json.dump(document, out, **dump_args)
                out.write('\n')
        finally:
            if out is not sys.stdout:
                out.close()
    except ValueError as e:
        raise SystemExit(e)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as e:
        raise SystemExit(e.errno)
