// qstrs specific to this port (none beyond those found by scanning the sources)
