// Validates CPSV-AP exports against SEMIC's SHACL shapes with a real SHACL engine (rdf-validate-shacl), the way a
// consumer of the open data would: JSON-LD is read by jsonld.toRDF, Turtle by N3, and nothing is fetched.
//
//   node validate.mjs <shapes.ttl> <vocabulary.ttl> <export.jsonld|export.ttl>...
//
// Before validating, the data gets the RDFS subclass closure of the CPSV-AP vocabulary (a node typed
// cv:PublicOrganisation is also a foaf:Agent…), since the shapes' sh:class constraints name superclasses.
// Every graph of the file is validated (so a named graph does not hide its contents from the shapes), and the
// services a plain reader finds in the default graph are listed apart. Each report also carries the SHA-256 of the
// file's canonical N-Quads (RDF Dataset Canonicalization), so two files can be compared as graphs. Writes one JSON
// report per file on stdout.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import jsonld from 'jsonld';
import N3 from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import factory from 'rdf-validate-shacl/src/defaultEnv.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SUBCLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
const PUBLIC_SERVICE = 'http://purl.org/vocab/cpsv#PublicService';

const { DataFactory } = N3;

async function parseTurtle(path) {
  return new N3.Parser({ format: 'text/turtle', baseIRI: 'urn:x-local:' }).parse(await readFile(path, 'utf8'));
}

async function parseJsonLd(path) {
  const document = JSON.parse(await readFile(path, 'utf8'));
  const refuse = async (url) => { throw new Error(`The document names a remote context (${url}); an export must be self-contained.`); };
  const nquads = await jsonld.toRDF(document, { format: 'application/n-quads', documentLoader: refuse, safe: false });
  return new N3.Parser({ format: 'application/n-quads' }).parse(nquads);
}

/** Each class of the vocabulary with all its superclasses (transitively). */
function superclasses(vocabulary) {
  const direct = new Map();
  for (const q of vocabulary) {
    if (q.predicate.value === SUBCLASS_OF && q.object.termType === 'NamedNode') {
      if (!direct.has(q.subject.value)) direct.set(q.subject.value, new Set());
      direct.get(q.subject.value).add(q.object.value);
    }
  }
  const closure = new Map();
  const visit = (c, seen) => {
    for (const d of direct.get(c) ?? []) {
      if (!seen.has(d)) { seen.add(d); visit(d, seen); }
    }
    return seen;
  };
  for (const c of direct.keys()) closure.set(c, visit(c, new Set()));
  return closure;
}

function term(t) {
  if (!t) return null;
  if (t.termType === 'Literal') return { value: t.value, language: t.language || undefined, datatype: t.datatype?.value };
  return t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
}

async function validateFile(path, shapes, closure) {
  const quads = path.endsWith('.ttl') ? await parseTurtle(path) : await parseJsonLd(path);
  const inDefault = quads.filter((q) => q.graph.termType === 'DefaultGraph');
  const services = [...new Set(inDefault.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === PUBLIC_SERVICE).map((q) => q.subject.value))];
  const namedGraphs = [...new Set(quads.filter((q) => q.graph.termType !== 'DefaultGraph').map((q) => q.graph.value))];

  const data = factory.dataset();
  for (const q of quads) {
    data.add(DataFactory.quad(q.subject, q.predicate, q.object));
    if (q.predicate.value === RDF_TYPE) {
      for (const d of closure.get(q.object.value) ?? []) {
        data.add(DataFactory.quad(q.subject, q.predicate, DataFactory.namedNode(d)));
      }
    }
  }

  const nquads = new N3.Writer({ format: 'N-Quads' }).quadsToString(quads);
  const canonical = await jsonld.canonize(nquads, { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads', format: 'application/n-quads', safe: false });

  const report = await new SHACLValidator(shapes).validate(data);
  const results = report.results.map((r) => ({
    severity: term(r.severity)?.replace('http://www.w3.org/ns/shacl#', ''),
    focusNode: term(r.focusNode),
    path: term(r.path),
    value: term(r.value),
    message: r.message.map((m) => m.value).join(' '),
    shape: term(r.sourceShape),
    component: term(r.sourceConstraintComponent)?.replace('http://www.w3.org/ns/shacl#', ''),
  }));
  return {
    file: path,
    quads: quads.length,
    conforms: report.conforms,
    violations: results.filter((r) => r.severity === 'Violation').length,
    results,
    servicesInDefaultGraph: services,
    namedGraphs,
    canonical: createHash('sha256').update(canonical).digest('hex'),
  };
}

const [shapesPath, vocabularyPath, ...files] = process.argv.slice(2);
if (!shapesPath || !vocabularyPath || files.length === 0) {
  console.error('usage: node validate.mjs <shapes.ttl> <vocabulary.ttl> <export.jsonld|export.ttl>...');
  process.exit(2);
}

const shapes = factory.dataset(await parseTurtle(shapesPath));
const closure = superclasses(await parseTurtle(vocabularyPath));
const reports = [];
for (const file of files) {
  reports.push(await validateFile(file, shapes, closure));
}
process.stdout.write(JSON.stringify(reports, null, 1));
