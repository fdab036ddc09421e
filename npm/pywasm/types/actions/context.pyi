# actions.context: @actions/github's `context` (see docs/action.md).
from typing import Any

class Repo:
    owner: str
    repo: str
    def __getitem__(self, key: str) -> Any: ...

class Issue:
    owner: str
    repo: str
    number: int | None
    def __getitem__(self, key: str) -> Any: ...

class Context:
    payload: dict[str, Any]
    event_name: str | None
    sha: str | None
    ref: str | None
    workflow: str | None
    action: str | None
    actor: str | None
    job: str | None
    run_attempt: int | None
    run_number: int | None
    run_id: int | None
    api_url: str
    server_url: str
    graphql_url: str
    @property
    def repo(self) -> Repo: ...
    @property
    def issue(self) -> Issue: ...
    def __init__(self) -> None: ...

payload: dict[str, Any]
event_name: str | None
sha: str | None
ref: str | None
workflow: str | None
action: str | None
actor: str | None
job: str | None
run_attempt: int | None
run_number: int | None
run_id: int | None
api_url: str
server_url: str
graphql_url: str
repo: Repo
issue: Issue
