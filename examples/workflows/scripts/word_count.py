"""Count the words in the files named on the command line.

    word_count.py [--top N] FILE...

Prints the N most common words, and sets the `top-word` output.
"""
import sys

from actions import core


def parse_args(argv):
    top = 5
    files = []
    i = 0
    while i < len(argv):
        if argv[i] == "--top":
            top = int(argv[i + 1])
            i += 2
        else:
            files.append(argv[i])
            i += 1
    if not files:
        raise SystemExit("usage: word_count.py [--top N] FILE...")
    return top, files


def count_words(paths):
    counts = {}
    for path in paths:
        with open(path) as f:
            for word in f.read().split():
                word = word.strip(".,:;!?()[]{}\"'`#-|").lower()
                if word.isalpha():
                    counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    top, files = parse_args(sys.argv[1:])
    counts = count_words(files)
    # Most common first; ties in alphabetical order, so the output is stable.
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    with core.group("Top %d words in %d files" % (top, len(files))):
        for word, n in ranked:
            core.info("%6d  %s" % (n, word))
    core.set_output("top-word", ranked[0][0] if ranked else "")


main()
