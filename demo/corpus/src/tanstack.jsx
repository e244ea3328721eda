// TanStack Table with TanStack Virtual: a real <table> whose body draws only the rows in view, padded above
// and below, inside a scrolling box; the email is only in a mailto link.
import { useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { corpusPeople } from './shared';

const people = corpusPeople({ fallback: 200, seed: 103, domain: 'tanstackhr.example' });

const columns = [
  { accessorKey: 'name', header: 'Full name' },
  { accessorKey: 'email', header: 'Contact', cell: (info) => <a href={`mailto:${info.getValue()}`} title={info.getValue()}>✉</a> },
  { accessorKey: 'title', header: 'Title' },
  { accessorKey: 'department', header: 'Department' },
  { accessorKey: 'status', header: 'Status', cell: (info) => <span className="badge">{info.getValue()}</span> },
];

function App() {
  const table = useReactTable({ data: people, columns, getCoreRowModel: getCoreRowModel() });
  const { rows } = table.getRowModel();
  const box = useRef(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => box.current, estimateSize: () => 37, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const top = items.length ? items[0].start : 0;
  const bottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  return (
    <div ref={box} className="box">
      <table>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => <th key={header.id}>{flexRender(header.column.columnDef.header, header.getContext())}</th>)}
            </tr>
          ))}
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true"><td colSpan={columns.length} style={{ height: top }} /></tr>}
          {items.map((item) => {
            const row = rows[item.index];
            return (
              <tr key={row.id} style={{ height: 37 }}>
                {row.getVisibleCells().map((cell) => <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>)}
              </tr>
            );
          })}
          {bottom > 0 && <tr aria-hidden="true"><td colSpan={columns.length} style={{ height: bottom }} /></tr>}
        </tbody>
      </table>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<App />);
