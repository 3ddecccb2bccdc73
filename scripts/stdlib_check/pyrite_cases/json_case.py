import json
data = {'name': 'pyrite', 'list': [1, 2.5, None, True], 'nested': {'a': 'é'}, 'b': float('inf')}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u00e9"}'))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(type(e).__name__, e, e.pos)
