import { BlockList, isIP } from 'node:net'

/**
 * The addresses the room serves and is served from (issue 14 §3): a room's own network, never
 * beyond it. Node's BlockList does the arithmetic (prefixes, IPv4-mapped IPv6 addresses such as
 * ::ffff:192.168.1.5); the lists below are the whole policy.
 */
const PRIVATE_RANGES: readonly (readonly [string, number, 'ipv4' | 'ipv6'])[] = [
  // RFC 1918
  ['10.0.0.0', 8, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  // Link-local: a laptop's own hotspot without DHCP, two devices on one cable.
  ['169.254.0.0', 16, 'ipv4'],
  ['fe80::', 10, 'ipv6'],
  // IPv6 unique local addresses.
  ['fc00::', 7, 'ipv6']
]

const LOOPBACK_RANGES: readonly (readonly [string, number, 'ipv4' | 'ipv6'])[] = [
  ['127.0.0.0', 8, 'ipv4'],
  ['::1', 128, 'ipv6']
]

function blockList(ranges: readonly (readonly [string, number, 'ipv4' | 'ipv6'])[]): BlockList {
  const list = new BlockList()
  for (const [network, prefix, family] of ranges) list.addSubnet(network, prefix, family)
  return list
}

const privateList = blockList([...PRIVATE_RANGES, ...LOOPBACK_RANGES])
const loopbackList = blockList(LOOPBACK_RANGES)

/** An address as a socket or an interface gives it, without an IPv6 zone (`fe80::1%eth0`); undefined when it is none. */
function parse(address: string | undefined): { address: string; family: 'ipv4' | 'ipv6' } | undefined {
  if (address === undefined) return undefined
  const bare = address.replace(/%[^%]*$/, '')
  const version = isIP(bare)
  return version === 4 ? { address: bare, family: 'ipv4' } : version === 6 ? { address: bare, family: 'ipv6' } : undefined
}

/** RFC 1918, link-local (169.254/16, fe80::/10), IPv6 ULA (fc00::/7) or loopback. Anything else, or no address, is not. */
export function isPrivateAddress(address: string | undefined): boolean {
  const parsed = parse(address)
  return parsed !== undefined && privateList.check(parsed.address, parsed.family)
}

/** 127.0.0.0/8 or ::1 (also as ::ffff:127.0.0.1): this machine only. */
export function isLoopbackAddress(address: string | undefined): boolean {
  const parsed = parse(address)
  return parsed !== undefined && loopbackList.check(parsed.address, parsed.family)
}
