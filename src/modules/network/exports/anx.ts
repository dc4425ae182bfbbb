import { i2EntityTypes, joinIds, type ExportEntity, type ExportGraph, type ExportLink } from './export-graph.ts';

// i2 Analyst's Notebook Exchange (ANX) XML: a Chart whose ChartItemCollection holds an End
// (Entity with Icon/IconStyle Type) per entity and a Link (End1Id/End2Id, LinkStyle) per link,
// each with Label, Description and attributes. Our ids are both EntityId and Identity, so a
// chart imported twice merges instead of duplicating (idReferenceLinking off: links refer to
// EntityIds). Element and attribute names follow the ANX model used by open-source exporters
// (lumifyio/lumify analysts-notebook-export); this has not been opened in ANB itself here.

// eslint-disable-next-line no-control-regex -- the point is to remove characters XML 1.0 forbids
const invalidXmlChars = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function escapeXml(value: string | number | boolean): string {
  return String(value)
    .replace(invalidXmlChars, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

const attributes = (values: Record<string, string | number | boolean>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');

const attributeClasses = [
  { name: 'Linebreak ID', type: 'AttText' },
  { name: 'First seen', type: 'AttText' },
  { name: 'Last seen', type: 'AttText' },
  { name: 'Report count', type: 'AttNumber' },
  { name: 'Confidence', type: 'AttNumber' },
  { name: 'Source reports', type: 'AttText' },
] as const;
type AttributeClassName = (typeof attributeClasses)[number]['name'];

function attributeCollection(values: Partial<Record<AttributeClassName, string | number>>): string {
  const items = Object.entries(values).map(
    ([name, value]) => `        <Attribute${attributes({ AttributeClass: name, Value: value })}/>`,
  );
  return `      <AttributeCollection>\n${items.join('\n')}\n      </AttributeCollection>`;
}

function entityItem(entity: ExportEntity, x: number, y: number): string {
  const type = i2EntityTypes[entity.kind].type;
  const description = `${type} ${entity.label}: first seen ${entity.firstSeen}, last seen ${entity.lastSeen}, ${entity.reportCount} report(s)`;
  return [
    `    <ChartItem${attributes({ Label: entity.label, Description: description, DateSet: false, XPosition: x })}>`,
    `      <End${attributes({ Y: y })}>`,
    `        <Entity${attributes({ EntityId: entity.id, Identity: entity.id })}>`,
    `          <Icon><IconStyle${attributes({ Type: type })}/></Icon>`,
    '        </Entity>',
    '      </End>',
    attributeCollection({
      'Linebreak ID': entity.id,
      'First seen': entity.firstSeen,
      'Last seen': entity.lastSeen,
      'Report count': entity.reportCount,
      'Source reports': joinIds(entity.reportIds),
    }),
    '    </ChartItem>',
  ].join('\n');
}

function linkItem(link: ExportLink): string {
  const confidence = Math.round(link.confidence * 100) / 100;
  const description = `${link.kind}: confidence ${confidence}, ${link.sourceCount} report(s), first seen ${link.firstSeen}, last seen ${link.lastSeen}`;
  return [
    `    <ChartItem${attributes({ Label: link.kind, Description: description, DateSet: false })}>`,
    `      <Link${attributes({ End1Id: link.a, End2Id: link.b })}>`,
    `        <LinkStyle${attributes({ ArrowStyle: 'ArrowNone', Type: 'Link', Strength: 1 })}/>`,
    '      </Link>',
    attributeCollection({
      'Linebreak ID': link.id,
      'First seen': link.firstSeen,
      'Last seen': link.lastSeen,
      Confidence: confidence,
      'Source reports': joinIds(link.reportIds),
    }),
    '    </ChartItem>',
  ].join('\n');
}

export function buildAnx(graph: ExportGraph): string {
  const kinds = [...new Set(graph.entities.map((e) => e.kind))].sort();
  const ordered = [...graph.entities].sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
  const columns = Math.max(1, Math.ceil(Math.sqrt(ordered.length)));
  const items = [
    ...ordered.map((entity, i) => entityItem(entity, 100 + (i % columns) * 180, 100 + Math.floor(i / columns) * 180)),
    ...graph.links.map(linkItem),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${escapeXml(graph.marking)}: ${escapeXml(graph.title)}, exported ${escapeXml(graph.exportedAt)} by ${escapeXml(graph.exportedBy)} -->`,
    `<Chart${attributes({ IdReferenceLinking: false, Rigorous: true })}>`,
    '  <AttributeClassCollection>',
    ...attributeClasses.map(
      (c) => `    <AttributeClass${attributes({ Name: c.name, Type: c.type, ShowValue: false, Visible: true })}/>`,
    ),
    '  </AttributeClassCollection>',
    '  <LinkTypeCollection>',
    `    <LinkType${attributes({ Name: 'Link', Colour: 0 })}/>`,
    '  </LinkTypeCollection>',
    '  <EntityTypeCollection>',
    ...kinds.map(
      (kind) =>
        `    <EntityType${attributes({ Name: i2EntityTypes[kind].type, IconFile: i2EntityTypes[kind].icon })}/>`,
    ),
    '  </EntityTypeCollection>',
    '  <ChartItemCollection>',
    ...items,
    '  </ChartItemCollection>',
    '  <Summary>',
    '    <CustomPropertyCollection>',
    `      <CustomProperty${attributes({ Name: 'Classification', Type: 'String', Value: graph.marking })}/>`,
    `      <CustomProperty${attributes({ Name: 'Title', Type: 'String', Value: graph.title })}/>`,
    '    </CustomPropertyCollection>',
    '  </Summary>',
    '</Chart>',
    '',
  ].join('\n');
}
