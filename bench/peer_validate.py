#!/usr/bin/env python3
"""Peer validator for the benchmark: PyYAML + jsonschema against schemas/.

    peer_validate.py [--schema-dir DIR] FILE...

This is what a user without zio would plausibly run: parse each file with
PyYAML and check it against the project's JSON Schema (the same schemas
editors use). It prints one line per error, `file: path: message`, and exits
1 if any file has an error, 2 if a schema cannot be loaded.

It is meant to be a fair, reasonably fast peer, so it uses the C loader when
PyYAML has one, compiles each schema once and does nothing beyond what the
schema says (no cross-references, no rule catalogue): zio's extra checks are
not counted against it.
"""

import argparse
import json
import os
import sys

import yaml
from jsonschema import Draft7Validator
from jsonschema.exceptions import SchemaError

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DateAsStringLoader(_BaseLoader):
    """Safe loader that keeps ISO dates as strings.

    The schema types dates as `string` + `format: date`; PyYAML's YAML 1.1
    timestamp resolver would turn `2026-03-01` into a datetime.date (and raise
    on `2026-02-30`), so every date would fail the type check instead of being
    checked as a date.
    """


# The resolver table is a class attribute shared with the base class, so copy
# it before removing the timestamp entries, or every SafeLoader in the process
# would lose them.
DateAsStringLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers
            if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def load_yaml(stream):
    return yaml.load(stream, Loader=DateAsStringLoader)


def _schema_dir_default():
    return os.path.join(os.path.dirname(os.path.abspath(__file__)),
                        os.pardir, "schemas")


def load_validator(path):
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    Draft7Validator.check_schema(schema)
    # The schemas declare `format: date`; without a format checker jsonschema
    # treats format as an annotation and 2026-02-30 would pass.
    return Draft7Validator(schema, format_checker=Draft7Validator.FORMAT_CHECKER)


def format_path(error):
    """`scholen[3].brin` style path of the failing instance ("." for the root)."""
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "."


def validate_file(path, validators, out):
    """Write the file's errors to `out`; return how many there were."""
    try:
        with open(path, encoding="utf-8") as f:
            doc = load_yaml(f)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        out.write(f"{path}: .: {' '.join(str(e).split())}\n")
        return 1
    kind = "landelijk" if isinstance(doc, dict) and "rapportage" in doc else "regio"
    # Stable order by path; list indices compare as numbers (scholen[2] < scholen[12]).
    errors = sorted(validators[kind].iter_errors(doc),
                    key=lambda e: [(isinstance(p, int), p) for p in e.absolute_path])
    for e in errors:
        out.write(f"{path}: {format_path(e)}: {e.message}\n")
    return len(errors)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--schema-dir", default=_schema_dir_default(),
                    help="directory with regio.schema.json and landelijk.schema.json "
                         "(default: ../schemas next to this script)")
    ap.add_argument("files", nargs="+", metavar="FILE")
    args = ap.parse_args(argv)

    validators = {}
    for kind in ("regio", "landelijk"):
        path = os.path.join(args.schema_dir, f"{kind}.schema.json")
        try:
            validators[kind] = load_validator(path)
        except (OSError, ValueError, SchemaError) as e:
            print(f"peer_validate: cannot load schema {path}: {e}", file=sys.stderr)
            return 2

    total = 0
    out = sys.stdout
    for path in args.files:
        total += validate_file(path, validators, out)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
