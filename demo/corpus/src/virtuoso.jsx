// react-virtuoso: an endless list of person cards, drawn only near the view, that loads 30 more people
// after a short delay each time it nears its end.
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Virtuoso } from 'react-virtuoso';
import { corpusPeople, initials, later } from './shared';

const people = corpusPeople({ fallback: 120, seed: 108, domain: 'virtuoso-team.example' });
const BATCH = 30;

function Card({ person }) {
  return (
    <article className="card">
      <span className="avatar" aria-hidden="true">{initials(person)}</span>
      <div>
        <h3>{person.name}</h3>
        <p className="title">{person.title}</p>
        <p><a href={`mailto:${person.email}`}>{person.email}</a></p>
      </div>
    </article>
  );
}

function App() {
  const [shown, setShown] = useState(people.slice(0, BATCH));
  const [loading, setLoading] = useState(false);
  const more = useCallback(() => {
    if (loading || shown.length >= people.length) return;
    setLoading(true);
    later(400, () => {
      setShown((s) => people.slice(0, s.length + BATCH));
      setLoading(false);
    });
  }, [loading, shown.length]);
  return (
    <Virtuoso
      style={{ height: 560 }}
      data={shown}
      endReached={more}
      computeItemKey={(_, person) => person.id}
      itemContent={(_, person) => <Card person={person} />}
      components={{ Footer: () => (loading ? <div className="loading" role="status" aria-busy="true">Loading…</div> : null) }}
    />
  );
}

createRoot(document.getElementById('root')).render(<App />);
