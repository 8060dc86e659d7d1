import type { AudienceWindow } from '../main/audience-window'
import type { IpcHandlers } from './guard'

/**
 * Opening and closing the projector window. The guard has already checked the sender (our
 * facilitator window; the audience window itself may not call main) and the workshop id.
 */
export function audienceHandlers(audience: AudienceWindow): IpcHandlers<'audience:open' | 'audience:close'> {
  return {
    'audience:open': async ({ workshopId }, { window }) => {
      audience.open(workshopId, window)
      return { open: true }
    },
    'audience:close': async () => {
      audience.close()
      return { open: false }
    }
  }
}
