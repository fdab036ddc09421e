"""A GitHub API client for workflow scripts, and the run's context.

    from actions import github
    gh = github.client()                    # the step's github-token
    issues = gh.paginate("GET /repos/{owner}/{repo}/issues",
                         owner=github.context.repo.owner, repo=github.context.repo.repo,
                         state="open", per_page=100)
    gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
               owner="o", repo="r", issue_number=1, body="Thanks!")
    viewer = gh.graphql("query { viewer { login } }")["viewer"]["login"]

Routes are written as in GitHub's REST documentation. Requests go through
urllib.request, so through the host's network (on in the GitHub Action;
pywasm --allow-net elsewhere). Every failure raises RequestError.
"""
from actions import context
from actions.github._client import Client, Response, client
from actions.github._errors import GraphQLError, RequestError
