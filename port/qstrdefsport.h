// qstrs specific to this port (none beyond those found by scanning the sources)

// The type of a builtin's special method taken from an object (slotmethods.c).
Q(method-wrapper)

// A comprehension's iterator argument, as CPython's locals() names it (frames.c).
Q(.0)

// The names of the standard streams (stdio.c; <stdin> is MicroPython's own).
Q(<stdout>)
Q(<stderr>)

// OSError messages as CPython words them (errors.c looks them up without allocating).
Q(Operation not permitted)
Q(No such file or directory)
Q(Interrupted system call)
Q(Input/output error)
Q(Bad file descriptor)
Q(Resource temporarily unavailable)
Q(Cannot allocate memory)
Q(Permission denied)
Q(Device or resource busy)
Q(File exists)
Q(Invalid cross-device link)
Q(No such device)
Q(Not a directory)
Q(Is a directory)
Q(Invalid argument)
Q(Too many open files)
Q(Inappropriate ioctl for device)
Q(File too large)
Q(No space left on device)
Q(Illegal seek)
Q(Read-only file system)
Q(Broken pipe)
Q(Numerical result out of range)
Q(File name too long)
Q(Function not implemented)
Q(Directory not empty)
Q(Too many levels of symbolic links)
Q(Operation not supported)
Q(Connection timed out)
Q(Connection refused)
