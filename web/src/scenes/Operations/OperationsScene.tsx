import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { AgendaScene } from './AgendaScene.tsx';
import { ArrestScene } from './ArrestScene.tsx';
import { ArrestsScene } from './ArrestsScene.tsx';
import { NewWarrantScene } from './NewWarrantScene.tsx';
import { OperationScene } from './OperationScene.tsx';
import { TargetScene } from './TargetScene.tsx';
import { TargetsScene } from './TargetsScene.tsx';
import { TaskingScene } from './TaskingScene.tsx';
import { WarrantPrintScene } from './WarrantPrintScene.tsx';
import { WarrantScene } from './WarrantScene.tsx';
import { WarrantsScene } from './WarrantsScene.tsx';

const uuid = '([0-9a-f-]{36})';

/** The Operations section: targets in priority order, s.23 warrants from application to return, arrests. */
export function OperationsScene({ me, path }: { me: Me; path: string }) {
  const target = new RegExp(`^/operations/targets/${uuid}$`).exec(path)?.[1];
  const warrant = new RegExp(`^/operations/warrants/${uuid}$`).exec(path)?.[1];
  const print = new RegExp(`^/operations/warrants/${uuid}/print$`).exec(path)?.[1];
  if (print) return <WarrantPrintScene key={print} id={print} />;
  if (path === '/operations/tasking/agenda') return <AgendaScene />;
  const operation = new RegExp(`^/operations/tasking/${uuid}$`).exec(path)?.[1];
  const onTasking = path.startsWith('/operations/tasking');
  const arrest = new RegExp(`^/operations/arrests/${uuid}$`).exec(path)?.[1];
  const onWarrants = path.startsWith('/operations/warrants');
  const onArrests = path.startsWith('/operations/arrests');
  function page() {
    if (target) return <TargetScene key={target} me={me} id={target} />;
    if (warrant) return <WarrantScene key={warrant} me={me} id={warrant} />;
    if (path === '/operations/warrants/new') return <NewWarrantScene />;
    if (onWarrants) return <WarrantsScene me={me} />;
    if (arrest) return <ArrestScene key={arrest} me={me} id={arrest} />;
    if (onArrests) return <ArrestsScene />;
    if (operation) return <OperationScene key={operation} me={me} id={operation} />;
    if (onTasking) return <TaskingScene me={me} />;
    return <TargetsScene />;
  }
  return (
    <>
      <nav className="lb-sub-nav" aria-label="Operations">
        <ul>
          <li>
            <Link to="/operations" current={!onWarrants && !onArrests && !onTasking}>
              Targets
            </Link>
          </li>
          <li>
            <Link to="/operations/warrants" current={onWarrants}>
              Warrants
            </Link>
          </li>
          <li>
            <Link to="/operations/arrests" current={onArrests}>
              Arrests
            </Link>
          </li>
          <li>
            <Link to="/operations/tasking" current={onTasking}>
              Tasking
            </Link>
          </li>
        </ul>
      </nav>
      {page()}
    </>
  );
}
