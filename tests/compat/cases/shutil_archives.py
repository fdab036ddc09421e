# shutil.make_archive and unpack_archive: zip, tar and gztar, with root_dir
# and base_dir, entries in CPython's order, and the registry's errors.
import os, shutil, tempfile
here = os.getcwd()
work = tempfile.mkdtemp(dir=here, prefix="_tmp_archive")
os.chdir(work)
try:
    os.makedirs("src/sub")
    with open("src/a.txt", "w") as f:
        f.write("a\n")
    with open("src/sub/b.txt", "w") as f:
        f.write("b\n")
    import shutil, zipfile, tarfile, os
    print(os.path.basename(shutil.make_archive('out1', 'zip', 'src')))
    print(zipfile.ZipFile('out1.zip').namelist())
    print(os.path.basename(shutil.make_archive('out2', 'gztar', 'src')))
    print(tarfile.open('out2.tar.gz').getnames())
    print(os.path.basename(shutil.make_archive('out3', 'zip', '.', 'src')))
    print(zipfile.ZipFile('out3.zip').namelist())
    print(os.path.basename(shutil.make_archive('out4', 'tar', root_dir='src', base_dir='sub')))
    print(tarfile.open('out4.tar').getnames())
    print(shutil.make_archive('out6', 'zip', base_dir='src'))
    print(zipfile.ZipFile('out6.zip').namelist())
    shutil.unpack_archive('out1.zip', 'un1'); print(sorted(os.listdir('un1')), open('un1/sub/b.txt').read())
    shutil.unpack_archive('out2.tar.gz', 'un2'); print(sorted(os.listdir('un2')))
    try: shutil.make_archive('x', 'rar')
    except ValueError as e: print(e)
    try: shutil.unpack_archive('nofile.rar')
    except shutil.ReadError as e: print(type(e).__name__, e)
    try: shutil.unpack_archive('out1.zip', 'un3', 'rar')
    except Exception as e: print(type(e).__name__, e)
    print([n for n, d in shutil.get_archive_formats() if n in ('gztar', 'tar', 'zip')])
finally:
    os.chdir(here)
    shutil.rmtree(work)
