# zipimport's names exist for the libraries that test against them
# (jinja2's loaders).
import zipimport
print(issubclass(zipimport.ZipImportError, ImportError), isinstance(object(), zipimport.zipimporter))
