// Ant Design Table with its default pagination (10 a page; past 50 rows it adds its page-size menu) and tag
// cells, and an avatar beside each name.
import { createRoot } from 'react-dom/client';
import { Avatar, Space, Table, Tag } from 'antd';
import { corpusPeople, initials } from './shared';

const people = corpusPeople({ fallback: 64, seed: 104, domain: 'antcrm.example' });

const columns = [
  { title: 'Name', dataIndex: 'name', key: 'name', render: (name, person) => <Space><Avatar size="small">{initials(person)}</Avatar>{name}</Space> },
  { title: 'Email', dataIndex: 'email', key: 'email' },
  { title: 'Position', dataIndex: 'title', key: 'title' },
  { title: 'Tags', key: 'tags', render: (_, person) => <><Tag color="blue">{person.department}</Tag><Tag color={person.status === 'Active' ? 'green' : 'orange'}>{person.status}</Tag></> },
];

createRoot(document.getElementById('root')).render(
  <div style={{ padding: 24 }}>
    <h1>Team members</h1>
    <Table rowKey="id" columns={columns} dataSource={people} />
  </div>,
);
