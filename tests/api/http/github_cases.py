# actions.github against tests/support/servers/github.js (run by
# tests/api/github.test.js with GITHUB_API_URL pointing at it).
# Usage: github_cases.py REFUSED_PORT
import sys

from actions import github

gh = github.client()
print("token", gh.token, gh.base_url.startswith("http://127.0.0.1:"), gh.graphql_url == gh.base_url + "/graphql")

print("-- request")
r = gh.request("GET /repos/{owner}/{repo}/issues", owner="octo", repo="repo", per_page=5)
print(r.status, type(r).__name__, len(r.data), r.data[0]["number"], 'rel="next"' in r.headers["link"], r.headers["content-type"])
seen = gh.request("/request-echo", q="label:bug is:open+x", labels=["a", "b c"], flag=True, skipped=None).data
print(seen["method"], seen["query"])
print([seen["headers"][k] for k in ("accept", "x-github-api-version", "user-agent", "authorization")])
seen = gh.request("POST /repos/{owner}/{repo}/request-echo", owner="a b/c", repo="ü", title="ünï", labels=["x"], headers={"X-Extra": "1", "accept": "application/vnd.github.raw+json"}).data
print(seen["method"], seen["path"], seen["body"], seen["headers"]["content-type"], seen["headers"]["x-extra"], seen["headers"]["accept"])
seen = gh.request("PUT /request-echo", data="raw text body").data
print(seen["method"], seen["body"], seen["headers"].get("content-type"), seen["headers"]["content-length"])
comment = gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", owner="octo", repo="repo", issue_number=7, body="Thanks!")
print(comment.status, comment.data["id"], comment.data["body"])
empty = gh.request("GET /no-content")
print(empty.status, empty.data)

print("-- paginate")
bugs = gh.paginate("GET /repos/{owner}/{repo}/issues", owner="octo", repo="repo", labels="bug", per_page=2)
print(len(bugs), [i["number"] for i in bugs])
every = gh.paginate("GET /repos/{owner}/{repo}/issues", owner="octo", repo="repo", state="all", per_page=100)
print(len(every))
found = gh.paginate("GET /search/issues", q="repo:octo/repo label:bug", per_page=3)
print(len(found), [i["number"] for i in found])
print([len(p) for p in gh.pages("GET /repos/{owner}/{repo}/issues", owner="octo", repo="repo", per_page=7)])

print("-- graphql")
print(gh.graphql("query { viewer { login } }"))
echo = gh.graphql("query($n: Int!, $s: String) { echo }", n=3, s="ü")["echo"]
print(sorted(echo), echo["n"], echo["s"] == "ü")
try:
    gh.graphql("query { broken }")
except github.GraphQLError as err:
    print(type(err).__name__, isinstance(err, github.RequestError), err.status, err.message, len(err.errors), err.data)

print("-- errors")
for route, params in (("GET /repos/{owner}/{repo}/issues", {"owner": "nobody", "repo": "x"}), ("POST /repos/octo/repo/labels", {"color": "red"})):
    try:
        gh.request(route, **params)
    except github.RequestError as err:
        print(err.status, err.message, err.documentation_url, err.errors, err.response.status, err.method, str(err).replace(gh.base_url, "BASE"))
try:
    github.client(token="wrong").request("GET /repos/octo/repo/issues")
except github.RequestError as err:
    print(err.status, err.message, err.response.data)
try:
    gh.request("GET /repos/{owner}/{repo}", owner="octo")
except ValueError as err:
    print("ValueError", err)
try:
    github.client(base_url="http://127.0.0.1:%s/api/v3" % sys.argv[1]).request("GET /x")
except github.RequestError as err:
    print(err.status, err.message, err.response, str(err).replace(sys.argv[1], "PORT"))
print(github.client(base_url="https://ghe.example/api/v3/").graphql_url)
print(github.context.repo.owner, github.context.repo.repo)
