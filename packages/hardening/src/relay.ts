// The relay moved to the shared harness (@plankit/harness/relay); re-exported for the suites that import it here.
export * from '@plankit/harness/relay';
