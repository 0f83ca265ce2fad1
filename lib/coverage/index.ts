export * from './facts';
export * from './issues';
export * from './strings';
