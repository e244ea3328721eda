// The mOS My Organization screen built with the real Ant Design (antd): a Table of members with a Select per
// Billing Status, Modals with Tabs, a Form per member validated as you type, Selects whose own input stays
// empty (the chosen value is shown beside it, the options in a portal have no role), a Checkbox.Group for
// Product Access, and Upload.Dragger, which puts a fresh file input in place after each selection.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Alert, Avatar, Button, Card, Checkbox, Form, Input, Layout, Menu, Modal, Progress, Select, Space, Statistic, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { BILLING, DATA, ME, VIEWS, initialsOf, newForm, receiveFile, statusOf, useMosApp } from './mos-app';

const options = (names) => names.map((name) => ({ value: name, label: name }));

function App() {
  const app = useMosApp();
  const [dialog, setDialog] = useState(null);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="light" width={220} style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: 16, fontWeight: 800, fontSize: 20 }}>mOS</div>
        <nav aria-label="Main navigation">
          <Menu
            mode="inline"
            selectedKeys={[app.view]}
            items={Object.entries(VIEWS).map(([view, title]) => ({
              key: view,
              label: <a href={`?view=${view}`} aria-current={app.view === view ? 'page' : undefined} onClick={(event) => app.navigate(event, view)}>{title}</a>,
            }))}
          />
        </nav>
        <Typography.Text type="secondary" style={{ padding: 16, display: 'block' }}>{DATA.organization} · Team plan</Typography.Text>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '0 24px' }}>
          <Typography.Text>{DATA.organization}</Typography.Text>
          <Button type="text" aria-label={`Account menu, signed in as ${ME.name} (${ME.email})`}>
            {ME.name} · {ME.role} <Avatar size="small" aria-hidden="true">{ME.initials}</Avatar>
          </Button>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {app.view === 'my-organization' ? <MyOrganization app={app} openDialog={setDialog} /> : <Placeholder title={VIEWS[app.view]} />}
        </Layout.Content>
      </Layout>
      {dialog === 'invite' ? <InviteDialog app={app} onClose={() => setDialog(null)} /> : null}
      {dialog === 'import' ? <ImportDialog app={app} onClose={() => setDialog(null)} /> : null}
    </Layout>
  );
}

function Placeholder({ title }) {
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 28 }}>{title}</Typography.Title>
      <Card>{title === 'Programs' ? DATA.programs.join(' · ') : 'Your team at a glance.'}</Card>
    </>
  );
}

function MyOrganization({ app, openDialog }) {
  const active = app.members.filter((m) => m.active).length;
  const columns = [
    { title: 'Name', key: 'name', render: (_, m) => <Space><Avatar size="small" aria-hidden="true">{initialsOf(m.name)}</Avatar>{m.name}</Space> },
    { title: 'Email', dataIndex: 'email', key: 'email' },
    { title: 'Job Title', dataIndex: 'jobTitle', key: 'jobTitle' },
    { title: 'Permissions', dataIndex: 'permissions', key: 'permissions' },
    { title: 'Status', key: 'status', render: (_, m) => <Tag color={m.active ? (m.accepted ? 'green' : 'gold') : 'default'}>{statusOf(m)}</Tag> },
    { title: 'Progress', key: 'progress', render: (_, m) => <Progress percent={m.progress} size="small" style={{ minWidth: 120 }} aria-label={`Progress of ${m.name}`} /> },
    {
      title: 'Billing Status',
      key: 'billing',
      render: (_, m, index) => (
        <Select size="small" style={{ width: 130 }} aria-label={`Billing Status for ${m.name}`} value={m.active ? 'Active' : 'Deactivate'} options={options(BILLING)} onChange={(value) => app.setBilling(index, value)} />
      ),
    },
  ];
  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <div>
          <Typography.Title level={1} style={{ fontSize: 28, marginBottom: 0 }}>My Organization</Typography.Title>
          <Typography.Text type="secondary">Invite team members, manage seats and billing.</Typography.Text>
        </div>
        <Space>
          <Button type="primary" onClick={() => openDialog('invite')}>+ Invite</Button>
          <Button onClick={() => openDialog('import')}>Import CSV</Button>
        </Space>
      </div>
      <Space size="large" style={{ margin: '16px 0' }}>
        <Card size="small"><Statistic title="Active" value={active} /></Card>
        <Card size="small"><Statistic title="Inactive" value={app.members.length - active} /></Card>
      </Space>
      <div role="status" style={{ minHeight: 22 }}>{app.message}</div>
      <Table rowKey="email" columns={columns} dataSource={app.members} pagination={false} size="small" />
    </>
  );
}

