/** English texts of the audience view on the projector; loaded with the audience view. de.ts has exactly the same keys: the compiler checks it. */
export const en = {
  audience: {
    toggle: 'Audience view',
    blank: 'Blank the screen',
    unblank: 'Show the screen again',
    opened: 'The audience view is open. Put it on the projector.'
  },
  audienceFocus: {
    threshold: 'Score threshold',
    points_one: '{{points}} point',
    points_other: '{{points}} points',
    pointsUnit_one: 'point',
    pointsUnit_other: 'points',
    signing: 'Signing',
    version: 'Version {{number}}',
    signed: 'signed',
    pending: 'not signed yet',
    noSignatories: 'No signatories chosen yet.',
    parkedNone: 'Nothing parked for the room yet.'
  }
}
