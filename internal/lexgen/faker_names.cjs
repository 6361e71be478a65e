// faker_names.cjs writes the given names of every @faker-js/faker locale
// (MIT licence) whose names are written in Latin letters, one a line:
// name<TAB>female|male|unknown, for internal/lexgen's -faker flag:
//
//	npm install --prefix /tmp/fk @faker-js/faker@9.9.0
//	node internal/lexgen/faker_names.cjs /tmp/fk > /tmp/fk/names.tsv
const fs = require('fs');
const path = require('path');
const root = process.argv[2] || '.';
const dir = path.join(root, 'node_modules/@faker-js/faker/dist/locale');
const seen = {};
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.cjs')).sort()) {
  const m = require(path.resolve(dir, f));
  const faker = m.faker || Object.values(m).find(v => v && v.rawDefinitions);
  const fn = faker && faker.rawDefinitions && faker.rawDefinitions.person && faker.rawDefinitions.person.first_name;
  if (!fn) continue;
  const add = (name, g) => {
    if (!/^[A-Z\u00C0-\u024F][a-z\u00C0-\u024F]+$/.test(name)) return; // Latin letters, one word
    const k = name.toLowerCase();
    seen[k] = seen[k] || new Set();
    seen[k].add(g);
  };
  if (Array.isArray(fn)) fn.forEach(n => add(n, 'unknown'));
  else {
    (fn.female || []).forEach(n => add(n, 'female'));
    (fn.male || []).forEach(n => add(n, 'male'));
    (fn.generic || []).forEach(n => add(n, 'unknown'));
  }
}
const lines = Object.keys(seen).sort().map(k => {
  const g = seen[k];
  const gender = g.has('female') && !g.has('male') ? 'female' : g.has('male') && !g.has('female') ? 'male' : 'unknown';
  return k + '\t' + gender;
});
process.stdout.write(lines.join('\n') + '\n');
