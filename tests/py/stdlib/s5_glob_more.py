import glob, os, tempfile
d = tempfile.mkdtemp(); os.chdir(d)
for p in ["a/b/c.py", "a/.h/x.py", "a/.h/.y.py", ".hd/z.py", "b/x.txt"]:
    os.makedirs(os.path.dirname(p), exist_ok=True); open(p, "w").close()
os.symlink("a", "lnk"); os.symlink("nowhere", "broken")
S = sorted
print(S(glob.glob("a/.h/*")), S(glob.glob("a/.*/*")), S(glob.glob(".*/*")), S(glob.glob("*/*/")))
print(S(glob.glob("**/.h", recursive=True)), S(glob.glob("**/.*", recursive=True)), S(glob.glob("a/**/*.py", recursive=True)))
print(S(glob.glob("a/**/*.py", recursive=True, include_hidden=True)), S(glob.glob("**", recursive=True, include_hidden=True)))
print(S(glob.glob("lnk/*")), S(glob.glob("broken")), S(glob.glob("bro*")), S(glob.glob("*/")), S(glob.glob("**/", recursive=True)))
print(S(glob.glob("a/**/b/**", recursive=True)), S(glob.glob("**/**", recursive=True)), S(glob.glob("a**", recursive=True)), S(glob.glob("a/b**", recursive=True)))
print(S(glob.glob(os.path.join(d, "**", "*.txt"), recursive=True)) == [os.path.join(d, "b", "x.txt")])
print(S(glob.glob("*", root_dir=d + "/a")), S(glob.glob(d + "/b/*", root_dir="/nonexistent")) == [d + "/b/x.txt"], S(glob.glob("b/*", root_dir=d)))
print(S(glob.glob("nonexist/*")), S(glob.glob("[")), S(glob.glob("b/x.txt/*")), glob.glob(""), glob.glob("**", recursive=True, root_dir="/nonexistent"))
print(S(glob.glob(b"**/*.txt", recursive=True)), S(glob.glob("*", root_dir=b"a") if False else []))
import shutil; os.chdir("/"); shutil.rmtree(d)
