#!/usr/bin/env python3
"""Checks JSON documents against a shape of the AWS Well-Architected Tool's API model, with an unmodified
client library: botocore's ParamValidator (unknown and missing keys, types, minimum lengths), then the
constraints ParamValidator leaves to the service (enum values, maximum lengths and sizes, patterns), read
from the same shape of the same model.

Usage: botocore_check.py SHAPE < documents.json
  SHAPE      a shape of the wellarchitected model: UpdateAnswerInput, ImportLensInput, ListAnswersOutput, ...
  stdin      a JSON array of documents, checked one by one
Prints one JSON object: {"botocore": "<version>", "results": [[<error>, ...], ...]}, one list per document
(empty when the document passes). Exits 2 on bad usage."""
import json
import re
import sys

import botocore
import botocore.session
import botocore.validate


def service_constraints(value, shape, path, errors):
    """Enum, maximum and pattern checks along the shape (ParamValidator checks only minimums)."""
    meta = shape.metadata
    kind = shape.type_name
    if kind == "structure" and isinstance(value, dict):
        for name, member in shape.members.items():
            if name in value:
                service_constraints(value[name], member, path + "." + name, errors)
    elif kind == "list" and isinstance(value, list):
        if "max" in meta and len(value) > meta["max"]:
            errors.append("%s: %d elements, at most %d allowed" % (path, len(value), meta["max"]))
        for i, element in enumerate(value):
            service_constraints(element, shape.member, "%s[%d]" % (path, i), errors)
    elif kind == "map" and isinstance(value, dict):
        if "max" in meta and len(value) > meta["max"]:
            errors.append("%s: %d entries, at most %d allowed" % (path, len(value), meta["max"]))
        for key, element in value.items():
            service_constraints(key, shape.key, "%s key %r" % (path, key), errors)
            service_constraints(element, shape.value, "%s[%r]" % (path, key), errors)
    elif kind == "string" and isinstance(value, str):
        if shape.enum and value not in shape.enum:
            errors.append("%s: %r is not one of %s" % (path, value, ", ".join(shape.enum)))
        if "max" in meta and len(value) > meta["max"]:
            errors.append("%s: %d characters, at most %d allowed" % (path, len(value), meta["max"]))
        if "pattern" in meta and re.fullmatch(meta["pattern"], value) is None:
            errors.append("%s: %r does not match %s" % (path, value, meta["pattern"]))
    elif kind in ("integer", "long") and isinstance(value, int):
        if "max" in meta and value > meta["max"]:
            errors.append("%s: %d is over the maximum %d" % (path, value, meta["max"]))


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    model = botocore.session.get_session().get_service_model("wellarchitected")
    shape = model.shape_for(sys.argv[1])
    documents = json.load(sys.stdin)
    validator = botocore.validate.ParamValidator()
    results = []
    for document in documents:
        report = validator.validate(document, shape)
        errors = [line.strip() for line in report.generate_report().splitlines() if line.strip()] \
            if report.has_errors() else []
        service_constraints(document, shape, "$", errors)
        results.append(errors)
    json.dump({"botocore": botocore.__version__, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
