"""Control of command processing: set_command_echo and stop_commands."""
from actions._os import urandom
from actions.core.command import issue, issue_command


def set_command_echo(enabled):
    """Echo (or stop echoing) workflow commands into the log."""
    issue("echo", "on" if enabled else "off")


class stop_commands:
    """Within the block, the runner treats `::...::` lines as plain text.

        with core.stop_commands():
            print(untrusted_text)

    The runner resumes when it sees `::<token>::`; the token is random so
    the printed text cannot resume command processing itself.
    """

    def __init__(self, token=None):
        self.token = token or "".join("%02x" % b for b in urandom(16))

    def __enter__(self):
        issue_command("stop-commands", None, self.token)
        return self

    def __exit__(self, exc_type, exc, tb):
        issue_command(self.token, None, "")
        return False
