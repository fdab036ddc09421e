"""Line-oriented command interpreters (CPython 3.11's cmd module).

A Cmd subclass defines do_<name>(arg) methods; cmdloop() reads lines,
splits off the command word and calls the matching method.  "help" lists
documented commands, help_<name>() methods and undocumented ones; end of
input arrives as the command "EOF"; an empty line repeats the last command.
Completion methods work as plain functions; complete() needs readline,
which pywasm does not have, so the loop never installs it.
"""

import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = ('abcdefghijklmnopqrstuvwxyz' 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
              '0123456789_')


class Cmd:
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    def _readline_module(self):
        # CPython hooks readline in only when it can be imported; pywasm
        # usually has none, so this mostly returns None.
        if not (self.use_rawinput and self.completekey):
            return None
        try:
            import readline
        except ImportError:
            return None
        return readline

    def _next_line(self):
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        out = self.stdout
        out.write(self.prompt)
        out.flush()
        line = self.stdin.readline()
        if not line:
            return 'EOF'
        return line.rstrip('\r\n')

    def cmdloop(self, intro=None):
        """Prompt for lines and dispatch each until a command returns true."""
        self.preloop()
        rl = self._readline_module()
        if rl is not None:
            self.old_completer = rl.get_completer()
            rl.set_completer(self.complete)
            rl.parse_and_bind(self.completekey + ": complete")
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                line = self.precmd(self._next_line())
                stop = self.postcmd(self.onecmd(line), line)
            self.postloop()
        finally:
            if rl is not None:
                rl.set_completer(self.old_completer)

    def precmd(self, line):
        """Hook run on each line before it is interpreted; returns the line."""
        return line

    def postcmd(self, stop, line):
        """Hook run after each command; its result decides whether to stop."""
        return stop

    def preloop(self):
        """Hook run once when cmdloop() starts."""

    def postloop(self):
        """Hook run once when cmdloop() is about to return."""

    def parseline(self, line):
        """Split a line into (command, args, line); None parts if unparsable."""
        line = line.strip()
        if not line:
            return None, None, line
        first = line[0]
        if first == '?':
            line = 'help ' + line[1:]
        elif first == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        ident = self.identchars
        end = 0
        n = len(line)
        while end < n and line[end] in ident:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Interpret one line; returns the flag that stops cmdloop()."""
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        # 'EOF' is dispatched but not remembered, so an empty line after it
        # does not repeat it.
        self.lastcmd = '' if line == 'EOF' else line
        if cmd == '':
            return self.default(line)
        try:
            func = getattr(self, 'do_' + cmd)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        """Called for an empty line: repeats the last nonempty command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Called for a line whose command has no do_ method."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        """Completion for commands without a complete_ method: nothing."""
        return []

    def completenames(self, text, *ignored):
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline completer: the state-th completion of text, or None."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            line = whole.lstrip()
            shift = len(whole) - len(line)
            begidx = readline.get_begidx() - shift
            endidx = readline.get_endidx() - shift
            if begidx > 0:
                cmd = self.parseline(line)[0]
                func = self.completedefault
                if cmd != '':
                    func = getattr(self, 'complete_' + cmd, self.completedefault)
            else:
                func = self.completenames
            self.completion_matches = func(text, line, begidx, endidx)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        # Class attributes only, as CPython does: instance-set do_ methods
        # are not listed by help.
        return dir(self.__class__)

    def complete_help(self, *args):
        found = set(self.completenames(*args))
        prefix = 'help_' + args[0]
        for name in self.get_names():
            if name.startswith(prefix):
                found.add(name[5:])
        return list(found)

    def do_help(self, arg):
        out = self.stdout
        if arg:
            try:
                func = getattr(self, 'help_' + arg)
            except AttributeError:
                try:
                    doc = getattr(self, 'do_' + arg).__doc__
                except AttributeError:
                    doc = None
                if doc:
                    out.write("%s\n" % str(doc))
                else:
                    out.write("%s\n" % str(self.nohelp % (arg,)))
                return
            func()
            return
        names = self.get_names()
        topics = set(name[5:] for name in names if name[:5] == 'help_')
        documented = []
        undocumented = []
        previous = None
        for name in sorted(names):
            if name[:3] != 'do_' or name == previous:
                continue
            previous = name
            cmd = name[3:]
            if cmd in topics:
                documented.append(cmd)
                topics.discard(cmd)
            elif getattr(self, name).__doc__:
                documented.append(cmd)
            else:
                undocumented.append(cmd)
        out.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    # help lists itself among the documented commands and prints this for
    # `help help`; set by hand, as the compiled library keeps no docstrings
    do_help.__doc__ = 'List available commands with "help" or detailed help with "help cmd".'

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        out = self.stdout
        out.write("%s\n" % str(header))
        if self.ruler:
            out.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        out.write("\n")

    def columnize(self, list, displaywidth=80):
        """Write the strings in as few rows as fit displaywidth, filling
        columns top to bottom; columns are two spaces apart."""
        out = self.stdout
        if not list:
            out.write("<empty>\n")
            return
        bad = [str(i) for i, item in enumerate(list) if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(bad))
        size = len(list)
        if size == 1:
            out.write('%s\n' % str(list[0]))
            return
        layout = None
        for nrows in range(1, size):
            ncols = (size + nrows - 1) // nrows
            widths = []
            total = -2
            for col in range(ncols):
                chunk = list[col * nrows:(col + 1) * nrows]
                width = max(len(x) for x in chunk) if chunk else 0
                widths.append(width)
                total += width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                layout = (nrows, ncols, widths)
                break
        if layout is None:
            layout = (size, 1, [0])
        nrows, ncols, widths = layout
        for row in range(nrows):
            cells = []
            for col in range(ncols):
                i = row + nrows * col
                cells.append(list[i] if i < size else "")
            while cells and not cells[-1]:
                cells.pop()
            for col in range(len(cells)):
                cells[col] = cells[col].ljust(widths[col])
            out.write("%s\n" % str("  ".join(cells)))
