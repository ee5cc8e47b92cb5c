import { describe, expect, it } from 'vitest';
import { isPrivateAddress, refusalReason } from '../../src/ingest/address.ts';

describe('refusalReason', () => {
  it('refuses private and reserved IPv4 ranges', () => {
    for (const [a, why] of [
      ['127.0.0.1', 'loopback'], ['10.1.2.3', 'private'], ['172.20.0.1', 'private'], ['192.168.1.1', 'private'],
      ['169.254.169.254', 'link-local'], ['0.0.0.0', '"this network"'], ['100.100.1.1', 'shared (carrier-grade NAT)'],
      ['192.0.2.7', 'documentation'], ['198.18.0.1', 'benchmarking'], ['224.0.0.1', 'multicast'], ['255.255.255.255', 'reserved'],
      ['192.88.99.1', '6to4 relay anycast'],
    ]) expect(refusalReason(a!), a).toBe(why);
  });

  it('refuses the special IPv6 ranges, in any spelling, and every IPv4 address carried inside IPv6', () => {
    for (const [a, why] of [
      ['::1', 'loopback'], ['::', 'unspecified'], ['[::1]', 'loopback'],
      ['::127.0.0.1', 'IPv4-compatible'], ['::7f00:1', 'IPv4-compatible'], ['::8.8.8.8', 'IPv4-compatible'],
      ['::ffff:127.0.0.1', 'IPv4-mapped'], ['::ffff:7f00:1', 'IPv4-mapped'], ['0:0:0:0:0:FFFF:7F00:1', 'IPv4-mapped'],
      ['::ffff:8.8.8.8', 'IPv4-mapped'], ['::ffff:0:7f00:1', 'IPv4-translated'],
      ['64:ff9b::7f00:1', 'NAT64'], ['64:ff9b::a9fe:a9fe', 'NAT64'], ['64:ff9b:1::a00:1', 'local-use NAT64'],
      ['2002:7f00:1::', '6to4'], ['2002:a00:1::1', '6to4'], ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
      ['2001:2::1', 'IETF protocol assignments'], ['2001:db8::1', 'documentation'], ['3fff::1', 'documentation'],
      ['100::1', 'discard-only'], ['fc00::1', 'unique-local'], ['fd12:3456::1', 'unique-local'],
      ['fe80::1', 'link-local'], ['fe80::1%eth0', 'link-local'], ['fec0::1', 'site-local'], ['ff02::1', 'multicast'],
      ['5f00::1', 'not global unicast'], ['4000::1', 'not global unicast'],
    ]) expect(refusalReason(a!), a).toBe(why);
  });

  it('lets public unicast addresses through and refuses what is not an address', () => {
    for (const a of ['93.184.216.34', '8.8.8.8', '1.1.1.1', '2606:4700::1111', '2001:4860:4860::8888', '2a00:1450:4001:81c::200e']) {
      expect(refusalReason(a), a).toBeNull();
      expect(isPrivateAddress(a), a).toBe(false);
    }
    expect(refusalReason('localhost')).toBe('not an IP address');
    expect(isPrivateAddress('127.0.0.1')).toBe(true);
  });
});
