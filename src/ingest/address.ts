/**
 * Which addresses a fetch may reach: public unicast only. A news URL never legitimately points at a private,
 * loopback, link-local, shared, multicast, reserved or documentation address, and a crafted one could probe the
 * user's network.
 *
 * IPv4: every range of the IANA special-purpose registry that is not globally reachable is refused.
 * IPv6: only global unicast (2000::/3) is allowed, minus its special ranges; this refuses ::/8 whole (`::1`, the
 * IPv4-compatible `::127.0.0.1`, the IPv4-mapped `::ffff:10.0.0.1` and the SIIT `::ffff:0:a.b.c.d`), NAT64
 * (`64:ff9b::/96`, `64:ff9b:1::/48`), discard-only `100::/64`, unique-local `fc00::/7`, link-local `fe80::/10`,
 * site-local `fec0::/10` and multicast `ff00::/8`. Inside 2000::/3 the tunnel ranges that carry an IPv4 address
 * (Teredo `2001::/32`, 6to4 `2002::/16`) are refused whole, like the IETF protocol block and documentation.
 * Addresses are compared as numbers (node's BlockList), so any spelling of an address is classified the same way.
 */
import { BlockList, isIP } from 'node:net';

type Range = readonly [network: string, bits: number, name: string];

const IPV4_REFUSED: Range[] = [
  ['0.0.0.0', 8, '"this network"'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.31.196.0', 24, 'AS112'],
  ['192.52.193.0', 24, 'AMT'],
  ['192.88.99.0', 24, '6to4 relay anycast'],
  ['192.168.0.0', 16, 'private'],
  ['192.175.48.0', 24, 'AS112'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

/** Refused inside 2000::/3 (everything outside it is refused anyway). */
const IPV6_REFUSED: Range[] = [
  ['2001::', 32, 'Teredo'],
  ['2001::', 23, 'IETF protocol assignments'],
  ['2001:db8::', 32, 'documentation'],
  ['2002::', 16, '6to4'],
  ['2620:4f:8000::', 48, 'AS112'],
  ['3fff::', 20, 'documentation'],
];

/** Named ranges outside 2000::/3, only to say why an address was refused. */
const IPV6_NAMED: Range[] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['::ffff:0:0', 96, 'IPv4-mapped'],
  ['::ffff:0:0:0', 96, 'IPv4-translated'],
  ['::', 96, 'IPv4-compatible'],
  ['64:ff9b::', 96, 'NAT64'],
  ['64:ff9b:1::', 48, 'local-use NAT64'],
  ['::', 8, 'reserved'],
  ['100::', 64, 'discard-only'],
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];

const single = (family: 'ipv4' | 'ipv6', [net, bits]: Range): BlockList => {
  const list = new BlockList();
  list.addSubnet(net, bits, family);
  return list;
};
const v4 = IPV4_REFUSED.map((r) => ({ name: r[2], list: single('ipv4', r) }));
const v6 = IPV6_REFUSED.map((r) => ({ name: r[2], list: single('ipv6', r) }));
const v6Named = IPV6_NAMED.map((r) => ({ name: r[2], list: single('ipv6', r) }));
const globalUnicast = single('ipv6', ['2000::', 3, 'global unicast']);
const mapped = single('ipv6', ['::ffff:0:0', 96, 'IPv4-mapped']);

/**
 * Why `address` (an IP literal, brackets and zone allowed) may not be fetched — a range name such as "loopback" or
 * "IPv4-mapped" — or null for a public unicast address. Something that is not an IP address is refused.
 */
export function refusalReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return v4.find((r) => r.list.check(bare, 'ipv4'))?.name ?? null;
  if (family !== 6) return 'not an IP address';
  // BlockList would match an IPv4-mapped address against IPv4 rules; 2000::/3 holds no mapped address, so this
  // test is exact, and every mapped address falls through to the named ranges below.
  if (globalUnicast.check(bare, 'ipv6') && !mapped.check(bare, 'ipv6')) return v6.find((r) => r.list.check(bare, 'ipv6'))?.name ?? null;
  return v6Named.find((r) => r.list.check(bare, 'ipv6'))?.name ?? 'not global unicast';
}

/** True when `address` (an IP literal) is not a public unicast address. */
export function isPrivateAddress(address: string): boolean {
  return refusalReason(address) !== null;
}
