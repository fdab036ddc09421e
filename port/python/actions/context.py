"""The workflow run's context, as @actions/github's `context` gives it.

    from actions import context
    context.event_name, context.sha, context.repo.owner, context.issue.number

Values are read from the environment when this module is first imported,
as the JavaScript Context is built when @actions/github is loaded; `repo`
and `issue` are computed on each access and raise as theirs do.
"""
import json
import sys

from actions import _env


class _Record:
    """A small read-only record: attributes, and [] like the JS object."""

    def __init__(self, **fields):
        for key in fields:
            setattr(self, key, fields[key])

    def __getitem__(self, key):
        return self.__dict__[key]

    def __eq__(self, other):
        return isinstance(other, _Record) and self.__dict__ == other.__dict__

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items())))


class Repo(_Record):
    pass


class Issue(_Record):
    pass


def _parse_int(text):
    # parseInt(text, 10): optional sign and leading digits after leading
    # whitespace; None where JavaScript gives NaN.
    if text is None:
        return None
    text = text.lstrip(" \t\n\r\x0b\x0c")
    sign = 1
    if text[:1] in ("+", "-"):
        sign = -1 if text[0] == "-" else 1
        text = text[1:]
    digits = ""
    for ch in text:
        if "0" <= ch <= "9":
            digits += ch
        else:
            break
    return sign * int(digits) if digits else None


def _js_truthy(value):
    # JavaScript truthiness: objects and arrays are true even when empty.
    if isinstance(value, (dict, list)):
        return True
    return bool(value)


def _load_payload():
    path = _env.get("GITHUB_EVENT_PATH")
    if not path:
        return {}
    try:
        f = open(path)
    except OSError:
        sys.stdout.write("GITHUB_EVENT_PATH %s does not exist\n" % path)
        return {}
    with f:
        return json.loads(f.read())


class Context:
    """The context read from the environment now (module attributes come
    from one instance made at import)."""

    def __init__(self):
        self.payload = _load_payload()
        get = _env.get
        self.event_name = get("GITHUB_EVENT_NAME")
        self.sha = get("GITHUB_SHA")
        self.ref = get("GITHUB_REF")
        self.workflow = get("GITHUB_WORKFLOW")
        self.action = get("GITHUB_ACTION")
        self.actor = get("GITHUB_ACTOR")
        self.job = get("GITHUB_JOB")
        self.run_attempt = _parse_int(get("GITHUB_RUN_ATTEMPT"))
        self.run_number = _parse_int(get("GITHUB_RUN_NUMBER"))
        self.run_id = _parse_int(get("GITHUB_RUN_ID"))
        self.api_url = get("GITHUB_API_URL", "https://api.github.com")
        self.server_url = get("GITHUB_SERVER_URL", "https://github.com")
        self.graphql_url = get("GITHUB_GRAPHQL_URL", "https://api.github.com/graphql")

    @property
    def repo(self):
        full = _env.get("GITHUB_REPOSITORY")
        if full:
            parts = full.split("/")
            return Repo(owner=parts[0], repo=parts[1] if len(parts) > 1 else None)
        repository = self.payload.get("repository") if isinstance(self.payload, dict) else None
        if _js_truthy(repository):
            return Repo(owner=repository["owner"]["login"], repo=repository.get("name"))
        raise RuntimeError("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'")

    @property
    def issue(self):
        payload = self.payload
        source = payload
        for key in ("issue", "pull_request"):
            candidate = payload.get(key) if isinstance(payload, dict) else None
            if _js_truthy(candidate):
                source = candidate
                break
        number = source.get("number") if isinstance(source, dict) else None
        repo = self.repo
        return Issue(owner=repo.owner, repo=repo.repo, number=number)


_context = Context()
payload = _context.payload
event_name = _context.event_name
sha = _context.sha
ref = _context.ref
workflow = _context.workflow
action = _context.action
actor = _context.actor
job = _context.job
run_attempt = _context.run_attempt
run_number = _context.run_number
run_id = _context.run_id
api_url = _context.api_url
server_url = _context.server_url
graphql_url = _context.graphql_url


def __getattr__(name):
    # repo and issue depend on the environment at the time of access.
    if name in ("repo", "issue"):
        return getattr(_context, name)
    raise AttributeError(name)


def __dir__():
    # dir() lists the module's dict (PEP 562): add the two computed names
    return sorted(list(globals()) + ["repo", "issue"])
