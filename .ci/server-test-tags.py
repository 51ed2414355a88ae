#!/usr/bin/env python3
"""Finds the test classes that need a database server and checks, or adds, their JUnit tag.

A test class needs PostgreSQL (@Tag("postgres")) when its code names TestDatabase or EmbeddedPostgres,
or a test helper of its module (or of runtime's test-jar) that does; it needs MariaDB (@Tag("mariadb"))
likewise through MariaDbTestDatabase or MariaDbScratchDatabases. JDBC URLs in string literals are no sign:
the URL-parsing unit tests are full of them. `mvn -B verify -DexcludedGroups=postgres,mariadb` then runs
the rest without any server.

    python3 .ci/server-test-tags.py          list the classes missing their tag; exit 1 when there are any
    python3 .ci/server-test-tags.py --apply  add the missing tags (and the Tag import)
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEST_ANNOTATION = re.compile(r"@(Test|ParameterizedTest|TestFactory|RepeatedTest|TestTemplate|Nested)\b")
CLASS_LINE = re.compile(r"^(?:(?:public|final|abstract|sealed|non-sealed)\s+)*(?:class|record|interface)\s+(\w+)")
EXTENDS = re.compile(r"^(?:(?:public|final|abstract)\s+)*class\s+\w+(?:<[^>]*>)?\s+extends\s+(\w+)", re.M)
MARKERS = {
    "postgres": [r"\bTestDatabase\b", r"\bEmbeddedPostgres\b"],
    "mariadb": [r"\bMariaDbTestDatabase\b", r"\bMariaDbScratchDatabases\.start\b"],
}
TESTING_HELPERS = ROOT / "runtime/src/test/java/dev/autogen/runtime/testing"


def sources():
    for path in sorted(ROOT.glob("**/src/test/java/**/*.java")):
        if "target" not in path.relative_to(ROOT).parts:
            yield path


def module_of(path):
    parts = path.relative_to(ROOT).parts
    return parts[:parts.index("src")]


def without_comments(text):
    return re.sub(r"/\*.*?\*/|(?<![:\"])//[^\n]*", "", text, flags=re.S)


def needed_tags():
    """The tag each test class needs, by path, with helpers that need a server followed transitively."""
    code = {path: without_comments(path.read_text(encoding="utf-8")) for path in sources()}
    tests = {path for path, text in code.items() if TEST_ANNOTATION.search(text)}
    changed = True
    while changed:
        changed = False
        for path, text in code.items():
            parent = EXTENDS.search(text)
            if path not in tests and parent and any(p.stem == parent.group(1) for p in tests):
                tests.add(path)
                changed = True
    needs = {}
    for tag, markers in MARKERS.items():
        patterns = [re.compile(marker) for marker in markers]
        helpers = {}
        changed = True
        while changed:
            changed = False
            for path, text in code.items():
                if path in tests or (path.stem, module_of(path)) in helpers:
                    continue
                if any(p.search(text) for p in patterns) or any(
                        re.search(r"\b" + name + r"\b", text) for name, module in helpers
                        if module == module_of(path)):
                    shared = path.parent == TESTING_HELPERS
                    helpers[(path.stem, module_of(path))] = True
                    if shared:
                        for other in {module_of(p) for p in code}:
                            helpers[(path.stem, other)] = True
                    changed = True
        for path in tests:
            text = code[path]
            if any(p.search(text) for p in patterns) or any(
                    re.search(r"\b" + name + r"\b", text) for name, module in helpers if module == module_of(path)):
                needs.setdefault(path, []).append(tag)
    return needs


def has_tag(text, tag):
    return re.search(r'@Tag\("' + tag + r'"\)', text) is not None


def add_tag(text, tag):
    lines = text.split("\n")
    index = next(i for i, line in enumerate(lines) if CLASS_LINE.match(line))
    while index > 0 and lines[index - 1].startswith("@"):
        index -= 1
    lines.insert(index, '@Tag("' + tag + '")')
    text = "\n".join(lines)
    if not re.search(r"^import org\.junit\.jupiter\.api\.Tag;$", text, re.M):
        text = add_import(text, "org.junit.jupiter.api.Tag")
    return text


def add_import(text, name):
    lines = text.split("\n")
    statement = "import " + name + ";"
    plain = [i for i, line in enumerate(lines) if line.startswith("import ") and not line.startswith("import static ")]
    junit = [i for i in plain if lines[i].startswith("import org.junit.jupiter.api.")]
    if junit:
        after = [i for i in junit if lines[i] > statement]
        lines.insert(after[0] if after else junit[-1] + 1, statement)
    elif plain:
        lines.insert(plain[-1] + 1, statement)
    else:
        package = next(i for i, line in enumerate(lines) if line.startswith("package "))
        lines[package + 1:package + 1] = ["", statement]
    return "\n".join(lines)


def main():
    apply = "--apply" in sys.argv[1:]
    missing = 0
    for path, tags in sorted(needed_tags().items()):
        text = path.read_text(encoding="utf-8")
        for tag in tags:
            if not has_tag(text, tag):
                missing += 1
                print(f"{path.relative_to(ROOT)}: needs @Tag(\"{tag}\")")
                text = add_tag(text, tag)
        if apply:
            path.write_text(text, encoding="utf-8")
    if missing and not apply:
        print(f"{missing} test classes need a server and lack its tag; run {sys.argv[0]} --apply", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
