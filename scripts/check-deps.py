#!/usr/bin/python3
"""Proves that everything a build used from outside the repository comes from a package the install step installs.

A fresh Debian 12 machine has its base system (Essential and Priority: required packages) and whatever
scripts/install-deps.sh installs, with the hard dependencies (Depends, Pre-Depends) apt pulls in: nothing else.
Recommends are skipped there, so a file from a merely recommended package builds here and fails there. This
script collects the files a build and its tests used from the system:

  cmake    every CMake file configure loaded (the CMake file API's cmakeFiles reply: *Config.cmake, modules)
           and the compilers and build tool CMake found
  header   every system header the compiler read (Ninja's dependency log: `ninja -t deps`)
  library  every shared library the built executables and libraries link (`ldd`)
  runtime  with --runtime DIR: every shared library (plugins included) and program the tests loaded or ran,
           from the dynamic loader's own log (run the tests with LD_DEBUG=libs LD_DEBUG_OUTPUT=DIR/ld)

maps each file to its package with `dpkg -S`, and computes what a fresh machine would have: apt's own resolver,
asked with an empty package status (`apt-get --simulate`, `--no-install-recommends`) to install the base system
plus the install list. That is the closure of hard dependencies with alternatives and virtual packages chosen the
way apt really chooses them. It fails with the list of files whose package is outside that closure, and of files
no package owns.

Usage: scripts/check-deps.py [--packages FILE] [--runtime DIR] BUILD_DIR...
  --packages FILE  the install list, one package per line (default: scripts/install-deps.sh --list)
Exit status: 0 when every file is covered, 1 when some are not, 2 when the check itself could not run.
"""

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SOURCE_DIR = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
MAX_FILES_SHOWN = 15


def fail(message):
    print(f"check-deps: {message}", file=sys.stderr)
    sys.exit(2)


def run(args, **kwargs):
    try:
        return subprocess.run(args, check=False, text=True, capture_output=True, **kwargs)
    except FileNotFoundError:
        fail(f"{args[0]} is not installed")


def install_list(path):
    if path:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    else:
        result = run([os.path.join(SOURCE_DIR, "scripts", "install-deps.sh"), "--list"])
        if result.returncode != 0:
            fail("scripts/install-deps.sh --list failed: " + result.stderr.strip())
        text = result.stdout
    packages = [line.split("#")[0].strip() for line in text.splitlines()]
    return sorted({p for p in packages if p})


def base_system():
    """Packages every Debian system has: Essential ones and Priority: required."""
    result = run(["dpkg-query", "-W", "-f=${Package}\t${Essential}\t${Priority}\t${db:Status-Status}\n"])
    base = set()
    for line in result.stdout.splitlines():
        name, essential, priority, status = (line.split("\t") + ["", "", ""])[:4]
        if status == "installed" and (essential == "yes" or priority == "required"):
            base.add(name)
    return base


def fresh_machine_closure(packages):
    """What apt installs on a machine with nothing but the base system when asked for the install list."""
    base = base_system()
    with tempfile.NamedTemporaryFile(prefix="check-deps-status-") as empty_status:
        result = run(["apt-get", "--simulate", "--no-install-recommends", "-o", "Debug::NoLocking=1",
                      "-o", f"Dir::State::status={empty_status.name}", "install", *sorted(base), *packages])
    if result.returncode != 0:
        fail("apt-get could not resolve the install list:\n" + (result.stdout + result.stderr).strip())
    closure = set(base)
    for line in result.stdout.splitlines():
        if line.startswith("Inst "):
            closure.add(line.split()[1].split(":")[0])
    return closure


