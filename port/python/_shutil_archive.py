"""shutil's archives: make_archive, unpack_archive and their registries
(get_archive_formats, register_archive_format, get_unpack_formats,
register_unpack_format and the unregister functions), over our zipfile and
tarfile. The formats are zip, tar and gztar; bztar and xztar are missing
because bz2 and lzma are (CPython leaves them out the same way when it is
built without those libraries). Imported by shutil on first use."""
import os


class ReadError(OSError):
    """An archive that no unpacker recognises."""


class RegistryError(Exception):
    """A registration that conflicts with one already made."""


def _make_tarball(base_name, base_dir, compress='gzip', verbose=0, dry_run=0, owner=None, group=None,
                  logger=None, root_dir=None):
    import tarfile
    ext = {'gzip': '.gz', None: ''}[compress]
    archive_name = base_name + '.tar' + ext
    archive_dir = os.path.dirname(archive_name)
    if archive_dir and not os.path.exists(archive_dir):
        os.makedirs(archive_dir)
    if dry_run:
        return archive_name
    mode = 'w|gz' if compress == 'gzip' else 'w'

    def set_owner(info):
        if owner is not None:
            info.uname = owner
        if group is not None:
            info.gname = group
        return info
    here = os.getcwd()
    if root_dir is not None:
        os.chdir(root_dir)
    try:
        with tarfile.open(os.path.join(here, archive_name), mode) as tar:
            tar.add(base_dir, filter=set_owner)
    finally:
        os.chdir(here)
    return archive_name


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None, owner=None, group=None, root_dir=None):
    import zipfile
    archive_name = base_name + '.zip'
    archive_dir = os.path.dirname(archive_name)
    if archive_dir and not os.path.exists(archive_dir):
        os.makedirs(archive_dir)
    if dry_run:
        return archive_name
    here = os.getcwd()
    target = os.path.join(here, archive_name)
    if root_dir is not None:
        os.chdir(root_dir)
    try:
        with zipfile.ZipFile(target, 'w', compression=zipfile.ZIP_DEFLATED) as zf:
            # CPython's order: the base directory, then per directory of the
            # walk its subdirectories and files, each sorted.
            top = os.path.normpath(base_dir)
            if top != os.curdir:
                zf.write(top, top + '/')
            for dirpath, dirnames, filenames in os.walk(base_dir):
                dirnames.sort()
                for name in dirnames:
                    path = os.path.normpath(os.path.join(dirpath, name))
                    zf.write(path, path + '/')
                for name in sorted(filenames):
                    path = os.path.normpath(os.path.join(dirpath, name))
                    if os.path.isfile(path):
                        zf.write(path, path)
    finally:
        os.chdir(here)
    return archive_name


_ARCHIVE_FORMATS = {
    'gztar': (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file"),
    'tar': (_make_tarball, [('compress', None)], 'uncompressed tar file'),
    'zip': (_make_zipfile, [], 'ZIP file'),
}


def get_archive_formats():
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for element in extra_args:
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0, owner=None,
                 group=None, logger=None):
    try:
        function, extra_args, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    base_name = os.fspath(base_name)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
        base_name = os.path.abspath(base_name)
    if base_dir is None:
        base_dir = os.curdir
    kwargs = dict(extra_args, dry_run=dry_run, logger=logger)
    if function in (_make_tarball, _make_zipfile):
        kwargs.update(owner=owner, group=group, root_dir=root_dir)
        return function(base_name, base_dir, **kwargs)
    # A registered maker without root_dir support runs from inside it.
    here = os.getcwd()
    if root_dir is not None:
        os.chdir(root_dir)
    try:
        return function(base_name, base_dir, **kwargs)
    finally:
        os.chdir(here)


# ---- unpacking

def _unpack_zipfile(filename, extract_dir):
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError('%s is not a zip file' % filename)
    with zipfile.ZipFile(filename) as zf:
        for info in zf.infolist():
            name = info.filename
            # like CPython: skip names that would land outside extract_dir
            if name.startswith('/') or '..' in name.split('/'):
                continue
            target = os.path.join(extract_dir, *name.split('/'))
            if not target:
                continue
            parent = os.path.dirname(target)
            if parent and not os.path.isdir(parent):
                os.makedirs(parent)
            if not name.endswith('/'):
                with open(target, 'wb') as f:
                    f.write(zf.read(info.filename))


def _unpack_tarfile(filename, extract_dir, *, filter=None):
    import tarfile
    try:
        tar = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError('%s is not a compressed or uncompressed tar file' % filename) from None
    try:
        tar.extractall(extract_dir, filter=filter) if filter is not None else tar.extractall(extract_dir)
    finally:
        tar.close()


_UNPACK_FORMATS = {
    'gztar': (['.tar.gz', '.tgz'], _unpack_tarfile, [], "gzip'ed tar-file"),
    'tar': (['.tar'], _unpack_tarfile, [], 'uncompressed tar file'),
    'zip': (['.zip'], _unpack_zipfile, [], 'ZIP file'),
}


def get_unpack_formats():
    return sorted((name, entry[0], entry[3]) for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    if extra_args is None:
        extra_args = []
    taken = {ext: n for n, entry in _UNPACK_FORMATS.items() for ext in entry[0]}
    for ext in extensions:
        if ext in taken:
            raise RegistryError('%s is already registered for "%s"' % (ext, taken[ext]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _UNPACK_FORMATS[name] = (extensions, function, extra_args, description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def _format_of(filename):
    for name, entry in _UNPACK_FORMATS.items():
        for ext in entry[0]:
            if filename.endswith(ext):
                return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is not None:
        try:
            entry = _UNPACK_FORMATS[format]
        except KeyError:
            raise ValueError("Unknown unpack format '{0}'".format(format)) from None
    else:
        format = _format_of(filename)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
        entry = _UNPACK_FORMATS[format]
    function, kwargs = entry[1], dict(entry[2])
    if filter is not None:
        kwargs['filter'] = filter
    function(filename, extract_dir, **kwargs)
