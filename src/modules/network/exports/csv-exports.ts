import { formatCsv } from '../../../platform/files/csv.ts';
import { i2EntityTypes, joinIds, type ExportGraph } from './export-graph.ts';

const confidence = (value: number) => (Math.round(value * 100) / 100).toFixed(2);

/**
 * The layout an i2 import specification maps in one pass: entities.csv (one row per entity with
 * its i2 type) and links.csv (one row per link naming both ends' id, type and label, so a classic
 * link-per-row .ximp specification can build the chart from links.csv alone).
 */
export function buildI2Csv(graph: ExportGraph): { entities: string; links: string } {
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const entities = formatCsv(
    ['id', 'type', 'label', 'first_seen', 'last_seen', 'confidence', 'report_count', 'source_report_ids'],
    graph.entities.map((e) => [
      e.id,
      i2EntityTypes[e.kind].type,
      e.label,
      e.firstSeen,
      e.lastSeen,
      null,
      e.reportCount,
      joinIds(e.reportIds),
    ]),
  );
  const links = formatCsv(
    [
      'id',
      'type',
      'end1_id',
      'end1_type',
      'end1_label',
      'end2_id',
      'end2_type',
      'end2_label',
      'first_seen',
      'last_seen',
      'confidence',
      'source_count',
      'source_report_ids',
    ],
    graph.links.map((l) => {
      const [a, b] = [byId.get(l.a), byId.get(l.b)];
      return [
        l.id,
        l.kind,
        l.a,
        a ? i2EntityTypes[a.kind].type : null,
        a?.label ?? null,
        l.b,
        b ? i2EntityTypes[b.kind].type : null,
        b?.label ?? null,
        l.firstSeen,
        l.lastSeen,
        confidence(l.confidence),
        l.sourceCount,
        joinIds(l.reportIds),
      ];
    }),
  );
  return { entities, links };
}

/** Plain tables of the sub-graph in our own vocabulary, for spreadsheets and other tools. */
export function buildTableCsv(graph: ExportGraph): { entities: string; links: string } {
  const entities = formatCsv(
    ['id', 'kind', 'label', 'first_seen', 'last_seen', 'report_count', 'latitude', 'longitude', 'report_ids'],
    graph.entities.map((e) => [
      e.id,
      e.kind,
      e.label,
      e.firstSeen,
      e.lastSeen,
      e.reportCount,
      e.coordinates?.latitude ?? null,
      e.coordinates?.longitude ?? null,
      joinIds(e.reportIds),
    ]),
  );
  const links = formatCsv(
    ['id', 'entity_a', 'entity_b', 'kind', 'confidence', 'first_seen', 'last_seen', 'source_count', 'report_ids'],
    graph.links.map((l) => [
      l.id,
      l.a,
      l.b,
      l.kind,
      confidence(l.confidence),
      l.firstSeen,
      l.lastSeen,
      l.sourceCount,
      joinIds(l.reportIds),
    ]),
  );
  return { entities, links };
}
