import { useTranslation } from 'react-i18next'

/** How the phones reach the laptop without internet (issue 14 §4): the two ways, and what to do when a Wi-Fi keeps devices apart. */
export function NetworkHelp() {
  const { t } = useTranslation()
  return (
    <section className="card room-network" aria-labelledby="room-network-title">
      <h2 id="room-network-title">{t('roomScreen.network.title')}</h2>
      <p>{t('roomScreen.network.noInternet')}</p>
      <dl>
        <dt>{t('roomScreen.network.venueTitle')}</dt>
        <dd>{t('roomScreen.network.venue')}</dd>
        <dt>{t('roomScreen.network.hotspotTitle')}</dt>
        <dd>{t('roomScreen.network.hotspot')}</dd>
        <dt>{t('roomScreen.network.isolationTitle')}</dt>
        <dd>{t('roomScreen.network.isolation')}</dd>
      </dl>
      <p className="room-test-first">{t('roomScreen.network.testFirst')}</p>
      <p className="field-hint">{t('roomScreen.network.restart')}</p>
    </section>
  )
}
