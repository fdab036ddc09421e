# actions.github: a GitHub API client and the run's context (see docs/action.md).
from typing import Any, Iterator

from . import context as context


class Response:
    status: int
    # Lower-case header names; repeated headers joined with ", ".
    headers: dict[str, str]
    # Parsed JSON; a str for text; bytes otherwise; None when empty.
    data: Any
    url: str

class RequestError(Exception):
    # None when no answer came (the reason is then in `message`).
    status: int | None
    message: str
    response: Response | None
    method: str | None
    url: str | None
    documentation_url: str | None
    errors: list[Any] | None

class GraphQLError(RequestError):
    errors: list[Any]
    data: Any

class Client:
    token: str | None
    base_url: str
    graphql_url: str
    def __init__(self, token: str | None = ..., base_url: str | None = ...) -> None: ...
    # route: "METHOD /path/{param}" as in GitHub's REST docs, or a full URL.
    # Special parameters: headers (a dict), data (the body, sent as it is).
    def request(self, route: str, **params: Any) -> Response: ...
    def pages(self, route: str, **params: Any) -> Iterator[list[Any]]: ...
    def paginate(self, route: str, **params: Any) -> list[Any]: ...
    def graphql(self, query: str, **variables: Any) -> Any: ...

# token: default the action's github-token input, then GITHUB_TOKEN.
# base_url: default GITHUB_API_URL, then https://api.github.com.
def client(token: str | None = ..., base_url: str | None = ...) -> Client: ...
