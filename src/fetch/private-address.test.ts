import { describe, expect, it } from 'vitest';
import { isPrivateAddress, privateTargetReason } from './private-address.js';

describe('isPrivateAddress', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast and unspecified addresses', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fe80::1', 'fd00::1', 'fc12::3', '::ffff:127.0.0.1', '::ffff:10.1.2.3', '[::1]']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
  });

  it('lets public addresses through', () => {
    for (const address of ['8.8.8.8', '172.32.0.1', '172.15.0.1', '192.169.0.1', '100.128.0.1', '2a00:1450:4010::65', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});

describe('privateTargetReason', () => {
  it('names loopback and private literals and localhost names', async () => {
    expect(await privateTargetReason('localhost')).toMatch(/loopback/);
    expect(await privateTargetReason('api.localhost')).toMatch(/loopback/);
    expect(await privateTargetReason('127.0.0.1')).toMatch(/private/);
    expect(await privateTargetReason('[::1]')).toMatch(/private/);
    expect(await privateTargetReason('169.254.169.254')).toMatch(/link-local/);
  });

  it('has nothing against a public literal', async () => {
    expect(await privateTargetReason('93.184.216.34')).toBeNull();
  });
});
