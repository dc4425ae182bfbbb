import type { Me } from '../../api/types.ts';
import { TargetScene } from './TargetScene.tsx';
import { TargetsScene } from './TargetsScene.tsx';

/** The Operations section: the target list and each target. */
export function OperationsScene({ me, path }: { me: Me; path: string }) {
  const target = /^\/operations\/targets\/([0-9a-f-]{36})$/.exec(path)?.[1];
  if (target) return <TargetScene key={target} me={me} id={target} />;
  return <TargetsScene />;
}
