# gettext: a .mo catalog written here, looked up with plural forms,
# contexts, fallbacks and the module-level functions.
import gettext, os, struct, tempfile

def write_mo(path, messages, order="<"):
    keys = sorted(messages)
    ids = b"".join(k + b"\0" for k in keys)
    strs = b"".join(messages[k] + b"\0" for k in keys)
    start = 7 * 4 + 16 * len(keys)
    offs, o = [], 0
    for k in keys:
        offs.append((len(k), start + o)); o += len(k) + 1
    toffs, o = [], 0
    for k in keys:
        toffs.append((len(messages[k]), start + len(ids) + o)); o += len(messages[k]) + 1
    head = struct.pack(order + "7I", 0x950412de, 0, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    body = b"".join(struct.pack(order + "2I", *p) for p in offs) + b"".join(struct.pack(order + "2I", *p) for p in toffs)
    with open(path, "wb") as f:
        f.write(head + body + ids + strs)

root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "fr", "LC_MESSAGES"))
os.makedirs(os.path.join(root, "lv", "LC_MESSAGES"))
header = b"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n > 1);\n"
write_mo(os.path.join(root, "fr", "LC_MESSAGES", "app.mo"), {
    b"": header, b"Hello": "Bonjour é".encode(), b"file\0files": b"fichier\0fichiers",
    b"menu\x04Open": b"Ouvrir", b"Bye": b"Au revoir"})
write_mo(os.path.join(root, "lv", "LC_MESSAGES", "app.mo"), {
    b"": b"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2;\n",
    b"apple\0apples": b"abols\0aboli\0abolu"}, order=">")
t = gettext.translation("app", root, languages=["fr_FR.UTF-8"])
print(t.gettext("Hello"), t.gettext("Missing"), t.ngettext("file", "files", 1), t.ngettext("file", "files", 2), t.ngettext("file", "files", 0))
print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"), t.info()["plural-forms"], t.charset())
lv = gettext.translation("app", root, languages=["lv"])
print([lv.ngettext("apple", "apples", n) for n in (1, 2, 11, 21, 0)])
print(gettext.find("app", root, ["de", "fr"]).endswith("fr/LC_MESSAGES/app.mo"), gettext.find("app", root, ["de"]))
try:
    gettext.translation("app", root, languages=["de"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
null = gettext.translation("app", root, languages=["de"], fallback=True)
print(type(null).__name__, null.gettext("x"), null.ngettext("a", "b", 3))
t.add_fallback(gettext.NullTranslations())
print(t.gettext("Bye"))
gettext.bindtextdomain("app", root)
gettext.textdomain("app")
os.environ["LANGUAGE"] = "fr"
print(gettext.gettext("Hello"), gettext.ngettext("file", "files", 5), gettext.dgettext("app", "Bye"), gettext.textdomain())
t.install()
print(_("Hello"))
f = gettext.c2py("n != 1")
print(f(1), f(2), gettext.c2py("n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2")(22))
import shutil
shutil.rmtree(root)
