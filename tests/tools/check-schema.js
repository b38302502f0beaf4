// Validates JSON files against a JSON Schema with Ajv, formats checked
// (uri, date, email...). Draft-07 or 2020-12, as the schema's $schema says.
// Usage: node check-schema.js NPM_TOOLS_DIR SCHEMA FILE... ; exit 1 on any error.
const path = require("path");
const fs = require("fs");
const tools = path.resolve(process.argv[2]);
const req = (m) => require(path.join(tools, "node_modules", m));
const schema = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const Ajv = String(schema.$schema).includes("2020-12") ? req("ajv/dist/2020").default : req("ajv").default;
const addFormats = req("ajv-formats").default;
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const files = process.argv.slice(4);
let bad = 0;
for (const file of files) {
  const doc = JSON.parse(fs.readFileSync(file, "utf8"));
  if (!validate(doc)) {
    bad++;
    for (const e of validate.errors) console.log(`${file}: ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
console.log(`${files.length} files, ${bad} invalid`);
process.exit(bad ? 1 : 0);
