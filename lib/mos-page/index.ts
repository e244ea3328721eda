export * from './detect';
export * from './members';
export * from './import-dialog';
export * from './panel-host';
export * from './origins';
export * from './invite-form';