def cmake_files(build_dir):
    """Every file outside the source and build trees that CMake read while configuring build_dir."""
    query = os.path.join(build_dir, ".cmake", "api", "v1", "query", "cmakeFiles-v1")
    os.makedirs(os.path.dirname(query), exist_ok=True)
    open(query, "a").close()
    result = run(["cmake", build_dir])  # reconfigure: writes the reply, changes nothing to build
    if result.returncode != 0:
        fail(f"reconfiguring {build_dir} failed:\n{result.stderr.strip()}")
    indexes = sorted(glob.glob(os.path.join(build_dir, ".cmake", "api", "v1", "reply", "index-*.json")))
    if not indexes:
        fail(f"CMake wrote no file API reply in {build_dir}")
    reply_dir = os.path.dirname(indexes[-1])
    with open(indexes[-1], encoding="utf-8") as f:
        index = json.load(f)
    files = set()
    for obj in index.get("objects", []):
        if obj.get("kind") != "cmakeFiles":
            continue
        with open(os.path.join(reply_dir, obj["jsonFile"]), encoding="utf-8") as f:
            reply = json.load(f)
        for entry in reply.get("inputs", []):
            if entry.get("isExternal") or entry.get("isCMake"):
                path = entry["path"]
                if not os.path.isabs(path):
                    path = os.path.join(reply["paths"]["source"], path)
                files.add(path)
    # The tools configure chose: the compilers, the build tool and CMake itself.
    with open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8") as f:
        for line in f:
            match = re.match(r"(CMAKE_(?:C|CXX)_COMPILER|CMAKE_MAKE_PROGRAM|CMAKE_COMMAND):\w+=(/.*)$", line.strip())
            if match and os.path.exists(match.group(2)):
                files.add(match.group(2))
    return files


def header_files(build_dir):
    """Every file the compiler read (headers), from Ninja's dependency log."""
    if not os.path.exists(os.path.join(build_dir, "build.ninja")):
        return set()
    result = run(["ninja", "-C", build_dir, "-t", "deps"])
    if result.returncode != 0:
        fail(f"ninja -t deps failed in {build_dir}: {result.stderr.strip()}")
    files = set()
    for line in result.stdout.splitlines():
        if line.startswith("    "):
            path = line.strip()
            if os.path.isabs(path):
                files.add(os.path.normpath(path))
    return files


