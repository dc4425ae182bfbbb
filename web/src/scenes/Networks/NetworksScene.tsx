import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { useSearch } from '../../hooks/useRoute.ts';
import { BriefingScene } from '../Briefings/BriefingScene.tsx';
import { ChartScene } from './ChartScene.tsx';
import { DealLineScene } from './DealLineScene.tsx';
import { DealLinesScene } from './DealLinesScene.tsx';

/** Networks: deal lines and their profiles, and the interactive link chart. */
export function NetworksScene({ me, path }: { me: Me; path: string }) {
  const lineId = /^\/networks\/lines\/([0-9a-f-]{36})$/.exec(path)?.[1];
  const briefingId = /^\/networks\/lines\/([0-9a-f-]{36})\/briefing$/.exec(path)?.[1];
  const search = useSearch();
  const onChart = path.startsWith('/networks/chart');
  return (
    <>
      <nav className="lb-sub-nav" aria-label="Networks">
        <ul>
          <li>
            <Link to="/networks/lines" current={!onChart}>
              Deal lines
            </Link>
          </li>
          <li>
            <Link to="/networks/chart" current={onChart}>
              Link chart
            </Link>
          </li>
        </ul>
      </nav>
      {onChart ? (
        <ChartScene key={search} me={me} search={search} />
      ) : briefingId ? (
        <BriefingScene key={briefingId} kind="line" id={briefingId} />
      ) : lineId ? (
        <DealLineScene key={lineId} id={lineId} me={me} />
      ) : (
        <DealLinesScene me={me} />
      )}
    </>
  );
}
