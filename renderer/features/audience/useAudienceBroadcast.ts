import { useEffect, useRef } from 'react'
import { openChannel, type AudienceMessage, type AudienceState } from './channel'

/** Sends the facilitator's position to the audience view whenever it changes, and on request. */
export function useAudienceBroadcast(state: AudienceState, onPresence: (open: boolean) => void) {
  const channelRef = useRef<BroadcastChannel | null>(null)
  const latest = useRef(state)
  const onPresenceRef = useRef(onPresence)
  useEffect(() => {
    onPresenceRef.current = onPresence
  }, [onPresence])

  useEffect(() => {
    latest.current = state
    channelRef.current?.postMessage({ type: 'state', state } satisfies AudienceMessage)
  }, [state])

  useEffect(() => {
    const channel = openChannel()
    channelRef.current = channel
    if (!channel) return
    channel.onmessage = (event: MessageEvent<AudienceMessage>) => {
      if (event.data?.type === 'hello') {
        onPresenceRef.current(true)
        channel.postMessage({ type: 'state', state: latest.current } satisfies AudienceMessage)
      }
      if (event.data?.type === 'bye') onPresenceRef.current(false)
    }
    channel.postMessage({ type: 'state', state: latest.current } satisfies AudienceMessage)
    return () => {
      channel.close()
      channelRef.current = null
    }
  }, [])
}
