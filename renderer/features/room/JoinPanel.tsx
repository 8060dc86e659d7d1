import { useTranslation } from 'react-i18next'
import type { RoomEntrance } from '../../../shared/ipc/contract'
import { displayRoomCode } from '../../../shared/room/code'
import { QrCode } from './QrCode'

/** Loopback reaches only this laptop; a phone needs one of the room network's addresses. */
export const onThisLaptopOnly = (url: string) => ['127.0.0.1', '[::1]', 'localhost'].includes(new URL(url).hostname)

/** The addresses a phone can reach, or, when the laptop is on no network, the one that works here at least. */
export function reachableUrls(urls: readonly string[]): { urls: string[]; reachable: boolean } {
  const reachable = urls.filter((url) => !onThisLaptopOnly(url))
  return reachable.length > 0 ? { urls: reachable, reachable: true } : { urls: urls.slice(0, 1), reachable: false }
}

/** The way in on the first address a phone can reach: the QR code's address, and the short one to type with the code. */
function mainEntrance(room: RoomEntrance): { url: string; shortUrl: string | undefined; others: string[]; reachable: boolean } | null {
  const indexed = room.urls.map((url, index) => ({ url, shortUrl: room.shortUrls[index] }))
  // An IPv4 address first: it is the one a person can type, and every phone reaches it.
  const reachable = indexed
    .filter((entry) => !onThisLaptopOnly(entry.url))
    .sort((a, b) => Number(new URL(a.url).hostname.startsWith('[')) - Number(new URL(b.url).hostname.startsWith('[')))
  const [main, ...others] = reachable.length > 0 ? reachable : indexed.slice(0, 1)
  if (main === undefined) return null
  return { url: main.url, shortUrl: main.shortUrl, others: others.map((entry) => entry.shortUrl ?? entry.url), reachable: reachable.length > 0 }
}

/**
 * How phones join (issue 14 §1): the QR code of the room's address, the address itself, and the
 * other addresses of this laptop for a phone on another of its networks. The same panel sits on
 * the facilitator's room screen and, large, on the projector.
 */
export function JoinPanel({ room, large = false }: { room: RoomEntrance; large?: boolean }) {
  const { t } = useTranslation()
  const entrance = mainEntrance(room)
  if (entrance === null) return null
  const { url, shortUrl, others, reachable } = entrance
  return (
    <section className={`room-join-panel ${large ? 'large' : ''}`} aria-labelledby="room-join-title" data-room-join={url}>
      <QrCode text={url} label={t('roomScreen.join.qr', { url })} className="room-qr" />
      <div className="room-join-text">
        <h2 id="room-join-title">{t('room.join')}</h2>
        <p>{t('roomScreen.join.scan')}</p>
        <p className="room-address">
          <span className="room-label">{t('roomScreen.join.address')}</span>
          <code data-room-url={shortUrl ?? url}>{shortUrl ?? url}</code>
        </p>
        <p className="room-address">
          <span className="room-label">{t('roomScreen.join.code')}</span>
          <span className="room-code" data-room-code={room.code}>
            {displayRoomCode(room.code)}
          </span>
        </p>
        {!reachable && (
          <p className="row-warning" role="alert">
            {t('room.onlyThisLaptop')}
          </p>
        )}
        {!large && others.length > 0 && (
          <>
            <h3 className="room-label">{t('roomScreen.join.otherAddresses')}</h3>
            <ul className="room-addresses">
              {others.map((other) => (
                <li key={other}>
                  <code data-room-url={other}>{other}</code>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  )
}
