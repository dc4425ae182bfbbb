// Prints the report journey as a Mermaid flowchart, for docs/report-journey.md.
import { journeyDiagram } from '../src/modules/public-report/journey.ts';

process.stdout.write(`${journeyDiagram()}\n`);
