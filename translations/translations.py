#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translation sources and their checks, one script so update and check cannot disagree.

  translations.py update         re-run lupdate over the sources into translations/*.ts
  translations.py check-ts       fail when a .ts file is out of date with the sources
  translations.py check-marked   fail when a user-visible string literal is not marked for
                                 translation (src/app, ui/; allowlist: untranslated-allowlist.txt),
                                 or when an input widget of a ui/*.ui form has no toolTip or no
                                 whatsThis

lupdate is $LUPDATE, else /usr/lib/qt6/bin/lupdate, else `lupdate` on PATH. The source root is
$SYNCLINE_SOURCE_DIR, else the folder above this script.

Which sources: the console's and everything it shows (src/app, src/engine, src/core, src/store,
src/connectors) and the forms (ui/). src/cli is left out on purpose: synclinectl's output is
read by scripts and stays English, and it loads no translator.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.environ.get("SYNCLINE_SOURCE_DIR") or os.path.dirname(
    os.path.dirname(os.path.abspath(__file__)))
SOURCES = ["src/app", "src/core", "src/engine", "src/store", "src/connectors", "ui"]
LANGUAGES = ["de", "fr"]
# No line numbers in the .ts files: eight people edit the sources at once, and line-number
# churn would make every .ts diff unreadable. Linguist still shows the context and comment.
# -no-obsolete: a string gone from the sources leaves the .ts files, rather than lingering as a
# "vanished" entry nobody translates or reviews.
LUPDATE_OPTIONS = ["-locations", "none", "-no-ui-lines", "-no-obsolete"]


def ts_files(folder):
    return [os.path.join(folder, "syncline_%s.ts" % lang) for lang in LANGUAGES]


def lupdate_binary():
    explicit = os.environ.get("LUPDATE")
    if explicit:
        return explicit
    if os.access("/usr/lib/qt6/bin/lupdate", os.X_OK):
        return "/usr/lib/qt6/bin/lupdate"
    found = shutil.which("lupdate")
    if not found:
        sys.exit("translations: lupdate not found (install qt6-l10n-tools or set LUPDATE)")
    return found


def run_lupdate(targets):
    sources = [s for s in SOURCES if os.path.isdir(os.path.join(ROOT, s))]
    command = [lupdate_binary(), "-recursive", *sources, *LUPDATE_OPTIONS, "-ts", *targets]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit("translations: lupdate failed")
    return result.stdout


def messages(path):
    """The live messages of a .ts file as {(context, source, comment): translation state}."""
    live = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            state = translation.get("type", "") if translation is not None else ""
            if state in ("vanished", "obsolete"):
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            live[key] = state
    return live


def update():
    os.makedirs(os.path.join(ROOT, "translations"), exist_ok=True)
    print(run_lupdate(ts_files(os.path.join(ROOT, "translations"))), end="")
    for path in ts_files(os.path.join(ROOT, "translations")):
        unfinished = sum(1 for state in messages(path).values() if state == "unfinished")
        print("%s: %d string(s) to translate" % (os.path.relpath(path, ROOT), unfinished))
    return 0


def check_ts():
    failed = False
    with tempfile.TemporaryDirectory(prefix="syncline-ts-") as temp:
        committed = ts_files(os.path.join(ROOT, "translations"))
        fresh = ts_files(temp)
        for source, target in zip(committed, fresh):
            if not os.path.exists(source):
                print("missing %s: run `make translations`" % os.path.relpath(source, ROOT))
                failed = True
                continue
            shutil.copy(source, target)
        if failed:
            return 1
        run_lupdate(fresh)
        for source, target in zip(committed, fresh):
            before, after = messages(source), messages(target)
            added = sorted(set(after) - set(before))
            gone = sorted(set(before) - set(after))
            name = os.path.relpath(source, ROOT)
            for context, text, comment in added:
                print("%s: not in the .ts yet: [%s] %r%s" % (
                    name, context, text, " (%s)" % comment if comment else ""))
            for context, text, comment in gone:
                print("%s: no longer in the sources: [%s] %r" % (name, context, text))
            if added or gone:
                failed = True
            unfinished = sum(1 for state in after.values() if state == "unfinished")
            if unfinished:
                print("%s: %d string(s) not translated yet (not an error)" % (name, unfinished))
    if failed:
        print("\nThe .ts files are out of date: run `make translations` (or build the target "
              "update_translations), translate the new strings in Qt Linguist, commit the .ts.")
        return 1
    print("translations: the .ts files match the sources")
    return 0


# --- check-marked ------------------------------------------------------------------------

# Calls whose (first) string argument is shown to the user.
SETTERS = ("setText|setWindowTitle|setToolTip|setWhatsThis|setPlaceholderText|setStatusTip|"
           "addAction|setTitle|setLabelText|setHeaderLabels|setHeaderLabel|showMessage|"
           "addTab|insertTab|setTabText|setTabToolTip|setAccessibleName|setButtonText|"
           "setInformativeText|setDetailedText|setSpecialValueText|setSuffix|setPrefix|"
           "setWindowIconText|setHtml|setMarkdown|setPlainText|addItem|addItems|setItemText")
WIDGETS = ("QLabel|QPushButton|QToolButton|QCheckBox|QRadioButton|QGroupBox|QAction|QMenu|"
           "QCommandLinkButton")
LITERAL = r'(?:QStringLiteral\s*\(\s*|QLatin1String\s*\(\s*|QLatin1StringView\s*\(\s*|u8?)?"((?:[^"\\]|\\.)*)"'
PATTERNS = [
    re.compile(r"(?:->|\.)\s*(?:%s)\s*\(\s*%s" % (SETTERS, LITERAL)),
    re.compile(r"\bnew\s+(?:%s)\s*\(\s*%s" % (WIDGETS, LITERAL)),
    re.compile(r"\b(?:%s)\s+\w+\s*[({]\s*%s" % (WIDGETS, LITERAL)),
    # QMessageBox::warning(parent, "title", "text") and the QMessageBox(icon, "title", ...)
    re.compile(r"\bQMessageBox::(?:warning|information|critical|question|about)\s*\(\s*"
               r"[^,()]+(?:\([^()]*\))?\s*,\s*%s" % LITERAL),
]
UI_PROPERTIES = {"text", "title", "toolTip", "whatsThis", "windowTitle", "placeholderText",
                 "statusTip", "label", "accessibleName", "accessibleDescription",
                 "specialValueText", "suffix", "prefix", "iconText", "html", "plainText"}


def shown(text):
    """Whether a literal holds words a user reads (not a format, tag, number or symbol)."""
    text = re.sub(r"<[^>]*>|&\w+;|%\d+|%[a-zA-Z]", " ", text)
    return re.search(r"[A-Za-z]{2,}", text) is not None


def load_allowlist():
    path = os.path.join(ROOT, "translations", "untranslated-allowlist.txt")
    entries = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    where, _, what = line.partition(":")
                    entries.append((where.strip(), what.strip()))
    return entries


def allowed(allowlist, relpath, text):
    for where, what in allowlist:
        in_file = where in ("*", relpath) or (
            where.endswith("*") and relpath.startswith(where[:-1]))
        if in_file and what in ("*", text.strip()):
            return True
    return False


# Form fields: every one of these in a ui/*.ui form needs a toolTip and a What's This text.
INPUT_WIDGETS = {"QLineEdit", "QComboBox", "QSpinBox", "QDoubleSpinBox", "QCheckBox",
                 "QPlainTextEdit", "QTextEdit", "QDateTimeEdit", "QDateEdit", "QTimeEdit",
                 "QRadioButton", "QKeySequenceEdit"}
HELP_PROPERTIES = ("toolTip", "whatsThis")


def undocumented_fields(path, relpath):
    """Findings for the input widgets of one .ui form that lack a toolTip or a whatsThis."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    try:
        root = ET.fromstring(text)
    except ET.ParseError as error:
        return ["%s: not a valid .ui file: %s" % (relpath, error)]
    findings = []
    for widget in root.iter("widget"):
        if widget.get("class") not in INPUT_WIDGETS:
            continue
        name = widget.get("name", "")
        texts = {prop.get("name"): (prop.findtext("string") or "").strip()
                 for prop in widget.findall("property")}
        missing = [prop for prop in HELP_PROPERTIES if not texts.get(prop)]
        if missing:
            line = next((number for number, content in enumerate(lines, 1)
                         if '<widget' in content and 'name="%s"' % name in content), 0)
            findings.append("%s:%d: %s %s has no %s" % (
                relpath, line, widget.get("class"), name, " and no ".join(missing)))
    return findings


def strip_comments(code):
    # Keep the offsets (line numbers) by blanking comments instead of removing them.
    def blank(match):
        return re.sub(r"[^\n]", " ", match.group(0))
    return re.sub(r'//[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"',
                  lambda m: m.group(0) if m.group(0).startswith('"') else blank(m),
                  code, flags=re.S)


def check_marked():
    allowlist = load_allowlist()
    findings = []
    for base, _, files in os.walk(os.path.join(ROOT, "src", "app")):
        for name in sorted(files):
            if not name.endswith((".cpp", ".h")):
                continue
            path = os.path.join(base, name)
            relpath = os.path.relpath(path, ROOT)
            with open(path, encoding="utf-8") as f:
                code = strip_comments(f.read())
            for pattern in PATTERNS:
                for match in pattern.finditer(code):
                    text = match.group(1)
                    if shown(text) and not allowed(allowlist, relpath, text):
                        line = code.count("\n", 0, match.start()) + 1
                        findings.append("%s:%d: not marked for translation: \"%s\""
                                        % (relpath, line, text))
    fields = []
    for base, _, files in os.walk(os.path.join(ROOT, "ui")):
        for name in sorted(files):
            if not name.endswith(".ui"):
                continue
            path = os.path.join(base, name)
            relpath = os.path.relpath(path, ROOT)
            fields.extend(undocumented_fields(path, relpath))
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            for number, line in enumerate(lines, 1):
                for match in re.finditer(
                        r'<property name="(\w+)"[^>]*>\s*<string[^>]*notr="true"[^>]*>([^<]*)<',
                        line):
                    prop, text = match.group(1), match.group(2)
                    if prop in UI_PROPERTIES and shown(text) and not allowed(
                            allowlist, relpath, text):
                        findings.append("%s:%d: property %s is notr=\"true\": \"%s\""
                                        % (relpath, number, prop, text))
    for finding in findings + fields:
        print(finding)
    if findings:
        print("\n%d user-visible string(s) not marked for translation: wrap them in tr() "
              "(or drop notr=\"true\"), or list them in translations/untranslated-allowlist.txt "
              "when they are not words (a product name, a URL, sample data)." % len(findings))
    if fields:
        print("\n%d form field(s) without a tooltip or a What's This text: give each a toolTip "
              "(one line: what it is) and a whatsThis (what it does, the values it takes with an "
              "example, what happens when it is empty or wrong) in the .ui file." % len(fields))
    if findings or fields:
        return 1
    print("translations: every user-visible literal is marked for translation, and every form "
          "field has a tooltip and a What's This text")
    return 0


def main(argv):
    commands = {"update": update, "check-ts": check_ts, "check-marked": check_marked}
    if len(argv) != 2 or argv[1] not in commands:
        sys.stderr.write(__doc__)
        return 2
    return commands[argv[1]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
