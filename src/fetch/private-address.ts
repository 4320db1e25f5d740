// Which addresses a server-side fetch on a user's behalf must not reach (SSRF): loopback,
// private networks, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast
// and the unspecified address, in IPv4 and IPv6 (IPv4-mapped included).
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

function ipv4Private(address: string): boolean {
  const [a, b] = address.split('.').map(Number);
  return (
    a === 0 || a === 10 || a === 127 || a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19))
  );
}

function ipv6Private(address: string): boolean {
  const lower = address.toLowerCase().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return ipv4Private(mapped[1]);
  if (lower === '::' || lower === '::1') return true;
  const first = parseInt(lower.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}

/** True when `address` (an IP literal) is not a public unicast address. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const kind = isIP(bare);
  if (kind === 4) return ipv4Private(bare);
  if (kind === 6) return ipv6Private(bare);
  return false;
}

/**
 * The reason `hostname` may not be fetched, or null when every address it resolves to is public.
 * The check runs before each request and each redirect hop; a DNS answer that changes between
 * this lookup and the connection (rebinding) is not caught — that needs a pinned-address agent.
 */
export async function privateTargetReason(hostname: string): Promise<string | null> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (bare === 'localhost' || bare.endsWith('.localhost')) return `${hostname} is loopback`;
  if (isIP(bare)) return isPrivateAddress(bare) ? `${hostname} is a loopback, private or link-local address` : null;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(bare, { all: true, verbatim: true });
  } catch {
    return null; // The request itself will fail with a network error naming the host.
  }
  const blocked = addresses.find((entry) => isPrivateAddress(entry.address));
  return blocked ? `${hostname} resolves to ${blocked.address}, a loopback, private or link-local address` : null;
}
