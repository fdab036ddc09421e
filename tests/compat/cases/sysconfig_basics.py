# sysconfig answers what libraries ask of it (the packaging library's tags:
# config variables, the platform, the paths); the values describe pywasm's
# installation, so only their shapes are compared with CPython's.
import sysconfig
print(sysconfig.get_python_version(), sysconfig.get_config_var("py_version_nodot"), sysconfig.get_config_var("VERSION"))
print(sysconfig.get_config_var("Py_DEBUG"), sysconfig.get_config_var("NO_SUCH_VARIABLE"), sysconfig.get_config_var("abiflags"))
print(sorted(sysconfig.get_paths()), sysconfig.get_default_scheme() in sysconfig.get_scheme_names())
print(type(sysconfig.get_platform()).__name__, sysconfig.get_config_var("EXT_SUFFIX").endswith(".so"), sysconfig.is_python_build())
print(sysconfig.get_config_vars("VERSION", "NO_SUCH"), isinstance(sysconfig.get_config_vars(), dict), sysconfig.get_path("stdlib") == sysconfig.get_paths()["stdlib"])
try:
    sysconfig.get_path("nope")
except KeyError as e:
    print("KeyError", e)
