"""Validates JSON documents against docs/agreement.schema.json (JSON Schema 2020-12); prints "valid" or the first error."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
for path in sys.argv[2:]:
    try:
        jsonschema.validate(json.load(open(path)), schema, cls=jsonschema.Draft202012Validator)
    except jsonschema.ValidationError as error:
        print(f"{path}: {error.json_path}: {error.message}")
        sys.exit(1)
print("valid")
