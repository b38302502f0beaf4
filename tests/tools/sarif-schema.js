// Validates SARIF files against the official SARIF 2.1.0 schema (from the
// multitool's package) with formats checked (uri, date-time...).
// Usage: node sarif-schema.js NPM_TOOLS_DIR FILE... ; exit 1 on any error.
const path = require("path");
const fs = require("fs");
const tools = path.resolve(process.argv[2]);
const req = (m) => require(path.join(tools, "node_modules", m));
const Ajv2020 = req("ajv/dist/2020").default;
const addFormats = req("ajv-formats").default;
const schema = JSON.parse(fs.readFileSync(path.join(tools, "node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json"), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
addFormats(ajv);
const validate = ajv.compile(schema);
let bad = 0;
for (const file of process.argv.slice(3)) {
  const doc = JSON.parse(fs.readFileSync(file, "utf8"));
  if (!validate(doc)) {
    bad++;
    for (const e of validate.errors) console.log(`${file}: ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
console.log(`${process.argv.length - 3} files, ${bad} invalid`);
process.exit(bad ? 1 : 0);