def is_elf(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def linked_libraries(build_dir):
    """Every shared library the executables and shared libraries in build_dir link, resolved by ldd."""
    files, missing = set(), set()
    for root, dirs, names in os.walk(build_dir):
        dirs[:] = [d for d in dirs if d != "CMakeFiles"]  # CMake's compiler probes, not our binaries
        for name in names:
            path = os.path.join(root, name)
            if not (name.endswith(".so") or ".so." in name or os.access(path, os.X_OK)) or not is_elf(path):
                continue
            for line in run(["ldd", path]).stdout.splitlines():
                line = line.strip()
                if "=> not found" in line:
                    missing.add(f"{line.split()[0]} (needed by {os.path.relpath(path, SOURCE_DIR)})")
                elif "=>" in line:
                    target = line.split("=>", 1)[1].split("(")[0].strip()
                    if target:
                        files.add(target)
                elif line.startswith("/"):
                    files.add(line.split()[0])
    return files, missing


def runtime_files(log_dir):
    """Shared objects and programs the tests loaded, from the dynamic loader's LD_DEBUG=libs logs."""
    files, programs = set(), set()
    init = re.compile(r"^\s*\d+:\s+calling init: (/\S+)")
    program = re.compile(r"^\s*\d+:\s+initialize program: (\S+)")
    for log in glob.glob(os.path.join(log_dir, "*")):
        with open(log, encoding="utf-8", errors="replace") as f:
            for line in f:
                if match := init.match(line):
                    files.add(match.group(1))
                elif match := program.match(line):
                    programs.add(match.group(1))
    for name in programs:
        path = name if "/" in name else shutil.which(name)
        if path and os.path.isabs(path):
            files.add(path)
    return files


def usr_variant(path):
    """Debian 12 has a merged /usr, but dpkg knows each file under the name its package ships it as."""
    for top in ("/bin/", "/sbin/", "/lib/", "/lib64/", "/lib32/", "/libx32/"):
        if path.startswith(top):
            return "/usr" + path
        if path.startswith("/usr" + top):
            return path[len("/usr"):]
    return None


def owners(files):
    """Maps each file to the packages that own it (by its own name, its /usr twin or its resolved target)."""
    candidates = {}
    for path in files:
        names = [path, usr_variant(path), os.path.realpath(path)]
        names.append(usr_variant(names[2]))
        candidates[path] = [n for n in dict.fromkeys(names) if n]
    queries = sorted({n for names in candidates.values() for n in names})
    owned = {}
    for start in range(0, len(queries), 500):
        result = run(["dpkg", "-S", *queries[start:start + 500]])
        for line in result.stdout.splitlines():
            if line.startswith("diversion by") or ": " not in line:
                continue
            packages, path = line.split(": ", 1)
            owned.setdefault(path, set()).update(p.strip().split(":")[0] for p in packages.split(","))
    result = {}
    for path, names in candidates.items():
        result[path] = next((owned[n] for n in names if n in owned), set())
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("build_dirs", nargs="+", metavar="BUILD_DIR")
    parser.add_argument("--packages", help="install list, one package per line (default: install-deps.sh --list)")
    parser.add_argument("--runtime", metavar="DIR", help="LD_DEBUG=libs logs of a test run")
    args = parser.parse_args()

    used = {}  # file -> how the build used it

    def note(paths, how):
        for path in paths:
            if not os.path.realpath(path).startswith(SOURCE_DIR + os.sep):
                used.setdefault(os.path.normpath(path), how)

    missing_libraries = set()
    for build_dir in args.build_dirs:
        build_dir = os.path.abspath(build_dir)
        if not os.path.isfile(os.path.join(build_dir, "CMakeCache.txt")):
            fail(f"{build_dir} is not a configured build directory")
        note(cmake_files(build_dir), "cmake")
        note(header_files(build_dir), "header")
        libraries, missing = linked_libraries(build_dir)
        note(libraries, "library")
        missing_libraries |= missing
    if args.runtime:
        note(runtime_files(args.runtime), "runtime")

    packages = install_list(args.packages)
    closure = fresh_machine_closure(packages)
    owner_of = owners(used)

    outside, unowned = {}, []
    for path, how in sorted(used.items()):
        owning = owner_of[path]
        if not owning:
            unowned.append(f"{path}  ({how})")
        elif not owning & closure:
            outside.setdefault(", ".join(sorted(owning)), []).append(f"{path}  ({how})")

    kinds = {how: sum(1 for h in used.values() if h == how) for how in ("cmake", "header", "library", "runtime")}
    counts = ", ".join(f"{n} {how}" for how, n in kinds.items() if n)
    if not outside and not unowned and not missing_libraries:
        print(f"check-deps: ok: all {len(used)} files the build used ({counts}) come from the {len(packages)} "
              f"packages of the install list or the {len(closure)} packages a fresh machine has with them.")
        return 0

    print(f"check-deps: FAILED: of {len(used)} files the build used ({counts}), these would be missing on a fresh "
          f"machine that ran the install step:", file=sys.stderr)
    for package, paths in sorted(outside.items()):
        print(f"  from {package}, which neither the install list nor its hard dependencies install:", file=sys.stderr)
        for line in paths[:MAX_FILES_SHOWN]:
            print(f"    {line}", file=sys.stderr)
        if len(paths) > MAX_FILES_SHOWN:
            print(f"    … and {len(paths) - MAX_FILES_SHOWN} more", file=sys.stderr)
    if unowned:
        print("  from no package at all (installed by hand?):", file=sys.stderr)
        for line in unowned[:MAX_FILES_SHOWN]:
            print(f"    {line}", file=sys.stderr)
        if len(unowned) > MAX_FILES_SHOWN:
            print(f"    … and {len(unowned) - MAX_FILES_SHOWN} more", file=sys.stderr)
    for line in sorted(missing_libraries):
        print(f"  not found by ldd: {line}", file=sys.stderr)
    print("Add the packages to scripts/install-deps.sh.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
