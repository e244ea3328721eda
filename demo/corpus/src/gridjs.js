// Grid.js: pages of 10 behind its numbered pager, with search and sorting.
import { Grid } from 'gridjs';
import 'gridjs/dist/theme/mermaid.css';
import { corpusPeople } from './shared';

const people = corpusPeople({ fallback: 64, seed: 107, domain: 'gridjs-people.example' });

new Grid({
  columns: ['Name', 'Email', 'Job', 'Department'],
  data: people.map((p) => [p.name, p.email, p.title, p.department]),
  pagination: { limit: 10 },
}).render(document.getElementById('grid'));
