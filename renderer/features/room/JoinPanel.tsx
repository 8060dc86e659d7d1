import { useTranslation } from 'react-i18next'
import type { RoomStarted } from '../../../shared/ipc/contract'
import { QrCode } from './QrCode'

/** Loopback reaches only this laptop; a phone needs one of the room network's addresses. */
export const onThisLaptopOnly = (url: string) => ['127.0.0.1', '[::1]', 'localhost'].includes(new URL(url).hostname)

/** The addresses a phone can reach, or, when the laptop is on no network, the one that works here at least. */
export function reachableUrls(urls: readonly string[]): { urls: string[]; reachable: boolean } {
  const reachable = urls.filter((url) => !onThisLaptopOnly(url))
  return reachable.length > 0 ? { urls: reachable, reachable: true } : { urls: urls.slice(0, 1), reachable: false }
}

/**
 * How phones join (issue 14 §1): the QR code of the room's address, the address itself, and the
 * other addresses of this laptop for a phone on another of its networks. The same panel sits on
 * the facilitator's room screen and, large, on the projector.
 */
export function JoinPanel({ room, large = false }: { room: Pick<RoomStarted, 'urls'>; large?: boolean }) {
  const { t } = useTranslation()
  const { urls, reachable } = reachableUrls(room.urls)
  const [main, ...others] = urls
  if (main === undefined) return null
  return (
    <section className={`room-join-panel ${large ? 'large' : ''}`} aria-labelledby="room-join-title" data-room-join={main}>
      <QrCode text={main} label={t('roomScreen.join.qr', { url: main })} className="room-qr" />
      <div className="room-join-text">
        <h2 id="room-join-title">{t('room.join')}</h2>
        <p>{t('roomScreen.join.scan')}</p>
        <p className="room-address">
          <span className="room-label">{t('roomScreen.join.address')}</span>
          <code data-room-url={main}>{main}</code>
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
              {others.map((url) => (
                <li key={url}>
                  <code data-room-url={url}>{url}</code>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  )
}
