"""urllib: the parse submodule; request/error raise NotImplementedError."""
