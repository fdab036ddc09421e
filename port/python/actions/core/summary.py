"""The job summary builder (GITHUB_STEP_SUMMARY): @actions/core's `summary`.

Methods build HTML into a buffer and return the builder, so calls chain;
write() appends the buffer to the summary file (or replaces it with
overwrite=True) and empties the buffer. Unlike @actions/core, write and
clear are synchronous: there is no event loop to wait on.
"""
from actions import _env
from actions._os import stat

ENV_VAR = "GITHUB_STEP_SUMMARY"
DOCS_URL = "https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary"


def _wrap(tag, content, attrs=()):
    # attrs: (name, value) pairs in order; @actions/core leaves out falsy
    # optional attributes before they get here. Falsy content gives an
    # unclosed tag, as there (e.g. <hr>, <img ...>).
    html_attrs = "".join(' %s="%s"' % (k, _text(v)) for k, v in attrs)
    if not content:
        return "<%s%s>" % (tag, html_attrs)
    return "<%s%s>%s</%s>" % (tag, html_attrs, content, tag)


def _text(value):
    # Template-literal conversion of the attribute values people pass.
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def _cell(cell, wrap):
    if isinstance(cell, str):
        return wrap("td", cell)
    get = cell.get if isinstance(cell, dict) else lambda k, d=None: getattr(cell, k, d)
    attrs = [(k, get(k)) for k in ("colspan", "rowspan") if get(k)]
    return wrap("th" if get("header") else "td", get("data"), attrs)


class Summary:
    def __init__(self):
        self._buffer = ""
        self._file_path = None

    def file_path(self):
        """The summary file's path; checks it is readable and writable."""
        if self._file_path:
            return self._file_path
        path = _env.get(ENV_VAR)
        if not path:
            raise RuntimeError(
                "Unable to find environment variable for $%s. "
                "Check if your runtime environment supports job summaries." % ENV_VAR
            )
        try:
            stat(path)  # must exist: opening it to append would create it
            open(path, "a").close()
        except OSError:
            raise RuntimeError(
                "Unable to access summary file: '%s'. "
                "Check if the file has correct read/write permissions." % path
            )
        self._file_path = path
        return path

    def write(self, overwrite=False):
        with open(self.file_path(), "w" if overwrite else "a") as f:
            f.write(self._buffer)
        return self.empty_buffer()

    def clear(self):
        return self.empty_buffer().write(overwrite=True)

    def stringify(self):
        return self._buffer

    def is_empty_buffer(self):
        return len(self._buffer) == 0

    def empty_buffer(self):
        self._buffer = ""
        return self

    def add_raw(self, text, add_eol=False):
        self._buffer += text
        return self.add_eol() if add_eol else self

    def add_eol(self):
        return self.add_raw("\n")

    def _add(self, element):
        return self.add_raw(element).add_eol()

    def add_code_block(self, code, lang=None):
        attrs = [("lang", lang)] if lang else []
        return self._add(_wrap("pre", _wrap("code", code), attrs))

    def add_list(self, items, ordered=False):
        items_html = "".join(_wrap("li", item) for item in items)
        return self._add(_wrap("ol" if ordered else "ul", items_html))

    def add_table(self, rows):
        """rows: lists of cells; a cell is a str (a <td>) or a dict/object
        with `data` and optional `header`, `colspan`, `rowspan`."""
        body = "".join(_wrap("tr", "".join(_cell(c, _wrap) for c in row)) for row in rows)
        return self._add(_wrap("table", body))

    def add_details(self, label, content):
        return self._add(_wrap("details", _wrap("summary", label) + content))

    def add_image(self, src, alt, width=None, height=None):
        attrs = [("src", src), ("alt", alt)]
        attrs += [(k, v) for k, v in (("width", width), ("height", height)) if v]
        return self._add(_wrap("img", None, attrs))

    def add_heading(self, text, level=1):
        tag = "h" + _text(level)
        return self._add(_wrap(tag if tag in ("h1", "h2", "h3", "h4", "h5", "h6") else "h1", text))

    def add_separator(self):
        return self._add(_wrap("hr", None))

    def add_break(self):
        return self._add(_wrap("br", None))

    def add_quote(self, text, cite=None):
        return self._add(_wrap("blockquote", text, [("cite", cite)] if cite else []))

    def add_link(self, text, href):
        return self._add(_wrap("a", text, [("href", href)]))


summary = Summary()
