import { useEffect, useState } from 'react';

type Health = { status: string; database: string } | null;

// The staff shell. Later issues fill each section; this one shows the service is alive.
export function App() {
  const [health, setHealth] = useState<Health>(null);

  useEffect(() => {
    fetch('/readyz')
      .then((response) => response.json() as Promise<Health>)
      .then(setHealth)
      .catch(() => {
        setHealth({ status: 'unreachable', database: 'unknown' });
      });
  }, []);

  return (
    <>
      <header className="lb-header">
        <span className="lb-brand">Linebreak</span> <span className="lb-tag">Staff</span>
      </header>
      <main className="lb-main" id="main">
        <h1>Linebreak staff site</h1>
        <p>
          Service status: <strong>{health ? health.status : 'checking…'}</strong>
        </p>
      </main>
    </>
  );
}
