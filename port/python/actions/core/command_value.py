"""toCommandValue: how @actions/core turns any value into command text."""
from actions._jsjson import stringify


def to_command_value(value):
    """None becomes '', a str is kept as it is, anything else becomes JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return stringify(value)