/** One member's Form: antd checks each field as it is typed (its default validateTrigger is onChange). */
function MemberForm({ form, index, multiple, error, onChange, onRemove }) {
  return (
    <Card
      size="small"
      title={`Member ${index + 1}`}
      extra={multiple && index > 0 ? <Button type="text" size="small" aria-label={`Remove member ${index + 1}`} onClick={onRemove}>×</Button> : null}
    >
      <Form
        name={`member-${form.key}`}
        layout="vertical"
        initialValues={form}
        onValuesChange={(_changed, values) => onChange({ ...form, ...values })}
        style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}
      >
        <Form.Item label="First Name" name="first_name"><Input autoComplete="off" /></Form.Item>
        <Form.Item label="Last Name" name="last_name"><Input autoComplete="off" /></Form.Item>
        <Form.Item
          label="Email Address"
          name="email"
          rules={[{ required: true, message: 'Email Address is required.' }, { type: 'email', message: 'Enter a valid email address.' }]}
          {...(error ? { validateStatus: 'error', help: error } : {})}
        >
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item label="Job Title" name="job_title"><Input autoComplete="off" /></Form.Item>
        <Form.Item label="Permissions" name="permissions"><Select options={options(DATA.permissions)} /></Form.Item>
        <Form.Item label="Program(s)" name="programs"><Select mode="multiple" options={options(DATA.programs)} placeholder="Choose programs" /></Form.Item>
        <Form.Item label="Product Access" name="access" style={{ gridColumn: '1 / -1' }}><Checkbox.Group options={options(DATA.productAccess)} /></Form.Item>
      </Form>
    </Card>
  );
}

function InviteDialog({ app, onClose }) {
  const [mode, setMode] = useState('single');
  const [forms, setForms] = useState(() => [newForm()]);
  const [problem, setProblem] = useState(null);
  const changeMode = (next) => {
    setMode(next);
    if (next === 'single') setForms((all) => all.slice(0, 1));
    setProblem(null);
  };
  const submit = () => {
    const refused = app.invite(forms);
    if (refused) setProblem(refused);
    else onClose();
  };
  const panel = (
    <Space direction="vertical" style={{ width: '100%' }}>
      {forms.map((form, index) => (
        <MemberForm
          key={form.key}
          form={form}
          index={index}
          multiple={mode === 'multiple'}
          error={problem?.index === index ? problem.problem : null}
          onChange={(next) => setForms((all) => all.map((f) => (f.key === form.key ? next : f)))}
          onRemove={() => setForms((all) => all.filter((f) => f.key !== form.key))}
        />
      ))}
      {mode === 'multiple' ? <Button type="dashed" onClick={() => setForms((all) => [...all, newForm()])}>Add Member</Button> : null}
    </Space>
  );
  return (
    <Modal
      open
      width={760}
      title="Invite Members"
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>Cancel</Button>,
        <Button key="invite" type="primary" onClick={submit}>Invite Member</Button>,
      ]}
    >
      <Tabs
        activeKey={mode}
        onChange={changeMode}
        items={[
          { key: 'single', label: 'Add Single Member', children: mode === 'single' ? panel : null },
          { key: 'multiple', label: 'Add Multiple Members', children: mode === 'multiple' ? panel : null },
        ]}
      />
      {problem ? <Alert type="error" showIcon message={problem.message} /> : null}
    </Modal>
  );
}

function ImportDialog({ app, onClose }) {
  const [file, setFile] = useState(null);
  const [error, setError] = useState('');
  const runImport = async () => {
    try {
      await app.importFile(file);
      onClose();
    } catch (problem) {
      setError(problem.message);
    }
  };
  return (
    <Modal
      open
      title="Import CSV"
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>Cancel</Button>,
        <Button key="import" type="primary" disabled={!file} onClick={runImport}>Import</Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">Invite many team members at once. Add one user per row to the template, then drop the file below.</Typography.Paragraph>
      <Typography.Link href="../mos/sample.csv" download="sample.csv">Download Sample File</Typography.Link>
      <Upload.Dragger
        accept=".csv,text/csv"
        maxCount={1}
        fileList={file ? [{ uid: file.uid ?? file.name, name: file.name, status: 'done' }] : []}
        // Nothing is sent anywhere: the file is kept for the Import button.
        beforeUpload={(chosen) => {
          setFile(chosen);
          setError('');
          receiveFile(chosen);
          return false;
        }}
        onRemove={() => setFile(null)}
        style={{ marginTop: 12 }}
      >
        <p className="ant-upload-text">{file ? `${file.name} selected` : 'Click or drag your CSV file to this area to upload'}</p>
        <p className="ant-upload-hint">{file ? 'Drop another file or click to replace it' : 'One member per row, in the sample file\'s format'}</p>
      </Upload.Dragger>
      {error ? <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} /> : null}
    </Modal>
  );
}

createRoot(document.getElementById('root')).render(<App />);
