import type { ReactNode } from 'react';
import type { Me } from '../../api/types.ts';
import { AlertScene } from '../Alerts/AlertScene.tsx';
import { AlertsScene } from '../Alerts/AlertsScene.tsx';
import { BriefingScene } from '../Briefings/BriefingScene.tsx';
import { EntitiesScene } from '../Entities/EntitiesScene.tsx';
import { EntityScene } from '../Entities/EntityScene.tsx';
import { InboxScene } from '../Inbox/InboxScene.tsx';
import { IntelligenceListScene } from '../Intelligence/IntelligenceListScene.tsx';
import { IntelligenceScene } from '../Intelligence/IntelligenceScene.tsx';
import { NewIntelligenceScene } from '../Intelligence/NewIntelligenceScene.tsx';
import { ReportScene } from '../Reports/ReportScene.tsx';
import { SearchScene } from '../Search/SearchScene.tsx';

const idAfter = (path: string, prefix: string): string | undefined => {
  const match = new RegExp(`^${prefix}/([0-9a-f-]{36})$`).exec(path);
  return match?.[1];
};

/**
 * The triage pages (issue 5): inbox and reports, intelligence, people and places, alerts.
 * Undefined when the path is not one of them, so the shell falls back to its placeholder.
 */
export function intelPage(me: Me, sectionPath: string, path: string): ReactNode {
  if (sectionPath === '/inbox') {
    if (!me.permissions.includes('report.read')) return undefined;
    const reportId = idAfter(path, '/inbox/reports');
    if (reportId) return <ReportScene key={reportId} me={me} id={reportId} />;
    if (path === '/inbox/search') return <SearchScene />;
    return path === '/inbox' ? <InboxScene me={me} /> : undefined;
  }
  if (sectionPath === '/intelligence') {
    if (path === '/intelligence') return <IntelligenceListScene me={me} />;
    if (path === '/intelligence/new') return <NewIntelligenceScene />;
    const id = idAfter(path, '/intelligence');
    return id ? <IntelligenceScene key={id} me={me} id={id} /> : undefined;
  }
  if (sectionPath === '/entities') {
    if (path === '/entities') return <EntitiesScene />;
    const briefing = /^\/entities\/([0-9a-f-]{36})\/briefing$/.exec(path)?.[1];
    if (briefing) return <BriefingScene key={briefing} kind="address" id={briefing} />;
    const id = idAfter(path, '/entities');
    return id ? <EntityScene key={id} me={me} id={id} /> : undefined;
  }
  if (sectionPath === '/alerts') {
    if (path === '/alerts') return <AlertsScene />;
    const id = idAfter(path, '/alerts');
    return id ? <AlertScene key={id} me={me} id={id} /> : undefined;
  }
  return undefined;
}
