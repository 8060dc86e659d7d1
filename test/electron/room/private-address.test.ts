import { describe, expect, it, vi } from 'vitest'
import { isLoopbackAddress, isPrivateAddress } from '../../../electron/room/private-address'
import { refuseOutsiders } from '../../../electron/room/server'

describe('isPrivateAddress: the room’s own network and nothing beyond it', () => {
  it.each([
    ['10.0.0.1', true],
    ['10.255.255.255', true],
    ['172.16.0.1', true],
    ['172.31.255.254', true],
    ['172.15.255.255', false],
    ['172.32.0.1', false],
    ['192.168.178.20', true],
    ['192.169.0.1', false],
    ['169.254.12.3', true],
    ['169.255.0.1', false],
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['0:0:0:0:0:0:0:1', true],
    ['fe80::1', true],
    ['fe80::1c2b:3ff:fe4d:5e6f%wlan0', true],
    ['febf::1', true],
    ['fec0::1', false],
    ['fd12:3456:789a::1', true],
    ['fc00::1', true],
    ['fe00::1', false],
    ['::ffff:192.168.1.5', true],
    ['::ffff:10.1.2.3', true],
    ['::ffff:8.8.8.8', false],
    // Public, carrier-grade NAT, documentation, unspecified and broadcast addresses are not the room's.
    ['8.8.8.8', false],
    ['100.64.0.1', false],
    ['192.0.2.1', false],
    ['2001:db8::1', false],
    ['2a00:1450:4001::1', false],
    ['0.0.0.0', false],
    ['::', false],
    ['255.255.255.255', false],
    // Not addresses at all.
    ['localhost', false],
    ['10.0.0', false],
    ['10.0.0.256', false],
    ['', false],
    [undefined, false]
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected)
  })
})

describe('isLoopbackAddress: this machine only', () => {
  it('knows 127/8 and ::1, also IPv4-mapped, and nothing else', () => {
    const loopback = ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']
    const others = ['10.0.0.1', 'fe80::1', '::', '8.8.8.8', undefined]
    expect(loopback.map(isLoopbackAddress)).toEqual(loopback.map(() => true))
    expect(others.map(isLoopbackAddress)).toEqual(others.map(() => false))
  })
})

describe('refuseOutsiders', () => {
  it('closes a connection from a public address at once and keeps one from the room', () => {
    const outsider = { remoteAddress: '203.0.113.7', destroy: vi.fn() }
    const phone = { remoteAddress: '192.168.0.23', destroy: vi.fn() }
    const gone = { remoteAddress: undefined, destroy: vi.fn() }
    for (const socket of [outsider, phone, gone]) refuseOutsiders(socket as never)
    expect(outsider.destroy).toHaveBeenCalledOnce()
    expect(phone.destroy).not.toHaveBeenCalled()
    expect(gone.destroy).toHaveBeenCalledOnce()
  })
})
