"""zipimport: the names libraries test against (jinja2's loaders check
isinstance(loader, zipimport.zipimporter)). pywasm imports from
directories only, so making a zipimporter raises NotImplementedError."""


class ZipImportError(ImportError):
    pass


class zipimporter:
    def __init__(self, path):
        raise NotImplementedError('zipimport.zipimporter: imports from zip archives are not supported')
