import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseCsvRecords } from '../../../platform/files/csv.ts';
import { readZip } from '../../../platform/files/zip.ts';

// The Neo4j Data Importer / neo4j-admin CSV layout of the POLE example: one file per node label
// (`crime-investigation.nodes.<Label>.csv`, with `:ID`) and per relationship type
// (`crime-investigation.relationships.<TYPE>.csv`, with `:START_ID`, `:END_ID`).

export type Neo4jExport = {
  readonly nodes: ReadonlyMap<string, readonly Record<string, string>[]>;
  readonly relationships: ReadonlyMap<string, readonly Record<string, string>[]>;
};

const nodeFile = /(?:^|\.)nodes\.([A-Za-z]+)\.csv$/;
const relationshipFile = /(?:^|\.)relationships\.([A-Z_]+)\.csv$/;

/** Reads the CSVs from a folder or straight from the example's zip archive. */
export function readNeo4jExport(path: string): Neo4jExport {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => name.endsWith('.csv'))
        .map((name) => ({ name, text: readFileSync(join(path, name), 'utf8') }))
    : readZip(readFileSync(path)).map((entry) => ({
        name: basename(entry.name),
        text: entry.content.toString('utf8'),
      }));
  const nodes = new Map<string, Record<string, string>[]>();
  const relationships = new Map<string, Record<string, string>[]>();
  for (const file of files) {
    const node = nodeFile.exec(file.name);
    const relationship = relationshipFile.exec(file.name);
    if (node?.[1]) nodes.set(node[1], parseCsvRecords(file.text));
    else if (relationship?.[1]) relationships.set(relationship[1], parseCsvRecords(file.text));
  }
  if (nodes.size === 0) throw new Error(`No Neo4j node CSV files found in ${path}`);
  return { nodes, relationships };
}
